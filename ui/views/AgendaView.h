#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace xianjie {

class AgendaModel;
class Casebook;
class VisitRepository;

/** Who is due a visit: overdue, today, this week; for me or the whole station. Record or mark missed from here. */
class AgendaView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaView)

public:
    AgendaView(Casebook &casebook, QWidget *parent = nullptr);
    ~AgendaView() override;
    AgendaModel *model() const { return m_model; }
    int overdueCount() const { return m_overdue; }

public slots:
    void reload();
    void recordVisit();
    void markMissed();
    /** Records that the selected category review was done and plans the next one. */
    void completeReview();
    /** Prints the visits due in a village in the coming two weeks to a PDF file. */
    void printVisitList();
    /** Lets the station head change the visit plan (months between visits for priority and other households). */
    void configureVisitPlan();

signals:
    /** The counts changed (for the tab title and the status bar). */
    void countsChanged(int overdue, int today, int week);
    /** A visit was recorded or missed in this household. */
    void householdChanged(const QString &householdId);
    void openHousehold(const QString &householdId);

private:
    QString selectedVisit() const;

    Casebook &m_casebook;
    std::unique_ptr<VisitRepository> m_visits;
    AgendaModel *m_model = nullptr;
    QComboBox *m_range = nullptr;
    QCheckBox *m_mine = nullptr;
    QLabel *m_counts = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_missed = nullptr;
    QTableWidget *m_reviews = nullptr;
    QPushButton *m_reviewDone = nullptr;
    QLabel *m_reviewTitle = nullptr;
    int m_overdue = 0;
};

} // namespace xianjie
