// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkRequest>
#include <QString>
#include <functional>

#include "core/api/circuitbreaker.h"
#include "core/api/providerhealth.h"
#include "core/api/providerprofile.h"
#include "core/api/ratelimiter.h"
#include "core/api/retrypolicy.h"

class QNetworkAccessManager;

namespace Dailies
{
class Clock;
}

namespace Dailies::Api
{

struct RequestSpec;

/**
 * The state one provider profile shares between its calls: the profile and key, the injected network access
 * manager and clock, the retry policy, and the rate limiter and circuit breaker that every call feeds.
 * Owned by VideoApiClient; calls hold a plain pointer because they are the client's children.
 */
class ProviderSession final
{
public:
    ProviderSession(ProviderProfile profile, QNetworkAccessManager *nam, Clock *clock);
    ProviderSession(const ProviderSession &) = delete;
    ProviderSession &operator=(const ProviderSession &) = delete;
    ProviderSession(ProviderSession &&) = delete;
    ProviderSession &operator=(ProviderSession &&) = delete;
    ~ProviderSession() = default;

    /// The request for one attempt: URL, auth, identification and timeout headers.
    [[nodiscard]] QNetworkRequest makeRequest(const RequestSpec &spec, int retryCount) const;

    ProviderProfile profile;
    QString apiKey;
    QNetworkAccessManager *nam;
    Clock *clock;
    RetryPolicy retryPolicy;
    RateLimiter rateLimiter;
    CircuitBreaker circuitBreaker;
    ProviderHealth health;
    /// Called when `health` changed (the client emits healthChanged()).
    std::function<void()> healthChanged;
    QByteArray userAgent;
};

} // namespace Dailies::Api
