// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QPixmap>
#include <QStyledItemDelegate>

namespace Dailies
{

/**
 * Paints a row of the studio list: the thumbnail (cached; a placeholder while there is none), the prompt excerpt,
 * a status badge, a progress bar over the thumbnail while a job runs, and the cost.
 */
class StudioDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioDelegate)

public:
    explicit StudioDelegate(QObject *parent = nullptr);
    ~StudioDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    [[nodiscard]] QPixmap thumbnail(const QString &path) const;

    mutable QCache<QString, QPixmap> m_thumbnails;
};

} // namespace Dailies
