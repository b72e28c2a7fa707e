// SPDX-License-Identifier: Apache-2.0
#pragma once

// Readable GoogleTest failure messages for Qt types.
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QStringList& l, std::ostream* os)
{
    *os << '[' << l.join(QStringLiteral(", ")).toStdString() << ']';
}
inline void PrintTo(const QByteArray& b, std::ostream* os)
{
    *os << '"' << b.toStdString() << '"';
}
QT_END_NAMESPACE

namespace shirube::test {
// Absolute path of a file under tests/ ("golden/examples/x.json").
inline QString testData(const char* relative)
{
    return QStringLiteral(SHIRUBE_TEST_DATA_DIR "/") + QString::fromUtf8(relative);
}
inline QString sourcePath(const char* relative)
{
    return QStringLiteral(SHIRUBE_SOURCE_DIR "/") + QString::fromUtf8(relative);
}
} // namespace shirube::test
