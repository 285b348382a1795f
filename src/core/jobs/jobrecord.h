// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

#include "core/api/video.h"

namespace Dailies
{

/**
 * The life of a job (DESIGN.md §2). Every transition is written to the database before the request it announces
 * leaves, so a crash at any point leaves a state the engine can resume from.
 */
enum class JobState {
    Draft, ///< saved, not queued
    Waiting, ///< in the local queue
    Submitting, ///< the create is (about to be) on its way; its outcome is unknown until answered
    Queued, ///< the provider accepted it and has not started
    InProgress,
    Downloading, ///< finished remotely; files coming into the library
    Completed, ///< in the library
    Failed,
    Cancelled,
    Expired, ///< finished, but its files expired before they could be fetched
    NeedsAttention, ///< an outcome that cannot be known without the user (a lost create, a stuck job)
};

[[nodiscard]] QString toString(JobState state);
[[nodiscard]] std::optional<JobState> jobStateFromString(const QString &text);
/// Completed, Failed, Cancelled, Expired and NeedsAttention: the engine no longer works on it.
[[nodiscard]] bool isTerminal(JobState state);
/// Submitting, Queued, InProgress and Downloading: it holds one of the profile's concurrency slots.
[[nodiscard]] bool isInFlight(JobState state);

/// What a job asks the provider for. Remix, edit and extension start from a completed video (`sourceId`).
enum class JobKind {
    Create, ///< `POST /videos`
    Remix, ///< `POST /videos/{id}/remix` (legacy; edits replace it)
    Edit, ///< `POST /videos/edits`
    Extend, ///< `POST /videos/extensions`: the source followed by `request.seconds` more
};

[[nodiscard]] QString toString(JobKind kind);
[[nodiscard]] std::optional<JobKind> jobKindFromString(const QString &text);

/// One row of the `jobs` table.
struct JobRecord {
    Q_DECLARE_TR_FUNCTIONS(Dailies::JobRecord)

public:
    qint64 id = 0;
    QString batch; ///< one submit; its variations share it
    int variation = 0;
    QString profile;
    JobState state = JobState::Waiting;
    double position = 0; ///< order in the queue (smaller first)
    JobKind kind = JobKind::Create;
    /// For a remix or an edit only `prompt` matters; an extension has `prompt` and `seconds` (the length it adds)
    /// and the source's model and size (for the price).
    Api::CreateVideoRequest request;
    QString sourceId; ///< remote id of the video a remix, edit or extension starts from (column `remix_of`)
    QString draftOf; ///< remote id of the draft this job renders again on the final model ("Render final")
    QString project;
    QString remoteId;
    QString remoteStatus;
    int progress = 0;
    QDateTime createdAt;
    QDateTime submittedAt;
    QDateTime remoteCreatedAt;
    QDateTime finishedAt;
    QDateTime expiresAt;
    QDateTime lastChangeAt; ///< when progress or status last moved (stuck detection)
    int attempts = 0;
    QDateTime notBefore; ///< do not act on it before this time (back-off)
    QString libraryBase; ///< the file name planned for its clip (crash-safe hand-over)
    QString errorKind;
    QString errorCode;
    QString errorMessage;
    QString requestId;
    QJsonObject response; ///< the provider's last Video object
    std::optional<double> estimatedCost;
    qint64 clipId = 0;
    /// The engine (EngineLease::id()) that holds the claim on this job: it alone sends, polls, downloads and commits
    /// it. Empty: nobody (a waiting job, or one whose engine handed it back when it closed).
    QString owner;
    /// Another process asked the owner to cancel the job (the owner carries it out; see JobEngine::cancel).
    bool cancelRequested = false;
    /// The order of the row's last change in the database (JobStore::changedSince); set by reads only.
    qint64 rev = 0;

    [[nodiscard]] QJsonObject requestJson() const;
    void setError(const QString &kind, const QString &code, const QString &message, const QString &requestId = {});
    void clearError();
};

} // namespace Dailies
