// SPDX-License-Identifier: GPL-3.0-or-later
// Many processes: what other engines changed, conditional writes, this engine's lease and taking over the claims of
// engines that are gone.
#include <algorithm>

#include "core/api/videoapiclient.h"
#include "core/jobs/jobengine.h"
#include "core/jobs/jobengine_p.h"
#include "core/storage/database.h"
#include "core/util/clock.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Dailies
{

namespace
{
// What the views and followers of a job could notice.
bool sameForViews(const JobRecord &a, const JobRecord &b)
{
    return a.state == b.state && a.owner == b.owner && a.progress == b.progress && a.position == b.position
        && a.remoteId == b.remoteId && a.remoteStatus == b.remoteStatus && a.errorMessage == b.errorMessage
        && a.clipId == b.clipId && a.notBefore == b.notBefore && a.attempts == b.attempts
        && a.cancelRequested == b.cancelRequested && a.libraryBase == b.libraryBase;
}
} // namespace

void JobEngine::readPaused()
{
    const bool paused = m_store.isQueuePaused();
    if (paused == m_paused)
        return;
    m_paused = paused;
    Q_EMIT pausedChanged(paused);
}

void JobEngine::refresh()
{
    if (!m_loaded || m_halted)
        return;
    if (m_db->isNewerThanThisBuild()) {
        // Writing rows of a schema this build does not know could damage them: stop, and let the newer Dailies
        // take the claims over when this engine's lease runs out.
        m_halted = true;
        const QList<qint64> mine = m_runtime.keys();
        for (qint64 id : mine)
            dropRuntime(id);
        Q_EMIT notice(tr("Another program updated this library for a newer Dailies. This one no longer sends or "
                         "follows jobs; update Dailies and start it again."));
        return;
    }
    readPaused();
    const QList<JobRecord> rows = m_store.changedSince(m_seenRev);
    for (const JobRecord &row : rows) {
        m_seenRev = std::max(m_seenRev, row.rev);
        applyStoredRow(row);
    }
    m_checkClaims = true;
    scheduleSoon();
}

void JobEngine::applyStoredRow(const JobRecord &row)
{
    const bool isNew = row.id > m_maxKnownId;
    m_maxKnownId = std::max(m_maxKnownId, row.id);
    const auto it = m_jobs.find(row.id);
    if (it != m_jobs.end()) {
        JobRecord &known = *it;
        if (isMine(known)) {
            if (row.owner == known.owner) {
                // This engine's own write, or another process asking it to cancel.
                if (row.cancelRequested && !known.cancelRequested) {
                    known.cancelRequested = true;
                    QMetaObject::invokeMethod(
                        this,
                        [this, id = row.id] {
                            if (ownsJob(id))
                                cancel(id);
                        },
                        Qt::QueuedConnection);
                }
                return;
            }
            dropRuntime(row.id); // another engine took the claim over: its calls are no longer this one's business
        } else if (sameForViews(known, row)) {
            known = row;
            return;
        }
        known = row;
        Q_EMIT jobChanged(row.id);
        if (isTerminal(row.state)) {
            m_jobs.erase(it);
            Q_EMIT jobFinished(row.id);
        }
        return;
    }
    if (isTerminal(row.state) || row.state == JobState::Draft) {
        if (isNew) {
            Q_EMIT jobAdded(row.id);
            if (isTerminal(row.state))
                Q_EMIT jobFinished(row.id);
        } else {
            Q_EMIT jobChanged(row.id);
        }
        return;
    }
    m_jobs.insert(row.id, row);
    if (isNew)
        Q_EMIT jobAdded(row.id);
    else
        Q_EMIT jobChanged(row.id);
}

void JobEngine::dropRuntime(qint64 id)
{
    Runtime *rt = m_runtime.take(id);
    if (!rt)
        return;
    // A list call refreshes several jobs: it is left to finish for the others.
    if (rt->call && !qobject_cast<Api::VideoListCall *>(rt->call.data())) {
        rt->call->disconnect(this);
        rt->call->cancel();
    }
    for (const auto &d : std::as_const(rt->downloads)) {
        if (d) {
            d->disconnect(this);
            d->cancel();
        }
    }
    delete rt;
}

void JobEngine::reloadLost(qint64 id)
{
    dropRuntime(id);
    const std::optional<JobRecord> row = m_store.load(id);
    if (!row || !m_jobs.contains(id))
        return;
    JobRecord &known = m_jobs[id];
    const bool same = sameForViews(known, *row);
    known = *row;
    if (same)
        return;
    Q_EMIT jobChanged(id);
    if (isTerminal(row->state)) {
        // Callers may still hold a reference into m_jobs: the row leaves it a moment later.
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                if (m_jobs.contains(id) && isTerminal(m_jobs.value(id).state)) {
                    m_jobs.remove(id);
                    Q_EMIT jobFinished(id);
                }
            },
            Qt::QueuedConnection);
    }
}

JobStore::Write JobEngine::persist(JobRecord &job, std::optional<QString> newOwner)
{
    JobRecord written = job;
    if (newOwner)
        written.owner = *newOwner;
    QString error;
    // A job nobody owns may only be changed while it still waits (a claim would have made it someone's).
    const JobStore::Write w = job.owner.isEmpty() ? m_store.update(written, {}, JobState::Waiting, &error)
                                                  : m_store.update(written, job.owner, std::nullopt, &error);
    if (w == JobStore::Write::Done)
        job.owner = written.owner;
    return announceWrite(job.id, w, error);
}

JobStore::Write JobEngine::persistProgress(JobRecord &job)
{
    QString error;
    return announceWrite(job.id, m_store.updateProgress(job, job.owner, &error), error);
}

JobStore::Write JobEngine::announceWrite(qint64 id, JobStore::Write w, const QString &error)
{
    switch (w) {
    case JobStore::Write::Done:
        Q_EMIT jobChanged(id);
        break;
    case JobStore::Write::Failed:
        Q_EMIT notice(error);
        Q_EMIT jobChanged(id);
        break;
    case JobStore::Write::Lost:
        reloadLost(id);
        break;
    }
    return w;
}

bool JobEngine::ensureLease()
{
    if (m_lease.isFresh())
        return true;
    bool lostRow = false;
    if (!m_lease.renew(&lostRow)) {
        Q_EMIT notice(tr("The library is busy (another Dailies holds it); jobs wait a moment."));
        return false;
    }
    m_registered = true;
    if (lostRow) {
        // Another process took this one for gone: whatever it took over is no longer this engine's.
        QList<qint64> mine;
        for (const JobRecord &job : std::as_const(m_jobs)) {
            if (isMine(job))
                mine << job.id;
        }
        for (qint64 id : std::as_const(mine)) {
            const std::optional<JobRecord> row = m_store.load(id);
            if (!row || row->owner != m_lease.id())
                reloadLost(id);
        }
    }
    return true;
}

QDateTime JobEngine::considerClaims()
{
    QList<qint64> candidates;
    for (const JobRecord &job : std::as_const(m_jobs)) {
        if (!isMine(job) && isInFlight(job.state))
            candidates << job.id;
    }
    if (candidates.isEmpty())
        return {};
    const QHash<QString, EngineLease::Engine> engines = m_lease.engines();
    QDateTime next;
    const auto checkAgainAt = [&next](const QDateTime &at) {
        next = next.isValid() ? std::min(next, at) : at;
    };
    for (qint64 id : std::as_const(candidates)) {
        if (!m_jobs.contains(id))
            continue;
        JobRecord &job = m_jobs[id];
        if (!job.owner.isEmpty() && m_lease.isAlive(job.owner, engines)) {
            checkAgainAt(m_lease.nextCheck(job.owner, engines));
            continue;
        }
        if (!m_clients || !m_clients(job.profile))
            continue; // this process cannot reach its provider; one that can takes it

        if (!ensureLease()) {
            checkAgainAt(m_clock->now().addSecs(5));
            continue;
        }
        const QString previous = job.owner;
        if (!previous.isEmpty()) {
            if (const auto engine = engines.constFind(previous); engine != engines.cend())
                m_lease.retire(*engine); // may fail when it renewed after all: the takeover below then finds out
        }
        JobRecord claimed = job;
        claimed.owner = m_lease.id();
        QString error;
        const JobStore::Write w = previous.isEmpty() ? m_store.update(claimed, {}, job.state, &error)
                                                     : m_store.takeOver(claimed, previous, &error);
        if (w == JobStore::Write::Failed) {
            Q_EMIT notice(error);
            checkAgainAt(m_clock->now().addSecs(5));
            continue;
        }
        if (w == JobStore::Write::Lost) {
            reloadLost(id);
            continue;
        }
        job.owner = claimed.owner;
        Q_EMIT jobChanged(id);
        resumeClaimed(job);
    }
    return next;
}

void JobEngine::resumeClaimed(JobRecord &job)
{
    if (!m_runtime.contains(job.id))
        m_runtime.insert(job.id, new Runtime);
    if (job.state == JobState::Submitting && job.remoteId.isEmpty()) {
        // Its create may or may not have reached the provider: only the provider's list can tell.
        QMetaObject::invokeMethod(
            this,
            [this, id = job.id] {
                if (ownsJob(id))
                    reconcileLost(id);
            },
            Qt::QueuedConnection);
        return;
    }
    m_runtime.value(job.id)->nextCheckMs = 0;
    if (job.state == JobState::Submitting) {
        job.state = JobState::Queued; // answered; the next poll tells where it is
        persist(job);
    }
}

} // namespace Dailies
