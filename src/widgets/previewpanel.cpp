// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/previewpanel.h"

#include <QAudioOutput>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMediaPlayer>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSlider>
#include <QStackedLayout>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

#include "core/models/studiomodel.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
QString clock(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback));
}
} // namespace

PreviewPanel::PreviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
    , m_video(new QVideoWidget(this))
    , m_placeholder(new QLabel(this))
    , m_stack(new QStackedLayout)
    , m_play(new QToolButton(this))
    , m_loop(new QToolButton(this))
    , m_position(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(u"previewPanel"_s);
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_video);
    m_video->setObjectName(u"video"_s);
    m_video->setAccessibleName(tr("Video"));
    m_video->setMinimumSize(320, 180);
    m_placeholder->setObjectName(u"previewPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Select a clip to play it here."));

    m_play->setObjectName(u"play"_s);
    m_play->setAccessibleName(tr("Play or pause"));
    m_play->setToolTip(tr("Play or pause (Space)"));
    m_loop->setObjectName(u"loop"_s);
    m_loop->setAccessibleName(tr("Loop"));
    m_loop->setToolTip(tr("Play the clip again and again"));
    m_loop->setCheckable(true);
    m_loop->setChecked(true);
    m_loop->setIcon(themeIcon(u"media-playlist-repeat"_s, QStyle::SP_BrowserReload, this));
    m_position->setObjectName(u"position"_s);
    m_position->setAccessibleName(tr("Position"));
    m_position->setEnabled(false);
    m_time->setObjectName(u"time"_s);
    m_time->setAccessibleName(tr("Time"));
    m_time->setText(clock(0) + u" / "_s + clock(0));
    m_details->setObjectName(u"details"_s);
    m_details->setAccessibleName(tr("Clip details"));
    m_details->setReadOnly(true);
    m_player->setLoops(QMediaPlayer::Infinite);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_video);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_loop);
    controls->addWidget(m_position, 1);
    controls->addWidget(m_time);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_stack, 3);
    layout->addLayout(controls);
    layout->addWidget(m_details, 2);

    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), this);
    space->setContext(Qt::WidgetWithChildrenShortcut);
    connect(space, &QShortcut::activated, this, &PreviewPanel::togglePlayback);
    connect(m_play, &QToolButton::clicked, this, &PreviewPanel::togglePlayback);
    connect(m_loop, &QToolButton::toggled, this,
        [this](bool on) { m_player->setLoops(on ? QMediaPlayer::Infinite : QMediaPlayer::Once); });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &PreviewPanel::updatePlayButton);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        m_position->setRange(0, int(duration));
        updatePosition();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, &PreviewPanel::updatePosition);
    connect(m_position, &QSlider::sliderMoved, m_player, [this](int value) { m_player->setPosition(value); });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        m_placeholder->setText(tr("This clip cannot be played: %1").arg(text));
        m_stack->setCurrentWidget(m_placeholder);
    });
    updatePlayButton();
}

PreviewPanel::~PreviewPanel() = default;

QString PreviewPanel::detailsText() const
{
    return m_details->toPlainText();
}

void PreviewPanel::showItem(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_videoPath.clear();
        m_player->stop();
        m_player->setSource(QUrl());
        m_details->clear();
        m_placeholder->setText(tr("Select a clip to play it here."));
        m_stack->setCurrentWidget(m_placeholder);
        m_position->setEnabled(false);
        return;
    }
    QStringList lines;
    lines << index.data(StudioModel::PromptRole).toString() << QString();
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << label.arg(value);
    };
    add(tr("Status: %1"), index.data(StudioModel::StatusTextRole).toString());
    add(tr("Model: %1"), index.data(StudioModel::ModelRole).toString());
    add(tr("Size: %1"), index.data(StudioModel::SizeRole).toString());
    add(tr("Duration: %1 s"), index.data(StudioModel::SecondsRole).toString());
    add(tr("Provider: %1"), index.data(StudioModel::ProfileRole).toString());
    const QVariant cost = index.data(StudioModel::CostRole);
    if (cost.isValid())
        add(tr("Cost: %1"), QLocale().toString(cost.toDouble(), 'f', 2));
    add(tr("Video id: %1"), index.data(StudioModel::RemoteIdRole).toString());
    add(tr("Problem: %1"), index.data(StudioModel::ErrorRole).toString());
    const QString details = lines.join(u'\n');
    if (details != m_details->toPlainText())
        m_details->setPlainText(details);

    const QString path = index.data(StudioModel::VideoPathRole).toString();
    if (path == m_videoPath)
        return;
    m_videoPath = path;
    m_player->stop();
    if (path.isEmpty()) {
        m_player->setSource(QUrl());
        m_placeholder->setText(tr("The clip appears here when the job is done."));
        m_stack->setCurrentWidget(m_placeholder);
        m_position->setEnabled(false);
        return;
    }
    m_stack->setCurrentWidget(m_video);
    m_position->setEnabled(true);
    m_player->setSource(QUrl::fromLocalFile(path));
    m_player->play();
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

void PreviewPanel::updatePlayButton()
{
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_play->setIcon(playing ? themeIcon(u"media-playback-pause"_s, QStyle::SP_MediaPause, this)
                            : themeIcon(u"media-playback-start"_s, QStyle::SP_MediaPlay, this));
}

void PreviewPanel::updatePosition()
{
    if (!m_position->isSliderDown())
        m_position->setValue(int(m_player->position()));
    m_time->setText(clock(m_player->position()) + u" / "_s + clock(m_player->duration()));
}

} // namespace Dailies
