// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/fakenetworkaccessmanager.h"

#include <QMetaObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Dailies::Test
{

FakeResponse FakeResponse::json(int status, const QByteArray &body, QList<std::pair<QByteArray, QByteArray>> headers)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    r.headers.prepend({ "Content-Type"_ba, "application/json"_ba });
    return r;
}

FakeResponse FakeResponse::networkError(QNetworkReply::NetworkError error)
{
    FakeResponse r;
    r.status = 0;
    r.error = error;
    return r;
}

QNetworkReply *FakeNetworkAccessManager::createRequest(
    Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    RecordedRequest recorded;
    recorded.url = request.url();
    recorded.request = request;
    switch (op) {
    case GetOperation:
        recorded.method = "GET";
        break;
    case PostOperation:
        recorded.method = "POST";
        break;
    case DeleteOperation:
        recorded.method = "DELETE";
        break;
    case PutOperation:
        recorded.method = "PUT";
        break;
    case HeadOperation:
        recorded.method = "HEAD";
        break;
    default:
        recorded.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);
    FakeResponse response;
    if (m_script.isEmpty()) {
        response = FakeResponse::json(
            500, R"({"error":{"message":"fake script ran out","type":"server_error","param":null,"code":null}})"_ba);
    } else {
        response = m_script.takeFirst();
    }
    return new FakeReply(recorded.method, request, response, this);
}

FakeReply::FakeReply(const QByteArray &method, const QNetworkRequest &request, FakeResponse response, QObject *parent)
    : QNetworkReply(parent)
    , m_response(std::move(response))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::CustomOperation);
    setAttribute(QNetworkRequest::CustomVerbAttribute, method);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (m_response.hang)
        return;
    QMetaObject::invokeMethod(this, &FakeReply::deliverHeaders, Qt::QueuedConnection);
}

void FakeReply::deliverHeaders()
{
    if (m_done)
        return;
    if (!m_response.redirectTo.isEmpty()) {
        const QUrl target = m_response.redirectTo;
        m_response.redirectTo.clear();
        // As Qt does: the reply's URL is the target already when redirected() is emitted.
        setUrl(target);
        connect(this, &QNetworkReply::redirectAllowed, this, [this] { deliverHeaders(); });
        Q_EMIT redirected(target);
        return;
    }
    if (m_response.status == 0) {
        finishWith(m_response.error, u"fake network error"_s);
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    for (const auto &[name, value] : std::as_const(m_response.headers)) {
        setRawHeader(name, value);
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            setHeader(QNetworkRequest::ContentTypeHeader, value);
    }
    const qint64 length = m_response.contentLength >= 0 ? m_response.contentLength : m_response.body.size();
    setHeader(QNetworkRequest::ContentLengthHeader, length);
    setRawHeader("Content-Length", QByteArray::number(length));
    Q_EMIT metaDataChanged();
    QMetaObject::invokeMethod(this, &FakeReply::deliverBody, Qt::QueuedConnection);
}

void FakeReply::deliverBody()
{
    if (m_done)
        return;
    m_buffer = m_response.body;
    if (!m_buffer.isEmpty()) {
        Q_EMIT downloadProgress(m_buffer.size(), m_buffer.size());
        Q_EMIT readyRead();
    }
    if (m_done)
        return;
    if (m_response.error != QNetworkReply::NoError) {
        finishWith(m_response.error, u"fake error after the body"_s);
        return;
    }
    if (m_response.status >= 400) {
        const QString reason = u"HTTP %1"_s.arg(m_response.status);
        setError(m_response.status == 404 ? ContentNotFoundError : UnknownContentError, reason);
        Q_EMIT errorOccurred(error());
    }
    m_done = true;
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::finishWith(QNetworkReply::NetworkError error, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    setError(error, message);
    Q_EMIT errorOccurred(error);
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    finishWith(OperationCanceledError, u"Operation canceled"_s);
}

qint64 FakeReply::bytesAvailable() const
{
    return m_buffer.size() + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_buffer.size());
    std::memcpy(data, m_buffer.constData(), size_t(n));
    m_buffer.remove(0, n);
    return n;
}

} // namespace Dailies::Test
