// SPDX-License-Identifier: GPL-3.0-or-later
// Idle (DESIGN.md §5: no timers firing with nothing in flight; resident memory of the empty window under 120 MB).
// The core of the studio as the window holds it: the 100,000-clip library opened, the demo provider embedded, a
// started JobEngine with nothing to do and the StudioModel loaded. Counted over 3 s: every timer event delivered to
// any object of the thread (an application-wide event filter), then the process's resident memory.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include "core/api/videoapiclient.h"
#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/models/studiomodel.h"
#include "core/pricing/spendledger.h"
#include "core/storage/database.h"
#include "mockserver/mockserver.h"
#include "support/benchreport.h"
#include "support/cliplibrarygenerator.h"
#include "support/eventwait.h"
#include "support/processstats.h"
#include "support/timereventcounter.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Dailies;
using namespace Dailies::Bench;

namespace
{
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Timers and resident memory of an idle core with a 100,000-clip library."_s);
    parser.addHelpOption();
    parser.addOption(ClipLibraryGenerator::dataOption());
    parser.addOption(ClipLibraryGenerator::clipsOption());
    parser.addOption({ u"seconds"_s, u"How long to count (default 3)."_s, u"s"_s, u"3"_s });
    parser.process(app);
    const QString folder = ClipLibraryGenerator::sharedLibrary(parser);
    QString error;
    QTemporaryDir temp(QDir(parser.value(u"data"_s)).filePath(u"idle-XXXXXX"_s));
    const qint64 baseKiB = ProcessStats::residentKiB();

    Mock::MockServerOptions options;
    options.dataDir = temp.filePath(u"demo"_s);
    options.ffmpeg = u"none"_s;
    Mock::MockServer server(options);
    if (!server.start(&error))
        BenchReport::fail(error);
    QNetworkAccessManager nam;
    Api::VideoApiClient client(Api::ProviderProfile::demo(server.baseUrl()), &nam);
    client.setApiKey(u"sk-demo"_s);

    Database db;
    if (!db.open(ClipLibraryGenerator::databasePath(folder)))
        BenchReport::fail(db.errorString());
    Library library(&db, folder);
    SpendLedger ledger(&db);
    JobEngine engine(&db, &library, &ledger, [&client](const QString &) { return &client; });
    engine.start();
    StudioModel model(&engine, &library);
    model.reload();
    if (model.rowCount() < std::min(StudioModel::kDefaultFirstPageSize, ClipLibraryGenerator::clipCount(parser)))
        BenchReport::fail(u"the model shows %1 rows"_s.arg(model.rowCount()));
    // Let start-up work (queued calls, the first schedule) finish before counting.
    if (!EventWait::until([&engine] { return engine.isIdle(); }, 10s))
        BenchReport::fail(u"the engine did not become idle"_s);
    EventWait::forDuration(500ms);

    TimerEventCounter counter;
    QEventLoop loop;
    QTimer stop;
    stop.setSingleShot(true);
    stop.setInterval(std::chrono::seconds(std::max(1, parser.value(u"seconds"_s).toInt())));
    QObject::connect(&stop, &QTimer::timeout, &loop, &QEventLoop::quit);
    counter.setIgnored(&stop);
    const qint64 cpuBefore = ProcessStats::cpuTimeUs();
    counter.setCounting(true);
    stop.start();
    loop.exec();
    counter.setCounting(false);
    const qint64 cpuUs = ProcessStats::cpuTimeUs() - cpuBefore;
    for (auto it = counter.timerReceivers().cbegin(); it != counter.timerReceivers().cend(); ++it)
        BenchReport::note(u"timer events to %1: %2"_s.arg(it.key()).arg(it.value()));

    const qint64 rssKiB = ProcessStats::residentKiB();
    BenchReport::figure(u"idle.timer_events"_s, counter.timerEvents(), u"events"_s, 0);
    BenchReport::figure(u"idle.events"_s, counter.events(), u"events"_s, 0);
    BenchReport::figure(u"idle.cpu"_s, double(cpuUs) / 1000.0, u"ms"_s);
    BenchReport::figure(u"idle.rss"_s, double(rssKiB) / 1024.0, u"MiB"_s);
    BenchReport::figure(u"idle.rss_added_by_core"_s, double(rssKiB - baseKiB) / 1024.0, u"MiB"_s);
    BenchReport::figure(u"idle.peak_rss"_s, double(ProcessStats::peakResidentKiB()) / 1024.0, u"MiB"_s);
    return 0;
}
