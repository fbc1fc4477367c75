#include "AutomaticTasks.h"
#include "CasebookOpener.h"
#include "I18n.h"
#include "InactivityLock.h"
#include "MainWindow.h"
#include "TestCasebook.h"
#include "dialogs/AssistanceDialog.h"
#include "dialogs/AuditDialog.h"
#include "dialogs/AutoBackupDialog.h"
#include "dialogs/BackupDialogs.h"
#include "dialogs/CategoryDialog.h"
#include "dialogs/CharityDirectoryDialog.h"
#include "dialogs/CloseHouseholdDialog.h"
#include "dialogs/ConsentDialog.h"
#include "dialogs/FirstRunGuide.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/HouseholdDialog.h"
#include "dialogs/LeadDialog.h"
#include "dialogs/MemberDialog.h"
#include "dialogs/NeedDialog.h"
#include "dialogs/NewCasebookDialog.h"
#include "dialogs/RecordVisitDialog.h"
#include "dialogs/ReferralDialog.h"
#include "dialogs/ReferralWizard.h"
#include "dialogs/SignInDialog.h"
#include "dialogs/StationContactDialog.h"
#include "dialogs/UsersDialog.h"
#include "dialogs/VillagesDialog.h"
#include "models/AgendaModel.h"
#include "models/AuditModel.h"
#include "models/HouseholdListModel.h"
#include "models/MemberModel.h"
#include "rules/Validation.h"
#include "storage/AssistanceRepository.h"
#include "storage/AutoBackup.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/Timeline.h"
#include "storage/UserRepository.h"
#include "storage/VisitRepository.h"
#include "views/AgendaView.h"
#include "views/HouseholdPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>

using namespace xianjie;
using namespace xianjie::test;

namespace {
/** Chinese labels (wider than English ones) while it lives; English again for the other tests, however one ends. */
struct Chinese
{
    Chinese() { I18n::install(*qApp, QStringLiteral("zh_CN")); }
    ~Chinese()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale(QStringLiteral("en")));
    }
    Chinese(const Chinese &) = delete;
    Chinese &operator=(const Chinese &) = delete;
};

// Chinese arrives from the input method as a committed string, not as key presses.
void typeWithInputMethod(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}
} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_cb;
    MainWindow *m_window = nullptr;

    template <typename T> T *child(const char *name) const
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

private slots:
    void init()
    {
        m_cb = std::make_unique<TestCasebook>(300, 11);
        m_window = new MainWindow(m_cb->take());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }
    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
        m_cb.reset();
    }

    /** On a 1366×768 township laptop, in Chinese: the household page's actions and the status bar are on screen. */
    void fitsA1366By768Screen()
    {
        // Chinese labels are wider than English ones: build the window again under the Chinese translation.
        delete m_window;
        const Chinese chinese;
        m_cb = std::make_unique<TestCasebook>(300, 11);
        m_window = new MainWindow(m_cb->take());
        // The offscreen platform's screen is smaller than a laptop's: lay the window out without a platform window.
        m_window->setAttribute(Qt::WA_DontShowOnScreen);
        m_window->resize(1366, 768 - 40); // a task bar takes the rest
        m_window->show();
        // No minimum size pushes it wider or taller than the screen.
        QVERIFY2(m_window->minimumSizeHint().width() <= 1366 && m_window->minimumSizeHint().height() <= 768 - 40,
                 qPrintable(QStringLiteral("%1×%2")
                                .arg(m_window->minimumSizeHint().width())
                                .arg(m_window->minimumSizeHint().height())));
        QCOMPARE(m_window->size(), QSize(1366, 768 - 40));
        auto *model = m_window->householdModel();
        QTRY_VERIFY(model->rowCount() > 0);
        auto *list = child<QTableView>("householdView");
        list->selectRow(0);
        QTRY_VERIFY(!m_window->householdPage()->householdId().isEmpty());
        QApplication::processEvents();
        const QRect window = m_window->rect();
        const auto buttons = m_window->householdPage()->findChildren<QPushButton *>();
        QVERIFY(buttons.size() >= 8);
        for (QPushButton *b : buttons) {
            if (!b->isVisibleTo(m_window))
                continue;
            const QRect r(b->mapTo(m_window, QPoint(0, 0)), b->size());
            QVERIFY2(window.contains(r), qPrintable(b->text()));
            QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text() + QStringLiteral(" is squeezed")));
        }
        for (const char *name : {"editHouseholdButton", "closeHouseholdButton", "addMemberButton", "editMemberButton"})
            QVERIFY2(child<QPushButton>(name)->isVisible(), name);
        QWidget *status = m_window->statusBar();
        QVERIFY(window.contains(QRect(status->mapTo(m_window, QPoint(0, 0)), status->size())));
        // The household list needs no sideways scrolling for its columns.
        QVERIFY(!list->horizontalScrollBar()->isVisible());
        // Nor do the household's own tables: the long texts give way (whole on hover), dates and status stay.
        auto busy = Database::scalar(m_window->casebook().db(),
                                     QStringLiteral("SELECT r.household_id FROM referral r JOIN consent c ON "
                                                    "c.household_id = r.household_id WHERE r.project_id IS NOT "
                                                    "NULL ORDER BY r.rid LIMIT 1"));
        QVERIFY(busy.ok() && !busy->isNull());
        m_window->householdPage()->showHousehold(busy->toString());
        auto *tabs = child<QTabWidget>("householdTabs");
        for (const char *name : {"ledgerTable", "needTable", "consentTable", "householdReferralTable"}) {
            auto *table = child<QTableWidget>(name);
            tabs->setCurrentIndex(tabs->indexOf(table->parentWidget()));
            QApplication::processEvents();
            QVERIFY2(table->isVisible(), name);
            QVERIFY2(table->rowCount() > 0 || QByteArray(name) == "ledgerTable", name);
            QVERIFY2(!table->horizontalScrollBar()->isVisible(), name);
            const int last = table->columnCount() - 1;
            QVERIFY2(table->columnViewportPosition(last) + table->columnWidth(last) <= table->viewport()->width(),
                     name);
        }
        auto *referrals = child<QTableWidget>("householdReferralTable");
        QCOMPARE(referrals->item(0, 2)->toolTip(), referrals->item(0, 2)->text());
    }

    /** A new station's head is guided through the first start once: contact, villages, accounts, backup. */
    void aNewStationIsGuidedThroughItsFirstStart()
    {
        delete m_window;
        m_cb = std::make_unique<TestCasebook>(); // no households yet
        m_window = new MainWindow(m_cb->take());
        m_window->show();
        QVERIFY(FirstRunGuide::isDue(m_window->casebook()));
        QStringList titles;
        QString villagesState;
        QTimer::singleShot(0, this, [&] {
            auto *guide = qobject_cast<FirstRunGuide *>(QApplication::activeModalWidget());
            QVERIFY(guide);
            for (int i = 0; i < 5; ++i) {
                titles << guide->currentPage()->title();
                if (auto *step = guide->currentPage()->findChild<QPushButton *>(QStringLiteral("villagesStep"))) {
                    // The step opens the villages dialog; a village pasted there shows on the page.
                    QTimer::singleShot(0, this, [] {
                        auto *dialog = qobject_cast<VillagesDialog *>(QApplication::activeModalWidget());
                        QVERIFY(dialog);
                        QStringList problems;
                        QCOMPARE(dialog->addLines(QStringLiteral("110105100277 向阳村"), &problems), 1);
                        dialog->reject();
                    });
                    step->click();
                    villagesState =
                        guide->currentPage()->findChild<QLabel *>(QStringLiteral("villagesStepState"))->text();
                }
                if (i < 4)
                    guide->next();
            }
            guide->accept();
        });
        QVERIFY(m_window->offerFirstRun());
        QCOMPARE(titles.size(), 5);
        QVERIFY2(villagesState.contains(QLatin1Char('1')), qPrintable(villagesState));
        QVERIFY(!FirstRunGuide::isDue(m_window->casebook())); // shown once
        QVERIFY(child<QComboBox>("householdVillageFilter")->findText(QStringLiteral("向阳村")) >= 0);
    }

    /** A station enters its villages itself (before enrolment too): one at a time or pasted as a list. */
    void villagesAreEnteredAtTheStation()
    {
        auto *filter = child<QComboBox>("householdVillageFilter");
        const int before = filter->count();
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<VillagesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("villagesTable"));
            const int rows = table->rowCount();
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("villagePasteEdit"))
                ->setPlainText(QStringLiteral("110105100288 新建社区\n不是代码 坏行\n110105100289\t白云村"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addVillageListButton")), Qt::LeftButton);
            const QString status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
            QVERIFY2(status.contains(QStringLiteral("2 village")) && status.contains(QStringLiteral("Line 2")),
                     qPrintable(status));
            QCOMPARE(table->rowCount(), rows + 2);
            dialog->findChild<QLineEdit *>(QStringLiteral("villageCodeEdit"))->setText(QStringLiteral("110105100290"));
            dialog->findChild<QLineEdit *>(QStringLiteral("villageNameEdit"))->setText(QStringLiteral("青山村"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addVillageButton")), Qt::LeftButton);
            QCOMPARE(table->rowCount(), rows + 3);
            // The same code twice is refused in words.
            dialog->findChild<QLineEdit *>(QStringLiteral("villageCodeEdit"))->setText(QStringLiteral("110105100290"));
            dialog->findChild<QLineEdit *>(QStringLiteral("villageNameEdit"))->setText(QStringLiteral("青山村"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addVillageButton")), Qt::LeftButton);
            QCOMPARE(table->rowCount(), rows + 3);
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))
                        ->text()
                        .contains(QStringLiteral("110105100290")));
            dialog->reject();
        });
        m_window->editVillages();
        QCOMPARE(filter->count(), before + 3);
        QVERIFY(filter->findText(QStringLiteral("白云村")) >= 0);
    }

    /** F1 opens a short guide to the screen in view. */
    void f1ExplainsTheScreenInView()
    {
        auto *tabs = child<QTabWidget>("mainTabs");
        auto *action = child<QAction>("helpAction");
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F1));
        const QList<std::pair<int, HelpDialog::Topic>> screens = {
            {0, HelpDialog::Topic::Households}, {1, HelpDialog::Topic::Visits}, {2, HelpDialog::Topic::Referrals}};
        for (const auto &[tab, topic] : screens) {
            tabs->setCurrentIndex(tab);
            action->trigger(); // what F1 does (the offscreen platform gives no window the keyboard focus)
            HelpDialog *help = nullptr;
            QTRY_VERIFY((help = m_window->findChild<HelpDialog *>()) != nullptr);
            QCOMPARE(help->windowTitle(), HelpDialog::title(topic));
            auto *text = help->findChild<QTextBrowser *>(QStringLiteral("helpText"));
            QVERIFY(text->toPlainText().size() > 200);
            help->close();
            QTRY_VERIFY(!m_window->findChild<HelpDialog *>());
        }
    }

    /** A header click sorts the whole list; Ctrl+End reaches the last household, not the last one loaded. */
    void sortByHeaderAndGoToTheEnd()
    {
        auto *model = m_window->householdModel();
        auto *list = child<QTableView>("householdView");
        QTRY_VERIFY(model->rowCount() > 0 && model->totalCount() == 300);
        QCOMPARE(model->rowCount(), HouseholdListModel::kPageSize); // one page loaded
        list->setFocus();
        QTest::keyClick(list, Qt::Key_End, Qt::ControlModifier);
        QTRY_COMPARE(list->currentIndex().row(), 299);
        QCOMPARE(model->index(299, HouseholdListModel::Number).data().toLongLong(), 300);
        // Sort by head of household, then back by number, with clicks on the header.
        auto *header = list->horizontalHeader();
        const int x = header->sectionViewportPosition(HouseholdListModel::Members) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_VERIFY(model->rowCount() > 0);
        QCOMPARE(header->sortIndicatorSection(), int(HouseholdListModel::Members));
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->index(r - 1, HouseholdListModel::Members).data().toInt() <=
                    model->index(r, HouseholdListModel::Members).data().toInt());
        // The filters over the list narrow it.
        auto *status = child<QComboBox>("householdStatusFilter");
        status->setCurrentIndex(status->findData(QStringLiteral("closed")));
        QTRY_VERIFY2(model->totalCount() >= 0 && model->totalCount() < 300,
                     qPrintable(QString::number(model->totalCount()) + model->filter().status));
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->index(r, 0).data(HouseholdListModel::ClosedRole).toBool());
        status->setCurrentIndex(0);
    }

    void searchOpenAddMemberAndSeeTheListUpdate()
    {
        auto *model = m_window->householdModel();
        auto *list = child<QTableView>("householdView");
        QTRY_VERIFY(model->rowCount() > 0);
        QTRY_VERIFY(child<QLabel>("countLabel")->text().startsWith(QStringLiteral("300 household")));

        // Search by the full name of the fifth household's head.
        const QString head = model->index(4, HouseholdListModel::Head).data().toString();
        const QString householdId = model->householdIdAt(4);
        auto *search = child<QLineEdit>("searchEdit");
        typeWithInputMethod(search, head);
        QTRY_COMPARE(model->query(), head);
        QTRY_VERIFY(model->rowOfHousehold(householdId) >= 0);
        QTRY_VERIFY(child<QLabel>("countLabel")->text().contains(QStringLiteral("found")));

        // Open it.
        const int row = model->rowOfHousehold(householdId);
        const QRect cell = list->visualRect(model->index(row, HouseholdListModel::Head));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
        HouseholdPage *page = m_window->householdPage();
        QTRY_COMPARE(page->householdId(), householdId);
        QVERIFY(child<QLabel>("householdTitle")->text().contains(head));
        const int membersBefore = page->memberModel()->rowCount();
        QCOMPARE(model->index(row, HouseholdListModel::Members).data().toInt(), membersBefore);

        // Add a member through the dialog, typing as a worker would.
        const QString first17 = QStringLiteral("44010520150601002");
        const QString newId = first17 + Validation::residentIdCheckChar(first17);
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<MemberDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            QVERIFY(!save->isEnabled()); // empty form
            // The birth date starts empty, not at some day forty years ago.
            auto *birth = dialog->findChild<QDateEdit *>(QStringLiteral("birthDateEdit"));
            QCOMPARE(birth->text(), birth->specialValueText());
            QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("healthCombo"))->currentData().toString(),
                     QStringLiteral("unknown"));
            typeWithInputMethod(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("李小花"));
            auto *idEdit = dialog->findChild<QLineEdit *>(QStringLiteral("idNumberEdit"));
            QTest::keyClicks(idEdit, first17 + QStringLiteral("9")); // a wrong check character first
            auto *idMessage = dialog->findChild<QLabel *>(QStringLiteral("id_numberMessage"));
            QVERIFY(idMessage->isVisible());
            QVERIFY(!save->isEnabled());
            QTest::keyClick(idEdit, Qt::Key_Backspace);
            QTest::keyClicks(idEdit, newId.right(1));
            QVERIFY(!idMessage->isVisible());
            QVERIFY(
                dialog->findChild<QLabel *>(QStringLiteral("idInfoLabel"))->text().contains(QStringLiteral("2015")));
            auto *relation = dialog->findChild<QComboBox *>(QStringLiteral("relationCombo"));
            relation->setCurrentIndex(relation->findData(QStringLiteral("grandchild")));
            emit relation->activated(relation->currentIndex());
            QVERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>("addMemberButton"), Qt::LeftButton);
        QVERIFY(dialogSeen);

        QCOMPARE(page->memberModel()->rowCount(), membersBefore + 1);
        QTRY_COMPARE(model->index(model->rowOfHousehold(householdId), HouseholdListModel::Members).data().toInt(),
                     membersBefore + 1);
        // What the worker did not answer is recorded as not known: no invented health, ability or disability.
        auto members = HouseholdRepository(m_window->casebook()).members(householdId);
        QVERIFY(members.ok());
        const auto added =
            std::find_if(members->cbegin(), members->cend(), [&](const Person &p) { return p.idNumber == newId; });
        QVERIFY(added != members->cend());
        QCOMPARE(added->health, QStringLiteral("unknown"));
        QCOMPARE(added->selfCare, QStringLiteral("unknown"));
        QCOMPARE(added->workCapacity, QStringLiteral("unknown"));
        QCOMPARE(added->disabilityCategory, -1);
        QCOMPARE(added->disabilityGrade, -1);
        // The new member is findable at once by pinyin initials.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("lxh"));
        QTRY_COMPARE(model->query(), QStringLiteral("lxh"));
        QTRY_VERIFY(model->rowOfHousehold(householdId) >= 0);
    }

    void registerAHouseholdAndFindItSelected()
    {
        auto *model = m_window->householdModel();
        QTRY_VERIFY(model->rowCount() > 0);
        const QString first17 = QStringLiteral("44010519580312002");
        const QString id = first17 + Validation::residentIdCheckChar(first17);
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            dialogSeen = true;
            auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            auto *village = dialog->findChild<QComboBox *>(QStringLiteral("villageCombo"));
            QCOMPARE(village->currentIndex(), -1); // the worker chooses; no silent default
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit")), QStringLiteral("3-12"));
            typeWithInputMethod(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("欧阳秀梅"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("idNumberEdit")), id);
            QVERIFY(!save->isEnabled()); // still no village
            village->setCurrentIndex(2);
            QVERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
        });
        m_window->newHousehold();
        QVERIFY(dialogSeen);
        QTRY_COMPARE(child<QLineEdit>("searchEdit")->text(), QStringLiteral("欧阳秀梅"));
        QTRY_COMPARE(model->rowCount(), 1);
        QTRY_VERIFY(child<QTableView>("householdView")->selectionModel()->isRowSelected(0, {}));
        QCOMPARE(m_window->householdPage()->householdId(), model->householdIdAt(0));
        QVERIFY(child<QLabel>("householdTitle")->text().contains(QStringLiteral("欧阳秀梅")));
        QCOMPARE(model->index(0, HouseholdListModel::IdNumber).data().toString(), Validation::maskResidentId(id));
    }

    void aFileThatIsNotACasebookGetsADialogAndStaysUntouched()
    {
        const QString path = m_cb->dir() + QStringLiteral("/letter.casebook");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        const QByteArray before = TestCasebook::fileHash(path);
        QString shown;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            shown = box->text();
            box->accept();
        });
        QVERIFY(!CasebookOpener::open(path, m_window));
        QVERIFY2(shown.contains(QStringLiteral("not a Xianjie casebook")), qPrintable(shown));
        QCOMPARE(TestCasebook::fileHash(path), before);
    }

    void locksAfterInactivityAndAsksForThePassword()
    {
        QTRY_VERIFY(m_window->householdModel()->rowCount() > 0);
        Casebook &cb = m_window->casebook();
        QVERIFY(cb.user());
        m_cb->clock().advance(9 * 60 * 1000);
        m_window->inactivityLock()->check();
        QVERIFY(!m_window->inactivityLock()->isLocked()); // not yet
        m_cb->clock().advance(60 * 1000);
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            QVERIFY(!m_window->isVisible()); // nothing of the casebook on screen
            QVERIFY(!cb.user());             // and nobody signed in
            auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::keyClicks(password, QStringLiteral("not-my-password1"));
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("signInMessage"))->text().isEmpty());
            QTest::keyClicks(password, QString::fromLatin1(TestCasebook::kPassword));
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        m_window->inactivityLock()->check();
        QVERIFY(seen);
        QVERIFY(!m_window->inactivityLock()->isLocked());
        QVERIFY(m_window->isVisible());
        QCOMPARE(cb.user()->username, QString::fromLatin1(TestCasebook::kHeadUser));
        AuditLog::Filter f;
        f.action = QStringLiteral("lock");
        QCOMPARE(AuditLog::entries(cb.db(), f)->size(), 1);
    }

    /** Every dialog a worker opens fits a 1366×768 screen (less a task bar), in Chinese. */
    void everyDialogFitsA1366By768Screen()
    {
        const Chinese chinese;
        Casebook &cb = m_window->casebook();
        HouseholdRepository repo(cb);
        VisitRepository visits(cb);
        AssistanceRepository ledger(cb);
        const QDate today = cb.clock().today();
        auto one = [&](const char *sql) {
            return Database::scalar(cb.db(), QString::fromLatin1(sql))->toString();
        };
        const QString household = one("SELECT id FROM household ORDER BY rid LIMIT 1");
        const QString visit = one("SELECT id FROM visit WHERE status = 'planned' LIMIT 1");
        const QString referral = one("SELECT id FROM referral WHERE direction = 'to_charity' LIMIT 1");
        QVERIFY(!household.isEmpty() && !visit.isEmpty() && !referral.isEmpty());
        const auto members = *repo.members(household);
        std::vector<std::unique_ptr<QDialog>> dialogs;
        dialogs.emplace_back(new HouseholdDialog(repo, today, nullptr, m_window));
        dialogs.emplace_back(new MemberDialog(repo, today, household, &members.first(), m_window));
        dialogs.emplace_back(new CategoryDialog(repo, today, household, m_window));
        dialogs.emplace_back(new CloseHouseholdDialog(repo, today, household, m_window));
        dialogs.emplace_back(new RecordVisitDialog(visits, visit, today, QStringLiteral("王芳"), m_window));
        dialogs.emplace_back(new AssistanceDialog(ledger, household, today, m_window));
        dialogs.emplace_back(new NeedDialog(cb, household, m_window));
        dialogs.emplace_back(new ConsentDialog(cb, household, m_window));
        dialogs.emplace_back(new ReferralWizard(cb, household, QString(), m_window));
        dialogs.emplace_back(new ReferralDialog(cb, referral, m_window));
        dialogs.emplace_back(new LeadDialog(cb, m_window));
        dialogs.emplace_back(new CharityDirectoryDialog(cb, m_window));
        dialogs.emplace_back(new AuditDialog(cb, m_window));
        dialogs.emplace_back(new UsersDialog(cb, m_window));
        dialogs.emplace_back(new AutoBackupDialog(cb, m_window));
        dialogs.emplace_back(new BackupNowDialog(cb, m_window));
        dialogs.emplace_back(new RestoreDialog(cb.path(), m_window));
        dialogs.emplace_back(new StationContactDialog(cb, m_window));
        dialogs.emplace_back(new VillagesDialog(repo, m_window));
        dialogs.emplace_back(new FirstRunGuide(cb, repo, m_window));
        dialogs.emplace_back(new HelpDialog(HelpDialog::Topic::Households, m_window));
        dialogs.emplace_back(new NewCasebookDialog(m_window));
        const QSize screen(1366, 768 - 40 - 30); // a task bar and the dialog's own title bar
        for (const auto &d : dialogs) {
            d->ensurePolished();
            const QString name = QString::fromLatin1(d->metaObject()->className());
            const QSize opens = d->size().expandedTo(d->minimumSizeHint());
            QVERIFY2(opens.width() <= screen.width() && opens.height() <= screen.height(),
                     qPrintable(QStringLiteral("%1 opens at %2×%3").arg(name).arg(opens.width()).arg(opens.height())));
            const QSize least = d->minimumSizeHint();
            QVERIFY2(least.width() <= screen.width() && least.height() <= screen.height(),
                     qPrintable(QStringLiteral("%1 needs %2×%3").arg(name).arg(least.width()).arg(least.height())));
        }
    }

    /**
     * Backups from the app: the head is asked to set up the daily backup, backs up now to a file, and restores it into
     * a new casebook, all through the dialogs, with the copy written and checked on a worker thread.
     */
    void backUpAndRestoreInTheApp()
    {
        QTemporaryDir place;
        auto *warning = child<QLabel>("backupWarning");
        QVERIFY(warning->isVisible()); // the head has no daily backup yet

        // First start: asked for the folder and the passphrase.
        const QString folder = place.filePath(QStringLiteral("backups"));
        const QString passphrase = QStringLiteral("beifen-dongfeng-2026");
        QTimer::singleShot(0, this, [&] {
            auto *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog && dialog->objectName() == QLatin1String("autoBackupDialog"));
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("autoBackupFolder"));
            QVERIFY(!edit->text().isEmpty()); // a folder is proposed
            edit->setText(folder);            // not there yet: made on Save
            dialog->findChild<QLineEdit *>(QStringLiteral("autoBackupPassphrase"))->setText(passphrase);
            dialog->findChild<QLineEdit *>(QStringLiteral("autoBackupRepeat"))->setText(passphrase);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        });
        QVERIFY(m_window->offerBackupSetup());
        QCOMPARE(QDir::fromNativeSeparators(AutoBackup::folder(m_window->casebook())), folder);
        QVERIFY(!warning->isVisible());
        QVERIFY(!m_window->offerBackupSetup()); // asked no more once set up

        // Back up now: into the backup folder by default; the passphrase typed twice.
        QString written;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<BackupNowDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const QString file = dialog->findChild<QLineEdit *>(QStringLiteral("backupFileEdit"))->text();
            QVERIFY2(QDir::fromNativeSeparators(file).startsWith(folder), qPrintable(file));
            dialog->findChild<QLineEdit *>(QStringLiteral("backupPassphraseEdit"))->setText(passphrase);
            dialog->findChild<QLineEdit *>(QStringLiteral("backupRepeatEdit"))->setText(passphrase + QLatin1Char('x'));
            auto *go = dialog->findChild<QPushButton *>(QStringLiteral("backupButton"));
            QTest::mouseClick(go, Qt::LeftButton);
            auto *status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
            QVERIFY(status->text().contains(QStringLiteral("differ")));
            dialog->findChild<QLineEdit *>(QStringLiteral("backupRepeatEdit"))->setText(passphrase);
            QTest::mouseClick(go, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->writtenPath().isEmpty(), 60000);
            written = dialog->writtenPath();
            QVERIFY(status->text().contains(QStringLiteral("written")));
            dialog->reject();
        });
        m_window->backupNow();
        QVERIFY(QFile::exists(written));

        // Restore it into a new casebook; the open one is not touched.
        const QString households =
            Database::scalar(m_window->casebook().db(), QStringLiteral("SELECT count(*) FROM household"))->toString();
        const QString target = place.filePath(QStringLiteral("restored.casebook"));
        QString asked;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<RestoreDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("restoreBackupEdit"))->setText(written);
            dialog->findChild<QLineEdit *>(QStringLiteral("restorePassphraseEdit"))->setText(QStringLiteral("wrong"));
            dialog->findChild<QLineEdit *>(QStringLiteral("restoreTargetEdit"))->setText(target);
            auto *go = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
            QTest::mouseClick(go, Qt::LeftButton);
            auto *status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
            QTRY_VERIFY_WITH_TIMEOUT(go->isEnabled() && !status->text().contains(QStringLiteral("…")), 60000);
            QVERIFY(!QFile::exists(target)); // a wrong passphrase writes nothing
            dialog->findChild<QLineEdit *>(QStringLiteral("restorePassphraseEdit"))->setText(passphrase);
            // Then, once this dialog has closed: open the restored casebook now? No. (Watched without blocking:
            // the dialog's event loop must end first.)
            auto *watch = new QTimer(this);
            connect(watch, &QTimer::timeout, this, [watch, &asked] {
                if (auto *ask = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    asked = ask->text();
                    watch->deleteLater();
                    ask->button(QMessageBox::No)->click();
                }
            });
            watch->start(50);
            QTest::mouseClick(go, Qt::LeftButton);
        });
        m_window->restoreFromBackup();
        QVERIFY2(asked.contains(QStringLiteral("restored")), qPrintable(asked));
        QVERIFY(QFile::exists(target));
        auto restored = Casebook::open(target);
        QVERIFY2(restored.ok(), qPrintable(restored.message()));
        QCOMPARE(Database::scalar((*restored)->db(), QStringLiteral("SELECT count(*) FROM household"))->toString(),
                 households);
    }

    // Locked by the user (Ctrl+L, Account → Lock now): the dialog says so, not "after a period without use".
    void aManualLockSaysItWasTheUsers()
    {
        QString intro;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            intro = dialog->findChild<QLabel *>(QStringLiteral("signInIntro"))->text();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                             QString::fromLatin1(TestCasebook::kPassword));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        m_window->inactivityLock()->lockNow();
        QVERIFY2(intro.contains(QStringLiteral("You locked")), qPrintable(intro));
        QVERIFY(!intro.contains(QStringLiteral("without use")));
        QVERIFY(!m_window->inactivityLock()->isLocked());
    }

    void auditorSeesTheAuditLogButCannotEdit()
    {
        Casebook &cb = m_window->casebook();
        QVERIFY(UserRepository(cb)
                    .createUser(QStringLiteral("auditor1"), QStringLiteral("审计员"), Role::Auditor,
                                QStringLiteral("shenji-2026"))
                    .ok());
        QVERIFY(UserRepository(cb).signIn(QStringLiteral("auditor1"), QStringLiteral("shenji-2026")).ok());
        m_window->findChild<QLabel *>(QStringLiteral("accountLabel")); // exists
        QTRY_VERIFY(m_window->householdModel()->rowCount() > 0);
        AuditDialog audit(cb, m_window);
        QVERIFY(audit.model()->rowCount() > 0);
        QTRY_VERIFY(
            audit.findChild<QLabel *>(QStringLiteral("auditChainLabel"))->text().contains(QStringLiteral("complete")));
        // The household page's actions are refused by core for an auditor.
        child<QTableView>("householdView")->selectRow(0);
        QTRY_VERIFY(!m_window->householdPage()->householdId().isEmpty());
        HouseholdRepository repo(cb);
        Household h = *repo.household(m_window->householdPage()->householdId());
        h.address = QStringLiteral("改过的地址");
        QVERIFY(!repo.updateHousehold(h).ok());
    }

    void automaticBackupRunsInTheBackground()
    {
        QTemporaryDir folder;
        Casebook &cb = m_window->casebook();
        QVERIFY(AutoBackup::configure(cb, folder.path(), QStringLiteral("zidong-beifen-2026"), 5).ok());
        m_window->automaticTasks()->run();
        QTRY_COMPARE(QDir(folder.path()).entryList({QStringLiteral("*.xjbak")}, QDir::Files).size(), 1);
        QTRY_VERIFY(!AutoBackup::isDue(cb));
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(folder.path().section(QLatin1Char('/'), -1)));
    }

    void newCasebookFromTheApp()
    {
        NewCasebookDialog dialog;
        const QString file = m_cb->dir() + QStringLiteral("/new/station.casebook");
        auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("codeEdit"));
        dialog.findChild<QLineEdit *>(QStringLiteral("fileEdit"))->setText(file);
        QTest::keyClicks(code, QStringLiteral("11010510000")); // one digit short
        typeWithInputMethod(dialog.findChild<QLineEdit *>(QStringLiteral("stationNameEdit")),
                            QStringLiteral("东风街道民政服务站"));
        dialog.accept();
        QVERIFY(!QFile::exists(file));
        QVERIFY(dialog.isVisible() || dialog.result() != QDialog::Accepted);
        QTest::keyClicks(code, QStringLiteral("0"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(QFile::exists(file));
        auto cb = Casebook::open(dialog.path(), m_cb->clock());
        QVERIFY(cb.ok());
        QCOMPARE((*cb)->identity().code, QStringLiteral("110105100000"));
        QCOMPARE(SignInDialog::modeFor(**cb), SignInDialog::Mode::FirstAccount);
    }

    void recordAVisitFromTheAgenda()
    {
        Casebook &cb = m_window->casebook();
        QTRY_VERIFY(m_window->householdModel()->rowCount() > 0);
        const QString household = m_window->householdModel()->householdIdAt(0);
        Visit v;
        v.householdId = household;
        v.kind = QStringLiteral("home");
        v.dueOn = cb.clock().today().addDays(-10);
        v.assignedUserId = cb.user()->id;
        AgendaView *agenda = m_window->agendaView();
        agenda->reload();
        const int overdueBefore = agenda->overdueCount(); // the demo data has its own
        const QString visitId = *VisitRepository(cb).plan(v);
        const int visitsBefore = int(VisitRepository(cb).visits(household)->size());
        agenda->reload();
        QCOMPARE(agenda->overdueCount(), overdueBefore + 1);
        QVERIFY(child<QTabWidget>("mainTabs")->tabText(1).contains(QString::number(overdueBefore + 1)));
        agenda->findChild<QCheckBox *>(QStringLiteral("onlyMineCheck"))->setChecked(true);
        auto *table = agenda->findChild<QTableView *>(QStringLiteral("agendaTable"));
        QCOMPARE(agenda->model()->rowCount(), 1);
        table->selectRow(0);
        QTRY_COMPARE(m_window->householdPage()->householdId(), household); // the household opens beside
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<RecordVisitDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            typeWithInputMethod(dialog->findChild<QLineEdit *>(QStringLiteral("metEdit")), QStringLiteral("户主本人"));
            dialog->findChild<QSpinBox *>(QStringLiteral("service_care"))->setValue(30);
            // Material help is ticked as delivered, not given minutes.
            QVERIFY(!dialog->findChild<QSpinBox *>(QStringLiteral("service_material")));
            dialog->findChild<QCheckBox *>(QStringLiteral("service_material"))->setChecked(true);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        });
        QTest::mouseClick(agenda->findChild<QPushButton *>(QStringLiteral("recordVisitButton")), Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(agenda->model()->rowCount(), 0); // gone from my overdue list
        agenda->findChild<QCheckBox *>(QStringLiteral("onlyMineCheck"))->setChecked(false);
        QCOMPARE(agenda->overdueCount(), overdueBefore);
        auto recorded = VisitRepository(cb).visit(visitId);
        QCOMPARE(recorded->status, QStringLiteral("done"));
        QCOMPARE(recorded->services.size(), 2);
        for (const VisitService &service : recorded->services)
            QCOMPARE(service.minutes, service.service == QLatin1String("material") ? 0 : 30);
        QCOMPARE(int(VisitRepository(cb).visits(household)->size()), visitsBefore + 1); // and the next one planned
    }

    void recordHelpAndConfirmADoubleHelpWarning()
    {
        Casebook &cb = m_window->casebook();
        QTRY_VERIFY(m_window->householdModel()->rowCount() > 0);
        child<QTableView>("householdView")->selectRow(1);
        const QString household = m_window->householdModel()->householdIdAt(1);
        QTRY_COMPARE(m_window->householdPage()->householdId(), household);
        Assistance government;
        government.householdId = household;
        government.source = QStringLiteral("government");
        government.programme = QStringLiteral("医疗救助");
        government.needType = QStringLiteral("medical");
        government.form = QStringLiteral("cash");
        government.amountFen = 80000;
        government.periodStart = cb.clock().today().addDays(-20);
        government.periodEnd = cb.clock().today().addDays(40);
        QVERIFY(AssistanceRepository(cb).record(government).ok());
        QString warning;
        QTimer::singleShot(0, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto *source = dialog->findChild<QComboBox *>(QStringLiteral("sourceCombo"));
            source->setCurrentIndex(source->findData(QStringLiteral("charity")));
            typeWithInputMethod(dialog->findChild<QLineEdit *>(QStringLiteral("programmeEdit")),
                                QStringLiteral("大病救助"));
            typeWithInputMethod(dialog->findChild<QLineEdit *>(QStringLiteral("organisationEdit")),
                                QStringLiteral("县慈善总会"));
            auto *need = dialog->findChild<QComboBox *>(QStringLiteral("needCombo"));
            need->setCurrentIndex(need->findData(QStringLiteral("medical")));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit")), QStringLiteral("3000"));
            QTimer::singleShot(0, this, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                warning = box->text();
                QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
            });
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>("recordAssistanceButton"), Qt::LeftButton);
        QVERIFY2(warning.contains(QStringLiteral("医疗救助")), qPrintable(warning));
        QTRY_COMPARE(child<QTableWidget>("ledgerTable")->rowCount(), 2);
        QCOMPARE(AssistanceRepository(cb).ledger(household)->size(), 2);
    }

    void householdHistoryFiltersByKind()
    {
        QTRY_VERIFY(m_window->householdModel()->rowCount() > 0);
        child<QTableView>("householdView")->selectRow(0);
        QTRY_VERIFY(!m_window->householdPage()->householdId().isEmpty());
        int all = -1, withoutVisits = -1;
        QTimer::singleShot(0, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("historyTable"));
            all = table->rowCount();
            dialog->findChild<QCheckBox *>(QStringLiteral("kind_visit"))->setChecked(false);
            withoutVisits = table->rowCount();
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>("historyButton"), Qt::LeftButton);
        QVERIFY(all >= 3); // registered, a category, the demo's visits
        const int visitEvents =
            int(Timeline::forHousehold(m_window->casebook(), m_window->householdPage()->householdId(),
                                       {QStringLiteral("visit")})
                    ->size());
        QVERIFY(visitEvents >= 1);
        QCOMPARE(withoutVisits, all - visitEvents);
    }

    void closingAHouseholdKeepsItInTheList()
    {
        auto *model = m_window->householdModel();
        auto *list = child<QTableView>("householdView");
        QTRY_VERIFY(model->rowCount() > 0);
        list->selectRow(0);
        const QString id = model->householdIdAt(0);
        QTRY_COMPARE(m_window->householdPage()->householdId(), id);
        QTimer::singleShot(0, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("closeReasonCombo"));
            reason->setCurrentIndex(1);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>("closeHouseholdButton"), Qt::LeftButton);
        QTRY_COMPARE(model->index(0, HouseholdListModel::Status).data().toString(), QStringLiteral("Closed"));
        QCOMPARE(model->householdIdAt(0), id);
        QVERIFY(!child<QPushButton>("addMemberButton")->isEnabled());
    }
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
