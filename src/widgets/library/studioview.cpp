// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/library/studioview.h"

#include <QPainter>

namespace Dailies
{

StudioView::StudioView(QWidget *parent)
    : QListView(parent)
{
}

StudioView::~StudioView() = default;

void StudioView::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    viewport()->update();
}

void StudioView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (m_emptyText.isEmpty() || !model() || model()->rowCount(rootIndex()) > 0)
        return;
    QPainter painter(viewport());
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    painter.setFont(font);
    QColor colour = palette().color(QPalette::PlaceholderText);
    painter.setPen(colour);
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
}

} // namespace Dailies
