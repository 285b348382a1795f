// SPDX-License-Identifier: GPL-3.0-or-later
// One library, many processes (issue 9, DESIGN.md rule 5): any number of `dailies` processes, and the studio's
// Workspace, working one queue on one library against one standalone server. Whatever the race, every job is
// created once (counted by the server), downloaded once and becomes one clip; a process killed with SIGKILL holding
// claims leaves nothing that a later `queue run` sends again.
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "core/api/providerprofile.h"
#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/models/studiomodel.h"
#include "session/workspace.h"
#include "support/standaloneserver.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

namespace
{

struct Run {
    int exitCode = -1;
    bool crashed = false;
    QString err;
    QString out;
};

constexpr int kProcessTimeoutMs = 180000;

} // namespace

class TestMultiProcess : public QObject
{
    Q_OBJECT

private:
    Test::StandaloneServer m_server;
    QTemporaryDir m_dir;
    int m_libraries = 0;

    static QProcessEnvironment environment(const QString &crashAt = {})
    {
        return Test::cliEnvironment(u"MULTI_TEST_KEY"_s, u"sk-multi"_s, crashAt);
    }

    QStringList provider(const QString &library) const
    {
        return { u"--base-url"_s, m_server.baseUrl(), u"--api-key-env"_s, u"MULTI_TEST_KEY"_s, u"--library"_s,
            library };
    }

    static std::unique_ptr<QProcess> launch(const QStringList &args, const QString &crashAt = {})
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(environment(crashAt));
        p->start(Test::builtExecutable(u"dailies"_s), args);
        return p;
    }

    static Run wait(QProcess &p)
    {
        if (!p.waitForFinished(kProcessTimeoutMs))
            p.kill();
        p.waitForFinished();
        return { p.exitCode(), p.exitStatus() == QProcess::CrashExit, QString::fromUtf8(p.readAllStandardError()),
            QString::fromUtf8(p.readAllStandardOutput()) };
    }

    Run dailies(const QStringList &args)
    {
        auto p = launch(args);
        return wait(*p);
    }

    QJsonArray jobs(const QString &library)
    {
        const Run r = dailies({ u"queue"_s, u"list"_s, u"--all"_s, u"--json"_s, u"--library"_s, library });
        if (r.exitCode != 0)
            qWarning("queue list failed: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    int clipCount(const QString &library)
    {
        const Run r = dailies(
            { u"library"_s, u"search"_s, u"crowd"_s, u"--limit"_s, u"1000"_s, u"--json"_s, u"--library"_s, library });
        return int(QJsonDocument::fromJson(r.out.toUtf8()).array().size());
    }

    int requests(const QString &route) { return m_server.requestCount(route); }

    /// Queues `count` jobs while the queue is paused (so nothing is sent yet), then resumes it.
    bool queuePaused(const QString &library, int count)
    {
        Run r = dailies(QStringList { u"queue"_s, u"pause"_s, u"--library"_s, library });
        if (r.exitCode != 0) {
            qWarning("queue pause: %s", qPrintable(r.err));
            return false;
        }
        for (int made = 0, batch = 0; made < count; ++batch) {
            const int n = std::min(8, count - made);
            // Prompts differ from library to library: the server is shared, and a lost create is only matched
            // against videos no other library could have made.
            r = dailies(
                QStringList { u"generate"_s, u"a crowd in the rain, scene %1 take %2"_s.arg(m_libraries).arg(batch),
                    u"--variations"_s, QString::number(n), u"--no-wait"_s }
                + provider(library));
            if (r.exitCode != 0) {
                qWarning("generate: %s", qPrintable(r.err));
                return false;
            }
            made += n;
        }
        r = dailies(QStringList { u"queue"_s, u"resume"_s, u"--library"_s, library });
        return r.exitCode == 0;
    }

    QString freshLibrary() { return m_dir.filePath(u"library-%1"_s.arg(++m_libraries)); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_server.start(u"sk-multi"_s, u"0.02"_s, m_dir.filePath(u"server"_s));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void concurrentRunsSendEachJobOnce_data()
    {
        QTest::addColumn<int>("processes");
        QTest::addColumn<int>("jobCount");
        QTest::addColumn<QString>("crashAt");
        for (int round = 1; round <= 4; ++round)
            QTest::addRow("2 processes, 8 jobs, round %d", round) << 2 << 8 << QString();
        for (int round = 1; round <= 2; ++round)
            QTest::addRow("4 processes, 20 jobs, round %d", round) << 4 << 20 << QString();
        QTest::newRow("one of 3 killed before its create leaves") << 3 << 12 << u"submit-written"_s;
        QTest::newRow("one of 3 killed as its create is answered") << 3 << 12 << u"create-answered"_s;
        QTest::newRow("one of 3 killed mid-download") << 3 << 12 << u"downloading"_s;
    }

    void concurrentRunsSendEachJobOnce()
    {
        QFETCH(int, processes);
        QFETCH(int, jobCount);
        QFETCH(QString, crashAt);
        const QString library = freshLibrary();
        QVERIFY(queuePaused(library, jobCount));
        const int createsBefore = requests(u"POST /videos"_s);
        const int downloadsBefore = requests(u"GET /videos/{id}/content"_s);

        // All at once, on the same queue. The process that is to be killed goes first and holds claims before
        // the others start, so that the kill lands while it owns jobs (it kills itself at the named point only).
        std::vector<std::unique_ptr<QProcess>> running;
        if (!crashAt.isEmpty()) {
            running.push_back(launch(QStringList { u"queue"_s, u"run"_s } + provider(library), crashAt));
            QProcess &first = *running.back();
            QByteArray seen;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    first.waitForReadyRead(50);
                    seen += first.peek(1 << 20);
                    return seen.contains("submitting") || first.state() == QProcess::NotRunning;
                },
                30000));
        }
        while (int(running.size()) < processes)
            running.push_back(launch(QStringList { u"queue"_s, u"run"_s } + provider(library)));
        int crashed = 0;
        for (auto &p : running) {
            const Run r = wait(*p);
            crashed += r.crashed ? 1 : 0;
            // A survivor that takes over a job whose create never arrived reports it (exit 1) instead of sending it.
            if (!r.crashed)
                QVERIFY2(r.exitCode == 0 || (crashAt != "downloading"_L1 && r.exitCode == 1), qPrintable(r.err));
        }
        QCOMPARE(crashed, crashAt.isEmpty() ? 0 : 1);
        if (!crashAt.isEmpty()) {
            // The survivors may have finished before the kill: a later run recovers the dead claim, by
            // reconciliation.
            const Run recovery = dailies(QStringList { u"queue"_s, u"run"_s } + provider(library));
            QVERIFY2(recovery.exitCode == 0 || (crashAt != "downloading"_L1 && recovery.exitCode == 1),
                qPrintable(recovery.err));
        }

        const QJsonArray all = jobs(library);
        QCOMPARE(all.size(), jobCount);
        QSet<QString> remoteIds;
        int completed = 0;
        int unsent = 0;
        for (const QJsonValue &v : all) {
            const QJsonObject job = v.toObject();
            const QString state = job.value("state"_L1).toString();
            if (state == "completed"_L1) {
                ++completed;
                remoteIds.insert(job.value("remote_id"_L1).toString());
            } else {
                // Only a job whose create the killed process had claimed, and that never reached the server, may
                // end otherwise, and then it was not sent again.
                QVERIFY2(crashAt == "submit-written"_L1 || crashAt == "create-answered"_L1, qPrintable(state));
                QCOMPARE(state, u"needs_attention"_s);
                QVERIFY(job.value("error"_L1).toObject().value("message"_L1).toString().contains(u"not sent again"_s));
                ++unsent;
            }
        }
        if (crashAt == "submit-written"_L1)
            QCOMPARE(unsent, 1); // killed before its first create left: that one never reached the server
        else if (crashAt.isEmpty() || crashAt == "downloading"_L1)
            QCOMPARE(unsent, 0);
        QCOMPARE(remoteIds.size(), completed); // no video adopted by two jobs
        QCOMPARE(requests(u"POST /videos"_s) - createsBefore, completed); // each job created once
        QCOMPARE(clipCount(library), completed); // each job one clip
        // Each job's three files are fetched by one engine: a second owner would fetch a whole set again. A single
        // set fetched twice is tolerated: a slow build (the sanitizer one) sees a transient download failure now
        // and then, which is retried like any other.
        if (crashAt.isEmpty()) {
            const int downloads = requests(u"GET /videos/{id}/content"_s) - downloadsBefore;
            QVERIFY2(
                downloads >= 3 * completed && downloads <= 3 * completed + 3, qPrintable(QString::number(downloads)));
        }
    }

    void studioAndTerminalShareOneQueue()
    {
        // The studio's Workspace in this process, a `dailies queue run` in another, one library.
        const QString library = freshLibrary();
        QVERIFY(queuePaused(library, 10));
        QSettings settings(m_dir.filePath(u"studio.ini"_s), QSettings::IniFormat);
        Workspace workspace(&settings);
        workspace.setLibraryFolder(library);
        QString error;
        QVERIFY2(workspace.open(&error), qPrintable(error));
        workspace.setSessionKey(u"command-line"_s, u"sk-multi"_s);
        JobEngine *engine = nullptr;
        workspace.startEngine(
            { Api::ProviderProfile::compatible(u"command-line"_s, QUrl(m_server.baseUrl())) },
            [](const QString &, const QString &why) { QFAIL(qPrintable(why)); },
            [&engine](JobEngine *e) { engine = e; });
        QTRY_VERIFY(engine);
        StudioModel model(engine, workspace.library());
        model.reload();
        QCOMPARE(model.rowCount(), 10);
        const int createsBefore = requests(u"POST /videos"_s);

        auto terminal = launch(QStringList { u"queue"_s, u"run"_s } + provider(library));
        engine->start();
        const Run r = wait(*terminal);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QTRY_VERIFY_WITH_TIMEOUT(engine->isIdle() && engine->activeJobs().isEmpty(), 60000);
        QCOMPARE(model.resets(), 1); // the terminal's changes arrived row by row
        QCOMPARE(requests(u"POST /videos"_s) - createsBefore, 10);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.library()->clipCount(), 10, 5000);
        int clips = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            clips += model.index(row).data(StudioModel::KindRole).value<StudioModel::Kind>() == StudioModel::Kind::Clip;
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(clips, 10);
    }

    void aJobQueuedInATerminalAppearsInTheStudio()
    {
        const QString library = freshLibrary();
        QSettings settings(m_dir.filePath(u"studio2.ini"_s), QSettings::IniFormat);
        Workspace workspace(&settings);
        workspace.setLibraryFolder(library);
        QString error;
        QVERIFY2(workspace.open(&error), qPrintable(error));
        JobEngine *engine = nullptr;
        workspace.startEngine({}, {}, [&engine](JobEngine *e) { engine = e; });
        QTRY_VERIFY(engine);
        engine->load();
        StudioModel model(engine, workspace.library());
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy paused(engine, &JobEngine::pausedChanged);

        // Paused from the terminal: the studio shows it.
        QCOMPARE(dailies(QStringList { u"queue"_s, u"pause"_s, u"--library"_s, library }).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(paused.size(), 1, 2000);
        QVERIFY(engine->isPaused());

        const Run r = dailies(QStringList { u"generate"_s, u"a crowd gathers, seen from the studio"_s,
                                  u"--variations"_s, u"2"_s, u"--no-wait"_s }
            + provider(library));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 2000);
        QCOMPARE(model.resets(), 1);
        QCOMPARE(model.index(0).data(StudioModel::KindRole).value<StudioModel::Kind>(), StudioModel::Kind::Job);
    }
};

QTEST_GUILESS_MAIN(TestMultiProcess)
#include "tst_multiprocess.moc"
