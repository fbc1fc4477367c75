#pragma once

#include "Result.h"

#include <QStringList>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QTableWidget;
class QWidget;

namespace xianjie {

/**
 * The small parts the casework dialogs share: the red line where core's refusal is shown in place, the
 * Save/Cancel row wired to accept and reject, and a read-only, row-selecting table.
 */
namespace FormParts {

/** A hidden red label named "errorLabel"; showError() fills and shows it. */
QLabel *errorLabel(QWidget *parent);
void showError(QLabel *label, const QString &message);
/** Save and Cancel at the bottom of @p form, connected to the dialog's accept() and reject(). */
QDialogButtonBox *saveCancel(QDialog *dialog, QFormLayout *form);
/** A table for a short list: headers, no editing, one whole row selected at a time, last column stretched. */
QTableWidget *listTable(const QStringList &headers, const QString &objectName, QWidget *parent);
/**
 * Sizes @p table's columns to their contents, then keeps them inside the table's width: when they do not fit,
 * the @p giveWay columns (the long texts: organisations, descriptions) narrow, down to a few characters, and show
 * their whole text on hover, so that a short column (status, a date) never needs sideways scrolling. Call it
 * after each refill; it refits by itself when the table is resized.
 */
void fitColumns(QTableWidget *table, const QList<int> &giveWay);

/** Asks where to save a document, offering @p fileName in the user's documents folder; empty when cancelled. */
QString askSavePath(QWidget *parent, const QString &title, const QString &fileName, const QString &filter);
/** Writes @p bytes to @p path whole or not at all. */
Result<void> writeFile(const QString &path, const QByteArray &bytes);

} // namespace FormParts

} // namespace xianjie
