# Passerelle: every word a visitor reads. French is the source language.
# Short sentences, one idea per line, plain words.

## The language itself

# The language's own name, in its own script (language buttons, language button of the bar).
language-name = پښتو

## The bar on every screen

bar-back = شاته
bar-read-aloud = پاڼه په لوړ غږ لوستل
speak-choose-language = د پښتو لپاره، همدا اوس بیا تڼۍ کېکاږئ.
bar-home = لومړی مخ
bar-language = ژبه
# Leaves at once for the welcome screen, forgetting everything (a visitor may be watched).
bar-quick-exit = ژر وتل

## Welcome screen (shown in every language in turn)

welcome-greeting = سلام
welcome-tagline = ستاسو د روغتیا حقونه، په خپله ژبه تشریح شوي
welcome-touch = د پیل لپاره سکرین لمس کړئ

## Language picker

languages-title = خپله ژبه وټاکئ

## Home screen

home-title = موږ څنګه له تاسو سره مرسته کولای شو؟
home-intro = دا خدمت وړیا او بې نومه دی. موږ ستاسو نوم نه پوښتو.
tile-danger = په خطر کې یا د تاوتریخوالي قرباني
tile-danger-hint = وړیا بېړنۍ شمېرې، ورځ او شپه

## Emergency numbers

emergency-title = بېړنۍ شمېرې
emergency-intro = وړیا زنګونه، له ثابت ټیلیفون یا موبایل څخه.
emergency-15-name = SAMU: بېړنۍ طبي مرسته
emergency-15-what = بې هوښي یا ناڅاپي سخته ناروغي، سخت ټپ، په ساه اخیستلو کې ستونزه.
emergency-17-name = پولیس
emergency-17-what = تاسو په خطر کې یاست. یو څوک پر تاسو برید کوي یا تاسو وهي.
emergency-18-name = اور وژونکي
emergency-18-what = اور لګېدل، حادثه.
emergency-112-name = اروپايي بېړنۍ شمېره
emergency-112-what = د هر ډول بېړنۍ پېښې لپاره. د اروپايي اتحادیې په ټولو هېوادونو کې کار کوي.
emergency-114-name = د لنډ پیغام له لارې بېړنۍ مرسته
emergency-114-what = که خبرې نه شئ کولای یا نه اورئ: لنډ پیغام (SMS) ولېږئ.
emergency-115-name = Samu social: د اوسېدو بېړنی ځای
emergency-115-what = د ویده کېدو لپاره ځای نه لرئ. د ژباړونکي امکان هم شته، د ولایت (département) له مخې.
emergency-119-name = ماشومان په خطر کې
emergency-119-what = یو ماشوم په خطر کې دی.
emergency-3919-name = Violences Femmes Info
emergency-3919-what = د ښځو پر وړاندې تاوتریخوالی: ستاسو خبرو ته غوږ نیول او مشوره. بې نومه. په عربي، دري، فارسي، ترکي او نورو ژبو هم، خو تل ۲۴ ساعته نه. که په خطر کې یاست: 17 یا 112 ته زنګ ووهئ.
emergency-free = وړیا
emergency-hours-always = شپه او ورځ، هره ورځ
# Hours read only from third parties, not from the service itself.
emergency-hours-to-confirm = د کار وخت باید تایید شي
emergency-by-sms = د لنډ پیغام له لارې
# $sources: the sources (kept in French) with their dates; $verified: the date they were checked.
emergency-sources = سرچینې: { $sources }. د کتنې نېټه: { $verified }.
