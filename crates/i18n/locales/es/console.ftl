# The staff console: its frame, the clients, the portal builder, the outbox, activity,
# API keys and webhooks. Each part has a section of its own.

## El editor del portal: texto de inicio de sesión

portal-title = Portal
portal-saving = Guardando…
login-text-heading = Texto de inicio de sesión
login-text-intro = Se muestra encima del formulario de inicio de sesión.
login-text-open-login-page = Abrir la página de inicio de sesión
login-text-new-tab = (se abre en una pestaña nueva)
login-text-language-default = { $language } (predeterminado)
login-text-language-hint-other = Un idioma sin texto propio muestra el del idioma predeterminado. Déjelo vacío para que siga así.
login-text-language-hint-default = Todos los idiomas sin texto propio muestran este.
login-text-field-label = Texto de inicio de sesión (Markdown)
login-text-field-label-in = Texto de inicio de sesión en { $language } (Markdown)
login-text-count = { $count } de { $max } caracteres
login-text-preview-heading = Vista previa
login-text-fallback = Todavía no tiene texto propio: la página de inicio de sesión muestra el del idioma predeterminado, como se ve abajo.
login-text-preview-failed = No se pudo iniciar la vista previa en directo. Puede guardar igualmente: revise la página de inicio de sesión después de guardar.
login-text-save = Guardar el texto de inicio de sesión
login-text-discard = Descartar los cambios
login-text-unsaved = Cambios sin guardar.
login-text-discarded = Cambios descartados.
login-text-discard-question = ¿Descartar sus cambios sin guardar en el texto de inicio de sesión de este idioma?
login-text-saved = Texto de inicio de sesión guardado. La página de inicio de sesión ya lo muestra.
login-text-help = Ayuda de formato
login-text-help-emphasis = { $heading } para un título, { $bold } y { $italic }.
login-text-help-link = { $example } para un enlace que se abre en la misma pestaña.
login-text-help-external = Termine la dirección de un enlace con { $marker } para abrirlo en una pestaña nueva: { $example }
login-text-help-more = Las tablas, las listas y { $strikethrough } también funcionan. El HTML y los scripts se eliminan.

## Imagen de marca

branding-heading = Imagen de marca
branding-intro = El nombre, el logotipo y los colores de la página de inicio de sesión, las páginas de los clientes, esta consola y los correos.
branding-name = Nombre del portal
branding-name-hint = En los títulos de las páginas, la barra superior y como remitente de los correos. Hasta { $max } caracteres.
branding-accent = Color de acento
branding-accent-pick = Elegir el color de acento
branding-accent-dark = Color de acento en modo oscuro
branding-accent-dark-pick = Elegir el color de acento en modo oscuro
branding-hex-hint = Escriba un código hexadecimal, como { $example }.
branding-contrast-light-meets = { $ratio } en la página clara: cumple WCAG AA.
branding-contrast-light-below = { $ratio } en la página clara: por debajo del { $min } que necesitan los enlaces y los botones.
branding-contrast-dark-meets = { $ratio } en la página oscura: cumple WCAG AA.
branding-contrast-dark-below = { $ratio } en la página oscura: por debajo del { $min } que necesitan los enlaces y los botones.
branding-logo = Logotipo
branding-logo-hint = PNG, JPEG o WebP, hasta 256 KB. Se muestra con 40 píxeles de alto junto al nombre.
branding-remove-logo = Quitar el logotipo
branding-preview-heading = Cómo se ve
branding-light-mode = Modo claro
branding-dark-mode = Modo oscuro
branding-save = Guardar la imagen de marca
branding-saved = Imagen de marca guardada. Todas las páginas la usan ya.
branding-fields-need-attention = { $count ->
    [one] { $count } campo necesita revisión.
   *[other] { $count } campos necesitan revisión.
}
branding-problem-name-missing = Escriba el nombre del portal.
branding-problem-name-too-long = El nombre tiene { $chars } caracteres; el límite es { $max }.
branding-problem-name-one-line = El nombre debe caber en una sola línea.
branding-problem-not-a-colour = Esto no es un código de color: use # y seis dígitos hexadecimales, como { $example }.
branding-problem-contrast-light = { $colour } tiene un contraste de { $ratio } en la página clara; los enlaces y los botones necesitan al menos { $min }. Elija un color más oscuro.
branding-problem-contrast-dark = { $colour } tiene un contraste de { $ratio } en la página oscura; los enlaces y los botones necesitan al menos { $min }. Elija un color más claro.
branding-problem-logo-type = Elija una imagen PNG, JPEG o WebP (no se admite SVG).
branding-problem-logo-too-large = El logotipo ocupa { $size } KB; el límite es { $max } KB.

## Ajustes

settings-heading = Ajustes
settings-account-password = Contraseña de la cuenta
settings-account-password-hint = Los clientes pueden cambiar su contraseña desde el menú de la cuenta en el portal.
settings-reset-lifetime = Validez del enlace para restablecer la contraseña (horas)
settings-reset-lifetime-hint = Cuánto tiempo funciona un enlace para restablecer la contraseña enviado por correo: de 1 a 168 horas.
settings-reuse-window = Plazo de reutilización (horas)
settings-reuse-window-hint = Si se vuelve a pedir dentro de este plazo, se reenvía el mismo enlace; con 0 siempre se envía uno nuevo.
settings-first-sign-in = Plazo de cambio en el primer inicio de sesión (minutos)
settings-first-sign-in-hint = Cuánto tiempo tiene un cliente que inicia sesión con una contraseña fijada por usted para elegir la suya: de 1 a 1440 minutos.
settings-min-password = Longitud mínima de la contraseña (caracteres)
settings-min-password-hint = De 8 a 64, contados en caracteres, para que todos los alfabetos cuenten igual.
settings-number-hours = Escriba un número de horas, como { $example }.
settings-number-minutes = Escriba un número de minutos, como { $example }.
settings-number-characters = Escriba un número de caracteres, como { $example }.
settings-human-check = Verificación contra bots
settings-human-check-about = Una prueba de trabajo que el navegador resuelve en segundo plano, sin ningún acertijo que responder, antes de poder continuar.
settings-human-check-off = Desactivada
settings-human-check-off-hint = Nunca se pide. Superados sus límites, los inicios de sesión esperan y las solicitudes de restablecimiento se ignoran.
settings-human-check-automatic = Automática
settings-human-check-automatic-hint = Se pide cuando el tráfico parece un abuso: inicios de sesión en dispositivos nuevos tras intentos fallidos, muchas solicitudes de restablecimiento desde una misma dirección, muchos correos o clientes nuevos de un mismo miembro del equipo.
settings-human-check-always = Siempre
settings-human-check-always-hint = Se pide antes de cada inicio de sesión en un dispositivo nuevo, cada solicitud de restablecimiento y cada correo de restablecimiento o cliente nuevo enviado desde la consola.
settings-languages = Idiomas
settings-languages-hint = Lo que pueden elegir los clientes y el equipo. Un navegador que no pide ninguno de ellos recibe el predeterminado, y un idioma sin texto de inicio de sesión propio muestra el del predeterminado.
settings-default-language = Idioma predeterminado
settings-save = Guardar los ajustes
settings-saved = Ajustes guardados.
settings-not-loaded = Los ajustes aún no se han cargado: vuelva a cargar la página e inténtelo de nuevo.
settings-need-attention = { $count ->
    [one] Un ajuste necesita revisión.
   *[other] { $count } ajustes necesitan revisión.
}
settings-problem-lifetime = Elija una validez de { $low } a { $high } horas ({ $days ->
    [one] { $days } día
   *[other] { $days } días
}).
settings-problem-reuse-hours = El plazo de reutilización no puede ser más largo que la validez del enlace ({ $count ->
    [one] { $count } hora
   *[other] { $count } horas
}).
settings-problem-reuse-minutes = El plazo de reutilización no puede ser más largo que la validez del enlace ({ $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}).
settings-problem-reuse-seconds = El plazo de reutilización no puede ser más largo que la validez del enlace ({ $count ->
    [one] { $count } segundo
   *[other] { $count } segundos
}).
settings-problem-first-sign-in = Elija de { $low } a { $high } minutos ({ $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}).
settings-problem-min-password = Elija un mínimo de { $low } a { $high } caracteres.
settings-problem-no-language = Active al menos un idioma.
settings-problem-pseudo-locale = El pseudoidioma es para pruebas; el servidor lo activa con { $flag }.
settings-problem-language-twice = Active cada idioma una sola vez.
settings-problem-default = Elija el idioma predeterminado entre los idiomas activados.

## Configurar Portico

setup-title = Configurar Portico
setup-heading = Crear la primera cuenta del equipo
setup-link-missing = Esta página necesita el enlace de configuración que el servidor mostró al iniciarse.
setup-checking-link = Comprobando su enlace de configuración…
setup-name-label = Su nombre
setup-name-missing = Escriba su nombre.
setup-password-hint = Al menos { $min } caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.
setup-confirm-label = Confirmar la contraseña
setup-fields-need-attention = Algunos campos necesitan revisión.
setup-submit = Crear la cuenta
setup-submit-busy = Creando la cuenta…

## The console's frame and shared parts

console-nav-label = Consola del equipo
console-nav-clients = Clientes
console-nav-portal = Portal
console-nav-outbox = Bandeja de salida
console-nav-activity = Actividad
console-nav-api-keys = Claves de API
console-nav-webhooks = Webhooks
console-leave-question = Tiene cambios sin guardar en el texto de inicio de sesión. ¿Quiere salir sin guardar?
console-archive-warning = Se cierra su sesión en todas partes, sus enlaces para restablecer la contraseña dejan de funcionar y no puede iniciar sesión hasta que usted restaure la cuenta.
status-active = Activo
status-archived = Archivado
status-password-set = Establecida
status-password-must-choose = Debe elegir una contraseña
status-password-link-pending = Enlace pendiente
status-password-never-set = Nunca establecida
status-password-link-pending-until = Enlace para restablecer la contraseña pendiente, caduca el { $time }
pager-label = Páginas
pager-previous = Anterior
pager-next = Siguiente
pager-position = Página { $page } de { $pages }
table-region = Tabla: { $name }
secret-copied = Copiado.
secret-copy-failed = Su navegador no ha permitido copiar. Seleccione el texto y cópielo usted.

## Clients

clients-title = Clientes
clients-add = Añadir cliente
clients-search-label = Buscar por nombre o correo electrónico
clients-status-label = Estado
clients-status-all = Todos
clients-search = Buscar
clients-loading = Cargando clientes…
clients-empty = No hay clientes aquí.
clients-no-match = Ningún cliente coincide con esta búsqueda.
clients-count = { $count ->
    [one] { $count } cliente
   *[other] { $count } clientes
}
clients-caption = Clientes, por { $column ->
    [email] correo electrónico
    [last-sign-in] último inicio de sesión
   *[name] nombre
}, { $order ->
    [descending] en orden descendente
   *[ascending] en orden ascendente
}
clients-column-name = Nombre
clients-column-email = Correo electrónico
clients-column-status = Estado
clients-column-password = Contraseña
clients-column-last-sign-in = Último inicio de sesión
clients-column-actions = Acciones
clients-never = Nunca
clients-actions = Acciones
clients-actions-for = Acciones para { $name }
clients-action-send-reset = Enviar correo para restablecer
clients-action-copy-link = Copiar enlace para restablecer
clients-action-set-password = Establecer contraseña
clients-action-unarchive = Desarchivar
clients-action-archive = Archivar…
clients-unavailable-archived = archivado
clients-unavailable-no-link = ningún enlace pendiente
clients-reset-sent = Correo para restablecer la contraseña enviado a { $email }.
clients-link-copied = Enlace para restablecer la contraseña de { $name } copiado.
clients-copy-failed = Su navegador no ha permitido copiar. Abra la ficha del cliente para copiar el enlace.
clients-no-link = { $name } no tiene ningún enlace para restablecer la contraseña pendiente: envíe uno primero.
clients-archived = Se ha archivado a { $name }.
clients-restored = Se ha restaurado a { $name }.
clients-archive-question = ¿Archivar a { $name }?
clients-archive-confirm = Archivar
clients-start-title = Primeros pasos
clients-start-intro = Todavía no hay nadie en la lista. Tres primeros pasos:
clients-start-add-title = Añadir un cliente
clients-start-add-body = Recibe un correo con un enlace para elegir su contraseña.
clients-start-login-text-title = Escribir el texto de inicio de sesión
clients-start-login-text-body = Lo que leen los clientes junto al formulario de inicio de sesión: quiénes son ustedes y a quién llamar.
clients-start-login-text-open = Abrir el editor del portal
clients-start-email-title = Configurar el correo
clients-start-email-body = Hasta que el servidor tenga un relé SMTP (su ajuste --smtp-url), los correos esperan en la bandeja de salida.
clients-start-email-open = Abrir la bandeja de salida

## One client

client-title = Cliente
client-all-clients = ← Todos los clientes
client-loading = Cargando el cliente…
client-email = Correo electrónico
client-status = Estado
client-password = Contraseña
client-last-sign-in = Último inicio de sesión
client-added = Fecha de alta
client-password-must-change = Debe cambiarla en el próximo inicio de sesión
client-view-activity = Ver la actividad de este cliente
client-login-methods = Métodos de inicio de sesión
client-archived-note = No puede restablecer la contraseña de una cuenta archivada.
client-set-password = Establecer contraseña nueva
client-new-password = Contraseña nueva
client-new-password-hint = Déjelo vacío para generar una contraseña segura.
client-require-change = Exigir el cambio en el próximo inicio de sesión
client-setting-password = Guardando…
client-share-password = Compártala con el cliente ahora: no se volverá a mostrar.
client-new-password-shown = Contraseña nueva: { $password }
client-copy-password = Copiar contraseña
client-password-copied = Contraseña copiada.
client-password-copy-failed = Su navegador no ha permitido copiar.
client-send-reset = Enviar enlace para restablecer la contraseña
client-send-reset-hint = Envía al cliente por correo un enlace para elegir una contraseña nueva.
client-sending = Enviando…
client-reset-link = Enlace para restablecer la contraseña
client-copy-link = Copiar enlace
client-link-copied = Enlace copiado.
client-link-copy-failed = Su navegador no ha permitido copiar. Seleccione el enlace y cópielo usted.
client-link-sent = Enviado
client-link-same-until = Mismo enlace hasta
client-link-expires = Caduca
client-account-status = Estado de la cuenta
client-restore-hint = Al restaurar la cuenta, el cliente puede volver a iniciar sesión y restablecer su contraseña.
client-archive-hint = Al archivar la cuenta, se cierra la sesión del cliente en todas partes, sus enlaces dejan de funcionar y ya no puede iniciar sesión.
client-unarchive = Desarchivar
client-archive = Archivar

## New client

new-client-title = Añadir cliente
new-client-name = Nombre
new-client-password = Contraseña (opcional)
new-client-password-hint = Déjelo vacío y el cliente elegirá la suya mediante un enlace enviado por correo.
new-client-require-change = Exigir que restablezca la contraseña en el primer inicio de sesión
new-client-require-change-hint = Solo con contraseña: el cliente la sustituye la primera vez que inicia sesión.
new-client-send-instructions = Enviar instrucciones de contraseña por correo
new-client-message = Mensaje (opcional)
new-client-message-hint = Se incluye en el correo, encima del enlace para elegir una contraseña.
new-client-submit = Añadir cliente
new-client-submit-busy = Añadiendo cliente…

## Actividad

activity-title = Actividad
activity-one-client = Se muestran los eventos de un solo cliente.
activity-show-everyone = Mostrar los de todos
activity-back-to-client = Volver al cliente
activity-filter-label = Filtrar eventos
activity-email-label = Correo electrónico de la cuenta
activity-kind-label = Tipo de evento
activity-kind-all = Todos los eventos
activity-kind-sign-in = Inicios de sesión
activity-kind-password-reset = Restablecimientos de contraseña
activity-kind-password = Cambios de contraseña
activity-kind-mail = Correo electrónico
activity-kind-account = Cuentas
activity-kind-signed-out = Cierres de sesión
activity-kind-session = Dispositivos desconectados
activity-kind-portal = Cambios en el portal
activity-kind-api-key = Claves de API
activity-kind-webhook = Webhooks
activity-kind-human-check = Comprobaciones antirrobots
activity-filter = Filtrar
activity-export = Exportar CSV
activity-loading = Cargando la actividad…
activity-empty = Ningún evento coincide.
activity-table-name = Eventos
activity-table-caption = Eventos, los más recientes primero
activity-col-when = Cuándo
activity-col-actor = Autor
activity-col-what = Qué ocurrió
activity-col-ip = Dirección IP
activity-col-details = Detalles
activity-someone = Alguien
activity-sign-in-succeeded = { $subject } inició sesión
activity-sign-in-failed = Falló un inicio de sesión como { $subject }
activity-sign-in-throttled = Se ralentizaron los inicios de sesión como { $subject }
activity-sign-in-refused-archived = { $subject } intentó iniciar sesión, pero la cuenta está archivada
activity-signed-out = { $subject } cerró sesión
activity-staff-setup-completed = { $subject } configuró el portal
activity-login-text-changed = { $subject } cambió el texto de inicio de sesión
activity-settings-changed = { $subject } cambió la configuración del portal
activity-branding-changed = { $subject } cambió la imagen del portal
activity-reset-requested-by-staff = { $actor } envió a { $subject } un enlace para restablecer la contraseña
activity-reset-requested = { $subject } pidió un enlace para restablecer la contraseña
activity-reset-throttled = Se limitaron las solicitudes de restablecimiento para { $subject }
activity-reset-link-opened = { $subject } abrió un enlace para restablecer la contraseña
activity-reset-link-used = { $subject } eligió una contraseña nueva con un enlace para restablecerla
activity-reset-link-expired = { $subject } abrió un enlace para restablecer la contraseña que había caducado
activity-password-changed-by-staff = { $actor } estableció una contraseña nueva para { $subject }
activity-password-changed = Se cambió la contraseña de { $subject }
activity-mail-queued = Se puso en cola un correo para { $subject }
activity-mail-delivered = Se entregó un correo a { $subject }
activity-mail-failed = No se pudo entregar un correo a { $subject }
activity-account-created-by-staff = { $actor } añadió a { $subject }
activity-account-created = Se creó la cuenta de { $subject }
activity-account-archived-by-staff = { $actor } archivó a { $subject }
activity-account-archived = Se archivó la cuenta de { $subject }
activity-account-unarchived-by-staff = { $actor } restauró a { $subject }
activity-account-unarchived = Se restauró la cuenta de { $subject }
activity-mail-retried-by-staff = { $actor } reintentó un correo para { $subject }
activity-mail-retried = Se reintentó un correo para { $subject }
activity-password-change-required = { $subject } inició sesión con una contraseña establecida por el equipo y debe elegir la suya
activity-password-change-expired = { $subject } no eligió una contraseña a tiempo después de iniciar sesión
activity-password-change-refused = Se rechazó una contraseña nueva para { $subject }
activity-session-ended = { $subject } cerró la sesión de un dispositivo
activity-account-secured = { $subject } indicó que no hizo un cambio de contraseña: se cerró la sesión en todas partes
activity-api-key-created = { $subject } creó una clave de API
activity-api-key-revoked = { $subject } revocó una clave de API
activity-webhook-created = { $subject } añadió un webhook
activity-webhook-deleted = { $subject } eliminó un webhook
activity-webhook-secret-rolled = { $subject } renovó el secreto de un webhook
activity-human-check-asked = Se pidió una comprobación antirrobots antes de atender a { $subject }
activity-human-check-passed = { $subject } superó una comprobación antirrobots
activity-human-check-failed = Se rechazó una comprobación antirrobots para { $subject }

## Bandeja de salida

outbox-title = Bandeja de salida
outbox-loading = Cargando la bandeja de salida…
outbox-empty = Todavía no hay correos.
outbox-table-name = Correos
outbox-table-caption = Correos, los más recientes primero
outbox-subject = Asunto
outbox-recipient = Destinatario
outbox-queued = En cola desde
outbox-status = Estado
outbox-attempts = Intentos
outbox-last-error = Último error
outbox-status-sent = Enviado
outbox-status-failed = Fallido
outbox-status-retrying = En cola, reintentando
outbox-status-queued = En cola
outbox-email-title = Correo
outbox-back = ← Bandeja de salida
outbox-from = De
outbox-to = Para
outbox-sent-at = Enviado
outbox-retry = Reintentar
outbox-retry-queued = Puesto en cola para otro intento.
outbox-text = Texto
outbox-text-label = Texto del correo

## Claves de API

keys-title = Claves de API
keys-intro = Otros sistemas llaman a la API de automatizaciones de Portico con una clave: { $header }. Ponga a cada clave el nombre de lo que la usa y revóquela cuando deje de usarse.
keys-name-label = Nombre de la clave
keys-create = Crear clave
keys-created = Clave «{ $name }» creada. Cópiela ahora: no se volverá a mostrar.
keys-new-key = Clave nueva
keys-copy = Copiar clave
keys-revoked-notice = Clave «{ $name }» revocada. Las llamadas con ella reciben ahora un 401.
keys-loading = Cargando claves…
keys-empty = Todavía no hay claves.
keys-table-name = Claves de API
keys-table-caption = Claves de API, las más recientes primero
keys-col-name = Nombre
keys-col-key = Clave
keys-col-created = Creada
keys-col-last-used = Último uso
keys-col-status = Estado
keys-col-actions = Acciones
keys-never-used = Nunca
keys-revoked-at = Revocada el { $time }
keys-active = Activa
keys-revoke = Revocar

## Webhooks

webhooks-title = Webhooks
webhooks-intro = Portico informa a otros sistemas de lo que ocurre enviando JSON con POST a su URL. Cada entrega va firmada: la cabecera { $header } contiene { $value }, el HMAC-SHA256 de { $signed } con el secreto del webhook. Las entregas fallidas se reintentan con esperas crecientes durante aproximadamente un día.
webhooks-add-heading = Añadir un webhook
webhooks-url-label = URL del punto de conexión
webhooks-url-hint = https:// en cualquier sitio; http:// sin cifrar solo hacia esta máquina (127.0.0.1 o localhost).
webhooks-events-legend = Eventos que enviar
webhooks-event-account-created = { $event }: el equipo añadió un cliente.
webhooks-event-password-changed = { $event }: se estableció o cambió una contraseña, quienquiera que lo hiciera.
webhooks-event-reset-requested = { $event }: se envió por correo un enlace para restablecer la contraseña.
webhooks-event-reset-completed = { $event }: alguien eligió una contraseña nueva con un enlace para restablecerla.
webhooks-description-label = Descripción (opcional)
webhooks-add = Añadir webhook
webhooks-created = Webhook para { $url } añadido. Copie ahora su secreto de firma: no se volverá a mostrar.
webhooks-signing-secret = Secreto de firma
webhooks-copy-secret = Copiar secreto
webhooks-registered = Webhooks registrados
webhooks-loading = Cargando webhooks…
webhooks-empty = Todavía no hay webhooks.
webhooks-table-name = Webhooks
webhooks-table-caption = Webhooks registrados, los más antiguos primero
webhooks-endpoint = Punto de conexión
webhooks-events = Eventos
webhooks-last-delivery = Última entrega
webhooks-added = Añadido
webhooks-last-none = Ninguna todavía
webhooks-last-delivered = Entregada
webhooks-last-failed = Fallida
webhooks-last-pending = Enviando o reintentando
webhooks-status-delivered = Entregada
webhooks-status-failed = Fallida: abandonada
webhooks-status-sending = Enviando
webhooks-status-failing = Fallando: próximo intento el { $time }
webhooks-status-queued = En cola
webhooks-refresh-failed = No se pudieron actualizar las entregas: { $error } Seguimos intentándolo.
webhooks-test-queued = Evento de prueba en cola. Su entrega aparece abajo.
webhooks-retry-queued = Entrega en cola para enviarse de nuevo ahora.
webhooks-roll-confirm = ¿Crear un secreto de firma nuevo? Durante 24 horas, la cabecera Portico-Signature de cada entrega lleva un v1 con el secreto nuevo y otro con el anterior, para que el receptor pueda cambiar; debe aceptar una entrega cuando coincida cualquier v1.
webhooks-delete-confirm = ¿Eliminar este webhook y su historial de entregas? Los receptores dejarán de recibir avisos de Portico de inmediato.
webhooks-deleted = Webhook eliminado.
webhooks-webhook-title = Webhook
webhooks-back = ← Webhooks
webhooks-description = Descripción
webhooks-previous-secret = Secreto anterior
webhooks-previous-secret-until = También firma las entregas hasta el { $time }
webhooks-send-test = Enviar evento de prueba
webhooks-roll = Renovar el secreto de firma
webhooks-delete = Eliminar webhook
webhooks-rolled = Secreto de firma nuevo creado. Cópielo ahora: no se volverá a mostrar. Hasta el { $time }, las entregas se firman también con el secreto anterior, para que pueda actualizar el receptor.
webhooks-new-signing-secret = Secreto de firma nuevo
webhooks-deliveries = Entregas
webhooks-deliveries-hint = Las 50 más recientes. Abra una para ver cada intento y el cuerpo exacto enviado.
webhooks-nothing-sent = Todavía no se ha enviado nada.
webhooks-event-id = ID del evento
webhooks-delivered-at = Entregada
webhooks-attempts-label = Intentos de la entrega { $id }
webhooks-body-label = Cuerpo de la entrega { $id }
webhooks-attempt-when = Cuándo
webhooks-attempt-answer = Respuesta
webhooks-attempt-took = Duración
webhooks-attempt-detail = Detalle
webhooks-no-answer = Sin respuesta
webhooks-took = { $ms } ms
webhooks-send-again = Enviar de nuevo
webhooks-send-again-which = la entrega { $id }
