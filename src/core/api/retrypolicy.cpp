// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/retrypolicy.h"

#include <QRandomGenerator>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Dailies::Api
{

RetryPolicy::Hints RetryPolicy::hintsFrom(int httpStatus, QNetworkReply::NetworkError error,
    const std::function<QByteArray(const QByteArray &)> &header, const QDateTime &now)
{
    Hints h;
    h.httpStatus = httpStatus;
    h.networkError = error;
    const QByteArray should = header("x-should-retry"_ba).trimmed().toLower();
    if (should == "true")
        h.shouldRetry = true;
    else if (should == "false")
        h.shouldRetry = false;

    bool ok = false;
    const double ms = header("retry-after-ms"_ba).trimmed().toDouble(&ok);
    if (ok && ms >= 0) {
        h.serverDelay = milliseconds(static_cast<qint64>(ms));
    } else {
        const QByteArray after = header("retry-after"_ba).trimmed();
        const double seconds = after.toDouble(&ok);
        if (ok && seconds >= 0) {
            h.serverDelay = milliseconds(static_cast<qint64>(seconds * 1000.0));
        } else if (!after.isEmpty()) {
            QString date = QString::fromLatin1(after);
            if (date.endsWith(" GMT"_L1) || date.endsWith(" UTC"_L1))
                date = date.left(date.size() - 3) + u"+0000"_s; // IMF-fixdate, which Qt's RFC 2822 parser lacks
            if (const qsizetype comma = date.indexOf(u','); comma >= 0 && comma < 5)
                date = date.mid(comma + 1).trimmed(); // a wrong weekday must not void the date
            const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
            if (when.isValid())
                h.serverDelay = milliseconds(std::max<qint64>(0, now.msecsTo(when)));
        }
    }
    return h;
}

bool RetryPolicy::shouldRetryIdempotent(const Hints &hints)
{
    if (hints.quotaExceeded)
        return false;
    if (hints.shouldRetry)
        return *hints.shouldRetry;
    if (hints.httpStatus == 0)
        return hints.networkError != QNetworkReply::NoError; // timeouts too: cancel() never asks
    return hints.httpStatus == 408 || hints.httpStatus == 409 || hints.httpStatus == 429 || hints.httpStatus >= 500;
}

bool RetryPolicy::shouldRetryCreate(const Hints &hints)
{
    if (hints.quotaExceeded || hints.shouldRetry == std::optional<bool>(false))
        return false;
    if (hints.httpStatus == 429)
        return true;
    // Nothing was delivered: the connection was never made.
    return hints.httpStatus == 0
        && (hints.networkError == QNetworkReply::ConnectionRefusedError
            || hints.networkError == QNetworkReply::HostNotFoundError);
}

bool RetryPolicy::outcomeMayBeUnknown(const Hints &hints)
{
    if (hints.httpStatus == 0)
        return hints.networkError != QNetworkReply::ConnectionRefusedError
            && hints.networkError != QNetworkReply::HostNotFoundError
            && hints.networkError != QNetworkReply::SslHandshakeFailedError;
    // A gateway error or timeout may come after the upstream accepted the job.
    return hints.httpStatus == 408 || hints.httpStatus >= 500;
}

std::optional<milliseconds> RetryPolicy::delayFor(int retriesTaken, const Hints &hints) const
{
    if (hints.serverDelay) {
        if (*hints.serverDelay > maxServerDelay)
            return std::nullopt;
        if (hints.serverDelay->count() > 0)
            return *hints.serverDelay;
    }
    const double base = std::min(
        static_cast<double>(initialDelay.count()) * std::pow(2.0, retriesTaken), static_cast<double>(maxDelay.count()));
    const double r = random ? random() : QRandomGenerator::global()->generateDouble();
    return milliseconds(static_cast<qint64>(base * (1.0 - jitter * r)));
}

} // namespace Dailies::Api
