#include "Builders.h"
#include "MainWindow.h"
#include "TestCasebook.h"
#include "dialogs/CharityDirectoryDialog.h"
#include "dialogs/ConsentDialog.h"
#include "dialogs/NeedDialog.h"
#include "dialogs/ReferralDialog.h"
#include "dialogs/ReferralWizard.h"
#include "models/ReferralListModel.h"
#include "storage/CharityDirectory.h"
#include "storage/ConsentRepository.h"
#include "storage/HouseholdRepository.h"
#include "storage/NeedRepository.h"
#include "storage/ReferralRepository.h"
#include "views/HouseholdPage.h"
#include "views/ReferralsView.h"
#include "widgets/CheckList.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace xianjie;
using namespace xianjie::test;

namespace {
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        qFatal("pdftotext is missing: packaging/dev.sh installs poppler-utils");
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qFatal("pdftotext failed");
    return QString::fromUtf8(p.readAllStandardOutput());
}

void clickSave(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}
} // namespace

class ReferralWizardTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCasebook> m_cb;
    MainWindow *m_window = nullptr;
    QString m_household;
    QString m_head;
    QTemporaryDir m_out;

private slots:
    void init()
    {
        m_cb = std::make_unique<TestCasebook>();
        Casebook &cb = m_cb->casebook();
        m_household = registerHousehold(cb, QStringLiteral("张三"), QStringLiteral("110105199003070017"));
        HouseholdRepository households(cb);
        Person head = households.members(m_household)->first();
        m_head = head.id;
        head.phone = QStringLiteral("13800138000");
        head.health = QStringLiteral("serious");
        QVERIFY(households.updateMember(head, true).ok());
        Person wife;
        wife.householdId = m_household;
        wife.name = QStringLiteral("李梅");
        wife.birthDate = QDate(1992, 4, 4);
        wife.sex = QStringLiteral("F");
        wife.relation = QStringLiteral("spouse");
        QVERIFY(households.addMember(wife, true).ok());
        CharityDirectory dir(cb);
        CharityOrg org;
        org.name = QStringLiteral("县慈善总会");
        org.creditCode = QStringLiteral("53110000MA00000150");
        org.serviceTypes = {QStringLiteral("medical")};
        CharityProject project;
        project.orgId = *dir.saveOrg(org);
        project.name = QStringLiteral("大病救助");
        project.serviceTypes = {QStringLiteral("medical")};
        project.targetGroups = {QStringLiteral("seriously_ill")};
        project.capacity = 30;
        QVERIFY(dir.saveProject(project).ok());
        m_window = new MainWindow(m_cb->take());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->householdPage()->showHousehold(m_household);
    }
    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
        m_cb.reset();
    }

    // A child's need names the child as the members table does: masked (issue 18: it was shown in full here).
    void aChildsNeedShowsTheMaskedName()
    {
        Casebook &cb = m_window->casebook();
        Person child;
        child.householdId = m_household;
        child.name = QStringLiteral("张小宝");
        child.birthDate = cb.clock().today().addYears(-6);
        child.sex = QStringLiteral("M");
        child.relation = QStringLiteral("child");
        auto childId = HouseholdRepository(cb).addMember(child, true);
        QVERIFY2(childId.ok(), qPrintable(childId.message()));
        Need need;
        need.householdId = m_household;
        need.personId = *childId;
        need.needType = QStringLiteral("education");
        need.description = QStringLiteral("学费");
        need.identifiedOn = cb.clock().today();
        QVERIFY(NeedRepository(cb).add(need).ok());
        m_window->householdPage()->showHousehold(m_household);
        auto *needs = m_window->householdPage()->findChild<QTableWidget *>(QStringLiteral("needTable"));
        QCOMPARE(needs->rowCount(), 1);
        QVERIFY2(!needs->item(0, 1)->text().contains(QStringLiteral("小宝")), qPrintable(needs->item(0, 1)->text()));
        QVERIFY2(needs->item(0, 1)->text().startsWith(QStringLiteral("张")), qPrintable(needs->item(0, 1)->text()));
    }

    // Need → matching project → consent recorded on the way → preview → send; the letter holds what was chosen.
    void theWizardEndToEnd()
    {
        HouseholdPage *page = m_window->householdPage();
        page->tabs()->setCurrentIndex(1); // Needs
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<NeedDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *type = dialog->findChild<QComboBox *>(QStringLiteral("needTypeCombo"));
            type->setCurrentIndex(type->findData(QStringLiteral("medical")));
            auto *whose = dialog->findChild<QComboBox *>(QStringLiteral("needPersonCombo"));
            whose->setCurrentIndex(whose->findData(m_head));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("needDescriptionEdit"))
                ->setPlainText(QStringLiteral("透析费用每月三千元"));
            clickSave(dialog);
        });
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addNeedButton")), Qt::LeftButton);
        auto *needs = page->findChild<QTableWidget *>(QStringLiteral("needTable"));
        QCOMPARE(needs->rowCount(), 1);
        needs->selectRow(0);

        bool walked = false;
        QTimer::singleShot(0, this, [&] {
            auto *wizard = qobject_cast<ReferralWizard *>(QApplication::activeModalWidget());
            QVERIFY(wizard);
            // Whatever fails below, the wizard closes so that the test ends instead of waiting.
            const auto close = qScopeGuard([wizard] { wizard->reject(); });
            QCOMPARE(wizard->currentId(), int(ReferralWizard::NeedPage));
            QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
            wizard->next();
            QCOMPARE(wizard->currentId(), int(ReferralWizard::ProjectPage));
            auto *projects = wizard->findChild<QTableWidget *>(QStringLiteral("wizardProjectTable"));
            QCOMPARE(projects->rowCount(), 1);
            QCOMPARE(projects->item(0, 0)->text(), QStringLiteral("大病救助"));
            QVERIFY(projects->item(0, 2)->text().contains(QStringLiteral("张*")));
            wizard->next();
            QCOMPARE(wizard->currentId(), int(ReferralWizard::ConsentPage));
            // No consent yet: the wizard cannot go on.
            QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
            QTimer::singleShot(0, this, [&] {
                auto *consent = qobject_cast<ConsentDialog *>(QApplication::activeModalWidget());
                QVERIFY(consent);
                auto *items = consent->findChild<CheckList *>(QStringLiteral("consentItemList"));
                QStringList codes = items->checkedCodes();
                codes << QStringLiteral("health");
                items->setCheckedCodes(codes);
                clickSave(consent);
                QVERIFY2(consent->result() == QDialog::Accepted,
                         qPrintable(consent->findChild<QLabel *>(QStringLiteral("errorLabel"))->text()));
            });
            QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("wizardRecordConsentButton")),
                              Qt::LeftButton);
            QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
            wizard->next();
            QCOMPARE(wizard->currentId(), int(ReferralWizard::PreviewPage));
            auto *preview = wizard->findChild<QTableWidget *>(QStringLiteral("wizardPreviewTable"));
            QCOMPARE(preview->rowCount(), 6); // what the consent covers: name, sex/age, address, phone, need, health
            for (int r = 0; r < preview->rowCount(); ++r) {
                QVERIFY(preview->item(r, 1)->text() == QStringLiteral("张三")); // only the consenting person
                // The charity does not need the address for this referral: untick it.
                if (preview->item(r, 2)->text() == QStringLiteral("Address"))
                    preview->item(r, 0)->setCheckState(Qt::Unchecked);
            }
            wizard->findChild<QLineEdit *>(QStringLiteral("outputFolderEdit"))->setText(m_out.path());
            wizard->next(); // Record as sent and write the letter
            QCOMPARE(wizard->currentId(), int(ReferralWizard::DonePage));
            const QString done = wizard->findChild<QLabel *>(QStringLiteral("doneLabel"))->text();
            QVERIFY(done.contains(QStringLiteral("R2026-0001")));
            // It says the files were written, where, and that nothing has left the station yet.
            QVERIFY2(done.contains(QStringLiteral("Nothing has left the station")), qPrintable(done));
            QVERIFY(done.contains(QDir::toNativeSeparators(wizard->letterPath())));
            QVERIFY(wizard->findChild<QPushButton *>(QStringLiteral("openFolderButton")));
            walked = true;
            QVERIFY(QFile::exists(wizard->letterPath()));
            const QString text = pdfText(wizard->letterPath());
            QVERIFY2(text.contains(QStringLiteral("张三")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("13800138000")));
            QVERIFY2(text.contains(QStringLiteral("透析费用每月三千元")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("Serious illness")));
            QVERIFY(!text.contains(QStringLiteral("110105199003070017"))); // not consented
            QVERIFY(!text.contains(QStringLiteral("1组1号")));             // consented, not chosen
            QVERIFY(!text.contains(QStringLiteral("李梅")));               // not covered
            QFile packet(wizard->packetPath());
            QVERIFY(packet.open(QIODevice::ReadOnly));
            const QJsonObject json = QJsonDocument::fromJson(packet.readAll()).object();
            const QJsonObject items = json.value(QStringLiteral("people"))
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(QStringLiteral("items"))
                                          .toObject();
            QCOMPARE(items.keys(),
                     (QStringList{QStringLiteral("health"), QStringLiteral("name"), QStringLiteral("need"),
                                  QStringLiteral("phone"), QStringLiteral("sex_age")}));
        });
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("referButton")), Qt::LeftButton);
        QVERIFY(walked);

        // The referral is in the household's tab and in the station's list, counted in the tab title; the need
        // says it was referred (it used to say "open" as if nothing had been done).
        QCOMPARE(page->findChild<QTableWidget *>(QStringLiteral("householdReferralTable"))->rowCount(), 1);
        QVERIFY2(needs->item(0, 4)->text().startsWith(QStringLiteral("Referred (R")),
                 qPrintable(needs->item(0, 4)->text()));
        ReferralsView *list = m_window->referralsView();
        QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->rowAt(0)->referral.status, QStringLiteral("sent"));
        QVERIFY(!list->model()
                     ->index(0, ReferralListModel::HouseholdColumn)
                     .data()
                     .toString()
                     .contains(QStringLiteral("张三")));
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs->tabText(tabs->indexOf(list)).contains(QStringLiteral("1")));
    }

    void theReferralDialogMovesForwardAndRecordsTheOutcome()
    {
        Casebook &cb = m_window->casebook();
        const Consent c =
            selfConsent(m_household, m_head, QStringLiteral("张三"), CharityDirectory(cb).orgs()->first().id,
                        {QStringLiteral("name"), QStringLiteral("need")});
        QVERIFY(ConsentRepository(cb).record(c).ok());
        Need n;
        n.householdId = m_household;
        n.needType = QStringLiteral("medical");
        n.description = QStringLiteral("住院");
        Referral r;
        r.needId = *NeedRepository(cb).add(n);
        r.orgId = c.orgId;
        ReferralRepository referrals(cb);
        const QString id = *referrals.createDraft(r);
        QVERIFY(referrals.send(id, {qMakePair(m_head, QStringLiteral("name"))}).ok());

        ReferralDialog dialog(cb, id, m_window);
        dialog.show();
        // A sent referral offers its letter and its packet again.
        int documentButtons = 0;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            documentButtons += b->isVisible() && (b->text().contains(QStringLiteral("letter")) ||
                                                  b->text().contains(QStringLiteral("packet")))
                                   ? 1
                                   : 0;
        QCOMPARE(documentButtons, 2);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("move_accepted")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("move_completed"))); // not from "sent"
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("move_accepted")), Qt::LeftButton);
        QCOMPARE(referrals.referral(id)->status, QStringLiteral("accepted"));
        QVERIFY(dialog.complete(QStringLiteral("cash"), 200000, true, QStringLiteral("首笔")));
        QCOMPARE(referrals.referral(id)->status, QStringLiteral("completed"));
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("referralSummary"))->text().contains(QStringLiteral("2,000")) ||
            dialog.findChild<QLabel *>(QStringLiteral("referralSummary"))->text().contains(QStringLiteral("2000")));
        QVERIFY(!dialog.moveTo(QStringLiteral("accepted"))); // no way back
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible() ||
                !dialog.findChild<QPushButton *>(QStringLiteral("move_accepted")));
        // The help entered the household's ledger.
        m_window->householdPage()->showHousehold(m_household);
        QCOMPARE(m_window->householdPage()->findChild<QTableWidget *>(QStringLiteral("ledgerTable"))->rowCount(), 1);
    }

    void theDirectoryImportsACsvFileAndReportsBadRows()
    {
        const QString path = m_out.filePath(QStringLiteral("projects.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("机构信用代码,项目名称,名额,开始日期\n53110000MA00000150,助学,10,2026-09-01\n"
                               "53110000MA00000150,坏日期,5,2026-13-01\n")
                    .toUtf8());
        f.close();
        CharityDirectoryDialog dialog(m_window->casebook(), m_window);
        dialog.show();
        dialog.importFile(path);
        auto *report = dialog.findChild<QLabel *>(QStringLiteral("importReport"));
        QTRY_VERIFY2(report->text().contains(QStringLiteral("Row 3")), qPrintable(report->text()));
        QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("projectTable"))->rowCount(), 1); // unchanged
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("机构信用代码,项目名称,名额\n53110000MA00000150,助学,10\n").toUtf8());
        f.close();
        dialog.importFile(path);
        QTRY_VERIFY2(report->text().contains(QStringLiteral("1 added")), qPrintable(report->text()));
        QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("projectTable"))->rowCount(), 2);
    }
};

QTEST_MAIN(ReferralWizardTest)
#include "referral_wizard_test.moc"
