// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/mp4sniffer.h"

#include <QtEndian>
#include <optional>

namespace Dailies::Mock
{

namespace
{
/// One box: its type and where its payload lies in the buffer it was read from.
struct Box {
    QByteArrayView type;
    qsizetype payloadStart = 0;
    qsizetype end = 0;
};

quint32 read32(QByteArrayView bytes, qsizetype at)
{
    return qFromBigEndian<quint32>(bytes.data() + at);
}

quint64 read64(QByteArrayView bytes, qsizetype at)
{
    return qFromBigEndian<quint64>(bytes.data() + at);
}

/// The box that starts at `at` and ends by `limit`, or nothing when its header or size is broken.
std::optional<Box> readBox(QByteArrayView bytes, qsizetype at, qsizetype limit)
{
    if (limit - at < 8)
        return std::nullopt;
    quint64 size = read32(bytes, at);
    qsizetype header = 8;
    if (size == 1) { // a 64-bit size follows the type
        if (limit - at < 16)
            return std::nullopt;
        size = read64(bytes, at + 8);
        header = 16;
    } else if (size == 0) { // the box runs to the end
        size = static_cast<quint64>(limit - at);
    }
    if (size < static_cast<quint64>(header) || size > static_cast<quint64>(limit - at))
        return std::nullopt;
    return Box { bytes.sliced(at + 4, 4), at + header, at + static_cast<qsizetype>(size) };
}

/// The first child of type `type` among the boxes from `start` to `end`.
std::optional<Box> findBox(QByteArrayView bytes, qsizetype start, qsizetype end, QByteArrayView type)
{
    for (qsizetype at = start; at < end;) {
        const std::optional<Box> box = readBox(bytes, at, end);
        if (!box)
            return std::nullopt;
        if (box->type == type)
            return box;
        at = box->end;
    }
    return std::nullopt;
}
} // namespace

Mp4Info Mp4Sniffer::sniff(QByteArrayView bytes)
{
    Mp4Info info;
    const std::optional<Box> first = readBox(bytes, 0, bytes.size());
    info.isMp4 = first && first->type == "ftyp";
    if (!info.isMp4)
        return info;
    const std::optional<Box> movie = findBox(bytes, 0, bytes.size(), "moov");
    if (!movie)
        return info;
    const std::optional<Box> header = findBox(bytes, movie->payloadStart, movie->end, "mvhd");
    if (header)
        info.seconds = movieHeaderSeconds(bytes.sliced(header->payloadStart, header->end - header->payloadStart));
    return info;
}

double Mp4Sniffer::movieHeaderSeconds(QByteArrayView payload)
{
    // version(1) flags(3), then creation and modification times, timescale(4) and duration: 32-bit fields in
    // version 0, 64-bit times and duration in version 1.
    if (payload.size() < 20)
        return 0.0;
    quint32 timescale = 0;
    quint64 duration = 0;
    if (payload[0] == 1) {
        if (payload.size() < 32)
            return 0.0;
        timescale = read32(payload, 20);
        duration = read64(payload, 24);
        if (duration == ~quint64(0))
            return 0.0;
    } else {
        timescale = read32(payload, 12);
        duration = read32(payload, 16);
        if (duration == 0xffffffffU)
            return 0.0;
    }
    return timescale == 0 ? 0.0 : static_cast<double>(duration) / timescale;
}

} // namespace Dailies::Mock
