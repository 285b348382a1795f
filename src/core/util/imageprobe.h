// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

namespace Dailies
{

/**
 * Reads the format and pixel size of a JPEG, PNG or WebP image from its first bytes, without decoding it
 * (core has no QtGui). Used to refuse a reference image before it is uploaded.
 */
struct ImageProbe {
    enum class Format { Unknown, Jpeg, Png, Webp };

    Format format = Format::Unknown;
    QSize size; ///< invalid when the header does not say

    [[nodiscard]] QByteArray mimeType() const;
    [[nodiscard]] static ImageProbe probe(const QByteArray &head);
    /// Reads up to 512 KiB of `path` (JPEG headers may sit behind large metadata).
    [[nodiscard]] static ImageProbe probeFile(const QString &path, QString *error);
};

/// Parses "1280x720"; returns an invalid size for anything else.
[[nodiscard]] QSize parseVideoSize(const QString &text);

} // namespace Dailies
