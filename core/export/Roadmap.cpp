// SPDX-License-Identifier: Apache-2.0
#include "core/export/Roadmap.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace shirube::core {

namespace {

constexpr double kDaysPerMonth = 30.436875; // 365.2425 / 12

} // namespace

QDate monthStart(const QString& yearMonth)
{
    const QStringList parts = yearMonth.split(QLatin1Char('-'));
    if (parts.size() != 2)
        return {};
    bool okYear = false;
    bool okMonth = false;
    const int year = parts[0].toInt(&okYear);
    const int month = parts[1].toInt(&okMonth);
    if (!okYear || !okMonth || month < 1 || month > 12)
        return {};
    return QDate(year, month, 1);
}

QDate addMonths(const QDate& start, double months)
{
    if (!start.isValid())
        return {};
    const double whole = std::floor(std::max(0.0, months));
    const double fraction = std::max(0.0, months) - whole;
    return start.addMonths(int(whole)).addDays(qint64(std::lround(fraction * kDaysPerMonth)));
}

double triangularQuantile(const ThreePoint& t, double p)
{
    const double a = t.min;
    const double b = t.max;
    const double c = std::clamp(t.likely, a, b);
    if (b <= a)
        return a;
    const double cut = (c - a) / (b - a);
    if (p < cut)
        return a + std::sqrt(p * (b - a) * (c - a));
    return b - std::sqrt((1.0 - p) * (b - a) * (b - c));
}

Roadmap::Roadmap(const Roadmap& other)
{
    *this = other;
}

Roadmap& Roadmap::operator=(const Roadmap& other)
{
    if (this == &other)
        return *this;
    productName = other.productName;
    plan = other.plan;
    routeIndex = other.routeIndex;
    start = other.start;
    target = other.target;
    steps = other.steps;
    milestones = other.milestones;
    bookings = other.bookings;
    rows = other.rows;
    graph = other.graph;
    const Route* r = route();
    for (std::size_t i = 0; i < steps.size(); ++i)
        steps[i].step = r && i < r->steps.size() ? &r->steps[i] : nullptr;
    for (Booking& b : bookings)
        b.step = &steps[std::size_t(b.step - other.steps.data())];
    return *this;
}

QDate Roadmap::dateAt(double months) const
{
    return addMonths(start, months);
}

Roadmap makeRoadmap(const QString& productName, Plan plan, const QString& routeId, const QString& targetDate)
{
    Roadmap r;
    r.productName = productName.isEmpty() ? plan.profileName : productName;
    r.plan = std::move(plan);
    r.start = monthStart(r.plan.asOf);
    if (!r.start.isValid())
        r.start = QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    for (std::size_t i = 0; i < r.plan.routes.size(); ++i) {
        if (!routeId.isEmpty() && r.plan.routes[i].id == routeId) {
            r.routeIndex = int(i);
            break;
        }
    }
    if (r.routeIndex < 0) {
        for (std::size_t i = 0; i < r.plan.routes.size(); ++i) {
            if (r.plan.routes[i].headline) {
                r.routeIndex = int(i);
                break;
            }
        }
    }
    if (r.routeIndex < 0 && !r.plan.routes.empty())
        r.routeIndex = 0;

    if (const Route* route = r.route()) {
        // Transitions run one after another; within a transition the steps run in sequence, except
        // the parallel ones, which start with the transition.
        QString transition;
        double transitionStart = 0;
        double transitionEnd = 0;
        double cursor = 0;
        int index = 0;
        for (const RouteStep& step : route->steps) {
            if (index == 0 || step.transition != transition) {
                transition = step.transition;
                transitionStart = transitionEnd;
                cursor = transitionStart;
            }
            ScheduledStep s;
            s.index = ++index;
            s.step = &step;
            s.row = index - 1;
            s.startMonths = step.parallel ? transitionStart : cursor;
            s.p50EndMonths = s.startMonths + triangularQuantile(step.months, 0.5);
            s.p80EndMonths = s.startMonths + triangularQuantile(step.months, 0.8);
            if (!step.parallel)
                cursor = s.p50EndMonths;
            transitionEnd = std::max(transitionEnd, s.p50EndMonths);
            s.start = r.dateAt(s.startMonths);
            s.p50End = r.dateAt(s.p50EndMonths);
            s.p80End = r.dateAt(s.p80EndMonths);
            s.consultation = step.activity.contains(QLatin1String("consultation"));
            r.steps.push_back(s);
        }
        r.rows = index;
        // The medians of the steps add up to less than the median of their sum (the estimates lean
        // right): stretch the schedule so that the route ends on its Monte Carlo P50, as its
        // milestones do.
        double end = 0;
        for (const ScheduledStep& s : r.steps)
            end = std::max(end, s.p50EndMonths);
        if (end > 0 && route->months.p50 > 0) {
            const double k = route->months.p50 / end;
            for (ScheduledStep& s : r.steps) {
                s.startMonths *= k;
                s.p50EndMonths *= k;
                s.p80EndMonths *= k;
                s.start = r.dateAt(s.startMonths);
                s.p50End = r.dateAt(s.p50EndMonths);
                s.p80End = r.dateAt(s.p80EndMonths);
            }
        }
        for (const RouteMilestone& m : route->milestones) {
            ScheduledMilestone sm;
            sm.state = m.state;
            sm.label = m.label;
            sm.p50Months = m.months.p50;
            sm.p80Months = m.months.p80;
            sm.p50 = r.dateAt(m.months.p50);
            sm.p80 = r.dateAt(m.months.p80);
            r.milestones.push_back(sm);
        }
        std::stable_sort(r.milestones.begin(), r.milestones.end(),
                         [](const ScheduledMilestone& a, const ScheduledMilestone& b) {
                             return a.p50Months < b.p50Months;
                         });
    }
    if (const QDate t = monthStart(targetDate); t.isValid()) {
        r.target = t;
        ScheduledMilestone sm;
        sm.state = QStringLiteral("target");
        sm.label = words::tr(r.plan.lang, "Target date", "目標時期");
        sm.p50Months = sm.p80Months = double(r.start.daysTo(t)) / kDaysPerMonth;
        sm.p50 = sm.p80 = t;
        sm.target = true;
        r.milestones.push_back(sm);
    }
    for (const ScheduledStep& s : r.steps) {
        if (s.consultation)
            r.bookings.push_back(
                {&s, addMonths(r.start, std::max(0.0, s.startMonths - kConsultationBookingLeadMonths))});
    }
    return r;
}

QStringList nextActions(const Roadmap& r, const QDate& today, int count)
{
    using words::tr;
    const Lang lang = r.plan.lang;
    std::vector<const ScheduledStep*> steps;
    for (const ScheduledStep& s : r.steps) {
        if (!s.p50End.isValid() || s.p50End >= today)
            steps.push_back(&s);
    }
    std::stable_sort(steps.begin(), steps.end(), [](const ScheduledStep* a, const ScheduledStep* b) {
        return a->startMonths < b->startMonths;
    });
    QStringList out;
    for (const ScheduledStep* s : steps) {
        if (out.size() == count)
            break;
        const RouteStep& step = *s->step;
        const QString name = step.activityName.isEmpty() ? step.activity : step.activityName;
        QString line;
        if (s->consultation) {
            const QDate bookBy =
                addMonths(r.start, std::max(0.0, s->startMonths - kConsultationBookingLeadMonths));
            line = tr(lang, "Book the ", "") + name + tr(lang, " with PMDA by ", "を PMDA に ") +
                   words::date(bookBy, lang) + tr(lang, " (meeting about ", " までに予約（実施 ") +
                   words::date(s->start, lang) + tr(lang, "; fee ", "、手数料 ") +
                   words::yen(step.costJpy.likely) + tr(lang, ")", "）");
        } else {
            line = name + tr(lang, ": start ", ": 開始 ") + words::date(s->start, lang) +
                   tr(lang, ", about ", "、約 ") + words::months(step.months.likely) +
                   tr(lang, " months, ", " か月、") + words::yen(step.costJpy.likely);
        }
        if (!step.note.isEmpty())
            line += tr(lang, ". ", "。") + step.note;
        out << line;
    }
    return out;
}

namespace words {

QString tr(Lang lang, const char* en, const char* ja)
{
    return lang == Lang::Ja ? QString::fromUtf8(ja) : QString::fromUtf8(en);
}

QString deviceClass(const Classification& c, Lang lang)
{
    if (c.regulated == false)
        return tr(lang, "not a medical device", "医療機器に該当しない");
    if (!c.deviceClass)
        return tr(lang, "undetermined", "未確定");
    static const char* roman[] = {"", "I", "II", "III", "IV"};
    const int k = *c.deviceClass;
    const QString n = (k >= 1 && k <= 4) ? QString::fromLatin1(roman[k]) : QString::number(k);
    return tr(lang, "Class ", "クラス") + n;
}

QString procedure(const QString& id, Lang lang)
{
    if (id == QLatin1String("notification"))
        return tr(lang, "notification (届出)", "製造販売届出");
    if (id == QLatin1String("certification"))
        return tr(lang, "third-party certification (認証)", "第三者認証");
    if (id == QLatin1String("approval"))
        return tr(lang, "approval after PMDA review (承認)", "製造販売承認（PMDA審査）");
    return id.isEmpty() ? QStringLiteral("—") : id;
}

QString reviewCategory(const QString& id, Lang lang)
{
    if (id == QLatin1String("new"))
        return tr(lang, "new medical device", "新医療機器");
    if (id == QLatin1String("improved_clinical"))
        return tr(lang, "improved device, with clinical data", "改良医療機器（臨床あり）");
    if (id == QLatin1String("improved_nonclinical"))
        return tr(lang, "improved device, without clinical data", "改良医療機器（臨床なし）");
    if (id == QLatin1String("generic"))
        return tr(lang, "generic device", "後発医療機器");
    return id.isEmpty() ? QStringLiteral("—") : id;
}

QString confidenceMark(Confidence c, Lang lang)
{
    switch (c) {
    case Confidence::Seed:
        return tr(lang, "◆ seed", "◆ seed（厚労省資料）");
    case Confidence::Sourced:
        return tr(lang, "● sourced", "● sourced（公開資料）");
    case Confidence::Known:
        return tr(lang, "○ known", "○ known（周知）");
    case Confidence::Estimate:
        break;
    }
    return tr(lang, "△ estimate", "△ estimate（仮定）");
}

QString yen(double v)
{
    return QStringLiteral("¥") + QLocale(QLocale::English).toString(qint64(std::llround(v)));
}

QString months(double v)
{
    return QLocale::c().toString(v, 'f', 1);
}

QString date(const QDate& d, Lang lang)
{
    if (!d.isValid())
        return QStringLiteral("—");
    if (lang == Lang::Ja)
        return QString::number(d.year()) + QStringLiteral("年") + QString::number(d.month()) +
               QStringLiteral("月") + QString::number(d.day()) + QStringLiteral("日");
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

QString shortDate(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("—");
}

QString monthText(const QDate& d, Lang lang)
{
    if (!d.isValid())
        return QStringLiteral("—");
    if (lang == Lang::Ja)
        return QString::number(d.year()) + QStringLiteral("年") + QString::number(d.month()) +
               QStringLiteral("月");
    return QLocale(QLocale::English).toString(d, QStringLiteral("MMM yyyy"));
}

QString percent(double p)
{
    return QString::number(std::lround(p * 100.0)) + QStringLiteral(" %");
}

} // namespace words

} // namespace shirube::core
