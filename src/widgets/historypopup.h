// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLineEdit;
class QListWidget;

namespace Dailies
{

class PromptHistory;

/**
 * The drop-down of the History button: a filter line over the recent prompts (newest first, every word must
 * match). Enter or a click chooses one (chosen()); Escape closes. The history (not owned) is read each time the
 * popup opens or the filter changes.
 */
class HistoryPopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPopup)

public:
    HistoryPopup(PromptHistory *history, QWidget *parent);
    ~HistoryPopup() override;

    /// Fills the list and shows the popup under `anchor`, with the filter focused.
    void popup(QWidget *anchor);
    [[nodiscard]] QLineEdit *filter() const { return m_filter; }
    [[nodiscard]] QListWidget *list() const { return m_list; }
    /// Reads the history again with the current filter.
    void refresh();

Q_SIGNALS:
    void chosen(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(int row);

    PromptHistory *m_history;
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace Dailies
