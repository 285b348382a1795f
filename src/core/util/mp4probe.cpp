// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/mp4probe.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

namespace Dailies
{

namespace
{

struct Box {
    qint64 start = 0;
    qint64 size = 0; ///< whole box, header included
    qint64 headerSize = 8;
    QByteArray type;
};

// The box at the device's position, within `end`; std::nullopt at the end or on a box that does not fit.
std::optional<Box> readBox(QIODevice *device, qint64 end)
{
    Box box;
    box.start = device->pos();
    const QByteArray head = device->read(8);
    if (head.size() < 8)
        return std::nullopt;
    box.size = qFromBigEndian<quint32>(head.constData());
    box.type = head.mid(4, 4);
    if (box.size == 1) {
        const QByteArray large = device->read(8);
        if (large.size() < 8)
            return std::nullopt;
        box.size = static_cast<qint64>(qFromBigEndian<quint64>(large.constData()));
        box.headerSize = 16;
    } else if (box.size == 0) {
        box.size = end - box.start; // to the end of the file
    }
    if (box.size < box.headerSize || box.start + box.size > end)
        return std::nullopt;
    return box;
}

std::optional<double> movieSeconds(QIODevice *device, const Box &mvhd)
{
    const QByteArray body = device->read(std::min<qint64>(mvhd.size - mvhd.headerSize, 32));
    if (body.size() < 20)
        return std::nullopt;
    const int version = static_cast<unsigned char>(body.at(0));
    quint32 timescale = 0;
    quint64 duration = 0;
    if (version == 1 && body.size() >= 32) {
        timescale = qFromBigEndian<quint32>(body.constData() + 20);
        duration = qFromBigEndian<quint64>(body.constData() + 24);
    } else if (version == 0) {
        timescale = qFromBigEndian<quint32>(body.constData() + 12);
        duration = qFromBigEndian<quint32>(body.constData() + 16);
    }
    if (timescale == 0)
        return std::nullopt;
    return static_cast<double>(duration) / timescale;
}

} // namespace

Mp4Probe Mp4Probe::probe(QIODevice *device)
{
    Mp4Probe result;
    const qint64 end = device->size();
    std::optional<Box> box = readBox(device, end);
    if (!box || box->type != "ftyp")
        return result;
    result.isMp4 = true;
    // Top-level boxes until `moov`, then its children until `mvhd`; a few thousand boxes at most.
    qint64 limit = end;
    bool insideMovie = false;
    for (int guard = 0; box && guard < 4096; ++guard) {
        if (!device->seek(box->start + box->size))
            break;
        box = readBox(device, limit);
        if (!box)
            break;
        if (box->type == "moov" && !insideMovie) {
            insideMovie = true;
            limit = box->start + box->size;
            box->size = box->headerSize; // step inside
            continue;
        }
        if (box->type == "mvhd" && insideMovie) {
            result.seconds = movieSeconds(device, *box);
            break;
        }
    }
    return result;
}

Mp4Probe Mp4Probe::probeFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Dailies::Mp4Probe", "Cannot read '%1': %2")
                         .arg(path, file.errorString());
        return {};
    }
    return probe(&file);
}

} // namespace Dailies
