// SPDX-License-Identifier: GPL-3.0-or-later
// Setting up, prices and final renders, and what the engine tells about its jobs.
#include "core/jobs/jobengine.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

#include "core/api/videoapiclient.h"
#include "core/jobs/jobengine_p.h"
#include "core/library/library.h"
#include "core/providers/capabilities.h"
#include "core/util/clock.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Dailies
{

namespace EngineDetail
{

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

QString settingsKeyOf(const Api::CreateVideoRequest &request)
{
    return ClipRecord::settingsKeyFor(
        request.prompt, request.model, request.size, request.seconds, referenceDigest(request));
}

double secondsOf(const JobRecord &job)
{
    bool ok = false;
    const double s = job.response.value("seconds"_L1).toVariant().toString().toDouble(&ok);
    if (ok && s > 0)
        return s;
    const double requested = job.request.seconds.toDouble(&ok);
    return ok && requested > 0 ? requested : 4.0;
}

} // namespace EngineDetail

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

std::optional<JobEngine::SubmitRequest> JobEngine::requestFromClip(
    qint64 clipId, JobKind kind, const QString &prompt, const QString &seconds, QString *why) const
{
    const std::optional<ClipRecord> clip = m_library ? m_library->clip(clipId) : std::nullopt;
    if (!clip || clip->remoteId.isEmpty() || clip->profile.isEmpty()) {
        if (why)
            *why = clip ? tr("'%1' was not made by a provider Dailies knows, so it cannot be changed there.")
                              .arg(clip->prompt.simplified().left(60))
                        : tr("There is no clip %1 in the library.").arg(clipId);
        return std::nullopt;
    }
    SubmitRequest request;
    request.profile = clip->profile;
    request.kind = kind;
    request.sourceId = clip->remoteId;
    request.project = clip->project;
    request.request.prompt = prompt;
    request.request.model = clip->model;
    request.request.size = clip->size;
    // What is billed: an edit renders the whole clip again, an extension only what it adds.
    request.request.seconds = kind == JobKind::Extend ? seconds : clip->seconds;
    return request;
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
    // An extension's answer gives the stitched total; only the seconds it added are billed.
    made.seconds = job.kind == JobKind::Extend ? job.request.seconds : QString::number(EngineDetail::secondsOf(job));
    return estimate(job.profile, made);
}

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
