// SPDX-License-Identifier: GPL-3.0-or-later
// Batch files (`dailies batch FILE`): the same bytes as JSON Lines and as CSV.
#include <QByteArray>
#include <cstddef>
#include <cstdint>

#include "core/prompt/batchfile.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString baseDir = u"/nonexistent/dailies-fuzz"_s;
    for (const Dailies::BatchFile &batch :
        { Dailies::BatchFile::parseJsonLines(bytes, baseDir), Dailies::BatchFile::parseCsv(bytes, baseDir) }) {
        (void)batch.jobCount();
        for (const Dailies::BatchFile::Problem &problem : batch.problems())
            (void)problem.toString();
    }
    return 0;
}
