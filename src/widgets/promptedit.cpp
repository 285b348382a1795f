// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/promptedit.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>

#include "widgets/referenceslot.h"

namespace Dailies
{

namespace
{
constexpr int kPreferredLines = 8;
} // namespace

PromptEdit::PromptEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

PromptEdit::~PromptEdit() = default;

void PromptEdit::replaceText(const QString &text)
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
    setTextCursor(cursor);
}

QSize PromptEdit::sizeHint() const
{
    const int frame = 2 * frameWidth() + int(document()->documentMargin() * 2);
    return { QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() * kPreferredLines + frame };
}

bool PromptEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return ReferenceSlot::mayCarryImage(source) || QPlainTextEdit::canInsertFromMimeData(source);
}

void PromptEdit::insertFromMimeData(const QMimeData *source)
{
    // An image, or a file dragged in from a file manager, belongs in the reference slot, never as text.
    if (ReferenceSlot::mayCarryImage(source)) {
        Q_EMIT imageOffered(source);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void PromptEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::AltModifier && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        const QTextCursor cursor = textCursor();
        const bool up = event->key() == Qt::Key_Up;
        const bool atEdge = up ? cursor.block() == document()->firstBlock() : cursor.block() == document()->lastBlock();
        if (atEdge) {
            Q_EMIT historyStepRequested(up ? 1 : -1);
            event->accept();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace Dailies
