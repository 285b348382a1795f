// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/preview/previewpanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QAudioOutput>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMediaPlayer>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>
#include <cmath>

#include "core/models/previewsource.h"
#include "core/models/studiomodel.h"
#include "session/workspace.h"
#include "widgets/icons.h"
#include "widgets/preview/infotabs.h"
#include "widgets/preview/statuspage.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
// The frame rate used when the file cannot be probed: the demo provider's and Sora's.
constexpr double kFallbackFps = 24.0;
} // namespace

PreviewPanel::PreviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
    , m_stack(new QStackedWidget(this))
    , m_video(new QVideoWidget(m_stack))
{
    setObjectName(u"previewPanel"_s);
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_video);
    m_player->setLoops(QMediaPlayer::Infinite);
    createActions();

    // The picture: the video, or in its place a message (nothing selected, a missing file) or a job's status.
    m_stack->setObjectName(u"previewStack"_s);
    m_stack->setMinimumSize(240, 135);
    m_video->setObjectName(u"video"_s);
    m_video->setAccessibleName(tr("Video"));
    m_video->setToolTip(tr("Double-click for full screen (F11); Esc leaves it"));
    m_video->installEventFilter(this);
    m_status = new StatusPage(action(Action::RevealFolder), m_stack);
    m_stack->addWidget(m_status);
    m_stack->addWidget(m_video);

    m_take = new QLabel(this);
    m_take->setObjectName(u"abTake"_s);
    m_take->setAccessibleName(tr("Take shown"));
    m_take->setVisible(false);
    m_take->setTextFormat(Qt::PlainText);
    m_take->setWordWrap(true); // a long prompt must not widen the panel
    m_transport = new TransportBar(m_player, m_audio,
        { action(Action::PlayPause), action(Action::StepBack), action(Action::StepForward), action(Action::Mute),
            action(Action::PinA), action(Action::ToggleAB), action(Action::FullScreen), action(Action::Remix),
            action(Action::Edit), action(Action::Extend) },
        this);
    m_tabs = new InfoTabs([this] { return source(); }, this);
    layOut();
    connectActions();
    connectPlayer();

    showItem({});
    action(Action::RevealFolder)->setIcon(Icons::icon(u"folder-open"_s));
    for (QAbstractButton *child : findChildren<QAbstractButton *>())
        child->installEventFilter(this);
    for (QComboBox *box : findChildren<QComboBox *>())
        box->installEventFilter(this);
}

PreviewPanel::~PreviewPanel() = default;

void PreviewPanel::createActions()
{
    // Every command is an action (shortcut, tooltip, enabled state in one place); buttons show them.
    makeAction(Action::PlayPause, tr("Play/Pause"), tr("Play or pause (Space)"), Qt::Key_Space);
    makeAction(Action::StepBack, tr("Previous frame"), tr("One frame back (,)"), Qt::Key_Comma);
    makeAction(Action::StepForward, tr("Next frame"), tr("One frame forward (.)"), Qt::Key_Period);
    makeAction(Action::Slower, tr("Slower"), tr("Play slower ([)"), Qt::Key_BracketLeft);
    makeAction(Action::Faster, tr("Faster"), tr("Play faster (])"), Qt::Key_BracketRight);
    makeAction(Action::Mute, tr("Mute"), tr("Mute or unmute (M)"), Qt::Key_M);
    makeAction(Action::FullScreen, tr("Full screen"), tr("Full screen (F11, or double-click the video; Esc leaves)"),
        Qt::Key_F11);
    makeAction(Action::PinA, tr("Pin as A"), tr("Pin this take as A, then select another take (B) to compare them"),
        QKeySequence());
    makeAction(Action::ToggleAB, tr("A/B"), tr("Switch between take A and take B at the same position (\\)"),
        Qt::Key_Backslash);
    makeAction(Action::Remix, tr("Remix\u2026"), tr("Remix this clip with a new prompt (Ctrl+R)"),
        QKeySequence(Qt::CTRL | Qt::Key_R));
    makeAction(
        Action::RevealFolder, tr("Reveal folder"), tr("Open the folder where the clip should be"), QKeySequence());
    makeAction(Action::Edit, tr("Edit\u2026"), tr("Make a new clip from this one with a change to it"), QKeySequence());
    makeAction(Action::Extend, tr("Extend\u2026"), tr("Make a longer clip that continues this one"), QKeySequence());
    action(Action::PinA)->setCheckable(true);
    action(Action::Mute)->setCheckable(true);
    action(Action::FullScreen)->setCheckable(true);
}

QAction *PreviewPanel::makeAction(
    Action which, const QString &text, const QString &toolTip, const QKeySequence &shortcut)
{
    auto *a = new QAction(text, this);
    a->setObjectName(QString::fromLatin1(QMetaEnum::fromType<Action>().valueToKey(int(which))));
    a->setToolTip(toolTip);
    a->setShortcut(shortcut);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(a);
    Q_ASSERT(m_actions.size() == int(which));
    m_actions << a;
    return a;
}

void PreviewPanel::connectActions()
{
    connect(action(Action::PlayPause), &QAction::triggered, this, &PreviewPanel::togglePlayback);
    connect(action(Action::StepBack), &QAction::triggered, this, [this] { stepFrames(-1); });
    connect(action(Action::StepForward), &QAction::triggered, this, [this] { stepFrames(1); });
    connect(action(Action::Slower), &QAction::triggered, m_transport, [this] { m_transport->stepRate(-1); });
    connect(action(Action::Faster), &QAction::triggered, m_transport, [this] { m_transport->stepRate(1); });
    connect(action(Action::FullScreen), &QAction::toggled, this, &PreviewPanel::setFullScreen);
    connect(action(Action::PinA), &QAction::triggered, this, &PreviewPanel::pinCurrentAsA);
    connect(action(Action::ToggleAB), &QAction::triggered, this, &PreviewPanel::toggleAB);
    connect(action(Action::Remix), &QAction::triggered, this, [this] {
        if (const QModelIndex index = shownIndex(); index.isValid())
            Q_EMIT remixRequested(index);
    });
    connect(action(Action::Edit), &QAction::triggered, this, [this] {
        if (const QModelIndex index = shownIndex(); index.isValid())
            Q_EMIT editRequested(index);
    });
    connect(action(Action::Extend), &QAction::triggered, this, [this] {
        if (const QModelIndex index = shownIndex(); index.isValid())
            Q_EMIT extendRequested(index);
    });
    connect(action(Action::RevealFolder), &QAction::triggered, this, &PreviewPanel::revealFolder);
    connect(m_transport, &TransportBar::rateChanged, this, &PreviewPanel::updateActions);
    connect(m_tabs, &InfoTabs::clipSelectionRequested, this, &PreviewPanel::clipSelectionRequested);
}

void PreviewPanel::connectPlayer()
{
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (m_pendingSeek < 0)
            return;
        // play() or pause() right after setSource() is sometimes lost while the pipeline builds: ask again once it
        // has loaded.
        if (status == QMediaPlayer::LoadedMedia) {
            if (m_pendingPlay)
                m_player->play();
            else
                m_player->pause();
        }
        applyPendingSeek();
    });
    connect(m_player, &QMediaPlayer::seekableChanged, this, &PreviewPanel::applyPendingSeek);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        showMessage(tr("This clip cannot be played: %1").arg(text), false);
    });
}

void PreviewPanel::layOut()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack, 3);
    layout->addWidget(m_take);
    layout->addWidget(m_transport);
    layout->addWidget(m_tabs, 2);
    // Tab goes through the controls in the order they are seen: the transport bar's, Reveal folder, then the tabs.
    setTabOrder(m_transport->lastControl(), m_status->revealButton());
    setTabOrder(m_status->revealButton(), m_tabs);
}

QAction *PreviewPanel::action(Action which) const
{
    return m_actions.value(int(which));
}

QToolButton *PreviewPanel::loopButton() const
{
    return m_transport->loopButton();
}

QComboBox *PreviewPanel::speedCombo() const
{
    return m_transport->speedCombo();
}

QSlider *PreviewPanel::volumeSlider() const
{
    return m_transport->volumeSlider();
}

QTabWidget *PreviewPanel::tabs() const
{
    return m_tabs;
}

PreviewSource PreviewPanel::source() const
{
    return { m_workspace ? m_workspace->engine() : nullptr, m_workspace ? m_workspace->library() : nullptr };
}

void PreviewPanel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_tabs->refresh();
}

QString PreviewPanel::detailsText() const
{
    return m_tabs->detailsText();
}

QString PreviewPanel::responseText() const
{
    return m_tabs->responseText();
}

QString PreviewPanel::messageText() const
{
    return m_stack->currentWidget() == m_status ? m_status->text() : QString();
}

QListWidget *PreviewPanel::lineageList()
{
    return m_tabs->lineageList();
}

QModelIndex PreviewPanel::shownIndex() const
{
    // The take on screen: A when the A/B switch shows it, else the selected row.
    if (m_shown == Take::A && m_a && m_a->index.isValid())
        return m_a->index;
    return m_index;
}

void PreviewPanel::showItem(const QModelIndex &index)
{
    const bool sameRow = index.isValid() && QPersistentModelIndex(index) == m_index;
    m_index = index;
    if (!index.isValid()) {
        m_videoPath.clear();
        m_media.reset();
        unload();
        m_tabs->showItem(index, m_media);
        showMessage(tr("Select a clip to play it here."), false);
        updateActions();
        return;
    }
    const QString path = index.data(StudioModel::VideoPathRole).toString();
    if (!sameRow || path != m_videoPath) {
        m_videoPath = path;
        m_media = path.isEmpty() ? std::nullopt : MediaProbe::probe(path, nullptr);
        if (m_a)
            m_shown = Take::B;
    }
    m_tabs->showItem(index, m_media);

    if (path.isEmpty()) {
        unload();
        showJob(index);
    } else if (!QFileInfo::exists(path)) {
        unload();
        showMessage(
            tr("The video file is missing from the library folder:\n%1").arg(QDir::toNativeSeparators(path)), true);
    } else if (m_shown != Take::A && path != m_loadedPath) {
        load(path, 0, true);
    }
    updateTakeLabel();
    updateActions();
}

void PreviewPanel::load(const QString &path, qint64 position, bool play)
{
    m_loadedPath = path;
    m_stack->setCurrentWidget(m_video);
    m_transport->setSeekEnabled(true);
    // Stopping reports LoadedMedia for the old source; the seek waits for the new one.
    m_pendingSeek = -1;
    m_player->stop();
    m_pendingSeek = position;
    m_pendingPlay = play;
    m_player->setSource(QUrl::fromLocalFile(path));
    if (play)
        m_player->play();
    else
        m_player->pause();
}

void PreviewPanel::unload()
{
    m_loadedPath.clear();
    m_player->stop();
    m_player->setSource(QUrl());
}

void PreviewPanel::applyPendingSeek()
{
    // A seek asked for before the media is seekable is dropped by the backend, so it waits until then.
    const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
    if (m_pendingSeek < 0 || !m_player->isSeekable()
        || (status != QMediaPlayer::LoadedMedia && status != QMediaPlayer::BufferedMedia
            && status != QMediaPlayer::BufferingMedia))
        return;
    const qint64 position = std::exchange(m_pendingSeek, -1);
    if (position > 0)
        m_player->setPosition(position);
}

void PreviewPanel::showMessage(const QString &text, bool offerReveal)
{
    m_status->showMessage(text, offerReveal);
    m_stack->setCurrentWidget(m_status);
    m_transport->setSeekEnabled(false);
}

void PreviewPanel::showJob(const QModelIndex &index)
{
    StatusPage::Job job;
    job.status = index.data(StudioModel::StatusTextRole).toString();
    // A problem in plain words with what to do (and when the engine tries again), else the recorded error.
    const FailureExplanation why = source().problem(index.data(StudioModel::JobIdRole).toLongLong());
    const QString error = index.data(StudioModel::ErrorRole).toString();
    if (!why.isEmpty())
        job.status += u"\n\n"_s + why.headline + u' ' + why.advice;
    else if (!error.isEmpty())
        job.status += u"\n"_s + error;
    job.rendering = PreviewSource::isRendering(index.data(StudioModel::StateRole).toString());
    job.progress = index.data(StudioModel::ProgressRole).toInt();
    job.thumbnailPath = index.data(StudioModel::ThumbnailPathRole).toString();
    m_status->showJob(job, m_stack->size());
    m_stack->setCurrentWidget(m_status);
    m_transport->setSeekEnabled(false);
}

void PreviewPanel::togglePlayback()
{
    if (m_player->source().isEmpty())
        return;
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void PreviewPanel::stepFrames(int frames)
{
    if (m_player->source().isEmpty())
        return;
    m_player->pause();
    const double fps = m_media && m_media->frameRate > 0 ? m_media->frameRate : kFallbackFps;
    const double frameMs = 1000.0 / fps;
    const qint64 duration = m_player->duration();
    // Work in whole frames so that repeated steps never drift.
    const qint64 current = std::llround(double(m_player->position()) / frameMs);
    qint64 target = std::llround(double(current + frames) * frameMs);
    const qint64 last
        = duration > 0 ? std::max<qint64>(0, std::llround(std::floor((duration - 1) / frameMs) * frameMs)) : target;
    target = std::clamp<qint64>(target, 0, last);
    m_player->setPosition(target);
}

void PreviewPanel::setPlaybackRate(double rate)
{
    m_transport->setPlaybackRate(rate);
}

double PreviewPanel::playbackRate() const
{
    return m_player->playbackRate();
}

void PreviewPanel::setMuted(bool muted)
{
    m_transport->setMuted(muted);
}

bool PreviewPanel::isMuted() const
{
    return m_audio->isMuted();
}

void PreviewPanel::setVolume(int volume)
{
    m_transport->setVolume(volume);
}

void PreviewPanel::setFullScreen(bool fullScreen)
{
    if (fullScreen == m_video->isFullScreen())
        return;
    if (fullScreen && m_stack->currentWidget() != m_video)
        return;
    m_video->setFullScreen(fullScreen);
    if (fullScreen) {
        m_video->activateWindow();
        m_video->setFocus();
    } else {
        // Back in the panel: the stack lays it out again, and keys go to the panel.
        m_stack->setCurrentWidget(m_video);
        m_video->show();
        m_transport->playButton()->setFocus();
    }
    action(Action::FullScreen)->setChecked(fullScreen);
}

bool PreviewPanel::isFullScreen() const
{
    return m_video->isFullScreen();
}

void PreviewPanel::pinCurrentAsA()
{
    if (m_a || !m_index.isValid() || m_videoPath.isEmpty() || !QFileInfo::exists(m_videoPath)) {
        m_a.reset();
        m_shown = Take::None;
        if (!m_videoPath.isEmpty() && m_loadedPath != m_videoPath && QFileInfo::exists(m_videoPath))
            load(m_videoPath, m_player->position(), m_player->playbackState() == QMediaPlayer::PlayingState);
    } else {
        m_a = PinnedTake { m_index, m_videoPath,
            PreviewSource::excerpt(m_index.data(StudioModel::PromptRole).toString()) };
        m_shown = Take::A;
    }
    updateTakeLabel();
    updateActions();
}

void PreviewPanel::toggleAB()
{
    if (!m_a || m_videoPath.isEmpty() || m_videoPath == m_a->videoPath)
        return;
    const Take target = m_shown == Take::A ? Take::B : Take::A;
    const QString path = target == Take::A ? m_a->videoPath : m_videoPath;
    if (!QFileInfo::exists(path))
        return;
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    const qint64 position = m_player->position();
    m_shown = target;
    load(path, position, playing);
    updateTakeLabel();
}

void PreviewPanel::updateTakeLabel()
{
    action(Action::PinA)->setText(m_a ? tr("Unpin A") : tr("Pin as A"));
    if (!m_a) {
        m_take->setVisible(false);
        action(Action::PinA)->setChecked(false);
        action(Action::ToggleAB)->setText(tr("A/B"));
        return;
    }
    action(Action::PinA)->setChecked(true);
    const bool showingA = m_shown == Take::A;
    const bool hasB = m_index.isValid() && m_videoPath != m_a->videoPath && QFileInfo::exists(m_videoPath);
    const QString prompt = PreviewSource::excerpt(m_index.data(StudioModel::PromptRole).toString());
    const QString b = !hasB ? tr("select another take") : prompt.isEmpty() ? tr("untitled") : prompt;
    m_take->setText(
        showingA ? tr("Showing A: %1   (B: %2)").arg(m_a->label, b) : tr("Showing B: %1   (A: %2)").arg(b, m_a->label));
    m_take->setVisible(true);
    action(Action::ToggleAB)->setText(showingA ? tr("A \u2192 B") : tr("B \u2192 A"));
}

void PreviewPanel::updateActions()
{
    const bool playable = m_stack->currentWidget() == m_video;
    for (const Action a : { Action::PlayPause, Action::StepBack, Action::StepForward, Action::FullScreen })
        action(a)->setEnabled(playable);
    action(Action::Slower)->setEnabled(m_transport->canSlowDown());
    action(Action::Faster)->setEnabled(m_transport->canSpeedUp());
    action(Action::PinA)->setEnabled(m_a || (playable && m_index.isValid() && !m_videoPath.isEmpty()));
    action(Action::ToggleAB)
        ->setEnabled(m_a && !m_videoPath.isEmpty() && m_videoPath != m_a->videoPath && QFileInfo::exists(m_videoPath));
    // A clip the provider made: a remix, an edit or an extension starts from it.
    const bool fromSource = m_index.isValid() && m_index.data(StudioModel::ClipIdRole).isValid()
        && !m_index.data(StudioModel::RemoteIdRole).toString().isEmpty()
        && !m_index.data(StudioModel::ProfileRole).toString().isEmpty();
    for (const Action a : { Action::Remix, Action::Edit, Action::Extend })
        action(a)->setEnabled(fromSource);
    action(Action::RevealFolder)->setEnabled(!m_videoPath.isEmpty());
}

void PreviewPanel::revealFolder()
{
    if (m_videoPath.isEmpty())
        return;
    QDir dir = QFileInfo(m_videoPath).dir();
    // A folder that is gone too: show the nearest one that still exists.
    while (!dir.exists() && dir.cdUp()) { }
    QDesktopServices::openUrl(QUrl::fromLocalFile(dir.absolutePath()));
}

bool PreviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A focused button presses itself on Space, as everywhere else, instead of the panel's play/pause shortcut;
    // the speed box keeps its letters for type-ahead instead of the M (mute) shortcut.
    if (event->type() == QEvent::ShortcutOverride && watched != m_video) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool button = qobject_cast<QAbstractButton *>(watched) != nullptr;
        const bool combo = qobject_cast<QComboBox *>(watched) != nullptr;
        if (key->modifiers() == Qt::NoModifier
            && ((button && key->key() == Qt::Key_Space) || (combo && key->key() == Qt::Key_M))) {
            event->accept();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched != m_video)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonDblClick) {
        setFullScreen(!isFullScreen());
        return true;
    }
    // Full screen, the video is its own window and the panel's shortcuts do not reach it.
    if (event->type() == QEvent::KeyPress && isFullScreen()
        && handleFullScreenKey(static_cast<QKeyEvent *>(event)->key()))
        return true;
    return QWidget::eventFilter(watched, event);
}

bool PreviewPanel::handleFullScreenKey(int key)
{
    switch (key) {
    case Qt::Key_Escape:
    case Qt::Key_F11:
        setFullScreen(false);
        return true;
    case Qt::Key_Space:
        togglePlayback();
        return true;
    case Qt::Key_Comma:
        stepFrames(-1);
        return true;
    case Qt::Key_Period:
        stepFrames(1);
        return true;
    case Qt::Key_M:
        setMuted(!isMuted());
        return true;
    case Qt::Key_Backslash:
        toggleAB();
        return true;
    case Qt::Key_BracketLeft:
        action(Action::Slower)->trigger();
        return true;
    case Qt::Key_BracketRight:
        action(Action::Faster)->trigger();
        return true;
    default:
        return false;
    }
}

void PreviewPanel::changeEvent(QEvent *event)
{
    // Theme icons follow a palette change (light and dark); the transport bar renews its own.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        action(Action::RevealFolder)->setIcon(Icons::icon(u"folder-open"_s));
    QWidget::changeEvent(event);
}

} // namespace Dailies
