// SPDX-License-Identifier: Apache-2.0
#pragma once

// RFC 4180 CSV, as Excel writes it ("CSV UTF-8"): fields separated by commas, optionally quoted with
// '"' (a quoted field may hold commas, doubled quotes and line breaks), records ended by CRLF or LF, an
// optional UTF-8 byte-order mark. Each record remembers the line it starts on, for error messages.

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace shirube::core {

struct CsvRecord
{
    int line = 0; // 1-based physical line the record starts on
    QStringList fields;
};

class CsvReader
{
public:
    // Splits decoded text into records. Blank lines are skipped. On an unterminated quote returns
    // nullopt and sets `errorLine` to the line the quoted field starts on.
    static std::optional<std::vector<CsvRecord>> parse(const QString& text, int* errorLine = nullptr);

    // The first 1-based line of `bytes` that is not valid UTF-8, or 0 when all of it is.
    static int firstInvalidUtf8Line(const QByteArray& bytes);
};

} // namespace shirube::core
