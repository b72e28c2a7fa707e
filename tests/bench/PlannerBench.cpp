// SPDX-License-Identifier: Apache-2.0
// Timings with goals (shared brief): a full plan of one profile (every route, Pareto, 10,000-sample
// Monte Carlo, funding) <= 5 ms median; ruleset load + validate <= 20 ms; 10,000 generated profiles
// through the planner at the batch sample count (core::kBatchSamples) <= 5 s on one core.

#include "core/planning/DrawCache.h"
#include "core/planning/MonteCarlo.h"
#include "core/planning/Planner.h"
#include "core/profile/ProfileSchema.h"
#include "core/rules/RulesetLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <stdexcept>

#include "tests/bench/ProfileGenerator.h"

using namespace shirube::core;

namespace shirube::bench {

namespace {

QByteArray builtinBytes()
{
    QFile f(RulesetLoader::builtinPath());
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read the built-in ruleset");
    return f.readAll();
}

const Planner& planner()
{
    static const Planner p = [] {
        Result<RulesetPtr> rs = RulesetLoader::loadBuiltin();
        if (!rs.ok())
            throw std::runtime_error("built-in ruleset: " + rs.error().toString().toStdString());
        return Planner(rs.value());
    }();
    return p;
}

PlanOptions options(int samples)
{
    PlanOptions o;
    o.samples = samples;
    o.asOfYear = 2025;
    o.asOfMonth = 4;
    return o;
}

void BM_RulesetLoadAndValidate(benchmark::State& state)
{
    const QByteArray bytes = builtinBytes();
    for (auto _ : state) {
        Result<RulesetPtr> rs = RulesetLoader::loadBytes(bytes);
        if (!rs.ok())
            state.SkipWithError("the built-in ruleset does not validate");
        benchmark::DoNotOptimize(rs);
    }
}
BENCHMARK(BM_RulesetLoadAndValidate)->Unit(benchmark::kMillisecond);

void planExample(benchmark::State& state, const Profile& profile)
{
    const Planner& p = planner();
    std::size_t routes = 0;
    for (auto _ : state) {
        // Cold: the thread's draw cache starts empty, as for a profile planned for the first time.
        state.PauseTiming();
        DrawCache::local().clear();
        state.ResumeTiming();
        Plan plan = p.plan(profile, options(10000));
        routes = plan.routes.size();
        benchmark::DoNotOptimize(plan);
    }
    state.counters["routes"] = double(routes);
}

// 10,000 generated profiles, each planned at the batch sample count and written as one JSON line,
// as `shirube-cli plan --batch` does. One iteration = the whole batch. Arg: the per-mille of answers
// left unknown (125: one in eight, the default mix; 0: fully answered profiles).
void BM_PlanBatch10k(benchmark::State& state)
{
    const std::vector<Profile> profiles = generateProfiles(10000, 20250401, double(state.range(0)) / 1000.0);
    const Planner& p = planner();
    const PlanOptions o = options(kBatchSamples);
    qint64 bytes = 0;
    for (auto _ : state) {
        DrawCache::local().clear(); // a batch starts with an empty cache, as a fresh process does
        bytes = 0;
        for (const Profile& profile : profiles) {
            const Plan plan = p.plan(profile, o);
            bytes += planToJsonBytes(plan, true).size() + 1;
        }
    }
    state.counters["profiles"] = double(profiles.size());
    state.counters["samples"] = double(o.samples);
    state.counters["MB_out"] = double(bytes) / 1e6;
}
BENCHMARK(BM_PlanBatch10k)->Arg(125)->Arg(0)->Unit(benchmark::kSecond)->Iterations(1);

// The planning alone (no JSON), per profile, over 500 generated profiles in turn on one thread, so
// the draw cache holds what earlier profiles drew, as in a batch or a GUI session. Args: samples,
// per-mille of answers left unknown. {10000, 125} is the GUI's case (it plans on every answer);
// {1000, …} the batch's planning share; {1, …} everything but the Monte Carlo.
void BM_PlanGenerated(benchmark::State& state)
{
    const std::vector<Profile> profiles = generateProfiles(500, 7, double(state.range(1)) / 1000.0);
    const Planner& p = planner();
    const PlanOptions o = options(int(state.range(0)));
    std::size_t i = 0;
    for (auto _ : state) {
        Plan plan = p.plan(profiles[i++ % profiles.size()], o);
        benchmark::DoNotOptimize(plan);
    }
}
BENCHMARK(BM_PlanGenerated)
    ->Args({10000, 125})
    ->Args({1000, 125})
    ->Args({1000, 0})
    ->Args({1, 0})
    ->Unit(benchmark::kMillisecond);

// The Monte Carlo kernel alone: a route of 4 transitions with 20 uncertain steps (months and cost
// each three-point, a quarter of them parallel), 10,000 samples.
void BM_SimulateRoute20Steps(benchmark::State& state)
{
    RouteModel model;
    for (int t = 0; t < 4; ++t) {
        model.beginTransition();
        for (int s = 0; s < 5; ++s)
            model.addStep(ThreePoint{1.0 + s, 2.0 + s, 4.0 + 2 * s}, ThreePoint{1e6, 2e6 + t * 1e5, 5e6},
                          s == 4);
    }
    std::uint64_t seed = 1;
    for (auto _ : state) {
        SimulationResult r = simulate(model, 10000, seed++, 30.0);
        benchmark::DoNotOptimize(r);
    }
    state.counters["draws_per_s"] =
        benchmark::Counter(double(state.iterations()) * 10000.0 * 40.0, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SimulateRoute20Steps)->Unit(benchmark::kMillisecond);

// The summary of one route's samples (mean, P50/P80 of months and cost, P(deadline)): what every
// route of a plan costs after its draws. Arg: the sample count.
void BM_Summarise(benchmark::State& state)
{
    const int n = int(state.range(0));
    RouteModel model;
    model.addStep(ThreePoint{2, 4, 9}, ThreePoint{1e6, 2e6, 6e6}, false);
    model.addStep(ThreePoint{1, 3, 4}, ThreePoint{5e5, 5e5, 9e5}, false);
    std::vector<double> months(std::size_t(n), 0.0);
    std::vector<double> costs(std::size_t(n), 0.0);
    drawSamples(model, n, 42, months.data(), costs.data());
    for (auto _ : state) {
        SimulationResult r = summarise(months.data(), costs.data(), n, 6.0);
        benchmark::DoNotOptimize(r);
    }
    state.counters["values_per_s"] =
        benchmark::Counter(double(state.iterations()) * 2.0 * n, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Summarise)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);

} // namespace

namespace {

std::vector<Profile> exampleProfiles()
{
    std::vector<Profile> out;
    const QDir dir(QStringLiteral(":/examples"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Result<Profile> profile = Profile::parse(f.readAll());
        if (profile.ok())
            out.push_back(profile.value());
    }
    return out;
}

} // namespace

int checkJsonBytes(int count)
{
    std::vector<Profile> profiles = exampleProfiles();
    for (double rate : {0.0, 0.125, 0.5}) {
        const std::vector<Profile> generated = generateProfiles(count, 99, rate);
        profiles.insert(profiles.end(), generated.begin(), generated.end());
    }
    int checked = 0;
    int mismatches = 0;
    for (const Profile& profile : profiles) {
        for (Lang lang : {Lang::En, Lang::Ja}) {
            PlanOptions o = options(200);
            o.lang = lang;
            const Plan plan = planner().plan(profile, o);
            const QJsonObject object = planToJson(plan);
            for (bool compact : {true, false}) {
                const QByteArray want =
                    QJsonDocument(object).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented);
                const QByteArray got = planToJsonBytes(plan, compact);
                ++checked;
                if (want != got) {
                    if (++mismatches <= 3) {
                        qsizetype at = 0;
                        while (at < want.size() && at < got.size() && want[at] == got[at])
                            ++at;
                        std::fprintf(stderr, "mismatch (%s, %s) at byte %lld:\n want: %s\n got:  %s\n",
                                     qPrintable(plan.profileName), compact ? "compact" : "indented",
                                     static_cast<long long>(at),
                                     want.mid(std::max<qsizetype>(0, at - 60), 120).constData(),
                                     got.mid(std::max<qsizetype>(0, at - 60), 120).constData());
                    }
                }
            }
        }
    }
    std::printf("planToJsonBytes: %d documents checked, %d differ\n", checked, mismatches);
    return mismatches == 0 ? 0 : 1;
}

// The desktop app's case: a founder answers the questionnaire one question at a time, and every answer
// re-plans with the draw cache of the previous plans (warm). One iteration plans the whole sequence, from
// the blank profile (only a name: 8 scenarios, ~40 routes) to the example fully answered; `per_plan`
// is the mean time of one plan (seconds).
void planWhileAnswering(benchmark::State& state, const Profile& full)
{
    std::vector<Profile> steps;
    Profile partial;
    partial.setName(full.name());
    steps.push_back(partial);
    for (const core::FieldSpec& f : core::profileFields()) {
        if (const auto v = full.value(f.path); v && f.path != QLatin1String("name")) {
            partial.setValue(f.path, *v);
            steps.push_back(partial);
        }
    }
    const Planner& p = planner();
    for (const Profile& profile : steps)
        benchmark::DoNotOptimize(p.plan(profile, options(10000))); // warm, as after the first answers
    for (auto _ : state) {
        for (const Profile& profile : steps) {
            Plan plan = p.plan(profile, options(10000));
            benchmark::DoNotOptimize(plan);
        }
    }
    state.counters["plans"] = double(steps.size());
    state.counters["per_plan"] = benchmark::Counter(
        double(steps.size()), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

// The blank profile (every answer unknown: eight scenarios), the desktop app's first plan, with the draw
// cache warm.
void planBlank(benchmark::State& state)
{
    Profile blank;
    blank.setName(QStringLiteral("Untitled product"));
    const Planner& p = planner();
    benchmark::DoNotOptimize(p.plan(blank, options(10000)));
    for (auto _ : state) {
        Plan plan = p.plan(blank, options(10000));
        benchmark::DoNotOptimize(plan);
    }
}
BENCHMARK(planBlank)->Name("BM_PlanBlank")->Unit(benchmark::kMillisecond);

// One benchmark per bundled example profile (resources/examples, embedded as :/examples/*.json).
void registerExampleBenchmarks()
{
    const QDir dir(QStringLiteral(":/examples"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Result<Profile> profile = Profile::parse(f.readAll());
        if (!profile.ok())
            continue;
        const std::string label = "BM_PlanExample/" + QFileInfo(name).completeBaseName().toStdString();
        benchmark::RegisterBenchmark(label.c_str(), planExample, profile.value())
            ->Unit(benchmark::kMillisecond);
        if (name == QLatin1String("gram-stain-image-ai.json"))
            benchmark::RegisterBenchmark("BM_PlanWhileAnswering/gram-stain-image-ai", planWhileAnswering,
                                         profile.value())
                ->Unit(benchmark::kMillisecond);
    }
}

} // namespace shirube::bench
