// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/planning/Plan.h"
#include "core/planning/Planner.h"
#include "core/profile/Profile.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace shirube::ui {

class GraphView;
class PlanController;

// Trainer mode: full screen, large type. Steps through the selected route state by state on the
// graph, reading the ruleset's narration for each step (ja/en). →, PageDown, Space: next; ←, PageUp,
// Backspace: back (presentation clickers send PageUp/PageDown); Home/End; Esc leaves. What-if toggles
// (a certification standard exists, the AI is updated after approval, only exploratory data) change a
// copy of the profile and re-plan live; the user's own profile is never touched. Until a toggle is
// used, the plan is the profile's own.
class TrainerWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainerWindow)

public:
    enum WhatIf
    {
        CertificationStandardExists,
        AiUpdatedAfterApproval,
        ExploratoryDataOnly,
        WhatIfCount
    };

    // `initialPlan`, when given, is the plan of `profile` already computed (the main window's), shown at
    // once; otherwise the window plans in the background and shows the route when it is ready.
    TrainerWindow(std::shared_ptr<const core::Planner> planner, const core::Profile& profile,
                  const QString& routeId, const core::Plan* initialPlan = nullptr, QWidget* parent = nullptr);
    ~TrainerWindow() override;

    void setLanguage(core::Lang lang);
    void retranslate();

    int stepIndex() const { return m_step; }
    int stepCount() const;
    QString currentStateId() const;
    QString routeId() const { return m_routeId; }
    const core::Plan& plan() const { return m_plan; }
    const core::Profile& whatIfProfile() const { return m_profile; }
    QString narration() const;

    void next();
    void previous();
    void goTo(int step);
    void selectRoute(const QString& routeId);

    QCheckBox* whatIfBox(WhatIf which) const { return m_whatIf[which]; }
    void setWhatIf(WhatIf which, bool on);
    // Runs the event loop until the newest what-if plan is shown.
    bool waitForPlan(int timeoutMs = 60000);
    QWidget* graphWidget() const;
    GraphView* graphView() const;

    // "Before → after" of the last what-if: route, P80 months and cost; empty until one is toggled.
    QString whatIfResult() const;
    // Text size: 1.0 is the default; the graph's labels follow (presentation size).
    void setTextScale(double scale);
    double textScale() const { return m_fontScale; }

signals:
    // The presenter asked for the other language (the main window switches both windows).
    void languageRequested(shirube::core::Lang lang);
    void stepChanged(int step, const QString& stateId);
    void routeChanged(const QString& routeId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    bool handleKey(int key, QObject* target);
    void applyPlan(const core::Plan& plan);
    void updateStep();
    void updateFonts();
    void replan();
    const core::Route* route() const;
    QString routeSummary(const core::Route& r) const;
    QString stepFigures(const core::Route& r) const;
    void updateWhatIfChoices();

    std::shared_ptr<const core::Planner> m_planner;
    PlanController* m_controller = nullptr;
    core::Profile m_base;
    core::Profile m_profile;
    core::Plan m_plan;
    QString m_routeId;
    int m_step = 0;
    core::Lang m_lang = core::Lang::En;
    double m_fontScale = 1.0;

    QLabel* m_routeLabel = nullptr;
    QComboBox* m_routeCombo = nullptr;
    QLabel* m_stepLabel = nullptr;
    QLabel* m_stateTitle = nullptr;
    QLabel* m_narration = nullptr;
    QLabel* m_keysHint = nullptr;
    QLabel* m_whatIfTitle = nullptr;
    QLabel* m_whatIfResult = nullptr;
    QString m_whatIfBefore; // the route summary when a what-if was toggled, until its plan arrives
    QPushButton* m_languageButton = nullptr;
    QToolButton* m_smaller = nullptr;
    QToolButton* m_larger = nullptr;
    QCheckBox* m_whatIf[WhatIfCount] = {};
    bool m_touched[WhatIfCount] = {}; // only toggled what-ifs override the profile's own answers
    GraphView* m_graphWidget = nullptr;
};

} // namespace shirube::ui
