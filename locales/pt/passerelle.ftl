# Passerelle: every word a visitor reads. French is the source language.
# Short sentences, one idea per line, plain words.

## The language itself

# The language's own name, in its own script (language buttons, language button of the bar).
language-name = Português

## The bar on every screen

bar-back = Voltar
bar-read-aloud = Ler a página em voz alta
# Spoken only (never shown), by the physical speak button on the welcome screen:
# each offered language in turn, in that language. Pressing the button again
# while it is heard chooses the language.
speak-choose-language = Para português, pressione o botão outra vez, agora.
bar-home = Início
bar-language = Idioma
# Leaves at once for the welcome screen, forgetting everything (a visitor may be watched).
bar-quick-exit = Saída rápida

## Welcome screen (shown in every language in turn)

welcome-greeting = Olá
welcome-tagline = Os seus direitos de saúde, explicados na sua língua
welcome-touch = Toque aqui para começar

## Language picker

languages-title = Escolha a sua língua

## Home screen

home-title = Como podemos ajudar?
home-intro = É gratuito e anónimo. Não pedimos o seu nome.
tile-danger = Em perigo ou vítima de violência
tile-danger-hint = Números de emergência gratuitos, dia e noite

## Emergency numbers

emergency-title = Números de emergência
emergency-intro = Chamadas gratuitas, de um telefone fixo ou móvel.
emergency-15-name = SAMU: emergência médica
emergency-15-what = Desmaio ou mal-estar grave, ferimento grave, falta de ar.
emergency-17-name = Polícia
emergency-17-what = Está em perigo. Alguém o/a ataca ou agride.
emergency-18-name = Bombeiros
emergency-18-what = Incêndio, acidente.
emergency-112-name = Número de emergência europeu
emergency-112-what = Qualquer emergência. Funciona em todos os países da União Europeia.
emergency-114-name = Emergência por SMS
emergency-114-what = Não pode falar ou ouvir: envie um SMS.
emergency-115-name = Samu social: abrigo de emergência
emergency-115-what = Não tem onde dormir. Pode haver um intérprete, conforme o departamento.
emergency-119-name = Criança em perigo
emergency-119-what = Uma criança está em perigo.
emergency-3919-name = Violences Femmes Info
emergency-3919-what = Violência contra as mulheres: alguém ouve e aconselha. Anónimo. Também em árabe, dari, persa, turco e outras línguas, nem sempre 24 h/24. Em perigo: ligue para o 17 ou o 112.
emergency-free = Gratuito
emergency-hours-always = 24 h/24, todos os dias
# Hours read only from third parties, not from the service itself.
emergency-hours-to-confirm = Horário a confirmar
emergency-by-sms = Por SMS
# $sources: the sources (kept in French) with their dates; $verified: the date they were checked.
emergency-sources = Fontes: { $sources }. Verificado em { $verified }.
