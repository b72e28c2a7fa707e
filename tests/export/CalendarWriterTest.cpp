// SPDX-License-Identifier: Apache-2.0
// The iCalendar export, parsed back with libical: one event per milestone on its P50 date with the P80
// date in the description, consultations and their booking days, stable and unique UIDs.

#include "core/export/CalendarWriter.h"

#include <gtest/gtest.h>
#include <libical/ical.h>
#include <map>
#include <set>

#include "tests/export/ExportSupport.h"

namespace shirube::test {
namespace {

using core::Lang;

struct Event
{
    QString uid;
    QString summary;
    QString description;
    QDate start;
    QDate end;
    bool allDay = false;
};

std::vector<Event> parseEvents(const QByteArray& ics)
{
    std::vector<Event> events;
    icalcomponent* calendar = icalparser_parse_string(ics.constData());
    EXPECT_NE(calendar, nullptr);
    if (!calendar)
        return events;
    EXPECT_EQ(icalcomponent_isa(calendar), ICAL_VCALENDAR_COMPONENT);
    EXPECT_EQ(icalcomponent_count_errors(calendar), 0);
    for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        Event ev;
        ev.uid = QString::fromUtf8(icalcomponent_get_uid(e));
        ev.summary = QString::fromUtf8(icalcomponent_get_summary(e));
        ev.description = QString::fromUtf8(icalcomponent_get_description(e));
        const icaltimetype s = icalcomponent_get_dtstart(e);
        const icaltimetype t = icalcomponent_get_dtend(e);
        ev.start = QDate(s.year, s.month, s.day);
        ev.end = QDate(t.year, t.month, t.day);
        ev.allDay = s.is_date == 1;
        events.push_back(ev);
    }
    icalcomponent_free(calendar);
    return events;
}

TEST(CalendarWriter, MilestonesAndConsultationsParseBackWithTheirDates)
{
    const core::Roadmap r = core::makeRoadmap(QStringLiteral("スマートアイカメラ"),
                                              examplePlan(QStringLiteral("smart-eye-camera.json"), Lang::En),
                                              QString(), QStringLiteral("2028-01"));
    ASSERT_NE(r.route(), nullptr);
    const core::Result<QByteArray> ics = core::roadmapsToICalendar({r}, QDate(2026, 4, 1));
    ASSERT_TRUE(ics.ok()) << ics.error().message.toStdString();
    const std::vector<Event> events = parseEvents(ics.value());
    ASSERT_EQ(events.size(), r.milestones.size() + 2 * r.bookings.size());

    std::map<QString, const Event*> bySummary;
    std::set<QString> uids;
    for (const Event& e : events) {
        EXPECT_TRUE(e.allDay) << e.summary.toStdString();
        EXPECT_EQ(e.start.daysTo(e.end), 1) << e.summary.toStdString();
        EXPECT_TRUE(e.uid.endsWith(QLatin1String("@shirube"))) << e.uid.toStdString();
        uids.insert(e.uid);
        bySummary[e.summary] = &e;
    }
    EXPECT_EQ(uids.size(), events.size()) << "UIDs are unique";
    for (const core::ScheduledMilestone& m : r.milestones) {
        const auto it = bySummary.find(QStringLiteral("スマートアイカメラ: ") + m.label);
        ASSERT_NE(it, bySummary.end()) << m.label.toStdString();
        EXPECT_EQ(it->second->start, m.p50) << m.label.toStdString();
        if (!m.target) {
            EXPECT_TRUE(
                it->second->description.contains(QStringLiteral("P80: ") + m.p80.toString(Qt::ISODate)))
                << it->second->description.toStdString();
        }
    }
    const core::Booking& b = r.bookings.front();
    const QString name = b.step->step->activityName;
    ASSERT_TRUE(bySummary.count(QStringLiteral("スマートアイカメラ: ") + name));
    EXPECT_EQ(bySummary[QStringLiteral("スマートアイカメラ: ") + name]->start, b.step->start);
    ASSERT_TRUE(bySummary.count(QStringLiteral("スマートアイカメラ: book ") + name));
    EXPECT_EQ(bySummary[QStringLiteral("スマートアイカメラ: book ") + name]->start, b.bookBy);
    EXPECT_TRUE(bySummary[QStringLiteral("スマートアイカメラ: book ") + name]->description.contains(
        QStringLiteral("Fee: ¥")));
}

TEST(CalendarWriter, SameInputSameBytesAndUidsSurviveANewStartMonth)
{
    const core::Plan april = examplePlan(QStringLiteral("smart-eye-camera.json"), Lang::Ja, 2026, 4, 2000);
    const core::Plan october = examplePlan(QStringLiteral("smart-eye-camera.json"), Lang::Ja, 2026, 10, 2000);
    const core::Result<QByteArray> a1 =
        core::roadmapsToICalendar({core::makeRoadmap({}, april)}, QDate(2026, 4, 1));
    const core::Result<QByteArray> a2 =
        core::roadmapsToICalendar({core::makeRoadmap({}, april)}, QDate(2026, 4, 1));
    const core::Result<QByteArray> b =
        core::roadmapsToICalendar({core::makeRoadmap({}, october)}, QDate(2026, 10, 1));
    ASSERT_TRUE(a1.ok() && a2.ok() && b.ok());
    EXPECT_EQ(a1.value(), a2.value());
    const std::vector<Event> ea = parseEvents(a1.value());
    const std::vector<Event> eb = parseEvents(b.value());
    ASSERT_EQ(ea.size(), eb.size());
    ASSERT_FALSE(ea.empty());
    for (std::size_t i = 0; i < ea.size(); ++i) {
        EXPECT_EQ(ea[i].uid, eb[i].uid) << ea[i].summary.toStdString();
        EXPECT_GT(eb[i].start, ea[i].start) << "a later start moves the event";
    }
}

TEST(CalendarWriter, RefusesAnInvalidStamp)
{
    const core::Result<QByteArray> ics = core::roadmapsToICalendar({}, QDate());
    ASSERT_FALSE(ics.ok());
    EXPECT_TRUE(ics.error().message.contains(QLatin1String("date stamp")));
}

} // namespace
} // namespace shirube::test
