// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <cstdint>

namespace shirube::core {

// FNV-1a, 64-bit (Fowler, Noll, Vo): a small, stable, platform-independent hash for the Monte
// Carlo seeds (not for security). Chain calls by passing the previous result as `hash`.
inline constexpr std::uint64_t kFnvOffsetBasis = 0xcbf29ce484222325ULL;
std::uint64_t fnv1a64(const void* data, std::size_t size, std::uint64_t hash = kFnvOffsetBasis);

} // namespace shirube::core
