# Passerelle: every word a visitor reads. French is the source language.
# Short sentences, one idea per line, plain words.

## The language itself

# The language's own name, in its own script (language buttons, language button of the bar).
language-name = বাংলা

## The bar on every screen

bar-back = পেছনে
bar-read-aloud = স্ক্রিনের লেখা পড়ে শোনান
# Spoken only (never shown), by the physical speak button on the welcome screen:
# each offered language in turn, in that language. Pressing the button again
# while it is heard chooses the language.
speak-choose-language = বাংলার জন্য, এখনই বোতামটি আবার চাপুন।
bar-home = শুরুর পাতা
bar-language = ভাষা
# Leaves at once for the welcome screen, forgetting everything (a visitor may be watched).
bar-quick-exit = দ্রুত বের হোন

## Welcome screen (shown in every language in turn)

welcome-greeting = স্বাগতম
welcome-tagline = স্বাস্থ্য নিয়ে আপনার অধিকার, আপনার ভাষায় বুঝিয়ে বলা
welcome-touch = শুরু করতে স্ক্রিন স্পর্শ করুন

## Language picker

languages-title = আপনার ভাষা বেছে নিন

## Home screen

home-title = আমরা কীভাবে আপনাকে সাহায্য করতে পারি?
home-intro = এটি বিনামূল্যে এবং বেনামি। আমরা আপনার নাম জানতে চাই না।
tile-danger = বিপদে আছেন বা সহিংসতার শিকার
tile-danger-hint = বিনামূল্যের জরুরি নম্বর, দিনরাত

## Emergency numbers

emergency-title = জরুরি নম্বর
emergency-intro = ফোন করা বিনামূল্যে, ল্যান্ডলাইন বা মোবাইল থেকে।
emergency-15-name = SAMU: জরুরি চিকিৎসা
emergency-15-what = হঠাৎ অজ্ঞান হওয়া বা খুব অসুস্থ বোধ করা, গুরুতর আঘাত, শ্বাস নিতে কষ্ট।
emergency-17-name = পুলিশ
emergency-17-what = আপনি বিপদে আছেন। কেউ আপনাকে আক্রমণ করছে বা মারছে।
emergency-18-name = দমকল (ফায়ার সার্ভিস)
emergency-18-what = আগুন, দুর্ঘটনা।
emergency-112-name = ইউরোপের জরুরি নম্বর
emergency-112-what = যেকোনো জরুরি অবস্থা। ইউরোপীয় ইউনিয়নের সব দেশে কাজ করে।
emergency-114-name = SMS দিয়ে জরুরি সাহায্য
emergency-114-what = আপনি কথা বলতে বা শুনতে পারেন না: SMS পাঠান।
emergency-115-name = Samu social: জরুরি থাকার জায়গা
emergency-115-what = আপনার ঘুমানোর কোনো জায়গা নেই। Département অনুযায়ী দোভাষী পাওয়া যেতে পারে।
emergency-119-name = বিপদে থাকা শিশু
emergency-119-what = একটি শিশু বিপদে আছে।
emergency-3919-name = Violences Femmes Info
emergency-3919-what = নারীর প্রতি সহিংসতা: কেউ আপনার কথা শুনবে ও পরামর্শ দেবে। বেনামি। আরবি, দারি, ফারসি, তুর্কি ও অন্য ভাষাতেও, তবে সবসময় 24 ঘণ্টা নয়। বিপদে থাকলে: 17 বা 112 নম্বরে ফোন করুন।
emergency-free = বিনামূল্যে
emergency-hours-always = 24 ঘণ্টা, 7 দিন
# Hours read only from third parties, not from the service itself.
emergency-hours-to-confirm = সময় নিশ্চিত নয়
emergency-by-sms = SMS দিয়ে
# $sources: the sources (kept in French) with their dates; $verified: the date they were checked.
emergency-sources = সূত্র: { $sources }। যাচাইয়ের তারিখ: { $verified }।
