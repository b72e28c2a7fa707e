// SPDX-License-Identifier: Apache-2.0
#pragma once

// A client roadmap: one or more products' plans laid out on the calendar, the common input of the
// calendar (.ics), spreadsheet (.xlsx) and PDF writers. Dates count from the plan's start month (its
// as-of month): a step's bar runs from its start to the median (P50) of its own three-point estimate,
// with the 80th percentile (P80) as a whisker; the route's milestones carry the Monte Carlo P50/P80.

#include "core/export/RouteGraph.h"
#include "core/planning/Plan.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace shirube::core {

// One step of the chosen route on the calendar. Months count from the plan's start month.
struct ScheduledStep
{
    int index = 0; // 1-based, in the route's order
    const RouteStep* step = nullptr;
    int row = 0; // the Gantt row: parallel steps get their own row
    double startMonths = 0;
    double p50EndMonths = 0;
    double p80EndMonths = 0;
    QDate start;
    QDate p50End;
    QDate p80End;
    bool consultation = false; // a PMDA consultation to book ahead
};

// A milestone of the chosen route (filed, approved, on the market, reimbursed) or the target date.
struct ScheduledMilestone
{
    QString state; // "filed", …; "target" for goals.target_date
    QString label;
    double p50Months = 0;
    double p80Months = 0;
    QDate p50;
    QDate p80;
    bool target = false;
};

// A consultation to book: its P50 start and the date to book it by.
struct Booking
{
    const ScheduledStep* step = nullptr;
    QDate bookBy;
};

// One product's roadmap.
struct Roadmap
{
    QString productName;
    Plan plan;
    int routeIndex = -1;         // the chosen route in plan.routes; -1: no route applies
    QDate start;                 // the first day of the plan's start month
    std::optional<QDate> target; // goals.target_date (first day of its month), when set
    std::vector<ScheduledStep> steps;
    std::vector<ScheduledMilestone> milestones; // by P50, the target last when set
    std::vector<Booking> bookings;
    int rows = 0;     // Gantt rows used by steps
    RouteGraph graph; // the routes' state graph for the report; empty unless the caller adds it

    Roadmap() = default;
    // Copies point their steps and bookings into their own plan (moves keep the buffers they point to).
    Roadmap(const Roadmap& other);
    Roadmap& operator=(const Roadmap& other);
    Roadmap(Roadmap&&) noexcept = default;
    Roadmap& operator=(Roadmap&&) noexcept = default;
    ~Roadmap() = default;

    const Route* route() const
    {
        return routeIndex >= 0 && routeIndex < int(plan.routes.size()) ? &plan.routes[std::size_t(routeIndex)]
                                                                       : nullptr;
    }
    QDate dateAt(double months) const;
};

// Months a PMDA consultation is booked ahead of the meeting: a planning assumption (estimate).
inline constexpr double kConsultationBookingLeadMonths = 2.0;

// "YYYY-MM" -> the first day of that month; invalid QDate when malformed.
QDate monthStart(const QString& yearMonth);
// The date `months` after `start` (whole months, then the fraction as days of a 30.44-day month).
QDate addMonths(const QDate& start, double months);
// The p-quantile (0..1) of the triangular distribution min/likely/max the Monte Carlo draws from.
double triangularQuantile(const ThreePoint& t, double p);

// Lays out `plan`'s route `routeId` (the headline route when empty or unknown). `targetDate` is the
// profile's goals.target_date ("YYYY-MM"), may be empty.
Roadmap makeRoadmap(const QString& productName, Plan plan, const QString& routeId = {},
                    const QString& targetDate = {});

struct Ruleset;
// Sets roadmap.graph from the ruleset `roadmap.plan` came from, in the plan's language.
void addRouteGraph(Roadmap& roadmap, const Ruleset& ruleset);

// The founders' next actions: the first `count` steps of the chosen route that have not ended (P50)
// before `today`, by start, in the plan's language; a consultation says by when to book it with PMDA
// and its fee, any other step when it starts, about how long it takes and its cost, then its note.
QStringList nextActions(const Roadmap& roadmap, const QDate& today, int count = 3);

// The humane words of a plan in its language, shared by the export writers (the Markdown writer's words).
namespace words {
QString tr(Lang lang, const char* en, const char* ja);
QString deviceClass(const Classification& c, Lang lang);
QString procedure(const QString& id, Lang lang);
QString reviewCategory(const QString& id, Lang lang);
QString confidenceMark(Confidence c, Lang lang); // "◆ seed" / "◆ 出典資料"…
QString yen(double v);                           // "¥1,234,000"
QString months(double v);                        // "12.3"
QString date(const QDate& d, Lang lang);         // "2026-04-15" / "2026年4月15日"
QString shortDate(const QDate& d);               // "2026-04-15" in both languages (tables)
QString monthText(const QDate& d, Lang lang);    // "Apr 2026" / "2026年4月"
QString percent(double p);                       // 0.42 -> "42 %"
} // namespace words

} // namespace shirube::core
