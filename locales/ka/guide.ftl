# The coverage guide: questions, answers, results, the staff view.
# Short sentences, one idea per line, the next concrete step first.

## Home tiles

tile-guide = დაზღვეული ვარ? გაარკვიეთ ჩვენთან ერთად
tile-guide-hint = რამდენიმე კითხვა და პასუხი თქვენთვის
tile-guides = ჯანმრთელობის დაზღვევა მარტივად
tile-guides-hint = Sécurité sociale, CSS, mutuelle, AME, გადაუდებელი დახმარება

## Questions (one per screen)

guide-progress = კითხვა { $step } (სულ არაუმეტეს { $total })
question-has-puma = უკვე გაქვთ sécurité sociale (საბაზისო ჯანმრთელობის დაზღვევა)?
question-has-puma-hint = მაგალითად, carte Vitale ან attestation de droits (უფლებების ცნობა). AME არ არის sécurité sociale.
question-status = რა სტატუსი გაქვთ საფრანგეთში?
question-works = მუშაობთ საფრანგეთში?
question-works-hint = შრომითი ხელშეკრულებით ან ხელფასის ფურცლებით (fiches de paie).
question-months = რამდენი ხანია, რაც საფრანგეთში შეუწყვეტლივ ცხოვრობთ?
question-minor = ადამიანი, ვისაც მკურნალობა სჭირდება, 18 წლამდე ასაკისაა?
question-urgent = ახლა გჭირდებათ სამედიცინო დახმარება?
question-pregnant = ორსულად ხართ?
question-rsa = იღებთ RSA-ს?
question-household = რამდენი ადამიანი ცხოვრობს თქვენს ოჯახში?
question-household-hint = თქვენ, თქვენი მეუღლე ან პარტნიორი და 25 წლამდე შვილები, რომლებიც თქვენს კმაყოფაზე არიან.
# $amount: yearly resources ceiling in euros for the household; $household: number of people.
question-income-free = თქვენი ოჯახის 12 თვის შემოსავალი ნაკლებია, ვიდრე { $amount } €?
question-income-participation = თქვენი ოჯახის შემოსავალი ნაკლებია, ვიდრე { $amount } €?
question-income-hint = ოჯახი, სადაც { $household ->
        [one] { $household } ადამიანია
       *[other] { $household } ადამიანია
    }. ითვლება 12 თვე, რომელიც განაცხადამდე 2 თვით ადრე მთავრდება. ხელფასები, შემწეობები, პენსიები: ყველაფერი, რაც ოჯახმა მიიღო.
# For citizens of the EU, EEA or Switzerland who do not work in France.
question-eu-resources = გაქვთ საკმარისი ფული საცხოვრებლად და ჯანმრთელობის დაზღვევა?
question-eu-resources-hint = მაგალითად, პენსია ან რეგულარული შემოსავალი, და თქვენი ქვეყნის ევროპული ჯანმრთელობის დაზღვევის ბარათი ან კერძო დაზღვევა.
question-irregular-months = რამდენი ხანია, რაც აღარ გაქვთ მოქმედი ბინადრობის ნებართვა (titre de séjour) ან ვიზა?
question-irregular-months-hint = მას შემდეგ, რაც თქვენი ვიზის ან ბინადრობის ნებართვის ვადა ამოიწურა, ან რაც ჩამოხვედით, თუ ვიზა ან ბინადრობის ნებართვა არ გქონდათ.
question-employee = კერძო კომპანიაში დაქირავებით მუშაობთ?

## Answers

answer-yes = დიახ
answer-no = არა
answer-unknown = არ ვიცი
# $value: a number of people.
answer-household = { $value ->
        [one] { $value } ადამიანი
       *[other] { $value } ადამიანი
    }
answer-months-less = 3 თვე ან ნაკლები
answer-months-more = 3 თვეზე მეტი
answer-irregular-0 = 1 თვეზე ნაკლები
answer-irregular-1 = 1-დან 2 თვემდე
answer-irregular-2 = 2-დან 3 თვემდე
status-french = საფრანგეთის მოქალაქე ვარ
status-eu = ევროკავშირის ქვეყნის მოქალაქე ვარ
status-permit = მაქვს ბინადრობის ნებართვა (titre de séjour) ან récépissé
status-refugee = მაქვს ლტოლვილის სტატუსი ან დამატებითი დაცვა
status-asylum-seeker = თავშესაფრის მაძიებელი ვარ (demande d'asile)
status-temporary-protection = მაქვს დროებითი დაცვა (უკრაინიდან დევნილები)
status-student = სტუდენტი ვარ
status-no-papers = ბინადრობის საბუთები არ მაქვს
status-unknown = არ ვიცი

## Results

result-title = რისი მიღება შეგიძლიათ
result-intro = ეს შეესაბამება თქვენს პასუხებს. დაიწყეთ პირველი ნაბიჯით.
result-next = შემდეგი ნაბიჯი
result-documents = რა საბუთები წაიღოთ
result-who = ვინ დაგეხმარებათ
result-website = ოფიციალური საიტი
result-qr = დაასკანერეთ ტელეფონით, რომ ბმული შეინახოთ.
result-show-staff = აჩვენეთ რეგისტრატურაში
result-restart = თავიდან დაწყება
staff-title = რეგისტრატურის თანამშრომლებისთვის
staff-visitor-language = ვიზიტორის ენა
# $from, $to: dates; $household: people; $free, $participation: euros a year.
result-ceiling = შემოსავლის ზღვრები { $household ->
        [one] { $household } ადამიანისთვის
       *[other] { $household } ადამიანისთვის
    }: { $free } € წელიწადში (უფასო), { $participation } € წელიწადში (შენატანით). პერიოდი: { $from } – { $to }.
# $to: the last date the kiosk knows ceilings for.
result-ceiling-stale = ყურადღება: ეს ზღვრები მოქმედებდა { $to }-ის ჩათვლით. შესაძლოა, შეიცვალა. შეამოწმეთ ოფიციალურ კალკულატორში, საიტზე complementaire-sante-solidaire.gouv.fr.
result-ceiling-computed = თანხები გამოთვლილია საფრანგეთის ზღვისიქითა ტერიტორიებისთვის (outre-mer), დასაზუსტებელია.
# The monthly participation per person, by age on 1 January.
result-participation = ერთ ადამიანზე თვეში, ასაკის მიხედვით 1 იანვრის მდგომარეობით: { $a29 } € 29 წლის ჩათვლით, { $a49 } € 30–49 წლის, { $a59 } € 50–59 წლის, { $a69 } € 60–69 წლის, { $a70 } € 70 წლიდან.
# $a29 ... $a70: the reduced amounts of the régime local d'Alsace-Moselle.
result-participation-regime-local = თუ ელზას-მოზელში (Alsace-Moselle) მუშაობთ ან იქ ხართ პენსიაზე (régime local), თანხა ნაკლებია: { $a29 } € 29 წლის ჩათვლით, { $a49 } € 30–49 წლის, { $a59 } € 50–59 წლის, { $a69 } € 60–69 წლის, { $a70 } € 70 წლიდან.
# $months: the most months left before the visitor can ask for AME.
result-ame-opens = AME-ზე განაცხადის შეტანას შეძლებთ მაქსიმუმ { $months } თვეში.

## Outcomes

outcome-puma-title = Sécurité sociale (PUMa)
outcome-puma-what = ის ანაზღაურებს თქვენი მკურნალობის ხარჯების დიდ ნაწილს: ექიმი, საავადმყოფო, წამლები.
outcome-puma-next = მოითხოვეთ რეგისტრაცია ჯანმრთელობის დაზღვევის ფონდში (CPAM). თუ მუშაობთ, ამას ხშირად დამსაქმებელი აკეთებს.
outcome-puma-documents = პირადობის დამადასტურებელი საბუთი. ბინადრობის ნებართვა (titre de séjour) ან თქვენი განაცხადის დამადასტურებელი საბუთი. დაბადების მოწმობა, საჭიროების შემთხვევაში თარგმნილი. მისამართის დამადასტურებელი საბუთი ან domiciliation (საფოსტო მისამართი). RIB (საბანკო რეკვიზიტები).
outcome-puma-who = France Services, PIMMS, CCAS (მერიის სოციალური სამსახური) ან სოციალური მუშაკი დაგეხმარებათ საბუთების მომზადებაში.

outcome-puma-wait-title = Sécurité sociale საფრანგეთში 3 თვის შემდეგ
outcome-puma-wait-what = ზრდასრული თავშესაფრის მაძიებლები 3 თვე ელოდებიან. თქვენი არასრულწლოვანი შვილები (18 წლამდე) არ ელოდებიან. ლოდინის დროს საავადმყოფო ფარავს: გადაუდებელ მკურნალობას, ორსული ქალებისა და ახალშობილების მთელ მკურნალობას, აბორტს (IVG) და მკურნალობას, რომ დაავადება სხვას არ გადაედოს.
outcome-puma-wait-next = თუ მკურნალობა ახლა გჭირდებათ, მიდით სახელმწიფო საავადმყოფოს PASS-ში. საფრანგეთში 3 თვის შემდეგ მოითხოვეთ sécurité sociale CPAM-ში.
outcome-puma-wait-documents = თავშესაფრის მოთხოვნის ცნობა (attestation de demande d'asile). პირადობის დამადასტურებელი საბუთი, თუ გაქვთ. მისამართის დამადასტურებელი საბუთი ან domiciliation (საფოსტო მისამართი).
outcome-puma-wait-who = საავადმყოფოს PASS, სოციალური მუშაკი.

outcome-ame-title = სახელმწიფო სამედიცინო დახმარება (AME)
outcome-ame-what = ის იხდის თქვენი მკურნალობის ხარჯებს sécurité sociale-ის ტარიფით, ფულის წინასწარ გადახდის გარეშე. ზოგიერთ არაგადაუდებელ მკურნალობას პირველი 9 თვის განმავლობაში წინასწარი თანხმობა სჭირდება.
outcome-ame-next = პირველი განაცხადი შეიტანეთ პირადად CPAM-ში, ან აკრედიტებულ სამედიცინო ცენტრში ან ასოციაციაში. პასუხი მოდის მაქსიმუმ 2 თვეში: თუ პასუხი არ მოვიდა, ეს უარს ნიშნავს. AME მოქმედებს 1 წელი: განაახლეთ ვადის გასვლამდე 2 თვით ადრე.
outcome-ame-documents = საბუთების სია შეიცვალა 2026 წლის თებერვალში (2026 წლის 6 თებერვლის დეკრეტი). სანამ საბუთებს მოამზადებთ, ეს სია იკითხეთ CPAM-ში ან სოციალურ მუშაკთან.
outcome-ame-who = CCAS, საავადმყოფოს PASS, Comede, Médecins du Monde, სოციალური მუშაკი.

outcome-dsuv-title = გადაუდებელი მკურნალობა საავადმყოფოში
outcome-dsuv-what = AME-ის გარეშე საავადმყოფო მკურნალობს იმას, რაც გადაუდებელია: როცა თქვენი სიცოცხლე ან ჯანმრთელობა საფრთხეშია, ასევე მუცლად მყოფი ბავშვისთვის. ყველასთვის ის ასევე ფარავს ორსულობის მეთვალყურეობას, მშობიარობას, ახალშობილის მკურნალობას, აბორტს (IVG) და მკურნალობას, რომ დაავადება სხვას არ გადაედოს.
outcome-dsuv-next = მიდით სახელმწიფო საავადმყოფოს გადაუდებელი დახმარების განყოფილებაში ან PASS-ში. უთხარით, რომ ჯანმრთელობის დაზღვევა არ გაქვთ.
outcome-dsuv-documents = წაიღეთ საბუთები, რაც გაქვთ: პირადობის საბუთი, სამედიცინო დოკუმენტები.
outcome-dsuv-who = საავადმყოფოს სოციალური მუშაკი.

outcome-pass-title = საავადმყოფოს PASS
outcome-pass-what = სახელმწიფო საავადმყოფოებში PASS მკურნალობს ადამიანებს, რომლებსაც ჯანმრთელობის დაზღვევა არ აქვთ: კონსულტაციები, გამოკვლევები და საჭიროების შემთხვევაში წამლები, უფასოდ.
outcome-pass-next = მიდით უახლოეს სახელმწიფო საავადმყოფოში და მოითხოვეთ PASS. მძიმე გადაუდებელ შემთხვევაში დარეკეთ 15-ზე.
outcome-pass-documents = წაიღეთ საბუთები, რაც გაქვთ: პირადობის საბუთი, სამედიცინო დოკუმენტები.
outcome-pass-who = PASS-ის სოციალური მუშაკი დაგეხმარებათ ჯანმრთელობის დაზღვევის უფლების მიღებაში.

outcome-css-free-title = Complémentaire santé solidaire, უფასო
outcome-css-free-what = ეს არის sécurité sociale-ის დამატება თქვენი მკურნალობისთვის. თქვენი შემოსავლით ის უფასოა.
outcome-css-free-next = მოითხოვეთ ის თქვენს ameli ანგარიშში (« Mes démarches ») ან ფორმით Cerfa 12504, რომელსაც თქვენს სადაზღვევო ფონდში გაგზავნით.
outcome-css-free-documents = ხელფასის ფურცლები საჭირო არ არის: ფონდი თავად პოულობს ხელფასებს, შემწეობებს და პენსიებს. ითვლება 12 თვე, რომელიც განაცხადამდე 2 თვით ადრე მთავრდება. უფლება მოქმედებს 12 თვე: განაახლეთ ვადის გასვლამდე 2–4 თვით ადრე.
outcome-css-free-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-participation-title = Complémentaire santé solidaire, მცირე შენატანით
outcome-css-participation-what = ეს არის sécurité sociale-ის დამატება თქვენი მკურნალობისთვის. ყოველთვე იხდით მცირე თანხას თითო ადამიანზე.
outcome-css-participation-next = მოითხოვეთ ის თქვენს ameli ანგარიშში (« Mes démarches ») ან ფორმით Cerfa 12504, რომელსაც თქვენს სადაზღვევო ფონდში გაგზავნით.
outcome-css-participation-documents = ხელფასის ფურცლები საჭირო არ არის: ფონდი თავად პოულობს ხელფასებს, შემწეობებს და პენსიებს. ითვლება 12 თვე, რომელიც განაცხადამდე 2 თვით ადრე მთავრდება. უფლება მოქმედებს 12 თვე: განაახლეთ ვადის გასვლამდე 2–4 თვით ადრე.
outcome-css-participation-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-automatic-title = Complémentaire santé solidaire, ავტომატურად RSA-სთან ერთად
outcome-css-automatic-what = თუ RSA-ს იღებთ, Complémentaire santé solidaire უფასოდ გაქვთ, განაცხადის გარეშე. შეგიძლიათ უარი თქვათ მასზე.
outcome-css-automatic-next = შეამოწმეთ ის თქვენს ameli ანგარიშში ან იკითხეთ თქვენს სადაზღვევო ფონდში.
outcome-css-automatic-documents = განაცხადის შეტანა საჭირო არ არის.
outcome-css-automatic-who = CPAM, France Services, PIMMS.

outcome-mutuelle-employer-title = თქვენი დამსაქმებლის mutuelle
outcome-mutuelle-employer-what = ყველა კერძო დამსაქმებელი ვალდებულია, შესთავაზოს კომპანიის mutuelle (დამატებითი დაზღვევა) და გადაიხადოს მისი ღირებულების მინიმუმ ნახევარი.
outcome-mutuelle-employer-next = იკითხეთ პერსონალის სამსახურში ან თქვენს ხელმძღვანელთან.
outcome-mutuelle-employer-documents = სია იკითხეთ პერსონალის სამსახურში.
outcome-mutuelle-employer-who = თქვენი კომპანიის პერსონალის სამსახური.

outcome-mutuelle-title = Mutuelle (დამატებითი ჯანმრთელობის დაზღვევა)
outcome-mutuelle-what = Mutuelle იხდის იმის ნაწილს, რასაც sécurité sociale არ ანაზღაურებს. ფასი ხშირად თვეში 30-დან 100 €-მდეა.
outcome-mutuelle-next = ხელმოწერამდე შეადარეთ რამდენიმე შეთავაზება. პირველი წლის შემდეგ მისი გაუქმება ნებისმიერ დროს შეგიძლიათ.
outcome-mutuelle-documents = RIB (საბანკო რეკვიზიტები).
outcome-mutuelle-who = France Services, PIMMS.

outcome-already-covered-title = თქვენ უკვე გაქვთ sécurité sociale
outcome-already-covered-what = თქვენი საბაზისო დაზღვევა მოქმედებს. იზრუნეთ, რომ carte Vitale ან attestation de droits (უფლებების ცნობა) განახლებული გქონდეთ.
outcome-already-covered-next = შეამოწმეთ თქვენი უფლებები ameli ანგარიშში ან CPAM-ში.
outcome-already-covered-documents = თქვენი carte Vitale ან attestation de droits (უფლებების ცნობა).
outcome-already-covered-who = CPAM, France Services, PIMMS.

outcome-get-help-title = სთხოვეთ, შეამოწმონ თქვენი სიტუაცია
outcome-get-help-what = ზოგიერთი პასუხი აკლია, ან თქვენს სიტუაციას დახმარება სჭირდება: სპეციალისტს შეუძლია თქვენთან ერთად შეამოწმოს თქვენი უფლებები.
outcome-get-help-next = იკითხეთ რეგისტრატურაში, სოციალურ მუშაკთან, France Services-ში ან PIMMS-ში. ეს უფასოა.
outcome-get-help-documents = თქვენი საბუთები: პირადობის საბუთი, ბინადრობის ნებართვა (titre de séjour) ან récépissé, მისამართის დამადასტურებელი საბუთი, შემოსავლის საბუთები.
outcome-get-help-who = რეგისტრატურა, სოციალური მუშაკი, France Services, PIMMS, CCAS.

outcome-ame-later-title = სახელმწიფო სამედიცინო დახმარება (AME), მოგვიანებით
outcome-ame-later-what = AME-ის მიღება შეიძლება, როცა 3 თვეზე მეტია, რაც მოქმედი ბინადრობის ნებართვა ან ვიზა არ გაქვთ. მანამდე საავადმყოფო მკურნალობს იმას, რაც გადაუდებელია, და PASS გიღებთ.
outcome-ame-later-next = შეინახეთ საბუთები, რომლებიც ამტკიცებს, რომ საფრანგეთში ხართ: ქვითრები, წერილები, ცნობები. როცა ვადა გავა, შეიტანეთ განაცხადი CPAM-ში, ან აკრედიტებულ სამედიცინო ცენტრში ან ასოციაციაში.
outcome-ame-later-documents = საბუთების სია შეიცვალა 2026 წლის თებერვალში (2026 წლის 6 თებერვლის დეკრეტი). ეს სია იკითხეთ CPAM-ში ან სოციალურ მუშაკთან.
outcome-ame-later-who = CCAS, საავადმყოფოს PASS, Comede, Médecins du Monde, სოციალური მუშაკი.

outcome-css-later-title = Complémentaire santé solidaire, მოგვიანებით
outcome-css-later-what = ეს არის sécurité sociale-ის დამატება თქვენი მკურნალობისთვის. საჭიროა 3 თვეზე მეტი მუშაობა ან 3 თვეზე მეტი ცხოვრება საფრანგეთში.
outcome-css-later-next = როცა 3 თვეზე მეტი ხნის მუშაობა ან საფრანგეთში ცხოვრება გექნებათ, მოითხოვეთ ის ameli ანგარიშში (« Mes démarches ») ან ფორმით Cerfa 12504.
outcome-css-later-documents = ჯერჯერობით არაფერი. ფონდი თავად იპოვის თქვენს ხელფასებს და შემწეობებს.
outcome-css-later-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-protection-title = Complémentaire santé solidaire, უფასოდ 12 თვით
outcome-css-protection-what = დროებითი დაცვით თქვენ გაქვთ sécurité sociale ჩამოსვლისთანავე და უფასო Complémentaire santé solidaire 12 თვით, შემოსავლის პირობის გარეშე.
outcome-css-protection-next = CPAM-ში აჩვენეთ თქვენი autorisation provisoire de séjour (APS, ბინადრობის დროებითი ნებართვა). შემოსავლის დეკლარირება არ გჭირდებათ. 12 თვის შემდეგ იკითხეთ CPAM-ში, როგორ განაახლოთ.
outcome-css-protection-documents = თქვენი APS წარწერით « bénéficiaire de la protection temporaire » (დროებითი დაცვის მიმღები). პირადობის საბუთი. მისამართის დამადასტურებელი საბუთი ან domiciliation (საფოსტო მისამართი). RIB (საბანკო რეკვიზიტები).
outcome-css-protection-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-mayotte-title = Complémentaire santé solidaire მაიოტაზე
outcome-css-mayotte-what = მაიოტაზე ის 2024 წლიდან არსებობს. ეს არის sécurité sociale-ის დამატება თქვენი მკურნალობისთვის.
outcome-css-mayotte-next = მოითხოვეთ ის მაიოტის სოციალური დაზღვევის ფონდში (Caisse de sécurité sociale de Mayotte, CSSM).
outcome-css-mayotte-documents = სია იკითხეთ CSSM-ში. შემოსავლის ზღვრებიც იქვე უნდა დააზუსტოთ.
outcome-css-mayotte-who = CSSM, France Services, CCAS.
