// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/mediaprobe.h"

#include <QFile>
#include <QIODevice>
#include <QtEndian>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

// A box: its type and where its payload lies in the file.
struct Box {
    QByteArray type;
    qint64 start = 0; ///< the box's first byte
    qint64 payload = 0; ///< the payload's first byte
    qint64 end = 0; ///< one past the box's last byte
};

// Reads boxes from a device, checking every size against the parent range. The first problem is kept in `error`
// and makes every later call fail, so callers can test once.
class BoxReader
{
public:
    explicit BoxReader(QIODevice *device)
        : m_device(device)
        , m_size(device->size())
    {
    }

    [[nodiscard]] qint64 size() const { return m_size; }
    [[nodiscard]] bool failed() const { return !error.isEmpty(); }

    bool read(qint64 pos, char *data, qint64 length)
    {
        if (failed())
            return false;
        if (pos < 0 || length < 0 || pos > m_size - length) {
            error = MediaProbe::tr("The file is truncated: it ends at byte %1, inside a box.").arg(m_size);
            return false;
        }
        if (!m_device->seek(pos) || m_device->read(data, length) != length) {
            error = MediaProbe::tr("The file cannot be read: %1").arg(m_device->errorString());
            return false;
        }
        return true;
    }

    template<typename T>
    std::optional<T> number(qint64 pos)
    {
        std::array<char, sizeof(T)> bytes {};
        if (!read(pos, bytes.data(), sizeof(T)))
            return std::nullopt;
        return qFromBigEndian<T>(bytes.data());
    }

    // The box starting at `pos` inside [pos, parentEnd), or nullopt (with `error` set) when its header is damaged.
    // `topLevel`: the parent is the file itself, so a box running past its end means the file was cut off.
    std::optional<Box> box(qint64 pos, qint64 parentEnd, bool topLevel = false)
    {
        std::array<char, 8> header {};
        if (parentEnd - pos < 8) {
            error = MediaProbe::tr("The file is truncated: a box header at byte %1 is cut off.").arg(pos);
            return std::nullopt;
        }
        if (!read(pos, header.data(), 8))
            return std::nullopt;
        Box b;
        b.type = QByteArray(header.data() + 4, 4);
        b.start = pos;
        b.payload = pos + 8;
        quint64 size = qFromBigEndian<quint32>(header.data());
        if (size == 1) {
            const std::optional<quint64> large = number<quint64>(pos + 8);
            if (!large)
                return std::nullopt;
            size = *large;
            b.payload = pos + 16;
        } else if (size == 0) {
            size = quint64(parentEnd - pos); // the box runs to the end of its parent (the file, at top level)
        }
        const quint64 headerSize = quint64(b.payload - pos);
        if (size < headerSize) {
            error = MediaProbe::tr("The box '%1' at byte %2 has an impossible size of %3 bytes.")
                        .arg(printable(b.type))
                        .arg(pos)
                        .arg(size);
            return std::nullopt;
        }
        if (size > quint64(parentEnd - pos)) {
            error = topLevel
                ? MediaProbe::tr("The file is truncated: the box '%1' at byte %2 needs %3 bytes, but only %4 are left.")
                      .arg(printable(b.type))
                      .arg(pos)
                      .arg(size)
                      .arg(parentEnd - pos)
                : MediaProbe::tr("The box '%1' at byte %2 is larger than the box that holds it.")
                      .arg(printable(b.type))
                      .arg(pos);
            return std::nullopt;
        }
        b.end = pos + qint64(size);
        return b;
    }

    // The children of [begin, end) in order; stops (with `error` set) at the first damaged one.
    QList<Box> children(qint64 begin, qint64 end)
    {
        QList<Box> boxes;
        // A real container holds a handful of boxes; the cap keeps a hostile file of tiny boxes cheap.
        constexpr int kMaxChildren = 4096;
        for (qint64 pos = begin; pos < end && boxes.size() < kMaxChildren;) {
            const std::optional<Box> b = box(pos, end);
            if (!b)
                break;
            boxes << *b;
            pos = b->end;
        }
        return boxes;
    }

    static QString printable(const QByteArray &type)
    {
        QString text;
        for (const char c : type)
            text += (c >= 0x20 && c < 0x7f) ? QChar(QLatin1Char(c)) : QChar(u'?');
        return text;
    }

    QString error;

private:
    QIODevice *m_device;
    qint64 m_size;
};

const Box *find(const QList<Box> &boxes, const char *type)
{
    for (const Box &b : boxes) {
        if (b.type == type)
            return &b;
    }
    return nullptr;
}

struct Track {
    QByteArray handler;
    QString codec;
    int width = 0;
    int height = 0;
    int entryWidth = 0;
    int entryHeight = 0;
    quint32 timescale = 0;
    quint64 duration = 0; ///< in the track's time scale
    quint64 samples = 0;
    quint64 sampleTime = 0; ///< the sum of the sample durations, in the track's time scale
};

// Reads a full box's version (the first payload byte).
std::optional<quint8> version(BoxReader &reader, const Box &b)
{
    return reader.number<quint8>(b.payload);
}

void readTkhd(BoxReader &reader, const Box &b, Track &track)
{
    const std::optional<quint8> v = version(reader, b);
    if (!v)
        return;
    // version, flags, times, track id, reserved, duration, reserved, layer, group, volume, reserved, matrix
    const qint64 offset = *v == 1 ? 4 + 8 + 8 + 4 + 4 + 8 + 8 + 8 + 36 : 4 + 4 + 4 + 4 + 4 + 4 + 8 + 8 + 36;
    if (b.end - b.payload < offset + 8)
        return;
    const std::optional<quint32> w = reader.number<quint32>(b.payload + offset);
    const std::optional<quint32> h = reader.number<quint32>(b.payload + offset + 4);
    if (w && h) {
        track.width = int(*w >> 16);
        track.height = int(*h >> 16);
    }
}

void readMdhd(BoxReader &reader, const Box &b, Track &track)
{
    const std::optional<quint8> v = version(reader, b);
    if (!v)
        return;
    if (*v == 1) {
        if (b.end - b.payload < 4 + 8 + 8 + 4 + 8)
            return;
        track.timescale = reader.number<quint32>(b.payload + 20).value_or(0);
        track.duration = reader.number<quint64>(b.payload + 24).value_or(0);
    } else {
        if (b.end - b.payload < 4 + 4 + 4 + 4 + 4)
            return;
        track.timescale = reader.number<quint32>(b.payload + 12).value_or(0);
        track.duration = reader.number<quint32>(b.payload + 16).value_or(0);
    }
}

void readStsd(BoxReader &reader, const Box &b, Track &track)
{
    // version+flags, entry count, then the first sample entry: size, fourcc, 6 reserved, data reference index; a
    // visual entry then has 16 bytes of pre-defined/reserved fields before its width and height.
    if (b.end - b.payload < 8 + 8)
        return;
    const std::optional<quint32> count = reader.number<quint32>(b.payload + 4);
    if (!count || *count == 0)
        return;
    const std::optional<Box> entry = reader.box(b.payload + 8, b.end);
    if (!entry)
        return;
    track.codec = BoxReader::printable(entry->type);
    if (entry->end - entry->payload >= 8 + 16 + 4) {
        track.entryWidth = reader.number<quint16>(entry->payload + 24).value_or(0);
        track.entryHeight = reader.number<quint16>(entry->payload + 26).value_or(0);
    }
}

void readStts(BoxReader &reader, const Box &b, Track &track)
{
    if (b.end - b.payload < 8)
        return;
    const std::optional<quint32> declared = reader.number<quint32>(b.payload + 4);
    if (!declared)
        return;
    // The declared count is trusted only as far as the box holds entries; they are read in small batches.
    const qint64 count = std::min<qint64>(*declared, (b.end - b.payload - 8) / 8);
    constexpr qint64 kBatch = 512;
    std::array<char, kBatch * 8> buffer {};
    for (qint64 done = 0; done < count;) {
        const qint64 n = std::min(kBatch, count - done);
        if (!reader.read(b.payload + 8 + done * 8, buffer.data(), n * 8))
            return;
        for (qint64 i = 0; i < n; ++i) {
            const quint64 samples = qFromBigEndian<quint32>(buffer.data() + i * 8);
            const quint64 delta = qFromBigEndian<quint32>(buffer.data() + i * 8 + 4);
            track.samples += samples;
            track.sampleTime += samples * delta;
        }
        done += n;
    }
}

Track readTrack(BoxReader &reader, const Box &trak)
{
    Track track;
    const QList<Box> trakChildren = reader.children(trak.payload, trak.end);
    if (const Box *tkhd = find(trakChildren, "tkhd"))
        readTkhd(reader, *tkhd, track);
    const Box *mdia = find(trakChildren, "mdia");
    if (!mdia)
        return track;
    const QList<Box> mdiaChildren = reader.children(mdia->payload, mdia->end);
    if (const Box *mdhd = find(mdiaChildren, "mdhd"))
        readMdhd(reader, *mdhd, track);
    if (const Box *hdlr = find(mdiaChildren, "hdlr"); hdlr && hdlr->end - hdlr->payload >= 12) {
        track.handler.resize(4);
        if (!reader.read(hdlr->payload + 8, track.handler.data(), 4))
            track.handler.clear();
    }
    const Box *minf = find(mdiaChildren, "minf");
    if (!minf)
        return track;
    const QList<Box> minfChildren = reader.children(minf->payload, minf->end);
    const Box *stbl = find(minfChildren, "stbl");
    if (!stbl)
        return track;
    const QList<Box> stblChildren = reader.children(stbl->payload, stbl->end);
    if (const Box *stsd = find(stblChildren, "stsd"))
        readStsd(reader, *stsd, track);
    if (track.handler == "vide") {
        if (const Box *stts = find(stblChildren, "stts"))
            readStts(reader, *stts, track);
    }
    return track;
}

// `duration` units of 1/`timescale` s in ms, clamped so that a hostile value cannot overflow.
quint64 toMs(quint64 duration, quint32 timescale)
{
    if (timescale == 0)
        return 0;
    constexpr double kMaxMs = 1e15; // about 31,000 years
    return quint64(std::llround(std::min(double(duration) * 1000.0 / timescale, kMaxMs)));
}

bool isKnownTopLevel(const QByteArray &type)
{
    static const std::array<const char *, 8> kTypes { "ftyp", "moov", "mdat", "free", "skip", "wide", "pnot", "uuid" };
    return std::any_of(kTypes.begin(), kTypes.end(), [&type](const char *t) { return type == t; });
}

} // namespace

qint64 MediaInfo::frameDurationMs() const
{
    return frameRate > 0 ? qint64(std::llround(1000.0 / frameRate)) : 0;
}

std::optional<MediaInfo> MediaProbe::probe(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.exists() ? tr("'%1' cannot be opened: %2").arg(path, file.errorString())
                                   : tr("'%1' does not exist.").arg(path);
        return std::nullopt;
    }
    QString why;
    std::optional<MediaInfo> info = probe(&file, &why);
    if (!info && error)
        *error = tr("'%1': %2").arg(path, why);
    return info;
}

std::optional<MediaInfo> MediaProbe::probe(QIODevice *device, QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    BoxReader reader(device);
    if (reader.size() < 8)
        return fail(tr("This is not an MP4 or QuickTime file: it is only %n byte(s) long.", nullptr,
            int(std::max<qint64>(reader.size(), 0))));
    std::array<char, 8> first {};
    if (!reader.read(0, first.data(), 8))
        return fail(reader.error);
    if (!isKnownTopLevel(QByteArray(first.data() + 4, 4)))
        return fail(tr("This is not an MP4 or QuickTime file."));

    MediaInfo info;
    std::optional<Box> moov;
    for (qint64 pos = 0; pos < reader.size();) {
        const std::optional<Box> b = reader.box(pos, reader.size(), true);
        if (!b)
            break;
        if (b->type == "ftyp" && b->end - b->payload >= 4) {
            QByteArray brand(4, '\0');
            if (reader.read(b->payload, brand.data(), 4))
                info.brand = BoxReader::printable(brand);
        } else if (b->type == "moov" && !moov) {
            moov = b;
        }
        pos = b->end;
    }
    // A damaged box after a complete movie header (a cut-off `mdat`) still makes the file unusable to a player.
    if (reader.failed())
        return fail(reader.error);
    if (!moov)
        return fail(tr("The file has no movie header ('moov' box); it may be incomplete."));

    const QList<Box> moovChildren = reader.children(moov->payload, moov->end);
    quint64 movieDurationMs = 0;
    if (const Box *mvhd = find(moovChildren, "mvhd")) {
        const std::optional<quint8> v = version(reader, *mvhd);
        quint32 timescale = 0;
        quint64 duration = 0;
        if (v == 1 && mvhd->end - mvhd->payload >= 4 + 8 + 8 + 4 + 8) {
            timescale = reader.number<quint32>(mvhd->payload + 20).value_or(0);
            duration = reader.number<quint64>(mvhd->payload + 24).value_or(0);
        } else if (v == 0 && mvhd->end - mvhd->payload >= 4 + 4 + 4 + 4 + 4) {
            timescale = reader.number<quint32>(mvhd->payload + 12).value_or(0);
            duration = reader.number<quint32>(mvhd->payload + 16).value_or(0);
        }
        movieDurationMs = toMs(duration, timescale);
    }
    quint64 longestTrackMs = 0;
    for (const Box &b : moovChildren) {
        if (b.type != "trak")
            continue;
        const Track track = readTrack(reader, b);
        longestTrackMs = std::max(longestTrackMs, toMs(track.duration, track.timescale));
        if (track.handler == "vide" && !info.hasVideo) {
            info.hasVideo = true;
            info.videoCodec = track.codec;
            info.width = track.width > 0 ? track.width : track.entryWidth;
            info.height = track.height > 0 ? track.height : track.entryHeight;
            info.frameCount = qint64(std::min<quint64>(track.samples, std::numeric_limits<qint64>::max()));
            if (track.sampleTime > 0 && track.timescale > 0)
                info.frameRate = double(track.samples) * track.timescale / double(track.sampleTime);
        } else if (track.handler == "soun" && !info.hasAudio) {
            info.hasAudio = true;
            info.audioCodec = track.codec;
        }
    }
    if (reader.failed())
        return fail(reader.error);
    info.durationMs = qint64(movieDurationMs > 0 ? movieDurationMs : longestTrackMs);
    if (!info.hasVideo && !info.hasAudio)
        return fail(tr("The movie has no video or audio track."));
    return info;
}

} // namespace Dailies
