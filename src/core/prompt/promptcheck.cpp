// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prompt/promptcheck.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

// What a format of the prompt language counts for. The names are the XML's <itemData> names.
enum Role {
    None,
    Plain,
    Dialogue,
    SubjectLabel,
    ActionLabel,
    SettingLabel,
    CameraLabel,
    LightingLabel,
    StyleLabel,
    ActionTerm,
    SettingTerm,
    CameraTerm,
    LightingTerm,
    StyleTerm,
};

struct RoleName {
    QLatin1StringView name;
    Role role;
};

constexpr RoleName kLabels[] = {
    { "Subject Label"_L1, SubjectLabel },
    { "Action Label"_L1, ActionLabel },
    { "Setting Label"_L1, SettingLabel },
    { "Camera Label"_L1, CameraLabel },
    { "Lighting Label"_L1, LightingLabel },
    { "Style Label"_L1, StyleLabel },
};

constexpr RoleName kTerms[] = {
    { "Action Term"_L1, ActionTerm },
    { "Setting Term"_L1, SettingTerm },
    { "Camera Term"_L1, CameraTerm },
    { "Lighting Term"_L1, LightingTerm },
    { "Style Term"_L1, StyleTerm },
};

// The six things found; camera and lighting are one element but get separate hints.
enum Slot { SubjectSlot, ActionSlot, SettingSlot, CameraSlot, LightingSlot, StyleSlot, kSlotCount };

Slot slotOf(Role role)
{
    switch (role) {
    case SubjectLabel:
        return SubjectSlot;
    case ActionLabel:
    case ActionTerm:
    case Dialogue:
        return ActionSlot;
    case SettingLabel:
    case SettingTerm:
        return SettingSlot;
    case CameraLabel:
    case CameraTerm:
        return CameraSlot;
    case LightingLabel:
    case LightingTerm:
        return LightingSlot;
    case StyleLabel:
    case StyleTerm:
        return StyleSlot;
    case None:
    case Plain:
        break;
    }
    return kSlotCount;
}

bool isLabel(Role role)
{
    return role >= SubjectLabel && role <= StyleLabel;
}

const QStringList &stopWords()
{
    // Words that say nothing about who is in the shot, sorted for a case-insensitive binary search.
    static const QStringList words = [] {
        QStringList w { u"the"_s, u"and"_s, u"but"_s, u"for"_s, u"with"_s, u"from"_s, u"into"_s, u"onto"_s, u"over"_s,
            u"under"_s, u"its"_s, u"his"_s, u"her"_s, u"their"_s, u"this"_s, u"that"_s, u"these"_s, u"those"_s,
            u"very"_s, u"slowly"_s, u"slow"_s, u"fast"_s, u"quickly"_s, u"then"_s, u"while"_s, u"them"_s, u"you"_s,
            u"are"_s, u"was"_s, u"were"_s, u"has"_s, u"have"_s, u"through"_s, u"across"_s, u"toward"_s, u"towards"_s,
            u"off"_s, u"out"_s, u"each"_s, u"every"_s, u"one"_s, u"two"_s, u"some"_s, u"all"_s, u"more"_s, u"most"_s,
            u"less"_s, u"just"_s, u"only"_s, u"also"_s, u"shot"_s, u"shots"_s, u"scene"_s, u"soft"_s, u"warm"_s,
            u"cool"_s, u"cold"_s, u"light"_s, u"lights"_s, u"camera"_s, u"style"_s, u"look"_s, u"frame"_s,
            u"background"_s, u"foreground"_s, u"high"_s, u"low"_s, u"wide"_s, u"medium"_s, u"long"_s, u"gentle"_s,
            u"subtle"_s, u"colors"_s, u"colours"_s, u"color"_s, u"colour"_s, u"tones"_s, u"feel"_s, u"mood"_s,
            u"film"_s, u"video"_s, u"clip"_s, u"seconds"_s, u"second"_s, u"beat"_s, u"beats"_s, u"end"_s, u"start"_s };
        std::sort(w.begin(), w.end(),
            [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        return w;
    }();
    return words;
}

bool isStopWord(QStringView word)
{
    const QStringList &words = stopWords();
    const auto it = std::lower_bound(words.cbegin(), words.cend(), word,
        [](const QString &item, QStringView w) { return QStringView(item).compare(w, Qt::CaseInsensitive) < 0; });
    return it != words.cend() && QStringView(*it).compare(word, Qt::CaseInsensitive) == 0;
}

bool isPronoun(QStringView word)
{
    // "she smiles": vague, but someone is there.
    for (const QLatin1StringView p : { "he"_L1, "she"_L1, "they"_L1, "we"_L1 }) {
        if (word.compare(p, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool hasContentWord(QStringView text)
{
    int start = -1;
    for (int i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && (text.at(i).isLetter() || text.at(i) == u'\'' || text.at(i) == u'’');
        if (letter && start < 0) {
            start = i;
        } else if (!letter && start >= 0) {
            const QStringView word = text.sliced(start, i - start);
            if ((word.size() >= 3 && !isStopWord(word)) || isPronoun(word))
                return true;
            start = -1;
        }
    }
    return false;
}

QString evidenceText(QStringView text)
{
    QString s = text.toString().simplified();
    while (s.endsWith(u':') || s.endsWith(u'.'))
        s.chop(1);
    constexpr int kMax = 32;
    if (s.size() > kMax)
        s = s.left(kMax - 1).trimmed() + u'…';
    return s;
}

} // namespace

PromptCheck::PromptCheck()
    : PromptCheck(SyntaxDefinition::promptLanguage())
{
}

PromptCheck::PromptCheck(SyntaxDefinition definition)
    : m_definition(std::move(definition))
{
    if (!m_definition.isValid())
        qWarning("PromptCheck: %s", qUtf8Printable(m_definition.errorString()));
    const QList<SyntaxDefinition::Format> &formats = m_definition.formats();
    m_role.fill(None, formats.size());
    const auto assign = [&](QLatin1StringView name, Role role) {
        const int index = m_definition.formatIndex(QString(name));
        if (index >= 0)
            m_role[index] = role;
    };
    assign("Normal Text"_L1, Plain);
    assign("Dialogue"_L1, Dialogue);
    for (const RoleName &r : kLabels)
        assign(r.name, r.role);
    for (const RoleName &r : kTerms)
        assign(r.name, r.role);
}

QStringList PromptCheck::labelItems()
{
    QStringList names;
    for (const RoleName &r : kLabels)
        names << QString(r.name);
    return names;
}

QStringList PromptCheck::termItems()
{
    QStringList names;
    for (const RoleName &r : kTerms)
        names << QString(r.name);
    return names;
}

QString PromptCheck::elementName(Element element)
{
    switch (element) {
    case Element::Subject:
        return tr("Subject");
    case Element::Action:
        return tr("Action");
    case Element::Setting:
        return tr("Setting");
    case Element::CameraLighting:
        return tr("Camera & lighting");
    case Element::Style:
        return tr("Style");
    }
    return {};
}

QList<PromptCheck::Result> PromptCheck::check(const QString &prompt) const
{
    QStringList found[kSlotCount];
    bool subjectWords = false;
    const auto note = [&found](Slot slot, QStringView text) {
        QStringList &list = found[slot];
        const QString e = evidenceText(text);
        if (e.isEmpty() || list.size() >= 3)
            return;
        for (const QString &seen : std::as_const(list)) {
            if (seen.compare(e, Qt::CaseInsensitive) == 0)
                return;
        }
        list << e;
    };

    SyntaxDefinition::State state;
    for (QStringView line : QStringView(prompt).split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        const SyntaxDefinition::LineResult result = m_definition.highlightLine(line, state);
        for (const SyntaxDefinition::Span &span : result.spans) {
            const Role role = span.format < m_role.size() ? Role(m_role.at(span.format)) : None;
            const QStringView text = line.sliced(span.start, span.length);
            if (role == Plain) {
                subjectWords = subjectWords || hasContentWord(text);
                continue;
            }
            const Slot slot = slotOf(role);
            if (slot == kSlotCount)
                continue;
            if (isLabel(role)) {
                // A label counts when something follows it (on this line or, after a backslash, the next).
                QStringView rest = line.sliced(span.start + span.length).trimmed();
                if (rest.endsWith(u'\\'))
                    rest = rest.chopped(1).trimmed();
                if (rest.isEmpty() && !line.trimmed().endsWith(u'\\'))
                    continue;
                // The subject is best shown by what follows its label ("a heron"), the others by their label.
                if (role == SubjectLabel && !rest.isEmpty()) {
                    note(slot, rest);
                    continue;
                }
            }
            note(slot, role == Dialogue ? QStringView(tr("dialogue")) : text);
        }
        state = result.state;
    }

    const auto join = [](const QStringList &list) {
        QStringList quoted;
        for (const QString &s : list)
            quoted << tr("“%1”").arg(s);
        return quoted.join(tr(", "));
    };

    QList<Result> results;
    const auto add = [&results](Element element, bool present, const QString &hint, const QStringList &evidence) {
        results << Result { element, present, hint, evidence };
    };

    const QStringList &subject = found[SubjectSlot];
    if (!subject.isEmpty())
        add(Element::Subject, true, tr("Subject: %1.").arg(join(subject)), subject);
    else if (subjectWords)
        add(Element::Subject, true, tr("Subject: described in the text; a “Subject:” line makes it explicit."), {});
    else
        add(Element::Subject, false,
            tr("Subject: say who or what the shot is about (e.g. an old fisherman in a yellow raincoat)."), {});

    const QStringList &action = found[ActionSlot];
    if (!action.isEmpty())
        add(Element::Action, true, tr("Action: found %1.").arg(join(action)), action);
    else
        add(Element::Action, false, tr("Action: add one clear action (e.g. turns toward the window and smiles)."), {});

    const QStringList &setting = found[SettingSlot];
    if (!setting.isEmpty())
        add(Element::Setting, true, tr("Setting: found %1.").arg(join(setting)), setting);
    else
        add(Element::Setting, false, tr("Setting: say where and when (e.g. a rainy harbour at dawn)."), {});

    const QStringList &camera = found[CameraSlot];
    const QStringList &lighting = found[LightingSlot];
    if (!camera.isEmpty() && !lighting.isEmpty())
        add(Element::CameraLighting, true, tr("Camera & lighting: found %1.").arg(join(camera + lighting)),
            camera + lighting);
    else if (!camera.isEmpty())
        add(Element::CameraLighting, true,
            tr("Camera & lighting: camera found (%1); add the light (e.g. warm backlight at golden hour).")
                .arg(join(camera)),
            camera);
    else if (!lighting.isEmpty())
        add(Element::CameraLighting, true,
            tr("Camera & lighting: light found (%1); add a shot type or movement (e.g. slow dolly-in).")
                .arg(join(lighting)),
            lighting);
    else
        add(Element::CameraLighting, false,
            tr("Camera & lighting: add a shot type or movement and the light (e.g. slow dolly-in, soft window "
               "light)."),
            {});

    const QStringList &style = found[StyleSlot];
    if (!style.isEmpty())
        add(Element::Style, true, tr("Style: found %1.").arg(join(style)), style);
    else
        add(Element::Style, false, tr("Style: name a look (e.g. cinematic, hand-drawn animation, muted palette)."), {});
    return results;
}

} // namespace Dailies
