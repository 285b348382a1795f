// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSet>

#include "cli/command.h"
#include "cli/jobwaiter.h"
#include "core/api/apierror.h"
#include "core/api/video.h"

namespace Dailies::Api
{
class VideoApiClient;
}

namespace Dailies::Cli
{

/// `dailies generate PROMPT …`: submits N variations, follows them and saves the clips.
class GenerateCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerateCommand)

public:
    GenerateCommand(CliContext *context, QObject *parent);
    ~GenerateCommand() override = default;

    [[nodiscard]] int parse(const QStringList &arguments) override;
    void start() override;

private:
    void submit(Api::VideoApiClient *client);
    void reconcile(Api::VideoApiClient *client, const QDateTime &sentAt, const Api::ApiError &error);
    void submissionDone();

    Api::CreateVideoRequest m_request;
    int m_variations = 1;
    bool m_wait = true;
    JobWaiter::Options m_waitOptions;
    JobWaiter *m_waiter = nullptr;
    int m_pendingSubmissions = 0;
    int m_exitCode = 0;
    QSet<QString> m_knownIds;
};

} // namespace Dailies::Cli
