#pragma once

#include "Result.h"
#include "report/Aggregates.h"

#include <QWidget>
#include <functional>

class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace xianjie {

class Casebook;

/**
 * The dashboard: the linkage figures for a period and an area (Aggregates) as number cards and charts, at the
 * station and at the county (with each station's sync state and the duplicate alerts). A click on a card, a bar or a
 * slice lists what is behind it; a household in that list opens. The figures are computed on a worker thread with
 * its own connection, so the window never waits for them.
 */
class DashboardView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    explicit DashboardView(Casebook &casebook, QWidget *parent = nullptr);
    ~DashboardView() override;

    enum class Period
    {
        ThisMonth,
        LastMonth,
        ThisYear,
        LastYear,
        Custom
    };
    /** The period and area chosen. */
    ReportScope scope() const;
    void setPeriod(Period period);
    /** The figures shown, once computed. */
    const LinkageFigures &figures() const { return m_figures; }
    bool isComputing() const { return m_running > 0; }

public slots:
    /** Computes the figures again (when the tab is shown, after a change of period or area). */
    void refresh();
    /** Saves the linkage report for the chosen period and area as a PDF. */
    void printReport();

signals:
    void openHousehold(const QString &householdId);
    /** The figures were computed and drawn. */
    void shown();
    /** The linkage report was written to @p path. */
    void reportSaved(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void periodChanged();
    void show(const LinkageFigures &figures);
    void showList(const QString &figure, const QString &code, const QString &title);
    QWidget *card(const QString &objectName, const QString &caption, const QString &figure, const QString &code);
    void setCard(const QString &objectName, const QString &value, const QString &detail = {});
    /** Runs @p work on a worker thread with its own connection; @p done on this thread unless outdated. */
    template <typename T>
    void runAsync(std::function<Result<T>(const Casebook &)> work, std::function<void(const Result<T> &)> done);

    Casebook &m_casebook;
    bool m_county = false;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_dash = nullptr;
    QComboBox *m_village = nullptr;
    QComboBox *m_station = nullptr;
    QLabel *m_status = nullptr;
    QGridLayout *m_charts = nullptr;
    QList<QChartView *> m_views;
    QTableWidget *m_stations = nullptr;
    QLabel *m_alerts = nullptr;
    LinkageFigures m_figures;
    int m_generation = 0;
    int m_running = 0;
    bool m_dirty = true;
    bool m_alive = true;
};

} // namespace xianjie
