#pragma once

#include <QString>

class QFileDevice;

namespace xianjie::platform {

/**
 * The few things Qt does not say the same way on every system, in one place: the rest of the code calls these and
 * stays free of POSIX and Windows headers. Linux and Windows are built; other Unix systems take the POSIX branch.
 */

/** Forces what was written to @p file onto the disk (fsync, or FlushFileBuffers on Windows). */
bool syncToDisk(QFileDevice &file);

/**
 * Whether another process holds a lock on byte @p offset of the file at @p path, asked without taking one
 * (fcntl F_GETLK). True when it cannot be told, and on Windows, where it is not asked yet.
 */
bool byteLockedElsewhere(const QString &path, qint64 offset);

/** Whether standard input is a terminal (a person typing), not a pipe or a file. */
bool stdinIsTerminal();

/** Turns the echo of typed characters on standard input off (for a password) or back on. */
void setStdinEcho(bool on);

} // namespace xianjie::platform
