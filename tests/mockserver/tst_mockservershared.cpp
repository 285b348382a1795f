// SPDX-License-Identifier: GPL-3.0-or-later
// Two demo servers on one data folder, as the studio and a `dailies` command run them: a job made by one is known
// to the other, a deletion by one is seen by the other, and a job whose server went away mid-render is rendered by
// the one still running, so that it completes instead of staying in progress for ever.
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "mockclient.h"
#include "mockserver/mockserver.h"

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
