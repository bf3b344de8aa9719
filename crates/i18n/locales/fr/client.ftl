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
loading = Chargement…
try-again = Réessayer
cancel = Annuler
one-moment = Un instant…
checking-link = Vérification de votre lien…
link-missing-code = Il manque le code dans l’adresse. Ouvrez à nouveau le lien depuis l’e-mail, ou copiez-le en entier.
get-new-link = Obtenir un nouveau lien
sign-in-action = Se connecter

## Choisir un nouveau mot de passe, où que ce soit

new-password-label = Nouveau mot de passe
confirm-password-label = Confirmer le nouveau mot de passe
password-rules-label = Exigences du mot de passe
password-rule-length = Au moins { $min } caractères
password-rule-common = Pas l’un des mots de passe les plus courants
password-rule-email = Pas votre adresse e-mail
password-rule-done = (fait)
password-rule-not-yet = (pas encore)
passwords-differ = Les mots de passe ne correspondent pas.
policy-too-short = Utilisez au moins { $min } caractères.
policy-too-long = Utilisez au plus { $max } caractères.
policy-same-as-email = N’utilisez pas votre adresse e-mail comme mot de passe.
policy-common = C’est l’un des mots de passe les plus courants. Choisissez-en un plus difficile à deviner.
policy-same-as-current = Choisissez un mot de passe différent de l’actuel.
setting-password = Enregistrement du mot de passe…

## La page de réinitialisation, ouverte depuis un e-mail

reset-title = Réinitialiser votre mot de passe
reset-choose-title = Choisir un nouveau mot de passe
reset-for = Pour { $email }. Une fois le mot de passe défini, votre session s’ouvrira ici et toutes les autres seront fermées.
reset-submit = Définir le nouveau mot de passe
reset-link-expired-title = Ce lien a expiré
reset-link-expired-body = Les liens de réinitialisation ne fonctionnent que pendant un temps limité. Nous pouvons en envoyer un nouveau à la même adresse.
reset-send-new = M’envoyer un nouveau lien
reset-sending = Envoi…
reset-link-used-title = Ce lien a déjà été utilisé
reset-link-used-body = Chaque lien de réinitialisation ne sert qu’une fois. Si vous avez choisi un nouveau mot de passe avec celui-ci, connectez-vous avec ce mot de passe.
reset-link-invalid-title = Ce lien n’est pas valide
reset-get-new-to-retry = { $problem } Demandez un nouveau lien pour réessayer.

## Choisir son mot de passe à la première connexion

choose-title = Choisir un nouveau mot de passe
choose-welcome = Bienvenue, { $name }. Le mot de passe utilisé pour vous connecter a été défini pour vous. Pour continuer, choisissez le vôtre { $minutes ->
    [one] dans un délai d’une minute
   *[other] dans un délai de { $minutes } minutes
}.
choose-submit = Définir le mot de passe et continuer
choose-timed-out-title = Le délai de cette étape a expiré
choose-timed-out-body = Pour votre sécurité, un nouveau mot de passe doit être choisi dans les quelques minutes qui suivent la connexion. Reconnectez-vous avec le mot de passe qui vous a été donné pour recommencer.
choose-sign-in-again = Se reconnecter
choose-nothing-body = Il n’y a aucun mot de passe à choisir ici pour le moment. Si un mot de passe vous a été donné, connectez-vous d’abord avec celui-ci.
choose-go-to-sign-in = Aller à la connexion
