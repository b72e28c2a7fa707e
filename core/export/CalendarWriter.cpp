// SPDX-License-Identifier: Apache-2.0
#include "core/export/CalendarWriter.h"

#include <QCryptographicHash>

#include <cstdlib>
#include <libical/ical.h>
#include <memory>

namespace shirube::core {

namespace {

using words::tr;

icaltimetype icalDate(const QDate& d)
{
    icaltimetype t = icaltime_null_date();
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    t.is_date = 1;
    return t;
}

QByteArray uidFor(const Roadmap& r, const QString& kind, const QString& key)
{
    const Route* route = r.route();
    const QByteArray basis = (r.productName + QLatin1Char('\x1f') + (route ? route->id : QString()) +
                              QLatin1Char('\x1f') + kind + QLatin1Char('\x1f') + key)
                                 .toUtf8();
    return QCryptographicHash::hash(basis, QCryptographicHash::Sha1).toHex().left(24) + "@shirube";
}

void addEvent(icalcomponent* calendar, const QByteArray& uid, const QDate& day, const QString& summary,
              const QString& description, const QString& category, const QDate& stamp)
{
    icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(event, icalproperty_new_uid(uid.constData()));
    icaltimetype dtstamp = icalDate(stamp);
    dtstamp.is_date = 0;
    dtstamp.hour = 0;
    dtstamp.minute = 0;
    dtstamp.second = 0;
    dtstamp.zone = icaltimezone_get_utc_timezone();
    icalcomponent_add_property(event, icalproperty_new_dtstamp(dtstamp));
    icalcomponent_add_property(event, icalproperty_new_dtstart(icalDate(day)));
    icalcomponent_add_property(event, icalproperty_new_dtend(icalDate(day.addDays(1))));
    icalcomponent_add_property(event, icalproperty_new_summary(summary.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_description(description.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_categories(category.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    icalcomponent_add_component(calendar, event);
}

} // namespace

Result<QByteArray> roadmapsToICalendar(const std::vector<Roadmap>& roadmaps, const QDate& stamp)
{
    if (!stamp.isValid())
        return Error{ErrorCode::Usage, QStringLiteral("the calendar needs a valid date stamp"), QString(), 0};
    std::unique_ptr<icalcomponent, void (*)(icalcomponent*)> calendar(
        icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
                            icalproperty_new_prodid("-//Shirube//Roadmap " SHIRUBE_VERSION_STRING "//EN"),
                            icalproperty_new_calscale("GREGORIAN"), static_cast<void*>(nullptr)),
        icalcomponent_free);
    if (!calendar)
        return Error{ErrorCode::Internal, QStringLiteral("libical could not create a calendar"), QString(),
                     0};

    for (const Roadmap& r : roadmaps) {
        const Lang lang = r.plan.lang;
        const Route* route = r.route();
        if (!route)
            continue;
        const QString routeLine = tr(lang, "Route: ", "ルート: ") + route->label;
        for (const ScheduledMilestone& m : r.milestones) {
            QString description;
            if (m.target) {
                description = tr(lang, "The product's target date (goals.target_date).",
                                 "製品の目標時期（goals.target_date）。");
                if (route->meetsTargetDate)
                    description += QLatin1Char('\n') +
                                   tr(lang, "Chance of meeting it: ", "達成できる確率: ") +
                                   words::percent(*route->meetsTargetDate);
            } else {
                description = tr(lang, "P50 (median): ", "P50（中央値）: ") + words::date(m.p50, lang) +
                              QStringLiteral(" (") + words::months(m.p50Months) +
                              tr(lang, " months from ", " か月、起点 ") + words::monthText(r.start, lang) +
                              QStringLiteral(")\n") + tr(lang, "P80: ", "P80: ") + words::date(m.p80, lang) +
                              QStringLiteral(" (") + words::months(m.p80Months) +
                              tr(lang, " months)", " か月）");
            }
            description += QLatin1Char('\n') + routeLine;
            addEvent(calendar.get(), uidFor(r, QStringLiteral("milestone"), m.state), m.p50,
                     r.productName + QStringLiteral(": ") + m.label, description,
                     tr(lang, "Milestone", "マイルストーン"), stamp);
        }
        for (const Booking& b : r.bookings) {
            const RouteStep& step = *b.step->step;
            const QString name = step.activityName.isEmpty() ? step.activity : step.activityName;
            const QString fee = tr(lang, "Fee: ", "手数料: ") + words::yen(step.costJpy.likely) +
                                QStringLiteral(" (") + step.provenance.source + QLatin1Char(' ') +
                                words::confidenceMark(step.provenance.confidence, lang) + QLatin1Char(')');
            const QString key = QString::number(b.step->index) + QLatin1Char(':') + step.activity;
            addEvent(calendar.get(), uidFor(r, QStringLiteral("consultation"), key), b.step->start,
                     r.productName + QStringLiteral(": ") + name,
                     tr(lang, "P50 start: ", "P50 開始: ") + words::date(b.step->start, lang) +
                         QLatin1Char('\n') + tr(lang, "P80 end: ", "P80 終了: ") +
                         words::date(b.step->p80End, lang) + QLatin1Char('\n') + fee + QLatin1Char('\n') +
                         routeLine,
                     tr(lang, "Consultation", "相談"), stamp);
            addEvent(
                calendar.get(), uidFor(r, QStringLiteral("booking"), key), b.bookBy,
                r.productName + tr(lang, ": book ", ": 予約 ") + name,
                tr(lang, "Apply for the consultation about ", "相談の申込みは実施の約 ") +
                    words::months(kConsultationBookingLeadMonths) +
                    tr(lang,
                       " months before it (planning assumption, △ estimate); the meeting is planned for ",
                       " か月前が目安です（計画上の仮定 △ estimate）。実施予定: ") +
                    words::date(b.step->start, lang) + QLatin1Char('\n') + fee + QLatin1Char('\n') +
                    routeLine,
                tr(lang, "Consultation booking", "相談予約"), stamp);
        }
    }
    char* text = icalcomponent_as_ical_string_r(calendar.get());
    if (!text)
        return Error{ErrorCode::Internal, QStringLiteral("libical could not write the calendar"), QString(),
                     0};
    QByteArray out(text);
    std::free(text);
    return out;
}

} // namespace shirube::core
