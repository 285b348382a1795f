// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/characterpicker.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "core/api/charactercall.h"
#include "core/api/videoapiclient.h"
#include "core/library/library.h"
#include "core/settings/profilestore.h"
#include "session/workspace.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
constexpr int kMaxChosen = Api::CreateVideoRequest::kMaxCharacters;

QColor problemColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x1d);
}
} // namespace

CharacterPicker::CharacterPicker(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_menu(new QMenu(this))
    , m_chosenLine(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"characterPicker"_s);
    m_menu->setObjectName(u"charactersMenu"_s);
    m_chosenLine->setObjectName(u"chosenCharacters"_s);
    m_chosenLine->setAccessibleName(tr("Characters in the next take"));
    m_chosenLine->setTextFormat(Qt::PlainText);
    m_chosenLine->setWordWrap(true);
    m_status->setObjectName(u"characterStatus"_s);
    m_status->setAccessibleName(tr("Character upload"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_chosenLine);
    layout->addWidget(m_status);
    m_chosenLine->hide();
    m_status->hide();
    connect(m_menu, &QMenu::aboutToShow, this, &CharacterPicker::fillMenu);
    fillMenu();
}

CharacterPicker::~CharacterPicker() = default;

void CharacterPicker::setAsker(Asker asker)
{
    m_ask = std::move(asker);
}

void CharacterPicker::setSelectedClip(SelectedClip selected)
{
    m_selectedClip = std::move(selected);
}

void CharacterPicker::setProfile(const QString &profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    const bool hadChoice = !m_chosen.isEmpty();
    m_chosen.clear();
    showStatus({}, false);
    updateChosenLine();
    fillMenu();
    if (hadChoice)
        Q_EMIT chosenChanged();
}

QList<CharacterRecord> CharacterPicker::characters() const
{
    const Library *library = m_workspace->library();
    return library && !m_profile.isEmpty() ? library->characters(m_profile) : QList<CharacterRecord>();
}

QStringList CharacterPicker::chosenNames() const
{
    QStringList names;
    const Library *library = m_workspace->library();
    for (const QString &id : m_chosen) {
        if (const std::optional<CharacterRecord> c = library ? library->character(m_profile, id) : std::nullopt)
            names << c->name;
    }
    return names;
}

bool CharacterPicker::setChosen(const QString &id, bool chosen)
{
    if (!chosen) {
        if (!m_chosen.removeOne(id))
            return false;
    } else {
        if (m_chosen.contains(id))
            return true;
        const Library *library = m_workspace->library();
        if (!library || !library->character(m_profile, id)) {
            showStatus(tr("The library has no character %1 for this provider.").arg(id), true);
            return false;
        }
        if (m_chosen.size() >= kMaxChosen) {
            showStatus(tr("A take can show at most %n character(s); drop one first.", nullptr, kMaxChosen), true);
            return false;
        }
        m_chosen << id;
    }
    if (m_problem)
        showStatus({}, false);
    updateChosenLine();
    updateMenuState();
    Q_EMIT chosenChanged();
    return true;
}

void CharacterPicker::updateChosenLine()
{
    const QStringList names = chosenNames();
    m_chosenLine->setText(names.isEmpty() ? QString()
                                          : tr("Characters in the next take: %1 (the prompt must name them as "
                                               "written)")
                                                .arg(names.join(u", "_s)));
    m_chosenLine->setVisible(!names.isEmpty());
}

QString CharacterPicker::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void CharacterPicker::clearStatus()
{
    if (!isBusy())
        showStatus({}, false);
}

void CharacterPicker::showStatus(const QString &text, bool problem)
{
    m_problem = problem && !text.isEmpty();
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(
        QPalette::WindowText, m_problem ? problemColor(this->palette()) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    m_status->setVisible(!text.isEmpty());
}

void CharacterPicker::fillMenu()
{
    // clear() leaves a submenu alive; the old one goes with its entries.
    delete m_insertMenu;
    m_menu->clear();
    const QList<CharacterRecord> all = characters();
    if (all.isEmpty()) {
        QAction *none = m_menu->addAction(tr("No characters for this provider yet"));
        none->setEnabled(false);
    }
    for (const CharacterRecord &c : all) {
        QAction *use = m_menu->addAction(c.name);
        use->setObjectName(u"useCharacter"_s);
        use->setData(c.characterId);
        use->setCheckable(true);
        use->setToolTip(tr("%1 (%2): show in the next take").arg(c.name, c.characterId));
        connect(use, &QAction::toggled, this, [this, id = c.characterId](bool on) { setChosen(id, on); });
    }
    QMenu *insert = m_menu->addMenu(tr("&Insert Name"));
    m_insertMenu = insert;
    insert->setObjectName(u"insertCharacterName"_s);
    insert->setEnabled(!all.isEmpty());
    for (const CharacterRecord &c : all) {
        QAction *name = insert->addAction(c.name);
        name->setData(c.characterId);
        connect(name, &QAction::triggered, this, [this, id = c.characterId, n = c.name] {
            // The name goes with its character: inserting it chooses the character when there is room.
            if (!m_chosen.contains(id) && m_chosen.size() < kMaxChosen)
                setChosen(id, true);
            Q_EMIT insertNameRequested(n);
        });
    }
    m_menu->addSeparator();
    QAction *fromFile = m_menu->addAction(tr("Add from &File…"));
    fromFile->setObjectName(u"addCharacterFromFile"_s);
    connect(fromFile, &QAction::triggered, this, &CharacterPicker::addFromFile);
    QAction *fromClip = m_menu->addAction(tr("Add from the Selected &Clip…"));
    fromClip->setObjectName(u"addCharacterFromClip"_s);
    connect(fromClip, &QAction::triggered, this, &CharacterPicker::addFromSelectedClip);
    updateMenuState();
}

void CharacterPicker::updateMenuState()
{
    // In place: this runs inside the menu's own actions' signals, which must not be deleted under them.
    const bool full = m_chosen.size() >= kMaxChosen;
    const bool canAdd = !isBusy() && !m_profile.isEmpty();
    for (QAction *action : m_menu->actions()) {
        const QString name = action->objectName();
        if (name == "useCharacter"_L1) {
            const QSignalBlocker blocker(action);
            action->setChecked(m_chosen.contains(action->data().toString()));
            action->setEnabled(action->isChecked() || !full);
            action->setStatusTip(
                action->isEnabled() ? QString() : tr("A take shows at most %n character(s).", nullptr, kMaxChosen));
        } else if (name == "addCharacterFromFile"_L1) {
            action->setEnabled(canAdd);
        } else if (name == "addCharacterFromClip"_L1) {
            action->setEnabled(canAdd && m_selectedClip && m_selectedClip().has_value());
        }
    }
}

void CharacterPicker::defaultAsk(
    const QString &path, const QString &suggestedName, std::function<void(const Upload &)> done)
{
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(this, tr("Add a Character"), QString(), tr("MPEG-4 video (*.mp4)"));
        if (file.isEmpty())
            return;
    }
    // open(), not exec(): no nested event loop while the name is asked.
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add a Character"));
    dialog->setLabelText(tr("Name of the character (prompts must use it as written):"));
    dialog->setTextValue(suggestedName.isEmpty() ? QFileInfo(file).completeBaseName() : suggestedName);
    connect(dialog, &QInputDialog::textValueSelected, this, [file, done = std::move(done)](const QString &name) {
        done({ name, file });
    });
    dialog->open();
}

void CharacterPicker::addFromFile()
{
    const auto done = [this](const Upload &what) {
        add(what.name, what.path);
    };
    if (m_ask)
        m_ask({}, {}, done);
    else
        defaultAsk({}, {}, done);
}

void CharacterPicker::addFromSelectedClip()
{
    const std::optional<std::pair<qint64, QString>> clip = m_selectedClip ? m_selectedClip() : std::nullopt;
    if (!clip || clip->second.isEmpty()) {
        showStatus(tr("Select a clip with a video in the library first."), true);
        return;
    }
    const auto done = [this, id = clip->first](const Upload &what) {
        add(what.name, what.path, id);
    };
    if (m_ask)
        m_ask(clip->second, {}, done);
    else
        defaultAsk(clip->second, {}, done);
}

bool CharacterPicker::add(const QString &name, const QString &path, qint64 clipId)
{
    if (isBusy()) {
        showStatus(tr("Another character is still being added; wait for it."), true);
        return false;
    }
    if (m_profile.isEmpty()) {
        showStatus(tr("Choose a provider first."), true);
        return false;
    }
    // Refused here, before anything is sent: no name, a file that is not an MP4 or is too large.
    if (const Api::ApiError invalid = Api::VideoApiClient::validateCharacter(name, path)) {
        showStatus(invalid.message, true);
        return false;
    }
    const std::optional<Api::ProviderProfile> profile = ProfileStore(m_workspace->settings()).profile(m_profile);
    if (!profile) {
        showStatus(tr("There is no provider profile named '%1' any more.").arg(m_profile), true);
        return false;
    }
    upload({ name.trimmed(), QFileInfo(path).absoluteFilePath() }, clipId);
    return true;
}

void CharacterPicker::upload(const Upload &what, qint64 clipId)
{
    const std::optional<Api::ProviderProfile> profile = ProfileStore(m_workspace->settings()).profile(m_profile);
    m_resolving = true;
    showStatus(tr("Adding the character '%1'…").arg(what.name), false);
    updateMenuState();
    m_workspace->resolveClient(*profile,
        [this, self = QPointer<CharacterPicker>(this), what, clipId, name = profile->name](
            Api::VideoApiClient *client, const QString &problem) {
            if (!self)
                return;
            m_resolving = false;
            if (!client || name != m_profile) {
                showStatus(client ? tr("The provider changed; nothing was sent.") : problem, true);
                updateMenuState();
                return;
            }
            m_call = client->createCharacter(what.name, what.path);
            Api::CharacterCall *call = m_call;
            connect(call, &Api::CharacterCall::finished, this,
                [this, call, what, clipId, name](const Api::CharacterResult &r) {
                    call->deleteLater();
                    m_call = nullptr;
                    if (!r.ok()) {
                        showStatus(r.error.outcomeUnknown
                                ? tr("The character may have been made although the answer was lost; it was not "
                                     "sent again. %1")
                                      .arg(r.error.toString())
                                : r.error.toString(),
                            true);
                        updateMenuState();
                        return;
                    }
                    const CharacterRecord record { .profile = name,
                        .characterId = r.character.id,
                        .name = r.character.name.isEmpty() ? what.name : r.character.name,
                        .sourceClipId = clipId,
                        .sourcePath = clipId > 0 ? QString() : what.path,
                        .createdAt = r.character.createdAt };
                    QString error;
                    Library *library = m_workspace->library();
                    if (!library || !library->saveCharacter(record, &error)) {
                        showStatus(tr("The provider made the character %1, but the library could not keep it: %2")
                                       .arg(record.characterId, error),
                            true);
                        updateMenuState();
                        return;
                    }
                    showStatus(tr("Added the character '%1' (%2).").arg(record.name, record.characterId), false);
                    if (name == m_profile && m_chosen.size() < kMaxChosen)
                        setChosen(record.characterId, true);
                    fillMenu();
                    Q_EMIT characterAdded(record.characterId);
                });
        });
}

} // namespace Dailies
