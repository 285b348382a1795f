// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/providerhealth.h"

#include <QLocale>

#include "core/api/apierror.h"

using namespace Qt::StringLiterals;

namespace Dailies::Api
{

std::optional<ProviderHealth::Status> ProviderHealth::classify(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return Status::Healthy;
    case Kind::Cancelled:
    case Kind::InvalidInput:
    case Kind::Io:
        return std::nullopt;
    case Kind::Config:
        return Status::KeyRefused;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::CircuitOpen:
        return Status::Unreachable;
    case Kind::Parse:
        return Status::ServerTrouble;
    case Kind::Http:
    case Kind::Api:
        break;
    }
    if (error.isQuotaExceeded())
        return Status::QuotaExhausted;
    if (error.isRateLimited())
        return Status::RateLimited;
    if (error.isAuthentication())
        return Status::KeyRefused;
    if (error.httpStatus >= 500)
        return Status::ServerTrouble;
    return Status::Healthy;
}

bool ProviderHealth::note(const ApiError &error, const QDateTime &now)
{
    const std::optional<Status> verdict = classify(error);
    if (!verdict)
        return false;
    const bool heard = error.kind != ApiError::Kind::Network && error.kind != ApiError::Kind::Timeout
        && error.kind != ApiError::Kind::CircuitOpen && error.kind != ApiError::Kind::Config;
    if (heard)
        lastContact = now;
    const QString newDetail = *verdict == Status::Healthy ? QString() : error.toString();
    const QDateTime newRetryAt = error.retryAfter ? now.addMSecs(error.retryAfter->count()) : QDateTime();
    const bool changed = *verdict != status || newDetail != detail || newRetryAt != retryAt;
    if (*verdict != status)
        since = now;
    status = *verdict;
    detail = newDetail;
    retryAt = newRetryAt;
    return changed;
}

QString ProviderHealth::summary() const
{
    const QLocale locale;
    const auto time = [&locale](const QDateTime &when) {
        return locale.toString(when.toLocalTime().time(), QLocale::ShortFormat);
    };
    switch (status) {
    case Status::Unknown:
        return tr("not contacted yet");
    case Status::Healthy:
        return tr("healthy");
    case Status::RateLimited:
        return retryAt.isValid() ? tr("rate limited until %1").arg(time(retryAt)) : tr("rate limited");
    case Status::Unreachable:
        return retryAt.isValid() ? tr("unreachable, next try at %1").arg(time(retryAt))
                                 : tr("unreachable since %1").arg(time(since));
    case Status::ServerTrouble:
        return tr("server trouble since %1").arg(time(since));
    case Status::KeyRefused:
        return tr("key refused");
    case Status::QuotaExhausted:
        return tr("quota used up");
    }
    return {};
}

} // namespace Dailies::Api
