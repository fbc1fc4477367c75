#pragma once

#include "model/Household.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace xianjie {

class CaseworkTabs;
class CategoryModel;
class HouseholdRepository;
class MemberModel;

/**
 * One household: its details, members and categories, with the actions that change them. The actions live
 * here, with the view they act on; the main window only hears that the household changed.
 */
class HouseholdPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdPage)

public:
    HouseholdPage(HouseholdRepository &repository, const QDate &today, QWidget *parent = nullptr);
    /** At the county: no visits to plan (the stations visit), so the action is not offered. */
    void setCountyView(bool county);

    /** Shows the household, or an empty page with a hint when @p householdId is empty. */
    void showHousehold(const QString &householdId);
    QString householdId() const { return m_household.id; }

    MemberModel *memberModel() const { return m_members; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void editHousehold();
    void addMember();
    void editMember();
    void revealMember();
    void addCategory();
    void endCategory();
    void closeOrReopen();
    void declareRelation();
    void planVisit();
    void recordAssistance();
    void showHistory();

signals:
    /** Something of the household changed and was saved. */
    void householdChanged(const QString &householdId);

private:
    void reload();
    void updateActions();

    HouseholdRepository &m_repository;
    QDate m_today;
    Household m_household;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QTableView *m_memberView = nullptr;
    QTableView *m_categoryView = nullptr;
    MemberModel *m_members = nullptr;
    CategoryModel *m_categories = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_declare = nullptr;
    QPushButton *m_planVisit = nullptr;
    QPushButton *m_recordAssistance = nullptr;
    QPushButton *m_history = nullptr;
    QTableWidget *m_ledger = nullptr;
    QTabWidget *m_tabs = nullptr;
    CaseworkTabs *m_casework = nullptr;
    QPushButton *m_addMember = nullptr;
    QPushButton *m_editMember = nullptr;
    QPushButton *m_revealMember = nullptr;
    QPushButton *m_addCategory = nullptr;
    QPushButton *m_endCategory = nullptr;
};

} // namespace xianjie
