// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QWidget>
#include <functional>

class QAction;
class QComboBox;
class QMenu;
class QLineEdit;
class QListView;

namespace Dailies
{
class JobEngine;
class Library;
class StudioFilterProxy;
class StudioModel;

/**
 * The centre of the studio: one list over the jobs and the clips (StudioModel through StudioFilterProxy), a search
 * box that searches prompts as you type and a filter (all, running, done, failed, favourites). A context menu (right
 * click, the Menu key, Shift+F10) acts on the selected rows: open, reveal, copy the prompt (Ctrl+C), reuse the
 * settings, retry, cancel, favourite (F) and delete locally (Delete), each enabled only where it applies.
 */
class LibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPanel)

public:
    /// Neither the engine nor the library is owned.
    LibraryPanel(JobEngine *engine, Library *library, QWidget *parent = nullptr);
    ~LibraryPanel() override;

    [[nodiscard]] QListView *view() const { return m_view; }
    [[nodiscard]] StudioFilterProxy *proxy() const { return m_proxy; }
    [[nodiscard]] StudioModel *model() const { return m_model; }
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] QComboBox *filterCombo() const { return m_filter; }
    /// Selects the row of a job (or the clip it became); false when it is not shown.
    bool selectJob(qint64 jobId);
    /// The current row in the proxy, or an invalid index.
    [[nodiscard]] QModelIndex currentIndex() const;

    enum class Action { Open, Reveal, CopyPrompt, ReuseSettings, Retry, Cancel, Favourite, Delete };
    /// One of the context menu's actions; its enabled state follows the selection.
    [[nodiscard]] QAction *action(Action which) const;
    /// The context menu, rebuilt for the current selection.
    [[nodiscard]] QMenu *contextMenu();
    /// Asks whether `count` clips may be deleted; the default shows a question box. Tests replace it.
    void setDeleteConfirmation(std::function<bool(int count)> confirm);

Q_SIGNALS:
    /// The current row changed (an index of proxy()), or its data did.
    void currentChanged(const QModelIndex &index);
    /// Reuse settings: the compose panel should take these.
    void reuseSettingsRequested(
        const QString &prompt, const QString &model, const QString &size, const QString &seconds);

private:
    [[nodiscard]] QModelIndexList selectedRows() const;
    [[nodiscard]] QAction *makeAction(Action which, const QString &text, const QKeySequence &shortcut);
    void updateActions();
    void showContextMenu(const QPoint &position);
    void open(bool folder);
    void copyPrompt();
    void reuseSettings();
    void retry();
    void cancel();
    void setFavourite(bool favourite);
    void deleteLocally();

    JobEngine *m_engine;
    Library *m_library;
    StudioModel *m_model;
    StudioFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_filter;
    QListView *m_view;
    QMenu *m_menu;
    QList<QAction *> m_actions;
    std::function<bool(int count)> m_confirmDelete;
};

} // namespace Dailies
