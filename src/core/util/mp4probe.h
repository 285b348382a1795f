// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

class QIODevice;

namespace Dailies
{

/**
 * What the client needs to know of an MP4 before uploading it (a character's clip): whether it is one (an `ftyp`
 * box first) and how long it is (the movie header, `moov/mvhd`, wherever it sits in the file). Reads box headers
 * only, never the media data; the media layer's MediaProbe reads much more, but core does not link it.
 */
struct Mp4Probe {
    bool isMp4 = false;
    std::optional<double> seconds; ///< the movie's length, when the file has a readable movie header

    [[nodiscard]] static Mp4Probe probe(QIODevice *device);
    [[nodiscard]] static Mp4Probe probeFile(const QString &path, QString *error = nullptr);
};

} // namespace Dailies
