// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tests/storage/StorageTestSupport.h"

namespace shirube::test {

// Generation `g` of the save-torture content: its size and every value depend on g, and the title
// names g, so a file that opens can be compared with exactly what was saved.
inline core::Project tortureGeneration(int g)
{
    core::Project project = sampleProject(5 + (g * 37) % 40, std::uint64_t(g) * 7919u + 1, 2);
    project.meta.title = QStringLiteral("generation %1").arg(g);
    return project;
}

// The g a title names, or -1.
inline int generationOf(const core::Project& project)
{
    const QString prefix = QStringLiteral("generation ");
    if (!project.meta.title.startsWith(prefix))
        return -1;
    bool ok = false;
    const int g = project.meta.title.mid(prefix.size()).toInt(&ok);
    return ok ? g : -1;
}

} // namespace shirube::test
