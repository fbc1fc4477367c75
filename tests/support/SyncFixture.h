#pragma once

#include "CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace xianjie::test {

/** The county's and the stations' first accounts in CLI-made casebooks (password from cliEnvironment()). */
inline const QString kCountyUser = QStringLiteral("zhaoqiang");
inline const QString kStationUser = QStringLiteral("wangfang");

/** A table's row count, from `xianjie-cli stats --json`. */
inline int tableCount(const QString &casebook, const QString &table)
{
    const Run r = cli({QStringLiteral("stats"), casebook, QStringLiteral("--json")});
    if (r.exit != 0)
        qFatal("stats: %s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8())
        .object()
        .value(QStringLiteral("tables"))
        .toObject()
        .value(table)
        .toInt();
}

/** A new county casebook (code 110105) made by the real CLI. */
inline void makeCounty(const QString &county)
{
    const Run r = cli({QStringLiteral("init"), county, QStringLiteral("--role"), QStringLiteral("county"),
                       QStringLiteral("--code"), QStringLiteral("110105"), QStringLiteral("--name"),
                       QStringLiteral("测试县民政局"), QStringLiteral("--user"), kCountyUser});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
}

/**
 * A new station (code @p code in county 110105) with @p households demo households, enrolled with @p county through
 * request and grant files written beside it; @p serverUrl, when given, goes into the grant.
 */
inline void makeEnrolledStation(const QString &station, const QString &code, const QString &county, int households,
                                const QString &serverUrl = {})
{
    const QString base = QFileInfo(station).absolutePath() + QLatin1Char('/') + QFileInfo(station).baseName();
    Run r = cli({QStringLiteral("init"), station, QStringLiteral("--role"), QStringLiteral("station"),
                 QStringLiteral("--code"), code, QStringLiteral("--name"), QStringLiteral("东风民政服务站"),
                 QStringLiteral("--user"), kStationUser});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    if (households > 0) {
        r = cli({QStringLiteral("demo"), station, QStringLiteral("--households"), QString::number(households),
                 QStringLiteral("--seed"), code.right(4), QStringLiteral("--user"), kStationUser});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
    }
    r = cli({QStringLiteral("enroll-request"), station, QStringLiteral("--user"), kStationUser, QStringLiteral("--out"),
             base + QStringLiteral(".req")});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QStringList approve{QStringLiteral("enroll-approve"), county,      base + QStringLiteral(".req"),
                        QStringLiteral("--user"),         kCountyUser, QStringLiteral("--out"),
                        base + QStringLiteral(".grant")};
    if (!serverUrl.isEmpty())
        approve << QStringLiteral("--server") << serverUrl;
    r = cli(approve);
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    r = cli({QStringLiteral("enroll-accept"), station, base + QStringLiteral(".grant"), QStringLiteral("--user"),
             kStationUser});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
}

} // namespace xianjie::test
