// SPDX-License-Identifier: Apache-2.0
#include "tests/ui/support/UiTestSupport.h"

#include "core/rules/RulesetLoader.h"
#include "ui/ExamplesGallery.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/PlanController.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

namespace shirube::test {

core::RulesetPtr builtinRuleset()
{
    static core::RulesetPtr ruleset = [] {
        auto loaded = core::RulesetLoader::loadBuiltin();
        if (!loaded) {
            ADD_FAILURE() << "built-in ruleset: " << loaded.error().toString().toStdString();
            return core::RulesetPtr();
        }
        return loaded.value();
    }();
    return ruleset;
}

std::shared_ptr<const core::Planner> planner()
{
    static auto p = std::make_shared<const core::Planner>(builtinRuleset());
    return p;
}

std::unique_ptr<ui::MainWindow> makeWindow()
{
    ui::Language::instance().apply(core::Lang::En);
    auto window = std::make_unique<ui::MainWindow>(builtinRuleset());
    window->resize(1366, 768);
    window->show();
    EXPECT_TRUE(window->waitForPlan());
    return window;
}

core::Plan corePlan(const core::Profile& profile, core::Lang lang)
{
    core::PlanOptions options;
    options.lang = lang;
    return planner()->plan(profile, options);
}

QStringList routeSignature(const core::Plan& plan)
{
    QStringList out;
    for (const core::Route& r : plan.routes)
        out << r.id + QStringLiteral(": ") + r.transitions.join(QLatin1Char(','));
    return out;
}

core::Profile simpleHardwareProfile()
{
    core::Profile p;
    p.setName(QStringLiteral("Test thermometer"));
    p.setValue(QStringLiteral("kind"), QStringLiteral("hardware"));
    p.setValue(QStringLiteral("novelty"), QStringLiteral("improved"));
    p.setValue(QStringLiteral("clinical_data"), QStringLiteral("not_required"));
    p.setValue(QStringLiteral("certification_standard"), QStringLiteral("none"));
    p.setValue(QStringLiteral("hardware.invasiveness"), QStringLiteral("non_invasive"));
    p.setValue(QStringLiteral("hardware.duration"), QStringLiteral("transient"));
    p.setValue(QStringLiteral("hardware.anatomy"), QStringLiteral("general"));
    p.setValue(QStringLiteral("hardware.active"), QStringLiteral("none"));
    p.setValue(QStringLiteral("hardware.hazardous_energy_or_vital_monitoring"), false);
    // The rare hazard checklist is left blank, as a founder leaves it: none ticked, none applies.
    p.setValue(QStringLiteral("hardware.blood_or_fluid_contact"), QStringLiteral("none"));
    p.setValue(QStringLiteral("hardware.wound_contact"), QStringLiteral("none"));
    p.setValue(QStringLiteral("applicant.type"), QStringLiteral("startup"));
    p.setValue(QStringLiteral("applicant.has_marketing_license"), false);
    p.setValue(QStringLiteral("applicant.has_qms"), false);
    p.setValue(QStringLiteral("stage"), QStringLiteral("nonclinical"));
    p.setValue(QStringLiteral("goals.insurance_coverage"), true);
    return p;
}

core::Profile profileWithRoutes(int routes)
{
    std::vector<core::Profile> candidates;
    for (const auto& e : ui::ExamplesGallery::examples())
        candidates.push_back(e.profile);
    candidates.push_back(simpleHardwareProfile());
    for (const core::Profile& p : candidates) {
        if (int(corePlan(p).routes.size()) >= routes)
            return p;
    }
    ADD_FAILURE() << "no example has " << routes << " routes";
    return simpleHardwareProfile();
}

QString freshDirectory(const QString& name)
{
    QDir dir(QStringLiteral(SHIRUBE_TEST_BINARY_DIR "/") + name);
    dir.removeRecursively();
    QDir().mkpath(dir.path());
    return dir.path();
}

core::Profile exampleProfile(const QString& resourceOrName)
{
    const QString path =
        resourceOrName.startsWith(QLatin1Char(':')) || resourceOrName.startsWith(QLatin1Char('/'))
            ? resourceOrName
            : QStringLiteral(":/examples/") + resourceOrName + QStringLiteral(".json");
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    auto profile = core::Profile::parse(file.readAll());
    EXPECT_TRUE(profile.ok()) << path.toStdString();
    return profile.ok() ? profile.value() : core::Profile();
}

} // namespace shirube::test
