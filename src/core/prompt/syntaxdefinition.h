// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <memory>
#include <optional>

namespace Dailies
{

/**
 * A KSyntaxHighlighting language definition (the XML format of KDE's syntax-highlighting framework, as used by
 * Kate) read with QtCore alone, and a line highlighter that follows it the way KSyntaxHighlighting's
 * AbstractHighlighter does: a stack of contexts carried from line to line, rules tried in order at each offset,
 * `#stay`, `#pop`, `#pop#pop!Name!Other`, lineEndContext, lineEmptyContext, fallthroughContext, lookAhead,
 * firstNonSpace, column, IncludeRules, and KSyntaxHighlighting's per-line cache of the next possible match of
 * keyword and regular expression rules (which some definitions rely on, the prompt language among them).
 *
 * Rules: DetectChar, Detect2Chars, AnyChar, StringDetect, WordDetect, RegExpr (insensitive, minimal), keyword
 * (case sensitivity, weak and additional delimiters), LineContinue, DetectSpaces, DetectIdentifier, RangeDetect,
 * Int and IncludeRules. Other rules, dynamic rules and references to other definitions are left out with a
 * warning in warnings(); bad XML, an unknown context, format or keyword list, and an invalid regular expression
 * make the definition invalid, with errorString() naming the line and column.
 *
 * A definition is an immutable value: copies share one loaded table, and highlightLine() is reentrant.
 */
class SyntaxDefinition final
{
    Q_DECLARE_TR_FUNCTIONS(Dailies::SyntaxDefinition)

public:
    /// KSyntaxHighlighting's default styles (`defStyleNum`), in its order.
    enum class DefaultStyle {
        Normal,
        Keyword,
        Function,
        Variable,
        ControlFlow,
        Operator,
        BuiltIn,
        Extension,
        Preprocessor,
        Attribute,
        Char,
        SpecialChar,
        String,
        VerbatimString,
        SpecialString,
        Import,
        DataType,
        DecVal,
        BaseN,
        Float,
        Constant,
        Comment,
        Documentation,
        Annotation,
        CommentVar,
        RegionMarker,
        Information,
        Warning,
        Alert,
        Others,
        Error,
    };

    /// One `<itemData>`: a named format on top of a default style.
    struct Format {
        QString name;
        DefaultStyle style = DefaultStyle::Normal;
        QString color; ///< the definition's own colour, empty when it leaves it to the theme
        std::optional<bool> bold;
        std::optional<bool> italic;
        std::optional<bool> underline;
        std::optional<bool> strikeOut;
    };

    /// A run of text in one format; `format` indexes formats().
    struct Span {
        int start = 0;
        int length = 0;
        int format = 0;
        friend bool operator==(const Span &, const Span &) = default;
    };

    /// What carries over from one line to the next: the context stack, bottom first. Empty is the initial state.
    struct State {
        QList<int> contexts;
        friend bool operator==(const State &, const State &) = default;
    };

    struct LineResult {
        QList<Span> spans; ///< cover the whole line in order, adjacent runs of one format merged
        State state; ///< the state for the next line
    };

    /// An invalid definition; highlightLine() gives no spans.
    SyntaxDefinition();

    [[nodiscard]] static SyntaxDefinition fromFile(const QString &path);
    /// `origin` names the source in messages (a file name); empty for "<data>".
    [[nodiscard]] static SyntaxDefinition fromData(const QByteArray &xml, const QString &origin = {});
    /// The prompt language shipped in dailies_core's resources, loaded on first use and shared after.
    [[nodiscard]] static SyntaxDefinition promptLanguage();
    /// Where promptLanguage() is read from (a Qt resource path).
    [[nodiscard]] static QString promptLanguagePath();

    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] QStringList warnings() const;
    [[nodiscard]] QString name() const;
    [[nodiscard]] const QList<Format> &formats() const;
    /// The index of the `<itemData>` called `name`, or -1.
    [[nodiscard]] int formatIndex(const QString &name) const;
    [[nodiscard]] QStringList contextNames() const;
    /// A keyword list's items (includes resolved), as written; empty for an unknown list.
    [[nodiscard]] QStringList keywordList(const QString &name) const;

    /// Highlights one line (without its line break) that starts in `state`.
    [[nodiscard]] LineResult highlightLine(QStringView text, const State &state = {}) const;

    struct Data;

private:
    explicit SyntaxDefinition(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> d;
};

} // namespace Dailies
