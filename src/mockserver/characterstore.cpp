// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/characterstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Dailies::Mock
{

namespace
{
bool isCharacterId(const QString &id)
{
    static const QRegularExpression pattern(u"^char_[0-9a-f]{32}$"_s);
    return pattern.match(id).hasMatch();
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}
} // namespace

QJsonObject VideoCharacter::toApiObject() const
{
    return QJsonObject { { u"id"_s, id }, { u"name"_s, name }, { u"created_at"_s, createdAt } };
}

QJsonObject VideoCharacter::toStorage() const
{
    return QJsonObject {
        { u"version"_s, 1 },
        { u"id"_s, id },
        { u"name"_s, name },
        { u"created_at"_s, createdAt },
        { u"seconds"_s, seconds },
    };
}

std::optional<VideoCharacter> VideoCharacter::fromStorage(const QJsonObject &object)
{
    VideoCharacter character;
    character.id = object.value(u"id"_s).toString();
    character.name = object.value(u"name"_s).toString();
    character.createdAt = object.value(u"created_at"_s).toInteger();
    character.seconds = object.value(u"seconds"_s).toDouble();
    if (!isCharacterId(character.id) || character.name.isEmpty() || character.createdAt <= 0)
        return std::nullopt;
    return character;
}

CharacterStore::CharacterStore(QString rootDir)
    : m_dir(std::move(rootDir) + u"/characters"_s)
{
}

CharacterStore::~CharacterStore() = default;

bool CharacterStore::open(QString *error)
{
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = u"cannot create the demo server's character folder %1"_s.arg(QDir::toNativeSeparators(m_dir));
        return false;
    }
    const QStringList records = QDir(m_dir).entryList({ u"char_*.json"_s }, QDir::Files);
    for (const QString &name : records) {
        if (!load(name.chopped(5)))
            qWarning("dailies-mockserver: ignoring the unreadable character record %s/%s", qUtf8Printable(m_dir),
                qUtf8Printable(name));
    }
    return true;
}

bool CharacterStore::load(const QString &id)
{
    QFile file(recordPath(id));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    std::optional<VideoCharacter> character
        = VideoCharacter::fromStorage(QJsonDocument::fromJson(file.readAll()).object());
    if (!character || character->id != id)
        return false;
    m_characters.insert_or_assign(id, std::move(*character));
    return true;
}

QString CharacterStore::newId(qint64 nowMs)
{
    // Like video ids: the time first, so that ids sort in creation order.
    const quint64 random = QRandomGenerator::global()->generate64();
    m_counter = (m_counter + 1) & 0xfffff;
    return u"char_%1%2%3%4"_s.arg(static_cast<quint64>(nowMs / 1000) & 0xffffffffU, 8, 16, QChar(u'0'))
        .arg(nowMs % 1000, 3, 16, QChar(u'0'))
        .arg(m_counter, 5, 16, QChar(u'0'))
        .arg(random, 16, 16, QChar(u'0'));
}

std::optional<VideoCharacter> CharacterStore::add(
    const QString &name, const QByteArray &video, double seconds, QString *error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    VideoCharacter character { newId(now), name, now / 1000, seconds };
    // The video first: a record never names a file that is not there.
    if (!writeAtomically(videoPath(character.id), video, error)
        || !writeAtomically(
            recordPath(character.id), QJsonDocument(character.toStorage()).toJson(QJsonDocument::Indented), error)) {
        QFile::remove(videoPath(character.id));
        return std::nullopt;
    }
    m_characters.insert_or_assign(character.id, character);
    return character;
}

const VideoCharacter *CharacterStore::find(const QString &id)
{
    if (m_characters.count(id) == 0 && (!isCharacterId(id) || !load(id)))
        return nullptr;
    return &m_characters.at(id);
}

QString CharacterStore::videoPath(const QString &id) const
{
    return m_dir + u'/' + id + u".mp4"_s;
}

QString CharacterStore::recordPath(const QString &id) const
{
    return m_dir + u'/' + id + u".json"_s;
}

} // namespace Dailies::Mock
