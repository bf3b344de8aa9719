# A signed-in client's pages: the account menu, home, changing the password, devices,
# "This wasn't me", and the pages that are not there. Only the portal and the console load
# these; the sign-in, reset and first-password pages load client.ftl alone.

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
