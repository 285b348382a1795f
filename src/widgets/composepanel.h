// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/api/providerprofile.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Dailies
{
class Workspace;

/**
 * The left side of the studio: the prompt editor with its character count, the provider, model, size, duration and
 * variation pickers (constrained by the capability table, free text still allowed), the cost estimate and Generate
 * (Ctrl+Enter), which submits through the workspace's JobEngine. Problems appear in a message line under the editor;
 * the prompt is never cleared by a refusal.
 */
class ComposePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposePanel)

public:
    /// The workspace (not owned) must be open and have its engine.
    explicit ComposePanel(Workspace *workspace, QWidget *parent = nullptr);
    ~ComposePanel() override;

    [[nodiscard]] QPlainTextEdit *promptEditor() const { return m_prompt; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString costText() const;
    [[nodiscard]] QString currentProfile() const;
    void setCurrentProfile(const QString &name);

    /// Fills the prompt, model, size and duration from an earlier take (Reuse settings); empty values are kept.
    void reuseSettings(const QString &prompt, const QString &model, const QString &size, const QString &seconds);

    /// What Generate and Ctrl+Enter do.
    void generate();

Q_SIGNALS:
    /// Jobs were queued.
    void submitted(const QList<qint64> &jobIds);

private:
    void fillProfiles();
    void onProfileChanged();
    void onModelChanged();
    void updateCount();
    void updateCost();
    void showMessage(const QString &text, bool problem);
    void submitWith(const Api::ProviderProfile &profile);
    [[nodiscard]] Api::ProviderKind currentKind() const;

    Workspace *m_workspace;
    QPlainTextEdit *m_prompt;
    QLabel *m_count;
    QLabel *m_message;
    QComboBox *m_profile;
    QLabel *m_hint;
    QComboBox *m_model;
    QComboBox *m_size;
    QComboBox *m_seconds;
    QSpinBox *m_variations;
    QLabel *m_cost;
    QPushButton *m_generate;
    QString m_duplicateKey; ///< a take the library already holds; Generate again makes it anyway
    bool m_resolving = false;
};

} // namespace Dailies
