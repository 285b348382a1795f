// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>
#include <functional>

#include "mockserver/mockrequest.h"

namespace Dailies::Mock
{

/**
 * The demo server's listening socket. QAbstractHttpServer reads every request body into memory whole before it
 * hands the request over, so this server watches each connection's bytes before Qt reads them: a request that
 * announces a body over `maxBodyBytes` (Content-Length), sends a chunked body past it, or a header block over
 * 64 KiB is refused unread. The rest of the connection's input is then discarded, and `refuse` receives the
 * request's method, path and headers with MockRequest::refusedBodyLimit set, to be answered (413) and closed.
 */
class BodyLimitTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyLimitTcpServer)

public:
    using RefuseHandler = std::function<void(QTcpSocket *, MockRequest)>;

    BodyLimitTcpServer(qint64 maxBodyBytes, RefuseHandler refuse, QObject *parent = nullptr);
    ~BodyLimitTcpServer() override;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    qint64 m_maxBodyBytes;
    RefuseHandler m_refuse;
};

} // namespace Dailies::Mock
