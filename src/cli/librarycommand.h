// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace Dailies::Cli
{

/// `dailies library search|rebuild|export|import-remote`: the clips in the library folder.
class LibraryCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryCommand)

public:
    LibraryCommand(CliContext *context, QObject *parent);
    ~LibraryCommand() override = default;

    [[nodiscard]] int parse(const QStringList &arguments) override;
    void start() override;

private:
    void search();
    void exportClips();
    void importRemote();

    QString m_action;
    QStringList m_arguments;
    QString m_destination;
    int m_limit = 50;
};

} // namespace Dailies::Cli
