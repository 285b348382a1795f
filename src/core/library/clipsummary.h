// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace Dailies
{

/**
 * The few columns of a clip that a list over the whole library needs to place, show, sort and filter a row, read
 * by Library::clipSummaries() in one query. Small on purpose, so that 100,000 of them load quickly and fit in
 * memory; everything else (paths, remote ids, tags, the full prompt) comes from Library::clip() when it is needed.
 */
struct ClipSummary {
    /// How many characters of the prompt `promptExcerpt` holds at most.
    static constexpr int kPromptExcerptLength = 100;

    qint64 id = 0;
    qint64 jobId = 0; ///< the job that made it, as the clip records it; 0 when none
    QDateTime createdAt; ///< when the provider created the video (UTC)
    std::optional<double> cost;
    QString promptExcerpt; ///< the prompt's first kPromptExcerptLength characters, as stored
    QString project;
    bool favourite = false;
    int rating = 0;
    qint64 listKey = 0; ///< its place in the library's lists (ClipRecord::listKey)
};

} // namespace Dailies
