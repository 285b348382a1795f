// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>

#include "mockserver/mockrequest.h"
#include "mockserver/mockresponse.h"

class QTcpSocket;

namespace Dailies::Mock
{

/**
 * One client connection: answers its requests one after the other (HTTP/1.1 keep-alive, pipelined requests wait
 * in a queue) and writes each answer with flow control, so a file body is streamed in chunks as the socket drains
 * and never read into memory whole. It is a child of its socket and dies with it.
 */
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Handler = std::function<MockResponse(const MockRequest &)>;

    HttpConnection(QTcpSocket *socket, Handler handler);
    ~HttpConnection() override;

    /// Queues a request; it is answered at once when the connection is idle.
    void enqueue(MockRequest request);

private:
    void processNext();
    void begin(MockResponse response, bool headOnly, bool closeAfter);
    void pump();
    void onBytesWritten();
    void finish();
    void cutOff();

    QTcpSocket *m_socket;
    Handler m_handler;
    std::deque<MockRequest> m_pending;
    bool m_busy = false;

    MockResponse m_response;
    QFile m_file;
    qint64 m_sent = 0;
    qint64 m_limit = 0;
    bool m_closeAfter = false;
    bool m_waitingToCut = false;
    qint64 m_budget = -1;
    QTimer m_slowTimer;
};

} // namespace Dailies::Mock
