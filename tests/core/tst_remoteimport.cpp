// SPDX-License-Identifier: GPL-3.0-or-later
// Importing the provider's finished videos into an empty library, against the demo server over real TCP.
#include <QDirIterator>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/api/videoapiclient.h"
#include "core/library/library.h"
#include "core/library/remoteimport.h"
#include "core/storage/database.h"
#include "mockserver/mockserver.h"

using namespace Qt::StringLiterals;
using namespace Dailies;
using namespace Dailies::Api;

namespace
{

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRemoteImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Mock::MockServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<VideoApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Library> m_library;

    void startServer(const Mock::MockServerOptions &options, const QString &clientKey = u"sk-demo"_s)
    {
        m_client.reset();
        m_server = std::make_unique<Mock::MockServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_client = std::make_unique<VideoApiClient>(ProviderProfile::demo(m_server->baseUrl()), &m_nam);
        m_client->setApiKey(clientKey);
    }

    static Mock::MockServerOptions fastServer()
    {
        Mock::MockServerOptions options;
        options.timeScale = 0.02;
        options.ffmpeg = u"none"_s; // the bundled clips: quick and the same everywhere
        return options;
    }

    template<typename Call>
    auto await(Call *call)
    {
        using Result = decltype(call->result());
        QSignalSpy spy(call, &Call::finished);
        const bool done = spy.wait(20000);
        call->deleteLater();
        return done ? spy.first().first().template value<Result>() : Result {};
    }

    QString create(const QString &prompt)
    {
        const VideoResult r = await(m_client->create({ .prompt = prompt }));
        if (!r.ok())
            qWarning() << r.error.toString();
        return r.video.id;
    }

    // One list call: the videos the server holds now.
    QList<Video> listed()
    {
        const VideoListResult r = await(m_client->list({ .allPages = true }));
        return r.ok() ? r.page.data : QList<Video> {};
    }

    bool allFinished(qsizetype count)
    {
        const QList<Video> videos = listed();
        return videos.size() == count
            && std::all_of(videos.cbegin(), videos.cend(), [](const Video &v) { return v.isFinished(); });
    }

    RemoteImport::Report runImport(QList<std::pair<int, int>> *progress = nullptr)
    {
        RemoteImport import(m_library.get(), m_client.get(), u"demo"_s);
        QSignalSpy finished(&import, &RemoteImport::finished);
        if (progress) {
            connect(&import, &RemoteImport::progress, this, [progress](int done, int total) {
                progress->append({ done, total });
            });
        }
        import.start();
        if (!finished.wait(60000))
            return {};
        if (finished.size() != 1)
            return {};
        return finished.first().first().value<RemoteImport::Report>();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(u":memory:"_s));
        m_library = std::make_unique<Library>(m_db.get(), m_dir->filePath(u"library"_s));
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_library.reset();
        m_db.reset();
        m_dir.reset();
    }

    void importsFinishedVideosOnce()
    {
        Mock::MockServerOptions options = fastServer();
        options.faults = u"moderation:words=gore,when=job"_s;
        startServer(options);
        const QStringList prompts { u"a red kite over dunes"_s, u"rain on a tin roof"_s, u"a lighthouse at night"_s };
        QStringList ids;
        for (const QString &prompt : prompts)
            ids << create(prompt);
        const QString failing = create(u"too much gore for the demo"_s);
        QVERIFY(!ids.contains(QString()) && !failing.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(4), 30000);

        QList<std::pair<int, int>> progress;
        const RemoteImport::Report report = runImport(&progress);
        QCOMPARE(report.listed, 4);
        QCOMPARE(report.imported, 3);
        QCOMPARE(report.alreadyPresent, 0);
        QCOMPARE(report.failed, 1);
        QCOMPARE(report.expired, 0);
        QCOMPARE(report.errors, 0);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        QVERIFY(!report.cancelled);
        QCOMPARE(progress.first(), std::make_pair(0, 3));
        QCOMPARE(progress.last(), std::make_pair(3, 3));

        QCOMPARE(m_library->clipCount(), 3);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const std::optional<ClipRecord> clip = m_library->clipByRemoteId(u"demo"_s, ids.at(i));
            QVERIFY(clip);
            QCOMPARE(clip->prompt, prompts.at(i));
            QCOMPARE(readAll(clip->videoPath).mid(4, 4), "ftyp"_ba);
            QCOMPARE(clip->videoBytes, QFileInfo(clip->videoPath).size());
            QVERIFY(QFileInfo(clip->thumbnailPath).size() > 0);
            QVERIFY(clip->createdAt.isValid() && clip->completedAt.isValid());
            const QByteArray sidecar = readAll(clip->sidecarPath);
            QVERIFY(!sidecar.contains("sk-demo"));
            QString error;
            const std::optional<ClipRecord> back
                = ClipRecord::fromSidecar(QJsonDocument::fromJson(sidecar).object(), clip->sidecarPath, &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->remoteId, ids.at(i));
            QCOMPARE(back->response.value("status"_L1).toString(), u"completed"_s);
        }
        QVERIFY(!m_library->clipByRemoteId(u"demo"_s, failing));
        // Nothing is left in the staging area.
        QDirIterator staged(
            m_library->folder() + u"/.dailies"_s, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY(!staged.hasNext());
        const int downloads = m_server->requestCount(u"GET /videos/{id}/content"_s);
        QCOMPARE(downloads, 6); // video and thumbnail of each

        // Again: everything is already there and nothing is downloaded.
        const RemoteImport::Report again = runImport();
        QCOMPARE(again.listed, 4);
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.alreadyPresent, 3);
        QCOMPARE(again.failed, 1);
        QCOMPARE(m_library->clipCount(), 3);
        QCOMPARE(m_server->requestCount(u"GET /videos/{id}/content"_s), downloads);
    }

    void expiredContentIsCounted()
    {
        Mock::MockServerOptions options = fastServer();
        options.assetTtlSeconds = 1; // at least one real second after completion
        startServer(options);
        QVERIFY(!create(u"gone before it was fetched"_s).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(1), 30000);
        const QDateTime expires = listed().value(0).expiresAt;
        QVERIFY(expires.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expires.addMSecs(100), 10000);

        const RemoteImport::Report report = runImport();
        QCOMPARE(report.listed, 1);
        QCOMPARE(report.expired, 1);
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.errors, 0);
        QCOMPARE(m_library->clipCount(), 0);
    }

    void cancelEndsWithOneReport()
    {
        startServer(fastServer());
        for (int i = 0; i < 3; ++i)
            QVERIFY(!create(u"take %1"_s.arg(i)).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(3), 30000);

        RemoteImport import(m_library.get(), m_client.get(), u"demo"_s);
        QSignalSpy finished(&import, &RemoteImport::finished);
        QSignalSpy progress(&import, &RemoteImport::progress);
        import.start();
        QVERIFY(progress.wait(20000)); // the list arrived, downloads are under way
        import.cancel();
        QCOMPARE(finished.size(), 1);
        const auto report = finished.first().first().value<RemoteImport::Report>();
        QVERIFY(report.cancelled);
        QCOMPARE(report.listed, 3);
        import.cancel();
        QVERIFY(!finished.wait(300)); // no second report, and no late one from the cancelled downloads
        QCOMPARE(finished.size(), 1);
    }

    void listFailureIsReported()
    {
        Mock::MockServerOptions options = fastServer();
        options.apiKey = u"sk-right"_s;
        startServer(options, u"sk-wrong"_s);
        const RemoteImport::Report report = runImport();
        QCOMPARE(report.listed, 0);
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().contains(u"key"_s, Qt::CaseInsensitive), qPrintable(report.problems.first()));
    }
};

QTEST_GUILESS_MAIN(TestRemoteImport)
#include "tst_remoteimport.moc"
