// SPDX-License-Identifier: GPL-3.0-or-later
// The `dailies` executable as a user runs it: exit codes, messages, and every command end to end against the
// standalone demo server (another process, real TCP) and the embedded one (--demo).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../mockserver/testvideos.h"
#include "support/standaloneserver.h"

using namespace Qt::StringLiterals;

namespace
{

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    Dailies::Test::StandaloneServer m_server;
    QString m_baseUrl;
    QTemporaryDir m_dir;
    static constexpr auto kKey = "sk-cli-test-key";

    Run dailies(const QStringList &args, const QHash<QString, QString> &env = {}, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(u"OPENAI_API_KEY"_s);
        e.insert(u"DAILIES_NO_KEYCHAIN"_s, u"1"_s);
        e.insert(u"DAILIES_DEMO_TIME_SCALE"_s, u"0.05"_s);
        e.insert(u"CLI_TEST_KEY"_s, QString::fromLatin1(kKey));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(Dailies::Test::builtExecutable(u"dailies"_s), args);
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            p.kill();
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

    QStringList server() const { return { u"--base-url"_s, m_baseUrl, u"--api-key-env"_s, u"CLI_TEST_KEY"_s }; }

    int createCount(const std::source_location &where = std::source_location::current())
    {
        return m_server.createCount(where);
    }

    // Callers check it: QVERIFY2(setFaults(...), qPrintable(m_server.lastError())).
    [[nodiscard]] bool setFaults(const QByteArray &spec) { return m_server.setFaults(spec); }

    QJsonObject waitCompleted(const QString &id)
    {
        for (int i = 0; i < 100; ++i) {
            const Run r = dailies(QStringList { u"videos"_s, u"get"_s, id, u"--json"_s } + server());
            const QJsonObject v = QJsonDocument::fromJson(r.out.toUtf8()).object();
            if (v.value("status"_L1).toString() == "completed"_L1 || v.value("status"_L1).toString() == "failed"_L1)
                return v;
            QTest::qWait(100);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase();
    void init() { QVERIFY2(setFaults(""), qPrintable(m_server.lastError())); }
    void usageErrors_data();
    void usageErrors();
    void helpShowsUsage();
    void noKeyIsExplained();
    void wrongKeyIsApiError();
    void unreachableIsNetworkError();
    void generateOnEmbeddedDemo();
    void rawVideosCommands();
    void editExtendAndCharacters();
    void stuckJobIsReported();
    void failedJobIsReported();
    void lostCreateIsNotSentTwice();
    void profilesAndKeys();
    void liteLlmProfileAndPrices();
    void batchChecksEveryRowFirst();
    void queueSurvivesAndRuns();
    void libraryCommands();
    void spendAndBudget();
    void duplicateTakeIsOffered();
    void refusedDatabaseIsKept();
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(Dailies::Test::builtExecutable(u"dailies"_s)), "build the dailies target first");
    // Start from no settings: profiles from an earlier run must not change what this one sees.
    QDir(qEnvironmentVariable("XDG_CONFIG_HOME") + u"/Dailies"_s).removeRecursively();
    const QString problem = m_server.start(QString::fromLatin1(kKey), u"0.02"_s, m_dir.filePath(u"server"_s));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_baseUrl = m_server.baseUrl();
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s } << u"unknown command 'frobnicate'"_s;
    QTest::newRow("no prompt") << QStringList { u"generate"_s, u"--demo"_s } << u"exactly one prompt"_s;
    QTest::newRow("empty prompt") << QStringList { u"generate"_s, u""_s, u"--demo"_s } << u"prompt is empty"_s;
    QTest::newRow("prompt too long") << QStringList { u"generate"_s, QString(32001, u'a'), u"--demo"_s }
                                     << u"at most 32000"_s;
    QTest::newRow("bad variations") << QStringList { u"generate"_s, u"x"_s, u"--variations"_s, u"0"_s, u"--demo"_s }
                                    << u"1 to 8"_s;
    QTest::newRow("malformed size") << QStringList { u"generate"_s, u"x"_s, u"--size"_s, u"big"_s, u"--demo"_s }
                                    << u"width x height"_s;
    QTest::newRow("image is not an image")
        << QStringList { u"generate"_s, u"x"_s, u"--image"_s, QFINDTESTDATA("tst_cli.cpp"), u"--demo"_s }
        << u"not a JPEG, PNG or WebP"_s;
    QTest::newRow("remix does not wait (generate --remix-of does)") << QStringList { u"videos"_s, u"remix"_s,
        u"video_123"_s, u"x"_s, u"--wait"_s, u"--demo"_s } << u"Unknown option 'wait'"_s;
    QTest::newRow("extension of 5 s") << QStringList { u"extend"_s, u"video_1"_s, u"x"_s, u"--seconds"_s, u"5"_s,
        u"--demo"_s } << u"4, 8, 12, 16 or 20"_s;
    QTest::newRow("extension without --seconds")
        << QStringList { u"extend"_s, u"video_1"_s, u"x"_s, u"--demo"_s } << u"--seconds is needed"_s;
    QTest::newRow("edit without a prompt")
        << QStringList { u"edit"_s, u"video_1"_s, u"--demo"_s } << u"the clip and a prompt"_s;
    QTest::newRow("edit of a bad id") << QStringList { u"edit"_s, u"video 1"_s, u"x"_s, u"--demo"_s }
                                      << u"is not a video id"_s;
    QTest::newRow("raw extension of 24 s")
        << QStringList { u"videos"_s, u"extend"_s, u"video_1"_s, u"x"_s, u"--seconds"_s, u"24"_s, u"--demo"_s }
        << u"4, 8, 12, 16 or 20"_s;
    QTest::newRow("character from a non-MP4")
        << QStringList { u"characters"_s, u"add"_s, u"Mara"_s, QFINDTESTDATA("tst_cli.cpp"), u"--demo"_s }
        << u"not an MP4"_s;
    QTest::newRow("character action unknown") << QStringList { u"characters"_s, u"frob"_s } << u"unknown action"_s;
    QTest::newRow("three characters") << QStringList { u"generate"_s, u"A, B and C"_s, u"--character"_s, u"char_a"_s,
        u"--character"_s, u"char_b"_s, u"--character"_s, u"char_c"_s, u"--demo"_s }
                                      << u"at most 2"_s;
    QTest::newRow("key on the command line")
        << QStringList { u"generate"_s, u"x"_s, u"--api-key"_s, u"sk-123"_s } << u"Unknown option"_s;
    QTest::newRow("two providers") << QStringList { u"videos"_s, u"list"_s, u"--demo"_s, u"--profile"_s, u"openai"_s }
                                   << u"only one of"_s;
    QTest::newRow("plain http remote") << QStringList { u"videos"_s, u"list"_s, u"--base-url"_s,
        u"http://example.com/v1"_s } << u"plain http"_s;
    QTest::newRow("unknown profile") << QStringList { u"videos"_s, u"list"_s, u"--profile"_s, u"nope"_s }
                                     << u"no profile named 'nope'"_s;
    QTest::newRow("unset key variable") << QStringList { u"videos"_s, u"list"_s, u"--demo"_s, u"--api-key-env"_s,
        u"DAILIES_UNSET_VAR"_s } << u"DAILIES_UNSET_VAR"_s;
    QTest::newRow("bad video id") << QStringList { u"videos"_s, u"get"_s, u"../etc"_s, u"--demo"_s }
                                  << u"not a video id"_s;
    QTest::newRow("bad limit") << QStringList { u"videos"_s, u"list"_s, u"--limit"_s, u"500"_s, u"--demo"_s }
                               << u"1 to 100"_s;
    QTest::newRow("bad variant") << QStringList { u"videos"_s, u"download"_s, u"video_1"_s, u"--variant"_s, u"gif"_s,
        u"--demo"_s } << u"--variant"_s;
    QTest::newRow("unknown action") << QStringList { u"videos"_s, u"explode"_s } << u"unknown action"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, messagePart);
    const Run r = dailies(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::helpShowsUsage()
{
    // Never run `dailies` without arguments here: in a GUI build that opens the studio window.
    const Run r = dailies({ u"--help"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"usage: dailies"_s), qPrintable(r.out));
}

void TestCli::noKeyIsExplained()
{
    const Run r = dailies({ u"videos"_s, u"list"_s, u"--profile"_s, u"openai"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"no API key for profile 'openai'"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"dailies key set openai"_s));
    QVERIFY(r.err.contains(u"OPENAI_API_KEY"_s));
}

void TestCli::wrongKeyIsApiError()
{
    const Run r = dailies({ u"videos"_s, u"list"_s, u"--base-url"_s, m_baseUrl, u"--api-key-env"_s, u"WRONG"_s },
        { { u"WRONG"_s, u"sk-wrong"_s } });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"invalid_api_key"_s) && r.err.contains(u"Check the API key"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"[request req_"_s));
    // OPENAI_API_KEY is the fallback when no variable is named.
    const Run viaEnv = dailies(
        { u"videos"_s, u"list"_s, u"--base-url"_s, m_baseUrl }, { { u"OPENAI_API_KEY"_s, QString::fromLatin1(kKey) } });
    QCOMPARE(viaEnv.exitCode, 0);
}

void TestCli::unreachableIsNetworkError()
{
    const Run r = dailies(
        { u"videos"_s, u"list"_s, u"--base-url"_s, u"http://127.0.0.1:9/v1"_s, u"--api-key-env"_s, u"CLI_TEST_KEY"_s });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(u"Could not reach the provider"_s), qPrintable(r.err));
}

void TestCli::generateOnEmbeddedDemo()
{
    const QString out = m_dir.filePath(u"clips"_s);
    const Run r = dailies({ u"generate"_s, u"A fox runs through snow, low angle, golden hour"_s, u"--demo"_s,
        u"--size"_s, u"1280x720"_s, u"--seconds"_s, u"8"_s, u"--out"_s, out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString path = r.out.trimmed();
    QVERIFY2(path.endsWith(u".mp4"_s) && QFile::exists(path), qPrintable(r.out));
    QVERIFY(QFileInfo(path).fileName().contains(u"a-fox-runs-through-snow"_s));
    QVERIFY(QFile::exists(path.chopped(4) + u".thumbnail.webp"_s));
    QVERIFY(QDir(out).entryList({ u"*.part"_s }).isEmpty());
    QVERIFY(r.err.contains(u"nothing is billed"_s));
    const QString ffprobe = QStandardPaths::findExecutable(u"ffprobe"_s);
    if (ffprobe.isEmpty())
        QSKIP("ffprobe is not installed");
    QProcess probe;
    probe.start(ffprobe,
        { u"-v"_s, u"error"_s, u"-select_streams"_s, u"v:0"_s, u"-show_entries"_s, u"stream=width,height,duration"_s,
            u"-of"_s, u"default=nw=1"_s, path });
    QVERIFY(probe.waitForFinished());
    const QString info = QString::fromUtf8(probe.readAllStandardOutput());
    QVERIFY2(info.contains(u"width=1280"_s) && info.contains(u"height=720"_s), qPrintable(info));
    const QRegularExpressionMatch m = QRegularExpression(u"duration=([0-9.]+)"_s).match(info);
    QVERIFY(m.hasMatch());
    QVERIFY2(qAbs(m.captured(1).toDouble() - 8.0) < 0.1, qPrintable(info));
}

void TestCli::rawVideosCommands()
{
    const Run submitted
        = dailies(QStringList { u"generate"_s, u"an owl blinks, close-up"_s, u"--no-wait"_s, u"--json"_s } + server());
    QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
    const QJsonObject created = QJsonDocument::fromJson(submitted.out.toUtf8()).object();
    const QString id = created.value("id"_L1).toString();
    QVERIFY2(id.startsWith(u"video_"_s), qPrintable(submitted.out));
    QCOMPARE(created.value("object"_L1).toString(), u"video"_s);
    QCOMPARE(waitCompleted(id).value("status"_L1).toString(), u"completed"_s);

    const Run list = dailies(QStringList { u"videos"_s, u"list"_s, u"--json"_s } + server());
    QCOMPARE(list.exitCode, 0);
    const QJsonObject page = QJsonDocument::fromJson(list.out.toUtf8()).object();
    QCOMPARE(page.value("object"_L1).toString(), u"list"_s);
    QVERIFY(list.out.contains(id));
    const Run text = dailies(QStringList { u"videos"_s, u"list"_s } + server());
    QVERIFY(text.out.contains(id) && text.out.contains(u"an owl blinks"_s));

    const QString dl = m_dir.filePath(u"downloads"_s);
    const Run download
        = dailies(QStringList { u"videos"_s, u"download"_s, id, u"--variant"_s, u"all"_s, u"--out"_s, dl } + server());
    QVERIFY2(download.exitCode == 0, qPrintable(download.err));
    QCOMPARE(QDir(dl).entryList(QDir::Files),
        (QStringList { id + u".mp4"_s, id + u".spritesheet.jpg"_s, id + u".thumbnail.webp"_s }));

    const Run remix = dailies(QStringList { u"generate"_s, u"the owl flies off"_s, u"--remix-of"_s, id, u"--library"_s,
                                  m_dir.filePath(u"remixes"_s) }
        + server());
    QVERIFY2(remix.exitCode == 0, qPrintable(remix.err));
    QVERIFY(QFile::exists(remix.out.trimmed()));
    const Run rawRemix
        = dailies(QStringList { u"videos"_s, u"remix"_s, id, u"the owl looks back"_s, u"--json"_s } + server());
    QCOMPARE(rawRemix.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(rawRemix.out.toUtf8()).object().value("remixed_from_video_id"_L1).toString(), id);

    const Run del = dailies(QStringList { u"videos"_s, u"delete"_s, id } + server());
    QCOMPARE(del.exitCode, 0);
    QCOMPARE(del.out.trimmed(), u"deleted "_s + id);
    const Run gone = dailies(QStringList { u"videos"_s, u"get"_s, id } + server());
    QCOMPARE(gone.exitCode, 3);
    QVERIFY2(gone.err.contains(u"404"_s), qPrintable(gone.err));
}

void TestCli::editExtendAndCharacters()
{
    const QStringList library { u"--library"_s, m_dir.filePath(u"lineage"_s) };
    const Run made
        = dailies(QStringList { u"generate"_s, u"a fox in the snow"_s, u"--seconds"_s, u"4"_s } + library + server());
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));

    // By the clip's number in the library: 1 is the only clip.
    const Run edited
        = dailies(QStringList { u"edit"_s, u"1"_s, u"the fox at night"_s, u"--json"_s } + library + server());
    QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
    const QJsonObject edit = QJsonDocument::fromJson(edited.out.toUtf8()).object();
    QVERIFY(!edit.value("remixed_from_video_id"_L1).toString().isEmpty());
    const QString source = edit.value("remixed_from_video_id"_L1).toString();
    // By its video id, 8 s more.
    const Run extended
        = dailies(QStringList { u"extend"_s, source, u"the fox runs off"_s, u"--seconds"_s, u"8"_s, u"--json"_s }
            + library + server());
    QVERIFY2(extended.exitCode == 0, qPrintable(extended.err));
    const QJsonObject extension = QJsonDocument::fromJson(extended.out.toUtf8()).object();
    QCOMPARE(extension.value("seconds"_L1).toString(), u"12"_s);
    QCOMPARE(extension.value("remixed_from_video_id"_L1).toString(), source);
    const Run none = dailies(QStringList { u"edit"_s, u"99"_s, u"x"_s } + library + server());
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(u"no clip 99"_s), qPrintable(none.err));

    // A character: made from a short MP4, kept in the library, listed offline, named in a prompt.
    const QString clip = m_dir.filePath(u"mara.mp4"_s);
    QFile f(clip);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(TestVideos::mp4(3000));
    f.close();
    const Run added
        = dailies(QStringList { u"characters"_s, u"add"_s, u"Mara"_s, clip, u"--json"_s } + library + server());
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString characterId = QJsonDocument::fromJson(added.out.toUtf8()).object().value("id"_L1).toString();
    QVERIFY2(characterId.startsWith(u"char_"_s), qPrintable(added.out));
    const Run listed = dailies(QStringList { u"characters"_s, u"list"_s } + library);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(characterId) && listed.out.contains(u"Mara"_s), qPrintable(listed.out));
    const int creates = createCount();
    const Run unnamed = dailies(
        QStringList { u"generate"_s, u"a woman waves"_s, u"--character"_s, characterId } + library + server());
    QCOMPARE(unnamed.exitCode, 2);
    QVERIFY2(unnamed.err.contains(u"must name the character 'Mara'"_s), qPrintable(unnamed.err));
    QCOMPARE(createCount(), creates); // nothing was sent
    const Run named = dailies(
        QStringList { u"generate"_s, u"Mara waves from a boat"_s, u"--character"_s, characterId } + library + server());
    QVERIFY2(named.exitCode == 0, qPrintable(named.err));
    QCOMPARE(createCount(), creates + 1);
    const Run got = dailies(QStringList { u"videos"_s, u"get-character"_s, characterId } + server());
    QCOMPARE(got.exitCode, 0);
    QVERIFY2(got.out.contains(u"Mara"_s), qPrintable(got.out));
}

void TestCli::stuckJobIsReported()
{
    QVERIFY2(setFaults("stuck:times=1"), qPrintable(m_server.lastError()));
    const Run r = dailies(QStringList { u"generate"_s, u"a clock that never strikes"_s, u"--stuck-after"_s, u"2"_s,
                              u"--out"_s, m_dir.filePath(u"stuck"_s) }
        + server());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"seems stuck"_s) && r.err.contains(u"99 %"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"dailies queue retry"_s));
}

void TestCli::failedJobIsReported()
{
    QVERIFY2(setFaults("moderation:words=forbidden,when=job"), qPrintable(m_server.lastError()));
    const Run r = dailies(
        QStringList { u"generate"_s, u"a forbidden dance"_s, u"--out"_s, m_dir.filePath(u"failed"_s) } + server());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"moderation_blocked"_s) && r.err.contains(u"Reword the prompt"_s)
            && r.err.contains(u"may still be billed"_s),
        qPrintable(r.err));
    QVERIFY2(setFaults("moderation:words=forbidden"), qPrintable(m_server.lastError()));
    const Run refused = dailies(
        QStringList { u"generate"_s, u"a forbidden dance"_s, u"--out"_s, m_dir.filePath(u"failed"_s) } + server());
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(u"moderation_blocked"_s), qPrintable(refused.err));
}

void TestCli::liteLlmProfileAndPrices()
{
    const Run add
        = dailies({ u"profiles"_s, u"add"_s, u"proxy"_s, u"--kind"_s, u"litellm"_s, u"--base-url"_s, m_baseUrl });
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QCOMPARE(dailies({ u"profiles"_s, u"add"_s, u"nourl"_s, u"--kind"_s, u"litellm"_s }).exitCode, 2);
    const Run list = dailies({ u"profiles"_s, u"list"_s, u"--json"_s });
    QJsonObject proxy;
    for (const QJsonValue &p : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        if (p.toObject().value("name"_L1).toString() == "proxy"_L1)
            proxy = p.toObject();
    }
    QCOMPARE(proxy.value("kind"_L1).toString(), u"litellm"_s);
    QCOMPARE(proxy.value("keyEnvironmentVariable"_L1).toString(), u"LITELLM_API_KEY"_s);

    // Queued while paused, nothing is sent; the estimate comes from the profile kind's prices, per size.
    const QStringList lib { u"--library"_s, m_dir.filePath(u"litellm-library"_s) };
    QCOMPARE(dailies(QStringList { u"queue"_s, u"pause"_s } + lib).exitCode, 0);
    const auto queue = [&](const QStringList &how) {
        return dailies(QStringList { u"generate"_s, u"a heron lands on a post"_s, u"--no-wait"_s, u"--seconds"_s,
                           u"8"_s, u"--api-key-env"_s, u"CLI_TEST_KEY"_s }
            + how + lib);
    };
    const Run veo = queue({ u"--profile"_s, u"proxy"_s, u"--model"_s, u"gemini/veo-3.1-fast-generate-preview"_s,
        u"--size"_s, u"1280x720"_s });
    QVERIFY2(veo.exitCode == 0 && veo.err.contains(u"estimated cost: USD 1.20"_s), qPrintable(veo.err));
    const Run pro
        = queue({ u"--profile"_s, u"proxy"_s, u"--model"_s, u"openai/sora-2-pro"_s, u"--size"_s, u"1792x1024"_s });
    QVERIFY2(pro.exitCode == 0 && pro.err.contains(u"estimated cost: USD 4.00"_s), qPrintable(pro.err));
    QCOMPARE(dailies({ u"profiles"_s, u"remove"_s, u"proxy"_s }).exitCode, 0);
}

void TestCli::lostCreateIsNotSentTwice()
{
    const int before = createCount();
    QVERIFY2(setFaults("lose@create:times=1"), qPrintable(m_server.lastError()));
    const Run r
        = dailies(QStringList { u"generate"_s, u"a lantern rises over a lake"_s, u"--out"_s, m_dir.filePath(u"lost"_s) }
            + server());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(r.out.trimmed()));
    QCOMPARE(createCount(), before + 1);
}

void TestCli::profilesAndKeys()
{
    const Run add
        = dailies({ u"profiles"_s, u"add"_s, u"gateway"_s, u"--kind"_s, u"compatible"_s, u"--base-url"_s, m_baseUrl });
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const Run list = dailies({ u"profiles"_s, u"list"_s });
    QVERIFY(list.out.contains(u"gateway"_s) && list.out.contains(u"* demo"_s));
    QCOMPARE(dailies({ u"profiles"_s, u"default"_s, u"gateway"_s }).exitCode, 0);
    const Run viaDefault = dailies({ u"videos"_s, u"list"_s, u"--api-key-env"_s, u"CLI_TEST_KEY"_s });
    QVERIFY2(viaDefault.exitCode == 0, qPrintable(viaDefault.err));
    const Run insecure = dailies({ u"profiles"_s, u"add"_s, u"bad"_s, u"--base-url"_s, u"http://example.com/v1"_s });
    QCOMPARE(insecure.exitCode, 2);
    QCOMPARE(dailies({ u"profiles"_s, u"remove"_s, u"demo"_s }).exitCode, 2);
    QCOMPARE(dailies({ u"profiles"_s, u"remove"_s, u"gateway"_s }).exitCode, 0);
    const Run noKey = dailies({ u"key"_s, u"set"_s, u"openai"_s });
    QCOMPARE(noKey.exitCode, 2);
    QVERIFY(noKey.err.contains(u"standard input"_s));
}

void TestCli::batchChecksEveryRowFirst()
{
    const QString library = m_dir.filePath(u"batch-library"_s);
    const QString bad = m_dir.filePath(u"bad.jsonl"_s);
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"prompt\": \"a {animal} at dawn\", \"animal\": \"heron\"}\n"
            "{\"prompt\": \"\"}\n"
            "{\"prompt\": \"x\", \"variations\": 12}\n");
    f.close();
    const int before = createCount();
    const Run refused = dailies(QStringList { u"batch"_s, bad, u"--library"_s, library } + server());
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"line 2, field 'prompt'"_s) && refused.err.contains(u"line 3, field 'variations'"_s),
        qPrintable(refused.err));
    QCOMPARE(createCount(), before); // nothing was sent
    const Run skipped
        = dailies(QStringList { u"batch"_s, bad, u"--skip-invalid"_s, u"--library"_s, library } + server());
    QVERIFY2(skipped.exitCode == 0, qPrintable(skipped.err));
    QCOMPARE(createCount(), before + 1);
    QVERIFY(skipped.out.contains(u"a-heron-at-dawn"_s));

    const QString csv = m_dir.filePath(u"shots.csv"_s);
    QFile c(csv);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write("prompt,place,seconds\n\"a lantern over {place}\",the lake,4\n\"a lantern over {place}\",the bay,4\n");
    c.close();
    const Run fromCsv = dailies(QStringList { u"batch"_s, csv, u"--library"_s, library } + server());
    QVERIFY2(fromCsv.exitCode == 0, qPrintable(fromCsv.err));
    QCOMPARE(fromCsv.out.trimmed().split(u'\n').size(), 2);
}

void TestCli::queueSurvivesAndRuns()
{
    const QString library = m_dir.filePath(u"queue-library"_s);
    const QStringList lib { u"--library"_s, library };
    QCOMPARE(dailies(QStringList { u"queue"_s, u"pause"_s } + lib).exitCode, 0);
    const int before = createCount();
    // While paused, jobs wait on disk; --no-wait returns at once since nothing can be sent.
    const Run queued
        = dailies(QStringList { u"batch"_s, QFINDTESTDATA("data/three.jsonl"), u"--no-wait"_s } + lib + server());
    QVERIFY2(queued.exitCode == 0, qPrintable(queued.err));
    const Run list = dailies(QStringList { u"queue"_s, u"list"_s, u"--json"_s } + lib);
    QCOMPARE(list.exitCode, 0);
    const QJsonArray jobs = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(jobs.size(), 3);
    for (const QJsonValue &j : jobs)
        QCOMPARE(j.toObject().value("state"_L1).toString(), u"waiting"_s);
    QCOMPARE(createCount(), before);
    const qint64 last = jobs.at(2).toObject().value("id"_L1).toInteger();
    QCOMPARE(
        dailies(QStringList { u"queue"_s, u"move"_s, QString::number(last), u"1"_s } + lib + server()).exitCode, 0);
    const qint64 cancelled = jobs.at(1).toObject().value("id"_L1).toInteger();
    QCOMPARE(dailies(QStringList { u"queue"_s, u"cancel"_s, QString::number(cancelled) } + lib + server()).exitCode, 0);
    QCOMPARE(dailies(QStringList { u"queue"_s, u"cancel"_s, u"999"_s } + lib).exitCode, 2);
    QCOMPARE(dailies(QStringList { u"queue"_s, u"resume"_s } + lib).exitCode, 0);
    const Run run = dailies(QStringList { u"queue"_s, u"run"_s } + lib + server());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(createCount(), before + 2);
    const QJsonArray after = QJsonDocument::fromJson(
        dailies(QStringList { u"queue"_s, u"list"_s, u"--all"_s, u"--json"_s } + lib).out.toUtf8())
                                 .array();
    QMap<QString, int> states;
    for (const QJsonValue &j : after)
        ++states[j.toObject().value("state"_L1).toString()];
    QCOMPARE(states.value(u"completed"_s), 2);
    QCOMPARE(states.value(u"cancelled"_s), 1);
    const Run retried = dailies(QStringList { u"queue"_s, u"retry"_s, QString::number(cancelled) } + lib + server());
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.err));
}

void TestCli::libraryCommands()
{
    const QString library = m_dir.filePath(u"search-library"_s);
    const QStringList lib { u"--library"_s, library };
    QCOMPARE(dailies(QStringList { u"generate"_s, u"a red kite over chalk cliffs"_s } + lib + server()).exitCode, 0);
    QCOMPARE(dailies(QStringList { u"generate"_s, u"a blue boat in the harbour"_s } + lib + server()).exitCode, 0);
    const Run found = dailies(QStringList { u"library"_s, u"search"_s, u"kite"_s, u"--json"_s } + lib);
    QCOMPARE(found.exitCode, 0);
    const QJsonArray clips = QJsonDocument::fromJson(found.out.toUtf8()).array();
    QCOMPARE(clips.size(), 1);
    const qint64 id = clips.first().toObject().value("id"_L1).toInteger();
    // A search lists the newest take first; --limit keeps the first ones.
    const Run both = dailies(QStringList { u"library"_s, u"search"_s, u"a"_s, u"--json"_s } + lib);
    QCOMPARE(both.exitCode, 0);
    const QJsonArray newestFirst = QJsonDocument::fromJson(both.out.toUtf8()).array();
    QCOMPARE(newestFirst.size(), 2);
    QVERIFY2(newestFirst.at(0).toObject().value("prompt"_L1).toString().contains(u"boat"_s), qPrintable(both.out));
    QVERIFY2(newestFirst.at(1).toObject().value("prompt"_L1).toString().contains(u"kite"_s), qPrintable(both.out));
    const Run one = dailies(QStringList { u"library"_s, u"search"_s, u"a"_s, u"--limit"_s, u"1"_s, u"--json"_s } + lib);
    QCOMPARE(QJsonDocument::fromJson(one.out.toUtf8()).array().size(), 1);

    const QString zip = m_dir.filePath(u"export/kite.zip"_s);
    const Run exported = dailies(QStringList { u"library"_s, u"export"_s, QString::number(id), u"--to"_s, zip } + lib);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(QFileInfo(zip).size() > 1000);
    // The catalogue is lost; the folder alone brings it back.
    for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s })
        QFile::remove(library + u"/.dailies/library.sqlite"_s + suffix);
    const Run rebuilt = dailies(QStringList { u"library"_s, u"rebuild"_s } + lib);
    QVERIFY2(rebuilt.exitCode == 0 && rebuilt.err.contains(u"2 clip(s) added"_s), qPrintable(rebuilt.err));
    const Run harbour = dailies(QStringList { u"library"_s, u"search"_s, u"harbour"_s, u"--json"_s } + lib);
    QCOMPARE(QJsonDocument::fromJson(harbour.out.toUtf8()).array().size(), 1);
    const Run imported = dailies(QStringList { u"library"_s, u"import-remote"_s } + lib + server());
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.err.contains(u"already in the library"_s), qPrintable(imported.err));

    // A lost search index: the search says so and names the repair, which brings it back.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"break-index"_s);
        db.setDatabaseName(library + u"/.dailies/library.sqlite"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"DROP TABLE clips_fts"_s), qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"break-index"_s);
    const Run broken = dailies(QStringList { u"library"_s, u"search"_s, u"kite"_s } + lib);
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains(u"dailies library check"_s), qPrintable(broken.err));
    const Run checked = dailies(QStringList { u"library"_s, u"check"_s } + lib);
    QVERIFY2(checked.exitCode == 0 && checked.out.contains(u"rebuilt"_s), qPrintable(checked.out + checked.err));
    const Run again = dailies(QStringList { u"library"_s, u"search"_s, u"kite"_s, u"--json"_s } + lib);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).array().size(), 1);
}

void TestCli::spendAndBudget()
{
    const QStringList lib { u"--library"_s, m_dir.filePath(u"spend-library"_s) };
    QCOMPARE(dailies(QStringList { u"generate"_s, u"a paid take"_s } + lib + server()).exitCode, 0);
    const Run spend = dailies(QStringList { u"spend"_s, u"--by"_s, u"model"_s, u"--json"_s } + lib);
    QCOMPARE(spend.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(spend.out.toUtf8()).object();
    QVERIFY2(qFuzzyCompare(report.value("total"_L1).toDouble(), 0.4), qPrintable(spend.out));
    QCOMPARE(report.value("rows"_L1).toArray().first().toObject().value("model"_L1).toString(), u"sora-2"_s);
    QCOMPARE(dailies(QStringList { u"spend"_s, u"--budget"_s, u"-5"_s } + lib).exitCode, 2);
    QCOMPARE(dailies(QStringList { u"spend"_s, u"--budget"_s, u"0.5"_s, u"--hard-stop"_s } + lib).exitCode, 0);
    const int before = createCount();
    const Run refused = dailies(QStringList { u"generate"_s, u"one take too many"_s } + lib + server());
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"budget"_s, Qt::CaseInsensitive), qPrintable(refused.err));
    QCOMPARE(createCount(), before);
}

void TestCli::duplicateTakeIsOffered()
{
    const QStringList lib { u"--library"_s, m_dir.filePath(u"dup-library"_s) };
    const Run first = dailies(QStringList { u"generate"_s, u"the very same shot"_s } + lib + server());
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const int before = createCount();
    const Run again = dailies(QStringList { u"generate"_s, u"the very same shot"_s } + lib + server());
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out.trimmed(), first.out.trimmed()); // the existing clip is offered
    QVERIFY(again.err.contains(u"--again"_s));
    QCOMPARE(createCount(), before);
    QCOMPARE(
        dailies(QStringList { u"generate"_s, u"the very same shot"_s, u"--again"_s } + lib + server()).exitCode, 0);
    QCOMPARE(createCount(), before + 1);
}

void TestCli::refusedDatabaseIsKept()
{
    // 'library check' reads the whole file on demand (opening does not): sound, then damaged.
    const QString checked = m_dir.filePath(u"checked-library"_s);
    const Run sound = dailies({ u"library"_s, u"check"_s, u"--library"_s, checked });
    QVERIFY2(sound.exitCode == 0, qPrintable(sound.err));
    QVERIFY2(sound.out.contains(u"is sound"_s), qPrintable(sound.out));
    {
        QFile db(checked + u"/.dailies/library.sqlite"_s);
        QVERIFY(db.open(QIODevice::ReadWrite));
        QVERIFY(db.size() > 4096 * 4);
        QVERIFY(db.seek(4096 * 2 + 100));
        QCOMPARE(db.write(QByteArray(4096 * 2, '\x5a')), 4096 * 2);
    }
    const Run broken = dailies({ u"library"_s, u"check"_s, u"--library"_s, checked });
    // Found by the check (exit 1), or on the way in when the damage hides the last check's date (exit 2).
    QVERIFY2(broken.exitCode == 1 || broken.exitCode == 2, qPrintable(broken.err));
    QVERIFY2(broken.err.contains(u"damaged"_s), qPrintable(broken.err));

    const QString library = m_dir.filePath(u"foreign-library"_s);
    QDir().mkpath(library + u"/.dailies"_s);
    QFile f(library + u"/.dailies/library.sqlite"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("my own notes, not a database");
    f.close();
    const Run r = dailies({ u"queue"_s, u"list"_s, u"--library"_s, library });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"not a Dailies library"_s) && r.err.contains(u"--library"_s), qPrintable(r.err));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), "my own notes, not a database"_ba);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
