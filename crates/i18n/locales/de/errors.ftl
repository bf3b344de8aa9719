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

## Was eine Anfrage bewirkt hat

password-changed = Ihr Passwort wurde geändert.
password-changed-signed-out = { $count ->
    [one] Ihr Passwort wurde geändert und { $count } anderes Gerät wurde abgemeldet.
   *[other] Ihr Passwort wurde geändert und { $count } andere Geräte wurden abgemeldet.
}
not-me-done = Erledigt. Ihr Konto ist überall abgemeldet, das festgelegte Passwort funktioniert nicht mehr, und wir haben an { $email } einen Link geschickt, mit dem Sie ein neues wählen.
not-me-done-archived = Erledigt. Ihr Konto ist überall abgemeldet und sein Passwort funktioniert nicht mehr. Es ist archiviert: Wenden Sie sich an das Team, das dieses Portal betreibt, um es wiederherzustellen.
