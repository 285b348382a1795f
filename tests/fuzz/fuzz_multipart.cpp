// SPDX-License-Identifier: GPL-3.0-or-later
// The demo server's multipart/form-data parser. The first line of the input is the request's Content-Type, the
// rest its body, so the boundary parameter is fuzzed together with the body it splits.
#include <QByteArray>
#include <cstddef>
#include <cstdint>

#include "mockserver/multipartparser.h"

using Dailies::Mock::MultipartParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = bytes.indexOf('\n');
    const QByteArrayView contentType = newline < 0 ? QByteArrayView(bytes) : QByteArrayView(bytes).first(newline);
    const QByteArrayView body = newline < 0 ? QByteArrayView() : QByteArrayView(bytes).sliced(newline + 1);
    QString error;
    if (const auto parts = MultipartParser::parse(body, MultipartParser::boundary(contentType), &error)) {
        for (const Dailies::Mock::MultipartPart &part : *parts)
            (void)part.isFile();
    }
    return 0;
}
