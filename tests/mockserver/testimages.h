// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringBuilder>

/**
 * Hand-built image headers: just enough bytes for a type sniffer and a dimension reader (no pixel data), so the
 * tests need no image library.
 */
class TestImages final
{
public:
    /// PNG signature, an IHDR chunk with a correct CRC, and IEND.
    static QByteArray png(quint32 width, quint32 height)
    {
        QByteArray ihdr = be32(width) + be32(height);
        ihdr += QByteArray::fromHex("0806000000"); // 8-bit RGBA, deflate, no filter, no interlace
        return QByteArray::fromHex("89504e470d0a1a0a") + chunk("IHDR", ihdr) + chunk("IEND", {});
    }

    /// SOI, a JFIF APP0 segment, a baseline SOF0 with the size, EOI.
    static QByteArray jpeg(quint16 width, quint16 height)
    {
        QByteArray data = QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000");
        data += QByteArray::fromHex("ffc0001108") + be16(height) + be16(width);
        data += QByteArray::fromHex("03012200021101031101ffd9");
        return data;
    }

    /// RIFF/WEBP with an extended-format VP8X chunk holding the canvas size.
    static QByteArray webpExtended(quint32 width, quint32 height)
    {
        QByteArray payload = QByteArray::fromHex("00000000") + le24(width - 1) + le24(height - 1);
        return riff("VP8X", payload);
    }

    /// RIFF/WEBP with a lossy VP8 key-frame header.
    static QByteArray webpLossy(quint16 width, quint16 height)
    {
        QByteArray payload = QByteArray::fromHex("300100") + QByteArray::fromHex("9d012a") + le16(width & 0x3fff)
            + le16(height & 0x3fff) + QByteArray(16, '\0');
        return riff("VP8 ", payload);
    }

    /// RIFF/WEBP with a lossless VP8L header (14-bit width-1 and height-1, packed little-endian).
    static QByteArray webpLossless(quint32 width, quint32 height)
    {
        const quint32 bits = ((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14);
        const QByteArray payload = QByteArray(1, '\x2f') + le32(bits) + QByteArray(16, '\0');
        return riff("VP8L", payload);
    }

    static QByteArray gif(quint16 width, quint16 height)
    {
        return QByteArray("GIF89a") + le16(width) + le16(height) + QByteArray::fromHex("000000003b");
    }

private:
    static QByteArray be16(quint16 value) { return QByteArray(1, char(value >> 8)) + char(value & 0xff); }
    static QByteArray be32(quint32 value) { return be16(quint16(value >> 16)) + be16(quint16(value & 0xffff)); }
    static QByteArray le16(quint16 value) { return QByteArray(1, char(value & 0xff)) + char(value >> 8); }
    static QByteArray le24(quint32 value) { return le16(quint16(value & 0xffff)) + char((value >> 16) & 0xff); }
    static QByteArray le32(quint32 value) { return le16(quint16(value & 0xffff)) + le16(quint16(value >> 16)); }

    static QByteArray riff(const char *fourcc, const QByteArray &payload)
    {
        QByteArray body = QByteArray("WEBP") + fourcc + le32(quint32(payload.size())) + payload;
        return QByteArray("RIFF") + le32(quint32(body.size())) + body;
    }

    static QByteArray chunk(const char *type, const QByteArray &data)
    {
        const QByteArray typed = QByteArray(type) + data;
        return be32(quint32(data.size())) + typed + be32(crc32(typed));
    }

    static quint32 crc32(const QByteArray &data)
    {
        quint32 crc = 0xffffffffU;
        for (const char byte : data) {
            crc ^= static_cast<quint8>(byte);
            for (int bit = 0; bit < 8; ++bit)
                crc = (crc >> 1) ^ (0xedb88320U & (0U - (crc & 1U)));
        }
        return ~crc;
    }
};
