// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Dailies::Api
{
class VideoApiClient;
}

namespace Dailies::Bench
{

/**
 * The naive way to follow jobs, as the baseline of the requests-per-job benchmark: `GET /videos/{id}` for every
 * job every second (the first a second after the create) until it has finished, then the same three downloads the job
 * engine makes (video, thumbnail, spritesheet), one after the other. Emits finished() once per job.
 */
class FixedPollLoop final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FixedPollLoop)

public:
    FixedPollLoop(Api::VideoApiClient *client, QString downloadFolder, QObject *parent = nullptr);

    /// Starts following the job `remoteId`; the first look is a second later.
    void follow(const QString &remoteId);

Q_SIGNALS:
    void finished(const QString &remoteId, bool completed);

private:
    void poll(const QString &remoteId);
    void download(const QString &remoteId, int variant);

    Api::VideoApiClient *m_client;
    QString m_folder;
};

} // namespace Dailies::Bench
