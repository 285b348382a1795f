// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QSplitter;

namespace Dailies
{
class ComposePanel;
class LibraryPanel;
class PreviewPanel;
class Workspace;

/**
 * The studio window: Compose on the left, the jobs and the library in the centre, the preview on the right, in one
 * splitter; the status bar shows the jobs in flight and this month's spend. Geometry, splitter and filter are kept
 * in the workspace's settings. The workspace (not owned) must be open and its engine started.
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
    /// Shows start-up problems (profiles whose jobs wait) in the status bar.
    void showProblems(const QStringList &problems);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateStatus();
    void saveState();
    void restoreState();

    Workspace *m_workspace;
    QSplitter *m_splitter;
    ComposePanel *m_compose;
    LibraryPanel *m_library;
    PreviewPanel *m_preview;
    QLabel *m_inFlight;
    QLabel *m_spend;
};

} // namespace Dailies
