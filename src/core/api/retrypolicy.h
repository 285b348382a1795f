// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <chrono>
#include <functional>
#include <optional>

namespace Dailies::Api
{

/**
 * The official SDKs' retry rules (openai-python `_base_client.py`, openai-node `client.ts`):
 * `x-should-retry` decides first; otherwise 408, 409, 429 and 5xx and transport errors are retried;
 * the delay is `retry-after-ms`, else `Retry-After` (seconds or an HTTP date), else 0.5·2ⁿ s capped at 8 s
 * minus up to 25 % jitter. A server delay longer than maxServerDelay is not waited for inside one call;
 * the error carries it so that the caller (the job engine) can schedule the next attempt.
 *
 * Requests that create something (create, remix) are never retried blindly: only answers that prove the request
 * was not carried out (a 429 rate limit, a refused connection) may be retried; the rest are reported with
 * ApiError::outcomeUnknown.
 */
struct RetryPolicy {
    int maxRetries = 2;
    std::chrono::milliseconds initialDelay { 500 };
    std::chrono::milliseconds maxDelay { 8000 };
    std::chrono::milliseconds maxServerDelay { 60000 };
    double jitter = 0.25;
    /// Returns a number in [0, 1); injected by tests to make jitter predictable.
    std::function<double()> random;

    /// What the server said about retrying, read from one response.
    struct Hints {
        int httpStatus = 0;
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        std::optional<bool> shouldRetry; ///< x-should-retry
        std::optional<std::chrono::milliseconds> serverDelay; ///< retry-after-ms / Retry-After
        bool quotaExceeded = false;
    };

    /// Reads `x-should-retry`, `retry-after-ms` and `Retry-After` (relative to `now` for HTTP dates).
    [[nodiscard]] static Hints hintsFrom(int httpStatus, QNetworkReply::NetworkError error,
        const std::function<QByteArray(const QByteArray &)> &header, const QDateTime &now);

    /// Whether a request that is safe to repeat (GET, DELETE, downloads) should be retried.
    [[nodiscard]] static bool shouldRetryIdempotent(const Hints &hints);
    /// Whether a create/remix may be sent again: only when the answer proves it was not carried out.
    [[nodiscard]] static bool shouldRetryCreate(const Hints &hints);
    /// True for transport errors where the request may have reached the server.
    [[nodiscard]] static bool outcomeMayBeUnknown(const Hints &hints);

    /// The wait before retry number `retriesTaken + 1`, or std::nullopt when the server asks for longer than
    /// maxServerDelay (then the caller should give up and report the server's delay).
    [[nodiscard]] std::optional<std::chrono::milliseconds> delayFor(int retriesTaken, const Hints &hints) const;
};

} // namespace Dailies::Api
