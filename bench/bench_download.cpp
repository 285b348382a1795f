// SPDX-License-Identifier: GPL-3.0-or-later
// Download of a 1 GiB clip from loopback (DESIGN.md §5: at least 90 % of curl's throughput in the same run, resident
// memory flat). A standalone dailies-mockserver (its own process, as curl has its own) finishes one job whose video
// is then replaced in its data folder by a 1 GiB file (an `ftyp` box, then fallocate'd filler). The file is fetched
// alternately by VideoApiClient::download (DownloadCall: to a `.part` file, fsync, rename) while VmRSS is sampled
// every 100 ms, and by curl to /dev/null. The 1 GiB files are deleted at the end.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <atomic>
#include <optional>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

#include "core/api/videoapiclient.h"
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

constexpr qint64 kSize = 1024LL * 1024 * 1024;
constexpr int kRounds = 3;
const QString kKey = u"sk-bench"_s;

// A minimal `ftyp` box (isom, brands isom/iso2/avc1/mp41): what DownloadCall checks before it keeps a video.
const QByteArray kFtyp = QByteArray::fromHex("00000020"
                                             "66747970"
                                             "69736f6d"
                                             "00000200"
                                             "69736f6d"
                                             "69736f32"
                                             "61766331"
                                             "6d703431");

bool writeBigClip(const QString &path, QString *error)
{
    QFile::remove(path);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        *error = u"cannot create %1"_s.arg(path);
        return false;
    }
    bool ok = ::write(fd, kFtyp.constData(), size_t(kFtyp.size())) == kFtyp.size();
    // posix_fallocate allocates real blocks (no sparse file) and falls back to writing zeros where the file
    // system cannot allocate.
    ok = ok && ::posix_fallocate(fd, 0, kSize) == 0;
    ok = (::close(fd) == 0) && ok;
    if (!ok)
        *error = u"cannot write the 1 GiB clip %1"_s.arg(path);
    return ok;
}

struct DailiesRun {
    double seconds = 0; ///< request to finished(): includes fsync and rename
    double lastByteSeconds = 0; ///< request to the last byte written
    double cpuSeconds = 0; ///< CPU time of the whole process meanwhile
    qint64 rssBeforeKiB = 0;
    qint64 rssPeakKiB = 0;
};

struct CurlRun {
    double bytesPerSecond = 0;
    qint64 bytes = 0;
};

// One download through DownloadCall into `folder` while another thread samples VmRSS every 100 ms; the file is
// deleted afterwards.
std::optional<DailiesRun> runDailies(
    Api::VideoApiClient &client, const QString &videoId, const QString &folder, QString *failure)
{
    DailiesRun run;
    std::atomic<bool> sampling { true };
    std::atomic<qint64> peak { 0 };
    run.rssBeforeKiB = ProcessStats::residentKiB();
    std::thread sampler([&sampling, &peak] {
        while (sampling.load()) {
            peak.store(std::max(peak.load(), ProcessStats::residentKiB()));
            std::this_thread::sleep_for(100ms);
        }
    });
    bool done = false;
    Api::DownloadResult result;
    const qint64 cpuBefore = ProcessStats::cpuTimeUs();
    QElapsedTimer timer;
    timer.start();
    Api::DownloadCall *call = client.download(videoId, Api::ContentVariant::Video, folder, u"clip"_s);
    QObject::connect(call, &Api::DownloadCall::progress, call, [&](qint64 written, qint64 total) {
        if (total > 0 && written == total && run.lastByteSeconds == 0)
            run.lastByteSeconds = double(timer.nsecsElapsed()) / 1e9;
    });
    QObject::connect(call, &Api::DownloadCall::finished, call, [&](const Api::DownloadResult &r) {
        run.seconds = double(timer.nsecsElapsed()) / 1e9;
        result = r;
        done = true;
    });
    const bool inTime = EventWait::until([&] { return done; }, 600s);
    run.cpuSeconds = double(ProcessStats::cpuTimeUs() - cpuBefore) / 1e6;
    sampling.store(false);
    sampler.join();
    run.rssPeakKiB = std::max(peak.load(), ProcessStats::residentKiB());
    call->deleteLater();
    QFile::remove(result.filePath);
    QFile::remove(QDir(folder).filePath(u"clip.part"_s));
    if (!inTime || !result.ok() || result.bytes != kSize) {
        *failure = u"the Dailies download failed: %1 (%2 bytes)"_s.arg(result.error.toString()).arg(result.bytes);
        return std::nullopt;
    }
    return run;
}

// curl, as a user would run it; `target` may be /dev/null.
std::optional<CurlRun> runCurl(const QString &curl, const QString &url, const QString &target)
{
    QDir().mkpath(QFileInfo(target).absolutePath());
    QProcess process;
    process.start(curl,
        { u"-s"_s, u"-o"_s, target, u"-w"_s, u"%{speed_download} %{size_download}"_s, u"-H"_s,
            u"Authorization: Bearer "_s + kKey, url });
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        BenchReport::note(QString::fromLocal8Bit(process.readAllStandardError()));
        return std::nullopt;
    }
    const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
    CurlRun c { fields.value(0).toDouble(), fields.value(1).toLongLong() };
    if (c.bytes != kSize)
        return std::nullopt;
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"1 GiB download from loopback: Dailies against curl."_s);
    parser.addHelpOption();
    parser.addOption({ u"data"_s, u"Folder for temporary data (the 1 GiB files are deleted)."_s, u"dir"_s });
    parser.addOption({ u"mockserver"_s, u"The dailies-mockserver executable."_s, u"path"_s,
        QString::fromLocal8Bit(DAILIES_MOCKSERVER_PATH) });
    parser.addOption(
        { u"rounds"_s, u"Downloads by each client (default 3; the best counts)."_s, u"n"_s, QString::number(kRounds) });
    parser.process(app);
    if (!parser.isSet(u"data"_s))
        BenchReport::fail(u"--data is required"_s);
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    if (curl.isEmpty())
        BenchReport::fail(u"curl is not installed (scripts/setup --test installs it)"_s);
    const int rounds = std::max(1, parser.value(u"rounds"_s).toInt());
    const QString root = QDir(parser.value(u"data"_s)).filePath(u"download"_s);
    QDir(root).removeRecursively();
    const QString serverDir = QDir(root).filePath(u"server"_s);
    const QString downloads = QDir(root).filePath(u"downloads"_s);
    QDir().mkpath(downloads);

    ServerProcess server;
    const auto cleanUp = [&] {
        server.stop();
        QDir(root).removeRecursively();
    };
    const auto abortWith = [&](const QString &message) {
        cleanUp();
        BenchReport::fail(message);
    };

    const QString started = server.start(parser.value(u"mockserver"_s),
        { u"--port"_s, u"0"_s, u"--key"_s, kKey, u"--time-scale"_s, u"0.01"_s, u"--data-dir"_s, serverDir,
            u"--ffmpeg"_s, u"none"_s, u"--ttl"_s, u"1000000"_s }); // assets live 10,000 s at this scale
    if (!started.isEmpty())
        abortWith(started);
    const QUrl baseUrl = server.baseUrl();

    QNetworkAccessManager nam;
    Api::VideoApiClient client(Api::ProviderProfile::compatible(u"bench"_s, baseUrl), &nam);
    client.setApiKey(kKey);

    // One finished job to hang the big file on.
    Api::CreateVideoRequest request;
    request.prompt = u"one very long take of the sea"_s;
    request.size = u"1280x720"_s;
    QString videoId;
    bool answered = false;
    Api::VideoCall *create = client.create(request);
    QObject::connect(create, &Api::VideoCall::finished, &client, [&](const Api::VideoResult &r) {
        videoId = r.ok() ? r.video.id : QString();
        answered = true;
    });
    if (!EventWait::until([&] { return answered; }, 30s) || videoId.isEmpty())
        abortWith(u"the create failed"_s);
    bool completed = false;
    for (int attempt = 0; attempt < 300 && !completed; ++attempt) {
        answered = false;
        Api::VideoCall *poll = client.retrieve(videoId);
        QObject::connect(poll, &Api::VideoCall::finished, &client, [&](const Api::VideoResult &r) {
            completed = r.ok() && r.video.status == Api::VideoStatus::Completed;
            answered = true;
        });
        EventWait::until([&] { return answered; }, 30s);
        if (!completed)
            EventWait::forDuration(100ms);
    }
    if (!completed)
        abortWith(u"the job did not complete"_s);
    QString error;
    const QString bigClip = QDir(serverDir).filePath(u"files/%1/video.mp4"_s.arg(videoId));
    QElapsedTimer writing;
    writing.start();
    if (!writeBigClip(bigClip, &error))
        abortWith(error);
    BenchReport::note(u"wrote the 1 GiB clip in %1 ms"_s.arg(writing.elapsed()));
    const QString url = baseUrl.toString() + u"/videos/%1/content"_s.arg(videoId);

    // The server's first read of the file fills its page cache; nobody should pay for that in a timed round.
    const QString shm = QDir(u"/dev/shm"_s).exists()
        ? QDir(u"/dev/shm"_s).filePath(u"dailies-bench-%1"_s.arg(QCoreApplication::applicationPid()))
        : QString();
    const auto curlOnce = [&](const QString &target) {
        const std::optional<CurlRun> c = runCurl(curl, url, target);
        if (!c)
            abortWith(u"curl failed"_s);
        if (target != "/dev/null"_L1)
            QFile::remove(target);
        return *c;
    };
    const auto dailiesOnce = [&](const QString &folder) {
        QString failure;
        const std::optional<DailiesRun> run = runDailies(client, videoId, folder, &failure);
        if (!run)
            abortWith(failure);
        return *run;
    };
    curlOnce(u"/dev/null"_s);

    QList<DailiesRun> toDisk;
    QList<DailiesRun> toMemory;
    QList<double> curlNull;
    QList<double> curlDisk;
    QList<double> curlMemory;
    for (int round = 0; round < rounds; ++round) {
        const DailiesRun disk = dailiesOnce(downloads);
        toDisk.append(disk);
        curlNull.append(curlOnce(u"/dev/null"_s).bytesPerSecond / 1e6);
        curlDisk.append(curlOnce(QDir(downloads).filePath(u"curl.mp4"_s)).bytesPerSecond / 1e6);
        BenchReport::note(u"round %1: Dailies to disk %2 MB/s (last byte after %3 s, finished after %4 s, CPU %5 s), "
                          "RSS %6 -> peak %7 MiB; curl to /dev/null %8 MB/s, to disk %9 MB/s"_s.arg(round + 1)
                              .arg(double(kSize) / disk.seconds / 1e6, 0, 'f', 1)
                              .arg(disk.lastByteSeconds, 0, 'f', 2)
                              .arg(disk.seconds, 0, 'f', 2)
                              .arg(disk.cpuSeconds, 0, 'f', 2)
                              .arg(double(disk.rssBeforeKiB) / 1024.0, 0, 'f', 1)
                              .arg(double(disk.rssPeakKiB) / 1024.0, 0, 'f', 1)
                              .arg(curlNull.last(), 0, 'f', 1)
                              .arg(curlDisk.last(), 0, 'f', 1));
        if (!shm.isEmpty()) {
            const DailiesRun memory = dailiesOnce(shm);
            toMemory.append(memory);
            curlMemory.append(curlOnce(QDir(shm).filePath(u"curl.mp4"_s)).bytesPerSecond / 1e6);
            BenchReport::note(u"round %1: Dailies to tmpfs %2 MB/s (CPU %3 s); curl to tmpfs %4 MB/s"_s.arg(round + 1)
                                  .arg(double(kSize) / memory.seconds / 1e6, 0, 'f', 1)
                                  .arg(memory.cpuSeconds, 0, 'f', 2)
                                  .arg(curlMemory.last(), 0, 'f', 1));
        }
    }
    cleanUp();
    if (!shm.isEmpty())
        QDir(shm).removeRecursively();

    const auto best = [](const QList<DailiesRun> &runs) {
        double b = 0;
        for (const DailiesRun &r : runs)
            b = std::max(b, double(kSize) / r.seconds / 1e6);
        return b;
    };
    const auto bestOf = [](const QList<double> &values) {
        return BenchReport::percentile(values, 100);
    };
    double growthMiB = 0;
    for (const DailiesRun &r : std::as_const(toDisk) + toMemory)
        growthMiB = std::max(growthMiB, double(r.rssPeakKiB - r.rssBeforeKiB) / 1024.0);
    double bestLastByte = 0;
    for (const DailiesRun &r : std::as_const(toDisk)) {
        if (r.lastByteSeconds > 0)
            bestLastByte = std::max(bestLastByte, double(kSize) / r.lastByteSeconds / 1e6);
    }
    BenchReport::figure(u"download.dailies_best"_s, best(toDisk), u"MB/s"_s);
    BenchReport::figure(u"download.curl_best"_s, bestOf(curlNull), u"MB/s"_s);
    // The budget compares like with like: both write the clip to the same disk (Dailies also fsyncs it, curl
    // does not). Against curl to /dev/null the comparison measures the disk, not the client.
    BenchReport::figure(u"download.dailies_to_curl"_s, best(toDisk) / bestOf(curlDisk), u"x"_s, 2);
    BenchReport::figure(u"download.dailies_to_curl_devnull"_s, best(toDisk) / bestOf(curlNull), u"x"_s, 2);
    BenchReport::figure(u"download.rss_growth_max"_s, growthMiB, u"MiB"_s);
    BenchReport::figure(u"download.dailies_to_disk_last_byte_best"_s, bestLastByte, u"MB/s"_s);
    QList<double> finishing;
    for (const DailiesRun &r : std::as_const(toDisk))
        finishing.append((r.seconds - r.lastByteSeconds) * 1000.0);
    BenchReport::figure(
        u"download.fsync_rename_after_last_byte_p50"_s, BenchReport::percentile(finishing, 50), u"ms"_s);
    BenchReport::figure(u"download.curl_to_disk_best"_s, bestOf(curlDisk), u"MB/s"_s);
    if (!shm.isEmpty()) {
        BenchReport::figure(u"download.dailies_to_tmpfs_best"_s, best(toMemory), u"MB/s"_s);
        BenchReport::figure(u"download.curl_to_tmpfs_best"_s, bestOf(curlMemory), u"MB/s"_s);
        BenchReport::figure(u"download.dailies_to_curl_both_tmpfs"_s, best(toMemory) / bestOf(curlMemory), u"x"_s, 2);
    }
    return 0;
}
