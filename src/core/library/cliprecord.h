// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace Dailies
{
namespace Api
{
struct Video;
}

/**
 * Everything the library keeps of one clip: a row of `clips` and, as JSON, the sidecar beside the video, which
 * alone is enough to recreate the row (`dailies library rebuild`). Paths are absolute on this machine; the sidecar
 * stores them relative to itself so a library folder can move.
 */
struct ClipRecord {
    Q_DECLARE_TR_FUNCTIONS(Dailies::ClipRecord)

public:
    qint64 id = 0;
    qint64 jobId = 0;
    QString profile;
    QString remoteId;
    QString prompt;
    QString model;
    QString size;
    QString seconds;
    QJsonObject request; ///< the create (or remix) request as sent; a reference image appears by file name
    QJsonObject response; ///< the provider's final Video object
    QDateTime submittedAt;
    QDateTime createdAt;
    QDateTime completedAt;
    QDateTime addedAt;
    std::optional<double> cost;
    QString currency = QStringLiteral("USD");
    QString videoPath;
    QString thumbnailPath;
    QString spritesheetPath;
    QString sidecarPath;
    qint64 videoBytes = 0;
    bool favourite = false;
    int rating = 0; ///< 0 (none) to 5
    QString project;
    QString notes;
    QStringList tags;
    QString parentRemoteId; ///< the clip this one was made from (a remix, an edit or an extension of it)
    /// How it was made from its parent: "remix", "edit" or "extend"; empty for a create (or when unknown).
    QString origin;
    QString draftRemoteId; ///< the draft this clip renders again on a final model ("Render final")
    /// The clip's place in the library's lists, newest first (schema 7: created_at * 2^20 plus a counter); set by
    /// the database when the row is inserted, 0 before.
    qint64 listKey = 0;
    QString settingsKey; ///< see settingsKeyFor()

    /// What a provider's video says of itself: profile, id, prompt, model, size, duration, the response, its times
    /// (completed `now` when the video does not say), the remix parent, and a request rebuilt from those (a remix's
    /// request is its prompt alone). The engine adds what it sent; an import keeps this as it is.
    [[nodiscard]] static ClipRecord fromVideo(const Api::Video &video, const QString &profile, const QDateTime &now);

    /// The sidecar JSON: `{"dailies_sidecar": 1, "request", "response", "cost", "provenance", "files", "user"}`.
    [[nodiscard]] QJsonObject toSidecar() const;
    /// Reads a sidecar written by toSidecar(); `sidecarPath` resolves its relative file names. On failure returns
    /// std::nullopt and sets *error naming the field.
    [[nodiscard]] static std::optional<ClipRecord> fromSidecar(
        const QJsonObject &json, const QString &sidecarPath, QString *error);

    /// `json` without credentials: keys such as `authorization` or `api-key` are dropped at every depth and
    /// `Bearer …` values are redacted. toSidecar() and the library apply it to `request` and `response`.
    [[nodiscard]] static QJsonObject withoutSecrets(const QJsonObject &json);

    /// The key under which the same take would be found again: prompt (whitespace-normalised), model, size,
    /// seconds and a digest of the reference image (empty strings count as the provider defaults).
    [[nodiscard]] static QString settingsKeyFor(const QString &prompt, const QString &model, const QString &size,
        const QString &seconds, const QByteArray &referenceDigest = {});
};

} // namespace Dailies
