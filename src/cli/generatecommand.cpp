// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/generatecommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLocale>

#include "cli/cli.h"
#include "cli/clicontext.h"
#include "cli/jobfollower.h"
#include "core/api/videoapiclient.h"
#include "core/library/library.h"
#include "core/prompt/batchfile.h"
#include "core/providers/capabilities.h"

using namespace Qt::StringLiterals;

namespace Dailies::Cli
{

GenerateCommand::GenerateCommand(Mode mode, CliContext *context, QObject *parent)
    : Command(context, parent)
    , m_mode(mode)
{
}

GenerateCommand::~GenerateCommand() = default;

int GenerateCommand::parse(const QStringList &arguments)
{
    const bool batch = m_mode == Mode::Batch;
    const bool fromSource = m_mode == Mode::Edit || m_mode == Mode::Extend;
    const QString name = batch   ? u"dailies batch"_s
        : m_mode == Mode::Edit   ? u"dailies edit"_s
        : m_mode == Mode::Extend ? u"dailies extend"_s
                                 : u"dailies generate"_s;
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QStringList { name } + arguments)) {
        context().err() << name << u": "_s << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        context().out() << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != (fromSource ? 2 : 1)) {
        context().err() << (fromSource ? tr("%1: give the clip and a prompt in quotes (got %2 arguments).").arg(name)
                : batch                ? tr("dailies batch: give exactly one file (got %1 arguments).")
                                       : tr("dailies generate: give exactly one prompt, in quotes (got %1 arguments)."))
                               .arg(positional.size())
                        << Qt::endl;
        return ExitUsage;
    }
    bool ok = false;
    m_stuckAfterSeconds = parser.value(u"stuck-after"_s).toInt(&ok);
    if (!ok || m_stuckAfterSeconds < 1) {
        context().err() << name << u": "_s << tr("--stuck-after takes a number of seconds.") << Qt::endl;
        return ExitUsage;
    }
    m_wait = !parser.isSet(u"no-wait"_s);
    if (!context().configure(parser))
        return ExitUsage;
    context().configureLibrary(parser);
    if (fromSource)
        return parseFromSource(parser, positional, name);
    if (batch)
        return parseBatch(parser, positional.first());
    return parsePrompt(parser, positional.first());
}

void GenerateCommand::addOptions(QCommandLineParser &parser) const
{
    const bool fromSource = m_mode == Mode::Edit || m_mode == Mode::Extend;
    const bool batch = m_mode == Mode::Batch;
    if (fromSource) {
        parser.setApplicationDescription(m_mode == Mode::Edit
                ? tr("Make a new video from a finished one, changed as the prompt says (billed for the whole "
                     "clip), wait for it and keep it in the library.")
                : tr("Continue a finished video by --seconds more (billed for those), wait for it and keep the "
                     "whole clip in the library. Extensions make a clip at most 120 s long, in at most 6 steps."));
        parser.addPositionalArgument(u"id"_s, tr("The clip: its number in the library, or its video id."), u"ID"_s);
        parser.addPositionalArgument(
            u"prompt"_s, tr("What to change or what happens next (use quotes)."), u"\"PROMPT\""_s);
        if (m_mode == Mode::Extend)
            parser.addOption({ u"seconds"_s, tr("How much to add: 4, 8, 12, 16 or 20 seconds."), u"s"_s });
    } else if (batch) {
        parser.setApplicationDescription(
            tr("Queue one job per row of a JSON Lines or CSV file, then follow them. Every "
               "row is checked first; nothing is sent while any row is bad."));
        parser.addPositionalArgument(u"file"_s, tr("A .jsonl or .csv file."), u"FILE"_s);
        parser.addOption({ u"skip-invalid"_s, tr("Queue the good rows even when some are bad.") });
    } else {
        parser.setApplicationDescription(tr("Generate a video from a prompt, wait for it and keep it in the library."));
        parser.addPositionalArgument(u"prompt"_s, tr("What to film (use quotes)."), u"\"PROMPT\""_s);
        parser.addOption({ u"model"_s, tr("Model, e.g. sora-2 or sora-2-pro (default: the provider's)."), u"model"_s });
        parser.addOption({ u"size"_s, tr("Width x height, e.g. 1280x720 (default: the provider's)."), u"WxH"_s });
        parser.addOption(
            { u"seconds"_s, tr("Duration in seconds, e.g. 4, 8 or 12 (default: the provider's)."), u"s"_s });
        parser.addOption({ u"image"_s,
            tr("Reference image (JPEG, PNG or WebP of exactly the video size) used as the first frame."), u"file"_s });
        parser.addOption(
            { u"variations"_s, tr("How many takes to generate (1-8, default 1); each is billed."), u"n"_s, u"1"_s });
        parser.addOption({ u"remix-of"_s,
            tr("Remix this finished video (its id) with the prompt instead of starting anew."), u"id"_s });
        parser.addOption({ u"project"_s, tr("File the clips under this project."), u"name"_s });
        parser.addOption({ u"character"_s,
            tr("A character the video shows (its id; repeat for two). Its name must be in the prompt."), u"id"_s });
    }
    parser.addOption({ u"again"_s, tr("Generate even when the library already has the same take (paid again).") });
    parser.addOption(
        { u"no-wait"_s, tr("Return once the provider has the jobs; they stay queued for 'dailies queue run'.") });
    parser.addOption({ u"stuck-after"_s,
        tr("Report a job as stuck when its progress has not moved for this many seconds (default 900)."), u"s"_s,
        u"900"_s });
    CliContext::addProviderOptions(parser);
    CliContext::addLibraryOption(parser);
    parser.addHelpOption();
}

int GenerateCommand::parseFromSource(
    const QCommandLineParser &parser, const QStringList &positional, const QString &name)
{
    m_source = positional.first();
    JobEngine::SubmitRequest request;
    request.kind = m_mode == Mode::Edit ? JobKind::Edit : JobKind::Extend;
    request.request.prompt = positional.at(1);
    if (m_mode == Mode::Extend) {
        request.request.seconds = parser.value(u"seconds"_s);
        if (const Api::ApiError e = Api::VideoApiClient::validateExtensionSeconds(request.request.seconds)) {
            context().err() << name << u": "_s
                            << (request.request.seconds.isEmpty() ? tr("--seconds is needed: 4, 8, 12, 16 or 20.")
                                                                  : e.toString())
                            << Qt::endl;
            return ExitUsage;
        }
    }
    if (const Api::ApiError e = Api::VideoApiClient::validatePrompt(request.request.prompt)) {
        context().err() << name << u": "_s << e.toString() << Qt::endl;
        return ExitUsage;
    }
    bool isNumber = false;
    m_source.toLongLong(&isNumber);
    if (!isNumber) {
        if (const Api::ApiError e = Api::VideoApiClient::validateVideoId(m_source)) {
            context().err() << name << u": "_s << e.toString() << Qt::endl;
            return ExitUsage;
        }
    }
    request.allowDuplicate = true;
    m_requests.append(request);
    return -1;
}

int GenerateCommand::parseBatch(const QCommandLineParser &parser, const QString &path)
{
    const bool again = parser.isSet(u"again"_s);
    const BatchFile file = BatchFile::load(path);
    if (!file.fileError().isEmpty()) {
        context().err() << u"dailies batch: "_s << file.fileError() << Qt::endl;
        return ExitUsage;
    }
    for (const BatchFile::Problem &p : file.problems())
        context().err() << u"dailies batch: "_s << path << u": "_s << p.toString() << Qt::endl;
    if (!file.problems().isEmpty() && !parser.isSet(u"skip-invalid"_s)) {
        context().err() << tr("dailies batch: %n bad row(s); nothing was queued. Fix them, or queue the good rows with "
                              "--skip-invalid.",
            nullptr, int(file.problems().size()))
                        << Qt::endl;
        return ExitUsage;
    }
    for (const BatchFile::Row &row : file.rows())
        m_requests.append({ .profile = context().profileName(),
            .request = row.request,
            .variations = row.variations,
            .project = row.project,
            .allowDuplicate = again });
    if (m_requests.isEmpty()) {
        context().err() << tr("dailies batch: no usable rows.") << Qt::endl;
        return ExitUsage;
    }
    return -1;
}

int GenerateCommand::parsePrompt(const QCommandLineParser &parser, const QString &prompt)
{
    const bool again = parser.isSet(u"again"_s);
    bool ok = false;
    JobEngine::SubmitRequest request;
    request.profile = context().profileName();
    request.request.prompt = prompt;
    request.request.model = parser.value(u"model"_s);
    request.request.size = parser.value(u"size"_s);
    request.request.seconds = parser.value(u"seconds"_s);
    request.request.inputReferencePath = parser.value(u"image"_s);
    request.sourceId = parser.value(u"remix-of"_s);
    if (!request.sourceId.isEmpty())
        request.kind = JobKind::Remix;
    request.project = parser.value(u"project"_s);
    request.request.characters = parser.values(u"character"_s);
    request.allowDuplicate = again;
    request.variations = parser.value(u"variations"_s).toInt(&ok);
    if (!ok || request.variations < 1 || request.variations > 8) {
        context().err() << tr("dailies generate: --variations takes a number from 1 to 8, not '%1'.")
                               .arg(parser.value(u"variations"_s))
                        << Qt::endl;
        return ExitUsage;
    }
    const Api::ApiError invalid = request.sourceId.isEmpty()
        ? Api::VideoApiClient::validateCreate(request.request)
        : Api::VideoApiClient::validatePrompt(request.request.prompt);
    if (invalid) {
        context().err() << u"dailies generate: "_s << invalid.toString() << Qt::endl;
        return ExitUsage;
    }
    m_requests.append(request);
    return -1;
}

void GenerateCommand::start()
{
    if (!context().openWorkspace()) {
        finish(ExitUsage);
        return;
    }
    if (const QString problem = context().library()->checkWritable(); !problem.isEmpty()) {
        context().err() << u"dailies: "_s << problem << Qt::endl;
        finish(ExitIo);
        return;
    }
    // The reference image is kept in the library, as the studio keeps it: a job that waits or is retried after
    // the original moved still has it, and "Render final" finds it for the take.
    for (JobEngine::SubmitRequest &request : m_requests) {
        if (request.request.inputReferencePath.isEmpty())
            continue;
        QString error;
        const QString stored = context().library()->storeReference(request.request.inputReferencePath, &error);
        if (stored.isEmpty()) {
            context().err() << u"dailies: "_s << error << Qt::endl;
            finish(ExitIo);
            return;
        }
        request.request.inputReferencePath = stored;
    }
    // The engine also works on what earlier runs left unfinished, so their clips are not left waiting.
    context().startEngine({ context().profileName() }, [this](JobEngine *engine) {
        JobEngine::Settings settings = engine->settings();
        settings.stuckAfter = std::chrono::seconds(m_stuckAfterSeconds);
        engine->setSettings(settings);
        if ((m_mode == Mode::Edit || m_mode == Mode::Extend) && !resolveSource(engine)) {
            finish(ExitUsage);
            return;
        }
        submitAll(engine);
    });
}

bool GenerateCommand::resolveSource(JobEngine *engine)
{
    JobEngine::SubmitRequest &request = m_requests.first();
    bool isNumber = false;
    const qint64 clipId = m_source.toLongLong(&isNumber);
    std::optional<ClipRecord> clip = isNumber ? context().library()->clip(clipId)
                                              : context().library()->clipByRemoteId(context().profileName(), m_source);
    if (isNumber && !clip) {
        context().err() << tr("dailies: there is no clip %1 in the library.").arg(clipId) << Qt::endl;
        return false;
    }
    if (!clip) {
        // A video the library does not have: the provider knows its settings; the cost cannot be estimated.
        request.profile = context().profileName();
        request.sourceId = m_source;
        return true;
    }
    QString why;
    const std::optional<JobEngine::SubmitRequest> fromClip
        = engine->requestFromClip(clip->id, request.kind, request.request.prompt, request.request.seconds, &why);
    if (!fromClip) {
        context().err() << u"dailies: "_s << why << Qt::endl;
        return false;
    }
    if (fromClip->profile != context().profileName()) {
        context().err() << tr("dailies: clip %1 was made on profile '%2'; run this with --profile %2.")
                               .arg(clip->id)
                               .arg(fromClip->profile)
                        << Qt::endl;
        return false;
    }
    request = *fromClip;
    request.allowDuplicate = true;
    return true;
}

void GenerateCommand::submitAll(JobEngine *engine)
{
    QList<qint64> ids;
    double estimate = 0;
    bool estimateKnown = true;
    for (const JobEngine::SubmitRequest &request : std::as_const(m_requests)) {
        const JobEngine::SubmitResult r = engine->submit(request);
        for (const QString &warning : r.warnings)
            context().err() << tr("Budget: %1").arg(warning) << Qt::endl;
        if (!r.ok()) {
            context().err() << u"dailies: "_s << r.error << Qt::endl;
            if (r.duplicate && m_mode == Mode::Prompt) {
                // The take exists: hand it over instead of paying for it again.
                context().out() << QDir::toNativeSeparators(r.duplicate->videoPath) << Qt::endl;
                context().err() << tr("Add --again to generate it anyway.") << Qt::endl;
                finish(ExitOk);
                return;
            }
            if (m_mode == Mode::Prompt) {
                finish(ExitUsage);
                return;
            }
            continue;
        }
        ids << r.jobIds;
        if (r.estimate)
            estimate += *r.estimate;
        else
            estimateKnown = false;
    }
    if (ids.isEmpty()) {
        finish(ExitUsage);
        return;
    }
    const CapabilityTable &caps = context().workspace().capabilities();
    if (context().profileName() == Api::kDemoProfileName)
        context().err() << tr("Demo provider: nothing is billed.") << Qt::endl;
    else if (estimateKnown)
        context().err() << tr("Queued %n job(s); estimated cost: %1 %2", nullptr, int(ids.size()))
                               .arg(caps.currency(), QLocale::c().toString(estimate, 'f', 2))
                        << Qt::endl;
    else
        context().err() << tr("Queued %n job(s); no price is known for this model, so the cost cannot be estimated.",
            nullptr, int(ids.size()))
                        << Qt::endl;
    if (!m_wait && engine->isPaused()) {
        // Nothing can be sent while the queue is paused: the jobs wait on disk.
        for (qint64 id : std::as_const(ids))
            context().out() << tr("job %1").arg(id) << Qt::endl;
        context().err() << tr("The queue is paused; 'dailies queue resume' and 'dailies queue run' send these jobs.")
                        << Qt::endl;
        finish(ExitOk);
        return;
    }
    m_follower = new JobFollower(&context(), engine, ids, !m_wait, this);
    connect(m_follower, &JobFollower::finished, this, [this](int code) { finish(code); });
    engine->start();
    m_follower->start();
}

} // namespace Dailies::Cli
