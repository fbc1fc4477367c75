#pragma once

#include "Result.h"
#include "model/Charity.h"

#include <QCoreApplication>
#include <QList>

class QIODevice;

namespace xianjie {

class Casebook;

/**
 * The station's charity directory: organisations and their projects. Kept at the station and later filled
 * from the county; importable from CSV (one file of organisations or one of projects, told apart by their
 * columns) with a row-by-row error report.
 */
class CharityDirectory
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::CharityDirectory)

public:
    explicit CharityDirectory(Casebook &casebook) : m_casebook(casebook) {}

    /** Checks an organisation; returns it normalised (credit code upper-case, lists trimmed). */
    static Result<CharityOrg> checkOrg(CharityOrg org);
    static Result<CharityProject> checkProject(CharityProject project);

    /** Adds an organisation (empty id, or an id from the county not yet known here) or saves changes; returns its id.
     */
    Result<QString> saveOrg(const CharityOrg &org);
    Result<QString> saveProject(const CharityProject &project);

    Result<QList<CharityOrg>> orgs() const;
    Result<CharityOrg> org(const QString &id) const;
    /** Projects of one organisation, or of all when @p orgId is empty; newest first. */
    Result<QList<CharityProject>> projects(const QString &orgId = {}) const;
    Result<CharityProject> project(const QString &id) const;

    struct ImportReport
    {
        int orgsAdded = 0;
        int orgsUpdated = 0;
        int projectsAdded = 0;
        int projectsUpdated = 0;
        QStringList rowErrors; ///< "Row 4: …"; when any, nothing was written
    };
    /**
     * Reads a CSV file (UTF-8, first row = column names in English or Chinese). Every row is checked first;
     * if any row is wrong, nothing is written and every wrong row is reported. Organisations are matched by
     * credit code and projects by organisation and project number (or name), so importing twice adds nothing.
     */
    Result<ImportReport> importCsv(QIODevice &file);
    /** The same from a file: CSV (UTF-8 or GB18030), or an Excel workbook's first sheet (.xlsx). */
    Result<ImportReport> importFile(const QString &path);

private:
    Result<ImportReport> importRows(const QList<QStringList> &rows);
    Casebook &m_casebook;
};

} // namespace xianjie
