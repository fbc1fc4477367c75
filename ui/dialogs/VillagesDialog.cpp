#include "VillagesDialog.h"

#include "storage/HouseholdRepository.h"
#include "widgets/FormParts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xianjie {

VillagesDialog::VillagesDialog(HouseholdRepository &repository, QWidget *parent)
    : QDialog(parent), m_repository(repository)
{
    setObjectName(QStringLiteral("villagesDialog"));
    setWindowTitle(tr("Villages and communities"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The villages and communities of the township. Enter them before registering "
                                "households; after enrolment the county's list is added to them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = FormParts::listTable({tr("Code"), tr("Name")}, QStringLiteral("villagesTable"), this);
    layout->addWidget(m_table, 1);

    auto *one = new QGroupBox(tr("Add one"), this);
    auto *oneRow = new QHBoxLayout(one);
    m_code = new QLineEdit(one);
    m_code->setObjectName(QStringLiteral("villageCodeEdit"));
    m_code->setPlaceholderText(tr("12-digit code"));
    m_code->setMaxLength(12);
    m_name = new QLineEdit(one);
    m_name->setObjectName(QStringLiteral("villageNameEdit"));
    m_name->setPlaceholderText(tr("name, for example 和平村"));
    auto *add = new QPushButton(tr("&Add"), one);
    add->setObjectName(QStringLiteral("addVillageButton"));
    oneRow->addWidget(m_code);
    oneRow->addWidget(m_name, 1);
    oneRow->addWidget(add);
    layout->addWidget(one);

    auto *many = new QGroupBox(tr("Paste a list: one village a line, its code then its name"), this);
    auto *manyLayout = new QVBoxLayout(many);
    m_paste = new QPlainTextEdit(many);
    m_paste->setObjectName(QStringLiteral("villagePasteEdit"));
    m_paste->setPlaceholderText(QStringLiteral("430102001001 和平村\n430102001002 东风社区"));
    m_paste->setMaximumHeight(90);
    auto *addAll = new QPushButton(tr("Add the &list"), many);
    addAll->setObjectName(QStringLiteral("addVillageListButton"));
    manyLayout->addWidget(m_paste);
    manyLayout->addWidget(addAll, 0, Qt::AlignRight);
    layout->addWidget(many);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &VillagesDialog::addOne);
    connect(m_name, &QLineEdit::returnPressed, this, &VillagesDialog::addOne);
    connect(addAll, &QPushButton::clicked, this, [this] {
        QStringList problems;
        const int added = addLines(m_paste->toPlainText(), &problems);
        m_status->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
        m_status->setText(tr("%n village(s) added.", nullptr, added) +
                          (problems.isEmpty() ? QString() : QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
        if (problems.isEmpty())
            m_paste->clear();
    });
    reload();
    resize(560, 520);
}

void VillagesDialog::reload()
{
    auto villages = m_repository.villages();
    const QList<Village> list = villages ? *villages : QList<Village>();
    m_table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(list.at(r).code));
        m_table->setItem(r, 1, new QTableWidgetItem(list.at(r).name));
    }
    m_table->resizeColumnToContents(0);
}

void VillagesDialog::addOne()
{
    auto added = m_repository.addVillage(m_code->text().trimmed(), m_name->text());
    if (!added) {
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_status->setText(added.message());
        return;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("%1 added.").arg(m_name->text().trimmed()));
    m_code->clear();
    m_name->clear();
    m_code->setFocus();
    reload();
}

int VillagesDialog::addLines(const QString &text, QStringList *problems)
{
    static const QRegularExpression line(QStringLiteral("^\\s*(\\d{12})[\\s,，;；\\t]+(.+?)\\s*$"));
    int added = 0;
    int number = 0;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        ++number;
        if (raw.trimmed().isEmpty())
            continue;
        const auto m = line.match(raw);
        if (!m.hasMatch()) {
            *problems << tr("Line %1: give the 12-digit code, then the name.").arg(number);
            continue;
        }
        auto r = m_repository.addVillage(m.captured(1), m.captured(2));
        if (!r)
            *problems << tr("Line %1: %2").arg(number).arg(r.message());
        else
            ++added;
    }
    reload();
    return added;
}

} // namespace xianjie
