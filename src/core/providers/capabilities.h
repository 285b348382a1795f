// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/api/providerprofile.h"

namespace Dailies
{

/// What one model accepts and what it costs.
struct ModelCapability {
    QString id;
    QString label;
    QStringList sizes;
    QStringList seconds;
    double defaultPricePerSecond = -1; ///< negative when unknown
    QHash<QString, double> pricePerSecondBySize;
    QString finalModel; ///< the model "Render final" re-runs a draft on; its own id when it has none above it

    [[nodiscard]] std::optional<double> pricePerSecond(const QString &size) const;
};

/**
 * The capability and price table (resources/capabilities.json, editable by the user): models, the sizes and
 * durations each accepts, prices per second, and per-provider-kind overrides. Lookups never reject unknown
 * values: a model, size or duration the table does not know is simply not constrained and has no price.
 */
class CapabilityTable final
{
    Q_DECLARE_TR_FUNCTIONS(Dailies::CapabilityTable)

public:
    /// Parses the JSON data; on failure returns std::nullopt and sets *error (naming the field).
    [[nodiscard]] static std::optional<CapabilityTable> fromJson(const QByteArray &json, QString *error);
    /// Reads a file (for a user-edited table).
    [[nodiscard]] static std::optional<CapabilityTable> load(const QString &path, QString *error);
    /// The table built into the program.
    [[nodiscard]] static const CapabilityTable &builtIn();

    /// The models for a provider kind (its override if the table has one, else the general list).
    [[nodiscard]] QList<ModelCapability> models(Api::ProviderKind kind = Api::ProviderKind::OpenAI) const;
    [[nodiscard]] std::optional<ModelCapability> model(
        const QString &id, Api::ProviderKind kind = Api::ProviderKind::OpenAI) const;
    [[nodiscard]] int maxConcurrentJobs(Api::ProviderKind kind) const;
    [[nodiscard]] QString defaultModel() const { return m_defaultModel; }
    [[nodiscard]] QString defaultSize() const { return m_defaultSize; }
    [[nodiscard]] QString defaultSeconds() const { return m_defaultSeconds; }
    [[nodiscard]] QString currency() const { return m_currency; }

    /// The model "Render final" re-runs a take of `model` on: the model's `finalModel` in the table (none when that
    /// is the model itself), else the most expensive model of the provider kind when it costs more than `model`;
    /// empty when there is none.
    [[nodiscard]] QString finalModelFor(const QString &model, Api::ProviderKind kind = Api::ProviderKind::OpenAI) const;

    /// price per second at `size` (ModelCapability::pricePerSecond: the size's own price, else the model's default)
    /// × seconds × variations; std::nullopt when the model or its price is unknown. Every estimate of the program
    /// (engine, compose panel, library, command line) goes through here or through pricePerSecond().
    [[nodiscard]] std::optional<double> estimate(const QString &model, const QString &size, const QString &seconds,
        int variations = 1, Api::ProviderKind kind = Api::ProviderKind::OpenAI) const;

private:
    QList<ModelCapability> m_models;
    QHash<QString, QList<ModelCapability>> m_providerModels;
    QHash<QString, int> m_providerConcurrency;
    QString m_defaultModel;
    QString m_defaultSize;
    QString m_defaultSeconds;
    QString m_currency;
};

} // namespace Dailies
