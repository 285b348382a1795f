// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <map>
#include <optional>

namespace Dailies::Mock
{

/// One character made with `POST /videos/characters`.
struct VideoCharacter {
    QString id;
    QString name;
    /// Unix seconds.
    qint64 createdAt = 0;
    /// The length of the uploaded video.
    double seconds = 0.0;

    /// The VideoCharacterResource of the API: `{id, name, created_at}`.
    [[nodiscard]] QJsonObject toApiObject() const;
    [[nodiscard]] QJsonObject toStorage() const;
    [[nodiscard]] static std::optional<VideoCharacter> fromStorage(const QJsonObject &object);
};

/**
 * The demo server's characters: a record `characters/<id>.json` (written atomically) and the uploaded video
 * `characters/<id>.mp4` each. Characters are never changed or deleted, so a server that shares the folder with
 * others (see JobStore) only has to read the record of an id it does not know yet.
 */
class CharacterStore final
{
    Q_DISABLE_COPY_MOVE(CharacterStore)

public:
    explicit CharacterStore(QString rootDir);
    ~CharacterStore();

    /// Creates the folder and loads the characters kept there. On failure returns false and sets *error.
    [[nodiscard]] bool open(QString *error = nullptr);
    /// Keeps a new character (`char_` and 32 hex digits) with its video; nothing and *error set when it cannot be
    /// written.
    [[nodiscard]] std::optional<VideoCharacter> add(
        const QString &name, const QByteArray &video, double seconds, QString *error = nullptr);
    /// The character, also one that another server sharing the folder made.
    [[nodiscard]] const VideoCharacter *find(const QString &id);
    [[nodiscard]] int count() const { return static_cast<int>(m_characters.size()); }
    [[nodiscard]] QString videoPath(const QString &id) const;

private:
    [[nodiscard]] QString newId(qint64 nowMs);
    [[nodiscard]] QString recordPath(const QString &id) const;
    bool load(const QString &id);

    QString m_dir;
    std::map<QString, VideoCharacter> m_characters;
    quint32 m_counter = 0;
};

} // namespace Dailies::Mock
