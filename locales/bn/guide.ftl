# The coverage guide: questions, answers, results, the staff view.
# Short sentences, one idea per line, the next concrete step first.

## Home tiles

tile-guide = আমি কি স্বাস্থ্য বিমা পাব? ধাপে ধাপে জানুন
tile-guide-hint = কয়েকটি প্রশ্ন, আপনার জন্য একটি উত্তর
tile-guides = স্বাস্থ্য বিমার সহজ ব্যাখ্যা
tile-guides-hint = Sécurité sociale, CSS, mutuelle, AME, জরুরি চিকিৎসা

## Questions (one per screen)

guide-progress = প্রশ্ন { $step } / সর্বোচ্চ { $total }
question-has-puma = এখন কি আপনার sécurité sociale (সরকারি স্বাস্থ্য বিমা) আছে?
question-has-puma-hint = যেমন carte Vitale বা অধিকারের সনদ (attestation de droits)। AME আর sécurité sociale এক জিনিস নয়।
question-status = ফ্রান্সে আপনার অবস্থা (স্ট্যাটাস) কী?
question-works = আপনি কি ফ্রান্সে কাজ করেন?
question-works-hint = কাজের চুক্তিপত্র বা বেতনের স্লিপ (fiche de paie) আছে এমন কাজ।
question-months = কোনো বিরতি ছাড়া আপনি কত দিন ধরে ফ্রান্সে বাস করছেন?
question-minor = যার চিকিৎসা দরকার, তার বয়স কি 18 বছরের কম?
question-urgent = আপনার কি এখনই চিকিৎসা দরকার?
question-pregnant = আপনি কি গর্ভবতী?
question-rsa = আপনি কি RSA (সরকারি ভাতা) পান?
question-household = আপনার পরিবারে (foyer) কতজন থাকেন?
question-household-hint = আপনি, আপনার স্বামী/স্ত্রী বা সঙ্গী, এবং আপনার ওপর নির্ভরশীল 25 বছরের কম বয়সী সন্তানেরা।
# $amount: yearly resources ceiling in euros for the household; $household: number of people.
question-income-free = 12 মাসে আপনার পরিবারের মোট আয় কি { $amount } €-এর কম?
question-income-participation = আপনার পরিবারের মোট আয় কি { $amount } €-এর কম?
question-income-hint = { $household ->
        [one] { $household } জনের
       *[other] { $household } জনের
    } পরিবারের জন্য। আবেদনের 2 মাস আগে যে 12 মাস শেষ হয়, সেই 12 মাস। বেতন, ভাতা, পেনশন: পরিবার যা কিছু পেয়েছে, সব।
# For citizens of the EU, EEA or Switzerland who do not work in France.
question-eu-resources = আপনার কি চলার মতো যথেষ্ট টাকা এবং একটি স্বাস্থ্য বিমা আছে?
question-eu-resources-hint = যেমন পেনশন বা নিয়মিত আয়, এবং আপনার দেশের ইউরোপীয় স্বাস্থ্য বিমা কার্ড বা বেসরকারি বিমা।
question-irregular-months = কত দিন ধরে আপনার বৈধ titre de séjour (বসবাসের অনুমতিপত্র) বা ভিসা নেই?
question-irregular-months-hint = আপনার ভিসা বা titre de séjour-এর মেয়াদ শেষ হওয়ার পর থেকে, অথবা বৈধ কাগজ ছাড়া আসার দিন থেকে।
question-employee = আপনি কি কোনো বেসরকারি কোম্পানির কর্মচারী?

## Answers

answer-yes = হ্যাঁ
answer-no = না
answer-unknown = জানি না
# $value: a number of people.
answer-household = { $value ->
        [one] { $value } জন
       *[other] { $value } জন
    }
answer-months-less = 3 মাস বা তার কম
answer-months-more = 3 মাসের বেশি
answer-irregular-0 = 1 মাসের কম
answer-irregular-1 = 1 থেকে 2 মাস
answer-irregular-2 = 2 থেকে 3 মাস
status-french = আমি ফরাসি নাগরিক
status-eu = আমি ইউরোপীয় ইউনিয়নের কোনো দেশের নাগরিক
status-permit = আমার titre de séjour (বসবাসের অনুমতিপত্র) বা récépissé আছে
status-refugee = আমি শরণার্থী মর্যাদা বা protection subsidiaire পেয়েছি
status-asylum-seeker = আমি আশ্রয়প্রার্থী (demandeur d'asile)
status-temporary-protection = আমার অস্থায়ী সুরক্ষা (protection temporaire) আছে, ইউক্রেন থেকে বাস্তুচ্যুত হিসেবে
status-student = আমি শিক্ষার্থী
status-no-papers = আমার ফ্রান্সে থাকার বৈধ কাগজ নেই (sans papiers)
status-unknown = জানি না

## Results

result-title = আপনি যা পেতে পারেন
result-intro = আপনার উত্তর অনুযায়ী এগুলো আপনার জন্য। প্রথম ধাপ দিয়ে শুরু করুন।
result-next = পরের ধাপ
result-documents = যে কাগজপত্র আনতে হবে
result-who = কে সাহায্য করতে পারে
result-website = সরকারি ওয়েবসাইট
result-qr = লিংকটি রাখতে আপনার ফোন দিয়ে স্ক্যান করুন।
result-show-staff = রিসেপশনে দেখান
result-restart = আবার শুরু করুন
staff-title = রিসেপশনের কর্মীদের জন্য
staff-visitor-language = দর্শনার্থীর ভাষা
# $from, $to: dates; $household: people; $free, $participation: euros a year.
result-ceiling = { $household ->
        [one] { $household } জনের
       *[other] { $household } জনের
    } জন্য আয়ের সীমা: বছরে { $free } € (বিনামূল্যে), বছরে { $participation } € (অল্প টাকা দিয়ে)। সময়কাল: { $from } থেকে { $to }।
# $to: the last date the kiosk knows ceilings for.
result-ceiling-stale = সতর্কতা: এই আয়ের সীমা { $to } পর্যন্ত বৈধ ছিল। হয়তো বদলে গেছে। complementaire-sante-solidaire.gouv.fr ওয়েবসাইটের সরকারি হিসাব-যন্ত্রে (simulateur) যাচাই করুন।
result-ceiling-computed = ফ্রান্সের সমুদ্রপারের অঞ্চলের (outre-mer) জন্য হিসাব করা অঙ্ক, নিশ্চিত করা দরকার।
# The monthly participation per person, by age on 1 January.
result-participation = জনপ্রতি প্রতি মাসে, 1 জানুয়ারি তারিখের বয়স অনুযায়ী: 29 বছর পর্যন্ত { $a29 } €, 30 থেকে 49 বছর { $a49 } €, 50 থেকে 59 বছর { $a59 } €, 60 থেকে 69 বছর { $a69 } €, 70 বছর ও তার বেশি { $a70 } €।
# $a29 ... $a70: the reduced amounts of the régime local d'Alsace-Moselle.
result-participation-regime-local = আপনি যদি Alsace-Moselle-এ কাজ করেন বা সেখানকার অবসরপ্রাপ্ত হন (régime local), তাহলে খরচ কম: 29 বছর পর্যন্ত { $a29 } €, 30 থেকে 49 বছর { $a49 } €, 50 থেকে 59 বছর { $a59 } €, 60 থেকে 69 বছর { $a69 } €, 70 বছর ও তার বেশি { $a70 } €।
# $months: the most months left before the visitor can ask for AME.
result-ame-opens = আর সর্বোচ্চ { $months } মাস পরে আপনি AME-র জন্য আবেদন করতে পারবেন।

## Outcomes

outcome-puma-title = Sécurité sociale (PUMa): সরকারি স্বাস্থ্য বিমা
outcome-puma-what = এটি আপনার চিকিৎসার খরচের বড় অংশ ফেরত দেয়: ডাক্তার, হাসপাতাল, ওষুধ।
outcome-puma-next = স্বাস্থ্য বিমা অফিসে (CPAM) নাম নিবন্ধনের আবেদন করুন। আপনি কাজ করলে, প্রায়ই আপনার নিয়োগকর্তা এটি করে দেন।
outcome-puma-documents = পরিচয়পত্র। Titre de séjour বা আপনার আবেদনের প্রমাণ। জন্ম সনদ, দরকার হলে অনুবাদসহ। ঠিকানার প্রমাণ বা domiciliation (চিঠি পাওয়ার ঠিকানা)। RIB (ব্যাংক হিসাবের তথ্য)।
outcome-puma-who = France Services, PIMMS, CCAS (পৌরসভার সমাজসেবা) বা একজন সমাজকর্মী আপনাকে আবেদন তৈরিতে সাহায্য করেন।

outcome-puma-wait-title = ফ্রান্সে 3 মাস পরে sécurité sociale
outcome-puma-wait-what = প্রাপ্তবয়স্ক আশ্রয়প্রার্থীদের 3 মাস অপেক্ষা করতে হয়। আপনার নাবালক (18 বছরের কম) সন্তানদের অপেক্ষা করতে হয় না। অপেক্ষার সময় হাসপাতাল খরচ বহন করে: জরুরি চিকিৎসা, গর্ভবতী নারী ও নবজাতকের সব চিকিৎসা, গর্ভপাত (IVG), এবং রোগ ছড়ানো ঠেকানোর চিকিৎসা।
outcome-puma-wait-next = এখনই চিকিৎসার জন্য, কোনো সরকারি হাসপাতালের PASS-এ যান। ফ্রান্সে 3 মাস পার হলে, CPAM-এ sécurité sociale-এর আবেদন করুন।
outcome-puma-wait-documents = আশ্রয় আবেদনের প্রমাণপত্র (attestation de demande d'asile)। পরিচয়পত্র, যদি থাকে। ঠিকানার প্রমাণ বা domiciliation (চিঠি পাওয়ার ঠিকানা)।
outcome-puma-wait-who = হাসপাতালের PASS, একজন সমাজকর্মী।

outcome-ame-title = রাষ্ট্রীয় চিকিৎসা সহায়তা (AME)
outcome-ame-what = এটি sécurité sociale-এর হারে আপনার চিকিৎসার খরচ দেয়, আগে টাকা দিতে হয় না। প্রথম 9 মাসে কিছু অ-জরুরি চিকিৎসার জন্য আগে অনুমতি লাগে।
outcome-ame-next = প্রথম আবেদন নিজে গিয়ে করুন: CPAM-এ, অথবা অনুমোদিত (agréé) কোনো স্বাস্থ্যকেন্দ্র বা সংস্থায়। উত্তর আসে সর্বোচ্চ 2 মাসের মধ্যে: উত্তর না এলে, তার মানে আবেদন নাকচ। AME থাকে 1 বছর: শেষ হওয়ার 2 মাস আগে নবায়ন করুন।
outcome-ame-documents = কাগজপত্রের তালিকা ফেব্রুয়ারি 2026-এ বদলেছে (6 ফেব্রুয়ারি 2026-এর décret)। আবেদন তৈরির আগে CPAM বা একজন সমাজকর্মীর কাছে তালিকাটি চেয়ে নিন।
outcome-ame-who = CCAS, হাসপাতালের PASS, Comede, Médecins du Monde, একজন সমাজকর্মী।

outcome-dsuv-title = হাসপাতালে জরুরি চিকিৎসা
outcome-dsuv-what = AME না থাকলে, হাসপাতাল জরুরি সমস্যার চিকিৎসা করে: যখন আপনার জীবন বা স্বাস্থ্য বিপদে, এবং গর্ভের শিশুর জন্যও। সবার জন্য হাসপাতাল আরও খরচ বহন করে: গর্ভাবস্থার নিয়মিত চেকআপ, সন্তান প্রসব, নবজাতকের চিকিৎসা, গর্ভপাত (IVG), এবং রোগ ছড়ানো ঠেকানোর চিকিৎসা।
outcome-dsuv-next = সরকারি হাসপাতালের জরুরি বিভাগে (urgences) বা PASS-এ যান। বলুন যে আপনার কোনো স্বাস্থ্য বিমা নেই।
outcome-dsuv-documents = আপনার কাছে যে কাগজপত্র আছে তা আনুন: পরিচয়পত্র, চিকিৎসার কাগজপত্র।
outcome-dsuv-who = হাসপাতালের সমাজকর্মী।

outcome-pass-title = হাসপাতালের PASS
outcome-pass-what = সরকারি হাসপাতালে PASS স্বাস্থ্য বিমা নেই এমন মানুষদের চিকিৎসা করে: ডাক্তার দেখানো, পরীক্ষা, দরকার হলে ওষুধ, বিনামূল্যে।
outcome-pass-next = সবচেয়ে কাছের সরকারি হাসপাতালে গিয়ে PASS-এর খোঁজ করুন। গুরুতর জরুরি অবস্থায় 15 নম্বরে ফোন করুন।
outcome-pass-documents = আপনার কাছে যে কাগজপত্র আছে তা আনুন: পরিচয়পত্র, চিকিৎসার কাগজপত্র।
outcome-pass-who = PASS-এর সমাজকর্মী আপনাকে স্বাস্থ্য বিমার অধিকার পেতে সাহায্য করেন।

outcome-css-free-title = বিনামূল্যের Complémentaire santé solidaire
outcome-css-free-what = Sécurité sociale যে খরচ দেয় না, তার বাকিটা এটি দেয়। আপনার আয় অনুযায়ী, এটি বিনামূল্যে।
outcome-css-free-next = আপনার ameli অ্যাকাউন্টে (« Mes démarches ») আবেদন করুন, অথবা Cerfa 12504 ফর্ম পূরণ করে আপনার বিমা অফিসে (caisse) পাঠান।
outcome-css-free-documents = বেতনের স্লিপ লাগবে না: বিমা অফিস নিজেই বেতন, ভাতা ও পেনশনের তথ্য খুঁজে নেয়। আবেদনের 2 মাস আগে যে 12 মাস শেষ হয়, সেই 12 মাস ধরা হয়। অধিকার থাকে 12 মাস: শেষ হওয়ার 2 থেকে 4 মাস আগে নবায়ন করুন।
outcome-css-free-who = CPAM, France Services, PIMMS, CCAS।

outcome-css-participation-title = অল্প টাকায় Complémentaire santé solidaire
outcome-css-participation-what = Sécurité sociale যে খরচ দেয় না, তার বাকিটা এটি দেয়। প্রতি মাসে জনপ্রতি আপনাকে অল্প কিছু টাকা দিতে হয়।
outcome-css-participation-next = আপনার ameli অ্যাকাউন্টে (« Mes démarches ») আবেদন করুন, অথবা Cerfa 12504 ফর্ম পূরণ করে আপনার বিমা অফিসে (caisse) পাঠান।
outcome-css-participation-documents = বেতনের স্লিপ লাগবে না: বিমা অফিস নিজেই বেতন, ভাতা ও পেনশনের তথ্য খুঁজে নেয়। আবেদনের 2 মাস আগে যে 12 মাস শেষ হয়, সেই 12 মাস ধরা হয়। অধিকার থাকে 12 মাস: শেষ হওয়ার 2 থেকে 4 মাস আগে নবায়ন করুন।
outcome-css-participation-who = CPAM, France Services, PIMMS, CCAS।

outcome-css-automatic-title = RSA থাকলে আপনাআপনি Complémentaire santé solidaire
outcome-css-automatic-what = RSA পেলে, আবেদন ছাড়াই আপনি বিনামূল্যের Complémentaire santé solidaire পান। আপনি চাইলে এটি না-ও নিতে পারেন।
outcome-css-automatic-next = আপনার ameli অ্যাকাউন্টে দেখে নিন, অথবা আপনার বিমা অফিসে (caisse) জিজ্ঞেস করুন।
outcome-css-automatic-documents = কোনো আবেদন করতে হবে না।
outcome-css-automatic-who = CPAM, France Services, PIMMS।

outcome-mutuelle-employer-title = আপনার নিয়োগকর্তার mutuelle
outcome-mutuelle-employer-what = প্রত্যেক বেসরকারি নিয়োগকর্তাকে কোম্পানির একটি mutuelle দিতে হয় এবং তার খরচের অন্তত অর্ধেক দিতে হয়।
outcome-mutuelle-employer-next = মানবসম্পদ বিভাগে (service du personnel) বা আপনার ম্যানেজারের কাছে এটি চেয়ে নিন।
outcome-mutuelle-employer-documents = মানবসম্পদ বিভাগের কাছে তালিকা চেয়ে নিন।
outcome-mutuelle-employer-who = আপনার কোম্পানির মানবসম্পদ বিভাগ (service du personnel)।

outcome-mutuelle-title = Mutuelle (অতিরিক্ত স্বাস্থ্য বিমা)
outcome-mutuelle-what = Sécurité sociale যা ফেরত দেয় না, mutuelle তার একটি অংশ দেয়। দাম প্রায়ই মাসে 30 থেকে 100 €।
outcome-mutuelle-next = সই করার আগে কয়েকটি অফার তুলনা করুন। প্রথম বছরের পর যেকোনো সময় এটি বাতিল করতে পারেন।
outcome-mutuelle-documents = একটি RIB (ব্যাংক হিসাবের তথ্য)।
outcome-mutuelle-who = France Services, PIMMS।

outcome-already-covered-title = আপনার ইতিমধ্যে sécurité sociale আছে
outcome-already-covered-what = আপনার মূল স্বাস্থ্য বিমা চালু আছে। আপনার carte Vitale বা সনদ (attestation) হালনাগাদ রাখুন।
outcome-already-covered-next = আপনার ameli অ্যাকাউন্টে বা CPAM-এ আপনার অধিকার যাচাই করুন।
outcome-already-covered-documents = আপনার carte Vitale বা অধিকারের সনদ (attestation de droits)।
outcome-already-covered-who = CPAM, France Services, PIMMS।

outcome-get-help-title = আপনার অবস্থা যাচাই করিয়ে নিন
outcome-get-help-what = কিছু উত্তর নেই, অথবা আপনার অবস্থায় সাহায্য দরকার: একজন মানুষ আপনার সঙ্গে বসে আপনার অধিকার যাচাই করতে পারেন।
outcome-get-help-next = রিসেপশনে, কোনো সমাজকর্মীকে, France Services-এ বা কোনো PIMMS-এ জিজ্ঞেস করুন। এটি বিনামূল্যে।
outcome-get-help-documents = আপনার কাগজপত্র: পরিচয়পত্র, titre de séjour বা récépissé, ঠিকানার প্রমাণ, আয়ের কাগজ।
outcome-get-help-who = রিসেপশন, একজন সমাজকর্মী, France Services, PIMMS, CCAS।

outcome-ame-later-title = রাষ্ট্রীয় চিকিৎসা সহায়তা (AME), পরে
outcome-ame-later-what = বৈধ titre de séjour বা ভিসা ছাড়া 3 মাসের বেশি সময় পার হলে, তখন AME পাওয়া যায়। ততদিন হাসপাতাল জরুরি সমস্যার চিকিৎসা করে, এবং PASS আপনাকে দেখে।
outcome-ame-later-next = ফ্রান্সে আপনার থাকার প্রমাণ রেখে দিন: বিল, চিঠি, সনদ (attestation)। সময় পার হলে, CPAM-এ, অথবা অনুমোদিত কোনো স্বাস্থ্যকেন্দ্র বা সংস্থায় আবেদন করুন।
outcome-ame-later-documents = কাগজপত্রের তালিকা ফেব্রুয়ারি 2026-এ বদলেছে (6 ফেব্রুয়ারি 2026-এর décret)। CPAM বা একজন সমাজকর্মীর কাছে তালিকাটি চেয়ে নিন।
outcome-ame-later-who = CCAS, হাসপাতালের PASS, Comede, Médecins du Monde, একজন সমাজকর্মী।

outcome-css-later-title = Complémentaire santé solidaire, পরে
outcome-css-later-what = Sécurité sociale যে খরচ দেয় না, তার বাকিটা এটি দেয়। এর জন্য 3 মাসের বেশি কাজ, অথবা ফ্রান্সে 3 মাসের বেশি বসবাস লাগে।
outcome-css-later-next = যখন আপনার 3 মাসের বেশি কাজ বা ফ্রান্সে বসবাস হবে, তখন আপনার ameli অ্যাকাউন্টে (« Mes démarches ») বা Cerfa 12504 ফর্ম দিয়ে আবেদন করুন।
outcome-css-later-documents = এখন কিছু লাগবে না। বিমা অফিস (caisse) নিজেই আপনার বেতন ও ভাতার তথ্য খুঁজে নেবে।
outcome-css-later-who = CPAM, France Services, PIMMS, CCAS।

outcome-css-protection-title = 12 মাস বিনামূল্যে Complémentaire santé solidaire
outcome-css-protection-what = অস্থায়ী সুরক্ষা (protection temporaire) থাকলে, আপনি আসার দিন থেকেই sécurité sociale পান, আর 12 মাস বিনামূল্যে Complémentaire santé solidaire পান, আয়ের কোনো শর্ত ছাড়া।
outcome-css-protection-next = CPAM-এ আপনার অস্থায়ী থাকার অনুমতিপত্র (autorisation provisoire de séjour, APS) দেখান। আপনার আয়ের তথ্য দিতে হবে না। 12 মাস পরে, কীভাবে নবায়ন করবেন তা CPAM-এ জিজ্ঞেস করুন।
outcome-css-protection-documents = আপনার APS, যাতে « bénéficiaire de la protection temporaire » লেখা আছে। পরিচয়পত্র। ঠিকানার প্রমাণ বা domiciliation (চিঠি পাওয়ার ঠিকানা)। RIB (ব্যাংক হিসাবের তথ্য)।
outcome-css-protection-who = CPAM, France Services, PIMMS, CCAS।

outcome-css-mayotte-title = Mayotte-এ Complémentaire santé solidaire
outcome-css-mayotte-what = Mayotte-এ এটি 2024 সাল থেকে আছে। Sécurité sociale যে খরচ দেয় না, তার বাকিটা এটি দেয়।
outcome-css-mayotte-next = Caisse de sécurité sociale de Mayotte (CSSM)-এ আবেদন করুন।
outcome-css-mayotte-documents = CSSM-এর কাছে কাগজপত্রের তালিকা চেয়ে নিন। এর আয়ের সীমা CSSM-এর কাছে নিশ্চিত হয়ে নিতে হবে।
outcome-css-mayotte-who = CSSM, France Services, CCAS।
