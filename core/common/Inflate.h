// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

#include <optional>

namespace shirube::core {

// Decompresses qCompress() output (a 4-byte big-endian size, then a zlib stream) without ever holding
// more than `cap` bytes of output: streaming zlib inflate that stops at the cap. The size the data
// claims is not trusted (a zip bomb claims little and expands to gigabytes). nullopt when the data is
// damaged, truncated, or expands beyond `cap`. Unlike qUncompress() it prints nothing to stderr.
std::optional<QByteArray> inflateCapped(const QByteArray& compressed, qint64 cap);

} // namespace shirube::core
