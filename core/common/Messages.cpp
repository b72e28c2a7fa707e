// SPDX-License-Identifier: Apache-2.0
#include "core/common/Messages.h"

#include <algorithm>

namespace shirube::core {

namespace {

struct Template
{
    QLatin1String code;
    const char* en;
    const char* ja;
};

// %1, %2 … are the message's arguments.
constexpr Template kTemplates[] = {
    {msg::NotADevice,
     "Not a medical device in Japan: no regulatory route applies; the funding that fits is still listed.",
     "日本では医療機器に該当しないため、規制上のルートはありません（該当する支援制度は表示します）。"},
    {msg::NoGoal, "No goal applies with these answers.", "この回答では目標となる状態がありません。"},
    {msg::NoRouteReaches, "No route reaches “%1” with these answers.",
     "この回答では「%1」に到達できません。"},
    {msg::AlreadyAtGoal, "Already at the goal: %1.", "すでに目標に到達しています: %1。"},
    {msg::NoSingleRoute, "No single route reaches all of: %1.",
     "すべての目標（%1）に到達するルートがありません。"},
    {msg::NoStartState, "The ruleset has no start state for the stage “%1”.",
     "ルールセットに段階「%1」の開始状態がありません。"},
    {msg::SearchStopped, "The route search stopped after %1 paths.", "経路の探索を %1 件で打ち切りました。"},
    {msg::TargetNotAfterStart, "The target date %1 is not after the plan's start %2.",
     "目標時期 %1 は計画開始 %2 より後ではありません。"},
    {msg::NoRouteInBudget, "No route fits the budget of %1 at its P80 cost.",
     "P80 費用で予算 %1 に収まるルートがありません。"},
    {msg::OverBudget, "Over the budget of %1 at P80 cost: %2.", "P80 費用で予算 %1 を超えるルート: %2。"},
    {msg::KnownClassNotDevice,
     "The known class (%1) overrides the rules, which say this is not a medical device.",
     "既知のクラス（%1）を優先しています。規則では医療機器に該当しません。"},
    {msg::KnownClassDiffers, "The known class (%1) overrides the class the rules give (%2).",
     "既知のクラス（%1）を、規則によるクラス（%2）より優先しています。"},
    {msg::NoClassRule, "No classification rule matches this kind of product (%1).",
     "この種類の製品（%1）に当てはまる分類規則がありません。"},
    {msg::AnswerFirst, "Answer these questions first: %1.", "次の質問に先に回答してください: %1。"},
    {msg::StandardRoute, "Standard route", "標準ルート"},
    {msg::StandardRouteNamed, "Standard route — %1", "標準ルート — %1"},
    {msg::HazardsNone,
     "None of the rare hazards was ticked (medicinal substance, animal or human tissue, contraception, "
     "disinfecting other devices, life-sustaining): taken as not applying.",
     "まれな該当事項（医薬品の含有、動物・ヒト由来の組織、避妊・性感染症予防、他の機器の消毒、生命維持）に"
     "チェックがないため、いずれも該当しないものとしています。"},
    {msg::IfGranted, "if %1 is granted (chance about %2 %)", "%1 の指定を受けた場合（可能性 約%2%）"},
    {msg::OverrideUsed, "Your own estimate for “%1” replaces the ruleset's figures.",
     "「%1」はルールセットの数値の代わりに、あなたの見積りを使っています。"},
    {msg::OverrideUnused, "Your own estimate for “%1” is not used: no route of this plan has that step.",
     "「%1」に対するあなたの見積りは使われていません。この計画のルートにその工程がありません。"},
};

} // namespace

QString renderMessage(const PlanMessage& m, Lang lang)
{
    const auto* t = std::find_if(std::begin(kTemplates), std::end(kTemplates),
                                 [&m](const Template& x) { return m.code == x.code; });
    if (t == std::end(kTemplates))
        return m.args.isEmpty() ? m.code : m.code + QStringLiteral(": ") + m.args.join(QStringLiteral(", "));
    QString text = QString::fromUtf8(lang == Lang::Ja ? t->ja : t->en);
    for (const QString& a : m.args)
        text = text.arg(a);
    return text;
}

QStringList renderMessages(const std::vector<PlanMessage>& messages, Lang lang)
{
    QStringList out;
    out.reserve(qsizetype(messages.size()));
    for (const PlanMessage& m : messages)
        out << renderMessage(m, lang);
    return out;
}

void addMessage(std::vector<PlanMessage>& list, PlanMessage m)
{
    if (std::find(list.begin(), list.end(), m) == list.end())
        list.push_back(std::move(m));
}

} // namespace shirube::core
