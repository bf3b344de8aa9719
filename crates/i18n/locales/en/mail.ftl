# The emails Portico sends. Each is a plain-text and an HTML part built from these
# sentences; { $portal } is the portal's name, { $url } its address.

## Pieces of every email

greeting = Hello { $name },
paste-link = Or paste this address into your browser: { $link }

# A moment, in UTC. { $hour } and { $minute } come with two digits ("07").
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-time = { $day } { $month } { $year }, { $hour }:{ $minute } UTC

# How long a link lives: { $count } whole units.
duration-hours = { $count ->
    [one] 1 hour
   *[other] { $count } hours
}
duration-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
duration-seconds = { $count ->
    [one] 1 second
   *[other] { $count } seconds
}

## The reset link a client asked for

reset-subject = Reset your { $portal } password
reset-intro = Someone, hopefully you, asked to reset the password of your { $portal } account ({ $email }). Choose a new one with the link below.
reset-button = Choose a new password
reset-expiry = The link works once and expires in { $duration } ({ $when }).
reset-ignore = If you didn't ask for this, you can ignore this email: your password stays as it is.
reset-why = { $portal } ({ $url }) sent this email because a password reset was requested for this address.

## The instructions staff send with a new account

welcome-subject = Your { $portal } account
welcome-intro = An account at { $portal } has been created for you ({ $email }). Choose your password with the link below, then sign in at { $login }.
welcome-message = A message from { $portal }:
welcome-button = Choose your password
welcome-expiry = The link works once and expires in { $duration } ({ $when }). When it has expired, ask for a new one with “Forgot your password?” on the sign-in page.
welcome-why = { $portal } ({ $url }) sent this email because its staff created an account for this address.

## The notice after every password change

changed-subject = Your { $portal } password was changed
changed-intro = The password of your { $portal } account ({ $email }) was just changed.
changed-when = When
changed-how = How
changed-ip = IP address
changed-location = Approximate location
changed-device = Device
device-unrecognised = An unrecognised browser or app
device-unrecognised-browser = An unrecognised browser
device-on = { $browser } on { $os }
changed-how-reset-link = With a password reset link sent to this address
changed-how-in-portal = From the account page, by someone signed in as you
changed-how-staff = By the people who run the portal
changed-how-automation = By an automation connected to the portal
changed-how-first-sign-in = When signing in for the first time with a password the portal's staff set
changed-was-you = If this was you, there is nothing more to do.
changed-not-you = If it wasn't you, someone may know your password or be able to read your email. Use the link below: it signs you out everywhere and emails you a link to choose a new password. Then tell the people who run this portal.
changed-button = This wasn't me
changed-why = { $portal } ({ $url }) sends this email after every password change of your account, whoever made it.
