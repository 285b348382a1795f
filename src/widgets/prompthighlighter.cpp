// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/prompthighlighter.h"

#include <QEvent>
#include <QGuiApplication>
#include <QTextDocument>
#include <QWidget>

#ifdef DAILIES_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>
#endif

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

using Style = SyntaxDefinition::DefaultStyle;

/// A readable colour of `hue` for the palette's base: darker on light bases, lighter on dark ones.
QColor tone(const QPalette &palette, int hue)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    return QColor::fromHslF(hue / 360.0F, dark ? 0.60F : 0.70F, dark ? 0.72F : 0.36F);
}

QColor tint(const QPalette &palette, int hue, int alpha)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    QColor c = QColor::fromHslF(hue / 360.0F, 0.75F, dark ? 0.55F : 0.60F);
    c.setAlpha(dark ? alpha + 20 : alpha);
    return c;
}

QColor dimmed(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(text.redF() * 0.6F + base.redF() * 0.4F, text.greenF() * 0.6F + base.greenF() * 0.4F,
        text.blueF() * 0.6F + base.blueF() * 0.4F);
}

QTextCharFormat formatFor(const SyntaxDefinition::Format &f, const QPalette &palette)
{
    QTextCharFormat format;
    switch (f.style) {
    case Style::Normal:
        break;
    case Style::Keyword:
    case Style::ControlFlow:
        format.setFontWeight(QFont::Bold);
        format.setForeground(palette.color(QPalette::Text));
        break;
    case Style::Function: // camera
        format.setForeground(tone(palette, 212));
        break;
    case Style::Attribute: // lighting
        format.setForeground(tone(palette, 32));
        break;
    case Style::DataType: // style
        format.setForeground(tone(palette, 285));
        break;
    case Style::Variable: // placeholders
        format.setForeground(tone(palette, 175));
        format.setBackground(tint(palette, 175, 40));
        break;
    case Style::String:
    case Style::VerbatimString:
    case Style::SpecialString:
    case Style::Char: // dialogue
        format.setForeground(tone(palette, 125));
        break;
    case Style::DecVal:
    case Style::BaseN:
    case Style::Float:
    case Style::Constant: // timing
        format.setForeground(tone(palette, 330));
        break;
    case Style::Others: // avoided
    case Style::Comment:
    case Style::Documentation:
        format.setForeground(dimmed(palette));
        format.setFontItalic(true);
        break;
    case Style::SpecialChar:
    case Style::Operator:
        format.setForeground(dimmed(palette));
        format.setFontWeight(QFont::Bold);
        break;
    case Style::Alert: // over-long: the text stays readable on a warm background
        format.setBackground(tint(palette, 8, 70));
        break;
    case Style::Warning:
        format.setForeground(tone(palette, 28));
        break;
    case Style::Error:
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(tone(palette, 0));
        break;
    case Style::BuiltIn:
    case Style::Extension:
    case Style::Preprocessor:
    case Style::Import:
    case Style::Annotation:
    case Style::CommentVar:
    case Style::RegionMarker:
    case Style::Information:
        format.setForeground(tone(palette, 250));
        break;
    }
    if (f.bold)
        format.setFontWeight(*f.bold ? QFont::Bold : QFont::Normal);
    if (f.italic)
        format.setFontItalic(*f.italic);
    if (f.underline)
        format.setFontUnderline(*f.underline);
    if (f.strikeOut)
        format.setFontStrikeOut(*f.strikeOut);
    return format;
}

} // namespace

PromptHighlighter::PromptHighlighter(QTextDocument *document)
    : PromptHighlighterBase(document)
    , m_definition(SyntaxDefinition::promptLanguage())
    , m_states { SyntaxDefinition::State {} }
{
    if (!m_definition.isValid())
        qWarning("PromptHighlighter: %s", qUtf8Printable(m_definition.errorString()));
#ifdef DAILIES_HAVE_KSYNTAXHIGHLIGHTING
    // KSyntaxHighlighting looks for definitions in <path>/syntax; the resource holds syntax/dailies-prompt.xml.
    m_repository.addCustomSearchPath(u":/dailies"_s);
    setDefinition(m_repository.definitionForName(m_definition.name()));
#endif
    QObject *ancestor = document ? document->parent() : nullptr;
    while (ancestor && !ancestor->isWidgetType())
        ancestor = ancestor->parent();
    if (ancestor)
        followPalette(static_cast<QWidget *>(ancestor));
    else
        updatePalette(QGuiApplication::palette());
}

PromptHighlighter::~PromptHighlighter() = default;

bool PromptHighlighter::usesKSyntaxHighlighting()
{
#ifdef DAILIES_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QTextCharFormat PromptHighlighter::charFormat(const QString &itemName) const
{
    const int index = m_definition.formatIndex(itemName);
    return index >= 0 && index < m_formats.size() ? m_formats.at(index) : QTextCharFormat();
}

void PromptHighlighter::followPalette(QWidget *widget)
{
    if (m_watched)
        m_watched->removeEventFilter(this);
    m_watched = widget;
    if (!widget)
        return;
    widget->installEventFilter(this);
    connect(widget, &QObject::destroyed, this, [this, widget]() {
        if (m_watched == widget)
            m_watched = nullptr;
    });
    updatePalette(widget->palette());
}

void PromptHighlighter::setCharacterNames(const QStringList &names)
{
    QStringList wanted;
    for (const QString &name : names) {
        if (!name.isEmpty() && !wanted.contains(name))
            wanted << name;
    }
    if (wanted == m_characterNames)
        return;
    m_characterNames = wanted;
    if (document())
        rehighlight();
}

void PromptHighlighter::updatePalette(const QPalette &palette)
{
    m_formats.clear();
    for (const SyntaxDefinition::Format &f : m_definition.formats())
        m_formats << formatFor(f, palette);
    // A character's name: bold on a warm tint with a solid underline, unlike any style of the language.
    m_characterFormat = QTextCharFormat();
    m_characterFormat.setFontWeight(QFont::Bold);
    m_characterFormat.setBackground(tint(palette, 45, 60));
    m_characterFormat.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    m_characterFormat.setUnderlineColor(tone(palette, 28));
#ifdef DAILIES_HAVE_KSYNTAXHIGHLIGHTING
    setTheme(m_repository.defaultTheme(palette.color(QPalette::Base).lightnessF() < 0.5
            ? KSyntaxHighlighting::Repository::DarkTheme
            : KSyntaxHighlighting::Repository::LightTheme));
#endif
    if (document())
        rehighlight();
}

bool PromptHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watched && event->type() == QEvent::PaletteChange)
        updatePalette(m_watched->palette());
    return PromptHighlighterBase::eventFilter(watched, event);
}

int PromptHighlighter::stateIndex(const SyntaxDefinition::State &state)
{
    // Few distinct stacks occur (a section, a quote inside it, …), so a linear search is cheapest.
    const qsizetype index = m_states.indexOf(state);
    if (index >= 0)
        return int(index);
    m_states << state;
    return int(m_states.size() - 1);
}

void PromptHighlighter::highlightBlock(const QString &text)
{
#ifdef DAILIES_HAVE_KSYNTAXHIGHLIGHTING
    PromptHighlighterBase::highlightBlock(text);
#else
    const int previous = previousBlockState();
    const SyntaxDefinition::State state
        = previous >= 0 && previous < m_states.size() ? m_states.at(previous) : SyntaxDefinition::State {};
    const SyntaxDefinition::LineResult result = m_definition.highlightLine(text, state);
    for (const SyntaxDefinition::Span &span : result.spans) {
        if (span.format >= 0 && span.format < m_formats.size() && !m_formats.at(span.format).properties().isEmpty())
            setFormat(span.start, span.length, m_formats.at(span.format));
    }
    setCurrentBlockState(stateIndex(result.state));
#endif
    markCharacters(text);
}

void PromptHighlighter::markCharacters(const QString &text)
{
    for (const QString &name : std::as_const(m_characterNames)) {
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.size())) {
            // Merged over the language's format, character by character, so a name inside a quote stays a quote.
            for (qsizetype i = at; i < at + name.size(); ++i) {
                QTextCharFormat merged = format(int(i));
                merged.merge(m_characterFormat);
                setFormat(int(i), 1, merged);
            }
        }
    }
}

} // namespace Dailies
