// SPDX-License-Identifier: GPL-3.0-or-later
// The studio window's cold start with a 100,000-clip library (DESIGN.md §5: cold start to an interactive window
// under 1 s). Each run is a fresh process (this executable with --child), doing what `dailies` does without
// arguments: QApplication, the icon themes, the Workspace and its library, the engine and the demo provider
// (StudioStartup), the MainWindow, show(); "interactive" is when the window has been exposed and has painted once,
// with the list's first rows laid out. Needs a display (scripts/bench runs it under Xvfb).
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QListView>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

#include "session/workspace.h"
#include "support/benchreport.h"
#include "support/cliplibrarygenerator.h"
#include "support/coldruns.h"
#include "support/processstats.h"
#include "widgets/icons.h"
#include "widgets/library/librarypanel.h"
#include "widgets/mainwindow.h"
#include "widgets/studiostartup.h"

using namespace Qt::StringLiterals;
using namespace Dailies;
using namespace Dailies::Bench;

namespace
{

constexpr int kClips = ClipLibraryGenerator::kSharedClipCount;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// Notes the first paint of a widget that comes after its first expose.
class FirstPaint final : public QObject
{
public:
    using QObject::QObject;
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            // Wait until this paint is done and flushed: the next turn of the event loop.
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }
};

int runChild(int argc, char **argv, const QElapsedTimer &sinceMain)
{
    QApplication app(argc, argv);
    const QString folder = QString::fromLocal8Bit(argv[2]);
    const double appMs = msSince(sinceMain);
    QElapsedTimer step;
    step.start();
    Icons::install();
    const double iconsMs = msSince(step);

    QTemporaryDir scratch;
    QSettings settings(scratch.filePath(u"settings.ini"_s), QSettings::IniFormat);
    settings.setValue(u"library/folder"_s, folder);
    Workspace workspace(&settings);
    workspace.setDemoOptions(1.0, scratch.filePath(u"demo"_s));
    StudioStartup startup(&workspace);
    step.restart();
    if (!startup.openLibrary())
        BenchReport::fail(u"the library did not open"_s);
    const double openMs = msSince(step);

    double engineMs = 0;
    double windowMs = 0;
    double shownAtMs = 0;
    std::unique_ptr<MainWindow> window;
    FirstPaint firstPaint;
    QObject::connect(&startup, &StudioStartup::ready, &app, [&](const QStringList &) {
        engineMs = msSince(step);
        step.restart();
        window = std::make_unique<MainWindow>(&workspace);
        windowMs = msSince(step);
        step.restart();
        window->libraryPanel()->view()->viewport()->installEventFilter(&firstPaint);
        window->show();
        shownAtMs = msSince(sinceMain);
    });
    step.restart();
    startup.startEngine();
    QTimer::singleShot(60000, &app, [] { QCoreApplication::exit(3); });
    const int code = QApplication::exec();
    if (code != 0 || !window)
        BenchReport::fail(u"the window did not paint within a minute"_s);
    const double paintMs = msSince(step);
    const double totalMs = msSince(sinceMain);
    const int rows = window->libraryPanel()->view()->model()->rowCount();
    if (rows != kClips)
        BenchReport::fail(u"the list has %1 rows"_s.arg(rows));
    std::printf("CHILD app=%.3f icons=%.3f open=%.3f engine=%.3f window=%.3f paint=%.3f shown=%.3f total=%.3f "
                "peak=%lld\n",
        appMs, iconsMs, openMs, engineMs, windowMs, paintMs, shownAtMs, totalMs,
        static_cast<long long>(ProcessStats::peakResidentKiB()));
    window.reset();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv, sinceMain);

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Cold start of the studio window with a 100,000-clip library."_s);
    parser.addHelpOption();
    parser.addOption(ClipLibraryGenerator::dataOption());
    parser.addOption({ u"runs"_s, u"Measured cold processes (default 5)."_s, u"n"_s, u"5"_s });
    parser.process(app);
    const QString folder = ClipLibraryGenerator::sharedLibrary(parser);

    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const QHash<QString, QList<double>> samples
        = ColdRuns::run(folder, runs, 180000, [](int run, const ColdRuns::Figures &values) {
              BenchReport::note(
                  u"run %1: library %2 ms, engine and demo provider %3 ms, window %4 ms, first paint %5 ms; "
                  "%6 ms since main, peak RSS %7 MiB"_s.arg(run)
                      .arg(values.value(u"open"_s), 0, 'f', 1)
                      .arg(values.value(u"engine"_s), 0, 'f', 1)
                      .arg(values.value(u"window"_s), 0, 'f', 1)
                      .arg(values.value(u"paint"_s), 0, 'f', 1)
                      .arg(values.value(u"total"_s), 0, 'f', 1)
                      .arg(values.value(u"peak"_s) / 1024.0, 0, 'f', 1));
          });
    const auto p50 = [&samples](const QString &key) {
        return BenchReport::percentile(samples.value(key), 50);
    };
    BenchReport::figure(u"window.to_first_paint_p50"_s, p50(u"total"_s), u"ms"_s);
    BenchReport::figure(
        u"window.to_first_paint_max"_s, BenchReport::percentile(samples.value(u"total"_s), 100), u"ms"_s);
    BenchReport::figure(u"window.qapplication_p50"_s, p50(u"app"_s), u"ms"_s);
    BenchReport::figure(u"window.icons_p50"_s, p50(u"icons"_s), u"ms"_s);
    BenchReport::figure(u"window.library_open_p50"_s, p50(u"open"_s), u"ms"_s);
    BenchReport::figure(u"window.engine_and_demo_provider_p50"_s, p50(u"engine"_s), u"ms"_s);
    BenchReport::figure(u"window.mainwindow_constructed_p50"_s, p50(u"window"_s), u"ms"_s);
    BenchReport::figure(u"window.show_to_first_paint_p50"_s, p50(u"paint"_s), u"ms"_s);
    BenchReport::figure(u"window.peak_rss_p50"_s, p50(u"peak"_s) / 1024.0, u"MiB"_s);
    return 0;
}
