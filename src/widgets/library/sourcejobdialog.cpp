// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/library/sourcejobdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "core/api/videoapiclient.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

SourceJobDialog::SourceJobDialog(Mode mode, const Source &source, Cost cost, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_plan(source.plan)
    , m_prompt(new QPlainTextEdit(this))
    , m_cost(new QLabel(this))
    , m_error(new QLabel(this))
    , m_costOf(std::move(cost))
    , m_submit(std::move(submit))
{
    setObjectName(u"sourceJobDialog"_s);
    QString takeName;
    QString label;
    QString placeholder;
    QString button;
    switch (mode) {
    case Mode::Remix:
        setWindowTitle(tr("Remix"));
        takeName = tr("The take to remix");
        label = tr("&What changes:");
        placeholder = tr("Describe the change, e.g. \"the same shot at dusk, in the rain\"");
        button = tr("&Remix");
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit"));
        takeName = tr("The take to edit");
        label = tr("&What changes:");
        placeholder = tr("Describe the change, e.g. \"make it night and let the lamps glow\"");
        button = tr("&Edit");
        break;
    case Mode::Extend:
        setWindowTitle(tr("Extend"));
        takeName = tr("The take to extend");
        label = tr("&What happens next:");
        placeholder = tr("Describe how the shot goes on, e.g. \"the camera keeps rising over the roofs\"");
        button = tr("E&xtend");
        break;
    }

    auto *picture = new QLabel(this);
    picture->setObjectName(u"sourceThumbnail"_s);
    picture->setAccessibleName(takeName);
    picture->setFixedSize(192, 108);
    picture->setAlignment(Qt::AlignCenter);
    picture->setStyleSheet(u"background: #202020;"_s);
    if (!source.thumbnail.isNull())
        picture->setPixmap(source.thumbnail.scaled(
            picture->size() * source.thumbnail.devicePixelRatio(), Qt::KeepAspectRatio, Qt::SmoothTransformation));

    auto *parentText = new QLabel(source.prompt, this);
    parentText->setObjectName(u"sourcePrompt"_s);
    parentText->setAccessibleName(tr("Prompt of the take"));
    parentText->setWordWrap(true);
    parentText->setTextFormat(Qt::PlainText);
    parentText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *top = new QHBoxLayout;
    top->addWidget(picture, 0, Qt::AlignTop);
    top->addWidget(parentText, 1);

    auto *promptLabel = new QLabel(label, this);
    promptLabel->setBuddy(m_prompt);
    m_prompt->setObjectName(u"sourceJobPrompt"_s);
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->setPlaceholderText(placeholder);
    m_prompt->setTabChangesFocus(true);

    m_cost->setObjectName(u"sourceJobCost"_s);
    m_cost->setAccessibleName(tr("Cost"));
    m_cost->setWordWrap(true);
    m_error->setObjectName(u"sourceJobError"_s);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submitButton = buttons->addButton(button, QDialogButtonBox::AcceptRole);
    m_submitButton->setObjectName(u"sourceJobButton"_s);
    m_submitButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SourceJobDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &SourceJobDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    if (mode != Mode::Remix) {
        auto *hint = new QLabel(mode == Mode::Edit
                ? tr("The edit is a new clip of the same length, made from this take with your change; the take "
                     "itself stays.")
                : tr("The extension is a new clip: this take, followed by the seconds you add. The take itself "
                     "stays."),
            this);
        hint->setObjectName(u"sourceJobHint"_s);
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    layout->addWidget(promptLabel);
    layout->addWidget(m_prompt, 1);
    if (mode == Mode::Extend) {
        buildSecondsPicker();
        auto *row = new QHBoxLayout;
        auto *secondsLabel = new QLabel(tr("&Add:"), this);
        secondsLabel->setBuddy(m_seconds);
        row->addWidget(secondsLabel);
        row->addWidget(m_seconds);
        row->addWidget(m_length, 1);
        layout->addLayout(row);
    }
    layout->addWidget(m_error);
    layout->addWidget(m_cost);
    layout->addWidget(buttons);
    resize(560, mode == Mode::Remix ? 420 : 480);
    updateLength();
    validate();
}

SourceJobDialog::~SourceJobDialog() = default;

void SourceJobDialog::buildSecondsPicker()
{
    m_seconds = new QComboBox(this);
    m_seconds->setObjectName(u"extensionSeconds"_s);
    m_seconds->setAccessibleName(tr("Seconds to add"));
    m_seconds->setToolTip(tr("How many seconds the extension adds"));
    m_length = new QLabel(this);
    m_length->setObjectName(u"extensionLength"_s);
    m_length->setAccessibleName(tr("Length after the extension"));
    m_length->setWordWrap(true);
    auto *model = qobject_cast<QStandardItemModel *>(m_seconds->model());
    int first = -1;
    for (const PreviewSource::ExtensionPlan::Choice &choice : std::as_const(m_plan.choices)) {
        m_seconds->addItem(tr("+%1 s").arg(choice.seconds), QString::number(choice.seconds));
        const int row = m_seconds->count() - 1;
        if (!choice.allowed) {
            // Shown but not choosable: the limit is part of what the person should see.
            if (QStandardItem *item = model ? model->item(row) : nullptr) {
                item->setEnabled(false);
                item->setToolTip(tr("That would make the clip %1 s long; the most is %2 s.")
                                     .arg(choice.total)
                                     .arg(m_plan.maxSeconds));
            }
        } else if (first < 0) {
            first = row;
        }
    }
    m_seconds->setCurrentIndex(std::max(first, 0));
    if (m_plan.tooMany())
        m_blocked = tr("This take is already extension %1 of %2 of its clip; it cannot be extended again.")
                        .arg(m_plan.number - 1)
                        .arg(m_plan.maxExtensions);
    else if (first < 0)
        m_blocked = tr("This take is %1 s long; any extension would make it longer than %2 s, the most there can be.")
                        .arg(m_plan.sourceSeconds)
                        .arg(m_plan.maxSeconds);
    connect(m_seconds, &QComboBox::currentIndexChanged, this, [this](int) {
        updateLength();
        validate();
    });
}

QString SourceJobDialog::prompt() const
{
    return m_prompt->toPlainText().trimmed();
}

QString SourceJobDialog::seconds() const
{
    return m_seconds ? m_seconds->currentData().toString() : QString();
}

QString SourceJobDialog::costText() const
{
    return m_cost->text();
}

QString SourceJobDialog::lengthText() const
{
    return m_length ? m_length->text() : QString();
}

QString SourceJobDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SourceJobDialog::updateLength()
{
    if (m_costOf)
        m_cost->setText(m_costOf(seconds()));
    if (!m_seconds)
        return;
    const int added = seconds().toInt();
    m_length->setText(tr("%1 s \u2192 %2 s, extension %3 of %4")
                          .arg(m_plan.sourceSeconds)
                          .arg(m_plan.sourceSeconds + added)
                          .arg(std::min(m_plan.number, m_plan.maxExtensions))
                          .arg(m_plan.maxExtensions));
}

void SourceJobDialog::validate()
{
    const QString text = prompt();
    QString problem = m_blocked;
    if (problem.isEmpty() && m_seconds) {
        const qsizetype index = m_seconds->currentIndex();
        if (index < 0 || index >= m_plan.choices.size() || !m_plan.choices.at(index).allowed)
            problem = tr("Choose a length that keeps the clip within %1 s.").arg(m_plan.maxSeconds);
    }
    if (problem.isEmpty() && text.isEmpty())
        problem = m_mode == Mode::Extend ? tr("Write what happens in the extension.")
            : m_mode == Mode::Edit       ? tr("Write what the edit should change.")
                                         : tr("Write what the remix should change.");
    else if (problem.isEmpty() && text.size() > Api::VideoApiClient::kMaxPromptLength)
        problem = tr("The prompt is %1 characters long; the limit is %2.")
                      .arg(text.size())
                      .arg(Api::VideoApiClient::kMaxPromptLength);
    m_submitButton->setEnabled(problem.isEmpty());
    // An empty field is plain enough by itself; only a real problem is spelled out.
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty() && (!text.isEmpty() || !m_blocked.isEmpty()));
}

void SourceJobDialog::submit()
{
    if (!m_submitButton->isEnabled())
        return;
    const QString error = m_submit ? m_submit(prompt(), seconds()) : tr("This is not available here.");
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    accept();
}

} // namespace Dailies
