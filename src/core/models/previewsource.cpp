// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/previewsource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

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

PreviewSource::RemixChain PreviewSource::remixChain(
    const QString &profile, const QString &remoteId, const QString &parentRemoteId) const
{
    RemixChain chain;
    QString next = parentRemoteId;
    while (m_library != nullptr && !next.isEmpty() && chain.ancestors.size() < kMaxChainDepth) {
        const std::optional<ClipRecord> parent = m_library->clipByRemoteId(profile, next);
        if (!parent)
            break;
        chain.ancestors.prepend({ parent->id, parent->remoteId, parent->prompt });
        next = parent->parentRemoteId;
    }
    if (chain.ancestors.size() < kMaxChainDepth)
        chain.missingParent = next;
    if (remoteId.isEmpty())
        return chain;
    if (m_library != nullptr) {
        const QList<ClipRecord> clips = m_library->remixesOf(profile, remoteId);
        for (const ClipRecord &clip : clips)
            chain.remixes.append({ clip.id, clip.remoteId, clip.prompt });
    }
    if (m_engine != nullptr) {
        const QList<JobRecord> jobs = m_engine->activeJobs();
        for (const JobRecord &job : jobs) {
            if (job.sourceId == remoteId)
                chain.rendering.append({ 0, job.remoteId, job.request.prompt });
        }
    }
    return chain;
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
