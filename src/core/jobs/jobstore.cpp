// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/jobstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "core/storage/database.h"
#include "core/util/clock.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

const QString kColumns
    = u"batch, variation, profile, state, position, kind, prompt, model, size, seconds, "
      "reference_path, reference_url, reference_file_id, remix_of, project, request_json, remote_id, "
      "remote_status, progress, created_at, submitted_at, remote_created_at, finished_at, expires_at, "
      "last_change_at, attempts, not_before, library_base, error_kind, error_code, error_message, "
      "request_id, response_json, estimated_cost, clip_id, draft_of, owner"_s;
constexpr int kColumnCount = 37;

// The next change number; the table's write lock (one writer at a time) makes it unique and increasing.
const QString kNextRev = u"(SELECT IFNULL(MAX(rev), 0) + 1 FROM jobs)"_s;

const QString kPausedKey = u"queue.paused"_s;

const QString kInFlightStates = u"'submitting', 'queued', 'in_progress', 'downloading'"_s;

QVariant time(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString would bind as SQL NULL; text columns hold '' instead.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(u""_s)) : QVariant(s);
}

QDateTime time(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// `now` dates a job that has no creation time.
void bindAll(QSqlQuery &q, const JobRecord &j, const QDateTime &now)
{
    q.addBindValue(text(j.batch));
    q.addBindValue(j.variation);
    q.addBindValue(text(j.profile));
    q.addBindValue(toString(j.state));
    q.addBindValue(j.position);
    q.addBindValue(toString(j.kind));
    q.addBindValue(text(j.request.prompt));
    q.addBindValue(text(j.request.model));
    q.addBindValue(text(j.request.size));
    q.addBindValue(text(j.request.seconds));
    q.addBindValue(text(j.request.inputReferencePath));
    q.addBindValue(text(j.request.inputReferenceUrl));
    q.addBindValue(text(j.request.inputReferenceFileId));
    q.addBindValue(text(j.sourceId));
    q.addBindValue(text(j.project));
    q.addBindValue(QString::fromUtf8(QJsonDocument(j.requestJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(j.remoteId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(j.remoteId));
    q.addBindValue(text(j.remoteStatus));
    q.addBindValue(j.progress);
    q.addBindValue(time(j.createdAt.isValid() ? j.createdAt : now));
    q.addBindValue(time(j.submittedAt));
    q.addBindValue(time(j.remoteCreatedAt));
    q.addBindValue(time(j.finishedAt));
    q.addBindValue(time(j.expiresAt));
    q.addBindValue(time(j.lastChangeAt));
    q.addBindValue(j.attempts);
    q.addBindValue(time(j.notBefore));
    q.addBindValue(text(j.libraryBase));
    q.addBindValue(text(j.errorKind));
    q.addBindValue(text(j.errorCode));
    q.addBindValue(text(j.errorMessage));
    q.addBindValue(text(j.requestId));
    q.addBindValue(
        j.response.isEmpty() ? u""_s : QString::fromUtf8(QJsonDocument(j.response).toJson(QJsonDocument::Compact)));
    q.addBindValue(j.estimatedCost ? QVariant(*j.estimatedCost) : QVariant(QMetaType(QMetaType::Double)));
    q.addBindValue(j.clipId ? QVariant(j.clipId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(text(j.draftOf));
    q.addBindValue(j.owner.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(j.owner));
}

JobRecord fromQuery(const QSqlQuery &q)
{
    const QSqlRecord r = q.record();
    const auto v = [&](const char *name) {
        return r.value(QString::fromLatin1(name));
    };
    JobRecord j;
    j.id = v("id").toLongLong();
    j.batch = v("batch").toString();
    j.variation = v("variation").toInt();
    j.profile = v("profile").toString();
    j.state = jobStateFromString(v("state").toString()).value_or(JobState::NeedsAttention);
    j.position = v("position").toDouble();
    j.kind = jobKindFromString(v("kind").toString()).value_or(JobKind::Create);
    j.request.prompt = v("prompt").toString();
    j.request.model = v("model").toString();
    j.request.size = v("size").toString();
    j.request.seconds = v("seconds").toString();
    j.request.inputReferencePath = v("reference_path").toString();
    j.request.inputReferenceUrl = v("reference_url").toString();
    j.request.inputReferenceFileId = v("reference_file_id").toString();
    // Characters live only in the request's JSON.
    const QJsonArray characters
        = QJsonDocument::fromJson(v("request_json").toString().toUtf8()).object().value("characters"_L1).toArray();
    for (const QJsonValue &c : characters)
        j.request.characters << c.toObject().value("id"_L1).toString();
    j.sourceId = v("remix_of").toString();
    j.project = v("project").toString();
    j.remoteId = v("remote_id").toString();
    j.remoteStatus = v("remote_status").toString();
    j.progress = v("progress").toInt();
    j.createdAt = time(v("created_at"));
    j.submittedAt = time(v("submitted_at"));
    j.remoteCreatedAt = time(v("remote_created_at"));
    j.finishedAt = time(v("finished_at"));
    j.expiresAt = time(v("expires_at"));
    j.lastChangeAt = time(v("last_change_at"));
    j.attempts = v("attempts").toInt();
    j.notBefore = time(v("not_before"));
    j.libraryBase = v("library_base").toString();
    j.errorKind = v("error_kind").toString();
    j.errorCode = v("error_code").toString();
    j.errorMessage = v("error_message").toString();
    j.requestId = v("request_id").toString();
    j.response = QJsonDocument::fromJson(v("response_json").toString().toUtf8()).object();
    if (!v("estimated_cost").isNull())
        j.estimatedCost = v("estimated_cost").toDouble();
    j.clipId = v("clip_id").toLongLong();
    j.draftOf = v("draft_of").toString();
    j.owner = v("owner").toString();
    j.cancelRequested = v("cancel_requested").toInt() != 0;
    j.rev = v("rev").toLongLong();
    return j;
}

} // namespace

JobStore::JobStore(Database *database, Clock *clock)
    : m_db(database)
    , m_clock(clock ? clock : &SystemClock::instance())
{
}

bool JobStore::insert(JobRecord &job, QString *error)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"INSERT INTO jobs ("_s + kColumns + u", rev) VALUES ("_s + QString(u"?, "_s).repeated(kColumnCount)
        + kNextRev + u")"_s);
    bindAll(q, job, m_clock->now());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        if (error)
            *error = tr("Cannot save the job: %1").arg(m_lastError);
        return false;
    }
    job.id = q.lastInsertId().toLongLong();
    return true;
}

JobStore::Write JobStore::conditionalWrite(
    const JobRecord &job, const QString &condition, const QVariantList &binds, QString *error)
{
    static const QString assignments = []() -> QString {
        QString a;
        const QStringList columns = kColumns.split(u", "_s);
        for (const QString &c : columns)
            a += c + u" = ?, "_s;
        return a + u"rev = "_s + kNextRev;
    }();
    QSqlQuery *q = statement(u"UPDATE jobs SET "_s + assignments + u" WHERE id = ? AND "_s + condition);
    if (!q)
        return finishWrite(q, job.id, error);
    bindAll(*q, job, m_clock->now());
    q->addBindValue(job.id);
    for (const QVariant &v : binds)
        q->addBindValue(v);
    return finishWrite(q, job.id, error);
}

JobStore::Write JobStore::updateProgress(const JobRecord &job, const QString &expectedOwner, QString *error)
{
    QSqlQuery *q = statement(u"UPDATE jobs SET state = ?, remote_status = ?, progress = ?, response_json = ?, "
                             "expires_at = ?, last_change_at = ?, rev = "_s
        + kNextRev + u" WHERE id = ? AND owner = ?"_s);
    if (!q)
        return finishWrite(q, job.id, error);
    q->addBindValue(toString(job.state));
    q->addBindValue(text(job.remoteStatus));
    q->addBindValue(job.progress);
    q->addBindValue(
        job.response.isEmpty() ? u""_s : QString::fromUtf8(QJsonDocument(job.response).toJson(QJsonDocument::Compact)));
    q->addBindValue(time(job.expiresAt));
    q->addBindValue(time(job.lastChangeAt));
    q->addBindValue(job.id);
    q->addBindValue(expectedOwner);
    return finishWrite(q, job.id, error);
}

QSqlQuery *JobStore::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db->connection());
        if (!q->prepare(sql)) {
            m_lastError = q->lastError().text();
            return nullptr;
        }
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return it->second.get();
}

JobStore::Write JobStore::finishWrite(QSqlQuery *q, qint64 jobId, QString *error)
{
    if (!q || !q->exec()) {
        if (q)
            m_lastError = q->lastError().text();
        if (error)
            *error = tr("Cannot save job %1: %2").arg(jobId).arg(m_lastError);
        return Write::Failed;
    }
    const Write w = q->numRowsAffected() == 1 ? Write::Done : Write::Lost;
    q->finish();
    return w;
}

JobStore::Write JobStore::update(
    const JobRecord &job, const QString &expectedOwner, std::optional<JobState> expectedState, QString *error)
{
    QString condition = expectedOwner.isEmpty() ? u"owner IS NULL"_s : u"owner = ?"_s;
    QVariantList binds;
    if (!expectedOwner.isEmpty())
        binds << expectedOwner;
    if (expectedState) {
        condition += u" AND state = ?"_s;
        binds << toString(*expectedState);
    }
    return conditionalWrite(job, condition, binds, error);
}

JobStore::Write JobStore::claimForSubmit(const JobRecord &job, int limit, qint64 nowMs, QString *error)
{
    // On PostgreSQL the same claim is a SELECT ... FOR UPDATE SKIP LOCKED of the waiting row, then this UPDATE; the
    // profile's in-flight count there needs the profile's advisory lock (docs/ARCHITECTURE.md).
    const QString condition = u"state = 'waiting' AND owner IS NULL "
                              "AND NOT EXISTS (SELECT 1 FROM meta WHERE key = ? AND value = '1') "
                              "AND EXISTS (SELECT 1 FROM engines WHERE id = ? AND lease_until > ?) "
                              "AND (SELECT COUNT(*) FROM jobs AS busy WHERE busy.profile = ? AND busy.state IN ("_s
        + kInFlightStates + u")) < ?"_s;
    return conditionalWrite(job, condition, { kPausedKey, job.owner, nowMs, job.profile, limit }, error);
}

JobStore::Write JobStore::takeOver(const JobRecord &job, const QString &deadOwner, QString *error)
{
    return conditionalWrite(
        job, u"owner = ? AND NOT EXISTS (SELECT 1 FROM engines WHERE id = ?)"_s, { deadOwner, deadOwner }, error);
}

bool JobStore::requestCancel(qint64 id)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"UPDATE jobs SET cancel_requested = 1, rev = "_s + kNextRev
        + u" WHERE id = ? AND state IN ('waiting', 'draft', "_s + kInFlightStates + u")"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

void JobStore::releaseClaims(const QString &owner)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"UPDATE jobs SET owner = NULL, rev = "_s + kNextRev
        + u" WHERE owner = ? AND state IN ('queued', 'in_progress', 'downloading')"_s);
    q.addBindValue(owner);
    if (!q.exec())
        m_lastError = q.lastError().text();
}

std::optional<JobRecord> JobStore::load(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT * FROM jobs WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

namespace
{
constexpr QLatin1StringView kActiveStates { "('waiting', 'submitting', 'queued', 'in_progress', 'downloading')" };
} // namespace

QStringList JobStore::activeProfiles() const
{
    QStringList profiles;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT profile FROM jobs WHERE state IN %1 GROUP BY profile ORDER BY MIN(position), MIN(id)"_s.arg(
            kActiveStates))) {
        m_lastError = q.lastError().text();
        return profiles;
    }
    while (q.next())
        profiles.append(q.value(0).toString());
    return profiles;
}

QList<JobRecord> JobStore::loadActive() const
{
    QList<JobRecord> jobs;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT * FROM jobs WHERE state IN %1 ORDER BY position, id"_s.arg(kActiveStates))) {
        m_lastError = q.lastError().text();
        return jobs;
    }
    while (q.next())
        jobs.append(fromQuery(q));
    return jobs;
}

QList<JobRecord> JobStore::list(const QList<JobState> &states, int limit) const
{
    QString sql = u"SELECT * FROM jobs"_s;
    if (!states.isEmpty()) {
        QStringList names;
        for (JobState s : states)
            names << u"'"_s + toString(s) + u"'"_s;
        sql += u" WHERE state IN ("_s + names.join(u", "_s) + u")"_s;
    }
    sql += u" ORDER BY id DESC"_s;
    if (limit > 0)
        sql += u" LIMIT "_s + QString::number(limit);
    QList<JobRecord> jobs;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (q.exec(sql)) {
        while (q.next())
            jobs.append(fromQuery(q));
    }
    return jobs;
}

QList<JobRecord> JobStore::changedSince(qint64 rev) const
{
    QList<JobRecord> jobs;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT * FROM jobs WHERE rev > ? ORDER BY rev"_s);
    q.addBindValue(rev);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return jobs;
    }
    while (q.next())
        jobs.append(fromQuery(q));
    return jobs;
}

QVariant JobStore::highest(const QString &column) const
{
    // `column` is one of the fixed names below, never user text.
    QSqlQuery q(m_db->connection());
    if (q.exec(u"SELECT IFNULL(MAX(%1), 0) FROM jobs"_s.arg(column)) && q.next())
        return q.value(0);
    return 0;
}

qint64 JobStore::lastRev() const
{
    return highest(u"rev"_s).toLongLong();
}

bool JobStore::setQueuePaused(bool paused)
{
    return m_db->setMetaValue(kPausedKey, paused ? u"1"_s : u"0"_s);
}

bool JobStore::isQueuePaused() const
{
    return m_db->metaValue(kPausedKey) == "1"_L1;
}

qint64 JobStore::lastId() const
{
    return highest(u"id"_s).toLongLong();
}

QSet<QString> JobStore::remoteIds(const QString &profile) const
{
    QSet<QString> ids;
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT remote_id FROM jobs WHERE profile = ? AND remote_id IS NOT NULL"_s);
    q.addBindValue(profile);
    if (q.exec()) {
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    return ids;
}

double JobStore::lastPosition() const
{
    return highest(u"position"_s).toDouble();
}

} // namespace Dailies
