// SPDX-License-Identifier: GPL-3.0-or-later
// The job view with 1,000 live jobs (DESIGN.md §5: under 5 % of one core; no full-model resets). A StudioModel over
// a copy of the 100,000-clip library and 1,000 in-progress job rows; for 10 s every job's progress moves once a
// second, fed the way the engine does it (a batch of rows written in one transaction, then jobChanged for each),
// 100 jobs every 100 ms. A stand-in for the view reads the changed roles of the rows on screen (the first 40).
//
// The engine is never started (nothing is sent), so JobEngine::job() reads each row back from the database, where
// the running engine answers from memory. That read and the feeder's own writes (engine work, not view work) are
// measured apart (the read by asking for the same rows again after each batch) and taken off; the budgeted figure
// is what is left: the model (its jobChanged handler and its coalesced flush) and the view's reads.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/models/studiomodel.h"
#include "core/pricing/spendledger.h"
#include "core/storage/database.h"
#include "support/benchreport.h"
#include "support/cliplibrarygenerator.h"
#include "support/eventwait.h"
#include "support/processstats.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Dailies;
using namespace Dailies::Bench;

namespace
{

constexpr int kTicksPerSecond = 10;
constexpr int kVisibleRows = 40;

JobRecord jobFor(int i, const QDateTime &now)
{
    JobRecord job;
    job.batch = u"bench-%1"_s.arg(i / 4);
    job.variation = i % 4;
    job.profile = u"openai"_s;
    job.state = JobState::InProgress;
    job.position = i;
    job.request.prompt = u"Take %1: a slow dolly shot of a lighthouse keeper climbing the stairs at dusk"_s.arg(i + 1);
    job.request.model = i % 3 == 0 ? u"sora-2-pro"_s : u"sora-2"_s;
    job.request.size = u"1280x720"_s;
    job.request.seconds = u"8"_s;
    job.remoteId = u"video_bench%1"_s.arg(i, 8, 10, QChar(u'0'));
    job.remoteStatus = u"in_progress"_s;
    job.progress = i % 60;
    job.createdAt = now.addSecs(-120 + i % 60);
    job.submittedAt = job.createdAt.addMSecs(300);
    job.remoteCreatedAt = job.submittedAt.addMSecs(500);
    job.lastChangeAt = now;
    job.estimatedCost = 0.8;
    return job;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"CPU of the studio model while 1,000 jobs report progress."_s);
    parser.addHelpOption();
    parser.addOption(ClipLibraryGenerator::dataOption());
    parser.addOption(ClipLibraryGenerator::clipsOption());
    parser.addOption({ u"jobs"_s, u"Live jobs (default 1000)."_s, u"n"_s, u"1000"_s });
    parser.addOption({ u"seconds"_s, u"How long they update (default 10)."_s, u"s"_s, u"10"_s });
    parser.process(app);
    const QString cached = ClipLibraryGenerator::sharedLibrary(parser);
    const int jobCount = std::max(kTicksPerSecond, parser.value(u"jobs"_s).toInt());
    const int seconds = std::max(1, parser.value(u"seconds"_s).toInt());
    QString error;

    // A copy, so the jobs written here never reach the kept library.
    QTemporaryDir temp(QDir(parser.value(u"data"_s)).filePath(u"jobview-XXXXXX"_s));
    const QString folder = temp.filePath(u"library"_s);
    QDir().mkpath(folder + u"/.dailies"_s);
    if (!QFile::copy(ClipLibraryGenerator::databasePath(cached), ClipLibraryGenerator::databasePath(folder)))
        BenchReport::fail(u"cannot copy the library"_s);
    Database db;
    if (!db.open(ClipLibraryGenerator::databasePath(folder)))
        BenchReport::fail(db.errorString());
    Library library(&db, folder);
    SpendLedger ledger(&db);
    JobEngine engine(&db, &library, &ledger, [](const QString &) { return nullptr; });

    QList<JobRecord> jobs;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        Database::Transaction transaction(db);
        for (int i = 0; i < jobCount; ++i) {
            JobRecord job = jobFor(i, now);
            if (!engine.store().insert(job, &error))
                BenchReport::fail(error);
            jobs.append(job);
        }
        if (!transaction.commit())
            BenchReport::fail(u"cannot write the jobs"_s);
    }

    StudioModel model(&engine, &library);
    int dataChanged = 0;
    int rowsChanged = 0;
    int resets = 0;
    int structural = 0;
    qint64 visibleReads = 0;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &model,
        [&](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
            ++dataChanged;
            rowsChanged += bottomRight.row() - topLeft.row() + 1;
            // The view repaints only the rows on screen, reading what changed and the display text.
            for (int row = topLeft.row(); row <= std::min(bottomRight.row(), kVisibleRows - 1); ++row) {
                const QModelIndex index = model.index(row);
                for (int role : roles)
                    visibleReads += model.data(index, role).isValid() ? 1 : 0;
                visibleReads += model.data(index, Qt::DisplayRole).isValid() ? 1 : 0;
            }
        });
    QObject::connect(&model, &QAbstractItemModel::modelReset, &model, [&] { ++resets; });
    for (const auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        QObject::connect(&model, signal, &model, [&] { ++structural; });
    QObject::connect(&model, &QAbstractItemModel::layoutChanged, &model, [&] { ++structural; });

    QElapsedTimer loading;
    loading.start();
    model.reload();
    const double reloadMs = double(loading.nsecsElapsed()) / 1e6;
    resets = 0; // the one reset of loading is not an update
    if (model.rowCount() < jobCount)
        BenchReport::fail(u"the model has %1 rows"_s.arg(model.rowCount()));
    for (int i = 0; i < jobCount; ++i) {
        if (model.rowForJob(jobs.at(i).id) < 0)
            BenchReport::fail(u"job %1 has no row"_s.arg(jobs.at(i).id));
    }

    // Feed: every tick one slice of the jobs moves by one per cent, written in one transaction, then announced.
    const int perTick = jobCount / kTicksPerSecond;
    int next = 0;
    int updates = 0;
    qint64 feederUs = 0;
    qint64 readsUs = 0;
    qint64 announceUs = 0;
    QTimer feed;
    feed.setTimerType(Qt::PreciseTimer);
    feed.setInterval(std::chrono::milliseconds(1000 / kTicksPerSecond));
    QObject::connect(&feed, &QTimer::timeout, &feed, [&] {
        const qint64 writeStart = ProcessStats::threadCpuTimeUs();
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QList<qint64> changed;
        {
            Database::Transaction transaction(db);
            for (int k = 0; k < perTick; ++k) {
                JobRecord &job = jobs[next];
                next = (next + 1) % jobCount;
                job.progress = std::min(99, job.progress + 1);
                job.lastChangeAt = at;
                if (engine.store().update(job, job.owner, std::nullopt, &error) != JobStore::Write::Done)
                    BenchReport::fail(error);
                changed.append(job.id);
            }
            if (!transaction.commit())
                BenchReport::fail(u"cannot write progress"_s);
        }
        const qint64 written = ProcessStats::threadCpuTimeUs();
        for (qint64 id : std::as_const(changed))
            Q_EMIT engine.jobChanged(id);
        const qint64 announced = ProcessStats::threadCpuTimeUs();
        // What the model's JobEngine::job() cost in there: the same rows asked for once more, right after (warmer
        // than the model found them, so the model's share comes out high rather than low).
        for (qint64 id : std::as_const(changed)) {
            if (!engine.job(id))
                BenchReport::fail(u"job %1 cannot be read"_s.arg(id));
        }
        feederUs += written - writeStart;
        announceUs += announced - written;
        readsUs += ProcessStats::threadCpuTimeUs() - announced;
        updates += int(changed.size());
    });

    const qint64 cpuStart = ProcessStats::cpuTimeUs();
    QElapsedTimer wall;
    wall.start();
    feed.start();
    EventWait::forDuration(std::chrono::seconds(seconds));
    feed.stop();
    // The last changes leave with the model's next flush.
    if (!EventWait::until([&model] { return !model.hasPendingChanges(); }, 5s))
        BenchReport::fail(u"the model kept changes pending"_s);
    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpuUs = double(ProcessStats::cpuTimeUs() - cpuStart);
    const double jobReadsUs = double(readsUs);
    const double jobReadUs = jobReadsUs / std::max(1, updates);
    const double modelUs = cpuUs - double(feederUs) - 2 * jobReadsUs;
    const double handlerUs = double(announceUs) - jobReadsUs;
    const auto percent = [wallSeconds](double us) {
        return us / (wallSeconds * 1e6) * 100.0;
    };

    BenchReport::note(u"%1 updates of %2 jobs in %3 s: %4 dataChanged signals covering %5 rows, %6 role reads by the "
                      "view; process CPU %7 ms, of which writing the rows %8 ms and JobEngine::job() reading them "
                      "back %9 ms (%10 µs each)"_s.arg(updates)
                          .arg(jobCount)
                          .arg(wallSeconds, 0, 'f', 2)
                          .arg(dataChanged)
                          .arg(rowsChanged)
                          .arg(visibleReads)
                          .arg(cpuUs / 1000.0, 0, 'f', 1)
                          .arg(double(feederUs) / 1000.0, 0, 'f', 1)
                          .arg(jobReadsUs / 1000.0, 0, 'f', 1)
                          .arg(jobReadUs, 0, 'f', 1));
    BenchReport::figure(u"jobview.model_cpu"_s, percent(modelUs), u"%core"_s, 2);
    BenchReport::figure(u"jobview.model_per_update"_s, modelUs / std::max(1, updates), u"us"_s);
    BenchReport::figure(u"jobview.model_handler_per_update"_s, handlerUs / std::max(1, updates), u"us"_s);
    BenchReport::figure(u"jobview.model_resets"_s, resets, u"resets"_s, 0);
    BenchReport::figure(u"jobview.rows_inserted_removed"_s, structural, u"signals"_s, 0);
    BenchReport::figure(u"jobview.updates"_s, updates, u"updates"_s, 0);
    BenchReport::figure(u"jobview.datachanged_signals"_s, dataChanged, u"signals"_s, 0);
    BenchReport::figure(u"jobview.cpu_with_job_reads"_s, percent(cpuUs - double(feederUs) - jobReadsUs), u"%core"_s, 2);
    BenchReport::figure(u"jobview.cpu_total"_s, percent(cpuUs), u"%core"_s, 2);
    BenchReport::figure(u"jobview.reload_101k_rows"_s, reloadMs, u"ms"_s);
    return 0;
}
