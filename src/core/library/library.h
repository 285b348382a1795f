// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

#include "core/library/characterrecord.h"
#include "core/library/cliprecord.h"
#include "core/library/clipsummary.h"

namespace Dailies
{

class Clock;

class Database;

/// Which clips to list.
struct ClipQuery {
    QString text; ///< full-text search over prompt, notes, tags and project (FTS5); empty = all
    bool favouritesOnly = false;
    QString project; ///< exact; empty = any
    QDateTime from; ///< added at or after (invalid = no bound)
    QDateTime to; ///< added before (invalid = no bound)
    int limit = 200; ///< 0 = no limit
    int offset = 0;
    /// `from` and `to` bound when the provider created the video (`created_at`) rather than when it was added.
    bool byCreation = false;
    /// Every word of `text` is a prefix ("fo" finds "fox"), as a field that searches while the user types needs.
    bool prefixWords = false;
};

/// The orders a page of clips can come in. Each ends in the list key (creation time, then the order clips were
/// added in), so that every row has one place.
enum class ClipOrder {
    Created, ///< list_key: created_at, then a counter
    Prompt, ///< the prompt's first ClipSummary::kPromptExcerptLength characters, ignoring ASCII case
    Cost, ///< the price, unknown below every price
    Rating,
};

/// One page of a list over the library (keyset paging: where the previous page ended, never an offset).
struct ClipPageQuery {
    /// Where a page ends: the order's value and the list key of its last clip.
    struct Cursor {
        double number = 0; ///< Cost (unknown: -1) and Rating
        QString text; ///< Prompt
        qint64 listKey = 0; ///< ClipRecord::listKey
    };

    ClipQuery filter; ///< its limit and offset are ignored
    ClipOrder order = ClipOrder::Created;
    bool ascending = false;
    std::optional<Cursor> after; ///< continue after this clip; none: the first page
    int limit = 200;

    /// Where a clip stands in `order`.
    [[nodiscard]] static Cursor cursorOf(const ClipSummary &clip, ClipOrder order);
};

/**
 * The offline library: clip rows in the Database, clip files in the user's library folder named by a template,
 * a JSON sidecar beside every clip. All file moves are renames inside the library folder (atomic); every change
 * to a clip's user data rewrites its sidecar (QSaveFile). Lives in the thread of its Database.
 *
 * How the job engine hands over a finished clip, crash-safe at every step:
 *  1. it downloads into stagingFolder(jobId): `video.mp4`, `thumbnail.webp`, `spritesheet.jpg` (any it got);
 *  2. it asks planBaseName() once and stores the answer in the job row;
 *  3. it calls commitClip() with that base, which moves the staged files to `<base>.mp4`, `<base>.thumbnail.webp`,
 *     `<base>.spritesheet.jpg`, writes `<base>.json` and inserts the row, running `inTransaction` inside the same
 *     database transaction (the engine marks the job completed there). commitClip() may be called again after a
 *     crash with the same base: files already moved and a row already present are accepted, nothing is duplicated.
 */
class Library final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Library)

public:
    /// The default template: `{date}_{prompt:40}_{id}`.
    static const QString kDefaultTemplate;

    /// The clock (not owned; default: the system's) dates what is added and names clips that have no time.
    Library(Database *database, QString folder, Clock *clock = nullptr, QObject *parent = nullptr);
    ~Library() override;

    [[nodiscard]] QString folder() const;
    [[nodiscard]] Clock *clock() const;
    /// Returns an empty string when `fileNameTemplate` is usable, else why not (unknown placeholder, a path that
    /// would leave the folder such as `..` or an absolute path, empty). Placeholders: {date} {time} {prompt:N}
    /// {model} {size} {seconds} {id} {project}; `/` makes subfolders inside the library folder.
    [[nodiscard]] static QString validateTemplate(const QString &fileNameTemplate);
    /// Sets the template (after validateTemplate()); returns false and keeps the old one when it is not usable.
    bool setFileNameTemplate(const QString &fileNameTemplate);
    [[nodiscard]] QString fileNameTemplate() const;
    /// Checks that the folder exists (creating it) and is writable; returns an empty string or what is wrong.
    [[nodiscard]] QString checkWritable() const;

    /// `<folder>/.dailies/incoming/<jobId>`: where the job engine downloads a finished clip (same file system as
    /// the library, so that commitClip() only renames). Not created here; DownloadCall creates it.
    [[nodiscard]] QString stagingFolder(qint64 jobId) const;
    /// `<folder>/.dailies/references`: where reference images live while their jobs wait, run and are rendered
    /// again ("Render final"), so that none depends on a file outside the library.
    [[nodiscard]] QString referencesFolder() const;
    /// The stored reference image a clip's request names (`input_reference.file`), in referencesFolder().
    [[nodiscard]] QString referencePath(const QString &fileName) const;
    /// Copies an image into referencesFolder() under a name made of its content's digest (the same image is
    /// stored once) and returns the stored path; empty with *error when it cannot be read or written.
    [[nodiscard]] QString storeReference(const QString &sourcePath, QString *error) const;
    /// `<folder>/.dailies/import/<remoteId>`: the staging folder of a clip imported from the provider's list
    /// (RemoteImport), kept apart from the job engine's.
    [[nodiscard]] QString importStagingFolder(const QString &remoteId) const;
    /// The template expanded for `clip`, sanitised for every OS and made unique among existing files and rows
    /// (" (2)", " (3)" …); relative to folder(), without extension.
    [[nodiscard]] QString planBaseName(const ClipRecord &clip) const;
    /// See the class comment. Returns the new clip id, or std::nullopt with *error (disk full, read-only folder,
    /// missing staged video); on failure nothing is half-done in the database.
    [[nodiscard]] std::optional<qint64> commitClip(ClipRecord clip, const QString &stagingFolder,
        const QString &baseName, const std::function<bool()> &inTransaction, QString *error);

    [[nodiscard]] std::optional<ClipRecord> clip(qint64 id) const;
    [[nodiscard]] std::optional<ClipRecord> clipByRemoteId(const QString &profile, const QString &remoteId) const;
    [[nodiscard]] QList<ClipRecord> clips(const ClipQuery &query) const;
    /// The clips made from the video `remoteId` of `profile` (remixes, edits and extensions of it), oldest first
    /// (an indexed lookup).
    [[nodiscard]] QList<ClipRecord> remixesOf(const QString &profile, const QString &remoteId) const;
    /// The clips clip `id` was made from, nearest first, as far as the library has them (its lineage upwards;
    /// remixesOf() walks it downwards).
    [[nodiscard]] QList<ClipRecord> ancestorsOf(qint64 id) const;
    /// How many extensions lead up to clip `id` (0 for a clip that is not an extension).
    [[nodiscard]] int extensionCount(qint64 id) const;

    /// Keeps a character the provider made; a second one with the same profile and id replaces the first.
    bool saveCharacter(const CharacterRecord &character, QString *error = nullptr);
    /// The characters of `profile` (every profile's when empty), by name.
    [[nodiscard]] QList<CharacterRecord> characters(const QString &profile = {}) const;
    [[nodiscard]] std::optional<CharacterRecord> character(const QString &profile, const QString &characterId) const;
    /// Ids only, newest first: what the view models need to filter quickly.
    [[nodiscard]] QList<qint64> clipIds(const ClipQuery &query) const;
    /// The light rows of the matching clips in one query, in the same order as clipIds(); for lists over the
    /// whole library (ClipQuery::limit 0), which fetch full records with clip() only for the rows on screen.
    [[nodiscard]] QList<ClipSummary> clipSummaries(const ClipQuery &query) const;
    [[nodiscard]] int clipCount() const;
    /// The next page of clips in the query's order; an empty list with *error when the query could not run (a
    /// damaged search index, a closed database). In the Created order it costs the page, not the library (an
    /// indexed seek); the other orders sort every matching clip.
    [[nodiscard]] QList<ClipSummary> clipPage(const ClipPageQuery &query, QString *error = nullptr) const;
    /// Whether clip `id` is one `filter` lists (its limit and offset are ignored); one indexed lookup.
    [[nodiscard]] bool clipMatches(qint64 id, const ClipQuery &filter) const;
    /// Whether the full-text index agrees with the clips (FTS5's integrity-check; reads the whole index).
    [[nodiscard]] bool searchIndexIsSound() const;
    /// Makes the full-text index again from the clips (a missing or damaged one); false with *error otherwise.
    bool rebuildSearchIndex(QString *error = nullptr);
    /// Every project some clip belongs to, once, sorted, without the empty one; one index seek per project.
    [[nodiscard]] QStringList projects() const;
    /// Every tag some clip has, once, sorted ignoring case (for completion).
    [[nodiscard]] QStringList allTags() const;
    /// The newest clip made with the same prompt and settings (see ClipRecord::settingsKeyFor), if any.
    [[nodiscard]] std::optional<ClipRecord> findDuplicate(const QString &settingsKey) const;

    /// The user-data setters update the row and rewrite the sidecar (both or neither) and emit clipChanged();
    /// they return false for an unknown id, a rating outside 0..5, or when the sidecar cannot be written
    /// (see lastError()).
    bool setFavourite(qint64 id, bool favourite);
    bool setRating(qint64 id, int rating);
    bool setTags(qint64 id, const QStringList &tags);
    bool setProject(qint64 id, const QString &project);
    bool setNotes(qint64 id, const QString &notes);
    /// Records a thumbnail made on this computer (for clips the provider gave none); `path` must be a file inside
    /// the library folder.
    bool setThumbnail(qint64 id, const QString &path);
    /// Why the last setter returned false, for a person.
    [[nodiscard]] QString lastError() const;

    enum class RemoveMode { Trash, Permanent };
    /// Removes the row and the files (to the system trash, or for good); returns false with *error otherwise.
    bool removeClip(qint64 id, RemoveMode mode, QString *error);

    struct RebuildReport {
        int added = 0;
        int alreadyPresent = 0;
        QStringList problems; ///< "path: field 'x' …" for each sidecar that could not be used
    };
    /// Recreates rows from every sidecar under folder() (an empty database after a loss, or a copied folder).
    RebuildReport rebuildFromFolder();

    /// Copies the clips' files and sidecars into `destination` (a folder), or into a zip file when it ends in
    /// `.zip` (stored, written through QSaveFile). Returns an empty string or what went wrong.
    [[nodiscard]] QString exportClips(const QList<qint64> &ids, const QString &destination) const;

    /// Reads what other processes changed since the last look (the `clip_changes` log) and announces it with
    /// clipAdded, clipChanged and clipRemoved, or with clipsReset when more changed than the log keeps.
    void refresh();

Q_SIGNALS:
    void clipAdded(qint64 id);
    void clipChanged(qint64 id);
    void clipRemoved(qint64 id);
    /// So much changed in another process that the clips should be read again as a whole.
    void clipsReset();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Dailies
