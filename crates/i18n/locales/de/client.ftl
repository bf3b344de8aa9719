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
