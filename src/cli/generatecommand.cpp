// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/generatecommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLocale>

#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/api/reconcile.h"
#include "core/api/videoapiclient.h"
#include "core/providers/capabilities.h"

using namespace Qt::StringLiterals;

namespace Dailies::Cli
{

GenerateCommand::GenerateCommand(CliContext *context, QObject *parent)
    : Command(context, parent)
{
}

int GenerateCommand::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Generate a video from a prompt, wait for it and save it."));
    parser.addPositionalArgument(u"prompt"_s, tr("What to film (use quotes)."), u"\"PROMPT\""_s);
    parser.addOption({ u"model"_s, tr("Model, e.g. sora-2 or sora-2-pro (default: the provider's)."), u"model"_s });
    parser.addOption({ u"size"_s, tr("Width x height, e.g. 1280x720 (default: the provider's)."), u"WxH"_s });
    parser.addOption({ u"seconds"_s, tr("Duration in seconds, e.g. 4, 8 or 12 (default: the provider's)."), u"s"_s });
    parser.addOption({ u"image"_s,
        tr("Reference image (JPEG, PNG or WebP of exactly the video size) used as the first frame."), u"file"_s });
    parser.addOption(
        { u"variations"_s, tr("How many takes to generate (1-8, default 1); each is billed."), u"n"_s, u"1"_s });
    parser.addOption(
        { u"out"_s, tr("Folder for the clips (default: %1).").arg(CliContext::defaultOutputFolder()), u"dir"_s });
    parser.addOption({ u"no-wait"_s, tr("Submit and print the job ids without waiting.") });
    parser.addOption({ u"spritesheet"_s, tr("Also save the spritesheet.") });
    parser.addOption({ u"stuck-after"_s,
        tr("Report a job as stuck when its progress has not moved for this many seconds (default 600)."), u"s"_s,
        u"600"_s });
    CliContext::addProviderOptions(parser);
    parser.addHelpOption();
    if (!parser.parse(QStringList { u"dailies generate"_s } + arguments)) {
        context().err() << u"dailies generate: "_s << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        context().out() << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        context().err()
            << tr("dailies generate: give exactly one prompt, in quotes (got %1 arguments).").arg(positional.size())
            << Qt::endl;
        return ExitUsage;
    }
    m_request.prompt = positional.first();
    m_request.model = parser.value(u"model"_s);
    m_request.size = parser.value(u"size"_s);
    m_request.seconds = parser.value(u"seconds"_s);
    m_request.inputReferencePath = parser.value(u"image"_s);
    bool ok = false;
    m_variations = parser.value(u"variations"_s).toInt(&ok);
    if (!ok || m_variations < 1 || m_variations > 8) {
        context().err() << tr("dailies generate: --variations takes a number from 1 to 8, not '%1'.")
                               .arg(parser.value(u"variations"_s))
                        << Qt::endl;
        return ExitUsage;
    }
    m_waitOptions.stuckAfterSeconds = parser.value(u"stuck-after"_s).toInt(&ok);
    if (!ok || m_waitOptions.stuckAfterSeconds < 1) {
        context().err() << tr("dailies generate: --stuck-after takes a number of seconds.") << Qt::endl;
        return ExitUsage;
    }
    m_waitOptions.outputFolder = parser.isSet(u"out"_s) ? parser.value(u"out"_s) : CliContext::defaultOutputFolder();
    m_waitOptions.spritesheet = parser.isSet(u"spritesheet"_s);
    m_wait = !parser.isSet(u"no-wait"_s);
    if (const Api::ApiError e = Api::VideoApiClient::validateCreate(m_request)) {
        context().err() << u"dailies generate: "_s << e.toString() << Qt::endl;
        return ExitUsage;
    }
    if (m_wait) {
        if (!QDir().mkpath(m_waitOptions.outputFolder) || !QFileInfo(m_waitOptions.outputFolder).isWritable()) {
            context().err()
                << tr("dailies generate: cannot write to the output folder '%1'.").arg(m_waitOptions.outputFolder)
                << Qt::endl;
            return ExitIo;
        }
    }
    if (!context().configure(parser))
        return ExitUsage;
    return -1;
}

void GenerateCommand::start()
{
    const CapabilityTable &caps = CapabilityTable::builtIn();
    const QString model = m_request.model.isEmpty() ? caps.defaultModel() : m_request.model;
    const QString seconds = m_request.seconds.isEmpty() ? caps.defaultSeconds() : m_request.seconds;
    const std::optional<double> cost
        = caps.estimate(model, m_request.size, seconds, m_variations, context().profile().kind);
    if (context().profile().kind == Api::ProviderKind::Demo)
        context().err() << tr("Demo provider: nothing is billed.") << Qt::endl;
    else if (cost)
        context().err() << tr("Estimated cost: %1 %2 (%3, %4 s × %5)")
                               .arg(caps.currency(), QLocale::c().toString(*cost, 'f', 2), model, seconds)
                               .arg(m_variations)
                        << Qt::endl;
    else
        context().err() << tr("No price is known for model '%1'; the cost cannot be estimated.").arg(model) << Qt::endl;
    context().connectClient([this](Api::VideoApiClient *client) {
        if (!client) {
            finish(context().failureCode());
            return;
        }
        submit(client);
    });
}

void GenerateCommand::submit(Api::VideoApiClient *client)
{
    m_waiter = new JobWaiter(&context(), client, m_waitOptions, this);
    connect(m_waiter, &JobWaiter::finished, this, [this](int code) { finish(m_exitCode ? m_exitCode : code); });
    m_pendingSubmissions = m_variations;
    for (int i = 0; i < m_variations; ++i) {
        const QDateTime sentAt = QDateTime::currentDateTimeUtc();
        Api::VideoCall *call = client->create(m_request);
        connect(call, &Api::VideoCall::finished, this, [this, client, call, sentAt](const Api::VideoResult &r) {
            call->deleteLater();
            if (r.ok()) {
                m_knownIds.insert(r.video.id);
                context().err()
                    << tr("submitted %1 (%2, %3, %4 s)").arg(r.video.id, r.video.model, r.video.size, r.video.seconds)
                    << Qt::endl;
                if (!m_wait) {
                    if (context().json())
                        context().printJson(r.video.raw);
                    else
                        context().out() << r.video.id << Qt::endl;
                }
                m_waiter->add(r.video);
                submissionDone();
            } else if (r.error.outcomeUnknown) {
                reconcile(client, sentAt, r.error);
            } else {
                m_exitCode = m_exitCode ? m_exitCode : context().reportError(r.error);
                submissionDone();
            }
        });
    }
}

void GenerateCommand::reconcile(Api::VideoApiClient *client, const QDateTime &sentAt, const Api::ApiError &error)
{
    context().err() << tr("dailies: the answer to a create was lost (%1); looking for the job before anything is sent "
                          "again…")
                           .arg(error.toString())
                    << Qt::endl;
    Api::VideoListCall *list = client->list({ .limit = 50, .order = u"desc"_s });
    connect(list, &Api::VideoListCall::finished, this, [this, list, sentAt, error](const Api::VideoListResult &r) {
        list->deleteLater();
        const std::optional<Api::Video> match
            = r.ok() ? Api::matchLostCreate(r.page, m_request, sentAt, m_knownIds) : std::nullopt;
        if (match) {
            m_knownIds.insert(match->id);
            context().err() << tr("found it: %1").arg(match->id) << Qt::endl;
            m_waiter->add(*match);
        } else {
            context().err() << tr("dailies: could not tell whether the provider created the job, so it was not sent "
                                  "again (that could bill it twice). Check with 'dailies videos list'.")
                            << Qt::endl;
            m_exitCode = m_exitCode ? m_exitCode : CliContext::exitCodeFor(error);
        }
        submissionDone();
    });
}

void GenerateCommand::submissionDone()
{
    if (--m_pendingSubmissions > 0)
        return;
    if (!m_wait) {
        finish(m_exitCode);
        return;
    }
    m_waiter->start();
}

} // namespace Dailies::Cli
