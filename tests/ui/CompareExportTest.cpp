// SPDX-License-Identifier: Apache-2.0
// The compare view's "Export PDF…" (offscreen): the two products side by side in a PDF written by the
// report library, read back with pdftotext; the suggested name and the added extension.

#include "core/storage/Project.h"
#include "ui/Labels.h"
#include "ui/project/CompareDialog.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/ui/support/UiTestSupport.h"

namespace shirube::test {
namespace {

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral(SHIRUBE_PDFTOTEXT), {pdf, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Text as pdftotext gives it, without the spaces and line breaks a table cell's wrapping adds.
QString squeezed(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

class CompareExport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        core::Product a;
        a.id = 1;
        a.name = QStringLiteral("Gram stain AI");
        a.profile = exampleProfile(QStringLiteral("gram-stain-image-ai"));
        core::Product b;
        b.id = 2;
        b.name = QStringLiteral("Bandage");
        b.profile = exampleProfile(QStringLiteral("teaching-elastic-bandage"));
        project.products = {a, b};
        dialog.setPlanner(builtinRuleset(), core::Lang::En);
        dialog.setProject(project);
        dialog.setProducts(1, 2);
    }
    core::Project project;
    ui::CompareDialog dialog;
};

TEST_F(CompareExport, ButtonAndSuggestedName)
{
    ASSERT_NE(dialog.exportButton(), nullptr);
    EXPECT_EQ(dialog.exportButton()->text(), QStringLiteral("Export PDF…"));
    EXPECT_EQ(dialog.suggestedPdfName(), QStringLiteral("Gram stain AI vs Bandage.pdf"));
}

TEST_F(CompareExport, PdfHoldsBothProductsSideBySide)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString error;
    const QString written = dialog.exportPdf(dir.filePath(QStringLiteral("both")), &error);
    ASSERT_EQ(written, dir.filePath(QStringLiteral("both.pdf"))) << error.toStdString();
    QFile file(written);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));

    // Kept for a person to look at (pdftoppm -png -r 60).
    QDir().mkpath(QStringLiteral(SHIRUBE_TEST_BINARY_DIR "/screenshots"));
    const QString kept = QStringLiteral(SHIRUBE_TEST_BINARY_DIR "/screenshots/compare-en.pdf");
    QFile::remove(kept);
    EXPECT_TRUE(QFile::copy(written, kept));

    const QString text = pdfText(written);
    const QString flat = squeezed(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Compare products"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Gram stain AI")));
    EXPECT_TRUE(text.contains(QStringLiteral("Bandage")));
    // Each side's class and first route, with its P80 cost, as the dialog shows them.
    for (int side = 0; side < 2; ++side) {
        const core::Plan& plan = dialog.plan(side);
        ASSERT_FALSE(plan.routes.empty());
        EXPECT_TRUE(flat.contains(squeezed(dialog.cellText(QStringLiteral("class"), side))))
            << dialog.cellText(QStringLiteral("class"), side).toStdString();
        EXPECT_TRUE(flat.contains(squeezed(plan.routes[0].label))) << plan.routes[0].label.toStdString();
        EXPECT_TRUE(flat.contains(squeezed(ui::Labels::yen(plan.routes[0].costJpy.p80))));
    }
    // Rows that differ are marked.
    const int classRow = dialog.rowOf(QStringLiteral("class"));
    ASSERT_GE(classRow, 0);
    ASSERT_TRUE(dialog.table()->item(classRow, 0)->data(ui::CompareDialog::DiffersRole).toBool());
    EXPECT_TRUE(text.contains(QStringLiteral("≠ Class"))) << text.toStdString();

    // A name that already ends in .pdf keeps it; an unwritable place is an error the user can read.
    EXPECT_EQ(dialog.exportPdf(dir.filePath(QStringLiteral("x.PDF"))), dir.filePath(QStringLiteral("x.PDF")));
    error.clear();
    EXPECT_TRUE(dialog.exportPdf(QStringLiteral("/nonexistent-dir-for-shirube/c.pdf"), &error).isEmpty());
    EXPECT_TRUE(error.startsWith(QStringLiteral("Could not write the PDF"))) << error.toStdString();
}

} // namespace
} // namespace shirube::test
