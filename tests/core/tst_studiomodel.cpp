// SPDX-License-Identifier: GPL-3.0-or-later
// The studio's list of jobs and clips: loading a library with old jobs, a real job run against the demo server
// turning its row into the clip without a reset or a removal, coalesced changes, clips that come and go, and the
// time it takes to open a large library.
#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "core/api/videoapiclient.h"
#include "core/models/studiomodel.h"
#include "core/pricing/spendledger.h"
#include "mockserver/mockserver.h"
#include "studiofixture.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Dailies;
using Dailies::Test::StudioFixture;

namespace
{

constexpr int kTimeout = 30000;
const QDateTime kNow = QDateTime::currentDateTimeUtc();

QDateTime ago(int minutes)
{
    return kNow.addSecs(qint64(-60) * minutes);
}

StudioModel::Kind kindAt(const StudioModel &model, int row)
{
    return model.index(row).data(StudioModel::KindRole).value<StudioModel::Kind>();
}

QList<int> sorted(QList<int> roles)
{
    std::sort(roles.begin(), roles.end());
    return roles;
}

} // namespace

class TestStudioModel : public QObject
{
    Q_OBJECT

private:
    // A library with three clips (one imported) and jobs in every state, at known ages.
    struct Scene {
        qint64 clipA = 0, clipB = 0, clipC = 0;
        qint64 waiting = 0, failed = 0, cancelled = 0, expired = 0, attention = 0, completed = 0;
    };

    static Scene makeScene(StudioFixture &f)
    {
        Scene s;
        s.completed = f.addJob(u"the job that made clip A"_s, JobState::Completed, ago(181));
        s.clipA = f.addClip({ .prompt = u"clip A, a red kite over the dunes"_s,
            .createdAt = ago(180),
            .project = u"coast"_s,
            .favourite = true,
            .cost = 0.4,
            .jobId = s.completed });
        s.clipB = f.addClip({ .prompt = u"clip B, imported from the provider"_s, .createdAt = ago(60) });
        s.clipC = f.addClip({ .prompt = u"clip C, rain on a tin roof"_s, .createdAt = ago(300), .rating = 4 });
        s.waiting = f.addJob(u"a waiting job"_s, JobState::Waiting, ago(1));
        s.attention = f.addJob(u"a lost create"_s, JobState::NeedsAttention, ago(30), {}, u"not sent again"_s);
        s.failed = f.addJob(u"a forbidden dance"_s, JobState::Failed, ago(120), {}, u"moderation blocked it"_s);
        s.cancelled = f.addJob(u"a cancelled job"_s, JobState::Cancelled, ago(240));
        s.expired = f.addJob(u"an expired job"_s, JobState::Expired, ago(360));
        return s;
    }

    // One row as "job:<id>" or "clip:<id>".
    static QString label(const StudioModel &model, int row)
    {
        const QModelIndex index = model.index(row);
        if (kindAt(model, row) == StudioModel::Kind::Clip)
            return u"clip:"_s + QString::number(index.data(StudioModel::ClipIdRole).toLongLong());
        return u"job:"_s + QString::number(index.data(StudioModel::JobIdRole).toLongLong());
    }

    static QStringList labels(const StudioModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << label(model, row);
        return out;
    }

    static QString job(qint64 id) { return u"job:"_s + QString::number(id); }
    static QString clip(qint64 id) { return u"clip:"_s + QString::number(id); }

private Q_SLOTS:
    void loadsClipsAndOldJobs()
    {
        StudioFixture f;
        const Scene s = makeScene(f);
        StudioModel model(f.engine(), f.library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.reload();
        QCOMPARE(model.resets(), 1);

        // Newest first; the completed job is its clip (A), not a row of its own.
        const QStringList expected { job(s.waiting), job(s.attention), clip(s.clipB), job(s.failed), clip(s.clipA),
            job(s.cancelled), clip(s.clipC), job(s.expired) };
        QCOMPARE(labels(model), expected);

        const QModelIndex a = model.index(model.rowForClip(s.clipA));
        QCOMPARE(a.data(StudioModel::StateRole).toString(), u"completed"_s);
        QCOMPARE(a.data(StudioModel::ProgressRole).toInt(), 100);
        QCOMPARE(a.data(StudioModel::JobIdRole).toLongLong(), s.completed);
        QCOMPARE(a.data(StudioModel::ProjectRole).toString(), u"coast"_s);
        QCOMPARE(a.data(StudioModel::FavouriteRole).toBool(), true);
        QCOMPARE(a.data(StudioModel::CostRole).toDouble(), 0.4);
        QCOMPARE(a.data(StudioModel::PromptRole).toString(), u"clip A, a red kite over the dunes"_s);
        QCOMPARE(a.data().toString(), u"clip A, a red kite over the dunes"_s);
        QCOMPARE(a.data(StudioModel::ModelRole).toString(), u"sora-2"_s);
        QCOMPARE(a.data(StudioModel::ElapsedRole).toLongLong(), 32000);
        QVERIFY(QFile::exists(a.data(StudioModel::VideoPathRole).toString()));
        QVERIFY(QFile::exists(a.data(StudioModel::ThumbnailPathRole).toString()));
        QVERIFY(a.data(Qt::ToolTipRole).toString().contains(u"red kite"_s));
        QVERIFY(!a.data(StudioModel::ErrorRole).isValid());
        QCOMPARE(a.data(StudioModel::CreatedAtRole).toDateTime().toSecsSinceEpoch(), ago(180).toSecsSinceEpoch());

        const QModelIndex b = model.index(model.rowForClip(s.clipB));
        QVERIFY(!b.data(StudioModel::JobIdRole).isValid()); // imported
        QVERIFY(!b.data(StudioModel::CostRole).isValid());
        QCOMPARE(model.index(model.rowForClip(s.clipC)).data(StudioModel::RatingRole).toInt(), 4);

        const QModelIndex failed = model.index(model.rowForJob(s.failed));
        QCOMPARE(failed.data(StudioModel::KindRole).value<StudioModel::Kind>(), StudioModel::Kind::Job);
        QCOMPARE(failed.data(StudioModel::StateRole).toString(), u"failed"_s);
        QCOMPARE(failed.data(StudioModel::ErrorRole).toString(), u"moderation blocked it"_s);
        QVERIFY(!failed.data(StudioModel::ClipIdRole).isValid());
        QVERIFY(!failed.data(StudioModel::VideoPathRole).isValid());
        QVERIFY(failed.data(Qt::ToolTipRole).toString().contains(u"moderation blocked it"_s));
        QCOMPARE(failed.data(StudioModel::ElapsedRole).toLongLong(), 59000);
        QCOMPARE(failed.data(StudioModel::CostRole).toDouble(), 0.4);

        const QModelIndex waiting = model.index(model.rowForJob(s.waiting));
        QCOMPARE(waiting.data(StudioModel::StateRole).toString(), u"waiting"_s);
        QVERIFY(!waiting.data(StudioModel::StatusTextRole).toString().isEmpty());
        QVERIFY(!waiting.data(StudioModel::SubmittedAtRole).isValid());
        QVERIFY(!waiting.data(StudioModel::ElapsedRole).isValid());

        QCOMPARE(model.rowForJob(s.completed), model.rowForClip(s.clipA));
        QCOMPARE(model.rowForJob(123456), -1);
        QCOMPARE(model.rowForClip(123456), -1);
        QCOMPARE(model.dataChangedSignals(), 0);
        QVERIFY(!model.hasPendingChanges());
    }

    void roleNamesAreUnique()
    {
        StudioFixture f;
        StudioModel model(f.engine(), f.library());
        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.value(StudioModel::ThumbnailPathRole), QByteArray("thumbnailPath"));
        QCOMPARE(names.value(StudioModel::ParentRemoteIdRole), QByteArray("parentRemoteId"));
        QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
        const QList<QByteArray> values = names.values();
        QCOMPARE(QSet<QByteArray>(values.cbegin(), values.cend()).size(), names.size());
    }

    void terminalJobLimit_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("terminalRows");
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("two newest") << 2 << 2;
        QTest::newRow("default") << StudioModel::kDefaultTerminalJobLimit << 4;
    }

    void terminalJobLimit()
    {
        QFETCH(int, limit);
        QFETCH(int, terminalRows);
        StudioFixture f;
        const Scene s = makeScene(f);
        StudioModel model(f.engine(), f.library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.terminalJobLimit(), StudioModel::kDefaultTerminalJobLimit);
        model.setTerminalJobLimit(limit);
        model.reload();
        QCOMPARE(model.rowCount(), 3 + 1 + terminalRows); // clips, the waiting job, ended jobs
        if (limit == 2) { // the two most recent ended jobs (by id: the last written)
            QVERIFY(model.rowForJob(s.expired) >= 0);
            QVERIFY(model.rowForJob(s.cancelled) >= 0);
            QCOMPARE(model.rowForJob(s.failed), -1);
        }
    }

    void libraryOnly()
    {
        StudioFixture f;
        const Scene s = makeScene(f);
        StudioModel model(nullptr, f.library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(labels(model), QStringList({ clip(s.clipB), clip(s.clipA), clip(s.clipC) }));
        QCOMPARE(model.rowForJob(s.waiting), -1);
    }

    // A real run: the demo server, a started engine, a file database.
    void jobRowBecomesItsClip()
    {
        QTemporaryDir dir;
        Mock::MockServerOptions options;
        options.timeScale = 0.02;
        options.dataDir = dir.filePath(u"server"_s);
        Mock::MockServer server(options);
        QVERIFY(server.start());
        QNetworkAccessManager nam;
        Database db;
        QVERIFY2(db.open(dir.filePath(u"library/.dailies/library.sqlite"_s)), qPrintable(db.errorString()));
        Library library(&db, dir.filePath(u"library"_s));
        SpendLedger ledger(&db);
        Api::VideoApiClient client(Api::ProviderProfile::compatible(u"test"_s, server.baseUrl()), &nam);
        client.setApiKey(u"sk-test"_s);
        JobEngine engine(&db, &library, &ledger,
            [&client](const QString &profile) { return profile == "test"_L1 ? &client : nullptr; });
        JobEngine::Settings settings;
        settings.minPollInterval = 20ms;
        settings.maxPollInterval = 100ms;
        engine.setSettings(settings);

        StudioModel model(&engine, &library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        engine.start();

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QList<int> progress;
        bool progressCarriedOtherRoles = false;
        connect(&model, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                QCOMPARE(topLeft.row(), 0);
                QCOMPARE(bottomRight.row(), 0);
                if (roles.contains(StudioModel::ProgressRole))
                    progress << topLeft.data(StudioModel::ProgressRole).toInt();
                if (roles.contains(StudioModel::ProgressRole) && !roles.contains(StudioModel::KindRole)
                    && roles.contains(StudioModel::PromptRole))
                    progressCarriedOtherRoles = true;
            });

        JobEngine::SubmitRequest request;
        request.profile = u"test"_s;
        request.request.prompt = u"a paper boat in a gutter stream"_s;
        request.request.size = u"1280x720"_s;
        const JobEngine::SubmitResult submitted = engine.submit(request);
        QVERIFY2(submitted.ok(), qPrintable(submitted.error));
        const qint64 jobId = submitted.jobIds.first();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0); // at the top
        QCOMPARE(model.rowForJob(jobId), 0);
        const QPersistentModelIndex row(model.index(0));
        QCOMPARE(kindAt(model, 0), StudioModel::Kind::Job);
        QCOMPARE(row.data(StudioModel::JobIdRole).toLongLong(), jobId);

        QTRY_VERIFY_WITH_TIMEOUT(
            row.data(StudioModel::KindRole).value<StudioModel::Kind>() == StudioModel::Kind::Clip, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(engine.isIdle() && !model.hasPendingChanges(), kTimeout);

        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(row.isValid());
        QCOMPARE(row.row(), 0);
        const qint64 clipId = engine.job(jobId)->clipId;
        QVERIFY(clipId > 0);
        QCOMPARE(row.data(StudioModel::ClipIdRole).toLongLong(), clipId);
        QCOMPARE(row.data(StudioModel::JobIdRole).toLongLong(), jobId);
        QCOMPARE(model.rowForClip(clipId), 0);
        QCOMPARE(model.rowForJob(jobId), 0);
        QCOMPARE(row.data(StudioModel::StateRole).toString(), u"completed"_s);
        QVERIFY(QFile::exists(row.data(StudioModel::VideoPathRole).toString()));
        QCOMPARE(row.data(StudioModel::PromptRole).toString(), request.request.prompt);

        // Progress went up through dataChanged alone, and progress updates named only what changed.
        QVERIFY2(std::any_of(progress.cbegin(), progress.cend(), [](int p) { return p > 0 && p < 100; }),
            qPrintable(QDebug::toString(progress)));
        QVERIFY2(std::is_sorted(progress.cbegin(), progress.cend()), qPrintable(QDebug::toString(progress)));
        QCOMPARE(progress.last(), 100);
        QVERIFY(!progressCarriedOtherRoles);
        QVERIFY(model.dataChangedSignals() >= 2);
        QCOMPARE(model.resets(), 1);
    }

    void changesAreCoalesced()
    {
        StudioFixture f;
        StudioModel model(f.engine(), f.library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();

        // A draft is read back from the database on every change, so the test can change it under the engine.
        JobEngine::SubmitRequest request;
        request.profile = u"demo"_s;
        request.request.prompt = u"many small steps"_s;
        request.draft = true;
        const qint64 id = f.engine()->submit(request).jobIds.first();
        QCOMPARE(model.rowCount(), 1);
        JobRecord job = *f.engine()->job(id);
        job.state = JobState::InProgress;
        QCOMPARE(f.engine()->store().update(job, {}), JobStore::Write::Done);
        Q_EMIT f.engine()->jobChanged(id);
        QVERIFY(model.hasPendingChanges());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(changed.wait());
        QTRY_VERIFY(!model.hasPendingChanges());
        QCOMPARE(changed.size(), 1);
        const int before = model.dataChangedSignals();

        for (int i = 1; i <= 200; ++i) {
            job.progress = i / 2;
            QCOMPARE(f.engine()->store().update(job, {}), JobStore::Write::Done);
            Q_EMIT f.engine()->jobChanged(id);
        }
        QVERIFY(changed.wait());
        QTRY_VERIFY(!model.hasPendingChanges());
        QVERIFY2(model.dataChangedSignals() - before <= 2, qPrintable(QString::number(model.dataChangedSignals())));
        QCOMPARE(changed.size(), 1 + model.dataChangedSignals() - before);
        QCOMPARE(sorted(changed.last().at(2).value<QList<int>>()),
            sorted({ Qt::ToolTipRole, StudioModel::StatusTextRole, StudioModel::ProgressRole }));
        QCOMPARE(model.index(0).data(StudioModel::ProgressRole).toInt(), 100);

        // A change that changes nothing a view sees emits nothing.
        Q_EMIT f.engine()->jobChanged(id);
        QVERIFY(!model.hasPendingChanges());
    }

    void newRowsTakeTheirPlace()
    {
        StudioFixture f;
        const Scene s = makeScene(f);
        StudioModel model(f.engine(), f.library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        // An imported clip two hours old goes between clip B (1 h) and the failed job (2 h).
        const qint64 imported = f.addClip({ .prompt = u"an old take found on the provider"_s, .createdAt = ago(119) });
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowForClip(imported), model.rowForClip(s.clipB) + 1);
        QCOMPARE(inserted.last().at(1).toInt(), model.rowForClip(imported));

        // A new job goes to the top.
        JobEngine::SubmitRequest request;
        request.profile = u"demo"_s;
        request.request.prompt = u"brand new"_s;
        request.request.size = u"1280x720"_s;
        const qint64 id = f.engine()->submit(request).jobIds.first();
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 0);
        QCOMPARE(model.rowForJob(id), 0);
        QCOMPARE(model.rowForJob(s.waiting), 1);
        QCOMPARE(model.resets(), 1);
    }

    void clipOfAJobTakesOverItsRow()
    {
        StudioFixture f;
        const qint64 jobId = f.addJob(u"a kite in the wind"_s, JobState::Downloading, ago(5));
        const qint64 other = f.addJob(u"another take"_s, JobState::InProgress, ago(4));
        StudioModel model(f.engine(), f.library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(labels(model), QStringList({ job(other), job(jobId) }));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // A clip that only carries the same job id (rebuilt from another database) is a row of its own.
        const qint64 stranger = f.addClip(
            { .prompt = u"someone else's"_s, .createdAt = ago(600), .jobId = jobId, .remoteId = u"video_other"_s });
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowForClip(stranger), 2);

        const QString remoteId = f.engine()->job(jobId)->remoteId;
        const qint64 clipId = f.addClip(
            { .prompt = u"a kite in the wind"_s, .createdAt = ago(5), .jobId = jobId, .remoteId = remoteId });
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(model.rowForClip(clipId), 1);
        QCOMPARE(model.rowForJob(jobId), 1);
        QVERIFY(changed.wait());
        QCOMPARE(changed.last().at(0).toModelIndex().row(), 1);
        QVERIFY(changed.last().at(2).value<QList<int>>().contains(StudioModel::KindRole));
        QCOMPARE(kindAt(model, 1), StudioModel::Kind::Clip);
        QCOMPARE(model.index(1).data(StudioModel::ClipIdRole).toLongLong(), clipId);

        // The engine's own news that the job completed changes nothing more.
        JobRecord done = *f.engine()->job(jobId);
        done.state = JobState::Completed;
        done.clipId = clipId;
        QCOMPARE(f.engine()->store().update(done, {}), JobStore::Write::Done);
        Q_EMIT f.engine()->jobChanged(jobId);
        Q_EMIT f.engine()->jobFinished(jobId);
        QVERIFY(!model.hasPendingChanges());
        QCOMPARE(model.rowCount(), 3);
    }

    void clipsDragOutAsFiles()
    {
        StudioFixture f;
        const Scene s = makeScene(f);
        StudioModel model(f.engine(), f.library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        const QModelIndex a = model.index(model.rowForClip(s.clipA));
        const QModelIndex c = model.index(model.rowForClip(s.clipC));
        const QModelIndex waiting = model.index(model.rowForJob(s.waiting));
        QVERIFY(model.flags(a) & Qt::ItemIsDragEnabled);
        QVERIFY(!(model.flags(waiting) & Qt::ItemIsDragEnabled));
        QVERIFY(model.flags(waiting) & Qt::ItemIsSelectable);
        QCOMPARE(model.supportedDragActions(), Qt::CopyAction);
        QVERIFY(model.mimeTypes().contains(u"text/uri-list"_s));

        // The job has no file: only the clips' videos travel, in row order, each an existing local file.
        std::unique_ptr<QMimeData> mime(model.mimeData({ c, waiting, a }));
        QVERIFY(mime);
        const QList<QUrl> urls = mime->urls();
        QCOMPARE(urls.size(), 2);
        QCOMPARE(urls.at(0).toLocalFile(), a.data(StudioModel::VideoPathRole).toString());
        QCOMPARE(urls.at(1).toLocalFile(), c.data(StudioModel::VideoPathRole).toString());
        for (const QUrl &url : urls) {
            QVERIFY(url.isLocalFile());
            QVERIFY(QFileInfo::exists(url.toLocalFile()));
        }
        QVERIFY(mime->hasFormat(u"text/uri-list"_s));
        QVERIFY(mime->text().contains(u"red kite"_s));
        QVERIFY(!model.mimeData({ waiting }));
    }

    void projectsAreListedOnce()
    {
        StudioFixture f;
        f.addClip({ .prompt = u"one"_s, .createdAt = ago(5), .project = u"coast"_s });
        f.addClip({ .prompt = u"two"_s, .createdAt = ago(6), .project = u"Alps"_s });
        f.addClip({ .prompt = u"three"_s, .createdAt = ago(7), .project = u"coast"_s });
        f.addJob(u"four"_s, JobState::Waiting, ago(1), u"bridges"_s);
        StudioModel model(f.engine(), f.library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.projects(), QStringList({ u"Alps"_s, u"bridges"_s, u"coast"_s }));
    }

    void removedClipRemovesItsRow()
    {
        StudioFixture f;
        const Scene s = makeScene(f);
        StudioModel model(nullptr, f.library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        const int row = model.rowForClip(s.clipA);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QString error;
        QVERIFY2(f.library()->removeClip(s.clipA, Library::RemoveMode::Permanent, &error), qPrintable(error));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), row);
        QCOMPARE(removed.first().at(2).toInt(), row);
        QCOMPARE(model.rowForClip(s.clipA), -1);
        QCOMPARE(labels(model), QStringList({ clip(s.clipB), clip(s.clipC) }));
        QCOMPARE(model.resets(), 1);
    }

    void changedClipNamesItsRoles_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("favourite") << int(StudioModel::FavouriteRole);
        QTest::newRow("rating") << int(StudioModel::RatingRole);
        QTest::newRow("tags") << int(StudioModel::TagsRole);
        QTest::newRow("project") << int(StudioModel::ProjectRole);
    }

    void changedClipNamesItsRoles()
    {
        QFETCH(int, role);
        StudioFixture f;
        const Scene s = makeScene(f);
        StudioModel model(nullptr, f.library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        const QModelIndex index = model.index(model.rowForClip(s.clipC));
        QVERIFY(index.data(StudioModel::TagsRole).toStringList().isEmpty()); // reads the full record once
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        switch (role) {
        case StudioModel::FavouriteRole:
            QVERIFY(f.library()->setFavourite(s.clipC, true));
            break;
        case StudioModel::RatingRole:
            QVERIFY(f.library()->setRating(s.clipC, 2));
            break;
        case StudioModel::TagsRole:
            QVERIFY(f.library()->setTags(s.clipC, { u"rain"_s }));
            break;
        default:
            QVERIFY(f.library()->setProject(s.clipC, u"weather"_s));
            break;
        }
        QVERIFY(changed.wait());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), index);
        QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int>({ role }));
        QVERIFY(index.data(role) != QVariant());
        QCOMPARE(model.dataChangedSignals(), 1);
    }

    // Inserts `count` clips straight into the table, one minute apart, the newest last; returns the first id.
    static qint64 insertClips(StudioFixture &f, int count,
        const QString &prompt = u"take %1 of a long series: a slow "
                                "pan over a harbour at dusk"_s)
    {
        Database::Transaction transaction(f.db());
        QSqlQuery q(f.db().connection());
        if (!q.prepare(u"INSERT INTO clips (profile, remote_id, prompt, request_json, response_json, "
                       "settings_key, created_at, added_at, video_path, thumbnail_path, project, cost) "
                       "VALUES ('demo', ?, ?, '{}', '{}', '', ?, ?, ?, ?, ?, ?)"_s))
            return 0;
        const qint64 start = ago(count + 1000).toMSecsSinceEpoch();
        qint64 first = 0;
        for (int i = 0; i < count; ++i) {
            q.addBindValue(u"video_bulk_%1"_s.arg(i));
            q.addBindValue(prompt.arg(i));
            q.addBindValue(start + qint64(i) * 60000);
            q.addBindValue(start + qint64(i) * 60000 + 30000);
            q.addBindValue(u"2026/take_%1.mp4"_s.arg(i));
            q.addBindValue(u"2026/take_%1.thumbnail.webp"_s.arg(i));
            q.addBindValue(i % 10 == 0 ? u"harbour"_s : QString(u""_s));
            q.addBindValue(0.4);
            if (!q.exec())
                return 0;
            if (i == 0)
                first = q.lastInsertId().toLongLong();
        }
        return transaction.commit() ? first : 0;
    }

    // Reading a large library costs one page, whatever its size; scrolling reads the rest a page at a time, every
    // clip once and in order. Reports the times (not an assertion); DAILIES_STUDIO_CLIPS sets the size.
    void pagesThroughALargeLibrary()
    {
        const int count = qEnvironmentVariableIsSet("DAILIES_STUDIO_CLIPS")
            ? qEnvironmentVariableIntValue("DAILIES_STUDIO_CLIPS")
            : 20000;
        StudioFixture f;
        QVERIFY(insertClips(f, count) > 0);
        StudioModel model(f.engine(), f.library());
        QElapsedTimer timer;
        timer.start();
        model.reload();
        const qint64 opened = timer.elapsed();
        // The first page is a screen of rows; the next pages are longer.
        QCOMPARE(model.rowCount(), StudioModel::kDefaultFirstPageSize);
        QCOMPARE(model.pageQueries(), 1);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), StudioModel::kDefaultFirstPageSize + StudioModel::kDefaultPageSize);
        QVERIFY(model.canFetchMore({}));
        QVERIFY(model.index(0).data().toString().startsWith(u"take %1 of"_s.arg(count - 1)));
        QVERIFY(model.index(0).data(StudioModel::ThumbnailPathRole).toString().endsWith(".thumbnail.webp"_L1));

        timer.restart();
        while (model.canFetchMore({}))
            model.fetchMore({});
        qInfo("first page of %d clips in %lld ms, the other pages in %lld ms", count, opened, timer.elapsed());
        QCOMPARE(model.rowCount(), count);
        QCOMPARE(
            model.pageQueries(), 1 + (count - StudioModel::kDefaultFirstPageSize) / StudioModel::kDefaultPageSize + 1);
        QSet<qint64> seen;
        QDateTime previous;
        for (int row = 0; row < count; ++row) {
            const QModelIndex index = model.index(row);
            QVERIFY(!seen.contains(index.data(StudioModel::ClipIdRole).toLongLong()));
            seen.insert(index.data(StudioModel::ClipIdRole).toLongLong());
            const QDateTime created = index.data(StudioModel::CreatedAtRole).toDateTime();
            QVERIFY2(!previous.isValid() || created < previous, qPrintable(QString::number(row)));
            previous = created;
        }
        QCOMPARE(model.rowForClip(model.index(count / 2).data(StudioModel::ClipIdRole).toLongLong()), count / 2);
        // Past the end: nothing more to read, and asking anyway changes nothing.
        model.fetchMore({});
        QCOMPARE(model.rowCount(), count);
    }

    // Jobs are listed once the pages reach their place, so the list is in order at every page. (No model tester
    // here: it reads pages itself, which is what the next test lets it do.)
    void jobsJoinThePagesInOrder()
    {
        StudioFixture f;
        const Scene s = makeScene(f);
        StudioModel model(f.engine(), f.library());
        model.setPageSize(1);
        model.reload();
        // Page 1 is clip B (60 min); only the jobs newer than it come with it.
        QCOMPARE(labels(model), QStringList({ job(s.waiting), job(s.attention), clip(s.clipB) }));
        model.fetchMore({});
        QCOMPARE(labels(model),
            QStringList({ job(s.waiting), job(s.attention), clip(s.clipB), job(s.failed), clip(s.clipA) }));
        model.fetchMore({});
        model.fetchMore({}); // an empty page: every job older than the last clip comes with it
        QCOMPARE(labels(model),
            QStringList({ job(s.waiting), job(s.attention), clip(s.clipB), job(s.failed), clip(s.clipA),
                job(s.cancelled), clip(s.clipC), job(s.expired) }));
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.resets(), 1);
        QCOMPARE(model.revealJob(s.expired), 7);
    }

    // The model tester reads pages itself (canFetchMore/fetchMore in its checks) and checks every insertion.
    void theModelTesterReadsEveryPage()
    {
        StudioFixture f;
        const Scene s = makeScene(f);
        QVERIFY(insertClips(f, 50) > 0);
        StudioModel model(f.engine(), f.library());
        model.setPageSize(7);
        model.reload();
        QCOMPARE(model.rowCount(), 7 + 5); // every job but the oldest is newer than the seventh clip
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() > 12);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 53 + 5); // the completed job is clip A
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowForJob(s.expired) >= 0, true);
    }

    // A clip that arrives beyond the pages read so far is not listed out of order; its page brings it, once.
    void aClipBeyondThePagesWaitsForItsPage()
    {
        StudioFixture f;
        const Scene s = makeScene(f);
        StudioModel model(nullptr, f.library());
        model.setPageSize(1);
        model.reload();
        QCOMPARE(labels(model), QStringList({ clip(s.clipB) }));
        const qint64 old = f.addClip({ .prompt = u"an old clip, imported late"_s, .createdAt = ago(1000) });
        const qint64 fresh = f.addClip({ .prompt = u"a new clip"_s, .createdAt = ago(2) });
        QCOMPARE(labels(model), QStringList({ clip(fresh), clip(s.clipB) }));
        QCOMPARE(model.revealClip(old), 4);
        QCOMPARE(labels(model), QStringList({ clip(fresh), clip(s.clipB), clip(s.clipA), clip(s.clipC), clip(old) }));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.revealClip(123456), -1);
    }

    // A change of view keeps the persistent indexes (the selection, the current row) of rows it still lists.
    void aViewChangeKeepsTheSelection()
    {
        StudioFixture f;
        const Scene s = makeScene(f);
        StudioModel model(f.engine(), f.library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        const QPersistentModelIndex a(model.index(model.rowForClip(s.clipA)));
        const QPersistentModelIndex waiting(model.index(model.rowForJob(s.waiting)));
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        StudioModel::View done;
        done.group = StudioModel::Group::Done;
        model.setView(done);
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(labels(model), QStringList({ clip(s.clipB), clip(s.clipA), clip(s.clipC) }));
        QVERIFY(a.isValid());
        QCOMPARE(a.row(), 1);
        QCOMPARE(a.data(StudioModel::ClipIdRole).toLongLong(), s.clipA);
        QVERIFY(!waiting.isValid());
        model.setView(done); // the same view: nothing happens
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(model.resets(), 1);
    }

    // A change of view that lists a selected row further down than its first page reads on to it, a few pages at
    // most: clearing a search keeps the current row of a long list without reading the whole library.
    void aChangeOfViewReadsOnToTheSelectedRows()
    {
        StudioFixture f;
        QVERIFY(insertClips(f, 40) > 0);
        StudioModel model(nullptr, f.library());
        model.setPageSize(3);
        model.reload();
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 40);
        QPersistentModelIndex near(model.index(10));
        const QPersistentModelIndex far(model.index(30)); // beyond the pages a change reads
        const qint64 nearClip = near.data(StudioModel::ClipIdRole).toLongLong();
        QVERIFY(nearClip != 0);

        // Every clip matches: the first page (3 rows) and the 5 pages it may read on; the near row is kept.
        StudioModel::View everyTake;
        everyTake.search = u"take"_s;
        int pages = model.pageQueries();
        model.setView(everyTake);
        QCOMPARE(model.pageQueries() - pages, 1 + 5);
        QCOMPARE(model.rowCount(), 18);
        QVERIFY(near.isValid());
        QCOMPARE(near.row(), 10);
        QCOMPARE(near.data(StudioModel::ClipIdRole).toLongLong(), nearClip);
        QVERIFY(!far.isValid());

        // With only the near row selected, the pages stop once it is listed (rows 0 to 11: four pages).
        pages = model.pageQueries();
        model.setView({});
        QCOMPARE(model.pageQueries() - pages, 4);
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(near.row(), 10);

        // A view that no longer lists the selected row reads no page for it: every clip but it a favourite.
        QSqlQuery q(f.db().connection());
        QVERIFY(q.exec(u"UPDATE clips SET favourite = 1 WHERE id <> %1"_s.arg(nearClip)));
        StudioModel::View favourites;
        favourites.group = StudioModel::Group::Favourites;
        pages = model.pageQueries();
        model.setView(favourites);
        QCOMPARE(model.pageQueries() - pages, 1);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!near.isValid());

        // Nothing selected: one page.
        pages = model.pageQueries();
        model.setView(everyTake);
        QCOMPARE(model.pageQueries() - pages, 1);
        QCOMPARE(model.rowCount(), 3);
    }

    // Every clip gets its place in the list when it is inserted: creation time, then the order it came in; the
    // full-text index follows inserts, changes and removals under those keys.
    void listKeysFollowCreation()
    {
        StudioFixture f;
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(ago(10).toMSecsSinceEpoch(), Qt::UTC);
        const qint64 a = f.addClip({ .prompt = u"first of two"_s, .createdAt = at });
        const qint64 b = f.addClip({ .prompt = u"second of two"_s, .createdAt = at });
        const qint64 c = f.addClip({ .prompt = u"an older one"_s, .createdAt = ago(20) });
        const qint64 base = at.toMSecsSinceEpoch() * 1048576LL;
        QCOMPARE(f.library()->clip(a)->listKey, base);
        QCOMPARE(f.library()->clip(b)->listKey, base + 1);
        QVERIFY(f.library()->clip(c)->listKey < base);
        // Filling the key in is not a change other processes hear about: one 'added', nothing else.
        QSqlQuery changes(f.db().connection());
        QVERIFY(changes.exec(u"SELECT group_concat(kind) FROM clip_changes WHERE clip_id = %1"_s.arg(c)));
        QVERIFY(changes.next());
        QCOMPARE(changes.value(0).toString(), u"added"_s);
        changes.finish();
        QVERIFY(f.library()->setTags(b, { u"night"_s }));
        QString error;
        QVERIFY2(f.library()->removeClip(a, Library::RemoveMode::Permanent, &error), qPrintable(error));
        QVERIFY(f.library()->searchIndexIsSound());
        ClipPageQuery query;
        query.filter.text = u"nig"_s;
        query.filter.prefixWords = true;
        const QList<ClipSummary> page = f.library()->clipPage(query, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().id, b);
        query.filter.text = u"two"_s;
        QCOMPARE(f.library()->clipPage(query).size(), 1);
    }

    // A damaged search index: a clear message, the jobs still listed, no crash; the next working page clears it.
    void aBrokenSearchIndexSaysSo()
    {
        StudioFixture f;
        const Scene s = makeScene(f);
        StudioModel model(f.engine(), f.library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(model.lastError().isEmpty());
        QSqlQuery q(f.db().connection());
        QVERIFY2(q.exec(u"DROP TABLE clips_fts"_s), qPrintable(q.lastError().text()));
        QSignalSpy errors(&model, &StudioModel::errorChanged);
        StudioModel::View search;
        search.search = u"job"_s;
        model.setView(search);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(model.lastError().contains(u"dailies library check"_s), qPrintable(model.lastError()));
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(labels(model).contains(job(s.waiting)));
        model.setView({});
        QCOMPARE(errors.size(), 2);
        QVERIFY(model.lastError().isEmpty());
        QCOMPARE(model.rowForClip(s.clipA) >= 0, true);

        // What `dailies library check` does: the index is made again and searches work.
        QVERIFY(!f.library()->searchIndexIsSound());
        QString error;
        QVERIFY2(f.library()->rebuildSearchIndex(&error), qPrintable(error));
        QVERIFY(f.library()->searchIndexIsSound());
        search.search = u"kit"_s;
        model.setView(search);
        QVERIFY(model.lastError().isEmpty());
        QCOMPARE(labels(model), QStringList({ clip(s.clipA) }));
    }
};

QTEST_GUILESS_MAIN(TestStudioModel)
#include "tst_studiomodel.moc"
