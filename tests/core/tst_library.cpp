// SPDX-License-Identifier: GPL-3.0-or-later
// The offline library: file name templates, the crash-safe hand-over of a finished clip, sidecars, full-text
// search, user data, removal, rebuilding from the folder and export. Real files in a scratch folder, an in-memory
// database.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "core/api/video.h"
#include "core/library/library.h"
#include "core/library/zipwriter.h"
#include "core/storage/database.h"
#include "support/manualclock.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

namespace
{

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

QByteArray fakeMp4(const QString &seed)
{
    return QByteArray("\0\0\0\x18"
                      "ftypmp42\0\0\0\0mp42isom",
               24)
        + seed.toUtf8().repeated(100);
}

const QDateTime kCreated(QDate(2026, 3, 14), QTime(9, 26, 53), Qt::LocalTime);

ClipRecord sample(const QString &remoteId, const QString &prompt = u"A red kite over the dunes"_s)
{
    ClipRecord c;
    c.jobId = 7;
    c.profile = u"demo"_s;
    c.remoteId = remoteId;
    c.prompt = prompt;
    c.model = u"sora-2"_s;
    c.size = u"1280x720"_s;
    c.seconds = u"8"_s;
    c.request = QJsonObject { { u"prompt"_s, prompt }, { u"model"_s, c.model }, { u"size"_s, c.size },
        { u"seconds"_s, c.seconds } };
    c.response = QJsonObject { { u"id"_s, remoteId }, { u"object"_s, u"video"_s }, { u"status"_s, u"completed"_s },
        { u"prompt"_s, prompt }, { u"model"_s, c.model }, { u"seconds"_s, c.seconds }, { u"size"_s, c.size } };
    c.submittedAt = kCreated.addSecs(-2);
    c.createdAt = kCreated;
    c.completedAt = kCreated.addSecs(40);
    c.addedAt = kCreated.addSecs(41);
    c.cost = 0.8;
    c.settingsKey = ClipRecord::settingsKeyFor(prompt, c.model, c.size, c.seconds);
    return c;
}

// Every field the library keeps, for comparing a record with its round trip (the id aside).
void compareRecords(const ClipRecord &a, const ClipRecord &b)
{
    QCOMPARE(a.jobId, b.jobId);
    QCOMPARE(a.profile, b.profile);
    QCOMPARE(a.remoteId, b.remoteId);
    QCOMPARE(a.prompt, b.prompt);
    QCOMPARE(a.model, b.model);
    QCOMPARE(a.size, b.size);
    QCOMPARE(a.seconds, b.seconds);
    QCOMPARE(a.request, b.request);
    QCOMPARE(a.response, b.response);
    QCOMPARE(a.submittedAt, b.submittedAt);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.completedAt, b.completedAt);
    QCOMPARE(a.addedAt, b.addedAt);
    QCOMPARE(a.cost, b.cost);
    QCOMPARE(a.currency, b.currency);
    QCOMPARE(a.videoPath, b.videoPath);
    QCOMPARE(a.thumbnailPath, b.thumbnailPath);
    QCOMPARE(a.spritesheetPath, b.spritesheetPath);
    QCOMPARE(a.sidecarPath, b.sidecarPath);
    QCOMPARE(a.videoBytes, b.videoBytes);
    QCOMPARE(a.favourite, b.favourite);
    QCOMPARE(a.rating, b.rating);
    QCOMPARE(a.project, b.project);
    QCOMPARE(a.notes, b.notes);
    QCOMPARE(a.tags, b.tags);
    QCOMPARE(a.parentRemoteId, b.parentRemoteId);
    QCOMPARE(a.settingsKey, b.settingsKey);
}

// A store-only zip read back through its central directory: entry name → (crc, size, local header offset).
struct ZipEntry {
    quint32 crc = 0;
    quint32 size = 0;
    quint32 offset = 0;
};

quint32 le32(const QByteArray &b, qsizetype at)
{
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8 | quint32(quint8(b[at + 2])) << 16
        | quint32(quint8(b[at + 3])) << 24;
}

quint16 le16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b[at]) | quint8(b[at + 1]) << 8);
}

QMap<QString, ZipEntry> readZipDirectory(const QByteArray &zip)
{
    QMap<QString, ZipEntry> entries;
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0 || end + 22 > zip.size())
        return entries;
    const int count = le16(zip, end + 10);
    qsizetype at = le32(zip, end + 16);
    for (int i = 0; i < count; ++i) {
        if (le32(zip, at) != 0x02014b50)
            return {};
        const int nameLength = le16(zip, at + 28);
        const int extra = le16(zip, at + 30);
        const int comment = le16(zip, at + 32);
        ZipEntry e { le32(zip, at + 16), le32(zip, at + 24), le32(zip, at + 42) };
        entries.insert(QString::fromUtf8(zip.mid(at + 46, nameLength)), e);
        at += 46 + nameLength + extra + comment;
    }
    return entries;
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Library> m_library;

    QString libraryFolder() const { return m_dir->filePath(u"library"_s); }

    // Stages the files a job engine would have downloaded; returns the staging folder.
    QString stage(qint64 jobId, const QString &seed, bool thumbnail = true, bool spritesheet = true)
    {
        const QString folder = m_library->stagingFolder(jobId);
        writeFile(folder + u"/video.mp4"_s, fakeMp4(seed));
        if (thumbnail)
            writeFile(folder + u"/thumbnail.webp"_s, "RIFF....WEBPVP8 " + seed.toUtf8());
        if (spritesheet)
            writeFile(folder + u"/spritesheet.jpg"_s, "\xff\xd8\xff" + seed.toUtf8());
        return folder;
    }

    // The clip, or an empty record (so that a failed add() fails the comparisons that follow, not the process).
    ClipRecord clipOrEmpty(qint64 id) const { return m_library->clip(id).value_or(ClipRecord {}); }

    qint64 add(ClipRecord clip, qint64 jobId = 0)
    {
        static qint64 nextJob = 1000;
        const qint64 job = jobId ? jobId : ++nextJob;
        const QString staging = stage(job, clip.remoteId);
        const QString base = m_library->planBaseName(clip);
        QString error;
        const std::optional<qint64> id = m_library->commitClip(clip, staging, base, {}, &error);
        if (!id)
            qWarning() << "commitClip:" << error;
        return id.value_or(0);
    }

private Q_SLOTS:
    void init()
    {
        // Inside HOME (a scratch folder the test harness sets), so that the XDG trash is on the same file system.
        m_dir = std::make_unique<QTemporaryDir>(QDir::homePath() + u"/library-test-XXXXXX"_s);
        QVERIFY(m_dir->isValid());
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(u":memory:"_s), qPrintable(m_db->errorString()));
        m_library = std::make_unique<Library>(m_db.get(), libraryFolder());
    }

    void cleanup()
    {
        m_library.reset();
        m_db.reset();
        m_dir.reset();
    }

    void referencesAreStoredOnceInTheLibrary()
    {
        const QString source = m_dir->filePath(u"first frame.png"_s);
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG\r\n\x1a\n not really pixels");
        file.close();
        QString error;
        const QString stored = m_library->storeReference(source, &error);
        QVERIFY2(!stored.isEmpty(), qPrintable(error));
        QVERIFY(stored.startsWith(m_library->referencesFolder() + u'/'));
        QVERIFY(stored.endsWith(u".png"_s));
        QCOMPARE(m_library->storeReference(source, &error), stored); // the same image, the same file
        QCOMPARE(m_library->referencePath(QFileInfo(stored).fileName()), stored);
        QVERIFY(QFile::remove(source)); // the original may go: the library keeps its own copy
        QVERIFY(QFileInfo::exists(stored));

        QVERIFY(m_library->storeReference(m_dir->filePath(u"missing.png"_s), &error).isEmpty());
        QVERIFY(error.contains(u"missing.png"_s));
        QVERIFY(m_library->referencePath(u".."_s).isEmpty());
        QCOMPARE(m_library->referencePath(u"../../etc/passwd"_s), m_library->referencesFolder() + u"/passwd"_s);
    }

    void validateTemplate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason"); // empty: valid; else a word the reason contains

        QTest::newRow("default") << Library::kDefaultTemplate << QString();
        QTest::newRow("subfolders") << u"{project}/{date}/{prompt}_{id}"_s << QString();
        QTest::newRow("every placeholder")
            << u"{date}_{time}_{prompt:200}_{model}_{size}_{seconds}s_{id}_{project}"_s << QString();
        QTest::newRow("literal only") << u"take"_s << QString();
        QTest::newRow("prompt:1") << u"{prompt:1}"_s << QString();
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("blank") << u"   "_s << u"empty"_s;
        QTest::newRow("parent") << u"../x"_s << u".."_s;
        QTest::newRow("parent inside") << u"a/../../x_{id}"_s << u".."_s;
        QTest::newRow("dot") << u"./{id}"_s << u"'.'"_s;
        QTest::newRow("absolute") << u"/abs/{id}"_s << u"absolute"_s;
        QTest::newRow("drive letter") << u"C:{id}"_s << u"absolute"_s;
        QTest::newRow("backslash") << u"a\\{id}"_s << u"\\"_s;
        QTest::newRow("unknown") << u"{unknown}"_s << u"{unknown}"_s;
        QTest::newRow("capitalised") << u"{Date}"_s << u"{Date}"_s;
        QTest::newRow("prompt:0") << u"{prompt:0}"_s << u"1 to 200"_s;
        QTest::newRow("prompt:201") << u"{prompt:201}"_s << u"1 to 200"_s;
        QTest::newRow("prompt:x") << u"{prompt:x}"_s << u"1 to 200"_s;
        QTest::newRow("argument on id") << u"{id:3}"_s << u"argument"_s;
        QTest::newRow("unclosed") << u"{date"_s << u"unmatched"_s;
        QTest::newRow("stray close") << u"date}"_s << u"unmatched"_s;
        QTest::newRow("empty folder") << u"a//{id}"_s << u"empty folder"_s;
        QTest::newRow("trailing slash") << u"{id}/"_s << u"empty folder"_s;
    }

    void validateTemplate()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const QString problem = Library::validateTemplate(text);
        if (reason.isEmpty()) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY(m_library->setFileNameTemplate(text));
            QCOMPARE(m_library->fileNameTemplate(), text);
        } else {
            QVERIFY2(problem.contains(reason), qPrintable(problem));
            QVERIFY(!m_library->setFileNameTemplate(text));
            QCOMPARE(m_library->fileNameTemplate(), Library::kDefaultTemplate);
        }
    }

    void expansion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("remoteId");
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("expected");

        const QString kite = u"A red kite, over the dunes!"_s;
        QTest::newRow("default") << Library::kDefaultTemplate << kite << u"video_abc"_s << QString()
                                 << u"2026-03-14_a-red-kite-over-the-dunes_video_abc"_s;
        QTest::newRow("time") << u"{date}T{time}"_s << kite << u"v"_s << QString() << u"2026-03-14T092653"_s;
        QTest::newRow("short prompt, no project")
            << u"{project}/{prompt:10}"_s << kite << u"v"_s << QString() << u"no-project/a-red-kite"_s;
        QTest::newRow("prompt default 40") << u"{prompt}"_s << u"one two three four five six seven eight nine ten"_s
                                           << u"v"_s << QString() << u"one-two-three-four-five-six-seven-eight"_s;
        QTest::newRow("settings") << u"{model}_{size}_{seconds}s"_s << kite << u"v"_s << QString()
                                  << u"sora-2_1280x720_8s"_s;
        QTest::newRow("project sanitised")
            << u"{project}/{id}"_s << kite << u"video_abc"_s << u"Client: A/B"_s << u"Client_ A_B/video_abc"_s;
        QTest::newRow("id sanitised") << u"{id}"_s << kite << u"vid:1?*"_s << QString() << u"vid_1__"_s;
        QTest::newRow("literal sanitised") << u"take*{id}"_s << kite << u"v"_s << QString() << u"take_v"_s;
        QTest::newRow("no empty component") << u"{project}x/{id}"_s << kite << u"..."_s << u"..."_s << u"x/untitled"_s;
        QTest::newRow("reserved name") << u"{id}"_s << kite << u"con"_s << QString() << u"_con"_s;
    }

    void expansion()
    {
        QFETCH(QString, text);
        QFETCH(QString, prompt);
        QFETCH(QString, remoteId);
        QFETCH(QString, project);
        QFETCH(QString, expected);
        QVERIFY(m_library->setFileNameTemplate(text));
        ClipRecord clip = sample(remoteId, prompt);
        clip.project = project;
        QCOMPARE(m_library->planBaseName(clip), expected);
    }

    // What has no time of its own is dated by the library's clock, never by the wall clock.
    void theClockDatesWhatHasNoTime()
    {
        Test::ManualClock clock; // 2026-09-21 (UTC)
        clock.advance(std::chrono::hours(24 * 3));
        Library library(m_db.get(), libraryFolder(), &clock);
        QVERIFY(library.setFileNameTemplate(u"{date}_{id}"_s));
        ClipRecord clip = sample(u"video_undated"_s);
        clip.createdAt = {};
        clip.addedAt = {};
        const QString day = clock.now().toLocalTime().toString(u"yyyy-MM-dd"_s);
        const QString base = library.planBaseName(clip);
        QCOMPARE(base, day + u"_video_undated"_s);
        const QString staging = stage(4711, clip.remoteId);
        QString error;
        const std::optional<qint64> id = library.commitClip(clip, staging, base, {}, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(library.clip(*id)->addedAt, clock.now());
        QCOMPARE(library.clip(*id)->createdAt, clock.now());
    }

    void clipFromAVideo_data()
    {
        QTest::addColumn<QString>("parent");
        QTest::addColumn<bool>("completed");
        QTest::newRow("a create") << QString() << true;
        QTest::newRow("a remix: its request is the prompt alone") << u"video_parent"_s << true;
        QTest::newRow("no completion time: completed now") << QString() << false;
    }

    void clipFromAVideo()
    {
        QFETCH(QString, parent);
        QFETCH(bool, completed);
        QString error;
        QJsonObject json { { u"id"_s, u"video_42"_s }, { u"object"_s, u"video"_s }, { u"status"_s, u"completed"_s },
            { u"model"_s, u"sora-2-pro"_s }, { u"prompt"_s, u"waves on black sand"_s }, { u"size"_s, u"1792x1024"_s },
            { u"seconds"_s, 8 }, { u"created_at"_s, 1'790'000'000 }, { u"progress"_s, 100 } };
        if (completed)
            json.insert(u"completed_at"_s, 1'790'000'090);
        if (!parent.isEmpty())
            json.insert(u"remixed_from_video_id"_s, parent);
        const std::optional<Api::Video> video = Api::Video::fromJson(json, &error);
        QVERIFY2(video, qPrintable(error));
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'790'001'000, Qt::UTC);

        const ClipRecord clip = ClipRecord::fromVideo(*video, u"azure-eu"_s, now);
        QCOMPARE(clip.profile, u"azure-eu"_s);
        QCOMPARE(clip.remoteId, u"video_42"_s);
        QCOMPARE(clip.prompt, u"waves on black sand"_s);
        QCOMPARE(clip.model, u"sora-2-pro"_s);
        QCOMPARE(clip.size, u"1792x1024"_s);
        QCOMPARE(clip.seconds, u"8"_s);
        QCOMPARE(clip.response, json);
        QCOMPARE(clip.createdAt, QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC));
        QCOMPARE(clip.completedAt, completed ? QDateTime::fromSecsSinceEpoch(1'790'000'090, Qt::UTC) : now);
        QCOMPARE(clip.addedAt, now);
        QCOMPARE(clip.parentRemoteId, parent);
        const QJsonObject request = parent.isEmpty() ? QJsonObject { { u"prompt"_s, u"waves on black sand"_s },
            { u"model"_s, u"sora-2-pro"_s }, { u"size"_s, u"1792x1024"_s }, { u"seconds"_s, u"8"_s } }
                                                     : QJsonObject { { u"prompt"_s, u"waves on black sand"_s } };
        QCOMPARE(clip.request, request);
    }

    void collisionsGetNumbered()
    {
        QVERIFY(m_library->setFileNameTemplate(u"{prompt:20}"_s));
        // Two plans in a row (two jobs of one batch) never share a name, even before either is committed.
        const QString first = m_library->planBaseName(sample(u"v1"_s, u"same prompt"_s));
        const QString second = m_library->planBaseName(sample(u"v2"_s, u"same prompt"_s));
        QCOMPARE(first, u"same-prompt"_s);
        QCOMPARE(second, u"same-prompt (2)"_s);
        QString error;
        QVERIFY2(m_library->commitClip(sample(u"v1"_s, u"same prompt"_s), stage(1, u"a"_s), first, {}, &error),
            qPrintable(error));
        QVERIFY2(m_library->commitClip(sample(u"v2"_s, u"same prompt"_s), stage(2, u"b"_s), second, {}, &error),
            qPrintable(error));
        QVERIFY(QFile::exists(libraryFolder() + u"/same-prompt.mp4"_s));
        QVERIFY(QFile::exists(libraryFolder() + u"/same-prompt (2).mp4"_s));
        QCOMPARE(m_library->planBaseName(sample(u"v3"_s, u"same prompt"_s)), u"same-prompt (3)"_s);

        // A file of the user's own with that name counts as taken too.
        QVERIFY(writeFile(libraryFolder() + u"/other.json"_s, "{}"));
        QCOMPARE(m_library->planBaseName(sample(u"v4"_s, u"other"_s)), u"other (2)"_s);

        // Two plans made in different sessions (both get the same free name): the second commit does not replace the
        // first clip's files but moves on to the next free name.
        Library otherSession(m_db.get(), libraryFolder());
        QVERIFY(otherSession.setFileNameTemplate(u"{prompt:20}"_s));
        const QString planA = otherSession.planBaseName(sample(u"v5"_s, u"same prompt"_s));
        Library thirdSession(m_db.get(), libraryFolder());
        QVERIFY(thirdSession.setFileNameTemplate(u"{prompt:20}"_s));
        const QString planB = thirdSession.planBaseName(sample(u"v6"_s, u"same prompt"_s));
        QCOMPARE(planA, planB);
        const std::optional<qint64> a
            = otherSession.commitClip(sample(u"v5"_s, u"same prompt"_s), stage(5, u"c"_s), planA, {}, &error);
        const std::optional<qint64> b
            = thirdSession.commitClip(sample(u"v6"_s, u"same prompt"_s), stage(6, u"d"_s), planB, {}, &error);
        QVERIFY(a && b);
        QCOMPARE(readAll(clipOrEmpty(*a).videoPath), fakeMp4(u"c"_s));
        QCOMPARE(readAll(clipOrEmpty(*b).videoPath), fakeMp4(u"d"_s));
        QVERIFY(clipOrEmpty(*a).videoPath != clipOrEmpty(*b).videoPath);
    }

    void commitMovesFilesAndWritesSidecar()
    {
        QSignalSpy added(m_library.get(), &Library::clipAdded);
        ClipRecord clip = sample(u"video_1"_s);
        clip.parentRemoteId = u"video_0"_s;
        clip.tags = { u"drone"_s, u" b-roll "_s, u"Drone"_s };
        // Even if a caller slipped credentials into the request, they never reach the sidecar.
        clip.request.insert(u"authorization"_s, u"Bearer sk-secret-123"_s);
        clip.request.insert(u"api-key"_s, u"sk-secret-456"_s);
        const QString staging = stage(7, u"one"_s);
        const QString base = m_library->planBaseName(clip);
        int called = 0;
        QString error;
        const std::optional<qint64> id = m_library->commitClip(
            clip, staging, base,
            [&called] {
                ++called;
                return true;
            },
            &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(called, 1);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toLongLong(), *id);
        QVERIFY(!QFileInfo::exists(staging));

        const QString stem = libraryFolder() + u'/' + base;
        QCOMPARE(readAll(stem + u".mp4"_s), fakeMp4(u"one"_s));
        QVERIFY(QFile::exists(stem + u".thumbnail.webp"_s));
        QVERIFY(QFile::exists(stem + u".spritesheet.jpg"_s));
        const std::optional<ClipRecord> stored = m_library->clip(*id);
        QVERIFY(stored);
        QCOMPARE(stored->videoPath, stem + u".mp4"_s);
        QCOMPARE(stored->thumbnailPath, stem + u".thumbnail.webp"_s);
        QCOMPARE(stored->spritesheetPath, stem + u".spritesheet.jpg"_s);
        QCOMPARE(stored->sidecarPath, stem + u".json"_s);
        QCOMPARE(stored->videoBytes, fakeMp4(u"one"_s).size());
        QCOMPARE(stored->tags, QStringList({ u"drone"_s, u"b-roll"_s }));

        const QByteArray raw = readAll(stored->sidecarPath);
        QVERIFY(!raw.contains("sk-secret"));
        QVERIFY(!raw.toLower().contains("authorization"));
        QVERIFY(raw.contains("\n    \"")); // pretty
        const QJsonObject json = readJson(stored->sidecarPath);
        QCOMPARE(json.value("dailies_sidecar"_L1).toInt(), 1);
        QCOMPARE(
            json.value("files"_L1).toObject().value("video"_L1).toString(), QFileInfo(stem).fileName() + u".mp4"_s);
        QVERIFY(json.value("provenance"_L1).toObject().value("app"_L1).toString().startsWith("Dailies"_L1));
        QCOMPARE(json.value("provenance"_L1).toObject().value("created_at"_L1).toString(),
            kCreated.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(json.value("cost"_L1).toObject().value("amount"_L1).toDouble(), 0.8);

        QString problem;
        const std::optional<ClipRecord> back = ClipRecord::fromSidecar(json, stored->sidecarPath, &problem);
        QVERIFY2(back, qPrintable(problem));
        compareRecords(*back, *stored);
    }

    void sidecarErrorsNameTheField_data()
    {
        QTest::addColumn<QString>("path"); // dotted path to remove or replace
        QTest::addColumn<QJsonValue>("value"); // undefined: remove
        QTest::addColumn<QString>("field");

        QTest::newRow("no response.id") << u"response.id"_s << QJsonValue(QJsonValue::Undefined) << u"response.id"_s;
        QTest::newRow("no remote_id") << u"remote_id"_s << QJsonValue(QJsonValue::Undefined) << u"remote_id"_s;
        QTest::newRow("no request") << u"request"_s << QJsonValue(QJsonValue::Undefined) << u"request"_s;
        QTest::newRow("created_at garbage")
            << u"provenance.created_at"_s << QJsonValue(u"yesterday"_s) << u"provenance.created_at"_s;
        QTest::newRow("rating 9") << u"user.rating"_s << QJsonValue(9) << u"user.rating"_s;
        QTest::newRow("tags not list") << u"user.tags"_s << QJsonValue(u"a,b"_s) << u"user.tags"_s;
        QTest::newRow("video escapes") << u"files.video"_s << QJsonValue(u"../x.mp4"_s) << u"files.video"_s;
        QTest::newRow("no video") << u"files.video"_s << QJsonValue(QJsonValue::Undefined) << u"files.video"_s;
        QTest::newRow("cost text") << u"cost.amount"_s << QJsonValue(u"1 USD"_s) << u"cost.amount"_s;
        QTest::newRow("newer version") << u"dailies_sidecar"_s << QJsonValue(2) << u"dailies_sidecar"_s;
    }

    void sidecarErrorsNameTheField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        ClipRecord clip = sample(u"video_9"_s);
        clip.videoPath = u"/lib/x.mp4"_s;
        clip.sidecarPath = u"/lib/x.json"_s;
        QJsonObject json = clip.toSidecar();
        QVERIFY(ClipRecord::fromSidecar(json, u"/lib/x.json"_s, nullptr));
        auto change = [&value](QJsonObject &object, const QString &key) {
            if (value.isUndefined())
                object.remove(key);
            else
                object.insert(key, value);
        };
        const QStringList keys = path.split(u'.');
        if (keys.size() == 1) {
            change(json, keys[0]);
        } else {
            QJsonObject inner = json.value(keys[0]).toObject();
            change(inner, keys[1]);
            json.insert(keys[0], inner);
        }
        QString error;
        QVERIFY(!ClipRecord::fromSidecar(json, u"/lib/x.json"_s, &error));
        QVERIFY2(error.contains(u"'/lib/x.json'"_s), qPrintable(error));
        QVERIFY2(error.contains(u"field '"_s + field + u'\''), qPrintable(error));
    }

    void commitAgainDoesNotDuplicate()
    {
        const ClipRecord clip = sample(u"video_2"_s);
        const QString staging = stage(8, u"two"_s);
        const QString base = m_library->planBaseName(clip);
        QString error;
        int called = 0;
        auto mark = [&called] {
            ++called;
            return true;
        };
        const std::optional<qint64> first = m_library->commitClip(clip, staging, base, mark, &error);
        QVERIFY2(first, qPrintable(error));
        QSignalSpy added(m_library.get(), &Library::clipAdded);
        const std::optional<qint64> again = m_library->commitClip(clip, staging, base, mark, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(*again, *first);
        QCOMPARE(called, 2); // the engine's step runs again: it may be what the crash interrupted
        QCOMPARE(m_library->clipCount(), 1);
        QCOMPARE(added.size(), 0);
    }

    void crashBetweenFilesAndRowRecovers()
    {
        const ClipRecord clip = sample(u"video_3"_s);
        const QString staging = stage(9, u"three"_s);
        const QString base = m_library->planBaseName(clip);
        QString error;
        // The engine's own step fails: the transaction rolls back, the files are already in place.
        QVERIFY(!m_library->commitClip(
            clip, staging, base, [] { return false; }, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(m_library->clipCount(), 0);
        QVERIFY(QFile::exists(libraryFolder() + u'/' + base + u".mp4"_s));
        QVERIFY(!QFile::exists(staging + u"/video.mp4"_s));

        // A new session (after the crash) commits with the stored base: the moved files are accepted.
        Library next(m_db.get(), libraryFolder());
        const std::optional<qint64> id = next.commitClip(
            clip, staging, base, [] { return true; }, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(next.clipCount(), 1);
        const ClipRecord stored = next.clip(*id).value_or(ClipRecord {});
        QCOMPARE(stored.videoPath, libraryFolder() + u'/' + base + u".mp4"_s);
        QCOMPARE(stored.thumbnailPath, libraryFolder() + u'/' + base + u".thumbnail.webp"_s);
        QCOMPARE(stored.videoBytes, fakeMp4(u"three"_s).size());
        const QStringList names = QDir(libraryFolder()).entryList(QDir::Files);
        QCOMPARE(names.size(), 4); // nothing duplicated as " (2)"
    }

    void missingStagedVideoFails()
    {
        const ClipRecord clip = sample(u"video_4"_s);
        const QString staging = stage(10, u"four"_s);
        QVERIFY(QFile::remove(staging + u"/video.mp4"_s));
        QSignalSpy added(m_library.get(), &Library::clipAdded);
        QString error;
        bool called = false;
        QVERIFY(!m_library->commitClip(
            clip, staging, m_library->planBaseName(clip), [&called] { return called = true; }, &error));
        QVERIFY2(error.contains(u"video"_s), qPrintable(error));
        QVERIFY(!called);
        QCOMPARE(m_library->clipCount(), 0);
        QCOMPARE(added.size(), 0);
        QVERIFY(QFile::exists(staging + u"/thumbnail.webp"_s)); // nothing was moved
    }

    void unusableBaseNameFails_data()
    {
        QTest::addColumn<QString>("base");
        QTest::newRow("parent") << u"../escape"_s;
        QTest::newRow("absolute") << u"/tmp/escape"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("backslash") << u"a\\b"_s;
    }

    void unusableBaseNameFails()
    {
        QFETCH(QString, base);
        QString error;
        QVERIFY(!m_library->commitClip(sample(u"v"_s), stage(11, u"x"_s), base, {}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(m_library->clipCount(), 0);
    }

    void unwritableFolderFails()
    {
        // A library folder whose parent is a file cannot be created, whoever runs the test.
        QVERIFY(writeFile(m_dir->filePath(u"blocker"_s), "not a folder"));
        Library blocked(m_db.get(), m_dir->filePath(u"blocker/library"_s));
        QVERIFY(!blocked.checkWritable().isEmpty());
        const QString staging = stage(12, u"blocked"_s); // in the working library's staging area
        QString error;
        QVERIFY(!blocked.commitClip(sample(u"v"_s), staging, u"base"_s, {}, &error));
        QVERIFY2(error.contains(u"blocker"_s), qPrintable(error));
        QCOMPARE(blocked.clipCount(), 0);
        QVERIFY(QFile::exists(staging + u"/video.mp4"_s));
    }

    void readOnlyFolderFails()
    {
        if (geteuid() == 0)
            QSKIP("root ignores file permissions; unwritableFolderFails covers the refusal");
        QVERIFY(QDir().mkpath(libraryFolder()));
        const QString staging = stage(13, u"ro"_s);
        QFile::setPermissions(libraryFolder(), QFile::ReadOwner | QFile::ExeOwner);
        QString error;
        const bool ok = m_library->commitClip(sample(u"v"_s), staging, u"base"_s, {}, &error).has_value();
        QFile::setPermissions(libraryFolder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!ok);
        QVERIFY2(error.contains(u"writable"_s), qPrintable(error));
        QCOMPARE(m_library->clipCount(), 0);
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // remote ids, newest first

        QTest::newRow("word") << u"boat"_s << QStringList { u"boat"_s };
        QTest::newRow("prefix") << u"boa*"_s << QStringList { u"boats"_s, u"boat"_s };
        QTest::newRow("case") << u"LIGHTHOUSE"_s << QStringList { u"lighthouse"_s };
        QTest::newRow("diacritics in query") << u"café"_s << QStringList { u"latte"_s, u"cafe"_s };
        QTest::newRow("diacritics in prompt") << u"cafe"_s << QStringList { u"latte"_s, u"cafe"_s };
        QTest::newRow("two words AND") << u"night lighthouse"_s << QStringList { u"lighthouse"_s };
        QTest::newRow("any order") << u"sunset boat"_s << QStringList { u"boat"_s };
        QTest::newRow("none") << u"zeppelin"_s << QStringList {};
        QTest::newRow("only star is no filter")
            << u"*"_s << QStringList { u"lighthouse"_s, u"latte"_s, u"cafe"_s, u"boats"_s, u"boat"_s };
        QTest::newRow("fts syntax is text") << u"NEAR(boat sunset)"_s << QStringList {};
        QTest::newRow("column filter is text") << u"prompt:boat"_s << QStringList {};
        QTest::newRow("quote") << u"\"boat"_s << QStringList { u"boat"_s };
        QTest::newRow("lone quote") << u"\""_s << QStringList {};
        QTest::newRow("operators") << u"boat OR lighthouse"_s << QStringList {};
        QTest::newRow("minus") << u"-boat"_s << QStringList { u"boat"_s };
        QTest::newRow("hyphenated") << u"close-up"_s << QStringList { u"latte"_s };
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const QList<std::pair<QString, QString>> clips {
            { u"boat"_s, u"A boat drifting at sunset"_s },
            { u"boats"_s, u"Boats in the harbour"_s },
            { u"cafe"_s, u"Café terrace at night, warm light"_s },
            { u"latte"_s, u"cafe latte close-up"_s },
            { u"lighthouse"_s, u"A lighthouse at night"_s },
        };
        int minute = 0;
        for (const auto &[id, prompt] : clips) {
            ClipRecord c = sample(id, prompt);
            c.addedAt = kCreated.addSecs(60 * ++minute);
            QVERIFY(add(c));
        }
        QStringList found;
        const QList<ClipRecord> result = m_library->clips({ .text = text });
        for (const ClipRecord &c : result)
            found << c.remoteId;
        QCOMPARE(found, expected);
        QCOMPARE(m_library->clipIds({ .text = text }).size(), expected.size());
    }

    void notesTagsAndProjectAreSearchable()
    {
        const qint64 a = add(sample(u"a"_s, u"A quiet street"_s));
        const qint64 b = add(sample(u"b"_s, u"A busy street"_s));
        QVERIFY(a && b);
        QVERIFY(m_library->clipIds({ .text = u"golden"_s }).isEmpty());
        QVERIFY(m_library->setNotes(a, u"Use for the golden hour montage"_s));
        QVERIFY(m_library->setTags(b, { u"drone shot"_s, u"Résumé"_s }));
        QVERIFY(m_library->setProject(b, u"Harbour film"_s));
        QCOMPARE(m_library->clipIds({ .text = u"golden"_s }), QList<qint64> { a });
        QCOMPARE(m_library->clipIds({ .text = u"drone"_s }), QList<qint64> { b });
        QCOMPARE(m_library->clipIds({ .text = u"resume"_s }), QList<qint64> { b });
        QCOMPARE(m_library->clipIds({ .text = u"harb*"_s }), QList<qint64> { b });
        QVERIFY(m_library->setTags(b, {}));
        QVERIFY(m_library->clipIds({ .text = u"drone"_s }).isEmpty());
    }

    void allTagsAreListedOnce()
    {
        const qint64 a = add(sample(u"a"_s, u"A quiet street"_s));
        const qint64 b = add(sample(u"b"_s, u"A busy street"_s));
        QVERIFY(a && b);
        QVERIFY(m_library->allTags().isEmpty());
        QVERIFY(m_library->setTags(a, { u"night"_s, u"Wide"_s }));
        QVERIFY(m_library->setTags(b, { u"Wide"_s, u"night"_s, u"drone shot"_s }));
        QCOMPARE(m_library->allTags(), QStringList({ u"drone shot"_s, u"night"_s, u"Wide"_s }));
        QVERIFY(m_library->setTags(b, {}));
        QCOMPARE(m_library->allTags(), QStringList({ u"night"_s, u"Wide"_s }));
    }

    void filters()
    {
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i) {
            ClipRecord c = sample(u"f%1"_s.arg(i), u"take %1"_s.arg(i));
            c.addedAt = kCreated.addDays(i);
            const qint64 id = add(c);
            QVERIFY(id);
            ids.prepend(id); // newest first
        }
        QVERIFY(m_library->setFavourite(ids[1], true));
        QVERIFY(m_library->setFavourite(ids[4], true));
        QVERIFY(m_library->setProject(ids[0], u"Alpha"_s));
        QVERIFY(m_library->setProject(ids[4], u"Alpha"_s));
        QVERIFY(m_library->setProject(ids[5], u"Beta"_s));

        QCOMPARE(m_library->clipIds({}), ids);
        QCOMPARE(m_library->clipCount(), 6);
        QCOMPARE(m_library->clipIds({ .favouritesOnly = true }), (QList<qint64> { ids[1], ids[4] }));
        QCOMPARE(m_library->clipIds({ .project = u"Alpha"_s }), (QList<qint64> { ids[0], ids[4] }));
        QCOMPARE(m_library->clipIds({ .favouritesOnly = true, .project = u"Alpha"_s }), QList<qint64> { ids[4] });
        // Days 1 to 3 (inclusive start, exclusive end): the clips at index 4, 3, 2 when newest first.
        QCOMPARE(m_library->clipIds({ .from = kCreated.addDays(1), .to = kCreated.addDays(4) }),
            (QList<qint64> { ids[2], ids[3], ids[4] }));
        QCOMPARE(m_library->clipIds({ .from = kCreated.addDays(5) }), QList<qint64> { ids[0] });
        QCOMPARE(m_library->clipIds({ .limit = 2 }), ids.mid(0, 2));
        QCOMPARE(m_library->clipIds({ .limit = 2, .offset = 2 }), ids.mid(2, 2));
        QCOMPARE(m_library->clipIds({ .limit = 0, .offset = 4 }), ids.mid(4));
        QCOMPARE(m_library->clips({ .text = u"take"_s, .project = u"Beta"_s }).size(), 1);
    }

    void userDataRewritesSidecar()
    {
        const qint64 id = add(sample(u"u"_s));
        QVERIFY(id);
        QVERIFY(id);
        const QString sidecar = clipOrEmpty(id).sidecarPath;
        QSignalSpy changed(m_library.get(), &Library::clipChanged);
        auto user = [&sidecar] {
            return readJson(sidecar).value("user"_L1).toObject();
        };

        QVERIFY(m_library->setFavourite(id, true));
        QCOMPARE(user().value("favourite"_L1).toBool(), true);
        QVERIFY(m_library->setRating(id, 4));
        QCOMPARE(user().value("rating"_L1).toInt(), 4);
        QVERIFY(m_library->setTags(id, { u"night"_s, u"wide"_s }));
        QCOMPARE(user().value("tags"_L1).toArray(), QJsonArray({ u"night"_s, u"wide"_s }));
        QVERIFY(m_library->setProject(id, u"  Harbour   film "_s));
        QCOMPARE(user().value("project"_L1).toString(), u"Harbour film"_s);
        QVERIFY(m_library->setNotes(id, u"line one\nline two"_s));
        QCOMPARE(user().value("notes"_L1).toString(), u"line one\nline two"_s);
        QCOMPARE(changed.size(), 5);
        for (const QList<QVariant> &signal : std::as_const(changed))
            QCOMPARE(signal.first().toLongLong(), id);

        const ClipRecord stored = clipOrEmpty(id);
        QVERIFY(stored.favourite);
        QCOMPARE(stored.rating, 4);
        QCOMPARE(stored.tags, QStringList({ u"night"_s, u"wide"_s }));
        QCOMPARE(stored.project, u"Harbour film"_s);
        QCOMPARE(stored.notes, u"line one\nline two"_s);

        QVERIFY(m_library->setRating(id, 4)); // unchanged: nothing to do, no signal
        QCOMPARE(changed.size(), 5);
    }

    void remixesOfFindsTheChildren()
    {
        QVERIFY(add(sample(u"video_parent"_s)));
        ClipRecord first = sample(u"video_child1"_s, u"the same in rain"_s);
        first.parentRemoteId = u"video_parent"_s;
        ClipRecord second = sample(u"video_child2"_s, u"the same at night"_s);
        second.parentRemoteId = u"video_parent"_s;
        second.addedAt = first.addedAt.addSecs(5);
        ClipRecord elsewhere = sample(u"video_child3"_s, u"another provider's"_s);
        elsewhere.parentRemoteId = u"video_parent"_s;
        elsewhere.profile = u"openai"_s;
        QVERIFY(add(first));
        QVERIFY(add(second));
        QVERIFY(add(elsewhere));
        const QList<ClipRecord> children = m_library->remixesOf(u"demo"_s, u"video_parent"_s);
        QCOMPARE(children.size(), 2);
        QCOMPARE(children.at(0).remoteId, u"video_child1"_s);
        QCOMPARE(children.at(1).remoteId, u"video_child2"_s);
        QVERIFY(m_library->remixesOf(u"demo"_s, u"video_child1"_s).isEmpty());
        QVERIFY(m_library->remixesOf(u"demo"_s, QString()).isEmpty());
        // The lookup uses the index, not a scan of every clip.
        QSqlQuery plan(m_db->connection());
        QVERIFY(
            plan.exec(u"EXPLAIN QUERY PLAN SELECT id FROM clips WHERE parent_remote_id = 'x' AND profile = 'demo'"_s));
        QString detail;
        while (plan.next())
            detail += plan.value(3).toString();
        QVERIFY2(detail.contains(u"clips_parent"_s), qPrintable(detail));
    }

    void thumbnailMadeHereIsRecorded()
    {
        ClipRecord c = sample(u"t"_s);
        const qint64 id = add(c);
        QVERIFY(id);
        const ClipRecord before = clipOrEmpty(id);
        const QString made = QFileInfo(before.videoPath).path() + u"/made-here.thumbnail.jpg"_s;
        {
            QFile file(made);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("\xff\xd8\xff\xe0 not really a jpeg");
        }
        QSignalSpy changed(m_library.get(), &Library::clipChanged);
        QVERIFY2(m_library->setThumbnail(id, made), qPrintable(m_library->lastError()));
        QCOMPARE(clipOrEmpty(id).thumbnailPath, QFileInfo(made).absoluteFilePath());
        QCOMPARE(readJson(before.sidecarPath).value("files"_L1).toObject().value("thumbnail"_L1).toString(),
            u"made-here.thumbnail.jpg"_s);
        QCOMPARE(changed.size(), 1);

        // Files outside the library, or missing ones, are refused and change nothing.
        QTemporaryDir elsewhere;
        const QString outside = elsewhere.filePath(u"x.jpg"_s);
        QFile(outside).open(QIODevice::WriteOnly);
        QVERIFY(!m_library->setThumbnail(id, outside));
        QVERIFY(!m_library->lastError().isEmpty());
        QVERIFY(!m_library->setThumbnail(id, made + u".missing"_s));
        QCOMPARE(clipOrEmpty(id).thumbnailPath, QFileInfo(made).absoluteFilePath());
        QCOMPARE(changed.size(), 1);
    }

    void badUserDataIsRefused_data()
    {
        QTest::addColumn<int>("rating");
        QTest::newRow("six") << 6;
        QTest::newRow("negative") << -1;
        QTest::newRow("large") << 100;
    }

    void badUserDataIsRefused()
    {
        QFETCH(int, rating);
        const qint64 id = add(sample(u"r"_s));
        QVERIFY(id);
        QVERIFY(m_library->setRating(id, 3));
        QSignalSpy changed(m_library.get(), &Library::clipChanged);
        QVERIFY(!m_library->setRating(id, rating));
        QVERIFY(m_library->lastError().contains(u"0"_s));
        QCOMPARE(clipOrEmpty(id).rating, 3);
        QCOMPARE(readJson(clipOrEmpty(id).sidecarPath).value("user"_L1).toObject().value("rating"_L1).toInt(), 3);
        QCOMPARE(changed.size(), 0);
        QVERIFY(!m_library->setFavourite(id + 100, true));
        QVERIFY(!m_library->lastError().isEmpty());
    }

    void sidecarThatCannotBeWrittenKeepsRow()
    {
        const qint64 id = add(sample(u"s"_s));
        QVERIFY(id);
        const QString sidecar = clipOrEmpty(id).sidecarPath;
        // A folder where the sidecar should be makes QSaveFile fail whoever runs the test.
        QVERIFY(QFile::remove(sidecar));
        QVERIFY(QDir().mkpath(sidecar));
        QVERIFY(!m_library->setFavourite(id, true));
        QVERIFY(!m_library->lastError().isEmpty());
        QVERIFY(!clipOrEmpty(id).favourite);
    }

    void findDuplicate()
    {
        QCOMPARE(ClipRecord::settingsKeyFor(u"a  kite\n"_s, {}, {}, {}),
            ClipRecord::settingsKeyFor(u"a kite"_s, u"sora-2"_s, u"720x1280"_s, u"4"_s));
        QVERIFY(ClipRecord::settingsKeyFor(u"a kite"_s, {}, {}, {})
            != ClipRecord::settingsKeyFor(u"a kite"_s, {}, {}, {}, "digest"));
        QVERIFY(
            ClipRecord::settingsKeyFor(u"a kite"_s, {}, {}, {}) != ClipRecord::settingsKeyFor(u"A kite"_s, {}, {}, {}));

        ClipRecord older = sample(u"d1"_s, u"a kite"_s);
        ClipRecord newer = sample(u"d2"_s, u"a  kite"_s);
        newer.createdAt = older.createdAt.addSecs(60);
        newer.settingsKey = ClipRecord::settingsKeyFor(newer.prompt, newer.model, newer.size, newer.seconds);
        QCOMPARE(newer.settingsKey, older.settingsKey);
        const qint64 first = add(older);
        const qint64 second = add(newer);
        QVERIFY(first && second);
        add(sample(u"d3"_s, u"another kite"_s));
        const std::optional<ClipRecord> found = m_library->findDuplicate(older.settingsKey);
        QVERIFY(found);
        QCOMPARE(found->id, second);
        QVERIFY(!m_library->findDuplicate(ClipRecord::settingsKeyFor(u"nothing"_s, {}, {}, {})));
        QVERIFY(!m_library->findDuplicate(QString()));
    }

    void removePermanently()
    {
        const qint64 id = add(sample(u"p"_s));
        QVERIFY(id);
        const ClipRecord c = clipOrEmpty(id);
        QSignalSpy removed(m_library.get(), &Library::clipRemoved);
        QString error;
        QVERIFY2(m_library->removeClip(id, Library::RemoveMode::Permanent, &error), qPrintable(error));
        for (const QString &path : { c.videoPath, c.thumbnailPath, c.spritesheetPath, c.sidecarPath })
            QVERIFY2(!QFile::exists(path), qPrintable(path));
        QVERIFY(!m_library->clip(id));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toLongLong(), id);
        QVERIFY(!m_library->removeClip(id, Library::RemoveMode::Permanent, &error));
        QVERIFY(!error.isEmpty());
    }

    void removeToTrash()
    {
        // A new name each run: the scratch trash keeps what earlier runs put there.
        const qint64 id = add(sample(u"t%1"_s.arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(id);
        const ClipRecord c = clipOrEmpty(id);
        QSignalSpy removed(m_library.get(), &Library::clipRemoved);
        QString error;
        if (!m_library->removeClip(id, Library::RemoveMode::Trash, &error)) {
            // No trash on this system: the clip stays whole and the message says why.
            QVERIFY(!error.isEmpty());
            QVERIFY(m_library->clip(id));
            for (const QString &path : { c.videoPath, c.thumbnailPath, c.spritesheetPath, c.sidecarPath })
                QVERIFY2(QFile::exists(path), qPrintable(path));
            QCOMPARE(removed.size(), 0);
            QSKIP(qPrintable(u"moveToTrash is not available here: "_s + error));
        }
        for (const QString &path : { c.videoPath, c.thumbnailPath, c.spritesheetPath, c.sidecarPath })
            QVERIFY2(!QFile::exists(path), qPrintable(path));
        QVERIFY(!m_library->clip(id));
        QCOMPARE(removed.size(), 1);
        const QString trash
            = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/Trash/files/"_s;
        QVERIFY2(QFile::exists(trash + QFileInfo(c.videoPath).fileName()), qPrintable(trash));
    }

    void rebuildFromFolder()
    {
        QVERIFY(m_library->setFileNameTemplate(u"{project}/{id}"_s));
        ClipRecord a = sample(u"r1"_s, u"first take"_s);
        ClipRecord b = sample(u"r2"_s, u"second take"_s);
        b.project = u"Harbour"_s;
        ClipRecord c = sample(u"r3"_s, u"third take"_s);
        c.cost.reset();
        c.jobId = 0;
        QList<qint64> ids { add(a), add(b), add(c) };
        QVERIFY(!ids.contains(0));
        QVERIFY(m_library->setFavourite(ids[0], true));
        QVERIFY(m_library->setTags(ids[1], { u"wide"_s, u"dusk"_s }));
        QVERIFY(m_library->setRating(ids[2], 5));
        QList<ClipRecord> before;
        for (const qint64 id : ids)
            before << clipOrEmpty(id);

        // Things a rebuild must report or skip.
        ClipRecord broken = sample(u"r4"_s);
        broken.videoPath = libraryFolder() + u"/broken.mp4"_s;
        broken.sidecarPath = libraryFolder() + u"/broken.json"_s;
        QJsonObject json = broken.toSidecar();
        QJsonObject response = json.value("response"_L1).toObject();
        response.remove(u"id"_s);
        json.insert(u"response"_s, response);
        QVERIFY(writeFile(libraryFolder() + u"/broken.json"_s, QJsonDocument(json).toJson()));
        QVERIFY(writeFile(libraryFolder() + u"/broken.mp4"_s, fakeMp4(u"broken"_s)));
        QVERIFY(writeFile(libraryFolder() + u"/truncated.json"_s, "{\"dailies_sidecar\": 1, \"prof"));
        QVERIFY(writeFile(libraryFolder() + u"/notes/own.json"_s, "{\"mine\": true}")); // the user's own file
        QVERIFY(writeFile(libraryFolder() + u"/.dailies/incoming/5/video.json"_s, "{\"dailies_sidecar\": 1}"));

        Database fresh;
        QVERIFY(fresh.open(u":memory:"_s));
        Library rebuilt(&fresh, libraryFolder());
        QSignalSpy added(&rebuilt, &Library::clipAdded);
        const Library::RebuildReport report = rebuilt.rebuildFromFolder();
        QCOMPARE(report.added, 3);
        QCOMPARE(report.alreadyPresent, 0);
        QCOMPARE(report.problems.size(), 2);
        const QString problems = report.problems.join(u'\n');
        QVERIFY2(problems.contains(libraryFolder() + u"/broken.json"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"field 'response.id'"_s), qPrintable(problems));
        QVERIFY2(problems.contains(libraryFolder() + u"/truncated.json"_s), qPrintable(problems));
        QCOMPARE(added.size(), 3);
        QCOMPARE(rebuilt.clipCount(), 3);
        for (const ClipRecord &original : std::as_const(before)) {
            const std::optional<ClipRecord> again = rebuilt.clipByRemoteId(original.profile, original.remoteId);
            QVERIFY(again);
            compareRecords(*again, original);
        }
        QCOMPARE(rebuilt.clipIds({ .text = u"dusk"_s }).size(), 1);

        const Library::RebuildReport second = rebuilt.rebuildFromFolder();
        QCOMPARE(second.added, 0);
        QCOMPARE(second.alreadyPresent, 3);
        QCOMPARE(rebuilt.clipCount(), 3);
    }

    void exportToFolder()
    {
        QVERIFY(m_library->setFileNameTemplate(u"{project}/{id}"_s));
        ClipRecord b = sample(u"e2"_s);
        b.project = u"Harbour"_s;
        const qint64 a = add(sample(u"e1"_s));
        const qint64 bId = add(b);
        QVERIFY(a && bId);
        const QString target = m_dir->filePath(u"export"_s);
        QCOMPARE(m_library->exportClips({ a, bId }, target), QString());
        for (const qint64 id : { a, bId }) {
            const ClipRecord c = clipOrEmpty(id);
            for (const QString &path : { c.videoPath, c.thumbnailPath, c.spritesheetPath, c.sidecarPath }) {
                const QString copy = target + u'/' + QDir(libraryFolder()).relativeFilePath(path);
                QCOMPARE(readAll(copy), readAll(path));
            }
        }
        QVERIFY(QFile::exists(target + u"/Harbour/e2.mp4"_s));
        QVERIFY(QDir(target).entryList({ u"*.part"_s }, QDir::Files).isEmpty());
        // A second export to the same place refuses instead of overwriting.
        const QString again = m_library->exportClips({ a }, target);
        QVERIFY2(again.contains(u"already exists"_s), qPrintable(again));
        QVERIFY(!m_library->exportClips({ 4242 }, m_dir->filePath(u"x"_s)).isEmpty());
    }

    void exportToZip()
    {
        QVERIFY(m_library->setFileNameTemplate(u"{project}/{id}"_s));
        ClipRecord b = sample(u"z2"_s, u"zweite Aufnahme, grün"_s);
        b.project = u"Grün"_s;
        const qint64 a = add(sample(u"z1"_s));
        const qint64 bId = add(b);
        QVERIFY(a && bId);
        const QString zipPath = m_dir->filePath(u"out/clips.zip"_s);
        QCOMPARE(m_library->exportClips({ a, bId }, zipPath), QString());

        const QByteArray zip = readAll(zipPath);
        const QMap<QString, ZipEntry> entries = readZipDirectory(zip);
        QCOMPARE(entries.size(), 8);
        for (const qint64 id : { a, bId }) {
            const ClipRecord c = clipOrEmpty(id);
            for (const QString &path : { c.videoPath, c.thumbnailPath, c.spritesheetPath, c.sidecarPath }) {
                const QString name = QDir(libraryFolder()).relativeFilePath(path);
                QVERIFY2(entries.contains(name), qPrintable(name));
                const QByteArray content = readAll(path);
                const ZipEntry e = entries.value(name);
                QCOMPARE(e.size, quint32(content.size()));
                QCOMPARE(e.crc, ZipWriter::crc32(content));
                // The local header agrees and the stored bytes follow it.
                QCOMPARE(le32(zip, e.offset), quint32(0x04034b50));
                QCOMPARE(le32(zip, e.offset + 14), e.crc);
                const int nameLength = le16(zip, e.offset + 26);
                QCOMPARE(zip.mid(e.offset + 30 + nameLength, e.size), content);
            }
        }
        QVERIFY(entries.contains(u"Grün/z2.mp4"_s));

        const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
        if (unzip.isEmpty())
            QSKIP("unzip is not installed; the central directory was checked above");
        QProcess check;
        check.start(unzip, { u"-t"_s, zipPath });
        QVERIFY(check.waitForFinished(30000));
        const QByteArray output = check.readAllStandardOutput();
        QVERIFY2(check.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("No errors detected"), output.constData());
    }

    void crc32KnownValues_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<quint32>("crc");
        QTest::newRow("empty") << QByteArray() << quint32(0);
        QTest::newRow("check value") << QByteArray("123456789") << quint32(0xCBF43926);
        QTest::newRow("fox") << QByteArray("The quick brown fox jumps over the lazy dog") << quint32(0x414FA339);
    }

    void crc32KnownValues()
    {
        QFETCH(QByteArray, data);
        QFETCH(quint32, crc);
        QCOMPARE(ZipWriter::crc32(data), crc);
        // In two chunks.
        const qsizetype half = data.size() / 2;
        QCOMPARE(ZipWriter::crc32(data.mid(half), ZipWriter::crc32(data.left(half))), crc);
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
