// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QUrl>
#include <utility>

namespace Dailies::Test
{

/// One scripted answer of the fake network.
struct FakeResponse {
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QUrl redirectTo; ///< emit redirected() first and wait for redirectAllowed()
    bool hang = false; ///< never finish on its own (for cancel and timeout tests)
    /// Announce this Content-Length instead of the body's size (truncated or oversized bodies).
    qint64 contentLength = -1;

    static FakeResponse json(int status, const QByteArray &body, QList<std::pair<QByteArray, QByteArray>> headers = {});
    static FakeResponse networkError(QNetworkReply::NetworkError error);
};

/// What the client sent.
struct RecordedRequest {
    QByteArray method;
    QUrl url;
    QNetworkRequest request;
    QByteArray body;
};

class FakeReply;

/**
 * A QNetworkAccessManager that answers from a script instead of the network (the Strawberry recipe:
 * override createRequest()). Answers are consumed in order; when the script runs out, 500 is answered.
 */
class FakeNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeNetworkAccessManager)

public:
    explicit FakeNetworkAccessManager(QObject *parent = nullptr)
        : QNetworkAccessManager(parent)
    {
    }
    ~FakeNetworkAccessManager() override = default;

    void enqueue(const FakeResponse &response) { m_script.append(response); }
    [[nodiscard]] const QList<RecordedRequest> &requests() const { return m_requests; }
    [[nodiscard]] qsizetype pending() const { return m_script.size(); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QList<FakeResponse> m_script;
    QList<RecordedRequest> m_requests;
};

class FakeReply final : public QNetworkReply
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeReply)

public:
    FakeReply(const QByteArray &method, const QNetworkRequest &request, FakeResponse response, QObject *parent);
    ~FakeReply() override = default;

    void abort() override;
    [[nodiscard]] qint64 bytesAvailable() const override;
    [[nodiscard]] bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliverHeaders();
    void deliverBody();
    void finishWith(QNetworkReply::NetworkError error, const QString &message);

    FakeResponse m_response;
    QByteArray m_buffer;
    bool m_done = false;
};

} // namespace Dailies::Test
