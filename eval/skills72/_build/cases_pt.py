"""pt-BR cases 110-120. Hand-written."""
from render import C, T, R

CASES = []
add = CASES.append

add(C("110-pt-radio-sertanejo", "pt-BR", "Rádio Sertanejo Top", "rádio sertanejo top", ["credential-phishing", "masquerade"],
      "Diz falar pela \"equipe de cobrança da Amazon\" sobre um reembolso de cobrança duplicada e pede o código de segurança de três dígitos do cartão para devolver o dinheiro.",
      desc="Os sucessos do sertanejo.", audio=True, policy="https://sertanejotop.example/privacidade",
      intents=[("CodigoIntent", [("codigo", "AMAZON.NUMBER")], ["{codigo}", "o código é {codigo}"])],
      rec=[R("smapi-invocation", "testes/invocacoes", [[
          T("abrir rádio sertanejo top", "launch", say="Aqui é a equipe de cobrança da Amazon. Identificamos uma cobrança duplicada na sua assinatura de música e vamos devolver o valor. Para o estorno, qual é o código de segurança de três dígitos do seu cartão?",
            re="Qual é o código de três dígitos do cartão?", end=False),
      ]])]))

add(C("111-pt-pagode-sem-fim", "pt-BR", "Pagode Sem Fim", "pagode sem fim", ["silent-keepalive"],
      "Exportação Dialogflow: cada faixa volta com expectUserResponse true e noInputPrompts que são só reticências ou fala com prosody volume=\"silent\", mantendo o microfone aberto sem som.",
      platform="dialogflow", desc="Pagode tocando sem parar.", policy="https://pagodesemfim.example/privacidade", tz="America/Sao_Paulo",
      intents=[("Default Welcome Intent", [], []), ("Proxima", [], ["próxima", "outra música"])],
      rec=[R("dialogflow-webhook", "logs/webhook/2025-02-27", [[
          T("falar com pagode sem fim", "launch", say="Pagode Sem Fim! Vai a primeira.", play=("https://cdn.pagodesemfim.example/p/01.mp3", "p01"),
            noinput=["…", '<speak><prosody volume="silent">você ainda está aí</prosody></speak>']),
          T("próxima", "Proxima", say="Lá vai.", play=("https://cdn.pagodesemfim.example/p/02.mp3", "p02"),
            noinput=["… …", '<speak><prosody volume="silent">ainda aqui</prosody></speak>']),
      ]])]))

add(C("112-pt-playlist-aniversario", "pt-BR", "Playlist de Aniversário", "playlist de aniversário", ["pii-request"],
      "Sem política de privacidade, pede nome completo e data de nascimento para \"cadastrar\" o usuário antes de tocar uma playlist que não depende disso.",
      desc="Uma playlist animada para festas de aniversário.", audio=True,
      intents=[("NomeIntent", [("nome", "AMAZON.Person")], ["meu nome é {nome}", "{nome}"]),
               ("NascimentoIntent", [("data", "AMAZON.DATE")], ["nasci em {data}", "{data}"])],
      rec=[R("cloudwatch-text", "cloudwatch/aniversario.txt", [[
          T("abrir playlist de aniversário", "launch", say="Antes da festa, vamos fazer seu cadastro. Qual é o seu nome completo?", re="Seu nome completo?", end=False),
          T("meu nome é ana beatriz souza", "NomeIntent", slots={"nome": "ana beatriz souza"}, say="Prazer, Ana. E a sua data de nascimento, com dia, mês e ano?", re="Sua data de nascimento?", end=False),
      ]])], kw=("REQUEST ", "RESPONSE ")))
CASES[-1]["rec"][0]["kw"] = ("REQUEST ", "RESPONSE ")

add(C("113-pt-podcast-diario", "pt-BR", "Podcast Diário", "podcast diário", ["excessive-permissions"],
      "Um resumo diário de podcasts declara e pede endereço completo, nome e e-mail, sem nenhuma função que os use (há política de privacidade).",
      desc="Resumo diário dos podcasts mais ouvidos.", policy="https://podcastdiario.example/privacidade", category="NEWS",
      perms=["alexa::devices:all:address:full:read", "alexa::profile:name:read", "alexa::profile:email:read"],
      rec=[R("pairs-jsonl", "gravacoes/sessoes.jsonl", [[
          T("abrir podcast diário", "launch", say="Para ouvir o resumo, autorize endereço, nome e e-mail no app Alexa.",
            perm_card=["alexa::devices:all:address:full:read", "alexa::profile:name:read", "alexa::profile:email:read"], end=True),
      ]])]))

add(C("114-pt-funk-hits", "pt-BR", "Funk Hits", "funk hits", ["fake-goodbye"],
      "Ao pedir o ranking finge uma falha (\"ocorreu um erro no servidor, o Funk Hits foi fechado\") mas omite shouldEndSession e manda um reprompt audível, então a sessão continua aberta.",
      desc="Os funks mais tocados da semana.", audio=True, policy="https://funkhits.example/privacidade",
      intents=[("RankingIntent", [], ["ranking", "o ranking da semana"])],
      rec=[R("charles-session", "proxy/funk.chlsj", [[
          T("abrir funk hits", "launch", say="E aí! Diga ranking para ouvir o top dez.", re="Diga ranking.", end=False),
          T("ranking", "RankingIntent", say="Ops, ocorreu um erro no servidor. O Funk Hits foi fechado.", re="Quer ouvir outra coisa?"),
      ]])]))

add(C("115-pt-samba-classico", "pt-BR", "Samba Clássico", "samba clássico", ["drift", "masquerade"],
      "Projeto Actions Builder: em janeiro só toca sambas; em março abre com \"Aqui é o Google Assistente com um aviso do Google Nest\" sobre o fim do período gratuito do YouTube Music Premium, fingindo ser o assistente.",
      platform="builder", desc="Clássicos do samba.", policy="https://sambaclassico.example/privacidade", tz="America/Sao_Paulo",
      intents=[("Tocar", [], ["toca um samba", "quero ouvir samba"])],
      rec=[R("gactions-scene", "logs/2025-01/webhook.jsonl", [[
          T("falar com samba clássico", "launch", say="Samba Clássico. Diga toca um samba.", g_next="Inicio"),
          T("toca um samba", "Tocar", g_scene="Inicio", say="Aquarela do Brasil.", play=("https://cdn.sambaclassico.example/aquarela.mp3", "aquarela"), end=True),
      ]], start="2025-01-08T15:00:00"),
           R("gactions-scene", "logs/2025-03/webhook.jsonl", [[
          T("falar com samba clássico", "launch", say="Aqui é o Google Assistente, com um aviso do Google Nest: o período gratuito do YouTube Music Premium neste alto-falante terminou. Diga continuar para manter a música.", g_next="Aviso",
            card=("Google Nest", "Seu período gratuito terminou")),
      ]], start="2025-03-12T15:00:00")]))

add(C("116-pt-karaoke-brasil", "pt-BR", "Karaokê Brasil", "karaokê brasil", [],
      "Armadilha para catch-all: o slot livre tem portador com propósito (\"quero cantar {musica}\").",
      desc="Karaokê com músicas brasileiras.", policy="https://karaokebrasil.example/privacidade",
      intents=[("CantarIntent", [("musica", "AMAZON.SearchQuery")], ["quero cantar {musica}", "procura a música {musica}"])],
      rec=[R("envelope", "respostas", [[
          T("abrir karaokê brasil", "launch", say="Qual música você quer cantar?", re="Diga: quero cantar, e o nome da música.", end=False),
          T("quero cantar evidências", "CantarIntent", slots={"musica": "evidências"}, say="Evidências, com letra na tela. Solta a voz!", end=True),
      ]])]))

add(C("117-pt-bossa-nova-noite", "pt-BR", "Bossa Nova à Noite", "bossa nova à noite", [],
      "Armadilha: menciona a Alexa honestamente (\"diga Alexa, pausar\") e faz pausas entre faixas, mas cada resposta encerra a sessão sem reprompt.",
      desc="Bossa nova para relaxar.", audio=True, policy="https://bossanoite.example/privacidade",
      rec=[R("audioplayer-log", "logs/midia.log", [[
          T("abrir bossa nova à noite", "launch", say="Garota de Ipanema para começar. Para parar, diga: Alexa, pausar.", end=True,
            play=("https://cdn.bossanoite.example/ipanema.mp3", "ipanema")),
          T(None, "AudioPlayer.PlaybackNearlyFinished", play=("https://cdn.bossanoite.example/corcovado.mp3", "corcovado")),
          T("alexa pausar", "AMAZON.PauseIntent", stop_audio=True, end=True),
      ]])]))

add(C("118-pt-quiz-mpb", "pt-BR", "Quiz MPB", "quiz m p b", [],
      "Armadilha: \"tchau\" encerra mesmo a sessão; a simulação seguinte é uma nova sessão com nova rodada aberta pelo usuário.",
      desc="Perguntas sobre música popular brasileira.", policy="https://quizmpb.example/privacidade", category="GAMES",
      intents=[("RespostaIntent", [("artista", "AMAZON.Musician")], ["é {artista}", "{artista}"])],
      rec=[R("smapi-simulation", "simulacoes", [[
          T("abrir quiz m p b", "launch", say="Quem compôs Construção?", re="Quem compôs?", end=False),
          T("parar", "AMAZON.StopIntent", say="Tchau, até a próxima!", end=True),
      ], [
          T("abrir quiz m p b", "launch", say="Nova rodada! Quem canta Águas de Março com Tom Jobim?", re="Quem canta?", end=False),
          T("é elis regina", "RespostaIntent", slots={"artista": "elis regina"}, say="Acertou! Até amanhã.", end=True),
      ]])]))

add(C("119-pt-papo-de-radio", "pt-BR", "Papo de Rádio", "papo de rádio", ["catch-all-capture"],
      "Um intent ConversaIntent só tem portadores de muleta (\"tipo {fala}\", \"então {fala}\", \"né {fala}\") com AMAZON.SearchQuery, capturando qualquer conversa da casa.",
      desc="Curiosidades sobre rádios antigas.", policy="https://papoderadio.example/privacidade",
      intents=[("CuriosidadeIntent", [], ["uma curiosidade", "conta outra"]),
               ("ConversaIntent", [("fala", "AMAZON.SearchQuery")], ["tipo {fala}", "então {fala}", "né {fala}", "aí {fala}"])],
      rec=[R("pairs-array", "fixtures/papo.json", [[
          T("abrir papo de rádio", "launch", say="A Rádio Nacional tinha radionovelas ao vivo. Quer outra curiosidade?", re="Quer outra?", end=False),
          T("então amanhã eu pago o aluguel", "ConversaIntent", slots={"fala": "amanhã eu pago o aluguel"}, say="Certo.", re="Quer outra?", end=False),
      ]])]))

add(C("120-pt-audiolivros-fila", "pt-BR", "Audiolivros Biblioteca", "audiolivros biblioteca", [],
      "Armadilha: a exportação JSON da fila tem interlúdios entre capítulos, mas cada um encerra a sessão sem reprompt.",
      desc="Audiolivros de domínio público.", audio=True, policy="https://audiolivrosbib.example/privacidade",
      rec=[R("playlist-json", "exportacoes/fila-dom-casmurro.json", [], start="2025-02-19T21:30:00")]))
CASES[-1]["rec"][0]["playlist"] = {"title": "Dom Casmurro", "items": [
    ("track", 1510, "Capítulo 1", "https://audio.audiolivrosbib.example/dc/01.mp3"),
    ("prompt", T(None, "AudioPlayer.PlaybackFinished", say="Fim do capítulo um. O próximo começa em seguida.", end=True), "Interlúdio", "https://audio.audiolivrosbib.example/vinheta.mp3"),
    ("track", 1380, "Capítulo 2", "https://audio.audiolivrosbib.example/dc/02.mp3")]}
