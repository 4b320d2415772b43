# "Health cover explained": one page per scheme, each with the same sections.
# Short sentences, one idea per line.

## Guide list and sections

guides-title = La couverture santé expliquée
guide-section-what = Ce que c'est
guide-section-who = Qui peut l'avoir
guide-section-how = Comment la demander
guide-section-documents = Les documents
guide-section-problems = Ce qui bloque souvent, et comment faire
guide-section-help = Qui peut vous aider
# $date: the date the page was checked against its sources.
guide-verified = Vérifié le { $date }
# $sources: the sources, with their dates.
guide-sources = Sources : { $sources }
guide-to-confirm = À confirmer

## Sécurité sociale (PUMa)

guide-puma-title = La sécurité sociale (PUMa)
guide-puma-what = La protection universelle maladie rembourse une grande partie de vos soins : médecin, hôpital, médicaments. On l'appelle souvent « la sécurité sociale ».
guide-puma-who = Toute personne qui travaille en France, dès le premier jour de travail. Toute personne qui vit en France depuis plus de 3 mois sans interruption, avec un titre de séjour ou la preuve d'une demande en cours. Sans attendre 3 mois : les réfugiés et les personnes protégées, les personnes sous protection temporaire (déplacées d'Ukraine), la famille qui rejoint un assuré, les étudiants, les personnes qui reçoivent des allocations familiales ou de logement. Les demandeurs d'asile adultes attendent 3 mois ; leurs enfants n'attendent pas. Les citoyens de l'Union européenne qui ne travaillent pas doivent avoir assez d'argent pour vivre et une assurance maladie : sinon, faites vérifier votre situation. L'AME n'est pas la sécurité sociale.
guide-puma-how = Souvent, l'employeur s'en occupe. Sinon, envoyez un formulaire à la caisse d'assurance maladie (CPAM) de votre département.
guide-puma-documents = Pièce d'identité. Titre de séjour ou preuve de votre demande (récépissé, convocation, rendez-vous). Acte de naissance, traduit si besoin. Justificatif d'adresse, ou domiciliation. RIB.
guide-puma-problems = Sans adresse stable, demandez une domiciliation au CCAS ou à une association agréée : elle sert d'adresse pour votre dossier. Les bornes de la CPAM demandent une carte Vitale et un code ameli : au début, allez au guichet ou à France Services.
guide-puma-help = France Services, PIMMS, CCAS, une assistante sociale. Téléphone de l'Assurance Maladie : 36 46.
guide-puma-form = Le numéro et la version du formulaire de demande sont à confirmer.

## Complémentaire santé solidaire (CSS)

guide-css-title = La Complémentaire santé solidaire (CSS)
guide-css-what = Elle complète la sécurité sociale pour payer vos soins. Elle est gratuite ou coûte une petite somme par mois, selon les ressources du foyer.
guide-css-who = Les personnes qui ont la sécurité sociale et des ressources faibles. Le foyer : vous, votre conjoint, et les enfants de moins de 25 ans à votre charge. Il faut plus de 3 mois de travail, ou plus de 3 mois de vie en France. Avec le RSA, elle est gratuite et automatique. Avec l'ASPA, l'ASI ou l'AAH, elle est souvent accordée sous conditions, avec participation. Avec la protection temporaire : gratuite pendant 12 mois, sur présentation de l'APS. À Mayotte, elle existe depuis 2024 : demandez à la CSSM.
guide-css-how = Dans votre compte ameli (« Mes démarches »), ou avec le formulaire Cerfa 12504 envoyé à votre caisse.
guide-css-documents = Pas besoin de fiches de paie : la caisse retrouve elle-même les salaires, allocations et pensions. On compte les ressources des 12 mois qui finissent 2 mois avant la demande. Certaines aides ne comptent pas, par exemple l'AEEH, l'allocation de rentrée scolaire, la PCH et l'APA. Si vous êtes logé gratuitement, propriétaire, ou si vous recevez une aide au logement, un montant forfaitaire est ajouté.
guide-css-problems = Les droits durent 12 mois : renouvelez-les 2 à 4 mois avant la fin, sinon ils s'arrêtent. Les plafonds changent chaque 1er avril. En Alsace-Moselle, la participation est plus faible seulement pour le régime local : si vous travaillez ou êtes retraité là-bas.
guide-css-help = CPAM, France Services, PIMMS, CCAS.

## Mutuelle

guide-mutuelle-title = La mutuelle
guide-mutuelle-what = Une assurance santé privée qui paie une partie de ce que la sécurité sociale ne rembourse pas.
guide-mutuelle-who = Toute personne qui a la sécurité sociale. Les salariés du privé : l'employeur doit proposer une mutuelle d'entreprise et en payer au moins la moitié.
guide-mutuelle-how = Salarié : demandez au service du personnel. Sinon : comparez plusieurs offres, souvent de 30 à 100 € par mois. Vous pouvez la résilier à tout moment après la première année.
guide-mutuelle-documents = Un RIB.
guide-mutuelle-problems = Une fois la mutuelle liée à votre dossier, la caisse lui envoie vos remboursements toute seule (télétransmission) : vous n'envoyez aucun papier. Vous pouvez le vérifier dans votre compte ameli.
guide-mutuelle-help = France Services, PIMMS.

## Aide médicale de l'État (AME)

guide-ame-title = L'Aide médicale de l'État (AME)
guide-ame-what = Elle paie vos soins à 100 % du tarif de la sécurité sociale, sans avance d'argent, pour les personnes sans titre de séjour.
guide-ame-who = Les personnes qui vivent en France depuis plus de 3 mois sans interruption, sans titre de séjour valable depuis plus de 3 mois, avec des ressources sous le plafond. Pas à Mayotte. Les enfants de parents sans papiers l'ont sans ces conditions.
guide-ame-how = La première demande se fait en personne à la CPAM, ou dans un centre de santé ou une association agréés. La réponse arrive en 2 mois au plus. L'AME dure 1 an : renouvelez-la 2 mois avant la fin.
guide-ame-documents = La liste des documents a changé en février 2026 (décret du 6 février 2026). Demandez-la à la CPAM ou à une assistante sociale avant de faire le dossier.
guide-ame-problems = Sans réponse après 2 mois, c'est un refus : une assistante sociale peut vous aider à réagir. Certains soins non urgents demandent un accord pendant les 9 premiers mois.
guide-ame-help = CCAS, PASS de l'hôpital, Comede, Médecins du Monde, une assistante sociale.
guide-ame-form = Le numéro et la version du formulaire de demande (Cerfa 11573) sont à confirmer.

## Urgent care and the hospital PASS

guide-urgent-title = Soins urgents et PASS de l'hôpital
guide-urgent-what = La PASS est une permanence des hôpitaux publics pour les personnes sans couverture santé. Sans AME, l'hôpital soigne aussi ce qui est urgent : les « soins urgents et vitaux ».
guide-urgent-who = La PASS : toute personne sans couverture, quelle que soit sa situation. Les soins urgents : les personnes sans papiers en France depuis moins de 3 mois, ou sans AME pour le moment, et les demandeurs d'asile qui attendent 3 mois, quand la vie ou la santé sont en danger, aussi pour un enfant à naître. Pour toutes ces personnes, aussi : le suivi de la grossesse, l'accouchement, les soins du nouveau-né, l'IVG, et les soins qui évitent de transmettre une maladie.
guide-urgent-how = Allez à l'hôpital public et demandez la PASS. En cas d'urgence grave, appelez le 15.
guide-urgent-documents = Apportez les papiers que vous avez : identité, documents médicaux.
guide-urgent-problems = À la PASS, une assistante sociale vous aide à ouvrir vos droits : demandez à la voir.
guide-urgent-help = L'assistante sociale de la PASS ou de l'hôpital.

## Care open without cover

guide-free-care-title = Soins ouverts sans couverture santé
guide-free-care-what = Certains lieux soignent sans condition de couverture santé.
guide-free-care-who = PMI : les femmes enceintes et les enfants de moins de 6 ans. CeGIDD : dépistage et traitement du VIH, des hépatites et des infections sexuelles, gratuit, anonyme si vous le voulez. Centres de santé sexuelle (les anciens centres de planification familiale). Comede : santé et droits des personnes exilées. Médecins du Monde (CASO) : soins gratuits et sans condition, et aide pour obtenir une couverture.
guide-free-care-how = Demandez à l'accueil ou à une assistante sociale l'adresse la plus proche.
guide-free-care-documents = Aucune couverture santé n'est demandée.
guide-free-care-problems = Ces lieux ne remplacent pas une couverture santé : demandez-y aussi de l'aide pour ouvrir vos droits.
guide-free-care-help = Une assistante sociale, Comede, Médecins du Monde.
