// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Result.h"
#include "core/storage/Project.h"

#include <QStringList>

namespace shirube::core {

// Three-way merge of a project, product by product, for a save that finds the file changed since it
// was opened: `base` is the project as it was opened, `ours` what is being saved, `theirs` what the
// file holds now. Products are matched by id.
//   - a product only one side changed (or added, or removed) takes that side;
//   - products added on both sides are all kept (ours get fresh ids when theirs took the same ids);
//   - the project's details (title, owner, clients, notes) likewise, as one unit.
// When both sides changed the same product differently, or one changed a product the other removed,
// or both changed the details differently, nothing is merged: the Error (ProjectRefused) names each
// conflict. Product order is theirs, with our additions at the end. `notes` (optional) receives one
// line per product taken from their side.
Result<Project> mergeProjects(const Project& base, const Project& ours, const Project& theirs,
                              QStringList* notes = nullptr);

} // namespace shirube::core
