// SPDX-License-Identifier: Apache-2.0
#include "core/storage/FileProjectStore.h"

#include <QFileInfo>

namespace shirube::core {

FileProjectStore::FileProjectStore(QString path, const StoreOptions& options)
    : m_path(std::move(path))
    , m_options(options)
{}

Result<StoredProject> FileProjectStore::read()
{
    StoredProject stored;
    if (m_options.createFile && !QFileInfo::exists(m_path)) {
        stored.project.meta.title = QFileInfo(m_path).completeBaseName();
        m_base = Project();
        m_stamp = FileStamp();
        m_read = true;
        return stored;
    }
    OpenOptions options;
    options.upgradeFile = false; // reading never changes the file
    OpenResult opened = ProjectFile::open(m_path, options);
    if (!opened.ok())
        return opened.error();
    stored.project = std::move(opened.value().project);
    m_base = stored.project;
    m_stamp = opened.value().stamp;
    m_read = true;
    return stored;
}

Result<StoreSaveResult> FileProjectStore::save(const std::optional<ProjectMeta>& meta, qint64,
                                               const std::vector<ProductChange>& changes)
{
    if (!m_read) {
        Result<StoredProject> r = read();
        if (!r.ok())
            return r.error();
    }
    Project project = m_base;
    StoreSaveResult result;
    if (meta)
        project.meta = *meta;
    for (const ProductChange& c : changes) {
        if (c.kind == ProductChange::Kind::Remove) {
            project.takeProduct(c.product.id);
            result.saved.push_back(c.product.id);
            continue;
        }
        qint64 id = c.product.id;
        if (Product* existing = project.product(id)) {
            *existing = c.product;
        } else {
            id = project.addProduct(c.product);
            if (id != c.product.id && c.product.id > 0)
                result.renumbered.insert(c.product.id, id);
        }
        if (c.position >= 0)
            project.moveProduct(id, c.position);
        result.saved.push_back(id);
        result.versions.insert(id, 0);
    }
    Result<SaveOutcome> saved = ProjectFile::saveChecked(project, m_path, m_base, m_stamp);
    if (!saved.ok())
        return saved.error();
    m_base = std::move(saved.value().project);
    m_stamp = saved.value().stamp;
    return result;
}

Result<std::vector<HistoryEntry>> FileProjectStore::history(qint64)
{
    return Error{ErrorCode::Usage,
                 QStringLiteral("a project file keeps no history of changes; team projects on PostgreSQL do"),
                 m_path, 0};
}

} // namespace shirube::core
