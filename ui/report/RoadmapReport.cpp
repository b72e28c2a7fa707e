// SPDX-License-Identifier: Apache-2.0
#include "ui/report/RoadmapReport.h"

#include "core/rules/RuleText.h"
#include "ui/report/PageFlow.h"
#include "ui/report/PdfTextMap.h"
#include "ui/report/StateGraphPainter.h"
#include "ui/report/TimelinePainter.h"

#include <QFile>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>

namespace shirube::report {

namespace {

using core::Lang;
using core::words::tr;
namespace words = core::words;

QString stepName(const core::RouteStep& s)
{
    return s.activityName.isEmpty() ? s.activity : s.activityName;
}

// The milestone that stands for "on the market": on_market, else the last milestone before the target.
const core::ScheduledMilestone* marketMilestone(const core::Roadmap& r)
{
    const core::ScheduledMilestone* last = nullptr;
    for (const core::ScheduledMilestone& m : r.milestones) {
        if (m.target)
            continue;
        if (m.state == QLatin1String("on_market"))
            return &m;
        last = &m;
    }
    return last;
}

// A reason as a client reads it: its facts in words (the questions and the answers), and without an
// expression the words cannot render ("(kind = hardware)").
QString plainReason(const QString& reason, const core::Ruleset* ruleset, Lang lang)
{
    static const QRegularExpression expression(QStringLiteral("\\s*[(（][^()（）]*(=|<|>|≠)[^()（）]*[)）]"));
    QString out = core::RuleText::reason(reason, ruleset, lang);
    out.remove(expression);
    return out.trimmed();
}

QStringList plainReasons(const QStringList& reasons, const core::Ruleset* ruleset, Lang lang)
{
    QStringList out;
    for (const QString& r : reasons)
        out << plainReason(r, ruleset, lang);
    return out;
}

// Activity ids by their names ("prototype_development" -> "Prototype and fixed specification").
QStringList activityNames(const QStringList& ids, const core::Ruleset* ruleset, Lang lang)
{
    QStringList out;
    for (const QString& id : ids) {
        const QString name = core::RuleText::activityName(id, ruleset, lang);
        if (!out.contains(name))
            out << name;
    }
    return out;
}

QString source(const core::Provenance& p, Lang lang)
{
    return p.source + QLatin1Char(' ') + words::confidenceMark(p.confidence, lang);
}

class ReportBuilder
{
public:
    ReportBuilder(PageFlow& flow, const std::vector<core::Roadmap>& roadmaps, const ReportOptions& options,
                  const std::vector<TocEntry>& toc, int totalPages, const std::vector<QByteArray>& graphs)
        : f(flow)
        , m_roadmaps(roadmaps)
        , m_graphs(graphs)
        , o(options)
        , lang(options.lang)
        , m_toc(toc)
        , m_total(totalPages)
    {}

    void build()
    {
        f.decorate = [this](PageFlow& flow, int page) {
            decorate(flow, page);
        };
        cover();
        contents();
        if (m_roadmaps.size() > 1)
            portfolio();
        for (std::size_t i = 0; i < m_roadmaps.size(); ++i)
            product(m_roadmaps[i], i < m_graphs.size() ? m_graphs[i] : QByteArray());
        appendix();
        f.finish();
    }

private:
    PageFlow& f;
    const std::vector<core::Roadmap>& m_roadmaps;
    const std::vector<QByteArray>& m_graphs; // per roadmap, its state graph as SVG (may be empty)
    const ReportOptions& o;
    Lang lang;
    const std::vector<TocEntry>& m_toc;
    int m_total;

    QString title() const
    {
        if (!o.title.isEmpty())
            return o.title;
        return m_roadmaps.empty() ? QString() : m_roadmaps.front().productName;
    }

    QString rulesetText() const
    {
        if (m_roadmaps.empty())
            return QString();
        const core::Plan& p = m_roadmaps.front().plan;
        return p.rulesetId + QLatin1Char(' ') + p.rulesetVersion;
    }

    void decorate(PageFlow& flow, int page)
    {
        QPainter* p = flow.painter();
        const QRectF c = flow.content();
        p->save();
        p->setFont(flow.font(7.5));
        p->setPen(QColor(0x66, 0x66, 0x66));
        const qreal top = c.top() - flow.pt(26);
        p->drawText(QRectF(c.left(), top, c.width() * 0.7, flow.pt(12)), Qt::AlignLeft | Qt::AlignVCenter,
                    QStringLiteral("Shirube · ") + tr(lang, "Market-entry roadmap: ", "上市ロードマップ: ") +
                        title());
        p->drawText(QRectF(c.left() + c.width() * 0.5, top, c.width() * 0.5, flow.pt(12)),
                    Qt::AlignRight | Qt::AlignVCenter, words::date(o.date, lang));
        p->setPen(QPen(QColor(0xC8, 0xCE, 0xD6), flow.pt(0.5)));
        p->drawLine(QPointF(c.left(), top + flow.pt(14)), QPointF(c.right(), top + flow.pt(14)));
        p->setPen(QColor(0x66, 0x66, 0x66));
        const QString number = m_total > 0
                                   ? QString::number(page) + QStringLiteral(" / ") + QString::number(m_total)
                                   : QString::number(page);
        p->drawText(QRectF(c.left(), c.bottom() + flow.pt(18), c.width(), flow.pt(12)), Qt::AlignCenter,
                    number);
        p->restore();
    }

    void cover()
    {
        f.space(120);
        f.paragraph(tr(lang, "Market-entry roadmap for Japan", "日本市場参入ロードマップ"), 14, false,
                    QColor(0x1F, 0x3A, 0x5F));
        f.space(6);
        f.paragraph(title(), 26, true, QColor(0x1F, 0x3A, 0x5F));
        f.space(24);
        std::vector<std::pair<QString, QString>> rows;
        if (m_roadmaps.size() > 1)
            rows.emplace_back(tr(lang, "Products", "製品"), QString::number(m_roadmaps.size()));
        else if (!m_roadmaps.empty())
            rows.emplace_back(tr(lang, "Product", "製品"), m_roadmaps.front().productName);
        rows.emplace_back(tr(lang, "Client", "クライアント"),
                          o.client.isEmpty() ? QStringLiteral("—") : o.client);
        rows.emplace_back(tr(lang, "Prepared by", "作成者"),
                          o.consultant.isEmpty() ? QStringLiteral("—") : o.consultant);
        rows.emplace_back(tr(lang, "Date", "作成日"), words::date(o.date, lang));
        if (!m_roadmaps.empty())
            rows.emplace_back(tr(lang, "Plan starts", "計画の起点"),
                              words::monthText(m_roadmaps.front().start, lang));
        rows.emplace_back(tr(lang, "Ruleset", "ルールセット"), rulesetText());
        f.keyValues(rows, 11);
        f.space(30);
        f.paragraph(
            tr(lang,
               "Months and costs are Monte Carlo percentiles over three-point estimates: P50 is the median, "
               "P80 is reached in four cases out of five. Every figure carries its source and a confidence "
               "mark: ◆ seed (FY2025 MHLW deck) · ● sourced (public page) · ○ known · △ estimate (planning "
               "assumption). This roadmap supports, and does not replace, a consultation with PMDA.",
               "期間と費用は三点見積りに基づくモンテカルロ法のパーセンタイルです。P50 は中央値、P80 は 5 "
               "回中 4 "
               "回は間に合う値です。すべての数値に出典と確度を付しています: ◆ seed（令和7年度 "
               "厚労省資料）・● "
               "sourced（公開資料）・○ known（周知の事実）・△ estimate（計画上の仮定）。本ロードマップは "
               "PMDA "
               "への相談を補うもので、代わるものではありません。"),
            8.5, false, QColor(0x44, 0x44, 0x44));
    }

    void contents()
    {
        f.newPage();
        f.heading(tr(lang, "Contents", "目次"), 1, false);
        const QFont one = f.font(10, true);
        const QFont two = f.font(9);
        for (const TocEntry& e : m_toc) {
            const QFont& font = e.level == 1 ? one : two;
            const qreal h = f.textHeight(e.text, font, f.content().width()) + f.pt(3);
            f.ensure(h);
            if (QPainter* p = f.painter()) {
                const qreal indent = e.level == 1 ? 0 : f.pt(16);
                const QRectF row(f.content().left() + indent, f.y(), f.content().width() - indent, h);
                p->setFont(font);
                p->setPen(Qt::black);
                p->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, e.text);
                p->drawText(row, Qt::AlignRight | Qt::AlignVCenter, QString::number(e.page));
            }
            f.space(h / f.unit());
        }
    }

    void portfolio()
    {
        f.heading(tr(lang, "Portfolio overview", "ポートフォリオ概要"), 1, true, true);
        std::vector<QStringList> rows;
        for (const core::Roadmap& r : m_roadmaps) {
            const core::Route* route = r.route();
            const core::ScheduledMilestone* market = marketMilestone(r);
            rows.push_back({r.productName, words::deviceClass(r.plan.classification, lang),
                            words::procedure(r.plan.classification.procedure, lang),
                            route ? route->label : tr(lang, "No route applies.", "該当ルートなし"),
                            market ? words::shortDate(market->p50) : QStringLiteral("—"),
                            market ? words::shortDate(market->p80) : QStringLiteral("—"),
                            route ? words::yen(route->costJpy.p50) : QStringLiteral("—"),
                            route ? words::yen(route->costJpy.p80) : QStringLiteral("—")});
        }
        f.table({0.16, 0.07, 0.13, 0.19, 0.1, 0.1, 0.125, 0.125},
                {tr(lang, "Product", "製品"), tr(lang, "Class", "クラス"), tr(lang, "Procedure", "手続"),
                 tr(lang, "Route", "ルート"), tr(lang, "On market P50", "上市 P50"), tr(lang, "P80", "P80"),
                 tr(lang, "Cost P50", "費用 P50"), tr(lang, "Cost P80", "費用 P80")},
                rows, {false, false, false, false, false, false, true, true}, 7.5);
    }

    void stateGraph(const QByteArray& svg, int level, bool toc)
    {
        const QSizeF natural = svgSize(svg);
        if (natural.isEmpty())
            return;
        f.heading(tr(lang, "State graph of the routes", "ルートの状態遷移図"), level, toc, true);
        f.paragraph(tr(lang,
                       "The states a product passes through on its way to the market. Dark: the recommended "
                       "route, from its starting state (filled); grey and dashed: the other routes compared.",
                       "上市までに製品が通る状態です。濃い色は推奨ルート（塗りつぶしは起点）、灰色と破線は"
                       "比較した他のルートです。"),
                    8, false, QColor(0x44, 0x44, 0x44));
        f.space(4);
        const qreal width = f.content().width();
        const qreal scale = std::min(1.4, width / (natural.width() * f.unit()));
        qreal height = natural.height() * f.unit() * scale;
        height = std::min(height, f.content().height() * 0.8);
        f.drawing(height, [&](QPainter& p, const QRectF& rect) { paintSvg(p, rect, svg); });
    }

    void product(const core::Roadmap& r, const QByteArray& graphSvg)
    {
        const core::Plan& plan = r.plan;
        const core::Route* route = r.route();
        const bool many = m_roadmaps.size() > 1;
        const int sub = many ? 2 : 1;
        const bool toc = !many; // a project's contents list the products, not their sections
        if (many)
            f.heading(r.productName, 1, true, true);

        // The one-page summary.
        f.heading(tr(lang, "Summary", "概要"), sub, toc, !many);
        const core::ScheduledMilestone* market = marketMilestone(r);
        std::vector<std::pair<QString, QString>> kv;
        kv.emplace_back(tr(lang, "Product", "製品"), r.productName);
        kv.emplace_back(tr(lang, "Class", "クラス"), words::deviceClass(plan.classification, lang));
        kv.emplace_back(tr(lang, "Procedure", "手続"), words::procedure(plan.classification.procedure, lang));
        kv.emplace_back(tr(lang, "Review category", "審査区分"),
                        words::reviewCategory(plan.classification.reviewCategory, lang));
        kv.emplace_back(tr(lang, "Recommended route", "推奨ルート"),
                        route ? route->label : tr(lang, "No route applies.", "該当するルートはありません。"));
        kv.emplace_back(tr(lang, "Plan starts", "計画の起点"), words::monthText(r.start, lang));
        if (market) {
            kv.emplace_back(market->label + QStringLiteral(" — P50"),
                            words::date(market->p50, lang) + QStringLiteral(" (") +
                                words::months(market->p50Months) + tr(lang, " months)", " か月）"));
            kv.emplace_back(market->label + QStringLiteral(" — P80"),
                            words::date(market->p80, lang) + QStringLiteral(" (") +
                                words::months(market->p80Months) + tr(lang, " months)", " か月）"));
        }
        if (route) {
            kv.emplace_back(tr(lang, "Whole route, P50 / P80", "ルート全体 P50 / P80"),
                            words::date(r.dateAt(route->months.p50), lang) + QStringLiteral(" / ") +
                                words::date(r.dateAt(route->months.p80), lang));
            kv.emplace_back(tr(lang, "Cost P50 / P80", "費用 P50 / P80"), words::yen(route->costJpy.p50) +
                                                                              QStringLiteral(" / ") +
                                                                              words::yen(route->costJpy.p80));
            QString chance = tr(lang, "no target date set", "目標時期の設定なし");
            if (r.target)
                chance = route->meetsTargetDate
                             ? words::percent(*route->meetsTargetDate) + tr(lang, " by ", "（目標 ") +
                                   words::monthText(*r.target, lang) + tr(lang, "", "）")
                             : tr(lang, "not computed", "算出なし");
            kv.emplace_back(tr(lang, "Chance of the target date", "目標時期の達成確率"), chance);
        }
        f.keyValues(kv, 10);
        f.heading(tr(lang, "Next three actions", "次の 3 つの行動"), 3, false);
        const QStringList actions = core::nextActions(r, o.date);
        if (actions.isEmpty())
            f.paragraph(
                tr(lang, "Nothing is left to do on this route.", "このルートで残る作業はありません。"));
        int n = 0;
        for (const QString& a : actions)
            f.paragraph(QString::number(++n) + QStringLiteral(". ") + a, 9.5);

        // Classification.
        f.heading(tr(lang, "Classification and its rationale", "クラス分類とその根拠"), sub, toc, true);
        if (!plan.decidingLabels.isEmpty())
            f.paragraph(
                tr(lang, "Still open (these answers would change it): ", "未回答で結果を左右する質問: ") +
                plan.decidingLabels.join(tr(lang, "; ", "、")));
        std::vector<QStringList> rows;
        for (const core::RationaleItem& item : plan.classification.rationale)
            rows.push_back({plainReason(item.text, o.ruleset.get(), lang), item.source,
                            words::confidenceMark(item.confidence, lang)});
        if (!rows.empty())
            f.table({0.62, 0.2, 0.18},
                    {tr(lang, "Why", "理由"), tr(lang, "Source", "出典"), tr(lang, "Confidence", "確度")},
                    rows);

        // Routes compared.
        f.heading(tr(lang, "Routes compared", "ルートの比較"), sub, toc);
        rows.clear();
        int i = 0;
        for (const core::Route& rt : plan.routes) {
            ++i;
            QString name = (rt.headline ? tr(lang, "Recommended: ", "推奨: ") : QString()) + rt.label;
            if (rt.chance)
                name += tr(lang, " (if granted, about ", "（指定された場合、可能性 約 ") +
                        words::percent(*rt.chance) + tr(lang, ")", "）");
            rows.push_back({QString::number(i), name, words::months(rt.months.p50),
                            words::months(rt.months.p80), words::yen(rt.costJpy.p50),
                            words::yen(rt.costJpy.p80),
                            rt.meetsTargetDate ? words::percent(*rt.meetsTargetDate) : QStringLiteral("—")});
        }
        if (rows.empty())
            f.paragraph(tr(lang, "No route applies.", "該当するルートはありません。"));
        else
            f.table({0.04, 0.44, 0.09, 0.09, 0.12, 0.12, 0.1},
                    {QStringLiteral("#"), tr(lang, "Route", "ルート"), tr(lang, "Months P50", "期間 P50"),
                     tr(lang, "Months P80", "期間 P80"), tr(lang, "Cost P50", "費用 P50"),
                     tr(lang, "Cost P80", "費用 P80"), tr(lang, "Target date", "目標時期")},
                    rows, {false, false, true, true, true, true, true});

        // Timeline.
        if (route) {
            f.heading(tr(lang, "Timeline of the recommended route", "推奨ルートのタイムライン"), sub, toc,
                      true);
            f.paragraph(
                tr(lang,
                   "Bars run from a step's start to its median (P50) end; the whisker reaches its P80 end. "
                   "Orange: a PMDA consultation, with its booking lead dashed. Diamonds: milestones at P50 "
                   "with a whisker to P80; red: the target date and today.",
                   "バーは各ステップの開始から中央値（P50）の終了まで、ひげは P80 の終了までです。橙は PMDA "
                   "相談で、破線は予約のリードタイムです。菱形はマイルストーン（P50、ひげは "
                   "P80）、赤は目標時期と今日です。"),
                8, false, QColor(0x44, 0x44, 0x44));
            TimelineStyle style;
            style.font = f.font(6.5);
            style.rowHeight = f.pt(13);
            style.labelWidth = f.pt(150);
            style.headerHeight = f.pt(18);
            const qreal h = timelineHeight(r, style);
            f.drawing(h, [&](QPainter& p, const QRectF& rect) { paintTimeline(p, r, rect, style, o.date); });

            f.heading(tr(lang, "Steps with dates", "ステップと日付"), sub, toc);
            rows.clear();
            for (const core::ScheduledStep& s : r.steps)
                rows.push_back({QString::number(s.index),
                                (s.step->parallel ? QStringLiteral("∥ ") : QString()) + stepName(*s.step),
                                words::shortDate(s.start), words::shortDate(s.p50End),
                                words::shortDate(s.p80End), words::yen(s.step->costJpy.likely),
                                source(s.step->provenance, lang)});
            f.table({0.04, 0.33, 0.11, 0.11, 0.11, 0.12, 0.18},
                    {QStringLiteral("#"), tr(lang, "Activity", "活動"), tr(lang, "Start", "開始"),
                     tr(lang, "End P50", "終了 P50"), tr(lang, "End P80", "終了 P80"),
                     tr(lang, "Cost (likely)", "費用（最頻）"), tr(lang, "Source", "出典")},
                    rows, {false, false, false, false, false, true, false});

            stateGraph(graphSvg, sub, toc);

            f.heading(tr(lang, "Consultations to book", "予約する相談"), sub, toc, true);
            rows.clear();
            for (const core::Booking& b : r.bookings)
                rows.push_back({stepName(*b.step->step), words::shortDate(b.bookBy),
                                words::shortDate(b.step->start), words::yen(b.step->step->costJpy.likely),
                                source(b.step->step->provenance, lang)});
            if (rows.empty()) {
                f.paragraph(tr(lang, "The route needs no PMDA consultation.",
                               "このルートに PMDA 相談はありません。"));
            } else {
                f.table({0.36, 0.14, 0.14, 0.14, 0.22},
                        {tr(lang, "Consultation", "相談"), tr(lang, "Book by", "予約期限"),
                         tr(lang, "Meeting (P50)", "実施（P50）"), tr(lang, "Fee", "手数料"),
                         tr(lang, "Source", "出典")},
                        rows, {false, false, false, true, false});
                f.paragraph(
                    tr(lang, "Book by: about 2 months before the meeting (planning assumption, △ estimate).",
                       "予約期限: 実施の約 2 か月前（計画上の仮定 △ estimate）。"),
                    7.5, false, QColor(0x44, 0x44, 0x44));
            }
        }

        // Designations.
        f.heading(tr(lang, "Designations", "指定制度"), sub, toc, true);
        rows.clear();
        for (const core::DesignationResult& d : plan.designations)
            rows.push_back({d.name.isEmpty() ? d.id : d.name,
                            core::RuleText::eligibilityName(d.eligible, lang),
                            d.chance && d.eligible != QLatin1String("no")
                                ? words::percent(*d.chance) + QStringLiteral(" (") +
                                      source(d.chanceProvenance, lang) + QLatin1Char(')')
                                : QStringLiteral("—"),
                            plainReasons(d.reasons, o.ruleset.get(), lang).join(QLatin1Char('\n')),
                            source(d.provenance, lang)});
        if (rows.empty())
            f.paragraph(tr(lang, "No designation applies.", "該当する指定制度はありません。"));
        else
            f.table({0.2, 0.1, 0.16, 0.36, 0.18},
                    {tr(lang, "Designation", "制度"), tr(lang, "Eligible", "該当"),
                     tr(lang, "Chance granted", "指定の可能性"), tr(lang, "Reasons", "理由"),
                     tr(lang, "Source", "出典")},
                    rows);

        // Funding.
        f.heading(tr(lang, "Funding schemes", "資金・支援制度"), sub, toc);
        rows.clear();
        for (const core::FundingMatch& m : plan.funding) {
            QString budget = m.budgetJpy ? words::yen(double(*m.budgetJpy)) : QStringLiteral("—");
            if (!m.budgetNote.isEmpty())
                budget += QStringLiteral(" (") + m.budgetNote + QLatin1Char(')');
            rows.push_back(
                {m.name.isEmpty() ? m.nameJa : m.name,
                 m.ministry + (m.amed ? QStringLiteral(" (AMED)") : QString()),
                 core::RuleText::fitName(m.fit, lang),
                 QStringLiteral("FY") + QString::number(m.fy) + QLatin1Char('\n') + budget,
                 activityNames(m.coversActivities, o.ruleset.get(), lang).join(tr(lang, "; ", "、")) +
                     QLatin1Char('\n') +
                     plainReasons(m.reasons, o.ruleset.get(), lang).join(QLatin1Char('\n')),
                 source(m.provenance, lang)});
        }
        if (rows.empty())
            f.paragraph(tr(lang, "No scheme fits.", "該当する制度はありません。"));
        else
            f.table({0.2, 0.12, 0.08, 0.16, 0.28, 0.16},
                    {tr(lang, "Scheme", "制度"), tr(lang, "Ministry", "所管"), tr(lang, "Fit", "適合"),
                     tr(lang, "Fiscal year, budget", "年度・予算"),
                     tr(lang, "Pays for, why", "対象活動・理由"), tr(lang, "Source", "出典")},
                    rows);

        // Assumptions and open questions.
        f.heading(tr(lang, "Assumptions and open questions", "前提と未解決の質問"), sub, toc);
        if (plan.assumed.empty() && plan.decidingLabels.isEmpty() && plan.warnings.isEmpty())
            f.paragraph(tr(lang, "The plan assumes no answer and leaves no question open.",
                           "仮定した答えや未解決の質問はありません。"));
        if (!plan.assumed.empty()) {
            rows.clear();
            for (const core::AssumedAnswer& a : plan.assumed)
                rows.push_back({a.question, a.valueLabel, a.basis, source(a.provenance, lang)});
            f.table({0.3, 0.18, 0.34, 0.18},
                    {tr(lang, "Question left blank", "未回答の質問"),
                     tr(lang, "Assumed answer", "仮定した答え"), tr(lang, "Why", "理由"),
                     tr(lang, "Source", "出典")},
                    rows);
        }
        for (const QString& q : plan.decidingLabels)
            f.paragraph(QStringLiteral("? ") + q, 9);
        for (const QString& w : plan.warnings)
            f.paragraph(QStringLiteral("! ") + w, 9);
    }

    void appendix()
    {
        f.heading(tr(lang, "Appendix: sources", "付録: 出典"), 1, true, true);
        f.paragraph(
            tr(lang,
               "Confidence marks: ◆ seed (FY2025 MHLW deck) · ● sourced (public page) · ○ known · △ estimate "
               "(planning assumption).",
               "確度: ◆ seed（令和7年度 厚労省資料）・● sourced（公開資料で確認）・○ known（周知の事実）・△ "
               "estimate（計画上の仮定）。"),
            8.5);
        std::vector<QStringList> rows;
        QStringList seen;
        for (const core::Roadmap& r : m_roadmaps) {
            for (const core::SourceRef& s : r.plan.sources) {
                if (seen.contains(s.key))
                    continue;
                seen << s.key;
                rows.push_back({s.key, s.title, s.url.isEmpty() ? QStringLiteral("—") : s.url});
            }
        }
        if (!rows.empty())
            f.table({0.14, 0.46, 0.4},
                    {tr(lang, "Key", "キー"), tr(lang, "Title", "資料名"), QStringLiteral("URL")}, rows, {},
                    7.5);
    }
};

} // namespace

QString reportFontFamily()
{
    return reportFontFamilies().join(QStringLiteral(", "));
}

QStringList reportFontFamilies()
{
    static const QStringList families = [] {
        const QStringList installed = QFontDatabase::families();
        QStringList out;
        for (const char* name : {"DejaVu Sans", "Noto Sans CJK JP", "Noto Sans JP"}) {
            if (installed.contains(QString::fromLatin1(name)))
                out << QString::fromLatin1(name);
        }
        if (out.isEmpty())
            out << QStringLiteral("Noto Sans CJK JP");
        return out;
    }();
    return families;
}

int renderRoadmapReport(QPagedPaintDevice& device, const std::vector<core::Roadmap>& roadmaps,
                        const ReportOptions& options)
{
    ReportOptions o = options;
    if (!o.date.isValid())
        o.date = QDate::currentDate();
    const QString family = reportFontFamily();
    // Dry runs number the pages: the first finds the sections, the second lays out the contents with
    // all of them (its length moves the sections), the drawing run uses the second's numbers.
    // The state graphs, laid out once by Graphviz for all three runs.
    std::vector<QByteArray> graphs;
    for (const core::Roadmap& r : roadmaps) {
        const QString graphFont =
            r.plan.lang == Lang::Ja ? QStringLiteral("Noto Sans CJK JP") : QStringLiteral("DejaVu Sans");
        graphs.push_back(r.graph.isEmpty() ? QByteArray() : routeGraphSvg(r.graph, graphFont));
    }
    std::vector<TocEntry> toc;
    int pages = 0;
    for (int pass = 0; pass < 2; ++pass) {
        PageFlow dry(nullptr, device, family);
        ReportBuilder(dry, roadmaps, o, toc, 0, graphs).build();
        toc = dry.toc();
        pages = dry.page();
    }
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    PageFlow flow(&painter, device, family);
    ReportBuilder(flow, roadmaps, o, toc, pages, graphs).build();
    painter.end();
    return flow.page();
}

std::optional<core::Error> writeRoadmapPdf(const QString& fileName,
                                           const std::vector<core::Roadmap>& roadmaps,
                                           const ReportOptions& options)
{
    {
        QPdfWriter writer(fileName);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(options.paper));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setCreator(QStringLiteral("Shirube ") + QStringLiteral(SHIRUBE_VERSION));
        writer.setTitle(options.title.isEmpty() && !roadmaps.empty() ? roadmaps.front().productName
                                                                     : options.title);
        if (renderRoadmapReport(writer, roadmaps, options) <= 0)
            return core::Error{core::ErrorCode::Io, QStringLiteral("cannot write the PDF"), fileName, 0};
    } // the writer closes the file here
    if (!repairPdfTextMappingInFile(fileName))
        return core::Error{core::ErrorCode::Io, QStringLiteral("cannot write the PDF"), fileName, 0};
    return std::nullopt;
}

} // namespace shirube::report
