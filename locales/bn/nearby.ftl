# "Find help nearby": the places near the kiosk and the national lines.
# Short sentences, one idea per line.

## Home tile and screen

tile-nearby = কাছাকাছি সাহায্য খুঁজুন
tile-nearby-hint = সাহায্যের জায়গা, খোলার সময়, ফোন
nearby-title = কাছাকাছি সাহায্য খুঁজুন
nearby-all = সব
# Shown when the kiosk has no local list of places.
nearby-none = এই যন্ত্রে এখনও কাছাকাছি সাহায্যের জায়গার তালিকা নেই।
nearby-ask = রিসেপশনে জিজ্ঞেস করুন: “স্বাস্থ্য-অধিকার নিয়ে সাহায্য কাছাকাছি কোথায় পাব?”
nearby-no-match = এই যন্ত্রের তালিকায় এই ধরনের কোনো জায়গা নেই।
nearby-national = জাতীয় ফোন নম্বর ও ওয়েবসাইট
# $source: the open-data source; $date: its date.
nearby-attribution = তথ্য: { $source } { $date }
nearby-from-result = কাছাকাছি কে সাহায্য করতে পারে

## A place

# $km: distance in kilometres; $minutes: walking time.
place-distance = { $km } কিমি · হেঁটে { $minutes } মিনিট
# $km: distance in kilometres (too far to walk: no walking time).
place-distance-far = { $km } কিমি
# $time: closing time, such as 17:00.
place-open-until = এখন খোলা, { $time } পর্যন্ত
place-open = এখন খোলা
# $day: a day name; $time: opening time.
place-opens = বন্ধ। খুলবে { $day }, { $time }-এ
place-closed = বন্ধ
place-hours-unknown = খোলার সময় জানা নেই: যাওয়ার আগে ফোন করুন।
place-address = ঠিকানা
place-hours = খোলার সময়
place-phone = ফোন
place-appointment-yes = অ্যাপয়েন্টমেন্ট নিয়ে
place-appointment-no = অ্যাপয়েন্টমেন্ট ছাড়াই
place-free = বিনামূল্যে
place-paid = টাকা দিতে হয়
place-for-exiled = দেশ ছেড়ে আসা মানুষদের (অভিবাসী, শরণার্থী) সেবা দেয়
place-for-women = নারীদের সেবা দেয়
place-remote-too = ফোন বা ইন্টারনেটেও সেবা দেয়
place-remote-only = শুধু ফোন বা ইন্টারনেটে: সেখানে গিয়ে সেবা নেওয়া যায় না
place-qr = স্ক্যান করুন: ঠিকানা ও ফোন নম্বর আপনার ফোনে চলে আসবে।
place-closed-day = বন্ধ
place-today = আজ
place-tomorrow = আগামীকাল

## Days

day-mo = সোমবার
day-tu = মঙ্গলবার
day-we = বুধবার
day-th = বৃহস্পতিবার
day-fr = শুক্রবার
day-sa = শনিবার
day-su = রবিবার

## Kinds of place

kind-france-services = France Services (কাগজপত্রের কাজে সাহায্য)
kind-pimms = PIMMS (কাগজপত্রের কাজে সাহায্য)
kind-ccas = CCAS (পৌরসভার সমাজসেবা)
kind-cpam = Assurance Maladie (CPAM)
kind-caf = CAF (পারিবারিক ভাতা অফিস)
kind-social-services = Département-এর সমাজসেবা অফিস
kind-pass = হাসপাতালের PASS
kind-pmi = PMI (মা ও শিশু)
kind-cegidd = CeGIDD (রোগ পরীক্ষা)
kind-planning = পরিবার পরিকল্পনা
kind-association = স্বেচ্ছাসেবী সংস্থা (association)
kind-mairie = পৌরসভা (mairie)

## National lines

national-3646-name = Assurance Maladie
national-3646-what = Sécurité sociale ও CSS নিয়ে আপনার অধিকার, চিকিৎসার খরচ ফেরত।
national-3646-hours = সাধারণত সোমবার থেকে শুক্রবার, 8:30 - 17:00, département অনুযায়ী।
national-3939-name = Allô Service Public
national-3939-what = বিদেশিদের অধিকার, কাজ, বাসস্থান, পরিবার, আইন-আদালত। স্বাস্থ্য বিমার জন্য নয়, এবং আপনার ফাইল দেখতে পারে না।
national-3939-hours = সোমবার ও বৃহস্পতিবার 8:30 - 18:15। মঙ্গলবার ও বুধবার 8:30 - 13:00। শুক্রবার 13:00 - 17:00।
national-0800-name = যৌনতা, জন্মনিয়ন্ত্রণ, গর্ভপাত (IVG)
national-0800-what = বিনামূল্যে এবং বেনামি।
national-0800-hours = সোমবার থেকে শনিবার, 9:00 - 20:00।
national-116117-name = ডিউটিতে থাকা ডাক্তার
national-116117-what = সন্ধ্যায়, রাতে বা সপ্তাহান্তে (শনি-রবিবার) ডাক্তারের চেম্বার বন্ধ থাকলে ডাক্তার দেখানোর জন্য।
