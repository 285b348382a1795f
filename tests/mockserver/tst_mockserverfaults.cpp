// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection of the demo server: the spec parser, rule selection, and what each fault kind does on the wire.
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QTest>
#include <memory>

#include "mockclient.h"
#include "mockserver/faultrules.h"
#include "mockserver/mockserver.h"
#include "testvideos.h"

using namespace Qt::StringLiterals;
using Dailies::Mock::FaultRules;
using Dailies::Mock::MockServer;
using Dailies::Mock::MockServerOptions;

namespace
{
constexpr int kJobTimeoutMs = 20000;

#define WAIT_FOR_STATUS(client, id, wanted)                                                                            \
    QTRY_COMPARE_WITH_TIMEOUT((client).status(id), QString(wanted), kJobTimeoutMs)

QJsonObject prompt(const QString &text)
{
    return QJsonObject { { u"prompt"_s, text } };
}

/// One character per answer: '.' 200, 'r' 429, 'x' 500, 'u' 503, '?' anything else.
QChar mark(int status)
{
    switch (status) {
    case 200:
        return u'.';
    case 429:
        return u'r';
    case 500:
        return u'x';
    case 503:
        return u'u';
    default:
        return u'?';
    }
}
/**
 * Whether an answer cut by `reset` or `truncate` reached the client as less than it promised. QNetworkAccessManager
 * does not always report an error for it: when the connection ends while it is reading the body it may finish the
 * reply as if the body were complete (NoError), so a client must compare the bytes it got with Content-Length.
 */
bool isCutShort(const MockClient::Reply &cut, const QByteArray &whole)
{
    if (!whole.startsWith(cut.body))
        return false;
    if (cut.status == 0) // the connection went before the headers were read: that is an error for sure
        return cut.networkError != QNetworkReply::NoError;
    const qint64 declared = cut.header("content-length").toLongLong();
    return declared == whole.size() && cut.body.size() < declared;
}
} // namespace

class TestMockServerFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void parser_data();
    void parser();
    void selection_data();
    void selection();
    void reproducibleRate();
    void rateLimited();
    void quota();
    void serverErrors_data();
    void serverErrors();
    void resetMidBody_data();
    void resetMidBody();
    void truncate();
    void slowBody();
    void stuck();
    void moderationAtCreate();
    void moderationInJob();
    void garbage();
    void redirect_data();
    void redirect();
    void lose();
    void newRoutes_data();
    void newRoutes();
    void jobFaultsOnEditAndExtend();
    void faultsOverHttp();
    void renderFailure();

private:
    std::unique_ptr<MockServer> startServer(const QString &faults, const QString &ffmpeg = u"none"_s);
    QString pattern(MockClient &client, const QString &path, int requests);
    QString createVideo();

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<MockClient> m_client;
};

std::unique_ptr<MockServer> TestMockServerFaults::startServer(const QString &faults, const QString &ffmpeg)
{
    MockServerOptions options;
    options.timeScale = 0.02;
    options.ffmpeg = ffmpeg;
    options.faults = faults;
    auto server = std::make_unique<MockServer>(options);
    QString error;
    if (!server->start(&error)) {
        qWarning("cannot start the demo server: %s", qUtf8Printable(error));
        return nullptr;
    }
    return server;
}

void TestMockServerFaults::init()
{
    m_server = startServer(QString());
    QVERIFY(m_server);
    m_client = std::make_unique<MockClient>(m_server->baseUrl(), u"sk-any"_s);
}

void TestMockServerFaults::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QString TestMockServerFaults::pattern(MockClient &client, const QString &path, int requests)
{
    QString marks;
    for (int i = 0; i < requests; ++i)
        marks += mark(client.get(path).status);
    return marks;
}

QString TestMockServerFaults::createVideo()
{
    return m_client->createVideo(prompt(u"Source"_s)).value(u"id"_s).toString();
}

void TestMockServerFaults::parser_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("rate limit") << u"429"_s << QString();
    QTest::newRow("rate limit on create") << u"429@create:times=2,retry-after=3"_s << QString();
    QTest::newRow("quota on list") << u"quota@list"_s << QString();
    QTest::newRow("no list route") << u"404@list;405@list"_s << QString();
    QTest::newRow("seeded rate") << u"500@retrieve:rate=0.5;seed:value=7"_s << QString();
    QTest::newRow("every third") << u"502:every=3"_s << QString();
    QTest::newRow("503 with retry-after") << u"503:retry-after=2.5"_s << QString();
    QTest::newRow("reset") << u"reset@content:at=0.25"_s << QString();
    QTest::newRow("truncate") << u"truncate@retrieve:at=0"_s << QString();
    QTest::newRow("slow") << u"slow@content:bps=1024"_s << QString();
    QTest::newRow("stuck") << u"stuck@create:times=1"_s << QString();
    QTest::newRow("moderation") << u"moderation:words=gore|blood,when=job"_s << QString();
    QTest::newRow("lose") << u"lose@create:times=1"_s << QString();
    QTest::newRow("garbage") << u"garbage@list"_s << QString();
    QTest::newRow("redirect to another origin")
        << u"redirect@content:to=http://127.0.0.2:8080/elsewhere?a=1,status=307"_s << QString();
    QTest::newRow("redirect to a path") << u"redirect@retrieve:to=/v1/videos,times=1"_s << QString();
    QTest::newRow("redirect to itself") << u"redirect:times=1"_s << QString();
    QTest::newRow("spaces and empty rules") << u" 429 ; ; reset@content : at = 0.5 ;"_s << QString();
    QTest::newRow("upper case") << u"RESET@Content"_s << QString();

    QTest::newRow("misspelt route")
        << u"429;reset@contnet"_s
        << u"fault rule 2 ('reset@contnet'): unknown route 'contnet'; expected create, list, retrieve, delete, "
           "content, remix, edit, extend, create-character or retrieve-character"_s;
    QTest::newRow("unknown kind") << u"boom"_s
                                  << u"fault rule 1 ('boom'): unknown kind 'boom'; expected 404, 405, 429"_s;
    QTest::newRow("missing kind") << u"@create"_s << u"missing kind"_s;
    QTest::newRow("value missing") << u"429:times"_s << u"parameter 'times' needs a value"_s;
    QTest::newRow("nothing after colon") << u"429:"_s << u"nothing after ':'"_s;
    QTest::newRow("times zero") << u"429:times=0"_s << u"times must be a positive integer, not '0'"_s;
    QTest::newRow("every negative") << u"500:every=-2"_s << u"every must be a positive integer"_s;
    QTest::newRow("rate above 1") << u"429:rate=2"_s << u"rate must be a number from 0 to 1"_s;
    QTest::newRow("at above 1") << u"reset:at=1.5"_s << u"at must be a fraction from 0 to 1"_s;
    QTest::newRow("bps zero") << u"slow:bps=0"_s << u"bps must be a positive number"_s;
    QTest::newRow("retry-after on quota")
        << u"quota:retry-after=1"_s << u"unknown parameter 'retry-after' for quota; expected times, every, rate"_s;
    QTest::newRow("stuck on list") << u"stuck@list"_s << u"stuck applies to create, remix, edit or extend only"_s;
    QTest::newRow("lose on a character") << u"lose@create-character"_s
                                         << u"lose applies to create, remix, edit or extend only"_s;
    QTest::newRow("edit and extend") << u"500@edit:times=1;stuck@extend;moderation@edit:words=x;lose@extend"_s
                                     << QString();
    QTest::newRow("character routes") << u"429@create-character;slow@retrieve-character:bps=10"_s << QString();
    QTest::newRow("moderation without words") << u"moderation"_s << u"moderation needs words=a|b|c"_s;
    QTest::newRow("moderation when later")
        << u"moderation:words=a,when=later"_s << u"when must be create or job, not 'later'"_s;
    QTest::newRow("seed not a number") << u"seed:value=x"_s << u"seed value 'x'"_s;
    QTest::newRow("seed with a route") << u"seed@create:value=1"_s << u"seed is a top-level rule"_s;
    QTest::newRow("parameter twice") << u"429:times=1,times=2"_s << u"parameter 'times' is given twice"_s;
    QTest::newRow("redirect elsewhere than http")
        << u"redirect:to=ftp://127.0.0.2/x"_s << u"to must be an http(s) URL or a path starting with '/'"_s;
    QTest::newRow("redirect to a relative path")
        << u"redirect:to=videos"_s << u"to must be an http(s) URL or a path starting with '/'"_s;
    QTest::newRow("redirect with 200") << u"redirect:status=200"_s << u"status must be 301, 302, 303, 307 or 308"_s;
    QTest::newRow("retry-after on redirect")
        << u"redirect:retry-after=1"_s << u"unknown parameter 'retry-after' for redirect"_s;
}

void TestMockServerFaults::parser()
{
    QFETCH(QString, spec);
    QFETCH(QString, error);
    QString message;
    const std::optional<FaultRules> rules = FaultRules::parse(spec, &message);
    QCOMPARE(rules.has_value(), error.isEmpty());
    if (!error.isEmpty()) {
        QVERIFY2(message.contains(error), qPrintable(message));
        // The server refuses the spec too, and keeps the rules it had.
        QVERIFY(m_server->setFaults(u"500@delete"_s));
        QString serverMessage;
        QVERIFY(!m_server->setFaults(spec, &serverMessage));
        QCOMPARE(serverMessage, message);
        QCOMPARE(m_server->faults(), u"500@delete"_s);
    }
}

void TestMockServerFaults::selection_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected");

    QTest::newRow("every request") << u"500@list"_s << u"xxxx"_s;
    QTest::newRow("any route") << u"500"_s << u"xxxx"_s;
    QTest::newRow("other route") << u"500@retrieve"_s << u"...."_s;
    QTest::newRow("times") << u"500@list:times=2"_s << u"xx..."_s;
    QTest::newRow("every third") << u"500@list:every=3"_s << u"..x..x."_s;
    QTest::newRow("every second, twice") << u"500@list:every=2,times=2"_s << u".x.x...."_s;
    QTest::newRow("rate 0") << u"500@list:rate=0"_s << u"...."_s;
    QTest::newRow("rate 1") << u"500@list:rate=1"_s << u"xxxx"_s;
    // The first answer-replacing rule that fires wins; the next rule does not see that request.
    QTest::newRow("rules in order") << u"429@list:times=1;500@list:times=1"_s << u"rx."_s;
    QTest::newRow("503") << u"503@list:every=2"_s << u".u.u"_s;
}

void TestMockServerFaults::selection()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    QVERIFY(m_server->setFaults(spec));
    QCOMPARE(pattern(*m_client, u"/videos"_s, static_cast<int>(expected.size())), expected);
}

void TestMockServerFaults::reproducibleRate()
{
    QVERIFY(m_server->setFaults(u"500@list:rate=0.5;seed:value=42"_s));
    const QString first = pattern(*m_client, u"/videos"_s, 30);
    QVERIFY(first.contains(u'x'));
    QVERIFY(first.contains(u'.'));

    auto again = startServer(u"500@list:rate=0.5;seed:value=42"_s);
    QVERIFY(again);
    MockClient client(again->baseUrl(), u"k"_s);
    QCOMPARE(pattern(client, u"/videos"_s, 30), first);

    auto other = startServer(u"500@list:rate=0.5;seed:value=43"_s);
    QVERIFY(other);
    MockClient otherClient(other->baseUrl(), u"k"_s);
    QVERIFY(pattern(otherClient, u"/videos"_s, 30) != first);
}

void TestMockServerFaults::rateLimited()
{
    QVERIFY(m_server->setFaults(u"429@create:times=1,retry-after=2"_s));
    const MockClient::Reply limited = m_client->postJson(u"/videos"_s, prompt(u"Busy"_s));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("retry-after"), QByteArray("2"));
    QCOMPARE(limited.header("retry-after-ms"), QByteArray("2000"));
    QCOMPARE(limited.header("x-ratelimit-remaining-requests"), QByteArray("0"));
    QCOMPARE(limited.header("x-ratelimit-reset-requests"), QByteArray("2s"));
    const QJsonObject error = limited.error();
    QCOMPARE(error.value(u"type"_s).toString(), u"requests"_s);
    QCOMPARE(error.value(u"code"_s).toString(), u"rate_limit_exceeded"_s);
    QVERIFY(error.value(u"param"_s).isNull());
    // A preempted create makes no job.
    QVERIFY(m_client->get(u"/videos"_s).json().value(u"data"_s).toArray().isEmpty());

    QCOMPARE(m_client->postJson(u"/videos"_s, prompt(u"Now"_s)).status, 200);
    QCOMPARE(m_client->get(u"/videos"_s).json().value(u"data"_s).toArray().size(), 1);
    QCOMPARE(m_server->requestCount(u"POST /videos"_s), 2);

    QVERIFY(m_server->setFaults(u"429"_s));
    const MockClient::Reply byDefault = m_client->get(u"/videos"_s);
    QCOMPARE(byDefault.status, 429);
    QCOMPARE(byDefault.header("retry-after"), QByteArray("1"));
    QCOMPARE(byDefault.header("retry-after-ms"), QByteArray("1000"));
}

void TestMockServerFaults::quota()
{
    QVERIFY(m_server->setFaults(u"quota"_s));
    const MockClient::Reply reply = m_client->get(u"/videos"_s);
    QCOMPARE(reply.status, 429);
    QVERIFY(!reply.headers.contains("retry-after"));
    QVERIFY(!reply.headers.contains("retry-after-ms"));
    QCOMPARE(reply.error().value(u"type"_s).toString(), u"insufficient_quota"_s);
    QCOMPARE(reply.error().value(u"code"_s).toString(), u"insufficient_quota"_s);
    QVERIFY(reply.error().value(u"message"_s).toString().contains(u"exceeded your current quota"_s));
}

void TestMockServerFaults::serverErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("retryAfter");

    QTest::newRow("500") << u"500@retrieve"_s << 500 << u"server_error"_s << QByteArray();
    QTest::newRow("502") << u"502@retrieve"_s << 502 << u"cf_bad_gateway"_s << QByteArray();
    QTest::newRow("503") << u"503@retrieve"_s << 503 << u"server_error"_s << QByteArray();
    QTest::newRow("503 with retry-after")
        << u"503@retrieve:retry-after=3"_s << 503 << u"server_error"_s << QByteArray("3");
    QTest::newRow("404, a route not served") << u"404@retrieve"_s << 404 << u"invalid_request_error"_s << QByteArray();
    QTest::newRow("405") << u"405@retrieve"_s << 405 << u"invalid_request_error"_s << QByteArray();
}

void TestMockServerFaults::serverErrors()
{
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QByteArray, retryAfter);
    QVERIFY(m_server->setFaults(spec));
    const MockClient::Reply reply = m_client->get(u"/videos/video_whatever"_s);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.error().value(u"type"_s).toString(), type);
    QCOMPARE(reply.error().size(), 4);
    QCOMPARE(reply.header("retry-after"), retryAfter);
    QVERIFY(!reply.header("x-request-id").isEmpty());
}

void TestMockServerFaults::resetMidBody_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("path");

    QTest::newRow("content, half") << u"reset@content"_s << u"/videos/{id}/content"_s;
    QTest::newRow("content, a tenth") << u"reset@content:at=0.1"_s << u"/videos/{id}/content"_s;
    QTest::newRow("content, headers only") << u"reset@content:at=0"_s << u"/videos/{id}/content"_s;
    QTest::newRow("retrieve json") << u"reset@retrieve"_s << u"/videos/{id}"_s;
    QTest::newRow("list json") << u"reset@list"_s << u"/videos"_s;
}

void TestMockServerFaults::resetMidBody()
{
    QFETCH(QString, spec);
    QFETCH(QString, path);
    const QString id = createVideo();
    WAIT_FOR_STATUS(*m_client, id, u"completed"_s);
    const QString url = QString(path).replace(u"{id}"_s, id);
    const MockClient::Reply whole = m_client->get(url);
    QCOMPARE(whole.status, 200);

    QVERIFY(m_server->setFaults(spec));
    const MockClient::Reply cut = m_client->get(url);
    QVERIFY(cut.finished);
    QVERIFY(isCutShort(cut, whole.body));
}

void TestMockServerFaults::truncate()
{
    const QString id = createVideo();
    WAIT_FOR_STATUS(*m_client, id, u"completed"_s);
    const MockClient::Reply whole = m_client->get(u"/videos/%1/content"_s.arg(id));
    QVERIFY(m_server->setFaults(u"truncate@content:at=0.3"_s));
    const MockClient::Reply cut = m_client->get(u"/videos/%1/content"_s.arg(id));
    QVERIFY(cut.finished);
    QCOMPARE(cut.status, 200);
    QVERIFY(isCutShort(cut, whole.body));
}

void TestMockServerFaults::slowBody()
{
    const QString id = createVideo();
    WAIT_FOR_STATUS(*m_client, id, u"completed"_s);
    QVERIFY(m_server->setFaults(u"slow@content:bps=20000"_s));
    QElapsedTimer timer;
    timer.start();
    const MockClient::Reply slow = m_client->get(u"/videos/%1/content"_s.arg(id), { { "Range", "bytes=0-9999" } });
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(slow.status, 206);
    QCOMPARE(slow.body.size(), 10000);
    // 10,000 bytes at 20,000 B/s in 100 ms steps: the first step goes at once, the rest take about 0.4 s.
    QVERIFY2(elapsed >= 300, qPrintable(QString::number(elapsed)));

    QVERIFY(m_server->setFaults(QString()));
    const MockClient::Reply fast = m_client->get(u"/videos/%1/content"_s.arg(id), { { "Range", "bytes=0-9999" } });
    QCOMPARE(fast.body, slow.body);
}

void TestMockServerFaults::stuck()
{
    QVERIFY(m_server->setFaults(u"stuck@create:times=1"_s));
    const QString stuckId = m_client->createVideo(prompt(u"Stuck"_s)).value(u"id"_s).toString();
    const QString laterId = m_client->createVideo(prompt(u"Fine"_s)).value(u"id"_s).toString();
    WAIT_FOR_STATUS(*m_client, laterId, u"completed"_s);
    // The stuck job started first, with the same duration: it would be done by now.
    const QJsonObject stuck = m_client->get(u"/videos/"_s + stuckId).json();
    QCOMPARE(stuck.value(u"status"_s).toString(), u"in_progress"_s);
    QCOMPARE(stuck.value(u"progress"_s).toInt(), 99);
    QVERIFY(stuck.value(u"completed_at"_s).isNull());
    QCOMPARE(m_client->get(u"/videos/%1/content"_s.arg(stuckId)).status, 400);
}

void TestMockServerFaults::moderationAtCreate()
{
    QVERIFY(m_server->setFaults(u"moderation:words=gore|blood"_s));
    const MockClient::Reply blocked = m_client->postJson(u"/videos"_s, prompt(u"A Gore-soaked battlefield"_s));
    QCOMPARE(blocked.status, 400);
    const QJsonObject error = blocked.error();
    QCOMPARE(error.value(u"code"_s).toString(), u"moderation_blocked"_s);
    QCOMPARE(error.value(u"type"_s).toString(), u"invalid_request_error"_s);
    QCOMPARE(error.value(u"message"_s).toString(), u"Your request was blocked by our moderation system."_s);
    QVERIFY(error.value(u"param"_s).isNull());

    // Whole words only: "gorgeous" is fine.
    QCOMPARE(m_client->postJson(u"/videos"_s, prompt(u"A gorgeous sunrise"_s)).status, 200);
    QCOMPARE(m_client->get(u"/videos"_s).json().value(u"data"_s).toArray().size(), 1);

    QVERIFY(m_server->setFaults(QString()));
    const QString source = createVideo();
    WAIT_FOR_STATUS(*m_client, source, u"completed"_s);
    QVERIFY(m_server->setFaults(u"moderation@remix:words=blood"_s));
    QCOMPARE(m_client->postJson(u"/videos/%1/remix"_s.arg(source), prompt(u"Add blood"_s)).status, 400);
    QCOMPARE(m_client->postJson(u"/videos"_s, prompt(u"Add blood"_s)).status, 200);
}

void TestMockServerFaults::moderationInJob()
{
    QVERIFY(m_server->setFaults(u"moderation:words=blood,when=job"_s));
    const MockClient::Reply accepted = m_client->postJson(u"/videos"_s, prompt(u"Blood on the snow"_s));
    QCOMPARE(accepted.status, 200);
    const QString id = accepted.json().value(u"id"_s).toString();
    WAIT_FOR_STATUS(*m_client, id, u"failed"_s);
    const QJsonObject failed = m_client->get(u"/videos/"_s + id).json();
    QCOMPARE(failed.value(u"error"_s).toObject(),
        (QJsonObject { { u"code"_s, u"moderation_blocked"_s },
            { u"message"_s, u"Your request was blocked by our moderation system."_s } }));
    QVERIFY(failed.value(u"completed_at"_s).isNull());
    QVERIFY(failed.value(u"expires_at"_s).isNull());
    QCOMPARE(m_client->get(u"/videos/%1/content"_s.arg(id)).status, 400);
    QCOMPARE(m_client->deleteResource(u"/videos/"_s + id).status, 200);
}

void TestMockServerFaults::garbage()
{
    QVERIFY(m_server->setFaults(u"garbage@list:times=1"_s));
    const MockClient::Reply html = m_client->get(u"/videos"_s);
    QCOMPARE(html.status, 200);
    QVERIFY(html.header("content-type").startsWith("text/html"));
    QJsonParseError error {};
    QJsonDocument::fromJson(html.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(m_client->get(u"/videos"_s).json().value(u"object"_s).toString(), u"list"_s);
}

void TestMockServerFaults::redirect_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("location");

    QTest::newRow("to another origin") << u"redirect@list:to=http://127.0.0.2:8080/v1/videos?x=1,times=1"_s << 302
                                       << "http://127.0.0.2:8080/v1/videos?x=1"_ba;
    QTest::newRow("to its own URL, 307") << u"redirect@list:times=1,status=307"_s << 307 << "/v1/videos?limit=3"_ba;
    QTest::newRow("to a path, 301") << u"redirect:to=/v1/videos,times=1,status=301"_s << 301 << "/v1/videos"_ba;
}

void TestMockServerFaults::redirect()
{
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(QByteArray, location);
    m_client->manager().setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QVERIFY(m_server->setFaults(spec));
    const MockClient::Reply moved = m_client->get(u"/videos?limit=3"_s);
    QCOMPARE(moved.status, status);
    QCOMPARE(moved.header("location"), location);
    QVERIFY(moved.body.isEmpty());
    QVERIFY(!moved.header("x-request-id").isEmpty());
    QCOMPARE(m_client->get(u"/videos?limit=3"_s).status, 200); // times=1
    QCOMPARE(m_server->requestCount(u"GET /videos"_s), 2);

    // A redirected create makes no job.
    QVERIFY(m_server->setFaults(u"redirect@create:times=1"_s));
    QCOMPARE(m_client->postJson(u"/videos"_s, prompt(u"Moved"_s)).status, 302);
    QVERIFY(m_client->get(u"/videos"_s).json().value(u"data"_s).toArray().isEmpty());
}

void TestMockServerFaults::lose()
{
    QVERIFY(m_server->setFaults(u"lose@create"_s));
    const MockClient::Reply lost = m_client->postJson(u"/videos"_s, prompt(u"Lost answer"_s));
    QVERIFY(lost.finished);
    QCOMPARE(lost.status, 0);
    QVERIFY2(lost.networkError != QNetworkReply::NoError, qPrintable(lost.errorString));

    // Every attempt made a job, although no answer arrived. (QNetworkAccessManager silently re-sends a request
    // whose connection closed before any answer byte, POST included, so there may be more than one.)
    const QJsonArray jobs = m_client->get(u"/videos"_s).json().value(u"data"_s).toArray();
    const int attempts = m_server->requestCount(u"POST /videos"_s);
    QVERIFY(attempts >= 1);
    QCOMPARE(jobs.size(), attempts);
    for (const QJsonValue &job : jobs)
        QCOMPARE(job.toObject().value(u"prompt"_s).toString(), u"Lost answer"_s);
    if (attempts > 1)
        qInfo("QNetworkAccessManager sent the lost create %d times", attempts);
}

void TestMockServerFaults::newRoutes_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("counter");
    QTest::addColumn<int>("status"); // without the fault

    QTest::newRow("edit") << u"edit"_s << u"POST /videos/edits"_s << 200;
    QTest::newRow("extend") << u"extend"_s << u"POST /videos/extensions"_s << 200;
    QTest::newRow("create-character") << u"create-character"_s << u"POST /videos/characters"_s << 200;
    QTest::newRow("retrieve-character") << u"retrieve-character"_s << u"GET /videos/characters/{id}"_s << 200;
}

void TestMockServerFaults::newRoutes()
{
    QFETCH(QString, route);
    QFETCH(QString, counter);
    QFETCH(int, status);
    const QString source = createVideo();
    WAIT_FOR_STATUS(*m_client, source, u"completed"_s);
    const auto form = [] {
        QHttpMultiPart *parts = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart name;
        name.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"name\""));
        name.setBody("Mossy");
        QHttpPart video;
        video.setHeader(
            QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"video\"; filename=\"c.mp4\""));
        video.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("video/mp4"));
        video.setBody(TestVideos::mp4(3000));
        parts->append(name);
        parts->append(video);
        return parts;
    };
    const QString character = m_client->postMultipart(u"/videos/characters"_s, form()).json().value(u"id"_s).toString();
    QVERIFY(!character.isEmpty());
    const QJsonObject reference { { u"id"_s, source } };
    const auto send = [&] {
        if (route == u"edit")
            return m_client->postJson(u"/videos/edits"_s, { { u"video"_s, reference }, { u"prompt"_s, u"Edit"_s } });
        if (route == u"extend") {
            return m_client->postJson(u"/videos/extensions"_s,
                { { u"video"_s, reference }, { u"prompt"_s, u"More"_s }, { u"seconds"_s, u"4"_s } });
        }
        if (route == u"create-character")
            return m_client->postMultipart(u"/videos/characters"_s, form());
        return m_client->get(u"/videos/characters/"_s + character);
    };
    const int before = m_server->requestCount(counter);
    QVERIFY(m_server->setFaults(u"500@%1:times=1;503@retrieve"_s.arg(route)));
    const MockClient::Reply faulted = send();
    QCOMPARE(faulted.status, 500);
    QCOMPARE(faulted.error().value(u"type"_s).toString(), u"server_error"_s);
    QCOMPARE(send().status, status);
    QCOMPARE(m_server->requestCount(counter), before + 2);
    // A faulted edit or extension made no job: the source, the one from the second request, nothing else.
    QVERIFY(m_server->setFaults(QString()));
    const int jobs = static_cast<int>(m_client->get(u"/videos"_s).json().value(u"data"_s).toArray().size());
    QCOMPARE(jobs, route == u"edit" || route == u"extend" ? 2 : 1);
}

void TestMockServerFaults::jobFaultsOnEditAndExtend()
{
    const QString source = createVideo();
    WAIT_FOR_STATUS(*m_client, source, u"completed"_s);
    const QJsonObject reference { { u"id"_s, source } };
    const auto extend = [&](const QString &text) {
        return m_client->postJson(
            u"/videos/extensions"_s, { { u"video"_s, reference }, { u"prompt"_s, text }, { u"seconds"_s, u"4"_s } });
    };
    const auto edit = [&](const QString &text) {
        return m_client->postJson(u"/videos/edits"_s, { { u"video"_s, reference }, { u"prompt"_s, text } });
    };

    QVERIFY(m_server->setFaults(u"moderation@extend:words=blood;moderation@edit:words=gore"_s));
    const MockClient::Reply blocked = extend(u"Blood in the snow"_s);
    QCOMPARE(blocked.status, 400);
    QCOMPARE(blocked.error().value(u"code"_s).toString(), u"moderation_blocked"_s);
    QCOMPARE(edit(u"Gore everywhere"_s).error().value(u"code"_s).toString(), u"moderation_blocked"_s);
    QCOMPARE(edit(u"Blood in the snow"_s).status, 200);

    QVERIFY(m_server->setFaults(u"stuck@extend:times=1"_s));
    const QString stuck = extend(u"Stuck"_s).json().value(u"id"_s).toString();
    const QString fine = extend(u"Fine"_s).json().value(u"id"_s).toString();
    WAIT_FOR_STATUS(*m_client, fine, u"completed"_s);
    // Both 8 s long and started together: the second is done, the first stays at 99 %.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->get(u"/videos/"_s + stuck).json().value(u"progress"_s).toInt(), 99, 5000);
    QCOMPARE(m_client->status(stuck), u"in_progress"_s);

    QVERIFY(m_server->setFaults(u"lose@edit"_s)); // every time: QNAM re-sends a POST whose answer was lost
    const MockClient::Reply lost = edit(u"Lost answer"_s);
    QCOMPARE(lost.status, 0);
    bool made = false;
    for (const QJsonValue &job : m_client->get(u"/videos"_s).json().value(u"data"_s).toArray())
        made = made || job.toObject().value(u"prompt"_s).toString() == u"Lost answer";
    QVERIFY(made);
}

void TestMockServerFaults::faultsOverHttp()
{
    MockClient control(QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port())), QString());
    const MockClient::Reply bad = control.post(u"/__dailies/faults"_s, "reset@contnet", "text/plain");
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.error().value(u"code"_s).toString(), u"invalid_fault_spec"_s);
    QVERIFY(bad.error().value(u"message"_s).toString().startsWith(u"fault rule 1 ('reset@contnet')"_s));

    const MockClient::Reply good = control.post(u"/__dailies/faults"_s, "500@list:times=1", "text/plain");
    QCOMPARE(good.status, 200);
    QCOMPARE(good.json().value(u"faults"_s).toString(), u"500@list:times=1"_s);
    QCOMPARE(m_server->faults(), u"500@list:times=1"_s);
    QCOMPARE(control.get(u"/__dailies/faults"_s).json().value(u"faults"_s).toString(), u"500@list:times=1"_s);
    QCOMPARE(m_client->get(u"/videos"_s).status, 500);
    QCOMPARE(m_client->get(u"/videos"_s).status, 200);
    QCOMPARE(control.get(u"/__dailies/stats"_s).json().value(u"faults"_s).toString(), u"500@list:times=1"_s);

    QCOMPARE(control.post(u"/__dailies/faults"_s, QByteArray(), "text/plain").status, 200);
    QCOMPARE(m_server->faults(), QString());
}

void TestMockServerFaults::renderFailure()
{
    const QString failing = u"/bin/false"_s;
    if (!QFileInfo(failing).isExecutable())
        QSKIP("/bin/false is missing");
    auto server = startServer(QString(), failing);
    QVERIFY(server);
    QVERIFY(server->rendersWithFfmpeg());
    MockClient client(server->baseUrl(), u"k"_s);
    const QString id = client.createVideo(prompt(u"Will not render"_s)).value(u"id"_s).toString();
    WAIT_FOR_STATUS(client, id, u"failed"_s);
    const QJsonObject error = client.get(u"/videos/"_s + id).json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"internal_error"_s);
    QVERIFY2(
        error.value(u"message"_s).toString().contains(u"ffmpeg"_s), qPrintable(error.value(u"message"_s).toString()));

    // An ffmpeg that does not exist is refused at start.
    MockServerOptions options;
    options.ffmpeg = u"/nonexistent/ffmpeg"_s;
    MockServer missing(options);
    QString message;
    QVERIFY(!missing.start(&message));
    QVERIFY(message.contains(u"/nonexistent/ffmpeg"_s));
}

QTEST_GUILESS_MAIN(TestMockServerFaults)
#include "tst_mockserverfaults.moc"
