// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace shirube::core {

// A key that appears twice in one JSON object. QJsonDocument keeps only the last of them, silently; a
// profile or ruleset with one is ambiguous (which one did the author mean?), so it is refused.
struct DuplicateKey
{
    QString key;      // decoded
    qsizetype offset; // byte offset of the second occurrence
};

// The first duplicate key in `json`, which must be valid JSON (check with QJsonDocument first). A
// single pass without recursion, so any nesting depth is safe.
std::optional<DuplicateKey> findDuplicateKey(const QByteArray& json);

// 1-based line of a byte offset.
int lineOfOffset(const QByteArray& text, qsizetype offset);

} // namespace shirube::core
