// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the files that implement JobEngine (jobengine*.cpp); not part of its interface.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <algorithm>
#include <optional>
#include <utility>

#include "core/api/apicall.h"
#include "core/api/apierror.h"
#include "core/api/downloadcall.h"
#include "core/jobs/jobengine.h"

namespace Dailies
{

/// What the engine holds in memory for a job it works on: the calls in flight and when to look again.
struct JobEngine::Runtime {
    QPointer<Api::ApiCall> call; ///< the create, poll or reconciliation in flight
    QList<QPointer<Api::DownloadCall>> downloads;
    qint64 nextCheckMs = 0; ///< monotonic time of the next poll
    int downloadsPending = 0;
    bool videoDone = false;
    Api::ApiError videoError;
    bool cancelRequested = false;
};

/// One round of polling a profile's jobs through its list of videos, newest first, a page at a time.
struct JobEngine::ListRound {
    QString profile;
    QSet<qint64> unseen; ///< due jobs no page has shown yet
    QHash<QString, qint64> byVideo; ///< the profile's running jobs when the round began, by remote id
    /// The due jobs whose video's creation time is known, oldest first (seen ones are skipped from `oldest` on).
    QList<std::pair<qint64, qint64>> byAge;
    qsizetype oldest = 0;
    int unknownAge = 0; ///< due jobs without a known creation time still unseen
    int pages = 0;

    /// When the oldest due job still unseen was created (ms since the epoch); nullopt when none is or one is of
    /// unknown age.
    std::optional<qint64> oldestUnseen()
    {
        while (oldest < byAge.size() && !unseen.contains(byAge.at(oldest).second))
            ++oldest;
        if (unknownAge > 0 || oldest == byAge.size())
            return std::nullopt;
        return byAge.at(oldest).first;
    }
};

/// What one pass of the scheduler found due next, on the monotonic clock (-1: nothing).
struct JobEngine::WakeUp {
    qint64 now = 0; ///< monotonic
    QDateTime wallNow;
    qint64 at = -1;
    void noLaterThan(qint64 t) { at = at < 0 ? t : std::min(at, t); }
    /// A wall-clock moment on the monotonic clock (the past counts as now).
    [[nodiscard]] qint64 fromWall(const QDateTime &t) const { return now + std::max<qint64>(0, wallNow.msecsTo(t)); }
};

namespace EngineDetail
{
/// Videos per page of the list a poll reads (the API's most).
inline constexpr int kListPageSize = 100;
/// Pages one round of polling reads at most (20,000 videos); running jobs beyond are asked for alone.
inline constexpr int kMaxListPages = 200;
/// What identifies a take's reference image: its bytes, or its URL or file id (empty without one).
QByteArray referenceDigest(const Api::CreateVideoRequest &request);
/// What makes two creates the same take, apart from the profile (ClipRecord::settingsKeyFor with the digest).
QString settingsKeyOf(const Api::CreateVideoRequest &request);
/// A provider that does not serve `GET /videos` at all (some gateways): 404 or 405 on the list itself.
inline bool listNotServed(const Api::ApiError &error)
{
    return error.httpStatus == 404 || error.httpStatus == 405;
}
/// Clip length in seconds as a number, for cost and for guessing how long a job takes.
double secondsOf(const JobRecord &job);
} // namespace EngineDetail

} // namespace Dailies
