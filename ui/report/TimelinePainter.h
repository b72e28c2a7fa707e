// SPDX-License-Identifier: Apache-2.0
#pragma once

// The roadmap timeline (Gantt) drawn with QPainter: one drawing code for the app's Timeline tab, the
// PDF report and the printout. Each step of the chosen route is a row: a bar from its start to its
// P50 end with a whisker to its P80 end; consultations show their booking lead; milestones are
// diamonds at P50 with a whisker to P80; the target date and today are vertical lines. Qt Gui only.

#include "core/export/Roadmap.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace shirube::report {

struct TimelineStyle
{
    QFont font;              // labels; ticks use it at 85 %
    qreal rowHeight = 16;    // one step or milestone
    qreal labelWidth = 190;  // the left column of names
    qreal headerHeight = 30; // the month/year ruler
    QColor text{0x20, 0x20, 0x20};
    QColor grid{0xE2, 0xE6, 0xEA};
    QColor bar{0x3A, 0x6E, 0xA5};
    QColor parallelBar{0x4F, 0x9D, 0x8F};
    QColor consultation{0xD9, 0x82, 0x2B};
    QColor milestone{0x2E, 0x2E, 0x5C};
    QColor target{0xC0, 0x39, 0x2B};
    QColor today{0xC0, 0x39, 0x2B};
};

// What is where, for hit tests (tooltips): one item per step and per milestone.
struct TimelineItem
{
    QRectF rect;
    int step = -1;      // index into Roadmap::steps
    int milestone = -1; // index into Roadmap::milestones
};

struct TimelineLayout
{
    QRectF chart;      // the dated area, right of the labels, below the ruler
    double months = 0; // the span shown, from the start month
    std::vector<TimelineItem> items;

    qreal xAt(double m) const { return chart.left() + (months > 0 ? chart.width() * m / months : 0); }
};

// The height the timeline needs for `roadmap` in `style`.
qreal timelineHeight(const core::Roadmap& roadmap, const TimelineStyle& style);
TimelineLayout layoutTimeline(const core::Roadmap& roadmap, const QRectF& rect, const TimelineStyle& style);
// Draws into `rect` (its height should be timelineHeight()). `today` draws a line when in range.
void paintTimeline(QPainter& painter, const core::Roadmap& roadmap, const QRectF& rect,
                   const TimelineStyle& style, const QDate& today);
// The text shown on hover: the step's dates and months, fee, source and confidence (or the milestone's).
QString timelineToolTip(const core::Roadmap& roadmap, const TimelineItem& item);

} // namespace shirube::report
