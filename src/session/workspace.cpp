// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <algorithm>

#include "core/api/deletevideocall.h"
#include "core/api/videoapiclient.h"
#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/pricing/spendledger.h"
#include "core/providers/capabilities.h"
#include "core/settings/appsettings.h"
#include "core/settings/keychainsecretstore.h"
#include "core/settings/profilestore.h"
#include "core/storage/database.h"
#include "core/storage/databasewatcher.h"
#include "mockserver/mockserver.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

Workspace::Workspace(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    bool ok = false;
    const double scale = qEnvironmentVariable("DAILIES_DEMO_TIME_SCALE").toDouble(&ok);
    if (ok && scale > 0)
        m_demoTimeScale = scale;
}

Workspace::~Workspace()
{
    // Engine first (it uses the clients), then the clients (they use the server and the network manager).
    m_engine.reset();
    m_watcher.reset();
    qDeleteAll(m_clients);
    m_clients.clear();
}

QString Workspace::defaultLibraryFolder()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    if (base.isEmpty())
        base = QDir::home().filePath(u"Videos"_s);
    return QDir(base).filePath(u"Dailies"_s);
}

void Workspace::setLibraryFolder(const QString &folder)
{
    m_libraryFolder = folder.isEmpty() ? QString() : QDir(folder).absolutePath();
}

QString Workspace::libraryFolder() const
{
    if (!m_libraryFolder.isEmpty())
        return m_libraryFolder;
    const QString chosen = AppSettings(m_settings).libraryFolder();
    return QDir(chosen.isEmpty() ? defaultLibraryFolder() : chosen).absolutePath();
}

bool Workspace::open(QString *error, QString *warning)
{
    if (m_database)
        return true;
    m_libraryFolder = libraryFolder();
    auto database = std::make_unique<Database>();
    const Database::CheckMode mode = m_checkInBackground ? Database::CheckMode::Deferred : Database::CheckMode::WhenDue;
    if (!database->open(QDir(m_libraryFolder).filePath(u".dailies/library.sqlite"_s), mode)) {
        if (error)
            *error = database->errorString();
        return false;
    }
    m_database = std::move(database);
    m_library = std::make_unique<Library>(m_database.get(), m_libraryFolder);
    const AppSettings app(m_settings);
    if (const QString problem = app.fileNameTemplateProblem(); !problem.isEmpty()) {
        if (warning)
            *warning = tr("the file name template in the settings is not usable (%1); using the default.").arg(problem);
    } else {
        m_library->setFileNameTemplate(app.fileNameTemplate());
    }
    m_ledger = std::make_unique<SpendLedger>(m_database.get());
    // Other processes' changes reach this one: clips first, then jobs, in the order this process itself announces
    // a finished job (the clip, then the job's last change).
    m_watcher = std::make_unique<DatabaseWatcher>(m_database.get());
    connect(m_watcher.get(), &DatabaseWatcher::changed, m_library.get(), &Library::refresh);
    return true;
}

void Workspace::checkIntegrityInBackground()
{
    if (!m_database || !m_database->integrityDue())
        return;
    // The check reads every page of the file on a connection of its own; the window stays responsive meanwhile.
    auto problem = std::make_shared<QString>();
    QThread *thread
        = QThread::create([path = m_database->path(), problem] { *problem = Database::integrityProblemOf(path); });
    connect(thread, &QThread::finished, this, [this, thread, problem] {
        thread->deleteLater();
        if (m_database)
            m_database->recordIntegrity(*problem, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        Q_EMIT integrityChecked(*problem);
    });
    thread->start(QThread::LowPriority);
}

void Workspace::setDemoOptions(double timeScale, const QString &dataDir)
{
    m_demoTimeScale = timeScale;
    m_demoDataDir = dataDir;
}

void Workspace::setSecretStore(std::unique_ptr<SecretStore> store)
{
    m_secrets = std::move(store);
}

SecretStore &Workspace::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>(u"Dailies"_s);
    return *m_secrets;
}

void Workspace::setKeyOverride(const QString &profile, const QString &variable)
{
    m_keyOverrideProfile = profile;
    m_keyOverrideVariable = variable;
}

void Workspace::setSessionKey(const QString &profile, const QString &key)
{
    if (key.isEmpty()) {
        m_sessionKeys.remove(profile);
        return;
    }
    m_sessionKeys.insert(profile, key);
    updateClientKey(profile, key);
}

void Workspace::removeProfile(const QString &name, std::function<void(const QString &problem)> done)
{
    ProfileStore store(m_settings);
    const std::optional<Api::ProviderProfile> profile = store.profile(name);
    if (const QString problem = store.remove(name); !problem.isEmpty()) {
        done(problem);
        return;
    }
    AppSettings(m_settings).removeProfileOptions(name);
    setSessionKey(name, {});
    if (!profile || profile->kind == Api::ProviderKind::Demo || qEnvironmentVariableIsSet("DAILIES_NO_KEYCHAIN")) {
        done({});
        return;
    }
    SecretJob *job = secrets().remove(profile->secretKey());
    connect(job, &SecretJob::finished, this, [done, name](const SecretResult &result) {
        if (result.ok() || result.status == SecretResult::Status::NotFound)
            done({});
        else
            done(tr("the profile '%1' is removed, but its key could not be removed from the keychain (%2); remove it "
                    "there by hand.")
                     .arg(name, result.message));
    });
}

Workspace::ProfileSaveResult Workspace::saveProfile(
    const ProfileChange &change, std::function<void(const SecretResult &result)> keyDone)
{
    using Refusal = ProfileSaveResult::Refusal;
    const Api::ProviderProfile &profile = change.profile;
    ProfileStore store(m_settings);
    AppSettings app(m_settings);
    const bool renamed = !change.originalName.isEmpty() && change.originalName != profile.name;
    std::optional<Api::ProviderProfile> old;
    if (renamed) {
        // The key moves with the profile, so it must be known first; nothing of the old one is removed until the
        // new one is saved (and its key written).
        if (change.newKey.isEmpty() && !change.storedKey)
            return { Refusal::KeyUnknown, {}, {} };
        if (store.profile(profile.name))
            return { Refusal::NameTaken, {}, {} };
        old = store.profile(change.originalName);
    }
    const bool wasDefault = renamed && store.defaultProfileName() == change.originalName;
    if (const QString problem = store.save(profile); !problem.isEmpty())
        return { Refusal::Invalid, problem, {} };
    if (renamed) {
        (void)store.remove(change.originalName);
        app.removeProfileOptions(change.originalName);
        if (hasSessionKey(change.originalName)) {
            setSessionKey(profile.name, sessionKey(change.originalName));
            setSessionKey(change.originalName, {});
        }
    }
    if (wasDefault)
        (void)store.setDefaultProfileName(profile.name);
    if (change.options) {
        (void)app.setProfileOptions(
            profile.name, change.options->draftModel, change.options->finalModel, change.options->concurrency);
    }
    if (change.keyFromEnvironment && !profile.keyEnvironmentVariable.isEmpty()) {
        setKeyOverride(profile.name, profile.keyEnvironmentVariable);
        updateClientKey(profile.name, qEnvironmentVariable(profile.keyEnvironmentVariable.toLocal8Bit().constData()));
    }
    const QString oldEntry = old && old->secretKey() != profile.secretKey() ? old->secretKey() : QString();
    return { Refusal::None, {}, storeProfileKey(change, renamed, oldEntry, std::move(keyDone)) };
}

Workspace::ProfileSaveResult::KeyJob Workspace::storeProfileKey(const ProfileChange &change, bool renamed,
    const QString &oldEntry, std::function<void(const SecretResult &result)> keyDone)
{
    using Key = ProfileChange::Key;
    const Api::ProviderProfile &profile = change.profile;
    if (change.key == Key::Forget) {
        setSessionKey(profile.name, {});
        if (!oldEntry.isEmpty())
            (void)secrets().remove(oldEntry);
        connect(secrets().remove(profile.secretKey()), &SecretJob::finished, this, [keyDone](const SecretResult &r) {
            if (keyDone)
                keyDone(r);
        });
        return ProfileSaveResult::KeyJob::Remove;
    }
    const QString key = change.key == Key::Replace ? change.newKey
        : renamed                                  ? change.storedKey.value_or(QString())
                                                   : QString();
    if (key.isEmpty()) {
        if (!oldEntry.isEmpty())
            (void)secrets().remove(oldEntry); // it had no key to move
        return ProfileSaveResult::KeyJob::None;
    }
    SecretJob *job = secrets().write(profile.secretKey(), key);
    connect(
        job, &SecretJob::finished, this, [this, keyDone, oldEntry, name = profile.name, key](const SecretResult &r) {
            if (r.ok()) {
                // A renamed profile's old entry goes only once the key is safe under the new name.
                if (!oldEntry.isEmpty())
                    (void)secrets().remove(oldEntry);
                setSessionKey(name, {});
                updateClientKey(name, key);
            }
            if (keyDone)
                keyDone(r);
        });
    return ProfileSaveResult::KeyJob::Write;
}

void Workspace::updateClientKey(const QString &profile, const QString &key)
{
    if (Api::VideoApiClient *client = m_clients.value(profile); client && !key.isEmpty())
        client->setApiKey(key);
}

JobEngine::Settings Workspace::engineSettings(const JobEngine::Settings &base) const
{
    const AppSettings app(m_settings);
    JobEngine::Settings settings = base;
    settings.defaultConcurrency = app.defaultConcurrency();
    settings.minPollInterval = std::chrono::seconds(app.pollMinSeconds());
    settings.maxPollInterval = std::chrono::seconds(app.pollMaxSeconds());
    settings.downloadSpritesheet = app.downloadSpritesheet();
    settings.concurrency.clear();
    settings.finalModels.clear();
    for (const QString &profile : app.profilesWithOptions()) {
        if (const int jobs = app.profileConcurrency(profile); jobs > 0)
            settings.concurrency.insert(profile, jobs);
        if (const QString model = app.finalModel(profile); !model.isEmpty())
            settings.finalModels.insert(profile, model);
    }
    return settings;
}

void Workspace::applyEngineSettings()
{
    if (!m_engine)
        return;
    m_engine->setSettings(engineSettings(m_engine->settings()));
    // A profile added in the settings prices its jobs with its own kind at once.
    for (const Api::ProviderProfile &stored : ProfileStore(m_settings).profiles())
        announce(stored);
}

bool Workspace::startDemoServer(Api::ProviderProfile &profile, QString *error)
{
    if (!m_demoServer) {
        Mock::MockServerOptions options;
        options.dataDir = m_demoDataDir.isEmpty()
            ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo-provider"_s)
            : m_demoDataDir;
        options.timeScale = m_demoTimeScale;
        auto server = std::make_unique<Mock::MockServer>(options);
        if (!server->start(error))
            return false;
        m_demoServer = std::move(server);
    }
    profile.baseUrl = m_demoServer->baseUrl();
    return true;
}

void Workspace::announce(const Api::ProviderProfile &profile)
{
    if (!m_engine)
        return;
    m_engine->setProfileKind(profile.name, m_capabilities.maxConcurrentJobs(profile.kind),
        profile.kind != Api::ProviderKind::Demo, profile.kind);
}

void Workspace::resolveClient(Api::ProviderProfile profile, ClientCallback done)
{
    if (Api::VideoApiClient *existing = m_clients.value(profile.name)) {
        done(existing, {});
        return;
    }
    const auto make = [this, done](const Api::ProviderProfile &p, const QString &key) {
        // A second lookup of the same profile may have finished first.
        Api::VideoApiClient *client = m_clients.value(p.name);
        if (!client) {
            client = new Api::VideoApiClient(p, &m_nam);
            client->setApiKey(key);
            m_clients.insert(p.name, client);
            announce(p);
            Q_EMIT clientAdded(client);
        }
        done(client, {});
    };
    const auto fromEnvironment = [make, done](const Api::ProviderProfile &p, const QString &keyProblem) {
        QStringList tried;
        QString key;
        for (const QString &variable : { p.keyEnvironmentVariable, u"OPENAI_API_KEY"_s }) {
            if (!key.isEmpty() || variable.isEmpty() || tried.contains(variable))
                continue;
            tried << variable;
            key = qEnvironmentVariable(variable.toLocal8Bit().constData());
        }
        if (!key.isEmpty()) {
            make(p, key);
            return;
        }
        QString message = tr("no API key for profile '%1'. Store one with 'dailies key set %1' (it reads the key from "
                             "standard input), set %2, or name another variable with --api-key-env.")
                              .arg(p.name, tried.join(tr(" or ")));
        if (!keyProblem.isEmpty())
            message += u' ' + tr("Note: %1.").arg(keyProblem);
        done(nullptr, message);
    };
    if (profile.kind == Api::ProviderKind::Demo) {
        QString error;
        if (!startDemoServer(profile, &error)) {
            done(nullptr, tr("the demo provider could not start: %1").arg(error));
            return;
        }
        make(profile, u"demo"_s); // the demo provider takes any key
        return;
    }
    if (const auto session = m_sessionKeys.constFind(profile.name); session != m_sessionKeys.cend()) {
        make(profile, *session);
        return;
    }
    if (!m_keyOverrideVariable.isEmpty() && profile.name == m_keyOverrideProfile) {
        make(profile, qEnvironmentVariable(m_keyOverrideVariable.toLocal8Bit().constData()));
        return;
    }
    if (qEnvironmentVariableIsSet("DAILIES_NO_KEYCHAIN") || profile.name == Api::kCommandLineProfileName) {
        fromEnvironment(profile, {});
        return;
    }
    SecretJob *job = secrets().read(profile.secretKey());
    connect(job, &SecretJob::finished, this, [make, fromEnvironment, profile](const SecretResult &result) {
        if (result.ok())
            make(profile, result.value);
        else if (result.status == SecretResult::Status::NotFound)
            fromEnvironment(profile, {});
        else
            fromEnvironment(profile, tr("the system keychain did not answer (%1)").arg(result.message));
    });
}

void Workspace::deleteOnServer(const QList<std::pair<QString, QString>> &videos,
    std::function<void(int deleted, const QStringList &problems)> done)
{
    // Every answer lands here; `done` is called once the last one is in.
    struct Tally {
        qsizetype pending = 0;
        int deleted = 0;
        QStringList problems;
        std::function<void(int, const QStringList &)> done;
    };
    auto tally = std::make_shared<Tally>();
    tally->pending = videos.size();
    tally->done = std::move(done);
    const auto answered = [tally](const QString &problem) {
        if (problem.isEmpty())
            ++tally->deleted;
        else
            tally->problems << problem;
        if (--tally->pending == 0)
            tally->done(tally->deleted, tally->problems);
    };
    if (videos.isEmpty()) {
        tally->done(0, {});
        return;
    }
    for (const auto &[profileName, remoteId] : videos) {
        const std::optional<Api::ProviderProfile> profile = ProfileStore(m_settings).profile(profileName);
        if (!profile) {
            answered(tr("%1: the provider profile '%2' no longer exists.").arg(remoteId, profileName));
            continue;
        }
        resolveClient(*profile, [this, answered, id = remoteId](Api::VideoApiClient *client, const QString &problem) {
            if (!client) {
                answered(tr("%1: %2").arg(id, problem));
                return;
            }
            Api::DeleteVideoCall *call = client->remove(id);
            connect(call, &Api::DeleteVideoCall::finished, this,
                [call, answered, id](const Api::DeleteVideoResult &result) {
                    call->deleteLater();
                    answered(result.ok() ? QString() : tr("%1: %2").arg(id, result.error.toString()));
                });
        });
    }
}

QStringList Workspace::profilesToStart(const QStringList &wanted) const
{
    QStringList names = wanted;
    if (m_database)
        names << JobStore(m_database.get()).activeProfiles();
    names.removeAll(QString());
    names.removeDuplicates();
    return names;
}

void Workspace::startEngineFor(const QStringList &wanted, const QList<Api::ProviderProfile> &known,
    std::function<void(const QString &profile, const QString &problem)> problem,
    std::function<void(JobEngine *engine)> ready)
{
    const ProfileStore store(m_settings);
    QList<Api::ProviderProfile> profiles;
    for (const QString &name : profilesToStart(wanted)) {
        const auto given = std::find_if(
            known.cbegin(), known.cend(), [&name](const Api::ProviderProfile &p) { return p.name == name; });
        if (given != known.cend())
            profiles << *given;
        else if (const std::optional<Api::ProviderProfile> stored = store.profile(name))
            profiles << *stored;
        else
            problem(name, tr("there is no such profile any more."));
    }
    startEngine(profiles, std::move(problem), std::move(ready));
}

void Workspace::startEngine(const QList<Api::ProviderProfile> &profiles,
    std::function<void(const QString &, const QString &)> problem, std::function<void(JobEngine *)> ready)
{
    auto pending = std::make_shared<QList<Api::ProviderProfile>>();
    QStringList seen;
    for (const Api::ProviderProfile &profile : profiles) {
        if (!seen.contains(profile.name)) {
            seen << profile.name;
            pending->append(profile);
        }
    }
    auto next = std::make_shared<std::function<void()>>();
    // The step holds itself only weakly; a pending lookup holds it strongly, so nothing outlives the last step.
    *next = [this, pending, weak = std::weak_ptr(next), problem, ready]() {
        if (pending->isEmpty()) {
            if (!m_engine) {
                m_engine = std::make_unique<JobEngine>(m_database.get(), m_library.get(), m_ledger.get(),
                    [this](const QString &profile) { return m_clients.value(profile); });
                m_engine->setCapabilities(&m_capabilities);
                m_engine->setSettings(engineSettings(m_engine->settings()));
                // Every stored profile's kind prices its clips and jobs, whether or not it has a client yet.
                for (const Api::ProviderProfile &stored : ProfileStore(m_settings).profiles())
                    announce(stored);
                for (Api::VideoApiClient *client : std::as_const(m_clients))
                    announce(client->profile());
                connect(m_watcher.get(), &DatabaseWatcher::changed, m_engine.get(), &JobEngine::refresh);
            }
            ready(m_engine.get());
            return;
        }
        const Api::ProviderProfile profile = pending->takeFirst();
        resolveClient(profile,
            [name = profile.name, next = weak.lock(), problem](Api::VideoApiClient *client, const QString &why) {
                if (!client)
                    problem(name, why);
                (*next)();
            });
    };
    (*next)();
}

} // namespace Dailies
