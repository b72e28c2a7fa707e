// SPDX-License-Identifier: Apache-2.0
#pragma once

// The search index behind GenericNameTable: an in-memory SQLite database with an FTS5 table using the
// trigram tokenizer, so a Japanese substring (静脈用 in 中心静脈用カテーテル), a part of an English
// word or a part of a code matches without a morphological analyser (reference LIB-1). Terms shorter
// than three characters, which a trigram index cannot match, are matched with LIKE.

#include "core/common/Result.h"
#include "core/jmdn/GenericName.h"

#include <QString>

#include <memory>
#include <vector>

namespace shirube::core {

// How well a row matches, best first: the rank orders hits before the FTS5 bm25 score does.
enum class MatchTier
{
    ExactCode = 0,    // the query is the row's code
    CodePrefix = 1,   // the query is the start of the code ("3761")
    ExactName = 2,    // the query is the Japanese or English name (case-insensitive)
    NamePrefix = 3,   // a name starts with the query
    NameContains = 4, // a name contains the whole query
    Other = 5,        // the terms occur somewhere: name, code or definition
};

class GenericNameIndex
{
public:
    struct Match
    {
        int row = 0; // index into the vector given to build()
        MatchTier tier = MatchTier::Other;
        double score = 0; // bm25 (lower is better); 0 for LIKE-only matches
    };

    ~GenericNameIndex();
    GenericNameIndex(const GenericNameIndex&) = delete;
    GenericNameIndex& operator=(const GenericNameIndex&) = delete;

    static Result<std::unique_ptr<GenericNameIndex>> build(const std::vector<GenericName>& names);

    // Every row matching all the query's terms (split at white space), ranked: tier, then bm25, then
    // the shorter Japanese name, then the code. A name match thus ranks before a definition-only match. At
    // most `limit` matches (limit <= 0: no limit). Safe to call from several threads (calls are serialised).
    std::vector<Match> search(const QString& query, int limit) const;

    // The form both the index and queries are compared in: NFKC (full-width letters and digits become
    // ASCII, half-width katakana full-width), trimmed, white space collapsed.
    static QString normalize(const QString& text);

private:
    struct Impl;
    explicit GenericNameIndex(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace shirube::core
