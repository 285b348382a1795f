// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "media/framegrabber.h"
#include "media/thumbnailer.h"

using namespace Qt::StringLiterals;
using Dailies::FrameGrabber;
using Dailies::Thumbnailer;

namespace
{
const QString kClip = QStringLiteral(DAILIES_DEMO_CLIPS "/1280x720/video.mp4");
}

class TestFrameGrabber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grab_data();
    void grab();
    void missingFile();
    void notAVideo();
    void cancel();
    void thumbnail();
    void saveThumbnailIsAtomic();
};

void TestFrameGrabber::grab_data()
{
    QTest::addColumn<qint64>("position");
    QTest::newRow("first frame") << qint64(0);
    QTest::newRow("middle") << qint64(2000);
    QTest::newRow("past the end is clamped") << qint64(60000);
}

void TestFrameGrabber::grab()
{
    QFETCH(qint64, position);
    FrameGrabber grabber;
    QSignalSpy finished(&grabber, &FrameGrabber::finished);
    grabber.grab(kClip, position);
    QVERIFY(grabber.isRunning());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    const QImage image = finished.at(0).at(1).value<QImage>();
    const QString error = finished.at(0).at(2).toString();
    if (image.isNull() && error.contains(u"plug-in"_s))
        QSKIP(qPrintable(u"GStreamer cannot decode H.264 here: "_s + error));
    QVERIFY2(!image.isNull(), qPrintable(error));
    QCOMPARE(finished.at(0).at(0).toString(), kClip);
    QCOMPARE(image.size(), QSize(1280, 720));
    QVERIFY(!grabber.isRunning());
    // A decoded frame is not a blank one: the demo clips draw on a coloured background.
    QVERIFY(image.pixelColor(10, 10) != image.pixelColor(640, 360) || image.pixelColor(10, 10) != QColor(Qt::black));
}

void TestFrameGrabber::missingFile()
{
    FrameGrabber grabber;
    QSignalSpy finished(&grabber, &FrameGrabber::finished);
    grabber.grab(u"/nonexistent/clip.mp4"_s, 0);
    QCOMPARE(finished.size(), 0); // never before grab() returns
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.at(0).at(1).value<QImage>().isNull());
    QVERIFY(finished.at(0).at(2).toString().contains(u"does not exist"_s));
}

void TestFrameGrabber::notAVideo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fake.mp4"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    FrameGrabber grabber;
    QSignalSpy finished(&grabber, &FrameGrabber::finished);
    grabber.grab(path, 0, 8000);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(1).value<QImage>().isNull());
    QVERIFY(!finished.at(0).at(2).toString().isEmpty());
}

void TestFrameGrabber::cancel()
{
    FrameGrabber grabber;
    QSignalSpy finished(&grabber, &FrameGrabber::finished);
    grabber.grab(kClip, 1000);
    grabber.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(2).toString(), u"cancelled"_s);
    grabber.cancel(); // nothing runs: no second signal
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
}

void TestFrameGrabber::thumbnail()
{
    QTemporaryDir dir;
    const QString clip = dir.filePath(u"take one.mp4"_s);
    QVERIFY(QFile::copy(kClip, clip));
    Thumbnailer thumbnailer;
    QSignalSpy ready(&thumbnailer, &Thumbnailer::thumbnailReady);
    QSignalSpy failed(&thumbnailer, &Thumbnailer::failed);
    thumbnailer.request(clip);
    thumbnailer.request(clip); // queued once
    QCOMPARE(thumbnailer.pending(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(ready.size() + failed.size() > 0, 20000);
    if (!failed.isEmpty() && failed.at(0).at(1).toString().contains(u"plug-in"_s))
        QSKIP("GStreamer cannot decode H.264 here");
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    const QString expected = dir.filePath(u"take one.thumbnail.jpg"_s);
    QCOMPARE(Thumbnailer::thumbnailPathFor(clip), expected);
    QCOMPARE(ready.at(0).at(1).toString(), expected);
    QImageReader reader(expected);
    QCOMPARE(reader.format(), "jpeg");
    QCOMPARE(reader.size(), QSize(Thumbnailer::kWidth, 270));
    QCOMPARE(dir.path(), QFileInfo(expected).absolutePath());
    // An existing thumbnail is answered without decoding again.
    thumbnailer.request(clip);
    QTRY_COMPARE(ready.size(), 2);
    QCOMPARE(thumbnailer.pending(), 0);
}

void TestFrameGrabber::saveThumbnailIsAtomic()
{
    QTemporaryDir dir;
    QImage frame(1000, 500, QImage::Format_RGB32);
    frame.fill(Qt::darkCyan);
    const QString target = dir.filePath(u"a.thumbnail.jpg"_s);
    QString error;
    QVERIFY2(Thumbnailer::saveThumbnail(frame, target, &error), qPrintable(error));
    QCOMPARE(QImage(target).size(), QSize(480, 240));
    // Nothing but the thumbnail is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"a.thumbnail.jpg"_s });
    QVERIFY(!Thumbnailer::saveThumbnail(QImage(), target, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!Thumbnailer::saveThumbnail(frame, dir.filePath(u"missing/folder/x.jpg"_s), &error));
    QVERIFY2(error.contains(u"Cannot write"_s), qPrintable(error));
    QCOMPARE(QImage(target).size(), QSize(480, 240));
}

QTEST_MAIN(TestFrameGrabber)
#include "tst_framegrabber.moc"
