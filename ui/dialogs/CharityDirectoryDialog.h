#pragma once

#include "model/Charity.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace xianjie {

class BackgroundWork;
class Casebook;

/** The charity directory: organisations and their projects, with adding, editing and CSV import. */
class CharityDirectoryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CharityDirectoryDialog)

public:
    explicit CharityDirectoryDialog(Casebook &casebook, QWidget *parent = nullptr);

    /**
     * Imports a CSV file on a worker thread and shows the report when done (the Import button asks for the file,
     * then calls this); returns at once.
     */
    void importFile(const QString &path);

private:
    void reload();
    void showProjects();
    QString selectedOrg() const;

    Casebook &m_casebook;
    QList<CharityOrg> m_orgs;
    QList<CharityProject> m_projects;
    QTableWidget *m_orgTable = nullptr;
    QTableWidget *m_projectTable = nullptr;
    QPushButton *m_editOrg = nullptr;
    QPushButton *m_addProject = nullptr;
    QPushButton *m_editProject = nullptr;
    QLabel *m_report = nullptr;
    BackgroundWork *m_work = nullptr;
};

} // namespace xianjie
