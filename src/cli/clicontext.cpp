// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicontext.h"

#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>
#include <cstdio>

#include "cli/cli.h"
#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/pricing/spendledger.h"
#include "core/settings/appsettings.h"
#include "core/settings/profilestore.h"
#include "core/settings/secretstore.h"
#include "core/storage/database.h"

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
    , m_workspace(&m_settings)
{
#ifdef Q_OS_UNIX
    m_stderrTty = ::isatty(STDERR_FILENO) == 1;
#endif
}

CliContext::~CliContext() = default;

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
    return m_workspace.secrets();
}

QString CliContext::defaultOutputFolder()
{
    return Workspace::defaultLibraryFolder();
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
        m_profile = Api::ProviderProfile::compatible(Api::kCommandLineProfileName, url);
        m_profile.keyEnvironmentVariable = u"OPENAI_API_KEY"_s;
    } else {
        ProfileStore store(&m_settings);
        const QString name = m_demo                ? QString(Api::kDemoProfileName)
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
    if (!m_apiKeyEnv.isEmpty())
        m_workspace.setKeyOverride(m_profile.name, m_apiKeyEnv);
    if (parser.isSet(u"api-key-env"_s) && qEnvironmentVariable(m_apiKeyEnv.toLocal8Bit().constData()).isEmpty()) {
        m_err << tr("dailies: environment variable %1 (named by --api-key-env) is not set or empty.").arg(m_apiKeyEnv)
              << Qt::endl;
        return false;
    }
    return true;
}

void CliContext::connectClient(std::function<void(Api::VideoApiClient *)> ready)
{
    m_workspace.resolveClient(m_profile, [this, ready](Api::VideoApiClient *client, const QString &problem) {
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
        m_libraryFolder = AppSettings(&m_settings).libraryFolder();
    if (m_libraryFolder.isEmpty())
        m_libraryFolder = defaultOutputFolder();
    m_libraryFolder = QDir(m_libraryFolder).absolutePath();
}

bool CliContext::openWorkspace()
{
    if (m_workspace.isOpen())
        return true;
    m_workspace.setLibraryFolder(m_libraryFolder);
    QString error;
    QString warning;
    if (!m_workspace.open(&error, &warning)) {
        m_err << u"dailies: "_s << error << Qt::endl
              << tr("To start a fresh library, choose another folder with --library DIR.") << Qt::endl;
        return false;
    }
    m_libraryFolder = m_workspace.libraryFolder();
    if (!warning.isEmpty())
        m_err << u"dailies: "_s << warning << Qt::endl;
    return true;
}

void CliContext::startEngine(const QStringList &profileNames, std::function<void(JobEngine *)> ready)
{
    m_workspace.startEngineFor(
        profileNames, { m_profile },
        [this](const QString &name, const QString &problem) {
            m_err << tr("dailies: jobs of profile '%1' wait: %2").arg(name, problem) << Qt::endl;
        },
        [this, ready](JobEngine *engine) {
            connect(engine, &JobEngine::notice, this,
                [this](const QString &text) { m_err << u"dailies: "_s << text << Qt::endl; });
            connect(engine, &JobEngine::budgetAlert, this,
                [this](const QString &text) { m_err << tr("Budget: %1").arg(text) << Qt::endl; });
            ready(engine);
        });
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
