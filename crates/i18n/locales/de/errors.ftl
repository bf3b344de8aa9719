# Die Meldungen der API an Menschen.

reset-confirmation = Falls zu dieser Adresse ein Konto existiert, haben wir einen Link zum Zurücksetzen Ihres Passworts geschickt. Er läuft in { $duration } ab.

## Warum eine Anfrage abgelehnt wurde

error-invalid-credentials = E-Mail-Adresse oder Passwort ist falsch.
error-account-archived = Dieses Konto wurde archiviert. Wenden Sie sich an das Team, das dieses Portal betreibt, um es wiederherzustellen.
error-throttled = Zu viele Versuche. Versuchen Sie es in { $wait } erneut.
wait-seconds = { $count ->
    [one] einer Sekunde
   *[other] { $count } Sekunden
}
wait-minutes = { $count ->
    [one] einer Minute
   *[other] { $count } Minuten
}
error-unauthenticated = Bitte melden Sie sich an.
error-forbidden = Darauf haben Sie keinen Zugriff.
error-link-expired = Dieser Link ist abgelaufen.
error-link-used = Dieser Link wurde bereits verwendet.
error-reset-link-invalid = Dieser Link ist ungültig. Vielleicht wurde er durch einen neueren Link ersetzt oder unvollständig kopiert.
error-not-me-link-invalid = Dieser Link ist ungültig. Öffnen Sie ihn erneut aus der E-Mail oder kopieren Sie ihn vollständig.
error-cross-site = Anfragen von anderen Websites werden nicht angenommen.
error-not-found = Nicht gefunden.
error-password-change-required = Wählen Sie ein neues Passwort, um die Anmeldung abzuschließen.
error-ticket-expired = Die Zeit für diesen Schritt ist abgelaufen. Melden Sie sich erneut mit Ihrem vorläufigen Passwort an, um neu zu beginnen.
error-password-change-disabled = In diesem Portal können Kundinnen und Kunden ihr Passwort nicht hier ändern. Nutzen Sie stattdessen „Passwort vergessen?“ auf der Anmeldeseite.
error-payload-too-large = Der Inhalt der Anfrage ist zu groß: Senden Sie höchstens { $kib } KiB.
error-request-timeout = Der Inhalt der Anfrage ist nicht rechtzeitig angekommen. Bitte versuchen Sie es erneut.
error-unavailable = Der Server ist ausgelastet. Bitte versuchen Sie es gleich noch einmal.
error-internal = Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es erneut.
error-fields = Einige Felder müssen noch korrigiert werden.
error-email-empty = Geben Sie eine E-Mail-Adresse ein.
error-email-too-long = Verwenden Sie eine E-Mail-Adresse mit höchstens { $max } Zeichen.
error-email-invalid = Geben Sie eine E-Mail-Adresse wie name@example.com ein.
error-current-password-wrong = Das ist nicht Ihr aktuelles Passwort.
error-setup-link-invalid = Dieser Einrichtungslink ist abgelaufen oder wurde bereits verwendet. Starten Sie den Server neu, um einen neuen auszugeben.
error-language-not-offered = Dieses Portal bietet diese Sprache nicht an.

error-human-check-missing = Diese Anfrage braucht eine Prüfung gegen Bots: Lösen Sie die Aufgabe in { $field } und senden Sie die Anfrage erneut, mit der Lösung im Header { $header }.
error-human-check-malformed = Die Lösung der Prüfung gegen Bots war nicht lesbar: Senden Sie die gelöste Aufgabe als Base64-kodiertes JSON im Header { $header }.
error-human-check-wrong = Die Lösung der Prüfung gegen Bots ist nicht richtig. Lösen Sie die neue Aufgabe.
error-human-check-expired = Die Prüfung gegen Bots ist abgelaufen, bevor sie gesendet wurde. Lösen Sie die neue Aufgabe.
error-human-check-other-action = Diese Prüfung gegen Bots wurde für etwas anderes ausgestellt. Lösen Sie die neue Aufgabe.
error-human-check-too-easy = Diese Prüfung gegen Bots war leichter, als diese Anfrage jetzt verlangt. Lösen Sie die neue Aufgabe.
error-human-check-replayed = Diese Prüfung gegen Bots wurde bereits verwendet. Lösen Sie die neue Aufgabe.

## Was eine Anfrage bewirkt hat

password-changed = Ihr Passwort wurde geändert.
password-changed-signed-out = { $count ->
    [one] Ihr Passwort wurde geändert und { $count } anderes Gerät wurde abgemeldet.
   *[other] Ihr Passwort wurde geändert und { $count } andere Geräte wurden abgemeldet.
}
not-me-done = Erledigt. Ihr Konto ist überall abgemeldet, das festgelegte Passwort funktioniert nicht mehr, und wir haben an { $email } einen Link geschickt, mit dem Sie ein neues wählen.
not-me-done-archived = Erledigt. Ihr Konto ist überall abgemeldet und sein Passwort funktioniert nicht mehr. Es ist archiviert: Wenden Sie sich an das Team, das dieses Portal betreibt, um es wiederherzustellen.

## Was an einem Formular des Teams oder am Aufruf einer Automatisierung falsch war

# Unter einem Feld: „es“ ist das, was dort eingegeben wurde.
error-line-break = Schreiben Sie es in eine Zeile, ohne Zeilenumbrüche.
# { $code } ist der Codepunkt eines Zeichens in Hexadezimalschreibweise, z. B. 202E.
error-control-character = Der Text enthält ein unsichtbares Steuerzeichen (U+{ $code }). Entfernen Sie es und versuchen Sie es erneut.
error-name-empty = Geben Sie einen Namen ein.
error-name-too-long = Verwenden Sie einen Namen mit höchstens { $max } Zeichen.
error-email-taken = Es gibt bereits ein Konto mit dieser E-Mail-Adresse.
error-message-too-long = Kürzen Sie die Nachricht auf höchstens { $max } Zeichen.
error-key-name-missing = Benennen Sie den Schlüssel nach dem, was ihn verwendet, z. B. „Zapier“.
error-description-too-long = Kürzen Sie die Beschreibung auf höchstens { $max } Zeichen.
error-login-text-too-long = Der Anmeldetext ist { $chars } Zeichen lang; die Grenze liegt bei { $max }.
# { $kind } ist ein Bildformat: PNG, JPEG oder WebP.
error-logo-damaged = Diese Datei beginnt wie ein { $kind }-Bild, ist aber beschädigt; exportieren Sie sie erneut.
error-logo-pixels = Das Logo ist { $width } × { $height } Pixel groß; jede Seite muss zwischen 1 und { $max } liegen.
error-webhook-url-too-long = Die URL muss kürzer als { $max } Zeichen sein.
error-webhook-url-invalid = Geben Sie eine vollständige URL ein, z. B. https://hooks.example.com/portico.
error-webhook-url-credentials = Lassen Sie Benutzername und Passwort in der URL weg; Empfänger prüfen stattdessen die Signatur.
error-webhook-url-fragment = Lassen Sie den Teil mit # weg: Er wird nie an den Empfänger gesendet.
error-webhook-url-plain-http = Verwenden Sie https://; einfaches http:// ist nur zu diesem Rechner erlaubt (127.0.0.1 oder localhost).
error-webhook-url-https = Verwenden Sie eine URL mit https://.
error-webhook-event-unknown = Es gibt kein Ereignis namens „{ $event }“.
error-webhook-events-empty = Wählen Sie mindestens ein Ereignis aus.
error-webhook-delivery-sending = Diese Zustellung wird gerade gesendet. Warten Sie das Ergebnis dieses Versuchs ab.
error-reset-archived = Für ein archiviertes Konto können Sie das Passwort nicht zurücksetzen.
error-set-password-archived = Für ein archiviertes Konto können Sie kein Passwort festlegen.
error-retry-not-failed = Nur bei einer Nachricht, deren Zustellung fehlgeschlagen ist, kann der Versand wiederholt werden.
error-automation-archived = Dieses Konto ist archiviert: Stellen Sie es zuerst in der Konsole wieder her.
error-api-key-invalid = Senden Sie einen gültigen API-Schlüssel: Authorization: Bearer KEY. Das Team erstellt Schlüssel in der Konsole.
error-no-such-client = Kein Kundenkonto hat genau diese E-Mail-Adresse (Groß- und Kleinschreibung wird unterschieden).
error-json-required = Senden Sie den Inhalt der Anfrage als JSON mit Content-Type: application/json.

## Was eine Aktion des Teams bewirkt hat

client-created = Konto erfolgreich angelegt.
client-created-reset-sent = Konto erfolgreich angelegt und E-Mail zum Zurücksetzen des Passworts gesendet.
password-set = Passwort festgelegt.
password-set-change-required = Passwort festgelegt. Der Kunde muss bei seiner nächsten Anmeldung ein neues wählen.
reset-email-sent = E-Mail zum Zurücksetzen des Passworts gesendet.
