// SPDX-License-Identifier: GPL-3.0-or-later
// The client against a scripted network: every error class, the retry rules (timed by a manual clock),
// the headers it sends and reads, the circuit breaker, redirects, pagination and local validation.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/api/circuitbreaker.h"
#include "core/api/ratelimiter.h"
#include "core/api/videoapiclient.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/manualclock.h"

using namespace Qt::StringLiterals;
using namespace Dailies;
using namespace Dailies::Api;
using Dailies::Test::FakeNetworkAccessManager;
using Dailies::Test::FakeResponse;
using Dailies::Test::ManualClock;
using Headers = QList<std::pair<QByteArray, QByteArray>>;
using Script = QList<FakeResponse>;

Q_DECLARE_METATYPE(Dailies::Test::FakeResponse)
Q_DECLARE_METATYPE(ApiError::Kind)

namespace
{

const QByteArray kVideo = R"({"id":"video_1","object":"video","model":"sora-2","status":"queued","progress":0,
"created_at":1790000000,"completed_at":null,"expires_at":null,"prompt":"a cat","size":"720x1280","seconds":"4",
"remixed_from_video_id":null,"error":null})"_ba;

QByteArray apiError(const char *message, const char *type, const char *param, const char *code)
{
    QJsonObject e { { "message"_L1, QString::fromUtf8(message) }, { "type"_L1, QString::fromUtf8(type) } };
    e.insert("param"_L1, param ? QJsonValue(QString::fromUtf8(param)) : QJsonValue());
    e.insert("code"_L1, code ? QJsonValue(QString::fromUtf8(code)) : QJsonValue());
    return QJsonDocument(QJsonObject { { "error"_L1, e } }).toJson(QJsonDocument::Compact);
}

FakeResponse status(int code, Headers headers = {})
{
    return FakeResponse::json(code, apiError("failed", "server_error", nullptr, nullptr), std::move(headers));
}

FakeResponse ok()
{
    return FakeResponse::json(200, kVideo, { { "x-request-id"_ba, "req_ok"_ba } });
}

QByteArray page(const QStringList &ids, bool hasMore)
{
    QJsonArray data;
    for (const QString &id : ids) {
        QJsonObject v = QJsonDocument::fromJson(kVideo).object();
        v.insert("id"_L1, id);
        data.append(v);
    }
    QJsonObject o { { "object"_L1, u"list"_s }, { "data"_L1, data }, { "has_more"_L1, hasMore } };
    o.insert("first_id"_L1, ids.isEmpty() ? QJsonValue() : QJsonValue(ids.first()));
    o.insert("last_id"_L1, ids.isEmpty() ? QJsonValue() : QJsonValue(ids.last()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Writes a PNG header (signature + IHDR) with the given size: enough for the client's size check.
QString writePng(const QString &dir, int width, int height)
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    for (int v : { width, height }) {
        png.append(char((v >> 24) & 0xFF))
            .append(char((v >> 16) & 0xFF))
            .append(char((v >> 8) & 0xFF))
            .append(char(v & 0xFF));
    }
    png.append("\x08\x02\x00\x00\x00", 5).append(QByteArray(4, '\0'));
    const QString path = dir + u"/ref_%1x%2.png"_s.arg(width).arg(height);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(png);
    return path;
}

} // namespace

class TestVideoApiClient : public QObject
{
    Q_OBJECT

private:
    struct Fixture {
        FakeNetworkAccessManager nam;
        ManualClock clock;
        VideoApiClient client;
        explicit Fixture(
            ProviderProfile profile = ProviderProfile::compatible(u"test"_s, QUrl(u"https://api.example.test/v1"_s)))
            : client(std::move(profile), &nam, &clock)
        {
            RetryPolicy policy;
            policy.random = [] {
                return 0.0;
            };
            client.setRetryPolicy(policy);
            client.setApiKey(u"sk-test"_s);
        }
    };

    // Runs the call to its end: spins the event loop for replies and fires the manual clock for retries.
    template<typename Call>
    static auto finish(Fixture &f, Call *call)
    {
        using Result = decltype(call->result());
        QSignalSpy spy(call, &Call::finished);
        for (int i = 0; i < 200 && spy.isEmpty(); ++i) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            if (spy.isEmpty())
                f.clock.fireNext();
        }
        if (spy.size() != 1)
            qWarning("finished was emitted %d times", int(spy.size()));
        return spy.isEmpty() ? Result {} : spy.first().first().template value<Result>();
    }

private Q_SLOTS:
    void errorClasses_data();
    void errorClasses();
    void retryRules_data();
    void retryRules();
    void backoffIsCappedWithJitter();
    void requestHeaders_data();
    void requestHeaders();
    void createBody();
    void createMultipart();
    void localValidation_data();
    void localValidation();
    void videoIdValidation_data();
    void videoIdValidation();
    void insecureProfileIsRefused_data();
    void insecureProfileIsRefused();
    void redirectToOtherHostIsRefused();
    void sameHostRedirectIsFollowed();
    void rateLimitHeadersPaceRequests();
    void circuitBreakerOpensAndRecovers();
    void paginationFollowsCursor();
    void paginationStopsWhenNotAdvancing();
    void cancelEmitsOnce();
    void pollAfterAndRequestIdAreRead();
    void videoParsing_data();
    void videoParsing();
    void goDurations_data();
    void goDurations();
    void downloadChecks_data();
    void downloadChecks();
    void downloadResumesFromPartFile();
    void downloadRestartsWhenRangeIgnored();
};

void TestVideoApiClient::errorClasses_data()
{
    QTest::addColumn<FakeResponse>("response");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("400 invalid size") << FakeResponse::json(400,
        apiError("Invalid value: '1x1'.", "invalid_request_error", "size", "invalid_value"),
        { { "x-request-id"_ba, "req_400"_ba } })
                                      << ApiError::Kind::Api << 400 << u"invalid_value"_s << u"size"_s
                                      << u"Invalid value"_s;
    QTest::newRow("401 bad key") << FakeResponse::json(
        401, apiError("Incorrect API key provided", "invalid_request_error", nullptr, "invalid_api_key"))
                                 << ApiError::Kind::Api << 401 << u"invalid_api_key"_s << QString()
                                 << u"Check the API key"_s;
    QTest::newRow("404 unknown id") << FakeResponse::json(
        404, apiError("Video with id 'x' not found.", "invalid_request_error", nullptr, "not_found"))
                                    << ApiError::Kind::Api << 404 << u"not_found"_s << QString() << u"not found"_s;
    QTest::newRow("429 quota") << FakeResponse::json(
        429, apiError("You exceeded your current quota", "insufficient_quota", nullptr, "insufficient_quota"))
                               << ApiError::Kind::Api << 429 << u"insufficient_quota"_s << QString()
                               << u"retrying will not help"_s;
    QTest::newRow("400 moderation") << FakeResponse::json(400,
        apiError("Your request was blocked by our moderation system.", "invalid_request_error", nullptr,
            "moderation_blocked")) << ApiError::Kind::Api
                                    << 400 << u"moderation_blocked"_s << QString() << u"reword"_s;
    QTest::newRow("400 content policy") << FakeResponse::json(400,
        apiError("This request violates our content policy.", "invalid_request_error", nullptr,
            "content_policy_violation")) << ApiError::Kind::Api
                                        << 400 << u"content_policy_violation"_s << QString() << u"reword"_s;
    QTest::newRow("400 sentinel block") << FakeResponse::json(
        400, apiError("The prompt was blocked.", "invalid_request_error", nullptr, "sentinel_block"))
                                        << ApiError::Kind::Api << 400 << u"sentinel_block"_s << QString()
                                        << u"not billed"_s;
    FakeResponse html;
    html.status = 403;
    html.body = "<html><body>Forbidden by proxy</body></html>"_ba;
    html.headers = { { "Content-Type"_ba, "text/html"_ba } };
    QTest::newRow("403 html page") << html << ApiError::Kind::Http << 403 << QString() << QString()
                                   << u"Forbidden by proxy"_s;
    FakeResponse okHtml = html;
    okHtml.status = 200;
    QTest::newRow("200 not json") << okHtml << ApiError::Kind::Parse << 200 << QString() << QString() << u"text/html"_s;
    QTest::newRow("200 broken json") << FakeResponse::json(200, "{\"id\": \"video_1\", "_ba) << ApiError::Kind::Parse
                                     << 200 << QString() << QString() << u"not valid JSON"_s;
    QTest::newRow("200 json array") << FakeResponse::json(200, "[1,2]"_ba) << ApiError::Kind::Parse << 200 << QString()
                                    << QString() << u"not an object"_s;
    QTest::newRow("200 missing id") << FakeResponse::json(200, R"({"object":"video","status":"queued"})"_ba)
                                    << ApiError::Kind::Parse << 200 << QString() << QString() << u"'id'"_s;
    QTest::newRow("200 status wrong type") << FakeResponse::json(200, R"({"id":"video_1","status":3})"_ba)
                                           << ApiError::Kind::Parse << 200 << QString() << QString() << u"'status'"_s;
    QTest::newRow("404 not found (after retries no)")
        << FakeResponse::json(404, "{}"_ba) << ApiError::Kind::Http << 404 << QString() << QString() << u"HTTP 404"_s;
}

void TestVideoApiClient::errorClasses()
{
    QFETCH(FakeResponse, response);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, httpStatus);
    QFETCH(QString, code);
    QFETCH(QString, param);
    QFETCH(QString, messagePart);

    Fixture f;
    f.nam.enqueue(response);
    const VideoResult r = finish(f, f.client.retrieve(u"video_1"_s));
    QCOMPARE(r.error.kind, kind);
    QCOMPARE(r.error.httpStatus, httpStatus);
    QCOMPARE(r.error.code, code);
    QCOMPARE(r.error.param, param);
    QVERIFY2(r.error.toString().contains(messagePart, Qt::CaseInsensitive), qPrintable(r.error.toString()));
    QCOMPARE(f.nam.requests().size(), 1); // none of these is retried
    for (const auto &[name, value] : std::as_const(response.headers)) {
        if (name == "x-request-id")
            QCOMPARE(r.error.requestId, value);
    }
}

void TestVideoApiClient::retryRules_data()
{
    QTest::addColumn<bool>("create");
    QTest::addColumn<Script>("script");
    QTest::addColumn<int>("expectedRequests");
    QTest::addColumn<QList<qint64>>("expectedDelays");
    QTest::addColumn<ApiError::Kind>("finalKind");
    QTest::addColumn<bool>("outcomeUnknown");

    const auto none = ApiError::Kind::None;
    QTest::newRow("get: 503, 503, ok") << false << Script { status(503), status(503), ok() } << 3
                                       << QList<qint64> { 500, 1000 } << none << false;
    QTest::newRow("get: 500 three times gives up") << false << Script { status(500), status(500), status(500) } << 3
                                                   << QList<qint64> { 500, 1000 } << ApiError::Kind::Api << false;
    QTest::newRow("get: 429 Retry-After 3") << false << Script { status(429, { { "Retry-After"_ba, "3"_ba } }), ok() }
                                            << 2 << QList<qint64> { 3000 } << none << false;
    QTest::newRow("get: 429 retry-after-ms 1500")
        << false << Script { status(429, { { "retry-after-ms"_ba, "1500"_ba }, { "Retry-After"_ba, "9"_ba } }), ok() }
        << 2 << QList<qint64> { 1500 } << none << false;
    QTest::newRow("get: 429 Retry-After date")
        << false << Script { status(429, { { "Retry-After"_ba, "Sat, 21 Sep 2026 14:13:24 GMT"_ba } }), ok() } << 2
        << QList<qint64> { 4000 } << none << false;
    QTest::newRow("get: 429 asks 120 s, not waited")
        << false << Script { status(429, { { "Retry-After"_ba, "120"_ba } }) } << 1 << QList<qint64> {}
        << ApiError::Kind::Api << false;
    QTest::newRow("get: 408 retried") << false << Script { status(408), ok() } << 2 << QList<qint64> { 500 } << none
                                      << false;
    QTest::newRow("get: 409 retried") << false << Script { status(409), ok() } << 2 << QList<qint64> { 500 } << none
                                      << false;
    QTest::newRow("get: 500 x-should-retry false")
        << false << Script { status(500, { { "x-should-retry"_ba, "false"_ba } }) } << 1 << QList<qint64> {}
        << ApiError::Kind::Api << false;
    QTest::newRow("get: 400 x-should-retry true")
        << false << Script { status(400, { { "x-should-retry"_ba, "true"_ba } }), ok() } << 2 << QList<qint64> { 500 }
        << none << false;
    QTest::newRow("get: 400 not retried")
        << false << Script { status(400) } << 1 << QList<qint64> {} << ApiError::Kind::Api << false;
    QTest::newRow("get: reset then ok") << false
                                        << Script { FakeResponse::networkError(QNetworkReply::RemoteHostClosedError),
                                               ok() }
                                        << 2 << QList<qint64> { 500 } << none << false;
    QTest::newRow("get: timeout thrice") << false
                                         << Script { FakeResponse::networkError(QNetworkReply::OperationCanceledError),
                                                FakeResponse::networkError(QNetworkReply::OperationCanceledError),
                                                FakeResponse::networkError(QNetworkReply::OperationCanceledError) }
                                         << 3 << QList<qint64> { 500, 1000 } << ApiError::Kind::Timeout << false;
    QTest::newRow("get: quota never retried")
        << false
        << Script { FakeResponse::json(429, apiError("quota", "insufficient_quota", nullptr, "insufficient_quota"),
               { { "Retry-After"_ba, "1"_ba } }) }
        << 1 << QList<qint64> {} << ApiError::Kind::Api << false;

    QTest::newRow("create: 503 not retried, outcome unknown")
        << true << Script { status(503) } << 1 << QList<qint64> {} << ApiError::Kind::Api << true;
    QTest::newRow("create: 500 x-should-retry true still not blind")
        << true << Script { status(500, { { "x-should-retry"_ba, "true"_ba } }) } << 1 << QList<qint64> {}
        << ApiError::Kind::Api << true;
    QTest::newRow("create: 429 rate limit retried")
        << true << Script { status(429, { { "Retry-After"_ba, "2"_ba } }), ok() } << 2 << QList<qint64> { 2000 } << none
        << false;
    QTest::newRow("create: refused connection retried")
        << true << Script { FakeResponse::networkError(QNetworkReply::ConnectionRefusedError), ok() } << 2
        << QList<qint64> { 500 } << none << false;
    QTest::newRow("create: reset, outcome unknown")
        << true << Script { FakeResponse::networkError(QNetworkReply::RemoteHostClosedError) } << 1 << QList<qint64> {}
        << ApiError::Kind::Network << true;
    QTest::newRow("create: timeout, outcome unknown")
        << true << Script { FakeResponse::networkError(QNetworkReply::OperationCanceledError) } << 1 << QList<qint64> {}
        << ApiError::Kind::Timeout << true;
    QTest::newRow("create: garbage 200, outcome unknown") << true << Script { FakeResponse::json(200, "not json"_ba) }
                                                          << 1 << QList<qint64> {} << ApiError::Kind::Parse << true;
    FakeResponse truncated = FakeResponse::json(200, kVideo.left(40));
    truncated.contentLength = kVideo.size();
    QTest::newRow("get: truncated body retried")
        << false << Script { truncated, ok() } << 2 << QList<qint64> { 500 } << none << false;
    QTest::newRow("get: truncated thrice") << false << Script { truncated, truncated, truncated } << 3
                                           << QList<qint64> { 500, 1000 } << ApiError::Kind::Parse << false;
    QTest::newRow("create: truncated, outcome unknown")
        << true << Script { truncated } << 1 << QList<qint64> {} << ApiError::Kind::Parse << true;
    QTest::newRow("create: 400 is a clear no")
        << true << Script { status(400) } << 1 << QList<qint64> {} << ApiError::Kind::Api << false;
}

void TestVideoApiClient::retryRules()
{
    QFETCH(bool, create);
    QFETCH(Script, script);
    QFETCH(int, expectedRequests);
    QFETCH(QList<qint64>, expectedDelays);
    QFETCH(ApiError::Kind, finalKind);
    QFETCH(bool, outcomeUnknown);

    Fixture f;
    for (const FakeResponse &r : std::as_const(script))
        f.nam.enqueue(r);
    CircuitBreaker::Settings lenient;
    lenient.failureThreshold = 100;
    f.client.circuitBreaker() = CircuitBreaker(lenient);
    VideoCall *call = create ? f.client.create({ .prompt = u"a cat"_s }) : f.client.retrieve(u"video_1"_s);
    const VideoResult r = finish(f, call);
    QCOMPARE(r.error.kind, finalKind);
    QCOMPARE(r.error.outcomeUnknown, outcomeUnknown);
    QCOMPARE(f.nam.requests().size(), expectedRequests);
    QCOMPARE(r.meta.attempts, expectedRequests);
    // Rate-limit pauses (429) also schedule through the clock; retry delays are what the policy asked for.
    QList<qint64> delays = f.clock.requestedDelays();
    delays.removeIf([](qint64 d) { return d == 0; });
    QCOMPARE(delays, expectedDelays);
    if (finalKind == ApiError::Kind::None)
        QCOMPARE(r.video.id, u"video_1"_s);
    for (int i = 0; i < f.nam.requests().size(); ++i)
        QCOMPARE(f.nam.requests().at(i).request.rawHeader("x-stainless-retry-count"), QByteArray::number(i));
}

void TestVideoApiClient::backoffIsCappedWithJitter()
{
    RetryPolicy policy;
    policy.random = [] {
        return 0.0;
    };
    const RetryPolicy::Hints none;
    QList<qint64> delays;
    for (int n = 0; n < 6; ++n)
        delays << policy.delayFor(n, none)->count();
    QCOMPARE(delays, (QList<qint64> { 500, 1000, 2000, 4000, 8000, 8000 }));
    policy.random = [] {
        return 0.999999;
    };
    QCOMPARE(policy.delayFor(0, none)->count(), 375);
    QCOMPARE(policy.delayFor(5, none)->count(), 6000);
}

void TestVideoApiClient::requestHeaders_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("absentHeader");
    QTest::addColumn<QString>("expectedUrl");

    QTest::newRow("openai bearer") << int(ProviderKind::OpenAI) << "Authorization"_ba
                                   << "Bearer sk-test"_ba
                                   << "api-key"_ba << u"https://api.openai.com/v1/videos/video_1"_s;
    QTest::newRow("azure api-key") << int(ProviderKind::Azure) << "api-key"_ba
                                   << "sk-test"_ba
                                   << "Authorization"_ba << u"https://res.openai.azure.com/openai/v1/videos/video_1"_s;
    QTest::newRow("compatible bearer") << int(ProviderKind::Compatible) << "Authorization"_ba
                                       << "Bearer sk-test"_ba
                                       << "api-key"_ba << u"https://gw.example.test/api/v1/videos/video_1"_s;
}

void TestVideoApiClient::requestHeaders()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, absentHeader);
    QFETCH(QString, expectedUrl);

    ProviderProfile profile;
    switch (ProviderKind(kind)) {
    case ProviderKind::OpenAI:
        profile = ProviderProfile::openAi();
        profile.organization = u"org-1"_s;
        profile.project = u"proj-1"_s;
        break;
    case ProviderKind::Azure:
        profile = ProviderProfile::azure(u"az"_s, QUrl(u"https://res.openai.azure.com/"_s));
        break;
    default:
        profile = ProviderProfile::compatible(u"gw"_s, QUrl(u"https://gw.example.test/api/v1/"_s));
        break;
    }
    Fixture f(profile);
    f.nam.enqueue(ok());
    const VideoResult r = finish(f, f.client.retrieve(u"video_1"_s));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const QNetworkRequest &sent = f.nam.requests().constFirst().request;
    QCOMPARE(f.nam.requests().constFirst().url.toString(), expectedUrl);
    QCOMPARE(sent.rawHeader(header), value);
    QVERIFY(!sent.hasRawHeader(absentHeader));
    QCOMPARE(sent.rawHeader("Accept"), "application/json"_ba);
    QVERIFY(sent.rawHeader("User-Agent").startsWith("Dailies/"));
    if (ProviderKind(kind) == ProviderKind::OpenAI) {
        QCOMPARE(sent.rawHeader("OpenAI-Organization"), "org-1"_ba);
        QCOMPARE(sent.rawHeader("OpenAI-Project"), "proj-1"_ba);
    }
}

void TestVideoApiClient::createBody()
{
    Fixture f;
    f.nam.enqueue(ok());
    CreateVideoRequest request {
        .prompt = u"a cat, 🐈"_s, .model = u"sora-2-pro"_s, .size = u"1792x1024"_s, .seconds = u"8"_s
    };
    request.inputReferenceUrl = u"https://img.example.test/a.png"_s;
    const VideoResult r = finish(f, f.client.create(request));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const auto &sent = f.nam.requests().constFirst();
    QCOMPARE(sent.method, "POST"_ba);
    QCOMPARE(sent.url.path(), u"/v1/videos"_s);
    QCOMPARE(sent.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(), "application/json"_ba);
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value("prompt"_L1).toString(), u"a cat, 🐈"_s);
    QCOMPARE(body.value("model"_L1).toString(), u"sora-2-pro"_s);
    QVERIFY(body.value("seconds"_L1).isString()); // the API wants "8", not 8
    QCOMPARE(body.value("seconds"_L1).toString(), u"8"_s);
    QCOMPARE(body.value("input_reference"_L1).toObject().value("image_url"_L1).toString(),
        u"https://img.example.test/a.png"_s);
    QCOMPARE(r.meta.requestId, "req_ok"_ba);
}

void TestVideoApiClient::createMultipart()
{
    QTemporaryDir dir;
    Fixture f;
    f.nam.enqueue(ok());
    CreateVideoRequest request { .prompt = u"from a still"_s, .size = u"1280x720"_s };
    request.inputReferencePath = writePng(dir.path(), 1280, 720);
    const VideoResult r = finish(f, f.client.create(request));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const auto &sent = f.nam.requests().constFirst();
    QVERIFY(sent.request.header(QNetworkRequest::ContentTypeHeader)
                .toByteArray()
                .startsWith("multipart/form-data; boundary="));
    QVERIFY(sent.body.contains("name=\"prompt\"\r\n\r\nfrom a still\r\n"));
    QVERIFY(sent.body.contains("name=\"size\"\r\n\r\n1280x720\r\n"));
    QVERIFY(sent.body.contains("name=\"input_reference\"; filename=\"ref_1280x720.png\""));
    QVERIFY(sent.body.contains("Content-Type: image/png"));
    QVERIFY(!sent.body.contains("name=\"model\"")); // left to the provider's default
}

void TestVideoApiClient::localValidation_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("imageKind");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty prompt") << QString() << QString() << QString() << u"prompt"_s << u"empty"_s;
    QTest::newRow("blank prompt") << u"  \n "_s << QString() << QString() << u"prompt"_s << u"empty"_s;
    QTest::newRow("prompt over 32000") << QString(32001, u'a') << QString() << QString() << u"prompt"_s << u"32001"_s;
    QTest::newRow("malformed size") << u"a cat"_s << u"wide"_s << QString() << u"size"_s << u"width x height"_s;
    QTest::newRow("image missing") << u"a cat"_s << QString() << u"missing"_s << u"input_reference"_s
                                   << u"does not exist"_s;
    QTest::newRow("image not an image") << u"a cat"_s << QString() << u"text"_s << u"input_reference"_s
                                        << u"not a JPEG, PNG or WebP"_s;
    QTest::newRow("image wrong size") << u"a cat"_s << u"1280x720"_s << u"png640"_s << u"input_reference"_s
                                      << u"640x480"_s;
    QTest::newRow("image wrong default size")
        << u"a cat"_s << QString() << u"png640"_s << u"input_reference"_s << u"720x1280"_s;
    QTest::newRow("two references") << u"a cat"_s << QString() << u"two"_s << u"input_reference"_s << u"not several"_s;
    QTest::newRow("plain http image url")
        << u"a cat"_s << QString() << u"httpurl"_s << u"input_reference.image_url"_s << u"https"_s;
}

void TestVideoApiClient::localValidation()
{
    QFETCH(QString, prompt);
    QFETCH(QString, size);
    QFETCH(QString, imageKind);
    QFETCH(QString, param);
    QFETCH(QString, messagePart);

    QTemporaryDir dir;
    CreateVideoRequest request { .prompt = prompt, .size = size };
    if (imageKind == "missing"_L1) {
        request.inputReferencePath = dir.filePath(u"nope.png"_s);
    } else if (imageKind == "text"_L1) {
        request.inputReferencePath = dir.filePath(u"notes.png"_s);
        QFile f(request.inputReferencePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some text, named like a picture");
    } else if (imageKind == "png640"_L1) {
        request.inputReferencePath = writePng(dir.path(), 640, 480);
    } else if (imageKind == "two"_L1) {
        request.inputReferencePath = writePng(dir.path(), 720, 1280);
        request.inputReferenceFileId = u"file_1"_s;
    } else if (imageKind == "httpurl"_L1) {
        request.inputReferenceUrl = u"http://img.example.test/a.png"_s;
    }
    Fixture f;
    const VideoResult r = finish(f, f.client.create(request));
    QCOMPARE(r.error.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(r.error.param, param);
    QVERIFY2(r.error.message.contains(messagePart), qPrintable(r.error.message));
    QCOMPARE(f.nam.requests().size(), 0); // nothing left the machine

    Fixture g;
    const VideoResult bad = finish(g, g.client.retrieve(u"../etc/passwd"_s));
    QCOMPARE(bad.error.kind, ApiError::Kind::InvalidInput);
    QCOMPARE(bad.error.param, u"video_id"_s);
    QCOMPARE(g.nam.requests().size(), 0);
}

void TestVideoApiClient::videoIdValidation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("video id") << u"video_68f1a2b3c4d5e6f7"_s << true;
    QTest::newRow("dots and colons inside") << u"ft:sora.v2:abc-1"_s << true;
    QTest::newRow("three dots") << u"..."_s << true; // no dot segment: sent as the name it is
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("dot") << u"."_s << false; // would address /videos itself
    QTest::newRow("dot dot") << u".."_s << false; // would climb out of /videos
    QTest::newRow("traversal") << u"../etc/passwd"_s << false;
    QTest::newRow("a gateway's base64 id") << u"video_bGl0ZWxsbTpjdXN0b21fbGxtX3Byb3ZpZGVyOmdlbWluaTs+/w=="_s << true;
    QTest::newRow("slash inside") << u"video_ab/cd"_s << true; // sent as %2F
    QTest::newRow("slash at the end") << u"video_1/"_s << false;
    QTest::newRow("dot dot segment") << u"video_1/../x"_s << false;
    QTest::newRow("percent") << u"%2e%2e"_s << false;
    QTest::newRow("space") << u"video 1"_s << false;
    QTest::newRow("long gateway id") << QString(1024, u'a') << true;
    QTest::newRow("too long") << QString(1025, u'a') << false;
    QTest::newRow("query") << u"video_1?variant=x"_s << false;
}

void TestVideoApiClient::videoIdValidation()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    const ApiError e = VideoApiClient::validateVideoId(id);
    QCOMPARE(e.isError(), !valid);
    if (!valid) {
        QCOMPARE(e.kind, ApiError::Kind::InvalidInput);
        QCOMPARE(e.param, u"video_id"_s);
        // Nothing leaves the machine for a refused id.
        Fixture f;
        const VideoResult r = finish(f, f.client.retrieve(id));
        QCOMPARE(r.error.kind, ApiError::Kind::InvalidInput);
        QCOMPARE(f.nam.requests().size(), 0);
    } else {
        // A valid id stays one path segment below /videos, percent-encoded as the official SDKs send it.
        Fixture f;
        f.nam.enqueue(FakeResponse::json(200, R"({"id":"x","object":"video","status":"queued"})"_ba));
        finish(f, f.client.retrieve(id));
        QCOMPARE(f.nam.requests().size(), 1);
        const QByteArray path = f.nam.requests().constFirst().url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        QCOMPARE(path, "/v1/videos/"_ba + QUrl::toPercentEncoding(id));
        QVERIFY(!path.mid(11).contains('/'));
    }
}

void TestVideoApiClient::insecureProfileIsRefused_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("http remote") << u"http://api.example.test/v1"_s << false;
    QTest::newRow("ftp") << u"ftp://api.example.test/v1"_s << false;
    QTest::newRow("no host") << u"https:///v1"_s << false;
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080/v1"_s << true;
    QTest::newRow("http loopback v6") << u"http://[::1]:8080/v1"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:8080/v1"_s << true;
    QTest::newRow("https remote") << u"https://api.example.test/v1"_s << true;
}

void TestVideoApiClient::insecureProfileIsRefused()
{
    QFETCH(QString, baseUrl);
    QFETCH(bool, allowed);
    Fixture f(ProviderProfile::compatible(u"p"_s, QUrl(baseUrl)));
    f.nam.enqueue(ok());
    const VideoResult r = finish(f, f.client.retrieve(u"video_1"_s));
    QCOMPARE(r.ok(), allowed);
    QCOMPARE(f.nam.requests().size(), allowed ? 1 : 0);
    if (!allowed)
        QCOMPARE(r.error.kind, ApiError::Kind::Config);
}

void TestVideoApiClient::redirectToOtherHostIsRefused()
{
    Fixture f;
    FakeResponse redirect = ok();
    redirect.redirectTo = QUrl(u"https://evil.example.test/steal"_s);
    f.nam.enqueue(redirect);
    const VideoResult r = finish(f, f.client.retrieve(u"video_1"_s));
    QCOMPARE(r.error.kind, ApiError::Kind::Config);
    QVERIFY(r.error.message.contains(u"evil.example.test"_s));
    QCOMPARE(f.nam.requests().size(), 1);
}

void TestVideoApiClient::sameHostRedirectIsFollowed()
{
    Fixture f;
    FakeResponse redirect = ok();
    redirect.redirectTo = QUrl(u"https://api.example.test/v1/videos/video_1?moved=1"_s);
    f.nam.enqueue(redirect);
    const VideoResult r = finish(f, f.client.retrieve(u"video_1"_s));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
}

void TestVideoApiClient::rateLimitHeadersPaceRequests()
{
    Fixture f;
    f.nam.enqueue(FakeResponse::json(200, kVideo,
        { { "x-ratelimit-limit-requests"_ba, "50"_ba }, { "x-ratelimit-remaining-requests"_ba, "0"_ba },
            { "x-ratelimit-reset-requests"_ba, "2.5s"_ba } }));
    f.nam.enqueue(ok());
    QVERIFY(finish(f, f.client.retrieve(u"video_1"_s)).ok());
    QCOMPARE(f.client.rateLimiter().state().remainingRequests, std::optional<int>(0));
    QCOMPARE(f.client.rateLimiter().state().limitRequests, std::optional<int>(50));
    QVERIFY(finish(f, f.client.retrieve(u"video_1"_s)).ok());
    QCOMPARE(f.clock.requestedDelays(), (QList<qint64> { 2500 }));
}

void TestVideoApiClient::circuitBreakerOpensAndRecovers()
{
    Fixture f;
    RetryPolicy noRetries;
    noRetries.maxRetries = 0;
    f.client.setRetryPolicy(noRetries);
    for (int i = 0; i < 5; ++i) {
        f.nam.enqueue(status(502));
        QCOMPARE(finish(f, f.client.retrieve(u"video_1"_s)).error.httpStatus, 502);
    }
    const VideoResult held = finish(f, f.client.retrieve(u"video_1"_s));
    QCOMPARE(held.error.kind, ApiError::Kind::CircuitOpen);
    QVERIFY(held.error.retryAfter.has_value());
    QCOMPARE(f.nam.requests().size(), 5); // the sixth call never reached the network
    f.clock.advance(*held.error.retryAfter);
    QCOMPARE(f.client.circuitBreaker().state(f.clock.monotonicMs()), CircuitBreaker::State::HalfOpen);
    f.nam.enqueue(ok());
    QVERIFY(finish(f, f.client.retrieve(u"video_1"_s)).ok());
    QCOMPARE(f.client.circuitBreaker().state(f.clock.monotonicMs()), CircuitBreaker::State::Closed);
}

void TestVideoApiClient::paginationFollowsCursor()
{
    Fixture f;
    f.nam.enqueue(FakeResponse::json(200, page({ u"v1"_s, u"v2"_s }, true)));
    f.nam.enqueue(FakeResponse::json(200, page({ u"v3"_s, u"v4"_s }, true)));
    f.nam.enqueue(FakeResponse::json(200, page({ u"v5"_s }, false)));
    VideoListCall *call = f.client.list({ .limit = 2, .order = u"asc"_s, .allPages = true });
    QSignalSpy pages(call, &VideoListCall::pageReceived);
    const VideoListResult r = finish(f, call);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.pagesFetched, 3);
    QCOMPARE(pages.size(), 3);
    QCOMPARE(r.page.data.size(), 5);
    QCOMPARE(r.page.data.last().id, u"v5"_s);
    QCOMPARE(f.nam.requests().at(0).url.query(), u"limit=2&order=asc"_s);
    QCOMPARE(f.nam.requests().at(1).url.query(), u"limit=2&order=asc&after=v2"_s);
    QCOMPARE(f.nam.requests().at(2).url.query(), u"limit=2&order=asc&after=v4"_s);

    Fixture g;
    g.nam.enqueue(FakeResponse::json(200, page({ u"v1"_s, u"v2"_s }, true)));
    g.nam.enqueue(FakeResponse::json(200, page({ u"v3"_s, u"v4"_s }, true)));
    const VideoListResult capped = finish(g, g.client.list({ .limit = 2, .allPages = true, .maxItems = 3 }));
    QCOMPARE(capped.page.data.size(), 3);
    QCOMPARE(g.nam.requests().size(), 2);
}

void TestVideoApiClient::paginationStopsWhenNotAdvancing()
{
    Fixture f;
    f.nam.enqueue(FakeResponse::json(200, page({ u"v1"_s, u"v2"_s }, true)));
    f.nam.enqueue(FakeResponse::json(200, page({ u"v1"_s, u"v2"_s }, true)));
    const VideoListResult r = finish(f, f.client.list({ .allPages = true }));
    QCOMPARE(r.error.kind, ApiError::Kind::Parse);
    QVERIFY(r.error.message.contains(u"did not advance"_s));
    QCOMPARE(f.nam.requests().size(), 2);
}

void TestVideoApiClient::cancelEmitsOnce()
{
    Fixture f;
    FakeResponse hang;
    hang.hang = true;
    f.nam.enqueue(hang);
    VideoCall *call = f.client.retrieve(u"video_1"_s);
    QSignalSpy spy(call, &VideoCall::finished);
    QCoreApplication::processEvents();
    QCOMPARE(f.nam.requests().size(), 1);
    call->cancel();
    call->cancel();
    QCoreApplication::processEvents();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().value<VideoResult>().error.kind, ApiError::Kind::Cancelled);

    // Cancelled while waiting for a retry: no further request.
    Fixture g;
    g.nam.enqueue(status(503));
    VideoCall *retrying = g.client.retrieve(u"video_1"_s);
    QSignalSpy spy2(retrying, &VideoCall::finished);
    QTRY_COMPARE(g.clock.pendingCalls(), 1);
    retrying->cancel();
    g.clock.fireNext();
    QCoreApplication::processEvents();
    QCOMPARE(spy2.size(), 1);
    QCOMPARE(g.nam.requests().size(), 1);
}

void TestVideoApiClient::pollAfterAndRequestIdAreRead()
{
    Fixture f;
    f.nam.enqueue(FakeResponse::json(
        200, kVideo, { { "openai-poll-after-ms"_ba, "2500"_ba }, { "x-request-id"_ba, "req_abc"_ba } }));
    const VideoResult r = finish(f, f.client.retrieve(u"video_1"_s));
    QCOMPARE(r.meta.pollAfter, std::optional(std::chrono::milliseconds(2500)));
    QCOMPARE(r.meta.requestId, "req_abc"_ba);
    QCOMPARE(r.meta.httpStatus, 200);
}

void TestVideoApiClient::videoParsing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("seconds");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("full") << kVideo << true << u"4"_s << QString();
    QTest::newRow("spec example, nullable keys missing")
        << R"({"id":"video_123","object":"video","model":"sora-2","status":"queued","progress":0,"created_at":1712697600,"size":"1024x1792","seconds":"8","quality":"standard"})"_ba
        << true << u"8"_s << QString();
    QTest::newRow("seconds as number") << R"({"id":"v","status":"completed","seconds":12})"_ba << true << u"12"_s
                                       << QString();
    QTest::newRow("failed with error")
        << R"({"id":"v","status":"failed","error":{"code":"moderation_blocked","message":"no"}})"_ba << true
        << QString() << QString();
    QTest::newRow("unknown status kept") << R"({"id":"v","status":"cancelled"})"_ba << true << QString() << QString();
    QTest::newRow("wrong object") << R"({"id":"v","object":"list","status":"queued"})"_ba << false << QString()
                                  << u"'object'"_s;
    QTest::newRow("created_at string") << R"({"id":"v","status":"queued","created_at":"yesterday"})"_ba << false
                                       << QString() << u"'created_at'"_s;
    QTest::newRow("error not object") << R"({"id":"v","status":"failed","error":"boom"})"_ba << false << QString()
                                      << u"'error'"_s;
    // Found by fuzz_apijson: converting a time past qint64 was undefined behaviour.
    QTest::newRow("created_at past qint64")
        << R"({"id":"v","status":"queued","created_at":1.79e19})"_ba << false << QString() << u"'created_at'"_s;
    QTest::newRow("expires_at after 9999")
        << R"({"id":"v","status":"queued","expires_at":253402300800})"_ba << false << QString() << u"'expires_at'"_s;
    QTest::newRow("completed_at far negative")
        << R"({"id":"v","status":"queued","completed_at":-1e300})"_ba << false << QString() << u"'completed_at'"_s;
}

void TestVideoApiClient::videoParsing()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(QString, seconds);
    QFETCH(QString, errorPart);
    QString error;
    const std::optional<Video> v = Video::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QCOMPARE(v.has_value(), valid);
    if (valid) {
        QCOMPARE(v->seconds, seconds);
        QVERIFY(v->raw.contains("id"_L1));
    } else {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }
}

void TestVideoApiClient::goDurations_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("ms") << "12ms"_ba << qint64(12);
    QTest::newRow("s") << "1s"_ba << qint64(1000);
    QTest::newRow("fraction") << "2.5s"_ba << qint64(2500);
    QTest::newRow("m s") << "6m0s"_ba << qint64(360000);
    QTest::newRow("h m s") << "1h2m3s"_ba << qint64(3723000);
    QTest::newRow("bare number") << "3"_ba << qint64(3000);
    QTest::newRow("garbage") << "soon"_ba << qint64(-1);
    QTest::newRow("empty") << ""_ba << qint64(-1);
}

void TestVideoApiClient::goDurations()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, ms);
    const auto parsed = RateLimiter::parseDuration(text);
    QCOMPARE(parsed ? parsed->count() : qint64(-1), ms);
}

void TestVideoApiClient::downloadChecks_data()
{
    QTest::addColumn<FakeResponse>("response");
    QTest::addColumn<int>("variant");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("messagePart");

    const QByteArray mp4 = QByteArray("\0\0\0\x18"
                                      "ftypisom\0\0\0\0isommp42",
                               24)
        + QByteArray(1000, 'x');
    FakeResponse video;
    video.body = mp4;
    video.headers = { { "Content-Type"_ba, "video/mp4"_ba } };
    QTest::newRow("mp4") << video << int(ContentVariant::Video) << ApiError::Kind::None << u"clip.mp4"_s << QString();
    FakeResponse webp;
    webp.body = "RIFF\0\0\0\0WEBPVP8 "_ba;
    webp.headers = { { "Content-Type"_ba, "image/webp"_ba } };
    QTest::newRow("thumbnail webp") << webp << int(ContentVariant::Thumbnail) << ApiError::Kind::None << u"clip.webp"_s
                                    << QString();
    FakeResponse jpeg;
    jpeg.body = "\xff\xd8\xff\xe0 jpeg"_ba;
    jpeg.headers = { { "Content-Type"_ba, "image/jpeg"_ba } };
    QTest::newRow("spritesheet jpeg") << jpeg << int(ContentVariant::Spritesheet) << ApiError::Kind::None
                                      << u"clip.jpg"_s << QString();
    FakeResponse binary = video;
    binary.headers = { { "Content-Type"_ba, "application/octet-stream"_ba } };
    QTest::newRow("octet-stream video") << binary << int(ContentVariant::Video) << ApiError::Kind::None << u"clip.mp4"_s
                                        << QString();
    FakeResponse notMp4 = video;
    notMp4.body = "<html>oops</html>"_ba;
    QTest::newRow("not an mp4") << notMp4 << int(ContentVariant::Video) << ApiError::Kind::Parse << QString()
                                << u"ftyp"_s;
    FakeResponse json = FakeResponse::json(200, R"({"error":"nope"})"_ba);
    QTest::newRow("json instead of media")
        << json << int(ContentVariant::Video) << ApiError::Kind::Parse << QString() << u"application/json"_s;
    FakeResponse larger = video;
    larger.contentLength = 100;
    QTest::newRow("larger than announced")
        << larger << int(ContentVariant::Video) << ApiError::Kind::Parse << QString() << u"more than"_s;
    FakeResponse expired = FakeResponse::json(
        404, apiError("Content for video 'video_1' has expired.", "invalid_request_error", nullptr, "not_found"));
    QTest::newRow("expired 404") << expired << int(ContentVariant::Video) << ApiError::Kind::Api << QString()
                                 << u"expired"_s;
}

void TestVideoApiClient::downloadChecks()
{
    QFETCH(FakeResponse, response);
    QFETCH(int, variant);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, fileName);
    QFETCH(QString, messagePart);

    QTemporaryDir dir;
    Fixture f;
    f.nam.enqueue(response);
    const DownloadResult r = finish(f, f.client.download(u"video_1"_s, ContentVariant(variant), dir.path(), u"clip"_s));
    QCOMPARE(r.error.kind, kind);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    if (kind == ApiError::Kind::None) {
        QCOMPARE(files, QStringList { fileName });
        QCOMPARE(r.filePath, dir.filePath(fileName));
        QCOMPARE(r.bytes, response.body.size());
        const auto &sent = f.nam.requests().constFirst();
        QCOMPARE(sent.request.rawHeader("Accept"), "application/binary"_ba);
        QCOMPARE(sent.url.query(), u"variant="_s + toString(ContentVariant(variant)));
    } else {
        QVERIFY2(r.error.toString().contains(messagePart), qPrintable(r.error.toString()));
        QVERIFY2(files.isEmpty() || files == QStringList { u"clip.part"_s }, qPrintable(files.join(u", "_s)));
        QVERIFY(!files.contains(u"clip.mp4"_s));
    }
}

void TestVideoApiClient::downloadResumesFromPartFile()
{
    QTemporaryDir dir;
    const QByteArray full = QByteArray("\0\0\0\x18"
                                       "ftypisom",
                                12)
        + QByteArray(5000, 'z');
    {
        QFile part(dir.filePath(u"clip.part"_s));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(full.left(3000));
    }
    Fixture f;
    FakeResponse rest;
    rest.status = 206;
    rest.body = full.mid(3000);
    rest.headers = { { "Content-Type"_ba, "video/mp4"_ba },
        { "Content-Range"_ba,
            "bytes 3000-" + QByteArray::number(full.size() - 1) + '/' + QByteArray::number(full.size()) } };
    f.nam.enqueue(rest);
    const DownloadResult r = finish(f, f.client.download(u"video_1"_s, ContentVariant::Video, dir.path(), u"clip"_s));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(f.nam.requests().constFirst().request.rawHeader("Range"), "bytes=3000-"_ba);
    QCOMPARE(r.resumedFrom, 3000);
    QFile out(r.filePath);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), full);
    QVERIFY(!QFile::exists(dir.filePath(u"clip.part"_s)));

    // A truncated attempt keeps its bytes and the next attempt resumes from them.
    QTemporaryDir dir2;
    Fixture g;
    FakeResponse cut;
    cut.body = full.left(2000);
    cut.contentLength = full.size();
    cut.headers = { { "Content-Type"_ba, "video/mp4"_ba } };
    cut.error = QNetworkReply::RemoteHostClosedError;
    g.nam.enqueue(cut);
    FakeResponse tail = rest;
    tail.body = full.mid(2000);
    tail.headers = { { "Content-Type"_ba, "video/mp4"_ba }, { "Content-Range"_ba, "bytes 2000-5011/5012"_ba } };
    g.nam.enqueue(tail);
    const DownloadResult resumed
        = finish(g, g.client.download(u"video_1"_s, ContentVariant::Video, dir2.path(), u"clip"_s));
    QVERIFY2(resumed.ok(), qPrintable(resumed.error.toString()));
    QCOMPARE(g.nam.requests().size(), 2);
    QCOMPARE(g.nam.requests().at(1).request.rawHeader("Range"), "bytes=2000-"_ba);
    QFile out2(resumed.filePath);
    QVERIFY(out2.open(QIODevice::ReadOnly));
    QCOMPARE(out2.readAll(), full);
}

void TestVideoApiClient::downloadRestartsWhenRangeIgnored()
{
    QTemporaryDir dir;
    const QByteArray full = QByteArray("\0\0\0\x18"
                                       "ftypisom",
                                12)
        + QByteArray(100, 'q');
    {
        QFile part(dir.filePath(u"clip.part"_s));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write("stale bytes from another file");
    }
    Fixture f;
    FakeResponse whole;
    whole.body = full;
    whole.headers = { { "Content-Type"_ba, "video/mp4"_ba } };
    f.nam.enqueue(whole);
    const DownloadResult r = finish(f, f.client.download(u"video_1"_s, ContentVariant::Video, dir.path(), u"clip"_s));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QFile out(r.filePath);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), full);
}

QTEST_GUILESS_MAIN(TestVideoApiClient)
#include "tst_videoapiclient.moc"
