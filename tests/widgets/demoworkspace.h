// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "core/jobs/jobengine.h"
#include "core/settings/profilestore.h"
#include "session/workspace.h"

namespace Dailies::Test
{

/**
 * Opens a workspace on a scratch library in `dir` with a fast embedded demo provider (time scale 0.02) and starts
 * its engine, as the widget tests need it. Returns an empty string, or what went wrong.
 */
inline QString openDemoWorkspace(
    const QTemporaryDir &dir, std::unique_ptr<QSettings> &settings, std::unique_ptr<Workspace> &workspace)
{
    settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    workspace = std::make_unique<Workspace>(settings.get());
    workspace->setLibraryFolder(dir.filePath(QStringLiteral("library")));
    workspace->setDemoOptions(0.02, dir.filePath(QStringLiteral("demo")));
    QString error;
    if (!workspace->open(&error))
        return error;
    bool ready = false;
    QString problem;
    workspace->startEngine(
        { *ProfileStore(settings.get()).profile(QStringLiteral("demo")) },
        [&problem](const QString &, const QString &why) { problem = why; },
        [&ready](JobEngine *engine) {
            engine->start();
            ready = true;
        });
    if (!QTest::qWaitFor([&] { return ready || !problem.isEmpty(); }, 10000))
        return QStringLiteral("the engine did not start");
    return problem;
}

} // namespace Dailies::Test
