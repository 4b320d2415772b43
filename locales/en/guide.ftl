# The coverage guide: questions, answers, results, the staff view.
# Short sentences, one idea per line, the next concrete step first.

## Home tiles

tile-guide = Am I covered? Let us guide you
tile-guide-hint = A few questions, an answer for you
tile-guides = Health cover explained
tile-guides-hint = Sécurité sociale, CSS, mutuelle, AME, urgent care

## Questions (one per screen)

guide-progress = Question { $step } of up to { $total }
question-has-puma = Do you already have sécurité sociale (public health insurance)?
question-has-puma-hint = For example, a carte Vitale or a certificate of your rights (attestation de droits). AME is not sécurité sociale.
question-status = What is your situation in France?
question-works = Do you work in France?
question-works-hint = With an employment contract or payslips.
question-months = How long have you lived in France, without a break?
question-minor = Is the person who needs care under 18 years old?
question-urgent = Do you need care now?
question-pregnant = Are you pregnant?
question-rsa = Do you receive the RSA?
question-household = How many people live in your household?
question-household-hint = You, your partner, and the children under 25 years old that you support.
# $amount: yearly resources ceiling in euros for the household; $household: number of people.
question-income-free = Over 12 months, was your household's income below { $amount } €?
question-income-participation = Was your household's income below { $amount } €?
question-income-hint = For a household of { $household ->
        [one] { $household } person
       *[other] { $household } people
    }. The 12 months that end 2 months before you apply. Wages, benefits, pensions: everything the household received.
# For citizens of the EU, EEA or Switzerland who do not work in France.
question-eu-resources = Do you have enough money to live on, and health insurance?
question-eu-resources-hint = For example, a pension or a regular income, and the European Health Insurance Card from your country or private insurance.
question-irregular-months = How long have you been without a valid residence permit or visa?
question-irregular-months-hint = Since your visa or residence permit ended, or since you arrived without papers.
question-employee = Are you an employee of a private company?

## Answers

answer-yes = Yes
answer-no = No
answer-unknown = I don't know
# $value: a number of people.
answer-household = { $value ->
        [one] { $value } person
       *[other] { $value } people
    }
answer-months-less = 3 months or less
answer-months-more = More than 3 months
answer-irregular-0 = Less than 1 month
answer-irregular-1 = Between 1 and 2 months
answer-irregular-2 = Between 2 and 3 months
status-french = I am French
status-eu = I am a citizen of a European Union country
status-permit = I have a residence permit or a récépissé
status-refugee = I have refugee status or subsidiary protection
status-asylum-seeker = I am asking for asylum
status-temporary-protection = I have temporary protection (people displaced from Ukraine)
status-student = I am a student
status-no-papers = I have no papers
status-unknown = I don't know

## Results

result-title = What you can get
result-intro = This is what matches your answers. Start with the first step.
result-next = Next step
result-documents = Documents to bring
result-who = Who can help you
result-website = Official website
result-qr = Scan with your phone to keep the link.
result-show-staff = Show to reception staff
result-restart = Start again
staff-title = For reception staff
staff-visitor-language = Visitor's language
# $from, $to: dates; $household: people; $free, $participation: euros a year.
result-ceiling = Income limits for { $household ->
        [one] { $household } person
       *[other] { $household } people
    }: { $free } € a year (free), { $participation } € a year (with a contribution). Period from { $from } to { $to }.
# $to: the last date the kiosk knows ceilings for.
result-ceiling-stale = Warning: these limits were valid until { $to }. They may have changed. Check with the official simulator on complementaire-sante-solidaire.gouv.fr.
result-ceiling-computed = Amounts calculated for overseas France, to be confirmed.
# The monthly participation per person, by age on 1 January.
result-participation = Per person and per month, by age on 1 January: { $a29 } € up to age 29, { $a49 } € from 30 to 49, { $a59 } € from 50 to 59, { $a69 } € from 60 to 69, { $a70 } € from age 70.
# $a29 ... $a70: the reduced amounts of the régime local d'Alsace-Moselle.
result-participation-regime-local = If you work or are retired in Alsace-Moselle (régime local), it is less: { $a29 } € up to age 29, { $a49 } € from 30 to 49, { $a59 } € from 50 to 59, { $a69 } € from 60 to 69, { $a70 } € from age 70.
# $months: the most months left before the visitor can ask for AME.
result-ame-opens = You will be able to apply for AME in at most { $months ->
        [one] { $months } month
       *[other] { $months } months
    }.

## Outcomes

outcome-puma-title = Sécurité sociale (PUMa)
outcome-puma-what = It pays back a large part of your care: doctor, hospital, medicines.
outcome-puma-next = Ask to register with the health insurance fund (CPAM). If you work, your employer often does it for you.
outcome-puma-documents = ID document. Residence permit or proof of your application. Birth certificate, translated if needed. Proof of address or a postal address (domiciliation). RIB (bank details).
outcome-puma-who = France Services, PIMMS, CCAS (town social services) or a social worker can help you with the application.

outcome-puma-wait-title = Sécurité sociale after 3 months in France
outcome-puma-wait-what = Adult asylum seekers wait 3 months. Your children under 18 do not wait. While you wait, the hospital covers urgent care, all care for pregnant women and newborn babies, abortion, and care that stops a disease from being passed on.
outcome-puma-wait-next = For care now, go to the PASS of a public hospital. After 3 months in France, ask the CPAM for sécurité sociale.
outcome-puma-wait-documents = Certificate of your asylum application. ID document if you have one. Proof of address or a postal address (domiciliation).
outcome-puma-wait-who = The hospital PASS, a social worker.

outcome-ame-title = State Medical Aid (AME)
outcome-ame-what = It pays for your care at the sécurité sociale rate, with no money paid up front. Some non-urgent care needs approval during the first 9 months.
outcome-ame-next = Make your first application in person at the CPAM, or at an approved health centre or association. The answer comes within 2 months: no answer means no. AME lasts 1 year: renew it 2 months before it ends.
outcome-ame-documents = The list of documents changed in February 2026 (decree of 6 February 2026). Ask the CPAM or a social worker for it before you apply.
outcome-ame-who = CCAS, hospital PASS, Comede, Médecins du Monde, a social worker.

outcome-dsuv-title = Urgent care at the hospital
outcome-dsuv-what = Without AME, the hospital treats what is urgent: when your life or health is in danger, and also for an unborn child. For everyone, it also covers pregnancy check-ups, giving birth, care for the newborn baby, abortion, and care that stops a disease from being passed on.
outcome-dsuv-next = Go to the emergency department or to the PASS of a public hospital. Say that you have no health cover.
outcome-dsuv-documents = Bring the papers you have: ID, medical documents.
outcome-dsuv-who = The hospital social worker.

outcome-pass-title = The hospital PASS
outcome-pass-what = In public hospitals, the PASS treats people without health cover: consultations, tests and medicines if needed, free of charge.
outcome-pass-next = Go to the nearest public hospital and ask for the PASS. In a serious emergency, call 15.
outcome-pass-documents = Bring the papers you have: ID, medical documents.
outcome-pass-who = The PASS social worker helps you claim your rights.

outcome-css-free-title = Complémentaire santé solidaire, free
outcome-css-free-what = It tops up sécurité sociale for your care. With your income, it is free.
outcome-css-free-next = Apply in your ameli account (« Mes démarches ») or send the Cerfa 12504 form to your health insurance fund.
outcome-css-free-documents = No need for payslips: the health insurance fund finds the wages, benefits and pensions by itself. The 12 months that end 2 months before you apply are counted. The rights last 12 months: renew them 2 to 4 months before they end.
outcome-css-free-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-participation-title = Complémentaire santé solidaire, with a small contribution
outcome-css-participation-what = It tops up sécurité sociale for your care. Each month, you pay a small amount for each person.
outcome-css-participation-next = Apply in your ameli account (« Mes démarches ») or send the Cerfa 12504 form to your health insurance fund.
outcome-css-participation-documents = No need for payslips: the health insurance fund finds the wages, benefits and pensions by itself. The 12 months that end 2 months before you apply are counted. The rights last 12 months: renew them 2 to 4 months before they end.
outcome-css-participation-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-automatic-title = Complémentaire santé solidaire, automatic with the RSA
outcome-css-automatic-what = With the RSA, you get Complémentaire santé solidaire for free, without applying. You can refuse it.
outcome-css-automatic-next = Check it in your ameli account or ask your health insurance fund.
outcome-css-automatic-documents = No application needed.
outcome-css-automatic-who = CPAM, France Services, PIMMS.

outcome-mutuelle-employer-title = Your employer's mutuelle
outcome-mutuelle-employer-what = Every private employer must offer a company mutuelle and pay at least half of it.
outcome-mutuelle-employer-next = Ask the HR department or your manager for it.
outcome-mutuelle-employer-documents = Ask the HR department for the list.
outcome-mutuelle-employer-who = The HR department of your company.

outcome-mutuelle-title = A mutuelle (top-up health insurance)
outcome-mutuelle-what = A mutuelle pays part of what sécurité sociale does not pay back. It often costs 30 to 100 € a month.
outcome-mutuelle-next = Compare several offers before you sign. You can cancel it at any time after the first year.
outcome-mutuelle-documents = A RIB (bank details).
outcome-mutuelle-who = France Services, PIMMS.

outcome-already-covered-title = You already have sécurité sociale
outcome-already-covered-what = Your basic cover is in place. Keep your carte Vitale or your certificate up to date.
outcome-already-covered-next = Check your rights in your ameli account or at the CPAM.
outcome-already-covered-documents = Your carte Vitale or your certificate of rights.
outcome-already-covered-who = CPAM, France Services, PIMMS.

outcome-get-help-title = Get your situation checked
outcome-get-help-what = Some answers are missing, or your situation needs help: someone can check your rights with you.
outcome-get-help-next = Ask at reception, or ask a social worker, France Services or a PIMMS. It is free.
outcome-get-help-documents = Your papers: ID, residence permit or récépissé, proof of address, income.
outcome-get-help-who = Reception, a social worker, France Services, PIMMS, CCAS.

outcome-ame-later-title = State Medical Aid (AME), later
outcome-ame-later-what = You can get AME once you have been without a valid residence permit or visa for more than 3 months. Until then, the hospital treats what is urgent, and the PASS sees you.
outcome-ame-later-next = Keep proof that you are in France: bills, letters, certificates. When the waiting time is over, apply at the CPAM, or at an approved health centre or association.
outcome-ame-later-documents = The list of documents changed in February 2026 (decree of 6 February 2026). Ask the CPAM or a social worker for it.
outcome-ame-later-who = CCAS, hospital PASS, Comede, Médecins du Monde, a social worker.

outcome-css-later-title = Complémentaire santé solidaire, later
outcome-css-later-what = It tops up sécurité sociale for your care. You need more than 3 months of work, or more than 3 months of living in France.
outcome-css-later-next = When you have more than 3 months of work or of living in France, apply in your ameli account (« Mes démarches ») or with the Cerfa 12504 form.
outcome-css-later-documents = Nothing for now. The health insurance fund will find your wages and benefits by itself.
outcome-css-later-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-protection-title = Complémentaire santé solidaire, free for 12 months
outcome-css-protection-what = With temporary protection, you have sécurité sociale from the day you arrive, and free Complémentaire santé solidaire for 12 months, with no income conditions.
outcome-css-protection-next = Show your temporary permission to stay (autorisation provisoire de séjour, APS) at the CPAM. You do not have to declare your income. After 12 months, ask the CPAM how to renew your Complémentaire santé solidaire.
outcome-css-protection-documents = Your APS marked « bénéficiaire de la protection temporaire ». ID document. Proof of address or a postal address (domiciliation). RIB (bank details).
outcome-css-protection-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-mayotte-title = Complémentaire santé solidaire in Mayotte
outcome-css-mayotte-what = It has existed in Mayotte since 2024. It tops up sécurité sociale for your care.
outcome-css-mayotte-next = Apply for it at the Caisse de sécurité sociale de Mayotte (CSSM).
outcome-css-mayotte-documents = Ask the CSSM for the list. Its income limits are to be confirmed with the CSSM.
outcome-css-mayotte-who = CSSM, France Services, CCAS.
