// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/historypopup.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScreen>
#include <QVBoxLayout>

#include "core/prompt/prompthistory.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
constexpr int kShown = 200;
constexpr int kExcerpt = 160;
} // namespace

HistoryPopup::HistoryPopup(PromptHistory *history, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_history(history)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"historyPopup"_s);
    setAccessibleName(tr("Prompt history"));
    setFrameShape(QFrame::StyledPanel);
    m_filter->setObjectName(u"historyFilter"_s);
    m_filter->setAccessibleName(tr("Filter the prompt history"));
    m_filter->setPlaceholderText(tr("Filter recent prompts…"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(u"historyList"_s);
    m_list->setAccessibleName(tr("Recent prompts"));
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    m_filter->installEventFilter(this);

    connect(m_filter, &QLineEdit::textChanged, this, &HistoryPopup::refresh);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { choose(m_list->currentRow()); });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { choose(m_list->row(item)); });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { choose(m_list->row(item)); });
}

HistoryPopup::~HistoryPopup() = default;

void HistoryPopup::refresh()
{
    m_list->clear();
    const QList<PromptHistoryEntry> entries = m_history->search(m_filter->text(), kShown);
    for (const PromptHistoryEntry &entry : entries) {
        QString line = entry.text.simplified();
        if (line.size() > kExcerpt)
            line = line.left(kExcerpt) + u'…';
        auto *item = new QListWidgetItem(line, m_list);
        item->setData(Qt::UserRole, entry.text);
        item->setToolTip(
            tr("Used %1\n\n%2")
                .arg(QLocale().toString(entry.usedAt.toLocalTime(), QLocale::ShortFormat), entry.text.left(2000)));
    }
    if (entries.isEmpty()) {
        auto *item = new QListWidgetItem(m_filter->text().trimmed().isEmpty()
                ? tr("No prompts yet: the ones you generate appear here.")
                : tr("No recent prompt matches."),
            m_list);
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_list->setCurrentRow(0);
    }
}

void HistoryPopup::popup(QWidget *anchor)
{
    refresh();
    const int width = std::max(anchor->window()->width() / 3, std::max(360, parentWidget()->width()));
    resize(width, 320);
    QPoint at = anchor->mapToGlobal(QPoint(0, anchor->height()));
    if (const QScreen *screen = anchor->screen()) {
        const QRect available = screen->availableGeometry();
        at.setX(std::clamp(at.x(), available.left(), std::max(available.left(), available.right() - width)));
    }
    move(at);
    show();
    m_filter->setFocus();
}

bool HistoryPopup::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the filter line move through the list, as in a completer.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down || key->key() == Qt::Key_PageUp
            || key->key() == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void HistoryPopup::choose(int row)
{
    const QListWidgetItem *item = m_list->item(row);
    // A click can also activate the item; the first of the two chooses.
    if (!isVisible() || !item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const QString text = item->data(Qt::UserRole).toString();
    hide();
    Q_EMIT chosen(text);
}

} // namespace Dailies
