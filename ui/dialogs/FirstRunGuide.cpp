#include "FirstRunGuide.h"

#include "dialogs/AutoBackupDialog.h"
#include "dialogs/StationContactDialog.h"
#include "dialogs/UsersDialog.h"
#include "dialogs/VillagesDialog.h"
#include "rules/Permissions.h"
#include "storage/AutoBackup.h"
#include "storage/Casebook.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/StationSettings.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizardPage>
#include <functional>

namespace xianjie {

namespace {
constexpr char kDoneKey[] = "first_run_done";

/** A page with a sentence, a button that opens the dialog for the step, and a line saying what is done. */
QWizardPage *stepPage(QWizard *wizard, const QString &title, const QString &text, const QString &button,
                      const QString &objectName, const std::function<void()> &open,
                      const std::function<QString()> &state)
{
    auto *page = new QWizardPage(wizard);
    page->setTitle(title);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(text, page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *go = new QPushButton(button, page);
    go->setObjectName(objectName);
    layout->addWidget(go, 0, Qt::AlignLeft);
    auto *done = new QLabel(state(), page);
    done->setObjectName(objectName + QStringLiteral("State"));
    done->setWordWrap(true);
    layout->addWidget(done);
    layout->addStretch(1);
    QObject::connect(go, &QPushButton::clicked, page, [open, state, done] {
        open();
        done->setText(state());
    });
    return page;
}
} // namespace

bool FirstRunGuide::isDue(const Casebook &casebook)
{
    const auto &user = casebook.user();
    if (casebook.identity().role != Casebook::Role::Station || !user ||
        !Permissions::allows(user->role, Action::ManageUsers) || !casebook.setting(QLatin1String(kDoneKey)).isEmpty())
        return false;
    auto households = Database::scalar(casebook.db(), QStringLiteral("SELECT count(*) FROM household"));
    return households && households->toInt() == 0;
}

void FirstRunGuide::markDone(Casebook &casebook)
{
    (void)casebook.storeSystemSetting(QLatin1String(kDoneKey), QStringLiteral("1"));
}

FirstRunGuide::FirstRunGuide(Casebook &casebook, HouseholdRepository &repository, QWidget *parent)
    : QWizard(parent), m_casebook(casebook), m_repository(repository)
{
    setObjectName(QStringLiteral("firstRunGuide"));
    setWindowTitle(tr("Setting up %1").arg(casebook.identity().name));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Start working"));

    auto *welcome = new QWizardPage(this);
    welcome->setTitle(tr("Welcome"));
    auto *text = new QLabel(tr("This casebook belongs to %1 (code %2). Four steps get the station ready: its contact "
                               "for the papers it prints, its villages, the workers' accounts and the daily backup. "
                               "Any step can be done later from the menus.")
                                .arg(casebook.identity().name, casebook.identity().code),
                            welcome);
    text->setWordWrap(true);
    (new QVBoxLayout(welcome))->addWidget(text);
    addPage(welcome);

    addPage(stepPage(
        this, tr("1. The station's contact"),
        tr("Who answers for the station and its phone number are printed on every referral letter, reply slip and "
           "consent form."),
        tr("Enter the &contact…"), QStringLiteral("contactStep"),
        [this] { StationContactDialog(m_casebook, this).exec(); },
        [this] {
            const auto c = StationSettings(m_casebook).contact();
            return c.isEmpty() ? tr("Not entered yet.") : tr("Entered: %1, %2.").arg(c.person, c.phone);
        }));
    addPage(stepPage(
        this, tr("2. Villages and communities"),
        tr("Households are registered in a village or community of the township. Enter them, or paste the list "
           "with their 12-digit codes; the county's list is added at enrolment."),
        tr("Enter the &villages…"), QStringLiteral("villagesStep"),
        [this] { VillagesDialog(m_repository, this).exec(); },
        [this] {
            auto v = m_repository.villages();
            const int n = v ? int(v->size()) : 0;
            return n == 0 ? tr("None entered yet.") : tr("%n village(s) and communities entered.", nullptr, n);
        }));
    addPage(stepPage(
        this, tr("3. Accounts for the workers"),
        tr("Each worker signs in with an account of their own, so the audit log says who did what. Add the station's "
           "workers now."),
        tr("Open the &accounts…"), QStringLiteral("accountsStep"), [this] { UsersDialog(m_casebook, this).exec(); },
        [this] {
            auto n = Database::scalar(m_casebook.db(), QStringLiteral("SELECT count(*) FROM user WHERE disabled = 0"));
            return tr("%n account(s).", nullptr, n ? n->toInt() : 0);
        }));
    addPage(stepPage(
        this, tr("4. The daily backup"),
        tr("Once a day Xianjie writes an encrypted copy of the casebook to a folder, best on a second disk or a USB "
           "stick. Choose the folder and a passphrase, and write the passphrase down."),
        tr("Set up the &backup…"), QStringLiteral("backupStep"), [this] { AutoBackupDialog(m_casebook, this).exec(); },
        [this] {
            const QString folder = AutoBackup::folder(m_casebook);
            return folder.isEmpty() ? tr("Not set up yet: the status bar will remind you.")
                                    : tr("Backups go to %1.").arg(folder);
        }));
    resize(640, 420);
    connect(this, &QDialog::finished, this, [this] { markDone(m_casebook); });
}

} // namespace xianjie
