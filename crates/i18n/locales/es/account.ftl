# A signed-in client's pages: the account menu, home, changing the password, devices,
# "This wasn't me", and the pages that are not there. Only the portal and the console load
# these; the sign-in, reset and first-password pages load client.ftl alone.

## El menú de la cuenta y sus páginas

menu-change-password = Cambiar contraseña
menu-devices = Dispositivos con sesión iniciada
menu-sign-out = Cerrar sesión
menu-language = Idioma
back-to-portal = ← Volver al portal
home-title = Inicio
home-welcome = Te damos la bienvenida, { $name }
home-intro = Has iniciado sesión en { $portal }. En el menú de tu cuenta, bajo tus iniciales en la parte superior de la página, están tus datos y la opción para cerrar sesión.
change-password-title = Cambiar contraseña
change-password-disabled-link = Pedir un enlace para restablecer la contraseña
current-password-label = Contraseña actual
current-password-missing = Escribe tu contraseña actual.
sign-out-others-label = Cerrar sesión en los demás dispositivos
sign-out-others-hint = Recomendado si crees que otra persona conoce tu contraseña. En este dispositivo seguirás con la sesión iniciada.
change-password-submit = Cambiar contraseña
change-password-busy = Cambiando la contraseña…
change-password-emailed = Te hemos enviado una confirmación por correo.
devices-title = Dispositivos con sesión iniciada
devices-intro = Dónde está iniciada ahora la sesión de tu cuenta. Si no reconoces alguno, cierra su sesión y cambia tu contraseña.
devices-this-device = Este dispositivo
devices-ip = Dirección IP { $ip }
devices-signed-in = Sesión iniciada el { $time }
devices-last-active = Última actividad el { $time }
devices-sign-out = Cerrar sesión
devices-sign-out-name = en { $device } con la IP { $ip }
devices-signed-out-one = Se ha cerrado la sesión en { $device }.
devices-signed-out-others = { $count ->
    [one] Se ha cerrado la sesión en otro dispositivo.
   *[other] Se ha cerrado la sesión en otros { $count } dispositivos.
}
devices-sign-out-all = Cerrar sesión en todos los demás dispositivos

## «No fui yo», desde el correo de cambio de contraseña

not-me-title = No fui yo
not-me-intro = Alguien ha cambiado la contraseña de { $email }. Si no fuiste tú, protege la cuenta ahora:
not-me-effect-devices = se cierra la sesión en todos los dispositivos que la tengan iniciada, incluido el de quien cambió la contraseña;
not-me-effect-links = deja de funcionar cualquier enlace para restablecer la contraseña enviado antes;
not-me-effect-email = te enviamos un enlace nuevo a esta dirección para que elijas una contraseña nueva.
not-me-submit = Cerrar sesión en todas partes y enviarme un enlace
not-me-busy = Protegiendo tu cuenta…
not-me-tell = Después, cuéntale lo ocurrido al equipo que gestiona este portal.
not-me-done-title = Tu cuenta está protegida
not-me-done-body = Abre el correo nuevo y elige una contraseña que nadie más conozca.
not-me-used-body = Ya se cerró la sesión de la cuenta en todas partes y se envió un enlace para restablecer la contraseña. Si sigues sin poder entrar, pide un enlace nuevo.
not-me-get-link = Pedir un enlace para restablecer la contraseña
not-me-expired-body = Por seguridad, solo funcionaba durante una semana. Si crees que otra persona tiene tu contraseña, restablécela ahora.
not-me-reset = Restablecer mi contraseña

## Páginas que no existen

not-found-title = Página no encontrada
not-found-body = No hay nada en esta dirección. Puede que se haya movido o que el enlace esté mal escrito.
not-found-home = Ir al inicio del portal
forbidden-title = Sin acceso
forbidden-heading = Esta página es solo para el equipo
forbidden-body = Tu cuenta no tiene acceso a ella.
forbidden-home = Ir al inicio de tu portal
