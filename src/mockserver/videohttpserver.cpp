// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/videohttpserver.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace Dailies::Mock
{

namespace
{
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}
} // namespace

VideoHttpServer::VideoHttpServer(HttpConnection::Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

VideoHttpServer::~VideoHttpServer() = default;

void VideoHttpServer::enqueue(QTcpSocket *socket, MockRequest request)
{
    auto *connection = socket->findChild<HttpConnection *>(QString(), Qt::FindDirectChildrenOnly);
    if (!connection) {
        connection = new HttpConnection(socket, m_handler);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }
    connection->enqueue(std::move(request));
}

bool VideoHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    MockRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.query = request.query();
    copy.headers = request.headers();
    copy.body = request.body();
    enqueue(socket, std::move(copy));
    return true;
}

void VideoHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() takes every request; this only runs if that ever changes.
    handleRequest(request, socket);
}

} // namespace Dailies::Mock
