# The staff console: its frame, the clients, the portal builder, the outbox, activity,
# API keys and webhooks. Each part has a section of its own.

## The portal builder: login text

portal-title = Portal
# The busy label of the portal builder's Save buttons.
portal-saving = Saving…
login-text-heading = Login text
# Followed by a link that opens the login page.
login-text-intro = Shown above the sign-in form.
login-text-open-login-page = Open the login page
# Read by screen readers right after the link's name.
login-text-new-tab = (opens in a new tab)
# An option of the language picker. $language is the language's own name ("Deutsch").
login-text-language-default = { $language } (default)
login-text-language-hint-other = A language without its own text shows the default language's. Leave it empty to keep it that way.
login-text-language-hint-default = Every language without its own text shows this one.
login-text-field-label = Login text (Markdown)
# $language is the language's own name ("Deutsch").
login-text-field-label-in = Login text in { $language } (Markdown)
# Both numbers come already formatted: "1,024 of 20,000 characters".
login-text-count = { $count } of { $max } characters
login-text-preview-heading = Preview
login-text-fallback = No text of its own yet: the login page shows the default language's, as below.
login-text-preview-failed = The live preview could not start. Saving still works: check the login page after saving.
login-text-save = Save login text
login-text-discard = Discard changes
login-text-unsaved = Unsaved changes.
login-text-discarded = Changes discarded.
login-text-discard-question = Discard your unsaved changes to this language's login text?
login-text-saved = Login text saved. The login page shows it now.
login-text-help = Formatting help
# The variables are Markdown samples, shown as code, the same in every language.
login-text-help-emphasis = { $heading } for a heading, { $bold } and { $italic }.
login-text-help-link = { $example } for a link that opens in the same tab.
# $marker is "!external"; $example is a Markdown sample.
login-text-help-external = End a link's address with { $marker } to open it in a new tab: { $example }
login-text-help-more = Tables, lists and { $strikethrough } work too. HTML and scripts are removed.

## Branding

branding-heading = Branding
branding-intro = The name, logo and colours of the sign-in page, the client pages, this console and the emails.
branding-name = Portal name
branding-name-hint = In page titles, the top bar and as the sender of emails. Up to { $max } characters.
branding-accent = Accent colour
# The name of the colour picker beside the field.
branding-accent-pick = Pick the accent colour
branding-accent-dark = Accent colour in dark mode
branding-accent-dark-pick = Pick the accent colour in dark mode
# $example is a colour as a hex code.
branding-hex-hint = Enter a hex code, such as { $example }.
# Under a colour field. $ratio is the colour's contrast ("8.59:1"), $min the least that passes ("4.5:1"),
# each kept whole, so right-to-left text does not turn it around.
branding-contrast-light-meets = { $ratio } on the light page: meets WCAG AA.
branding-contrast-light-below = { $ratio } on the light page: below the { $min } that links and buttons need.
branding-contrast-dark-meets = { $ratio } on the dark page: meets WCAG AA.
branding-contrast-dark-below = { $ratio } on the dark page: below the { $min } that links and buttons need.
branding-logo = Logo
branding-logo-hint = PNG, JPEG or WebP, up to 256 KB. Shown 40 pixels high beside the name.
branding-remove-logo = Remove logo
branding-preview-heading = How it looks
branding-light-mode = Light mode
branding-dark-mode = Dark mode
branding-save = Save branding
branding-saved = Branding saved. Every page uses it now.
# Said when two or more fields are wrong; a single problem is said as it is.
branding-fields-need-attention = { $count ->
    [one] { $count } field needs attention.
   *[other] { $count } fields need attention.
}
# Why branding cannot be saved, said beside the field by the console and by the server.
branding-problem-name-missing = Enter the portal's name.
branding-problem-name-too-long = The name is { $chars } characters long; the limit is { $max }.
branding-problem-name-one-line = The name must fit on one line.
branding-problem-not-a-colour = This is not a colour code: use # and six hex digits, such as { $example }.
# $colour is a hex code, $ratio its contrast ("1.42:1"), $min the least that passes ("4.5:1").
branding-problem-contrast-light = { $colour } has a contrast of { $ratio } against the light page; links and buttons need at least { $min }. Choose a darker colour.
branding-problem-contrast-dark = { $colour } has a contrast of { $ratio } against the dark page; links and buttons need at least { $min }. Choose a lighter colour.
branding-problem-logo-type = Choose a PNG, JPEG or WebP image (SVG is not accepted).
# Sizes in kilobytes.
branding-problem-logo-too-large = The logo is { $size } KB; the limit is { $max } KB.

## Settings

settings-heading = Settings
settings-account-password = Account password
settings-account-password-hint = Clients may change their password from the account menu in the portal.
settings-reset-lifetime = Reset link lifetime (hours)
settings-reset-lifetime-hint = How long an emailed reset link works: 1 to 168 hours.
settings-reuse-window = Reuse window (hours)
settings-reuse-window-hint = Asking again within this time re-sends the same link; 0 always sends a new one.
settings-first-sign-in = First sign-in change window (minutes)
settings-first-sign-in-hint = How long a client who signs in with a password you set has to choose their own: 1 to 1440 minutes.
settings-min-password = Minimum password length (characters)
settings-min-password-hint = From 8 to 64, counted in characters, so every alphabet counts alike.
# Under a field that holds no number. $example is a value the field accepts.
settings-number-hours = Enter a number of hours, such as { $example }.
settings-number-minutes = Enter a number of minutes, such as { $example }.
settings-number-characters = Enter a number of characters, such as { $example }.
settings-human-check = Human check
settings-human-check-about = A proof-of-work check the browser solves in the background, with no puzzle to answer, before it may go on.
settings-human-check-off = Off
settings-human-check-off-hint = Never asked. Past their limits, sign-ins wait and reset requests are ignored.
settings-human-check-automatic = Automatic
settings-human-check-automatic-hint = Asked when traffic looks like abuse: sign-ins on new devices after failed attempts, many reset requests from one address, many emails or new clients from one staff member.
settings-human-check-always = Always
settings-human-check-always-hint = Asked before every sign-in on a new device, every reset request and every reset email or new client sent from the console.
settings-languages = Languages
settings-languages-hint = What clients and staff may choose. A browser that asks for none of them gets the default, and a language without its own login text shows the default's.
settings-default-language = Default language
settings-save = Save settings
settings-saved = Settings saved.
settings-not-loaded = The settings have not loaded yet: reload the page and try again.
settings-need-attention = { $count ->
    [one] One setting needs attention.
   *[other] { $count } settings need attention.
}
# Why settings cannot be saved, said beside the field by the console and by the server.
# $days is $high in days.
settings-problem-lifetime = Choose a lifetime from { $low } to { $high } hours ({ $days ->
    [one] { $days } day
   *[other] { $days } days
}).
# The link lifetime, in the largest unit that divides it exactly.
settings-problem-reuse-hours = The reuse window cannot be longer than the link lifetime ({ $count ->
    [one] { $count } hour
   *[other] { $count } hours
}).
settings-problem-reuse-minutes = The reuse window cannot be longer than the link lifetime ({ $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}).
settings-problem-reuse-seconds = The reuse window cannot be longer than the link lifetime ({ $count ->
    [one] { $count } second
   *[other] { $count } seconds
}).
# $hours is $high in hours.
settings-problem-first-sign-in = Choose from { $low } to { $high } minutes ({ $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}).
settings-problem-min-password = Choose a minimum from { $low } to { $high } characters.
settings-problem-no-language = Enable at least one language.
# $flag is the server's command-line flag, the same in every language.
settings-problem-pseudo-locale = The pseudo-locale is for tests; the server enables it with { $flag }.
settings-problem-language-twice = Enable each language once.
settings-problem-default = Choose the default among the enabled languages.

## Setting up Portico

setup-title = Set up Portico
setup-heading = Create the first staff account
setup-link-missing = This page needs the setup link the server printed when it started.
setup-checking-link = Checking your setup link…
setup-name-label = Your name
setup-name-missing = Enter your name.
setup-password-hint = At least { $min } characters. A few unrelated words make a strong, memorable password.
setup-confirm-label = Confirm password
setup-fields-need-attention = Some fields need attention.
setup-submit = Create account
setup-submit-busy = Creating account…

## The console's frame and shared parts

# The console's section navigation: its name for screen readers, then its links.
console-nav-label = Staff console
console-nav-clients = Clients
console-nav-portal = Portal
console-nav-outbox = Outbox
console-nav-activity = Activity
console-nav-api-keys = API keys
console-nav-webhooks = Webhooks
# Asked before leaving the portal builder with edits not saved.
console-leave-question = You have unsaved changes to the login text. Leave without saving?
# What archiving a client does, in the confirmation before it.
console-archive-warning = They are signed out everywhere, their reset links stop working, and they cannot sign in until you restore the account.
# A client account's status, as a coloured pill and in the status filter.
status-active = Active
status-archived = Archived
# Where a client stands with their password, as a short pill on the clients board.
status-password-set = Set
status-password-must-choose = Must choose a password
status-password-link-pending = Link pending
status-password-never-set = Never set
# The pill's detail on hover, and the full wording on a client's page. $time is a date and time.
status-password-link-pending-until = Reset link pending, expires { $time }
# The navigation between pages of a long table.
pager-label = Pages
pager-previous = Previous
pager-next = Next
pager-position = Page { $page } of { $pages }
# Names a table's scrollable region for screen readers; $name says what the rows are, such as "Clients".
table-region = { $name } table
# Under a new secret (an API key, a webhook's signing secret) after the Copy button.
secret-copied = Copied.
secret-copy-failed = Your browser did not allow copying. Select the text and copy it instead.

## Clients

clients-title = Clients
clients-add = Add client
clients-search-label = Search by name or email
clients-status-label = Status
# The status filter's choice that shows active and archived clients together.
clients-status-all = All
clients-search = Search
clients-loading = Loading clients…
clients-empty = No clients here.
clients-no-match = No clients match this search.
clients-count = { $count ->
    [one] { $count } client
   *[other] { $count } clients
}
# The table's caption for screen readers: how the rows are ordered. $column is the code of
# the column (name, email or last-sign-in) and $order of the direction (ascending or
# descending): keep the codes in square brackets, translate the words after them.
clients-caption = Clients, by { $column ->
    [email] email
    [last-sign-in] last sign-in
   *[name] name
}, { $order ->
    [descending] descending
   *[ascending] ascending
}
clients-column-name = Name
clients-column-email = Email
clients-column-status = Status
clients-column-password = Password
clients-column-last-sign-in = Last sign-in
# Read by screen readers only: the column of each row's Actions menu.
clients-column-actions = Actions
# In the Last sign-in column and on a client's page, for a client who never signed in.
clients-never = Never
# Each row's menu: its button, and the button's name for screen readers.
clients-actions = Actions
clients-actions-for = Actions for { $name }
clients-action-send-reset = Send reset email
clients-action-copy-link = Copy reset link
clients-action-set-password = Set password
clients-action-unarchive = Unarchive
clients-action-archive = Archive…
# Why a menu action cannot be used now, read by screen readers after the action's name, in brackets.
clients-unavailable-archived = archived
clients-unavailable-no-link = no link pending
# Notices after a row's action.
clients-reset-sent = Reset password email sent to { $email }.
clients-link-copied = Reset link for { $name } copied.
clients-copy-failed = Your browser did not allow copying. Open the client to copy the link.
clients-no-link = { $name } has no reset link pending: send one first.
clients-archived = { $name } archived.
clients-restored = { $name } restored.
# The confirmation before archiving, on the board and on a client's page.
clients-archive-question = Archive { $name }?
clients-archive-confirm = Archive
# The empty board of a new portal: three first steps.
clients-start-title = Get started
clients-start-intro = There is nobody on the board yet. Three first steps:
clients-start-add-title = Add a client
clients-start-add-body = They get an email with a link to choose their password.
clients-start-login-text-title = Write the login text
clients-start-login-text-body = What clients read beside the sign-in form: who you are, and whom to call.
clients-start-login-text-open = Open the portal builder
clients-start-email-title = Set up email
# "--smtp-url" is the name of a server setting: keep it as it is.
clients-start-email-body = Until the server has an SMTP relay (its --smtp-url setting), emails wait in the outbox.
clients-start-email-open = Open the outbox

## One client

client-title = Client
client-all-clients = ← All clients
client-loading = Loading the client…
# The client's facts.
client-email = Email
client-status = Status
client-password = Password
client-last-sign-in = Last sign-in
client-added = Added
client-password-must-change = Must change at next sign-in
client-view-activity = View this client's activity
client-login-methods = Login methods
client-archived-note = You cannot reset the password for an archived account.
client-set-password = Set new password
client-new-password = New password
client-new-password-hint = Leave empty to generate a strong one.
client-require-change = Require change at next sign-in
client-setting-password = Setting…
client-share-password = Share it with the client now: it is not shown again.
# Around the new password, shown in a code font.
client-new-password-shown = New password: { $password }
client-copy-password = Copy password
client-password-copied = Password copied.
client-password-copy-failed = Your browser did not allow copying.
client-send-reset = Send password reset
client-send-reset-hint = Emails the client a link to choose a new password.
client-sending = Sending…
# The live reset link, with when it was sent, until when sending again sends the same link, and when it expires.
client-reset-link = Reset link
client-copy-link = Copy link
client-link-copied = Link copied.
client-link-copy-failed = Your browser did not allow copying. Select the link and copy it instead.
client-link-sent = Sent
client-link-same-until = Same link until
client-link-expires = Expires
client-account-status = Account status
client-restore-hint = Restoring the account lets the client sign in and reset their password again.
client-archive-hint = Archiving signs the client out everywhere, stops their links working and keeps them from signing in.
client-unarchive = Unarchive
client-archive = Archive

## New client

new-client-title = Add client
new-client-name = Name
new-client-password = Password (optional)
new-client-password-hint = Leave empty and the client chooses their own through an emailed link.
new-client-require-change = Require password reset at first sign-in
new-client-require-change-hint = Only with a password: the client replaces it when they first sign in.
new-client-send-instructions = Send password instructions via email
new-client-message = Message (optional)
new-client-message-hint = Included in the email, above the link to choose a password.
new-client-submit = Add client
new-client-submit-busy = Adding client…

## Activity

activity-title = Activity
# Above the log when it shows the events of one client only, followed by two links.
activity-one-client = Showing one client's events.
activity-show-everyone = Show everyone's
activity-back-to-client = Back to the client
activity-filter-label = Filter events
activity-email-label = Account email
activity-kind-label = Kind of event
# The choices of "Kind of event": each a family of events.
activity-kind-all = All events
activity-kind-sign-in = Sign-ins
activity-kind-password-reset = Password resets
activity-kind-password = Password changes
activity-kind-mail = Email
activity-kind-account = Accounts
activity-kind-signed-out = Sign-outs
activity-kind-session = Devices signed out
activity-kind-portal = Portal changes
activity-kind-api-key = API keys
activity-kind-webhook = Webhooks
activity-kind-human-check = Human checks
activity-filter = Filter
activity-export = Export CSV
activity-loading = Loading activity…
activity-empty = No events match.
# Names the table for screen readers.
activity-table-name = Events
activity-table-caption = Events, newest first
activity-col-when = When
activity-col-actor = Actor
activity-col-what = What happened
activity-col-ip = IP address
activity-col-details = Details
# Whom an event is about when neither a name nor an address is known.
activity-someone = Someone
# The log's sentences. $subject is whom the event is about (a name or an email address);
# $actor is the staff member who did it, in the messages that name one.
activity-sign-in-succeeded = { $subject } signed in
activity-sign-in-failed = A sign-in as { $subject } failed
activity-sign-in-throttled = Sign-ins as { $subject } were slowed down
activity-sign-in-refused-archived = { $subject } tried to sign in, but the account is archived
activity-signed-out = { $subject } signed out
activity-staff-setup-completed = { $subject } set up the portal
activity-login-text-changed = { $subject } changed the login text
activity-settings-changed = { $subject } changed the portal settings
activity-branding-changed = { $subject } changed the portal's branding
activity-reset-requested-by-staff = { $actor } sent { $subject } a reset link
activity-reset-requested = { $subject } asked for a reset link
activity-reset-throttled = Reset requests for { $subject } were limited
activity-reset-link-opened = { $subject } opened a reset link
activity-reset-link-used = { $subject } chose a new password with a reset link
activity-reset-link-expired = { $subject } opened a reset link that had expired
activity-password-changed-by-staff = { $actor } set a new password for { $subject }
activity-password-changed = { $subject }'s password was changed
activity-mail-queued = An email to { $subject } was queued
activity-mail-delivered = An email to { $subject } was delivered
activity-mail-failed = An email to { $subject } could not be delivered
activity-account-created-by-staff = { $actor } added { $subject }
activity-account-created = { $subject }'s account was created
activity-account-archived-by-staff = { $actor } archived { $subject }
activity-account-archived = { $subject } was archived
activity-account-unarchived-by-staff = { $actor } restored { $subject }
activity-account-unarchived = { $subject } was restored
activity-mail-retried-by-staff = { $actor } retried an email to { $subject }
activity-mail-retried = An email to { $subject } was retried
activity-password-change-required = { $subject } signed in with a password staff set, and must choose their own
activity-password-change-expired = { $subject } did not choose a password in time after signing in
activity-password-change-refused = A new password for { $subject } was refused
activity-session-ended = { $subject } signed out a device
activity-account-secured = { $subject } reported a password change as not theirs: signed out everywhere
activity-api-key-created = { $subject } created an API key
activity-api-key-revoked = { $subject } revoked an API key
activity-webhook-created = { $subject } added a webhook
activity-webhook-deleted = { $subject } deleted a webhook
activity-webhook-secret-rolled = { $subject } rolled a webhook's secret
activity-human-check-asked = A human check was asked before serving { $subject }
activity-human-check-passed = { $subject } passed a human check
activity-human-check-failed = A human check for { $subject } was refused

## Outbox

outbox-title = Outbox
outbox-loading = Loading the outbox…
outbox-empty = No emails yet.
# Names the table for screen readers.
outbox-table-name = Emails
outbox-table-caption = Emails, newest first
# Column headers of the list, and the labels of one email's facts.
outbox-subject = Subject
outbox-recipient = Recipient
# When the email was queued.
outbox-queued = Queued
outbox-status = Status
outbox-attempts = Attempts
outbox-last-error = Last error
# An email's delivery state.
outbox-status-sent = Sent
outbox-status-failed = Failed
outbox-status-retrying = Queued, retrying
outbox-status-queued = Queued
# The page of one email: its title, and the link back to the list.
outbox-email-title = Email
outbox-back = ← Outbox
outbox-from = From
outbox-to = To
# When the email was sent.
outbox-sent-at = Sent
outbox-retry = Retry
outbox-retry-queued = Queued for another attempt.
# The heading over the email's plain text, and the name of that text for screen readers.
outbox-text = Text
outbox-text-label = Email text

## API keys

keys-title = API keys
# $header is "Authorization: Bearer KEY", shown as code.
keys-intro = Other systems call Portico's automations API with a key: { $header }. Name each key after what uses it, and revoke it when that stops.
keys-name-label = Key name
keys-create = Create key
keys-created = Key "{ $name }" created. Copy it now: it is not shown again.
keys-new-key = New key
keys-copy = Copy key
# 401 is the HTTP status those calls get.
keys-revoked-notice = Key "{ $name }" revoked. Calls with it now get 401.
keys-loading = Loading keys…
keys-empty = No keys yet.
# Names the table for screen readers.
keys-table-name = API keys
keys-table-caption = API keys, newest first
keys-col-name = Name
keys-col-key = Key
keys-col-created = Created
keys-col-last-used = Last used
keys-col-status = Status
# Read by screen readers only: the column of Revoke buttons.
keys-col-actions = Actions
# In the "Last used" column, for a key never used.
keys-never-used = Never
keys-revoked-at = Revoked { $time }
keys-active = Active
# The button is announced followed by the key's name.
keys-revoke = Revoke

## Webhooks

webhooks-title = Webhooks
# $header, $value and $signed are shown as code: "Portico-Signature", "t=TIME,v1=HMAC"
# and "TIME.BODY".
webhooks-intro = Portico tells other systems what happens by POSTing JSON to their URL. Each delivery is signed: the { $header } header holds { $value }, the HMAC-SHA256 of { $signed } under the webhook's secret. Failed deliveries are retried with growing waits for about a day.
webhooks-add-heading = Add a webhook
webhooks-url-label = Endpoint URL
webhooks-url-hint = https:// anywhere; plain http:// only to this machine (127.0.0.1 or localhost).
webhooks-events-legend = Events to send
# Each event a webhook can send: $event is its name, shown as code ("account.created").
webhooks-event-account-created = { $event }: Staff added a client.
webhooks-event-password-changed = { $event }: A password was set or changed, whoever did it.
webhooks-event-reset-requested = { $event }: A password reset link was emailed.
webhooks-event-reset-completed = { $event }: Someone chose a new password from a reset link.
webhooks-description-label = Description (optional)
webhooks-add = Add webhook
webhooks-created = Webhook for { $url } added. Copy its signing secret now: it is not shown again.
webhooks-signing-secret = Signing secret
webhooks-copy-secret = Copy secret
webhooks-registered = Registered webhooks
webhooks-loading = Loading webhooks…
webhooks-empty = No webhooks yet.
# Names the table for screen readers.
webhooks-table-name = Webhooks
webhooks-table-caption = Registered webhooks, oldest first
# Column headers of the list, and labels of one webhook's facts.
webhooks-endpoint = Endpoint
webhooks-events = Events
webhooks-last-delivery = Last delivery
# When the webhook was added.
webhooks-added = Added
# The state of a webhook's last delivery.
webhooks-last-none = None yet
webhooks-last-delivered = Delivered
webhooks-last-failed = Failed
webhooks-last-pending = Sending or retrying
# The state of one delivery.
webhooks-status-delivered = Delivered
webhooks-status-failed = Failed: gave up
webhooks-status-sending = Sending
webhooks-status-failing = Failing: next try { $time }
webhooks-status-queued = Queued
# $error is the server's message, a sentence of its own.
webhooks-refresh-failed = Could not refresh the deliveries: { $error } Still trying.
webhooks-test-queued = Test event queued. Its delivery appears below.
webhooks-retry-queued = Delivery queued to be sent again now.
# "Portico-Signature" is a header name and "v1" its signature field: keep both as they are.
webhooks-roll-confirm = Make a new signing secret? For 24 hours each delivery's Portico-Signature header carries a v1 under the new and the previous secret, so the receiver can switch over; it must accept a delivery when any v1 matches.
webhooks-delete-confirm = Delete this webhook and its delivery history? Receivers stop hearing from Portico at once.
webhooks-deleted = Webhook deleted.
# The page of one webhook: its title, and the link back to the list.
webhooks-webhook-title = Webhook
webhooks-back = ← Webhooks
webhooks-description = Description
webhooks-previous-secret = Previous secret
webhooks-previous-secret-until = Also signs deliveries until { $time }
webhooks-send-test = Send test event
webhooks-roll = Roll signing secret
webhooks-delete = Delete webhook
webhooks-rolled = New signing secret made. Copy it now: it is not shown again. Until { $time }, deliveries are signed with the previous secret too, so you can update the receiver.
webhooks-new-signing-secret = New signing secret
webhooks-deliveries = Deliveries
webhooks-deliveries-hint = The newest 50. Open one to see each attempt and the exact body sent.
webhooks-nothing-sent = Nothing sent yet.
webhooks-event-id = Event id
# When the delivery was delivered.
webhooks-delivered-at = Delivered
# Names for screen readers; $id is the delivery's number.
webhooks-attempts-label = Attempts of delivery { $id }
webhooks-body-label = Body of delivery { $id }
# Column headers of a delivery's attempts.
webhooks-attempt-when = When
webhooks-attempt-answer = Answer
webhooks-attempt-took = Took
webhooks-attempt-detail = Detail
# In the "Answer" column, when the receiver did not answer.
webhooks-no-answer = No answer
# How long an attempt took, in milliseconds.
webhooks-took = { $ms } ms
webhooks-send-again = Send again
# Read by screen readers after "Send again"; $id is the delivery's number.
webhooks-send-again-which = delivery { $id }
