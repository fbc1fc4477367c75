#include "FormParts.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>

namespace xianjie::FormParts {

namespace {
/** Remembers a table's natural column widths and narrows its give-way columns to fit whenever it is resized. */
class ColumnFitter : public QObject
{
public:
    ColumnFitter(QTableWidget *table, const QList<int> &giveWay) : QObject(table), m_table(table), m_giveWay(giveWay)
    {
        table->viewport()->installEventFilter(this);
    }

    void refill(const QList<int> &giveWay)
    {
        m_giveWay = giveWay;
        // A stretched last section keeps its stretched width through resizeColumnsToContents(): measured unstretched.
        QHeaderView *header = m_table->horizontalHeader();
        const bool stretch = header->stretchLastSection();
        header->setStretchLastSection(false);
        m_table->resizeColumnsToContents();
        m_natural.clear();
        for (int c = 0; c < m_table->columnCount(); ++c)
            m_natural << m_table->columnWidth(c);
        header->setStretchLastSection(stretch);
        for (int c : std::as_const(m_giveWay))
            for (int r = 0; r < m_table->rowCount(); ++r)
                if (QTableWidgetItem *item = m_table->item(r, c))
                    item->setToolTip(item->text());
        fit();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && watched == m_table->viewport())
            fit();
        return false;
    }

private:
    void fit()
    {
        if (m_natural.size() != m_table->columnCount())
            return;
        const int available = m_table->viewport()->width();
        int total = 0;
        for (int w : std::as_const(m_natural))
            total += w;
        int excess = total - available;
        // Narrowest is a few characters wide (or the column's own width if that is less).
        const int floor = m_table->fontMetrics().horizontalAdvance(QStringLiteral("户")) * 5;
        int slack = 0;
        for (int c : std::as_const(m_giveWay))
            if (c < m_natural.size())
                slack += std::max(0, m_natural.at(c) - floor);
        // Each narrows in proportion to its room; what rounding leaves over comes off the first that still can.
        const int wanted = std::clamp(excess, 0, slack);
        QList<int> cuts;
        int given = 0;
        for (int c : std::as_const(m_giveWay)) {
            const int room = c < m_natural.size() ? std::max(0, m_natural.at(c) - floor) : 0;
            cuts << (slack > 0 ? int(qint64(room) * wanted / slack) : 0);
            given += cuts.last();
        }
        for (int i = 0; i < m_giveWay.size() && given < wanted; ++i) {
            const int c = m_giveWay.at(i);
            const int room = c < m_natural.size() ? std::max(0, m_natural.at(c) - floor) : 0;
            const int more = std::min(room - cuts.at(i), wanted - given);
            cuts[i] += more;
            given += more;
        }
        for (int i = 0; i < m_giveWay.size(); ++i)
            if (m_giveWay.at(i) < m_natural.size())
                m_table->setColumnWidth(m_giveWay.at(i), m_natural.at(m_giveWay.at(i)) - cuts.at(i));
    }

    QTableWidget *m_table;
    QList<int> m_giveWay;
    QList<int> m_natural;
};
} // namespace

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->show();
}

QDialogButtonBox *saveCancel(QDialog *dialog, QFormLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QTableWidget *listTable(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

void fitColumns(QTableWidget *table, const QList<int> &giveWay)
{
    // ColumnFitter has no meta-object of its own: found by name, not by type.
    auto *fitter = static_cast<ColumnFitter *>(
        table->findChild<QObject *>(QStringLiteral("columnFitter"), Qt::FindDirectChildrenOnly));
    if (!fitter) {
        fitter = new ColumnFitter(table, giveWay);
        fitter->setObjectName(QStringLiteral("columnFitter"));
    }
    fitter->refill(giveWay);
}

QString askSavePath(QWidget *parent, const QString &title, const QString &fileName, const QString &filter)
{
    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    return QFileDialog::getSaveFileName(parent, title, documents.filePath(fileName), filter);
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Kind::Io, QCoreApplication::translate("xianjie::FormParts", "Cannot write %1: %2")
                                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace xianjie::FormParts
