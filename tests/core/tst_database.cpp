// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the library database: fresh, reopened, and every kind of file it must refuse without touching it.
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/storage/database.h"
#include "core/util/processes.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

namespace
{

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Writes an SQLite file with another program's schema through a separate connection.
void writeForeign(const QString &path, int applicationId, int userVersion)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s));
        QVERIFY(q.exec(u"PRAGMA application_id = %1"_s.arg(applicationId)));
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
}

// A session marker of a process of this host that is gone, as a kill -9 leaves it.
bool markEndedSession(const QString &path)
{
    if (!QDir().mkpath(path + u".open"_s))
        return false;
    QFile file(path + u".open/"_s + Dailies::Processes::hostId() + u".2147483000.deadbeef"_s);
    return file.open(QIODevice::WriteOnly);
}

// A library with some rows, closed cleanly, then one of its b-tree pages overwritten.
bool writeScribbled(const QString &path)
{
    {
        Dailies::Database db;
        if (!db.open(path))
            return false;
        QSqlQuery q(db.connection());
        for (int i = 0; i < 300; ++i)
            q.exec(u"INSERT INTO meta(key, value) VALUES ('k%1', '%2')"_s.arg(i).arg(QString(200, u'x')));
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        q.exec(u"PRAGMA journal_mode = DELETE"_s);
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    f.seek(4096 * 3 + 100);
    return f.write(QByteArray(4096, '\x5a')) == 4096;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshInMemory()
    {
        Database db;
        QVERIFY2(db.open(u":memory:"_s), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM clips_fts"_s));
        QVERIFY(db.setMetaValue(u"queue.paused"_s, u"1"_s));
        QCOMPARE(db.metaValue(u"queue.paused"_s), u"1"_s);
        QCOMPARE(db.metaValue(u"nothing"_s, u"x"_s), u"x"_s);
    }

    void fileIsWalAndReopens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library/dailies.sqlite"_s);
        {
            Database db;
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
            QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(db.setMetaValue(u"k"_s, u"v"_s));
        }
        Database again;
        QVERIFY2(again.open(path), qPrintable(again.errorString()));
        QCOMPARE(again.metaValue(u"k"_s), u"v"_s);
        QVERIFY(again.integrityProblem().isEmpty());
        QVERIFY(!QFile::exists(path + u".v0.bak"_s)); // nothing to back up in a new library
    }

    // A library another process is updating (it holds the write lock): this one waits the busy timeout, then says
    // so and what to do, and changes nothing.
    void aLibraryBeingUpdatedElsewhereSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        {
            Database db;
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
        }
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"updater"_s);
        {
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            const int older = Database::latestSchemaVersion() - 1;
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(older)));
            QVERIFY2(q.exec(u"BEGIN IMMEDIATE"_s), qPrintable(q.lastError().text()));
            Database db;
            QVERIFY(!db.open(path));
            QVERIFY2(
                db.errorString().contains(u"another Dailies is probably updating it"_s), qPrintable(db.errorString()));
            QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), older);
            QVERIFY(q.exec(u"ROLLBACK"_s));
            q.finish();
            other.close();
        }
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"updater"_s);
    }

    void schemaOneLibraryIsUpdatedWithABackup()
    {
        // A library as the first release left it: schema 1, with data in it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        {
            Database db;
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
            QVERIFY(db.setMetaValue(u"kept"_s, u"yes"_s));
        }
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery q(old);
            // Schema 7's list key and full-text index back to schema 1's.
            for (const QString &sql : { u"DROP TRIGGER clips_fts_insert"_s, u"DROP TRIGGER clips_fts_delete"_s,
                     u"DROP TRIGGER clips_fts_update"_s, u"DROP TABLE clips_fts"_s, u"DROP INDEX clips_list"_s,
                     u"DROP INDEX clips_added"_s, u"CREATE INDEX clips_added ON clips(added_at DESC, id DESC)"_s,
                     u"DROP TRIGGER clip_changes_update"_s, u"ALTER TABLE clips DROP COLUMN list_key"_s,
                     u"CREATE VIRTUAL TABLE clips_fts USING fts5(prompt, notes, tags, project, content='clips', "
                     "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"_s,
                     u"CREATE TRIGGER clips_fts_insert AFTER INSERT ON clips BEGIN INSERT INTO clips_fts(rowid, "
                     "prompt, notes, tags, project) VALUES (new.id, new.prompt, new.notes, new.tags, new.project); "
                     "END"_s,
                     u"CREATE TRIGGER clips_fts_delete AFTER DELETE ON clips BEGIN INSERT INTO clips_fts(clips_fts, "
                     "rowid, prompt, notes, tags, project) VALUES ('delete', old.id, old.prompt, old.notes, old.tags, "
                     "old.project); END"_s,
                     u"CREATE TRIGGER clips_fts_update AFTER UPDATE OF prompt, notes, tags, project ON clips BEGIN "
                     "SELECT 1; END"_s,
                     // Two clips made in the same millisecond, and one earlier: their list keys must differ.
                     u"INSERT INTO clips (profile, remote_id, prompt, request_json, response_json, settings_key, "
                     "created_at, added_at, video_path) VALUES ('demo', 'v1', 'a lighthouse', '{}', '{}', '', 5000, "
                     "5000, 'a.mp4'), ('demo', 'v2', 'a lighthouse again', '{}', '{}', '', 5000, 5000, 'b.mp4'), "
                     "('demo', 'v3', 'a harbour', '{}', '{}', '', 4000, 4000, 'c.mp4')"_s })
                QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
            for (const QString &sql : { u"DROP TABLE characters"_s, u"ALTER TABLE clips DROP COLUMN origin"_s,
                     u"DROP TRIGGER clip_changes_insert"_s, u"DROP TRIGGER clip_changes_delete"_s,
                     u"DROP TABLE clip_changes"_s, u"DROP TABLE engines"_s, u"DROP INDEX jobs_rev"_s,
                     u"DROP INDEX jobs_owner"_s, u"ALTER TABLE jobs DROP COLUMN owner"_s,
                     u"ALTER TABLE jobs DROP COLUMN cancel_requested"_s, u"ALTER TABLE jobs DROP COLUMN rev"_s,
                     u"DROP INDEX clips_parent"_s, u"DROP TABLE prompt_history"_s, u"DROP TABLE presets"_s,
                     u"ALTER TABLE jobs DROP COLUMN draft_of"_s, u"ALTER TABLE clips DROP COLUMN draft_remote_id"_s,
                     u"PRAGMA user_version = 1"_s })
                QVERIFY2(q.exec(sql), qPrintable(sql + u": "_s + q.lastError().text()));
            q.finish();
            old.close();
        }
        QSqlDatabase::removeDatabase(u"downgrade"_s);

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 4);
        QCOMPARE(db.metaValue(u"kept"_s), u"yes"_s);
        QVERIFY(QFile::exists(path + u".v1.bak"_s)); // the way back, taken before the first change
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(u"SELECT draft_of FROM jobs"_s), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"SELECT draft_remote_id FROM clips"_s), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"SELECT count(*) FROM prompt_history"_s), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"SELECT count(*) FROM presets"_s), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"SELECT owner, cancel_requested, rev FROM jobs"_s), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"SELECT count(*) FROM engines"_s), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"SELECT count(*) FROM clip_changes"_s), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"SELECT origin FROM clips"_s), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"SELECT count(*) FROM characters"_s), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"SELECT list_key FROM clips ORDER BY remote_id"_s), qPrintable(q.lastError().text()));
        QList<qint64> keys;
        while (q.next())
            keys << q.value(0).toLongLong();
        QCOMPARE(keys, QList<qint64>({ 5000 * 1048576LL, 5000 * 1048576LL + 1, 4000 * 1048576LL }));
        // The full-text index was made again over the new keys.
        QVERIFY2(q.exec(u"SELECT rowid FROM clips_fts WHERE clips_fts MATCH 'lighthouse' ORDER BY rowid DESC"_s),
            qPrintable(q.lastError().text()));
        QList<qint64> found;
        while (q.next())
            found << q.value(0).toLongLong();
        QCOMPARE(found, QList<qint64>({ 5000 * 1048576LL + 1, 5000 * 1048576LL }));
        QVERIFY(db.integrityProblem().isEmpty());
    }

    // Two connections on one file (two processes, as SQLite sees them) adding clips made in the same millisecond, in
    // turns: every clip gets a list key of its own, in the order the clips came in, and the search index holds each
    // under its key. The key and the index entry are written by the insert's own trigger, inside its statement, so
    // no kill can come between them.
    void listKeysStayUniqueAcrossConnections()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        Database one;
        Database two;
        QVERIFY2(one.open(path), qPrintable(one.errorString()));
        QVERIFY2(two.open(path), qPrintable(two.errorString()));
        for (int i = 0; i < 6; ++i) {
            Database &db = i % 2 == 0 ? one : two;
            QSqlQuery q(db.connection());
            QVERIFY(q.prepare(u"INSERT INTO clips (profile, remote_id, prompt, request_json, response_json, "
                              "settings_key, created_at, added_at, video_path) "
                              "VALUES ('demo', ?, ?, '{}', '{}', '', 7000, 7000, ?)"_s));
            q.addBindValue(u"v%1"_s.arg(i));
            q.addBindValue(u"lighthouse take %1"_s.arg(i));
            q.addBindValue(u"%1.mp4"_s.arg(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QSqlQuery q(one.connection());
        QVERIFY(q.exec(u"SELECT list_key FROM clips ORDER BY id"_s));
        QList<qint64> keys;
        while (q.next())
            keys << q.value(0).toLongLong();
        QList<qint64> expected;
        for (qint64 n = 0; n < 6; ++n)
            expected << 7000 * 1048576LL + n;
        QCOMPARE(keys, expected);
        QVERIFY2(q.exec(u"SELECT count(*) FROM clips_fts WHERE clips_fts MATCH 'lighthouse'"_s) && q.next(),
            qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), 6);
        QVERIFY2(q.exec(u"INSERT INTO clips_fts(clips_fts, rank) VALUES ('integrity-check', 1)"_s),
            qPrintable(q.lastError().text()));
    }

    void transactionRollsBack()
    {
        Database db;
        QVERIFY(db.open(u":memory:"_s));
        {
            Database::Transaction t(db);
            QVERIFY(db.setMetaValue(u"a"_s, u"1"_s));
        }
        QCOMPARE(db.metaValue(u"a"_s), QString());
        {
            Database::Transaction t(db);
            QVERIFY(db.setMetaValue(u"a"_s, u"2"_s));
            QVERIFY(t.commit());
        }
        QCOMPARE(db.metaValue(u"a"_s), u"2"_s);
    }

    // The whole-file check is not made at every open: a library closed cleanly and checked this week opens
    // without it, and the check finds damage on demand.
    void checkIsNotMadeAtEveryOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(writeScribbled(path));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QVERIFY(!db.integrityDue());
        const QString problem = db.checkIntegrity();
        QVERIFY2(!problem.isEmpty(), "the scribbled page went unnoticed");
        QVERIFY(db.integrityDue());
    }

    void checkIsDue_data()
    {
        QTest::addColumn<QString>("marker"); // a session file left behind: dead, live, other-host or none
        QTest::addColumn<int>("daysSinceCheck");
        QTest::addColumn<bool>("due");
        QTest::newRow("clean end, checked today") << QString() << 0 << false;
        QTest::newRow("a process of this host was killed") << u"dead"_s << 0 << true;
        QTest::newRow("a process of this host still has it open") << u"live"_s << 0 << false;
        QTest::newRow("a process of another host") << u"other-host"_s << 0 << false;
        QTest::newRow("checked 6 days ago") << QString() << 6 << false;
        QTest::newRow("checked a week ago") << QString() << 7 << true;
    }

    void checkIsDue()
    {
        QFETCH(QString, marker);
        QFETCH(int, daysSinceCheck);
        QFETCH(bool, due);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(db.setMetaValue(u"integrity.last"_s,
                QDateTime::currentDateTimeUtc().addDays(-daysSinceCheck).addSecs(-60).toString(Qt::ISODate)));
        }
        QCOMPARE(QDir(path + u".open"_s).entryList(QDir::Files), QStringList()); // a clean end leaves no marker
        const QString host = Processes::hostId();
        const qint64 pid = marker == "live"_L1 ? QCoreApplication::applicationPid() : 2147483000;
        const QString name
            = (marker == "other-host"_L1 ? u"elsewhere"_s : host) + u'.' + QString::number(pid) + u".0badf00d"_s;
        if (!marker.isEmpty()) {
            QVERIFY(QDir().mkpath(path + u".open"_s));
            QFile file(path + u".open/"_s + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        Database db;
        QVERIFY2(db.open(path, Database::CheckMode::Deferred), qPrintable(db.errorString()));
        QCOMPARE(db.integrityDue(), due);
        // This open has a marker of its own while it lasts.
        QCOMPARE(QDir(path + u".open"_s).entryList(QDir::Files).size(), marker.isEmpty() ? 1 : 2);
        if (due) {
            // A sound file, once checked, is no longer due, and the dead process's marker goes.
            QCOMPARE(db.checkIntegrity(), QString());
            QVERIFY(!db.integrityDue());
            QVERIFY(!QFile::exists(path + u".open/"_s + name) || marker != "dead"_L1);
            QVERIFY(QDateTime::fromString(db.metaValue(u"integrity.last"_s), Qt::ISODate)
                        .secsTo(QDateTime::currentDateTimeUtc())
                < 60);
        }
    }

    // With CheckMode::WhenDue (the command line) a due check runs inside open(): a sound file opens and is
    // recorded as checked.
    void dueCheckRunsInOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path));
        }
        QVERIFY(markEndedSession(path));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QVERIFY(!db.integrityDue());
        QCOMPARE(QDir(path + u".open"_s).entryList(QDir::Files).size(), 1); // only this open's own
    }

    void refusesAndKeeps_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("text file") << u"text"_s << int(Database::OpenError::Foreign) << u"not an SQLite database"_s;
        QTest::newRow("other program's id")
            << u"foreign-id"_s << int(Database::OpenError::Foreign) << u"another program"_s;
        QTest::newRow("other program's schema")
            << u"foreign-version"_s << int(Database::OpenError::Foreign) << u"another program"_s;
        QTest::newRow("newer Dailies") << u"too-new"_s << int(Database::OpenError::TooNew) << u"newer Dailies"_s;
        QTest::newRow("damaged") << u"corrupt"_s << int(Database::OpenError::Corrupt) << u"damaged"_s;
    }

    void refusesAndKeeps()
    {
        QFETCH(QString, kind);
        QFETCH(int, error);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"dailies.sqlite"_s);
        if (kind == "text"_L1) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("these are my notes, not a database\n");
        } else if (kind == "foreign-id"_L1) {
            writeForeign(path, 0x12345678, 0);
        } else if (kind == "foreign-version"_L1) {
            writeForeign(path, 0, 7);
        } else if (kind == "too-new"_L1) {
            writeForeign(path, Database::kApplicationId, 999);
        } else {
            QVERIFY(writeScribbled(path));
            // ... after a process that had it open was killed: the check is due, and comes before any write.
            QVERIFY(markEndedSession(path));
        }
        const QByteArray before = digest(path);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(int(db.openError()), error);
        QVERIFY2(db.errorString().contains(messagePart), qPrintable(db.errorString()));
        QCOMPARE(digest(path), before); // the file was not touched
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
