// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Dailies
{

/**
 * Asks for the change a remix makes to a finished take: shows the parent's thumbnail and prompt, a field for the
 * new prompt and what the remix will cost. **Remix** hands the prompt to the
 * submit function; an error it returns is shown in the dialog, which stays open with the text kept. The dialog
 * accepts only once the submit succeeded.
 */
class RemixDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemixDialog)

public:
    /// Returns an empty string when the remix was queued, else why not (for a person).
    using Submit = std::function<QString(const QString &prompt)>;

    RemixDialog(const QString &parentPrompt, const QPixmap &thumbnail, const QString &costText, Submit submit,
        QWidget *parent = nullptr);
    ~RemixDialog() override;

    [[nodiscard]] QPlainTextEdit *promptEdit() const { return m_prompt; }
    [[nodiscard]] QString prompt() const;
    [[nodiscard]] QPushButton *remixButton() const { return m_remix; }
    [[nodiscard]] QString costText() const;
    /// The error shown under the prompt, if any.
    [[nodiscard]] QString errorText() const;

    /// What the Remix button does.
    void submit();

private:
    void validate();

    QPlainTextEdit *m_prompt;
    QLabel *m_cost;
    QLabel *m_error;
    QPushButton *m_remix;
    QString m_parentPrompt;
    Submit m_submit;
};

} // namespace Dailies
