reset-confirmation = Falls zu dieser Adresse ein Konto existiert, haben wir einen Link zum Zurücksetzen Ihres Passworts geschickt. Er läuft in { $duration } ab.
