// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/bodylimittcpserver.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace std::chrono_literals;

namespace Dailies::Mock
{

namespace
{

constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr auto kLinger = 5s;

/**
 * A socket that, after a refused request, closes the way web servers do ("lingering close"): the answer is
 * flushed, the sending side shut down, and input still read and discarded until the client closes (or for at most
 * kLinger). Closing at once while the client is still sending its body makes the kernel answer with a reset, and the
 * client's socket then loses the 413 it had not read yet.
 */
class LingeringSocket final : public QTcpSocket
{
public:
    using QTcpSocket::QTcpSocket;

    void lingerOnClose() { m_linger = true; }

    void disconnectFromHost() override
    {
#ifdef Q_OS_UNIX
        if (m_linger && state() == ConnectedState) {
            m_linger = false;
            connect(this, &QTcpSocket::bytesWritten, this, [this] {
                if (bytesToWrite() == 0)
                    shutDownSending();
            });
            if (bytesToWrite() == 0)
                shutDownSending();
            return;
        }
#endif
        QTcpSocket::disconnectFromHost();
    }

private:
    void shutDownSending()
    {
        if (m_shutDown)
            return;
        m_shutDown = true;
#ifdef Q_OS_UNIX
        ::shutdown(static_cast<int>(socketDescriptor()), SHUT_WR);
#endif
        QTimer::singleShot(kLinger, this, [this] { abort(); });
    }

    bool m_linger = false;
    bool m_shutDown = false;
};

/**
 * Follows one connection's requests alongside Qt's parser. Qt reads a request inside a socket transaction that
 * starts with the request's first byte and is committed when the request is complete, and it reads the header
 * block to its end whenever it can. So before Qt's readyRead handler runs, a connection outside a transaction is at
 * the start of a request, and while the header block is incomplete every byte Qt has not read yet continues it:
 * peeking those bytes shows the header block exactly once. After Qt's handler, the change of bytesAvailable() is
 * what Qt took, which counts a chunked body as it arrives.
 */
class ConnectionWatch final : public QObject
{
public:
    ConnectionWatch(LingeringSocket *socket, qint64 maxBodyBytes, BodyLimitTcpServer::RefuseHandler refuse)
        : QObject(socket)
        , m_socket(socket)
        , m_maxBodyBytes(maxBodyBytes)
        , m_refuse(std::move(refuse))
    {
    }

    void beforeQtReads()
    {
        if (m_refused) {
            discardInput();
            return;
        }
        if (!m_socket->isTransactionStarted())
            startRequest();
        m_availableBefore = m_socket->bytesAvailable();
        if (m_headSize >= 0)
            return;
        m_head += m_socket->peek(std::min<qint64>(m_availableBefore, kMaxHeadBytes + 4 - m_head.size()));
        while (m_head.startsWith('\r') || m_head.startsWith('\n')) // Qt skips blank lines between requests
            m_head.remove(0, 1);
        readHead();
    }

    void afterQtRead()
    {
        if (m_refused)
            return;
        m_taken += m_availableBefore - m_socket->bytesAvailable();
        m_availableBefore = 0;
        if (!m_socket->isTransactionStarted()) {
            startRequest(); // Qt has the whole request: the next one starts fresh
            return;
        }
        if (m_chunked && m_headSize >= 0 && m_taken - m_headSize > m_maxBodyBytes)
            refuse();
    }

private:
    void startRequest()
    {
        m_head.clear();
        m_headSize = -1;
        m_chunked = false;
        m_taken = 0;
    }

    void readHead()
    {
        // The header block ends where Qt's does: at a line break followed by an empty line (CRLF or LF).
        qsizetype end = m_head.indexOf("\n\r\n");
        qsizetype terminator = 3;
        if (const qsizetype bare = m_head.indexOf("\n\n"); bare >= 0 && (end < 0 || bare < end)) {
            end = bare;
            terminator = 2;
        }
        if (end < 0) {
            if (m_head.size() > kMaxHeadBytes)
                refuse();
            return;
        }
        m_head.truncate(end);
        m_headSize = end + terminator;
        const QList<QByteArray> lines = m_head.split('\n');
        bool firstLength = true;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.first(colon).trimmed().toLower();
            const QByteArray value = line.sliced(colon + 1).trimmed();
            if (name == "content-length" && firstLength) {
                firstLength = false; // Qt reads the first one
                bool ok = false;
                const qulonglong length = value.toULongLong(&ok);
                if (ok && length > qulonglong(m_maxBodyBytes)) {
                    refuse();
                    return;
                }
            } else if (name == "transfer-encoding") {
                m_chunked = m_chunked || value.toLower().contains("chunked");
            }
        }
    }

    void refuse()
    {
        m_refused = true;
        m_socket->lingerOnClose();
        MockRequest request;
        const QList<QByteArray> lines = m_head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        const QUrl url = QUrl::fromEncoded(requestLine.value(1));
        request.path = url.path();
        request.query = QUrlQuery(url);
        for (qsizetype i = 1; i < lines.size() && m_headSize >= 0; ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.append({ lines.at(i).first(colon).trimmed(), lines.at(i).sliced(colon + 1).trimmed() });
        }
        request.headers.append({ QByteArray("Connection"), QByteArray("close") });
        request.refusedBodyLimit = m_maxBodyBytes;
        m_head.clear();
        discardInput();
        m_refuse(m_socket, std::move(request));
    }

    void discardInput()
    {
        // Commit Qt's transaction first: inside one, even skipped bytes stay buffered.
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
    }

    LingeringSocket *m_socket;
    qint64 m_maxBodyBytes;
    BodyLimitTcpServer::RefuseHandler m_refuse;
    QByteArray m_head;
    qsizetype m_headSize = -1; ///< the header block's length with its blank line, once it is complete
    bool m_chunked = false;
    bool m_refused = false;
    qint64 m_availableBefore = 0;
    qint64 m_taken = 0; ///< bytes of the current request Qt has read
};

} // namespace

BodyLimitTcpServer::BodyLimitTcpServer(qint64 maxBodyBytes, RefuseHandler refuse, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
    , m_refuse(std::move(refuse))
{
}

BodyLimitTcpServer::~BodyLimitTcpServer() = default;

void BodyLimitTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new LingeringSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    auto *watch = new ConnectionWatch(socket, m_maxBodyBytes, m_refuse);
    // QAbstractHttpServer connects its own readyRead handler while addPendingConnection() runs: one is connected
    // before it and one after, so they run around it, in this order, on every readyRead.
    connect(socket, &QTcpSocket::readyRead, watch, [watch] { watch->beforeQtReads(); });
    addPendingConnection(socket);
    connect(socket, &QTcpSocket::readyRead, watch, [watch] { watch->afterQtRead(); });
}

} // namespace Dailies::Mock
