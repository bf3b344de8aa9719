# The pages where a client signs in, asks for a reset link and chooses a password: what
# the light bundles load (a signed-in client's pages are in account.ftl). Shared pieces first.

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
loading = Loading…
try-again = Try again
cancel = Cancel
one-moment = One moment…
checking-link = Checking your link…
link-missing-code = The address is missing its code. Open the link from the email again, or copy all of it.
get-new-link = Get a new link
sign-in-action = Sign in

## Choosing a new password, wherever it happens

new-password-label = New password
confirm-password-label = Confirm new password
password-rules-label = Password requirements
password-rule-length = { $min ->
    [one] At least { $min } character
   *[other] At least { $min } characters
}
password-rule-common = Not one of the most common passwords
password-rule-email = Not your email address
password-rule-done = (done)
password-rule-not-yet = (not yet)
passwords-differ = The passwords don't match.
policy-too-short = { $min ->
    [one] Use at least { $min } character.
   *[other] Use at least { $min } characters.
}
policy-too-long = { $max ->
    [one] Use at most { $max } character.
   *[other] Use at most { $max } characters.
}
policy-same-as-email = Don't use your email address as your password.
policy-common = This is one of the most common passwords. Choose one that is harder to guess.
policy-same-as-current = Choose a password different from your current one.
setting-password = Setting password…

## The reset page, opened from a reset email

reset-title = Reset your password
reset-choose-title = Choose a new password
# Around the account's address, shown in bold.
reset-for = For { $email }. You'll be signed in once it's set, and signed out everywhere else.
reset-submit = Set new password
reset-link-expired-title = This link has expired
reset-link-expired-body = Reset links only work for a limited time. We can email a new one to the same address.
reset-send-new = Email me a new link
reset-sending = Sending…
reset-link-used-title = This link has already been used
reset-link-used-body = Each reset link works once. If you chose a new password with it, sign in with that password.
reset-link-invalid-title = This link is not valid
reset-get-new-to-retry = { $problem } Get a new link to try again.

## Choosing one's own password at first sign-in

choose-title = Choose a new password
choose-welcome = Welcome, { $name }. The password you signed in with was set for you. Choose your own to continue, within { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
choose-submit = Set password and continue
choose-timed-out-title = This step has timed out
choose-timed-out-body = For your security, a new password must be chosen within a few minutes of signing in. Sign in again with the password you were given to start again.
choose-sign-in-again = Sign in again
choose-nothing-body = There is no password to choose here right now. If you were given a password, sign in with it first.
choose-go-to-sign-in = Go to sign in
