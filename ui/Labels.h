// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Text.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace shirube::ui {

// Humane, translated text for the engine's identifiers and numbers. Everything user-visible that is
// not a ruleset text goes through here (tr context "Labels").
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString unknown();
    static QString yes();
    static QString no();
    static QString none();

    static QString roman(int n);
    // "Class II"; "Not decided yet" for nullopt.
    static QString deviceClass(std::optional<int> cls);
    // notification | certification | approval -> "Certification (認証)"; "Not decided yet" when empty.
    static QString procedure(const QString& id);
    static QString reviewCategory(const QString& id);
    // yes | likely | possible | no
    static QString eligibility(const QString& id);
    static QString eligibilityMark(const QString& id);
    // strong | possible
    static QString fit(const QString& id);

    // One glyph per confidence level, shown next to every number; and its explanation.
    static QString confidenceMark(core::Confidence c);
    static QString confidenceName(core::Confidence c);
    static QString confidenceExplanation(core::Confidence c);
    static QString confidenceLegend();

    static QString months(double months);
    static QString monthsRange(double min, double likely, double max);
    // Yen, compact (¥12.3M / 1,230万円); exactYen for tooltips.
    static QString yen(double yen);
    static QString exactYen(double yen);
    static QString probability(double p);

    // The questionnaire group a field path belongs to, and that group's title.
    static QString groupOf(const QString& path);
    static QString groupTitle(const QString& group);
    // The message box of a start-up that cannot load the built-in ruleset.
    static QString cannotStartTitle();
    static QString cannotStartText(const QString& details);

    // A plain-text tooltip as rich text, so that Qt wraps it at a readable width instead of drawing
    // each line as wide as it is.
    static QString tooltip(const QString& text);

    // Used only when the ruleset has no question text for a field.
    static QString fallbackFieldLabel(const QString& path);
    static QString fallbackHelp();
    static QString fallbackValueLabel(const QString& value);
};

} // namespace shirube::ui
