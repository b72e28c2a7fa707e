// SPDX-License-Identifier: Apache-2.0
#include "core/jmdn/GenericNameIndex.h"

#include "core/storage/Sqlite.h"

#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

namespace shirube::core {

namespace {

// Trigram FTS5 cannot match a term shorter than three characters (code points).
constexpr int kTrigram = 3;

int codePoints(const QString& s)
{
    int n = 0;
    for (int i = 0; i < s.size(); ++i) {
        if (!(s.at(i).isLowSurrogate() && i > 0 && s.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

QString likeEscape(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    s.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return s;
}

QString ftsPhrase(QString term)
{
    term.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + term + QLatin1Char('"');
}

bool allDigits(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// The rank of a row for the whole query ?1 (normalised), ?2 = LIKE-escaped query + '%'.
constexpr const char* kTierSql =
    "CASE WHEN n.code = ?1 THEN 0 "
    "WHEN ?3 AND n.code LIKE ?2 ESCAPE '\\' THEN 1 "
    "WHEN n.name_ja = ?1 OR lower(n.name_en) = lower(?1) THEN 2 "
    "WHEN n.name_ja LIKE ?2 ESCAPE '\\' OR n.name_en LIKE ?2 ESCAPE '\\' THEN 3 "
    "WHEN instr(n.name_ja, ?1) > 0 OR instr(lower(n.name_en), lower(?1)) > 0 THEN 4 "
    "ELSE 5 END";

} // namespace

struct GenericNameIndex::Impl
{
    sqlite::Database db;
    mutable QMutex mutex;
};

GenericNameIndex::GenericNameIndex(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}

GenericNameIndex::~GenericNameIndex() = default;

QString GenericNameIndex::normalize(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

Result<std::unique_ptr<GenericNameIndex>> GenericNameIndex::build(const std::vector<GenericName>& names)
{
    auto fail = [](const QString& what) {
        return Error{
            ErrorCode::Internal, QStringLiteral("cannot build the generic-name index: ") + what, {}, 0};
    };
    QString error;
    std::optional<sqlite::Database> db = sqlite::Database::createInMemory(&error);
    if (!db)
        return fail(error);
    // `hay` holds every searchable field, for the LIKE fallback on terms shorter than a trigram.
    if (!db->exec(QStringLiteral(
                      "CREATE TABLE names(row INTEGER PRIMARY KEY, code TEXT NOT NULL, name_ja TEXT NOT NULL,"
                      " name_en TEXT NOT NULL, hay TEXT NOT NULL);"
                      "CREATE VIRTUAL TABLE names_fts USING fts5(code, name_ja, name_en, definition_ja,"
                      " tokenize = 'trigram');"),
                  &error))
        return fail(error + QStringLiteral(" (SQLite needs FTS5 with the trigram tokenizer, 3.34 or later)"));
    {
        sqlite::ScopedTransaction tx(*db);
        sqlite::Statement row(*db,
                              "INSERT INTO names(row, code, name_ja, name_en, hay) VALUES(?, ?, ?, ?, ?)");
        sqlite::Statement fts(
            *db, "INSERT INTO names_fts(rowid, code, name_ja, name_en, definition_ja) VALUES(?, ?, ?, ?, ?)");
        if (!row.isValid() || !fts.isValid())
            return fail(row.isValid() ? fts.error() : row.error());
        for (int i = 0; i < int(names.size()); ++i) {
            const GenericName& n = names[std::size_t(i)];
            const QString ja = normalize(n.nameJa);
            const QString en = normalize(n.nameEn);
            const QString def = normalize(n.definitionJa);
            row.bind(1, i);
            row.bind(2, n.code);
            row.bind(3, ja);
            row.bind(4, en);
            row.bind(5, n.code + QLatin1Char(' ') + ja + QLatin1Char(' ') + en + QLatin1Char(' ') + def);
            fts.bind(1, i + 1);
            fts.bind(2, n.code);
            fts.bind(3, ja);
            fts.bind(4, en);
            fts.bind(5, def);
            if (!row.run() || !fts.run())
                return fail(row.error().isEmpty() ? fts.error() : row.error());
        }
        if (!tx.commit(&error))
            return fail(error);
    }
    auto impl = std::make_unique<Impl>();
    impl->db = std::move(*db);
    return std::unique_ptr<GenericNameIndex>(new GenericNameIndex(std::move(impl)));
}

std::vector<GenericNameIndex::Match> GenericNameIndex::search(const QString& query, int limit) const
{
    std::vector<Match> matches;
    const QString q = normalize(query);
    if (q.isEmpty())
        return matches;
    const QStringList terms = q.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList phrases;
    QStringList shortTerms;
    for (const QString& t : terms) {
        if (codePoints(t) >= kTrigram)
            phrases << ftsPhrase(t);
        else
            shortTerms << t;
    }

    QString sql = QStringLiteral("SELECT n.row, ") + QLatin1String(kTierSql);
    if (!phrases.isEmpty()) {
        sql += QStringLiteral(" AS tier, bm25(names_fts, 10.0, 4.0, 4.0, 1.0) AS score"
                              " FROM names_fts JOIN names n ON n.row = names_fts.rowid - 1"
                              " WHERE names_fts MATCH ?4");
    } else {
        sql += QStringLiteral(" AS tier, 0.0 AS score FROM names n WHERE 1");
    }
    for (int i = 0; i < shortTerms.size(); ++i)
        sql += QStringLiteral(" AND n.hay LIKE ?") + QString::number(5 + i) + QStringLiteral(" ESCAPE '\\'");
    sql += QStringLiteral(" ORDER BY tier, score, length(n.name_ja), n.code");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT ") + QString::number(limit);

    QMutexLocker lock(&m_impl->mutex);
    const QByteArray utf8 = sql.toUtf8();
    sqlite::Statement st(m_impl->db, utf8.constData());
    if (!st.isValid())
        return matches;
    st.bind(1, q);
    st.bind(2, likeEscape(q) + QLatin1Char('%'));
    st.bind(3, allDigits(q) ? 1 : 0);
    if (!phrases.isEmpty())
        st.bind(4, phrases.join(QLatin1Char(' ')));
    for (int i = 0; i < shortTerms.size(); ++i)
        st.bind(5 + i, QLatin1Char('%') + likeEscape(shortTerms.at(i)) + QLatin1Char('%'));
    while (st.next())
        matches.push_back({int(st.integer(0)), MatchTier(st.integer(1)), st.real(2)});
    return matches;
}

} // namespace shirube::core
