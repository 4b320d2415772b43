# Passerelle: every word a visitor reads. French is the source language.
# Short sentences, one idea per line, plain words.

## The language itself

# The language's own name, in its own script (language buttons, language button of the bar).
language-name = Español

## The bar on every screen

bar-back = Volver
bar-read-aloud = Leer la pantalla en voz alta
# Spoken only (never shown), by the physical speak button on the welcome screen:
# each offered language in turn, in that language. Pressing the button again
# while it is heard chooses the language.
speak-choose-language = Para español, presione otra vez el botón, ahora.
bar-home = Inicio
bar-language = Idioma
# Leaves at once for the welcome screen, forgetting everything (a visitor may be watched).
bar-quick-exit = Salida rápida

## Welcome screen (shown in every language in turn)

welcome-greeting = Hola
welcome-tagline = Sus derechos de salud, explicados en su idioma
welcome-touch = Toque la pantalla para empezar

## Language picker

languages-title = Elija su idioma

## Home screen

home-title = ¿Cómo podemos ayudarle?
home-intro = Es gratis y anónimo. No le pedimos su nombre.
tile-danger = En peligro o víctima de violencia
tile-danger-hint = Números de emergencia gratuitos, día y noche

## Emergency numbers

emergency-title = Números de emergencia
emergency-intro = Llamadas gratuitas, desde un teléfono fijo o un móvil (celular).
emergency-15-name = SAMU: urgencia médica
emergency-15-what = Desmayo o malestar grave y repentino, herida grave, dificultad para respirar.
emergency-17-name = Policía
emergency-17-what = Usted está en peligro. Alguien le ataca o le golpea.
emergency-18-name = Bomberos
emergency-18-what = Incendio, accidente.
emergency-112-name = Número de emergencia europeo
emergency-112-what = Cualquier emergencia. Funciona en todos los países de la Unión Europea.
emergency-114-name = Emergencias por SMS
emergency-114-what = No puede hablar u oír: envíe un SMS.
emergency-115-name = Samu social: alojamiento de emergencia
emergency-115-what = No tiene dónde dormir. Puede haber un intérprete, según el departamento.
emergency-119-name = Infancia en peligro
emergency-119-what = Un niño o una niña está en peligro.
emergency-3919-name = Violences Femmes Info
emergency-3919-what = Violencia contra las mujeres: escucha y consejos. Anónimo. También en árabe, dari, persa, turco y otros idiomas, no siempre las 24 horas. Si está en peligro: llame al 17 o al 112.
emergency-free = Gratis
emergency-hours-always = 24 h, todos los días
# Hours read only from third parties, not from the service itself.
emergency-hours-to-confirm = Horario por confirmar
emergency-by-sms = Por SMS
# $sources: the sources (kept in French) with their dates; $verified: the date they were checked.
emergency-sources = Fuentes: { $sources }. Verificado el { $verified }.
