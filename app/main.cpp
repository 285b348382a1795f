// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

#include "cli/cli.h"

#ifdef DAILIES_WITH_GUI
#include <QApplication>
#include <QSettings>

#include "core/settings/appsettings.h"
#include "session/workspace.h"
#include "widgets/icons.h"
#include "widgets/mainwindow.h"
#include "widgets/studiostartup.h"
#endif

namespace
{
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Dailies"));
    QCoreApplication::setApplicationName(QStringLiteral("dailies"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DAILIES_VERSION));
}

#ifdef DAILIES_WITH_GUI
int runStudio(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    Dailies::Icons::install(); // the desktop's icon theme first, the bundled one for every gap
    QApplication::setApplicationDisplayName(QStringLiteral("Dailies"));
    QApplication::setDesktopFileName(QStringLiteral("app.dailies.Dailies"));
    QSettings settings;
    // The language chosen in Settings (empty: the system's), applied at start.
    const QString language = Dailies::AppSettings(&settings).language();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("dailies"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    // Qt's own texts (OK, Cancel, Apply, the file dialogs) in the same language, where the system has them.
    QTranslator qtTranslator;
    if (!translator.isEmpty()
        && qtTranslator.load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    Dailies::Workspace workspace(&settings);
    Dailies::StudioStartup startup(&workspace);
    if (!startup.openLibrary())
        return 1;
    std::unique_ptr<Dailies::MainWindow> window;
    QObject::connect(
        &startup, &Dailies::StudioStartup::ready, &app, [&window, &workspace](const QStringList &problems) {
            window = std::make_unique<Dailies::MainWindow>(&workspace);
            window->showProblems(problems);
            window->show();
        });
    startup.startEngine();
    const int code = QApplication::exec();
    window.reset();
    return code;
}
#endif
} // namespace

int main(int argc, char *argv[])
{
#ifdef DAILIES_WITH_GUI
    // With no arguments the studio window opens; any argument keeps the command line.
    if (argc <= 1)
        return runStudio(argc, argv);
#endif
    QCoreApplication app(argc, argv);
    describeApplication();
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("dailies"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    return Dailies::Cli::run(QCoreApplication::arguments().mid(1));
}
