// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ratelimiter.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Dailies::Api
{

std::optional<milliseconds> RateLimiter::parseDuration(const QByteArray &text)
{
    const QByteArray t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    double totalMs = 0;
    qsizetype i = 0;
    while (i < t.size()) {
        const qsizetype start = i;
        while (i < t.size() && (std::isdigit(static_cast<unsigned char>(t.at(i))) || t.at(i) == '.'))
            ++i;
        if (start == i)
            return std::nullopt;
        bool ok = false;
        const double value = t.mid(start, i - start).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        const qsizetype unitStart = i;
        while (i < t.size() && std::isalpha(static_cast<unsigned char>(t.at(i))))
            ++i;
        const QByteArray unit = t.mid(unitStart, i - unitStart);
        if (unit == "h")
            totalMs += value * 3600000.0;
        else if (unit == "m")
            totalMs += value * 60000.0;
        else if (unit == "s" || unit.isEmpty())
            totalMs += value * 1000.0;
        else if (unit == "ms")
            totalMs += value;
        else if (unit == "us" || unit == "µs")
            totalMs += value / 1000.0;
        else if (unit == "ns")
            totalMs += value / 1000000.0;
        else
            return std::nullopt;
    }
    return milliseconds(static_cast<qint64>(std::ceil(totalMs)));
}

void RateLimiter::update(const std::function<QByteArray(const QByteArray &)> &header, qint64 nowMs)
{
    bool ok = false;
    const int limit = header("x-ratelimit-limit-requests"_ba).trimmed().toInt(&ok);
    if (ok)
        m_state.limitRequests = limit;
    const int remaining = header("x-ratelimit-remaining-requests"_ba).trimmed().toInt(&ok);
    if (ok)
        m_state.remainingRequests = remaining;
    else
        return;
    m_state.resetRequests = parseDuration(header("x-ratelimit-reset-requests"_ba));
    if (remaining <= 0 && m_state.resetRequests)
        m_blockedUntilMs = std::max(m_blockedUntilMs, nowMs + m_state.resetRequests->count());
}

void RateLimiter::noteRateLimited(std::optional<milliseconds> delay, qint64 nowMs)
{
    if (delay) // without a server delay the retry backoff alone paces the next attempt
        m_blockedUntilMs = std::max(m_blockedUntilMs, nowMs + delay->count());
}

milliseconds RateLimiter::delayBeforeRequest(qint64 nowMs) const
{
    return milliseconds(std::max<qint64>(0, m_blockedUntilMs - nowMs));
}

} // namespace Dailies::Api
