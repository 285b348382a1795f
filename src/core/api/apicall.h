// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>
#include <chrono>
#include <optional>

#include "core/api/apierror.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace Dailies::Api
{

class ProviderSession;

/// What the provider told us besides the body: kept for logs, sidecars and the job engine's polling.
struct ResponseMeta {
    int httpStatus = 0;
    QByteArray requestId; ///< x-request-id of the last answer
    QByteArray contentType;
    std::optional<std::chrono::milliseconds> pollAfter; ///< openai-poll-after-ms
    int attempts = 0; ///< requests sent, retries included
};

/// One field of a multipart/form-data body; a field with a filePath is streamed from that file.
struct MultipartField {
    QByteArray name;
    QByteArray value;
    QString filePath;
    QByteArray contentType;
};

/// Everything needed to send (and re-send) one HTTP request of the API.
struct RequestSpec {
    QByteArray method = "GET";
    QString path; ///< relative to the profile's base URL, e.g. "videos/ID"
    QUrlQuery query;
    std::optional<QByteArray> jsonBody;
    QList<MultipartField> multipart;
    QByteArray accept = "application/json";
    /// POSTs that create a billed job: never retried unless the answer proves nothing was created.
    bool createsResource = false;
    /// Longest silence (no bytes either way) before the attempt counts as timed out.
    std::chrono::milliseconds timeout { 60000 };
};

/**
 * One asynchronous API operation. It starts on its own from the event loop (so that connecting to its signals
 * right after the client returned it is always in time), retries by the profile's RetryPolicy, and ends with
 * exactly one `finished` signal of its concrete class, also after cancel(). The object is a child of the
 * VideoApiClient that made it; the receiver of `finished` may `deleteLater()` it.
 */
class ApiCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ~ApiCall() override;

    /// Aborts the request in flight (or the pending retry) and finishes with ApiError::Kind::Cancelled.
    /// Does nothing once finished.
    void cancel();
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] const ResponseMeta &meta() const { return m_meta; }
    /// Makes the call finish with `error` without sending anything (the client found bad input).
    /// Only effective before the call started.
    void failBeforeStart(const ApiError &error);

protected:
    ApiCall(ProviderSession *session, RequestSpec spec, QObject *parent);

    /// Sends a follow-up request (the next page) with a fresh retry budget.
    void sendNext(RequestSpec spec);

    enum class Outcome { Finished, Continuing };
    /// Called with a 2xx reply that finished without a transport error. Set error via setError().
    virtual Outcome handleSuccess(QNetworkReply *reply) = 0;
    /// Called for each new reply, before any data arrives (downloads connect readyRead here).
    virtual void replyCreated(QNetworkReply *reply);
    /// Lets a subclass change the request before it leaves (Range headers).
    virtual void prepareRequest(QNetworkRequest &request);
    /// Lets a subclass accept a non-2xx answer as success (a download whose part file is already complete).
    virtual bool treatAsSuccess(QNetworkReply *reply, int httpStatus);
    /// Whether an error found by handleSuccess() (truncated body) should be retried like a transport error.
    virtual bool isRetryableSuccessError(const ApiError &error) const;
    /// Whether the subclass reads the body itself as it arrives (a download); otherwise the call collects it,
    /// at most kMaxJsonBytes of it.
    [[nodiscard]] virtual bool streamsBody() const { return false; }
    /// Emits the concrete `finished(result)` signal.
    virtual void emitFinished() = 0;

    void setError(const ApiError &error) { m_error = error; }
    /// Aborts `reply` and ends the attempt with `error`; a retryable error is retried by the policy.
    void abortReply(QNetworkReply *reply, const ApiError &error, bool retryable);
    /// Forgets the retries taken so far (a download that made progress has earned a fresh budget).
    void resetRetries() { m_retries = 0; }
    [[nodiscard]] ProviderSession *session() const { return m_session; }
    [[nodiscard]] const RequestSpec &spec() const { return m_spec; }
    /// Reads the 2xx JSON body collected so far, checking type and size; returns the object or sets the error.
    [[nodiscard]] std::optional<QJsonObject> readJsonObject(QNetworkReply *reply);
    /// Reads a 2xx JSON body into `out` with `T::fromJson`; on failure sets the error and returns false.
    template<typename T>
    bool parseBody(QNetworkReply *reply, T &out)
    {
        const std::optional<QJsonObject> object = readJsonObject(reply);
        if (!object)
            return false;
        QString problem;
        std::optional<T> parsed = T::fromJson(*object, &problem);
        if (!parsed) {
            setError(ApiError::parse(problem, meta().httpStatus));
            return false;
        }
        out = std::move(*parsed);
        return true;
    }
    /// The largest JSON answer accepted (the largest list page is far below it). Reading stops as soon as an
    /// answer announces or delivers more.
    static constexpr qint64 kMaxJsonBytes = 32 * 1024 * 1024;

private:
    void start();
    void attempt();
    void send();
    void onFinished(QNetworkReply *reply);
    void onRedirected(QNetworkReply *reply, const QUrl &from, const QUrl &url);
    void retryOrFinish(const ApiError &error, bool retryable, int httpStatus, QNetworkReply::NetworkError netError,
        QNetworkReply *reply);
    void finish();
    [[nodiscard]] ApiError errorFromReply(QNetworkReply *reply, int status, const QByteArray &body) const;
    /// Moves what the reply holds into m_body, never past kMaxJsonBytes + 1; false when the answer is over the cap.
    bool collectBody(QNetworkReply *reply);
    void refuseOversizedAnswer(QNetworkReply *reply, qint64 announced);

    ProviderSession *m_session;
    RequestSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body; ///< the answer of the attempt in flight, collected as it arrives
    ApiError m_error;
    ResponseMeta m_meta;
    int m_retries = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
    std::optional<ApiError> m_abortReason;
    bool m_abortRetryable = false;
    bool m_bodyTruncated = false;
    std::optional<ApiError> m_earlyError;
};

} // namespace Dailies::Api
