// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Dailies
{

/**
 * Edits the tags of one or more clips: every tag any of them has is listed with a check box (checked when all
 * have it, partly checked when some do); unchecking removes it from all, checking adds it to all, and new tags are
 * typed (with completion from the tags the library knows; commas separate several) and added with Enter or Add.
 * Tags the dialog leaves partly checked stay as they were on each clip.
 */
class TagsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagsDialog)

public:
    /// `tagsOfEachClip`: the current tags of every selected clip; `knownTags`: for completion.
    TagsDialog(const QList<QStringList> &tagsOfEachClip, const QStringList &knownTags, QWidget *parent = nullptr);
    ~TagsDialog() override;

    /// Adds tags typed by a person (commas separate several); returns why not when one is unusable.
    QString addTags(const QString &text);
    /// Checks or unchecks a listed tag; false when it is not listed.
    bool setTagChecked(const QString &tag, bool checked);
    /// The tags to put on every clip, and those to take off every clip.
    [[nodiscard]] QStringList added() const;
    [[nodiscard]] QStringList removed() const;
    [[nodiscard]] QLineEdit *tagEdit() const { return m_edit; }
    [[nodiscard]] QListWidget *tagList() const { return m_list; }

    /// `tags` with `removed` taken off and `added` put on (in order, without duplicates).
    [[nodiscard]] static QStringList apply(
        const QStringList &tags, const QStringList &added, const QStringList &removed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Adds what the field holds; shows why not next to it, or empties it.
    void addTyped();

    QListWidget *m_list;
    QLineEdit *m_edit;
    QLabel *m_error;
};

} // namespace Dailies
