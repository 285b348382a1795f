// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace Dailies::Mock
{

/// What the first bytes of an image say: its MIME type and, for PNG, JPEG and WebP, its pixel size.
struct ImageInfo {
    /// "image/png", "image/jpeg", "image/webp", another recognised type ("image/gif", ...) or empty when unknown.
    QString mimeType;
    /// 0 when the size could not be read (unsupported type or damaged header).
    int width = 0;
    int height = 0;

    [[nodiscard]] bool isSupported() const;
    [[nodiscard]] bool hasSize() const { return width > 0 && height > 0; }
};

/**
 * Decides an image's type by its magic numbers (never by a declared Content-Type) and reads its dimensions from
 * the headers alone: PNG IHDR, JPEG SOFn markers, WebP VP8 / VP8L / VP8X chunks. No decoding, no QtGui.
 */
class ImageSniffer final
{
public:
    [[nodiscard]] static ImageInfo sniff(QByteArrayView data);

private:
    static void readPng(QByteArrayView data, ImageInfo *info);
    static void readJpeg(QByteArrayView data, ImageInfo *info);
    static void readWebp(QByteArrayView data, ImageInfo *info);
};

} // namespace Dailies::Mock
