// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the view-model tests share: a library in a scratch folder with an in-memory database, a job engine that is
// never started (it sends nothing), and quick ways to put clips and jobs of any age and state into them.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <memory>
#include <optional>

#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/storage/database.h"

namespace Dailies::Test
{

class StudioFixture final
{
public:
    StudioFixture()
        : m_dir(QDir::homePath() + QStringLiteral("/studio-test-XXXXXX"))
    {
        if (!m_db.open(QStringLiteral(":memory:")))
            qFatal("database: %s", qPrintable(m_db.errorString()));
        m_library = std::make_unique<Library>(&m_db, m_dir.filePath(QStringLiteral("library")));
        m_engine = std::make_unique<JobEngine>(&m_db, m_library.get(), nullptr, JobEngine::ClientProvider {});
    }
    StudioFixture(const StudioFixture &) = delete;
    StudioFixture &operator=(const StudioFixture &) = delete;
    StudioFixture(StudioFixture &&) = delete;
    StudioFixture &operator=(StudioFixture &&) = delete;
    ~StudioFixture() = default;

    [[nodiscard]] Database &db() { return m_db; }
    [[nodiscard]] Library *library() const { return m_library.get(); }
    [[nodiscard]] JobEngine *engine() const { return m_engine.get(); }

    struct ClipSpec {
        QString prompt;
        QDateTime createdAt;
        QString project;
        bool favourite = false;
        int rating = 0;
        std::optional<double> cost;
        qint64 jobId = 0; ///< 0: an imported clip
        QString remoteId; ///< empty: made up
        QStringList tags;
        QString model = QStringLiteral("sora-2");
        QString profile = QStringLiteral("demo");
        QString parentRemoteId; ///< set: made from that video (a remix unless `origin` says otherwise)
        QString origin; ///< "remix", "edit" or "extend" with a parent
        QString seconds = QStringLiteral("4");
        QString referenceFile; ///< set: made from this reference image (a file name in the library's references)
    };

    /// Commits a clip the way the engine does (staged files, sidecar, row); returns its id, 0 on failure.
    qint64 addClip(const ClipSpec &spec)
    {
        ClipRecord c;
        c.jobId = spec.jobId;
        c.profile = spec.profile;
        c.remoteId = spec.remoteId.isEmpty() ? QStringLiteral("video_%1").arg(++m_counter) : spec.remoteId;
        c.prompt = spec.prompt;
        c.model = spec.model;
        c.size = QStringLiteral("1280x720");
        c.seconds = spec.seconds;
        c.parentRemoteId = spec.parentRemoteId;
        c.origin = spec.origin.isEmpty() && !spec.parentRemoteId.isEmpty() ? QStringLiteral("remix") : spec.origin;
        c.request = QJsonObject { { QStringLiteral("prompt"), spec.prompt } };
        if (!spec.referenceFile.isEmpty())
            c.request.insert(
                QStringLiteral("input_reference"), QJsonObject { { QStringLiteral("file"), spec.referenceFile } });
        c.response
            = QJsonObject { { QStringLiteral("id"), c.remoteId }, { QStringLiteral("object"), QStringLiteral("video") },
                  { QStringLiteral("status"), QStringLiteral("completed") } };
        c.submittedAt = spec.createdAt.addSecs(-2);
        c.createdAt = spec.createdAt;
        c.completedAt = spec.createdAt.addSecs(30);
        c.addedAt = spec.createdAt.addSecs(31);
        c.cost = spec.cost;
        c.project = spec.project;
        c.tags = spec.tags;
        const QString staging = m_library->stagingFolder(1000000 + ++m_counter);
        if (!write(staging + QStringLiteral("/video.mp4"), fakeMp4())
            || !write(staging + QStringLiteral("/thumbnail.webp"), QByteArrayLiteral("RIFF....WEBPVP8 ")))
            return 0;
        QString error;
        const std::optional<qint64> id = m_library->commitClip(c, staging, m_library->planBaseName(c), {}, &error);
        if (!id) {
            qWarning("commitClip: %s", qPrintable(error));
            return 0;
        }
        if (spec.favourite)
            m_library->setFavourite(*id, true);
        if (spec.rating)
            m_library->setRating(*id, spec.rating);
        return *id;
    }

    /// Writes a job row directly (no signal); returns its id, 0 on failure.
    qint64 addJob(const QString &prompt, JobState state, const QDateTime &createdAt, const QString &project = {},
        const QString &error = {})
    {
        JobRecord job;
        job.batch = QStringLiteral("batch-%1").arg(++m_counter);
        job.profile = QStringLiteral("demo");
        job.state = state;
        job.position = m_counter;
        job.request.prompt = prompt;
        job.request.size = QStringLiteral("1280x720");
        job.project = project;
        job.createdAt = createdAt;
        if (state != JobState::Waiting && state != JobState::Draft) {
            job.submittedAt = createdAt.addSecs(1);
            job.remoteId = QStringLiteral("video_job_%1").arg(m_counter);
        }
        if (isTerminal(state))
            job.finishedAt = createdAt.addSecs(60);
        if (!error.isEmpty())
            job.setError(QStringLiteral("api"), QStringLiteral("some_code"), error);
        job.estimatedCost = 0.4;
        return m_engine->store().insert(job) ? job.id : 0;
    }

    static QByteArray fakeMp4()
    {
        return QByteArray("\0\0\0\x18"
                          "ftypmp42\0\0\0\0mp42isom",
                   24)
            + QByteArray(64, 'x');
    }

    static bool write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<JobEngine> m_engine;
    int m_counter = 0;
};

} // namespace Dailies::Test
