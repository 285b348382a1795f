// SPDX-License-Identifier: GPL-3.0-or-later
// The client against the real demo server over TCP: every operation, multipart upload, resumed downloads and the
// fault round trips. Retry waits go through a manual clock, so they are checked, not slept.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "../mockserver/testvideos.h"
#include "core/api/providerhealth.h"
#include "core/api/reconcile.h"
#include "core/api/videoapiclient.h"
#include "mockserver/mockserver.h"
#include "support/manualclock.h"

using namespace Qt::StringLiterals;
using namespace Dailies;
using namespace Dailies::Api;
using Dailies::Test::ManualClock;

namespace
{

// A PNG signature and IHDR chunk: the demo server, like the client, reads the size from the header.
QByteArray pngHeader(int width, int height)
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    for (int v : { width, height })
        png.append(char((v >> 24) & 0xFF))
            .append(char((v >> 16) & 0xFF))
            .append(char((v >> 8) & 0xFF))
            .append(char(v & 0xFF));
    png.append("\x08\x02\x00\x00\x00", 5).append(QByteArray(4, '\0'));
    png.append(QByteArray("\0\0\0\0IEND\xae\x42\x60\x82", 12));
    return png;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Another origin on loopback (127.0.0.0/8 all answers on Linux): records the head of every request that reaches it
// and answers each with a small MP4, so that a client which followed a redirect there would seem to succeed.
class OtherOrigin final
{
public:
    OtherOrigin() = default;
    OtherOrigin(const OtherOrigin &) = delete;
    OtherOrigin &operator=(const OtherOrigin &) = delete;
    OtherOrigin(OtherOrigin &&) = delete;
    OtherOrigin &operator=(OtherOrigin &&) = delete;
    ~OtherOrigin() = default;

    bool listen(const QHostAddress &address)
    {
        if (!m_server.listen(address))
            return false;
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto received = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
                    received->append(socket->readAll());
                    const qsizetype end = received->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    m_heads << received->left(end);
                    received->clear();
                    const QByteArray body = QByteArray("\0\0\0\x18"
                                                       "ftypmp42\0\0\0\0mp42isom",
                                                24)
                        + QByteArray(1000, 'x');
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return true;
    }

    [[nodiscard]] QString url(const QString &path) const
    {
        return u"http://%1:%2%3"_s.arg(m_server.serverAddress().toString()).arg(m_server.serverPort()).arg(path);
    }
    /// The request line and headers of every request that arrived.
    [[nodiscard]] const QList<QByteArray> &heads() const { return m_heads; }

private:
    QTcpServer m_server;
    QList<QByteArray> m_heads;
};

} // namespace

class TestClientServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Mock::MockServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ManualClock> m_clock = std::make_unique<ManualClock>();
    std::unique_ptr<VideoApiClient> m_client;
    QTemporaryDir m_dir;

    void startServer(const QString &faults = {}, const QString &key = {})
    {
        m_client.reset();
        m_server.reset();
        Mock::MockServerOptions options;
        options.timeScale = 0.02;
        options.apiKey = key;
        options.faults = faults;
        m_server = std::make_unique<Mock::MockServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_clock = std::make_unique<ManualClock>();
        m_client = std::make_unique<VideoApiClient>(ProviderProfile::demo(m_server->baseUrl()), &m_nam, m_clock.get());
        RetryPolicy policy;
        policy.random = [] {
            return 0.0;
        };
        m_client->setRetryPolicy(policy);
        m_client->setApiKey(key.isEmpty() ? u"sk-demo"_s : key);
    }

    // Waits for the call over real TCP; pending retry waits are fired on the manual clock instead of slept.
    template<typename Call>
    auto await(Call *call)
    {
        using Result = decltype(call->result());
        QSignalSpy spy(call, &Call::finished);
        for (int i = 0; i < 1500 && spy.isEmpty(); ++i) {
            if (!spy.wait(10))
                m_clock->fireNext();
        }
        call->deleteLater();
        return spy.isEmpty() ? Result {} : spy.first().first().template value<Result>();
    }

    Video completedVideo(const CreateVideoRequest &request = { .prompt = u"a lighthouse at night, slow dolly in"_s })
    {
        const VideoResult created = await(m_client->create(request));
        if (!created.ok()) {
            qWarning() << created.error.toString();
            return {};
        }
        Video v = created.video;
        for (int i = 0; i < 200 && !v.isFinished(); ++i) {
            QTest::qWait(25);
            const VideoResult r = await(m_client->retrieve(v.id));
            if (!r.ok())
                return {};
            v = r.video;
        }
        return v;
    }

private Q_SLOTS:
    void init() { startServer(); }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void createPollDownloadEveryVariant();
    void createMultipartWithImage();
    void serverRejectsReferenceOfWrongSize();
    void listPaginatesWithCursor();
    void deleteThenNotFound();
    void remixLinksParent();
    void editLinksSource();
    void extensionIsTheStitchedTotal();
    void characterRoundTrip();
    void charactersReachTheServer_data();
    void charactersReachTheServer();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void lostEditOrExtensionIsNotResent_data();
    void lostEditOrExtensionIsNotResent();
    void azureProfileSpeaksToServer();
    void resumedDownload();
    void wrongKeyIsAuthenticationError();
    void healthFollowsOutcomes();
    void errorsFromServer_data();
    void errorsFromServer();
    void faultRoundTrips_data();
    void faultRoundTrips();
    void resetMidDownloadResumes();
    void lostCreateIsReconciledNotResent();
    void redirectsStayOnTheProvider_data();
    void redirectsStayOnTheProvider();
};

void TestClientServer::createPollDownloadEveryVariant()
{
    const Video v = completedVideo({ .prompt = u"a red kite over dunes"_s, .size = u"1280x720"_s, .seconds = u"8"_s });
    QCOMPARE(toString(v.status), u"completed"_s);
    QCOMPARE(v.size, u"1280x720"_s);
    QCOMPARE(v.seconds, u"8"_s);
    QCOMPARE(v.prompt, u"a red kite over dunes"_s);
    QVERIFY(v.expiresAt.isValid());
    const QHash<ContentVariant, QString> extensions { { ContentVariant::Video, u"mp4"_s },
        { ContentVariant::Thumbnail, u"webp"_s }, { ContentVariant::Spritesheet, u"jpg"_s } };
    for (auto it = extensions.cbegin(); it != extensions.cend(); ++it) {
        const DownloadResult d = await(m_client->download(v.id, it.key(), m_dir.path(), u"kite"_s));
        QVERIFY2(d.ok(), qPrintable(d.error.toString()));
        QCOMPARE(QFileInfo(d.filePath).suffix(), it.value());
        QVERIFY(d.bytes > 0);
        QVERIFY(!QFile::exists(m_dir.filePath(u"kite.part"_s)));
    }
    QCOMPARE(readAll(m_dir.filePath(u"kite.mp4"_s)).mid(4, 4), "ftyp"_ba);
    QCOMPARE(m_server->requestCount(u"POST /videos"_s), 1);
    QCOMPARE(m_server->requestCount(u"GET /videos/{id}/content"_s), 3);
}

void TestClientServer::createMultipartWithImage()
{
    const QString image = m_dir.filePath(u"first-frame.png"_s);
    QFile f(image);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pngHeader(720, 1280));
    f.close();
    CreateVideoRequest request { .prompt = u"the still comes alive"_s, .size = u"720x1280"_s };
    request.inputReferencePath = image;
    const VideoResult r = await(m_client->create(request));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(toString(r.video.status), u"queued"_s);
}

void TestClientServer::serverRejectsReferenceOfWrongSize()
{
    // A data URL is not checked locally, so this asks the server, which must refuse it and name the field.
    CreateVideoRequest request { .prompt = u"the still comes alive"_s, .size = u"1280x720"_s };
    request.inputReferenceUrl = u"data:image/png;base64,"_s + QString::fromLatin1(pngHeader(640, 480).toBase64());
    const VideoResult r = await(m_client->create(request));
    QCOMPARE(r.error.kind, ApiError::Kind::Api);
    QCOMPARE(r.error.httpStatus, 400);
    QVERIFY2(r.error.param.startsWith(u"input_reference"_s), qPrintable(r.error.param));
    QVERIFY(!r.error.outcomeUnknown);
    QVERIFY(!r.error.requestId.isEmpty());
}

void TestClientServer::listPaginatesWithCursor()
{
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        const VideoResult r = await(m_client->create({ .prompt = u"take %1"_s.arg(i) }));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        ids << r.video.id;
    }
    const VideoListResult all = await(m_client->list({ .limit = 2, .order = u"asc"_s, .allPages = true }));
    QVERIFY2(all.ok(), qPrintable(all.error.toString()));
    QCOMPARE(all.pagesFetched, 3);
    QStringList listed;
    for (const Video &v : all.page.data)
        listed << v.id;
    QCOMPARE(listed, ids);
    QCOMPARE(m_server->requestCount(u"GET /videos"_s), 3);

    const VideoListResult first = await(m_client->list({ .limit = 2, .order = u"desc"_s }));
    QCOMPARE(first.page.data.size(), 2);
    QVERIFY(first.page.hasMore);
    QCOMPARE(first.page.data.first().id, ids.last());
    const VideoListResult bad = await(m_client->list({ .after = u"video_nope"_s }));
    QCOMPARE(bad.error.httpStatus, 400);
    QCOMPARE(bad.error.param, u"after"_s);
}

void TestClientServer::deleteThenNotFound()
{
    const Video v = completedVideo();
    QCOMPARE(toString(v.status), u"completed"_s);
    const DeleteVideoResult d = await(m_client->remove(v.id));
    QVERIFY2(d.ok(), qPrintable(d.error.toString()));
    QVERIFY(d.deleted.deleted);
    QCOMPARE(d.deleted.id, v.id);
    const VideoResult gone = await(m_client->retrieve(v.id));
    QVERIFY(gone.error.isNotFound());
    QCOMPARE(gone.error.kind, ApiError::Kind::Api);
    const DownloadResult none = await(m_client->download(v.id, ContentVariant::Video, m_dir.path(), u"gone"_s));
    QVERIFY(none.error.isNotFound());
    QVERIFY(QDir(m_dir.path()).entryList({ u"gone*"_s }, QDir::Files).isEmpty());
}

void TestClientServer::remixLinksParent()
{
    const Video parent = completedVideo({ .prompt = u"a cat on a piano"_s, .size = u"1280x720"_s });
    QCOMPARE(toString(parent.status), u"completed"_s);
    const VideoResult child = await(m_client->remix(parent.id, u"the cat takes a bow"_s));
    QVERIFY2(child.ok(), qPrintable(child.error.toString()));
    QCOMPARE(child.video.remixedFromVideoId, parent.id);
    QCOMPARE(child.video.size, u"1280x720"_s);
    QCOMPARE(child.video.prompt, u"the cat takes a bow"_s);
}

void TestClientServer::editLinksSource()
{
    const Video source = completedVideo({ .prompt = u"a paper boat in a gutter"_s, .size = u"1280x720"_s });
    QCOMPARE(toString(source.status), u"completed"_s);
    const VideoResult edited = await(m_client->edit(source.id, u"make it a toy sailboat"_s));
    QVERIFY2(edited.ok(), qPrintable(edited.error.toString()));
    QCOMPARE(edited.video.remixedFromVideoId, source.id);
    QCOMPARE(edited.video.prompt, u"make it a toy sailboat"_s);
    QCOMPARE(edited.video.size, u"1280x720"_s);
    QCOMPARE(m_server->requestCount(u"POST /videos/edits"_s), 1);
}

void TestClientServer::extensionIsTheStitchedTotal()
{
    const Video source = completedVideo({ .prompt = u"a kite rises"_s, .seconds = u"8"_s });
    QCOMPARE(toString(source.status), u"completed"_s);
    const VideoResult extended = await(m_client->extend(source.id, u"the kite loops once"_s, u"12"_s));
    QVERIFY2(extended.ok(), qPrintable(extended.error.toString()));
    QCOMPARE(extended.video.remixedFromVideoId, source.id);
    QCOMPARE(extended.video.seconds, u"20"_s);
    QCOMPARE(m_server->requestCount(u"POST /videos/extensions"_s), 1);
}

void TestClientServer::characterRoundTrip()
{
    const QString clip = m_dir.filePath(u"mara.mp4"_s);
    QFile f(clip);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(TestVideos::mp4(3000));
    f.close();
    const CharacterResult made = await(m_client->createCharacter(u"Mara"_s, clip));
    QVERIFY2(made.ok(), qPrintable(made.error.toString()));
    QVERIFY2(made.character.id.startsWith(u"char_"_s), qPrintable(made.character.id));
    QCOMPARE(made.character.name, u"Mara"_s);
    QVERIFY(made.character.createdAt.isValid());
    const CharacterResult got = await(m_client->retrieveCharacter(made.character.id));
    QVERIFY2(got.ok(), qPrintable(got.error.toString()));
    QCOMPARE(got.character.id, made.character.id);
    QCOMPARE(got.character.name, u"Mara"_s);
    const CharacterResult none = await(m_client->retrieveCharacter(u"char_0000"_s));
    QVERIFY(none.error.isNotFound());
}

void TestClientServer::charactersReachTheServer_data()
{
    QTest::addColumn<bool>("multipart");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("param"); // empty: accepted
    QTest::newRow("json, named") << false << u"Mara waves from a rowing boat"_s << QString();
    QTest::newRow("json, name missing") << false << u"a woman waves from a rowing boat"_s << u"prompt"_s;
    QTest::newRow("multipart, named") << true << u"Mara waves from a rowing boat"_s << QString();
    // Only a server that read the characters from the form can miss the name: proof of the encoding.
    QTest::newRow("multipart, name missing") << true << u"a woman waves from a rowing boat"_s << u"prompt"_s;
}

void TestClientServer::charactersReachTheServer()
{
    QFETCH(bool, multipart);
    QFETCH(QString, prompt);
    QFETCH(QString, param);
    const QString clip = m_dir.filePath(u"mara.mp4"_s);
    QFile f(clip);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(TestVideos::mp4(3000));
    f.close();
    const CharacterResult made = await(m_client->createCharacter(u"Mara"_s, clip));
    QVERIFY2(made.ok(), qPrintable(made.error.toString()));
    CreateVideoRequest request { .prompt = prompt, .size = u"720x1280"_s };
    request.characters = { made.character.id };
    if (multipart) {
        const QString image = m_dir.filePath(u"first-frame.png"_s);
        QFile png(image);
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write(pngHeader(720, 1280));
        png.close();
        request.inputReferencePath = image;
    }
    const VideoResult r = await(m_client->create(request));
    if (param.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    } else {
        QCOMPARE(r.error.httpStatus, 400);
        QCOMPARE(r.error.param, param);
    }
}

void TestClientServer::refusedBeforeSending_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("param");
    QTest::newRow("extension of 5 s") << u"extend 5"_s << u"seconds"_s;
    QTest::newRow("extension of 24 s") << u"extend 24"_s << u"seconds"_s;
    QTest::newRow("edit with an empty prompt") << u"edit"_s << u"prompt"_s;
    QTest::newRow("edit of a bad id") << u"edit bad?id"_s << u"video_id"_s;
    QTest::newRow("character from a PNG") << u"character png"_s << u"video"_s;
    QTest::newRow("character from a 6 s clip") << u"character 6s"_s << u"video"_s;
    QTest::newRow("character from a 1 s clip") << u"character 1s"_s << u"video"_s;
    QTest::newRow("character from an MP4 without a movie header") << u"character nomoov"_s << u"video"_s;
    QTest::newRow("character without a name") << u"character noname"_s << u"name"_s;
    QTest::newRow("character with an 81-character name") << u"character longname"_s << u"name"_s;
    QTest::newRow("three characters") << u"create 3 characters"_s << u"characters"_s;
}

void TestClientServer::refusedBeforeSending()
{
    QFETCH(QString, operation);
    QFETCH(QString, param);
    const QString clip = m_dir.filePath(u"c.mp4"_s);
    QFile f(clip);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(operation == "character png"_L1      ? pngHeader(720, 1280)
            : operation == "character 6s"_L1     ? TestVideos::mp4(6000)
            : operation == "character 1s"_L1     ? TestVideos::mp4(1000)
            : operation == "character nomoov"_L1 ? TestVideos::mp4(3000, TestVideos::Layout::NoMoov)
                                                 : TestVideos::mp4(3000));
    f.close();
    ApiError error;
    if (operation.startsWith("extend"_L1)) {
        error = await(m_client->extend(u"video_1"_s, u"more"_s, operation.section(u' ', 1))).error;
    } else if (operation.startsWith("edit"_L1)) {
        const QString id = operation.section(u' ', 1);
        error = await(m_client->edit(id.isEmpty() ? u"video_1"_s : id, id.isEmpty() ? u" "_s : u"x"_s)).error;
    } else if (operation.startsWith("character"_L1)) {
        const QString name = operation == "character noname"_L1 ? u"  "_s
            : operation == "character longname"_L1              ? QString(81, u'n')
                                                                : u"Mara"_s;
        error = await(m_client->createCharacter(name, clip)).error;
    } else {
        CreateVideoRequest request { .prompt = u"A, B and C"_s };
        request.characters = { u"char_a"_s, u"char_b"_s, u"char_c"_s };
        error = await(m_client->create(request)).error;
    }
    QCOMPARE(error.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(error.param, param);
    QCOMPARE(m_server->requestCount(u"POST /videos/extensions"_s), 0);
    QCOMPARE(m_server->requestCount(u"POST /videos/edits"_s), 0);
    QCOMPARE(m_server->requestCount(u"POST /videos/characters"_s), 0);
    QCOMPARE(m_server->requestCount(u"POST /videos"_s), 0);
}

void TestClientServer::lostEditOrExtensionIsNotResent_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("route");
    QTest::newRow("edit") << u"edit"_s << u"POST /videos/edits"_s;
    QTest::newRow("extend") << u"extend"_s << u"POST /videos/extensions"_s;
}

void TestClientServer::lostEditOrExtensionIsNotResent()
{
    QFETCH(QString, operation);
    QFETCH(QString, route);
    const Video source = completedVideo();
    QCOMPARE(toString(source.status), u"completed"_s);
    QVERIFY(m_server->setFaults(u"lose@%1:times=1"_s.arg(operation)));
    const VideoResult r = await(operation == "edit"_L1 ? m_client->edit(source.id, u"at dawn"_s)
                                                       : m_client->extend(source.id, u"at dawn"_s, u"4"_s));
    QVERIFY(!r.ok());
    QVERIFY(r.error.outcomeUnknown);
    QCOMPARE(m_server->requestCount(route), 1);
}

void TestClientServer::azureProfileSpeaksToServer()
{
    startServer({}, u"azure-key"_s);
    QUrl resource = m_server->baseUrl();
    resource.setPath(QString());
    VideoApiClient azure(ProviderProfile::azure(u"az"_s, resource), &m_nam, m_clock.get());
    QCOMPARE(azure.profile().baseUrl.path(), u"/openai/v1"_s);
    azure.setApiKey(u"azure-key"_s);
    const VideoResult r = await(azure.create({ .prompt = u"via the Azure path"_s }));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const VideoListResult list = await(azure.list());
    QCOMPARE(list.page.data.size(), 1);
}

void TestClientServer::resumedDownload()
{
    const Video v = completedVideo();
    const DownloadResult whole = await(m_client->download(v.id, ContentVariant::Video, m_dir.path(), u"whole"_s));
    QVERIFY2(whole.ok(), qPrintable(whole.error.toString()));
    const QByteArray content = readAll(whole.filePath);
    QVERIFY(content.size() > 1000);
    {
        QFile part(m_dir.filePath(u"again.part"_s));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(content.left(content.size() / 3));
    }
    const DownloadResult resumed = await(m_client->download(v.id, ContentVariant::Video, m_dir.path(), u"again"_s));
    QVERIFY2(resumed.ok(), qPrintable(resumed.error.toString()));
    QCOMPARE(resumed.resumedFrom, content.size() / 3);
    QCOMPARE(readAll(resumed.filePath), content);

    // A part file that is already complete: the server answers 416 and the file is finished without a body.
    {
        QFile part(m_dir.filePath(u"complete.part"_s));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(content);
    }
    const DownloadResult complete = await(m_client->download(v.id, ContentVariant::Video, m_dir.path(), u"complete"_s));
    QVERIFY2(complete.ok(), qPrintable(complete.error.toString()));
    QCOMPARE(readAll(complete.filePath), content);
}

void TestClientServer::wrongKeyIsAuthenticationError()
{
    startServer({}, u"sk-right"_s);
    m_client->setApiKey(u"sk-wrong-key"_s);
    const VideoResult r = await(m_client->retrieve(u"video_1"_s));
    QCOMPARE(r.error.httpStatus, 401);
    QCOMPARE(r.error.code, u"invalid_api_key"_s);
    QVERIFY(r.error.isAuthentication());
    QVERIFY(!r.error.message.contains(u"sk-wrong-key"_s)); // the server redacts it
    QCOMPARE(m_server->requestCount(u"GET /videos/{id}"_s), 1);
}

void TestClientServer::healthFollowsOutcomes()
{
    startServer({}, u"sk-right"_s);
    QSignalSpy changed(m_client.get(), &VideoApiClient::healthChanged);
    QCOMPARE(m_client->health().status, ProviderHealth::Status::Unknown);
    QVERIFY(await(m_client->list({ .limit = 1 })).ok());
    QCOMPARE(m_client->health().status, ProviderHealth::Status::Healthy);
    QCOMPARE(changed.size(), 1);
    QVERIFY(await(m_client->list({ .limit = 1 })).ok());
    QCOMPARE(changed.size(), 1); // still healthy: no signal

    m_client->setApiKey(u"sk-wrong-key"_s);
    QVERIFY(!await(m_client->list({ .limit = 1 })).ok());
    QCOMPARE(m_client->health().status, ProviderHealth::Status::KeyRefused);
    QCOMPARE(changed.size(), 2);

    m_client->setApiKey(u"sk-right"_s);
    QVERIFY(m_server->setFaults(u"429@list:times=1,retry-after=5"_s));
    RetryPolicy once;
    once.maxRetries = 0;
    m_client->setRetryPolicy(once);
    QVERIFY(!await(m_client->list({ .limit = 1 })).ok());
    QCOMPARE(m_client->health().status, ProviderHealth::Status::RateLimited);
    QVERIFY(m_client->health().retryAt.isValid());

    m_server.reset(); // nobody listens there now
    QVERIFY(!await(m_client->list({ .limit = 1 })).ok());
    QCOMPARE(m_client->health().status, ProviderHealth::Status::Unreachable);
    QVERIFY(!m_client->health().detail.isEmpty());
}

void TestClientServer::errorsFromServer_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("size");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("param");
    QTest::addColumn<int>("kind");

    QTest::newRow("unknown model") << QString() << u"x"_s << u"sora-9"_s << QString() << 400 << u"invalid_value"_s
                                   << u"model"_s << int(ApiError::Kind::Api);
    QTest::newRow("size the model lacks") << QString() << u"x"_s << u"sora-2"_s << u"1920x1080"_s << 400
                                          << u"invalid_value"_s << u"size"_s << int(ApiError::Kind::Api);
    QTest::newRow("moderation at create")
        << u"moderation:words=forbidden"_s << u"a forbidden scene"_s << QString() << QString() << 400
        << u"moderation_blocked"_s << QString() << int(ApiError::Kind::Api);
    QTest::newRow("quota") << u"quota@create:times=1"_s << u"x"_s << QString() << QString() << 429
                           << u"insufficient_quota"_s << QString() << int(ApiError::Kind::Api);
    QTest::newRow("garbage answer") << u"garbage@create:times=1"_s << u"x"_s << QString() << QString() << 200
                                    << QString() << QString() << int(ApiError::Kind::Parse);
}

void TestClientServer::errorsFromServer()
{
    QFETCH(QString, faults);
    QFETCH(QString, prompt);
    QFETCH(QString, model);
    QFETCH(QString, size);
    QFETCH(int, httpStatus);
    QFETCH(QString, code);
    QFETCH(QString, param);
    QFETCH(int, kind);
    startServer(faults);
    const VideoResult r = await(m_client->create({ .prompt = prompt, .model = model, .size = size }));
    QCOMPARE(int(r.error.kind), kind);
    QCOMPARE(r.error.httpStatus, httpStatus);
    QCOMPARE(r.error.code, code);
    QCOMPARE(r.error.param, param);
    QCOMPARE(m_server->requestCount(u"POST /videos"_s), 1); // none of these may be sent twice
}

void TestClientServer::faultRoundTrips_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QList<qint64>>("delays");

    QTest::newRow("429 Retry-After honoured") << u"429@retrieve:times=1,retry-after=2"_s << 2 << QList<qint64> { 2000 };
    QTest::newRow("503 retried") << u"503@retrieve:times=2"_s << 3 << QList<qint64> { 500, 1000 };
    QTest::newRow("502 retried") << u"502@retrieve:times=1"_s << 2 << QList<qint64> { 500 };
    QTest::newRow("reset mid-body retried") << u"reset@retrieve:times=1"_s << 2 << QList<qint64> { 500 };
    QTest::newRow("truncated body retried") << u"truncate@retrieve:times=1"_s << 2 << QList<qint64> { 500 };
}

void TestClientServer::faultRoundTrips()
{
    QFETCH(QString, faults);
    QFETCH(int, requests);
    QFETCH(QList<qint64>, delays);
    const VideoResult created = await(m_client->create({ .prompt = u"a heron in fog"_s }));
    QVERIFY2(created.ok(), qPrintable(created.error.toString()));
    QVERIFY(m_server->setFaults(faults));
    const VideoResult r = await(m_client->retrieve(created.video.id));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.video.id, created.video.id);
    QCOMPARE(r.meta.attempts, requests);
    // After a connection closed mid-answer, Qt may send the retry on the dead keep-alive connection and then
    // re-send that GET itself (harmless for a GET; creates are guarded by OneShotBody), so the server may see more.
    QVERIFY(m_server->requestCount(u"GET /videos/{id}"_s) >= requests);
    QList<qint64> asked = m_clock->requestedDelays();
    asked.removeIf([](qint64 d) { return d == 0; });
    QCOMPARE(asked, delays);
}

void TestClientServer::resetMidDownloadResumes()
{
    const Video v = completedVideo();
    const DownloadResult clean = await(m_client->download(v.id, ContentVariant::Video, m_dir.path(), u"clean"_s));
    QVERIFY2(clean.ok(), qPrintable(clean.error.toString()));
    QVERIFY(m_server->setFaults(u"reset@content:times=1,at=0.5"_s));
    const DownloadResult r = await(m_client->download(v.id, ContentVariant::Video, m_dir.path(), u"flaky"_s));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.meta.attempts, 2);
    QCOMPARE(readAll(r.filePath), readAll(clean.filePath));
    QCOMPARE(QDir(m_dir.path()).entryList({ u"*.part"_s }, QDir::Files), QStringList());
}

void TestClientServer::lostCreateIsReconciledNotResent()
{
    QVERIFY(m_server->setFaults(u"lose@create:times=1"_s));
    const CreateVideoRequest request { .prompt = u"a lantern festival, wide shot"_s, .size = u"1280x720"_s };
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    const VideoResult r = await(m_client->create(request));
    QVERIFY(!r.ok());
    QVERIFY(r.error.outcomeUnknown);
    QCOMPARE(m_server->requestCount(u"POST /videos"_s), 1); // not retried blindly
    const VideoListResult list = await(m_client->list({ .limit = 20 }));
    QVERIFY(list.ok());
    const std::optional<Video> found = matchLostCreate(list.page, request, sentAt, {});
    QVERIFY(found.has_value());
    QCOMPARE(found->prompt, request.prompt);
    QCOMPARE(m_server->requestCount(u"POST /videos"_s), 1);
}

void TestClientServer::redirectsStayOnTheProvider_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("otherAddress"); // empty: a redirect to the same URL on the provider
    QTest::addColumn<bool>("azure");
    QTest::addColumn<int>("status");

    QTest::newRow("download sent to another host") << u"content"_s << u"127.0.0.2"_s << false << 302;
    QTest::newRow("download sent to another port") << u"content"_s << u"127.0.0.1"_s << false << 302;
    QTest::newRow("download sent to another host, Azure key") << u"content"_s << u"127.0.0.2"_s << true << 307;
    QTest::newRow("poll sent to another host") << u"retrieve"_s << u"127.0.0.2"_s << false << 307;
    QTest::newRow("poll sent to another host, Azure key") << u"retrieve"_s << u"127.0.0.2"_s << true << 302;
    QTest::newRow("download moved on the provider") << u"content"_s << QString() << false << 307;
    QTest::newRow("poll moved on the provider") << u"retrieve"_s << QString() << true << 302;
}

// The demo server answers with a real 302 or 307 over TCP, so this is Qt's redirect handling and the client's policy
// together: only a same-origin redirect is followed, and the key never reaches another origin.
void TestClientServer::redirectsStayOnTheProvider()
{
    QFETCH(QString, route);
    QFETCH(QString, otherAddress);
    QFETCH(bool, azure);
    QFETCH(int, status);
    startServer({}, u"sk-provider-key"_s);
    const Video v = completedVideo();
    QCOMPARE(toString(v.status), u"completed"_s);

    QUrl resource = m_server->baseUrl();
    resource.setPath(QString());
    VideoApiClient client(
        azure ? ProviderProfile::azure(u"az"_s, resource) : ProviderProfile::demo(m_server->baseUrl()), &m_nam,
        m_clock.get());
    client.setApiKey(u"sk-provider-key"_s);

    OtherOrigin other;
    const bool crossOrigin = !otherAddress.isEmpty();
    if (crossOrigin) {
        QVERIFY(other.listen(QHostAddress(otherAddress)));
        QVERIFY(m_server->setFaults(
            u"redirect@%1:to=%2,status=%3"_s.arg(route, other.url(u"/v1/videos/stolen"_s)).arg(status)));
    } else {
        QVERIFY(m_server->setFaults(u"redirect@%1:times=1,status=%2"_s.arg(route).arg(status)));
    }
    const QString counter = route == "content"_L1 ? u"GET /videos/{id}/content"_s : u"GET /videos/{id}"_s;
    const int before = m_server->requestCount(counter);

    ApiError error;
    int attempts = 0;
    if (route == "content"_L1) {
        const DownloadResult d = await(client.download(v.id, ContentVariant::Video, m_dir.path(), u"redirected"_s));
        error = d.error;
        attempts = d.meta.attempts;
        if (d.ok())
            QCOMPARE(readAll(d.filePath).mid(4, 4), "ftyp"_ba);
        QCOMPARE(QFileInfo::exists(m_dir.filePath(u"redirected.mp4"_s)), d.ok());
        QFile::remove(m_dir.filePath(u"redirected.mp4"_s));
        QFile::remove(m_dir.filePath(u"redirected.part"_s));
    } else {
        const VideoResult r = await(client.retrieve(v.id));
        error = r.error;
        attempts = r.meta.attempts;
        if (r.ok())
            QCOMPARE(r.video.id, v.id);
    }

    for (const QByteArray &head : other.heads()) { // none should arrive at all; the key least of all
        QVERIFY2(!head.toLower().contains("sk-provider-key"), head.constData());
    }
    QVERIFY2(other.heads().isEmpty(), other.heads().join("\n---\n").constData());
    if (crossOrigin) {
        QVERIFY(error);
        QCOMPARE(error.kind, ApiError::Kind::Config);
        QVERIFY2(
            error.message.contains(u"redirected"_s) && error.message.contains(u"API key"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(otherAddress), qPrintable(error.message));
        QCOMPARE(attempts, 1); // refused, not retried
        QCOMPARE(m_server->requestCount(counter) - before, 1);
    } else {
        // Followed: the server saw the redirect and then the URL it named, and the client did not refuse it.
        QVERIFY2(error.kind != ApiError::Kind::Config, qPrintable(error.toString()));
        QVERIFY(m_server->requestCount(counter) - before >= 2);
        // Qt 6.4 now and then sends the followed request twice over a kept-alive connection and merges both
        // answers into one reply (Content-Type "application/json, application/json"), which the client refuses as
        // unreadable. That is Qt's doing, not the redirect policy's (reported in issue 9), so it is only noted.
        if (error)
            qWarning("the followed redirect failed: %s", qPrintable(error.toString()));
    }
}

QTEST_GUILESS_MAIN(TestClientServer)
#include "tst_clientserver.moc"
