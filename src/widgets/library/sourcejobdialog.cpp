// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/library/remixdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/api/videoapiclient.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

RemixDialog::RemixDialog(
    const QString &parentPrompt, const QPixmap &thumbnail, const QString &costText, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_prompt(new QPlainTextEdit(this))
    , m_cost(new QLabel(costText, this))
    , m_error(new QLabel(this))
    , m_remix(nullptr)
    , m_parentPrompt(parentPrompt)
    , m_submit(std::move(submit))
{
    setObjectName(u"remixDialog"_s);
    setWindowTitle(tr("Remix"));

    auto *picture = new QLabel(this);
    picture->setObjectName(u"remixParentThumbnail"_s);
    picture->setAccessibleName(tr("The take to remix"));
    picture->setFixedSize(192, 108);
    picture->setAlignment(Qt::AlignCenter);
    picture->setStyleSheet(u"background: #202020;"_s);
    if (!thumbnail.isNull())
        picture->setPixmap(thumbnail.scaled(
            picture->size() * thumbnail.devicePixelRatio(), Qt::KeepAspectRatio, Qt::SmoothTransformation));

    auto *parentText = new QLabel(parentPrompt, this);
    parentText->setObjectName(u"remixParentPrompt"_s);
    parentText->setAccessibleName(tr("Prompt of the take to remix"));
    parentText->setWordWrap(true);
    parentText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *top = new QHBoxLayout;
    top->addWidget(picture, 0, Qt::AlignTop);
    top->addWidget(parentText, 1);

    auto *label = new QLabel(tr("&What changes:"), this);
    label->setBuddy(m_prompt);
    m_prompt->setObjectName(u"remixPrompt"_s);
    m_prompt->setAccessibleName(tr("Remix prompt"));
    m_prompt->setPlaceholderText(tr("Describe the change, e.g. \"the same shot at dusk, in the rain\""));
    m_prompt->setTabChangesFocus(true);

    m_cost->setObjectName(u"remixCost"_s);
    m_cost->setAccessibleName(tr("Cost of the remix"));
    m_error->setObjectName(u"remixError"_s);
    m_error->setAccessibleName(tr("Problem with the remix"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_remix = buttons->addButton(tr("&Remix"), QDialogButtonBox::AcceptRole);
    m_remix->setObjectName(u"remixButton"_s);
    m_remix->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RemixDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &RemixDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(label);
    layout->addWidget(m_prompt, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_cost);
    layout->addWidget(buttons);
    resize(560, 420);
    validate();
}

RemixDialog::~RemixDialog() = default;

QString RemixDialog::prompt() const
{
    return m_prompt->toPlainText().trimmed();
}

QString RemixDialog::costText() const
{
    return m_cost->text();
}

QString RemixDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RemixDialog::validate()
{
    const QString text = prompt();
    QString problem;
    if (text.isEmpty())
        problem = tr("Write what the remix should change.");
    else if (text.size() > Api::VideoApiClient::kMaxPromptLength)
        problem = tr("The prompt is %1 characters long; the limit is %2.")
                      .arg(text.size())
                      .arg(Api::VideoApiClient::kMaxPromptLength);
    m_remix->setEnabled(problem.isEmpty());
    // An empty field is plain enough by itself; only a real problem is spelled out.
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty() && !text.isEmpty());
}

void RemixDialog::submit()
{
    if (!m_remix->isEnabled())
        return;
    const QString error = m_submit ? m_submit(prompt()) : tr("Remix is not available here.");
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    accept();
}

} // namespace Dailies
