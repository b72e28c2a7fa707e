// SPDX-License-Identifier: Apache-2.0
// tests/golden/jmdn/names.json: real products and the generic name each is marketed under. The shipped
// table must give that name the product's code, class and certification status (the facts issue #12
// found Shirube getting wrong when it derived the class from GHTF questions alone).

#include "core/jmdn/GenericNameTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>
#include <string>
#include <vector>

#include "tests/support/QtPrinters.h"

namespace shirube::core {
namespace {

struct Product
{
    std::string name;
    QJsonObject spec;
};

void PrintTo(const Product& p, std::ostream* os)
{
    *os << p.name;
}

std::vector<Product> loadProducts()
{
    std::vector<Product> products;
    QFile file(test::testData("golden/jmdn/names.json"));
    if (!file.open(QIODevice::ReadOnly))
        return products;
    const QJsonArray list =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("products")).toArray();
    for (const QJsonValue& v : list)
        products.push_back(
            {v.toObject().value(QStringLiteral("product")).toString().toStdString(), v.toObject()});
    return products;
}

class JmdnGolden : public ::testing::TestWithParam<Product>
{
};

TEST(JmdnGoldenFile, HasAtLeastTenProducts)
{
    EXPECT_GE(loadProducts().size(), 10u);
}

TEST_P(JmdnGolden, ClassAndCertification)
{
    static const Result<GenericNameTable> table = GenericNameTable::loadShipped();
    ASSERT_TRUE(table) << table.error().toString().toStdString();
    const QJsonObject spec = GetParam().spec;
    const QString genericName = spec.value(QStringLiteral("generic_name")).toString();

    // Found by its name (the exact name ranks first) and by its code.
    const std::vector<GenericNameHit> hits = table.value().search(genericName, 1);
    ASSERT_FALSE(hits.empty()) << "no generic name " << genericName.toStdString();
    const GenericName& n = hits.front().name;
    EXPECT_EQ(n.nameJa, genericName);
    EXPECT_EQ(n.code, spec.value(QStringLiteral("code")).toString());
    ASSERT_TRUE(table.value().lookup(n.code).has_value());

    EXPECT_EQ(n.deviceClass, spec.value(QStringLiteral("class")).toInt());
    EXPECT_EQ(n.certifiable(), spec.value(QStringLiteral("certified")).toBool());
    EXPECT_EQ(n.procedure(), spec.value(QStringLiteral("certified")).toBool()
                                 ? QStringLiteral("certification")
                                 : QStringLiteral("approval"));
    if (spec.contains(QStringLiteral("certification_notice_contains"))) {
        ASSERT_TRUE(n.certificationStandard.has_value());
        EXPECT_TRUE(n.certificationStandard->notice.contains(
            spec.value(QStringLiteral("certification_notice_contains")).toString()))
            << n.certificationStandard->notice.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Products, JmdnGolden, ::testing::ValuesIn(loadProducts()),
                         [](const ::testing::TestParamInfo<Product>& param) {
                             return "product_" + std::to_string(param.index);
                         });

} // namespace
} // namespace shirube::core
