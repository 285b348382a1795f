// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace Dailies::Cli
{

/// `dailies key set|remove PROFILE`: the API key of a profile in the system keychain (read from stdin).
class KeyCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyCommand)

public:
    KeyCommand(CliContext *context, QObject *parent);
    ~KeyCommand() override = default;

    [[nodiscard]] int parse(const QStringList &arguments) override;
    void start() override;

private:
    QString m_action;
    QString m_profile;
    QString m_key;
};

} // namespace Dailies::Cli
