// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/preview/statuspage.h"

#include <QAction>
#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dailies
{

StatusPage::StatusPage(QAction *reveal, QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedLayout(this))
    , m_messagePage(new QWidget(this))
    , m_message(new QLabel(m_messagePage))
    , m_reveal(new QPushButton(m_messagePage))
    , m_jobPage(new QWidget(this))
    , m_jobThumbnail(new QLabel(m_jobPage))
    , m_jobStatus(new QLabel(m_jobPage))
    , m_jobProgress(new QProgressBar(m_jobPage))
{
    setObjectName(u"statusPage"_s);
    m_message->setObjectName(u"previewPlaceholder"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reveal->setObjectName(u"revealFolder"_s);
    m_reveal->setText(reveal->text());
    m_reveal->setAccessibleName(reveal->text());
    m_reveal->setToolTip(reveal->toolTip());
    connect(m_reveal, &QPushButton::clicked, reveal, &QAction::trigger);
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch();
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_reveal, 0, Qt::AlignHCenter);
    messageLayout->addStretch();

    m_jobThumbnail->setObjectName(u"jobThumbnail"_s);
    m_jobThumbnail->setAlignment(Qt::AlignCenter);
    m_jobThumbnail->setMinimumHeight(80);
    m_jobThumbnail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_jobStatus->setObjectName(u"jobStatus"_s);
    m_jobStatus->setAccessibleName(tr("Job status"));
    m_jobStatus->setAlignment(Qt::AlignCenter);
    m_jobStatus->setWordWrap(true);
    m_jobProgress->setObjectName(u"jobProgress"_s);
    m_jobProgress->setAccessibleName(tr("Job progress"));
    m_jobProgress->setRange(0, 100);
    auto *jobLayout = new QVBoxLayout(m_jobPage);
    jobLayout->addWidget(m_jobThumbnail, 1);
    jobLayout->addWidget(m_jobStatus);
    jobLayout->addWidget(m_jobProgress);

    m_pages->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_messagePage);
    m_pages->addWidget(m_jobPage);
}

StatusPage::~StatusPage() = default;

void StatusPage::showMessage(const QString &text, bool offerReveal)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_reveal->setVisible(offerReveal);
    m_pages->setCurrentWidget(m_messagePage);
}

void StatusPage::showJob(const Job &job, const QSize &area)
{
    m_jobStatus->setText(job.status);
    m_jobProgress->setVisible(job.rendering);
    m_jobProgress->setValue(job.progress);
    QPixmap picture;
    if (!job.thumbnailPath.isEmpty())
        picture.load(job.thumbnailPath);
    m_jobThumbnail->setPixmap(
        picture.isNull() ? QPixmap() : picture.scaled(area * 0.8, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_jobThumbnail->setVisible(!picture.isNull());
    m_pages->setCurrentWidget(m_jobPage);
}

QString StatusPage::text() const
{
    return m_pages->currentWidget() == m_jobPage ? m_jobStatus->text() : m_message->text();
}

} // namespace Dailies
