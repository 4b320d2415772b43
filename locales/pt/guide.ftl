# The coverage guide: questions, answers, results, the staff view.
# Short sentences, one idea per line, the next concrete step first.

## Home tiles

tile-guide = Tenho cobertura de saúde? Deixe-se guiar
tile-guide-hint = Algumas perguntas, uma resposta para o seu caso
tile-guides = A cobertura de saúde explicada
tile-guides-hint = Sécurité sociale, CSS, mutuelle, AME, urgências

## Questions (one per screen)

guide-progress = Pergunta { $step } de { $total }, no máximo
question-has-puma = Já tem a sécurité sociale (seguro de saúde público)?
question-has-puma-hint = Por exemplo, uma carte Vitale ou um certificado dos seus direitos (attestation de droits). A AME não é a sécurité sociale.
question-status = Qual é a sua situação em França?
question-works = Trabalha em França?
question-works-hint = Com contrato de trabalho ou recibos de salário.
question-months = Há quanto tempo vive em França, sem interrupção?
question-minor = A pessoa que precisa de cuidados de saúde tem menos de 18 anos?
question-urgent = Precisa de cuidados de saúde agora?
question-pregnant = Está grávida?
question-rsa = Recebe o RSA?
question-household = Quantas pessoas vivem no seu lar?
question-household-hint = Você, o seu marido ou a sua mulher (ou companheiro/a), e os filhos com menos de 25 anos a seu cargo.
# $amount: yearly resources ceiling in euros for the household; $household: number of people.
question-income-free = Os rendimentos do seu lar em 12 meses são inferiores a { $amount } €?
question-income-participation = Os rendimentos do seu lar são inferiores a { $amount } €?
question-income-hint = Para um lar de { $household ->
        [one] { $household } pessoa
        [many] { $household } pessoas
       *[other] { $household } pessoas
    }. Os 12 meses que terminam 2 meses antes do pedido. Salários, subsídios, pensões: tudo o que o lar recebeu.
# For citizens of the EU, EEA or Switzerland who do not work in France.
question-eu-resources = Tem dinheiro suficiente para viver e um seguro de saúde?
question-eu-resources-hint = Por exemplo, uma pensão ou rendimentos regulares, e o Cartão Europeu de Seguro de Doença do seu país ou um seguro privado.
question-irregular-months = Há quanto tempo não tem autorização de residência (titre de séjour) ou visto válido?
question-irregular-months-hint = Desde o fim do seu visto ou da sua autorização de residência, ou desde que chegou sem papéis.
question-employee = Trabalha como assalariado/a numa empresa privada?

## Answers

answer-yes = Sim
answer-no = Não
answer-unknown = Não sei
# $value: a number of people.
answer-household = { $value ->
        [one] { $value } pessoa
        [many] { $value } pessoas
       *[other] { $value } pessoas
    }
answer-months-less = 3 meses ou menos
answer-months-more = Mais de 3 meses
answer-irregular-0 = Menos de 1 mês
answer-irregular-1 = Entre 1 e 2 meses
answer-irregular-2 = Entre 2 e 3 meses
status-french = Tenho nacionalidade francesa
status-eu = Tenho a nacionalidade de um país da União Europeia
status-permit = Tenho autorização de residência (titre de séjour) ou récépissé
status-refugee = Tenho o estatuto de refugiado ou a proteção subsidiária
status-asylum-seeker = Pedi asilo e espero a resposta
status-temporary-protection = Tenho a proteção temporária (pessoas deslocadas da Ucrânia)
status-student = Sou estudante
status-no-papers = Não tenho papéis de residência válidos (sans papiers)
status-unknown = Não sei

## Results

result-title = O que pode obter
result-intro = Isto é o que corresponde às suas respostas. Comece pelo primeiro passo.
result-next = Próximo passo
result-documents = Documentos a levar
result-who = Quem pode ajudar
result-website = Site oficial
result-qr = Leia este código com o seu telefone para guardar o link.
result-show-staff = Mostrar no atendimento
result-restart = Recomeçar
staff-title = Para os funcionários do atendimento
staff-visitor-language = Língua do visitante
# $from, $to: dates; $household: people; $free, $participation: euros a year.
result-ceiling = Limites de rendimentos para { $household ->
        [one] { $household } pessoa
        [many] { $household } pessoas
       *[other] { $household } pessoas
    }: { $free } € por ano (CSS gratuita), { $participation } € por ano (CSS com participação). Período de { $from } a { $to }.
# $to: the last date the kiosk knows ceilings for.
result-ceiling-stale = Atenção: estes limites eram válidos até { $to }. Talvez tenham mudado. Verifique com o simulador oficial em complementaire-sante-solidaire.gouv.fr.
result-ceiling-computed = Valores calculados para o ultramar (outre-mer), a confirmar.
# The monthly participation per person, by age on 1 January.
result-participation = Por pessoa e por mês, conforme a idade em 1 de janeiro: { $a29 } € até 29 anos, { $a49 } € de 30 a 49 anos, { $a59 } € de 50 a 59 anos, { $a69 } € de 60 a 69 anos, { $a70 } € com 70 anos ou mais.
# $a29 ... $a70: the reduced amounts of the régime local d'Alsace-Moselle.
result-participation-regime-local = Se trabalha ou está aposentado/a (reformado/a) na Alsace-Moselle (régime local), o valor é menor: { $a29 } € até 29 anos, { $a49 } € de 30 a 49 anos, { $a59 } € de 50 a 59 anos, { $a69 } € de 60 a 69 anos, { $a70 } € com 70 anos ou mais.
# $months: the most months left before the visitor can ask for AME.
result-ame-opens = Poderá pedir a AME dentro de { $months ->
        [one] { $months } mês
        [many] { $months } meses
       *[other] { $months } meses
    }, no máximo.

## Outcomes

outcome-puma-title = Sécurité sociale (PUMa)
outcome-puma-what = Reembolsa grande parte dos seus cuidados de saúde: médico, hospital, medicamentos.
outcome-puma-next = Peça a sua inscrição na caixa do seguro de saúde (CPAM). Se trabalha, muitas vezes é o seu empregador que trata disso.
outcome-puma-documents = Documento de identidade. Autorização de residência (titre de séjour) ou prova do seu pedido. Certidão de nascimento, traduzida se for preciso. Prova de endereço ou domiciliation (endereço postal). RIB (dados bancários).
outcome-puma-who = France Services, PIMMS, CCAS (serviço social do município) ou uma assistente social ajudam a preparar o processo.

outcome-puma-wait-title = Sécurité sociale depois de 3 meses em França
outcome-puma-wait-what = Os adultos que pedem asilo esperam 3 meses. Os seus filhos com menos de 18 anos não esperam. Durante a espera, o hospital cobre os cuidados urgentes, todos os cuidados das grávidas e dos recém-nascidos, a interrupção voluntária da gravidez (IVG) e os cuidados que evitam transmitir uma doença.
outcome-puma-wait-next = Para cuidados agora, vá à PASS de um hospital público. Depois de 3 meses em França, peça a sécurité sociale à CPAM.
outcome-puma-wait-documents = Attestation de demande d'asile (documento do pedido de asilo). Documento de identidade, se tiver. Prova de endereço ou domiciliation (endereço postal).
outcome-puma-wait-who = A PASS do hospital, uma assistente social.

outcome-ame-title = Ajuda médica do Estado (AME)
outcome-ame-what = Paga os seus cuidados de saúde pela tabela da sécurité sociale, sem adiantar dinheiro. Alguns cuidados não urgentes precisam de autorização durante os primeiros 9 meses.
outcome-ame-next = Faça o primeiro pedido pessoalmente na CPAM, ou num centro de saúde ou numa associação autorizados. A resposta chega em 2 meses, no máximo: sem resposta, é uma recusa. A AME dura 1 ano: renove-a 2 meses antes do fim.
outcome-ame-documents = A lista de documentos mudou em fevereiro de 2026 (decreto de 6 de fevereiro de 2026). Peça-a na CPAM ou a uma assistente social antes de preparar o processo.
outcome-ame-who = CCAS, PASS do hospital, Comede, Médecins du Monde, uma assistente social.

outcome-dsuv-title = Cuidados urgentes no hospital
outcome-dsuv-what = Sem AME, o hospital trata o que é urgente: quando a sua vida ou a sua saúde estão em perigo, e também quando a criança que vai nascer está em perigo. Para todos, cobre também o acompanhamento da gravidez, o parto, os cuidados do recém-nascido, a interrupção voluntária da gravidez (IVG) e os cuidados que evitam transmitir uma doença.
outcome-dsuv-next = Vá ao serviço de urgência ou à PASS de um hospital público. Diga que não tem cobertura de saúde.
outcome-dsuv-documents = Leve os papéis que tiver: identidade, documentos médicos.
outcome-dsuv-who = A assistente social do hospital.

outcome-pass-title = A PASS do hospital
outcome-pass-what = Nos hospitais públicos, a PASS trata as pessoas sem cobertura de saúde: consultas, exames e medicamentos se for preciso, gratuitos.
outcome-pass-next = Vá ao hospital público mais próximo e peça a PASS. Em caso de urgência grave, ligue para o 15.
outcome-pass-documents = Leve os papéis que tiver: identidade, documentos médicos.
outcome-pass-who = A assistente social da PASS ajuda a pedir os seus direitos à cobertura de saúde.

outcome-css-free-title = Complémentaire santé solidaire, gratuita
outcome-css-free-what = Completa a sécurité sociale para os seus cuidados de saúde. Com os rendimentos que tem, é gratuita.
outcome-css-free-next = Peça-a na sua conta ameli (« Mes démarches ») ou com o formulário Cerfa 12504, enviado à sua caixa do seguro de saúde.
outcome-css-free-documents = Não precisa de recibos de salário: a caixa encontra sozinha os salários, subsídios e pensões. São contados os 12 meses que terminam 2 meses antes do pedido. Os direitos duram 12 meses: renove-os 2 a 4 meses antes do fim.
outcome-css-free-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-participation-title = Complémentaire santé solidaire, com uma pequena participação
outcome-css-participation-what = Completa a sécurité sociale para os seus cuidados de saúde. Paga todos os meses um pequeno valor por pessoa.
outcome-css-participation-next = Peça-a na sua conta ameli (« Mes démarches ») ou com o formulário Cerfa 12504, enviado à sua caixa do seguro de saúde.
outcome-css-participation-documents = Não precisa de recibos de salário: a caixa encontra sozinha os salários, subsídios e pensões. São contados os 12 meses que terminam 2 meses antes do pedido. Os direitos duram 12 meses: renove-os 2 a 4 meses antes do fim.
outcome-css-participation-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-automatic-title = Complémentaire santé solidaire, automática com o RSA
outcome-css-automatic-what = Com o RSA, tem a Complémentaire santé solidaire gratuita, sem precisar de pedir. Pode recusá-la.
outcome-css-automatic-next = Verifique-a na sua conta ameli ou pergunte à sua caixa do seguro de saúde.
outcome-css-automatic-documents = Não há nenhum pedido a fazer.
outcome-css-automatic-who = CPAM, France Services, PIMMS.

outcome-mutuelle-employer-title = A mutuelle do seu empregador
outcome-mutuelle-employer-what = Todos os empregadores privados têm de oferecer uma mutuelle de empresa (seguro de saúde complementar) e pagar pelo menos metade.
outcome-mutuelle-employer-next = Peça-a aos recursos humanos ou ao seu chefe.
outcome-mutuelle-employer-documents = Peça a lista aos recursos humanos.
outcome-mutuelle-employer-who = Os recursos humanos da sua empresa.

outcome-mutuelle-title = Uma mutuelle (seguro de saúde complementar)
outcome-mutuelle-what = Uma mutuelle paga uma parte do que a sécurité sociale não reembolsa. O preço costuma ser de 30 a 100 € por mês.
outcome-mutuelle-next = Compare várias ofertas antes de assinar. Pode cancelá-la a qualquer momento depois do primeiro ano.
outcome-mutuelle-documents = Um RIB (dados bancários).
outcome-mutuelle-who = France Services, PIMMS.

outcome-already-covered-title = Já tem a sécurité sociale
outcome-already-covered-what = A sua cobertura de base está ativa. Mantenha em dia a sua carte Vitale ou o seu certificado (attestation de droits).
outcome-already-covered-next = Verifique os seus direitos na sua conta ameli ou na CPAM.
outcome-already-covered-documents = A sua carte Vitale ou o seu certificado de direitos (attestation de droits).
outcome-already-covered-who = CPAM, France Services, PIMMS.

outcome-get-help-title = Peça que verifiquem a sua situação
outcome-get-help-what = Faltam algumas respostas, ou a sua situação precisa de ajuda: uma pessoa pode verificar os seus direitos ao seu lado.
outcome-get-help-next = Pergunte no atendimento, a uma assistente social, na France Services ou num PIMMS. É gratuito.
outcome-get-help-documents = Os seus papéis: identidade, autorização de residência (titre de séjour) ou récépissé, prova de endereço, rendimentos.
outcome-get-help-who = O atendimento, uma assistente social, France Services, PIMMS, CCAS.

outcome-ame-later-title = Ajuda médica do Estado (AME), mais tarde
outcome-ame-later-what = Pode pedir a AME quando estiver sem autorização de residência ou visto válido há mais de 3 meses. Até lá, o hospital trata o que é urgente, e pode ser atendido/a na PASS.
outcome-ame-later-next = Guarde as provas de que está em França: faturas, cartas, atestados. Quando o prazo passar, faça o pedido na CPAM, ou num centro de saúde ou numa associação autorizados.
outcome-ame-later-documents = A lista de documentos mudou em fevereiro de 2026 (decreto de 6 de fevereiro de 2026). Peça-a na CPAM ou a uma assistente social.
outcome-ame-later-who = CCAS, PASS do hospital, Comede, Médecins du Monde, uma assistente social.

outcome-css-later-title = Complémentaire santé solidaire, mais tarde
outcome-css-later-what = Completa a sécurité sociale para os seus cuidados de saúde. Para isso, é preciso mais de 3 meses de trabalho, ou mais de 3 meses de residência em França.
outcome-css-later-next = Quando tiver mais de 3 meses de trabalho ou de residência em França, peça-a na sua conta ameli (« Mes démarches ») ou com o formulário Cerfa 12504.
outcome-css-later-documents = Nada, por enquanto. A caixa vai encontrar sozinha os seus salários e subsídios.
outcome-css-later-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-protection-title = Complémentaire santé solidaire, gratuita durante 12 meses
outcome-css-protection-what = Com a proteção temporária, tem a sécurité sociale desde que chegou, e a Complémentaire santé solidaire gratuita durante 12 meses, sem condição de rendimentos.
outcome-css-protection-next = Mostre na CPAM a sua autorização provisória de residência (autorisation provisoire de séjour, APS). Não é preciso declarar os seus rendimentos. Depois de 12 meses, pergunte à CPAM como renovar a Complémentaire santé solidaire.
outcome-css-protection-documents = A sua APS « bénéficiaire de la protection temporaire ». Documento de identidade. Prova de endereço ou domiciliation (endereço postal). RIB (dados bancários).
outcome-css-protection-who = CPAM, France Services, PIMMS, CCAS.

outcome-css-mayotte-title = Complémentaire santé solidaire em Mayotte
outcome-css-mayotte-what = Existe em Mayotte desde 2024. Completa a sécurité sociale para os seus cuidados de saúde.
outcome-css-mayotte-next = Peça-a à Caisse de sécurité sociale de Mayotte (CSSM).
outcome-css-mayotte-documents = Peça a lista à CSSM. Os limites de rendimentos da CSSM ainda devem ser confirmados com ela.
outcome-css-mayotte-who = CSSM, France Services, CCAS.
