// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in reader of KSyntaxHighlighting definitions: every rule on small inline definitions, context switches
// across lines, bad definitions named by line and column, and the shipped prompt language on real prompts.
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/prompt/syntaxdefinition.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

namespace
{

/// A whole definition around `contexts`; formats Normal, A, B and C.
QByteArray definition(const QString &contexts, const QString &lists = {}, const QString &general = {})
{
    return u"<?xml version='1.0' encoding='UTF-8'?>\n"
           u"<language name='Test' section='Other' extensions='*.t' version='1' kateversion='5.0'>\n"
           u"  <highlighting>%1\n"
           u"    <contexts>%2</contexts>\n"
           u"    <itemDatas>\n"
           u"      <itemData name='Normal' defStyleNum='dsNormal'/>\n"
           u"      <itemData name='A' defStyleNum='dsKeyword'/>\n"
           u"      <itemData name='B' defStyleNum='dsString'/>\n"
           u"      <itemData name='C' defStyleNum='dsComment' bold='true'/>\n"
           u"    </itemDatas>\n"
           u"  </highlighting>\n"
           u"  <general>%3</general>\n"
           u"</language>\n"_s.arg(lists, contexts, general)
               .toUtf8();
}

/// Each line as "Format{text} Format{text}", highlighted in order with the state carried over.
QStringList render(const SyntaxDefinition &def, const QStringList &lines)
{
    QStringList out;
    SyntaxDefinition::State state;
    for (const QString &line : lines) {
        const SyntaxDefinition::LineResult r = def.highlightLine(line, state);
        QStringList parts;
        int covered = 0;
        for (const SyntaxDefinition::Span &s : r.spans) {
            if (s.start != covered)
                parts << u"GAP"_s;
            covered = s.start + s.length;
            parts << u"%1{%2}"_s.arg(def.formats().at(s.format).name, line.mid(s.start, s.length));
        }
        if (covered != line.size())
            parts << u"SHORT"_s;
        out << parts.join(u' ');
        state = r.state;
    }
    return out;
}

} // namespace

class TestSyntaxDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("contexts");
        QTest::addColumn<QString>("lists");
        QTest::addColumn<QString>("general");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("expected");

        const auto main = [](const QString &rules, const QString &more = {}) {
            return u"<context name='main' attribute='Normal' lineEndContext='#stay'>%1</context>%2"_s.arg(rules, more);
        };
        QTest::newRow("DetectChar") << main(u"<DetectChar attribute='A' char='x'/>"_s) << QString() << QString()
                                    << QStringList { u"axb"_s } << QStringList { u"Normal{a} A{x} Normal{b}"_s };
        QTest::newRow("Detect2Chars") << main(u"<Detect2Chars attribute='A' char='/' char1='*'/>"_s) << QString()
                                      << QString() << QStringList { u"a/*/b"_s }
                                      << QStringList { u"Normal{a} A{/*} Normal{/b}"_s };
        QTest::newRow("AnyChar merges runs")
            << main(u"<AnyChar attribute='A' String='+-'/>"_s) << QString() << QString() << QStringList { u"a+-b"_s }
            << QStringList { u"Normal{a} A{+-} Normal{b}"_s };
        QTest::newRow("StringDetect insensitive")
            << main(u"<StringDetect attribute='A' String='hello' insensitive='true'/>"_s) << QString() << QString()
            << QStringList { u"say HeLLo!"_s } << QStringList { u"Normal{say } A{HeLLo} Normal{!}"_s };
        QTest::newRow("StringDetect case")
            << main(u"<StringDetect attribute='A' String='hello'/>"_s) << QString() << QString()
            << QStringList { u"HeLLo hello"_s } << QStringList { u"Normal{HeLLo } A{hello}"_s };
        QTest::newRow("WordDetect") << main(u"<WordDetect attribute='A' String='cat'/>"_s) << QString() << QString()
                                    << QStringList { u"cat concat cats cat."_s }
                                    << QStringList { u"A{cat} Normal{ concat cats } A{cat} Normal{.}"_s };
        QTest::newRow("RegExpr") << main(u"<RegExpr attribute='A' String='[0-9]+'/>"_s) << QString() << QString()
                                 << QStringList { u"a12b3"_s } << QStringList { u"Normal{a} A{12} Normal{b} A{3}"_s };
        QTest::newRow("RegExpr minimal") << main(u"<RegExpr attribute='A' String='x.*y' minimal='true'/>"_s)
                                         << QString() << QString() << QStringList { u"x1y2y"_s }
                                         << QStringList { u"A{x1y} Normal{2y}"_s };
        QTest::newRow("RegExpr insensitive")
            << main(u"<RegExpr attribute='A' String='dolly' insensitive='true'/>"_s) << QString() << QString()
            << QStringList { u"DOLLY"_s } << QStringList { u"A{DOLLY}"_s };
        QTest::newRow("RegExpr caret is the line start")
            << main(u"<DetectChar attribute='B' char='-'/><RegExpr attribute='A' String='^\\w+'/>"_s) << QString()
            << QString() << QStringList { u"ab-cd"_s } << QStringList { u"A{ab} B{-} Normal{cd}"_s };
        QTest::newRow("column") << main(u"<RegExpr attribute='A' String='\\w+' column='2'/>"_s) << QString()
                                << QString() << QStringList { u"abcd"_s } << QStringList { u"Normal{ab} A{cd}"_s };
        QTest::newRow("firstNonSpace") << main(u"<DetectChar attribute='A' char='#' firstNonSpace='true'/>"_s)
                                       << QString() << QString() << QStringList { u"  # a #"_s }
                                       << QStringList { u"Normal{  } A{#} Normal{ a #}"_s };
        QTest::newRow("lookAhead") << main(u"<DetectChar char='b' lookAhead='true' context='other'/>"_s,
            u"<context name='other' attribute='B' lineEndContext='#pop'/>"_s)
                                   << QString() << QString() << QStringList { u"abc"_s, u"b"_s }
                                   << QStringList { u"Normal{a} B{bc}"_s, u"B{b}"_s };
        QTest::newRow("keyword case-sensitive by default")
            << main(u"<keyword attribute='A' String='kw'/>"_s) << u"<list name='kw'><item>Cat</item></list>"_s
            << QString() << QStringList { u"Cat cat"_s } << QStringList { u"A{Cat} Normal{ cat}"_s };
        QTest::newRow("keyword casesensitive=0")
            << main(u"<keyword attribute='A' String='kw'/>"_s) << u"<list name='kw'><item>Cat</item></list>"_s
            << u"<keywords casesensitive='0'/>"_s << QStringList { u"Cat cat"_s }
            << QStringList { u"A{Cat} Normal{ } A{cat}"_s };
        QTest::newRow("keyword not inside a word")
            << main(u"<keyword attribute='A' String='kw'/>"_s) << u"<list name='kw'><item>cat</item></list>"_s
            << QString() << QStringList { u"concat cat"_s } << QStringList { u"Normal{concat } A{cat}"_s };
        QTest::newRow("keyword weakDeliminator")
            << main(u"<keyword attribute='A' String='kw'/>"_s)
            << u"<list name='kw'><item>close-up</item><item>up</item></list>"_s << u"<keywords weakDeliminator='-'/>"_s
            << QStringList { u"a close-up"_s } << QStringList { u"Normal{a } A{close-up}"_s };
        QTest::newRow("keyword without weakDeliminator")
            << main(u"<keyword attribute='A' String='kw'/>"_s)
            << u"<list name='kw'><item>close-up</item><item>up</item></list>"_s << QString()
            << QStringList { u"a close-up"_s } << QStringList { u"Normal{a close-} A{up}"_s };
        QTest::newRow("keyword additionalDeliminator")
            << main(u"<keyword attribute='A' String='kw'/>"_s) << u"<list name='kw'><item>cat</item></list>"_s
            << u"<keywords additionalDeliminator='&quot;'/>"_s << QStringList { u"\"cat\""_s }
            << QStringList { u"Normal{\"} A{cat} Normal{\"}"_s };
        QTest::newRow("keyword list include")
            << main(u"<keyword attribute='A' String='all'/>"_s)
            << u"<list name='pets'><item>cat</item></list><list name='all'><item>dog</item><include>pets</include></list>"_s
            << QString() << QStringList { u"dog cat"_s } << QStringList { u"A{dog} Normal{ } A{cat}"_s };
        QTest::newRow("DetectSpaces") << main(u"<DetectSpaces attribute='A'/>"_s) << QString() << QString()
                                      << QStringList { u"a  b"_s } << QStringList { u"Normal{a} A{  } Normal{b}"_s };
        QTest::newRow("DetectIdentifier")
            << main(u"<DetectIdentifier attribute='A'/>"_s) << QString() << QString() << QStringList { u"1 ab_2+"_s }
            << QStringList { u"Normal{1 } A{ab_2} Normal{+}"_s };
        QTest::newRow("RangeDetect") << main(u"<RangeDetect attribute='A' char='[' char1=']'/>"_s) << QString()
                                     << QString() << QStringList { u"a[b]c["_s }
                                     << QStringList { u"Normal{a} A{[b]} Normal{c[}"_s };
        QTest::newRow("Int") << main(u"<Int attribute='A'/>"_s) << QString() << QString() << QStringList { u"x1 22"_s }
                             << QStringList { u"Normal{x1 } A{22}"_s };

        const QString quote = main(u"<DetectChar attribute='B' char='&quot;' context='str'/>"_s,
            u"<context name='str' attribute='B' lineEndContext='#pop'>\n"
            u"                  <LineContinue attribute='C' context='#stay'/>\n"
            u"                  <DetectChar attribute='B' char='&quot;' context='#pop'/>\n"
            u"                </context>"_s);
        QTest::newRow("lineEndContext #pop")
            << quote << QString() << QString() << QStringList { u"a \"b"_s, u"c\" d"_s }
            << QStringList { u"Normal{a } B{\"b}"_s, u"Normal{c} B{\" d}"_s };
        QTest::newRow("LineContinue keeps the context")
            << quote << QString() << QString() << QStringList { u"a \"b\\"_s, u"c\" d"_s, u"e"_s }
            << QStringList { u"Normal{a } B{\"b} C{\\}"_s, u"B{c\"} Normal{ d}"_s, u"Normal{e}"_s };
        QTest::newRow("LineContinue only at the end")
            << quote << QString() << QString() << QStringList { u"\"a\\b"_s, u"c"_s }
            << QStringList { u"B{\"a\\b}"_s, u"Normal{c}"_s };

        QTest::newRow("#pop!Name and the new context's attribute")
            << main(u"<DetectChar attribute='A' char='(' context='p1'/>"_s,
                   u"<context name='p1' attribute='A' lineEndContext='#pop'><DetectChar char=')' "
                   u"context='#pop!p2'/></context>\n"
                   u"                       <context name='p2' attribute='B' lineEndContext='#pop'/>"_s)
            << QString() << QString() << QStringList { u"x(y)z"_s, u"w"_s }
            << QStringList { u"Normal{x} A{(y} B{)z}"_s, u"Normal{w}"_s };
        QTest::newRow("#pop#pop") << main(u"<DetectChar attribute='A' char='[' context='one'/>"_s,
            u"<context name='one' attribute='A'><DetectChar attribute='B' char='{' context='two'/></context>\n"
            u"                       <context name='two' attribute='B'><DetectChar attribute='C' char=']' context='#pop#pop'/></context>"_s)
                                  << QString() << QString() << QStringList { u"a[b{c]d"_s }
                                  << QStringList { u"Normal{a} A{[b} B{{c} C{]} Normal{d}"_s };
        QTest::newRow("#pop of the initial context is harmless")
            << main(u"<DetectChar attribute='A' char='x' context='#pop#pop'/>"_s) << QString() << QString()
            << QStringList { u"axb"_s, u"c"_s } << QStringList { u"Normal{a} A{x} Normal{b}"_s, u"Normal{c}"_s };
        QTest::newRow("fallthroughContext") << main(u"<DetectChar char=':' context='value'/>"_s,
            u"<context name='value' attribute='B' fallthroughContext='#pop'><RegExpr attribute='C' String='\\d+'/></context>"_s)
                                            << QString() << QString() << QStringList { u"a:12b"_s }
                                            << QStringList { u"Normal{a} B{:} C{12} Normal{b}"_s };
        QTest::newRow("lineEmptyContext") << main(u"<DetectChar attribute='A' char='[' context='sec'/>"_s,
            u"<context name='sec' attribute='A' lineEndContext='#stay' lineEmptyContext='#pop'/>"_s)
                                          << QString() << QString() << QStringList { u"x["_s, u"in"_s, u""_s, u"out"_s }
                                          << QStringList { u"Normal{x} A{[}"_s, u"A{in}"_s, u""_s, u"Normal{out}"_s };
        QTest::newRow("empty line uses lineEndContext")
            << quote << QString() << QString() << QStringList { u"\"a\\"_s, u""_s, u"b"_s }
            << QStringList { u"B{\"a} C{\\}"_s, u""_s, u"Normal{b}"_s };
        QTest::newRow("IncludeRules") << main(u"<IncludeRules context='common'/><DetectChar attribute='B' char='y'/>"_s,
            u"<context name='common' attribute='C'><DetectChar attribute='A' char='x'/></context>"_s)
                                      << QString() << QString() << QStringList { u"xyz"_s }
                                      << QStringList { u"A{x} B{y} Normal{z}"_s };
        QTest::newRow("IncludeRules includeAttrib")
            << main(u"<IncludeRules context='common' includeAttrib='true'/>"_s,
                   u"<context name='common' attribute='C'><DetectChar attribute='A' char='x'/></context>"_s)
            << QString() << QString() << QStringList { u"xz"_s } << QStringList { u"A{x} C{z}"_s };
    }

    void rules()
    {
        QFETCH(QString, contexts);
        QFETCH(QString, lists);
        QFETCH(QString, general);
        QFETCH(QStringList, lines);
        QFETCH(QStringList, expected);
        const SyntaxDefinition def = SyntaxDefinition::fromData(definition(contexts, lists, general));
        QVERIFY2(def.isValid(), qPrintable(def.errorString()));
        QCOMPARE(def.warnings(), QStringList {});
        QCOMPARE(render(def, lines), expected);
    }

    void formatsAndState()
    {
        const SyntaxDefinition def = SyntaxDefinition::fromData(definition(
            u"<context name='main' attribute='Normal'><DetectChar attribute='A' char='(' context='in'/></context>\n"
            u"                <context name='in' attribute='A'><DetectChar attribute='A' char=')' context='#pop'/></context>"_s));
        QVERIFY(def.isValid());
        QCOMPARE(def.name(), u"Test"_s);
        QCOMPARE(def.contextNames(), (QStringList { u"main"_s, u"in"_s }));
        QCOMPARE(def.formats().size(), 4);
        QCOMPARE(def.formatIndex(u"C"_s), 3);
        QCOMPARE(def.formatIndex(u"nope"_s), -1);
        QCOMPARE(def.formats().at(3).style, SyntaxDefinition::DefaultStyle::Comment);
        QCOMPARE(def.formats().at(3).bold, std::optional<bool>(true));
        QCOMPARE(def.formats().at(1).bold, std::optional<bool>());

        // The initial state is the empty one; an open context is carried to the next line and closed there.
        const auto open = def.highlightLine(u"a(b"_s);
        QCOMPARE(open.state.contexts, (QList<int> { 0, 1 }));
        const auto closed = def.highlightLine(u"c)d"_s, open.state);
        QCOMPARE(closed.state, SyntaxDefinition::State {});
        QCOMPARE(
            closed.spans, (QList<SyntaxDefinition::Span> { { 0, 2, 1 }, { 2, 1, 0 } })); // "c)" in A, "d" in Normal
        // A state from elsewhere (out of range) is treated as the initial state.
        QCOMPARE(def.highlightLine(u"x"_s, SyntaxDefinition::State { { 7 } }).spans,
            (QList<SyntaxDefinition::Span> { { 0, 1, 0 } }));
        QVERIFY(def.highlightLine(QString()).spans.isEmpty());
    }

    void badDefinitions_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("where");

        QTest::newRow("not XML") << "<language name=\"x\"><highlighting>"_ba << u"Premature end of document"_s
                                 << u"<data>:1:"_s;
        QTest::newRow("not a definition")
            << "<?xml version=\"1.0\"?>\n<html/>"_ba << u"no <language> element"_s << u"<data>:2:"_s;
        QTest::newRow("no contexts") << definition(QString()) << u"no contexts"_s << u"<data>:"_s;
        QTest::newRow("unknown context") << definition(
            u"<context name='main' attribute='Normal'>\n"
            u"<DetectChar attribute='A' char='x' context='nope'/></context>"_s)
                                         << u"unknown context 'nope'"_s << u"<data>:5:"_s;
        QTest::newRow("unknown pushed context")
            << definition(u"<context name='main' attribute='Normal'>\n"
                          u"<DetectChar attribute='A' char='x' context='#pop!gone'/></context>"_s)
            << u"unknown context 'gone'"_s << u"<data>:5:"_s;
        QTest::newRow("unknown lineEndContext")
            << definition(u"<context name='main' attribute='Normal' lineEndContext='later'/>"_s)
            << u"unknown context 'later'"_s << u"<data>:4:"_s;
        QTest::newRow("unknown itemData") << definition(u"<context name='main' attribute='Normal'>\n"
                                                        u"<DetectChar attribute='Z' char='x'/></context>"_s)
                                          << u"unknown itemData 'Z'"_s << u"<data>:5:"_s;
        QTest::newRow("bad regexp") << definition(u"<context name='main' attribute='Normal'>\n"
                                                  u"\n"
                                                  u"<RegExpr attribute='A' String='(ab'/></context>"_s)
                                    << u"invalid regular expression '(ab'"_s << u"<data>:6:"_s;
        QTest::newRow("unknown keyword list")
            << definition(u"<context name='main' attribute='Normal'><keyword attribute='A' String='none'/></context>"_s)
            << u"unknown keyword list 'none'"_s << u"<data>:4:"_s;
        QTest::newRow("IncludeRules of nothing")
            << definition(u"<context name='main' attribute='Normal'><IncludeRules context='void'/></context>"_s)
            << u"unknown context 'void'"_s << u"<data>:4:"_s;
        QTest::newRow("DetectChar without a char")
            << definition(u"<context name='main' attribute='Normal'><DetectChar attribute='A' char='ab'/></context>"_s)
            << u"single character"_s << u"<data>:4:"_s;
    }

    void badDefinitions()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, message);
        QFETCH(QString, where);
        const SyntaxDefinition def = SyntaxDefinition::fromData(xml);
        QVERIFY(!def.isValid());
        QVERIFY2(def.errorString().contains(message), qPrintable(def.errorString()));
        QVERIFY2(def.errorString().startsWith(where), qPrintable(def.errorString()));
        QVERIFY(def.highlightLine(u"text"_s).spans.isEmpty());
    }

    void missingFile()
    {
        const SyntaxDefinition def = SyntaxDefinition::fromFile(u"/nonexistent/x.xml"_s);
        QVERIFY(!def.isValid());
        QVERIFY(def.errorString().contains(u"/nonexistent/x.xml"_s));
        QVERIFY(!SyntaxDefinition().isValid());
        QVERIFY(!SyntaxDefinition().errorString().isEmpty());
    }

    void unsupportedRulesWarn()
    {
        const SyntaxDefinition def
            = SyntaxDefinition::fromData(definition(u"<context name='main' attribute='Normal'>\n"
                                                    u"<Float attribute='A'/>\n"
                                                    u"<StringDetect attribute='A' String='%1' dynamic='true'/>\n"
                                                    u"<DetectChar attribute='A' char='x'/>\n"
                                                    u"<IncludeRules context='main##Other'/>\n"
                                                    u"</context>"_s));
        QVERIFY2(def.isValid(), qPrintable(def.errorString()));
        QCOMPARE(def.warnings().size(), 3);
        QVERIFY(def.warnings().at(0).contains(u"<Float>"_s));
        QVERIFY(def.warnings().at(0).startsWith(u"<data>:5:"_s));
        QVERIFY(def.warnings().at(1).contains(u"dynamic"_s));
        QVERIFY(def.warnings().at(2).contains(u"main##Other"_s));
        QCOMPARE(render(def, { u"1.5x"_s }), QStringList { u"Normal{1.5} A{x}"_s });
    }

    void promptLanguageLoads()
    {
        const SyntaxDefinition def = SyntaxDefinition::promptLanguage();
        QVERIFY2(def.isValid(), qPrintable(def.errorString()));
        QCOMPARE(def.warnings(), QStringList {});
        QCOMPARE(def.name(), u"Dailies Prompt"_s);
        QVERIFY(def.keywordList(u"camera"_s).contains(u"dolly"_s));
        QVERIFY(def.keywordList(u"lighting"_s).contains(u"backlit"_s));
        QCOMPARE(def.formats().at(def.formatIndex(u"Too Long"_s)).style, SyntaxDefinition::DefaultStyle::Alert);
        // The file on disk and the resource are the same definition.
        const SyntaxDefinition onDisk = SyntaxDefinition::fromFile(
            QStringLiteral(DAILIES_SOURCE_DIR) + u"/resources/syntax/dailies-prompt.xml"_s);
        QVERIFY2(onDisk.isValid(), qPrintable(onDisk.errorString()));
        QCOMPARE(onDisk.contextNames(), def.contextNames());
    }

    void promptLanguage_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("camera section") << QStringList { u"Camera: slow dolly-in, 35mm, shallow depth of field"_s }
                                        << QStringList {
                                               u"Camera Label{Camera:} Normal Text{ slow } Camera Term{dolly-in} "
                                               u"Normal Text{, } Camera Term{35mm} Normal Text{, } "
                                               u"Camera Term{shallow depth of field}"_s
                                           };
        QTest::newRow("prose with placeholder")
            << QStringList { u"A {animal} walks along the beach at golden hour"_s }
            << QStringList { u"Normal Text{A } Placeholder{{animal}} Normal Text{ } Action Term{walks} Normal Text{ "
                             u"along the } Setting Term{beach} Normal Text{ at } Lighting Term{golden hour}"_s };
        QTest::newRow("label synonyms, case-insensitive")
            << QStringList { u"SCENE/BACKGROUND: rainy harbour"_s, u"  lighting/mood: backlit, 3200K"_s,
                   u"Style/format: cinematic, film grain"_s }
            << QStringList {
                   u"Setting Label{SCENE/BACKGROUND:} Normal Text{ } Setting Term{rainy} Normal Text{ } Setting Term{harbour}"_s,
                   u"Normal Text{  } Lighting Label{lighting/mood:} Normal Text{ } Lighting Term{backlit} Normal "
                   u"Text{, } "
                   u"Lighting Term{3200K}"_s,
                   u"Style Label{Style/format:} Normal Text{ } Style Term{cinematic} Normal Text{, } Style Term{film grain}"_s
               };
        QTest::newRow("other labels and a slugline")
            << QStringList { u"Use case: product teaser"_s, u"EXT. BEACH - DAY"_s, u"0–2s: she turns"_s }
            << QStringList { u"Label{Use case:} Normal Text{ product teaser}"_s,
                   u"Setting Label{EXT.} Normal Text{ } Setting Term{BEACH} Normal Text{ - DAY}"_s,
                   u"Action Label{0–2s:} Normal Text{ she } Action Term{turns}"_s };
        QTest::newRow("on-screen text is no dialogue")
            << QStringList { u"Text (verbatim): \"OPEN\" on a “{sign}”"_s }
            << QStringList { u"Label{Text (verbatim):} Normal Text{ } Screen Text{\"OPEN\"} Normal Text{ on a } "
                             u"Screen Text{“} Placeholder{{sign}} Screen Text{”}"_s };
        QTest::newRow("a label only at the line start")
            << QStringList { u"The camera: a Leica"_s }
            << QStringList { u"Label{The camera:} Normal Text{ a Leica}"_s };
        QTest::newRow("dialogue")
            << QStringList { u"She says “hi” and \"bye {name}\" twice"_s }
            << QStringList { u"Normal Text{She } Action Term{says} Normal Text{ } Dialogue{“hi”} Normal Text{ and } "
                             u"Dialogue{\"bye } Placeholder{{name}} Dialogue{\"} Normal Text{ twice}"_s };
        QTest::newRow("an open quote ends with the line") << QStringList { u"\"no end"_s,
            u"night"_s } << QStringList { u"Dialogue{\"no end}"_s, u"Setting Term{night}"_s };
        QTest::newRow("avoid section, continued")
            << QStringList { u"Avoid: neon, dolly \\"_s, u"flicker"_s, u"neon"_s }
            << QStringList { u"Avoid Label{Avoid:} Avoided{ neon, dolly } Continuation{\\}"_s, u"Avoided{flicker}"_s,
                   u"Lighting Term{neon}"_s };
        QTest::newRow("timing and lens numbers")
            << QStringList { u"4s of f/2.8 at 24 fps"_s }
            << QStringList { u"Timing{4s} Normal Text{ of } Camera Term{f/2.8} Normal Text{ at } Timing{24 fps}"_s };
        QTest::newRow("not keywords inside words")
            << QStringList { u"pandas tilted"_s } << QStringList { u"Normal Text{pandas tilted}"_s };

        const QString filler = QString(996, u'x') + u' ';
        QTest::newRow("too long from character 1000")
            << QStringList { QString(1000, u'x') + u"yz"_s }
            << QStringList { u"Normal Text{%1} Too Long{yz}"_s.arg(QString(1000, u'x')) };
        QTest::newRow("too long after a term across character 1000")
            << QStringList { filler + u"dolly more"_s }
            << QStringList { u"Normal Text{%1} Camera Term{dolly} Too Long{ more}"_s.arg(filler) };
        QTest::newRow("too long keeps the continuation")
            << QStringList { u"Camera: "_s + QString(1000, u'a') + u"\\"_s, u"pan"_s }
            << QStringList { u"Camera Label{Camera:} Normal Text{ %1} Too Long{%2} Continuation{\\}"_s.arg(
                                 QString(992, u'a'), QString(8, u'a')),
                   u"Camera Term{pan}"_s };
        QTest::newRow("999 characters are fine")
            << QStringList { QString(999, u'x') } << QStringList { u"Normal Text{%1}"_s.arg(QString(999, u'x')) };
    }

    void promptLanguage()
    {
        QFETCH(QStringList, lines);
        QFETCH(QStringList, expected);
        QCOMPARE(render(SyntaxDefinition::promptLanguage(), lines), expected);
    }

    void sameAsKSyntaxHighlighting()
    {
        // KSyntaxHighlighting's command line tool (Debian: libkf5syntaxhighlighting-tools) highlights the same corpus
        // with the shipped definition, each itemData given a unique colour so its HTML names the formats.
        const QString tool = QStandardPaths::findExecutable(u"kate-syntax-highlighter"_s);
        if (tool.isEmpty())
            QSKIP("kate-syntax-highlighter is not installed");
        const SyntaxDefinition def = SyntaxDefinition::promptLanguage();
        QFile resource(SyntaxDefinition::promptLanguagePath());
        QVERIFY(resource.open(QIODevice::ReadOnly));
        QString xml = QString::fromUtf8(resource.readAll());
        QHash<QString, QString> nameOfColour;
        for (int i = 0; i < def.formats().size(); ++i) {
            const QString name = def.formats().at(i).name;
            const QString colour = u"#%1"_s.arg(0x100000 + i * 16 + 1, 6, 16, QChar(u'0'));
            nameOfColour.insert(colour, name);
            xml.replace(
                u"<itemData name=\"%1\" "_s.arg(name), u"<itemData name=\"%1\" color=\"%2\" "_s.arg(name, colour));
        }
        QTemporaryDir data;
        QVERIFY(QDir().mkpath(data.filePath(u"org.kde.syntax-highlighting/syntax"_s)));
        QFile copy(data.filePath(u"org.kde.syntax-highlighting/syntax/dailies-prompt.xml"_s));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(xml.toUtf8());
        copy.close();

        const QStringList corpus { u"Camera: slow dolly-in, 35mm, shallow depth of field"_s,
            u"A {animal} walks along the beach at golden hour"_s, u"  lighting/mood: backlit, 3200K"_s,
            u"Style/format: cinematic, 1980s film look, hand-drawn, stop-motion, teal-and-orange"_s,
            u"Use case: product teaser"_s, u"EXT. BEACH - DAY"_s, u"0–2s: she turns"_s, u"The camera: a Leica"_s,
            u"She says “hi” and \"bye {name}\" twice"_s, u"\"no end"_s, u"night"_s, u"Avoid: neon, dolly \\"_s,
            u"flicker"_s, u"neon"_s, u"4s of f/2.8 at 24 fps"_s, u"pandas tilted"_s, QString(1000, u'x') + u"yz"_s,
            QString(996, u'x') + u" dolly more"_s, u"Camera: "_s + QString(1000, u'a') + u"\\"_s, u"pan"_s,
            QString(999, u'x'), QString(), u"Camera: slow push-in, handheld, low-angle, bird's-eye view"_s,
            u"Lighting: soft window light, warm backlight, neon-lit, god rays"_s, u"Dialogue:"_s,
            u"- Ana: \"Ready?\" \\"_s, u"still quoted\""_s, u"Lighting: \\"_s, QString(), u"after empty"_s,
            u"Avoid: \"quoted\" {x}"_s, u"Text (verbatim): \"OPEN\" \\"_s, u"NOW\" and she says \"hi\""_s,
            u"INT./EXT. CAR - NIGHT"_s, u"close-ups and extreme close-up shots, dutch angle, POV shot, whip pan"_s,
            u"“curly \\"_s, u"quote” done"_s, QString(1200, u'x') + u" \"q"_s,
            u"Camera: "_s + u"word "_s.repeated(250) + u"pan"_s };
        QTemporaryDir work;
        QFile input(work.filePath(u"corpus.prompt"_s));
        QVERIFY(input.open(QIODevice::WriteOnly));
        input.write(corpus.join(u'\n').toUtf8());
        input.close();

        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, data.path());
        process.setProcessEnvironment(env);
        process.start(tool, { u"-s"_s, def.name(), u"-f"_s, u"html"_s, input.fileName() });
        QVERIFY(process.waitForFinished(30000));
        const QString html = QString::fromUtf8(process.readAllStandardOutput());
        const qsizetype pre = html.indexOf(u"<pre>\n"_s);
        QVERIFY2(pre >= 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
        const QStringList htmlLines = html.sliced(pre + 6, html.indexOf(u"</pre>"_s) - pre - 6).split(u'\n');

        static const QRegularExpression span(u"<span style=\"color:(#[0-9a-f]{6})[^\"]*\">(.*?)</span>"_s);
        const QStringList ours = render(def, corpus);
        for (int i = 0; i < corpus.size(); ++i) {
            QStringList parts;
            QString lastName;
            QString lastText;
            const auto flush = [&]() {
                if (!lastName.isEmpty())
                    parts << u"%1{%2}"_s.arg(lastName, lastText);
            };
            for (const QRegularExpressionMatch &m : span.globalMatch(htmlLines.value(i))) {
                const QString name = nameOfColour.value(m.captured(1), u"?"_s);
                QString text = m.captured(2);
                text.replace(u"&quot;"_s, u"\""_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
                text.replace(u"&amp;"_s, u"&"_s);
                if (name == lastName) {
                    lastText += text;
                } else {
                    flush();
                    lastName = name;
                    lastText = text;
                }
            }
            flush();
            QCOMPARE(ours.at(i), parts.join(u' '));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyntaxDefinition)
#include "tst_syntaxdefinition.moc"
