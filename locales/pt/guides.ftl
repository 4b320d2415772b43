# "Health cover explained": one page per scheme, each with the same sections.
# Short sentences, one idea per line.

## Guide list and sections

guides-title = A cobertura de saúde explicada
guide-section-what = O que é
guide-section-who = Quem pode ter
guide-section-how = Como pedir
guide-section-documents = Os documentos
guide-section-problems = Problemas frequentes, e o que fazer
guide-section-help = Quem pode ajudar
# $date: the date the page was checked against its sources.
guide-verified = Verificado em { $date }
# $sources: the sources, with their dates.
guide-sources = Fontes: { $sources }
guide-to-confirm = A confirmar

## Sécurité sociale (PUMa)

guide-puma-title = Sécurité sociale (PUMa)
guide-puma-what = A protection universelle maladie (PUMa, o seguro de saúde público) reembolsa grande parte dos seus cuidados de saúde: médico, hospital, medicamentos. É muitas vezes chamada « la sécurité sociale ».
guide-puma-who = Qualquer pessoa que trabalha em França, desde o primeiro dia de trabalho. Qualquer pessoa que vive em França há mais de 3 meses sem interrupção, com autorização de residência (titre de séjour) ou com a prova de um pedido em curso. Sem esperar 3 meses: os refugiados e as pessoas com proteção subsidiária, as pessoas com proteção temporária (deslocadas da Ucrânia), os familiares que vêm viver com uma pessoa já segurada, os estudantes, as pessoas que recebem subsídios de família ou de habitação. Os adultos que pedem asilo esperam 3 meses; os seus filhos não esperam. Os cidadãos da União Europeia que não trabalham devem ter dinheiro suficiente para viver e um seguro de saúde: se não, peça que verifiquem a sua situação. A AME não é a sécurité sociale.
guide-puma-how = Muitas vezes, é o empregador que trata disso. Se não, envie um formulário à caixa do seguro de saúde (CPAM) do seu departamento.
guide-puma-documents = Documento de identidade. Autorização de residência (titre de séjour) ou prova do seu pedido (récépissé, carta de convocação, agendamento). Certidão de nascimento, traduzida se for preciso. Prova de endereço, ou domiciliation (endereço postal). RIB (dados bancários).
guide-puma-problems = Se não tem um endereço estável, peça uma domiciliation (endereço postal) ao CCAS ou a uma associação autorizada: serve de endereço para o seu processo. As máquinas da CPAM pedem uma carte Vitale e um código ameli: no início, vá ao balcão ou à France Services.
guide-puma-help = France Services, PIMMS, CCAS, uma assistente social. Telefone da Assurance Maladie (seguro de saúde): 36 46.
guide-puma-form = O número e a versão do formulário de pedido ainda devem ser confirmados.

## Complémentaire santé solidaire (CSS)

guide-css-title = Complémentaire santé solidaire (CSS)
guide-css-what = Completa a sécurité sociale para pagar os seus cuidados de saúde. É gratuita ou custa um pequeno valor por mês, conforme os rendimentos do lar.
guide-css-who = As pessoas que têm a sécurité sociale e rendimentos baixos. O lar: você, o seu marido ou a sua mulher (ou companheiro/a), e os filhos com menos de 25 anos a seu cargo. É preciso mais de 3 meses de trabalho, ou mais de 3 meses de residência em França. Com o RSA, é gratuita e automática. Com a ASPA, a ASI ou a AAH, é muitas vezes dada sob condições, com participação. Com a proteção temporária: gratuita durante 12 meses, ao mostrar a APS. Em Mayotte, existe desde 2024: pergunte à CSSM.
guide-css-how = Na sua conta ameli (« Mes démarches »), ou com o formulário Cerfa 12504, enviado à sua caixa do seguro de saúde.
guide-css-documents = Não precisa de recibos de salário: a caixa encontra sozinha os salários, subsídios e pensões. São contados os rendimentos dos 12 meses que terminam 2 meses antes do pedido. Algumas ajudas não contam, por exemplo a AEEH, o subsídio de regresso às aulas (allocation de rentrée scolaire), a PCH e a APA. Se vive numa casa sem pagar, se é dono/a da casa, ou se recebe uma ajuda para a habitação, é somado um valor fixo aos rendimentos.
guide-css-problems = Os direitos duram 12 meses: renove-os 2 a 4 meses antes do fim, senão param. Os limites de rendimentos mudam todos os anos, no dia 1 de abril. Na Alsace-Moselle, a participação é menor só para o régime local: se trabalha ou está aposentado/a (reformado/a) lá.
guide-css-help = CPAM, France Services, PIMMS, CCAS.

## Mutuelle

guide-mutuelle-title = Mutuelle (seguro de saúde complementar)
guide-mutuelle-what = Um seguro de saúde privado que paga uma parte do que a sécurité sociale não reembolsa.
guide-mutuelle-who = Qualquer pessoa que tem a sécurité sociale. Os assalariados do setor privado: o empregador tem de oferecer uma mutuelle de empresa e pagar pelo menos metade.
guide-mutuelle-how = Se é assalariado/a: pergunte aos recursos humanos. Se não: compare várias ofertas, muitas vezes de 30 a 100 € por mês. Pode cancelá-la a qualquer momento depois do primeiro ano.
guide-mutuelle-documents = Um RIB (dados bancários).
guide-mutuelle-problems = Quando a mutuelle está ligada ao seu processo, a caixa envia os seus reembolsos diretamente à mutuelle (télétransmission): não precisa de enviar nenhum papel. Pode verificar isto na sua conta ameli.
guide-mutuelle-help = France Services, PIMMS.

## Aide médicale de l'État (AME)

guide-ame-title = Ajuda médica do Estado (AME)
guide-ame-what = Paga os seus cuidados de saúde a 100 % da tabela da sécurité sociale, sem adiantar dinheiro, para as pessoas sem autorização de residência.
guide-ame-who = As pessoas que vivem em França há mais de 3 meses sem interrupção, que estão sem autorização de residência válida há mais de 3 meses, e com rendimentos abaixo do limite. Não existe em Mayotte. Os filhos de pais sem papéis têm a AME sem estas condições.
guide-ame-how = Faça o primeiro pedido pessoalmente na CPAM, ou num centro de saúde ou numa associação autorizados. A resposta chega em 2 meses, no máximo. A AME dura 1 ano: renove-a 2 meses antes do fim.
guide-ame-documents = A lista de documentos mudou em fevereiro de 2026 (decreto de 6 de fevereiro de 2026). Peça-a na CPAM ou a uma assistente social antes de preparar o processo.
guide-ame-problems = Se não tiver resposta depois de 2 meses, é uma recusa: uma assistente social pode ajudar a contestar. Alguns cuidados não urgentes precisam de autorização durante os primeiros 9 meses.
guide-ame-help = CCAS, PASS do hospital, Comede, Médecins du Monde, uma assistente social.
guide-ame-form = O número e a versão do formulário de pedido (Cerfa 11573) ainda devem ser confirmados.

## Urgent care and the hospital PASS

guide-urgent-title = Cuidados urgentes e PASS do hospital
guide-urgent-what = A PASS é um serviço dos hospitais públicos para as pessoas sem cobertura de saúde. Sem AME, o hospital trata também o que é urgente: os « soins urgents et vitaux » (cuidados urgentes e vitais).
guide-urgent-who = A PASS: qualquer pessoa sem cobertura, seja qual for a sua situação. Os cuidados urgentes: as pessoas sem papéis que estão em França há menos de 3 meses, ou que não têm AME neste momento, e as pessoas que pedem asilo e esperam os 3 meses, quando a vida ou a saúde estão em perigo, também a vida ou a saúde de uma criança que vai nascer. Para todas estas pessoas, também: o acompanhamento da gravidez, o parto, os cuidados do recém-nascido, a interrupção voluntária da gravidez (IVG) e os cuidados que evitam transmitir uma doença.
guide-urgent-how = Vá ao hospital público e peça a PASS. Em caso de urgência grave, ligue para o 15.
guide-urgent-documents = Leve os papéis que tiver: identidade, documentos médicos.
guide-urgent-problems = Na PASS, uma assistente social ajuda a pedir os seus direitos à cobertura de saúde: peça para falar com ela.
guide-urgent-help = A assistente social da PASS ou do hospital.

## Care open without cover

guide-free-care-title = Cuidados para quem não tem cobertura de saúde
guide-free-care-what = Alguns lugares tratam sem pedir cobertura de saúde.
guide-free-care-who = PMI: grávidas e crianças com menos de 6 anos. CeGIDD: testes e tratamento do VIH (HIV), das hepatites e das infeções sexualmente transmissíveis, gratuito, anónimo se quiser. Centres de santé sexuelle (centros de saúde sexual, antigos centros de planeamento familiar). Comede: saúde e direitos dos migrantes e refugiados. Médecins du Monde (CASO): cuidados gratuitos e sem condições, e ajuda para obter uma cobertura.
guide-free-care-how = Pergunte no atendimento ou a uma assistente social qual é o endereço mais próximo.
guide-free-care-documents = Não é pedida nenhuma cobertura de saúde.
guide-free-care-problems = Estes lugares não substituem uma cobertura de saúde: peça-lhes também ajuda para pedir os seus direitos.
guide-free-care-help = Uma assistente social, Comede, Médecins du Monde.
