// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>
#include <memory>

#include "cli/characterscommand.h"
#include "cli/clicontext.h"
#include "cli/generatecommand.h"
#include "cli/keycommand.h"
#include "cli/librarycommand.h"
#include "cli/profilescommand.h"
#include "cli/queuecommand.h"
#include "cli/spendcommand.h"
#include "cli/videoscommand.h"

using namespace Qt::StringLiterals;

namespace Dailies::Cli
{

namespace
{

QString usage()
{
    return QCoreApplication::translate("Dailies::Cli",
        "usage: dailies COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  generate \"PROMPT\"   queue a video (or N variations), follow it and keep it in the library\n"
        "  edit ID \"PROMPT\"   a new video from a finished clip, changed as the prompt says\n"
        "  extend ID \"PROMPT\" --seconds N   continue a finished clip by N seconds (up to 120 s in all)\n"
        "  characters ACTION   characters for prompts: add NAME FILE.mp4, list, get ID\n"
        "  batch FILE          queue one job per row of a .jsonl or .csv file (checked first)\n"
        "  queue ACTION        the durable queue: list, run, pause, resume, cancel ID, retry ID, move ID POS\n"
        "  library ACTION      the offline library: search TEXT, rebuild, export ID... --to DEST, import-remote\n"
        "  spend               spending by day, model or profile; --budget AMOUNT [--hard-stop]\n"
        "  videos ACTION       the raw API: list, get ID, delete ID, download ID, remix/edit/extend ID \"PROMPT\",\n"
        "                      create-character NAME FILE.mp4, get-character ID\n"
        "  profiles ACTION     provider profiles: list, add NAME, remove NAME, default NAME\n"
        "  key ACTION PROFILE  store or remove a profile's API key in the system keychain\n"
        "\n"
        "Provider options: --demo | --profile NAME | --base-url URL, --api-key-env NAME, --json\n"
        "Library option: --library DIR (default: the Dailies folder in your Videos folder)\n"
        "The key comes from the keychain, from OPENAI_API_KEY, or from the variable --api-key-env names; never\n"
        "from the command line.\n"
        "\n"
        "Exit codes: 0 done, 1 a job failed or got stuck, 2 bad usage or input (nothing sent), 3 the provider\n"
        "answered with an error, 4 the provider could not be reached, 5 a local file could not be written.\n"
        "\n"
        "dailies COMMAND --help shows the options of one command.\n");
}

} // namespace

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty()) {
        err << usage();
        return ExitUsage;
    }
    const QString &name = arguments.first();
    if (name == "--help"_L1 || name == "-h"_L1 || name == "help"_L1) {
        out << usage();
        return ExitOk;
    }
    if (name == "--version"_L1 || name == "-v"_L1) {
        out << u"dailies "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }

    CliContext context;
    std::unique_ptr<Command> command;
    if (name == "generate"_L1)
        command = std::make_unique<GenerateCommand>(GenerateCommand::Mode::Prompt, &context, nullptr);
    else if (name == "edit"_L1)
        command = std::make_unique<GenerateCommand>(GenerateCommand::Mode::Edit, &context, nullptr);
    else if (name == "extend"_L1)
        command = std::make_unique<GenerateCommand>(GenerateCommand::Mode::Extend, &context, nullptr);
    else if (name == "characters"_L1)
        command = std::make_unique<CharactersCommand>(&context, nullptr);
    else if (name == "batch"_L1)
        command = std::make_unique<GenerateCommand>(GenerateCommand::Mode::Batch, &context, nullptr);
    else if (name == "queue"_L1)
        command = std::make_unique<QueueCommand>(&context, nullptr);
    else if (name == "library"_L1)
        command = std::make_unique<LibraryCommand>(&context, nullptr);
    else if (name == "spend"_L1)
        command = std::make_unique<SpendCommand>(&context, nullptr);
    else if (name == "videos"_L1)
        command = std::make_unique<VideosCommand>(&context, nullptr);
    else if (name == "profiles"_L1)
        command = std::make_unique<ProfilesCommand>(&context, nullptr);
    else if (name == "key"_L1)
        command = std::make_unique<KeyCommand>(&context, nullptr);
    if (!command) {
        err << QCoreApplication::translate("Dailies::Cli", "dailies: unknown command '%1'.\n\n").arg(name) << usage();
        return ExitUsage;
    }
    const int parsed = command->parse(arguments.mid(1));
    if (parsed >= 0)
        return parsed;
    QObject::connect(
        command.get(), &Command::done, QCoreApplication::instance(), [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(command.get(), &Command::start, Qt::QueuedConnection);
    const int code = QCoreApplication::exec();
    command.reset(); // calls refer to the context's client: end them first
    return code;
}

} // namespace Dailies::Cli
