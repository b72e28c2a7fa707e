// SPDX-License-Identifier: Apache-2.0
#include "core/common/Result.h"

namespace shirube::core {

QString Error::toString() const
{
    QString where = path;
    if (line > 0)
        where += (where.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(line);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace shirube::core
