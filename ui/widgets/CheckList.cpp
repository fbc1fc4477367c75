#include "CheckList.h"

namespace xianjie {

CheckList::CheckList(const Labels::Entries &entries, QWidget *parent) : QListWidget(parent)
{
    for (const auto &e : entries) {
        auto *item = new QListWidgetItem(e.second, this);
        item->setData(Qt::UserRole, e.first);
        item->setData(Qt::UserRole + 1, e.second);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    setUniformItemSizes(true);
    const int rows = qMin(int(entries.size()), 7);
    setMaximumHeight(sizeHintForRow(0) * rows + 2 * frameWidth() + 4);
    connect(this, &QListWidget::itemChanged, this, &CheckList::checkedChanged);
}

QStringList CheckList::checkedCodes() const
{
    QStringList codes;
    for (int i = 0; i < count(); ++i)
        if (item(i)->checkState() == Qt::Checked)
            codes << item(i)->data(Qt::UserRole).toString();
    return codes;
}

void CheckList::setCheckedCodes(const QStringList &codes)
{
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(codes.contains(item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

void CheckList::setNote(const QString &code, const QString &note)
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *it = item(i);
        if (it->data(Qt::UserRole).toString() != code)
            continue;
        const QString label = it->data(Qt::UserRole + 1).toString();
        it->setText(note.isEmpty() ? label : tr("%1 (%2)").arg(label, note));
    }
}

} // namespace xianjie
