// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <source_location>

namespace Dailies::Test
{

/// The path of an executable of this build (`DAILIES_BINARY_DIR` is set by the test harness).
inline QString builtExecutable(const QString &name)
{
    return qEnvironmentVariable("DAILIES_BINARY_DIR") + QStringLiteral("/app/") + name;
}

/**
 * The environment a `dailies` process runs in under test: no keychain, no OPENAI_API_KEY of the machine, the key in
 * `keyVariable`, and, when given, the point at which the process kills itself (DAILIES_CRASH_AT).
 */
inline QProcessEnvironment cliEnvironment(const QString &keyVariable, const QString &key, const QString &crashAt = {})
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("OPENAI_API_KEY"));
    e.insert(QStringLiteral("DAILIES_NO_KEYCHAIN"), QStringLiteral("1"));
    e.insert(keyVariable, key);
    if (!crashAt.isEmpty())
        e.insert(QStringLiteral("DAILIES_CRASH_AT"), crashAt);
    return e;
}

/**
 * The standalone `dailies-mockserver` in its own process, as the CLI tests talk to it: started on a free port,
 * its fault rules and request counters reached over its `/__dailies` routes, killed with the object.
 *
 * Every call to the control routes is checked. Those that return a status must be looked at, typically
 *
 *     QVERIFY2(m_server.setFaults("500@create:times=1"), qPrintable(m_server.lastError()));
 *
 * and a refused spec, any other status than 2xx or no answer within five seconds makes them return false with
 * the reason in lastError() (also printed as a warning). The counters cannot return a status: when they cannot be
 * read they fail the running test themselves (QTest::qFail, at the caller's line) and return -1.
 *
 * API: start(key, timeScale, dataDir) → "" or the problem; baseUrl(); control(method, path, body, &answer) → bool;
 * setFaults(spec) → bool; requestCount(route) and createCount() → int; lastError().
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

    /// `http://127.0.0.1:PORT/v1`; empty before start() succeeded.
    [[nodiscard]] const QString &baseUrl() const { return m_baseUrl; }

    /// Why the last control call failed (method, path, status or network error, and the server's answer).
    [[nodiscard]] const QString &lastError() const { return m_lastError; }

    /**
     * A request to the server's control routes (no key needed there), e.g. `control("GET", "/__dailies/stats")`.
     * Returns true when the server answered 2xx within five seconds; its body goes to *answer either way.
     */
    [[nodiscard]] bool control(
        const QByteArray &method, const QString &path, const QByteArray &body = {}, QByteArray *answer = nullptr)
    {
        m_lastError.clear();
        const QString what = QString::fromLatin1(method) + QLatin1Char(' ') + path;
        if (m_baseUrl.isEmpty())
            return fail(what + QStringLiteral(": the server was not started"));
        QUrl url(m_baseUrl);
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(kTimeoutMs)) {
            reply->abort();
            reply->deleteLater();
            return fail(what + QStringLiteral(": no answer within %1 ms").arg(kTimeoutMs));
        }
        reply->deleteLater();
        const QByteArray received = reply->readAll();
        if (answer)
            *answer = received;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status > 299) {
            return fail(what
                + QStringLiteral(": HTTP %1 (%2) %3")
                      .arg(status)
                      .arg(reply->errorString(), QString::fromUtf8(received)));
        }
        return true;
    }

    /// Replaces the fault rules (see docs/mockserver.md); false when the server refuses the spec.
    [[nodiscard]] bool setFaults(const QByteArray &spec)
    {
        return control("POST", QStringLiteral("/__dailies/faults"), spec);
    }

    /// How many requests of one route (the stats key, e.g. "GET /videos/{id}") reached the server so far; -1,
    /// after failing the current test, when the stats cannot be read.
    [[nodiscard]] int requestCount(
        const QString &route, const std::source_location &where = std::source_location::current())
    {
        QByteArray stats;
        QJsonParseError error {};
        const bool answered = control("GET", QStringLiteral("/__dailies/stats"), {}, &stats);
        const QJsonValue count = QJsonDocument::fromJson(stats, &error)
                                     .object()
                                     .value(QLatin1StringView("requests"))
                                     .toObject()
                                     .value(route);
        if (answered && count.isDouble())
            return count.toInt();
        if (answered)
            m_lastError
                = QStringLiteral("GET /__dailies/stats: no count for '%1' in %2").arg(route, QString::fromUtf8(stats));
        QTest::qFail(qPrintable(m_lastError), where.file_name(), static_cast<int>(where.line()));
        return -1;
    }

    /// How many creates reached the server so far; -1, after failing the current test, when that cannot be read.
    [[nodiscard]] int createCount(const std::source_location &where = std::source_location::current())
    {
        return requestCount(QStringLiteral("POST /videos"), where);
    }

private:
    static constexpr int kTimeoutMs = 5000;

    bool fail(const QString &message)
    {
        m_lastError = message;
        qWarning("StandaloneServer: %s", qPrintable(message));
        return false;
    }

    QProcess m_process;
    QString m_baseUrl;
    QString m_lastError;
    QNetworkAccessManager m_nam;
};

} // namespace Dailies::Test
