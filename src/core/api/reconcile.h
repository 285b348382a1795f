// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSet>
#include <QString>
#include <optional>

#include "core/api/video.h"

namespace Dailies::Api
{

/**
 * Finds the job a create whose answer was lost most likely made: a video in `page` with the same prompt, model,
 * size and seconds, created no earlier than `sentAt` minus a clock-skew allowance and not already known to us.
 * Returns std::nullopt unless exactly one candidate fits; two equal candidates cannot be told apart, and guessing
 * would risk claiming someone else's job, so the caller must ask the user instead of sending the create again.
 * Empty request fields match the provider's defaults (`sora-2`, `720x1280`, `4`).
 */
[[nodiscard]] std::optional<Video> matchLostCreate(const VideoPage &page, const CreateVideoRequest &request,
    const QDateTime &sentAt, const QSet<QString> &knownIds, int skewSeconds = 120);

/**
 * Every video in `page` that could be the lost create (the same tests as matchLostCreate), oldest first (by
 * created_at, then id). Variations of one submit send identical creates: when exactly as many identical creates were
 * lost as there are candidates, they are interchangeable and the caller may hand them out in order.
 */
[[nodiscard]] QList<Video> lostCreateCandidates(const VideoPage &page, const CreateVideoRequest &request,
    const QDateTime &sentAt, const QSet<QString> &knownIds, int skewSeconds = 120);

} // namespace Dailies::Api
