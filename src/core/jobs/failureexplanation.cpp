// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/failureexplanation.h"

#include <QLocale>
#include <QRegularExpression>

#include "core/api/apierror.h"
#include "core/jobs/jobrecord.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

/// What kind of trouble a recorded error is, from the fields a job keeps (kind, code, message).
enum class Trouble {
    None,
    PromptRefused,
    ContentPolicy,
    Moderation,
    Auth,
    Quota,
    RateLimit,
    Transport,
    Server,
    BadSetting,
    Lost,
    Stuck,
    Gone,
    Io,
    Config,
    Failed
};

int statusIn(const QString &message)
{
    // ApiError::toString() ends with "(<status>, <code>…)"; the job keeps only that text.
    static const QRegularExpression status(u"\\((\\d{3})[,)]"_s);
    const QRegularExpressionMatch match = status.match(message);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

Trouble classify(const QString &kind, const QString &code, int httpStatus)
{
    // Refusals of the content come first: they arrive as a 400 or as a failed job, and neither is a bad setting.
    if (code == "sentinel_block"_L1)
        return Trouble::PromptRefused;
    if (code == "content_policy_violation"_L1)
        return Trouble::ContentPolicy;
    if (code == "moderation_blocked"_L1)
        return Trouble::Moderation;
    if (code == "insufficient_quota"_L1 || code == "billing_hard_limit_reached"_L1)
        return Trouble::Quota;
    if (httpStatus == 401 || httpStatus == 403 || code == "invalid_api_key"_L1 || code == "invalid_authentication"_L1
        || code == "unauthorized"_L1)
        return Trouble::Auth;
    if (httpStatus == 429 || code == "rate_limit_exceeded"_L1)
        return Trouble::RateLimit;
    if (kind == "network"_L1 || kind == "timeout"_L1 || kind == "circuit_open"_L1)
        return Trouble::Transport;
    if (kind == "lost_create"_L1)
        return Trouble::Lost;
    if (kind == "stuck"_L1)
        return Trouble::Stuck;
    if (kind == "gone"_L1)
        return Trouble::Gone;
    if (kind == "io"_L1)
        return Trouble::Io;
    if (kind == "config"_L1)
        return Trouble::Config;
    if (kind == "parse"_L1 || httpStatus >= 500)
        return Trouble::Server;
    if (kind == "invalid_input"_L1 || (httpStatus >= 400 && httpStatus < 500))
        return Trouble::BadSetting;
    if (kind.isEmpty() && code.isEmpty())
        return Trouble::None;
    return Trouble::Failed;
}

/// The provider's own words from a recorded message: without the request id and the advice that
/// ApiError::toString() appends (the explanation gives both separately).
QString providerWords(QString message, const QString &requestId)
{
    if (!requestId.isEmpty())
        message.remove(u' ' + QCoreApplication::translate("Dailies::Api::ApiError", "[request %1]").arg(requestId));
    for (const char *advice : { QT_TRANSLATE_NOOP("Dailies::Api::ApiError",
                                    "The provider's moderation refused this prompt or image; reword it and try again."),
             QT_TRANSLATE_NOOP("Dailies::Api::ApiError",
                 "The account's quota or billing limit is used up; retrying will not help.") }) {
        message.remove(u' ' + QCoreApplication::translate("Dailies::Api::ApiError", advice));
    }
    return message.trimmed();
}

QString clockTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().time(), QLocale::LongFormat);
}

/// Where a refusal came from: the answer to the request (nothing was made) or the job on the provider.
enum class Stage { Request, Job };

/// Whether a refused take costs anything, in words.
QString billing(Trouble trouble, Stage stage)
{
    if (trouble == Trouble::PromptRefused || stage == Stage::Request)
        return FailureExplanation::tr("Nothing was made, so it was not billed.");
    return FailureExplanation::tr("It stopped on the provider and may still be billed.");
}

void describe(FailureExplanation &e, Trouble trouble, const QString &param, Stage stage)
{
    using Action = FailureExplanation::Action;
    switch (trouble) {
    case Trouble::None:
        return;
    case Trouble::PromptRefused:
        e.headline = FailureExplanation::tr("The provider refused the prompt before generating anything.");
        e.advice = billing(trouble, stage) + u' '
            + FailureExplanation::tr("Reword the prompt (say it differently, drop names of real people and brands) "
                                     "and send it again.");
        e.action = Action::Reword;
        return;
    case Trouble::ContentPolicy:
        e.headline = FailureExplanation::tr("The prompt or the reference image goes against the provider's content "
                                            "policy.");
        e.advice = billing(trouble, stage) + u' '
            + FailureExplanation::tr("Change what the policy forbids: real people or public figures, copyrighted "
                                     "characters or music, graphic content, a face in the reference image; then "
                                     "generate again.");
        e.action = Action::Reword;
        return;
    case Trouble::Moderation:
        e.headline = FailureExplanation::tr("The provider's moderation blocked this take.");
        e.advice = billing(trouble, stage) + u' '
            + FailureExplanation::tr(
                "Reword the prompt (or use another reference image): avoid real people, public figures, "
                "copyrighted characters and graphic content, then generate again.");
        e.action = Action::Reword;
        return;
    case Trouble::Auth:
        e.headline = FailureExplanation::tr("The provider refused the API key.");
        e.advice = FailureExplanation::tr(
            "Open the provider's profile in Settings, enter a valid key and test the connection; then resume the "
            "queue.");
        e.action = Action::OpenProfile;
        return;
    case Trouble::Quota:
        e.headline = FailureExplanation::tr("The account's quota or billing limit is used up.");
        e.advice = FailureExplanation::tr(
            "Retrying cannot help: the queue stopped sending. Raise the limit or add credit with the provider, then "
            "resume the queue.");
        e.action = Action::CheckBilling;
        return;
    case Trouble::RateLimit:
        e.headline = FailureExplanation::tr("The provider asked us to slow down (rate limit).");
        e.advice = e.retryAt.isValid()
            ? FailureExplanation::tr("Nothing to do: it will be sent again at %1.").arg(clockTime(e.retryAt))
            : FailureExplanation::tr("Nothing to do: it will be sent again shortly.");
        e.action = Action::Wait;
        return;
    case Trouble::Transport:
        e.headline = FailureExplanation::tr("The provider could not be reached.");
        e.advice = e.retryAt.isValid()
            ? FailureExplanation::tr("Check the network connection; the next attempt is at %1.")
                  .arg(clockTime(e.retryAt))
            : FailureExplanation::tr("Check the network connection and the profile's address; it will try again.");
        e.action = Action::Wait;
        return;
    case Trouble::Server:
        e.headline = FailureExplanation::tr("The provider had trouble answering.");
        e.advice = e.retryAt.isValid()
            ? FailureExplanation::tr("This is on the provider's side; the next attempt is at %1.")
                  .arg(clockTime(e.retryAt))
            : FailureExplanation::tr("This is on the provider's side; retry the take later.");
        e.action = e.retryAt.isValid() ? Action::Wait : Action::Retry;
        return;
    case Trouble::BadSetting:
        e.headline = param.isEmpty() ? FailureExplanation::tr("The provider refused the request.")
                                     : FailureExplanation::tr("The provider refused the setting '%1'.").arg(param);
        e.advice = FailureExplanation::tr(
            "Change the model, size, duration or reference image to one this provider takes, then generate again.");
        e.action = Action::ChangeSettings;
        return;
    case Trouble::Lost:
        e.headline = FailureExplanation::tr("The answer to this take's request was lost.");
        e.advice = FailureExplanation::tr(
            "It may or may not have been made (and billed). Look at the provider's video list first; retry only if "
            "it is not there.");
        e.action = Action::CheckRemote;
        return;
    case Trouble::Stuck:
        e.headline = FailureExplanation::tr("This take stopped making progress on the provider.");
        e.advice = FailureExplanation::tr("Cancel it and retry, or keep waiting if the provider is busy.");
        e.action = Action::Retry;
        return;
    case Trouble::Gone:
        e.headline = FailureExplanation::tr("The provider no longer has this take.");
        e.advice
            = FailureExplanation::tr("Its files expired or were deleted before they were saved; generate it again.");
        e.action = Action::Retry;
        return;
    case Trouble::Io:
        e.headline = FailureExplanation::tr("The clip could not be saved on this computer.");
        e.advice = FailureExplanation::tr(
            "Free some space or choose another library folder; the take keeps its place and is saved again.");
        e.action = Action::FreeSpace;
        return;
    case Trouble::Config:
        e.headline = FailureExplanation::tr("The provider's profile cannot be used as it is.");
        e.advice = FailureExplanation::tr("Open the profile in Settings and check its address and key.");
        e.action = Action::OpenProfile;
        return;
    case Trouble::Failed:
        e.headline = FailureExplanation::tr("The provider could not make this take.");
        e.advice = FailureExplanation::tr("Retry it; if it fails again, change the prompt or settings.");
        e.action = Action::Retry;
        return;
    }
}

} // namespace

QString FailureExplanation::toText() const
{
    if (isEmpty())
        return {};
    QStringList parts { headline, advice };
    if (!detail.isEmpty())
        parts << tr("Provider said: %1").arg(detail);
    if (!requestId.isEmpty())
        parts << tr("Request id: %1").arg(requestId);
    parts.removeAll(QString());
    return parts.join(u' ');
}

FailureExplanation FailureExplanation::explain(const Api::ApiError &error, const QDateTime &now)
{
    FailureExplanation e;
    if (!error.isError() || error.kind == Api::ApiError::Kind::Cancelled)
        return e;
    e.detail = error.message;
    e.requestId = QString::fromLatin1(error.requestId);
    if (error.retryAfter && (error.isRateLimited() || error.isTransport() || error.httpStatus >= 500))
        e.retryAt = now.addMSecs(error.retryAfter->count());
    describe(
        e, classify(Api::ApiError::kindName(error.kind), error.code, error.httpStatus), error.param, Stage::Request);
    return e;
}

FailureExplanation FailureExplanation::explain(const JobRecord &job, const QDateTime &now)
{
    FailureExplanation e;
    if (job.state == JobState::Completed || job.state == JobState::Cancelled)
        return e;
    if (job.errorKind.isEmpty() && job.errorCode.isEmpty() && job.errorMessage.isEmpty()) {
        if (job.state == JobState::Failed)
            describe(e, Trouble::Failed, {}, Stage::Job);
        return e;
    }
    e.requestId = job.requestId;
    e.detail = providerWords(job.errorMessage, job.requestId);
    if (!isTerminal(job.state) && job.notBefore.isValid() && job.notBefore > now)
        e.retryAt = job.notBefore;
    Trouble trouble = classify(job.errorKind, job.errorCode, statusIn(job.errorMessage));
    if (job.state == JobState::Expired)
        trouble = Trouble::Gone;
    // The engine records the provider's failed job as kind "job"; anything else was an answer to a request.
    describe(e, trouble, {}, job.errorKind == "job"_L1 ? Stage::Job : Stage::Request);
    return e;
}

} // namespace Dailies
