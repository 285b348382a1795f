// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "core/api/video.h"

namespace Dailies::Api
{
class VideoApiClient;
}

class QCommandLineParser;

namespace Dailies::Cli
{

/// `dailies videos list|get|delete|download|remix`: the raw API, one operation per call.
class VideosCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideosCommand)

public:
    VideosCommand(CliContext *context, QObject *parent);
    ~VideosCommand() override = default;

    [[nodiscard]] int parse(const QStringList &arguments) override;
    void start() override;

private:
    void addOptions(QCommandLineParser &parser) const;
    /// The options of list and download; an exit code on a usage error, else -1.
    int parseListOrDownload(const QCommandLineParser &parser);
    void run(Api::VideoApiClient *client);
    void list(Api::VideoApiClient *client);
    void get(Api::VideoApiClient *client);
    void remove(Api::VideoApiClient *client);
    void download(Api::VideoApiClient *client);
    /// remix, edit or extend
    void remix(Api::VideoApiClient *client);
    void character(Api::VideoApiClient *client);
    void printVideo(const Api::Video &video);

    QString m_action;
    QString m_videoId;
    QString m_prompt; ///< the prompt; create-character: the name
    QString m_seconds;
    Api::ListQuery m_query;
    QList<Api::ContentVariant> m_variants;
    QString m_outputFolder;
    QString m_fileName;
    int m_pending = 0;
    int m_exitCode = 0;
};

} // namespace Dailies::Cli
