// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

#include "core/prompt/presetstore.h"

namespace Dailies
{

/**
 * Brings a reference image to exactly the video's size, as the API demands: Fit scales the whole image inside the
 * frame and fills the rest with black; Crop scales it to cover the frame and cuts the centre. Also writes the result
 * as the file that is uploaded. Stateless; lives in widgets because it needs QtGui.
 */
class ReferenceImage final
{
    Q_DECLARE_TR_FUNCTIONS(Dailies::ReferenceImage)

public:
    /// Images with a side shorter than this are refused as too small to guide a video.
    static constexpr int kMinSide = 16;
    /// After fitting or cropping, the picture itself must keep at least this many pixels on each side.
    static constexpr int kMinContent = 8;

    /// Empty when `source` can be brought to `target` with `fit`; else, for a person, why not.
    [[nodiscard]] static QString problem(const QImage &source, const QSize &target, ReferenceFit fit);
    /// The image of exactly `target` size (a null image when problem() is not empty).
    [[nodiscard]] static QImage render(const QImage &source, const QSize &target, ReferenceFit fit);
    /// Writes `image` into `directory` (created when missing) under a name made from its pixels, as PNG, or as JPEG
    /// when the PNG would pass the API's upload limit. Returns the path, or an empty string and *error.
    [[nodiscard]] static QString write(const QImage &image, const QString &directory, QString *error);
};

} // namespace Dailies
