// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Dailies::Processes
{

/// This machine, as other processes sharing a library see it (host name and part of the machine id).
[[nodiscard]] QString hostId();
/// Whether process `pid` of this host is alive (a zombie counts as gone). Without a way to ask: true.
[[nodiscard]] bool exists(qint64 pid);

} // namespace Dailies::Processes
