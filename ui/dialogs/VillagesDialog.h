#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace xianjie {

class HouseholdRepository;

/**
 * The station's villages and communities: listed, added one at a time or pasted as a list ("code name" per line,
 * as the statistics bureau publishes them). A new station enters them before it is enrolled with the county, so
 * its first households have a village; enrolment keeps them (the county's village of the same code adds nothing).
 */
class VillagesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VillagesDialog)

public:
    explicit VillagesDialog(HouseholdRepository &repository, QWidget *parent = nullptr);
    /** Adds each "code name" line of @p text; returns how many were added, problems in @p problems. */
    int addLines(const QString &text, QStringList *problems);

private:
    void reload();
    void addOne();

    HouseholdRepository &m_repository;
    QTableWidget *m_table;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QPlainTextEdit *m_paste;
    QLabel *m_status;
};

} // namespace xianjie
