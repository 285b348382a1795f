// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/reconcile.h"

using namespace Qt::StringLiterals;

namespace Dailies::Api
{

std::optional<Video> matchLostCreate(const VideoPage &page, const CreateVideoRequest &request, const QDateTime &sentAt,
    const QSet<QString> &knownIds, int skewSeconds)
{
    const QString model = request.model.isEmpty() ? u"sora-2"_s : request.model;
    const QString size = request.size.isEmpty() ? u"720x1280"_s : request.size;
    const QString seconds = request.seconds.isEmpty() ? u"4"_s : request.seconds;
    const QDateTime earliest = sentAt.addSecs(-skewSeconds);
    std::optional<Video> found;
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
        if (found)
            return std::nullopt;
        found = v;
    }
    return found;
}

} // namespace Dailies::Api
