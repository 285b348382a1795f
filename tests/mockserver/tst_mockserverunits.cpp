// SPDX-License-Identifier: GPL-3.0-or-later
// The demo server's building blocks on their own: multipart parsing, image and MP4 sniffing, prompt wrapping, the
// clock-derived job states and the stored records of jobs and characters.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "mockserver/characterstore.h"
#include "mockserver/cliprenderer.h"
#include "mockserver/imagesniffer.h"
#include "mockserver/mp4sniffer.h"
#include "mockserver/multipartparser.h"
#include "mockserver/videojob.h"
#include "testimages.h"
#include "testvideos.h"

using namespace Qt::StringLiterals;
using Dailies::Mock::CharacterStore;
using Dailies::Mock::ClipRenderer;
using Dailies::Mock::ImageSniffer;
using Dailies::Mock::Mp4Sniffer;
using Dailies::Mock::MultipartParser;
using Dailies::Mock::MultipartPart;
using Dailies::Mock::VideoCharacter;
using Dailies::Mock::VideoJob;

class TestMockServerUnits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundary_data();
    void boundary();
    void multipart_data();
    void multipart();
    void sniffer_data();
    void sniffer();
    void snifferAgainstFfmpeg_data();
    void snifferAgainstFfmpeg();
    void wrapPrompt_data();
    void wrapPrompt();
    void jobStates_data();
    void jobStates();
    void jobStorageRoundTrip();
    void mp4Sniffer_data();
    void mp4Sniffer();
    void mp4SnifferAgainstFfmpeg();
    void characterStore();
};

void TestMockServerUnits::boundary_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("boundary");

    QTest::newRow("bare") << QByteArray("multipart/form-data; boundary=abc123") << QByteArray("abc123");
    QTest::newRow("quoted, as QHttpMultiPart")
        << QByteArray("multipart/form-data; boundary=\"boundary_.oOo._AbC+/=\"") << QByteArray("boundary_.oOo._AbC+/=");
    QTest::newRow("node undici") << QByteArray("multipart/form-data; boundary=----formdata-undici-0123456789")
                                 << QByteArray("----formdata-undici-0123456789");
    QTest::newRow("case and spaces") << QByteArray("Multipart/Form-Data ;  Boundary = xyz ; charset=utf-8")
                                     << QByteArray("xyz");
    QTest::newRow("none") << QByteArray("multipart/form-data") << QByteArray();
}

void TestMockServerUnits::boundary()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, boundary);
    QCOMPARE(MultipartParser::boundary(contentType), boundary);
}

void TestMockServerUnits::multipart_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("boundary");
    // "name=value" for text parts, "name<file>=size" for files; empty when the body must be refused.
    QTest::addColumn<QStringList>("parts");
    QTest::addColumn<QString>("error");

    QTest::newRow("httpx") << QByteArray("--b1\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\nA cat\r\n"
                                         "--b1\r\nContent-Disposition: form-data; name=\"input_reference\"; "
                                         "filename=\"ref.png\"\r\nContent-Type: image/png\r\n\r\nPNGDATA\r\n--b1--\r\n")
                           << QByteArray("b1") << QStringList { u"prompt=A cat"_s, u"input_reference<ref.png>=7"_s }
                           << QString();
    QTest::newRow("node, escaped name and quote in file name")
        << QByteArray("------formdata-undici-1\r\nContent-Disposition: form-data; name=\"a%22b\"\r\n\r\nv\r\n"
                      "------formdata-undici-1\r\nContent-Disposition: form-data; name=\"f\"; "
                      "filename=\"my %22best%22.png\"\r\nContent-Type: image/png\r\n\r\n12\r\n"
                      "------formdata-undici-1--")
        << QByteArray("----formdata-undici-1") << QStringList { u"a\"b=v"_s, u"f<my \"best\".png>=2"_s } << QString();
    QTest::newRow("requests, RFC 5987 file name")
        << QByteArray("--x\r\nContent-Disposition: form-data; name=\"f\"; filename*=UTF-8''caf%C3%A9.png\r\n"
                      "Content-Type: image/png\r\n\r\nabc\r\n--x--\r\n")
        << QByteArray("x") << QStringList { u"f<café.png>=3"_s } << QString();
    QTest::newRow("preamble, epilogue, lower-case headers, bare name")
        << QByteArray("ignored preamble\r\n--x\r\ncontent-disposition: form-data; name=seconds\r\n\r\n8\r\n--x--\r\n"
                      "epilogue")
        << QByteArray("x") << QStringList { u"seconds=8"_s } << QString();
    QTest::newRow("empty value and a value with CRLF inside")
        << QByteArray("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\r\n--x\r\n"
                      "Content-Disposition: form-data; name=\"b\"\r\n\r\nline1\r\nline2\r\n--x--\r\n")
        << QByteArray("x") << QStringList { u"a="_s, u"b=line1\r\nline2"_s } << QString();
    QTest::newRow("bracketed names are kept as sent")
        << QByteArray("--x\r\nContent-Disposition: form-data; name=\"input_reference[file_id]\"\r\n\r\nfile-1\r\n--x--")
        << QByteArray("x") << QStringList { u"input_reference[file_id]=file-1"_s } << QString();

    QTest::newRow("boundary absent") << QByteArray("prompt=x") << QByteArray("x") << QStringList()
                                     << u"does not contain the boundary"_s;
    QTest::newRow("part not closed") << QByteArray("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue")
                                     << QByteArray("x") << QStringList() << u"not closed"_s;
    QTest::newRow("no disposition") << QByteArray("--x\r\nContent-Type: text/plain\r\n\r\nv\r\n--x--")
                                    << QByteArray("x") << QStringList() << u"Content-Disposition"_s;
    QTest::newRow("no CRLF after the boundary")
        << QByteArray("--xgarbage\r\n\r\nv\r\n--x--") << QByteArray("x") << QStringList() << u"CRLF"_s;
    QTest::newRow("no boundary given") << QByteArray("--x--") << QByteArray() << QStringList() << u"boundary"_s;
}

void TestMockServerUnits::multipart()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, boundary);
    QFETCH(QStringList, parts);
    QFETCH(QString, error);

    QString message;
    const auto parsed = MultipartParser::parse(body, boundary, &message);
    QCOMPARE(parsed.has_value(), error.isEmpty());
    if (!parsed) {
        QVERIFY2(message.contains(error), qPrintable(message));
        return;
    }
    QStringList described;
    for (const MultipartPart &part : *parsed) {
        described << (part.isFile() ? u"%1<%2>=%3"_s.arg(part.name, part.fileName).arg(part.data.size())
                                    : part.name + u'=' + QString::fromUtf8(part.data));
    }
    QCOMPARE(described, parts);
}

void TestMockServerUnits::sniffer_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");

    QTest::newRow("png") << TestImages::png(720, 1280) << u"image/png"_s << 720 << 1280;
    QTest::newRow("png 1080p") << TestImages::png(1920, 1080) << u"image/png"_s << 1920 << 1080;
    QTest::newRow("jpeg") << TestImages::jpeg(1280, 720) << u"image/jpeg"_s << 1280 << 720;
    QByteArray progressive = TestImages::jpeg(1792, 1024);
    progressive[progressive.indexOf("\xff\xc0") + 1] = '\xc2';
    QTest::newRow("progressive jpeg (SOF2)") << progressive << u"image/jpeg"_s << 1792 << 1024;
    QByteArray withTables = TestImages::jpeg(1024, 1792);
    withTables.insert(20, QByteArray::fromHex("ffc4000400ff")); // a DHT segment before the SOF must be skipped
    QTest::newRow("jpeg with a DHT first") << withTables << u"image/jpeg"_s << 1024 << 1792;
    QTest::newRow("webp extended") << TestImages::webpExtended(1080, 1920) << u"image/webp"_s << 1080 << 1920;
    QTest::newRow("webp lossy") << TestImages::webpLossy(720, 1280) << u"image/webp"_s << 720 << 1280;
    QTest::newRow("webp lossless") << TestImages::webpLossless(1280, 720) << u"image/webp"_s << 1280 << 720;
    QTest::newRow("gif") << TestImages::gif(720, 1280) << u"image/gif"_s << 0 << 0;
    QTest::newRow("bmp") << QByteArray("BM\x00\x00") << u"image/bmp"_s << 0 << 0;
    QTest::newRow("text") << QByteArray("hello, world") << QString() << 0 << 0;
    QTest::newRow("empty") << QByteArray() << QString() << 0 << 0;
    QTest::newRow("truncated png") << TestImages::png(720, 1280).first(14) << u"image/png"_s << 0 << 0;
    QTest::newRow("truncated jpeg") << TestImages::jpeg(720, 1280).first(22) << u"image/jpeg"_s << 0 << 0;
}

void TestMockServerUnits::sniffer()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, mimeType);
    QFETCH(int, width);
    QFETCH(int, height);
    const auto info = ImageSniffer::sniff(data);
    QCOMPARE(info.mimeType, mimeType);
    QCOMPARE(info.width, width);
    QCOMPARE(info.height, height);
}

void TestMockServerUnits::snifferAgainstFfmpeg_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("codec");
    QTest::addColumn<QString>("mimeType");

    QTest::newRow("png") << u"a.png"_s << QStringList() << u"image/png"_s;
    QTest::newRow("jpeg") << u"a.jpg"_s << QStringList() << u"image/jpeg"_s;
    QTest::newRow("webp lossy") << u"a.webp"_s << QStringList { u"-c:v"_s, u"libwebp"_s } << u"image/webp"_s;
    QTest::newRow("webp lossless") << u"b.webp"_s << QStringList { u"-c:v"_s, u"libwebp"_s, u"-lossless"_s, u"1"_s }
                                   << u"image/webp"_s;
}

void TestMockServerUnits::snifferAgainstFfmpeg()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, codec);
    QFETCH(QString, mimeType);
    const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (ffmpeg.isEmpty())
        QSKIP("ffmpeg is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QProcess process;
    process.start(ffmpeg,
        QStringList { u"-v"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
            u"color=c=orange:s=64x64,format=rgb24,scale=37:23"_s, u"-frames:v"_s, u"1"_s }
            + codec + QStringList { path });
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto info = ImageSniffer::sniff(file.readAll());
    QCOMPARE(info.mimeType, mimeType);
    QCOMPARE(info.width, 37);
    QCOMPARE(info.height, 23);
}

void TestMockServerUnits::wrapPrompt_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("lines");
    QTest::addColumn<QString>("wrapped");

    QTest::newRow("short") << u"A cat"_s << 20 << 3 << u"A cat"_s;
    QTest::newRow("whitespace folded") << u"  A\n\tcat  \r\n on a piano "_s << 20 << 3 << u"A cat on a piano"_s;
    QTest::newRow("wrapped at words") << u"one two three four five"_s << 9 << 5 << u"one two\nthree\nfour five"_s;
    QTest::newRow("long word split") << u"abcdefghijkl xy"_s << 5 << 5 << u"abcde\nfghij\nkl xy"_s;
    QTest::newRow("cut with an ellipsis") << u"one two three four five six"_s << 9 << 2 << u"one two\nthree…"_s;
    QTest::newRow("empty") << QString() << 10 << 2 << QString();
}

void TestMockServerUnits::wrapPrompt()
{
    QFETCH(QString, prompt);
    QFETCH(int, columns);
    QFETCH(int, lines);
    QFETCH(QString, wrapped);
    QCOMPARE(ClipRenderer::wrapPrompt(prompt, columns, lines), wrapped);
}

void TestMockServerUnits::jobStates_data()
{
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<bool>("stuck");
    QTest::addColumn<int>("render"); // VideoJob::Render
    QTest::addColumn<bool>("plannedFailure");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("progress");

    constexpr int pending = static_cast<int>(VideoJob::Render::Pending);
    constexpr int done = static_cast<int>(VideoJob::Render::Done);
    constexpr int failed = static_cast<int>(VideoJob::Render::Failed);
    // The job takes 10 s: queued for the first second, then 9 s of progress.
    QTest::newRow("just created") << qint64(0) << false << pending << false << u"queued"_s << 0;
    QTest::newRow("end of the queue") << qint64(999) << false << pending << false << u"queued"_s << 0;
    QTest::newRow("started") << qint64(1000) << false << pending << false << u"in_progress"_s << 0;
    QTest::newRow("half-way") << qint64(5500) << false << done << false << u"in_progress"_s << 50;
    QTest::newRow("done") << qint64(10000) << false << done << false << u"completed"_s << 100;
    QTest::newRow("done, render still running") << qint64(60000) << false << pending << false << u"in_progress"_s << 99;
    QTest::newRow("stuck") << qint64(600000) << true << done << false << u"in_progress"_s << 99;
    QTest::newRow("render failed, queued") << qint64(500) << false << failed << false << u"queued"_s << 0;
    QTest::newRow("render failed") << qint64(3000) << false << failed << false << u"failed"_s << 22;
    QTest::newRow("planned failure, before") << qint64(4000) << false << done << true << u"in_progress"_s << 33;
    QTest::newRow("planned failure") << qint64(9000) << false << done << true << u"failed"_s << 44;
}

void TestMockServerUnits::jobStates()
{
    QFETCH(qint64, elapsedMs);
    QFETCH(bool, stuck);
    QFETCH(int, render);
    QFETCH(bool, plannedFailure);
    QFETCH(QString, status);
    QFETCH(int, progress);

    VideoJob job;
    job.id = u"video_0123456789abcdef0123456789abcdef"_s;
    job.size = u"720x1280"_s;
    job.seconds = u"4"_s;
    job.createdMs = 1'700'000'000'000;
    job.durationMs = 10000;
    job.ttlSeconds = 60;
    job.stuck = stuck;
    job.render = static_cast<VideoJob::Render>(render);
    job.renderDoneMs = job.createdMs + 3000;
    if (plannedFailure) {
        job.plannedErrorCode = u"moderation_blocked"_s;
        job.plannedErrorMessage = u"blocked"_s;
    }
    const VideoJob::State state = job.stateAt(job.createdMs + elapsedMs);
    QCOMPARE(state.status, status);
    QCOMPARE(state.progress, progress);
    const QJsonObject video = job.toVideoObject(job.createdMs + elapsedMs);
    QCOMPARE(video.size(), 13);
    if (status == u"completed") {
        QCOMPARE(video.value(u"completed_at"_s).toInteger(), (job.createdMs + 10000) / 1000);
        QCOMPARE(video.value(u"expires_at"_s).toInteger(), (job.createdMs + 10000) / 1000 + 60);
    } else {
        QVERIFY(video.value(u"completed_at"_s).isNull());
        QVERIFY(video.value(u"expires_at"_s).isNull());
    }
    QCOMPARE(video.value(u"error"_s).isNull(), status != u"failed");
}

void TestMockServerUnits::jobStorageRoundTrip()
{
    VideoJob job;
    job.id = u"video_0123456789abcdef0123456789abcdef"_s;
    job.model = u"sora-2-pro"_s;
    job.prompt = u"A prompt with \"quotes\" and ünïcödé"_s;
    job.size = u"1792x1024"_s;
    job.seconds = u"12"_s;
    job.remixedFromId = u"video_ffffffffffffffffffffffffffffffff"_s;
    job.extensionCount = 3;
    job.sourceSeconds = 8;
    job.createdMs = 1'700'000'000'123;
    job.durationMs = 4321;
    job.ttlSeconds = 72;
    job.stuck = true;
    job.render = VideoJob::Render::Done;
    job.renderDoneMs = 1'700'000'004'000;
    const auto copy = VideoJob::fromStorage(job.toStorage());
    QVERIFY(copy);
    QCOMPARE(copy->toStorage(), job.toStorage());
    QCOMPARE(copy->width(), 1792);
    QCOMPARE(copy->height(), 1024);
    QVERIFY(!VideoJob::fromStorage(QJsonObject { { u"id"_s, u"nope"_s } }));
    // An extension's source cannot be as long as the whole clip.
    QJsonObject broken = job.toStorage();
    broken.insert(u"source_seconds"_s, 12);
    QVERIFY(!VideoJob::fromStorage(broken));
}

void TestMockServerUnits::mp4Sniffer_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("isMp4");
    QTest::addColumn<double>("seconds");

    using Layout = TestVideos::Layout;
    QTest::newRow("3 s, moov first") << TestVideos::mp4(3000) << true << 3.0;
    QTest::newRow("3 s, moov after mdat") << TestVideos::mp4(3000, Layout::MoovLast) << true << 3.0;
    QTest::newRow("version 1 header") << TestVideos::mp4(2500, Layout::MoovFirst, 1) << true << 2.5;
    QTest::newRow("no moov") << TestVideos::mp4(3000, Layout::NoMoov) << true << 0.0;
    QTest::newRow("cut inside moov") << TestVideos::mp4(3000).first(60) << true << 0.0;
    QTest::newRow("unknown duration") << TestVideos::mp4(0xffffffffU) << true << 0.0;
    QTest::newRow("box size past the end")
        << QByteArray::fromHex("00001000") + "ftypisom" + QByteArray(8, '\0') << false << 0.0;
    QTest::newRow("64-bit box size") << QByteArray::fromHex("00000001") + "ftyp"
            + QByteArray::fromHex("0000000000000018") + "isom" + QByteArray(4, '\0')
            + TestVideos::box("moov", QByteArray())
                                     << true << 0.0;
    QTest::newRow("png") << TestImages::png(16, 16) << false << 0.0;
    QTest::newRow("text") << QByteArray("this is not a video at all") << false << 0.0;
    QTest::newRow("empty") << QByteArray() << false << 0.0;
}

void TestMockServerUnits::mp4Sniffer()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, isMp4);
    QFETCH(double, seconds);
    const auto info = Mp4Sniffer::sniff(bytes);
    QCOMPARE(info.isMp4, isMp4);
    QCOMPARE(info.seconds, seconds);
}

void TestMockServerUnits::mp4SnifferAgainstFfmpeg()
{
    const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (ffmpeg.isEmpty())
        QSKIP("ffmpeg is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"clip.mp4"_s);
    QProcess process;
    process.start(ffmpeg,
        { u"-v"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s, u"color=c=red:s=64x64:r=24:d=3"_s, u"-f"_s, u"lavfi"_s,
            u"-i"_s, u"sine=d=3"_s, u"-c:v"_s, u"libx264"_s, u"-c:a"_s, u"aac"_s, u"-t"_s, u"3"_s, path });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto info = Mp4Sniffer::sniff(file.readAll());
    QVERIFY(info.isMp4);
    QVERIFY2(std::abs(info.seconds - 3.0) < 0.1, qPrintable(QString::number(info.seconds)));
}

void TestMockServerUnits::characterStore()
{
    QTemporaryDir dir;
    QString id;
    {
        CharacterStore store(dir.path());
        QVERIFY(store.open());
        const auto added = store.add(u"Mossy ünïcödé"_s, TestVideos::mp4(3000), 3.0);
        QVERIFY(added);
        id = added->id;
        QVERIFY(QRegularExpression(u"^char_[0-9a-f]{32}$"_s).match(id).hasMatch());
        QCOMPARE(added->toApiObject().keys(), (QStringList { u"created_at"_s, u"id"_s, u"name"_s }));
        QCOMPARE(store.find(id)->name, u"Mossy ünïcödé"_s);
        QVERIFY(!store.find(u"char_0123456789abcdef0123456789abcdef"_s));
        QVERIFY(!store.find(u"../jobs/x"_s));
        QVERIFY(QFile::exists(store.videoPath(id)));
    }
    CharacterStore reopened(dir.path());
    QVERIFY(reopened.open());
    QCOMPARE(reopened.count(), 1);
    QVERIFY(reopened.find(id));
    QCOMPARE(reopened.find(id)->seconds, 3.0);
    QVERIFY(!VideoCharacter::fromStorage(QJsonObject { { u"id"_s, u"char_x"_s }, { u"name"_s, u"x"_s } }));
}

QTEST_GUILESS_MAIN(TestMockServerUnits)
#include "tst_mockserverunits.moc"
