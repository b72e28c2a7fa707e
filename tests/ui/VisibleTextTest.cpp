// SPDX-License-Identifier: Apache-2.0
// Every text a user sees is a human sentence in the chosen language: for every bundled example, in
// English and Japanese, a walk over every visible widget of the main window (labels, buttons, group and
// tab titles, combo boxes, placeholders, tooltips, every cell of every item view with its tooltip, the
// graph's details pane for each state and transition on a route) finds no raw id (a snake_case ruleset id
// or a profile field path), no rule expression (`!`, `&&`, `||`, `==`) and, in Japanese, no English word
// where a translation should be (proper nouns, acronyms, source citations and the example's own name
// excepted).
#include "core/profile/ProfileSchema.h"
#include "ui/ExamplesGallery.h"
#include "ui/MainWindow.h"
#include "ui/graph/GraphDetailsPane.h"
#include "ui/graph/GraphLegend.h"
#include "ui/graph/GraphView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>

#include <algorithm>
#include <gtest/gtest.h>

#include "tests/ui/support/UiTestSupport.h"

using namespace shirube;

namespace {

struct Text
{
    QString where;
    QString text;
};

QString plain(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

QString nameOf(const QObject* o)
{
    QString n = QString::fromLatin1(o->metaObject()->className());
    if (!o->objectName().isEmpty())
        n += QLatin1Char('#') + o->objectName();
    return n;
}

void addView(std::vector<Text>& out, const QAbstractItemView* view)
{
    const QAbstractItemModel* m = view->model();
    if (!m)
        return;
    const auto* table = qobject_cast<const QTableView*>(view);
    for (int c = 0; c < m->columnCount(); ++c) {
        if (table && table->isColumnHidden(c))
            continue;
        out.push_back(
            {nameOf(view) + QStringLiteral(" header"), m->headerData(c, Qt::Horizontal).toString()});
        out.push_back({nameOf(view) + QStringLiteral(" header tooltip"),
                       m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString()});
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex i = m->index(r, c);
            const QString cell = QStringLiteral(" cell %1,%2").arg(r).arg(c);
            out.push_back({nameOf(view) + cell, i.data().toString()});
            out.push_back({nameOf(view) + cell + QStringLiteral(" tooltip"),
                           plain(i.data(Qt::ToolTipRole).toString())});
        }
    }
}

std::vector<Text> visibleTexts(QWidget* top)
{
    std::vector<Text> out;
    QList<QWidget*> widgets = top->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(top))
            continue;
        const QString n = nameOf(w);
        if (auto* l = qobject_cast<QLabel*>(w))
            out.push_back({n, plain(l->text())});
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            out.push_back({n, b->text()});
        else if (auto* c = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < c->count(); ++i)
                out.push_back({n + QStringLiteral(" item"), c->itemText(i)});
        } else if (auto* e = qobject_cast<QLineEdit*>(w))
            out.push_back({n + QStringLiteral(" placeholder"), e->placeholderText()});
        else if (auto* t = qobject_cast<QTabWidget*>(w)) {
            for (int i = 0; i < t->count(); ++i)
                out.push_back({n + QStringLiteral(" tab"), t->tabText(i)});
        } else if (auto* browser = qobject_cast<QTextBrowser*>(w))
            out.push_back({n, browser->toPlainText()});
        else if (auto* legend = qobject_cast<ui::GraphLegend*>(w))
            out.push_back({n, legend->text()});
        if (auto* v = qobject_cast<QAbstractItemView*>(w))
            addView(out, v);
        if (auto* g = qobject_cast<QGroupBox*>(w))
            out.push_back({n + QStringLiteral(" title"), g->title()});
        out.push_back({n + QStringLiteral(" tooltip"), plain(w->toolTip())});
    }
    return out;
}

// Words the same in both languages: proper nouns, acronyms, units.
const QStringList& allowedWords()
{
    static const QStringList words = {
        QStringLiteral("Shirube"), QStringLiteral("English"), QStringLiteral("Qt"),
        QStringLiteral("P50"),     QStringLiteral("P80"),     QStringLiteral("JMDN"),
        QStringLiteral("MHLW"),    QStringLiteral("METI"),    QStringLiteral("MEXT"),
        QStringLiteral("AMED"),    QStringLiteral("PMDA"),    QStringLiteral("SaMD"),
        QStringLiteral("QMS"),     QStringLiteral("IDATEN"),  QStringLiteral("SAKIGAKE"),
        QStringLiteral("AI"),      QStringLiteral("IVD"),     QStringLiteral("FY"),
        QStringLiteral("JP"),      QStringLiteral("VN"),      QStringLiteral("WHO"),
        QStringLiteral("UN"),      QStringLiteral("UNICEF"),  QStringLiteral("RWD"),
        QStringLiteral("MEDISO"),  QStringLiteral("YYYY"),    QStringLiteral("MM"),
        QStringLiteral("RS"),      QStringLiteral("MAH"),     QStringLiteral("ISO"),
        QStringLiteral("IEC"),     QStringLiteral("GCP"),     QStringLiteral("GVP"),
        QStringLiteral("GPSP"),    QStringLiteral("IMDRF"),   QStringLiteral("CE"),
        QStringLiteral("FDA"),     QStringLiteral("US"),      QStringLiteral("EU"),
        QStringLiteral("OTC"),     QStringLiteral("IT"),      QStringLiteral("DTx"),
        QStringLiteral("SCI"),     QStringLiteral("Ctrl"),    QStringLiteral("Shift"),
        QStringLiteral("Esc"),     QStringLiteral("StdDB"),   QStringLiteral("CureApp"),
    };
    return words;
}

struct Vocabulary
{
    QSet<QString> ids;         // ruleset ids and enum values with '_' and field paths with '.'
    QSet<QString> sourceWords; // the words of source keys ("PMDA-cond", "seed#H7")
    QStringList citations;     // source titles, longest first: names of documents, in their language
};

Vocabulary vocabulary()
{
    Vocabulary v;
    const core::RulesetPtr rs = test::builtinRuleset();
    const auto rsHasKey = [&rs](const QString& key) {
        return rs->source(key) != nullptr;
    };
    const auto addId = [&v](const QString& id) {
        if (id.contains(QLatin1Char('_')) || id.contains(QLatin1Char('.')))
            v.ids.insert(id);
    };
    for (const auto& s : rs->states)
        addId(s.id);
    for (const auto& t : rs->transitions)
        addId(t.id);
    for (const auto& a : rs->activities)
        addId(a.id);
    for (const auto& d : rs->designations)
        addId(d.id);
    for (const auto& f : rs->funding)
        addId(f.id);
    for (const core::FieldSpec& f : core::profileFields()) {
        addId(f.path);
        for (const QString& a : f.allowed)
            addId(a);
    }
    static const QRegularExpression split(QStringLiteral("[^A-Za-z0-9]+"));
    for (const core::SourceRef& s : rs->sources) {
        for (const QString& w : s.key.split(split, Qt::SkipEmptyParts))
            v.sourceWords.insert(w);
        if (!s.title.isEmpty())
            v.citations << s.title;
    }
    // Free-text citations of the graph's states and transitions ("PMDA 4th mid-term plan targets").
    const auto cite = [&v, &rsHasKey](const QString& source) {
        for (const QString& part : source.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (part.trimmed().size() > 3 && !rsHasKey(part.trimmed()))
                v.citations << part.trimmed();
    };
    for (const auto& st : rs->states)
        cite(st.provenance.source);
    for (const auto& t : rs->transitions) {
        cite(t.provenance.source);
        for (const auto& step : t.steps)
            cite(step.provenance.source);
    }
    std::sort(v.citations.begin(), v.citations.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return v;
}

// What is wrong with a text, or an empty string.
QString problem(const QString& shown, core::Lang lang, const Vocabulary& vocab, const QSet<QString>& extra)
{
    QString text = shown;
    for (const QString& title : vocab.citations) // a document's name is not text to translate
        text.replace(title, QStringLiteral(" "));
    static const QRegularExpression token(QStringLiteral("[A-Za-z0-9]*[A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9_]"));
    static const QRegularExpression snake(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)+$"));
    static const QRegularExpression expr(QStringLiteral("&&|\\|\\||==|!=|(^|[\\s(])![\\sA-Za-z(]"));
    if (const auto m = expr.match(text); m.hasMatch())
        return QStringLiteral("a rule expression (\"") + m.captured().trimmed() + QStringLiteral("\")");
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured();
        if (vocab.ids.contains(w) || snake.match(w).hasMatch())
            return QStringLiteral("a raw id (\"") + w + QStringLiteral("\")");
        if (lang != core::Lang::Ja)
            continue;
        // In Japanese: English words only as names.
        for (const QString& part : w.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
            // Acronyms (JSON, HIV, GHTF) and roman numerals (Class III) read the same in Japanese.
            static const QRegularExpression acronym(QStringLiteral("^([A-Z]{2,6}s?|[IV]+[ab]?)$"));
            if (!allowedWords().contains(part) && !vocab.sourceWords.contains(part) &&
                !extra.contains(part) && !acronym.match(part).hasMatch() &&
                !part.contains(QRegularExpression(QStringLiteral("[0-9]"))) && part.size() > 1)
                return QStringLiteral("an English word in Japanese (\"") + part + QStringLiteral("\")");
        }
    }
    return {};
}

void check(const std::vector<Text>& texts, core::Lang lang, const Vocabulary& vocab,
           const QSet<QString>& extra, const QString& context, int& checked)
{
    QSet<QString> reported;
    for (const Text& t : texts) {
        if (t.text.trimmed().isEmpty())
            continue;
        ++checked;
        const QString p = problem(t.text, lang, vocab, extra);
        if (p.isEmpty() || reported.contains(p))
            continue;
        reported.insert(p);
        // The text around what was found.
        const int quote = int(p.indexOf(QLatin1Char('"')));
        const QString found = p.mid(quote + 1, p.lastIndexOf(QLatin1Char('"')) - quote - 1);
        const int at = int(qMax<qsizetype>(
            0, t.text.indexOf(QRegularExpression(QStringLiteral("\\b") + QRegularExpression::escape(found))) -
                   100));
        ADD_FAILURE() << context.toStdString() << ": " << p.toStdString() << " in " << t.where.toStdString()
                      << ":\n  …" << t.text.mid(at, 220).toStdString() << "…";
    }
}

// The details pane for every state and transition on the plan's routes.
std::vector<Text> detailsTexts(ui::MainWindow& window)
{
    std::vector<Text> out;
    ui::GraphDetailsPane* pane = window.graphView()->detailsPane();
    QSet<QString> states, transitions;
    for (const core::Route& r : window.currentPlan().routes) {
        for (const QString& s : r.states)
            states.insert(s);
        for (const QString& t : r.transitions)
            transitions.insert(t);
    }
    for (const QString& s : states) {
        pane->showState(s);
        out.push_back(
            {QStringLiteral("details of a state"), pane->title() + QLatin1Char('\n') + pane->plainText()});
    }
    for (const QString& t : transitions) {
        pane->showTransition(t);
        out.push_back({QStringLiteral("details of a transition"),
                       pane->title() + QLatin1Char('\n') + pane->plainText()});
    }
    pane->clear();
    return out;
}

class VisibleTextTest : public ::testing::TestWithParam<core::Lang>
{
};

TEST_P(VisibleTextTest, EveryExampleShowsOnlyHumanText)
{
    const core::Lang lang = GetParam();
    const Vocabulary vocab = vocabulary();
    ASSERT_GT(vocab.ids.size(), 50);
    auto window = test::makeWindow();
    window->setLanguage(lang);
    const auto examples = ui::ExamplesGallery::examples();
    ASSERT_GE(examples.size(), 10U);
    int checked = 0;
    for (const ui::ExamplesGallery::Example& e : examples) {
        window->setProfile(test::exampleProfile(e.resource));
        ASSERT_TRUE(window->waitForPlan());
        // Free-text citations ("GHTF/SG1/N15:2006 classification rules") name documents too.
        Vocabulary withCitations = vocab;
        const core::Plan& plan = window->currentPlan();
        const auto cite = [&withCitations](const QString& source) {
            for (const QString& part : source.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                if (part.trimmed().size() > 3)
                    withCitations.citations << part.trimmed();
        };
        for (const core::RationaleItem& r : plan.classification.rationale)
            cite(r.source);
        for (const core::DesignationResult& d : plan.designations)
            cite(d.provenance.source);
        for (const core::FundingMatch& f : plan.funding)
            cite(f.provenance.source);
        for (const core::Route& r : plan.routes)
            for (const core::RouteStep& st : r.steps)
                cite(st.provenance.source);
        std::sort(withCitations.citations.begin(), withCitations.citations.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        QSet<QString> extra;
        for (const QString& w : window->currentProfile().name().split(
                 QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), Qt::SkipEmptyParts))
            extra.insert(w);
        const QString context =
            e.resource + (lang == core::Lang::Ja ? QStringLiteral(" (ja)") : QStringLiteral(" (en)"));
        for (int tab = 0; tab < window->resultTabs()->count(); ++tab) {
            window->showResultTab(tab);
            QCoreApplication::processEvents();
            check(visibleTexts(window.get()), lang, withCitations, extra, context, checked);
        }
        window->showResultTab(0);
        check(detailsTexts(*window), lang, withCitations, extra, context, checked);
    }
    EXPECT_GT(checked, 1000) << "the walk found too few texts to be meaningful";
    window->undoStack()->setClean();
}

INSTANTIATE_TEST_SUITE_P(Languages, VisibleTextTest, ::testing::Values(core::Lang::En, core::Lang::Ja),
                         [](const auto& p) { return p.param == core::Lang::Ja ? "ja" : "en"; });

// The checker itself finds what it is meant to find.
TEST(VisibleTextCheck, FindsRawIdsExpressionsAndEnglishInJapanese)
{
    const Vocabulary vocab = vocabulary();
    const QSet<QString> none;
    EXPECT_FALSE(problem(QStringLiteral("Stages funded: idea, basic_research"), core::Lang::En, vocab, none)
                     .isEmpty());
    EXPECT_FALSE(
        problem(QStringLiteral("runs in parallel only when ! applicant.has_qms"), core::Lang::En, vocab, none)
            .isEmpty());
    EXPECT_FALSE(problem(QStringLiteral("a && b"), core::Lang::En, vocab, none).isEmpty());
    EXPECT_FALSE(problem(QStringLiteral("手続: approval"), core::Lang::Ja, vocab, none).isEmpty());
    EXPECT_TRUE(
        problem(QStringLiteral("Approval (承認) after PMDA review"), core::Lang::En, vocab, none).isEmpty());
    EXPECT_TRUE(problem(QStringLiteral("クラスII・PMDA審査"), core::Lang::Ja, vocab, none).isEmpty());
    EXPECT_TRUE(problem(QStringLiteral("It works! Yes."), core::Lang::En, vocab, none).isEmpty());
}

} // namespace
