// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/settings/providerspage.h"

#include <QMenu>
#include <QPointer>
#include <array>

#include "core/providers/capabilities.h"
#include "core/settings/appsettings.h"
#include "core/settings/profilestore.h"
#include "core/settings/secretstore.h"
#include "session/workspace.h"
#include "ui_providerspage.h"
#include "widgets/settings/connectiontest.h"
#include "widgets/settings/profiledraft.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

QString kindLabel(Api::ProviderKind kind)
{
    switch (kind) {
    case Api::ProviderKind::OpenAI:
        return ProvidersPage::tr("OpenAI");
    case Api::ProviderKind::Azure:
        return ProvidersPage::tr("Azure OpenAI");
    case Api::ProviderKind::Compatible:
        return ProvidersPage::tr("OpenAI-compatible gateway");
    case Api::ProviderKind::Demo:
        return ProvidersPage::tr("Demo (on this computer)");
    case Api::ProviderKind::LiteLLM:
        return ProvidersPage::tr("LiteLLM gateway (Veo, Runway, Sora)");
    }
    return {};
}

/// The kinds a user adds (the demo profile is built in).
constexpr std::array kUserKinds { Api::ProviderKind::OpenAI, Api::ProviderKind::Azure, Api::ProviderKind::Compatible,
    Api::ProviderKind::LiteLLM };

} // namespace

ProvidersPage::ProvidersPage(Workspace *workspace, QWidget *parent)
    : SettingsPage(workspace, parent)
    , m_ui(std::make_unique<Ui::ProvidersPage>())
    , m_test(new ConnectionTest(workspace, this))
{
    m_ui->setupUi(this);
    m_ui->profileList->setMinimumWidth(fontMetrics().horizontalAdvance(u"azure-production"_s) + 48);
    m_ui->profileList->setIconSize(QSize(16, 16));
    auto *menu = new QMenu(m_ui->addProfileButton);
    for (const Api::ProviderKind kind : kUserKinds)
        menu->addAction(kindLabel(kind) + u'…', this, [this, kind] { addProfile(kind); });
    m_ui->addProfileButton->setMenu(menu);
    m_ui->addProfileButton->setIcon(themeIcon(this, { u"list-add"_s }, QStyle::SP_FileDialogNewFolder));
    m_ui->removeProfileButton->setIcon(themeIcon(this, { u"list-remove"_s }, QStyle::SP_TrashIcon));
    for (const Api::ProviderKind kind : kUserKinds)
        m_ui->kindCombo->addItem(kindLabel(kind), static_cast<int>(kind));
    m_ui->profileConcurrencySpin->setMaximum(AppSettings::kMaxConcurrency);
    m_ui->testResult->setTextFormat(Qt::PlainText);
    m_ui->keyStatusLabel->setTextFormat(Qt::PlainText);

    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &ProvidersPage::selectProfile);
    connect(m_ui->removeProfileButton, &QPushButton::clicked, this, &ProvidersPage::removeProfile);
    for (QLineEdit *edit : { m_ui->nameEdit, m_ui->baseUrlEdit, m_ui->apiKeyEdit, m_ui->keyEnvEdit })
        connect(edit, &QLineEdit::textEdited, this, &ProvidersPage::readProfileFields);
    for (QComboBox *combo : { m_ui->draftModelCombo, m_ui->finalModelCombo })
        connect(combo, &QComboBox::currentTextChanged, this, &ProvidersPage::readProfileFields);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ProvidersPage::readProfileFields);
    connect(m_ui->profileConcurrencySpin, &QSpinBox::valueChanged, this, &ProvidersPage::readProfileFields);
    connect(m_ui->removeKeyButton, &QPushButton::clicked, this, [this] {
        if (ProfileDraft *draft = currentDraft()) {
            draft->forgetKey = true;
            draft->typedKey.clear();
            m_ui->apiKeyEdit->clear();
            showKeyStatus();
        }
    });
    connect(m_ui->sessionKeyButton, &QPushButton::clicked, this, &ProvidersPage::useSessionKey);
    connect(m_ui->environmentKeyButton, &QPushButton::clicked, this, &ProvidersPage::useEnvironmentKey);
    connect(m_ui->testButton, &QPushButton::clicked, this, [this] {
        if (m_test->isRunning())
            m_test->cancel();
        else
            testConnection();
    });
    connect(m_test, &ConnectionTest::started, this, &ProvidersPage::showTestStarted);
    connect(m_test, &ConnectionTest::finished, this, &ProvidersPage::showTestResult);
}

ProvidersPage::~ProvidersPage() = default;

void ProvidersPage::load()
{
    m_loading = true;
    const AppSettings app(workspace()->settings());
    const ProfileStore store(workspace()->settings());
    m_defaultConcurrency = app.defaultConcurrency();
    const QList<Api::ProviderProfile> profiles = store.profiles();
    for (const Api::ProviderProfile &profile : profiles) {
        m_profiles.append(ProfileDraft::stored(profile, app));
        new QListWidgetItem(profile.name, m_ui->profileList);
    }
    for (int row = 0; row < m_profiles.size(); ++row) {
        refreshProfileRow(row);
        readKeyStatus(row);
    }
    m_loading = false;
    const QString defaultProfile = store.defaultProfileName();
    int select = 0;
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).profile.name == defaultProfile)
            select = row;
    }
    m_ui->profileList->setCurrentRow(select);
}

ProfileDraft *ProvidersPage::currentDraft()
{
    return m_currentProfile >= 0 && m_currentProfile < m_profiles.size() ? &m_profiles[m_currentProfile] : nullptr;
}

bool ProvidersPage::showProfile(const QString &profile)
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).profile.name == profile) {
            Q_EMIT raiseRequested();
            m_ui->profileList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void ProvidersPage::addProfile(Api::ProviderKind kind)
{
    QStringList taken;
    for (const ProfileDraft &draft : std::as_const(m_profiles))
        taken << draft.profile.name;
    m_profiles.append(ProfileDraft::create(kind, taken));
    const QString name = m_profiles.constLast().profile.name;
    new QListWidgetItem(name, m_ui->profileList);
    refreshProfileRow(static_cast<int>(m_profiles.size()) - 1);
    m_ui->profileList->setCurrentRow(static_cast<int>(m_profiles.size()) - 1);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void ProvidersPage::removeProfile()
{
    const ProfileDraft *draft = currentDraft();
    if (!draft || ProfileStore::isBuiltIn(draft->originalName))
        return;
    if (!draft->originalName.isEmpty())
        m_removedProfiles << draft->originalName;
    const int row = m_currentProfile;
    m_currentProfile = -1;
    m_profiles.removeAt(row);
    delete m_ui->profileList->takeItem(row);
    m_ui->profileList->setCurrentRow(qMin(row, static_cast<int>(m_profiles.size()) - 1));
}

void ProvidersPage::selectProfile(int row)
{
    if (m_test->isRunning())
        cancelTest();
    m_currentProfile = row;
    m_ui->testResult->clear();
    showProfileFields();
}

void ProvidersPage::showProfileFields()
{
    const ProfileDraft *draft = currentDraft();
    m_ui->profileEditor->setEnabled(draft != nullptr);
    if (!draft)
        return;
    m_loading = true;
    const Api::ProviderProfile &p = draft->profile;
    const bool demo = p.kind == Api::ProviderKind::Demo;
    const bool builtIn = ProfileStore::isBuiltIn(draft->originalName);
    m_ui->demoNote->setVisible(demo);
    m_ui->demoNote->setText(tr("The demo provider runs inside Dailies on this computer: it needs no key and costs "
                               "nothing, so you can try everything before connecting a real provider."));
    for (QWidget *w : std::initializer_list<QWidget *> { m_ui->nameEdit, m_ui->kindCombo, m_ui->baseUrlEdit,
             m_ui->draftModelCombo, m_ui->finalModelCombo, m_ui->profileConcurrencySpin, m_ui->apiKeyEdit,
             m_ui->removeKeyButton, m_ui->keyEnvEdit }) {
        w->setEnabled(!demo);
    }
    m_ui->nameEdit->setReadOnly(builtIn);
    m_ui->kindCombo->setEnabled(!builtIn);
    m_ui->removeProfileButton->setEnabled(!builtIn);
    m_ui->removeProfileButton->setToolTip(builtIn
            ? tr("The demo and openai profiles are built in: the demo is the profile that always works, and openai "
                 "is the reference every other profile starts from. Forget the key instead.")
            : tr("Remove this profile and its stored key."));
    m_ui->nameEdit->setText(p.name);
    showKindFields(*draft);
    showModelFields(*draft);
    m_ui->apiKeyEdit->setText(draft->typedKey);
    m_ui->keyEnvEdit->setText(p.keyEnvironmentVariable);
    m_ui->keyEnvEdit->setPlaceholderText(tr("e.g. %1").arg(draft->defaultKeyVariable()));
    m_loading = false;
    showProfileErrors();
}

void ProvidersPage::showKindFields(const ProfileDraft &draft)
{
    const Api::ProviderProfile &p = draft.profile;
    const bool demo = p.kind == Api::ProviderKind::Demo;
    if (demo) {
        m_ui->kindCombo->clear();
        m_ui->kindCombo->addItem(kindLabel(Api::ProviderKind::Demo), static_cast<int>(Api::ProviderKind::Demo));
    } else if (m_ui->kindCombo->count() != int(kUserKinds.size())) {
        m_ui->kindCombo->clear();
        for (const Api::ProviderKind kind : kUserKinds)
            m_ui->kindCombo->addItem(kindLabel(kind), static_cast<int>(kind));
    }
    m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(static_cast<int>(p.kind))));
    m_ui->baseUrlEdit->setText(demo ? tr("(built in, chosen when Dailies starts)") : p.baseUrl.toString());
    if (p.kind == Api::ProviderKind::Azure) {
        m_ui->baseUrlEdit->setPlaceholderText(u"https://NAME.openai.azure.com"_s);
        m_ui->baseUrlHint->setText(tr("The resource endpoint from the Azure portal (Keys and Endpoint); /openai/v1 is "
                                      "added when it is missing. Models are your deployment names."));
    } else if (p.kind == Api::ProviderKind::Compatible) {
        m_ui->baseUrlEdit->setPlaceholderText(u"https://gateway.example.com/v1"_s);
        m_ui->baseUrlHint->setText(tr("Up to and including the version path, e.g. …/v1. Plain http is allowed "
                                      "only to this computer (127.0.0.1, localhost)."));
    } else if (p.kind == Api::ProviderKind::LiteLLM) {
        m_ui->baseUrlEdit->setPlaceholderText(u"http://localhost:4000/v1"_s);
        m_ui->baseUrlHint->setText(tr("The proxy's address up to …/v1, and a LiteLLM virtual key as the API key. "
                                      "Models are named as LiteLLM names them (gemini/veo-3.1-generate-preview, "
                                      "runwayml/gen4_turbo); their prices come from the capability table."));
    } else {
        m_ui->baseUrlEdit->setPlaceholderText(u"https://api.openai.com/v1"_s);
        m_ui->baseUrlHint->setText(demo ? QString() : tr("Up to and including the version path, e.g. …/v1."));
    }
    m_ui->baseUrlHint->setVisible(!m_ui->baseUrlHint->text().isEmpty());
}

void ProvidersPage::showModelFields(const ProfileDraft &draft)
{
    const Api::ProviderKind kind = draft.profile.kind;
    const QList<ModelCapability> models = workspace()->capabilities().models(kind);
    for (QComboBox *combo : { m_ui->draftModelCombo, m_ui->finalModelCombo }) {
        combo->clear();
        combo->addItem(QString());
        for (const ModelCapability &model : models)
            combo->addItem(model.id);
    }
    m_ui->draftModelCombo->setCurrentText(draft.draftModel);
    m_ui->finalModelCombo->setCurrentText(draft.finalModel);
    const QString defaultModel = workspace()->capabilities().defaultModel();
    m_ui->draftModelCombo->lineEdit()->setPlaceholderText(tr("default: %1").arg(defaultModel));
    // What the engine would choose (CapabilityTable::finalModelFor), not a second reading of the table.
    const QString defaultFinal
        = workspace()->capabilities().finalModelFor(draft.draftModel.isEmpty() ? defaultModel : draft.draftModel, kind);
    m_ui->finalModelCombo->lineEdit()->setPlaceholderText(
        defaultFinal.isEmpty() ? tr("none") : tr("default: %1").arg(defaultFinal));
    const int kindLimit = workspace()->capabilities().maxConcurrentJobs(kind);
    const QString providerDefault = tr("Provider default (%1)").arg(kindLimit > 0 ? kindLimit : m_defaultConcurrency);
    m_ui->profileConcurrencySpin->setSpecialValueText(providerDefault);
    // QSpinBox sizes itself by its numbers; the special text (longer in some languages) must fit too.
    m_ui->profileConcurrencySpin->setMinimumWidth(
        m_ui->profileConcurrencySpin->fontMetrics().horizontalAdvance(providerDefault)
        + m_ui->profileConcurrencySpin->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 24);
    m_ui->profileConcurrencySpin->setValue(draft.concurrency);
}

void ProvidersPage::showProfileErrors()
{
    QWidget *field = nullptr;
    const QString problem = profileProblem(m_currentProfile, &field);
    showError(m_ui->nameError, field == m_ui->nameEdit ? problem : QString());
    showError(m_ui->baseUrlError, field == m_ui->baseUrlEdit ? problem : QString());
    showKeyStatus();
}

void ProvidersPage::readProfileFields()
{
    ProfileDraft *draft = currentDraft();
    if (m_loading || !draft || draft->profile.kind == Api::ProviderKind::Demo)
        return;
    Api::ProviderProfile &p = draft->profile;
    const auto kind = static_cast<Api::ProviderKind>(m_ui->kindCombo->currentData().toInt());
    const bool kindChanged = kind != p.kind;
    p.name = m_ui->nameEdit->text().trimmed();
    p.kind = kind;
    p.auth = kind == Api::ProviderKind::Azure ? Api::AuthStyle::ApiKeyHeader : Api::AuthStyle::Bearer;
    p.baseUrl = m_ui->baseUrlEdit->text().trimmed().isEmpty()
        ? QUrl()
        : QUrl::fromUserInput(m_ui->baseUrlEdit->text().trimmed());
    p.keyEnvironmentVariable = m_ui->keyEnvEdit->text().trimmed();
    draft->draftModel = m_ui->draftModelCombo->currentText().trimmed();
    draft->finalModel = m_ui->finalModelCombo->currentText().trimmed();
    draft->concurrency = m_ui->profileConcurrencySpin->value();
    const QString typed = m_ui->apiKeyEdit->text().trimmed();
    if (typed != draft->typedKey) {
        draft->typedKey = typed;
        if (!typed.isEmpty())
            draft->forgetKey = false;
    }
    refreshProfileRow(m_currentProfile);
    if (kindChanged) {
        const int cursor = m_ui->baseUrlEdit->cursorPosition();
        showProfileFields();
        m_ui->baseUrlEdit->setCursorPosition(cursor);
        return;
    }
    showProfileErrors();
}

QString ProvidersPage::profileProblem(int row, QWidget **field) const
{
    if (row < 0 || row >= m_profiles.size())
        return {};
    auto where = ProfileDraft::Field::None;
    const QString problem = m_profiles.at(row).problem(m_profiles, &where);
    if (field && where != ProfileDraft::Field::None)
        *field = where == ProfileDraft::Field::Name ? m_ui->nameEdit : m_ui->baseUrlEdit;
    return problem;
}

void ProvidersPage::refreshProfileRow(int row)
{
    QListWidgetItem *item = m_ui->profileList->item(row);
    if (!item || row >= m_profiles.size())
        return;
    const ProfileDraft &draft = m_profiles.at(row);
    item->setText(draft.profile.name.isEmpty() ? tr("(no name)") : draft.profile.name);
    const bool problem = !profileProblem(row).isEmpty();
    if (problem)
        item->setIcon(themeIcon(this, { u"dialog-warning"_s }, QStyle::SP_MessageBoxWarning));
    else if (draft.profile.kind == Api::ProviderKind::Demo)
        item->setIcon(themeIcon(this, { u"computer"_s }, QStyle::SP_ComputerIcon));
    else
        item->setIcon(themeIcon(this, { u"network-server"_s }, QStyle::SP_DriveNetIcon));
    item->setToolTip(kindLabel(draft.profile.kind));
}

void ProvidersPage::readKeyStatus(int row)
{
    ProfileDraft &draft = m_profiles[row];
    if (draft.profile.kind == Api::ProviderKind::Demo)
        return;
    if (workspace()->hasSessionKey(draft.profile.name)) {
        draft.keyState = ProfileDraft::KeyState::SessionOnly;
        return;
    }
    draft.keyState = ProfileDraft::KeyState::Checking;
    SecretJob *job = workspace()->secrets().read(draft.profile.secretKey());
    connect(job, &SecretJob::finished, this, [this, name = draft.originalName](const SecretResult &result) {
        for (ProfileDraft &d : m_profiles) {
            if (d.originalName == name)
                d.takeKeyRead(result);
        }
        showKeyStatus();
    });
}

void ProvidersPage::showKeyStatus()
{
    const ProfileDraft *draft = currentDraft();
    if (!draft)
        return;
    if (draft->profile.kind == Api::ProviderKind::Demo) {
        m_ui->keyStatusLabel->setText(tr("No key needed."));
        m_ui->keychainFallback->hide();
        m_ui->apiKeyEdit->setPlaceholderText(QString());
        return;
    }
    bool offerFallback = false;
    const QString text = draft->keyStatus(workspace()->secrets().displayName(), &offerFallback);
    const QString &variable = draft->profile.keyEnvironmentVariable;
    m_ui->keyStatusLabel->setText(text);
    m_ui->keychainFallback->setVisible(offerFallback);
    m_ui->keychainMessage->setText(
        tr("Keys can still be used: keep the typed key for this session only (it is never written anywhere), or let "
           "Dailies read it from an environment variable each time it starts."));
    m_ui->sessionKeyButton->setEnabled(!draft->typedKey.isEmpty() || !draft->storedKey.isEmpty());
    m_ui->apiKeyEdit->setPlaceholderText(draft->keyState == ProfileDraft::KeyState::Stored
            ? tr("Stored — type a new key to replace it")
            : tr("Paste the key"));
    showError(m_ui->keyEnvError,
        draft->useEnvironment && variable.isEmpty() ? tr("Name the environment variable that holds the key.")
                                                    : QString());
}

void ProvidersPage::useSessionKey()
{
    ProfileDraft *draft = currentDraft();
    if (!draft)
        return;
    const QString key = draft->typedKey.isEmpty() ? draft->storedKey : draft->typedKey;
    if (key.isEmpty()) {
        m_ui->keyStatusLabel->setText(tr("Type the key first."));
        m_ui->apiKeyEdit->setFocus();
        return;
    }
    // An explicit choice for a key the user already tried to apply: it takes effect now, and only in memory.
    workspace()->setSessionKey(draft->profile.name, key);
    draft->keyState = ProfileDraft::KeyState::SessionOnly;
    draft->storedKey = key;
    draft->typedKey.clear();
    m_ui->apiKeyEdit->clear();
    showKeyStatus();
}

void ProvidersPage::useEnvironmentKey()
{
    ProfileDraft *draft = currentDraft();
    if (!draft)
        return;
    draft->useEnvironment = true;
    // The key will come from the environment: the typed one is not kept, nor tried on the keychain again.
    draft->typedKey.clear();
    m_ui->apiKeyEdit->clear();
    if (draft->profile.keyEnvironmentVariable.isEmpty()) {
        draft->profile.keyEnvironmentVariable = draft->defaultKeyVariable();
        m_ui->keyEnvEdit->setText(draft->profile.keyEnvironmentVariable);
    }
    m_ui->keyEnvEdit->setFocus();
    m_ui->keyEnvEdit->selectAll();
    showKeyStatus();
}

// ---- Connection test -----------------------------------------------------------------------------------------

void ProvidersPage::testConnection()
{
    ProfileDraft *draft = currentDraft();
    if (!draft)
        return;
    m_ui->testResult->clear();
    if (draft->profile.kind == Api::ProviderKind::Demo) {
        m_test->startDemo(draft->profile);
        return;
    }
    const Api::ProviderProfile profile = draft->storedProfile();
    QWidget *field = nullptr;
    if (const QString problem = profileProblem(m_currentProfile, &field); !problem.isEmpty()) {
        const QString message
            = field == m_ui->nameEdit ? tr("Correct the name above first.") : tr("Correct the base URL above first.");
        m_ui->testResult->setText(message);
        if (field)
            field->setFocus();
        Q_EMIT connectionTested(false, message);
        return;
    }
    QString refusal;
    const QString key = draft->testKey(ProfileStore(workspace()->settings()).profile(draft->originalName),
        workspace()->sessionKey(draft->profile.name), &refusal);
    if (key.isEmpty()) {
        m_ui->testResult->setText(refusal);
        m_ui->apiKeyEdit->setFocus();
        Q_EMIT connectionTested(false, refusal);
        return;
    }
    m_test->start(profile, key);
}

void ProvidersPage::showTestStarted(const QString &host)
{
    m_ui->testButton->setText(tr("Cancel &test"));
    m_ui->testButton->setAccessibleName(tr("Cancel the connection test"));
    m_ui->testProgress->show();
    m_ui->testResult->setText(tr("Connecting to %1…").arg(host));
}

void ProvidersPage::showTestResult(bool ok, const QString &message)
{
    m_ui->testProgress->hide();
    m_ui->testButton->setText(tr("&Test connection"));
    m_ui->testButton->setAccessibleName(tr("Test connection"));
    m_ui->testResult->setText(message);
    m_ui->testResult->setAccessibleName(message);
    Q_EMIT connectionTested(ok, message);
}

void ProvidersPage::cancelTest()
{
    m_test->cancel();
}

// ---- Validate and store --------------------------------------------------------------------------------------

bool ProvidersPage::validate(QWidget **field)
{
    *field = nullptr;
    for (int row = 0; row < m_profiles.size(); ++row) {
        QWidget *where = nullptr;
        if (!profileProblem(row, &where).isEmpty()) {
            m_ui->profileList->setCurrentRow(row);
            *field = where;
            return false;
        }
        const ProfileDraft &draft = m_profiles.at(row);
        if (draft.useEnvironment && draft.profile.keyEnvironmentVariable.isEmpty()) {
            m_ui->profileList->setCurrentRow(row);
            *field = m_ui->keyEnvEdit;
            return false;
        }
    }
    return true;
}

void ProvidersPage::store()
{
    m_keyFailed = false;
    for (const QString &name : std::as_const(m_removedProfiles))
        workspace()->removeProfile(name, [](const QString &) {});
    m_removedProfiles.clear();
    for (ProfileDraft &draft : m_profiles) {
        if (draft.profile.kind != Api::ProviderKind::Demo)
            storeProfile(draft);
    }
    for (int row = 0; row < m_profiles.size(); ++row)
        refreshProfileRow(row);
    showKeyStatus();
}

void ProvidersPage::storeProfile(ProfileDraft &draft)
{
    using Change = Workspace::ProfileChange;
    using Saved = Workspace::ProfileSaveResult;
    const Change change = draft.change();
    const QString name = change.profile.name;
    const bool forget = change.key == Change::Key::Forget;
    const QString written = change.key == Change::Key::Replace ? change.newKey : change.storedKey.value_or(QString());
    const Saved saved = workspace()->saveProfile(
        change, [page = QPointer<ProvidersPage>(this), name, forget, written](const SecretResult &result) {
            if (page && forget)
                page->keyForgotten(name);
            else if (page)
                page->keyWritten(name, written, result);
        });
    switch (saved.refusal) {
    case Saved::Refusal::KeyUnknown:
        showError(m_ui->nameError,
            tr("The key of '%1' cannot be read from the keychain yet, so it cannot move to the new name. Rename the "
               "profile once its key shows as stored, or type the key again.")
                .arg(draft.originalName));
        return;
    case Saved::Refusal::NameTaken:
        showError(m_ui->nameError, tr("A profile named '%1' already exists.").arg(name));
        return;
    case Saved::Refusal::Invalid:
        showError(m_ui->baseUrlError, saved.problem);
        return;
    case Saved::Refusal::None:
        break;
    }
    draft.profile = change.profile;
    draft.originalName = name;
    if (saved.keyJob == Saved::KeyJob::Remove) {
        draft.forgetKey = false;
        ++m_pendingKeyJobs;
    } else if (saved.keyJob == Saved::KeyJob::Write) {
        // Kept until the keychain has it: a key that could not be written (or moved) is not lost.
        draft.typedKey = written;
        ++m_pendingKeyJobs;
        Q_EMIT keyWriteStarted();
    }
}

void ProvidersPage::keyWritten(const QString &profile, const QString &key, const SecretResult &result)
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        ProfileDraft &d = m_profiles[row];
        if (d.originalName != profile)
            continue;
        d.takeKeyWritten(key, result);
        if (result.ok() && row == m_currentProfile) {
            m_ui->apiKeyEdit->clear();
        } else if (!result.ok()) {
            // The typed key stays in the field.
            m_keyFailed = true;
            Q_EMIT raiseRequested();
            m_ui->profileList->setCurrentRow(row);
        }
    }
    showKeyStatus();
    keyJobEnded();
}

void ProvidersPage::keyForgotten(const QString &profile)
{
    for (ProfileDraft &d : m_profiles) {
        if (d.originalName == profile) {
            d.keyState = ProfileDraft::KeyState::NotSet;
            d.storedKey.clear();
        }
    }
    keyJobEnded();
}

void ProvidersPage::keyJobEnded()
{
    if (--m_pendingKeyJobs == 0)
        Q_EMIT keysSettled(!m_keyFailed);
}

} // namespace Dailies
