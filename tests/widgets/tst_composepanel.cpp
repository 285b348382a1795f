// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractButton>
#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QUrl>
#include <memory>

#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/models/studiomodel.h"
#include "core/pricing/spendledger.h"
#include "core/prompt/presetstore.h"
#include "core/prompt/prompthistory.h"
#include "core/providers/capabilities.h"
#include "demoworkspace.h"
#include "mockserver/mockserver.h"
#include "mockserver/testvideos.h"
#include "session/workspace.h"
#include "widgets/aspectpreview.h"
#include "widgets/characterpicker.h"
#include "widgets/composepanel.h"
#include "widgets/elementstrip.h"
#include "widgets/historypopup.h"
#include "widgets/library/librarypanel.h"
#include "widgets/prompthighlighter.h"
#include "widgets/referenceimage.h"
#include "widgets/referenceslot.h"

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
    void fitAndCrop_data();
    void fitAndCrop();
    void refusedInput_data();
    void refusedInput();
    void droppedImageIsFittedToTheSize();
    void pastedImageGoesToTheSlot();
    void generateSendsTheFittedReference();
    void budget_data();
    void budget();
    void historyPopupFillsTheEditorUndoably();
    void altUpWalksTheHistory();
    void presetsRoundTrip();
    void layoutIsSane();
    void everyControlIsNamedAndReachable();
    void settingsAndDraftAreRestored();
    void charactersGoWithTheTake();
    void atMostTwoCharacters();

private:
    static QStringList items(const QComboBox *box);
    /// A picture with a red left half and a blue right half, saved as PNG in the scratch folder.
    QString writeImage(const QSize &size, const QString &name) const;
    static void drop(QWidget *target, QMimeData *data);
    /// A file of `bytes` in the scratch folder.
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    /// The menu action of `menu` (rebuilt as when it opens) named `objectName`, or with the text `text`.
    static QAction *menuAction(QMenu *menu, const QString &objectName, const QString &text = {});
    /// Adds character `name` from a three-second MP4 through Add from File…; its id, or empty.
    QString addCharacter(ComposePanel &panel, const QString &name);

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

QString TestComposePanel::writeImage(const QSize &size, const QString &name) const
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::red);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = size.width() / 2; x < size.width(); ++x)
            image.setPixel(x, y, qRgb(0, 0, 255));
    }
    const QString path = m_dir->filePath(name);
    if (!image.save(path))
        return {};
    return path;
}

void TestComposePanel::drop(QWidget *target, QMimeData *data)
{
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDropEvent event(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
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

void TestComposePanel::fitAndCrop_data()
{
    QTest::addColumn<QSize>("source");
    QTest::addColumn<QSize>("target");
    QTest::addColumn<int>("fit");
    QTest::addColumn<bool>("barsAtTop"); ///< Fit of a wide picture into a tall frame: black above and below
    QTest::addColumn<bool>("barsAtLeft");
    QTest::newRow("wide into portrait, fit")
        << QSize(400, 300) << QSize(720, 1280) << int(ReferenceFit::Fit) << true << false;
    QTest::newRow("wide into portrait, crop")
        << QSize(400, 300) << QSize(720, 1280) << int(ReferenceFit::Crop) << false << false;
    QTest::newRow("tall into landscape, fit")
        << QSize(300, 600) << QSize(1280, 720) << int(ReferenceFit::Fit) << false << true;
    QTest::newRow("tall into landscape, crop")
        << QSize(300, 600) << QSize(1280, 720) << int(ReferenceFit::Crop) << false << false;
    QTest::newRow("same shape") << QSize(64, 36) << QSize(1280, 720) << int(ReferenceFit::Fit) << false << false;
}

void TestComposePanel::fitAndCrop()
{
    QFETCH(QSize, source);
    QFETCH(QSize, target);
    QFETCH(int, fit);
    QFETCH(bool, barsAtTop);
    QFETCH(bool, barsAtLeft);
    QImage image(source, QImage::Format_RGB32);
    image.fill(Qt::red);
    QCOMPARE(ReferenceImage::problem(image, target, ReferenceFit(fit)), QString());
    const QImage out = ReferenceImage::render(image, target, ReferenceFit(fit));
    QCOMPARE(out.size(), target);
    const QColor topCentre = out.pixelColor(target.width() / 2, 0);
    const QColor leftMiddle = out.pixelColor(0, target.height() / 2);
    QCOMPARE(topCentre == QColor(Qt::black), barsAtTop);
    QCOMPARE(leftMiddle == QColor(Qt::black), barsAtLeft);
    QCOMPARE(out.pixelColor(target.width() / 2, target.height() / 2), QColor(Qt::red));

    QString error;
    const QString path = ReferenceImage::write(out, m_dir->filePath(u"refs"_s), &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    QCOMPARE(QImage(path).size(), target);
    QCOMPARE(ReferenceImage::write(out, m_dir->filePath(u"refs"_s), &error), path); // named by content
}

void TestComposePanel::refusedInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QSize>("imageSize"); ///< written as PNG when valid
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << u"notes.txt"_s << QByteArray("just some words\n") << QSize() << u"notes.txt"_s;
    QTest::newRow("damaged PNG") << u"broken.png"_s << QByteArray("\x89PNG\r\n\x1a\nnot really") << QSize()
                                 << u"broken.png"_s;
    QTest::newRow("tiny") << u"tiny.png"_s << QByteArray() << QSize(8, 8) << u"16"_s;
    QTest::newRow("a sliver") << u"sliver.png"_s << QByteArray() << QSize(4000, 20) << u"Crop"_s;
}

void TestComposePanel::refusedInput()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QSize, imageSize);
    QFETCH(QString, expected);
    ComposePanel panel(m_workspace.get());
    ReferenceSlot *slot = panel.referenceSlot();
    auto *size = panel.findChild<QComboBox *>(u"size"_s);
    size->setCurrentText(u"720x1280"_s);
    panel.promptEditor()->setPlainText(u"Keep me"_s);
    const QString modelBefore = panel.findChild<QComboBox *>(u"model"_s)->currentText();

    // An image that works first: a refused drop must leave it in place.
    QVERIFY(slot->setImageFile(writeImage(QSize(400, 300), u"good.png"_s)));
    const QImage before = slot->renderedImage();
    QVERIFY(!before.isNull());

    QString path;
    if (imageSize.isValid()) {
        path = writeImage(imageSize, file);
    } else {
        path = m_dir->filePath(file);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QVERIFY(!path.isEmpty());
    auto *data = new QMimeData;
    data->setUrls({ QUrl::fromLocalFile(path) });
    drop(slot, data);
    QVERIFY2(slot->message().contains(expected), qPrintable(slot->message()));
    QVERIFY(slot->findChild<QLabel *>(u"referenceMessage"_s)->isVisible() || !panel.isVisible());
    QCOMPARE(slot->renderedImage(), before);
    QCOMPARE(panel.aspectPreview()->image(), before);
    QCOMPARE(panel.promptEditor()->toPlainText(), u"Keep me"_s);
    QCOMPARE(size->currentText(), u"720x1280"_s);
    QCOMPARE(panel.findChild<QComboBox *>(u"model"_s)->currentText(), modelBefore);
    QVERIFY(panel.message().isEmpty());

    // Dropped onto the prompt editor instead: the same refusal, and no text is inserted.
    auto *again = new QMimeData;
    again->setUrls({ QUrl::fromLocalFile(path) });
    again->setText(path);
    drop(panel.promptEditor()->viewport(), again);
    QCOMPARE(panel.promptEditor()->toPlainText(), u"Keep me"_s);
    QVERIFY(slot->message().contains(expected));
    delete data;
    delete again;
}

void TestComposePanel::droppedImageIsFittedToTheSize()
{
    ComposePanel panel(m_workspace.get());
    QSignalSpy changed(panel.referenceSlot(), &ReferenceSlot::changed);
    auto *size = panel.findChild<QComboBox *>(u"size"_s);
    size->setCurrentText(u"720x1280"_s);
    QCOMPARE(panel.aspectPreview()->frameSize(), QSize(720, 1280));
    QVERIFY(panel.aspectPreview()->label().contains(u"portrait"_s));
    QVERIFY(panel.aspectPreview()->label().contains(u"9:16"_s));
    const QRect portrait = panel.aspectPreview()->frameRect();
    QVERIFY(portrait.height() > portrait.width());

    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(writeImage(QSize(400, 300), u"wide.png"_s)) });
    drop(&panel, &data); // onto the panel, not the slot: it still lands in the slot
    ReferenceSlot *slot = panel.referenceSlot();
    QVERIFY2(slot->hasImage(), qPrintable(slot->message()));
    QVERIFY(slot->message().isEmpty());
    QCOMPARE(slot->renderedImage().size(), QSize(720, 1280));
    QCOMPARE(panel.aspectPreview()->image(), slot->renderedImage());
    QCOMPARE(slot->renderedImage().pixelColor(360, 0), QColor(Qt::black)); // letterboxed
    QVERIFY(changed.count() > 0);

    slot->setFit(ReferenceFit::Crop);
    QCOMPARE(slot->renderedImage().size(), QSize(720, 1280));
    QVERIFY(slot->renderedImage().pixelColor(360, 0) != QColor(Qt::black));
    QCOMPARE(panel.aspectPreview()->image(), slot->renderedImage());
    QVERIFY(panel.findChild<QAbstractButton *>(u"referenceCrop"_s)->isChecked());

    // A new size renders the image again.
    size->setCurrentText(u"1280x720"_s);
    QCOMPARE(slot->renderedImage().size(), QSize(1280, 720));
    QCOMPARE(panel.aspectPreview()->frameSize(), QSize(1280, 720));
    QVERIFY(panel.aspectPreview()->label().contains(u"landscape"_s));
    QCOMPARE(panel.aspectPreview()->image().size(), QSize(1280, 720));
    const QRect landscape = panel.aspectPreview()->frameRect();
    QVERIFY(landscape.width() > landscape.height());

    panel.findChild<QPushButton *>(u"referenceClear"_s)->click();
    QVERIFY(!slot->hasImage());
    QVERIFY(panel.aspectPreview()->image().isNull());
}

void TestComposePanel::pastedImageGoesToTheSlot()
{
    ComposePanel panel(m_workspace.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.findChild<QComboBox *>(u"size"_s)->setCurrentText(u"720x1280"_s);
    QImage image(200, 200, QImage::Format_RGB32);
    image.fill(Qt::green);
    QApplication::clipboard()->setImage(image);
    QTRY_VERIFY(QApplication::clipboard()->mimeData()->hasImage());

    panel.promptEditor()->setPlainText(u"A field"_s);
    panel.promptEditor()->setFocus();
    QTest::keyClick(panel.promptEditor(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(panel.promptEditor()->toPlainText(), u"A field"_s);
    QVERIFY2(panel.referenceSlot()->hasImage(), qPrintable(panel.referenceSlot()->message()));
    QCOMPARE(panel.referenceSlot()->renderedImage().size(), QSize(720, 1280));
    QVERIFY(panel.message().contains(u"reference"_s));

    // With the slot focused, Ctrl+V pastes there too; Delete clears.
    panel.referenceSlot()->clear();
    panel.aspectPreview()->setFocus();
    QTRY_VERIFY(panel.aspectPreview()->hasFocus());
    QTest::keyClick(panel.aspectPreview(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(panel.referenceSlot()->hasImage());
    QTest::keyClick(panel.aspectPreview(), Qt::Key_Delete);
    QVERIFY(!panel.referenceSlot()->hasImage());

    // Text on the clipboard: the slot says so and the editor still takes text.
    QApplication::clipboard()->setText(u" and a tree"_s);
    QTRY_VERIFY(!QApplication::clipboard()->mimeData()->hasImage());
    QTest::keyClick(panel.aspectPreview(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(panel.referenceSlot()->message().contains(u"no image"_s));
    panel.promptEditor()->setFocus();
    panel.promptEditor()->moveCursor(QTextCursor::End);
    QTest::keyClick(panel.promptEditor(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(panel.promptEditor()->toPlainText(), u"A field and a tree"_s);
}

void TestComposePanel::generateSendsTheFittedReference()
{
    ComposePanel panel(m_workspace.get());
    QSignalSpy submitted(&panel, &ComposePanel::submitted);
    panel.findChild<QComboBox *>(u"model"_s)->setCurrentText(u"sora-2"_s);
    panel.findChild<QComboBox *>(u"size"_s)->setCurrentText(u"720x1280"_s);
    QVERIFY(panel.referenceSlot()->setImageFile(writeImage(QSize(640, 480), u"photo.png"_s)));
    panel.promptEditor()->setPlainText(u"A red and blue flag flutters"_s);
    panel.generate();
    QTRY_COMPARE(submitted.count(), 1);
    QVERIFY2(panel.message().isEmpty(), qPrintable(panel.message()));
    const qint64 id = submitted.at(0).at(0).value<QList<qint64>>().value(0);
    const std::optional<JobRecord> job = m_workspace->engine()->job(id);
    QVERIFY(job);
    const QString reference = job->request.inputReferencePath;
    QVERIFY(!reference.isEmpty());
    QVERIFY2(reference.startsWith(m_workspace->libraryFolder()), qPrintable(reference)); // survives a restart
    QCOMPARE(QImage(reference).size(), QSize(720, 1280));
    QCOMPARE(QImage(reference).pixelColor(360, 0), QColor(Qt::black));
    // The demo server refuses a reference of another size; this one is accepted and the take completes.
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->engine()->activeJobs().isEmpty(), 30000);
    const std::optional<JobRecord> done = m_workspace->engine()->store().load(id);
    QVERIFY(done);
    QCOMPARE(toString(done->state), u"completed"_s);
    // The prompt went into the history.
    QCOMPARE(PromptHistory(m_workspace->database()).entries(1).value(0).text, u"A red and blue flag flutters"_s);
}

void TestComposePanel::budget_data()
{
    QTest::addColumn<double>("limit");
    QTest::addColumn<bool>("hardStop");
    QTest::addColumn<double>("spent");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("colour"); ///< 0 normal, 1 warning, 2 refused
    QTest::newRow("plenty left") << 50.0 << false << 10.0 << u"40.00 of 50.00 USD left this month"_s << 0;
    QTest::newRow("past an alert") << 50.0 << false << 37.6 << u"12.40 of 50.00 USD left this month"_s << 1;
    QTest::newRow("hard stop") << 5.0 << true << 4.0 << u"hard stop will refuse"_s << 2;
    QTest::newRow("no budget") << 0.0 << false << 3.0 << QString() << 0;
}

void TestComposePanel::budget()
{
    QFETCH(double, limit);
    QFETCH(bool, hardStop);
    QFETCH(double, spent);
    QFETCH(QString, expected);
    QFETCH(int, colour);
    SpendLedger *ledger = m_workspace->ledger();
    Budget b;
    b.monthlyLimit = limit;
    b.hardStop = hardStop;
    if (limit > 0)
        QCOMPARE(ledger->setBudget(b), QString());
    QVERIFY(ledger->record(9001, u"openai"_s, u"sora-2"_s, spent, u"USD"_s, QDateTime::currentDateTime()));

    ComposePanel panel(m_workspace.get());
    QVERIFY(panel.budgetText().isEmpty()); // the demo profile bills nothing
    QVERIFY(panel.costText().contains(u"nothing is billed"_s));
    panel.setCurrentProfile(u"openai"_s);
    panel.findChild<QComboBox *>(u"model"_s)->setCurrentText(u"sora-2"_s);
    panel.findChild<QComboBox *>(u"size"_s)->setCurrentText(u"720x1280"_s);
    panel.findChild<QComboBox *>(u"seconds"_s)->setCurrentText(u"12"_s);
    if (expected.isEmpty()) {
        QVERIFY2(panel.budgetText().isEmpty(), qPrintable(panel.budgetText()));
        return;
    }
    QVERIFY2(panel.budgetText().contains(expected), qPrintable(panel.budgetText()));
    QVERIFY(panel.budgetText().startsWith(u"Budget: "_s));
    const auto *label = panel.findChild<QLabel *>(u"budget"_s);
    const QColor text = label->palette().color(QPalette::WindowText);
    QCOMPARE(text != panel.palette().color(QPalette::WindowText), colour != 0);
    if (colour == 2)
        QVERIFY(panel.budgetText().contains(u"only"_s)); // the ledger's own words: how much is left
}

void TestComposePanel::historyPopupFillsTheEditorUndoably()
{
    PromptHistory history(m_workspace->database());
    for (const QString &text : { u"Old lighthouse at night"_s, u"Kite over the hills"_s, u"Lighthouse in a storm"_s })
        QVERIFY(history.add(text));
    ComposePanel panel(m_workspace.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.promptEditor()->setPlainText(u"What I was writing"_s);

    panel.findChild<QToolButton *>(u"history"_s)->click();
    HistoryPopup *popup = panel.historyPopup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->list()->count(), 3);
    QTest::keyClicks(popup->filter(), u"lighthouse"_s);
    QCOMPARE(popup->list()->count(), 2);
    QCOMPARE(popup->list()->item(0)->data(Qt::UserRole).toString(), u"Lighthouse in a storm"_s);
    QTest::keyClick(popup->filter(), Qt::Key_Down);
    QTest::keyClick(popup->filter(), Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QCOMPARE(panel.promptEditor()->toPlainText(), u"Old lighthouse at night"_s);
    panel.promptEditor()->undo();
    QCOMPARE(panel.promptEditor()->toPlainText(), u"What I was writing"_s);

    popup->popup(panel.findChild<QToolButton *>(u"history"_s));
    QTest::keyClicks(popup->filter(), u"submarine"_s);
    QCOMPARE(popup->list()->count(), 1);
    QVERIFY(!(popup->list()->item(0)->flags() & Qt::ItemIsEnabled));
    QTest::keyClick(popup->filter(), Qt::Key_Return);
    QCOMPARE(panel.promptEditor()->toPlainText(), u"What I was writing"_s);
    popup->hide();
}

void TestComposePanel::altUpWalksTheHistory()
{
    PromptHistory history(m_workspace->database());
    QVERIFY(history.add(u"one"_s));
    QVERIFY(history.add(u"two\nsecond line"_s));
    ComposePanel panel(m_workspace.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    QPlainTextEdit *editor = panel.promptEditor();
    editor->setFocus();
    QTest::keyClicks(editor, u"draft"_s);

    QTest::keyClick(editor, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(editor->toPlainText(), u"two\nsecond line"_s);
    // The cursor is at the end (on the second line): Alt+Up there is an ordinary key, not a history step.
    QTest::keyClick(editor, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(editor->toPlainText(), u"two\nsecond line"_s);
    editor->moveCursor(QTextCursor::Start);
    QTest::keyClick(editor, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(editor->toPlainText(), u"one"_s);
    QTest::keyClick(editor, Qt::Key_Up, Qt::AltModifier); // nothing older
    QCOMPARE(editor->toPlainText(), u"one"_s);
    QTest::keyClick(editor, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(editor->toPlainText(), u"two\nsecond line"_s);
    QTest::keyClick(editor, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(editor->toPlainText(), u"draft"_s);
    QTest::keyClick(editor, Qt::Key_Down, Qt::AltModifier); // nothing newer than the draft
    QCOMPARE(editor->toPlainText(), u"draft"_s);
    // Every step was an undoable edit.
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->toPlainText(), u"two\nsecond line"_s);
}

void TestComposePanel::presetsRoundTrip()
{
    ComposePanel panel(m_workspace.get());
    auto *model = panel.findChild<QComboBox *>(u"model"_s);
    auto *size = panel.findChild<QComboBox *>(u"size"_s);
    auto *seconds = panel.findChild<QComboBox *>(u"seconds"_s);
    auto *variations = panel.findChild<QSpinBox *>(u"variations"_s);
    model->setCurrentText(u"sora-2-pro"_s);
    size->setCurrentText(u"1024x1792"_s);
    seconds->setCurrentText(u"8"_s);
    variations->setValue(3);
    panel.referenceSlot()->setFit(ReferenceFit::Crop);
    panel.promptEditor()->setPlainText(u"Subject: {subject}\nCamera: slow push in"_s);
    QCOMPARE(panel.savePreset(u"Vertical teaser"_s), QString());
    QVERIFY(panel.savePreset(u"  "_s).contains(u"name"_s));
    QCOMPARE(panel.presetNames(), QStringList { u"Vertical teaser"_s });

    // Stored in the library: another store over the same database sees it.
    const std::optional<ComposePreset> stored = PresetStore(m_workspace->database()).preset(u"Vertical teaser"_s);
    QVERIFY(stored);
    QCOMPARE(stored->size, u"1024x1792"_s);
    QCOMPARE(stored->variations, 3);
    QCOMPARE(stored->fit, ReferenceFit::Crop);

    model->setCurrentText(u"sora-2"_s);
    size->setCurrentText(u"1280x720"_s);
    variations->setValue(1);
    panel.referenceSlot()->setFit(ReferenceFit::Fit);
    panel.promptEditor()->setPlainText(u"Something else"_s);

    QMenu *menu = panel.presetsMenu();
    Q_EMIT menu->aboutToShow();
    QAction *apply = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == u"Vertical teaser"_s)
            apply = action;
    }
    QVERIFY(apply);
    apply->trigger();
    QCOMPARE(model->currentText(), u"sora-2-pro"_s);
    QCOMPARE(size->currentText(), u"1024x1792"_s);
    QCOMPARE(seconds->currentText(), u"8"_s);
    QCOMPARE(variations->value(), 3);
    QCOMPARE(panel.referenceSlot()->fit(), ReferenceFit::Crop);
    QCOMPARE(panel.promptEditor()->toPlainText(), u"Subject: {subject}\nCamera: slow push in"_s);
    panel.promptEditor()->undo();
    QCOMPARE(panel.promptEditor()->toPlainText(), u"Something else"_s);

    QCOMPARE(panel.renamePreset(u"Vertical teaser"_s, u"Teaser 9:16"_s), QString());
    QCOMPARE(panel.presetNames(), QStringList { u"Teaser 9:16"_s });
    QVERIFY(!panel.applyPreset(u"Vertical teaser"_s));
    QVERIFY(panel.message().contains(u"Vertical teaser"_s));
    // Through the menu and its (non-modal) name dialog.
    Q_EMIT menu->aboutToShow();
    QAction *saveAs = menu->findChild<QAction *>(u"savePreset"_s);
    QVERIFY(saveAs && saveAs->text().contains(u'&'));
    saveAs->trigger();
    auto *dialog = panel.findChild<QInputDialog *>();
    QVERIFY(dialog);
    dialog->setTextValue(u"From the dialog"_s);
    dialog->accept();
    QCOMPARE(panel.presetNames(), (QStringList { u"From the dialog"_s, u"Teaser 9:16"_s }));
    QCOMPARE(PresetStore(m_workspace->database()).preset(u"From the dialog"_s)->size, u"1024x1792"_s);
    QCOMPARE(panel.deletePreset(u"From the dialog"_s), QString());
    QCOMPARE(panel.deletePreset(u"Teaser 9:16"_s), QString());
    QVERIFY(panel.presetNames().isEmpty());
    Q_EMIT menu->aboutToShow();
    QVERIFY(!menu->actions().isEmpty());
    QVERIFY(!menu->actions().constFirst()->isEnabled()); // "No presets yet"
}

void TestComposePanel::layoutIsSane()
{
    ComposePanel panel(m_workspace.get());
    panel.resize(380, 860);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.size(), QSize(380, 860));
    const QRect editor = panel.promptEditor()->geometry();
    QVERIFY2(editor.height() >= 120 && editor.height() <= 430, qPrintable(QString::number(editor.height())));
    const auto *generate = panel.findChild<QPushButton *>(u"generate"_s);
    const QRect button = generate->geometry();
    QVERIFY(button.height() >= 30);
    QVERIFY2(button.bottom() >= panel.height() - 20, qPrintable(QString::number(button.bottom()))); // at the bottom
    QVERIFY(panel.findChild<QLabel *>(u"cost"_s)->geometry().bottom() <= button.top());
    // The settings sit below the editor, the preview below them; nothing spills out of the panel.
    QVERIFY(panel.findChild<QComboBox *>(u"model"_s)->mapTo(&panel, QPoint()).y() > editor.bottom());
    QVERIFY(panel.aspectPreview()->mapTo(&panel, QPoint()).y()
        > panel.findChild<QComboBox *>(u"size"_s)->mapTo(&panel, QPoint()).y());
    QVERIFY(panel.aspectPreview()->height() >= 80);
    const QList<QWidget *> children = panel.findChildren<QWidget *>();
    for (const QWidget *child : children) {
        if (!child->isVisible() || child->isWindow() || child->parentWidget() != &panel)
            continue;
        const QRect r(child->mapTo(&panel, QPoint()), child->size());
        QVERIFY2(panel.rect().contains(r), qPrintable(child->objectName()));
    }
    // The five-element strip sits right under the editor and follows what is typed.
    QVERIFY(panel.elementStripArea());
    QCOMPARE(panel.elementStripArea()->count(), 1);
    auto *strip = panel.findChild<ElementStrip *>(u"elementStrip"_s);
    QVERIFY(strip);
    panel.promptEditor()->setPlainText(u"Subject: a red fox. Camera: slow dolly-in, golden hour backlight."_s);
    QVERIFY(strip->presentCount() >= 2);
    const auto *count = panel.findChild<QLabel *>(u"promptCount"_s);
    QTRY_VERIFY(strip->isVisible() && strip->mapTo(&panel, QPoint()).y() < count->mapTo(&panel, QPoint()).y());
    QVERIFY(strip->mapTo(&panel, QPoint()).y() > panel.promptEditor()->geometry().bottom());
    QVERIFY(strip->mapTo(&panel, QPoint()).y() < panel.findChild<QComboBox *>(u"model"_s)->mapTo(&panel, QPoint()).y());
}

void TestComposePanel::everyControlIsNamedAndReachable()
{
    ComposePanel panel(m_workspace.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    QStringList chain;
    QWidget *start = panel.findChild<QComboBox *>(u"profile"_s);
    QWidget *w = start;
    do {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && w->window() == &panel) {
            QVERIFY2(!w->accessibleName().isEmpty(),
                qPrintable(w->objectName() + u' ' + QString::fromLatin1(w->metaObject()->className()) + u' '
                    + QString::fromLatin1(w->parentWidget()->metaObject()->className())));
            if (!w->objectName().isEmpty() && !w->objectName().startsWith(u"qt_"_s))
                chain << w->objectName();
        }
        w = w->nextInFocusChain();
    } while (w && w != start);
    const QStringList expectedOrder { u"profile"_s, u"history"_s, u"presets"_s, u"characters"_s, u"prompt"_s,
        u"model"_s, u"size"_s, u"seconds"_s, u"variations"_s, u"aspectPreview"_s, u"referenceBrowse"_s,
        u"referencePaste"_s, u"referenceFit"_s, u"referenceCrop"_s, u"generate"_s };
    qsizetype last = -1;
    for (const QString &name : expectedOrder) {
        const qsizetype at = chain.indexOf(name);
        QVERIFY2(at > last, qPrintable(name + u" in "_s + chain.join(u", "_s)));
        last = at;
    }
    // Every button and label buddy has a mnemonic.
    for (const QString &name : { u"history"_s, u"presets"_s, u"characters"_s, u"generate"_s, u"referenceBrowse"_s,
             u"referencePaste"_s, u"referenceClear"_s, u"referenceFit"_s, u"referenceCrop"_s }) {
        const auto *button = panel.findChild<QAbstractButton *>(name);
        QVERIFY2(button && button->text().contains(u'&'), qPrintable(name));
    }
    for (const QLabel *label : panel.findChildren<QLabel *>()) {
        if (label->buddy())
            QVERIFY2(label->text().contains(u'&'), qPrintable(label->text()));
    }
    QVERIFY(panel.findChild<QLabel *>(u"referenceNote"_s)->text().contains(u"faces"_s));
    QVERIFY(panel.findChild<QLabel *>(u"referenceNote"_s)->isVisible());
}

void TestComposePanel::settingsAndDraftAreRestored()
{
    {
        ComposePanel panel(m_workspace.get());
        panel.setCurrentProfile(u"openai"_s);
        panel.findChild<QComboBox *>(u"model"_s)->setCurrentText(u"sora-2-pro"_s);
        panel.findChild<QComboBox *>(u"size"_s)->setCurrentText(u"1024x1792"_s);
        panel.findChild<QComboBox *>(u"seconds"_s)->setCurrentText(u"8"_s);
        panel.findChild<QSpinBox *>(u"variations"_s)->setValue(2);
        panel.referenceSlot()->setFit(ReferenceFit::Crop);
        panel.promptEditor()->setPlainText(u"Not sent yet"_s);
    }
    ComposePanel panel(m_workspace.get());
    QCOMPARE(panel.currentProfile(), u"openai"_s);
    QCOMPARE(panel.findChild<QComboBox *>(u"model"_s)->currentText(), u"sora-2-pro"_s);
    QCOMPARE(panel.findChild<QComboBox *>(u"size"_s)->currentText(), u"1024x1792"_s);
    QCOMPARE(panel.findChild<QComboBox *>(u"seconds"_s)->currentText(), u"8"_s);
    QCOMPARE(panel.findChild<QSpinBox *>(u"variations"_s)->value(), 2);
    QCOMPARE(panel.referenceSlot()->fit(), ReferenceFit::Crop);
    QCOMPARE(panel.aspectPreview()->frameSize(), QSize(1024, 1792));
    QCOMPARE(panel.promptEditor()->toPlainText(), u"Not sent yet"_s);
}

QString TestComposePanel::writeFile(const QString &name, const QByteArray &bytes) const
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

QAction *TestComposePanel::menuAction(QMenu *menu, const QString &objectName, const QString &text)
{
    Q_EMIT menu->aboutToShow();
    for (QAction *action : menu->actions()) {
        if ((!objectName.isEmpty() && action->objectName() == objectName)
            || (!text.isEmpty() && action->text() == text))
            return action;
    }
    return nullptr;
}

QString TestComposePanel::addCharacter(ComposePanel &panel, const QString &name)
{
    CharacterPicker *picker = panel.characterPicker();
    const QString mp4 = writeFile(name + u".mp4"_s, TestVideos::mp4(3000));
    if (mp4.isEmpty())
        return {};
    int asked = 0;
    picker->setAsker(
        [&](const QString &path, const QString &, std::function<void(const CharacterPicker::Upload &)> done) {
            ++asked;
            if (path.isEmpty()) // Add from File… asks for the file too
                done({ name, mp4 });
        });
    QAction *add = menuAction(picker->menu(), u"addCharacterFromFile"_s);
    if (!add || !add->isEnabled())
        return {};
    add->trigger();
    if (asked != 1 || !QTest::qWaitFor([picker] { return !picker->isBusy(); }, 10000) || picker->statusIsProblem()) {
        qWarning() << "adding" << name << "failed:" << picker->statusText();
        return {};
    }
    for (const CharacterRecord &c : m_workspace->library()->characters(u"demo"_s)) {
        if (c.name == name)
            return c.characterId;
    }
    return {};
}

void TestComposePanel::charactersGoWithTheTake()
{
    ComposePanel panel(m_workspace.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    Mock::MockServer *server = m_workspace->demoServer();
    CharacterPicker *picker = panel.characterPicker();
    QCOMPARE(panel.findChild<QToolButton *>(u"characters"_s)->menu(), picker->menu());
    QAction *none = menuAction(picker->menu(), {}, u"No characters for this provider yet"_s);
    QVERIFY(none && !none->isEnabled());

    // Not an MP4: refused next to the characters, before anything is sent.
    const QString text = writeFile(u"notes.mp4"_s, "just words, no video");
    QVERIFY(!text.isEmpty());
    QVERIFY(!picker->add(u"Mia"_s, text));
    QVERIFY(picker->statusIsProblem());
    QVERIFY(!picker->statusText().isEmpty());
    QCOMPARE(server->requestCount(u"POST /videos/characters"_s), 0);

    // A three-second MP4 through Add from File…: kept in the library and chosen for the next take.
    const QString mia = addCharacter(panel, u"Mia"_s);
    QVERIFY(!mia.isEmpty());
    QCOMPARE(server->requestCount(u"POST /videos/characters"_s), 1);
    const std::optional<CharacterRecord> record = m_workspace->library()->character(u"demo"_s, mia);
    QVERIFY(record);
    QVERIFY(record->sourcePath.endsWith(u"Mia.mp4"_s));
    QCOMPARE(picker->chosenIds(), QStringList { mia });
    QVERIFY(picker->statusText().contains(mia));
    QVERIFY(panel.findChild<QLabel *>(u"chosenCharacters"_s)->text().contains(u"Mia"_s));
    QCOMPARE(panel.highlighter()->characterNames(), QStringList { u"Mia"_s });
    QAction *use = menuAction(picker->menu(), {}, u"Mia"_s);
    QVERIFY(use && use->isCheckable() && use->isChecked());

    // A prompt that does not name her is refused by the engine; the message says so, the prompt stays.
    JobEngine *engine = m_workspace->engine();
    QSignalSpy submitted(&panel, &ComposePanel::submitted);
    QSignalSpy added(engine, &JobEngine::jobAdded);
    panel.promptEditor()->setPlainText(u"walks along the pier at dusk"_s);
    panel.generate();
    QTRY_VERIFY(!panel.message().isEmpty());
    QVERIFY2(panel.message().contains(u"'Mia'"_s), qPrintable(panel.message()));
    QCOMPARE(submitted.size(), 0);
    QCOMPARE(added.size(), 0);
    QCOMPARE(panel.promptEditor()->toPlainText(), u"walks along the pier at dusk"_s);
    QCOMPARE(server->requestCount(u"POST /videos"_s), 0);

    // Insert Name puts it at the cursor, apart from the next word, and the highlighter marks it.
    QTextCursor cursor = panel.promptEditor()->textCursor();
    cursor.movePosition(QTextCursor::Start);
    panel.promptEditor()->setTextCursor(cursor);
    auto *insert = picker->menu()->findChild<QMenu *>(u"insertCharacterName"_s);
    QVERIFY(insert && insert->isEnabled());
    QCOMPARE(insert->actions().size(), 1);
    insert->actions().constFirst()->trigger();
    QCOMPARE(panel.promptEditor()->toPlainText(), u"Mia walks along the pier at dusk"_s);
    const QTextBlock block = panel.promptEditor()->document()->firstBlock();
    bool marked = false;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.start == 0 && range.length >= 3 && range.format.fontWeight() == QFont::Bold
            && range.format.background() == panel.highlighter()->characterFormat().background())
            marked = true;
        if (range.start >= 3) // only the name is marked
            QVERIFY(range.format.background() != panel.highlighter()->characterFormat().background());
    }
    QVERIFY(marked);

    // Now it goes: the character's id with the create, and the demo server renders it.
    panel.generate();
    QTRY_COMPARE(submitted.size(), 1);
    const qint64 jobId = submitted.at(0).at(0).value<QList<qint64>>().constFirst();
    QCOMPARE(engine->job(jobId)->request.characters, QStringList { mia });
    QTRY_VERIFY_WITH_TIMEOUT(engine->job(jobId)->state == JobState::Completed, 30000);
    QCOMPARE(server->requestCount(u"POST /videos"_s), 1);
}

void TestComposePanel::atMostTwoCharacters()
{
    ComposePanel panel(m_workspace.get());
    CharacterPicker *picker = panel.characterPicker();
    const QString mia = addCharacter(panel, u"Mia"_s);
    const QString leo = addCharacter(panel, u"Leo"_s);
    const QString ana = addCharacter(panel, u"Ana"_s);
    QVERIFY(!mia.isEmpty() && !leo.isEmpty() && !ana.isEmpty());
    // The first two were chosen as they came; the third waits for room.
    QCOMPARE(picker->chosenIds(), QStringList({ mia, leo }));
    QAction *anaAction = menuAction(picker->menu(), {}, u"Ana"_s);
    QVERIFY(anaAction && !anaAction->isEnabled() && !anaAction->isChecked());
    QVERIFY(!picker->setChosen(ana, true));
    QVERIFY(picker->statusIsProblem());
    QCOMPARE(picker->chosenIds(), QStringList({ mia, leo }));
    // Dropping one makes room.
    menuAction(picker->menu(), {}, u"Leo"_s)->trigger();
    QCOMPARE(picker->chosenIds(), QStringList { mia });
    QVERIFY(!picker->statusIsProblem());
    QVERIFY(picker->setChosen(ana, true));
    QCOMPARE(panel.highlighter()->characterNames(), QStringList({ u"Mia"_s, u"Ana"_s }));
    // Only the library's characters of this provider can be chosen.
    QVERIFY(!picker->setChosen(u"char_unknown"_s, true));
    QCOMPARE(picker->chosenIds(), QStringList({ mia, ana }));
}

QTEST_MAIN(TestComposePanel)
#include "tst_composepanel.moc"
