// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace shirube::core {

// What went wrong, as a code the caller can branch on. The ui turns these into humane text.
enum class ErrorCode
{
    Usage,          // the caller asked for something that does not exist (bad option, unknown id)
    InvalidProfile, // a profile does not match shirube.profile/1
    InvalidRuleset, // a ruleset failed to parse or validate
    ProjectRefused, // a project file is corrupt, truncated, foreign or from a newer version
    InvalidData,    // a data table (the JMDN generic-name list) or a file imported into one is invalid
    Io,             // a file could not be read or written
    Internal,       // a broken invariant
};

// One error. `path` names where: a field path ("hardware.duration"), a JSON pointer-like locator in
// a ruleset ("transitions[12].steps[0].months"), or a file name. `line` is 1-based when known, else 0.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString path;
    int line = 0;

    // "path: message" or "file:line: message"; untranslated, for logs, the CLI and tests.
    QString toString() const;
};

// A value or an Error. C++20 has no std::expected; this is the small subset we need.
template <typename T> class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace shirube::core
