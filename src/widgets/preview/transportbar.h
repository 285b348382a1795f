// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <array>

class QAction;
class QAudioOutput;
class QComboBox;
class QLabel;
class QMediaPlayer;
class QSlider;
class QToolButton;

namespace Dailies
{

/**
 * The preview's controls under the picture, in two rows: play/pause, the frame steps, the position slider and the
 * time; then loop, speed, mute and volume, Pin as A, A/B, full screen and Remix…. The buttons show the panel's
 * actions, whose shortcuts, enabled state and handlers stay with the panel. The bar follows the player's position
 * and duration (dragging or keys on the slider seek), and drives the player's loops and rate and the audio output's
 * volume and mute. Neither the player nor the audio output is owned.
 */
class TransportBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransportBar)

public:
    /// The speeds offered, slowest first.
    static constexpr std::array kRates { 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0 };

    /// The panel's actions the buttons show; none may be nullptr. `mute` must be checkable: toggling it mutes.
    struct Actions {
        QAction *playPause = nullptr;
        QAction *stepBack = nullptr;
        QAction *stepForward = nullptr;
        QAction *mute = nullptr;
        QAction *pinA = nullptr;
        QAction *toggleAB = nullptr;
        QAction *fullScreen = nullptr;
        QAction *remix = nullptr;
        QAction *edit = nullptr;
        QAction *extend = nullptr;
    };

    TransportBar(QMediaPlayer *player, QAudioOutput *audio, const Actions &actions, QWidget *parent = nullptr);
    ~TransportBar() override;

    /// Sets the speed to the nearest of kRates.
    void setPlaybackRate(double rate);
    /// Moves the speed `steps` entries through kRates (negative: slower), stopping at either end.
    void stepRate(int steps);
    [[nodiscard]] bool canSlowDown() const;
    [[nodiscard]] bool canSpeedUp() const;
    void setMuted(bool muted);
    /// 0..100, perceptual (mapped to the audio output's linear volume).
    void setVolume(int volume);
    /// Whether the position slider seeks: only while a video is loaded.
    void setSeekEnabled(bool enabled);

    [[nodiscard]] QToolButton *playButton() const { return m_play; }
    [[nodiscard]] QToolButton *loopButton() const { return m_loop; }
    [[nodiscard]] QComboBox *speedCombo() const { return m_speed; }
    [[nodiscard]] QSlider *volumeSlider() const { return m_volume; }
    /// The last control in the tab order (Remix…), where the panel's order goes on.
    [[nodiscard]] QToolButton *lastControl() const { return m_extend; }

Q_SIGNALS:
    /// The speed changed (the panel enables Slower and Faster).
    void rateChanged(double rate);

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QToolButton *button(QAction *action, const QString &name, const QString &accessibleName);
    void setUpControls();
    void layOut();
    void connectPlayer();
    void updatePosition();
    void updatePlayIcon();
    void updateIcons();

    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
    Actions m_actions;
    QToolButton *m_play;
    QToolButton *m_stepBack;
    QToolButton *m_stepForward;
    QSlider *m_position;
    QLabel *m_time;
    QToolButton *m_loop;
    QComboBox *m_speed;
    QToolButton *m_mute;
    QSlider *m_volume;
    QToolButton *m_pin;
    QToolButton *m_ab;
    QToolButton *m_fullScreen;
    QToolButton *m_remix;
    QToolButton *m_edit;
    QToolButton *m_extend;
};

} // namespace Dailies
