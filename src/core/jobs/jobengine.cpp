// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/jobengine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>
#include <algorithm>

#include "core/api/reconcile.h"
#include "core/api/videoapiclient.h"
#include "core/library/library.h"
#include "core/pricing/spendledger.h"
#include "core/providers/capabilities.h"
#include "core/storage/database.h"
#include "core/util/clock.h"
#include "core/util/crashpoint.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Dailies
{

struct JobEngine::Runtime {
    QPointer<Api::ApiCall> call; ///< the create, poll or reconciliation in flight
    QList<QPointer<Api::DownloadCall>> downloads;
    qint64 nextCheckMs = 0; ///< monotonic time of the next poll
    int downloadsPending = 0;
    bool videoDone = false;
    Api::ApiError videoError;
    bool cancelRequested = false;
};

namespace
{

// What identifies a take's reference image: its bytes, or its URL or file id.
QByteArray referenceDigest(const Api::CreateVideoRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!request.inputReferencePath.isEmpty()) {
        QFile file(request.inputReferencePath);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(&file);
    } else if (!request.inputReferenceUrl.isEmpty()) {
        hash.addData(request.inputReferenceUrl.toUtf8());
    } else if (!request.inputReferenceFileId.isEmpty()) {
        hash.addData(request.inputReferenceFileId.toUtf8());
    } else {
        return {};
    }
    return hash.result().toHex();
}

// `remote_status` of a job whose create's answer was lost while it is reconciled: every process then knows that
// the create is no longer on its way.
const QString kLostStatus = u"lost"_s;

// Two jobs that send the same request (the variations of one submit): their videos cannot be told apart.
bool sameTake(const JobRecord &a, const JobRecord &b)
{
    return a.kind == b.kind && a.profile == b.profile && a.remixOf == b.remixOf && a.request.prompt == b.request.prompt
        && a.request.model == b.request.model && a.request.size == b.request.size
        && a.request.seconds == b.request.seconds && a.request.inputReferencePath == b.request.inputReferencePath
        && a.request.inputReferenceUrl == b.request.inputReferenceUrl
        && a.request.inputReferenceFileId == b.request.inputReferenceFileId;
}

// Clip length in seconds as a number, for cost and for guessing how long a job takes.
double secondsOf(const JobRecord &job)
{
    bool ok = false;
    const double s = job.response.value("seconds"_L1).toVariant().toString().toDouble(&ok);
    if (ok && s > 0)
        return s;
    const double requested = job.request.seconds.toDouble(&ok);
    return ok && requested > 0 ? requested : 4.0;
}

} // namespace

JobEngine::JobEngine(
    Database *database, Library *library, SpendLedger *ledger, ClientProvider clients, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_library(library)
    , m_ledger(ledger)
    , m_clients(std::move(clients))
    , m_clock(clock ? clock : &SystemClock::instance())
    , m_store(database, m_clock)
    , m_lease(database, m_clock, QCoreApplication::applicationName())
{
    m_paused = m_store.isQueuePaused();
}

JobEngine::~JobEngine()
{
    for (Runtime *rt : std::as_const(m_runtime)) {
        if (rt->call)
            rt->call->disconnect(this);
        for (const auto &d : std::as_const(rt->downloads)) {
            if (d)
                d->disconnect(this);
        }
        delete rt;
    }
    // Jobs the provider knows go back to nobody, so another process adopts them at once; a create still unanswered
    // stays claimed by this (now gone) engine and is reconciled by whoever takes it over.
    if (m_registered && !m_halted) {
        m_store.releaseClaims(m_lease.id());
        m_lease.release();
    }
}

void JobEngine::setSettings(const Settings &settings)
{
    m_settings = settings;
    scheduleSoon();
}

void JobEngine::setProfileKind(const QString &profile, int maxConcurrency, bool billed, Api::ProviderKind kind)
{
    if (maxConcurrency > 0)
        m_profileConcurrency.insert(profile, maxConcurrency);
    m_profileBilled.insert(profile, billed);
    m_profileKind.insert(profile, kind);
}

void JobEngine::setCapabilities(const CapabilityTable *table)
{
    m_capabilities = table ? table : &CapabilityTable::builtIn();
}

Api::ProviderKind JobEngine::profileKind(const QString &profile) const
{
    return m_profileKind.value(
        profile, profile == Api::kDemoProfileName ? Api::ProviderKind::Demo : Api::ProviderKind::OpenAI);
}

std::optional<double> JobEngine::estimate(
    const QString &profile, const Api::CreateVideoRequest &request, int variations) const
{
    if (!isBilled(profile))
        return 0.0;
    return m_capabilities->estimate(request.model, request.size, request.seconds, variations, profileKind(profile));
}

std::optional<double> JobEngine::pricePerSecond(const QString &profile, const QString &model, const QString &size) const
{
    if (!isBilled(profile))
        return 0.0;
    const std::optional<ModelCapability> capability = m_capabilities->model(model, profileKind(profile));
    return capability ? capability->pricePerSecond(size) : std::nullopt;
}

QString JobEngine::finalModelFor(const QString &profile, const QString &model) const
{
    if (const QString chosen = m_settings.finalModels.value(profile); !chosen.isEmpty() && chosen != model)
        return chosen;
    return m_capabilities->finalModelFor(model, profileKind(profile));
}

std::optional<JobEngine::SubmitRequest> JobEngine::finalRequestFor(qint64 clipId, QString *why) const
{
    const auto refuse = [why](const QString &text) -> std::optional<SubmitRequest> {
        if (why)
            *why = text;
        return std::nullopt;
    };
    const std::optional<ClipRecord> clip = m_library ? m_library->clip(clipId) : std::nullopt;
    if (!clip)
        return refuse(tr("There is no clip %1 in the library.").arg(clipId));
    const QString excerpt = clip->prompt.simplified().left(60);
    if (clip->remoteId.isEmpty() || clip->profile.isEmpty())
        return refuse(
            tr("'%1' was not made by a provider Dailies knows, so it has no settings to render again.").arg(excerpt));
    // A remix keeps only the change it asked for as its prompt: rendered on its own it would be another take.
    if (!clip->parentRemoteId.isEmpty())
        return refuse(tr("'%1' is a remix; render its original instead.").arg(excerpt));
    if (clip->prompt.isEmpty())
        return refuse(tr("The take has no prompt to render again."));
    SubmitRequest final;
    final.profile = clip->profile;
    final.request.prompt = clip->prompt;
    final.request.model = finalModelFor(clip->profile, clip->model);
    if (final.request.model.isEmpty())
        return refuse(tr("'%1' was made on %2, and profile '%3' has no model beyond it to render a final on.")
                          .arg(excerpt, clip->model, clip->profile));
    final.request.size = clip->size;
    final.request.seconds = clip->seconds;
    final.project = clip->project;
    final.draftOf = clip->remoteId;
    // The draft's first frame goes with it, or the final would be a different take.
    const QJsonObject reference = clip->request.value("input_reference"_L1).toObject();
    if (const QString file = reference.value("file"_L1).toString(); !file.isEmpty()) {
        const QString path = m_library->referencePath(file);
        if (path.isEmpty() || !QFileInfo::exists(path))
            return refuse(tr("'%1' was made from the reference image %2, which is no longer in the library; render "
                             "it from the Compose panel with the image instead.")
                              .arg(excerpt, file));
        final.request.inputReferencePath = path;
    }
    final.request.inputReferenceUrl = reference.value("image_url"_L1).toString();
    final.request.inputReferenceFileId = reference.value("file_id"_L1).toString();
    return final;
}

JobEngine::SubmitResult JobEngine::renderFinal(qint64 clipId)
{
    QString why;
    if (const std::optional<SubmitRequest> request = finalRequestFor(clipId, &why))
        return submit(*request);
    SubmitResult result;
    result.error = why;
    return result;
}

qint64 JobEngine::nowMs() const
{
    return m_clock->monotonicMs();
}

int JobEngine::concurrencyOf(const QString &profile) const
{
    if (const auto it = m_settings.concurrency.constFind(profile); it != m_settings.concurrency.cend() && *it > 0)
        return *it;
    return m_profileConcurrency.value(profile, m_settings.defaultConcurrency);
}

bool JobEngine::isBilled(const QString &profile) const
{
    return m_profileBilled.value(profile, profile != Api::kDemoProfileName);
}

std::optional<double> JobEngine::costOf(const JobRecord &job) const
{
    if (!isBilled(job.profile))
        return 0.0;
    Api::CreateVideoRequest made = job.request;
    made.model = job.response.value("model"_L1).toString(job.request.model);
    made.size = job.response.value("size"_L1).toString(job.request.size);
    made.seconds = QString::number(secondsOf(job));
    return estimate(job.profile, made);
}

// ---- submitting ----------------------------------------------------------------------------------------------

QString JobEngine::takeKey(const SubmitRequest &request)
{
    const Api::CreateVideoRequest &r = request.request;
    return request.profile + QChar(0)
        + ClipRecord::settingsKeyFor(r.prompt, r.model, r.size, r.seconds, referenceDigest(r));
}

JobEngine::SubmitResult JobEngine::submit(const SubmitRequest &in)
{
    SubmitResult result;
    if (m_halted) {
        result.error = tr("Another program updated this library for a newer Dailies; update Dailies to queue jobs.");
        return result;
    }
    const bool remix = !in.remixOf.isEmpty();
    const Api::ApiError invalid = remix ? Api::VideoApiClient::validatePrompt(in.request.prompt)
                                        : Api::VideoApiClient::validateCreate(in.request);
    if (invalid) {
        result.error = invalid.toString();
        return result;
    }
    if (remix) {
        if (const Api::ApiError badId = Api::VideoApiClient::validateVideoId(in.remixOf)) {
            result.error = badId.toString();
            return result;
        }
    }
    if (in.variations < 1 || in.variations > 8) {
        result.error = tr("Variations must be from 1 to 8 (got %1).").arg(in.variations);
        return result;
    }
    if (in.profile.isEmpty()) {
        result.error = tr("No provider profile was given.");
        return result;
    }
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
    if (!remix && billed && !in.allowDuplicate && m_library) {
        const QString key = ClipRecord::settingsKeyFor(
            in.request.prompt, in.request.model, in.request.size, in.request.seconds, referenceDigest(in.request));
        if (auto existing = m_library->findDuplicate(key)) {
            result.duplicate = existing;
            result.error = tr("The library already has this take (same prompt and settings): %1. Submit again "
                              "only if you want to pay for another one.")
                               .arg(QDir::toNativeSeparators(existing->videoPath));
            return result;
        }
        // A take still queued or running counts as well: a repeated key press must not buy it twice.
        for (const JobRecord &job : std::as_const(m_jobs)) {
            if (isTerminal(job.state) || job.kind != "create"_L1 || job.profile != in.profile
                || job.request.model != in.request.model || job.request.size != in.request.size
                || job.request.seconds != in.request.seconds
                || ClipRecord::settingsKeyFor(job.request.prompt, job.request.model, job.request.size,
                       job.request.seconds, referenceDigest(job.request))
                    != key)
                continue;
            result.duplicateJob = job.id;
            result.error = tr("The same take (same prompt and settings) is already in the queue as job %1. Submit "
                              "again only if you want to pay for another one.")
                               .arg(job.id);
            return result;
        }
    }

    const QString batch = QUuid::createUuid().toString(QUuid::WithoutBraces);
    double position = m_store.lastPosition();
    QList<JobRecord> created;
    Database::Transaction transaction(*m_db);
    if (!transaction.isActive()) {
        result.error = tr("The library is busy (another Dailies is writing to it); nothing was queued. Try again.");
        return result;
    }
    for (int i = 0; i < in.variations; ++i) {
        JobRecord job;
        job.batch = batch;
        job.variation = i;
        job.profile = in.profile;
        job.state = in.draft ? JobState::Draft : JobState::Waiting;
        job.position = ++position;
        job.kind = remix ? u"remix"_s : u"create"_s;
        job.request = in.request;
        job.remixOf = in.remixOf;
        job.draftOf = in.draftOf;
        job.project = in.project;
        job.createdAt = m_clock->now();
        job.estimatedCost = estimate(in.profile, in.request);
        QString error;
        if (!m_store.insert(job, &error)) {
            result.error = error;
            return result;
        }
        created.append(job);
    }
    if (!transaction.commit()) {
        result.error = tr("Cannot save the jobs: %1").arg(m_db->connection().lastError().text());
        return result;
    }
    for (const JobRecord &job : std::as_const(created)) {
        result.jobIds << job.id;
        m_maxKnownId = std::max(m_maxKnownId, job.id);
        if (!in.draft)
            m_jobs.insert(job.id, job);
        Q_EMIT jobAdded(job.id);
    }
    for (const QString &w : std::as_const(result.warnings))
        Q_EMIT budgetAlert(w);
    scheduleSoon();
    return result;
}

// ---- the scheduler ---------------------------------------------------------------------------------------------

void JobEngine::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    // The change number first: a change made while loading is then read again by refresh(), never missed.
    m_seenRev = m_store.lastRev();
    m_maxKnownId = std::max(m_maxKnownId, m_store.lastId());
    const QList<JobRecord> active = m_store.loadActive();
    for (const JobRecord &job : active) {
        if (m_jobs.contains(job.id))
            continue; // submitted in this process before loading
        m_jobs.insert(job.id, job);
    }
}

void JobEngine::start()
{
    if (m_started)
        return;
    load();
    m_started = true;
    m_checkClaims = true; // unfinished jobs of engines that are gone are taken over (and reconciled) by schedule()
    scheduleSoon();
}

bool JobEngine::ownsJob(qint64 id) const
{
    const auto it = m_jobs.constFind(id);
    return it != m_jobs.cend() && isMine(*it);
}

// ---- many processes --------------------------------------------------------------------------------------------

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
    const qint64 now = nowMs();
    const QDateTime wallNow = m_clock->now();
    qint64 wakeAt = -1;
    const auto wakeNoLaterThan = [&wakeAt](qint64 t) {
        wakeAt = wakeAt < 0 ? t : std::min(wakeAt, t);
    };
    const auto wallToMono = [&](const QDateTime &t) {
        return now + std::max<qint64>(0, wallNow.msecsTo(t));
    };

    // 0. Jobs nobody holds, or held by engines that are gone, are taken over; the others' claims are looked at
    // again when their lease runs out (or soon, for a process of this host that may have been killed). While this
    // engine holds claims it keeps its own lease fresh.
    if (m_checkClaims || (m_claimCheckAtMs >= 0 && m_claimCheckAtMs <= now)) {
        m_checkClaims = false;
        const QDateTime next = considerClaims();
        m_claimCheckAtMs = next.isValid() ? wallToMono(next) : -1;
    }
    if (m_claimCheckAtMs >= 0)
        wakeNoLaterThan(std::max(m_claimCheckAtMs, now + 50));
    if (std::any_of(m_jobs.cbegin(), m_jobs.cend(),
            [this](const JobRecord &job) { return isMine(job) && isInFlight(job.state); })) {
        ensureLease();
        wakeNoLaterThan(m_lease.renewalDueMs());
    }

    // 1. Submit waiting jobs within each profile's limit (counting every process's jobs), in queue order.
    QHash<QString, int> busy;
    for (const JobRecord &job : std::as_const(m_jobs)) {
        if (isInFlight(job.state))
            ++busy[job.profile];
    }
    QList<qint64> waiting;
    for (const JobRecord &job : std::as_const(m_jobs)) {
        if (job.state == JobState::Waiting)
            waiting << job.id;
    }
    std::stable_sort(waiting.begin(), waiting.end(),
        [this](qint64 a, qint64 b) { return m_jobs.value(a).position < m_jobs.value(b).position; });
    if (!m_paused) {
        for (qint64 id : std::as_const(waiting)) {
            JobRecord &job = m_jobs[id];
            if (job.notBefore.isValid() && job.notBefore > wallNow) {
                wakeNoLaterThan(wallToMono(job.notBefore));
                continue;
            }
            if (busy.value(job.profile) >= concurrencyOf(job.profile))
                continue;
            if (startSubmit(job))
                ++busy[job.profile];
        }
    }

    // 2. Poll jobs that are due; several due jobs of one profile share one list call. Acting may end jobs, which
    // removes them from m_jobs, so the loop only decides.
    QHash<QString, QList<qint64>> due;
    QList<qint64> stuck;
    QList<qint64> toDownload;
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        const JobRecord &job = it.value();
        Runtime *rt = m_runtime.value(job.id);
        if (!rt || rt->call || !isMine(job))
            continue;
        if (job.state == JobState::Queued || job.state == JobState::InProgress) {
            if (job.lastChangeAt.isValid() && job.lastChangeAt.msecsTo(wallNow) > m_settings.stuckAfter.count())
                stuck << job.id;
            else if (rt->nextCheckMs <= now)
                due[job.profile] << job.id;
            else
                wakeNoLaterThan(rt->nextCheckMs);
        } else if (job.state == JobState::Downloading && rt->downloadsPending == 0) {
            if (job.notBefore.isValid() && job.notBefore > wallNow)
                wakeNoLaterThan(wallToMono(job.notBefore));
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
        pollProfile(it.key(), it.value());

    // 3. Sleep until the next thing is due; no timer at all when nothing is.
    if (wakeAt >= 0 && (m_wakeAtMs < 0 || wakeAt < m_wakeAtMs || m_wakeAtMs <= now)) {
        m_wakeAtMs = wakeAt;
        const quint64 generation = ++m_wakeGeneration;
        m_clock->callLater(milliseconds(std::max<qint64>(0, wakeAt - now)), this, [this, generation] {
            if (generation != m_wakeGeneration)
                return;
            m_wakeAtMs = -1;
            schedule();
        });
    }
    const bool idleNow = isIdle();
    if (idleNow && !m_wasIdle)
        Q_EMIT idle();
    m_wasIdle = idleNow;
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

JobStore::Write JobEngine::persist(JobRecord &job, std::optional<QString> newOwner)
{
    JobRecord written = job;
    if (newOwner)
        written.owner = *newOwner;
    QString error;
    // A job nobody owns may only be changed while it still waits (a claim would have made it someone's).
    const JobStore::Write w = job.owner.isEmpty() ? m_store.update(written, {}, JobState::Waiting, &error)
                                                  : m_store.update(written, job.owner, std::nullopt, &error);
    switch (w) {
    case JobStore::Write::Done:
        job.owner = written.owner;
        Q_EMIT jobChanged(job.id);
        break;
    case JobStore::Write::Failed:
        Q_EMIT notice(error);
        Q_EMIT jobChanged(job.id);
        break;
    case JobStore::Write::Lost:
        reloadLost(job.id);
        break;
    }
    return w;
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

// ---- create ----------------------------------------------------------------------------------------------------

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
    Api::VideoCall *call
        = job.kind == "remix"_L1 ? client->remix(job.remixOf, job.request.prompt) : client->create(job.request);
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
        bool twinOnItsWay = false;
        for (const JobRecord &other : std::as_const(m_jobs)) {
            if (other.state != JobState::Submitting || !other.remoteId.isEmpty() || !sameTake(other, current))
                continue;
            if (other.remoteStatus == kLostStatus)
                twins << &other;
            else
                twinOnItsWay = true;
        }
        if (twinOnItsWay) {
            m_clock->callLater(2000ms, this, [this, id] { reconcileLost(id); });
            return;
        }
        JobRecord &lost = m_jobs[id];
        const QSet<QString> known = m_store.remoteIds(lost.profile);
        std::optional<Api::Video> match;
        if (lost.kind == "remix"_L1) {
            int found = 0;
            for (const Api::Video &v : r.page.data) {
                if (!known.contains(v.id) && v.remixedFromVideoId == lost.remixOf && v.prompt == lost.request.prompt
                    && (!v.createdAt.isValid() || v.createdAt >= lost.submittedAt.addSecs(-120))) {
                    match = v;
                    ++found;
                }
            }
            if (found != 1)
                match.reset();
        } else {
            // Variations of one submit are identical creates: the lost ones (in this process or another) share
            // the unclaimed videos that fit them, in order of sending and of creation.
            std::sort(twins.begin(), twins.end(), [](const JobRecord *a, const JobRecord *b) {
                return std::make_pair(a->submittedAt.toMSecsSinceEpoch(), a->id)
                    < std::make_pair(b->submittedAt.toMSecsSinceEpoch(), b->id);
            });
            QDateTime earliestSent = lost.submittedAt;
            for (const JobRecord *twin : std::as_const(twins))
                earliestSent = std::min(earliestSent, twin->submittedAt);
            const QList<Api::Video> candidates = Api::lostCreateCandidates(r.page, lost.request, earliestSent, known);
            const qsizetype rank = std::find_if(twins.cbegin(), twins.cend(), [id](const JobRecord *twin) {
                return twin->id == id;
            }) - twins.cbegin();
            // Fewer candidates than twins: some creates never arrived, and since twins are interchangeable the
            // first ones take what was made. More candidates than twins: some are not ours, so none is taken.
            if (candidates.size() <= twins.size() && rank < candidates.size())
                match = candidates.at(rank);
        }
        if (match) {
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
    });
}

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

// ---- polling ---------------------------------------------------------------------------------------------------

void JobEngine::pollProfile(const QString &profile, const QList<qint64> &due)
{
    if (due.size() < 2 || m_listInFlight.contains(profile)) {
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
        QHash<QString, const Api::Video *> byId;
        for (const Api::Video &v : r.page.data)
            byId.insert(v.id, &v);
        Database::Transaction transaction(*m_db); // one write for many progress updates
        QList<qint64> missing;
        for (qint64 id : due) {
            if (!ownsJob(id) || !m_runtime.contains(id))
                continue;
            m_runtime.value(id)->call = nullptr;
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

// ---- downloads -------------------------------------------------------------------------------------------------

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

void JobEngine::commitToLibrary(JobRecord &job)
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
    if (job.kind == "remix"_L1)
        clip.parentRemoteId = job.remixOf;
    clip.draftRemoteId = job.draftOf;
    clip.settingsKey = ClipRecord::settingsKeyFor(
        clip.prompt, job.request.model, job.request.size, job.request.seconds, referenceDigest(job.request));

    // Text columns are NOT NULL: an empty field must reach the database as '' rather than as a null string.
    for (QString *field :
        { &clip.profile, &clip.remoteId, &clip.prompt, &clip.model, &clip.size, &clip.seconds, &clip.project,
            &clip.notes, &clip.parentRemoteId, &clip.draftRemoteId, &clip.settingsKey, &clip.currency }) {
        if (field->isNull())
            *field = u""_s;
    }
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

// ---- user actions ----------------------------------------------------------------------------------------------

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
    // A job that waits (or a draft) belongs to nobody: one conditional write cancels it, unless a process claimed
    // it a moment ago, in which case the decision is made again on the row as it is now.
    for (int attempt = 0; attempt < 3; ++attempt) {
        std::optional<JobRecord> stored = m_jobs.contains(id) ? std::optional(m_jobs.value(id)) : m_store.load(id);
        if (!stored)
            return fail(tr("There is no job %1.").arg(id));
        if (isTerminal(stored->state))
            return fail(tr("Job %1 has already ended (%2).").arg(id).arg(toString(stored->state)));
        if (stored->state != JobState::Waiting && stored->state != JobState::Draft)
            break;
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
        // Nobody follows it any more: take it over, then cancel it like one of this engine's own.
        if (!ensureLease())
            return fail(tr("The library is busy; try again in a moment."));
        if (!stored->owner.isEmpty()) {
            if (const auto engine = engines.constFind(stored->owner); engine != engines.cend())
                m_lease.retire(*engine);
        }
        JobRecord claimed = *stored;
        claimed.owner = m_lease.id();
        const JobStore::Write w = stored->owner.isEmpty() ? m_store.update(claimed, {}, stored->state)
                                                          : m_store.takeOver(claimed, stored->owner);
        if (w != JobStore::Write::Done)
            return fail(tr("Job %1 changed while it was being cancelled; look at it again.").arg(id));
        m_jobs.insert(id, claimed);
        if (!m_runtime.contains(id))
            m_runtime.insert(id, new Runtime);
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
    again.remixOf = old->remixOf;
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

std::optional<JobRecord> JobEngine::job(qint64 id) const
{
    if (m_jobs.contains(id))
        return m_jobs.value(id);
    return m_store.load(id);
}

QList<JobRecord> JobEngine::listedJobs(int endedLimit) const
{
    QList<JobRecord> jobs = m_store.list({ JobState::Draft, JobState::Waiting, JobState::Submitting, JobState::Queued,
        JobState::InProgress, JobState::Downloading });
    if (endedLimit > 0)
        jobs += m_store.list(
            { JobState::Failed, JobState::Cancelled, JobState::Expired, JobState::NeedsAttention }, endedLimit);
    return jobs;
}

QList<JobRecord> JobEngine::activeJobs() const
{
    QList<JobRecord> list = m_jobs.values();
    std::stable_sort(
        list.begin(), list.end(), [](const JobRecord &a, const JobRecord &b) { return a.position < b.position; });
    return list;
}

int JobEngine::inFlight(const QString &profile) const
{
    int n = 0;
    for (const JobRecord &job : std::as_const(m_jobs)) {
        if (isInFlight(job.state) && (profile.isEmpty() || job.profile == profile))
            ++n;
    }
    return n;
}

} // namespace Dailies
