// SPDX-License-Identifier: Apache-2.0
#pragma once

// The one generic-name table of the process, shared by the planner, the questionnaire's search and the
// CLI: loaded on first use from the user's data folder (GenericNameTable::defaultDataDir()), loaded again
// after an import so that search and plans see the imported names at once. A holder keeps the table it
// got valid while another thread reloads.

#include "core/common/Result.h"
#include "core/jmdn/GenericNameTable.h"

#include <memory>

namespace shirube::core {

// The current table; nullptr only when the shipped table itself cannot be read.
std::shared_ptr<const GenericNameTable> sharedGenericNames();

// Loads the table again (options.dataDir empty: the default data folder) and makes it the current one.
// On failure the current table stays.
Result<std::shared_ptr<const GenericNameTable>>
reloadSharedGenericNames(const GenericNameTable::Options& options = {});

} // namespace shirube::core
