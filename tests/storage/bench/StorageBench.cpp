// SPDX-License-Identifier: Apache-2.0
// Opens and saves a 1,000-product project. Each product carries a real profile (the bundled examples,
// renamed) with an override, a milestone and the real plan the planner makes for it (a plan is
// 12–48 KB of JSON), so the file is the size a consultant's portfolio would be.
//
//   shirube_storage_bench [--benchmark_repetitions=5]
// Goal (issue 5): open <= 300 ms and save <= 300 ms, Release build.

#include "core/planning/Plan.h"
#include "core/planning/Planner.h"
#include "core/rules/RulesetLoader.h"
#include "core/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>

using namespace shirube;

namespace {

constexpr int kProducts = 1000;

core::Project makeProject()
{
    core::Result<core::RulesetPtr> ruleset = core::RulesetLoader::loadBuiltin();
    if (!ruleset.ok()) {
        std::fprintf(stderr, "ruleset: %s\n", qPrintable(ruleset.error().toString()));
        std::exit(1);
    }
    const core::Planner planner(ruleset.value());
    std::vector<core::Product> templates;
    const QStringList examples = QDir(QStringLiteral(":/examples")).entryList({QStringLiteral("*.json")});
    for (const QString& name : examples) {
        QFile f(QStringLiteral(":/examples/") + name);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        core::Result<core::Profile> profile = core::Profile::parse(f.readAll());
        if (!profile.ok())
            continue;
        core::PlanOptions options;
        options.samples = 1000;
        options.asOfYear = 2025;
        options.asOfMonth = 4;
        const core::Plan plan = planner.plan(profile.value(), options);
        core::Product p;
        p.profile = profile.value();
        p.rulesetId = plan.rulesetId;
        p.rulesetVersion = plan.rulesetVersion;
        p.planSnapshot = core::planToJson(plan);
        p.selectedRoute = plan.routes.empty() ? QString() : plan.routes.front().id;
        p.overrides.push_back(core::Override{QStringLiteral("clinical_trial"),
                                             {},
                                             core::ThreePoint{6, 9, 14},
                                             30000000,
                                             QStringLiteral("CRO quote")});
        p.milestones.push_back(core::Milestone{QStringLiteral("pmda_consultation_pre_development"),
                                               {},
                                               QDate(2025, 3, 14),
                                               QStringLiteral("minutes received")});
        templates.push_back(std::move(p));
    }
    if (templates.empty()) {
        std::fprintf(stderr, "no example profiles found in :/examples\n");
        std::exit(1);
    }
    core::Project project;
    project.meta.title = QStringLiteral("Benchmark portfolio");
    project.meta.clients = {QStringLiteral("Client A"), QStringLiteral("Client B")};
    for (int i = 0; i < kProducts; ++i) {
        core::Product p = templates[size_t(i) % templates.size()];
        p.name = p.profile.name() + QStringLiteral(" #") + QString::number(i + 1);
        p.notes = QStringLiteral("variant %1").arg(i);
        project.addProduct(std::move(p));
    }
    return project;
}

const core::Project& project()
{
    static const core::Project p = makeProject();
    return p;
}

QString benchFile()
{
    static QTemporaryDir dir;
    return dir.filePath(QStringLiteral("portfolio.shirube"));
}

void BM_Save1000(benchmark::State& state)
{
    const core::Project& p = project();
    for (auto _ : state) {
        if (std::optional<core::Error> e = core::ProjectFile::save(p, benchFile()))
            state.SkipWithError(qPrintable(e->toString()));
    }
    state.counters["file_MB"] = double(QFileInfo(benchFile()).size()) / 1e6;
}

void BM_Open1000(benchmark::State& state)
{
    if (!QFile::exists(benchFile()))
        core::ProjectFile::save(project(), benchFile());
    for (auto _ : state) {
        core::OpenResult r = core::ProjectFile::open(benchFile());
        if (!r.ok() || r.value().project.products.size() != size_t(kProducts))
            state.SkipWithError("open failed");
        benchmark::DoNotOptimize(r);
    }
}

// The parts: building the file image in memory, and checking + loading it (no disk).
void BM_ToBytes1000(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(core::ProjectFile::toBytes(project()));
}

void BM_OpenBytes1000(benchmark::State& state)
{
    const QByteArray bytes = core::ProjectFile::toBytes(project()).value();
    for (auto _ : state)
        benchmark::DoNotOptimize(core::ProjectFile::openBytes(bytes));
}

BENCHMARK(BM_Save1000)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_Open1000)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_ToBytes1000)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_OpenBytes1000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    project(); // build outside the timings
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
