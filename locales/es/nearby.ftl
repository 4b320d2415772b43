# "Find help nearby": the places near the kiosk and the national lines.
# Short sentences, one idea per line.

## Home tile and screen

tile-nearby = Buscar ayuda cerca de aquí
tile-nearby-hint = Lugares que le ayudan, horarios, teléfono
nearby-title = Buscar ayuda cerca de aquí
nearby-all = Todos
# Shown when the kiosk has no local list of places.
nearby-none = Esta pantalla todavía no tiene una lista de lugares de ayuda cerca de aquí.
nearby-ask = Pregunte en recepción: «¿Dónde encuentro ayuda para mis derechos de salud cerca de aquí?»
nearby-no-match = No hay ningún lugar de este tipo en la lista de esta pantalla.
nearby-national = Números y sitios web nacionales
# $source: the open-data source; $date: its date.
nearby-attribution = Datos: { $source } { $date }
nearby-from-result = Quién puede ayudarle cerca de aquí

## A place

# $km: distance in kilometres; $minutes: walking time.
place-distance = { $km } km · { $minutes } min a pie
# $km: distance in kilometres (too far to walk: no walking time).
place-distance-far = { $km } km
# $time: closing time, such as 17:00.
place-open-until = Abierto ahora, hasta las { $time }
place-open = Abierto ahora
# $day: a day name; $time: opening time.
place-opens = Cerrado. Abre { $day } a las { $time }
place-closed = Cerrado
place-hours-unknown = Horario desconocido: llame antes de ir.
place-address = Dirección
place-hours = Horario
place-phone = Teléfono
place-appointment-yes = Con cita previa
place-appointment-no = Sin cita previa
place-free = Gratis
place-paid = De pago
place-for-exiled = Recibe a personas migrantes y refugiadas
place-for-women = Recibe a mujeres
place-remote-too = También a distancia (teléfono o internet)
place-remote-only = Solo a distancia: no atiende en persona
place-qr = Escanee para tener la dirección y el teléfono en su teléfono.
place-closed-day = cerrado
place-today = hoy
place-tomorrow = mañana

## Days

day-mo = lunes
day-tu = martes
day-we = miércoles
day-th = jueves
day-fr = viernes
day-sa = sábado
day-su = domingo

## Kinds of place

kind-france-services = France Services (ayuda con trámites)
kind-pimms = PIMMS (ayuda con trámites)
kind-ccas = CCAS (servicios sociales del ayuntamiento)
kind-cpam = Assurance Maladie (CPAM)
kind-caf = CAF
kind-social-services = Servicios sociales del departamento
kind-pass = PASS del hospital
kind-pmi = PMI (madres y niños)
kind-cegidd = CeGIDD (pruebas de detección)
kind-planning = Planificación familiar
kind-association = Asociación
kind-mairie = Mairie (ayuntamiento)

## National lines

national-3646-name = Assurance Maladie
national-3646-what = Sus derechos a la sécurité sociale, la CSS, sus reembolsos.
national-3646-hours = A menudo de lunes a viernes, de 8:30 a 17:00, según el departamento.
national-3939-name = Allô Service Public
national-3939-what = Derechos de los extranjeros, trabajo, vivienda, familia, justicia. No para el seguro médico, y sin acceso a su expediente.
national-3939-hours = Lunes y jueves de 8:30 a 18:15. Martes y miércoles de 8:30 a 13:00. Viernes de 13:00 a 17:00.
national-0800-name = Sexualidad, anticoncepción, aborto (IVG)
national-0800-what = Gratis y anónimo.
national-0800-hours = De lunes a sábado, de 9:00 a 20:00.
national-116117-name = Médico de guardia
national-116117-what = Para ver a un médico por la tarde, por la noche o el fin de semana, cuando los consultorios médicos están cerrados.
