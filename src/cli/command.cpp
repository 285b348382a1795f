// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"

namespace Dailies::Cli
{

void Command::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT done(exitCode);
}

} // namespace Dailies::Cli
