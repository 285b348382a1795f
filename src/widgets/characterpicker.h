// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <optional>

#include "core/library/characterrecord.h"

class QLabel;
class QMenu;

namespace Dailies
{
class Workspace;
namespace Api
{
class CharacterCall;
}

/**
 * The compose panel's characters: a menu (for the panel's Characters button) with the library's characters of the
 * current profile, each checkable to go with the next take (at most Api::CreateVideoRequest::kMaxCharacters),
 * Insert Name, Add from File… and Add from the Selected Clip…; and, under the prompt, a line naming the characters
 * chosen and what an upload did (its problems in red, next to the choice).
 *
 * Adding uploads the MP4 through the profile's client (VideoApiClient::createCharacter, after
 * VideoApiClient::validateCharacter) and keeps the answer in the library (Library::saveCharacter); a new character
 * is chosen when there is room. Whether the prompt names a chosen character is for JobEngine::submit to say.
 * The file and the name are asked through a replaceable function, so tests can answer.
 */
class CharacterPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CharacterPicker)

public:
    /// What an "Add" asks for: the MP4 and the name prompts will use.
    struct Upload {
        QString name;
        QString path;
    };
    /// Asks for what is missing (`path` is empty for Add from File…, set for a clip) and calls `done`, or not at all
    /// when the person cancels.
    using Asker = std::function<void(
        const QString &path, const QString &suggestedName, std::function<void(const Upload &upload)> done)>;
    /// The clip selected in the library (id and video file), if any.
    using SelectedClip = std::function<std::optional<std::pair<qint64, QString>>()>;

    /// The workspace (not owned) gives the library and the profile's client.
    explicit CharacterPicker(Workspace *workspace, QWidget *parent = nullptr);
    ~CharacterPicker() override;

    /// The menu for the Characters button; rebuilt each time it opens.
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    /// Shows the characters of `profile`; the choice is cleared (a character belongs to one provider).
    void setProfile(const QString &profile);
    [[nodiscard]] QString profile() const { return m_profile; }
    /// The library's characters of the profile, by name.
    [[nodiscard]] QList<CharacterRecord> characters() const;

    /// Chooses (or drops) character `id` for the next take; false, with the reason shown, when it is unknown or
    /// kMaxCharacters are already chosen.
    bool setChosen(const QString &id, bool chosen);
    /// The ids of the chosen characters, in the order they were chosen.
    [[nodiscard]] QStringList chosenIds() const { return m_chosen; }
    /// Their names (what the prompt must contain).
    [[nodiscard]] QStringList chosenNames() const;

    /// Uploads `path` as character `name` (`clipId` > 0 when it is a clip of the library) and keeps it; the result
    /// shows in the status line. False when it was refused before anything was sent (or another upload runs).
    bool add(const QString &name, const QString &path, qint64 clipId = 0);
    /// Add from File…: asks for an MP4 and a name, then add().
    void addFromFile();
    /// Add from the Selected Clip…: asks for a name, then add() with the clip's video.
    void addFromSelectedClip();
    [[nodiscard]] bool isBusy() const { return !m_call.isNull() || m_resolving; }
    /// The status line as shown (an upload's progress, result or problem); empty when hidden.
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] bool statusIsProblem() const { return m_problem; }
    /// Hides the status line (unless an upload is under way).
    void clearStatus();

    void setAsker(Asker asker);
    void setSelectedClip(SelectedClip selected);

Q_SIGNALS:
    /// The choice changed (chosenIds()).
    void chosenChanged();
    /// Insert Name: the prompt should get `name` at the cursor.
    void insertNameRequested(const QString &name);
    /// A character was added to the library.
    void characterAdded(const QString &id);

private:
    void fillMenu();
    void updateMenuState();
    void showStatus(const QString &text, bool problem);
    void updateChosenLine();
    void upload(const Upload &what, qint64 clipId);
    void defaultAsk(const QString &path, const QString &suggestedName, std::function<void(const Upload &)> done);

    Workspace *m_workspace;
    QMenu *m_menu;
    QPointer<QMenu> m_insertMenu;
    QLabel *m_chosenLine;
    QLabel *m_status;
    QString m_profile;
    QStringList m_chosen;
    Asker m_ask;
    SelectedClip m_selectedClip;
    QPointer<Api::CharacterCall> m_call;
    bool m_resolving = false;
    bool m_problem = false;
};

} // namespace Dailies
