// SPDX-License-Identifier: GPL-3.0-or-later
// StudioModel's view: the filter and order it lists under, the pages it reads from the library, and the rules by
// which a job or a clip that changes is listed or not.
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <algorithm>

#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/models/studiomodel.h"
#include "core/models/studiomodel_p.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

// Lower case without accents, the way the library's full-text index (unicode61, remove_diacritics) sees text.
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

} // namespace

QStringList StudioModel::searchWords(const QString &text)
{
    static const QRegularExpression separators(u"[^\\w]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList words = folded(text).split(separators, Qt::SkipEmptyParts);
    words.removeAll(u"_"_s);
    return words;
}

namespace
{

// Text as SQLite's NOCASE collation compares it: UTF-8 bytes with ASCII letters in lower case.
QByteArray nocaseKey(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    for (char &c : bytes) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return bytes;
}

} // namespace

void StudioModel::setView(const View &view)
{
    if (view == m_view)
        return;
    // Announced before the pages are read: proxies above keep their rows (a view's selection and current row) as
    // persistent indexes here from now on, so the reach of the rows selected is known.
    // No page is added from a slot of these signals (a model tester asks for more) while the rows are replaced.
    const QScopedValueRollback fetching(m_fetching, true);
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_view = view;
    m_words = searchWords(view.search);
    relayout(firstRows(persistentReach()));
}

std::optional<StudioModel::Key> StudioModel::persistentReach() const
{
    // The rows held, furthest first; the furthest that the new view still lists is worth reading pages for (one
    // indexed query tells for a clip), the others are not.
    std::vector<std::pair<Key, const Row *>> held;
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &index : persistent) {
        if (index.row() < 0 || index.row() >= int(m_rows.size()))
            continue;
        const Row *row = m_rows.at(std::size_t(index.row())).get();
        if (row->clip.id != 0)
            held.emplace_back(clipKey(row->clip), row);
        else if (const auto job = m_jobs.constFind(row->jobId); job != m_jobs.cend())
            held.emplace_back(jobKey(job->job), row);
    }
    std::sort(held.begin(), held.end(), [this](const auto &a, const auto &b) { return isBefore(b.first, a.first); });
    const ClipQuery filter = pageQuery().filter;
    const bool clipsListed = m_library && m_view.group != Group::Running && m_view.group != Group::Failed;
    int clipsAsked = 0;
    for (const auto &[key, row] : held) {
        bool listed = false;
        if (row->clip.id == 0) {
            listed = acceptsJob(m_jobs.value(row->jobId).job);
        } else if (clipsListed) {
            if (++clipsAsked > ModelDetail::kKeptRowChecks)
                break;
            listed = m_library->clipMatches(row->clip.id, filter);
        }
        if (listed)
            return key;
    }
    return std::nullopt;
}

bool StudioModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_fetching && m_library;
}

void StudioModel::fetchMore(const QModelIndex &parent)
{
    // Not again from a slot of the rows it inserts (a view or a model tester asking for more at once).
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    const QList<ClipSummary> page = readPage();
    Rows rows;
    for (const ClipSummary &clip : page) {
        if (!m_byClip.contains(clip.id))
            rows.push_back(clipRow(clip));
    }
    addReachedJobs(&rows, true);
    std::stable_sort(
        rows.begin(), rows.end(), [this](const auto &a, const auto &b) { return isBefore(a->key, b->key); });
    // A page continues where the last one ended, so its rows normally all go after the last row, in one insertion.
    const auto firstOutOfPlace = std::find_if(rows.begin(), rows.end(),
        [this](const auto &row) { return !m_rows.empty() && !isBefore(m_rows.back()->key, row->key); });
    Rows strays(std::make_move_iterator(firstOutOfPlace), std::make_move_iterator(rows.end()));
    rows.erase(firstOutOfPlace, rows.end());
    if (!rows.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
        for (auto &row : rows) {
            noteRow(row.get());
            m_rows.push_back(std::move(row));
        }
        endInsertRows();
    }
    for (auto &row : strays)
        insertRow(std::move(row));
}

int StudioModel::revealJob(qint64 jobId)
{
    for (;;) {
        if (const int row = rowForJob(jobId); row >= 0)
            return row;
        const auto job = m_jobs.constFind(jobId);
        if (job == m_jobs.cend() || !acceptsJob(job->job) || !canFetchMore({}))
            return -1;
        fetchMore({});
    }
}

int StudioModel::revealClip(qint64 clipId)
{
    if (const int row = rowForClip(clipId); row >= 0)
        return row;
    const std::optional<ClipRecord> clip = m_library ? m_library->clip(clipId) : std::nullopt;
    if (!clip || !acceptsClip(*clip))
        return -1;
    while (canFetchMore({})) {
        fetchMore({});
        if (const int row = rowForClip(clipId); row >= 0)
            return row;
    }
    return -1;
}

ClipPageQuery StudioModel::pageQuery() const
{
    ClipPageQuery query;
    query.filter.text = m_view.search;
    query.filter.prefixWords = true;
    query.filter.favouritesOnly = m_view.group == Group::Favourites;
    query.filter.project = m_view.project;
    query.filter.from = m_view.from;
    query.filter.to = m_view.to;
    query.filter.byCreation = true;
    query.order = m_view.order;
    query.ascending = m_view.ascending;
    if (m_lastClip)
        query.after = ClipPageQuery::cursorOf(*m_lastClip, m_view.order);
    query.limit = m_lastClip ? m_pageSize : m_firstPageSize;
    return query;
}

QList<ClipSummary> StudioModel::readPage()
{
    QList<ClipSummary> page;
    if (!m_library || m_view.group == Group::Running || m_view.group == Group::Failed) {
        m_exhausted = true; // these groups hold jobs only
        return page;
    }
    QString error;
    const ClipPageQuery query = pageQuery();
    page = m_library->clipPage(query, &error);
    ++m_pageQueries;
    if (!m_words.isEmpty())
        ++m_searchQueries;
    setError(error);
    m_exhausted = !error.isEmpty() || page.size() < query.limit;
    if (!page.isEmpty())
        m_lastClip = page.last();
    return page;
}

StudioModel::Rows StudioModel::firstRows(const std::optional<Key> &reach)
{
    m_lastClip.reset();
    m_exhausted = false;
    Rows rows;
    for (int pages = 0;; ++pages) {
        const QList<ClipSummary> page = readPage();
        rows.reserve(rows.size() + std::size_t(page.size()));
        for (const ClipSummary &clip : page)
            rows.push_back(clipRow(clip));
        if (!reach || isShown(*reach) || pages == ModelDetail::kKeptRowPages)
            break;
    }
    addReachedJobs(&rows, false); // the rows listed so far are being replaced
    std::stable_sort(
        rows.begin(), rows.end(), [this](const auto &a, const auto &b) { return isBefore(a->key, b->key); });
    return rows;
}

void StudioModel::addReachedJobs(Rows *rows, bool skipListed) const
{
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        if ((skipListed && m_byJob.contains(it.key())) || !acceptsJob(it->job))
            continue;
        std::unique_ptr<Row> row = jobRow(it->job);
        if (isShown(row->key))
            rows->push_back(std::move(row));
    }
}

bool StudioModel::isShown(const Key &key) const
{
    return m_exhausted || !m_lastClip || !isBefore(clipKey(*m_lastClip), key);
}

bool StudioModel::acceptsJob(const JobRecord &job) const
{
    switch (m_view.group) {
    case Group::All:
        break;
    case Group::Running:
        if (job.state != JobState::Waiting && !isInFlight(job.state))
            return false;
        break;
    case Group::Done:
        if (job.state != JobState::Completed)
            return false;
        break;
    case Group::Failed:
        if (!isTerminal(job.state) || job.state == JobState::Completed)
            return false;
        break;
    case Group::Favourites:
        return false;
    }
    if (!m_view.project.isEmpty() && job.project != m_view.project)
        return false;
    const QDateTime created = ModelDetail::createdOf(job);
    if ((m_view.from.isValid() && (!created.isValid() || created < m_view.from))
        || (m_view.to.isValid() && (!created.isValid() || created >= m_view.to)))
        return false;
    if (m_words.isEmpty())
        return true;
    // The full-text index's rule: every word starts some word of the text.
    const QStringList words = searchWords(job.request.prompt + u' ' + job.project);
    return std::all_of(m_words.cbegin(), m_words.cend(), [&words](const QString &wanted) {
        return std::any_of(
            words.cbegin(), words.cend(), [&wanted](const QString &word) { return word.startsWith(wanted); });
    });
}

bool StudioModel::acceptsClip(const ClipRecord &clip) const
{
    if (m_view.group == Group::Running || m_view.group == Group::Failed)
        return false;
    if (m_view.group == Group::Favourites && !clip.favourite)
        return false;
    if (!m_view.project.isEmpty() && clip.project != m_view.project)
        return false;
    if ((m_view.from.isValid() && clip.createdAt < m_view.from) || (m_view.to.isValid() && clip.createdAt >= m_view.to))
        return false;
    if (m_words.isEmpty() || !m_library)
        return true;
    ClipQuery search;
    search.text = m_view.search;
    search.prefixWords = true;
    return m_library->clipMatches(clip.id, search);
}

void StudioModel::setError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT errorChanged(error);
}

void StudioModel::relayout(Rows rows)
{
    // The rows persistent indexes point at, by what they show: a clip, else a job.
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<qint64, qint64>> shown;
    shown.reserve(before.size());
    for (const QModelIndex &index : before) {
        const Row *row = index.row() < int(m_rows.size()) ? m_rows.at(std::size_t(index.row())).get() : nullptr;
        shown.append(row ? std::pair(row->clip.id, row->jobId) : std::pair(qint64(0), qint64(0)));
    }
    m_flushTimer.stop();
    m_dirty.clear(); // every row is read again after a layout change
    m_rows = std::move(rows);
    m_byClip.clear();
    m_byJob.clear();
    for (const auto &row : m_rows)
        noteRow(row.get());
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const auto [clipId, jobId] = shown.at(i);
        const int row = clipId != 0 ? rowForClip(clipId) : (jobId != 0 ? rowForJob(jobId) : -1);
        after.append(row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

StudioModel::Key StudioModel::jobKey(const JobRecord &job) const
{
    Key key;
    if (m_view.order == ClipOrder::Cost)
        key.number = job.estimatedCost.value_or(-1.0);
    else if (m_view.order == ClipOrder::Rating)
        key.number = -1; // below every rating
    else if (m_view.order == ClipOrder::Prompt)
        key.text = nocaseKey(job.request.prompt.left(ClipSummary::kPromptExcerptLength));
    key.time = ModelDetail::createdOf(job).toMSecsSinceEpoch();
    key.tie = -job.id;
    return key;
}

StudioModel::Key StudioModel::clipKey(const ClipSummary &clip) const
{
    Key key;
    const ClipPageQuery::Cursor cursor = ClipPageQuery::cursorOf(clip, m_view.order);
    key.number = cursor.number;
    if (m_view.order == ClipOrder::Prompt)
        key.text = nocaseKey(clip.promptExcerpt);
    // The list key is created_at * 2^20 plus a counter: its time and itself order clips exactly as the pages do.
    key.time = cursor.listKey >> 20;
    key.tie = cursor.listKey;
    return key;
}

} // namespace Dailies
