// SPDX-License-Identifier: Apache-2.0
// Roadmap report rendering (ui/report): the time to draw and write a PDF of about 20 pages (two
// products) and of a ten-product project, from plans made beforehand. The target: a 20-page
// report in at most 1 s. Run: build/…/tests/bench/shirube_report_bench

#include "core/export/Roadmap.h"
#include "core/planning/Planner.h"
#include "core/profile/Profile.h"
#include "core/rules/RulesetLoader.h"
#include "ui/report/RoadmapReport.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

using namespace shirube;

std::vector<core::Roadmap> roadmaps(int products)
{
    const core::RulesetPtr ruleset = core::RulesetLoader::loadBuiltin().value();
    const core::Planner planner(ruleset);
    core::PlanOptions options;
    options.asOfYear = 2026;
    options.asOfMonth = 4;
    options.samples = 2000;
    std::vector<core::Roadmap> out;
    const QStringList files =
        QDir(QStringLiteral(":/examples")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        if (int(out.size()) == products)
            break;
        QFile f(QStringLiteral(":/examples/") + name);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const core::Result<core::Profile> p = core::Profile::parse(f.readAll());
        if (!p.ok())
            continue;
        core::Roadmap r = core::makeRoadmap(p.value().name(), planner.plan(p.value(), options));
        if (r.route())
            out.push_back(std::move(r));
    }
    return out;
}

void renderPdf(benchmark::State& state, int products)
{
    const std::vector<core::Roadmap> input = roadmaps(products);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("report.pdf"));
    report::ReportOptions options;
    options.title = QStringLiteral("Bench");
    options.date = QDate(2026, 4, 1);
    for (auto _ : state) {
        const std::optional<core::Error> error = report::writeRoadmapPdf(file, input, options);
        if (error)
            state.SkipWithError(error->message.toStdString().c_str());
    }
    state.counters["products"] = double(input.size());
    QFile pdf(file);
    if (pdf.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = pdf.readAll();
        state.counters["pages"] = double(bytes.count("/Type /Page") - bytes.count("/Type /Pages"));
        state.counters["bytes"] = double(bytes.size());
    }
}

void BM_ReportPdfTwoProducts(benchmark::State& state)
{
    renderPdf(state, 2); // about 20 pages
}
BENCHMARK(BM_ReportPdfTwoProducts)->Unit(benchmark::kMillisecond);

void BM_ReportPdfTenProducts(benchmark::State& state)
{
    renderPdf(state, 10); // about 70 pages
}
BENCHMARK(BM_ReportPdfTenProducts)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
