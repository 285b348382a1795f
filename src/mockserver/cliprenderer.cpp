// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/cliprenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dailies::Mock
{

namespace
{
constexpr auto kRenderTimeout = 5min;
const QString kFontFile = u"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"_s;
const QString kPartialFolder = u".partial"_s;
constexpr int kFramesPerSecond = 24;
constexpr int kSpriteTiles = 25;
constexpr int kMaxPromptLines = 12;

QString backgroundColour(const QString &jobId)
{
    static const QStringList palette { u"0x1d2b3a"_s, u"0x2b1d3a"_s, u"0x1d3a2b"_s, u"0x3a2b1d"_s, u"0x1d353a"_s,
        u"0x3a1d2b"_s };
    return palette.at(static_cast<qsizetype>(qHash(jobId) % static_cast<size_t>(palette.size())));
}

QString lastLines(const QByteArray &output)
{
    QString text = QString::fromUtf8(output).trimmed();
    if (text.size() > 400)
        text = u"…"_s + text.right(400);
    return text;
}

int fontSizeFor(int width, int height)
{
    return std::max(16, std::min(width, height) / 22);
}

/// A drawtext start timecode at whole seconds, its colons escaped for the filtergraph: 00\\:01\\:04\\:00.
QString timecodeAt(int seconds)
{
    return u"%1\\:%2\\:%3\\:00"_s.arg(seconds / 3600, 2, 10, QChar(u'0'))
        .arg(seconds / 60 % 60, 2, 10, QChar(u'0'))
        .arg(seconds % 60, 2, 10, QChar(u'0'));
}

bool removeIfPresent(const QString &path)
{
    return !QFileInfo::exists(path) || QFile::remove(path);
}
} // namespace

ClipRenderer::ClipRenderer(QString ffmpeg, QObject *parent)
    : QObject(parent)
    , m_ffmpeg(std::move(ffmpeg))
{
}

ClipRenderer::~ClipRenderer()
{
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        QProcess *process = it.key();
        process->disconnect(this);
        process->kill();
        process->waitForFinished(2000);
        delete process;
    }
}

QString ClipRenderer::videoFileName()
{
    return u"video.mp4"_s;
}

QString ClipRenderer::thumbnailFileName()
{
    return u"thumbnail.webp"_s;
}

QString ClipRenderer::spritesheetFileName()
{
    return u"spritesheet.jpg"_s;
}

void ClipRenderer::enqueue(RenderRequest request)
{
    if (!usesFfmpeg()) {
        // A copy takes milliseconds; still answer through the event loop like a real render.
        QMetaObject::invokeMethod(
            this, [this, request] { copyBundled(request); }, Qt::QueuedConnection);
        return;
    }
    m_queue.push_back(std::move(request));
    startNext();
}

void ClipRenderer::cancel(const QString &jobId)
{
    std::erase_if(m_queue, [&](const RenderRequest &request) { return request.jobId == jobId; });
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        if (it.value().jobId != jobId)
            continue;
        QProcess *process = it.key();
        m_running.erase(it);
        process->disconnect(this);
        process->kill();
        process->waitForFinished(2000);
        process->deleteLater();
        startNext();
        return;
    }
}

void ClipRenderer::startNext()
{
    while (m_running.size() < kMaxProcesses && !m_queue.empty()) {
        const RenderRequest request = std::move(m_queue.front());
        m_queue.pop_front();
        startProcess(request);
    }
}

QString ClipRenderer::wrapPrompt(const QString &prompt, int columns, int maxLines)
{
    const QStringList words = prompt.simplified().split(u' ', Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    bool cut = false;
    for (QString word : words) {
        while (word.size() > columns) { // a word longer than a line is split
            if (!line.isEmpty()) {
                lines << line;
                line.clear();
            }
            lines << word.first(columns);
            word = word.sliced(columns);
        }
        if (!line.isEmpty() && line.size() + 1 + word.size() > columns) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
        if (lines.size() > maxLines) {
            cut = true;
            break;
        }
    }
    if (!line.isEmpty())
        lines << line;
    if (lines.size() > maxLines) {
        lines = lines.first(maxLines);
        cut = true;
    }
    if (cut && !lines.isEmpty()) {
        QString &last = lines.last();
        if (last.size() >= columns)
            last.chop(1);
        last += u"…"_s;
    }
    return lines.join(u'\n');
}

QStringList ClipRenderer::ffmpegArguments(const RenderRequest &request) const
{
    const int w = request.width;
    const int h = request.height;
    const bool extension = request.isExtension();
    const QString total = QString::number(request.seconds);
    // The part drawn here: the whole clip, or an extension's new segment after the source's frames.
    const QString fresh = QString::number(extension ? request.seconds - request.sourceSeconds : request.seconds);
    const int fontSize = fontSizeFor(w, h);
    const int box = std::max(16, std::min(w, h) / 6);

    // Only a font path free of filtergraph metacharacters goes into the graph unescaped.
    static const QRegularExpression plainPath(u"^[A-Za-z0-9/._-]+$"_s);
    const QString font = QFileInfo::exists(kFontFile) && plainPath.match(kFontFile).hasMatch()
        ? u"fontfile=%1:"_s.arg(kFontFile)
        : QString();

    QStringList inputs;
    if (extension)
        inputs << u"-i"_s << request.sourceVideo;
    const int first = extension ? 1 : 0; // the background, then the moving box, then the tone
    inputs << u"-f"_s << u"lavfi"_s << u"-i"_s
           << u"color=c=%1:s=%2x%3:r=%4:d=%5"_s.arg(backgroundColour(request.jobId))
                  .arg(w)
                  .arg(h)
                  .arg(kFramesPerSecond)
                  .arg(fresh);
    inputs << u"-f"_s << u"lavfi"_s << u"-i"_s
           << u"color=c=0xe0a030:s=%1x%1:r=%2:d=%3"_s.arg(box).arg(kFramesPerSecond).arg(fresh);
    inputs << u"-f"_s << u"lavfi"_s << u"-i"_s << u"sine=f=440:d=%1:sample_rate=44100"_s.arg(total);

    // The prompt comes from a file in the working folder, so no character of it is ever parsed by ffmpeg. The
    // timecode of an extension's segment goes on from the source's end.
    const QString segment
        = u"[%1:v][%2:v]overlay=x='mod(t*%3,W-w)':y='H*0.68':shortest=1,"
          "drawtext=%4textfile=prompt.txt:expansion=none:fontcolor=white:fontsize=%5:line_spacing=%6:"
          "box=1:boxcolor=black@0.35:boxborderw=%7:x=(w-tw)/2:y=h*0.1,"
          "drawtext=%4timecode='%8':rate=%9:fontcolor=white@0.8:fontsize=%5:x=(w-tw)/2:y=h-2*lh"_s.arg(first)
              .arg(first + 1)
              .arg(w / 4)
              .arg(font)
              .arg(fontSize)
              .arg(fontSize / 4)
              .arg(fontSize / 2)
              .arg(timecodeAt(extension ? request.sourceSeconds : 0))
              .arg(kFramesPerSecond);
    QString graph;
    if (extension) {
        // Whatever the source file is (a bundled clip of another size or length included): exactly WxH at 24 fps
        // and exactly sourceSeconds long, held on its last frame if it is shorter.
        graph = u"[0:v]scale=%1:%2,setsar=1,fps=%3,format=yuv420p,tpad=stop_mode=clone:stop_duration=%4,"
                "trim=duration=%4,setpts=PTS-STARTPTS[src];"_s.arg(w)
                    .arg(h)
                    .arg(kFramesPerSecond)
                    .arg(request.sourceSeconds)
            + segment + u",setsar=1,format=yuv420p[new];[src][new]concat=n=2:v=1:a=0,"_s;
    } else {
        graph = segment + u","_s;
    }
    graph += u"split=3[v][t][s];"
             "[t]trim=end_frame=1[tv];"
             "[s]fps=%1/%2,scale=trunc(iw/10)*2:-2,tile=5x5:color=%3[sv]"_s.arg(kSpriteTiles)
                 .arg(total, backgroundColour(request.jobId));

    return QStringList { u"-hide_banner"_s, u"-nostdin"_s, u"-y"_s, u"-loglevel"_s, u"error"_s } + inputs
        + QStringList {
              u"-filter_complex"_s,
              graph,
              u"-map"_s,
              u"[v]"_s,
              u"-map"_s,
              u"%1:a"_s.arg(first + 2),
              u"-c:v"_s,
              u"libx264"_s,
              u"-preset"_s,
              u"ultrafast"_s,
              u"-crf"_s,
              u"28"_s,
              u"-maxrate"_s,
              u"3M"_s,
              u"-bufsize"_s,
              u"6M"_s,
              u"-pix_fmt"_s,
              u"yuv420p"_s,
              u"-c:a"_s,
              u"aac"_s,
              u"-b:a"_s,
              u"64k"_s,
              u"-movflags"_s,
              u"+faststart"_s,
              u"-t"_s,
              total,
              videoFileName(),
              u"-map"_s,
              u"[tv]"_s,
              u"-frames:v"_s,
              u"1"_s,
              u"-c:v"_s,
              u"libwebp"_s,
              thumbnailFileName(),
              u"-map"_s,
              u"[sv]"_s,
              u"-frames:v"_s,
              u"1"_s,
              u"-q:v"_s,
              u"5"_s,
              spritesheetFileName(),
          };
}

void ClipRenderer::startProcess(const RenderRequest &request)
{
    const QString workDir = request.outputDir + u'/' + kPartialFolder;
    QDir(workDir).removeRecursively();
    QString error;
    if (!QDir().mkpath(workDir)) {
        error = u"cannot create %1"_s.arg(workDir);
    } else {
        // DejaVu Sans averages about 0.55 em per character; keep a margin of 5 % on each side.
        const int columns = std::max(12, request.width * 90 / (fontSizeFor(request.width, request.height) * 55));
        QSaveFile text(workDir + u"/prompt.txt"_s);
        if (!text.open(QIODevice::WriteOnly)
            || text.write(wrapPrompt(request.prompt, columns, kMaxPromptLines).toUtf8()) < 0 || !text.commit())
            error = u"cannot write the prompt file in %1"_s.arg(workDir);
    }
    if (!error.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, request, error] { Q_EMIT finished(request.jobId, false, error); }, Qt::QueuedConnection);
        return;
    }

    auto *process = new QProcess(this);
    m_running.insert(process, request);
    process->setWorkingDirectory(workDir);
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        const bool ok = status == QProcess::NormalExit && exitCode == 0;
        onProcessFinished(process, ok,
            ok ? QString() : u"ffmpeg failed (exit code %1): %2"_s.arg(exitCode).arg(lastLines(process->readAll())));
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError processError) {
        if (processError == QProcess::FailedToStart)
            onProcessFinished(process, false, u"ffmpeg could not be started: %1"_s.arg(process->errorString()));
    });
    QTimer::singleShot(kRenderTimeout, process, [process] { process->kill(); });
    process->start(m_ffmpeg, ffmpegArguments(request));
}

void ClipRenderer::onProcessFinished(QProcess *process, bool ok, const QString &error)
{
    const auto it = m_running.find(process);
    if (it == m_running.end())
        return;
    const RenderRequest request = it.value();
    m_running.erase(it);
    process->deleteLater();

    const QString workDir = request.outputDir + u'/' + kPartialFolder;
    QString failure = error;
    if (ok) {
        for (const QString &name : { videoFileName(), thumbnailFileName(), spritesheetFileName() }) {
            const QString target = request.outputDir + u'/' + name;
            if (!removeIfPresent(target) || !QFile::rename(workDir + u'/' + name, target)) {
                failure = u"ffmpeg did not produce %1"_s.arg(name);
                break;
            }
        }
    }
    QDir(workDir).removeRecursively();
    startNext();
    Q_EMIT finished(request.jobId, failure.isEmpty(), failure);
}

QString ClipRenderer::bundledClipFolder(int width, int height)
{
    const QString root = u":/dailies/demo"_s;
    const QStringList sizes = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QString best;
    double bestScore = 0;
    for (const QString &size : sizes) {
        const int w = size.section(u'x', 0, 0).toInt();
        const int h = size.section(u'x', 1, 1).toInt();
        if (w <= 0 || h <= 0)
            continue;
        // Orientation first (a wrong one costs more than any size difference), then the closest area.
        const bool sameOrientation = (w >= h) == (width >= height);
        const double score = (sameOrientation ? 0.0 : 1e12)
            + std::abs(static_cast<double>(w) * h - static_cast<double>(width) * height);
        if (best.isEmpty() || score < bestScore) {
            best = size;
            bestScore = score;
        }
    }
    return best.isEmpty() ? QString() : root + u'/' + best;
}

void ClipRenderer::copyBundled(const RenderRequest &request)
{
    const QString source = bundledClipFolder(request.width, request.height);
    QString error;
    if (source.isEmpty())
        error = u"no bundled demo clips are built into this program"_s;
    else if (!QDir().mkpath(request.outputDir))
        error = u"cannot create %1"_s.arg(request.outputDir);
    for (const QString &name : { videoFileName(), thumbnailFileName(), spritesheetFileName() }) {
        if (!error.isEmpty())
            break;
        const QString target = request.outputDir + u'/' + name;
        if (!removeIfPresent(target) || !QFile::copy(source + u'/' + name, target)) {
            error = u"cannot copy the bundled %1 to %2"_s.arg(name, target);
            break;
        }
        QFile::setPermissions(
            target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    }
    Q_EMIT finished(request.jobId, error.isEmpty(), error);
}

} // namespace Dailies::Mock
