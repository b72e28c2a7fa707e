// SPDX-License-Identifier: Apache-2.0
#include "core/export/SpreadsheetWriter.h"

#include <xlsxwriter.h>

namespace shirube::core {

namespace {

using words::tr;

struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* date = nullptr;
    lxw_format* months = nullptr;
    lxw_format* yen = nullptr;
    lxw_format* percent = nullptr;
    lxw_format* wrap = nullptr;
};

class Sheet
{
public:
    Sheet(lxw_worksheet* ws, const Formats& f)
        : m_ws(ws)
        , m_f(f)
    {}
    void text(int row, int col, const QString& s, lxw_format* fmt = nullptr)
    {
        worksheet_write_string(m_ws, lxw_row_t(row), lxw_col_t(col), s.toUtf8().constData(), fmt);
    }
    void number(int row, int col, double v, lxw_format* fmt)
    {
        worksheet_write_number(m_ws, lxw_row_t(row), lxw_col_t(col), v, fmt);
    }
    void date(int row, int col, const QDate& d)
    {
        if (!d.isValid())
            return;
        lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
        worksheet_write_datetime(m_ws, lxw_row_t(row), lxw_col_t(col), &dt, m_f.date);
    }
    void headers(const QStringList& names)
    {
        for (int i = 0; i < names.size(); ++i)
            text(0, i, names[i], m_f.header);
        worksheet_freeze_panes(m_ws, 1, 0);
    }
    void width(int first, int last, double w)
    {
        worksheet_set_column(m_ws, lxw_col_t(first), lxw_col_t(last), w, nullptr);
    }

private:
    lxw_worksheet* m_ws;
    const Formats& m_f;
};

} // namespace

std::optional<Error> writeRoadmapsXlsx(const std::vector<Roadmap>& roadmaps, const QString& fileName,
                                       Lang lang)
{
    const QByteArray path = fileName.toLocal8Bit();
    lxw_workbook* wb = workbook_new(path.constData());
    if (!wb)
        return Error{ErrorCode::Io, QStringLiteral("cannot create the workbook"), fileName};
    Formats f;
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xDDE6F0);
    f.date = workbook_add_format(wb);
    format_set_num_format(f.date, "yyyy-mm-dd");
    f.months = workbook_add_format(wb);
    format_set_num_format(f.months, "0.0");
    f.yen = workbook_add_format(wb);
    format_set_num_format(f.yen, "\"¥\"#,##0");
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0%");

    const QByteArray summaryName = tr(lang, "Summary", "概要").toUtf8();
    const QByteArray stepsName = tr(lang, "Steps", "ステップ").toUtf8();
    const QByteArray milestonesName = tr(lang, "Milestones", "マイルストーン").toUtf8();
    const QByteArray consultationsName = tr(lang, "Consultations", "相談").toUtf8();
    Sheet summary(workbook_add_worksheet(wb, summaryName.constData()), f);
    Sheet steps(workbook_add_worksheet(wb, stepsName.constData()), f);
    Sheet milestones(workbook_add_worksheet(wb, milestonesName.constData()), f);
    Sheet consultations(workbook_add_worksheet(wb, consultationsName.constData()), f);

    summary.headers(
        {tr(lang, "Product", "製品"), tr(lang, "Class", "クラス"), tr(lang, "Procedure", "手続"),
         tr(lang, "Review category", "審査区分"), tr(lang, "Route", "ルート"), tr(lang, "Start", "起点"),
         tr(lang, "Months P50", "期間 P50（月）"), tr(lang, "Months P80", "期間 P80（月）"),
         tr(lang, "End P50", "完了 P50"), tr(lang, "End P80", "完了 P80"), tr(lang, "Cost P50", "費用 P50"),
         tr(lang, "Cost P80", "費用 P80"), tr(lang, "Chance of the target date", "目標時期の達成確率"),
         tr(lang, "Ruleset", "ルールセット")});
    summary.width(0, 0, 28);
    summary.width(1, 3, 18);
    summary.width(4, 4, 40);
    summary.width(5, 13, 14);
    steps.headers({tr(lang, "Product", "製品"), QStringLiteral("#"), tr(lang, "Activity", "活動"),
                   tr(lang, "Parallel", "並行"), tr(lang, "Start", "開始"), tr(lang, "End P50", "終了 P50"),
                   tr(lang, "End P80", "終了 P80"), tr(lang, "Months min", "期間 最小"),
                   tr(lang, "Months likely", "期間 最頻"), tr(lang, "Months max", "期間 最大"),
                   tr(lang, "Cost min", "費用 最小"), tr(lang, "Cost likely", "費用 最頻"),
                   tr(lang, "Cost max", "費用 最大"), tr(lang, "Source", "出典"),
                   tr(lang, "Confidence", "確度"), tr(lang, "Note", "注記")});
    steps.width(0, 0, 24);
    steps.width(1, 1, 4);
    steps.width(2, 2, 40);
    steps.width(3, 12, 12);
    steps.width(13, 14, 18);
    steps.width(15, 15, 60);
    milestones.headers({tr(lang, "Product", "製品"), tr(lang, "Milestone", "マイルストーン"),
                        tr(lang, "Date P50", "日付 P50"), tr(lang, "Date P80", "日付 P80"),
                        tr(lang, "Months P50", "期間 P50（月）"), tr(lang, "Months P80", "期間 P80（月）")});
    milestones.width(0, 1, 30);
    milestones.width(2, 5, 14);

    consultations.headers(
        {tr(lang, "Product", "製品"), tr(lang, "Consultation", "相談"), tr(lang, "Book by", "予約期限"),
         tr(lang, "With", "相談先"), tr(lang, "Meeting P50", "実施 P50"), tr(lang, "Fee", "手数料"),
         tr(lang, "Source", "出典"), tr(lang, "Confidence", "確度"), tr(lang, "Booking lead", "予約の目安")});
    consultations.width(0, 1, 32);
    consultations.width(2, 5, 14);
    consultations.width(6, 7, 20);
    consultations.width(8, 8, 50);

    int summaryRow = 1;
    int consultationRow = 1;
    int stepRow = 1;
    int milestoneRow = 1;
    for (const Roadmap& r : roadmaps) {
        const Classification& c = r.plan.classification;
        const Route* route = r.route();
        summary.text(summaryRow, 0, r.productName);
        summary.text(summaryRow, 1, words::deviceClass(c, lang));
        summary.text(summaryRow, 2, words::procedure(c.procedure, lang));
        summary.text(summaryRow, 3, words::reviewCategory(c.reviewCategory, lang));
        summary.date(summaryRow, 5, r.start);
        summary.text(summaryRow, 13, r.plan.rulesetId + QLatin1Char(' ') + r.plan.rulesetVersion);
        if (route) {
            summary.text(summaryRow, 4, route->label);
            summary.number(summaryRow, 6, route->months.p50, f.months);
            summary.number(summaryRow, 7, route->months.p80, f.months);
            summary.date(summaryRow, 8, r.dateAt(route->months.p50));
            summary.date(summaryRow, 9, r.dateAt(route->months.p80));
            summary.number(summaryRow, 10, route->costJpy.p50, f.yen);
            summary.number(summaryRow, 11, route->costJpy.p80, f.yen);
            if (route->meetsTargetDate)
                summary.number(summaryRow, 12, *route->meetsTargetDate, f.percent);
        } else {
            summary.text(summaryRow, 4, tr(lang, "No route applies.", "該当するルートはありません。"));
        }
        ++summaryRow;
        for (const ScheduledStep& s : r.steps) {
            const RouteStep& step = *s.step;
            steps.text(stepRow, 0, r.productName);
            steps.number(stepRow, 1, s.index, nullptr);
            steps.text(stepRow, 2, step.activityName.isEmpty() ? step.activity : step.activityName);
            steps.text(stepRow, 3, step.parallel ? tr(lang, "yes", "はい") : QString());
            steps.date(stepRow, 4, s.start);
            steps.date(stepRow, 5, s.p50End);
            steps.date(stepRow, 6, s.p80End);
            steps.number(stepRow, 7, step.months.min, f.months);
            steps.number(stepRow, 8, step.months.likely, f.months);
            steps.number(stepRow, 9, step.months.max, f.months);
            steps.number(stepRow, 10, step.costJpy.min, f.yen);
            steps.number(stepRow, 11, step.costJpy.likely, f.yen);
            steps.number(stepRow, 12, step.costJpy.max, f.yen);
            steps.text(stepRow, 13, step.provenance.source);
            steps.text(stepRow, 14, words::confidenceMark(step.provenance.confidence, lang));
            steps.text(stepRow, 15, step.note);
            ++stepRow;
        }
        for (const ScheduledMilestone& m : r.milestones) {
            milestones.text(milestoneRow, 0, r.productName);
            milestones.text(milestoneRow, 1, m.label);
            milestones.date(milestoneRow, 2, m.p50);
            milestones.date(milestoneRow, 3, m.p80);
            milestones.number(milestoneRow, 4, m.p50Months, f.months);
            milestones.number(milestoneRow, 5, m.p80Months, f.months);
            ++milestoneRow;
        }
        for (const Booking& b : r.bookings) {
            const RouteStep& step = *b.step->step;
            consultations.text(consultationRow, 0, r.productName);
            consultations.text(consultationRow, 1,
                               step.activityName.isEmpty() ? step.activity : step.activityName);
            consultations.date(consultationRow, 2, b.bookBy);
            consultations.text(consultationRow, 3, QStringLiteral("PMDA"));
            consultations.date(consultationRow, 4, b.step->start);
            consultations.number(consultationRow, 5, step.costJpy.likely, f.yen);
            consultations.text(consultationRow, 6, step.provenance.source);
            consultations.text(consultationRow, 7, words::confidenceMark(step.provenance.confidence, lang));
            consultations.text(consultationRow, 8,
                               tr(lang, "about 2 months before the meeting (planning assumption, △ estimate)",
                                  "実施の約 2 か月前（計画上の仮定 △ estimate）"));
            ++consultationRow;
        }
    }
    const lxw_error status = workbook_close(wb);
    if (status != LXW_NO_ERROR)
        return Error{ErrorCode::Io,
                     QStringLiteral("cannot write the workbook: ") + QString::fromUtf8(lxw_strerror(status)),
                     fileName};
    return std::nullopt;
}

} // namespace shirube::core
