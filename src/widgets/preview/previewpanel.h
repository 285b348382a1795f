// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>
#include <array>
#include <optional>

#include "media/mediaprobe.h"
#include "widgets/preview/transportbar.h"

class QAction;
class QAudioOutput;
class QComboBox;
class QLabel;
class QListWidget;
class QMediaPlayer;
class QSlider;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QVideoWidget;

namespace Dailies
{

class InfoTabs;
class PreviewSource;
class StatusPage;
class Workspace;

/**
 * The right side of the studio: plays the selected clip (QMediaPlayer + QAudioOutput + QVideoWidget) with
 * play/pause (Space), frame steps (, and .), speed (0.25× to 2×, [ and ]), loop, volume and mute (M), a position
 * slider and full screen (F11 or a double click; Esc leaves). An A/B toggle compares two takes at the same position:
 * pin the current take as A, select another (B), and switch with \. Below, three tabs: the clip's details (with what
 * MediaProbe reads from the file), the raw JSON of its last server response, and its lineage (the clips it was made
 * from and the remixes, edits and extensions made from it; activating one asks for it to be selected). Remix…
 * (Ctrl+R), Edit… and Extend… ask for a job that starts from the shown clip.
 *
 * A job that is not done shows its status, progress and thumbnail instead of the player; a clip whose file is gone
 * says so and offers to reveal its folder. The workspace (optional, not owned) gives the Response and Lineage
 * tabs the library and the job engine through a PreviewSource; without it the response comes from the sidecar
 * beside the video.
 *
 * The parts live beside it in widgets/preview/: the TransportBar (the controls), the StatusPage (what shows instead
 * of the video) and the InfoTabs. The panel owns the player, the actions and the A/B state.
 */
class PreviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPanel)

public:
    enum class Action {
        PlayPause,
        StepBack,
        StepForward,
        Slower,
        Faster,
        Mute,
        FullScreen,
        PinA,
        ToggleAB,
        Remix,
        RevealFolder,
        Edit,
        Extend,
    };
    Q_ENUM(Action)

    /// Which take of an A/B pair is on screen; None while no take is pinned as A.
    enum class Take { None, A, B };
    Q_ENUM(Take)

    /// The speeds offered, slowest first.
    static constexpr std::array kRates = TransportBar::kRates;

    explicit PreviewPanel(QWidget *parent = nullptr);
    ~PreviewPanel() override;

    /// Where the Response and Lineage tabs look up clips and jobs; not owned, may be nullptr.
    void setWorkspace(Workspace *workspace);

    /// Shows the row `index` (of a StudioModel or a proxy over one); its clip starts playing. An invalid index
    /// clears the preview. Calling it again for the same clip only refreshes the details. With a take pinned as A,
    /// the shown row is take B.
    void showItem(const QModelIndex &index);
    void togglePlayback();
    /// Pauses and moves `frames` frames (negative: back) at the probed frame rate (24 fps when unknown).
    void stepFrames(int frames);
    /// Sets the speed to the nearest of kRates.
    void setPlaybackRate(double rate);
    [[nodiscard]] double playbackRate() const;
    void setMuted(bool muted);
    [[nodiscard]] bool isMuted() const;
    /// 0..100, perceptual (mapped to the audio output's linear volume).
    void setVolume(int volume);
    /// Shows the video full screen (true) or back in the panel (false); playback goes on where it was.
    void setFullScreen(bool fullScreen);
    [[nodiscard]] bool isFullScreen() const;
    /// Pins the shown take as A (again: unpins it).
    void pinCurrentAsA();
    /// Switches between takes A and B, keeping the position and whether it plays.
    void toggleAB();
    [[nodiscard]] Take shownTake() const { return m_shown; }

    [[nodiscard]] QMediaPlayer *player() const { return m_player; }
    [[nodiscard]] QVideoWidget *videoWidget() const { return m_video; }
    [[nodiscard]] QAction *action(Action which) const;
    [[nodiscard]] QToolButton *loopButton() const;
    [[nodiscard]] QComboBox *speedCombo() const;
    [[nodiscard]] QSlider *volumeSlider() const;
    [[nodiscard]] QTabWidget *tabs() const;
    /// The Details tab's text.
    [[nodiscard]] QString detailsText() const;
    /// The Response tab's text: the pretty-printed JSON, or why there is none.
    [[nodiscard]] QString responseText() const;
    /// The Lineage tab's list (filled when first looked at after a change).
    [[nodiscard]] QListWidget *lineageList();
    /// What the file of the shown clip holds, when it could be probed.
    [[nodiscard]] const std::optional<MediaInfo> &mediaInfo() const { return m_media; }
    /// What the panel says instead of the video (empty, missing file, job status), as shown.
    [[nodiscard]] QString messageText() const;

Q_SIGNALS:
    /// Remix… (Ctrl+R) on the shown clip: `index` is the row given to showItem() (of the caller's model).
    void remixRequested(const QModelIndex &index);
    /// Edit… on the shown clip.
    void editRequested(const QModelIndex &index);
    /// Extend… on the shown clip.
    void extendRequested(const QModelIndex &index);
    /// A clip in the lineage was activated: the studio should select the row of clip `clipId`.
    void clipSelectionRequested(qint64 clipId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct PinnedTake {
        QPersistentModelIndex index;
        QString videoPath;
        QString label;
    };

    void createActions();
    QAction *makeAction(Action which, const QString &text, const QString &toolTip, const QKeySequence &shortcut);
    void connectActions();
    void connectPlayer();
    void layOut();
    [[nodiscard]] bool handleFullScreenKey(int key);
    void load(const QString &path, qint64 position, bool play);
    void unload();
    void applyPendingSeek();
    void showMessage(const QString &text, bool offerReveal);
    void showJob(const QModelIndex &index);
    void updateActions();
    void updateTakeLabel();
    void revealFolder();
    /// The row a job started from the shown clip starts from: take A when the A/B switch shows it, else the row.
    [[nodiscard]] QModelIndex shownIndex() const;
    /// What the Response and Lineage tabs and a job's problem read, over the workspace's stores (if any).
    [[nodiscard]] PreviewSource source() const;

    QPointer<Workspace> m_workspace;
    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
    QStackedWidget *m_stack;
    QVideoWidget *m_video;
    QList<QAction *> m_actions;
    StatusPage *m_status = nullptr;
    QLabel *m_take;
    TransportBar *m_transport = nullptr;
    InfoTabs *m_tabs;

    QPersistentModelIndex m_index; ///< the row shown (take B when A is pinned)
    QString m_videoPath; ///< the current row's video
    QString m_loadedPath; ///< the video in the player
    std::optional<MediaInfo> m_media;
    std::optional<PinnedTake> m_a; ///< take A
    Take m_shown = Take::None;
    qint64 m_pendingSeek = -1;
    bool m_pendingPlay = false;
};

} // namespace Dailies
