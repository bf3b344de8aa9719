# A signed-in client's pages: the account menu, home, changing the password, devices,
# "This wasn't me", and the pages that are not there. Only the portal and the console load
# these; the sign-in, reset and first-password pages load client.ftl alone.

## The account menu and the account's pages

menu-change-password = Change password
menu-devices = Signed-in devices
menu-sign-out = Sign out
menu-language = Language
back-to-portal = ← Back to the portal
home-title = Home
home-welcome = Welcome, { $name }
home-intro = You are signed in to { $portal }. Your account menu, under your initials at the top of the page, has your details and the way to sign out.
change-password-title = Change password
change-password-disabled-link = Get a password reset link
current-password-label = Current password
current-password-missing = Enter your current password.
sign-out-others-label = Sign out of other devices
sign-out-others-hint = Recommended if you think someone else knows your password. This device stays signed in.
change-password-submit = Change password
change-password-busy = Changing password…
change-password-emailed = We've emailed you a confirmation.
devices-title = Signed-in devices
devices-intro = Where your account is signed in now. If you don't recognise one, sign it out and change your password.
devices-this-device = This device
devices-ip = IP address { $ip }
devices-signed-in = Signed in { $time }
devices-last-active = Last active { $time }
devices-sign-out = Sign out
devices-sign-out-name = { $device } at { $ip }
devices-signed-out-one = Signed out { $device }.
devices-signed-out-others = { $count ->
    [one] Signed out { $count } other device.
   *[other] Signed out { $count } other devices.
}
devices-sign-out-all = Sign out all other devices

## "This wasn't me", from a password-changed email

not-me-title = This wasn't me
not-me-intro = Someone changed the password of { $email }. If it wasn't you, secure the account now:
not-me-effect-devices = every device signed in to it is signed out, including whoever changed the password;
not-me-effect-links = any password reset link sent earlier stops working;
not-me-effect-email = we email a new link to this address, so you can choose a new password.
not-me-submit = Sign out everywhere and send me a reset link
not-me-busy = Securing your account…
not-me-tell = Then tell the people who run this portal what happened.
not-me-done-title = Your account is secured
not-me-done-body = Open the new email and choose a password nobody else knows.
not-me-used-body = The account was already signed out everywhere and a reset link was sent. If you still cannot get in, ask for a new link.
not-me-get-link = Get a reset link
not-me-expired-body = For safety it only worked for a week. If you think someone else has your password, reset it now.
not-me-reset = Reset my password

## Pages that are not there

not-found-title = Page not found
not-found-body = There is nothing at this address. It may have moved, or the link may be mistyped.
not-found-home = Go to the portal home
forbidden-title = No access
forbidden-heading = This page is for staff only
forbidden-body = Your account doesn't have access to it.
forbidden-home = Go to your portal home
