reset-confirmation = Si un compte existe pour cette adresse, nous vous avons envoyé un lien pour réinitialiser votre mot de passe. Il expire dans { $duration }.
