// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace Dailies::Bench
{

/**
 * The demo server (dailies-mockserver) as a process of its own, so that its CPU time is not counted with the
 * benchmark's. Started by start(); stopped (terminated, then killed) by stop() or the destructor.
 */
class ServerProcess final
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /// Starts `program` with `arguments` (a port of 0 among them) and waits up to 20 s for the address it prints.
    /// Returns an empty string, or why the server did not start.
    [[nodiscard]] QString start(const QString &program, const QStringList &arguments);
    /// The API's base URL (http://127.0.0.1:PORT/v1); invalid before start() succeeded.
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    void stop();

private:
    QProcess m_process;
    QUrl m_baseUrl;
};

} // namespace Dailies::Bench
