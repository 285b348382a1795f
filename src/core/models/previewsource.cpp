// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/previewsource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <algorithm>

#include "core/api/videoapiclient.h"
#include "core/jobs/jobengine.h"
#include "core/jobs/jobrecord.h"
#include "core/library/library.h"
#include "core/util/clock.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

PreviewSource::PreviewSource(const JobEngine *engine, const Library *library, const Clock *clock)
    : m_engine(engine)
    , m_library(library)
    , m_clock(clock != nullptr ? clock : &SystemClock::instance())
{
}

QJsonObject PreviewSource::response(qint64 clipId, qint64 jobId, const QString &videoPath) const
{
    QJsonObject response;
    if (clipId > 0 && m_library != nullptr) {
        if (const std::optional<ClipRecord> clip = m_library->clip(clipId))
            response = clip->response;
    } else if (jobId > 0 && m_engine != nullptr) {
        if (const std::optional<JobRecord> job = m_engine->job(jobId))
            response = job->response;
    }
    // The sidecar keeps the final response even when no library is at hand (or its row is gone).
    if (response.isEmpty())
        response = sidecarResponse(videoPath);
    return response;
}

FailureExplanation PreviewSource::problem(qint64 jobId) const
{
    if (jobId <= 0 || m_engine == nullptr)
        return {};
    const std::optional<JobRecord> job = m_engine->job(jobId);
    return job ? FailureExplanation::explain(*job, m_clock->now()) : FailureExplanation();
}

PreviewSource::Lineage PreviewSource::lineage(
    const QString &profile, const QString &remoteId, const QString &parentRemoteId) const
{
    const auto linkOf = [](const ClipRecord &clip) {
        return LineageLink { clip.id, clip.remoteId, clip.prompt, clip.origin, clip.seconds };
    };
    Lineage lineage;
    QString next = parentRemoteId;
    while (m_library != nullptr && !next.isEmpty() && lineage.ancestors.size() < kMaxChainDepth) {
        const std::optional<ClipRecord> parent = m_library->clipByRemoteId(profile, next);
        if (!parent)
            break;
        lineage.ancestors.prepend(linkOf(*parent));
        next = parent->parentRemoteId;
    }
    if (lineage.ancestors.size() < kMaxChainDepth)
        lineage.missingParent = next;
    if (remoteId.isEmpty())
        return lineage;
    if (m_library != nullptr) {
        if (const std::optional<ClipRecord> self = m_library->clipByRemoteId(profile, remoteId))
            lineage.origin = self->origin;
        const QList<ClipRecord> clips = m_library->remixesOf(profile, remoteId);
        for (const ClipRecord &clip : clips)
            lineage.children.append(linkOf(clip));
    }
    if (m_engine != nullptr) {
        const QList<JobRecord> jobs = m_engine->activeJobs();
        for (const JobRecord &job : jobs) {
            if (job.profile == profile && job.sourceId == remoteId)
                lineage.rendering.append(
                    { 0, job.remoteId, job.request.prompt, toString(job.kind), job.request.seconds });
        }
    }
    return lineage;
}

bool PreviewSource::ExtensionPlan::possible() const
{
    return !tooMany() && std::any_of(choices.cbegin(), choices.cend(), [](const Choice &c) { return c.allowed; });
}

PreviewSource::ExtensionPlan PreviewSource::extensionPlan(qint64 clipId) const
{
    const std::optional<ClipRecord> clip = m_library != nullptr ? m_library->clip(clipId) : std::nullopt;
    return extensionPlan(clip ? clip->seconds.toInt() : 0, clip ? m_library->extensionCount(clipId) : 0);
}

PreviewSource::ExtensionPlan PreviewSource::extensionPlan(int sourceSeconds, int done)
{
    using Client = Api::VideoApiClient;
    ExtensionPlan plan;
    plan.sourceSeconds = std::max(sourceSeconds, 0);
    plan.number = std::max(done, 0) + 1;
    plan.maxExtensions = Client::kMaxExtensions;
    plan.maxSeconds = Client::kMaxExtendedSeconds;
    for (const int seconds : Client::kExtensionSeconds) {
        const int total = plan.sourceSeconds + seconds;
        plan.choices.append({ seconds, total, total <= Client::kMaxExtendedSeconds });
    }
    return plan;
}

QJsonObject PreviewSource::sidecarResponse(const QString &videoPath)
{
    if (videoPath.isEmpty())
        return {};
    const QFileInfo info(videoPath);
    QFile sidecar(info.dir().filePath(info.completeBaseName() + u".json"_s));
    if (!sidecar.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(sidecar.readAll()).object().value("response"_L1).toObject();
}

bool PreviewSource::isRendering(const QString &state)
{
    const std::optional<JobState> s = jobStateFromString(state);
    return s && (*s == JobState::Waiting || isInFlight(*s));
}

QString PreviewSource::excerpt(const QString &prompt)
{
    QString text = prompt.simplified();
    if (text.size() > kExcerptLength)
        text = text.left(kExcerptLength - 1) + QChar(0x2026);
    return text;
}

} // namespace Dailies
