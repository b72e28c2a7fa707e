// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/planning/Plan.h"
#include "core/rules/Ruleset.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QTextBrowser;

namespace shirube::ui {

class ProfileModel;
class RationaleModel;

// The classification at a glance: the headline's class, procedure (届出/認証/承認) and review category;
// when unknown answers decide it, "what decides this"; the typical answers the headline assumes (each
// with its basis and confidence mark, linked to the question that settles it); what the alternatives
// give; and the rationale trace with sources and confidence marks. Links jump to the questions
// (questionRequested).
class ClassificationCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassificationCard)

public:
    ClassificationCard(ProfileModel* profileModel, QWidget* parent = nullptr);

    void setRuleset(core::RulesetPtr ruleset);
    void setPlan(const core::Plan& plan);
    void retranslate();

    QString classText() const;
    QString procedureText() const;
    // "Generic name: … (JMDN …)" when the plan's class comes from a generic name, else empty.
    QString genericNameText() const;
    // The card's document as plain text: the assumed answers, the alternatives, the rationale.
    QString detailsText() const;
    RationaleModel* rationaleModel() const { return m_rationale; }

signals:
    void questionRequested(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void showRationale();

    QPointer<ProfileModel> m_profileModel;
    core::RulesetPtr m_ruleset;
    core::Plan m_plan;
    bool m_hasPlan = false;
    RationaleModel* m_rationale = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_classCaption = nullptr;
    QLabel* m_classValue = nullptr;
    QLabel* m_procedureCaption = nullptr;
    QLabel* m_procedureValue = nullptr;
    QLabel* m_categoryCaption = nullptr;
    QLabel* m_categoryValue = nullptr;
    QLabel* m_genericName = nullptr; // the generic name the class comes from, and any disagreement
    QLabel* m_decides = nullptr;
    QLabel* m_warnings = nullptr;
    QTextBrowser* m_rationaleView = nullptr;
    QString m_rationaleHtml;
    QString m_assumedHtml; // the assumed answers and the alternatives, above the rationale
};

} // namespace shirube::ui
