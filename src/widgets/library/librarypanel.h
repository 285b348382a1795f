// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QModelIndex>
#include <QPointer>
#include <QWidget>
#include <functional>

#include "widgets/library/filterbar.h"
#include "widgets/library/libraryactions.h"

class QAction;
class QActionGroup;
class QComboBox;
class QDialog;
class QLabel;
class QMenu;
class QLineEdit;
class QListView;
class QToolButton;

namespace Dailies
{
class JobEngine;
class Library;
class SourceJobDialog;
class StudioDelegate;
class StudioFilterProxy;
class StudioModel;
class StudioView;
class TagsDialog;
class Workspace;

/**
 * The centre of the studio: one view over the jobs and the clips (StudioModel through StudioFilterProxy), as a
 * list of rows or a grid of tiles (Ctrl+1, Ctrl+2), under the LibraryFilterBar (search as you type, Esc clears it;
 * group, project and date filters). An empty view says why it is empty. Rows are selected with the mouse and the
 * keyboard (Shift, Ctrl); selected clips can be dragged out to other applications as files. What can be done with
 * the selection is LibraryActions' (the context menu); its results show on the message line above the view.
 *
 * The panel keeps the view mode and the filters between runs (saveState()) and selects the row of a job or a clip
 * when asked. The accessors below hand out the parts for the window and for tests.
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
    [[nodiscard]] StudioDelegate *delegate() const { return m_delegate; }
    [[nodiscard]] StudioModel *model() const { return m_model; }
    [[nodiscard]] LibraryFilterBar *filterBar() const { return m_filterBar; }
    [[nodiscard]] LibraryActions *actions() const { return m_actions; }
    [[nodiscard]] QLineEdit *searchEdit() const { return m_filterBar->searchEdit(); }
    [[nodiscard]] QComboBox *filterCombo() const { return m_filterBar->groupCombo(); }
    [[nodiscard]] QComboBox *projectCombo() const { return m_filterBar->projectCombo(); }
    [[nodiscard]] QComboBox *dateCombo() const { return m_filterBar->dateCombo(); }
    /// The plain-words message line above the view (errors and results of server actions).
    [[nodiscard]] QString message() const;

    /// Shows only the takes made from `first` to `last` (local days, both included) and selects the date filter's
    /// custom entry; the order of the two days does not matter.
    void setCustomDateRange(const QDate &first, const QDate &last) { m_filterBar->setCustomDateRange(first, last); }
    /// The date range dialog while it is open (the date filter's "Custom range…"), else nullptr.
    [[nodiscard]] QDialog *dateRangeDialog() const { return m_filterBar->dateRangeDialog(); }

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

    using Action = LibraryActions::Action;
    /// One of the context menu's actions; its enabled state follows the selection.
    [[nodiscard]] QAction *action(Action which) const { return m_actions->action(which); }
    /// The context menu, brought up to date with the current selection.
    [[nodiscard]] QMenu *contextMenu() { return m_actions->contextMenu(); }

    /// Opens the remix dialog for the clip at `proxyIndex` (an index of proxy()); nothing when it cannot be remixed.
    void remix(const QModelIndex &proxyIndex) { m_actions->remix(proxyIndex); }
    /// Opens the edit dialog for the clip at `proxyIndex` (an index of proxy()), with the cost first.
    void edit(const QModelIndex &proxyIndex) { m_actions->edit(proxyIndex); }
    /// Opens the extension dialog for the clip at `proxyIndex`: seconds, resulting length and cost first.
    void extend(const QModelIndex &proxyIndex) { m_actions->extend(proxyIndex); }
    /// Asks (showing the cost) whether to render the draft at `proxyIndex` again on the final model, then queues it.
    void renderFinal(const QModelIndex &proxyIndex) { m_actions->renderFinal(proxyIndex); }
    /// The remix, edit, extension or tags dialog while one is open (for tests and the window), else nullptr.
    [[nodiscard]] SourceJobDialog *sourceJobDialog() const { return m_actions->sourceJobDialog(); }
    [[nodiscard]] TagsDialog *tagsDialog() const { return m_actions->tagsDialog(); }
    /// The actions of the List and Grid buttons (Ctrl+1, Ctrl+2), for a View menu.
    [[nodiscard]] QAction *viewModeAction(ViewMode mode) const;

    /// Asks whether `count` clips may be deleted; the default shows a question box. Tests replace it.
    void setDeleteConfirmation(std::function<bool(int count)> confirm)
    {
        m_actions->setDeleteConfirmation(std::move(confirm));
    }
    /// Asks any other yes/no question (render final, delete on server, replace a file); default: a question box.
    void setConfirmation(std::function<bool(Action action, const QString &text)> confirm)
    {
        m_actions->setConfirmation(std::move(confirm));
    }
    /// Chooses where Save As writes, given a suggested path; empty cancels. Default: a file dialog.
    void setFileChooser(std::function<QString(const QString &suggested)> choose)
    {
        m_actions->setFileChooser(std::move(choose));
    }

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

    [[nodiscard]] QToolButton *makeModeButton(QAction *mode, const QString &name, const QString &accessibleName);
    void updateGridSize();
    void updateEmptyText();
    void showMessage(const QString &text, bool error);

    StudioModel *m_model;
    StudioFilterProxy *m_proxy;
    QString m_shownModelError; ///< the model's error the message shows, if it does
    LibraryFilterBar *m_filterBar;
    QAction *m_listAction;
    QAction *m_gridAction;
    QActionGroup *m_modes = nullptr;
    QLabel *m_message;
    StudioView *m_view;
    StudioDelegate *m_delegate;
    LibraryActions *m_actions = nullptr;
    ViewMode m_mode = ViewMode::List;
};

} // namespace Dailies
