// SPDX-License-Identifier: Apache-2.0
#pragma once

// `shirube-cli backtest`: replays real Japanese market authorisations (resources/backtest/cases, one
// JSON file per case; format in resources/backtest/README.md) through the planner as if today were
// the case's start month, and compares the headline route's P50/P80 months to "approved" with what
// really happened. No I/O here: BacktestCommands.cpp reads the files and prints.

#include "core/common/Result.h"
#include "core/planning/Plan.h"
#include "core/profile/Profile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace shirube::core {
class Planner;
}

namespace shirube::cli {

// The samples per route a back-test plans with unless --samples says otherwise.
inline constexpr int kBacktestSamples = 2000;

struct YearMonth
{
    int year = 0;
    int month = 0; // 1..12

    // Whole months from `from` to this month ("2022-04" - "2021-05" = 11).
    int monthsSince(const YearMonth& from) const { return (year - from.year) * 12 + (month - from.month); }
};

// One case file, validated. Dates are YYYY-MM months.
struct BacktestCase
{
    QString file; // the file name without its folder ("cureapp-ht.json")
    QString name;
    QString procedure;   // approval | certification | notification
    int deviceClass = 0; // 1..4; 0 when the file leaves it out
    QString startText;   // "2021-05"
    YearMonth start;
    QString startEvent; // filed | trial_start | study_start | development_start
    YearMonth approved;
    std::optional<YearMonth> insuranceListed;
    // Why the planner does not model this case's pathway (a special or emergency approval, such as
    // the COVID-19 tests' expedited reviews): it is replayed and shown, but left out of the figures.
    QString outOfScope;
    core::Profile profile;

    QString slug() const; // file without ".json"
};

// Parses one case file. Errors are ErrorCode::InvalidProfile with `path` naming the field
// ("milestones.approved.date", "profile.software.significance") and `message` saying what is allowed.
core::Result<BacktestCase> parseBacktestCase(const QByteArray& json, const QString& file);

// Predicted against real months to one milestone.
struct BacktestComparison
{
    int realMonths = 0;
    double p50 = 0; // months from the start, rounded to 0.1 (as shirube.plan/1 prints them)
    double p80 = 0;
    double p50Error = 1.0;  // (p50 - real) / real, signed; 1.0 when there was no prediction
    bool insideP80 = false; // real <= p80
};

struct BacktestResult
{
    const BacktestCase* backtestCase = nullptr;
    bool noRoute = false;   // the plan had no headline route: counted as a miss (|error| 1.0, outside P80)
    QString routeId;        // the headline route's id; empty with noRoute
    QString predictedState; // "approved", "first_stage_approved" or "" (the route's total months)
    BacktestComparison authorisation;            // start -> market authorisation: the headline metric
    std::optional<BacktestComparison> insurance; // start -> insurance listing, when both sides have one
};

// Plans the case as of its start month (English labels) and compares. `samples` per route.
BacktestResult replayCase(const BacktestCase& backtestCase, const core::Planner& planner, int samples);

// (predicted - real) / real and real <= p80 from already rounded months; real must be > 0.
BacktestComparison compare(int realMonths, double p50, double p80);

struct BacktestFigures
{
    int products = 0;
    double medianAbsP50Error = 0; // the median of |p50 error|; 0 with no products
    double p80Coverage = 0;       // share of products whose real months are <= P80
    int insideP80 = 0;
};

struct BacktestSummary
{
    BacktestFigures overall;
    std::map<QString, BacktestFigures> byProcedure;
    std::map<QString, BacktestFigures> byStartEvent;
    BacktestFigures insurance;  // the secondary comparison: cases with an insurance listing and route
    BacktestFigures outOfScope; // the cases whose pathway the planner does not model, apart
};

BacktestFigures figuresOf(const std::vector<BacktestComparison>& comparisons);
BacktestSummary summarise(const std::vector<BacktestResult>& results);

// Rounds to 0.001 (errors and shares in the JSON output).
double roundFraction(double value);

// {"products", "median_abs_p50_error", "p80_coverage"} with fractions rounded to 0.001.
QJsonObject figuresToJson(const BacktestFigures& figures);
// One entry of "cases": name, file, procedure, start, start_event, real_months, p50, p80, p50_error,
// inside_p80, route (null when no route), predicted_state, and "insurance" when compared.
QJsonObject resultToJson(const BacktestResult& result);

} // namespace shirube::cli
