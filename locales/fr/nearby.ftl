# "Find help nearby": the places near the kiosk and the national lines.
# Short sentences, one idea per line.

## Home tile and screen

tile-nearby = Trouver de l'aide près d'ici
tile-nearby-hint = Lieux pour vous aider, horaires, téléphone
nearby-title = Trouver de l'aide près d'ici
nearby-all = Tous
# Shown when the kiosk has no local list of places.
nearby-none = Cette borne n'a pas encore de liste des lieux d'aide près d'ici.
nearby-ask = Demandez à l'accueil : « Où trouver de l'aide pour mes droits à la santé près d'ici ? »
nearby-no-match = Aucun lieu de ce type dans la liste de cette borne.
nearby-national = Numéros et sites nationaux
# $source: the open-data source; $date: its date.
nearby-attribution = Données : { $source } { $date }
nearby-from-result = Qui peut vous aider près d'ici

## A place

# $km: distance in kilometres; $minutes: walking time.
place-distance = { $km } km · { $minutes } min à pied
# $km: distance in kilometres (too far to walk: no walking time).
place-distance-far = { $km } km
# $time: closing time, such as 17:00.
place-open-until = Ouvert maintenant, jusqu'à { $time }
place-open = Ouvert maintenant
# $day: a day name; $time: opening time.
place-opens = Fermé. Ouvre { $day } à { $time }
place-closed = Fermé
place-hours-unknown = Horaires non connus : appelez avant d'y aller.
place-address = Adresse
place-hours = Horaires
place-phone = Téléphone
place-appointment-yes = Sur rendez-vous
place-appointment-no = Sans rendez-vous
place-free = Gratuit
place-paid = Payant
place-for-exiled = Accueille les personnes exilées
place-for-women = Accueille les femmes
place-remote-too = Aussi à distance (téléphone ou internet)
place-remote-only = Seulement à distance : pas d'accueil sur place
place-qr = Scannez pour avoir l'adresse et le téléphone sur votre téléphone.
place-closed-day = fermé
place-today = aujourd'hui
place-tomorrow = demain

## Days

day-mo = lundi
day-tu = mardi
day-we = mercredi
day-th = jeudi
day-fr = vendredi
day-sa = samedi
day-su = dimanche

## Kinds of place

kind-france-services = France Services (aide aux démarches)
kind-pimms = PIMMS (aide aux démarches)
kind-ccas = CCAS (action sociale de la mairie)
kind-cpam = Assurance Maladie (CPAM)
kind-caf = CAF
kind-social-services = Services sociaux du département
kind-pass = PASS de l'hôpital
kind-pmi = PMI (mères et enfants)
kind-cegidd = CeGIDD (dépistage)
kind-planning = Planification familiale
kind-association = Association
kind-mairie = Mairie

## National lines

national-3646-name = Assurance Maladie
national-3646-what = Vos droits à la sécurité sociale, la CSS, vos remboursements.
national-3646-hours = Souvent du lundi au vendredi, 8 h 30 - 17 h, selon le département.
national-3939-name = Allô Service Public
national-3939-what = Droit des étrangers, travail, logement, famille, justice. Pas pour l'assurance maladie, et sans accès à votre dossier.
national-3939-hours = Lundi et jeudi 8 h 30 - 18 h 15. Mardi et mercredi 8 h 30 - 13 h. Vendredi 13 h - 17 h.
national-0800-name = Sexualité, contraception, IVG
national-0800-what = Gratuit et anonyme.
national-0800-hours = Du lundi au samedi, 9 h - 20 h.
national-116117-name = Médecin de garde
national-116117-what = Pour voir un médecin le soir, la nuit ou le week-end, quand les cabinets sont fermés.
