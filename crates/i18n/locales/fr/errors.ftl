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

error-human-check-missing = Cette requête demande une vérification anti-robot : résolvez le défi de { $field } et renvoyez la requête avec la solution dans l’en-tête { $header }.
error-human-check-malformed = La solution de la vérification anti-robot est illisible : envoyez le défi résolu en JSON encodé en base64 dans l’en-tête { $header }.
error-human-check-wrong = La solution de la vérification anti-robot est incorrecte. Résolvez le nouveau défi.
error-human-check-expired = La vérification anti-robot a expiré avant d’être envoyée. Résolvez le nouveau défi.
error-human-check-other-action = Cette vérification anti-robot a été émise pour autre chose. Résolvez le nouveau défi.
error-human-check-too-easy = Cette vérification anti-robot était plus facile que ce que cette requête demande maintenant. Résolvez le nouveau défi.
error-human-check-replayed = Cette vérification anti-robot a déjà été utilisée. Résolvez le nouveau défi.

## Ce qu’une requête a fait

password-changed = Votre mot de passe a été changé.
password-changed-signed-out = { $count ->
    [one] Votre mot de passe a été changé et { $count } autre appareil a été déconnecté.
   *[other] Votre mot de passe a été changé et { $count } autres appareils ont été déconnectés.
}
not-me-done = C’est fait. Votre compte est déconnecté partout, le mot de passe qui avait été défini ne fonctionne plus, et nous avons envoyé à { $email } un lien pour en choisir un nouveau.
not-me-done-archived = C’est fait. Votre compte est déconnecté partout et son mot de passe ne fonctionne plus. Il est archivé : contactez l’équipe qui gère ce portail pour le restaurer.

## Ce qui n’allait pas dans un formulaire de l’équipe ou l’appel d’une automatisation

# Sous un champ : « le » désigne ce qui y a été saisi.
error-line-break = Écrivez-le sur une seule ligne, sans retour à la ligne.
# { $code } est le point de code d’un caractère en hexadécimal, par exemple 202E.
error-control-character = Ce texte contient un caractère de contrôle invisible (U+{ $code }). Supprimez-le et réessayez.
error-name-empty = Saisissez un nom.
error-name-too-long = { $max ->
    [one] Utilisez un nom de { $max } caractère au plus.
   *[other] Utilisez un nom de { $max } caractères au plus.
}
error-email-taken = Un compte existe déjà avec cette adresse e-mail.
error-message-too-long = { $max ->
    [one] Limitez le message à { $max } caractère.
   *[other] Limitez le message à { $max } caractères.
}
error-key-name-missing = Nommez la clé d’après ce qui l’utilise, par exemple « Zapier ».
error-description-too-long = { $max ->
    [one] Limitez la description à { $max } caractère.
   *[other] Limitez la description à { $max } caractères.
}
error-login-text-too-long = { $chars ->
    [one] Le texte de connexion compte { $chars } caractère ; la limite est de { $max }.
   *[other] Le texte de connexion compte { $chars } caractères ; la limite est de { $max }.
}
# { $kind } est un format d’image : PNG, JPEG ou WebP.
error-logo-damaged = Ce fichier commence comme une image { $kind }, mais il est endommagé ; exportez-le à nouveau.
error-logo-pixels = { $height ->
    [one] Le logo mesure { $width } × { $height } pixel ; chaque côté doit être compris entre 1 et { $max }.
   *[other] Le logo mesure { $width } × { $height } pixels ; chaque côté doit être compris entre 1 et { $max }.
}
error-webhook-url-too-long = { $max ->
    [one] L’URL doit faire moins de { $max } caractère.
   *[other] L’URL doit faire moins de { $max } caractères.
}
error-webhook-url-invalid = Saisissez une URL complète, par exemple https://hooks.example.com/portico.
error-webhook-url-credentials = Retirez le nom d’utilisateur et le mot de passe de l’URL ; les destinataires vérifient plutôt la signature.
error-webhook-url-fragment = Retirez la partie qui commence par # : elle n’est jamais envoyée au destinataire.
error-webhook-url-plain-http = Utilisez https:// ; http:// simple n’est autorisé que vers cette machine (127.0.0.1 ou localhost).
error-webhook-url-https = Utilisez une URL en https://.
error-webhook-event-unknown = Aucun événement ne s’appelle « { $event } ».
error-webhook-events-empty = Choisissez au moins un événement.
error-webhook-delivery-sending = Cet envoi est en cours. Attendez le résultat de cette tentative.
error-reset-archived = Vous ne pouvez pas réinitialiser le mot de passe d’un compte archivé.
error-set-password-archived = Vous ne pouvez pas définir le mot de passe d’un compte archivé.
error-retry-not-failed = Seul un message dont l’envoi a échoué peut être relancé.
error-automation-archived = Ce compte est archivé : restaurez-le d’abord dans la console.
error-api-key-invalid = Envoyez une clé d’API valide : Authorization: Bearer KEY. L’équipe crée les clés dans la console.
error-no-such-client = Aucun compte client n’a exactement cette adresse e-mail (la casse est prise en compte).
error-json-required = Envoyez le corps de la requête en JSON avec Content-Type: application/json.

## Ce qu’une action de l’équipe a fait

client-created = Compte créé avec succès.
client-created-reset-sent = Compte créé avec succès et e-mail de réinitialisation du mot de passe envoyé.
password-set = Mot de passe défini.
password-set-change-required = Mot de passe défini. Le client devra en choisir un nouveau à sa prochaine connexion.
reset-email-sent = E-mail de réinitialisation du mot de passe envoyé.
