// SPDX-License-Identifier: Apache-2.0
#include "core/common/Text.h"

namespace shirube::core {

QString toString(Confidence c)
{
    switch (c) {
    case Confidence::Seed:
        return QStringLiteral("seed");
    case Confidence::Sourced:
        return QStringLiteral("sourced");
    case Confidence::Known:
        return QStringLiteral("known");
    case Confidence::Estimate:
        return QStringLiteral("estimate");
    }
    return QStringLiteral("estimate");
}

std::optional<Confidence> confidenceFromString(const QString& s)
{
    if (s == QLatin1String("seed"))
        return Confidence::Seed;
    if (s == QLatin1String("sourced"))
        return Confidence::Sourced;
    if (s == QLatin1String("known"))
        return Confidence::Known;
    if (s == QLatin1String("estimate"))
        return Confidence::Estimate;
    return std::nullopt;
}

QString terminalSafe(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '\n')
            out += QStringLiteral("\\n");
        else if (u == '\r')
            out += QStringLiteral("\\r");
        else if (u == '\t')
            out += QStringLiteral("\\t");
        else if (u == 0x1B)
            out += QStringLiteral("\\e");
        else if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0))
            out += QStringLiteral("\\x") + QString::number(u, 16).rightJustified(2, QLatin1Char('0'));
        else if (u == 0x2028 || u == 0x2029 || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            out += QStringLiteral("\\u") + QString::number(u, 16).toUpper();
        else
            out += c;
    }
    return out;
}

QString elided(const QString& text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars) + QStringLiteral("… (") + QString::number(text.size()) +
           QStringLiteral(" characters)");
}

} // namespace shirube::core
