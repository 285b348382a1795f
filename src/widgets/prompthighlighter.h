// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include "core/prompt/syntaxdefinition.h"

#ifdef DAILIES_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#endif

namespace Dailies
{

#ifdef DAILIES_HAVE_KSYNTAXHIGHLIGHTING
using PromptHighlighterBase = KSyntaxHighlighting::SyntaxHighlighter;
#else
using PromptHighlighterBase = QSyntaxHighlighter;
#endif

/**
 * Highlights a prompt document with the prompt language (resources/syntax/dailies-prompt.xml). Built against
 * KF6::SyntaxHighlighting it is KSyntaxHighlighting's own highlighter with the same file and its light or dark
 * default theme; otherwise (Debian 12) it runs SyntaxDefinition, the built-in reader of that file, and keeps each
 * block's context stack as an index into a small table of the stacks seen. Colours come from the palette, so the
 * text reads in light and dark palettes; the definition's own colours are not used. It follows the palette of the
 * first widget above the document (the editor), or of a widget given to followPalette().
 *
 * Over the language it marks the names of the characters chosen for the take (setCharacterNames()) wherever they
 * appear as written, with a format of their own: the provider looks for them verbatim.
 */
class PromptHighlighter final : public PromptHighlighterBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptHighlighter)

public:
    /// Highlights `document`, which owns the highlighter.
    explicit PromptHighlighter(QTextDocument *document);
    ~PromptHighlighter() override;

    /// True when built against KF6::SyntaxHighlighting.
    [[nodiscard]] static bool usesKSyntaxHighlighting();
    /// The built-in path's character format for an `<itemData>` of the prompt language (empty for plain text).
    [[nodiscard]] QTextCharFormat charFormat(const QString &itemName) const;
    /// Recomputes the formats whenever `widget`'s palette changes.
    void followPalette(QWidget *widget);
    /// Marks these names (case-sensitive, as the provider matches them) and highlights the document again.
    void setCharacterNames(const QStringList &names);
    [[nodiscard]] QStringList characterNames() const { return m_characterNames; }
    /// The format a character's name gets (over whatever the language gives it).
    [[nodiscard]] QTextCharFormat characterFormat() const { return m_characterFormat; }

public Q_SLOTS:
    /// Recomputes the formats from `palette` and highlights the document again.
    void updatePalette(const QPalette &palette);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void highlightBlock(const QString &text) override;

private:
    [[nodiscard]] int stateIndex(const SyntaxDefinition::State &state);
    void markCharacters(const QString &text);

    SyntaxDefinition m_definition;
    QList<QTextCharFormat> m_formats; ///< per format index of m_definition
    QList<SyntaxDefinition::State> m_states; ///< block state n is m_states[n]; 0 is the initial state
    QWidget *m_watched = nullptr;
    QStringList m_characterNames;
    QTextCharFormat m_characterFormat;
#ifdef DAILIES_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::Repository m_repository;
#endif
};

} // namespace Dailies
