// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/elementstrip.h"

#include <QFocusEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

constexpr int kPadding = 5;

QColor mix(const QColor &a, const QColor &b, qreal amountOfA)
{
    return QColor::fromRgbF(float(a.redF() * amountOfA + b.redF() * (1 - amountOfA)),
        float(a.greenF() * amountOfA + b.greenF() * (1 - amountOfA)),
        float(a.blueF() * amountOfA + b.blueF() * (1 - amountOfA)));
}

/// One element: a rounded chip, filled with a check mark when present, outlined with an open circle when not.
class ElementChip final : public QWidget
{
public:
    ElementChip(const QString &name, QWidget *parent)
        : QWidget(parent)
        , m_name(name)
    {
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        setFont(f);
    }

    void setPresent(bool present)
    {
        if (present == m_present)
            return;
        m_present = present;
        setProperty("present", present);
        updateGeometry();
        update();
    }

    [[nodiscard]] QSize sizeHint() const override
    {
        const QFontMetrics fm(font());
        // A little slack: elidedText() measures a shade wider than horizontalAdvance() on some fonts.
        return { fm.horizontalAdvance(label(m_name)) + 2 * kPadding + 3, fm.height() + 6 };
    }

    [[nodiscard]] QSize minimumSizeHint() const override
    {
        const QFontMetrics fm(font());
        return { fm.horizontalAdvance(label(m_name.left(2) + u'…')) + 2 * kPadding, fm.height() + 6 };
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        const qreal radius = r.height() / 2;
        if (m_present) {
            p.setBrush(mix(pal.color(QPalette::Highlight), pal.color(QPalette::Base), 0.28));
            p.setPen(QPen(pal.color(QPalette::Highlight), 1));
        } else {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(mix(pal.color(QPalette::Text), pal.color(QPalette::Window), 0.35), 1, Qt::DashLine));
        }
        p.drawRoundedRect(r, radius, radius);
        p.setPen(m_present ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
        const QRect textRect = rect().adjusted(kPadding, 0, -kPadding, 0);
        const QString text = fontMetrics().elidedText(label(m_name), Qt::ElideRight, textRect.width());
        p.drawText(textRect, Qt::AlignCenter, text);
    }

private:
    [[nodiscard]] QString label(const QString &name) const
    {
        // U+2713 CHECK MARK when present, U+25CB WHITE CIRCLE when not: the state is not in colour alone.
        return (m_present ? u"\u2713\u2009"_s : u"\u25CB\u2009"_s) + name;
    }

    QString m_name;
    bool m_present = false;
};

} // namespace

ElementStrip::ElementStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"elementStrip"_s);
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(tr("Prompt elements"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(3);
    for (int i = 0; i < PromptCheck::kElementCount; ++i) {
        auto *chip = new ElementChip(PromptCheck::elementName(PromptCheck::Element(i)), this);
        chip->setObjectName(u"elementChip%1"_s.arg(i));
        chip->setProperty("present", false);
        layout->addWidget(chip);
        m_chips << chip;
    }
    layout->addStretch(1);
    setPrompt(QString());
}

ElementStrip::~ElementStrip() = default;

void ElementStrip::setPrompt(const QString &text)
{
    m_results = m_check.check(text);
    updateChips();
}

int ElementStrip::presentCount() const
{
    return int(
        std::count_if(m_results.cbegin(), m_results.cend(), [](const PromptCheck::Result &r) { return r.present; }));
}

void ElementStrip::updateChips()
{
    QStringList hints;
    for (int i = 0; i < m_chips.size() && i < m_results.size(); ++i) {
        const PromptCheck::Result &r = m_results.at(i);
        auto *chip = static_cast<ElementChip *>(m_chips.at(i));
        const QString name = PromptCheck::elementName(r.element);
        chip->setPresent(r.present);
        chip->setAccessibleName(r.present ? tr("%1: present").arg(name) : tr("%1: missing").arg(name));
        chip->setAccessibleDescription(r.hint);
        chip->setToolTip(r.hint);
        hints << r.hint;
    }
    const QString summary = tr("%1 of %2 elements covered.").arg(presentCount()).arg(PromptCheck::kElementCount);
    setToolTip(summary + u'\n' + hints.join(u'\n'));
    setAccessibleDescription(summary + u' ' + hints.join(u' '));
}

void ElementStrip::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    // Keyboard users cannot hover: show all five hints when the strip takes focus.
    QToolTip::showText(mapToGlobal(QPoint(0, height())), toolTip(), this);
    update();
}

void ElementStrip::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void ElementStrip::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!hasFocus())
        return;
    QStylePainter painter(this);
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.backgroundColor = palette().color(QPalette::Window);
    painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
}

} // namespace Dailies
