# Die Seiten für Kundinnen und Kunden.

## Gemeinsam

email-label = E-Mail
email-missing = Geben Sie Ihre E-Mail-Adresse ein.
password-label = Passwort
password-missing = Geben Sie Ihr Passwort ein.
password-show = Anzeigen
password-show-name = Passwort anzeigen
password-caps-lock = Die Feststelltaste ist aktiv.
human-check-progress = Wir prüfen, dass Sie kein Roboter sind …
human-check-progress-label = Prüfung, dass Sie kein Roboter sind
network-error = Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
language-label = Sprache
back-to-sign-in = Zurück zur Anmeldung

## Anmeldung

sign-in-title = Anmelden
sign-in-submit = Anmelden
sign-in-submit-busy = Anmeldung läuft …
login-text-label = Über dieses Portal

## Passwort vergessen?

forgot-title = Passwort vergessen?
forgot-intro = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort wählen.
forgot-submit = Link zum Zurücksetzen senden
forgot-submit-busy = Wird gesendet …
forgot-try-another = Andere Adresse versuchen

## Prüfen Sie Ihr Postfach

check-email-title = Prüfen Sie Ihr Postfach
check-email-nothing = Nach ein paar Minuten ist nichts angekommen?
check-email-address = Prüfen Sie die eingegebene Adresse: { $address }
check-email-spam = Sehen Sie im Spam- oder Junk-Ordner nach.
check-email-add-sender = Fügen Sie { $sender } zu Ihren Kontakten oder Ihrer Liste sicherer Absender hinzu und fordern Sie den Link erneut an.
check-email-add-our-sender = Fügen Sie unsere Absenderadresse zu Ihren Kontakten oder Ihrer Liste sicherer Absender hinzu und fordern Sie den Link erneut an.
loading = Wird geladen …
try-again = Erneut versuchen
cancel = Abbrechen
one-moment = Einen Moment …
checking-link = Ihr Link wird geprüft …
link-missing-code = In der Adresse fehlt der Code. Öffnen Sie den Link aus der E-Mail erneut oder kopieren Sie ihn vollständig.
get-new-link = Neuen Link anfordern
sign-in-action = Anmelden

## Ein neues Passwort wählen, wo auch immer

new-password-label = Neues Passwort
confirm-password-label = Neues Passwort bestätigen
password-rules-label = Anforderungen an das Passwort
password-rule-length = Mindestens { $min } Zeichen
password-rule-common = Keines der häufigsten Passwörter
password-rule-email = Nicht Ihre E-Mail-Adresse
password-rule-done = (erfüllt)
password-rule-not-yet = (noch nicht erfüllt)
passwords-differ = Die Passwörter stimmen nicht überein.
policy-too-short = Verwenden Sie mindestens { $min } Zeichen.
policy-too-long = Verwenden Sie höchstens { $max } Zeichen.
policy-same-as-email = Verwenden Sie nicht Ihre E-Mail-Adresse als Passwort.
policy-common = Dies ist eines der häufigsten Passwörter. Wählen Sie eines, das schwerer zu erraten ist.
policy-same-as-current = Wählen Sie ein anderes Passwort als Ihr aktuelles.
setting-password = Passwort wird festgelegt …

## Die Seite zum Zurücksetzen, aus der E-Mail geöffnet

reset-title = Passwort zurücksetzen
reset-choose-title = Neues Passwort wählen
reset-for = Für { $email }. Sobald es festgelegt ist, sind Sie angemeldet und überall sonst abgemeldet.
reset-submit = Neues Passwort festlegen
reset-link-expired-title = Dieser Link ist abgelaufen
reset-link-expired-body = Links zum Zurücksetzen funktionieren nur für begrenzte Zeit. Wir können Ihnen einen neuen an dieselbe Adresse schicken.
reset-send-new = Neuen Link senden
reset-sending = Wird gesendet …
reset-link-used-title = Dieser Link wurde bereits verwendet
reset-link-used-body = Jeder Link zum Zurücksetzen funktioniert nur einmal. Wenn Sie damit ein neues Passwort gewählt haben, melden Sie sich mit diesem Passwort an.
reset-link-invalid-title = Dieser Link ist ungültig
reset-get-new-to-retry = { $problem } Fordern Sie einen neuen Link an, um es erneut zu versuchen.

## Bei der ersten Anmeldung ein eigenes Passwort wählen

choose-title = Neues Passwort wählen
choose-welcome = Willkommen, { $name }. Das Passwort, mit dem Sie sich angemeldet haben, wurde für Sie festgelegt. Wählen Sie innerhalb { $minutes ->
    [one] einer Minute
   *[other] von { $minutes } Minuten
} ein eigenes, um fortzufahren.
choose-submit = Passwort festlegen und fortfahren
choose-timed-out-title = Die Zeit für diesen Schritt ist abgelaufen
choose-timed-out-body = Zu Ihrer Sicherheit muss innerhalb weniger Minuten nach der Anmeldung ein neues Passwort gewählt werden. Melden Sie sich erneut mit dem Passwort an, das Sie erhalten haben, um neu zu beginnen.
choose-sign-in-again = Erneut anmelden
choose-nothing-body = Hier ist gerade kein Passwort zu wählen. Wenn Sie ein Passwort erhalten haben, melden Sie sich zuerst damit an.
choose-go-to-sign-in = Zur Anmeldung
