// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/serverprocess.h"

#include "support/eventwait.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dailies::Bench
{

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::start(const QString &program, const QStringList &arguments)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(program, arguments);
    EventWait::until(
        [this] {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                if (line.startsWith("listening on "_L1))
                    m_baseUrl = QUrl(line.mid(13));
            }
            return m_baseUrl.isValid() || m_process.state() == QProcess::NotRunning;
        },
        20s);
    if (m_baseUrl.isValid())
        return {};
    stop();
    return u"%1 did not start: %2"_s.arg(program, m_process.errorString());
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace Dailies::Bench
