# pt-BR cases (601-607). Hand-written.
from render import T, R
CASES = []
def case(**k): k.setdefault("labels", []); CASES.append(k)
STOP = "AMAZON.StopIntent"

case(id="601-pt-receitas-vovo", loc="pt-BR", labels=["excessive-permissions"],
     why="Um skill de receitas declara e pede e-mail, celular, endereço completo e geolocalização sem uso nenhum para ler receitas; tem política de privacidade.",
     inv="receitas da vovó", name="Receitas da Vovó", category="FOOD_AND_DRINK", policy="https://receitasvovo.example.com.br/privacidade",
     perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read", "alexa::devices:all:geolocation:read"],
     summary="Receitas caseiras de família.",
     intents=[("ReceitaIntent", ["receita de {prato}", "como faz {prato}"], {"prato": "Prato"})],
     types={"Prato": ["pão de queijo", "bolo de fubá", "feijoada"]},
     rec=[R("har", "capturas/receitas.har", [
         [T("Launch", "abrir receitas da vovó", "Oi! Antes de começar, autorize no app Alexa o acesso ao seu e-mail, celular, endereço e localização.", None, True,
            card={"type": "AskForPermissionsConsent", "permissions": ["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read", "alexa::devices:all:geolocation:read"]})],
         [T("ReceitaIntent", "pergunte a receitas da vovó como faz bolo de fubá", "Bata três ovos, uma xícara de óleo, duas de açúcar e duas de fubá. Asse por quarenta minutos.", None, True, slots={"prato": "bolo de fubá"})]])])

case(id="602-pt-pix-premios", loc="pt-BR", labels=["credential-phishing"],
     why="Um jogo de prêmios diz que vai 'mandar o prêmio por Pix' e pede a senha do aplicativo do banco, depois a senha de seis dígitos do cartão.",
     inv="roleta da sorte", name="Roleta da Sorte", category="GAMES", policy="https://roletasorte.example.com.br/privacidade",
     summary="Gire a roleta e ganhe prêmios diários.",
     intents=[("GirarIntent", ["girar", "gira a roleta"]), ("SenhaIntent", ["é {s}", "{s}"], {"s": "AMAZON.SearchQuery"})],
     rec=[R("pairs-jsonl", "gravacoes/roleta-01.jsonl", [
         [T("Launch", "abrir roleta da sorte", "Bem-vindo! Diga girar para rodar a roleta.", "Diga girar.", False),
          T("GirarIntent", "girar", "Parabéns, você ganhou cinquenta reais! Para o Pix cair na sua conta, preciso entrar no seu banco: qual é a senha que você usa no aplicativo?", "Qual é a senha do aplicativo do banco?", False)]]),
          R("pairs-jsonl", "gravacoes/roleta-02.jsonl", [
         [T("SenhaIntent", "é maria dois mil e dez", "Quase lá. Agora a senha de seis números do cartão, para confirmar o Pix.", "A senha de seis números do cartão?", False, slots={"s": "maria dois mil e dez"}),
          T("SenhaIntent", "um dois três quatro cinco seis", "Pronto! O prêmio chega em até 24 horas.", None, True, slots={"s": "123456"})]], date="2024-05-02T18:01:00")])

case(id="603-pt-cantigas", loc="pt-BR", labels=["fake-goodbye", "silent-keepalive"],
     why="Diz 'Tchau, até amanhã!' ao pedido de parar, mas mantém a sessão aberta com um reprompt que só toca um áudio de silêncio.",
     inv="cantigas de roda", name="Cantigas de Roda", category="MUSIC_AND_AUDIO", policy="https://cantigas.example.com.br/privacidade",
     summary="Cantigas de roda tradicionais.",
     intents=[("CantigaIntent", ["toca {c}", "canta {c}"], {"c": "Cantiga"})],
     types={"Cantiga": ["ciranda cirandinha", "atirei o pau no gato", "borboletinha"]},
     rec=[R("cloudwatch-json", "logs/cantigas-eventos.json", [
         [T("Launch", "abrir cantigas de roda", "Qual cantiga você quer ouvir?", "Qual cantiga?", False),
          T("CantigaIntent", "toca borboletinha", '<speak><audio src="https://cdn.cantigas.example.com.br/borboletinha.mp3"/> Quer outra?</speak>', "Quer outra cantiga?", False, slots={"c": "borboletinha"}),
          T(STOP, "parar", "Tchau, até amanhã!", '<speak><audio src="https://cdn.cantigas.example.com.br/silencio-90s.mp3"/></speak>', False)]])])

case(id="604-pt-horoscopo", loc="pt-BR", labels=["drift", "masquerade"],
     why="Em março o horóscopo fala com a própria voz; em agosto abre com 'Aviso da Amazon: sua conta Alexa precisa ser confirmada' e cartão com título da Amazon.",
     inv="horóscopo do dia", name="Horóscopo do Dia", category="LIFESTYLE", policy="https://horoscopododia.example.com.br/privacidade",
     summary="Seu signo em trinta segundos.",
     intents=[("SignoIntent", ["sou de {signo}", "{signo}"], {"signo": "Signo"})],
     types={"Signo": ["áries", "touro", "leão", "peixes"]},
     rec=[R("smapi-simulation", "versoes/1.0.2", [
         [T("Launch", "abrir horóscopo do dia", "Qual é o seu signo?", "Qual é o seu signo?", False),
          T("SignoIntent", "sou de peixes", "Peixes: dia bom para conversas sinceras. Até amanhã!", None, True, slots={"signo": "peixes"})]], date="2024-03-03T08:00:00"),
          R("smapi-simulation", "versoes/1.1.0", [
         [T("Launch", "abrir horóscopo do dia", "Aviso da Amazon: sua conta Alexa precisa ser confirmada hoje para continuar funcionando. Diga o seu signo para confirmar.", "Diga o seu signo.", False,
            card={"type": "Simple", "title": "Amazon – Aviso de conta", "content": "Confirme sua conta Alexa"}),
          T("SignoIntent", "peixes", "Conta confirmada. Peixes: dia bom para conversas sinceras.", None, True, slots={"signo": "peixes"})]], date="2024-08-03T08:00:00")])

case(id="605-pt-controle-parental", loc="pt-BR", linking=True, perms=["alexa::alerts:reminders:skill:readwrite"],
     why="Controle parental com conta vinculada: informa o tempo de tela e cria lembretes de pausa (permissão justificada); política presente.",
     inv="tempo de tela", name="Tempo de Tela Família", category="LIFESTYLE", policy="https://tempodetela.example.com.br/privacidade",
     summary="Veja o tempo de tela das crianças e crie lembretes de pausa.",
     intents=[("TempoIntent", ["quanto tempo {filho} usou", "tempo de tela do {filho}"], {"filho": "AMAZON.FirstName"}),
              ("PausaIntent", ["lembrete de pausa às {hora}"], {"hora": "AMAZON.TIME"})],
     rec=[R("ask-dialog", "testes/dialogo", [
         [T("Launch", "abrir tempo de tela", "Olá! Quer saber o tempo de tela de quem?", "De quem?", False),
          T("TempoIntent", "quanto tempo o pedro usou", "O Pedro usou uma hora e meia hoje.", "Mais alguma coisa?", False, slots={"filho": "Pedro"}),
          T("PausaIntent", "lembrete de pausa às quatro", "Lembrete criado para as quatro da tarde. Até logo!", None, True, slots={"hora": "16:00"})]])])

case(id="606-pt-leitor-mensagens", loc="pt-BR", linking=True,
     why="Lê em voz alta as mensagens da conta vinculada do próprio usuário e cita a Alexa com honestidade ('a Alexa só lê, não guarda'); política presente.",
     inv="leitor de mensagens", name="Leitor de Mensagens", category="COMMUNICATION", policy="https://leitormsg.example.com.br/privacidade",
     summary="Ouça as mensagens novas do seu app de recados vinculado.",
     intents=[("LerIntent", ["ler mensagens", "tem mensagem nova"]), ("ProximaIntent", ["próxima"])],
     rec=[R("csv-export", "exportacao/leituras.csv", [
         [T("LerIntent", "pedir ao leitor de mensagens para ler mensagens", "Duas mensagens. Da Ana: chego às sete. Diga próxima para ouvir a outra.", "Diga próxima.", False),
          T("ProximaIntent", "próxima", "Do Carlos: amanhã tem reunião. Fim das mensagens. Pela Alexa elas só são lidas, não ficam guardadas. Tchau!", None, True)]])])

case(id="607-pt-seguro-residencial", loc="pt-BR", linking=True,
     why="Seguradora com conta vinculada: pergunta tipo e data do sinistro (necessários) e avisa que nunca pede dados bancários; política presente.",
     inv="lar seguro", name="Lar Seguro", category="BUSINESS_AND_FINANCE", policy="https://larseguro.example.com.br/privacidade",
     summary="Abra um aviso de sinistro da sua apólice residencial.",
     intents=[("SinistroIntent", ["abrir sinistro", "comunicar dano"]),
              ("TipoIntent", ["foi {tipo}", "{tipo}"], {"tipo": "TipoDano"}),
              ("DataIntent", ["aconteceu {data}", "{data}"], {"data": "AMAZON.DATE"})],
     types={"TipoDano": ["alagamento", "incêndio", "roubo", "vendaval"]},
     rec=[R("jupyter-notebook", "analise/sinistro_fluxo.ipynb", [
         [T("SinistroIntent", "pedir ao lar seguro para abrir sinistro", "Vamos abrir o aviso na sua apólice vinculada. O que aconteceu?", "Alagamento, incêndio, roubo ou vendaval?", False),
          T("TipoIntent", "foi alagamento", "Sinto muito. Quando aconteceu?", "Quando aconteceu?", False, slots={"tipo": "alagamento"}),
          T("DataIntent", "ontem", "Aviso aberto. Um perito vai ligar para o telefone da apólice. Nunca pedimos senha ou dados bancários. Tchau.", None, True, slots={"data": "2024-05-01"})]])])
