reset-confirmation = Si existe una cuenta con esa dirección, te hemos enviado un enlace para restablecer la contraseña. Caduca en { $duration }.
