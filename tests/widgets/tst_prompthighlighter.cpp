// SPDX-License-Identifier: GPL-3.0-or-later
// The prompt editor's highlighter on a real document (formats per block, state across blocks, palette changes) and
// the five-element strip (chip states, hints, accessibility, fitting the compose panel's width).
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QVBoxLayout>

#include "widgets/elementstrip.h"
#include "widgets/prompthighlighter.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

namespace
{

/// The format applied to `text` in `block` (the range that starts where `text` does), or an empty format.
QTextCharFormat formatAt(const QTextBlock &block, const QString &text)
{
    const int start = int(block.text().indexOf(text));
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.start <= start && range.start + range.length >= start + text.size())
            return range.format;
    }
    return {};
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1d, 0x20));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x70));
    return p;
}

/// WCAG contrast ratio between two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

} // namespace

class TestPromptHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsPerBlock()
    {
        if (PromptHighlighter::usesKSyntaxHighlighting())
            QSKIP("built against KSyntaxHighlighting: its theme decides the formats");
        QPlainTextEdit editor;
        auto *highlighter = new PromptHighlighter(editor.document());
        editor.setPlainText(u"Camera: slow dolly-in\nAvoid: neon \\\nflicker\n{subject} at golden hour"_s);
        const QTextDocument *doc = editor.document();

        const QTextBlock camera = doc->findBlockByNumber(0);
        QCOMPARE(formatAt(camera, u"Camera:"_s).fontWeight(), int(QFont::Bold));
        QCOMPARE(formatAt(camera, u"dolly-in"_s).foreground(), highlighter->charFormat(u"Camera Term"_s).foreground());
        QVERIFY(formatAt(camera, u"slow"_s).properties().isEmpty()); // plain text keeps the editor's format

        // The Avoid section continues on the next block through the backslash: its state crosses blocks.
        const QTextBlock continued = doc->findBlockByNumber(2);
        QVERIFY(formatAt(continued, u"flicker"_s).fontItalic());
        const QTextBlock last = doc->findBlockByNumber(3);
        QCOMPARE(formatAt(last, u"{subject}"_s).background(), highlighter->charFormat(u"Placeholder"_s).background());
        QCOMPARE(
            formatAt(last, u"golden hour"_s).foreground(), highlighter->charFormat(u"Lighting Term"_s).foreground());

        // Removing the backslash ends the section; the next block is highlighted again.
        QTextCursor cursor(doc->findBlockByNumber(1));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.deletePreviousChar();
        QVERIFY(formatAt(doc->findBlockByNumber(2), u"flicker"_s).properties().isEmpty());
        cursor.insertText(u"\\"_s);
        QVERIFY(formatAt(doc->findBlockByNumber(2), u"flicker"_s).fontItalic());
    }

    void readableInLightAndDark_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void readableInLightAndDark()
    {
        QFETCH(QPalette, palette);
        QPlainTextEdit editor;
        auto *highlighter = new PromptHighlighter(editor.document());
        highlighter->updatePalette(palette);
        const QColor base = palette.color(QPalette::Base);
        for (const QString &item : { u"Camera Term"_s, u"Lighting Term"_s, u"Style Term"_s, u"Placeholder"_s,
                 u"Dialogue"_s, u"Timing"_s, u"Camera Label"_s }) {
            const QColor fg = highlighter->charFormat(item).foreground().color();
            QVERIFY2(contrast(fg, base) >= 3.0, qPrintable(u"%1: contrast %2"_s.arg(item).arg(contrast(fg, base))));
        }
        QVERIFY(highlighter->charFormat(u"Too Long"_s).background().style() != Qt::NoBrush);
        QVERIFY(highlighter->charFormat(u"Normal Text"_s).properties().isEmpty());
    }

    void followsTheEditorsPalette()
    {
        QPlainTextEdit editor;
        editor.setPalette(lightPalette());
        auto *highlighter = new PromptHighlighter(editor.document());
        const QColor onLight = highlighter->charFormat(u"Camera Term"_s).foreground().color();
        editor.setPalette(darkPalette());
        const QColor onDark = highlighter->charFormat(u"Camera Term"_s).foreground().color();
        QVERIFY2(onLight.lightnessF() < 0.5 && onDark.lightnessF() > 0.5,
            qPrintable(u"%1 %2"_s.arg(onLight.name(), onDark.name())));
    }

    void stripStates()
    {
        ElementStrip strip;
        QCOMPARE(strip.presentCount(), 0);
        QCOMPARE(strip.results().size(), PromptCheck::kElementCount);
        strip.setPrompt(u"Subject: a heron\nCamera: slow dolly-in"_s);
        QCOMPARE(strip.presentCount(), 2);

        const QList<QWidget *> chips = strip.findChildren<QWidget *>(QRegularExpression(u"^elementChip\\d$"_s));
        QCOMPARE(chips.size(), PromptCheck::kElementCount);
        const QList<bool> expected { true, false, false, true, false };
        for (int i = 0; i < chips.size(); ++i) {
            QWidget *chip = strip.findChild<QWidget *>(u"elementChip%1"_s.arg(i));
            QVERIFY(chip);
            QCOMPARE(chip->property("present").toBool(), expected.at(i));
            const QString name = PromptCheck::elementName(PromptCheck::Element(i));
            QCOMPARE(chip->accessibleName(), expected.at(i) ? name + u": present"_s : name + u": missing"_s);
            QCOMPARE(chip->accessibleDescription(), strip.results().at(i).hint);
            QCOMPARE(chip->toolTip(), strip.results().at(i).hint);
        }
        QVERIFY(strip.toolTip().startsWith(u"2 of 5 elements covered."_s));
        QVERIFY(strip.accessibleDescription().contains(strip.results().at(2).hint));
        QCOMPARE(strip.focusPolicy(), Qt::TabFocus);
        QVERIFY(!strip.accessibleName().isEmpty());

        strip.setPrompt(QString());
        QCOMPARE(strip.presentCount(), 0);
        QCOMPARE(chips.first()->property("present").toBool(), false);
    }

    void stripFitsTheComposePanel_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void stripFitsTheComposePanel()
    {
        QFETCH(QPalette, palette);
        QWidget panel;
        panel.setPalette(palette);
        auto *layout = new QVBoxLayout(&panel);
        auto *editor = new QPlainTextEdit(&panel);
        auto *strip = new ElementStrip(&panel);
        layout->addWidget(editor);
        layout->addWidget(strip);
        new PromptHighlighter(editor->document());
        QObject::connect(editor, &QPlainTextEdit::textChanged, strip,
            [editor, strip]() { strip->setPrompt(editor->toPlainText()); });
        editor->setPlainText(
            u"Subject: an old fisherman in a yellow raincoat\nAction: hauls a net, smiles at {child} and "
            u"says \"Home.\"\nScene: a rainy harbour at dawn, 4s\nCamera: slow dolly-in, 35mm, shallow "
            u"depth of field\nLighting: soft window light, warm backlight\nAvoid: neon, text overlays"_s);
        panel.resize(380, 260);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(strip->presentCount(), 4);
        const QImage image = panel.grab().toImage();
        QVERIFY(!image.isNull());
        if (const QString dir = qEnvironmentVariable("DAILIES_TEST_SNAPSHOTS"); !dir.isEmpty())
            image.save(dir + u"/prompt-%1.png"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        int needed = 0;
        for (QWidget *chip : strip->findChildren<QWidget *>(QRegularExpression(u"^elementChip\\d$"_s)))
            needed += chip->sizeHint().width();
        qDebug() << "chips need" << needed << "px of" << strip->width();
        // Every chip gets at least its full label at the compose panel's narrowest width.
        for (int i = 0; i < PromptCheck::kElementCount; ++i) {
            QWidget *chip = strip->findChild<QWidget *>(u"elementChip%1"_s.arg(i));
            QVERIFY2(chip->width() >= chip->sizeHint().width(),
                qPrintable(u"chip %1: %2 < %3"_s.arg(i).arg(chip->width()).arg(chip->sizeHint().width())));
        }
    }
};

QTEST_MAIN(TestPromptHighlighter)
#include "tst_prompthighlighter.moc"
