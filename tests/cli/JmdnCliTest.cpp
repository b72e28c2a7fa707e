// SPDX-License-Identifier: Apache-2.0
// shirube-cli jmdn: the JSON contract of `jmdn search`, and a successful `jmdn import` into a temporary
// data folder (--data-dir) that later searches see. Error cases are data-driven in data/cases.json.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "tests/cli/CliRunner.h"

using shirube::test::runCli;

namespace {

QString noUserTable()
{
    return QStringLiteral(SHIRUBE_CLI_DATA_DIR "/jmdn/no-user-table");
}

QJsonArray parseArray(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(doc.isArray());
    return doc.array();
}

TEST(JmdnCli, SearchJsonIsAnArrayOfSixKeysBestMatchFirst)
{
    const shirube::test::CliResult r =
        runCli({QStringLiteral("jmdn"), QStringLiteral("search"), QString::fromUtf8("中心静脈用カテーテル"),
                QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--data-dir"), noUserTable()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray hits = parseArray(r.out);
    ASSERT_GE(hits.size(), 1);
    EXPECT_LE(hits.size(), 3);
    const QJsonObject first = hits.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("code")).toString(), QStringLiteral("10729100"));
    const QStringList keys = first.keys();
    EXPECT_EQ(keys.size(), 6);
    for (const char* k : {"code", "name_ja", "name_en", "class", "certification_standard", "source"})
        EXPECT_TRUE(first.contains(QString::fromLatin1(k))) << k;
    EXPECT_EQ(first.value(QStringLiteral("class")).toInt(), 4);
    // The keys come in the documented order, code first.
    EXPECT_TRUE(r.out.indexOf("\"code\"") < r.out.indexOf("\"name_ja\""));
    EXPECT_TRUE(r.out.indexOf("\"name_ja\"") < r.out.indexOf("\"certification_standard\""));
}

TEST(JmdnCli, SearchWithoutMatchesIsAnEmptyArray)
{
    const shirube::test::CliResult r =
        runCli({QStringLiteral("jmdn"), QStringLiteral("search"), QString::fromUtf8("存在しない名称"),
                QStringLiteral("--data-dir"), noUserTable()});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(parseArray(r.out).size(), 0);
}

TEST(JmdnCli, ImportThenSearchAndShowSeeTheImportedNames)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("pmda.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QString::fromUtf8(
                    "一般的名称一覧,,,\r\n"
                    "コード,一般的名称,一般的名称定義,クラス分類,特定保守,設置管理,修理区分,QMS,英名\r\n"
                    "80000001,試験用汎用モニタ,\"生体情報を表示する装置をいう。\",Ⅱ,該当,,G2,該当,Test "
                    "monitor\r\n"
                    "37618010,全身用X線CT診断装置,X線CT装置をいう。,Ⅱ,該当,該当,G1,該当,\r\n")
                    .toUtf8());
    }
    const QString data = dir.filePath(QStringLiteral("data"));
    const shirube::test::CliResult imported =
        runCli({QStringLiteral("jmdn"), QStringLiteral("import"), csv, QStringLiteral("--data-dir"), data});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.outText().contains(QStringLiteral("imported 2 generic names")));
    EXPECT_TRUE(imported.outText().contains(QStringLiteral("1 kept the shipped table's curated facts")));
    EXPECT_TRUE(QFile::exists(data + QStringLiteral("/jmdn/generic-names.json")));

    const shirube::test::CliResult found =
        runCli({QStringLiteral("jmdn"), QStringLiteral("search"), QStringLiteral("test moni"),
                QStringLiteral("--data-dir"), data});
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    const QJsonArray hits = parseArray(found.out);
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("80000001"));

    // The curated CT row keeps its certification standard after the import.
    const shirube::test::CliResult ct =
        runCli({QStringLiteral("jmdn"), QStringLiteral("show"), QStringLiteral("37618010"),
                QStringLiteral("--data-dir"), data});
    ASSERT_EQ(ct.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(ct.out).object();
    EXPECT_EQ(o.value(QStringLiteral("origin")).toString(), QStringLiteral("user"));
    EXPECT_EQ(o.value(QStringLiteral("repair_category")).toString(), QStringLiteral("G1"));
    EXPECT_TRUE(o.value(QStringLiteral("certification_standard"))
                    .toObject()
                    .value(QStringLiteral("name"))
                    .toString()
                    .contains(QString::fromUtf8("全身用X線CT診断装置等認証基準")));
    EXPECT_EQ(o.value(QStringLiteral("procedure")).toString(), QStringLiteral("certification"));
}

} // namespace
