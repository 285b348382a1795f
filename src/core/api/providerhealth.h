// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Dailies::Api
{
struct ApiError;

/**
 * How a provider has been answering lately, for the status bar: fed with the final outcome of every call of one
 * client (success or ApiError), it keeps the latest verdict, since when it holds and when a retry makes sense.
 * Outcomes that say nothing about the provider (a cancel, input refused before sending, a local disk error) are
 * ignored; an ordinary 4xx answer (a bad size, an unknown id) still proves the provider is up.
 */
struct ProviderHealth {
    Q_DECLARE_TR_FUNCTIONS(Dailies::Api::ProviderHealth)

public:
    enum class Status {
        Unknown, ///< no call has finished yet
        Healthy,
        RateLimited, ///< 429 that clears by waiting
        Unreachable, ///< network failure, timeout, or the circuit breaker holding calls back
        ServerTrouble, ///< 5xx answers or answers that are not what the API promises
        KeyRefused, ///< 401/403, or no usable key
        QuotaExhausted, ///< billing or quota: waiting does not help
    };

    Status status = Status::Unknown;
    QDateTime since; ///< when `status` began
    QDateTime lastContact; ///< the last time the provider answered at all
    QDateTime retryAt; ///< when a new attempt makes sense (rate limit, open circuit); may be invalid
    QString detail; ///< the last problem in a person's words; empty when healthy

    /// What an outcome says about the provider; nullopt when it says nothing.
    [[nodiscard]] static std::optional<Status> classify(const ApiError &error);
    /// Takes the outcome of one call at `now`; returns true when status, detail or retry time changed.
    bool note(const ApiError &error, const QDateTime &now);
    /// A short phrase for the status bar ("healthy", "unreachable since 14:02", "rate limited until 14:05").
    [[nodiscard]] QString summary() const;
    /// False for Unknown and Healthy.
    [[nodiscard]] bool isProblem() const { return status != Status::Unknown && status != Status::Healthy; }
};

} // namespace Dailies::Api
