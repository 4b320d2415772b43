# The coverage guide: questions, answers, results, the staff view.
# Short sentences, one idea per line, the next concrete step first.

## Home tiles

tile-guide = ¿Tengo cobertura médica? Déjese guiar
tile-guide-hint = Algunas preguntas, una respuesta para usted
tile-guides = La cobertura de salud explicada
tile-guides-hint = Sécurité sociale, CSS, mutuelle, AME, urgencias

## Questions (one per screen)

guide-progress = Pregunta { $step } de { $total } como máximo
question-has-puma = ¿Ya tiene la sécurité sociale (seguro médico público)?
question-has-puma-hint = Por ejemplo, una carte Vitale o una attestation de droits (certificado de sus derechos). La AME no es la sécurité sociale.
question-status = ¿Cuál es su situación en Francia?
question-works = ¿Trabaja en Francia?
question-works-hint = Con un contrato de trabajo o recibos de sueldo.
question-months = ¿Cuánto tiempo lleva viviendo en Francia, sin interrupción?
question-minor = ¿La persona que necesita atención médica tiene menos de 18 años?
question-urgent = ¿Necesita atención médica ahora?
question-pregnant = ¿Está embarazada?
question-rsa = ¿Recibe el RSA?
question-household = ¿Cuántas personas viven en su hogar?
question-household-hint = Usted, su pareja y sus hijos e hijas menores de 25 años que dependen de usted.
# $amount: yearly resources ceiling in euros for the household; $household: number of people.
question-income-free = ¿Los ingresos de su hogar en 12 meses suman menos de { $amount } €?
question-income-participation = ¿Los ingresos de su hogar suman menos de { $amount } €?
question-income-hint = Para un hogar de { $household ->
        [one] { $household } persona
        [many] { $household } personas
       *[other] { $household } personas
    }. Los 12 meses que terminan 2 meses antes de la solicitud. Salarios, ayudas sociales, pensiones: todo lo que recibió el hogar.
# For citizens of the EU, EEA or Switzerland who do not work in France.
question-eu-resources = ¿Tiene suficiente dinero para vivir y un seguro médico?
question-eu-resources-hint = Por ejemplo, una pensión o ingresos regulares, y la tarjeta sanitaria europea de su país o un seguro privado.
question-irregular-months = ¿Cuánto tiempo lleva sin permiso de residencia (titre de séjour) ni visa válidos?
question-irregular-months-hint = Desde que terminó su visa o su permiso de residencia, o desde que llegó sin papeles.
question-employee = ¿Trabaja como empleado en una empresa privada?

## Answers

answer-yes = Sí
answer-no = No
answer-unknown = No sé
# $value: a number of people.
answer-household = { $value ->
        [one] { $value } persona
        [many] { $value } personas
       *[other] { $value } personas
    }
answer-months-less = 3 meses o menos
answer-months-more = Más de 3 meses
answer-irregular-0 = Menos de 1 mes
answer-irregular-1 = Entre 1 y 2 meses
answer-irregular-2 = Entre 2 y 3 meses
status-french = Tengo la nacionalidad francesa
status-eu = Tengo la nacionalidad de un país de la Unión Europea
status-permit = Tengo permiso de residencia o récépissé
status-refugee = Tengo estatus de refugiado o protección subsidiaria
status-asylum-seeker = Soy solicitante de asilo
status-temporary-protection = Tengo protección temporal (personas desplazadas de Ucrania)
status-student = Soy estudiante
status-no-papers = Estoy sin papeles (sin permiso ni visa válidos)
status-unknown = No sé

## Results

result-title = Lo que puede obtener
result-intro = Esto es lo que corresponde a sus respuestas. Empiece por el primer paso.
result-next = Siguiente paso
result-documents = Documentos que debe llevar
result-who = Quién puede ayudarle
result-website = Sitio web oficial
result-qr = Escanee con su teléfono para guardar el enlace.
result-show-staff = Mostrar en recepción
result-restart = Empezar de nuevo
staff-title = Para el personal de recepción
staff-visitor-language = Idioma del visitante
# $from, $to: dates; $household: people; $free, $participation: euros a year.
result-ceiling = Límites de ingresos para { $household ->
        [one] { $household } persona
        [many] { $household } personas
       *[other] { $household } personas
    }: { $free } € al año (gratuita), { $participation } € al año (con pago). Periodo del { $from } al { $to }.
# $to: the last date the kiosk knows ceilings for.
result-ceiling-stale = Atención: estos límites eran válidos hasta el { $to }. Es posible que hayan cambiado. Compruébelo con el simulador oficial en complementaire-sante-solidaire.gouv.fr.
result-ceiling-computed = Cantidades calculadas para los territorios de ultramar, por confirmar.
# The monthly participation per person, by age on 1 January.
result-participation = Por persona y por mes, según la edad el 1 de enero: { $a29 } € hasta los 29 años, { $a49 } € de 30 a 49 años, { $a59 } € de 50 a 59 años, { $a69 } € de 60 a 69 años, { $a70 } € a partir de los 70 años.
# $a29 ... $a70: the reduced amounts of the régime local d'Alsace-Moselle.
result-participation-regime-local = Si trabaja o está jubilado en Alsacia-Mosela (régime local), es menos: { $a29 } € hasta los 29 años, { $a49 } € de 30 a 49 años, { $a59 } € de 50 a 59 años, { $a69 } € de 60 a 69 años, { $a70 } € a partir de los 70 años.
# $months: the most months left before the visitor can ask for AME.
result-ame-opens = Podrá pedir la AME dentro de { $months ->
        [one] { $months } mes
        [many] { $months } meses
       *[other] { $months } meses
    } como máximo.

## Outcomes

outcome-puma-title = La sécurité sociale (PUMa)
outcome-puma-what = Le reembolsa una gran parte de su atención médica: médico, hospital, medicamentos.
outcome-puma-next = Pida su inscripción en la caja del seguro médico (CPAM). Si trabaja, muchas veces su empleador se encarga.
outcome-puma-documents = Documento de identidad. Permiso de residencia (titre de séjour) o prueba de su solicitud. Certificado de nacimiento, traducido si hace falta. Comprobante de domicilio o domiciliation (dirección postal). RIB (datos bancarios).
outcome-puma-who = France Services, PIMMS, el CCAS (servicios sociales del ayuntamiento) o una trabajadora social le ayudan a preparar el expediente.

outcome-puma-wait-title = La sécurité sociale después de 3 meses en Francia
outcome-puma-wait-what = Los solicitantes de asilo adultos esperan 3 meses. Sus hijos menores de edad no esperan. Durante la espera, el hospital cubre la atención urgente, toda la atención de las mujeres embarazadas y de los recién nacidos, el aborto (IVG) y la atención que evita transmitir una enfermedad.
outcome-puma-wait-next = Para recibir atención ahora, vaya a la PASS (atención para personas sin cobertura) de un hospital público. Después de 3 meses en Francia, pida la sécurité sociale en la CPAM.
outcome-puma-wait-documents = Attestation de demande d'asile (certificado de solicitud de asilo). Documento de identidad si lo tiene. Comprobante de domicilio o domiciliation (dirección postal).
outcome-puma-wait-who = La PASS del hospital, una trabajadora social.

outcome-ame-title = La Ayuda Médica del Estado (AME)
outcome-ame-what = Paga su atención médica según la tarifa de la sécurité sociale, sin adelantar dinero. Algunos cuidados no urgentes necesitan una autorización durante los 9 primeros meses.
outcome-ame-next = Haga la primera solicitud en persona en la CPAM, o en un centro de salud o una asociación autorizados. La respuesta llega en 2 meses como máximo: si no recibe respuesta, es un rechazo. La AME dura 1 año: renuévela 2 meses antes de que termine.
outcome-ame-documents = La lista de documentos cambió en febrero de 2026 (decreto del 6 de febrero de 2026). Pídala en la CPAM o a una trabajadora social antes de preparar el expediente.
outcome-ame-who = CCAS, PASS del hospital, Comede, Médecins du Monde, una trabajadora social.

outcome-dsuv-title = La atención urgente en el hospital
outcome-dsuv-what = Sin AME, el hospital atiende lo que es urgente: cuando su vida o su salud están en peligro, y también para un bebé que va a nacer. Para todos, también cubre el seguimiento del embarazo, el parto, la atención del recién nacido, el aborto (IVG) y la atención que evita transmitir una enfermedad.
outcome-dsuv-next = Vaya a urgencias o a la PASS de un hospital público. Diga que no tiene cobertura médica.
outcome-dsuv-documents = Lleve los papeles que tenga: identidad, documentos médicos.
outcome-dsuv-who = La trabajadora social del hospital.

outcome-pass-title = La PASS del hospital
outcome-pass-what = En los hospitales públicos, la PASS atiende a las personas sin cobertura médica: consultas, pruebas y medicamentos si hacen falta, gratis.
outcome-pass-next = Vaya al hospital público más cercano y pida la PASS. En caso de urgencia grave, llame al 15.
outcome-pass-documents = Lleve los papeles que tenga: identidad, documentos médicos.
outcome-pass-who = La trabajadora social de la PASS le ayuda a tramitar su cobertura médica.

outcome-css-free-title = La Complémentaire santé solidaire, gratuita
outcome-css-free-what = Completa la sécurité sociale para su atención médica. Con sus ingresos, es gratuita.
outcome-css-free-next = Pídala en su cuenta ameli (« Mes démarches ») o con el formulario Cerfa 12504 enviado a su caja del seguro médico.
outcome-css-free-documents = No hacen falta recibos de sueldo: la caja del seguro médico encuentra por sí misma los salarios, ayudas sociales y pensiones. Se cuentan los 12 meses que terminan 2 meses antes de la solicitud. Los derechos duran 12 meses: renuévelos de 2 a 4 meses antes del final.
outcome-css-free-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-participation-title = La Complémentaire santé solidaire, con un pequeño pago
outcome-css-participation-what = Completa la sécurité sociale para su atención médica. Usted paga cada mes una pequeña cantidad por persona.
outcome-css-participation-next = Pídala en su cuenta ameli (« Mes démarches ») o con el formulario Cerfa 12504 enviado a su caja del seguro médico.
outcome-css-participation-documents = No hacen falta recibos de sueldo: la caja del seguro médico encuentra por sí misma los salarios, ayudas sociales y pensiones. Se cuentan los 12 meses que terminan 2 meses antes de la solicitud. Los derechos duran 12 meses: renuévelos de 2 a 4 meses antes del final.
outcome-css-participation-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-automatic-title = La Complémentaire santé solidaire, automática con el RSA
outcome-css-automatic-what = Con el RSA, usted tiene la Complémentaire santé solidaire gratuita, sin pedirla. Puede rechazarla.
outcome-css-automatic-next = Compruébela en su cuenta ameli o pregunte a su caja del seguro médico.
outcome-css-automatic-documents = No tiene que hacer ninguna solicitud.
outcome-css-automatic-who = CPAM, France Services, PIMMS.

outcome-mutuelle-employer-title = La mutuelle (seguro complementario) de su empleador
outcome-mutuelle-employer-what = Todo empleador privado debe ofrecer una mutuelle de empresa y pagar al menos la mitad.
outcome-mutuelle-employer-next = Pídala al departamento de personal o a su jefe.
outcome-mutuelle-employer-documents = Pida la lista al departamento de personal.
outcome-mutuelle-employer-who = El departamento de personal de su empresa.

outcome-mutuelle-title = Una mutuelle (seguro médico complementario)
outcome-mutuelle-what = Una mutuelle paga una parte de lo que la sécurité sociale no reembolsa. El precio suele ser de 30 a 100 € al mes.
outcome-mutuelle-next = Compare varias ofertas antes de firmar. Puede cancelarla en cualquier momento después del primer año.
outcome-mutuelle-documents = Un RIB (datos bancarios).
outcome-mutuelle-who = France Services, PIMMS.

outcome-already-covered-title = Ya tiene la sécurité sociale
outcome-already-covered-what = Su cobertura básica está activa. Mantenga actualizada su carte Vitale o su attestation de droits (certificado).
outcome-already-covered-next = Compruebe sus derechos en su cuenta ameli o en la CPAM.
outcome-already-covered-documents = Su carte Vitale o su attestation de droits (certificado de sus derechos).
outcome-already-covered-who = CPAM, France Services, PIMMS.

outcome-get-help-title = Pida que revisen su situación
outcome-get-help-what = Faltan algunas respuestas, o su situación necesita ayuda: una persona puede revisar sus derechos con usted.
outcome-get-help-next = Pregunte en recepción, a una trabajadora social, en France Services o en un PIMMS. Es gratis.
outcome-get-help-documents = Sus papeles: identidad, permiso de residencia (titre de séjour) o récépissé, comprobante de domicilio, ingresos.
outcome-get-help-who = La recepción, una trabajadora social, France Services, PIMMS, CCAS.

outcome-ame-later-title = La Ayuda Médica del Estado (AME), más adelante
outcome-ame-later-what = Podrá pedir la AME cuando lleve más de 3 meses sin permiso de residencia ni visa válidos. Mientras tanto, el hospital atiende lo que es urgente, y la PASS le recibe.
outcome-ame-later-next = Guarde las pruebas de que está en Francia: facturas, cartas, certificados. Cuando haya pasado el plazo, haga la solicitud en la CPAM, o en un centro de salud o una asociación autorizados.
outcome-ame-later-documents = La lista de documentos cambió en febrero de 2026 (decreto del 6 de febrero de 2026). Pídala en la CPAM o a una trabajadora social.
outcome-ame-later-who = CCAS, PASS del hospital, Comede, Médecins du Monde, una trabajadora social.

outcome-css-later-title = La Complémentaire santé solidaire, más adelante
outcome-css-later-what = Completa la sécurité sociale para su atención médica. Pide más de 3 meses de trabajo, o más de 3 meses viviendo en Francia.
outcome-css-later-next = Cuando tenga más de 3 meses de trabajo o de vida en Francia, pídala en su cuenta ameli (« Mes démarches ») o con el formulario Cerfa 12504.
outcome-css-later-documents = Nada por ahora. La caja del seguro médico encontrará por sí misma sus salarios y ayudas sociales.
outcome-css-later-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-protection-title = La Complémentaire santé solidaire, gratuita durante 12 meses
outcome-css-protection-what = Con la protección temporal, usted tiene la sécurité sociale desde su llegada, y la Complémentaire santé solidaire gratuita durante 12 meses, sin condición de ingresos.
outcome-css-protection-next = Muestre su autorización provisional de estancia (autorisation provisoire de séjour, APS) en la CPAM. No tiene que declarar sus ingresos. Después de 12 meses, pregunte en la CPAM cómo renovarla.
outcome-css-protection-documents = Su APS « bénéficiaire de la protection temporaire ». Documento de identidad. Comprobante de domicilio o domiciliation (dirección postal). RIB (datos bancarios).
outcome-css-protection-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-mayotte-title = La Complémentaire santé solidaire en Mayotte
outcome-css-mayotte-what = Existe en Mayotte desde 2024. Completa la sécurité sociale para su atención médica.
outcome-css-mayotte-next = Pídala en la Caisse de sécurité sociale de Mayotte (CSSM).
outcome-css-mayotte-documents = Pida la lista a la CSSM. Sus límites de ingresos se deben confirmar con la CSSM.
outcome-css-mayotte-who = CSSM, France Services, CCAS.
