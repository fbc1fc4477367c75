#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace xianjie {

/**
 * Runs @p save; when core asks for confirmation (same name and birth date in another household) asks the
 * user (under @p title; by default "possibly the same person") and runs it again confirmed. Shows core's message when
 * the save is refused. Returns whether it saved.
 */
template <typename Save> bool confirmingSave(QWidget *parent, Save save, const QString &title = {})
{
    auto result = save(false);
    if (!result && result.error().kind == Error::Kind::NeedsConfirmation) {
        const auto answer = QMessageBox::question(
            parent,
            title.isEmpty() ? QCoreApplication::translate("xianjie::ConfirmingSave", "Possibly the same person")
                            : title,
            result.message(), QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
        result = save(true);
    }
    if (!result) {
        QMessageBox::warning(parent, QCoreApplication::translate("xianjie::ConfirmingSave", "Not saved"),
                             result.message());
        return false;
    }
    return true;
}

} // namespace xianjie
