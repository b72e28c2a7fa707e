// SPDX-License-Identifier: Apache-2.0
#pragma once

// Repairs the text mapping (ToUnicode CMaps) of a PDF written by Qt 6.4 with Noto Sans CJK. Qt maps
// each glyph back to the first code point the font gives it, so a shared glyph comes out as the
// wrong character: 月 as the Kangxi radical ⽉ (U+2F49), ・ as U+2027, a space as a tab. The text
// looks right but search, copy and pdftotext get the look-alikes. This rewrites those code points in
// place (same byte length, so offsets and the xref stay valid).

#include <QByteArray>
#include <QString>

namespace shirube::report {

// Rewrites the CMaps in `pdf`; returns how many code points it changed.
int repairPdfTextMapping(QByteArray& pdf);
// The same for a file; false when it cannot be read or written.
bool repairPdfTextMappingInFile(const QString& fileName);

} // namespace shirube::report
