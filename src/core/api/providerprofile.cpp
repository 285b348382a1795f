// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/providerprofile.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Dailies::Api
{

namespace
{
} // namespace

QString toString(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAI:
        return u"openai"_s;
    case ProviderKind::Azure:
        return u"azure"_s;
    case ProviderKind::Compatible:
        return u"compatible"_s;
    case ProviderKind::Demo:
        return u"demo"_s;
    case ProviderKind::LiteLLM:
        return u"litellm"_s;
    }
    return u"compatible"_s;
}

std::optional<ProviderKind> providerKindFromString(const QString &text)
{
    for (auto k : { ProviderKind::OpenAI, ProviderKind::Azure, ProviderKind::Compatible, ProviderKind::Demo,
             ProviderKind::LiteLLM }) {
        if (toString(k) == text)
            return k;
    }
    return std::nullopt;
}

bool ProviderProfile::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ProviderProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("The profile has no name.");
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("The base URL of profile '%1' is not a valid URL with a host: '%2'.").arg(name, baseUrl.toString());
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return tr("The base URL of profile '%1' must not contain a query or fragment: '%2'.")
            .arg(name, baseUrl.toString());
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == "http"_L1) {
        if (!isLoopback(baseUrl))
            return tr("Profile '%1' uses plain http to %2. Keys and prompts must travel encrypted: use https "
                      "(plain http is allowed only to this computer, e.g. 127.0.0.1).")
                .arg(name, baseUrl.host());
    } else if (scheme != "https"_L1) {
        return tr("The base URL of profile '%1' must start with https:// (got '%2').").arg(name, baseUrl.scheme());
    }
    return {};
}

QUrl ProviderProfile::endpoint(const QString &relativePath) const
{
    // `relativePath` is already percent-encoded (ids go in as one encoded segment): joined in encoded form, or
    // QUrl would encode their '%' a second time.
    QUrl url = baseUrl;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + relativePath, QUrl::TolerantMode);
    return url;
}

QVariantMap ProviderProfile::toVariantMap() const
{
    return {
        { u"name"_s, name },
        { u"kind"_s, toString(kind) },
        { u"baseUrl"_s, baseUrl.toString() },
        { u"auth"_s, auth == AuthStyle::ApiKeyHeader ? u"api-key"_s : u"bearer"_s },
        { u"organization"_s, organization },
        { u"project"_s, project },
        { u"keyEnvironmentVariable"_s, keyEnvironmentVariable },
    };
}

ProviderProfile ProviderProfile::fromVariantMap(const QVariantMap &map)
{
    ProviderProfile p;
    p.name = map.value(u"name"_s).toString();
    p.kind = providerKindFromString(map.value(u"kind"_s).toString()).value_or(ProviderKind::Compatible);
    p.baseUrl = QUrl(map.value(u"baseUrl"_s).toString());
    p.auth = map.value(u"auth"_s).toString() == "api-key"_L1 ? AuthStyle::ApiKeyHeader : AuthStyle::Bearer;
    p.organization = map.value(u"organization"_s).toString();
    p.project = map.value(u"project"_s).toString();
    p.keyEnvironmentVariable = map.value(u"keyEnvironmentVariable"_s).toString();
    return p;
}

ProviderProfile ProviderProfile::openAi()
{
    ProviderProfile p;
    p.name = kOpenAiProfileName;
    p.kind = ProviderKind::OpenAI;
    p.baseUrl = QUrl(u"https://api.openai.com/v1"_s);
    p.keyEnvironmentVariable = u"OPENAI_API_KEY"_s;
    return p;
}

ProviderProfile ProviderProfile::azure(const QString &name, const QUrl &endpoint)
{
    ProviderProfile p;
    p.name = name;
    p.kind = ProviderKind::Azure;
    p.auth = AuthStyle::ApiKeyHeader;
    p.baseUrl = endpoint;
    QString path = endpoint.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.endsWith("/openai/v1"_L1))
        p.baseUrl.setPath(path + u"/openai/v1"_s);
    p.keyEnvironmentVariable = u"AZURE_OPENAI_API_KEY"_s;
    return p;
}

ProviderProfile ProviderProfile::compatible(const QString &name, const QUrl &baseUrl)
{
    ProviderProfile p;
    p.name = name;
    p.kind = ProviderKind::Compatible;
    p.baseUrl = baseUrl;
    return p;
}

ProviderProfile ProviderProfile::liteLlm(const QString &name, const QUrl &baseUrl)
{
    ProviderProfile p = compatible(name, baseUrl);
    p.kind = ProviderKind::LiteLLM;
    p.keyEnvironmentVariable = u"LITELLM_API_KEY"_s;
    return p;
}

ProviderProfile ProviderProfile::demo(const QUrl &baseUrl)
{
    ProviderProfile p;
    p.name = kDemoProfileName;
    p.kind = ProviderKind::Demo;
    p.baseUrl = baseUrl;
    return p;
}

} // namespace Dailies::Api
