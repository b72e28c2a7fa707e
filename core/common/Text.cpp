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

} // namespace shirube::core
