// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <QVariantMap>
#include <optional>

namespace Dailies::Api
{

/// Compatible is any OpenAI-style gateway; LiteLLM is a LiteLLM proxy, whose models and prices the capability table
/// knows by LiteLLM's provider-prefixed names (`gemini/veo-3.1-generate-preview`).
enum class ProviderKind { OpenAI, Azure, Compatible, Demo, LiteLLM };
/// How the key travels: `Authorization: Bearer K` (OpenAI, gateways) or `api-key: K` (Azure).
enum class AuthStyle { Bearer, ApiKeyHeader };

/// The built-in profiles' names, and the profile the command line makes from --base-url.
inline constexpr QLatin1StringView kDemoProfileName { "demo" };
inline constexpr QLatin1StringView kOpenAiProfileName { "openai" };
inline constexpr QLatin1StringView kCommandLineProfileName { "command-line" };

[[nodiscard]] QString toString(ProviderKind kind);
[[nodiscard]] std::optional<ProviderKind> providerKindFromString(const QString &text);

/**
 * One provider the user can send jobs to: where it is, how to authenticate, and which models it offers.
 * The key itself is never part of a profile; it lives in the SecretStore under secretKey().
 */
struct ProviderProfile {
    Q_DECLARE_TR_FUNCTIONS(Dailies::Api::ProviderProfile)

public:
    QString name; ///< unique, user-chosen ("openai", "azure-eu", "demo")
    ProviderKind kind = ProviderKind::OpenAI;
    QUrl baseUrl; ///< up to and including the version path: https://api.openai.com/v1
    AuthStyle auth = AuthStyle::Bearer;
    QString organization; ///< OpenAI-Organization header, optional
    QString project; ///< OpenAI-Project header, optional
    QString keyEnvironmentVariable; ///< where to look for the key when the keychain has none

    /// Refuses plain http except to loopback, and URLs that cannot be a base (no host, query, fragment).
    /// Returns an empty string when the profile is usable, else a message naming the problem.
    [[nodiscard]] QString validate() const;
    /// The absolute URL of an API path relative to the base ("videos", "videos/ID/content").
    [[nodiscard]] QUrl endpoint(const QString &relativePath) const;
    /// The SecretStore entry that holds this profile's key.
    [[nodiscard]] QString secretKey() const { return u"profile/" + name + u"/api-key"; }

    [[nodiscard]] QVariantMap toVariantMap() const;
    [[nodiscard]] static ProviderProfile fromVariantMap(const QVariantMap &map);

    [[nodiscard]] static ProviderProfile openAi();
    /// `endpoint` is the resource URL (https://NAME.openai.azure.com); `/openai/v1` is added when missing.
    [[nodiscard]] static ProviderProfile azure(const QString &name, const QUrl &endpoint);
    [[nodiscard]] static ProviderProfile compatible(const QString &name, const QUrl &baseUrl);
    /// A LiteLLM proxy (`http://localhost:4000/v1`); Bearer auth with a LiteLLM virtual key.
    [[nodiscard]] static ProviderProfile liteLlm(const QString &name, const QUrl &baseUrl);
    [[nodiscard]] static ProviderProfile demo(const QUrl &baseUrl);

    /// True for localhost and loopback addresses, where plain http is allowed.
    [[nodiscard]] static bool isLoopback(const QUrl &url);
};

} // namespace Dailies::Api
