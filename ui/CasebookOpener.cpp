#include "CasebookOpener.h"

#include "storage/Casebook.h"

#include <QMessageBox>
#include <QSettings>

namespace xianjie {

std::unique_ptr<Casebook> CasebookOpener::open(const QString &path, QWidget *parent)
{
    auto casebook = Casebook::open(path);
    if (!casebook) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot open the casebook"), casebook.message(), QMessageBox::Ok,
                        parent);
        box.setObjectName(QStringLiteral("openErrorBox"));
        box.exec();
        return nullptr;
    }
    QSettings().setValue(QStringLiteral("casebook/last"), (*casebook)->path());
    return std::move(*casebook);
}

} // namespace xianjie
