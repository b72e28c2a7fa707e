// SPDX-License-Identifier: Apache-2.0
#include "ui/project/ProjectDocument.h"

#include <algorithm>

namespace shirube::ui {

ProjectDocument::ProjectDocument(QObject* parent)
    : QObject(parent)
{}

void ProjectDocument::reset(core::Project project)
{
    emit aboutToReset();
    m_project = std::move(project);
    emit wasReset();
}

bool ProjectDocument::insert(int index, core::Product product)
{
    if (product.id <= 0 || m_project.indexOf(product.id) >= 0)
        return false;
    index = std::clamp(index, 0, count());
    const qint64 id = product.id;
    emit productAboutToBeInserted(index);
    m_project.insertProduct(index, std::move(product));
    emit productInserted(index, id);
    return true;
}

std::optional<core::Product> ProjectDocument::take(qint64 id)
{
    const int index = m_project.indexOf(id);
    if (index < 0)
        return std::nullopt;
    emit productAboutToBeRemoved(index, id);
    std::optional<core::Product> product = m_project.takeProduct(id);
    emit productRemoved(index, id);
    return product;
}

bool ProjectDocument::rename(qint64 id, const QString& name)
{
    core::Product* p = m_project.product(id);
    if (!p)
        return false;
    p->name = name;
    emit productChanged(m_project.indexOf(id), id);
    return true;
}

bool ProjectDocument::replace(qint64 id, core::Product product, bool notify)
{
    core::Product* p = m_project.product(id);
    if (!p)
        return false;
    product.id = id;
    *p = std::move(product);
    if (notify)
        emit productChanged(m_project.indexOf(id), id);
    return true;
}

void ProjectDocument::setMeta(const core::ProjectMeta& meta)
{
    m_project.meta = meta;
    emit metaChanged();
}

} // namespace shirube::ui
