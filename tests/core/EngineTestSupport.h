// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small rulesets built in code for the classifier and eligibility tests.

#include "core/profile/Profile.h"
#include "core/rules/Ruleset.h"

#include <QJsonArray>
#include <QJsonValue>

#include <gtest/gtest.h>
#include <memory>

namespace shirube::test {

class RulesetBuilder
{
public:
    explicit RulesetBuilder(const QStringList& designationIds = {})
        : m_rs(std::make_shared<core::Ruleset>())
    {
        m_rs->facts = std::make_unique<core::FactTable>(designationIds);
    }

    core::Expr expr(const char* text) const
    {
        core::Result<core::Expr> e = core::Expr::parse(QString::fromUtf8(text), *m_rs->facts);
        EXPECT_TRUE(e.ok()) << text << ": " << (e.ok() ? std::string() : e.error().message.toStdString());
        return e.ok() ? e.value() : core::Expr();
    }

    static core::LocalText text(const char* en)
    {
        return {QStringLiteral("（") + QString::fromUtf8(en) + QStringLiteral("）"), QString::fromUtf8(en)};
    }
    static core::Provenance source(const char* key = "TEST", core::Confidence c = core::Confidence::Known)
    {
        return {QString::fromUtf8(key), c};
    }

    RulesetBuilder& classRule(const char* id, const char* group, int deviceClass, const char* when)
    {
        m_rs->classRules.push_back(
            {QString::fromUtf8(id), QString::fromUtf8(group), expr(when), deviceClass, text(id), source(id)});
        return *this;
    }
    RulesetBuilder& procedure(const char* id, const char* when, const char* outcome)
    {
        m_rs->procedureRules.push_back(
            {QString::fromUtf8(id), expr(when), QString::fromUtf8(outcome), text(id), source(id)});
        return *this;
    }
    RulesetBuilder& reviewCategory(const char* id, const char* when, const char* outcome)
    {
        m_rs->reviewCategoryRules.push_back(
            {QString::fromUtf8(id), expr(when), QString::fromUtf8(outcome), text(id), source(id)});
        return *this;
    }
    core::Criterion criterion(const char* when, bool required = true, const char* en = nullptr) const
    {
        return {expr(when), required, text(en ? en : when)};
    }

    core::Ruleset& ruleset() { return *m_rs; }
    std::shared_ptr<const core::Ruleset> build() const { return m_rs; }

private:
    std::shared_ptr<core::Ruleset> m_rs;
};

inline std::string str(const QStringList& list)
{
    return list.join(QStringLiteral(", ")).toStdString();
}

// A profile from (path, value) pairs; values not given stay unknown.
inline core::Profile profile(std::initializer_list<std::pair<const char*, QJsonValue>> values)
{
    core::Profile p;
    p.setName(QStringLiteral("test product"));
    for (const auto& [path, value] : values)
        p.setValue(QString::fromUtf8(path), value);
    return p;
}

} // namespace shirube::test
