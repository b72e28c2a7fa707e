// SPDX-License-Identifier: Apache-2.0
#include "ui/trainer/TrainerWindow.h"

#include "core/rules/RuleText.h"
#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/PlanController.h"
#include "ui/graph/GraphView.h"
#include "ui/settings/Settings.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace shirube::ui {

TrainerWindow::TrainerWindow(std::shared_ptr<const core::Planner> planner, const core::Profile& profile,
                             const QString& routeId, const core::Plan* initialPlan, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_planner(std::move(planner))
    , m_base(profile)
    , m_profile(profile)
    , m_routeId(routeId)
    , m_lang(Language::current())
    , m_fontScale(settings::TrainerFontScale.value())
{
    setObjectName(QStringLiteral("trainerWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_controller = new PlanController(m_planner, this);
    m_controller->setLanguage(m_lang);
    connect(m_controller, &PlanController::planReady, this, &TrainerWindow::applyPlan);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);

    auto* top = new QHBoxLayout;
    m_routeLabel = new QLabel(this);
    m_routeLabel->setObjectName(QStringLiteral("trainerRouteCaption"));
    m_routeCombo = new QComboBox(this);
    m_routeCombo->setObjectName(QStringLiteral("trainerRouteCombo"));
    // Long route names (an alternative's answers) must not widen the window past the screen.
    m_routeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_routeCombo->setMinimumContentsLength(40);
    m_routeCombo->setFocusPolicy(Qt::ClickFocus);
    m_stepLabel = new QLabel(this);
    m_stepLabel->setObjectName(QStringLiteral("trainerStep"));
    top->addWidget(m_routeLabel);
    top->addWidget(m_routeCombo);
    top->addStretch(1);
    top->addWidget(m_stepLabel);
    // Presenter controls: text size (also − and + keys) and the language, keeping the step.
    m_smaller = new QToolButton(this);
    m_smaller->setObjectName(QStringLiteral("trainerSmaller"));
    m_larger = new QToolButton(this);
    m_larger->setObjectName(QStringLiteral("trainerLarger"));
    m_languageButton = new QPushButton(this);
    m_languageButton->setObjectName(QStringLiteral("trainerLanguage"));
    for (QWidget* w : {static_cast<QWidget*>(m_smaller), static_cast<QWidget*>(m_larger),
                       static_cast<QWidget*>(m_languageButton)}) {
        w->setFocusPolicy(Qt::NoFocus);
        top->addWidget(w);
    }
    connect(m_smaller, &QToolButton::clicked, this, [this] { setTextScale(m_fontScale / 1.1); });
    connect(m_larger, &QToolButton::clicked, this, [this] { setTextScale(m_fontScale * 1.1); });
    connect(m_languageButton, &QPushButton::clicked, this,
            [this] { emit languageRequested(m_lang == core::Lang::Ja ? core::Lang::En : core::Lang::Ja); });
    layout->addLayout(top);

    m_graphWidget = new GraphView(this);
    m_graphWidget->setObjectName(QStringLiteral("trainerGraph"));
    m_graphWidget->setDetailsPaneVisible(false); // the narration says it, in large type
    m_graphWidget->setKeyboardNavigation(false); // arrows and clickers step the route
    m_graphWidget->setFocusPolicy(Qt::NoFocus);
    m_graphWidget->setRuleset(m_planner->rulesetPtr());
    m_graphWidget->setLanguage(m_lang);
    layout->addWidget(m_graphWidget, 3);

    m_stateTitle = new QLabel(this);
    m_stateTitle->setObjectName(QStringLiteral("trainerStateTitle"));
    m_stateTitle->setWordWrap(true);
    layout->addWidget(m_stateTitle);
    m_narration = new QLabel(this);
    m_narration->setObjectName(QStringLiteral("trainerNarration"));
    m_narration->setWordWrap(true);
    m_narration->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_narration->setTextFormat(Qt::PlainText);
    layout->addWidget(m_narration, 1);

    m_whatIfResult = new QLabel(this);
    m_whatIfResult->setObjectName(QStringLiteral("trainerWhatIfResult"));
    m_whatIfResult->setWordWrap(true);
    m_whatIfResult->setTextFormat(Qt::PlainText);
    m_whatIfResult->hide();
    layout->addWidget(m_whatIfResult);

    auto* bottom = new QHBoxLayout;
    m_whatIfTitle = new QLabel(this);
    m_whatIfTitle->setObjectName(QStringLiteral("trainerWhatIfTitle"));
    bottom->addWidget(m_whatIfTitle);
    for (int i = 0; i < WhatIfCount; ++i) {
        auto* box = new QCheckBox(this);
        box->setFocusPolicy(Qt::TabFocus);
        m_whatIf[i] = box;
        bottom->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this, i] {
            m_touched[i] = true;
            const core::Route* r = route();
            m_whatIfBefore = r ? routeSummary(*r) : tr("no route");
            replan();
        });
    }
    m_whatIf[CertificationStandardExists]->setObjectName(QStringLiteral("whatIf:certification_standard"));
    m_whatIf[AiUpdatedAfterApproval]->setObjectName(QStringLiteral("whatIf:ai_updates"));
    m_whatIf[ExploratoryDataOnly]->setObjectName(QStringLiteral("whatIf:exploratory_data"));
    {
        const QSignalBlocker b0(m_whatIf[0]), b1(m_whatIf[1]), b2(m_whatIf[2]);
        m_whatIf[CertificationStandardExists]->setChecked(
            profile.text(QStringLiteral("certification_standard")) == QStringLiteral("exists"));
        m_whatIf[AiUpdatedAfterApproval]->setChecked(
            profile.flag(QStringLiteral("software.will_update_after_approval")).value_or(false));
        m_whatIf[ExploratoryDataOnly]->setChecked(
            profile.flag(QStringLiteral("evidence.exploratory_data_only")).value_or(false));
    }
    bottom->addStretch(1);
    m_keysHint = new QLabel(this);
    m_keysHint->setObjectName(QStringLiteral("trainerKeys"));
    bottom->addWidget(m_keysHint);
    layout->addLayout(bottom);

    connect(m_routeCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0)
            selectRoute(m_routeCombo->itemData(i).toString());
        setFocus();
    });

    // Navigation keys reach the window whichever child has focus (clickers only send keys).
    for (QWidget* child : findChildren<QWidget*>())
        child->installEventFilter(this);

    updateWhatIfChoices();
    updateFonts();
    retranslate();
    if (initialPlan)
        applyPlan(*initialPlan);
    else
        m_controller->request(m_profile);
}

TrainerWindow::~TrainerWindow() = default;

QWidget* TrainerWindow::graphWidget() const
{
    return m_graphWidget;
}

GraphView* TrainerWindow::graphView() const
{
    return m_graphWidget;
}

void TrainerWindow::setLanguage(core::Lang lang)
{
    m_lang = lang;
    m_controller->setLanguage(lang);
    m_graphWidget->setLanguage(lang);
    retranslate();
    replan();
}

void TrainerWindow::retranslate()
{
    setWindowTitle(tr("Shirube — trainer mode"));
    m_routeLabel->setText(tr("Route:"));
    m_whatIfTitle->setText(tr("What if:"));
    m_whatIf[CertificationStandardExists]->setText(tr("a certification standard exists"));
    m_whatIf[AiUpdatedAfterApproval]->setText(tr("the AI is updated after approval"));
    m_whatIf[ExploratoryDataOnly]->setText(tr("only exploratory data"));
    m_keysHint->setText(tr("← → step · − + text size · Esc leave"));
    m_smaller->setText(QStringLiteral("A−"));
    m_smaller->setToolTip(tr("Smaller text"));
    m_larger->setText(QStringLiteral("A+"));
    m_larger->setToolTip(tr("Larger text"));
    // Named in the language it switches to.
    m_languageButton->setText(m_lang == core::Lang::Ja ? QStringLiteral("English")
                                                       : QStringLiteral("日本語"));
    m_languageButton->setToolTip(tr("Switch the language; the step stays"));
    m_routeCombo->setAccessibleName(tr("Route"));
    updateStep();
}

void TrainerWindow::updateFonts()
{
    QFont base = font();
    const double pt = 16.0 * m_fontScale;
    QFont f = base;
    f.setPointSizeF(pt);
    for (QWidget* w : {static_cast<QWidget*>(m_routeLabel), static_cast<QWidget*>(m_routeCombo),
                       static_cast<QWidget*>(m_stepLabel), static_cast<QWidget*>(m_keysHint),
                       static_cast<QWidget*>(m_whatIfTitle), static_cast<QWidget*>(m_whatIfResult),
                       static_cast<QWidget*>(m_languageButton), static_cast<QWidget*>(m_smaller),
                       static_cast<QWidget*>(m_larger)})
        w->setFont(f);
    // The graph zoomed to the current step, its labels at presentation size with the text.
    m_graphWidget->setFocusZoom(1.7 * m_fontScale);
    if (!currentStateId().isEmpty())
        m_graphWidget->focusState(currentStateId());
    const int indicator = QFontMetrics(f).height();
    for (QCheckBox* box : m_whatIf) {
        box->setFont(f);
        box->setStyleSheet(
            QStringLiteral("QCheckBox::indicator { width: %1px; height: %1px; }").arg(indicator));
    }
    QFont title = base;
    title.setPointSizeF(30.0 * m_fontScale);
    title.setBold(true);
    m_stateTitle->setFont(title);
    QFont narration = base;
    narration.setPointSizeF(22.0 * m_fontScale);
    m_narration->setFont(narration);
}

const core::Route* TrainerWindow::route() const
{
    for (const core::Route& r : m_plan.routes) {
        if (r.id == m_routeId)
            return &r;
    }
    return nullptr;
}

int TrainerWindow::stepCount() const
{
    const core::Route* r = route();
    return r ? int(r->states.size()) : 0;
}

QString TrainerWindow::currentStateId() const
{
    const core::Route* r = route();
    if (!r || m_step < 0 || m_step >= int(r->states.size()))
        return {};
    return r->states[m_step];
}

QString TrainerWindow::narration() const
{
    return m_narration->text();
}

QString TrainerWindow::whatIfResult() const
{
    return m_whatIfResult->isVisible() || !m_whatIfResult->text().isEmpty() ? m_whatIfResult->text()
                                                                            : QString();
}

void TrainerWindow::setTextScale(double scale)
{
    m_fontScale = qBound(0.5, scale, 3.0);
    settings::TrainerFontScale.setValue(m_fontScale);
    updateFonts();
}

QString TrainerWindow::routeSummary(const core::Route& r) const
{
    QHash<QString, QString> scenarioLabels;
    for (const core::Scenario& s : m_plan.scenarios)
        scenarioLabels.insert(s.id, s.label);
    return tr("%1: %2, %3 (P80)")
        .arg(core::RuleText::routeName(r.label, scenarioLabels.value(r.scenario)),
             Labels::months(r.months.p80), Labels::yen(r.costJpy.p80));
}

// This step's months and cost (most likely), and how far the route has come.
QString TrainerWindow::stepFigures(const core::Route& r) const
{
    if (m_step <= 0 || m_step > r.transitions.size())
        return {};
    const QString transition = r.transitions[m_step - 1];
    double months = 0, cost = 0, monthsSoFar = 0;
    for (const core::RouteStep& s : r.steps) {
        const int at = int(r.transitions.indexOf(s.transition));
        if (at < 0 || at >= m_step)
            continue;
        if (!s.parallel)
            monthsSoFar += s.months.likely;
        if (s.transition != transition)
            continue;
        if (!s.parallel)
            months += s.months.likely;
        cost += s.costJpy.likely;
    }
    if (months <= 0 && cost <= 0)
        return {};
    return tr("This step: about %1 and %2 · about %3 since the start")
        .arg(Labels::months(months), Labels::yen(cost), Labels::months(monthsSoFar));
}

void TrainerWindow::updateWhatIfChoices()
{
    // Only what-ifs that can apply: an AI update needs software in the product.
    const QString kind = m_base.text(QStringLiteral("kind")).value_or(QString());
    const bool software =
        kind.isEmpty() || kind == QLatin1String("samd") || kind == QLatin1String("hardware_with_software");
    m_whatIf[AiUpdatedAfterApproval]->setVisible(software);
}

void TrainerWindow::next()
{
    goTo(m_step + 1);
}

void TrainerWindow::previous()
{
    goTo(m_step - 1);
}

void TrainerWindow::goTo(int step)
{
    const int count = stepCount();
    if (count == 0)
        return;
    const int clamped = qBound(0, step, count - 1);
    if (clamped == m_step)
        return;
    m_step = clamped;
    updateStep();
    emit stepChanged(m_step, currentStateId());
}

void TrainerWindow::selectRoute(const QString& routeId)
{
    const bool known = std::any_of(m_plan.routes.begin(), m_plan.routes.end(),
                                   [&routeId](const core::Route& r) { return r.id == routeId; });
    if (routeId == m_routeId || !known)
        return;
    m_routeId = routeId;
    {
        const QSignalBlocker block(m_routeCombo);
        m_routeCombo->setCurrentIndex(m_routeCombo->findData(m_routeId));
    }
    m_step = 0;
    m_graphWidget->setSelectedRoute(m_routeId);
    updateStep();
    emit routeChanged(m_routeId);
    emit stepChanged(m_step, currentStateId());
}

void TrainerWindow::setWhatIf(WhatIf which, bool on)
{
    m_whatIf[which]->setChecked(on);
}

void TrainerWindow::replan()
{
    m_profile = m_base;
    if (m_touched[CertificationStandardExists])
        m_profile.setValue(QStringLiteral("certification_standard"),
                           m_whatIf[CertificationStandardExists]->isChecked() ? QStringLiteral("exists")
                                                                              : QStringLiteral("none"));
    if (m_touched[AiUpdatedAfterApproval]) {
        const bool ai = m_whatIf[AiUpdatedAfterApproval]->isChecked();
        m_profile.setValue(QStringLiteral("software.will_update_after_approval"), ai);
        if (ai)
            m_profile.setValue(QStringLiteral("software.uses_ai"), true);
    }
    if (m_touched[ExploratoryDataOnly])
        m_profile.setValue(QStringLiteral("evidence.exploratory_data_only"),
                           m_whatIf[ExploratoryDataOnly]->isChecked());
    m_controller->request(m_profile);
}

bool TrainerWindow::waitForPlan(int timeoutMs)
{
    return m_controller->waitForIdle(timeoutMs);
}

void TrainerWindow::applyPlan(const core::Plan& plan)
{
    const QString oldState = currentStateId();
    const QString oldRoute = m_routeId;
    m_plan = plan;
    if (!route())
        m_routeId = m_plan.routes.empty() ? QString() : m_plan.routes.front().id;
    // Stay on the same state if the new route still visits it.
    if (const core::Route* r = route()) {
        const int i = int(r->states.indexOf(oldState));
        m_step = i >= 0 ? i : qBound(0, m_step, int(r->states.size()) - 1);
    } else {
        m_step = 0;
    }
    {
        const QSignalBlocker block(m_routeCombo);
        m_routeCombo->clear();
        QHash<QString, QString> scenarioLabels;
        for (const core::Scenario& s : m_plan.scenarios)
            scenarioLabels.insert(s.id, s.label);
        for (const core::Route& r : m_plan.routes) {
            QString text = core::RuleText::routeName(r.label, scenarioLabels.value(r.scenario)) +
                           QStringLiteral(" — ") + Labels::months(r.months.p80) + QStringLiteral(" (P80)");
            if (!r.scenario.isEmpty())
                text += QStringLiteral(" (") +
                        core::RuleText::scenario(r.scenario, &m_planner->ruleset(), m_lang) +
                        QLatin1Char(')');
            m_routeCombo->addItem(text, r.id);
        }
        m_routeCombo->setCurrentIndex(m_routeCombo->findData(m_routeId));
    }
    m_graphWidget->setPlan(m_plan);
    m_graphWidget->setSelectedRoute(m_routeId);
    if (!m_whatIfBefore.isEmpty()) {
        const core::Route* now = route();
        m_whatIfResult->setText(tr("What if: before %1 → after %2")
                                    .arg(m_whatIfBefore, now ? routeSummary(*now) : tr("no route")));
        m_whatIfResult->show();
        m_whatIfBefore.clear();
    }
    updateStep();
    if (oldRoute != m_routeId)
        emit routeChanged(m_routeId);
    if (oldState != currentStateId())
        emit stepChanged(m_step, currentStateId());
}

void TrainerWindow::updateStep()
{
    const core::Route* r = route();
    const core::Ruleset& rs = m_planner->ruleset();
    if (!r || r->states.isEmpty()) {
        m_stepLabel->setText(QString());
        m_stateTitle->setText(m_controller->isBusy() ? tr("Planning…") : tr("No route for this product"));
        m_narration->setText(m_plan.warnings.join(QLatin1Char('\n')));
        return;
    }
    const QString stateId = r->states[m_step];
    const core::StateDef* state = rs.state(stateId);
    m_stepLabel->setText(tr("Step %1 of %2").arg(m_step + 1).arg(r->states.size()));
    m_stateTitle->setText(state ? state->label.in(m_lang) : stateId);
    QStringList parts;
    if (m_step > 0 && m_step - 1 < r->transitions.size()) {
        if (const core::TransitionDef* t = rs.transition(r->transitions[m_step - 1])) {
            QString via = t->label.in(m_lang);
            const QString tn = t->narration.in(m_lang);
            if (!tn.isEmpty())
                via = tr("%1: %2", "transition label: its narration").arg(via, tn);
            parts << QStringLiteral("→ ") + via;
        }
    }
    if (state && !state->narration.isEmpty())
        parts << state->narration.in(m_lang);
    if (const QString figures = stepFigures(*r); !figures.isEmpty())
        parts << figures;
    m_narration->setText(parts.join(QStringLiteral("\n\n")));
    m_graphWidget->focusState(stateId);
}

bool TrainerWindow::handleKey(int key, QObject* target)
{
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
        next();
        return true;
    case Qt::Key_Space:
        if (qobject_cast<QCheckBox*>(target))
            return false; // Space toggles a focused what-if
        next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        previous();
        return true;
    case Qt::Key_Home:
        goTo(0);
        return true;
    case Qt::Key_End:
        goTo(stepCount() - 1);
        return true;
    case Qt::Key_Escape:
        close();
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setTextScale(m_fontScale * 1.1);
        return true;
    case Qt::Key_Minus:
        setTextScale(m_fontScale / 1.1);
        return true;
    default:
        return false;
    }
}

void TrainerWindow::keyPressEvent(QKeyEvent* event)
{
    if (!handleKey(event->key(), this))
        QWidget::keyPressEvent(event);
}

bool TrainerWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        // An open route list keeps its own arrows.
        if (!(watched == m_routeCombo && m_routeCombo->view() && m_routeCombo->view()->isVisible()) &&
            handleKey(key->key(), watched))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TrainerWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace shirube::ui
