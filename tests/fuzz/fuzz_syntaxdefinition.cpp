// SPDX-License-Identifier: GPL-3.0-or-later
// The syntax-definition reader (KSyntaxHighlighting XML) and the highlighter it builds: a definition is data, and
// whoever edits resources/syntax/ or points the reader at another file should get a message, never a crash.
#include <QByteArray>
#include <QStringList>
#include <cstddef>
#include <cstdint>

#include "core/prompt/syntaxdefinition.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Dailies::SyntaxDefinition definition = Dailies::SyntaxDefinition::fromData(bytes);
    if (!definition.isValid())
        return 0;
    (void)definition.warnings();
    for (const QString &name : definition.contextNames())
        (void)definition.keywordList(name);
    static const QStringList lines { u"Camera: slow dolly-in on a {subject}, 35mm, golden hour"_s,
        u"Avoid: text, \"watermarks\" \\"_s, u"  Dialogue: \"Hello\" — she says."_s, QString(), u"{}{{"_s };
    Dailies::SyntaxDefinition::State state;
    for (const QString &line : lines)
        state = definition.highlightLine(line, state).state;
    return 0;
}
