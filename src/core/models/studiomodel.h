// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QCache>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <memory>
#include <vector>

#include "core/jobs/jobrecord.h"
#include "core/library/cliprecord.h"
#include "core/library/clipsummary.h"
#include "core/library/library.h"

namespace Dailies
{

class Clock;
class JobEngine;
class Library;

/**
 * The studio's centre list: the engine's jobs and the library's clips in one flat list, in the order and under the
 * filter of its View (newest first, everything, by default). A job is a row from the moment it is submitted; when it
 * completes, that same row becomes its clip (it keeps its place and changes through dataChanged, never remove +
 * insert). Jobs that ended without a clip (failed, cancelled, expired, needing attention) stay as rows; clips no job
 * of this database made (imported, rebuilt) are rows of their own.
 *
 * Its cost is the screen, not the library: clips are read a page at a time (Library::clipPage, an indexed keyset
 * query in the view's order, filtered and searched in SQL) and the view asks for the next page as it scrolls
 * (canFetchMore/fetchMore). The jobs the engine lists are few and all in memory; a job row is shown once the pages
 * read so far reach its place, so rows are always in order and a page only ever adds rows at the end. A clip row
 * holds a ClipSummary; the full ClipRecord behind the other roles is read when a role asks for it and kept in a
 * small cache.
 *
 * Updates are incremental and coalesced: the engine's jobChanged and the library's clipChanged only mark a row and
 * the roles whose value changed; one single-shot timer (started only when something is marked, so none runs while
 * nothing happens) then emits one dataChanged per run of adjacent rows with the same changed roles. A row that
 * stops matching the view is removed and one that starts matching is inserted at its place (when the pages read so
 * far reach it). A change of view is one layout change that keeps every persistent index (the selection, the
 * current row) whose row is still listed; the model is reset only by reload().
 *
 * The engine and the library are not owned and may be destroyed first; the engine may be nullptr (a library-only
 * list). Roles that do not apply to a row (a job's thumbnail, a clip's error) give an invalid QVariant.
 */
class StudioModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< Kind
        JobIdRole, ///< qint64: the job, also on the clip it made; invalid when none
        ClipIdRole, ///< qint64; invalid while the row is a job
        StateRole, ///< QString: the job state's name ("in_progress", "completed", …)
        StatusTextRole, ///< QString for people, translated ("Rendering 40 %")
        ProgressRole, ///< int 0..100
        PromptRole, ///< QString: the whole prompt
        ModelRole,
        SizeRole,
        SecondsRole, ///< QString, as the provider gives it
        ProfileRole,
        ProjectRole,
        FavouriteRole, ///< bool (clips)
        RatingRole, ///< int 0..5 (clips)
        TagsRole, ///< QStringList (clips)
        CostRole, ///< double, or invalid when unknown (a job's estimate, a clip's price)
        ThumbnailPathRole, ///< QString: an absolute file path (clips that have one)
        VideoPathRole, ///< QString: an absolute file path (clips)
        CreatedAtRole, ///< QDateTime UTC: when the provider created the video (before that, when it was queued)
        SubmittedAtRole, ///< QDateTime UTC
        CompletedAtRole, ///< QDateTime UTC: when it completed (a job: when it ended)
        ElapsedRole, ///< qint64 ms from submission to completion; for a running job, as of its last change
        ErrorRole, ///< QString: why a job failed or waits
        RemoteIdRole, ///< QString: the provider's video id
        ParentRemoteIdRole, ///< QString: the video a remix starts from
        DraftRemoteIdRole, ///< QString: the draft a final render re-renders ("Render final")
        ExpiresAtRole, ///< QDateTime UTC: when the provider drops the video's assets (remix needs it alive)
    };
    Q_ENUM(Role)

    enum class Kind { Job, Clip };
    Q_ENUM(Kind)

    /// Which rows a view lists (all of its filters must match).
    enum class Group {
        All,
        Running, ///< waiting, submitting, queued, in progress, downloading
        Done, ///< completed: clips
        Failed, ///< failed, expired, needing attention, cancelled
        Favourites,
    };
    Q_ENUM(Group)

    /// What the list shows and in which order.
    struct View {
        Group group = Group::All;
        QString project; ///< exact; empty: any
        QDateTime from; ///< created at or after; invalid: open
        QDateTime to; ///< created before; invalid: open
        /// Words that must all start a word of the prompt, notes, tags or project (the full-text index for clips;
        /// the same rule over the prompt and project for jobs), ignoring case and accents.
        QString search;
        ClipOrder order = ClipOrder::Created;
        bool ascending = false; ///< rows that tie in the order's value follow creation in the same direction
        friend bool operator==(const View &, const View &) = default;
    };

    /// How many jobs that ended without a clip reload() shows, newest first.
    static constexpr int kDefaultTerminalJobLimit = 500;
    /// How many clips one page (one query) reads after the first.
    static constexpr int kDefaultPageSize = 200;
    /// How many clips the first page of a view reads: a tall screen of rows (26 rows of the list at 2160 pixels).
    /// Every character typed into the search reads a first page, so it costs what the screen shows; a view that shows
    /// the last row asks for the next page itself (QAbstractItemView calls fetchMore).
    static constexpr int kDefaultFirstPageSize = 64;
    /// How long changes are collected before one round of dataChanged.
    static constexpr int kFlushIntervalMs = 50;

    /// Neither `engine` (may be nullptr) nor `library` is owned; `clock` (nullptr: the system clock) dates the
    /// elapsed time of running jobs. The model is empty until reload().
    StudioModel(JobEngine *engine, Library *library, Clock *clock = nullptr, QObject *parent = nullptr);
    ~StudioModel() override;

    /// How many ended jobs without a clip the next reload() loads (at least 0).
    void setTerminalJobLimit(int limit);
    [[nodiscard]] int terminalJobLimit() const { return m_terminalJobLimit; }

    /// The words of a search as the view matches them: case- and accent-folded, split at everything that is not a
    /// letter or a digit (so `*` and quotes are not words).
    [[nodiscard]] static QStringList searchWords(const QString &text);

    /// How many clips a page reads (at least 1), the first page of a view included; for the next page on.
    void setPageSize(int clips);
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    /// How many clips the first page of a view reads (at least 1); for the next view on.
    void setFirstPageSize(int clips);
    [[nodiscard]] int firstPageSize() const { return m_firstPageSize; }

    /// Loads the unfinished jobs, the newest ended jobs without a clip and the first page of clips, in one model
    /// reset. Meant for start-up; everything after that arrives incrementally.
    void reload();

    /// Lists rows under `view` from its first page on: one layout change (persistent indexes of rows still listed
    /// follow them); nothing happens when the view is the same.
    void setView(const View &view);
    [[nodiscard]] const View &view() const { return m_view; }

    /// Whether pages are left to read (the view asks when it scrolls to the end).
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    /// Reads the next page; its clips and the jobs that fall between them are inserted at the end in one go.
    void fetchMore(const QModelIndex &parent) override;

    /// Reads pages until the job's or clip's row is listed and returns it; -1 when the view does not list it.
    int revealJob(qint64 jobId);
    int revealClip(qint64 clipId);

    /// Why the last page could not be read (a damaged search index), for a person; empty when it was.
    [[nodiscard]] QString lastError() const { return m_lastError; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The row showing a job (or the clip it became), or -1.
    [[nodiscard]] int rowForJob(qint64 jobId) const;
    /// The row showing a clip, or -1.
    [[nodiscard]] int rowForClip(qint64 clipId) const;
    /// The projects of every clip in the library and of the listed jobs, sorted (case-insensitively), without the
    /// empty one.
    [[nodiscard]] QStringList projects() const;

    /// Clips with a video file can be dragged out; everything else is only selectable.
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// `text/uri-list` (the video files) and `text/plain` (the prompts).
    [[nodiscard]] QStringList mimeTypes() const override;
    /// The video files of the clips among `indexes` as file URLs (text/uri-list) and their prompts as text;
    /// nullptr when none of them has a file.
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;
    [[nodiscard]] Qt::DropActions supportedDragActions() const override;

    /// Changes waiting for the coalescing timer (for tests: false once they are out).
    [[nodiscard]] bool hasPendingChanges() const { return !m_dirty.isEmpty(); }
    /// How many dataChanged signals the model has emitted (for tests and benchmarks).
    [[nodiscard]] int dataChangedSignals() const { return m_dataChangedSignals; }
    /// How many model resets it has done.
    [[nodiscard]] int resets() const { return m_resets; }
    /// How many pages it has read from the library, and how many of those searched (for tests and benchmarks).
    [[nodiscard]] int pageQueries() const { return m_pageQueries; }
    [[nodiscard]] int searchQueries() const { return m_searchQueries; }

Q_SIGNALS:
    /// lastError() changed (a page could not be read, or could again).
    void errorChanged(const QString &error);

private:
    // The place of a row in the view's order: the order's value (`number` for cost and rating, `text` for the
    // prompt, compared as SQLite's NOCASE does), then the creation time, then `tie` (a clip's id; minus a job's id).
    // Fixed when the row is made, so that a row can be found by binary search while indexes shift.
    struct Key {
        double number = 0;
        QByteArray text;
        qint64 time = 0;
        qint64 tie = 0;
    };

    struct Row {
        Key key;
        qint64 jobId = 0; ///< the job shown, or the job the clip came from in this session
        ClipSummary clip; ///< clip.id == 0 while the row is a job
        QString excerpt; ///< the display text
    };

    // What a job row shows; the engine's record plus the elapsed time when it was taken.
    struct JobSnapshot {
        JobRecord job;
        std::optional<qint64> elapsedMs;
    };

    using Rows = std::vector<std::unique_ptr<Row>>;

    void onJobAdded(qint64 id);
    void onJobChanged(qint64 id);
    void onClipAdded(qint64 id);
    void onClipChanged(qint64 id);
    void onClipRemoved(qint64 id);

    [[nodiscard]] std::optional<JobSnapshot> snapshot(qint64 jobId) const;
    [[nodiscard]] std::optional<qint64> elapsedOf(const JobRecord &job) const;
    void insertJobRow(qint64 jobId, bool atTop);
    void insertRow(std::unique_ptr<Row> row);
    /// Finds `row` by its clip (or, while it is a job, by its job) from now on.
    void noteRow(Row *row);
    void removeRowAt(int index);
    void convertToClip(Row *row, const ClipRecord &clip);
    void markDirty(const Row *row, quint32 roles);
    void flush();

    // Paging (studiomodel_pages.cpp).
    [[nodiscard]] ClipPageQuery pageQuery() const;
    [[nodiscard]] QList<ClipSummary> readPage();
    /// The first page of the view, with the jobs it reaches; with `reach`, pages on until a row at `reach` would be
    /// listed (at most ModelDetail::kKeptRowPages more).
    [[nodiscard]] Rows firstRows(const std::optional<Key> &reach = std::nullopt);
    /// The place, in the current view's order, of the row furthest down that a persistent index points at.
    [[nodiscard]] std::optional<Key> persistentReach() const;
    /// Adds to `rows` the jobs that match the view and whose place the pages read reach; with `skipListed`, only
    /// those not listed yet.
    void addReachedJobs(Rows *rows, bool skipListed) const;
    [[nodiscard]] bool isShown(const Key &key) const;
    [[nodiscard]] bool acceptsJob(const JobRecord &job) const;
    [[nodiscard]] bool acceptsClip(const ClipRecord &clip) const;
    void setError(const QString &error);
    /// Lists `rows` instead, moving the persistent indexes with their rows, and emits layoutChanged (the caller has
    /// emitted layoutAboutToBeChanged).
    void relayout(Rows rows);

    [[nodiscard]] bool isBefore(const Key &a, const Key &b) const;
    [[nodiscard]] int indexOf(const Row *row) const;
    [[nodiscard]] Key jobKey(const JobRecord &job) const;
    [[nodiscard]] Key clipKey(const ClipSummary &clip) const;
    [[nodiscard]] std::unique_ptr<Row> jobRow(const JobRecord &job) const;
    [[nodiscard]] std::unique_ptr<Row> clipRow(ClipSummary summary);
    [[nodiscard]] static ClipSummary summaryOf(const ClipRecord &clip);
    [[nodiscard]] const ClipRecord *details(qint64 clipId) const;
    [[nodiscard]] QString intern(const QString &text);

    [[nodiscard]] QVariant jobData(const JobSnapshot &snapshot, const Row &row, int role) const;
    /// `clip` is the full record, needed only by the roles the summary lacks (nullptr otherwise).
    [[nodiscard]] QVariant clipData(const Row &row, const ClipRecord *clip, int role) const;
    [[nodiscard]] quint32 changedJobRoles(const JobSnapshot &before, const JobSnapshot &after, const Row &row) const;

    QPointer<JobEngine> m_engine;
    QPointer<Library> m_library;
    Clock *m_clock;
    int m_terminalJobLimit = kDefaultTerminalJobLimit;

    View m_view;
    int m_pageSize = kDefaultPageSize;
    int m_firstPageSize = kDefaultFirstPageSize;
    QStringList m_words; ///< the search's words, case- and accent-folded
    std::optional<ClipSummary> m_lastClip; ///< where the pages read so far end
    bool m_exhausted = true; ///< every page is read
    bool m_fetching = false; ///< inside fetchMore() or setView(): no page is added
    QString m_lastError;

    Rows m_rows;
    QHash<qint64, Row *> m_byJob; ///< listed rows that are (or were, in this session) jobs
    QHash<qint64, Row *> m_byClip;
    QHash<qint64, JobSnapshot> m_jobs; ///< every job the engine lists, listed as a row or not (yet)
    QSet<QString> m_strings; ///< project names, shared by every row that has them
    mutable QCache<qint64, ClipRecord> m_details;

    QHash<const Row *, quint32> m_dirty; ///< row → role bits
    QTimer m_flushTimer;
    int m_dataChangedSignals = 0;
    int m_resets = 0;
    int m_pageQueries = 0;
    int m_searchQueries = 0;
};

} // namespace Dailies
