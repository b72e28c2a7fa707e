// SPDX-License-Identifier: Apache-2.0
// BM_JmdnSearchKeystroke: what the GUI's search-as-you-type costs. Over 5,000 generated generic names
// (the size of PMDA's list), each iteration runs the search for one keystroke of a typed query, cycling
// through the prefixes of Japanese and English queries (1, 2 … characters: the first two use the LIKE
// fallback, the rest the trigram index), limit 20 as the CLI's default. Target: median <= 5 ms.
//   shirube_bench --benchmark_filter=Jmdn --benchmark_repetitions=10 --benchmark_report_aggregates_only=true

#include "core/jmdn/GenericNameTable.h"

#include <QStringList>

#include <benchmark/benchmark.h>
#include <cstdlib>

#include "tests/jmdn/NameGenerator.h"

namespace {

void BM_JmdnSearchKeystroke(benchmark::State& state)
{
    shirube::core::Result<shirube::core::GenericNameTable> table =
        shirube::core::GenericNameTable::fromNames(shirube::test::generateGenericNames(int(state.range(0))));
    if (!table) {
        state.SkipWithError(table.error().toString().toStdString().c_str());
        return;
    }
    const QStringList typed = {
        QString::fromUtf8("中心循環系カテーテル"), QString::fromUtf8("単回使用眼科用レンズ"),
        QStringLiteral("reusable vascular stent"), QStringLiteral("80001234"), QString::fromUtf8("ポンプ")};
    QStringList keystrokes;
    for (const QString& q : typed) {
        for (int n = 1; n <= q.size(); ++n)
            keystrokes << q.left(n);
    }
    qsizetype i = 0;
    std::size_t hits = 0;
    for (auto _ : state) {
        const auto result = table.value().search(keystrokes.at(i), 20);
        hits += result.size();
        benchmark::DoNotOptimize(result.data());
        i = (i + 1) % keystrokes.size();
    }
    state.counters["names"] = double(table.value().size());
    state.counters["hits_per_search"] = double(hits) / double(state.iterations());
}

} // namespace

BENCHMARK(BM_JmdnSearchKeystroke)->Arg(5000)->Unit(benchmark::kMillisecond);
