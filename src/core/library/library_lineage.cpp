// SPDX-License-Identifier: GPL-3.0-or-later
// Lineage (what a clip was made from and what was made from it) and the characters the library keeps.
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "core/library/library.h"
#include "core/library/library_p.h"
#include "core/storage/database.h"
#include "core/util/clock.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

CharacterRecord characterFrom(const QSqlQuery &q)
{
    CharacterRecord c;
    c.profile = q.value(0).toString();
    c.characterId = q.value(1).toString();
    c.name = q.value(2).toString();
    c.sourceClipId = q.value(3).toLongLong();
    c.sourcePath = q.value(4).toString();
    c.createdAt = LibraryDetail::fromMs(q.value(5));
    return c;
}

const QString kCharacterColumns = u"profile, character_id, name, IFNULL(source_clip_id, 0), source_path, created_at"_s;

} // namespace

QList<ClipRecord> Library::ancestorsOf(qint64 id) const
{
    QList<ClipRecord> chain;
    std::optional<ClipRecord> current = clip(id);
    QSet<QString> seen; // a damaged library could hold a cycle
    while (current && !current->parentRemoteId.isEmpty() && !seen.contains(current->parentRemoteId)) {
        seen.insert(current->parentRemoteId);
        current = clipByRemoteId(current->profile, current->parentRemoteId);
        if (current)
            chain.append(*current);
    }
    return chain;
}

int Library::extensionCount(qint64 id) const
{
    const std::optional<ClipRecord> self = clip(id);
    if (!self || self->origin != "extend"_L1)
        return 0;
    int count = 1;
    const QList<ClipRecord> above = ancestorsOf(id);
    for (const ClipRecord &ancestor : above) {
        if (ancestor.origin != "extend"_L1)
            break;
        ++count;
    }
    return count;
}

bool Library::saveCharacter(const CharacterRecord &character, QString *error)
{
    QSqlQuery q(d->db->connection());
    q.prepare(u"INSERT INTO characters (profile, character_id, name, source_clip_id, source_path, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(profile, character_id) DO UPDATE SET name = excluded.name, "
              "source_clip_id = IFNULL(excluded.source_clip_id, source_clip_id), "
              "source_path = CASE WHEN excluded.source_path <> '' THEN excluded.source_path ELSE source_path END"_s);
    q.addBindValue(character.profile);
    q.addBindValue(character.characterId);
    q.addBindValue(character.name);
    q.addBindValue(
        character.sourceClipId > 0 ? QVariant(character.sourceClipId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(character.sourcePath.isNull() ? u""_s : character.sourcePath);
    q.addBindValue((character.createdAt.isValid() ? character.createdAt : d->clock->now()).toMSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot keep the character in the library: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

QList<CharacterRecord> Library::characters(const QString &profile) const
{
    QSqlQuery q(d->db->connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kCharacterColumns + u" FROM characters WHERE ? = '' OR profile = ? ORDER BY name, id"_s);
    q.addBindValue(profile.isNull() ? u""_s : profile);
    q.addBindValue(profile.isNull() ? u""_s : profile);
    QList<CharacterRecord> list;
    if (!q.exec())
        return list;
    while (q.next())
        list.append(characterFrom(q));
    return list;
}

std::optional<CharacterRecord> Library::character(const QString &profile, const QString &characterId) const
{
    QSqlQuery q(d->db->connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kCharacterColumns + u" FROM characters WHERE profile = ? AND character_id = ?"_s);
    q.addBindValue(profile);
    q.addBindValue(characterId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return characterFrom(q);
}

} // namespace Dailies
