// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace Dailies::Test
{

/// The path of an executable of this build (`DAILIES_BINARY_DIR` is set by the test harness).
inline QString builtExecutable(const QString &name)
{
    return qEnvironmentVariable("DAILIES_BINARY_DIR") + QStringLiteral("/app/") + name;
}

/**
 * The standalone `dailies-mockserver` in its own process, as the CLI tests talk to it: started on a free port,
 * its fault rules and request counters reached over its `/__dailies` routes, killed with the object.
 */
class StandaloneServer final
{
public:
    StandaloneServer() = default;
    StandaloneServer(const StandaloneServer &) = delete;
    StandaloneServer &operator=(const StandaloneServer &) = delete;
    StandaloneServer(StandaloneServer &&) = delete;
    StandaloneServer &operator=(StandaloneServer &&) = delete;
    ~StandaloneServer()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    /// Starts the server and reads its address; returns an empty string or what went wrong.
    QString start(const QString &key, const QString &timeScale, const QString &dataDir)
    {
        m_process.start(builtExecutable(QStringLiteral("dailies-mockserver")),
            { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--key"), key,
                QStringLiteral("--time-scale"), timeScale, QStringLiteral("--data-dir"), dataDir });
        if (!m_process.waitForStarted())
            return QStringLiteral("dailies-mockserver did not start: ") + m_process.errorString();
        for (int i = 0; i < 100 && !m_process.canReadLine(); ++i)
            m_process.waitForReadyRead(100);
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!line.startsWith(QStringLiteral("listening on ")))
            return QStringLiteral("dailies-mockserver said: ") + line;
        m_baseUrl = line.mid(13);
        return {};
    }

    [[nodiscard]] const QString &baseUrl() const { return m_baseUrl; }

    /// A request to the server's control routes (no key needed there).
    QByteArray control(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QUrl url(m_baseUrl);
        url.setPath(path);
        QNetworkReply *reply = m_nam.sendCustomRequest(QNetworkRequest(url), method, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(5000);
        reply->deleteLater();
        return reply->readAll();
    }

    void setFaults(const QByteArray &spec) { control("POST", QStringLiteral("/__dailies/faults"), spec); }

    /// How many creates reached the server so far.
    int createCount()
    {
        return QJsonDocument::fromJson(control("GET", QStringLiteral("/__dailies/stats")))
            .object()
            .value(QLatin1StringView("requests"))
            .toObject()
            .value(QLatin1StringView("POST /videos"))
            .toInt();
    }

private:
    QProcess m_process;
    QString m_baseUrl;
    QNetworkAccessManager m_nam;
};

} // namespace Dailies::Test
