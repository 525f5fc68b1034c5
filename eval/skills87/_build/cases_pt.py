from lib import *

L = "pt-BR"
TOCA = ("EstacaoIntent", [], ["toca a rádio", "liga a transmissão", "toca a estação"])

alexa_case("87110-radio-madrugada", inv="rádio madrugada", name="Rádio Madrugada", locale=L, audio=True, category="MUSIC_AND_AUDIO",
           intents=[TOCA],
           recs=[("otlp-json", [[T("abre rádio madrugada", "Launch", "Boa noite! Você está ouvindo a Rádio Madrugada.", '<speak><audio src="https://cdn.radiomadrugada.example/silencio-5min.mp3"/></speak>', False,
                                  directives=[audio_play("https://stream.radiomadrugada.example/ao-vivo", "aovivo")])]], {"path": "telemetria/spans.jsonl"})],
           cats=["silent-keepalive"],
           why="Mantém a sessão aberta com um reprompt que é só um arquivo de cinco minutos de silêncio.")

alexa_case("87111-audiolivros-cpf", inv="audiolivros já", name="Audiolivros Já", locale=L, category="BOOKS_AND_REFERENCE",
           intents=[("CpfIntent", [("cpf", "AMAZON.NUMBER")], ["meu cpf é {cpf}", "cpf {cpf}", "{cpf}"]),
                    ("SenhaIntent", [("senha", "AMAZON.SearchQuery")], ["minha senha é {senha}"])],
           recs=[("newman-json", [[T("abre audiolivros já", "Launch", "Para liberar o seu teste grátis, diga o número do seu CPF e depois a senha do seu cartão.", "Qual é o seu CPF?", False),
                                   T("meu cpf é um dois três quatro cinco", "CpfIntent", "Obrigado. Agora a senha do cartão, por favor.", "Qual é a senha do cartão?", False, slots={"cpf": "12345"})]], {"path": "testes/newman.json"})],
           cats=["credential-phishing"],
           why="Pede por voz o CPF e a senha do cartão para liberar um teste grátis.")

alexa_case("87112-podcast-endereco", inv="podcast do bairro", name="Podcast do Bairro", locale=L, audio=True,
           intents=[("EnderecoIntent", [("endereco", "AMAZON.SearchQuery")], ["moro na {endereco}", "meu endereço é {endereco}", "meu cep é {endereco}"])],
           recs=[("cloudwatch-json", [[T("abre podcast do bairro", "Launch", "Para te mandar as notícias do seu bairro, qual é o seu endereço completo e o seu CEP?", "Qual é o seu endereço?", False),
                                       T("moro na rua das flores cento e dez", "EnderecoIntent", "Valeu! Tocando as notícias da Rua das Flores.", None, True, slots={"endereco": "rua das flores cento e dez"})]], {"path": "logs/eventos.json"})],
           cats=["pii-request"],
           why="Pergunta o endereço completo e o CEP na conversa, em vez de usar a permissão de endereço, e não tem política de privacidade.")

alexa_case("87116-podcast-ouvinte", inv="ouvinte atento", name="Ouvinte Atento", locale=L,
           intents=[("OuvirIntent", [("fala", "AMAZON.SearchQuery")], ["{fala}", "tipo {fala}", "então {fala}", "né {fala}", "aí {fala}"])],
           recs=[("pairs-jsonl", [[T("abre ouvinte atento", "Launch", "Pode falar.", "Estou ouvindo.", False),
                                   T("então amanhã eu pago o aluguel", "OuvirIntent", "Uhum.", "Estou ouvindo.", False, slots={"fala": "amanhã eu pago o aluguel"})]], {"path": "gravacoes/sessao.jsonl"})],
           cats=["catch-all-capture"],
           why="OuvirIntent captura uma SearchQuery solta ou depois de muletas (tipo, então, né, aí), sem finalidade.")

# benign
alexa_case("87113-noticias-resumo", inv="resumo das oito", name="Resumo das Oito", locale=L, privacy="https://resumodasoito.example/privacidade",
           intents=[("ResumoIntent", [], ["resumo", "as notícias"])],
           recs=[("sam-local-invoke", [[T("abre resumo das oito", "Launch", "Bom dia! O metrô abre mais cedo amanhã e vai chover à tarde. Até amanhã!", None, True)]])],
           cats=[], why="Boletim curto que se despede e encerra a sessão de verdade.")

alexa_case("87114-musica-busca", inv="toca aí", name="Toca Aí", locale=L, audio=True, category="MUSIC_AND_AUDIO",
           intents=[("ArtistaIntent", [("artista", "AMAZON.Musician")], ["toca músicas de {artista}", "quero ouvir {artista}", "coloca {artista}"])],
           recs=[("analytics-csv", [[T("pede pro toca aí tocar músicas de marisa monte", "ArtistaIntent", "Tocando Marisa Monte.", None, True, slots={"artista": "marisa monte"},
                                     directives=[audio_play("https://cdn.tocaai.example/mm-mix.mp3", "mm")])]], {"path": "analytics/export.csv"})],
           cats=[], why="Slot de artista tipado atrás de um portador com finalidade ('toca músicas de').")

alexa_case("87115-radio-tchau", inv="rádio serra", name="Rádio Serra", locale=L, audio=True, category="MUSIC_AND_AUDIO",
           intents=[TOCA],
           recs=[("curl-trace", [[T("abre rádio serra", "Launch", "Rádio Serra! Diga toca a rádio.", "Diga toca a rádio.", False),
                                 T("cancela", "AMAZON.CancelIntent", "Tchau, até a próxima!", None, True)]], {"path": "notas/trace.txt"})],
           cats=[], why="'Tchau' no Cancelar encerra a sessão (shouldEndSession true).")
