// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QWidget>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QPlainTextEdit;
class QSlider;
class QStackedLayout;
class QToolButton;
class QVideoWidget;

namespace Dailies
{

/**
 * The right side of the studio: plays the selected clip (QMediaPlayer + QAudioOutput + QVideoWidget) with
 * play/pause (Space), loop and a position slider, and shows its prompt and settings below.
 */
class PreviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPanel)

public:
    explicit PreviewPanel(QWidget *parent = nullptr);
    ~PreviewPanel() override;

    /// Shows the row `index` (of a StudioModel or a proxy over one); its clip starts playing. An invalid index
    /// clears the preview. Calling it again for the same clip only refreshes the details.
    void showItem(const QModelIndex &index);
    void togglePlayback();

    [[nodiscard]] QMediaPlayer *player() const { return m_player; }
    [[nodiscard]] QVideoWidget *videoWidget() const { return m_video; }
    [[nodiscard]] QString detailsText() const;
    [[nodiscard]] QToolButton *loopButton() const { return m_loop; }

private:
    void updatePlayButton();
    void updatePosition();

    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
    QVideoWidget *m_video;
    QLabel *m_placeholder;
    QStackedLayout *m_stack;
    QToolButton *m_play;
    QToolButton *m_loop;
    QSlider *m_position;
    QLabel *m_time;
    QPlainTextEdit *m_details;
    QString m_videoPath;
};

} // namespace Dailies
