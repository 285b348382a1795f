// SPDX-License-Identifier: GPL-3.0-or-later
// Downloads: a finished video's files go to the library's staging folder, then into the library in one commit.
#include <QDir>
#include <QFile>

#include "core/api/videoapiclient.h"
#include "core/jobs/jobengine.h"
#include "core/jobs/jobengine_p.h"
#include "core/library/library.h"
#include "core/pricing/spendledger.h"
#include "core/util/clock.h"
#include "core/util/crashpoint.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Dailies
{

void JobEngine::startDownload(JobRecord &job)
{
    Runtime *rt = m_runtime.value(job.id);
    if (!rt || rt->downloadsPending > 0)
        return;
    if (!job.libraryBase.isEmpty() && QFile::exists(QDir(m_library->folder()).filePath(job.libraryBase + u".mp4"_s))) {
        commitToLibrary(job); // a crash after the files moved: finish the hand-over
        return;
    }
    Api::VideoApiClient *client = clientFor(job);
    if (!client)
        return;
    const QString staging = m_library->stagingFolder(job.id);
    if (!QDir().mkpath(staging)) {
        job.setError(u"io"_s, {},
            tr("Cannot write into the library folder '%1'; the job keeps its place and will try "
               "again. Check that the folder exists, is writable and has free space.")
                .arg(QDir::toNativeSeparators(m_library->folder())));
        backOff(job, 60000ms);
        persist(job);
        scheduleSoon();
        return;
    }
    QList<Api::ContentVariant> variants { Api::ContentVariant::Video, Api::ContentVariant::Thumbnail };
    if (m_settings.downloadSpritesheet)
        variants << Api::ContentVariant::Spritesheet;
    rt->videoDone = false;
    rt->videoError = {};
    rt->downloads.clear();
    const qint64 id = job.id;
    for (Api::ContentVariant variant : variants) {
        const QString name = Api::toString(variant);
        const QStringList existing = QDir(staging).entryList({ name + u".*"_s }, QDir::Files);
        if (std::any_of(existing.cbegin(), existing.cend(), [](const QString &f) { return !f.endsWith(".part"_L1); })) {
            if (variant == Api::ContentVariant::Video)
                rt->videoDone = true;
            continue;
        }
        Api::DownloadCall *call = client->download(job.remoteId, variant, staging, name);
        rt->downloads << call;
        ++rt->downloadsPending;
        if (variant == Api::ContentVariant::Video) {
            connect(call, &Api::DownloadCall::progress, this, [](qint64 bytes, qint64) {
                if (bytes > 0)
                    crashPoint("downloading");
            });
        }
        connect(call, &Api::DownloadCall::finished, this, [this, id, variant, call](const Api::DownloadResult &r) {
            call->deleteLater();
            Runtime *runtime = m_runtime.value(id);
            if (!runtime)
                return;
            if (variant == Api::ContentVariant::Video) {
                runtime->videoDone = r.ok();
                runtime->videoError = r.error;
            }
            if (--runtime->downloadsPending == 0)
                onDownloadsDone(id);
        });
    }
    if (rt->downloadsPending == 0)
        onDownloadsDone(id);
}

void JobEngine::onDownloadsDone(qint64 id)
{
    if (!ownsJob(id) || !m_runtime.contains(id))
        return;
    JobRecord &job = m_jobs[id];
    Runtime *rt = m_runtime.value(id);
    rt->downloads.clear();
    if (rt->videoDone) {
        commitToLibrary(job);
        return;
    }
    const Api::ApiError &e = rt->videoError;
    job.setError(Api::ApiError::kindName(e.kind), e.code, e.toString(), QString::fromLatin1(e.requestId));
    const bool expired = e.isNotFound() || (job.expiresAt.isValid() && job.expiresAt < m_clock->now());
    if (expired) {
        job.errorMessage
            = tr("The clip's files expired on the provider before they could be saved (%1).").arg(e.toString());
        finishJob(job, JobState::Expired);
        return;
    }
    ++job.attempts;
    backOff(job, e.retryAfter);
    persist(job);
    if (e.kind == Api::ApiError::Kind::Io)
        Q_EMIT notice(
            tr("Job %1 could not be saved: %2 It keeps its place and will try again.").arg(id).arg(e.toString()));
    scheduleSoon();
}

ClipRecord JobEngine::clipFor(const JobRecord &job) const
{
    // What the provider says of the video, then what this engine sent: the prompt as typed, the request with its
    // reference image, and the settings where the answer leaves them out.
    Api::Video video = Api::Video::fromJson(job.response, nullptr).value_or(Api::Video {});
    video.raw = job.response;
    if (video.id.isEmpty())
        video.id = job.remoteId;
    ClipRecord clip = ClipRecord::fromVideo(video, job.profile, m_clock->now());
    clip.jobId = job.id;
    clip.remoteId = job.remoteId;
    clip.prompt = job.request.prompt;
    if (clip.model.isEmpty())
        clip.model = job.request.model;
    if (clip.size.isEmpty())
        clip.size = job.request.size;
    if (clip.seconds.isEmpty())
        clip.seconds = job.request.seconds;
    clip.request = job.requestJson();
    clip.submittedAt = job.submittedAt;
    clip.createdAt = job.remoteCreatedAt.isValid() ? job.remoteCreatedAt : job.submittedAt;
    clip.cost = costOf(job);
    clip.project = job.project.isNull() ? u""_s : job.project;
    if (job.kind != JobKind::Create) {
        clip.parentRemoteId = job.sourceId;
        clip.origin = toString(job.kind);
    }
    clip.draftRemoteId = job.draftOf;
    clip.settingsKey = EngineDetail::settingsKeyOf(job.request);

    // Text columns are NOT NULL: an empty field must reach the database as '' rather than as a null string.
    for (QString *field :
        { &clip.profile, &clip.remoteId, &clip.prompt, &clip.model, &clip.size, &clip.seconds, &clip.project,
            &clip.notes, &clip.parentRemoteId, &clip.draftRemoteId, &clip.settingsKey, &clip.currency }) {
        if (field->isNull())
            *field = u""_s;
    }
    return clip;
}

void JobEngine::commitToLibrary(JobRecord &job)
{
    ClipRecord clip = clipFor(job);
    if (job.libraryBase.isEmpty()) {
        job.libraryBase = m_library->planBaseName(clip);
        if (persist(job) == JobStore::Write::Lost) // the plan is on disk before any file moves
            return;
    }
    crashPoint("before-commit");
    const QDateTime now = m_clock->now();
    QString error;
    bool lostClaim = false;
    const std::optional<qint64> clipId = m_library->commitClip(
        clip, m_library->stagingFolder(job.id), job.libraryBase,
        [&] {
            job.state = JobState::Completed;
            job.finishedAt = now;
            job.clearError();
            // Only the owner commits: of two processes that both believe they hold the job, one row changes.
            const JobStore::Write w = m_store.update(job, job.owner);
            lostClaim = w == JobStore::Write::Lost;
            if (w != JobStore::Write::Done)
                return false;
            if (m_ledger && clip.cost && *clip.cost > 0)
                return m_ledger->record(job.id, job.profile, clip.model, *clip.cost, clip.currency, now);
            return true;
        },
        &error);
    if (!clipId && lostClaim) {
        reloadLost(job.id);
        return;
    }
    if (!clipId) {
        job.state = JobState::Downloading;
        job.setError(u"io"_s, {},
            tr("The clip could not be put into the library: %1 The job keeps its files and will "
               "try again.")
                .arg(error));
        ++job.attempts;
        backOff(job, 30000ms);
        persist(job);
        Q_EMIT notice(job.errorMessage);
        scheduleSoon();
        return;
    }
    job.clipId = *clipId;
    if (m_ledger && clip.cost) {
        for (const QString &alert : m_ledger->alertsCrossedBy(*clip.cost, now.toLocalTime().date()))
            Q_EMIT budgetAlert(alert);
    }
    finishJob(job, JobState::Completed);
}

} // namespace Dailies
