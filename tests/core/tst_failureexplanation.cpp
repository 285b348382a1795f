// SPDX-License-Identifier: GPL-3.0-or-later
// FailureExplanation (plain words and one action for every kind of failure) and ProviderHealth (the verdict the
// status bar shows), both fed with the errors the client and the engine really produce.
#include <QTest>

#include "core/api/apierror.h"
#include "core/api/providerhealth.h"
#include "core/jobs/failureexplanation.h"
#include "core/jobs/jobrecord.h"

using namespace Dailies;
using namespace Dailies::Api;
using namespace Qt::StringLiterals;
using Action = FailureExplanation::Action;
using Status = ProviderHealth::Status;

Q_DECLARE_METATYPE(Dailies::FailureExplanation::Action)
Q_DECLARE_METATYPE(Dailies::Api::ProviderHealth::Status)
Q_DECLARE_METATYPE(Dailies::Api::ApiError)
Q_DECLARE_METATYPE(Dailies::JobState)

namespace
{
ApiError apiError(int status, const QString &code, const QString &message = u"refused"_s)
{
    ApiError e;
    e.kind = ApiError::Kind::Api;
    e.httpStatus = status;
    e.code = code;
    e.message = message;
    e.requestId = "req_123";
    return e;
}

ApiError transport(ApiError::Kind kind)
{
    ApiError e;
    e.kind = kind;
    e.message = u"Connection refused"_s;
    return e;
}

const QDateTime kNow(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC);
} // namespace

class TestFailureExplanation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apiErrors_data();
    void apiErrors();
    void jobs_data();
    void jobs();
    void refusedPrompts_data();
    void refusedPrompts();
    void refusalsAreToldApart();
    void noProblemNoText();
    void detailIsTheProvidersWordsOnly();
    void health_data();
    void health();
    void healthRemembersContactAndRetry();
};

void TestFailureExplanation::apiErrors_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("headlineHas");
    QTest::addColumn<bool>("retries");

    ApiError limited = apiError(429, u"rate_limit_exceeded"_s);
    limited.retryAfter = std::chrono::seconds(30);
    ApiError param = apiError(400, u"invalid_value"_s);
    param.param = u"size"_s;
    ApiError down = transport(ApiError::Kind::Network);
    down.retryAfter = std::chrono::seconds(15);

    QTest::newRow("moderation") << apiError(400, u"moderation_blocked"_s) << Action::Reword << u"moderation"_s << false;
    QTest::newRow("sentinel") << apiError(400, u"sentinel_block"_s) << Action::Reword << u"refused the prompt"_s
                              << false;
    QTest::newRow("content policy") << apiError(400, u"content_policy_violation"_s) << Action::Reword
                                    << u"content policy"_s << false;
    QTest::newRow("401") << apiError(401, u"invalid_api_key"_s) << Action::OpenProfile << u"API key"_s << false;
    QTest::newRow("403 without code") << apiError(403, {}) << Action::OpenProfile << u"API key"_s << false;
    QTest::newRow("quota") << apiError(429, u"insufficient_quota"_s) << Action::CheckBilling << u"quota"_s << false;
    QTest::newRow("rate limit") << limited << Action::Wait << u"slow down"_s << true;
    QTest::newRow("network") << down << Action::Wait << u"reached"_s << true;
    QTest::newRow("timeout") << transport(ApiError::Kind::Timeout) << Action::Wait << u"reached"_s << false;
    QTest::newRow("500") << apiError(500, u"server_error"_s) << Action::Retry << u"trouble"_s << false;
    QTest::newRow("bad size") << param << Action::ChangeSettings << u"'size'"_s << false;
    QTest::newRow("config") << ApiError::config(u"no key"_s) << Action::OpenProfile << u"profile"_s << false;
}

void TestFailureExplanation::apiErrors()
{
    QFETCH(ApiError, error);
    QFETCH(Action, action);
    QFETCH(QString, headlineHas);
    QFETCH(bool, retries);

    const FailureExplanation e = FailureExplanation::explain(error, kNow);
    QCOMPARE(e.action, action);
    QVERIFY2(e.headline.contains(headlineHas), qPrintable(e.headline));
    QVERIFY(!e.advice.isEmpty());
    QCOMPARE(e.retryAt.isValid(), retries);
    if (retries) {
        QVERIFY(e.retryAt > kNow);
        QVERIFY2(e.advice.contains(QLocale().toString(e.retryAt.toLocalTime().time(), QLocale::LongFormat)),
            qPrintable(e.advice));
    }
    QCOMPARE(e.requestId, QString::fromLatin1(error.requestId));
    const QString text = e.toText();
    QVERIFY(text.startsWith(e.headline));
    if (!e.requestId.isEmpty())
        QVERIFY(text.contains(u"req_123"_s));
}

void TestFailureExplanation::jobs_data()
{
    QTest::addColumn<JobState>("state");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("waitSeconds");
    QTest::addColumn<Action>("action");

    // The messages are what ApiError::toString() and the engine really record.
    QTest::newRow("moderated at create") << JobState::Failed << u"api"_s << u"moderation_blocked"_s
                                         << u"Blocked (400, moderation_blocked)"_s << 0 << Action::Reword;
    QTest::newRow("moderated half-way") << JobState::Failed << u"job"_s << u"moderation_blocked"_s
                                        << u"The job failed"_s << 0 << Action::Reword;
    QTest::newRow("key refused, queue held")
        << JobState::Waiting << u"api"_s << u"invalid_api_key"_s << u"Incorrect API key (401, invalid_api_key)"_s << 0
        << Action::OpenProfile;
    QTest::newRow("Azure 401 by status only")
        << JobState::Waiting << u"http"_s << QString() << u"Access denied (401)"_s << 0 << Action::OpenProfile;
    QTest::newRow("quota") << JobState::Waiting << u"api"_s << u"insufficient_quota"_s << u"Quota (429)"_s << 0
                           << Action::CheckBilling;
    QTest::newRow("rate limited, waiting") << JobState::Waiting << u"api"_s << u"rate_limit_exceeded"_s
                                           << u"Slow down (429, rate_limit_exceeded)"_s << 40 << Action::Wait;
    QTest::newRow("unreachable, waiting")
        << JobState::Waiting << u"network"_s << QString() << u"Could not reach the provider"_s << 10 << Action::Wait;
    QTest::newRow("lost create") << JobState::NeedsAttention << u"lost_create"_s << QString() << u"lost"_s << 0
                                 << Action::CheckRemote;
    QTest::newRow("stuck") << JobState::NeedsAttention << u"stuck"_s << QString() << u"no progress"_s << 0
                           << Action::Retry;
    QTest::newRow("expired") << JobState::Expired << u"api"_s << QString() << u"Not found (404)"_s << 0
                             << Action::Retry;
    QTest::newRow("disk full") << JobState::Downloading << u"io"_s << QString() << u"No space left"_s << 5
                               << Action::FreeSpace;
    QTest::newRow("failed remotely") << JobState::Failed << u"job"_s << u"internal_error"_s << u"failed"_s << 0
                                     << Action::Retry;
    QTest::newRow("failed without words")
        << JobState::Failed << QString() << QString() << QString() << 0 << Action::Retry;
}

void TestFailureExplanation::jobs()
{
    QFETCH(JobState, state);
    QFETCH(QString, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(int, waitSeconds);
    QFETCH(Action, action);

    JobRecord job;
    job.state = state;
    if (!kind.isEmpty() || !code.isEmpty() || !message.isEmpty())
        job.setError(kind, code, message, u"req_9"_s);
    if (waitSeconds)
        job.notBefore = kNow.addSecs(waitSeconds);
    const FailureExplanation e = FailureExplanation::explain(job, kNow);
    QCOMPARE(e.action, action);
    QVERIFY(!e.headline.isEmpty());
    QCOMPARE(e.detail, message);
    QCOMPARE(e.retryAt.isValid(), waitSeconds > 0);
    if (!message.isEmpty())
        QVERIFY(e.toText().contains(u"req_9"_s));
}

void TestFailureExplanation::refusedPrompts_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("atCreate"); // the create's answer (400) rather than a failed job
    QTest::addColumn<QString>("headlineHas");
    QTest::addColumn<QString>("billing");

    const QString notBilled = u"not billed"_s;
    const QString mayBeBilled = u"may still be billed"_s;
    const QString sentinel = u"sentinel_block"_s;
    const QString policy = u"content_policy_violation"_s;
    const QString moderation = u"moderation_blocked"_s;
    // sentinel_block refuses the prompt before anything is generated, wherever it is reported.
    QTest::newRow("sentinel, create") << sentinel << true << u"before generating"_s << notBilled;
    QTest::newRow("sentinel, job") << sentinel << false << u"before generating"_s << notBilled;
    QTest::newRow("content policy, create") << policy << true << u"content policy"_s << notBilled;
    QTest::newRow("content policy, job") << policy << false << u"content policy"_s << mayBeBilled;
    QTest::newRow("moderation, create") << moderation << true << u"moderation"_s << notBilled;
    QTest::newRow("moderation, job") << moderation << false << u"moderation"_s << mayBeBilled;
}

void TestFailureExplanation::refusedPrompts()
{
    QFETCH(QString, code);
    QFETCH(bool, atCreate);
    QFETCH(QString, headlineHas);
    QFETCH(QString, billing);

    // Fed the way the engine and the client feed it: the create's ApiError, and the job as the engine records it
    // (kind "api" with ApiError::toString() for a refused create, kind "job" with the video's error for a failed job).
    const ApiError refused = apiError(400, code, u"Your request was refused."_s);
    JobRecord job;
    job.state = JobState::Failed;
    if (atCreate)
        job.setError(u"api"_s, code, refused.toString(), u"req_123"_s);
    else
        job.setError(u"job"_s, code, u"Your video was refused."_s, u"req_123"_s);
    QList<FailureExplanation> explained { FailureExplanation::explain(job, kNow) };
    if (atCreate)
        explained << FailureExplanation::explain(refused, kNow);
    for (const FailureExplanation &e : std::as_const(explained)) {
        QCOMPARE(e.action, Action::Reword); // the window shows "Edit the Prompt"
        QVERIFY2(e.headline.contains(headlineHas), qPrintable(e.headline));
        QVERIFY2(e.advice.contains(billing), qPrintable(e.advice));
        // Not a bad setting: no advice to change the model or the size.
        QVERIFY2(!e.advice.contains(u"model"_s) && !e.advice.contains(u"size"_s), qPrintable(e.advice));
        QVERIFY(e.advice.contains(u"again"_s));
        QVERIFY(!e.retryAt.isValid());
        QCOMPARE(e.requestId, u"req_123"_s);
    }
}

void TestFailureExplanation::refusalsAreToldApart()
{
    QSet<QString> headlines;
    for (const QString &code : { u"sentinel_block"_s, u"content_policy_violation"_s, u"moderation_blocked"_s })
        headlines.insert(FailureExplanation::explain(apiError(400, code), kNow).headline);
    headlines.insert(FailureExplanation::explain(apiError(400, u"invalid_value"_s), kNow).headline);
    QCOMPARE(headlines.size(), 4);
}

void TestFailureExplanation::noProblemNoText()
{
    JobRecord done;
    done.state = JobState::Completed;
    QVERIFY(FailureExplanation::explain(done, kNow).isEmpty());
    JobRecord running;
    running.state = JobState::InProgress;
    QVERIFY(FailureExplanation::explain(running, kNow).isEmpty());
    QVERIFY(FailureExplanation::explain(ApiError {}, kNow).toText().isEmpty());
    QVERIFY(FailureExplanation::explain(ApiError::cancelled(), kNow).isEmpty());
}

void TestFailureExplanation::detailIsTheProvidersWordsOnly()
{
    // What the engine records is ApiError::toString(): advice and request id appended to the provider's words.
    ApiError blocked = apiError(400, u"moderation_blocked"_s, u"Your request was blocked."_s);
    blocked.requestId = "req_77";
    JobRecord job;
    job.state = JobState::Failed;
    job.setError(u"api"_s, blocked.code, blocked.toString(), u"req_77"_s);
    const FailureExplanation e = FailureExplanation::explain(job, kNow);
    QCOMPARE(e.detail, u"Your request was blocked. (400, moderation_blocked)"_s);
    QCOMPARE(e.requestId, u"req_77"_s);
    QCOMPARE(e.toText().count(u"req_77"_s), 1);
}

void TestFailureExplanation::health_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<Status>("status");
    QTest::addColumn<bool>("counts");

    QTest::newRow("success") << ApiError {} << Status::Healthy << true;
    QTest::newRow("404 still proves it is up") << apiError(404, u"not_found"_s) << Status::Healthy << true;
    QTest::newRow("400 too") << apiError(400, u"invalid_value"_s) << Status::Healthy << true;
    QTest::newRow("429") << apiError(429, u"rate_limit_exceeded"_s) << Status::RateLimited << true;
    QTest::newRow("quota") << apiError(429, u"insufficient_quota"_s) << Status::QuotaExhausted << true;
    QTest::newRow("401") << apiError(401, u"invalid_api_key"_s) << Status::KeyRefused << true;
    QTest::newRow("502") << apiError(502, u"cf_bad_gateway"_s) << Status::ServerTrouble << true;
    QTest::newRow("garbage") << ApiError::parse(u"not JSON"_s, 200) << Status::ServerTrouble << true;
    QTest::newRow("refused") << transport(ApiError::Kind::Network) << Status::Unreachable << true;
    QTest::newRow("circuit open") << transport(ApiError::Kind::CircuitOpen) << Status::Unreachable << true;
    QTest::newRow("cancel says nothing") << ApiError::cancelled() << Status::Unknown << false;
    QTest::newRow("local refusal says nothing")
        << ApiError::invalidInput(u"prompt"_s, u"empty"_s) << Status::Unknown << false;
    QTest::newRow("disk says nothing") << ApiError::io(u"full"_s) << Status::Unknown << false;
}

void TestFailureExplanation::health()
{
    QFETCH(ApiError, error);
    QFETCH(Status, status);
    QFETCH(bool, counts);

    ProviderHealth health;
    QCOMPARE(health.note(error, kNow), counts);
    QCOMPARE(health.status, status);
    QCOMPARE(health.isProblem(), status != Status::Unknown && status != Status::Healthy);
    QCOMPARE(health.detail.isEmpty(), !health.isProblem());
    QVERIFY(!health.summary().isEmpty());
    if (counts)
        QCOMPARE(health.since, kNow);
}

void TestFailureExplanation::healthRemembersContactAndRetry()
{
    ProviderHealth health;
    QVERIFY(health.note(ApiError {}, kNow));
    QCOMPARE(health.lastContact, kNow);
    QVERIFY(!health.note(ApiError {}, kNow.addSecs(1))); // the same verdict is no change
    QCOMPARE(health.since, kNow);
    QCOMPARE(health.lastContact, kNow.addSecs(1));

    ApiError down = transport(ApiError::Kind::Network);
    down.retryAfter = std::chrono::seconds(20);
    QVERIFY(health.note(down, kNow.addSecs(5)));
    QCOMPARE(health.status, Status::Unreachable);
    QCOMPARE(health.lastContact, kNow.addSecs(1)); // not heard from
    QCOMPARE(health.retryAt, kNow.addSecs(25));
    QVERIFY(health.summary().contains(QLocale().toString(health.retryAt.toLocalTime().time(), QLocale::ShortFormat)));

    QVERIFY(health.note(ApiError {}, kNow.addSecs(30)));
    QCOMPARE(health.status, Status::Healthy);
    QVERIFY(!health.retryAt.isValid());
    QCOMPARE(health.since, kNow.addSecs(30));
}

QTEST_GUILESS_MAIN(TestFailureExplanation)
#include "tst_failureexplanation.moc"
