// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/referenceimage.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QPainter>
#include <QSaveFile>

#include "core/api/videoapiclient.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

// The part of `source` that Crop keeps: the largest centred rectangle with the target's shape.
QRect cropRect(const QSize &source, const QSize &target)
{
    const double targetAspect = double(target.width()) / target.height();
    int w = source.width();
    int h = qRound(w / targetAspect);
    if (h > source.height()) {
        h = source.height();
        w = qRound(h * targetAspect);
    }
    return { (source.width() - w) / 2, (source.height() - h) / 2, w, h };
}

} // namespace

QString ReferenceImage::problem(const QImage &source, const QSize &target, ReferenceFit fit)
{
    if (source.isNull())
        return tr("The image is empty.");
    if (!target.isValid() || target.isEmpty())
        return tr("Choose a size such as 1280x720 first; the image is fitted to it.");
    if (source.width() < kMinSide || source.height() < kMinSide)
        return tr("The image is only %1×%2 pixels; it needs at least %3 on each side.")
            .arg(source.width())
            .arg(source.height())
            .arg(kMinSide);
    if (fit == ReferenceFit::Fit) {
        const QSize content = source.size().scaled(target, Qt::KeepAspectRatio);
        if (content.width() < kMinContent || content.height() < kMinContent)
            return tr("The image is too narrow to fit into %1×%2; try Crop.").arg(target.width()).arg(target.height());
    } else {
        const QRect kept = cropRect(source.size(), target);
        if (kept.width() < kMinContent || kept.height() < kMinContent)
            return tr("Cropping this image to %1×%2 would leave almost nothing; try Fit.")
                .arg(target.width())
                .arg(target.height());
    }
    return {};
}

QImage ReferenceImage::render(const QImage &source, const QSize &target, ReferenceFit fit)
{
    if (!problem(source, target, fit).isEmpty())
        return {};
    QImage out(target, QImage::Format_RGB32);
    out.fill(Qt::black);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (fit == ReferenceFit::Fit) {
        const QSize content = source.size().scaled(target, Qt::KeepAspectRatio);
        const QRect where((target.width() - content.width()) / 2, (target.height() - content.height()) / 2,
            content.width(), content.height());
        // Scaling first (rather than letting the painter do it) gives the smooth, area-averaged result.
        painter.drawImage(where, source.scaled(content, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    } else {
        // Cutting before scaling keeps memory bounded for very long or tall sources.
        const QImage kept = source.copy(cropRect(source.size(), target));
        painter.drawImage(QPoint(0, 0), kept.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    }
    painter.end();
    return out;
}

QString ReferenceImage::write(const QImage &image, const QString &directory, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (image.isNull())
        return fail(tr("There is no image to save."));
    if (!QDir().mkpath(directory))
        return fail(tr("Cannot create the folder '%1'.").arg(QDir::toNativeSeparators(directory)));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const char *format = "PNG";
    if (!image.save(&buffer, format))
        return fail(tr("The image could not be encoded."));
    if (bytes.size() > Api::VideoApiClient::kMaxReferenceBytes) {
        bytes.clear();
        buffer.seek(0);
        format = "JPG";
        if (!image.save(&buffer, format, 90))
            return fail(tr("The image could not be encoded."));
    }
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(24);
    const QString path = QDir(directory).filePath(
        u"reference-%1x%2-%3.%4"_s.arg(image.width())
            .arg(image.height())
            .arg(QString::fromLatin1(digest), qstrcmp(format, "PNG") == 0 ? u"png"_s : u"jpg"_s));
    if (QFileInfo::exists(path))
        return path; // the same picture was written before; its name is its content
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Cannot write '%1': %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return path;
}

} // namespace Dailies
