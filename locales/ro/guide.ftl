# The coverage guide: questions, answers, results, the staff view.
# Short sentences, one idea per line, the next concrete step first.

## Home tiles

tile-guide = Am asigurare de sănătate? Vă ghidăm noi
tile-guide-hint = Câteva întrebări, un răspuns pentru dumneavoastră
tile-guides = Asigurarea de sănătate pe înțeles
tile-guides-hint = Sécurité sociale, CSS, mutuelle, AME, urgențe

## Questions (one per screen)

guide-progress = Întrebarea { $step } din cel mult { $total }
question-has-puma = Aveți deja sécurité sociale (asigurarea publică de sănătate)?
question-has-puma-hint = De exemplu, carte Vitale (cardul de sănătate) sau o adeverință de drepturi (attestation de droits). AME nu este sécurité sociale.
question-status = Care este situația dumneavoastră în Franța?
question-works = Lucrați în Franța?
question-works-hint = Cu contract de muncă sau cu fluturași de salariu.
question-months = De cât timp locuiți în Franța, fără întrerupere?
question-minor = Persoana care are nevoie de îngrijiri are sub 18 ani?
question-urgent = Aveți nevoie de îngrijiri medicale acum?
question-pregnant = Sunteți însărcinată?
question-rsa = Primiți RSA?
question-household = Câte persoane sunt în gospodăria dumneavoastră?
question-household-hint = Dumneavoastră, soțul sau soția (ori partenerul de viață) și copiii dumneavoastră sub 25 de ani pe care îi întrețineți.
# $amount: yearly resources ceiling in euros for the household; $household: number of people.
question-income-free = Veniturile gospodăriei dumneavoastră pe 12 luni sunt mai mici de { $amount } €?
question-income-participation = Veniturile gospodăriei dumneavoastră sunt mai mici de { $amount } €?
question-income-hint = Pentru o gospodărie de { $household ->
        [one] { $household } persoană
        [few] { $household } persoane
       *[other] { $household } de persoane
    }. Cele 12 luni care se termină cu 2 luni înainte de cerere. Salarii, alocații, pensii: tot ce a primit gospodăria.
# For citizens of the EU, EEA or Switzerland who do not work in France.
question-eu-resources = Aveți destui bani ca să trăiți și o asigurare de sănătate?
question-eu-resources-hint = De exemplu, o pensie sau venituri regulate și cardul european de asigurări sociale de sănătate din țara dumneavoastră sau o asigurare privată.
question-irregular-months = De cât timp nu mai aveți un permis de ședere sau o viză valabilă?
question-irregular-months-hint = De când v-a expirat viza sau permisul de ședere (titre de séjour), sau de când ați venit fără acte.
question-employee = Sunteți angajat(ă) la o firmă privată?

## Answers

answer-yes = Da
answer-no = Nu
answer-unknown = Nu știu
# $value: a number of people.
answer-household = { $value ->
        [one] { $value } persoană
        [few] { $value } persoane
       *[other] { $value } de persoane
    }
answer-months-less = 3 luni sau mai puțin
answer-months-more = Mai mult de 3 luni
answer-irregular-0 = Mai puțin de 1 lună
answer-irregular-1 = Între 1 și 2 luni
answer-irregular-2 = Între 2 și 3 luni
status-french = Am cetățenie franceză
status-eu = Am cetățenia unei țări din Uniunea Europeană
status-permit = Am permis de ședere (titre de séjour) sau récépissé
status-refugee = Am statut de refugiat sau protecție subsidiară
status-asylum-seeker = Sunt solicitant de azil
status-temporary-protection = Am protecție temporară (persoane strămutate din Ucraina)
status-student = Sunt student(ă)
status-no-papers = Nu am acte de ședere valabile (sans papiers)
status-unknown = Nu știu

## Results

result-title = Ce puteți primi
result-intro = Iată ce se potrivește cu răspunsurile dumneavoastră. Începeți cu primul pas.
result-next = Pasul următor
result-documents = Documente de adus
result-who = Cine vă poate ajuta
result-website = Site oficial
result-qr = Scanați cu telefonul ca să păstrați linkul.
result-show-staff = Arătați la recepție
result-restart = Reîncepeți
staff-title = Pentru personalul de la recepție
staff-visitor-language = Limba vizitatorului
# $from, $to: dates; $household: people; $free, $participation: euros a year.
result-ceiling = Plafoane de venit pentru { $household ->
        [one] { $household } persoană
        [few] { $household } persoane
       *[other] { $household } de persoane
    }: { $free } € pe an (CSS gratuită), { $participation } € pe an (CSS cu contribuție). Perioada: de la { $from } până la { $to }.
# $to: the last date the kiosk knows ceilings for.
result-ceiling-stale = Atenție: aceste plafoane erau valabile până la { $to }. Poate s-au schimbat. Verificați cu simulatorul oficial de pe complementaire-sante-solidaire.gouv.fr.
result-ceiling-computed = Sume calculate pentru teritoriile franceze de peste mări (outre-mer), trebuie confirmate.
# The monthly participation per person, by age on 1 January.
result-participation = Pe persoană și pe lună, după vârsta fiecăruia la 1 ianuarie: { $a29 } € până la 29 de ani, { $a49 } € de la 30 la 49 de ani, { $a59 } € de la 50 la 59 de ani, { $a69 } € de la 60 la 69 de ani, { $a70 } € de la 70 de ani în sus.
# $a29 ... $a70: the reduced amounts of the régime local d'Alsace-Moselle.
result-participation-regime-local = Dacă lucrați sau sunteți pensionar(ă) în Alsace-Moselle (régime local), suma este mai mică: { $a29 } € până la 29 de ani, { $a49 } € de la 30 la 49 de ani, { $a59 } € de la 50 la 59 de ani, { $a69 } € de la 60 la 69 de ani, { $a70 } € de la 70 de ani în sus.
# $months: the most months left before the visitor can ask for AME.
result-ame-opens = Veți putea cere AME în cel mult { $months ->
        [one] { $months } lună
        [few] { $months } luni
       *[other] { $months } de luni
    }.

## Outcomes

outcome-puma-title = Sécurité sociale (PUMa)
outcome-puma-what = Rambursează o mare parte din costul îngrijirilor medicale: medic, spital, medicamente.
outcome-puma-next = Cereți înscrierea la casa de asigurări de sănătate (CPAM). Dacă lucrați, de multe ori angajatorul se ocupă de asta.
outcome-puma-documents = Act de identitate. Permis de ședere (titre de séjour) sau dovada cererii. Certificat de naștere, tradus dacă e nevoie. Dovada adresei sau adresă poștală (domiciliation). RIB (datele contului bancar).
outcome-puma-who = France Services, PIMMS, CCAS (serviciul social al primăriei) sau un asistent social vă ajută să faceți dosarul.

outcome-puma-wait-title = Sécurité sociale după 3 luni în Franța
outcome-puma-wait-what = Solicitanții de azil adulți așteaptă 3 luni. Copiii dumneavoastră minori (sub 18 ani) nu așteaptă. În timpul așteptării, spitalul acoperă îngrijirile urgente, toate îngrijirile pentru femeile însărcinate și pentru nou-născuți, avortul (IVG) și îngrijirile care împiedică transmiterea unei boli.
outcome-puma-wait-next = Pentru îngrijiri acum, mergeți la serviciul PASS al unui spital public. După 3 luni în Franța, cereți sécurité sociale la CPAM.
outcome-puma-wait-documents = Adeverința de cerere de azil (attestation de demande d'asile). Act de identitate, dacă aveți. Dovada adresei sau adresă poștală (domiciliation).
outcome-puma-wait-who = Serviciul PASS al spitalului, un asistent social.

outcome-ame-title = Ajutorul medical de stat (AME)
outcome-ame-what = Plătește îngrijirile medicale la tariful sécurité sociale, fără să dați bani în avans. Unele îngrijiri care nu sunt urgente au nevoie de un acord în primele 9 luni.
outcome-ame-next = Faceți prima cerere personal, la CPAM sau la un centru de sănătate ori o asociație autorizate. Răspunsul vine în cel mult 2 luni: dacă nu primiți răspuns, înseamnă refuz. AME este valabil 1 an: cereți reînnoirea cu 2 luni înainte de final.
outcome-ame-documents = Lista documentelor s-a schimbat în februarie 2026 (decretul din 6 februarie 2026). Cereți-o de la CPAM sau de la un asistent social înainte să faceți dosarul.
outcome-ame-who = CCAS, PASS din spital, Comede, Médecins du Monde, un asistent social.

outcome-dsuv-title = Îngrijirile urgente la spital
outcome-dsuv-what = Fără AME, spitalul tratează ce este urgent: când este în pericol viața sau sănătatea dumneavoastră ori a copilului nenăscut. Pentru toți, spitalul acoperă și controalele din timpul sarcinii, nașterea, îngrijirea nou-născutului, avortul (IVG) și îngrijirile care împiedică transmiterea unei boli.
outcome-dsuv-next = Mergeți la urgențe sau la serviciul PASS al unui spital public. Spuneți că nu aveți asigurare de sănătate.
outcome-dsuv-documents = Aduceți actele pe care le aveți: act de identitate, documente medicale.
outcome-dsuv-who = Asistentul social al spitalului.

outcome-pass-title = Serviciul PASS din spital
outcome-pass-what = În spitalele publice, PASS tratează persoanele fără asigurare de sănătate: consultații, analize și medicamente dacă e nevoie, gratuit.
outcome-pass-next = Mergeți la cel mai apropiat spital public și cereți PASS. Într-o urgență gravă, sunați la 15.
outcome-pass-documents = Aduceți actele pe care le aveți: act de identitate, documente medicale.
outcome-pass-who = Asistentul social de la PASS vă ajută să obțineți drepturile la asigurare de sănătate.

outcome-css-free-title = Complémentaire santé solidaire, gratuită
outcome-css-free-what = Completează sécurité sociale la plata îngrijirilor. La veniturile pe care le aveți, este gratuită.
outcome-css-free-next = Cereți-o din contul ameli („Mes démarches”) sau cu formularul Cerfa 12504, trimis la casa de asigurări.
outcome-css-free-documents = Nu aveți nevoie de fluturași de salariu: casa de asigurări găsește singură salariile, alocațiile și pensiile. Se iau în calcul cele 12 luni care se termină cu 2 luni înainte de cerere. Drepturile durează 12 luni: reînnoiți-le cu 2 până la 4 luni înainte de final.
outcome-css-free-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-participation-title = Complémentaire santé solidaire, cu o mică contribuție
outcome-css-participation-what = Completează sécurité sociale la plata îngrijirilor. Plătiți în fiecare lună o sumă mică pentru fiecare persoană.
outcome-css-participation-next = Cereți-o din contul ameli („Mes démarches”) sau cu formularul Cerfa 12504, trimis la casa de asigurări.
outcome-css-participation-documents = Nu aveți nevoie de fluturași de salariu: casa de asigurări găsește singură salariile, alocațiile și pensiile. Se iau în calcul cele 12 luni care se termină cu 2 luni înainte de cerere. Drepturile durează 12 luni: reînnoiți-le cu 2 până la 4 luni înainte de final.
outcome-css-participation-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-automatic-title = Complémentaire santé solidaire, automat cu RSA
outcome-css-automatic-what = Dacă primiți RSA, aveți Complémentaire santé solidaire gratuită, fără să o cereți. Puteți să o refuzați.
outcome-css-automatic-next = Verificați în contul ameli sau întrebați la casa de asigurări.
outcome-css-automatic-documents = Nu trebuie să faceți nicio cerere.
outcome-css-automatic-who = CPAM, France Services, PIMMS.

outcome-mutuelle-employer-title = Mutuelle de la angajatorul dumneavoastră
outcome-mutuelle-employer-what = Orice angajator privat trebuie să ofere o mutuelle de firmă (asigurare complementară) și să plătească cel puțin jumătate din preț.
outcome-mutuelle-employer-next = Cereți-o la serviciul de resurse umane sau de la șeful dumneavoastră.
outcome-mutuelle-employer-documents = Cereți lista la serviciul de resurse umane.
outcome-mutuelle-employer-who = Serviciul de resurse umane al firmei dumneavoastră.

outcome-mutuelle-title = O mutuelle (asigurare complementară privată)
outcome-mutuelle-what = O mutuelle plătește o parte din ce nu rambursează sécurité sociale. Prețul este adesea între 30 și 100 € pe lună.
outcome-mutuelle-next = Comparați mai multe oferte înainte să semnați. O puteți rezilia oricând după primul an.
outcome-mutuelle-documents = Un RIB (datele contului bancar).
outcome-mutuelle-who = France Services, PIMMS.

outcome-already-covered-title = Aveți deja sécurité sociale
outcome-already-covered-what = Asigurarea de bază este activă. Aveți grijă ca carte Vitale sau adeverința (attestation) să fie la zi.
outcome-already-covered-next = Verificați-vă drepturile în contul ameli sau la CPAM.
outcome-already-covered-documents = Carte Vitale sau adeverința de drepturi (attestation de droits).
outcome-already-covered-who = CPAM, France Services, PIMMS.

outcome-get-help-title = Cereți să vi se verifice situația
outcome-get-help-what = Lipsesc unele răspunsuri sau situația dumneavoastră cere ajutor: o persoană vă poate verifica drepturile împreună cu dumneavoastră.
outcome-get-help-next = Cereți ajutor la recepție, de la un asistent social, la France Services sau la un PIMMS. Este gratuit.
outcome-get-help-documents = Actele dumneavoastră: act de identitate, permis de ședere (titre de séjour) sau récépissé, dovada adresei, venituri.
outcome-get-help-who = Recepția, un asistent social, France Services, PIMMS, CCAS.

outcome-ame-later-title = Ajutorul medical de stat (AME), mai târziu
outcome-ame-later-what = Puteți avea AME după ce trec mai mult de 3 luni de când nu mai aveți permis de ședere sau viză valabilă. Până atunci, spitalul tratează ce este urgent, iar serviciul PASS vă primește.
outcome-ame-later-next = Păstrați dovezi că sunteți în Franța: facturi, scrisori, adeverințe. Când a trecut termenul, faceți cererea la CPAM sau la un centru de sănătate ori o asociație autorizate.
outcome-ame-later-documents = Lista documentelor s-a schimbat în februarie 2026 (decretul din 6 februarie 2026). Cereți-o de la CPAM sau de la un asistent social.
outcome-ame-later-who = CCAS, PASS din spital, Comede, Médecins du Monde, un asistent social.

outcome-css-later-title = Complémentaire santé solidaire, mai târziu
outcome-css-later-what = Completează sécurité sociale la plata îngrijirilor. Pentru ea trebuie să fi lucrat mai mult de 3 luni sau să fi locuit în Franța mai mult de 3 luni.
outcome-css-later-next = După ce ați lucrat mai mult de 3 luni sau ați locuit în Franța mai mult de 3 luni, cereți-o din contul ameli („Mes démarches”) sau cu formularul Cerfa 12504.
outcome-css-later-documents = Nimic deocamdată. Casa de asigurări va găsi singură salariile și alocațiile dumneavoastră.
outcome-css-later-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-protection-title = Complémentaire santé solidaire, gratuită timp de 12 luni
outcome-css-protection-what = Cu protecția temporară, aveți sécurité sociale de la sosire și Complémentaire santé solidaire gratuită timp de 12 luni, fără condiții de venit.
outcome-css-protection-next = Arătați la CPAM autorizația provizorie de ședere (autorisation provisoire de séjour, APS). Nu trebuie să declarați veniturile. După 12 luni, întrebați la CPAM cum reînnoiți Complémentaire santé solidaire.
outcome-css-protection-documents = APS cu mențiunea „bénéficiaire de la protection temporaire” (beneficiar al protecției temporare). Act de identitate. Dovada adresei sau adresă poștală (domiciliation). RIB (datele contului bancar).
outcome-css-protection-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-mayotte-title = Complémentaire santé solidaire în Mayotte
outcome-css-mayotte-what = Există în Mayotte din 2024. Completează sécurité sociale la plata îngrijirilor.
outcome-css-mayotte-next = Cereți-o la Caisse de sécurité sociale de Mayotte (CSSM).
outcome-css-mayotte-documents = Cereți lista la CSSM. Plafoanele de venit trebuie confirmate tot la CSSM.
outcome-css-mayotte-who = CSSM, France Services, CCAS.
