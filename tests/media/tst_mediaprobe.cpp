// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include "media/mediaprobe.h"

using namespace Qt::StringLiterals;
using Dailies::MediaInfo;
using Dailies::MediaProbe;

namespace
{

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray be16(quint16 value)
{
    QByteArray bytes(2, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray be64(quint64 value)
{
    QByteArray bytes(8, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray box(const char *type, const QByteArray &payload)
{
    return be32(quint32(8 + payload.size())) + QByteArray(type, 4) + payload;
}

struct Synthetic {
    quint32 timescale = 12800;
    quint32 frames = 48;
    quint32 delta = 512; // 25 fps at 12800
    quint32 sttsCount = 1; // what the stts box claims
    quint8 version = 0;
    QByteArray codec = "avc1";
    bool audio = true;
};

// A small movie header as a muxer writes it: mvhd, a video track and optionally an audio track; no media data.
QByteArray syntheticMovie(const Synthetic &s)
{
    const quint64 duration = quint64(s.frames) * s.delta;
    const QByteArray matrix
        = be32(0x10000) + be32(0) + be32(0) + be32(0) + be32(0x10000) + be32(0) + be32(0) + be32(0) + be32(0x40000000);
    QByteArray mvhd;
    if (s.version == 1)
        mvhd = be32(0x01000000) + be64(0) + be64(0) + be32(s.timescale) + be64(duration);
    else
        mvhd = be32(0) + be32(0) + be32(0) + be32(s.timescale) + be32(quint32(duration));
    mvhd += QByteArray(80, '\0');
    const auto track = [&](const char *handler, const QByteArray &codec, int width, int height) {
        QByteArray tkhd;
        if (s.version == 1)
            tkhd = be32(0x01000007) + be64(0) + be64(0) + be32(1) + be32(0) + be64(duration);
        else
            tkhd = be32(7) + be32(0) + be32(0) + be32(1) + be32(0) + be32(quint32(duration));
        tkhd += QByteArray(8, '\0') + be16(0) + be16(0) + be16(0) + be16(0) + matrix + be32(quint32(width) << 16)
            + be32(quint32(height) << 16);
        QByteArray mdhd;
        if (s.version == 1)
            mdhd = be32(0x01000000) + be64(0) + be64(0) + be32(s.timescale) + be64(duration) + be32(0);
        else
            mdhd = be32(0) + be32(0) + be32(0) + be32(s.timescale) + be32(quint32(duration)) + be32(0);
        const QByteArray hdlr = be32(0) + be32(0) + QByteArray(handler, 4) + QByteArray(12, '\0') + "x\0"_ba;
        const QByteArray entry = box(codec.constData(),
            QByteArray(6, '\0') + be16(1) + QByteArray(16, '\0') + be16(quint16(width)) + be16(quint16(height))
                + QByteArray(50, '\0'));
        const QByteArray stsd = box("stsd", be32(0) + be32(1) + entry);
        const QByteArray stts = box("stts", be32(0) + be32(s.sttsCount) + be32(s.frames) + be32(s.delta));
        const QByteArray stbl = box("stbl", stsd + stts);
        const QByteArray minf = box("minf", box("vmhd", be32(1) + QByteArray(8, '\0')) + stbl);
        return box("trak", box("tkhd", tkhd) + box("mdia", box("mdhd", mdhd) + box("hdlr", hdlr) + minf));
    };
    QByteArray moov = box("mvhd", mvhd) + track("vide", s.codec, 640, 360);
    if (s.audio)
        moov += track("soun", "mp4a", 0, 0);
    return box("ftyp", "isom"_ba + be32(0x200) + "isomiso2avc1mp41"_ba) + box("moov", moov);
}

std::optional<MediaInfo> probeBytes(const QByteArray &bytes, QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return MediaProbe::probe(&buffer, error);
}

QByteArray demoClip()
{
    QFile file(QStringLiteral(DAILIES_DEMO_CLIPS "/1280x720/video.mp4"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMediaProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledClips_data();
    void bundledClips();
    void ffmpegClips_data();
    void ffmpegClips();
    void synthetic_data();
    void synthetic();
    void damaged_data();
    void damaged();
    void missingFile();
};

void TestMediaProbe::bundledClips_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    const QDir demo(QStringLiteral(DAILIES_DEMO_CLIPS));
    const QStringList sizes = demo.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!sizes.isEmpty());
    for (const QString &size : sizes) {
        const QStringList wh = size.split(u'x');
        QTest::newRow(qPrintable(size)) << demo.filePath(size) << wh.value(0).toInt() << wh.value(1).toInt();
    }
}

void TestMediaProbe::bundledClips()
{
    QFETCH(QString, folder);
    QFETCH(int, width);
    QFETCH(int, height);
    QString error;
    const std::optional<MediaInfo> info = MediaProbe::probe(folder + u"/video.mp4"_s, &error);
    QVERIFY2(info, qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(info->hasVideo);
    QCOMPARE(info->width, width);
    QCOMPARE(info->height, height);
    QCOMPARE(info->videoCodec, u"avc1"_s);
    QCOMPARE(info->durationMs, 4000);
    QCOMPARE(info->frameRate, 24.0);
    QCOMPARE(info->frameCount, 96);
    QCOMPARE(info->frameDurationMs(), 42);
    QVERIFY(info->hasAudio);
    QCOMPARE(info->audioCodec, u"mp4a"_s);
}

void TestMediaProbe::ffmpegClips_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<QString>("codec");
    QTest::addColumn<double>("fps");
    QTest::addColumn<int>("frames");
    QTest::addColumn<bool>("audio");
    const QString video = u"-f lavfi -i testsrc=duration=2:size=%1:rate=%2"_s;
    const QString audio = u" -f lavfi -i sine=frequency=440:duration=2 -c:a aac -shortest"_s;
    QTest::newRow("h264 24 fps with aac")
        << QString(video.arg(u"640x360"_s, u"24"_s) + audio + u" -c:v libx264 -pix_fmt yuv420p"_s).split(u' ')
        << u"mp4"_s << 640 << 360 << u"avc1"_s << 24.0 << 48 << true;
    QTest::newRow("h264 30 fps silent")
        << QString(video.arg(u"320x240"_s, u"30"_s) + u" -c:v libx264 -pix_fmt yuv420p"_s).split(u' ') << u"mp4"_s
        << 320 << 240 << u"avc1"_s << 30.0 << 60 << false;
    QTest::newRow("ntsc 23.976")
        << QString(video.arg(u"256x144"_s, u"24000/1001"_s) + u" -c:v libx264 -pix_fmt yuv420p"_s).split(u' ')
        << u"mp4"_s << 256 << 144 << u"avc1"_s << 24000.0 / 1001 << 48 << false;
    QTest::newRow("mpeg-4 part 2 in a mov")
        << QString(video.arg(u"352x288"_s, u"25"_s) + audio + u" -c:v mpeg4"_s).split(u' ') << u"mov"_s << 352 << 288
        << u"mp4v"_s << 25.0 << 50 << true;
}

void TestMediaProbe::ffmpegClips()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, suffix);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(QString, codec);
    QFETCH(double, fps);
    QFETCH(int, frames);
    QFETCH(bool, audio);
    const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (ffmpeg.isEmpty())
        QSKIP("ffmpeg is not on PATH");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"clip."_s + suffix);
    QProcess process;
    process.start(ffmpeg, QStringList { u"-y"_s, u"-loglevel"_s, u"error"_s } + arguments + QStringList { path });
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    QString error;
    const std::optional<MediaInfo> info = MediaProbe::probe(path, &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->width, width);
    QCOMPARE(info->height, height);
    QCOMPARE(info->videoCodec, codec);
    QVERIFY2(qAbs(info->frameRate - fps) < 0.01, qPrintable(QString::number(info->frameRate)));
    QCOMPARE(info->frameCount, frames);
    QVERIFY2(qAbs(info->durationMs - 2000) <= 100, qPrintable(QString::number(info->durationMs)));
    QCOMPARE(info->hasAudio, audio);
    QCOMPARE(info->audioCodec, audio ? u"mp4a"_s : QString());
    if (suffix == u"mov"_s)
        QCOMPARE(info->brand, u"qt  "_s);
}

void TestMediaProbe::synthetic_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("audio");
    QTest::addColumn<quint32>("sttsCount");
    QTest::newRow("version 0") << 0 << true << 1u;
    QTest::newRow("version 1 (64-bit times)") << 1 << true << 1u;
    QTest::newRow("video only") << 0 << false << 1u;
    // A hostile entry count: the probe reads only the one entry the box holds and allocates nothing for the rest.
    QTest::newRow("stts claims 4 billion entries") << 0 << true << 0xffffffffu;
}

void TestMediaProbe::synthetic()
{
    QFETCH(int, version);
    QFETCH(bool, audio);
    QFETCH(quint32, sttsCount);
    Synthetic s;
    s.version = quint8(version);
    s.audio = audio;
    s.sttsCount = sttsCount;
    QString error;
    const std::optional<MediaInfo> info = probeBytes(syntheticMovie(s), &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->brand, u"isom"_s);
    QCOMPARE(info->width, 640);
    QCOMPARE(info->height, 360);
    QCOMPARE(info->frameRate, 25.0);
    QCOMPARE(info->frameCount, 48);
    QCOMPARE(info->durationMs, 1920);
    QCOMPARE(info->hasAudio, audio);
}

void TestMediaProbe::damaged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // a part of the error

    const QByteArray clip = demoClip();
    QVERIFY(clip.size() > 4000);
    const QByteArray movie = syntheticMovie({});
    QTest::newRow("empty") << QByteArray() << u"not an MP4"_s;
    QTest::newRow("png") << "\x89PNG\r\n\x1a\n\0\0\0\rIHDR"_ba << u"not an MP4"_s;
    QTest::newRow("text") << "hello, this is not a video at all"_ba << u"not an MP4"_s;
    QTest::newRow("truncated in the media data") << clip.left(clip.size() / 2) << u"truncated"_s;
    QTest::newRow("truncated in the movie header") << clip.left(1000) << u"truncated"_s;
    QTest::newRow("truncated in a box header") << clip.left(36) << u"truncated"_s;
    QTest::newRow("box size beyond the file")
        << box("ftyp", "isom"_ba) + be32(0x7fffffff) + "moov"_ba + QByteArray(64, '\0') << u"truncated"_s;
    QTest::newRow("box size below its header") << box("ftyp", "isom"_ba) + be32(3) + "moov"_ba << u"impossible size"_s;
    QTest::newRow("zero-size ftyp swallows the file")
        << be32(0) + "ftyp"_ba + "isom"_ba + movie << u"no movie header"_s;
    QTest::newRow("64-bit size beyond the file")
        << box("ftyp", "isom"_ba) + be32(1) + "mdat"_ba + be64(0xffffffffffffff00ULL) + QByteArray(16, '\0')
        << u"truncated"_s;
    QTest::newRow("64-bit size below its header")
        << box("ftyp", "isom"_ba) + be32(1) + "mdat"_ba + be64(12) << u"impossible size"_s;
    QTest::newRow("no moov") << box("ftyp", "isom"_ba) + box("mdat", QByteArray(100, 'x')) << u"no movie header"_s;
    QByteArray child = movie;
    // The mvhd inside moov claims more than moov holds.
    const qsizetype mvhd = child.indexOf("mvhd");
    child.replace(mvhd - 4, 4, be32(0x00100000));
    QTest::newRow("child larger than its parent") << child << u"larger than the box that holds it"_s;
    QTest::newRow("moov without tracks") << box("ftyp", "isom"_ba) + box("moov", QByteArray())
                                         << u"no video or audio"_s;
}

void TestMediaProbe::damaged()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QString error;
    const std::optional<MediaInfo> info = probeBytes(bytes, &error);
    QVERIFY(!info);
    QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
}

void TestMediaProbe::missingFile()
{
    QString error;
    QVERIFY(!MediaProbe::probe(u"/nonexistent/clip.mp4"_s, &error));
    QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMediaProbe)
#include "tst_mediaprobe.moc"
