// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/providersession.h"

#include <QCoreApplication>

#include "core/api/apicall.h"

using namespace Qt::StringLiterals;

namespace Dailies::Api
{

ProviderSession::ProviderSession(ProviderProfile profile_, QNetworkAccessManager *nam_, Clock *clock_)
    : profile(std::move(profile_))
    , nam(nam_)
    , clock(clock_)
    , userAgent("Dailies/" + QCoreApplication::applicationVersion().toLatin1())
{
    if (userAgent == "Dailies/")
        userAgent += "dev";
}

QNetworkRequest ProviderSession::makeRequest(const RequestSpec &spec, int retryCount) const
{
    QUrl url = profile.endpoint(spec.path);
    if (!spec.query.isEmpty())
        url.setQuery(spec.query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", spec.accept);
    request.setRawHeader("User-Agent", userAgent);
    if (!apiKey.isEmpty()) {
        if (profile.auth == AuthStyle::ApiKeyHeader)
            request.setRawHeader("api-key", apiKey.toUtf8());
        else
            request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    }
    if (!profile.organization.isEmpty())
        request.setRawHeader("OpenAI-Organization", profile.organization.toUtf8());
    if (!profile.project.isEmpty())
        request.setRawHeader("OpenAI-Project", profile.project.toUtf8());
    request.setRawHeader("x-stainless-retry-count", QByteArray::number(retryCount));
    request.setTransferTimeout(static_cast<int>(spec.timeout.count()));
    // Redirects are checked by the call: only same-origin ones are followed, so the key never leaves the host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    return request;
}

} // namespace Dailies::Api
