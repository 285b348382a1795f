// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <memory>

#include "core/api/providerprofile.h"
#include "core/prompt/presetstore.h"
#include "core/prompt/prompthistory.h"

class QBoxLayout;
class QMenu;
class QMimeData;
class QPlainTextEdit;

namespace Ui
{
class ComposePanel;
}

namespace Dailies
{
class AspectPreview;
class CharacterPicker;
class HistoryPopup;
class PromptHighlighter;
class PromptEdit;
class ReferenceSlot;
class Workspace;

/**
 * The left side of the studio (static layout in ui/composepanel.ui): the prompt editor with its character count and
 * message line, the History and Presets buttons, a place for the five-element strip, the provider, model, size,
 * duration and variation pickers (constrained by the capability table, free text still allowed), the reference
 * image slot with its aspect preview, the cost estimate with the remaining budget, and Generate (Ctrl+Enter), which
 * submits through the workspace's JobEngine. A Characters button beside Presets (CharacterPicker) chooses up to two
 * of the library's characters for the take, inserts their names and adds new ones from an MP4; the highlighter marks
 * the chosen names in the prompt. Problems appear next to what they concern; the prompt is never cleared
 * by a refusal. Prompt history and presets live in the library database (PromptHistory, PresetStore).
 */
class ComposePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposePanel)

public:
    /// The workspace (not owned) must be open and have its engine.
    explicit ComposePanel(Workspace *workspace, QWidget *parent = nullptr);
    ~ComposePanel() override;

    [[nodiscard]] QPlainTextEdit *promptEditor() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString costText() const;
    /// "Budget: 12.40 of 50.00 USD left this month", with the hard stop's refusal when it would block; empty for
    /// an unbilled profile or without a budget.
    [[nodiscard]] QString budgetText() const;
    [[nodiscard]] QString currentProfile() const;
    void setCurrentProfile(const QString &name);
    [[nodiscard]] ReferenceSlot *referenceSlot() const;
    [[nodiscard]] AspectPreview *aspectPreview() const;

    /// Puts the five-element strip (ownership taken) directly under the editor.
    void setElementStrip(QWidget *strip);
    /// The empty layout under the editor that holds the element strip.
    [[nodiscard]] QBoxLayout *elementStripArea() const;

    /// Fills the prompt, model, size and duration from an earlier take (Reuse settings); empty values are kept.
    void reuseSettings(const QString &prompt, const QString &model, const QString &size, const QString &seconds);

    /// What Generate and Ctrl+Enter do.
    void generate();
    /// Computes the cost estimate and the remaining budget again (after the budget or the spend changed elsewhere;
    /// a finished job already triggers it).
    void refreshEstimate();

    /// Writes the pickers, the fit choice and the unsent prompt to the settings (`compose/…`); done on every change.
    void saveState() const;
    /// Reads what saveState() wrote; done by the constructor.
    void restoreState();

    /// The current settings as a preset called `name`.
    [[nodiscard]] ComposePreset currentPreset(const QString &name) const;
    /// Fills the editor (undoably) and the pickers from a saved preset; false when there is none of that name.
    bool applyPreset(const QString &name);
    /// Saves the current settings as `name` (replacing one of that name); returns an empty string or why not.
    QString savePreset(const QString &name);
    QString renamePreset(const QString &from, const QString &to);
    QString deletePreset(const QString &name);
    [[nodiscard]] QStringList presetNames() const;

    /// Replaces the prompt (undoably) with an older (`step` > 0) or newer (`step` < 0) prompt of the history;
    /// walking past the newest brings back what was being written.
    void recallHistory(int step);
    /// Fills the editor undoably with `text` (a prompt chosen from the history).
    void usePrompt(const QString &text);
    [[nodiscard]] HistoryPopup *historyPopup() const { return m_historyPopup; }
    [[nodiscard]] QMenu *presetsMenu() const { return m_presetsMenu; }
    /// The characters chosen for the next take and the Characters button's menu.
    [[nodiscard]] CharacterPicker *characterPicker() const { return m_characters; }
    [[nodiscard]] PromptHighlighter *highlighter() const { return m_highlighter; }
    /// Puts `name` into the prompt at the cursor (undoably).
    void insertText(const QString &name);

Q_SIGNALS:
    /// Jobs were queued.
    void submitted(const QList<qint64> &jobIds);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpWidgets();
    void connectControls();
    void fillProfiles();
    void onProfileChanged();
    void onModelChanged();
    void onSizeChanged();
    void updateCount();
    void updateCost();
    void showMessage(const QString &text, bool problem);
    void submitWith(const Api::ProviderProfile &profile);
    void offerImage(const QMimeData *mime);
    void fillPresetsMenu();
    void askPresetName(
        const QString &title, const QString &label, const QString &initial, std::function<void(const QString &)> done);
    [[nodiscard]] Api::ProviderKind currentKind() const;
    [[nodiscard]] QString referenceFolder() const;

    Workspace *m_workspace;
    std::unique_ptr<Ui::ComposePanel> m_ui;
    PromptHistory m_history;
    PresetStore m_presets;
    HistoryPopup *m_historyPopup;
    QMenu *m_presetsMenu;
    CharacterPicker *m_characters = nullptr;
    PromptHighlighter *m_highlighter = nullptr;
    QString m_duplicateKey; ///< a take the library already holds; Generate again makes it anyway
    bool m_resolving = false;
    int m_historyIndex = -1; ///< the history entry in the editor while walking; -1 when not walking
    QString m_historyDraft; ///< what was written before walking the history
    bool m_settingPrompt = false;
    bool m_messageIsProblem = false;
    bool m_restoring = false;
};

} // namespace Dailies
