# Les messages de l’API destinés aux personnes.

reset-confirmation = Si un compte existe pour cette adresse, nous vous avons envoyé un lien pour réinitialiser votre mot de passe. Il expire dans { $duration }.

## Pourquoi une requête a été refusée

error-invalid-credentials = L’adresse e-mail ou le mot de passe est incorrect.
error-account-archived = Ce compte a été archivé. Contactez l’équipe qui gère ce portail pour le restaurer.
error-throttled = Trop de tentatives. Réessayez dans { $wait }.
wait-seconds = { $count ->
    [one] une seconde
   *[other] { $count } secondes
}
wait-minutes = { $count ->
    [one] une minute
   *[other] { $count } minutes
}
error-unauthenticated = Veuillez vous connecter.
error-forbidden = Vous n’y avez pas accès.
error-link-expired = Ce lien a expiré.
error-link-used = Ce lien a déjà été utilisé.
error-reset-link-invalid = Ce lien n’est pas valide. Il a peut-être été remplacé par un lien plus récent, ou copié de façon incomplète.
error-not-me-link-invalid = Ce lien n’est pas valide. Ouvrez-le à nouveau depuis l’e-mail, ou copiez-le en entier.
error-cross-site = Les requêtes provenant d’autres sites ne sont pas acceptées.
error-not-found = Introuvable.
error-password-change-required = Choisissez un nouveau mot de passe pour terminer la connexion.
error-ticket-expired = Le délai de cette étape a expiré. Reconnectez-vous avec votre mot de passe temporaire pour recommencer.
error-password-change-disabled = Ce portail ne permet pas aux clients de changer leur mot de passe ici. Utilisez plutôt « Mot de passe oublié ? » sur la page de connexion.
error-payload-too-large = Le corps de la requête est trop volumineux : envoyez au plus { $kib } Kio.
error-request-timeout = Le corps de la requête n’est pas arrivé à temps. Veuillez réessayer.
error-unavailable = Le serveur est occupé. Veuillez réessayer dans un instant.
error-internal = Un problème est survenu de notre côté. Veuillez réessayer.
error-fields = Certains champs sont à vérifier.
error-email-empty = Saisissez une adresse e-mail.
error-email-too-long = Utilisez une adresse e-mail de { $max } caractères au plus.
error-email-invalid = Saisissez une adresse e-mail comme nom@example.com.
error-current-password-wrong = Ce n’est pas votre mot de passe actuel.
error-setup-link-invalid = Ce lien de configuration a expiré ou a déjà été utilisé. Redémarrez le serveur pour en afficher un nouveau.
error-language-not-offered = Ce portail ne propose pas cette langue.

## Ce qu’une requête a fait

password-changed = Votre mot de passe a été changé.
password-changed-signed-out = { $count ->
    [one] Votre mot de passe a été changé et { $count } autre appareil a été déconnecté.
   *[other] Votre mot de passe a été changé et { $count } autres appareils ont été déconnectés.
}
not-me-done = C’est fait. Votre compte est déconnecté partout, le mot de passe qui avait été défini ne fonctionne plus, et nous avons envoyé à { $email } un lien pour en choisir un nouveau.
not-me-done-archived = C’est fait. Votre compte est déconnecté partout et son mot de passe ne fonctionne plus. Il est archivé : contactez l’équipe qui gère ce portail pour le restaurer.
