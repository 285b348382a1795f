// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/prompt/syntaxdefinition.h"

namespace Dailies
{

/**
 * The five-element check: does a prompt say who (subject), does what (action), where and when (setting), how it is
 * filmed and lit (camera and lighting), and in what look (style)? It reads the prompt with the prompt language's
 * own highlighting (SyntaxDefinition::promptLanguage() unless given another), so what it counts is exactly what
 * the editor colours: a section label ("Camera:", "Scene:", "Style/format:", …) followed by text, or a term of the
 * element's vocabulary (the keyword lists and phrases of resources/syntax/dailies-prompt.xml). Words after an
 * "Avoid:" label count for nothing. The subject is not guessed: it is missing only when there is no subject label
 * and no word outside the vocabulary at all. Cheap enough to run on every keystroke.
 */
class PromptCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Dailies::PromptCheck)

public:
    enum class Element { Subject, Action, Setting, CameraLighting, Style };
    static constexpr int kElementCount = 5;

    struct Result {
        Element element = Element::Subject;
        bool present = false;
        QString hint; ///< one translated sentence: what was found, or what to add with an example
        QStringList evidence; ///< up to three labels or terms that count (for the subject: its labelled text)
    };

    /// Checks with the shipped prompt language.
    PromptCheck();
    /// Checks with another definition that uses the same item names (tests).
    explicit PromptCheck(SyntaxDefinition definition);

    /// One result per element, in Element order.
    [[nodiscard]] QList<Result> check(const QString &prompt) const;

    /// The element's short translated name ("Camera & lighting").
    [[nodiscard]] static QString elementName(Element element);
    /// The `<itemData>` names that count for each element (the contract with the XML).
    [[nodiscard]] static QStringList labelItems();
    [[nodiscard]] static QStringList termItems();

private:
    SyntaxDefinition m_definition;
    QList<int> m_role; ///< per format index: what the format counts for (see promptcheck.cpp)
};

} // namespace Dailies
