// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace Dailies::Mock
{

/**
 * One video job of the demo server. Its status is never stored: it is derived from the clock (created + simulated
 * generation time), so no timer runs for a job, and a job continues correctly across a restart.
 */
struct VideoJob {
    enum class Render { Pending, Done, Failed };

    /// What the job looks like at one moment.
    struct State {
        QString status;
        int progress = 0;
        /// Unix seconds; 0 when not completed.
        qint64 completedAt = 0;
        qint64 expiresAt = 0;
        QString errorCode;
        QString errorMessage;
        /// Milliseconds until the job should finish, for `openai-poll-after-ms`.
        qint64 remainingMs = 0;

        [[nodiscard]] bool isFinished() const { return status == u"completed" || status == u"failed"; }
    };

    QString id;
    QString model;
    QString prompt;
    QString size;
    QString seconds;
    /// The source of a remix, an edit or an extension (`remixed_from_video_id`, the Video object's only lineage
    /// field); empty for a create.
    QString remixedFromId;
    /// Extensions in the chain that made this clip: the source's count + 1 for an extension; an edit or a remix keeps
    /// its source's count (the clip is as long and as stitched as before); 0 for a create.
    int extensionCount = 0;
    /// An extension only: the length of the source, whose frames open the clip; `seconds` is the stitched total.
    int sourceSeconds = 0;
    qint64 createdMs = 0;
    /// The simulated generation time, already scaled.
    qint64 durationMs = 0;
    /// Lifetime of the assets after completion, already scaled, whole seconds (at least 1).
    qint64 ttlSeconds = 3600;
    /// The job stays in_progress at 99 % forever (`stuck` fault).
    bool stuck = false;
    /// A planned failure (moderation at job time): it fails half-way with this code and message.
    QString plannedErrorCode;
    QString plannedErrorMessage;

    Render render = Render::Pending;
    qint64 renderDoneMs = 0;
    QString renderError;

    [[nodiscard]] int width() const;
    [[nodiscard]] int height() const;
    [[nodiscard]] int durationSeconds() const;

    [[nodiscard]] State stateAt(qint64 nowMs) const;
    /// The Video object of the API (all 13 keys) at `nowMs`.
    [[nodiscard]] QJsonObject toVideoObject(qint64 nowMs) const;

    /// The record kept on disk.
    [[nodiscard]] QJsonObject toStorage() const;
    [[nodiscard]] static std::optional<VideoJob> fromStorage(const QJsonObject &object);
};

} // namespace Dailies::Mock
