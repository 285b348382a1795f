// SPDX-License-Identifier: GPL-3.0-or-later
// The running job engine with --jobs live jobs (DESIGN.md §5: 10,000 live jobs updating progress under 5 % of one
// core, the engine's own writes included; no resets). The demo server runs as a process of its own
// (dailies-mockserver), so the CPU counted is this process's alone: the engine's scheduling, its HTTP and JSON, its
// database writes, and a studio model with a stand-in for the view that reads the changed rows on screen.
//
// Every job is submitted at once to a server where a 4-second take runs for 140 s (time scale 10: queued for 14 s,
// then one per cent every 1.3 s; no job ends during the run). Once every job makes progress at the provider, the
// engine polls at its own rhythm; for --seconds the process's CPU time, the requests it sends, the rows it writes and
// the model's signals are counted.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "core/api/videoapiclient.h"
#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/models/studiomodel.h"
#include "core/pricing/spendledger.h"
#include "core/storage/database.h"
#include "support/benchreport.h"
#include "support/eventwait.h"
#include "support/processstats.h"
#include "support/serverprocess.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Dailies;
using namespace Dailies::Bench;

namespace
{

constexpr int kVisibleRows = 40;

/// Counts the requests the engine sends, by kind (create, list, retrieve, other).
class CountingNetworkAccess final : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    QMap<QString, qint64> counts;

    [[nodiscard]] qint64 total() const
    {
        qint64 sum = 0;
        for (qint64 n : counts)
            sum += n;
        return sum;
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        // The client sends every request as a custom one, its verb in the request.
        const QString path = request.url().path();
        const QByteArray verb = op == CustomOperation
            ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
            : QByteArray(op == PostOperation ? "POST"
                    : op == GetOperation     ? "GET"
                                             : "OTHER");
        if (verb == "POST")
            ++counts[u"create"_s];
        else if (verb == "GET" && path.endsWith("/videos"_L1))
            ++counts[u"list"_s];
        else if (verb == "GET" && !path.endsWith("/content"_L1))
            ++counts[u"retrieve"_s];
        else
            ++counts[QString::fromLatin1(verb).toLower()];
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

qint64 totalChanges(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT total_changes()"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"CPU of the running job engine and the studio model with many live jobs."_s);
    parser.addHelpOption();
    parser.addOption({ u"data"_s, u"Folder for temporary data."_s, u"dir"_s });
    parser.addOption({ u"jobs"_s, u"Live jobs (default 1000)."_s, u"n"_s, u"1000"_s });
    parser.addOption({ u"seconds"_s, u"How long the running jobs are measured (default 20)."_s, u"s"_s, u"20"_s });
    parser.addOption({ u"mockserver"_s, u"The dailies-mockserver executable."_s, u"path"_s,
        QStringLiteral(DAILIES_MOCKSERVER_PATH) });
    parser.process(app);
    if (!parser.isSet(u"data"_s))
        BenchReport::fail(u"--data is required"_s);
    const int jobCount = std::max(1, parser.value(u"jobs"_s).toInt());
    const int seconds = std::max(1, parser.value(u"seconds"_s).toInt());
    QDir().mkpath(parser.value(u"data"_s));
    QTemporaryDir temp(QDir(parser.value(u"data"_s)).filePath(u"engine-XXXXXX"_s));
    if (!temp.isValid())
        BenchReport::fail(u"cannot create a temporary folder"_s);

    ServerProcess server;
    const QString started = server.start(parser.value(u"mockserver"_s),
        { u"--port"_s, u"0"_s, u"--time-scale"_s, u"10"_s, u"--data-dir"_s, temp.filePath(u"server"_s), u"--ffmpeg"_s,
            u"none"_s });
    if (!started.isEmpty())
        BenchReport::fail(started);
    CountingNetworkAccess nam;
    Api::VideoApiClient client(Api::ProviderProfile::compatible(u"bench"_s, server.baseUrl()), &nam);
    client.setApiKey(u"sk-bench"_s);

    Database db;
    if (!db.open(temp.filePath(u"library/.dailies/library.sqlite"_s)))
        BenchReport::fail(db.errorString());
    Library library(&db, temp.filePath(u"library"_s));
    SpendLedger ledger(&db);
    JobEngine engine(&db, &library, &ledger, [&client](const QString &) { return &client; });
    JobEngine::Settings settings;
    settings.defaultConcurrency = jobCount;
    engine.setSettings(settings);

    StudioModel model(&engine, &library);
    model.reload();
    qint64 dataChanged = 0;
    qint64 resets = 0;
    qint64 structural = 0;
    qint64 visibleReads = 0;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &model,
        [&](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
            ++dataChanged;
            for (int row = topLeft.row(); row <= std::min(bottomRight.row(), kVisibleRows - 1); ++row) {
                const QModelIndex index = model.index(row);
                for (int role : roles)
                    visibleReads += model.data(index, role).isValid() ? 1 : 0;
                visibleReads += model.data(index, Qt::DisplayRole).isValid() ? 1 : 0;
            }
        });
    QObject::connect(&model, &QAbstractItemModel::modelReset, &model, [&] { ++resets; });
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, &model, [&] { ++structural; });
    QObject::connect(&model, &QAbstractItemModel::layoutChanged, &model, [&] { ++structural; });

    // Which jobs run at the provider (and make progress), and how often a job changes.
    QSet<qint64> running;
    QSet<qint64> moving;
    qint64 jobChanges = 0;
    int ended = 0;
    bool watching = true; // until the measurement, which counts the changes only
    QObject::connect(&engine, &JobEngine::jobChanged, &engine, [&](qint64 id) {
        ++jobChanges;
        if (!watching)
            return;
        const std::optional<JobRecord> job = engine.job(id);
        if (job && (job->state == JobState::Queued || job->state == JobState::InProgress))
            running.insert(id);
        if (job && job->state == JobState::InProgress && job->progress > 0)
            moving.insert(id);
    });
    QObject::connect(&engine, &JobEngine::jobFinished, &engine, [&](qint64) { ++ended; });

    engine.start();
    QElapsedTimer submitting;
    submitting.start();
    for (int i = 0; i < jobCount; ++i) {
        JobEngine::SubmitRequest request;
        request.profile = u"bench"_s;
        request.request.prompt = u"take %1: a lighthouse keeper climbing the stairs at dusk"_s.arg(i + 1);
        request.request.model = u"sora-2"_s;
        request.request.size = u"1280x720"_s;
        request.request.seconds = u"4"_s;
        request.allowDuplicate = true;
        const JobEngine::SubmitResult r = engine.submit(request);
        if (!r.ok())
            BenchReport::fail(r.error);
    }
    const double queuedSeconds = double(submitting.elapsed()) / 1000.0;
    if (!EventWait::until([&] { return running.size() == jobCount || ended > 0; }, 600s))
        BenchReport::fail(u"%1 of %2 jobs ran at the provider within 10 minutes"_s.arg(running.size()).arg(jobCount));
    if (ended > 0)
        BenchReport::fail(u"%1 job(s) ended before the measurement"_s.arg(ended));
    const double submitSeconds = double(submitting.elapsed()) / 1000.0;
    // The provider queues a job for a tenth of its time; measured once every job is making progress.
    if (!EventWait::until([&] { return moving.size() == jobCount || ended > 0; }, 600s))
        BenchReport::fail(u"%1 of %2 jobs made progress within 10 minutes"_s.arg(moving.size()).arg(jobCount));
    watching = false;
    BenchReport::note(u"%1 jobs queued in %2 s, all running at the provider after %3 s, all making progress after %4 "
                      "s; requests so far: %5"_s.arg(jobCount)
                          .arg(queuedSeconds, 0, 'f', 1)
                          .arg(submitSeconds, 0, 'f', 1)
                          .arg(double(submitting.elapsed()) / 1000.0, 0, 'f', 1)
                          .arg(nam.total()));
    if (model.rowCount() < jobCount)
        BenchReport::fail(u"the model lists %1 of %2 jobs"_s.arg(model.rowCount()).arg(jobCount));

    // The measurement: the engine at its own rhythm, with nothing else to do.
    const QMap<QString, qint64> requestsBefore = nam.counts;
    const qint64 rowsBefore = totalChanges(db);
    const qint64 changesBefore = jobChanges;
    const qint64 dataChangedBefore = dataChanged;
    resets = 0;
    structural = 0;
    const qint64 cpuStart = ProcessStats::cpuTimeUs();
    const qint64 threadStart = ProcessStats::threadCpuTimeUs();
    QElapsedTimer wall;
    wall.start();
    EventWait::forDuration(std::chrono::seconds(seconds));
    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpuPercent = double(ProcessStats::cpuTimeUs() - cpuStart) / 1e4 / wallSeconds;
    const double threadPercent = double(ProcessStats::threadCpuTimeUs() - threadStart) / 1e4 / wallSeconds;
    const qint64 rows = totalChanges(db) - rowsBefore - 1; // less the count's own query, which changes nothing
    if (ended > 0)
        BenchReport::fail(u"%1 job(s) ended during the measurement"_s.arg(ended));

    QStringList byKind;
    qint64 requests = 0;
    for (auto it = nam.counts.cbegin(); it != nam.counts.cend(); ++it) {
        const qint64 n = it.value() - requestsBefore.value(it.key());
        requests += n;
        byKind << u"%1 %2"_s.arg(n).arg(it.key());
    }
    BenchReport::note(u"measured %1 s: requests %2; %3 job changes, %4 rows written, %5 dataChanged, %6 reads of "
                      "visible rows"_s.arg(wallSeconds, 0, 'f', 1)
                          .arg(byKind.join(u", "_s))
                          .arg(jobChanges - changesBefore)
                          .arg(rows)
                          .arg(dataChanged - dataChangedBefore)
                          .arg(visibleReads));
    BenchReport::figure(u"engine.jobs"_s, jobCount, u"jobs"_s, 0);
    BenchReport::figure(u"engine.all_running_after"_s, submitSeconds, u"s"_s, 1);
    BenchReport::figure(u"engine.cpu"_s, cpuPercent, u"% of one core"_s, 2);
    BenchReport::figure(u"engine.main_thread_cpu"_s, threadPercent, u"% of one core"_s, 2);
    BenchReport::figure(u"engine.requests_per_second"_s, double(requests) / wallSeconds, u"requests/s"_s, 1);
    BenchReport::figure(
        u"engine.progress_updates_per_second"_s, double(jobChanges - changesBefore) / wallSeconds, u"updates/s"_s, 1);
    BenchReport::figure(u"engine.rows_written_per_second"_s, double(rows) / wallSeconds, u"rows/s"_s, 1);
    BenchReport::figure(u"engine.model_resets"_s, double(resets), u"resets"_s, 0);
    BenchReport::figure(u"engine.rows_removed_or_relaid"_s, double(structural), u"signals"_s, 0);
    BenchReport::figure(u"engine.peak_rss"_s, double(ProcessStats::peakResidentKiB()) / 1024.0, u"MiB"_s, 1);
    return 0;
}
