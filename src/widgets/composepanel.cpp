// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/composepanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/api/videoapiclient.h"
#include "core/jobs/jobengine.h"
#include "core/providers/capabilities.h"
#include "core/settings/profilestore.h"
#include "session/workspace.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
void setItems(QComboBox *box, const QStringList &items, const QString &preferred)
{
    const QString current = box->currentText();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItems(items);
    // Keep what the user chose when the new list allows it; free text stays free text.
    if (!current.isEmpty() && (items.contains(current) || items.isEmpty()))
        box->setCurrentText(current);
    else if (!preferred.isEmpty() && items.contains(preferred))
        box->setCurrentText(preferred);
    else if (!items.isEmpty())
        box->setCurrentIndex(0);
}

int codePoints(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()))
            ++count;
    }
    return count;
}
} // namespace

ComposePanel::ComposePanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_prompt(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_profile(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_model(new QComboBox(this))
    , m_size(new QComboBox(this))
    , m_seconds(new QComboBox(this))
    , m_variations(new QSpinBox(this))
    , m_cost(new QLabel(this))
    , m_generate(new QPushButton(tr("&Generate"), this))
{
    setObjectName(u"composePanel"_s);
    m_prompt->setObjectName(u"prompt"_s);
    m_prompt->setPlaceholderText(tr("Describe the shot: subject, action, camera, light, style…"));
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->setTabChangesFocus(true);
    m_count->setObjectName(u"promptCount"_s);
    m_count->setAlignment(Qt::AlignRight);
    m_count->setAccessibleName(tr("Prompt length"));
    m_message->setObjectName(u"composeMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Compose message"));
    m_message->hide();

    m_profile->setObjectName(u"profile"_s);
    m_profile->setAccessibleName(tr("Provider"));
    m_hint->setObjectName(u"providerHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Provider hint"));
    for (QComboBox *box : { m_model, m_size, m_seconds }) {
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
    }
    m_model->setObjectName(u"model"_s);
    m_model->setAccessibleName(tr("Model"));
    m_size->setObjectName(u"size"_s);
    m_size->setAccessibleName(tr("Size"));
    m_seconds->setObjectName(u"seconds"_s);
    m_seconds->setAccessibleName(tr("Duration in seconds"));
    m_variations->setObjectName(u"variations"_s);
    m_variations->setAccessibleName(tr("Variations"));
    m_variations->setRange(1, 4);
    m_cost->setObjectName(u"cost"_s);
    m_cost->setWordWrap(true);
    m_cost->setAccessibleName(tr("Cost estimate"));
    m_generate->setObjectName(u"generate"_s);
    m_generate->setAccessibleName(tr("Generate"));
    m_generate->setToolTip(tr("Queue the video (Ctrl+Enter)"));
    m_generate->setIcon(QIcon::fromTheme(u"media-record"_s));
    m_generate->setDefault(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Provider:"), m_profile);
    form->addRow(m_hint);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Size:"), m_size);
    form->addRow(tr("&Duration (s):"), m_seconds);
    form->addRow(tr("&Variations:"), m_variations);

    auto *promptLabel = new QLabel(tr("P&rompt"), this);
    promptLabel->setBuddy(m_prompt);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(promptLabel);
    layout->addWidget(m_prompt, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_cost);
    layout->addWidget(m_generate);

    for (const QKeySequence &keys :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &ComposePanel::generate);
    }
    connect(m_generate, &QPushButton::clicked, this, &ComposePanel::generate);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &ComposePanel::updateCount);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ComposePanel::onProfileChanged);
    connect(m_model, &QComboBox::currentTextChanged, this, &ComposePanel::onModelChanged);
    connect(m_size, &QComboBox::currentTextChanged, this, &ComposePanel::updateCost);
    connect(m_seconds, &QComboBox::currentTextChanged, this, &ComposePanel::updateCost);
    connect(m_variations, &QSpinBox::valueChanged, this, &ComposePanel::updateCost);

    fillProfiles();
    updateCount();
}

ComposePanel::~ComposePanel() = default;

QString ComposePanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString ComposePanel::costText() const
{
    return m_cost->text();
}

QString ComposePanel::currentProfile() const
{
    return m_profile->currentData().toString();
}

void ComposePanel::reuseSettings(
    const QString &prompt, const QString &model, const QString &size, const QString &seconds)
{
    if (!prompt.isEmpty())
        m_prompt->setPlainText(prompt);
    // The model first: changing it refills the sizes and durations it allows.
    if (!model.isEmpty())
        m_model->setCurrentText(model);
    if (!size.isEmpty())
        m_size->setCurrentText(size);
    if (!seconds.isEmpty())
        m_seconds->setCurrentText(seconds);
    m_prompt->setFocus();
}

void ComposePanel::setCurrentProfile(const QString &name)
{
    const int index = m_profile->findData(name);
    if (index >= 0)
        m_profile->setCurrentIndex(index);
}

void ComposePanel::fillProfiles()
{
    ProfileStore store(m_workspace->settings());
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    for (const Api::ProviderProfile &profile : store.profiles()) {
        const QString label = profile.kind == Api::ProviderKind::Demo ? tr("Demo (built in, free)") : profile.name;
        m_profile->addItem(label, profile.name);
    }
    const int index = m_profile->findData(store.defaultProfileName());
    m_profile->setCurrentIndex(index < 0 ? 0 : index);
    onProfileChanged();
}

Api::ProviderKind ComposePanel::currentKind() const
{
    ProfileStore store(m_workspace->settings());
    const std::optional<Api::ProviderProfile> profile = store.profile(currentProfile());
    return profile ? profile->kind : Api::ProviderKind::OpenAI;
}

void ComposePanel::onProfileChanged()
{
    const Api::ProviderKind kind = currentKind();
    m_hint->setText(kind == Api::ProviderKind::Demo
            ? tr("The demo provider runs on this computer: it renders test clips in seconds, needs no key and bills "
                 "nothing.")
            : QString());
    m_hint->setVisible(kind == Api::ProviderKind::Demo);
    const CapabilityTable &caps = CapabilityTable::builtIn();
    QStringList models;
    for (const ModelCapability &model : caps.models(kind))
        models << model.id;
    setItems(m_model, models, caps.defaultModel());
    onModelChanged();
}

void ComposePanel::onModelChanged()
{
    const CapabilityTable &caps = CapabilityTable::builtIn();
    const std::optional<ModelCapability> model = caps.model(m_model->currentText().trimmed(), currentKind());
    setItems(m_size, model ? model->sizes : QStringList(), caps.defaultSize());
    setItems(m_seconds, model ? model->seconds : QStringList(), caps.defaultSeconds());
    updateCost();
}

void ComposePanel::updateCount()
{
    const int count = codePoints(m_prompt->toPlainText());
    const QLocale locale;
    m_count->setText(tr("%1 / %2").arg(locale.toString(count), locale.toString(Api::VideoApiClient::kMaxPromptLength)));
    m_count->setForegroundRole(
        count > Api::VideoApiClient::kMaxPromptLength ? QPalette::Highlight : QPalette::WindowText);
    QFont font = m_count->font();
    font.setBold(count > Api::VideoApiClient::kMaxPromptLength);
    m_count->setFont(font);
}

void ComposePanel::updateCost()
{
    const Api::ProviderKind kind = currentKind();
    if (kind == Api::ProviderKind::Demo) {
        m_cost->setText(tr("Demo provider: nothing is billed."));
        return;
    }
    const CapabilityTable &caps = CapabilityTable::builtIn();
    const std::optional<double> estimate = caps.estimate(m_model->currentText().trimmed(),
        m_size->currentText().trimmed(), m_seconds->currentText().trimmed(), m_variations->value(), kind);
    if (!estimate) {
        m_cost->setText(tr("Estimated cost: unknown for this model and size."));
        return;
    }
    m_cost->setText(tr("Estimated cost: %1 %2").arg(QLocale().toString(*estimate, 'f', 2), caps.currency()));
}

void ComposePanel::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setForegroundRole(problem ? QPalette::Highlight : QPalette::WindowText);
    m_message->setVisible(!text.isEmpty());
}

void ComposePanel::generate()
{
    if (m_resolving)
        return;
    const QString prompt = m_prompt->toPlainText();
    if (prompt.trimmed().isEmpty()) {
        showMessage(tr("Write a prompt first."), true);
        m_prompt->setFocus();
        return;
    }
    if (const Api::ApiError invalid = Api::VideoApiClient::validatePrompt(prompt); invalid) {
        showMessage(invalid.message, true);
        return;
    }
    ProfileStore store(m_workspace->settings());
    const std::optional<Api::ProviderProfile> profile = store.profile(currentProfile());
    if (!profile) {
        showMessage(tr("There is no provider profile named '%1' any more.").arg(currentProfile()), true);
        return;
    }
    m_resolving = true;
    m_generate->setEnabled(false);
    showMessage(QString(), false);
    m_workspace->resolveClient(*profile, [this, p = *profile](Api::VideoApiClient *client, const QString &problem) {
        m_resolving = false;
        m_generate->setEnabled(true);
        if (!client) {
            showMessage(problem, true);
            return;
        }
        submitWith(p);
    });
}

void ComposePanel::submitWith(const Api::ProviderProfile &profile)
{
    JobEngine *engine = m_workspace->engine();
    if (!engine) {
        showMessage(tr("The job engine is not running."), true);
        return;
    }
    JobEngine::SubmitRequest request;
    request.profile = profile.name;
    request.request.prompt = m_prompt->toPlainText();
    request.request.model = m_model->currentText().trimmed();
    request.request.size = m_size->currentText().trimmed();
    request.request.seconds = m_seconds->currentText().trimmed();
    request.variations = m_variations->value();
    const QString key = QStringList { request.profile, request.request.prompt, request.request.model,
        request.request.size, request.request.seconds }
                            .join(QChar(0));
    request.allowDuplicate = key == m_duplicateKey;
    const JobEngine::SubmitResult result = engine->submit(request);
    QStringList lines = result.warnings;
    if (!result.ok()) {
        if (result.duplicate) {
            m_duplicateKey = key;
            lines.prepend(tr("The library already holds this take. Press Generate again to make another one."));
        }
        lines.prepend(result.error);
        showMessage(lines.join(u'\n'), true);
        return;
    }
    m_duplicateKey.clear();
    showMessage(lines.join(u'\n'), !lines.isEmpty());
    Q_EMIT submitted(result.jobIds);
}

} // namespace Dailies
