// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/preview/previewpanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QAudio>
#include <QAudioOutput>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMediaPlayer>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>
#include <cmath>

#include "core/models/previewsource.h"
#include "core/models/studiomodel.h"
#include "session/workspace.h"
#include "widgets/icons.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
QString clock(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(ms, 0) / 1000;
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

// The frame rate used when the file cannot be probed: the demo provider's and Sora's.
constexpr double kFallbackFps = 24.0;

QString rateText(double rate)
{
    return QLocale().toString(rate, 'g', 3) + QChar(0x00d7);
}
} // namespace

PreviewPanel::PreviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
    , m_stack(new QStackedWidget(this))
    , m_video(new QVideoWidget(m_stack))
    , m_messagePage(new QWidget(m_stack))
    , m_message(new QLabel(m_messagePage))
    , m_reveal(new QPushButton(m_messagePage))
    , m_jobPage(new QWidget(m_stack))
    , m_jobThumbnail(new QLabel(m_jobPage))
    , m_jobStatus(new QLabel(m_jobPage))
    , m_jobProgress(new QProgressBar(m_jobPage))
    , m_take(new QLabel(this))
    , m_play(new QToolButton(this))
    , m_loop(new QToolButton(this))
    , m_position(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_speed(new QComboBox(this))
    , m_mute(new QToolButton(this))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_tabs(new QTabWidget(this))
    , m_details(new QPlainTextEdit(m_tabs))
    , m_response(new QPlainTextEdit(m_tabs))
    , m_chain(new QListWidget(m_tabs))
{
    setObjectName(u"previewPanel"_s);
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_video);
    m_player->setLoops(QMediaPlayer::Infinite);

    // The picture: the video, a message (nothing selected, a missing file) or a running job's status.
    m_stack->setObjectName(u"previewStack"_s);
    m_stack->setMinimumSize(240, 135);
    m_video->setObjectName(u"video"_s);
    m_video->setAccessibleName(tr("Video"));
    m_video->setToolTip(tr("Double-click for full screen (F11); Esc leaves it"));
    m_video->installEventFilter(this);
    m_message->setObjectName(u"previewPlaceholder"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reveal->setObjectName(u"revealFolder"_s);
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch();
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_reveal, 0, Qt::AlignHCenter);
    messageLayout->addStretch();
    m_jobThumbnail->setObjectName(u"jobThumbnail"_s);
    m_jobThumbnail->setAlignment(Qt::AlignCenter);
    m_jobThumbnail->setMinimumHeight(80);
    m_jobThumbnail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_jobStatus->setObjectName(u"jobStatus"_s);
    m_jobStatus->setAccessibleName(tr("Job status"));
    m_jobStatus->setAlignment(Qt::AlignCenter);
    m_jobStatus->setWordWrap(true);
    m_jobProgress->setObjectName(u"jobProgress"_s);
    m_jobProgress->setAccessibleName(tr("Job progress"));
    m_jobProgress->setRange(0, 100);
    auto *jobLayout = new QVBoxLayout(m_jobPage);
    jobLayout->addWidget(m_jobThumbnail, 1);
    jobLayout->addWidget(m_jobStatus);
    jobLayout->addWidget(m_jobProgress);
    m_stack->addWidget(m_messagePage);
    m_stack->addWidget(m_jobPage);
    m_stack->addWidget(m_video);

    // Every command is an action (shortcut, tooltip, enabled state in one place); buttons show them.
    makeAction(
        Action::PlayPause, tr("Play/Pause"), tr("Play or pause (Space)"), Qt::Key_Space, u"media-playback-start"_s);
    makeAction(
        Action::StepBack, tr("Previous frame"), tr("One frame back (,)"), Qt::Key_Comma, u"media-skip-backward"_s);
    makeAction(
        Action::StepForward, tr("Next frame"), tr("One frame forward (.)"), Qt::Key_Period, u"media-skip-forward"_s);
    makeAction(Action::Slower, tr("Slower"), tr("Play slower ([)"), Qt::Key_BracketLeft, {});
    makeAction(Action::Faster, tr("Faster"), tr("Play faster (])"), Qt::Key_BracketRight, {});
    makeAction(Action::Mute, tr("Mute"), tr("Mute or unmute (M)"), Qt::Key_M, u"audio-volume-high"_s);
    makeAction(Action::FullScreen, tr("Full screen"), tr("Full screen (F11, or double-click the video; Esc leaves)"),
        Qt::Key_F11, u"view-fullscreen"_s);
    makeAction(Action::PinA, tr("Pin as A"), tr("Pin this take as A, then select another take (B) to compare them"),
        QKeySequence(), {});
    makeAction(Action::ToggleAB, tr("A/B"), tr("Switch between take A and take B at the same position (\\)"),
        Qt::Key_Backslash, {});
    makeAction(Action::Remix, tr("Remix\u2026"), tr("Remix this clip with a new prompt (Ctrl+R)"),
        QKeySequence(Qt::CTRL | Qt::Key_R), {});
    makeAction(Action::RevealFolder, tr("Reveal folder"), tr("Open the folder where the clip should be"),
        QKeySequence(), u"folder-open"_s);
    action(Action::PinA)->setCheckable(true);
    action(Action::Mute)->setCheckable(true);
    action(Action::FullScreen)->setCheckable(true);

    connect(action(Action::PlayPause), &QAction::triggered, this, &PreviewPanel::togglePlayback);
    connect(action(Action::StepBack), &QAction::triggered, this, [this] { stepFrames(-1); });
    connect(action(Action::StepForward), &QAction::triggered, this, [this] { stepFrames(1); });
    connect(action(Action::Slower), &QAction::triggered, this, [this] {
        const int i = m_speed->currentIndex();
        if (i > 0)
            m_speed->setCurrentIndex(i - 1);
    });
    connect(action(Action::Faster), &QAction::triggered, this, [this] {
        const int i = m_speed->currentIndex();
        if (i + 1 < m_speed->count())
            m_speed->setCurrentIndex(i + 1);
    });
    connect(action(Action::Mute), &QAction::toggled, this, &PreviewPanel::setMuted);
    connect(action(Action::FullScreen), &QAction::toggled, this, &PreviewPanel::setFullScreen);
    connect(action(Action::PinA), &QAction::triggered, this, &PreviewPanel::pinCurrentAsA);
    connect(action(Action::ToggleAB), &QAction::triggered, this, &PreviewPanel::toggleAB);
    connect(action(Action::Remix), &QAction::triggered, this, [this] {
        // The take on screen: A when the A/B switch shows it, else the selected row.
        if (m_shown == Take::A && m_a && m_a->index.isValid())
            Q_EMIT remixRequested(m_a->index);
        else if (m_index.isValid())
            Q_EMIT remixRequested(m_index);
    });
    connect(action(Action::RevealFolder), &QAction::triggered, this, &PreviewPanel::revealFolder);

    const auto button = [this](Action which, const QString &name) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setDefaultAction(action(which));
        b->setAccessibleName(action(which)->text().remove(QChar(0x2026)));
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::StrongFocus);
        return b;
    };
    m_play->setObjectName(u"play"_s);
    m_play->setDefaultAction(action(Action::PlayPause));
    m_play->setAccessibleName(tr("Play or pause"));
    m_play->setAutoRaise(true);
    m_play->setFocusPolicy(Qt::StrongFocus);
    m_loop->setObjectName(u"loop"_s);
    m_loop->setAccessibleName(tr("Loop"));
    m_loop->setToolTip(tr("Play the clip again and again"));
    m_loop->setCheckable(true);
    m_loop->setChecked(true);
    m_loop->setAutoRaise(true);
    m_loop->setFocusPolicy(Qt::StrongFocus);
    m_position->setObjectName(u"position"_s);
    m_position->setAccessibleName(tr("Position"));
    m_position->setToolTip(tr("Drag to scrub; , and . step one frame"));
    m_position->setEnabled(false);
    m_time->setObjectName(u"time"_s);
    m_time->setAccessibleName(tr("Time"));
    m_time->setText(clock(0) + u" / "_s + clock(0));
    m_speed->setObjectName(u"speed"_s);
    m_speed->setAccessibleName(tr("Speed"));
    m_speed->setToolTip(tr("Playback speed ([ slower, ] faster)"));
    for (const double rate : kRates)
        m_speed->addItem(rateText(rate), rate);
    m_speed->setCurrentIndex(3);
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_mute->setObjectName(u"mute"_s);
    m_mute->setDefaultAction(action(Action::Mute));
    m_mute->setAccessibleName(tr("Mute"));
    m_mute->setAutoRaise(true);
    m_mute->setFocusPolicy(Qt::StrongFocus);
    m_volume->setObjectName(u"volume"_s);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setToolTip(tr("Volume (M mutes)"));
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setMaximumWidth(110);
    m_volume->setMinimumWidth(60);
    m_take->setObjectName(u"abTake"_s);
    m_take->setAccessibleName(tr("Take shown"));
    m_take->setVisible(false);
    m_take->setTextFormat(Qt::PlainText);
    m_take->setWordWrap(true); // a long prompt must not widen the panel
    m_reveal->setText(action(Action::RevealFolder)->text());
    m_reveal->setAccessibleName(action(Action::RevealFolder)->text());
    m_reveal->setToolTip(action(Action::RevealFolder)->toolTip());
    connect(m_reveal, &QPushButton::clicked, action(Action::RevealFolder), &QAction::trigger);

    m_details->setObjectName(u"details"_s);
    m_details->setAccessibleName(tr("Clip details"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_response->setObjectName(u"response"_s);
    m_response->setAccessibleName(tr("Server response"));
    m_response->setReadOnly(true);
    m_response->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_response->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_response->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_chain->setObjectName(u"remixChain"_s);
    m_chain->setAccessibleName(tr("Remix chain"));
    m_chain->setToolTip(tr("Press Enter or double-click to select a clip"));
    m_tabs->setObjectName(u"previewTabs"_s);
    m_tabs->setAccessibleName(tr("Clip information"));
    m_tabs->addTab(m_details, tr("&Details"));
    m_tabs->addTab(m_response, tr("Res&ponse"));
    m_tabs->addTab(m_chain, tr("Remi&x chain"));
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int) {
        if (m_tabs->currentWidget() == m_chain)
            fillRemixChain();
    });
    connect(m_chain, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (id > 0)
            Q_EMIT clipSelectionRequested(id);
    });

    auto *transport = new QHBoxLayout;
    transport->setSpacing(2);
    transport->addWidget(m_play);
    QToolButton *stepBack = button(Action::StepBack, u"stepBack"_s);
    QToolButton *stepForward = button(Action::StepForward, u"stepForward"_s);
    transport->addWidget(stepBack);
    transport->addWidget(stepForward);
    transport->addWidget(m_position, 1);
    transport->addWidget(m_time);
    auto *options = new QHBoxLayout;
    options->setSpacing(2);
    options->addWidget(m_loop);
    options->addWidget(m_speed);
    options->addWidget(m_mute);
    options->addWidget(m_volume);
    options->addStretch();
    QToolButton *pin = button(Action::PinA, u"pinA"_s);
    QToolButton *ab = button(Action::ToggleAB, u"toggleAB"_s);
    QToolButton *remix = button(Action::Remix, u"remix"_s);
    pin->setToolButtonStyle(Qt::ToolButtonTextOnly);
    ab->setToolButtonStyle(Qt::ToolButtonTextOnly);
    remix->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    options->addWidget(pin);
    options->addWidget(ab);
    QToolButton *fullScreen = button(Action::FullScreen, u"fullScreen"_s);
    options->addWidget(fullScreen);
    options->addWidget(remix);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack, 3);
    layout->addWidget(m_take);
    layout->addLayout(transport);
    layout->addLayout(options);
    layout->addWidget(m_tabs, 2);
    // Tab goes through the controls in the order they are seen: transport, options, then the tabs.
    const QList<QWidget *> order { m_play, stepBack, stepForward, m_position, m_loop, m_speed, m_mute, m_volume, pin,
        ab, fullScreen, remix, m_reveal, m_tabs };
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_loop, &QToolButton::toggled, this,
        [this](bool on) { m_player->setLoops(on ? QMediaPlayer::Infinite : QMediaPlayer::Once); });
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this](int) {
        m_player->setPlaybackRate(m_speed->currentData().toDouble());
        updateActions();
    });
    connect(m_volume, &QSlider::valueChanged, this, &PreviewPanel::setVolume);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &PreviewPanel::updatePlayButton);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        m_position->setRange(0, int(duration));
        updatePosition();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, &PreviewPanel::updatePosition);
    connect(m_position, &QSlider::sliderMoved, m_player, [this](int value) { m_player->setPosition(value); });
    connect(m_position, &QSlider::actionTriggered, this, [this](int sliderAction) {
        // Keyboard and page clicks on the slider seek too (sliderMoved covers only dragging).
        if (sliderAction != QAbstractSlider::SliderMove)
            m_player->setPosition(m_position->sliderPosition());
    });
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
    setVolume(m_volume->value());
    showItem({});
    updatePlayButton();
    updateIcons();
    for (QAbstractButton *child : findChildren<QAbstractButton *>())
        child->installEventFilter(this);
    for (QComboBox *box : findChildren<QComboBox *>())
        box->installEventFilter(this);
}

PreviewPanel::~PreviewPanel() = default;

QAction *PreviewPanel::makeAction(
    Action which, const QString &text, const QString &toolTip, const QKeySequence &shortcut, const QString &icon)
{
    auto *a = new QAction(text, this);
    a->setObjectName(QString::fromLatin1(QMetaEnum::fromType<Action>().valueToKey(int(which))));
    a->setToolTip(toolTip);
    a->setShortcut(shortcut);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (!icon.isEmpty())
        a->setIcon(Icons::icon(icon));
    addAction(a);
    Q_ASSERT(m_actions.size() == int(which));
    m_actions << a;
    return a;
}

QAction *PreviewPanel::action(Action which) const
{
    return m_actions.value(int(which));
}

PreviewSource PreviewPanel::source() const
{
    return { m_workspace ? m_workspace->engine() : nullptr, m_workspace ? m_workspace->library() : nullptr };
}

void PreviewPanel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_chainDirty = true;
    if (m_index.isValid())
        updateResponse(m_index);
}

QString PreviewPanel::detailsText() const
{
    return m_details->toPlainText();
}

QString PreviewPanel::responseText() const
{
    return m_response->toPlainText();
}

QString PreviewPanel::messageText() const
{
    if (m_stack->currentWidget() == m_jobPage)
        return m_jobStatus->text();
    if (m_stack->currentWidget() == m_messagePage)
        return m_message->text();
    return {};
}

QListWidget *PreviewPanel::remixChainList()
{
    fillRemixChain();
    return m_chain;
}

void PreviewPanel::showItem(const QModelIndex &index)
{
    const bool sameRow = index.isValid() && QPersistentModelIndex(index) == m_index;
    m_index = index;
    if (!sameRow)
        m_chainDirty = true;
    if (!index.isValid()) {
        m_videoPath.clear();
        m_loadedPath.clear();
        m_media.reset();
        m_player->stop();
        m_player->setSource(QUrl());
        m_details->clear();
        m_response->clear();
        m_chain->clear();
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
    updateDetails(index);
    updateResponse(index);
    if (m_tabs->currentWidget() == m_chain)
        fillRemixChain();

    if (path.isEmpty()) {
        m_loadedPath.clear();
        m_player->stop();
        m_player->setSource(QUrl());
        showJob(index);
    } else if (!QFileInfo::exists(path)) {
        m_loadedPath.clear();
        m_player->stop();
        m_player->setSource(QUrl());
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
    m_position->setEnabled(true);
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
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_reveal->setVisible(offerReveal);
    m_stack->setCurrentWidget(m_messagePage);
    m_position->setEnabled(false);
}

void PreviewPanel::showJob(const QModelIndex &index)
{
    const QString state = index.data(StudioModel::StateRole).toString();
    QString status = index.data(StudioModel::StatusTextRole).toString();
    // A problem in plain words with what to do (and when the engine tries again), else the recorded error.
    const FailureExplanation why = source().problem(index.data(StudioModel::JobIdRole).toLongLong());
    const QString error = index.data(StudioModel::ErrorRole).toString();
    if (!why.isEmpty())
        status += u"\n\n"_s + why.headline + u' ' + why.advice;
    else if (!error.isEmpty())
        status += u"\n"_s + error;
    m_jobStatus->setText(status);
    const QVariant progress = index.data(StudioModel::ProgressRole);
    m_jobProgress->setVisible(PreviewSource::isRendering(state));
    m_jobProgress->setValue(progress.toInt());
    const QString thumbnail = index.data(StudioModel::ThumbnailPathRole).toString();
    QPixmap picture;
    if (!thumbnail.isEmpty())
        picture.load(thumbnail);
    m_jobThumbnail->setPixmap(picture.isNull()
            ? QPixmap()
            : picture.scaled(m_stack->size() * 0.8, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_jobThumbnail->setVisible(!picture.isNull());
    m_stack->setCurrentWidget(m_jobPage);
    m_position->setEnabled(false);
}

void PreviewPanel::updateDetails(const QModelIndex &index)
{
    QStringList lines;
    lines << index.data(StudioModel::PromptRole).toString() << QString();
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << label.arg(value);
    };
    const QLocale locale;
    const auto when = [&locale](const QVariant &value) {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? locale.toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    add(tr("Status: %1"), index.data(StudioModel::StatusTextRole).toString());
    add(tr("Model: %1"), index.data(StudioModel::ModelRole).toString());
    add(tr("Size: %1"), index.data(StudioModel::SizeRole).toString());
    add(tr("Duration: %1 s"), index.data(StudioModel::SecondsRole).toString());
    add(tr("Provider: %1"), index.data(StudioModel::ProfileRole).toString());
    add(tr("Project: %1"), index.data(StudioModel::ProjectRole).toString());
    const QVariant cost = index.data(StudioModel::CostRole);
    if (cost.isValid())
        add(tr("Cost: %1"), locale.toString(cost.toDouble(), 'f', 2));
    add(tr("Problem: %1"), index.data(StudioModel::ErrorRole).toString());
    lines << QString();
    add(tr("Video id: %1"), index.data(StudioModel::RemoteIdRole).toString());
    add(tr("Remix of: %1"), index.data(StudioModel::ParentRemoteIdRole).toString());
    const QVariant job = index.data(StudioModel::JobIdRole);
    if (job.isValid())
        add(tr("Job: %1"), job.toString());
    const QVariant clip = index.data(StudioModel::ClipIdRole);
    if (clip.isValid())
        add(tr("Clip: %1"), clip.toString());
    add(tr("Submitted: %1"), when(index.data(StudioModel::SubmittedAtRole)));
    add(tr("Created: %1"), when(index.data(StudioModel::CreatedAtRole)));
    add(tr("Finished: %1"), when(index.data(StudioModel::CompletedAtRole)));
    const QVariant elapsed = index.data(StudioModel::ElapsedRole);
    if (elapsed.isValid())
        add(tr("Elapsed: %1 s"), locale.toString(elapsed.toLongLong() / 1000.0, 'f', 1));
    const QString video = index.data(StudioModel::VideoPathRole).toString();
    if (!video.isEmpty()) {
        lines << QString();
        add(tr("Video file: %1"), QDir::toNativeSeparators(video));
        add(tr("Thumbnail: %1"), QDir::toNativeSeparators(index.data(StudioModel::ThumbnailPathRole).toString()));
    }
    if (m_media) {
        const MediaInfo &m = *m_media;
        add(tr("Picture: %1"),
            tr("%1, %2×%3, %4 fps, %5 frames")
                .arg(m.videoCodec)
                .arg(m.width)
                .arg(m.height)
                .arg(locale.toString(m.frameRate, 'f', 3))
                .arg(m.frameCount));
        add(tr("Length: %1 s"), locale.toString(m.durationMs / 1000.0, 'f', 3));
        add(tr("Sound: %1"), m.hasAudio ? m.audioCodec : tr("none"));
    }
    const QString details = lines.join(u'\n').trimmed();
    if (details != m_details->toPlainText())
        m_details->setPlainText(details);
}

void PreviewPanel::updateResponse(const QModelIndex &index)
{
    const QJsonObject response = source().response(index.data(StudioModel::ClipIdRole).toLongLong(),
        index.data(StudioModel::JobIdRole).toLongLong(), index.data(StudioModel::VideoPathRole).toString());
    const QString text = response.isEmpty()
        ? tr("No response from the server yet.")
        : QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Indented));
    if (text != m_response->toPlainText())
        m_response->setPlainText(text);
}

void PreviewPanel::fillRemixChain()
{
    if (!m_chainDirty)
        return;
    m_chainDirty = false;
    m_chain->clear();
    if (!m_index.isValid())
        return;
    const PreviewSource::RemixChain chain = source().remixChain(m_index.data(StudioModel::ProfileRole).toString(),
        m_index.data(StudioModel::RemoteIdRole).toString(), m_index.data(StudioModel::ParentRemoteIdRole).toString());
    const auto item = [this](const QString &text, qint64 clipId, const QString &toolTip) {
        auto *i = new QListWidgetItem(text, m_chain);
        i->setData(Qt::UserRole, clipId);
        i->setToolTip(toolTip);
        if (clipId <= 0)
            i->setFlags(i->flags() & ~Qt::ItemIsSelectable);
        return i;
    };

    if (!chain.missingParent.isEmpty())
        item(tr("Remix of %1 (not in the library)").arg(chain.missingParent), 0, chain.missingParent);
    for (const PreviewSource::RemixLink &link : chain.ancestors)
        item(tr("Parent: %1").arg(PreviewSource::excerpt(link.prompt)), link.clipId, link.prompt);
    QListWidgetItem *self = item(
        tr("This clip: %1").arg(PreviewSource::excerpt(m_index.data(StudioModel::PromptRole).toString())), 0, {});
    QFont bold = self->font();
    bold.setBold(true);
    self->setFont(bold);

    for (const PreviewSource::RemixLink &link : chain.remixes)
        item(tr("Remix: %1").arg(PreviewSource::excerpt(link.prompt)), link.clipId, link.prompt);
    for (const PreviewSource::RemixLink &link : chain.rendering)
        item(tr("Remix in progress: %1").arg(PreviewSource::excerpt(link.prompt)), 0, link.prompt);
    if (chain.isEmpty())
        item(tr("No remixes yet. Press Ctrl+R to remix this clip."), 0, {});
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
    int best = 0;
    for (int i = 1; i < int(kRates.size()); ++i) {
        if (std::abs(kRates[size_t(i)] - rate) < std::abs(kRates[size_t(best)] - rate))
            best = i;
    }
    m_speed->setCurrentIndex(best);
}

double PreviewPanel::playbackRate() const
{
    return m_player->playbackRate();
}

void PreviewPanel::setMuted(bool muted)
{
    m_audio->setMuted(muted);
    action(Action::Mute)->setChecked(muted);
    m_volume->setEnabled(!muted);
    updateIcons();
}

bool PreviewPanel::isMuted() const
{
    return m_audio->isMuted();
}

void PreviewPanel::setVolume(int volume)
{
    volume = std::clamp(volume, 0, 100);
    if (m_volume->value() != volume)
        m_volume->setValue(volume);
    m_audio->setVolume(
        float(QAudio::convertVolume(volume / 100.0, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale)));
    updateIcons();
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
        m_play->setFocus();
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
    action(Action::Slower)->setEnabled(m_speed->currentIndex() > 0);
    action(Action::Faster)->setEnabled(m_speed->currentIndex() + 1 < m_speed->count());
    action(Action::PinA)->setEnabled(m_a || (playable && m_index.isValid() && !m_videoPath.isEmpty()));
    action(Action::ToggleAB)
        ->setEnabled(m_a && !m_videoPath.isEmpty() && m_videoPath != m_a->videoPath && QFileInfo::exists(m_videoPath));
    action(Action::Remix)
        ->setEnabled(m_index.isValid() && m_index.data(StudioModel::ClipIdRole).isValid()
            && !m_index.data(StudioModel::RemoteIdRole).toString().isEmpty());
    action(Action::RevealFolder)->setEnabled(!m_videoPath.isEmpty());
}

void PreviewPanel::updatePlayButton()
{
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    action(Action::PlayPause)
        ->setIcon(playing ? Icons::icon(u"media-playback-pause"_s) : Icons::icon(u"media-playback-start"_s));
}

void PreviewPanel::updateIcons()
{
    const bool muted = m_audio->isMuted() || m_volume->value() == 0;
    action(Action::Mute)->setIcon(muted ? Icons::icon(u"audio-volume-muted"_s) : Icons::icon(u"audio-volume-high"_s));
    m_loop->setIcon(Icons::icon(u"media-playlist-repeat"_s));
    action(Action::StepBack)->setIcon(Icons::icon(u"media-skip-backward"_s));
    action(Action::StepForward)->setIcon(Icons::icon(u"media-skip-forward"_s));
    action(Action::FullScreen)->setIcon(Icons::icon(u"view-fullscreen"_s));
    action(Action::Remix)->setIcon(Icons::icon(u"media-playlist-shuffle"_s));
    action(Action::RevealFolder)->setIcon(Icons::icon(u"folder-open"_s));
    updatePlayButton();
}

void PreviewPanel::updatePosition()
{
    if (!m_position->isSliderDown())
        m_position->setValue(int(m_player->position()));
    m_time->setText(clock(m_player->position()) + u" / "_s + clock(m_player->duration()));
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
    if (event->type() == QEvent::KeyPress && isFullScreen()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
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
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PreviewPanel::changeEvent(QEvent *event)
{
    // Theme icons follow a palette change (light and dark).
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcons();
    QWidget::changeEvent(event);
}

} // namespace Dailies
