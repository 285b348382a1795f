// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/keycommand.h"

#include <QCommandLineParser>
#include <cstdio>

#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/settings/profilestore.h"
#include "core/settings/secretstore.h"

using namespace Qt::StringLiterals;

namespace Dailies::Cli
{

KeyCommand::KeyCommand(CliContext *context, QObject *parent)
    : Command(context, parent)
{
}

int KeyCommand::parse(const QStringList &arguments)
{
    const QString usage = tr("usage: dailies key set PROFILE    (reads the key from standard input)\n"
                             "       dailies key remove PROFILE\n");
    if (arguments.size() != 2 || !QStringList { u"set"_s, u"remove"_s }.contains(arguments.first())) {
        context().err() << usage;
        return ExitUsage;
    }
    m_action = arguments.at(0);
    m_profile = arguments.at(1);
    ProfileStore store(&context().settings());
    if (!store.profile(m_profile)) {
        context().err() << tr("dailies key: there is no profile named '%1'.").arg(m_profile) << Qt::endl;
        return ExitUsage;
    }
    if (m_action == "set"_L1) {
        // The key never appears on the command line, where other users and shell history could see it.
        QTextStream in(stdin);
        m_key = in.readLine().trimmed();
        if (m_key.isEmpty()) {
            context().err()
                << tr("dailies key set: no key on standard input (try: dailies key set %1 < keyfile).").arg(m_profile)
                << Qt::endl;
            return ExitUsage;
        }
    }
    return -1;
}

void KeyCommand::start()
{
    const QString entry = ProfileStore(&context().settings()).profile(m_profile)->secretKey();
    SecretJob *job = m_action == "set"_L1 ? context().secrets().write(entry, m_key) : context().secrets().remove(entry);
    connect(job, &SecretJob::finished, this, [this](const SecretResult &r) {
        if (r.ok() || (m_action == "remove"_L1 && r.status == SecretResult::Status::NotFound)) {
            context().err() << (m_action == "set"_L1 ? tr("stored the key of '%1' in the %2.")
                                                     : tr("removed the key of '%1' from the %2."))
                                   .arg(m_profile, context().secrets().displayName())
                            << Qt::endl;
            finish(ExitOk);
            return;
        }
        context().err() << tr("dailies key: the system keychain refused (%1). Without a keychain, give the key through "
                              "an environment variable: OPENAI_API_KEY, or any variable with --api-key-env NAME.")
                               .arg(r.message)
                        << Qt::endl;
        finish(ExitFailure);
    });
}

} // namespace Dailies::Cli
