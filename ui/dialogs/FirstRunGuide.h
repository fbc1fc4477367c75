#pragma once

#include <QWizard>

namespace xianjie {

class Casebook;
class HouseholdRepository;

/**
 * The first start of a new station, step by step: the station's contact for its papers, its villages, the workers'
 * accounts and the daily backup. Each step opens the dialog that does it (the same as in the menus) and says what
 * is done; any step can be left for later. Shown once, to the station head.
 */
class FirstRunGuide : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunGuide)

public:
    FirstRunGuide(Casebook &casebook, HouseholdRepository &repository, QWidget *parent = nullptr);
    /** A new station's head who has not been through the guide: no households yet, guide not finished. */
    static bool isDue(const Casebook &casebook);
    /** Remembers that the guide was shown, so it is not shown again. */
    static void markDone(Casebook &casebook);

private:
    Casebook &m_casebook;
    HouseholdRepository &m_repository;
};

} // namespace xianjie
