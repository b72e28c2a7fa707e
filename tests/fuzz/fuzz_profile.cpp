// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the profile JSON parser. Besides "no crash, no memory error" it checks that a
// profile that parses survives toJson() -> fromJson() unchanged.

#include "core/profile/Profile.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace shirube::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    Result<Profile> profile = Profile::parse(bytes);
    if (profile.ok()) {
        const Result<Profile> again = Profile::fromJson(profile.value().toJson());
        if (!again.ok() || !(again.value() == profile.value()))
            std::abort(); // a valid profile must round-trip
    } else if (profile.error().code != ErrorCode::InvalidProfile) {
        std::abort(); // parse errors are always InvalidProfile
    }
    for (const ProfileLine& line : parseProfileLines(bytes)) {
        if (line.line < 1 || (!line.profile.ok() && line.profile.error().line != line.line))
            std::abort(); // every bad line names its line number
    }
    return 0;
}
