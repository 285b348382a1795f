// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler: one pass decides what to send, poll and download, then sleeps until the next thing is due.
#include <algorithm>

#include "core/api/videoapiclient.h"
#include "core/jobs/jobengine.h"
#include "core/jobs/jobengine_p.h"
#include "core/util/clock.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Dailies
{

void JobEngine::scheduleSoon()
{
    if (m_scheduleQueued)
        return;
    m_scheduleQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_scheduleQueued = false;
            schedule();
        },
        Qt::QueuedConnection);
}

void JobEngine::schedule()
{
    if (!m_started || m_halted)
        return;
    WakeUp wake { .now = nowMs(), .wallNow = m_clock->now() };
    lookAtClaims(wake);
    submitWaiting(wake);
    followDue(wake);
    sleepUntil(wake);
    const bool idleNow = isIdle();
    if (idleNow && !m_wasIdle)
        Q_EMIT idle();
    m_wasIdle = idleNow;
}

void JobEngine::lookAtClaims(WakeUp &wake)
{
    // Jobs nobody holds, or held by engines that are gone, are taken over; the others' claims are looked at again
    // when their lease runs out (or soon, for a process of this host that may have been killed). While this engine
    // holds claims it keeps its own lease fresh.
    if (m_checkClaims || (m_claimCheckAtMs >= 0 && m_claimCheckAtMs <= wake.now)) {
        m_checkClaims = false;
        const QDateTime next = considerClaims();
        m_claimCheckAtMs = next.isValid() ? wake.fromWall(next) : -1;
    }
    if (m_claimCheckAtMs >= 0)
        wake.noLaterThan(std::max(m_claimCheckAtMs, wake.now + 50));
    if (std::any_of(m_jobs.cbegin(), m_jobs.cend(),
            [this](const JobRecord &job) { return isMine(job) && isInFlight(job.state); })) {
        ensureLease();
        wake.noLaterThan(m_lease.renewalDueMs());
    }
}

void JobEngine::submitWaiting(WakeUp &wake)
{
    // Waiting jobs are sent within each profile's limit (counting every process's jobs), in queue order.
    if (m_paused)
        return;
    QHash<QString, int> busy;
    QList<qint64> waiting;
    for (const JobRecord &job : std::as_const(m_jobs)) {
        if (isInFlight(job.state))
            ++busy[job.profile];
        else if (job.state == JobState::Waiting)
            waiting << job.id;
    }
    std::stable_sort(waiting.begin(), waiting.end(),
        [this](qint64 a, qint64 b) { return m_jobs.value(a).position < m_jobs.value(b).position; });
    for (qint64 id : std::as_const(waiting)) {
        JobRecord &job = m_jobs[id];
        if (job.notBefore.isValid() && job.notBefore > wake.wallNow) {
            wake.noLaterThan(wake.fromWall(job.notBefore));
            continue;
        }
        if (busy.value(job.profile) >= concurrencyOf(job.profile))
            continue;
        if (startSubmit(job))
            ++busy[job.profile];
    }
}

void JobEngine::followDue(WakeUp &wake)
{
    // Jobs that are due are polled; several due jobs of one profile share one list call. Acting may end jobs,
    // which removes them from m_jobs, so the loop only decides.
    QHash<QString, QList<qint64>> due;
    // Jobs due within the shortest poll interval go with the due ones of their profile: one list round for both,
    // so that jobs a moment apart keep one rhythm instead of each being asked for alone.
    QHash<QString, QList<qint64>> soon;
    QList<qint64> stuck;
    QList<qint64> toDownload;
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        const JobRecord &job = it.value();
        Runtime *rt = m_runtime.value(job.id);
        if (!rt || rt->call || !isMine(job))
            continue;
        if (job.state == JobState::Queued || job.state == JobState::InProgress) {
            if (job.lastChangeAt.isValid() && job.lastChangeAt.msecsTo(wake.wallNow) > m_settings.stuckAfter.count())
                stuck << job.id;
            else if (m_listInFlight.contains(job.profile))
                continue; // the round of list pages under way meets it, or ends with a pass that polls it
            else if (rt->nextCheckMs <= wake.now)
                due[job.profile] << job.id;
            else {
                if (rt->nextCheckMs <= wake.now + m_settings.minPollInterval.count())
                    soon[job.profile] << job.id;
                wake.noLaterThan(rt->nextCheckMs);
            }
        } else if (job.state == JobState::Downloading && rt->downloadsPending == 0) {
            if (job.notBefore.isValid() && job.notBefore > wake.wallNow)
                wake.noLaterThan(wake.fromWall(job.notBefore));
            else
                toDownload << job.id;
        }
    }
    for (qint64 id : std::as_const(stuck)) {
        JobRecord &job = m_jobs[id];
        job.setError(u"stuck"_s, {},
            tr("The provider has reported %1 % (%2) for %3 s without moving; it seems stuck. It may still "
               "finish: check it later, or retry.")
                .arg(job.progress)
                .arg(job.remoteStatus)
                .arg(m_settings.stuckAfter.count() / 1000));
        finishJob(job, JobState::NeedsAttention);
    }
    for (qint64 id : std::as_const(toDownload)) {
        if (m_jobs.contains(id))
            startDownload(m_jobs[id]);
    }
    for (auto it = due.cbegin(); it != due.cend(); ++it)
        pollProfile(it.key(), it.value() + soon.value(it.key()));
}

void JobEngine::wakeBy(qint64 atMs)
{
    if (!m_started || m_halted)
        return;
    WakeUp wake { .now = nowMs() };
    wake.noLaterThan(atMs);
    sleepUntil(wake);
}

void JobEngine::sleepUntil(const WakeUp &wake)
{
    // One timer for the next thing that is due; none at all when nothing is.
    if (wake.at < 0 || (m_wakeAtMs >= 0 && wake.at >= m_wakeAtMs && m_wakeAtMs > wake.now))
        return;
    m_wakeAtMs = wake.at;
    const quint64 generation = ++m_wakeGeneration;
    m_clock->callLater(milliseconds(std::max<qint64>(0, wake.at - wake.now)), this, [this, generation] {
        if (generation != m_wakeGeneration)
            return;
        m_wakeAtMs = -1;
        schedule();
    });
}

bool JobEngine::isIdle() const
{
    const QDateTime now = m_clock->now();
    for (const JobRecord &job : std::as_const(m_jobs)) {
        if (isInFlight(job.state) && isMine(job))
            return false;
        if (job.state == JobState::Waiting && !m_paused && (!job.notBefore.isValid() || job.notBefore <= now)) {
            if (m_clients && m_clients(job.profile))
                return false;
        }
        if (job.state == JobState::Waiting && !m_paused && job.notBefore.isValid() && job.notBefore > now)
            return false; // backing off, will be sent
    }
    return true;
}

Api::VideoApiClient *JobEngine::clientFor(JobRecord &job)
{
    Api::VideoApiClient *client = m_clients ? m_clients(job.profile) : nullptr;
    if (!client && job.errorKind != "config"_L1) {
        job.setError(u"config"_s, {}, tr("Profile '%1' cannot be used (no API key?); the job waits.").arg(job.profile));
        persist(job);
    }
    return client;
}

void JobEngine::setState(JobRecord &job, JobState state)
{
    job.state = state;
    if (!m_runtime.contains(job.id))
        m_runtime.insert(job.id, new Runtime);
}

void JobEngine::finishJob(JobRecord &job, JobState state)
{
    job.state = state;
    if (!job.finishedAt.isValid())
        job.finishedAt = m_clock->now();
    if (persist(job) == JobStore::Write::Lost)
        return; // another process decided about it first
    const qint64 id = job.id;
    dropRuntime(id);
    m_jobs.remove(id);
    Q_EMIT jobFinished(id);
    scheduleSoon();
}

void JobEngine::backOff(JobRecord &job, std::optional<milliseconds> hint)
{
    const qint64 exponential = std::min<qint64>(m_settings.maxBackoff.count(), 1000LL << std::min(job.attempts, 12));
    const qint64 delay = std::max<qint64>(hint ? hint->count() : 0, exponential);
    job.notBefore = m_clock->now().addMSecs(delay);
}

} // namespace Dailies
