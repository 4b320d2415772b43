# Passerelle: every word a visitor reads. French is the source language.
# Short sentences, one idea per line, plain words.

## The language itself

# The language's own name, in its own script (language buttons, language button of the bar).
language-name = English

## The bar on every screen

bar-back = Back
bar-read-aloud = Read the screen aloud
speak-choose-language = For English, press the button again, now.
bar-home = Home
bar-language = Language
# Leaves at once for the welcome screen, forgetting everything (a visitor may be watched).
bar-quick-exit = Quick exit

## Welcome screen (shown in every language in turn)

welcome-greeting = Hello
welcome-tagline = Your health rights, explained in your language
welcome-touch = Touch the screen to start

## Language picker

languages-title = Choose your language

## Home screen

home-title = How can we help you?
home-intro = It is free and anonymous. We do not ask for your name.
tile-danger = In danger or a victim of violence
tile-danger-hint = Free emergency numbers, day and night

## Emergency numbers

emergency-title = Emergency numbers
emergency-intro = Free calls, from a landline or a mobile phone.
emergency-15-name = SAMU: medical emergency
emergency-15-what = Fainting or feeling very unwell, serious injury, trouble breathing.
emergency-17-name = Police
emergency-17-what = You are in danger. Someone is attacking or hitting you.
emergency-18-name = Fire brigade
emergency-18-what = Fire, accident.
emergency-112-name = European emergency number
emergency-112-what = Any emergency. Works in every country of the European Union.
emergency-114-name = Emergency by text message
emergency-114-what = You cannot speak or hear: send a text message (SMS).
emergency-115-name = Samu social: emergency shelter
emergency-115-what = You have nowhere to sleep. An interpreter is possible, depending on the département.
emergency-119-name = Children in danger
emergency-119-what = A child is in danger.
emergency-3919-name = Violences Femmes Info
emergency-3919-what = Violence against women: someone to listen and advise you. Anonymous. Also in Arabic, Dari, Persian, Turkish and other languages, not always 24 hours a day. In danger: call 17 or 112.
emergency-free = Free
emergency-hours-always = 24/7
# Hours read only from third parties, not from the service itself.
emergency-hours-to-confirm = Hours to be confirmed
emergency-by-sms = By text message
# $sources: the sources (kept in French) with their dates; $verified: the date they were checked.
emergency-sources = Sources: { $sources }. Checked on { $verified }.
