# The staff console: its frame, the clients, the portal builder, the outbox, activity,
# API keys and webhooks. Each part has a section of its own.

## Der Portal-Baukasten: Anmeldetext

portal-title = Portal
portal-saving = Wird gespeichert …
login-text-heading = Anmeldetext
login-text-intro = Wird über dem Anmeldeformular angezeigt.
login-text-open-login-page = Anmeldeseite öffnen
login-text-new-tab = (öffnet in einem neuen Tab)
login-text-language-default = { $language } (Standard)
login-text-language-hint-other = Eine Sprache ohne eigenen Text zeigt den der Standardsprache. Lassen Sie das Feld leer, damit das so bleibt.
login-text-language-hint-default = Jede Sprache ohne eigenen Text zeigt diesen.
login-text-field-label = Anmeldetext (Markdown)
login-text-field-label-in = Anmeldetext auf { $language } (Markdown)
login-text-count = { $count } von { $max } Zeichen
login-text-preview-heading = Vorschau
login-text-fallback = Noch kein eigener Text: Die Anmeldeseite zeigt den der Standardsprache, wie unten zu sehen.
login-text-preview-failed = Die Live-Vorschau konnte nicht starten. Speichern funktioniert trotzdem: Prüfen Sie nach dem Speichern die Anmeldeseite.
login-text-save = Anmeldetext speichern
login-text-discard = Änderungen verwerfen
login-text-unsaved = Ungespeicherte Änderungen.
login-text-discarded = Änderungen verworfen.
login-text-discard-question = Ihre ungespeicherten Änderungen am Anmeldetext dieser Sprache verwerfen?
login-text-saved = Anmeldetext gespeichert. Die Anmeldeseite zeigt ihn jetzt.
login-text-help = Hilfe zur Formatierung
login-text-help-emphasis = { $heading } für eine Überschrift, { $bold } und { $italic }.
login-text-help-link = { $example } für einen Link, der im selben Tab öffnet.
login-text-help-external = Beenden Sie die Adresse eines Links mit { $marker }, damit er in einem neuen Tab öffnet: { $example }
login-text-help-more = Tabellen, Listen und { $strikethrough } funktionieren auch. HTML und Skripte werden entfernt.

## Branding

branding-heading = Branding
branding-intro = Name, Logo und Farben der Anmeldeseite, der Seiten für Kundinnen und Kunden, dieser Konsole und der E-Mails.
branding-name = Name des Portals
branding-name-hint = In Seitentiteln, in der oberen Leiste und als Absender von E-Mails. Bis zu { $max } Zeichen.
branding-accent = Akzentfarbe
branding-accent-pick = Akzentfarbe auswählen
branding-accent-dark = Akzentfarbe im dunklen Modus
branding-accent-dark-pick = Akzentfarbe im dunklen Modus auswählen
branding-hex-hint = Geben Sie einen Hex-Code ein, z. B. { $example }.
branding-contrast-light-meets = { $ratio } auf der hellen Seite: erfüllt WCAG AA.
branding-contrast-light-below = { $ratio } auf der hellen Seite: unter den { $min }, die Links und Schaltflächen brauchen.
branding-contrast-dark-meets = { $ratio } auf der dunklen Seite: erfüllt WCAG AA.
branding-contrast-dark-below = { $ratio } auf der dunklen Seite: unter den { $min }, die Links und Schaltflächen brauchen.
branding-logo = Logo
branding-logo-hint = PNG, JPEG oder WebP, bis zu 256 KB. Wird 40 Pixel hoch neben dem Namen angezeigt.
branding-remove-logo = Logo entfernen
branding-preview-heading = So sieht es aus
branding-light-mode = Heller Modus
branding-dark-mode = Dunkler Modus
branding-save = Branding speichern
branding-saved = Branding gespeichert. Alle Seiten verwenden es jetzt.
branding-fields-need-attention = { $count ->
    [one] { $count } Feld muss geprüft werden.
   *[other] { $count } Felder müssen geprüft werden.
}
branding-problem-name-missing = Geben Sie den Namen des Portals ein.
branding-problem-name-too-long = Der Name ist { $chars } Zeichen lang; erlaubt sind höchstens { $max }.
branding-problem-name-one-line = Der Name muss in eine Zeile passen.
branding-problem-not-a-colour = Das ist kein Farbcode: Verwenden Sie # und sechs Hex-Ziffern, z. B. { $example }.
branding-problem-contrast-light = { $colour } hat auf der hellen Seite einen Kontrast von { $ratio }; Links und Schaltflächen brauchen mindestens { $min }. Wählen Sie eine dunklere Farbe.
branding-problem-contrast-dark = { $colour } hat auf der dunklen Seite einen Kontrast von { $ratio }; Links und Schaltflächen brauchen mindestens { $min }. Wählen Sie eine hellere Farbe.
branding-problem-logo-type = Wählen Sie ein PNG-, JPEG- oder WebP-Bild (SVG wird nicht angenommen).
branding-problem-logo-too-large = Das Logo ist { $size } KB groß; erlaubt sind höchstens { $max } KB.

## Einstellungen

settings-heading = Einstellungen
settings-account-password = Kontopasswort
settings-account-password-hint = Kundinnen und Kunden können ihr Passwort im Kontomenü des Portals ändern.
settings-reset-lifetime = Gültigkeit des Links zum Zurücksetzen (Stunden)
settings-reset-lifetime-hint = Wie lange ein per E-Mail geschickter Link zum Zurücksetzen funktioniert: 1 bis 168 Stunden.
settings-reuse-window = Zeitraum für erneutes Senden (Stunden)
settings-reuse-window-hint = Wer innerhalb dieser Zeit erneut fragt, bekommt denselben Link noch einmal; bei 0 wird immer ein neuer geschickt.
settings-first-sign-in = Frist für die Änderung bei der ersten Anmeldung (Minuten)
settings-first-sign-in-hint = Wie lange Kundinnen und Kunden, die sich mit einem von Ihnen festgelegten Passwort anmelden, Zeit haben, ein eigenes zu wählen: 1 bis 1440 Minuten.
settings-min-password = Mindestlänge des Passworts (Zeichen)
settings-min-password-hint = Von 8 bis 64, in Zeichen gezählt, sodass jedes Alphabet gleich zählt.
settings-number-hours = Geben Sie eine Anzahl Stunden ein, z. B. { $example }.
settings-number-minutes = Geben Sie eine Anzahl Minuten ein, z. B. { $example }.
settings-number-characters = Geben Sie eine Anzahl Zeichen ein, z. B. { $example }.
settings-human-check = Prüfung gegen Bots
settings-human-check-about = Eine Proof-of-Work-Prüfung, die der Browser im Hintergrund löst, ohne Rätsel zum Beantworten, bevor es weitergehen kann.
settings-human-check-off = Aus
settings-human-check-off-hint = Nie verlangt. Jenseits der Grenzwerte müssen Anmeldungen warten und Anfragen zum Zurücksetzen werden ignoriert.
settings-human-check-automatic = Automatisch
settings-human-check-automatic-hint = Verlangt, wenn der Verkehr nach Missbrauch aussieht: Anmeldungen auf neuen Geräten nach Fehlversuchen, viele Anfragen zum Zurücksetzen von einer Adresse, viele E-Mails oder neue Kunden von einem Teammitglied.
settings-human-check-always = Immer
settings-human-check-always-hint = Verlangt vor jeder Anmeldung auf einem neuen Gerät, vor jeder Anfrage zum Zurücksetzen sowie vor jeder E-Mail zum Zurücksetzen und jedem neuen Kunden, die aus der Konsole verschickt werden.
settings-languages = Sprachen
settings-languages-hint = Was Kundinnen und Kunden und das Team wählen können. Ein Browser, der nach keiner davon fragt, bekommt die Standardsprache, und eine Sprache ohne eigenen Anmeldetext zeigt den der Standardsprache.
settings-default-language = Standardsprache
settings-save = Einstellungen speichern
settings-saved = Einstellungen gespeichert.
settings-not-loaded = Die Einstellungen sind noch nicht geladen: Laden Sie die Seite neu und versuchen Sie es erneut.
settings-need-attention = { $count ->
    [one] Eine Einstellung muss geprüft werden.
   *[other] { $count } Einstellungen müssen geprüft werden.
}
settings-problem-lifetime = Wählen Sie eine Gültigkeit von { $low } bis { $high } Stunden ({ $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}).
settings-problem-reuse-hours = Der Zeitraum für erneutes Senden darf nicht länger sein als die Gültigkeit des Links ({ $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}).
settings-problem-reuse-minutes = Der Zeitraum für erneutes Senden darf nicht länger sein als die Gültigkeit des Links ({ $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}).
settings-problem-reuse-seconds = Der Zeitraum für erneutes Senden darf nicht länger sein als die Gültigkeit des Links ({ $count ->
    [one] { $count } Sekunde
   *[other] { $count } Sekunden
}).
settings-problem-first-sign-in = Wählen Sie { $low } bis { $high } Minuten ({ $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}).
settings-problem-min-password = Wählen Sie eine Mindestlänge von { $low } bis { $high } Zeichen.
settings-problem-no-language = Aktivieren Sie mindestens eine Sprache.
settings-problem-pseudo-locale = Die Pseudo-Sprache ist für Tests da; der Server aktiviert sie mit { $flag }.
settings-problem-language-twice = Aktivieren Sie jede Sprache nur einmal.
settings-problem-default = Wählen Sie die Standardsprache unter den aktivierten Sprachen.

## Portico einrichten

setup-title = Portico einrichten
setup-heading = Erstes Teamkonto anlegen
setup-link-missing = Diese Seite braucht den Einrichtungslink, den der Server beim Start ausgegeben hat.
setup-checking-link = Ihr Einrichtungslink wird geprüft …
setup-name-label = Ihr Name
setup-name-missing = Geben Sie Ihren Namen ein.
setup-password-hint = Mindestens { $min } Zeichen. Einige Wörter, die nichts miteinander zu tun haben, ergeben ein starkes Passwort, das man sich gut merken kann.
setup-confirm-label = Passwort bestätigen
setup-fields-need-attention = Einige Felder müssen geprüft werden.
setup-submit = Konto anlegen
setup-submit-busy = Konto wird angelegt …

## The console's frame and shared parts

console-nav-label = Team-Konsole
console-nav-clients = Kunden
console-nav-portal = Portal
console-nav-outbox = Postausgang
console-nav-activity = Aktivität
console-nav-api-keys = API-Schlüssel
console-nav-webhooks = Webhooks
console-leave-question = Sie haben ungespeicherte Änderungen am Anmeldetext. Ohne Speichern verlassen?
console-archive-warning = Die Person wird überall abgemeldet, ihre Links zum Zurücksetzen funktionieren nicht mehr und sie kann sich erst wieder anmelden, wenn Sie das Konto wiederherstellen.
status-active = Aktiv
status-archived = Archiviert
status-password-set = Festgelegt
status-password-must-choose = Muss ein Passwort wählen
status-password-link-pending = Link ausstehend
status-password-never-set = Nie festgelegt
status-password-link-pending-until = Link zum Zurücksetzen ausstehend, gültig bis { $time }
pager-label = Seiten
pager-previous = Zurück
pager-next = Weiter
pager-position = Seite { $page } von { $pages }
table-region = Tabelle: { $name }
secret-copied = Kopiert.
secret-copy-failed = Ihr Browser hat das Kopieren nicht erlaubt. Markieren Sie den Text und kopieren Sie ihn stattdessen selbst.

## Clients

clients-title = Kunden
clients-add = Kunden hinzufügen
clients-search-label = Nach Name oder E-Mail suchen
clients-status-label = Status
clients-status-all = Alle
clients-search = Suchen
clients-loading = Kunden werden geladen …
clients-empty = Hier gibt es keine Kunden.
clients-no-match = Keine Kunden entsprechen dieser Suche.
clients-count = { $count ->
    [one] { $count } Kunde
   *[other] { $count } Kunden
}
clients-caption = Kunden, sortiert nach { $column ->
    [email] E-Mail
    [last-sign-in] letzter Anmeldung
   *[name] Name
}, { $order ->
    [descending] absteigend
   *[ascending] aufsteigend
}
clients-column-name = Name
clients-column-email = E-Mail
clients-column-status = Status
clients-column-password = Passwort
clients-column-last-sign-in = Letzte Anmeldung
clients-column-actions = Aktionen
clients-never = Nie
clients-actions = Aktionen
clients-actions-for = Aktionen für { $name }
clients-action-send-reset = E-Mail zum Zurücksetzen senden
clients-action-copy-link = Link zum Zurücksetzen kopieren
clients-action-set-password = Passwort festlegen
clients-action-unarchive = Archivierung aufheben
clients-action-archive = Archivieren …
clients-unavailable-archived = archiviert
clients-unavailable-no-link = kein Link ausstehend
clients-reset-sent = E-Mail zum Zurücksetzen des Passworts an { $email } gesendet.
clients-link-copied = Link zum Zurücksetzen für { $name } kopiert.
clients-copy-failed = Ihr Browser hat das Kopieren nicht erlaubt. Öffnen Sie die Seite des Kunden, um den Link zu kopieren.
clients-no-link = Für { $name } ist kein Link zum Zurücksetzen ausstehend: Senden Sie zuerst einen.
clients-archived = { $name } wurde archiviert.
clients-restored = { $name } wurde wiederhergestellt.
clients-archive-question = { $name } archivieren?
clients-archive-confirm = Archivieren
clients-start-title = Erste Schritte
clients-start-intro = Die Übersicht ist noch leer. Drei erste Schritte:
clients-start-add-title = Einen Kunden hinzufügen
clients-start-add-body = Die Person erhält eine E-Mail mit einem Link, mit dem sie ihr Passwort wählt.
clients-start-login-text-title = Den Anmeldetext schreiben
clients-start-login-text-body = Was Kunden neben dem Anmeldeformular lesen: wer Sie sind und wen man anrufen kann.
clients-start-login-text-open = Portal-Editor öffnen
clients-start-email-title = E-Mail-Versand einrichten
clients-start-email-body = Solange der Server kein SMTP-Relay hat (seine Einstellung --smtp-url), warten E-Mails im Postausgang.
clients-start-email-open = Postausgang öffnen

## One client

client-title = Kunde
client-all-clients = ← Alle Kunden
client-loading = Kunde wird geladen …
client-email = E-Mail
client-status = Status
client-password = Passwort
client-last-sign-in = Letzte Anmeldung
client-added = Hinzugefügt
client-password-must-change = Muss es bei der nächsten Anmeldung ändern
client-view-activity = Aktivität dieses Kunden anzeigen
client-login-methods = Anmeldemethoden
client-archived-note = Für ein archiviertes Konto können Sie das Passwort nicht zurücksetzen.
client-set-password = Neues Passwort festlegen
client-new-password = Neues Passwort
client-new-password-hint = Leer lassen, um ein sicheres Passwort zu erzeugen.
client-require-change = Änderung bei der nächsten Anmeldung verlangen
client-setting-password = Wird festgelegt …
client-share-password = Geben Sie es jetzt an den Kunden weiter: Es wird nicht noch einmal angezeigt.
client-new-password-shown = Neues Passwort: { $password }
client-copy-password = Passwort kopieren
client-password-copied = Passwort kopiert.
client-password-copy-failed = Ihr Browser hat das Kopieren nicht erlaubt.
client-send-reset = Link zum Zurücksetzen senden
client-send-reset-hint = Schickt dem Kunden per E-Mail einen Link, mit dem er ein neues Passwort wählt.
client-sending = Wird gesendet …
client-reset-link = Link zum Zurücksetzen
client-copy-link = Link kopieren
client-link-copied = Link kopiert.
client-link-copy-failed = Ihr Browser hat das Kopieren nicht erlaubt. Markieren Sie den Link und kopieren Sie ihn stattdessen selbst.
client-link-sent = Gesendet
client-link-same-until = Derselbe Link bis
client-link-expires = Läuft ab
client-account-status = Kontostatus
client-restore-hint = Nach der Wiederherstellung kann sich der Kunde wieder anmelden und sein Passwort zurücksetzen.
client-archive-hint = Beim Archivieren wird der Kunde überall abgemeldet, seine Links funktionieren nicht mehr und er kann sich nicht mehr anmelden.
client-unarchive = Archivierung aufheben
client-archive = Archivieren

## New client

new-client-title = Kunden hinzufügen
new-client-name = Name
new-client-password = Passwort (optional)
new-client-password-hint = Leer lassen, dann wählt der Kunde über einen per E-Mail geschickten Link sein eigenes Passwort.
new-client-require-change = Passwortänderung bei der ersten Anmeldung verlangen
new-client-require-change-hint = Nur mit Passwort: Der Kunde ersetzt es bei seiner ersten Anmeldung.
new-client-send-instructions = Anleitung zum Passwort per E-Mail senden
new-client-message = Nachricht (optional)
new-client-message-hint = Steht in der E-Mail über dem Link zum Wählen eines Passworts.
new-client-submit = Kunden hinzufügen
new-client-submit-busy = Kunde wird hinzugefügt …

## Aktivität

activity-title = Aktivität
activity-one-client = Es werden die Ereignisse eines Kunden angezeigt.
activity-show-everyone = Alle anzeigen
activity-back-to-client = Zurück zum Kunden
activity-filter-label = Ereignisse filtern
activity-email-label = E-Mail-Adresse des Kontos
activity-kind-label = Art des Ereignisses
activity-kind-all = Alle Ereignisse
activity-kind-sign-in = Anmeldungen
activity-kind-password-reset = Zurückgesetzte Passwörter
activity-kind-password = Passwortänderungen
activity-kind-mail = E-Mail
activity-kind-account = Konten
activity-kind-signed-out = Abmeldungen
activity-kind-session = Abgemeldete Geräte
activity-kind-portal = Änderungen am Portal
activity-kind-api-key = API-Schlüssel
activity-kind-webhook = Webhooks
activity-kind-human-check = Bot-Prüfungen
activity-filter = Filtern
activity-export = Als CSV exportieren
activity-loading = Aktivität wird geladen …
activity-empty = Keine passenden Ereignisse.
activity-table-name = Ereignisse
activity-table-caption = Ereignisse, neueste zuerst
activity-col-when = Wann
activity-col-actor = Ausgeführt von
activity-col-what = Was geschah
activity-col-ip = IP-Adresse
activity-col-details = Details
activity-someone = Jemand
activity-sign-in-succeeded = { $subject } hat sich angemeldet
activity-sign-in-failed = Eine Anmeldung als { $subject } ist fehlgeschlagen
activity-sign-in-throttled = Anmeldungen als { $subject } wurden verlangsamt
activity-sign-in-refused-archived = { $subject } hat versucht, sich anzumelden, aber das Konto ist archiviert
activity-signed-out = { $subject } hat sich abgemeldet
activity-staff-setup-completed = { $subject } hat das Portal eingerichtet
activity-login-text-changed = { $subject } hat den Anmeldetext geändert
activity-settings-changed = { $subject } hat die Einstellungen des Portals geändert
activity-branding-changed = { $subject } hat das Erscheinungsbild des Portals geändert
activity-reset-requested-by-staff = { $actor } hat { $subject } einen Link zum Zurücksetzen geschickt
activity-reset-requested = { $subject } hat einen Link zum Zurücksetzen angefordert
activity-reset-throttled = Anfragen zum Zurücksetzen für { $subject } wurden begrenzt
activity-reset-link-opened = { $subject } hat einen Link zum Zurücksetzen geöffnet
activity-reset-link-used = { $subject } hat mit einem Link zum Zurücksetzen ein neues Passwort gewählt
activity-reset-link-expired = { $subject } hat einen abgelaufenen Link zum Zurücksetzen geöffnet
activity-password-changed-by-staff = { $actor } hat ein neues Passwort für { $subject } festgelegt
activity-password-changed = Das Passwort von { $subject } wurde geändert
activity-mail-queued = Eine E-Mail an { $subject } wurde in die Warteschlange gestellt
activity-mail-delivered = Eine E-Mail an { $subject } wurde zugestellt
activity-mail-failed = Eine E-Mail an { $subject } konnte nicht zugestellt werden
activity-account-created-by-staff = { $actor } hat { $subject } hinzugefügt
activity-account-created = Das Konto von { $subject } wurde angelegt
activity-account-archived-by-staff = { $actor } hat { $subject } archiviert
activity-account-archived = { $subject } wurde archiviert
activity-account-unarchived-by-staff = { $actor } hat { $subject } wiederhergestellt
activity-account-unarchived = { $subject } wurde wiederhergestellt
activity-mail-retried-by-staff = { $actor } hat den Versand einer E-Mail an { $subject } wiederholt
activity-mail-retried = Der Versand einer E-Mail an { $subject } wurde wiederholt
activity-password-change-required = { $subject } hat sich mit einem vom Team festgelegten Passwort angemeldet und muss ein eigenes wählen
activity-password-change-expired = { $subject } hat nach der Anmeldung nicht rechtzeitig ein Passwort gewählt
activity-password-change-refused = Ein neues Passwort für { $subject } wurde abgelehnt
activity-session-ended = { $subject } hat ein Gerät abgemeldet
activity-account-secured = { $subject } hat gemeldet, eine Passwortänderung nicht selbst vorgenommen zu haben: überall abgemeldet
activity-api-key-created = { $subject } hat einen API-Schlüssel erstellt
activity-api-key-revoked = { $subject } hat einen API-Schlüssel widerrufen
activity-webhook-created = { $subject } hat einen Webhook hinzugefügt
activity-webhook-deleted = { $subject } hat einen Webhook gelöscht
activity-webhook-secret-rolled = { $subject } hat das Geheimnis eines Webhooks erneuert
activity-human-check-asked = Bevor { $subject } bedient wurde, wurde eine Bot-Prüfung verlangt
activity-human-check-passed = { $subject } hat eine Bot-Prüfung bestanden
activity-human-check-failed = Eine Bot-Prüfung für { $subject } wurde abgelehnt

## Postausgang

outbox-title = Postausgang
outbox-loading = Postausgang wird geladen …
outbox-empty = Noch keine E-Mails.
outbox-table-name = E-Mails
outbox-table-caption = E-Mails, neueste zuerst
outbox-subject = Betreff
outbox-recipient = Empfänger
outbox-queued = Eingereiht
outbox-status = Status
outbox-attempts = Versuche
outbox-last-error = Letzter Fehler
outbox-status-sent = Gesendet
outbox-status-failed = Fehlgeschlagen
outbox-status-retrying = In der Warteschlange, neuer Versuch
outbox-status-queued = In der Warteschlange
outbox-email-title = E-Mail
outbox-back = ← Postausgang
outbox-from = Von
outbox-to = An
outbox-sent-at = Gesendet
outbox-retry = Erneut versuchen
outbox-retry-queued = Für einen weiteren Versuch eingereiht.
outbox-text = Text
outbox-text-label = Text der E-Mail

## API-Schlüssel

keys-title = API-Schlüssel
keys-intro = Andere Systeme rufen die Automatisierungs-API von Portico mit einem Schlüssel auf: { $header }. Benennen Sie jeden Schlüssel nach dem, was ihn verwendet, und widerrufen Sie ihn, sobald er nicht mehr gebraucht wird.
keys-name-label = Name des Schlüssels
keys-create = Schlüssel erstellen
keys-created = Schlüssel „{ $name }“ erstellt. Kopieren Sie ihn jetzt: Er wird nicht noch einmal angezeigt.
keys-new-key = Neuer Schlüssel
keys-copy = Schlüssel kopieren
keys-revoked-notice = Schlüssel „{ $name }“ widerrufen. Aufrufe damit erhalten jetzt 401.
keys-loading = Schlüssel werden geladen …
keys-empty = Noch keine Schlüssel.
keys-table-name = API-Schlüssel
keys-table-caption = API-Schlüssel, neueste zuerst
keys-col-name = Name
keys-col-key = Schlüssel
keys-col-created = Erstellt
keys-col-last-used = Zuletzt verwendet
keys-col-status = Status
keys-col-actions = Aktionen
keys-never-used = Nie
keys-revoked-at = Widerrufen am { $time }
keys-active = Aktiv
keys-revoke = Widerrufen

## Webhooks

webhooks-title = Webhooks
webhooks-intro = Portico teilt anderen Systemen mit, was geschieht, indem es JSON per POST an ihre URL sendet. Jede Zustellung ist signiert: Der Header { $header } enthält { $value }, den HMAC-SHA256 von { $signed } mit dem Geheimnis des Webhooks. Fehlgeschlagene Zustellungen werden etwa einen Tag lang in wachsenden Abständen wiederholt.
webhooks-add-heading = Webhook hinzufügen
webhooks-url-label = Endpunkt-URL
webhooks-url-hint = https:// überall; einfaches http:// nur zu diesem Rechner (127.0.0.1 oder localhost).
webhooks-events-legend = Zu sendende Ereignisse
webhooks-event-account-created = { $event }: Das Team hat einen Kunden hinzugefügt.
webhooks-event-password-changed = { $event }: Ein Passwort wurde festgelegt oder geändert, egal von wem.
webhooks-event-reset-requested = { $event }: Ein Link zum Zurücksetzen des Passworts wurde per E-Mail geschickt.
webhooks-event-reset-completed = { $event }: Jemand hat mit einem Link zum Zurücksetzen ein neues Passwort gewählt.
webhooks-description-label = Beschreibung (optional)
webhooks-add = Webhook hinzufügen
webhooks-created = Webhook für { $url } hinzugefügt. Kopieren Sie jetzt sein Signaturgeheimnis: Es wird nicht noch einmal angezeigt.
webhooks-signing-secret = Signaturgeheimnis
webhooks-copy-secret = Geheimnis kopieren
webhooks-registered = Registrierte Webhooks
webhooks-loading = Webhooks werden geladen …
webhooks-empty = Noch keine Webhooks.
webhooks-table-name = Webhooks
webhooks-table-caption = Registrierte Webhooks, älteste zuerst
webhooks-endpoint = Endpunkt
webhooks-events = Ereignisse
webhooks-last-delivery = Letzte Zustellung
webhooks-added = Hinzugefügt
webhooks-last-none = Noch keine
webhooks-last-delivered = Zugestellt
webhooks-last-failed = Fehlgeschlagen
webhooks-last-pending = Wird gesendet oder wiederholt
webhooks-status-delivered = Zugestellt
webhooks-status-failed = Fehlgeschlagen: aufgegeben
webhooks-status-sending = Wird gesendet
webhooks-status-failing = Fehlerhaft: nächster Versuch { $time }
webhooks-status-queued = In der Warteschlange
webhooks-refresh-failed = Die Zustellungen konnten nicht aktualisiert werden: { $error } Wird weiter versucht.
webhooks-test-queued = Testereignis eingereiht. Seine Zustellung erscheint unten.
webhooks-retry-queued = Zustellung wird jetzt erneut gesendet.
webhooks-roll-confirm = Ein neues Signaturgeheimnis erstellen? 24 Stunden lang trägt der Header Portico-Signature jeder Zustellung je ein v1 mit dem neuen und dem vorherigen Geheimnis, damit der Empfänger umstellen kann; er muss eine Zustellung annehmen, wenn irgendein v1 passt.
webhooks-delete-confirm = Diesen Webhook und seinen Zustellungsverlauf löschen? Die Empfänger hören sofort nichts mehr von Portico.
webhooks-deleted = Webhook gelöscht.
webhooks-webhook-title = Webhook
webhooks-back = ← Webhooks
webhooks-description = Beschreibung
webhooks-previous-secret = Vorheriges Geheimnis
webhooks-previous-secret-until = Signiert Zustellungen noch bis { $time }
webhooks-send-test = Testereignis senden
webhooks-roll = Signaturgeheimnis erneuern
webhooks-delete = Webhook löschen
webhooks-rolled = Neues Signaturgeheimnis erstellt. Kopieren Sie es jetzt: Es wird nicht noch einmal angezeigt. Bis { $time } werden Zustellungen auch mit dem vorherigen Geheimnis signiert, sodass Sie den Empfänger umstellen können.
webhooks-new-signing-secret = Neues Signaturgeheimnis
webhooks-deliveries = Zustellungen
webhooks-deliveries-hint = Die neuesten 50. Öffnen Sie eine, um jeden Versuch und den genau gesendeten Inhalt zu sehen.
webhooks-nothing-sent = Noch nichts gesendet.
webhooks-event-id = Ereignis-ID
webhooks-delivered-at = Zugestellt
webhooks-attempts-label = Versuche der Zustellung { $id }
webhooks-body-label = Inhalt der Zustellung { $id }
webhooks-attempt-when = Wann
webhooks-attempt-answer = Antwort
webhooks-attempt-took = Dauer
webhooks-attempt-detail = Einzelheiten
webhooks-no-answer = Keine Antwort
webhooks-took = { $ms } ms
webhooks-send-again = Erneut senden
webhooks-send-again-which = Zustellung { $id }
