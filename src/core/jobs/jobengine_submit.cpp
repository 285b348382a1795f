// SPDX-License-Identifier: GPL-3.0-or-later
// Submitting: checking and queueing a request, claiming a waiting job and sending its create, and what its answer
// means.
#include <QDir>
#include <QSqlError>
#include <QUuid>

#include "core/api/videoapiclient.h"
#include "core/jobs/jobengine.h"
#include "core/jobs/jobengine_p.h"
#include "core/library/library.h"
#include "core/pricing/spendledger.h"
#include "core/storage/database.h"
#include "core/util/clock.h"
#include "core/util/crashpoint.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Dailies
{

QString JobEngine::takeKey(const SubmitRequest &request)
{
    return request.profile + QChar(0) + EngineDetail::settingsKeyOf(request.request);
}

JobEngine::SubmitResult JobEngine::submit(const SubmitRequest &in)
{
    SubmitResult result;
    result.error = whyNotSubmittable(in);
    if (!result.error.isEmpty())
        return result;
    const bool billed = isBilled(in.profile);
    result.estimate = estimate(in.profile, in.request, in.variations);
    if (billed && m_ledger) {
        const BudgetCheck check = m_ledger->check(result.estimate.value_or(0), m_clock->now().toLocalTime().date());
        if (!check.allowed) {
            result.error = check.message;
            return result;
        }
        if (!check.message.isEmpty())
            result.warnings << check.message;
    }
    if (in.kind == JobKind::Create && billed && !in.allowDuplicate && findSameTake(in, result))
        return result;
    const QList<JobRecord> created = insertJobs(in, &result.error);
    for (const JobRecord &job : created) {
        result.jobIds << job.id;
        m_maxKnownId = std::max(m_maxKnownId, job.id);
        if (!in.draft)
            m_jobs.insert(job.id, job);
        Q_EMIT jobAdded(job.id);
    }
    if (created.isEmpty())
        return result;
    for (const QString &w : std::as_const(result.warnings))
        Q_EMIT budgetAlert(w);
    scheduleSoon();
    return result;
}

QString JobEngine::whyNotSubmittable(const SubmitRequest &in) const
{
    if (m_halted)
        return tr("Another program updated this library for a newer Dailies; update Dailies to queue jobs.");
    const bool fromSource = in.kind != JobKind::Create;
    if (fromSource == in.sourceId.isEmpty())
        return fromSource ? tr("A %1 needs the video it starts from.").arg(toString(in.kind))
                          : tr("A create starts from no video; ask for a remix, edit or extension instead.");
    const Api::ApiError invalid = fromSource ? Api::VideoApiClient::validatePrompt(in.request.prompt)
                                             : Api::VideoApiClient::validateCreate(in.request);
    if (invalid)
        return invalid.toString();
    if (fromSource) {
        if (const Api::ApiError badId = Api::VideoApiClient::validateVideoId(in.sourceId))
            return badId.toString();
    }
    if (const QString problem = whyNotFromSource(in); !problem.isEmpty())
        return problem;
    if (const QString problem = whyCharactersDoNotFit(in); !problem.isEmpty())
        return problem;
    if (in.variations < 1 || in.variations > 8)
        return tr("Variations must be from 1 to 8 (got %1).").arg(in.variations);
    if (in.profile.isEmpty())
        return tr("No provider profile was given.");
    return {};
}

QString JobEngine::whyNotFromSource(const SubmitRequest &in) const
{
    if (in.kind != JobKind::Extend)
        return {};
    using Client = Api::VideoApiClient;
    if (const Api::ApiError e = Client::validateExtensionSeconds(in.request.seconds))
        return e.toString();
    if (!in.request.characters.isEmpty() || !in.request.inputReferencePath.isEmpty()
        || !in.request.inputReferenceUrl.isEmpty() || !in.request.inputReferenceFileId.isEmpty())
        return tr("An extension takes no characters and no reference image: it continues its source as it is.");
    const std::optional<ClipRecord> source
        = m_library ? m_library->clipByRemoteId(in.profile, in.sourceId) : std::nullopt;
    if (!source)
        return {}; // not in this library: the provider decides
    const QString excerpt = source->prompt.simplified().left(60);
    const int total = source->seconds.toInt() + in.request.seconds.toInt();
    if (total > Client::kMaxExtendedSeconds)
        return tr("'%1' is %2 s long; %3 s more would make %4 s, and extensions make a clip at most %5 s long.")
            .arg(excerpt, source->seconds, in.request.seconds)
            .arg(total)
            .arg(Client::kMaxExtendedSeconds);
    if (const int done = m_library->extensionCount(source->id); done >= Client::kMaxExtensions)
        return tr("'%1' is already the %2th extension of its clip, the most there can be.").arg(excerpt).arg(done);
    return {};
}

QString JobEngine::whyCharactersDoNotFit(const SubmitRequest &in) const
{
    for (const QString &id : in.request.characters) {
        const std::optional<CharacterRecord> c = m_library ? m_library->character(in.profile, id) : std::nullopt;
        if (!c)
            return tr("The library has no character %1 for profile '%2'; add it first (dailies characters get %1).")
                .arg(id, in.profile);
        if (!in.request.prompt.contains(c->name))
            return tr("The prompt must name the character '%1' exactly as it is written, or the provider refuses "
                      "it.")
                .arg(c->name);
    }
    return {};
}

Api::VideoCall *JobEngine::sendFor(Api::VideoApiClient *client, const JobRecord &job)
{
    switch (job.kind) {
    case JobKind::Remix:
        return client->remix(job.sourceId, job.request.prompt);
    case JobKind::Edit:
        return client->edit(job.sourceId, job.request.prompt);
    case JobKind::Extend:
        return client->extend(job.sourceId, job.request.prompt, job.request.seconds);
    case JobKind::Create:
        break;
    }
    return client->create(job.request);
}

bool JobEngine::findSameTake(const SubmitRequest &in, SubmitResult &result) const
{
    if (!m_library)
        return false;
    const QString key = EngineDetail::settingsKeyOf(in.request);
    if (auto existing = m_library->findDuplicate(key)) {
        result.duplicate = existing;
        result.error = tr("The library already has this take (same prompt and settings): %1. Submit again "
                          "only if you want to pay for another one.")
                           .arg(QDir::toNativeSeparators(existing->videoPath));
        return true;
    }
    // A take still queued or running counts as well: a repeated key press must not buy it twice.
    for (const JobRecord &job : std::as_const(m_jobs)) {
        if (isTerminal(job.state) || job.kind != JobKind::Create || job.profile != in.profile
            || job.request.model != in.request.model || job.request.size != in.request.size
            || job.request.seconds != in.request.seconds || EngineDetail::settingsKeyOf(job.request) != key)
            continue;
        result.duplicateJob = job.id;
        result.error = tr("The same take (same prompt and settings) is already in the queue as job %1. Submit "
                          "again only if you want to pay for another one.")
                           .arg(job.id);
        return true;
    }
    return false;
}

QList<JobRecord> JobEngine::insertJobs(const SubmitRequest &in, QString *error)
{
    const QString batch = QUuid::createUuid().toString(QUuid::WithoutBraces);
    double position = m_store.lastPosition();
    QList<JobRecord> created;
    Database::Transaction transaction(*m_db);
    if (!transaction.isActive()) {
        *error = tr("The library is busy (another Dailies is writing to it); nothing was queued. Try again.");
        return {};
    }
    for (int i = 0; i < in.variations; ++i) {
        JobRecord job;
        job.batch = batch;
        job.variation = i;
        job.profile = in.profile;
        job.state = in.draft ? JobState::Draft : JobState::Waiting;
        job.position = ++position;
        job.kind = in.kind;
        job.request = in.request;
        job.sourceId = in.sourceId;
        job.draftOf = in.draftOf;
        job.project = in.project;
        job.createdAt = m_clock->now();
        job.estimatedCost = estimate(in.profile, in.request);
        if (!m_store.insert(job, error))
            return {};
        created.append(job);
    }
    if (!transaction.commit()) {
        *error = tr("Cannot save the jobs: %1").arg(m_db->connection().lastError().text());
        return {};
    }
    return created;
}

bool JobEngine::startSubmit(JobRecord &job)
{
    Api::VideoApiClient *client = clientFor(job);
    if (!client)
        return false;
    if (!ensureLease())
        return false;
    // The claim: on disk, and this engine's alone, before the request leaves.
    JobRecord claimed = job;
    claimed.state = JobState::Submitting;
    claimed.owner = m_lease.id();
    claimed.submittedAt = m_clock->now();
    claimed.lastChangeAt = claimed.submittedAt;
    claimed.notBefore = {};
    ++claimed.attempts;
    QString error;
    const JobStore::Write w
        = m_store.claimForSubmit(claimed, concurrencyOf(job.profile), m_clock->now().toMSecsSinceEpoch(), &error);
    if (w != JobStore::Write::Done) {
        // Another process claimed it, cancelled or moved it, paused the queue, or fills the profile's slots.
        if (w == JobStore::Write::Failed)
            Q_EMIT notice(error);
        readPaused();
        reloadLost(job.id);
        return false;
    }
    job = claimed;
    setState(job, JobState::Submitting);
    Q_EMIT jobChanged(job.id);
    crashPoint("submit-written");
    Api::VideoCall *call = sendFor(client, job);
    m_runtime.value(job.id)->call = call;
    const qint64 id = job.id;
    connect(call, &Api::VideoCall::finished, this, [this, id, call](const Api::VideoResult &r) {
        call->deleteLater();
        crashPoint("create-answered");
        onCreateAnswered(id, r.video, r.error, r.ok());
    });
    return true;
}

void JobEngine::onCreateAnswered(qint64 id, const Api::Video &video, const Api::ApiError &error, bool ok)
{
    if (!ownsJob(id) || !m_runtime.contains(id))
        return;
    JobRecord &job = m_jobs[id];
    Runtime *rt = m_runtime.value(id);
    rt->call = nullptr;
    if (ok) {
        job.clearError();
        adopt(job, video, std::nullopt);
        return;
    }
    if (rt->cancelRequested && !error.outcomeUnknown) {
        finishJob(job, JobState::Cancelled); // refused, so nothing exists remotely to delete
        return;
    }
    job.setError(
        Api::ApiError::kindName(error.kind), error.code, error.toString(), QString::fromLatin1(error.requestId));
    if (error.outcomeUnknown) {
        if (persist(job) == JobStore::Write::Lost)
            return;
        reconcileLost(id);
        return;
    }
    if (error.isRateLimited() || error.isTransport()) {
        // Proven not created (a refusal before any processing): safe to send again later, by any process.
        job.state = JobState::Waiting;
        backOff(job, error.retryAfter);
        dropRuntime(id);
        persist(job, QString());
        scheduleSoon();
        return;
    }
    if (error.isAuthentication() || error.isQuotaExceeded()) {
        // Every other job of the queue would fail the same way: keep this one and stop until the user acts.
        job.state = JobState::Waiting;
        dropRuntime(id);
        if (persist(job, QString()) == JobStore::Write::Lost)
            return;
        pause();
        Q_EMIT notice(tr("The queue is paused: %1").arg(error.toString()));
        Q_EMIT queueHeld(id);
        return;
    }
    finishJob(job, JobState::Failed);
}

} // namespace Dailies
