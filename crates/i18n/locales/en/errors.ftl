# The API's messages to people: the app shows them as they are, and automations get them
# in their Accept-Language.

reset-confirmation = If an account exists for that address, we have emailed a link to reset your password. It expires in { $duration }.

## Why a request was refused

error-invalid-credentials = The email or password is incorrect.
error-account-archived = This account has been archived. Contact the people who run this portal to restore it.
# { $wait } is a duration from below: "30 seconds", "a minute".
error-throttled = Too many attempts. Try again in { $wait }.
wait-seconds = { $count ->
    [one] a second
   *[other] { $count } seconds
}
wait-minutes = { $count ->
    [one] a minute
   *[other] { $count } minutes
}
error-unauthenticated = Please sign in.
error-forbidden = You don't have access to this.
error-link-expired = This link has expired.
error-link-used = This link has already been used.
error-reset-link-invalid = This link is not valid. It may have been replaced by a newer link, or copied incompletely.
error-not-me-link-invalid = This link is not valid. Open it from the email again, or copy all of it.
error-cross-site = Requests from other sites are not accepted.
error-not-found = Not found.
error-password-change-required = Choose a new password to finish signing in.
error-ticket-expired = This step timed out. Sign in again with your temporary password to start again.
error-password-change-disabled = This portal does not let clients change their password here. Use "Forgot your password?" on the sign-in page instead.
error-payload-too-large = The request body is too large: send at most { $kib } KiB.
error-request-timeout = The request body did not arrive in time. Please try again.
error-unavailable = The server is busy. Please try again in a moment.
error-internal = Something went wrong on our side. Please try again.
error-fields = Some fields need attention.
error-email-empty = Enter an email address.
error-email-too-long = Use an email address of at most { $max } characters.
error-email-invalid = Enter an email address like name@example.com.
error-current-password-wrong = That is not your current password.
error-setup-link-invalid = This setup link has expired or was already used. Restart the server to print a new one.
error-language-not-offered = This portal does not offer that language.

# The human check (a proof-of-work challenge) was missing or did not count. Read by the
# authors of scripts: the app solves it on its own. $field and $header are the names a
# script uses, the same in every language.
error-human-check-missing = This request needs a human check: solve the challenge in { $field } and send the request again with the solution in the { $header } header.
error-human-check-malformed = The human check's solution could not be read: send the solved challenge as base64-encoded JSON in the { $header } header.
error-human-check-wrong = The human check's solution is not correct. Solve the new challenge.
error-human-check-expired = The human check expired before it was sent. Solve the new challenge.
error-human-check-other-action = That human check was issued for something else. Solve the new challenge.
error-human-check-too-easy = That human check was easier than this request now needs. Solve the new challenge.
error-human-check-replayed = That human check has already been used. Solve the new challenge.

## What a request did

password-changed = Your password has been changed.
password-changed-signed-out = { $count ->
    [one] Your password has been changed, and { $count } other device was signed out.
   *[other] Your password has been changed, and { $count } other devices were signed out.
}
not-me-done = Done. Your account is signed out everywhere, the password that was set no longer works, and we have emailed { $email } a link to choose a new one.
not-me-done-archived = Done. Your account is signed out everywhere and its password no longer works. It is archived: contact the people who run this portal to restore it.

## What a staff form or an automation's call got wrong

# Under a field: "it" is what was typed there.
error-line-break = Write it on one line, without line breaks.
# { $code } is a character's code point in hex, such as 202E.
error-control-character = This contains an invisible control character (U+{ $code }). Remove it and try again.
error-name-empty = Enter a name.
error-name-too-long = Use a name of at most { $max } characters.
error-email-taken = An account with this email already exists.
error-message-too-long = Keep the message to { $max } characters.
error-key-name-missing = Name the key after what uses it, such as "Zapier".
error-description-too-long = Keep the description to { $max } characters.
error-login-text-too-long = The login text is { $chars } characters long; the limit is { $max }.
# { $kind } is an image format: PNG, JPEG or WebP.
error-logo-damaged = This file starts like a { $kind } image but is damaged; export it again.
error-logo-pixels = The logo is { $width } × { $height } pixels; each side must be from 1 to { $max }.
error-webhook-url-too-long = Keep the URL under { $max } characters.
error-webhook-url-invalid = Enter a full URL, such as https://hooks.example.com/portico.
error-webhook-url-credentials = Leave the user name and password out of the URL; receivers check the signature instead.
error-webhook-url-fragment = Leave out the # part: it is never sent to the receiver.
error-webhook-url-plain-http = Use https://; plain http:// is allowed only to this machine (127.0.0.1 or localhost).
error-webhook-url-https = Use an https:// URL.
error-webhook-event-unknown = There is no event called "{ $event }".
error-webhook-events-empty = Choose at least one event.
error-webhook-delivery-sending = This delivery is being sent right now. Wait for the outcome of this attempt.
error-reset-archived = You cannot reset the password for an archived account.
error-set-password-archived = You cannot set the password of an archived account.
error-retry-not-failed = Only a message whose delivery failed can be retried.
error-automation-archived = This account is archived: restore it in the console first.
error-api-key-invalid = Send a valid API key: Authorization: Bearer KEY. Staff create keys in the console.
error-no-such-client = No client account has exactly this email address (it is matched case-sensitively).
error-json-required = Send the body as JSON with Content-Type: application/json.

## What a staff action did

client-created = Account successfully created.
client-created-reset-sent = Account successfully created and reset password email sent.
password-set = Password set.
password-set-change-required = Password set. The client must choose a new one at their next sign-in.
reset-email-sent = Reset password email sent.
