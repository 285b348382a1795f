// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Dailies::Cli
{

/// Exit codes of the command line; scripts can tell the classes of failure apart.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, ///< a job failed or another unexpected condition
    ExitUsage = 2, ///< bad command line or bad input file; nothing was sent
    ExitApi = 3, ///< the provider answered with an error
    ExitNetwork = 4, ///< the provider could not be reached or the connection broke
    ExitIo = 5, ///< a local file could not be read or written
};

/// Runs one CLI command inside an existing QCoreApplication; returns the process exit code.
int run(const QStringList &arguments);

} // namespace Dailies::Cli
