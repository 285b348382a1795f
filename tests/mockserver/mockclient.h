// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

/**
 * A plain QNetworkAccessManager that talks to the demo server the way any HTTP client would (it deliberately does
 * not use the client in src/core). Each call waits for its reply with QSignalSpy::wait and returns a snapshot.
 */
class MockClient final
{
public:
    struct Reply {
        int status = 0;
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString errorString;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        bool finished = false;

        [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        [[nodiscard]] QJsonObject error() const { return json().value(QLatin1StringView("error")).toObject(); }
        [[nodiscard]] QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    explicit MockClient(QUrl baseUrl, QString key = QStringLiteral("sk-test-key-1234"))
        : m_base(std::move(baseUrl))
        , m_key(std::move(key))
    {
    }

    void setBaseUrl(const QUrl &baseUrl) { m_base = baseUrl; }
    void setKey(const QString &key) { m_key = key; }
    [[nodiscard]] QNetworkAccessManager &manager() { return m_manager; }

    /// base + "/videos?limit=3"
    [[nodiscard]] QUrl url(const QString &pathAndQuery) const { return QUrl(m_base.toString() + pathAndQuery); }

    [[nodiscard]] QNetworkRequest request(const QString &pathAndQuery) const
    {
        QNetworkRequest request(url(pathAndQuery));
        if (!m_key.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
        return request;
    }

    Reply get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 15000)
    {
        QNetworkRequest request = this->request(path);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return wait(m_manager.get(request), timeoutMs);
    }

    Reply deleteResource(const QString &path) { return wait(m_manager.deleteResource(request(path))); }

    /// Any verb, e.g. PUT or DELETE, with an optional body.
    Reply send(
        const QByteArray &verb, const QString &path, const QByteArray &body = {}, const QByteArray &contentType = {})
    {
        QNetworkRequest request = this->request(path);
        if (!contentType.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        return wait(m_manager.sendCustomRequest(request, verb, body));
    }

    Reply post(const QString &path, const QByteArray &body, const QByteArray &contentType,
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request = this->request(path);
        if (!contentType.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return wait(m_manager.post(request, body));
    }

    Reply postJson(const QString &path, const QJsonObject &body)
    {
        return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
    }

    Reply postMultipart(const QString &path, QHttpMultiPart *multipart)
    {
        QNetworkReply *reply = m_manager.post(request(path), multipart);
        multipart->setParent(reply);
        return wait(reply);
    }

    /// POST /videos with a JSON body; returns the Video object (empty on failure).
    QJsonObject createVideo(const QJsonObject &body) { return postJson(QStringLiteral("/videos"), body).json(); }

    /// The status of a video ("" when the request failed).
    QString status(const QString &id)
    {
        return get(QStringLiteral("/videos/") + id).json().value(QLatin1StringView("status")).toString();
    }

    static Reply wait(QNetworkReply *reply, int timeoutMs = 15000)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(timeoutMs);
        Reply result;
        result.finished = reply->isFinished();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.networkError = reply->error();
        result.errorString = reply->errorString();
        result.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        if (!result.finished)
            reply->abort();
        reply->deleteLater();
        return result;
    }

private:
    QNetworkAccessManager m_manager;
    QUrl m_base;
    QString m_key;
};
