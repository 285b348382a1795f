// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include "core/api/video.h"

namespace Dailies::Api
{
class VideoApiClient;
}

namespace Dailies::Cli
{

class CliContext;

/**
 * Follows submitted jobs until each completes or fails, showing one progress line, then downloads each
 * finished clip (video and thumbnail) into the output folder. Polls at the interval the provider suggests
 * (`openai-poll-after-ms`), else one that grows with the time already waited. A job whose progress does not
 * move for `stuckAfterSeconds` is reported as stuck rather than waited for forever. Ends with finished(exitCode).
 * This is the in-memory stand-in for the durable job engine.
 */
class JobWaiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobWaiter)

public:
    struct Options {
        QString outputFolder;
        int stuckAfterSeconds = 600;
        bool download = true;
        bool spritesheet = false;
    };

    JobWaiter(CliContext *context, Api::VideoApiClient *client, Options options, QObject *parent = nullptr);
    ~JobWaiter() override = default;

    void add(const Api::Video &video);
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Job {
        Api::Video video;
        qint64 startedMs = 0;
        qint64 lastChangeMs = 0;
        int lastProgress = -1;
        QString lastStatus;
        bool done = false;
        int downloadsPending = 0;
        int consecutivePollErrors = 0;
    };

    void poll(int index);
    void schedulePoll(int index, std::optional<std::chrono::milliseconds> suggested);
    void onUpdate(int index, const Api::Video &video, std::optional<std::chrono::milliseconds> pollAfter);
    void download(int index);
    void jobDone(int index, int exitCode);
    void showProgress(const Job &job);

    CliContext *m_context;
    Api::VideoApiClient *m_client;
    Options m_options;
    QList<Job> m_jobs;
    int m_remaining = 0;
    int m_exitCode = 0;
};

} // namespace Dailies::Cli
