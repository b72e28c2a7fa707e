// SPDX-License-Identifier: Apache-2.0
#pragma once

// Runs the built shirube-cli (SHIRUBE_CLI_PATH) the way a user's shell would, and collects its exit
// code, stdout and stderr.

#include <QByteArray>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include "tests/support/QtPrinters.h"

namespace shirube::test {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool crashed = false;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

inline QString cliData(const QString& relative)
{
    return QStringLiteral(SHIRUBE_CLI_DATA_DIR "/") + relative;
}

inline CliResult runCli(const QStringList& args, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SHIRUBE_CLI_PATH), args);
    CliResult result;
    if (!process.waitForStarted(30000)) {
        ADD_FAILURE() << "shirube-cli did not start: " << process.errorString().toStdString();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << "shirube-cli timed out: " << args.join(QLatin1Char(' ')).toStdString();
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline QJsonObject parseObject(const QByteArray& json, QString* error = nullptr)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (error)
        *error = parseError.error == QJsonParseError::NoError
                     ? (doc.isObject() ? QString() : QStringLiteral("not an object"))
                     : parseError.errorString();
    return doc.object();
}

// Splits RFC 4180 CSV into rows of fields (quoted fields may hold commas, quotes and newlines).
// Sets `ok` to false on a malformed quote.
inline QList<QStringList> parseCsv(const QString& text, bool& ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                ok = false; // a quote in the middle of an unquoted field
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r')) {
            // part of CRLF
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        ok = false;
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

} // namespace shirube::test
