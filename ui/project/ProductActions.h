// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/Project.h"

#include <QString>

namespace shirube::ui {

class ProjectController;

// The project's products: add, duplicate, rename, delete (each an undo command on the window's stack,
// editing the ProjectDocument by product id), which one the questionnaire shows, and a profile file
// imported as a new product. Part of ProjectController, which owns it and forwards to it.
class ProductActions final
{
public:
    explicit ProductActions(ProjectController& owner);
    ProductActions(const ProductActions&) = delete;
    ProductActions& operator=(const ProductActions&) = delete;

    qint64 addProduct(const QString& name);
    qint64 duplicateProduct(qint64 id);
    bool renameProduct(qint64 id, const QString& name);
    bool removeProduct(qint64 id);
    void selectProduct(qint64 id);
    bool importProfile(const QString& path);

    // A product with nothing answered but its name.
    static core::Product blankProduct(const QString& name);
    // `base` when no product has that name yet, else "base (n)" ("Product n" for an empty base).
    QString uniqueProductName(const QString& base) const;

private:
    // Adds `product` at the end and shows it, as one undo step named `text`; returns its id.
    qint64 addAndShow(const core::Product& product, const QString& text);

    ProjectController& m_owner;
};

} // namespace shirube::ui
