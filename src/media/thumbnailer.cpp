// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/thumbnailer.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QSaveFile>
#include <QTimer>

#include "media/framegrabber.h"
#include "media/mediaprobe.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

Thumbnailer::Thumbnailer(QObject *parent)
    : QObject(parent)
    , m_grabber(new FrameGrabber(this))
{
    connect(m_grabber, &FrameGrabber::finished, this,
        [this](const QString &path, const QImage &image, const QString &error) {
            if (path != m_current)
                return;
            m_current.clear();
            QString why = error;
            const QString target = thumbnailPathFor(path);
            if (!image.isNull() && saveThumbnail(image, target, &why))
                Q_EMIT thumbnailReady(path, target);
            else
                Q_EMIT failed(path, why);
            next();
        });
}

Thumbnailer::~Thumbnailer() = default;

QString Thumbnailer::thumbnailPathFor(const QString &videoPath)
{
    const QFileInfo info(videoPath);
    return info.dir().filePath(info.completeBaseName() + u".thumbnail.jpg"_s);
}

bool Thumbnailer::saveThumbnail(const QImage &frame, const QString &target, QString *error, int maxWidth)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (frame.isNull())
        return fail(tr("There is no picture to save."));
    const QImage scaled
        = frame.width() > maxWidth && maxWidth > 0 ? frame.scaledToWidth(maxWidth, Qt::SmoothTransformation) : frame;
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write the thumbnail '%1': %2").arg(target, file.errorString()));
    QImageWriter writer(&file, "jpeg");
    writer.setQuality(85);
    if (!writer.write(scaled.convertToFormat(QImage::Format_RGB32))) {
        file.cancelWriting();
        return fail(tr("Cannot write the thumbnail '%1': %2").arg(target, writer.errorString()));
    }
    if (!file.commit())
        return fail(tr("Cannot write the thumbnail '%1': %2").arg(target, file.errorString()));
    return true;
}

void Thumbnailer::request(const QString &videoPath)
{
    if (videoPath == m_current || m_queue.contains(videoPath))
        return;
    m_queue << videoPath;
    if (m_current.isEmpty())
        QTimer::singleShot(0, this, &Thumbnailer::next);
}

void Thumbnailer::next()
{
    while (m_current.isEmpty() && !m_queue.isEmpty()) {
        const QString path = m_queue.takeFirst();
        const QString target = thumbnailPathFor(path);
        if (QFileInfo::exists(target)) {
            Q_EMIT thumbnailReady(path, target);
            continue;
        }
        const std::optional<MediaInfo> info = MediaProbe::probe(path, nullptr);
        const qint64 at = info ? std::min<qint64>(1000, info->durationMs / 4) : 0;
        m_current = path;
        m_grabber->grab(path, at);
    }
}

} // namespace Dailies
