// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Dailies::Mock
{

/// What the bytes of an upload say about it as an MP4.
struct Mp4Info {
    /// The file opens with an `ftyp` box (ISO base media: MP4, and also MOV, 3GP or M4A, which share the box).
    bool isMp4 = false;
    /// The movie's length from `moov/mvhd` (duration / timescale); 0 when there is no readable header.
    double seconds = 0.0;
};

/**
 * Recognises an MP4 by its first box and reads its length from the movie header, without decoding anything. It
 * walks the top-level boxes (so a `moov` after `mdat` is found too) with every size checked against the bytes.
 */
class Mp4Sniffer final
{
public:
    [[nodiscard]] static Mp4Info sniff(QByteArrayView bytes);

private:
    /// The length in seconds from an `mvhd` box's payload (after its 8-byte header); 0 when unreadable.
    static double movieHeaderSeconds(QByteArrayView payload);
};

} // namespace Dailies::Mock
