// SPDX-License-Identifier: GPL-3.0-or-later
// The studio window's feedback on the embedded demo provider: problems explained in the banner with the action
// that helps, the queue held on a used-up quota and resumed from the banner, provider health in the status bar,
// notifications only while the window is not watched, and the keyboard shortcut list.
#include <QAction>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <memory>

#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/settings/appsettings.h"
#include "demoworkspace.h"
#include "mockserver/mockserver.h"
#include "session/workspace.h"
#include "widgets/composepanel.h"
#include "widgets/jobnotifier.h"
#include "widgets/library/librarypanel.h"
#include "widgets/mainwindow.h"
#include "widgets/messagebanner.h"
#include "widgets/preview/previewpanel.h"
#include "widgets/settingsdialog.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void moderationIsExplainedAndThePromptComesBack();
    void usedUpQuotaHoldsTheQueueUntilResumed();
    void healthInStatusBar();
    void notifiesOnlyWhenNotWatched_data();
    void notifiesOnlyWhenNotWatched();
    void shortcutListNamesTheActions();
    void settingsOpenOnceOnTheProfile();
    void missingThumbnailIsMadeFromTheVideo();

private:
    QList<qint64> generate(const QString &prompt);
    QPushButton *bannerButton(const QString &text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString problem = Test::openDemoWorkspace(*m_dir, m_settings, m_workspace);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_settings.reset();
    m_dir.reset();
}

QList<qint64> TestMainWindow::generate(const QString &prompt)
{
    QSignalSpy submitted(m_window->composePanel(), &ComposePanel::submitted);
    m_window->composePanel()->promptEditor()->setPlainText(prompt);
    m_window->composePanel()->generate();
    if (submitted.isEmpty())
        return {};
    return submitted.first().first().value<QList<qint64>>();
}

QPushButton *TestMainWindow::bannerButton(const QString &text) const
{
    for (QPushButton *button : m_window->banner()->actions()) {
        if (button->text().remove(u'&') == text)
            return button;
    }
    return nullptr;
}

void TestMainWindow::moderationIsExplainedAndThePromptComesBack()
{
    QVERIFY(m_workspace->demoServer()->setFaults(u"moderation:words=forbidden"_s));
    const QString prompt = u"A forbidden ritual in a misty forest, slow dolly-in"_s;
    const QList<qint64> ids = generate(prompt);
    QCOMPARE(ids.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), 15000);
    QVERIFY(m_workspace->engine()->job(ids.first())->state == JobState::Failed);
    QVERIFY2(m_window->banner()->text().contains(u"moderation"_s), qPrintable(m_window->banner()->text()));
    QVERIFY(m_window->banner()->text().contains(u"Reword"_s));
    QCOMPARE(m_window->banner()->level(), MessageBanner::Level::Error);
    // The preview of the failed take says the same in its place of the player.
    QTRY_VERIFY(m_window->previewPanel()->messageText().contains(u"moderation"_s));

    m_window->composePanel()->promptEditor()->clear();
    QPushButton *edit = bannerButton(u"Edit the Prompt"_s);
    QVERIFY(edit);
    edit->click();
    QCOMPARE(m_window->composePanel()->promptEditor()->toPlainText(), prompt);
    QVERIFY(!m_window->banner()->isVisible());
}

void TestMainWindow::usedUpQuotaHoldsTheQueueUntilResumed()
{
    QVERIFY(m_workspace->demoServer()->setFaults(u"quota@create:times=1"_s));
    const QList<qint64> ids = generate(u"A kite over dunes at noon, wide shot"_s);
    QCOMPARE(ids.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->engine()->isPaused(), 15000);
    QTRY_VERIFY(m_window->banner()->isVisible());
    QVERIFY2(m_window->banner()->text().contains(u"quota"_s), qPrintable(m_window->banner()->text()));
    QVERIFY(m_window->inFlightText().startsWith(u"Queue paused"_s));
    QVERIFY(m_window->menuAction(u"pauseQueue"_s)->isChecked());
    QVERIFY(m_workspace->engine()->job(ids.first())->state == JobState::Waiting); // kept, not failed

    QPushButton *resume = bannerButton(u"Resume Queue"_s);
    QVERIFY(resume);
    resume->click();
    QVERIFY(!m_workspace->engine()->isPaused());
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->engine()->job(ids.first())->state == JobState::Completed, 30000);
    QVERIFY(!m_window->menuAction(u"pauseQueue"_s)->isChecked());
}

void TestMainWindow::healthInStatusBar()
{
    QVERIFY2(m_window->healthText().startsWith(u"demo: "_s), qPrintable(m_window->healthText()));
    const QList<qint64> ids = generate(u"Rain on a tin roof, macro shot, backlit"_s);
    QCOMPARE(ids.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->healthText(), u"demo: healthy"_s, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->engine()->job(ids.first())->state == JobState::Completed, 30000);

    QVERIFY(m_workspace->demoServer()->setFaults(u"500"_s));
    generate(u"Snow falling on a quiet street, static shot"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->healthText().contains(u"server trouble"_s), 30000);
    QVERIFY(m_window->statusBar()->findChild<QLabel *>(u"providerHealth"_s)->toolTip().contains(u"500"_s));
}

void TestMainWindow::notifiesOnlyWhenNotWatched_data()
{
    QTest::addColumn<bool>("active");
    QTest::addColumn<bool>("tray");
    QTest::addColumn<bool>("sound");
    QTest::addColumn<bool>("failuresOnly");
    QTest::addColumn<bool>("fail");
    QTest::addColumn<int>("notifications");
    QTest::addColumn<int>("sounds");

    QTest::newRow("watched: nothing") << true << true << true << false << false << 0 << 0;
    QTest::newRow("away: tray") << false << true << false << false << false << 1 << 0;
    QTest::newRow("away: tray and sound") << false << true << true << false << false << 1 << 1;
    QTest::newRow("away: tray off") << false << false << false << false << false << 0 << 0;
    QTest::newRow("failures only, success") << false << true << false << true << false << 0 << 0;
    QTest::newRow("failures only, failure") << false << true << false << true << true << 1 << 0;
}

void TestMainWindow::notifiesOnlyWhenNotWatched()
{
    QFETCH(bool, active);
    QFETCH(bool, tray);
    QFETCH(bool, sound);
    QFETCH(bool, failuresOnly);
    QFETCH(bool, fail);
    QFETCH(int, notifications);
    QFETCH(int, sounds);

    AppSettings settings(m_settings.get());
    settings.setTrayNotifications(tray);
    settings.setNotificationSound(sound);
    settings.setNotifyOn(failuresOnly ? AppSettings::NotifyOn::FailuresOnly : AppSettings::NotifyOn::All);
    JobNotifier *notifier = m_window->notifier();
    QVERIFY(notifier);
    QStringList shown;
    notifier->setPresenter([&shown](const QString &title, const QString &body, bool problem) {
        shown << title + u'|' + body + u'|' + (problem ? u"problem"_s : u"ok"_s);
    });
    notifier->setWindowActive([active] { return active; });
    if (fail)
        QVERIFY(m_workspace->demoServer()->setFaults(u"moderation:words=forbidden"_s));
    const QList<qint64> ids = generate(fail ? u"A forbidden door at dusk"_s : u"A lantern at dusk, close-up"_s);
    QCOMPARE(ids.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(isTerminal(m_workspace->engine()->job(ids.first())->state), 30000);
    QTRY_COMPARE(shown.size(), notifications);
    QCOMPARE(notifier->soundsPlayed(), sounds);
    if (notifications) {
        QVERIFY2(shown.first().contains(fail ? u"needs you"_s : u"Take ready"_s), qPrintable(shown.first()));
        QVERIFY(shown.first().contains(u"at dusk"_s));
        QVERIFY(shown.first().endsWith(fail ? u"problem"_s : u"ok"_s));
    }
}

void TestMainWindow::shortcutListNamesTheActions()
{
    QStringList rows;
    QTimer::singleShot(0, this, [&rows] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *tree = dialog->findChild<QTreeWidget *>(u"shortcutList"_s);
        for (int i = 0; tree && i < tree->topLevelItemCount(); ++i)
            rows << tree->topLevelItem(i)->text(0) + u'=' + tree->topLevelItem(i)->text(1);
        dialog->reject();
    });
    m_window->menuAction(u"shortcuts"_s)->trigger();
    QVERIFY2(rows.size() >= 8, qPrintable(rows.join(u", "_s)));
    QVERIFY(rows.contains(u"Search Prompts="_s + QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    QVERIFY(rows.contains(u"Generate="_s + QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    QVERIFY(rows.contains(u"Play or pause=Space"_s));
}

void TestMainWindow::settingsOpenOnceOnTheProfile()
{
    QAction *settings = m_window->menuAction(u"settings"_s);
    QVERIFY(settings);
    QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->trigger();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal()); // the studio keeps working while settings are open
    dialog->showPage(SettingsDialog::Page::Budget);
    // A refused key's banner opens the same dialog on the profile.
    QCOMPARE(m_window->openSettings(u"demo"_s), dialog);
    QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Providers);
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>()); // closed dialogs go away
}

void TestMainWindow::missingThumbnailIsMadeFromTheVideo()
{
    const QList<qint64> ids = generate(u"A tram at night, wide static shot"_s);
    QCOMPARE(ids.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->engine()->job(ids.first())->state == JobState::Completed, 30000);
    const qint64 clipId = m_workspace->engine()->job(ids.first())->clipId;
    const ClipRecord clip = *m_workspace->library()->clip(clipId);
    // As if the provider had sent none: the file is gone.
    QVERIFY(QFile::remove(clip.thumbnailPath));
    m_window->libraryPanel()->view()->clearSelection();
    m_window->libraryPanel()->view()->setCurrentIndex({});
    QVERIFY(m_window->libraryPanel()->selectJob(ids.first()));
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->library()->clip(clipId)->thumbnailPath.endsWith(u".thumbnail.jpg"_s), 20000);
    const QImage made(m_workspace->library()->clip(clipId)->thumbnailPath);
    QVERIFY(!made.isNull());
    QCOMPARE(made.width(), 480);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
