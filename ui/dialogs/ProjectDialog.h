#pragma once

#include "model/Charity.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace xianjie {

class Casebook;
class CheckList;

/** Adds or edits a charity project: what it offers, to whom, where, how much, when. */
class ProjectDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDialog)

public:
    ProjectDialog(Casebook &casebook, const CharityProject &project, QWidget *parent = nullptr);
    void accept() override;

private:
    Casebook &m_casebook;
    CharityProject m_project;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_number = nullptr;
    CheckList *m_services = nullptr;
    CheckList *m_groups = nullptr;
    QLineEdit *m_region = nullptr;
    QSpinBox *m_capacity = nullptr;
    QLineEdit *m_budget = nullptr;
    QCheckBox *m_dated = nullptr;
    QDateEdit *m_starts = nullptr;
    QDateEdit *m_ends = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace xianjie
