// SPDX-License-Identifier: Apache-2.0
#pragma once

// A product back from the JSON of Product::toJson() (kept as the previous version in a team project's
// history, issue 15).

#include "core/common/Result.h"
#include "core/storage/Project.h"

#include <QByteArray>
#include <QJsonObject>

namespace shirube::core {

Result<Product> productFromJson(const QJsonObject& object);
Result<Product> productFromJsonBytes(const QByteArray& json);
QByteArray productToJsonBytes(const Product& product);

} // namespace shirube::core
