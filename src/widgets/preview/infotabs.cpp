// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/preview/infotabs.h"

#include <QDir>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>

#include "core/models/previewsource.h"
#include "core/models/studiomodel.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

InfoTabs::InfoTabs(SourceProvider source, QWidget *parent)
    : QTabWidget(parent)
    , m_source(std::move(source))
    , m_details(new QPlainTextEdit(this))
    , m_response(new QPlainTextEdit(this))
    , m_chain(new QListWidget(this))
{
    m_details->setObjectName(u"details"_s);
    m_details->setAccessibleName(tr("Clip details"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_response->setObjectName(u"response"_s);
    m_response->setAccessibleName(tr("Server response"));
    m_response->setReadOnly(true);
    m_response->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_response->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_response->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_chain->setObjectName(u"lineage"_s);
    m_chain->setAccessibleName(tr("Lineage"));
    m_chain->setToolTip(tr("Press Enter or double-click to select a clip"));
    // A long prompt wraps instead of hiding behind a horizontal scroll bar.
    m_chain->setWordWrap(true);
    m_chain->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setObjectName(u"previewTabs"_s);
    setAccessibleName(tr("Clip information"));
    addTab(m_details, tr("&Details"));
    addTab(m_response, tr("Res&ponse"));
    addTab(m_chain, tr("&Lineage"));
    setDocumentMode(true);
    connect(this, &QTabWidget::currentChanged, this, [this](int) {
        if (currentWidget() == m_chain)
            fillLineage();
    });
    connect(m_chain, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (id > 0)
            Q_EMIT clipSelectionRequested(id);
    });
}

InfoTabs::~InfoTabs() = default;

void InfoTabs::showItem(const QModelIndex &index, const std::optional<MediaInfo> &media)
{
    const bool sameRow = index.isValid() && QPersistentModelIndex(index) == m_index;
    m_index = index;
    if (!sameRow)
        m_chainDirty = true;
    if (!index.isValid()) {
        m_details->clear();
        m_response->clear();
        m_chain->clear();
        return;
    }
    updateDetails(media);
    updateResponse();
    if (currentWidget() == m_chain)
        fillLineage();
}

void InfoTabs::refresh()
{
    m_chainDirty = true;
    if (m_index.isValid())
        updateResponse();
}

QString InfoTabs::detailsText() const
{
    return m_details->toPlainText();
}

QString InfoTabs::responseText() const
{
    return m_response->toPlainText();
}

QListWidget *InfoTabs::lineageList()
{
    fillLineage();
    return m_chain;
}

void InfoTabs::updateDetails(const std::optional<MediaInfo> &media)
{
    const QModelIndex &index = m_index;
    QStringList lines;
    lines << index.data(StudioModel::PromptRole).toString() << QString();
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << label.arg(value);
    };
    const QLocale locale;
    const auto when = [&locale](const QVariant &value) {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? locale.toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    add(tr("Status: %1"), index.data(StudioModel::StatusTextRole).toString());
    add(tr("Model: %1"), index.data(StudioModel::ModelRole).toString());
    add(tr("Size: %1"), index.data(StudioModel::SizeRole).toString());
    add(tr("Duration: %1 s"), index.data(StudioModel::SecondsRole).toString());
    add(tr("Provider: %1"), index.data(StudioModel::ProfileRole).toString());
    add(tr("Project: %1"), index.data(StudioModel::ProjectRole).toString());
    const QVariant cost = index.data(StudioModel::CostRole);
    if (cost.isValid())
        add(tr("Cost: %1"), locale.toString(cost.toDouble(), 'f', 2));
    add(tr("Problem: %1"), index.data(StudioModel::ErrorRole).toString());
    lines << QString();
    add(tr("Video id: %1"), index.data(StudioModel::RemoteIdRole).toString());
    add(tr("Made from: %1"), index.data(StudioModel::ParentRemoteIdRole).toString());
    const QVariant job = index.data(StudioModel::JobIdRole);
    if (job.isValid())
        add(tr("Job: %1"), job.toString());
    const QVariant clip = index.data(StudioModel::ClipIdRole);
    if (clip.isValid())
        add(tr("Clip: %1"), clip.toString());
    add(tr("Submitted: %1"), when(index.data(StudioModel::SubmittedAtRole)));
    add(tr("Created: %1"), when(index.data(StudioModel::CreatedAtRole)));
    add(tr("Finished: %1"), when(index.data(StudioModel::CompletedAtRole)));
    const QVariant elapsed = index.data(StudioModel::ElapsedRole);
    if (elapsed.isValid())
        add(tr("Elapsed: %1 s"), locale.toString(elapsed.toLongLong() / 1000.0, 'f', 1));
    const QString video = index.data(StudioModel::VideoPathRole).toString();
    if (!video.isEmpty()) {
        lines << QString();
        add(tr("Video file: %1"), QDir::toNativeSeparators(video));
        add(tr("Thumbnail: %1"), QDir::toNativeSeparators(index.data(StudioModel::ThumbnailPathRole).toString()));
    }
    if (media) {
        const MediaInfo &m = *media;
        add(tr("Picture: %1"),
            tr("%1, %2×%3, %4 fps, %5 frames")
                .arg(m.videoCodec)
                .arg(m.width)
                .arg(m.height)
                .arg(locale.toString(m.frameRate, 'f', 3))
                .arg(m.frameCount));
        add(tr("Length: %1 s"), locale.toString(m.durationMs / 1000.0, 'f', 3));
        add(tr("Sound: %1"), m.hasAudio ? m.audioCodec : tr("none"));
    }
    const QString details = lines.join(u'\n').trimmed();
    if (details != m_details->toPlainText())
        m_details->setPlainText(details);
}

void InfoTabs::updateResponse()
{
    const QJsonObject response = m_source().response(m_index.data(StudioModel::ClipIdRole).toLongLong(),
        m_index.data(StudioModel::JobIdRole).toLongLong(), m_index.data(StudioModel::VideoPathRole).toString());
    const QString text = response.isEmpty()
        ? tr("No response from the server yet.")
        : QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Indented));
    if (text != m_response->toPlainText())
        m_response->setPlainText(text);
}

namespace
{
/// How a clip was made from its parent, for a person.
QString originName(const QString &origin, bool hasParent)
{
    if (origin == "remix"_L1)
        return InfoTabs::tr("Remix");
    if (origin == "edit"_L1)
        return InfoTabs::tr("Edit");
    if (origin == "extend"_L1)
        return InfoTabs::tr("Extension");
    return hasParent ? InfoTabs::tr("Made from another") : InfoTabs::tr("Original");
}

QString lengthOf(const QString &seconds)
{
    return seconds.isEmpty() ? InfoTabs::tr("length unknown") : InfoTabs::tr("%1 s").arg(seconds);
}
} // namespace

void InfoTabs::fillLineage()
{
    if (!m_chainDirty)
        return;
    m_chainDirty = false;
    m_chain->clear();
    if (!m_index.isValid())
        return;
    const QString parentRemoteId = m_index.data(StudioModel::ParentRemoteIdRole).toString();
    const PreviewSource::Lineage lineage = m_source().lineage(m_index.data(StudioModel::ProfileRole).toString(),
        m_index.data(StudioModel::RemoteIdRole).toString(), parentRemoteId);
    const auto item = [this](const QString &text, qint64 clipId, const QString &toolTip) {
        auto *i = new QListWidgetItem(text, m_chain);
        i->setData(Qt::UserRole, clipId);
        i->setToolTip(toolTip);
        if (clipId <= 0)
            i->setFlags(i->flags() & ~Qt::ItemIsSelectable);
        return i;
    };
    const auto line = [](const PreviewSource::LineageLink &link, bool hasParent) {
        return tr("%1 \u00b7 %2 \u00b7 %3")
            .arg(originName(link.origin, hasParent), lengthOf(link.seconds), PreviewSource::excerpt(link.prompt));
    };

    if (!lineage.missingParent.isEmpty())
        item(tr("Made from %1 (not in the library)").arg(lineage.missingParent), 0, lineage.missingParent);
    for (qsizetype i = 0; i < lineage.ancestors.size(); ++i) {
        const PreviewSource::LineageLink &link = lineage.ancestors.at(i);
        item(line(link, i > 0 || !lineage.missingParent.isEmpty()), link.clipId, link.prompt);
    }
    const PreviewSource::LineageLink self { 0, {}, m_index.data(StudioModel::PromptRole).toString(), lineage.origin,
        m_index.data(StudioModel::SecondsRole).toString() };
    QListWidgetItem *selfItem = item(tr("This clip: %1").arg(line(self, !parentRemoteId.isEmpty())), 0, {});
    QFont bold = selfItem->font();
    bold.setBold(true);
    selfItem->setFont(bold);
    for (const PreviewSource::LineageLink &link : lineage.children)
        item(tr("\u21b3 %1").arg(line(link, true)), link.clipId, link.prompt);
    for (const PreviewSource::LineageLink &link : lineage.rendering)
        item(tr("\u21b3 %1 in progress \u00b7 %2")
                 .arg(originName(link.origin, true), PreviewSource::excerpt(link.prompt)),
            0, link.prompt);
    if (lineage.isEmpty())
        item(tr("Nothing made from this clip yet: remix (Ctrl+R), edit or extend it."), 0, {});
}

} // namespace Dailies
