// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/api/videoapiclient.h"
#include "core/jobs/jobengine.h"
#include "core/jobs/jobstore.h"
#include "core/settings/appsettings.h"
#include "core/settings/profilestore.h"
#include "core/settings/secretstore.h"
#include "core/storage/database.h"
#include "core/util/processes.h"
#include "mockserver/mockserver.h"
#include "session/workspace.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

/// The session's side of the settings: engine settings read from the same keys by every front end, and the
/// session-only key used when no keychain answers.
class TestWorkspaceSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_settings->clear();
    }

    // Removing a profile takes its key, options and session key with it, wherever it is removed from (Settings and
    // 'dailies profiles remove' both call this), so a profile added again under the name starts clean.
    void removingAProfileTakesItsKeyAndOptions()
    {
        Workspace workspace(m_settings.get());
        workspace.setSecretStore(std::make_unique<MemorySecretStore>());
        const Api::ProviderProfile profile
            = Api::ProviderProfile::compatible(u"gateway"_s, QUrl(u"https://gateway.example/v1"_s));
        QVERIFY(ProfileStore(m_settings.get()).save(profile).isEmpty());
        QVERIFY(
            AppSettings(m_settings.get()).setProfileOptions(u"gateway"_s, u"sora-2"_s, u"sora-2-pro"_s, 3).isEmpty());
        SecretJob *write = workspace.secrets().write(profile.secretKey(), u"sk-stored"_s);
        QSignalSpy written(write, &SecretJob::finished);
        QVERIFY(written.wait(5000));
        workspace.setSessionKey(u"gateway"_s, u"sk-session"_s);

        QString problem = u"not called"_s;
        workspace.removeProfile(u"gateway"_s, [&problem](const QString &why) { problem = why; });
        QTRY_VERIFY(problem != u"not called"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!ProfileStore(m_settings.get()).profile(u"gateway"_s));
        QCOMPARE(AppSettings(m_settings.get()).profileConcurrency(u"gateway"_s), 0);
        QVERIFY(!workspace.hasSessionKey(u"gateway"_s));
        SecretJob *read = workspace.secrets().read(profile.secretKey());
        QSignalSpy readDone(read, &SecretJob::finished);
        QVERIFY(readDone.wait(5000));
        QCOMPARE(read->result().status, SecretResult::Status::NotFound);

        // Built in: refused, nothing changes.
        problem = u"not called"_s;
        workspace.removeProfile(u"demo"_s, [&problem](const QString &why) { problem = why; });
        QTRY_VERIFY(problem != u"not called"_s);
        QVERIFY(!problem.isEmpty());
        QVERIFY(ProfileStore(m_settings.get()).profile(u"demo"_s));
    }

    // The studio opens a library at once and checks it behind the window when a check is due (a process of this
    // host ended without closing it); the result comes as a signal, and a sound file is recorded as checked.
    void dueIntegrityCheckRunsInTheBackground_data()
    {
        QTest::addColumn<bool>("damaged");
        QTest::newRow("sound") << false;
        QTest::newRow("damaged") << true;
    }

    void dueIntegrityCheckRunsInTheBackground()
    {
        QFETCH(bool, damaged);
        QTemporaryDir dir;
        const QString path = dir.filePath(u".dailies/library.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            for (int i = 0; i < 300; ++i)
                QVERIFY(q.exec(u"INSERT INTO meta(key, value) VALUES ('k%1', '%2')"_s.arg(i).arg(QString(200, u'x'))));
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        if (damaged) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(4096 * 3 + 100));
            QCOMPARE(f.write(QByteArray(4096, '\x5a')), 4096);
        }
        QVERIFY(QDir().mkpath(path + u".open"_s));
        QFile marker(path + u".open/"_s + Processes::hostId() + u".2147483000.deadbeef"_s);
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();

        Workspace workspace(m_settings.get());
        workspace.setLibraryFolder(dir.path());
        workspace.setIntegrityCheckInBackground(true);
        QString error;
        QVERIFY2(workspace.open(&error), qPrintable(error)); // no check on the way in
        QVERIFY(workspace.database()->integrityDue());
        QSignalSpy checked(&workspace, &Workspace::integrityChecked);
        workspace.checkIntegrityInBackground();
        QVERIFY(checked.wait(10000));
        const QString problem = checked.first().first().toString();
        QCOMPARE(problem.isEmpty(), !damaged);
        QCOMPARE(workspace.database()->integrityDue(), damaged);
        QCOMPARE(QFile::exists(marker.fileName()), damaged); // the ended session is settled once the file is sound
    }

    void engineSettingsFollowTheSettings()
    {
        Workspace workspace(m_settings.get());
        JobEngine::Settings base;
        base.stuckAfter = std::chrono::seconds(7);
        JobEngine::Settings settings = workspace.engineSettings(base);
        QCOMPARE(settings.defaultConcurrency, AppSettings::kDefaultConcurrency);
        QCOMPARE(settings.minPollInterval, std::chrono::milliseconds(1000));
        QCOMPARE(settings.maxPollInterval, std::chrono::milliseconds(30000));
        QVERIFY(settings.concurrency.isEmpty());

        AppSettings app(m_settings.get());
        QCOMPARE(app.setDefaultConcurrency(3), QString());
        QCOMPARE(app.setPollIntervals(2, 20), QString());
        app.setDownloadSpritesheet(false);
        QCOMPARE(app.setProfileOptions(u"azure-eu"_s, {}, u"sora-2-pro"_s, 1), QString());
        settings = workspace.engineSettings(base);
        QCOMPARE(settings.defaultConcurrency, 3);
        QCOMPARE(settings.minPollInterval, std::chrono::milliseconds(2000));
        QCOMPARE(settings.maxPollInterval, std::chrono::milliseconds(20000));
        QVERIFY(!settings.downloadSpritesheet);
        QCOMPARE(settings.concurrency.value(u"azure-eu"_s), 1);
        QCOMPARE(settings.finalModels, (QHash<QString, QString> { { u"azure-eu"_s, u"sora-2-pro"_s } }));
        QCOMPARE(settings.stuckAfter, std::chrono::milliseconds(7000)); // not a setting: kept
    }

    void runningEngineTakesAppliedSettings()
    {
        Workspace workspace(m_settings.get());
        workspace.setLibraryFolder(m_dir.filePath(u"library"_s));
        workspace.setDemoOptions(0.02, m_dir.filePath(u"demo"_s));
        QString error;
        QVERIFY2(workspace.open(&error), qPrintable(error));
        AppSettings(m_settings.get()).setDownloadSpritesheet(false);
        JobEngine *engine = nullptr;
        workspace.startEngine(
            { *ProfileStore(m_settings.get()).profile(u"demo"_s) },
            [](const QString &, const QString &why) { QFAIL(qPrintable(why)); },
            [&engine](JobEngine *e) { engine = e; });
        QTRY_VERIFY(engine);
        QVERIFY(!engine->settings().downloadSpritesheet); // read at start

        QCOMPARE(AppSettings(m_settings.get()).setDefaultConcurrency(2), QString());
        QCOMPARE(AppSettings(m_settings.get()).setPollIntervals(4, 40), QString());
        workspace.applyEngineSettings();
        QCOMPARE(engine->settings().defaultConcurrency, 2);
        QCOMPARE(engine->settings().maxPollInterval, std::chrono::milliseconds(40000));
    }

    // The studio and every command start the profiles of the unfinished jobs too, so nothing an earlier run left
    // waits; a profile that no longer exists is named, and the engine still starts.
    void engineStartsWhatTheQueueNeeds()
    {
        Workspace workspace(m_settings.get());
        workspace.setSecretStore(std::make_unique<MemorySecretStore>());
        workspace.setLibraryFolder(m_dir.filePath(u"library"_s));
        workspace.setDemoOptions(0.02, m_dir.filePath(u"demo"_s));
        QString error;
        QVERIFY2(workspace.open(&error), qPrintable(error));
        QVERIFY(ProfileStore(m_settings.get())
                    .save(Api::ProviderProfile::azure(u"azure-eu"_s, QUrl(u"https://eu.openai.azure.com"_s)))
                    .isEmpty());
        QCOMPARE(workspace.profilesToStart({ u"demo"_s }), QStringList { u"demo"_s });

        JobStore jobs(workspace.database());
        for (const auto &[profile, state] :
            { std::pair { u"gone"_s, JobState::Waiting }, std::pair { u"azure-eu"_s, JobState::Waiting },
                std::pair { u"gone"_s, JobState::Waiting }, std::pair { u"ended"_s, JobState::Completed } }) {
            JobRecord job;
            job.batch = u"b"_s;
            job.profile = profile;
            job.state = state;
            job.request.prompt = u"a kite over the dunes"_s;
            job.createdAt = QDateTime::currentDateTimeUtc();
            QVERIFY(jobs.insert(job));
        }
        // What is asked for first, then the queue's profiles in queue order, each once; ended jobs need nothing.
        QCOMPARE(
            workspace.profilesToStart({ u"demo"_s, u"demo"_s }), (QStringList { u"demo"_s, u"gone"_s, u"azure-eu"_s }));

        QHash<QString, QString> problems;
        JobEngine *engine = nullptr;
        workspace.startEngineFor(
            { u"demo"_s }, {}, [&problems](const QString &name, const QString &why) { problems.insert(name, why); },
            [&engine](JobEngine *e) { engine = e; });
        QTRY_VERIFY(engine);
        QCOMPARE(problems.value(u"gone"_s), u"there is no such profile any more."_s);
        QVERIFY2(problems.value(u"azure-eu"_s).contains(u"no API key"_s), qPrintable(problems.value(u"azure-eu"_s)));
        QVERIFY(!problems.contains(u"demo"_s));
        // Every stored profile prices with its own kind, with or without a client.
        QVERIFY(engine->profileKind(u"azure-eu"_s) == Api::ProviderKind::Azure);
        QVERIFY(engine->isBilled(u"azure-eu"_s));
        QVERIFY(!engine->isBilled(u"demo"_s));
    }

    void sessionKeyWinsAndStaysInMemory()
    {
        Mock::MockServerOptions options;
        options.apiKey = u"sk-session-only"_s;
        Mock::MockServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        Workspace workspace(m_settings.get());
        auto secrets = std::make_unique<MemorySecretStore>();
        workspace.setSecretStore(std::move(secrets));
        const Api::ProviderProfile profile = Api::ProviderProfile::compatible(u"gateway"_s, server.baseUrl());
        QVERIFY(!workspace.hasSessionKey(u"gateway"_s));
        workspace.setSessionKey(u"gateway"_s, u"sk-session-only"_s);
        QVERIFY(workspace.hasSessionKey(u"gateway"_s));

        Api::VideoApiClient *client = nullptr;
        workspace.resolveClient(profile, [&client](Api::VideoApiClient *c, const QString &why) {
            QVERIFY2(c, qPrintable(why));
            client = c;
        });
        QTRY_VERIFY(client);
        Api::VideoListCall *call = client->list({ 1 });
        QSignalSpy done(call, &Api::VideoListCall::finished);
        QVERIFY(done.wait(10000));
        QVERIFY2(call->result().ok(), qPrintable(call->result().error.toString()));

        // Nothing of it reached the settings or the secret store.
        m_settings->sync();
        QFile file(m_dir.filePath(u"settings.ini"_s));
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("sk-session-only"));
        SecretJob *read = workspace.secrets().read(profile.secretKey());
        QSignalSpy readDone(read, &SecretJob::finished);
        QVERIFY(readDone.wait(5000));
        QCOMPARE(read->result().status, SecretResult::Status::NotFound);

        // A new session key reaches the live client at once.
        workspace.setSessionKey(u"gateway"_s, u"sk-wrong"_s);
        Api::VideoListCall *refused = client->list({ 1 });
        QSignalSpy refusedDone(refused, &Api::VideoListCall::finished);
        QVERIFY(refusedDone.wait(10000));
        QCOMPARE(refused->result().error.httpStatus, 401);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_GUILESS_MAIN(TestWorkspaceSettings)
#include "tst_workspacesettings.moc"
