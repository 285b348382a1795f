// SPDX-License-Identifier: GPL-3.0-or-later
// The actions that ask the provider for something: remix, edit, extend, render final, retry, cancel and delete on
// the server.
#include <QAction>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>

#include "core/jobs/jobengine.h"
#include "core/jobs/jobrecord.h"
#include "core/library/cliprecord.h"
#include "core/library/library.h"
#include "core/models/previewsource.h"
#include "core/models/studiofilterproxy.h"
#include "core/models/studiomodel.h"
#include "core/providers/capabilities.h"
#include "session/workspace.h"
#include "widgets/icons.h"
#include "widgets/library/libraryactions.h"
#include "widgets/library/libraryactions_p.h"
#include "widgets/library/sourcejobdialog.h"
#include "widgets/library/studioview.h"

using namespace Qt::StringLiterals;
using namespace Dailies::RowRules;

namespace Dailies
{

bool LibraryActions::canStartFrom(const QModelIndex &index) const
{
    if (!m_engine || !isClip(index) || index.data(StudioModel::RemoteIdRole).toString().isEmpty()
        || index.data(StudioModel::ProfileRole).toString().isEmpty())
        return false;
    const QDateTime expires = index.data(StudioModel::ExpiresAtRole).toDateTime();
    return !expires.isValid() || expires > QDateTime::currentDateTimeUtc();
}

bool LibraryActions::canRenderFinal(const QModelIndex &index) const
{
    // A remix keeps only the change it asked for as its prompt: rendered on its own it would be another take.
    return m_engine && isClip(index) && !index.data(StudioModel::RemoteIdRole).toString().isEmpty()
        && index.data(StudioModel::ParentRemoteIdRole).toString().isEmpty()
        && !index.data(StudioModel::PromptRole).toString().isEmpty()
        && !m_engine
                ->finalModelFor(
                    index.data(StudioModel::ProfileRole).toString(), index.data(StudioModel::ModelRole).toString())
                .isEmpty();
}

void LibraryActions::remix(const QModelIndex &proxyIndex)
{
    openSourceJob(JobKind::Remix, proxyIndex);
}

void LibraryActions::edit(const QModelIndex &proxyIndex)
{
    openSourceJob(JobKind::Edit, proxyIndex);
}

void LibraryActions::extend(const QModelIndex &proxyIndex)
{
    openSourceJob(JobKind::Extend, proxyIndex);
}

void LibraryActions::openSourceJob(JobKind kind, const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid() || proxyIndex.model() != m_proxy || !canStartFrom(proxyIndex))
        return;
    if (m_sourceJobDialog)
        m_sourceJobDialog->close();
    const qint64 clipId = proxyIndex.data(StudioModel::ClipIdRole).toLongLong();
    const QString profile = proxyIndex.data(StudioModel::ProfileRole).toString();
    const QString model = proxyIndex.data(StudioModel::ModelRole).toString();
    const QString size = proxyIndex.data(StudioModel::SizeRole).toString();
    const QString seconds = proxyIndex.data(StudioModel::SecondsRole).toString();
    SourceJobDialog::Source source;
    source.prompt = proxyIndex.data(StudioModel::PromptRole).toString();
    source.thumbnail = QPixmap(proxyIndex.data(StudioModel::ThumbnailPathRole).toString());
    if (kind == JobKind::Extend)
        source.plan = PreviewSource(m_engine, m_library).extensionPlan(clipId);

    QPointer<JobEngine> engine = m_engine;
    SourceJobDialog::Cost cost;
    SourceJobDialog::Submit submit;
    SourceJobDialog::Mode mode = SourceJobDialog::Mode::Remix;
    if (kind == JobKind::Remix) {
        const QString line = tr("Remix on %1").arg(costLine(profile, model, size, seconds));
        cost = [line](const QString &) {
            return line;
        };
        const QString remoteId = proxyIndex.data(StudioModel::RemoteIdRole).toString();
        const QString project = proxyIndex.data(StudioModel::ProjectRole).toString();
        submit = [this, engine, profile, model, size, seconds, remoteId, project](
                     const QString &prompt, const QString &) -> QString {
            if (!engine)
                return tr("The job queue is not running.");
            JobEngine::SubmitRequest request;
            request.profile = profile;
            request.request.prompt = prompt;
            // A remix keeps its parent's settings; they price the estimate and show on the job's row.
            request.request.model = model;
            request.request.size = size;
            request.request.seconds = seconds;
            request.kind = JobKind::Remix;
            request.sourceId = remoteId;
            request.project = project;
            const JobEngine::SubmitResult result = engine->submit(request);
            if (!result.ok())
                return result.error;
            Q_EMIT jobQueued(result.jobIds.constFirst());
            return {};
        };
    } else {
        mode = kind == JobKind::Edit ? SourceJobDialog::Mode::Edit : SourceJobDialog::Mode::Extend;
        cost = [this, kind, clipId](const QString &added) {
            return sourceJobCost(kind, clipId, added);
        };
        submit = [this, engine, kind, clipId](const QString &prompt, const QString &added) -> QString {
            if (!engine)
                return tr("The job queue is not running.");
            QString why;
            const std::optional<JobEngine::SubmitRequest> request
                = engine->requestFromClip(clipId, kind, prompt, added, &why);
            if (!request)
                return why;
            const JobEngine::SubmitResult result = engine->submit(*request);
            if (!result.ok())
                return result.error;
            Q_EMIT jobQueued(result.jobIds.constFirst());
            if (!result.warnings.isEmpty())
                Q_EMIT messageShown(result.warnings.join(u'\n'), true);
            return {};
        };
    }
    m_sourceJobDialog = new SourceJobDialog(mode, source, std::move(cost), std::move(submit), m_widget);
    m_sourceJobDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_sourceJobDialog->open();
}

QString LibraryActions::sourceJobCost(JobKind kind, qint64 clipId, const QString &seconds) const
{
    if (!m_engine)
        return tr("The price is not known: the job queue is not running.");
    const std::optional<JobEngine::SubmitRequest> request = m_engine->requestFromClip(clipId, kind, QString(), seconds);
    if (!request)
        return tr("The price is not known.");
    if (!m_engine->isBilled(request->profile))
        return tr("Demo provider: nothing is billed.");
    // What the engine will book for the job: an edit renders the whole clip again, an extension only what it adds.
    const Api::CreateVideoRequest &r = request->request;
    const std::optional<double> estimate = m_engine->estimate(request->profile, r);
    const std::optional<double> perSecond = m_engine->pricePerSecond(request->profile, r.model, r.size);
    if (!estimate || !perSecond)
        return tr("The price of %1 at %2 is not known; the provider bills %3 s.").arg(r.model, r.size, r.seconds);
    const QLocale locale;
    const QString amount = locale.toString(*estimate, 'f', 2);
    const QString price = locale.toString(*perSecond, 'f', 2);
    const QString currency = m_engine->capabilities().currency();
    return kind == JobKind::Extend
        ? tr("Extension on %1: %2 s × %3 = %4 %5").arg(r.model, r.seconds, price, amount, currency)
        : tr("Edit on %1 (the whole clip again): %2 s × %3 = %4 %5").arg(r.model, r.seconds, price, amount, currency);
}

void LibraryActions::renderFinal(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid() || proxyIndex.model() != m_proxy)
        return;
    renderFinalSelection({ proxyIndex });
}

void LibraryActions::renderFinalSelection(const QModelIndexList &rows)
{
    struct Final {
        JobEngine::SubmitRequest request;
        QString line;
    };
    // Each final is paid for and confirmed line by line: a few dozen at a time keeps that question readable.
    constexpr int kMaxFinals = 50;
    QList<Final> finals;
    QStringList refused;
    for (const QModelIndex &index : rows) {
        if (!canRenderFinal(index))
            continue;
        if (finals.size() == kMaxFinals) {
            Q_EMIT messageShown(
                tr("Render final works on up to %1 takes at a time; select fewer.").arg(kMaxFinals), true);
            return;
        }
        QString why;
        std::optional<JobEngine::SubmitRequest> request
            = m_engine->finalRequestFor(index.data(StudioModel::ClipIdRole).toLongLong(), &why);
        if (!request) {
            refused << why;
            continue;
        }
        Final f { *request, {} };
        f.line = tr("Render on %1")
                     .arg(costLine(f.request.profile, f.request.request.model, f.request.request.size,
                         f.request.request.seconds));
        finals.append(f);
    }
    if (finals.isEmpty()) {
        if (!refused.isEmpty())
            Q_EMIT messageShown(refused.join(u'\n'), true);
        return;
    }
    QStringList lines;
    for (const Final &f : std::as_const(finals))
        lines << f.line;
    lines << refused;
    const QString question = lines.join(u'\n')
        + tr("\n\nThe same prompt and settings are rendered again on the final model; the draft stays and the final "
             "take is linked to it. Go ahead?");
    if (!confirm(Action::RenderFinal, question))
        return;
    QStringList problems;
    qint64 first = 0;
    for (const Final &f : std::as_const(finals)) {
        const JobEngine::SubmitResult result = m_engine->submit(f.request);
        if (!result.ok()) {
            problems << result.error;
            continue;
        }
        if (first == 0)
            first = result.jobIds.constFirst();
        for (const QString &warning : result.warnings)
            problems << warning;
    }
    if (first > 0)
        Q_EMIT jobQueued(first);
    if (!problems.isEmpty())
        Q_EMIT messageShown(problems.join(u'\n'), true);
    else
        Q_EMIT messageShown(tr("Queued %n final render(s).", nullptr, int(finals.size())), false);
}

QString LibraryActions::costLine(
    const QString &profile, const QString &model, const QString &size, const QString &seconds) const
{
    if (!m_engine)
        return tr("%1: the price is not known").arg(model);
    // The list price, also on the demo provider, which says that it charges nothing.
    const CapabilityTable &table = m_engine->capabilities();
    const Api::ProviderKind kind = m_engine->profileKind(profile);
    const std::optional<ModelCapability> capability = table.model(model, kind);
    const double price = capability ? capability->pricePerSecond(size).value_or(-1) : -1;
    bool secondsOk = false;
    const double duration = seconds.toDouble(&secondsOk);
    QString line;
    if (price < 0 || !secondsOk) {
        line = tr("%1: the price is not known").arg(model);
    } else {
        const QLocale locale;
        line = tr("%1: %2 s × %3 = %4 %5")
                   .arg(model, seconds, locale.toString(price, 'f', 2), locale.toString(price * duration, 'f', 2),
                       table.currency());
    }
    if (!m_engine->isBilled(profile))
        line += tr(" (the demo provider charges nothing)");
    return line;
}

void LibraryActions::retry()
{
    if (!m_engine)
        return;
    QStringList problems;
    for (const QModelIndex &index : selectedRows()) {
        QString error;
        if (canRetry(index) && !m_engine->retry(index.data(StudioModel::JobIdRole).toLongLong(), &error))
            problems.append(error);
    }
    if (!problems.isEmpty())
        Q_EMIT messageShown(problems.join(u'\n'), true);
}

void LibraryActions::cancel()
{
    if (!m_engine)
        return;
    QList<qint64> ids;
    for (const QModelIndex &index : selectedRows()) {
        if (canCancel(index))
            ids.append(index.data(StudioModel::JobIdRole).toLongLong());
    }
    QStringList problems;
    for (const qint64 id : std::as_const(ids)) {
        QString error;
        if (!m_engine->cancel(id, &error))
            problems.append(error);
    }
    if (!problems.isEmpty())
        Q_EMIT messageShown(problems.join(u'\n'), true);
}

void LibraryActions::deleteOnServer()
{
    if (!m_workspace)
        return;
    QList<std::pair<QString, QString>> videos; // profile, remote id
    for (const QModelIndex &index : selectedRows()) {
        if (isOnServer(index))
            videos.append(
                { index.data(StudioModel::ProfileRole).toString(), index.data(StudioModel::RemoteIdRole).toString() });
    }
    if (videos.isEmpty())
        return;
    const int count = int(videos.size());
    if (!confirm(Action::DeleteOnServer,
            tr("Delete %n video(s) on the provider's server? The files in your library stay, but the video(s) can no "
               "longer be remixed or downloaded again.",
                nullptr, count)))
        return;

    Q_EMIT messageShown(tr("Deleting %n video(s) on the server…", nullptr, count), false);
    QPointer<LibraryActions> self = this;
    m_workspace->deleteOnServer(videos, [self](int deleted, const QStringList &problems) {
        if (!self)
            return;
        if (problems.isEmpty())
            Q_EMIT self->messageShown(
                tr("Deleted %n video(s) on the server; the local files stay.", nullptr, deleted), false);
        else
            Q_EMIT self->messageShown(problems.join(u'\n'), true);
    });
}

} // namespace Dailies
