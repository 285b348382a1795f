// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/coldruns.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

#include <unistd.h>

#include "support/benchreport.h"

using namespace Qt::StringLiterals;

namespace Dailies::Bench
{

QHash<QString, QList<double>> ColdRuns::run(
    const QString &folder, int runs, int timeoutMs, const std::function<void(int run, const Figures &)> &eachRun)
{
    QHash<QString, QList<double>> samples;
    for (int run = 0; run <= runs; ++run) { // run 0 warms the page cache and is not counted
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), { u"--child"_s, folder });
        if (!child.waitForFinished(timeoutMs) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            BenchReport::fail(u"the cold process failed"_s);
        const Figures values = parse(child.readAllStandardOutput());
        if (!values.contains(u"total"_s))
            BenchReport::fail(u"the cold process printed no figures"_s);
        if (run == 0)
            continue;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            samples[it.key()].append(it.value());
        if (eachRun)
            eachRun(run, values);
    }
    return samples;
}

ColdRuns::Figures ColdRuns::runOnce(const QString &folder, const QStringList &arguments, int timeoutMs)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), QStringList { u"--child"_s, folder } + arguments);
    if (!child.waitForFinished(timeoutMs) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        BenchReport::fail(u"the process with %1 failed"_s.arg(arguments.join(u' ')));
    return parse(child.readAllStandardOutput());
}

bool ColdRuns::dropPageCache()
{
    ::sync();
    QFile control(u"/proc/sys/vm/drop_caches"_s);
    return control.open(QIODevice::WriteOnly) && control.write("3\n") == 2 && control.flush();
}

ColdRuns::Figures ColdRuns::parse(const QByteArray &output)
{
    Figures values;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.startsWith("CHILD "))
            continue;
        for (const QByteArray &pair : line.mid(6).split(' ')) {
            const qsizetype eq = pair.indexOf('=');
            if (eq > 0)
                values.insert(QString::fromLatin1(pair.left(eq)), pair.mid(eq + 1).toDouble());
        }
    }
    return values;
}

} // namespace Dailies::Bench
