// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Dailies::Api
{

bool ApiError::isRateLimited() const
{
    return httpStatus == 429 && !isQuotaExceeded();
}

bool ApiError::isQuotaExceeded() const
{
    return code == "insufficient_quota"_L1 || type == "insufficient_quota"_L1
        || code == "billing_hard_limit_reached"_L1;
}

bool ApiError::isTransport() const
{
    return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::CircuitOpen;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::InvalidInput:
        return u"invalid_input"_s;
    case Kind::Config:
        return u"config"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Http:
        return u"http"_s;
    case Kind::Api:
        return u"api"_s;
    case Kind::Parse:
        return u"parse"_s;
    case Kind::CircuitOpen:
        return u"circuit_open"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Io:
        return u"io"_s;
    }
    return u"unknown"_s;
}

QString ApiError::toString() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidInput:
        text = param.isEmpty() ? message : tr("%1: %2").arg(param, message);
        break;
    case Kind::Config:
    case Kind::Io:
    case Kind::Parse:
        text = message;
        break;
    case Kind::Network:
        text = tr("Could not reach the provider: %1").arg(message);
        break;
    case Kind::Timeout:
        text = tr("The provider did not answer in time (%1).").arg(message);
        break;
    case Kind::Cancelled:
        text = tr("Cancelled.");
        break;
    case Kind::CircuitOpen:
        text = message;
        break;
    case Kind::Http:
    case Kind::Api: {
        QString detail = message.isEmpty() ? tr("HTTP status %1").arg(httpStatus) : message;
        QStringList tags;
        if (httpStatus)
            tags << QString::number(httpStatus);
        if (!code.isEmpty())
            tags << code;
        if (!param.isEmpty())
            tags << tr("field '%1'").arg(param);
        text = tags.isEmpty() ? detail : tr("%1 (%2)").arg(detail, tags.join(u", "_s));
        if (code == "sentinel_block"_L1)
            text += u' '
                + tr("The provider refused the prompt before generating anything (not billed); reword it "
                     "and send it again.");
        else if (isModerationBlocked())
            text += u' ' + tr("The provider's moderation refused this prompt or image; reword it and try again.");
        else if (isQuotaExceeded())
            text += u' ' + tr("The account's quota or billing limit is used up; retrying will not help.");
        else if (httpStatus == 401)
            text += u' ' + tr("Check the API key of this provider profile.");
        else if (isRateLimited() && retryAfter)
            text += u' '
                + tr("Rate limited; a new attempt makes sense in %1 s.").arg((retryAfter->count() + 999) / 1000);
        break;
    }
    }
    if (outcomeUnknown)
        text += u' ' + tr("The request may have been carried out although no answer arrived.");
    if (!requestId.isEmpty())
        text += u' ' + tr("[request %1]").arg(QString::fromLatin1(requestId));
    return text;
}

std::optional<ApiError> ApiError::fromErrorBody(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value("error"_L1).toObject();
    if (error.isEmpty())
        return std::nullopt;
    ApiError e;
    e.kind = Kind::Api;
    e.message = error.value("message"_L1).toString();
    e.type = error.value("type"_L1).toString();
    const QJsonValue code = error.value("code"_L1);
    e.code = code.isString() ? code.toString() : code.toVariant().toString();
    e.param = error.value("param"_L1).toString();
    return e;
}

ApiError ApiError::invalidInput(const QString &param, const QString &message)
{
    ApiError e;
    e.kind = Kind::InvalidInput;
    e.param = param;
    e.message = message;
    return e;
}

ApiError ApiError::config(const QString &message)
{
    ApiError e;
    e.kind = Kind::Config;
    e.message = message;
    return e;
}

ApiError ApiError::io(const QString &message)
{
    ApiError e;
    e.kind = Kind::Io;
    e.message = message;
    return e;
}

ApiError ApiError::parse(const QString &message, int httpStatus)
{
    ApiError e;
    e.kind = Kind::Parse;
    e.message = message;
    e.httpStatus = httpStatus;
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = Kind::Cancelled;
    e.networkError = QNetworkReply::OperationCanceledError;
    return e;
}

} // namespace Dailies::Api
