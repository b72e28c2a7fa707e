// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/Text.h"
#include "core/rules/Expr.h"
#include "core/rules/Facts.h"

#include <QHash>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace shirube::core {

// The ruleset in memory: the regulatory system and funding schemes as data, loaded from
// resources/ruleset/*.json (format: resources/ruleset/FORMAT.md). Expressions are parsed against
// `facts`, which must therefore outlive them: a Ruleset is held by shared_ptr and never copied.

struct SourceRef
{
    QString key;   // "JQA", "seed#H7"
    QString title; // human title
    QString url;   // may be empty (the seed)
};

struct ActivityDef
{
    QString id; // stable ids of vocabulary.md, plus any the ruleset adds
    LocalText name;
    LocalText description;
    Provenance provenance;
};

struct StateDef
{
    QString id;
    LocalText label;
    LocalText narration; // what a trainer says when the route reaches this state
    QString phase;       // "development" | "regulatory" | "market" | "overseas" (layout grouping)
    Provenance provenance;
};

struct StepDef
{
    QString activity;
    ThreePoint months;
    ThreePoint costJpy;
    bool parallel = false;    // runs alongside the transition's sequential steps
    std::optional<Expr> when; // the step applies only when this is not False
    // A numeric profile field whose value is added to min, likely and max when it is known (a trial's
    // follow-up, the months a running trial has left); empty when none. `monthsPlusSlot` is its fact slot.
    QString monthsPlus;
    int monthsPlusSlot = -1;
    LocalText note;
    Provenance provenance; // of the duration and cost
};

struct TransitionDef
{
    QString id;
    QString from;
    QString to;
    std::optional<Expr> when; // guard; absent = always
    QString designation;      // non-empty: this segment uses that designation (needs eligibility != no)
    QString tag; // non-empty: names the route alternative ("sakigake", "idaten", "two_stage" …)
    LocalText label;
    LocalText narration;
    std::vector<StepDef> steps;
    Provenance provenance;
};

struct Criterion
{
    Expr when;
    bool required = true; // false: preferred (a False makes the fit weaker, not absent)
    LocalText text;
    // True: the answers it reads must be given; an unknown counts as not met (the reason says which
    // answer is missing). For requirements a product must state, such as a patient count.
    bool needsAnswer = false;
};

// How often a selective designation is granted to a product that applies, from the public record
// (designations a year against applications or approvals), and what an attempt that fails costs.
struct BaseRate
{
    double p = 1;             // 0..1
    LocalText basis;          // "3 of 14 applicants chosen in the first round (2023)"
    ThreePoint attemptMonths; // months lost when the designation is not granted
    Provenance provenance;
};

struct DesignationDef
{
    QString id;
    LocalText name;
    QString grant; // "elective" (yes when all criteria hold) | "selection" (likely at best)
    LocalText effect;
    std::vector<Criterion> criteria;
    Provenance provenance;
    std::optional<BaseRate> baseRate; // required for "selection"
};

// The most likely answer to a question left blank, in a situation: the plan's headline uses it and
// says so. Tried in file order; the first whose `when` holds for a path gives its answer.
struct TypicalAnswer
{
    QString path; // profile field path
    int slot = -1;
    std::optional<Expr> when;
    FactValue value;
    QJsonValue json; // the same value as the profile would hold it
    LocalText basis;
    Provenance provenance;
};

struct FundingArea
{
    QString id; // burden_reduction …
    LocalText name;
    std::vector<Criterion> criteria;
};

struct FundingScheme
{
    QString id;
    LocalText name;
    QString ministry; // MHLW | METI | MEXT
    bool amed = false;
    int fy = 2025;
    std::optional<qint64> budgetJpy;
    LocalText budgetNote;
    QStringList applicants; // profile applicant.type values
    QStringList stages;     // profile stage values
    std::vector<Criterion> criteria;
    std::vector<FundingArea> areas;
    QStringList coversActivities;
    Provenance provenance;
};

// Classification rules. For a group, every rule whose `when` holds proposes its class; the highest wins.
struct ClassRule
{
    QString id;
    QString group; // "hardware" | "software" | "ivd" | "not_device"
    Expr when;
    int deviceClass = 0; // 1..4; 0 for not_device rules
    LocalText text;
    Provenance provenance;
};

// First matching rule wins, in file order.
struct OutcomeRule
{
    QString id;
    Expr when;
    QString outcome; // procedure id or review category id
    LocalText text;
    Provenance provenance;
};

struct TargetDef
{
    QString state;
    Expr when;
    LocalText label;
};

struct QuestionDef
{
    QString path; // profile field path
    LocalText label;
    LocalText help;
    // The question matters only when this holds (not False): on other branches it is not asked.
    std::optional<Expr> askWhen;
    QMap<QString, LocalText> values; // enum value -> label
};

struct Ruleset
{
    QString schema;  // "shirube.ruleset/1"
    QString id;      // "jp-pmd"
    QString version; // "2025.1"
    LocalText title;
    std::unique_ptr<FactTable> facts; // expressions point into it

    std::vector<SourceRef> sources;
    std::vector<ActivityDef> activities;
    std::vector<StateDef> states;
    QMap<QString, QString> stageStates; // profile stage -> start state
    std::vector<TargetDef> targets;
    std::vector<TransitionDef> transitions;
    std::vector<ClassRule> classRules;
    std::vector<OutcomeRule> procedureRules;
    std::vector<OutcomeRule> reviewCategoryRules;
    std::vector<DesignationDef> designations;
    std::vector<FundingScheme> funding;
    std::vector<QuestionDef> questions;
    std::vector<TypicalAnswer> typicalAnswers;

    const ActivityDef* activity(const QString& id) const;
    const StateDef* state(const QString& id) const;
    const TransitionDef* transition(const QString& id) const;
    const DesignationDef* designation(const QString& id) const;
    const FundingScheme* scheme(const QString& id) const;
    const QuestionDef* question(const QString& path) const;
    const SourceRef* source(const QString& key) const;
    // "JQA, 医薬品医療機器等法に基づく認証 — https://…" for a source field that is a key; the text itself
    // otherwise.
    QString expandSource(const QString& source) const;
};

using RulesetPtr = std::shared_ptr<const Ruleset>;

} // namespace shirube::core
