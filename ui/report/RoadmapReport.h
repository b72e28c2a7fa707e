// SPDX-License-Identifier: Apache-2.0
#pragma once

// The client roadmap as a paged document (PDF or printout), drawn with QPainter: cover, table of
// contents, for a project a portfolio overview, then per product a one-page summary, the
// classification with its rationale, the routes compared, the timeline, the steps with dates,
// consultations to book, designations, funding, assumptions and open questions; an appendix of
// sources with confidence marks. Page headers and numbers on every page after the cover. Qt Gui only.

#include "core/common/Result.h"
#include "core/export/Roadmap.h"
#include "core/rules/Ruleset.h"

#include <QDate>
#include <QPageSize>
#include <QString>

#include <optional>
#include <vector>

class QPagedPaintDevice;

namespace shirube::report {

struct ReportOptions
{
    core::Lang lang = core::Lang::En;
    QPageSize::PageSizeId paper = QPageSize::A4;
    QString title;      // the project's title; empty: the product's name
    QString client;     // may be empty
    QString consultant; // may be empty
    QDate date;         // the report's date (cover, today's line); invalid: today
    // The ruleset the plans were made with: the engine's reasons are put in words with its questions
    // and answers. Without it they are shown without their fact lists.
    core::RulesetPtr ruleset;
};

// The fonts the report uses (PageFlow.h: reportFontFamilies()), for messages.
QString reportFontFamily();

// Draws the report on `device` (its page size is the caller's). Returns the number of pages.
int renderRoadmapReport(QPagedPaintDevice& device, const std::vector<core::Roadmap>& roadmaps,
                        const ReportOptions& options);

// Writes the report as a PDF (A4 or Letter, fonts embedded). nullopt on success.
std::optional<core::Error> writeRoadmapPdf(const QString& fileName,
                                           const std::vector<core::Roadmap>& roadmaps,
                                           const ReportOptions& options);

} // namespace shirube::report
