// SPDX-License-Identifier: Apache-2.0
#include "ui/project/TeamConnectDialog.h"

#include "core/storage/postgres/PgUrl.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shirube::ui {

namespace {

// libpq's sslmode values, weakest first (https://www.postgresql.org/docs/15/libpq-ssl.html).
const char* const kTlsModes[] = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"};

} // namespace

TeamConnectDialog::TeamConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_urlLabel(new QLabel(this))
    , m_hostLabel(new QLabel(this))
    , m_portLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_tlsLabel(new QLabel(this))
    , m_password(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("teamConnectDialog"));
    m_url->setObjectName(QStringLiteral("teamUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/portfolio?sslmode=verify-full"));
    m_host->setObjectName(QStringLiteral("teamHost"));
    m_port->setObjectName(QStringLiteral("teamPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("teamDatabase"));
    m_user->setObjectName(QStringLiteral("teamUser"));
    m_tls->setObjectName(QStringLiteral("teamTls"));
    for (const char* mode : kTlsModes)
        m_tls->addItem(QString(), QString::fromLatin1(mode));
    m_tls->setCurrentIndex(5); // verify-full: the server's certificate and name are checked
    m_password->setObjectName(QStringLiteral("teamPasswordNote"));
    m_password->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("teamProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link);"));

    auto* form = new QFormLayout;
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_tlsLabel, m_tls);
    form->addRow(m_urlLabel, m_url);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_password);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textEdited, this, &TeamConnectDialog::formEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamConnectDialog::formEdited);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &TeamConnectDialog::formEdited);
    connect(m_url, &QLineEdit::textEdited, this, &TeamConnectDialog::urlEdited);
    retranslate();
    formEdited();
    resize(520, sizeHint().height());
}

TeamConnectDialog::~TeamConnectDialog() = default;

void TeamConnectDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TeamConnectDialog::retranslate()
{
    setWindowTitle(tr("Open Team Project"));
    m_hostLabel->setText(tr("&Server:"));
    m_hostLabel->setBuddy(m_host);
    m_host->setPlaceholderText(tr("db.example.jp, or a socket folder such as /run/postgresql"));
    m_portLabel->setText(tr("&Port:"));
    m_portLabel->setBuddy(m_port);
    m_databaseLabel->setText(tr("&Database:"));
    m_databaseLabel->setBuddy(m_database);
    m_userLabel->setText(tr("&User:"));
    m_userLabel->setBuddy(m_user);
    m_tlsLabel->setText(tr("&Encryption (TLS):"));
    m_tlsLabel->setBuddy(m_tls);
    const QString modes[] = {tr("Off (disable)"),
                             tr("Only if the server insists (allow)"),
                             tr("When the server offers it (prefer)"),
                             tr("Always, certificate not checked (require)"),
                             tr("Always, certificate checked (verify-ca)"),
                             tr("Always, certificate and server name checked (verify-full)")};
    for (int i = 0; i < m_tls->count(); ++i)
        m_tls->setItemText(i, modes[i]);
    m_urlLabel->setText(tr("or &URL:"));
    m_urlLabel->setBuddy(m_url);
    m_password->setText(
        tr("Shirube never asks for or stores your password. Keep it in your PostgreSQL password file "
           "(~/.pgpass), in a service file, or in the PGPASSWORD environment variable."));
    if (QPushButton* open = m_buttons->button(QDialogButtonBox::Open))
        open->setText(tr("&Connect"));
    formEdited();
}

QString TeamConnectDialog::url() const
{
    return problem().isEmpty() ? m_url->text().trimmed() : QString();
}

QString TeamConnectDialog::problem() const
{
    return m_problem->text();
}

void TeamConnectDialog::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (QPushButton* open = m_buttons->button(QDialogButtonBox::Open))
        open->setEnabled(problem.isEmpty());
}

void TeamConnectDialog::formEdited()
{
    if (m_updating)
        return;
    core::pg::Target t;
    t.host = m_host->text().trimmed();
    t.port = m_port->value();
    t.database = m_database->text().trimmed();
    t.user = m_user->text().trimmed();
    t.options = m_otherOptions;
    t.options.prepend(QStringLiteral("sslmode=") + m_tls->currentData().toString());
    m_updating = true;
    m_url->setText(t.database.isEmpty() ? QString() : core::pg::toUrl(t));
    m_updating = false;
    showProblem(t.database.isEmpty() ? tr("Enter the database of the team project.") : QString());
}

bool TeamConnectDialog::setUrl(const QString& url)
{
    m_url->setText(url);
    urlEdited();
    return problem().isEmpty();
}

void TeamConnectDialog::urlEdited()
{
    if (m_updating)
        return;
    const QString text = m_url->text().trimmed();
    core::Result<core::pg::Target> parsed = core::pg::parseUrl(text);
    if (!parsed.ok()) {
        const bool password = parsed.error().message.contains(QLatin1String("password"));
        if (password) {
            m_updating = true;
            m_url->setText(parsed.error().path); // the URL without the password: it is never kept
            m_updating = false;
        }
        showProblem(password
                        ? tr("Remove the password from the URL: Shirube never keeps passwords. Put it in "
                             "your PostgreSQL password file (~/.pgpass) instead.")
                        : tr("This is not a team project URL. It looks like "
                             "postgresql://user@server:5432/database."));
        return;
    }
    const core::pg::Target& t = parsed.value();
    m_updating = true;
    m_host->setText(t.host);
    m_port->setValue(t.port > 0 ? t.port : 5432);
    m_database->setText(t.database);
    m_user->setText(t.user);
    m_otherOptions.clear();
    for (const QString& option : t.options) {
        if (option.startsWith(QLatin1String("sslmode="))) {
            const int i = m_tls->findData(option.mid(8));
            if (i >= 0)
                m_tls->setCurrentIndex(i);
        } else {
            m_otherOptions << option;
        }
    }
    m_updating = false;
    showProblem(t.database.isEmpty() ? tr("Enter the database of the team project.") : QString());
}

} // namespace shirube::ui
