// SPDX-License-Identifier: GPL-3.0-or-later
// MediaProbe's MP4/QuickTime box reader: downloaded clips and files dropped into the library are untrusted.
#include <QBuffer>
#include <QByteArray>
#include <cstddef>
#include <cstdint>

#include "media/mediaprobe.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return 0;
    QString error;
    if (const std::optional<Dailies::MediaInfo> info = Dailies::MediaProbe::probe(&buffer, &error))
        (void)info->frameDurationMs();
    return 0;
}
