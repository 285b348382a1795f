// SPDX-License-Identifier: GPL-3.0-or-later
// dailies-mockserver: the demo provider as a standalone process, for tests and for trying clients by hand.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cmath>
#include <cstdio>

#include "mockserver/faultrules.h"
#include "mockserver/mockserver.h"

using namespace Qt::StringLiterals;

namespace
{
constexpr int kExitBadOptions = 2;
constexpr int kExitCannotStart = 1;

int failOptions(const QString &message)
{
    QTextStream(stderr) << "dailies-mockserver: " << message << "\nTry 'dailies-mockserver --help'.\n";
    return kExitBadOptions;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"dailies-mockserver"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The Dailies demo provider: a complete OpenAI /v1/videos server on 127.0.0.1 (also under /openai/v1).\n"
        "It prints 'listening on http://127.0.0.1:PORT/v1' once it accepts connections."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(
        u"port"_s, u"Port on 127.0.0.1; 0 picks a free one (default 0)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption keyOption(
        u"key"_s, u"The only API key accepted; without it any non-empty key is."_s, u"K"_s);
    const QCommandLineOption scaleOption(u"time-scale"_s,
        u"Multiplies every simulated duration: 0.01 finishes jobs 100x sooner "
        "(default 1)."_s,
        u"X"_s, u"1"_s);
    const QCommandLineOption faultsOption(
        u"faults"_s, u"Fault rules, e.g. '429@create:times=2;reset@content'."_s, u"SPEC"_s);
    const QCommandLineOption dataOption(
        u"data-dir"_s, u"Keep jobs and clips here across restarts (default: a temporary folder)."_s, u"DIR"_s);
    const QCommandLineOption ttlOption(
        u"ttl"_s, u"Seconds after completion at which assets expire (default 3600)."_s, u"S"_s, u"3600"_s);
    const QCommandLineOption ffmpegOption(u"ffmpeg"_s,
        u"The ffmpeg to render with, or 'none' for the bundled clips "
        "(default: ffmpeg from PATH when present)."_s,
        u"PATH"_s);
    const QCommandLineOption verboseOption(u"verbose"_s, u"Log every request to stderr."_s);
    parser.addOptions(
        { portOption, keyOption, scaleOption, faultsOption, dataOption, ttlOption, ffmpegOption, verboseOption });

    if (!parser.parse(QCoreApplication::arguments()))
        return failOptions(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return failOptions(u"unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()));

    Dailies::Mock::MockServerOptions options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return failOptions(u"bad --port '%1': expected a number from 0 to 65535"_s.arg(parser.value(portOption)));
    options.port = static_cast<quint16>(port);
    options.apiKey = parser.value(keyOption);
    options.timeScale = parser.value(scaleOption).toDouble(&ok);
    if (!ok || !std::isfinite(options.timeScale) || options.timeScale <= 0.0)
        return failOptions(
            u"bad --time-scale '%1': expected a number above 0, e.g. 0.05"_s.arg(parser.value(scaleOption)));
    options.assetTtlSeconds = parser.value(ttlOption).toInt(&ok);
    if (!ok || options.assetTtlSeconds < 1)
        return failOptions(
            u"bad --ttl '%1': expected a whole number of seconds, at least 1"_s.arg(parser.value(ttlOption)));
    options.faults = parser.value(faultsOption);
    QString error;
    if (!Dailies::Mock::FaultRules::parse(options.faults, &error))
        return failOptions(u"bad --faults: "_s + error);
    options.dataDir = parser.value(dataOption);
    options.ffmpeg = parser.value(ffmpegOption);

    Dailies::Mock::MockServer server(options);
    if (parser.isSet(verboseOption)) {
        QObject::connect(&server, &Dailies::Mock::MockServer::requestHandled, &server,
            [](const QString &method, const QString &path, int status) {
                QTextStream(stderr) << method << ' ' << path << " -> " << status << '\n';
            });
    }
    if (!server.start(&error)) {
        QTextStream(stderr) << "dailies-mockserver: " << error << '\n';
        // The options were checked above, so what is left is the port or the data folder.
        return error.startsWith(u"ffmpeg"_s) ? kExitBadOptions : kExitCannotStart;
    }
    const QByteArray line = "listening on " + server.baseUrl().toEncoded() + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
    if (parser.isSet(verboseOption)) {
        QTextStream(stderr) << "dailies-mockserver: jobs in " << server.dataDir() << ", clips "
                            << (server.rendersWithFfmpeg() ? "rendered with ffmpeg" : "copied from the bundle")
                            << ", faults '" << server.faults() << "'\n";
    }
    return QCoreApplication::exec();
}
