// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QSet>
#include <QStyledItemDelegate>

namespace Dailies
{

class ThumbnailLoader;

/**
 * Paints an item of the studio list in one of two modes.
 *
 * List: a row with the thumbnail on the left (a progress bar over it while a job runs), a status badge, the
 * settings and cost on the first line and as much of the prompt as two lines of the available width hold.
 *
 * Grid: a tile with a 16:9 thumbnail box (a portrait clip is shown pillar-boxed, and a job without a thumbnail
 * shows a frame of its own aspect), the status badge and the favourite star over it, a progress bar with the
 * percentage while a job runs, then a one-line prompt excerpt and the settings and cost.
 *
 * Scaled thumbnails live in the application's QPixmapCache, keyed by path and size, so painting allocates no
 * pixmaps once a thumbnail has been seen. A thumbnail not in the cache is read off the GUI thread (ThumbnailLoader):
 * the row shows the frame of its aspect until thumbnailReady() asks the view to paint again. Files that cannot be
 * read are remembered and not read again.
 */
class StudioDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioDelegate)

public:
    enum class Mode { List, Grid };

    explicit StudioDelegate(QObject *parent = nullptr);
    ~StudioDelegate() override;

    void setMode(Mode mode);
    [[nodiscard]] Mode mode() const { return m_mode; }
    /// The size of a grid tile (for QListView::setGridSize), with spacing around it.
    [[nodiscard]] QSize tileSize(const QStyleOptionViewItem &option) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The prompt text laid out in at most `lines` lines of `width` pixels, the last one elided (for tests too).
    [[nodiscard]] static QStringList layoutLines(const QString &text, const QFont &font, int width, int lines);
    /// Thumbnails being read (for tests and the screenshot tool, which wait for them).
    [[nodiscard]] int pendingThumbnails() const;
    /// Thumbnail reads started so far (for tests).
    [[nodiscard]] int thumbnailReads() const;

Q_SIGNALS:
    /// A thumbnail arrived in the cache (or could not be read): the rows showing it should be painted again.
    void thumbnailReady();

private:
    /// The thumbnail scaled to fit `box` (device pixels honoured), from the cache; a null pixmap when none.
    [[nodiscard]] QPixmap thumbnail(const QString &path, const QSize &box, qreal dpr) const;
    void paintList(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintGrid(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintThumbnail(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
        const QRect &box, bool showPercent) const;

    Mode m_mode = Mode::List;
    mutable QSet<QString> m_unreadable;
    ThumbnailLoader *m_loader;
};

} // namespace Dailies
