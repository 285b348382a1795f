// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Dailies
{
enum class JobKind;
class JobEngine;
class Library;
class SourceJobDialog;
class StudioFilterProxy;
class StudioView;
class TagsDialog;
class Workspace;

/**
 * What can be done with the selected rows of the library's view: open, reveal, save as, copy the prompt (Ctrl+C),
 * reuse the settings, remix, edit, extend, render final, retry, cancel, favourite (F), tags, delete locally (Delete)
 * and delete on the server, each enabled only where it applies, and the context menu that offers them (right click,
 * the Menu key, Shift+F10). The rules live in core (JobEngine::finalRequestFor, requestFromClip and submit, the
 * prices, PreviewSource::extensionPlan); this asks, confirms and reports.
 *
 * Questions go through a replaceable confirmation function and file names through a replaceable chooser, so tests
 * can answer them. Nothing is owned but the actions and the menu; dialogs open over `dialogParent`.
 */
class LibraryActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryActions)

public:
    enum class Action {
        Open,
        Reveal,
        CopyPrompt,
        ReuseSettings,
        Retry,
        Cancel,
        Favourite,
        Delete,
        SaveAs,
        Remix,
        RenderFinal,
        Tags,
        DeleteOnServer,
        Edit,
        Extend,
    };

    /// `view` shows a StudioFilterProxy over a StudioModel; without a workspace Delete on Server is unavailable.
    LibraryActions(Workspace *workspace, JobEngine *engine, Library *library, StudioView *view, QWidget *dialogParent);
    ~LibraryActions() override;

    /// One of the actions; its enabled state follows the selection.
    [[nodiscard]] QAction *action(Action which) const;
    /// The context menu, brought up to date with the selection.
    [[nodiscard]] QMenu *contextMenu();
    /// Enables what applies to the selection now.
    void updateActions();

    /// Opens the remix dialog for the clip at `proxyIndex`; nothing when it cannot be remixed.
    void remix(const QModelIndex &proxyIndex);
    /// Opens the edit dialog (the change, with what the new clip costs) for the clip at `proxyIndex`.
    void edit(const QModelIndex &proxyIndex);
    /// Opens the extension dialog (what happens next, how many seconds, the resulting length and the cost).
    void extend(const QModelIndex &proxyIndex);
    /// Asks (showing the cost) whether to render the draft at `proxyIndex` again on the final model, then queues it.
    void renderFinal(const QModelIndex &proxyIndex);
    /// The remix, edit or extension dialog while one is open, else nullptr.
    [[nodiscard]] SourceJobDialog *sourceJobDialog() const;
    [[nodiscard]] TagsDialog *tagsDialog() const;
    /// "sora-2-pro: 4 s × 0.30 = 1.20 USD" for a take of `seconds` at `size` on `model` on `profile` (the engine's
    /// prices); says so when the price is unknown or the profile is the free demo.
    [[nodiscard]] QString costLine(
        const QString &profile, const QString &model, const QString &size, const QString &seconds) const;

    void setDeleteConfirmation(std::function<bool(int count)> confirm);
    void setConfirmation(std::function<bool(Action action, const QString &text)> confirm);
    void setFileChooser(std::function<QString(const QString &suggested)> choose);

Q_SIGNALS:
    /// A result or a problem for the message line; an empty text hides it.
    void messageShown(const QString &text, bool error);
    /// A job was queued (a remix, an edit, an extension, a final): its row should be selected.
    void jobQueued(qint64 jobId);
    /// Reuse settings: the compose panel should take these.
    void reuseSettingsRequested(
        const QString &prompt, const QString &model, const QString &size, const QString &seconds);

private:
    void createActions();
    /// Keeps the actions' enabled state with the selection and the rows under it.
    void followSelection();
    [[nodiscard]] QModelIndexList selectedRows() const;
    [[nodiscard]] QAction *makeAction(
        Action which, const QString &text, const QKeySequence &shortcut, const QString &icon = {});
    void showContextMenu(const QPoint &position);
    [[nodiscard]] bool confirm(Action action, const QString &text);
    /// A clip the provider still has: remix, edit and extend start from it.
    [[nodiscard]] bool canStartFrom(const QModelIndex &index) const;
    void openSourceJob(JobKind kind, const QModelIndex &proxyIndex);
    /// What an edit or an extension (adding `seconds`) of clip `clipId` costs, from the engine's estimate.
    [[nodiscard]] QString sourceJobCost(JobKind kind, qint64 clipId, const QString &seconds) const;
    [[nodiscard]] bool canRenderFinal(const QModelIndex &index) const;
    void open(bool folder);
    void saveAs();
    void copyPrompt();
    void reuseSettings();
    void renderFinalSelection(const QModelIndexList &rows);
    void retry();
    void cancel();
    void setFavourite(bool favourite);
    void editTags();
    void deleteLocally();
    void deleteOnServer();

    QPointer<Workspace> m_workspace;
    JobEngine *m_engine;
    Library *m_library;
    StudioFilterProxy *m_proxy;
    StudioView *m_view;
    QWidget *m_widget;
    QMenu *m_menu;
    QList<QAction *> m_actions;
    QPointer<SourceJobDialog> m_sourceJobDialog;
    QPointer<TagsDialog> m_tagsDialog;
    std::function<bool(int count)> m_confirmDelete;
    std::function<bool(Action action, const QString &text)> m_confirm;
    std::function<QString(const QString &suggested)> m_chooseFile;
    QString m_lastSaveFolder;
};

} // namespace Dailies
