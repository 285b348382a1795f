// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/providers/capabilities.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out << (v.isDouble() ? QString::number(v.toDouble()) : v.toString());
    return out;
}

std::optional<QList<ModelCapability>> parseModels(const QJsonValue &value, const QString &where, QString *error)
{
    if (!value.isArray()) {
        *error = CapabilityTable::tr("%1: 'models' should be an array.").arg(where);
        return std::nullopt;
    }
    QList<ModelCapability> models;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        ModelCapability m;
        m.id = o.value("id"_L1).toString();
        if (m.id.isEmpty()) {
            *error = CapabilityTable::tr("%1: model %2 has no 'id'.").arg(where).arg(i + 1);
            return std::nullopt;
        }
        m.label = o.value("label"_L1).toString(m.id);
        m.sizes = strings(o.value("sizes"_L1));
        m.seconds = strings(o.value("seconds"_L1));
        m.finalModel = o.value("finalModel"_L1).toString();
        const QJsonObject prices = o.value("pricePerSecond"_L1).toObject();
        for (auto it = prices.constBegin(); it != prices.constEnd(); ++it) {
            if (!it.value().isDouble() || it.value().toDouble() < 0) {
                *error
                    = CapabilityTable::tr("%1: model '%2' has a price for '%3' that is not a number of zero or more.")
                          .arg(where, m.id, it.key());
                return std::nullopt;
            }
            if (it.key() == "default"_L1)
                m.defaultPricePerSecond = it.value().toDouble();
            else
                m.pricePerSecondBySize.insert(it.key(), it.value().toDouble());
        }
        models.append(m);
    }
    return models;
}

} // namespace

std::optional<double> ModelCapability::pricePerSecond(const QString &size) const
{
    if (const auto it = pricePerSecondBySize.constFind(size); it != pricePerSecondBySize.cend())
        return *it;
    if (defaultPricePerSecond >= 0)
        return defaultPricePerSecond;
    return std::nullopt;
}

std::optional<CapabilityTable> CapabilityTable::fromJson(const QByteArray &json, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        err = CapabilityTable::tr("The capability table is not a JSON object (%1 at byte %2).")
                  .arg(parseError.errorString())
                  .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    CapabilityTable t;
    auto models = parseModels(root.value("models"_L1), CapabilityTable::tr("capability table"), &err);
    if (!models)
        return std::nullopt;
    t.m_models = *models;
    const QJsonObject defaults = root.value("defaults"_L1).toObject();
    t.m_defaultModel = defaults.value("model"_L1).toString(u"sora-2"_s);
    t.m_defaultSize = defaults.value("size"_L1).toString(u"720x1280"_s);
    t.m_defaultSeconds = defaults.value("seconds"_L1).toString(u"4"_s);
    t.m_currency = root.value("currency"_L1).toString(u"USD"_s);
    const QJsonObject providers = root.value("providers"_L1).toObject();
    for (auto it = providers.constBegin(); it != providers.constEnd(); ++it) {
        const QJsonObject p = it.value().toObject();
        if (p.contains("models"_L1)) {
            auto providerModels
                = parseModels(p.value("models"_L1), CapabilityTable::tr("provider '%1'").arg(it.key()), &err);
            if (!providerModels)
                return std::nullopt;
            t.m_providerModels.insert(it.key(), *providerModels);
        }
        if (p.contains("maxConcurrentJobs"_L1))
            t.m_providerConcurrency.insert(it.key(), p.value("maxConcurrentJobs"_L1).toInt());
    }
    return t;
}

std::optional<CapabilityTable> CapabilityTable::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = CapabilityTable::tr("Cannot read '%1': %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

const CapabilityTable &CapabilityTable::builtIn()
{
    static const CapabilityTable table = [] {
        QString error;
        auto loaded = load(u":/dailies/capabilities.json"_s, &error);
        Q_ASSERT_X(loaded, "CapabilityTable::builtIn", "the built-in capability table must parse");
        return loaded.value_or(CapabilityTable {});
    }();
    return table;
}

QList<ModelCapability> CapabilityTable::models(Api::ProviderKind kind) const
{
    return m_providerModels.value(Api::toString(kind), m_models);
}

std::optional<ModelCapability> CapabilityTable::model(const QString &id, Api::ProviderKind kind) const
{
    const QList<ModelCapability> list = models(kind);
    for (const ModelCapability &m : list) {
        if (m.id == id)
            return m;
    }
    return std::nullopt;
}

int CapabilityTable::maxConcurrentJobs(Api::ProviderKind kind) const
{
    return m_providerConcurrency.value(Api::toString(kind), 0);
}

std::optional<double> CapabilityTable::estimate(
    const QString &modelId, const QString &size, const QString &seconds, int variations, Api::ProviderKind kind) const
{
    const std::optional<ModelCapability> m = model(modelId.isEmpty() ? m_defaultModel : modelId, kind);
    if (!m)
        return std::nullopt;
    const std::optional<double> price = m->pricePerSecond(size.isEmpty() ? m_defaultSize : size);
    bool ok = false;
    const double secs = (seconds.isEmpty() ? m_defaultSeconds : seconds).toDouble(&ok);
    if (!price || !ok || secs <= 0 || variations < 1)
        return std::nullopt;
    return *price * secs * variations;
}

QString CapabilityTable::finalModelFor(const QString &model, Api::ProviderKind kind) const
{
    const std::optional<ModelCapability> current = this->model(model, kind);
    // A model that names itself is the top of its own line (a gateway's Veo or Runway model must not be sent to
    // another vendor's dearest model).
    if (current && !current->finalModel.isEmpty())
        return current->finalModel == model ? QString() : current->finalModel;
    const QList<ModelCapability> all = models(kind);
    const auto best
        = std::max_element(all.cbegin(), all.cend(), [](const ModelCapability &a, const ModelCapability &b) {
              return a.defaultPricePerSecond < b.defaultPricePerSecond;
          });
    if (best == all.cend() || best->id == model || best->defaultPricePerSecond <= 0)
        return {};
    if (current && current->defaultPricePerSecond >= best->defaultPricePerSecond)
        return {};
    return best->id;
}

} // namespace Dailies
