// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QMediaPlayer>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "core/jobs/jobengine.h"
#include "core/models/studiomodel.h"
#include "session/workspace.h"
#include "widgets/composepanel.h"
#include "widgets/library/librarypanel.h"
#include "widgets/library/sourcejobdialog.h"
#include "widgets/mainwindow.h"
#include "widgets/preview/previewpanel.h"
#include "widgets/studiostartup.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

/// The studio end to end on the embedded demo provider: type, Ctrl+Enter, watch the job finish, play the clip.
class TestStudioWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generateAndPlay();
    void layoutIsRestored();

private:
    QTemporaryDir m_dir;
};

void TestStudioWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestStudioWindow::generateAndPlay()
{
    QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    settings.setValue(u"library/folder"_s, m_dir.filePath(u"library"_s));
    Workspace workspace(&settings);
    workspace.setDemoOptions(0.02, m_dir.filePath(u"demo"_s));
    StudioStartup startup(&workspace);
    QVERIFY(startup.openLibrary());
    QCOMPARE(workspace.libraryFolder(), m_dir.filePath(u"library"_s));
    bool ready = false;
    connect(&startup, &StudioStartup::ready, this, [&ready](const QStringList &problems) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        ready = true;
    });
    startup.startEngine();
    QTRY_VERIFY(ready);

    MainWindow window(&workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.composePanel()->currentProfile(), u"demo"_s);
    QCOMPARE(window.inFlightText(), u"No jobs running"_s);

    QPlainTextEdit *editor = window.composePanel()->promptEditor();
    editor->setFocus();
    QTest::keyClicks(editor, u"A lighthouse at night, slow dolly in"_s);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QListView *view = window.libraryPanel()->view();
    QTRY_COMPARE(view->model()->rowCount(), 1);
    // The new job is selected, and the preview shows its settings while it runs.
    QCOMPARE(view->currentIndex().row(), 0);
    QVERIFY(window.previewPanel()->detailsText().contains(u"A lighthouse at night"_s));

    const QModelIndex row = view->model()->index(0, 0);
    QTRY_COMPARE_WITH_TIMEOUT(row.data(StudioModel::StateRole).toString(), u"completed"_s, 30000);
    const QString video = row.data(StudioModel::VideoPathRole).toString();
    QVERIFY(QFile::exists(video));

    // The preview follows the row that became a clip; selecting it again keeps the same source.
    view->setCurrentIndex(row);
    QMediaPlayer *player = window.previewPanel()->player();
    QTRY_COMPARE(player->source(), QUrl::fromLocalFile(video));
    // Offscreen nothing is drawn, but the gstreamer backend loads and plays the file.
    QTRY_VERIFY_WITH_TIMEOUT(player->mediaStatus() == QMediaPlayer::LoadedMedia
            || player->mediaStatus() == QMediaPlayer::BufferedMedia || player->position() > 0,
        15000);
    QTRY_COMPARE_WITH_TIMEOUT(player->playbackState(), QMediaPlayer::PlayingState, 15000);
    // It really plays: the position advances.
    const qint64 start = player->position();
    QTRY_VERIFY_WITH_TIMEOUT(player->position() > start + 300, 15000);

    // Space in the list pauses and plays again.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(player->playbackState(), QMediaPlayer::PausedState);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(player->playbackState(), QMediaPlayer::PlayingState);
    QTRY_COMPARE(window.inFlightText(), u"No jobs running"_s);

    auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
    splitter->setSizes({ 300, 600, 400 });
    window.close();
    QVERIFY(settings.contains(u"window/splitter"_s));
}

void TestStudioWindow::layoutIsRestored()
{
    QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Workspace workspace(&settings);
    workspace.setDemoOptions(0.02, m_dir.filePath(u"demo"_s));
    StudioStartup startup(&workspace);
    QVERIFY(startup.openLibrary());
    bool ready = false;
    connect(&startup, &StudioStartup::ready, this, [&ready]() { ready = true; });
    startup.startEngine();
    QTRY_VERIFY(ready);
    MainWindow window(&workspace);
    auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
    QCOMPARE(splitter->saveState(), settings.value(u"window/splitter"_s).toByteArray());
    // The clip of the first run is in the library; a search finds it by its prompt, with its settings.
    QListView *view = window.libraryPanel()->view();
    QCOMPARE(view->model()->rowCount(), 1);
    QLineEdit *search = window.libraryPanel()->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, u"zebra"_s);
    QTRY_COMPARE(view->model()->rowCount(), 0);
    search->clear();
    QTest::keyClicks(search, u"lighthouse"_s);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QModelIndex row = view->model()->index(0, 0);
    QCOMPARE(row.data(StudioModel::StateRole).toString(), u"completed"_s);
    QCOMPARE(row.data(StudioModel::PromptRole).toString(), u"A lighthouse at night, slow dolly in"_s);
    QVERIFY(!row.data(StudioModel::ModelRole).toString().isEmpty());
    QVERIFY(!row.data(StudioModel::SizeRole).toString().isEmpty());
    view->setCurrentIndex(row);
    const QString details = window.previewPanel()->detailsText();
    QVERIFY2(
        details.contains(u"A lighthouse at night"_s) && details.contains(row.data(StudioModel::SizeRole).toString()),
        qPrintable(details));
}

QTEST_MAIN(TestStudioWindow)
#include "tst_studiowindow.moc"
