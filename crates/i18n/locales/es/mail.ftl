# Los correos que envía Portico.

## Partes de cada correo

greeting = Hola, { $name }:
paste-link = O pega esta dirección en tu navegador: { $link }

month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-time = { $day } de { $month } de { $year }, { $hour }:{ $minute } UTC

duration-hours = { $count ->
    [one] 1 hora
   *[other] { $count } horas
}
duration-minutes = { $count ->
    [one] 1 minuto
   *[other] { $count } minutos
}
duration-seconds = { $count ->
    [one] 1 segundo
   *[other] { $count } segundos
}

## El enlace para restablecer la contraseña

reset-subject = Restablece tu contraseña de { $portal }
reset-intro = Alguien, seguramente tú, ha pedido restablecer la contraseña de tu cuenta de { $portal } ({ $email }). Elige una nueva con el enlace de abajo.
reset-button = Elegir una contraseña nueva
reset-expiry = El enlace sirve una sola vez y caduca en { $duration } ({ $when }).
reset-ignore = Si no lo has pedido tú, puedes ignorar este correo: tu contraseña sigue igual.
reset-why = { $portal } ({ $url }) te ha enviado este correo porque se pidió restablecer la contraseña de esta dirección.

## Las instrucciones de una cuenta nueva

welcome-subject = Tu cuenta de { $portal }
welcome-intro = Se ha creado una cuenta de { $portal } para ti ({ $email }). Elige tu contraseña con el enlace de abajo y después inicia sesión en { $login }.
welcome-message = Un mensaje de { $portal }:
welcome-button = Elegir tu contraseña
welcome-expiry = El enlace sirve una sola vez y caduca en { $duration } ({ $when }). Si ha caducado, pide uno nuevo con «¿Has olvidado tu contraseña?» en la página de inicio de sesión.
welcome-why = { $portal } ({ $url }) te ha enviado este correo porque su equipo ha creado una cuenta para esta dirección.

## El aviso tras cada cambio de contraseña

changed-subject = Se ha cambiado tu contraseña de { $portal }
changed-intro = Se acaba de cambiar la contraseña de tu cuenta de { $portal } ({ $email }).
changed-when = Cuándo
changed-how = Cómo
changed-ip = Dirección IP
changed-location = Ubicación aproximada
changed-device = Dispositivo
device-unrecognised = Un navegador o una aplicación no reconocidos
device-unrecognised-browser = Un navegador no reconocido
device-on = { $browser } en { $os }
changed-how-reset-link = Con un enlace para restablecerla enviado a esta dirección
changed-how-in-portal = Desde la página de la cuenta, por alguien con la sesión iniciada como tú
changed-how-staff = Por el equipo que gestiona el portal
changed-how-automation = Por una automatización conectada al portal
changed-how-first-sign-in = Al iniciar sesión por primera vez con una contraseña que fijó el equipo del portal
changed-was-you = Si fuiste tú, no tienes que hacer nada más.
changed-not-you = Si no fuiste tú, puede que alguien conozca tu contraseña o pueda leer tu correo. Usa el enlace de abajo: cierra tu sesión en todas partes y te envía un enlace para elegir una contraseña nueva. Después avisa al equipo que gestiona este portal.
changed-button = No fui yo
changed-why = { $portal } ({ $url }) envía este correo después de cada cambio de contraseña de tu cuenta, lo haga quien lo haga.
