// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>

#include "cli/cli.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dailies"));
    QCoreApplication::setApplicationName(QStringLiteral("dailies"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DAILIES_VERSION));
    return Dailies::Cli::run(QCoreApplication::arguments().mid(1));
}
