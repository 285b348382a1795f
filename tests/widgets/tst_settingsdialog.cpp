// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/pricing/spendledger.h"
#include "core/settings/appsettings.h"
#include "core/settings/profilestore.h"
#include "core/settings/secretstore.h"
#include "demoworkspace.h"
#include "mockserver/mockserver.h"
#include "session/workspace.h"
#include "widgets/settingsdialog.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

namespace
{

/// A keychain that never answers, like a desktop without a Secret Service.
class UnavailableSecretStore final : public SecretStore
{
public:
    SecretJob *read(const QString &) override { return fail(); }
    SecretJob *write(const QString &, const QString &) override { return fail(); }
    SecretJob *remove(const QString &) override { return fail(); }
    QString displayName() const override { return u"system keychain"_s; }

private:
    SecretJob *fail()
    {
        auto *job = new SecretJob(this);
        job->complete({ SecretResult::Status::Unavailable, {}, u"no Secret Service on the session bus"_s });
        return job;
    }
};

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagesAndBuiltIns();
    void plainHttpToARemoteHostIsRefused();
    void testConnectionOnLoopback();
    void wrongKeyIsExplained();
    void testCanBeCancelled();
    void keyGoesToTheKeychainOnly();
    void keychainUnavailableOffersSessionKey();
    void keychainUnavailableEnvironmentVariable();
    void templateExampleAndInvalidTemplate();
    void cancelChangesNothing();
    void applyReachesTheEngine();
    void liteLlmGatewayProfile();
    void renameMovesKeyAndDefault();
    void renameWaitsForAKeyThatCannotBeRead();
    void storedKeyStaysWithItsHost();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QLatin1StringView(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    static void type(QLineEdit *edit, const QString &text);
    void openDialog();
    void addProfile(int kindIndex, const QString &name, const QString &url, const QString &key = {});
    void click(QDialogButtonBox::StandardButton which) const;
    [[nodiscard]] QByteArray settingsFile() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString problem = Test::openDemoWorkspace(*m_dir, m_settings, m_workspace);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_workspace->setSecretStore(std::make_unique<MemorySecretStore>());
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_workspace.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestSettingsDialog::openDialog()
{
    m_dialog = std::make_unique<SettingsDialog>(m_workspace.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSettingsDialog::type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestSettingsDialog::addProfile(int kindIndex, const QString &name, const QString &url, const QString &key)
{
    auto *add = child<QToolButton>("addProfileButton");
    QVERIFY(add->menu());
    add->menu()->actions().at(kindIndex)->trigger();
    type(child<QLineEdit>("nameEdit"), name);
    type(child<QLineEdit>("baseUrlEdit"), url);
    if (!key.isEmpty())
        type(child<QLineEdit>("apiKeyEdit"), key);
    QCOMPARE(child<QListWidget>("profileList")->currentItem()->text(), name);
}

void TestSettingsDialog::click(QDialogButtonBox::StandardButton which) const
{
    child<QDialogButtonBox>("buttonBox")->button(which)->click();
}

QByteArray TestSettingsDialog::settingsFile() const
{
    m_settings->sync();
    QFile file(m_dir->filePath(u"settings.ini"_s));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSettingsDialog::pagesAndBuiltIns()
{
    openDialog();
    auto *pages = child<QListWidget>("pageList");
    QCOMPARE(pages->count(), 6);
    QCOMPARE(m_dialog->currentPage(), SettingsDialog::Page::Providers);
    m_dialog->showPage(SettingsDialog::Page::Language);
    QCOMPARE(child<QStackedWidget>("pages")->currentWidget(), child<QWidget>("languagePage"));
    for (int row = 0; row < pages->count(); ++row)
        QVERIFY(!pages->item(row)->icon().isNull());

    // The demo is selected first; built-in profiles cannot be removed, and the demo needs no key.
    QVERIFY(m_dialog->showProfile(u"demo"_s));
    QCOMPARE(m_dialog->currentPage(), SettingsDialog::Page::Providers);
    QVERIFY(!child<QPushButton>("removeProfileButton")->isEnabled());
    QVERIFY(!child<QLineEdit>("apiKeyEdit")->isEnabled());
    QVERIFY(child<QLabel>("demoNote")->isVisible());
    QVERIFY(m_dialog->showProfile(u"openai"_s));
    QVERIFY(!child<QPushButton>("removeProfileButton")->isEnabled());
    QVERIFY(child<QLineEdit>("apiKeyEdit")->isEnabled());
    QTRY_VERIFY(child<QLabel>("keyStatusLabel")->text().startsWith(u"Not set."_s));
    QVERIFY(!m_dialog->showProfile(u"nonesuch"_s));

    // Every control the user reaches has an accessible name.
    const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w)) {
            if (w->parent()
                && (qobject_cast<QComboBox *>(w->parent()) || qobject_cast<QAbstractSpinBox *>(w->parent())
                    || qobject_cast<QDialogButtonBox *>(w->parent())))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
}

void TestSettingsDialog::plainHttpToARemoteHostIsRefused()
{
    openDialog();
    addProfile(2, u"gateway"_s, u"http://videos.example.com/v1"_s, u"sk-abc"_s);
    auto *error = child<QLabel>("baseUrlError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"https"_s), qPrintable(error->text()));
    click(QDialogButtonBox::Ok);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->currentPage(), SettingsDialog::Page::Providers);
    QVERIFY(!ProfileStore(m_settings.get()).profile(u"gateway"_s));

    // Fixing it clears the message and lets the profile through.
    type(child<QLineEdit>("baseUrlEdit"), u"https://videos.example.com/v1"_s);
    QVERIFY(!error->isVisible());
    click(QDialogButtonBox::Ok);
    QTRY_VERIFY(!m_dialog->isVisible());
    const auto saved = ProfileStore(m_settings.get()).profile(u"gateway"_s);
    QVERIFY(saved);
    QCOMPARE(saved->baseUrl, QUrl(u"https://videos.example.com/v1"_s));
    QVERIFY(!settingsFile().contains("sk-abc"));
}

void TestSettingsDialog::testConnectionOnLoopback()
{
    openDialog();
    QVERIFY(m_workspace->demoServer());
    addProfile(2, u"local"_s, m_workspace->demoServer()->baseUrl().toString(), u"any-key"_s);
    QVERIFY(!child<QLabel>("baseUrlError")->isVisible());
    QSignalSpy tested(m_dialog.get(), &SettingsDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QVERIFY2(tested.wait(10000), qPrintable(child<QLabel>("testResult")->text()));
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
    QVERIFY(tested.first().at(1).toString().startsWith(u"Connected"_s));
    QCOMPARE(child<QLabel>("testResult")->text(), tested.first().at(1).toString());
    QVERIFY(!child<QWidget>("testProgress")->isVisible());

    // The demo profile tests through the workspace's own client.
    QVERIFY(m_dialog->showProfile(u"demo"_s));
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QVERIFY2(tested.wait(10000), qPrintable(child<QLabel>("testResult")->text()));
    QVERIFY(tested.last().at(0).toBool());
}

void TestSettingsDialog::wrongKeyIsExplained()
{
    Mock::MockServerOptions options;
    options.apiKey = u"sk-right"_s;
    options.dataDir = m_dir->filePath(u"strict"_s);
    Mock::MockServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    openDialog();
    addProfile(2, u"strict"_s, server.baseUrl().toString(), u"sk-wrong"_s);
    QSignalSpy tested(m_dialog.get(), &SettingsDialog::connectionTested);
    child<QPushButton>("testButton")->click();
    QVERIFY2(tested.wait(10000), qPrintable(child<QLabel>("testResult")->text()));
    QVERIFY(!tested.last().at(0).toBool());
    const QString message = tested.last().at(1).toString();
    QVERIFY2(message.contains(u"refused (401)"_s), qPrintable(message));

    type(child<QLineEdit>("apiKeyEdit"), u"sk-right"_s);
    child<QPushButton>("testButton")->click();
    QVERIFY2(tested.wait(10000), qPrintable(child<QLabel>("testResult")->text()));
    QVERIFY2(tested.last().at(0).toBool(), qPrintable(tested.last().at(1).toString()));

    // An address where nothing listens says so.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    type(child<QLineEdit>("baseUrlEdit"), u"http://127.0.0.1:%1/v1"_s.arg(port));
    child<QPushButton>("testButton")->click();
    QVERIFY(tested.wait(30000));
    QVERIFY(!tested.last().at(0).toBool());
    QVERIFY2(tested.last().at(1).toString().startsWith(u"Cannot reach 127.0.0.1"_s),
        qPrintable(tested.last().at(1).toString()));
}

void TestSettingsDialog::testCanBeCancelled()
{
    // Accepts connections and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    openDialog();
    addProfile(2, u"silent"_s, u"http://127.0.0.1:%1/v1"_s.arg(silent.serverPort()), u"sk-x"_s);
    QSignalSpy tested(m_dialog.get(), &SettingsDialog::connectionTested);
    auto *button = child<QPushButton>("testButton");
    button->click();
    QTRY_VERIFY(child<QWidget>("testProgress")->isVisible());
    QVERIFY(button->text().contains(u"Cancel"_s));
    // The dialog stays usable while the test runs.
    QVERIFY(child<QLineEdit>("nameEdit")->isEnabled());
    button->click(); // cancelling ends the test at once
    QTRY_COMPARE(tested.size(), 1);
    QCOMPARE(tested.last().at(1).toString(), u"Test cancelled."_s);
    QVERIFY(!child<QWidget>("testProgress")->isVisible());
}

void TestSettingsDialog::keyGoesToTheKeychainOnly()
{
    openDialog();
    QVERIFY(m_dialog->showProfile(u"openai"_s));
    type(child<QLineEdit>("apiKeyEdit"), u"sk-live-secret-42"_s);
    QSignalSpy settled(m_dialog.get(), &SettingsDialog::keysSettled);
    click(QDialogButtonBox::Apply);
    QVERIFY(settled.wait(5000));
    QVERIFY(settled.first().at(0).toBool());
    QVERIFY(child<QLineEdit>("apiKeyEdit")->text().isEmpty());
    QVERIFY2(child<QLabel>("keyStatusLabel")->text().contains(u"stored"_s),
        qPrintable(child<QLabel>("keyStatusLabel")->text()));
    QVERIFY(!settingsFile().contains("sk-live-secret-42"));

    SecretJob *read = m_workspace->secrets().read(ProfileStore(m_settings.get()).profile(u"openai"_s)->secretKey());
    QSignalSpy readDone(read, &SecretJob::finished);
    QVERIFY(readDone.wait(5000));
    QCOMPARE(readDone.first().at(0).value<SecretResult>().value, u"sk-live-secret-42"_s);
}

void TestSettingsDialog::keychainUnavailableOffersSessionKey()
{
    m_workspace->setSecretStore(std::make_unique<UnavailableSecretStore>());
    openDialog();
    addProfile(2, u"local"_s, m_workspace->demoServer()->baseUrl().toString(), u"sk-session-secret"_s);
    QSignalSpy settled(m_dialog.get(), &SettingsDialog::keysSettled);
    click(QDialogButtonBox::Ok);
    QVERIFY(settled.wait(5000));
    QVERIFY(!settled.first().at(0).toBool());
    // The dialog stays open on the profile, says what happened and keeps the typed key.
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->currentPage(), SettingsDialog::Page::Providers);
    QVERIFY(child<QWidget>("keychainFallback")->isVisible());
    QVERIFY2(child<QLabel>("keyStatusLabel")->text().contains(u"does not answer"_s),
        qPrintable(child<QLabel>("keyStatusLabel")->text()));
    QCOMPARE(child<QLineEdit>("apiKeyEdit")->text(), u"sk-session-secret"_s);
    // The profile itself was stored.
    QVERIFY(ProfileStore(m_settings.get()).profile(u"local"_s));

    child<QPushButton>("sessionKeyButton")->click();
    QVERIFY(m_workspace->hasSessionKey(u"local"_s));
    QVERIFY(!child<QWidget>("keychainFallback")->isVisible());
    QVERIFY(child<QLabel>("keyStatusLabel")->text().contains(u"session only"_s));

    // The session key works for a test and for the workspace's client, and never reached the settings file.
    QSignalSpy tested(m_dialog.get(), &SettingsDialog::connectionTested);
    child<QPushButton>("testButton")->click();
    QVERIFY2(tested.wait(10000), qPrintable(child<QLabel>("testResult")->text()));
    QVERIFY2(tested.last().at(0).toBool(), qPrintable(tested.last().at(1).toString()));
    bool resolved = false;
    m_workspace->resolveClient(*ProfileStore(m_settings.get()).profile(u"local"_s),
        [&resolved](Api::VideoApiClient *client, const QString &why) {
            QVERIFY2(client, qPrintable(why));
            resolved = true;
        });
    QTRY_VERIFY(resolved);
    QVERIFY(!settingsFile().contains("sk-session-secret"));

    // The other way out: an environment variable, stored with the profile.
    child<QPushButton>("environmentKeyButton")->click();
    QCOMPARE(child<QLineEdit>("keyEnvEdit")->text(), u"OPENAI_API_KEY"_s);
    type(child<QLineEdit>("keyEnvEdit"), u"DAILIES_TEST_GATEWAY_KEY"_s);
    click(QDialogButtonBox::Ok);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(ProfileStore(m_settings.get()).profile(u"local"_s)->keyEnvironmentVariable, u"DAILIES_TEST_GATEWAY_KEY"_s);
    QVERIFY(!settingsFile().contains("sk-session-secret"));
}

void TestSettingsDialog::keychainUnavailableEnvironmentVariable()
{
    qputenv("DAILIES_TEST_GATEWAY_KEY", "sk-from-environment");
    m_workspace->setSecretStore(std::make_unique<UnavailableSecretStore>());
    openDialog();
    addProfile(2, u"local"_s, m_workspace->demoServer()->baseUrl().toString(), u"sk-typed"_s);
    QSignalSpy settled(m_dialog.get(), &SettingsDialog::keysSettled);
    click(QDialogButtonBox::Ok);
    QVERIFY(settled.wait(5000));
    QVERIFY(!settled.last().at(0).toBool());
    QVERIFY(m_dialog->isVisible());

    child<QPushButton>("environmentKeyButton")->click();
    QVERIFY(child<QLineEdit>("apiKeyEdit")->text().isEmpty());
    QCOMPARE(m_dialog->focusWidget(), child<QLineEdit>("keyEnvEdit"));
    type(child<QLineEdit>("keyEnvEdit"), u"DAILIES_TEST_GATEWAY_KEY"_s);
    QVERIFY2(child<QLabel>("keyStatusLabel")->text().contains(u"DAILIES_TEST_GATEWAY_KEY, which is set"_s),
        qPrintable(child<QLabel>("keyStatusLabel")->text()));
    QSignalSpy tested(m_dialog.get(), &SettingsDialog::connectionTested);
    child<QPushButton>("testButton")->click();
    QVERIFY2(tested.wait(10000), qPrintable(child<QLabel>("testResult")->text()));
    QVERIFY(tested.last().at(0).toBool());

    click(QDialogButtonBox::Ok);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(ProfileStore(m_settings.get()).profile(u"local"_s)->keyEnvironmentVariable, u"DAILIES_TEST_GATEWAY_KEY"_s);
    QVERIFY(!settingsFile().contains("sk-typed"));
    QVERIFY(!settingsFile().contains("sk-from-environment"));
    qunsetenv("DAILIES_TEST_GATEWAY_KEY");
}

void TestSettingsDialog::templateExampleAndInvalidTemplate()
{
    openDialog();
    m_dialog->showPage(SettingsDialog::Page::Library);
    auto *edit = child<QLineEdit>("templateEdit");
    auto *example = child<QLabel>("templateExample");
    auto *error = child<QLabel>("templateError");
    QVERIFY(example->text().endsWith(u".mp4"_s));
    QVERIFY(!error->isVisible());

    type(edit, u"{project}/{model}_{id}"_s);
    QVERIFY2(example->text().contains(u"/sora-2_video_"_s), qPrintable(example->text()));
    QVERIFY(!error->isVisible());

    type(edit, u"../{id}"_s);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(example->text().isEmpty());
    QCOMPARE(edit->text(), u"../{id}"_s); // nothing typed is lost

    m_dialog->showPage(SettingsDialog::Page::Jobs);
    click(QDialogButtonBox::Ok);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->currentPage(), SettingsDialog::Page::Library);
    QVERIFY(!m_settings->contains(u"library/template"_s));

    type(edit, u"{date}/{prompt:20}"_s);
    click(QDialogButtonBox::Ok);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_settings->value(u"library/template"_s).toString(), u"{date}/{prompt:20}"_s);
    QCOMPARE(m_workspace->library()->fileNameTemplate(), u"{date}/{prompt:20}"_s);
}

void TestSettingsDialog::cancelChangesNothing()
{
    m_settings->sync();
    const QByteArray before = settingsFile();
    openDialog();
    addProfile(1, u"azure-eu"_s, u"https://eu.openai.azure.com"_s, u"az-key"_s);
    m_dialog->showPage(SettingsDialog::Page::Jobs);
    child<QSpinBox>("concurrencySpin")->setValue(1);
    child<QCheckBox>("spritesheetCheck")->setChecked(false);
    m_dialog->showPage(SettingsDialog::Page::Library);
    type(child<QLineEdit>("templateEdit"), u"{id}"_s);
    type(child<QLineEdit>("folderEdit"), m_dir->filePath(u"elsewhere"_s));
    m_dialog->showPage(SettingsDialog::Page::Language);
    child<QComboBox>("languageCombo")->setCurrentIndex(2);
    m_dialog->showPage(SettingsDialog::Page::Notifications);
    child<QCheckBox>("trayCheck")->setChecked(false);
    const JobEngine::Settings engineBefore = m_workspace->engine()->settings();

    click(QDialogButtonBox::Cancel);
    QVERIFY(!m_dialog->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(settingsFile(), before);
    QVERIFY(!ProfileStore(m_settings.get()).profile(u"azure-eu"_s));
    QCOMPARE(m_workspace->engine()->settings().defaultConcurrency, engineBefore.defaultConcurrency);
    QCOMPARE(m_workspace->engine()->settings().downloadSpritesheet, engineBefore.downloadSpritesheet);
}

void TestSettingsDialog::applyReachesTheEngine()
{
    openDialog();
    addProfile(1, u"azure-eu"_s, u"https://eu.openai.azure.com"_s);
    child<QSpinBox>("profileConcurrencySpin")->setValue(1);
    m_dialog->showPage(SettingsDialog::Page::Jobs);
    child<QSpinBox>("concurrencySpin")->setValue(2);
    child<QSpinBox>("pollMinSpin")->setValue(70);
    child<QSpinBox>("pollMaxSpin")->setValue(45);
    QVERIFY(child<QLabel>("pollError")->isVisible());
    click(QDialogButtonBox::Apply);
    QCOMPARE(m_workspace->engine()->settings().defaultConcurrency, AppSettings::kDefaultConcurrency); // refused
    child<QSpinBox>("pollMinSpin")->setValue(3);
    QVERIFY(!child<QLabel>("pollError")->isVisible());
    child<QCheckBox>("spritesheetCheck")->setChecked(false);
    m_dialog->showPage(SettingsDialog::Page::Notifications);
    child<QComboBox>("notifyOnCombo")->setCurrentIndex(1);
    m_dialog->showPage(SettingsDialog::Page::Language);
    child<QComboBox>("languageCombo")->setCurrentIndex(2);
    m_dialog->showPage(SettingsDialog::Page::Budget);
    child<QDoubleSpinBox>("budgetSpin")->setValue(120);
    child<QCheckBox>("hardStopCheck")->setChecked(true);

    QSignalSpy applied(m_dialog.get(), &SettingsDialog::applied);
    click(QDialogButtonBox::Apply);
    QCOMPARE(applied.size(), 1);
    QVERIFY(m_dialog->isVisible());
    const JobEngine::Settings settings = m_workspace->engine()->settings();
    QCOMPARE(settings.defaultConcurrency, 2);
    QCOMPARE(settings.minPollInterval, std::chrono::milliseconds(3000));
    QCOMPARE(settings.maxPollInterval, std::chrono::milliseconds(45000));
    QVERIFY(!settings.downloadSpritesheet);
    QCOMPARE(settings.concurrency.value(u"azure-eu"_s), 1);
    QCOMPARE(ProfileStore(m_settings.get()).profile(u"azure-eu"_s)->baseUrl,
        QUrl(u"https://eu.openai.azure.com/openai/v1"_s));
    QCOMPARE(m_settings->value(u"ui/language"_s).toString(), u"de"_s);
    QCOMPARE(m_settings->value(u"notifications/on"_s).toString(), u"failures"_s);
    QCOMPARE(m_workspace->ledger()->budget().monthlyLimit, 120.0);
    QVERIFY(m_workspace->ledger()->budget().hardStop);
    QVERIFY(child<QLabel>("spentLabel")->text().contains(u"120"_s));
}

void TestSettingsDialog::liteLlmGatewayProfile()
{
    openDialog();
    auto *add = child<QToolButton>("addProfileButton");
    QCOMPARE(add->menu()->actions().size(), 4);
    QVERIFY(add->menu()->actions().at(3)->text().startsWith(u"LiteLLM gateway"_s));
    addProfile(3, u"proxy"_s, u"http://localhost:4000/v1"_s, u"sk-litellm"_s);
    QVERIFY(child<QComboBox>("kindCombo")->currentText().startsWith(u"LiteLLM gateway"_s));
    QVERIFY(child<QLabel>("baseUrlHint")->text().contains(u"LiteLLM"_s));
    QCOMPARE(child<QLineEdit>("keyEnvEdit")->text(), u"LITELLM_API_KEY"_s);
    QVERIFY(!child<QLabel>("baseUrlError")->isVisible()); // plain http to this computer is allowed
    // Its models are LiteLLM's names from the capability table's litellm section.
    auto *draft = child<QComboBox>("draftModelCombo");
    QVERIFY(draft->findText(u"gemini/veo-3.1-fast-generate-preview"_s) >= 0);
    QVERIFY(draft->findText(u"runwayml/gen4_turbo"_s) >= 0);
    QCOMPARE(draft->findText(u"sora-2"_s), -1);
    draft->setCurrentText(u"gemini/veo-3.1-generate-preview"_s);

    click(QDialogButtonBox::Ok);
    QTRY_VERIFY(!m_dialog->isVisible());
    const auto saved = ProfileStore(m_settings.get()).profile(u"proxy"_s);
    QVERIFY(saved);
    QVERIFY(saved->kind == Api::ProviderKind::LiteLLM);
    QVERIFY(saved->auth == Api::AuthStyle::Bearer);
    QCOMPARE(m_settings->value(u"providers/profiles/proxy/kind"_s).toString(), u"litellm"_s);
    QVERIFY(!settingsFile().contains("sk-litellm"));
    // The engine prices the profile's jobs from the same section.
    QVERIFY(m_workspace->engine()->profileKind(u"proxy"_s) == Api::ProviderKind::LiteLLM);
    Api::CreateVideoRequest veo;
    veo.model = u"vertex_ai/veo-3.1-generate-preview"_s;
    veo.size = u"1280x720"_s;
    veo.seconds = u"8"_s;
    QCOMPARE(m_workspace->engine()->estimate(u"proxy"_s, veo).value_or(-1), 0.4 * 8);

    // Shown again, the stored kind is the one selected.
    m_dialog.reset();
    openDialog();
    QVERIFY(m_dialog->showProfile(u"proxy"_s));
    QVERIFY(child<QComboBox>("kindCombo")->currentText().startsWith(u"LiteLLM gateway"_s));
    QCOMPARE(child<QComboBox>("draftModelCombo")->currentText(), u"gemini/veo-3.1-generate-preview"_s);
    // Veo 3.1 is the top of its line: no final model, rather than another vendor's dearest one.
    QCOMPARE(child<QComboBox>("finalModelCombo")->lineEdit()->placeholderText(), u"none"_s);
}

void TestSettingsDialog::renameMovesKeyAndDefault()
{
    ProfileStore store(m_settings.get());
    QCOMPARE(
        store.save(Api::ProviderProfile::compatible(u"old-name"_s, QUrl(u"https://gw.example.com/v1"_s))), QString());
    QCOMPARE(store.setDefaultProfileName(u"old-name"_s), QString());
    SecretJob *write = m_workspace->secrets().write(store.profile(u"old-name"_s)->secretKey(), u"sk-moving"_s);
    QSignalSpy written(write, &SecretJob::finished);
    QVERIFY(written.wait(5000));

    openDialog();
    QVERIFY(m_dialog->showProfile(u"old-name"_s));
    QTRY_VERIFY(child<QLabel>("keyStatusLabel")->text().startsWith(u"A key is stored"_s));
    type(child<QLineEdit>("nameEdit"), u"new-name"_s);
    QSignalSpy settled(m_dialog.get(), &SettingsDialog::keysSettled);
    click(QDialogButtonBox::Ok);
    QVERIFY(settled.wait(5000));
    QVERIFY(settled.first().at(0).toBool());
    QTRY_VERIFY(!m_dialog->isVisible());
    QVERIFY(!store.profile(u"old-name"_s));
    QVERIFY(store.profile(u"new-name"_s));
    QCOMPARE(store.defaultProfileName(), u"new-name"_s);
    SecretJob *read = m_workspace->secrets().read(store.profile(u"new-name"_s)->secretKey());
    QSignalSpy readDone(read, &SecretJob::finished);
    QVERIFY(readDone.wait(5000));
    QCOMPARE(readDone.first().at(0).value<SecretResult>().value, u"sk-moving"_s);
    // The old entry is gone once the key is safe under the new name.
    SecretJob *old = m_workspace->secrets().read(
        Api::ProviderProfile::compatible(u"old-name"_s, QUrl(u"https://gw.example.com/v1"_s)).secretKey());
    QSignalSpy oldDone(old, &SecretJob::finished);
    QVERIFY(oldDone.wait(5000));
    QCOMPARE(oldDone.first().at(0).value<SecretResult>().status, SecretResult::Status::NotFound);
}

void TestSettingsDialog::storedKeyStaysWithItsHost()
{
    ProfileStore store(m_settings.get());
    QCOMPARE(
        store.save(Api::ProviderProfile::compatible(u"gateway"_s, QUrl(u"https://gw.example.com/v1"_s))), QString());
    SecretJob *write = m_workspace->secrets().write(store.profile(u"gateway"_s)->secretKey(), u"sk-for-gw"_s);
    QSignalSpy written(write, &SecretJob::finished);
    QVERIFY(written.wait(5000));
    openDialog();
    QVERIFY(m_dialog->showProfile(u"gateway"_s));
    QTRY_VERIFY(child<QLabel>("keyStatusLabel")->text().startsWith(u"A key is stored"_s));
    // Pointed somewhere else before saving: the stored key is not sent there.
    type(child<QLineEdit>("baseUrlEdit"), m_workspace->demoServer()->baseUrl().toString());
    const int before = m_workspace->demoServer()->requestCount(u"GET /videos"_s);
    QSignalSpy tested(m_dialog.get(), &SettingsDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QTRY_COMPARE(tested.size(), 1); // refused at once, before any request
    QVERIFY(!tested.first().at(0).toBool());
    QVERIFY2(
        tested.first().at(1).toString().contains(u"address changed"_s), qPrintable(tested.first().at(1).toString()));
    QCOMPARE(m_workspace->demoServer()->requestCount(u"GET /videos"_s), before);
}

void TestSettingsDialog::renameWaitsForAKeyThatCannotBeRead()
{
    ProfileStore store(m_settings.get());
    QCOMPARE(
        store.save(Api::ProviderProfile::compatible(u"kept-name"_s, QUrl(u"https://gw.example.com/v1"_s))), QString());
    m_workspace->setSecretStore(std::make_unique<UnavailableSecretStore>());
    openDialog();
    QVERIFY(m_dialog->showProfile(u"kept-name"_s));
    type(child<QLineEdit>("nameEdit"), u"lost-name"_s);
    click(QDialogButtonBox::Apply);
    // Refused next to the name: the profile keeps its name (and its key, wherever the keychain has it).
    QTRY_VERIFY(child<QLabel>("nameError")->isVisible());
    QVERIFY(child<QLabel>("nameError")->text().contains(u"keychain"_s));
    QVERIFY(store.profile(u"kept-name"_s));
    QVERIFY(!store.profile(u"lost-name"_s));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
