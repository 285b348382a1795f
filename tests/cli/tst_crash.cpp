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

    QProcessEnvironment environment(const QString &crashAt = {}) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(u"OPENAI_API_KEY"_s);
        e.insert(u"DAILIES_NO_KEYCHAIN"_s, u"1"_s);
        e.insert(u"CRASH_TEST_KEY"_s, u"sk-crash"_s);
        if (!crashAt.isEmpty())
            e.insert(u"DAILIES_CRASH_AT"_s, crashAt);
        return e;
    }

    QStringList server(const QString &library) const
    {
        return { u"--base-url"_s, m_baseUrl, u"--api-key-env"_s, u"CRASH_TEST_KEY"_s, u"--library"_s, library };
    }

    Run dailies(const QStringList &args, const QString &crashAt = {}, int killAfterMs = -1)
    {
        QProcess p;
        p.setProcessEnvironment(environment(crashAt));
        p.start(Dailies::Test::builtExecutable(u"dailies"_s), args);
        if (killAfterMs >= 0) {
            p.waitForFinished(killAfterMs);
            if (p.state() != QProcess::NotRunning)
                p.kill(); // SIGKILL: kill -9
        }
        if (!p.waitForFinished(120000))
            p.kill();
        p.waitForFinished();
        return { p.exitCode(), p.exitStatus() == QProcess::CrashExit, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }

    int createCount() { return m_server.createCount(); }

    QJsonArray jobs(const QString &library)
    {
        const Run r = dailies({ u"queue"_s, u"list"_s, u"--all"_s, u"--json"_s, u"--library"_s, library });
        if (r.exitCode != 0)
            qWarning("queue list failed: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
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

    void init() { m_server.setFaults(""); }

    void killedAtAPoint_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("creates");
        QTest::addColumn<QString>("finalState");
        // Before the create leaves: the job is on disk; the provider never heard of it, which cannot be proven.
        QTest::newRow("after the job was written, before the create left")
            << u"submit-written"_s << 0 << u"needs_attention"_s;
        QTest::newRow("after the create was answered, before it was stored")
            << u"create-answered"_s << 1 << u"completed"_s;
        QTest::newRow("while polling") << u"polled"_s << 1 << u"completed"_s;
        QTest::newRow("mid-download") << u"downloading"_s << 1 << u"completed"_s;
        QTest::newRow("after the files were planned, before the commit") << u"before-commit"_s << 1 << u"completed"_s;
    }

    void killedAtAPoint()
    {
        QFETCH(QString, point);
        QFETCH(int, creates);
        QFETCH(QString, finalState);
        const QString library = m_dir.filePath(u"lib-"_s + point);
        if (point == "downloading"_L1)
            m_server.control("POST", u"/__dailies/faults"_s, "slow@content:bps=400000");
        const int before = createCount();
        const Run crashed = dailies(
            QStringList { u"generate"_s, u"a heron lifts off, killed at "_s + point } + server(library), point);
        QVERIFY2(crashed.crashed, qPrintable(u"the process was meant to die at "_s + point + u": "_s + crashed.err));

        // The database opens and the job is there.
        const QJsonArray afterCrash = jobs(library);
        QCOMPARE(afterCrash.size(), 1);
        QVERIFY(partialFiles(library).isEmpty());

        const Run restarted = dailies(QStringList { u"queue"_s, u"run"_s } + server(library));
        QVERIFY2(restarted.exitCode == 0 || finalState != "completed"_L1, qPrintable(restarted.err));
        const QJsonArray afterRestart = jobs(library);
        QCOMPARE(afterRestart.size(), 1);
        const QJsonObject job = afterRestart.first().toObject();
        QCOMPARE(job.value("state"_L1).toString(), finalState);
        QCOMPARE(createCount() - before, creates); // nothing was sent twice
        QVERIFY(partialFiles(library).isEmpty());
        if (finalState == "completed"_L1) {
            const Run found = dailies({ u"library"_s, u"search"_s, u"heron"_s, u"--json"_s, u"--library"_s, library });
            const QJsonArray clips = QJsonDocument::fromJson(found.out.toUtf8()).array();
            QCOMPARE(clips.size(), 1); // no duplicate clip
            const QString video = clips.first().toObject().value("video_path"_L1).toString();
            QVERIFY2(isMp4(video), qPrintable(video));
        } else {
            QVERIFY(job.value("error"_L1).toObject().value("message"_L1).toString().contains(u"not sent again"_s));
        }
    }

    void killedFromOutsideWhileWorking_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<int>("killAfterMs");
        QTest::newRow("while polling a slow job") << u"stuck:times=0"_s << 400;
        QTest::newRow("during a slow download") << u"slow@content:bps=20000"_s << 2000;
    }

    void killedFromOutsideWhileWorking()
    {
        QFETCH(QString, faults);
        QFETCH(int, killAfterMs);
        const QString library
            = m_dir.filePath(u"outside-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
        m_server.control("POST", u"/__dailies/faults"_s, faults.toUtf8());
        const int before = createCount();
        const Run killed = dailies(
            QStringList { u"generate"_s, u"an owl, interrupted"_s, u"--variations"_s, u"2"_s } + server(library), {},
            killAfterMs);
        QVERIFY(killed.crashed);
        QVERIFY(partialFiles(library).isEmpty());
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
        QVERIFY(createCount() - before <= 2);
        QVERIFY(partialFiles(library).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
