// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/queuecommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/jobfollower.h"
#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/storage/database.h"

using namespace Qt::StringLiterals;

namespace Dailies::Cli
{

namespace
{

QJsonObject jobJson(const JobRecord &job)
{
    QJsonObject o { { "id"_L1, job.id }, { "state"_L1, toString(job.state) }, { "profile"_L1, job.profile },
        { "kind"_L1, toString(job.kind) }, { "prompt"_L1, job.request.prompt }, { "model"_L1, job.request.model },
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

} // namespace Dailies::Cli
