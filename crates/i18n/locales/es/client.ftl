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
