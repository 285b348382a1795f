// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/referenceslot.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

#include "widgets/aspectpreview.h"
#include "widgets/referenceimage.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

QString firstLocalFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

} // namespace

ReferenceSlot::ReferenceSlot(QWidget *parent)
    : QWidget(parent)
    , m_preview(new AspectPreview(this))
    , m_originLabel(new QLabel(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_paste(new QPushButton(tr("P&aste"), this))
    , m_clear(new QPushButton(tr("C&lear"), this))
    , m_fitButton(new QRadioButton(tr("&Fit"), this))
    , m_cropButton(new QRadioButton(tr("Cr&op"), this))
    , m_note(new QLabel(tr("Images with real people's faces are refused by the provider."), this))
    , m_message(new QLabel(this))
{
    setUpControls();
    layOut();
    connectControls();
    updateState();
}

void ReferenceSlot::setUpControls()
{
    setObjectName(u"referenceSlot"_s);
    setAcceptDrops(true);
    setFocusProxy(m_preview);
    m_preview->setObjectName(u"aspectPreview"_s);
    m_preview->setAccessibleName(tr("Reference image and frame shape"));
    m_preview->setFocusPolicy(Qt::StrongFocus);
    m_preview->setToolTip(tr("Drop an image here, or give this focus and press Ctrl+V"));
    m_preview->setPlaceholder(tr("Drop or paste an image"));
    m_originLabel->setObjectName(u"referenceOrigin"_s);
    m_originLabel->setAccessibleName(tr("Reference image file"));
    m_originLabel->setTextFormat(Qt::PlainText);
    m_originLabel->setForegroundRole(QPalette::PlaceholderText);
    m_browse->setObjectName(u"referenceBrowse"_s);
    m_browse->setAccessibleName(tr("Browse for a reference image"));
    m_paste->setObjectName(u"referencePaste"_s);
    m_paste->setAccessibleName(tr("Paste a reference image"));
    m_clear->setObjectName(u"referenceClear"_s);
    m_clear->setAccessibleName(tr("Clear the reference image"));
    m_fitButton->setObjectName(u"referenceFit"_s);
    m_fitButton->setAccessibleName(tr("Fit the whole image, with black bars"));
    m_fitButton->setToolTip(tr("Scale the whole image into the frame; the rest is black"));
    m_cropButton->setObjectName(u"referenceCrop"_s);
    m_cropButton->setAccessibleName(tr("Crop the image to fill the frame"));
    m_cropButton->setToolTip(tr("Scale the image to fill the frame and cut the centre"));
    m_fitButton->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_fitButton);
    group->addButton(m_cropButton);
    m_note->setObjectName(u"referenceNote"_s);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Note about faces"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_note->setFont(small);
    m_originLabel->setFont(small);
    m_message->setObjectName(u"referenceMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Reference image problem"));
    m_message->setForegroundRole(QPalette::Highlight);
    m_message->hide();
}

void ReferenceSlot::layOut()
{
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_browse);
    buttons->addWidget(m_paste);
    buttons->addWidget(m_clear);
    buttons->addSpacing(6);
    buttons->addWidget(m_fitButton);
    buttons->addWidget(m_cropButton);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_preview, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_originLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_message);
}

void ReferenceSlot::connectControls()
{
    auto *paste = new QShortcut(QKeySequence::Paste, m_preview);
    paste->setContext(Qt::WidgetShortcut);
    connect(paste, &QShortcut::activated, this, &ReferenceSlot::pasteFromClipboard);
    auto *remove = new QShortcut(QKeySequence::Delete, m_preview);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ReferenceSlot::clear);
    connect(m_browse, &QPushButton::clicked, this, &ReferenceSlot::browse);
    connect(m_paste, &QPushButton::clicked, this, &ReferenceSlot::pasteFromClipboard);
    connect(m_clear, &QPushButton::clicked, this, &ReferenceSlot::clear);
    connect(m_fitButton, &QRadioButton::toggled, this,
        [this](bool on) { setFit(on ? ReferenceFit::Fit : ReferenceFit::Crop); });

    setTabOrder(m_preview, m_browse);
    setTabOrder(m_browse, m_paste);
    setTabOrder(m_paste, m_clear);
    setTabOrder(m_clear, m_fitButton);
    setTabOrder(m_fitButton, m_cropButton);
}

ReferenceSlot::~ReferenceSlot() = default;

QWidget *ReferenceSlot::firstTabStop() const
{
    return m_preview;
}

QWidget *ReferenceSlot::lastTabStop() const
{
    return m_cropButton;
}

void ReferenceSlot::setTargetSize(const QSize &size)
{
    if (size == m_target)
        return;
    m_target = size;
    m_preview->setFrameSize(size);
    render();
}

void ReferenceSlot::setFit(ReferenceFit fit)
{
    {
        const QSignalBlocker a(m_fitButton);
        const QSignalBlocker b(m_cropButton);
        m_fitButton->setChecked(fit == ReferenceFit::Fit);
        m_cropButton->setChecked(fit == ReferenceFit::Crop);
    }
    if (fit == m_fit)
        return;
    m_fit = fit;
    render();
}

bool ReferenceSlot::setImageFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        showProblem(tr("'%1' is not a file.").arg(info.fileName().isEmpty() ? path : info.fileName()));
        return false;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    if (!reader.canRead()) {
        showProblem(tr("'%1' is not an image Dailies can read (use PNG, JPEG or WebP).").arg(info.fileName()));
        return false;
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        showProblem(tr("'%1' cannot be read: %2").arg(info.fileName(), reader.errorString()));
        return false;
    }
    return setImage(image, info.fileName());
}

bool ReferenceSlot::setImage(const QImage &image, const QString &origin)
{
    if (image.isNull()) {
        showProblem(tr("%1 holds no image.").arg(origin));
        return false;
    }
    // A size problem depends only on the image when a size is known; without one the image is kept for later.
    if (m_target.isValid() && !m_target.isEmpty()) {
        if (const QString why = ReferenceImage::problem(image, m_target, m_fit); !why.isEmpty()) {
            showProblem(tr("%1: %2").arg(origin, why));
            return false;
        }
    }
    m_source = image;
    m_origin = origin;
    showProblem({});
    render();
    return true;
}

bool ReferenceSlot::mayCarryImage(const QMimeData *mime)
{
    return mime && (mime->hasImage() || !firstLocalFile(mime).isEmpty());
}

bool ReferenceSlot::takeMimeData(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasImage())
        return setImage(qvariant_cast<QImage>(mime->imageData()), tr("Pasted image"));
    if (const QString file = firstLocalFile(mime); !file.isEmpty())
        return setImageFile(file);
    showProblem(tr("That holds no image."));
    return false;
}

bool ReferenceSlot::pasteFromClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mayCarryImage(mime)) {
        showProblem(tr("The clipboard holds no image."));
        return false;
    }
    return takeMimeData(mime);
}

void ReferenceSlot::clear()
{
    m_source = {};
    m_origin.clear();
    showProblem({});
    render();
}

QString ReferenceSlot::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReferenceSlot::dragEnterEvent(QDragEnterEvent *event)
{
    if (mayCarryImage(event->mimeData()))
        event->acceptProposedAction();
}

void ReferenceSlot::dropEvent(QDropEvent *event)
{
    takeMimeData(event->mimeData());
    event->acceptProposedAction();
}

void ReferenceSlot::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose a reference image"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({ tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::fileSelected, this, &ReferenceSlot::setImageFile);
    dialog->open();
}

void ReferenceSlot::render()
{
    m_rendered = {};
    QString problem;
    if (!m_source.isNull()) {
        problem = ReferenceImage::problem(m_source, m_target, m_fit);
        if (problem.isEmpty())
            m_rendered = ReferenceImage::render(m_source, m_target, m_fit);
        else
            problem = tr("%1: %2").arg(m_origin, problem);
    }
    // A problem of the rendering goes when the rendering works again; one of a refused drop stays until the next.
    if (!problem.isEmpty())
        showProblem(problem);
    else if (m_renderProblem)
        showProblem({});
    m_renderProblem = !problem.isEmpty();
    m_preview->setImage(m_rendered);
    updateState();
    Q_EMIT changed();
}

void ReferenceSlot::showProblem(const QString &text)
{
    m_renderProblem = false;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ReferenceSlot::updateState()
{
    m_clear->setEnabled(hasImage());
    m_originLabel->setText(hasImage()
            ? tr("%1 (%2×%3), sent as %4")
                  .arg(m_origin)
                  .arg(m_source.width())
                  .arg(m_source.height())
                  .arg(m_rendered.isNull() ? tr("nothing yet")
                                           : tr("%1×%2").arg(m_rendered.width()).arg(m_rendered.height()))
            : tr("No reference image"));
}

} // namespace Dailies
