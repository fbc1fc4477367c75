#include "AuditDialog.h"

#include "models/AuditModel.h"
#include "storage/Casebook.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "sync/SyncOverview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace xianjie {

AuditDialog::AuditDialog(Casebook &casebook, QWidget *parent) : QDialog(parent), m_casebook(casebook)
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit log"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    if (casebook.identity().role == Casebook::Role::County) {
        // The county also holds each station's log, as it arrived in the station's bundles.
        m_log = new QComboBox(this);
        m_log->setObjectName(QStringLiteral("auditLogCombo"));
        m_log->addItem(tr("This casebook"), QString());
        if (auto stations = SyncOverview::stations(casebook))
            for (const StationSummary &st : *stations)
                m_log->addItem(QStringLiteral("%1 (%2)").arg(st.name, st.code), st.stationId);
        filters->addWidget(new QLabel(tr("Log of:"), this));
        filters->addWidget(m_log, 1);
        connect(m_log, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    }
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUserCombo"));
    m_user->addItem(tr("All users"), QString());
    if (auto users = UserRepository(casebook).users())
        for (const User &u : *users)
            m_user->addItem(QStringLiteral("%1 (%2)").arg(u.displayName, u.username), u.id);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionCombo"));
    m_action->addItem(tr("All actions"), QString());
    for (const QString &a : AuditLog::actions())
        m_action->addItem(AuditLog::actionLabel(a), a);
    const QDate today = casebook.clock().today();
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(true);
    }
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_user, 1);
    filters->addWidget(new QLabel(tr("Action:"), this));
    filters->addWidget(m_action, 1);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    layout->addLayout(filters);

    m_chain = new QLabel(this);
    m_chain->setObjectName(QStringLiteral("auditChainLabel"));
    m_chain->setWordWrap(true);
    layout->addWidget(m_chain);

    m_model = new AuditModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditDialog::reload);
    resize(1100, 640);
    reload();
    verifyChain();
}

void AuditDialog::verifyChain()
{
    // Reading every entry of a large casebook takes seconds: on a worker thread, with its own read connection,
    // once when the dialog opens (the filters only choose what is shown).
    m_chain->setText(tr("Checking that no entry has been changed, removed or moved…"));
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_chainText = watcher->result();
        showChain();
    });
    watcher->setFuture(QtConcurrent::run([path = m_casebook.path()]() -> Result<QString> {
        const QString name = Database::uniqueConnectionName(QStringLiteral("audit-verify"));
        Result<QString> result = QString();
        {
            auto db = Casebook::openReadConnection(path, name);
            if (!db)
                return db.error();
            result = AuditLog::verify(*db);
            Database::forgetConnection(name);
            db->close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }));
}

void AuditDialog::showChain()
{
    if (m_log && !m_log->currentData().toString().isEmpty())
        return; // a station's log: its chain was checked when its bundles arrived
    if (!m_chainText) {
        m_chain->setText(tr("Checking that no entry has been changed, removed or moved…"));
        m_chain->setStyleSheet(QString());
    } else if (!m_chainText->ok()) {
        m_chain->setText(m_chainText->message());
    } else if (m_chainText->value().isEmpty()) {
        m_chain->setText(tr("The audit log is complete: no entry has been changed, removed or moved."));
        m_chain->setStyleSheet(QString());
    } else {
        m_chain->setText(m_chainText->value());
        m_chain->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    }
}

void AuditDialog::reload()
{
    AuditLog::Filter f;
    f.action = m_action->currentData().toString();
    f.from = m_from->date();
    f.to = m_to->date();
    const QString station = m_log ? m_log->currentData().toString() : QString();
    m_user->setEnabled(station.isEmpty());
    if (!station.isEmpty()) {
        m_chain->setText(tr("%1's audit log as the county holds it: every entry was checked against the chain when "
                            "its bundle arrived.")
                             .arg(m_log->currentText()));
        m_chain->setStyleSheet(QString());
        auto entries = AuditLog::stationEntries(m_casebook.db(), station, f);
        m_model->setEntries(entries ? *entries : QList<AuditEntry>());
        m_view->resizeColumnsToContents();
        return;
    }
    showChain();
    f.userId = m_user->currentData().toString();
    auto entries = AuditLog::entries(m_casebook.db(), f);
    m_model->setEntries(entries ? *entries : QList<AuditEntry>());
    m_view->resizeColumnsToContents();
}

} // namespace xianjie
