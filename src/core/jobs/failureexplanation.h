// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Dailies
{
struct JobRecord;
namespace Api
{
struct ApiError;
}

/**
 * A problem told in plain words for the studio window and the command line: what happened, what to do about it,
 * which single action helps most (the window turns it into a button), the provider's request id for support, and
 * when the engine will try again by itself.
 */
struct FailureExplanation {
    Q_DECLARE_TR_FUNCTIONS(Dailies::FailureExplanation)

public:
    enum class Action {
        None,
        Reword, ///< the prompt or image was refused (sentinel, content policy, moderation): edit and send again
        OpenProfile, ///< the key or the profile is wrong: open the provider settings
        Wait, ///< a rate limit or an unreachable provider: the engine retries by itself at `retryAt`
        CheckBilling, ///< quota or billing limit: retrying cannot help
        Retry, ///< the provider failed this take; sending it again may work
        CheckRemote, ///< the outcome is unknown: look at the provider's list before sending again
        FreeSpace, ///< a local file could not be written
        ChangeSettings, ///< the provider refused a setting (size, seconds, model)
    };

    QString headline; ///< one short sentence, e.g. "The prompt was blocked by moderation."
    QString advice; ///< what to do, one or two sentences
    QString detail; ///< the provider's own words, as recorded
    QString requestId;
    QDateTime retryAt; ///< when the engine tries again by itself; invalid when it will not
    Action action = Action::None;

    [[nodiscard]] bool isEmpty() const { return headline.isEmpty(); }
    /// headline, advice, detail and request id as one paragraph.
    [[nodiscard]] QString toText() const;

    /// Explains one API error (a call, a test connection).
    [[nodiscard]] static FailureExplanation explain(const Api::ApiError &error, const QDateTime &now);
    /// Explains why a job failed, needs attention or waits after an error; empty when it has no problem.
    [[nodiscard]] static FailureExplanation explain(const JobRecord &job, const QDateTime &now);
};

} // namespace Dailies
