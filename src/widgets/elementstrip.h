// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include "core/prompt/promptcheck.h"

namespace Dailies
{

/**
 * The live five-element hint strip under the prompt editor: five compact chips (Subject, Action, Setting,
 * Camera & lighting, Style), each on (filled, with a check mark) or off (outlined, with an open circle), so the
 * state never rests on colour alone. Each chip's tooltip, accessible name and description carry its state and
 * PromptCheck's hint; the strip is one tab stop whose tooltip and description list all five. setPrompt() checks
 * synchronously (well under a millisecond for a long prompt), so no debounce is needed. Fits 380 px; narrower,
 * the chip labels are elided.
 */
class ElementStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElementStrip)

public:
    explicit ElementStrip(QWidget *parent = nullptr);
    ~ElementStrip() override;

    /// Checks `text` and updates the chips.
    void setPrompt(const QString &text);
    /// The last check, one result per element in PromptCheck::Element order.
    [[nodiscard]] const QList<PromptCheck::Result> &results() const { return m_results; }
    /// How many of the five elements the prompt covers.
    [[nodiscard]] int presentCount() const;

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateChips();

    PromptCheck m_check;
    QList<PromptCheck::Result> m_results;
    QList<QWidget *> m_chips;
};

} // namespace Dailies
