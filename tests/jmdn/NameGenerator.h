// SPDX-License-Identifier: Apache-2.0
#pragma once

// Generated generic names for the importer tests and the search benchmark: realistic Japanese and
// English names built from parts (単回使用 / 再使用可能な … カテーテル / ステント …), unique codes starting
// with 8 (no real JMDN code does), every class and flag. Deterministic: the same count gives the same rows.

#include "core/jmdn/GenericName.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace shirube::test {

std::vector<core::GenericName> generateGenericNames(int count);

// `names` as PMDA's list saved as CSV UTF-8: a title row, the header row (every column of
// core::pmdaColumns() plus 類別コード and GHTFルール, which the importer ignores), one row per name.
// Definitions contain commas and quotes; every 97th one a line break (quoted), to exercise the CSV
// reader. `dropColumn`, when not empty, leaves that header (and its cells) out.
QByteArray pmdaCsv(const std::vector<core::GenericName>& names, const QString& dropColumn = {});

// The CSV cell a row has for a column header (as pmdaCsv() writes it).
QStringList pmdaCsvHeader(const QString& dropColumn = {});

} // namespace shirube::test
