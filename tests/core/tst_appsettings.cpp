// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "core/library/library.h"
#include "core/settings/appsettings.h"

using namespace Qt::StringLiterals;
using Dailies::AppSettings;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_settings->clear();
    }

    void defaults()
    {
        const AppSettings app(m_settings.get());
        QCOMPARE(app.libraryFolder(), QString());
        QCOMPARE(app.fileNameTemplate(), Dailies::Library::kDefaultTemplate);
        QCOMPARE(app.defaultConcurrency(), AppSettings::kDefaultConcurrency);
        QCOMPARE(app.pollMinSeconds(), 1);
        QCOMPARE(app.pollMaxSeconds(), 30);
        QVERIFY(app.downloadSpritesheet());
        QVERIFY(app.trayNotifications());
        QVERIFY(!app.notificationSound());
        QCOMPARE(app.notifyOn(), AppSettings::NotifyOn::All);
        QCOMPARE(app.language(), QString());
        QCOMPARE(app.profileConcurrency(u"azure"_s), 0);
        QCOMPARE(app.finalModel(u"azure"_s), QString());
        QCOMPARE(app.composeState().variations, 0); // never stored: the panel keeps its own default
        QVERIFY(app.composeState().draft.isEmpty());
        QVERIFY(app.windowState().geometry.isEmpty());
        QVERIFY(app.profilesWithOptions().isEmpty());
    }

    void roundTrip()
    {
        AppSettings app(m_settings.get());
        QCOMPARE(app.setLibraryFolder(m_dir.filePath(u"clips"_s)), QString());
        QCOMPARE(app.setFileNameTemplate(u"{project}/{date}_{id}"_s), QString());
        QCOMPARE(app.setDefaultConcurrency(2), QString());
        QCOMPARE(app.setPollIntervals(3, 45), QString());
        app.setDownloadSpritesheet(false);
        app.setTrayNotifications(false);
        app.setNotificationSound(true);
        app.setNotifyOn(AppSettings::NotifyOn::FailuresOnly);
        QCOMPARE(app.setLanguage(u"de"_s), QString());
        QCOMPARE(app.setProfileOptions(u"azure-eu"_s, u"sora-2"_s, u"sora-2-pro"_s, 2), QString());
        app.setComposeState(
            { u"azure-eu"_s, u"sora-2"_s, u"1280x720"_s, u"8"_s, 3, u"crop"_s, u"a kite\nover dunes"_s });
        app.setWindowState({ "geometry"_ba, "state"_ba, "splitter"_ba, "library"_ba });
        app.sync();

        QSettings reread(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        const AppSettings again(&reread);
        QCOMPARE(again.libraryFolder(), m_dir.filePath(u"clips"_s));
        QCOMPARE(again.fileNameTemplate(), u"{project}/{date}_{id}"_s);
        QCOMPARE(again.defaultConcurrency(), 2);
        QCOMPARE(again.pollMinSeconds(), 3);
        QCOMPARE(again.pollMaxSeconds(), 45);
        QVERIFY(!again.downloadSpritesheet());
        QVERIFY(!again.trayNotifications());
        QVERIFY(again.notificationSound());
        QCOMPARE(again.notifyOn(), AppSettings::NotifyOn::FailuresOnly);
        QCOMPARE(again.language(), u"de"_s);
        QCOMPARE(again.draftModel(u"azure-eu"_s), u"sora-2"_s);
        QCOMPARE(again.finalModel(u"azure-eu"_s), u"sora-2-pro"_s);
        QCOMPARE(again.profileConcurrency(u"azure-eu"_s), 2);
        QCOMPARE(again.profilesWithOptions(), QStringList { u"azure-eu"_s });
        const AppSettings::ComposeState compose = again.composeState();
        QCOMPARE(compose.profile, u"azure-eu"_s);
        QCOMPARE(compose.model, u"sora-2"_s);
        QCOMPARE(compose.size, u"1280x720"_s);
        QCOMPARE(compose.seconds, u"8"_s);
        QCOMPARE(compose.variations, 3);
        QCOMPARE(compose.referenceFit, u"crop"_s);
        QCOMPARE(compose.draft, u"a kite\nover dunes"_s);
        const AppSettings::WindowState window = again.windowState();
        QCOMPARE(window.geometry, "geometry"_ba);
        QCOMPARE(window.state, "state"_ba);
        QCOMPARE(window.splitter, "splitter"_ba);
        QCOMPARE(window.library, "library"_ba);
        // The keys earlier versions wrote, so that an update keeps the window and the draft.
        QCOMPARE(reread.value(u"compose/draft"_s).toString(), u"a kite\nover dunes"_s);
        QCOMPARE(reread.value(u"window/splitter"_s).toByteArray(), "splitter"_ba);
        QCOMPARE(reread.value(u"notifications/tray"_s).toBool(), false);
        QCOMPARE(reread.value(u"ui/language"_s).toString(), u"de"_s);

        app.removeProfileOptions(u"azure-eu"_s);
        QCOMPARE(app.finalModel(u"azure-eu"_s), QString());
        QCOMPARE(app.profileConcurrency(u"azure-eu"_s), 0);
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("relative folder") << u"folder"_s;
        QTest::newRow("escaping template") << u"template"_s;
        QTest::newRow("unknown placeholder") << u"placeholder"_s;
        QTest::newRow("zero concurrency") << u"concurrency"_s;
        QTest::newRow("min above max") << u"poll"_s;
        QTest::newRow("unknown language") << u"language"_s;
        QTest::newRow("negative profile concurrency") << u"profile"_s;
    }

    void refusesBadValues()
    {
        QFETCH(QString, what);
        AppSettings app(m_settings.get());
        QString problem;
        if (what == "folder"_L1)
            problem = app.setLibraryFolder(u"clips/here"_s);
        else if (what == "template"_L1)
            problem = app.setFileNameTemplate(u"../{id}"_s);
        else if (what == "placeholder"_L1)
            problem = app.setFileNameTemplate(u"{nonsense}_{id}"_s);
        else if (what == "concurrency"_L1)
            problem = app.setDefaultConcurrency(0);
        else if (what == "poll"_L1)
            problem = app.setPollIntervals(60, 10);
        else if (what == "language"_L1)
            problem = app.setLanguage(u"tlh"_s);
        else
            problem = app.setProfileOptions(u"x"_s, {}, {}, -1);
        QVERIFY2(!problem.isEmpty(), qPrintable(what));
        // Nothing was stored.
        QCOMPARE(m_settings->allKeys(), QStringList());
    }

    void ignoresGarbageInTheFile()
    {
        m_settings->setValue(u"jobs/concurrency"_s, u"many"_s);
        m_settings->setValue(u"jobs/pollMinSeconds"_s, 100);
        m_settings->setValue(u"jobs/pollMaxSeconds"_s, 5);
        m_settings->setValue(u"library/template"_s, u"/etc/{id}"_s);
        m_settings->setValue(u"ui/language"_s, u"xx"_s);
        const AppSettings app(m_settings.get());
        QCOMPARE(app.defaultConcurrency(), AppSettings::kDefaultConcurrency);
        QCOMPARE(app.pollMinSeconds(), AppSettings::kDefaultPollMinSeconds);
        QCOMPARE(app.pollMaxSeconds(), AppSettings::kDefaultPollMaxSeconds);
        QCOMPARE(app.fileNameTemplate(), Dailies::Library::kDefaultTemplate);
        QCOMPARE(app.language(), QString());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
