// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prompt/batchfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "core/api/videoapiclient.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

QString BatchFile::Problem::toString() const
{
    if (field.isEmpty())
        return BatchFile::tr("line %1: %2").arg(line).arg(message);
    return BatchFile::tr("line %1, field '%2': %3").arg(line).arg(field, message);
}

QString fillPlaceholders(const QString &text, const QHash<QString, QString> &values, QStringList *missing)
{
    static const QRegularExpression placeholder(u"\\{([A-Za-z_][A-Za-z0-9_]*)\\}"_s);
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (values.contains(name)) {
            out += values.value(name);
        } else {
            out += m.captured(0);
            if (missing && !missing->contains(name))
                *missing << name;
        }
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

int BatchFile::jobCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.variations;
    return n;
}

BatchFile BatchFile::load(const QString &path)
{
    BatchFile batch;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        batch.m_fileError = tr("Cannot read '%1': %2").arg(path, file.errorString());
        return batch;
    }
    const QByteArray data = file.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString baseDir = QFileInfo(path).absolutePath();
    if (suffix == "jsonl"_L1 || suffix == "ndjson"_L1)
        return parseJsonLines(data, baseDir);
    if (suffix == "csv"_L1)
        return parseCsv(data, baseDir);
    batch.m_fileError = tr("'%1' is neither .jsonl nor .csv; name the file after its format.").arg(path);
    return batch;
}

void BatchFile::addRow(int line, const QHash<QString, QString> &fields, const QString &baseDir)
{
    const int problemsBefore = int(m_problems.size());
    const auto fill = [&](const QString &field) {
        QStringList missing;
        const QString value = fillPlaceholders(fields.value(field), fields, &missing);
        for (const QString &name : std::as_const(missing))
            m_problems.append({ line, field, tr("no column or key named '%1' fills {%1}").arg(name) });
        return value.trimmed();
    };
    Row row;
    row.line = line;
    row.request.prompt = fill(u"prompt"_s);
    row.request.model = fill(u"model"_s);
    row.request.size = fill(u"size"_s);
    row.request.seconds = fill(u"seconds"_s);
    row.project = fill(u"project"_s);
    const QString reference = fill(u"input_reference"_s);
    if (!reference.isEmpty()) {
        if (reference.startsWith("https://"_L1) || reference.startsWith("data:image/"_L1))
            row.request.inputReferenceUrl = reference;
        else
            row.request.inputReferencePath = QDir(baseDir).absoluteFilePath(reference);
    }
    const QString variations = fill(u"variations"_s);
    if (!variations.isEmpty()) {
        bool ok = false;
        row.variations = variations.toInt(&ok);
        if (!ok || row.variations < 1 || row.variations > 8)
            m_problems.append({ line, u"variations"_s, tr("expected a number from 1 to 8, got '%1'").arg(variations) });
    }
    if (!fields.contains(u"prompt"_s))
        m_problems.append({ line, u"prompt"_s, tr("missing; every row needs a prompt") });
    else if (const Api::ApiError e = Api::VideoApiClient::validateCreate(row.request))
        m_problems.append({ line, e.param.isEmpty() ? u"prompt"_s : e.param, e.message });
    if (m_problems.size() == problemsBefore)
        m_rows.append(row);
}

BatchFile BatchFile::parseJsonLines(const QByteArray &data, const QString &baseDir)
{
    BatchFile batch;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int number = int(i + 1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            batch.m_problems.append({ number, {},
                doc.isObject() || error.error != QJsonParseError::NoError
                    ? tr("not valid JSON (%1 at column %2)").arg(error.errorString()).arg(error.offset + 1)
                    : tr("expected a JSON object") });
            continue;
        }
        QHash<QString, QString> fields;
        const QJsonObject object = doc.object();
        bool typesOk = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QJsonValue v = it.value();
            if (v.isString()) {
                fields.insert(it.key(), v.toString());
            } else if (v.isDouble()) {
                fields.insert(it.key(), QString::number(v.toDouble()));
            } else if (v.isNull()) {
                continue;
            } else {
                batch.m_problems.append({ number, it.key(), tr("expected text or a number") });
                typesOk = false;
            }
        }
        if (typesOk)
            batch.addRow(number, fields, baseDir);
    }
    if (batch.m_rows.isEmpty() && batch.m_problems.isEmpty())
        batch.m_fileError = tr("The batch file has no rows.");
    return batch;
}

QList<QStringList> BatchFile::parseCsvRecords(const QString &text, QList<int> *lines)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    const auto endRecord = [&] {
        record << field;
        if (!(record.size() == 1 && record.first().isEmpty() && !fieldStarted)) {
            records << record;
            if (lines)
                *lines << recordLine;
        }
        record.clear();
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            fieldStarted = true;
        } else if (c == u'\n') {
            endRecord();
            ++line;
            recordLine = line;
        } else if (c != u'\r') {
            field += c;
            fieldStarted = true;
        }
    }
    if (!field.isEmpty() || fieldStarted || !record.isEmpty())
        endRecord();
    return records;
}

BatchFile BatchFile::parseCsv(const QByteArray &data, const QString &baseDir)
{
    BatchFile batch;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<int> lines;
    const QList<QStringList> records = parseCsvRecords(text, &lines);
    if (records.isEmpty()) {
        batch.m_fileError = tr("The batch file is empty; it needs a header row (prompt, model, size, …) and rows.");
        return batch;
    }
    QStringList header;
    for (const QString &h : records.first())
        header << h.trimmed();
    if (!header.contains(u"prompt"_s)) {
        batch.m_problems.append(
            { lines.first(), {}, tr("the header row has no 'prompt' column (found: %1)").arg(header.join(u", "_s)) });
        return batch;
    }
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &values = records.at(r);
        if (values.size() != header.size()) {
            batch.m_problems.append(
                { lines.at(r), {}, tr("has %1 fields but the header has %2").arg(values.size()).arg(header.size()) });
            continue;
        }
        QHash<QString, QString> fields;
        for (qsizetype c = 0; c < header.size(); ++c)
            fields.insert(header.at(c), values.at(c));
        batch.addRow(lines.at(r), fields, baseDir);
    }
    if (batch.m_rows.isEmpty() && batch.m_problems.isEmpty())
        batch.m_fileError = tr("The batch file has a header but no rows.");
    return batch;
}

} // namespace Dailies
