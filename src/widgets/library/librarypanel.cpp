// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/library/librarypanel.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDataStream>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "core/models/studiofilterproxy.h"
#include "core/models/studiomodel.h"
#include "session/workspace.h"
#include "widgets/icons.h"
#include "widgets/library/studiodelegate.h"
#include "widgets/library/studioview.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
constexpr quint8 kStateVersion = 1;
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
    , m_model(new StudioModel(engine, library, nullptr, this))
    , m_proxy(new StudioFilterProxy(library, this))
    , m_filterBar(new LibraryFilterBar(m_model, m_proxy, this))
    , m_listAction(new QAction(Icons::icon(u"view-list-details"_s), tr("&List"), this))
    , m_gridAction(new QAction(Icons::icon(u"view-list-icons"_s), tr("&Grid"), this))
    , m_message(new QLabel(this))
    , m_view(new StudioView(this))
    , m_delegate(new StudioDelegate(this))
{
    setObjectName(u"libraryPanel"_s);
    m_proxy->setSourceModel(m_model);
    m_model->reload();

    QToolButton *listButton = makeModeButton(m_listAction, u"list"_s, tr("List view"));
    QToolButton *gridButton = makeModeButton(m_gridAction, u"grid"_s, tr("Grid view"));
    m_filterBar->addToSearchRow(listButton);
    m_filterBar->addToSearchRow(gridButton);
    m_listAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_gridAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_listAction->setToolTip(
        tr("Show as a list (%1)").arg(m_listAction->shortcut().toString(QKeySequence::NativeText)));
    m_gridAction->setToolTip(
        tr("Show as a grid (%1)").arg(m_gridAction->shortcut().toString(QKeySequence::NativeText)));
    m_listAction->setChecked(true);
    connect(m_listAction, &QAction::triggered, this, [this]() { setViewMode(ViewMode::List); });
    connect(m_gridAction, &QAction::triggered, this, [this]() { setViewMode(ViewMode::Grid); });

    m_message->setObjectName(u"libraryMessage"_s);
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_view->setObjectName(u"studioList"_s);
    m_view->setAccessibleName(tr("Jobs and clips"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(m_delegate);
    // A thumbnail read off the GUI thread has arrived: the rows on screen are painted again (coalesced by Qt).
    connect(m_delegate, &StudioDelegate::thumbnailReady, m_view->viewport(), qOverload<>(&QWidget::update));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    setViewMode(ViewMode::List);
    m_view->viewport()->installEventFilter(this);

    m_actions = new LibraryActions(workspace, engine, library, m_view, this);
    connect(m_actions, &LibraryActions::messageShown, this, &LibraryPanel::showMessage);
    connect(m_actions, &LibraryActions::jobQueued, this, &LibraryPanel::selectJob);
    connect(m_actions, &LibraryActions::reuseSettingsRequested, this, &LibraryPanel::reuseSettingsRequested);

    // Esc clears the search from the search box and from the view, as the empty view's hint says.
    QLineEdit *search = m_filterBar->searchEdit();
    for (QWidget *target : { static_cast<QWidget *>(search), static_cast<QWidget *>(m_view) }) {
        auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), target);
        escape->setContext(Qt::WidgetShortcut);
        connect(escape, &QShortcut::activated, search, &QLineEdit::clear);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    setTabOrder(m_filterBar->dateCombo(), listButton);
    setTabOrder(listButton, gridButton);
    setTabOrder(gridButton, m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { Q_EMIT currentChanged(current); });
    // A running job that becomes a clip changes in place: the preview follows it.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            const QModelIndex current = m_view->currentIndex();
            if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
                Q_EMIT currentChanged(current);
        });
    for (const auto signal : { &QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted })
        connect(m_proxy, signal, this, &LibraryPanel::updateEmptyText);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LibraryPanel::updateEmptyText);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LibraryPanel::updateEmptyText);
    // A page that cannot be read (a damaged search index) says so and what to do.
    connect(m_model, &StudioModel::errorChanged, this, [this](const QString &error) {
        if (!error.isEmpty())
            showMessage(error, true);
        else if (m_message->isVisible() && m_message->text() == m_shownModelError)
            showMessage({}, false);
        m_shownModelError = error;
    });
    updateEmptyText();
}

LibraryPanel::~LibraryPanel() = default;

QToolButton *LibraryPanel::makeModeButton(QAction *mode, const QString &name, const QString &accessibleName)
{
    // List and grid: two checkable actions in one group, shown as tool buttons.
    if (!m_modes)
        m_modes = new QActionGroup(this);
    mode->setCheckable(true);
    mode->setActionGroup(m_modes);
    mode->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    mode->setObjectName(name + u"Mode"_s);
    addAction(mode);
    auto *button = new QToolButton(m_filterBar);
    button->setObjectName(name + u"ModeButton"_s);
    button->setDefaultAction(mode);
    button->setAccessibleName(accessibleName);
    button->setAutoRaise(true);
    return button;
}

QListView *LibraryPanel::view() const
{
    return m_view;
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
    const LibraryFilterBar::State filters = m_filterBar->state();
    out << kStateVersion << qint32(m_mode) << qint32(filters.group) << filters.project << qint32(filters.date)
        << filters.first << filters.last;
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
    const LibraryFilterBar::State filters { StudioFilterProxy::Group(group), project,
        StudioFilterProxy::DatePreset(date), first, last };
    if (in.status() != QDataStream::Ok || version != kStateVersion || mode < 0 || mode > int(ViewMode::Grid)
        || !m_filterBar->canRestore(filters))
        return false;
    setViewMode(ViewMode(mode));
    m_filterBar->restore(filters);
    return true;
}

void LibraryPanel::updateEmptyText()
{
    QString text;
    if (m_proxy->rowCount() > 0) {
        text.clear();
    } else if (m_model->view() == StudioModel::View()) {
        // Nothing listed with no filter at all: the library is empty and nothing is queued.
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
    const int row = m_model->revealJob(jobId);
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
    int row = m_model->revealClip(clipId);
    if (row < 0 && m_model->view() != StudioModel::View()) {
        // Hidden by the search or a filter: show everything rather than refuse what was asked for.
        m_filterBar->showEverything();
        row = m_model->revealClip(clipId);
    }
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row));
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

void LibraryPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace Dailies
