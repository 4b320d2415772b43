# Passerelle: every word a visitor reads. French is the source language.
# Short sentences, one idea per line, plain words.

## The language itself

# The language's own name, in its own script (language buttons, language button of the bar).
language-name = Română

## The bar on every screen

bar-back = Înapoi
bar-read-aloud = Citire cu voce tare
# Spoken only (never shown), by the physical speak button on the welcome screen:
# each offered language in turn, in that language. Pressing the button again
# while it is heard chooses the language.
speak-choose-language = Pentru limba română, apăsați din nou pe buton, acum.
bar-home = Acasă
bar-language = Limba
# Leaves at once for the welcome screen, forgetting everything (a visitor may be watched).
bar-quick-exit = Ieșire rapidă

## Welcome screen (shown in every language in turn)

welcome-greeting = Bună ziua
welcome-tagline = Drepturile la sănătate, explicate în limba dumneavoastră
welcome-touch = Atingeți ecranul pentru a începe

## Language picker

languages-title = Alegeți limba

## Home screen

home-title = Cum vă putem ajuta?
home-intro = Este gratuit și anonim. Nu vă cerem numele.
tile-danger = În pericol sau victimă a violenței
tile-danger-hint = Numere de urgență gratuite, zi și noapte

## Emergency numbers

emergency-title = Numere de urgență
emergency-intro = Apeluri gratuite, de pe telefon fix sau mobil.
emergency-15-name = SAMU: urgență medicală
emergency-15-what = Leșin sau stare de rău gravă, rănire gravă, greutate la respirat.
emergency-17-name = Poliția
emergency-17-what = Sunteți în pericol. Cineva vă atacă sau vă lovește.
emergency-18-name = Pompierii
emergency-18-what = Incendiu, accident.
emergency-112-name = Numărul european de urgență
emergency-112-what = Orice urgență. Funcționează în toate țările Uniunii Europene.
emergency-114-name = Urgență prin SMS
emergency-114-what = Nu puteți vorbi sau auzi: trimiteți un SMS.
emergency-115-name = Samu social: adăpost de urgență
emergency-115-what = Nu aveți unde să dormiți. Se poate cere un interpret, în funcție de departament.
emergency-119-name = Copii în pericol
emergency-119-what = Un copil este în pericol.
emergency-3919-name = Violences Femmes Info
emergency-3919-what = Violență împotriva femeilor: cineva vă ascultă și vă sfătuiește. Anonim. Și în arabă, dari, persană, turcă și alte limbi, nu mereu 24 de ore din 24. În pericol: sunați la 17 sau la 112.
emergency-free = Gratuit
emergency-hours-always = Non-stop, 24/7
# Hours read only from third parties, not from the service itself.
emergency-hours-to-confirm = Programul trebuie confirmat
emergency-by-sms = Prin SMS
# $sources: the sources (kept in French) with their dates; $verified: the date they were checked.
emergency-sources = Surse: { $sources }. Verificat la { $verified }.
