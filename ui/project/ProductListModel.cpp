// SPDX-License-Identifier: Apache-2.0
#include "ui/project/ProductListModel.h"

#include "ui/project/ProjectDocument.h"
#include "ui/project/commands/RenameProductCommand.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QStyle>
#include <QUndoStack>

namespace shirube::ui {

ProductListModel::ProductListModel(ProjectDocument* document, QUndoStack* undoStack, QObject* parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_undoStack(undoStack)
{
    connect(document, &ProjectDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &ProjectDocument::wasReset, this, [this] {
        m_contested.clear(); // loaded again (opened, or saved and read back): nothing is contested
        endResetModel();
    });
    connect(document, &ProjectDocument::productAboutToBeInserted, this,
            [this](int index) { beginInsertRows({}, index, index); });
    connect(document, &ProjectDocument::productInserted, this, [this] { endInsertRows(); });
    connect(document, &ProjectDocument::productAboutToBeRemoved, this,
            [this](int index) { beginRemoveRows({}, index, index); });
    connect(document, &ProjectDocument::productRemoved, this, [this] { endRemoveRows(); });
    connect(document, &ProjectDocument::productChanged, this, [this](int index) {
        const QModelIndex i = this->index(index);
        emit dataChanged(i, i);
    });
}

void ProductListModel::setCurrentProductId(qint64 id)
{
    if (id == m_current)
        return;
    const QModelIndex before = indexOfProduct(m_current);
    m_current = id;
    if (before.isValid())
        emit dataChanged(before, before, {Qt::FontRole, CurrentRole});
    const QModelIndex after = indexOfProduct(id);
    if (after.isValid())
        emit dataChanged(after, after, {Qt::FontRole, CurrentRole});
}

void ProductListModel::setContested(qint64 id, const core::OthersSave& save)
{
    m_contested.insert(id, save);
    const QModelIndex i = indexOfProduct(id);
    if (i.isValid())
        emit dataChanged(i, i, {Qt::DecorationRole, Qt::ToolTipRole, ContestedRole});
}

QString ProductListModel::contestedText(const core::OthersSave& save)
{
    if (save.removed)
        return tr("Someone else removed this product from the team project. Your changes are kept; when you "
                  "save, you choose whether to keep it.");
    if (save.by.isEmpty())
        return tr("Someone else saved a newer version of this product. Your changes are kept; when you save, "
                  "you choose which to keep.");
    if (!save.at.isValid())
        return tr("%1 saved a newer version of this product. Your changes are kept; when you save, you "
                  "choose which to keep.")
            .arg(save.by);
    return tr("%1 saved a newer version of this product on %2. Your changes are kept; when you save, you "
              "choose which to keep.")
        .arg(save.by, QLocale().toString(save.at.toLocalTime(), QLocale::ShortFormat));
}

QModelIndex ProductListModel::indexOfProduct(qint64 id) const
{
    const int row = m_document ? m_document->indexOf(id) : -1;
    return row < 0 ? QModelIndex() : index(row);
}

qint64 ProductListModel::productIdAt(int row) const
{
    return m_document && row >= 0 && row < m_document->count() ? m_document->at(row).id : 0;
}

int ProductListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_document ? 0 : m_document->count();
}

QVariant ProductListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_document)
        return {};
    const core::Product& p = m_document->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        return p.name.isEmpty() ? tr("Untitled product") : p.name;
    case Qt::ToolTipRole: {
        const QString planned =
            p.isPlanned()
                ? tr("%1 — last planned with ruleset %2 %3").arg(p.name, p.rulesetId, p.rulesetVersion)
                : tr("%1 — not planned yet").arg(p.name);
        const auto contested = m_contested.constFind(p.id);
        return contested == m_contested.constEnd() ? planned
                                                   : planned + QLatin1Char('\n') + contestedText(*contested);
    }
    case Qt::DecorationRole:
        if (m_contested.contains(p.id))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::AccessibleDescriptionRole: {
        const auto contested = m_contested.constFind(p.id);
        return contested == m_contested.constEnd() ? QVariant() : QVariant(contestedText(*contested));
    }
    case ContestedRole:
        return m_contested.contains(p.id);
    case Qt::FontRole:
        if (p.id == m_current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ProductIdRole:
        return p.id;
    case CurrentRole:
        return p.id == m_current;
    default:
        return {};
    }
}

Qt::ItemFlags ProductListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool ProductListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document ||
        !m_undoStack)
        return false;
    const QString name = value.toString().trimmed();
    const core::Product& p = m_document->at(index.row());
    if (name.isEmpty() || name == p.name)
        return false;
    m_undoStack->push(new RenameProductCommand(m_document, p.id, p.name, name,
                                               tr("Rename product “%1” to “%2”").arg(p.name, name)));
    return true;
}

QHash<int, QByteArray> ProductListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ProductIdRole, "productId");
    names.insert(CurrentRole, "current");
    names.insert(ContestedRole, "contested");
    return names;
}

} // namespace shirube::ui
