#pragma once

#include "rules/Labels.h"

#include <QListWidget>

namespace xianjie {

/** A list of coded choices, each with a check box: target groups, service types, consent items. */
class CheckList : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckList)

public:
    explicit CheckList(const Labels::Entries &entries, QWidget *parent = nullptr);

    QStringList checkedCodes() const;
    void setCheckedCodes(const QStringList &codes);
    /** Marks an entry with a note after its label (for example "sensitive"). */
    void setNote(const QString &code, const QString &note);

signals:
    void checkedChanged();
};

} // namespace xianjie
