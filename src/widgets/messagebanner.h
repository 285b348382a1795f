// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace Dailies
{

/**
 * A message across the top of a panel, in the manner of KMessageWidget: an icon, one paragraph (rich text allowed,
 * selectable so a request id can be copied), up to a few action buttons and a close button. Its colours are blended
 * from the palette, so it reads in light and dark themes. Hidden until show...() is called; Escape or the close
 * button hides it again.
 */
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Level { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;

    /// Replaces the message and its actions and shows the banner. `details` (the provider's words, a request id)
    /// appear smaller under the text.
    void showMessage(Level level, const QString &text, const QString &details = {});
    /// Adds a button that runs `action` and hides the banner; call after showMessage().
    QPushButton *addAction(const QString &text, const std::function<void()> &action);
    /// The text and the details.
    [[nodiscard]] QString text() const;
    [[nodiscard]] Level level() const { return m_level; }
    [[nodiscard]] QList<QPushButton *> actions() const { return m_buttons; }

Q_SIGNALS:
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateColours();

    Level m_level = Level::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_details;
    QHBoxLayout *m_buttonRow;
    QToolButton *m_close;
    QList<QPushButton *> m_buttons;
};

} // namespace Dailies
