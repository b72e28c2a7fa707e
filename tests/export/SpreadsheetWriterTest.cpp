// SPDX-License-Identifier: Apache-2.0
// The .xlsx export read back as what it is, a zip of XML (unzip -p): sheet names, numbers as number
// cells with formats (not text), dates as date serials with a date format.

#include "core/export/SpreadsheetWriter.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/export/ExportSupport.h"

namespace shirube::test {
namespace {

using core::Lang;

// The <c> element of `ref` ("G2") in a sheet's XML, or empty.
QString cell(const QString& sheetXml, const QString& ref)
{
    const QRegularExpression re(QStringLiteral("<c r=\"") + ref + QStringLiteral("\"[^>]*?(/>|>.*?</c>)"));
    return re.match(sheetXml).captured(0);
}

double cellNumber(const QString& cellXml)
{
    const QRegularExpression re(QStringLiteral("<v>([^<]*)</v>"));
    return re.match(cellXml).captured(1).toDouble();
}

int excelSerial(const QDate& d)
{
    return int(QDate(1899, 12, 30).daysTo(d));
}

TEST(SpreadsheetWriter, SummaryAndStepsHoldNumbersAndDates)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("roadmap.xlsx"));
    std::vector<core::Roadmap> roadmaps;
    roadmaps.push_back(core::makeRoadmap({}, examplePlan(QStringLiteral("smart-eye-camera.json"), Lang::Ja)));
    roadmaps.push_back(core::makeRoadmap({}, examplePlan(QStringLiteral("cognivoice.json"), Lang::Ja)));
    const std::optional<core::Error> error = core::writeRoadmapsXlsx(roadmaps, file, Lang::Ja);
    ASSERT_FALSE(error) << error->message.toStdString();

    const QString workbook = QString::fromUtf8(zipEntry(file, QStringLiteral("xl/workbook.xml")));
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"概要\""))) << workbook.toStdString();
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"ステップ\"")));
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"マイルストーン\"")));
    const QString styles = QString::fromUtf8(zipEntry(file, QStringLiteral("xl/styles.xml")));
    EXPECT_TRUE(styles.contains(QStringLiteral("formatCode=\"yyyy-mm-dd\""))) << styles.toStdString();
    EXPECT_TRUE(styles.contains(QStringLiteral("#,##0")));

    const QString summary = QString::fromUtf8(zipEntry(file, QStringLiteral("xl/worksheets/sheet1.xml")));
    for (int row = 0; row < 2; ++row) {
        const core::Roadmap& r = roadmaps[std::size_t(row)];
        ASSERT_NE(r.route(), nullptr);
        const QString n = QString::number(row + 2);
        // Product name and route: shared strings (t="s").
        EXPECT_TRUE(cell(summary, QStringLiteral("A") + n).contains(QStringLiteral("t=\"s\"")));
        // Months P50 / P80 (G, H), cost P50 / P80 (K, L): numbers, styled, no type attribute.
        for (const auto& [col, expected] : {std::pair{QStringLiteral("G"), r.route()->months.p50},
                                            std::pair{QStringLiteral("H"), r.route()->months.p80},
                                            std::pair{QStringLiteral("K"), r.route()->costJpy.p50},
                                            std::pair{QStringLiteral("L"), r.route()->costJpy.p80}}) {
            const QString c = cell(summary, col + n);
            ASSERT_FALSE(c.isEmpty()) << QString(col + n).toStdString();
            EXPECT_FALSE(c.contains(QStringLiteral(" t=\""))) << c.toStdString();
            EXPECT_TRUE(c.contains(QStringLiteral(" s=\""))) << c.toStdString();
            EXPECT_NEAR(cellNumber(c), expected, 1e-6) << c.toStdString();
        }
        // Start (F) and P50 end (I): date serials.
        EXPECT_EQ(int(cellNumber(cell(summary, QStringLiteral("F") + n))), excelSerial(r.start));
        EXPECT_EQ(int(cellNumber(cell(summary, QStringLiteral("I") + n))),
                  excelSerial(r.dateAt(r.route()->months.p50)));
    }

    const QString steps = QString::fromUtf8(zipEntry(file, QStringLiteral("xl/worksheets/sheet2.xml")));
    const std::size_t rows = roadmaps[0].steps.size() + roadmaps[1].steps.size();
    EXPECT_EQ(steps.count(QStringLiteral("<row ")), qsizetype(rows + 1));
    const core::ScheduledStep& first = roadmaps[0].steps.front();
    EXPECT_EQ(int(cellNumber(cell(steps, QStringLiteral("E2")))), excelSerial(first.start));
    EXPECT_EQ(int(cellNumber(cell(steps, QStringLiteral("F2")))), excelSerial(first.p50End));
    EXPECT_NEAR(cellNumber(cell(steps, QStringLiteral("I2"))), first.step->months.likely, 1e-9);
    EXPECT_NEAR(cellNumber(cell(steps, QStringLiteral("L2"))), first.step->costJpy.likely, 1e-6);
    EXPECT_FALSE(cell(steps, QStringLiteral("L2")).contains(QStringLiteral(" t=\"")));
}

// The text of shared string `index` in xl/sharedStrings.xml.
QString sharedString(const QString& sharedStrings, int index)
{
    static const QRegularExpression si(QStringLiteral("<si>(.*?)</si>"),
                                       QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    int i = 0;
    for (QRegularExpressionMatchIterator it = si.globalMatch(sharedStrings); it.hasNext(); ++i) {
        const QRegularExpressionMatch m = it.next();
        if (i == index)
            return m.captured(1).remove(tag);
    }
    return {};
}

TEST(SpreadsheetWriter, ConsultationsSheetSaysWhenToBookWithWhomAndTheFee)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("roadmap.xlsx"));
    // Two products: one with a free general consultation, one with a paid pre-submission consultation.
    const std::vector<core::Roadmap> roadmaps{
        core::makeRoadmap(QStringLiteral("Eye"),
                          examplePlan(QStringLiteral("smart-eye-camera.json"), Lang::En, 2026, 4, 500)),
        core::makeRoadmap(QStringLiteral("Voice"),
                          examplePlan(QStringLiteral("cognivoice.json"), Lang::En, 2026, 4, 500))};
    std::vector<const core::Booking*> bookings;
    for (const core::Roadmap& r : roadmaps)
        for (const core::Booking& b : r.bookings)
            bookings.push_back(&b);
    ASSERT_GE(bookings.size(), 2u);
    const std::optional<core::Error> error = core::writeRoadmapsXlsx(roadmaps, file, Lang::En);
    ASSERT_FALSE(error) << error->message.toStdString();

    const QString workbook = QString::fromUtf8(zipEntry(file, QStringLiteral("xl/workbook.xml")));
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"Consultations\""))) << workbook.toStdString();
    const QString sheet = QString::fromUtf8(zipEntry(file, QStringLiteral("xl/worksheets/sheet4.xml")));
    const QString strings = QString::fromUtf8(zipEntry(file, QStringLiteral("xl/sharedStrings.xml")));
    EXPECT_EQ(sheet.count(QStringLiteral("<row ")), qsizetype(bookings.size() + 1));
    const auto text = [&](const QString& ref) {
        return sharedString(strings, int(cellNumber(cell(sheet, ref))));
    };
    EXPECT_EQ(text(QStringLiteral("B1")), QStringLiteral("Consultation"));
    EXPECT_EQ(text(QStringLiteral("C1")), QStringLiteral("Book by"));
    bool paid = false; // some consultations are free; the route's paid ones show their fee
    for (std::size_t i = 0; i < bookings.size(); ++i) {
        const core::Booking& b = *bookings[i];
        const QString n = QString::number(int(i) + 2);
        EXPECT_EQ(text(QStringLiteral("A") + n),
                  i < roadmaps[0].bookings.size() ? QStringLiteral("Eye") : QStringLiteral("Voice"));
        EXPECT_EQ(text(QStringLiteral("B") + n), b.step->step->activityName);
        // Book by (C) and the meeting (E): date serials, the booking two months ahead.
        EXPECT_EQ(int(cellNumber(cell(sheet, QStringLiteral("C") + n))), excelSerial(b.bookBy));
        EXPECT_EQ(int(cellNumber(cell(sheet, QStringLiteral("E") + n))), excelSerial(b.step->start));
        EXPECT_LT(b.bookBy, b.step->start);
        EXPECT_EQ(text(QStringLiteral("D") + n), QStringLiteral("PMDA"));
        // The fee (F): a number cell, not text.
        const QString fee = cell(sheet, QStringLiteral("F") + n);
        EXPECT_FALSE(fee.contains(QStringLiteral(" t=\""))) << fee.toStdString();
        EXPECT_NEAR(cellNumber(fee), b.step->step->costJpy.likely, 1e-6);
        paid = paid || cellNumber(fee) > 0;
        EXPECT_EQ(text(QStringLiteral("G") + n), b.step->step->provenance.source);
        EXPECT_FALSE(text(QStringLiteral("H") + n).isEmpty());
    }
    EXPECT_TRUE(paid) << "no consultation with a fee";
}

TEST(SpreadsheetWriter, UnwritablePathIsAnErrorNamingTheFile)
{
    const QString file = QStringLiteral("/nonexistent-dir-for-shirube/roadmap.xlsx");
    const std::optional<core::Error> error = core::writeRoadmapsXlsx(
        {core::makeRoadmap({}, examplePlan(QStringLiteral("tb-antigen-test.json"), Lang::En, 2026, 4, 500))},
        file, Lang::En);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->code, core::ErrorCode::Io);
    EXPECT_EQ(error->path, file);
    EXPECT_TRUE(error->message.startsWith(QLatin1String("cannot"))) << error->message.toStdString();
}

} // namespace
} // namespace shirube::test
