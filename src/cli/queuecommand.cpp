// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/queuecommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/jobfollower.h"
#include "core/jobs/jobengine.h"
#include "core/library/database.h"
#include "core/library/library.h"
#include "core/library/remoteimport.h"
#include "core/pricing/spendledger.h"

using namespace Qt::StringLiterals;

namespace Dailies::Cli
{

namespace
{

QJsonObject jobJson(const JobRecord &job)
{
    QJsonObject o { { "id"_L1, job.id }, { "state"_L1, toString(job.state) }, { "profile"_L1, job.profile },
        { "kind"_L1, job.kind }, { "prompt"_L1, job.request.prompt }, { "model"_L1, job.request.model },
        { "size"_L1, job.request.size }, { "seconds"_L1, job.request.seconds }, { "progress"_L1, job.progress },
        { "position"_L1, job.position },
        { "remote_id"_L1, job.remoteId.isEmpty() ? QJsonValue() : QJsonValue(job.remoteId) },
        { "created_at"_L1, job.createdAt.toString(Qt::ISODate) }, { "attempts"_L1, job.attempts },
        { "clip_id"_L1, job.clipId ? QJsonValue(job.clipId) : QJsonValue() },
        { "owner"_L1, job.owner.isEmpty() ? QJsonValue() : QJsonValue(job.owner) } };
    if (!job.errorMessage.isEmpty())
        o.insert("error"_L1,
            QJsonObject {
                { "kind"_L1, job.errorKind }, { "code"_L1, job.errorCode }, { "message"_L1, job.errorMessage } });
    return o;
}

} // namespace

QueueCommand::QueueCommand(CliContext *context, QObject *parent)
    : Command(context, parent)
{
}

int QueueCommand::parse(const QStringList &arguments)
{
    const QString usage
        = tr("usage: dailies queue list [--all] | run | pause | resume | cancel ID | retry ID | move ID POSITION\n"
             "       [--library DIR] [--json] (run also takes the provider options)\n");
    static const QStringList actions { u"list"_s, u"run"_s, u"pause"_s, u"resume"_s, u"cancel"_s, u"retry"_s,
        u"move"_s };
    if (arguments.isEmpty() || !actions.contains(arguments.first())) {
        const bool help = !arguments.isEmpty() && arguments.first() == "--help"_L1;
        (help ? context().out() : context().err()) << usage;
        return help ? ExitOk : ExitUsage;
    }
    m_action = arguments.first();
    QCommandLineParser parser;
    CliContext::addProviderOptions(parser);
    CliContext::addLibraryOption(parser);
    parser.addOption({ u"all"_s, tr("With list: also jobs that have ended.") });
    if (!parser.parse(QStringList { u"dailies queue"_s } + arguments.mid(1))) {
        context().err() << u"dailies queue: "_s << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    const qsizetype wanted = m_action == "move"_L1 ? 2 : (m_action == "cancel"_L1 || m_action == "retry"_L1) ? 1 : 0;
    if (positional.size() != wanted) {
        context().err() << usage;
        return ExitUsage;
    }
    bool ok = true;
    if (wanted >= 1) {
        m_id = positional.first().toLongLong(&ok);
        if (!ok || m_id <= 0) {
            context().err() << tr("dailies queue %1: '%2' is not a job number (see 'dailies queue list').")
                                   .arg(m_action, positional.first())
                            << Qt::endl;
            return ExitUsage;
        }
    }
    if (wanted == 2) {
        m_position = positional.at(1).toInt(&ok);
        if (!ok || m_position < 1) {
            context().err() << tr("dailies queue move: the position is a number from 1 (next to be sent).") << Qt::endl;
            return ExitUsage;
        }
    }
    m_all = parser.isSet(u"all"_s);
    if (!context().configure(parser))
        return ExitUsage;
    context().configureLibrary(parser);
    return -1;
}

void QueueCommand::start()
{
    if (!context().openWorkspace()) {
        finish(ExitUsage);
        return;
    }
    if (m_action == "list"_L1) {
        list();
        return;
    }
    if (m_action == "pause"_L1 || m_action == "resume"_L1) {
        // Every process of the library reads the flag: the studio's engine stops sending too, and shows it.
        JobStore(context().database()).setQueuePaused(m_action == "pause"_L1);
        context().err() << (m_action == "pause"_L1
                ? tr("The queue is paused: no new job is sent; jobs already sent are "
                     "still followed and saved.")
                : tr("The queue runs again; 'dailies queue run' sends what waits."))
                        << Qt::endl;
        finish(ExitOk);
        return;
    }
    run();
}

void QueueCommand::list()
{
    JobStore store(context().database());
    const QList<JobRecord> jobs = m_all ? store.list() : store.loadActive();
    if (context().json()) {
        QJsonArray array;
        for (const JobRecord &job : jobs)
            array.append(jobJson(job));
        context().out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        finish(ExitOk);
        return;
    }
    if (store.isQueuePaused())
        context().err() << tr("The queue is paused ('dailies queue resume' lets it send again).") << Qt::endl;
    if (jobs.isEmpty())
        context().err() << (m_all ? tr("No jobs yet.")
                                  : tr("Nothing is queued or running ('--all' shows jobs that ended)."))
                        << Qt::endl;
    for (const JobRecord &job : jobs) {
        QTextStream &out = context().out();
        out << QString::number(job.id).rightJustified(5) << u"  "_s << toString(job.state).leftJustified(15) << u' '
            << QString::number(job.progress).rightJustified(3) << u"%  "_s << job.profile.leftJustified(10) << u' '
            << (job.remoteId.isEmpty() ? u"-"_s : job.remoteId) << u"\n       "_s
            << job.request.prompt.simplified().left(90);
        if (!job.errorMessage.isEmpty())
            out << u"\n       ! "_s << job.errorMessage.left(300);
        out << Qt::endl;
    }
    finish(ExitOk);
}

void QueueCommand::run()
{
    JobStore store(context().database());
    QStringList profiles;
    if (const auto job = store.load(m_id); job && m_action != "run"_L1)
        profiles << job->profile;
    if (m_action == "run"_L1 && context().workspace().profilesToStart(profiles).isEmpty()) {
        context().err() << tr("Nothing is queued.") << Qt::endl;
        finish(ExitOk);
        return;
    }
    context().startEngine(profiles, [this](JobEngine *engine) {
        QString error;
        if (m_action == "run"_L1)
            engine->start();
        else
            engine->load(); // cancel, retry and move change the queue without sending anything
        if (m_action == "cancel"_L1) {
            bool requested = false;
            if (!engine->cancel(m_id, &error, &requested)) {
                context().err() << u"dailies queue cancel: "_s << error << Qt::endl;
                finish(ExitUsage);
                return;
            }
            if (requested) {
                // Another Dailies (the studio, another terminal) sends this job: it carries the cancel out, and
                // the change arrives here through the database.
                context().err() << tr("Job %1 is being sent by another Dailies; it was asked to cancel it.").arg(m_id)
                                << Qt::endl;
                const auto ended = [this, engine] {
                    const std::optional<JobRecord> job = engine->job(m_id);
                    return job && isTerminal(job->state);
                };
                connect(engine, &JobEngine::jobChanged, this, [this, ended](qint64 id) {
                    if (id == m_id && ended()) {
                        context().err() << tr("Job %1 is cancelled.").arg(m_id) << Qt::endl;
                        finish(ExitOk);
                    }
                });
                QTimer::singleShot(15000, this, [this] {
                    context().err() << tr("Job %1: the other Dailies has not answered yet; it cancels the job when "
                                          "it can ('dailies queue list' shows it).")
                                           .arg(m_id)
                                    << Qt::endl;
                    finish(ExitOk);
                });
                return;
            }
            context().err() << tr("Job %1 is cancelled.").arg(m_id) << Qt::endl;
            const std::optional<JobRecord> job = engine->job(m_id);
            if (!job || job->remoteId.isEmpty()) {
                finish(ExitOk);
                return;
            }
            // The provider was asked to delete it; give that request a moment (it is best effort).
            QTimer::singleShot(1500, this, [this] { finish(ExitOk); });
            return;
        }
        if (m_action == "retry"_L1) {
            const std::optional<qint64> id = engine->retry(m_id, &error);
            if (!id) {
                context().err() << u"dailies queue retry: "_s << error << Qt::endl;
                finish(ExitUsage);
                return;
            }
            context().out() << *id << Qt::endl;
            context().err()
                << tr("Queued job %1 with the settings of job %2; 'dailies queue run' sends it.").arg(*id).arg(m_id)
                << Qt::endl;
            finish(ExitOk);
            return;
        }
        if (m_action == "move"_L1) {
            if (!engine->move(m_id, m_position - 1, &error)) {
                context().err() << u"dailies queue move: "_s << error << Qt::endl;
                finish(ExitUsage);
                return;
            }
            finish(ExitOk);
            return;
        }
        // run: until nothing is in flight.
        QList<qint64> ids;
        for (const JobRecord &job : engine->activeJobs())
            ids << job.id;
        if (engine->isPaused())
            context().err() << tr("The queue is paused: jobs already sent are followed, waiting ones stay.")
                            << Qt::endl;
        auto *follower = new JobFollower(&context(), engine, ids, false, this);
        connect(follower, &JobFollower::finished, this, [this](int code) { finish(code); });
        connect(engine, &JobEngine::idle, this, [this] { finish(ExitOk); });
        follower->start();
    });
}

LibraryCommand::LibraryCommand(Mode mode, CliContext *context, QObject *parent)
    : Command(context, parent)
    , m_mode(mode)
{
}

int LibraryCommand::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliContext::addProviderOptions(parser);
    CliContext::addLibraryOption(parser);
    if (m_mode == Mode::Spend) {
        parser.addOption({ u"by"_s, tr("day, model or profile (default day)."), u"group"_s, u"day"_s });
        parser.addOption({ u"month"_s, tr("The month to report, YYYY-MM (default: this month)."), u"month"_s });
        parser.addOption({ u"budget"_s, tr("Set the monthly budget to AMOUNT (0 removes it)."), u"amount"_s });
        parser.addOption({ u"hard-stop"_s, tr("With --budget: refuse jobs that would pass it.") });
        if (!parser.parse(QStringList { u"dailies spend"_s } + arguments)) {
            context().err() << u"dailies spend: "_s << parser.errorText() << Qt::endl;
            return ExitUsage;
        }
        m_groupBy = parser.value(u"by"_s);
        if (!QStringList { u"day"_s, u"model"_s, u"profile"_s }.contains(m_groupBy)) {
            context().err() << tr("dailies spend: --by takes day, model or profile.") << Qt::endl;
            return ExitUsage;
        }
        m_month = parser.value(u"month"_s);
        if (!m_month.isEmpty() && !QDate::fromString(m_month + u"-01"_s, Qt::ISODate).isValid()) {
            context().err() << tr("dailies spend: --month takes YYYY-MM, such as 2026-11.") << Qt::endl;
            return ExitUsage;
        }
        if (parser.isSet(u"budget"_s)) {
            m_action = u"budget"_s;
            m_arguments = { parser.value(u"budget"_s), parser.isSet(u"hard-stop"_s) ? u"1"_s : u"0"_s };
        }
    } else {
        const QString usage
            = tr("usage: dailies library search TEXT [--limit N] | rebuild | export ID... --to DEST[.zip] | "
                 "import-remote [provider options]   [--library DIR] [--json]\n");
        static const QStringList actions { u"search"_s, u"rebuild"_s, u"export"_s, u"import-remote"_s };
        if (arguments.isEmpty() || !actions.contains(arguments.first())) {
            const bool help = !arguments.isEmpty() && arguments.first() == "--help"_L1;
            (help ? context().out() : context().err()) << usage;
            return help ? ExitOk : ExitUsage;
        }
        m_action = arguments.first();
        parser.addOption({ u"limit"_s, tr("With search: at most N clips (default 50)."), u"n"_s, u"50"_s });
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
                context().err() << tr(
                    "dailies library export: give clip numbers and --to DEST (a folder or a .zip file).")
                                << Qt::endl;
                return ExitUsage;
            }
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
    if (m_mode == Mode::Spend)
        spend();
    else if (m_action == "search"_L1)
        search();
    else if (m_action == "rebuild"_L1) {
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
    ClipQuery query;
    query.text = m_arguments.join(u' ');
    query.limit = m_limit;
    const QList<ClipRecord> clips = context().library()->clips(query);
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
                            << clip.addedAt.toLocalTime().toString(u"yyyy-MM-dd"_s) << u"  "_s << clip.model << u' '
                            << clip.size << u' ' << clip.seconds << u"s  "_s << (clip.favourite ? u"★ "_s : QString())
                            << clip.prompt.simplified().left(80) << u"\n       "_s
                            << QDir::toNativeSeparators(clip.videoPath) << Qt::endl;
        if (clips.isEmpty())
            context().err() << tr("No clip matches '%1'.").arg(query.text) << Qt::endl;
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

void LibraryCommand::spend()
{
    SpendLedger *ledger = context().ledger();
    if (m_action == "budget"_L1) {
        Budget budget = ledger->budget();
        bool ok = false;
        budget.monthlyLimit = m_arguments.first().toDouble(&ok);
        budget.hardStop = m_arguments.at(1) == "1"_L1;
        const QString problem = ok ? ledger->setBudget(budget) : tr("'%1' is not an amount.").arg(m_arguments.first());
        if (!problem.isEmpty()) {
            context().err() << u"dailies spend: "_s << problem << Qt::endl;
            finish(ExitUsage);
            return;
        }
    }
    const QDate first = m_month.isEmpty() ? QDate::currentDate().addDays(1 - QDate::currentDate().day())
                                          : QDate::fromString(m_month + u"-01"_s, Qt::ISODate);
    const QDate last = first.addMonths(1).addDays(-1);
    const SpendLedger::GroupBy by = m_groupBy == "model"_L1 ? SpendLedger::GroupBy::Model
        : m_groupBy == "profile"_L1                         ? SpendLedger::GroupBy::Profile
                                                            : SpendLedger::GroupBy::Day;
    const QList<SpendLedger::Row> rows = ledger->totals(by, first, last);
    const Budget budget = ledger->budget();
    const double total = ledger->spentInMonth(first);
    if (context().json()) {
        QJsonArray array;
        for (const SpendLedger::Row &r : rows)
            array.append(QJsonObject { { m_groupBy, r.key }, { "amount"_L1, r.amount }, { "jobs"_L1, r.jobs } });
        QJsonObject o { { "month"_L1, first.toString(u"yyyy-MM"_s) }, { "total"_L1, total },
            { "currency"_L1, budget.currency }, { "rows"_L1, array } };
        if (budget.isSet())
            o.insert(
                "budget"_L1, QJsonObject { { "limit"_L1, budget.monthlyLimit }, { "hard_stop"_L1, budget.hardStop } });
        context().printJson(o);
        finish(ExitOk);
        return;
    }
    QTextStream &out = context().out();
    for (const SpendLedger::Row &r : rows)
        out << r.key.leftJustified(24) << QLocale::c().toString(r.amount, 'f', 2).rightJustified(10) << u"  "_s
            << tr("%n job(s)", nullptr, r.jobs) << Qt::endl;
    out << tr("Total for %1: %2 %3")
               .arg(first.toString(u"yyyy-MM"_s), QLocale::c().toString(total, 'f', 2), budget.currency);
    if (budget.isSet())
        out << u"  "_s
            << tr("of a %1 budget (%2 %)%3")
                   .arg(QLocale::c().toString(budget.monthlyLimit, 'f', 2))
                   .arg(qRound(100.0 * total / budget.monthlyLimit))
                   .arg(budget.hardStop ? tr(", hard stop") : QString());
    out << Qt::endl;
    finish(ExitOk);
}

} // namespace Dailies::Cli
