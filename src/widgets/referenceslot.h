// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

#include "core/prompt/presetstore.h"

class QLabel;
class QMimeData;
class QPushButton;
class QRadioButton;

namespace Dailies
{

class AspectPreview;

/**
 * The reference image slot of the compose panel: an AspectPreview that takes a dropped image file or a pasted image
 * (Ctrl+V while it has focus), Browse…, Paste and Clear buttons, the Fit / Crop choice and the permanent note that
 * faces are refused. The image is rendered to exactly targetSize() (ReferenceImage) whenever the size or the choice
 * changes. Input that cannot be used (not an image, unreadable, too small) is shown in the slot's own message line
 * and leaves the current image as it was.
 */
class ReferenceSlot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceSlot)

public:
    explicit ReferenceSlot(QWidget *parent = nullptr);
    ~ReferenceSlot() override;

    /// The video size the image is brought to; an invalid size keeps the source but renders nothing.
    void setTargetSize(const QSize &size);
    [[nodiscard]] QSize targetSize() const { return m_target; }
    void setFit(ReferenceFit fit);
    [[nodiscard]] ReferenceFit fit() const { return m_fit; }

    /// Loads an image file; returns false (with message()) when it is not a readable, usable image.
    bool setImageFile(const QString &path);
    /// Takes an image (pasted or dropped); `origin` names it in messages. Returns false as setImageFile() does.
    bool setImage(const QImage &image, const QString &origin);
    /// Takes what a drop or a paste carries: image data, or the first local file. False when nothing usable.
    bool takeMimeData(const QMimeData *mime);
    /// True when `data` carries image data or local files (that takeMimeData() would try).
    [[nodiscard]] static bool mayCarryImage(const QMimeData *mime);
    /// Pastes the clipboard's image, if it holds one.
    bool pasteFromClipboard();
    void clear();

    [[nodiscard]] bool hasImage() const { return !m_source.isNull(); }
    [[nodiscard]] const QImage &sourceImage() const { return m_source; }
    /// The image that will be sent: exactly targetSize(), or null when there is none or it cannot be fitted.
    [[nodiscard]] const QImage &renderedImage() const { return m_rendered; }
    /// Where the image came from (a file name, "pasted image").
    [[nodiscard]] QString origin() const { return m_origin; }
    /// The last problem, or empty.
    [[nodiscard]] QString message() const;
    [[nodiscard]] AspectPreview *preview() const { return m_preview; }
    /// The first and last controls in the slot's tab order (the preview, then Browse, Paste, Clear, Fit, Crop).
    [[nodiscard]] QWidget *firstTabStop() const;
    [[nodiscard]] QWidget *lastTabStop() const;

Q_SIGNALS:
    /// The image, its rendering or the choice changed.
    void changed();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpControls();
    void layOut();
    void connectControls();
    void browse();
    void render();
    void showProblem(const QString &text);
    void updateState();

    AspectPreview *m_preview;
    QLabel *m_originLabel;
    QPushButton *m_browse;
    QPushButton *m_paste;
    QPushButton *m_clear;
    QRadioButton *m_fitButton;
    QRadioButton *m_cropButton;
    QLabel *m_note;
    QLabel *m_message;
    QSize m_target;
    ReferenceFit m_fit = ReferenceFit::Fit;
    QImage m_source;
    QImage m_rendered;
    QString m_origin;
    bool m_renderProblem = false; ///< the message is about rendering, not about a refused input
};

} // namespace Dailies
