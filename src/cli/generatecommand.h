// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>

#include "cli/command.h"
#include "core/jobs/jobengine.h"

namespace Dailies::Cli
{

class JobFollower;

/// `dailies generate PROMPT …` and `dailies batch FILE`: queue jobs through the engine, follow them, report.
class GenerateCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerateCommand)

public:
    enum class Mode { Prompt, Batch };
    GenerateCommand(Mode mode, CliContext *context, QObject *parent);
    ~GenerateCommand() override;

    [[nodiscard]] int parse(const QStringList &arguments) override;
    void start() override;

private:
    void submitAll(JobEngine *engine);

    Mode m_mode;
    QList<JobEngine::SubmitRequest> m_requests;
    QString m_batchPath;
    bool m_skipInvalid = false;
    bool m_wait = true;
    int m_stuckAfterSeconds = 900;
    JobFollower *m_follower = nullptr;
};

} // namespace Dailies::Cli
