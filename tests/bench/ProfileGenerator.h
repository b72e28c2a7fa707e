// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/profile/Profile.h"

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace shirube::bench {

// Deterministic, valid and varied shirube.profile/1 profiles for the batch benchmark: every kind,
// class-deciding answer, stage, market and goal occurs. `unknownRate` is the chance that an answer is
// left unknown (by default about one in eight, so scenarios and assumptions are exercised; 0 gives
// fully answered profiles). The same arguments give the same profiles.
std::vector<core::Profile> generateProfiles(int count, std::uint64_t seed = 20250401,
                                            double unknownRate = 0.125);

// The same profiles as JSON Lines (compact, one per line), e.g. for `shirube-cli plan --batch`.
QByteArray generateProfilesJsonl(int count, std::uint64_t seed = 20250401, double unknownRate = 0.125);

// Profiles as new users describe products: the kind and 3–4 other answers (novelty, clinical data,
// certification standard, stage, the first classification question of the kind, applicant type),
// goals and markets left blank. Deterministic.
QByteArray generatePartlyAnsweredJsonl(int count, std::uint64_t seed = 20250401);

} // namespace shirube::bench
