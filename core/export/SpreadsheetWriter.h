// SPDX-License-Identifier: Apache-2.0
#pragma once

// Writes roadmaps as an .xlsx workbook with libxlsxwriter: a Summary sheet (one row per product:
// class, procedure, route, P50/P80 months, dates and cost, the chance of the target date) and a Steps
// sheet (one row per step of the chosen route: start, P50 and P80 end dates, three-point months and
// cost, source and confidence mark). Dates are date cells, months and yen are numbers with formats.

#include "core/common/Result.h"
#include "core/export/Roadmap.h"

#include <QString>

#include <optional>
#include <vector>

namespace shirube::core {

// nullopt on success; else why the file could not be written.
std::optional<Error> writeRoadmapsXlsx(const std::vector<Roadmap>& roadmaps, const QString& fileName,
                                       Lang lang);

} // namespace shirube::core
