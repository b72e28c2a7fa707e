// SPDX-License-Identifier: Apache-2.0
#pragma once

// File › Open Team Project: where the team project lives, as a form (host, port, database, user, TLS
// mode) or a postgresql:// URL; the two stay in step. Never asks for or keeps a password: the note
// says where libpq finds it (the password file, a service file, PGPASSWORD).

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace shirube::ui {

class TeamConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamConnectDialog)

public:
    explicit TeamConnectDialog(QWidget* parent = nullptr);
    ~TeamConnectDialog() override;

    // The URL to connect to (no password); empty while the form is not complete.
    QString url() const;
    // Fills the form from a URL (as typed or pasted); false, with the problem shown, when it is not usable.
    bool setUrl(const QString& url);
    // The problem shown under the form (empty when the form is complete).
    QString problem() const;

    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* userEdit() const { return m_user; }
    QComboBox* tlsBox() const { return m_tls; }
    QDialogButtonBox* buttons() const { return m_buttons; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void formEdited();
    void urlEdited();
    void showProblem(const QString& problem);

    QLineEdit* m_url;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_tls;
    QLabel* m_urlLabel;
    QLabel* m_hostLabel;
    QLabel* m_portLabel;
    QLabel* m_databaseLabel;
    QLabel* m_userLabel;
    QLabel* m_tlsLabel;
    QLabel* m_password;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QStringList m_otherOptions; // settings of a pasted URL the form has no field for (service, sslrootcert…)
    bool m_updating = false;
};

} // namespace shirube::ui
