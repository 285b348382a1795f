// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/createrequestparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

#include "mockserver/imagesniffer.h"
#include "mockserver/mockrequest.h"

using namespace Qt::StringLiterals;

namespace Dailies::Mock
{

namespace
{
constexpr qsizetype kMaxPromptLength = 32000;
constexpr qsizetype kMaxImageUrlLength = 20971520;

/// "'a', 'b', and 'c'" as in OpenAI's messages.
QString quotedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted << u"'%1'"_s.arg(value);
    if (quoted.size() <= 1)
        return quoted.join(QString());
    if (quoted.size() == 2)
        return quoted.join(u" and "_s);
    const QString last = quoted.takeLast();
    return quoted.join(u", "_s) + u", and "_s + last;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return std::floor(number) == number ? u"an integer"_s : u"a decimal"_s;
    }
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    default:
        return u"an unknown value"_s;
    }
}

ErrorResponse invalidType(const QString &param, const QString &expected, const QString &got)
{
    return ErrorResponse::invalidRequest(param, u"invalid_type"_s,
        u"Invalid type for '%1': expected %2, but got %3 instead."_s.arg(param, expected, got));
}

ErrorResponse invalidValue(const QString &param, const QString &message)
{
    return ErrorResponse::invalidRequest(param, u"invalid_value"_s, message);
}

qsizetype characterCount(const QString &text)
{
    return text.toUcs4().size();
}

/// Splits a multipart field name like `input_reference[file_id]` into its top-level key and the nested key.
std::pair<QString, QString> splitBracketed(const QString &name)
{
    const qsizetype open = name.indexOf(u'[');
    if (open <= 0 || !name.endsWith(u']'))
        return { name, QString() };
    QString inner = name.sliced(open + 1, name.size() - open - 2);
    return { name.first(open), inner.isEmpty() ? u"[]"_s : inner };
}
} // namespace

const QStringList &CreateRequestParser::models()
{
    static const QStringList list { u"sora-2"_s, u"sora-2-pro"_s, u"sora-2-2025-10-06"_s, u"sora-2-pro-2025-10-06"_s,
        u"sora-2-2025-12-08"_s };
    return list;
}

QStringList CreateRequestParser::sizesFor(const QString &model)
{
    QStringList sizes { u"720x1280"_s, u"1280x720"_s };
    if (model.contains(u"-pro"_s))
        sizes << u"1024x1792"_s << u"1792x1024"_s << u"1920x1080"_s << u"1080x1920"_s;
    return sizes;
}

const QStringList &CreateRequestParser::secondsValues()
{
    static const QStringList list { u"4"_s, u"8"_s, u"12"_s, u"16"_s, u"20"_s };
    return list;
}

bool CreateRequestParser::readFields(
    const MockRequest &request, Fields *fields, QStringList *order, ErrorResponse *error)
{
    const QByteArray contentType = request.header("content-type").trimmed();
    const QByteArray mimeType = contentType.split(';').constFirst().trimmed().toLower();
    if (mimeType == "application/json") {
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            *error = ErrorResponse::unparsableJson();
            return false;
        }
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            fields->insert(it.key(), Field { it.value(), false, {} });
            order->append(it.key());
        }
        return true;
    }
    if (mimeType == "multipart/form-data") {
        QString parseError;
        const auto parts = MultipartParser::parse(request.body, MultipartParser::boundary(contentType), &parseError);
        if (!parts) {
            *error = ErrorResponse::invalidRequest(
                {}, {}, u"We could not parse the multipart/form-data body of your request: %1."_s.arg(parseError));
            return false;
        }
        for (const MultipartPart &part : *parts) {
            const auto [key, nested] = splitBracketed(part.name);
            if (!order->contains(key))
                order->append(key);
            Field &field = (*fields)[key];
            if (!nested.isEmpty()) {
                // The SDKs send nested objects as bracketed keys: input_reference[file_id]=...
                QJsonObject object = field.value.toObject();
                object.insert(
                    nested, part.isFile() ? QJsonValue(u"<file>"_s) : QJsonValue(QString::fromUtf8(part.data)));
                if (field.isFile) {
                    *error = ErrorResponse::invalidRequest(key, u"invalid_value"_s,
                        u"Invalid '%1': send either a file or an object, not both."_s.arg(key));
                    return false;
                }
                field.value = object;
            } else if (part.isFile()) {
                if (field.value.isObject()) {
                    *error = ErrorResponse::invalidRequest(key, u"invalid_value"_s,
                        u"Invalid '%1': send either a file or an object, not both."_s.arg(key));
                    return false;
                }
                field.isFile = true;
                field.file = part;
                field.value = QJsonValue();
            } else {
                field.value = QString::fromUtf8(part.data);
            }
        }
        return true;
    }
    const QString shown = contentType.isEmpty() ? u"(none)"_s : QString::fromLatin1(contentType);
    *error = ErrorResponse::invalidRequest({}, u"unsupported_content_type"_s,
        u"Unsupported Content-Type header: %1. This endpoint accepts 'application/json' or "
        "'multipart/form-data' request bodies."_s.arg(shown));
    return false;
}

bool CreateRequestParser::checkPrompt(const Fields &fields, QString *prompt, ErrorResponse *error)
{
    const auto it = fields.constFind(u"prompt"_s);
    if (it == fields.cend()) {
        *error = ErrorResponse::missingParameter(u"prompt"_s);
        return false;
    }
    if (it->isFile || !it->value.isString()) {
        *error = invalidType(u"prompt"_s, u"a string"_s, it->isFile ? u"a file"_s : typeName(it->value));
        return false;
    }
    const QString text = it->value.toString();
    const qsizetype length = characterCount(text);
    if (length < 1) {
        *error = ErrorResponse::invalidRequest(u"prompt"_s, u"string_below_min_length"_s,
            u"Invalid 'prompt': string too short. Expected a string with minimum length 1, but got an empty string "
            "instead."_s);
        return false;
    }
    if (length > kMaxPromptLength) {
        *error = ErrorResponse::invalidRequest(u"prompt"_s, u"string_above_max_length"_s,
            u"Invalid 'prompt': string too long. Expected a string with maximum length %1, but got a string with "
            "length %2 instead."_s.arg(kMaxPromptLength)
                .arg(length));
        return false;
    }
    *prompt = text;
    return true;
}

bool CreateRequestParser::parseCreate(const MockRequest &request, CreateParams *params, ErrorResponse *error)
{
    Fields fields;
    QStringList order;
    if (!readFields(request, &fields, &order, error))
        return false;

    static const QStringList known { u"prompt"_s, u"model"_s, u"size"_s, u"seconds"_s, u"input_reference"_s };
    for (const QString &key : std::as_const(order)) {
        if (!known.contains(key)) {
            *error = ErrorResponse::unknownParameter(key);
            return false;
        }
    }
    if (!checkPrompt(fields, &params->prompt, error))
        return false;

    params->model = u"sora-2"_s;
    if (const auto it = fields.constFind(u"model"_s); it != fields.cend()) {
        if (it->isFile || !it->value.isString()) {
            *error = invalidType(u"model"_s, u"a string"_s, it->isFile ? u"a file"_s : typeName(it->value));
            return false;
        }
        params->model = it->value.toString();
        if (!models().contains(params->model)) {
            *error = invalidValue(u"model"_s,
                u"Invalid value: '%1'. Supported values are: %2."_s.arg(params->model, quotedList(models())));
            return false;
        }
    }

    const QStringList sizes = sizesFor(params->model);
    params->size = u"720x1280"_s;
    if (const auto it = fields.constFind(u"size"_s); it != fields.cend()) {
        if (it->isFile || !it->value.isString()) {
            *error = invalidType(u"size"_s, u"a string"_s, it->isFile ? u"a file"_s : typeName(it->value));
            return false;
        }
        params->size = it->value.toString();
        static const QRegularExpression wxh(u"^[1-9][0-9]{0,4}x[1-9][0-9]{0,4}$"_s);
        if (!wxh.match(params->size).hasMatch()) {
            *error = invalidValue(
                u"size"_s, u"Invalid value: '%1'. Supported values are: %2."_s.arg(params->size, quotedList(sizes)));
            return false;
        }
        if (!sizes.contains(params->size)) {
            *error = invalidValue(u"size"_s,
                u"Invalid value: '%1'. The model '%2' supports only these sizes: %3."_s.arg(
                    params->size, params->model, quotedList(sizes)));
            return false;
        }
    }

    params->seconds = u"4"_s;
    if (const auto it = fields.constFind(u"seconds"_s); it != fields.cend()) {
        if (it->isFile || !it->value.isString()) {
            *error = invalidType(
                u"seconds"_s, u"one of '4', '8', '12', '16', '20'"_s, it->isFile ? u"a file"_s : typeName(it->value));
            return false;
        }
        params->seconds = it->value.toString();
        if (!secondsValues().contains(params->seconds)) {
            *error = invalidValue(u"seconds"_s,
                u"Invalid value: '%1'. Supported values are: %2."_s.arg(params->seconds, quotedList(secondsValues())));
            return false;
        }
    }

    if (const auto it = fields.constFind(u"input_reference"_s); it != fields.cend())
        return checkReference(*it, params->size, params, error);
    return true;
}

bool CreateRequestParser::checkReference(
    const Field &field, const QString &size, CreateParams *params, ErrorResponse *error)
{
    const QString param = u"input_reference"_s;
    if (field.isFile)
        return checkImage(field.file.data, QString::fromLatin1(field.file.contentType), size, params, error);
    if (!field.value.isObject()) {
        *error = invalidType(param, u"a file or an object with 'image_url' or 'file_id'"_s, typeName(field.value));
        return false;
    }
    const QJsonObject object = field.value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString nested = param + u'.' + it.key();
        if (it.key() != u"image_url" && it.key() != u"file_id") {
            *error = ErrorResponse::unknownParameter(nested);
            return false;
        }
        if (!it.value().isString()) {
            *error = invalidType(nested, u"a string"_s, typeName(it.value()));
            return false;
        }
    }
    const bool hasUrl = object.contains(u"image_url"_s);
    const bool hasFileId = object.contains(u"file_id"_s);
    if (hasUrl == hasFileId) {
        *error = invalidValue(param, u"Invalid 'input_reference': provide exactly one of 'image_url' or 'file_id'."_s);
        return false;
    }
    if (hasFileId) {
        const QString fileId = object.value(u"file_id"_s).toString();
        *error = invalidValue(param + u".file_id"_s,
            u"No file found with id '%1'. (The demo server keeps no uploaded files; send the "
            "image itself instead.)"_s.arg(fileId));
        return false;
    }

    const QString urlParam = param + u".image_url"_s;
    const QString url = object.value(u"image_url"_s).toString();
    if (url.size() > kMaxImageUrlLength) {
        *error = ErrorResponse::invalidRequest(urlParam, u"string_above_max_length"_s,
            u"Invalid '%1': string too long. Expected a string with maximum length %2, but got a string with length "
            "%3 instead."_s.arg(urlParam)
                .arg(kMaxImageUrlLength)
                .arg(url.size()));
        return false;
    }
    if (url.startsWith(u"http://"_s, Qt::CaseInsensitive) || url.startsWith(u"https://"_s, Qt::CaseInsensitive)) {
        *error = invalidValue(urlParam,
            u"The demo server cannot fetch remote images ('%1'). Send the image as a file "
            "upload or as a base64 data URL (data:image/png;base64,...)."_s.arg(url.left(200)));
        return false;
    }
    static const QRegularExpression dataUrl(u"^data:([^;,]*)((?:;[^;,]*)*);base64,(.*)$"_s,
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = dataUrl.match(url);
    const auto decoded = match.hasMatch() ? QByteArray::fromBase64Encoding(
                             match.captured(3).trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors)
                                          : QByteArray::FromBase64Result {};
    if (!match.hasMatch() || !decoded) {
        *error = invalidValue(urlParam,
            u"Invalid '%1': expected a fully qualified URL or a base64-encoded data URL "
            "(data:image/png;base64,...)."_s.arg(urlParam));
        return false;
    }
    return checkImage(*decoded, match.captured(1), size, params, error);
}

bool CreateRequestParser::checkImage(const QByteArray &bytes, const QString &declaredType, const QString &size,
    CreateParams *params, ErrorResponse *error)
{
    const QString param = u"input_reference"_s;
    const ImageInfo info = ImageSniffer::sniff(bytes);
    if (!info.isSupported()) {
        const QString found = bytes.isEmpty() ? u"the file is empty"_s
            : info.mimeType.isEmpty()         ? u"the file is not a recognised image"_s
                                              : u"the file is %1"_s.arg(info.mimeType);
        const QString declared = declaredType.isEmpty() ? QString() : u" (declared as %1)"_s.arg(declaredType);
        *error = ErrorResponse::invalidRequest(param, u"unsupported_image"_s,
            u"Invalid file format for 'input_reference': %1%2. Supported formats are: 'image/jpeg', 'image/png', "
            "and 'image/webp'."_s.arg(found, declared));
        return false;
    }
    if (!info.hasSize()) {
        *error = ErrorResponse::invalidRequest(param, u"unsupported_image"_s,
            u"Invalid image for 'input_reference': the %1 header is damaged, its size cannot be read."_s.arg(
                info.mimeType));
        return false;
    }
    if (u"%1x%2"_s.arg(info.width).arg(info.height) != size) {
        *error = invalidValue(param, u"Inpaint image must match the requested width and height"_s);
        return false;
    }
    params->referenceType = info.mimeType;
    params->referenceWidth = info.width;
    params->referenceHeight = info.height;
    return true;
}

bool CreateRequestParser::parseRemix(const MockRequest &request, QString *prompt, ErrorResponse *error)
{
    Fields fields;
    QStringList order;
    if (!readFields(request, &fields, &order, error))
        return false;
    for (const QString &key : std::as_const(order)) {
        if (key != u"prompt") {
            *error = ErrorResponse::unknownParameter(key);
            return false;
        }
    }
    return checkPrompt(fields, prompt, error);
}

} // namespace Dailies::Mock
