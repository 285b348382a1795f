// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <functional>

#include "core/models/previewsource.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Dailies
{

/**
 * Asks for a job that starts from a finished take: a remix (the change), an edit (the change, rendered as a new
 * clip of the same length) or an extension (what happens next, and how many seconds more). It shows the take's
 * thumbnail and prompt, a field for the new prompt, for an extension a length picker whose choices past the longest
 * clip are disabled, with the resulting length and which extension of its chain it is, and what the job will cost,
 * before anything is sent.
 *
 * The submit button hands the prompt (and the seconds) to the submit function; an error it returns is shown in the
 * dialog, which stays open with the text kept. The dialog accepts only once the submit succeeded. The rules (what
 * may be extended, what it costs) are the caller's and core's: the dialog shows what the functions answer.
 */
class SourceJobDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceJobDialog)

public:
    enum class Mode { Remix, Edit, Extend };
    Q_ENUM(Mode)

    /// The take the job starts from.
    struct Source {
        QString prompt;
        QPixmap thumbnail;
        /// For Extend: its length, which extension this would be and the lengths that fit.
        PreviewSource::ExtensionPlan plan;
    };
    /// The cost line for `seconds` (Extend: the seconds added; otherwise empty).
    using Cost = std::function<QString(const QString &seconds)>;
    /// Returns an empty string when the job was queued, else why not (for a person).
    using Submit = std::function<QString(const QString &prompt, const QString &seconds)>;

    SourceJobDialog(Mode mode, const Source &source, Cost cost, Submit submit, QWidget *parent = nullptr);
    ~SourceJobDialog() override;

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] QPlainTextEdit *promptEdit() const { return m_prompt; }
    [[nodiscard]] QString prompt() const;
    [[nodiscard]] QPushButton *submitButton() const { return m_submitButton; }
    /// The length picker (Extend only; nullptr otherwise). Item data: the seconds added, as a string.
    [[nodiscard]] QComboBox *secondsPicker() const { return m_seconds; }
    /// The seconds an extension adds, as chosen; empty for a remix or an edit.
    [[nodiscard]] QString seconds() const;
    [[nodiscard]] QString costText() const;
    /// "8 s → 16 s, extension 2 of 6" (Extend only).
    [[nodiscard]] QString lengthText() const;
    /// The error shown under the prompt, if any.
    [[nodiscard]] QString errorText() const;

    /// What the submit button does.
    void submit();

private:
    void buildSecondsPicker();
    void updateLength();
    void validate();

    Mode m_mode;
    PreviewSource::ExtensionPlan m_plan;
    QPlainTextEdit *m_prompt;
    QComboBox *m_seconds = nullptr;
    QLabel *m_length = nullptr;
    QLabel *m_cost;
    QLabel *m_error;
    QPushButton *m_submitButton = nullptr;
    Cost m_costOf;
    Submit m_submit;
    QString m_blocked; ///< why nothing can be sent whatever is written (an extension with no length left)
};

} // namespace Dailies
