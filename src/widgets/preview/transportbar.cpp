// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/preview/transportbar.h"

#include <QAction>
#include <QAudio>
#include <QAudioOutput>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMediaPlayer>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

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

QString rateText(double rate)
{
    return QLocale().toString(rate, 'g', 3) + QChar(0x00d7);
}

// Where kRates has 1×.
constexpr int kNormalRate = 3;
static_assert(TransportBar::kRates[kNormalRate] == 1.0);
constexpr int kDefaultVolume = 80;
} // namespace

TransportBar::TransportBar(QMediaPlayer *player, QAudioOutput *audio, const Actions &actions, QWidget *parent)
    : QWidget(parent)
    , m_player(player)
    , m_audio(audio)
    , m_actions(actions)
    , m_play(new QToolButton(this))
    , m_stepBack(button(actions.stepBack, u"stepBack"_s, {}))
    , m_stepForward(button(actions.stepForward, u"stepForward"_s, {}))
    , m_position(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_loop(new QToolButton(this))
    , m_speed(new QComboBox(this))
    , m_mute(new QToolButton(this))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_pin(button(actions.pinA, u"pinA"_s, {}))
    , m_ab(button(actions.toggleAB, u"toggleAB"_s, {}))
    , m_fullScreen(button(actions.fullScreen, u"fullScreen"_s, {}))
    , m_remix(button(actions.remix, u"remix"_s, {}))
    , m_edit(button(actions.edit, u"edit"_s, {}))
    , m_extend(button(actions.extend, u"extend"_s, {}))
{
    setObjectName(u"transportBar"_s);
    setUpControls();
    layOut();
    connectPlayer();
    setVolume(m_volume->value());
    updateIcons();
}

TransportBar::~TransportBar() = default;

QToolButton *TransportBar::button(QAction *action, const QString &name, const QString &accessibleName)
{
    auto *b = new QToolButton(this);
    b->setObjectName(name);
    b->setDefaultAction(action);
    b->setAccessibleName(accessibleName.isEmpty() ? action->text().remove(QChar(0x2026)) : accessibleName);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::StrongFocus);
    return b;
}

void TransportBar::setUpControls()
{
    for (QToolButton *b : { m_play, m_loop, m_mute }) {
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::StrongFocus);
    }
    m_play->setObjectName(u"play"_s);
    m_play->setDefaultAction(m_actions.playPause);
    m_play->setAccessibleName(tr("Play or pause"));
    m_loop->setObjectName(u"loop"_s);
    m_loop->setAccessibleName(tr("Loop"));
    m_loop->setToolTip(tr("Play the clip again and again"));
    m_loop->setCheckable(true);
    m_loop->setChecked(true);
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
    m_speed->setCurrentIndex(kNormalRate);
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_mute->setObjectName(u"mute"_s);
    m_mute->setDefaultAction(m_actions.mute);
    m_mute->setAccessibleName(tr("Mute"));
    m_volume->setObjectName(u"volume"_s);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setToolTip(tr("Volume (M mutes)"));
    m_volume->setRange(0, 100);
    m_volume->setValue(kDefaultVolume);
    m_volume->setMaximumWidth(110);
    m_volume->setMinimumWidth(60);
    m_pin->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_ab->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_remix->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_edit->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_extend->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void TransportBar::layOut()
{
    auto *transport = new QHBoxLayout;
    transport->setSpacing(2);
    for (QWidget *w : std::initializer_list<QWidget *> { m_play, m_stepBack, m_stepForward })
        transport->addWidget(w);
    transport->addWidget(m_position, 1);
    transport->addWidget(m_time);
    auto *options = new QHBoxLayout;
    options->setSpacing(2);
    for (QWidget *w : std::initializer_list<QWidget *> { m_loop, m_speed, m_mute, m_volume })
        options->addWidget(w);
    options->addStretch();
    for (QToolButton *w : { m_pin, m_ab, m_fullScreen, m_remix, m_edit, m_extend })
        options->addWidget(w);
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(transport);
    rows->addLayout(options);
    // Tab goes through the controls in the order they are seen.
    const QList<QWidget *> order { m_play, m_stepBack, m_stepForward, m_position, m_loop, m_speed, m_mute, m_volume,
        m_pin, m_ab, m_fullScreen, m_remix, m_edit, m_extend };
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void TransportBar::connectPlayer()
{
    connect(m_loop, &QToolButton::toggled, this,
        [this](bool on) { m_player->setLoops(on ? QMediaPlayer::Infinite : QMediaPlayer::Once); });
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this](int) {
        const double rate = m_speed->currentData().toDouble();
        m_player->setPlaybackRate(rate);
        Q_EMIT rateChanged(rate);
    });
    connect(m_actions.mute, &QAction::toggled, this, &TransportBar::setMuted);
    connect(m_volume, &QSlider::valueChanged, this, &TransportBar::setVolume);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &TransportBar::updatePlayIcon);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        m_position->setRange(0, int(duration));
        updatePosition();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, &TransportBar::updatePosition);
    connect(m_position, &QSlider::sliderMoved, m_player, [this](int value) { m_player->setPosition(value); });
    connect(m_position, &QSlider::actionTriggered, this, [this](int sliderAction) {
        // Keyboard and page clicks on the slider seek too (sliderMoved covers only dragging).
        if (sliderAction != QAbstractSlider::SliderMove)
            m_player->setPosition(m_position->sliderPosition());
    });
}

void TransportBar::setPlaybackRate(double rate)
{
    int best = 0;
    for (int i = 1; i < int(kRates.size()); ++i) {
        if (std::abs(kRates[size_t(i)] - rate) < std::abs(kRates[size_t(best)] - rate))
            best = i;
    }
    m_speed->setCurrentIndex(best);
}

void TransportBar::stepRate(int steps)
{
    m_speed->setCurrentIndex(std::clamp(m_speed->currentIndex() + steps, 0, m_speed->count() - 1));
}

bool TransportBar::canSlowDown() const
{
    return m_speed->currentIndex() > 0;
}

bool TransportBar::canSpeedUp() const
{
    return m_speed->currentIndex() + 1 < m_speed->count();
}

void TransportBar::setMuted(bool muted)
{
    m_audio->setMuted(muted);
    m_actions.mute->setChecked(muted);
    m_volume->setEnabled(!muted);
    updateIcons();
}

void TransportBar::setVolume(int volume)
{
    volume = std::clamp(volume, 0, 100);
    if (m_volume->value() != volume)
        m_volume->setValue(volume);
    m_audio->setVolume(
        float(QAudio::convertVolume(volume / 100.0, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale)));
    updateIcons();
}

void TransportBar::setSeekEnabled(bool enabled)
{
    m_position->setEnabled(enabled);
}

void TransportBar::updatePosition()
{
    if (!m_position->isSliderDown())
        m_position->setValue(int(m_player->position()));
    m_time->setText(clock(m_player->position()) + u" / "_s + clock(m_player->duration()));
}

void TransportBar::updatePlayIcon()
{
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_actions.playPause->setIcon(
        playing ? Icons::icon(u"media-playback-pause"_s) : Icons::icon(u"media-playback-start"_s));
}

void TransportBar::updateIcons()
{
    const bool muted = m_audio->isMuted() || m_volume->value() == 0;
    m_actions.mute->setIcon(muted ? Icons::icon(u"audio-volume-muted"_s) : Icons::icon(u"audio-volume-high"_s));
    m_loop->setIcon(Icons::icon(u"media-playlist-repeat"_s));
    m_actions.stepBack->setIcon(Icons::icon(u"media-skip-backward"_s));
    m_actions.stepForward->setIcon(Icons::icon(u"media-skip-forward"_s));
    m_actions.fullScreen->setIcon(Icons::icon(u"view-fullscreen"_s));
    m_actions.remix->setIcon(Icons::icon(u"media-playlist-shuffle"_s));
    updatePlayIcon();
}

void TransportBar::changeEvent(QEvent *event)
{
    // Icons follow a palette change (light and dark).
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcons();
    QWidget::changeEvent(event);
}

} // namespace Dailies
