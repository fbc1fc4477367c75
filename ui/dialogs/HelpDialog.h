#pragma once

#include <QDialog>

namespace xianjie {

/**
 * F1: a short guide to the screen in view (households, visits, referrals, sync), in the user's language: what the
 * screen is for, the usual steps, and where the less obvious actions are.
 */
class HelpDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    enum class Topic
    {
        Households,
        Visits,
        Referrals,
        Sync
    };
    explicit HelpDialog(Topic topic, QWidget *parent = nullptr);
    /** The guide as HTML (for tests and for the dialog). */
    static QString html(Topic topic);
    static QString title(Topic topic);
};

} // namespace xianjie
