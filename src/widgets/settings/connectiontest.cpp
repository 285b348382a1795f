// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/settings/connectiontest.h"

#include "core/api/videoapiclient.h"
#include "session/workspace.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

ConnectionTest::ConnectionTest(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

ConnectionTest::~ConnectionTest()
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->cancel();
    }
    // Before the network manager it uses goes.
    delete m_client;
}

void ConnectionTest::start(const Api::ProviderProfile &profile, const QString &key)
{
    auto *client = new Api::VideoApiClient(profile, &m_nam, nullptr, this);
    client->setApiKey(key);
    // One honest answer, quickly: no retries, and a short silence limit.
    Api::RetryPolicy policy;
    policy.maxRetries = 0;
    client->setRetryPolicy(policy);
    Api::VideoApiClient::Timeouts timeouts;
    timeouts.request = std::chrono::seconds(20);
    client->setTimeouts(timeouts);
    m_client = client;
    begin(client, profile.baseUrl.host());
}

void ConnectionTest::startDemo(const Api::ProviderProfile &profile)
{
    m_workspace->resolveClient(
        profile, [test = QPointer<ConnectionTest>(this)](Api::VideoApiClient *client, const QString &why) {
            if (!test)
                return;
            if (!client) {
                Q_EMIT test->finished(false, why);
                return;
            }
            test->begin(client, client->profile().baseUrl.host());
        });
}

void ConnectionTest::cancel()
{
    if (m_call && !m_call->isFinished())
        m_call->cancel();
}

void ConnectionTest::begin(Api::VideoApiClient *client, const QString &host)
{
    m_call = client->list({ 1 });
    connect(m_call.data(), &Api::VideoListCall::finished, this,
        [this, host](const Api::VideoListResult &result) { finish(result, host); });
    Q_EMIT started(host);
}

void ConnectionTest::finish(const Api::VideoListResult &result, const QString &host)
{
    // Forget them now, not when the deferred deletes run: isRunning() must be false at once.
    if (m_call)
        m_call->deleteLater();
    if (m_client)
        m_client->deleteLater();
    m_call = nullptr;
    m_client = nullptr;
    Q_EMIT finished(result.ok(), messageFor(result, host));
}

QString ConnectionTest::messageFor(const Api::VideoListResult &result, const QString &host)
{
    QString message;
    const Api::ApiError &error = result.error;
    if (result.ok()) {
        const int count = static_cast<int>(result.page.data.size());
        message = count == 0 ? tr("Connected — the key works; no videos on this account yet.")
            : result.page.hasMore
            ? tr("Connected — the key works and videos are visible (%n shown, more on the server).", "", count)
            : tr("Connected — the key works; %n video(s) visible.", "", count);
    } else if (error.kind == Api::ApiError::Kind::Cancelled) {
        message = tr("Test cancelled.");
    } else if (error.isAuthentication()) {
        message = tr("The key was refused (%1). Check it in your provider's dashboard (Azure: the resource's Keys and "
                     "Endpoint page), paste it again and test once more.")
                      .arg(error.httpStatus);
    } else if (error.httpStatus == 404) {
        message = tr("%1 answered 404: the base URL is probably not the API's. It usually ends in /v1 "
                     "(Azure: /openai/v1).")
                      .arg(host);
    } else if (error.kind == Api::ApiError::Kind::Network || error.kind == Api::ApiError::Kind::Timeout) {
        message = tr("Cannot reach %1: %2. Check the address and your network.").arg(host, error.message);
    } else if (error.isQuotaExceeded()) {
        message = tr("Connected, but the account has no quota left: %1").arg(error.message);
    } else {
        message = tr("The provider answered with an error: %1").arg(error.toString());
    }
    if (!result.ok() && !error.requestId.isEmpty())
        message += u' ' + tr("(request id %1)").arg(QString::fromLatin1(error.requestId));
    return message;
}

} // namespace Dailies
