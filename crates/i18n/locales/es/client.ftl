# Las páginas de los clientes.

## Común

email-label = Correo electrónico
email-missing = Escribe tu dirección de correo electrónico.
password-label = Contraseña
password-missing = Escribe tu contraseña.
password-show = Mostrar
password-show-name = Mostrar contraseña
password-caps-lock = Las mayúsculas están activadas.
human-check-progress = Comprobando que no eres un robot…
human-check-progress-label = Comprobando que no eres un robot
network-error = No hemos podido conectar con el servidor. Comprueba tu conexión y vuelve a intentarlo.
language-label = Idioma
back-to-sign-in = Volver a iniciar sesión

## Inicio de sesión

sign-in-title = Iniciar sesión
sign-in-submit = Iniciar sesión
sign-in-submit-busy = Iniciando sesión…
login-text-label = Sobre este portal

## ¿Has olvidado tu contraseña?

forgot-title = ¿Has olvidado tu contraseña?
forgot-intro = Escribe la dirección de correo de tu cuenta y te enviaremos un enlace para elegir una contraseña nueva.
forgot-submit = Enviarme un enlace
forgot-submit-busy = Enviando…
forgot-try-another = Probar otra dirección

## Revisa tu correo

check-email-title = Revisa tu correo
check-email-nothing = ¿No te ha llegado nada en unos minutos?
check-email-address = Comprueba la dirección que escribiste: { $address }
check-email-spam = Busca en la carpeta de spam o correo no deseado.
check-email-add-sender = Añade { $sender } a tus contactos o a tu lista de remitentes permitidos y vuelve a pedirlo.
check-email-add-our-sender = Añade nuestra dirección de envío a tus contactos o a tu lista de remitentes permitidos y vuelve a pedirlo.
loading = Cargando…
try-again = Volver a intentarlo
cancel = Cancelar
one-moment = Un momento…
checking-link = Comprobando tu enlace…
link-missing-code = Falta el código en la dirección. Vuelve a abrir el enlace desde el correo o cópialo entero.
get-new-link = Pedir un enlace nuevo
sign-in-action = Iniciar sesión

## Elegir una contraseña nueva, en cualquier lugar

new-password-label = Contraseña nueva
confirm-password-label = Confirmar la contraseña nueva
password-rules-label = Requisitos de la contraseña
password-rule-length = Al menos { $min } caracteres
password-rule-common = No estar entre las contraseñas más comunes
password-rule-email = No ser tu dirección de correo
password-rule-done = (cumplido)
password-rule-not-yet = (aún no)
passwords-differ = Las contraseñas no coinciden.
policy-too-short = Usa al menos { $min } caracteres.
policy-too-long = Usa como máximo { $max } caracteres.
policy-same-as-email = No uses tu dirección de correo como contraseña.
policy-common = Es una de las contraseñas más comunes. Elige una más difícil de adivinar.
policy-same-as-current = Elige una contraseña distinta de la actual.
setting-password = Guardando la contraseña…

## La página para restablecer la contraseña, abierta desde el correo

reset-title = Restablece tu contraseña
reset-choose-title = Elige una contraseña nueva
reset-for = Para { $email }. Cuando la guardes, tendrás la sesión iniciada aquí y se cerrará en todos los demás sitios.
reset-submit = Guardar la contraseña nueva
reset-link-expired-title = Este enlace ha caducado
reset-link-expired-body = Los enlaces para restablecer la contraseña solo sirven durante un tiempo limitado. Podemos enviarte uno nuevo a la misma dirección.
reset-send-new = Enviarme un enlace nuevo
reset-sending = Enviando…
reset-link-used-title = Este enlace ya se ha usado
reset-link-used-body = Cada enlace para restablecer la contraseña sirve una sola vez. Si elegiste una contraseña nueva con él, inicia sesión con esa contraseña.
reset-link-invalid-title = Este enlace no es válido
reset-get-new-to-retry = { $problem } Pide un enlace nuevo para volver a intentarlo.

## Elegir tu propia contraseña al iniciar sesión por primera vez

choose-title = Elige una contraseña nueva
choose-welcome = Te damos la bienvenida, { $name }. La contraseña con la que has iniciado sesión se creó para ti. Para continuar, elige la tuya en un plazo de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
choose-submit = Guardar la contraseña y continuar
choose-timed-out-title = Se ha agotado el tiempo de este paso
choose-timed-out-body = Por tu seguridad, hay que elegir una contraseña nueva en los minutos siguientes al inicio de sesión. Vuelve a iniciar sesión con la contraseña que te dieron para empezar de nuevo.
choose-sign-in-again = Iniciar sesión de nuevo
choose-nothing-body = Ahora mismo no hay ninguna contraseña que elegir aquí. Si te dieron una contraseña, inicia sesión primero con ella.
choose-go-to-sign-in = Ir a iniciar sesión
