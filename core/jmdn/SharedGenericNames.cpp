// SPDX-License-Identifier: Apache-2.0
#include "core/jmdn/SharedGenericNames.h"

#include <mutex>

namespace shirube::core {

namespace {

struct Shared
{
    std::mutex mutex;
    std::shared_ptr<const GenericNameTable> table;
    bool loaded = false;
};

Shared& shared()
{
    static Shared s;
    return s;
}

} // namespace

std::shared_ptr<const GenericNameTable> sharedGenericNames()
{
    Shared& s = shared();
    const std::lock_guard lock(s.mutex);
    if (!s.loaded) {
        s.loaded = true;
        if (auto table = GenericNameTable::load())
            s.table = std::make_shared<const GenericNameTable>(std::move(table).value());
    }
    return s.table;
}

Result<std::shared_ptr<const GenericNameTable>>
reloadSharedGenericNames(const GenericNameTable::Options& options)
{
    auto table = GenericNameTable::load(options);
    if (!table)
        return table.error();
    auto loaded = std::make_shared<const GenericNameTable>(std::move(table).value());
    Shared& s = shared();
    const std::lock_guard lock(s.mutex);
    s.loaded = true;
    s.table = loaded;
    return loaded;
}

} // namespace shirube::core
