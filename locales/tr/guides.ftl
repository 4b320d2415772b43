# "Health cover explained": one page per scheme, each with the same sections.
# Short sentences, one idea per line.

## Guide list and sections

guides-title = Sağlık güvencesi hakkında bilgi
guide-section-what = Nedir
guide-section-who = Kimler alabilir
guide-section-how = Nasıl başvurulur
guide-section-documents = Belgeler
guide-section-problems = Sık yaşanan sorunlar ve çözümleri
guide-section-help = Size kim yardım edebilir
# $date: the date the page was checked against its sources.
guide-verified = Kontrol tarihi: { $date }
# $sources: the sources, with their dates.
guide-sources = Kaynaklar: { $sources }
guide-to-confirm = Doğrulanmalı

## Sécurité sociale (PUMa)

guide-puma-title = Sécurité sociale (PUMa)
guide-puma-what = Evrensel sağlık sigortası (Protection universelle maladie, PUMa) tedavi masraflarınızın büyük bölümünü geri öder: doktor, hastane, ilaç. Çoğu zaman « la sécurité sociale » diye anılır.
guide-puma-who = Fransa'da çalışan herkes, işe başladığı ilk günden itibaren. Fransa'da 3 aydan fazla süredir ara vermeden yaşayan ve oturma izni ya da devam eden bir başvurunun kanıtı olan herkes. 3 ay beklemeden: mülteci statüsü ya da ikincil koruma almış kişiler, geçici koruma altındaki kişiler (Ukrayna'dan gelenler), sigortalı bir kişinin yanına gelen aile üyeleri, öğrenciler, aile yardımı ya da konut yardımı alan kişiler. Sığınma başvurusu yapan yetişkinler 3 ay bekler; çocukları beklemez. Çalışmayan Avrupa Birliği vatandaşlarının geçinmeye yetecek parası ve bir sağlık sigortası olmalıdır: yoksa durumunuzu kontrol ettirin. AME, sécurité sociale değildir.
guide-puma-how = Çoğu zaman bu işi işveren yapar. Yoksa, bölgenizin (département) sağlık sigortası kurumuna (CPAM) bir form gönderin.
guide-puma-documents = Kimlik belgesi. Oturma izni (titre de séjour) ya da başvurunuzun kanıtı: récépissé, convocation (çağrı yazısı) ya da randevu belgesi. Doğum belgesi, gerekirse çevirisiyle. Adres belgesi ya da domiciliation (posta adresi). RIB (banka hesap bilgileri).
guide-puma-problems = Sabit bir adresiniz yoksa, CCAS ya da onaylı bir dernekten domiciliation isteyin: dosyanız için adres olarak kullanılır. CPAM'deki otomatik makineler carte Vitale ve ameli şifresi ister: başlangıçta gişeye ya da France Services bürosuna gidin.
guide-puma-help = France Services, PIMMS, CCAS, bir sosyal hizmet görevlisi. Assurance Maladie (sağlık sigortası) telefonu: 36 46.
guide-puma-form = Başvuru formunun numarası ve sürümü doğrulanmalı.

## Complémentaire santé solidaire (CSS)

guide-css-title = Complémentaire santé solidaire (CSS)
guide-css-what = Tedavi masraflarınız için sécurité sociale sigortasını tamamlar. Hanenin gelirine göre ücretsizdir ya da ayda küçük bir ücreti vardır.
guide-css-who = Sécurité sociale sigortası olan ve geliri düşük olan kişiler. Hane: siz, eşiniz ya da partneriniz, ve bakmakla yükümlü olduğunuz 25 yaşından küçük çocuklarınız. 3 aydan fazla çalışmış ya da 3 aydan fazla Fransa'da yaşamış olmak gerekir. RSA alıyorsanız, ücretsiz ve otomatiktir. ASPA, ASI ya da AAH alıyorsanız, çoğu zaman bazı şartlarla ve katkı payıyla verilir. Geçici koruma altındaysanız: APS belgenizi göstererek 12 ay ücretsiz. Mayotte adasında 2024'ten beri var: CSSM'den bilgi alın.
guide-css-how = ameli hesabınızdan (« Mes démarches ») başvurun ya da Cerfa 12504 formunu sigorta kurumunuza gönderin.
guide-css-documents = Maaş bordrosu gerekmez: sigorta kurumu maaşları, yardımları ve emekli maaşlarını kendisi bulur. Başvurudan 2 ay önce biten 12 ayın gelirleri hesaba katılır. Bazı yardımlar sayılmaz, örneğin AEEH, okul başlangıç yardımı (allocation de rentrée scolaire), PCH ve APA. Kira ödemeden bir yerde kalıyorsanız, ev sahibiyseniz ya da konut yardımı alıyorsanız, gelire sabit bir tutar eklenir.
guide-css-problems = Haklar 12 ay sürer: bitmeden 2 ila 4 ay önce yenileyin, yoksa sona erer. Gelir sınırları her yıl 1 Nisan'da değişir. Alsace-Moselle bölgesinde katkı payı yalnızca régime local için daha düşüktür: yani orada çalışıyorsanız ya da oradan emekli olduysanız.
guide-css-help = CPAM, France Services, PIMMS, CCAS.

## Mutuelle

guide-mutuelle-title = Mutuelle (özel tamamlayıcı sigorta)
guide-mutuelle-what = Özel bir sağlık sigortasıdır: sécurité sociale sigortasının geri ödemediği masrafların bir kısmını öder.
guide-mutuelle-who = Sécurité sociale sigortası olan herkes. Özel sektör çalışanları: işveren bir şirket mutuelle sigortası sunmak ve ücretinin en az yarısını ödemek zorundadır.
guide-mutuelle-how = Maaşlı çalışıyorsanız: personel bölümüne sorun. Değilse: birkaç teklifi karşılaştırın, fiyatı çoğu zaman ayda 30 ila 100 € arasıdır. İlk yıldan sonra istediğiniz zaman iptal edebilirsiniz.
guide-mutuelle-documents = RIB (banka hesap bilgileri).
guide-mutuelle-problems = Mutuelle dosyanıza bağlandıktan sonra, sigorta kurumu geri ödeme bilgilerinizi ona kendisi gönderir (télétransmission): sizin hiçbir belge göndermeniz gerekmez. Bunu ameli hesabınızdan kontrol edebilirsiniz.
guide-mutuelle-help = France Services, PIMMS.

## Aide médicale de l'État (AME)

guide-ame-title = Devlet Sağlık Yardımı (AME)
guide-ame-what = Oturma izni olmayan kişilerin tedavi masraflarını, sécurité sociale tarifinin %100'ü üzerinden, önceden para ödemeden karşılar.
guide-ame-who = Fransa'da 3 aydan fazla süredir ara vermeden yaşayan, 3 aydan fazla süredir geçerli bir oturma izni olmayan ve geliri sınırın altında olan kişiler. Mayotte adasında yoktur. Belgesiz (sans papiers) anne babaların çocukları bu şartlar olmadan alır.
guide-ame-how = İlk başvuru şahsen yapılır: CPAM'de ya da onaylı bir sağlık merkezinde veya dernekte. Yanıt en geç 2 ay içinde gelir. AME 1 yıl geçerlidir: bitmeden 2 ay önce yenileyin.
guide-ame-documents = Belge listesi Şubat 2026'da değişti (6 Şubat 2026 tarihli kararname). Dosyayı hazırlamadan önce listeyi CPAM'den ya da bir sosyal hizmet görevlisinden isteyin.
guide-ame-problems = 2 ay sonra hâlâ yanıt yoksa, bu ret demektir: bir sosyal hizmet görevlisi ne yapacağınız konusunda size yardım edebilir. Acil olmayan bazı tedaviler için ilk 9 ay içinde onay gerekir.
guide-ame-help = CCAS, hastanenin PASS birimi, Comede, Médecins du Monde, bir sosyal hizmet görevlisi.
guide-ame-form = Başvuru formunun (Cerfa 11573) numarası ve sürümü doğrulanmalı.

## Urgent care and the hospital PASS

guide-urgent-title = Acil tedavi ve hastanenin PASS birimi
guide-urgent-what = PASS, devlet hastanelerinde sağlık güvencesi olmayan kişiler için bir birimdir. AME yoksa, hastane acil olanı da tedavi eder: « soins urgents et vitaux » (acil ve hayati tedaviler).
guide-urgent-who = PASS: durumu ne olursa olsun, sağlık güvencesi olmayan herkes. Acil tedaviler: Fransa'da 3 aydan kısa süredir bulunan ya da şimdilik AME'si olmayan belgesiz kişiler, ve 3 ay bekleyen sığınma başvurucuları; hayat ya da sağlık tehlikedeyse, doğmamış bir bebek için de. Bütün bu kişiler için ayrıca: hamilelik takibi, doğum, yenidoğan bebeğin bakımı, kürtaj (IVG) ve bir hastalığın bulaşmasını önleyen tedaviler.
guide-urgent-how = Devlet hastanesine gidin ve PASS birimini sorun. Ciddi bir acil durumda 15'i arayın.
guide-urgent-documents = Elinizdeki belgeleri getirin: kimlik, tıbbi belgeler.
guide-urgent-problems = PASS biriminde bir sosyal hizmet görevlisi, sağlık güvencesi hakkınızı almanıza yardım eder: onunla görüşmek istediğinizi söyleyin.
guide-urgent-help = PASS biriminin ya da hastanenin sosyal hizmet görevlisi.

## Care open without cover

guide-free-care-title = Sağlık güvencesi olmadan tedavi
guide-free-care-what = Bazı yerler, sağlık güvencesi şartı aramadan tedavi eder.
guide-free-care-who = PMI: hamile kadınlar ve 6 yaşından küçük çocuklar. CeGIDD: HIV, hepatit ve cinsel yolla bulaşan enfeksiyonlar için test ve tedavi, ücretsiz, isterseniz anonim. Cinsel sağlık merkezleri (centres de santé sexuelle, eski adıyla aile planlaması merkezleri). Comede: göçmen ve mültecilerin sağlığı ve hakları. Médecins du Monde (CASO): şartsız ve ücretsiz tedavi, ayrıca sağlık güvencesi almak için yardım.
guide-free-care-how = En yakın adresi danışmaya ya da bir sosyal hizmet görevlisine sorun.
guide-free-care-documents = Sağlık güvencesi istenmez.
guide-free-care-problems = Bu yerler sağlık güvencesinin yerini tutmaz: orada sağlık güvencesi hakkınızı almak için de yardım isteyin.
guide-free-care-help = Bir sosyal hizmet görevlisi, Comede, Médecins du Monde.
