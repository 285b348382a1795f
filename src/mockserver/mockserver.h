// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace Dailies::Mock
{

/**
 * Settings of one demo server. Every field has a working default, so `MockServerOptions{}` is a
 * server on a free loopback port that accepts any key and keeps its jobs in a temporary folder.
 */
struct MockServerOptions {
    /// Port on 127.0.0.1; 0 picks a free one (read it back with MockServer::port()).
    quint16 port = 0;
    /// The only key accepted (as `Authorization: Bearer K` or `api-key: K`); empty accepts any non-empty key.
    QString apiKey;
    /// Multiplies every simulated duration: 1.0 is real time, 0.01 makes a job finish a hundred times sooner.
    double timeScale = 1.0;
    /// Fault injection rules, in the grammar documented in docs/mockserver.md (and in faultrules.h).
    QString faults;
    /// Where jobs and clips are kept so that they survive a restart; empty uses a temporary folder.
    QString dataDir;
    /// Seconds after completion at which assets expire (scaled by timeScale); the content endpoint answers 404 after.
    int assetTtlSeconds = 3600;
    /// Path of the ffmpeg executable; empty searches PATH; "none" forces the bundled clips.
    QString ffmpeg;
    /// Request bodies larger than this are refused with 413 before they are read. The default is above any
    /// legitimate create: a reference image as a 20 MiB data URL (the API's limit) plus a 32,000-character prompt.
    qint64 maxBodyBytes = 50 * 1024 * 1024;
};

class MockServerPrivate;

/**
 * The demo provider: a complete `/v1/videos` implementation on a loopback port (also answering under
 * `/openai/v1/videos`, as Azure does). It lives in the thread that creates it; start() binds and returns at once.
 */
class MockServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockServer)

public:
    explicit MockServer(MockServerOptions options, QObject *parent = nullptr);
    ~MockServer() override;

    /// Binds 127.0.0.1 and loads any jobs kept in dataDir. On failure returns false and sets *error.
    [[nodiscard]] bool start(QString *error = nullptr);
    [[nodiscard]] quint16 port() const;
    /// `http://127.0.0.1:PORT/v1`
    [[nodiscard]] QUrl baseUrl() const;

    /// Requests seen per route since start, keyed like "POST /videos", "GET /videos/{id}", "GET /videos/{id}/content".
    [[nodiscard]] QHash<QString, int> requestCounts() const;
    [[nodiscard]] int requestCount(const QString &route) const;
    /// Replaces the fault rules; returns false (and sets *error) when the spec does not parse, keeping the old rules.
    [[nodiscard]] bool setFaults(const QString &spec, QString *error = nullptr);
    /// The fault spec in force.
    [[nodiscard]] QString faults() const;
    /// The folder holding `jobs/`, `files/` and `characters/`: options.dataDir, or the temporary folder in use (after
    /// start()).
    [[nodiscard]] QString dataDir() const;
    /// Whether clips are rendered with ffmpeg (false: the bundled clips are copied). Valid after start().
    [[nodiscard]] bool rendersWithFfmpeg() const;

Q_SIGNALS:
    /// Emitted after each answer is prepared, for request logs.
    void requestHandled(const QString &method, const QString &path, int status);

private:
    std::unique_ptr<MockServerPrivate> d;
};

} // namespace Dailies::Mock
