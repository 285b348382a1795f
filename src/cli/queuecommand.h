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

/// `dailies library search|rebuild|export|import-remote` and `dailies spend`.
class LibraryCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryCommand)

public:
    enum class Mode { Library, Spend };
    LibraryCommand(Mode mode, CliContext *context, QObject *parent);
    ~LibraryCommand() override = default;

    [[nodiscard]] int parse(const QStringList &arguments) override;
    void start() override;

private:
    void search();
    void exportClips();
    void importRemote();
    void spend();

    Mode m_mode;
    QString m_action;
    QStringList m_arguments;
    QString m_destination;
    QString m_groupBy;
    QString m_month;
    int m_limit = 50;
};

} // namespace Dailies::Cli
