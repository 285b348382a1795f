// SPDX-License-Identifier: GPL-3.0-or-later
// Reconciliation: a create whose answer was lost is matched against the provider's list, never sent again.
#include <algorithm>

#include "core/api/reconcile.h"
#include "core/api/videoapiclient.h"
#include "core/jobs/jobengine.h"
#include "core/jobs/jobengine_p.h"
#include "core/util/clock.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Dailies
{

namespace
{

// `remote_status` of a job whose create's answer was lost while it is reconciled: every process then knows that
// the create is no longer on its way.
const QString kLostStatus = u"lost"_s;

// Two jobs that send the same request (the variations of one submit): their videos cannot be told apart.
bool sameTake(const JobRecord &a, const JobRecord &b)
{
    return a.kind == b.kind && a.profile == b.profile && a.sourceId == b.sourceId
        && a.request.prompt == b.request.prompt && a.request.model == b.request.model
        && a.request.size == b.request.size && a.request.seconds == b.request.seconds
        && a.request.inputReferencePath == b.request.inputReferencePath
        && a.request.inputReferenceUrl == b.request.inputReferenceUrl
        && a.request.inputReferenceFileId == b.request.inputReferenceFileId;
}

} // namespace

void JobEngine::reconcileLost(qint64 id)
{
    if (!ownsJob(id))
        return;
    JobRecord &job = m_jobs[id];
    if (!m_runtime.contains(id))
        m_runtime.insert(id, new Runtime);
    if (job.remoteStatus != kLostStatus) {
        job.remoteStatus = kLostStatus;
        if (persist(job) == JobStore::Write::Lost)
            return;
    }
    Api::VideoApiClient *client = clientFor(job);
    if (!client) {
        job.setError(u"config"_s, {},
            tr("The answer to this job's create was lost and profile '%1' cannot be asked "
               "about it now; it will be checked when the profile works again.")
                .arg(job.profile));
        persist(job);
        return;
    }
    Api::VideoListCall *call = client->list({ .limit = 100, .order = u"desc"_s });
    m_runtime.value(id)->call = call;
    connect(call, &Api::VideoListCall::finished, this, [this, id, call](const Api::VideoListResult &r) {
        call->deleteLater();
        if (!ownsJob(id) || !m_runtime.contains(id))
            return;
        m_runtime.value(id)->call = nullptr;
        onLostListed(id, r);
    });
}

void JobEngine::onLostListed(qint64 id, const Api::VideoListResult &r)
{
    if (!r.ok() && EngineDetail::listNotServed(r.error)) {
        // Without a list nothing can prove what happened, now or later: the user decides.
        JobRecord &lost = m_jobs[id];
        m_noListRoute.insert(lost.profile);
        lost.setError(u"lost_create"_s, {},
            tr("The answer to this job's request was lost, and profile '%1' has no list of videos (%2) to find out "
               "whether it was carried out. It was not sent again, so nothing is paid twice. Check the provider's "
               "videos; retry the job if it was not made.")
                .arg(lost.profile, r.error.toString()));
        finishJob(lost, JobState::NeedsAttention);
        return;
    }
    if (!r.ok()) {
        // Cannot tell yet; ask again later rather than guess.
        JobRecord &lost = m_jobs[id];
        lost.setError(Api::ApiError::kindName(r.error.kind), r.error.code,
            tr("Checking whether the lost create was carried out failed: %1").arg(r.error.toString()));
        if (persist(lost) == JobStore::Write::Lost)
            return;
        m_clock->callLater(milliseconds(std::max<qint64>(5000, r.error.retryAfter.value_or(5000ms).count())), this,
            [this, id] { reconcileLost(id); });
        return;
    }
    // What the other processes did meanwhile counts: a twin they sent may be among the candidates.
    refresh();
    if (!ownsJob(id))
        return;
    const JobRecord &current = m_jobs[id];
    // A twin whose create may still be on its way (here or in another process) could have made any candidate:
    // decide once it is answered, or lost as well.
    QList<const JobRecord *> twins;
    for (const JobRecord &other : std::as_const(m_jobs)) {
        if (other.state != JobState::Submitting || !other.remoteId.isEmpty() || !sameTake(other, current))
            continue;
        if (other.remoteStatus != kLostStatus) {
            m_clock->callLater(2000ms, this, [this, id] { reconcileLost(id); });
            return;
        }
        twins << &other;
    }
    JobRecord &lost = m_jobs[id];
    if (const std::optional<Api::Video> match = matchLost(lost, r.page, twins)) {
        // Conditional on nobody else having adopted that video meanwhile (another process reconciling a twin).
        JobRecord adopted = lost;
        adopted.clearError();
        adopted.remoteId = match->id;
        adopted.remoteCreatedAt = match->createdAt;
        if (const JobStore::Write w = persist(adopted); w == JobStore::Write::Done) {
            lost = adopted;
            adopt(lost, *match, std::nullopt);
            return;
        } else if (w == JobStore::Write::Lost) {
            return;
        }
    }
    lost.setError(u"lost_create"_s, {},
        tr("The answer to this job's create was lost, and the provider's list shows no job that is "
           "certainly this one. It was not sent again, so nothing is paid twice. Check the provider's "
           "videos; retry the job if it was not made."));
    finishJob(lost, JobState::NeedsAttention);
}

std::optional<Api::Video> JobEngine::matchLost(
    const JobRecord &lost, const Api::VideoPage &page, QList<const JobRecord *> twins) const
{
    const QSet<QString> known = m_store.remoteIds(lost.profile);
    if (lost.kind != JobKind::Create) {
        // A remix, edit or extension names its source: the one new video of that source with this prompt.
        std::optional<Api::Video> match;
        int found = 0;
        for (const Api::Video &v : page.data) {
            if (!known.contains(v.id) && v.remixedFromVideoId == lost.sourceId && v.prompt == lost.request.prompt
                && (!v.createdAt.isValid() || v.createdAt >= lost.submittedAt.addSecs(-120))) {
                match = v;
                ++found;
            }
        }
        return found == 1 ? match : std::nullopt;
    }
    // Variations of one submit are identical creates: the lost ones (in this process or another) share the
    // unclaimed videos that fit them, in order of sending and of creation.
    std::sort(twins.begin(), twins.end(), [](const JobRecord *a, const JobRecord *b) {
        return std::make_pair(a->submittedAt.toMSecsSinceEpoch(), a->id)
            < std::make_pair(b->submittedAt.toMSecsSinceEpoch(), b->id);
    });
    QDateTime earliestSent = lost.submittedAt;
    for (const JobRecord *twin : std::as_const(twins))
        earliestSent = std::min(earliestSent, twin->submittedAt);
    const QList<Api::Video> candidates = Api::lostCreateCandidates(page, lost.request, earliestSent, known);
    const qsizetype rank = std::find_if(twins.cbegin(), twins.cend(), [&lost](const JobRecord *twin) {
        return twin->id == lost.id;
    }) - twins.cbegin();
    // Fewer candidates than twins: some creates never arrived, and since twins are interchangeable the first ones
    // take what was made. More candidates than twins: some are not ours, so none is taken.
    if (candidates.size() <= twins.size() && rank < candidates.size())
        return candidates.at(rank);
    return std::nullopt;
}

} // namespace Dailies
