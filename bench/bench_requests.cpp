// SPDX-License-Identifier: GPL-3.0-or-later
// Requests per completed job (DESIGN.md §5: at most half of a fixed 1 s poll loop, for the same jobs). The same
// number of jobs runs twice on an in-process demo server: through the real JobEngine (with a Library in a temporary
// folder), then followed by a naive loop that asks `GET /videos/{id}` every second and downloads the same three
// files. Counted: every GET the server saw (retrieve, list, content), per completed job.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include "core/api/videoapiclient.h"
#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/pricing/spendledger.h"
#include "core/storage/database.h"
#include "mockserver/mockserver.h"
#include "support/benchreport.h"
#include "support/eventwait.h"
#include "support/fixedpollloop.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Dailies;
using namespace Dailies::Bench;

namespace
{

struct Counts {
    int gets = 0; ///< every GET: retrieve, list and content
    int polls = 0; ///< retrieve and list only
    QStringList byRoute;
};

Counts countsBetween(const QHash<QString, int> &before, const QHash<QString, int> &after)
{
    Counts c;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!it.key().startsWith("GET "_L1))
            continue;
        const int delta = it.value() - before.value(it.key());
        c.gets += delta;
        c.byRoute << u"%1 %2"_s.arg(delta).arg(it.key());
        if (!it.key().endsWith("/content"_L1))
            c.polls += delta;
    }
    return c;
}

Api::CreateVideoRequest requestFor(int i, const QString &run)
{
    Api::CreateVideoRequest r;
    r.prompt = u"%1 take %2: a lighthouse keeper climbing the stairs at dusk"_s.arg(run).arg(i + 1);
    r.model = u"sora-2"_s;
    r.size = u"1280x720"_s;
    r.seconds = u"4"_s;
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Requests per completed job: job engine against a fixed 1 s poll loop."_s);
    parser.addHelpOption();
    parser.addOption({ u"data"_s, u"Folder for temporary data."_s, u"dir"_s });
    parser.addOption({ u"jobs"_s, u"Jobs per run (default 20)."_s, u"n"_s, u"20"_s });
    parser.addOption(
        { u"time-scale"_s, u"Demo server time scale (default 0.3: a job takes ~4-5 s)."_s, u"x"_s, u"0.3"_s });
    parser.process(app);
    if (!parser.isSet(u"data"_s))
        BenchReport::fail(u"--data is required"_s);
    const int jobs = std::max(1, parser.value(u"jobs"_s).toInt());
    QDir().mkpath(parser.value(u"data"_s));
    QTemporaryDir temp(QDir(parser.value(u"data"_s)).filePath(u"requests-XXXXXX"_s));
    if (!temp.isValid())
        BenchReport::fail(u"cannot create a temporary folder"_s);

    Mock::MockServerOptions options;
    options.timeScale = parser.value(u"time-scale"_s).toDouble();
    options.dataDir = temp.filePath(u"server"_s);
    options.ffmpeg = u"none"_s; // bundled clips: rendering would only compete for the two cores
    Mock::MockServer server(options);
    QString error;
    if (!server.start(&error))
        BenchReport::fail(error);
    QNetworkAccessManager nam;
    Api::VideoApiClient client(Api::ProviderProfile::compatible(u"bench"_s, server.baseUrl()), &nam);
    client.setApiKey(u"sk-bench"_s);

    // --- the job engine, with its default polling settings and every job in flight at once
    Database db;
    if (!db.open(temp.filePath(u"library/.dailies/library.sqlite"_s)))
        BenchReport::fail(db.errorString());
    Library library(&db, temp.filePath(u"library"_s));
    SpendLedger ledger(&db);
    JobEngine engine(&db, &library, &ledger, [&client](const QString &) { return &client; });
    JobEngine::Settings settings;
    settings.defaultConcurrency = jobs;
    engine.setSettings(settings);
    engine.start();

    QElapsedTimer clock;
    clock.start();
    QHash<qint64, qint64> submittedAt;
    QList<double> engineSeconds;
    int engineFinished = 0;
    int engineCompleted = 0;
    QObject::connect(&engine, &JobEngine::jobFinished, &engine, [&](qint64 id) {
        ++engineFinished;
        if (engine.job(id)->state == JobState::Completed)
            ++engineCompleted;
        engineSeconds.append(double(clock.elapsed() - submittedAt.value(id)) / 1000.0);
    });
    // A timeline of the engine's requests, for the log: which second of the run, which route.
    QMap<qint64, QMap<QString, int>> timeline;
    const QMetaObject::Connection logging = QObject::connect(
        &server, &Mock::MockServer::requestHandled, &server, [&](const QString &method, const QString &path, int) {
            if (method != "GET"_L1)
                return;
            const QString route = path.endsWith("/content"_L1) ? u"content"_s
                : path.endsWith("/videos"_L1)                  ? u"list"_s
                                                               : u"retrieve"_s;
            ++timeline[clock.elapsed() / 1000][route];
        });
    const QHash<QString, int> engineBefore = server.requestCounts();
    for (int i = 0; i < jobs; ++i) {
        JobEngine::SubmitRequest request;
        request.profile = u"bench"_s;
        request.request = requestFor(i, u"engine"_s);
        const JobEngine::SubmitResult r = engine.submit(request);
        if (!r.ok())
            BenchReport::fail(r.error);
        submittedAt.insert(r.jobIds.first(), clock.elapsed());
    }
    if (!EventWait::until([&] { return engineFinished == jobs; }, 300s))
        BenchReport::fail(u"the engine finished %1 of %2 jobs in time"_s.arg(engineFinished).arg(jobs));
    const Counts engineCounts = countsBetween(engineBefore, server.requestCounts());
    QObject::disconnect(logging);
    for (auto it = timeline.cbegin(); it != timeline.cend(); ++it) {
        QStringList parts;
        for (auto r = it.value().cbegin(); r != it.value().cend(); ++r)
            parts << u"%1 %2"_s.arg(r.value()).arg(r.key());
        BenchReport::note(u"engine second %1: %2"_s.arg(it.key()).arg(parts.join(u", "_s)));
    }
    if (engineCompleted == 0)
        BenchReport::fail(u"no engine job completed"_s);

    // --- the fixed loop, on the same server
    FixedPollLoop loop(&client, temp.filePath(u"fixed-loop"_s));
    QHash<QString, qint64> createdAt;
    QList<double> loopSeconds;
    int loopFinished = 0;
    int loopCompleted = 0;
    QObject::connect(&loop, &FixedPollLoop::finished, &loop, [&](const QString &remoteId, bool completed) {
        ++loopFinished;
        loopCompleted += completed ? 1 : 0;
        loopSeconds.append(double(clock.elapsed() - createdAt.value(remoteId)) / 1000.0);
    });
    const QHash<QString, int> loopBefore = server.requestCounts();
    for (int i = 0; i < jobs; ++i) {
        const qint64 sentAt = clock.elapsed();
        Api::VideoCall *call = client.create(requestFor(i, u"fixed"_s));
        QObject::connect(call, &Api::VideoCall::finished, &loop, [&, call, sentAt](const Api::VideoResult &r) {
            call->deleteLater();
            if (!r.ok()) {
                ++loopFinished;
                return;
            }
            createdAt.insert(r.video.id, sentAt);
            loop.follow(r.video.id);
        });
    }
    if (!EventWait::until([&] { return loopFinished == jobs; }, 300s))
        BenchReport::fail(u"the fixed loop finished %1 of %2 jobs in time"_s.arg(loopFinished).arg(jobs));
    const Counts loopCounts = countsBetween(loopBefore, server.requestCounts());
    if (loopCompleted == 0)
        BenchReport::fail(u"no fixed-loop job completed"_s);

    BenchReport::note(u"engine: %1 of %2 jobs completed, %3 GETs (%4 polls); fixed loop: %5 of %2 completed, %6 GETs "
                      "(%7 polls)"_s.arg(engineCompleted)
                          .arg(jobs)
                          .arg(engineCounts.gets)
                          .arg(engineCounts.polls)
                          .arg(loopCompleted)
                          .arg(loopCounts.gets)
                          .arg(loopCounts.polls));
    BenchReport::note(u"engine: "_s + engineCounts.byRoute.join(u", "_s));
    BenchReport::note(u"fixed loop: "_s + loopCounts.byRoute.join(u", "_s));
    const double enginePerJob = double(engineCounts.gets) / engineCompleted;
    const double loopPerJob = double(loopCounts.gets) / loopCompleted;
    BenchReport::figure(u"requests.engine_gets_per_job"_s, enginePerJob, u"GET/job"_s, 2);
    BenchReport::figure(u"requests.fixed_loop_gets_per_job"_s, loopPerJob, u"GET/job"_s, 2);
    BenchReport::figure(u"requests.engine_to_fixed_ratio"_s, enginePerJob / loopPerJob, u"x"_s, 2);
    BenchReport::figure(
        u"requests.engine_polls_per_job"_s, double(engineCounts.polls) / engineCompleted, u"GET/job"_s, 2);
    BenchReport::figure(
        u"requests.fixed_loop_polls_per_job"_s, double(loopCounts.polls) / loopCompleted, u"GET/job"_s, 2);
    BenchReport::figure(u"requests.engine_job_time_p50"_s, BenchReport::percentile(engineSeconds, 50), u"s"_s, 2);
    BenchReport::figure(u"requests.fixed_loop_job_time_p50"_s, BenchReport::percentile(loopSeconds, 50), u"s"_s, 2);
    return 0;
}
