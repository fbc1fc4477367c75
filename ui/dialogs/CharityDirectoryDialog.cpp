#include "CharityDirectoryDialog.h"

#include "BackgroundWork.h"
#include "dialogs/OrgDialog.h"
#include "dialogs/ProjectDialog.h"
#include "rules/Labels.h"
#include "storage/Casebook.h"
#include "storage/CharityDirectory.h"
#include "widgets/FormParts.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xianjie {

namespace {
QString codes(const Labels::Entries &entries, const QStringList &list)
{
    QStringList words;
    for (const QString &c : list)
        words << Labels::label(entries, c);
    return words.join(QCoreApplication::translate("xianjie::CharityDirectoryDialog", ", "));
}
} // namespace

CharityDirectoryDialog::CharityDirectoryDialog(Casebook &casebook, QWidget *parent)
    : QDialog(parent), m_casebook(casebook), m_work(new BackgroundWork(casebook, this))
{
    setObjectName(QStringLiteral("charityDirectoryDialog"));
    setWindowTitle(tr("Charity directory"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *orgButtons = new QHBoxLayout;
    orgButtons->addWidget(new QLabel(tr("Organisations"), top), 1);
    auto *addOrg = new QPushButton(tr("&Add organisation…"), top);
    m_editOrg = new QPushButton(tr("&Edit…"), top);
    auto *import = new QPushButton(tr("&Import CSV…"), top);
    import->setToolTip(tr("A CSV file of organisations, or of projects with the column 机构信用代码 (org_credit_code), "
                          "as Excel saves it (UTF-8 or GB18030). Every row is checked first; if one is wrong, "
                          "nothing is imported."));
    orgButtons->addWidget(import);
    orgButtons->addWidget(addOrg);
    orgButtons->addWidget(m_editOrg);
    topLayout->addLayout(orgButtons);
    m_orgTable = FormParts::listTable(
        {tr("Name"), tr("Credit code"), tr("Services"), tr("Target groups"), tr("Contact"), tr("Status")},
        QStringLiteral("orgTable"), top);
    topLayout->addWidget(m_orgTable);
    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *projectButtons = new QHBoxLayout;
    projectButtons->addWidget(new QLabel(tr("Projects of the organisation"), bottom), 1);
    m_addProject = new QPushButton(tr("Add &project…"), bottom);
    m_editProject = new QPushButton(tr("Edit p&roject…"), bottom);
    projectButtons->addWidget(m_addProject);
    projectButtons->addWidget(m_editProject);
    bottomLayout->addLayout(projectButtons);
    m_projectTable = FormParts::listTable({tr("Project"), tr("Number"), tr("Services"), tr("Target groups"),
                                           tr("Places left"), tr("Dates"), tr("Campaigns")},
                                          QStringLiteral("projectTable"), bottom);
    bottomLayout->addWidget(m_projectTable);
    layout->addWidget(splitter, 1);
    m_report = new QLabel(this);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->hide();
    layout->addWidget(m_report);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_orgTable, &QTableWidget::itemSelectionChanged, this, &CharityDirectoryDialog::showProjects);
    connect(addOrg, &QPushButton::clicked, this, [this] {
        OrgDialog dialog(m_casebook, CharityOrg(), this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    });
    connect(m_editOrg, &QPushButton::clicked, this, [this] {
        for (const CharityOrg &o : std::as_const(m_orgs))
            if (o.id == selectedOrg()) {
                OrgDialog dialog(m_casebook, o, this);
                if (dialog.exec() == QDialog::Accepted)
                    reload();
            }
    });
    connect(m_addProject, &QPushButton::clicked, this, [this] {
        CharityProject p;
        p.orgId = selectedOrg();
        ProjectDialog dialog(m_casebook, p, this);
        if (dialog.exec() == QDialog::Accepted)
            showProjects();
    });
    connect(m_editProject, &QPushButton::clicked, this, [this] {
        const auto rows = m_projectTable->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        ProjectDialog dialog(m_casebook, m_projects.at(rows.first().row()), this);
        if (dialog.exec() == QDialog::Accepted)
            showProjects();
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import organisations or projects"), QString(),
                                                          tr("Spreadsheets (*.csv *.xlsx)"));
        if (!path.isEmpty())
            importFile(path);
    });
    resize(980, 640);
    reload();
}

QString CharityDirectoryDialog::selectedOrg() const
{
    const auto rows = m_orgTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_orgs.at(rows.first().row()).id;
}

void CharityDirectoryDialog::reload()
{
    const QString keep = selectedOrg();
    auto orgs = CharityDirectory(m_casebook).orgs();
    m_orgs = orgs ? *orgs : QList<CharityOrg>();
    m_orgTable->setRowCount(int(m_orgs.size()));
    for (int r = 0; r < m_orgs.size(); ++r) {
        const CharityOrg &o = m_orgs.at(r);
        m_orgTable->setItem(r, 0, new QTableWidgetItem(o.name));
        m_orgTable->setItem(r, 1, new QTableWidgetItem(o.creditCode));
        m_orgTable->setItem(r, 2, new QTableWidgetItem(codes(Labels::needTypes(), o.serviceTypes)));
        m_orgTable->setItem(r, 3, new QTableWidgetItem(codes(Labels::targetGroups(), o.targetGroups)));
        m_orgTable->setItem(r, 4,
                            new QTableWidgetItem(QStringList{o.contactPerson, o.contactPhone}.join(QLatin1Char(' '))));
        m_orgTable->setItem(r, 5, new QTableWidgetItem(Labels::label(Labels::orgStatuses(), o.status)));
        if (o.id == keep || (keep.isEmpty() && r == 0))
            m_orgTable->selectRow(r);
    }
    m_orgTable->resizeColumnsToContents();
    showProjects();
}

void CharityDirectoryDialog::showProjects()
{
    const QString org = selectedOrg();
    m_editOrg->setEnabled(!org.isEmpty());
    m_addProject->setEnabled(!org.isEmpty());
    auto projects = org.isEmpty() ? Result<QList<CharityProject>>(QList<CharityProject>())
                                  : CharityDirectory(m_casebook).projects(org);
    m_projects = projects ? *projects : QList<CharityProject>();
    m_projectTable->setRowCount(int(m_projects.size()));
    for (int r = 0; r < m_projects.size(); ++r) {
        const CharityProject &p = m_projects.at(r);
        m_projectTable->setItem(r, 0, new QTableWidgetItem(p.name));
        m_projectTable->setItem(r, 1, new QTableWidgetItem(p.projectNumber));
        m_projectTable->setItem(r, 2, new QTableWidgetItem(codes(Labels::needTypes(), p.serviceTypes)));
        m_projectTable->setItem(r, 3, new QTableWidgetItem(codes(Labels::targetGroups(), p.targetGroups)));
        m_projectTable->setItem(
            r, 4, new QTableWidgetItem(p.placesLeft() < 0 ? tr("not limited") : QString::number(p.placesLeft())));
        m_projectTable->setItem(
            r, 5,
            new QTableWidgetItem(p.startsOn.isValid() || p.endsOn.isValid()
                                     ? tr("%1 to %2").arg(Labels::date(p.startsOn), Labels::date(p.endsOn))
                                     : tr("open-ended")));
        m_projectTable->setItem(r, 6, new QTableWidgetItem(p.campaignTags.join(QLatin1Char(' '))));
    }
    m_projectTable->resizeColumnsToContents();
    m_editProject->setEnabled(!m_projects.isEmpty());
}

void CharityDirectoryDialog::importFile(const QString &path)
{
    m_report->show();
    m_report->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    using Report = Result<CharityDirectory::ImportReport>;
    m_work->start<Report>(
        tr("Importing the charity directory…"),
        [path](Casebook &casebook) -> Report { return CharityDirectory(casebook).importFile(path); },
        [this](Report report) {
            if (!report)
                return m_report->setText(report.message());
            if (!report->rowErrors.isEmpty())
                return m_report->setText(tr("Nothing was imported; correct these rows and import the file again:") +
                                         QLatin1Char('\n') + report->rowErrors.join(QLatin1Char('\n')));
            m_report->setText(tr("Imported. Organisations: %1 added, %2 updated. Projects: %3 added, %4 updated.")
                                  .arg(report->orgsAdded)
                                  .arg(report->orgsUpdated)
                                  .arg(report->projectsAdded)
                                  .arg(report->projectsUpdated));
            reload();
        },
        [this](const Error &e) { m_report->setText(e.message); });
}

} // namespace xianjie
