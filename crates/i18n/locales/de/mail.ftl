# Die E-Mails, die Portico verschickt.

## Teile jeder E-Mail

greeting = Hallo { $name },
paste-link = Oder fügen Sie diese Adresse in Ihren Browser ein: { $link }

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
date-time = { $day }. { $month } { $year }, { $hour }:{ $minute } Uhr UTC

duration-hours = { $count ->
    [one] 1 Stunde
   *[other] { $count } Stunden
}
duration-minutes = { $count ->
    [one] 1 Minute
   *[other] { $count } Minuten
}
duration-seconds = { $count ->
    [one] 1 Sekunde
   *[other] { $count } Sekunden
}

## Der Link zum Zurücksetzen

reset-subject = Setzen Sie Ihr Passwort für { $portal } zurück
reset-intro = Jemand, hoffentlich Sie, hat darum gebeten, das Passwort Ihres Kontos bei { $portal } ({ $email }) zurückzusetzen. Wählen Sie mit dem Link unten ein neues.
reset-button = Neues Passwort wählen
reset-expiry = Der Link funktioniert einmal und läuft in { $duration } ab ({ $when }).
reset-ignore = Wenn Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren: Ihr Passwort bleibt, wie es ist.
reset-why = { $portal } ({ $url }) hat Ihnen diese E-Mail geschickt, weil für diese Adresse das Zurücksetzen des Passworts angefordert wurde.

## Die Anleitung zu einem neuen Konto

welcome-subject = Ihr Konto bei { $portal }
welcome-intro = Bei { $portal } wurde ein Konto für Sie angelegt ({ $email }). Wählen Sie mit dem Link unten Ihr Passwort und melden Sie sich dann unter { $login } an.
welcome-message = Eine Nachricht von { $portal }:
welcome-button = Passwort wählen
welcome-expiry = Der Link funktioniert einmal und läuft in { $duration } ab ({ $when }). Ist er abgelaufen, fordern Sie auf der Anmeldeseite mit „Passwort vergessen?“ einen neuen an.
welcome-why = { $portal } ({ $url }) hat Ihnen diese E-Mail geschickt, weil das Team des Portals ein Konto für diese Adresse angelegt hat.

## Die Nachricht nach jeder Passwortänderung

changed-subject = Ihr Passwort für { $portal } wurde geändert
changed-intro = Das Passwort Ihres Kontos bei { $portal } ({ $email }) wurde soeben geändert.
changed-when = Wann
changed-how = Wie
changed-ip = IP-Adresse
changed-location = Ungefährer Ort
changed-device = Gerät
device-unrecognised = Ein unbekannter Browser oder eine unbekannte App
device-unrecognised-browser = Ein unbekannter Browser
device-on = { $browser } unter { $os }
changed-how-reset-link = Mit einem Link zum Zurücksetzen, der an diese Adresse geschickt wurde
changed-how-in-portal = Auf der Kontoseite, von jemandem, der als Sie angemeldet war
changed-how-staff = Vom Team, das das Portal betreibt
changed-how-automation = Von einer mit dem Portal verbundenen Automatisierung
changed-how-first-sign-in = Bei der ersten Anmeldung mit einem Passwort, das das Team des Portals festgelegt hatte
changed-was-you = Wenn Sie das waren, ist nichts weiter zu tun.
changed-not-you = Wenn Sie es nicht waren, kennt vielleicht jemand Ihr Passwort oder kann Ihre E-Mails lesen. Nutzen Sie den Link unten: Er meldet Sie überall ab und schickt Ihnen einen Link, mit dem Sie ein neues Passwort wählen. Informieren Sie danach das Team, das dieses Portal betreibt.
changed-button = Das war ich nicht
changed-why = { $portal } ({ $url }) schickt diese E-Mail nach jeder Änderung des Passworts Ihres Kontos, egal wer sie vorgenommen hat.
