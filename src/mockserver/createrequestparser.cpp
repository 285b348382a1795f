// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/createrequestparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

#include "mockserver/createrequestparser_p.h"
#include "mockserver/imagesniffer.h"
#include "mockserver/mockrequest.h"
#include "mockserver/mp4sniffer.h"

using namespace Qt::StringLiterals;

namespace Dailies::Mock
{

namespace ParseDetail
{

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

ErrorResponse stringTooShort(const QString &param)
{
    return ErrorResponse::invalidRequest(param, u"string_below_min_length"_s,
        u"Invalid '%1': string too short. Expected a string with minimum length 1, but got an empty string "
        "instead."_s.arg(param));
}

ErrorResponse stringTooLong(const QString &param, qsizetype maximum, qsizetype length)
{
    return ErrorResponse::invalidRequest(param, u"string_above_max_length"_s,
        u"Invalid '%1': string too long. Expected a string with maximum length %2, but got a string with length "
        "%3 instead."_s.arg(param)
            .arg(maximum)
            .arg(length));
}

} // namespace ParseDetail

using namespace ParseDetail;

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

/// Splits a multipart field name like `input_reference[file_id]` or `characters[0][id]` into its top-level key and
/// the bracketed segments (`file_id`; `0`, `id`); a name that is not well-bracketed is a key of its own.
std::pair<QString, QStringList> splitBracketed(const QString &name)
{
    constexpr qsizetype kMaxDepth = 4;
    const qsizetype open = name.indexOf(u'[');
    if (open <= 0 || !name.endsWith(u']'))
        return { name, {} };
    QStringList segments;
    qsizetype at = open;
    while (at < name.size()) {
        const qsizetype close = name.indexOf(u']', at);
        if (name.at(at) != u'[' || close < 0 || segments.size() == kMaxDepth)
            return { name, {} };
        const QString segment = name.sliced(at + 1, close - at - 1);
        if (segment.contains(u'['))
            return { name, {} };
        segments << segment;
        at = close + 1;
    }
    return { name.first(open), segments };
}

bool isIndex(const QString &segment)
{
    static const QRegularExpression digits(u"^[0-9]{1,4}$"_s);
    return segment.isEmpty() || digits.match(segment).hasMatch();
}

/**
 * Puts `leaf` into `node` at `path` (object keys, or array indices: `[]` appends, as node and python send arrays,
 * except that `a[][x]` fills the last element while it has no `x` yet). False when the segments contradict each
 * other (an object and an array at one place, or an index that leaves a gap).
 */
bool insertAt(QJsonValue *node, const QStringList &path, qsizetype at, const QJsonValue &leaf)
{
    if (at == path.size()) {
        *node = leaf;
        return true;
    }
    const bool empty = node->isNull() || node->isUndefined();
    const QString &segment = path.at(at);
    if (isIndex(segment)) {
        if (!empty && !node->isArray())
            return false;
        QJsonArray array = node->toArray();
        qsizetype index = segment.isEmpty() ? array.size() : segment.toLongLong();
        if (segment.isEmpty() && at + 1 < path.size() && !array.isEmpty() && array.last().isObject()
            && !array.last().toObject().contains(path.at(at + 1)))
            index = array.size() - 1;
        if (index > array.size())
            return false;
        QJsonValue child = index < array.size() ? array.at(index) : QJsonValue(QJsonValue::Undefined);
        if (!insertAt(&child, path, at + 1, leaf))
            return false;
        if (index < array.size())
            array.replace(index, child);
        else
            array.append(child);
        *node = array;
        return true;
    }
    if (!empty && !node->isObject())
        return false;
    QJsonObject object = node->toObject();
    QJsonValue child = object.value(segment);
    if (!insertAt(&child, path, at + 1, leaf))
        return false;
    object.insert(segment, child);
    *node = object;
    return true;
}

ErrorResponse notBoth(const QString &key)
{
    return ErrorResponse::invalidRequest(
        key, u"invalid_value"_s, u"Invalid '%1': send either a file or an object, not both."_s.arg(key));
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
    if (mimeType == "multipart/form-data")
        return readMultipart(request, fields, order, error);
    const QString shown = contentType.isEmpty() ? u"(none)"_s : QString::fromLatin1(contentType);
    *error = ErrorResponse::invalidRequest({}, u"unsupported_content_type"_s,
        u"Unsupported Content-Type header: %1. This endpoint accepts 'application/json' or "
        "'multipart/form-data' request bodies."_s.arg(shown));
    return false;
}

bool CreateRequestParser::readMultipart(
    const MockRequest &request, Fields *fields, QStringList *order, ErrorResponse *error)
{
    QString parseError;
    const QByteArray contentType = request.header("content-type").trimmed();
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
            // The SDKs send nested values as bracketed keys: input_reference[file_id]=..., characters[][id]=...
            if (field.isFile) {
                *error = notBoth(key);
                return false;
            }
            const QJsonValue leaf = part.isFile() ? QJsonValue(u"<file>"_s) : QJsonValue(QString::fromUtf8(part.data));
            if (!field.value.isObject() && !field.value.isArray())
                field.value = QJsonValue();
            if (!insertAt(&field.value, nested, 0, leaf)) {
                *error = ErrorResponse::invalidRequest(key, u"invalid_value"_s,
                    u"Invalid '%1': the multipart field '%2' does not fit the other '%1[...]' fields (an object "
                    "and an array at one place, or an index that leaves a gap)."_s.arg(key, part.name));
                return false;
            }
        } else if (part.isFile()) {
            if (field.value.isObject() || field.value.isArray()) {
                *error = notBoth(key);
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

bool CreateRequestParser::checkKnown(const QStringList &order, const QStringList &known, ErrorResponse *error)
{
    for (const QString &key : order) {
        if (!known.contains(key)) {
            *error = ErrorResponse::unknownParameter(key);
            return false;
        }
    }
    return true;
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
        *error = stringTooShort(u"prompt"_s);
        return false;
    }
    if (length > kMaxPromptLength) {
        *error = stringTooLong(u"prompt"_s, kMaxPromptLength, length);
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

    static const QStringList known { u"prompt"_s, u"model"_s, u"size"_s, u"seconds"_s, u"input_reference"_s,
        u"characters"_s };
    if (!checkKnown(order, known, error))
        return false;
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
    if (!checkSeconds(fields, false, &params->seconds, error))
        return false;
    if (const auto it = fields.constFind(u"characters"_s);
        it != fields.cend() && !checkCharacters(*it, &params->characterIds, error))
        return false;

    if (const auto it = fields.constFind(u"input_reference"_s); it != fields.cend())
        return checkReference(*it, params->size, params, error);
    return true;
}

bool CreateRequestParser::checkSeconds(const Fields &fields, bool required, QString *seconds, ErrorResponse *error)
{
    const auto it = fields.constFind(u"seconds"_s);
    if (it == fields.cend()) {
        if (required)
            *error = ErrorResponse::missingParameter(u"seconds"_s);
        return !required;
    }
    if (it->isFile || !it->value.isString()) {
        *error = invalidType(
            u"seconds"_s, u"one of '4', '8', '12', '16', '20'"_s, it->isFile ? u"a file"_s : typeName(it->value));
        return false;
    }
    *seconds = it->value.toString();
    if (!secondsValues().contains(*seconds)) {
        *error = invalidValue(u"seconds"_s,
            u"Invalid value: '%1'. Supported values are: %2."_s.arg(*seconds, quotedList(secondsValues())));
        return false;
    }
    return true;
}

bool CreateRequestParser::checkCharacters(const Field &field, QStringList *ids, ErrorResponse *error)
{
    const QString param = u"characters"_s;
    if (field.isFile || !field.value.isArray()) {
        *error = invalidType(
            param, u"an array of objects with an 'id'"_s, field.isFile ? u"a file"_s : typeName(field.value));
        return false;
    }
    const QJsonArray array = field.value.toArray();
    if (array.size() > kMaxCharacters) {
        *error = ErrorResponse::invalidRequest(param, u"array_above_max_length"_s,
            u"Invalid 'characters': array too long. Expected an array with maximum length %1, but got an array "
            "with length %2 instead."_s.arg(kMaxCharacters)
                .arg(array.size()));
        return false;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString item = u"characters[%1]"_s.arg(i);
        if (!array.at(i).isObject()) {
            *error = invalidType(item, u"an object with an 'id'"_s, typeName(array.at(i)));
            return false;
        }
        const QJsonObject object = array.at(i).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != u"id") {
                *error = ErrorResponse::unknownParameter(item + u'.' + it.key());
                return false;
            }
        }
        const QString idParam = item + u".id"_s;
        if (!object.contains(u"id"_s)) {
            *error = ErrorResponse::missingParameter(idParam);
            return false;
        }
        if (!object.value(u"id"_s).isString()) {
            *error = invalidType(idParam, u"a string"_s, typeName(object.value(u"id"_s)));
            return false;
        }
        const QString id = object.value(u"id"_s).toString();
        if (ids->contains(id)) {
            *error = invalidValue(idParam, u"Invalid '%1': character '%2' is listed twice."_s.arg(idParam, id));
            return false;
        }
        ids->append(id);
    }
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

} // namespace Dailies::Mock
