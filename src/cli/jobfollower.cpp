// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/jobfollower.h"

#include <QDir>
#include <QTimer>

#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/jobs/failureexplanation.h"
#include "core/jobs/jobengine.h"
#include "core/library/library.h"

using namespace Qt::StringLiterals;

namespace Dailies::Cli
{

JobFollower::JobFollower(
    CliContext *context, JobEngine *engine, QList<qint64> ids, bool untilSubmitted, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_engine(engine)
    , m_ids(ids.cbegin(), ids.cend())
    , m_open(m_ids)
    , m_untilSubmitted(untilSubmitted)
{
}

void JobFollower::start()
{
    m_clock.start();
    connect(m_engine, &JobEngine::jobChanged, this, &JobFollower::onChanged);
    connect(m_engine, &JobEngine::jobFinished, this, &JobFollower::onFinished);
    connect(m_engine, &JobEngine::notice, this, [this](const QString &text) {
        if (text.contains(tr("The queue is paused")))
            done(ExitApi); // an expired key or quota: waiting would not help
    });
    // Jobs can already be over (a retry of a finished job, a quick provider).
    for (qint64 id : m_ids) {
        if (const auto job = m_engine->job(id); job && isTerminal(job->state))
            onFinished(id);
    }
    check();
}

void JobFollower::onChanged(qint64 id)
{
    if (!m_open.contains(id))
        return;
    const std::optional<JobRecord> job = m_engine->job(id);
    if (!job)
        return;
    const qint64 elapsed = m_clock.elapsed() / 1000;
    const QString line = u"job %1  %2  %3  %4%  %5:%6"_s.arg(job->id)
                             .arg(job->remoteId.isEmpty() ? u"-"_s : job->remoteId)
                             .arg(toString(job->state).leftJustified(11))
                             .arg(job->progress, 3)
                             .arg(elapsed / 60, 2, 10, QChar(u'0'))
                             .arg(elapsed % 60, 2, 10, QChar(u'0'));
    if (m_context->stderrIsTerminal())
        m_context->err() << u'\r' << line << u"\x1b[K"_s << Qt::flush;
    else
        m_context->err() << line << Qt::endl;
    // A provider that keeps refusing the connection: the job stays queued on disk, this command stops waiting.
    if (job->state == JobState::Waiting && job->attempts >= 3
        && (job->errorKind == "network"_L1 || job->errorKind == "timeout"_L1 || job->errorKind == "circuit_open"_L1)) {
        m_context->err() << Qt::endl
                         << tr("dailies: job %1 cannot reach its provider (%2). It stays queued; 'dailies queue run' "
                               "picks it up later.")
                                .arg(id)
                                .arg(job->errorMessage)
                         << Qt::endl;
        m_open.remove(id);
        m_exitCode = m_exitCode ? m_exitCode : ExitNetwork;
    }
    if (m_untilSubmitted && !job->remoteId.isEmpty()) {
        m_context->err() << Qt::endl;
        if (m_context->json())
            m_context->printJson(job->response);
        else
            m_context->out() << job->remoteId << Qt::endl;
        m_open.remove(id);
    }
    check();
}

void JobFollower::onFinished(qint64 id)
{
    if (!m_open.contains(id))
        return;
    m_open.remove(id);
    const std::optional<JobRecord> job = m_engine->job(id);
    if (m_context->stderrIsTerminal())
        m_context->err() << Qt::endl;
    if (!job) {
        check();
        return;
    }
    if (job->state == JobState::Completed) {
        const std::optional<ClipRecord> clip = m_context->library()->clip(job->clipId);
        if (m_context->json())
            m_context->printJson(job->response);
        else if (clip)
            m_context->out() << QDir::toNativeSeparators(clip->videoPath) << Qt::endl;
        if (clip)
            m_context->err()
                << tr("saved %1 (%2 bytes)").arg(QDir::toNativeSeparators(clip->videoPath)).arg(clip->videoBytes)
                << Qt::endl;
    } else {
        QString text = tr("dailies: job %1 %2: %3").arg(id).arg(toString(job->state), job->errorMessage);
        if (!job->errorCode.isEmpty())
            text += u" ("_s + job->errorCode + u')';
        // The same words as the studio's banner: what was refused, whether it was billed, what to change.
        const FailureExplanation why = FailureExplanation::explain(*job, QDateTime::currentDateTimeUtc());
        if (why.action == FailureExplanation::Action::Reword)
            text += u' ' + why.headline + u' ' + why.advice;
        if (job->state == JobState::NeedsAttention)
            text += u' ' + tr("See 'dailies queue list'; 'dailies queue retry %1' sends it again.").arg(id);
        m_context->err() << text << Qt::endl;
        int code = ExitFailure;
        if (job->state == JobState::Failed
            && (job->errorKind == "api"_L1 || job->errorKind == "http"_L1 || job->errorKind == "parse"_L1))
            code = ExitApi;
        m_exitCode = m_exitCode ? m_exitCode : code;
    }
    check();
}

void JobFollower::check()
{
    if (m_open.isEmpty())
        done(m_exitCode);
}

void JobFollower::done(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

} // namespace Dailies::Cli
