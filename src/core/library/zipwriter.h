// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace Dailies
{

/**
 * Writes a zip archive of stored (uncompressed) entries to a seekable device, with UTF-8 names and CRC-32s, without
 * Zip64 (every entry and the archive stay under 4 GiB, at most 65,535 entries). Videos do not compress, so storing
 * keeps the writer small and lets any unzip tool read the result. Files are streamed, memory stays flat.
 * The device is not owned; call finish() to write the central directory, then commit or close the device.
 */
class ZipWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Dailies::ZipWriter)

public:
    /// `device` must be open for writing and seekable (a QSaveFile or QFile; a QBuffer in tests).
    explicit ZipWriter(QIODevice *device);

    /// Adds the file at `sourcePath` as `entryName` (a relative path with '/'); false with errorString() on failure.
    bool addFile(const QString &entryName, const QString &sourcePath);
    /// Adds `data` as `entryName`.
    bool addData(const QString &entryName, const QByteArray &data, const QDateTime &modified = {});
    /// Writes the central directory; nothing may be added afterwards.
    bool finish();
    [[nodiscard]] const QString &errorString() const { return m_error; }

    /// CRC-32 (ISO-HDLC, as zip and gzip use it); pass the previous value to continue over several chunks.
    [[nodiscard]] static quint32 crc32(QByteArrayView data, quint32 previous = 0);

private:
    struct Entry {
        QByteArray name;
        quint32 crc = 0;
        quint32 size = 0;
        quint32 offset = 0;
        quint16 dosTime = 0;
        quint16 dosDate = 0;
    };
    bool fail(const QString &message);
    bool checkName(const QString &entryName);
    bool writeLocalHeader(const Entry &entry);
    bool write(const QByteArray &bytes);

    QIODevice *m_device;
    QList<Entry> m_entries;
    QString m_error;
    bool m_finished = false;
};

} // namespace Dailies
