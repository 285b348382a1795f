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
 * the problem of a job in plain words, the lineage (ancestors, the remixes, edits and extensions made from a clip,
 * those still rendering) and what an extension of a clip may add.
 *
 * A small read-only value over the library and the job engine, made when it is needed; neither is owned and either
 * may be nullptr (a preview without a workspace): then only the sidecar beside the video answers. Nothing here
 * writes or emits.
 */
class PreviewSource final
{
public:
    /// How many ancestors lineage() follows (a guard against a cycle in damaged data).
    static constexpr int kMaxChainDepth = 32;
    /// How many characters of a prompt excerpt() keeps, the ellipsis included.
    static constexpr int kExcerptLength = 60;

    /// One clip or job of a lineage.
    struct LineageLink {
        qint64 clipId = 0; ///< the clip in the library; 0 for one that is still a job
        QString remoteId; ///< the provider's video id (empty for a job not yet sent)
        QString prompt;
        /// How it was made from its parent: "remix", "edit" or "extend" (ClipRecord::origin, or the job's kind);
        /// empty for a create.
        QString origin;
        QString seconds; ///< its length (an extension's: the whole clip's), as the provider gives it
    };

    /// What a clip was made from and what was made from it, as far as the library and the engine know it.
    struct Lineage {
        /// The remote id where the known ancestry stops: the oldest parent that is not in the library. Empty when
        /// the clip was made from nothing, or every ancestor up to kMaxChainDepth was found.
        QString missingParent;
        QList<LineageLink> ancestors; ///< oldest first, the direct parent last (Library::ancestorsOf, reversed)
        QString origin; ///< how the clip itself was made (see LineageLink::origin)
        QList<LineageLink> children; ///< clips made from this one: remixes, edits and extensions, oldest first
        QList<LineageLink> rendering; ///< remixes, edits and extensions of this one the engine is still working on

        /// Neither a parent (known or not) nor a child.
        [[nodiscard]] bool isEmpty() const
        {
            return missingParent.isEmpty() && ancestors.isEmpty() && children.isEmpty() && rendering.isEmpty();
        }
    };

    /// What one more extension of a clip may add (the rule itself is the engine's, which refuses the rest).
    struct ExtensionPlan {
        struct Choice {
            int seconds = 0; ///< one of VideoApiClient::kExtensionSeconds
            int total = 0; ///< the clip's length after it
            bool allowed = false; ///< total stays within VideoApiClient::kMaxExtendedSeconds
        };
        int sourceSeconds = 0; ///< the clip's length now
        int number = 1; ///< which extension of the chain this one would be (1 for a clip made otherwise)
        int maxExtensions = 0; ///< VideoApiClient::kMaxExtensions
        int maxSeconds = 0; ///< VideoApiClient::kMaxExtendedSeconds
        QList<Choice> choices; ///< in the order of kExtensionSeconds

        /// The chain has had all its extensions.
        [[nodiscard]] bool tooMany() const { return number > maxExtensions; }
        /// Some choice is allowed and the chain may grow.
        [[nodiscard]] bool possible() const;
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

    /// The lineage of the clip `remoteId` of `profile`, which was made from `parentRemoteId` (may be empty).
    /// Ancestors are looked up by remote id in the same profile, as Library::ancestorsOf() does, so that a job's row
    /// (which has no clip yet) has its lineage too; children still rendering are the engine's active jobs made from
    /// `remoteId`.
    [[nodiscard]] Lineage lineage(const QString &profile, const QString &remoteId, const QString &parentRemoteId) const;

    /// What extending clip `clipId` may add: its length, which extension it would be, and each length with the
    /// total it makes. Without a library (or for a clip it lacks) the clip counts as 0 s long and unextended.
    [[nodiscard]] ExtensionPlan extensionPlan(qint64 clipId) const;
    /// The plan for a clip of `sourceSeconds` that `done` extensions led up to.
    [[nodiscard]] static ExtensionPlan extensionPlan(int sourceSeconds, int done);

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
