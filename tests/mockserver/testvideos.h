// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

/**
 * Hand-built MP4 structures: an `ftyp` box, a `moov` box holding only a movie header (`mvhd`) with the length, and
 * an `mdat` of zeros, so the tests need no encoder. Enough for a sniffer that reads boxes, not for a player.
 */
class TestVideos final
{
public:
    enum class Layout { MoovFirst, MoovLast, NoMoov };

    /// An MP4 of `milliseconds` (timescale 1000), with a version 0 or 1 movie header.
    static QByteArray mp4(quint32 milliseconds, Layout layout = Layout::MoovFirst, int version = 0)
    {
        const QByteArray ftyp = box("ftyp", QByteArray("isom") + be32(512) + "isomiso2avc1mp41");
        const QByteArray mdat = box("mdat", QByteArray(256, '\0'));
        if (layout == Layout::NoMoov)
            return ftyp + mdat;
        QByteArray header(1, char(version));
        header += QByteArray(3, '\0'); // flags
        if (version == 1)
            header += QByteArray(16, '\0') + be32(1000) + be32(0) + be32(milliseconds);
        else
            header += QByteArray(8, '\0') + be32(1000) + be32(milliseconds);
        header += be32(0x00010000) + QByteArray::fromHex("0100") + QByteArray(10, '\0') + QByteArray(36, '\0')
            + QByteArray(24, '\0') + be32(2); // rate, volume, reserved, matrix, pre-defined, next track id
        const QByteArray moov = box("moov", box("mvhd", header));
        return layout == Layout::MoovLast ? ftyp + mdat + moov : ftyp + moov + mdat;
    }

    static QByteArray box(const char *type, const QByteArray &payload)
    {
        return be32(quint32(payload.size() + 8)) + type + payload;
    }

private:
    static QByteArray be32(quint32 value)
    {
        QByteArray bytes(4, '\0');
        for (int i = 0; i < 4; ++i)
            bytes[i] = char((value >> (24 - 8 * i)) & 0xff);
        return bytes;
    }
};
