#pragma once

#include <QCoreApplication>
#include <memory>

class QWidget;

namespace xianjie {

class Casebook;

/** Opens a casebook for the desktop app; when it cannot, says why in a dialog and returns nothing. */
class CasebookOpener
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::CasebookOpener)

public:
    static std::unique_ptr<Casebook> open(const QString &path, QWidget *parent);
};

} // namespace xianjie
