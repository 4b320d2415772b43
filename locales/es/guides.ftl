# "Health cover explained": one page per scheme, each with the same sections.
# Short sentences, one idea per line.

## Guide list and sections

guides-title = La cobertura de salud explicada
guide-section-what = Qué es
guide-section-who = Quién puede tenerla
guide-section-how = Cómo pedirla
guide-section-documents = Los documentos
guide-section-problems = Problemas frecuentes y qué hacer
guide-section-help = Quién puede ayudarle
# $date: the date the page was checked against its sources.
guide-verified = Verificado el { $date }
# $sources: the sources, with their dates.
guide-sources = Fuentes: { $sources }
guide-to-confirm = Por confirmar

## Sécurité sociale (PUMa)

guide-puma-title = La sécurité sociale (PUMa)
guide-puma-what = La protection universelle maladie (PUMa, protección universal de salud) le reembolsa una gran parte de su atención médica: médico, hospital, medicamentos. Muchas veces se la llama « la sécurité sociale ».
guide-puma-who = Toda persona que trabaja en Francia, desde el primer día de trabajo. Toda persona que vive en Francia desde hace más de 3 meses sin interrupción, con un permiso de residencia (titre de séjour) o la prueba de una solicitud en curso. Sin esperar 3 meses: las personas con estatus de refugiado o con protección subsidiaria, las personas con protección temporal (desplazadas de Ucrania), la familia que se reúne con un asegurado, los estudiantes, las personas que reciben ayudas familiares o de vivienda. Los solicitantes de asilo adultos esperan 3 meses; sus hijos no esperan. Los ciudadanos de la Unión Europea que no trabajan deben tener suficiente dinero para vivir y un seguro médico: si no, pida que revisen su situación. La AME no es la sécurité sociale.
guide-puma-how = Muchas veces, el empleador se encarga. Si no, envíe un formulario a la caja del seguro médico (CPAM) de su departamento.
guide-puma-documents = Documento de identidad. Permiso de residencia (titre de séjour) o prueba de su solicitud (récépissé, convocatoria, cita). Certificado de nacimiento, traducido si hace falta. Comprobante de domicilio, o domiciliation (dirección postal). RIB (datos bancarios).
guide-puma-problems = Si no tiene una dirección estable, pida una domiciliation (dirección postal) al CCAS o a una asociación autorizada: sirve como dirección para su expediente. Las máquinas de la CPAM piden una carte Vitale y un código ameli: al principio, vaya a la ventanilla o a France Services.
guide-puma-help = France Services, PIMMS, CCAS, una trabajadora social. Teléfono de la Assurance Maladie (seguro médico): 36 46.
guide-puma-form = El número y la versión del formulario de solicitud están por confirmar.

## Complémentaire santé solidaire (CSS)

guide-css-title = La Complémentaire santé solidaire (CSS)
guide-css-what = Completa la sécurité sociale para pagar su atención médica. Es gratuita o cuesta una pequeña cantidad al mes, según los ingresos del hogar.
guide-css-who = Las personas que tienen la sécurité sociale e ingresos bajos. El hogar: usted, su pareja y sus hijos e hijas menores de 25 años que dependen de usted. Hacen falta más de 3 meses de trabajo, o más de 3 meses viviendo en Francia. Con el RSA, es gratuita y automática. Con la ASPA, la ASI o la AAH, muchas veces se concede con condiciones, con pago. Con la protección temporal: gratuita durante 12 meses, al mostrar la APS. En Mayotte existe desde 2024: pregunte a la CSSM.
guide-css-how = En su cuenta ameli (« Mes démarches »), o con el formulario Cerfa 12504 enviado a su caja del seguro médico.
guide-css-documents = No hacen falta recibos de sueldo: la caja del seguro médico encuentra por sí misma los salarios, ayudas sociales y pensiones. Se cuentan los ingresos de los 12 meses que terminan 2 meses antes de la solicitud. Algunas ayudas no se cuentan, por ejemplo la AEEH, la allocation de rentrée scolaire (ayuda para la vuelta al colegio), la PCH y la APA. Si le alojan gratis, si es propietario de su vivienda, o si recibe una ayuda para la vivienda, se suma una cantidad fija.
guide-css-problems = Los derechos duran 12 meses: renuévelos de 2 a 4 meses antes del final, si no, se terminan. Los límites de ingresos cambian cada 1 de abril. En Alsacia-Mosela, el pago es más bajo solo para el régime local: si trabaja o está jubilado allí.
guide-css-help = CPAM, France Services, PIMMS, CCAS.

## Mutuelle

guide-mutuelle-title = La mutuelle (seguro médico complementario)
guide-mutuelle-what = Un seguro de salud privado que paga una parte de lo que la sécurité sociale no reembolsa.
guide-mutuelle-who = Toda persona que tiene la sécurité sociale. Los empleados del sector privado: el empleador debe ofrecer una mutuelle de empresa y pagar al menos la mitad.
guide-mutuelle-how = Si es empleado: pregunte al departamento de personal. Si no: compare varias ofertas, muchas veces de 30 a 100 € al mes. Puede cancelarla en cualquier momento después del primer año.
guide-mutuelle-documents = Un RIB (datos bancarios).
guide-mutuelle-problems = Cuando la mutuelle está vinculada a su expediente, la caja del seguro médico le envía a la mutuelle sus reembolsos de forma automática (télétransmission): usted no envía ningún papel. Puede comprobarlo en su cuenta ameli.
guide-mutuelle-help = France Services, PIMMS.

## Aide médicale de l'État (AME)

guide-ame-title = La Ayuda Médica del Estado (AME)
guide-ame-what = Paga su atención médica al 100 % de la tarifa de la sécurité sociale, sin adelantar dinero, para las personas sin permiso de residencia.
guide-ame-who = Las personas que viven en Francia desde hace más de 3 meses sin interrupción, que llevan más de 3 meses sin permiso de residencia válido, y con ingresos por debajo del límite. No en Mayotte. Los hijos de padres sin papeles la tienen sin estas condiciones.
guide-ame-how = La primera solicitud se hace en persona en la CPAM, o en un centro de salud o una asociación autorizados. La respuesta llega en 2 meses como máximo. La AME dura 1 año: renuévela 2 meses antes de que termine.
guide-ame-documents = La lista de documentos cambió en febrero de 2026 (decreto del 6 de febrero de 2026). Pídala en la CPAM o a una trabajadora social antes de preparar el expediente.
guide-ame-problems = Si no hay respuesta después de 2 meses, es un rechazo: una trabajadora social puede ayudarle a actuar. Algunos cuidados no urgentes necesitan una autorización durante los 9 primeros meses.
guide-ame-help = CCAS, PASS del hospital, Comede, Médecins du Monde, una trabajadora social.
guide-ame-form = El número y la versión del formulario de solicitud (Cerfa 11573) están por confirmar.

## Urgent care and the hospital PASS

guide-urgent-title = Atención urgente y PASS del hospital
guide-urgent-what = La PASS es un servicio de los hospitales públicos para las personas sin cobertura médica. Sin AME, el hospital también atiende lo que es urgente: los « soins urgents et vitaux » (atención urgente y vital).
guide-urgent-who = La PASS: toda persona sin cobertura, sea cual sea su situación. La atención urgente: las personas sin papeles que están en Francia desde hace menos de 3 meses, o que por ahora no tienen AME, y los solicitantes de asilo que esperan sus 3 meses, cuando la vida o la salud están en peligro, también la de un bebé que va a nacer. Para todas estas personas, también: el seguimiento del embarazo, el parto, la atención del recién nacido, el aborto (IVG) y la atención que evita transmitir una enfermedad.
guide-urgent-how = Vaya al hospital público y pida la PASS. En caso de urgencia grave, llame al 15.
guide-urgent-documents = Lleve los papeles que tenga: identidad, documentos médicos.
guide-urgent-problems = En la PASS, una trabajadora social le ayuda a tramitar su cobertura médica: pida verla.
guide-urgent-help = La trabajadora social de la PASS o del hospital.

## Care open without cover

guide-free-care-title = Atención médica sin cobertura de salud
guide-free-care-what = Algunos lugares atienden sin pedir cobertura médica.
guide-free-care-who = PMI: mujeres embarazadas y niños menores de 6 años. CeGIDD: pruebas y tratamiento del VIH, de las hepatitis y de las infecciones de transmisión sexual, gratis, anónimo si usted lo desea. Centros de salud sexual (los antiguos centros de planificación familiar). Comede: salud y derechos de las personas migrantes y refugiadas. Médecins du Monde (CASO): atención gratuita y sin condiciones, y ayuda para obtener una cobertura.
guide-free-care-how = Pregunte en recepción o a una trabajadora social por la dirección más cercana.
guide-free-care-documents = No se pide ninguna cobertura médica.
guide-free-care-problems = Estos lugares no sustituyen una cobertura médica: pida allí también ayuda para tramitar su cobertura.
guide-free-care-help = Una trabajadora social, Comede, Médecins du Monde.
