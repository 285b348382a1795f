// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSet>

namespace Dailies
{
class JobEngine;
}

namespace Dailies::Cli
{

class CliContext;

/**
 * Shows the progress of some of the engine's jobs and ends, with an exit code, when all of them have ended (or,
 * with `untilSubmitted`, when all have reached the provider). A job that cannot reach its provider for a while is
 * left queued (it is on disk) and reported with the network exit code instead of being waited for forever.
 */
class JobFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobFollower)

public:
    JobFollower(CliContext *context, JobEngine *engine, QList<qint64> ids, bool untilSubmitted, QObject *parent);
    ~JobFollower() override = default;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onChanged(qint64 id);
    void onFinished(qint64 id);
    void check();
    void done(int exitCode);

    CliContext *m_context;
    JobEngine *m_engine;
    QSet<qint64> m_ids;
    QSet<qint64> m_open;
    bool m_untilSubmitted;
    int m_exitCode = 0;
    bool m_done = false;
    QElapsedTimer m_clock;
};

} // namespace Dailies::Cli
