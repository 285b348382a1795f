// SPDX-License-Identifier: GPL-3.0-or-later
// Following a job the provider knows: adopting its video, and polling it (one list call for several jobs).
#include <QSqlError>
#include <algorithm>

#include "core/api/videoapiclient.h"
#include "core/jobs/jobengine.h"
#include "core/jobs/jobengine_p.h"
#include "core/storage/database.h"
#include "core/util/clock.h"
#include "core/util/crashpoint.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Dailies
{

void JobEngine::adopt(JobRecord &job, const Api::Video &video, std::optional<milliseconds> pollAfter)
{
    if (job.remoteId != video.id) {
        // The video is this job's from this write on; a video some other job already holds is refused by the
        // database (one remote id per profile), which must not leave this job waiting for an answer forever.
        JobRecord adopted = job;
        adopted.remoteId = video.id;
        adopted.remoteCreatedAt = video.createdAt;
        const JobStore::Write w = persist(adopted);
        if (w == JobStore::Write::Lost)
            return;
        if (w == JobStore::Write::Failed) {
            job.setError(u"conflict"_s, {},
                tr("The provider made video %1 for this job, but the library already gives it to another job. It "
                   "was not sent again; check the provider's videos.")
                    .arg(video.id));
            finishJob(job, JobState::NeedsAttention);
            return;
        }
        job = adopted;
    }
    if (Runtime *rt = m_runtime.value(job.id); (rt && rt->cancelRequested) || job.cancelRequested) {
        if (persist(job) == JobStore::Write::Lost)
            return;
        cancel(job.id);
        return;
    }
    applyRemote(job, video, pollAfter);
}

void JobEngine::applyRemote(JobRecord &job, const Api::Video &video, std::optional<milliseconds> pollAfter)
{
    const bool moved
        = video.progress != job.progress || video.statusText != job.remoteStatus || job.state == JobState::Submitting;
    job.response = video.raw;
    job.remoteStatus = video.statusText;
    job.progress = video.progress;
    if (video.expiresAt.isValid())
        job.expiresAt = video.expiresAt;
    if (moved)
        job.lastChangeAt = m_clock->now();
    switch (video.status) {
    case Api::VideoStatus::Completed:
        job.progress = 100;
        setState(job, JobState::Downloading);
        job.notBefore = {};
        if (persist(job) == JobStore::Write::Lost)
            return;
        startDownload(job);
        return;
    case Api::VideoStatus::Failed:
        job.setError(u"job"_s, video.errorCode,
            video.errorMessage.isEmpty() ? tr("The provider gave no reason.") : video.errorMessage);
        finishJob(job, JobState::Failed);
        return;
    case Api::VideoStatus::InProgress:
        setState(job, JobState::InProgress);
        break;
    default:
        setState(job, JobState::Queued);
        break;
    }
    m_runtime.value(job.id)->nextCheckMs = nowMs() + pollInterval(job, pollAfter).count();
    if (moved && persist(job) == JobStore::Write::Lost)
        return;
    scheduleSoon();
}

milliseconds JobEngine::pollInterval(const JobRecord &job, std::optional<milliseconds> hint) const
{
    if (hint)
        return std::clamp(*hint, m_settings.minPollInterval, m_settings.maxPollInterval);
    // Without a hint: about a sixth of the time already waited, so short jobs are seen soon and long ones calmly.
    const qint64 waited = job.submittedAt.isValid() ? job.submittedAt.msecsTo(m_clock->now()) : 0;
    return std::clamp(milliseconds(waited / 6), m_settings.minPollInterval, m_settings.maxPollInterval);
}

void JobEngine::pollProfile(const QString &profile, const QList<qint64> &due)
{
    if (due.size() < 2 || m_listInFlight.contains(profile) || m_noListRoute.contains(profile)) {
        for (qint64 id : due)
            retrieveOne(id);
        return;
    }
    JobRecord &first = m_jobs[due.first()];
    Api::VideoApiClient *client = clientFor(first);
    if (!client)
        return;
    Api::VideoListCall *call = client->list({ .limit = 100, .order = u"desc"_s });
    m_listInFlight.insert(profile);
    for (qint64 id : due)
        m_runtime.value(id)->call = call;
    connect(call, &Api::VideoListCall::finished, this, [this, profile, due, call](const Api::VideoListResult &r) {
        call->deleteLater();
        m_listInFlight.remove(profile);
        const bool noList = !r.ok() && EngineDetail::listNotServed(r.error);
        if (noList)
            m_noListRoute.insert(profile); // from now on each job is asked for alone
        QHash<QString, const Api::Video *> byId;
        for (const Api::Video &v : r.page.data)
            byId.insert(v.id, &v);
        Database::Transaction transaction(*m_db); // one write for many progress updates
        QList<qint64> missing;
        for (qint64 id : due) {
            if (!ownsJob(id) || !m_runtime.contains(id))
                continue;
            m_runtime.value(id)->call = nullptr;
            if (noList) {
                missing << id;
                continue;
            }
            if (!r.ok()) {
                onPollError(id, r.error);
                continue;
            }
            JobRecord &job = m_jobs[id];
            if (const Api::Video *v = byId.value(job.remoteId))
                applyRemote(job, *v, r.meta.pollAfter);
            else
                missing << id; // older than the newest page: ask for it alone
        }
        // The page also tells about running jobs that were not due yet: use it, so that jobs created a moment
        // apart fall into one polling rhythm instead of each keeping its own.
        if (r.ok()) {
            QList<qint64> others;
            for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
                const JobRecord &job = it.value();
                const Runtime *rt = m_runtime.value(job.id);
                if (job.profile == profile && isMine(job) && !due.contains(job.id) && rt && !rt->call
                    && (job.state == JobState::Queued || job.state == JobState::InProgress)
                    && byId.contains(job.remoteId))
                    others << job.id;
            }
            for (qint64 id : std::as_const(others)) {
                if (ownsJob(id) && m_runtime.contains(id))
                    applyRemote(m_jobs[id], *byId.value(m_jobs[id].remoteId), r.meta.pollAfter);
            }
        }
        if (!transaction.commit())
            Q_EMIT notice(tr("Progress could not be saved: %1").arg(m_db->connection().lastError().text()));
        for (qint64 id : std::as_const(missing)) {
            if (ownsJob(id) && m_runtime.contains(id))
                retrieveOne(id);
        }
        scheduleSoon();
    });
}

void JobEngine::retrieveOne(qint64 id)
{
    JobRecord &job = m_jobs[id];
    Api::VideoApiClient *client = clientFor(job);
    if (!client)
        return;
    Api::VideoCall *call = client->retrieve(job.remoteId);
    m_runtime.value(id)->call = call;
    connect(call, &Api::VideoCall::finished, this, [this, id, call](const Api::VideoResult &r) {
        call->deleteLater();
        if (!ownsJob(id) || !m_runtime.contains(id))
            return;
        m_runtime.value(id)->call = nullptr;
        if (!r.ok()) {
            onPollError(id, r.error);
            return;
        }
        crashPoint("polled");
        applyRemote(m_jobs[id], r.video, r.meta.pollAfter);
    });
}

void JobEngine::onPollError(qint64 id, const Api::ApiError &error)
{
    JobRecord &job = m_jobs[id];
    if (error.isNotFound()) {
        job.setError(u"gone"_s, error.code, tr("The provider no longer knows this job (%1).").arg(error.toString()));
        finishJob(job, JobState::NeedsAttention);
        return;
    }
    // A poll that failed changes nothing about the job: look again later, later still when rate limited.
    const qint64 backoff
        = std::max<qint64>(error.retryAfter.value_or(0ms).count(), pollInterval(job, std::nullopt).count() * 2);
    m_runtime.value(id)->nextCheckMs = nowMs() + std::min<qint64>(backoff, m_settings.maxBackoff.count());
    scheduleSoon();
}

} // namespace Dailies
