// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/studiodelegate.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include "core/models/studiomodel.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
constexpr int kMargin = 6;
constexpr int kThumbWidth = 128;
constexpr int kThumbHeight = 72;

QColor badgeColour(const QString &state)
{
    if (state == "completed"_L1)
        return QColor(0x2e, 0x7d, 0x32);
    if (state == "failed"_L1 || state == "expired"_L1 || state == "needs_attention"_L1)
        return QColor(0xc6, 0x28, 0x28);
    if (state == "cancelled"_L1 || state == "draft"_L1)
        return QColor(0x61, 0x61, 0x61);
    return QColor(0x15, 0x65, 0xc0);
}
} // namespace

StudioDelegate::StudioDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(200)
{
}

StudioDelegate::~StudioDelegate() = default;

QSize StudioDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    return { option.rect.width() > 0 ? option.rect.width() : 360, kThumbHeight + 2 * kMargin };
}

QPixmap StudioDelegate::thumbnail(const QString &path) const
{
    if (path.isEmpty())
        return {};
    // The key includes the file's time, so a thumbnail that arrives later or changes is read again.
    const QFileInfo info(path);
    const QString key = path + u'|' + QString::number(info.lastModified().toMSecsSinceEpoch());
    if (QPixmap *cached = m_thumbnails.object(key))
        return *cached;
    QPixmap pixmap(path);
    if (pixmap.isNull())
        return {};
    pixmap = pixmap.scaled(kThumbWidth, kThumbHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_thumbnails.insert(key, new QPixmap(pixmap));
    return pixmap;
}

void StudioDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QRect thumbRect(rect.left(), rect.top(), kThumbWidth, kThumbHeight);

    const QPixmap pixmap = thumbnail(index.data(StudioModel::ThumbnailPathRole).toString());
    if (pixmap.isNull()) {
        painter->fillRect(thumbRect, option.palette.color(QPalette::Mid));
        painter->setPen(option.palette.color(QPalette::Light));
        QFont glyph = painter->font();
        glyph.setPointSizeF(glyph.pointSizeF() * 2);
        painter->setFont(glyph);
        painter->drawText(thumbRect, Qt::AlignCenter, u"\u25B6"_s);
        painter->setFont(option.font);
    } else {
        painter->fillRect(thumbRect, Qt::black);
        const QRect target = QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, pixmap.size(), thumbRect);
        painter->drawPixmap(target, pixmap);
    }

    const QString state = index.data(StudioModel::StateRole).toString();
    const bool running = state != "completed"_L1 && state != "failed"_L1 && state != "cancelled"_L1
        && state != "expired"_L1 && state != "needs_attention"_L1 && state != "draft"_L1;
    if (running) {
        const int progress = qBound(0, index.data(StudioModel::ProgressRole).toInt(), 100);
        const QRect bar(thumbRect.left() + 4, thumbRect.bottom() - 9, thumbRect.width() - 8, 6);
        painter->fillRect(bar, QColor(0, 0, 0, 160));
        painter->fillRect(QRect(bar.left(), bar.top(), bar.width() * progress / 100, bar.height()),
            option.palette.color(QPalette::Highlight));
    }

    const bool selected = option.state & QStyle::State_Selected;
    const QColor textColour = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect textRect = rect.adjusted(kThumbWidth + kMargin * 2, 0, 0, 0);
    const QFontMetrics metrics(option.font);

    // The badge and the cost on the first line, the prompt below.
    const QString status = index.data(StudioModel::StatusTextRole).toString();
    QFont badgeFont = option.font;
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
    badgeFont.setBold(true);
    const QFontMetrics badgeMetrics(badgeFont);
    const QRect badge(
        textRect.left(), textRect.top(), badgeMetrics.horizontalAdvance(status) + 12, badgeMetrics.height() + 4);
    QPainterPath path;
    path.addRoundedRect(badge, 4, 4);
    painter->fillPath(path, badgeColour(state));
    painter->setFont(badgeFont);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, status);

    painter->setFont(option.font);
    painter->setPen(textColour);
    const QVariant cost = index.data(StudioModel::CostRole);
    QString details = index.data(StudioModel::ModelRole).toString() + u" · "_s
        + index.data(StudioModel::SizeRole).toString() + u" · "_s
        + tr("%1 s").arg(index.data(StudioModel::SecondsRole).toString());
    if (cost.isValid())
        details += u" · "_s + (cost.toDouble() > 0 ? QLocale().toString(cost.toDouble(), 'f', 2) : tr("free"));
    if (index.data(StudioModel::FavouriteRole).toBool())
        details = u"\u2605 "_s + details;
    const QRect detailsRect(
        badge.right() + kMargin, badge.top(), textRect.right() - badge.right() - kMargin, badge.height());
    painter->drawText(detailsRect, Qt::AlignVCenter | Qt::AlignRight,
        metrics.elidedText(details, Qt::ElideRight, detailsRect.width()));

    const QRect promptRect(
        textRect.left(), badge.bottom() + kMargin, textRect.width(), textRect.bottom() - badge.bottom() - kMargin);
    QString prompt = index.data(Qt::DisplayRole).toString();
    if (prompt.isEmpty())
        prompt = index.data(StudioModel::PromptRole).toString();
    prompt = prompt.simplified();
    // Two lines at most: elide to about two lines' worth, then let the painter wrap it.
    const int lines = qMax(1, qMin(2, promptRect.height() / metrics.lineSpacing()));
    const QString shown = metrics.elidedText(
        prompt, Qt::ElideRight, promptRect.width() * lines - metrics.averageCharWidth() * 6 * (lines - 1));
    painter->setClipRect(promptRect);
    painter->drawText(promptRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, shown);
    painter->restore();
}

} // namespace Dailies
