#include "HelpDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace xianjie {

QString HelpDialog::title(Topic topic)
{
    switch (topic) {
    case Topic::Households:
        return tr("Help: households");
    case Topic::Visits:
        return tr("Help: visits");
    case Topic::Referrals:
        return tr("Help: referrals");
    case Topic::Sync:
        return tr("Help: sync with the county");
    }
    return {};
}

QString HelpDialog::html(Topic topic)
{
    QStringList steps;
    QString intro;
    switch (topic) {
    case Topic::Households:
        intro = tr("The households of the station: each with its members, assistance categories, needs, consents, "
                   "referrals and the help it received.");
        steps = {tr("Find a household by typing in the search box: a name, pinyin or its initials (zs for 张三), part "
                    "of an ID number, or a village."),
                 tr("Narrow the list with Village, Category and Status; click a column header to sort the whole list; "
                    "Ctrl+End goes to the last household."),
                 tr("Register household (Ctrl+N) records a new household with its head. An ID number fills in the "
                    "birth date and sex; what you do not know stays \"not known\"."),
                 tr("On the right: edit the household, add or edit members, add categories, record help received, "
                    "plan a visit. History shows everything that happened to the household, with who did it."),
                 tr("ID numbers, health and disability stay hidden; \"Show hidden data\" shows them for one member "
                    "and is written to the audit log.")};
        break;
    case Topic::Visits:
        intro = tr("The visits planned for the station's households: overdue ones first, then today's and this "
                   "week's.");
        steps = {tr("Double-click a visit to record it: the date, whom you met, what you found, the six self-care "
                    "activities, the services delivered. The next visit is planned by itself."),
                 tr("Casework → Print visit list… prints the visits due in one village for the next two weeks, with "
                    "phone numbers and room to write, to take along."),
                 tr("Casework → Visit plan… sets how often priority households (seriously ill, elderly who cannot "
                    "care for themselves) and the others are visited.")};
        break;
    case Topic::Referrals:
        intro = tr("Referrals to charities, and leads that charities report to the station, in both directions.");
        steps = {tr("Start a referral from a household's need: the wizard ranks the charity projects that fit and "
                    "says why, asks for the consent that covers what is shared, and prints the letter."),
                 tr("The referral letter carries a reply slip for the charity to send back; record its answer "
                    "(accepted, declined, returned) and the help given when the referral is completed."),
                 tr("Casework → Record a lead from a charity… registers a person a charity found; follow it until "
                    "the application is decided."),
                 tr("Casework → Charity directory… lists the organisations and projects; a CSV file can be "
                    "imported.")};
        break;
    case Topic::Sync:
        intro = tr("The station's changes go to the county, and the county's back, over the network when the "
                   "county server is set up, or by a USB stick.");
        steps = {tr("Online: the station syncs by itself when the network allows; the status bar says when it last "
                    "did. Sync now tries at once."),
                 tr("By USB stick: Export bundle to… writes the changes to the stick; the county imports them and "
                    "gives back its own bundle, which you import here."),
                 tr("Nothing is sent twice and nothing is lost: a bundle that arrives twice is recognised, one that "
                    "comes early is kept until the one before it arrives.")};
        break;
    }
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><ol>").arg(title(topic).toHtmlEscaped(), intro.toHtmlEscaped());
    for (const QString &step : steps)
        html += QStringLiteral("<li style=\"margin-bottom:6px\">%1</li>").arg(step.toHtmlEscaped());
    html += QStringLiteral("</ol><p>%1</p>")
                .arg(tr("Every change is kept in the audit log (Account → Audit log…) with who made it and when.")
                         .toHtmlEscaped());
    return html;
}

HelpDialog::HelpDialog(Topic topic, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(title(topic));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("helpText"));
    text->setHtml(html(topic));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 460);
}

} // namespace xianjie
