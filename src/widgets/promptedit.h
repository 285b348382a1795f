// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

class QMimeData;

namespace Dailies
{

/**
 * The prompt editor: a plain-text editor that hands images (pasted or dropped onto it) to whoever listens to
 * imageOffered() instead of inserting them, walks the prompt history with Alt+Up (on the first line) and Alt+Down
 * (on the last line), and replaces its text undoably. Highlighting is attached to its document from outside.
 */
class PromptEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptEdit)

public:
    explicit PromptEdit(QWidget *parent = nullptr);
    ~PromptEdit() override;

    /// Replaces the whole text as one undoable edit (Ctrl+Z brings the old text back).
    void replaceText(const QString &text);

    [[nodiscard]] QSize sizeHint() const override;

Q_SIGNALS:
    /// An image or image file was pasted or dropped; it is not inserted. Connect directly: `mime` lives only
    /// during the emission.
    void imageOffered(const QMimeData *mime);
    /// Alt+Up (`step` = +1, older) or Alt+Down (`step` = -1, newer) was pressed at the edge of the text.
    void historyStepRequested(int step);

protected:
    [[nodiscard]] bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace Dailies
