// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/profilescommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/settings/profilestore.h"
#include "core/settings/secretstore.h"
#include "session/workspace.h"

using namespace Qt::StringLiterals;

namespace Dailies::Cli
{

ProfilesCommand::ProfilesCommand(CliContext *context, QObject *parent)
    : Command(context, parent)
{
}

int ProfilesCommand::parse(const QStringList &arguments)
{
    const QString usage = tr("usage: dailies profiles list [--json]\n"
                             "       dailies profiles add NAME --kind openai|azure|compatible|litellm --base-url URL "
                             "[--organization ID] [--project ID] [--key-env NAME]\n"
                             "       dailies profiles remove NAME\n"
                             "       dailies profiles default NAME\n");
    if (arguments.isEmpty() || arguments.first() == "--help"_L1) {
        (arguments.isEmpty() ? context().err() : context().out()) << usage;
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    m_action = arguments.first();
    QCommandLineParser parser;
    CliContext::addJsonOption(parser);
    parser.addOption(
        { u"kind"_s, tr("openai, azure, compatible or litellm (a LiteLLM proxy)."), u"kind"_s, u"compatible"_s });
    parser.addOption({ u"base-url"_s, tr("The API base URL (Azure: the resource URL)."), u"url"_s });
    parser.addOption({ u"organization"_s, tr("OpenAI-Organization header."), u"id"_s });
    parser.addOption({ u"project"_s, tr("OpenAI-Project header."), u"id"_s });
    parser.addOption(
        { u"key-env"_s, tr("Environment variable to read the key from when the keychain has none."), u"name"_s });
    if (!parser.parse(QStringList { u"dailies profiles"_s } + arguments.mid(1))) {
        context().err() << u"dailies profiles: "_s << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    if (m_action == "list"_L1) {
        if (!context().configure(parser))
            return ExitUsage;
        return positional.isEmpty() ? -1 : ExitUsage;
    }
    if (!QStringList { u"add"_s, u"remove"_s, u"default"_s }.contains(m_action) || positional.size() != 1) {
        context().err() << usage;
        return ExitUsage;
    }
    m_name = positional.first();
    if (m_action == "add"_L1) {
        const auto kind = Api::providerKindFromString(parser.value(u"kind"_s));
        if (!kind || *kind == Api::ProviderKind::Demo) {
            context().err() << tr("dailies profiles add: --kind takes openai, azure, compatible or litellm.")
                            << Qt::endl;
            return ExitUsage;
        }
        const QUrl url = QUrl::fromUserInput(parser.value(u"base-url"_s));
        if (*kind == Api::ProviderKind::Azure) {
            m_profile = Api::ProviderProfile::azure(m_name, url);
        } else if (*kind == Api::ProviderKind::OpenAI) {
            m_profile = Api::ProviderProfile::openAi();
            m_profile.name = m_name;
            if (parser.isSet(u"base-url"_s))
                m_profile.baseUrl = url;
        } else {
            if (!parser.isSet(u"base-url"_s)) {
                context().err() << tr("dailies profiles add: a %1 provider needs --base-url.").arg(Api::toString(*kind))
                                << Qt::endl;
                return ExitUsage;
            }
            m_profile = *kind == Api::ProviderKind::LiteLLM ? Api::ProviderProfile::liteLlm(m_name, url)
                                                            : Api::ProviderProfile::compatible(m_name, url);
        }
        m_profile.organization = parser.value(u"organization"_s);
        m_profile.project = parser.value(u"project"_s);
        if (parser.isSet(u"key-env"_s))
            m_profile.keyEnvironmentVariable = parser.value(u"key-env"_s);
    }
    return -1;
}

void ProfilesCommand::start()
{
    ProfileStore store(&context().settings());
    QString problem;
    if (m_action == "list"_L1) {
        const QString current = store.defaultProfileName();
        QJsonArray array;
        const QList<Api::ProviderProfile> profiles = store.profiles();
        for (const Api::ProviderProfile &p : profiles) {
            if (context().json()) {
                QJsonObject o = QJsonObject::fromVariantMap(p.toVariantMap());
                o.insert("default"_L1, p.name == current);
                array.append(o);
                continue;
            }
            const QString url
                = p.kind == Api::ProviderKind::Demo ? tr("(built in, runs on this computer)") : p.baseUrl.toString();
            context().out() << (p.name == current ? u"* "_s : u"  "_s) << p.name.leftJustified(16) << u' '
                            << Api::toString(p.kind).leftJustified(11) << u' ' << url << Qt::endl;
        }
        if (context().json())
            context().out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else if (m_action == "add"_L1) {
        // The same operation as Settings; a stored profile of that name is replaced, its options and key kept.
        Workspace::ProfileChange change;
        change.profile = m_profile;
        problem = context().workspace().saveProfile(change).problem;
        if (problem.isEmpty())
            context().err() << tr("saved profile '%1'; store its key with 'dailies key set %1'.").arg(m_name)
                            << Qt::endl;
    } else if (m_action == "remove"_L1) {
        // The same removal as Settings: the key and the options go with the profile.
        const bool existed = store.profile(m_name).has_value();
        context().workspace().removeProfile(m_name, [this, existed](const QString &why) {
            if (!why.isEmpty()) {
                context().err() << u"dailies profiles remove: "_s << why << Qt::endl;
                // Refused (built in, unknown): nothing changed. Removed but its key is still in the keychain: 1.
                const bool removed = existed && !ProfileStore(&context().settings()).profile(m_name);
                finish(removed ? ExitFailure : ExitUsage);
                return;
            }
            context().err() << tr("removed profile '%1' with its key and options.").arg(m_name) << Qt::endl;
            finish(ExitOk);
        });
        return;
    } else {
        problem = store.setDefaultProfileName(m_name);
    }
    if (!problem.isEmpty()) {
        context().err() << u"dailies profiles "_s << m_action << u": "_s << problem << Qt::endl;
        finish(ExitUsage);
        return;
    }
    finish(ExitOk);
}

} // namespace Dailies::Cli
