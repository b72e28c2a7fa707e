// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the project-file loader, fed arbitrary bytes through a real file. Besides "no
// crash, no memory error" it checks the loader's promises:
//   - opening never changes the file (refused or not);
//   - a refused file always has a reason and ErrorCode::ProjectRefused;
//   - a file that opens saves and reopens to the same project.

#include "core/storage/ProjectFile.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace shirube::core;

namespace {

const QString& inputPath()
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("input.shirube"));
    return path;
}

QByteArray readBack(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString& path = inputPath();
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            std::abort();
    }
    OpenOptions options;
    options.upgradeFile = false;
    const OpenResult r = ProjectFile::open(path, options);
    if (readBack(path) != bytes)
        std::abort(); // opening changed the file
    if (!r.ok()) {
        if (r.reason() == RefusalReason::None || r.error().code != ErrorCode::ProjectRefused)
            std::abort();
        return 0;
    }
    const Project& project = r.value().project;
    for (const Product& p : project.products) {
        (void)p.toJson();
        (void)p.planSnapshot.object();
    }
    const Result<QByteArray> saved = ProjectFile::toBytes(project);
    if (!saved.ok())
        std::abort();
    const OpenResult reopened = ProjectFile::openBytes(saved.value());
    if (!reopened.ok() || !(reopened.value().project == project))
        std::abort(); // an accepted project must survive a save
    return 0;
}
