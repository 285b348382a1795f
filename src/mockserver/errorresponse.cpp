// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/errorresponse.h"

#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Dailies::Mock
{

namespace
{
QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}
} // namespace

QJsonObject ErrorResponse::toJsonObject() const
{
    const QJsonObject error {
        { u"message"_s, message },
        { u"type"_s, type.isEmpty() ? u"invalid_request_error"_s : type },
        { u"param"_s, nullable(param) },
        { u"code"_s, nullable(code) },
    };
    return QJsonObject { { u"error"_s, error } };
}

QByteArray ErrorResponse::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
}

ErrorResponse ErrorResponse::invalidRequest(
    const QString &param, const QString &code, const QString &message, int status)
{
    return ErrorResponse { status, message, u"invalid_request_error"_s, param, code };
}

ErrorResponse ErrorResponse::videoNotFound(const QString &id)
{
    return invalidRequest({}, u"not_found"_s, u"Video with id '%1' not found."_s.arg(id), 404);
}

ErrorResponse ErrorResponse::unparsableJson()
{
    return invalidRequest({}, {},
        u"We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP "
        "library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have "
        "trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)"_s);
}

ErrorResponse ErrorResponse::missingParameter(const QString &param)
{
    return invalidRequest(param, u"missing_required_parameter"_s, u"Missing required parameter: '%1'."_s.arg(param));
}

ErrorResponse ErrorResponse::unknownParameter(const QString &param)
{
    return invalidRequest(param, u"unknown_parameter"_s, u"Unrecognized request argument supplied: %1"_s.arg(param));
}

} // namespace Dailies::Mock
