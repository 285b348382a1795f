// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace Dailies
{

class Clock;
class Database;

/// How a reference image is brought to the video's size: letterboxed whole, or centre-cropped to fill.
enum class ReferenceFit { Fit, Crop };

[[nodiscard]] QString referenceFitName(ReferenceFit fit);
/// "fit" or "crop"; anything else gives Fit.
[[nodiscard]] ReferenceFit referenceFitFromName(const QString &name);

/// A named set of compose settings: the prompt template (may hold `{placeholders}`) and the pickers' values.
struct ComposePreset {
    QString name;
    QString prompt;
    QString model;
    QString size;
    QString seconds;
    int variations = 1;
    ReferenceFit fit = ReferenceFit::Fit;

    friend bool operator==(const ComposePreset &, const ComposePreset &) = default;
};

/**
 * The saved compose presets, kept in the library database (table `presets`, schema 2), one per name. Names are
 * trimmed, must not be blank and are unique (compared exactly). Every change returns an empty string or, for a
 * person, why nothing changed. Not owned: the database, the clock.
 */
class PresetStore final
{
    Q_DECLARE_TR_FUNCTIONS(Dailies::PresetStore)

public:
    /// `clock` may be nullptr for the system clock.
    explicit PresetStore(Database *database, Clock *clock = nullptr);

    /// All presets, by name (case-insensitive order).
    [[nodiscard]] QList<ComposePreset> presets() const;
    [[nodiscard]] std::optional<ComposePreset> preset(const QString &name) const;
    /// Stores `preset` under its (trimmed) name, replacing one of the same name when `replace` is true.
    [[nodiscard]] QString save(const ComposePreset &preset, bool replace = true);
    [[nodiscard]] QString rename(const QString &from, const QString &to);
    [[nodiscard]] QString remove(const QString &name);

private:
    Database *m_db;
    Clock *m_clock;
};

} // namespace Dailies
