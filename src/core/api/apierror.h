// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>
#include <chrono>
#include <optional>

namespace Dailies::Api
{

/**
 * Everything that can go wrong with one API operation, typed so that callers can react to the class of
 * failure (retry later, fix the input, open the profile) and show a message a person can act on.
 */
struct ApiError {
    Q_DECLARE_TR_FUNCTIONS(Dailies::Api::ApiError)

public:
    enum class Kind {
        None,
        InvalidInput, ///< refused locally before anything was sent; `param` names the field
        Config, ///< the profile cannot be used as it is (plain http to a remote host, bad base URL, no key)
        Network, ///< transport failure: refused, reset, DNS, TLS, …
        Timeout, ///< no data within the operation's timeout
        Http, ///< an HTTP error status without a readable OpenAI error body
        Api, ///< an OpenAI error body: `type`, `code`, `param`, `message`
        Parse, ///< the answer was not what the API promises: not JSON, wrong type, truncated, too large
        CircuitOpen, ///< the provider failed repeatedly; calls are held back until `retryAfter`
        Cancelled, ///< cancel() was called
        Io, ///< a local file could not be read or written
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString type;
    QString code;
    QString param;
    QString message;
    QByteArray requestId;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    /// When the server (Retry-After) or the circuit breaker says a new attempt makes sense.
    std::optional<std::chrono::milliseconds> retryAfter;
    /// True when a request that creates something may have been carried out although no answer arrived:
    /// the caller must reconcile (GET /videos) before sending it again.
    bool outcomeUnknown = false;

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    /// A rate limit that clears by waiting (not `insufficient_quota`).
    [[nodiscard]] bool isRateLimited() const;
    /// Billing or quota exhausted: retrying cannot help.
    [[nodiscard]] bool isQuotaExceeded() const;
    [[nodiscard]] bool isAuthentication() const { return httpStatus == 401 || httpStatus == 403; }
    /// The provider refused the prompt or image on its content: `moderation_blocked`, `content_policy_violation`,
    /// or `sentinel_block` (refused before anything was generated, so not billed).
    [[nodiscard]] bool isModerationBlocked() const
    {
        return code == QLatin1StringView("moderation_blocked") || code == QLatin1StringView("content_policy_violation")
            || code == QLatin1StringView("sentinel_block");
    }
    [[nodiscard]] bool isNotFound() const { return httpStatus == 404; }
    /// Transport-level failures (network, timeout, open circuit): the provider was not heard from.
    [[nodiscard]] bool isTransport() const;

    /// One paragraph for a person: what happened, which field, what to do, and the request id.
    [[nodiscard]] QString toString() const;
    /// A short stable name of the kind ("network", "api", …) for logs and `--json` output.
    [[nodiscard]] static QString kindName(Kind kind);

    /// Reads an OpenAI error body (`{"error": {"message", "type", "code", "param"}}`) into an error of kind Api;
    /// std::nullopt when `body` is not one. The bytes come from the network: anything may arrive.
    [[nodiscard]] static std::optional<ApiError> fromErrorBody(const QByteArray &body);

    static ApiError invalidInput(const QString &param, const QString &message);
    static ApiError config(const QString &message);
    static ApiError io(const QString &message);
    static ApiError parse(const QString &message, int httpStatus = 0);
    static ApiError cancelled();
};

} // namespace Dailies::Api
