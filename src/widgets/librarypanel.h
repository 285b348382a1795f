// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QModelIndex>
#include <QPointer>
#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QMenu;
class QLineEdit;
class QListView;

namespace Dailies
{
class JobEngine;
class Library;
class RemixDialog;
class StudioDelegate;
class StudioFilterProxy;
class StudioModel;
class StudioView;
class TagsDialog;
class Workspace;

/**
 * The centre of the studio: one view over the jobs and the clips (StudioModel through StudioFilterProxy), as a
 * list of rows or a grid of tiles (Ctrl+1, Ctrl+2), with a search box that searches prompts as you type (Esc
 * clears it) and filters by group (all, running, done, failed, favourites), project and date (today, the last 7 or
 * 30 days, or a custom range of days). An empty view says
 * why it is empty. Rows are selected with the mouse and the keyboard (Shift, Ctrl); selected clips can be dragged
 * out to other applications as files.
 *
 * A context menu (right click, the Menu key, Shift+F10) acts on the selection: open, reveal, save as, copy the
 * prompt (Ctrl+C), reuse the settings, remix, render final, retry, cancel, favourite (F), tags, delete locally
 * (Delete) and delete on the server, each enabled only where it applies. Questions go through a replaceable
 * confirmation function and file names through a replaceable chooser, so tests can answer them.
 */
class LibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPanel)

public:
    /// Neither the engine nor the library is owned. Without a workspace, Delete on Server is unavailable and
    /// prices are those of the general capability table.
    LibraryPanel(JobEngine *engine, Library *library, QWidget *parent = nullptr);
    /// Everything from the workspace (not owned): engine, library, provider profiles and their API clients.
    explicit LibraryPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~LibraryPanel() override;

    enum class ViewMode { List, Grid };
    Q_ENUM(ViewMode)

    [[nodiscard]] QListView *view() const;
    [[nodiscard]] StudioView *studioView() const { return m_view; }
    [[nodiscard]] StudioFilterProxy *proxy() const { return m_proxy; }
    [[nodiscard]] StudioModel *model() const { return m_model; }
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] QComboBox *filterCombo() const { return m_filter; }
    [[nodiscard]] QComboBox *projectCombo() const { return m_project; }
    [[nodiscard]] QComboBox *dateCombo() const { return m_date; }
    /// The plain-words message line above the view (errors and results of server actions).
    [[nodiscard]] QString message() const;

    /// Shows only the takes made from `first` to `last` (local days, both included) and selects the date filter's
    /// custom entry; the order of the two days does not matter.
    void setCustomDateRange(const QDate &first, const QDate &last);
    /// The date range dialog while it is open (the date filter's "Custom range…"), else nullptr.
    [[nodiscard]] QDialog *dateRangeDialog() const;

    /// List rows or grid tiles.
    void setViewMode(ViewMode mode);
    [[nodiscard]] ViewMode viewMode() const { return m_mode; }
    /// The view mode, group filter, project, date filter and custom range, for the window to keep between runs.
    [[nodiscard]] QByteArray saveState() const;
    /// Restores what saveState() gave; false (and nothing changed) for data it does not understand.
    bool restoreState(const QByteArray &state);

    /// Selects the row of a job (or the clip it became); false when it is not shown.
    bool selectJob(qint64 jobId);
    /// Selects the row of a clip, clearing the search and filters when they hide it; false when it is not loaded.
    bool selectClip(qint64 clipId);
    /// The current row in the proxy, or an invalid index.
    [[nodiscard]] QModelIndex currentIndex() const;

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
    };
    /// One of the context menu's actions; its enabled state follows the selection.
    [[nodiscard]] QAction *action(Action which) const;
    /// The context menu, rebuilt for the current selection.
    [[nodiscard]] QMenu *contextMenu();

    /// Opens the remix dialog for the clip at `proxyIndex` (an index of proxy()); nothing when it cannot be remixed.
    void remix(const QModelIndex &proxyIndex);
    /// Asks (showing the cost) whether to render the draft at `proxyIndex` again on the final model, then queues it.
    void renderFinal(const QModelIndex &proxyIndex);
    /// The remix or tags dialog while one is open (for tests and the window), else nullptr.
    [[nodiscard]] RemixDialog *remixDialog() const;
    [[nodiscard]] TagsDialog *tagsDialog() const;

    /// "sora-2-pro: 4 s × 0.30 = 1.20 USD" for a take of `seconds` at `size` on `model` (the capability prices);
    /// says so when the price is unknown or the profile is the free demo.
    [[nodiscard]] QString costLine(
        const QString &profile, const QString &model, const QString &size, const QString &seconds) const;
    /// The actions of the List and Grid buttons (Ctrl+1, Ctrl+2), for a View menu.
    [[nodiscard]] QAction *viewModeAction(ViewMode mode) const;

    /// Asks whether `count` clips may be deleted; the default shows a question box. Tests replace it.
    void setDeleteConfirmation(std::function<bool(int count)> confirm);
    /// Asks any other yes/no question (render final, delete on server, replace a file); default: a question box.
    void setConfirmation(std::function<bool(Action action, const QString &text)> confirm);
    /// Chooses where Save As writes, given a suggested path; empty cancels. Default: a file dialog.
    void setFileChooser(std::function<QString(const QString &suggested)> choose);

Q_SIGNALS:
    /// The current row changed (an index of proxy()), or its data did.
    void currentChanged(const QModelIndex &index);
    /// Reuse settings: the compose panel should take these.
    void reuseSettingsRequested(
        const QString &prompt, const QString &model, const QString &size, const QString &seconds);
    /// The view mode changed (through the buttons, the shortcuts or setViewMode()).
    void viewModeChanged(ViewMode mode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    LibraryPanel(Workspace *workspace, JobEngine *engine, Library *library, QWidget *parent);

    [[nodiscard]] QModelIndexList selectedRows() const;
    [[nodiscard]] QAction *makeAction(
        Action which, const QString &text, const QKeySequence &shortcut, const QString &icon = {});
    void updateActions();
    void updateGridSize();
    void updateEmptyText();
    void updateProjects();
    void chooseDateRange();
    void showContextMenu(const QPoint &position);
    void showMessage(const QString &text, bool error);
    [[nodiscard]] bool confirm(Action action, const QString &text);
    [[nodiscard]] bool canRemix(const QModelIndex &index) const;
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
    StudioModel *m_model;
    StudioFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_filter;
    QComboBox *m_project;
    QComboBox *m_date;
    QAction *m_listAction;
    QAction *m_gridAction;
    QLabel *m_message;
    StudioView *m_view;
    StudioDelegate *m_delegate;
    QMenu *m_menu;
    QList<QAction *> m_actions;
    ViewMode m_mode = ViewMode::List;
    QPointer<RemixDialog> m_remixDialog;
    QPointer<TagsDialog> m_tagsDialog;
    QPointer<QDialog> m_rangeDialog;
    int m_dateIndex = 0; ///< the date filter's entry in force (the combo shows Custom while its dialog is open)
    QDate m_rangeFirst;
    QDate m_rangeLast;
    std::function<bool(int count)> m_confirmDelete;
    std::function<bool(Action action, const QString &text)> m_confirm;
    std::function<QString(const QString &suggested)> m_chooseFile;
    QString m_lastSaveFolder;
};

} // namespace Dailies
