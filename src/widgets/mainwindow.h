// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QSplitter;

namespace Dailies
{
class ComposePanel;
class JobEngine;
class JobNotifier;
class LibraryPanel;
class MessageBanner;
class PreviewPanel;
class SettingsDialog;
class Thumbnailer;
class Workspace;

/**
 * The studio window: Compose on the left, the jobs and the library in the centre, the preview on the right, in one
 * splitter, under a message banner that explains problems in plain words with the action that helps (a refused key
 * opens the profile, a moderation block puts the prompt back for rewording). The status bar shows the jobs in flight,
 * this month's spend and the providers' health; a JobNotifier tells about takes that end while the window is
 * inactive. Geometry, splitter and filter are kept in the workspace's settings. The workspace (not owned) must be
 * open and its engine started.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ComposePanel *composePanel() const { return m_compose; }
    [[nodiscard]] LibraryPanel *libraryPanel() const { return m_library; }
    [[nodiscard]] PreviewPanel *previewPanel() const { return m_preview; }
    [[nodiscard]] QString inFlightText() const;
    [[nodiscard]] QString spendText() const;
    [[nodiscard]] QString healthText() const;
    [[nodiscard]] MessageBanner *banner() const { return m_banner; }
    [[nodiscard]] JobNotifier *notifier() const { return m_notifier; }
    /// Opens the Settings dialog (one at a time, not modal), on the Providers page of `profile` when given.
    SettingsDialog *openSettings(const QString &profile = {});
    /// The menu bar's actions by object name ("pauseQueue", "shortcuts", …), for tests.
    [[nodiscard]] QAction *menuAction(const QString &objectName) const;
    /// Shows start-up problems (profiles whose jobs wait) in the status bar.
    void showProblems(const QStringList &problems);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void layOut();
    void connectPanels();
    /// The status bar, explanations, thumbnails and notifications follow the engine's jobs.
    void followEngine(JobEngine *engine);
    void buildMenus();
    void updateStatus();
    void updateHealth();
    void watchClient(QObject *client);
    void explainJob(qint64 id);
    void ensureThumbnail(qint64 clipId);
    void showShortcuts();
    void showAbout();
    void saveState();
    void restoreState();

    Workspace *m_workspace;
    QSplitter *m_splitter;
    ComposePanel *m_compose;
    LibraryPanel *m_library;
    PreviewPanel *m_preview;
    QLabel *m_inFlight;
    QLabel *m_spend;
    QLabel *m_health;
    MessageBanner *m_banner;
    JobNotifier *m_notifier = nullptr;
    QAction *m_pause = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    Thumbnailer *m_thumbnailer;
    QHash<QString, qint64> m_thumbnailsWanted; ///< video path → clip id, while its thumbnail is being made
};

} // namespace Dailies
