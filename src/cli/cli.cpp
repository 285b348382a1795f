// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include <QTextStream>

namespace Dailies::Cli
{

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    err << "dailies: not implemented yet: " << arguments.join(u' ') << Qt::endl;
    return ExitUsage;
}

} // namespace Dailies::Cli
