// SPDX-License-Identifier: Apache-2.0
#include "ui/Labels.h"

#include "core/rules/RuleText.h"
#include "ui/Language.h"

#include <QHash>
#include <QLocale>

#include <cmath>

namespace shirube::ui {

QString Labels::unknown()
{
    return core::RuleText::unknown(Language::current());
}

QString Labels::yes()
{
    return core::RuleText::yes(Language::current());
}

QString Labels::no()
{
    return core::RuleText::no(Language::current());
}

QString Labels::none()
{
    return tr("None");
}

QString Labels::roman(int n)
{
    return core::RuleText::roman(n);
}

QString Labels::deviceClass(std::optional<int> cls)
{
    return core::RuleText::deviceClass(cls, Language::current());
}

QString Labels::procedure(const QString& id)
{
    return core::RuleText::procedureName(id, Language::current());
}

QString Labels::reviewCategory(const QString& id)
{
    return core::RuleText::reviewCategoryName(id, Language::current());
}

QString Labels::eligibility(const QString& id)
{
    return core::RuleText::eligibilityName(id, Language::current());
}

QString Labels::eligibilityMark(const QString& id)
{
    if (id == QLatin1String("yes"))
        return QStringLiteral("✔");
    if (id == QLatin1String("likely"))
        return QStringLiteral("◕");
    if (id == QLatin1String("possible"))
        return QStringLiteral("?");
    if (id == QLatin1String("no"))
        return QStringLiteral("✗");
    return QString();
}

QString Labels::fit(const QString& id)
{
    return core::RuleText::fitName(id, Language::current());
}

QString Labels::confidenceMark(core::Confidence c)
{
    // The same marks as the CLI's Markdown report (core/planning/PlanWriters.cpp).
    switch (c) {
    case core::Confidence::Sourced:
        return QStringLiteral("●");
    case core::Confidence::Known:
        return QStringLiteral("○");
    case core::Confidence::Seed:
        return QStringLiteral("◆");
    case core::Confidence::Estimate:
        return QStringLiteral("△");
    }
    return QString();
}

QString Labels::confidenceName(core::Confidence c)
{
    switch (c) {
    case core::Confidence::Sourced:
        return tr("sourced");
    case core::Confidence::Known:
        return tr("known");
    case core::Confidence::Seed:
        return tr("MHLW briefing");
    case core::Confidence::Estimate:
        return tr("estimate");
    }
    return QString();
}

QString Labels::confidenceExplanation(core::Confidence c)
{
    switch (c) {
    case core::Confidence::Sourced:
        return tr("Confirmed in a public source");
    case core::Confidence::Known:
        return tr("Well established, not confirmed in a stored source");
    case core::Confidence::Seed:
        return tr("Stated in the FY2025 MHLW briefing deck");
    case core::Confidence::Estimate:
        return tr("Planning estimate, not a published figure");
    }
    return QString();
}

QString Labels::confidenceLegend()
{
    QStringList parts;
    for (auto c : {core::Confidence::Sourced, core::Confidence::Known, core::Confidence::Seed,
                   core::Confidence::Estimate})
        parts << confidenceMark(c) + QLatin1Char(' ') + confidenceName(c);
    return parts.join(QStringLiteral("  "));
}

QString Labels::months(double m)
{
    return tr("%1 mo").arg(QLocale().toString(m, 'f', 1));
}

QString Labels::monthsRange(double min, double likely, double max)
{
    const QLocale l;
    return tr("%1–%2–%3 mo")
        .arg(l.toString(min, 'g', 3), l.toString(likely, 'g', 3), l.toString(max, 'g', 3));
}

QString Labels::yen(double v)
{
    const QLocale l;
    if (Language::current() == core::Lang::Ja) {
        if (std::abs(v) >= 1e8)
            return tr("%1 oku yen").arg(l.toString(v / 1e8, 'f', 2));
        if (std::abs(v) >= 1e4)
            return tr("%1 man yen").arg(l.toString(std::round(v / 1e4), 'f', 0));
        return tr("%1 yen").arg(l.toString(v, 'f', 0));
    }
    if (std::abs(v) >= 1e9)
        return QStringLiteral("¥%1B").arg(l.toString(v / 1e9, 'f', 2));
    if (std::abs(v) >= 1e6)
        return QStringLiteral("¥%1M").arg(l.toString(v / 1e6, 'f', 1));
    if (std::abs(v) >= 1e3)
        return QStringLiteral("¥%1k").arg(l.toString(v / 1e3, 'f', 0));
    return QStringLiteral("¥%1").arg(l.toString(v, 'f', 0));
}

QString Labels::exactYen(double v)
{
    return tr("%1 yen").arg(QLocale().toString(std::round(v), 'f', 0));
}

QString Labels::probability(double p)
{
    return QStringLiteral("%1%").arg(QLocale().toString(p * 100.0, 'f', 0));
}

QString Labels::groupOf(const QString& path)
{
    if (path == QLatin1String("known_class") || path == QLatin1String("jmdn_code"))
        return QStringLiteral("shortcut");
    const int dot = path.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        const QString head = path.left(dot);
        // What is done already, and when the plan starts, follow the stage they belong to.
        return head == QLatin1String("progress") || head == QLatin1String("plan") ? QStringLiteral("goals")
                                                                                  : head;
    }
    if (path == QLatin1String("stage") || path == QLatin1String("markets") ||
        path == QLatin1String("budget_jpy"))
        return QStringLiteral("goals");
    return QStringLiteral("product");
}

QString Labels::groupTitle(const QString& group)
{
    if (group == QLatin1String("product"))
        return tr("About the product");
    if (group == QLatin1String("shortcut"))
        return tr("Already know the class?");
    if (group == QLatin1String("hardware"))
        return tr("Hardware");
    if (group == QLatin1String("software"))
        return tr("Software (SaMD)");
    if (group == QLatin1String("populations"))
        return tr("Patients");
    if (group == QLatin1String("evidence"))
        return tr("Evidence");
    if (group == QLatin1String("applicant"))
        return tr("Your organisation");
    if (group == QLatin1String("goals"))
        return tr("Stage and goals");
    return group;
}

QString Labels::fallbackFieldLabel(const QString& path)
{
    return core::RuleText::fieldName(path, Language::current());
}

QString Labels::cannotStartTitle()
{
    return tr("Shirube cannot start");
}

QString Labels::cannotStartText(const QString& details)
{
    return tr("The built-in ruleset could not be loaded:\n%1").arg(details);
}

QString Labels::tooltip(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<qt>") + text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")) +
           QStringLiteral("</qt>");
}

QString Labels::fallbackHelp()
{
    return tr("This ruleset has no help text for this question.");
}

QString Labels::fallbackValueLabel(const QString& value)
{
    return core::RuleText::valueFallback(value);
}

} // namespace shirube::ui
