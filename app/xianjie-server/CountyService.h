#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace xianjie {

class Casebook;

/**
 * The county server's work, apart from HTTP: checks each request's signature, answers what the county holds of a
 * station, takes bundles in chunks into a spool (so an upload cut off resumes where it stopped), applies them with
 * the same BundleImporter as the stick on one writer thread, and builds downstream bundles on demand. Reads run on
 * the HTTP threads, each with its own connection to the casebook; every write runs on the writer.
 */
class CountyService
{
    Q_DECLARE_TR_FUNCTIONS(xianjie::CountyService)

public:
    struct Options
    {
        QString casebook;
        QString user;
        QString password;
        QString spool;                              ///< default: beside the casebook, NAME.spool
        qint64 maxBundleBytes = 40LL * 1024 * 1024; ///< a station writes at most 32 MB per bundle
        qint64 chunkBytes = 1024 * 1024;            ///< the most one request carries
        int writerWaitSeconds = 120;                ///< a request waits this long for the writer, then 503
    };
    /** What goes back to the client. */
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QMap<QByteArray, QByteArray> headers;
    };
    using HeaderLookup = std::function<QByteArray(const char *name)>;

    /** Opens the casebook (signed in as the configured account), the spool and the nonce log. */
    static Result<std::unique_ptr<CountyService>> start(const Options &options);
    /** Lets the job in progress finish, then stops the writer. */
    ~CountyService();

    Answer handle(const QByteArray &method, const QByteArray &target, const QByteArray &path,
                  const HeaderLookup &header, const QByteArray &body);
    Answer health();
    Answer metrics();
    qint64 chunkLimit() const { return m_options.chunkBytes; }
    /** Counts one answered request, for /metrics. */
    void countRequest(int status);

private:
    explicit CountyService(const Options &options);
    /** Runs @p job on the writer thread and waits for it; false when the writer did not get to it in time. */
    bool onWriter(const std::function<void(Casebook &)> &job);
    /** This HTTP thread's own connection to the casebook. */
    Result<Casebook *> reader();

    struct Station
    {
        QString id;
        QString code;
    };
    /** Checks signature, time, station and nonce; sets @p station or returns the refusal. */
    std::optional<Answer> authenticate(const QByteArray &method, const QByteArray &target, const QString &code,
                                       const HeaderLookup &header, const QByteArray &body, Station &station);
    bool nonceIsNew(const QString &nonce, qint64 time);
    Answer state(const Station &station);
    Answer upload(const Station &station, const QString &bundleId, const QMap<QString, QString> &query,
                  const QByteArray &body);
    Answer downstream(const Station &station, const QMap<QString, QString> &query);
    Answer apply(const Station &station, const QString &bundleId, const QByteArray &file);
    QString spoolPath(const Station &station, const QString &bundleId) const;

    Options m_options;
    struct Shared;
    std::unique_ptr<Shared> m_shared;
};

} // namespace xianjie
