# "Health cover explained": one page per scheme, each with the same sections.
# Short sentences, one idea per line.

## Guide list and sections

guides-title = Health cover explained
guide-section-what = What it is
guide-section-who = Who can get it
guide-section-how = How to apply
guide-section-documents = The documents
guide-section-problems = Common problems, and what to do
guide-section-help = Who can help you
# $date: the date the page was checked against its sources.
guide-verified = Checked on { $date }
# $sources: the sources, with their dates.
guide-sources = Sources: { $sources }
guide-to-confirm = To be confirmed

## Sécurité sociale (PUMa)

guide-puma-title = Sécurité sociale (PUMa)
guide-puma-what = Universal health cover (PUMa) pays back a large part of your care: doctor, hospital, medicines. People often call it « la sécurité sociale ».
guide-puma-who = Anyone who works in France, from the first day of work. Anyone who has lived in France for more than 3 months without a break, with a residence permit or proof of an application in progress. No need to wait 3 months: refugees and people with protection, people with temporary protection (displaced from Ukraine), family joining an insured person, students, people who receive family or housing benefits. Adult asylum seekers wait 3 months; their children do not wait. European Union citizens who do not work must have enough money to live on and health insurance: if not, get your situation checked. AME is not sécurité sociale.
guide-puma-how = Often, the employer does it. If not, send a form to the health insurance fund (CPAM) of your département.
guide-puma-documents = ID document. Residence permit or proof of your application (récépissé, letter asking you to come, appointment). Birth certificate, translated if needed. Proof of address, or a postal address (domiciliation). RIB (bank details).
guide-puma-problems = Without a stable address, ask the CCAS or an approved association for a domiciliation: it is used as the address for your file. The CPAM machines ask for a carte Vitale and an ameli code: at first, go to the desk or to France Services.
guide-puma-help = France Services, PIMMS, CCAS, a social worker. Health insurance (Assurance Maladie) phone: 36 46.
guide-puma-form = The number and version of the application form are to be confirmed.

## Complémentaire santé solidaire (CSS)

guide-css-title = Complémentaire santé solidaire (CSS)
guide-css-what = It tops up sécurité sociale to pay for your care. It is free or costs a small amount each month, depending on household income.
guide-css-who = People who have sécurité sociale and a low income. The household: you, your partner, and the children under 25 that you support. You need more than 3 months of work, or more than 3 months of living in France. With the RSA, it is free and automatic. With the ASPA, the ASI or the AAH, it is often given under conditions, with a contribution. With temporary protection: free for 12 months, when you show your APS. In Mayotte, it has existed since 2024: ask the CSSM.
guide-css-how = In your ameli account (« Mes démarches »), or with the Cerfa 12504 form sent to your health insurance fund.
guide-css-documents = No need for payslips: the health insurance fund finds the wages, benefits and pensions by itself. The income counted is that of the 12 months that end 2 months before you apply. Some benefits are not counted, for example the AEEH, the back-to-school allowance (allocation de rentrée scolaire), the PCH and the APA. If you are housed for free, own your home, or receive housing benefit, a fixed amount is added to the income counted.
guide-css-problems = The rights last 12 months: renew them 2 to 4 months before they end, or they stop. The income limits change every year on 1 April. In Alsace-Moselle, the contribution is lower only for the régime local: if you work or are retired there.
guide-css-help = CPAM, France Services, PIMMS, CCAS.

## Mutuelle

guide-mutuelle-title = Mutuelle (top-up health insurance)
guide-mutuelle-what = Private health insurance that pays part of what sécurité sociale does not pay back.
guide-mutuelle-who = Anyone who has sécurité sociale. Private-sector employees: the employer must offer a company mutuelle and pay at least half of it.
guide-mutuelle-how = Employees: ask the HR department. Otherwise: compare several offers, often 30 to 100 € a month. You can cancel it at any time after the first year.
guide-mutuelle-documents = A RIB (bank details).
guide-mutuelle-problems = Once the mutuelle is linked to your file, the health insurance fund sends it your refunds by itself (télétransmission): you do not send any papers. You can check this in your ameli account.
guide-mutuelle-help = France Services, PIMMS.

## Aide médicale de l'État (AME)

guide-ame-title = State Medical Aid (AME)
guide-ame-what = It pays for your care at 100 % of the sécurité sociale rate, with no money paid up front, for people without a residence permit.
guide-ame-who = People who have lived in France for more than 3 months without a break, who have had no valid residence permit for more than 3 months, and whose income is below the limit. Not in Mayotte. Children of parents without papers get it without these conditions.
guide-ame-how = The first application is made in person at the CPAM, or at an approved health centre or association. The answer comes within 2 months. AME lasts 1 year: renew it 2 months before it ends.
guide-ame-documents = The list of documents changed in February 2026 (decree of 6 February 2026). Ask the CPAM or a social worker for it before you apply.
guide-ame-problems = No answer after 2 months means no: a social worker can help you respond. Some non-urgent care needs approval during the first 9 months.
guide-ame-help = CCAS, hospital PASS, Comede, Médecins du Monde, a social worker.
guide-ame-form = The number and version of the application form (Cerfa 11573) are to be confirmed.

## Urgent care and the hospital PASS

guide-urgent-title = Urgent care and the hospital PASS
guide-urgent-what = The PASS is a drop-in service in public hospitals for people without health cover. Without AME, the hospital also treats what is urgent: "urgent and life-saving care".
guide-urgent-who = The PASS: anyone without cover, whatever their situation. Urgent care: people without papers who have been in France for less than 3 months, or who do not have AME yet, and asylum seekers waiting 3 months, when life or health is in danger, also for an unborn child. For all these people, also: pregnancy check-ups, giving birth, care for the newborn baby, abortion, and care that stops a disease from being passed on.
guide-urgent-how = Go to the public hospital and ask for the PASS. In a serious emergency, call 15.
guide-urgent-documents = Bring the papers you have: ID, medical documents.
guide-urgent-problems = At the PASS, a social worker helps you claim your rights: ask to see them.
guide-urgent-help = The social worker of the PASS or of the hospital.

## Care open without cover

guide-free-care-title = Care without health cover
guide-free-care-what = Some places give care without asking for health cover.
guide-free-care-who = PMI: pregnant women and children under 6. CeGIDD: testing and treatment for HIV, hepatitis and sexually transmitted infections, free, anonymous if you wish. Sexual health centres (formerly family planning centres). Comede: health and rights of exiled people. Médecins du Monde (CASO): free care with no conditions, and help to get cover.
guide-free-care-how = Ask at reception, or ask a social worker, for the nearest address.
guide-free-care-documents = No health cover is required.
guide-free-care-problems = These places do not replace health cover: ask them for help to claim your rights too.
guide-free-care-help = A social worker, Comede, Médecins du Monde.
