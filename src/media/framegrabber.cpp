// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/framegrabber.h"

#include <QFileInfo>
#include <QMediaPlayer>
#include <QUrl>
#include <QVideoSink>

using namespace Qt::StringLiterals;

namespace Dailies
{

FrameGrabber::FrameGrabber(QObject *parent)
    : QObject(parent)
    , m_player(new QMediaPlayer(this))
    , m_sink(new QVideoSink(this))
{
    m_player->setVideoSink(m_sink);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
        [this] { finish({}, tr("No frame arrived in time; the clip may not be playable here.")); });
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &FrameGrabber::onFrame);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (!m_running)
            return;
        if (status == QMediaPlayer::LoadedMedia && !m_seeked) {
            m_seeked = true;
            const qint64 duration = m_player->duration();
            // The last frame starts a little before the end; aim a little earlier so one is always found.
            if (duration > 0)
                m_position = std::clamp<qint64>(m_position, 0, std::max<qint64>(0, duration - 100));
            if (m_position > 0)
                m_player->setPosition(m_position);
            m_player->play();
        } else if (status == QMediaPlayer::InvalidMedia) {
            finish({}, tr("The clip cannot be decoded: %1").arg(m_player->errorString()));
        } else if (status == QMediaPlayer::EndOfMedia) {
            finish({}, tr("The clip ended before the frame at %1 ms.").arg(m_position));
        }
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        if (m_running)
            finish({}, tr("The clip cannot be played: %1").arg(text));
    });
}

FrameGrabber::~FrameGrabber()
{
    // No signal from a dying object: the receivers may be going away too.
    m_running = false;
    m_player->stop();
}

void FrameGrabber::grab(const QString &path, qint64 positionMs, int timeoutMs)
{
    cancel();
    m_path = path;
    m_position = std::max<qint64>(0, positionMs);
    m_seeked = false;
    m_running = true;
    if (!QFileInfo(path).isFile()) {
        // Queued, so that finished() never fires before grab() returns.
        QTimer::singleShot(0, this, [this, path] {
            if (m_running && m_path == path)
                finish({}, tr("'%1' does not exist.").arg(path));
        });
        return;
    }
    m_timeout.start(timeoutMs);
    m_player->setSource(QUrl::fromLocalFile(path));
}

void FrameGrabber::cancel()
{
    if (m_running)
        finish({}, tr("cancelled"));
}

void FrameGrabber::onFrame(const QVideoFrame &frame)
{
    if (!m_running || !m_seeked || !frame.isValid())
        return;
    // Frames decoded before the seek took effect carry earlier times; half a frame of slack covers rounding.
    const qint64 startUs = frame.startTime();
    if (m_position > 0 && startUs >= 0 && startUs + 20000 < m_position * 1000)
        return;
    const QImage image = frame.toImage();
    if (image.isNull())
        return;
    finish(image, {});
}

void FrameGrabber::finish(const QImage &image, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    m_player->stop();
    m_player->setSource(QUrl());
    Q_EMIT finished(m_path, image, error);
}

} // namespace Dailies
