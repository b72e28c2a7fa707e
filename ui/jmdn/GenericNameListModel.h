// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jmdn/GenericNameTable.h"

#include <QAbstractListModel>

#include <vector>

namespace shirube::ui {

// Search results over the generic-name table, best first: each row is the name (in the UI's language
// first, the other under it), the JMDN code, the class and whether a certification standard covers
// it; the tooltip is the definition.
class GenericNameListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenericNameListModel)

public:
    enum Role
    {
        CodeRole = Qt::UserRole + 1, // QString: the JMDN code
    };

    explicit GenericNameListModel(QObject* parent = nullptr);

    void setHits(std::vector<core::GenericNameHit> hits);
    const core::GenericName* name(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // "全身用X線CT診断装置 (Whole-body X-ray CT system)": the name in the UI's language first.
    static QString displayName(const core::GenericName& name);
    // "JMDN 37618010 · Class II · certification": code, class and the procedure the name implies.
    static QString facts(const core::GenericName& name);

private:
    std::vector<core::GenericNameHit> m_hits;
};

} // namespace shirube::ui
