// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace Dailies
{
class Workspace;

/**
 * Brings a Workspace up for the studio window: opens the library (when its database is refused, says why and
 * offers another folder) and starts the job engine over the default profile and every profile with unfinished
 * jobs. The workspace is not owned.
 */
class StudioStartup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioStartup)

public:
    explicit StudioStartup(Workspace *workspace, QObject *parent = nullptr);
    ~StudioStartup() override;

    /// Opens the library; asks for another folder while the database is refused. False: the user gave up.
    [[nodiscard]] bool openLibrary(QWidget *dialogParent = nullptr);
    /// Resolves the clients and starts the engine; ends with ready().
    void startEngine();

Q_SIGNALS:
    /// The engine runs. `problems`: profiles whose jobs wait, and why.
    void ready(const QStringList &problems);

private:
    Workspace *m_workspace;
};

} // namespace Dailies
