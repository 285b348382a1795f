// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThreadPool>

namespace Dailies
{

/**
 * Reads thumbnails off the GUI thread: a full-size picture takes milliseconds to decode and scale, which a list
 * repainted on every typed character cannot spend. request() starts a read (once per path and size while it runs);
 * loaded() brings the scaled image back to the thread of the loader. The destructor waits for reads under way.
 */
class ThumbnailLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailLoader)

public:
    explicit ThumbnailLoader(QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    /// Reads `path` scaled to fit `pixels` unless that read is already under way.
    void request(const QString &path, const QSize &pixels);
    /// Reads under way or waiting.
    [[nodiscard]] int pending() const { return int(m_pending.size()); }
    /// Reads started so far (for tests).
    [[nodiscard]] int started() const { return m_started; }

    /// The picture at `path`, scaled to fit `pixels` (a null image when it cannot be read). Safe in any thread.
    [[nodiscard]] static QImage read(const QString &path, const QSize &pixels);

Q_SIGNALS:
    /// A read ended; `image` is null when the file could not be read.
    void loaded(const QString &path, const QSize &pixels, const QImage &image);

private:
    QThreadPool m_pool;
    QSet<QString> m_pending; ///< path|size of reads under way
    int m_started = 0;
};

} // namespace Dailies
