// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedLayout;

namespace Dailies
{

/**
 * What the preview shows in place of the video: a message (nothing selected, a file that is gone, a clip that cannot
 * be played), optionally with a button to reveal the clip's folder, or a take that is not done yet: its thumbnail,
 * its status in words and, while it renders, its progress.
 */
class StatusPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPage)

public:
    /// A take that is not done, as shown.
    struct Job {
        QString status; ///< the status in words, with its problem if it has one
        bool rendering = false; ///< on its way to a clip: the progress bar shows
        int progress = 0; ///< 0..100
        QString thumbnailPath; ///< empty: no picture
    };

    /// `reveal` is what the Reveal folder button triggers (its text and tool tip come from it); not owned.
    explicit StatusPage(QAction *reveal, QWidget *parent = nullptr);
    ~StatusPage() override;

    /// Shows `text`, with the Reveal folder button when `offerReveal`.
    void showMessage(const QString &text, bool offerReveal);
    /// Shows `job`; its thumbnail is scaled to fit in `area` (80 % of it).
    void showJob(const Job &job, const QSize &area);
    /// The message or the job's status, whichever is shown.
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton *revealButton() const { return m_reveal; }

private:
    QStackedLayout *m_pages;
    QWidget *m_messagePage;
    QLabel *m_message;
    QPushButton *m_reveal;
    QWidget *m_jobPage;
    QLabel *m_jobThumbnail;
    QLabel *m_jobStatus;
    QProgressBar *m_jobProgress;
};

} // namespace Dailies
