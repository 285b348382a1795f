// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace Dailies
{

/**
 * The studio's list and grid view: a QListView that, when it has no rows, paints a friendly hint centred in its
 * viewport instead of a blank area (the text comes from the panel, which knows why the list is empty).
 */
class StudioView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioView)

public:
    explicit StudioView(QWidget *parent = nullptr);
    ~StudioView() override;

    /// The hint shown while the view has no rows; empty shows nothing.
    void setEmptyText(const QString &text);
    [[nodiscard]] QString emptyText() const { return m_emptyText; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_emptyText;
};

} // namespace Dailies
