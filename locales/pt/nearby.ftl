# "Find help nearby": the places near the kiosk and the national lines.
# Short sentences, one idea per line.

## Home tile and screen

tile-nearby = Encontrar ajuda perto daqui
tile-nearby-hint = Lugares que podem ajudar, horários, telefone
nearby-title = Encontrar ajuda perto daqui
nearby-all = Todos
# Shown when the kiosk has no local list of places.
nearby-none = Este terminal ainda não tem uma lista de lugares de ajuda perto daqui.
nearby-ask = Pergunte no atendimento: « Onde encontro ajuda para os meus direitos de saúde perto daqui? »
nearby-no-match = Não há nenhum lugar deste tipo na lista deste terminal.
nearby-national = Números e sites nacionais
# $source: the open-data source; $date: its date.
nearby-attribution = Dados: { $source } { $date }
nearby-from-result = Quem pode ajudar perto daqui

## A place

# $km: distance in kilometres; $minutes: walking time.
place-distance = { $km } km · { $minutes } min a pé
# $km: distance in kilometres (too far to walk: no walking time).
place-distance-far = { $km } km
# $time: closing time, such as 17:00.
place-open-until = Aberto agora, fecha às { $time }
place-open = Aberto agora
# $day: a day name; $time: opening time.
place-opens = Fechado. Abre { $day } às { $time }
place-closed = Fechado
place-hours-unknown = Horário desconhecido: ligue antes de ir.
place-address = Endereço
place-hours = Horário
place-phone = Telefone
place-appointment-yes = Com hora marcada
place-appointment-no = Sem hora marcada
place-free = Gratuito
place-paid = Não é gratuito
place-for-exiled = Acolhe migrantes e refugiados
place-for-women = Acolhe mulheres
place-remote-too = Também à distância (telefone ou internet)
place-remote-only = Só à distância: não há atendimento no local
place-qr = Leia este código com o seu telefone para ter o endereço e o número de telefone no seu telefone.
place-closed-day = fechado
place-today = hoje
place-tomorrow = amanhã

## Days

day-mo = segunda-feira
day-tu = terça-feira
day-we = quarta-feira
day-th = quinta-feira
day-fr = sexta-feira
day-sa = sábado
day-su = domingo

## Kinds of place

kind-france-services = France Services (ajuda com a papelada)
kind-pimms = PIMMS (ajuda com a papelada)
kind-ccas = CCAS (serviço social do município)
kind-cpam = Assurance Maladie (CPAM)
kind-caf = CAF
kind-social-services = Serviços sociais do departamento
kind-pass = PASS do hospital
kind-pmi = PMI (mães e crianças)
kind-cegidd = CeGIDD (testes)
kind-planning = Planeamento familiar
kind-association = Associação
kind-mairie = Mairie (município)

## National lines

national-3646-name = Assurance Maladie
national-3646-what = Os seus direitos à sécurité sociale, a CSS, os seus reembolsos.
national-3646-hours = Muitas vezes de segunda a sexta-feira, 8h30 - 17h, conforme o departamento.
national-3939-name = Allô Service Public
national-3939-what = Direitos dos estrangeiros, trabalho, habitação, família, justiça. Não é para o seguro de saúde, e não tem acesso ao seu processo.
national-3939-hours = Segunda e quinta-feira: 8h30 - 18h15. Terça e quarta-feira: 8h30 - 13h. Sexta-feira: 13h - 17h.
national-0800-name = Sexualidade, contraceção, aborto (IVG)
national-0800-what = Gratuito e anónimo.
national-0800-hours = De segunda-feira a sábado, 9h - 20h.
national-116117-name = Médico de serviço (de plantão)
national-116117-what = Para ver um médico ao fim do dia, à noite ou no fim de semana, quando os consultórios estão fechados.
