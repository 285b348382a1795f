// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include "core/api/providerprofile.h"

namespace Dailies
{
class Workspace;
namespace Api
{
class VideoApiClient;
class VideoListCall;
struct VideoListResult;
} // namespace Api

/**
 * The connection test of Settings → Providers: lists one video with a profile and key as they are being edited,
 * once and quickly (no retries, a short silence limit), and says in words what the answer means. A test ends with
 * exactly one finished(); cancel() or destroying the test ends it early. The workspace is not owned.
 */
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    explicit ConnectionTest(Workspace *workspace, QObject *parent = nullptr);
    ~ConnectionTest() override;

    /// Tests `profile` with `key` on a client of its own.
    void start(const Api::ProviderProfile &profile, const QString &key);
    /// Tests the demo profile on the workspace's client (starting the demo server if needed).
    void startDemo(const Api::ProviderProfile &profile);
    /// Ends a running test; finished() says it was cancelled.
    void cancel();
    [[nodiscard]] bool isRunning() const { return !m_call.isNull(); }

Q_SIGNALS:
    /// The request is on its way to `host`.
    void started(const QString &host);
    /// The test ended (or could not start) with this text.
    void finished(bool ok, const QString &message);

private:
    void begin(Api::VideoApiClient *client, const QString &host);
    void finish(const Api::VideoListResult &result, const QString &host);
    [[nodiscard]] static QString messageFor(const Api::VideoListResult &result, const QString &host);

    Workspace *m_workspace;
    QNetworkAccessManager m_nam;
    QPointer<Api::VideoApiClient> m_client; ///< made for start(); the demo's client belongs to the workspace
    QPointer<Api::VideoListCall> m_call;
};

} // namespace Dailies
