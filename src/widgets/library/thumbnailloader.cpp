// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/library/thumbnailloader.h"

#include <QImageReader>

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
QString pendingKey(const QString &path, const QSize &pixels)
{
    return path + u'|' + QString::number(pixels.width()) + u'x' + QString::number(pixels.height());
}
} // namespace

ThumbnailLoader::ThumbnailLoader(QObject *parent)
    : QObject(parent)
{
    // One reader: pictures on screen arrive in the order they were asked for, and a core is left to the window.
    m_pool.setMaxThreadCount(1);
}

ThumbnailLoader::~ThumbnailLoader()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailLoader::request(const QString &path, const QSize &pixels)
{
    const QString key = pendingKey(path, pixels);
    if (m_pending.contains(key))
        return;
    m_pending.insert(key);
    ++m_started;
    // The loader outlives every read (its destructor waits), so the answer can be posted to it.
    m_pool.start([this, path, pixels, key] {
        QImage image = read(path, pixels);
        QMetaObject::invokeMethod(
            this,
            [this, path, pixels, key, image = std::move(image)] {
                m_pending.remove(key);
                Q_EMIT loaded(path, pixels, image);
            },
            Qt::QueuedConnection);
    });
}

QImage ThumbnailLoader::read(const QString &path, const QSize &pixels)
{
    QImageReader reader(path);
    const QSize original = reader.size();
    if (original.isValid())
        reader.setScaledSize(original.scaled(pixels, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (!image.isNull() && (image.width() > pixels.width() || image.height() > pixels.height()))
        image = image.scaled(pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace Dailies
