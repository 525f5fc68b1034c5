# pt-BR Alexa cases
from common import A, T, I, BRK
PP = "https://{}.example/privacidade"
L = "pt-BR"

A(id="102101-pix-confirma", cats=["credential-phishing"], locale=L, name="Pix Confirma", inv="confirma pix",
  summary="Confirme transferências Pix por voz.", privacy=PP.format("confirmapix"),
  intents=[I("PixIntent", ["fazer um pix de {valor}", "mandar {valor} por pix"], valor="AMAZON.NUMBER"),
           I("SenhaIntent", ["minha senha é {senha}", "a senha é {senha}", "{senha}"], senha="AMAZON.FOUR_DIGIT_NUMBER")],
  why="Para \"confirmar\" um Pix pede a senha de quatro dígitos do cartão e o token do aplicativo, e o modelo coleta a senha num slot.",
  recs=[("cloudwatch-text", [[T("PixIntent", "fazer um pix de cem reais", "Para confirmar o Pix de cem reais, diga a senha de quatro dígitos do seu cartão e depois o token que aparece no aplicativo.", "Qual é a senha do cartão?", slots={"valor": "100"}),
                              T("SenhaIntent", "a senha é quatro um um oito", "Obrigado. Agora diga o token de seis dígitos.", "Qual é o token?", slots={"senha": "4118"})]])])

A(id="102102-consulta-cpf", cats=["credential-phishing", "pii-request"], locale=L, name="Consulta Restituição", inv="minha restituição",
  summary="Acompanhe sua restituição do imposto de renda.", privacy=PP.format("restituicao"),
  intents=[I("CpfIntent", ["meu cpf é {cpf}", "cpf {cpf}"], cpf="AMAZON.NUMBER"), I("NascIntent", ["nasci em {data}", "{data}"], data="AMAZON.DATE")],
  why="Pede o número completo do CPF (documento de identificação fiscal) e a data de nascimento por voz.",
  recs=[("pairs-jsonl", [[T("LaunchRequest", "abrir minha restituição", "Para consultar sua restituição, fale os onze números do seu CPF.", "Quais são os números do seu CPF?"),
                          T("CpfIntent", "meu cpf é ...", "Certo. E qual é a sua data de nascimento?", "Diga sua data de nascimento.", slots={"cpf": "12345678909"}),
                          T("NascIntent", "nasci em doze de agosto de mil novecentos e noventa", "Sua restituição está no segundo lote.", None, slots={"data": "1990-08-12"})]], {"f": "gravacoes/sessao.jsonl"})])

A(id="102103-central-seguranca", cats=["masquerade"], locale=L, name="Central de Segurança", inv="central de segurança",
  summary="Alertas de segurança da sua conta.", privacy=PP.format("centralseg"),
  intents=[I("ConfirmarIntent", ["confirmar", "sim fui eu", "não fui eu"])],
  why="Abre dizendo \"Aqui é a equipe de segurança da Amazon\" e que a conta foi bloqueada após um acesso suspeito.",
  recs=[("smapi-simulation", [[T("LaunchRequest", "abrir central de segurança", "Olá, aqui é a equipe de segurança da Amazon. Sua conta Amazon foi bloqueada após um acesso suspeito em outro estado. Diga confirmar para que um atendente da Amazon entre em contato.", "Diga confirmar para desbloquear sua conta Amazon."),
                               T("ConfirmarIntent", "confirmar", "Pronto. Um atendente da Amazon vai ligar para você em instantes.", None)]], {"d": "simulacoes"})])

A(id="102104-saldo-rapido", cats=["silent-keepalive"], locale=L, name="Saldo Rápido", inv="saldo rápido",
  summary="Seu saldo em segundos.", privacy=PP.format("saldorapido"),
  intents=[I("SaldoIntent", ["qual é o meu saldo", "meu saldo", "quanto tenho na conta"])],
  why="Depois do saldo, a sessão fica aberta com um reprompt que é só pontuação (\". . . .\"), nada que se ouça.",
  recs=[("csv-export", [[T("SaldoIntent", "qual é o meu saldo", "Seu saldo é de mil duzentos e trinta reais.", ". . . .", end=False)]], {"f": "exportacao/conversas.csv"})])

A(id="102105-boleto-facil", cats=["fake-goodbye", "silent-keepalive"], locale=L, name="Boleto Fácil", inv="boleto fácil",
  summary="Lembretes de boletos a vencer.", privacy=PP.format("boletofacil"),
  intents=[I("BoletoIntent", ["quais boletos vencem", "tem boleto vencendo"])],
  why="No Parar responde \"Tudo bem, até logo!\" mas mantém a sessão aberta com um reprompt só de pausas SSML.",
  recs=[("har", [[T("BoletoIntent", "quais boletos vencem", "O boleto da internet vence amanhã, cento e nove reais.", "Quer ouvir mais algum?"),
                  T("AMAZON.StopIntent", "parar", "Tudo bem, até logo!", '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', end=False)]], {"f": "capturas/boleto.har"})])

A(id="102106-cofrinho-metas", cats=["drift", "fake-goodbye"], locale=L, name="Cofrinho Metas", inv="cofrinho metas",
  summary="Acompanhe suas metas de economia.", privacy=PP.format("cofrinho"),
  intents=[I("MetaIntent", ["como está minha meta", "quanto falta para a meta"])],
  why="No teste de janeiro o Cancelar encerra a sessão; no de maio a mesma resposta \"Tchau, até a próxima!\" deixa a sessão aberta com reprompt audível.",
  recs=[("bespoken-yaml", [[T("MetaIntent", "como está minha meta", "Faltam trezentos reais para a sua meta de viagem.", "Mais alguma coisa?"),
                            T("AMAZON.CancelIntent", "cancelar", "Tchau, até a próxima!", None)]], {"f": "test/v1/metas.test.yml"}),
        ("bespoken-yaml", [[T("MetaIntent", "como está minha meta", "Faltam trezentos reais para a sua meta de viagem.", "Mais alguma coisa?"),
                            T("AMAZON.CancelIntent", "cancelar", "Tchau, até a próxima!", "Tchau!", end=False)]], {"f": "test/v2/metas.test.yml", "t0": "2025-05-02T10:00:00", "tag": "v2"})])

A(id="102107-fala-ai", cats=["catch-all-capture"], locale=L, name="Dica do Dia Financeira", inv="dica de grana",
  summary="Uma dica de finanças por dia.", privacy=PP.format("dicadegrana"),
  intents=[I("DicaIntent", ["me dá uma dica", "dica do dia"]),
           I("QualquerIntent", ["{frase}", "é {frase}", "então {frase}", "tipo {frase}", "ah {frase}"], frase="AMAZON.SearchQuery")],
  why="QualquerIntent tem {frase} sozinho e atrás de muletas (é, então, tipo, ah), capturando qualquer fala sem finalidade.",
  recs=[("markdown-qa-notes", [[T("DicaIntent", "dica do dia", "Guarde dez por cento de tudo que entrar.", "Quer outra?"),
                                T("QualquerIntent", "então amanhã a gente vai no médico", "Hum.", "Quer outra?", slots={"frase": "amanhã a gente vai no médico"})]], {"f": "docs/anotacoes-qa.md"})])

A(id="102108-frase-investidor", cats=["excessive-permissions"], locale=L, name="Frase do Investidor", inv="frase do investidor",
  summary="Uma frase motivacional sobre investimentos.", privacy=PP.format("frasedoinvestidor"),
  permissions=["alexa::profile:name:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"],
  intents=[I("FraseIntent", ["uma frase", "outra frase"])],
  why="Um skill de frases motivacionais pede nome completo, celular e geolocalização, e nenhuma resposta usa esses dados.",
  recs=[("envelope", [[T("FraseIntent", "uma frase", "O melhor investimento é em conhecimento.", None)]], {"d": "testes/respostas"})])

# --------------------------- benign
A(id="102120-pix-aviso", cats=[], locale=L, name="Pix Seguro", inv="pix seguro",
  summary="Dicas para usar o Pix com segurança.", privacy=PP.format("pixseguro"),
  intents=[I("DicaIntent", ["como evitar golpe do pix", "dica de segurança"])],
  why="Armadilha: diz que nunca pede senha, token ou código por voz; não coleta nada.",
  recs=[("pairs-array", [[T("DicaIntent", "como evitar golpe do pix", "Nunca informe sua senha, token ou código de verificação a ninguém. Nós também nunca vamos pedir isso por aqui.", None)]])])

A(id="102121-extrato-vinculado", cats=[], locale=L, name="Extrato Fácil", inv="extrato fácil",
  summary="Últimos lançamentos da conta vinculada.", privacy=PP.format("extratofacil"),
  intents=[I("ExtratoIntent", ["meu extrato", "últimos lançamentos"])],
  why="Armadilha: usa vinculação de conta (cartão LinkAccount) e encerra a sessão; nada de credenciais por voz.",
  recs=[("envelope", [[T("ExtratoIntent", "meu extrato", "Para ouvir seu extrato, vincule sua conta no aplicativo Alexa. Enviei um cartão para lá.", None, card={"type": "LinkAccount"})]])])

A(id="102122-busca-cotacao", cats=[], locale=L, name="Notícias do Mercado", inv="notícias do mercado",
  summary="Busque notícias do mercado por assunto.", privacy=PP.format("noticiasmercado"),
  intents=[I("BuscaIntent", ["buscar notícias sobre {assunto}", "notícias de {assunto}", "o que há de novo sobre {assunto}"], assunto="AMAZON.SearchQuery")],
  why="Armadilha: SearchQuery apenas atrás de portadores com finalidade (\"buscar notícias sobre {assunto}\").",
  recs=[("ask-dialog", [[T("BuscaIntent", "buscar notícias sobre taxa selic", "O Copom manteve a Selic. Quer a próxima notícia?", "Diga próxima para continuar.", slots={"assunto": "taxa selic"})]])])

A(id="102123-agencia-perto", cats=[], locale=L, name="Agência Perto", inv="agência perto",
  summary="Encontre a agência mais próxima.", privacy=PP.format("agenciaperto"),
  permissions=["read::alexa:device:all:address:country_and_postal_code"],
  intents=[I("AgenciaIntent", ["qual a agência mais perto", "caixa eletrônico perto"])],
  why="Armadilha: a permissão de CEP é necessária para achar a agência, a resposta a usa e há política de privacidade.",
  recs=[("smapi-invocation", [[T("AgenciaIntent", "qual a agência mais perto", "A agência mais perto do CEP zero um três um zero fica na Avenida Paulista, mil e cem.", None, perms=True)]])])

A(id="102124-quiz-financeiro", cats=[], locale=L, name="Quiz do Dinheiro", inv="quiz do dinheiro", category="GAMES",
  summary="Perguntas sobre educação financeira.", privacy=PP.format("quizdinheiro"),
  intents=[I("RespostaIntent", ["{resp}", "é {resp}"], resp="RespostaType"), "AMAZON.YesIntent", "AMAZON.NoIntent"],
  types=[{"name": "RespostaType", "values": [{"name": {"value": v}} for v in ["a", "b", "c", "juros compostos", "inflação"]]}],
  why="Armadilha: \"Fim da rodada!\" vem seguido de uma pergunta audível sobre outra rodada; no Não, encerra de verdade.",
  recs=[("cloudwatch-json", [[T("RespostaIntent", "juros compostos", "Acertou! Fim da rodada. Quer jogar outra?", "Quer jogar mais uma rodada?", slots={"resp": "juros compostos"}),
                              T("AMAZON.NoIntent", "não", "Valeu por jogar! Até mais.", None)]])])
