// SPDX-License-Identifier: GPL-3.0-or-later
// Two demo servers on one data folder, as the studio and a `dailies` command run them: a job made by one is known
// to the other, a deletion by one is seen by the other, and a job whose server went away mid-render is rendered by
// the one still running, so that it completes instead of staying in progress for ever. Characters and extensions
// cross from one to the other too.
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "mockclient.h"
#include "mockserver/mockserver.h"
#include "testvideos.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

class TestMockServerShared : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<Mock::MockServer> start(const QString &dataDir, const QString &ffmpeg = {})
    {
        Mock::MockServerOptions options;
        options.apiKey = u"sk-test-key-1234"_s;
        options.timeScale = 0.01;
        options.dataDir = dataDir;
        options.ffmpeg = ffmpeg;
        auto server = std::make_unique<Mock::MockServer>(options);
        QString error;
        if (!server->start(&error))
            qWarning("%s", qPrintable(error));
        return server;
    }

    static QStringList listed(MockClient &client)
    {
        QStringList ids;
        const QJsonArray data = client.get(u"/videos?limit=100"_s).json().value("data"_L1).toArray();
        for (const QJsonValue &v : data)
            ids << v.toObject().value("id"_L1).toString();
        return ids;
    }

private Q_SLOTS:
    void aJobMadeByOneIsKnownToTheOther()
    {
        QTemporaryDir dir;
        auto studio = start(dir.path());
        auto terminal = start(dir.path());
        QVERIFY(studio->port() && terminal->port());
        MockClient toStudio(studio->baseUrl()), toTerminal(terminal->baseUrl());

        const QString id
            = toTerminal.createVideo({ { "prompt"_L1, u"made by the terminal"_s } }).value("id"_L1).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(toStudio.get(u"/videos/"_s + id).status, 200);
        QVERIFY(listed(toStudio).contains(id));
        QTRY_COMPARE_WITH_TIMEOUT(toStudio.status(id), u"completed"_s, 20000);
        const MockClient::Reply video = toStudio.get(u"/videos/"_s + id + u"/content"_s);
        QCOMPARE(video.status, 200);
        QCOMPARE(video.body.mid(4, 4), QByteArray("ftyp"));

        // Deleted through one, gone from the other.
        QCOMPARE(toStudio.deleteResource(u"/videos/"_s + id).status, 200);
        QCOMPARE(toTerminal.get(u"/videos/"_s + id).status, 404);
        QVERIFY(!listed(toTerminal).contains(id));
    }

    void aCharacterMadeByOneIsKnownToTheOther()
    {
        QTemporaryDir dir;
        auto studio = start(dir.path());
        auto terminal = start(dir.path());
        MockClient toStudio(studio->baseUrl()), toTerminal(terminal->baseUrl());
        // Known to the studio before the terminal makes it, so a lookup of the id must go to the folder.
        QCOMPARE(toStudio.get(u"/videos/characters/char_0123456789abcdef0123456789abcdef"_s).status, 404);

        const QByteArray boundary = "sharedBoundary";
        const QByteArray body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nMossy\r\n--"
            + boundary + "\r\nContent-Disposition: form-data; name=\"video\"; filename=\"c.mp4\"\r\n"
            + "Content-Type: video/mp4\r\n\r\n" + TestVideos::mp4(3000) + "\r\n--" + boundary + "--\r\n";
        const MockClient::Reply made
            = toTerminal.post(u"/videos/characters"_s, body, "multipart/form-data; boundary=" + boundary);
        QCOMPARE(made.status, 200);
        const QString id = made.json().value("id"_L1).toString();
        QCOMPARE(toStudio.get(u"/videos/characters/"_s + id).json(), made.json());

        // Used by the studio in a create, and a clip of the terminal's extended by the studio.
        const QJsonObject character { { "id"_L1, id } };
        const MockClient::Reply created = toStudio.postJson(
            u"/videos"_s, { { "prompt"_L1, u"Mossy at sea"_s }, { "characters"_L1, QJsonArray { character } } });
        QCOMPARE(created.status, 200);
        const QString source
            = toTerminal.createVideo({ { "prompt"_L1, u"the terminal's"_s } }).value("id"_L1).toString();
        QTRY_COMPARE_WITH_TIMEOUT(toStudio.status(source), u"completed"_s, 20000);
        const MockClient::Reply extended = toStudio.postJson(u"/videos/extensions"_s,
            { { "video"_L1, QJsonObject { { "id"_L1, source } } }, { "prompt"_L1, u"and more"_s },
                { "seconds"_L1, u"4"_s } });
        QCOMPARE(extended.status, 200);
        QCOMPARE(extended.json().value("seconds"_L1).toString(), u"8"_s);
        QTRY_COMPARE_WITH_TIMEOUT(toTerminal.status(extended.json().value("id"_L1).toString()), u"completed"_s, 20000);
    }

    void aRenderLeftBehindIsFinishedByTheOther()
    {
        QTemporaryDir dir;
        auto studio = start(dir.path());
        QString id;
        {
            auto terminal = start(dir.path());
            MockClient toTerminal(terminal->baseUrl());
            id = toTerminal.createVideo({ { "prompt"_L1, u"the terminal exits while it renders"_s } })
                     .value("id"_L1)
                     .toString();
            QVERIFY(!id.isEmpty());
        } // gone before the render finished: its lock is released, nothing is rendered
        MockClient toStudio(studio->baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(toStudio.status(id), u"completed"_s, 20000);
        QCOMPARE(toStudio.get(u"/videos/"_s + id + u"/content"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestMockServerShared)
#include "tst_mockservershared.moc"
