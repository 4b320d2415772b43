# The coverage guide: questions, answers, results, the staff view.
# Short sentences, one idea per line, the next concrete step first.

## Home tiles

tile-guide = Sağlık güvencem var mı? Size yol gösterelim
tile-guide-hint = Birkaç soru, size özel bir yanıt
tile-guides = Sağlık güvencesi hakkında bilgi
tile-guides-hint = Sécurité sociale, CSS, mutuelle, AME, acil tedavi

## Questions (one per screen)

guide-progress = Soru { $step } (en fazla { $total } soru)
question-has-puma = Sécurité sociale (Fransa'nın genel sağlık sigortası) kaydınız zaten var mı?
question-has-puma-hint = Örneğin bir carte Vitale (sağlık kartı) ya da attestation de droits (sigorta hak belgesi). AME (Devlet Sağlık Yardımı), sécurité sociale değildir.
question-status = Fransa'daki durumunuz nedir?
question-works = Fransa'da çalışıyor musunuz?
question-works-hint = İş sözleşmesiyle ya da maaş bordrosuyla.
question-months = Ne kadar zamandır Fransa'da ara vermeden yaşıyorsunuz?
question-minor = Tedaviye ihtiyacı olan kişi 18 yaşından küçük mü?
question-urgent = Şu anda tedaviye ihtiyacınız var mı?
question-pregnant = Hamile misiniz?
question-rsa = RSA (asgari gelir yardımı) alıyor musunuz?
question-household = Hanenizde kaç kişi yaşıyor?
question-household-hint = Siz, eşiniz ya da partneriniz, ve bakmakla yükümlü olduğunuz 25 yaşından küçük çocuklarınız.
# $amount: yearly resources ceiling in euros for the household; $household: number of people.
question-income-free = Hanenizin 12 aylık geliri { $amount } € tutarından az mı?
question-income-participation = Hanenizin geliri { $amount } € tutarından az mı?
question-income-hint = { $household ->
        [one] { $household } kişilik
       *[other] { $household } kişilik
    } bir hane için. Başvurudan 2 ay önce biten 12 ay. Maaş, sosyal yardım, emekli maaşı: hanenin aldığı her şey.
# For citizens of the EU, EEA or Switzerland who do not work in France.
question-eu-resources = Geçinmeye yetecek paranız ve bir sağlık sigortanız var mı?
question-eu-resources-hint = Örneğin bir emekli maaşı ya da düzenli bir gelir, ve kendi ülkenizin Avrupa Sağlık Sigortası Kartı ya da özel bir sigorta.
question-irregular-months = Ne kadar zamandır geçerli bir oturma izniniz (titre de séjour) ya da vizeniz yok?
question-irregular-months-hint = Vizenizin ya da oturma izninizin bittiği günden beri, ya da Fransa'ya belgesiz geldiğiniz günden beri.
question-employee = Özel bir şirkette maaşlı mı çalışıyorsunuz?

## Answers

answer-yes = Evet
answer-no = Hayır
answer-unknown = Bilmiyorum
# $value: a number of people.
answer-household = { $value ->
        [one] { $value } kişi
       *[other] { $value } kişi
    }
answer-months-less = 3 ay ya da daha az
answer-months-more = 3 aydan fazla
answer-irregular-0 = 1 aydan az
answer-irregular-1 = 1 ile 2 ay arası
answer-irregular-2 = 2 ile 3 ay arası
status-french = Fransız vatandaşıyım
status-eu = Bir Avrupa Birliği ülkesinin vatandaşıyım
status-permit = Oturma iznim (titre de séjour) ya da récépissé belgem var
status-refugee = Fransa'da mülteci statüsü ya da ikincil koruma aldım
status-asylum-seeker = Sığınma başvurum sürüyor
status-temporary-protection = Fransa'da geçici korumam var (Ukrayna'dan gelenler)
status-student = Öğrenciyim
status-no-papers = Geçerli oturma iznim ya da vizem yok
status-unknown = Bilmiyorum

## Results

result-title = Neler alabilirsiniz
result-intro = Yanıtlarınıza uyanlar bunlar. İlk adımdan başlayın.
result-next = Sonraki adım
result-documents = Getirmeniz gereken belgeler
result-who = Size kim yardım edebilir
result-website = Resmî site
result-qr = Bağlantıyı saklamak için kodu telefonunuzla okutun.
result-show-staff = Danışmaya gösterin
result-restart = Baştan başlayın
staff-title = Danışma görevlileri için
staff-visitor-language = Ziyaretçinin dili
# $from, $to: dates; $household: people; $free, $participation: euros a year.
result-ceiling = { $household ->
        [one] { $household } kişilik
       *[other] { $household } kişilik
    } hane için gelir sınırları: yılda { $free } € (ücretsiz), yılda { $participation } € (katkı paylı). Dönem: { $from } - { $to }.
# $to: the last date the kiosk knows ceilings for.
result-ceiling-stale = Dikkat: bu sınırlar şu tarihe kadar geçerliydi: { $to }. Değişmiş olabilirler. complementaire-sante-solidaire.gouv.fr sitesindeki resmî hesaplama aracıyla kontrol edin.
result-ceiling-computed = Denizaşırı bölgeler (outre-mer) için hesaplanmış tutarlar, doğrulanmalı.
# The monthly participation per person, by age on 1 January.
result-participation = Kişi başına ve aylık, 1 Ocak'taki yaşa göre: 29 yaş ve altı { $a29 } €, 30-49 yaş { $a49 } €, 50-59 yaş { $a59 } €, 60-69 yaş { $a69 } €, 70 yaş ve üstü { $a70 } €.
# $a29 ... $a70: the reduced amounts of the régime local d'Alsace-Moselle.
result-participation-regime-local = Alsace-Moselle bölgesinde çalışıyor ya da oradan emekli olduysanız (régime local), tutar daha düşüktür: 29 yaş ve altı { $a29 } €, 30-49 yaş { $a49 } €, 50-59 yaş { $a59 } €, 60-69 yaş { $a69 } €, 70 yaş ve üstü { $a70 } €.
# $months: the most months left before the visitor can ask for AME.
result-ame-opens = En geç { $months } ay sonra AME'ye başvurabileceksiniz.

## Outcomes

outcome-puma-title = Sécurité sociale (PUMa)
outcome-puma-what = Tedavi masraflarınızın büyük bölümünü geri öder: doktor, hastane, ilaç.
outcome-puma-next = Sağlık sigortası kurumuna (CPAM) kaydolmak için başvurun. Çalışıyorsanız, bu işi çoğu zaman işvereniniz yapar.
outcome-puma-documents = Kimlik belgesi. Oturma izni (titre de séjour) ya da başvurunuzun kanıtı. Doğum belgesi, gerekirse çevirisiyle. Adres belgesi ya da domiciliation (posta adresi). RIB (banka hesap bilgileri).
outcome-puma-who = France Services, PIMMS, CCAS (belediyenin sosyal hizmetleri) ya da bir sosyal hizmet görevlisi dosyanızı hazırlamanıza yardım eder.

outcome-puma-wait-title = Fransa'da 3 ay sonra sécurité sociale
outcome-puma-wait-what = Sığınma başvurusu yapan yetişkinler 3 ay bekler. 18 yaşından küçük çocuklarınız beklemez. Bekleme süresinde hastane şunları karşılar: acil tedaviler, hamile kadınların ve yenidoğan bebeklerin bütün tedavileri, kürtaj (IVG) ve bir hastalığın bulaşmasını önleyen tedaviler.
outcome-puma-wait-next = Şimdi tedavi için bir devlet hastanesinin PASS birimine gidin. Fransa'da 3 ay dolunca sécurité sociale için CPAM'de başvuru yapın.
outcome-puma-wait-documents = Sığınma başvurusu belgesi (attestation de demande d'asile). Varsa kimlik belgesi. Adres belgesi ya da domiciliation (posta adresi).
outcome-puma-wait-who = Hastanenin PASS birimi, bir sosyal hizmet görevlisi.

outcome-ame-title = Devlet Sağlık Yardımı (AME)
outcome-ame-what = Tedavilerinizi sécurité sociale tarifi üzerinden öder, önceden para ödemezsiniz. Acil olmayan bazı tedaviler için ilk 9 ay içinde onay gerekir.
outcome-ame-next = İlk başvuruyu şahsen yapın: CPAM'de ya da onaylı (agréé) bir sağlık merkezinde veya dernekte. Yanıt en geç 2 ay içinde gelir: yanıt gelmezse, bu ret demektir. AME 1 yıl geçerlidir: bitmeden 2 ay önce yenileyin.
outcome-ame-documents = Belge listesi Şubat 2026'da değişti (6 Şubat 2026 tarihli kararname). Dosyayı hazırlamadan önce listeyi CPAM'den ya da bir sosyal hizmet görevlisinden isteyin.
outcome-ame-who = CCAS, hastanenin PASS birimi, Comede, Médecins du Monde, bir sosyal hizmet görevlisi.

outcome-dsuv-title = Hastanede acil tedavi
outcome-dsuv-what = AME yoksa, hastane acil olanı tedavi eder: hayatınız ya da sağlığınız tehlikedeyse, doğmamış bir bebek için de. Herkes için ayrıca şunları da karşılar: hamilelik takibi, doğum, yenidoğan bebeğin bakımı, kürtaj (IVG) ve bir hastalığın bulaşmasını önleyen tedaviler.
outcome-dsuv-next = Bir devlet hastanesinin acil servisine ya da PASS birimine gidin. Sağlık güvenceniz olmadığını söyleyin.
outcome-dsuv-documents = Elinizdeki belgeleri getirin: kimlik, tıbbi belgeler.
outcome-dsuv-who = Hastanenin sosyal hizmet görevlisi.

outcome-pass-title = Hastanenin PASS birimi
outcome-pass-what = Devlet hastanelerinde PASS birimi, sağlık güvencesi olmayan kişileri tedavi eder: muayene, tahlil ve gerekirse ilaç, ücretsiz.
outcome-pass-next = En yakın devlet hastanesine gidin ve PASS birimini sorun. Ciddi bir acil durumda 15'i arayın.
outcome-pass-documents = Elinizdeki belgeleri getirin: kimlik, tıbbi belgeler.
outcome-pass-who = PASS biriminin sosyal hizmet görevlisi, sağlık güvencesi hakkınızı almanıza yardım eder.

outcome-css-free-title = Complémentaire santé solidaire: ücretsiz
outcome-css-free-what = Tedavileriniz için sécurité sociale sigortasını tamamlar. Gelirinize göre sizin için ücretsizdir.
outcome-css-free-next = ameli hesabınızdan (« Mes démarches ») başvurun ya da Cerfa 12504 formunu sigorta kurumunuza gönderin.
outcome-css-free-documents = Maaş bordrosu gerekmez: sigorta kurumu maaşları, yardımları ve emekli maaşlarını kendisi bulur. Başvurudan 2 ay önce biten 12 ay hesaba katılır. Haklar 12 ay sürer: bitmeden 2 ila 4 ay önce yenileyin.
outcome-css-free-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-participation-title = Complémentaire santé solidaire: küçük bir katkı payıyla
outcome-css-participation-what = Tedavileriniz için sécurité sociale sigortasını tamamlar. Her ay kişi başına küçük bir tutar ödersiniz.
outcome-css-participation-next = ameli hesabınızdan (« Mes démarches ») başvurun ya da Cerfa 12504 formunu sigorta kurumunuza gönderin.
outcome-css-participation-documents = Maaş bordrosu gerekmez: sigorta kurumu maaşları, yardımları ve emekli maaşlarını kendisi bulur. Başvurudan 2 ay önce biten 12 ay hesaba katılır. Haklar 12 ay sürer: bitmeden 2 ila 4 ay önce yenileyin.
outcome-css-participation-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-automatic-title = Complémentaire santé solidaire: RSA ile otomatik
outcome-css-automatic-what = RSA alıyorsanız, başvuru yapmadan ücretsiz Complémentaire santé solidaire hakkınız olur. İsterseniz reddedebilirsiniz.
outcome-css-automatic-next = ameli hesabınızdan kontrol edin ya da sigorta kurumunuza sorun.
outcome-css-automatic-documents = Başvuru yapmanız gerekmez.
outcome-css-automatic-who = CPAM, France Services, PIMMS.

outcome-mutuelle-employer-title = İşvereninizin mutuelle sigortası
outcome-mutuelle-employer-what = Her özel işveren, bir şirket mutuelle sigortası sunmak ve ücretinin en az yarısını ödemek zorundadır.
outcome-mutuelle-employer-next = Personel bölümüne ya da yöneticinize sorun.
outcome-mutuelle-employer-documents = Listeyi personel bölümünden isteyin.
outcome-mutuelle-employer-who = Şirketinizin personel bölümü.

outcome-mutuelle-title = Mutuelle (özel tamamlayıcı sigorta)
outcome-mutuelle-what = Mutuelle, sécurité sociale sigortasının geri ödemediği masrafların bir kısmını öder. Fiyatı çoğu zaman ayda 30 ila 100 € arasıdır.
outcome-mutuelle-next = İmzalamadan önce birkaç teklifi karşılaştırın. İlk yıldan sonra istediğiniz zaman iptal edebilirsiniz.
outcome-mutuelle-documents = RIB (banka hesap bilgileri).
outcome-mutuelle-who = France Services, PIMMS.

outcome-already-covered-title = Zaten sécurité sociale sigortanız var
outcome-already-covered-what = Temel sağlık güvenceniz var. Carte Vitale kartınızı ya da hak belgenizi (attestation) güncel tutun.
outcome-already-covered-next = Haklarınızı ameli hesabınızdan ya da CPAM'de kontrol edin.
outcome-already-covered-documents = Carte Vitale kartınız ya da hak belgeniz (attestation de droits).
outcome-already-covered-who = CPAM, France Services, PIMMS.

outcome-get-help-title = Durumunuzu kontrol ettirin
outcome-get-help-what = Bazı yanıtlar eksik ya da durumunuz yardım gerektiriyor: bir görevli haklarınızı sizinle birlikte kontrol edebilir.
outcome-get-help-next = Danışmaya, bir sosyal hizmet görevlisine, France Services bürosuna ya da bir PIMMS bürosuna sorun. Ücretsizdir.
outcome-get-help-documents = Belgeleriniz: kimlik, oturma izni ya da récépissé, adres belgesi, gelir belgeleri.
outcome-get-help-who = Danışma, bir sosyal hizmet görevlisi, France Services, PIMMS, CCAS.

outcome-ame-later-title = Devlet Sağlık Yardımı (AME): daha sonra
outcome-ame-later-what = AME hakkı, geçerli bir oturma izniniz ya da vizeniz 3 aydan uzun süredir yoksa başlar. O zamana kadar hastane acil olanı tedavi eder ve PASS birimi sizi kabul eder.
outcome-ame-later-next = Fransa'da bulunduğunuzu gösteren kanıtları saklayın: faturalar, mektuplar, belgeler. Süre dolunca CPAM'de ya da onaylı bir sağlık merkezinde veya dernekte başvuru yapın.
outcome-ame-later-documents = Belge listesi Şubat 2026'da değişti (6 Şubat 2026 tarihli kararname). Listeyi CPAM'den ya da bir sosyal hizmet görevlisinden isteyin.
outcome-ame-later-who = CCAS, hastanenin PASS birimi, Comede, Médecins du Monde, bir sosyal hizmet görevlisi.

outcome-css-later-title = Complémentaire santé solidaire: daha sonra
outcome-css-later-what = Tedavileriniz için sécurité sociale sigortasını tamamlar. Bunun için 3 aydan fazla çalışmış ya da 3 aydan fazla Fransa'da yaşamış olmanız gerekir.
outcome-css-later-next = 3 aydan fazla çalışmış ya da Fransa'da 3 aydan fazla yaşamış olduğunuzda, ameli hesabınızdan (« Mes démarches ») ya da Cerfa 12504 formuyla başvurun.
outcome-css-later-documents = Şimdilik hiçbir şey. Sigorta kurumu maaşlarınızı ve yardımlarınızı kendisi bulacak.
outcome-css-later-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-protection-title = Complémentaire santé solidaire: 12 ay ücretsiz
outcome-css-protection-what = Geçici korumanız (protection temporaire) varsa, geldiğiniz günden itibaren sécurité sociale sigortanız olur; ayrıca gelir şartı olmadan 12 ay boyunca ücretsiz Complémentaire santé solidaire alırsınız.
outcome-css-protection-next = Geçici oturma izninizi (autorisation provisoire de séjour, APS) CPAM'de gösterin. Gelirinizi bildirmeniz gerekmez. 12 ay sonra, nasıl yenileneceğini CPAM'den öğrenin.
outcome-css-protection-documents = « bénéficiaire de la protection temporaire » (geçici koruma sahibi) yazılı APS belgeniz. Kimlik belgesi. Adres belgesi ya da domiciliation (posta adresi). RIB (banka hesap bilgileri).
outcome-css-protection-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-mayotte-title = Mayotte adasında Complémentaire santé solidaire
outcome-css-mayotte-what = 2024'ten beri Mayotte adasında da var. Tedavileriniz için sécurité sociale sigortasını tamamlar.
outcome-css-mayotte-next = Mayotte sosyal güvenlik kurumuna (Caisse de sécurité sociale de Mayotte, CSSM) başvurun.
outcome-css-mayotte-documents = Belge listesini CSSM'den isteyin. Gelir sınırları henüz kesin değil: onları da CSSM'den öğrenin.
outcome-css-mayotte-who = CSSM, France Services, CCAS.
