# A signed-in client's pages: the account menu, home, changing the password, devices,
# "This wasn't me", and the pages that are not there. Only the portal and the console load
# these; the sign-in, reset and first-password pages load client.ftl alone.

## Das Kontomenü und die Seiten des Kontos

menu-change-password = Passwort ändern
menu-devices = Angemeldete Geräte
menu-sign-out = Abmelden
menu-language = Sprache
back-to-portal = ← Zurück zum Portal
home-title = Startseite
home-welcome = Willkommen, { $name }
home-intro = Sie sind bei { $portal } angemeldet. Im Kontomenü unter Ihren Initialen oben auf der Seite finden Sie Ihre Angaben und können sich abmelden.
change-password-title = Passwort ändern
change-password-disabled-link = Link zum Zurücksetzen anfordern
current-password-label = Aktuelles Passwort
current-password-missing = Geben Sie Ihr aktuelles Passwort ein.
sign-out-others-label = Auf anderen Geräten abmelden
sign-out-others-hint = Empfohlen, wenn Sie glauben, dass jemand anderes Ihr Passwort kennt. Dieses Gerät bleibt angemeldet.
change-password-submit = Passwort ändern
change-password-busy = Passwort wird geändert …
change-password-emailed = Wir haben Ihnen eine Bestätigung per E-Mail geschickt.
devices-title = Angemeldete Geräte
devices-intro = Hier ist Ihr Konto gerade angemeldet. Wenn Sie ein Gerät nicht erkennen, melden Sie es ab und ändern Sie Ihr Passwort.
devices-this-device = Dieses Gerät
devices-ip = IP-Adresse { $ip }
devices-signed-in = Angemeldet am { $time }
devices-last-active = Zuletzt aktiv am { $time }
devices-sign-out = Abmelden
devices-sign-out-name = { $device } mit IP-Adresse { $ip }
devices-signed-out-one = { $device } wurde abgemeldet.
devices-signed-out-others = { $count ->
    [one] { $count } anderes Gerät wurde abgemeldet.
   *[other] { $count } andere Geräte wurden abgemeldet.
}
devices-sign-out-all = Alle anderen Geräte abmelden

## „Das war ich nicht“, aus der E-Mail nach einer Passwortänderung

not-me-title = Das war ich nicht
not-me-intro = Jemand hat das Passwort von { $email } geändert. Wenn Sie das nicht waren, sichern Sie das Konto jetzt:
not-me-effect-devices = jedes damit angemeldete Gerät wird abgemeldet, auch das der Person, die das Passwort geändert hat;
not-me-effect-links = jeder früher geschickte Link zum Zurücksetzen funktioniert nicht mehr;
not-me-effect-email = wir schicken einen neuen Link an diese Adresse, mit dem Sie ein neues Passwort wählen.
not-me-submit = Überall abmelden und Link zum Zurücksetzen senden
not-me-busy = Ihr Konto wird gesichert …
not-me-tell = Informieren Sie danach das Team, das dieses Portal betreibt, über den Vorfall.
not-me-done-title = Ihr Konto ist gesichert
not-me-done-body = Öffnen Sie die neue E-Mail und wählen Sie ein Passwort, das niemand sonst kennt.
not-me-used-body = Das Konto wurde bereits überall abgemeldet und ein Link zum Zurücksetzen wurde geschickt. Wenn Sie sich immer noch nicht anmelden können, fordern Sie einen neuen Link an.
not-me-get-link = Link zum Zurücksetzen anfordern
not-me-expired-body = Aus Sicherheitsgründen funktionierte er nur eine Woche lang. Wenn Sie glauben, dass jemand anderes Ihr Passwort kennt, setzen Sie es jetzt zurück.
not-me-reset = Mein Passwort zurücksetzen

## Seiten, die es nicht gibt

not-found-title = Seite nicht gefunden
not-found-body = Unter dieser Adresse gibt es nichts. Vielleicht wurde die Seite verschoben oder der Link falsch eingegeben.
not-found-home = Zur Startseite des Portals
forbidden-title = Kein Zugriff
forbidden-heading = Diese Seite ist nur für das Team des Portals
forbidden-body = Ihr Konto hat keinen Zugriff darauf.
forbidden-home = Zur Startseite Ihres Portals
