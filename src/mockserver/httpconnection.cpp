// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/httpconnection.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>
#include <algorithm>
#include <chrono>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dailies::Mock
{

namespace
{
constexpr qint64 kChunkSize = 256 * 1024;
// Refill the socket's buffer only below this, so memory stays flat however big the file is.
constexpr qint64 kHighWater = 1024 * 1024;
constexpr auto kSlowTick = 100ms;
constexpr int kTicksPerSecond = 10;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray httpDate()
{
    return QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler)
    : QObject(socket)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    m_slowTimer.setInterval(kSlowTick);
    connect(&m_slowTimer, &QTimer::timeout, this, [this] {
        m_budget = std::max<qint64>(1, m_response.bytesPerSecond / kTicksPerSecond);
        pump();
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_slowTimer.stop();
        m_file.close();
        m_pending.clear();
    });
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::enqueue(MockRequest request)
{
    m_pending.push_back(std::move(request));
    if (!m_busy)
        processNext();
}

void HttpConnection::processNext()
{
    if (m_busy || m_pending.empty() || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const MockRequest request = std::move(m_pending.front());
    m_pending.pop_front();
    m_busy = true;
    begin(m_handler(request), request.method == "HEAD", request.wantsClose());
}

void HttpConnection::begin(MockResponse response, bool headOnly, bool closeAfter)
{
    m_response = std::move(response);
    m_closeAfter = closeAfter;
    m_sent = 0;
    m_waitingToCut = false;
    m_budget = -1;

    if (m_response.delivery == MockResponse::Delivery::Drop) {
        m_socket->abort();
        return;
    }
    if (m_response.hasFileBody()) {
        m_file.setFileName(m_response.filePath);
        if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(m_response.fileOffset)) {
            m_file.close();
            m_response.filePath.clear();
            m_response.status = 500;
            m_response.body
                = R"({"error":{"message":"The demo server could not read the clip.","type":"server_error","param":null,"code":null}})";
            m_response.setHeader("Content-Type", "application/json");
            m_response.headers.removeIf(
                [](const auto &header) { return header.first.compare("Content-Range", Qt::CaseInsensitive) == 0; });
        }
    }

    const qint64 total = m_response.bodySize();
    m_limit = headOnly ? 0 : total;
    if (!headOnly
        && (m_response.delivery == MockResponse::Delivery::Reset
            || m_response.delivery == MockResponse::Delivery::Truncate)) {
        const auto cut = static_cast<qint64>(static_cast<double>(total) * m_response.cutFraction);
        m_limit = std::clamp<qint64>(cut, 0, std::max<qint64>(0, total - 1));
    }

    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(m_response.status) + ' ' + reasonPhrase(m_response.status) + "\r\n";
    for (const auto &[name, value] : std::as_const(m_response.headers))
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(total) + "\r\n";
    head += "Date: " + httpDate() + "\r\n";
    head += "Server: dailies-mockserver\r\n";
    head += m_closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";
    m_socket->write(head);

    if (m_response.bytesPerSecond > 0 && m_limit > 0) {
        m_budget = std::max<qint64>(1, m_response.bytesPerSecond / kTicksPerSecond);
        m_slowTimer.start();
    }
    pump();
}

void HttpConnection::pump()
{
    if (!m_busy || m_waitingToCut || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    while (m_sent < m_limit) {
        if (m_socket->bytesToWrite() >= kHighWater || m_budget == 0)
            return;
        qint64 size = std::min(kChunkSize, m_limit - m_sent);
        if (m_budget > 0)
            size = std::min(size, m_budget);
        const QByteArray chunk = m_file.isOpen() ? m_file.read(size) : m_response.body.mid(m_sent, size);
        if (chunk.isEmpty()) {
            m_socket->abort();
            return;
        }
        m_socket->write(chunk);
        m_sent += chunk.size();
        if (m_budget > 0)
            m_budget -= chunk.size();
    }
    if (m_response.delivery == MockResponse::Delivery::Reset
        || m_response.delivery == MockResponse::Delivery::Truncate) {
        m_waitingToCut = true;
        m_slowTimer.stop();
        onBytesWritten();
        return;
    }
    finish();
}

void HttpConnection::onBytesWritten()
{
    if (m_waitingToCut) {
        // Give the bytes already written a moment to reach the peer before the connection goes.
        if (m_socket->bytesToWrite() == 0)
            QTimer::singleShot(30ms, this, &HttpConnection::cutOff);
        return;
    }
    if (m_busy && m_sent < m_limit)
        pump();
}

void HttpConnection::finish()
{
    m_slowTimer.stop();
    m_file.close();
    m_response = {};
    m_busy = false;
    if (m_closeAfter) {
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_pending.empty())
        QMetaObject::invokeMethod(this, &HttpConnection::processNext, Qt::QueuedConnection);
}

void HttpConnection::cutOff()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_response.delivery == MockResponse::Delivery::Reset) {
#ifdef Q_OS_UNIX
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN: a real reset.
        const linger hardClose { 1, 0 };
        ::setsockopt(
            static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardClose, sizeof hardClose);
#endif
        m_socket->abort();
    } else {
        m_socket->disconnectFromHost();
    }
}

} // namespace Dailies::Mock
