#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace xianjie {

/** Creates a new casebook file for a station (or a county office); the first account is made at sign-in. */
class NewCasebookDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewCasebookDialog)

public:
    explicit NewCasebookDialog(QWidget *parent = nullptr);
    /** The casebook created, once accepted. */
    QString path() const { return m_created; }
    void accept() override;

private:
    void revalidate();

    QLineEdit *m_file = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_message = nullptr;
    QString m_created;
};

} // namespace xianjie
