# "Find help nearby": the places near the kiosk and the national lines.
# Short sentences, one idea per line.

## Home tile and screen

tile-nearby = کمک در نزدیکی اینجا پیدا کنید
tile-nearby-hint = جاهایی برای کمک به شما، ساعات کاری، تیلفون
nearby-title = کمک در نزدیکی اینجا پیدا کنید
nearby-all = همه
# Shown when the kiosk has no local list of places.
nearby-none = این دستگاه هنوز فهرست جاهای کمک در نزدیکی اینجا را ندارد.
nearby-ask = از میز پذیرش بپرسید: « در نزدیکی اینجا، برای حقوق صحی خود از کجا کمک بگیرم؟ »
nearby-no-match = هیچ جایی از این نوع در فهرست این دستگاه نیست.
nearby-national = شماره‌ها و ویب‌سایت‌های سراسری
# $source: the open-data source; $date: its date.
nearby-attribution = معلومات: { $source } { $date }
nearby-from-result = کی در نزدیکی اینجا به شما کمک کرده می‌تواند

## A place

# $km: distance in kilometres; $minutes: walking time.
place-distance = { $km } کیلومتر · { $minutes } دقیقه پیاده
# $km: distance in kilometres (too far to walk: no walking time).
place-distance-far = { $km } کیلومتر
# $time: closing time, such as 17:00.
place-open-until = حالا باز است، تا ساعت { $time }
place-open = حالا باز است
# $day: a day name; $time: opening time.
place-opens = بسته است. { $day } ساعت { $time } باز می‌شود
place-closed = بسته
place-hours-unknown = ساعات کاری معلوم نیست: پیش از رفتن زنگ بزنید.
place-address = آدرس
place-hours = ساعات کاری
place-phone = تیلفون
place-appointment-yes = با وقت ملاقات قبلی
place-appointment-no = بدون وقت ملاقات
place-free = رایگان
place-paid = پولی
place-for-exiled = مهاجران و پناهندگان را می‌پذیرد
place-for-women = زنان را می‌پذیرد
place-remote-too = از راه دور هم (تیلفون یا انترنت)
place-remote-only = فقط از راه دور: پذیرش حضوری ندارد
place-qr = اسکن کنید تا آدرس و تیلفون را در تیلفون خود داشته باشید.
place-closed-day = بسته
place-today = امروز
place-tomorrow = فردا

## Days

day-mo = دوشنبه
day-tu = سه‌شنبه
day-we = چهارشنبه
day-th = پنجشنبه
day-fr = جمعه
day-sa = شنبه
day-su = یکشنبه

## Kinds of place

kind-france-services = France Services (کمک در کارهای اداری)
kind-pimms = PIMMS (کمک در کارهای اداری)
kind-ccas = CCAS (خدمات اجتماعی شاروالی)
kind-cpam = Assurance Maladie (CPAM)
kind-caf = CAF (کمک‌های مالی خانواده)
kind-social-services = خدمات اجتماعی ولایت (département)
kind-pass = PASS شفاخانه
kind-pmi = PMI (مادران و اطفال)
kind-cegidd = CeGIDD (تست)
kind-planning = تنظیم خانواده
kind-association = موسسه
kind-mairie = شاروالی

## National lines

national-3646-name = Assurance Maladie (بیمه صحی)
national-3646-what = حقوق شما در sécurité sociale، CSS، پس‌گرفتن مصارف تداوی.
national-3646-hours = اکثراً از دوشنبه تا جمعه، ساعت ۸:۳۰ تا ۱۷:۰۰، نظر به ولایت (département).
national-3939-name = Allô Service Public
national-3939-what = حقوق اتباع خارجی، کار، مسکن، خانواده، امور قضایی. نه برای بیمه صحی، و به دوسیه شما دسترسی ندارند.
national-3939-hours = دوشنبه و پنجشنبه ۸:۳۰ تا ۱۸:۱۵. سه‌شنبه و چهارشنبه ۸:۳۰ تا ۱۳:۰۰. جمعه ۱۳:۰۰ تا ۱۷:۰۰.
national-0800-name = مسائل جنسی، جلوگیری از حاملگی، IVG (سقط جنین)
national-0800-what = رایگان و ناشناس.
national-0800-hours = از دوشنبه تا شنبه، ساعت ۹:۰۰ تا ۲۰:۰۰.
national-116117-name = داکتر نوکریوال
national-116117-what = برای دیدن داکتر در شام، شب یا آخر هفته، وقتی که کلینیک‌ها بسته هستند.
