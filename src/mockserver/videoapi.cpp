// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/videoapi.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

#include "mockserver/characterstore.h"
#include "mockserver/cliprenderer.h"
#include "mockserver/createrequestparser.h"
#include "mockserver/jobstore.h"
#include "mockserver/videoapi_p.h"
#include "mockserver/videojob.h"

using namespace Qt::StringLiterals;

namespace Dailies::Mock
{

namespace ApiDetail
{

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

MockResponse errorWith(const ErrorResponse &error)
{
    return MockResponse::error(error);
}

} // namespace ApiDetail

using namespace ApiDetail;

namespace
{
constexpr int kRequestsPerMinute = 5000;
constexpr qint64 kWindowMs = 60 * 1000;
constexpr int kDefaultListLimit = 20;
constexpr int kMaxListLimit = 100;

QByteArray requestId()
{
    auto *random = QRandomGenerator::global();
    return "req_" + QByteArray::number(random->generate64(), 16).rightJustified(16, '0')
        + QByteArray::number(random->generate64(), 16).rightJustified(16, '0');
}

/// A duration the way Go prints it, as OpenAI's x-ratelimit-reset-* headers do: "12ms", "1.5s", "6m0s".
QByteArray goDuration(qint64 ms)
{
    if (ms < 1000)
        return QByteArray::number(std::max<qint64>(0, ms)) + "ms";
    auto seconds = [](qint64 part) -> QByteArray {
        QByteArray text = QByteArray::number(static_cast<double>(part) / 1000.0, 'f', 3);
        while (text.endsWith('0'))
            text.chop(1);
        if (text.endsWith('.'))
            text.chop(1);
        return text + 's';
    };
    if (ms < 60 * 1000)
        return seconds(ms);
    const qint64 hours = ms / 3600000;
    const qint64 minutes = (ms % 3600000) / 60000;
    const QByteArray rest = QByteArray::number(minutes) + 'm' + seconds(ms % 60000);
    return hours > 0 ? QByteArray::number(hours) + 'h' + rest : rest;
}

QString redactKey(const QString &key)
{
    if (key.size() < 8)
        return u"****"_s;
    return key.first(3) + u"****"_s + key.last(2);
}

MockResponse methodNotAllowed(const MockRequest &request, const QByteArray &allowed)
{
    MockResponse response = errorWith(ErrorResponse::invalidRequest({}, u"method_not_allowed"_s,
        u"Method not allowed: %1 %2. Allowed: %3."_s.arg(
            QString::fromLatin1(request.method), request.path, QString::fromLatin1(allowed)),
        405));
    response.setHeader("Allow", allowed);
    return response;
}

MockResponse invalidUrl(const MockRequest &request, const QString &hint = QString())
{
    return errorWith(ErrorResponse::invalidRequest({}, u"unknown_url"_s,
        u"Invalid URL (%1 %2)%3"_s.arg(QString::fromLatin1(request.method), request.path, hint), 404));
}

/// The byte range a Range header asks for: nothing to serve it whole, an empty optional inside to answer 416.
struct ByteRange {
    bool valid = false; // a single, well-formed range
    bool satisfiable = false;
    qint64 first = 0;
    qint64 last = 0;
};

ByteRange parseRange(const QByteArray &header, qint64 total)
{
    ByteRange range;
    const QByteArray value = header.trimmed();
    if (!value.toLower().startsWith("bytes="))
        return range;
    const QByteArray spec = value.sliced(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (spec.contains(',') || dash < 0)
        return range; // several ranges or nonsense: serve the whole file, as RFC 9110 allows
    const QByteArray firstText = spec.first(dash).trimmed();
    const QByteArray lastText = spec.sliced(dash + 1).trimmed();
    bool ok = false;
    if (firstText.isEmpty()) {
        const qint64 suffix = lastText.toLongLong(&ok);
        if (!ok || suffix < 0)
            return range;
        range.valid = true;
        range.satisfiable = suffix > 0 && total > 0;
        range.first = std::max<qint64>(0, total - suffix);
        range.last = total - 1;
        return range;
    }
    const qint64 first = firstText.toLongLong(&ok);
    if (!ok || first < 0)
        return range;
    qint64 last = total - 1;
    if (!lastText.isEmpty()) {
        last = lastText.toLongLong(&ok);
        if (!ok || last < first)
            return range;
    }
    range.valid = true;
    range.satisfiable = first < total;
    range.first = first;
    range.last = std::min(last, total - 1);
    return range;
}
} // namespace

VideoApi::VideoApi(Settings settings, JobStore *store, CharacterStore *characters)
    : m_settings(std::move(settings))
    , m_store(store)
    , m_characters(characters)
{
    for (const ApiRoute route : allApiRoutes())
        m_counts.insert(apiRouteKey(route), 0);
}

VideoApi::~VideoApi() = default;

bool VideoApi::setFaults(const QString &spec, QString *error)
{
    std::optional<FaultRules> rules = FaultRules::parse(spec, error);
    if (!rules)
        return false;
    m_faults = std::move(*rules);
    return true;
}

QHash<QString, int> VideoApi::requestCounts() const
{
    return m_counts;
}

MockResponse VideoApi::handle(const MockRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    bool counted = false;
    MockResponse response = dispatch(request, &counted);
    addCommonHeaders(&response, timer.elapsed(), counted);
    if (m_observer)
        m_observer(request, response);
    return response;
}

MockResponse VideoApi::dispatch(const MockRequest &request, bool *counted)
{
    if (request.refusedBodyLimit > 0) {
        return errorWith(ErrorResponse::invalidRequest({}, u"request_too_large"_s,
            u"The request body is larger than the %1 bytes this server accepts; it was not read."_s.arg(
                request.refusedBodyLimit),
            413));
    }
    if (request.path.startsWith(u"/__dailies/"_s))
        return control(request);

    QString rest;
    if (request.path.startsWith(u"/openai/v1/"_s))
        rest = request.path.sliced(10);
    else if (request.path.startsWith(u"/v1/"_s))
        rest = request.path.sliced(3);
    else
        return invalidUrl(request);
    if (rest.size() > 1 && rest.endsWith(u'/'))
        rest.chop(1);
    const QStringList segments = rest.sliced(1).split(u'/');
    if (segments.isEmpty() || segments.first() != u"videos" || segments.contains(QString()))
        return invalidUrl(request);

    std::optional<ApiRoute> route;
    QString id;
    const QByteArray &method = request.method;
    // The fixed paths first: "edits", "extensions" and "characters" are not video ids.
    const QString second = segments.size() >= 2 ? segments.at(1) : QString();
    if (segments.size() == 2 && (second == u"edits" || second == u"extensions" || second == u"characters")) {
        if (method != "POST")
            return methodNotAllowed(request, "POST");
        route = second == u"edits"    ? ApiRoute::Edit
            : second == u"extensions" ? ApiRoute::Extend
                                      : ApiRoute::CreateCharacter;
    } else if (segments.size() == 3 && second == u"characters") {
        id = segments.at(2);
        if (method != "GET")
            return methodNotAllowed(request, "GET");
        route = ApiRoute::RetrieveCharacter;
    } else if (segments.size() == 1) {
        if (method == "GET")
            route = ApiRoute::List;
        else if (method == "POST")
            route = ApiRoute::Create;
        else
            return methodNotAllowed(request, "GET, POST");
    } else if (segments.size() == 2) {
        id = segments.at(1);
        if (method == "GET")
            route = ApiRoute::Retrieve;
        else if (method == "DELETE")
            route = ApiRoute::Delete;
        else
            return methodNotAllowed(request, "GET, DELETE");
    } else if (segments.size() == 3 && segments.at(2) == u"content") {
        id = segments.at(1);
        if (method != "GET")
            return methodNotAllowed(request, "GET");
        route = ApiRoute::Content;
    } else if (segments.size() == 3 && segments.at(2) == u"remix") {
        id = segments.at(1);
        if (method != "POST")
            return methodNotAllowed(request, "POST");
        route = ApiRoute::Remix;
    } else {
        return invalidUrl(request);
    }

    ++m_counts[apiRouteKey(*route)];
    *counted = true;
    if (const std::optional<ErrorResponse> denied = authenticate(request))
        return errorWith(*denied);

    const FaultDecision decision = m_faults.decide(*route);
    MockResponse response;
    if (decision.answer) {
        response = faultAnswer(*decision.answer, request);
    } else {
        switch (*route) {
        case ApiRoute::Create:
            response = create(request);
            break;
        case ApiRoute::List:
            response = list(request);
            break;
        case ApiRoute::Retrieve:
            response = retrieve(id);
            break;
        case ApiRoute::Delete:
            response = remove(id);
            break;
        case ApiRoute::Content:
            response = content(id, request);
            break;
        case ApiRoute::Remix:
            response = remix(id, request);
            break;
        case ApiRoute::Edit:
            response = edit(request);
            break;
        case ApiRoute::Extend:
            response = extend(request);
            break;
        case ApiRoute::CreateCharacter:
            response = createCharacter(request);
            break;
        case ApiRoute::RetrieveCharacter:
            response = retrieveCharacter(id);
            break;
        }
    }
    if (response.delivery == MockResponse::Delivery::Normal) {
        response.delivery = decision.delivery;
        response.cutFraction = decision.cutFraction;
    }
    response.bytesPerSecond = decision.bytesPerSecond;
    return response;
}

MockResponse VideoApi::control(const MockRequest &request)
{
    if (request.path == u"/__dailies/stats") {
        if (request.method != "GET")
            return methodNotAllowed(request, "GET");
        QJsonObject requests;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            requests.insert(it.key(), it.value());
        return MockResponse::json(200,
            compact(QJsonObject {
                { u"requests"_s, requests },
                { u"jobs"_s, m_store->count() },
                { u"characters"_s, m_characters->count() },
                { u"faults"_s, m_faults.spec() },
            }));
    }
    if (request.path == u"/__dailies/faults") {
        if (request.method == "POST") {
            QString error;
            if (!setFaults(QString::fromUtf8(request.body), &error))
                return errorWith(ErrorResponse::invalidRequest(u"faults"_s, u"invalid_fault_spec"_s, error));
        } else if (request.method != "GET") {
            return methodNotAllowed(request, "GET, POST");
        }
        return MockResponse::json(200, compact(QJsonObject { { u"faults"_s, m_faults.spec() } }));
    }
    return invalidUrl(request);
}

std::optional<ErrorResponse> VideoApi::authenticate(const MockRequest &request) const
{
    QStringList offered;
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.size() > 7 && authorization.first(7).toLower() == "bearer ")
        offered << QString::fromUtf8(authorization.sliced(7).trimmed());
    const QByteArray apiKey = request.header("api-key").trimmed();
    if (!apiKey.isEmpty())
        offered << QString::fromUtf8(apiKey);
    offered.removeAll(QString());

    if (offered.isEmpty()) {
        return ErrorResponse { 401,
            u"You didn't provide an API key. You need to provide your API key in an Authorization header using "
            "Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if "
            "you're accessing the API from your browser and are prompted for a username and password. You can "
            "obtain an API key from https://platform.openai.com/account/api-keys."_s,
            u"invalid_request_error"_s, {}, {} };
    }
    if (m_settings.apiKey.isEmpty() || offered.contains(m_settings.apiKey))
        return std::nullopt;
    return ErrorResponse { 401,
        u"Incorrect API key provided: %1. You can find your API key at "
        "https://platform.openai.com/account/api-keys."_s.arg(redactKey(offered.first())),
        u"invalid_request_error"_s, {}, u"invalid_api_key"_s };
}

MockResponse VideoApi::faultAnswer(const FaultRule &rule, const MockRequest &request) const
{
    const auto retryHeaders = [](MockResponse *response, double seconds) {
        response->setHeader("Retry-After", QByteArray::number(static_cast<qint64>(std::ceil(seconds))));
        response->setHeader("retry-after-ms", QByteArray::number(std::llround(seconds * 1000.0)));
    };
    switch (rule.kind) {
    case FaultKind::RateLimit: {
        MockResponse response = errorWith(ErrorResponse { 429,
            u"Rate limit reached for requests per min (RPM): Limit %1, Used %1, Requested 1. Please try again in "
            "%2. Visit https://platform.openai.com/account/rate-limits to learn more."_s.arg(kRequestsPerMinute)
                .arg(QString::fromLatin1(goDuration(std::llround(rule.retryAfter * 1000.0)))),
            u"requests"_s, {}, u"rate_limit_exceeded"_s });
        retryHeaders(&response, rule.retryAfter);
        response.setHeader("x-ratelimit-remaining-requests", "0");
        response.setHeader("x-ratelimit-reset-requests", goDuration(std::llround(rule.retryAfter * 1000.0)));
        return response;
    }
    case FaultKind::Quota:
        return errorWith(ErrorResponse { 429,
            u"You exceeded your current quota, please check your plan and billing details. For more information on "
            "this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors."_s,
            u"insufficient_quota"_s, {}, u"insufficient_quota"_s });
    case FaultKind::InternalError:
        return errorWith(ErrorResponse { 500,
            u"The server had an error while processing your request. Sorry about that! You can retry your request, "
            "or contact us through our help center at help.openai.com if the error persists."_s,
            u"server_error"_s, {}, {} });
    case FaultKind::BadGateway:
        return errorWith(ErrorResponse { 502, u"Bad gateway."_s, u"cf_bad_gateway"_s, {}, {} });
    case FaultKind::Unavailable: {
        MockResponse response = errorWith(ErrorResponse {
            503, u"The engine is currently overloaded, please try again later."_s, u"server_error"_s, {}, {} });
        if (rule.retryAfter >= 0.0)
            retryHeaders(&response, rule.retryAfter);
        return response;
    }
    case FaultKind::Garbage: {
        MockResponse response;
        response.status = 200;
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.body = "<!DOCTYPE html>\n<html><head><title>Welcome</title></head><body><h1>It works!</h1>"
                        "<p>This is not the API you are looking for.</p></body></html>\n";
        return response;
    }
    case FaultKind::Redirect: {
        MockResponse response;
        response.status = rule.redirectStatus;
        QUrl self;
        self.setPath(request.path);
        self.setQuery(request.query);
        response.setHeader("Location", rule.location.isEmpty() ? self.toEncoded() : rule.location.toUtf8());
        return response;
    }
    case FaultKind::NotServed:
        return errorWith(ErrorResponse { 404, u"Not Found"_s, u"invalid_request_error"_s, {}, {} });
    case FaultKind::MethodNotAllowed:
        return errorWith(ErrorResponse { 405, u"Method Not Allowed"_s, u"invalid_request_error"_s, {}, {} });
    default:
        return errorWith(ErrorResponse { 500, u"Unexpected fault."_s, u"server_error"_s, {}, {} });
    }
}

MockResponse VideoApi::list(const MockRequest &request) const
{
    int limit = kDefaultListLimit;
    if (request.query.hasQueryItem(u"limit"_s)) {
        const QString text = request.query.queryItemValue(u"limit"_s, QUrl::FullyDecoded);
        bool ok = false;
        limit = text.toInt(&ok);
        if (!ok) {
            return errorWith(ErrorResponse::invalidRequest(u"limit"_s, u"invalid_type"_s,
                u"Invalid type for 'limit': expected an integer, but got a string ('%1') instead."_s.arg(text)));
        }
        if (limit < 0) {
            return errorWith(ErrorResponse::invalidRequest(u"limit"_s, u"integer_below_min_value"_s,
                u"Invalid 'limit': integer below minimum value. Expected a value >= 0, but got %1 instead."_s.arg(
                    limit)));
        }
        if (limit > kMaxListLimit) {
            return errorWith(ErrorResponse::invalidRequest(u"limit"_s, u"integer_above_max_value"_s,
                u"Invalid 'limit': integer above maximum value. Expected a value <= %1, but got %2 instead."_s
                    .arg(kMaxListLimit)
                    .arg(limit)));
        }
    }
    bool ascending = false;
    if (request.query.hasQueryItem(u"order"_s)) {
        const QString order = request.query.queryItemValue(u"order"_s, QUrl::FullyDecoded);
        if (order != u"asc" && order != u"desc") {
            return errorWith(ErrorResponse::invalidRequest(u"order"_s, u"invalid_value"_s,
                u"Invalid value: '%1'. Supported values are: 'asc' and 'desc'."_s.arg(order)));
        }
        ascending = order == u"asc";
    }

    const QList<const VideoJob *> jobs = m_store->ordered(ascending);
    qsizetype start = 0;
    if (request.query.hasQueryItem(u"after"_s)) {
        const QString after = request.query.queryItemValue(u"after"_s, QUrl::FullyDecoded);
        const std::optional<qint64> createdAt = m_store->createdAtOf(after);
        if (!createdAt) {
            return errorWith(ErrorResponse::invalidRequest(
                u"after"_s, u"invalid_value"_s, u"Invalid 'after': no video with id '%1' to list after."_s.arg(after)));
        }
        // Position by the sort key, so a cursor stays valid even when its video was deleted meanwhile.
        const auto key = std::make_pair(*createdAt, after);
        start = std::find_if(jobs.cbegin(), jobs.cend(), [&](const VideoJob *job) {
            const auto jobKey = std::make_pair(job->createdMs / 1000, job->id);
            return ascending ? key < jobKey : jobKey < key;
        }) - jobs.cbegin();
    }

    const qint64 now = nowMs();
    QJsonArray data;
    const qsizetype end = std::min(jobs.size(), start + limit);
    for (qsizetype i = start; i < end; ++i)
        data.append(jobs.at(i)->toVideoObject(now));
    const QJsonValue firstId = data.isEmpty() ? QJsonValue(QJsonValue::Null) : data.first()[u"id"_s];
    const QJsonValue lastId = data.isEmpty() ? QJsonValue(QJsonValue::Null) : data.last()[u"id"_s];
    return MockResponse::json(200,
        compact(QJsonObject {
            { u"object"_s, u"list"_s },
            { u"data"_s, data },
            { u"first_id"_s, firstId },
            { u"last_id"_s, lastId },
            { u"has_more"_s, end < jobs.size() },
        }));
}

MockResponse VideoApi::retrieve(const QString &id) const
{
    const VideoJob *job = m_store->find(id);
    if (!job)
        return errorWith(ErrorResponse::videoNotFound(id));
    const qint64 now = nowMs();
    MockResponse response = MockResponse::json(200, compact(job->toVideoObject(now)));
    const VideoJob::State state = job->stateAt(now);
    if (!state.isFinished()) {
        // Poll about four times in what is left, within 250 ms .. 5 s (scaled, never below 20 ms).
        const double scale = m_settings.timeScale;
        const qint64 low = std::max<qint64>(20, std::llround(250.0 * scale));
        const qint64 high = std::max<qint64>(low, std::llround(5000.0 * scale));
        response.setHeader("openai-poll-after-ms", QByteArray::number(std::clamp(state.remainingMs / 4, low, high)));
    }
    return response;
}

MockResponse VideoApi::remove(const QString &id)
{
    const VideoJob *job = m_store->find(id);
    if (!job)
        return errorWith(ErrorResponse::videoNotFound(id));
    const VideoJob::State state = job->stateAt(nowMs());
    if (!state.isFinished()) {
        return errorWith(ErrorResponse::invalidRequest({}, u"video_not_finished"_s,
            u"Video '%1' is %2; only a completed or failed video can be deleted."_s.arg(id, state.status)));
    }
    m_store->remove(id);
    return MockResponse::json(
        200, compact(QJsonObject { { u"id"_s, id }, { u"object"_s, u"video.deleted"_s }, { u"deleted"_s, true } }));
}

MockResponse VideoApi::content(const QString &id, const MockRequest &request)
{
    const VideoJob *job = m_store->find(id);
    if (!job)
        return errorWith(ErrorResponse::videoNotFound(id));

    const QString variant = request.query.hasQueryItem(u"variant"_s)
        ? request.query.queryItemValue(u"variant"_s, QUrl::FullyDecoded)
        : u"video"_s;
    QString fileName;
    QByteArray mimeType;
    if (variant == u"video") {
        fileName = ClipRenderer::videoFileName();
        mimeType = "video/mp4";
    } else if (variant == u"thumbnail") {
        fileName = ClipRenderer::thumbnailFileName();
        mimeType = "image/webp";
    } else if (variant == u"spritesheet") {
        fileName = ClipRenderer::spritesheetFileName();
        mimeType = "image/jpeg";
    } else {
        return errorWith(ErrorResponse::invalidRequest(u"variant"_s, u"invalid_value"_s,
            u"Invalid value: '%1'. Supported values are: 'video', 'thumbnail', and 'spritesheet'."_s.arg(variant)));
    }

    const qint64 now = nowMs();
    const VideoJob::State state = job->stateAt(now);
    if (state.status != u"completed") {
        return errorWith(ErrorResponse::invalidRequest({}, u"video_not_ready"_s,
            u"Video '%1' is %2; its content can be downloaded once it has completed."_s.arg(id, state.status)));
    }
    if (now >= state.expiresAt * 1000) {
        m_store->removeAssets(id);
        return errorWith(ErrorResponse::invalidRequest({}, u"content_expired"_s,
            u"The content of video '%1' expired at %2 and is no longer available."_s.arg(
                id, QDateTime::fromSecsSinceEpoch(state.expiresAt, Qt::UTC).toString(Qt::ISODate)),
            404));
    }
    const QString path = m_store->assetPath(id, fileName);
    const QFileInfo info(path);
    if (!info.isFile()) {
        return errorWith(ErrorResponse::invalidRequest(
            {}, u"not_found"_s, u"The %1 of video '%2' is not available."_s.arg(variant, id), 404));
    }

    const qint64 total = info.size();
    MockResponse response;
    response.setHeader("Content-Type", mimeType);
    response.setHeader("Accept-Ranges", "bytes");
    response.filePath = path;
    response.fileOffset = 0;
    response.fileLength = total;
    const QByteArray rangeHeader = request.header("range");
    if (!rangeHeader.isEmpty()) {
        const ByteRange range = parseRange(rangeHeader, total);
        if (range.valid && !range.satisfiable) {
            MockResponse refused = errorWith(ErrorResponse::invalidRequest({}, u"range_not_satisfiable"_s,
                u"The range '%1' cannot be satisfied: the %2 has %3 bytes."_s
                    .arg(QString::fromLatin1(rangeHeader), variant)
                    .arg(total),
                416));
            refused.setHeader("Content-Range", "bytes */" + QByteArray::number(total));
            return refused;
        }
        if (range.valid) {
            response.status = 206;
            response.fileOffset = range.first;
            response.fileLength = range.last - range.first + 1;
            response.setHeader("Content-Range",
                "bytes " + QByteArray::number(range.first) + '-' + QByteArray::number(range.last) + '/'
                    + QByteArray::number(total));
        }
    }
    return response;
}

void VideoApi::addCommonHeaders(MockResponse *response, qint64 elapsedMs, bool counted)
{
    const qint64 now = nowMs();
    if (now - m_windowStartMs >= kWindowMs) {
        m_windowStartMs = now;
        m_windowCount = 0;
    }
    if (counted)
        ++m_windowCount;
    response->setHeader("x-request-id", requestId());
    response->setHeader("openai-processing-ms", QByteArray::number(std::max<qint64>(1, elapsedMs)));
    response->setHeader("openai-version", "2020-10-01");
    response->setHeader("openai-organization", "dailies-demo");
    response->setHeader("x-ratelimit-limit-requests", QByteArray::number(kRequestsPerMinute));
    if (response->header("x-ratelimit-remaining-requests").isEmpty()) {
        response->setHeader(
            "x-ratelimit-remaining-requests", QByteArray::number(std::max(0, kRequestsPerMinute - m_windowCount)));
    }
    if (response->header("x-ratelimit-reset-requests").isEmpty())
        response->setHeader("x-ratelimit-reset-requests", goDuration(m_windowStartMs + kWindowMs - now));
}

} // namespace Dailies::Mock
