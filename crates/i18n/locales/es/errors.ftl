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

## Qué hizo una solicitud

password-changed = Se ha cambiado tu contraseña.
password-changed-signed-out = { $count ->
    [one] Se ha cambiado tu contraseña y se ha cerrado la sesión en otro dispositivo.
   *[other] Se ha cambiado tu contraseña y se ha cerrado la sesión en otros { $count } dispositivos.
}
not-me-done = Hecho. Se ha cerrado la sesión de tu cuenta en todas partes, la contraseña que se había puesto ya no funciona y hemos enviado a { $email } un enlace para elegir una nueva.
not-me-done-archived = Hecho. Se ha cerrado la sesión de tu cuenta en todas partes y su contraseña ya no funciona. La cuenta está archivada: ponte en contacto con el equipo que gestiona este portal para restaurarla.
