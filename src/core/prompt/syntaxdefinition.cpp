// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prompt/syntaxdefinition.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>
#include <QXmlStreamReader>
#include <algorithm>
#include <bitset>

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

struct Position {
    qint64 line = 0;
    qint64 column = 0;
};

class Delimiters
{
public:
    Delimiters()
    {
        for (const char *p = "\t !%&()*+,-./:;<=>?[\\]^{|}~"; *p; ++p)
            m_ascii.set(static_cast<size_t>(*p));
    }
    void add(QStringView chars)
    {
        for (const QChar c : chars) {
            if (c.unicode() < 128)
                m_ascii.set(c.unicode());
            else if (!m_other.contains(c))
                m_other.append(c);
        }
    }
    void remove(QStringView chars)
    {
        for (const QChar c : chars) {
            if (c.unicode() < 128)
                m_ascii.reset(c.unicode());
            else
                m_other.remove(c);
        }
    }
    [[nodiscard]] bool contains(QChar c) const
    {
        return c.unicode() < 128 ? m_ascii.test(c.unicode()) : m_other.contains(c);
    }

private:
    std::bitset<128> m_ascii;
    QString m_other;
};

struct ContextSwitch {
    int pops = 0;
    QList<int> push;
    [[nodiscard]] bool isStay() const { return pops == 0 && push.isEmpty(); }
};

enum class RuleType {
    DetectChar,
    Detect2Chars,
    AnyChar,
    StringDetect,
    WordDetect,
    RegExpr,
    Keyword,
    LineContinue,
    DetectSpaces,
    DetectIdentifier,
    RangeDetect,
    Int,
};

struct Rule {
    RuleType type = RuleType::DetectChar;
    int format = -1; ///< -1: the format of the context on top after the switch
    ContextSwitch context;
    bool lookAhead = false;
    bool firstNonSpace = false;
    int column = -1;
    QChar char1;
    QChar char2;
    QString string;
    Qt::CaseSensitivity caseSensitivity = Qt::CaseSensitive;
    QRegularExpression regexp;
    int keywordList = -1;
    Delimiters delimiters;
    [[nodiscard]] bool hasSkipOffset() const { return type == RuleType::RegExpr || type == RuleType::Keyword; }
};

struct KeywordList {
    QString name;
    QStringList items;
    QStringList includes;
    QSet<QString> exact;
    QSet<QString> folded; ///< items case-folded, for case-insensitive rules
};

struct Context {
    QString name;
    int format = 0;
    ContextSwitch lineEnd;
    ContextSwitch lineEmpty;
    ContextSwitch fallthrough;
    bool stopEmptyLineContextSwitchLoop = false;
    QList<int> rules; ///< indices into Data::rules, includes expanded
};

/// The word under the keyword rules at one offset, converted once for all of them.
struct WordCache {
    int start = -1;
    int end = -1;
    QString exact;
    QString folded;
};

struct MatchResult {
    int offset = 0;
    int skipOffset = 0;
};

} // namespace

struct SyntaxDefinition::Data {
    QString name;
    QString error;
    QStringList warnings;
    QList<Format> formats;
    QList<Context> contexts;
    QList<Rule> rules;
    QList<KeywordList> lists;
    bool caseSensitive = true;
    Delimiters delimiters;
};

namespace
{

using Data = SyntaxDefinition::Data;

bool attrToBool(QStringView value)
{
    return value.compare(u"true"_s, Qt::CaseInsensitive) == 0 || value == u"1"_s;
}

const QStringList &defaultStyleNames()
{
    static const QStringList names { u"dsNormal"_s, u"dsKeyword"_s, u"dsFunction"_s, u"dsVariable"_s,
        u"dsControlFlow"_s, u"dsOperator"_s, u"dsBuiltIn"_s, u"dsExtension"_s, u"dsPreprocessor"_s, u"dsAttribute"_s,
        u"dsChar"_s, u"dsSpecialChar"_s, u"dsString"_s, u"dsVerbatimString"_s, u"dsSpecialString"_s, u"dsImport"_s,
        u"dsDataType"_s, u"dsDecVal"_s, u"dsBaseN"_s, u"dsFloat"_s, u"dsConstant"_s, u"dsComment"_s,
        u"dsDocumentation"_s, u"dsAnnotation"_s, u"dsCommentVar"_s, u"dsRegionMarker"_s, u"dsInformation"_s,
        u"dsWarning"_s, u"dsAlert"_s, u"dsOthers"_s, u"dsError"_s };
    return names;
}

/// Reads the XML into Data; names are resolved once everything is read, so forward references work.
class Loader
{
    Q_DECLARE_TR_FUNCTIONS(Dailies::SyntaxDefinition)

public:
    Loader(const QByteArray &xml, QString origin)
        : m_reader(xml)
        , m_origin(std::move(origin))
    {
    }

    std::shared_ptr<Data> load()
    {
        auto data = std::make_shared<Data>();
        m_data = data.get();
        const bool ok = parse() && m_error.isEmpty() && resolve();
        if (!ok)
            m_data->error = m_error;
        return data;
    }

private:
    struct PendingSwitch {
        ContextSwitch *target = nullptr;
        int targetContext = -1; ///< context owning target (when target is a context's), else -1
        int targetRule = -1; ///< rule owning target, else -1
        QString text;
        Position where;
    };
    struct PendingRule {
        int rule = -1; ///< index into rules, or -1 for an IncludeRules entry
        QString include;
        bool includeAttribute = false;
        Position where;
    };
    struct PendingContext {
        QString attribute;
        QString lineEnd;
        QString lineEmpty;
        QString fallthrough;
        Position where;
        QList<PendingRule> entries;
    };
    struct PendingRuleNames {
        QString attribute;
        QString context;
        QString list;
        QString additionalDelimiters;
        QString weakDelimiters;
        bool hasInsensitive = false;
        Position where;
    };

    Position here() const { return { m_reader.lineNumber(), m_reader.columnNumber() }; }

    QString at(Position p) const
    {
        const QString origin = m_origin.isEmpty() ? u"<data>"_s : m_origin;
        return u"%1:%2:%3"_s.arg(origin).arg(p.line).arg(p.column);
    }

    bool fail(Position p, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = tr("%1: %2").arg(at(p), message);
        return false;
    }

    void warn(Position p, const QString &message) { m_data->warnings << tr("%1: %2").arg(at(p), message); }

    bool parse()
    {
        if (!m_reader.readNextStartElement() || m_reader.name() != "language"_L1) {
            if (m_reader.hasError())
                return fail(here(), m_reader.errorString());
            return fail(here(), tr("the document is not a syntax definition (no <language> element)"));
        }
        m_data->name = m_reader.attributes().value("name"_L1).toString();
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() == "highlighting"_L1)
                parseHighlighting();
            else if (m_reader.name() == "general"_L1)
                parseGeneral();
            else
                m_reader.skipCurrentElement();
        }
        if (m_reader.hasError())
            return fail(here(), m_reader.errorString());
        if (m_pendingContexts.isEmpty())
            return fail(here(), tr("the definition has no contexts"));
        return true;
    }

    void parseGeneral()
    {
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() == "keywords"_L1) {
                const QXmlStreamAttributes a = m_reader.attributes();
                if (a.hasAttribute("casesensitive"_L1))
                    m_data->caseSensitive = attrToBool(a.value("casesensitive"_L1));
                m_data->delimiters.add(a.value("additionalDeliminator"_L1));
                m_data->delimiters.remove(a.value("weakDeliminator"_L1));
            }
            m_reader.skipCurrentElement();
        }
    }

    void parseHighlighting()
    {
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() == "list"_L1) {
                parseList();
            } else if (m_reader.name() == "contexts"_L1) {
                while (m_reader.readNextStartElement()) {
                    if (m_reader.name() == "context"_L1)
                        parseContext();
                    else
                        m_reader.skipCurrentElement();
                }
            } else if (m_reader.name() == "itemDatas"_L1) {
                while (m_reader.readNextStartElement()) {
                    if (m_reader.name() == "itemData"_L1)
                        parseItemData();
                    m_reader.skipCurrentElement();
                }
            } else {
                m_reader.skipCurrentElement();
            }
        }
    }

    void parseList()
    {
        KeywordList list;
        list.name = m_reader.attributes().value("name"_L1).toString();
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() == "item"_L1) {
                const QString item = m_reader.readElementText().trimmed();
                if (!item.isEmpty())
                    list.items << item;
            } else if (m_reader.name() == "include"_L1) {
                list.includes << m_reader.readElementText().trimmed();
            } else {
                m_reader.skipCurrentElement();
            }
        }
        m_data->lists << list;
    }

    void parseItemData()
    {
        const QXmlStreamAttributes a = m_reader.attributes();
        SyntaxDefinition::Format f;
        f.name = a.value("name"_L1).toString();
        const QString style = a.value("defStyleNum"_L1).toString();
        const qsizetype styleIndex = defaultStyleNames().indexOf(style);
        if (styleIndex < 0)
            warn(here(), tr("itemData '%1' has an unknown defStyleNum '%2'; dsNormal is used").arg(f.name, style));
        f.style = static_cast<SyntaxDefinition::DefaultStyle>(std::max<qsizetype>(styleIndex, 0));
        f.color = a.value("color"_L1).toString();
        const auto optionalBool = [&a](QLatin1StringView name) -> std::optional<bool> {
            if (!a.hasAttribute(name))
                return std::nullopt;
            return attrToBool(a.value(name));
        };
        f.bold = optionalBool("bold"_L1);
        f.italic = optionalBool("italic"_L1);
        f.underline = optionalBool("underline"_L1);
        f.strikeOut = optionalBool("strikeOut"_L1);
        m_data->formats << f;
    }

    void parseContext()
    {
        const QXmlStreamAttributes a = m_reader.attributes();
        Context context;
        context.name = a.value("name"_L1).toString();
        context.stopEmptyLineContextSwitchLoop = attrToBool(a.value("stopEmptyLineContextSwitchLoop"_L1));
        PendingContext pending;
        pending.where = here();
        pending.attribute = a.value("attribute"_L1).toString();
        pending.lineEnd = a.value("lineEndContext"_L1).toString();
        pending.lineEmpty = a.value("lineEmptyContext"_L1).toString();
        pending.fallthrough = a.value("fallthroughContext"_L1).toString();
        while (m_reader.readNextStartElement()) {
            if (auto entry = parseRule())
                pending.entries << *entry;
        }
        m_data->contexts << context;
        m_pendingContexts << pending;
    }

    std::optional<PendingRule> parseRule()
    {
        const QString element = m_reader.name().toString();
        const QXmlStreamAttributes a = m_reader.attributes();
        const Position where = here();
        const auto skip = [this]() {
            m_reader.skipCurrentElement();
            return std::nullopt;
        };

        if (element == "IncludeRules"_L1) {
            PendingRule include { -1, a.value("context"_L1).toString(), attrToBool(a.value("includeAttrib"_L1)),
                where };
            m_reader.skipCurrentElement();
            if (include.include.contains("##"_L1)) {
                warn(where,
                    tr("IncludeRules of another definition ('%1') is not supported; rule left out")
                        .arg(include.include));
                return std::nullopt;
            }
            return include;
        }

        static const QHash<QString, RuleType> types {
            { u"DetectChar"_s, RuleType::DetectChar },
            { u"Detect2Chars"_s, RuleType::Detect2Chars },
            { u"AnyChar"_s, RuleType::AnyChar },
            { u"StringDetect"_s, RuleType::StringDetect },
            { u"WordDetect"_s, RuleType::WordDetect },
            { u"RegExpr"_s, RuleType::RegExpr },
            { u"keyword"_s, RuleType::Keyword },
            { u"LineContinue"_s, RuleType::LineContinue },
            { u"DetectSpaces"_s, RuleType::DetectSpaces },
            { u"DetectIdentifier"_s, RuleType::DetectIdentifier },
            { u"RangeDetect"_s, RuleType::RangeDetect },
            { u"Int"_s, RuleType::Int },
        };
        const auto type = types.constFind(element);
        if (type == types.cend()) {
            warn(where, tr("rule <%1> is not supported by the built-in highlighter; rule left out").arg(element));
            return skip();
        }
        if (attrToBool(a.value("dynamic"_L1))) {
            warn(where,
                tr("dynamic <%1> rules are not supported by the built-in highlighter; rule left out").arg(element));
            return skip();
        }

        Rule rule;
        rule.type = *type;
        rule.lookAhead = attrToBool(a.value("lookAhead"_L1));
        rule.firstNonSpace = attrToBool(a.value("firstNonSpace"_L1));
        bool columnOk = false;
        rule.column = a.value("column"_L1).toInt(&columnOk);
        if (!columnOk)
            rule.column = -1;
        rule.caseSensitivity = attrToBool(a.value("insensitive"_L1)) ? Qt::CaseInsensitive : Qt::CaseSensitive;

        const auto oneChar = [&](QLatin1StringView attribute, QChar *out) {
            const QStringView value = a.value(attribute);
            if (value.size() != 1)
                return fail(where, tr("<%1> needs a single character in '%2'").arg(element, attribute));
            *out = value.at(0);
            return true;
        };
        switch (rule.type) {
        case RuleType::DetectChar:
            if (!oneChar("char"_L1, &rule.char1))
                return skip();
            break;
        case RuleType::Detect2Chars:
        case RuleType::RangeDetect:
            if (!oneChar("char"_L1, &rule.char1) || !oneChar("char1"_L1, &rule.char2))
                return skip();
            break;
        case RuleType::LineContinue:
            rule.char1 = a.hasAttribute("char"_L1) ? QChar() : u'\\';
            if (a.hasAttribute("char"_L1) && !oneChar("char"_L1, &rule.char1))
                return skip();
            break;
        case RuleType::AnyChar:
        case RuleType::StringDetect:
        case RuleType::WordDetect:
            rule.string = a.value("String"_L1).toString();
            if (rule.string.isEmpty()) {
                fail(where, tr("<%1> needs a non-empty String").arg(element));
                return skip();
            }
            break;
        case RuleType::RegExpr: {
            QRegularExpression::PatternOptions options
                = QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::DontCaptureOption;
            if (rule.caseSensitivity == Qt::CaseInsensitive)
                options |= QRegularExpression::CaseInsensitiveOption;
            if (attrToBool(a.value("minimal"_L1)))
                options |= QRegularExpression::InvertedGreedinessOption;
            rule.regexp = QRegularExpression(a.value("String"_L1).toString(), options);
            if (rule.regexp.pattern().isEmpty() || !rule.regexp.isValid()) {
                fail(where,
                    tr("invalid regular expression '%1': %2 at offset %3")
                        .arg(rule.regexp.pattern(), rule.regexp.errorString())
                        .arg(rule.regexp.patternErrorOffset()));
                return skip();
            }
            break;
        }
        case RuleType::Keyword:
            break;
        case RuleType::DetectSpaces:
        case RuleType::DetectIdentifier:
        case RuleType::Int:
            break;
        }

        const int index = int(m_data->rules.size());
        m_data->rules << rule;
        // Names, delimiters and the keywords' case are resolved once <general> (which comes last) is read.
        m_pendingRuleNames << PendingRuleNames { rule.lookAhead ? QString() : a.value("attribute"_L1).toString(),
            a.value("context"_L1).toString(),
            rule.type == RuleType::Keyword ? a.value("String"_L1).toString() : QString(),
            a.value("additionalDeliminator"_L1).toString(), a.value("weakDeliminator"_L1).toString(),
            a.hasAttribute("insensitive"_L1), where };

        // Rules nested in a rule (KSyntaxHighlighting's child rules) are rare and not supported.
        if (m_reader.readNextStartElement()) {
            warn(where, tr("rules nested in <%1> are not supported; they are left out").arg(element));
            m_reader.skipCurrentElement();
            while (m_reader.readNextStartElement())
                m_reader.skipCurrentElement();
        }
        return PendingRule { index, {}, false, where };
    }

    bool resolveSwitch(const QString &text, Position where, ContextSwitch *out)
    {
        *out = {};
        QStringView rest(text);
        if (rest.isEmpty() || rest == u"#stay"_s)
            return true;
        while (rest.startsWith("#pop"_L1)) {
            ++out->pops;
            if (rest.size() > 4 && rest.at(4) == u'!') {
                rest = rest.sliced(5);
                break;
            }
            rest = rest.sliced(4);
        }
        if (rest.isEmpty())
            return true;
        for (const QStringView part : rest.split(u'!')) {
            if (part.contains("##"_L1))
                return fail(where, tr("context '%1' is in another definition, which is not supported").arg(part));
            const int index = m_contextIndex.value(part.toString(), -1);
            if (index < 0)
                return fail(where, tr("unknown context '%1'").arg(part));
            out->push << index;
        }
        return true;
    }

    int resolveFormat(const QString &name, Position where)
    {
        const int index = m_formatIndex.value(name, -1);
        if (index < 0)
            fail(where, tr("unknown itemData '%1'").arg(name));
        return index;
    }

    bool resolveList(int index, QSet<int> &visiting)
    {
        KeywordList &list = m_data->lists[index];
        if (visiting.contains(index))
            return true;
        visiting.insert(index);
        for (const QString &include : std::as_const(list.includes)) {
            const int other = m_listIndex.value(include, -1);
            if (other < 0) {
                warn({}, tr("keyword list '%1' includes the unknown list '%2'").arg(list.name, include));
                continue;
            }
            resolveList(other, visiting);
            list.items << m_data->lists.at(other).items;
        }
        list.includes.clear();
        return true;
    }

    bool resolveIncludes(int index, QList<int> &state)
    {
        // state: 0 unresolved, 1 resolving, 2 resolved
        if (state[index] == 2)
            return true;
        state[index] = 1;
        Context &context = m_data->contexts[index];
        for (const PendingRule &entry : std::as_const(m_pendingContexts[index].entries)) {
            if (entry.rule >= 0) {
                context.rules << entry.rule;
                continue;
            }
            const int included = m_contextIndex.value(entry.include, -1);
            if (included < 0)
                return fail(entry.where, tr("IncludeRules names the unknown context '%1'").arg(entry.include));
            if (included == index || state[included] == 1) {
                warn(entry.where, tr("IncludeRules of '%1' is circular; left out").arg(entry.include));
                continue;
            }
            if (!resolveIncludes(included, state))
                return false;
            const Context &source = m_data->contexts.at(included);
            context.rules << source.rules;
            if (entry.includeAttribute)
                context.format = source.format;
        }
        state[index] = 2;
        return true;
    }

    bool resolve()
    {
        for (int i = 0; i < m_data->formats.size(); ++i)
            m_formatIndex.insert(m_data->formats.at(i).name, i);
        for (int i = 0; i < m_data->contexts.size(); ++i)
            m_contextIndex.insert(m_data->contexts.at(i).name, i);
        for (int i = 0; i < m_data->lists.size(); ++i)
            m_listIndex.insert(m_data->lists.at(i).name, i);
        if (m_data->formats.isEmpty())
            return fail(here(), tr("the definition has no itemData"));

        for (int i = 0; i < m_data->lists.size(); ++i) {
            QSet<int> visiting;
            resolveList(i, visiting);
            KeywordList &list = m_data->lists[i];
            for (const QString &item : std::as_const(list.items)) {
                list.exact.insert(item);
                list.folded.insert(item.toCaseFolded());
            }
        }

        for (int i = 0; i < m_data->contexts.size(); ++i) {
            Context &context = m_data->contexts[i];
            const PendingContext &pending = m_pendingContexts.at(i);
            context.format = resolveFormat(pending.attribute, pending.where);
            if (context.format < 0 || !resolveSwitch(pending.lineEnd, pending.where, &context.lineEnd)
                || !resolveSwitch(pending.lineEmpty, pending.where, &context.lineEmpty)
                || !resolveSwitch(pending.fallthrough, pending.where, &context.fallthrough))
                return false;
            // As in KSyntaxHighlighting: an empty line switches like a line end unless told otherwise.
            if (context.lineEmpty.isStay())
                context.lineEmpty = context.lineEnd;
        }

        for (int i = 0; i < m_data->rules.size(); ++i) {
            Rule &rule = m_data->rules[i];
            const PendingRuleNames &names = m_pendingRuleNames.at(i);
            if (!names.attribute.isEmpty()) {
                rule.format = resolveFormat(names.attribute, names.where);
                if (rule.format < 0)
                    return false;
            }
            if (!resolveSwitch(names.context, names.where, &rule.context))
                return false;
            if (rule.lookAhead && rule.context.isStay()) {
                warn(names.where, tr("a lookAhead rule must switch context; rule left out"));
                rule.column = -2; // never matches
            }
            rule.delimiters = m_data->delimiters;
            rule.delimiters.add(names.additionalDelimiters);
            rule.delimiters.remove(names.weakDelimiters);
            if (rule.type == RuleType::Keyword && !names.hasInsensitive)
                rule.caseSensitivity = m_data->caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
            if (rule.type == RuleType::Keyword) {
                rule.keywordList = m_listIndex.value(names.list, -1);
                if (rule.keywordList < 0)
                    return fail(names.where, tr("unknown keyword list '%1'").arg(names.list));
            }
        }

        QList<int> state(m_data->contexts.size(), 0);
        for (int i = 0; i < m_data->contexts.size(); ++i) {
            if (!resolveIncludes(i, state))
                return false;
        }
        return true;
    }

    QXmlStreamReader m_reader;
    QString m_origin;
    QString m_error;
    Data *m_data = nullptr;
    QList<PendingContext> m_pendingContexts;
    QList<PendingRuleNames> m_pendingRuleNames;
    QHash<QString, int> m_formatIndex;
    QHash<QString, int> m_contextIndex;
    QHash<QString, int> m_listIndex;
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

MatchResult matchRule(const Data &data, const Rule &rule, QStringView text, int offset, WordCache &word)
{
    const QChar c = text.at(offset);
    switch (rule.type) {
    case RuleType::DetectChar:
        return { c == rule.char1 ? offset + 1 : offset, 0 };
    case RuleType::Detect2Chars:
        return {
            text.size() - offset >= 2 && c == rule.char1 && text.at(offset + 1) == rule.char2 ? offset + 2 : offset, 0
        };
    case RuleType::AnyChar:
        return { rule.string.contains(c) ? offset + 1 : offset, 0 };
    case RuleType::StringDetect: {
        const qsizetype n = rule.string.size();
        const bool hit
            = offset + n <= text.size() && text.sliced(offset, n).compare(rule.string, rule.caseSensitivity) == 0;
        return { hit ? int(offset + n) : offset, 0 };
    }
    case RuleType::WordDetect: {
        const int n = int(rule.string.size());
        if (text.size() - offset < n)
            return { offset, 0 };
        if (offset > 0 && !rule.delimiters.contains(text.at(offset - 1)) && !rule.delimiters.contains(c))
            return { offset, 0 };
        if (text.sliced(offset, n).compare(rule.string, rule.caseSensitivity) != 0)
            return { offset, 0 };
        if (text.size() == offset + n || rule.delimiters.contains(text.at(offset + n))
            || rule.delimiters.contains(text.at(offset + n - 1)))
            return { offset + n, 0 };
        return { offset, 0 };
    }
    case RuleType::RegExpr: {
        const QRegularExpressionMatch m = rule.regexp.match(
            text, offset, QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption);
        if (m.hasMatch() && m.capturedStart() == offset)
            return { int(offset + m.capturedLength()), 0 };
        // Where the expression can match next in this line (-1: nowhere); the highlighter skips it until there.
        return { offset, m.hasMatch() ? int(m.capturedStart()) : -1 };
    }
    case RuleType::Keyword: {
        int end = offset;
        while (end < text.size() && !rule.delimiters.contains(text.at(end)))
            ++end;
        if (end == offset)
            return { offset, 0 };
        const KeywordList &list = data.lists.at(rule.keywordList);
        if (word.start != offset || word.end != end) {
            word = { offset, end, text.sliced(offset, end - offset).toString(), {} };
            word.folded = word.exact.toCaseFolded();
        }
        const bool hit = rule.caseSensitivity == Qt::CaseSensitive ? list.exact.contains(word.exact)
                                                                   : list.folded.contains(word.folded);
        // A keyword cannot start inside this word, so the rule is skipped until its end.
        return { hit ? end : offset, hit ? 0 : end };
    }
    case RuleType::LineContinue:
        return { offset == text.size() - 1 && c == rule.char1 ? offset + 1 : offset, 0 };
    case RuleType::DetectSpaces: {
        int end = offset;
        while (end < text.size() && text.at(end).isSpace())
            ++end;
        return { end, 0 };
    }
    case RuleType::DetectIdentifier: {
        if (!c.isLetter() && c != u'_')
            return { offset, 0 };
        int end = offset + 1;
        while (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end) == u'_'))
            ++end;
        return { end, 0 };
    }
    case RuleType::RangeDetect: {
        if (text.size() - offset < 2 || c != rule.char1)
            return { offset, 0 };
        for (int i = offset + 1; i < text.size(); ++i) {
            if (text.at(i) == rule.char2)
                return { i + 1, 0 };
        }
        return { offset, 0 };
    }
    case RuleType::Int: {
        if (offset > 0 && !rule.delimiters.contains(text.at(offset - 1)))
            return { offset, 0 };
        int end = offset;
        while (end < text.size() && isDigit(text.at(end)))
            ++end;
        return { end, 0 };
    }
    }
    return { offset, 0 };
}

/// Pops then pushes; false when it tried to pop the initial context and pushed nothing (as KSyntaxHighlighting).
bool switchContext(QList<int> &stack, const ContextSwitch &sw)
{
    if (sw.isStay())
        return true;
    const bool initialSurvived = stack.size() > sw.pops;
    stack.resize(std::max<qsizetype>(1, stack.size() - sw.pops));
    if (!sw.push.isEmpty()) {
        stack << sw.push;
        return true;
    }
    return initialSurvived;
}

} // namespace

SyntaxDefinition::SyntaxDefinition()
    : d(std::make_shared<Data>())
{
}

SyntaxDefinition::SyntaxDefinition(std::shared_ptr<const Data> data)
    : d(std::move(data))
{
}

SyntaxDefinition SyntaxDefinition::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        auto data = std::make_shared<Data>();
        data->error = tr("Cannot read the syntax definition '%1': %2").arg(path, file.errorString());
        return SyntaxDefinition(std::move(data));
    }
    return fromData(file.readAll(), path);
}

SyntaxDefinition SyntaxDefinition::fromData(const QByteArray &xml, const QString &origin)
{
    return SyntaxDefinition(Loader(xml, origin).load());
}

QString SyntaxDefinition::promptLanguagePath()
{
    return u":/dailies/syntax/dailies-prompt.xml"_s;
}

SyntaxDefinition SyntaxDefinition::promptLanguage()
{
    // Immutable data read from the binary's own resources: loading it once is a cache, not shared state.
    static const SyntaxDefinition definition = fromFile(promptLanguagePath());
    return definition;
}

bool SyntaxDefinition::isValid() const
{
    return d->error.isEmpty() && !d->contexts.isEmpty();
}

QString SyntaxDefinition::errorString() const
{
    if (d->error.isEmpty() && d->contexts.isEmpty())
        return tr("No syntax definition is loaded.");
    return d->error;
}

QStringList SyntaxDefinition::warnings() const
{
    return d->warnings;
}

QString SyntaxDefinition::name() const
{
    return d->name;
}

const QList<SyntaxDefinition::Format> &SyntaxDefinition::formats() const
{
    return d->formats;
}

int SyntaxDefinition::formatIndex(const QString &name) const
{
    for (int i = 0; i < d->formats.size(); ++i) {
        if (d->formats.at(i).name == name)
            return i;
    }
    return -1;
}

QStringList SyntaxDefinition::contextNames() const
{
    QStringList names;
    for (const Context &c : d->contexts)
        names << c.name;
    return names;
}

QStringList SyntaxDefinition::keywordList(const QString &name) const
{
    for (const KeywordList &list : d->lists) {
        if (list.name == name)
            return list.items;
    }
    return {};
}

SyntaxDefinition::LineResult SyntaxDefinition::highlightLine(QStringView text, const State &state) const
{
    LineResult result;
    if (!isValid())
        return result;
    const Data &data = *d;

    QList<int> stack = state.contexts;
    const bool stateValid = !stack.isEmpty()
        && std::all_of(stack.cbegin(), stack.cend(), [&data](int c) { return c >= 0 && c < data.contexts.size(); });
    if (!stateValid)
        stack = { 0 };
    const auto top = [&]() -> const Context & {
        return data.contexts.at(stack.constLast());
    };
    constexpr int kLoopGuard = 1024;

    if (text.isEmpty()) {
        for (int guard = 0; !top().lineEmpty.isStay() && guard < kLoopGuard; ++guard) {
            if (!switchContext(stack, top().lineEmpty) || top().stopEmptyLineContextSwitchLoop)
                break;
        }
        if (stack.size() > 1 || stack.constFirst() != 0)
            result.state.contexts = stack;
        return result;
    }

    const auto applyFormat = [&result](int start, int length, int format) {
        if (length <= 0)
            return;
        if (!result.spans.isEmpty()) {
            Span &last = result.spans.last();
            if (last.format == format && last.start + last.length == start) {
                last.length += length;
                return;
            }
        }
        result.spans << Span { start, length, format };
    };

    QVarLengthArray<int, 128> skipOffsets(data.rules.size());
    std::fill(skipOffsets.begin(), skipOffsets.end(), 0);
    WordCache word;
    int firstNonSpace = -1;
    int offset = 0;
    int beginOffset = 0;
    int currentFormat = top().format;
    bool lineContinuation = false;
    int lastOffset = 0;
    int stuck = 0;
    const int size = int(text.size());

    do {
        if (lastOffset == offset) {
            if (++stuck > kLoopGuard)
                break;
        } else {
            lastOffset = offset;
            stuck = 0;
        }

        bool isLookAhead = false;
        int newOffset = 0;
        int newFormat = -1;
        for (const int ruleIndex : top().rules) {
            const Rule &rule = data.rules.at(ruleIndex);
            if (rule.column != -1 && rule.column != offset)
                continue;
            if (rule.firstNonSpace) {
                if (firstNonSpace < 0) {
                    firstNonSpace = 0;
                    while (firstNonSpace < size && text.at(firstNonSpace).isSpace())
                        ++firstNonSpace;
                }
                if (offset > firstNonSpace)
                    continue;
            }
            int currentSkip = 0;
            if (rule.hasSkipOffset()) {
                currentSkip = skipOffsets[ruleIndex];
                if (currentSkip < 0 || currentSkip > offset)
                    continue;
            }
            const MatchResult match = matchRule(data, rule, text, offset, word);
            newOffset = match.offset;
            if (match.skipOffset < 0 || match.skipOffset > currentSkip)
                skipOffsets[ruleIndex] = match.skipOffset;
            if (newOffset <= offset)
                continue;

            if (rule.lookAhead) {
                switchContext(stack, rule.context);
                isLookAhead = true;
                break;
            }
            switchContext(stack, rule.context);
            newFormat = rule.format >= 0 ? rule.format : top().format;
            if (newOffset == size && rule.type == RuleType::LineContinue)
                lineContinuation = true;
            break;
        }
        if (isLookAhead)
            continue;

        if (newOffset <= offset) {
            if (!top().fallthrough.isStay()) {
                switchContext(stack, top().fallthrough);
                continue;
            }
            newOffset = offset + 1;
            newFormat = top().format;
        }

        if (newFormat != currentFormat) {
            if (offset > 0)
                applyFormat(beginOffset, offset - beginOffset, currentFormat);
            beginOffset = offset;
            currentFormat = newFormat;
        }
        offset = newOffset;
    } while (offset < size);

    if (beginOffset < offset)
        applyFormat(beginOffset, size - beginOffset, currentFormat);

    for (int guard = 0; !lineContinuation && !top().lineEnd.isStay() && guard < kLoopGuard; ++guard) {
        if (!switchContext(stack, top().lineEnd))
            break;
    }
    if (stack.size() > 1 || stack.constFirst() != 0)
        result.state.contexts = stack;
    return result;
}

} // namespace Dailies
