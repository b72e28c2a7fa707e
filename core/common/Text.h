// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace shirube::core {

enum class Lang
{
    Ja,
    En,
};

// A text the ruleset gives in both languages.
struct LocalText
{
    QString ja;
    QString en;

    const QString& in(Lang lang) const
    {
        return lang == Lang::Ja || en.isEmpty() ? (ja.isEmpty() ? en : ja) : en;
    }
    bool isEmpty() const { return ja.isEmpty() && en.isEmpty(); }
};

// How sure the ruleset is of a fact (seed | sourced | known | estimate; resources/ruleset/FORMAT.md).
enum class Confidence
{
    Seed,
    Sourced,
    Known,
    Estimate,
};

QString toString(Confidence c);

// `text` made safe for a terminal or a one-line message: control characters (ESC, newline, tab, DEL,
// the C1 range, line/paragraph separators) become \e, \n, \r, \t or \xNN / \uNNNN, so a name read
// from a file cannot forge output lines or send terminal escape sequences.
QString terminalSafe(const QString& text);
// `text` cut to `maxChars` characters with "… (N characters)" appended when longer, for echoing
// untrusted input (an unknown key) in a message.
QString elided(const QString& text, qsizetype maxChars = 80);
std::optional<Confidence> confidenceFromString(const QString& s);

// Where a fact comes from. Every number a plan shows carries one.
struct Provenance
{
    QString source;
    Confidence confidence = Confidence::Estimate;
};

// A three-point estimate (min <= likely <= max), for months or yen.
struct ThreePoint
{
    double min = 0;
    double likely = 0;
    double max = 0;

    static ThreePoint fixed(double v) { return {v, v, v}; }
    bool isFixed() const { return min == max; }
    double pertMean() const { return (min + 4 * likely + max) / 6.0; }
};

} // namespace shirube::core
