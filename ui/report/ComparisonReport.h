// SPDX-License-Identifier: Apache-2.0
#pragma once

// Two products side by side as a PDF (the compare view's export): a title, the two product names as
// column heads, one row per compared section, rows that differ marked. Qt Gui only.

#include "core/common/Result.h"
#include "ui/report/RoadmapReport.h"

#include <QString>

#include <optional>
#include <vector>

namespace shirube::report {

struct Comparison
{
    struct Row
    {
        QString title;
        QString left;
        QString right;
        bool differs = false;
    };
    QString title;      // "Compare products"
    QString leftName;   // the first product
    QString rightName;  // the second product
    QString legend;     // what the marks mean, in the reader's language
    QString rowsHeader; // the first column's head, may be empty
    std::vector<Row> rows;
};

// Writes `comparison` as a PDF (options: paper, date, language of the date). nullopt on success.
std::optional<core::Error> writeComparisonPdf(const QString& fileName, const Comparison& comparison,
                                              const ReportOptions& options);

} // namespace shirube::report
