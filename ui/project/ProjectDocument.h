// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/Project.h"

#include <QObject>

#include <optional>

namespace shirube::ui {

// The open project in memory, with change signals for the product list. Only the undo commands of
// ui/project/commands mutate it (and ProjectController when it loads, or flushes the questionnaire's
// current profile into the current product).
class ProjectDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDocument)

public:
    explicit ProjectDocument(QObject* parent = nullptr);

    const core::Project& project() const { return m_project; }
    void reset(core::Project project);

    int count() const { return int(m_project.products.size()); }
    const core::Product& at(int index) const { return m_project.products[size_t(index)]; }
    int indexOf(qint64 id) const { return m_project.indexOf(id); }
    const core::Product* product(qint64 id) const { return m_project.product(id); }
    qint64 nextProductId() const { return m_project.nextProductId(); }

    // Inserts at `index` (clamped) keeping product.id, which must be > 0 and free.
    bool insert(int index, core::Product product);
    std::optional<core::Product> take(qint64 id);
    bool rename(qint64 id, const QString& name);
    // Replaces everything but the id (re-plan, profile flush). `notify` = false for silent flushes.
    bool replace(qint64 id, core::Product product, bool notify = true);
    void setMeta(const core::ProjectMeta& meta);

signals:
    void aboutToReset();
    void wasReset();
    void productAboutToBeInserted(int index);
    void productInserted(int index, qint64 id);
    void productAboutToBeRemoved(int index, qint64 id);
    void productRemoved(int index, qint64 id);
    void productChanged(int index, qint64 id);
    void metaChanged();

private:
    core::Project m_project;
};

} // namespace shirube::ui
