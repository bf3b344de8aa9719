# Les pages des clients.

## Commun

email-label = E-mail
email-missing = Saisissez votre adresse e-mail.
password-label = Mot de passe
password-missing = Saisissez votre mot de passe.
password-show = Afficher
password-show-name = Afficher le mot de passe
password-caps-lock = Le verrouillage des majuscules est activé.
human-check-progress = Nous vérifions que vous n’êtes pas un robot…
human-check-progress-label = Vérification que vous n’êtes pas un robot
network-error = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
language-label = Langue
back-to-sign-in = Retour à la connexion

## Connexion

sign-in-title = Connexion
sign-in-submit = Se connecter
sign-in-submit-busy = Connexion…
login-text-label = À propos de ce portail

## Mot de passe oublié ?

forgot-title = Mot de passe oublié ?
forgot-intro = Saisissez l’adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = M’envoyer un lien de réinitialisation
forgot-submit-busy = Envoi…
forgot-try-another = Essayer une autre adresse

## Consultez vos e-mails

check-email-title = Consultez vos e-mails
check-email-nothing = Rien reçu au bout de quelques minutes ?
check-email-address = Vérifiez l’adresse saisie : { $address }
check-email-spam = Regardez dans vos courriers indésirables.
check-email-add-sender = Ajoutez { $sender } à vos contacts ou à votre liste d’expéditeurs autorisés, puis redemandez un lien.
check-email-add-our-sender = Ajoutez notre adresse d’expédition à vos contacts ou à votre liste d’expéditeurs autorisés, puis redemandez un lien.
