// SPDX-License-Identifier: Apache-2.0
#include "ui/report/PdfTextMap.h"

#include <QFile>

namespace shirube::report {

namespace {

// The character a look-alike stands for, or 0 to keep it.
char16_t canonical(char16_t uc)
{
    if ((uc >= 0x2E80 && uc <= 0x2EFF) || (uc >= 0x2F00 && uc <= 0x2FDF)) { // CJK and Kangxi radicals
        const QString n = QString(QChar(uc)).normalized(QString::NormalizationForm_KC);
        if (n.size() == 1 && n.at(0).unicode() != uc)
            return n.at(0).unicode();
        return 0;
    }
    switch (uc) {
    case 0x0009: // tab: the font's space glyph
        return 0x0020;
    case 0x2027: // hyphenation point: the katakana middle dot's glyph
        return 0x30FB;
    default:
        return 0;
    }
}

int hex(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

int repairPdfTextMapping(QByteArray& pdf)
{
    int changed = 0;
    qsizetype from = 0;
    while (true) {
        const qsizetype begin = pdf.indexOf("begincmap", from);
        if (begin < 0)
            break;
        const qsizetype end = pdf.indexOf("endcmap", begin);
        if (end < 0)
            break;
        // Destinations are the entries of the [ … ] arrays of bfrange and the second code of a
        // bfchar line; the sources (glyph ids) are left alone.
        bool inArray = false;
        bool inBfchar = false;
        int codeOnLine = 0;
        for (qsizetype i = begin; i < end; ++i) {
            const char c = pdf.at(i);
            if (c == '[')
                inArray = true;
            else if (c == ']')
                inArray = false;
            else if (c == '\n')
                codeOnLine = 0;
            else if (pdf.at(i) == 'b' && pdf.mid(i, 11) == "beginbfchar")
                inBfchar = true;
            else if (pdf.at(i) == 'e' && pdf.mid(i, 9) == "endbfchar")
                inBfchar = false;
            if (c != '<' || i + 5 >= end || pdf.at(i + 5) != '>')
                continue;
            ++codeOnLine;
            if (!inArray && !(inBfchar && codeOnLine == 2))
                continue;
            int v = 0;
            bool ok = true;
            for (int k = 1; k <= 4 && ok; ++k) {
                const int h = hex(pdf.at(i + k));
                ok = h >= 0;
                v = v * 16 + h;
            }
            if (!ok)
                continue;
            if (const char16_t to = canonical(char16_t(v))) {
                const QByteArray digits = QByteArray::number(int(to), 16).toUpper().rightJustified(4, '0');
                pdf.replace(i + 1, 4, digits);
                ++changed;
            }
        }
        from = end;
    }
    return changed;
}

bool repairPdfTextMappingInFile(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray pdf = file.readAll();
    if (repairPdfTextMapping(pdf) == 0)
        return true;
    return file.seek(0) && file.write(pdf) == pdf.size();
}

} // namespace shirube::report
