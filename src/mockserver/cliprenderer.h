// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <deque>

class QProcess;

namespace Dailies::Mock
{

/// One clip to make: the three assets of a job, written into `outputDir`.
struct RenderRequest {
    QString jobId;
    QString prompt;
    int width = 0;
    int height = 0;
    /// The whole clip's length (for an extension: the source's and the new segment's).
    int seconds = 0;
    QString outputDir;
    /// An extension: the source's video, whose first `sourceSeconds` open the clip (scaled to WxH, cut or held on
    /// its last frame to that length); the new segment with the prompt drawn follows. Empty for a plain clip.
    QString sourceVideo;
    int sourceSeconds = 0;

    [[nodiscard]] bool isExtension() const { return !sourceVideo.isEmpty() && sourceSeconds > 0; }
};

/**
 * Makes the assets of a job in the background: an H.264 + AAC MP4 at exactly the requested size and duration with
 * the prompt drawn on the frames, a WebP thumbnail and a JPEG spritesheet, all from one ffmpeg run. An extension's
 * MP4 is the source's frames, then the new segment's (one run too). At most two ffmpeg processes run at once; the
 * rest wait in a queue. Without ffmpeg it copies the bundled clip nearest in size (4 s long, whatever the request
 * says: an extension's file is then not as long as its `seconds`). Each request ends with exactly one finished()
 * signal (unless it is cancelled first).
 */
class ClipRenderer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipRenderer)

public:
    static constexpr int kMaxProcesses = 2;

    /// `ffmpeg` is the executable to run; empty copies the bundled clips instead.
    explicit ClipRenderer(QString ffmpeg, QObject *parent = nullptr);
    ~ClipRenderer() override;

    void enqueue(RenderRequest request);
    /// Forgets a request: a queued one is dropped, a running one is killed; no finished() follows.
    void cancel(const QString &jobId);
    [[nodiscard]] bool usesFfmpeg() const { return !m_ffmpeg.isEmpty(); }

    [[nodiscard]] static QString videoFileName();
    [[nodiscard]] static QString thumbnailFileName();
    [[nodiscard]] static QString spritesheetFileName();
    /// The resource folder of the bundled clip nearest to WxH, e.g. ":/dailies/demo/720x1280".
    [[nodiscard]] static QString bundledClipFolder(int width, int height);
    /// The prompt wrapped into at most `maxLines` lines of `columns` characters, with an ellipsis when cut.
    [[nodiscard]] static QString wrapPrompt(const QString &prompt, int columns, int maxLines);

Q_SIGNALS:
    void finished(const QString &jobId, bool ok, const QString &error);

private:
    void startNext();
    void startProcess(const RenderRequest &request);
    void copyBundled(const RenderRequest &request);
    void onProcessFinished(QProcess *process, bool ok, const QString &error);
    [[nodiscard]] QStringList ffmpegArguments(const RenderRequest &request) const;

    QString m_ffmpeg;
    std::deque<RenderRequest> m_queue;
    QHash<QProcess *, RenderRequest> m_running;
};

} // namespace Dailies::Mock
