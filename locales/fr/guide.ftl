# The coverage guide: questions, answers, results, the staff view.
# Short sentences, one idea per line, the next concrete step first.

## Home tiles

tile-guide = Suis-je couvert ? Laissez-vous guider
tile-guide-hint = Quelques questions, une réponse pour vous
tile-guides = La couverture santé expliquée
tile-guides-hint = Sécurité sociale, CSS, mutuelle, AME, urgences

## Questions (one per screen)

guide-progress = Question { $step } sur { $total } au plus
question-has-puma = Avez-vous déjà la sécurité sociale ?
question-has-puma-hint = Par exemple une carte Vitale ou une attestation de droits. L'AME n'est pas la sécurité sociale.
question-status = Quelle est votre situation en France ?
question-works = Travaillez-vous en France ?
question-works-hint = Avec un contrat de travail ou des fiches de paie.
question-months = Depuis combien de temps vivez-vous en France, sans interruption ?
question-minor = La personne qui a besoin de soins a-t-elle moins de 18 ans ?
question-urgent = Avez-vous besoin de soins maintenant ?
question-pregnant = Êtes-vous enceinte ?
question-rsa = Recevez-vous le RSA ?
question-household = Combien de personnes vivent dans votre foyer ?
question-household-hint = Vous, votre conjoint, et les enfants de moins de 25 ans à votre charge.
# $amount: yearly resources ceiling in euros for the household; $household: number of people.
question-income-free = Les ressources de votre foyer sur 12 mois sont-elles inférieures à { $amount } € ?
question-income-participation = Les ressources de votre foyer sont-elles inférieures à { $amount } € ?
question-income-hint = Pour un foyer de { $household ->
        [one] { $household } personne
       *[other] { $household } personnes
    }. Les 12 mois qui finissent 2 mois avant la demande. Salaires, allocations, pensions : tout ce que le foyer a reçu.
# For citizens of the EU, EEA or Switzerland who do not work in France.
question-eu-resources = Avez-vous assez d'argent pour vivre, et une assurance maladie ?
question-eu-resources-hint = Par exemple une pension ou des revenus réguliers, et la carte européenne d'assurance maladie de votre pays ou une assurance privée.
question-irregular-months = Depuis combien de temps n'avez-vous plus de titre de séjour ou de visa valable ?
question-irregular-months-hint = Depuis la fin de votre visa ou de votre titre de séjour, ou depuis votre arrivée sans papiers.
question-employee = Êtes-vous salarié d'une entreprise privée ?

## Answers

answer-yes = Oui
answer-no = Non
answer-unknown = Je ne sais pas
# $value: a number of people.
answer-household = { $value ->
        [one] { $value } personne
       *[other] { $value } personnes
    }
answer-months-less = 3 mois ou moins
answer-months-more = Plus de 3 mois
answer-irregular-0 = Moins d'1 mois
answer-irregular-1 = Entre 1 et 2 mois
answer-irregular-2 = Entre 2 et 3 mois
status-french = Je suis français
status-eu = J'ai la nationalité d'un pays de l'Union européenne
status-permit = J'ai un titre de séjour ou un récépissé
status-refugee = J'ai le statut de réfugié ou la protection subsidiaire
status-asylum-seeker = Je demande l'asile
status-temporary-protection = J'ai la protection temporaire (personnes déplacées d'Ukraine)
status-student = Je suis étudiant
status-no-papers = Je n'ai pas de papiers
status-unknown = Je ne sais pas

## Results

result-title = Ce que vous pouvez avoir
result-intro = Voici ce qui correspond à vos réponses. Commencez par la première étape.
result-next = Prochaine étape
result-documents = Documents à apporter
result-who = Qui peut vous aider
result-website = Site officiel
result-qr = Scannez avec votre téléphone pour garder le lien.
result-show-staff = Montrer à l'accueil
result-restart = Recommencer
staff-title = Pour le personnel d'accueil
staff-visitor-language = Langue du visiteur
# $from, $to: dates; $household: people; $free, $participation: euros a year.
result-ceiling = Plafonds pour { $household ->
        [one] { $household } personne
       *[other] { $household } personnes
    } : { $free } € par an (gratuite), { $participation } € par an (avec participation). Période du { $from } au { $to }.
# $to: the last date the kiosk knows ceilings for.
result-ceiling-stale = Attention : ces plafonds étaient valables jusqu'au { $to }. Ils ont peut-être changé. Vérifiez avec le simulateur officiel sur complementaire-sante-solidaire.gouv.fr.
result-ceiling-computed = Montants calculés pour l'outre-mer, à confirmer.
# The monthly participation per person, by age on 1 January.
result-participation = Par personne et par mois, selon l'âge au 1er janvier : { $a29 } € jusqu'à 29 ans, { $a49 } € de 30 à 49 ans, { $a59 } € de 50 à 59 ans, { $a69 } € de 60 à 69 ans, { $a70 } € à partir de 70 ans.
# $a29 ... $a70: the reduced amounts of the régime local d'Alsace-Moselle.
result-participation-regime-local = Si vous travaillez ou êtes retraité en Alsace-Moselle (régime local), c'est moins : { $a29 } € jusqu'à 29 ans, { $a49 } € de 30 à 49 ans, { $a59 } € de 50 à 59 ans, { $a69 } € de 60 à 69 ans, { $a70 } € à partir de 70 ans.
# $months: the most months left before the visitor can ask for AME.
result-ame-opens = Vous pourrez demander l'AME dans { $months } mois au plus.

## Outcomes

outcome-puma-title = La sécurité sociale (PUMa)
outcome-puma-what = Elle rembourse une grande partie de vos soins : médecin, hôpital, médicaments.
outcome-puma-next = Demandez votre inscription à la caisse d'assurance maladie (CPAM). Si vous travaillez, votre employeur s'en occupe souvent.
outcome-puma-documents = Pièce d'identité. Titre de séjour ou preuve de votre demande. Acte de naissance, traduit si besoin. Justificatif d'adresse ou domiciliation. RIB.
outcome-puma-who = France Services, PIMMS, CCAS ou une assistante sociale vous aident à faire le dossier.

outcome-puma-wait-title = La sécurité sociale après 3 mois en France
outcome-puma-wait-what = Les demandeurs d'asile adultes attendent 3 mois. Vos enfants mineurs n'attendent pas. Pendant l'attente, l'hôpital prend en charge les soins urgents, tous les soins des femmes enceintes et des nouveau-nés, l'IVG, et les soins qui évitent de transmettre une maladie.
outcome-puma-wait-next = Pour des soins maintenant, allez à la PASS d'un hôpital public. Après 3 mois en France, demandez la sécurité sociale à la CPAM.
outcome-puma-wait-documents = Attestation de demande d'asile. Pièce d'identité si vous en avez. Justificatif d'adresse ou domiciliation.
outcome-puma-wait-who = La PASS de l'hôpital, une assistante sociale.

outcome-ame-title = L'Aide médicale de l'État (AME)
outcome-ame-what = Elle paie vos soins au tarif de la sécurité sociale, sans avance d'argent. Certains soins non urgents demandent un accord pendant les 9 premiers mois.
outcome-ame-next = Faites la première demande en personne à la CPAM, ou dans un centre de santé ou une association agréés. La réponse arrive en 2 mois au plus : sans réponse, c'est un refus. L'AME dure 1 an : renouvelez-la 2 mois avant la fin.
outcome-ame-documents = La liste des documents a changé en février 2026 (décret du 6 février 2026). Demandez-la à la CPAM ou à une assistante sociale avant de faire le dossier.
outcome-ame-who = CCAS, PASS de l'hôpital, Comede, Médecins du Monde, une assistante sociale.

outcome-dsuv-title = Les soins urgents à l'hôpital
outcome-dsuv-what = Sans AME, l'hôpital soigne ce qui est urgent : quand votre vie ou votre santé sont en danger, et aussi pour un enfant à naître. Pour tous, il prend aussi en charge le suivi de la grossesse, l'accouchement, les soins du nouveau-né, l'IVG, et les soins qui évitent de transmettre une maladie.
outcome-dsuv-next = Allez aux urgences ou à la PASS d'un hôpital public. Dites que vous n'avez pas de couverture santé.
outcome-dsuv-documents = Apportez les papiers que vous avez : identité, documents médicaux.
outcome-dsuv-who = L'assistante sociale de l'hôpital.

outcome-pass-title = La PASS de l'hôpital
outcome-pass-what = Dans les hôpitaux publics, la PASS soigne les personnes sans couverture santé : consultations, examens et médicaments si besoin, gratuits.
outcome-pass-next = Allez à l'hôpital public le plus proche et demandez la PASS. En cas d'urgence grave, appelez le 15.
outcome-pass-documents = Apportez les papiers que vous avez : identité, documents médicaux.
outcome-pass-who = L'assistante sociale de la PASS vous aide à ouvrir vos droits.

outcome-css-free-title = La Complémentaire santé solidaire, gratuite
outcome-css-free-what = Elle complète la sécurité sociale pour vos soins. Avec vos ressources, elle est gratuite.
outcome-css-free-next = Demandez-la dans votre compte ameli (« Mes démarches ») ou avec le formulaire Cerfa 12504 envoyé à votre caisse.
outcome-css-free-documents = Pas besoin de fiches de paie : la caisse retrouve elle-même les salaires, allocations et pensions. On compte les 12 mois qui finissent 2 mois avant la demande. Les droits durent 12 mois : renouvelez-les 2 à 4 mois avant la fin.
outcome-css-free-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-participation-title = La Complémentaire santé solidaire, avec une petite participation
outcome-css-participation-what = Elle complète la sécurité sociale pour vos soins. Vous payez chaque mois une petite somme par personne.
outcome-css-participation-next = Demandez-la dans votre compte ameli (« Mes démarches ») ou avec le formulaire Cerfa 12504 envoyé à votre caisse.
outcome-css-participation-documents = Pas besoin de fiches de paie : la caisse retrouve elle-même les salaires, allocations et pensions. On compte les 12 mois qui finissent 2 mois avant la demande. Les droits durent 12 mois : renouvelez-les 2 à 4 mois avant la fin.
outcome-css-participation-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-automatic-title = La Complémentaire santé solidaire, automatique avec le RSA
outcome-css-automatic-what = Avec le RSA, vous avez la Complémentaire santé solidaire gratuite, sans la demander. Vous pouvez la refuser.
outcome-css-automatic-next = Vérifiez-la dans votre compte ameli ou demandez à votre caisse.
outcome-css-automatic-documents = Aucune demande à faire.
outcome-css-automatic-who = CPAM, France Services, PIMMS.

outcome-mutuelle-employer-title = La mutuelle de votre employeur
outcome-mutuelle-employer-what = Tout employeur privé doit proposer une mutuelle d'entreprise et en payer au moins la moitié.
outcome-mutuelle-employer-next = Demandez-la au service du personnel ou à votre responsable.
outcome-mutuelle-employer-documents = Demandez la liste au service du personnel.
outcome-mutuelle-employer-who = Le service du personnel de votre entreprise.

outcome-mutuelle-title = Une mutuelle
outcome-mutuelle-what = Une mutuelle paie une partie de ce que la sécurité sociale ne rembourse pas. Le prix est souvent de 30 à 100 € par mois.
outcome-mutuelle-next = Comparez plusieurs offres avant de signer. Vous pouvez la résilier à tout moment après la première année.
outcome-mutuelle-documents = Un RIB.
outcome-mutuelle-who = France Services, PIMMS.

outcome-already-covered-title = Vous avez déjà la sécurité sociale
outcome-already-covered-what = Votre couverture de base est en place. Gardez votre carte Vitale ou votre attestation à jour.
outcome-already-covered-next = Vérifiez vos droits dans votre compte ameli ou à la CPAM.
outcome-already-covered-documents = Votre carte Vitale ou votre attestation de droits.
outcome-already-covered-who = CPAM, France Services, PIMMS.

outcome-get-help-title = Faites vérifier votre situation
outcome-get-help-what = Certaines réponses manquent, ou votre situation demande de l'aide : une personne peut vérifier vos droits avec vous.
outcome-get-help-next = Demandez à l'accueil, à une assistante sociale, à France Services ou à un PIMMS. C'est gratuit.
outcome-get-help-documents = Vos papiers : identité, titre de séjour ou récépissé, justificatif d'adresse, ressources.
outcome-get-help-who = L'accueil, une assistante sociale, France Services, PIMMS, CCAS.

outcome-ame-later-title = L'Aide médicale de l'État (AME), plus tard
outcome-ame-later-what = L'AME s'ouvre quand vous êtes sans titre de séjour ou visa valable depuis plus de 3 mois. En attendant, l'hôpital soigne ce qui est urgent, et la PASS vous reçoit.
outcome-ame-later-next = Gardez les preuves de votre présence en France : factures, courriers, attestations. Quand le délai est passé, faites la demande à la CPAM, ou dans un centre de santé ou une association agréés.
outcome-ame-later-documents = La liste des documents a changé en février 2026 (décret du 6 février 2026). Demandez-la à la CPAM ou à une assistante sociale.
outcome-ame-later-who = CCAS, PASS de l'hôpital, Comede, Médecins du Monde, une assistante sociale.

outcome-css-later-title = La Complémentaire santé solidaire, plus tard
outcome-css-later-what = Elle complète la sécurité sociale pour vos soins. Elle demande plus de 3 mois de travail, ou plus de 3 mois de vie en France.
outcome-css-later-next = Quand vous aurez plus de 3 mois de travail ou de vie en France, demandez-la dans votre compte ameli (« Mes démarches ») ou avec le formulaire Cerfa 12504.
outcome-css-later-documents = Rien pour le moment. La caisse retrouvera elle-même vos salaires et allocations.
outcome-css-later-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-protection-title = La Complémentaire santé solidaire, gratuite pendant 12 mois
outcome-css-protection-what = Avec la protection temporaire, vous avez la sécurité sociale dès votre arrivée, et la Complémentaire santé solidaire gratuite pendant 12 mois, sans condition de ressources.
outcome-css-protection-next = Montrez votre autorisation provisoire de séjour (APS) à la CPAM. Vous n'avez pas à déclarer vos ressources. Après 12 mois, demandez à la CPAM comment la renouveler.
outcome-css-protection-documents = Votre APS « bénéficiaire de la protection temporaire ». Pièce d'identité. Justificatif d'adresse ou domiciliation. RIB.
outcome-css-protection-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-mayotte-title = La Complémentaire santé solidaire à Mayotte
outcome-css-mayotte-what = Elle existe à Mayotte depuis 2024. Elle complète la sécurité sociale pour vos soins.
outcome-css-mayotte-next = Demandez-la à la Caisse de sécurité sociale de Mayotte (CSSM).
outcome-css-mayotte-documents = Demandez la liste à la CSSM. Ses plafonds de ressources sont à confirmer auprès d'elle.
outcome-css-mayotte-who = CSSM, France Services, CCAS.
