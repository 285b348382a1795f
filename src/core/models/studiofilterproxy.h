// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <utility>

namespace Dailies
{

class Library;

/**
 * Filters and sorts a StudioModel (any source model with its roles) for the studio's views.
 *
 * Filters, all of which must match: a group of rows (running jobs, done clips, jobs that ended without a clip,
 * favourites), a project, a creation date range and a search text. The search runs the library's full-text
 * search once per change of the text and keeps the matching clip ids; a job row (which has no clip yet) matches
 * when its prompt contains every word, ignoring case and accents, and so does a clip that appears after the search
 * ran (a job that just completed keeps matching). Each setter re-filters only when its value really changes.
 *
 * Sorting: by creation, newest first (the source's own order, so nothing is sorted), or by prompt, cost or
 * rating; rows that compare equal keep the source's order. The library is not owned and may be nullptr, in which
 * case clips are searched by prompt like jobs.
 */
class StudioFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioFilterProxy)

public:
    enum class Group {
        All,
        Running, ///< waiting, submitting, queued, in progress, downloading
        Done, ///< completed: clips
        Failed, ///< failed, expired, needing attention, cancelled
        Favourites,
    };
    Q_ENUM(Group)

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

    explicit StudioFilterProxy(Library *library, QObject *parent = nullptr);
    ~StudioFilterProxy() override;

    /// Also runs the current search again for the new rows.
    void setSourceModel(QAbstractItemModel *model) override;

    /// Only the rows of one group; All shows every row.
    void setGroup(Group group);
    [[nodiscard]] Group group() const { return m_group; }
    /// Only rows of this project (exact); empty: any.
    void setProject(const QString &project);
    [[nodiscard]] QString project() const { return m_project; }
    /// Only rows created at or after `from` and before `to`; an invalid bound is open. The preset becomes Custom
    /// (AnyTime when both bounds are open).
    void setDateRange(const QDateTime &from, const QDateTime &to);
    /// Sets the range of a preset as seen at `now` (local days); Custom keeps the current range.
    void setDatePreset(DatePreset preset, const QDateTime &now = QDateTime::currentDateTime());
    [[nodiscard]] DatePreset datePreset() const { return m_datePreset; }
    /// The [from, to) range of a preset at `now`: local midnights, `to` open. Both invalid for AnyTime and Custom.
    [[nodiscard]] static std::pair<QDateTime, QDateTime> rangeOf(DatePreset preset, const QDateTime &now);
    [[nodiscard]] QDateTime from() const { return m_from; }
    [[nodiscard]] QDateTime to() const { return m_to; }
    /// Words to search for; a trailing `*` makes a word a prefix. Empty: no search.
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_searchText; }

    /// Sorts by `key`; Created descending (the default) is the source's order.
    void setSortKey(SortKey key, Qt::SortOrder order = Qt::DescendingOrder);
    [[nodiscard]] SortKey sortKey() const { return m_sortKey; }

    /// How many full-text searches the proxy ran (for tests).
    [[nodiscard]] int searchQueries() const { return m_searchQueries; }
    /// How many times it re-filtered because a filter changed (for tests).
    [[nodiscard]] int filterInvalidations() const { return m_filterInvalidations; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    void runSearch();
    void noteLateClips(int first, int last);
    [[nodiscard]] bool matchesWords(const QString &text) const;
    [[nodiscard]] bool inGroup(const QModelIndex &index) const;

    QPointer<Library> m_library;
    Group m_group = Group::All;
    QString m_project;
    QDateTime m_from;
    QDateTime m_to;
    DatePreset m_datePreset = DatePreset::AnyTime;
    QString m_searchText;
    QStringList m_words; ///< the search text's words, case- and accent-folded
    QSet<qint64> m_searchIds; ///< clips the full-text search found
    QSet<qint64> m_lateClips; ///< clips that appeared after the search ran
    SortKey m_sortKey = SortKey::Created;
    QList<QMetaObject::Connection> m_sourceConnections;
    int m_searchQueries = 0;
    int m_filterInvalidations = 0;
};

} // namespace Dailies
