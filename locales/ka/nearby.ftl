# "Find help nearby": the places near the kiosk and the national lines.
# Short sentences, one idea per line.

## Home tile and screen

tile-nearby = დახმარება აქვე, ახლოს
tile-nearby-hint = დახმარების ადგილები, სამუშაო საათები, ტელეფონი
nearby-title = დახმარება აქვე, ახლოს
nearby-all = ყველა
# Shown when the kiosk has no local list of places.
nearby-none = ამ ტერმინალს ჯერ არ აქვს ახლომახლო დახმარების ადგილების სია.
nearby-ask = იკითხეთ რეგისტრატურაში: „სად ვიპოვო აქ ახლოს დახმარება ჩემი ჯანმრთელობის უფლებებზე?“
nearby-no-match = ამ ტერმინალის სიაში ასეთი ადგილი არ არის.
nearby-national = ეროვნული ნომრები და საიტები
# $source: the open-data source; $date: its date.
nearby-attribution = მონაცემები: { $source } { $date }
nearby-from-result = ვინ დაგეხმარებათ აქ ახლოს

## A place

# $km: distance in kilometres; $minutes: walking time.
place-distance = { $km } კმ · { $minutes } წთ ფეხით
# $km: distance in kilometres (too far to walk: no walking time).
place-distance-far = { $km } კმ
# $time: closing time, such as 17:00.
place-open-until = ახლა ღიაა, { $time }-მდე
place-open = ახლა ღიაა
# $day: a day name; $time: opening time.
place-opens = დაკეტილია. გაიხსნება: { $day }, { $time }
place-closed = დაკეტილია
place-hours-unknown = სამუშაო საათები უცნობია: წასვლამდე დარეკეთ.
place-address = მისამართი
place-hours = სამუშაო საათები
place-phone = ტელეფონი
place-appointment-yes = წინასწარი ჩაწერით
place-appointment-no = ჩაწერის გარეშე
place-free = უფასო
place-paid = ფასიანი
place-for-exiled = იღებს მიგრანტებს და ლტოლვილებს
place-for-women = იღებს ქალებს
place-remote-too = ასევე დისტანციურად (ტელეფონით ან ინტერნეტით)
place-remote-only = მხოლოდ დისტანციურად: ადგილზე არ იღებენ
place-qr = დაასკანერეთ, რომ მისამართი და ტელეფონი თქვენს ტელეფონში გქონდეთ.
place-closed-day = დაკეტილია
place-today = დღეს
place-tomorrow = ხვალ

## Days

day-mo = ორშაბათი
day-tu = სამშაბათი
day-we = ოთხშაბათი
day-th = ხუთშაბათი
day-fr = პარასკევი
day-sa = შაბათი
day-su = კვირა

## Kinds of place

kind-france-services = France Services (დახმარება საბუთებში)
kind-pimms = PIMMS (დახმარება საბუთებში)
kind-ccas = CCAS (მერიის სოციალური სამსახური)
kind-cpam = Assurance Maladie (CPAM)
kind-caf = CAF
kind-social-services = დეპარტამენტის სოციალური სამსახური
kind-pass = საავადმყოფოს PASS
kind-pmi = PMI (დედა და ბავშვი)
kind-cegidd = CeGIDD (ტესტირება)
kind-planning = ოჯახის დაგეგმვა
kind-association = ასოციაცია
kind-mairie = მერია

## National lines

national-3646-name = Assurance Maladie
national-3646-what = თქვენი უფლებები: sécurité sociale, CSS, ხარჯების ანაზღაურება.
national-3646-hours = ხშირად ორშაბათიდან პარასკევამდე, 8:30 - 17:00, დეპარტამენტის მიხედვით.
national-3939-name = Allô Service Public
national-3939-what = უცხოელთა უფლებები, შრომა, საცხოვრებელი, ოჯახი, სასამართლო. ჯანმრთელობის დაზღვევის საკითხებზე არა. თქვენს საქმეს ვერ ხედავენ.
national-3939-hours = ორშაბათი და ხუთშაბათი 8:30 - 18:15. სამშაბათი და ოთხშაბათი 8:30 - 13:00. პარასკევი 13:00 - 17:00.
national-0800-name = სექსუალური ჯანმრთელობა, კონტრაცეფცია, აბორტი (IVG)
national-0800-what = უფასო და ანონიმური.
national-0800-hours = ორშაბათიდან შაბათამდე, 9:00 - 20:00.
national-116117-name = მორიგე ექიმი
national-116117-what = ექიმთან მისასვლელად საღამოს, ღამით ან შაბათ-კვირას, როცა ექიმების კაბინეტები დაკეტილია.
