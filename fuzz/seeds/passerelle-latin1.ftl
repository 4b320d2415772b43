# Passerelle: every word a visitor reads. French is the source language.
# Short sentences, one idea per line, plain words.

## The language itself

# The language's own name, in its own script (language buttons, language button of the bar).
language-name = Français

## The bar on every screen

bar-back = Retour
bar-read-aloud = Lire l'écran à voix haute
# Spoken only (never shown), by the physical speak button on the welcome screen:
# each offered language in turn, in that language. Pressing the button again
# while it is heard chooses the language.
speak-choose-language = Pour le français, appuyez encore sur le bouton, maintenant.
bar-home = Accueil
bar-language = Langue
# Leaves at once for the welcome screen, forgetting everything (a visitor may be watched).
bar-quick-exit = Sortie rapide

## Welcome screen (shown in every language in turn)

welcome-greeting = Bonjour
welcome-tagline = Vos droits à la santé, expliqués dans votre langue
welcome-touch = Touchez l'écran pour commencer

## Language picker

languages-title = Choisissez votre langue

## Home screen

home-title = Comment pouvons-nous vous aider ?
home-intro = C'est gratuit et anonyme. Nous ne demandons pas votre nom.
tile-danger = En danger ou victime de violence
tile-danger-hint = Numéros d'urgence gratuits, jour et nuit

## Emergency numbers

emergency-title = Numéros d'urgence
emergency-intro = Appels gratuits, depuis un téléphone fixe ou un portable.
emergency-15-name = SAMU : urgence médicale
emergency-15-what = Malaise grave, blessure grave, difficulté à respirer.
emergency-17-name = Police
emergency-17-what = Vous êtes en danger. Quelqu'un vous attaque ou vous frappe.
emergency-18-name = Pompiers
emergency-18-what = Incendie, accident.
emergency-112-name = Numéro d'urgence européen
emergency-112-what = Toute urgence. Marche dans tous les pays de l'Union européenne.
emergency-114-name = Urgence par SMS
emergency-114-what = Vous ne pouvez pas parler ou entendre : envoyez un SMS.
emergency-115-name = Samu social : hébergement d'urgence
emergency-115-what = Vous n'avez pas d'endroit pour dormir. Un interprète est possible, selon le département.
emergency-119-name = Enfance en danger
emergency-119-what = Un enfant est en danger.
emergency-3919-name = Violences Femmes Info
emergency-3919-what = Violences contre les femmes : écoute et conseils. Anonyme. Aussi en arabe, dari, persan, turc et d'autres langues, pas toujours 24 h/24. En danger : appelez le 17 ou le 112.
emergency-free = Gratuit
emergency-hours-always = 24 h/24, 7 j/7
# Hours read only from third parties, not from the service itself.
emergency-hours-to-confirm = Horaires à confirmer
emergency-by-sms = Par SMS
# $sources: the sources (kept in French) with their dates; $verified: the date they were checked.
emergency-sources = Sources : { $sources }. Vérifié le { $verified }.
