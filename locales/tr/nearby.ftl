# "Find help nearby": the places near the kiosk and the national lines.
# Short sentences, one idea per line.

## Home tile and screen

tile-nearby = Yakınınızda yardım bulun
tile-nearby-hint = Size yardım eden yerler, saatler, telefon
nearby-title = Yakınınızda yardım bulun
nearby-all = Tümü
# Shown when the kiosk has no local list of places.
nearby-none = Bu cihazda henüz yakındaki yardım yerlerinin listesi yok.
nearby-ask = Danışmaya sorun: “Sağlık haklarım için yakında nereden yardım alabilirim?”
nearby-no-match = Bu cihazın listesinde bu türde bir yer yok.
nearby-national = Ulusal telefon numaraları ve siteler
# $source: the open-data source; $date: its date.
nearby-attribution = Veriler: { $source } { $date }
nearby-from-result = Yakınınızda size kim yardım edebilir

## A place

# $km: distance in kilometres; $minutes: walking time.
place-distance = { $km } km · yürüyerek { $minutes } dk
# $km: distance in kilometres (too far to walk: no walking time).
place-distance-far = { $km } km
# $time: closing time, such as 17:00.
place-open-until = Şu an açık. Kapanış: { $time }
place-open = Şu an açık
# $day: a day name; $time: opening time.
place-opens = Kapalı. Açılış: { $day } { $time }
place-closed = Kapalı
place-hours-unknown = Çalışma saatleri bilinmiyor: gitmeden önce arayın.
place-address = Adres
place-hours = Çalışma saatleri
place-phone = Telefon
place-appointment-yes = Randevuyla
place-appointment-no = Randevusuz
place-free = Ücretsiz
place-paid = Ücretli
place-for-exiled = Göçmen ve mültecileri kabul eder
place-for-women = Kadınları kabul eder
place-remote-too = Uzaktan da (telefon ya da internet)
place-remote-only = Yalnızca uzaktan: yerinde kabul yok
place-qr = Adresi ve telefonu telefonunuza almak için kodu okutun.
place-closed-day = kapalı
place-today = bugün
place-tomorrow = yarın

## Days

day-mo = pazartesi
day-tu = salı
day-we = çarşamba
day-th = perşembe
day-fr = cuma
day-sa = cumartesi
day-su = pazar

## Kinds of place

kind-france-services = France Services (resmî işlemlere yardım)
kind-pimms = PIMMS (resmî işlemlere yardım)
kind-ccas = CCAS (belediyenin sosyal hizmetleri)
kind-cpam = Assurance Maladie (CPAM)
kind-caf = CAF (aile yardımları)
kind-social-services = Bölgenin (département) sosyal hizmetleri
kind-pass = Hastanenin PASS birimi
kind-pmi = PMI (anne ve çocuk)
kind-cegidd = CeGIDD (tarama testi)
kind-planning = Aile planlaması
kind-association = Dernek
kind-mairie = Belediye (mairie)

## National lines

national-3646-name = Assurance Maladie
national-3646-what = Sécurité sociale haklarınız, CSS, geri ödemeleriniz.
national-3646-hours = Genellikle pazartesiden cumaya, 8:30 - 17:00, bölgeye (département) göre değişir.
national-3939-name = Allô Service Public
national-3939-what = Yabancıların hakları, iş, konut, aile, adalet. Sağlık sigortası için değil; dosyanızı da göremez.
national-3939-hours = Pazartesi ve perşembe 8:30 - 18:15. Salı ve çarşamba 8:30 - 13:00. Cuma 13:00 - 17:00.
national-0800-name = Cinsellik, doğum kontrolü, kürtaj (IVG)
national-0800-what = Ücretsiz ve anonim.
national-0800-hours = Pazartesiden cumartesiye, 9:00 - 20:00.
national-116117-name = Nöbetçi doktor
national-116117-what = Muayenehaneler kapalıyken akşam, gece ya da hafta sonu bir doktora görünmek için.
