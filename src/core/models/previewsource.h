// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/jobs/failureexplanation.h"

namespace Dailies
{

class Clock;
class JobEngine;
class Library;

/**
 * What the preview shows of one studio row beyond StudioModel's roles, read in one place: the last server response,
 * the problem of a job in plain words, and the remix chain (ancestors, finished remixes, remixes still rendering).
 *
 * A small read-only value over the library and the job engine, made when it is needed; neither is owned and either
 * may be nullptr (a preview without a workspace): then only the sidecar beside the video answers. Nothing here
 * writes or emits.
 */
class PreviewSource final
{
public:
    /// How many ancestors remixChain() follows (a guard against a cycle in damaged data).
    static constexpr int kMaxChainDepth = 32;
    /// How many characters of a prompt excerpt() keeps, the ellipsis included.
    static constexpr int kExcerptLength = 60;

    /// One clip or job of a remix chain.
    struct RemixLink {
        qint64 clipId = 0; ///< the clip in the library; 0 for a remix that is still a job
        QString remoteId; ///< the provider's video id (empty for a job not yet sent)
        QString prompt;
    };

    /// The remix family of one clip, as far as the library and the engine know it.
    struct RemixChain {
        /// The remote id where the known ancestry stops: the oldest parent that is not in the library. Empty when
        /// the clip is no remix, or every ancestor up to kMaxChainDepth was found.
        QString missingParent;
        QList<RemixLink> ancestors; ///< oldest first, the direct parent last
        QList<RemixLink> remixes; ///< clips made from this one
        QList<RemixLink> rendering; ///< remixes of this one the engine is still working on

        /// Neither a parent (known or not) nor a remix.
        [[nodiscard]] bool isEmpty() const
        {
            return missingParent.isEmpty() && ancestors.isEmpty() && remixes.isEmpty() && rendering.isEmpty();
        }
    };

    /// Neither `engine` nor `library` is owned, and either may be nullptr; `clock` (nullptr: the system clock) dates
    /// the retry time of a job's problem.
    PreviewSource(const JobEngine *engine, const Library *library, const Clock *clock = nullptr);

    /// The provider's last Video object for a row: the clip's (`clipId` > 0, from the library) or else the job's
    /// (`jobId` > 0, from the engine); when that gives nothing, the `response` of the sidecar beside `videoPath`.
    /// Empty when none of them has one.
    [[nodiscard]] QJsonObject response(qint64 clipId, qint64 jobId, const QString &videoPath) const;

    /// Why job `jobId` failed, waits or needs attention (FailureExplanation::explain); empty for an unknown job, one
    /// without a problem, or without an engine.
    [[nodiscard]] FailureExplanation problem(qint64 jobId) const;

    /// The remix chain of the clip `remoteId` of `profile`, which remixes `parentRemoteId` (may be empty).
    /// Ancestors are looked up by remote id in the same profile; remixes still rendering are the engine's active
    /// jobs remixing `remoteId`.
    [[nodiscard]] RemixChain remixChain(
        const QString &profile, const QString &remoteId, const QString &parentRemoteId) const;

    /// The `response` object of the sidecar beside `videoPath` (`<base>.json`), or an empty object.
    [[nodiscard]] static QJsonObject sidecarResponse(const QString &videoPath);

    /// True for a job state name (StudioModel::StateRole) that is still on its way to a clip — waiting, submitting,
    /// queued, in progress or downloading — so its progress means something.
    [[nodiscard]] static bool isRendering(const QString &state);

    /// `prompt` on one line (whitespace simplified), cut to kExcerptLength characters with an ellipsis.
    [[nodiscard]] static QString excerpt(const QString &prompt);

private:
    const JobEngine *m_engine;
    const Library *m_library;
    const Clock *m_clock;
};

} // namespace Dailies
