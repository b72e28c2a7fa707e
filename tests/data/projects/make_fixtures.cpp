// SPDX-License-Identifier: Apache-2.0
// Writes the project-file fixtures of tests/data/projects/: one good file per schema version and
// broken or hostile files, each refused for its own reason (expected in refusals.tsv).
//
//   cmake --build BUILD --target shirube_make_fixtures && BUILD/tests/storage/shirube_make_fixtures
//   tests/data/projects
//
// The files are committed; the tests never run this. Never regenerate v1.shirube: it stands for files
// written by schema version 1, and must keep opening as it is.

#include "core/storage/ContentDigest.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectMigrator.h"
#include "core/storage/Sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sqlite3.h>

#include "tests/storage/StorageTestSupport.h"

using namespace shirube;

namespace {

QString g_dir;

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "make_fixtures: %s\n", qPrintable(message));
    std::exit(1);
}

void write(const char* name, const QByteArray& bytes)
{
    const QString path = g_dir + QLatin1Char('/') + QLatin1String(name);
    if (!test::writeAll(path, bytes))
        die(QStringLiteral("cannot write ") + path);
    std::printf("%-28s %7lld bytes\n", name, static_cast<long long>(bytes.size()));
}

// Runs SQL on a copy of a database image with a plain (not hardened) connection.
QByteArray modified(const QByteArray& image, const char* sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK)
        die(QStringLiteral("sqlite3_open"));
    if (!image.isEmpty()) {
        auto* buffer = static_cast<unsigned char*>(sqlite3_malloc64(sqlite3_uint64(image.size())));
        memcpy(buffer, image.constData(), size_t(image.size()));
        if (sqlite3_deserialize(db, "main", buffer, image.size(), image.size(),
                                SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) != SQLITE_OK)
            die(QStringLiteral("deserialize: ") + QString::fromUtf8(sqlite3_errmsg(db)));
    }
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
        die(QStringLiteral("exec: ") + QString::fromUtf8(error));
    sqlite3_int64 size = 0;
    unsigned char* out = sqlite3_serialize(db, "main", &size, 0);
    QByteArray result(reinterpret_cast<const char*>(out), qsizetype(size));
    sqlite3_free(out);
    sqlite3_close(db);
    return result;
}

qint64 queryInt(const QByteArray& image, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open(":memory:", &db);
    auto* buffer = static_cast<unsigned char*>(sqlite3_malloc64(sqlite3_uint64(image.size())));
    memcpy(buffer, image.constData(), size_t(image.size()));
    sqlite3_deserialize(db, "main", buffer, image.size(), image.size(), SQLITE_DESERIALIZE_FREEONCLOSE);
    sqlite3_stmt* stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

QByteArray withHeaderInt(QByteArray image, int offset, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        image[offset + i] = char((value >> (24 - 8 * i)) & 0xFF);
    return image;
}

QByteArray flipBit(QByteArray image, qsizetype offset, int bit)
{
    image[offset] = char(uchar(image[offset]) ^ (1u << bit));
    return image;
}

// A small current-version project: three products, every field in use.
core::Project fixtureProject()
{
    core::Project project = test::sampleProject(3, 20250401, 2);
    project.meta.title = QStringLiteral("Fixture portfolio");
    return project;
}

// Schema version 1, written the way version 1 wrote it (migration 0001 only).
QByteArray version1()
{
    QString error;
    std::optional<core::sqlite::Database> db = core::sqlite::Database::createInMemory(&error);
    if (!db || !db->exec(QStringLiteral("PRAGMA application_id = ") +
                         QString::number(core::ProjectFile::kApplicationId)))
        die(error);
    if (std::optional<core::Error> e = core::ProjectMigrator::migrate(*db, 0, 1))
        die(e->toString());
    const char* sql = R"SQL(
INSERT INTO project (id, title, owner, client, notes)
VALUES (1, 'Clinic AI portfolio', 'K. Tanaka', '  Hokkaido Medical Devices KK  ', 'written by schema version 1');
INSERT INTO product (id, position, name, profile, selected_route, notes, ruleset_id, ruleset_version, plan_snapshot)
VALUES (7, 0, 'Gram-stain image AI',
 '{"schema":"shirube.profile/1","name":"Gram-stain image AI","intended_use":"Classifies Gram-stained smear images","kind":"samd","novelty":"new","software":{"significance":"diagnose","situation":"serious","uses_ai":true},"applicant":{"type":"startup"},"markets":["JP"]}',
 'standard', 'first product', 'jp-pmd', '2024.2',
 '{"schema":"shirube.plan/1","ruleset":{"id":"jp-pmd","version":"2024.2"},"profile":"Gram-stain image AI","regulated":true,"class":2,"procedure":"approval","review_category":"new","designations":[],"routes":[{"id":"standard","label":"Standard approval","months":{"p50":30.5,"p80":38},"cost_jpy":{"p50":9000000,"p80":12000000}}],"funding":[],"warnings":[]}');
INSERT INTO product (id, position, name, profile, selected_route, notes, ruleset_id, ruleset_version, plan_snapshot)
VALUES (3, 1, 'EUS-HGS stent',
 '{"schema":"shirube.profile/1","name":"EUS-HGS stent","kind":"hardware","hardware":{"invasiveness":"surgically_invasive","duration":"long_term"}}',
 '', '', '', '', '');
INSERT INTO override (product_id, position, activity, months_min, months_likely, months_max, cost_jpy, note)
VALUES (7, 0, 'clinical_performance_study', 4, 6.5, 9, 12000000, 'CRO quote');
INSERT INTO override (product_id, position, activity, months_min, months_likely, months_max, cost_jpy, note)
VALUES (7, 1, 'pmda_review', NULL, NULL, NULL, 3500000, 'fee only');
INSERT INTO milestone (product_id, position, activity, date, note)
VALUES (7, 0, 'pmda_consultation_pre_development', '2024-05-20', 'minutes received');
INSERT INTO milestone (product_id, position, activity, date, note)
VALUES (3, 0, 'clinical_trial', '', 'started; day unknown');
)SQL";
    if (!db->exec(QString::fromUtf8(sql), &error))
        die(error);
    const std::optional<QByteArray> digest = core::contentDigest(*db, &error);
    if (!digest)
        die(error);
    if (!db->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('content_blake2b', '") +
                      QString::fromLatin1(*digest) +
                      QStringLiteral("'), ('saved_by', 'Shirube 0.1.0 (schema 1)'), ('saved_at', "
                                     "'2025-01-15T09:30:00.000Z')"),
                  &error))
        die(error);
    return db->serialize();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        die(QStringLiteral("usage: shirube_make_fixtures tests/data/projects"));
    g_dir = QDir(QString::fromLocal8Bit(argv[1])).absolutePath();
    QDir().mkpath(g_dir);

    write("v1.shirube", version1());

    const QString currentPath = g_dir + QStringLiteral("/current.shirube");
    if (std::optional<core::Error> e = core::ProjectFile::save(fixtureProject(), currentPath))
        die(e->toString());
    const QByteArray current = test::readAll(currentPath);
    std::printf("%-28s %7lld bytes (schema %d)\n", "current.shirube", static_cast<long long>(current.size()),
                core::ProjectFile::schemaVersion());
    const int pageSize = 4096;

    write("empty.shirube", QByteArray());
    write("text.shirube", "Meeting notes: bring the project file on a USB stick.\n");
    write("json.shirube", "{\"schema\": \"shirube.profile/1\", \"name\": \"A profile, not a project\"}\n");
    // A 1x1 PNG.
    write("image.shirube", QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42m"
                                                  "Nk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
    write("header-only.shirube", current.left(50));
    qsizetype cut = current.size() * 2 / 3;
    if (cut % pageSize == 0)
        cut -= 1000;
    write("truncated.shirube", current.left(cut));
    write("truncated-page.shirube", current.left(current.size() - pageSize));

    const qsizetype text = current.indexOf("sample device");
    if (text < 0)
        die(QStringLiteral("no profile text found in current.shirube"));
    write("bitflip-content.shirube", flipBit(current, text + 1, 1)); // "sample" -> "scmple"
    const qint64 root = queryInt(current, "SELECT rootpage FROM sqlite_schema WHERE name = 'product'");
    if (root < 2)
        die(QStringLiteral("no root page for product"));
    write("bitflip-btree.shirube", flipBit(current, (root - 1) * pageSize, 2)); // page type 0x0D -> 0x09

    write("wrong-appid.shirube",
          modified(QByteArray(),
                   "PRAGMA application_id = 1196444487; CREATE TABLE gpkg_contents (table_name TEXT "
                   "PRIMARY KEY, data_type TEXT); INSERT INTO gpkg_contents VALUES ('roads', 'features');"));
    write("plain-sqlite.shirube",
          modified(QByteArray(),
                   "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places "
                   "(url) VALUES ('https://www.pmda.go.jp/');"));
    write("newer.shirube", withHeaderInt(current, 60, 99));
    write("no-version.shirube", withHeaderInt(current, 60, 0));
    write("schema-mismatch.shirube", modified(current, "CREATE TABLE extra (x TEXT);"));
    write("trigger.shirube",
          modified(current,
                   "CREATE TRIGGER wipe_on_update AFTER UPDATE ON product BEGIN DELETE FROM product; END;"));
    write("view.shirube",
          modified(current, "ALTER TABLE client RENAME TO client_data; CREATE VIEW client AS SELECT "
                            "id, position, name || load_extension('/tmp/evil.so') AS name FROM "
                            "client_data;"));
    write("virtual-table.shirube", modified(current, "CREATE VIRTUAL TABLE notes_index USING fts5(notes);"));
    return 0;
}
