// SPDX-License-Identifier: GPL-3.0-or-later
// The job engine against the demo server over TCP with a real library: the whole life of jobs, the queue
// controls, lost creates and remixes, restarts, stuck and expired jobs, cancels while a create's outcome is unknown,
// polling fallbacks, per-profile limits, budgets and duplicates, and a library folder that cannot be written.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

#include "core/api/videoapiclient.h"
#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/pricing/spendledger.h"
#include "core/storage/database.h"
#include "core/storage/databasewatcher.h"
#include "core/util/clock.h"
#include "mockserver/mockserver.h"
#include "studiofixture.h"

Q_DECLARE_METATYPE(Dailies::JobKind)

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Dailies;

namespace
{
constexpr int kTimeout = 30000;

/// The system clock, an hour behind: the engine then believes content that the server has expired is still valid,
/// so only the server's 404 can tell it the files are gone.
class LateClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return SystemClock::instance().now().addSecs(-3600); }
    [[nodiscard]] qint64 monotonicMs() const override { return SystemClock::instance().monotonicMs(); }
    void callLater(std::chrono::milliseconds delay, QObject *context, std::function<void()> fn) override
    {
        SystemClock::instance().callLater(delay, context, std::move(fn));
    }
};
} // namespace

class TestJobEngine : public QObject
{
    Q_OBJECT

private:
    // Everything one "process" of the app holds; a second one on the same folder simulates a restart.
    struct App {
        Database db;
        std::unique_ptr<Library> library;
        std::unique_ptr<SpendLedger> ledger;
        std::unique_ptr<Api::VideoApiClient> client;
        std::unique_ptr<JobEngine> engine;
    };

    std::unique_ptr<Mock::MockServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;

    void startServer(
        const QString &faults = {}, double timeScale = 0.02, int assetTtlSeconds = 3600, const QString &ffmpeg = {})
    {
        m_server.reset();
        Mock::MockServerOptions options;
        options.timeScale = timeScale;
        options.faults = faults;
        options.assetTtlSeconds = assetTtlSeconds;
        options.ffmpeg = ffmpeg;
        options.dataDir = m_dir->filePath(u"server"_s);
        m_server = std::make_unique<Mock::MockServer>(options);
        QVERIFY(m_server->start());
    }

    // A client of another app on the same server (its jobs are not ours).
    std::unique_ptr<Api::VideoApiClient> otherClient()
    {
        auto client = std::make_unique<Api::VideoApiClient>(
            Api::ProviderProfile::compatible(u"other"_s, m_server->baseUrl()), &m_nam);
        client->setApiKey(u"sk-other"_s);
        return client;
    }

    template<typename Call>
    static auto await(Call *call)
    {
        using Result = decltype(call->result());
        QSignalSpy spy(call, &Call::finished);
        spy.wait(kTimeout);
        call->deleteLater();
        return spy.isEmpty() ? Result {} : spy.first().first().template value<Result>();
    }

    // A video another app made and waited for.
    Api::Video completedElsewhere(Api::VideoApiClient &client, const QString &prompt)
    {
        Api::VideoResult r = await(client.create({ .prompt = prompt, .size = u"1280x720"_s }));
        for (int i = 0; i < 400 && r.ok() && !r.video.isFinished(); ++i) {
            QTest::qWait(25);
            r = await(client.retrieve(r.video.id));
        }
        return r.video;
    }

    std::unique_ptr<App> makeApp(int concurrency = 4, bool start = true, Clock *clock = nullptr)
    {
        auto app = std::make_unique<App>();
        if (!app->db.open(m_dir->filePath(u"library/.dailies/library.sqlite"_s)))
            qFatal("database: %s", qPrintable(app->db.errorString()));
        app->library = std::make_unique<Library>(&app->db, m_dir->filePath(u"library"_s));
        app->ledger = std::make_unique<SpendLedger>(&app->db);
        app->client = std::make_unique<Api::VideoApiClient>(
            Api::ProviderProfile::compatible(u"test"_s, m_server->baseUrl()), &m_nam);
        app->client->setApiKey(u"sk-test"_s);
        Api::VideoApiClient *client = app->client.get();
        app->engine = std::make_unique<JobEngine>(
            &app->db, app->library.get(), app->ledger.get(),
            [client](const QString &profile) { return profile == "test"_L1 ? client : nullptr; }, clock);
        JobEngine::Settings settings;
        settings.defaultConcurrency = concurrency;
        settings.minPollInterval = 20ms;
        settings.maxPollInterval = 200ms;
        app->engine->setSettings(settings);
        if (start)
            app->engine->start();
        return app;
    }

    static JobEngine::SubmitRequest request(const QString &prompt, int variations = 1)
    {
        JobEngine::SubmitRequest r;
        r.profile = u"test"_s;
        r.request.prompt = prompt;
        r.request.size = u"1280x720"_s;
        r.variations = variations;
        return r;
    }

    static JobState stateOf(App &app, qint64 id) { return app.engine->job(id)->state; }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        startServer();
    }
    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void variationsCompleteIntoTheLibrary()
    {
        auto app = makeApp();
        QSignalSpy finished(app->engine.get(), &JobEngine::jobFinished);
        connect(app->engine.get(), &JobEngine::jobChanged, this, [&](qint64 id) { auto j = app->engine->job(id); });
        const JobEngine::SubmitResult r = app->engine->submit(request(u"three takes of a lighthouse"_s, 3));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.jobIds.size(), 3);
        QVERIFY(r.estimate && qFuzzyCompare(*r.estimate, 1.2)); // 3 × 4 s × $0.10
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, kTimeout);
        QSet<QString> remoteIds;
        for (qint64 id : r.jobIds) {
            const JobRecord job = *app->engine->job(id);
            QCOMPARE(toString(job.state), u"completed"_s);
            QVERIFY(job.clipId > 0);
            remoteIds.insert(job.remoteId);
            const auto clip = app->library->clip(job.clipId);
            QVERIFY(clip.has_value());
            QVERIFY(QFile::exists(clip->videoPath));
            QVERIFY(QFile::exists(clip->sidecarPath));
            QCOMPARE(clip->prompt, u"three takes of a lighthouse"_s);
        }
        QCOMPARE(remoteIds.size(), 3);
        QCOMPARE(m_server->requestCount(u"POST /videos"_s), 3);
        QCOMPARE(app->library->clipCount(), 3);
        QVERIFY(qFuzzyCompare(app->ledger->spentInMonth(QDate::currentDate()), 1.2));
        QVERIFY(app->engine->isIdle());
        QVERIFY(QDir(m_dir->filePath(u"library/.dailies/incoming"_s))
                    .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                    .isEmpty());
    }

    // A remix records its parent and a final render its draft, on the job, in the database, on the clip and in
    // its sidecar, so the links survive a restart and a rebuild of the library from its folder.
    void remixAndFinalAreLinkedToTheirSource()
    {
        auto app = makeApp();
        QSignalSpy finished(app->engine.get(), &JobEngine::jobFinished);
        const JobEngine::SubmitResult draft = app->engine->submit(request(u"a draft of a lighthouse"_s));
        QVERIFY2(draft.ok(), qPrintable(draft.error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        const JobRecord parent = *app->engine->job(draft.jobIds.constFirst());
        QCOMPARE(toString(parent.state), u"completed"_s);
        QVERIFY(!parent.remoteId.isEmpty());

        JobEngine::SubmitRequest remix;
        remix.profile = u"test"_s;
        remix.request.prompt = u"the same lighthouse at dusk"_s;
        remix.kind = JobKind::Remix;
        remix.sourceId = parent.remoteId;
        const JobEngine::SubmitResult child = app->engine->submit(remix);
        QVERIFY2(child.ok(), qPrintable(child.error));

        // Render final: the same take again on the final model, built from the clip alone.
        const JobEngine::SubmitResult rendered = app->engine->renderFinal(parent.clipId);
        QVERIFY2(rendered.ok(), qPrintable(rendered.error));
        QCOMPARE(app->engine->job(rendered.jobIds.constFirst())->draftOf, parent.remoteId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, kTimeout);
        QCOMPARE(m_server->requestCount(u"POST /videos/{id}/remix"_s), 1);

        const JobRecord childJob = *app->engine->job(child.jobIds.constFirst());
        const JobRecord finalJob = *app->engine->job(rendered.jobIds.constFirst());
        QCOMPARE(toString(childJob.state), u"completed"_s);
        QCOMPARE(toString(finalJob.state), u"completed"_s);
        const ClipRecord childClip = *app->library->clip(childJob.clipId);
        const ClipRecord finalClip = *app->library->clip(finalJob.clipId);
        QCOMPARE(childClip.parentRemoteId, parent.remoteId);
        QVERIFY(childClip.draftRemoteId.isEmpty());
        QCOMPARE(finalClip.draftRemoteId, parent.remoteId);
        QVERIFY(finalClip.parentRemoteId.isEmpty());
        QCOMPARE(finalClip.model, u"sora-2-pro"_s);
        QCOMPARE(finalClip.prompt, u"a draft of a lighthouse"_s);
        QCOMPARE(finalClip.size, u"1280x720"_s);

        // The sidecar carries the link, and reading it back gives it again.
        QFile sidecar(finalClip.sidecarPath);
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(sidecar.readAll()).object();
        QCOMPARE(json.value("provenance"_L1).toObject().value("draft_remote_id"_L1).toString(), parent.remoteId);
        QString error;
        const std::optional<ClipRecord> reread = ClipRecord::fromSidecar(json, finalClip.sidecarPath, &error);
        QVERIFY2(reread, qPrintable(error));
        QCOMPARE(reread->draftRemoteId, parent.remoteId);

        // The job table keeps it too: a second process reads the same.
        app.reset();
        auto again = makeApp(4, false);
        QCOMPARE(again->engine->store().load(finalJob.id)->draftOf, parent.remoteId);
        QCOMPARE(again->engine->store().load(childJob.id)->sourceId, parent.remoteId);
        QCOMPARE(again->library->clip(finalJob.clipId)->draftRemoteId, parent.remoteId);
    }

    // Edits and extensions start from a completed clip: the new clip records how it was made from which, an
    // extension is as long as both together, and each is billed for what it renders (an edit the whole clip, an
    // extension only what it adds).
    void editAndExtensionAreLinkedAndBilled()
    {
        auto app = makeApp();
        QSignalSpy finished(app->engine.get(), &JobEngine::jobFinished);
        JobEngine::SubmitRequest first = request(u"a lighthouse at dusk"_s);
        first.request.seconds = u"8"_s;
        const JobEngine::SubmitResult made = app->engine->submit(first);
        QVERIFY2(made.ok(), qPrintable(made.error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        const JobRecord source = *app->engine->job(made.jobIds.constFirst());
        QCOMPARE(toString(source.state), u"completed"_s);

        QString why;
        const auto edit
            = app->engine->requestFromClip(source.clipId, JobKind::Edit, u"the lighthouse at night"_s, {}, &why);
        QVERIFY2(edit, qPrintable(why));
        QCOMPARE(edit->request.seconds, u"8"_s);
        const JobEngine::SubmitResult edited = app->engine->submit(*edit);
        QVERIFY2(edited.ok(), qPrintable(edited.error));
        QVERIFY(qFuzzyCompare(edited.estimate.value_or(-1), 0.8));
        const auto extension
            = app->engine->requestFromClip(source.clipId, JobKind::Extend, u"the beam sweeps the sea"_s, u"4"_s, &why);
        QVERIFY2(extension, qPrintable(why));
        const JobEngine::SubmitResult extended = app->engine->submit(*extension);
        QVERIFY2(extended.ok(), qPrintable(extended.error));
        QVERIFY(qFuzzyCompare(extended.estimate.value_or(-1), 0.4));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, kTimeout);
        QCOMPARE(m_server->requestCount(u"POST /videos/edits"_s), 1);
        QCOMPARE(m_server->requestCount(u"POST /videos/extensions"_s), 1);

        const JobRecord editJob = *app->engine->job(edited.jobIds.constFirst());
        const JobRecord extendJob = *app->engine->job(extended.jobIds.constFirst());
        QCOMPARE(toString(editJob.state), u"completed"_s);
        QCOMPARE(toString(extendJob.state), u"completed"_s);
        const ClipRecord editClip = *app->library->clip(editJob.clipId);
        const ClipRecord extendClip = *app->library->clip(extendJob.clipId);
        QCOMPARE(editClip.origin, u"edit"_s);
        QCOMPARE(editClip.parentRemoteId, source.remoteId);
        QCOMPARE(extendClip.origin, u"extend"_s);
        QCOMPARE(extendClip.parentRemoteId, source.remoteId);
        QCOMPARE(extendClip.seconds, u"12"_s);
        QVERIFY(qFuzzyCompare(extendClip.cost.value_or(-1), 0.4));
        QVERIFY(qFuzzyCompare(editClip.cost.value_or(-1), 0.8));
        QCOMPARE(app->library->extensionCount(extendJob.clipId), 1);
        QCOMPARE(app->library->extensionCount(editJob.clipId), 0);
        const QList<ClipRecord> up = app->library->ancestorsOf(extendJob.clipId);
        QCOMPARE(up.size(), 1);
        QCOMPARE(up.constFirst().id, source.clipId);
        QCOMPARE(app->library->remixesOf(u"test"_s, source.remoteId).size(), 2);
        // 0.80 for the 8 s source at 0.10 $/s, 0.80 for the edit and 0.40 for the extension.
        QVERIFY(qFuzzyCompare(app->ledger->spentInMonth(QDate::currentDate()), 2.0));

        // The sidecar carries how it was made.
        QString error;
        QFile sidecar(extendClip.sidecarPath);
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const std::optional<ClipRecord> reread = ClipRecord::fromSidecar(
            QJsonDocument::fromJson(sidecar.readAll()).object(), extendClip.sidecarPath, &error);
        QVERIFY2(reread, qPrintable(error));
        QCOMPARE(reread->origin, u"extend"_s);
    }

    void extensionLimits_data()
    {
        QTest::addColumn<QString>("sourceSeconds");
        QTest::addColumn<int>("chain"); // extensions that lead up to the source
        QTest::addColumn<QString>("seconds");
        QTest::addColumn<QString>("extra"); // "image", "character" or empty
        QTest::addColumn<QString>("refusal"); // empty: queued
        QTest::newRow("4 s more") << u"4"_s << 0 << u"4"_s << QString() << QString();
        QTest::newRow("20 s more") << u"8"_s << 0 << u"20"_s << QString() << QString();
        QTest::newRow("5 s") << u"4"_s << 0 << u"5"_s << QString() << u"4, 8, 12, 16 or 20"_s;
        QTest::newRow("to exactly 120 s") << u"100"_s << 2 << u"20"_s << QString() << QString();
        QTest::newRow("past 120 s") << u"112"_s << 2 << u"12"_s << QString() << u"at most 120 s"_s;
        QTest::newRow("sixth extension") << u"24"_s << 5 << u"4"_s << QString() << QString();
        QTest::newRow("seventh extension") << u"28"_s << 6 << u"4"_s << QString() << u"6th extension"_s;
        QTest::newRow("with a reference image") << u"4"_s << 0 << u"4"_s << u"image"_s << u"no reference image"_s;
        QTest::newRow("with a character") << u"4"_s << 0 << u"4"_s << u"character"_s << u"no characters"_s;
    }

    void extensionLimits()
    {
        QFETCH(QString, sourceSeconds);
        QFETCH(int, chain);
        QFETCH(QString, seconds);
        QFETCH(QString, extra);
        QFETCH(QString, refusal);
        Test::StudioFixture fixture;
        Test::StudioFixture::ClipSpec spec;
        spec.prompt = u"a fox in snow"_s;
        spec.createdAt = QDateTime::currentDateTimeUtc();
        spec.seconds = u"4"_s;
        qint64 clipId = fixture.addClip(spec);
        for (int i = 0; i < chain; ++i) {
            spec.parentRemoteId = fixture.library()->clip(clipId)->remoteId;
            spec.origin = u"extend"_s;
            spec.seconds = i + 1 == chain ? sourceSeconds : QString::number(4 * (i + 2));
            clipId = fixture.addClip(spec);
        }
        if (chain == 0) {
            // The source itself has the length asked for.
            spec.seconds = sourceSeconds;
            clipId = fixture.addClip(spec);
        }
        QVERIFY(clipId > 0);
        QCOMPARE(fixture.library()->extensionCount(clipId), chain);
        std::optional<JobEngine::SubmitRequest> r
            = fixture.engine()->requestFromClip(clipId, JobKind::Extend, u"the fox runs off"_s, seconds);
        QVERIFY(r);
        if (extra == "image"_L1)
            r->request.inputReferenceUrl = u"https://example.com/a.png"_s;
        if (extra == "character"_L1)
            r->request.characters = { u"char_1"_s };
        const JobEngine::SubmitResult result = fixture.engine()->submit(*r);
        if (refusal.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.error));
        } else {
            QVERIFY(!result.ok());
            QVERIFY2(result.error.contains(refusal), qPrintable(result.error));
            QVERIFY(fixture.engine()->listedJobs(0).isEmpty()); // nothing queued
        }
    }

    void charactersOnCreate_data()
    {
        QTest::addColumn<QStringList>("characters");
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("refusal"); // empty: queued
        QTest::newRow("named") << QStringList { u"char_mara"_s } << u"Mara rows across the lake"_s << QString();
        QTest::newRow("two named") << QStringList { u"char_mara"_s, u"char_otto"_s }
                                   << u"Mara and Otto row across the lake"_s << QString();
        QTest::newRow("name missing") << QStringList { u"char_mara"_s } << u"a woman rows across the lake"_s
                                      << u"must name the character 'Mara'"_s;
        QTest::newRow("name in another case")
            << QStringList { u"char_mara"_s } << u"MARA rows across the lake"_s << u"must name the character 'Mara'"_s;
        QTest::newRow("unknown") << QStringList { u"char_nobody"_s } << u"Nobody rows"_s << u"has no character"_s;
        QTest::newRow("three") << QStringList { u"char_mara"_s, u"char_otto"_s, u"char_ida"_s }
                               << u"Mara, Otto and Ida row"_s << u"at most 2"_s;
    }

    void charactersOnCreate()
    {
        QFETCH(QStringList, characters);
        QFETCH(QString, prompt);
        QFETCH(QString, refusal);
        Test::StudioFixture fixture;
        for (const auto &[id, name] : { std::pair { u"char_mara"_s, u"Mara"_s },
                 std::pair { u"char_otto"_s, u"Otto"_s }, std::pair { u"char_ida"_s, u"Ida"_s } }) {
            QString error;
            QVERIFY2(fixture.library()->saveCharacter(
                         { .profile = u"demo"_s, .characterId = id, .name = name, .createdAt = {} }, &error),
                qPrintable(error));
        }
        QCOMPARE(fixture.library()->characters(u"demo"_s).size(), 3);
        QCOMPARE(fixture.library()->characters(u"other"_s).size(), 0);
        JobEngine::SubmitRequest r;
        r.profile = u"demo"_s;
        r.request.prompt = prompt;
        r.request.characters = characters;
        const JobEngine::SubmitResult result = fixture.engine()->submit(r);
        if (refusal.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.error));
            // The characters survive in the job table.
            QCOMPARE(fixture.engine()->store().load(result.jobIds.constFirst())->request.characters, characters);
        } else {
            QVERIFY(!result.ok());
            QVERIFY2(result.error.contains(refusal), qPrintable(result.error));
        }
    }

    void concurrencyLimitHolds()
    {
        auto app = makeApp(2);
        int most = 0;
        connect(
            app->engine.get(), &JobEngine::jobChanged, this, [&] { most = std::max(most, app->engine->inFlight()); });
        QSignalSpy finished(app->engine.get(), &JobEngine::jobFinished);
        QVERIFY(app->engine->submit(request(u"five in a row"_s, 5)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, kTimeout);
        QCOMPARE(most, 2);
    }

    void pauseReorderResume()
    {
        auto app = makeApp(1);
        app->engine->pause();
        QVERIFY(app->engine->isPaused());
        const qint64 a = app->engine->submit(request(u"take A"_s)).jobIds.first();
        const qint64 b = app->engine->submit(request(u"take B"_s)).jobIds.first();
        const qint64 c = app->engine->submit(request(u"take C"_s)).jobIds.first();
        QTest::qWait(100);
        QCOMPARE(m_server->requestCount(u"POST /videos"_s), 0);
        QCOMPARE(toString(stateOf(*app, a)), u"waiting"_s);
        QVERIFY(app->engine->move(c, 0));
        QVERIFY(!app->engine->move(12345, 0));
        QSignalSpy finished(app->engine.get(), &JobEngine::jobFinished);
        app->engine->resume();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, kTimeout);
        const QDateTime ta = app->engine->job(a)->submittedAt, tb = app->engine->job(b)->submittedAt,
                        tc = app->engine->job(c)->submittedAt;
        QVERIFY(tc <= ta && ta <= tb);
        // The pause survives a restart.
        app->engine->pause();
        auto again = makeApp();
        QVERIFY(again->engine->isPaused());
    }

    void cancelWaitingAndRunning()
    {
        startServer({}, 0.5); // slow enough to catch a job in progress
        auto app = makeApp(1);
        const QList<qint64> ids = app->engine->submit(request(u"cancel me"_s, 2)).jobIds;
        QTRY_VERIFY_WITH_TIMEOUT(app->engine->job(ids[0])->state == JobState::InProgress
                || app->engine->job(ids[0])->state == JobState::Queued,
            kTimeout);
        QVERIFY(app->engine->cancel(ids[1]));
        QCOMPARE(toString(stateOf(*app, ids[1])), u"cancelled"_s);
        QVERIFY(app->engine->cancel(ids[0]));
        QCOMPARE(toString(stateOf(*app, ids[0])), u"cancelled"_s);
        QString error;
        QVERIFY(!app->engine->cancel(ids[0], &error));
        QVERIFY(error.contains(u"already ended"_s));
        QTRY_VERIFY_WITH_TIMEOUT(app->engine->isIdle(), kTimeout);
        QCOMPARE(app->library->clipCount(), 0);
        QCOMPARE(m_server->requestCount(u"POST /videos"_s), 1); // the waiting one never left
    }

    void failedJobKeepsItsReasonAndRetries()
    {
        QVERIFY(m_server->setFaults(u"moderation:words=forbidden,when=job"_s));
        auto app = makeApp();
        QSignalSpy finished(app->engine.get(), &JobEngine::jobFinished);
        const qint64 id = app->engine->submit(request(u"a forbidden dance"_s)).jobIds.first();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        const JobRecord job = *app->engine->job(id);
        QCOMPARE(toString(job.state), u"failed"_s);
        QCOMPARE(job.errorCode, u"moderation_blocked"_s);
        QVERIFY(m_server->setFaults(QString()));
        const auto again = app->engine->retry(id);
        QVERIFY(again.has_value());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeout);
        QCOMPARE(toString(stateOf(*app, *again)), u"completed"_s);
        QCOMPARE(app->engine->job(*again)->request.prompt, u"a forbidden dance"_s);
    }

    void rejectedCreateFailsWithTheReason()
    {
        auto app = makeApp();
        JobEngine::SubmitRequest r = request(u"too wide"_s);
        r.request.size = u"1920x1080"_s; // sora-2 does not take 1080p
        QSignalSpy finished(app->engine.get(), &JobEngine::jobFinished);
        const qint64 id = app->engine->submit(r).jobIds.first();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        QCOMPARE(toString(stateOf(*app, id)), u"failed"_s);
        QVERIFY(app->engine->job(id)->errorMessage.contains(u"size"_s));
    }

    void lostCreateIsAdoptedNotResent()
    {
        QVERIFY(m_server->setFaults(u"lose@create:times=1"_s));
        auto app = makeApp();
        QSignalSpy finished(app->engine.get(), &JobEngine::jobFinished);
        const qint64 id = app->engine->submit(request(u"a lantern over water"_s)).jobIds.first();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        QCOMPARE(toString(stateOf(*app, id)), u"completed"_s);
        QCOMPARE(m_server->requestCount(u"POST /videos"_s), 1);
    }

    // A gateway without GET /videos: a lost create cannot be proven either way, so it needs the user at once
    // (instead of asking again forever), and nothing is sent twice.
    void lostCreateWithoutListNeedsAttention_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::newRow("404 on the list") << u"lose@create:times=1;404@list"_s;
        QTest::newRow("405 on the list") << u"lose@create:times=1;405@list"_s;
    }

    void lostCreateWithoutListNeedsAttention()
    {
        QFETCH(QString, faults);
        QVERIFY(m_server->setFaults(faults));
        auto app = makeApp();
        QSignalSpy finished(app->engine.get(), &JobEngine::jobFinished);
        const qint64 id = app->engine->submit(request(u"a lantern, no list"_s)).jobIds.first();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        QCOMPARE(toString(stateOf(*app, id)), u"needs_attention"_s);
        QVERIFY2(app->engine->job(id)->errorMessage.contains(u"no list of videos"_s),
            qPrintable(app->engine->job(id)->errorMessage));
        QCOMPARE(m_server->requestCount(u"POST /videos"_s), 1);
        QCOMPARE(m_server->requestCount(u"GET /videos"_s), 1);
    }

    // Polling several jobs uses one list call; where the provider has none, each job is asked for alone and still
    // completes (a 404 on the list must not read as "this job is gone").
    void pollingWithoutListRoute()
    {
        QVERIFY(m_server->setFaults(u"404@list"_s));
        JobEngine::SubmitResult r;
        {
            // Sent by one "process"; the next one finds all three due at once, which is when a list is tried.
            auto first = makeApp();
            r = first->engine->submit(request(u"three lanterns, no list"_s, 3));
            QVERIFY2(r.ok(), qPrintable(r.error));
            QTRY_VERIFY_WITH_TIMEOUT(std::all_of(r.jobIds.cbegin(), r.jobIds.cend(),
                                         [&](qint64 id) { return !first->engine->job(id)->remoteId.isEmpty(); }),
                kTimeout);
        }
        const int lists = m_server->requestCount(u"GET /videos"_s);
        QVERIFY(lists <= 1);
        auto app = makeApp();
        QSignalSpy finished(app->engine.get(), &JobEngine::jobFinished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, kTimeout);
        for (qint64 id : r.jobIds)
            QCOMPARE(toString(stateOf(*app, id)), u"completed"_s);
        QCOMPARE(m_server->requestCount(u"GET /videos"_s), lists + 1); // tried once, then never again
        QVERIFY(m_server->requestCount(u"GET /videos/{id}"_s) >= 3);
    }

    void ambiguousLostCreateNeedsAttention()
    {
        auto app = makeApp();
        // Someone else made the same take a moment ago; then our create's answer is lost: two candidates.
        Api::VideoApiClient other(Api::ProviderProfile::compatible(u"other"_s, m_server->baseUrl()), &m_nam);
        other.setApiKey(u"sk-other"_s);
        QSignalSpy made(
            other.create({ .prompt = u"twin lanterns"_s, .size = u"1280x720"_s }), &Api::VideoCall::finished);
        QVERIFY(made.wait(kTimeout));
        QVERIFY(m_server->setFaults(u"lose@create:times=1"_s));
        QSignalSpy finished(app->engine.get(), &JobEngine::jobFinished);
        const qint64 id = app->engine->submit(request(u"twin lanterns"_s)).jobIds.first();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        const JobRecord job = *app->engine->job(id);
        QCOMPARE(toString(job.state), u"needs_attention"_s);
        QVERIFY(job.errorMessage.contains(u"not sent again"_s));
        QCOMPARE(m_server->requestCount(u"POST /videos"_s), 2); // ours once, the other client's once
    }

    void restartResumesWithoutNewCreates()
    {
        startServer({}, 0.2);
        qint64 id = 0;
        {
            auto first = makeApp();
            id = first->engine->submit(request(u"survives a restart"_s)).jobIds.first();
            QTRY_VERIFY_WITH_TIMEOUT(!first->engine->job(id)->remoteId.isEmpty(), kTimeout);
        } // the "process" ends with the job in progress
        auto second = makeApp();
        QSignalSpy finished(second->engine.get(), &JobEngine::jobFinished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        QCOMPARE(toString(stateOf(*second, id)), u"completed"_s);
        QCOMPARE(m_server->requestCount(u"POST /videos"_s), 1);
        QCOMPARE(second->library->clipCount(), 1);
    }

    void submittingAtRestartIsReconciled()
    {
        auto app = makeApp(4, false);
        const qint64 id = app->engine->submit(request(u"answer lost in a crash"_s)).jobIds.first();
        // Pretend the process died after the create left and the server made the job.
        QSignalSpy made(app->client->create({ .prompt = u"answer lost in a crash"_s, .size = u"1280x720"_s }),
            &Api::VideoCall::finished);
        QVERIFY(made.wait(kTimeout));
        JobRecord job = *app->engine->job(id);
        job.state = JobState::Submitting;
        job.submittedAt = QDateTime::currentDateTimeUtc().addSecs(-1);
        QCOMPARE(app->engine->store().update(job, {}), JobStore::Write::Done);
        app.reset();
        auto restarted = makeApp();
        QSignalSpy finished(restarted->engine.get(), &JobEngine::jobFinished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        QCOMPARE(toString(stateOf(*restarted, id)), u"completed"_s);
        QCOMPARE(m_server->requestCount(u"POST /videos"_s), 1);
    }

    void stuckJobNeedsAttention()
    {
        QVERIFY(m_server->setFaults(u"stuck:times=1"_s));
        auto app = makeApp();
        JobEngine::Settings s = app->engine->settings();
        s.stuckAfter = 1500ms;
        app->engine->setSettings(s);
        QSignalSpy finished(app->engine.get(), &JobEngine::jobFinished);
        const qint64 id = app->engine->submit(request(u"a clock that never strikes"_s)).jobIds.first();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        const JobRecord job = *app->engine->job(id);
        QCOMPARE(toString(job.state), u"needs_attention"_s);
        QVERIFY2(job.errorMessage.contains(u"stuck"_s), qPrintable(job.errorMessage));
    }

    void budgetHardStopRefuses()
    {
        auto app = makeApp();
        Budget budget;
        budget.monthlyLimit = 0.5;
        budget.hardStop = true;
        QVERIFY(app->ledger->setBudget(budget).isEmpty());
        const JobEngine::SubmitResult r = app->engine->submit(request(u"too expensive"_s, 2)); // $0.80
        QVERIFY(!r.ok());
        QVERIFY(!r.error.isEmpty());
        QSqlQuery q(app->db.connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM jobs"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // nothing queued
    }

    void duplicateTakeIsOffered()
    {
        auto app = makeApp();
        QSignalSpy finished(app->engine.get(), &JobEngine::jobFinished);
        QVERIFY(app->engine->submit(request(u"the same shot twice"_s)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        const JobEngine::SubmitResult again = app->engine->submit(request(u"the  same shot twice "_s));
        QVERIFY(!again.ok());
        QVERIFY(again.duplicate.has_value());
        QVERIFY(QFile::exists(again.duplicate->videoPath));
        JobEngine::SubmitRequest anyway = request(u"the same shot twice"_s);
        anyway.allowDuplicate = true;
        QVERIFY(app->engine->submit(anyway).ok());
        // Another first frame makes another take, whatever the prompt.
        JobEngine::SubmitRequest withImage = request(u"the same shot twice"_s);
        withImage.request.inputReferenceUrl = u"https://img.example.test/other-first-frame.png"_s;
        QVERIFY(app->engine->submit(withImage).ok());
    }

    void sameTakeStillQueuedIsNotBoughtTwice()
    {
        auto app = makeApp();
        app->engine->pause(); // the first stays in the queue
        const JobEngine::SubmitResult first = app->engine->submit(request(u"a held key press"_s));
        QVERIFY(first.ok());
        const JobEngine::SubmitResult repeat = app->engine->submit(request(u"a  held key press "_s));
        QVERIFY(!repeat.ok());
        QCOMPARE(repeat.duplicateJob, std::optional<qint64>(first.jobIds.first()));
        QVERIFY(repeat.error.contains(QString::number(first.jobIds.first())));
        QVERIFY(!repeat.duplicate.has_value());
        JobEngine::SubmitRequest other = request(u"a held key press"_s);
        other.request.seconds = u"8"_s;
        QVERIFY(app->engine->submit(other).ok()); // other settings: another take
        JobEngine::SubmitRequest anyway = request(u"a held key press"_s);
        anyway.allowDuplicate = true;
        const JobEngine::SubmitResult second = app->engine->submit(anyway);
        QVERIFY(second.ok());
        // Only live jobs count: once both are cancelled the take may be queued again.
        QVERIFY(app->engine->cancel(first.jobIds.first()));
        QVERIFY(app->engine->cancel(second.jobIds.first()));
        QVERIFY(app->engine->submit(request(u"a held key press"_s)).ok());
    }

    void unwritableLibraryKeepsTheJob()
    {
        auto app = makeApp();
        // A file where the staging folder must go: the download cannot start.
        QDir().mkpath(m_dir->filePath(u"library/.dailies"_s));
        QFile blocker(m_dir->filePath(u"library/.dailies/incoming"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QSignalSpy notices(app->engine.get(), &JobEngine::notice);
        const qint64 id = app->engine->submit(request(u"nowhere to put it"_s)).jobIds.first();
        QTRY_VERIFY_WITH_TIMEOUT(
            !app->engine->job(id)->errorMessage.isEmpty() && app->engine->job(id)->state == JobState::Downloading,
            kTimeout);
        QVERIFY(app->engine->job(id)->errorMessage.contains(u"library folder"_s));
        QVERIFY(QFile::remove(blocker.fileName()));
        // The job keeps its place; once the folder is usable it completes (next attempt after its back-off).
        JobRecord job = *app->engine->job(id);
        app.reset();
        job.notBefore = {};
        auto restarted = makeApp(4, false);
        job.owner.clear(); // the first engine handed its claims back when it closed
        QCOMPARE(restarted->engine->store().update(job, {}), JobStore::Write::Done);
        restarted->engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(toString(stateOf(*restarted, id)), u"completed"_s, kTimeout);
    }

    // A remix, edit or extension whose answer was lost is found again by its source and prompt: the same kind of
    // job of another video with the same prompt, and a plain create with that prompt, are not it.
    void lostFromSourceIsAdoptedBySource_data()
    {
        QTest::addColumn<JobKind>("kind");
        QTest::addColumn<QString>("route");
        QTest::newRow("remix") << JobKind::Remix << u"POST /videos/{id}/remix"_s;
        QTest::newRow("edit") << JobKind::Edit << u"POST /videos/edits"_s;
        QTest::newRow("extension") << JobKind::Extend << u"POST /videos/extensions"_s;
    }

    void lostFromSourceIsAdoptedBySource()
    {
        QFETCH(JobKind, kind);
        QFETCH(QString, route);
        const std::unique_ptr<Api::VideoApiClient> other = otherClient();
        const Api::Video parent = completedElsewhere(*other, u"a harbour at dawn"_s);
        const Api::Video otherParent = completedElsewhere(*other, u"a harbour at dusk"_s);
        QCOMPARE(toString(parent.status), u"completed"_s);
        QCOMPARE(toString(otherParent.status), u"completed"_s);
        const QString prompt = u"the same harbour in the rain"_s;
        const auto send = [&](const QString &source) {
            return kind == JobKind::Remix ? other->remix(source, prompt)
                : kind == JobKind::Edit   ? other->edit(source, prompt)
                                          : other->extend(source, prompt, u"4"_s);
        };
        const Api::VideoResult decoyFromSource = await(send(otherParent.id));
        const Api::VideoResult decoyCreate = await(other->create({ .prompt = prompt, .size = u"1280x720"_s }));
        QVERIFY2(decoyFromSource.ok() && decoyCreate.ok(), qPrintable(decoyFromSource.error.toString()));

        QVERIFY(m_server->setFaults(u"lose@%1:times=1"_s.arg(kind == JobKind::Extend ? u"extend"_s : toString(kind))));
        auto app = makeApp();
        QSignalSpy finished(app->engine.get(), &JobEngine::jobFinished);
        JobEngine::SubmitRequest r;
        r.profile = u"test"_s;
        r.request.prompt = prompt;
        r.request.seconds = kind == JobKind::Extend ? u"4"_s : QString();
        r.kind = kind;
        r.sourceId = parent.id;
        const JobEngine::SubmitResult submitted = app->engine->submit(r);
        QVERIFY2(submitted.ok(), qPrintable(submitted.error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        const JobRecord job = *app->engine->job(submitted.jobIds.first());
        QCOMPARE(toString(job.state), u"completed"_s);
        QVERIFY(job.remoteId != decoyFromSource.video.id && job.remoteId != decoyCreate.video.id);
        QCOMPARE(job.response.value("remixed_from_video_id"_L1).toString(), parent.id);
        QCOMPARE(job.response.value("prompt"_L1).toString(), prompt);
        QCOMPARE(m_server->requestCount(route), 2); // the other app's and ours, once
        const ClipRecord clip = *app->library->clip(job.clipId);
        QCOMPARE(clip.parentRemoteId, parent.id);
        QCOMPARE(clip.origin, toString(kind));
    }

    // The provider answers 404 for the content of a finished job: the files are gone, the job is expired, and
    // nothing is downloaded again. The engine's clock runs an hour late, so only the 404 can tell it.
    void contentGoneIsExpired()
    {
        startServer({}, 0.02, 1); // assets live one second after completion
        LateClock late;
        qint64 id = 0;
        QString remoteId;
        {
            auto first = makeApp(4, true, &late);
            id = first->engine->submit(request(u"a sandcastle before the tide"_s)).jobIds.first();
            QTRY_VERIFY_WITH_TIMEOUT(!first->engine->job(id)->remoteId.isEmpty(), kTimeout);
            remoteId = first->engine->job(id)->remoteId;
        } // the "process" ends before the clip is fetched
        const std::unique_ptr<Api::VideoApiClient> other = otherClient();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const Api::VideoResult r = await(other->retrieve(remoteId));
                return r.ok() && r.video.status == Api::VideoStatus::Completed && r.video.expiresAt.isValid()
                    && r.video.expiresAt < QDateTime::currentDateTimeUtc().addMSecs(-200);
            }(),
            kTimeout);
        const int contentBefore = m_server->requestCount(u"GET /videos/{id}/content"_s);

        auto second = makeApp(4, true, &late);
        QSignalSpy finished(second->engine.get(), &JobEngine::jobFinished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        const JobRecord job = *second->engine->job(id);
        QCOMPARE(toString(job.state), u"expired"_s);
        QVERIFY2(job.errorMessage.contains(u"expired"_s), qPrintable(job.errorMessage));
        QVERIFY(job.expiresAt > late.now()); // the engine's own clock did not decide it
        QCOMPARE(second->library->clipCount(), 0);
        QVERIFY(second->engine->isIdle());
        // One request per file, none repeated.
        QVERIFY(m_server->requestCount(u"GET /videos/{id}/content"_s) - contentBefore <= 3);
        QCOMPARE(m_server->requestCount(u"POST /videos"_s), 1);
    }

    // Cancelled while its create is on the wire, and that create's answer is then lost: the engine finds the job
    // the provider made, and cancels and deletes it there instead of following it or leaving it running.
    void cancelWhileCreateOutcomeUnknown_data()
    {
        QTest::addColumn<double>("timeScale");
        QTest::addColumn<bool>("runningWhenFound");
        QTest::newRow("finished by the time it is found") << 0.02 << false;
        QTest::newRow("still running when it is found") << 0.5 << true;
    }

    void cancelWhileCreateOutcomeUnknown()
    {
        QFETCH(double, timeScale);
        QFETCH(bool, runningWhenFound);
        // The answer trickles for about three seconds, then the connection is reset half-way through it.
        startServer(u"slow@create:bps=50,times=1; reset@create:at=0.5,times=1"_s, timeScale);
        auto app = makeApp();
        QSignalSpy finished(app->engine.get(), &JobEngine::jobFinished);
        QSignalSpy notices(app->engine.get(), &JobEngine::notice);
        const qint64 id = app->engine->submit(request(u"a kite that should not fly"_s)).jobIds.first();
        QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount(u"POST /videos"_s) == 1, kTimeout);
        QCOMPARE(toString(stateOf(*app, id)), u"submitting"_s);
        QVERIFY(app->engine->cancel(id));
        QCOMPARE(toString(stateOf(*app, id)), u"submitting"_s); // decided once the create's outcome is known

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        const JobRecord job = *app->engine->job(id);
        QCOMPARE(toString(job.state), u"cancelled"_s);
        QVERIFY(!job.remoteId.isEmpty()); // reconciliation found what the lost create made
        QCOMPARE(m_server->requestCount(u"GET /videos"_s), 1);
        QCOMPARE(m_server->requestCount(u"POST /videos"_s), 1);
        QCOMPARE(app->library->clipCount(), 0);
        QVERIFY(app->engine->activeJobs().isEmpty()); // not followed any further here
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(u"DELETE /videos/{id}"_s), 1, kTimeout);

        // And not left on the provider: wait until the video is either deleted there or has finished.
        const std::unique_ptr<Api::VideoApiClient> other = otherClient();
        Api::VideoResult there;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                there = await(other->retrieve(job.remoteId));
                return there.error.isNotFound() || (there.ok() && there.video.isFinished());
            }(),
            kTimeout);
        if (runningWhenFound) {
            // The provider refuses to delete a video that is still running (400 video_not_finished): the engine says
            // so and deletes it once it has finished, so the cancelled take does not stay on the provider.
            QVERIFY(!notices.isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(await(other->retrieve(job.remoteId)).error.isNotFound(), kTimeout);
            QVERIFY(m_server->requestCount(u"DELETE /videos/{id}"_s) >= 2);
            return;
        }
        QVERIFY2(there.error.isNotFound(), qPrintable(toString(there.video.status)));
        QCOMPARE(finished.size(), 1);
    }

    // Jobs older than the newest page of the list are met on the pages after it: a round of list calls follows
    // them, and only a job the list does not show at all is asked for alone.
    void jobsBeyondTheFirstPageAreFoundOnTheNext()
    {
        startServer({}, 0.5, 3600, u"none"_s); // seven seconds a take; bundled clips, so a hundred takes are cheap
        QList<qint64> ids;
        {
            auto first = makeApp();
            ids = first->engine->submit(request(u"three old takes"_s, 3)).jobIds;
            QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(),
                                         [&](qint64 id) { return !first->engine->job(id)->remoteId.isEmpty(); }),
                kTimeout);
            // The third one's video is one the provider never made (a wrong id): no page shows it.
            QSqlQuery q(first->db.connection());
            QVERIFY(q.prepare(u"UPDATE jobs SET remote_id = 'video_unknown' WHERE id = ?"_s));
            q.addBindValue(ids[2]);
            QVERIFY2(q.exec() && q.numRowsAffected() == 1, qPrintable(q.lastError().text()));
        } // the "process" ends with them running
        // 150 newer videos of another app push ours to the second page.
        const std::unique_ptr<Api::VideoApiClient> other = otherClient();
        for (int i = 0; i < 150; ++i)
            QVERIFY(await(other->create({ .prompt = u"newer take %1"_s.arg(i), .size = u"1280x720"_s })).ok());
        QHash<QString, int> singles;
        connect(m_server.get(), &Mock::MockServer::requestHandled, this,
            [&](const QString &method, const QString &path, int) {
                if (method == "GET"_L1 && path.contains(u"/videos/"_s) && !path.endsWith(u"/content"_s))
                    ++singles[path.section(u'/', -1)];
            });
        const int listsBefore = m_server->requestCount(u"GET /videos"_s);

        // After a restart all three are due at once: list pages until ours are met; the unknown one alone.
        auto second = makeApp();
        QSignalSpy finished(second->engine.get(), &JobEngine::jobFinished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, kTimeout);
        QCOMPARE(toString(stateOf(*second, ids[0])), u"completed"_s);
        QCOMPARE(toString(stateOf(*second, ids[1])), u"completed"_s);
        QCOMPARE(toString(stateOf(*second, ids[2])), u"needs_attention"_s);
        QVERIFY(m_server->requestCount(u"GET /videos"_s) - listsBefore >= 2);
        QCOMPARE(singles.value(u"video_unknown"_s), 1);
        // Ours were met on the pages; asked for alone at most when the other had already finished.
        for (qint64 id : { ids[0], ids[1] }) {
            const QString remote = second->engine->job(id)->remoteId;
            QVERIFY2(singles.value(remote) <= 3,
                qPrintable(u"%1 asked for alone %2 times"_s.arg(remote).arg(singles.value(remote))));
        }
        QCOMPARE(m_server->requestCount(u"POST /videos"_s), 153);
    }

    // A profile of a kind with its own limit (Azure: two jobs at a time) keeps to it, whatever the default.
    void profileKindLimitsConcurrency()
    {
        auto app = makeApp(4);
        app->engine->setProfileKind(u"test"_s, 2, true);
        // Counted on the server: a job is in flight from its create until the last of its three files is asked for.
        int creates = 0;
        int most = 0;
        QHash<QString, int> files;
        int done = 0;
        connect(m_server.get(), &Mock::MockServer::requestHandled, this,
            [&](const QString &method, const QString &path, int status) {
                if (status != 200 && status != 206)
                    return;
                if (method == "POST"_L1 && path.endsWith(u"/videos"_s)) {
                    ++creates;
                    most = std::max(most, creates - done);
                } else if (method == "GET"_L1 && path.endsWith(u"/content"_s) && ++files[path] == 3) {
                    ++done;
                }
            });
        int mostHere = 0;
        connect(app->engine.get(), &JobEngine::jobChanged, this,
            [&] { mostHere = std::max(mostHere, app->engine->inFlight(u"test"_s)); });
        QSignalSpy finished(app->engine.get(), &JobEngine::jobFinished);
        QVERIFY(app->engine->submit(request(u"five on a narrow road"_s, 5)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, kTimeout);
        QCOMPARE(creates, 5);
        QCOMPARE(most, 2);
        QCOMPARE(mostHere, 2);
    }

    // Each budget threshold is announced once: by the submit whose estimate crosses it, and by the completed
    // job whose spend crosses it, never again by later jobs.
    void budgetAlertsOncePerThreshold()
    {
        auto app = makeApp(1);
        Budget budget;
        budget.monthlyLimit = 1.0;
        budget.alertPercents = { 50, 90 };
        QVERIFY(app->ledger->setBudget(budget).isEmpty());
        QSignalSpy alerts(app->engine.get(), &JobEngine::budgetAlert);
        QSignalSpy finished(app->engine.get(), &JobEngine::jobFinished);
        // Each take costs $0.40. 0 → 0.40: no threshold, not at submit and not when it is paid.
        JobEngine::SubmitResult r = app->engine->submit(request(u"first of three"_s));
        QVERIFY(r.ok());
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(alerts.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeout);
        QCOMPARE(alerts.size(), 0);

        // 0.40 → 0.80 passes 50 %: once when submitted, once when paid.
        r = app->engine->submit(request(u"second of three"_s));
        QVERIFY(r.ok());
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(alerts.size(), 1);
        QVERIFY2(alerts.last().first().toString().contains(u"50 %"_s), qPrintable(alerts.last().first().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeout);
        QCOMPARE(alerts.size(), 2);
        QVERIFY2(alerts.last().first().toString().contains(u"50 %"_s), qPrintable(alerts.last().first().toString()));

        // 0.80 → 1.20 passes 90 % (and the limit, without a hard stop): 50 % is not announced again.
        r = app->engine->submit(request(u"third of three"_s));
        QVERIFY(r.ok());
        QCOMPARE(alerts.size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, kTimeout);
        QCOMPARE(alerts.size(), 4);
        QVERIFY2(alerts.last().first().toString().contains(u"90 %"_s), qPrintable(alerts.last().first().toString()));
        for (const QList<QVariant> &alert : std::as_const(alerts)) {
            QVERIFY(!alert.first().toString().isEmpty());
        }
        QVERIFY(qFuzzyCompare(app->ledger->spentInMonth(QDate::currentDate()), 1.2));
    }

    void badSubmitsChangeNothing_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<int>("variations");
        QTest::addColumn<QString>("profile");
        QTest::newRow("empty prompt") << QString() << 1 << u"test"_s;
        QTest::newRow("too many variations") << u"x"_s << 9 << u"test"_s;
        QTest::newRow("no variations") << u"x"_s << 0 << u"test"_s;
        QTest::newRow("no profile") << u"x"_s << 1 << QString();
    }

    void badSubmitsChangeNothing()
    {
        QFETCH(QString, prompt);
        QFETCH(int, variations);
        QFETCH(QString, profile);
        auto app = makeApp();
        JobEngine::SubmitRequest r = request(prompt, variations);
        r.profile = profile;
        const JobEngine::SubmitResult result = app->engine->submit(r);
        QVERIFY(!result.ok());
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(app->engine->store().list().size(), 0);
    }

    // Two engines on one library file, as two processes have them (each told of the other's writes by its
    // DatabaseWatcher): each job is created once, and each engine announces the jobs the other one finishes.
    void twoEnginesShareOneQueue()
    {
        auto first = makeApp(2, false);
        auto second = makeApp(2, false);
        DatabaseWatcher firstWatcher(&first->db), secondWatcher(&second->db);
        connect(&firstWatcher, &DatabaseWatcher::changed, first->engine.get(), &JobEngine::refresh);
        connect(&secondWatcher, &DatabaseWatcher::changed, second->engine.get(), &JobEngine::refresh);
        first->engine->start();
        second->engine->start();
        QSignalSpy seenBySecond(second->engine.get(), &JobEngine::jobFinished);
        const int before = m_server->requestCount(u"POST /videos"_s);
        const QList<qint64> ids = first->engine->submit(request(u"one queue, two engines"_s, 6)).jobIds;
        QCOMPARE(ids.size(), 6);
        for (qint64 id : ids)
            QTRY_COMPARE_WITH_TIMEOUT(toString(stateOf(*first, id)), u"completed"_s, kTimeout);
        QCOMPARE(m_server->requestCount(u"POST /videos"_s) - before, 6);
        QTRY_COMPARE_WITH_TIMEOUT(seenBySecond.size(), 6, kTimeout);
        QCOMPARE(first->library->clipCount(), 6);
        QSet<QString> owners;
        for (qint64 id : ids)
            owners.insert(first->engine->job(id)->owner);
        QVERIFY(owners.size() <= 2); // some sent by one engine, perhaps some by the other, none by both
    }

    // A job another engine follows is cancelled by that engine, when asked through the database.
    void cancelAJobAnotherEngineFollows()
    {
        auto sender = makeApp(4, true);
        auto other = makeApp(4, false);
        DatabaseWatcher senderWatcher(&sender->db), otherWatcher(&other->db);
        connect(&senderWatcher, &DatabaseWatcher::changed, sender->engine.get(), &JobEngine::refresh);
        connect(&otherWatcher, &DatabaseWatcher::changed, other->engine.get(), &JobEngine::refresh);
        QVERIFY(m_server->setFaults(u"stuck@create"_s));
        const qint64 id = sender->engine->submit(request(u"cancelled from elsewhere"_s)).jobIds.first();
        QTRY_VERIFY_WITH_TIMEOUT(!sender->engine->job(id)->remoteId.isEmpty(), kTimeout);
        other->engine->load();
        QTRY_VERIFY_WITH_TIMEOUT(other->engine->job(id)->owner == sender->engine->ownerId(), kTimeout);
        QString error;
        bool requested = false;
        QVERIFY2(other->engine->cancel(id, &error, &requested), qPrintable(error));
        QVERIFY(requested); // the sender's calls are the sender's to stop
        QTRY_COMPARE_WITH_TIMEOUT(toString(stateOf(*sender, id)), u"cancelled"_s, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(toString(stateOf(*other, id)), u"cancelled"_s, kTimeout);
        QVERIFY(m_server->setFaults(u""_s));
    }

    // Another process updated the library to a schema this build does not know: the engine stops instead of
    // writing rows it does not understand, and says so.
    void aNewerSchemaStopsTheEngine()
    {
        auto app = makeApp(4, true);
        QSignalSpy notices(app->engine.get(), &JobEngine::notice);
        {
            QSqlQuery q(app->db.connection());
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)));
        }
        app->engine->refresh();
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.first().first().toString().contains(u"newer Dailies"_s));
        const JobEngine::SubmitResult r = app->engine->submit(request(u"not into a newer library"_s));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(u"newer Dailies"_s));
        QSqlQuery q(app->db.connection());
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion())));
    }

    // The engine prices a take on its profile's own table, as the compose panel does: Azure serves only sora-2, so
    // a sora-2-pro take has no known price there, and the estimate, the budget check and the job agree on that.
    void finalRequestsComeFromTheClip_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("remoteId"); // "-": no clip is added
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("reference"); // "stored": a file kept in the library; else a name that is not
        QTest::addColumn<QString>("chosenFinal"); // the profile's final model in the settings
        QTest::addColumn<QString>("expectedModel"); // empty: refused
        QTest::addColumn<QString>("refusal");

        QTest::newRow("sora-2 renders on sora-2-pro")
            << u"sora-2"_s << QString() << QString() << QString() << QString() << u"sora-2-pro"_s << QString();
        QTest::newRow("with its reference image")
            << u"sora-2"_s << QString() << QString() << u"stored"_s << QString() << u"sora-2-pro"_s << QString();
        QTest::newRow("the profile's choice wins")
            << u"sora-2"_s << QString() << QString() << QString() << u"sora-3-max"_s << u"sora-3-max"_s << QString();
        QTest::newRow("a choice equal to the draft's model is no final")
            << u"sora-2-pro"_s << QString() << QString() << QString() << u"sora-2-pro"_s << QString()
            << u"no model beyond it"_s;
        QTest::newRow("nothing beyond sora-2-pro") << u"sora-2-pro"_s << QString() << QString() << QString()
                                                   << QString() << QString() << u"no model beyond it"_s;
        QTest::newRow("a remix") << u"sora-2"_s << QString() << u"video_parent"_s << QString() << QString() << QString()
                                 << u"is a remix"_s;
        QTest::newRow("no such clip") << u"sora-2"_s << u"-"_s << QString() << QString() << QString() << QString()
                                      << u"There is no clip"_s;
        QTest::newRow("the reference image is gone") << u"sora-2"_s << QString() << QString() << u"gone.png"_s
                                                     << QString() << QString() << u"no longer in the library"_s;
    }

    void finalRequestsComeFromTheClip()
    {
        QFETCH(QString, model);
        QFETCH(QString, remoteId);
        QFETCH(QString, parent);
        QFETCH(QString, reference);
        QFETCH(QString, chosenFinal);
        QFETCH(QString, expectedModel);
        QFETCH(QString, refusal);
        Test::StudioFixture fixture;
        JobEngine *engine = fixture.engine();
        JobEngine::Settings settings = engine->settings();
        if (!chosenFinal.isEmpty())
            settings.finalModels.insert(u"demo"_s, chosenFinal);
        engine->setSettings(settings);

        QString referenceFile = reference;
        if (reference == "stored"_L1) {
            const QString source = m_dir->filePath(u"first-frame.png"_s);
            QVERIFY(Test::StudioFixture::write(source, "\x89PNG\r\n\x1a\nnot really"_ba));
            QString error;
            const QString stored = fixture.library()->storeReference(source, &error);
            QVERIFY2(!stored.isEmpty(), qPrintable(error));
            referenceFile = QFileInfo(stored).fileName();
        }
        Test::StudioFixture::ClipSpec spec;
        spec.prompt = u"a lighthouse in fog, slow push in"_s;
        spec.createdAt = QDateTime::currentDateTimeUtc();
        spec.project = u"coast"_s;
        spec.model = model;
        spec.parentRemoteId = parent;
        spec.referenceFile = referenceFile;
        const qint64 clipId = remoteId == "-"_L1 ? 4242 : fixture.addClip(spec);
        QVERIFY(clipId > 0);
        const ClipRecord clip = fixture.library()->clip(clipId).value_or(ClipRecord {});

        QString why;
        const std::optional<JobEngine::SubmitRequest> final = engine->finalRequestFor(clipId, &why);
        if (expectedModel.isEmpty()) {
            QVERIFY(!final);
            QVERIFY2(why.contains(refusal), qPrintable(why));
            // renderFinal() says the same and queues nothing.
            const JobEngine::SubmitResult result = engine->renderFinal(clipId);
            QVERIFY(!result.ok());
            QCOMPARE(result.error, why);
            QVERIFY(engine->store().loadActive().isEmpty());
            return;
        }
        QVERIFY2(final, qPrintable(why));
        QCOMPARE(final->profile, u"demo"_s);
        QCOMPARE(final->request.prompt, spec.prompt);
        QCOMPARE(final->request.model, expectedModel);
        QCOMPARE(final->request.size, clip.size);
        QCOMPARE(final->request.seconds, clip.seconds);
        QCOMPARE(final->project, u"coast"_s);
        QCOMPARE(final->draftOf, clip.remoteId);
        QCOMPARE(final->request.inputReferencePath,
            referenceFile.isEmpty() ? QString() : fixture.library()->referencePath(referenceFile));
        const JobEngine::SubmitResult queued = engine->renderFinal(clipId);
        QVERIFY2(queued.ok(), qPrintable(queued.error));
        const JobRecord job = *engine->job(queued.jobIds.constFirst());
        QCOMPARE(job.draftOf, clip.remoteId);
        QCOMPARE(job.request.model, expectedModel);
    }

    void pricesFollowTheProfileKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("seconds");
        QTest::addColumn<double>("expected"); // -1: unknown
        const int openai = int(Api::ProviderKind::OpenAI);
        const int azure = int(Api::ProviderKind::Azure);
        const int gateway = int(Api::ProviderKind::LiteLLM);
        const QString portrait = u"720x1280"_s;
        QTest::newRow("openai, sora-2-pro") << openai << u"sora-2-pro"_s << portrait << u"4"_s << 0.3 * 4 * 2;
        // Pro's dearer tier: what the budget and the ledger count for the large sizes.
        QTest::newRow("openai, pro 1792x1024") << openai << u"sora-2-pro"_s << u"1792x1024"_s << u"8"_s << 0.5 * 8 * 2;
        QTest::newRow("openai, pro 1024x1792") << openai << u"sora-2-pro"_s << u"1024x1792"_s << u"4"_s << 0.5 * 4 * 2;
        QTest::newRow("openai, pro 1080p 20 s")
            << openai << u"sora-2-pro"_s << u"1920x1080"_s << u"20"_s << 0.5 * 20 * 2;
        QTest::newRow("openai, pro snapshot 1792x1024")
            << openai << u"sora-2-pro-2025-10-06"_s << u"1792x1024"_s << u"4"_s << 0.5 * 4 * 2;
        QTest::newRow("azure, sora-2") << azure << u"sora-2"_s << portrait << u"4"_s << 0.1 * 4 * 2;
        QTest::newRow("azure, sora-2-pro") << azure << u"sora-2-pro"_s << portrait << u"4"_s << -1.0;
        QTest::newRow("litellm, veo 3.1")
            << gateway << u"vertex_ai/veo-3.1-generate-preview"_s << u"1280x720"_s << u"8"_s << 0.4 * 8 * 2;
        QTest::newRow("litellm, runway") << gateway << u"runwayml/gen4_turbo"_s << u"720x1280"_s << u"10"_s
                                         << 0.05 * 10 * 2;
        QTest::newRow("litellm, sora-2 is not its name") << gateway << u"sora-2"_s << portrait << u"4"_s << -1.0;
    }

    void pricesFollowTheProfileKind()
    {
        QFETCH(int, kind);
        QFETCH(QString, model);
        QFETCH(QString, size);
        QFETCH(QString, seconds);
        QFETCH(double, expected);
        auto app = makeApp(4, false);
        app->engine->setProfileKind(u"test"_s, 0, true, Api::ProviderKind(kind));
        JobEngine::SubmitRequest r = request(u"priced on its own table"_s, 2);
        r.request.model = model;
        r.request.size = size;
        r.request.seconds = seconds;
        const std::optional<double> estimate = app->engine->estimate(u"test"_s, r.request, 2);
        const JobEngine::SubmitResult submitted = app->engine->submit(r);
        QVERIFY2(submitted.ok(), qPrintable(submitted.error));
        if (expected < 0) {
            QVERIFY(!estimate);
            QVERIFY(!submitted.estimate);
            QVERIFY(!app->engine->job(submitted.jobIds.first())->estimatedCost);
        } else {
            QVERIFY(estimate);
            QCOMPARE(*estimate, expected);
            QCOMPARE(submitted.estimate.value_or(-1), expected);
            QCOMPARE(app->engine->job(submitted.jobIds.first())->estimatedCost.value_or(-1), expected / 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestJobEngine)
#include "tst_jobengine.moc"
