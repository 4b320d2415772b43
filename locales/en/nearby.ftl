# "Find help nearby": the places near the kiosk and the national lines.
# Short sentences, one idea per line.

## Home tile and screen

tile-nearby = Find help nearby
tile-nearby-hint = Places that can help you, opening hours, phone
nearby-title = Find help nearby
nearby-all = All
# Shown when the kiosk has no local list of places.
nearby-none = This kiosk does not have a list of help places nearby yet.
nearby-ask = Ask at reception: “Where can I get help with my health rights near here?”
nearby-no-match = No place of this kind in this kiosk's list.
nearby-national = National phone numbers and websites
# $source: the open-data source; $date: its date.
nearby-attribution = Data: { $source } { $date }
nearby-from-result = Who can help you nearby

## A place

# $km: distance in kilometres; $minutes: walking time.
place-distance = { $km } km · { $minutes } min walk
# $km: distance in kilometres (too far to walk: no walking time).
place-distance-far = { $km } km
# $time: closing time, such as 17:00.
place-open-until = Open now, until { $time }
place-open = Open now
# $day: a day name; $time: opening time.
place-opens = Closed. Opens { $day } at { $time }
place-closed = Closed
place-hours-unknown = Opening hours unknown: call before you go.
place-address = Address
place-hours = Opening hours
place-phone = Phone
place-appointment-yes = By appointment
place-appointment-no = No appointment needed
place-free = Free
place-paid = You have to pay
place-for-exiled = Welcomes refugees and migrants
place-for-women = Welcomes women
place-remote-too = Also by phone or internet
place-remote-only = Only by phone or internet: you cannot go there in person
place-qr = Scan to get the address and phone number on your phone.
place-closed-day = closed
place-today = today
place-tomorrow = tomorrow

## Days

day-mo = Monday
day-tu = Tuesday
day-we = Wednesday
day-th = Thursday
day-fr = Friday
day-sa = Saturday
day-su = Sunday

## Kinds of place

kind-france-services = France Services (help with paperwork)
kind-pimms = PIMMS (help with paperwork)
kind-ccas = CCAS (town social services)
kind-cpam = Assurance Maladie (CPAM)
kind-caf = CAF
kind-social-services = Département social services
kind-pass = Hospital PASS
kind-pmi = PMI (mothers and children)
kind-cegidd = CeGIDD (testing)
kind-planning = Family planning
kind-association = Non-profit association
kind-mairie = Town hall

## National lines

national-3646-name = Assurance Maladie
national-3646-what = Your sécurité sociale rights, the CSS, your refunds.
national-3646-hours = Often Monday to Friday, 8:30–17:00, depending on the département.
national-3939-name = Allô Service Public
national-3939-what = Rights of foreigners, work, housing, family, justice. Not for health insurance, and no access to your file.
national-3939-hours = Monday and Thursday 8:30–18:15. Tuesday and Wednesday 8:30–13:00. Friday 13:00–17:00.
national-0800-name = Sexuality, contraception, abortion (IVG)
national-0800-what = Free and anonymous.
national-0800-hours = Monday to Saturday, 9:00–20:00.
national-116117-name = Doctor on call
national-116117-what = To see a doctor in the evening, at night or at the weekend, when doctors' offices are closed.
