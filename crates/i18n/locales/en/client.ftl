# The client pages: signing in, asking for a reset link, choosing a password, the
# account menu and pages. Shared pieces first.

## Shared

email-label = Email
email-missing = Enter your email address.
password-label = Password
password-missing = Enter your password.
# The password field's toggle: a short visible word, and the name it is announced by,
# which must contain that word.
password-show = Show
password-show-name = Show password
password-caps-lock = Caps Lock is on.
human-check-progress = Checking that you're not a robot…
human-check-progress-label = Checking that you're not a robot
network-error = We couldn't reach the server. Check your connection and try again.
language-label = Language
back-to-sign-in = Back to sign in

## Sign-in page

sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-submit-busy = Signing in…
login-text-label = About this portal

## Forgot your password?

forgot-title = Forgot your password?
forgot-intro = Enter the email address of your account and we'll email you a link to choose a new password.
forgot-submit = Email me a reset link
forgot-submit-busy = Sending…
forgot-try-another = Try a different address

## Check your email

check-email-title = Check your email
check-email-nothing = Nothing arrived after a few minutes?
check-email-address = Check the address you typed: { $address }
check-email-spam = Look in your spam or junk folder.
check-email-add-sender = Add { $sender } to your contacts or allow-list, then ask again.
check-email-add-our-sender = Add our sender address to your contacts or allow-list, then ask again.
