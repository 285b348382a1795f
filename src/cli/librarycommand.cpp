// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/librarycommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/library/library.h"
#include "core/library/remoteimport.h"
#include "core/storage/database.h"

using namespace Qt::StringLiterals;

namespace Dailies::Cli
{

LibraryCommand::LibraryCommand(CliContext *context, QObject *parent)
    : Command(context, parent)
{
}

int LibraryCommand::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addProviderOptions(parser);
    CliContext::addLibraryOption(parser);
    const QString usage
        = tr("usage: dailies library search TEXT [--limit N] | rebuild | export ID... --to DEST[.zip] | "
             "import-remote [provider options] | check   [--library DIR] [--json]\n");
    static const QStringList actions { u"search"_s, u"rebuild"_s, u"export"_s, u"import-remote"_s, u"check"_s };
    if (arguments.isEmpty() || !actions.contains(arguments.first())) {
        const bool help = !arguments.isEmpty() && arguments.first() == "--help"_L1;
        (help ? context().out() : context().err()) << usage;
        return help ? ExitOk : ExitUsage;
    }
    m_action = arguments.first();
    parser.addOption(
        { u"limit"_s, tr("With search: at most N clips, the newest first (default 50)."), u"n"_s, u"50"_s });
    parser.addOption({ u"to"_s, tr("With export: a folder, or a file ending in .zip."), u"dest"_s });
    if (!parser.parse(QStringList { u"dailies library"_s } + arguments.mid(1))) {
        context().err() << u"dailies library: "_s << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    m_arguments = parser.positionalArguments();
    bool ok = false;
    m_limit = parser.value(u"limit"_s).toInt(&ok);
    if (!ok || m_limit < 1) {
        context().err() << tr("dailies library search: --limit takes a positive number.") << Qt::endl;
        return ExitUsage;
    }
    if (m_action == "search"_L1 && m_arguments.isEmpty()) {
        context().err() << tr("dailies library search: give the words to look for.") << Qt::endl;
        return ExitUsage;
    }
    if (m_action == "export"_L1) {
        m_destination = parser.value(u"to"_s);
        if (m_destination.isEmpty() || m_arguments.isEmpty()) {
            context().err() << tr("dailies library export: give clip numbers and --to DEST (a folder or a .zip file).")
                            << Qt::endl;
            return ExitUsage;
        }
    }
    if (!context().configure(parser))
        return ExitUsage;
    context().configureLibrary(parser);
    return -1;
}

void LibraryCommand::start()
{
    if (!context().openWorkspace()) {
        finish(ExitUsage);
        return;
    }
    if (m_action == "search"_L1)
        search();
    else if (m_action == "check"_L1) {
        // The whole file, every page: what opening skips unless a process ended without closing the library.
        const QString problem = context().workspace().database()->checkIntegrity();
        if (problem.isEmpty() && !context().library()->searchIndexIsSound()) {
            // The one part that can be made again from the rest of the file.
            QString error;
            if (!context().library()->rebuildSearchIndex(&error)) {
                context().err() << u"dailies library check: "_s << error << Qt::endl;
                finish(ExitFailure);
                return;
            }
            context().out() << tr("The search index was damaged or missing and has been rebuilt.") << Qt::endl;
        }
        if (problem.isEmpty()) {
            context().out() << tr("The library database %1 is sound.")
                                   .arg(QDir::toNativeSeparators(context().workspace().database()->path()))
                            << Qt::endl;
            finish(ExitOk);
        } else {
            context().err() << tr("dailies library check: the library database is damaged (%1). 'dailies library "
                                  "rebuild' in a fresh folder recreates it from the clips' sidecars.")
                                   .arg(problem)
                            << Qt::endl;
            finish(ExitFailure);
        }
    } else if (m_action == "rebuild"_L1) {
        const Library::RebuildReport report = context().library()->rebuildFromFolder();
        for (const QString &problem : report.problems)
            context().err() << u"dailies library rebuild: "_s << problem << Qt::endl;
        context().err() << tr("Rebuilt from the sidecars in %1: %2 clip(s) added, %3 already present, %4 problem(s).")
                               .arg(QDir::toNativeSeparators(context().libraryFolder()))
                               .arg(report.added)
                               .arg(report.alreadyPresent)
                               .arg(report.problems.size())
                        << Qt::endl;
        finish(report.problems.isEmpty() ? ExitOk : ExitFailure);
    } else if (m_action == "export"_L1) {
        exportClips();
    } else {
        importRemote();
    }
}

void LibraryCommand::search()
{
    // Newest made first, as the studio lists them: the search index hands out its matches in that order and stops
    // after --limit, however many clips match.
    ClipPageQuery query;
    query.filter.text = m_arguments.join(u' ');
    query.order = ClipOrder::Created;
    query.limit = m_limit;
    QString error;
    const QList<ClipSummary> found = context().library()->clipPage(query, &error);
    if (!error.isEmpty()) {
        context().err() << u"dailies library search: "_s << error << Qt::endl;
        finish(ExitFailure);
        return;
    }
    QList<ClipRecord> clips;
    clips.reserve(found.size());
    for (const ClipSummary &summary : found) {
        if (std::optional<ClipRecord> clip = context().library()->clip(summary.id))
            clips.append(std::move(*clip));
    }
    if (context().json()) {
        QJsonArray array;
        for (const ClipRecord &clip : clips) {
            QJsonObject o = clip.toSidecar();
            o.insert("id"_L1, clip.id);
            o.insert("video_path"_L1, clip.videoPath);
            array.append(o);
        }
        context().out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        for (const ClipRecord &clip : clips)
            context().out() << QString::number(clip.id).rightJustified(5) << u"  "_s
                            << clip.createdAt.toLocalTime().toString(u"yyyy-MM-dd"_s) << u"  "_s << clip.model << u' '
                            << clip.size << u' ' << clip.seconds << u"s  "_s << (clip.favourite ? u"★ "_s : QString())
                            << clip.prompt.simplified().left(80) << u"\n       "_s
                            << QDir::toNativeSeparators(clip.videoPath) << Qt::endl;
        if (clips.isEmpty())
            context().err() << tr("No clip matches '%1'.").arg(query.filter.text) << Qt::endl;
    }
    finish(ExitOk);
}

void LibraryCommand::exportClips()
{
    QList<qint64> ids;
    for (const QString &a : std::as_const(m_arguments)) {
        bool ok = false;
        const qint64 id = a.toLongLong(&ok);
        if (!ok || !context().library()->clip(id)) {
            context().err() << tr("dailies library export: there is no clip %1 (see 'dailies library search').").arg(a)
                            << Qt::endl;
            finish(ExitUsage);
            return;
        }
        ids << id;
    }
    const QString problem = context().library()->exportClips(ids, m_destination);
    if (!problem.isEmpty()) {
        context().err() << u"dailies library export: "_s << problem << Qt::endl;
        finish(ExitIo);
        return;
    }
    context().out() << QDir::toNativeSeparators(QFileInfo(m_destination).absoluteFilePath()) << Qt::endl;
    finish(ExitOk);
}

void LibraryCommand::importRemote()
{
    context().connectClient([this](Api::VideoApiClient *client) {
        if (!client) {
            finish(context().failureCode());
            return;
        }
        auto *import = new RemoteImport(context().library(), client, context().profileName(), this);
        connect(import, &RemoteImport::finished, this, [this](const RemoteImport::Report &r) {
            for (const QString &problem : r.problems)
                context().err() << u"dailies library import-remote: "_s << problem << Qt::endl;
            context().err() << tr(
                "Listed %1 video(s): %2 imported, %3 already in the library, %4 expired, %5 failed at "
                "the provider, %6 still running, %7 could not be imported.")
                                   .arg(r.listed)
                                   .arg(r.imported)
                                   .arg(r.alreadyPresent)
                                   .arg(r.expired)
                                   .arg(r.failed)
                                   .arg(r.unfinished)
                                   .arg(r.errors)
                            << Qt::endl;
            finish(r.errors > 0 || (r.listed == 0 && !r.problems.isEmpty()) ? ExitFailure : ExitOk);
        });
        import->start();
    });
}

} // namespace Dailies::Cli
