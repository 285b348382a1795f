// SPDX-License-Identifier: GPL-3.0-or-later
// The studio's centre panel on the embedded demo provider, built from the workspace: list and grid, empty states,
// project and date filters and their saved state, Save As, Remix, Edit, Extend, Render final, tags, Delete on Server,
// and the
// data a clip carries when it is dragged out.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/models/previewsource.h"
#include "core/models/studiofilterproxy.h"
#include "core/models/studiomodel.h"
#include "core/storage/database.h"
#include "demoworkspace.h"
#include "mockserver/mockserver.h"
#include "session/workspace.h"
#include "widgets/library/librarypanel.h"
#include "widgets/library/sourcejobdialog.h"
#include "widgets/library/studiodelegate.h"
#include "widgets/library/studioview.h"
#include "widgets/library/tagsdialog.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

using Action = LibraryPanel::Action;

namespace
{
constexpr int kTimeout = 30000;

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestLibraryPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstStartSaysWhatToDo();
    void layoutUsesTheWidth();
    void gridToggle();
    void emptyStatesSayWhy();
    void actionsApply_data();
    void actionsApply();
    void projectAndDateFilters();
    void stateRoundTrip();
    void saveAsCopiesAndAsksBeforeReplacing();
    void remixSubmitsWithRemixOfAndLinksTheChild();
    void renderFinalShowsTheCostThenSubmits();
    void editAndExtendReachTheDemoServer();
    void extendShowsTheLengthAndTheCostFirst();
    void extendChoicesStopAt120Seconds();
    void refusalKeepsTheDialogOpen();
    void tagsRoundTrip();
    void dragCarriesTheFiles();
    void deleteOnServerKeepsTheLocalFile();
    void scrollingReadsTheNextPageAndSearchKeepsTheSelection();
    void thumbnailsAreReadOffTheGuiThread();

private:
    qint64 submit(const QString &prompt, const QString &model = u"sora-2"_s);
    void select(const QList<qint64> &jobIds);
    [[nodiscard]] QModelIndex rowOf(qint64 jobId) const;
    [[nodiscard]] QAction *action(Action which) const { return m_panel->action(which); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<LibraryPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_first = 0; ///< jobs that became clips
    qint64 m_second = 0;
    qint64 m_waiting = 0; ///< queued while the engine is paused
    qint64 m_edited = 0; ///< the job that edited the first clip
};

qint64 TestLibraryPanel::submit(const QString &prompt, const QString &model)
{
    JobEngine::SubmitRequest request;
    request.profile = u"demo"_s;
    request.request.prompt = prompt;
    request.request.model = model;
    request.request.size = u"1280x720"_s;
    request.request.seconds = u"4"_s;
    const JobEngine::SubmitResult result = m_workspace->engine()->submit(request);
    return result.ok() ? result.jobIds.constFirst() : 0;
}

QModelIndex TestLibraryPanel::rowOf(qint64 jobId) const
{
    const int row = m_panel->model()->rowForJob(jobId);
    return row < 0 ? QModelIndex() : m_panel->proxy()->mapFromSource(m_panel->model()->index(row));
}

void TestLibraryPanel::select(const QList<qint64> &jobIds)
{
    QListView *view = m_panel->view();
    view->selectionModel()->clearSelection();
    for (const qint64 id : jobIds) {
        const QModelIndex index = rowOf(id);
        QVERIFY(index.isValid());
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::Select);
    }
}

void TestLibraryPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString problem = Test::openDemoWorkspace(*m_dir, m_settings, m_workspace);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_panel = std::make_unique<LibraryPanel>(m_workspace.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(900, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestLibraryPanel::cleanupTestCase()
{
    m_tester.reset();
    m_panel.reset();
    m_workspace.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestLibraryPanel::firstStartSaysWhatToDo()
{
    QCOMPARE(m_panel->proxy()->rowCount(), 0);
    QCOMPARE(m_panel->studioView()->emptyText(), u"No takes yet. Write a prompt on the left and press Ctrl+Enter."_s);
    // The hint is painted: the empty viewport is not one flat colour.
    const QImage image = m_panel->view()->viewport()->grab().toImage();
    const QRgb background = image.pixel(2, 2);
    bool painted = false;
    for (int y = image.height() / 3; y < image.height() * 2 / 3 && !painted; ++y) {
        for (int x = 0; x < image.width() && !painted; ++x)
            painted = image.pixel(x, y) != background;
    }
    QVERIFY(painted);

    // Two takes become clips; a third waits in the paused queue.
    JobEngine *engine = m_workspace->engine();
    m_first = submit(u"A lighthouse at night, slow dolly in"_s);
    m_second = submit(u"A red kite over green hills"_s);
    QVERIFY(m_first > 0 && m_second > 0);
    QTRY_VERIFY_WITH_TIMEOUT(engine->activeJobs().isEmpty(), kTimeout);
    QTRY_COMPARE(rowOf(m_first).data(StudioModel::StateRole).toString(), u"completed"_s);
    QTRY_COMPARE(rowOf(m_second).data(StudioModel::StateRole).toString(), u"completed"_s);
    engine->pause();
    m_waiting = submit(u"Rain on a tin roof, close up"_s);
    QVERIFY(m_waiting > 0);
    QTRY_VERIFY(rowOf(m_waiting).isValid());
    QVERIFY(m_panel->studioView()->emptyText().isEmpty());
}

void TestLibraryPanel::layoutUsesTheWidth()
{
    const QString prompt = u"A slow aerial shot over a foggy harbour at dawn: fishing boats leave one by one, gulls "
                           "circle the masts, warm light breaks through the clouds and catches the wet decks, while "
                           "the camera drifts towards the lighthouse at the end of the pier"_s;
    const QFont font = m_panel->view()->font();
    const int wide = QFontMetrics(font).horizontalAdvance(prompt) / 3;
    const QStringList lines = StudioDelegate::layoutLines(prompt, font, wide, 2);
    QCOMPARE(lines.size(), 2);
    // Far more than the model's 80-character excerpt fits in two wide lines, and the cut is marked.
    QVERIFY(lines.join(u' ').size() > 100);
    QVERIFY(lines.constLast().endsWith(u'…'));
    for (const QString &line : lines)
        QVERIFY(QFontMetrics(font).horizontalAdvance(line) <= wide);
    // What fits on one line is not cut at all.
    QCOMPARE(StudioDelegate::layoutLines(u"A short prompt"_s, font, wide, 2), QStringList { u"A short prompt"_s });
}

void TestLibraryPanel::gridToggle()
{
    QSignalSpy changed(m_panel.get(), &LibraryPanel::viewModeChanged);
    QListView *view = m_panel->view();
    QCOMPARE(m_panel->viewMode(), LibraryPanel::ViewMode::List);
    QCOMPARE(view->viewMode(), QListView::ListMode);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_panel->viewMode(), LibraryPanel::ViewMode::Grid);
    QCOMPARE(view->viewMode(), QListView::IconMode);
    QVERIFY(view->gridSize().isValid());
    QVERIFY(view->isWrapping());
    QCOMPARE(view->movement(), QListView::Static);
    QVERIFY(m_panel->viewModeAction(LibraryPanel::ViewMode::Grid)->isChecked());
    QVERIFY(!m_panel->viewModeAction(LibraryPanel::ViewMode::List)->isChecked());
    QCOMPARE(changed.size(), 1);
    // Tiles sit side by side: the two clips share a row of the grid.
    const QRect a = view->visualRect(rowOf(m_first));
    const QRect b = view->visualRect(rowOf(m_second));
    QCOMPARE(a.top(), b.top());
    QVERIFY(a.left() != b.left());
    QVERIFY(!view->viewport()->grab().isNull());
    // The columns share the width: less than one cell is left over at the right, at any width.
    for (const int width : { 700, 523, 900 }) {
        m_panel->resize(width, m_panel->height());
        QTRY_VERIFY(view->viewport()->width()
                - (view->viewport()->width() / view->gridSize().width()) * view->gridSize().width()
            < view->gridSize().width() / 2);
    }

    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_panel->viewMode(), LibraryPanel::ViewMode::List);
    QCOMPARE(view->viewMode(), QListView::ListMode);
    QVERIFY(view->visualRect(rowOf(m_first)).top() != view->visualRect(rowOf(m_second)).top());
    // The buttons do the same.
    m_panel->findChild<QToolButton *>(u"gridModeButton"_s)->click();
    QCOMPARE(m_panel->viewMode(), LibraryPanel::ViewMode::Grid);
    m_panel->setViewMode(LibraryPanel::ViewMode::List);
    QCOMPARE(changed.size(), 4);
}

void TestLibraryPanel::emptyStatesSayWhy()
{
    StudioView *view = m_panel->studioView();
    m_panel->searchEdit()->setText(u"xyzzy"_s);
    QCOMPARE(m_panel->proxy()->rowCount(), 0);
    QCOMPARE(view->emptyText(), u"No takes match 'xyzzy' — clear the search (Esc)"_s);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(m_panel->searchEdit()->text().isEmpty());
    QVERIFY(m_panel->proxy()->rowCount() > 0);
    QVERIFY(view->emptyText().isEmpty());

    QComboBox *filter = m_panel->filterCombo();
    filter->setCurrentIndex(filter->findText(u"Failed"_s));
    QCOMPARE(m_panel->proxy()->rowCount(), 0);
    QCOMPARE(view->emptyText(), u"No failed takes"_s);
    filter->setCurrentIndex(filter->findText(u"Favourites"_s));
    QVERIFY(view->emptyText().startsWith(u"No favourite takes"_s));
    filter->setCurrentIndex(0);
    QVERIFY(view->emptyText().isEmpty());
}

void TestLibraryPanel::actionsApply_data()
{
    QTest::addColumn<QStringList>("rows");
    // save as, remix, edit, extend, render final, tags, delete on server
    QTest::addColumn<QList<bool>>("enabled");

    QTest::newRow("clip") << QStringList { u"first"_s } << QList<bool> { true, true, true, true, true, true, true };
    QTest::newRow("two clips") << QStringList { u"first"_s, u"second"_s }
                               << QList<bool> { false, false, false, false, true, true, true };
    QTest::newRow("waiting job") << QStringList { u"waiting"_s }
                                 << QList<bool> { false, false, false, false, false, false, false };
    QTest::newRow("nothing") << QStringList {} << QList<bool> { false, false, false, false, false, false, false };
}

void TestLibraryPanel::actionsApply()
{
    QFETCH(QStringList, rows);
    QFETCH(QList<bool>, enabled);
    const QHash<QString, qint64> ids { { u"first"_s, m_first }, { u"second"_s, m_second },
        { u"waiting"_s, m_waiting } };
    QList<qint64> jobIds;
    for (const QString &row : std::as_const(rows))
        jobIds.append(ids.value(row));
    select(jobIds);
    const QList<Action> actions { Action::SaveAs, Action::Remix, Action::Edit, Action::Extend, Action::RenderFinal,
        Action::Tags, Action::DeleteOnServer };
    for (int i = 0; i < actions.size(); ++i) {
        QVERIFY2(action(actions.at(i))->isEnabled() == enabled.at(i), qPrintable(action(actions.at(i))->text()));
        QVERIFY(!action(actions.at(i))->toolTip().contains(u'&'));
        QVERIFY(m_panel->contextMenu()->actions().contains(action(actions.at(i))));
    }
}

void TestLibraryPanel::projectAndDateFilters()
{
    QComboBox *projects = m_panel->projectCombo();
    QCOMPARE(projects->itemText(0), u"All projects"_s);
    const qint64 clipId = rowOf(m_second).data(StudioModel::ClipIdRole).toLongLong();
    QVERIFY(m_workspace->library()->setProject(clipId, u"Harbour"_s));
    QTRY_VERIFY(projects->findText(u"Harbour"_s) > 0);
    projects->setCurrentIndex(projects->findText(u"Harbour"_s));
    QCOMPARE(m_panel->proxy()->project(), u"Harbour"_s);
    QTRY_COMPARE(m_panel->proxy()->rowCount(), 1);
    QCOMPARE(m_panel->proxy()->index(0, 0).data(StudioModel::ClipIdRole).toLongLong(), clipId);
    projects->setCurrentIndex(0);
    QVERIFY(m_panel->proxy()->project().isEmpty());

    QComboBox *dates = m_panel->dateCombo();
    QCOMPARE(dates->count(), 5);
    const int all = m_panel->proxy()->rowCount();
    dates->setCurrentIndex(dates->findText(u"Last 7 days"_s));
    QCOMPARE(m_panel->proxy()->datePreset(), StudioFilterProxy::DatePreset::Last7Days);
    QCOMPARE(m_panel->proxy()->rowCount(), all); // everything here was made minutes ago
    QVERIFY(m_panel->proxy()->from() <= QDateTime::currentDateTime().addDays(-6));
    dates->setCurrentIndex(0);
    QVERIFY(!m_panel->proxy()->from().isValid());

    // A custom range of days, both included, from its dialog.
    const int custom = dates->count() - 1;
    dates->setCurrentIndex(custom);
    Q_EMIT dates->activated(custom);
    QDialog *dialog = m_panel->dateRangeDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QDate today = QDate::currentDate();
    dialog->findChild<QDateEdit *>(u"rangeFirst"_s)->setDate(today.addDays(-3));
    dialog->findChild<QDateEdit *>(u"rangeLast"_s)->setDate(today.addDays(-1));
    dialog->accept();
    QCOMPARE(m_panel->proxy()->datePreset(), StudioFilterProxy::DatePreset::Custom);
    QCOMPARE(m_panel->proxy()->from(), today.addDays(-3).startOfDay());
    QCOMPARE(m_panel->proxy()->to(), today.startOfDay());
    QCOMPARE(m_panel->proxy()->rowCount(), 0); // everything here was made today
    QCOMPARE(dates->currentIndex(), custom);
    QVERIFY(dates->currentText().contains(u'–'));

    // Cancelling the dialog changes nothing; from another entry it goes back to that entry.
    Q_EMIT dates->activated(custom);
    QTRY_VERIFY(m_panel->dateRangeDialog());
    m_panel->dateRangeDialog()->reject();
    QCOMPARE(m_panel->proxy()->from(), today.addDays(-3).startOfDay());
    dates->setCurrentIndex(0);
    dates->setCurrentIndex(custom);
    Q_EMIT dates->activated(custom);
    QTRY_VERIFY(m_panel->dateRangeDialog());
    m_panel->dateRangeDialog()->reject();
    QCOMPARE(dates->currentIndex(), 0);
    QVERIFY(!m_panel->proxy()->from().isValid());

    // The same without a dialog, the days in either order.
    m_panel->setCustomDateRange(today, today.addDays(-1));
    QCOMPARE(m_panel->proxy()->from(), today.addDays(-1).startOfDay());
    QCOMPARE(m_panel->proxy()->to(), today.addDays(1).startOfDay());
    QCOMPARE(m_panel->proxy()->rowCount(), all);
    dates->setCurrentIndex(0);
}

void TestLibraryPanel::stateRoundTrip()
{
    m_panel->setViewMode(LibraryPanel::ViewMode::Grid);
    m_panel->filterCombo()->setCurrentIndex(m_panel->filterCombo()->findText(u"Done"_s));
    m_panel->projectCombo()->setCurrentIndex(m_panel->projectCombo()->findText(u"Harbour"_s));
    m_panel->dateCombo()->setCurrentIndex(m_panel->dateCombo()->findText(u"Last 30 days"_s));
    const QByteArray state = m_panel->saveState();

    m_panel->setViewMode(LibraryPanel::ViewMode::List);
    m_panel->filterCombo()->setCurrentIndex(0);
    m_panel->projectCombo()->setCurrentIndex(0);
    m_panel->dateCombo()->setCurrentIndex(0);
    QVERIFY(!m_panel->restoreState(QByteArrayLiteral("garbage")));
    QCOMPARE(m_panel->viewMode(), LibraryPanel::ViewMode::List);

    QVERIFY(m_panel->restoreState(state));
    QCOMPARE(m_panel->viewMode(), LibraryPanel::ViewMode::Grid);
    QCOMPARE(m_panel->proxy()->group(), StudioFilterProxy::Group::Done);
    QCOMPARE(m_panel->proxy()->project(), u"Harbour"_s);
    QCOMPARE(m_panel->proxy()->datePreset(), StudioFilterProxy::DatePreset::Last30Days);

    // A custom range comes back with its days.
    const QDate today = QDate::currentDate();
    m_panel->setCustomDateRange(today.addDays(-10), today.addDays(-2));
    const QByteArray custom = m_panel->saveState();
    m_panel->dateCombo()->setCurrentIndex(0);
    QVERIFY(!m_panel->proxy()->from().isValid());
    QVERIFY(m_panel->restoreState(custom));
    QCOMPARE(m_panel->proxy()->datePreset(), StudioFilterProxy::DatePreset::Custom);
    QCOMPARE(m_panel->proxy()->from(), today.addDays(-10).startOfDay());
    QCOMPARE(m_panel->proxy()->to(), today.addDays(-1).startOfDay());

    // Back to everything, in a list, for the tests that follow.
    m_panel->setViewMode(LibraryPanel::ViewMode::List);
    m_panel->filterCombo()->setCurrentIndex(0);
    m_panel->projectCombo()->setCurrentIndex(0);
    m_panel->dateCombo()->setCurrentIndex(0);
}

void TestLibraryPanel::saveAsCopiesAndAsksBeforeReplacing()
{
    const QString source = rowOf(m_first).data(StudioModel::VideoPathRole).toString();
    const QString target = m_dir->filePath(u"exports/lighthouse.mp4"_s);
    QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
    QString suggested;
    m_panel->setFileChooser([&](const QString &path) {
        suggested = path;
        return target;
    });
    QList<Action> asked;
    bool replace = false;
    m_panel->setConfirmation([&](Action which, const QString &) {
        asked << which;
        return replace;
    });

    select({ m_first });
    action(Action::SaveAs)->trigger();
    QCOMPARE(QFileInfo(suggested).fileName(), QFileInfo(source).fileName());
    QVERIFY(QFile::exists(target));
    QCOMPARE(digest(target), digest(source));
    QVERIFY(asked.isEmpty());
    QVERIFY(m_panel->message().contains(u"lighthouse.mp4"_s));
    QVERIFY(!QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files).join(u' ').contains(u".tmp"_s));

    // An existing file is not replaced without asking, and is kept when the answer is no.
    {
        QFile other(target);
        QVERIFY(other.open(QIODevice::WriteOnly | QIODevice::Truncate));
        other.write("someone else's file");
    }
    action(Action::SaveAs)->trigger();
    QCOMPARE(asked, QList<Action> { Action::SaveAs });
    QFile kept(target);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("someone else's file"));
    kept.close();
    QVERIFY(m_panel->message().startsWith(u"Nothing was saved"_s));

    replace = true;
    action(Action::SaveAs)->trigger();
    QCOMPARE(asked.size(), 2);
    QCOMPARE(digest(target), digest(source));

    // The clip itself is not a place to save a copy to.
    m_panel->setFileChooser([&](const QString &) { return source; });
    action(Action::SaveAs)->trigger();
    QVERIFY(m_panel->message().contains(u"the clip itself"_s));
    QCOMPARE(asked.size(), 2);
    m_panel->setFileChooser({});
    m_panel->setConfirmation({});
}

void TestLibraryPanel::remixSubmitsWithRemixOfAndLinksTheChild()
{
    JobEngine *engine = m_workspace->engine();
    // The waiting job stays a job without a file: it is cancelled before the queue runs again.
    QVERIFY(engine->cancel(m_waiting));
    engine->resume();
    const QString parentId = rowOf(m_first).data(StudioModel::RemoteIdRole).toString();
    QVERIFY(!parentId.isEmpty());
    // The provider keeps a video's assets for a while; remixing needs them.
    QVERIFY(rowOf(m_first).data(StudioModel::ExpiresAtRole).toDateTime() > QDateTime::currentDateTimeUtc());
    select({ m_first });
    QVERIFY(action(Action::Remix)->isEnabled());
    action(Action::Remix)->trigger();
    SourceJobDialog *dialog = m_panel->sourceJobDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(u"sourcePrompt"_s)->text(), u"A lighthouse at night, slow dolly in"_s);
    QVERIFY(dialog->costText().startsWith(u"Remix on sora-2: 4 s × 0.10 = 0.40 USD"_s));
    QVERIFY(!dialog->submitButton()->isEnabled()); // nothing written yet

    QSignalSpy added(engine, &JobEngine::jobAdded);
    dialog->promptEdit()->setPlainText(u"The same shot in heavy rain"_s);
    QVERIFY(dialog->submitButton()->isEnabled());
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    QCOMPARE(added.size(), 1);
    QTRY_VERIFY(!m_panel->sourceJobDialog());
    const qint64 childJob = added.at(0).at(0).toLongLong();
    const JobRecord job = *engine->job(childJob);
    QCOMPARE(toString(job.kind), u"remix"_s);
    QCOMPARE(job.sourceId, parentId);
    QCOMPARE(job.request.prompt, u"The same shot in heavy rain"_s);
    QCOMPARE(m_panel->currentIndex().data(StudioModel::JobIdRole).toLongLong(), childJob);

    // The child becomes a clip that names its parent.
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(childJob).data(StudioModel::StateRole).toString(), u"completed"_s, kTimeout);
    QCOMPARE(rowOf(childJob).data(StudioModel::ParentRemoteIdRole).toString(), parentId);
    const qint64 clipId = rowOf(childJob).data(StudioModel::ClipIdRole).toLongLong();
    QCOMPARE(m_workspace->library()->clip(clipId)->parentRemoteId, parentId);
    QCOMPARE(m_workspace->demoServer()->requestCount(u"POST /videos/{id}/remix"_s), 1);
    // A remix keeps only its change as the prompt: rendering that alone on the final model would be another take.
    select({ childJob });
    QVERIFY(action(Action::Remix)->isEnabled());
    QVERIFY(!action(Action::RenderFinal)->isEnabled());
}

void TestLibraryPanel::renderFinalShowsTheCostThenSubmits()
{
    JobEngine *engine = m_workspace->engine();
    const QString draftId = rowOf(m_second).data(StudioModel::RemoteIdRole).toString();
    QCOMPARE(engine->finalModelFor(u"demo"_s, u"sora-2"_s), u"sora-2-pro"_s);

    QStringList questions;
    bool yes = false;
    m_panel->setConfirmation([&](Action which, const QString &text) {
        if (which == Action::RenderFinal)
            questions << text;
        return yes;
    });
    QSignalSpy added(engine, &JobEngine::jobAdded);
    select({ m_second });
    QVERIFY(action(Action::RenderFinal)->isEnabled());
    action(Action::RenderFinal)->trigger();
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.constFirst().startsWith(u"Render on sora-2-pro: 4 s × 0.30 = 1.20 USD"_s),
        qPrintable(questions.constFirst()));
    QCOMPARE(added.size(), 0); // the answer was no

    yes = true;
    m_panel->renderFinal(rowOf(m_second));
    QCOMPARE(questions.size(), 2);
    QCOMPARE(added.size(), 1);
    const qint64 finalJob = added.at(0).at(0).toLongLong();
    const JobRecord job = *engine->job(finalJob);
    QCOMPARE(job.request.model, u"sora-2-pro"_s);
    QCOMPARE(job.request.prompt, u"A red kite over green hills"_s);
    QCOMPARE(job.request.size, u"1280x720"_s);
    QCOMPARE(job.request.seconds, u"4"_s);
    QCOMPARE(job.draftOf, draftId);
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(finalJob).data(StudioModel::StateRole).toString(), u"completed"_s, kTimeout);
    QCOMPARE(rowOf(finalJob).data(StudioModel::DraftRemoteIdRole).toString(), draftId);
    QCOMPARE(rowOf(finalJob).data(StudioModel::ModelRole).toString(), u"sora-2-pro"_s);

    // A final take has nothing more final to become.
    select({ finalJob });
    QVERIFY(!action(Action::RenderFinal)->isEnabled());
    m_panel->setConfirmation({});
}

void TestLibraryPanel::editAndExtendReachTheDemoServer()
{
    JobEngine *engine = m_workspace->engine();
    Mock::MockServer *server = m_workspace->demoServer();
    const QString parentId = rowOf(m_first).data(StudioModel::RemoteIdRole).toString();
    QCOMPARE(rowOf(m_first).data(StudioModel::SecondsRole).toString(), u"4"_s);

    // Edit: the change, and the cost before anything is sent.
    select({ m_first });
    QVERIFY(action(Action::Edit)->isEnabled());
    action(Action::Edit)->trigger();
    SourceJobDialog *dialog = m_panel->sourceJobDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), SourceJobDialog::Mode::Edit);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(u"sourcePrompt"_s)->text(), u"A lighthouse at night, slow dolly in"_s);
    QCOMPARE(dialog->costText(), u"Demo provider: nothing is billed."_s);
    QVERIFY(!dialog->secondsPicker());
    QVERIFY(!dialog->submitButton()->isEnabled());
    QCOMPARE(server->requestCount(u"POST /videos/edits"_s), 0);
    QSignalSpy added(engine, &JobEngine::jobAdded);
    dialog->promptEdit()->setPlainText(u"Make it dawn, with fog rolling in"_s);
    QVERIFY(dialog->submitButton()->isEnabled());
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    QCOMPARE(added.size(), 1);
    QTRY_VERIFY(!m_panel->sourceJobDialog());
    m_edited = added.at(0).at(0).toLongLong();
    QCOMPARE(m_panel->currentIndex().data(StudioModel::JobIdRole).toLongLong(), m_edited); // its row is selected
    JobRecord job = *engine->job(m_edited);
    QCOMPARE(toString(job.kind), u"edit"_s);
    QCOMPARE(job.sourceId, parentId);
    QCOMPARE(job.request.seconds, u"4"_s); // an edit is billed for the whole clip

    // Extend: eight seconds more.
    select({ m_first });
    QVERIFY(action(Action::Extend)->isEnabled());
    action(Action::Extend)->trigger();
    dialog = m_panel->sourceJobDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), SourceJobDialog::Mode::Extend);
    QComboBox *seconds = dialog->secondsPicker();
    QVERIFY(seconds);
    QCOMPARE(seconds->count(), 5);
    seconds->setCurrentIndex(seconds->findData(u"8"_s));
    QCOMPARE(dialog->seconds(), u"8"_s);
    QCOMPARE(dialog->lengthText(), u"4 s \u2192 12 s, extension 1 of 6"_s);
    dialog->promptEdit()->setPlainText(u"The beam sweeps over a passing ship"_s);
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    QCOMPARE(added.size(), 2);
    QTRY_VERIFY(!m_panel->sourceJobDialog());
    const qint64 extended = added.at(1).at(0).toLongLong();
    QCOMPARE(m_panel->currentIndex().data(StudioModel::JobIdRole).toLongLong(), extended);
    job = *engine->job(extended);
    QCOMPARE(toString(job.kind), u"extend"_s);
    QCOMPARE(job.sourceId, parentId);
    QCOMPARE(job.request.seconds, u"8"_s);

    // Both become clips that name their source and how they were made; the extension is the whole, longer clip.
    for (const auto &[jobId, origin, length] :
        { std::tuple { m_edited, u"edit"_s, u"4"_s }, std::tuple { extended, u"extend"_s, u"12"_s } }) {
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(jobId).data(StudioModel::StateRole).toString(), u"completed"_s, kTimeout);
        const qint64 clipId = rowOf(jobId).data(StudioModel::ClipIdRole).toLongLong();
        const std::optional<ClipRecord> clip = m_workspace->library()->clip(clipId);
        QVERIFY(clip);
        QCOMPARE(clip->origin, origin);
        QCOMPARE(clip->parentRemoteId, parentId);
        QCOMPARE(clip->seconds, length);
        QCOMPARE(rowOf(jobId).data(StudioModel::ParentRemoteIdRole).toString(), parentId);
    }
    QCOMPARE(server->requestCount(u"POST /videos/edits"_s), 1);
    QCOMPARE(server->requestCount(u"POST /videos/extensions"_s), 1);
    QCOMPARE(m_workspace->library()->remixesOf(u"demo"_s, parentId).size(), 3); // the remix, the edit, the extension
}

void TestLibraryPanel::extendShowsTheLengthAndTheCostFirst()
{
    // Priced as a billed provider would (sora-2 at 0.10 USD a second); nothing is sent.
    JobEngine *engine = m_workspace->engine();
    const int concurrency = m_workspace->capabilities().maxConcurrentJobs(Api::ProviderKind::Demo);
    engine->setProfileKind(u"demo"_s, concurrency, true, Api::ProviderKind::Demo);
    const auto unbilled
        = qScopeGuard([&] { engine->setProfileKind(u"demo"_s, concurrency, false, Api::ProviderKind::Demo); });
    const int sent = m_workspace->demoServer()->requestCount(u"POST /videos/extensions"_s);

    select({ m_second });
    action(Action::Extend)->trigger();
    SourceJobDialog *dialog = m_panel->sourceJobDialog();
    QVERIFY(dialog);
    QComboBox *seconds = dialog->secondsPicker();
    for (int i = 0; i < seconds->count(); ++i)
        QVERIFY(qobject_cast<QStandardItemModel *>(seconds->model())->item(i)->isEnabled());
    QCOMPARE(dialog->seconds(), u"4"_s);
    QCOMPARE(dialog->costText(), u"Extension on sora-2: 4 s × 0.10 = 0.40 USD"_s);
    QCOMPARE(dialog->lengthText(), u"4 s \u2192 8 s, extension 1 of 6"_s);
    seconds->setCurrentIndex(seconds->findData(u"20"_s));
    QCOMPARE(dialog->costText(), u"Extension on sora-2: 20 s × 0.10 = 2.00 USD"_s);
    QCOMPARE(dialog->lengthText(), u"4 s \u2192 24 s, extension 1 of 6"_s);
    dialog->reject();
    QTRY_VERIFY(!m_panel->sourceJobDialog());

    // An edit costs the whole clip again.
    action(Action::Edit)->trigger();
    dialog = m_panel->sourceJobDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->costText(), u"Edit on sora-2 (the whole clip again): 4 s × 0.10 = 0.40 USD"_s);
    dialog->reject();
    QTRY_VERIFY(!m_panel->sourceJobDialog());
    QCOMPARE(m_workspace->demoServer()->requestCount(u"POST /videos/extensions"_s), sent);
}

void TestLibraryPanel::extendChoicesStopAt120Seconds()
{
    QString costAsked;
    int submits = 0;
    const auto open = [&](int length, int done) {
        SourceJobDialog::Source source;
        source.prompt = u"A long take"_s;
        source.plan = PreviewSource::extensionPlan(length, done);
        return std::make_unique<SourceJobDialog>(
            SourceJobDialog::Mode::Extend, source,
            [&](const QString &added) {
                costAsked = added;
                return QString(u"cost of "_s + added);
            },
            [&](const QString &, const QString &) {
                ++submits;
                return QString();
            });
    };
    const auto enabled = [](QComboBox *box) {
        QList<bool> list;
        for (int i = 0; i < box->count(); ++i)
            list << qobject_cast<QStandardItemModel *>(box->model())->item(i)->isEnabled();
        return list;
    };

    // 104 s: up to 16 s more.
    std::unique_ptr<SourceJobDialog> dialog = open(104, 3);
    QCOMPARE(enabled(dialog->secondsPicker()), QList<bool>({ true, true, true, true, false }));
    dialog->secondsPicker()->setCurrentIndex(3);
    QCOMPARE(costAsked, u"16"_s);
    QCOMPARE(dialog->costText(), u"cost of 16"_s);
    QCOMPARE(dialog->lengthText(), u"104 s \u2192 120 s, extension 4 of 6"_s);
    dialog->promptEdit()->setPlainText(u"On and on"_s);
    QVERIFY(dialog->submitButton()->isEnabled());
    // The disabled choice, set anyway (a keyboard or a script can): nothing can be sent.
    dialog->secondsPicker()->setCurrentIndex(4);
    QVERIFY(!dialog->submitButton()->isEnabled());
    QVERIFY(dialog->errorText().contains(u"120 s"_s));
    dialog->submit();
    QCOMPARE(submits, 0);

    // 120 s: nothing fits; the dialog says why, whatever is written.
    dialog = open(120, 2);
    QCOMPARE(enabled(dialog->secondsPicker()), QList<bool>({ false, false, false, false, false }));
    dialog->promptEdit()->setPlainText(u"On and on"_s);
    QVERIFY(!dialog->submitButton()->isEnabled());
    QVERIFY2(dialog->errorText().contains(u"120 s"_s), qPrintable(dialog->errorText()));

    // The sixth extension was the last.
    dialog = open(40, 6);
    dialog->promptEdit()->setPlainText(u"On and on"_s);
    QVERIFY(!dialog->submitButton()->isEnabled());
    QVERIFY2(dialog->errorText().contains(u"6 of 6"_s), qPrintable(dialog->errorText()));
    dialog->submit();
    QCOMPARE(submits, 0);
}

void TestLibraryPanel::refusalKeepsTheDialogOpen()
{
    // The edit made above is edited again; its clip is deleted before the dialog sends: the engine refuses.
    JobEngine *engine = m_workspace->engine();
    const QModelIndex row = rowOf(m_edited);
    QVERIFY(row.isValid());
    const qint64 clipId = row.data(StudioModel::ClipIdRole).toLongLong();
    select({ m_edited });
    action(Action::Edit)->trigger();
    QPointer<SourceJobDialog> dialog = m_panel->sourceJobDialog();
    QVERIFY(dialog);
    QString error;
    QVERIFY2(m_workspace->library()->removeClip(clipId, Library::RemoveMode::Trash, &error), qPrintable(error));
    QSignalSpy added(engine, &JobEngine::jobAdded);
    const int sent = m_workspace->demoServer()->requestCount(u"POST /videos/edits"_s);
    dialog->promptEdit()->setPlainText(u"Warmer light"_s);
    QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(u"no clip"_s), qPrintable(dialog->errorText()));
    QCOMPARE(dialog->prompt(), u"Warmer light"_s);
    QCOMPARE(added.size(), 0);
    QCOMPARE(m_workspace->demoServer()->requestCount(u"POST /videos/edits"_s), sent);
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void TestLibraryPanel::tagsRoundTrip()
{
    Library *library = m_workspace->library();
    const qint64 first = rowOf(m_first).data(StudioModel::ClipIdRole).toLongLong();
    const qint64 second = rowOf(m_second).data(StudioModel::ClipIdRole).toLongLong();
    QVERIFY(library->setTags(first, { u"night"_s }));
    QTRY_COMPARE(rowOf(m_first).data(StudioModel::TagsRole).toStringList(), QStringList { u"night"_s });

    select({ m_first, m_second });
    action(Action::Tags)->trigger();
    TagsDialog *dialog = m_panel->tagsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->tagList()->count(), 1);
    QCOMPARE(dialog->tagList()->item(0)->checkState(), Qt::PartiallyChecked); // one of the two has it
    QVERIFY(dialog->addTags(u"coast, dusk"_s).isEmpty());
    QVERIFY(dialog->setTagChecked(u"night"_s, false));
    QVERIFY(!dialog->addTags(QString(100, u'x')).isEmpty()); // too long: refused, nothing else changes
    QCOMPARE(dialog->added(), QStringList({ u"coast"_s, u"dusk"_s }));
    QCOMPARE(dialog->removed(), QStringList { u"night"_s });
    dialog->accept();
    QCOMPARE(library->clip(first)->tags, QStringList({ u"coast"_s, u"dusk"_s }));
    QCOMPARE(library->clip(second)->tags, QStringList({ u"coast"_s, u"dusk"_s }));
    QTRY_COMPARE(rowOf(m_second).data(StudioModel::TagsRole).toStringList(), QStringList({ u"coast"_s, u"dusk"_s }));

    // One clip again: its tags are checked, completion offers the library's tags, typing adds with Enter.
    select({ m_second });
    action(Action::Tags)->trigger();
    dialog = m_panel->tagsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->tagList()->count(), 2);
    QCOMPARE(dialog->tagList()->item(0)->checkState(), Qt::Checked);
    auto *known = qobject_cast<QStringListModel *>(dialog->tagEdit()->completer()->model());
    QVERIFY(known);
    QVERIFY(known->stringList().contains(u"coast"_s));
    QVERIFY(dialog->setTagChecked(u"dusk"_s, false));
    dialog->tagEdit()->setText(u"wide"_s);
    QTest::keyClick(dialog->tagEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible()); // Enter in the field adds the tag and keeps the dialog open
    QVERIFY(dialog->tagEdit()->text().isEmpty());
    dialog->accept();
    QCOMPARE(library->clip(second)->tags, QStringList({ u"coast"_s, u"wide"_s }));
    QCOMPARE(library->clip(first)->tags, QStringList({ u"coast"_s, u"dusk"_s }));

    QCOMPARE(
        TagsDialog::apply({ u"a"_s, u"b"_s, u"a"_s }, { u"c"_s, u"b"_s }, { u"a"_s }), QStringList({ u"b"_s, u"c"_s }));
}

void TestLibraryPanel::dragCarriesTheFiles()
{
    QListView *view = m_panel->view();
    QVERIFY(view->dragEnabled());
    QCOMPARE(view->dragDropMode(), QAbstractItemView::DragOnly);
    select({ m_first, m_waiting, m_second });
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    QCOMPARE(selected.size(), 3);
    for (const QModelIndex &index : selected)
        QCOMPARE(bool(m_panel->proxy()->flags(index) & Qt::ItemIsDragEnabled), index.row() != rowOf(m_waiting).row());
    std::unique_ptr<QMimeData> mime(m_panel->proxy()->mimeData(selected));
    QVERIFY(mime);
    QVERIFY(mime->hasUrls());
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        QVERIFY(url.isLocalFile());
        files << url.toLocalFile();
    }
    files.sort();
    QStringList expected { rowOf(m_first).data(StudioModel::VideoPathRole).toString(),
        rowOf(m_second).data(StudioModel::VideoPathRole).toString() };
    expected.sort();
    QCOMPARE(files, expected);
    for (const QString &file : std::as_const(files))
        QVERIFY(file.endsWith(u".mp4"_s) && QFile::exists(file));
}

void TestLibraryPanel::deleteOnServerKeepsTheLocalFile()
{
    Mock::MockServer *server = m_workspace->demoServer();
    QVERIFY(server);
    const QModelIndex row = rowOf(m_first);
    const QString video = row.data(StudioModel::VideoPathRole).toString();
    const qint64 clipId = row.data(StudioModel::ClipIdRole).toLongLong();
    QList<Action> asked;
    bool yes = false;
    m_panel->setConfirmation([&](Action which, const QString &) {
        asked << which;
        return yes;
    });

    select({ m_first });
    QVERIFY(action(Action::DeleteOnServer)->isEnabled());
    action(Action::DeleteOnServer)->trigger();
    QCOMPARE(asked, QList<Action> { Action::DeleteOnServer });
    QTest::qWait(50);
    QCOMPARE(server->requestCount(u"DELETE /videos/{id}"_s), 0); // the answer was no

    yes = true;
    action(Action::DeleteOnServer)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(server->requestCount(u"DELETE /videos/{id}"_s), 1, kTimeout);
    QTRY_VERIFY(m_panel->message().startsWith(u"Deleted 1 video"_s));
    QVERIFY(QFile::exists(video));
    QVERIFY(m_workspace->library()->clip(clipId));
    QVERIFY(rowOf(m_first).isValid());

    // Deleting it again: the server no longer knows it, and the panel says so in plain words.
    action(Action::DeleteOnServer)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(server->requestCount(u"DELETE /videos/{id}"_s), 2, kTimeout);
    QTRY_VERIFY(!m_panel->message().startsWith(u"Deleting"_s));
    QVERIFY2(m_panel->message().startsWith(row.data(StudioModel::RemoteIdRole).toString() + u": "_s),
        qPrintable(m_panel->message()));
    QVERIFY(QFile::exists(video));
    m_panel->setConfirmation({});
}

QTEST_MAIN(TestLibraryPanel)
// A library larger than a page: the list shows the first page, scrolling to the end reads the next one, and a
// search keeps the current row when it still matches.
void TestLibraryPanel::scrollingReadsTheNextPageAndSearchKeepsTheSelection()
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Workspace> workspace;
    const QString problem = Test::openDemoWorkspace(dir, settings, workspace);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    {
        Database::Transaction transaction(*workspace->database());
        QSqlQuery q(workspace->database()->connection());
        QVERIFY(q.prepare(u"INSERT INTO clips (profile, remote_id, prompt, request_json, response_json, settings_key, "
                          "created_at, added_at, video_path) VALUES ('demo', ?, ?, '{}', '{}', '', ?, ?, ?)"_s));
        for (int i = 0; i < 450; ++i) {
            q.addBindValue(u"video_page_%1"_s.arg(i));
            q.addBindValue(i % 50 == 0 ? u"take %1, a harbour at dusk"_s.arg(i) : u"take %1, a quiet field"_s.arg(i));
            q.addBindValue(1700000000000LL + qint64(i) * 60000);
            q.addBindValue(1700000000000LL + qint64(i) * 60000);
            q.addBindValue(u"take_%1.mp4"_s.arg(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(transaction.commit());
    }
    LibraryPanel panel(workspace.get());
    panel.resize(700, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QListView *view = panel.view();
    // The first page is a screen of rows (this view shows a few).
    QCOMPARE(panel.model()->rowCount(), StudioModel::kDefaultFirstPageSize);
    QCOMPARE(panel.model()->pageQueries(), 1);

    // Scrolling to the end reads the next page, and the next.
    view->scrollToBottom();
    QTRY_VERIFY(panel.model()->rowCount() > StudioModel::kDefaultFirstPageSize);
    view->scrollToBottom();
    QTRY_COMPARE(panel.model()->rowCount(), 450);
    QVERIFY(!panel.model()->canFetchMore({}));
    QCOMPARE(view->model()->index(449, 0).data().toString(), u"take 0, a harbour at dusk"_s);
    // (The model tester reads pages itself, so it joins once every page is read.)
    QAbstractItemModelTester tester(panel.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The current row survives a search that still lists it, and moves to its new place.
    const QModelIndex harbour = view->model()->index(449 - 350, 0);
    QCOMPARE(harbour.data().toString(), u"take 350, a harbour at dusk"_s);
    view->setCurrentIndex(harbour);
    panel.searchEdit()->setText(u"harb"_s);
    QCOMPARE(view->model()->rowCount(), 9);
    QVERIFY(view->currentIndex().isValid());
    QCOMPARE(view->currentIndex().data().toString(), u"take 350, a harbour at dusk"_s);
    QCOMPARE(view->currentIndex().row(), 1); // take 400 is newer
    panel.searchEdit()->clear();
    QCOMPARE(view->currentIndex().data().toString(), u"take 350, a harbour at dusk"_s);

    // A first page shorter than the screen: the view asks for pages until its last row is below the screen.
    panel.model()->setPageSize(2);
    panel.searchEdit()->setText(u"field"_s);
    const int shown = view->viewport()->height() / view->sizeHintForRow(0);
    QVERIFY(shown >= 3);
    QTRY_VERIFY(panel.model()->rowCount() > shown);
    QVERIFY(panel.model()->rowCount() < 450);
    QVERIFY(
        !view->viewport()->rect().contains(view->visualRect(view->model()->index(view->model()->rowCount() - 1, 0))));
}

// A thumbnail is read off the GUI thread: the row first shows its frame, then the picture once it has arrived; a
// file that cannot be read is read once, not on every paint.
void TestLibraryPanel::thumbnailsAreReadOffTheGuiThread()
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Workspace> workspace;
    const QString problem = Test::openDemoWorkspace(dir, settings, workspace);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString folder = workspace->library()->folder();
    QImage red(320, 180, QImage::Format_RGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(QDir(folder).filePath(u"red.thumbnail.png"_s)));
    QFile broken(QDir(folder).filePath(u"broken.thumbnail.png"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly) && broken.write("not a picture") > 0);
    broken.close();
    {
        Database::Transaction transaction(*workspace->database());
        QSqlQuery q(workspace->database()->connection());
        QVERIFY(q.prepare(
            u"INSERT INTO clips (profile, remote_id, prompt, request_json, response_json, settings_key, "
            "created_at, added_at, video_path, thumbnail_path) VALUES ('demo', ?, ?, '{}', '{}', '', ?, ?, ?, ?)"_s));
        const QStringList names { u"broken"_s, u"red"_s }; // red is the newer, the first row
        for (int i = 0; i < 2; ++i) {
            q.addBindValue(u"video_thumb_%1"_s.arg(i));
            q.addBindValue(u"a %1 take"_s.arg(names.at(i)));
            q.addBindValue(1700000000000LL + qint64(i) * 60000);
            q.addBindValue(1700000000000LL + qint64(i) * 60000);
            q.addBindValue(u"%1.mp4"_s.arg(names.at(i)));
            q.addBindValue(u"%1.thumbnail.png"_s.arg(names.at(i)));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(transaction.commit());
    }
    LibraryPanel panel(workspace.get());
    StudioDelegate *delegate = panel.delegate();
    QSignalSpy ready(delegate, &StudioDelegate::thumbnailReady);
    panel.resize(700, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.model()->rowCount(), 2);
    QTRY_COMPARE(delegate->thumbnailReads(), 2);
    QTRY_COMPARE(delegate->pendingThumbnails(), 0);
    QTRY_VERIFY(ready.size() >= 2);
    QCoreApplication::processEvents();

    // The picture is painted in the first row's thumbnail box.
    const QRect row = panel.view()->visualRect(panel.view()->model()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QImage shot = panel.view()->viewport()->grab().toImage();
            const QColor c = shot.pixelColor(row.left() + 40, row.center().y());
            return c.red() > 200 && c.green() < 60 && c.blue() < 60;
        }(),
        5000);
    // Neither is read again by later paints: the picture is cached, the broken file remembered.
    panel.view()->viewport()->repaint();
    QCoreApplication::processEvents();
    QCOMPARE(delegate->thumbnailReads(), 2);
}

#include "tst_librarypanel.moc"
