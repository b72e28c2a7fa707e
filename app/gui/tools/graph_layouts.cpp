// SPDX-License-Identifier: Apache-2.0
// Build tool: lays the built-in ruleset's state graph out with Graphviz, in each language, as the graph
// view does with this machine's default fonts, and writes the table GraphvizLayout::setPrecomputed()
// takes. The application embeds it, so that its start-up need not run Graphviz for that graph (it still
// does for any other ruleset, or when its fonts measure the texts differently: the table is keyed by
// the exact dot text, sizes included).
//
//   shirube_graph_layouts OUTPUT_FILE
#include "core/rules/RulesetLoader.h"
#include "ui/graph/GraphvizLayout.h"
#include "ui/graph/RulesetLayout.h"

#include <QApplication>
#include <QSaveFile>

#include <cstdio>

using namespace shirube;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // the widgets' default font, as GraphView gets it
    if (argc != 2) {
        std::fprintf(stderr, "usage: shirube_graph_layouts OUTPUT_FILE\n");
        return 2;
    }
    const auto ruleset = core::RulesetLoader::loadBuiltin();
    if (!ruleset) {
        std::fprintf(stderr, "the built-in ruleset does not load: %s\n",
                     qPrintable(ruleset.error().toString()));
        return 1;
    }
    const ui::GraphFonts fonts = ui::GraphFonts::fromBase(QApplication::font());
    std::vector<ui::LayoutInput> inputs;
    for (const core::Lang lang : {core::Lang::Ja, core::Lang::En})
        inputs.push_back(ui::layoutInputFor(*ruleset.value(), lang, fonts));
    QString error;
    const QByteArray table = ui::GraphvizLayout::precompute(inputs, &error);
    if (table.isEmpty()) {
        std::fprintf(stderr, "Graphviz could not lay the graph out: %s\n", qPrintable(error));
        return 1;
    }
    QSaveFile out(QString::fromLocal8Bit(argv[1]));
    if (!out.open(QIODevice::WriteOnly) || out.write(table) != table.size() || !out.commit()) {
        std::fprintf(stderr, "cannot write %s: %s\n", argv[1], qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
