// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>

class QCommandLineParser;

#include "cli/command.h"
#include "core/jobs/jobengine.h"

namespace Dailies::Cli
{

class JobFollower;

/// `dailies generate PROMPT …`, `dailies batch FILE`, `dailies edit ID PROMPT` and `dailies extend ID PROMPT`:
/// queue jobs through the engine, follow them, report.
class GenerateCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerateCommand)

public:
    enum class Mode { Prompt, Batch, Edit, Extend };
    GenerateCommand(Mode mode, CliContext *context, QObject *parent);
    ~GenerateCommand() override;

    [[nodiscard]] int parse(const QStringList &arguments) override;
    void start() override;

private:
    void addOptions(QCommandLineParser &parser) const;
    int parseFromSource(const QCommandLineParser &parser, const QStringList &positional, const QString &name);
    int parseBatch(const QCommandLineParser &parser, const QString &path);
    int parsePrompt(const QCommandLineParser &parser, const QString &prompt);
    void submitAll(JobEngine *engine);
    /// For edit and extend: the request from the source clip in the library (by clip id or video id), or from
    /// the video id alone when the library does not have it. False with a message when there is no such clip.
    bool resolveSource(JobEngine *engine);

    Mode m_mode;
    QList<JobEngine::SubmitRequest> m_requests;
    QString m_batchPath;
    QString m_source; ///< edit, extend: a clip id of the library or a video id
    bool m_skipInvalid = false;
    bool m_wait = true;
    int m_stuckAfterSeconds = 900;
    JobFollower *m_follower = nullptr;
};

} // namespace Dailies::Cli
