// SPDX-License-Identifier: GPL-3.0-or-later
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "core/jobs/jobengine.h"
#include "core/models/studiomodel.h"
#include "core/providers/capabilities.h"
#include "demoworkspace.h"
#include "session/workspace.h"
#include "widgets/composepanel.h"
#include "widgets/librarypanel.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

class TestComposePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pickersFollowTheModel();
    void emptyPromptSubmitsNothing();
    void overLongPromptIsKept();
    void generateQueuesAJob();
    void costOfABilledProfile();

private:
    static QStringList items(const QComboBox *box);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
};

QStringList TestComposePanel::items(const QComboBox *box)
{
    QStringList list;
    for (int i = 0; i < box->count(); ++i)
        list << box->itemText(i);
    return list;
}

void TestComposePanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString problem = Test::openDemoWorkspace(*m_dir, m_settings, m_workspace);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestComposePanel::cleanup()
{
    m_workspace.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestComposePanel::pickersFollowTheModel()
{
    ComposePanel panel(m_workspace.get());
    QCOMPARE(panel.currentProfile(), u"demo"_s);
    auto *model = panel.findChild<QComboBox *>(u"model"_s);
    auto *size = panel.findChild<QComboBox *>(u"size"_s);
    auto *seconds = panel.findChild<QComboBox *>(u"seconds"_s);
    QVERIFY(model && size && seconds);
    QVERIFY(model->isEditable() && size->isEditable() && seconds->isEditable());
    QVERIFY(panel.findChild<QLabel *>(u"providerHint"_s)->text().contains(u"demo"_s));

    const CapabilityTable &caps = CapabilityTable::builtIn();
    model->setCurrentText(u"sora-2"_s);
    QCOMPARE(items(size), caps.model(u"sora-2"_s)->sizes);
    QCOMPARE(items(seconds), caps.model(u"sora-2"_s)->seconds);
    model->setCurrentText(u"sora-2-pro"_s);
    QCOMPARE(items(size), caps.model(u"sora-2-pro"_s)->sizes);
    QVERIFY(items(size).contains(u"1792x1024"_s));
    // A size the new model also takes stays chosen; free text is still allowed.
    size->setCurrentText(u"1792x1024"_s);
    model->setCurrentText(u"sora-2"_s);
    QVERIFY(!items(size).contains(u"1792x1024"_s));
    QVERIFY(items(size).contains(size->currentText()));
    size->setCurrentText(u"640x480"_s);
    QCOMPARE(size->currentText(), u"640x480"_s);
}

void TestComposePanel::emptyPromptSubmitsNothing()
{
    ComposePanel panel(m_workspace.get());
    QSignalSpy submitted(&panel, &ComposePanel::submitted);
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.promptEditor()->setPlainText(u"   \n"_s);
    panel.promptEditor()->setFocus();
    QTest::keyClick(panel.promptEditor(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(panel.message().contains(u"prompt"_s), qPrintable(panel.message()));
    QCOMPARE(submitted.count(), 0);
    QVERIFY(m_workspace->engine()->activeJobs().isEmpty());
    QCOMPARE(m_workspace->engine()->store().loadActive().size(), 0);
}

void TestComposePanel::overLongPromptIsKept()
{
    ComposePanel panel(m_workspace.get());
    QSignalSpy submitted(&panel, &ComposePanel::submitted);
    const QString text(32001, u'a');
    panel.promptEditor()->setPlainText(text);
    panel.generate();
    QVERIFY(!panel.message().isEmpty());
    QCOMPARE(submitted.count(), 0);
    QCOMPARE(panel.promptEditor()->toPlainText(), text);
    QVERIFY(panel.findChild<QLabel *>(u"promptCount"_s)->text().contains(u"32,001"_s));
}

void TestComposePanel::generateQueuesAJob()
{
    ComposePanel panel(m_workspace.get());
    LibraryPanel library(m_workspace->engine(), m_workspace->library());
    QSignalSpy submitted(&panel, &ComposePanel::submitted);
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.promptEditor()->setFocus();
    QTest::keyClicks(panel.promptEditor(), u"A red kite over green hills"_s);
    QTest::keyClick(panel.promptEditor(), Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QTRY_COMPARE(submitted.count(), 1);
    QVERIFY2(panel.message().isEmpty(), qPrintable(panel.message()));
    QCOMPARE(panel.promptEditor()->toPlainText(), u"A red kite over green hills"_s);
    const qint64 id = submitted.at(0).at(0).value<QList<qint64>>().value(0);
    QTRY_VERIFY(library.model()->rowForJob(id) >= 0);
    QCOMPARE(library.view()->model()->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->engine()->activeJobs().isEmpty(), 30000);
    QTRY_COMPARE(library.view()->model()->index(0, 0).data(StudioModel::StateRole).toString(), u"completed"_s);
}

void TestComposePanel::costOfABilledProfile()
{
    ComposePanel panel(m_workspace.get());
    QVERIFY(panel.costText().contains(u"nothing is billed"_s));
    panel.setCurrentProfile(u"openai"_s);
    QCOMPARE(panel.currentProfile(), u"openai"_s);
    panel.findChild<QComboBox *>(u"model"_s)->setCurrentText(u"sora-2"_s);
    panel.findChild<QComboBox *>(u"size"_s)->setCurrentText(u"720x1280"_s);
    panel.findChild<QComboBox *>(u"seconds"_s)->setCurrentText(u"8"_s);
    const CapabilityTable &caps = CapabilityTable::builtIn();
    const std::optional<double> estimate
        = caps.estimate(u"sora-2"_s, u"720x1280"_s, u"8"_s, 1, Api::ProviderKind::OpenAI);
    QVERIFY(estimate && *estimate > 0);
    QVERIFY2(panel.costText().contains(QLocale().toString(*estimate, 'f', 2)), qPrintable(panel.costText()));
    QVERIFY(panel.costText().contains(caps.currency()));
    QVERIFY(panel.findChild<QLabel *>(u"providerHint"_s)->isHidden());
}

QTEST_MAIN(TestComposePanel)
#include "tst_composepanel.moc"
