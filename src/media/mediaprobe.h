// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

class QIODevice;

namespace Dailies
{

/// What MediaProbe learns from an MP4/MOV file's boxes.
struct MediaInfo {
    QString brand; ///< the `ftyp` major brand ("isom", "qt  "), empty when the file has no `ftyp`
    qint64 durationMs = 0; ///< the movie's duration (`mvhd`, else the longest track)
    bool hasVideo = false;
    int width = 0; ///< the first video track's display size (`tkhd`, else its sample entry)
    int height = 0;
    QString videoCodec; ///< the sample entry's fourcc: "avc1", "hvc1", "mp4v", …
    double frameRate = 0; ///< frames per second, from the sample durations (`stts`) and the track's time scale
    qint64 frameCount = 0; ///< samples in the first video track
    bool hasAudio = false;
    QString audioCodec; ///< "mp4a", "Opus", "ac-3", …

    /// One frame's duration in ms (rounded), or 0 when the frame rate is unknown.
    [[nodiscard]] qint64 frameDurationMs() const;
};

/**
 * Reads an MP4 or QuickTime file's boxes directly (`ftyp`, `moov/mvhd`, `trak/tkhd`, `mdia/mdhd`, `hdlr`,
 * `stbl/stsd`, `stts`): fast, no decoder, no display. Every size is checked against its parent box and the file, only
 * the containers on the way to those boxes are entered and nothing larger than a few bytes is allocated, so a damaged
 * or hostile file gives an error, never a crash or a huge allocation.
 */
class MediaProbe final
{
    Q_DECLARE_TR_FUNCTIONS(Dailies::MediaProbe)

public:
    MediaProbe() = delete;

    /// Probes the file at `path`. On failure returns std::nullopt and sets *error (may be nullptr) to a sentence
    /// naming the file's problem (missing, not an MP4, truncated, a box whose size is impossible, no movie header).
    [[nodiscard]] static std::optional<MediaInfo> probe(const QString &path, QString *error);
    /// Probes an open, random-access device (a QFile, a QBuffer) from its start.
    [[nodiscard]] static std::optional<MediaInfo> probe(QIODevice *device, QString *error);
};

} // namespace Dailies
