// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "core/api/providerprofile.h"

namespace Dailies::Cli
{

/// `dailies profiles list|add|remove|default`: provider profiles (their keys go through `dailies key`).
class ProfilesCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesCommand)

public:
    ProfilesCommand(CliContext *context, QObject *parent);
    ~ProfilesCommand() override = default;

    [[nodiscard]] int parse(const QStringList &arguments) override;
    void start() override;

private:
    QString m_action;
    QString m_name;
    Api::ProviderProfile m_profile;
};

} // namespace Dailies::Cli
