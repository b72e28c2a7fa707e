// SPDX-License-Identifier: Apache-2.0
// Screenshots of the state-graph view alone with the built-in ruleset, a bundled example planned and its
// fastest route highlighted, in English and Japanese: <build>/tests/ui/screenshots/graphview-*-{en,ja}.png.
// The test checks what the picture must show; a person looks at the PNGs for legibility.

#include "core/planning/Planner.h"
#include "core/profile/Profile.h"
#include "core/rules/RulesetLoader.h"
#include "ui/Language.h"
#include "ui/graph/GraphCanvas.h"
#include "ui/graph/GraphDetailsPane.h"
#include "ui/graph/GraphView.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTest>

#include <gtest/gtest.h>

using namespace shirube;

namespace {

core::Profile example(const char* name)
{
    QFile file(QStringLiteral(":/examples/%1.json").arg(QString::fromUtf8(name)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    auto profile = core::Profile::parse(file.readAll());
    EXPECT_TRUE(profile.ok()) << name;
    return profile.ok() ? profile.value() : core::Profile();
}

QString screenshotDir()
{
    const QString dir = QStringLiteral(SHIRUBE_TEST_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class GraphScreenshot : public ::testing::TestWithParam<core::Lang>
{
};

TEST_P(GraphScreenshot, GraphWithTheFastestRouteHighlighted)
{
    const core::Lang lang = GetParam();
    const auto loaded = core::RulesetLoader::loadBuiltin();
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    const core::RulesetPtr ruleset = loaded.value();
    const core::Planner planner(ruleset);
    core::PlanOptions options;
    options.lang = lang;
    const core::Plan plan = planner.plan(example("gram-stain-image-ai"), options);
    ASSERT_FALSE(plan.routes.empty());

    ui::Language::instance().apply(lang); // the view's own strings, as the user would see them
    ui::GraphView view;
    view.setLanguage(lang);
    view.setRuleset(ruleset);
    view.setPlan(plan);
    view.setSelectedRoute(plan.routes.front().id);
    view.resize(1600, 900);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_EQ(view.highlightedTransitions(), plan.routes.front().transitions);

    // Open the details of the route's main review step, as a user would by clicking it.
    const QString transition =
        plan.routes.front().transitions.value(plan.routes.front().transitions.size() / 2);
    const auto pos = view.elementScenePos(QStringLiteral("transition"), transition);
    ASSERT_TRUE(pos.has_value());
    QTest::mouseClick(view.canvas()->viewport(), Qt::LeftButton, {}, view.canvas()->mapFromScene(*pos));
    EXPECT_EQ(view.detailsPane()->id(), transition);

    const QImage image = view.grab().toImage();
    ASSERT_FALSE(image.isNull());
    const QString file = screenshotDir() + (lang == core::Lang::Ja ? QStringLiteral("/graphview-ja.png")
                                                                   : QStringLiteral("/graphview-en.png"));
    ASSERT_TRUE(image.save(file)) << file.toStdString();

    // At 100 % around the route's review, where a user reads the labels.
    view.canvas()->zoomBy(1.0 / view.canvas()->zoomLevel());
    view.canvas()->centerOn(*pos);
    const QString zoomed =
        screenshotDir() + (lang == core::Lang::Ja ? QStringLiteral("/graphview-zoom-ja.png")
                                                  : QStringLiteral("/graphview-zoom-en.png"));
    ASSERT_TRUE(view.grab().toImage().save(zoomed));

    // The whole graph on a large screen: a second, larger picture.
    view.resize(2400, 1300);
    view.setDetailsPaneVisible(false);
    QCoreApplication::processEvents();
    view.zoomToFit();
    const QString full =
        screenshotDir() + (lang == core::Lang::Ja ? QStringLiteral("/graphview-full-ja.png")
                                                  : QStringLiteral("/graphview-full-en.png"));
    ASSERT_TRUE(view.grab().toImage().save(full));
    ui::Language::instance().apply(core::Lang::En);
}

INSTANTIATE_TEST_SUITE_P(Languages, GraphScreenshot, ::testing::Values(core::Lang::En, core::Lang::Ja),
                         [](const ::testing::TestParamInfo<core::Lang>& param) {
                             return param.param == core::Lang::Ja ? "ja" : "en";
                         });
