// SPDX-License-Identifier: GPL-3.0-or-later
// The bodies of remix, edit, extension and character uploads.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

#include "mockserver/createrequestparser.h"
#include "mockserver/createrequestparser_p.h"
#include "mockserver/imagesniffer.h"
#include "mockserver/mockrequest.h"
#include "mockserver/mp4sniffer.h"

using namespace Qt::StringLiterals;

namespace Dailies::Mock
{

using namespace ParseDetail;

bool CreateRequestParser::parseRemix(const MockRequest &request, QString *prompt, ErrorResponse *error)
{
    Fields fields;
    QStringList order;
    if (!readFields(request, &fields, &order, error) || !checkKnown(order, { u"prompt"_s }, error))
        return false;
    return checkPrompt(fields, prompt, error);
}

bool CreateRequestParser::checkSourceVideo(const Fields &fields, QString *videoId, ErrorResponse *error)
{
    const QString param = u"video"_s;
    const auto it = fields.constFind(param);
    if (it == fields.cend()) {
        *error = ErrorResponse::missingParameter(param);
        return false;
    }
    if (it->isFile) {
        // The guide limits editing an uploaded video to eligible organisations; the demo is not one.
        *error = ErrorResponse::invalidRequest(param, u"unsupported_value"_s,
            u"Invalid 'video': this organization cannot use an uploaded source video. Send the id of a completed "
            "video instead: {\"id\": \"video_...\"}."_s);
        return false;
    }
    if (!it->value.isObject()) {
        *error = invalidType(param, u"an object with an 'id' or a file"_s, typeName(it->value));
        return false;
    }
    const QJsonObject object = it->value.toObject();
    for (auto key = object.begin(); key != object.end(); ++key) {
        if (key.key() != u"id") {
            *error = ErrorResponse::unknownParameter(param + u'.' + key.key());
            return false;
        }
    }
    const QString idParam = u"video.id"_s;
    if (!object.contains(u"id"_s)) {
        *error = ErrorResponse::missingParameter(idParam);
        return false;
    }
    if (!object.value(u"id"_s).isString()) {
        *error = invalidType(idParam, u"a string"_s, typeName(object.value(u"id"_s)));
        return false;
    }
    *videoId = object.value(u"id"_s).toString();
    if (videoId->isEmpty()) {
        *error = stringTooShort(idParam);
        return false;
    }
    return true;
}

bool CreateRequestParser::parseEdit(const MockRequest &request, SourceVideoParams *params, ErrorResponse *error)
{
    Fields fields;
    QStringList order;
    if (!readFields(request, &fields, &order, error) || !checkKnown(order, { u"video"_s, u"prompt"_s }, error))
        return false;
    return checkSourceVideo(fields, &params->videoId, error) && checkPrompt(fields, &params->prompt, error);
}

bool CreateRequestParser::parseExtend(const MockRequest &request, SourceVideoParams *params, ErrorResponse *error)
{
    Fields fields;
    QStringList order;
    if (!readFields(request, &fields, &order, error))
        return false;
    // The guide: an extension takes neither characters nor image references. Say so rather than "unrecognized".
    for (const QString &refused : { u"characters"_s, u"input_reference"_s }) {
        if (order.contains(refused)) {
            *error = ErrorResponse::invalidRequest(refused, u"unsupported_parameter"_s,
                u"Invalid '%1': extensions do not support characters or image references; the extension continues "
                "the source video as it is."_s.arg(refused));
            return false;
        }
    }
    if (!checkKnown(order, { u"video"_s, u"prompt"_s, u"seconds"_s }, error))
        return false;
    return checkSourceVideo(fields, &params->videoId, error) && checkPrompt(fields, &params->prompt, error)
        && checkSeconds(fields, true, &params->seconds, error);
}

bool CreateRequestParser::checkCharacterName(const Fields &fields, QString *name, ErrorResponse *error)
{
    const QString param = u"name"_s;
    const auto it = fields.constFind(param);
    if (it == fields.cend()) {
        *error = ErrorResponse::missingParameter(param);
        return false;
    }
    if (it->isFile || !it->value.isString()) {
        *error = invalidType(param, u"a string"_s, it->isFile ? u"a file"_s : typeName(it->value));
        return false;
    }
    *name = it->value.toString();
    const qsizetype length = characterCount(*name);
    if (length < 1) {
        *error = stringTooShort(param);
        return false;
    }
    if (length > kMaxCharacterNameLength) {
        *error = stringTooLong(param, kMaxCharacterNameLength, length);
        return false;
    }
    if (name->trimmed().isEmpty()) {
        // A prompt must contain the name verbatim; a name of spaces would match almost any prompt.
        *error = invalidValue(param, u"Invalid 'name': a character's name must contain more than white space."_s);
        return false;
    }
    return true;
}

bool CreateRequestParser::checkCharacterVideo(const Fields &fields, CharacterParams *params, ErrorResponse *error)
{
    const QString param = u"video"_s;
    const auto it = fields.constFind(param);
    if (it == fields.cend()) {
        *error = ErrorResponse::missingParameter(param);
        return false;
    }
    if (!it->isFile) {
        *error = invalidType(param, u"a file"_s, typeName(it->value));
        return false;
    }
    const QByteArray &bytes = it->file.data;
    const Mp4Info info = Mp4Sniffer::sniff(bytes);
    if (!info.isMp4) {
        const QString found = bytes.isEmpty() ? u"the file is empty"_s : u"the file is not an MP4 video"_s;
        const QString declared = it->file.contentType.isEmpty()
            ? QString()
            : u" (declared as %1)"_s.arg(QString::fromLatin1(it->file.contentType));
        *error = ErrorResponse::invalidRequest(param, u"unsupported_video"_s,
            u"Invalid file format for 'video': %1%2. Supported format: 'video/mp4'."_s.arg(found, declared));
        return false;
    }
    if (info.seconds <= 0.0) {
        *error = ErrorResponse::invalidRequest(param, u"unsupported_video"_s,
            u"Invalid video for 'video': the MP4 has no readable movie header (moov/mvhd), so its length is "
            "unknown."_s);
        return false;
    }
    // A little slack above the limit: AAC priming makes a 4-second clip's audio track a few milliseconds longer.
    constexpr double kSlack = 0.1;
    if (info.seconds < kMinCharacterSeconds || info.seconds > kMaxCharacterSeconds + kSlack) {
        *error = invalidValue(param,
            u"Invalid 'video': the video is %1 seconds long; a character video must be %2 to %3 seconds long."_s
                .arg(info.seconds, 0, 'f', 2)
                .arg(kMinCharacterSeconds)
                .arg(kMaxCharacterSeconds));
        return false;
    }
    params->video = bytes;
    params->seconds = info.seconds;
    return true;
}

bool CreateRequestParser::parseCharacter(const MockRequest &request, CharacterParams *params, ErrorResponse *error)
{
    const QByteArray contentType = request.header("content-type").trimmed();
    if (contentType.split(';').constFirst().trimmed().toLower() != "multipart/form-data") {
        const QString shown = contentType.isEmpty() ? u"(none)"_s : QString::fromLatin1(contentType);
        *error = ErrorResponse::invalidRequest({}, u"unsupported_content_type"_s,
            u"Unsupported Content-Type header: %1. This endpoint accepts only 'multipart/form-data' request "
            "bodies."_s.arg(shown));
        return false;
    }
    Fields fields;
    QStringList order;
    if (!readMultipart(request, &fields, &order, error) || !checkKnown(order, { u"video"_s, u"name"_s }, error))
        return false;
    return checkCharacterVideo(fields, params, error) && checkCharacterName(fields, &params->name, error);
}

} // namespace Dailies::Mock
