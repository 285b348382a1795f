// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/videoscommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/api/videoapiclient.h"
#include "core/util/filenames.h"

using namespace Qt::StringLiterals;

namespace Dailies::Cli
{

namespace
{

QString formatTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
}

} // namespace

VideosCommand::VideosCommand(CliContext *context, QObject *parent)
    : Command(context, parent)
{
}

int VideosCommand::parse(const QStringList &arguments)
{
    static const QStringList actions { u"list"_s, u"get"_s, u"delete"_s, u"download"_s, u"remix"_s, u"edit"_s,
        u"extend"_s, u"create-character"_s, u"get-character"_s };
    const QString usage = tr("usage: dailies videos list|get ID|delete ID|download ID|remix ID \"PROMPT\"|\n"
                             "                     edit ID \"PROMPT\"|extend ID \"PROMPT\" --seconds N|\n"
                             "                     create-character NAME FILE.mp4|get-character ID [options]\n"
                             "       dailies videos ACTION --help shows the options of one action.\n");
    if (arguments.isEmpty() || arguments.first() == "--help"_L1 || arguments.first() == "-h"_L1) {
        (arguments.isEmpty() ? context().err() : context().out()) << usage;
        return arguments.isEmpty() ? ExitUsage : ExitOk;
    }
    m_action = arguments.first();
    if (!actions.contains(m_action)) {
        context().err() << tr("dailies videos: unknown action '%1'.\n").arg(m_action) << usage;
        return ExitUsage;
    }
    QCommandLineParser parser;
    CliContext::addProviderOptions(parser);
    parser.addHelpOption();
    addOptions(parser);
    if (!parser.parse(QStringList { u"dailies videos "_s + m_action } + arguments.mid(1))) {
        context().err() << u"dailies videos "_s << m_action << u": "_s << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        context().out() << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const qsizetype wanted = m_action == "list"_L1 ? 0
        : m_action == "remix"_L1 || m_action == "edit"_L1 || m_action == "extend"_L1
            || m_action == "create-character"_L1
        ? 2
        : 1;
    if (positional.size() != wanted) {
        context().err() << tr("dailies videos %1: expected %2 argument(s), got %3 (see --help).")
                               .arg(m_action)
                               .arg(wanted)
                               .arg(positional.size())
                        << Qt::endl;
        return ExitUsage;
    }
    if (m_action == "create-character"_L1) {
        m_prompt = positional.at(0); // the name
        m_fileName = QFileInfo(positional.at(1)).absoluteFilePath();
        if (const Api::ApiError e = Api::VideoApiClient::validateCharacter(m_prompt, m_fileName)) {
            context().err() << u"dailies videos create-character: "_s << e.toString() << Qt::endl;
            return ExitUsage;
        }
    } else if (wanted > 0) {
        m_videoId = positional.first();
        if (const Api::ApiError e = Api::VideoApiClient::validateVideoId(m_videoId)) {
            context().err() << u"dailies videos "_s << m_action << u": "_s << e.toString() << Qt::endl;
            return ExitUsage;
        }
    }
    if (const int code = parseListOrDownload(parser); code >= 0)
        return code;
    if (m_action == "remix"_L1 || m_action == "edit"_L1 || m_action == "extend"_L1) {
        m_prompt = positional.at(1);
        if (const Api::ApiError e = Api::VideoApiClient::validatePrompt(m_prompt)) {
            context().err() << u"dailies videos "_s << m_action << u": "_s << e.toString() << Qt::endl;
            return ExitUsage;
        }
    }
    if (m_action == "extend"_L1) {
        m_seconds = parser.value(u"seconds"_s);
        if (const Api::ApiError e = Api::VideoApiClient::validateExtensionSeconds(m_seconds)) {
            context().err() << u"dailies videos extend: "_s << e.toString() << Qt::endl;
            return ExitUsage;
        }
    }
    if (!context().configure(parser))
        return ExitUsage;
    return -1;
}

void VideosCommand::addOptions(QCommandLineParser &parser) const
{
    if (m_action == "list"_L1) {
        parser.setApplicationDescription(tr("List the provider's videos, newest first."));
        parser.addOption({ u"limit"_s, tr("Videos per page (1-100)."), u"n"_s });
        parser.addOption({ u"order"_s, tr("asc or desc."), u"order"_s });
        parser.addOption({ u"after"_s, tr("Start after this video id (cursor)."), u"id"_s });
        parser.addOption({ u"all"_s, tr("Follow the cursor through every page.") });
    } else if (m_action == "create-character"_L1) {
        parser.setApplicationDescription(tr("Make a character from a 2 to 4 second MP4 clip (the raw API call; "
                                            "'dailies characters add' also keeps it in the library)."));
        parser.addPositionalArgument(u"name"_s, tr("The character's name."));
        parser.addPositionalArgument(u"file"_s, tr("The MP4 clip."));
    } else if (m_action == "get-character"_L1) {
        parser.setApplicationDescription(tr("Show a character."));
        parser.addPositionalArgument(u"id"_s, tr("The character id, e.g. char_…"));
    } else {
        parser.addPositionalArgument(u"id"_s, tr("The video id, e.g. video_68f1…"));
    }
    if (m_action == "edit"_L1 || m_action == "extend"_L1) {
        // The raw API call only: waiting and keeping the clip is 'dailies edit' or 'dailies extend'.
        parser.setApplicationDescription(m_action == "edit"_L1
                ? tr("Start a new video from a finished one, changed as the prompt says (billed). To wait for it "
                     "and keep it in the library, use 'dailies edit ID \"PROMPT\"'.")
                : tr("Start an extension of a finished video by --seconds (billed). To wait for it and keep it in "
                     "the library, use 'dailies extend ID \"PROMPT\" --seconds N'."));
        parser.addPositionalArgument(u"prompt"_s, tr("The prompt, in quotes."));
        if (m_action == "extend"_L1)
            parser.addOption({ u"seconds"_s, tr("How much to add: 4, 8, 12, 16 or 20 seconds."), u"s"_s });
    }
    if (m_action == "download"_L1) {
        parser.setApplicationDescription(tr("Download a finished video's files (resumes a partial download)."));
        parser.addOption(
            { u"variant"_s, tr("video, thumbnail, spritesheet or all (default video)."), u"variant"_s, u"video"_s });
        parser.addOption({ u"out"_s, tr("Folder to save into (default: the current folder)."), u"dir"_s, u"."_s });
        parser.addOption({ u"name"_s, tr("File name without extension (default: the video id)."), u"name"_s });
    }
    if (m_action == "remix"_L1) {
        // The raw API call only: waiting and keeping the clip is 'generate --remix-of', which goes through the queue.
        parser.setApplicationDescription(tr("Start a new video from a finished one with a changed prompt. To wait for "
                                            "it and keep it in the library, use 'dailies generate --remix-of ID "
                                            "\"PROMPT\"'."));
        parser.addPositionalArgument(u"prompt"_s, tr("The new prompt, in quotes."));
    }
}

int VideosCommand::parseListOrDownload(const QCommandLineParser &parser)
{
    if (m_action == "list"_L1) {
        bool ok = true;
        if (parser.isSet(u"limit"_s)) {
            m_query.limit = parser.value(u"limit"_s).toInt(&ok);
            if (!ok || m_query.limit < 1 || m_query.limit > 100) {
                context().err() << tr("dailies videos list: --limit takes a number from 1 to 100.") << Qt::endl;
                return ExitUsage;
            }
        }
        m_query.order = parser.value(u"order"_s);
        if (!m_query.order.isEmpty() && m_query.order != "asc"_L1 && m_query.order != "desc"_L1) {
            context().err() << tr("dailies videos list: --order takes asc or desc.") << Qt::endl;
            return ExitUsage;
        }
        m_query.after = parser.value(u"after"_s);
        m_query.allPages = parser.isSet(u"all"_s);
    }
    if (m_action == "download"_L1) {
        const QString variant = parser.value(u"variant"_s);
        if (variant == "all"_L1) {
            m_variants
                = { Api::ContentVariant::Video, Api::ContentVariant::Thumbnail, Api::ContentVariant::Spritesheet };
        } else if (const auto v = Api::contentVariantFromString(variant)) {
            m_variants = { *v };
        } else {
            context().err() << tr(
                "dailies videos download: --variant takes video, thumbnail, spritesheet or all, not '%1'.")
                                   .arg(variant)
                            << Qt::endl;
            return ExitUsage;
        }
        m_outputFolder = parser.value(u"out"_s);
        m_fileName = parser.isSet(u"name"_s) ? sanitizeFileName(parser.value(u"name"_s)) : m_videoId;
        if (!QDir().mkpath(m_outputFolder)) {
            context().err() << tr("dailies videos download: cannot create the folder '%1'.").arg(m_outputFolder)
                            << Qt::endl;
            return ExitIo;
        }
    }
    return -1;
}

void VideosCommand::start()
{
    context().connectClient([this](Api::VideoApiClient *client) {
        if (!client) {
            finish(context().failureCode());
            return;
        }
        run(client);
    });
}

void VideosCommand::run(Api::VideoApiClient *client)
{
    if (m_action == "list"_L1)
        list(client);
    else if (m_action == "get"_L1)
        get(client);
    else if (m_action == "delete"_L1)
        remove(client);
    else if (m_action == "download"_L1)
        download(client);
    else if (m_action == "create-character"_L1 || m_action == "get-character"_L1)
        character(client);
    else
        remix(client);
}

void VideosCommand::printVideo(const Api::Video &v)
{
    if (context().json()) {
        context().printJson(v.raw);
        return;
    }
    QTextStream &out = context().out();
    out << v.id << u"  "_s << v.statusText;
    if (v.status == Api::VideoStatus::InProgress || v.status == Api::VideoStatus::Queued)
        out << u' ' << v.progress << u'%';
    out << u"  "_s << v.model << u"  "_s << v.size << u"  "_s << v.seconds << u"s  "_s << formatTime(v.createdAt);
    if (!v.remixedFromVideoId.isEmpty())
        out << u"  remix of "_s << v.remixedFromVideoId;
    if (v.hasError())
        out << u"  error: "_s << v.errorCode << u' ' << v.errorMessage;
    if (v.expiresAt.isValid())
        out << u"  expires "_s << formatTime(v.expiresAt);
    out << u"\n    "_s << v.prompt.simplified().left(100) << Qt::endl;
}

void VideosCommand::list(Api::VideoApiClient *client)
{
    Api::VideoListCall *call = client->list(m_query);
    connect(call, &Api::VideoListCall::finished, this, [this, call](const Api::VideoListResult &r) {
        call->deleteLater();
        if (!r.ok()) {
            finish(context().reportError(r.error));
            return;
        }
        if (context().json()) {
            QJsonArray data;
            for (const Api::Video &v : r.page.data)
                data.append(v.raw);
            QJsonObject page { { "object"_L1, u"list"_s }, { "data"_L1, data }, { "has_more"_L1, r.page.hasMore } };
            page.insert("first_id"_L1, r.page.firstId.isEmpty() ? QJsonValue() : QJsonValue(r.page.firstId));
            page.insert("last_id"_L1, r.page.lastId.isEmpty() ? QJsonValue() : QJsonValue(r.page.lastId));
            context().printJson(page);
        } else {
            for (const Api::Video &v : r.page.data)
                printVideo(v);
            if (r.page.data.isEmpty())
                context().err() << tr("No videos.") << Qt::endl;
            if (r.page.hasMore)
                context().err() << tr("More videos follow: --after %1, or --all.").arg(r.page.lastId) << Qt::endl;
        }
        finish(ExitOk);
    });
}

void VideosCommand::get(Api::VideoApiClient *client)
{
    Api::VideoCall *call = client->retrieve(m_videoId);
    connect(call, &Api::VideoCall::finished, this, [this, call](const Api::VideoResult &r) {
        call->deleteLater();
        if (!r.ok()) {
            finish(context().reportError(r.error));
            return;
        }
        printVideo(r.video);
        finish(ExitOk);
    });
}

void VideosCommand::remove(Api::VideoApiClient *client)
{
    Api::DeleteVideoCall *call = client->remove(m_videoId);
    connect(call, &Api::DeleteVideoCall::finished, this, [this, call](const Api::DeleteVideoResult &r) {
        call->deleteLater();
        if (!r.ok()) {
            finish(context().reportError(r.error));
            return;
        }
        if (context().json())
            context().printJson(r.deleted.raw);
        else
            context().out() << (r.deleted.deleted ? tr("deleted %1") : tr("not deleted: %1")).arg(r.deleted.id)
                            << Qt::endl;
        finish(r.deleted.deleted ? ExitOk : ExitApi);
    });
}

void VideosCommand::download(Api::VideoApiClient *client)
{
    m_pending = int(m_variants.size());
    for (Api::ContentVariant variant : std::as_const(m_variants)) {
        const QString name
            = variant == Api::ContentVariant::Video ? m_fileName : m_fileName + u'.' + Api::toString(variant);
        Api::DownloadCall *call = client->download(m_videoId, variant, m_outputFolder, name);
        if (context().stderrIsTerminal()) {
            connect(call, &Api::DownloadCall::progress, this, [this, variant](qint64 done, qint64 total) {
                context().err() << u'\r' << Api::toString(variant) << u' ' << done / 1024 << u" KiB"_s;
                if (total > 0)
                    context().err() << u" / "_s << total / 1024 << u" KiB"_s;
                context().err() << u"\x1b[K"_s << Qt::flush;
            });
        }
        connect(call, &Api::DownloadCall::finished, this, [this, call, variant](const Api::DownloadResult &r) {
            call->deleteLater();
            if (context().stderrIsTerminal())
                context().err() << u"\r\x1b[K"_s << Qt::flush;
            if (r.ok()) {
                context().out() << QDir::toNativeSeparators(r.filePath) << Qt::endl;
                if (r.resumedFrom > 0)
                    context().err() << tr("resumed the %1 from byte %2").arg(Api::toString(variant)).arg(r.resumedFrom)
                                    << Qt::endl;
            } else {
                const int code = context().reportError(r.error, tr("downloading the %1").arg(Api::toString(variant)));
                m_exitCode = m_exitCode ? m_exitCode : code;
            }
            if (--m_pending == 0)
                finish(m_exitCode);
        });
    }
}

void VideosCommand::remix(Api::VideoApiClient *client)
{
    Api::VideoCall *call = m_action == "edit"_L1 ? client->edit(m_videoId, m_prompt)
        : m_action == "extend"_L1                ? client->extend(m_videoId, m_prompt, m_seconds)
                                                 : client->remix(m_videoId, m_prompt);
    connect(call, &Api::VideoCall::finished, this, [this, call](const Api::VideoResult &r) {
        call->deleteLater();
        if (!r.ok()) {
            if (r.error.outcomeUnknown)
                context().err() << tr("dailies: the new video may have been created although the answer was lost; it "
                                      "was not sent again. Check with 'dailies videos list'.")
                                << Qt::endl;
            finish(context().reportError(r.error));
            return;
        }
        printVideo(r.video);
        context().err() << tr("Started remix %1 of %2. To wait for it and keep it in the library, use "
                              "'dailies generate --remix-of %2 \"PROMPT\"' instead.")
                               .arg(r.video.id, m_videoId)
                        << Qt::endl;
        finish(ExitOk);
    });
}

void VideosCommand::character(Api::VideoApiClient *client)
{
    Api::CharacterCall *call = m_action == "get-character"_L1 ? client->retrieveCharacter(m_videoId)
                                                              : client->createCharacter(m_prompt, m_fileName);
    connect(call, &Api::CharacterCall::finished, this, [this, call](const Api::CharacterResult &r) {
        call->deleteLater();
        if (!r.ok()) {
            finish(context().reportError(r.error));
            return;
        }
        if (context().json())
            context().printJson(r.character.raw);
        else
            context().out() << r.character.id << u"  "_s << r.character.name << Qt::endl;
        finish(ExitOk);
    });
}

} // namespace Dailies::Cli
