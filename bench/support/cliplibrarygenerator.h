// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QStringList>
#include <random>

class QCommandLineParser;

namespace Dailies::Bench
{

/**
 * A large, realistic library for the benchmarks: clip rows with prompts composed from word lists (a few words
 * common, most rare), varied models, sizes, durations, dates, projects, tags and notes, and the file names the
 * default template would give. No video files: the rows only have to look like a real library's.
 *
 * ensure() generates the library once and keeps it; a stamp file records the clip count, the schema version of
 * this build and the generator version, and the library is generated again when any of them differs. Rows go in
 * through one transaction and one prepared statement; the FTS triggers of the schema index them as they would
 * in the application.
 */
class ClipLibraryGenerator final
{
public:
    explicit ClipLibraryGenerator(int clipCount);

    /// Makes sure `folder` holds the library; returns false with *error when it cannot be made.
    [[nodiscard]] bool ensure(const QString &folder, QString *error);
    /// The size of the library the benchmarks share.
    static constexpr int kSharedClipCount = 100000;
    /// `--data DIR`, which every benchmark over the shared library takes.
    [[nodiscard]] static QCommandLineOption dataOption();
    /// `--clips N` (default kSharedClipCount): the size of the library a benchmark runs on.
    [[nodiscard]] static QCommandLineOption clipsOption();
    /// The --clips value; ends the benchmark when it is not a positive number.
    /// Places a thumbnail file for every clip of the library in `folder` (once; a stamp file remembers it).
    [[nodiscard]] static bool ensureThumbnails(const QString &folder, QString *error);
    [[nodiscard]] static int clipCount(const QCommandLineParser &parser);
    /// "10k", "100k", "1m": how the folders and the figures name a size.
    [[nodiscard]] static QString sizeLabel(int clips);
    /// `<DIR>/library-<size>` (100k unless --clips says otherwise), generated when missing or stale; ends the
    /// benchmark when --data is missing or the library cannot be made.
    [[nodiscard]] static QString sharedLibrary(const QCommandLineParser &parser);
    /// The library database inside a library folder (`<folder>/.dailies/library.sqlite`).
    [[nodiscard]] static QString databasePath(const QString &folder);

    /// Words that occur in the prompts, the most frequent first (for search queries).
    [[nodiscard]] static QStringList commonWords();
    /// Words that occur in a few dozen prompts each.
    [[nodiscard]] static QStringList rareWords();

    /// Bump when the generated rows change, so that kept libraries are made again.
    static constexpr int kGeneratorVersion = 3;

private:
    [[nodiscard]] bool generate(const QString &folder, QString *error);
    [[nodiscard]] QString makePrompt();

    int m_clipCount;
    std::mt19937_64 m_random;
};

} // namespace Dailies::Bench
