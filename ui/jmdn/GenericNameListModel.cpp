// SPDX-License-Identifier: Apache-2.0
#include "ui/jmdn/GenericNameListModel.h"

#include "ui/Labels.h"
#include "ui/Language.h"

namespace shirube::ui {

GenericNameListModel::GenericNameListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void GenericNameListModel::setHits(std::vector<core::GenericNameHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

const core::GenericName* GenericNameListModel::name(int row) const
{
    return row >= 0 && row < int(m_hits.size()) ? &m_hits[std::size_t(row)].name : nullptr;
}

int GenericNameListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString GenericNameListModel::displayName(const core::GenericName& name)
{
    if (name.nameEn.isEmpty())
        return name.nameJa;
    if (Language::current() == core::Lang::En)
        return QStringLiteral("%1 (%2)").arg(name.nameEn, name.nameJa);
    return QStringLiteral("%1（%2）").arg(name.nameJa, name.nameEn);
}

QString GenericNameListModel::facts(const core::GenericName& name)
{
    // The procedure the name implies (届出 / 認証 under its standard / 承認).
    QString certification;
    if (name.deviceClass == 1)
        certification = tr("notification");
    else if (name.certifiable())
        certification = tr("certification");
    else
        certification = tr("approval");
    return tr("JMDN %1 · %2 · %3").arg(name.code, Labels::deviceClass(name.deviceClass), certification);
}

QVariant GenericNameListModel::data(const QModelIndex& index, int role) const
{
    const core::GenericName* n = index.isValid() ? name(index.row()) : nullptr;
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QString(displayName(*n) + QLatin1Char(0x0a) + facts(*n));
    case Qt::AccessibleTextRole:
        return QString(displayName(*n) + QStringLiteral(", ") + facts(*n));
    case Qt::ToolTipRole:
        return n->definitionJa.isEmpty() ? QVariant() : QVariant(n->definitionJa);
    case CodeRole:
        return n->code;
    default:
        return {};
    }
}

} // namespace shirube::ui
