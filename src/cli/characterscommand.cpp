// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/characterscommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/api/videoapiclient.h"
#include "core/library/library.h"

using namespace Qt::StringLiterals;

namespace Dailies::Cli
{

namespace
{

QJsonObject toJson(const CharacterRecord &c)
{
    return { { "id"_L1, c.characterId }, { "name"_L1, c.name }, { "profile"_L1, c.profile },
        { "created_at"_L1, c.createdAt.isValid() ? QJsonValue(c.createdAt.toSecsSinceEpoch()) : QJsonValue() },
        { "source"_L1, c.sourcePath } };
}

} // namespace

CharactersCommand::CharactersCommand(CliContext *context, QObject *parent)
    : Command(context, parent)
{
}

int CharactersCommand::parse(const QStringList &arguments)
{
    const QString usage = tr("usage: dailies characters add NAME FILE.mp4 | list | get ID [options]\n"
                             "       dailies characters ACTION --help shows the options of one action.\n");
    if (arguments.isEmpty() || arguments.first() == "--help"_L1 || arguments.first() == "-h"_L1) {
        (arguments.isEmpty() ? context().err() : context().out()) << usage;
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    m_action = arguments.first();
    if (m_action != "add"_L1 && m_action != "list"_L1 && m_action != "get"_L1) {
        context().err() << tr("dailies characters: unknown action '%1'.\n").arg(m_action) << usage;
        return ExitUsage;
    }
    QCommandLineParser parser;
    CliContext::addProviderOptions(parser);
    CliContext::addLibraryOption(parser);
    parser.addHelpOption();
    if (m_action == "add"_L1) {
        parser.setApplicationDescription(
            tr("Make a character from a 2 to 4 second MP4 clip of one person or creature, and keep it in the library. "
               "Prompts that use it must contain its name exactly."));
        parser.addPositionalArgument(u"name"_s, tr("The name prompts will use (1 to 80 characters)."), u"NAME"_s);
        parser.addPositionalArgument(u"file"_s, tr("The MP4 clip."), u"FILE.mp4"_s);
    } else if (m_action == "get"_L1) {
        parser.setApplicationDescription(tr("Fetch a character from the provider and keep it in the library."));
        parser.addPositionalArgument(u"id"_s, tr("The character's id, e.g. char_…"), u"ID"_s);
    } else {
        parser.setApplicationDescription(tr("List the characters the library keeps (no network)."));
    }
    if (!parser.parse(QStringList { u"dailies characters "_s + m_action } + arguments.mid(1))) {
        context().err() << u"dailies characters "_s << m_action << u": "_s << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        context().out() << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const qsizetype wanted = m_action == "add"_L1 ? 2 : m_action == "get"_L1 ? 1 : 0;
    if (positional.size() != wanted) {
        context().err() << tr("dailies characters %1: expected %2 argument(s), got %3 (see --help).")
                               .arg(m_action)
                               .arg(wanted)
                               .arg(positional.size())
                        << Qt::endl;
        return ExitUsage;
    }
    if (m_action == "add"_L1) {
        m_name = positional.at(0).trimmed();
        m_file = positional.at(1);
        if (const Api::ApiError e = Api::VideoApiClient::validateCharacter(m_name, m_file)) {
            context().err() << u"dailies characters add: "_s << e.toString() << Qt::endl;
            return ExitUsage;
        }
        m_file = QFileInfo(m_file).absoluteFilePath();
    } else if (m_action == "get"_L1) {
        m_id = positional.first();
        if (const Api::ApiError e = Api::VideoApiClient::validateVideoId(m_id)) {
            context().err() << tr("dailies characters get: '%1' is not a character id.").arg(m_id) << Qt::endl;
            return ExitUsage;
        }
    }
    if (!context().configure(parser))
        return ExitUsage;
    context().configureLibrary(parser);
    return -1;
}

void CharactersCommand::start()
{
    if (!context().openWorkspace()) {
        finish(ExitUsage);
        return;
    }
    if (m_action == "list"_L1) {
        list();
        return;
    }
    context().connectClient([this](Api::VideoApiClient *client) {
        if (!client) {
            finish(context().failureCode());
            return;
        }
        if (m_action == "add"_L1)
            add(client);
        else
            get(client);
    });
}

void CharactersCommand::add(Api::VideoApiClient *client)
{
    Api::CharacterCall *call = client->createCharacter(m_name, m_file);
    connect(call, &Api::CharacterCall::finished, this, [this, call](const Api::CharacterResult &r) {
        call->deleteLater();
        if (!r.ok()) {
            if (r.error.outcomeUnknown)
                context().err() << tr("dailies: the character may have been made although the answer was lost; it "
                                      "was not sent again.")
                                << Qt::endl;
            finish(context().reportError(r.error));
            return;
        }
        const CharacterRecord record { .profile = context().profileName(),
            .characterId = r.character.id,
            .name = r.character.name.isEmpty() ? m_name : r.character.name,
            .sourceClipId = 0,
            .sourcePath = m_file,
            .createdAt = r.character.createdAt };
        QString error;
        if (!context().library()->saveCharacter(record, &error)) {
            context().err() << u"dailies: "_s << error << Qt::endl;
            print(record);
            finish(ExitIo);
            return;
        }
        print(record);
        finish(ExitOk);
    });
}

void CharactersCommand::get(Api::VideoApiClient *client)
{
    Api::CharacterCall *call = client->retrieveCharacter(m_id);
    connect(call, &Api::CharacterCall::finished, this, [this, call](const Api::CharacterResult &r) {
        call->deleteLater();
        if (!r.ok()) {
            finish(context().reportError(r.error));
            return;
        }
        const CharacterRecord record { .profile = context().profileName(),
            .characterId = r.character.id,
            .name = r.character.name,
            .sourceClipId = 0,
            .sourcePath = {},
            .createdAt = r.character.createdAt };
        QString error;
        if (!context().library()->saveCharacter(record, &error)) {
            context().err() << u"dailies: "_s << error << Qt::endl;
            finish(ExitIo);
            return;
        }
        print(record);
        finish(ExitOk);
    });
}

void CharactersCommand::list()
{
    const QList<CharacterRecord> all = context().library()->characters();
    if (context().json()) {
        QJsonArray data;
        for (const CharacterRecord &c : all)
            data.append(toJson(c));
        context().printJson(QJsonObject { { "object"_L1, u"list"_s }, { "data"_L1, data } });
    } else {
        for (const CharacterRecord &c : all)
            print(c);
        if (all.isEmpty())
            context().err() << tr("No characters yet; make one with 'dailies characters add NAME FILE.mp4'.")
                            << Qt::endl;
    }
    finish(ExitOk);
}

void CharactersCommand::print(const CharacterRecord &c)
{
    if (context().json() && m_action != "list"_L1) {
        context().printJson(toJson(c));
        return;
    }
    if (context().json())
        return;
    context().out() << c.characterId << u"  "_s << c.name << u"  "_s << c.profile;
    if (c.createdAt.isValid())
        context().out() << u"  "_s << c.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    context().out() << Qt::endl;
}

} // namespace Dailies::Cli
