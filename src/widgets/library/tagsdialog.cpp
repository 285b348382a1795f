// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/library/tagsdialog.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
constexpr int kMaxTagLength = 64;
}

TagsDialog::TagsDialog(const QList<QStringList> &tagsOfEachClip, const QStringList &knownTags, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"tagsDialog"_s);
    setWindowTitle(tr("Tags"));

    QStringList all;
    for (const QStringList &tags : tagsOfEachClip) {
        for (const QString &tag : tags) {
            if (!all.contains(tag))
                all.append(tag);
        }
    }
    all.sort(Qt::CaseInsensitive);
    m_list->setObjectName(u"tagList"_s);
    m_list->setAccessibleName(tr("Tags of the selected clips"));
    for (const QString &tag : std::as_const(all)) {
        const auto count = std::count_if(tagsOfEachClip.cbegin(), tagsOfEachClip.cend(),
            [&tag](const QStringList &tags) { return tags.contains(tag); });
        auto *item = new QListWidgetItem(tag, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setData(Qt::UserRole, count == tagsOfEachClip.size() ? Qt::Checked : Qt::PartiallyChecked);
        item->setCheckState(count == tagsOfEachClip.size() ? Qt::Checked : Qt::PartiallyChecked);
    }

    auto *label = new QLabel(tr("&New tag:"), this);
    label->setBuddy(m_edit);
    m_edit->setObjectName(u"tagEdit"_s);
    m_edit->setAccessibleName(tr("New tag"));
    m_edit->setPlaceholderText(tr("night, coast, final cut"));
    auto *completer = new QCompleter(knownTags, m_edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(completer);
    m_edit->installEventFilter(this);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(u"addTag"_s);
    add->setAutoDefault(false);
    m_error->setObjectName(u"tagError"_s);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    connect(add, &QPushButton::clicked, this, &TagsDialog::addTyped);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (!m_edit->text().trimmed().isEmpty()) {
            addTyped();
            if (!m_error->isHidden())
                return; // keep what was typed, and say why it was not taken
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_edit, 1);
    row->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(360, 340);
}

TagsDialog::~TagsDialog() = default;

bool TagsDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the tag field adds the tag; it must not also press OK and close the dialog.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !m_edit->text().trimmed().isEmpty()) {
            addTyped();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TagsDialog::addTyped()
{
    const QString problem = addTags(m_edit->text());
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        m_edit->clear();
}

QString TagsDialog::addTags(const QString &text)
{
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    QStringList tags;
    for (const QString &part : parts) {
        const QString tag = part.simplified();
        if (tag.isEmpty())
            continue;
        if (tag.size() > kMaxTagLength)
            return tr("A tag can be at most %1 characters long.").arg(kMaxTagLength);
        tags << tag;
    }
    for (const QString &tag : std::as_const(tags)) {
        const QList<QListWidgetItem *> found = m_list->findItems(tag, Qt::MatchFixedString);
        QListWidgetItem *item = found.value(0);
        if (!item) {
            item = new QListWidgetItem(tag, m_list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setData(Qt::UserRole, Qt::Unchecked);
        }
        item->setCheckState(Qt::Checked);
        m_list->scrollToItem(item);
    }
    return {};
}

bool TagsDialog::setTagChecked(const QString &tag, bool checked)
{
    const QList<QListWidgetItem *> found = m_list->findItems(tag, Qt::MatchFixedString);
    if (found.isEmpty())
        return false;
    found.constFirst()->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return true;
}

QStringList TagsDialog::added() const
{
    QStringList tags;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() == Qt::Checked && item->data(Qt::UserRole).toInt() != Qt::Checked)
            tags << item->text();
    }
    return tags;
}

QStringList TagsDialog::removed() const
{
    QStringList tags;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() == Qt::Unchecked && item->data(Qt::UserRole).toInt() != Qt::Unchecked)
            tags << item->text();
    }
    return tags;
}

QStringList TagsDialog::apply(const QStringList &tags, const QStringList &added, const QStringList &removed)
{
    QStringList result;
    for (const QString &tag : tags) {
        if (!removed.contains(tag) && !result.contains(tag))
            result << tag;
    }
    for (const QString &tag : added) {
        if (!result.contains(tag))
            result << tag;
    }
    return result;
}

} // namespace Dailies
