// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/aspectpreview.h"

#include <QPainter>
#include <QPainterPath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
constexpr int kPadding = 4;
} // namespace

AspectPreview::AspectPreview(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    updateAccessibleDescription();
}

AspectPreview::~AspectPreview() = default;

void AspectPreview::setFrameSize(const QSize &size)
{
    if (size == m_frame)
        return;
    m_frame = size;
    m_scaled = {};
    updateAccessibleDescription();
    update();
}

void AspectPreview::setImage(const QImage &image)
{
    m_image = image;
    m_scaled = {};
    updateAccessibleDescription();
    update();
}

void AspectPreview::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

QString AspectPreview::label() const
{
    if (!m_frame.isValid() || m_frame.isEmpty())
        return {};
    const int w = m_frame.width();
    const int h = m_frame.height();
    const int divisor = std::gcd(w, h);
    const QString ratio = (w / divisor <= 32 && h / divisor <= 32) ? u"%1:%2"_s.arg(w / divisor).arg(h / divisor)
                                                                   : u"%1:1"_s.arg(double(w) / h, 0, 'f', 2);
    const QString shape = w == h ? tr("square") : (w > h ? tr("landscape") : tr("portrait"));
    return tr("%1×%2 · %3 %4").arg(w).arg(h).arg(ratio, shape);
}

QSize AspectPreview::sizeHint() const
{
    const int line = fontMetrics().height();
    return { 240, 150 + line + kPadding };
}

QSize AspectPreview::minimumSizeHint() const
{
    return { 96, 64 + fontMetrics().height() + kPadding };
}

QRect AspectPreview::frameRect() const
{
    const QRect area = rect().adjusted(kPadding, kPadding, -kPadding, -kPadding - fontMetrics().height());
    const QSize shape = (m_frame.isValid() && !m_frame.isEmpty()) ? m_frame : QSize(1, 1);
    const QSize fitted = shape.scaled(area.size(), Qt::KeepAspectRatio);
    return { area.x() + (area.width() - fitted.width()) / 2, area.y() + (area.height() - fitted.height()) / 2,
        fitted.width(), fitted.height() };
}

void AspectPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect frame = frameRect();
    const bool known = m_frame.isValid() && !m_frame.isEmpty();

    if (!m_image.isNull() && frame.width() > 0 && frame.height() > 0) {
        if (m_scaled.size() != frame.size() * devicePixelRatioF()) {
            m_scaled
                = m_image.scaled(frame.size() * devicePixelRatioF(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            m_scaled.setDevicePixelRatio(devicePixelRatioF());
        }
        p.drawImage(frame.topLeft(), m_scaled);
    } else {
        p.fillRect(frame, palette().color(QPalette::Base));
        if (!m_placeholder.isEmpty()) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(frame.adjusted(4, 4, -4, -4), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        }
    }
    QPen pen(palette().color(hasFocus() ? QPalette::Highlight : QPalette::Mid), hasFocus() ? 2 : 1);
    if (!known)
        pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(frame).adjusted(0.5, 0.5, -0.5, -0.5));

    p.setPen(palette().color(QPalette::WindowText));
    const QRect text(0, height() - fontMetrics().height() - kPadding / 2, width(), fontMetrics().height());
    p.drawText(text, Qt::AlignHCenter | Qt::AlignVCenter, known ? label() : tr("free size"));
}

void AspectPreview::updateAccessibleDescription()
{
    const QString shape = label().isEmpty() ? tr("free size") : label();
    setAccessibleDescription(m_image.isNull() ? tr("%1, no reference image").arg(shape)
                                              : tr("%1, with the reference image as it will be sent").arg(shape));
}

} // namespace Dailies
