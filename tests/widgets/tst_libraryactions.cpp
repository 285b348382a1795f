// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/models/studiofilterproxy.h"
#include "core/models/studiomodel.h"
#include "demoworkspace.h"
#include "session/workspace.h"
#include "widgets/characterpicker.h"
#include "widgets/composepanel.h"
#include "widgets/library/librarypanel.h"
#include "widgets/mainwindow.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

using Action = LibraryPanel::Action;

/// The centre list's context menu on the embedded demo provider: two clips, a waiting job and a cancelled one.
class TestLibraryActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void enabledState_data();
    void enabledState();
    void everyActionIsNamed();
    void copyPrompt();
    void favouriteToggles();
    void reuseSettingsFillsCompose();
    void cancelEndsARunningJob();
    void retryQueuesAgain();
    void characterFromTheSelectedClip();
    void deleteLocallyRemovesRowAndFile();

private:
    qint64 submit(const QString &prompt);
    void select(const QList<qint64> &jobIds);
    [[nodiscard]] QModelIndex rowOf(qint64 jobId) const;
    [[nodiscard]] QAction *action(Action which) const { return m_window->libraryPanel()->action(which); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_first = 0; ///< jobs that became clips
    qint64 m_second = 0;
    qint64 m_waiting = 0; ///< queued while the engine is paused
    qint64 m_cancelled = 0;
};

qint64 TestLibraryActions::submit(const QString &prompt)
{
    ComposePanel *compose = m_window->composePanel();
    QSignalSpy submitted(compose, &ComposePanel::submitted);
    compose->promptEditor()->setPlainText(prompt);
    compose->generate();
    if (submitted.count() != 1)
        return 0;
    return submitted.at(0).at(0).value<QList<qint64>>().value(0);
}

QModelIndex TestLibraryActions::rowOf(qint64 jobId) const
{
    LibraryPanel *panel = m_window->libraryPanel();
    return panel->proxy()->index(
        panel->proxy()->mapFromSource(panel->model()->index(panel->model()->rowForJob(jobId))).row(), 0);
}

void TestLibraryActions::select(const QList<qint64> &jobIds)
{
    QListView *view = m_window->libraryPanel()->view();
    view->selectionModel()->clearSelection();
    for (const qint64 id : jobIds) {
        const QModelIndex index = rowOf(id);
        QVERIFY(index.isValid());
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::Select);
    }
}

void TestLibraryActions::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString problem = Test::openDemoWorkspace(*m_dir, m_settings, m_workspace);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    JobEngine *engine = m_workspace->engine();
    m_first = submit(u"A lighthouse at night, slow dolly in"_s);
    m_second = submit(u"A red kite over green hills"_s);
    QVERIFY(m_first > 0 && m_second > 0);
    QTRY_VERIFY_WITH_TIMEOUT(engine->activeJobs().isEmpty(), 30000);
    QTRY_COMPARE(rowOf(m_first).data(StudioModel::StateRole).toString(), u"completed"_s);
    QTRY_COMPARE(rowOf(m_second).data(StudioModel::StateRole).toString(), u"completed"_s);
    QVERIFY(rowOf(m_first).data(StudioModel::ClipIdRole).isValid());

    // Paused, the next jobs wait in the local queue: one stays there, one is cancelled.
    engine->pause();
    m_waiting = submit(u"Rain on a tin roof, close up"_s);
    m_cancelled = submit(u"A paper boat in a gutter"_s);
    QVERIFY(m_waiting > 0 && m_cancelled > 0);
    QVERIFY(engine->cancel(m_cancelled));
    QTRY_COMPARE(rowOf(m_cancelled).data(StudioModel::StateRole).toString(), u"cancelled"_s);
    QCOMPARE(rowOf(m_waiting).data(StudioModel::StateRole).toString(), u"waiting"_s);
}

void TestLibraryActions::cleanupTestCase()
{
    m_window.reset();
    m_workspace.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestLibraryActions::enabledState_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QList<bool>>("enabled"); // open, reveal, copy, reuse, retry, cancel, favourite, delete

    QTest::newRow("clip") << QStringList { u"first"_s }
                          << QList<bool> { true, true, true, true, false, false, true, true };
    QTest::newRow("two clips") << QStringList { u"first"_s, u"second"_s }
                               << QList<bool> { true, true, true, false, false, false, true, true };
    QTest::newRow("running job") << QStringList { u"waiting"_s }
                                 << QList<bool> { false, false, true, true, false, true, false, false };
    QTest::newRow("cancelled job") << QStringList { u"cancelled"_s }
                                   << QList<bool> { false, false, true, true, true, false, false, false };
    QTest::newRow("clip and running job")
        << QStringList { u"first"_s, u"waiting"_s } << QList<bool> { true, true, true, false, false, true, true, true };
    QTest::newRow("nothing") << QStringList {}
                             << QList<bool> { false, false, false, false, false, false, false, false };
}

void TestLibraryActions::enabledState()
{
    QFETCH(QStringList, rows);
    QFETCH(QList<bool>, enabled);
    const QHash<QString, qint64> ids { { u"first"_s, m_first }, { u"second"_s, m_second }, { u"waiting"_s, m_waiting },
        { u"cancelled"_s, m_cancelled } };
    QList<qint64> jobIds;
    for (const QString &row : std::as_const(rows))
        jobIds.append(ids.value(row));
    select(jobIds);
    const QList<Action> actions { Action::Open, Action::Reveal, Action::CopyPrompt, Action::ReuseSettings,
        Action::Retry, Action::Cancel, Action::Favourite, Action::Delete };
    for (int i = 0; i < actions.size(); ++i)
        QVERIFY2(action(actions.at(i))->isEnabled() == enabled.at(i), qPrintable(action(actions.at(i))->text()));
}

void TestLibraryActions::everyActionIsNamed()
{
    QMenu *menu = m_window->libraryPanel()->contextMenu();
    QVERIFY(menu);
    for (const Action which : { Action::Open, Action::Reveal, Action::CopyPrompt, Action::ReuseSettings, Action::Retry,
             Action::Cancel, Action::Favourite, Action::Delete, Action::SaveAs, Action::Remix, Action::Edit,
             Action::Extend, Action::RenderFinal, Action::Tags, Action::DeleteOnServer }) {
        QVERIFY(!action(which)->toolTip().isEmpty());
        QVERIFY(!action(which)->toolTip().contains(u'&'));
        QVERIFY(menu->actions().contains(action(which)));
    }
    QCOMPARE(action(Action::Delete)->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(action(Action::CopyPrompt)->shortcut(), QKeySequence(QKeySequence::Copy));
    QCOMPARE(action(Action::Favourite)->shortcut(), QKeySequence(Qt::Key_F));

    // Shift+F10 opens the menu from the keyboard.
    select({ m_first });
    QListView *view = m_window->libraryPanel()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(menu->isVisible());
    menu->close();
    QTRY_VERIFY(!menu->isVisible());
}

void TestLibraryActions::copyPrompt()
{
    QGuiApplication::clipboard()->clear();
    select({ m_first });
    QListView *view = m_window->libraryPanel()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"A lighthouse at night, slow dolly in"_s);

    select({ m_waiting });
    action(Action::CopyPrompt)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"Rain on a tin roof, close up"_s);
}

void TestLibraryActions::favouriteToggles()
{
    select({ m_first });
    const qint64 clipId = rowOf(m_first).data(StudioModel::ClipIdRole).toLongLong();
    QVERIFY(!rowOf(m_first).data(StudioModel::FavouriteRole).toBool());
    QVERIFY(!action(Action::Favourite)->isChecked());
    action(Action::Favourite)->trigger();
    QVERIFY(m_workspace->library()->clip(clipId)->favourite);
    QTRY_VERIFY(rowOf(m_first).data(StudioModel::FavouriteRole).toBool());
    QVERIFY(action(Action::Favourite)->isChecked());

    // F from the list toggles it back.
    QListView *view = m_window->libraryPanel()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F);
    QVERIFY(!m_workspace->library()->clip(clipId)->favourite);
    QTRY_VERIFY(!rowOf(m_first).data(StudioModel::FavouriteRole).toBool());
    QVERIFY(!action(Action::Favourite)->isChecked());
}

void TestLibraryActions::reuseSettingsFillsCompose()
{
    ComposePanel *compose = m_window->composePanel();
    auto *size = compose->findChild<QComboBox *>(u"size"_s);
    auto *seconds = compose->findChild<QComboBox *>(u"seconds"_s);
    auto *model = compose->findChild<QComboBox *>(u"model"_s);
    compose->promptEditor()->setPlainText(u"Something else"_s);
    size->setCurrentText(u"640x480"_s);
    seconds->setCurrentText(u"99"_s);

    select({ m_second });
    const QModelIndex row = rowOf(m_second);
    action(Action::ReuseSettings)->trigger();
    QCOMPARE(compose->promptEditor()->toPlainText(), u"A red kite over green hills"_s);
    QCOMPARE(model->currentText(), row.data(StudioModel::ModelRole).toString());
    QCOMPARE(size->currentText(), row.data(StudioModel::SizeRole).toString());
    QCOMPARE(seconds->currentText(), row.data(StudioModel::SecondsRole).toString());
    QVERIFY(!size->currentText().isEmpty());
}

void TestLibraryActions::cancelEndsARunningJob()
{
    select({ m_waiting });
    QVERIFY(action(Action::Cancel)->isEnabled());
    action(Action::Cancel)->trigger();
    QVERIFY(m_workspace->engine()->job(m_waiting)->state == JobState::Cancelled);
    QTRY_COMPARE(rowOf(m_waiting).data(StudioModel::StateRole).toString(), u"cancelled"_s);
    QTRY_VERIFY(!action(Action::Cancel)->isEnabled());
    QVERIFY(action(Action::Retry)->isEnabled());
}

void TestLibraryActions::retryQueuesAgain()
{
    JobEngine *engine = m_workspace->engine();
    QSignalSpy added(engine, &JobEngine::jobAdded);
    select({ m_cancelled });
    action(Action::Retry)->trigger();
    QCOMPARE(added.count(), 1);
    const qint64 retried = added.at(0).at(0).toLongLong();
    QVERIFY(retried != m_cancelled);
    QCOMPARE(engine->job(retried)->request.prompt, u"A paper boat in a gutter"_s);
    QVERIFY(engine->cancel(retried));
}

void TestLibraryActions::characterFromTheSelectedClip()
{
    CharacterPicker *picker = m_window->composePanel()->characterPicker();
    const auto fromClip = [picker]() -> QAction * {
        Q_EMIT picker->menu()->aboutToShow();
        for (QAction *a : picker->menu()->actions()) {
            if (a->objectName() == u"addCharacterFromClip"_s)
                return a;
        }
        return nullptr;
    };
    // Only with a clip current in the list.
    select({ m_waiting });
    QVERIFY(fromClip() && !fromClip()->isEnabled());
    select({ m_first });
    QVERIFY(fromClip()->isEnabled());
    const QModelIndex row = rowOf(m_first);
    const QString video = row.data(StudioModel::VideoPathRole).toString();
    const qint64 clipId = row.data(StudioModel::ClipIdRole).toLongLong();
    QString asked;
    picker->setAsker(
        [&](const QString &path, const QString &, std::function<void(const CharacterPicker::Upload &)> done) {
            asked = path;
            done({ u"Keeper"_s, path });
        });
    fromClip()->trigger();
    QCOMPARE(asked, video);
    QTRY_VERIFY_WITH_TIMEOUT(!picker->isBusy(), 10000);
    QVERIFY2(!picker->statusIsProblem(), qPrintable(picker->statusText()));
    const QList<CharacterRecord> all = m_workspace->library()->characters(u"demo"_s);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst().name, u"Keeper"_s);
    QCOMPARE(all.constFirst().sourceClipId, clipId);
    QCOMPARE(picker->chosenIds(), QStringList { all.constFirst().characterId });
}

void TestLibraryActions::deleteLocallyRemovesRowAndFile()
{
    LibraryPanel *panel = m_window->libraryPanel();
    QList<int> asked;
    panel->setDeleteConfirmation([&asked](int count) {
        asked.append(count);
        return asked.size() > 1; // the first time, the user says no
    });
    const QModelIndex row = rowOf(m_first);
    const qint64 clipId = row.data(StudioModel::ClipIdRole).toLongLong();
    const QString video = row.data(StudioModel::VideoPathRole).toString();
    QVERIFY(QFile::exists(video));
    const int rows = panel->proxy()->rowCount();

    select({ m_first });
    action(Action::Delete)->trigger();
    QCOMPARE(asked, QList<int> { 1 });
    QVERIFY(QFile::exists(video));
    QCOMPARE(panel->proxy()->rowCount(), rows);

    QListView *view = panel->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(asked, (QList<int> { 1, 1 }));
    QVERIFY(!QFile::exists(video));
    QVERIFY(!m_workspace->library()->clip(clipId));
    QTRY_COMPARE(panel->proxy()->rowCount(), rows - 1);
    QCOMPARE(panel->model()->rowForClip(clipId), -1);
    QVERIFY(rowOf(m_second).isValid());
}

QTEST_MAIN(TestLibraryActions)
#include "tst_libraryactions.moc"
