// SPDX-License-Identifier: Apache-2.0
#include "core/storage/ProjectMerge.h"

#include "core/common/Text.h"

namespace shirube::core {

namespace {

QString label(const Product& p)
{
    return QStringLiteral("product ") + QString::number(p.id) + QStringLiteral(" (\"") +
           elided(terminalSafe(p.name), 60) + QStringLiteral("\")");
}

} // namespace

Result<Project> mergeProjects(const Project& base, const Project& ours, const Project& theirs,
                              QStringList* notes)
{
    QStringList conflicts;
    Project merged;
    if (ours.meta == base.meta)
        merged.meta = theirs.meta;
    else if (theirs.meta == base.meta || theirs.meta == ours.meta)
        merged.meta = ours.meta;
    else
        conflicts << QStringLiteral(
            "the project's details (title, owner, clients or notes) were changed on both sides");

    for (const Product& their : theirs.products) {
        const Product* original = base.product(their.id);
        if (!original) {
            merged.products.push_back(their); // added there
            if (notes)
                *notes << label(their) + QStringLiteral(" was added by the other writer");
            continue;
        }
        const Product* our = ours.product(their.id);
        if (!our) {
            if (their == *original)
                continue; // removed here
            conflicts << label(their) + QStringLiteral(" was removed here but changed in the file");
            continue;
        }
        if (*our == *original || *our == their) {
            merged.products.push_back(their);
            if (notes && !(their == *original))
                *notes << label(their) + QStringLiteral(" was changed by the other writer");
        } else if (their == *original) {
            merged.products.push_back(*our);
        } else {
            conflicts << label(their) + QStringLiteral(" was changed both here and in the file");
        }
    }
    for (const Product& original : base.products) {
        if (theirs.product(original.id))
            continue;
        const Product* our = ours.product(original.id);
        if (our && !(*our == original))
            conflicts << label(original) + QStringLiteral(" was changed here but removed from the file");
    }
    for (const Product& our : ours.products) {
        if (base.product(our.id))
            continue; // merged above
        Product added = our;
        if (merged.product(added.id))
            added.id = 0; // addProduct() gives a fresh id
        merged.addProduct(std::move(added));
    }
    if (!conflicts.isEmpty())
        return Error{ErrorCode::ProjectRefused,
                     QStringLiteral("not saved: the file was changed by another program since it was opened, "
                                    "and the changes conflict: ") +
                         conflicts.mid(0, 5).join(QStringLiteral("; ")) +
                         (conflicts.size() > 5
                              ? QStringLiteral("; and ") + QString::number(conflicts.size() - 5) +
                                    QStringLiteral(" more")
                              : QString()) +
                         QStringLiteral(". Nothing was overwritten; save under another name, then compare"),
                     QString(), 0};
    return merged;
}

} // namespace shirube::core
