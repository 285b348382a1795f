// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QObject>
#include <QTimer>
#include <QVideoFrame>

class QMediaPlayer;
class QVideoSink;

namespace Dailies
{

/**
 * Grabs one frame of a local video as a QImage, without a window: a QMediaPlayer (no audio output) plays into a
 * QVideoSink, and the first frame at or after the requested position is taken. Works on the offscreen and xcb
 * platforms with Qt's GStreamer backend.
 *
 * One grab at a time: grab() starts it, and it ends with exactly one finished() (an image, or a null image and why),
 * also when it times out or is cancelled. A new grab() cancels the one running. The grabber owns its player.
 */
class FrameGrabber final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameGrabber)

public:
    /// How long a grab may take by default.
    static constexpr int kDefaultTimeoutMs = 15000;

    explicit FrameGrabber(QObject *parent = nullptr);
    ~FrameGrabber() override;

    /// Starts grabbing the frame of `path` shown at `positionMs` (clamped to the clip; 0 is the first frame).
    void grab(const QString &path, qint64 positionMs, int timeoutMs = kDefaultTimeoutMs);
    /// Stops the running grab; it finishes with the error "cancelled". Does nothing when none runs.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// The grab of `path` ended: `image` is the frame, or null with `error` saying why.
    void finished(const QString &path, const QImage &image, const QString &error);

private:
    void onFrame(const QVideoFrame &frame);
    void finish(const QImage &image, const QString &error);

    QMediaPlayer *m_player;
    QVideoSink *m_sink;
    QTimer m_timeout;
    QString m_path;
    qint64 m_position = 0;
    bool m_running = false;
    bool m_seeked = false;
};

} // namespace Dailies
