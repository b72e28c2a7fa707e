// SPDX-License-Identifier: Apache-2.0
#include "app/cli/Backtest.h"

#include "app/cli/CliSupport.h"
#include "core/planning/Planner.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace shirube::cli {

namespace {

const QStringList kProcedures = {QStringLiteral("approval"), QStringLiteral("certification"),
                                 QStringLiteral("notification")};
const QStringList kStartEvents = {QStringLiteral("filed"), QStringLiteral("trial_start"),
                                  QStringLiteral("study_start"), QStringLiteral("development_start")};

core::Error caseError(const QString& path, const QString& message)
{
    return core::Error{core::ErrorCode::InvalidProfile, message, path, 0};
}

// A required (or, with `optional`, possibly absent) string that must be one of `allowed` when given.
std::optional<core::Error> readText(const QJsonObject& object, const QString& key, const QStringList& allowed,
                                    QString& target)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().isEmpty())
        return caseError(key, allowed.isEmpty() ? QStringLiteral("missing or not a text")
                                                : QStringLiteral("missing or not a text; expected one of: ") +
                                                      allowed.join(QStringLiteral(", ")));
    if (!allowed.isEmpty() && !allowed.contains(value.toString()))
        return caseError(key, QStringLiteral("'") + value.toString() +
                                  QStringLiteral("' is not allowed; expected one of: ") +
                                  allowed.join(QStringLiteral(", ")));
    target = value.toString();
    return std::nullopt;
}

std::optional<core::Error> readMonth(const QJsonValue& value, const QString& path, YearMonth& target)
{
    const auto ym = parseYearMonth(value.toString());
    if (!value.isString() || !ym)
        return caseError(path, value.isUndefined() ? QStringLiteral("missing; expected a month YYYY-MM")
                                                   : QStringLiteral("not a month; expected YYYY-MM"));
    target = YearMonth{ym->first, ym->second};
    return std::nullopt;
}

// milestones.KEY.date, when milestones.KEY is there (`present` says whether it was).
std::optional<core::Error> readMilestone(const QJsonObject& milestones, const QString& key, YearMonth& target,
                                         bool& present)
{
    const QString path = QStringLiteral("milestones.") + key;
    present = milestones.contains(key);
    if (!present)
        return std::nullopt;
    const QJsonValue milestone = milestones.value(key);
    if (!milestone.isObject())
        return caseError(path,
                         QStringLiteral("not an object; expected {\"date\", \"source\", \"confidence\"}"));
    return readMonth(milestone.toObject().value(QStringLiteral("date")), path + QStringLiteral(".date"),
                     target);
}

double roundMonths(double months)
{
    return std::round(months * 10.0) / 10.0;
}

const core::RouteMilestone* findMilestone(const core::Route& route, QLatin1String state)
{
    for (const core::RouteMilestone& m : route.milestones) {
        if (m.state == state)
            return &m;
    }
    return nullptr;
}

QJsonObject comparisonToJson(const BacktestComparison& c)
{
    QJsonObject o;
    o.insert(QStringLiteral("real_months"), c.realMonths);
    o.insert(QStringLiteral("p50"), c.p50);
    o.insert(QStringLiteral("p80"), c.p80);
    o.insert(QStringLiteral("p50_error"), roundFraction(c.p50Error));
    o.insert(QStringLiteral("inside_p80"), c.insideP80);
    return o;
}

} // namespace

QString BacktestCase::slug() const
{
    return file.endsWith(QLatin1String(".json")) ? file.chopped(5) : file;
}

core::Result<BacktestCase> parseBacktestCase(const QByteArray& json, const QString& file)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return caseError(QString(), QStringLiteral("not valid JSON at offset ") +
                                        QString::number(parseError.offset) + QStringLiteral(": ") +
                                        parseError.errorString());
    if (!doc.isObject())
        return caseError(QString(), QStringLiteral("not a JSON object; expected one back-test case"));
    const QJsonObject object = doc.object();

    BacktestCase c;
    c.file = file;
    if (auto e = readText(object, QStringLiteral("name"), {}, c.name))
        return *e;
    if (auto e = readText(object, QStringLiteral("procedure"), kProcedures, c.procedure))
        return *e;
    if (object.contains(QStringLiteral("class"))) {
        const QJsonValue cls = object.value(QStringLiteral("class"));
        const double n = cls.toDouble(-1);
        if (!cls.isDouble() || n != std::floor(n) || n < 1 || n > 4)
            return caseError(QStringLiteral("class"), QStringLiteral("expected a class from 1 to 4"));
        c.deviceClass = int(n);
    }
    if (auto e = readMonth(object.value(QStringLiteral("start")), QStringLiteral("start"), c.start))
        return *e;
    c.startText = object.value(QStringLiteral("start")).toString();
    if (auto e = readText(object, QStringLiteral("start_event"), kStartEvents, c.startEvent))
        return *e;

    const QJsonValue milestonesValue = object.value(QStringLiteral("milestones"));
    if (!milestonesValue.isObject())
        return caseError(QStringLiteral("milestones"),
                         QStringLiteral("missing or not an object; expected at least {\"approved\": …}"));
    const QJsonObject milestones = milestonesValue.toObject();
    bool present = false;
    if (auto e = readMilestone(milestones, QStringLiteral("approved"), c.approved, present))
        return *e;
    if (!present)
        return caseError(QStringLiteral("milestones.approved"),
                         QStringLiteral("missing; every case needs the market authorisation month"));
    YearMonth startMilestone;
    if (auto e = readMilestone(milestones, c.startEvent, startMilestone, present))
        return *e;
    if (!present)
        return caseError(QStringLiteral("milestones.") + c.startEvent,
                         QStringLiteral("missing; start_event '") + c.startEvent +
                             QStringLiteral("' needs a dated milestone"));
    if (startMilestone.monthsSince(c.start) != 0)
        return caseError(QStringLiteral("start"),
                         QStringLiteral("differs from milestones.") + c.startEvent + QStringLiteral(".date"));
    if (c.approved.monthsSince(c.start) <= 0)
        return caseError(QStringLiteral("milestones.approved.date"),
                         QStringLiteral("not after start ") + c.startText);
    YearMonth insurance;
    if (auto e = readMilestone(milestones, QStringLiteral("insurance_listed"), insurance, present))
        return *e;
    if (object.contains(QStringLiteral("out_of_scope"))) {
        if (auto e = readText(object, QStringLiteral("out_of_scope"), {}, c.outOfScope))
            return *e;
    }
    if (present)
        c.insuranceListed = insurance;

    const QJsonValue profileValue = object.value(QStringLiteral("profile"));
    if (!profileValue.isObject())
        return caseError(QStringLiteral("profile"),
                         QStringLiteral("missing or not an object; expected a shirube.profile/1 object"));
    core::Result<core::Profile> profile = core::Profile::fromJson(profileValue.toObject());
    if (!profile.ok()) {
        const core::Error& e = profile.error();
        return caseError(e.path.isEmpty() ? QStringLiteral("profile") : QStringLiteral("profile.") + e.path,
                         e.message);
    }
    c.profile = std::move(profile).value();
    return c;
}

BacktestComparison compare(int realMonths, double p50, double p80)
{
    BacktestComparison c;
    c.realMonths = realMonths;
    c.p50 = p50;
    c.p80 = p80;
    c.p50Error = realMonths > 0 ? (p50 - realMonths) / realMonths : 1.0;
    c.insideP80 = realMonths <= p80;
    return c;
}

BacktestResult replayCase(const BacktestCase& backtestCase, const core::Planner& planner, int samples)
{
    core::PlanOptions options;
    options.asOfYear = backtestCase.start.year;
    options.asOfMonth = backtestCase.start.month;
    options.lang = core::Lang::En;
    options.samples = samples;
    const core::Plan plan = planner.plan(backtestCase.profile, options);

    BacktestResult result;
    result.backtestCase = &backtestCase;
    const int realMonths = backtestCase.approved.monthsSince(backtestCase.start);
    if (plan.routes.empty() || !plan.routes.front().headline) {
        result.noRoute = true;
        result.authorisation.realMonths = realMonths; // p50Error 1.0, outside P80
        return result;
    }
    const core::Route& route = plan.routes.front();
    result.routeId = route.id;
    core::Distribution months = route.months;
    if (const core::RouteMilestone* m = findMilestone(route, QLatin1String("approved"))) {
        result.predictedState = m->state;
        months = m->months;
    } else if (const core::RouteMilestone* m2 = findMilestone(route, QLatin1String("first_stage_approved"))) {
        result.predictedState = m2->state;
        months = m2->months;
    }
    result.authorisation = compare(realMonths, roundMonths(months.p50), roundMonths(months.p80));

    if (backtestCase.insuranceListed) {
        const int realInsurance = backtestCase.insuranceListed->monthsSince(backtestCase.start);
        const core::RouteMilestone* reimbursed = findMilestone(route, QLatin1String("reimbursed"));
        if (reimbursed && realInsurance > 0)
            result.insurance = compare(realInsurance, roundMonths(reimbursed->months.p50),
                                       roundMonths(reimbursed->months.p80));
    }
    return result;
}

BacktestFigures figuresOf(const std::vector<BacktestComparison>& comparisons)
{
    BacktestFigures f;
    f.products = int(comparisons.size());
    if (comparisons.empty())
        return f;
    std::vector<double> errors;
    errors.reserve(comparisons.size());
    for (const BacktestComparison& c : comparisons) {
        errors.push_back(std::abs(c.p50Error));
        if (c.insideP80)
            ++f.insideP80;
    }
    std::sort(errors.begin(), errors.end());
    const std::size_t n = errors.size();
    f.medianAbsP50Error = n % 2 == 1 ? errors[n / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2.0;
    f.p80Coverage = double(f.insideP80) / double(f.products);
    return f;
}

BacktestSummary summarise(const std::vector<BacktestResult>& results)
{
    std::vector<BacktestComparison> all;
    std::vector<BacktestComparison> insurance;
    std::map<QString, std::vector<BacktestComparison>> byProcedure;
    std::map<QString, std::vector<BacktestComparison>> byStartEvent;
    std::vector<BacktestComparison> outOfScope;
    for (const BacktestResult& r : results) {
        if (!r.backtestCase->outOfScope.isEmpty()) {
            outOfScope.push_back(r.authorisation);
            continue;
        }
        all.push_back(r.authorisation);
        byProcedure[r.backtestCase->procedure].push_back(r.authorisation);
        byStartEvent[r.backtestCase->startEvent].push_back(r.authorisation);
        if (r.insurance)
            insurance.push_back(*r.insurance);
    }
    BacktestSummary s;
    s.overall = figuresOf(all);
    s.insurance = figuresOf(insurance);
    s.outOfScope = figuresOf(outOfScope);
    for (const auto& [key, list] : byProcedure)
        s.byProcedure[key] = figuresOf(list);
    for (const auto& [key, list] : byStartEvent)
        s.byStartEvent[key] = figuresOf(list);
    return s;
}

double roundFraction(double value)
{
    const double r = std::round(value * 1000.0) / 1000.0;
    return r == 0 ? 0.0 : r; // no "-0"
}

QJsonObject figuresToJson(const BacktestFigures& figures)
{
    QJsonObject o;
    o.insert(QStringLiteral("products"), figures.products);
    o.insert(QStringLiteral("median_abs_p50_error"), roundFraction(figures.medianAbsP50Error));
    o.insert(QStringLiteral("p80_coverage"), roundFraction(figures.p80Coverage));
    return o;
}

QJsonObject resultToJson(const BacktestResult& result)
{
    const BacktestCase& c = *result.backtestCase;
    QJsonObject o;
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("file"), c.file);
    o.insert(QStringLiteral("procedure"), c.procedure);
    o.insert(QStringLiteral("start"), c.startText);
    o.insert(QStringLiteral("start_event"), c.startEvent);
    o.insert(QStringLiteral("real_months"), result.authorisation.realMonths);
    o.insert(QStringLiteral("p50"), result.noRoute ? QJsonValue() : QJsonValue(result.authorisation.p50));
    o.insert(QStringLiteral("p80"), result.noRoute ? QJsonValue() : QJsonValue(result.authorisation.p80));
    o.insert(QStringLiteral("p50_error"), roundFraction(result.authorisation.p50Error));
    o.insert(QStringLiteral("inside_p80"), result.authorisation.insideP80);
    o.insert(QStringLiteral("route"), result.noRoute ? QJsonValue() : QJsonValue(result.routeId));
    if (!result.backtestCase->outOfScope.isEmpty())
        o.insert(QStringLiteral("out_of_scope"), result.backtestCase->outOfScope);
    o.insert(QStringLiteral("predicted_state"),
             result.noRoute ? QJsonValue()
                            : QJsonValue(result.predictedState.isEmpty() ? QStringLiteral("route_total")
                                                                         : result.predictedState));
    if (result.insurance)
        o.insert(QStringLiteral("insurance"), comparisonToJson(*result.insurance));
    return o;
}

} // namespace shirube::cli
