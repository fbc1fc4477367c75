#pragma once

#include <QString>

namespace xianjie {

class Casebook;
class MainWindow;

/**
 * Screenshot mode (for docs/screenshots and for looking at the app on a machine without a display): pictures of
 * the window or one of its screens, saved to a PNG file, after which the app quits (exit code 0 when saved).
 */
namespace screenshot {

/**
 * Waits for the household list, opens the first household and saves the window; with @p what one of register,
 * users, audit, agenda, visit, history, referrals, wizard, consent, referral or directory it saves that screen
 * instead (the registration form filled in as a worker would, including a mistyped ID number).
 */
void schedule(MainWindow *window, const QString &file, const QString &what);
/** Shows the sign-in form with @p user filled in, saves it and returns the app's exit code. */
int signIn(Casebook &casebook, const QString &user, const QString &file);

} // namespace screenshot
} // namespace xianjie
