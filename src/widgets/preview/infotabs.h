// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPersistentModelIndex>
#include <QTabWidget>
#include <functional>
#include <optional>

#include "media/mediaprobe.h"

class QListWidget;
class QPlainTextEdit;

namespace Dailies
{

class PreviewSource;

/**
 * The tabs under the preview: the clip's Details (its roles and what MediaProbe read from the file), the raw JSON of
 * its last server Response, and its Lineage (the clips it was made from, oldest first, then the clip, then the
 * remixes, edits and extensions made from it, each with how it was made and its length; activating a clip asks for
 * it to be selected). The rows come from a StudioModel (or a proxy over one) through its roles; the response and
 * the lineage come from a PreviewSource, asked for each time they are read.
 */
class InfoTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfoTabs)

public:
    /// Gives the source to read from now (the workspace's stores, or none).
    using SourceProvider = std::function<PreviewSource()>;

    explicit InfoTabs(SourceProvider source, QWidget *parent = nullptr);
    ~InfoTabs() override;

    /// Shows row `index` with what `media` says of its file; an invalid index empties the tabs. The lineage is
    /// filled when it is first looked at after the row changed.
    void showItem(const QModelIndex &index, const std::optional<MediaInfo> &media);
    /// The source changed: reads the response again, and the lineage when it is next looked at.
    void refresh();

    [[nodiscard]] QString detailsText() const;
    /// The pretty-printed JSON, or why there is none.
    [[nodiscard]] QString responseText() const;
    /// The lineage's list, filled first if the row changed. Item data (Qt::UserRole): the clip id to select, 0 for
    /// an entry that is no clip of the library.
    [[nodiscard]] QListWidget *lineageList();

Q_SIGNALS:
    /// A clip in the lineage was activated: the studio should select the row of clip `clipId`.
    void clipSelectionRequested(qint64 clipId);

private:
    void updateDetails(const std::optional<MediaInfo> &media);
    void updateResponse();
    void fillLineage();

    SourceProvider m_source;
    QPlainTextEdit *m_details;
    QPlainTextEdit *m_response;
    QListWidget *m_chain;
    QPersistentModelIndex m_index;
    bool m_chainDirty = true;
};

} // namespace Dailies
