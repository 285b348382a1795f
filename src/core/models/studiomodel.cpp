// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/studiomodel.h"

#include <QFileInfo>
#include <QJsonValue>
#include <QMimeData>
#include <QUrl>
#include <algorithm>
#include <array>

#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/models/studiomodel_p.h"
#include "core/util/clock.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

StudioModel::StudioModel(JobEngine *engine, Library *library, Clock *clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_engine(engine)
    , m_library(library)
    , m_clock(clock ? clock : &SystemClock::instance())
    , m_details(ModelDetail::kDetailCacheSize)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &StudioModel::flush);
    if (engine) {
        connect(engine, &JobEngine::jobAdded, this, &StudioModel::onJobAdded);
        // jobFinished needs no handler: the engine announces the final state with jobChanged just before it.
        connect(engine, &JobEngine::jobChanged, this, &StudioModel::onJobChanged);
    }
    if (library) {
        connect(library, &Library::clipAdded, this, &StudioModel::onClipAdded);
        connect(library, &Library::clipChanged, this, &StudioModel::onClipChanged);
        connect(library, &Library::clipRemoved, this, &StudioModel::onClipRemoved);
        connect(library, &Library::clipsReset, this, &StudioModel::reload);
    }
}

StudioModel::~StudioModel() = default;

void StudioModel::setTerminalJobLimit(int limit)
{
    m_terminalJobLimit = std::max(0, limit);
}

void StudioModel::setPageSize(int clips)
{
    m_pageSize = std::max(1, clips);
    m_firstPageSize = m_pageSize;
}

void StudioModel::setFirstPageSize(int clips)
{
    m_firstPageSize = std::max(1, clips);
}

void StudioModel::reload()
{
    beginResetModel();
    ++m_resets;
    m_flushTimer.stop();
    m_dirty.clear();
    m_rows.clear();
    m_byJob.clear();
    m_byClip.clear();
    m_jobs.clear();
    m_strings.clear();
    m_details.clear();
    if (m_engine) {
        QList<JobRecord> jobs = m_engine->listedJobs(m_terminalJobLimit);
        for (JobRecord &job : jobs) {
            const std::optional<qint64> elapsed = elapsedOf(job);
            const qint64 id = job.id;
            m_jobs.insert(id, JobSnapshot { std::move(job), elapsed });
        }
    }
    m_rows = firstRows();
    for (const auto &row : m_rows)
        noteRow(row.get());
    endResetModel();
}

int StudioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StudioModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.column() != 0 || index.row() < 0
        || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = *m_rows.at(std::size_t(index.row()));
    if (row.clip.id == 0) {
        const auto it = m_jobs.constFind(row.jobId);
        return it == m_jobs.cend() ? QVariant() : jobData(*it, row, role);
    }
    return clipData(row, ModelDetail::needsDetails(role) ? details(row.clip.id) : nullptr, role);
}

int StudioModel::rowForJob(qint64 jobId) const
{
    if (const Row *row = m_byJob.value(jobId))
        return indexOf(row);
    // A clip loaded from the library remembers its job only in the row.
    const auto found = std::find_if(
        m_rows.cbegin(), m_rows.cend(), [jobId](const auto &row) { return jobId > 0 && row->jobId == jobId; });
    return found == m_rows.cend() ? -1 : int(found - m_rows.cbegin());
}

int StudioModel::rowForClip(qint64 clipId) const
{
    const Row *row = m_byClip.value(clipId);
    return row ? indexOf(row) : -1;
}

QStringList StudioModel::projects() const
{
    QSet<QString> names = m_strings;
    if (m_library) {
        const QStringList inLibrary = m_library->projects();
        names.unite(QSet<QString>(inLibrary.cbegin(), inLibrary.cend()));
    }
    for (const JobSnapshot &snapshot : m_jobs) {
        if (!snapshot.job.project.isEmpty())
            names.insert(snapshot.job.project);
    }
    QStringList list(names.cbegin(), names.cend());
    list.removeAll(QString());
    std::sort(list.begin(), list.end(),
        [](const QString &a, const QString &b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
    return list;
}

Qt::ItemFlags StudioModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (!index.isValid() || index.model() != this || index.row() >= int(m_rows.size()))
        return flags;
    // From the summary alone: reading records to answer flags() would cost a query per painted row.
    if (m_rows.at(std::size_t(index.row()))->clip.id != 0)
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList StudioModel::mimeTypes() const
{
    return { u"text/uri-list"_s, u"text/plain"_s };
}

Qt::DropActions StudioModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

QMimeData *StudioModel::mimeData(const QModelIndexList &indexes) const
{
    QList<QUrl> urls;
    QStringList prompts;
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && index.column() == 0)
            rows.append(index.row());
    }
    // Sorted once, then duplicates dropped: a whole-library selection stays n log n.
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows)) {
        const QModelIndex index = this->index(row);
        const QString path = index.data(VideoPathRole).toString();
        if (path.isEmpty() || !QFileInfo::exists(path))
            continue;
        urls.append(QUrl::fromLocalFile(path));
        prompts.append(index.data(PromptRole).toString());
    }
    if (urls.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    mime->setText(prompts.join(u"\n\n"_s));
    return mime;
}

// ---- incremental updates ---------------------------------------------------------------------------------------

void StudioModel::onJobAdded(qint64 id)
{
    if (m_byJob.contains(id) || m_jobs.contains(id)) {
        onJobChanged(id);
        return;
    }
    std::optional<JobSnapshot> s = snapshot(id);
    if (!s || s->job.state == JobState::Completed)
        return;
    const bool accepted = acceptsJob(s->job);
    m_jobs[id] = std::move(*s);
    if (accepted)
        insertJobRow(id, true);
}

void StudioModel::onJobChanged(qint64 id)
{
    Row *row = m_byJob.value(id);
    if (row && row->clip.id != 0)
        return; // the row is its clip already
    std::optional<JobSnapshot> s = snapshot(id);
    if (!s)
        return;
    if (s->job.state == JobState::Completed && (!row || s->job.clipId > 0)) {
        // Normally the library's clipAdded came first and turned the row into the clip; a job that is not listed
        // leaves its clip to the library's announcement.
        if (row) {
            if (m_byClip.contains(s->job.clipId)) {
                removeRowAt(indexOf(row));
            } else if (const ClipRecord *clip = details(s->job.clipId)) {
                const ClipRecord copy = *clip; // convertToClip() replaces the cached record
                if (acceptsClip(copy))
                    convertToClip(row, copy);
                else
                    removeRowAt(indexOf(row));
            }
        }
        m_jobs.remove(id);
        return;
    }
    const bool accepted = acceptsJob(s->job);
    if (!row) {
        // Not listed: it started after reload() without jobAdded reaching us, or it starts matching the view.
        m_jobs[id] = std::move(*s);
        if (accepted)
            insertJobRow(id, false);
        return;
    }
    JobSnapshot &current = m_jobs[id];
    if (!accepted) {
        current = std::move(*s);
        removeRowAt(indexOf(row));
        return;
    }
    const quint32 roles = changedJobRoles(current, *s, *row);
    current = std::move(*s);
    if (roles)
        markDirty(row, roles);
}

void StudioModel::onClipAdded(qint64 id)
{
    if (m_byClip.contains(id)) {
        onClipChanged(id);
        return;
    }
    if (!m_library)
        return;
    std::optional<ClipRecord> clip = m_library->clip(id);
    if (!clip)
        return;
    // The job's own clip (not one that only carries the same job id from another database): its row turns into it.
    if (const auto job = m_jobs.constFind(clip->jobId); clip->jobId > 0 && job != m_jobs.cend()
        && job->job.profile == clip->profile && job->job.remoteId == clip->remoteId) {
        Row *row = m_byJob.value(clip->jobId);
        m_jobs.erase(job);
        if (row && row->clip.id == 0) {
            if (acceptsClip(*clip))
                convertToClip(row, *clip);
            else
                removeRowAt(indexOf(row));
            return;
        }
    }
    if (!acceptsClip(*clip))
        return;
    auto row = clipRow(summaryOf(*clip));
    if (!isShown(row->key))
        return; // a later page brings it
    m_details.insert(id, new ClipRecord(std::move(*clip)));
    insertRow(std::move(row));
}

void StudioModel::onClipChanged(qint64 id)
{
    if (!m_library)
        return;
    std::optional<ClipRecord> clip = m_library->clip(id);
    if (!clip)
        return;
    Row *row = m_byClip.value(id);
    const bool accepted = acceptsClip(*clip);
    if (!row) {
        // Not listed: it may match the view now (made a favourite elsewhere).
        if (!accepted)
            return;
        auto added = clipRow(summaryOf(*clip));
        if (isShown(added->key))
            insertRow(std::move(added));
        return;
    }
    const int index = indexOf(row);
    if (!accepted) {
        removeRowAt(index);
        return;
    }
    std::unique_ptr<Row> updated = clipRow(summaryOf(*clip));
    updated->jobId = row->jobId;

    // Without the old record the detail roles may all have changed.
    const ClipRecord *before = m_details.object(id);
    quint32 roles = 0;
    for (std::size_t i = 0; i < ModelDetail::kRoles.size(); ++i) {
        const int role = ModelDetail::kRoles.at(i);
        const bool detail = ModelDetail::needsDetails(role);
        if ((detail && !before)
            || clipData(*row, detail ? before : nullptr, role) != clipData(*updated, detail ? &*clip : nullptr, role))
            roles |= quint32(1) << i;
    }
    // The row keeps its key, and so its place, until the view is listed again.
    row->clip = std::move(updated->clip);
    row->excerpt = std::move(updated->excerpt);
    m_details.insert(id, new ClipRecord(std::move(*clip)));
    if (roles)
        markDirty(row, roles);
}

void StudioModel::onClipRemoved(qint64 id)
{
    if (const Row *row = m_byClip.value(id))
        removeRowAt(indexOf(row));
}

std::optional<StudioModel::JobSnapshot> StudioModel::snapshot(qint64 jobId) const
{
    if (!m_engine)
        return std::nullopt;
    std::optional<JobRecord> job = m_engine->job(jobId);
    if (!job)
        return std::nullopt;
    const std::optional<qint64> elapsed = elapsedOf(*job);
    return JobSnapshot { std::move(*job), elapsed };
}

std::optional<qint64> StudioModel::elapsedOf(const JobRecord &job) const
{
    if (!job.submittedAt.isValid())
        return std::nullopt;
    const QDateTime end = isTerminal(job.state) ? job.finishedAt : m_clock->now();
    if (!end.isValid())
        return std::nullopt;
    return std::max<qint64>(0, job.submittedAt.msecsTo(end));
}

void StudioModel::insertJobRow(qint64 jobId, bool atTop)
{
    const auto it = m_jobs.constFind(jobId);
    if (it == m_jobs.cend())
        return;
    std::unique_ptr<Row> row = jobRow(it->job);
    // A new job goes to the top of a newest-first list even when a clip claims a later time (another machine's
    // clock).
    if (atTop && m_view.order == ClipOrder::Created && !m_view.ascending && !m_rows.empty())
        row->key.time = std::max(row->key.time, m_rows.front()->key.time + 1);
    if (isShown(row->key))
        insertRow(std::move(row));
}

void StudioModel::insertRow(std::unique_ptr<Row> row)
{
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row->key,
        [this](const auto &r, const Key &key) { return isBefore(r->key, key); });
    const int index = int(at - m_rows.cbegin());
    beginInsertRows(QModelIndex(), index, index);
    noteRow(row.get());
    m_rows.insert(m_rows.cbegin() + index, std::move(row));
    endInsertRows();
}

void StudioModel::noteRow(Row *row)
{
    if (row->clip.id != 0)
        m_byClip.insert(row->clip.id, row);
    else
        m_byJob.insert(row->jobId, row);
}

void StudioModel::removeRowAt(int index)
{
    if (index < 0 || index >= int(m_rows.size()))
        return;
    beginRemoveRows(QModelIndex(), index, index);
    const std::unique_ptr<Row> row = std::move(m_rows.at(std::size_t(index)));
    m_rows.erase(m_rows.cbegin() + index);
    if (const auto it = m_byClip.constFind(row->clip.id); it != m_byClip.cend() && *it == row.get())
        m_byClip.erase(it);
    if (const auto it = m_byJob.constFind(row->jobId); it != m_byJob.cend() && *it == row.get())
        m_byJob.erase(it);
    m_dirty.remove(row.get());
    endRemoveRows();
}

void StudioModel::convertToClip(Row *row, const ClipRecord &clip)
{
    const qint64 jobId = row->jobId;
    std::unique_ptr<Row> made = clipRow(summaryOf(clip));
    row->clip = std::move(made->clip);
    row->excerpt = std::move(made->excerpt);
    m_jobs.remove(jobId);
    m_byClip.insert(clip.id, row);
    m_details.insert(clip.id, new ClipRecord(clip));
    markDirty(row, ModelDetail::kAllRoles);
}

// ---- coalesced dataChanged -------------------------------------------------------------------------------------

void StudioModel::markDirty(const Row *row, quint32 roles)
{
    m_dirty[row] |= roles;
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void StudioModel::flush()
{
    QList<std::pair<int, quint32>> changes;
    changes.reserve(m_dirty.size());
    for (auto it = m_dirty.cbegin(); it != m_dirty.cend(); ++it) {
        if (const int index = indexOf(it.key()); index >= 0)
            changes.append({ index, it.value() });
    }
    m_dirty.clear();
    std::sort(changes.begin(), changes.end());
    // One signal per run of adjacent rows whose changed roles are the same.
    for (qsizetype first = 0; first < changes.size();) {
        qsizetype last = first;
        while (last + 1 < changes.size() && changes.at(last + 1).first == changes.at(last).first + 1
            && changes.at(last + 1).second == changes.at(first).second)
            ++last;
        ++m_dataChangedSignals;
        Q_EMIT dataChanged(index(changes.at(first).first), index(changes.at(last).first),
            ModelDetail::rolesOf(changes.at(first).second));
        first = last + 1;
    }
}

// ---- rows and their data ---------------------------------------------------------------------------------------

bool StudioModel::isBefore(const Key &a, const Key &b) const
{
    // The order of Library::clipPage, so that rows read from it and rows made here (jobs, clips that arrive) agree.
    int c = 0;
    switch (m_view.order) {
    case ClipOrder::Prompt:
        c = a.text < b.text ? -1 : (b.text < a.text ? 1 : 0);
        break;
    case ClipOrder::Cost:
    case ClipOrder::Rating:
        c = a.number < b.number ? -1 : (b.number < a.number ? 1 : 0);
        break;
    case ClipOrder::Created:
        break;
    }
    if (c == 0)
        c = a.time < b.time ? -1 : (b.time < a.time ? 1 : 0);
    if (c == 0)
        c = a.tie < b.tie ? -1 : (b.tie < a.tie ? 1 : 0);
    return m_view.ascending ? c < 0 : c > 0;
}

int StudioModel::indexOf(const Row *row) const
{
    if (!row)
        return -1;
    const auto at = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), row->key, [this](const auto &r, const Key &k) { return isBefore(r->key, k); });
    if (at != m_rows.cend() && at->get() == row)
        return int(at - m_rows.cbegin());
    // Rows are in key order by construction; a linear look is only a safety net.
    const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(), [row](const auto &r) { return r.get() == row; });
    return found == m_rows.cend() ? -1 : int(found - m_rows.cbegin());
}

std::unique_ptr<StudioModel::Row> StudioModel::jobRow(const JobRecord &job) const
{
    auto row = std::make_unique<Row>();
    row->jobId = job.id;
    row->excerpt = ModelDetail::excerptOf(job.request.prompt);
    row->key = jobKey(job);
    return row;
}

std::unique_ptr<StudioModel::Row> StudioModel::clipRow(ClipSummary summary)
{
    auto row = std::make_unique<Row>();
    row->jobId = summary.jobId;
    row->key = clipKey(summary);
    row->excerpt = ModelDetail::excerptOf(summary.promptExcerpt); // all of the prompt a row keeps
    summary.promptExcerpt.clear();
    summary.project = intern(summary.project);
    row->clip = std::move(summary);
    return row;
}

ClipSummary StudioModel::summaryOf(const ClipRecord &clip)
{
    ClipSummary s;
    s.id = clip.id;
    s.jobId = clip.jobId;
    s.createdAt = clip.createdAt;
    s.cost = clip.cost;
    s.promptExcerpt = clip.prompt.left(ClipSummary::kPromptExcerptLength);
    s.project = clip.project;
    s.favourite = clip.favourite;
    s.rating = clip.rating;
    s.listKey = clip.listKey;
    return s;
}

const ClipRecord *StudioModel::details(qint64 clipId) const
{
    if (ClipRecord *cached = m_details.object(clipId))
        return cached;
    if (!m_library)
        return nullptr;
    std::optional<ClipRecord> clip = m_library->clip(clipId);
    if (!clip)
        return nullptr;
    auto *record = new ClipRecord(std::move(*clip));
    m_details.insert(clipId, record);
    return record;
}

QString StudioModel::intern(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (const auto it = m_strings.constFind(text); it != m_strings.cend())
        return *it;
    m_strings.insert(text);
    return text;
}

} // namespace Dailies
