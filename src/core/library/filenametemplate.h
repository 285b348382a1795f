// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Dailies
{

class Clock;

struct ClipRecord;

/**
 * A clip file name template such as `{project}/{date}_{prompt:40}_{id}`: literal text and placeholders, `/` between
 * folder levels. Placeholders: {date} (yyyy-MM-dd of the creation time, local), {time} (HHmmss), {prompt:N} (a slug
 * of at most N characters, 1..200; {prompt} is {prompt:40}), {model}, {size}, {seconds}, {id} (the provider's id),
 * {project} ("no-project" when empty). A template that could leave the library folder (`..`, an absolute path, a
 * drive letter, a backslash) or that has an empty folder level is not valid.
 */
class FileNameTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(Dailies::FileNameTemplate)

public:
    /// Parses `text`; check isValid() or error() before expanding. The clock (not owned; default: the system's)
    /// dates a clip that has no time of its own.
    explicit FileNameTemplate(const QString &text, const Clock *clock = nullptr);

    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    /// Why the template cannot be used, for a person; empty when it is valid.
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] const QString &text() const { return m_text; }

    /// The relative path (folders joined by `/`, no extension) for `clip`; each level is sanitised with
    /// sanitizeFileName() and never empty. Empty when the template is not valid.
    [[nodiscard]] QString expand(const ClipRecord &clip) const;

    static constexpr int kMaxPromptLength = 200;
    static constexpr int kDefaultPromptLength = 40;

private:
    enum class Kind { Literal, Date, Time, Prompt, Model, Size, Seconds, Id, Project };
    struct Part {
        Kind kind = Kind::Literal;
        QString literal;
        int length = 0;
    };
    bool parseComponent(const QString &component);

    QString m_text;
    QString m_error;
    const Clock *m_clock;
    QList<QList<Part>> m_components;
};

} // namespace Dailies
