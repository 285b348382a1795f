// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include "cli/cli.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Dailies"));
    QCoreApplication::setApplicationName(QStringLiteral("dailies"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DAILIES_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("dailies"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    return Dailies::Cli::run(QCoreApplication::arguments().mid(1));
}
