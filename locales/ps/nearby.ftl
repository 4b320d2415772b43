# "Find help nearby": the places near the kiosk and the national lines.
# Short sentences, one idea per line.

## Home tile and screen

tile-nearby = دلته نږدې مرسته ومومئ
tile-nearby-hint = د مرستې ځایونه، د کار وخت، ټیلیفون
nearby-title = دلته نږدې مرسته ومومئ
nearby-all = ټول
# Shown when the kiosk has no local list of places.
nearby-none = دا دستګاه لا دلته نږدې د مرستې د ځایونو لېست نه لري.
nearby-ask = د استقبال له مېز څخه وپوښتئ: « دلته نږدې د خپلو روغتیايي حقونو لپاره له کومه ځایه مرسته ترلاسه کړم؟ »
nearby-no-match = د دې دستګاه په لېست کې د دې ډول هېڅ ځای نشته.
nearby-national = ملي شمېرې او وېبپاڼې
# $source: the open-data source; $date: its date.
nearby-attribution = معلومات: { $source } { $date }
nearby-from-result = دلته نږدې څوک له تاسو سره مرسته کولای شي

## A place

# $km: distance in kilometres; $minutes: walking time.
place-distance = { $km } کیلومتره · { $minutes } دقیقې په پښو
# $km: distance in kilometres (too far to walk: no walking time).
place-distance-far = { $km } کیلومتره
# $time: closing time, such as 17:00.
place-open-until = اوس پرانیستی دی، تر { $time } پورې
place-open = اوس پرانیستی دی
# $day: a day name; $time: opening time.
place-opens = تړلی دی. { $day } په { $time } پرانیستل کېږي
place-closed = تړلی
place-hours-unknown = د کار وخت معلوم نه دی: مخکې له تګه زنګ ووهئ.
place-address = پته
place-hours = د کار وخت
place-phone = ټیلیفون
place-appointment-yes = له مخکې وخت اخیستلو سره
place-appointment-no = پرته له مخکې وخت اخیستلو
place-free = وړیا
place-paid = په پیسو
place-for-exiled = کډوالو ته خدمتونه وړاندې کوي
place-for-women = ښځو ته خدمتونه وړاندې کوي
place-remote-too = له لرې هم (ټیلیفون یا انټرنېټ)
place-remote-only = یوازې له لرې: په ځای کې مخامخ خدمت نشته
place-qr = سکن یې کړئ چې پته او ټیلیفون په خپل ټیلیفون کې ولرئ.
place-closed-day = تړلی
place-today = نن
place-tomorrow = سبا

## Days

day-mo = دوشنبه
day-tu = سه‌شنبه
day-we = چهارشنبه
day-th = پنجشنبه
day-fr = جمعه
day-sa = شنبه
day-su = یکشنبه

## Kinds of place

kind-france-services = France Services (په اداري کارونو کې مرسته)
kind-pimms = PIMMS (په اداري کارونو کې مرسته)
kind-ccas = CCAS (د ښاروالۍ ټولنیز خدمتونه)
kind-cpam = Assurance Maladie (CPAM)
kind-caf = CAF (د کورنۍ مالي مرستې)
kind-social-services = د ولایت (département) ټولنیز خدمتونه
kind-pass = د روغتون PASS
kind-pmi = PMI (میندې او ماشومان)
kind-cegidd = CeGIDD (معاینه)
kind-planning = د کورنۍ تنظیم
kind-association = مؤسسه
kind-mairie = ښاروالي

## National lines

national-3646-name = Assurance Maladie (روغتیايي بیمه)
national-3646-what = په sécurité sociale کې ستاسو حقونه، CSS، د درملنې د لګښتونو بېرته ورکول.
national-3646-hours = ډېری وخت له دوشنبې تر جمعې، له ۸:۳۰ تر ۱۷:۰۰ بجو، د ولایت (département) له مخې.
national-3939-name = Allô Service Public
national-3939-what = د بهرنیانو حقونه، کار، کور، کورنۍ، عدلي چارې. د روغتیايي بیمې لپاره نه، او ستاسو دوسیې ته لاسرسی نه لري.
national-3939-hours = دوشنبه او پنجشنبه له ۸:۳۰ تر ۱۸:۱۵. سه‌شنبه او چهارشنبه له ۸:۳۰ تر ۱۳:۰۰. جمعه له ۱۳:۰۰ تر ۱۷:۰۰.
national-0800-name = جنسي اړیکې، د امیندوارۍ مخنیوی، IVG (د حمل سقط)
national-0800-what = وړیا او بې نومه.
national-0800-hours = له دوشنبې تر شنبې، له ۹:۰۰ تر ۲۰:۰۰ بجو.
national-116117-name = نوکریوال ډاکټر
national-116117-what = د ماښام، شپې یا د اونۍ د رخصتۍ په ورځو کې د ډاکټر د لیدو لپاره، کله چې کلینیکونه تړلي وي.
