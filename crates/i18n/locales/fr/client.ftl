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

## Le menu du compte et les pages du compte

menu-change-password = Changer le mot de passe
menu-devices = Appareils connectés
menu-sign-out = Se déconnecter
menu-language = Langue
back-to-portal = ← Retour au portail
home-title = Accueil
home-welcome = Bienvenue, { $name }
home-intro = Votre session est ouverte sur { $portal }. Le menu de votre compte, sous vos initiales en haut de la page, contient vos informations et permet de vous déconnecter.
change-password-title = Changer le mot de passe
change-password-disabled-link = Obtenir un lien de réinitialisation
current-password-label = Mot de passe actuel
current-password-missing = Saisissez votre mot de passe actuel.
sign-out-others-label = Se déconnecter des autres appareils
sign-out-others-hint = Recommandé si vous pensez que quelqu’un d’autre connaît votre mot de passe. Cet appareil reste connecté.
change-password-submit = Changer le mot de passe
change-password-busy = Changement du mot de passe…
change-password-emailed = Nous vous avons envoyé une confirmation par e-mail.
devices-title = Appareils connectés
devices-intro = Les appareils sur lesquels votre compte est connecté en ce moment. Si vous n’en reconnaissez pas un, déconnectez-le et changez votre mot de passe.
devices-this-device = Cet appareil
devices-ip = Adresse IP { $ip }
devices-signed-in = Connexion le { $time }
devices-last-active = Dernière activité le { $time }
devices-sign-out = Déconnecter
devices-sign-out-name = { $device } à l’adresse IP { $ip }
devices-signed-out-one = L’appareil { $device } a été déconnecté.
devices-signed-out-others = { $count ->
    [one] { $count } autre appareil a été déconnecté.
   *[other] { $count } autres appareils ont été déconnectés.
}
devices-sign-out-all = Déconnecter tous les autres appareils

## « Ce n’était pas moi », depuis l’e-mail de changement de mot de passe

not-me-title = Ce n’était pas moi
not-me-intro = Quelqu’un a changé le mot de passe de { $email }. Si ce n’était pas vous, sécurisez le compte maintenant :
not-me-effect-devices = tous les appareils connectés à ce compte sont déconnectés, y compris celui de la personne qui a changé le mot de passe ;
not-me-effect-links = tout lien de réinitialisation envoyé auparavant cesse de fonctionner ;
not-me-effect-email = nous envoyons un nouveau lien à cette adresse pour que vous puissiez choisir un nouveau mot de passe.
not-me-submit = Me déconnecter partout et m’envoyer un lien de réinitialisation
not-me-busy = Sécurisation de votre compte…
not-me-tell = Prévenez ensuite l’équipe qui gère ce portail de ce qui s’est passé.
not-me-done-title = Votre compte est sécurisé
not-me-done-body = Ouvrez le nouvel e-mail et choisissez un mot de passe que personne d’autre ne connaît.
not-me-used-body = Le compte a déjà été déconnecté partout et un lien de réinitialisation a été envoyé. Si vous ne parvenez toujours pas à vous connecter, demandez un nouveau lien.
not-me-get-link = Obtenir un lien de réinitialisation
not-me-expired-body = Par sécurité, il ne fonctionnait que pendant une semaine. Si vous pensez que quelqu’un d’autre connaît votre mot de passe, réinitialisez-le maintenant.
not-me-reset = Réinitialiser mon mot de passe

## Pages introuvables

not-found-title = Page introuvable
not-found-body = Il n’y a rien à cette adresse. La page a peut-être été déplacée, ou le lien a été mal saisi.
not-found-home = Aller à l’accueil du portail
forbidden-title = Accès refusé
forbidden-heading = Cette page est réservée à l’équipe
forbidden-body = Votre compte n’y a pas accès.
forbidden-home = Aller à l’accueil de votre portail
