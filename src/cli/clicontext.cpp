// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicontext.h"

#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>
#include <cstdio>

#include "cli/cli.h"
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
    delete m_client; // before the server and the network access manager it uses
    m_client = nullptr;
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

void CliContext::connectClient(std::function<void(Api::VideoApiClient *)> ready)
{
    m_ready = std::move(ready);
    if (m_demo) {
        Mock::MockServerOptions options;
        options.dataDir
            = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo-provider"_s);
        bool ok = false;
        const double scale = qEnvironmentVariable("DAILIES_DEMO_TIME_SCALE").toDouble(&ok);
        options.timeScale = ok && scale > 0 ? scale : 0.5;
        m_demoServer = std::make_unique<Mock::MockServer>(options);
        QString error;
        if (!m_demoServer->start(&error)) {
            m_err << tr("dailies: the demo provider could not start: %1").arg(error) << Qt::endl;
            m_failureCode = ExitFailure;
            m_ready(nullptr);
            return;
        }
        m_profile.baseUrl = m_demoServer->baseUrl();
        finishConnect(u"demo"_s, {});
        return;
    }
    if (!m_apiKeyEnv.isEmpty()) {
        finishConnect(qEnvironmentVariable(m_apiKeyEnv.toLocal8Bit().constData()), {});
        return;
    }
    if (qEnvironmentVariableIsSet("DAILIES_NO_KEYCHAIN") || m_profile.name == "command-line"_L1) {
        finishConnect({}, {});
        return;
    }
    SecretJob *job = secrets().read(m_profile.secretKey());
    connect(job, &SecretJob::finished, this, [this](const SecretResult &result) {
        if (result.ok())
            finishConnect(result.value, {});
        else if (result.status == SecretResult::Status::NotFound)
            finishConnect({}, {});
        else
            finishConnect({}, tr("the system keychain did not answer (%1)").arg(result.message));
    });
}

void CliContext::finishConnect(const QString &keyFound, const QString &keyProblem)
{
    QString key = keyFound;
    QStringList tried;
    for (const QString &variable : { m_profile.keyEnvironmentVariable, u"OPENAI_API_KEY"_s }) {
        if (!key.isEmpty() || variable.isEmpty() || tried.contains(variable))
            continue;
        tried << variable;
        key = qEnvironmentVariable(variable.toLocal8Bit().constData());
    }
    if (key.isEmpty()) {
        m_err << tr("dailies: no API key for profile '%1'. Store one with 'dailies key set %1' (it reads the key "
                    "from standard input), set %2, or name another variable with --api-key-env.")
                     .arg(m_profile.name, tried.join(tr(" or ")));
        if (!keyProblem.isEmpty())
            m_err << u' ' << tr("Note: %1.").arg(keyProblem);
        m_err << Qt::endl;
        m_failureCode = ExitUsage;
        m_ready(nullptr);
        return;
    }
    m_client = new Api::VideoApiClient(m_profile, &m_nam);
    m_client->setApiKey(key);
    m_ready(m_client);
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
