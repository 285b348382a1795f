// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

namespace Dailies::Cli
{

/// `dailies queue list|run|pause|resume|cancel ID|retry ID|move ID POS`: the durable queue.
class QueueCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueCommand)

public:
    QueueCommand(CliContext *context, QObject *parent);
    ~QueueCommand() override = default;

    [[nodiscard]] int parse(const QStringList &arguments) override;
    void start() override;

private:
    void list();
    void run();

    QString m_action;
    qint64 m_id = 0;
    int m_position = 0;
    bool m_all = false;
};

} // namespace Dailies::Cli
