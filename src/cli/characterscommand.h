// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace Dailies
{
struct CharacterRecord;
namespace Api
{
class VideoApiClient;
}
} // namespace Dailies

namespace Dailies::Cli
{

/// `dailies characters add NAME FILE.mp4 | list | get ID`: characters a provider made from a short clip, kept in
/// the library so that `generate --character ID` (and the studio) can use them offline.
class CharactersCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CharactersCommand)

public:
    CharactersCommand(CliContext *context, QObject *parent);
    ~CharactersCommand() override = default;

    [[nodiscard]] int parse(const QStringList &arguments) override;
    void start() override;

private:
    void add(Api::VideoApiClient *client);
    void get(Api::VideoApiClient *client);
    void list();
    void print(const CharacterRecord &character);

    QString m_action;
    QString m_name;
    QString m_file;
    QString m_id;
};

} // namespace Dailies::Cli
