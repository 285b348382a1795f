// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

namespace Dailies
{

/**
 * Draws the shape of the chosen video size (a 720×1280 portrait frame or a 1280×720 landscape one) with its label,
 * and the reference image inside it exactly as it will be sent. With no image it shows `placeholder` in the frame;
 * with no parsable size, a dashed square and "free size".
 */
class AspectPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AspectPreview)

public:
    explicit AspectPreview(QWidget *parent = nullptr);
    ~AspectPreview() override;

    void setFrameSize(const QSize &size);
    [[nodiscard]] QSize frameSize() const { return m_frame; }
    /// The image as it will be sent (already of frameSize()); a null image clears it.
    void setImage(const QImage &image);
    [[nodiscard]] const QImage &image() const { return m_image; }
    void setPlaceholder(const QString &text);
    /// "720×1280 · 9:16 portrait"; empty when no size is set.
    [[nodiscard]] QString label() const;
    /// Where the frame is drawn in widget coordinates.
    [[nodiscard]] QRect frameRect() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAccessibleDescription();

    QSize m_frame;
    QImage m_image;
    QImage m_scaled; ///< m_image at the size it was last drawn
    QString m_placeholder;
};

} // namespace Dailies
