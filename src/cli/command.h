// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace Dailies::Cli
{

class CliContext;

/// One CLI command: parse() reads its arguments, start() runs it, done(exitCode) ends it (exactly once).
class Command : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Command)

public:
    ~Command() override = default;

    /// Reads the command's own arguments (without the command words). Returns -1 to go on, or an exit code
    /// (help printed: 0; usage error printed: 2).
    [[nodiscard]] virtual int parse(const QStringList &arguments) = 0;
    virtual void start() = 0;

Q_SIGNALS:
    void done(int exitCode);

protected:
    Command(CliContext *context, QObject *parent)
        : QObject(parent)
        , m_context(context)
    {
    }
    [[nodiscard]] CliContext &context() const { return *m_context; }
    /// Emits done() once.
    void finish(int exitCode);

private:
    CliContext *m_context;
    bool m_done = false;
};

} // namespace Dailies::Cli
