// SPDX-License-Identifier: Apache-2.0
#pragma once

// Writes roadmaps as iCalendar (RFC 5545) with libical: one VCALENDAR, all-day VEVENTs for every
// milestone of the chosen route (on its P50 date, with the P80 date in the description), the target
// date, each PMDA consultation (on its P50 start) and the day to book it by. UIDs are stable: the same
// product, route and event give the same UID, so re-importing an updated roadmap replaces the events.

#include "core/common/Result.h"
#include "core/export/Roadmap.h"

#include <QByteArray>
#include <QDate>

#include <vector>

namespace shirube::core {

// `stamp` is the DTSTAMP of every event (the day the roadmap was made).
Result<QByteArray> roadmapsToICalendar(const std::vector<Roadmap>& roadmaps, const QDate& stamp);

} // namespace shirube::core
