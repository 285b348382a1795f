// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/composepanel.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeySequence>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QShortcut>

#include "core/api/videoapiclient.h"
#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/pricing/spendledger.h"
#include "core/providers/capabilities.h"
#include "core/settings/appsettings.h"
#include "core/settings/profilestore.h"
#include "core/storage/database.h"
#include "core/util/imageprobe.h"
#include "session/workspace.h"
#include "ui_composepanel.h"
#include "widgets/aspectpreview.h"
#include "widgets/characterpicker.h"
#include "widgets/elementstrip.h"
#include "widgets/historypopup.h"
#include "widgets/promptedit.h"
#include "widgets/prompthighlighter.h"
#include "widgets/referenceimage.h"
#include "widgets/referenceslot.h"

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

// Amber that reads on light and dark windows alike.
QColor warningColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xf0, 0xb4, 0x29) : QColor(0x9a, 0x5b, 0x00);
}

QColor problemColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x1d);
}

// A colour for the label's text, or (nullopt) the inherited one, so palette changes still reach it.
void setTextColor(QLabel *label, const std::optional<QColor> &color)
{
    if (!color) {
        label->setPalette(QPalette());
        return;
    }
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, *color);
    label->setPalette(palette);
}

constexpr int kHistoryWalk = PromptHistory::kDefaultCapacity;
} // namespace

ComposePanel::ComposePanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_ui(std::make_unique<Ui::ComposePanel>())
    , m_history(workspace->database())
    , m_presets(workspace->database())
    , m_historyPopup(nullptr)
    , m_presetsMenu(nullptr)
{
    m_ui->setupUi(this);
    setUpWidgets();
    connectControls();
    fillPresetsMenu();
    fillProfiles();
    restoreState();
    updateCount();
    // Saved on every change, so a crash or a closed window loses nothing typed.
    connect(m_ui->prompt, &QPlainTextEdit::textChanged, this, &ComposePanel::saveState);
    connect(m_ui->profile, &QComboBox::currentIndexChanged, this, &ComposePanel::saveState);
    for (QComboBox *box : { m_ui->model, m_ui->size, m_ui->seconds })
        connect(box, &QComboBox::currentTextChanged, this, &ComposePanel::saveState);
    connect(m_ui->variations, &QSpinBox::valueChanged, this, &ComposePanel::saveState);
    connect(m_ui->reference, &ReferenceSlot::changed, this, &ComposePanel::saveState);
}

void ComposePanel::setUpWidgets()
{
    setObjectName(u"composePanel"_s);
    setAcceptDrops(true);
    m_historyPopup = new HistoryPopup(&m_history, this);
    m_presetsMenu = new QMenu(this);
    m_presetsMenu->setObjectName(u"presetsMenu"_s);
    m_ui->presets->setMenu(m_presetsMenu);
    m_ui->history->setIcon(QIcon::fromTheme(u"document-open-recent"_s));
    m_ui->presets->setIcon(QIcon::fromTheme(u"bookmarks"_s));
    m_ui->generate->setIcon(QIcon::fromTheme(u"dailies-generate"_s));
    QFont bold = m_ui->generate->font();
    bold.setBold(true);
    m_ui->generate->setFont(bold);
    m_ui->composeMessage->hide();
    m_ui->referenceLabel->setBuddy(m_ui->reference->firstTabStop());
    m_ui->elementStripSlot->setContentsMargins(0, 0, 0, 0);
    // The prompt language's definition colours the editor, and the same reading feeds the five-element strip.
    m_highlighter = new PromptHighlighter(m_ui->prompt->document());
    auto *strip = new ElementStrip(this);
    strip->setObjectName(u"elementStrip"_s);
    setElementStrip(strip);
    // The characters chosen for the take, and what adding one did, right under the prompt that must name them.
    m_characters = new CharacterPicker(m_workspace, this);
    m_ui->panelLayout->insertWidget(m_ui->panelLayout->indexOf(m_ui->elementStripSlot) + 1, m_characters);
    m_ui->characters->setMenu(m_characters->menu());
    connect(m_ui->prompt, &QPlainTextEdit::textChanged, strip,
        [this, strip] { strip->setPrompt(m_ui->prompt->toPlainText()); });
    // An editable combo box takes focus in its line edit; a screen reader should hear the picker's name there too.
    for (QComboBox *box : { m_ui->model, m_ui->size, m_ui->seconds }) {
        if (box->lineEdit())
            box->lineEdit()->setAccessibleName(box->accessibleName());
    }
    if (auto *edit = m_ui->variations->findChild<QLineEdit *>())
        edit->setAccessibleName(m_ui->variations->accessibleName());

    setTabOrder(m_ui->prompt, strip);
    setTabOrder(strip, m_ui->model);
    setTabOrder(m_ui->variations, m_ui->reference->firstTabStop());
    setTabOrder(m_ui->reference->lastTabStop(), m_ui->generate);
}

void ComposePanel::connectControls()
{
    for (const QKeySequence &keys :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        shortcut->setAutoRepeat(false); // holding the keys must not send the take again and again
        connect(shortcut, &QShortcut::activated, this, &ComposePanel::generate);
    }
    connect(m_ui->generate, &QPushButton::clicked, this, &ComposePanel::generate);
    connect(m_ui->prompt, &QPlainTextEdit::textChanged, this, [this] {
        updateCount();
        if (!m_settingPrompt)
            m_historyIndex = -1; // an edit ends the walk through the history
    });
    connect(m_ui->prompt, &PromptEdit::imageOffered, this, &ComposePanel::offerImage, Qt::DirectConnection);
    connect(m_ui->prompt, &PromptEdit::historyStepRequested, this, &ComposePanel::recallHistory);
    connect(m_ui->profile, &QComboBox::currentIndexChanged, this, &ComposePanel::onProfileChanged);
    connect(m_ui->model, &QComboBox::currentTextChanged, this, &ComposePanel::onModelChanged);
    connect(m_ui->size, &QComboBox::currentTextChanged, this, &ComposePanel::onSizeChanged);
    connect(m_ui->seconds, &QComboBox::currentTextChanged, this, &ComposePanel::updateCost);
    connect(m_ui->variations, &QSpinBox::valueChanged, this, &ComposePanel::updateCost);
    connect(m_ui->history, &QToolButton::clicked, this, [this] { m_historyPopup->popup(m_ui->history); });
    connect(m_historyPopup, &HistoryPopup::chosen, this, &ComposePanel::usePrompt);
    connect(m_presetsMenu, &QMenu::aboutToShow, this, &ComposePanel::fillPresetsMenu);
    connect(m_characters, &CharacterPicker::insertNameRequested, this, &ComposePanel::insertText);
    connect(m_characters, &CharacterPicker::chosenChanged, this,
        [this] { m_highlighter->setCharacterNames(m_characters->chosenNames()); });
    if (JobEngine *engine = m_workspace->engine())
        connect(engine, &JobEngine::jobFinished, this, &ComposePanel::updateCost); // spend changed
}

void ComposePanel::saveState() const
{
    if (m_restoring)
        return;
    AppSettings(m_workspace->settings())
        .setComposeState({ currentProfile(), m_ui->model->currentText().trimmed(), m_ui->size->currentText().trimmed(),
            m_ui->seconds->currentText().trimmed(), m_ui->variations->value(), referenceFitName(m_ui->reference->fit()),
            m_ui->prompt->toPlainText() });
}

void ComposePanel::restoreState()
{
    const AppSettings::ComposeState state = AppSettings(m_workspace->settings()).composeState();
    m_restoring = true;
    if (!state.profile.isEmpty())
        setCurrentProfile(state.profile);
    // The model first: it refills the sizes and durations it allows.
    for (const auto &[value, box] : { std::pair { state.model, m_ui->model }, std::pair { state.size, m_ui->size },
             std::pair { state.seconds, m_ui->seconds } }) {
        if (!value.isEmpty())
            box->setCurrentText(value);
    }
    if (state.variations > 0)
        m_ui->variations->setValue(state.variations);
    m_ui->reference->setFit(referenceFitFromName(state.referenceFit));
    if (!state.draft.isEmpty())
        m_ui->prompt->setPlainText(state.draft);
    m_restoring = false;
}

void ComposePanel::refreshEstimate()
{
    updateCost();
}

ComposePanel::~ComposePanel() = default;

QPlainTextEdit *ComposePanel::promptEditor() const
{
    return m_ui->prompt;
}

QString ComposePanel::message() const
{
    return m_ui->composeMessage->isHidden() ? QString() : m_ui->composeMessage->text();
}

QString ComposePanel::costText() const
{
    return m_ui->cost->text();
}

QString ComposePanel::budgetText() const
{
    return m_ui->budget->isHidden() ? QString() : m_ui->budget->text();
}

QString ComposePanel::currentProfile() const
{
    return m_ui->profile->currentData().toString();
}

ReferenceSlot *ComposePanel::referenceSlot() const
{
    return m_ui->reference;
}

AspectPreview *ComposePanel::aspectPreview() const
{
    return m_ui->reference->preview();
}

void ComposePanel::setElementStrip(QWidget *strip)
{
    m_ui->elementStripSlot->addWidget(strip);
}

QBoxLayout *ComposePanel::elementStripArea() const
{
    return m_ui->elementStripSlot;
}

void ComposePanel::reuseSettings(
    const QString &prompt, const QString &model, const QString &size, const QString &seconds)
{
    if (!prompt.isEmpty())
        usePrompt(prompt);
    // The model first: changing it refills the sizes and durations it allows.
    if (!model.isEmpty())
        m_ui->model->setCurrentText(model);
    if (!size.isEmpty())
        m_ui->size->setCurrentText(size);
    if (!seconds.isEmpty())
        m_ui->seconds->setCurrentText(seconds);
    m_ui->prompt->setFocus();
}

void ComposePanel::setCurrentProfile(const QString &name)
{
    const int index = m_ui->profile->findData(name);
    if (index >= 0)
        m_ui->profile->setCurrentIndex(index);
}

void ComposePanel::fillProfiles()
{
    ProfileStore store(m_workspace->settings());
    const QSignalBlocker blocker(m_ui->profile);
    m_ui->profile->clear();
    for (const Api::ProviderProfile &profile : store.profiles()) {
        const QString label = profile.kind == Api::ProviderKind::Demo ? tr("Demo (built in, free)") : profile.name;
        m_ui->profile->addItem(label, profile.name);
    }
    const int index = m_ui->profile->findData(store.defaultProfileName());
    m_ui->profile->setCurrentIndex(index < 0 ? 0 : index);
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
    m_characters->setProfile(currentProfile());
    const Api::ProviderKind kind = currentKind();
    m_ui->providerHint->setText(kind == Api::ProviderKind::Demo
            ? tr("The demo provider runs on this computer: it renders test clips in seconds, needs no key and bills "
                 "nothing.")
            : QString());
    m_ui->providerHint->setVisible(kind == Api::ProviderKind::Demo);
    const CapabilityTable &caps = m_workspace->capabilities();
    QStringList models;
    for (const ModelCapability &model : caps.models(kind))
        models << model.id;
    setItems(m_ui->model, models, caps.defaultModel());
    onModelChanged();
}

void ComposePanel::onModelChanged()
{
    const CapabilityTable &caps = m_workspace->capabilities();
    const std::optional<ModelCapability> model = caps.model(m_ui->model->currentText().trimmed(), currentKind());
    setItems(m_ui->size, model ? model->sizes : QStringList(), caps.defaultSize());
    setItems(m_ui->seconds, model ? model->seconds : QStringList(), caps.defaultSeconds());
    onSizeChanged();
}

void ComposePanel::onSizeChanged()
{
    m_ui->reference->setTargetSize(parseVideoSize(m_ui->size->currentText().trimmed()));
    updateCost();
}

void ComposePanel::updateCount()
{
    const int count = codePoints(m_ui->prompt->toPlainText());
    const QLocale locale;
    const bool over = count > Api::VideoApiClient::kMaxPromptLength;
    m_ui->promptCount->setText(
        tr("%1 / %2").arg(locale.toString(count), locale.toString(Api::VideoApiClient::kMaxPromptLength)));
    setTextColor(m_ui->promptCount, over ? std::optional<QColor>(problemColor(palette())) : std::nullopt);
    QFont font = m_ui->promptCount->font();
    font.setBold(over);
    m_ui->promptCount->setFont(font);
}

void ComposePanel::updateCost()
{
    const Api::ProviderKind kind = currentKind();
    m_ui->budget->hide();
    if (kind == Api::ProviderKind::Demo) {
        m_ui->cost->setText(tr("Demo provider: nothing is billed."));
        return;
    }
    const CapabilityTable &caps = m_workspace->capabilities();
    const std::optional<double> estimate = caps.estimate(m_ui->model->currentText().trimmed(),
        m_ui->size->currentText().trimmed(), m_ui->seconds->currentText().trimmed(), m_ui->variations->value(), kind);
    if (!estimate)
        m_ui->cost->setText(tr("Estimated cost: unknown for this model and size."));
    else
        m_ui->cost->setText(tr("Estimated cost: %1 %2").arg(QLocale().toString(*estimate, 'f', 2), caps.currency()));

    const SpendLedger *ledger = m_workspace->ledger();
    if (!ledger)
        return;
    const Budget budget = ledger->budget();
    if (!budget.isSet())
        return;
    const BudgetCheck check = ledger->check(estimate.value_or(0), QDate::currentDate());
    const QLocale locale;
    QString text = tr("Budget: %1 of %2 %3 left this month")
                       .arg(locale.toString(std::max(0.0, check.remaining), 'f', 2),
                           locale.toString(budget.monthlyLimit, 'f', 2), budget.currency);
    std::optional<QColor> color;
    if (!check.allowed) {
        text += u'\n' + tr("The hard stop will refuse this: %1").arg(check.message);
        color = problemColor(palette());
    } else if (check.pastFirstAlert) {
        text += tr(" (%1 % used after this)").arg(check.percentAfter);
        color = warningColor(palette());
    }
    m_ui->budget->setText(text);
    setTextColor(m_ui->budget, color);
    m_ui->budget->show();
}

void ComposePanel::showMessage(const QString &text, bool problem)
{
    m_ui->composeMessage->setText(text);
    m_messageIsProblem = problem;
    setTextColor(m_ui->composeMessage, problem ? std::optional<QColor>(problemColor(palette())) : std::nullopt);
    m_ui->composeMessage->setVisible(!text.isEmpty());
}

void ComposePanel::offerImage(const QMimeData *mime)
{
    // Pasting or dropping a picture into the prompt means "use this as the reference", never "insert it".
    if (m_ui->reference->takeMimeData(mime))
        showMessage(tr("The image went to the reference slot."), false);
}

void ComposePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The warning colours are chosen for the palette (light or dark); a new palette chooses them again.
    if (event->type() == QEvent::PaletteChange) {
        updateCount();
        updateCost();
        setTextColor(
            m_ui->composeMessage, m_messageIsProblem ? std::optional<QColor>(problemColor(palette())) : std::nullopt);
    }
}

void ComposePanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (ReferenceSlot::mayCarryImage(event->mimeData()))
        event->acceptProposedAction();
}

void ComposePanel::dropEvent(QDropEvent *event)
{
    m_ui->reference->takeMimeData(event->mimeData());
    event->acceptProposedAction();
}

QString ComposePanel::referenceFolder() const
{
    // In the library, not in /tmp: a waiting job keeps its reference across a restart, a retry and a final.
    if (const Library *library = m_workspace->library())
        return library->referencesFolder();
    return QDir(m_workspace->libraryFolder()).filePath(u".dailies/references"_s);
}

void ComposePanel::generate()
{
    if (m_resolving)
        return;
    const QString prompt = m_ui->prompt->toPlainText();
    if (prompt.trimmed().isEmpty()) {
        showMessage(tr("Write a prompt first."), true);
        m_ui->prompt->setFocus();
        return;
    }
    if (const Api::ApiError invalid = Api::VideoApiClient::validatePrompt(prompt); invalid) {
        showMessage(invalid.message, true);
        return;
    }
    if (m_ui->reference->hasImage() && m_ui->reference->renderedImage().isNull()) {
        showMessage(tr("The reference image cannot be fitted to this size: %1").arg(m_ui->reference->message()), true);
        return;
    }
    ProfileStore store(m_workspace->settings());
    const std::optional<Api::ProviderProfile> profile = store.profile(currentProfile());
    if (!profile) {
        showMessage(tr("There is no provider profile named '%1' any more.").arg(currentProfile()), true);
        return;
    }
    m_resolving = true;
    m_ui->generate->setEnabled(false);
    showMessage(QString(), false);
    // The keychain may answer after the panel is gone (the window closed while it was locked).
    m_workspace->resolveClient(*profile,
        [this, self = QPointer<ComposePanel>(this), p = *profile](Api::VideoApiClient *client, const QString &problem) {
            if (!self)
                return;
            m_resolving = false;
            m_ui->generate->setEnabled(true);
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
    request.request.prompt = m_ui->prompt->toPlainText();
    request.request.model = m_ui->model->currentText().trimmed();
    request.request.size = m_ui->size->currentText().trimmed();
    request.request.seconds = m_ui->seconds->currentText().trimmed();
    request.variations = m_ui->variations->value();
    // Core checks that the prompt names each of them as written, and says so when it does not.
    request.request.characters = m_characters->chosenIds();
    if (const QImage &reference = m_ui->reference->renderedImage(); !reference.isNull()) {
        QString error;
        request.request.inputReferencePath = ReferenceImage::write(reference, referenceFolder(), &error);
        if (request.request.inputReferencePath.isEmpty()) {
            showMessage(tr("The reference image could not be prepared: %1").arg(error), true);
            return;
        }
    }
    const QString key = JobEngine::takeKey(request);
    request.allowDuplicate = key == m_duplicateKey;
    const JobEngine::SubmitResult result = engine->submit(request);
    QStringList lines = result.warnings;
    if (!result.ok()) {
        if (result.duplicate) {
            m_duplicateKey = key;
            lines.prepend(tr("The library already holds this take. Press Generate again to make another one."));
        } else if (result.duplicateJob) {
            m_duplicateKey = key;
            lines.prepend(tr("This take is already in the queue. Press Generate again to make another one."));
        }
        lines.prepend(result.error);
        showMessage(lines.join(u'\n'), true);
        return;
    }
    m_duplicateKey.clear();
    m_characters->clearStatus(); // an old upload's problem is no longer news
    m_history.add(request.request.prompt);
    m_historyIndex = -1;
    showMessage(lines.join(u'\n'), !lines.isEmpty());
    updateCost();
    Q_EMIT submitted(result.jobIds);
}

// ---- history -------------------------------------------------------------------------------------------------

void ComposePanel::insertText(const QString &name)
{
    QTextCursor cursor = m_ui->prompt->textCursor();
    // Kept apart from the words around it, so that it reads (and is found) as the name.
    const QString text = m_ui->prompt->toPlainText();
    const qsizetype start = cursor.selectionStart();
    const qsizetype end = cursor.selectionEnd();
    const QString before = start > 0 && !text.at(start - 1).isSpace() ? u" "_s : QString();
    const QString after = end < text.size() && text.at(end).isLetterOrNumber() ? u" "_s : QString();
    cursor.insertText(before + name + after);
    m_ui->prompt->setTextCursor(cursor);
    m_ui->prompt->setFocus();
}

void ComposePanel::usePrompt(const QString &text)
{
    m_settingPrompt = true;
    m_ui->prompt->replaceText(text);
    m_settingPrompt = false;
    m_historyIndex = -1;
    m_ui->prompt->setFocus();
}

void ComposePanel::recallHistory(int step)
{
    if (step == 0)
        return;
    const QList<PromptHistoryEntry> entries = m_history.entries(kHistoryWalk);
    int index = m_historyIndex;
    if (step > 0) {
        if (index < 0)
            m_historyDraft = m_ui->prompt->toPlainText();
        ++index;
        // Right after a submit the newest entry is what the editor shows; going back means the one before it.
        if (index == 0 && !entries.isEmpty() && entries.constFirst().text == m_historyDraft)
            ++index;
        if (index >= entries.size()) {
            showMessage(entries.isEmpty() ? tr("No prompts in the history yet.") : tr("No earlier prompt."), false);
            return;
        }
    } else {
        if (index < 0)
            return; // already at what is being written
        --index;
    }
    m_settingPrompt = true;
    m_ui->prompt->replaceText(index < 0 ? m_historyDraft : entries.at(index).text);
    m_settingPrompt = false;
    m_historyIndex = index;
    showMessage(QString(), false);
}

} // namespace Dailies
