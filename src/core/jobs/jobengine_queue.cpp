// SPDX-License-Identifier: GPL-3.0-or-later
// What the user does to the queue: pause, cancel (and delete on the provider), retry and move.
#include <QDir>
#include <algorithm>

#include "core/api/videoapiclient.h"
#include "core/jobs/jobengine.h"
#include "core/jobs/jobengine_p.h"
#include "core/library/library.h"
#include "core/util/clock.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Dailies
{

void JobEngine::setPaused(bool paused)
{
    m_store.setQueuePaused(paused);
    if (!paused) {
        for (JobRecord &job : m_jobs) {
            if (job.state == JobState::Waiting && job.errorKind == "api"_L1) {
                job.clearError();
                persist(job);
            }
        }
    }
    const bool changed = paused != m_paused;
    m_paused = paused;
    if (changed)
        Q_EMIT pausedChanged(paused);
    scheduleSoon();
}

bool JobEngine::cancel(qint64 id, QString *error, bool *requested)
{
    if (requested)
        *requested = false;
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (const std::optional<bool> done = cancelUnclaimed(id, error))
        return *done;
    std::optional<JobRecord> stored = m_jobs.contains(id) ? std::optional(m_jobs.value(id)) : m_store.load(id);
    if (!stored || isTerminal(stored->state) || stored->state == JobState::Waiting)
        return fail(tr("Job %1 changed while it was being cancelled; look at it again.").arg(id));
    if (!isMine(*stored)) {
        const QHash<QString, EngineLease::Engine> engines = m_lease.engines();
        if (!stored->owner.isEmpty() && m_lease.isAlive(stored->owner, engines)) {
            // Another process sends or follows it: it alone can stop its calls, so it is asked to.
            if (!m_store.requestCancel(id))
                return fail(tr("Job %1 could not be cancelled: %2").arg(id).arg(m_store.lastError()));
            if (requested)
                *requested = true;
            return true;
        }
        if (stored->state == JobState::Submitting && stored->remoteId.isEmpty())
            return fail(tr("Job %1's create may have reached the provider; run the queue to find out before "
                           "cancelling.")
                            .arg(id));
        if (!takeOverToCancel(*stored, engines, error))
            return false;
    }
    JobRecord &job = m_jobs[id];
    if (job.state == JobState::Submitting && job.remoteId.isEmpty()) {
        if (Runtime *rt = m_runtime.value(id))
            rt->cancelRequested = true; // decided when the create answers
        return true;
    }
    const QString remoteId = job.remoteId;
    const QString profile = job.profile; // finishJob() removes the record
    Api::VideoApiClient *client = remoteId.isEmpty() ? nullptr : clientFor(job);
    QDir(m_library->stagingFolder(id)).removeRecursively();
    finishJob(job, JobState::Cancelled);
    if (client)
        deleteRemote(id, profile, remoteId, 0);
    return true;
}

std::optional<bool> JobEngine::cancelUnclaimed(qint64 id, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // A job that waits (or a draft) belongs to nobody: one conditional write cancels it, unless a process claimed
    // it a moment ago, in which case the decision is made again on the row as it is now.
    for (int attempt = 0; attempt < 3; ++attempt) {
        std::optional<JobRecord> stored = m_jobs.contains(id) ? std::optional(m_jobs.value(id)) : m_store.load(id);
        if (!stored)
            return fail(tr("There is no job %1.").arg(id));
        if (isTerminal(stored->state))
            return fail(tr("Job %1 has already ended (%2).").arg(id).arg(toString(stored->state)));
        if (stored->state != JobState::Waiting && stored->state != JobState::Draft)
            return std::nullopt;
        JobRecord row = *stored;
        row.state = JobState::Cancelled;
        row.finishedAt = m_clock->now();
        QString writeError;
        const JobStore::Write w = m_store.update(row, stored->owner, stored->state, &writeError);
        if (w == JobStore::Write::Failed)
            return fail(writeError);
        if (w == JobStore::Write::Lost) {
            if (m_jobs.contains(id))
                reloadLost(id);
            continue;
        }
        dropRuntime(id);
        m_jobs.remove(id);
        Q_EMIT jobChanged(id);
        Q_EMIT jobFinished(id);
        scheduleSoon();
        return true;
    }
    return std::nullopt;
}

bool JobEngine::takeOverToCancel(
    const JobRecord &stored, const QHash<QString, EngineLease::Engine> &engines, QString *error)
{
    // Nobody follows it any more: take it over, then cancel it like one of this engine's own.
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!ensureLease())
        return fail(tr("The library is busy; try again in a moment."));
    if (!stored.owner.isEmpty()) {
        if (const auto engine = engines.constFind(stored.owner); engine != engines.cend())
            m_lease.retire(*engine);
    }
    JobRecord claimed = stored;
    claimed.owner = m_lease.id();
    const JobStore::Write w
        = stored.owner.isEmpty() ? m_store.update(claimed, {}, stored.state) : m_store.takeOver(claimed, stored.owner);
    if (w != JobStore::Write::Done)
        return fail(tr("Job %1 changed while it was being cancelled; look at it again.").arg(stored.id));
    m_jobs.insert(stored.id, claimed);
    if (!m_runtime.contains(stored.id))
        m_runtime.insert(stored.id, new Runtime);
    return true;
}

void JobEngine::deleteRemote(qint64 id, const QString &profile, const QString &remoteId, int attempt)
{
    Api::VideoApiClient *client = m_clients ? m_clients(profile) : nullptr;
    if (!client)
        return;
    Api::DeleteVideoCall *call = client->remove(remoteId);
    connect(call, &Api::DeleteVideoCall::finished, this,
        [this, call, id, profile, remoteId, attempt](const Api::DeleteVideoResult &r) {
            call->deleteLater();
            if (r.ok() || r.error.isNotFound())
                return;
            // Providers refuse to delete a video that is still running: ask again once it has finished, so that a
            // cancelled take does not stay on the provider. Kept in memory: a closed process leaves it there.
            constexpr int kMaxAttempts = 20;
            if (attempt == 0)
                Q_EMIT notice(tr("Job %1 is cancelled here; the provider keeps running it (%2). It is deleted there "
                                 "once it has finished.")
                                  .arg(id)
                                  .arg(r.error.toString()));
            if (attempt + 1 >= kMaxAttempts || r.error.httpStatus == 401 || r.error.httpStatus == 403)
                return;
            const milliseconds delay
                = std::min<milliseconds>(m_settings.maxPollInterval, 1000ms * (1 << std::min(attempt, 5)));
            m_clock->callLater(delay, this, [this, id, profile, remoteId, attempt] {
                Api::VideoApiClient *again = m_clients ? m_clients(profile) : nullptr;
                if (!again)
                    return;
                Api::VideoCall *look = again->retrieve(remoteId);
                connect(look, &Api::VideoCall::finished, this,
                    [this, look, id, profile, remoteId, attempt](const Api::VideoResult &seen) {
                        look->deleteLater();
                        if (seen.error.isNotFound())
                            return;
                        if (seen.ok() && !seen.video.isFinished()) {
                            m_clock->callLater(std::max(1000ms, pollInterval(JobRecord(), seen.meta.pollAfter)), this,
                                [this, id, profile, remoteId, attempt] {
                                    deleteRemote(id, profile, remoteId, attempt + 1);
                                });
                            return;
                        }
                        deleteRemote(id, profile, remoteId, attempt + 1);
                    });
            });
        });
}

std::optional<qint64> JobEngine::retry(qint64 id, QString *error)
{
    std::optional<JobRecord> old = m_jobs.contains(id) ? std::optional(m_jobs.value(id)) : m_store.load(id);
    if (!old) {
        if (error)
            *error = tr("There is no job %1.").arg(id);
        return std::nullopt;
    }
    if (!isTerminal(old->state)) {
        if (error)
            *error = tr("Job %1 is still %2; cancel it first or wait.").arg(id).arg(toString(old->state));
        return std::nullopt;
    }
    SubmitRequest again;
    again.profile = old->profile;
    again.request = old->request;
    again.project = old->project;
    again.kind = old->kind;
    again.sourceId = old->sourceId;
    again.draftOf = old->draftOf;
    again.allowDuplicate = true; // a retry is an explicit decision to make the take again
    const SubmitResult r = submit(again);
    if (!r.ok()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    return r.jobIds.first();
}

bool JobEngine::move(qint64 id, int index, QString *error)
{
    if (!m_jobs.contains(id) || m_jobs.value(id).state != JobState::Waiting) {
        if (error)
            *error = tr("Job %1 is not waiting in the queue, so it cannot be moved.").arg(id);
        return false;
    }
    QList<JobRecord *> waiting;
    for (JobRecord &job : m_jobs) {
        if (job.state == JobState::Waiting && job.id != id)
            waiting << &job;
    }
    std::sort(waiting.begin(), waiting.end(),
        [](const JobRecord *a, const JobRecord *b) { return a->position < b->position; });
    index = std::clamp(index, 0, int(waiting.size()));
    const double before
        = index > 0 ? waiting.at(index - 1)->position : (waiting.isEmpty() ? 1.0 : waiting.first()->position - 1.0);
    const double after = index < waiting.size() ? waiting.at(index)->position : before + 2.0;
    JobRecord &job = m_jobs[id];
    job.position = index > 0 || waiting.isEmpty() ? (before + after) / 2.0 : waiting.first()->position - 1.0;
    if (persist(job) == JobStore::Write::Lost) {
        if (error)
            *error = tr("Job %1 was sent by another process a moment ago, so it cannot be moved.").arg(id);
        return false;
    }
    scheduleSoon();
    return true;
}

} // namespace Dailies
