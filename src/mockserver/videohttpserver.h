// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>

#include "mockserver/httpconnection.h"

namespace Dailies::Mock
{

/**
 * The HTTP front: QAbstractHttpServer parses each request; this class copies it into a MockRequest and hands it to
 * the socket's HttpConnection, which answers through the handler and owns the writing (streaming, faults).
 */
class VideoHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoHttpServer)

public:
    explicit VideoHttpServer(HttpConnection::Handler handler, QObject *parent = nullptr);
    ~VideoHttpServer() override;

    /// Queues `request` on the socket's connection, to be answered in turn (also requests refused unread).
    void enqueue(QTcpSocket *socket, MockRequest request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpConnection::Handler m_handler;
};

} // namespace Dailies::Mock
