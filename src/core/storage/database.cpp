// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "core/util/processes.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

struct Migration {
    int version;
    QString path;
};

QList<Migration> migrations()
{
    QList<Migration> list;
    static const QRegularExpression name(u"^(\\d{4})_.*\\.sql$"_s);
    const QStringList files = QDir(u":/dailies/schema"_s).entryList({ u"*.sql"_s }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch m = name.match(file);
        if (m.hasMatch())
            list.append({ m.captured(1).toInt(), u":/dailies/schema/"_s + file });
    }
    return list;
}

// Splits a migration into statements at semicolons that end a line, keeping trigger bodies (BEGIN … END;) whole.
QStringList statements(const QString &sql)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    const QStringList lines = sql.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith("--"_L1) || line.isEmpty())
            continue;
        current += raw + u'\n';
        if (line.startsWith("CREATE TRIGGER"_L1, Qt::CaseInsensitive))
            inTrigger = true;
        if (line.endsWith(u';') && (!inTrigger || line.compare("END;"_L1, Qt::CaseInsensitive) == 0)) {
            out << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

} // namespace

Database::Database()
    : m_connectionName(u"dailies-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    if (!m_sessionFile.isEmpty()) {
        QFile::remove(m_sessionFile); // a clean end
        QDir().rmdir(sessionFolder());
    }
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    const QList<Migration> list = migrations();
    return list.isEmpty() ? 0 : list.constLast().version;
}

bool Database::fail(OpenError error, const QString &message)
{
    m_openError = error;
    m_errorString = message;
    if (m_db.isOpen())
        m_db.close();
    return false;
}

bool Database::open(const QString &path, CheckMode mode)
{
    m_path = path;
    m_openError = OpenError::None;
    m_errorString.clear();
    const bool memory = path == ":memory:"_L1;
    if (!memory) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return fail(OpenError::Io, tr("Cannot create the folder '%1'.").arg(info.absolutePath()));
        if (info.exists() && info.size() > 0) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(
                    OpenError::Io, tr("Cannot read the library database '%1': %2").arg(path, file.errorString()));
            if (!file.read(16).startsWith("SQLite format 3"))
                return fail(OpenError::Foreign,
                    tr("'%1' is not a Dailies library (it is not an SQLite database). It was "
                       "left as it is; choose another library folder or move the file away.")
                        .arg(path));
        }
    }
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return fail(OpenError::Io, tr("Cannot open the library database '%1': %2").arg(path, m_db.lastError().text()));

    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
        return fail(OpenError::Corrupt,
            tr("The library database '%1' cannot be read (%2). It was left as it is; "
               "Dailies can start a fresh library elsewhere.")
                .arg(path, q.lastError().text()));
    const int appId = q.value(0).toInt();
    q.finish();
    const int version = schemaVersion();
    if (appId != 0 && appId != kApplicationId)
        return fail(OpenError::Foreign,
            tr("'%1' belongs to another program (application id %2); Dailies will not "
               "change it. Choose another library folder.")
                .arg(path)
                .arg(appId, 0, 16));
    if (appId == 0 && version != 0)
        return fail(OpenError::Foreign,
            tr("'%1' is an SQLite database of another program; Dailies will not change "
               "it. Choose another library folder.")
                .arg(path));
    if (version > latestSchemaVersion())
        return fail(OpenError::TooNew,
            tr("The library '%1' was written by a newer Dailies (schema %2; this one knows "
               "up to %3). Update Dailies to open it.")
                .arg(path)
                .arg(version)
                .arg(latestSchemaVersion()));
    // The whole-file check reads every page (178 ms at 100,000 clips), so it is not made at every open: only after
    // a process ended without closing the library, and once a week. Then it comes before anything is written, so
    // a damaged file is refused untouched; with CheckMode::Deferred the caller runs it in the background instead.
    if (version > 0) {
        m_endedSessions = endedSessions();
        m_integrityDue = !m_endedSessions.isEmpty() || checkIsScheduled();
        if (m_integrityDue && mode == CheckMode::WhenDue) {
            if (const QString problem = integrityProblem(); !problem.isEmpty())
                return fail(OpenError::Corrupt,
                    tr("The library database '%1' is damaged (%2). It was left as it is; "
                       "'dailies library rebuild' can recreate it from the clips' sidecars.")
                        .arg(path, problem));
        }
    }
    for (const char *pragma :
        { "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000", "PRAGMA synchronous = NORMAL" })
        q.exec(QString::fromLatin1(pragma));
    if (!memory) {
        // WAL keeps readers and the writer apart and survives an application crash at any point.
        if (!q.exec(u"PRAGMA journal_mode = WAL"_s))
            return fail(OpenError::Io, tr("Cannot switch '%1' to WAL mode: %2").arg(path, q.lastError().text()));
    }
    q.finish(); // a pragma's open result set would block the migration's commit
    if (!migrate())
        return false;
    if (!memory) {
        registerSession();
        // A file just made, or just checked, is sound as of now (other opens write nothing here).
        if (version == 0 || (m_integrityDue && mode == CheckMode::WhenDue))
            recordIntegrity({}, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    }
    return true;
}

QString Database::sessionFolder() const
{
    return m_path + u".open"_s;
}

QStringList Database::endedSessions() const
{
    // One empty file per open Database, named host.pid.tag and removed when it closes: a file of a process of this
    // host that is gone means the library was not closed (a kill, a crash, a power cut) and its last writes may be
    // torn. Processes of other hosts cannot be asked and are left alone.
    const QString prefix = Processes::hostId() + u'.';
    QStringList ended;
    const QStringList names = QDir(sessionFolder()).entryList(QDir::Files);
    for (const QString &name : names) {
        if (name.startsWith(prefix) && !Processes::exists(name.section(u'.', -2, -2).toLongLong()))
            ended << name;
    }
    return ended;
}

bool Database::checkIsScheduled() const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM meta WHERE key = 'integrity.last'"_s);
    if (!q.exec() || !q.next())
        return true; // never checked (a library from before the schedule)
    const QDateTime last = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
    return !last.isValid() || last.daysTo(QDateTime::currentDateTimeUtc()) >= kCheckEveryDays;
}

void Database::registerSession()
{
    if (!QDir().mkpath(sessionFolder()))
        return; // a read-only folder: nothing is written, so nothing can be torn either
    const QString name = Processes::hostId() + u'.' + QString::number(QCoreApplication::applicationPid()) + u'.'
        + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QFile marker(QDir(sessionFolder()).filePath(name));
    if (marker.open(QIODevice::WriteOnly))
        m_sessionFile = marker.fileName();
}

bool Database::integrityDue() const
{
    return m_integrityDue;
}

QString Database::checkIntegrity()
{
    const QString problem = integrityProblem();
    recordIntegrity(problem, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return problem;
}

void Database::recordIntegrity(const QString &problem, const QString &when)
{
    if (!problem.isEmpty()) {
        m_integrityDue = true; // nothing is written into a damaged file
        return;
    }
    m_integrityDue = false;
    setMetaValue(u"integrity.last"_s, when);
    for (const QString &name : std::as_const(m_endedSessions))
        QFile::remove(QDir(sessionFolder()).filePath(name));
    m_endedSessions.clear();
}

QString Database::integrityProblemOf(const QString &path)
{
    // Its own connection, so that it can run on another thread while the library is in use.
    const QString name = u"dailies-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA quick_check"_s))
                problem = q.lastError().text();
            QStringList problems;
            while (q.next()) {
                if (const QString row = q.value(0).toString(); row != "ok"_L1)
                    problems << row;
            }
            if (problem.isEmpty())
                problem = problems.join(u"; "_s).left(500);
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString Database::integrityProblem()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA quick_check"_s))
        return q.lastError().text();
    QStringList problems;
    while (q.next()) {
        const QString row = q.value(0).toString();
        if (row != "ok"_L1)
            problems << row;
    }
    return problems.join(u"; "_s).left(500);
}

bool Database::migrate()
{
    const int current = schemaVersion();
    const QList<Migration> list = migrations();
    bool backedUp = current == 0 || m_path == ":memory:"_L1;
    for (const Migration &m : list) {
        if (m.version <= current)
            continue;
        if (!backedUp) {
            // Written under a name of its own and renamed, so two processes updating at once never mix their copies.
            const QString backup = m_path + u".v%1.bak"_s.arg(current);
            const QString partial = backup + u"."_s + QUuid::createUuid().toString(QUuid::Id128) + u".tmp"_s;
            QSqlQuery q(m_db);
            if (!q.exec(u"VACUUM INTO '%1'"_s.arg(QString(partial).replace(u'\'', "''"_L1)))) {
                QFile::remove(partial);
                return fail(OpenError::Migration,
                    tr("Cannot back up the library before updating it: %1").arg(q.lastError().text()));
            }
            QFile::remove(backup);
            if (!QFile::rename(partial, backup)) {
                QFile::remove(partial);
                return fail(
                    OpenError::Migration, tr("Cannot back up the library before updating it to '%1'.").arg(backup));
            }
            backedUp = true;
        }
        QFile file(m.path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(OpenError::Migration, tr("Migration %1 is missing from this build.").arg(m.version));
        const QStringList sql = statements(QString::fromUtf8(file.readAll()));
        // Another process may open the same library at the same moment: the write lock is taken first and the
        // version read again under it, so each migration runs once.
        if (!beginImmediate())
            return fail(OpenError::Migration,
                tr("The library is busy: another Dailies is probably updating it to this version, which takes a "
                   "minute or more for a large library (%1). Nothing was changed; open it again when the other one "
                   "has started.")
                    .arg(m_db.lastError().text()));
        if (schemaVersion() >= m.version) {
            m_db.commit();
            continue;
        }
        QSqlQuery q(m_db);
        for (const QString &statement : sql) {
            const bool ok = q.exec(statement);
            q.finish();
            if (!ok) {
                const QString error = q.lastError().text();
                m_db.rollback();
                return fail(OpenError::Migration,
                    tr("Updating the library to schema %1 failed (%2); nothing was changed.")
                        .arg(m.version)
                        .arg(error));
            }
        }
        q.exec(u"PRAGMA application_id = %1"_s.arg(kApplicationId));
        q.exec(u"PRAGMA user_version = %1"_s.arg(m.version));
        if (!m_db.commit()) {
            const QString error = m_db.lastError().text();
            m_db.rollback();
            return fail(
                OpenError::Migration, tr("Updating the library to schema %1 failed (%2).").arg(m.version).arg(error));
        }
    }
    return true;
}

bool Database::beginImmediate()
{
    // QSqlDatabase::transaction() sends a deferred BEGIN: a transaction that reads first and writes later would then
    // fail at once (SQLITE_BUSY, no waiting) when another process wrote in between. IMMEDIATE takes the write lock
    // up front, waiting up to the busy timeout for it.
    QSqlQuery q(m_db);
    return q.exec(m_path == ":memory:"_L1 || m_db.driverName() != "QSQLITE"_L1 ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
}

bool Database::isNewerThanThisBuild() const
{
    return schemaVersion() > latestSchemaVersion();
}

qint64 Database::dataVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"PRAGMA data_version"_s) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QString Database::metaValue(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool Database::removeMetaValue(const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec();
}

bool Database::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

Database::Transaction::Transaction(Database &db)
    : m_db(db)
    , m_active(db.beginImmediate())
{
}

Database::Transaction::~Transaction()
{
    if (m_active)
        m_db.connection().rollback();
}

bool Database::Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.connection().commit();
}

} // namespace Dailies
