#pragma once

#include "storage/ConflictOfInterest.h"

#include <QDialog>

namespace xianjie {

/** The households related to staff (conflict-of-interest declarations) and how often others acted on them. */
class ConflictReportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictReportDialog)

public:
    ConflictReportDialog(const QList<ConflictOfInterest::Case> &cases, QWidget *parent = nullptr);
};

} // namespace xianjie
