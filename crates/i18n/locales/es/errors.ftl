# Los mensajes de la API para las personas.

reset-confirmation = Si existe una cuenta con esa dirección, te hemos enviado un enlace para restablecer la contraseña. Caduca en { $duration }.

## Por qué se rechazó una solicitud

error-invalid-credentials = El correo electrónico o la contraseña no son correctos.
error-account-archived = Esta cuenta se ha archivado. Ponte en contacto con el equipo que gestiona este portal para restaurarla.
error-throttled = Demasiados intentos. Vuelve a intentarlo dentro de { $wait }.
wait-seconds = { $count ->
    [one] un segundo
   *[other] { $count } segundos
}
wait-minutes = { $count ->
    [one] un minuto
   *[other] { $count } minutos
}
error-unauthenticated = Inicia sesión.
error-forbidden = No tienes acceso a esto.
error-link-expired = Este enlace ha caducado.
error-link-used = Este enlace ya se ha usado.
error-reset-link-invalid = Este enlace no es válido. Puede que lo haya sustituido un enlace más reciente o que no se haya copiado entero.
error-not-me-link-invalid = Este enlace no es válido. Vuelve a abrirlo desde el correo o cópialo entero.
error-cross-site = No se aceptan solicitudes de otros sitios.
error-not-found = No encontrado.
error-password-change-required = Elige una contraseña nueva para terminar de iniciar sesión.
error-ticket-expired = Se ha agotado el tiempo de este paso. Vuelve a iniciar sesión con tu contraseña temporal para empezar de nuevo.
error-password-change-disabled = Este portal no permite que los clientes cambien aquí su contraseña. Usa «¿Has olvidado tu contraseña?» en la página de inicio de sesión.
error-payload-too-large = El cuerpo de la solicitud es demasiado grande: envía como máximo { $kib } KiB.
error-request-timeout = El cuerpo de la solicitud no llegó a tiempo. Vuelve a intentarlo.
error-unavailable = El servidor está ocupado. Vuelve a intentarlo en un momento.
error-internal = Algo ha fallado por nuestra parte. Vuelve a intentarlo.
error-fields = Hay campos que necesitan tu atención.
error-email-empty = Escribe una dirección de correo electrónico.
error-email-too-long = Usa una dirección de correo electrónico de { $max } caracteres como máximo.
error-email-invalid = Escribe una dirección de correo electrónico como nombre@example.com.
error-current-password-wrong = Esa no es tu contraseña actual.
error-setup-link-invalid = Este enlace de configuración ha caducado o ya se ha usado. Reinicia el servidor para que muestre uno nuevo.
error-language-not-offered = Este portal no ofrece ese idioma.

error-human-check-missing = Esta solicitud necesita una comprobación antibots: resuelva el reto de { $field } y vuelva a enviar la solicitud con la solución en el encabezado { $header }.
error-human-check-malformed = No se pudo leer la solución de la comprobación antibots: envíe el reto resuelto como JSON codificado en base64 en el encabezado { $header }.
error-human-check-wrong = La solución de la comprobación antibots no es correcta. Resuelva el nuevo reto.
error-human-check-expired = La comprobación antibots caducó antes de enviarse. Resuelva el nuevo reto.
error-human-check-other-action = Esa comprobación antibots se emitió para otra cosa. Resuelva el nuevo reto.
error-human-check-too-easy = Esa comprobación antibots era más fácil de lo que esta solicitud necesita ahora. Resuelva el nuevo reto.
error-human-check-replayed = Esa comprobación antibots ya se ha usado. Resuelva el nuevo reto.

## Qué hizo una solicitud

password-changed = Se ha cambiado tu contraseña.
password-changed-signed-out = { $count ->
    [one] Se ha cambiado tu contraseña y se ha cerrado la sesión en otro dispositivo.
   *[other] Se ha cambiado tu contraseña y se ha cerrado la sesión en otros { $count } dispositivos.
}
not-me-done = Hecho. Se ha cerrado la sesión de tu cuenta en todas partes, la contraseña que se había puesto ya no funciona y hemos enviado a { $email } un enlace para elegir una nueva.
not-me-done-archived = Hecho. Se ha cerrado la sesión de tu cuenta en todas partes y su contraseña ya no funciona. La cuenta está archivada: ponte en contacto con el equipo que gestiona este portal para restaurarla.

## Qué falló en un formulario del equipo o en la llamada de una automatización

# Bajo un campo: «lo» es lo que se escribió en él.
error-line-break = Escríbalo en una sola línea, sin saltos de línea.
# { $code } es el punto de código de un carácter en hexadecimal, como 202E.
error-control-character = Contiene un carácter de control invisible (U+{ $code }). Quítelo e inténtelo de nuevo.
error-name-empty = Escriba un nombre.
error-name-too-long = { $max ->
    [one] Use un nombre de { $max } carácter como máximo.
   *[other] Use un nombre de { $max } caracteres como máximo.
}
error-email-taken = Ya existe una cuenta con esta dirección de correo electrónico.
error-message-too-long = { $max ->
    [one] Limite el mensaje a { $max } carácter.
   *[other] Limite el mensaje a { $max } caracteres.
}
error-key-name-missing = Ponga a la clave el nombre de lo que la usa, como «Zapier».
error-description-too-long = { $max ->
    [one] Limite la descripción a { $max } carácter.
   *[other] Limite la descripción a { $max } caracteres.
}
error-login-text-too-long = { $chars ->
    [one] El texto de inicio de sesión tiene { $chars } carácter; el límite es { $max }.
   *[other] El texto de inicio de sesión tiene { $chars } caracteres; el límite es { $max }.
}
# { $kind } es un formato de imagen: PNG, JPEG o WebP.
error-logo-damaged = Este archivo empieza como una imagen { $kind }, pero está dañado; vuelva a exportarlo.
error-logo-pixels = { $height ->
    [one] El logotipo mide { $width } × { $height } píxel; cada lado debe medir entre 1 y { $max }.
   *[other] El logotipo mide { $width } × { $height } píxeles; cada lado debe medir entre 1 y { $max }.
}
error-webhook-url-too-long = { $max ->
    [one] La URL debe tener menos de { $max } carácter.
   *[other] La URL debe tener menos de { $max } caracteres.
}
error-webhook-url-invalid = Escriba una URL completa, como https://hooks.example.com/portico.
error-webhook-url-credentials = No incluya el nombre de usuario ni la contraseña en la URL: los receptores comprueban la firma.
error-webhook-url-fragment = Quite la parte que empieza por #: nunca se envía al receptor.
error-webhook-url-plain-http = Use https://; http:// sin cifrar solo se permite hacia esta máquina (127.0.0.1 o localhost).
error-webhook-url-https = Use una URL con https://.
error-webhook-event-unknown = No hay ningún evento llamado «{ $event }».
error-webhook-events-empty = Elija al menos un evento.
error-webhook-delivery-sending = Esta entrega se está enviando ahora mismo. Espere al resultado de este intento.
error-reset-archived = No puede restablecer la contraseña de una cuenta archivada.
error-set-password-archived = No puede establecer la contraseña de una cuenta archivada.
error-retry-not-failed = Solo se puede reintentar un mensaje cuya entrega haya fallado.
error-automation-archived = Esta cuenta está archivada: restáurela primero en la consola.
error-api-key-invalid = Envíe una clave de API válida: Authorization: Bearer KEY. El equipo crea las claves en la consola.
error-no-such-client = Ninguna cuenta de cliente tiene exactamente esta dirección de correo electrónico (se distingue entre mayúsculas y minúsculas).
error-json-required = Envíe el cuerpo de la solicitud como JSON con Content-Type: application/json.

## Qué hizo una acción del equipo

client-created = Cuenta creada correctamente.
client-created-reset-sent = Cuenta creada correctamente y correo para restablecer la contraseña enviado.
password-set = Contraseña establecida.
password-set-change-required = Contraseña establecida. El cliente debe elegir una nueva la próxima vez que inicie sesión.
reset-email-sent = Correo para restablecer la contraseña enviado.
