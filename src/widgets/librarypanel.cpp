// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/librarypanel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

#include "core/jobs/jobengine.h"
#include "core/jobs/jobrecord.h"
#include "core/library/library.h"
#include "core/models/studiofilterproxy.h"
#include "core/models/studiomodel.h"
#include "widgets/studiodelegate.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

LibraryPanel::LibraryPanel(JobEngine *engine, Library *library, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_library(library)
    , m_model(new StudioModel(engine, library, nullptr, this))
    , m_proxy(new StudioFilterProxy(library, this))
    , m_search(new QLineEdit(this))
    , m_filter(new QComboBox(this))
    , m_view(new QListView(this))
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
    m_filter->addItem(tr("All"), QVariant::fromValue(StudioFilterProxy::Group::All));
    m_filter->addItem(tr("Running"), QVariant::fromValue(StudioFilterProxy::Group::Running));
    m_filter->addItem(tr("Done"), QVariant::fromValue(StudioFilterProxy::Group::Done));
    m_filter->addItem(tr("Failed"), QVariant::fromValue(StudioFilterProxy::Group::Failed));
    m_filter->addItem(tr("Favourites"), QVariant::fromValue(StudioFilterProxy::Group::Favourites));

    m_view->setObjectName(u"studioList"_s);
    m_view->setAccessibleName(tr("Jobs and clips"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new StudioDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    m_menu->setObjectName(u"studioMenu"_s);
    m_menu->setAccessibleName(tr("Job and clip actions"));
    QAction *open = makeAction(Action::Open, tr("&Open"), QKeySequence(Qt::CTRL | Qt::Key_O));
    QAction *reveal = makeAction(Action::Reveal, tr("&Reveal in Folder"), QKeySequence());
    m_menu->addSeparator();
    QAction *copy = makeAction(Action::CopyPrompt, tr("&Copy Prompt"), QKeySequence::Copy);
    QAction *reuse = makeAction(Action::ReuseSettings, tr("Re&use Settings"), QKeySequence());
    m_menu->addSeparator();
    QAction *retry = makeAction(Action::Retry, tr("Re&try"), QKeySequence());
    QAction *cancel = makeAction(Action::Cancel, tr("C&ancel"), QKeySequence());
    m_menu->addSeparator();
    QAction *favourite = makeAction(Action::Favourite, tr("&Favourite"), QKeySequence(Qt::Key_F));
    favourite->setCheckable(true);
    QAction *remove = makeAction(Action::Delete, tr("&Delete Locally…"), QKeySequence::Delete);
    connect(open, &QAction::triggered, this, [this]() { this->open(false); });
    connect(reveal, &QAction::triggered, this, [this]() { this->open(true); });
    connect(copy, &QAction::triggered, this, &LibraryPanel::copyPrompt);
    connect(reuse, &QAction::triggered, this, &LibraryPanel::reuseSettings);
    connect(retry, &QAction::triggered, this, &LibraryPanel::retry);
    connect(cancel, &QAction::triggered, this, &LibraryPanel::cancel);
    connect(favourite, &QAction::triggered, this, &LibraryPanel::setFavourite);
    connect(remove, &QAction::triggered, this, &LibraryPanel::deleteLocally);
    // The Menu key arrives as a keyboard context menu event; Shift+F10 does not on every platform.
    auto *menuKey = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10), m_view);
    menuKey->setContext(Qt::WidgetShortcut);
    connect(menuKey, &QShortcut::activated, this, [this]() {
        const QModelIndex current = m_view->currentIndex();
        showContextMenu(current.isValid() ? m_view->visualRect(current).center() : QPoint(0, 0));
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &LibraryPanel::showContextMenu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &StudioFilterProxy::setSearchText);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
        [this]() { m_proxy->setGroup(m_filter->currentData().value<StudioFilterProxy::Group>()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { Q_EMIT currentChanged(current); });
    // A running job that becomes a clip changes in place: the preview follows it.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            const QModelIndex current = m_view->currentIndex();
            if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
                Q_EMIT currentChanged(current);
            updateActions();
        });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LibraryPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LibraryPanel::updateActions);
    updateActions();
}

LibraryPanel::~LibraryPanel() = default;

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

QAction *LibraryPanel::makeAction(Action which, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    QString plain = text;
    plain.remove(u'&');
    plain.remove(u'…');
    action->setToolTip(plain);
    action->setStatusTip(plain);
    action->setObjectName(u"action"_s + QString::number(static_cast<int>(which)));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        // Only while the list has focus: Ctrl+C and Delete keep their meaning in the editors.
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
    }
    m_menu->addAction(action);
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

namespace
{
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
} // namespace

void LibraryPanel::updateActions()
{
    const QModelIndexList rows = selectedRows();
    bool anyClip = false;
    bool allFavourite = true;
    bool anyPrompt = false;
    bool anyRetry = false;
    bool anyCancel = false;
    for (const QModelIndex &index : rows) {
        if (isClip(index)) {
            anyClip = true;
            allFavourite = allFavourite && index.data(StudioModel::FavouriteRole).toBool();
        }
        anyPrompt = anyPrompt || !index.data(StudioModel::PromptRole).toString().isEmpty();
        anyRetry = anyRetry || (m_engine && canRetry(index));
        anyCancel = anyCancel || (m_engine && canCancel(index));
    }
    action(Action::Open)->setEnabled(anyClip);
    action(Action::Reveal)->setEnabled(anyClip);
    action(Action::CopyPrompt)->setEnabled(anyPrompt);
    action(Action::ReuseSettings)->setEnabled(rows.size() == 1 && anyPrompt);
    action(Action::Retry)->setEnabled(anyRetry);
    action(Action::Cancel)->setEnabled(anyCancel);
    action(Action::Favourite)->setEnabled(anyClip);
    action(Action::Favourite)->setChecked(anyClip && allFavourite);
    action(Action::Delete)->setEnabled(anyClip);
}

void LibraryPanel::showContextMenu(const QPoint &position)
{
    if (selectedRows().isEmpty())
        return;
    contextMenu()->popup(m_view->viewport()->mapToGlobal(position));
}

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
        QMessageBox::warning(this, tr("Retry"), problems.join(u'\n'));
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
        QMessageBox::warning(this, tr("Cancel"), problems.join(u'\n'));
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
        QMessageBox::warning(this, tr("Favourite"), problems.join(u'\n'));
    updateActions();
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
        QMessageBox::warning(this, tr("Delete Locally"), problems.join(u'\n'));
}

} // namespace Dailies
