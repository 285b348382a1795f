// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QIdentityProxyModel>
#include <QPointer>
#include <QStringList>
#include <utility>

#include "core/models/studiomodel.h"

namespace Dailies
{

class Library;

/**
 * The filters and the order the studio's views set, over a StudioModel. The proxy holds no rows of its own: each
 * setter hands the whole view to the model (StudioModel::setView), which lists it from the library in SQL a page at
 * a time, so a filter or a search costs the rows on screen, not the library. Rows pass through one to one.
 *
 * Filters, all of which must match: a group of rows (running jobs, done clips, jobs that ended without a clip,
 * favourites), a project, a creation date range and a search text (every word starts a word of the clip's prompt,
 * notes, tags or project; of a job's prompt or project). Each setter changes the view only when its value really
 * changes.
 *
 * Sorting: by creation, newest first (the default), or by prompt, cost or rating; rows that tie follow creation in
 * the same direction.
 */
class StudioFilterProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioFilterProxy)

public:
    using Group = StudioModel::Group;

    enum class SortKey { Created, Prompt, Cost, Rating };
    Q_ENUM(SortKey)

    /// Date ranges a person picks from a list; Custom is whatever setDateRange() was given.
    enum class DatePreset {
        AnyTime,
        Today, ///< since local midnight
        Last7Days, ///< today and the six days before it
        Last30Days, ///< today and the 29 days before it
        Custom,
    };
    Q_ENUM(DatePreset)

    /// `library` is not used any more and may be nullptr; kept so that callers need not change.
    explicit StudioFilterProxy(Library *library = nullptr, QObject *parent = nullptr);
    ~StudioFilterProxy() override;

    /// `model` must be a StudioModel (or nullptr); it is given the proxy's view at once.
    void setSourceModel(QAbstractItemModel *model) override;

    /// Only the rows of one group; All shows every row.
    void setGroup(Group group);
    [[nodiscard]] Group group() const { return m_view.group; }
    /// Only rows of this project (exact); empty: any.
    void setProject(const QString &project);
    [[nodiscard]] QString project() const { return m_view.project; }
    /// Only rows created at or after `from` and before `to`; an invalid bound is open. The preset becomes Custom
    /// (AnyTime when both bounds are open).
    void setDateRange(const QDateTime &from, const QDateTime &to);
    /// Sets the range of a preset as seen at `now` (local days); Custom keeps the current range.
    void setDatePreset(DatePreset preset, const QDateTime &now = QDateTime::currentDateTime());
    [[nodiscard]] DatePreset datePreset() const { return m_datePreset; }
    /// The [from, to) range of a preset at `now`: local midnights, `to` open. Both invalid for AnyTime and Custom.
    [[nodiscard]] static std::pair<QDateTime, QDateTime> rangeOf(DatePreset preset, const QDateTime &now);
    [[nodiscard]] QDateTime from() const { return m_view.from; }
    [[nodiscard]] QDateTime to() const { return m_view.to; }
    /// Words to search for, each the start of a word; empty: no search.
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_view.search; }

    /// Sorts by `key`; Created descending is the default.
    void setSortKey(SortKey key, Qt::SortOrder order = Qt::DescendingOrder);
    [[nodiscard]] SortKey sortKey() const { return m_sortKey; }

    /// How many searches the model ran for this proxy's views (for tests).
    [[nodiscard]] int searchQueries() const;
    /// How many times the view changed because a filter changed (for tests).
    [[nodiscard]] int filterInvalidations() const { return m_filterInvalidations; }

private:
    void apply(const StudioModel::View &view);

    QPointer<StudioModel> m_model;
    StudioModel::View m_view;
    DatePreset m_datePreset = DatePreset::AnyTime;
    SortKey m_sortKey = SortKey::Created;
    int m_filterInvalidations = 0;
};

} // namespace Dailies
