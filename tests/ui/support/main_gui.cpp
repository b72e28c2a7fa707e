// SPDX-License-Identifier: Apache-2.0
// The GoogleTest main for GUI tests: a QApplication on the offscreen platform (unless one is set), with
// QStandardPaths in test mode so no test reads or writes the developer's real settings.
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Shirube"));
    QApplication::setApplicationName(QStringLiteral("Shirube-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
