// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 at every dangerous moment of a job's life, then a restart: no job lost, no second create on the server,
// no partial file in the library, and the database opens. The process kills itself with SIGKILL at an exact point
// (DAILIES_CRASH_AT), or is killed from outside (QProcess::kill) while it works.
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "support/standaloneserver.h"

using namespace Qt::StringLiterals;

namespace
{

struct Run {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private:
    Dailies::Test::StandaloneServer m_server;
    QString m_baseUrl;
    QTemporaryDir m_dir;

    static QProcessEnvironment environment(const QString &crashAt = {})
    {
        return Dailies::Test::cliEnvironment(u"CRASH_TEST_KEY"_s, u"sk-crash"_s, crashAt);
    }

    QStringList server(const QString &library) const
    {
        return { u"--base-url"_s, m_baseUrl, u"--api-key-env"_s, u"CRASH_TEST_KEY"_s, u"--library"_s, library };
    }

    Run dailies(const QStringList &args, const QString &crashAt = {})
    {
        QProcess p;
        p.setProcessEnvironment(environment(crashAt));
        p.start(Dailies::Test::builtExecutable(u"dailies"_s), args);
        if (!p.waitForFinished(120000))
            p.kill();
        p.waitForFinished();
        return { p.exitCode(), p.exitStatus() == QProcess::CrashExit, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }

    int createCount(const std::source_location &where = std::source_location::current())
    {
        return m_server.createCount(where);
    }

    // The CLI's progress lines on stderr (`job ID  REMOTE-ID  STATE  PROGRESS%  TIME`, one per change when stderr is
    // not a terminal): the latest state of each job, and whether it has a remote id yet.
    struct Progress {
        QString state;
        bool sent = false;
    };
    static QHash<qint64, Progress> progressOf(const QString &stderrText)
    {
        static const QRegularExpression line(u"^job (\\d+)  (\\S+)  (\\S+)"_s, QRegularExpression::MultilineOption);
        QHash<qint64, Progress> latest;
        for (auto it = line.globalMatch(stderrText); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            latest.insert(m.captured(1).toLongLong(), { m.captured(3), m.captured(2) != "-"_L1 });
        }
        return latest;
    }

    QJsonArray jobs(const QString &library)
    {
        const Run r = dailies({ u"queue"_s, u"list"_s, u"--all"_s, u"--json"_s, u"--library"_s, library });
        if (r.exitCode != 0)
            qWarning("queue list failed: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QJsonArray searchClips(const QString &library, const QString &words = u"heron"_s)
    {
        const Run r = dailies({ u"library"_s, u"search"_s, words, u"--json"_s, u"--library"_s, library });
        if (r.exitCode != 0)
            qWarning("library search failed: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    // Polls that reached the server so far (one list call refreshes several jobs; a job alone is retrieved).
    int polls(const std::source_location &where = std::source_location::current())
    {
        return m_server.requestCount(u"GET /videos"_s, where) + m_server.requestCount(u"GET /videos/{id}"_s, where);
    }

    // Nothing half-written may be visible in the library folder (staging lives in .dailies).
    static QStringList partialFiles(const QString &library)
    {
        QStringList found;
        QDirIterator it(library, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.contains(u"/.dailies/"_s) && (path.endsWith(u".part"_s) || path.contains(u".tmp"_s)))
                found << path;
        }
        return found;
    }

    // The files of clips in the library folder (outside .dailies), relative to it.
    static QStringList clipFiles(const QString &library)
    {
        QStringList found;
        QDirIterator it(library, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.contains(u"/.dailies/"_s))
                found << QDir(library).relativeFilePath(path);
        }
        found.sort();
        return found;
    }

    static bool isMp4(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) && f.read(8).mid(4, 4) == "ftyp";
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_server.start(u"sk-crash"_s, u"0.05"_s, m_dir.filePath(u"server"_s));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_baseUrl = m_server.baseUrl();
    }

    void init() { QVERIFY2(m_server.setFaults(""), qPrintable(m_server.lastError())); }

    // Killed after a page of a list round was written, with two jobs polled together: both finish after a restart,
    // each created once.
    void killedDuringAListRound()
    {
        const QString library = m_dir.filePath(u"lib-listed"_s);
        QVERIFY2(m_server.setFaults({}), qPrintable(m_server.lastError()));
        const int before = createCount();
        const Run crashed = dailies(
            QStringList { u"generate"_s, u"a heron and its mate, killed in a list round"_s, u"--variations"_s, u"2"_s }
                + server(library),
            u"listed"_s);
        QVERIFY2(crashed.crashed, qPrintable(u"the process was meant to die in a list round: "_s + crashed.err));
        QCOMPARE(jobs(library).size(), 2);
        const Run restarted = dailies(QStringList { u"queue"_s, u"run"_s } + server(library));
        QVERIFY2(restarted.exitCode == 0, qPrintable(restarted.err));
        const QJsonArray after = jobs(library);
        QCOMPARE(after.size(), 2);
        for (const QJsonValue &job : after)
            QCOMPARE(job.toObject().value("state"_L1).toString(), u"completed"_s);
        QCOMPARE(createCount() - before, 2); // nothing was sent twice
        QCOMPARE(searchClips(library).size(), 2);
        QVERIFY(partialFiles(library).isEmpty());
    }

    void killedAtAPoint_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<QByteArray>("faults");
        QTest::addColumn<QStringList>("statesAtCrash");
        QTest::addColumn<int>("creates");
        QTest::addColumn<QString>("finalState");
        const QStringList sending { u"submitting"_s };
        const QStringList running { u"queued"_s, u"in_progress"_s };
        const QStringList downloading { u"downloading"_s };
        // Before the create leaves: the job is on disk; the provider never heard of it, which cannot be proven.
        QTest::newRow("after the job was written, before the create left")
            << u"submit-written"_s << QByteArray() << sending << 0 << u"needs_attention"_s;
        QTest::newRow("after the create was answered, before it was stored")
            << u"create-answered"_s << QByteArray() << sending << 1 << u"completed"_s;
        QTest::newRow("while polling") << u"polled"_s << QByteArray() << running << 1 << u"completed"_s;
        QTest::newRow("mid-download") << u"downloading"_s << "slow@content:bps=400000"_ba << downloading << 1
                                      << u"completed"_s;
        QTest::newRow("after the files were planned, before the commit")
            << u"before-commit"_s << QByteArray() << downloading << 1 << u"completed"_s;
        QTest::newRow("after the files moved, before the database knew")
            << u"files-moved"_s << QByteArray() << downloading << 1 << u"completed"_s;
    }

    void killedAtAPoint()
    {
        QFETCH(QString, point);
        QFETCH(QByteArray, faults);
        QFETCH(QStringList, statesAtCrash);
        QFETCH(int, creates);
        QFETCH(QString, finalState);
        const QString library = m_dir.filePath(u"lib-"_s + point);
        QVERIFY2(m_server.setFaults(faults), qPrintable(m_server.lastError()));
        const int before = createCount();
        const Run crashed = dailies(
            QStringList { u"generate"_s, u"a heron lifts off, killed at "_s + point } + server(library), point);
        QVERIFY2(crashed.crashed, qPrintable(u"the process was meant to die at "_s + point + u": "_s + crashed.err));

        // The database opens, the job is there, in the state the kill point means.
        const QJsonArray afterCrash = jobs(library);
        QCOMPARE(afterCrash.size(), 1);
        const QString stateAtCrash = afterCrash.first().toObject().value("state"_L1).toString();
        QVERIFY2(statesAtCrash.contains(stateAtCrash), qPrintable(stateAtCrash));
        QVERIFY(partialFiles(library).isEmpty());
        const QStringList filesAtCrash = clipFiles(library);
        if (point == "files-moved"_L1) {
            // Killed between the moves and the transaction: the video and its sidecar are in place, no row yet.
            QCOMPARE(filesAtCrash.filter(u".mp4"_s).size(), 1);
            QCOMPARE(filesAtCrash.filter(u".json"_s).size(), 1);
            QCOMPARE(searchClips(library).size(), 0);
        } else {
            QVERIFY2(filesAtCrash.isEmpty(), qPrintable(filesAtCrash.join(u", "_s)));
        }

        const Run restarted = dailies(QStringList { u"queue"_s, u"run"_s } + server(library));
        QVERIFY2(restarted.exitCode == 0 || finalState != "completed"_L1, qPrintable(restarted.err));
        const QJsonArray afterRestart = jobs(library);
        QCOMPARE(afterRestart.size(), 1);
        const QJsonObject job = afterRestart.first().toObject();
        QCOMPARE(job.value("state"_L1).toString(), finalState);
        QCOMPARE(createCount() - before, creates); // nothing was sent twice
        QVERIFY(partialFiles(library).isEmpty());
        if (finalState == "completed"_L1) {
            const QJsonArray clips = searchClips(library);
            QCOMPARE(clips.size(), 1); // no duplicate clip
            const QString video = clips.first().toObject().value("video_path"_L1).toString();
            QVERIFY2(isMp4(video), qPrintable(video));
            // One set of files: no second copy under another name, nothing left in staging.
            const QStringList files = clipFiles(library);
            QCOMPARE(files.filter(u".mp4"_s), QStringList { QDir(library).relativeFilePath(video) });
            QCOMPARE(files.filter(u".json"_s).size(), 1);
            QVERIFY2(files.filter(u" (2)"_s).isEmpty(), qPrintable(files.join(u", "_s)));
            QVERIFY(
                QDir(library + u"/.dailies/incoming"_s).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
        } else {
            QVERIFY(job.value("error"_L1).toObject().value("message"_L1).toString().contains(u"not sent again"_s));
        }
    }

    // An extension goes through the same claim, reconciliation and commit as a create: killed between any two of
    // its writes, it is finished by the next run (found again by its source and prompt), or it needs the user; it
    // is never sent twice, and its clip lands once, as an extension of its source.
    void killedExtensionAtAPoint_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("sent");
        QTest::addColumn<QString>("finalState");
        QTest::newRow("after the job was written, before the extension left")
            << u"submit-written"_s << 0 << u"needs_attention"_s;
        QTest::newRow("after the extension was answered, before it was stored")
            << u"create-answered"_s << 1 << u"completed"_s;
        QTest::newRow("after the files were planned, before the commit") << u"before-commit"_s << 1 << u"completed"_s;
        QTest::newRow("after the files moved, before the database knew") << u"files-moved"_s << 1 << u"completed"_s;
    }

    void killedExtensionAtAPoint()
    {
        QFETCH(QString, point);
        QFETCH(int, sent);
        QFETCH(QString, finalState);
        const QString library = m_dir.filePath(u"lib-extend-"_s + point);
        const Run source = dailies(QStringList { u"generate"_s, u"a heron on a post"_s } + server(library));
        QVERIFY2(source.exitCode == 0, qPrintable(source.err));
        const QString route = u"POST /videos/extensions"_s;
        const int before = m_server.requestCount(route);
        const Run crashed = dailies(
            QStringList { u"extend"_s, u"1"_s, u"the heron flies off"_s, u"--seconds"_s, u"4"_s } + server(library),
            point);
        QVERIFY2(crashed.crashed, qPrintable(u"the process was meant to die at "_s + point + u": "_s + crashed.err));

        const Run restarted = dailies(QStringList { u"queue"_s, u"run"_s } + server(library));
        QVERIFY2(restarted.exitCode == 0 || finalState != "completed"_L1, qPrintable(restarted.err));
        const QJsonArray afterRestart = jobs(library);
        QCOMPARE(afterRestart.size(), 2);
        QJsonObject job;
        for (const QJsonValue &listed : afterRestart) {
            if (listed.toObject().value("kind"_L1).toString() == "extend"_L1)
                job = listed.toObject();
        }
        QCOMPARE(job.value("kind"_L1).toString(), u"extend"_s);
        QCOMPARE(job.value("state"_L1).toString(), finalState);
        QCOMPARE(m_server.requestCount(route) - before, sent); // nothing was sent twice
        QVERIFY(partialFiles(library).isEmpty());
        const QJsonArray clips = searchClips(library);
        QCOMPARE(clips.size(), finalState == "completed"_L1 ? 2 : 1); // no duplicate clip
        const QStringList files = clipFiles(library);
        QCOMPARE(files.filter(u".mp4"_s).size(), clips.size());
        QCOMPARE(files.filter(u".json"_s).size(), clips.size());
        if (finalState == "completed"_L1) {
            int extensions = 0;
            for (const QJsonValue &clip : clips) {
                const QJsonObject provenance = clip.toObject().value("provenance"_L1).toObject();
                if (provenance.value("origin"_L1).toString() == "extend"_L1)
                    ++extensions;
            }
            QCOMPARE(extensions, 1);
        } else {
            QVERIFY(job.value("error"_L1).toObject().value("message"_L1).toString().contains(u"not sent again"_s));
        }
    }

    // Killed from outside (kill -9) while jobs are in flight. The kill waits for the moment the row is about (the
    // CLI's progress on stderr, the server's counters, the staged files), and the library is read right after it
    // to prove where it landed.
    void killedFromOutsideWhileWorking_data()
    {
        QTest::addColumn<QByteArray>("faults");
        QTest::addColumn<QStringList>("statesAtKill");
        // The polls' answers trickle for seconds: the kill lands while one is on the wire and the jobs are
        // still queued or in progress here, whatever the server has made of them meanwhile.
        QTest::newRow("while polling a slow job")
            << "slow@list:bps=100; slow@retrieve:bps=100"_ba << QStringList { u"queued"_s, u"in_progress"_s };
        QTest::newRow("during a slow download") << "slow@content:bps=20000"_ba << QStringList { u"downloading"_s };
    }

    void killedFromOutsideWhileWorking()
    {
        QFETCH(QByteArray, faults);
        QFETCH(QStringList, statesAtKill);
        const bool downloading = statesAtKill.contains(u"downloading"_s);
        const QString library
            = m_dir.filePath(u"outside-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
        QVERIFY2(m_server.setFaults(faults), qPrintable(m_server.lastError()));
        const int before = createCount();
        const int pollsBefore = polls();

        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(Dailies::Test::builtExecutable(u"dailies"_s),
            QStringList { u"generate"_s, u"an owl, interrupted"_s, u"--variations"_s, u"2"_s } + server(library));
        QString progress;
        const auto reached = [&] {
            progress += QString::fromUtf8(p.readAllStandardError());
            const QHash<qint64, Progress> latest = progressOf(progress);
            if (latest.size() != 2)
                return false;
            for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
                if (!it->sent || !statesAtKill.contains(it->state))
                    return false;
                // A download under way: bytes of the video are in its staging folder.
                if (downloading
                    && QFileInfo(u"%1/.dailies/incoming/%2/video.part"_s.arg(library).arg(it.key())).size() == 0)
                    return false;
            }
            return downloading || polls() > pollsBefore; // a poll reached the server and its answer trickles
        };
        QTRY_VERIFY2_WITH_TIMEOUT(reached() || p.state() == QProcess::NotRunning, qPrintable(progress), 60000);
        QVERIFY2(p.state() == QProcess::Running, qPrintable(u"ended before the kill: "_s + progress));
        p.kill(); // SIGKILL: kill -9
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        // Where the kill landed, as the next process finds it.
        const QJsonArray atKill = jobs(library);
        QCOMPARE(atKill.size(), 2);
        for (const QJsonValue &v : atKill) {
            const QString state = v.toObject().value("state"_L1).toString();
            QVERIFY2(statesAtKill.contains(state), qPrintable(state));
            QVERIFY(!v.toObject().value("remote_id"_L1).toString().isEmpty());
        }
        QVERIFY(clipFiles(library).isEmpty());
        QVERIFY(partialFiles(library).isEmpty());

        QVERIFY2(m_server.setFaults(""), qPrintable(m_server.lastError()));
        const Run restarted = dailies(QStringList { u"queue"_s, u"run"_s } + server(library));
        QVERIFY2(restarted.exitCode == 0, qPrintable(restarted.err));
        const QJsonArray all = jobs(library);
        QCOMPARE(all.size(), 2);
        QSet<QString> remote;
        for (const QJsonValue &v : all) {
            QCOMPARE(v.toObject().value("state"_L1).toString(), u"completed"_s);
            remote.insert(v.toObject().value("remote_id"_L1).toString());
        }
        QCOMPARE(remote.size(), 2);
        QCOMPARE(createCount() - before, 2); // the restart sent nothing again
        QVERIFY(partialFiles(library).isEmpty());
        QCOMPARE(searchClips(library, u"owl"_s).size(), 2);
        QCOMPARE(clipFiles(library).filter(u".mp4"_s).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
