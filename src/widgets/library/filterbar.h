// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QPointer>
#include <QWidget>

#include "core/models/studiofilterproxy.h"

class QComboBox;
class QDialog;
class QHBoxLayout;
class QLineEdit;

namespace Dailies
{
class StudioModel;

/**
 * The two rows above the library's view: a search box that searches prompts as you type, then filters by group
 * (all, running, done, failed, favourites), project (the model's projects, kept up to date) and date (today, the
 * last 7 or 30 days, or a custom range of days chosen in a small dialog). Each control sets the StudioFilterProxy
 * directly; neither the model nor the proxy is owned.
 */
class LibraryFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryFilterBar)

public:
    LibraryFilterBar(StudioModel *model, StudioFilterProxy *proxy, QWidget *parent = nullptr);
    ~LibraryFilterBar() override = default;

    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] QComboBox *groupCombo() const { return m_filter; }
    [[nodiscard]] QComboBox *projectCombo() const { return m_project; }
    [[nodiscard]] QComboBox *dateCombo() const { return m_date; }
    /// Puts `widget` at the end of the search row (the view mode buttons).
    void addToSearchRow(QWidget *widget);

    /// Shows only the takes made from `first` to `last` (local days, both included) and selects the date filter's
    /// custom entry; the order of the two days does not matter.
    void setCustomDateRange(const QDate &first, const QDate &last);
    /// The date range dialog while it is open (the date filter's "Custom range…"), else nullptr.
    [[nodiscard]] QDialog *dateRangeDialog() const;
    /// Clears the search and every filter.
    void showEverything();

    /// The filters in force, for the window to keep between runs (the search is not kept).
    struct State {
        StudioFilterProxy::Group group = StudioFilterProxy::Group::All;
        QString project;
        StudioFilterProxy::DatePreset date = StudioFilterProxy::DatePreset::AnyTime;
        QDate first; ///< the custom range, when `date` is Custom
        QDate last;
    };
    [[nodiscard]] State state() const;
    /// Whether restore() understands `state` (a group and a date filter this version offers).
    [[nodiscard]] bool canRestore(const State &state) const;
    void restore(const State &state);

private:
    void chooseDateRange();
    void updateProjects();

    StudioModel *m_model;
    StudioFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_filter;
    QComboBox *m_project;
    QComboBox *m_date;
    QHBoxLayout *m_searchRow;
    QPointer<QDialog> m_rangeDialog;
    int m_dateIndex = 0; ///< the date filter's entry in force (the combo shows Custom while its dialog is open)
    QDate m_rangeFirst;
    QDate m_rangeLast;
};

} // namespace Dailies
