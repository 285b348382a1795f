// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/api/video.h"

namespace Dailies
{

/**
 * A batch of jobs from a file, one job per row: JSON Lines (one object per line) or CSV with a header row.
 * Fields are those of the create request (`prompt`, `model`, `size`, `seconds`, `input_reference` as a path
 * relative to the file), plus `variations` and `project`. Every other column is a variable: `{name}` in any
 * field is replaced by that column's value, so one prompt template can fan out over many rows. Every row is
 * checked before anything is submitted; problems name the line and the field.
 */
class BatchFile final
{
    Q_DECLARE_TR_FUNCTIONS(Dailies::BatchFile)

public:
    struct Row {
        int line = 0; ///< 1-based line in the file
        Api::CreateVideoRequest request;
        int variations = 1;
        QString project;
    };
    struct Problem {
        int line = 0;
        QString field; ///< empty when the whole line is at fault
        QString message;
        [[nodiscard]] QString toString() const;
    };

    /// Reads and checks a file; the format follows the extension (.jsonl/.ndjson or .csv).
    [[nodiscard]] static BatchFile load(const QString &path);
    /// Parses text; `baseDir` resolves relative reference image paths.
    [[nodiscard]] static BatchFile parseJsonLines(const QByteArray &data, const QString &baseDir);
    [[nodiscard]] static BatchFile parseCsv(const QByteArray &data, const QString &baseDir);

    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    [[nodiscard]] const QList<Problem> &problems() const { return m_problems; }
    /// A problem with the file as a whole (unreadable, unknown format, no rows).
    [[nodiscard]] const QString &fileError() const { return m_fileError; }
    [[nodiscard]] int jobCount() const;

    /// Splits one CSV record (RFC 4180: quotes, doubled quotes, commas and line breaks inside quotes).
    [[nodiscard]] static QList<QStringList> parseCsvRecords(const QString &text, QList<int> *lines);

private:
    void addRow(int line, const QHash<QString, QString> &fields, const QString &baseDir);

    QList<Row> m_rows;
    QList<Problem> m_problems;
    QString m_fileError;
};

/// Replaces every `{name}` in `text` by `values[name]`; names not in `values` are listed in *missing.
[[nodiscard]] QString fillPlaceholders(
    const QString &text, const QHash<QString, QString> &values, QStringList *missing);

} // namespace Dailies
