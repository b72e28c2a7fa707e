// SPDX-License-Identifier: Apache-2.0
#pragma once

// The ProjectStore of a .shirube file: ProjectFile's guarantees unchanged (untrusted-file checks, atomic
// saves, the project's lock, changes made since it was read merged product by product or refused).
// A file keeps no versions (all 0) and no history.

#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectStore.h"

namespace shirube::core {

class FileProjectStore : public ProjectStore
{
public:
    explicit FileProjectStore(QString path, const StoreOptions& options = {});

    QString location() const override { return m_path; }
    bool keepsHistory() const override { return false; }
    Result<StoredProject> read() override;
    // Applies the changes to the project as last read (read() first), then ProjectFile::saveChecked():
    // what someone else saved meanwhile is merged; a true conflict refuses the save (ProjectRefused).
    Result<StoreSaveResult> save(const std::optional<ProjectMeta>& meta, qint64 metaBaseVersion,
                                 const std::vector<ProductChange>& changes) override;
    Result<std::vector<HistoryEntry>> history(qint64 productId = 0) override;

private:
    QString m_path;
    StoreOptions m_options;
    bool m_read = false;
    Project m_base;
    FileStamp m_stamp;
};

} // namespace shirube::core
