#include "Labels.h"

namespace xianjie {

Labels::Entries Labels::categories()
{
    return {
        {QStringLiteral("dibao"), tr("Minimum living allowance")},
        {QStringLiteral("tekun"), tr("Extreme-poverty support")},
        {QStringLiteral("dibao_edge"), tr("Marginal low-income")},
        {QStringLiteral("rigid_expense"), tr("Rigid-expenditure hardship")},
        {QStringLiteral("monitored"), tr("Monitored against relapse into poverty")},
        {QStringLiteral("temporary"), tr("Temporary assistance")},
        {QStringLiteral("other"), tr("Other hardship")},
    };
}

Labels::Entries Labels::categoriesShort()
{
    return {
        {QStringLiteral("dibao"), tr("Min. allowance")}, {QStringLiteral("tekun"), tr("Extreme poverty")},
        {QStringLiteral("dibao_edge"), tr("Marginal")},  {QStringLiteral("rigid_expense"), tr("Rigid expenses")},
        {QStringLiteral("monitored"), tr("Monitored")},  {QStringLiteral("temporary"), tr("Temporary")},
        {QStringLiteral("other"), tr("Other")},
    };
}

Labels::Entries Labels::relations()
{
    return {
        {QStringLiteral("self"), tr("Head of household")},
        {QStringLiteral("spouse"), tr("Spouse")},
        {QStringLiteral("child"), tr("Child")},
        {QStringLiteral("child_in_law"), tr("Son- or daughter-in-law")},
        {QStringLiteral("grandchild"), tr("Grandchild")},
        {QStringLiteral("parent"), tr("Parent")},
        {QStringLiteral("grandparent"), tr("Grandparent")},
        {QStringLiteral("sibling"), tr("Brother or sister")},
        {QStringLiteral("other"), tr("Other relative")},
    };
}

Labels::Entries Labels::healthStates()
{
    return {
        {QStringLiteral("healthy"), tr("Healthy")},
        {QStringLiteral("chronic"), tr("Chronic illness")},
        {QStringLiteral("serious"), tr("Serious illness")},
    };
}

Labels::Entries Labels::selfCareLevels()
{
    return {
        {QStringLiteral("able"), tr("Fully able")},
        {QStringLiteral("partial"), tr("Partly lost")},
        {QStringLiteral("lost"), tr("Fully lost")},
    };
}

Labels::Entries Labels::workCapacities()
{
    return {
        {QStringLiteral("full"), tr("Can work")},
        {QStringLiteral("partial"), tr("Partly able to work")},
        {QStringLiteral("none"), tr("Cannot work")},
    };
}

Labels::Entries Labels::hardshipCauses()
{
    return {
        {QStringLiteral("illness"), tr("Illness")},           {QStringLiteral("disability"), tr("Disability")},
        {QStringLiteral("education"), tr("Schooling costs")}, {QStringLiteral("accident"), tr("Accident or disaster")},
        {QStringLiteral("labour"), tr("Lack of labour")},     {QStringLiteral("unemployment"), tr("Unemployment")},
        {QStringLiteral("old_age"), tr("Old age")},           {QStringLiteral("other"), tr("Other cause")},
    };
}

QStringList Labels::disabilityCategories()
{
    return {tr("None"),     tr("Visual"),       tr("Hearing"), tr("Speech"),
            tr("Physical"), tr("Intellectual"), tr("Mental"),  tr("Multiple")};
}

QStringList Labels::disabilityGrades()
{
    return {tr("None"), tr("Grade 1 (most severe)"), tr("Grade 2"), tr("Grade 3"), tr("Grade 4")};
}

QString Labels::label(const Entries &entries, const QString &code)
{
    for (const auto &e : entries)
        if (e.first == code)
            return e.second;
    return code;
}

bool Labels::contains(const Entries &entries, const QString &code)
{
    for (const auto &e : entries)
        if (e.first == code)
            return true;
    return false;
}

QString Labels::sex(const QString &code)
{
    if (code == QLatin1String("M"))
        return tr("Male");
    if (code == QLatin1String("F"))
        return tr("Female");
    return QString();
}

} // namespace xianjie
