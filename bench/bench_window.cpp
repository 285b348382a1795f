// SPDX-License-Identifier: GPL-3.0-or-later
// The studio window's cold start with a 100,000-clip library (DESIGN.md §5: cold start to an interactive window
// under 1 s). Each run is a fresh process (this executable with --child), doing what `dailies` does without
// arguments: QApplication, the icon themes, the Workspace and its library, the engine and the demo provider
// (StudioStartup), the MainWindow, show(); "interactive" is when the window has been exposed and has painted once,
// with the list's first rows laid out. Needs a display (scripts/bench runs it under Xvfb).
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

#include "core/api/providerprofile.h"
#include "core/library/library.h"
#include "core/models/studiofilterproxy.h"
#include "core/models/studiomodel.h"
#include "core/settings/keychainsecretstore.h"
#include "core/settings/profilestore.h"
#include "session/workspace.h"
#include "support/benchreport.h"
#include "support/cliplibrarygenerator.h"
#include "support/coldruns.h"
#include "support/eventwait.h"
#include "support/processstats.h"
#include "support/timereventcounter.h"
#include "widgets/icons.h"
#include "widgets/library/librarypanel.h"
#include "widgets/mainwindow.h"
#include "widgets/studiostartup.h"

using namespace Qt::StringLiterals;
using namespace Dailies;
using namespace Dailies::Bench;

namespace
{

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

/// The provider profile of the keychain runs: never contacted during a start without jobs.
Api::ProviderProfile benchProfile()
{
    return Api::ProviderProfile::compatible(u"bench"_s, QUrl(u"http://127.0.0.1:9/v1"_s));
}

/// Stores the key of benchProfile() in the session's keychain; false when there is no keychain to store it in.
bool storeBenchKey()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return false;
    KeychainSecretStore store(u"Dailies"_s);
    SecretJob *job = store.write(benchProfile().secretKey(), u"sk-bench-keychain"_s);
    bool done = false;
    bool ok = false;
    QObject::connect(job, &SecretJob::finished, job, [&](const SecretResult &result) {
        done = true;
        ok = result.ok();
        if (!ok)
            BenchReport::note(u"note: the keychain refused the key: %1"_s.arg(result.message));
    });
    EventWait::until([&] { return done; }, std::chrono::seconds(20));
    return ok;
}

/// Notes every paint of a widget (the viewport), so that a typed character can be timed to the repaint it causes.
class PaintCounter final : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// Types every search of the search benchmark's kinds into the window's search field, one character at a time, and
// times each from the key to the end of the list's repaint (the event loop run until the viewport has painted and
// nothing more is pending). Before each search the field is cleared, as a person starts a new one.
void typeSearches(MainWindow *window, QList<double> *typed, QList<double> *firstChars)
{
    QLineEdit *field = window->libraryPanel()->searchEdit();
    QWidget *viewport = window->libraryPanel()->view()->viewport();
    PaintCounter counter;
    viewport->installEventFilter(&counter);
    QList<std::pair<double, QString>> slowest;
    QStringList texts = ClipLibraryGenerator::commonWords().mid(0, 15);
    texts += ClipLibraryGenerator::rareWords().mid(0, 15);
    texts += { u"golden hour"_s, u"neon alley"_s, u"zzyzx"_s, u"lighthouse storm"_s, u"cafe"_s };
    StudioFilterProxy *proxy = window->libraryPanel()->proxy();
    // Until the viewport has painted; a character that does not change the search (a second space) changes nothing
    // on screen, so there the events it caused are all that is waited for.
    const auto settle = [&](int before, int viewsBefore) {
        QElapsedTimer guard;
        guard.start();
        while (proxy->filterInvalidations() != viewsBefore && counter.paints == before && guard.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QCoreApplication::processEvents();
    };
    for (const QString &text : std::as_const(texts)) {
        int before = counter.paints;
        int views = proxy->filterInvalidations();
        field->clear();
        settle(before, views);
        for (qsizetype i = 0; i < text.size(); ++i) {
            before = counter.paints;
            views = proxy->filterInvalidations();
            QElapsedTimer timer;
            timer.start();
            field->insert(text.at(i));
            settle(before, views);
            const double ms = msSince(timer);
            slowest.append({ ms, text.left(i + 1) });
            typed->append(ms);
            if (i == 0)
                firstChars->append(ms);
        }
    }
    viewport->removeEventFilter(&counter);
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype i = 0; i < std::min<qsizetype>(8, slowest.size()); ++i)
        BenchReport::note(u"slow: '%1' %2 ms"_s.arg(slowest.at(i).second).arg(slowest.at(i).first, 0, 'f', 1));
}

// The floor under the studio's start: an empty QMainWindow with an empty list, shown until its list has painted.
int runEmptyChild(int argc, char **argv, const QElapsedTimer &sinceMain)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *list = new QListView(&window);
    window.setCentralWidget(list);
    window.resize(1280, 800);
    FirstPaint firstPaint;
    list->viewport()->installEventFilter(&firstPaint);
    window.show();
    QTimer::singleShot(60000, &app, [] { QCoreApplication::exit(3); });
    if (QApplication::exec() != 0)
        BenchReport::fail(u"the empty window did not paint within a minute"_s);
    std::printf(
        "CHILD total=%.3f peak=%lld\n", msSince(sinceMain), static_cast<long long>(ProcessStats::peakResidentKiB()));
    return 0;
}

int runChild(int argc, char **argv, const QElapsedTimer &sinceMain)
{
    if (argc > 3 && qstrcmp(argv[3], "--empty") == 0)
        return runEmptyChild(argc, argv, sinceMain);
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
    // --keychain: the studio of a user with their own provider, whose key the start reads from the keychain (the
    // parent stored it); otherwise the built-in demo provider.
    const bool keychain = argc > 3 && qstrcmp(argv[3], "--keychain") == 0;
    if (keychain) {
        ProfileStore profiles(&settings);
        if (!profiles.save(benchProfile()).isEmpty() || !profiles.setDefaultProfileName(benchProfile().name).isEmpty())
            BenchReport::fail(u"the provider profile could not be saved"_s);
    }
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
    QObject::connect(&startup, &StudioStartup::ready, &app, [&](const QStringList &problems) {
        if (keychain && !problems.isEmpty())
            BenchReport::fail(u"the start did not find the key: %1"_s.arg(problems.join(u"; "_s)));
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
    // The list shows its first page (checked after the typing: counting a million clips reads pages of the file).
    const int rows = window->libraryPanel()->view()->model()->rowCount();
    const auto checkRows = [&] {
        if (rows < std::min(StudioModel::kDefaultFirstPageSize, workspace.library()->clipCount()))
            BenchReport::fail(u"the list has %1 rows"_s.arg(rows));
    };
    if (argc > 3 && qstrcmp(argv[3], "--idle") == 0) {
        // What the start leaves for later (thumbnails, the engine's first pass) runs out first.
        {
            QEventLoop settle;
            QTimer::singleShot(2000, &settle, &QEventLoop::quit);
            settle.exec();
        }
        // Then 3 s of the window as a user leaves it: every timer event of this thread, every event, the main
        // thread's wakeups (less the one of the timer that ends the wait) and CPU time.
        QTimer stop;
        stop.setSingleShot(true);
        TimerEventCounter counter;
        counter.setIgnored(&stop);
        QEventLoop loop;
        QObject::connect(&stop, &QTimer::timeout, &loop, &QEventLoop::quit);
        const qint64 wakeupsBefore = ProcessStats::mainThreadWakeups();
        const qint64 cpuBefore = ProcessStats::cpuTimeUs();
        counter.setCounting(true);
        stop.start(3000);
        loop.exec();
        counter.setCounting(false);
        const qint64 wakeups = std::max<qint64>(0, ProcessStats::mainThreadWakeups() - wakeupsBefore - 1);
        const double cpuMs = double(ProcessStats::cpuTimeUs() - cpuBefore) / 1000.0;
        for (auto it = counter.timerReceivers().cbegin(); it != counter.timerReceivers().cend(); ++it)
            BenchReport::note(u"idle timer: %1 x%2"_s.arg(it.key()).arg(it.value()));
        std::printf("CHILD total=0 idle_timer_events=%d idle_events=%d idle_wakeups=%lld idle_cpu_ms=%.3f "
                    "idle_rss=%lld\n",
            counter.timerEvents(), counter.events(), static_cast<long long>(wakeups), cpuMs,
            static_cast<long long>(ProcessStats::residentKiB()));
        checkRows();
        window.reset();
        return 0;
    }
    if (argc > 3 && qstrcmp(argv[3], "--typing") == 0) {
        QList<double> typed;
        QList<double> firstChars;
        typeSearches(window.get(), &typed, &firstChars);
        std::printf("CHILD total=0 typed=%.0f typed_p50=%.3f typed_p95=%.3f typed_max=%.3f first_p95=%.3f\n",
            double(typed.size()), BenchReport::percentile(typed, 50), BenchReport::percentile(typed, 95),
            BenchReport::percentile(typed, 100), BenchReport::percentile(firstChars, 95));
        checkRows();
        window.reset();
        return 0;
    }
    checkRows();
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
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv, sinceMain);

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Cold start of the studio window with a 100,000-clip library."_s);
    parser.addHelpOption();
    parser.addOption(ClipLibraryGenerator::dataOption());
    parser.addOption(ClipLibraryGenerator::clipsOption());
    parser.addOption({ u"runs"_s, u"Measured cold processes (default 5)."_s, u"n"_s, u"5"_s });
    parser.process(app);
    const QString folder = ClipLibraryGenerator::sharedLibrary(parser);

    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    // Once from disk, where the machine lets the page cache be dropped; then warm, as the budget's figure.
    const bool dropped = ColdRuns::dropPageCache();
    const ColdRuns::Figures fromDisk = ColdRuns::runOnce(folder, {}, 180000);
    if (!dropped)
        BenchReport::note(u"note: the page cache could not be dropped; the first run's figure is not from disk"_s);
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
    if (dropped) {
        BenchReport::figure(u"window.cold_cache_to_first_paint"_s, fromDisk.value(u"total"_s), u"ms"_s);
        BenchReport::figure(u"window.cold_cache_peak_rss"_s, fromDisk.value(u"peak"_s) / 1024.0, u"MiB"_s);
    }

    // What an empty QMainWindow takes on the same machine: the floor the studio's start approaches.
    QList<double> empty;
    QList<double> emptyPeak;
    for (int run = 0; run < 3; ++run) {
        const ColdRuns::Figures values = ColdRuns::runOnce(folder, { u"--empty"_s }, 60000);
        empty.append(values.value(u"total"_s));
        emptyPeak.append(values.value(u"peak"_s) / 1024.0);
    }
    BenchReport::figure(u"window.empty_qmainwindow_to_first_paint_p50"_s, BenchReport::percentile(empty, 50), u"ms"_s);
    BenchReport::figure(u"window.empty_qmainwindow_peak_rss_p50"_s, BenchReport::percentile(emptyPeak, 50), u"MiB"_s);

    // A user's own provider whose key comes from the keychain (a private D-Bus session with gnome-keyring, which
    // scripts/bench starts): the start reads the key before the engine is ready and the window is built.
    if (storeBenchKey()) {
        QList<double> withKey;
        QList<double> engineWithKey;
        for (int run = 0; run < 3; ++run) {
            const ColdRuns::Figures values = ColdRuns::runOnce(folder, { u"--keychain"_s }, 60000);
            withKey.append(values.value(u"total"_s));
            engineWithKey.append(values.value(u"engine"_s));
        }
        BenchReport::figure(
            u"window.keychain_profile_to_first_paint_p50"_s, BenchReport::percentile(withKey, 50), u"ms"_s);
        BenchReport::figure(
            u"window.keychain_profile_engine_ready_p50"_s, BenchReport::percentile(engineWithKey, 50), u"ms"_s);
    } else {
        BenchReport::note(u"note: no keychain session (DBUS_SESSION_BUS_ADDRESS); the keychain runs are skipped"_s);
    }

    // The whole window left alone, in a process of its own.
    const ColdRuns::Figures idle = ColdRuns::runOnce(folder, { u"--idle"_s }, 120000);
    BenchReport::figure(u"window.idle_timer_events"_s, idle.value(u"idle_timer_events"_s), u"events"_s, 0);
    BenchReport::figure(u"window.idle_wakeups"_s, idle.value(u"idle_wakeups"_s), u"wakeups"_s, 0);
    BenchReport::figure(u"window.idle_events"_s, idle.value(u"idle_events"_s), u"events"_s, 0);
    BenchReport::figure(u"window.idle_cpu"_s, idle.value(u"idle_cpu_ms"_s), u"ms in 3 s"_s, 2);
    BenchReport::figure(u"window.idle_rss"_s, idle.value(u"idle_rss"_s) / 1024.0, u"MiB"_s);

    // Typed character to repainted list, in a window of its own.
    const ColdRuns::Figures typing = ColdRuns::runOnce(folder, { u"--typing"_s }, 600000);
    BenchReport::figure(u"window.typed_characters"_s, typing.value(u"typed"_s), u"characters"_s, 0);
    BenchReport::figure(u"window.typed_to_repaint_p50"_s, typing.value(u"typed_p50"_s), u"ms"_s, 2);
    BenchReport::figure(u"window.typed_to_repaint_p95"_s, typing.value(u"typed_p95"_s), u"ms"_s, 2);
    BenchReport::figure(u"window.typed_to_repaint_max"_s, typing.value(u"typed_max"_s), u"ms"_s, 2);
    BenchReport::figure(u"window.first_char_to_repaint_p95"_s, typing.value(u"first_p95"_s), u"ms"_s, 2);
    return 0;
}
