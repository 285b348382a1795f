// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/imagesniffer.h"

using namespace Qt::StringLiterals;

namespace Dailies::Mock
{

namespace
{
quint32 byteAt(QByteArrayView data, qsizetype index)
{
    return static_cast<quint8>(data[index]);
}

quint32 bigEndian16(QByteArrayView data, qsizetype at)
{
    return (byteAt(data, at) << 8) | byteAt(data, at + 1);
}

quint32 bigEndian32(QByteArrayView data, qsizetype at)
{
    return (bigEndian16(data, at) << 16) | bigEndian16(data, at + 2);
}

quint32 littleEndian16(QByteArrayView data, qsizetype at)
{
    return byteAt(data, at) | (byteAt(data, at + 1) << 8);
}

quint32 littleEndian24(QByteArrayView data, qsizetype at)
{
    return littleEndian16(data, at) | (byteAt(data, at + 2) << 16);
}

quint32 littleEndian32(QByteArrayView data, qsizetype at)
{
    return littleEndian16(data, at) | (littleEndian16(data, at + 2) << 16);
}
} // namespace

bool ImageInfo::isSupported() const
{
    return mimeType == u"image/png"_s || mimeType == u"image/jpeg"_s || mimeType == u"image/webp"_s;
}

ImageInfo ImageSniffer::sniff(QByteArrayView data)
{
    ImageInfo info;
    if (data.startsWith("\x89PNG\r\n\x1a\n")) {
        info.mimeType = u"image/png"_s;
        readPng(data, &info);
    } else if (data.size() >= 3 && data.startsWith("\xff\xd8\xff")) {
        info.mimeType = u"image/jpeg"_s;
        readJpeg(data, &info);
    } else if (data.size() >= 12 && data.startsWith("RIFF") && data.sliced(8, 4) == "WEBP") {
        info.mimeType = u"image/webp"_s;
        readWebp(data, &info);
    } else if (data.startsWith("GIF87a") || data.startsWith("GIF89a")) {
        info.mimeType = u"image/gif"_s;
    } else if (data.startsWith("BM")) {
        info.mimeType = u"image/bmp"_s;
    } else if (data.startsWith(QByteArrayView("II*\0", 4)) || data.startsWith(QByteArrayView("MM\0*", 4))) {
        info.mimeType = u"image/tiff"_s;
    } else if (data.size() >= 12 && data.sliced(4, 4) == "ftyp") {
        const QByteArrayView brand = data.sliced(8, 4);
        if (brand == "heic" || brand == "heix" || brand == "mif1")
            info.mimeType = u"image/heic"_s;
        else if (brand == "avif")
            info.mimeType = u"image/avif"_s;
        else
            info.mimeType = u"video/mp4"_s;
    } else if (data.startsWith("%PDF")) {
        info.mimeType = u"application/pdf"_s;
    }
    return info;
}

void ImageSniffer::readPng(QByteArrayView data, ImageInfo *info)
{
    // Signature (8), then the first chunk must be IHDR: length (4), type (4), width (4), height (4).
    if (data.size() < 24 || data.sliced(12, 4) != "IHDR")
        return;
    info->width = static_cast<int>(bigEndian32(data, 16));
    info->height = static_cast<int>(bigEndian32(data, 20));
}

void ImageSniffer::readJpeg(QByteArrayView data, ImageInfo *info)
{
    qsizetype at = 2;
    while (at + 4 <= data.size()) {
        if (byteAt(data, at) != 0xff)
            return;
        quint32 marker = byteAt(data, at + 1);
        if (marker == 0xff) { // fill byte
            ++at;
            continue;
        }
        at += 2;
        // Markers without a length: TEM, RSTn, SOI.
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd8))
            continue;
        if (marker == 0xd9 || marker == 0xda) // EOI, or the entropy-coded data starts before any SOF
            return;
        if (at + 2 > data.size())
            return;
        const quint32 length = bigEndian16(data, at);
        if (length < 2)
            return;
        const bool isStartOfFrame
            = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
        if (isStartOfFrame) {
            // length (2), precision (1), height (2), width (2)
            if (at + 7 > data.size())
                return;
            info->height = static_cast<int>(bigEndian16(data, at + 3));
            info->width = static_cast<int>(bigEndian16(data, at + 5));
            return;
        }
        at += length;
    }
}

void ImageSniffer::readWebp(QByteArrayView data, ImageInfo *info)
{
    // RIFF header (12), then the first chunk: fourcc (4), size (4), payload.
    if (data.size() < 30)
        return;
    const QByteArrayView chunk = data.sliced(12, 4);
    constexpr qsizetype payload = 20;
    if (chunk == "VP8 ") {
        // Frame tag (3), start code 9d 01 2a, then 14-bit width and height (2 bits of scale each).
        if (byteAt(data, payload + 3) != 0x9d || byteAt(data, payload + 4) != 0x01 || byteAt(data, payload + 5) != 0x2a)
            return;
        info->width = static_cast<int>(littleEndian16(data, payload + 6) & 0x3fff);
        info->height = static_cast<int>(littleEndian16(data, payload + 8) & 0x3fff);
    } else if (chunk == "VP8L") {
        // Signature 0x2f, then 14 bits width-1 and 14 bits height-1, little-endian bit order.
        if (byteAt(data, payload) != 0x2f)
            return;
        const quint32 bits = littleEndian32(data, payload + 1);
        info->width = static_cast<int>((bits & 0x3fff) + 1);
        info->height = static_cast<int>(((bits >> 14) & 0x3fff) + 1);
    } else if (chunk == "VP8X") {
        // Flags (1), reserved (3), canvas width-1 (24 bits), canvas height-1 (24 bits).
        info->width = static_cast<int>(littleEndian24(data, payload + 4) + 1);
        info->height = static_cast<int>(littleEndian24(data, payload + 7) + 1);
    }
}

} // namespace Dailies::Mock
