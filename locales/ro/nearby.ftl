# "Find help nearby": the places near the kiosk and the national lines.
# Short sentences, one idea per line.

## Home tile and screen

tile-nearby = Găsiți ajutor în apropiere
tile-nearby-hint = Locuri unde vă ajută, program, telefon
nearby-title = Găsiți ajutor în apropiere
nearby-all = Toate
# Shown when the kiosk has no local list of places.
nearby-none = Acest terminal nu are încă o listă cu locurile de ajutor din apropiere.
nearby-ask = Întrebați la recepție: „Unde găsesc aici, în apropiere, ajutor pentru drepturile mele la sănătate?”
nearby-no-match = Niciun loc de acest tip în lista acestui terminal.
nearby-national = Numere și site-uri naționale
# $source: the open-data source; $date: its date.
nearby-attribution = Date: { $source } { $date }
nearby-from-result = Cine vă poate ajuta în apropiere

## A place

# $km: distance in kilometres; $minutes: walking time.
place-distance = { $km } km · { $minutes } min pe jos
# $km: distance in kilometres (too far to walk: no walking time).
place-distance-far = { $km } km
# $time: closing time, such as 17:00.
place-open-until = Deschis acum, până la { $time }
place-open = Deschis acum
# $day: a day name; $time: opening time.
place-opens = Închis. Se deschide { $day } la ora { $time }
place-closed = Închis
place-hours-unknown = Program necunoscut: sunați înainte să mergeți.
place-address = Adresă
place-hours = Program
place-phone = Telefon
place-appointment-yes = Cu programare
place-appointment-no = Fără programare
place-free = Gratuit
place-paid = Cu plată
place-for-exiled = Primește refugiați și migranți
place-for-women = Primește femei
place-remote-too = Și la distanță (telefon sau internet)
place-remote-only = Doar la distanță: nu primesc oameni la sediu
place-qr = Scanați ca să aveți adresa și numărul de telefon pe telefonul dumneavoastră.
place-closed-day = închis
place-today = azi
place-tomorrow = mâine

## Days

day-mo = luni
day-tu = marți
day-we = miercuri
day-th = joi
day-fr = vineri
day-sa = sâmbătă
day-su = duminică

## Kinds of place

kind-france-services = France Services (ajutor cu actele)
kind-pimms = PIMMS (ajutor cu actele)
kind-ccas = CCAS (serviciul social al primăriei)
kind-cpam = Assurance Maladie (CPAM)
kind-caf = CAF (alocații)
kind-social-services = Serviciile sociale ale departamentului
kind-pass = PASS din spital
kind-pmi = PMI (mame și copii)
kind-cegidd = CeGIDD (testare)
kind-planning = Planificare familială
kind-association = Asociație
kind-mairie = Primărie

## National lines

national-3646-name = Assurance Maladie
national-3646-what = Drepturile dumneavoastră la sécurité sociale, CSS, rambursările.
national-3646-hours = Adesea de luni până vineri, 8:30–17:00, în funcție de departament.
national-3939-name = Allô Service Public
national-3939-what = Drepturile străinilor, muncă, locuință, familie, justiție. Nu pentru asigurarea de sănătate și fără acces la dosarul dumneavoastră.
national-3939-hours = Luni și joi 8:30–18:15. Marți și miercuri 8:30–13:00. Vineri 13:00–17:00.
national-0800-name = Sexualitate, contracepție, avort (IVG)
national-0800-what = Gratuit și anonim.
national-0800-hours = De luni până sâmbătă, 9:00–20:00.
national-116117-name = Medic de gardă
national-116117-what = Pentru un medic seara, noaptea sau în weekend, când cabinetele medicale sunt închise.
