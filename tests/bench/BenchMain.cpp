// SPDX-License-Identifier: Apache-2.0
// shirube_bench: Google Benchmark's runner, plus `--gen-partly N` (N partly answered profiles, as new
// users describe products) and `--gen-profiles N [--unknown-rate R]` which writes N
// generated profiles as JSON Lines to stdout (the batch benchmark's input, for timing
// `shirube-cli plan --batch`; R is the chance an answer is left unknown, default 0.125), and
// `--check-json N` which checks that planToJsonBytes() writes exactly what QJsonDocument writes for
// planToJson(), compact and indented, en and ja, on the examples and N generated profiles (exit 1 if not).

#include <QCoreApplication>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "tests/bench/ProfileGenerator.h"

namespace shirube::bench {
void registerExampleBenchmarks();
int checkJsonBytes(int count);
} // namespace shirube::bench

int main(int argc, char** argv)
{
    double unknownRate = 0.125;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--unknown-rate") == 0)
            unknownRate = std::atof(argv[i + 1]);
    }
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--gen-partly") == 0) {
            const QByteArray jsonl = shirube::bench::generatePartlyAnsweredJsonl(std::atoi(argv[i + 1]));
            std::fwrite(jsonl.constData(), 1, std::size_t(jsonl.size()), stdout);
            return 0;
        }
        if (std::strcmp(argv[i], "--gen-profiles") == 0) {
            const QByteArray jsonl =
                shirube::bench::generateProfilesJsonl(std::atoi(argv[i + 1]), 20250401, unknownRate);
            std::fwrite(jsonl.constData(), 1, std::size_t(jsonl.size()), stdout);
            return 0;
        }
    }
    QCoreApplication app(argc, argv);
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--check-json") == 0)
            return shirube::bench::checkJsonBytes(std::atoi(argv[i + 1]));
    }
    shirube::bench::registerExampleBenchmarks();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
