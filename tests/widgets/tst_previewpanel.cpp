// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QApplication>
#include <QAudioOutput>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMediaPlayer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVideoWidget>
#include <cmath>
#include <memory>

#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/models/studiomodel.h"
#include "session/workspace.h"
#include "widgets/demoworkspace.h"
#include "widgets/preview/previewpanel.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

/// The preview on two real demo clips (a take and its remix): playback, frame steps, speed, mute, A/B, full
/// screen, the response and lineage tabs, and the states without a video.
class TestPreviewPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void playsAndAdvances();
    void frameStep();
    void speed();
    void focusedButtonKeepsSpace();
    void mute();
    void abKeepsPosition();
    void fullScreenKeepsPosition();
    void responseTab();
    void lineage();
    void remixShortcut();
    void editAndExtendAsk();
    void jobWithoutVideo();
    void missingFile();
    void accessibleControls();
    void cleanupTestCase();

private:
    [[nodiscard]] qint64 submit(const QString &prompt, const QString &sourceId = {}, JobKind kind = JobKind::Remix,
        const QString &seconds = {});
    [[nodiscard]] QModelIndex rowOfJob(qint64 jobId) const;
    /// Shows `index` and waits until it plays past `ms`.
    [[nodiscard]] bool playPast(const QModelIndex &index, qint64 ms);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<StudioModel> m_model;
    std::unique_ptr<PreviewPanel> m_panel;
    qint64 m_parentJob = 0;
    qint64 m_childJob = 0;
    qint64 m_extensionJob = 0; ///< extends the child by 4 s
};

qint64 TestPreviewPanel::submit(const QString &prompt, const QString &sourceId, JobKind kind, const QString &seconds)
{
    JobEngine::SubmitRequest request;
    request.profile = u"demo"_s;
    request.request.prompt = prompt;
    request.request.model = u"sora-2"_s;
    request.request.size = u"1280x720"_s;
    request.request.seconds = u"4"_s;
    request.sourceId = sourceId;
    if (!sourceId.isEmpty())
        request.kind = kind;
    if (!seconds.isEmpty())
        request.request.seconds = seconds;
    const JobEngine::SubmitResult result = m_workspace->engine()->submit(request);
    if (!result.ok())
        qWarning() << result.error;
    return result.ok() ? result.jobIds.constFirst() : 0;
}

QModelIndex TestPreviewPanel::rowOfJob(qint64 jobId) const
{
    return m_model->index(m_model->rowForJob(jobId), 0);
}

bool TestPreviewPanel::playPast(const QModelIndex &index, qint64 ms)
{
    m_panel->showItem(index);
    QMediaPlayer *player = m_panel->player();
    // Until the new source has loaded, position() may still be the previous clip's.
    const QUrl source = QUrl::fromLocalFile(index.data(StudioModel::VideoPathRole).toString());
    if (!QTest::qWaitFor(
            [&] {
                // GStreamer sometimes plays on without ever reporting BufferedMedia.
                return player->source() == source && player->isSeekable()
                    && (player->mediaStatus() == QMediaPlayer::BufferedMedia
                        || player->mediaStatus() == QMediaPlayer::LoadedMedia);
            },
            15000)) {
        qWarning() << "not loaded" << player->source() << player->mediaStatus() << player->isSeekable()
                   << player->playbackState() << player->position() << player->error();
        return false;
    }
    if (!QTest::qWaitFor([&] { return player->position() > ms; }, 15000)) {
        qWarning() << "not playing" << player->position() << player->playbackState();
        return false;
    }
    // The offscreen platform gives the focus to the video's native window; the panel's shortcuts need it back.
    m_panel->activateWindow();
    m_panel->findChild<QToolButton *>(u"stepForward"_s)->setFocus();
    return QTest::qWaitFor([&] { return m_panel->isAncestorOf(QApplication::focusWidget()); }, 5000);
}

void TestPreviewPanel::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString problem = Test::openDemoWorkspace(*m_dir, m_settings, m_workspace);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_model = std::make_unique<StudioModel>(m_workspace->engine(), m_workspace->library());
    m_model->reload();

    m_parentJob = submit(u"A lighthouse at night, slow dolly in"_s);
    QVERIFY(m_parentJob > 0);
    QTRY_COMPARE_WITH_TIMEOUT(rowOfJob(m_parentJob).data(StudioModel::StateRole).toString(), u"completed"_s, 30000);
    const QString parentRemote = rowOfJob(m_parentJob).data(StudioModel::RemoteIdRole).toString();
    QVERIFY(!parentRemote.isEmpty());
    m_childJob = submit(u"The same lighthouse in a storm"_s, parentRemote);
    QVERIFY(m_childJob > 0);
    QTRY_COMPARE_WITH_TIMEOUT(rowOfJob(m_childJob).data(StudioModel::StateRole).toString(), u"completed"_s, 30000);
    QTRY_VERIFY(rowOfJob(m_childJob).data(StudioModel::ClipIdRole).isValid());
    QCOMPARE(rowOfJob(m_childJob).data(StudioModel::ParentRemoteIdRole).toString(), parentRemote);
    const QString childRemote = rowOfJob(m_childJob).data(StudioModel::RemoteIdRole).toString();
    m_extensionJob = submit(u"The keeper climbs the stairs"_s, childRemote, JobKind::Extend, u"4"_s);
    QVERIFY(m_extensionJob > 0);
    QTRY_COMPARE_WITH_TIMEOUT(rowOfJob(m_extensionJob).data(StudioModel::StateRole).toString(), u"completed"_s, 30000);
    QTRY_VERIFY(rowOfJob(m_extensionJob).data(StudioModel::ClipIdRole).isValid());
    QCOMPARE(rowOfJob(m_extensionJob).data(StudioModel::SecondsRole).toString(), u"8"_s);
}

void TestPreviewPanel::init()
{
    m_panel = std::make_unique<PreviewPanel>();
    m_panel->setWorkspace(m_workspace.get());
    m_panel->resize(480, 720);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    // The panel's shortcuts work while the focus is inside it.
    m_panel->findChild<QToolButton *>(u"play"_s)->setFocus();
}

void TestPreviewPanel::cleanup()
{
    m_panel.reset();
}

void TestPreviewPanel::playsAndAdvances()
{
    const QModelIndex row = rowOfJob(m_parentJob);
    QVERIFY(playPast(row, 500));
    QCOMPARE(m_panel->player()->source(), QUrl::fromLocalFile(row.data(StudioModel::VideoPathRole).toString()));
    QCOMPARE(m_panel->player()->playbackState(), QMediaPlayer::PlayingState);
    QVERIFY(m_panel->messageText().isEmpty());
    // The probe read the file: the demo renders 1280x720 H.264.
    QVERIFY(m_panel->mediaInfo());
    QCOMPARE(m_panel->mediaInfo()->width, 1280);
    QVERIFY(m_panel->detailsText().contains(u"A lighthouse at night"_s));
    QVERIFY(m_panel->detailsText().contains(u"avc1"_s));
    // Space pauses.
    QTest::keyClick(m_panel.get(), Qt::Key_Space);
    QTRY_COMPARE(m_panel->player()->playbackState(), QMediaPlayer::PausedState);
}

void TestPreviewPanel::frameStep()
{
    QVERIFY(playPast(rowOfJob(m_parentJob), 300));
    QVERIFY(m_panel->mediaInfo());
    const double frameMs = 1000.0 / m_panel->mediaInfo()->frameRate;
    m_panel->stepFrames(1); // pauses, then steps
    QTRY_COMPARE(m_panel->player()->playbackState(), QMediaPlayer::PausedState);
    // The step lands on a frame boundary once the seek is done.
    QTRY_VERIFY(std::llabs(m_panel->player()->position()
                    - std::llround(std::llround(double(m_panel->player()->position()) / frameMs) * frameMs))
        <= 1);
    const qint64 before = m_panel->player()->position();
    const qint64 frame = std::llround(double(before) / frameMs);
    QTest::keyClick(m_panel.get(), Qt::Key_Period);
    QTRY_COMPARE(m_panel->player()->position(), std::llround(double(frame + 1) * frameMs));
    QTest::keyClick(m_panel.get(), Qt::Key_Comma);
    QTest::keyClick(m_panel.get(), Qt::Key_Comma);
    QTRY_COMPARE(m_panel->player()->position(), std::llround(double(frame - 1) * frameMs));
    QCOMPARE(m_panel->player()->playbackState(), QMediaPlayer::PausedState);
}

void TestPreviewPanel::speed()
{
    QVERIFY(playPast(rowOfJob(m_parentJob), 100));
    QCOMPARE(m_panel->playbackRate(), 1.0);
    m_panel->setPlaybackRate(0.5);
    QCOMPARE(m_panel->player()->playbackRate(), 0.5);
    QCOMPARE(m_panel->speedCombo()->currentData().toDouble(), 0.5);
    QTest::keyClick(m_panel.get(), Qt::Key_BracketRight);
    QCOMPARE(m_panel->player()->playbackRate(), 0.75);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(m_panel.get(), Qt::Key_BracketLeft);
    QCOMPARE(m_panel->player()->playbackRate(), 0.25);
    QVERIFY(!m_panel->action(PreviewPanel::Action::Slower)->isEnabled());
    m_panel->setPlaybackRate(7);
    QCOMPARE(m_panel->player()->playbackRate(), 2.0);
}

void TestPreviewPanel::focusedButtonKeepsSpace()
{
    QVERIFY(playPast(rowOfJob(m_parentJob), 100));
    QToolButton *loop = m_panel->loopButton();
    const bool looping = loop->isChecked();
    loop->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(loop->hasFocus());
    QTest::keyClick(loop, Qt::Key_Space);
    QCOMPARE(loop->isChecked(), !looping); // the button pressed itself
    QCOMPARE(m_panel->player()->playbackState(), QMediaPlayer::PlayingState); // and playback went on
}

void TestPreviewPanel::mute()
{
    QVERIFY(playPast(rowOfJob(m_parentJob), 100));
    QAudioOutput *audio = m_panel->player()->audioOutput();
    QVERIFY(audio);
    QVERIFY(!audio->isMuted());
    QTest::keyClick(m_panel.get(), Qt::Key_M);
    QVERIFY(audio->isMuted());
    QVERIFY(m_panel->isMuted());
    QVERIFY(m_panel->action(PreviewPanel::Action::Mute)->isChecked());
    QVERIFY(!m_panel->volumeSlider()->isEnabled());
    QTest::keyClick(m_panel.get(), Qt::Key_M);
    QVERIFY(!audio->isMuted());
    m_panel->volumeSlider()->setValue(0);
    QCOMPARE(audio->volume(), 0.0f);
    m_panel->volumeSlider()->setValue(100);
    QCOMPARE(audio->volume(), 1.0f);
}

void TestPreviewPanel::abKeepsPosition()
{
    const QModelIndex a = rowOfJob(m_parentJob);
    const QModelIndex b = rowOfJob(m_childJob);
    const QUrl aUrl = QUrl::fromLocalFile(a.data(StudioModel::VideoPathRole).toString());
    const QUrl bUrl = QUrl::fromLocalFile(b.data(StudioModel::VideoPathRole).toString());
    QVERIFY(aUrl != bUrl);
    QVERIFY(playPast(a, 100));
    QCOMPARE(m_panel->shownTake(), PreviewPanel::Take::None);
    QVERIFY(!m_panel->action(PreviewPanel::Action::ToggleAB)->isEnabled());
    m_panel->findChild<QToolButton *>(u"pinA"_s)->click();
    QCOMPARE(m_panel->shownTake(), PreviewPanel::Take::A);
    QVERIFY(playPast(b, 100));
    QCOMPARE(m_panel->shownTake(), PreviewPanel::Take::B);
    QCOMPARE(m_panel->player()->source(), bUrl);
    QVERIFY(m_panel->action(PreviewPanel::Action::ToggleAB)->isEnabled());

    m_panel->player()->pause();
    m_panel->player()->setPosition(1500);
    QTRY_COMPARE(m_panel->player()->position(), 1500);
    QTest::keyClick(m_panel.get(), Qt::Key_Backslash);
    QCOMPARE(m_panel->shownTake(), PreviewPanel::Take::A);
    QCOMPARE(m_panel->player()->source(), aUrl);
    QTRY_COMPARE(m_panel->player()->position(), 1500);
    QCOMPARE(m_panel->player()->playbackState(), QMediaPlayer::PausedState);
    QVERIFY(m_panel->findChild<QLabel *>(u"abTake"_s)->text().startsWith(u"Showing A"_s));

    m_panel->toggleAB();
    QCOMPARE(m_panel->shownTake(), PreviewPanel::Take::B);
    QCOMPARE(m_panel->player()->source(), bUrl);
    QTRY_COMPARE(m_panel->player()->position(), 1500);
    QVERIFY(m_panel->findChild<QLabel *>(u"abTake"_s)->text().startsWith(u"Showing B"_s));

    // Unpinning leaves B on screen.
    m_panel->pinCurrentAsA();
    QCOMPARE(m_panel->shownTake(), PreviewPanel::Take::None);
    QCOMPARE(m_panel->player()->source(), bUrl);
}

void TestPreviewPanel::fullScreenKeepsPosition()
{
    QVERIFY(playPast(rowOfJob(m_parentJob), 300));
    m_panel->player()->pause();
    QTRY_COMPARE(m_panel->player()->playbackState(), QMediaPlayer::PausedState);
    const qint64 position = m_panel->player()->position();
    QTest::keyClick(m_panel.get(), Qt::Key_F11);
    QTRY_VERIFY(m_panel->videoWidget()->isFullScreen());
    QVERIFY(m_panel->isFullScreen());
    QCOMPARE(m_panel->player()->position(), position);
    // Esc reaches the full-screen video, not the (hidden) panel.
    QTest::keyClick(m_panel->videoWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!m_panel->videoWidget()->isFullScreen());
    QVERIFY(!m_panel->videoWidget()->isWindow());
    QCOMPARE(m_panel->player()->position(), position);
    QCOMPARE(m_panel->player()->source(),
        QUrl::fromLocalFile(rowOfJob(m_parentJob).data(StudioModel::VideoPathRole).toString()));
    // A double click on the video goes full screen too.
    // Through the top-level window, as the window system delivers it: the video's native child window is
    // transparent for input, so the click lands on the widget under the pointer.
    const QPoint centre = m_panel->videoWidget()->mapTo(m_panel.get(), m_panel->videoWidget()->rect().center());
    QTest::mouseClick(m_panel->windowHandle(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(m_panel->windowHandle(), Qt::LeftButton, {}, centre);
    QTRY_VERIFY(m_panel->isFullScreen());
    m_panel->setFullScreen(false);
    QVERIFY(!m_panel->isFullScreen());
}

void TestPreviewPanel::responseTab()
{
    const QModelIndex row = rowOfJob(m_parentJob);
    m_panel->showItem(row);
    const QString remoteId = row.data(StudioModel::RemoteIdRole).toString();
    QVERIFY(m_panel->responseText().contains(u"\"id\": \"%1\""_s.arg(remoteId)));
    QVERIFY(m_panel->responseText().contains(u"\"status\": \"completed\""_s));
    // Without a workspace the sidecar beside the video gives the same response.
    PreviewPanel bare;
    bare.showItem(row);
    QCOMPARE(bare.responseText(), m_panel->responseText());
}

void TestPreviewPanel::lineage()
{
    const QModelIndex parent = rowOfJob(m_parentJob);
    const QModelIndex child = rowOfJob(m_childJob);
    const QModelIndex extension = rowOfJob(m_extensionJob);
    const qint64 parentClip = parent.data(StudioModel::ClipIdRole).toLongLong();
    const qint64 childClip = child.data(StudioModel::ClipIdRole).toLongLong();
    const qint64 extensionClip = extension.data(StudioModel::ClipIdRole).toLongLong();
    QCOMPARE(m_panel->tabs()->tabText(2), u"&Lineage"_s);
    const auto texts = [](QListWidget *list) {
        QStringList lines;
        for (int i = 0; i < list->count(); ++i)
            lines << list->item(i)->text();
        return lines;
    };

    // The middle: its parent above it, the extension made from it below, each with how it was made and its length.
    m_panel->showItem(child);
    QListWidget *list = m_panel->lineageList();
    QCOMPARE(texts(list),
        QStringList({ u"Original \u00b7 4 s \u00b7 A lighthouse at night, slow dolly in"_s,
            u"This clip: Remix \u00b7 4 s \u00b7 The same lighthouse in a storm"_s,
            u"\u21b3 Extension \u00b7 8 s \u00b7 The keeper climbs the stairs"_s }));
    QCOMPARE(list->item(0)->data(Qt::UserRole).toLongLong(), parentClip);
    QCOMPARE(list->item(1)->data(Qt::UserRole).toLongLong(), 0);
    QCOMPARE(list->item(2)->data(Qt::UserRole).toLongLong(), extensionClip);

    // The extension: both ancestors, oldest first.
    m_panel->showItem(extension);
    list = m_panel->lineageList();
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toLongLong(), parentClip);
    QCOMPARE(list->item(1)->data(Qt::UserRole).toLongLong(), childClip);
    QVERIFY(list->item(1)->text().startsWith(u"Remix \u00b7 4 s"_s));
    QVERIFY2(list->item(2)->text().startsWith(u"This clip: Extension \u00b7 8 s"_s), qPrintable(list->item(2)->text()));

    m_panel->showItem(parent);
    list = m_panel->lineageList();
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().startsWith(u"This clip: Original"_s));
    QVERIFY(list->item(1)->text().startsWith(u"\u21b3 Remix \u00b7 4 s \u00b7 The same lighthouse"_s));
    QCOMPARE(list->item(1)->data(Qt::UserRole).toLongLong(), childClip);

    // Enter on an entry asks for its row to be selected.
    QSignalSpy select(m_panel.get(), &PreviewPanel::clipSelectionRequested);
    m_panel->tabs()->setCurrentWidget(list);
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(select.size(), 1);
    QCOMPARE(select.at(0).at(0).toLongLong(), childClip);
}

void TestPreviewPanel::remixShortcut()
{
    QSignalSpy remix(m_panel.get(), &PreviewPanel::remixRequested);
    const QModelIndex row = rowOfJob(m_parentJob);
    m_panel->showItem(row);
    QVERIFY(m_panel->action(PreviewPanel::Action::Remix)->isEnabled());
    QTest::keyClick(m_panel.get(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(remix.size(), 1);
    QCOMPARE(remix.at(0).at(0).value<QModelIndex>(), row);
    m_panel->showItem({});
    QVERIFY(!m_panel->action(PreviewPanel::Action::Remix)->isEnabled());
    QTest::keyClick(m_panel.get(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(remix.size(), 1);
}

void TestPreviewPanel::editAndExtendAsk()
{
    QSignalSpy edit(m_panel.get(), &PreviewPanel::editRequested);
    QSignalSpy extend(m_panel.get(), &PreviewPanel::extendRequested);
    const QModelIndex row = rowOfJob(m_childJob);
    m_panel->showItem(row);
    auto *editButton = m_panel->findChild<QToolButton *>(u"edit"_s);
    auto *extendButton = m_panel->findChild<QToolButton *>(u"extend"_s);
    QVERIFY(editButton && extendButton);
    QVERIFY(editButton->isEnabled() && extendButton->isEnabled());
    QTest::mouseClick(editButton, Qt::LeftButton);
    QTest::mouseClick(extendButton, Qt::LeftButton);
    QCOMPARE(edit.size(), 1);
    QCOMPARE(edit.at(0).at(0).value<QModelIndex>(), row);
    QCOMPARE(extend.size(), 1);
    QCOMPARE(extend.at(0).at(0).value<QModelIndex>(), row);
    // Nothing to start from: no clip shown.
    m_panel->showItem({});
    QVERIFY(!editButton->isEnabled() && !extendButton->isEnabled());
    QTest::mouseClick(extendButton, Qt::LeftButton);
    QCOMPARE(extend.size(), 1);
}

void TestPreviewPanel::jobWithoutVideo()
{
    QStandardItemModel model;
    auto *item = new QStandardItem(u"A job"_s);
    item->setData(u"in_progress"_s, StudioModel::StateRole);
    item->setData(u"Rendering 40 %"_s, StudioModel::StatusTextRole);
    item->setData(40, StudioModel::ProgressRole);
    item->setData(u"A job still rendering"_s, StudioModel::PromptRole);
    // On the provider already, but no clip yet: nothing can start from it.
    item->setData(u"video_rendering"_s, StudioModel::RemoteIdRole);
    item->setData(u"demo"_s, StudioModel::ProfileRole);
    model.appendRow(item);
    m_panel->showItem(model.index(0, 0));
    QCOMPARE(m_panel->messageText(), u"Rendering 40 %"_s);
    auto *progress = m_panel->findChild<QProgressBar *>(u"jobProgress"_s);
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->value(), 40);
    QVERIFY(m_panel->player()->source().isEmpty());
    QVERIFY(!m_panel->action(PreviewPanel::Action::PlayPause)->isEnabled());
    QVERIFY(!m_panel->action(PreviewPanel::Action::Remix)->isEnabled());
    QVERIFY(!m_panel->action(PreviewPanel::Action::Edit)->isEnabled());
    QVERIFY(!m_panel->action(PreviewPanel::Action::Extend)->isEnabled());
    QVERIFY(m_panel->detailsText().contains(u"A job still rendering"_s));
}

void TestPreviewPanel::missingFile()
{
    QStandardItemModel model;
    auto *item = new QStandardItem(u"Gone"_s);
    item->setData(u"completed"_s, StudioModel::StateRole);
    item->setData(qint64(99), StudioModel::ClipIdRole);
    item->setData(m_dir->filePath(u"library/gone.mp4"_s), StudioModel::VideoPathRole);
    model.appendRow(item);
    m_panel->showItem(model.index(0, 0));
    QVERIFY(m_panel->messageText().contains(u"missing"_s));
    QVERIFY(m_panel->messageText().contains(u"gone.mp4"_s));
    QVERIFY(m_panel->findChild<QPushButton *>(u"revealFolder"_s)->isVisible());
    QVERIFY(m_panel->action(PreviewPanel::Action::RevealFolder)->isEnabled());
    QVERIFY(m_panel->player()->source().isEmpty());
}

void TestPreviewPanel::accessibleControls()
{
    m_panel->showItem(rowOfJob(m_parentJob));
    const QList<QWidget *> widgets = m_panel->findChildren<QWidget *>();
    int controls = 0;
    for (QWidget *w : widgets) {
        if (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QAbstractSlider *>(w) && !qobject_cast<QComboBox *>(w))
            continue;
        if (w->parent() && qobject_cast<QComboBox *>(w->parent()))
            continue;
        if (qobject_cast<QScrollBar *>(w) || qobject_cast<QTabBar *>(w->parentWidget()))
            continue; // the tab bar's scroll arrows
        ++controls;
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName()));
        QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->objectName()));
    }
    QVERIFY(controls >= 12);
    // Tab walks the controls in the order they are seen.
    QWidget *w = m_panel->findChild<QWidget *>(u"play"_s);
    QStringList order;
    for (int i = 0; i < 15 && w; ++i) {
        order << w->objectName();
        w = w->nextInFocusChain();
        while (w && !(w->focusPolicy() & Qt::TabFocus))
            w = w->nextInFocusChain();
    }
    QCOMPARE(order,
        QStringList(
            { u"play"_s, u"stepBack"_s, u"stepForward"_s, u"position"_s, u"loop"_s, u"speed"_s, u"mute"_s, u"volume"_s,
                u"pinA"_s, u"toggleAB"_s, u"fullScreen"_s, u"remix"_s, u"edit"_s, u"extend"_s, u"revealFolder"_s }));
    for (const PreviewPanel::Action a :
        { PreviewPanel::Action::PlayPause, PreviewPanel::Action::StepBack, PreviewPanel::Action::StepForward,
            PreviewPanel::Action::Slower, PreviewPanel::Action::Faster, PreviewPanel::Action::Mute,
            PreviewPanel::Action::FullScreen, PreviewPanel::Action::ToggleAB, PreviewPanel::Action::Remix }) {
        QAction *action = m_panel->action(a);
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY2(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)),
            qPrintable(action->toolTip()));
    }
}

void TestPreviewPanel::cleanupTestCase()
{
    m_panel.reset();
    m_model.reset();
    m_workspace.reset();
}

QTEST_MAIN(TestPreviewPanel)
#include "tst_previewpanel.moc"
