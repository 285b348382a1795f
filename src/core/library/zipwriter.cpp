// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/zipwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfCentralDirectory = 0x06054b50;
constexpr quint16 kVersionNeeded = 10; // 1.0: stored entries
constexpr quint16 kVersionMadeBy = (3 << 8) | 30; // Unix, 3.0, so that the permissions below are honoured
constexpr quint16 kUtf8Names = 0x0800;
constexpr quint32 kRegularFile644 = 0100644U << 16;
constexpr qint64 kLimit = std::numeric_limits<quint32>::max();
constexpr qint64 kChunk = 1 << 20;

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table {};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1U) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

constexpr std::array<quint32, 256> kCrcTable = makeCrcTable();

void put16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xFF)).append(char(v >> 8));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v & 0xFFFF));
    put16(out, quint16(v >> 16));
}

// MS-DOS time and date, the only ones a plain zip header carries (local time, two-second steps, from 1980).
std::pair<quint16, quint16> dosDateTime(const QDateTime &at)
{
    const QDateTime local = (at.isValid() ? at : QDateTime::currentDateTime()).toLocalTime();
    const QDate d = local.date();
    const QTime t = local.time();
    if (d.year() < 1980)
        return { 0, (1 << 5) | 1 };
    const auto time = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    const auto date = quint16(((std::min(d.year(), 2107) - 1980) << 9) | (d.month() << 5) | d.day());
    return { time, date };
}

} // namespace

ZipWriter::ZipWriter(QIODevice *device)
    : m_device(device)
{
}

quint32 ZipWriter::crc32(QByteArrayView data, quint32 previous)
{
    quint32 c = ~previous;
    for (const char byte : data)
        c = kCrcTable[(c ^ quint8(byte)) & 0xFFU] ^ (c >> 8);
    return ~c;
}

bool ZipWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool ZipWriter::write(const QByteArray &bytes)
{
    if (m_device->write(bytes) != bytes.size())
        return fail(tr("Cannot write the zip file: %1").arg(m_device->errorString()));
    return true;
}

bool ZipWriter::checkName(const QString &entryName)
{
    if (m_finished)
        return fail(tr("The zip file is already finished."));
    if (!m_error.isEmpty())
        return false;
    if (!m_device || !m_device->isWritable() || m_device->isSequential())
        return fail(tr("The zip file is not open for writing."));
    if (entryName.isEmpty() || entryName.startsWith(u'/') || entryName.contains(u'\\')
        || entryName.split(u'/').contains(".."_L1))
        return fail(tr("'%1' cannot be stored in a zip file: names must be relative paths.").arg(entryName));
    if (m_entries.size() >= 0xFFFF)
        return fail(tr("A zip file without Zip64 holds at most 65,535 files."));
    if (m_device->pos() >= kLimit)
        return fail(tr("The zip file would grow past 4 GiB, which needs Zip64."));
    return true;
}

bool ZipWriter::writeLocalHeader(const Entry &entry)
{
    QByteArray header;
    put32(header, kLocalHeader);
    put16(header, kVersionNeeded);
    put16(header, kUtf8Names);
    put16(header, 0); // stored
    put16(header, entry.dosTime);
    put16(header, entry.dosDate);
    put32(header, entry.crc);
    put32(header, entry.size);
    put32(header, entry.size);
    put16(header, quint16(entry.name.size()));
    put16(header, 0);
    header.append(entry.name);
    return write(header);
}

bool ZipWriter::addData(const QString &entryName, const QByteArray &data, const QDateTime &modified)
{
    if (!checkName(entryName))
        return false;
    if (data.size() >= kLimit)
        return fail(tr("'%1' is too large for a zip file without Zip64.").arg(entryName));
    Entry entry;
    entry.name = entryName.toUtf8();
    entry.crc = crc32(data);
    entry.size = quint32(data.size());
    entry.offset = quint32(m_device->pos());
    std::tie(entry.dosTime, entry.dosDate) = dosDateTime(modified);
    if (!writeLocalHeader(entry) || !write(data))
        return false;
    m_entries.append(entry);
    return true;
}

bool ZipWriter::addFile(const QString &entryName, const QString &sourcePath)
{
    if (!checkName(entryName))
        return false;
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read '%1': %2").arg(sourcePath, source.errorString()));
    if (source.size() >= kLimit)
        return fail(tr("'%1' is too large for a zip file without Zip64.").arg(sourcePath));
    Entry entry;
    entry.name = entryName.toUtf8();
    entry.offset = quint32(m_device->pos());
    std::tie(entry.dosTime, entry.dosDate) = dosDateTime(QFileInfo(source).lastModified());
    // The header goes out first with a zero CRC and size, and is patched once the file has streamed through.
    if (!writeLocalHeader(entry))
        return false;
    qint64 total = 0;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(kChunk);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return fail(tr("Cannot read '%1': %2").arg(sourcePath, source.errorString()));
        if (chunk.isEmpty())
            break;
        entry.crc = crc32(chunk, entry.crc);
        total += chunk.size();
        if (total >= kLimit)
            return fail(tr("'%1' is too large for a zip file without Zip64.").arg(sourcePath));
        if (!write(chunk))
            return false;
    }
    entry.size = quint32(total);
    const qint64 end = m_device->pos();
    QByteArray patch;
    put32(patch, entry.crc);
    put32(patch, entry.size);
    put32(patch, entry.size);
    if (!m_device->seek(entry.offset + 14) || !write(patch) || !m_device->seek(end))
        return fail(tr("Cannot write the zip file: %1").arg(m_device->errorString()));
    m_entries.append(entry);
    return true;
}

bool ZipWriter::finish()
{
    if (m_finished)
        return fail(tr("The zip file is already finished."));
    if (!m_error.isEmpty())
        return false;
    const qint64 start = m_device->pos();
    QByteArray directory;
    for (const Entry &e : std::as_const(m_entries)) {
        put32(directory, kCentralHeader);
        put16(directory, kVersionMadeBy);
        put16(directory, kVersionNeeded);
        put16(directory, kUtf8Names);
        put16(directory, 0);
        put16(directory, e.dosTime);
        put16(directory, e.dosDate);
        put32(directory, e.crc);
        put32(directory, e.size);
        put32(directory, e.size);
        put16(directory, quint16(e.name.size()));
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, kRegularFile644);
        put32(directory, e.offset);
        directory.append(e.name);
    }
    if (start + directory.size() >= kLimit)
        return fail(tr("The zip file would grow past 4 GiB, which needs Zip64."));
    const auto entriesSize = quint32(directory.size());
    put32(directory, kEndOfCentralDirectory);
    put16(directory, 0); // this disk
    put16(directory, 0); // disk of the central directory
    put16(directory, quint16(m_entries.size()));
    put16(directory, quint16(m_entries.size()));
    put32(directory, entriesSize);
    put32(directory, quint32(start));
    put16(directory, 0); // comment
    m_finished = true;
    return write(directory);
}

} // namespace Dailies
