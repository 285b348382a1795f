// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QWidget>

class QComboBox;
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
 * box that searches prompts as you type and a filter (all, running, done, failed, favourites).
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

Q_SIGNALS:
    /// The current row changed (an index of proxy()), or its data did.
    void currentChanged(const QModelIndex &index);

private:
    StudioModel *m_model;
    StudioFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_filter;
    QListView *m_view;
};

} // namespace Dailies
