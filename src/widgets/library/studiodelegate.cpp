// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/library/studiodelegate.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QTextLayout>

#include "core/models/studiomodel.h"
#include "widgets/library/thumbnailloader.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
constexpr int kMargin = 6;
constexpr int kThumbWidth = 128;
constexpr int kThumbHeight = 72;
constexpr int kTileThumbWidth = 192;
constexpr int kTileThumbHeight = 108;
constexpr int kTilePadding = 6;
constexpr int kTileSpacing = 8;
// Enough for a few screens of grid tiles at scale factor 2; the cache only fills as thumbnails are painted.
constexpr int kPixmapCacheKb = 48 * 1024;
// A failed read is remembered; the set is dropped when it grows this large (files may appear later).
constexpr int kMaxUnreadable = 4096;

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

bool isRunning(const QString &state)
{
    return state == "waiting"_L1 || state == "submitting"_L1 || state == "queued"_L1 || state == "in_progress"_L1
        || state == "downloading"_L1;
}

// "1280x720" → 1280×720; 16:9 when the size is unknown.
QSize aspectOf(const QString &size)
{
    const qsizetype x = size.indexOf(u'x');
    if (x > 0) {
        bool okW = false;
        bool okH = false;
        const int w = QStringView(size).left(x).toInt(&okW);
        const int h = QStringView(size).mid(x + 1).toInt(&okH);
        if (okW && okH && w > 0 && h > 0)
            return { w, h };
    }
    return { 16, 9 };
}

QString detailsOf(const QModelIndex &index, bool withSize)
{
    QStringList parts;
    const QString model = index.data(StudioModel::ModelRole).toString();
    if (!model.isEmpty())
        parts << model;
    const QString size = index.data(StudioModel::SizeRole).toString();
    if (withSize && !size.isEmpty())
        parts << size;
    const QString seconds = index.data(StudioModel::SecondsRole).toString();
    if (!seconds.isEmpty())
        parts << StudioDelegate::tr("%1 s").arg(seconds);
    const QVariant cost = index.data(StudioModel::CostRole);
    if (cost.isValid())
        parts << (cost.toDouble() > 0 ? QLocale().toString(cost.toDouble(), 'f', 2) : StudioDelegate::tr("free"));
    return parts.join(u" · "_s);
}

QString promptOf(const QModelIndex &index, bool full)
{
    const int first = full ? int(StudioModel::PromptRole) : int(Qt::DisplayRole);
    const int second = full ? int(Qt::DisplayRole) : int(StudioModel::PromptRole);
    QString prompt = index.data(first).toString();
    if (prompt.isEmpty())
        prompt = index.data(second).toString();
    return prompt.simplified();
}

QFont badgeFontOf(const QFont &font)
{
    QFont badge = font;
    badge.setPointSizeF(font.pointSizeF() * 0.85);
    badge.setBold(true);
    return badge;
}

QRect paintBadge(QPainter *painter, const QPoint &topLeft, const QString &text, const QString &state, const QFont &font)
{
    const QFont badgeFont = badgeFontOf(font);
    const QFontMetrics metrics(badgeFont);
    const QRect badge(topLeft, QSize(metrics.horizontalAdvance(text) + 12, metrics.height() + 4));
    QPainterPath path;
    path.addRoundedRect(badge, 4, 4);
    painter->fillPath(path, badgeColour(state));
    painter->setFont(badgeFont);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->setFont(font);
    return badge;
}
QString thumbnailKey(const QString &path, const QSize &pixels)
{
    return u"dailies-thumb|"_s + path + u'|' + QString::number(pixels.width()) + u'x'
        + QString::number(pixels.height());
}
} // namespace

StudioDelegate::StudioDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_loader(new ThumbnailLoader(this))
{
    if (QPixmapCache::cacheLimit() < kPixmapCacheKb)
        QPixmapCache::setCacheLimit(kPixmapCacheKb);
    connect(m_loader, &ThumbnailLoader::loaded, this,
        [this](const QString &path, const QSize &pixels, const QImage &image) {
            if (image.isNull()) {
                if (m_unreadable.size() >= kMaxUnreadable)
                    m_unreadable.clear();
                m_unreadable.insert(path);
            } else {
                QPixmapCache::insert(thumbnailKey(path, pixels), QPixmap::fromImage(image));
            }
            Q_EMIT thumbnailReady();
        });
}

int StudioDelegate::pendingThumbnails() const
{
    return m_loader->pending();
}

int StudioDelegate::thumbnailReads() const
{
    return m_loader->started();
}

StudioDelegate::~StudioDelegate() = default;

void StudioDelegate::setMode(Mode mode)
{
    m_mode = mode;
}

QSize StudioDelegate::tileSize(const QStyleOptionViewItem &option) const
{
    const QFontMetrics metrics(option.font);
    const QFontMetrics small(badgeFontOf(option.font));
    return { kTileThumbWidth + 2 * kTilePadding + kTileSpacing,
        kTilePadding + kTileThumbHeight + kTilePadding + metrics.height() + small.height() + 2 + kTilePadding
            + kTileSpacing };
}

QSize StudioDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    if (m_mode == Mode::Grid)
        return tileSize(option) - QSize(kTileSpacing, kTileSpacing);
    return { option.rect.width() > 0 ? option.rect.width() : 360, kThumbHeight + 2 * kMargin };
}

QStringList StudioDelegate::layoutLines(const QString &text, const QFont &font, int width, int lines)
{
    QStringList out;
    if (text.isEmpty() || width <= 0 || lines <= 0)
        return out;
    QTextLayout layout(text, font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    layout.beginLayout();
    for (int i = 0; i < lines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const int start = line.textStart();
        const int end = start + line.textLength();
        if (i == lines - 1 && end < text.size()) {
            // The last line gets the rest of the text, elided where it no longer fits.
            out << QFontMetrics(font).elidedText(text.mid(start), Qt::ElideRight, width);
            break;
        }
        out << text.mid(start, line.textLength()).trimmed();
    }
    layout.endLayout();
    return out;
}

QPixmap StudioDelegate::thumbnail(const QString &path, const QSize &box, qreal dpr) const
{
    if (path.isEmpty() || m_unreadable.contains(path))
        return {};
    const QSize pixels = box * dpr;
    QPixmap pixmap;
    if (QPixmapCache::find(thumbnailKey(path, pixels), &pixmap)) {
        pixmap.setDevicePixelRatio(dpr);
        return pixmap;
    }
    m_loader->request(path, pixels); // painted again when it arrives (thumbnailReady)
    return {};
}

void StudioDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    if (m_mode == Mode::List) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = QIcon();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    } else if (option.state & (QStyle::State_Selected | QStyle::State_MouseOver)) {
        // The styles highlight only an icon view item's text and icon, which a tile does not have: the whole tile
        // is highlighted here.
        painter->setRenderHint(QPainter::Antialiasing);
        const bool selected = option.state & QStyle::State_Selected;
        QColor fill = option.palette.color(QPalette::Highlight);
        fill.setAlpha(selected ? 255 : 40);
        QPainterPath tile;
        tile.addRoundedRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
        painter->fillPath(tile, fill);
    }

    painter->setRenderHint(QPainter::Antialiasing);
    if (m_mode == Mode::Grid)
        paintGrid(painter, option, index);
    else
        paintList(painter, option, index);
    painter->restore();
}

void StudioDelegate::paintThumbnail(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
    const QRect &box, bool showPercent) const
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QPixmap pixmap = thumbnail(index.data(StudioModel::ThumbnailPathRole).toString(), box.size(), dpr);
    painter->fillRect(box, QColor(0x20, 0x20, 0x20));
    if (!pixmap.isNull()) {
        const QSize logical = pixmap.deviceIndependentSize().toSize();
        painter->drawPixmap(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, logical, box), pixmap);
    } else {
        // A frame of the take's own aspect (portrait or landscape) stands in for the picture.
        const QSize frame = aspectOf(index.data(StudioModel::SizeRole).toString())
                                .scaled(box.size() - QSize(8, 8), Qt::KeepAspectRatio);
        const QRect frameRect = QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, frame, box);
        // Dark in either palette: the box is a little screen, whatever the window around it.
        painter->fillRect(frameRect, QColor(0x3a, 0x3a, 0x3a));
        painter->setPen(QColor(0x5a, 0x5a, 0x5a));
        painter->drawRect(frameRect.adjusted(0, 0, -1, -1));
        if (index.data(StudioModel::ClipIdRole).isValid()) {
            painter->setPen(QColor(0xbd, 0xbd, 0xbd));
            QFont glyph = option.font;
            glyph.setPointSizeF(glyph.pointSizeF() * 2);
            painter->setFont(glyph);
            painter->drawText(frameRect, Qt::AlignCenter, u"\u25B6"_s);
            painter->setFont(option.font);
        }
    }

    // Progress once the provider works on it; a take still waiting in the queue has only its badge.
    const QString state = index.data(StudioModel::StateRole).toString();
    const int progress = qBound(0, index.data(StudioModel::ProgressRole).toInt(), 100);
    if (!isRunning(state) || (state != "in_progress"_L1 && state != "downloading"_L1 && progress == 0))
        return;
    const QFontMetrics metrics(option.font);
    const int stripHeight = showPercent ? metrics.height() + 8 : 14;
    const QRect strip(box.left(), box.bottom() - stripHeight + 1, box.width(), stripHeight);
    painter->fillRect(strip, QColor(0, 0, 0, 170));
    int barRight = strip.right() - 4;
    if (showPercent) {
        const QString percent = tr("%1 %").arg(progress);
        const int textWidth = metrics.horizontalAdvance(u"100 %"_s);
        const QRect textRect(strip.right() - 4 - textWidth, strip.top(), textWidth, strip.height());
        painter->setPen(Qt::white);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignRight, percent);
        barRight = textRect.left() - 6;
    }
    const QRect bar(strip.left() + 4, strip.center().y() - 3, barRight - strip.left() - 4, 6);
    painter->fillRect(bar, QColor(255, 255, 255, 60));
    painter->fillRect(QRect(bar.left(), bar.top(), bar.width() * progress / 100, bar.height()),
        option.palette.color(QPalette::Highlight));
}

void StudioDelegate::paintList(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QRect rect = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QRect thumbRect(rect.left(), rect.top(), kThumbWidth, kThumbHeight);
    paintThumbnail(painter, option, index, thumbRect, false);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor textColour = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect textRect = rect.adjusted(kThumbWidth + kMargin * 2, 0, 0, 0);
    const QFontMetrics metrics(option.font);

    // The badge and the settings on the first line, the prompt below.
    const QString state = index.data(StudioModel::StateRole).toString();
    const QRect badge = paintBadge(
        painter, textRect.topLeft(), index.data(StudioModel::StatusTextRole).toString(), state, option.font);
    painter->setPen(textColour);
    QString details = detailsOf(index, true);
    if (index.data(StudioModel::FavouriteRole).toBool())
        details = u"\u2605 "_s + details;
    const QRect detailsRect(
        badge.right() + kMargin, badge.top(), textRect.right() - badge.right() - kMargin, badge.height());
    painter->drawText(detailsRect, Qt::AlignVCenter | Qt::AlignRight,
        metrics.elidedText(details, Qt::ElideRight, detailsRect.width()));

    const QRect promptRect(
        textRect.left(), badge.bottom() + kMargin, textRect.width(), textRect.bottom() - badge.bottom() - kMargin);
    const int lines = qBound(1, promptRect.height() / metrics.lineSpacing(), 2);
    const QStringList shown = layoutLines(promptOf(index, true), option.font, promptRect.width(), lines);
    int y = promptRect.top();
    for (const QString &line : shown) {
        painter->drawText(QRect(promptRect.left(), y, promptRect.width(), metrics.lineSpacing()),
            Qt::AlignLeft | Qt::AlignVCenter, line);
        y += metrics.lineSpacing();
    }
}

void StudioDelegate::paintGrid(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QRect rect = option.rect.adjusted(kTilePadding, kTilePadding, -kTilePadding, -kTilePadding);
    const QRect thumbRect(
        rect.left() + (rect.width() - kTileThumbWidth) / 2, rect.top(), kTileThumbWidth, kTileThumbHeight);
    paintThumbnail(painter, option, index, thumbRect, true);

    const QString state = index.data(StudioModel::StateRole).toString();
    paintBadge(painter, thumbRect.topLeft() + QPoint(4, 4), index.data(StudioModel::StatusTextRole).toString(), state,
        option.font);
    if (index.data(StudioModel::FavouriteRole).toBool()) {
        const QFontMetrics metrics(option.font);
        const int side = metrics.height() + 4;
        const QRect star(thumbRect.right() - side - 3, thumbRect.top() + 4, side, side);
        QPainterPath circle;
        circle.addEllipse(star);
        painter->fillPath(circle, QColor(0, 0, 0, 150));
        painter->setPen(QColor(0xff, 0xc1, 0x07));
        painter->drawText(star, Qt::AlignCenter, u"\u2605"_s);
    }

    const bool selected = option.state & QStyle::State_Selected;
    const QFontMetrics metrics(option.font);
    const QFont smallFont = badgeFontOf(option.font);
    const QFontMetrics small(smallFont);
    const int textLeft = thumbRect.left();
    const int textWidth = thumbRect.width();
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect promptRect(textLeft, thumbRect.bottom() + kTilePadding, textWidth, metrics.height());
    painter->drawText(promptRect, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(promptOf(index, false), Qt::ElideRight, textWidth));
    QFont detailsFont = smallFont;
    detailsFont.setBold(false);
    painter->setFont(detailsFont);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QRect detailsRect(textLeft, promptRect.bottom() + 2, textWidth, small.height());
    painter->drawText(detailsRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(detailsFont).elidedText(detailsOf(index, false), Qt::ElideRight, textWidth));
}

} // namespace Dailies
