// SPDX-License-Identifier: Apache-2.0
// `shirube-cli report` end to end: real runs of the built binary, the PDF read back with poppler-utils
// (pdfinfo, pdftotext, pdffonts), the calendar and the workbook checked as files.

#include "core/export/Roadmap.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/export/ExportSupport.h"

namespace shirube::test {
namespace {

using core::Lang;

ProgramResult cli(const QStringList& args)
{
    return runProgram(QStringLiteral(SHIRUBE_CLI_PATH), args);
}

QString pdfText(const QString& pdf, int first = 0, int last = 0)
{
    QStringList args{QStringLiteral("-layout")};
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
             << QString::number(last);
    args << pdf << QStringLiteral("-");
    const ProgramResult r = runProgram(QStringLiteral(SHIRUBE_PDFTOTEXT), args);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QString::fromUtf8(r.out);
}

QString pdfInfo(const QString& pdf)
{
    const ProgramResult r = runProgram(QStringLiteral(SHIRUBE_PDFINFO), {pdf});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QString::fromUtf8(r.out);
}

int pageCount(const QString& info)
{
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

const core::ScheduledMilestone* onMarket(const core::Roadmap& r)
{
    for (const core::ScheduledMilestone& m : r.milestones)
        if (m.state == QLatin1String("on_market"))
            return &m;
    return nullptr;
}

class ReportCli : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString path(const QString& name) const { return dir.filePath(name); }
};

TEST_F(ReportCli, EnglishPdfHasTheSectionsFiguresAndNumberedPages)
{
    const QString pdf = path(QStringLiteral("se-en.pdf"));
    const ProgramResult run =
        cli({QStringLiteral("report"), examplePath(QStringLiteral("smart-eye-camera.json")),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf,
             QStringLiteral("--as-of"), QStringLiteral("2026-04"), QStringLiteral("--client"),
             QStringLiteral("Acme Eye KK"), QStringLiteral("--consultant"), QStringLiteral("Y. Sato")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString info = pdfInfo(pdf);
    EXPECT_TRUE(info.contains(QStringLiteral("595 x 842 pts (A4)"))) << info.toStdString();
    const int pages = pageCount(info);
    EXPECT_GE(pages, 8);

    const QString text = pdfText(pdf);
    for (const char* heading :
         {"Contents", "Summary", "Next three actions", "Classification and its rationale", "Routes compared",
          "Timeline of the recommended route", "Steps with dates", "Consultations to book", "Designations",
          "Funding schemes", "Assumptions and open questions", "Appendix: sources"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(heading))) << heading;
    EXPECT_TRUE(text.contains(QStringLiteral("スマートアイカメラ")))
        << "the product's Japanese name is extractable";
    EXPECT_TRUE(text.contains(QStringLiteral("Acme Eye KK")));
    EXPECT_TRUE(text.contains(QStringLiteral("Y. Sato")));
    EXPECT_TRUE(text.contains(QStringLiteral("jp-pmd")));
    EXPECT_TRUE(text.contains(QStringLiteral("1 / ") + QString::number(pages)) ||
                text.contains(QStringLiteral("2 / ") + QString::number(pages)))
        << "page numbers";

    // The headline figures are the plan's: same profile, same --as-of, same samples.
    const core::Roadmap r =
        core::makeRoadmap({}, examplePlan(QStringLiteral("smart-eye-camera.json"), Lang::En));
    ASSERT_NE(r.route(), nullptr);
    const core::ScheduledMilestone* market = onMarket(r);
    ASSERT_NE(market, nullptr);
    const QString summary = pdfText(pdf, 3, 3);
    EXPECT_TRUE(summary.contains(QStringLiteral("Summary")));
    EXPECT_TRUE(summary.contains(core::words::date(market->p50, Lang::En))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(core::words::date(market->p80, Lang::En)));
    EXPECT_TRUE(summary.contains(core::words::yen(r.route()->costJpy.p50)));
    EXPECT_TRUE(summary.contains(r.route()->label.left(20)));

    // The contents give the page each section is on.
    const QString contents = pdfText(pdf, 2, 2);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Designations\\s+(\\d+)")).match(contents);
    ASSERT_TRUE(m.hasMatch()) << contents.toStdString();
    const int page = m.captured(1).toInt();
    EXPECT_TRUE(pdfText(pdf, page, page).contains(QStringLiteral("Designations")));
}

TEST_F(ReportCli, JapanesePdfEmbedsItsFonts)
{
    const QString pdf = path(QStringLiteral("se-ja.pdf"));
    const ProgramResult run =
        cli({QStringLiteral("report"), examplePath(QStringLiteral("smart-eye-camera.json")),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf,
             QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--as-of"),
             QStringLiteral("2026-04")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = pdfText(pdf);
    for (const char* heading :
         {"目次", "概要", "次の 3 つの行動", "クラス分類とその根拠", "推奨ルートのタイムライン",
          "予約する相談", "指定制度", "資金・支援制度", "付録: 出典"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(heading))) << heading;
    const core::Roadmap r =
        core::makeRoadmap({}, examplePlan(QStringLiteral("smart-eye-camera.json"), Lang::Ja));
    const core::ScheduledMilestone* market = onMarket(r);
    ASSERT_NE(market, nullptr);
    EXPECT_TRUE(text.contains(core::words::date(market->p50, Lang::Ja))) << "e.g. 2027年10月29日";

    const ProgramResult fonts = runProgram(QStringLiteral(SHIRUBE_PDFFONTS), {pdf});
    ASSERT_EQ(fonts.exitCode, 0);
    const QStringList lines =
        QString::fromUtf8(fonts.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(lines.isEmpty());
    bool cjk = false;
    for (const QString& line : lines) {
        const QStringList cols = line.simplified().split(QLatin1Char(' '));
        // name type... encoding emb sub uni object ID: "emb" is the 5th column from the end.
        ASSERT_GE(cols.size(), 6) << line.toStdString();
        EXPECT_EQ(cols[cols.size() - 5], QStringLiteral("yes")) << "not embedded: " << line.toStdString();
        cjk = cjk || line.contains(QStringLiteral("NotoSansCJK"));
    }
    EXPECT_TRUE(cjk) << fonts.out.toStdString();
}

// The first page from `first` on whose text contains `heading` (1-based), or 0.
int pageWith(const QString& pdf, int first, int pages, const QString& heading)
{
    for (int page = first; page <= pages; ++page) {
        if (pdfText(pdf, page, page).contains(heading))
            return page;
    }
    return 0;
}

TEST_F(ReportCli, StateGraphPageIsVectorWithTheStatesInTheReportsLanguage)
{
    const core::Result<core::RulesetPtr> ruleset = core::RulesetLoader::loadBuiltin();
    ASSERT_TRUE(ruleset.ok());
    for (const Lang lang : {Lang::Ja, Lang::En}) {
        const bool ja = lang == Lang::Ja;
        const QString pdf = path(ja ? QStringLiteral("graph-ja.pdf") : QStringLiteral("graph-en.pdf"));
        const ProgramResult run =
            cli({QStringLiteral("report"), examplePath(QStringLiteral("smart-eye-camera.json")),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf,
                 QStringLiteral("--lang"), ja ? QStringLiteral("ja") : QStringLiteral("en"),
                 QStringLiteral("--as-of"), QStringLiteral("2026-04")});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const int pages = pageCount(pdfInfo(pdf));
        const QString heading =
            ja ? QStringLiteral("ルートの状態遷移図") : QStringLiteral("State graph of the routes");
        EXPECT_TRUE(pdfText(pdf, 2, 2).contains(heading)) << "listed in the contents";
        const int page = pageWith(pdf, 3, pages, heading); // after the cover and the contents
        ASSERT_GT(page, 2) << "no state graph page";

        // Every state of the recommended route is on the page, by its label in the report's language.
        core::Roadmap r = core::makeRoadmap({}, examplePlan(QStringLiteral("smart-eye-camera.json"), lang));
        ASSERT_NE(r.route(), nullptr);
        core::addRouteGraph(r, *ruleset.value());
        const QString text = pdfText(pdf, page, page).simplified().remove(QLatin1Char(' '));
        int onRoute = 0;
        for (const core::RouteGraph::Node& n : r.graph.nodes) {
            if (!n.onRoute)
                continue;
            ++onRoute;
            ASSERT_NE(n.label, n.id) << "a state without a human label: " << n.id.toStdString();
            EXPECT_TRUE(text.contains(QString(n.label).remove(QLatin1Char(' '))))
                << n.label.toStdString() << " not on page " << page;
        }
        EXPECT_EQ(onRoute, int(r.route()->states.size()));

        // Vector, not a bitmap: no image on the page (pdfimages lists a header of two lines only).
        const ProgramResult images =
            runProgram(QStringLiteral(SHIRUBE_PDFIMAGES),
                       {QStringLiteral("-list"), QStringLiteral("-f"), QString::number(page),
                        QStringLiteral("-l"), QString::number(page), pdf});
        ASSERT_EQ(images.exitCode, 0) << images.err.toStdString();
        EXPECT_EQ(QString::fromUtf8(images.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2)
            << images.out.toStdString();
    }
}

TEST_F(ReportCli, LetterPaper)
{
    const QString pdf = path(QStringLiteral("letter.pdf"));
    const ProgramResult run =
        cli({QStringLiteral("report"), examplePath(QStringLiteral("tb-antigen-test.json")),
             QStringLiteral("--format=pdf"), QStringLiteral("-o"), pdf, QStringLiteral("--paper"),
             QStringLiteral("letter"), QStringLiteral("--samples"), QStringLiteral("1000")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(pdfInfo(pdf).contains(QStringLiteral("612 x 792 pts (letter)")));
}

TEST_F(ReportCli, TenProductProjectAsPdfCalendarAndWorkbook)
{
    const QStringList names = QDir(QStringLiteral(SHIRUBE_SOURCE_DIR "/resources/examples"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)
                                  .mid(0, 10);
    ASSERT_EQ(names.size(), 10);
    QByteArray jsonl;
    QStringList productNames;
    for (const QString& name : names) {
        const core::Profile p = exampleProfile(name);
        productNames << p.name();
        jsonl += p.toJsonBytes(true) + '\n';
    }
    const QString profiles = path(QStringLiteral("ten.jsonl"));
    QFile f(profiles);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(jsonl);
    f.close();
    const QString project = path(QStringLiteral("portfolio.shirube"));
    const ProgramResult import = cli({QStringLiteral("project"), QStringLiteral("import"), project, profiles,
                                      QStringLiteral("--title"), QStringLiteral("Portfolio 2026")});
    ASSERT_EQ(import.exitCode, 0) << import.err.toStdString();

    const QString pdf = path(QStringLiteral("portfolio.pdf"));
    const QStringList common{QStringLiteral("--as-of"), QStringLiteral("2026-04"),
                             QStringLiteral("--samples"), QStringLiteral("1000")};
    ProgramResult run = cli(QStringList{QStringLiteral("report"), project, QStringLiteral("--format"),
                                        QStringLiteral("pdf"), QStringLiteral("-o"), pdf} +
                            common);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Portfolio 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("Portfolio overview")));
    for (const QString& n : productNames)
        EXPECT_TRUE(text.contains(n)) << n.toStdString();
    EXPECT_GE(pageCount(pdfInfo(pdf)), 30);

    const QString ics = path(QStringLiteral("portfolio.ics"));
    run = cli(QStringList{QStringLiteral("report"), project, QStringLiteral("--format"),
                          QStringLiteral("ics"), QStringLiteral("-o"), ics} +
              common);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile icsFile(ics);
    ASSERT_TRUE(icsFile.open(QIODevice::ReadOnly));
    const QString calendar = QString::fromUtf8(icsFile.readAll());
    EXPECT_TRUE(calendar.startsWith(QStringLiteral("BEGIN:VCALENDAR")));
    EXPECT_GE(calendar.count(QStringLiteral("BEGIN:VEVENT")), 10);
    EXPECT_TRUE(calendar.contains(QStringLiteral("DTSTAMP:20260401T000000Z")));

    const QString xlsx = path(QStringLiteral("portfolio.xlsx"));
    run = cli(QStringList{QStringLiteral("report"), project, QStringLiteral("--format"),
                          QStringLiteral("xlsx"), QStringLiteral("-o"), xlsx} +
              common);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString summary = QString::fromUtf8(zipEntry(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
    EXPECT_EQ(summary.count(QStringLiteral("<row ")), 11) << "a header and one row per product";
}

TEST_F(ReportCli, UsageAndInputErrorsSayWhatIsWrong)
{
    const QString profile = examplePath(QStringLiteral("tb-antigen-test.json"));
    ProgramResult r =
        cli({QStringLiteral("report"), profile, QStringLiteral("--format"), QStringLiteral("pdf")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("missing -o FILE")) << r.err.toStdString();
    r = cli({QStringLiteral("report"), profile, QStringLiteral("--format"), QStringLiteral("docx"),
             QStringLiteral("-o"), path(QStringLiteral("x"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("expected one of: pdf, ics, xlsx")) << r.err.toStdString();
    r = cli({QStringLiteral("report"), profile, QStringLiteral("-o"), path(QStringLiteral("x"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("missing --format")) << r.err.toStdString();
    r = cli({QStringLiteral("report"), profile, QStringLiteral("--format"), QStringLiteral("ics"),
             QStringLiteral("-o"), path(QStringLiteral("x.ics")), QStringLiteral("--as-of"),
             QStringLiteral("2026-13")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("--as-of")) << r.err.toStdString();

    const QString bad = path(QStringLiteral("bad.json"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"schema": "shirube.profile/1", "name": "x", "kind": "spaceship"})");
    f.close();
    r = cli({QStringLiteral("report"), bad, QStringLiteral("--format"), QStringLiteral("xlsx"),
             QStringLiteral("-o"), path(QStringLiteral("x.xlsx"))});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains("kind")) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.xlsx"))));

    r = cli({QStringLiteral("report"), profile, QStringLiteral("--format"), QStringLiteral("xlsx"),
             QStringLiteral("-o"), QStringLiteral("/nonexistent-dir-for-shirube/x.xlsx"),
             QStringLiteral("--samples"), QStringLiteral("200")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("cannot write /nonexistent-dir-for-shirube/x.xlsx")) << r.err.toStdString();
}

} // namespace
} // namespace shirube::test
