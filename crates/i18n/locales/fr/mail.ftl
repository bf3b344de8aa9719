# Les e-mails envoyés par Portico.

## Éléments communs

greeting = Bonjour { $name },
paste-link = Ou collez cette adresse dans votre navigateur : { $link }

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-time = { $day } { $month } { $year } à { $hour }:{ $minute } UTC

duration-hours = { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
duration-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
duration-seconds = { $count ->
    [one] { $count } seconde
   *[other] { $count } secondes
}

## Le lien de réinitialisation

reset-subject = Réinitialisez votre mot de passe { $portal }
reset-intro = Quelqu’un, vous sans doute, a demandé à réinitialiser le mot de passe de votre compte { $portal } ({ $email }). Choisissez-en un nouveau avec le lien ci-dessous.
reset-button = Choisir un nouveau mot de passe
reset-expiry = Le lien ne sert qu’une fois et expire dans { $duration } ({ $when }).
reset-ignore = Si vous n’avez rien demandé, ignorez cet e-mail : votre mot de passe reste inchangé.
reset-why = { $portal } ({ $url }) vous a envoyé cet e-mail parce qu’une réinitialisation du mot de passe a été demandée pour cette adresse.

## Les instructions d’un nouveau compte

welcome-subject = Votre compte { $portal }
welcome-intro = Un compte { $portal } a été créé pour vous ({ $email }). Choisissez votre mot de passe avec le lien ci-dessous, puis connectez-vous sur { $login }.
welcome-message = Un message de { $portal } :
welcome-button = Choisir votre mot de passe
welcome-expiry = Le lien ne sert qu’une fois et expire dans { $duration } ({ $when }). S’il a expiré, demandez-en un nouveau avec « Mot de passe oublié ? » sur la page de connexion.
welcome-why = { $portal } ({ $url }) vous a envoyé cet e-mail parce que son équipe a créé un compte pour cette adresse.

## L’avis après chaque changement de mot de passe

changed-subject = Votre mot de passe { $portal } a été changé
changed-intro = Le mot de passe de votre compte { $portal } ({ $email }) vient d’être changé.
changed-when = Quand
changed-how = Comment
changed-ip = Adresse IP
changed-location = Lieu approximatif
changed-device = Appareil
device-unrecognised = Un navigateur ou une application non reconnus
device-unrecognised-browser = Un navigateur non reconnu
device-on = { $browser } sur { $os }
changed-how-reset-link = Avec un lien de réinitialisation envoyé à cette adresse
changed-how-in-portal = Depuis la page du compte, par quelqu’un connecté en votre nom
changed-how-staff = Par l’équipe qui gère le portail
changed-how-automation = Par une automatisation reliée au portail
changed-how-first-sign-in = Lors d’une première connexion avec un mot de passe fixé par l’équipe du portail
changed-was-you = Si c’était vous, il n’y a rien d’autre à faire.
changed-not-you = Si ce n’était pas vous, quelqu’un connaît peut-être votre mot de passe ou peut lire vos e-mails. Utilisez le lien ci-dessous : il vous déconnecte partout et vous envoie un lien pour choisir un nouveau mot de passe. Prévenez ensuite l’équipe qui gère ce portail.
changed-button = Ce n’était pas moi
changed-why = { $portal } ({ $url }) envoie cet e-mail après chaque changement du mot de passe de votre compte, quel qu’en soit l’auteur.
