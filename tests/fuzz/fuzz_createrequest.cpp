// SPDX-License-Identifier: GPL-3.0-or-later
// The demo server's reader of `POST /videos`, `POST /videos/{id}/remix`, `POST /videos/edits`,
// `POST /videos/extensions` and `POST /videos/characters` bodies (JSON or multipart, with a reference image as a file
// or a data URL, bracketed nested fields, an MP4 upload). The first line of the input is the Content-Type, the rest
// the body.
#include <QByteArray>
#include <cstddef>
#include <cstdint>

#include "mockserver/createrequestparser.h"
#include "mockserver/mockrequest.h"

using namespace Dailies::Mock;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = bytes.indexOf('\n');
    MockRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/videos");
    request.headers.append({ QByteArray("Content-Type"), newline < 0 ? bytes : bytes.first(newline) });
    request.body = newline < 0 ? QByteArray() : bytes.sliced(newline + 1);

    CreateParams params;
    ErrorResponse error;
    (void)CreateRequestParser::parseCreate(request, &params, &error);
    QString prompt;
    (void)CreateRequestParser::parseRemix(request, &prompt, &error);
    SourceVideoParams source;
    (void)CreateRequestParser::parseEdit(request, &source, &error);
    (void)CreateRequestParser::parseExtend(request, &source, &error);
    CharacterParams character;
    (void)CreateRequestParser::parseCharacter(request, &character, &error);
    return 0;
}
