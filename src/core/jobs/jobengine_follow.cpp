// SPDX-License-Identifier: GPL-3.0-or-later
// Following a job the provider knows: adopting its video, and polling it (rounds of list pages for several jobs).
#include <QSqlError>
#include <algorithm>
#include <memory>

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
    // A poll of a job already running changes only what updateProgress() writes, and no other job's turn.
    const bool polled = job.state == JobState::Queued || job.state == JobState::InProgress;
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
    const qint64 nextCheckMs = nowMs() + pollInterval(job, pollAfter).count();
    m_runtime.value(job.id)->nextCheckMs = nextCheckMs;
    if (!polled) {
        if (moved && persist(job) == JobStore::Write::Lost)
            return;
        scheduleSoon();
        return;
    }
    if (moved && persistProgress(job) == JobStore::Write::Lost)
        return;
    // A whole pass of the scheduler per answer would cost the number of jobs, each time; a round of list pages
    // under way ends with one.
    if (!m_listInFlight.contains(job.profile))
        wakeBy(nextCheckMs);
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
    if (due.size() < 2 || m_noListRoute.contains(profile)) {
        for (qint64 id : due)
            retrieveOne(id);
        return;
    }
    // A round of list pages is under way: it may still meet these jobs, and the next pass after it polls the rest.
    if (m_listInFlight.contains(profile))
        return;
    auto round = std::make_shared<ListRound>();
    round->profile = profile;
    for (qint64 id : due) {
        round->unseen.insert(id);
        if (const auto job = m_jobs.constFind(id); job != m_jobs.cend() && job->remoteCreatedAt.isValid())
            round->byAge.append({ job->remoteCreatedAt.toMSecsSinceEpoch(), id });
        else
            ++round->unknownAge;
    }
    std::sort(round->byAge.begin(), round->byAge.end());
    round->byVideo.reserve(m_jobs.size());
    // Every running job of the profile, by its video: a page tells about all of them, due or not.
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        const JobRecord &job = it.value();
        if (job.profile == profile && isMine(job) && !job.remoteId.isEmpty()
            && (job.state == JobState::Queued || job.state == JobState::InProgress))
            round->byVideo.insert(job.remoteId, job.id);
    }
    m_listInFlight.insert(profile);
    listPage(round, {});
}

void JobEngine::listPage(const std::shared_ptr<ListRound> &round, const QString &after)
{
    const auto endRound = [this, round] {
        m_listInFlight.remove(round->profile);
        for (qint64 id : std::as_const(round->unseen)) {
            if (ownsJob(id) && m_runtime.contains(id) && !m_runtime.value(id)->call)
                retrieveOne(id);
        }
        scheduleSoon();
    };
    // Any unseen job's client serves the profile; without one (the profile is gone) the jobs wait as they are.
    Api::VideoApiClient *client = nullptr;
    for (qint64 id : std::as_const(round->unseen)) {
        if (ownsJob(id) && m_runtime.contains(id) && (client = clientFor(m_jobs[id])))
            break;
    }
    if (!client) {
        m_listInFlight.remove(round->profile);
        return;
    }
    Api::VideoListCall *call
        = client->list({ .limit = EngineDetail::kListPageSize, .order = u"desc"_s, .after = after });
    ++round->pages;
    for (qint64 id : std::as_const(round->unseen)) {
        if (Runtime *rt = m_runtime.value(id))
            rt->call = call;
    }
    connect(call, &Api::VideoListCall::finished, this, [this, round, call, endRound](const Api::VideoListResult &r) {
        call->deleteLater();
        const QList<qint64> asked(round->unseen.cbegin(), round->unseen.cend());
        for (qint64 id : asked) {
            if (Runtime *rt = m_runtime.value(id); rt && rt->call == call)
                rt->call = nullptr;
        }
        if (!r.ok()) {
            round->unseen.clear();
            m_listInFlight.remove(round->profile);
            const bool noList = EngineDetail::listNotServed(r.error);
            if (noList)
                m_noListRoute.insert(round->profile); // from now on each job is asked for alone
            for (qint64 id : asked) {
                if (!ownsJob(id) || !m_runtime.contains(id))
                    continue;
                if (noList)
                    retrieveOne(id);
                else
                    onPollError(id, r.error);
            }
            scheduleSoon();
            return;
        }
        // The page tells about every running job on it, due or not: jobs created a moment apart fall into one
        // polling rhythm instead of each keeping its own. One transaction for all of its progress.
        {
            Database::Transaction transaction(*m_db);
            for (const Api::Video &video : r.page.data) {
                const qint64 id = round->byVideo.value(video.id);
                if (round->unseen.remove(id)) {
                    if (const auto job = m_jobs.constFind(id); job != m_jobs.cend() && !job->remoteCreatedAt.isValid())
                        --round->unknownAge;
                }
                if (id == 0 || !ownsJob(id) || !m_runtime.contains(id) || m_runtime.value(id)->call)
                    continue;
                JobRecord &job = m_jobs[id];
                if (job.remoteId == video.id && (job.state == JobState::Queued || job.state == JobState::InProgress))
                    applyRemote(job, video, r.meta.pollAfter);
            }
            if (!transaction.commit())
                Q_EMIT notice(tr("Progress could not be saved: %1").arg(m_db->connection().lastError().text()));
        }
        crashPoint("listed");
        // Read on while due jobs are still to be met and the list has not passed the oldest of them (it lists the
        // newest first); the ones it never shows are asked for alone.
        const std::optional<qint64> oldestUnseen = round->oldestUnseen();
        // (The list is newest first: once a page ends before the oldest due job was created, no later page has it.)
        const bool passedTheOldest = oldestUnseen && !r.page.data.isEmpty() && r.page.data.last().createdAt.isValid()
            && r.page.data.last().createdAt.toMSecsSinceEpoch() < *oldestUnseen;
        const bool more = r.page.hasMore && !r.page.lastId.isEmpty() && !round->unseen.isEmpty()
            && round->pages < EngineDetail::kMaxListPages && !passedTheOldest;
        if (more)
            listPage(round, r.page.lastId);
        else
            endRound();
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
