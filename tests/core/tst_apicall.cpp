// SPDX-License-Identifier: GPL-3.0-or-later
// The client's 32 MiB cap on JSON answers over a real loopback connection: a server on its own thread streams an
// endless answer as fast as the client takes it, and the call must stop reading near the cap instead of buffering the
// whole body. Early in the answer the test's (the client's) thread stalls, as a busy window would: only Qt's read
// buffer limit then keeps Qt's network thread from taking the whole body meanwhile.
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <atomic>

#include "core/api/videoapiclient.h"

using namespace Qt::StringLiterals;
using namespace Dailies;
using namespace Dailies::Api;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace
{

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kCap = 32 * kMiB; // ApiCall::kMaxJsonBytes
// The JSON around the prompt in LargeAnswerServer's answers.
constexpr qint64 kEnvelope = 63;
// What loopback's socket buffers, Qt's own read buffer and the time the client takes to abort can let the server
// write besides what the client read. A client whose read buffer limit Qt ignores takes the whole endless body
// while its thread stalls (a create's did until ApiCall set the limit again once the answer began).
constexpr qint64 kSlack = 32 * kMiB;
// When the client's thread stalls, and for how long.
constexpr qint64 kStallAfter = 2 * kMiB;
constexpr unsigned long kStallMs = 500;

/// Answers every request with one JSON video whose prompt is as long as needed to make the body `bodySize` bytes,
/// announced by Content-Length or sent chunked, written only as fast as the client drains the socket. Runs on its
/// own thread; once `kStallAfter` body bytes are out it stalls the main thread for `kStallMs`.
class LargeAnswerServer final
{
public:
    LargeAnswerServer(int status, qint64 bodySize, bool announceLength)
        : m_status(status)
        , m_bodySize(bodySize)
        , m_announce(announceLength)
    {
        m_server.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_server,
            [this] {
                QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
                    while (QTcpSocket *socket = m_server.nextPendingConnection())
                        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onRequest(socket); });
                });
                m_listening = m_server.listen(QHostAddress::LocalHost);
                m_port = m_server.serverPort();
            },
            Qt::BlockingQueuedConnection);
    }

    ~LargeAnswerServer()
    {
        QMetaObject::invokeMethod(
            &m_server,
            [this] {
                m_server.close();
                qDeleteAll(m_server.findChildren<QTcpSocket *>());
                m_server.moveToThread(QCoreApplication::instance()->thread());
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    LargeAnswerServer(const LargeAnswerServer &) = delete;
    LargeAnswerServer &operator=(const LargeAnswerServer &) = delete;

    [[nodiscard]] bool isListening() const { return m_listening; }
    [[nodiscard]] QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(m_port)); }
    /// Body bytes the kernel accepted from the server.
    [[nodiscard]] qint64 bodyBytesSent() const { return std::max<qint64>(0, m_written - m_headerSize); }
    [[nodiscard]] bool stalled() const { return m_stalled; }

private:
    void onRequest(QTcpSocket *socket)
    {
        m_request += socket->readAll();
        const qsizetype end = m_request.indexOf("\r\n\r\n");
        if (m_answering || end < 0)
            return;
        qint64 length = 0;
        for (const QByteArray &line : m_request.first(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (m_request.size() < end + 4 + length)
            return; // the request body is still coming
        m_answering = true;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(m_status) + " Answer\r\nContent-Type: application/json\r\n"
            + "x-request-id: req_large\r\n";
        head += m_announce ? "Content-Length: " + QByteArray::number(m_bodySize) + "\r\n"
                           : QByteArray("Transfer-Encoding: chunked\r\n");
        head += "\r\n";
        m_headerSize = head.size();
        socket->write(head);
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket](qint64 n) {
            m_written += n;
            if (!m_stalled && bodyBytesSent() >= kStallAfter) {
                m_stalled = true;
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(), [] { QThread::msleep(kStallMs); }, Qt::QueuedConnection);
            }
            pump(socket);
        });
        pump(socket);
    }

    [[nodiscard]] QByteArray bodyBytes(qint64 from, qint64 count) const
    {
        static const QByteArray prefix = R"({"id":"video_1","object":"video","status":"queued","prompt":")"_ba;
        static const QByteArray suffix = R"("})"_ba;
        QByteArray bytes(count, 'a');
        for (qint64 i = from; i < std::min(from + count, qint64(prefix.size())); ++i)
            bytes[i - from] = prefix.at(i);
        for (qint64 i = std::max(from, m_bodySize - suffix.size()); i < from + count; ++i)
            bytes[i - from] = suffix.at(i - (m_bodySize - suffix.size()));
        return bytes;
    }

    void pump(QTcpSocket *socket)
    {
        constexpr qint64 kChunk = 256 * 1024;
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < kMiB
            && m_queued < m_bodySize) {
            const qint64 count = std::min(kChunk, m_bodySize - m_queued);
            const QByteArray data = bodyBytes(m_queued, count);
            m_queued += count;
            if (m_announce) {
                socket->write(data);
            } else {
                socket->write(QByteArray::number(count, 16) + "\r\n" + data + "\r\n");
                if (m_queued == m_bodySize)
                    socket->write("0\r\n\r\n");
            }
        }
    }

    QThread m_thread;
    QTcpServer m_server;
    std::atomic<bool> m_listening = false;
    std::atomic<quint16> m_port = 0;
    std::atomic<bool> m_stalled = false;
    int m_status;
    qint64 m_bodySize;
    bool m_announce;
    bool m_answering = false;
    QByteArray m_request;
    std::atomic<qint64> m_headerSize = 0;
    qint64 m_queued = 0;
    std::atomic<qint64> m_written = 0;
};

} // namespace

class TestApiCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonAnswerIsCappedWhileReading_data();
    void jsonAnswerIsCappedWhileReading();
};

void TestApiCall::jsonAnswerIsCappedWhileReading_data()
{
    QTest::addColumn<bool>("create");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("bodySize");
    QTest::addColumn<bool>("announce");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<bool>("outcomeUnknown");

    // Under the cap the long answer is read whole, however it is framed.
    QTest::newRow("5 MiB, announced") << false << 200 << 5 * kMiB << true << ApiError::Kind::None << QString() << false;
    QTest::newRow("5 MiB, chunked") << false << 200 << 5 * kMiB << false << ApiError::Kind::None << QString() << false;
    // Over it: refused from the header, or when the cap is passed, never after the whole body arrived.
    QTest::newRow("1 GiB announced") << false << 200 << 1024 * kMiB << true << ApiError::Kind::Parse << u"announced"_s
                                     << false;
    QTest::newRow("256 MiB chunked") << false << 200 << 256 * kMiB << false << ApiError::Kind::Parse
                                     << u"stopped reading"_s << false;
    QTest::newRow("256 MiB error body, chunked")
        << false << 503 << 256 * kMiB << false << ApiError::Kind::Parse << u"stopped reading"_s << false;
    // A create whose answer cannot be read may have created the job; a 4xx proves it did not.
    QTest::newRow("create, 256 MiB chunked")
        << true << 200 << 256 * kMiB << false << ApiError::Kind::Parse << u"stopped reading"_s << true;
    QTest::newRow("create, 1 GiB announced")
        << true << 200 << 1024 * kMiB << true << ApiError::Kind::Parse << u"announced"_s << true;
    QTest::newRow("create, 400 with 256 MiB body")
        << true << 400 << 256 * kMiB << false << ApiError::Kind::Parse << u"stopped reading"_s << false;
}

void TestApiCall::jsonAnswerIsCappedWhileReading()
{
    QFETCH(bool, create);
    QFETCH(int, status);
    QFETCH(qint64, bodySize);
    QFETCH(bool, announce);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, messagePart);
    QFETCH(bool, outcomeUnknown);

    LargeAnswerServer server(status, bodySize, announce);
    QVERIFY(server.isListening());
    QNetworkAccessManager nam;
    VideoApiClient client(ProviderProfile::compatible(u"loopback"_s, server.baseUrl()), &nam, nullptr);
    client.setApiKey(u"sk-test"_s);
    RetryPolicy noRetries;
    noRetries.maxRetries = 0;
    client.setRetryPolicy(noRetries);

    CreateVideoRequest request;
    request.prompt = u"a cat"_s;
    VideoCall *call = create ? client.create(request) : client.retrieve(u"video_1"_s);
    QSignalSpy finished(call, &VideoCall::finished);
    QVERIFY(finished.wait(120000));
    const VideoResult result = finished.first().first().value<VideoResult>();

    QCOMPARE(result.error.kind, kind);
    QVERIFY2(result.error.message.contains(messagePart), qPrintable(result.error.message));
    QCOMPARE(result.error.outcomeUnknown, outcomeUnknown);
    if (kind == ApiError::Kind::None) {
        QCOMPARE(result.video.prompt.size(), bodySize - kEnvelope);
        QVERIFY(server.bodyBytesSent() >= bodySize); // chunked framing comes on top
    } else {
        QCOMPARE(result.error.httpStatus, status);
        QCOMPARE(result.error.requestId, "req_large"_ba);
        // The point of the cap: the client stopped taking bytes near it, not at the end of the body, though its
        // thread stalled on the way.
        QVERIFY(server.stalled() || announce);
        QVERIFY2(server.bodyBytesSent() < kCap + kSlack, qPrintable(QString::number(server.bodyBytesSent())));
    }
}

QTEST_GUILESS_MAIN(TestApiCall)
#include "tst_apicall.moc"
