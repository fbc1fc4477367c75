// The CLI's printing: the same papers, from the same core code, as the desktop app saves.
#include "CommandLine.h"
#include "print/PdfDocument.h"
#include "report/ReferralDocuments.h"
#include "report/VisitList.h"
#include "storage/Casebook.h"
#include "storage/ConsentRepository.h"
#include "storage/HouseholdRepository.h"
#include "storage/ReferralRepository.h"
#include "storage/StationSettings.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace xianjie {

bool CommandLine::needsGui(const QStringList &args)
{
    return !args.isEmpty() && (args.first() == QLatin1String("print") || args.first() == QLatin1String("report"));
}

int CommandLine::print(const QStringList &args)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("user")});
    p.addOption({QStringLiteral("out"), QString(), QStringLiteral("file")});
    p.addOption({QStringLiteral("village"), QString(), QStringLiteral("code")});
    p.addOption({QStringLiteral("until"), QString(), QStringLiteral("date")});
    if (!p.parse(QStringList{QStringLiteral("xianjie-cli")} + args))
        return usage(p.errorText());
    const QStringList pos = p.positionalArguments();
    const QString paper = pos.value(0);
    const QString out = p.value(QStringLiteral("out"));
    const bool visitList = paper == QLatin1String("visit-list");
    if (paper != QLatin1String("referral-letter") && paper != QLatin1String("consent-form") && !visitList)
        return usage(tr("Say which paper to print: referral-letter, consent-form or visit-list."));
    if (out.isEmpty() || pos.size() != (visitList ? 2 : 3))
        return usage(visitList
                         ? tr("Name the casebook, the village (--village) and the PDF file (--out).")
                         : tr("Name the casebook, the %1 and the PDF file (--out).")
                               .arg(paper == QLatin1String("consent-form") ? tr("consent ID") : tr("referral number")));
    if (visitList && p.value(QStringLiteral("village")).isEmpty())
        return usage(tr("Name the village (--village) by its code or its name."));
    auto cb = Casebook::open(pos.at(1));
    if (!cb)
        return fail(cb.message());
    if (!signIn(**cb, p.value(QStringLiteral("user"))))
        return Failed;
    Casebook &casebook = **cb;

    Result<QString> html = QString();
    QString title;
    PdfDocument::Orientation orientation = PdfDocument::Orientation::Portrait;
    if (paper == QLatin1String("referral-letter")) {
        auto referral = ReferralRepository(casebook).byNumber(pos.at(2));
        if (!referral)
            return fail(referral.message());
        html = ReferralDocuments(casebook).letterHtml(referral->id);
        title = tr("Referral letter %1").arg(referral->number);
    } else if (paper == QLatin1String("consent-form")) {
        auto consent = ConsentRepository(casebook).consent(pos.at(2));
        if (!consent)
            return fail(consent.message());
        html = ReferralDocuments(casebook).consentFormHtml(*consent);
        title = tr("Consent form");
    } else {
        auto villages = HouseholdRepository(casebook).villages();
        if (!villages)
            return fail(villages.message());
        const QString wanted = p.value(QStringLiteral("village")).trimmed();
        const Village *village = nullptr;
        for (const Village &v : *villages)
            if (v.code == wanted || v.name == wanted)
                village = &v;
        if (!village)
            return fail(tr("The casebook has no village \"%1\". Give its 12-digit code or its name as listed in the "
                           "station's villages.")
                            .arg(wanted));
        QDate until = casebook.clock().today().addDays(14);
        if (p.isSet(QStringLiteral("until"))) {
            until = QDate::fromString(p.value(QStringLiteral("until")), Qt::ISODate);
            if (!until.isValid())
                return usage(tr("Give --until as a date: YYYY-MM-DD."));
        }
        html = VisitList::html(casebook, village->id, until);
        title = tr("Visit list: %1").arg(village->name);
        orientation = PdfDocument::Orientation::Landscape;
    }
    if (!html)
        return fail(html.message());
    if (auto w = PdfDocument::write(*html, out, title, orientation); !w)
        return fail(w.message());
    m_out << tr("%1 written to %2.").arg(title, QFileInfo(out).absoluteFilePath()) << Qt::endl;
    return Ok;
}

int CommandLine::stationContact(const QStringList &args)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addOption({QStringLiteral("user"), QString(), QStringLiteral("user")});
    p.addOption({QStringLiteral("person"), QString(), QStringLiteral("name")});
    p.addOption({QStringLiteral("phone"), QString(), QStringLiteral("phone")});
    p.addOption({QStringLiteral("address"), QString(), QStringLiteral("text")});
    if (!p.parse(QStringList{QStringLiteral("xianjie-cli")} + args))
        return usage(p.errorText());
    if (p.positionalArguments().size() != 1)
        return usage(tr("Name the casebook."));
    auto cb = Casebook::open(p.positionalArguments().first());
    if (!cb)
        return fail(cb.message());
    if (!signIn(**cb, p.value(QStringLiteral("user"))))
        return Failed;
    StationSettings::Contact contact = StationSettings(**cb).contact();
    if (p.isSet(QStringLiteral("person")))
        contact.person = p.value(QStringLiteral("person"));
    if (p.isSet(QStringLiteral("phone")))
        contact.phone = p.value(QStringLiteral("phone"));
    if (p.isSet(QStringLiteral("address")))
        contact.address = p.value(QStringLiteral("address"));
    if (auto r = StationSettings::setContact(**cb, contact); !r)
        return fail(r.message());
    contact = StationSettings(**cb).contact();
    m_out << tr("Station contact: %1, phone %2, address %3.")
                 .arg(contact.person.isEmpty() ? tr("(none)") : contact.person,
                      contact.phone.isEmpty() ? tr("(none)") : contact.phone,
                      contact.address.isEmpty() ? tr("(none)") : contact.address)
          << Qt::endl;
    return Ok;
}

} // namespace xianjie
