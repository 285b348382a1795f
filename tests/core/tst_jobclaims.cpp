// SPDX-License-Identifier: GPL-3.0-or-later
// The claim protocol at the level of the database (docs/ARCHITECTURE.md, "Many processes"): two connections to one
// file stand for two processes. Whatever order they act in, one claim wins; a claim is taken over only from an
// engine that is gone; every change is found by the other side through `rev`, `clip_changes` and the watcher.
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/jobs/enginelease.h"
#include "core/jobs/jobstore.h"
#include "core/storage/database.h"
#include "core/storage/databasewatcher.h"
#include "support/manualclock.h"

using namespace Qt::StringLiterals;
using namespace Dailies;
using Dailies::Test::ManualClock;

class TestJobClaims : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(u"library-%1.sqlite"_s.arg(++m_files)); }

    static JobRecord waitingJob(JobStore &store, const QString &profile = u"p"_s)
    {
        JobRecord job;
        job.batch = u"b"_s;
        job.profile = profile;
        job.request.prompt = u"a claim"_s;
        job.position = store.lastPosition() + 1;
        job.createdAt = QDateTime::currentDateTimeUtc();
        store.insert(job);
        return job;
    }

    static JobRecord claimed(const JobRecord &job, const EngineLease &lease)
    {
        JobRecord c = job;
        c.state = JobState::Submitting;
        c.owner = lease.id();
        return c;
    }

private Q_SLOTS:
    void oneClaimWins_data()
    {
        QTest::addColumn<bool>("secondFirst");
        QTest::newRow("first process claims first") << false;
        QTest::newRow("second process claims first") << true;
    }

    void oneClaimWins()
    {
        QFETCH(bool, secondFirst);
        const QString path = freshPath();
        Database a, b;
        QVERIFY2(a.open(path), qPrintable(a.errorString()));
        QVERIFY2(b.open(path), qPrintable(b.errorString()));
        ManualClock clock;
        EngineLease leaseA(&a, &clock, u"a"_s), leaseB(&b, &clock, u"b"_s);
        QVERIFY(leaseA.renew());
        QVERIFY(leaseB.renew());
        JobStore storeA(&a), storeB(&b);
        const JobRecord job = waitingJob(storeA);
        // Both processes saw the job waiting; both try.
        const JobRecord jobB = *storeB.load(job.id);
        JobStore &first = secondFirst ? storeB : storeA;
        JobStore &second = secondFirst ? storeA : storeB;
        const EngineLease &firstLease = secondFirst ? leaseB : leaseA;
        const EngineLease &secondLease = secondFirst ? leaseA : leaseB;
        QCOMPARE(
            first.claimForSubmit(claimed(secondFirst ? jobB : job, firstLease), 4, clock.now().toMSecsSinceEpoch()),
            JobStore::Write::Done);
        QCOMPARE(
            second.claimForSubmit(claimed(secondFirst ? job : jobB, secondLease), 4, clock.now().toMSecsSinceEpoch()),
            JobStore::Write::Lost);
        QCOMPARE(storeA.load(job.id)->owner, firstLease.id());
        QVERIFY(storeA.load(job.id)->state == JobState::Submitting);
        // The loser's later writes change nothing either.
        JobRecord stale = claimed(job, secondLease);
        stale.state = JobState::Queued;
        stale.remoteId = u"video_stale"_s;
        QCOMPARE(second.update(stale, secondLease.id()), JobStore::Write::Lost);
        QVERIFY(storeA.load(job.id)->remoteId.isEmpty());
    }

    // A poll's short write changes what a poll changes, on the owner's row only, as often as it is made (one
    // prepared statement); another process's job is left alone.
    void progressWritesKeepToTheOwner()
    {
        const QString path = freshPath();
        Database a, b;
        QVERIFY2(a.open(path), qPrintable(a.errorString()));
        QVERIFY2(b.open(path), qPrintable(b.errorString()));
        ManualClock clock;
        EngineLease leaseA(&a, &clock, u"a"_s), leaseB(&b, &clock, u"b"_s);
        QVERIFY(leaseA.renew());
        QVERIFY(leaseB.renew());
        JobStore storeA(&a), storeB(&b);
        JobRecord job = claimed(waitingJob(storeA), leaseA);
        QCOMPARE(storeA.claimForSubmit(job, 4, clock.now().toMSecsSinceEpoch()), JobStore::Write::Done);
        job.state = JobState::InProgress;
        job.remoteId = u"video_progress"_s;
        QCOMPARE(storeA.update(job, leaseA.id()), JobStore::Write::Done);
        qint64 rev = storeB.lastRev();
        for (int progress : { 10, 20, 35 }) {
            job.progress = progress;
            job.remoteStatus = u"in_progress"_s;
            job.response = QJsonObject { { u"progress"_s, progress } };
            job.lastChangeAt = clock.now().addSecs(progress);
            QCOMPARE(storeA.updateProgress(job, leaseA.id()), JobStore::Write::Done);
            const std::optional<JobRecord> row = storeB.load(job.id);
            QCOMPARE(row->progress, progress);
            QCOMPARE(row->response.value(u"progress"_s).toInt(), progress);
            QCOMPARE(row->lastChangeAt, job.lastChangeAt);
            QCOMPARE(row->remoteId, u"video_progress"_s);
            // Other processes hear of it.
            QCOMPARE(storeB.changedSince(rev).size(), 1);
            rev = storeB.lastRev();
        }
        // The other process's write to a job it does not own is lost and changes nothing.
        JobRecord stale = job;
        stale.progress = 90;
        QCOMPARE(storeB.updateProgress(stale, leaseB.id()), JobStore::Write::Lost);
        QCOMPARE(storeA.load(job.id)->progress, 35);
    }

    void claimRespectsPauseLeaseAndLimit_data()
    {
        QTest::addColumn<QString>("obstacle");
        QTest::newRow("queue paused") << u"paused"_s;
        QTest::newRow("lease expired") << u"lease"_s;
        QTest::newRow("no lease at all") << u"unregistered"_s;
        QTest::newRow("profile full in another process") << u"limit"_s;
        QTest::newRow("nothing in the way") << u"none"_s;
    }

    void claimRespectsPauseLeaseAndLimit()
    {
        QFETCH(QString, obstacle);
        Database db;
        QVERIFY(db.open(freshPath()));
        ManualClock clock;
        EngineLease lease(&db, &clock, u"a"_s), other(&db, &clock, u"b"_s);
        JobStore store(&db);
        if (obstacle != "unregistered"_L1)
            QVERIFY(lease.renew());
        QVERIFY(other.renew());
        const JobRecord job = waitingJob(store);
        qint64 now = clock.now().toMSecsSinceEpoch();
        if (obstacle == "paused"_L1)
            QVERIFY(store.setQueuePaused(true));
        if (obstacle == "lease"_L1)
            now += EngineLease::kLeaseDuration.count() + 1;
        if (obstacle == "limit"_L1) {
            for (int i = 0; i < 2; ++i) {
                const JobRecord busy = waitingJob(store);
                QCOMPARE(store.claimForSubmit(claimed(busy, other), 2, now), JobStore::Write::Done);
            }
        }
        const JobStore::Write expected = obstacle == "none"_L1 ? JobStore::Write::Done : JobStore::Write::Lost;
        QCOMPARE(store.claimForSubmit(claimed(job, lease), 2, now), expected);
    }

    void takeOverOnlyFromAnEngineThatIsGone()
    {
        const QString path = freshPath();
        Database a, b;
        QVERIFY(a.open(path));
        QVERIFY(b.open(path));
        ManualClock clock;
        EngineLease dying(&a, &clock, u"a"_s), survivor(&b, &clock, u"b"_s);
        QVERIFY(dying.renew());
        QVERIFY(survivor.renew());
        JobStore storeA(&a), storeB(&b);
        JobRecord job = claimed(waitingJob(storeA), dying);
        QCOMPARE(storeA.claimForSubmit(job, 4, clock.now().toMSecsSinceEpoch()), JobStore::Write::Done);
        job.state = JobState::InProgress;
        job.remoteId = u"video_1"_s;
        QCOMPARE(storeA.update(job, dying.id()), JobStore::Write::Done);

        // Alive: its lease runs and its process (this one) exists.
        QHash<QString, EngineLease::Engine> engines = survivor.engines();
        QVERIFY(survivor.isAlive(dying.id(), engines));
        JobRecord takeover = job;
        takeover.owner = survivor.id();
        QCOMPARE(storeB.takeOver(takeover, dying.id()), JobStore::Write::Lost);

        // Its lease passes: it may be retired, and then taken over, once.
        clock.advance(EngineLease::kLeaseDuration + std::chrono::seconds(1));
        QVERIFY(survivor.renew());
        engines = survivor.engines();
        QVERIFY(!survivor.isAlive(dying.id(), engines));
        QVERIFY(survivor.retire(engines.value(dying.id())));
        QCOMPARE(storeB.takeOver(takeover, dying.id()), JobStore::Write::Done);
        QCOMPARE(storeB.takeOver(takeover, dying.id()), JobStore::Write::Lost);
        // The old owner learns it lost its row, and its writes change nothing.
        bool lostRow = false;
        QVERIFY(dying.renew(&lostRow));
        QVERIFY(lostRow);
        job.progress = 50;
        QCOMPARE(storeA.update(job, dying.id()), JobStore::Write::Lost);
        QCOMPARE(storeA.load(job.id)->owner, survivor.id());
    }

    void deadProcessOfThisHostIsGoneAtOnce()
    {
        Database db;
        QVERIFY(db.open(freshPath()));
        ManualClock clock;
        EngineLease lease(&db, &clock, u"a"_s);
        QVERIFY(lease.renew());
        QSqlQuery q(db.connection());
        // An engine of this host whose process no longer exists (pid far above pid_max), with a fresh lease.
        QVERIFY(q.exec(u"INSERT INTO engines VALUES ('gone', '%1', 2147483000, 'x', 0, %2)"_s.arg(EngineLease::hostId())
                           .arg(clock.now().toMSecsSinceEpoch() + 600000)));
        QVERIFY(q.exec(u"INSERT INTO engines VALUES ('elsewhere', 'another-host', 2147483000, 'x', 0, %1)"_s.arg(
            clock.now().toMSecsSinceEpoch() + 600000)));
        const auto engines = lease.engines();
        QVERIFY(!lease.isAlive(u"gone"_s, engines));
        QVERIFY(lease.isAlive(u"elsewhere"_s, engines)); // another machine: only its lease tells
        QVERIFY(!lease.isAlive(u"never-registered"_s, engines));
        QVERIFY(EngineLease::processExists(QCoreApplication::applicationPid()));
    }

    // A job inserted without a creation time is dated by the store's clock; the active profiles come in queue order.
    void storeDatesByItsClockAndListsActiveProfiles()
    {
        Database db;
        QVERIFY(db.open(freshPath()));
        Test::ManualClock clock;
        clock.advance(std::chrono::minutes(5));
        JobStore store(&db, &clock);
        JobRecord undated;
        undated.batch = u"b"_s;
        undated.profile = u"later"_s;
        undated.position = 2;
        undated.request.prompt = u"undated"_s;
        QVERIFY(store.insert(undated));
        QCOMPARE(store.load(undated.id)->createdAt, clock.now());
        const JobRecord first = waitingJob(store, u"first"_s);
        JobRecord moved = waitingJob(store, u"later"_s);
        moved.position = 0.5;
        QCOMPARE(store.update(moved, {}, JobState::Waiting), JobStore::Write::Done);
        JobRecord ended = waitingJob(store, u"ended"_s);
        ended.state = JobState::Completed;
        QCOMPARE(store.update(ended, {}, JobState::Waiting), JobStore::Write::Done);
        QCOMPARE(store.activeProfiles(), (QStringList { u"later"_s, u"first"_s }));
        Q_UNUSED(first)
    }

    void changesAreFoundByRev()
    {
        const QString path = freshPath();
        Database a, b;
        QVERIFY(a.open(path));
        QVERIFY(b.open(path));
        JobStore storeA(&a), storeB(&b);
        const qint64 seen = storeB.lastRev();
        JobRecord first = waitingJob(storeA);
        const JobRecord second = waitingJob(storeA);
        first.position = 99;
        QCOMPARE(storeA.update(first, {}, JobState::Waiting), JobStore::Write::Done);
        // One row per job, as it is now, in the order of their last change.
        const QList<JobRecord> changed = storeB.changedSince(seen);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).id, second.id);
        QCOMPARE(changed.at(1).id, first.id);
        QCOMPARE(changed.at(1).position, 99.0);
        QVERIFY(changed.at(0).rev < changed.at(1).rev);
        QVERIFY(storeB.changedSince(changed.at(1).rev).isEmpty());
    }

    void watcherSeesOnlyOtherProcesses()
    {
        const QString path = freshPath();
        Database mine, theirs;
        QVERIFY(mine.open(path));
        QVERIFY(theirs.open(path));
        DatabaseWatcher watcher(&mine);
        QSignalSpy changed(&watcher, &DatabaseWatcher::changed);
        QVERIFY(mine.setMetaValue(u"own"_s, u"1"_s));
        watcher.check();
        QCOMPARE(changed.size(), 0); // this process's own write
        QVERIFY(theirs.setMetaValue(u"other"_s, u"1"_s));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 2000); // told by the file system, not by a timer
        QVERIFY(theirs.setMetaValue(u"other"_s, u"2"_s));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 2000);
    }
};

QTEST_GUILESS_MAIN(TestJobClaims)
#include "tst_jobclaims.moc"
