// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/imageprobe.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

quint32 be16(const QByteArray &b, qsizetype i)
{
    return (quint32(quint8(b.at(i))) << 8) | quint8(b.at(i + 1));
}

quint32 be32(const QByteArray &b, qsizetype i)
{
    return (be16(b, i) << 16) | be16(b, i + 2);
}

quint32 le16(const QByteArray &b, qsizetype i)
{
    return quint32(quint8(b.at(i))) | (quint32(quint8(b.at(i + 1))) << 8);
}

quint32 le24(const QByteArray &b, qsizetype i)
{
    return le16(b, i) | (quint32(quint8(b.at(i + 2))) << 16);
}

QSize jpegSize(const QByteArray &b)
{
    qsizetype i = 2;
    while (i + 9 < b.size()) {
        if (quint8(b.at(i)) != 0xFF)
            return {};
        const quint8 marker = quint8(b.at(i + 1));
        if (marker == 0xFF) { // fill byte
            ++i;
            continue;
        }
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            i += 2;
            continue;
        }
        const quint32 length = be16(b, i + 2);
        const bool startOfFrame
            = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame)
            return QSize(int(be16(b, i + 7)), int(be16(b, i + 5)));
        if (length < 2)
            return {};
        i += 2 + length;
    }
    return {};
}

QSize webpSize(const QByteArray &b)
{
    if (b.size() < 30)
        return {};
    const QByteArray chunk = b.mid(12, 4);
    if (chunk == "VP8 " && quint8(b.at(23)) == 0x9D && quint8(b.at(24)) == 0x01 && quint8(b.at(25)) == 0x2A)
        return QSize(int(le16(b, 26) & 0x3FFF), int(le16(b, 28) & 0x3FFF));
    if (chunk == "VP8L" && quint8(b.at(20)) == 0x2F) {
        const quint32 bits = quint32(quint8(b.at(21))) | (quint32(quint8(b.at(22))) << 8)
            | (quint32(quint8(b.at(23))) << 16) | (quint32(quint8(b.at(24))) << 24);
        return QSize(int((bits & 0x3FFF) + 1), int(((bits >> 14) & 0x3FFF) + 1));
    }
    if (chunk == "VP8X")
        return QSize(int(le24(b, 24) + 1), int(le24(b, 27) + 1));
    return {};
}

} // namespace

QByteArray ImageProbe::mimeType() const
{
    switch (format) {
    case Format::Jpeg:
        return "image/jpeg"_ba;
    case Format::Png:
        return "image/png"_ba;
    case Format::Webp:
        return "image/webp"_ba;
    case Format::Unknown:
        break;
    }
    return "application/octet-stream"_ba;
}

ImageProbe ImageProbe::probe(const QByteArray &b)
{
    ImageProbe p;
    if (b.startsWith("\x89PNG\r\n\x1a\n")) {
        p.format = Format::Png;
        if (b.size() >= 24 && b.mid(12, 4) == "IHDR")
            p.size = QSize(int(be32(b, 16)), int(be32(b, 20)));
    } else if (b.size() >= 3 && quint8(b.at(0)) == 0xFF && quint8(b.at(1)) == 0xD8 && quint8(b.at(2)) == 0xFF) {
        p.format = Format::Jpeg;
        p.size = jpegSize(b);
    } else if (b.size() >= 12 && b.startsWith("RIFF") && b.mid(8, 4) == "WEBP") {
        p.format = Format::Webp;
        p.size = webpSize(b);
    }
    return p;
}

ImageProbe ImageProbe::probeFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Dailies::ImageProbe", "Cannot read '%1': %2")
                         .arg(path, file.errorString());
        return {};
    }
    return probe(file.read(512 * 1024));
}

QSize parseVideoSize(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{1,5})\\s*[xX×]\\s*(\\d{1,5})\\s*$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    return QSize(m.captured(1).toInt(), m.captured(2).toInt());
}

} // namespace Dailies
