// SPDX-License-Identifier: GPL-3.0-or-later
// The demo server over real TCP, through a plain QNetworkAccessManager: validation, lifecycle, content, ranges,
// pagination, delete, expiry, remix, edits, extensions, characters, persistence, counters, keep-alive and the
// standalone executable.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "mockclient.h"
#include "mockserver/mockserver.h"
#include "testimages.h"
#include "testvideos.h"

using namespace Qt::StringLiterals;
using Dailies::Mock::MockServer;
using Dailies::Mock::MockServerOptions;

namespace
{
const QString kKey = u"sk-test-key-1234"_s;
constexpr double kTimeScale = 0.02;
constexpr int kJobTimeoutMs = 20000;

// Polls GET /videos/{id} (through QTRY, which keeps the event loop running) until the status is reached.
#define WAIT_FOR_STATUS(client, id, wanted)                                                                            \
    QTRY_COMPARE_WITH_TIMEOUT((client).status(id), QString(wanted), kJobTimeoutMs)

struct FormPart {
    QByteArray name;
    QByteArray data;
    QByteArray fileName;
    QByteArray contentType;
};

/// A multipart/form-data body the way httpx and node's FormData write it; returns {body, Content-Type}.
QPair<QByteArray, QByteArray> multipart(const QList<FormPart> &parts, const QByteArray &boundary = "dailiesBoundary42")
{
    QByteArray body;
    for (const FormPart &part : parts) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name + '"';
        if (!part.fileName.isNull())
            body += "; filename=\"" + part.fileName + '"';
        body += "\r\n";
        if (!part.contentType.isEmpty())
            body += "Content-Type: " + part.contentType + "\r\n";
        body += "\r\n" + part.data + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return { body, "multipart/form-data; boundary=" + boundary };
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString dataUrl(const QByteArray &mime, const QByteArray &bytes)
{
    return QString::fromLatin1("data:" + mime + ";base64," + bytes.toBase64());
}

QString nullableString(const QJsonValue &value)
{
    return value.isNull() ? QString() : value.toString();
}

/// POST /videos/characters with a name and an MP4 (3 s by default); returns the reply.
MockClient::Reply postCharacter(MockClient &client, const QByteArray &name, const QByteArray &video)
{
    const auto form = multipart({ { "name", name, {}, {} }, { "video", video, "clip.mp4", "video/mp4" } });
    return client.post(u"/videos/characters"_s, form.first, form.second);
}

QString createCharacter(MockClient &client, const QByteArray &name)
{
    return postCharacter(client, name, TestVideos::mp4(3000)).json().value(u"id"_s).toString();
}

QJsonObject videoRef(const QString &id)
{
    return QJsonObject { { u"id"_s, id } };
}

/// POST /videos/extensions with a JSON body; the reply's Video object.
QJsonObject extendVideo(MockClient &client, const QString &id, const QString &seconds, const QString &prompt)
{
    return client
        .postJson(u"/videos/extensions"_s,
            { { u"video"_s, videoRef(id) }, { u"prompt"_s, prompt }, { u"seconds"_s, seconds } })
        .json();
}

/// The duration, and the codec and size of each stream, of an MP4 as ffprobe reports them (empty without ffprobe).
QJsonObject probe(const QByteArray &mp4)
{
    const QString ffprobe = QStandardPaths::findExecutable(u"ffprobe"_s);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"clip.mp4"_s));
    if (ffprobe.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(mp4) != mp4.size())
        return {};
    file.close();
    QProcess process;
    process.start(ffprobe,
        { u"-v"_s, u"error"_s, u"-show_entries"_s, u"stream=codec_type,codec_name,width,height"_s, u"-show_entries"_s,
            u"format=duration"_s, u"-of"_s, u"json"_s, file.fileName() });
    if (!process.waitForFinished(10000))
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

/// One frame at `seconds`, scaled to 64x36 grey bytes by ffmpeg (empty without it).
QByteArray greyFrame(const QString &path, double seconds)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"ffmpeg"_s),
        { u"-v"_s, u"error"_s, u"-ss"_s, QString::number(seconds), u"-i"_s, path, u"-frames:v"_s, u"1"_s, u"-vf"_s,
            u"scale=64:36"_s, u"-f"_s, u"rawvideo"_s, u"-pix_fmt"_s, u"gray"_s, u"-"_s });
    return process.waitForFinished(10000) ? process.readAllStandardOutput() : QByteArray();
}

/// The mean absolute difference of two grey frames (0..255); 255 when they cannot be compared.
double difference(const QByteArray &a, const QByteArray &b)
{
    if (a.isEmpty() || a.size() != b.size())
        return 255.0;
    double sum = 0.0;
    for (qsizetype i = 0; i < a.size(); ++i)
        sum += std::abs(static_cast<quint8>(a.at(i)) - static_cast<quint8>(b.at(i)));
    return sum / static_cast<double>(a.size());
}

QString executablePath()
{
    QString dir = qEnvironmentVariable("DAILIES_BINARY_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath() + u"/../.."_s;
    return QDir::cleanPath(dir + u"/app/dailies-mockserver"_s);
}
} // namespace

class TestMockServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createValidation_data();
    void createValidation();
    void videoObjectShape();
    void commonHeaders();
    void pollAfterHeader();
    void authentication_data();
    void authentication();
    void routeErrors_data();
    void routeErrors();
    void multipartFromQt();
    void lifecycleWithFfmpeg();
    void bundledClips_data();
    void bundledClips();
    void ranges_data();
    void ranges();
    void pagination();
    void deleteVideo();
    void expiry();
    void remix();
    void characterValidation_data();
    void characterValidation();
    void characterRoundTrip();
    void charactersOnCreate_data();
    void charactersOnCreate();
    void sourceValidation_data();
    void sourceValidation();
    void edit();
    void extensionChain();
    void extensionTotalLength();
    void extensionWithFfmpeg();
    void persistence();
    void requestCounters();
    void keepAliveAndPipelining();
    void bodyLimit_data();
    void bodyLimit();
    void standaloneExecutable();
    void standaloneBadOptions_data();
    void standaloneBadOptions();

private:
    std::unique_ptr<MockServer> startServer(MockServerOptions options);
    QString placeholders(QString text) const;
    QByteArray placeholders(const QByteArray &text) const;

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<MockClient> m_client;
    QString m_doneId;
    QString m_busyId;
    QString m_deletedId;
    QString m_mossyId; // a character named "Mossy"
    QString m_owlId; // a character named "Fern the Owl"
    QByteArray m_doneVideo;
};

std::unique_ptr<MockServer> TestMockServer::startServer(MockServerOptions options)
{
    auto server = std::make_unique<MockServer>(std::move(options));
    QString error;
    if (!server->start(&error)) {
        qWarning("cannot start the demo server: %s", qUtf8Printable(error));
        return nullptr;
    }
    return server;
}

QString TestMockServer::placeholders(QString text) const
{
    return text.replace(u"{done}"_s, m_doneId)
        .replace(u"{busy}"_s, m_busyId)
        .replace(u"{deleted}"_s, m_deletedId)
        .replace(u"{mossy}"_s, m_mossyId)
        .replace(u"{owl}"_s, m_owlId);
}

QByteArray TestMockServer::placeholders(const QByteArray &text) const
{
    return placeholders(QString::fromUtf8(text)).toUtf8();
}

void TestMockServer::initTestCase()
{
    MockServerOptions options;
    options.apiKey = kKey;
    options.timeScale = kTimeScale;
    options.ffmpeg = u"none"_s;
    m_server = startServer(options);
    QVERIFY(m_server);
    QVERIFY(m_server->port() > 0);
    QCOMPARE(m_server->baseUrl(), QUrl(u"http://127.0.0.1:%1/v1"_s.arg(m_server->port())));
    m_client = std::make_unique<MockClient>(m_server->baseUrl(), kKey);

    m_doneId = m_client->createVideo({ { u"prompt"_s, u"A finished take"_s } }).value(u"id"_s).toString();
    QVERIFY(!m_doneId.isEmpty());
    m_deletedId = m_client->createVideo({ { u"prompt"_s, u"A deleted take"_s } }).value(u"id"_s).toString();
    QVERIFY(!m_deletedId.isEmpty());
    m_mossyId = createCharacter(*m_client, "Mossy");
    m_owlId = createCharacter(*m_client, "Fern the Owl");
    QVERIFY(m_mossyId.startsWith(u"char_"_s) && m_owlId.startsWith(u"char_"_s));
    QVERIFY(m_server->setFaults(u"stuck@create:times=1"_s));
    m_busyId = m_client->createVideo({ { u"prompt"_s, u"A take that never ends"_s } }).value(u"id"_s).toString();
    QVERIFY(!m_busyId.isEmpty());
    QVERIFY(m_server->setFaults(QString()));
    WAIT_FOR_STATUS(*m_client, m_doneId, u"completed"_s);
    WAIT_FOR_STATUS(*m_client, m_deletedId, u"completed"_s);
    QCOMPARE(m_client->deleteResource(u"/videos/"_s + m_deletedId).status, 200);
    const MockClient::Reply video = m_client->get(u"/videos/%1/content"_s.arg(m_doneId));
    QCOMPARE(video.status, 200);
    m_doneVideo = video.body;
    QVERIFY(m_doneVideo.size() > 1000);
}

void TestMockServer::cleanupTestCase()
{
    m_client.reset();
    m_server.reset();
}

void TestMockServer::createValidation_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const QByteArray jsonType = "application/json";
    const QString prompt = u"A calico cat playing a piano on stage"_s;
    const QString tooLong(32001, u'a');
    const QString longest(32000, u'é');

    QTest::newRow("minimal json") << jsonType << json({ { u"prompt"_s, prompt } }) << 200 << QString() << QString()
                                  << QString();
    QTest::newRow("prompt missing") << jsonType << json({ { u"model"_s, u"sora-2"_s } }) << 400 << u"prompt"_s
                                    << u"missing_required_parameter"_s << u"Missing required parameter: 'prompt'."_s;
    QTest::newRow("prompt not a string") << jsonType << json({ { u"prompt"_s, 42 } }) << 400 << u"prompt"_s
                                         << u"invalid_type"_s << u"but got an integer instead"_s;
    QTest::newRow("prompt null") << jsonType << json({ { u"prompt"_s, QJsonValue::Null } }) << 400 << u"prompt"_s
                                 << u"invalid_type"_s << u"got null instead"_s;
    QTest::newRow("prompt empty") << jsonType << json({ { u"prompt"_s, QString() } }) << 400 << u"prompt"_s
                                  << u"string_below_min_length"_s << u"minimum length 1"_s;
    QTest::newRow("prompt over 32000") << jsonType << json({ { u"prompt"_s, tooLong } }) << 400 << u"prompt"_s
                                       << u"string_above_max_length"_s
                                       << u"maximum length 32000, but got a string with length 32001"_s;
    QTest::newRow("prompt of 32000 characters")
        << jsonType << json({ { u"prompt"_s, longest } }) << 200 << QString() << QString() << QString();
    QTest::newRow("model unknown") << jsonType << json({ { u"prompt"_s, prompt }, { u"model"_s, u"sora-3"_s } }) << 400
                                   << u"model"_s << u"invalid_value"_s
                                   << u"Invalid value: 'sora-3'. Supported values are: 'sora-2', 'sora-2-pro'"_s;
    QTest::newRow("model not a string") << jsonType << json({ { u"prompt"_s, prompt }, { u"model"_s, 2 } }) << 400
                                        << u"model"_s << u"invalid_type"_s << QString();
    QTest::newRow("model dated snapshot")
        << jsonType << json({ { u"prompt"_s, prompt }, { u"model"_s, u"sora-2-2025-12-08"_s } }) << 200 << QString()
        << QString() << QString();
    QTest::newRow("size malformed") << jsonType << json({ { u"prompt"_s, prompt }, { u"size"_s, u"720p"_s } }) << 400
                                    << u"size"_s << u"invalid_value"_s << u"Invalid value: '720p'"_s;
    QTest::newRow("size not for sora-2") << jsonType << json({ { u"prompt"_s, prompt }, { u"size"_s, u"1920x1080"_s } })
                                         << 400 << u"size"_s << u"invalid_value"_s << u"The model 'sora-2'"_s;
    QTest::newRow("size 1024x1792 not for sora-2")
        << jsonType << json({ { u"prompt"_s, prompt }, { u"size"_s, u"1024x1792"_s } }) << 400 << u"size"_s
        << u"invalid_value"_s << QString();
    QTest::newRow("size 1080p on pro") << jsonType
                                       << json({ { u"prompt"_s, prompt }, { u"model"_s, u"sora-2-pro"_s },
                                              { u"size"_s, u"1920x1080"_s } })
                                       << 200 << QString() << QString() << QString();
    QTest::newRow("size unknown on pro") << jsonType
                                         << json({ { u"prompt"_s, prompt }, { u"model"_s, u"sora-2-pro-2025-10-06"_s },
                                                { u"size"_s, u"640x480"_s } })
                                         << 400 << u"size"_s << u"invalid_value"_s << QString();
    QTest::newRow("seconds as a number") << jsonType << json({ { u"prompt"_s, prompt }, { u"seconds"_s, 8 } }) << 400
                                         << u"seconds"_s << u"invalid_type"_s
                                         << u"expected one of '4', '8', '12', '16', '20', but got an integer instead"_s;
    QTest::newRow("seconds as a decimal") << jsonType << json({ { u"prompt"_s, prompt }, { u"seconds"_s, 4.5 } }) << 400
                                          << u"seconds"_s << u"invalid_type"_s << u"but got a decimal instead"_s;
    QTest::newRow("seconds unsupported") << jsonType << json({ { u"prompt"_s, prompt }, { u"seconds"_s, u"5"_s } })
                                         << 400 << u"seconds"_s << u"invalid_value"_s << u"Invalid value: '5'"_s;
    QTest::newRow("seconds 20") << jsonType << json({ { u"prompt"_s, prompt }, { u"seconds"_s, u"20"_s } }) << 200
                                << QString() << QString() << QString();
    QTest::newRow("unknown field") << jsonType << json({ { u"prompt"_s, prompt }, { u"quality"_s, u"high"_s } }) << 400
                                   << u"quality"_s << u"unknown_parameter"_s
                                   << u"Unrecognized request argument supplied: quality"_s;
    // characters: the shape here, the characters themselves in charactersOnCreate
    const auto withCharacters = [&](const QJsonValue &characters) {
        return json({ { u"prompt"_s, prompt }, { u"characters"_s, characters } });
    };
    const QJsonObject unknownCharacter { { u"id"_s, u"char_0123456789abcdef0123456789abcdef"_s } };
    QTest::newRow("characters unknown id")
        << jsonType << withCharacters(QJsonArray { unknownCharacter }) << 400 << u"characters[0].id"_s
        << u"character_not_found"_s << u"Character with id 'char_0123456789abcdef0123456789abcdef' not found."_s;
    QTest::newRow("characters empty") << jsonType << withCharacters(QJsonArray()) << 200 << QString() << QString()
                                      << QString();
    QTest::newRow("characters not an array")
        << jsonType << withCharacters(unknownCharacter) << 400 << u"characters"_s << u"invalid_type"_s
        << u"expected an array of objects with an 'id', but got an object instead"_s;
    QTest::newRow("three characters")
        << jsonType
        << withCharacters(QJsonArray { QJsonObject { { u"id"_s, u"char_a"_s } },
               QJsonObject { { u"id"_s, u"char_b"_s } }, QJsonObject { { u"id"_s, u"char_c"_s } } })
        << 400 << u"characters"_s << u"array_above_max_length"_s
        << u"Expected an array with maximum length 2, but got an array with length 3 instead."_s;
    QTest::newRow("character not an object") << jsonType << withCharacters(QJsonArray { u"char_a"_s }) << 400
                                             << u"characters[0]"_s << u"invalid_type"_s << QString();
    QTest::newRow("character without id") << jsonType << withCharacters(QJsonArray { QJsonObject() }) << 400
                                          << u"characters[0].id"_s << u"missing_required_parameter"_s << QString();
    QTest::newRow("character id a number") << jsonType << withCharacters(QJsonArray { QJsonObject { { u"id"_s, 7 } } })
                                           << 400 << u"characters[0].id"_s << u"invalid_type"_s << QString();
    QTest::newRow("character with a name")
        << jsonType
        << withCharacters(QJsonArray { QJsonObject { { u"id"_s, u"char_a"_s }, { u"name"_s, u"Mossy"_s } } }) << 400
        << u"characters[0].name"_s << u"unknown_parameter"_s << QString();
    QTest::newRow("character twice") << jsonType
                                     << withCharacters(QJsonArray { QJsonObject { { u"id"_s, u"char_a"_s } },
                                            QJsonObject { { u"id"_s, u"char_a"_s } } })
                                     << 400 << u"characters[1].id"_s << u"invalid_value"_s << u"listed twice"_s;
    QTest::newRow("not json") << jsonType << QByteArray("{prompt: cat") << 400 << QString() << QString()
                              << u"We could not parse the JSON body of your request."_s;
    QTest::newRow("json array") << jsonType << QByteArray("[]") << 400 << QString() << QString() << QString();
    QTest::newRow("empty body") << jsonType << QByteArray() << 400 << QString() << QString() << QString();
    QTest::newRow("text/plain") << QByteArray("text/plain") << QByteArray("prompt=cat") << 400 << QString()
                                << u"unsupported_content_type"_s << u"text/plain"_s;
    QTest::newRow("form urlencoded") << QByteArray("application/x-www-form-urlencoded") << QByteArray("prompt=cat")
                                     << 400 << QString() << u"unsupported_content_type"_s
                                     << u"application/x-www-form-urlencoded"_s;

    // input_reference in JSON
    const QString pngUrl = dataUrl("image/png", TestImages::png(720, 1280));
    QTest::newRow("image_url png data url")
        << jsonType
        << json({ { u"prompt"_s, prompt }, { u"input_reference"_s, QJsonObject { { u"image_url"_s, pngUrl } } } })
        << 200 << QString() << QString() << QString();
    QTest::newRow("image_url wrong size")
        << jsonType
        << json({ { u"prompt"_s, prompt },
               { u"input_reference"_s,
                   QJsonObject { { u"image_url"_s, dataUrl("image/png", TestImages::png(1280, 720)) } } } })
        << 400 << u"input_reference"_s << u"invalid_value"_s
        << u"Inpaint image must match the requested width and height"_s;
    QTest::newRow("image_url gif") << jsonType
                                   << json({ { u"prompt"_s, prompt },
                                          { u"input_reference"_s,
                                              QJsonObject { { u"image_url"_s,
                                                  dataUrl("image/gif", TestImages::gif(720, 1280)) } } } })
                                   << 400 << u"input_reference"_s << u"unsupported_image"_s << u"image/gif"_s;
    QTest::newRow("image_url remote")
        << jsonType
        << json({ { u"prompt"_s, prompt },
               { u"input_reference"_s, QJsonObject { { u"image_url"_s, u"https://example.com/cat.png"_s } } } })
        << 400 << u"input_reference.image_url"_s << u"invalid_value"_s << u"cannot fetch remote images"_s;
    QTest::newRow("image_url not a url")
        << jsonType
        << json({ { u"prompt"_s, prompt }, { u"input_reference"_s, QJsonObject { { u"image_url"_s, u"cat.png"_s } } } })
        << 400 << u"input_reference.image_url"_s << u"invalid_value"_s << QString();
    QTest::newRow("image_url bad base64")
        << jsonType
        << json({ { u"prompt"_s, prompt },
               { u"input_reference"_s, QJsonObject { { u"image_url"_s, u"data:image/png;base64,%%%"_s } } } })
        << 400 << u"input_reference.image_url"_s << u"invalid_value"_s << QString();
    QTest::newRow("file_id") << jsonType
                             << json({ { u"prompt"_s, prompt },
                                    { u"input_reference"_s, QJsonObject { { u"file_id"_s, u"file-123"_s } } } })
                             << 400 << u"input_reference.file_id"_s << u"invalid_value"_s
                             << u"No file found with id 'file-123'"_s;
    QTest::newRow("image_url and file_id")
        << jsonType
        << json({ { u"prompt"_s, prompt },
               { u"input_reference"_s, QJsonObject { { u"file_id"_s, u"file-123"_s }, { u"image_url"_s, pngUrl } } } })
        << 400 << u"input_reference"_s << u"invalid_value"_s << u"exactly one"_s;
    QTest::newRow("empty reference object")
        << jsonType << json({ { u"prompt"_s, prompt }, { u"input_reference"_s, QJsonObject() } }) << 400
        << u"input_reference"_s << u"invalid_value"_s << u"exactly one"_s;
    QTest::newRow("reference as a string")
        << jsonType << json({ { u"prompt"_s, prompt }, { u"input_reference"_s, pngUrl } }) << 400
        << u"input_reference"_s << u"invalid_type"_s << QString();
    QTest::newRow("reference unknown key")
        << jsonType << json({ { u"prompt"_s, prompt }, { u"input_reference"_s, QJsonObject { { u"url"_s, pngUrl } } } })
        << 400 << u"input_reference.url"_s << u"unknown_parameter"_s << QString();

    // multipart/form-data, as the SDKs send it
    const QByteArray promptBytes = prompt.toUtf8();
    auto row = [](const char *name, const QPair<QByteArray, QByteArray> &form, int status, const QString &param,
                   const QString &code, const QString &message) {
        QTest::newRow(name) << form.second << form.first << status << param << code << message;
    };
    row("multipart minimal", multipart({ { "prompt", promptBytes, {}, {} } }), 200, {}, {}, {});
    row("multipart all fields",
        multipart({ { "prompt", promptBytes, {}, {} }, { "model", "sora-2-pro", {}, {} },
            { "size", "1792x1024", {}, {} }, { "seconds", "12", {}, {} } }),
        200, {}, {}, {});
    row("multipart png reference",
        multipart({ { "prompt", promptBytes, {}, {} },
            { "input_reference", TestImages::png(720, 1280), "ref.png", "image/png" } }),
        200, {}, {}, {});
    row("multipart jpeg reference",
        multipart({ { "prompt", promptBytes, {}, {} }, { "size", "1280x720", {}, {} },
            { "input_reference", TestImages::jpeg(1280, 720), "ref.jpg", "image/jpeg" } }),
        200, {}, {}, {});
    row("multipart webp reference",
        multipart({ { "prompt", promptBytes, {}, {} },
            { "input_reference", TestImages::webpExtended(720, 1280), "ref.webp", "image/webp" } }),
        200, {}, {}, {});
    row("multipart reference declared png but gif",
        multipart({ { "prompt", promptBytes, {}, {} },
            { "input_reference", TestImages::gif(720, 1280), "ref.png", "image/png" } }),
        400, u"input_reference"_s, u"unsupported_image"_s, u"image/gif (declared as image/png)"_s);
    row("multipart reference is text",
        multipart({ { "prompt", promptBytes, {}, {} },
            { "input_reference", "just some words", "notes.txt", "application/octet-stream" } }),
        400, u"input_reference"_s, u"unsupported_image"_s, u"not a recognised image"_s);
    row("multipart reference wrong size",
        multipart({ { "prompt", promptBytes, {}, {} },
            { "input_reference", TestImages::png(1024, 1792), "ref.png", "image/png" } }),
        400, u"input_reference"_s, u"invalid_value"_s, u"Inpaint image must match the requested width and height"_s);
    row("multipart bracketed file_id",
        multipart({ { "prompt", promptBytes, {}, {} }, { "input_reference[file_id]", "file-abc", {}, {} } }), 400,
        u"input_reference.file_id"_s, u"invalid_value"_s, u"file-abc"_s);
    row("multipart bracketed image_url",
        multipart({ { "prompt", promptBytes, {}, {} }, { "input_reference[image_url]", pngUrl.toLatin1(), {}, {} } }),
        200, {}, {}, {});
    row("multipart unknown field",
        multipart({ { "prompt", promptBytes, {}, {} }, { "quality[][level]", "high", {}, {} } }), 400, u"quality"_s,
        u"unknown_parameter"_s, {});
    row("multipart characters as node sends them",
        multipart({ { "prompt", promptBytes, {}, {} }, { "characters[][id]", "char_1", {}, {} } }), 400,
        u"characters[0].id"_s, u"character_not_found"_s, u"'char_1'"_s);
    row("multipart characters indexed",
        multipart({ { "prompt", promptBytes, {}, {} }, { "characters[0][id]", "char_1", {}, {} },
            { "characters[1][id]", "char_2", {}, {} } }),
        400, u"characters[0].id"_s, u"character_not_found"_s, u"'char_1'"_s);
    row("multipart three characters",
        multipart({ { "prompt", promptBytes, {}, {} }, { "characters[][id]", "char_1", {}, {} },
            { "characters[][id]", "char_2", {}, {} }, { "characters[][id]", "char_3", {}, {} } }),
        400, u"characters"_s, u"array_above_max_length"_s, {});
    row("multipart character index with a gap",
        multipart({ { "prompt", promptBytes, {}, {} }, { "characters[1][id]", "char_1", {}, {} } }), 400,
        u"characters"_s, u"invalid_value"_s, u"characters[1][id]"_s);
    row("multipart characters as plain text",
        multipart({ { "prompt", promptBytes, {}, {} }, { "characters", R"([{"id":"char_1"}])", {}, {} } }), 400,
        u"characters"_s, u"invalid_type"_s, u"but got a string instead"_s);
    row("multipart seconds unsupported", multipart({ { "prompt", promptBytes, {}, {} }, { "seconds", "10", {}, {} } }),
        400, u"seconds"_s, u"invalid_value"_s, {});
    row("multipart prompt missing", multipart({ { "model", "sora-2", {}, {} } }), 400, u"prompt"_s,
        u"missing_required_parameter"_s, {});
    QTest::newRow("multipart without boundary") << QByteArray("multipart/form-data") << QByteArray("prompt=x") << 400
                                                << QString() << QString() << u"multipart"_s;
    QTest::newRow("multipart quoted boundary, preamble, escaped names")
        << QByteArray("multipart/form-data; boundary=\"a:b c\"")
        << QByteArray("preamble\r\n--a:b c\r\ncontent-disposition: form-data; name=prompt\r\n\r\nA \"quoted\" cat"
                      "\r\n--a:b c\r\nContent-Disposition: form-data; name=\"input_reference\"; "
                      "filename=\"my %22ref%22.png\"\r\nContent-Type: image/png\r\n\r\n")
            + TestImages::png(720, 1280) + QByteArray("\r\n--a:b c--\r\nepilogue")
        << 200 << QString() << QString() << QString();
}

void TestMockServer::createValidation()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, param);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const MockClient::Reply reply = m_client->post(u"/videos"_s, body, contentType);
    QCOMPARE(reply.status, status);
    QVERIFY(reply.header("content-type").startsWith("application/json"));
    if (status == 200) {
        QCOMPARE(reply.json().value(u"object"_s).toString(), u"video"_s);
        QCOMPARE(reply.json().value(u"status"_s).toString(), u"queued"_s);
        return;
    }
    const QJsonObject error = reply.error();
    for (const QString &key : { u"message"_s, u"type"_s, u"param"_s, u"code"_s })
        QVERIFY2(error.contains(key), qPrintable(key));
    QCOMPARE(error.value(u"type"_s).toString(), u"invalid_request_error"_s);
    QCOMPARE(nullableString(error.value(u"param"_s)), param);
    QCOMPARE(nullableString(error.value(u"code"_s)), code);
    QVERIFY2(error.value(u"message"_s).toString().contains(message), qPrintable(error.value(u"message"_s).toString()));
}

void TestMockServer::videoObjectShape()
{
    const QJsonObject video = m_client->createVideo({ { u"prompt"_s, u"Shape"_s }, { u"seconds"_s, u"8"_s } });
    const QStringList keys { u"id"_s, u"object"_s, u"model"_s, u"status"_s, u"progress"_s, u"created_at"_s,
        u"completed_at"_s, u"expires_at"_s, u"prompt"_s, u"size"_s, u"seconds"_s, u"remixed_from_video_id"_s,
        u"error"_s };
    QCOMPARE(video.size(), keys.size());
    for (const QString &key : keys)
        QVERIFY2(video.contains(key), qPrintable(key));
    QVERIFY(QRegularExpression(u"^video_[0-9a-f]{32}$"_s).match(video.value(u"id"_s).toString()).hasMatch());
    QCOMPARE(video.value(u"object"_s).toString(), u"video"_s);
    QCOMPARE(video.value(u"model"_s).toString(), u"sora-2"_s);
    QCOMPARE(video.value(u"size"_s).toString(), u"720x1280"_s);
    QVERIFY(video.value(u"seconds"_s).isString());
    QCOMPARE(video.value(u"seconds"_s).toString(), u"8"_s);
    QCOMPARE(video.value(u"progress"_s).toInt(-1), 0);
    QVERIFY(std::abs(video.value(u"created_at"_s).toInteger() - QDateTime::currentSecsSinceEpoch()) <= 2);
    QVERIFY(video.value(u"completed_at"_s).isNull());
    QVERIFY(video.value(u"expires_at"_s).isNull());
    QVERIFY(video.value(u"remixed_from_video_id"_s).isNull());
    QVERIFY(video.value(u"error"_s).isNull());
    QCOMPARE(video.value(u"prompt"_s).toString(), u"Shape"_s);

    const QString id = video.value(u"id"_s).toString();
    WAIT_FOR_STATUS(*m_client, id, u"completed"_s);
    const QJsonObject done = m_client->get(u"/videos/"_s + id).json();
    QCOMPARE(done.value(u"progress"_s).toInt(), 100);
    const qint64 completedAt = done.value(u"completed_at"_s).toInteger();
    QVERIFY(completedAt >= video.value(u"created_at"_s).toInteger());
    // 3600 s × 0.02 = 72 s
    QCOMPARE(done.value(u"expires_at"_s).toInteger(), completedAt + 72);
}

void TestMockServer::commonHeaders()
{
    const QList<MockClient::Reply> replies { m_client->get(u"/videos?limit=1"_s), m_client->get(u"/videos/video_x"_s),
        m_client->get(u"/videos/%1/content"_s.arg(m_doneId)) };
    const QRegularExpression requestId(u"^req_[0-9a-f]{32}$"_s);
    const QRegularExpression goDuration(u"^([0-9]+h)?([0-9]+m)?([0-9]+(\\.[0-9]+)?s|[0-9]+ms)$"_s);
    for (const MockClient::Reply &reply : replies) {
        QVERIFY2(requestId.match(QString::fromLatin1(reply.header("x-request-id"))).hasMatch(),
            reply.header("x-request-id").constData());
        bool ok = false;
        QVERIFY(reply.header("openai-processing-ms").toInt(&ok) >= 0 && ok);
        QCOMPARE(reply.header("openai-version"), QByteArray("2020-10-01"));
        QVERIFY(reply.header("x-ratelimit-limit-requests").toInt() > 0);
        QVERIFY(!reply.header("x-ratelimit-remaining-requests").isEmpty());
        QVERIFY2(goDuration.match(QString::fromLatin1(reply.header("x-ratelimit-reset-requests"))).hasMatch(),
            reply.header("x-ratelimit-reset-requests").constData());
    }
    QVERIFY(replies.at(0).header("x-request-id") != replies.at(1).header("x-request-id"));
}

void TestMockServer::pollAfterHeader()
{
    const QString id = m_client->createVideo({ { u"prompt"_s, u"Poll me"_s } }).value(u"id"_s).toString();
    const MockClient::Reply early = m_client->get(u"/videos/"_s + id);
    QCOMPARE(early.status, 200);
    QVERIFY(early.json().value(u"status"_s).toString() != u"completed");
    bool ok = false;
    const int pollAfter = early.header("openai-poll-after-ms").toInt(&ok);
    QVERIFY(ok);
    QVERIFY(pollAfter >= 20 && pollAfter <= 100); // 250..5000 ms scaled by 0.02, never below 20
    WAIT_FOR_STATUS(*m_client, id, u"completed"_s);
    QVERIFY(m_client->get(u"/videos/"_s + id).header("openai-poll-after-ms").isEmpty());
    // A job stuck at 99 % keeps suggesting an interval.
    const MockClient::Reply busy = m_client->get(u"/videos/"_s + m_busyId);
    QVERIFY(!busy.header("openai-poll-after-ms").isEmpty());
}

void TestMockServer::authentication_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("no key") << QByteArray() << QByteArray() << 401 << QString() << u"You didn't provide an API key"_s;
    QTest::newRow("bearer") << QByteArray("Authorization") << "Bearer " + kKey.toUtf8() << 200 << QString()
                            << QString();
    QTest::newRow("bearer lower case") << QByteArray("authorization") << "bearer " + kKey.toUtf8() << 200 << QString()
                                       << QString();
    QTest::newRow("azure api-key") << QByteArray("api-key") << kKey.toUtf8() << 200 << QString() << QString();
    QTest::newRow("wrong bearer") << QByteArray("Authorization") << QByteArray("Bearer sk-wrongkeyyz") << 401
                                  << u"invalid_api_key"_s << u"Incorrect API key provided: sk-****yz."_s;
    QTest::newRow("wrong api-key") << QByteArray("api-key") << QByteArray("nope-nope-nope") << 401
                                   << u"invalid_api_key"_s << u"Incorrect API key provided"_s;
    QTest::newRow("empty bearer") << QByteArray("Authorization") << QByteArray("Bearer ") << 401 << QString()
                                  << u"You didn't provide an API key"_s;
    QTest::newRow("basic auth") << QByteArray("Authorization") << QByteArray("Basic dXNlcjpwYXNz") << 401 << QString()
                                << QString();
}

void TestMockServer::authentication()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);

    MockClient client(m_server->baseUrl(), QString());
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!header.isEmpty())
        headers.append({ header, value });
    const MockClient::Reply reply = client.get(u"/videos?limit=1"_s, headers);
    QCOMPARE(reply.status, status);
    if (status == 401) {
        const QJsonObject error = reply.error();
        QCOMPARE(error.value(u"type"_s).toString(), u"invalid_request_error"_s);
        QVERIFY(error.value(u"param"_s).isNull());
        QCOMPARE(nullableString(error.value(u"code"_s)), code);
        QVERIFY2(
            error.value(u"message"_s).toString().contains(message), qPrintable(error.value(u"message"_s).toString()));
        QVERIFY(!error.value(u"message"_s).toString().contains(u"wrongkey"_s));
    }
}

void TestMockServer::routeErrors_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("code");

    const QByteArray prompt = json({ { u"prompt"_s, u"again"_s } });
    QTest::newRow("retrieve unknown id") << QByteArray("GET") << u"/videos/video_nope"_s << QByteArray() << 404
                                         << QString() << u"not_found"_s;
    QTest::newRow("delete unknown id") << QByteArray("DELETE") << u"/videos/video_nope"_s << QByteArray() << 404
                                       << QString() << u"not_found"_s;
    QTest::newRow("content unknown id") << QByteArray("GET") << u"/videos/video_nope/content"_s << QByteArray() << 404
                                        << QString() << u"not_found"_s;
    QTest::newRow("remix unknown id") << QByteArray("POST") << u"/videos/video_nope/remix"_s << prompt << 404
                                      << QString() << u"not_found"_s;
    QTest::newRow("bad cursor") << QByteArray("GET") << u"/videos?after=video_nope"_s << QByteArray() << 400
                                << u"after"_s << u"invalid_value"_s;
    QTest::newRow("limit not a number") << QByteArray("GET") << u"/videos?limit=ten"_s << QByteArray() << 400
                                        << u"limit"_s << u"invalid_type"_s;
    QTest::newRow("limit above 100") << QByteArray("GET") << u"/videos?limit=101"_s << QByteArray() << 400 << u"limit"_s
                                     << u"integer_above_max_value"_s;
    QTest::newRow("limit below 0") << QByteArray("GET") << u"/videos?limit=-1"_s << QByteArray() << 400 << u"limit"_s
                                   << u"integer_below_min_value"_s;
    QTest::newRow("bad order") << QByteArray("GET") << u"/videos?order=newest"_s << QByteArray() << 400 << u"order"_s
                               << u"invalid_value"_s;
    QTest::newRow("bad variant") << QByteArray("GET") << u"/videos/{done}/content?variant=gif"_s << QByteArray() << 400
                                 << u"variant"_s << u"invalid_value"_s;
    QTest::newRow("content not ready") << QByteArray("GET") << u"/videos/{busy}/content"_s << QByteArray() << 400
                                       << QString() << u"video_not_ready"_s;
    QTest::newRow("delete in progress") << QByteArray("DELETE") << u"/videos/{busy}"_s << QByteArray() << 400
                                        << QString() << u"video_not_finished"_s;
    QTest::newRow("remix in progress") << QByteArray("POST") << u"/videos/{busy}/remix"_s << prompt << 400 << QString()
                                       << u"video_not_ready"_s;
    QTest::newRow("remix unknown field") << QByteArray("POST") << u"/videos/{done}/remix"_s
                                         << json({ { u"prompt"_s, u"x"_s }, { u"seconds"_s, u"8"_s } }) << 400
                                         << u"seconds"_s << u"unknown_parameter"_s;
    QTest::newRow("remix empty prompt") << QByteArray("POST") << u"/videos/{done}/remix"_s
                                        << json({ { u"prompt"_s, QString() } }) << 400 << u"prompt"_s
                                        << u"string_below_min_length"_s;
    QTest::newRow("remix prompt missing") << QByteArray("POST") << u"/videos/{done}/remix"_s << QByteArray("{}") << 400
                                          << u"prompt"_s << u"missing_required_parameter"_s;
    QTest::newRow("unknown path") << QByteArray("GET") << u"/models"_s << QByteArray() << 404 << QString()
                                  << u"unknown_url"_s;
    QTest::newRow("retrieve unknown character")
        << QByteArray("GET") << u"/videos/characters/char_nope"_s << QByteArray() << 404 << QString() << u"not_found"_s;
    QTest::newRow("below a character") << QByteArray("GET") << u"/videos/characters/{mossy}/content"_s << QByteArray()
                                       << 404 << QString() << u"unknown_url"_s;
    QTest::newRow("GET on edits") << QByteArray("GET") << u"/videos/edits"_s << QByteArray() << 405 << QString()
                                  << u"method_not_allowed"_s;
    QTest::newRow("GET on extensions") << QByteArray("GET") << u"/videos/extensions"_s << QByteArray() << 405
                                       << QString() << u"method_not_allowed"_s;
    QTest::newRow("GET on characters") << QByteArray("GET") << u"/videos/characters"_s << QByteArray() << 405
                                       << QString() << u"method_not_allowed"_s;
    QTest::newRow("DELETE a character") << QByteArray("DELETE") << u"/videos/characters/{mossy}"_s << QByteArray()
                                        << 405 << QString() << u"method_not_allowed"_s;
    QTest::newRow("PUT on the collection")
        << QByteArray("PUT") << u"/videos"_s << prompt << 405 << QString() << u"method_not_allowed"_s;
    QTest::newRow("POST on content") << QByteArray("POST") << u"/videos/{done}/content"_s << prompt << 405 << QString()
                                     << u"method_not_allowed"_s;
    QTest::newRow("GET on remix") << QByteArray("GET") << u"/videos/{done}/remix"_s << QByteArray() << 405 << QString()
                                  << u"method_not_allowed"_s;
}

void TestMockServer::routeErrors()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, param);
    QFETCH(QString, code);

    const MockClient::Reply reply = m_client->send(
        verb, placeholders(path), body, body.isEmpty() ? QByteArray() : QByteArray("application/json"));
    QCOMPARE(reply.status, status);
    const QJsonObject error = reply.error();
    QCOMPARE(error.size(), 4);
    QCOMPARE(nullableString(error.value(u"param"_s)), param);
    QCOMPARE(nullableString(error.value(u"code"_s)), code);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    if (status == 405)
        QVERIFY(!reply.header("allow").isEmpty());
}

void TestMockServer::multipartFromQt()
{
    auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    auto addText = [form](const QByteArray &name, const QByteArray &value) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"" + name + '"'));
        part.setBody(value);
        form->append(part);
    };
    addText("prompt", "A lighthouse at dawn, seen from a boat");
    addText("size", "1280x720");
    addText("seconds", "8");
    QHttpPart image;
    image.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("image/png"));
    image.setHeader(QNetworkRequest::ContentDispositionHeader,
        QByteArray("form-data; name=\"input_reference\"; filename=\"first frame.png\""));
    image.setBody(TestImages::png(1280, 720));
    form->append(image);

    const MockClient::Reply reply = m_client->postMultipart(u"/videos"_s, form);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"size"_s).toString(), u"1280x720"_s);
    QCOMPARE(reply.json().value(u"seconds"_s).toString(), u"8"_s);
}

void TestMockServer::lifecycleWithFfmpeg()
{
    if (QStandardPaths::findExecutable(u"ffmpeg"_s).isEmpty())
        QSKIP("ffmpeg is not installed");
    MockServerOptions options;
    options.timeScale = kTimeScale;
    auto server = startServer(options);
    QVERIFY(server);
    QVERIFY(server->rendersWithFfmpeg());
    MockClient client(server->baseUrl(), u"any-key"_s);

    // Characters that drawtext would interpret must reach the frame harmlessly.
    const QString prompt = u"A fox's den: 100% cozy, {braces} [brackets] \\ back\\slash; %{pts} 'quotes' \"double\" "
                           "and a very long tail of words that has to be wrapped over several lines of the frame"_s;
    const QJsonObject created
        = client.createVideo({ { u"prompt"_s, prompt }, { u"size"_s, u"1280x720"_s }, { u"seconds"_s, u"4"_s } });
    const QString id = created.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QStringList seen { created.value(u"status"_s).toString() };
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QString status = client.status(id);
            if (seen.constLast() != status)
                seen << status;
            return status == u"completed";
        }(),
        kJobTimeoutMs);
    QCOMPARE(seen.constFirst(), u"queued"_s);
    QVERIFY(!seen.contains(u"failed"_s));

    QTemporaryDir dir;
    const MockClient::Reply video = client.get(u"/videos/%1/content"_s.arg(id), { { "Accept", "application/binary" } });
    QCOMPARE(video.status, 200);
    QCOMPARE(video.header("content-type"), QByteArray("video/mp4"));
    QCOMPARE(video.header("accept-ranges"), QByteArray("bytes"));
    QCOMPARE(video.header("content-length").toLongLong(), video.body.size());
    QCOMPARE(video.body.mid(4, 4), QByteArray("ftyp"));

    const MockClient::Reply thumbnail = client.get(u"/videos/%1/content?variant=thumbnail"_s.arg(id));
    QCOMPARE(thumbnail.status, 200);
    QCOMPARE(thumbnail.header("content-type"), QByteArray("image/webp"));
    QVERIFY(thumbnail.body.startsWith("RIFF"));
    QCOMPARE(thumbnail.body.mid(8, 4), QByteArray("WEBP"));

    const MockClient::Reply sprites = client.get(u"/videos/%1/content?variant=spritesheet"_s.arg(id));
    QCOMPARE(sprites.status, 200);
    QCOMPARE(sprites.header("content-type"), QByteArray("image/jpeg"));
    QVERIFY(sprites.body.startsWith("\xff\xd8"));

    const QString ffprobe = QStandardPaths::findExecutable(u"ffprobe"_s);
    if (ffprobe.isEmpty())
        QSKIP("ffprobe is not installed; the clip's size and duration were not checked");
    QFile file(dir.filePath(u"clip.mp4"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(video.body);
    file.close();
    QProcess probe;
    probe.start(ffprobe,
        { u"-v"_s, u"error"_s, u"-show_entries"_s, u"stream=codec_type,codec_name,width,height"_s, u"-show_entries"_s,
            u"format=duration"_s, u"-of"_s, u"json"_s, file.fileName() });
    QVERIFY(probe.waitForFinished(10000));
    const QJsonObject info = QJsonDocument::fromJson(probe.readAllStandardOutput()).object();
    const QJsonArray streams = info.value(u"streams"_s).toArray();
    bool hasVideo = false;
    bool hasAudio = false;
    for (const QJsonValue &value : streams) {
        const QJsonObject stream = value.toObject();
        if (stream.value(u"codec_type"_s).toString() == u"video") {
            hasVideo = true;
            QCOMPARE(stream.value(u"codec_name"_s).toString(), u"h264"_s);
            QCOMPARE(stream.value(u"width"_s).toInt(), 1280);
            QCOMPARE(stream.value(u"height"_s).toInt(), 720);
        } else if (stream.value(u"codec_type"_s).toString() == u"audio") {
            hasAudio = true;
            QCOMPARE(stream.value(u"codec_name"_s).toString(), u"aac"_s);
        }
    }
    QVERIFY(hasVideo);
    QVERIFY(hasAudio);
    const double duration = info.value(u"format"_s).toObject().value(u"duration"_s).toString().toDouble();
    QVERIFY2(std::abs(duration - 4.0) < 0.15, qPrintable(QString::number(duration)));
}

void TestMockServer::bundledClips_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("size");
    QTest::newRow("720x1280") << u"sora-2"_s << u"720x1280"_s;
    QTest::newRow("1920x1080") << u"sora-2-pro"_s << u"1920x1080"_s;
}

void TestMockServer::bundledClips()
{
    QFETCH(QString, model);
    QFETCH(QString, size);
    QVERIFY(!m_server->rendersWithFfmpeg());
    const QString id
        = m_client->createVideo({ { u"prompt"_s, u"Bundled"_s }, { u"model"_s, model }, { u"size"_s, size } })
              .value(u"id"_s)
              .toString();
    WAIT_FOR_STATUS(*m_client, id, u"completed"_s);
    const MockClient::Reply video = m_client->get(u"/videos/%1/content"_s.arg(id));
    QCOMPARE(video.status, 200);
    QCOMPARE(video.body.mid(4, 4), QByteArray("ftyp"));
    QVERIFY(m_client->get(u"/videos/%1/content?variant=thumbnail"_s.arg(id)).body.startsWith("RIFF"));
    QVERIFY(m_client->get(u"/videos/%1/content?variant=spritesheet"_s.arg(id)).body.startsWith("\xff\xd8\xff"));
}

void TestMockServer::ranges_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    // Negative positions count from the end: -1 is the last byte.
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");

    QTest::newRow("no range") << QByteArray() << 200 << qint64(0) << qint64(-1);
    QTest::newRow("first 100 bytes") << QByteArray("bytes=0-99") << 206 << qint64(0) << qint64(99);
    QTest::newRow("middle") << QByteArray("bytes=100-199") << 206 << qint64(100) << qint64(199);
    QTest::newRow("open end") << QByteArray("bytes=100-") << 206 << qint64(100) << qint64(-1);
    QTest::newRow("suffix") << QByteArray("bytes=-50") << 206 << qint64(-50) << qint64(-1);
    QTest::newRow("end past the size") << QByteArray("bytes=10-99999999") << 206 << qint64(10) << qint64(-1);
    QTest::newRow("several ranges are ignored") << QByteArray("bytes=0-1,5-6") << 200 << qint64(0) << qint64(-1);
    QTest::newRow("malformed is ignored") << QByteArray("bytes=abc") << 200 << qint64(0) << qint64(-1);
    QTest::newRow("start past the end") << QByteArray("bytes=99999999-") << 416 << qint64(0) << qint64(0);
    QTest::newRow("empty suffix") << QByteArray("bytes=-0") << 416 << qint64(0) << qint64(0);
}

void TestMockServer::ranges()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(qint64, first);
    QFETCH(qint64, last);

    const qint64 total = m_doneVideo.size();
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!range.isEmpty())
        headers.append({ "Range", range });
    const MockClient::Reply reply = m_client->get(u"/videos/%1/content"_s.arg(m_doneId), headers);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("accept-ranges").isEmpty(), status == 416);
    if (status == 416) {
        QCOMPARE(reply.header("content-range"), "bytes */" + QByteArray::number(total));
        return;
    }
    const qint64 from = first < 0 ? total + first : first;
    const qint64 to = last < 0 ? total + last : last;
    QCOMPARE(reply.body, m_doneVideo.mid(from, to - from + 1));
    QCOMPARE(reply.header("content-length").toLongLong(), to - from + 1);
    if (status == 206) {
        QCOMPARE(reply.header("content-range"),
            "bytes " + QByteArray::number(from) + '-' + QByteArray::number(to) + '/' + QByteArray::number(total));
    } else {
        QVERIFY(reply.header("content-range").isEmpty());
    }
}

void TestMockServer::pagination()
{
    MockServerOptions options;
    options.timeScale = kTimeScale;
    options.ffmpeg = u"none"_s;
    auto server = startServer(options);
    QVERIFY(server);
    MockClient client(server->baseUrl(), u"k"_s);
    QStringList ids;
    for (int i = 0; i < 7; ++i)
        ids << client.createVideo({ { u"prompt"_s, u"take %1"_s.arg(i) } }).value(u"id"_s).toString();
    QVERIFY(!ids.contains(QString()));

    const auto page = [&](const QString &query, QStringList *pageIds) {
        const QJsonObject list = client.get(u"/videos?"_s + query).json();
        pageIds->clear();
        for (const QJsonValue &video : list.value(u"data"_s).toArray())
            *pageIds << video.toObject().value(u"id"_s).toString();
        return list;
    };
    QStringList got;
    QJsonObject list = page(u"limit=3"_s, &got);
    QCOMPARE(list.value(u"object"_s).toString(), u"list"_s);
    QCOMPARE(got, (QStringList { ids[6], ids[5], ids[4] }));
    QCOMPARE(list.value(u"first_id"_s).toString(), ids[6]);
    QCOMPARE(list.value(u"last_id"_s).toString(), ids[4]);
    QVERIFY(list.value(u"has_more"_s).toBool());
    list = page(u"limit=3&after="_s + ids[4], &got);
    QCOMPARE(got, (QStringList { ids[3], ids[2], ids[1] }));
    QVERIFY(list.value(u"has_more"_s).toBool());
    list = page(u"limit=3&after="_s + ids[1], &got);
    QCOMPARE(got, QStringList { ids[0] });
    QVERIFY(!list.value(u"has_more"_s).toBool());

    list = page(u"order=asc&limit=5"_s, &got);
    QCOMPARE(got, ids.first(5));
    QVERIFY(list.value(u"has_more"_s).toBool());
    list = page(u"order=asc&limit=5&after="_s + ids[4], &got);
    QCOMPARE(got, ids.sliced(5));
    QVERIFY(!list.value(u"has_more"_s).toBool());

    list = page(QString(), &got); // default limit 20, newest first
    QCOMPARE(got.size(), 7);
    QCOMPARE(got.constFirst(), ids[6]);
    list = page(u"limit=0"_s, &got);
    QVERIFY(got.isEmpty());
    QVERIFY(list.value(u"first_id"_s).isNull());
    QVERIFY(list.value(u"last_id"_s).isNull());
    QVERIFY(list.value(u"has_more"_s).toBool());

    // A cursor whose video was deleted meanwhile still works, and deleted videos are not listed.
    WAIT_FOR_STATUS(client, ids[4], u"completed"_s);
    QCOMPARE(client.deleteResource(u"/videos/"_s + ids[4]).status, 200);
    list = page(u"limit=2&after="_s + ids[4], &got);
    QCOMPARE(got, (QStringList { ids[3], ids[2] }));
    list = page(u"limit=100"_s, &got);
    QCOMPARE(got.size(), 6);
    QVERIFY(!got.contains(ids[4]));

    // An empty server lists nothing with null cursors.
    MockServerOptions emptyOptions = options;
    auto empty = startServer(emptyOptions);
    QVERIFY(empty);
    MockClient emptyClient(empty->baseUrl(), u"k"_s);
    const QJsonObject none = emptyClient.get(u"/videos"_s).json();
    QVERIFY(none.value(u"data"_s).toArray().isEmpty());
    QVERIFY(none.value(u"first_id"_s).isNull());
    QVERIFY(none.value(u"last_id"_s).isNull());
    QVERIFY(!none.value(u"has_more"_s).toBool());
}

void TestMockServer::deleteVideo()
{
    const QString id = m_client->createVideo({ { u"prompt"_s, u"Delete me"_s } }).value(u"id"_s).toString();
    WAIT_FOR_STATUS(*m_client, id, u"completed"_s);
    const QString files = m_server->dataDir() + u"/files/"_s + id;
    QVERIFY(QFileInfo::exists(files + u"/video.mp4"_s));

    const MockClient::Reply deleted = m_client->deleteResource(u"/videos/"_s + id);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(
        deleted.json(), (QJsonObject { { u"id"_s, id }, { u"object"_s, u"video.deleted"_s }, { u"deleted"_s, true } }));
    QCOMPARE(m_client->get(u"/videos/"_s + id).status, 404);
    QCOMPARE(m_client->get(u"/videos/"_s + id).error().value(u"code"_s).toString(), u"not_found"_s);
    QCOMPARE(m_client->get(u"/videos/%1/content"_s.arg(id)).status, 404);
    QCOMPARE(m_client->deleteResource(u"/videos/"_s + id).status, 404);
    QVERIFY(!QFileInfo::exists(files));
    QVERIFY(!QFileInfo::exists(m_server->dataDir() + u"/jobs/"_s + id + u".json"_s));
}

void TestMockServer::expiry()
{
    MockServerOptions options;
    options.timeScale = kTimeScale;
    options.ffmpeg = u"none"_s;
    options.assetTtlSeconds = 100; // × 0.02 = 2 s
    auto server = startServer(options);
    QVERIFY(server);
    MockClient client(server->baseUrl(), u"k"_s);
    const QString id = client.createVideo({ { u"prompt"_s, u"Short-lived"_s } }).value(u"id"_s).toString();
    WAIT_FOR_STATUS(client, id, u"completed"_s);
    const QJsonObject video = client.get(u"/videos/"_s + id).json();
    QCOMPARE(video.value(u"expires_at"_s).toInteger(), video.value(u"completed_at"_s).toInteger() + 2);
    QCOMPARE(client.get(u"/videos/%1/content"_s.arg(id)).status, 200);

    QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/videos/%1/content"_s.arg(id)).status, 404, 5000);
    const MockClient::Reply expired = client.get(u"/videos/%1/content?variant=thumbnail"_s.arg(id));
    QCOMPARE(expired.status, 404);
    QCOMPARE(expired.error().value(u"code"_s).toString(), u"content_expired"_s);
    QVERIFY(expired.error().value(u"message"_s).toString().contains(u"expired"_s));
    // The job itself is still there, completed, but it can be neither edited nor extended.
    QCOMPARE(client.status(id), u"completed"_s);
    for (const QString &path : { u"/videos/edits"_s, u"/videos/extensions"_s }) {
        QJsonObject body { { u"video"_s, videoRef(id) }, { u"prompt"_s, u"Too late"_s } };
        if (path.endsWith(u"extensions"_s))
            body.insert(u"seconds"_s, u"4"_s);
        const MockClient::Reply refused = client.postJson(path, body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.error().value(u"param"_s).toString(), u"video.id"_s);
        QCOMPARE(refused.error().value(u"code"_s).toString(), u"content_expired"_s);
    }
}

void TestMockServer::remix()
{
    const MockClient::Reply reply
        = m_client->postJson(u"/videos/%1/remix"_s.arg(m_doneId), { { u"prompt"_s, u"The same take, at night"_s } });
    QCOMPARE(reply.status, 200);
    const QJsonObject remixed = reply.json();
    const QJsonObject source = m_client->get(u"/videos/"_s + m_doneId).json();
    QVERIFY(remixed.value(u"id"_s).toString() != m_doneId);
    QCOMPARE(remixed.value(u"remixed_from_video_id"_s).toString(), m_doneId);
    QCOMPARE(remixed.value(u"status"_s).toString(), u"queued"_s);
    QCOMPARE(remixed.value(u"prompt"_s).toString(), u"The same take, at night"_s);
    for (const QString &key : { u"model"_s, u"size"_s, u"seconds"_s })
        QCOMPARE(remixed.value(key), source.value(key));

    const auto form = multipart({ { "prompt", "Remixed through a form", {}, {} } });
    const MockClient::Reply viaForm = m_client->post(u"/videos/%1/remix"_s.arg(m_doneId), form.first, form.second);
    QCOMPARE(viaForm.status, 200);
    QCOMPARE(viaForm.json().value(u"remixed_from_video_id"_s).toString(), m_doneId);

    const QString id = remixed.value(u"id"_s).toString();
    WAIT_FOR_STATUS(*m_client, id, u"completed"_s);
    QCOMPARE(m_client->get(u"/videos/%1/content"_s.arg(id)).status, 200);
}

void TestMockServer::characterValidation_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QPair<QByteArray, QByteArray> &form, int status, const QString &param,
                         const QString &code, const QString &message) {
        QTest::newRow(name) << form.second << form.first << status << param << code << message;
    };
    const auto upload = [](const QByteArray &name, const QByteArray &video) {
        return multipart({ { "name", name, {}, {} }, { "video", video, "clip.mp4", "video/mp4" } });
    };
    using Layout = TestVideos::Layout;
    row("3 s", upload("Mossy", TestVideos::mp4(3000)), 200, {}, {}, {});
    row("2 s, moov last", upload("Mossy", TestVideos::mp4(2000, Layout::MoovLast)), 200, {}, {}, {});
    row("4 s and a little audio padding", upload("Mossy", TestVideos::mp4(4023)), 200, {}, {}, {});
    row("80 characters", upload(QString(80, u'é').toUtf8(), TestVideos::mp4(3000)), 200, {}, {}, {});
    row("too short", upload("Mossy", TestVideos::mp4(1500)), 400, u"video"_s, u"invalid_value"_s,
        u"the video is 1.50 seconds long; a character video must be 2 to 4 seconds long"_s);
    row("too long", upload("Mossy", TestVideos::mp4(8000)), 400, u"video"_s, u"invalid_value"_s,
        u"the video is 8.00 seconds long"_s);
    row("a png named clip.mp4", upload("Mossy", TestImages::png(720, 1280)), 400, u"video"_s, u"unsupported_video"_s,
        u"the file is not an MP4 video (declared as video/mp4)"_s);
    row("empty file", upload("Mossy", QByteArray()), 400, u"video"_s, u"unsupported_video"_s, u"the file is empty"_s);
    row("no movie header", upload("Mossy", TestVideos::mp4(3000, Layout::NoMoov)), 400, u"video"_s,
        u"unsupported_video"_s, u"moov/mvhd"_s);
    row("video as text", multipart({ { "name", "Mossy", {}, {} }, { "video", "video_123", {}, {} } }), 400, u"video"_s,
        u"invalid_type"_s, u"expected a file, but got a string instead"_s);
    row("video missing", multipart({ { "name", "Mossy", {}, {} } }), 400, u"video"_s, u"missing_required_parameter"_s,
        {});
    row("name missing", multipart({ { "video", TestVideos::mp4(3000), "clip.mp4", "video/mp4" } }), 400, u"name"_s,
        u"missing_required_parameter"_s, {});
    row("name empty", upload("", TestVideos::mp4(3000)), 400, u"name"_s, u"string_below_min_length"_s, {});
    row("name of 81 characters", upload(QByteArray(81, 'a'), TestVideos::mp4(3000)), 400, u"name"_s,
        u"string_above_max_length"_s, u"maximum length 80, but got a string with length 81"_s);
    row("name of spaces", upload("   ", TestVideos::mp4(3000)), 400, u"name"_s, u"invalid_value"_s, {});
    row("name as a file",
        multipart({ { "name", "Mossy", "name.txt", "application/octet-stream" },
            { "video", TestVideos::mp4(3000), "clip.mp4", "video/mp4" } }),
        400, u"name"_s, u"invalid_type"_s, {});
    row("unknown field",
        multipart({ { "name", "Mossy", {}, {} }, { "video", TestVideos::mp4(3000), "clip.mp4", "video/mp4" },
            { "model", "sora-2", {}, {} } }),
        400, u"model"_s, u"unknown_parameter"_s, {});
    QTest::newRow("json body") << QByteArray("application/json")
                               << json({ { u"name"_s, u"Mossy"_s }, { u"video"_s, u"clip.mp4"_s } }) << 400 << QString()
                               << u"unsupported_content_type"_s << u"only 'multipart/form-data'"_s;
}

void TestMockServer::characterValidation()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, param);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const MockClient::Reply reply = m_client->post(u"/videos/characters"_s, body, contentType);
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QVERIFY(reply.json().value(u"id"_s).toString().startsWith(u"char_"_s));
        return;
    }
    const QJsonObject error = reply.error();
    QCOMPARE(error.size(), 4);
    QCOMPARE(error.value(u"type"_s).toString(), u"invalid_request_error"_s);
    QCOMPARE(nullableString(error.value(u"param"_s)), param);
    QCOMPARE(nullableString(error.value(u"code"_s)), code);
    QVERIFY2(error.value(u"message"_s).toString().contains(message), qPrintable(error.value(u"message"_s).toString()));
}

void TestMockServer::characterRoundTrip()
{
    const MockClient::Reply created = postCharacter(*m_client, "Ünïcödé \"Mossy\"", TestVideos::mp4(3500));
    QCOMPARE(created.status, 200);
    const QJsonObject character = created.json();
    QCOMPARE(character.keys(), (QStringList { u"created_at"_s, u"id"_s, u"name"_s }));
    const QString id = character.value(u"id"_s).toString();
    QVERIFY2(QRegularExpression(u"^char_[0-9a-f]{32}$"_s).match(id).hasMatch(), qPrintable(id));
    QCOMPARE(character.value(u"name"_s).toString(), u"Ünïcödé \"Mossy\""_s);
    QVERIFY(std::abs(character.value(u"created_at"_s).toInteger() - QDateTime::currentSecsSinceEpoch()) <= 2);

    const MockClient::Reply fetched = m_client->get(u"/videos/characters/"_s + id);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json(), character);
    QVERIFY(QFileInfo::exists(m_server->dataDir() + u"/characters/%1.mp4"_s.arg(id)));

    const MockClient::Reply unknown = m_client->get(u"/videos/characters/char_0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.error().value(u"code"_s).toString(), u"not_found"_s);
    QVERIFY(unknown.error().value(u"param"_s).isNull());
    // A video id is not a character id, and the path cannot leave the character folder.
    QCOMPARE(m_client->get(u"/videos/characters/"_s + m_doneId).status, 404);
    QCOMPARE(m_client->get(u"/videos/characters/..%2Fjobs%2F"_s + m_doneId).status, 404);
}

void TestMockServer::charactersOnCreate_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const QByteArray jsonType = "application/json";
    const auto jsonBody = [](const QString &prompt, const QStringList &ids) {
        QJsonArray characters;
        for (const QString &id : ids)
            characters.append(QJsonObject { { u"id"_s, id } });
        return json({ { u"prompt"_s, prompt }, { u"characters"_s, characters } });
    };
    QTest::newRow("one, named") << jsonType << jsonBody(u"Mossy naps in the sun"_s, { u"{mossy}"_s }) << 200
                                << QString() << QString() << QString();
    QTest::newRow("two, both named") << jsonType
                                     << jsonBody(u"Fern the Owl watches Mossy"_s, { u"{mossy}"_s, u"{owl}"_s }) << 200
                                     << QString() << QString() << QString();
    QTest::newRow("name missing") << jsonType << jsonBody(u"A moss creature naps"_s, { u"{mossy}"_s }) << 400
                                  << u"prompt"_s << u"character_not_in_prompt"_s << u"'Mossy'"_s;
    QTest::newRow("name in another case") << jsonType << jsonBody(u"MOSSY naps"_s, { u"{mossy}"_s }) << 400
                                          << u"prompt"_s << u"character_not_in_prompt"_s << u"'Mossy'"_s;
    QTest::newRow("name only in part") << jsonType << jsonBody(u"Fern watches"_s, { u"{owl}"_s }) << 400 << u"prompt"_s
                                       << u"character_not_in_prompt"_s << u"'Fern the Owl'"_s;
    QTest::newRow("second name missing") << jsonType << jsonBody(u"Mossy alone"_s, { u"{mossy}"_s, u"{owl}"_s }) << 400
                                         << u"prompt"_s << u"character_not_in_prompt"_s << u"'Fern the Owl'"_s;
    QTest::newRow("one known, one unknown")
        << jsonType << jsonBody(u"Mossy"_s, { u"{mossy}"_s, u"char_0123456789abcdef0123456789abcdef"_s }) << 400
        << u"characters[1].id"_s << u"character_not_found"_s << QString();
    QTest::newRow("a video id") << jsonType << jsonBody(u"Mossy"_s, { u"{done}"_s }) << 400 << u"characters[0].id"_s
                                << u"character_not_found"_s << QString();

    const auto form = [](const QByteArray &prompt, const QList<QPair<QByteArray, QByteArray>> &characters) {
        QList<FormPart> parts { { "prompt", prompt, {}, {} } };
        for (const auto &[name, id] : characters)
            parts.append({ name, id, {}, {} });
        return multipart(parts);
    };
    const auto row = [](const char *name, const QPair<QByteArray, QByteArray> &body, int status, const QString &param,
                         const QString &code, const QString &message) {
        QTest::newRow(name) << body.second << body.first << status << param << code << message;
    };
    row("multipart, as node and python send them",
        form("Fern the Owl and Mossy", { { "characters[][id]", "{mossy}" }, { "characters[][id]", "{owl}" } }), 200, {},
        {}, {});
    row("multipart, indexed",
        form("Fern the Owl and Mossy", { { "characters[0][id]", "{mossy}" }, { "characters[1][id]", "{owl}" } }), 200,
        {}, {}, {});
    row("multipart, name missing", form("Fern the Owl", { { "characters[][id]", "{mossy}" } }), 400, u"prompt"_s,
        u"character_not_in_prompt"_s, u"'Mossy'"_s);
}

void TestMockServer::charactersOnCreate()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, param);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const MockClient::Reply reply = m_client->post(u"/videos"_s, placeholders(body), contentType);
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(reply.json().size(), 13); // the characters are not echoed in the Video object
        return;
    }
    const QJsonObject error = reply.error();
    QCOMPARE(nullableString(error.value(u"param"_s)), param);
    QCOMPARE(nullableString(error.value(u"code"_s)), code);
    QVERIFY2(error.value(u"message"_s).toString().contains(message), qPrintable(error.value(u"message"_s).toString()));
}

void TestMockServer::sourceValidation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("code");

    const QByteArray jsonType = "application/json";
    const QString prompt = u"Now it snows"_s;
    for (const QString &path : { u"/videos/edits"_s, u"/videos/extensions"_s }) {
        const bool extension = path.endsWith(u"extensions"_s);
        const auto name = [&](const char *what) {
            return QByteArray(QByteArray(extension ? "extend: " : "edit: ") + what);
        };
        const auto body = [&](const QJsonValue &video, const QJsonObject &more = {}) {
            QJsonObject object { { u"prompt"_s, prompt } };
            if (!video.isUndefined())
                object.insert(u"video"_s, video);
            if (extension)
                object.insert(u"seconds"_s, u"4"_s);
            for (auto it = more.begin(); it != more.end(); ++it)
                object.insert(it.key(), it.value());
            return json(object);
        };
        const auto add = [&](const char *what, const QByteArray &payload, int status, const QString &param,
                             const QString &code, const QByteArray &type = "application/json") {
            QTest::newRow(name(what).constData()) << path << type << payload << status << param << code;
        };
        add("accepted", body(videoRef(u"{done}"_s)), 200, {}, {});
        add("video missing", body(QJsonValue::Undefined), 400, u"video"_s, u"missing_required_parameter"_s);
        add("video as a string", body(u"{done}"_s), 400, u"video"_s, u"invalid_type"_s);
        add("video without id", body(QJsonObject()), 400, u"video.id"_s, u"missing_required_parameter"_s);
        add("video id a number", body(QJsonObject { { u"id"_s, 5 } }), 400, u"video.id"_s, u"invalid_type"_s);
        add("video id empty", body(videoRef(QString())), 400, u"video.id"_s, u"string_below_min_length"_s);
        add("video with another key", body(QJsonObject { { u"id"_s, u"{done}"_s }, { u"url"_s, u"x"_s } }), 400,
            u"video.url"_s, u"unknown_parameter"_s);
        add("unknown source", body(videoRef(u"video_nope"_s)), 400, u"video.id"_s, u"video_not_found"_s);
        add("deleted source", body(videoRef(u"{deleted}"_s)), 400, u"video.id"_s, u"video_not_found"_s);
        add("source in progress", body(videoRef(u"{busy}"_s)), 400, u"video.id"_s, u"video_not_ready"_s);
        add("prompt missing",
            json(extension ? QJsonObject { { u"video"_s, videoRef(u"{done}"_s) }, { u"seconds"_s, u"4"_s } }
                           : QJsonObject { { u"video"_s, videoRef(u"{done}"_s) } }),
            400, u"prompt"_s, u"missing_required_parameter"_s);
        add("prompt empty", body(videoRef(u"{done}"_s), { { u"prompt"_s, QString() } }), 400, u"prompt"_s,
            u"string_below_min_length"_s);
        add("model", body(videoRef(u"{done}"_s), { { u"model"_s, u"sora-2"_s } }), 400, u"model"_s,
            u"unknown_parameter"_s);
        const auto form = multipart(
            { { "prompt", prompt.toUtf8(), {}, {} }, { "video[id]", "{done}", {}, {} }, { "seconds", "8", {}, {} } });
        if (extension)
            add("multipart video[id]", form.first, 200, {}, {}, form.second);
        QList<FormPart> uploadParts { { "prompt", prompt.toUtf8(), {}, {} },
            { "video", TestVideos::mp4(3000), "clip.mp4", "video/mp4" } };
        if (extension)
            uploadParts.append({ "seconds", "4", {}, {} });
        const auto uploaded = multipart(uploadParts);
        add("uploaded source video", uploaded.first, 400, u"video"_s, u"unsupported_value"_s, uploaded.second);
    }
    const auto edit = [](const char *what, const QPair<QByteArray, QByteArray> &form, int status) {
        QTest::newRow(what) << u"/videos/edits"_s << form.second << form.first << status << QString() << QString();
    };
    edit("edit: multipart video[id]",
        multipart({ { "prompt", "Now it snows", {}, {} }, { "video[id]", "{done}", {}, {} } }), 200);
    QTest::newRow("edit: seconds") << u"/videos/edits"_s << jsonType
                                   << json({ { u"video"_s, videoRef(u"{done}"_s) }, { u"prompt"_s, prompt },
                                          { u"seconds"_s, u"4"_s } })
                                   << 400 << u"seconds"_s << u"unknown_parameter"_s;

    const auto extend
        = [&](const char *what, const QJsonObject &more, int status, const QString &param, const QString &code) {
              QJsonObject object { { u"video"_s, videoRef(u"{done}"_s) }, { u"prompt"_s, prompt } };
              for (auto it = more.begin(); it != more.end(); ++it)
                  object.insert(it.key(), it.value());
              QTest::newRow(what) << u"/videos/extensions"_s << jsonType << json(object) << status << param << code;
          };
    extend("extend: seconds missing", {}, 400, u"seconds"_s, u"missing_required_parameter"_s);
    extend("extend: seconds a number", { { u"seconds"_s, 8 } }, 400, u"seconds"_s, u"invalid_type"_s);
    extend("extend: seconds 5", { { u"seconds"_s, u"5"_s } }, 400, u"seconds"_s, u"invalid_value"_s);
    extend("extend: seconds 20", { { u"seconds"_s, u"20"_s } }, 200, {}, {});
    extend("extend: characters",
        { { u"seconds"_s, u"4"_s }, { u"characters"_s, QJsonArray { QJsonObject { { u"id"_s, u"{mossy}"_s } } } } },
        400, u"characters"_s, u"unsupported_parameter"_s);
    extend("extend: input_reference",
        { { u"seconds"_s, u"4"_s },
            { u"input_reference"_s,
                QJsonObject { { u"image_url"_s, dataUrl("image/png", TestImages::png(720, 1280)) } } } },
        400, u"input_reference"_s, u"unsupported_parameter"_s);
    const auto withCharacter = multipart({ { "prompt", "Mossy", {}, {} }, { "video[id]", "{done}", {}, {} },
        { "seconds", "4", {}, {} }, { "characters[][id]", "{mossy}", {}, {} } });
    QTest::newRow("extend: multipart characters")
        << u"/videos/extensions"_s << withCharacter.second << withCharacter.first << 400 << u"characters"_s
        << u"unsupported_parameter"_s;
}

void TestMockServer::sourceValidation()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, param);
    QFETCH(QString, code);

    const MockClient::Reply reply = m_client->post(path, placeholders(body), contentType);
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(reply.json().value(u"remixed_from_video_id"_s).toString(), m_doneId);
        return;
    }
    const QJsonObject error = reply.error();
    QCOMPARE(error.size(), 4);
    QCOMPARE(error.value(u"type"_s).toString(), u"invalid_request_error"_s);
    QCOMPARE(nullableString(error.value(u"param"_s)), param);
    QCOMPARE(nullableString(error.value(u"code"_s)), code);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
}

void TestMockServer::edit()
{
    const MockClient::Reply reply = m_client->postJson(
        u"/videos/edits"_s, { { u"video"_s, videoRef(m_doneId) }, { u"prompt"_s, u"The same take, in snow"_s } });
    QCOMPARE(reply.status, 200);
    const QJsonObject edited = reply.json();
    const QJsonObject source = m_client->get(u"/videos/"_s + m_doneId).json();
    QCOMPARE(edited.size(), 13);
    QVERIFY(edited.value(u"id"_s).toString() != m_doneId);
    QCOMPARE(edited.value(u"object"_s).toString(), u"video"_s);
    QCOMPARE(edited.value(u"status"_s).toString(), u"queued"_s);
    QCOMPARE(edited.value(u"remixed_from_video_id"_s).toString(), m_doneId);
    QCOMPARE(edited.value(u"prompt"_s).toString(), u"The same take, in snow"_s);
    for (const QString &key : { u"model"_s, u"size"_s, u"seconds"_s })
        QCOMPARE(edited.value(key), source.value(key));

    const QString id = edited.value(u"id"_s).toString();
    WAIT_FOR_STATUS(*m_client, id, u"completed"_s);
    const MockClient::Reply video = m_client->get(u"/videos/%1/content"_s.arg(id));
    QCOMPARE(video.status, 200);
    QCOMPARE(video.body.mid(4, 4), QByteArray("ftyp"));
}

void TestMockServer::extensionChain()
{
    MockServerOptions options;
    options.timeScale = 0.002;
    options.ffmpeg = u"none"_s;
    auto server = startServer(options);
    QVERIFY(server);
    MockClient client(server->baseUrl(), u"k"_s);
    QString id
        = client.createVideo({ { u"prompt"_s, u"Part 1"_s }, { u"seconds"_s, u"4"_s } }).value(u"id"_s).toString();
    QStringList chain { id };
    for (int part = 2; part <= 7; ++part) { // six extensions
        WAIT_FOR_STATUS(client, id, u"completed"_s);
        const QJsonObject extended = extendVideo(client, id, u"4"_s, u"Part %1"_s.arg(part));
        QCOMPARE(extended.value(u"remixed_from_video_id"_s).toString(), id);
        QCOMPARE(extended.value(u"seconds"_s).toString(), QString::number(4 * part)); // the stitched total
        QCOMPARE(extended.value(u"size"_s).toString(), u"720x1280"_s);
        id = extended.value(u"id"_s).toString();
        chain << id;
    }
    WAIT_FOR_STATUS(client, id, u"completed"_s);
    QCOMPARE(client.get(u"/videos/"_s + id).json().value(u"seconds"_s).toString(), u"28"_s);
    QCOMPARE(client.get(u"/videos/%1/content"_s.arg(id)).status, 200);

    // A seventh is refused; the chain's earlier links can still be extended (on their own branch).
    MockClient::Reply seventh = client.postJson(u"/videos/extensions"_s,
        { { u"video"_s, videoRef(id) }, { u"prompt"_s, u"Part 8"_s }, { u"seconds"_s, u"4"_s } });
    QCOMPARE(seventh.status, 400);
    QCOMPARE(seventh.error().value(u"param"_s).toString(), u"video.id"_s);
    QCOMPARE(seventh.error().value(u"code"_s).toString(), u"too_many_extensions"_s);
    QCOMPARE(extendVideo(client, chain.at(5), u"4"_s, u"Another part 7"_s).value(u"seconds"_s).toString(), u"28"_s);

    // An edit of the sixth extension is as long and as stitched: it cannot be extended either.
    const QString edited
        = client.postJson(u"/videos/edits"_s, { { u"video"_s, videoRef(id) }, { u"prompt"_s, u"Recut"_s } })
              .json()
              .value(u"id"_s)
              .toString();
    WAIT_FOR_STATUS(client, edited, u"completed"_s);
    QCOMPARE(client.get(u"/videos/"_s + edited).json().value(u"seconds"_s).toString(), u"28"_s);
    seventh = client.postJson(u"/videos/extensions"_s,
        { { u"video"_s, videoRef(edited) }, { u"prompt"_s, u"Part 8"_s }, { u"seconds"_s, u"4"_s } });
    QCOMPARE(seventh.error().value(u"code"_s).toString(), u"too_many_extensions"_s);
}

void TestMockServer::extensionTotalLength()
{
    MockServerOptions options;
    options.timeScale = 0.002;
    options.ffmpeg = u"none"_s;
    auto server = startServer(options);
    QVERIFY(server);
    MockClient client(server->baseUrl(), u"k"_s);
    QString id
        = client.createVideo({ { u"prompt"_s, u"20 s"_s }, { u"seconds"_s, u"20"_s } }).value(u"id"_s).toString();
    for (int total = 40; total <= 120; total += 20) { // five extensions of 20 s: exactly 120 s is allowed
        WAIT_FOR_STATUS(client, id, u"completed"_s);
        const QJsonObject extended = extendVideo(client, id, u"20"_s, u"%1 s"_s.arg(total));
        QCOMPARE(extended.value(u"seconds"_s).toString(), QString::number(total));
        id = extended.value(u"id"_s).toString();
    }
    WAIT_FOR_STATUS(client, id, u"completed"_s);
    const MockClient::Reply over = client.postJson(u"/videos/extensions"_s,
        { { u"video"_s, videoRef(id) }, { u"prompt"_s, u"124 s"_s }, { u"seconds"_s, u"4"_s } });
    QCOMPARE(over.status, 400);
    QCOMPARE(over.error().value(u"param"_s).toString(), u"seconds"_s);
    QCOMPARE(over.error().value(u"code"_s).toString(), u"invalid_value"_s);
    QVERIFY2(over.error().value(u"message"_s).toString().contains(u"124 seconds long"_s),
        qPrintable(over.error().value(u"message"_s).toString()));
    QVERIFY(over.error().value(u"message"_s).toString().contains(u"at most 120 seconds"_s));
}

void TestMockServer::extensionWithFfmpeg()
{
    const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (ffmpeg.isEmpty())
        QSKIP("ffmpeg is not installed");
    MockServerOptions options;
    options.timeScale = kTimeScale;
    auto server = startServer(options);
    QVERIFY(server);
    QVERIFY(server->rendersWithFfmpeg());
    MockClient client(server->baseUrl(), u"k"_s);
    const QString source
        = client
              .createVideo({ { u"prompt"_s, u"The source"_s }, { u"size"_s, u"1280x720"_s }, { u"seconds"_s, u"4"_s } })
              .value(u"id"_s)
              .toString();
    WAIT_FOR_STATUS(client, source, u"completed"_s);
    const QByteArray sourceVideo = client.get(u"/videos/%1/content"_s.arg(source)).body;
    const QJsonObject extended = extendVideo(client, source, u"8"_s, u"And then the new part"_s);
    QCOMPARE(extended.value(u"seconds"_s).toString(), u"12"_s);
    const QString id = extended.value(u"id"_s).toString();
    WAIT_FOR_STATUS(client, id, u"completed"_s);
    // The source goes meanwhile: the extension was made from its own copy.
    QCOMPARE(client.deleteResource(u"/videos/"_s + source).status, 200);
    const MockClient::Reply video = client.get(u"/videos/%1/content"_s.arg(id));
    QCOMPARE(video.status, 200);
    QVERIFY(!QFileInfo::exists(server->dataDir() + u"/files/%1/source.mp4"_s.arg(id)));
    QVERIFY(client.get(u"/videos/%1/content?variant=thumbnail"_s.arg(id)).body.startsWith("RIFF"));
    QVERIFY(client.get(u"/videos/%1/content?variant=spritesheet"_s.arg(id)).body.startsWith("\xff\xd8\xff"));

    const QJsonObject info = probe(video.body);
    if (info.isEmpty())
        QSKIP("ffprobe is not installed; the extension's length was not checked");
    const double duration = info.value(u"format"_s).toObject().value(u"duration"_s).toString().toDouble();
    QVERIFY2(std::abs(duration - 12.0) < 0.15, qPrintable(QString::number(duration)));
    for (const QJsonValue &value : info.value(u"streams"_s).toArray()) {
        const QJsonObject stream = value.toObject();
        if (stream.value(u"codec_type"_s).toString() == u"video") {
            QCOMPARE(stream.value(u"width"_s).toInt(), 1280);
            QCOMPARE(stream.value(u"height"_s).toInt(), 720);
        }
    }

    // The source's frames first, then new ones: its first four seconds look like the source (measured: a mean grey
    // difference about 0.002), the rest differ from the source's last frame (1.8 to 5: the background colour may
    // be the same, the box and the prompt move on).
    QTemporaryDir dir;
    const auto save = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName() : QString();
    };
    const QString sourcePath = save(u"source.mp4"_s, sourceVideo);
    const QString extensionPath = save(u"extension.mp4"_s, video.body);
    QVERIFY(!sourcePath.isEmpty() && !extensionPath.isEmpty());
    const QByteArray sourceEnd = greyFrame(sourcePath, 3.9);
    for (const double at : { 0.5, 2.0, 3.5 }) {
        const double same = difference(greyFrame(sourcePath, at), greyFrame(extensionPath, at));
        QVERIFY2(same < 0.5, qPrintable(u"at %1 s: %2"_s.arg(at).arg(same)));
    }
    for (const double at : { 5.0, 8.0, 11.5 }) {
        const double changed = difference(sourceEnd, greyFrame(extensionPath, at));
        QVERIFY2(changed >= 0.5 && changed < 255.0, qPrintable(u"at %1 s: %2"_s.arg(at).arg(changed)));
    }
}

void TestMockServer::persistence()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MockServerOptions options;
    options.timeScale = kTimeScale;
    options.ffmpeg = u"none"_s;
    options.dataDir = dir.path();
    QString kept;
    QString interrupted;
    QJsonObject keptBefore;
    QJsonObject characterBefore;
    {
        auto server = startServer(options);
        QVERIFY(server);
        MockClient client(server->baseUrl(), u"k"_s);
        kept = client.createVideo({ { u"prompt"_s, u"Kept"_s } }).value(u"id"_s).toString();
        interrupted = client.createVideo({ { u"prompt"_s, u"Interrupted"_s } }).value(u"id"_s).toString();
        WAIT_FOR_STATUS(client, kept, u"completed"_s);
        WAIT_FOR_STATUS(client, interrupted, u"completed"_s);
        keptBefore = client.get(u"/videos/"_s + kept).json();
        characterBefore = postCharacter(client, "Kept too", TestVideos::mp4(3000)).json();
    }
    QVERIFY(QFileInfo::exists(dir.filePath(u"jobs/%1.json"_s.arg(kept))));
    QVERIFY(QFileInfo::exists(dir.filePath(u"files/%1/video.mp4"_s.arg(kept))));

    // Pretend the process died while rendering the second job: its record says pending and no files exist.
    QFile record(dir.filePath(u"jobs/%1.json"_s.arg(interrupted)));
    QVERIFY(record.open(QIODevice::ReadOnly));
    QJsonObject stored = QJsonDocument::fromJson(record.readAll()).object();
    record.close();
    stored.insert(u"render"_s, u"pending"_s);
    QVERIFY(record.open(QIODevice::WriteOnly | QIODevice::Truncate));
    record.write(QJsonDocument(stored).toJson());
    record.close();
    QVERIFY(QDir(dir.filePath(u"files/"_s + interrupted)).removeRecursively());

    auto server = startServer(options);
    QVERIFY(server);
    MockClient client(server->baseUrl(), u"k"_s);
    QCOMPARE(client.get(u"/videos/"_s + kept).json(), keptBefore);
    QCOMPARE(client.get(u"/videos/%1/content"_s.arg(kept)).status, 200);
    QCOMPARE(client.get(u"/videos"_s).json().value(u"data"_s).toArray().size(), 2);
    QCOMPARE(client.get(u"/videos/characters/"_s + characterBefore.value(u"id"_s).toString()).json(), characterBefore);
    WAIT_FOR_STATUS(client, interrupted, u"completed"_s);
    const MockClient::Reply rendered = client.get(u"/videos/%1/content"_s.arg(interrupted));
    QCOMPARE(rendered.status, 200);
    QCOMPARE(rendered.body.mid(4, 4), QByteArray("ftyp"));
}

void TestMockServer::requestCounters()
{
    MockServerOptions options;
    options.timeScale = kTimeScale;
    options.ffmpeg = u"none"_s;
    auto server = startServer(options);
    QVERIFY(server);
    for (const QString &route : server->requestCounts().keys())
        QCOMPARE(server->requestCount(route), 0);

    MockClient client(server->baseUrl(), u"k"_s);
    const QString id = client.createVideo({ { u"prompt"_s, u"Count me"_s } }).value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    client.get(u"/videos"_s);
    client.get(u"/videos/"_s + id);
    client.get(u"/videos/%1/content"_s.arg(id));
    client.deleteResource(u"/videos/video_nope"_s);
    client.postJson(u"/videos/video_nope/remix"_s, { { u"prompt"_s, u"x"_s } });
    client.postJson(u"/videos/edits"_s, { { u"prompt"_s, u"x"_s } });
    client.postJson(u"/videos/extensions"_s, { { u"prompt"_s, u"x"_s } });
    client.postJson(u"/videos/extensions"_s, { { u"prompt"_s, u"x"_s } });
    const QString character = createCharacter(client, "Counted");
    QVERIFY(!character.isEmpty());
    client.get(u"/videos/characters/"_s + character);
    client.get(u"/videos/characters/char_nope"_s);
    client.send("PUT", u"/videos"_s); // 405: no route, not counted
    client.get(u"/videos/characters"_s); // 405 too

    // Azure's path and header count under the same routes; so do rejected requests.
    MockClient azure(QUrl(u"http://127.0.0.1:%1/openai/v1"_s.arg(server->port())), QString());
    QCOMPARE(azure.get(u"/videos"_s, { { "api-key", "azure-key" } }).status, 200);
    QCOMPARE(azure.get(u"/videos"_s).status, 401);
    QCOMPARE(azure.get(u"/models"_s, { { "api-key", "azure-key" } }).status, 404);

    const QHash<QString, int> expected {
        { u"POST /videos"_s, 1 },
        { u"GET /videos"_s, 3 },
        { u"GET /videos/{id}"_s, 1 },
        { u"DELETE /videos/{id}"_s, 1 },
        { u"GET /videos/{id}/content"_s, 1 },
        { u"POST /videos/{id}/remix"_s, 1 },
        { u"POST /videos/edits"_s, 1 },
        { u"POST /videos/extensions"_s, 2 },
        { u"POST /videos/characters"_s, 1 },
        { u"GET /videos/characters/{id}"_s, 2 },
    };
    QCOMPARE(server->requestCounts(), expected);
    QCOMPARE(server->requestCount(u"GET /videos"_s), 3);

    MockClient control(QUrl(u"http://127.0.0.1:%1"_s.arg(server->port())), QString());
    const QJsonObject stats = control.get(u"/__dailies/stats"_s).json();
    QCOMPARE(stats.value(u"jobs"_s).toInt(), 1);
    QCOMPARE(stats.value(u"characters"_s).toInt(), 1);
    const QJsonObject requests = stats.value(u"requests"_s).toObject();
    QCOMPARE(requests.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(requests.value(it.key()).toInt(), it.value());
}

void TestMockServer::keepAliveAndPipelining()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray auth = "Authorization: Bearer " + kKey.toUtf8() + "\r\n";
    // Two requests in one write: the second must wait for the first answer, on the same connection.
    socket.write("GET /v1/videos?limit=1 HTTP/1.1\r\nHost: localhost\r\n" + auth
        + "\r\n"
          "GET /v1/videos/video_nope HTTP/1.1\r\nHost: localhost\r\n"
        + auth + "\r\n");

    QByteArray received;
    QList<int> statuses;
    const auto parse = [&] {
        while (true) {
            const qsizetype end = received.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = received.first(end);
            const QRegularExpression length(u"(?im)^content-length:\\s*(\\d+)"_s);
            const qsizetype size = length.match(QString::fromLatin1(head)).captured(1).toLongLong();
            if (received.size() < end + 4 + size)
                return;
            statuses << head.mid(9, 3).toInt();
            received.remove(0, end + 4 + size);
        }
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            received += socket.readAll();
            parse();
            return statuses.size() >= 2;
        }(),
        5000);
    QCOMPARE(statuses, (QList<int> { 200, 404 }));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);

    socket.write("GET /v1/videos?limit=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + auth + "\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    received += socket.readAll();
    parse();
    QCOMPARE(statuses, (QList<int> { 200, 404, 200 }));
}

void TestMockServer::bodyLimit_data()
{
    QTest::addColumn<qint64>("limit"); // 0: the default
    QTest::addColumn<qint64>("announced"); // -1: chunked
    QTest::addColumn<qint64>("bodySize"); // bytes the client sends at most
    QTest::addColumn<bool>("pipelined"); // a GET goes first on the same connection
    QTest::addColumn<bool>("bareLineFeeds"); // the POST's header lines end in LF alone, its blank line in CRLF
    QTest::addColumn<int>("status");

    constexpr qint64 kMiB = 1024 * 1024;
    // Refused from Content-Length alone: the client sends no body byte and still gets its answer.
    QTest::newRow("announced one byte over") << kMiB << kMiB + 1 << qint64(0) << false << false << 413;
    QTest::newRow("announced 200 MB") << kMiB << qint64(200'000'000) << qint64(0) << false << false << 413;
    QTest::newRow("default limit, announced over it")
        << qint64(0) << 50 * kMiB + 1 << qint64(0) << false << false << 413;
    QTest::newRow("header lines ending in LF") << kMiB << kMiB + 1 << qint64(0) << false << true << 413;
    QTest::newRow("after a pipelined request") << kMiB << 2 * kMiB << qint64(0) << true << false << 413;
    // A chunked body is refused once it passes the limit, before the client finished sending it.
    QTest::newRow("chunked past the limit") << kMiB << qint64(-1) << 64 * kMiB << false << false << 413;
    // Bodies up to the limit are read and validated as usual (a prompt this long is a 400).
    QTest::newRow("announced at the limit") << kMiB << kMiB << kMiB << false << false << 400;
    QTest::newRow("chunked within the limit") << kMiB << qint64(-1) << kMiB - 4096 << false << false << 400;
}

void TestMockServer::bodyLimit()
{
    QFETCH(qint64, limit);
    QFETCH(qint64, announced);
    QFETCH(qint64, bodySize);
    QFETCH(bool, pipelined);
    QFETCH(bool, bareLineFeeds);
    QFETCH(int, status);

    MockServerOptions options;
    options.apiKey = kKey;
    options.ffmpeg = u"none"_s;
    QCOMPARE(options.maxBodyBytes, 50 * 1024 * 1024); // documented in docs/mockserver.md
    if (limit > 0)
        options.maxBodyBytes = limit;
    auto server = startServer(options);
    QVERIFY(server);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray auth = "Authorization: Bearer " + kKey.toUtf8() + "\r\n";
    if (pipelined)
        socket.write("GET /v1/videos?limit=1 HTTP/1.1\r\nHost: localhost\r\n" + auth + "\r\n");
    QByteArray post = "POST /v1/videos HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + auth
        + (announced >= 0 ? "Content-Length: " + QByteArray::number(announced)
                          : QByteArray("Transfer-Encoding: chunked"))
        + "\r\n\r\n";
    if (bareLineFeeds) {
        // "\n" after each line, then the blank line as "\r\n": Qt ends the header block there too.
        post.replace("\r\n", "\n");
        post.chop(1);
        post += "\r\n";
    }
    socket.write(post);

    QByteArray received;
    const auto answered = [&] {
        if (socket.bytesAvailable() > 0)
            received += socket.readAll();
        return received.contains("\r\n\r\n") && (!pipelined || received.indexOf("HTTP/1.1 ", 1) > 0);
    };
    // The body: a JSON object with a very long prompt, sent in pieces as the socket drains, until it is complete
    // or an answer arrives.
    const QByteArray prefix = R"({"prompt":")";
    qint64 sent = 0;
    while (sent < bodySize && !answered() && socket.state() == QAbstractSocket::ConnectedState) {
        qint64 size = std::min<qint64>(64 * 1024, bodySize - sent);
        QByteArray piece(size, 'a');
        if (sent == 0)
            piece.replace(0, prefix.size(), prefix);
        if (sent + size == bodySize)
            piece.back() = '}', piece[piece.size() - 2] = '"';
        socket.write(announced >= 0 ? piece : QByteArray::number(size, 16) + "\r\n" + piece + "\r\n");
        sent += size;
        QTRY_VERIFY_WITH_TIMEOUT(
            socket.bytesToWrite() < 1024 * 1024 || socket.state() != QAbstractSocket::ConnectedState, 10000);
    }
    if (announced < 0 && sent == bodySize)
        socket.write("0\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(answered(), 20000);
    if (pipelined) {
        QVERIFY2(received.startsWith("HTTP/1.1 200 "), received.left(200).constData());
        received = received.sliced(received.indexOf("HTTP/1.1 ", 1));
    }
    const QByteArray statusLine = "HTTP/1.1 " + QByteArray::number(status) + ' ';
    QVERIFY2(received.startsWith(statusLine), received.left(200).constData());
    if (status == 413) {
        // The rest of the body was never needed: far less than it was sent, and the connection ends after the answer.
        QVERIFY2(sent < 32 * 1024 * 1024, QByteArray::number(sent).constData());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
        if (socket.bytesAvailable() > 0)
            received += socket.readAll();
        const QJsonObject error = QJsonDocument::fromJson(received.sliced(received.indexOf("\r\n\r\n") + 4))
                                      .object()
                                      .value(u"error"_s)
                                      .toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"request_too_large"_s);
        QCOMPARE(error.value(u"type"_s).toString(), u"invalid_request_error"_s);
    }
}

void TestMockServer::standaloneExecutable()
{
    const QString program = executablePath();
    if (!QFileInfo::exists(program))
        QSKIP("dailies-mockserver was not built");
    QTemporaryDir dir;
    QProcess process;
    process.start(program,
        { u"--port"_s, u"0"_s, u"--key"_s, kKey, u"--time-scale"_s, u"0.02"_s, u"--ffmpeg"_s, u"none"_s,
            u"--data-dir"_s, dir.path(), u"--faults"_s, u"500@delete:times=1"_s });
    QVERIFY(process.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpressionMatch match
        = QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:(\\d+)/v1)$"_s).match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    QVERIFY(match.captured(2).toInt() > 0);

    MockClient client(QUrl(match.captured(1)), kKey);
    QCOMPARE(client.get(u"/videos"_s).status, 200);
    QCOMPARE(client.deleteResource(u"/videos/video_nope"_s).status, 500);
    MockClient control(QUrl(u"http://127.0.0.1:%1"_s.arg(match.captured(2))), QString());
    const MockClient::Reply stats = control.get(u"/__dailies/stats"_s);
    QCOMPARE(stats.status, 200);
    QCOMPARE(stats.json().value(u"requests"_s).toObject().value(u"GET /videos"_s).toInt(), 1);
    QCOMPARE(stats.json().value(u"requests"_s).toObject().value(u"DELETE /videos/{id}"_s).toInt(), 1);
    QCOMPARE(stats.json().value(u"jobs"_s).toInt(), 0);

    process.kill();
    QVERIFY(process.waitForFinished(5000));
}

void TestMockServer::standaloneBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("bad fault route") << QStringList { u"--faults"_s, u"429;reset@contnet"_s } << 2
                                     << u"fault rule 2 ('reset@contnet'): unknown route 'contnet'; expected create"_s;
    QTest::newRow("bad fault kind") << QStringList { u"--faults"_s, u"boom"_s } << 2 << u"unknown kind 'boom'"_s;
    QTest::newRow("zero time scale") << QStringList { u"--time-scale"_s, u"0"_s } << 2 << u"--time-scale"_s;
    QTest::newRow("time scale not a number") << QStringList { u"--time-scale"_s, u"fast"_s } << 2 << u"--time-scale"_s;
    QTest::newRow("bad port") << QStringList { u"--port"_s, u"70000"_s } << 2 << u"--port"_s;
    QTest::newRow("bad ttl") << QStringList { u"--ttl"_s, u"0"_s } << 2 << u"--ttl"_s;
    QTest::newRow("unknown option") << QStringList { u"--frobnicate"_s } << 2 << u"frobnicate"_s;
    QTest::newRow("missing ffmpeg") << QStringList { u"--ffmpeg"_s, u"/nonexistent/ffmpeg"_s } << 2 << u"ffmpeg"_s;
    QTest::newRow("port in use") << QStringList { u"--port"_s, u"{busyport}"_s } << 1 << u"cannot listen"_s;
    QTest::newRow("help") << QStringList { u"--help"_s } << 0 << u"--faults"_s;
}

void TestMockServer::standaloneBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString program = executablePath();
    if (!QFileInfo::exists(program))
        QSKIP("dailies-mockserver was not built");

    QTcpServer occupied;
    QVERIFY(occupied.listen(QHostAddress::LocalHost));
    arguments.replaceInStrings(u"{busyport}"_s, QString::number(occupied.serverPort()));
    if (!arguments.contains(u"--ffmpeg"_s))
        arguments << u"--ffmpeg"_s << u"none"_s;

    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    const QString output = QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
    QVERIFY2(output.contains(message), qPrintable(output));
    if (exitCode != 0)
        QVERIFY(!output.contains(u"listening on http"_s));
}

QTEST_GUILESS_MAIN(TestMockServer)
#include "tst_mockserver.moc"
