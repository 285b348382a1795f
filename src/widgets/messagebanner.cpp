// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/messagebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
QColor blend(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
        float(a.greenF() * (1 - amount) + b.greenF() * amount), float(a.blueF() * (1 - amount) + b.blueF() * amount));
}
} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_buttonRow(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(u"messageBanner"_s);
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::TabFocus);

    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setObjectName(u"bannerText"_s);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setObjectName(u"bannerDetails"_s);
    m_icon->setAlignment(Qt::AlignTop);

    m_close->setAutoRaise(true);
    m_close->setIcon(QIcon::fromTheme(u"window-close"_s, style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    m_close->setToolTip(tr("Close (Esc)"));
    m_close->setAccessibleName(tr("Close the message"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });

    auto *textColumn = new QVBoxLayout;
    textColumn->setSpacing(4);
    textColumn->addWidget(m_text);
    textColumn->addWidget(m_details);
    m_buttonRow->setSpacing(6);
    m_buttonRow->addStretch(1);
    textColumn->addLayout(m_buttonRow);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 8, 6, 8);
    row->setSpacing(10);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addLayout(textColumn, 1);
    row->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::showMessage(Level level, const QString &text, const QString &details)
{
    m_level = level;
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_text->setText(text);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    setAccessibleDescription(this->text());
    QStyle::StandardPixmap fallback = QStyle::SP_MessageBoxInformation;
    QString name = u"dialog-information"_s;
    if (level == Level::Warning) {
        fallback = QStyle::SP_MessageBoxWarning;
        name = u"dialog-warning"_s;
    } else if (level == Level::Error) {
        fallback = QStyle::SP_MessageBoxCritical;
        name = u"dialog-error"_s;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 2;
    m_icon->setPixmap(QIcon::fromTheme(name, style()->standardIcon(fallback)).pixmap(size, size));
    updateColours();
    show();
}

QPushButton *MessageBanner::addAction(const QString &text, const std::function<void()> &action)
{
    auto *button = new QPushButton(text, this);
    button->setAccessibleName(text);
    connect(button, &QPushButton::clicked, this, [this, action] {
        hide();
        if (action)
            action();
    });
    m_buttonRow->insertWidget(m_buttonRow->count() - 1, button);
    m_buttons << button;
    return button;
}

QString MessageBanner::text() const
{
    return m_details->text().isEmpty() ? m_text->text() : m_text->text() + u'\n' + m_details->text();
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        // setPalette() below sends PaletteChange too; only react to changes from outside.
        static thread_local bool updating = false;
        if (!updating) {
            updating = true;
            updateColours();
            updating = false;
        }
    }
    QFrame::changeEvent(event);
}

void MessageBanner::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return;
    }
    QFrame::keyPressEvent(event);
}

void MessageBanner::updateColours()
{
    QColor tint(u"#3daee9"_s); // information: blue
    if (m_level == Level::Warning)
        tint = QColor(u"#f67400"_s);
    else if (m_level == Level::Error)
        tint = QColor(u"#da4453"_s);
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    QPalette p = palette();
    p.setColor(QPalette::Window, blend(base.color(QPalette::Window), tint, 0.18));
    p.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    setPalette(p);
}

} // namespace Dailies
