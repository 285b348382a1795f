// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicontext.h"

#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>
#include <cstdio>

#include "cli/cli.h"
#include "core/jobs/jobengine.h"
#include "core/library/database.h"
#include "core/library/library.h"
#include "core/pricing/spendledger.h"
#include "core/providers/capabilities.h"
#include "core/settings/keychainsecretstore.h"
#include "core/settings/profilestore.h"
#include "mockserver/mockserver.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Dailies::Cli
{

CliContext::CliContext(QObject *parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{
#ifdef Q_OS_UNIX
    m_stderrTty = ::isatty(STDERR_FILENO) == 1;
#endif
}

CliContext::~CliContext()
{
    // Engine first (it uses the clients), then the clients (they use the server and the network manager).
    m_engine.reset();
    qDeleteAll(m_clients);
    m_clients.clear();
}

void CliContext::addProviderOptions(QCommandLineParser &parser)
{
    parser.addOption({ u"profile"_s, tr("Use provider profile NAME (see 'dailies profiles list')."), u"name"_s });
    parser.addOption({ u"demo"_s, tr("Use the built-in demo provider (no key, nothing billed).") });
    parser.addOption(
        { u"base-url"_s, tr("Use an OpenAI-compatible provider at URL (https, or http to this computer)."), u"url"_s });
    parser.addOption({ u"api-key-env"_s, tr("Read the API key from environment variable NAME."), u"name"_s });
    addJsonOption(parser);
}

void CliContext::addJsonOption(QCommandLineParser &parser)
{
    parser.addOption({ u"json"_s, tr("Print the provider's JSON objects instead of text.") });
}

SecretStore &CliContext::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>(u"Dailies"_s);
    return *m_secrets;
}

QString CliContext::defaultOutputFolder()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    if (base.isEmpty())
        base = QDir::home().filePath(u"Videos"_s);
    return QDir(base).filePath(u"Dailies"_s);
}

bool CliContext::configure(const QCommandLineParser &parser)
{
    m_json = parser.isSet(u"json"_s);
    m_demo = parser.isSet(u"demo"_s);
    m_apiKeyEnv = parser.value(u"api-key-env"_s);
    const int sources = int(m_demo) + int(parser.isSet(u"profile"_s)) + int(parser.isSet(u"base-url"_s));
    if (sources > 1) {
        m_err << tr("dailies: use only one of --demo, --profile and --base-url.") << Qt::endl;
        return false;
    }
    if (parser.isSet(u"base-url"_s)) {
        const QUrl url = QUrl::fromUserInput(parser.value(u"base-url"_s));
        m_profile = Api::ProviderProfile::compatible(u"command-line"_s, url);
        m_profile.keyEnvironmentVariable = u"OPENAI_API_KEY"_s;
    } else {
        ProfileStore store(&m_settings);
        const QString name = m_demo                ? u"demo"_s
            : parser.value(u"profile"_s).isEmpty() ? store.defaultProfileName()
                                                   : parser.value(u"profile"_s);
        const std::optional<Api::ProviderProfile> p = store.profile(name);
        if (!p) {
            m_err << tr("dailies: there is no profile named '%1'; 'dailies profiles list' shows them.").arg(name)
                  << Qt::endl;
            return false;
        }
        m_profile = *p;
        m_demo = m_profile.kind == Api::ProviderKind::Demo;
    }
    if (!m_demo) {
        if (const QString problem = m_profile.validate(); !problem.isEmpty()) {
            m_err << u"dailies: "_s << problem << Qt::endl;
            return false;
        }
    }
    if (parser.isSet(u"api-key-env"_s) && qEnvironmentVariable(m_apiKeyEnv.toLocal8Bit().constData()).isEmpty()) {
        m_err << tr("dailies: environment variable %1 (named by --api-key-env) is not set or empty.").arg(m_apiKeyEnv)
              << Qt::endl;
        return false;
    }
    return true;
}

bool CliContext::startDemoServer(Api::ProviderProfile &profile, QString *error)
{
    if (!m_demoServer) {
        Mock::MockServerOptions options;
        options.dataDir
            = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo-provider"_s);
        bool ok = false;
        const double scale = qEnvironmentVariable("DAILIES_DEMO_TIME_SCALE").toDouble(&ok);
        options.timeScale = ok && scale > 0 ? scale : 0.5;
        auto server = std::make_unique<Mock::MockServer>(options);
        if (!server->start(error))
            return false;
        m_demoServer = std::move(server);
    }
    profile.baseUrl = m_demoServer->baseUrl();
    return true;
}

void CliContext::resolveClient(
    Api::ProviderProfile profile, std::function<void(Api::VideoApiClient *, const QString &)> done)
{
    if (Api::VideoApiClient *existing = m_clients.value(profile.name)) {
        done(existing, {});
        return;
    }
    const auto make = [this, done](const Api::ProviderProfile &p, const QString &key) {
        auto *client = new Api::VideoApiClient(p, &m_nam);
        client->setApiKey(key);
        m_clients.insert(p.name, client);
        done(client, {});
    };
    const auto fromEnvironment = [make, done](const Api::ProviderProfile &p, const QString &keyProblem) {
        QStringList tried;
        QString key;
        for (const QString &variable : { p.keyEnvironmentVariable, u"OPENAI_API_KEY"_s }) {
            if (!key.isEmpty() || variable.isEmpty() || tried.contains(variable))
                continue;
            tried << variable;
            key = qEnvironmentVariable(variable.toLocal8Bit().constData());
        }
        if (!key.isEmpty()) {
            make(p, key);
            return;
        }
        QString message = tr("no API key for profile '%1'. Store one with 'dailies key set %1' (it reads the key from "
                             "standard input), set %2, or name another variable with --api-key-env.")
                              .arg(p.name, tried.join(tr(" or ")));
        if (!keyProblem.isEmpty())
            message += u' ' + tr("Note: %1.").arg(keyProblem);
        done(nullptr, message);
    };
    if (profile.kind == Api::ProviderKind::Demo) {
        QString error;
        if (!startDemoServer(profile, &error)) {
            done(nullptr, tr("the demo provider could not start: %1").arg(error));
            return;
        }
        make(profile, u"demo"_s);
        return;
    }
    if (!m_apiKeyEnv.isEmpty() && profile.name == m_profile.name) {
        make(profile, qEnvironmentVariable(m_apiKeyEnv.toLocal8Bit().constData()));
        return;
    }
    if (qEnvironmentVariableIsSet("DAILIES_NO_KEYCHAIN") || profile.name == "command-line"_L1) {
        fromEnvironment(profile, {});
        return;
    }
    SecretJob *job = secrets().read(profile.secretKey());
    connect(job, &SecretJob::finished, this, [make, fromEnvironment, profile](const SecretResult &result) {
        if (result.ok())
            make(profile, result.value);
        else if (result.status == SecretResult::Status::NotFound)
            fromEnvironment(profile, {});
        else
            fromEnvironment(profile, tr("the system keychain did not answer (%1)").arg(result.message));
    });
}

void CliContext::connectClient(std::function<void(Api::VideoApiClient *)> ready)
{
    resolveClient(m_profile, [this, ready](Api::VideoApiClient *client, const QString &problem) {
        if (!client) {
            m_err << u"dailies: "_s << problem << Qt::endl;
            m_failureCode = m_profile.kind == Api::ProviderKind::Demo ? ExitFailure : ExitUsage;
        }
        ready(client);
    });
}

void CliContext::addLibraryOption(QCommandLineParser &parser)
{
    parser.addOption({ { u"library"_s, u"out"_s },
        tr("The library folder (default: %1). Its catalogue lives in its .dailies folder.")
            .arg(QDir::toNativeSeparators(defaultOutputFolder())),
        u"dir"_s });
}

void CliContext::configureLibrary(const QCommandLineParser &parser)
{
    m_libraryFolder = parser.value(u"library"_s);
    if (m_libraryFolder.isEmpty())
        m_libraryFolder = m_settings.value(u"library/folder"_s, defaultOutputFolder()).toString();
    m_libraryFolder = QDir(m_libraryFolder).absolutePath();
}

bool CliContext::openWorkspace()
{
    if (m_database)
        return true;
    if (m_libraryFolder.isEmpty())
        m_libraryFolder = QDir(m_settings.value(u"library/folder"_s, defaultOutputFolder()).toString()).absolutePath();
    auto database = std::make_unique<Database>();
    const QString path = QDir(m_libraryFolder).filePath(u".dailies/library.sqlite"_s);
    if (!database->open(path)) {
        m_err << u"dailies: "_s << database->errorString() << Qt::endl
              << tr("To start a fresh library, choose another folder with --library DIR.") << Qt::endl;
        return false;
    }
    m_database = std::move(database);
    m_library = std::make_unique<Library>(m_database.get(), m_libraryFolder);
    const QString libraryTemplate = m_settings.value(u"library/template"_s).toString();
    if (!libraryTemplate.isEmpty() && !m_library->setFileNameTemplate(libraryTemplate))
        m_err << tr("dailies: the file name template in the settings is not usable (%1); using the default.")
                     .arg(Library::validateTemplate(libraryTemplate))
              << Qt::endl;
    m_ledger = std::make_unique<SpendLedger>(m_database.get());
    return true;
}

void CliContext::startEngine(const QStringList &profileNames, std::function<void(JobEngine *)> ready)
{
    auto pending = std::make_shared<QStringList>(profileNames);
    pending->removeDuplicates();
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, pending, next, ready]() {
        if (pending->isEmpty()) {
            m_engine = std::make_unique<JobEngine>(m_database.get(), m_library.get(), m_ledger.get(),
                [this](const QString &profile) { return m_clients.value(profile); });
            const CapabilityTable &caps = CapabilityTable::builtIn();
            for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
                const Api::ProviderKind kind = it.value()->profile().kind;
                m_engine->setProfileKind(it.key(), caps.maxConcurrentJobs(kind), kind != Api::ProviderKind::Demo);
            }
            connect(m_engine.get(), &JobEngine::notice, this,
                [this](const QString &text) { m_err << u"dailies: "_s << text << Qt::endl; });
            connect(m_engine.get(), &JobEngine::budgetAlert, this,
                [this](const QString &text) { m_err << tr("Budget: %1").arg(text) << Qt::endl; });
            ready(m_engine.get());
            return;
        }
        const QString name = pending->takeFirst();
        ProfileStore store(&m_settings);
        const std::optional<Api::ProviderProfile> profile
            = name == m_profile.name ? std::optional(m_profile) : store.profile(name);
        if (!profile) {
            m_err << tr("dailies: jobs of profile '%1' wait: there is no such profile any more.").arg(name) << Qt::endl;
            (*next)();
            return;
        }
        resolveClient(*profile, [this, name, next](Api::VideoApiClient *client, const QString &problem) {
            if (!client)
                m_err << tr("dailies: jobs of profile '%1' wait: %2").arg(name, problem) << Qt::endl;
            (*next)();
        });
    };
    (*next)();
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

int CliContext::exitCodeFor(const Api::ApiError &error)
{
    using Kind = Api::ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return ExitOk;
    case Kind::InvalidInput:
    case Kind::Config:
        return ExitUsage;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::CircuitOpen:
        return ExitNetwork;
    case Kind::Io:
        return ExitIo;
    case Kind::Http:
    case Kind::Api:
    case Kind::Parse:
        return ExitApi;
    case Kind::Cancelled:
        return ExitFailure;
    }
    return ExitFailure;
}

int CliContext::reportError(const Api::ApiError &error, const QString &context)
{
    m_err << u"dailies: "_s;
    if (!context.isEmpty())
        m_err << context << u": "_s;
    m_err << error.toString() << Qt::endl;
    return exitCodeFor(error);
}

} // namespace Dailies::Cli
