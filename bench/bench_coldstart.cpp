// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start with a 100,000-clip library (DESIGN.md §5: cold start to an interactive window under 1 s). Each run is
// a fresh process (this executable with --child), so the page cache is warm but the process is cold. Measured from
// main(): QCoreApplication, Database::open (which runs PRAGMA quick_check), the Library and the first page of 200
// rows (Library::clipSummaries); then what the studio window loads instead of a page (JobEngine::start() and
// StudioModel::reload(), every clip's summary); and the process's peak resident memory after each.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <cstdio>

#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/models/studiomodel.h"
#include "core/pricing/spendledger.h"
#include "core/storage/database.h"
#include "support/benchreport.h"
#include "support/cliplibrarygenerator.h"
#include "support/coldruns.h"
#include "support/processstats.h"

using namespace Qt::StringLiterals;
using namespace Dailies;
using namespace Dailies::Bench;

namespace
{

constexpr int kPage = 200;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// One cold process: prints `CHILD key=value ...` on stdout for the parent.
int runChild(int argc, char **argv, const QElapsedTimer &sinceMain)
{
    QCoreApplication app(argc, argv);
    const QString folder = QString::fromLocal8Bit(argv[2]);
    const double appMs = msSince(sinceMain);

    QElapsedTimer step;
    step.start();
    Database db;
    if (!db.open(ClipLibraryGenerator::databasePath(folder)))
        BenchReport::fail(db.errorString());
    const double openMs = msSince(step);

    step.restart();
    Library library(&db, folder);
    const double libraryMs = msSince(step);

    step.restart();
    const QList<ClipSummary> page = library.clipSummaries(ClipQuery { .limit = kPage });
    const double pageMs = msSince(step);
    const double totalMs = msSince(sinceMain);
    const qint64 pagePeakKiB = ProcessStats::peakResidentKiB();
    if (page.size() != kPage)
        BenchReport::fail(u"the first page has %1 clips"_s.arg(page.size()));

    // What the studio window does instead of a page: the engine's jobs and every clip's summary in the model.
    step.restart();
    SpendLedger ledger(&db);
    JobEngine engine(&db, &library, &ledger, [](const QString &) { return nullptr; });
    engine.start(); // nothing to send: the library has no unfinished jobs
    StudioModel model(&engine, &library);
    model.reload();
    const double modelMs = msSince(step);
    const double modelTotalMs = msSince(sinceMain);
    const qint64 peakKiB = ProcessStats::peakResidentKiB();
    const int clips = library.clipCount(); // after the timed part: a count reads the whole index
    if (model.rowCount() != std::min(clips, StudioModel::kDefaultFirstPageSize))
        BenchReport::fail(u"the model has %1 rows"_s.arg(model.rowCount()));

    // After the budgeted part, for comparison: the full records of a page, every id, the integrity check.
    step.restart();
    const QList<ClipRecord> records = library.clips(ClipQuery { .limit = kPage });
    const double recordsMs = msSince(step);
    step.restart();
    const QList<qint64> all = library.clipIds(ClipQuery { .limit = 0 });
    const double allIdsMs = msSince(step);
    step.restart();
    const QString problem = db.integrityProblem();
    const double quickCheckMs = msSince(step);
    if (records.size() != kPage || all.size() != clips || !problem.isEmpty())
        BenchReport::fail(
            u"%1 records, %2 ids in all; integrity: %3"_s.arg(records.size()).arg(all.size()).arg(problem));

    std::printf("CHILD app=%.3f open=%.3f library=%.3f page=%.3f total=%.3f pagepeak=%lld model=%.3f modeltotal=%.3f "
                "peak=%lld records=%.3f allids=%.3f quickcheck=%.3f\n",
        appMs, openMs, libraryMs, pageMs, totalMs, static_cast<long long>(pagePeakKiB), modelMs, modelTotalMs,
        static_cast<long long>(peakKiB), recordsMs, allIdsMs, quickCheckMs);
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
    parser.setApplicationDescription(u"Cold start of a process with a 100,000-clip library."_s);
    parser.addHelpOption();
    parser.addOption(ClipLibraryGenerator::dataOption());
    parser.addOption(ClipLibraryGenerator::clipsOption());
    parser.addOption({ u"runs"_s, u"Measured cold processes (default 9)."_s, u"n"_s, u"9"_s });
    parser.process(app);
    const QString folder = ClipLibraryGenerator::sharedLibrary(parser);

    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const QHash<QString, QList<double>> samples
        = ColdRuns::run(folder, runs, 120000, [](int run, const ColdRuns::Figures &values) {
              BenchReport::note(
                  u"run %1: open %2 ms, first page %3 ms (%4 ms since main), model %5 ms (%6 ms since main), "
                  "peak RSS %7 MiB"_s.arg(run)
                      .arg(values.value(u"open"_s), 0, 'f', 1)
                      .arg(values.value(u"page"_s), 0, 'f', 1)
                      .arg(values.value(u"total"_s), 0, 'f', 1)
                      .arg(values.value(u"model"_s), 0, 'f', 1)
                      .arg(values.value(u"modeltotal"_s), 0, 'f', 1)
                      .arg(values.value(u"peak"_s) / 1024.0, 0, 'f', 1));
          });
    const auto p50 = [&samples](const QString &key) {
        return BenchReport::percentile(samples.value(key), 50);
    };
    BenchReport::figure(u"coldstart.to_first_page_p50"_s, p50(u"total"_s), u"ms"_s);
    BenchReport::figure(u"coldstart.to_model_loaded_p50"_s, p50(u"modeltotal"_s), u"ms"_s);
    BenchReport::figure(
        u"coldstart.to_model_loaded_max"_s, BenchReport::percentile(samples.value(u"modeltotal"_s), 100), u"ms"_s);
    BenchReport::figure(u"coldstart.peak_rss_model_loaded_p50"_s, p50(u"peak"_s) / 1024.0, u"MiB"_s);
    BenchReport::figure(u"coldstart.qcoreapplication_p50"_s, p50(u"app"_s), u"ms"_s);
    BenchReport::figure(u"coldstart.database_open_p50"_s, p50(u"open"_s), u"ms"_s);
    BenchReport::figure(u"coldstart.quick_check_p50"_s, p50(u"quickcheck"_s), u"ms"_s);
    BenchReport::figure(u"coldstart.library_p50"_s, p50(u"library"_s), u"ms"_s, 3);
    BenchReport::figure(u"coldstart.first_page_summaries_p50"_s, p50(u"page"_s), u"ms"_s);
    BenchReport::figure(u"coldstart.peak_rss_first_page_p50"_s, p50(u"pagepeak"_s) / 1024.0, u"MiB"_s);
    BenchReport::figure(u"coldstart.engine_and_model_reload_p50"_s, p50(u"model"_s), u"ms"_s);
    BenchReport::figure(u"coldstart.first_page_records_p50"_s, p50(u"records"_s), u"ms"_s);
    BenchReport::figure(u"coldstart.all_100k_ids_p50"_s, p50(u"allids"_s), u"ms"_s);
    BenchReport::figure(u"coldstart.database_size"_s,
        double(QFileInfo(ClipLibraryGenerator::databasePath(folder)).size()) / (1024.0 * 1024.0), u"MiB"_s);
    return 0;
}
