// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/librarypanel.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIODevice>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>
#include <optional>

#include "core/api/deletevideocall.h"
#include "core/api/videoapiclient.h"
#include "core/jobs/jobengine.h"
#include "core/jobs/jobrecord.h"
#include "core/library/cliprecord.h"
#include "core/library/library.h"
#include "core/models/studiofilterproxy.h"
#include "core/models/studiomodel.h"
#include "core/providers/capabilities.h"
#include "core/settings/appsettings.h"
#include "core/settings/profilestore.h"
#include "session/workspace.h"
#include "widgets/remixdialog.h"
#include "widgets/studiodelegate.h"
#include "widgets/studioview.h"
#include "widgets/tagsdialog.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
constexpr quint8 kStateVersion = 1;
constexpr qint64 kCopyChunk = 1024 * 1024;
// How many selected rows updateActions() reads full records of.
constexpr qsizetype kMaxDetailedRows = 256;

std::optional<JobState> stateOf(const QModelIndex &index)
{
    return jobStateFromString(index.data(StudioModel::StateRole).toString());
}

bool isClip(const QModelIndex &index)
{
    return index.data(StudioModel::ClipIdRole).isValid();
}

bool canRetry(const QModelIndex &index)
{
    const std::optional<JobState> state = stateOf(index);
    return !isClip(index) && index.data(StudioModel::JobIdRole).isValid() && state && isTerminal(*state)
        && *state != JobState::Completed;
}

bool canCancel(const QModelIndex &index)
{
    const std::optional<JobState> state = stateOf(index);
    return !isClip(index) && index.data(StudioModel::JobIdRole).isValid() && state && !isTerminal(*state);
}

bool hasVideo(const QModelIndex &index)
{
    return isClip(index) && !index.data(StudioModel::VideoPathRole).toString().isEmpty();
}

// A video the provider still has: a clip, or a job that ended there (the provider keeps failed jobs too).
bool isOnServer(const QModelIndex &index)
{
    if (index.data(StudioModel::RemoteIdRole).toString().isEmpty()
        || index.data(StudioModel::ProfileRole).toString().isEmpty())
        return false;
    const std::optional<JobState> state = stateOf(index);
    return isClip(index) || (state && isTerminal(*state));
}

// Copies `source` to `target` through a QSaveFile: the target is either the whole copy or untouched.
QString copyFile(const QString &source, const QString &target)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return in.errorString();
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    QByteArray buffer;
    while (!in.atEnd()) {
        buffer = in.read(kCopyChunk);
        if (buffer.isEmpty() && in.error() != QFileDevice::NoError) {
            out.cancelWriting();
            return in.errorString();
        }
        if (out.write(buffer) != buffer.size()) {
            out.cancelWriting();
            return out.errorString();
        }
    }
    if (!out.commit())
        return out.errorString();
    return {};
}
} // namespace

LibraryPanel::LibraryPanel(JobEngine *engine, Library *library, QWidget *parent)
    : LibraryPanel(nullptr, engine, library, parent)
{
}

LibraryPanel::LibraryPanel(Workspace *workspace, QWidget *parent)
    : LibraryPanel(workspace, workspace->engine(), workspace->library(), parent)
{
}

LibraryPanel::LibraryPanel(Workspace *workspace, JobEngine *engine, Library *library, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_engine(engine)
    , m_library(library)
    , m_model(new StudioModel(engine, library, nullptr, this))
    , m_proxy(new StudioFilterProxy(library, this))
    , m_search(new QLineEdit(this))
    , m_filter(new QComboBox(this))
    , m_project(new QComboBox(this))
    , m_date(new QComboBox(this))
    , m_listAction(new QAction(QIcon::fromTheme(u"view-list-details"_s), tr("&List"), this))
    , m_gridAction(new QAction(QIcon::fromTheme(u"view-list-icons"_s), tr("&Grid"), this))
    , m_message(new QLabel(this))
    , m_view(new StudioView(this))
    , m_delegate(new StudioDelegate(this))
    , m_menu(new QMenu(this))
{
    setObjectName(u"libraryPanel"_s);
    m_proxy->setSourceModel(m_model);
    m_model->reload();

    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search prompts"));
    m_search->setAccessibleName(tr("Search prompts"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon::fromTheme(u"edit-find"_s), QLineEdit::LeadingPosition);

    m_filter->setObjectName(u"filter"_s);
    m_filter->setAccessibleName(tr("Show"));
    m_filter->setToolTip(tr("Which takes to show"));
    m_filter->addItem(tr("All"), QVariant::fromValue(StudioFilterProxy::Group::All));
    m_filter->addItem(tr("Running"), QVariant::fromValue(StudioFilterProxy::Group::Running));
    m_filter->addItem(tr("Done"), QVariant::fromValue(StudioFilterProxy::Group::Done));
    m_filter->addItem(tr("Failed"), QVariant::fromValue(StudioFilterProxy::Group::Failed));
    m_filter->addItem(tr("Favourites"), QVariant::fromValue(StudioFilterProxy::Group::Favourites));

    m_project->setObjectName(u"projectFilter"_s);
    m_project->setAccessibleName(tr("Project"));
    m_project->setToolTip(tr("Only the takes of one project"));
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_project->addItem(tr("All projects"), QString());
    updateProjects();

    m_date->setObjectName(u"dateFilter"_s);
    m_date->setAccessibleName(tr("Date"));
    m_date->setToolTip(tr("Only the takes made in this time"));
    m_date->addItem(tr("Any time"), QVariant::fromValue(StudioFilterProxy::DatePreset::AnyTime));
    m_date->addItem(tr("Today"), QVariant::fromValue(StudioFilterProxy::DatePreset::Today));
    m_date->addItem(tr("Last 7 days"), QVariant::fromValue(StudioFilterProxy::DatePreset::Last7Days));
    m_date->addItem(tr("Last 30 days"), QVariant::fromValue(StudioFilterProxy::DatePreset::Last30Days));
    m_date->addItem(tr("Custom range…"), QVariant::fromValue(StudioFilterProxy::DatePreset::Custom));

    // List and grid: two checkable actions in one group, shown as tool buttons.
    auto *modes = new QActionGroup(this);
    for (QAction *mode : { m_listAction, m_gridAction }) {
        mode->setCheckable(true);
        mode->setActionGroup(modes);
        mode->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(mode);
    }
    m_listAction->setObjectName(u"listMode"_s);
    m_gridAction->setObjectName(u"gridMode"_s);
    m_listAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_gridAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_listAction->setToolTip(
        tr("Show as a list (%1)").arg(m_listAction->shortcut().toString(QKeySequence::NativeText)));
    m_gridAction->setToolTip(
        tr("Show as a grid (%1)").arg(m_gridAction->shortcut().toString(QKeySequence::NativeText)));
    m_listAction->setChecked(true);
    connect(m_listAction, &QAction::triggered, this, [this]() { setViewMode(ViewMode::List); });
    connect(m_gridAction, &QAction::triggered, this, [this]() { setViewMode(ViewMode::Grid); });
    auto *listButton = new QToolButton(this);
    listButton->setObjectName(u"listModeButton"_s);
    listButton->setDefaultAction(m_listAction);
    listButton->setAccessibleName(tr("List view"));
    listButton->setAutoRaise(true);
    auto *gridButton = new QToolButton(this);
    gridButton->setObjectName(u"gridModeButton"_s);
    gridButton->setDefaultAction(m_gridAction);
    gridButton->setAccessibleName(tr("Grid view"));
    gridButton->setAutoRaise(true);
    if (m_listAction->icon().isNull())
        listButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    if (m_gridAction->icon().isNull())
        gridButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_message->setObjectName(u"libraryMessage"_s);
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_view->setObjectName(u"studioList"_s);
    m_view->setAccessibleName(tr("Jobs and clips"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(m_delegate);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    setViewMode(ViewMode::List);

    m_menu->setObjectName(u"studioMenu"_s);
    m_menu->setAccessibleName(tr("Job and clip actions"));
    // The enum's order is the order of m_actions; the menu's order is the one a person reads.
    QAction *open = makeAction(Action::Open, tr("&Open"), QKeySequence(Qt::CTRL | Qt::Key_O), u"document-open"_s);
    QAction *reveal = makeAction(Action::Reveal, tr("&Reveal in Folder"), QKeySequence(), u"folder-open"_s);
    QAction *copy = makeAction(Action::CopyPrompt, tr("&Copy Prompt"), QKeySequence::Copy, u"edit-copy"_s);
    QAction *reuse = makeAction(Action::ReuseSettings, tr("Re&use Settings"), QKeySequence());
    QAction *retry = makeAction(Action::Retry, tr("Re&try"), QKeySequence(), u"view-refresh"_s);
    QAction *cancel = makeAction(Action::Cancel, tr("C&ancel"), QKeySequence(), u"process-stop"_s);
    QAction *favourite = makeAction(Action::Favourite, tr("&Favourite"), QKeySequence(Qt::Key_F), u"starred"_s);
    favourite->setCheckable(true);
    QAction *remove = makeAction(Action::Delete, tr("&Delete Locally…"), QKeySequence::Delete, u"edit-delete"_s);
    QAction *saveAs = makeAction(Action::SaveAs, tr("&Save As…"), QKeySequence::SaveAs, u"document-save-as"_s);
    QAction *remix = makeAction(Action::Remix, tr("Re&mix…"), QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *final = makeAction(Action::RenderFinal, tr("Render &Final…"), QKeySequence());
    QAction *tags = makeAction(Action::Tags, tr("&Tags…"), QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *server = makeAction(Action::DeleteOnServer, tr("Delete on &Server…"), QKeySequence());
    for (QAction *item : { open, reveal, saveAs }) {
        m_menu->addAction(item);
    }
    m_menu->addSeparator();
    for (QAction *item : { copy, reuse, remix, final }) {
        m_menu->addAction(item);
    }
    m_menu->addSeparator();
    for (QAction *item : { retry, cancel }) {
        m_menu->addAction(item);
    }
    m_menu->addSeparator();
    for (QAction *item : { favourite, tags }) {
        m_menu->addAction(item);
    }
    m_menu->addSeparator();
    for (QAction *item : { remove, server }) {
        m_menu->addAction(item);
    }
    connect(open, &QAction::triggered, this, [this]() { this->open(false); });
    connect(reveal, &QAction::triggered, this, [this]() { this->open(true); });
    connect(saveAs, &QAction::triggered, this, &LibraryPanel::saveAs);
    connect(copy, &QAction::triggered, this, &LibraryPanel::copyPrompt);
    connect(reuse, &QAction::triggered, this, &LibraryPanel::reuseSettings);
    connect(remix, &QAction::triggered, this, [this]() {
        const QModelIndexList rows = selectedRows();
        if (rows.size() == 1)
            this->remix(rows.constFirst());
    });
    connect(final, &QAction::triggered, this, [this]() { renderFinalSelection(selectedRows()); });
    connect(retry, &QAction::triggered, this, &LibraryPanel::retry);
    connect(cancel, &QAction::triggered, this, &LibraryPanel::cancel);
    connect(favourite, &QAction::triggered, this, &LibraryPanel::setFavourite);
    connect(tags, &QAction::triggered, this, &LibraryPanel::editTags);
    connect(remove, &QAction::triggered, this, &LibraryPanel::deleteLocally);
    connect(server, &QAction::triggered, this, &LibraryPanel::deleteOnServer);
    // The Menu key arrives as a keyboard context menu event; Shift+F10 does not on every platform.
    auto *menuKey = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10), m_view);
    menuKey->setContext(Qt::WidgetShortcut);
    connect(menuKey, &QShortcut::activated, this, [this]() {
        const QModelIndex current = m_view->currentIndex();
        showContextMenu(current.isValid() ? m_view->visualRect(current).center() : QPoint(0, 0));
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &LibraryPanel::showContextMenu);
    // Esc clears the search from the search box and from the view, as the empty view's hint says.
    for (QWidget *target : { static_cast<QWidget *>(m_search), static_cast<QWidget *>(m_view) }) {
        auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), target);
        escape->setContext(Qt::WidgetShortcut);
        connect(escape, &QShortcut::activated, m_search, &QLineEdit::clear);
    }

    // The search gets the whole first row (it is used most); the filters and the view mode share the second.
    m_view->viewport()->installEventFilter(this);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(listButton);
    searchRow->addWidget(gridButton);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_project, 1);
    filterRow->addWidget(m_date, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    setTabOrder(m_search, m_filter);
    setTabOrder(m_filter, m_project);
    setTabOrder(m_project, m_date);
    setTabOrder(m_date, listButton);
    setTabOrder(listButton, gridButton);
    setTabOrder(gridButton, m_view);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &StudioFilterProxy::setSearchText);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
        [this]() { m_proxy->setGroup(m_filter->currentData().value<StudioFilterProxy::Group>()); });
    connect(m_project, &QComboBox::currentIndexChanged, this,
        [this]() { m_proxy->setProject(m_project->currentData().toString()); });
    connect(m_date, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto preset = m_date->itemData(index).value<StudioFilterProxy::DatePreset>();
        if (preset == StudioFilterProxy::DatePreset::Custom)
            return; // a range comes from its dialog or from setCustomDateRange()
        m_dateIndex = index;
        m_proxy->setDatePreset(preset);
    });
    // activated, not currentIndexChanged: picking the custom entry again edits the range in force.
    connect(m_date, &QComboBox::activated, this, [this](int index) {
        if (m_date->itemData(index).value<StudioFilterProxy::DatePreset>() == StudioFilterProxy::DatePreset::Custom)
            chooseDateRange();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { Q_EMIT currentChanged(current); });
    // A running job that becomes a clip changes in place: the preview follows it.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            const QModelIndex current = m_view->currentIndex();
            if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
                Q_EMIT currentChanged(current);
            // A thousand running jobs change every few hundred milliseconds: only a change among the selected
            // rows can change what the actions may do.
            const QItemSelectionModel *selection = m_view->selectionModel();
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                if (selection->isRowSelected(row)) {
                    updateActions();
                    break;
                }
            }
        });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryPanel::updateActions);
    for (const auto signal : { &QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted }) {
        connect(m_proxy, signal, this, [this]() {
            updateActions();
            updateEmptyText();
        });
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this]() {
        updateActions();
        updateEmptyText();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this]() {
        updateActions();
        updateEmptyText();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LibraryPanel::updateProjects);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPanel::updateProjects);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            if (roles.isEmpty() || roles.contains(StudioModel::ProjectRole))
                updateProjects();
        });
    updateActions();
    updateEmptyText();
}

LibraryPanel::~LibraryPanel() = default;

QListView *LibraryPanel::view() const
{
    return m_view;
}

RemixDialog *LibraryPanel::remixDialog() const
{
    return m_remixDialog;
}

TagsDialog *LibraryPanel::tagsDialog() const
{
    return m_tagsDialog;
}

QString LibraryPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void LibraryPanel::updateGridSize()
{
    if (m_mode != ViewMode::Grid)
        return;
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    // As many whole tiles as fit, the spare width shared between the columns instead of left over at the right.
    const QSize tile = m_delegate->tileSize(option);
    const int width = m_view->viewport()->width() - 1;
    const int columns = std::max(1, width / tile.width());
    const QSize cell(std::max(tile.width(), width / columns), tile.height());
    if (m_view->gridSize() != cell)
        m_view->setGridSize(cell);
}

bool LibraryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        updateGridSize();
    return QWidget::eventFilter(watched, event);
}

QAction *LibraryPanel::viewModeAction(ViewMode mode) const
{
    return mode == ViewMode::Grid ? m_gridAction : m_listAction;
}

// ---- view mode and state ---------------------------------------------------------------------------------------

void LibraryPanel::setViewMode(ViewMode mode)
{
    const bool changed = mode != m_mode;
    m_mode = mode;
    m_delegate->setMode(mode == ViewMode::Grid ? StudioDelegate::Mode::Grid : StudioDelegate::Mode::List);
    if (mode == ViewMode::Grid) {
        QStyleOptionViewItem option;
        option.initFrom(m_view);
        option.font = m_view->font();
        m_view->setViewMode(QListView::IconMode);
        m_view->setFlow(QListView::LeftToRight);
        m_view->setWrapping(true);
        // A scroll bar that comes and goes would change the width the columns share, and so the rows, and so on.
        m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        updateGridSize();
    } else {
        m_view->setViewMode(QListView::ListMode);
        m_view->setFlow(QListView::TopToBottom);
        m_view->setWrapping(false);
        m_view->setGridSize(QSize());
        m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    }
    // setViewMode() gives the icon mode free movement and internal moves; here items only ever leave as files.
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setSelectionRectVisible(mode == ViewMode::Grid);
    m_listAction->setChecked(mode == ViewMode::List);
    m_gridAction->setChecked(mode == ViewMode::Grid);
    m_view->scrollTo(m_view->currentIndex());
    if (changed)
        Q_EMIT viewModeChanged(mode);
}

QByteArray LibraryPanel::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kStateVersion << qint32(m_mode) << qint32(m_filter->currentData().value<StudioFilterProxy::Group>())
        << m_project->currentData().toString()
        << qint32(m_date->itemData(m_dateIndex).value<StudioFilterProxy::DatePreset>()) << m_rangeFirst << m_rangeLast;
    return state;
}

bool LibraryPanel::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint8 version = 0;
    qint32 mode = 0;
    qint32 group = 0;
    QString project;
    qint32 date = 0;
    QDate first;
    QDate last;
    in >> version >> mode >> group >> project >> date >> first >> last;
    if (in.status() != QDataStream::Ok || version != kStateVersion || mode < 0 || mode > int(ViewMode::Grid))
        return false;
    const int groupIndex = m_filter->findData(QVariant::fromValue(StudioFilterProxy::Group(group)));
    const int dateIndex = m_date->findData(QVariant::fromValue(StudioFilterProxy::DatePreset(date)));
    if (groupIndex < 0 || dateIndex < 0)
        return false;
    setViewMode(ViewMode(mode));
    m_filter->setCurrentIndex(groupIndex);
    if (StudioFilterProxy::DatePreset(date) == StudioFilterProxy::DatePreset::Custom) {
        if (first.isValid() && last.isValid())
            setCustomDateRange(first, last);
        else
            m_date->setCurrentIndex(0);
    } else {
        m_date->setCurrentIndex(dateIndex);
    }
    // A project with no takes left is not offered; then every project is shown.
    m_project->setCurrentIndex(std::max(0, m_project->findData(project)));
    return true;
}

void LibraryPanel::setCustomDateRange(const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid())
        return;
    m_rangeFirst = std::min(first, last);
    m_rangeLast = std::max(first, last);
    m_proxy->setDateRange(m_rangeFirst.startOfDay(), m_rangeLast.addDays(1).startOfDay());
    const int custom = m_date->findData(QVariant::fromValue(StudioFilterProxy::DatePreset::Custom));
    const QLocale locale;
    m_date->setItemText(custom,
        tr("%1 – %2").arg(
            locale.toString(m_rangeFirst, QLocale::ShortFormat), locale.toString(m_rangeLast, QLocale::ShortFormat)));
    m_dateIndex = custom;
    m_date->setCurrentIndex(custom);
}

QDialog *LibraryPanel::dateRangeDialog() const
{
    return m_rangeDialog;
}

void LibraryPanel::chooseDateRange()
{
    if (m_rangeDialog) {
        m_rangeDialog->raise();
        return;
    }
    auto *dialog = new QDialog(this);
    m_rangeDialog = dialog;
    dialog->setObjectName(u"dateRangeDialog"_s);
    dialog->setWindowTitle(tr("Date Range"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QDate today = QDate::currentDate();
    auto *first = new QDateEdit(m_rangeFirst.isValid() ? m_rangeFirst : today.addDays(-6), dialog);
    auto *last = new QDateEdit(m_rangeLast.isValid() ? m_rangeLast : today, dialog);
    first->setObjectName(u"rangeFirst"_s);
    last->setObjectName(u"rangeLast"_s);
    first->setAccessibleName(tr("First day"));
    last->setAccessibleName(tr("Last day"));
    for (QDateEdit *edit : { first, last })
        edit->setCalendarPopup(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), first);
    form->addRow(tr("&To:"), last);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(
        dialog, &QDialog::accepted, this, [this, first, last]() { setCustomDateRange(first->date(), last->date()); });
    // Cancelled: the combo goes back to the filter in force.
    connect(dialog, &QDialog::rejected, this, [this]() {
        const QSignalBlocker blocker(m_date);
        m_date->setCurrentIndex(m_dateIndex);
    });
    dialog->open();
}

void LibraryPanel::updateProjects()
{
    const QStringList projects = m_model->projects();
    QStringList shown;
    for (int i = 1; i < m_project->count(); ++i)
        shown << m_project->itemData(i).toString();
    if (shown == projects)
        return;
    const QString current = m_project->currentData().toString();
    const QSignalBlocker blocker(m_project);
    while (m_project->count() > 1)
        m_project->removeItem(1);
    for (const QString &project : projects)
        m_project->addItem(project, project);
    const int index = m_project->findData(current);
    if (index >= 0) {
        m_project->setCurrentIndex(index);
    } else {
        m_project->setCurrentIndex(0);
        m_proxy->setProject({});
    }
}

void LibraryPanel::updateEmptyText()
{
    QString text;
    if (m_proxy->rowCount() > 0) {
        text.clear();
    } else if (m_model->rowCount() == 0) {
        text = tr("No takes yet. Write a prompt on the left and press Ctrl+Enter.");
    } else if (!m_proxy->searchText().isEmpty()) {
        text = tr("No takes match '%1' — clear the search (Esc)").arg(m_proxy->searchText());
    } else {
        switch (m_proxy->group()) {
        case StudioFilterProxy::Group::Running:
            text = tr("No running takes");
            break;
        case StudioFilterProxy::Group::Done:
            text = tr("No finished takes");
            break;
        case StudioFilterProxy::Group::Failed:
            text = tr("No failed takes");
            break;
        case StudioFilterProxy::Group::Favourites:
            text = tr("No favourite takes. Select a take and press F to mark it.");
            break;
        case StudioFilterProxy::Group::All:
            text = tr("No takes match the project and date filters");
            break;
        }
    }
    m_view->setEmptyText(text);
}

bool LibraryPanel::selectJob(qint64 jobId)
{
    const int row = m_model->rowForJob(jobId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool LibraryPanel::selectClip(qint64 clipId)
{
    const int row = m_model->rowForClip(clipId);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
    if (!index.isValid()) {
        // Hidden by the search or a filter: show everything rather than refuse what was asked for.
        m_search->clear();
        m_filter->setCurrentIndex(0);
        if (m_project)
            m_project->setCurrentIndex(0);
        if (m_date)
            m_date->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row));
    }
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

QModelIndex LibraryPanel::currentIndex() const
{
    return m_view->currentIndex();
}

QAction *LibraryPanel::action(Action which) const
{
    return m_actions.value(static_cast<int>(which));
}

QMenu *LibraryPanel::contextMenu()
{
    updateActions();
    return m_menu;
}

void LibraryPanel::setDeleteConfirmation(std::function<bool(int count)> confirm)
{
    m_confirmDelete = std::move(confirm);
}

void LibraryPanel::setConfirmation(std::function<bool(Action action, const QString &text)> confirm)
{
    m_confirm = std::move(confirm);
}

void LibraryPanel::setFileChooser(std::function<QString(const QString &suggested)> choose)
{
    m_chooseFile = std::move(choose);
}

QAction *LibraryPanel::makeAction(Action which, const QString &text, const QKeySequence &shortcut, const QString &icon)
{
    auto *action = new QAction(text, this);
    QString plain = text;
    plain.remove(u'&');
    plain.remove(u'…');
    action->setToolTip(plain);
    action->setStatusTip(plain);
    action->setObjectName(u"action"_s + QString::number(static_cast<int>(which)));
    if (!icon.isEmpty())
        action->setIcon(QIcon::fromTheme(icon));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        // Only while the list has focus: Ctrl+C and Delete keep their meaning in the editors.
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
    }
    Q_ASSERT(m_actions.size() == static_cast<int>(which));
    m_actions.append(action);
    return action;
}

QModelIndexList LibraryPanel::selectedRows() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

// ---- what applies where ----------------------------------------------------------------------------------------

QString LibraryPanel::costLine(
    const QString &profile, const QString &model, const QString &size, const QString &seconds) const
{
    if (!m_engine)
        return tr("%1: the price is not known").arg(model);
    // The list price, also on the demo provider, which says that it charges nothing.
    const CapabilityTable &table = m_engine->capabilities();
    const Api::ProviderKind kind = m_engine->profileKind(profile);
    const std::optional<ModelCapability> capability = table.model(model, kind);
    const double price = capability ? capability->pricePerSecond(size).value_or(-1) : -1;
    bool secondsOk = false;
    const double duration = seconds.toDouble(&secondsOk);
    QString line;
    if (price < 0 || !secondsOk) {
        line = tr("%1: the price is not known").arg(model);
    } else {
        const QLocale locale;
        line = tr("%1: %2 s × %3 = %4 %5")
                   .arg(model, seconds, locale.toString(price, 'f', 2), locale.toString(price * duration, 'f', 2),
                       table.currency());
    }
    if (!m_engine->isBilled(profile))
        line += tr(" (the demo provider charges nothing)");
    return line;
}

bool LibraryPanel::canRemix(const QModelIndex &index) const
{
    if (!m_engine || !isClip(index) || index.data(StudioModel::RemoteIdRole).toString().isEmpty()
        || index.data(StudioModel::ProfileRole).toString().isEmpty())
        return false;
    const QDateTime expires = index.data(StudioModel::ExpiresAtRole).toDateTime();
    return !expires.isValid() || expires > QDateTime::currentDateTimeUtc();
}

bool LibraryPanel::canRenderFinal(const QModelIndex &index) const
{
    // A remix keeps only the change it asked for as its prompt: rendered on its own it would be another take.
    return m_engine && isClip(index) && !index.data(StudioModel::RemoteIdRole).toString().isEmpty()
        && index.data(StudioModel::ParentRemoteIdRole).toString().isEmpty()
        && !index.data(StudioModel::PromptRole).toString().isEmpty()
        && !m_engine
                ->finalModelFor(
                    index.data(StudioModel::ProfileRole).toString(), index.data(StudioModel::ModelRole).toString())
                .isEmpty();
}

void LibraryPanel::updateActions()
{
    const QModelIndexList rows = selectedRows();
    bool anyClip = false;
    bool allFavourite = true;
    bool anyPrompt = false;
    bool anyRetry = false;
    bool anyCancel = false;
    bool anyFinal = false;
    bool anyServer = false;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QModelIndex &index = rows.at(i);
        if (isClip(index)) {
            anyClip = true;
            allFavourite = allFavourite && index.data(StudioModel::FavouriteRole).toBool();
        }
        anyRetry = anyRetry || (m_engine && canRetry(index));
        anyCancel = anyCancel || (m_engine && canCancel(index));
        // These read a clip's full record; a selection of the whole library is judged by its first rows (the
        // actions themselves skip the rows they do not apply to).
        if (i >= kMaxDetailedRows)
            continue;
        anyPrompt = anyPrompt || !index.data(StudioModel::PromptRole).toString().isEmpty();
        anyFinal = anyFinal || canRenderFinal(index);
        anyServer = anyServer || (m_workspace && isOnServer(index));
    }
    const bool one = rows.size() == 1;
    action(Action::Open)->setEnabled(anyClip);
    action(Action::Reveal)->setEnabled(anyClip);
    action(Action::SaveAs)->setEnabled(one && hasVideo(rows.constFirst()));
    action(Action::CopyPrompt)->setEnabled(anyPrompt);
    action(Action::ReuseSettings)->setEnabled(one && anyPrompt);
    action(Action::Remix)->setEnabled(one && canRemix(rows.constFirst()));
    action(Action::RenderFinal)->setEnabled(anyFinal);
    action(Action::Retry)->setEnabled(anyRetry);
    action(Action::Cancel)->setEnabled(anyCancel);
    action(Action::Favourite)->setEnabled(anyClip);
    action(Action::Favourite)->setChecked(anyClip && allFavourite);
    action(Action::Tags)->setEnabled(anyClip);
    action(Action::Delete)->setEnabled(anyClip);
    action(Action::DeleteOnServer)->setEnabled(anyServer);
}

void LibraryPanel::showContextMenu(const QPoint &position)
{
    if (selectedRows().isEmpty())
        return;
    contextMenu()->popup(m_view->viewport()->mapToGlobal(position));
}

void LibraryPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

bool LibraryPanel::confirm(Action action, const QString &text)
{
    if (m_confirm)
        return m_confirm(action, text);
    QString title = this->action(action)->text();
    title.remove(u'&');
    title.remove(u'…');
    return QMessageBox::question(this, title, text) == QMessageBox::Yes;
}

// ---- the actions -----------------------------------------------------------------------------------------------

void LibraryPanel::open(bool folder)
{
    QStringList folders;
    for (const QModelIndex &index : selectedRows()) {
        const QString path = index.data(StudioModel::VideoPathRole).toString();
        if (path.isEmpty())
            continue;
        if (!folder) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
            continue;
        }
        const QString parent = QFileInfo(path).absolutePath();
        if (!folders.contains(parent)) {
            folders.append(parent);
            QDesktopServices::openUrl(QUrl::fromLocalFile(parent));
        }
    }
}

void LibraryPanel::saveAs()
{
    const QModelIndexList rows = selectedRows();
    if (rows.size() != 1 || !hasVideo(rows.constFirst()))
        return;
    const QString source = rows.constFirst().data(StudioModel::VideoPathRole).toString();
    QString folder = m_lastSaveFolder;
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(QFileInfo(source).fileName());
    const QString target = m_chooseFile ? m_chooseFile(suggested)
                                        : QFileDialog::getSaveFileName(this, tr("Save Clip As"), suggested,
                                            tr("MPEG-4 video (*.mp4)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    const QFileInfo targetInfo(target);
    if (targetInfo.absoluteFilePath() == QFileInfo(source).absoluteFilePath()) {
        showMessage(
            tr("'%1' is the clip itself; choose another place to save a copy.").arg(QDir::toNativeSeparators(target)),
            true);
        return;
    }
    if (targetInfo.exists()
        && !confirm(Action::SaveAs,
            tr("'%1' already exists. Replace it with this clip?").arg(QDir::toNativeSeparators(target)))) {
        showMessage(tr("Nothing was saved: '%1' exists and was kept.").arg(QDir::toNativeSeparators(target)), false);
        return;
    }
    const QString error = copyFile(source, target);
    if (!error.isEmpty()) {
        showMessage(tr("Could not save '%1': %2").arg(QDir::toNativeSeparators(target), error), true);
        return;
    }
    m_lastSaveFolder = targetInfo.absolutePath();
    showMessage(tr("Saved a copy as '%1'.").arg(QDir::toNativeSeparators(target)), false);
}

void LibraryPanel::copyPrompt()
{
    QStringList prompts;
    for (const QModelIndex &index : selectedRows()) {
        const QString prompt = index.data(StudioModel::PromptRole).toString();
        if (!prompt.isEmpty())
            prompts.append(prompt);
    }
    if (!prompts.isEmpty())
        QGuiApplication::clipboard()->setText(prompts.join(u"\n\n"_s));
}

void LibraryPanel::reuseSettings()
{
    const QModelIndexList rows = selectedRows();
    if (rows.size() != 1)
        return;
    const QModelIndex &index = rows.constFirst();
    Q_EMIT reuseSettingsRequested(index.data(StudioModel::PromptRole).toString(),
        index.data(StudioModel::ModelRole).toString(), index.data(StudioModel::SizeRole).toString(),
        index.data(StudioModel::SecondsRole).toString());
}

void LibraryPanel::remix(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid() || proxyIndex.model() != m_proxy || !canRemix(proxyIndex))
        return;
    if (m_remixDialog)
        m_remixDialog->close();
    const QString profile = proxyIndex.data(StudioModel::ProfileRole).toString();
    const QString model = proxyIndex.data(StudioModel::ModelRole).toString();
    const QString size = proxyIndex.data(StudioModel::SizeRole).toString();
    const QString seconds = proxyIndex.data(StudioModel::SecondsRole).toString();
    const QString remoteId = proxyIndex.data(StudioModel::RemoteIdRole).toString();
    const QString project = proxyIndex.data(StudioModel::ProjectRole).toString();
    const QPixmap thumbnail(proxyIndex.data(StudioModel::ThumbnailPathRole).toString());
    const QString cost = tr("Remix on %1").arg(costLine(profile, model, size, seconds));
    QPointer<JobEngine> engine = m_engine;
    auto submit = [this, engine, profile, model, size, seconds, remoteId, project](const QString &prompt) -> QString {
        if (!engine)
            return tr("The job queue is not running.");
        JobEngine::SubmitRequest request;
        request.profile = profile;
        request.request.prompt = prompt;
        // A remix keeps its parent's settings; they price the estimate and show on the job's row.
        request.request.model = model;
        request.request.size = size;
        request.request.seconds = seconds;
        request.remixOf = remoteId;
        request.project = project;
        const JobEngine::SubmitResult result = engine->submit(request);
        if (!result.ok())
            return result.error;
        selectJob(result.jobIds.constFirst());
        return {};
    };
    m_remixDialog = new RemixDialog(
        proxyIndex.data(StudioModel::PromptRole).toString(), thumbnail, cost, std::move(submit), this);
    m_remixDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_remixDialog->open();
}

void LibraryPanel::renderFinal(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid() || proxyIndex.model() != m_proxy)
        return;
    renderFinalSelection({ proxyIndex });
}

void LibraryPanel::renderFinalSelection(const QModelIndexList &rows)
{
    struct Final {
        JobEngine::SubmitRequest request;
        QString line;
    };
    // Each final is paid for and confirmed line by line: a few dozen at a time keeps that question readable.
    constexpr int kMaxFinals = 50;
    QList<Final> finals;
    QStringList refused;
    for (const QModelIndex &index : rows) {
        if (!canRenderFinal(index))
            continue;
        if (finals.size() == kMaxFinals) {
            showMessage(tr("Render final works on up to %1 takes at a time; select fewer.").arg(kMaxFinals), true);
            return;
        }
        QString why;
        std::optional<JobEngine::SubmitRequest> request
            = m_engine->finalRequestFor(index.data(StudioModel::ClipIdRole).toLongLong(), &why);
        if (!request) {
            refused << why;
            continue;
        }
        Final f { *request, {} };
        f.line = tr("Render on %1")
                     .arg(costLine(f.request.profile, f.request.request.model, f.request.request.size,
                         f.request.request.seconds));
        finals.append(f);
    }
    if (finals.isEmpty()) {
        if (!refused.isEmpty())
            showMessage(refused.join(u'\n'), true);
        return;
    }
    QStringList lines;
    for (const Final &f : std::as_const(finals))
        lines << f.line;
    lines << refused;
    const QString question = lines.join(u'\n')
        + tr("\n\nThe same prompt and settings are rendered again on the final model; the draft stays and the final "
             "take is linked to it. Go ahead?");
    if (!confirm(Action::RenderFinal, question))
        return;
    QStringList problems;
    qint64 first = 0;
    for (const Final &f : std::as_const(finals)) {
        const JobEngine::SubmitResult result = m_engine->submit(f.request);
        if (!result.ok()) {
            problems << result.error;
            continue;
        }
        if (first == 0)
            first = result.jobIds.constFirst();
        for (const QString &warning : result.warnings)
            problems << warning;
    }
    if (first > 0)
        selectJob(first);
    if (!problems.isEmpty())
        showMessage(problems.join(u'\n'), true);
    else
        showMessage(tr("Queued %n final render(s).", nullptr, int(finals.size())), false);
}

void LibraryPanel::retry()
{
    if (!m_engine)
        return;
    QStringList problems;
    for (const QModelIndex &index : selectedRows()) {
        QString error;
        if (canRetry(index) && !m_engine->retry(index.data(StudioModel::JobIdRole).toLongLong(), &error))
            problems.append(error);
    }
    if (!problems.isEmpty())
        showMessage(problems.join(u'\n'), true);
}

void LibraryPanel::cancel()
{
    if (!m_engine)
        return;
    QList<qint64> ids;
    for (const QModelIndex &index : selectedRows()) {
        if (canCancel(index))
            ids.append(index.data(StudioModel::JobIdRole).toLongLong());
    }
    QStringList problems;
    for (const qint64 id : std::as_const(ids)) {
        QString error;
        if (!m_engine->cancel(id, &error))
            problems.append(error);
    }
    if (!problems.isEmpty())
        showMessage(problems.join(u'\n'), true);
}

void LibraryPanel::setFavourite(bool favourite)
{
    QList<qint64> ids;
    for (const QModelIndex &index : selectedRows()) {
        if (isClip(index))
            ids.append(index.data(StudioModel::ClipIdRole).toLongLong());
    }
    QStringList problems;
    for (const qint64 id : std::as_const(ids)) {
        if (!m_library->setFavourite(id, favourite))
            problems.append(m_library->lastError());
    }
    if (!problems.isEmpty())
        showMessage(problems.join(u'\n'), true);
    updateActions();
}

void LibraryPanel::editTags()
{
    QList<qint64> ids;
    QList<QStringList> tags;
    for (const QModelIndex &index : selectedRows()) {
        if (!isClip(index))
            continue;
        ids.append(index.data(StudioModel::ClipIdRole).toLongLong());
        tags.append(index.data(StudioModel::TagsRole).toStringList());
    }
    if (ids.isEmpty())
        return;
    if (m_tagsDialog)
        m_tagsDialog->close();
    m_tagsDialog = new TagsDialog(tags, m_library->allTags(), this);
    m_tagsDialog->setAttribute(Qt::WA_DeleteOnClose);
    TagsDialog *dialog = m_tagsDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids, tags]() {
        const QStringList added = dialog->added();
        const QStringList removed = dialog->removed();
        QStringList problems;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QStringList updated = TagsDialog::apply(tags.at(i), added, removed);
            if (updated != tags.at(i) && !m_library->setTags(ids.at(i), updated))
                problems << m_library->lastError();
        }
        if (!problems.isEmpty())
            showMessage(problems.join(u'\n'), true);
    });
    m_tagsDialog->open();
}

void LibraryPanel::deleteLocally()
{
    // Ids first: every removal shifts the rows behind it.
    QList<qint64> ids;
    for (const QModelIndex &index : selectedRows()) {
        if (isClip(index))
            ids.append(index.data(StudioModel::ClipIdRole).toLongLong());
    }
    if (ids.isEmpty())
        return;
    const bool confirmed = m_confirmDelete
        ? m_confirmDelete(static_cast<int>(ids.size()))
        : QMessageBox::question(this, tr("Delete Locally"),
              tr("Move %n clip(s) and their files to the trash?", nullptr, static_cast<int>(ids.size())))
            == QMessageBox::Yes;
    if (!confirmed)
        return;
    QStringList problems;
    for (const qint64 id : std::as_const(ids)) {
        QString error;
        if (!m_library->removeClip(id, Library::RemoveMode::Trash, &error))
            problems.append(error);
    }
    if (!problems.isEmpty())
        showMessage(problems.join(u'\n'), true);
}

void LibraryPanel::deleteOnServer()
{
    if (!m_workspace)
        return;
    QList<std::pair<QString, QString>> videos; // profile, remote id
    for (const QModelIndex &index : selectedRows()) {
        if (isOnServer(index))
            videos.append(
                { index.data(StudioModel::ProfileRole).toString(), index.data(StudioModel::RemoteIdRole).toString() });
    }
    if (videos.isEmpty())
        return;
    const int count = int(videos.size());
    if (!confirm(Action::DeleteOnServer,
            tr("Delete %n video(s) on the provider's server? The files in your library stay, but the video(s) can no "
               "longer be remixed or downloaded again.",
                nullptr, count)))
        return;

    // Every answer lands here; the message is written once the last one is in.
    struct Tally {
        int pending = 0;
        int deleted = 0;
        QStringList problems;
    };
    auto tally = std::make_shared<Tally>();
    tally->pending = count;
    QPointer<LibraryPanel> self = this;
    const auto done = [self, tally](const QString &problem) {
        if (problem.isEmpty())
            ++tally->deleted;
        else
            tally->problems << problem;
        if (--tally->pending > 0 || !self)
            return;
        if (tally->problems.isEmpty())
            self->showMessage(
                tr("Deleted %n video(s) on the server; the local files stay.", nullptr, tally->deleted), false);
        else
            self->showMessage(tally->problems.join(u'\n'), true);
    };
    showMessage(tr("Deleting %n video(s) on the server…", nullptr, count), false);
    for (const auto &[profileName, remoteId] : std::as_const(videos)) {
        const std::optional<Api::ProviderProfile> profile = ProfileStore(m_workspace->settings()).profile(profileName);
        if (!profile) {
            done(tr("%1: the provider profile '%2' no longer exists.").arg(remoteId, profileName));
            continue;
        }
        m_workspace->resolveClient(
            *profile, [self, done, remoteId](Api::VideoApiClient *client, const QString &problem) {
                if (!self)
                    return;
                if (!client) {
                    done(tr("%1: %2").arg(remoteId, problem));
                    return;
                }
                Api::DeleteVideoCall *call = client->remove(remoteId);
                connect(call, &Api::DeleteVideoCall::finished, self,
                    [call, done, remoteId](const Api::DeleteVideoResult &result) {
                        call->deleteLater();
                        done(result.ok() ? QString() : tr("%1: %2").arg(remoteId, result.error.toString()));
                    });
            });
    }
}

} // namespace Dailies
