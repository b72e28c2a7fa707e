// SPDX-License-Identifier: Apache-2.0
#include "core/jmdn/NameInText.h"

#include <QRegularExpression>

namespace shirube::core {

namespace {

constexpr qsizetype kMinJapaneseChars = 3;
constexpr qsizetype kMinEnglishChars = 6;

// The length of `name`'s match in `text`, 0 when it does not appear.
qsizetype matchLength(const GenericName& name, const QString& text)
{
    qsizetype best = 0;
    if (name.nameJa.size() >= kMinJapaneseChars && text.contains(name.nameJa))
        best = name.nameJa.size();
    if (name.nameEn.size() >= kMinEnglishChars && name.nameEn.size() > best &&
        text.contains(name.nameEn, Qt::CaseInsensitive)) { // cheap first, then whole words
        const QRegularExpression words(QStringLiteral("\\b") + QRegularExpression::escape(name.nameEn) +
                                           QStringLiteral("\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
        if (words.match(text).hasMatch())
            best = name.nameEn.size();
    }
    return best;
}

} // namespace

std::optional<GenericName> genericNameInText(const std::vector<GenericName>& names, const QString& text)
{
    const QString t = text.normalized(QString::NormalizationForm_KC);
    if (t.trimmed().isEmpty())
        return std::nullopt;
    const GenericName* best = nullptr;
    qsizetype bestLength = 0;
    bool ambiguous = false;
    for (const GenericName& n : names) {
        const qsizetype length = matchLength(n, t);
        if (length == 0 || length < bestLength)
            continue;
        if (length > bestLength) {
            best = &n;
            bestLength = length;
            ambiguous = false;
        } else if (n.deviceClass != best->deviceClass || n.certifiable() != best->certifiable()) {
            ambiguous = true;
        }
    }
    if (!best || ambiguous)
        return std::nullopt;
    return *best;
}

} // namespace shirube::core
