// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/jobwaiter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTimer>

#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/api/videoapiclient.h"
#include "core/util/filenames.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Dailies::Cli
{

namespace
{

qint64 nowMs()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer.elapsed();
}

} // namespace

JobWaiter::JobWaiter(CliContext *context, Api::VideoApiClient *client, Options options, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_client(client)
    , m_options(std::move(options))
{
}

void JobWaiter::add(const Api::Video &video)
{
    Job job;
    job.video = video;
    m_jobs.append(job);
}

void JobWaiter::start()
{
    m_remaining = int(m_jobs.size());
    if (m_remaining == 0) {
        Q_EMIT finished(ExitOk);
        return;
    }
    for (int i = 0; i < m_jobs.size(); ++i) {
        m_jobs[i].startedMs = m_jobs[i].lastChangeMs = nowMs();
        onUpdate(i, m_jobs[i].video, std::nullopt);
    }
}

void JobWaiter::showProgress(const Job &job)
{
    const qint64 elapsed = (nowMs() - job.startedMs) / 1000;
    const QString line = u"%1  %2  %3%  %4:%5"_s.arg(job.video.id, job.video.statusText.leftJustified(11))
                             .arg(job.video.progress, 3)
                             .arg(elapsed / 60, 2, 10, QChar(u'0'))
                             .arg(elapsed % 60, 2, 10, QChar(u'0'));
    if (m_context->stderrIsTerminal())
        m_context->err() << u'\r' << line << u"\x1b[K"_s << Qt::flush;
    else
        m_context->err() << line << Qt::endl;
}

void JobWaiter::onUpdate(int index, const Api::Video &video, std::optional<milliseconds> pollAfter)
{
    Job &job = m_jobs[index];
    job.video = video;
    job.consecutivePollErrors = 0;
    if (video.progress != job.lastProgress || video.statusText != job.lastStatus) {
        job.lastChangeMs = nowMs();
        job.lastProgress = video.progress;
        job.lastStatus = video.statusText;
        showProgress(job);
    }
    switch (video.status) {
    case Api::VideoStatus::Completed:
        if (m_context->stderrIsTerminal())
            m_context->err() << Qt::endl;
        if (m_options.download)
            download(index);
        else
            jobDone(index, ExitOk);
        return;
    case Api::VideoStatus::Failed: {
        if (m_context->stderrIsTerminal())
            m_context->err() << Qt::endl;
        QString text = tr("dailies: %1 failed: %2")
                           .arg(video.id, video.errorMessage.isEmpty() ? tr("no reason given") : video.errorMessage);
        if (!video.errorCode.isEmpty())
            text += u" ("_s + video.errorCode + u')';
        if (video.errorCode == "moderation_blocked"_L1)
            text += u' '
                + tr("The provider's moderation refused it; reword the prompt (or change the image) and try again.");
        m_context->err() << text << Qt::endl;
        if (m_context->json())
            m_context->printJson(video.raw);
        jobDone(index, ExitFailure);
        return;
    }
    default:
        break;
    }
    if ((nowMs() - job.lastChangeMs) / 1000 >= m_options.stuckAfterSeconds) {
        if (m_context->stderrIsTerminal())
            m_context->err() << Qt::endl;
        m_context->err() << tr("dailies: %1 has stayed at %2 % (%3) for %4 s; the provider seems stuck. It may still "
                               "finish: check later with 'dailies videos get %1' and fetch it with 'dailies videos "
                               "download %1'.")
                                .arg(video.id)
                                .arg(video.progress)
                                .arg(video.statusText)
                                .arg(m_options.stuckAfterSeconds)
                         << Qt::endl;
        jobDone(index, ExitFailure);
        return;
    }
    schedulePoll(index, pollAfter);
}

void JobWaiter::schedulePoll(int index, std::optional<milliseconds> suggested)
{
    const Job &job = m_jobs.at(index);
    // Without a hint, poll about ten times over the time already waited: quick at first, calm for long jobs.
    const qint64 waited = nowMs() - job.startedMs;
    qint64 interval = suggested ? suggested->count() : std::clamp<qint64>(1000 + waited / 10, 1000, 10000);
    interval = std::clamp<qint64>(interval, 200, 30000);
    QTimer::singleShot(milliseconds(interval), this, [this, index] { poll(index); });
}

void JobWaiter::poll(int index)
{
    Api::VideoCall *call = m_client->retrieve(m_jobs.at(index).video.id);
    connect(call, &Api::VideoCall::finished, this, [this, index, call](const Api::VideoResult &result) {
        call->deleteLater();
        if (result.ok()) {
            onUpdate(index, result.video, result.meta.pollAfter);
            return;
        }
        Job &job = m_jobs[index];
        if (result.error.isTransport() && ++job.consecutivePollErrors < 5) {
            schedulePoll(index, result.error.retryAfter ? result.error.retryAfter : std::optional(milliseconds(2000)));
            return;
        }
        if (m_context->stderrIsTerminal())
            m_context->err() << Qt::endl;
        jobDone(index, m_context->reportError(result.error, tr("checking %1").arg(job.video.id)));
    });
}

void JobWaiter::download(int index)
{
    Job &job = m_jobs[index];
    QList<Api::ContentVariant> variants { Api::ContentVariant::Video, Api::ContentVariant::Thumbnail };
    if (m_options.spritesheet)
        variants << Api::ContentVariant::Spritesheet;
    const QString base = defaultClipBaseName(job.video.createdAt, job.video.prompt, job.video.id);
    job.downloadsPending = int(variants.size());
    for (Api::ContentVariant variant : variants) {
        const QString name = variant == Api::ContentVariant::Video ? base : base + u'.' + Api::toString(variant);
        Api::DownloadCall *call = m_client->download(job.video.id, variant, m_options.outputFolder, name);
        connect(call, &Api::DownloadCall::finished, this, [this, index, variant, call](const Api::DownloadResult &r) {
            call->deleteLater();
            Job &j = m_jobs[index];
            --j.downloadsPending;
            if (!r.ok()) {
                const int code = m_context->reportError(
                    r.error, tr("downloading the %1 of %2").arg(Api::toString(variant), j.video.id));
                if (variant == Api::ContentVariant::Video) {
                    m_exitCode = m_exitCode ? m_exitCode : code;
                }
            } else if (variant == Api::ContentVariant::Video) {
                if (m_context->json())
                    m_context->printJson(j.video.raw);
                else
                    m_context->out() << QDir::toNativeSeparators(r.filePath) << Qt::endl;
                m_context->err() << tr("saved %1 (%2 bytes)").arg(QDir::toNativeSeparators(r.filePath)).arg(r.bytes)
                                 << Qt::endl;
            }
            if (j.downloadsPending == 0)
                jobDone(index, ExitOk);
        });
    }
}

void JobWaiter::jobDone(int index, int exitCode)
{
    Job &job = m_jobs[index];
    if (job.done)
        return;
    job.done = true;
    if (exitCode != ExitOk && m_exitCode == ExitOk)
        m_exitCode = exitCode;
    if (--m_remaining == 0)
        Q_EMIT finished(m_exitCode);
}

} // namespace Dailies::Cli
