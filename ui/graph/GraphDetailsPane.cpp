// SPDX-License-Identifier: Apache-2.0
#include "ui/graph/GraphDetailsPane.h"

#include "core/rules/RuleText.h"
#include "ui/Labels.h"
#include "ui/widgets/WrappingLabel.h"

#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace shirube::ui {

using core::Confidence;
using core::Provenance;
using core::StateDef;
using core::StepDef;
using core::ThreePoint;
using core::TransitionDef;

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString threePointMonths(const ThreePoint& t)
{
    return t.isFixed() ? Labels::months(t.likely) : Labels::monthsRange(t.min, t.likely, t.max);
}

QString threePointYen(const ThreePoint& t)
{
    if (t.isFixed())
        return Labels::yen(t.likely);
    return Labels::yen(t.min) + QStringLiteral(" / ") + Labels::yen(t.likely) + QStringLiteral(" / ") +
           Labels::yen(t.max);
}

} // namespace

GraphDetailsPane::GraphDetailsPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_hint(new WrappingLabel(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("graphDetailsPane"));
    m_title->setObjectName(QStringLiteral("graphDetailsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    // What to do, until something is clicked: a label, which costs far less to lay out while the
    // window opens than the text browser (laid out again at every width the pane goes through).
    m_hint->setObjectName(QStringLiteral("graphDetailsHint"));
    m_hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_browser->setObjectName(QStringLiteral("graphDetailsText"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &GraphDetailsPane::onAnchorClicked);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_hint, 1);
    layout->addWidget(m_browser, 1);
    render();
}

void GraphDetailsPane::setRuleset(core::RulesetPtr ruleset)
{
    m_ruleset = std::move(ruleset);
    clear();
}

void GraphDetailsPane::setLanguage(core::Lang lang)
{
    m_lang = lang;
    render();
}

void GraphDetailsPane::showState(const QString& id)
{
    m_kind = QStringLiteral("state");
    m_id = id;
    render();
}

void GraphDetailsPane::showTransition(const QString& id)
{
    m_kind = QStringLiteral("transition");
    m_id = id;
    render();
}

void GraphDetailsPane::clear()
{
    m_kind.clear();
    m_id.clear();
    render();
}

QString GraphDetailsPane::title() const
{
    return m_title->text();
}

QString GraphDetailsPane::plainText() const
{
    return m_browser->isHidden() ? m_hint->text() : m_browser->toPlainText();
}

QString GraphDetailsPane::phaseName(const QString& phase)
{
    if (phase == QLatin1String("development"))
        return tr("Development");
    if (phase == QLatin1String("regulatory"))
        return tr("Regulatory review");
    if (phase == QLatin1String("market"))
        return tr("Market and reimbursement");
    if (phase == QLatin1String("overseas"))
        return tr("Overseas");
    return phase;
}

QString GraphDetailsPane::confidenceMark(Confidence confidence)
{
    return Labels::confidenceMark(confidence);
}

QString GraphDetailsPane::confidenceText(Confidence confidence)
{
    return Labels::confidenceName(confidence);
}

void GraphDetailsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void GraphDetailsPane::onAnchorClicked(const QUrl& url)
{
    if (url.scheme() == QLatin1String("state") || url.scheme() == QLatin1String("transition")) {
        emit elementLinkActivated(url.scheme(), url.path());
        return;
    }
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        QDesktopServices::openUrl(url);
}

void GraphDetailsPane::render()
{
    const StateDef* state = nullptr;
    const TransitionDef* transition = nullptr;
    if (m_ruleset && m_kind == QLatin1String("state"))
        state = m_ruleset->state(m_id);
    else if (m_ruleset && m_kind == QLatin1String("transition"))
        transition = m_ruleset->transition(m_id);

    m_hint->setVisible(!state && !transition);
    m_browser->setVisible(state || transition);
    if (state) {
        m_title->setText(state->label.in(m_lang));
        m_browser->setHtml(stateHtml(*state));
    } else if (transition) {
        m_title->setText(transition->label.in(m_lang));
        m_browser->setHtml(transitionHtml(*transition));
    } else {
        m_title->setText(tr("Details"));
        m_hint->setText(tr("Click a state (box) or a transition (arrow) in the graph to see what it "
                           "is, how long it takes, what it costs, when it applies and where the "
                           "figures come from."));
        m_browser->clear();
    }
    m_browser->setAccessibleName(m_title->text());
}

QString GraphDetailsPane::stateLink(const QString& id) const
{
    const StateDef* state = m_ruleset ? m_ruleset->state(id) : nullptr;
    const QString label = state ? state->label.in(m_lang) : id;
    return QStringLiteral("<a href=\"state:%1\">%2</a>").arg(esc(id), esc(label));
}

QString GraphDetailsPane::transitionLink(const TransitionDef& transition) const
{
    return QStringLiteral("<a href=\"transition:%1\">%2</a>")
        .arg(esc(transition.id), esc(transition.label.in(m_lang)));
}

QString GraphDetailsPane::sourceHtml(const Provenance& provenance) const
{
    QStringList parts;
    const QStringList keys = provenance.source.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& raw : keys) {
        const QString key = raw.trimmed();
        const core::SourceRef* ref = m_ruleset ? m_ruleset->source(key) : nullptr;
        if (!ref) {
            parts << esc(core::RuleText::sources(key, m_ruleset.get(), m_lang));
            continue;
        }
        const QString title = ref->title.isEmpty() ? ref->key : ref->title;
        if (ref->url.isEmpty())
            parts << esc(title);
        else
            parts << QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(ref->url), esc(title));
    }
    if (parts.isEmpty())
        parts << esc(tr("no source given"));
    return QStringLiteral("%1 <span title=\"%2\">%3 %4</span>")
        .arg(parts.join(QStringLiteral("; ")), esc(Labels::confidenceExplanation(provenance.confidence)),
             confidenceMark(provenance.confidence), esc(confidenceText(provenance.confidence)));
}

QString GraphDetailsPane::stateHtml(const StateDef& state) const
{
    QString html;
    html += QStringLiteral("<p><i>%1</i> · %2</p>").arg(esc(tr("State")), esc(phaseName(state.phase)));
    if (!state.narration.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(state.narration.in(m_lang)));

    QStringList in;
    QStringList out;
    for (const TransitionDef& t : m_ruleset->transitions) {
        if (t.to == state.id)
            in << QStringLiteral("<li>%1 — %2</li>").arg(stateLink(t.from), transitionLink(t));
        if (t.from == state.id)
            out << QStringLiteral("<li>%1 — %2</li>").arg(transitionLink(t), stateLink(t.to));
    }
    if (!in.isEmpty())
        html +=
            QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(esc(tr("Reached from")), in.join(QString()));
    if (!out.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(esc(tr("Leads to")), out.join(QString()));
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Source:")), sourceHtml(state.provenance));
    return html;
}

QString GraphDetailsPane::transitionHtml(const TransitionDef& transition) const
{
    QString html;
    html += QStringLiteral("<p><i>%1</i>: %2 → %3</p>")
                .arg(esc(tr("Transition")), stateLink(transition.from), stateLink(transition.to));
    if (!transition.narration.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(transition.narration.in(m_lang)));

    const QString guard = transition.when ? transition.when->text() : QString();
    html += QStringLiteral("<p><b>%1</b> ").arg(esc(tr("Applies when:")));
    if (guard.isEmpty() || (transition.when && transition.when->isConstantTrue()))
        html += esc(tr("always"));
    else
        html += esc(core::RuleText::condition(guard, m_ruleset.get(), m_lang));
    html += QStringLiteral("</p>");

    if (!transition.designation.isEmpty()) {
        const core::DesignationDef* d = m_ruleset->designation(transition.designation);
        html +=
            QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(tr("Uses the designation:")), esc(d ? d->name.in(m_lang) : transition.designation));
    }

    if (!transition.steps.empty()) {
        // One paragraph a step, not a table: in a narrow pane a table's columns broke words apart.
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Steps")));
        for (const StepDef& step : transition.steps) {
            const core::ActivityDef* activity = m_ruleset->activity(step.activity);
            QString text =
                QStringLiteral("<b>%1</b>").arg(esc(activity ? activity->name.in(m_lang) : step.activity));
            if (step.parallel)
                text += QStringLiteral(" <small>(%1)</small>").arg(esc(tr("runs in parallel")));
            text +=
                QStringLiteral("<br/>%1 %2<br/>%3 %4")
                    .arg(esc(tr("Months (min–likely–max)")), esc(threePointMonths(step.months)),
                         esc(tr("Fee or cost, JPY (min / likely / max)")), esc(threePointYen(step.costJpy)));
            if (step.when && !step.when->isConstantTrue())
                text += QStringLiteral("<br/><small>%1 %2</small>")
                            .arg(esc(tr("only when:")),
                                 esc(core::RuleText::condition(step.when->text(), m_ruleset.get(), m_lang)));
            if (!step.note.isEmpty())
                text += QStringLiteral("<br/><small>%1</small>").arg(esc(step.note.in(m_lang)));
            text += QStringLiteral("<br/><small>%1 %2</small>")
                        .arg(esc(tr("Source:")), sourceHtml(step.provenance));
            html += QStringLiteral("<p style=\"margin-left:8px\">") + text + QStringLiteral("</p>");
        }
    }
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Source:")), sourceHtml(transition.provenance));
    return html;
}

} // namespace shirube::ui
