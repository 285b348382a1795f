// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/library/libraryactions.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QShortcut>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>
#include <memory>
#include <optional>

#include "core/jobs/jobengine.h"
#include "core/jobs/jobrecord.h"
#include "core/library/cliprecord.h"
#include "core/library/library.h"
#include "core/models/studiofilterproxy.h"
#include "core/models/studiomodel.h"
#include "core/providers/capabilities.h"
#include "core/util/filenames.h"
#include "session/workspace.h"
#include "widgets/icons.h"
#include "widgets/library/libraryactions_p.h"
#include "widgets/library/sourcejobdialog.h"
#include "widgets/library/studioview.h"
#include "widgets/library/tagsdialog.h"

using namespace Qt::StringLiterals;
using namespace Dailies::RowRules;

namespace Dailies
{

namespace
{
// How many selected rows updateActions() reads full records of.
constexpr qsizetype kMaxDetailedRows = 256;
} // namespace

LibraryActions::LibraryActions(
    Workspace *workspace, JobEngine *engine, Library *library, StudioView *view, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workspace(workspace)
    , m_engine(engine)
    , m_library(library)
    , m_proxy(qobject_cast<StudioFilterProxy *>(view->model()))
    , m_view(view)
    , m_widget(dialogParent)
    , m_menu(new QMenu(dialogParent))
{
    Q_ASSERT(m_proxy);
    createActions();
    followSelection();
    updateActions();
}

void LibraryActions::createActions()
{
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
    QAction *edit = makeAction(Action::Edit, tr("&Edit…"), QKeySequence());
    QAction *extend = makeAction(Action::Extend, tr("E&xtend…"), QKeySequence());
    for (const QList<QAction *> &group :
        QList<QList<QAction *>> { { open, reveal, saveAs }, { copy, reuse, remix, edit, extend, final },
            { retry, cancel }, { favourite, tags }, { remove, server } }) {
        if (!m_menu->isEmpty())
            m_menu->addSeparator();
        m_menu->addActions(group);
    }
    connect(open, &QAction::triggered, this, [this]() { this->open(false); });
    connect(reveal, &QAction::triggered, this, [this]() { this->open(true); });
    connect(saveAs, &QAction::triggered, this, &LibraryActions::saveAs);
    connect(copy, &QAction::triggered, this, &LibraryActions::copyPrompt);
    connect(reuse, &QAction::triggered, this, &LibraryActions::reuseSettings);
    connect(remix, &QAction::triggered, this, [this]() {
        const QModelIndexList rows = selectedRows();
        if (rows.size() == 1)
            this->remix(rows.constFirst());
    });
    connect(edit, &QAction::triggered, this, [this]() {
        const QModelIndexList rows = selectedRows();
        if (rows.size() == 1)
            this->edit(rows.constFirst());
    });
    connect(extend, &QAction::triggered, this, [this]() {
        const QModelIndexList rows = selectedRows();
        if (rows.size() == 1)
            this->extend(rows.constFirst());
    });
    connect(final, &QAction::triggered, this, [this]() { renderFinalSelection(selectedRows()); });
    connect(retry, &QAction::triggered, this, &LibraryActions::retry);
    connect(cancel, &QAction::triggered, this, &LibraryActions::cancel);
    connect(favourite, &QAction::triggered, this, &LibraryActions::setFavourite);
    connect(tags, &QAction::triggered, this, &LibraryActions::editTags);
    connect(remove, &QAction::triggered, this, &LibraryActions::deleteLocally);
    connect(server, &QAction::triggered, this, &LibraryActions::deleteOnServer);
}

void LibraryActions::followSelection()
{
    // The Menu key arrives as a keyboard context menu event; Shift+F10 does not on every platform.
    auto *menuKey = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10), m_view);
    menuKey->setContext(Qt::WidgetShortcut);
    connect(menuKey, &QShortcut::activated, this, [this]() {
        const QModelIndex current = m_view->currentIndex();
        showContextMenu(current.isValid() ? m_view->visualRect(current).center() : QPoint(0, 0));
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &LibraryActions::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryActions::updateActions);
    // A thousand running jobs change every few hundred milliseconds: only a change among the selected rows can
    // change what the actions may do.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            const QItemSelectionModel *selection = m_view->selectionModel();
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                if (selection->isRowSelected(row)) {
                    updateActions();
                    return;
                }
            }
        });
    for (const auto signal : { &QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted })
        connect(m_proxy, signal, this, &LibraryActions::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LibraryActions::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LibraryActions::updateActions);
}

LibraryActions::~LibraryActions() = default;

QAction *LibraryActions::action(Action which) const
{
    return m_actions.value(static_cast<int>(which));
}

QMenu *LibraryActions::contextMenu()
{
    updateActions();
    return m_menu;
}

void LibraryActions::setDeleteConfirmation(std::function<bool(int count)> confirm)
{
    m_confirmDelete = std::move(confirm);
}

void LibraryActions::setConfirmation(std::function<bool(Action action, const QString &text)> confirm)
{
    m_confirm = std::move(confirm);
}

void LibraryActions::setFileChooser(std::function<QString(const QString &suggested)> choose)
{
    m_chooseFile = std::move(choose);
}

QAction *LibraryActions::makeAction(
    Action which, const QString &text, const QKeySequence &shortcut, const QString &icon)
{
    auto *action = new QAction(text, this);
    QString plain = text;
    plain.remove(u'&');
    plain.remove(u'…');
    action->setToolTip(plain);
    action->setStatusTip(plain);
    action->setObjectName(u"action"_s + QString::number(static_cast<int>(which)));
    if (!icon.isEmpty())
        action->setIcon(Icons::icon(icon));
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

QModelIndexList LibraryActions::selectedRows() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

void LibraryActions::updateActions()
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
    const bool fromSource = one && canStartFrom(rows.constFirst());
    for (const Action a : { Action::Remix, Action::Edit, Action::Extend })
        action(a)->setEnabled(fromSource);
    action(Action::RenderFinal)->setEnabled(anyFinal);
    action(Action::Retry)->setEnabled(anyRetry);
    action(Action::Cancel)->setEnabled(anyCancel);
    action(Action::Favourite)->setEnabled(anyClip);
    action(Action::Favourite)->setChecked(anyClip && allFavourite);
    action(Action::Tags)->setEnabled(anyClip);
    action(Action::Delete)->setEnabled(anyClip);
    action(Action::DeleteOnServer)->setEnabled(anyServer);
}

void LibraryActions::showContextMenu(const QPoint &position)
{
    if (selectedRows().isEmpty())
        return;
    contextMenu()->popup(m_view->viewport()->mapToGlobal(position));
}

bool LibraryActions::confirm(Action action, const QString &text)
{
    if (m_confirm)
        return m_confirm(action, text);
    QString title = this->action(action)->text();
    title.remove(u'&');
    title.remove(u'…');
    return QMessageBox::question(m_widget, title, text) == QMessageBox::Yes;
}

void LibraryActions::open(bool folder)
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

void LibraryActions::saveAs()
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
                                        : QFileDialog::getSaveFileName(m_widget, tr("Save Clip As"), suggested,
                                            tr("MPEG-4 video (*.mp4)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    const QFileInfo targetInfo(target);
    if (targetInfo.absoluteFilePath() == QFileInfo(source).absoluteFilePath()) {
        Q_EMIT messageShown(
            tr("'%1' is the clip itself; choose another place to save a copy.").arg(QDir::toNativeSeparators(target)),
            true);
        return;
    }
    if (targetInfo.exists()
        && !confirm(Action::SaveAs,
            tr("'%1' already exists. Replace it with this clip?").arg(QDir::toNativeSeparators(target)))) {
        Q_EMIT messageShown(
            tr("Nothing was saved: '%1' exists and was kept.").arg(QDir::toNativeSeparators(target)), false);
        return;
    }
    const QString error = copyFileWhole(source, target);
    if (!error.isEmpty()) {
        Q_EMIT messageShown(tr("Could not save '%1': %2").arg(QDir::toNativeSeparators(target), error), true);
        return;
    }
    m_lastSaveFolder = targetInfo.absolutePath();
    Q_EMIT messageShown(tr("Saved a copy as '%1'.").arg(QDir::toNativeSeparators(target)), false);
}

void LibraryActions::copyPrompt()
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

void LibraryActions::reuseSettings()
{
    const QModelIndexList rows = selectedRows();
    if (rows.size() != 1)
        return;
    const QModelIndex &index = rows.constFirst();
    Q_EMIT reuseSettingsRequested(index.data(StudioModel::PromptRole).toString(),
        index.data(StudioModel::ModelRole).toString(), index.data(StudioModel::SizeRole).toString(),
        index.data(StudioModel::SecondsRole).toString());
}

void LibraryActions::setFavourite(bool favourite)
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
        Q_EMIT messageShown(problems.join(u'\n'), true);
    updateActions();
}

void LibraryActions::editTags()
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
    m_tagsDialog = new TagsDialog(tags, m_library->allTags(), m_widget);
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
            Q_EMIT messageShown(problems.join(u'\n'), true);
    });
    m_tagsDialog->open();
}

void LibraryActions::deleteLocally()
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
        : QMessageBox::question(m_widget, tr("Delete Locally"),
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
        Q_EMIT messageShown(problems.join(u'\n'), true);
}

SourceJobDialog *LibraryActions::sourceJobDialog() const
{
    return m_sourceJobDialog;
}

TagsDialog *LibraryActions::tagsDialog() const
{
    return m_tagsDialog;
}

} // namespace Dailies
