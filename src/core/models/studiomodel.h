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

namespace Dailies
{

class Clock;
class JobEngine;
class Library;

/**
 * The studio's centre list: the engine's jobs and the library's clips in one flat list, newest first. A job is a
 * row from the moment it is submitted; when it completes, that same row becomes its clip (it keeps its place and
 * changes through dataChanged, never remove + insert). Jobs that ended without a clip (failed, cancelled, expired,
 * needing attention) stay as rows; clips no job of this database made (imported, rebuilt) are rows of their own.
 *
 * Built for large libraries: a clip row holds a ClipSummary (ids, time, cost, rating, favourite, project and a
 * prompt excerpt), loaded for the whole library in one query; the full ClipRecord behind the other roles (paths,
 * tags, full prompt, …) is read from the Library when a role asks for it and kept in a small cache.
 *
 * Updates are incremental and coalesced: the engine's jobChanged and the library's clipChanged only mark a row and
 * the roles whose value changed; one single-shot timer (started only when something is marked, so none runs while
 * nothing happens) then emits one dataChanged per run of adjacent rows with the same changed roles. Rows are
 * inserted and removed with beginInsertRows/beginRemoveRows; the model is reset only by reload().
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

    /// How many jobs that ended without a clip reload() shows, newest first.
    static constexpr int kDefaultTerminalJobLimit = 500;
    /// How long changes are collected before one round of dataChanged.
    static constexpr int kFlushIntervalMs = 50;

    /// Neither `engine` (may be nullptr) nor `library` is owned; `clock` (nullptr: the system clock) dates the
    /// elapsed time of running jobs. The model is empty until reload().
    StudioModel(JobEngine *engine, Library *library, Clock *clock = nullptr, QObject *parent = nullptr);
    ~StudioModel() override;

    /// How many ended jobs without a clip the next reload() loads (at least 0).
    void setTerminalJobLimit(int limit);
    [[nodiscard]] int terminalJobLimit() const { return m_terminalJobLimit; }

    /// Loads every clip, the unfinished jobs and the newest ended jobs without a clip, in one model reset. Meant for
    /// start-up; everything after that arrives incrementally.
    void reload();

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The row showing a job (or the clip it became), or -1.
    [[nodiscard]] int rowForJob(qint64 jobId) const;
    /// The row showing a clip, or -1.
    [[nodiscard]] int rowForClip(qint64 clipId) const;
    /// The projects of the rows, sorted (case-insensitively), without the empty one.
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

private:
    // The place of a row: newest first by `time` (ms), then by `seq`, unique per row and never changed, so that a
    // row can be found by binary search while indexes shift.
    struct Key {
        qint64 time = 0;
        qint64 seq = 0;
        friend bool operator==(const Key &a, const Key &b) { return a.time == b.time && a.seq == b.seq; }
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept { return qHashMulti(seed, key.time, key.seq); }
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

    void onJobAdded(qint64 id);
    void onJobChanged(qint64 id);
    void onClipAdded(qint64 id);
    void onClipChanged(qint64 id);
    void onClipRemoved(qint64 id);

    [[nodiscard]] std::optional<JobSnapshot> snapshot(qint64 jobId) const;
    [[nodiscard]] std::optional<qint64> elapsedOf(const JobRecord &job) const;
    void insertJobRow(JobSnapshot snapshot, bool atTop);
    void insertRow(std::unique_ptr<Row> row);
    void removeRowAt(int index);
    void convertToClip(const Key &key, const ClipRecord &clip);
    void markDirty(const Key &key, quint32 roles);
    void flush();

    [[nodiscard]] static bool isBefore(const Key &a, const Key &b);
    [[nodiscard]] int indexOf(const Key &key) const;
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

    std::vector<std::unique_ptr<Row>> m_rows;
    QHash<qint64, Key> m_byJob; ///< rows that are (or were, in this session) jobs
    QHash<qint64, Key> m_byClip;
    QHash<qint64, JobSnapshot> m_jobs; ///< the job rows' data
    QSet<QString> m_strings; ///< project names, shared by every row that has them
    mutable QCache<qint64, ClipRecord> m_details;
    qint64 m_nextSeq = 1;

    QHash<Key, quint32> m_dirty; ///< row → role bits
    QTimer m_flushTimer;
    int m_dataChangedSignals = 0;
    int m_resets = 0;
};

} // namespace Dailies
