// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/settingsdialog.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStyle>

#include "core/api/videoapiclient.h"
#include "core/library/cliprecord.h"
#include "core/library/filenametemplate.h"
#include "core/library/library.h"
#include "core/pricing/spendledger.h"
#include "core/providers/capabilities.h"
#include "core/settings/appsettings.h"
#include "core/settings/profilestore.h"
#include "core/settings/secretstore.h"
#include "session/workspace.h"
#include "ui_settingsdialog.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

/// One profile as the dialog edits it; stored on apply().
struct SettingsDialog::ProfileDraft {
    enum class KeyState { Checking, Stored, NotSet, SessionOnly, Unavailable };

    Api::ProviderProfile profile;
    QString originalName; ///< the stored profile's name; empty for a new one
    QString draftModel;
    QString finalModel;
    int concurrency = 0;
    QString typedKey; ///< a new key typed in this dialog, written to the SecretStore on apply()
    QString storedKey; ///< what the SecretStore holds (for the connection test and a rename)
    KeyState keyState = KeyState::Checking;
    QString keyMessage; ///< the keychain's words when it did not answer
    bool forgetKey = false;
    bool useEnvironment = false; ///< read the key from profile.keyEnvironmentVariable from now on
};

namespace
{

QIcon themeIcon(const QWidget *widget, const QStringList &names, QStyle::StandardPixmap fallback)
{
    for (const QString &name : names) {
        if (QIcon::hasThemeIcon(name))
            return QIcon::fromTheme(name);
    }
    return widget->style()->standardIcon(fallback);
}

QString kindLabel(Api::ProviderKind kind)
{
    switch (kind) {
    case Api::ProviderKind::OpenAI:
        return SettingsDialog::tr("OpenAI");
    case Api::ProviderKind::Azure:
        return SettingsDialog::tr("Azure OpenAI");
    case Api::ProviderKind::Compatible:
        return SettingsDialog::tr("OpenAI-compatible gateway");
    case Api::ProviderKind::Demo:
        return SettingsDialog::tr("Demo (on this computer)");
    }
    return {};
}

/// A clip to show the file name template on.
ClipRecord sampleClip()
{
    ClipRecord clip;
    clip.prompt = u"A red fox trots through fresh snow at dawn, low tracking shot, warm rim light"_s;
    clip.model = u"sora-2"_s;
    clip.size = u"1280x720"_s;
    clip.seconds = u"8"_s;
    clip.remoteId = u"video_68d7512d07848190b3e45da0ecbebcde"_s;
    clip.project = u"Winter spot"_s;
    clip.createdAt = QDateTime(QDate::currentDate(), QTime(9, 41, 7));
    return clip;
}

} // namespace

SettingsDialog::SettingsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    setUpPages();
    setUpProviders();
    setUpLibrary();
    setUpJobs();
    setUpBudget();
    setUpNotifications();
    setUpLanguage();
    load();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { apply(); });
    connect(this, &SettingsDialog::keysSettled, this, [this](bool ok) {
        m_ui->buttonBox->setEnabled(true);
        if (m_closeWhenKeysSettled && ok)
            QDialog::accept();
        m_closeWhenKeysSettled = false;
    });
    showPage(Page::Providers);
}

SettingsDialog::~SettingsDialog()
{
    if (m_testCall) {
        disconnect(m_testCall, nullptr, this, nullptr);
        m_testCall->cancel();
    }
}

void SettingsDialog::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setAccessibleName(message);
    label->setVisible(!message.isEmpty());
    QPalette palette = label->palette();
    // Readable on light and dark palettes alike.
    palette.setColor(QPalette::WindowText, QColor(0xd3, 0x3f, 0x3f));
    label->setPalette(palette);
}

void SettingsDialog::setUpPages()
{
    struct Entry {
        QString title;
        QStringList icons;
        QStyle::StandardPixmap fallback;
    };
    const QList<Entry> entries {
        { tr("Providers"), { u"network-server"_s, u"network-workgroup"_s }, QStyle::SP_ComputerIcon },
        { tr("Library"), { u"folder-videos"_s, u"folder"_s }, QStyle::SP_DirIcon },
        { tr("Jobs"), { u"view-process-system"_s, u"system-run"_s }, QStyle::SP_BrowserReload },
        { tr("Budget"), { u"wallet-open"_s, u"accessories-calculator"_s }, QStyle::SP_FileDialogDetailedView },
        { tr("Notifications"), { u"preferences-desktop-notification"_s, u"dialog-information"_s },
            QStyle::SP_MessageBoxInformation },
        { tr("Language"), { u"preferences-desktop-locale"_s, u"preferences-desktop-locale-symbolic"_s },
            QStyle::SP_FileDialogInfoView },
    };
    for (const Entry &entry : entries)
        new QListWidgetItem(themeIcon(this, entry.icons, entry.fallback), entry.title, m_ui->pageList);
    m_ui->pageList->setUniformItemSizes(true);
    m_ui->pageList->setSpacing(2);
    m_ui->pageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Wide enough for the longest page name in any language, never squeezed by the pages beside it.
    m_ui->pageList->setMaximumWidth(QWIDGETSIZE_MAX);
    m_ui->pageList->setFixedWidth(m_ui->pageList->sizeHintForColumn(0) + 2 * m_ui->pageList->frameWidth()
        + 4 * m_ui->pageList->spacing() + m_ui->pageList->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    m_ui->profileList->setMinimumWidth(fontMetrics().horizontalAdvance(u"azure-production"_s) + 48);
    m_ui->profileList->setIconSize(QSize(16, 16));
    QFont title = m_ui->pageTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->pageTitle->setFont(title);
    connect(m_ui->pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_ui->pages->setCurrentIndex(row);
        m_ui->pageTitle->setText(m_ui->pageList->item(row)->text());
    });
}

void SettingsDialog::showPage(Page page)
{
    m_ui->pageList->setCurrentRow(static_cast<int>(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return static_cast<Page>(m_ui->pages->currentIndex());
}

// ---- Providers ------------------------------------------------------------------------------------------------

void SettingsDialog::setUpProviders()
{
    auto *menu = new QMenu(m_ui->addProfileButton);
    for (const Api::ProviderKind kind :
        { Api::ProviderKind::OpenAI, Api::ProviderKind::Azure, Api::ProviderKind::Compatible }) {
        menu->addAction(kindLabel(kind) + u'…', this, [this, kind] { addProfile(kind); });
    }
    m_ui->addProfileButton->setMenu(menu);
    m_ui->addProfileButton->setIcon(themeIcon(this, { u"list-add"_s }, QStyle::SP_FileDialogNewFolder));
    m_ui->removeProfileButton->setIcon(themeIcon(this, { u"list-remove"_s }, QStyle::SP_TrashIcon));
    for (const Api::ProviderKind kind :
        { Api::ProviderKind::OpenAI, Api::ProviderKind::Azure, Api::ProviderKind::Compatible }) {
        m_ui->kindCombo->addItem(kindLabel(kind), static_cast<int>(kind));
    }
    m_ui->profileConcurrencySpin->setMaximum(AppSettings::kMaxConcurrency);
    m_ui->testResult->setTextFormat(Qt::PlainText);
    m_ui->keyStatusLabel->setTextFormat(Qt::PlainText);

    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &SettingsDialog::selectProfile);
    connect(m_ui->removeProfileButton, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    for (QLineEdit *edit : { m_ui->nameEdit, m_ui->baseUrlEdit, m_ui->apiKeyEdit, m_ui->keyEnvEdit })
        connect(edit, &QLineEdit::textEdited, this, &SettingsDialog::readProfileFields);
    for (QComboBox *combo : { m_ui->draftModelCombo, m_ui->finalModelCombo })
        connect(combo, &QComboBox::currentTextChanged, this, &SettingsDialog::readProfileFields);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::readProfileFields);
    connect(m_ui->profileConcurrencySpin, &QSpinBox::valueChanged, this, &SettingsDialog::readProfileFields);
    connect(m_ui->removeKeyButton, &QPushButton::clicked, this, [this] {
        if (ProfileDraft *draft = currentDraft()) {
            draft->forgetKey = true;
            draft->typedKey.clear();
            m_ui->apiKeyEdit->clear();
            showKeyStatus();
        }
    });
    connect(m_ui->sessionKeyButton, &QPushButton::clicked, this, &SettingsDialog::useSessionKey);
    connect(m_ui->environmentKeyButton, &QPushButton::clicked, this, &SettingsDialog::useEnvironmentKey);
    connect(m_ui->testButton, &QPushButton::clicked, this, [this] {
        if (m_testCall)
            cancelTest();
        else
            testConnection();
    });
}

void SettingsDialog::load()
{
    m_loading = true;
    const AppSettings app(m_workspace->settings());
    const ProfileStore store(m_workspace->settings());
    const QList<Api::ProviderProfile> profiles = store.profiles();
    for (const Api::ProviderProfile &profile : profiles) {
        ProfileDraft draft;
        draft.profile = profile;
        draft.originalName = profile.name;
        draft.draftModel = app.draftModel(profile.name);
        draft.finalModel = app.finalModel(profile.name);
        draft.concurrency = app.profileConcurrency(profile.name);
        m_profiles.append(draft);
        new QListWidgetItem(profile.name, m_ui->profileList);
    }
    for (int row = 0; row < m_profiles.size(); ++row) {
        refreshProfileRow(row);
        readKeyStatus(row);
    }

    m_ui->folderEdit->setText(QDir::toNativeSeparators(m_workspace->libraryFolder()));
    m_ui->templateEdit->setText(app.fileNameTemplate());
    m_ui->concurrencySpin->setValue(app.defaultConcurrency());
    m_ui->pollMinSpin->setValue(app.pollMinSeconds());
    m_ui->pollMaxSpin->setValue(app.pollMaxSeconds());
    m_ui->spritesheetCheck->setChecked(app.downloadSpritesheet());
    m_ui->trayCheck->setChecked(app.trayNotifications());
    m_ui->soundCheck->setChecked(app.notificationSound());
    m_ui->soundCheck->setEnabled(app.trayNotifications());
    m_ui->notifyOnCombo->setCurrentIndex(app.notifyOn() == AppSettings::NotifyOn::FailuresOnly ? 1 : 0);
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(app.language())));
    if (SpendLedger *ledger = m_workspace->ledger()) {
        const Budget budget = ledger->budget();
        m_ui->budgetSpin->setValue(budget.monthlyLimit);
        m_ui->alert50Check->setChecked(budget.alertPercents.contains(50));
        m_ui->alert75Check->setChecked(budget.alertPercents.contains(75));
        m_ui->alert90Check->setChecked(budget.alertPercents.contains(90));
        m_ui->hardStopCheck->setChecked(budget.hardStop);
    }
    m_loading = false;
    const QString defaultProfile = store.defaultProfileName();
    int select = 0;
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).profile.name == defaultProfile)
            select = row;
    }
    m_ui->profileList->setCurrentRow(select);
    updateTemplateExample();
    updatePollError();
    updateBudget();
}

SettingsDialog::ProfileDraft *SettingsDialog::currentDraft()
{
    return m_currentProfile >= 0 && m_currentProfile < m_profiles.size() ? &m_profiles[m_currentProfile] : nullptr;
}

bool SettingsDialog::showProfile(const QString &profile)
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).profile.name == profile) {
            showPage(Page::Providers);
            m_ui->profileList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void SettingsDialog::addProfile(Api::ProviderKind kind)
{
    QString base = kind == Api::ProviderKind::Azure ? u"azure"_s
        : kind == Api::ProviderKind::OpenAI         ? u"openai"_s
                                                    : u"gateway"_s;
    QString name = base;
    const auto taken = [this](const QString &candidate) {
        return std::any_of(m_profiles.cbegin(), m_profiles.cend(),
            [&candidate](const ProfileDraft &d) { return d.profile.name == candidate; });
    };
    for (int n = 2; taken(name); ++n)
        name = base + u'-' + QString::number(n);
    ProfileDraft draft;
    if (kind == Api::ProviderKind::OpenAI) {
        draft.profile = Api::ProviderProfile::openAi();
        draft.profile.name = name;
    } else if (kind == Api::ProviderKind::Azure) {
        draft.profile = Api::ProviderProfile::azure(name, QUrl());
        draft.profile.baseUrl = QUrl();
    } else {
        draft.profile = Api::ProviderProfile::compatible(name, QUrl());
    }
    draft.keyState = ProfileDraft::KeyState::NotSet;
    m_profiles.append(draft);
    new QListWidgetItem(name, m_ui->profileList);
    refreshProfileRow(static_cast<int>(m_profiles.size()) - 1);
    m_ui->profileList->setCurrentRow(static_cast<int>(m_profiles.size()) - 1);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void SettingsDialog::removeProfile()
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

void SettingsDialog::selectProfile(int row)
{
    if (m_testCall)
        cancelTest();
    m_currentProfile = row;
    m_ui->testResult->clear();
    showProfileFields();
}

void SettingsDialog::showProfileFields()
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
    if (demo) {
        m_ui->kindCombo->clear();
        m_ui->kindCombo->addItem(kindLabel(Api::ProviderKind::Demo), static_cast<int>(Api::ProviderKind::Demo));
    } else if (m_ui->kindCombo->count() != 3) {
        m_ui->kindCombo->clear();
        for (const Api::ProviderKind kind :
            { Api::ProviderKind::OpenAI, Api::ProviderKind::Azure, Api::ProviderKind::Compatible }) {
            m_ui->kindCombo->addItem(kindLabel(kind), static_cast<int>(kind));
        }
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
    } else {
        m_ui->baseUrlEdit->setPlaceholderText(u"https://api.openai.com/v1"_s);
        m_ui->baseUrlHint->setText(demo ? QString() : tr("Up to and including the version path, e.g. …/v1."));
    }
    m_ui->baseUrlHint->setVisible(!m_ui->baseUrlHint->text().isEmpty());

    const QList<ModelCapability> models = CapabilityTable::builtIn().models(p.kind);
    for (QComboBox *combo : { m_ui->draftModelCombo, m_ui->finalModelCombo }) {
        combo->clear();
        combo->addItem(QString());
        for (const ModelCapability &model : models)
            combo->addItem(model.id);
    }
    m_ui->draftModelCombo->setCurrentText(draft->draftModel);
    m_ui->finalModelCombo->setCurrentText(draft->finalModel);
    const QString defaultModel = CapabilityTable::builtIn().defaultModel();
    m_ui->draftModelCombo->lineEdit()->setPlaceholderText(tr("default: %1").arg(defaultModel));
    const auto defaultFinal
        = CapabilityTable::builtIn().model(draft->draftModel.isEmpty() ? defaultModel : draft->draftModel, p.kind);
    m_ui->finalModelCombo->lineEdit()->setPlaceholderText(defaultFinal && !defaultFinal->finalModel.isEmpty()
            ? tr("default: %1").arg(defaultFinal->finalModel)
            : tr("none"));
    const int kindLimit = CapabilityTable::builtIn().maxConcurrentJobs(p.kind);
    const QString providerDefault
        = tr("Provider default (%1)").arg(kindLimit > 0 ? kindLimit : m_ui->concurrencySpin->value());
    m_ui->profileConcurrencySpin->setSpecialValueText(providerDefault);
    // QSpinBox sizes itself by its numbers; the special text (longer in some languages) must fit too.
    m_ui->profileConcurrencySpin->setMinimumWidth(
        m_ui->profileConcurrencySpin->fontMetrics().horizontalAdvance(providerDefault)
        + m_ui->profileConcurrencySpin->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 24);
    m_ui->profileConcurrencySpin->setValue(draft->concurrency);
    m_ui->apiKeyEdit->setText(draft->typedKey);
    m_ui->keyEnvEdit->setText(p.keyEnvironmentVariable);
    m_ui->keyEnvEdit->setPlaceholderText(
        tr("e.g. %1").arg(p.kind == Api::ProviderKind::Azure ? u"AZURE_OPENAI_API_KEY"_s : u"OPENAI_API_KEY"_s));
    m_loading = false;

    QWidget *field = nullptr;
    const QString problem = profileProblem(m_currentProfile, &field);
    showError(m_ui->nameError, field == m_ui->nameEdit ? problem : QString());
    showError(m_ui->baseUrlError, field == m_ui->baseUrlEdit ? problem : QString());
    showKeyStatus();
}

void SettingsDialog::readProfileFields()
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
    QWidget *field = nullptr;
    const QString problem = profileProblem(m_currentProfile, &field);
    showError(m_ui->nameError, field == m_ui->nameEdit ? problem : QString());
    showError(m_ui->baseUrlError, field == m_ui->baseUrlEdit ? problem : QString());
    showKeyStatus();
}

Api::ProviderProfile SettingsDialog::profileOf(const ProfileDraft &draft) const
{
    Api::ProviderProfile p = draft.profile;
    if (p.kind == Api::ProviderKind::Azure && !p.baseUrl.isEmpty()) {
        Api::ProviderProfile azure = Api::ProviderProfile::azure(p.name, p.baseUrl);
        p.baseUrl = azure.baseUrl;
    }
    return p;
}

QString SettingsDialog::profileProblem(int row, QWidget **field) const
{
    if (row < 0 || row >= m_profiles.size())
        return {};
    const ProfileDraft &draft = m_profiles.at(row);
    if (draft.profile.kind == Api::ProviderKind::Demo)
        return {};
    const QString &name = draft.profile.name;
    const auto fail = [field](QWidget *widget, const QString &message) {
        if (field)
            *field = widget;
        return message;
    };
    if (!ProfileStore::isValidName(name))
        return fail(
            m_ui->nameEdit, tr("Use letters, digits, '.', '_' and '-' (at most 64), starting with a letter or digit."));
    if (name == "demo"_L1 || (name == "openai"_L1 && draft.originalName != "openai"_L1))
        return fail(m_ui->nameEdit, tr("'%1' is the name of a built-in profile; choose another.").arg(name));
    for (int other = 0; other < m_profiles.size(); ++other) {
        if (other != row && m_profiles.at(other).profile.name == name)
            return fail(m_ui->nameEdit, tr("Another profile is already called '%1'.").arg(name));
    }
    if (draft.profile.baseUrl.isEmpty())
        return fail(m_ui->baseUrlEdit,
            draft.profile.kind == Api::ProviderKind::Azure ? tr("Enter the resource endpoint of your Azure OpenAI "
                                                                "resource, e.g. https://NAME.openai.azure.com.")
                                                           : tr("Enter the provider's base URL."));
    if (const QString problem = profileOf(draft).validate(); !problem.isEmpty())
        return fail(m_ui->baseUrlEdit, problem);
    return {};
}

void SettingsDialog::refreshProfileRow(int row)
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

void SettingsDialog::readKeyStatus(int row)
{
    ProfileDraft &draft = m_profiles[row];
    if (draft.profile.kind == Api::ProviderKind::Demo)
        return;
    if (m_workspace->hasSessionKey(draft.profile.name)) {
        draft.keyState = ProfileDraft::KeyState::SessionOnly;
        return;
    }
    draft.keyState = ProfileDraft::KeyState::Checking;
    SecretJob *job = m_workspace->secrets().read(draft.profile.secretKey());
    connect(job, &SecretJob::finished, this, [this, name = draft.originalName](const SecretResult &result) {
        for (ProfileDraft &d : m_profiles) {
            if (d.originalName != name || d.keyState != ProfileDraft::KeyState::Checking)
                continue;
            if (result.ok()) {
                d.keyState = ProfileDraft::KeyState::Stored;
                d.storedKey = result.value;
            } else if (result.status == SecretResult::Status::NotFound) {
                d.keyState = ProfileDraft::KeyState::NotSet;
            } else {
                d.keyState = ProfileDraft::KeyState::Unavailable;
                d.keyMessage = result.message;
            }
        }
        showKeyStatus();
    });
}

void SettingsDialog::showKeyStatus()
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
    const QString store = m_workspace->secrets().displayName();
    const QString variable = draft->profile.keyEnvironmentVariable;
    QString text;
    bool offerFallback = false;
    using KeyState = ProfileDraft::KeyState;
    if (draft->forgetKey) {
        text = tr("The stored key will be removed when you apply (%1).").arg(store);
    } else if (!draft->typedKey.isEmpty() && draft->keyState != KeyState::Unavailable) {
        text = tr("The new key will be stored when you apply (%1).").arg(store);
    } else {
        switch (draft->keyState) {
        case KeyState::Checking:
            text = tr("Looking for a stored key…");
            break;
        case KeyState::Stored:
            text = tr("A key is stored (%1).").arg(store);
            break;
        case KeyState::NotSet:
            text = tr("Not set.");
            break;
        case KeyState::SessionOnly:
            text = tr("Used for this session only: kept in memory and forgotten when Dailies quits.");
            break;
        case KeyState::Unavailable:
            offerFallback = true;
            text = tr("The keychain does not answer (%1), so Dailies cannot store or read keys there.")
                       .arg(draft->keyMessage.isEmpty() ? tr("no reason given") : draft->keyMessage);
            break;
        }
    }
    if (draft->useEnvironment || (!variable.isEmpty() && draft->keyState != KeyState::Stored)) {
        if (!variable.isEmpty()) {
            text += u' '
                + (qEnvironmentVariableIsSet(variable.toLocal8Bit().constData())
                        ? tr("The key is read from the environment variable %1, which is set.").arg(variable)
                        : tr("The environment variable %1 is not set in this session.").arg(variable));
        }
    }
    m_ui->keyStatusLabel->setText(text);
    m_ui->keychainFallback->setVisible(offerFallback);
    m_ui->keychainMessage->setText(
        tr("Keys can still be used: keep the typed key for this session only (it is never written anywhere), or let "
           "Dailies read it from an environment variable each time it starts."));
    m_ui->sessionKeyButton->setEnabled(!draft->typedKey.isEmpty() || !draft->storedKey.isEmpty());
    m_ui->apiKeyEdit->setPlaceholderText(
        draft->keyState == KeyState::Stored ? tr("Stored — type a new key to replace it") : tr("Paste the key"));
    showError(m_ui->keyEnvError,
        draft->useEnvironment && variable.isEmpty() ? tr("Name the environment variable that holds the key.")
                                                    : QString());
}

void SettingsDialog::useSessionKey()
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
    m_workspace->setSessionKey(draft->profile.name, key);
    draft->keyState = ProfileDraft::KeyState::SessionOnly;
    draft->storedKey = key;
    draft->typedKey.clear();
    m_ui->apiKeyEdit->clear();
    showKeyStatus();
}

void SettingsDialog::useEnvironmentKey()
{
    ProfileDraft *draft = currentDraft();
    if (!draft)
        return;
    draft->useEnvironment = true;
    // The key will come from the environment: the typed one is not kept, nor tried on the keychain again.
    draft->typedKey.clear();
    m_ui->apiKeyEdit->clear();
    if (draft->profile.keyEnvironmentVariable.isEmpty()) {
        draft->profile.keyEnvironmentVariable
            = draft->profile.kind == Api::ProviderKind::Azure ? u"AZURE_OPENAI_API_KEY"_s : u"OPENAI_API_KEY"_s;
        m_ui->keyEnvEdit->setText(draft->profile.keyEnvironmentVariable);
    }
    m_ui->keyEnvEdit->setFocus();
    m_ui->keyEnvEdit->selectAll();
    showKeyStatus();
}

void SettingsDialog::testConnection()
{
    ProfileDraft *draft = currentDraft();
    if (!draft)
        return;
    m_ui->testResult->clear();
    const auto begin = [this](Api::VideoApiClient *client, const QString &host) {
        m_testCall = client->list({ 1 });
        m_ui->testButton->setText(tr("Cancel &test"));
        m_ui->testButton->setAccessibleName(tr("Cancel the connection test"));
        m_ui->testProgress->show();
        m_ui->testResult->setText(tr("Connecting to %1…").arg(host));
        connect(m_testCall.data(), &Api::VideoListCall::finished, this,
            [this, host](const Api::VideoListResult &result) { finishTest(result, host); });
    };
    if (draft->profile.kind == Api::ProviderKind::Demo) {
        m_workspace->resolveClient(draft->profile, [this, begin](Api::VideoApiClient *client, const QString &why) {
            if (!client) {
                m_ui->testResult->setText(why);
                Q_EMIT connectionTested(false, why);
                return;
            }
            begin(client, client->profile().baseUrl.host());
        });
        return;
    }
    const Api::ProviderProfile profile = profileOf(*draft);
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
    QString key = draft->typedKey;
    // A key already kept for this profile only goes to the host it was kept for: an edited address gets a typed key.
    const std::optional<Api::ProviderProfile> stored
        = ProfileStore(m_workspace->settings()).profile(draft->originalName);
    const QString storedHost = stored ? stored->baseUrl.host() : QString();
    const bool sameHost = !stored || storedHost.compare(profile.baseUrl.host(), Qt::CaseInsensitive) == 0;
    if (key.isEmpty() && sameHost)
        key = m_workspace->sessionKey(draft->profile.name);
    if (key.isEmpty() && sameHost)
        key = draft->storedKey;
    if (key.isEmpty() && !profile.keyEnvironmentVariable.isEmpty())
        key = qEnvironmentVariable(profile.keyEnvironmentVariable.toLocal8Bit().constData());
    if (key.isEmpty()) {
        const QString message = sameHost
            ? tr("There is no key to test with: type one in the API key field.")
            : tr("The address changed: type the key for %1 in the API key field (the stored key is only sent to "
                 "%2).")
                  .arg(profile.baseUrl.host(), storedHost);
        m_ui->testResult->setText(message);
        m_ui->apiKeyEdit->setFocus();
        Q_EMIT connectionTested(false, message);
        return;
    }
    auto *client = new Api::VideoApiClient(profile, &m_nam, nullptr, this);
    client->setApiKey(key);
    // One honest answer, quickly: no retries, and a short silence limit.
    Api::RetryPolicy policy;
    policy.maxRetries = 0;
    client->setRetryPolicy(policy);
    Api::VideoApiClient::Timeouts timeouts;
    timeouts.request = std::chrono::seconds(20);
    client->setTimeouts(timeouts);
    m_testClient = client;
    begin(client, profile.baseUrl.host());
}

void SettingsDialog::finishTest(const Api::VideoListResult &result, const QString &host)
{
    m_ui->testProgress->hide();
    m_ui->testButton->setText(tr("&Test connection"));
    m_ui->testButton->setAccessibleName(tr("Test connection"));
    // Forget them now, not when the deferred deletes run: the button must read "Test" again at once.
    if (m_testCall)
        m_testCall->deleteLater();
    if (m_testClient)
        m_testClient->deleteLater();
    m_testCall = nullptr;
    m_testClient = nullptr;
    QString message;
    const Api::ApiError &error = result.error;
    if (result.ok()) {
        const int count = static_cast<int>(result.page.data.size());
        message = count == 0 ? tr("Connected — the key works; no videos on this account yet.")
            : result.page.hasMore
            ? tr("Connected — the key works and videos are visible (%n shown, more on the server).", "", count)
            : tr("Connected — the key works; %n video(s) visible.", "", count);
    } else if (error.kind == Api::ApiError::Kind::Cancelled) {
        message = tr("Test cancelled.");
    } else if (error.isAuthentication()) {
        message = tr("The key was refused (%1). Check it in your provider's dashboard (Azure: the resource's Keys and "
                     "Endpoint page), paste it again and test once more.")
                      .arg(error.httpStatus);
    } else if (error.httpStatus == 404) {
        message = tr("%1 answered 404: the base URL is probably not the API's. It usually ends in /v1 "
                     "(Azure: /openai/v1).")
                      .arg(host);
    } else if (error.kind == Api::ApiError::Kind::Network || error.kind == Api::ApiError::Kind::Timeout) {
        message = tr("Cannot reach %1: %2. Check the address and your network.").arg(host, error.message);
    } else if (error.isQuotaExceeded()) {
        message = tr("Connected, but the account has no quota left: %1").arg(error.message);
    } else {
        message = tr("The provider answered with an error: %1").arg(error.toString());
    }
    if (!result.ok() && !error.requestId.isEmpty())
        message += u' ' + tr("(request id %1)").arg(QString::fromLatin1(error.requestId));
    m_ui->testResult->setText(message);
    m_ui->testResult->setAccessibleName(message);
    Q_EMIT connectionTested(result.ok(), message);
}

void SettingsDialog::cancelTest()
{
    if (m_testCall && !m_testCall->isFinished())
        m_testCall->cancel();
}

// ---- Library, jobs, budget, notifications, language --------------------------------------------------------------

void SettingsDialog::setUpLibrary()
{
    m_ui->templateExample->setTextFormat(Qt::PlainText);
    m_ui->folderNote->setText(tr("Clips and the library database live here. A new folder is used the next time "
                                 "Dailies starts; the clips already in the old folder stay there."));
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Choose the Library Folder"), m_ui->folderEdit->text());
        if (!folder.isEmpty())
            m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
    });
    connect(m_ui->folderEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        const bool changed = QDir::cleanPath(QDir::fromNativeSeparators(text.trimmed()))
            != QDir::cleanPath(m_workspace->libraryFolder());
        QFont font = m_ui->folderNote->font();
        font.setBold(changed);
        m_ui->folderNote->setFont(font);
        showError(m_ui->folderError,
            !text.trimmed().isEmpty() && QDir::isRelativePath(QDir::fromNativeSeparators(text.trimmed()))
                ? tr("Choose a complete folder path, e.g. with Browse….")
                : QString());
    });
    connect(m_ui->templateEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateTemplateExample);
}

void SettingsDialog::updateTemplateExample()
{
    const FileNameTemplate parsed(m_ui->templateEdit->text());
    m_ui->templateExample->setVisible(parsed.isValid());
    if (m_ui->templateEdit->text().trimmed().isEmpty()) {
        m_ui->templateExample->clear();
        showError(m_ui->templateError, tr("Enter a template; the default is %1.").arg(Library::kDefaultTemplate));
        return;
    }
    if (!parsed.isValid()) {
        m_ui->templateExample->clear();
        showError(m_ui->templateError, parsed.error());
        return;
    }
    showError(m_ui->templateError, QString());
    m_ui->templateExample->setText(tr("Example: %1").arg(parsed.expand(sampleClip()) + u".mp4"_s));
}

void SettingsDialog::setUpJobs()
{
    m_ui->concurrencySpin->setMaximum(AppSettings::kMaxConcurrency);
    for (QSpinBox *spin : { m_ui->pollMinSpin, m_ui->pollMaxSpin }) {
        spin->setMaximum(AppSettings::kMaxPollSeconds);
        spin->setSuffix(tr(" s"));
        connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::updatePollError);
    }
}

void SettingsDialog::updatePollError()
{
    showError(
        m_ui->pollError, AppSettings::validatePollIntervals(m_ui->pollMinSpin->value(), m_ui->pollMaxSpin->value()));
}

void SettingsDialog::setUpBudget()
{
    SpendLedger *ledger = m_workspace->ledger();
    m_ui->budgetPage->setEnabled(ledger != nullptr);
    const QString currency = ledger ? ledger->budget().currency : CapabilityTable::builtIn().currency();
    m_ui->budgetSpin->setSuffix(u' ' + currency);
    m_ui->budgetSpin->setSpecialValueText(tr("No budget"));
    for (QCheckBox *check : { m_ui->alert50Check, m_ui->alert75Check, m_ui->alert90Check, m_ui->hardStopCheck })
        connect(check, &QCheckBox::toggled, this, &SettingsDialog::updateBudget);
    connect(m_ui->budgetSpin, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::updateBudget);
}

void SettingsDialog::updateBudget()
{
    SpendLedger *ledger = m_workspace->ledger();
    if (!ledger) {
        m_ui->spentLabel->setText(tr("The library is not open, so the budget cannot be shown."));
        return;
    }
    const QLocale locale;
    const Budget stored = ledger->budget();
    const double spent = ledger->spentInMonth(QDate::currentDate());
    const double limit = m_ui->budgetSpin->value();
    const auto money = [&locale, &stored](double amount) -> QString {
        return locale.toString(amount, 'f', 2) + u' ' + stored.currency;
    };
    const QString spentText = money(spent);
    m_ui->spentLabel->setText(limit > 0
            ? tr("Spent this month: %1 of %2 (%3 %).").arg(spentText, money(limit)).arg(qRound(100.0 * spent / limit))
            : tr("Spent this month: %1.").arg(spentText));
    const bool hasBudget = limit > 0;
    for (QCheckBox *check : { m_ui->alert50Check, m_ui->alert75Check, m_ui->alert90Check, m_ui->hardStopCheck })
        check->setEnabled(hasBudget);
}

void SettingsDialog::setUpNotifications()
{
    m_ui->notifyOnCombo->addItem(tr("Every finished job"));
    m_ui->notifyOnCombo->addItem(tr("Failed jobs only"));
    connect(m_ui->trayCheck, &QCheckBox::toggled, m_ui->soundCheck, &QWidget::setEnabled);
    connect(m_ui->trayCheck, &QCheckBox::toggled, m_ui->notifyOnCombo, &QWidget::setEnabled);
}

void SettingsDialog::setUpLanguage()
{
    m_ui->languageCombo->addItem(tr("System default"), QString());
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->addItem(u"Deutsch"_s, u"de"_s);
}

// ---- Apply -------------------------------------------------------------------------------------------------------

bool SettingsDialog::validate(Page *page, QWidget **field)
{
    *field = nullptr;
    for (int row = 0; row < m_profiles.size(); ++row) {
        QWidget *where = nullptr;
        if (!profileProblem(row, &where).isEmpty()) {
            showPage(Page::Providers);
            m_ui->profileList->setCurrentRow(row);
            *page = Page::Providers;
            *field = where;
            return false;
        }
        const ProfileDraft &draft = m_profiles.at(row);
        if (draft.useEnvironment && draft.profile.keyEnvironmentVariable.isEmpty()) {
            m_ui->profileList->setCurrentRow(row);
            *page = Page::Providers;
            *field = m_ui->keyEnvEdit;
            return false;
        }
    }
    const QString folder = QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
    if (!folder.isEmpty() && QDir::isRelativePath(folder)) {
        *page = Page::Library;
        *field = m_ui->folderEdit;
        return false;
    }
    updateTemplateExample();
    if (!m_ui->templateError->text().isEmpty()) {
        *page = Page::Library;
        *field = m_ui->templateEdit;
        return false;
    }
    updatePollError();
    if (!m_ui->pollError->text().isEmpty()) {
        *page = Page::Jobs;
        *field = m_ui->pollMinSpin;
        return false;
    }
    return true;
}

bool SettingsDialog::apply()
{
    Page page = Page::Providers;
    QWidget *field = nullptr;
    if (!validate(&page, &field)) {
        showPage(page);
        if (field)
            field->setFocus();
        return false;
    }

    Budget budget;
    if (SpendLedger *ledger = m_workspace->ledger()) {
        budget = ledger->budget();
        budget.monthlyLimit = m_ui->budgetSpin->value();
        budget.hardStop = m_ui->hardStopCheck->isChecked();
        budget.alertPercents.clear();
        if (m_ui->alert50Check->isChecked())
            budget.alertPercents << 50;
        if (m_ui->alert75Check->isChecked())
            budget.alertPercents << 75;
        if (m_ui->alert90Check->isChecked())
            budget.alertPercents << 90;
        if (const QString problem = budget.validate(); !problem.isEmpty()) {
            showError(m_ui->budgetError, problem);
            showPage(Page::Budget);
            m_ui->budgetSpin->setFocus();
            return false;
        }
        showError(m_ui->budgetError, ledger->setBudget(budget));
    }

    AppSettings app(m_workspace->settings());
    const QString folder = QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
    // Only a folder the user changed is stored, so the default keeps following the system's Videos folder.
    if (QDir::cleanPath(folder) != QDir::cleanPath(m_workspace->libraryFolder()))
        showError(m_ui->folderError, app.setLibraryFolder(folder));
    const QString templateText = m_ui->templateEdit->text();
    showError(m_ui->templateError, app.setFileNameTemplate(templateText));
    if (Library *library = m_workspace->library())
        library->setFileNameTemplate(templateText);
    showError(m_ui->pollError, app.setPollIntervals(m_ui->pollMinSpin->value(), m_ui->pollMaxSpin->value()));
    (void)app.setDefaultConcurrency(m_ui->concurrencySpin->value());
    app.setDownloadSpritesheet(m_ui->spritesheetCheck->isChecked());
    app.setTrayNotifications(m_ui->trayCheck->isChecked());
    app.setNotificationSound(m_ui->soundCheck->isChecked());
    app.setNotifyOn(
        m_ui->notifyOnCombo->currentIndex() == 1 ? AppSettings::NotifyOn::FailuresOnly : AppSettings::NotifyOn::All);
    (void)app.setLanguage(m_ui->languageCombo->currentData().toString());

    storeProfiles();
    app.sync();
    m_workspace->applyEngineSettings();
    Q_EMIT applied();
    if (m_pendingKeyJobs == 0)
        Q_EMIT keysSettled(!m_keyFailed);
    return true;
}

void SettingsDialog::storeProfiles()
{
    m_keyFailed = false;
    for (const QString &name : std::as_const(m_removedProfiles))
        m_workspace->removeProfile(name, [](const QString &) {});
    m_removedProfiles.clear();
    for (ProfileDraft &draft : m_profiles) {
        if (draft.profile.kind != Api::ProviderKind::Demo)
            storeProfile(draft);
    }
    for (int row = 0; row < m_profiles.size(); ++row)
        refreshProfileRow(row);
    showKeyStatus();
}

void SettingsDialog::storeProfile(ProfileDraft &draft)
{
    using Change = Workspace::ProfileChange;
    using Saved = Workspace::ProfileSaveResult;
    using KeyState = ProfileDraft::KeyState;
    Change change;
    change.originalName = draft.originalName;
    change.profile = profileOf(draft);
    change.options = Change::Options { draft.draftModel, draft.finalModel, draft.concurrency };
    change.key = draft.forgetKey   ? Change::Key::Forget
        : draft.typedKey.isEmpty() ? Change::Key::Keep
                                   : Change::Key::Replace;
    change.newKey = draft.typedKey;
    if (draft.keyState == KeyState::Stored)
        change.storedKey = draft.storedKey;
    else if (draft.keyState == KeyState::NotSet || draft.keyState == KeyState::SessionOnly)
        change.storedKey = QString(); // nothing in the keychain to move
    change.keyFromEnvironment = draft.useEnvironment;

    const QString name = change.profile.name;
    const bool forget = change.key == Change::Key::Forget;
    const QString written = change.key == Change::Key::Replace ? change.newKey : change.storedKey.value_or(QString());
    const Saved saved = m_workspace->saveProfile(
        change, [dialog = QPointer<SettingsDialog>(this), name, forget, written](const SecretResult &result) {
            if (dialog && forget)
                dialog->keyForgotten(name);
            else if (dialog)
                dialog->keyWritten(name, written, result);
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
        m_ui->buttonBox->setEnabled(false);
    }
}

void SettingsDialog::keyWritten(const QString &profile, const QString &key, const SecretResult &result)
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        ProfileDraft &d = m_profiles[row];
        if (d.originalName != profile)
            continue;
        if (result.ok()) {
            d.keyState = ProfileDraft::KeyState::Stored;
            d.storedKey = key;
            if (d.typedKey == key)
                d.typedKey.clear();
            if (row == m_currentProfile)
                m_ui->apiKeyEdit->clear();
        } else {
            // The typed key stays in the field: nothing the user typed is lost.
            m_keyFailed = true;
            d.keyState = ProfileDraft::KeyState::Unavailable;
            d.keyMessage = result.message;
            showPage(Page::Providers);
            m_ui->profileList->setCurrentRow(row);
        }
    }
    showKeyStatus();
    keyJobEnded();
}

void SettingsDialog::keyForgotten(const QString &profile)
{
    for (ProfileDraft &d : m_profiles) {
        if (d.originalName == profile) {
            d.keyState = ProfileDraft::KeyState::NotSet;
            d.storedKey.clear();
        }
    }
    keyJobEnded();
}

void SettingsDialog::keyJobEnded()
{
    if (--m_pendingKeyJobs == 0)
        Q_EMIT keysSettled(!m_keyFailed);
}

void SettingsDialog::accept()
{
    if (!apply())
        return;
    if (m_pendingKeyJobs > 0) {
        m_closeWhenKeysSettled = true;
        return;
    }
    if (!m_keyFailed)
        QDialog::accept();
}

void SettingsDialog::reject()
{
    cancelTest();
    QDialog::reject();
}

} // namespace Dailies
