# "Find help nearby": the places near the kiosk and the national lines.
# Short sentences, one idea per line.

## Home tile and screen

tile-nearby = ኣብዚ ከባቢ ሓገዝ ርኸቡ
tile-nearby-hint = ዝሕግዙኹም ቦታታት፣ ሰዓታት ስራሕ፣ ተሌፎን
nearby-title = ኣብዚ ከባቢ ሓገዝ ርኸቡ
nearby-all = ኩሉ
# Shown when the kiosk has no local list of places.
nearby-none = እዚ መሳርሒ ገና ዝርዝር ናይ ቀረባ ቦታታት ሓገዝ የብሉን።
nearby-ask = ኣብ መቐበሊ ሕተቱ: « ኣብዚ ከባቢ ንመሰላት ጥዕናይ ሓገዝ ኣበይ ይርከብ? »
nearby-no-match = ኣብ ዝርዝር እዚ መሳርሒ ከምዚ ዓይነት ቦታ የለን።
nearby-national = ሃገራዊ ቁጽርታትን መርበባት ሓበሬታን
# $source: the open-data source; $date: its date.
nearby-attribution = ሓበሬታ: { $source } { $date }
nearby-from-result = ኣብዚ ከባቢ መን ክሕግዘኩም ይኽእል

## A place

# $km: distance in kilometres; $minutes: walking time.
place-distance = { $km } ኪ.ሜ · { $minutes } ደቒቕ ብእግሪ
# $km: distance in kilometres (too far to walk: no walking time).
place-distance-far = { $km } ኪ.ሜ
# $time: closing time, such as 17:00.
place-open-until = ሕጂ ክፉት እዩ፣ ክሳዕ ሰዓት { $time }
place-open = ሕጂ ክፉት እዩ
# $day: a day name; $time: opening time.
place-opens = ዕጹው እዩ። { $day } ሰዓት { $time } ይኽፈት።
place-closed = ዕጹው እዩ
place-hours-unknown = ሰዓታት ስራሕ ኣይፍለጥን: ቅድሚ ምኻድኩም ደውሉ።
place-address = ኣድራሻ
place-hours = ሰዓታት ስራሕ
place-phone = ተሌፎን
place-appointment-yes = ብቆጸራ
place-appointment-no = ብዘይ ቆጸራ
place-free = ብናጻ
place-paid = ብክፍሊት
place-for-exiled = ስደተኛታት ይቕበል
place-for-women = ደቂ ኣንስትዮ ይቕበል
place-remote-too = ብርሑቕ'ውን ይከኣል (ተሌፎን ወይ ኢንተርነት)
place-remote-only = ብርሑቕ ጥራይ: ኣብቲ ቦታ ብኣካል ምቕባል የለን
place-qr = ኣድራሻን ተሌፎንን ኣብ ተሌፎንኩም ንምርካብ ስካን ግበሩ።
place-closed-day = ዕጹው
place-today = ሎሚ
place-tomorrow = ጽባሕ

## Days

day-mo = ሰኑይ
day-tu = ሰሉስ
day-we = ረቡዕ
day-th = ሓሙስ
day-fr = ዓርቢ
day-sa = ቀዳም
day-su = ሰንበት

## Kinds of place

kind-france-services = France Services (ሓገዝ ኣብ ምምሕዳራዊ ጉዳያት)
kind-pimms = PIMMS (ሓገዝ ኣብ ምምሕዳራዊ ጉዳያት)
kind-ccas = CCAS (ማሕበራዊ ኣገልግሎት ምምሕዳር ከተማ)
kind-cpam = Assurance Maladie (CPAM)
kind-caf = CAF
kind-social-services = ማሕበራዊ ኣገልግሎታት ዞባ (département)
kind-pass = PASS ናይ ሆስፒታል
kind-pmi = PMI (ኣዴታትን ቆልዑን)
kind-cegidd = CeGIDD (መርመራ)
kind-planning = ምውዳብ ስድራቤት
kind-association = ማሕበር
kind-mairie = ምምሕዳር ከተማ

## National lines

national-3646-name = Assurance Maladie
national-3646-what = መሰላትኩም ናይ sécurité sociale፣ CSS፣ ዝምለሰልኩም ገንዘብ ሕክምና።
national-3646-hours = ብዙሕ ግዜ ካብ ሰኑይ ክሳዕ ዓርቢ፣ 8:30–17:00። ከከም ዞባ (département) ይፈላለ።
national-3939-name = Allô Service Public
national-3939-what = መሰላት ወጻእተኛታት፣ ስራሕ፣ መንበሪ ገዛ፣ ስድራቤት፣ ፍትሒ። ንመድሕን ሕማም ኣይኮነን፣ ፋይልኩም'ውን ክርእዩ ኣይክእሉን።
national-3939-hours = ሰኑይን ሓሙስን 8:30–18:15። ሰሉስን ረቡዕን 8:30–13:00። ዓርቢ 13:00–17:00።
national-0800-name = ጾታዊ ርክብ፣ መከላኸሊ ጥንሲ፣ ምቁራጽ ጥንሲ (IVG)
national-0800-what = ብናጻን ብዘይ ስምን።
national-0800-hours = ካብ ሰኑይ ክሳዕ ቀዳም፣ 9:00–20:00።
national-116117-name = ተረኛ ሓኪም
national-116117-what = ምሸት፣ ለይቲ ወይ ቀዳመ-ሰንበት፣ ክሊኒካት ሓካይም ዕጹዋት ምስ ዝኾኑ፣ ሓኪም ንምርኣይ።
