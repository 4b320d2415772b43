# "Health cover explained": one page per scheme, each with the same sections.
# Short sentences, one idea per line.

## Guide list and sections

guides-title = Asigurarea de sănătate pe înțeles
guide-section-what = Ce este
guide-section-who = Cine are dreptul
guide-section-how = Cum se cere
guide-section-documents = Documentele
guide-section-problems = Probleme frecvente și ce puteți face
guide-section-help = Cine vă poate ajuta
# $date: the date the page was checked against its sources.
guide-verified = Verificat la { $date }
# $sources: the sources, with their dates.
guide-sources = Surse: { $sources }
guide-to-confirm = Trebuie confirmat

## Sécurité sociale (PUMa)

guide-puma-title = Sécurité sociale (PUMa)
guide-puma-what = Asigurarea universală de sănătate (PUMa) rambursează o mare parte din costul îngrijirilor: medic, spital, medicamente. Des i se spune „la sécurité sociale”.
guide-puma-who = Orice persoană care lucrează în Franța, din prima zi de muncă. Orice persoană care locuiește în Franța de mai mult de 3 luni fără întrerupere, cu permis de ședere (titre de séjour) sau cu dovada unei cereri în curs. Fără să aștepte 3 luni: persoanele cu statut de refugiat sau cu protecție subsidiară, persoanele cu protecție temporară (strămutate din Ucraina), familia care vine la o persoană asigurată, studenții, persoanele care primesc alocații familiale sau ajutor pentru locuință. Solicitanții de azil adulți așteaptă 3 luni; copiii lor nu așteaptă. Cetățenii Uniunii Europene care nu lucrează trebuie să aibă destui bani ca să trăiască și o asigurare de sănătate: altfel, cereți să vi se verifice situația. AME nu este sécurité sociale.
guide-puma-how = De multe ori se ocupă angajatorul. Altfel, trimiteți un formular la casa de asigurări de sănătate (CPAM) din departamentul dumneavoastră.
guide-puma-documents = Act de identitate. Permis de ședere (titre de séjour) sau dovada cererii (récépissé, convocare, programare). Certificat de naștere, tradus dacă e nevoie. Dovada adresei sau adresă poștală (domiciliation). RIB (datele contului bancar).
guide-puma-problems = Dacă nu aveți o adresă stabilă, cereți o adresă poștală (domiciliation) la CCAS sau la o asociație autorizată: ea ține loc de adresă pentru dosar. Terminalele CPAM cer carte Vitale și un cod ameli: la început, mergeți la ghișeu sau la France Services.
guide-puma-help = France Services, PIMMS, CCAS, un asistent social. Telefonul Assurance Maladie (asigurarea de sănătate): 36 46.
guide-puma-form = Numărul și versiunea formularului de cerere trebuie confirmate.

## Complémentaire santé solidaire (CSS)

guide-css-title = Complémentaire santé solidaire (CSS)
guide-css-what = Completează sécurité sociale la plata îngrijirilor. Este gratuită sau costă o sumă mică pe lună, după veniturile gospodăriei.
guide-css-who = Persoanele care au sécurité sociale și venituri mici. Gospodăria: dumneavoastră, soțul sau soția (ori partenerul de viață) și copiii dumneavoastră sub 25 de ani pe care îi întrețineți. Trebuie să fi lucrat mai mult de 3 luni sau să fi locuit în Franța mai mult de 3 luni. Cu RSA, este gratuită și automată. Cu ASPA, ASI sau AAH, se acordă des în anumite condiții, cu contribuție. Cu protecție temporară: gratuită timp de 12 luni, dacă arătați APS. În Mayotte, există din 2024: întrebați la CSSM.
guide-css-how = Din contul ameli („Mes démarches”) sau cu formularul Cerfa 12504, trimis la casa de asigurări.
guide-css-documents = Nu aveți nevoie de fluturași de salariu: casa de asigurări găsește singură salariile, alocațiile și pensiile. Se iau în calcul veniturile din cele 12 luni care se termină cu 2 luni înainte de cerere. Unele ajutoare nu se iau în calcul, de exemplu AEEH, alocația de început de an școlar (allocation de rentrée scolaire), PCH și APA. Dacă locuiți gratuit, sunteți proprietar sau primiți ajutor pentru locuință, se adaugă la venituri o sumă fixă.
guide-css-problems = Drepturile durează 12 luni: reînnoiți-le cu 2 până la 4 luni înainte de final, altfel se opresc. Plafoanele se schimbă în fiecare an, la 1 aprilie. În Alsace-Moselle, contribuția este mai mică doar pentru régime local: dacă lucrați sau sunteți pensionar(ă) acolo.
guide-css-help = CPAM, France Services, PIMMS, CCAS.

## Mutuelle

guide-mutuelle-title = Mutuelle (asigurare complementară)
guide-mutuelle-what = O asigurare de sănătate privată care plătește o parte din ce nu rambursează sécurité sociale.
guide-mutuelle-who = Orice persoană care are sécurité sociale. Angajații din sectorul privat: angajatorul trebuie să ofere o mutuelle de firmă și să plătească cel puțin jumătate din preț.
guide-mutuelle-how = Dacă sunteți angajat(ă): întrebați la serviciul de resurse umane. Altfel: comparați mai multe oferte, adesea între 30 și 100 € pe lună. O puteți rezilia oricând după primul an.
guide-mutuelle-documents = Un RIB (datele contului bancar).
guide-mutuelle-problems = După ce asigurarea mutuelle este legată de dosarul dumneavoastră, casa de asigurări îi trimite singură rambursările (télétransmission): nu trimiteți niciun act. Puteți verifica asta în contul ameli.
guide-mutuelle-help = France Services, PIMMS.

## Aide médicale de l'État (AME)

guide-ame-title = Ajutorul medical de stat (AME)
guide-ame-what = Plătește îngrijirile la 100% din tariful sécurité sociale, fără să dați bani în avans, pentru persoanele fără permis de ședere.
guide-ame-who = Persoanele care locuiesc în Franța de mai mult de 3 luni fără întrerupere, care, de mai mult de 3 luni, nu au permis de ședere valabil și care au venituri sub plafon. Nu în Mayotte. Copiii părinților fără acte primesc AME fără aceste condiții.
guide-ame-how = Prima cerere se face personal, la CPAM sau la un centru de sănătate ori o asociație autorizate. Răspunsul vine în cel mult 2 luni. AME este valabil 1 an: cereți reînnoirea cu 2 luni înainte de final.
guide-ame-documents = Lista documentelor s-a schimbat în februarie 2026 (decretul din 6 februarie 2026). Cereți-o de la CPAM sau de la un asistent social înainte să faceți dosarul.
guide-ame-problems = Dacă după 2 luni nu ați primit răspuns, înseamnă refuz: un asistent social vă poate ajuta să reacționați. Unele îngrijiri care nu sunt urgente au nevoie de un acord în primele 9 luni.
guide-ame-help = CCAS, PASS din spital, Comede, Médecins du Monde, un asistent social.
guide-ame-form = Numărul și versiunea formularului de cerere (Cerfa 11573) trebuie confirmate.

## Urgent care and the hospital PASS

guide-urgent-title = Îngrijiri urgente și PASS din spital
guide-urgent-what = PASS este un serviciu al spitalelor publice pentru persoanele fără asigurare de sănătate. Fără AME, spitalul tratează și ce este urgent: „îngrijirile urgente și vitale” (soins urgents et vitaux).
guide-urgent-who = PASS: orice persoană fără asigurare de sănătate, oricare ar fi situația ei. Îngrijirile urgente: persoanele fără acte aflate în Franța de mai puțin de 3 luni sau care deocamdată nu au AME, și solicitanții de azil care așteaptă cele 3 luni, când este în pericol viața sau sănătatea, inclusiv a unui copil nenăscut. Pentru toate aceste persoane, de asemenea: controalele din timpul sarcinii, nașterea, îngrijirea nou-născutului, avortul (IVG) și îngrijirile care împiedică transmiterea unei boli.
guide-urgent-how = Mergeți la spitalul public și cereți PASS. Într-o urgență gravă, sunați la 15.
guide-urgent-documents = Aduceți actele pe care le aveți: act de identitate, documente medicale.
guide-urgent-problems = La PASS, un asistent social vă ajută să obțineți drepturile la asigurare de sănătate: cereți să vorbiți cu asistentul social.
guide-urgent-help = Asistentul social de la PASS sau de la spital.

## Care open without cover

guide-free-care-title = Îngrijiri fără asigurare de sănătate
guide-free-care-what = Unele locuri oferă îngrijiri fără să ceară asigurare de sănătate.
guide-free-care-who = PMI: femeile însărcinate și copiii sub 6 ani. CeGIDD: testare și tratament pentru HIV, hepatite și infecții cu transmitere sexuală, gratuit, anonim dacă doriți. Centrele de sănătate sexuală (fostele centre de planificare familială). Comede: sănătatea și drepturile refugiaților și migranților. Médecins du Monde (CASO): îngrijiri gratuite și fără condiții, și ajutor pentru a obține o asigurare de sănătate.
guide-free-care-how = Cereți cea mai apropiată adresă la recepție sau de la un asistent social.
guide-free-care-documents = Nu se cere nicio asigurare de sănătate.
guide-free-care-problems = Aceste locuri nu înlocuiesc o asigurare de sănătate: cereți acolo și ajutor ca să obțineți drepturile la asigurare.
guide-free-care-help = Un asistent social, Comede, Médecins du Monde.
