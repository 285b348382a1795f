// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include "core/api/providerprofile.h"
#include "core/jobs/enginelease.h"
#include "core/jobs/jobrecord.h"
#include "core/jobs/jobstore.h"
#include "core/library/cliprecord.h"
#include "core/providers/capabilities.h"

namespace Dailies
{

class Clock;
class Database;
class Library;
class SpendLedger;
namespace Api
{
class ApiCall;
class DownloadCall;
class VideoApiClient;
class VideoCall;
struct ApiError;
struct VideoListResult;
struct VideoPage;
} // namespace Api

/**
 * The durable job engine. Jobs live in the database; every transition is written before the request it announces
 * leaves. It submits waiting jobs within each profile's concurrency limit, follows them with adaptive polling (the
 * provider's `openai-poll-after-ms`, else an interval that grows with the time waited; one list call refreshes
 * several jobs at once), downloads finished clips at once into the library's staging folder and hands them to the
 * Library. On start() it reconciles every unfinished job with the provider and resumes partial downloads.
 *
 * Nothing is paid twice: a create whose answer was lost is matched against `GET /videos` (prompt, model, size,
 * seconds, time); when no single match proves what happened the job goes to NeedsAttention instead of being sent
 * again. Clients are obtained per profile through the injected provider (not owned); all timing goes through the
 * injected Clock, and no timer runs when nothing is in flight.
 *
 * Any number of engines, in any number of processes, may work on one library at once. A job is claimed in the
 * database (JobStore::claimForSubmit, one conditional statement) before its create leaves, and every later write
 * is conditional on this engine still owning it, so exactly one engine sends, follows, downloads and commits each
 * job. The engine also knows the other processes' unfinished jobs: refresh() (called when the DatabaseWatcher sees
 * another process commit) reads what changed and announces it with the same signals as its own changes. Claims
 * of an engine that is gone (EngineLease) are taken over by reconciliation, never by sending again.
 */
class JobEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobEngine)

public:
    /// Returns the client of a profile, or nullptr when it cannot be used (no key); not owned.
    using ClientProvider = std::function<Api::VideoApiClient *(const QString &profile)>;

    struct Settings {
        int defaultConcurrency = 4;
        QHash<QString, int> concurrency; ///< per profile
        std::chrono::milliseconds minPollInterval { 1000 };
        std::chrono::milliseconds maxPollInterval { 30000 };
        /// A job whose progress has not moved for this long goes to NeedsAttention.
        std::chrono::milliseconds stuckAfter { 15 * 60 * 1000 };
        std::chrono::milliseconds maxBackoff { 5 * 60 * 1000 };
        bool downloadSpritesheet = true;
        /// The model "Render final" uses per profile, when the user chose one (else the capability table decides).
        QHash<QString, QString> finalModels;
    };

    struct SubmitRequest {
        QString profile;
        Api::CreateVideoRequest request;
        int variations = 1;
        QString project;
        JobKind kind = JobKind::Create;
        /// Remote id of the video a remix, edit or extension starts from (on `profile`).
        QString sourceId;
        QString draftOf; ///< remote id of the draft this create renders again on a final model; kept on the clip
        bool allowDuplicate = false; ///< submit even when the library has the same take
        bool draft = false; ///< save without queueing
    };

    struct SubmitResult {
        QList<qint64> jobIds;
        QString error; ///< why nothing was queued (bad input, budget hard stop, database)
        std::optional<ClipRecord> duplicate; ///< the existing take, when one blocked the submit
        std::optional<qint64> duplicateJob; ///< the same take still queued or running, when it blocked the submit
        std::optional<double> estimate; ///< price per second × seconds × variations, when known
        QStringList warnings; ///< budget alerts crossed by this submit
        [[nodiscard]] bool ok() const { return !jobIds.isEmpty(); }
    };

    JobEngine(Database *database, Library *library, SpendLedger *ledger, ClientProvider clients, Clock *clock = nullptr,
        QObject *parent = nullptr);
    ~JobEngine() override;

    void setSettings(const Settings &settings);
    [[nodiscard]] const Settings &settings() const { return m_settings; }
    /// The capability and price table estimates and "Render final" use (not owned; default: the built-in one).
    void setCapabilities(const CapabilityTable *table);
    [[nodiscard]] const CapabilityTable &capabilities() const { return *m_capabilities; }
    /// The kind of a profile decides its default concurrency and price table (Azure: two jobs at a time, its own
    /// models and prices), so that an estimate here is the one the compose panel shows for the same profile.
    void setProfileKind(
        const QString &profile, int maxConcurrency, bool billed, Api::ProviderKind kind = Api::ProviderKind::OpenAI);
    /// Price per second × seconds × variations on `profile`'s price table; 0 for an unbilled profile, std::nullopt
    /// when the model or its price is unknown there.
    [[nodiscard]] std::optional<double> estimate(
        const QString &profile, const Api::CreateVideoRequest &request, int variations = 1) const;
    /// The price of one second of `model` at `size` on `profile`; 0 for an unbilled profile, std::nullopt when
    /// unknown.
    [[nodiscard]] std::optional<double> pricePerSecond(
        const QString &profile, const QString &model, const QString &size) const;
    /// Whether jobs on `profile` cost money (the demo provider's do not).
    [[nodiscard]] bool isBilled(const QString &profile) const;
    [[nodiscard]] Api::ProviderKind profileKind(const QString &profile) const;

    /// The model "Render final" re-runs a take of `model` made on `profile` on: the profile's choice in the
    /// settings, else the capability table's (CapabilityTable::finalModelFor); empty when there is none.
    [[nodiscard]] QString finalModelFor(const QString &profile, const QString &model) const;
    /// The create that renders clip `clipId` again on its final model: same prompt, size, duration, project and
    /// reference image, linked to the draft. std::nullopt with *why when it cannot be (a remix, not the provider's,
    /// no final model, the reference image gone from the library).
    [[nodiscard]] std::optional<SubmitRequest> finalRequestFor(qint64 clipId, QString *why = nullptr) const;
    /// A remix, edit or extension of clip `clipId` with `prompt` (and, for an extension, `seconds` more): the
    /// clip's profile, model, size and project. std::nullopt with *why when the clip is not the provider's.
    [[nodiscard]] std::optional<SubmitRequest> requestFromClip(
        qint64 clipId, JobKind kind, const QString &prompt, const QString &seconds = {}, QString *why = nullptr) const;
    /// finalRequestFor() and submit() in one step.
    SubmitResult renderFinal(qint64 clipId);

    /// What makes two creates the same take (profile, prompt, model, size, duration and the reference image's
    /// digest): submit() refuses a second one unless allowDuplicate is set, and a panel that asked once compares it.
    [[nodiscard]] static QString takeKey(const SubmitRequest &request);
    /// Checks, estimates and queues N variations (one row each, written in one transaction).
    SubmitResult submit(const SubmitRequest &request);
    /// Loads the unfinished jobs without sending anything (enough for cancel, retry and move).
    void load();
    /// Loads unfinished jobs, reconciles them with their providers and starts working the queue.
    void start();

    /// Pauses or resumes sending for every process of the library (stored in the database; the claim reads it).
    void setPaused(bool paused);
    void pause() { setPaused(true); }
    void resume() { setPaused(false); }
    [[nodiscard]] bool isPaused() const { return m_paused; }
    /// Cancels locally; a remote job is deleted where the provider allows it. Returns false with *error when the
    /// job is unknown or already finished. A job that another live process owns is asked to cancel (that process
    /// carries it out and the change arrives through refresh()); *error then stays empty and `*requested` is true.
    bool cancel(qint64 id, QString *error = nullptr, bool *requested = nullptr);
    /// Queues a new job with the same settings as `id`; returns its id.
    std::optional<qint64> retry(qint64 id, QString *error = nullptr);
    /// Moves a waiting job to `index` (0 = next) among the waiting jobs.
    bool move(qint64 id, int index, QString *error = nullptr);

    [[nodiscard]] std::optional<JobRecord> job(qint64 id) const;
    /// The jobs the engine is working on, in queue order.
    [[nodiscard]] QList<JobRecord> activeJobs() const;
    /// What a list of jobs shows, read from the database (every process's jobs): the unfinished ones (drafts
    /// included), then up to `endedLimit` of the newest that ended without a clip (failed, cancelled, expired,
    /// needing attention); 0 leaves those out.
    [[nodiscard]] QList<JobRecord> listedJobs(int endedLimit) const;
    [[nodiscard]] int inFlight(const QString &profile = {}) const;
    /// Nothing in flight, and nothing waiting that could be sent (the queue may be paused).
    [[nodiscard]] bool isIdle() const;
    /// The job table itself, for tests and tools; views read through listedJobs() and job().
    [[nodiscard]] JobStore &store() { return m_store; }
    /// This engine's name in the `owner` column of the jobs it holds.
    [[nodiscard]] QString ownerId() const { return m_lease.id(); }
    /// Whether this engine holds the claim on job `id` (it sends, polls and downloads it).
    [[nodiscard]] bool ownsJob(qint64 id) const;
    /// Reads what other processes changed since the last look (jobs by `rev`, the paused flag), updates the jobs it
    /// knows and announces each change with jobAdded, jobChanged and jobFinished; then works the queue.
    void refresh();

Q_SIGNALS:
    void jobAdded(qint64 id);
    void jobChanged(qint64 id);
    /// The job reached a terminal state.
    void jobFinished(qint64 id);
    void budgetAlert(const QString &message);
    /// Something a person should read (a paused queue, a full disk).
    void notice(const QString &message);
    /// The queue paused itself because job `id` showed that every job of its profile would fail the same way (a
    /// refused key, a used-up quota); FailureExplanation::explain(job) says why. resume() continues.
    void queueHeld(qint64 id);
    void idle();
    /// The queue was paused or resumed, here or by another process.
    void pausedChanged(bool paused);

private:
    struct Runtime;
    struct WakeUp;

    void scheduleSoon();
    void schedule();
    void lookAtClaims(WakeUp &wake);
    void submitWaiting(WakeUp &wake);
    void followDue(WakeUp &wake);
    void sleepUntil(const WakeUp &wake);
    /// Makes sure the scheduler wakes by `atMs` (monotonic), without a pass now: one timer, moved earlier if needed.
    void wakeBy(qint64 atMs);
    /// Writes `job` if the row still has the owner (and, for an unowned job, the state) this engine last saw; with
    /// `newOwner` the row changes hands in the same statement. On Lost the job is read again at once (so `job`
    /// then holds the row as it is) and the caller must stop working on it.
    JobStore::Write persist(JobRecord &job, std::optional<QString> newOwner = std::nullopt);
    /// persist() for a poll of a job this engine owns that is running: only what a poll changes
    /// (JobStore::updateProgress).
    JobStore::Write persistProgress(JobRecord &job);
    /// What follows a write of job `id`: jobChanged (and a notice when the database refused), or the row read again
    /// when another process got there first. Returns `w`.
    JobStore::Write announceWrite(qint64 id, JobStore::Write w, const QString &error);
    void reloadLost(qint64 id);
    void dropRuntime(qint64 id);
    void applyStoredRow(const JobRecord &row);
    void setState(JobRecord &job, JobState state);
    Api::VideoApiClient *clientFor(JobRecord &job);
    [[nodiscard]] bool isMine(const JobRecord &job) const { return !job.owner.isEmpty() && job.owner == m_lease.id(); }
    bool ensureLease();
    /// Adopts unowned jobs the provider knows and takes over the claims of engines that are gone; returns when the
    /// other engines' claims should be looked at again (invalid: nothing to watch).
    QDateTime considerClaims();
    void resumeClaimed(JobRecord &job);
    void readPaused();

    /// Why a remix, edit or extension cannot start from its source (an extension past 120 s or the sixth, with
    /// characters or a reference image); empty when it can or the library does not know the source.
    [[nodiscard]] QString whyNotFromSource(const SubmitRequest &request) const;
    /// Why the characters of a create do not fit (unknown to the library, a name missing from the prompt).
    [[nodiscard]] QString whyCharactersDoNotFit(const SubmitRequest &request) const;
    /// Sends job's request the way its kind asks.
    static Api::VideoCall *sendFor(Api::VideoApiClient *client, const JobRecord &job);
    /// Why `request` cannot be queued at all (bad input, no profile, a newer library); empty when it can.
    [[nodiscard]] QString whyNotSubmittable(const SubmitRequest &request) const;
    /// Whether the library or the queue already has this take; fills `result` with it and why when so.
    bool findSameTake(const SubmitRequest &request, SubmitResult &result) const;
    /// Writes the variations of `request` in one transaction; empty with *error when nothing was written.
    QList<JobRecord> insertJobs(const SubmitRequest &request, QString *error);
    bool startSubmit(JobRecord &job);
    void onCreateAnswered(qint64 id, const Api::Video &video, const Api::ApiError &error, bool ok);
    void reconcileLost(qint64 id);
    void onLostListed(qint64 id, const Api::VideoListResult &result);
    /// The video the provider made for lost create `lost`, when the list proves which one it is; `twins` are the
    /// lost jobs that sent the same request (`lost` among them).
    [[nodiscard]] std::optional<Api::Video> matchLost(
        const JobRecord &lost, const Api::VideoPage &page, QList<const JobRecord *> twins) const;
    void adopt(JobRecord &job, const Api::Video &video, std::optional<std::chrono::milliseconds> pollAfter);
    void applyRemote(JobRecord &job, const Api::Video &video, std::optional<std::chrono::milliseconds> pollAfter);

    struct ListRound;
    /// Polls the due jobs of one profile: one job is asked for alone; several are looked for in the provider's list,
    /// page after page (listPage), and the ones it does not show are then asked for alone.
    void pollProfile(const QString &profile, const QList<qint64> &due);
    void listPage(const std::shared_ptr<ListRound> &round, const QString &after);
    void retrieveOne(qint64 id);
    void onPollError(qint64 id, const Api::ApiError &error);

    void startDownload(JobRecord &job);
    void onDownloadsDone(qint64 id);
    /// The library's record of a finished job: what the provider says of the video, then what this engine sent.
    [[nodiscard]] ClipRecord clipFor(const JobRecord &job) const;
    void commitToLibrary(JobRecord &job);
    void backOff(JobRecord &job, std::optional<std::chrono::milliseconds> hint);
    /// Cancels a waiting job or a draft in one conditional write; std::nullopt when the job is past waiting.
    std::optional<bool> cancelUnclaimed(qint64 id, QString *error);
    /// Claims a job whose engine is gone so that this one can cancel it.
    bool takeOverToCancel(const JobRecord &stored, const QHash<QString, EngineLease::Engine> &engines, QString *error);
    /// Deletes a cancelled job's video on the provider; one that is still running is deleted once it has finished.
    void deleteRemote(qint64 id, const QString &profile, const QString &remoteId, int attempt);
    void finishJob(JobRecord &job, JobState state);

    [[nodiscard]] std::chrono::milliseconds pollInterval(
        const JobRecord &job, std::optional<std::chrono::milliseconds> hint) const;
    [[nodiscard]] int concurrencyOf(const QString &profile) const;
    [[nodiscard]] std::optional<double> costOf(const JobRecord &job) const;
    [[nodiscard]] qint64 nowMs() const;

    Database *m_db;
    Library *m_library;
    SpendLedger *m_ledger;
    ClientProvider m_clients;
    Clock *m_clock;
    JobStore m_store;
    EngineLease m_lease;
    Settings m_settings;
    const CapabilityTable *m_capabilities = &CapabilityTable::builtIn();
    QHash<QString, int> m_profileConcurrency;
    QHash<QString, bool> m_profileBilled;
    QHash<QString, Api::ProviderKind> m_profileKind;
    QMap<qint64, JobRecord> m_jobs;
    QHash<qint64, Runtime *> m_runtime;
    bool m_paused = false;
    bool m_halted = false; ///< another process updated the library to a newer schema: this engine stops working
    bool m_registered = false;
    bool m_checkClaims = true; ///< look at unowned and foreign claims at the next schedule()
    qint64 m_claimCheckAtMs = -1; ///< monotonic time of the next look at other engines' claims
    qint64 m_seenRev = 0;
    qint64 m_maxKnownId = 0;
    bool m_loaded = false;
    bool m_started = false;
    bool m_scheduleQueued = false;
    bool m_wasIdle = true;
    quint64 m_wakeGeneration = 0;
    qint64 m_wakeAtMs = -1;
    QSet<QString> m_listInFlight;
    /// Profiles whose provider has no `GET /videos` (a gateway answered 404 or 405): one retrieve per job instead.
    QSet<QString> m_noListRoute;
};

} // namespace Dailies
