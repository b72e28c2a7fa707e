// SPDX-License-Identifier: Apache-2.0
#include "core/jmdn/CsvReader.h"

#include <QByteArray>
#include <QStringDecoder>

namespace shirube::core {

std::optional<std::vector<CsvRecord>> CsvReader::parse(const QString& input, int* errorLine)
{
    std::vector<CsvRecord> records;
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    QString field;
    QStringList fields;

    auto endField = [&] {
        fields << (fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = fields.size() == 1 && fields.first().isEmpty();
        if (!blank)
            records.push_back({recordLine, fields});
        fields.clear();
    };

    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            field.clear();
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            // CRLF: the LF ends the record.
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
        }
    }
    if (inQuotes) {
        if (errorLine)
            *errorLine = quoteLine;
        return std::nullopt;
    }
    if (!field.isEmpty() || !fields.isEmpty() || fieldWasQuoted)
        endRecord();
    return records;
}

int CsvReader::firstInvalidUtf8Line(const QByteArray& bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(QByteArrayView(bytes).sliced(start, end - start));
        Q_UNUSED(decoded);
        if (decoder.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return 0;
}

} // namespace shirube::core
