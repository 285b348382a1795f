// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

class QImage;

namespace Dailies
{

class FrameGrabber;

/**
 * Makes poster thumbnails for clips that came without one: a frame a little into the clip (a quarter of its probed
 * duration, at most one second), scaled to kWidth pixels wide and written as `<clip>.thumbnail.jpg` beside the video
 * (thumbnailPathFor()) through a temporary file and a rename, so a crash never leaves half a JPEG.
 *
 * Requests queue and are done one at a time; each ends with exactly one thumbnailReady() or failed(). A video whose
 * thumbnail already exists is answered at once (queued) with thumbnailReady().
 */
class Thumbnailer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Thumbnailer)

public:
    /// The width of a made thumbnail, in pixels.
    static constexpr int kWidth = 480;

    explicit Thumbnailer(QObject *parent = nullptr);
    ~Thumbnailer() override;

    /// Where the thumbnail of `videoPath` goes: `/a/b/clip.mp4` → `/a/b/clip.thumbnail.jpg`.
    [[nodiscard]] static QString thumbnailPathFor(const QString &videoPath);
    /// Scales `frame` to at most `maxWidth` pixels wide and writes it as a JPEG to `target` atomically.
    [[nodiscard]] static bool saveThumbnail(
        const QImage &frame, const QString &target, QString *error, int maxWidth = kWidth);

    /// Queues `videoPath` (once; a path already waiting is not queued again).
    void request(const QString &videoPath);
    /// Requests waiting or running.
    [[nodiscard]] int pending() const { return int(m_queue.size()) + (m_current.isEmpty() ? 0 : 1); }

Q_SIGNALS:
    void thumbnailReady(const QString &videoPath, const QString &thumbnailPath);
    void failed(const QString &videoPath, const QString &error);

private:
    void next();

    FrameGrabber *m_grabber;
    QStringList m_queue;
    QString m_current;
};

} // namespace Dailies
