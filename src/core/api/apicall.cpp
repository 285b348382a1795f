// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/apicall.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <utility>

#include "core/api/oneshotbody.h"
#include "core/api/providersession.h"
#include "core/util/clock.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Dailies::Api
{

namespace
{

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    return type == "application/json" || type.endsWith("+json");
}

// How much of an answer Qt may hold before the call has read it: keeps Qt from buffering far past the cap.
constexpr qint64 kReadBufferBytes = 1024 * 1024;

QString snippet(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(160)).simplified();
    if (body.size() > 160)
        text += u'…';
    return text;
}

} // namespace

ApiCall::ApiCall(ProviderSession *session, RequestSpec spec, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_spec(std::move(spec))
{
    QMetaObject::invokeMethod(this, &ApiCall::start, Qt::QueuedConnection);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::failBeforeStart(const ApiError &error)
{
    m_earlyError = error;
}

void ApiCall::replyCreated(QNetworkReply *reply)
{
    Q_UNUSED(reply)
}

void ApiCall::prepareRequest(QNetworkRequest &request)
{
    Q_UNUSED(request)
}

bool ApiCall::treatAsSuccess(QNetworkReply *reply, int httpStatus)
{
    Q_UNUSED(reply)
    Q_UNUSED(httpStatus)
    return false;
}

void ApiCall::abortReply(QNetworkReply *reply, const ApiError &error, bool retryable)
{
    m_abortReason = error;
    m_abortRetryable = retryable;
    reply->abort();
}

bool ApiCall::isRetryableSuccessError(const ApiError &error) const
{
    Q_UNUSED(error)
    return m_bodyTruncated; // a body cut short is a transport failure in disguise
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // finishes synchronously through onFinished()
        if (m_finished)
            return;
    }
    m_error = ApiError::cancelled();
    finish();
}

void ApiCall::start()
{
    if (m_finished || m_started)
        return;
    m_started = true;
    if (m_earlyError) {
        m_error = *m_earlyError;
        finish();
        return;
    }
    if (const QString problem = m_session->profile.validate(); !problem.isEmpty()) {
        m_error = ApiError::config(problem);
        finish();
        return;
    }
    attempt();
}

void ApiCall::attempt()
{
    if (m_finished)
        return;
    const qint64 now = m_session->clock->monotonicMs();
    const milliseconds open = m_session->circuitBreaker.acquire(now);
    if (open.count() > 0) {
        ApiError e;
        e.kind = ApiError::Kind::CircuitOpen;
        e.retryAfter = open;
        e.message = tr("Profile '%1' failed several times in a row; requests are paused for %2 s to let it recover.")
                        .arg(m_session->profile.name)
                        .arg((open.count() + 999) / 1000);
        m_error = e;
        finish();
        return;
    }
    const milliseconds wait = m_session->rateLimiter.delayBeforeRequest(now);
    if (wait.count() > 0)
        m_session->clock->callLater(wait, this, [this] { send(); });
    else
        send();
}

void ApiCall::send()
{
    if (m_finished)
        return;
    QNetworkRequest request = m_session->makeRequest(m_spec, m_retries);
    prepareRequest(request);
    QNetworkAccessManager *nam = m_session->nam;
    QByteArray body;
    if (!m_spec.multipart.isEmpty()) {
        const QByteArray boundary = "dailies-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        QString error;
        body = OneShotBody::encodeMultipart(m_spec.multipart, boundary, &error);
        if (body.isEmpty()) {
            m_error = ApiError::io(error);
            finish();
            return;
        }
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("multipart/form-data; boundary=" + boundary));
    } else if (m_spec.jsonBody) {
        body = *m_spec.jsonBody;
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    }
    QNetworkReply *reply = nullptr;
    if (m_spec.createsResource) {
        auto *device = new OneShotBody(body, nullptr);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = nam->sendCustomRequest(request, m_spec.method, device);
        device->setParent(reply);
    } else if (m_spec.multipart.isEmpty() && !m_spec.jsonBody) {
        reply = nam->sendCustomRequest(request, m_spec.method);
    } else {
        reply = nam->sendCustomRequest(request, m_spec.method, body);
    }
    ++m_meta.attempts;
    m_reply = reply;
    m_body.clear();
    reply->setReadBufferSize(kReadBufferBytes);
    // Qt 6.4 starts a request with a body one event later and only then listens for the read buffer size, so the
    // size set above never reaches its network thread, which then reads the answer as fast as the server sends it.
    // Set it again once that start has run (the queued call below is posted after Qt's own).
    QMetaObject::invokeMethod(
        reply, [reply] { reply->setReadBufferSize(kReadBufferBytes); }, Qt::QueuedConnection);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    connect(reply, &QNetworkReply::redirected, this,
        [this, reply, sent = request.url()](const QUrl &url) { onRedirected(reply, sent, url); });
    replyCreated(reply);
    // Connected after the subclass's own handlers, so that a download has decided whether it streams the body.
    // The answer is read as it arrives and refused at the cap: Qt would otherwise buffer all of it first.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply != m_reply || m_abortReason || streamsBody() || (status >= 300 && status < 400))
            return;
        bool known = false;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && announced > kMaxJsonBytes)
            refuseOversizedAnswer(reply, announced);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply != m_reply || m_abortReason || streamsBody())
            return;
        if (!collectBody(reply))
            refuseOversizedAnswer(reply, -1);
    });
}

bool ApiCall::collectBody(QNetworkReply *reply)
{
    if (reply->bytesAvailable() > 0 && m_body.size() <= kMaxJsonBytes)
        m_body += reply->read(kMaxJsonBytes + 1 - m_body.size());
    return m_body.size() <= kMaxJsonBytes;
}

void ApiCall::refuseOversizedAnswer(QNetworkReply *reply, qint64 announced)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString limit = QString::number(kMaxJsonBytes / (1024 * 1024));
    ApiError error = ApiError::parse(announced > 0
            ? tr("The provider announced an answer of %1 bytes, more than the %2 MiB Dailies reads; refusing it.")
                  .arg(announced)
                  .arg(limit)
            : tr("The provider's answer is larger than %1 MiB; Dailies stopped reading it.").arg(limit),
        status);
    error.requestId = reply->rawHeader("x-request-id");
    if (m_spec.createsResource) {
        // An answer that cannot be read is a lost answer: only a status that proves nothing was created says more.
        const bool refused = status >= 400 && status < 500 && status != 408;
        error.outcomeUnknown = !refused;
    }
    m_body.clear();
    abortReply(reply, error, false);
}

// `from` is the URL this call sent, not reply->url(): Qt has set that to the target already when it emits
// redirected(), which made every redirect look same-origin.
void ApiCall::onRedirected(QNetworkReply *reply, const QUrl &from, const QUrl &url)
{
    const QUrl target = from.resolved(url);
    const bool sameOrigin = target.scheme() == from.scheme() && target.host() == from.host()
        && target.port(from.scheme() == "https"_L1 ? 443 : 80) == from.port(from.scheme() == "https"_L1 ? 443 : 80);
    if (sameOrigin) {
        Q_EMIT reply->redirectAllowed();
        return;
    }
    m_abortReason = ApiError::config(tr("The provider redirected the request to another host (%1); Dailies does "
                                        "not follow it, so that the API key is not sent there. Check the base URL "
                                        "of profile '%2'.")
                                         .arg(target.host(), m_session->profile.name));
    reply->abort();
}

std::optional<QJsonObject> ApiCall::readJsonObject(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (!collectBody(reply)) {
        m_error = ApiError::parse(tr("The provider's answer is larger than %1 MiB; Dailies stopped reading it.")
                                      .arg(kMaxJsonBytes / (1024 * 1024)),
            status);
        m_body.clear();
        return std::nullopt;
    }
    const QByteArray body = std::exchange(m_body, {});
    bool hasLength = false;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&hasLength);
    if (hasLength && announced != body.size()) {
        m_bodyTruncated = true;
        m_error = ApiError::parse(tr("The provider's answer was cut short: %1 of %2 announced bytes arrived.")
                                      .arg(body.size())
                                      .arg(announced),
            status);
        return std::nullopt;
    }
    if (!isJsonContentType(contentType)) {
        m_error = ApiError::parse(
            tr("Expected a JSON answer from %1 but got '%2': %3")
                .arg(reply->url().host(),
                    contentType.isEmpty() ? tr("no content type") : QString::fromLatin1(contentType), snippet(body)),
            status);
        return std::nullopt;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error = ApiError::parse(tr("The provider's answer is not valid JSON (%1 at byte %2).")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset),
            status);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        m_error = ApiError::parse(tr("The provider's answer is JSON but not an object."), status);
        return std::nullopt;
    }
    return doc.object();
}

ApiError ApiCall::errorFromReply(QNetworkReply *reply, int status, const QByteArray &body) const
{
    ApiError e;
    e.httpStatus = status;
    e.networkError = reply->error();
    e.requestId = reply->rawHeader("x-request-id");
    if (status == 0) {
        if (reply->error() == QNetworkReply::OperationCanceledError) {
            e.kind = ApiError::Kind::Timeout;
            e.message = tr("no data for %1 s").arg(m_spec.timeout.count() / 1000.0);
        } else {
            e.kind = ApiError::Kind::Network;
            e.message = reply->errorString();
        }
        return e;
    }
    if (const std::optional<ApiError> api = ApiError::fromErrorBody(body)) {
        e.kind = api->kind;
        e.message = api->message;
        e.type = api->type;
        e.code = api->code;
        e.param = api->param;
        return e;
    }
    e.kind = ApiError::Kind::Http;
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    e.message = tr("HTTP %1 %2 from %3").arg(status).arg(reason, reply->url().host());
    if (!body.isEmpty())
        e.message += u": " + snippet(body);
    return e;
}

void ApiCall::onFinished(QNetworkReply *reply)
{
    if (reply != m_reply || m_finished)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    const auto header = [reply](const QByteArray &name) {
        return reply->rawHeader(name);
    };
    const qint64 now = m_session->clock->monotonicMs();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    m_meta.httpStatus = status;
    m_meta.requestId = reply->rawHeader("x-request-id");
    m_meta.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    bool ok = false;
    const qint64 pollAfter = reply->rawHeader("openai-poll-after-ms").toLongLong(&ok);
    m_meta.pollAfter = ok && pollAfter >= 0 ? std::optional(milliseconds(pollAfter)) : std::nullopt;
    if (status)
        m_session->rateLimiter.update(header, now);

    if (m_cancelled) {
        m_error = ApiError::cancelled();
        finish();
        return;
    }
    if (m_abortReason) {
        ApiError reason = *m_abortReason;
        const bool retryable = m_abortRetryable;
        m_abortReason.reset();
        reason.requestId = m_meta.requestId;
        if (retryable)
            m_session->circuitBreaker.recordFailure(now);
        retryOrFinish(reason, retryable, status, netError, reply);
        return;
    }

    const bool transportFailed = netError != QNetworkReply::NoError && (status == 0 || (status >= 200 && status < 300));
    if (!transportFailed && ((status >= 200 && status < 300) || treatAsSuccess(reply, status))) {
        m_error = {};
        m_bodyTruncated = false;
        if (handleSuccess(reply) == Outcome::Continuing)
            return;
        if (m_error && isRetryableSuccessError(m_error)) {
            m_session->circuitBreaker.recordFailure(now);
            m_error.outcomeUnknown = m_spec.createsResource;
            retryOrFinish(m_error, !m_spec.createsResource, status, QNetworkReply::RemoteHostClosedError, reply);
            return;
        }
        m_session->circuitBreaker.recordSuccess();
        if (m_error && m_spec.createsResource && m_error.kind == ApiError::Kind::Parse)
            m_error.outcomeUnknown = true; // the job may exist although its answer was unreadable
        m_error.requestId = m_meta.requestId;
        finish();
        return;
    }

    if (!transportFailed && !streamsBody())
        collectBody(reply); // an error body over the cap is cut at it; only its start is shown
    const QByteArray body = transportFailed ? QByteArray() : std::exchange(m_body, {}).left(kMaxJsonBytes);
    ApiError error = errorFromReply(reply, transportFailed ? 0 : status, body);
    if (transportFailed && status >= 200 && status < 300) {
        // The answer started but broke off: treat like a transport error.
        error.kind
            = netError == QNetworkReply::OperationCanceledError ? ApiError::Kind::Timeout : ApiError::Kind::Network;
    }
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout || status >= 500)
        m_session->circuitBreaker.recordFailure(now);
    else
        m_session->circuitBreaker.recordSuccess();

    RetryPolicy::Hints hints
        = RetryPolicy::hintsFrom(transportFailed ? 0 : status, netError, header, m_session->clock->now());
    hints.quotaExceeded = error.isQuotaExceeded();
    error.retryAfter = hints.serverDelay;
    if (status == 429)
        m_session->rateLimiter.noteRateLimited(hints.serverDelay, now);
    const bool retryable
        = m_spec.createsResource ? RetryPolicy::shouldRetryCreate(hints) : RetryPolicy::shouldRetryIdempotent(hints);
    if (m_spec.createsResource && !retryable && RetryPolicy::outcomeMayBeUnknown(hints))
        error.outcomeUnknown = true;
    retryOrFinish(error, retryable, status, netError, reply);
}

void ApiCall::retryOrFinish(
    const ApiError &error, bool retryable, int httpStatus, QNetworkReply::NetworkError netError, QNetworkReply *reply)
{
    m_error = error;
    if (retryable && m_retries < m_session->retryPolicy.maxRetries) {
        RetryPolicy::Hints hints = RetryPolicy::hintsFrom(
            httpStatus, netError, [reply](const QByteArray &name) { return reply->rawHeader(name); },
            m_session->clock->now());
        const std::optional<milliseconds> delay = m_session->retryPolicy.delayFor(m_retries, hints);
        if (delay) {
            ++m_retries;
            m_session->clock->callLater(*delay, this, [this] { attempt(); });
            return;
        }
    }
    finish();
}

void ApiCall::sendNext(RequestSpec spec)
{
    m_spec = std::move(spec);
    m_retries = 0;
    attempt();
}

void ApiCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_session->health.note(m_error, m_session->clock->now()) && m_session->healthChanged)
        m_session->healthChanged();
    emitFinished();
}

} // namespace Dailies::Api
