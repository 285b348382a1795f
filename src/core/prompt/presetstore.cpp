// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prompt/presetstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

#include "core/storage/database.h"
#include "core/util/clock.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

constexpr int kMaxNameLength = 80;

ComposePreset fromQuery(const QSqlQuery &q)
{
    ComposePreset p;
    p.name = q.value(0).toString();
    p.prompt = q.value(1).toString();
    p.model = q.value(2).toString();
    p.size = q.value(3).toString();
    p.seconds = q.value(4).toString();
    p.variations = q.value(5).toInt();
    p.fit = referenceFitFromName(q.value(6).toString());
    return p;
}

} // namespace

QString referenceFitName(ReferenceFit fit)
{
    return fit == ReferenceFit::Crop ? u"crop"_s : u"fit"_s;
}

ReferenceFit referenceFitFromName(const QString &name)
{
    return name.compare("crop"_L1, Qt::CaseInsensitive) == 0 ? ReferenceFit::Crop : ReferenceFit::Fit;
}

PresetStore::PresetStore(Database *database, Clock *clock)
    : m_db(database)
    , m_clock(clock ? clock : &SystemClock::instance())
{
}

QList<ComposePreset> PresetStore::presets() const
{
    QList<ComposePreset> list;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT name, prompt, model, size, seconds, variations, reference_fit FROM presets"_s))
        return list;
    while (q.next())
        list.append(fromQuery(q));
    std::sort(list.begin(), list.end(), [](const ComposePreset &a, const ComposePreset &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    return list;
}

std::optional<ComposePreset> PresetStore::preset(const QString &name) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT name, prompt, model, size, seconds, variations, reference_fit FROM presets WHERE name = ?"_s);
    q.addBindValue(name.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

QString PresetStore::save(const ComposePreset &in, bool replace)
{
    const QString name = in.name.trimmed();
    if (name.isEmpty())
        return tr("Give the preset a name.");
    if (name.size() > kMaxNameLength)
        return tr("A preset name can have at most %1 characters.").arg(kMaxNameLength);
    if (in.variations < 1)
        return tr("A preset needs at least one variation.");
    if (!replace && preset(name))
        return tr("There is already a preset named '%1'.").arg(name);
    QSqlQuery q(m_db->connection());
    q.prepare(u"INSERT OR REPLACE INTO presets (name, prompt, model, size, seconds, variations, reference_fit, "
              u"updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(name);
    q.addBindValue(in.prompt);
    q.addBindValue(in.model.trimmed());
    q.addBindValue(in.size.trimmed());
    q.addBindValue(in.seconds.trimmed());
    q.addBindValue(in.variations);
    q.addBindValue(referenceFitName(in.fit));
    q.addBindValue(m_clock->now().toMSecsSinceEpoch());
    if (!q.exec())
        return tr("The preset could not be saved: %1").arg(q.lastError().text());
    return {};
}

QString PresetStore::rename(const QString &from, const QString &to)
{
    const QString target = to.trimmed();
    if (target.isEmpty())
        return tr("Give the preset a name.");
    if (target.size() > kMaxNameLength)
        return tr("A preset name can have at most %1 characters.").arg(kMaxNameLength);
    if (!preset(from))
        return tr("There is no preset named '%1'.").arg(from.trimmed());
    if (target == from.trimmed())
        return {};
    if (preset(target))
        return tr("There is already a preset named '%1'.").arg(target);
    QSqlQuery q(m_db->connection());
    q.prepare(u"UPDATE presets SET name = ?, updated_at = ? WHERE name = ?"_s);
    q.addBindValue(target);
    q.addBindValue(m_clock->now().toMSecsSinceEpoch());
    q.addBindValue(from.trimmed());
    if (!q.exec())
        return tr("The preset could not be renamed: %1").arg(q.lastError().text());
    return {};
}

QString PresetStore::remove(const QString &name)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"DELETE FROM presets WHERE name = ?"_s);
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return tr("The preset could not be deleted: %1").arg(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return tr("There is no preset named '%1'.").arg(name.trimmed());
    return {};
}

} // namespace Dailies
