// SPDX-License-Identifier: Apache-2.0
#include "core/storage/ContentDigest.h"

#include "core/storage/Sqlite.h"

#include <QCryptographicHash>

#include <bit>
#include <sqlite3.h>
#include <vector>

namespace shirube::core {

namespace {

void hashBytes(QCryptographicHash& h, char tag, QByteArrayView bytes)
{
    const quint64 n = quint64(bytes.size());
    char header[9] = {tag};
    for (int i = 0; i < 8; ++i)
        header[1 + i] = char((n >> (56 - 8 * i)) & 0xFF);
    h.addData(QByteArrayView(header, 9));
    h.addData(bytes);
}

} // namespace

std::optional<QByteArray> contentDigest(sqlite::Database& db, QString* error)
{
    std::vector<QString> tables;
    {
        sqlite::Statement s(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                                "'sqlite\\_%' ESCAPE '\\' AND name <> 'meta' ORDER BY name");
        while (s.next())
            tables.push_back(s.text(0));
        if (!s.done()) {
            *error = s.error();
            return std::nullopt;
        }
    }
    QCryptographicHash h(QCryptographicHash::Blake2b_256);
    for (const QString& table : tables) {
        hashBytes(h, 'T', table.toUtf8());
        const QByteArray sql = (QStringLiteral("SELECT * FROM ") + sqlite::quoteIdentifier(table) +
                                QStringLiteral(" ORDER BY rowid"))
                                   .toUtf8();
        sqlite::Statement s(db, sql.constData());
        if (!s.isValid()) {
            *error = s.error();
            return std::nullopt;
        }
        const int columns = s.columnCount();
        for (int c = 0; c < columns; ++c)
            hashBytes(h, 'C', s.columnName(c).toUtf8());
        while (s.next()) {
            hashBytes(h, 'R', {});
            for (int c = 0; c < columns; ++c) {
                switch (s.columnType(c)) {
                case SQLITE_INTEGER:
                    hashBytes(h, 'i', QByteArray::number(s.integer(c)));
                    break;
                case SQLITE_FLOAT: {
                    // IEEE 754 bits, big-endian: the same on every machine.
                    const quint64 bits = std::bit_cast<quint64>(s.real(c));
                    char be[8];
                    for (int i = 0; i < 8; ++i)
                        be[i] = char((bits >> (56 - 8 * i)) & 0xFF);
                    hashBytes(h, 'f', QByteArrayView(be, 8));
                    break;
                }
                case SQLITE_TEXT:
                    hashBytes(h, 't', s.view(c));
                    break;
                case SQLITE_BLOB:
                    hashBytes(h, 'b', s.view(c));
                    break;
                default:
                    hashBytes(h, 'n', {});
                    break;
                }
            }
        }
        if (!s.done()) {
            *error = s.error();
            return std::nullopt;
        }
    }
    return h.result().toHex();
}

} // namespace shirube::core
