// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/reconcile.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dailies::Api
{

QList<Video> lostCreateCandidates(const VideoPage &page, const CreateVideoRequest &request, const QDateTime &sentAt,
    const QSet<QString> &knownIds, int skewSeconds)
{
    const QString model = request.model.isEmpty() ? u"sora-2"_s : request.model;
    const QString size = request.size.isEmpty() ? u"720x1280"_s : request.size;
    const QString seconds = request.seconds.isEmpty() ? u"4"_s : request.seconds;
    const QDateTime earliest = sentAt.addSecs(-skewSeconds);
    QList<Video> found;
    for (const Video &v : page.data) {
        if (knownIds.contains(v.id))
            continue;
        if (v.createdAt.isValid() && v.createdAt < earliest)
            continue;
        // The prompt is the strongest evidence; providers that do not echo it cannot be reconciled safely.
        if (v.prompt != request.prompt)
            continue;
        if ((!v.model.isEmpty() && v.model != model) || (!v.size.isEmpty() && v.size != size)
            || (!v.seconds.isEmpty() && v.seconds != seconds))
            continue;
        found.append(v);
    }
    std::stable_sort(found.begin(), found.end(), [](const Video &a, const Video &b) {
        return std::make_pair(a.createdAt.toMSecsSinceEpoch(), a.id)
            < std::make_pair(b.createdAt.toMSecsSinceEpoch(), b.id);
    });
    return found;
}

std::optional<Video> matchLostCreate(const VideoPage &page, const CreateVideoRequest &request, const QDateTime &sentAt,
    const QSet<QString> &knownIds, int skewSeconds)
{
    const QList<Video> found = lostCreateCandidates(page, request, sentAt, knownIds, skewSeconds);
    return found.size() == 1 ? std::optional(found.first()) : std::nullopt;
}

} // namespace Dailies::Api
