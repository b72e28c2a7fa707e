// SPDX-License-Identifier: Apache-2.0
#include "core/common/Hash.h"

namespace shirube::core {

std::uint64_t fnv1a64(const void* data, std::size_t size, std::uint64_t hash)
{
    const auto* bytes = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) {
        hash ^= bytes[i];
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace shirube::core
