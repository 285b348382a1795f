// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/mockserver.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cmath>

#include "mockserver/bodylimittcpserver.h"
#include "mockserver/characterstore.h"
#include "mockserver/cliprenderer.h"
#include "mockserver/faultrules.h"
#include "mockserver/jobstore.h"
#include "mockserver/videoapi.h"
#include "mockserver/videohttpserver.h"

using namespace Qt::StringLiterals;

namespace Dailies::Mock
{

class MockServerPrivate
{
public:
    explicit MockServerPrivate(MockServerOptions serverOptions)
        : options(std::move(serverOptions))
    {
    }

    /// The ffmpeg to run ("" for the bundled clips), or nothing with *error set.
    std::optional<QString> resolveFfmpeg(QString *error) const
    {
        const QString wanted = options.ffmpeg.trimmed();
        if (wanted.compare(u"none"_s, Qt::CaseInsensitive) == 0)
            return QString();
        if (wanted.isEmpty())
            return QStandardPaths::findExecutable(u"ffmpeg"_s); // empty when absent: bundled clips
        const QString found = wanted.contains(u'/') ? wanted : QStandardPaths::findExecutable(wanted);
        const QFileInfo info(found);
        if (found.isEmpty() || !info.isFile() || !info.isExecutable()) {
            if (error)
                *error = u"ffmpeg not found at '%1'"_s.arg(wanted);
            return std::nullopt;
        }
        return info.absoluteFilePath();
    }

    MockServerOptions options;
    QString root;
    std::unique_ptr<QTemporaryDir> temporaryDir;
    std::unique_ptr<ClipRenderer> renderer;
    std::unique_ptr<JobStore> store;
    std::unique_ptr<CharacterStore> characters;
    std::unique_ptr<VideoApi> api;
    // Declared last so that it goes first: its connections call into the api.
    std::unique_ptr<VideoHttpServer> http;
    quint16 port = 0;
};

MockServer::MockServer(MockServerOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<MockServerPrivate>(std::move(options)))
{
}

MockServer::~MockServer() = default;

bool MockServer::start(QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (d->http)
        return fail(u"the demo server is already running"_s);
    if (!std::isfinite(d->options.timeScale) || d->options.timeScale <= 0.0)
        return fail(u"the time scale must be a number above 0, not %1"_s.arg(d->options.timeScale));
    if (d->options.assetTtlSeconds < 1)
        return fail(u"the asset lifetime must be at least 1 second"_s);
    if (d->options.maxBodyBytes < 1)
        return fail(u"the request body limit must be at least 1 byte"_s);
    QString problem;
    const std::optional<FaultRules> faults = FaultRules::parse(d->options.faults, &problem);
    if (!faults)
        return fail(problem);
    const std::optional<QString> ffmpeg = d->resolveFfmpeg(&problem);
    if (!ffmpeg)
        return fail(problem);

    if (d->options.dataDir.isEmpty()) {
        d->temporaryDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/dailies-mockserver-XXXXXX"_s);
        if (!d->temporaryDir->isValid())
            return fail(u"cannot create a temporary folder: %1"_s.arg(d->temporaryDir->errorString()));
        d->root = d->temporaryDir->path();
    } else {
        d->root = QDir(d->options.dataDir).absolutePath();
    }

    auto renderer = std::make_unique<ClipRenderer>(*ffmpeg);
    auto store = std::make_unique<JobStore>(d->root, renderer.get());
    if (!store->open(&problem))
        return fail(problem);
    auto characters = std::make_unique<CharacterStore>(d->root);
    if (!characters->open(&problem))
        return fail(problem);
    auto api = std::make_unique<VideoApi>(
        VideoApi::Settings { d->options.apiKey, d->options.timeScale, d->options.assetTtlSeconds }, store.get(),
        characters.get());
    (void)api->setFaults(d->options.faults);
    api->setObserver([this](const MockRequest &request, const MockResponse &response) {
        Q_EMIT requestHandled(QString::fromLatin1(request.method), request.path, response.status);
    });

    VideoApi *handler = api.get();
    auto http
        = std::make_unique<VideoHttpServer>([handler](const MockRequest &request) { return handler->handle(request); });
    VideoHttpServer *front = http.get();
    auto *tcp = new BodyLimitTcpServer(
        d->options.maxBodyBytes,
        [front](QTcpSocket *socket, MockRequest request) { front->enqueue(socket, std::move(request)); }, front);
    if (!tcp->listen(QHostAddress::LocalHost, d->options.port))
        return fail(u"cannot listen on 127.0.0.1:%1: %2"_s.arg(d->options.port).arg(tcp->errorString()));
    http->bind(tcp);

    d->port = tcp->serverPort();
    d->renderer = std::move(renderer);
    d->store = std::move(store);
    d->characters = std::move(characters);
    d->api = std::move(api);
    d->http = std::move(http);
    return true;
}

quint16 MockServer::port() const
{
    return d->port;
}

QUrl MockServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(d->port));
}

QHash<QString, int> MockServer::requestCounts() const
{
    if (d->api)
        return d->api->requestCounts();
    QHash<QString, int> counts;
    for (const ApiRoute route : allApiRoutes())
        counts.insert(apiRouteKey(route), 0);
    return counts;
}

int MockServer::requestCount(const QString &route) const
{
    return requestCounts().value(route);
}

bool MockServer::setFaults(const QString &spec, QString *error)
{
    if (d->api)
        return d->api->setFaults(spec, error);
    if (!FaultRules::parse(spec, error))
        return false;
    d->options.faults = spec;
    return true;
}

QString MockServer::faults() const
{
    return d->api ? d->api->faultSpec() : d->options.faults.trimmed();
}

QString MockServer::dataDir() const
{
    return d->root.isEmpty() ? d->options.dataDir : d->root;
}

bool MockServer::rendersWithFfmpeg() const
{
    return d->renderer && d->renderer->usesFfmpeg();
}

} // namespace Dailies::Mock
