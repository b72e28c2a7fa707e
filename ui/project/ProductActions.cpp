// SPDX-License-Identifier: Apache-2.0
#include "ui/project/ProductActions.h"

#include "ui/project/ProjectAutosave.h"
#include "ui/project/ProjectController.h"
#include "ui/project/ProjectDocument.h"
#include "ui/project/ProjectDocumentActions.h"
#include "ui/project/ProjectHost.h"
#include "ui/project/ProjectPrompts.h"
#include "ui/project/commands/AddProductCommand.h"
#include "ui/project/commands/RemoveProductCommand.h"
#include "ui/project/commands/RenameProductCommand.h"
#include "ui/project/commands/SwitchProductCommand.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QUndoStack>

namespace shirube::ui {

namespace {

// How the switch commands of an add or delete show a product.
SwitchProductCommand::Show show(ProjectController& owner)
{
    return [&owner](qint64 id) {
        owner.showProduct(id);
    };
}

} // namespace

ProductActions::ProductActions(ProjectController& owner)
    : m_owner(owner)
{}

void ProductActions::selectProduct(qint64 id)
{
    if (id == m_owner.currentProductId() || !m_owner.document()->product(id))
        return;
    m_owner.showProduct(id); // not an undo step: each answer's undo shows its own product again
}

qint64 ProductActions::addProduct(const QString& name)
{
    m_owner.flushCurrentProfile();
    const core::Product product = blankProduct(uniqueProductName(name));
    return addAndShow(product, ProjectController::tr("Add product “%1”").arg(product.name));
}

qint64 ProductActions::duplicateProduct(qint64 id)
{
    m_owner.flushCurrentProfile();
    const core::Product* original = m_owner.document()->product(id);
    if (!original)
        return 0;
    core::Product copy = *original;
    copy.id = 0;
    copy.name = uniqueProductName(ProjectController::tr("%1 (copy)").arg(original->name));
    auto* add = new AddProductCommand(m_owner.document(), copy, m_owner.document()->indexOf(id) + 1,
                                      ProjectController::tr("Duplicate product “%1”").arg(original->name));
    const qint64 newId = add->productId();
    m_owner.host()->undoStack()->push(add);
    return newId;
}

bool ProductActions::renameProduct(qint64 id, const QString& name)
{
    const core::Product* p = m_owner.document()->product(id);
    const QString trimmed = name.trimmed();
    if (!p || trimmed.isEmpty() || trimmed == p->name)
        return false;
    m_owner.host()->undoStack()->push(
        new RenameProductCommand(m_owner.document(), id, p->name, trimmed,
                                 ProjectController::tr("Rename product “%1” to “%2”").arg(p->name, trimmed)));
    return true;
}

bool ProductActions::removeProduct(qint64 id)
{
    const core::Product* p = m_owner.document()->product(id);
    if (!p || m_owner.document()->count() <= 1)
        return false; // a project always keeps one product for the questionnaire to show
    m_owner.flushCurrentProfile();
    const QString name = p->name;
    QUndoStack* stack = m_owner.host()->undoStack();
    stack->beginMacro(ProjectController::tr("Delete product “%1”").arg(name));
    if (id == m_owner.currentProductId()) {
        const int index = m_owner.document()->indexOf(id);
        const int neighbour = index + 1 < m_owner.document()->count() ? index + 1 : index - 1;
        stack->push(new SwitchProductCommand(&m_owner, show(m_owner), id,
                                             m_owner.document()->at(neighbour).id, QString()));
    }
    stack->push(new RemoveProductCommand(m_owner.document(), id, QString()));
    stack->endMacro();
    return true;
}

bool ProductActions::importProfile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_owner.prompts()->showError(m_owner.host()->window(),
                                     ProjectController::tr("Could not add the product"),
                                     ProjectController::tr("“%1” cannot be read: %2")
                                         .arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    auto profile = core::Profile::parse(file.readAll());
    if (!profile) {
        m_owner.prompts()->showError(m_owner.host()->window(),
                                     ProjectController::tr("Could not add the product"),
                                     ProjectController::tr("“%1” is not a valid product profile.\n%2")
                                         .arg(QFileInfo(path).fileName(), profile.error().toString()));
        return false;
    }
    m_owner.flushCurrentProfile();
    core::Product product = blankProduct(QString());
    product.profile = profile.value();
    product.name =
        profile.value().name().isEmpty() ? QFileInfo(path).completeBaseName() : profile.value().name();
    // Nothing typed yet (an untitled project with one blank product): the profile takes its place.
    if (!m_owner.isModified() && m_owner.filePath().isEmpty() && m_owner.document()->count() == 1) {
        QJsonObject answers = m_owner.document()->at(0).profile.toJson();
        answers.remove(QStringLiteral("schema"));
        answers.remove(QStringLiteral("name"));
        if (answers.isEmpty()) {
            m_owner.m_autosave->clear();
            core::Project project;
            product.id = 1;
            project.products.push_back(product);
            m_owner.m_documentActions->load(project, QString());
            return true;
        }
    }
    product.name = uniqueProductName(product.name);
    addAndShow(product, ProjectController::tr("Add product “%1”").arg(product.name));
    return true;
}

QString ProductActions::uniqueProductName(const QString& base) const
{
    const auto taken = [this](const QString& name) {
        for (const core::Product& p : m_owner.document()->project().products)
            if (p.name == name)
                return true;
        return false;
    };
    if (!base.isEmpty() && !taken(base))
        return base;
    for (int n = m_owner.document()->count() + 1;; ++n) {
        const QString name = base.isEmpty() ? ProjectController::tr("Product %1").arg(n)
                                            : QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (!taken(name))
            return name;
    }
}

qint64 ProductActions::addAndShow(const core::Product& product, const QString& text)
{
    QUndoStack* stack = m_owner.host()->undoStack();
    stack->beginMacro(text);
    auto* add = new AddProductCommand(m_owner.document(), product, m_owner.document()->count(), QString());
    const qint64 id = add->productId();
    stack->push(add);
    stack->push(new SwitchProductCommand(&m_owner, show(m_owner), m_owner.currentProductId(), id, QString()));
    stack->endMacro();
    return id;
}

core::Product ProductActions::blankProduct(const QString& name)
{
    core::Product p;
    p.name = name;
    p.profile.setName(name);
    return p;
}

} // namespace shirube::ui
