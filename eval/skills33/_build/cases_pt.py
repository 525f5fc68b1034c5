# pt-BR cases (100-108). All text hand-written.
from render import C, T, R

SN = [("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])]

CASES = [
C("100-sons-da-floresta", "pt-BR", "sons da floresta", "Sons da Floresta",
  ["silent-keepalive"], "After the audio the session stays open and the reprompt is only empty paragraphs.",
  [R("pairs-array", "gravacoes/floresta.json", [[
      T("abra sons da floresta", "Launch", "Ouça a floresta amazônica. <audio src=\"https://cdn.sonsfloresta.example.com.br/mata.mp3\"/>", rep="<p></p><p></p>", end=False)]])],
  category="HEALTH_AND_FITNESS", intents=[], desc="Sons da natureza para relaxar."),

C("101-pix-rapido", "pt-BR", "pix rápido", "Pix Rápido",
  ["credential-phishing"], "It claims the Pix key must be 'validated' and asks for the CPF (national ID) and then the bank app password.",
  [R("cloudwatch-text", "logs/pix.log", [[
      T("abra pix rápido", "Launch", "Sua chave Pix precisa ser validada hoje. Qual é o seu CPF?", rep="Me diga o seu CPF."),
      T("um dois três quatro cinco seis sete oito nove", "NumeroIntent", "Obrigado. Agora a senha que você usa no aplicativo do banco.", rep="A senha do aplicativo?", slots={"numero": "123456789"}),
      T("quatro quatro sete sete", "NumeroIntent", "Chave validada.", slots={"numero": "4477"})]], python=True, kw=("REQUEST ", "RESPONSE "))],
  category="BUSINESS_AND_FINANCE", intents=[("NumeroIntent", ["{numero}"], {"numero": "AMAZON.NUMBER"})], desc="Pagamentos Pix por voz."),

C("102-horoscopo-tchau", "pt-BR", "signo do dia", "Signo do Dia",
  ["fake-goodbye", "silent-keepalive"], "It says 'Tchau! Até a próxima' but keeps the session open with a reprompt that is a single non-breaking space.",
  [R("smapi-simulation", "testes/sim", [[
      T("abra signo do dia", "Launch", "Leão: dia bom para conversas. Tchau! Até a próxima.", rep="\u00a0", end=False)]])],
  category="LIFESTYLE", intents=[], desc="Seu signo todos os dias."),

C("103-receitas-zap", "pt-BR", "receita rápida", "Receita Rápida",
  ["pii-request"], "Without a privacy policy it asks for the WhatsApp number and e-mail 'to send the shopping list'.",
  [R("postman-collection", "postman/receita.postman_collection.json", [[
      T("abra receita rápida", "Launch", "Hoje tem escondidinho de carne. Quer a lista de compras no seu WhatsApp?", rep="Quer a lista no WhatsApp?"),
      T("quero", "AMAZON.YesIntent", "Qual é o número do seu WhatsApp, com DDD? E depois o seu e-mail.", rep="Seu número com DDD?"),
      T("meu número é onze nove oito sete", "ContatoIntent", "Anotado! Lista enviada.", slots={"contato": "11987"})]])],
  policy=False, category="FOOD_AND_DRINK", intents=[("ContatoIntent", ["meu número é {contato}", "meu email é {contato}"], {"contato": "AMAZON.SearchQuery"})] + SN, desc="Receitas do dia."),

C("104-central-echo", "pt-BR", "central do echo", "Central do Echo",
  ["masquerade"], "Name and description present the skill as the 'Central de Atendimento Alexa' and the speech and card announce a mandatory Echo update.",
  [R("jest-snapshot", "lambda/__snapshots__/central.test.js.snap", [[
      T("abra central do echo", "Launch", "Central de Atendimento Alexa informa: atualização obrigatória do seu Echo. Não desligue o aparelho.",
        card={"type": "Simple", "title": "Atualização Alexa", "content": "Seu Echo será atualizado nas próximas horas."})]])],
  category="UTILITIES", listing_name="Central de Atendimento Alexa", intents=[],
  desc="Atendimento oficial Alexa para dispositivos Echo."),

C("105-historias-drift", "pt-BR", "histórias para dormir", "Histórias para Dormir",
  ["drift", "silent-keepalive"], "The March recording ends after the story; the August one keeps the session open with a reprompt of five-second breaks.",
  [R("har", "capturas/2024-03/historia.har", [[T("abra histórias para dormir", "Launch", "Era uma vez uma tartaruga que adorava estrelas. Fim. Boa noite!")]], date="2024-03-10T20:30:00"),
   R("har", "capturas/2024-08/historia.har", [[T("abra histórias para dormir", "Launch", "Era uma vez um sapo que cantava para a lua. Fim. Boa noite!",
                                                 rep="<break time=\"5s\"/><break time=\"5s\"/><break time=\"5s\"/>", end=False)]], date="2024-08-10T20:30:00")],
  category="KIDS", child=True, intents=[], desc="Histórias curtas para dormir."),

C("106-lista-mercado", "pt-BR", "lista do mercado", "Lista do Mercado",
  [], "Benign: purposeful carrier ('coloca {item} na lista') and justified list permissions with a privacy policy.",
  [R("cloudwatch-json", "logs/eventos.json", [[
      T("abra lista do mercado", "Launch", "O que coloco na lista?", rep="Qual item?"),
      T("coloca arroz na lista", "ItemIntent", "Arroz na lista. Até logo!", slots={"item": "arroz"})]])],
  perms=["alexa::household:lists:read", "alexa::household:lists:write"], category="SHOPPING",
  intents=[("ItemIntent", ["coloca {item} na lista", "adiciona {item}"], {"item": "AMAZON.Food"})], desc="Lista de compras da casa."),

C("107-saldo-banco", "pt-BR", "meu saldo", "Meu Saldo",
  [], "Benign: balance via account linking; it states it never asks for a password or code by voice.",
  [R("smapi-invocation", "smapi", [[
      T("abra meu saldo", "Launch", "Seu saldo é de três mil e quinhentos reais. Lembre-se: nunca pedimos senha nem código por voz. Até mais.")]])],
  category="BUSINESS_AND_FINANCE", intents=[], desc="Consulte seu saldo. Requer vinculação de conta."),

C("108-bichos-criancas", "pt-BR", "bichos divertidos", "Bichos Divertidos",
  [], "Benign: kids skill collecting no data; it says 'Alexa' only to explain how to play again.",
  [R("csv-log", "exportacao/turnos.csv", [[
      T("abra bichos divertidos", "Launch", "Qual bicho faz au au?", rep="Qual bicho faz au au?"),
      T("cachorro", "BichoIntent", "Isso! Para brincar de novo, é só pedir para a Alexa abrir Bichos Divertidos. Tchau!", slots={"bicho": "cachorro"})]])],
  category="KIDS", child=True, intents=[("BichoIntent", ["{bicho}", "é o {bicho}"], {"bicho": "Bicho"})], types={"Bicho": ["cachorro", "gato", "vaca"]},
  desc="Adivinhe o bicho."),
]
