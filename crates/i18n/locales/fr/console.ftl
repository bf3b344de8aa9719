# The staff console: its frame, the clients, the portal builder, the outbox, activity,
# API keys and webhooks. Each part has a section of its own.

## L’éditeur du portail : texte de connexion

portal-title = Portail
portal-saving = Enregistrement…
login-text-heading = Texte de connexion
login-text-intro = Affiché au-dessus du formulaire de connexion.
login-text-open-login-page = Ouvrir la page de connexion
login-text-new-tab = (s’ouvre dans un nouvel onglet)
login-text-language-default = { $language } (par défaut)
login-text-language-hint-other = Une langue sans texte propre affiche celui de la langue par défaut. Laissez-le vide pour qu’il en reste ainsi.
login-text-language-hint-default = Toute langue sans texte propre affiche celui-ci.
login-text-field-label = Texte de connexion (Markdown)
login-text-field-label-in = Texte de connexion en { $language } (Markdown)
login-text-count = { $count } sur { $max } caractères
login-text-preview-heading = Aperçu
login-text-fallback = Pas encore de texte propre : la page de connexion affiche celui de la langue par défaut, comme ci-dessous.
login-text-preview-failed = L’aperçu en direct n’a pas pu démarrer. L’enregistrement fonctionne toujours : vérifiez la page de connexion après avoir enregistré.
login-text-save = Enregistrer le texte de connexion
login-text-discard = Annuler les modifications
login-text-unsaved = Modifications non enregistrées.
login-text-discarded = Modifications annulées.
login-text-discard-question = Abandonner vos modifications non enregistrées du texte de connexion dans cette langue ?
login-text-saved = Texte de connexion enregistré. La page de connexion l’affiche désormais.
login-text-help = Aide à la mise en forme
login-text-help-emphasis = { $heading } pour un titre, { $bold } et { $italic }.
login-text-help-link = { $example } pour un lien qui s’ouvre dans le même onglet.
login-text-help-external = Terminez l’adresse d’un lien par { $marker } pour l’ouvrir dans un nouvel onglet : { $example }
login-text-help-more = Les tableaux, les listes et { $strikethrough } fonctionnent aussi. Le HTML et les scripts sont supprimés.

## Identité visuelle

branding-heading = Identité visuelle
branding-intro = Le nom, le logo et les couleurs de la page de connexion, des pages des clients, de cette console et des e-mails.
branding-name = Nom du portail
branding-name-hint = Dans les titres des pages, la barre du haut et comme expéditeur des e-mails. Jusqu’à { $max } caractères.
branding-accent = Couleur d’accent
branding-accent-pick = Choisir la couleur d’accent
branding-accent-dark = Couleur d’accent en mode sombre
branding-accent-dark-pick = Choisir la couleur d’accent en mode sombre
branding-hex-hint = Saisissez un code hexadécimal, par exemple { $example }.
branding-contrast-light-meets = { $ratio } sur la page claire : conforme à WCAG AA.
branding-contrast-light-below = { $ratio } sur la page claire : en dessous des { $min } nécessaires aux liens et aux boutons.
branding-contrast-dark-meets = { $ratio } sur la page sombre : conforme à WCAG AA.
branding-contrast-dark-below = { $ratio } sur la page sombre : en dessous des { $min } nécessaires aux liens et aux boutons.
branding-logo = Logo
branding-logo-hint = PNG, JPEG ou WebP, jusqu’à 256 Ko. Affiché sur 40 pixels de haut à côté du nom.
branding-remove-logo = Supprimer le logo
branding-preview-heading = Aperçu du rendu
branding-light-mode = Mode clair
branding-dark-mode = Mode sombre
branding-save = Enregistrer l’identité visuelle
branding-saved = Identité visuelle enregistrée. Toutes les pages l’utilisent désormais.
branding-fields-need-attention = { $count ->
    [one] { $count } champ demande votre attention.
   *[other] { $count } champs demandent votre attention.
}
branding-problem-name-missing = Saisissez le nom du portail.
branding-problem-name-too-long = Le nom compte { $chars } caractères ; la limite est de { $max }.
branding-problem-name-one-line = Le nom doit tenir sur une seule ligne.
branding-problem-not-a-colour = Ce n’est pas un code couleur : utilisez # suivi de six chiffres hexadécimaux, par exemple { $example }.
branding-problem-contrast-light = { $colour } a un contraste de { $ratio } sur la page claire ; les liens et les boutons demandent au moins { $min }. Choisissez une couleur plus foncée.
branding-problem-contrast-dark = { $colour } a un contraste de { $ratio } sur la page sombre ; les liens et les boutons demandent au moins { $min }. Choisissez une couleur plus claire.
branding-problem-logo-type = Choisissez une image PNG, JPEG ou WebP (le SVG n’est pas accepté).
branding-problem-logo-too-large = Le logo pèse { $size } Ko ; la limite est de { $max } Ko.

## Paramètres

settings-heading = Paramètres
settings-account-password = Mot de passe du compte
settings-account-password-hint = Les clients peuvent changer leur mot de passe depuis le menu de leur compte dans le portail.
settings-reset-lifetime = Durée de validité du lien de réinitialisation (heures)
settings-reset-lifetime-hint = Combien de temps un lien de réinitialisation envoyé par e-mail fonctionne : de 1 à 168 heures.
settings-reuse-window = Délai de réutilisation (heures)
settings-reuse-window-hint = Une nouvelle demande dans ce délai renvoie le même lien ; 0 envoie toujours un nouveau lien.
settings-first-sign-in = Délai de changement à la première connexion (minutes)
settings-first-sign-in-hint = Le temps dont dispose un client qui se connecte avec un mot de passe que vous avez fixé pour choisir le sien : de 1 à 1440 minutes.
settings-min-password = Longueur minimale du mot de passe (caractères)
settings-min-password-hint = De 8 à 64, comptés en caractères, pour que tous les alphabets comptent de la même façon.
settings-number-hours = Saisissez un nombre d’heures, par exemple { $example }.
settings-number-minutes = Saisissez un nombre de minutes, par exemple { $example }.
settings-number-characters = Saisissez un nombre de caractères, par exemple { $example }.
settings-human-check = Vérification anti-robot
settings-human-check-about = Une vérification par preuve de travail que le navigateur résout en arrière-plan, sans énigme à résoudre, avant de pouvoir continuer.
settings-human-check-off = Désactivée
settings-human-check-off-hint = Jamais demandée. Au-delà de leurs limites, les connexions doivent attendre et les demandes de réinitialisation sont ignorées.
settings-human-check-automatic = Automatique
settings-human-check-automatic-hint = Demandée quand le trafic ressemble à un abus : connexions sur de nouveaux appareils après des tentatives échouées, nombreuses demandes de réinitialisation depuis une même adresse, nombreux e-mails ou nouveaux clients d’un même membre de l’équipe.
settings-human-check-always = Toujours
settings-human-check-always-hint = Demandée avant chaque connexion sur un nouvel appareil, chaque demande de réinitialisation et chaque e-mail de réinitialisation ou nouveau client envoyé depuis la console.
settings-languages = Langues
settings-languages-hint = Ce que les clients et l’équipe peuvent choisir. Un navigateur qui n’en demande aucune reçoit la langue par défaut, et une langue sans texte de connexion propre affiche celui de la langue par défaut.
settings-default-language = Langue par défaut
settings-save = Enregistrer les paramètres
settings-saved = Paramètres enregistrés.
settings-not-loaded = Les paramètres ne sont pas encore chargés : rechargez la page et réessayez.
settings-need-attention = { $count ->
    [one] Un paramètre demande votre attention.
   *[other] { $count } paramètres demandent votre attention.
}
settings-problem-lifetime = Choisissez une durée de { $low } à { $high } heures ({ $days ->
    [one] { $days } jour
   *[other] { $days } jours
}).
settings-problem-reuse-hours = Le délai de réutilisation ne peut pas dépasser la durée de validité du lien ({ $count ->
    [one] { $count } heure
   *[other] { $count } heures
}).
settings-problem-reuse-minutes = Le délai de réutilisation ne peut pas dépasser la durée de validité du lien ({ $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}).
settings-problem-reuse-seconds = Le délai de réutilisation ne peut pas dépasser la durée de validité du lien ({ $count ->
    [one] { $count } seconde
   *[other] { $count } secondes
}).
settings-problem-first-sign-in = Choisissez de { $low } à { $high } minutes ({ $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
}).
settings-problem-min-password = Choisissez un minimum de { $low } à { $high } caractères.
settings-problem-no-language = Activez au moins une langue.
settings-problem-pseudo-locale = La pseudo-langue sert aux tests ; le serveur l’active avec { $flag }.
settings-problem-language-twice = Activez chaque langue une seule fois.
settings-problem-default = Choisissez la langue par défaut parmi les langues activées.

## Configurer Portico

setup-title = Configurer Portico
setup-heading = Créer le premier compte de l’équipe
setup-link-missing = Cette page a besoin du lien de configuration affiché par le serveur à son démarrage.
setup-checking-link = Vérification de votre lien de configuration…
setup-name-label = Votre nom
setup-name-missing = Saisissez votre nom.
setup-password-hint = Au moins { $min } caractères. Quelques mots sans rapport entre eux font un mot de passe solide et facile à retenir.
setup-confirm-label = Confirmer le mot de passe
setup-fields-need-attention = Certains champs demandent votre attention.
setup-submit = Créer le compte
setup-submit-busy = Création du compte…

## The console's frame and shared parts

console-nav-label = Console de l’équipe
console-nav-clients = Clients
console-nav-portal = Portail
console-nav-outbox = Boîte d’envoi
console-nav-activity = Activité
console-nav-api-keys = Clés d’API
console-nav-webhooks = Webhooks
console-leave-question = Vos modifications du texte de connexion ne sont pas enregistrées. Quitter sans enregistrer ?
console-archive-warning = Le client est déconnecté partout, ses liens de réinitialisation cessent de fonctionner et il ne peut plus se connecter tant que vous n’avez pas restauré le compte.
status-active = Actif
status-archived = Archivé
status-password-set = Défini
status-password-must-choose = Doit choisir un mot de passe
status-password-link-pending = Lien en attente
status-password-never-set = Jamais défini
status-password-link-pending-until = Lien de réinitialisation en attente, expire le { $time }
pager-label = Pages
pager-previous = Précédent
pager-next = Suivant
pager-position = Page { $page } sur { $pages }
table-region = Tableau : { $name }
secret-copied = Copié.
secret-copy-failed = Votre navigateur n’a pas autorisé la copie. Sélectionnez le texte et copiez-le vous-même.

## Clients

clients-title = Clients
clients-add = Ajouter un client
clients-search-label = Rechercher par nom ou e-mail
clients-status-label = Statut
clients-status-all = Tous
clients-search = Rechercher
clients-loading = Chargement des clients…
clients-empty = Aucun client ici.
clients-no-match = Aucun client ne correspond à cette recherche.
clients-count = { $count ->
    [one] { $count } client
   *[other] { $count } clients
}
clients-caption = Clients, triés par { $column ->
    [email] e-mail
    [last-sign-in] dernière connexion
   *[name] nom
}, ordre { $order ->
    [descending] décroissant
   *[ascending] croissant
}
clients-column-name = Nom
clients-column-email = E-mail
clients-column-status = Statut
clients-column-password = Mot de passe
clients-column-last-sign-in = Dernière connexion
clients-column-actions = Actions
clients-never = Jamais
clients-actions = Actions
clients-actions-for = Actions pour { $name }
clients-action-send-reset = Envoyer l’e-mail de réinitialisation
clients-action-copy-link = Copier le lien de réinitialisation
clients-action-set-password = Définir le mot de passe
clients-action-unarchive = Désarchiver
clients-action-archive = Archiver…
clients-unavailable-archived = archivé
clients-unavailable-no-link = aucun lien en attente
clients-reset-sent = E-mail de réinitialisation du mot de passe envoyé à { $email }.
clients-link-copied = Lien de réinitialisation de { $name } copié.
clients-copy-failed = Votre navigateur n’a pas autorisé la copie. Ouvrez la fiche du client pour copier le lien.
clients-no-link = { $name } n’a aucun lien de réinitialisation en attente : envoyez-en d’abord un.
clients-archived = Le compte de { $name } a été archivé.
clients-restored = Le compte de { $name } a été restauré.
clients-archive-question = Archiver { $name } ?
clients-archive-confirm = Archiver
clients-start-title = Pour commencer
clients-start-intro = Il n’y a encore personne dans la liste. Trois premières étapes :
clients-start-add-title = Ajouter un client
clients-start-add-body = Il reçoit un e-mail avec un lien pour choisir son mot de passe.
clients-start-login-text-title = Rédiger le texte de connexion
clients-start-login-text-body = Ce que les clients lisent à côté du formulaire de connexion : qui vous êtes, et qui appeler.
clients-start-login-text-open = Ouvrir l’éditeur du portail
clients-start-email-title = Configurer l’envoi des e-mails
clients-start-email-body = Tant que le serveur n’a pas de relais SMTP (son paramètre --smtp-url), les e-mails attendent dans la boîte d’envoi.
clients-start-email-open = Ouvrir la boîte d’envoi

## One client

client-title = Client
client-all-clients = ← Tous les clients
client-loading = Chargement du client…
client-email = E-mail
client-status = Statut
client-password = Mot de passe
client-last-sign-in = Dernière connexion
client-added = Ajouté
client-password-must-change = Doit le changer à la prochaine connexion
client-view-activity = Voir l’activité de ce client
client-login-methods = Méthodes de connexion
client-archived-note = Vous ne pouvez pas réinitialiser le mot de passe d’un compte archivé.
client-set-password = Définir un nouveau mot de passe
client-new-password = Nouveau mot de passe
client-new-password-hint = Laissez vide pour en générer un robuste.
client-require-change = Exiger un changement à la prochaine connexion
client-setting-password = Enregistrement…
client-share-password = Communiquez-le au client maintenant : il ne sera plus affiché.
client-new-password-shown = Nouveau mot de passe : { $password }
client-copy-password = Copier le mot de passe
client-password-copied = Mot de passe copié.
client-password-copy-failed = Votre navigateur n’a pas autorisé la copie.
client-send-reset = Envoyer un lien de réinitialisation
client-send-reset-hint = Envoie au client un e-mail avec un lien pour choisir un nouveau mot de passe.
client-sending = Envoi…
client-reset-link = Lien de réinitialisation
client-copy-link = Copier le lien
client-link-copied = Lien copié.
client-link-copy-failed = Votre navigateur n’a pas autorisé la copie. Sélectionnez le lien et copiez-le vous-même.
client-link-sent = Envoyé
client-link-same-until = Même lien jusqu’à
client-link-expires = Expire
client-account-status = Statut du compte
client-restore-hint = Restaurer le compte permet au client de se connecter et de réinitialiser son mot de passe à nouveau.
client-archive-hint = L’archivage déconnecte le client partout, désactive ses liens et l’empêche de se connecter.
client-unarchive = Désarchiver
client-archive = Archiver

## New client

new-client-title = Ajouter un client
new-client-name = Nom
new-client-password = Mot de passe (facultatif)
new-client-password-hint = Laissez vide : le client choisira le sien grâce à un lien envoyé par e-mail.
new-client-require-change = Exiger la réinitialisation du mot de passe à la première connexion
new-client-require-change-hint = Uniquement avec un mot de passe : le client le remplace lors de sa première connexion.
new-client-send-instructions = Envoyer par e-mail les instructions pour le mot de passe
new-client-message = Message (facultatif)
new-client-message-hint = Inclus dans l’e-mail, au-dessus du lien pour choisir un mot de passe.
new-client-submit = Ajouter le client
new-client-submit-busy = Ajout du client…

## Activité

activity-title = Activité
activity-one-client = Affichage des événements d’un seul client.
activity-show-everyone = Afficher ceux de tout le monde
activity-back-to-client = Retour au client
activity-filter-label = Filtrer les événements
activity-email-label = E-mail du compte
activity-kind-label = Type d’événement
activity-kind-all = Tous les événements
activity-kind-sign-in = Connexions
activity-kind-password-reset = Réinitialisations de mot de passe
activity-kind-password = Changements de mot de passe
activity-kind-mail = E-mails
activity-kind-account = Comptes
activity-kind-signed-out = Déconnexions
activity-kind-session = Appareils déconnectés
activity-kind-portal = Modifications du portail
activity-kind-api-key = Clés d’API
activity-kind-webhook = Webhooks
activity-kind-human-check = Vérifications anti-robot
activity-filter = Filtrer
activity-export = Exporter en CSV
activity-loading = Chargement de l’activité…
activity-empty = Aucun événement ne correspond.
activity-table-name = Événements
activity-table-caption = Événements, du plus récent au plus ancien
activity-col-when = Date
activity-col-actor = Auteur
activity-col-what = Événement
activity-col-ip = Adresse IP
activity-col-details = Détails
activity-someone = Quelqu’un
activity-sign-in-succeeded = { $subject } a ouvert une session
activity-sign-in-failed = Échec d’une connexion en tant que { $subject }
activity-sign-in-throttled = Les connexions en tant que { $subject } ont été ralenties
activity-sign-in-refused-archived = { $subject } a tenté de se connecter, mais le compte est archivé
activity-signed-out = { $subject } a fermé sa session
activity-staff-setup-completed = { $subject } a configuré le portail
activity-login-text-changed = { $subject } a modifié le texte de connexion
activity-settings-changed = { $subject } a modifié les paramètres du portail
activity-branding-changed = { $subject } a modifié l’identité visuelle du portail
activity-reset-requested-by-staff = { $actor } a envoyé un lien de réinitialisation à { $subject }
activity-reset-requested = { $subject } a demandé un lien de réinitialisation
activity-reset-throttled = Les demandes de réinitialisation pour { $subject } ont été limitées
activity-reset-link-opened = { $subject } a ouvert un lien de réinitialisation
activity-reset-link-used = { $subject } a choisi un nouveau mot de passe avec un lien de réinitialisation
activity-reset-link-expired = { $subject } a ouvert un lien de réinitialisation expiré
activity-password-changed-by-staff = { $actor } a défini un nouveau mot de passe pour { $subject }
activity-password-changed = Le mot de passe a été changé pour { $subject }
activity-mail-queued = Un e-mail pour { $subject } a été mis en file d’attente
activity-mail-delivered = Un e-mail pour { $subject } a été remis
activity-mail-failed = Un e-mail pour { $subject } n’a pas pu être remis
activity-account-created-by-staff = { $actor } a ajouté { $subject }
activity-account-created = Un compte a été créé pour { $subject }
activity-account-archived-by-staff = { $actor } a archivé { $subject }
activity-account-archived = { $subject } : compte archivé
activity-account-unarchived-by-staff = { $actor } a restauré { $subject }
activity-account-unarchived = { $subject } : compte restauré
activity-mail-retried-by-staff = { $actor } a relancé un e-mail pour { $subject }
activity-mail-retried = Un e-mail pour { $subject } a été relancé
activity-password-change-required = { $subject } a ouvert une session avec un mot de passe défini par l’équipe et doit choisir le sien
activity-password-change-expired = { $subject } n’a pas choisi de mot de passe à temps après avoir ouvert une session
activity-password-change-refused = Un nouveau mot de passe pour { $subject } a été refusé
activity-session-ended = { $subject } a déconnecté un appareil
activity-account-secured = { $subject } a signalé un changement de mot de passe qui n’était pas de son fait : déconnexion partout
activity-api-key-created = { $subject } a créé une clé d’API
activity-api-key-revoked = { $subject } a révoqué une clé d’API
activity-webhook-created = { $subject } a ajouté un webhook
activity-webhook-deleted = { $subject } a supprimé un webhook
activity-webhook-secret-rolled = { $subject } a renouvelé le secret d’un webhook
activity-human-check-asked = Une vérification anti-robot a été demandée avant de servir { $subject }
activity-human-check-passed = { $subject } a réussi une vérification anti-robot
activity-human-check-failed = Une vérification anti-robot pour { $subject } a été refusée

## Boîte d’envoi

outbox-title = Boîte d’envoi
outbox-loading = Chargement de la boîte d’envoi…
outbox-empty = Aucun e-mail pour l’instant.
outbox-table-name = E-mails
outbox-table-caption = E-mails, du plus récent au plus ancien
outbox-subject = Objet
outbox-recipient = Destinataire
outbox-queued = Mis en file
outbox-status = État
outbox-attempts = Tentatives
outbox-last-error = Dernière erreur
outbox-status-sent = Envoyé
outbox-status-failed = Échec
outbox-status-retrying = En file d’attente, nouvelle tentative
outbox-status-queued = En file d’attente
outbox-email-title = E-mail
outbox-back = ← Boîte d’envoi
outbox-from = De
outbox-to = À
outbox-sent-at = Envoyé
outbox-retry = Réessayer
outbox-retry-queued = Remis en file pour une nouvelle tentative.
outbox-text = Texte
outbox-text-label = Texte de l’e-mail

## Clés d’API

keys-title = Clés d’API
keys-intro = D’autres systèmes appellent l’API d’automatisation de Portico avec une clé : { $header }. Nommez chaque clé d’après ce qui l’utilise, et révoquez-la quand cet usage cesse.
keys-name-label = Nom de la clé
keys-create = Créer une clé
keys-created = Clé « { $name } » créée. Copiez-la maintenant : elle ne sera plus affichée.
keys-new-key = Nouvelle clé
keys-copy = Copier la clé
keys-revoked-notice = Clé « { $name } » révoquée. Les appels qui l’utilisent reçoivent désormais une erreur 401.
keys-loading = Chargement des clés…
keys-empty = Aucune clé pour l’instant.
keys-table-name = Clés d’API
keys-table-caption = Clés d’API, de la plus récente à la plus ancienne
keys-col-name = Nom
keys-col-key = Clé
keys-col-created = Créée
keys-col-last-used = Dernière utilisation
keys-col-status = État
keys-col-actions = Actions
keys-never-used = Jamais
keys-revoked-at = Révoquée le { $time }
keys-active = Active
keys-revoke = Révoquer

## Webhooks

webhooks-title = Webhooks
webhooks-intro = Portico informe d’autres systèmes de ce qui se passe en envoyant du JSON par POST à leur URL. Chaque envoi est signé : l’en-tête { $header } contient { $value }, le HMAC-SHA256 de { $signed } avec le secret du webhook. Les envois en échec sont retentés à intervalles croissants pendant environ une journée.
webhooks-add-heading = Ajouter un webhook
webhooks-url-label = URL du point de terminaison
webhooks-url-hint = https:// partout ; http:// simple uniquement vers cette machine (127.0.0.1 ou localhost).
webhooks-events-legend = Événements à envoyer
webhooks-event-account-created = { $event } : l’équipe a ajouté un client.
webhooks-event-password-changed = { $event } : un mot de passe a été défini ou changé, par qui que ce soit.
webhooks-event-reset-requested = { $event } : un lien de réinitialisation du mot de passe a été envoyé par e-mail.
webhooks-event-reset-completed = { $event } : quelqu’un a choisi un nouveau mot de passe avec un lien de réinitialisation.
webhooks-description-label = Description (facultative)
webhooks-add = Ajouter le webhook
webhooks-created = Webhook pour { $url } ajouté. Copiez son secret de signature maintenant : il ne sera plus affiché.
webhooks-signing-secret = Secret de signature
webhooks-copy-secret = Copier le secret
webhooks-registered = Webhooks enregistrés
webhooks-loading = Chargement des webhooks…
webhooks-empty = Aucun webhook pour l’instant.
webhooks-table-name = Webhooks
webhooks-table-caption = Webhooks enregistrés, du plus ancien au plus récent
webhooks-endpoint = Point de terminaison
webhooks-events = Événements
webhooks-last-delivery = Dernier envoi
webhooks-added = Ajouté
webhooks-last-none = Aucun pour l’instant
webhooks-last-delivered = Remis
webhooks-last-failed = Échec
webhooks-last-pending = Envoi ou nouvelle tentative en cours
webhooks-status-delivered = Remis
webhooks-status-failed = Échec : abandonné
webhooks-status-sending = Envoi en cours
webhooks-status-failing = En échec : prochain essai le { $time }
webhooks-status-queued = En file d’attente
webhooks-refresh-failed = Impossible d’actualiser les envois : { $error } Nouvel essai en cours.
webhooks-test-queued = Événement de test mis en file d’attente. Son envoi apparaît ci-dessous.
webhooks-retry-queued = Envoi remis en file pour être renvoyé maintenant.
webhooks-roll-confirm = Créer un nouveau secret de signature ? Pendant 24 heures, l’en-tête Portico-Signature de chaque envoi porte un v1 avec le nouveau secret et un avec le précédent, pour que le destinataire puisse basculer ; il doit accepter un envoi dès qu’un v1 correspond.
webhooks-delete-confirm = Supprimer ce webhook et l’historique de ses envois ? Les destinataires ne recevront plus rien de Portico, immédiatement.
webhooks-deleted = Webhook supprimé.
webhooks-webhook-title = Webhook
webhooks-back = ← Webhooks
webhooks-description = Description
webhooks-previous-secret = Secret précédent
webhooks-previous-secret-until = Signe aussi les envois jusqu’au { $time }
webhooks-send-test = Envoyer un événement de test
webhooks-roll = Renouveler le secret de signature
webhooks-delete = Supprimer le webhook
webhooks-rolled = Nouveau secret de signature créé. Copiez-le maintenant : il ne sera plus affiché. Jusqu’au { $time }, les envois sont aussi signés avec le secret précédent, pour que vous puissiez mettre à jour le destinataire.
webhooks-new-signing-secret = Nouveau secret de signature
webhooks-deliveries = Envois
webhooks-deliveries-hint = Les 50 plus récents. Ouvrez-en un pour voir chaque tentative et le corps exact envoyé.
webhooks-nothing-sent = Rien n’a encore été envoyé.
webhooks-event-id = Identifiant de l’événement
webhooks-delivered-at = Remis
webhooks-attempts-label = Tentatives de l’envoi { $id }
webhooks-body-label = Corps de l’envoi { $id }
webhooks-attempt-when = Date
webhooks-attempt-answer = Réponse
webhooks-attempt-took = Durée
webhooks-attempt-detail = Détail
webhooks-no-answer = Pas de réponse
webhooks-took = { $ms } ms
webhooks-send-again = Renvoyer
webhooks-send-again-which = l’envoi { $id }
