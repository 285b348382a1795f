// SPDX-License-Identifier: GPL-3.0-or-later
// Sidecars: the library rebuilds its database from any `*.json` it finds in the library folder, so a sidecar is
// whatever a user, a sync tool or a damaged disk left there.
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>

#include "core/library/cliprecord.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    QString error;
    // A path that does not exist: the reader only stats the files the sidecar names.
    if (const std::optional<Dailies::ClipRecord> clip
        = Dailies::ClipRecord::fromSidecar(json, u"/nonexistent/dailies-fuzz/clip.json"_s, &error)) {
        // What the library does next with a clip it accepted: write it back.
        (void)clip->toSidecar();
    }
    (void)Dailies::ClipRecord::withoutSecrets(json);
    return 0;
}
