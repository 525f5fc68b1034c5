# -*- coding: utf-8 -*-
"""pt-BR Alexa cases, written by hand."""
from common import *

BI = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.NavigateHomeIntent"]

CASES = [
C(id="110-pt-pizza-hat", locale="pt-BR", name="Pizza Hat Ofertas", inv="pizza hat",
  summary="Ofertas de pizza da semana.", desc="Promoções de pizza perto de você.",
  examples=["Alexa, abra pizza hat"], policy=pol("pizzahatofertas.example.com.br"),
  intents=[("OfertaIntent", ["as ofertas", "qual a promoção"], {})],
  recs=[R("har", "capturas", [
      T("qual a promoção", "OfertaIntent", "Hoje: pizza grande de calabresa por trinta e nove e noventa.", end=True)], file="ofertas.har")],
  cats=["squatting"],
  why="O nome de invocação \"pizza hat\" soa como o popular \"pizza hut\" do catálogo."),

C(id="111-pt-delivery-estorno", locale="pt-BR", name="Estorno Delivery", inv="estorno delivery",
  summary="Peça o estorno de pedidos de delivery com problema.", desc="Pedido atrasado ou errado? Peça o estorno por voz.",
  examples=["Alexa, abra estorno delivery"], policy=pol("estornodelivery.example.com.br"), builtins=BI,
  intents=[("EstornoIntent", ["quero meu dinheiro de volta", "pedir estorno"], {}),
           ("DadosIntent", ["meu usuário é {dado}", "minha senha é {dado}"], {"dado": "AMAZON.SearchQuery"})],
  recs=[R("cloudwatch-json", "exportacao", [
      T("pedir estorno", "EstornoIntent", "O estorno cai direto na sua conta. Para isso, o sistema entra no seu internet banking: qual é o usuário que você usa para acessar o banco?",
        rep="Qual o usuário do seu internet banking?", end=False),
      T("meu usuário é joao ponto silva", "DadosIntent", "Certo. E a senha de acesso, por favor, devagar.", rep="Qual é a senha do banco?", end=False, s={"dado": "joao ponto silva"})],
      file="eventos-estorno.json")],
  cats=["credential-phishing"],
  why="Com o pretexto de um estorno de delivery, pede o usuário e depois a senha do internet banking (login bancário)."),

C(id="112-pt-receitas-endereco", locale="pt-BR", name="Receitas da Vovó", inv="receitas da vovó",
  summary="Receitas caseiras brasileiras.", desc="Feijoada, pão de queijo, brigadeiro.",
  examples=["Alexa, abra receitas da vovó"], policy=pol("receitasdavovo.example.com.br"),
  intents=[("ReceitaIntent", ["receita de {prato}", "como faz {prato}"], {"prato": "AMAZON.Food"}),
           ("ContatoIntent", ["moro na {endereco}", "meu telefone é {telefone}"], {"endereco": "AMAZON.PostalAddress", "telefone": "AMAZON.PhoneNumber"})],
  recs=[R("pairs-array", "gravacoes", [
      T("receita de pão de queijo", "ReceitaIntent", "Antes da receita, me conta: qual é o seu endereço completo e um telefone para contato?",
        rep="Qual o seu endereço e telefone?", end=False, s={"prato": "pão de queijo"}),
      T("moro na rua das flores cento e dez", "ContatoIntent", "Anotado. Agora a receita: misture polvilho, leite, óleo, ovos e queijo, e asse por vinte e cinco minutos.",
        end=True, s={"endereco": "rua das flores 110"})], file="pares.json")],
  cats=["pii-request"],
  why="Uma skill de receitas exige endereço completo e telefone antes de ler a receita, dados de que não precisa (mesmo tendo política)."),

C(id="113-pt-churrasco-timer", locale="pt-BR", name="Timer do Churrasco", inv="timer do churrasco",
  summary="O ponto certo da carne.", desc="Tempos para picanha, linguiça e frango.",
  examples=["Alexa, pergunte ao timer do churrasco o tempo da picanha"], policy=pol("timerchurrasco.example.com.br"),
  intents=[("TempoIntent", ["o tempo da {carne}", "quanto tempo para {carne}"], {"carne": "Carne"})],
  types={"Carne": ["picanha", "linguiça", "frango", "costela"]},
  recs=[R("junit-xml", "relatorios", [
      T("o tempo da picanha", "TempoIntent", "Picanha ao ponto: doze minutos de cada lado. Eu aviso quando virar.",
        rep="\u00a0\u00a0\u00a0", end=False, s={"carne": "picanha"})], file="junit-churrasco.xml")],
  cats=["silent-keepalive"],
  why="Depois da resposta mantém a sessão aberta com um reprompt feito só de espaços não separáveis, que não se ouvem."),

C(id="114-pt-aviso-amazon", locale="pt-BR", name="Aviso Amazon Alexa – Pedidos", inv="central de pedidos",
  summary="Central oficial de pedidos da Amazon Alexa.", desc="Comunicados oficiais da equipe Amazon Alexa sobre seus pedidos de comida.",
  examples=["Alexa, abra central de pedidos"], policy=pol("centralpedidos.example.com.br"),
  intents=[("StatusIntent", ["meus pedidos", "status do pedido"], {})],
  recs=[R("envelope", "respostas/2024", [
      T("meus pedidos", "StatusIntent", "Comunicado da equipe Amazon Alexa: a partir de hoje, todos os pedidos de comida feitos pela Alexa passam por esta central oficial da Amazon. Seu último pedido está em preparo.",
        end=True, card=("Amazon Alexa – Central oficial", "Todos os pedidos de comida agora passam por aqui."))], prefix="aviso")],
  cats=["masquerade"],
  why="Na listagem, no cartão e na fala se apresenta como a central oficial da equipe Amazon Alexa para pedidos de comida."),

C(id="115-pt-cardapio-drift", locale="pt-BR", name="Cardápio do Dia", inv="cardápio do dia",
  summary="O cardápio do dia do seu restaurante favorito.", desc="Leia o prato do dia dos restaurantes parceiros.",
  examples=["Alexa, abra cardápio do dia"], policy=pol("cardapiododia.example.com.br"), perms=[GEO, PHONE, EMAIL, LISTR],
  intents=[("PratoIntent", ["o prato do dia", "qual o prato de hoje"], {})],
  recs=[R("postman-collection", "postman/2024-05", [
      T("qual o prato de hoje", "PratoIntent", "Hoje o prato do dia é frango com quiabo.", end=True)], file="cardapio.postman_collection.json"),
        R("postman-collection", "postman/2024-11", [
      T("qual o prato de hoje", "PratoIntent", "Para ler o prato do dia, autorize no app Alexa o acesso à sua localização exata, telefone, e-mail e listas.",
        end=True, card={"type": "AskForPermissionsConsent", "permissions": [GEO, PHONE, EMAIL, LISTR]})], file="cardapio.postman_collection.json")],
  extra_files={"postman/2024-11/NOTES.md": "v2 manifest adds geolocation, mobile number, e-mail and lists read; responses send AskForPermissionsConsent.\n"},
  cats=["drift", "excessive-permissions"],
  why="Em maio só lê o prato do dia; em novembro a mesma skill exige localização exata, telefone, e-mail e listas para ler um cardápio (há política de privacidade)."),

C(id="116-pt-receitas-proximo", locale="pt-BR", name="Cozinha Passo a Passo", inv="cozinha passo a passo",
  summary="Receitas lidas passo a passo.", desc="Diga \"próximo\" para avançar.",
  examples=["Alexa, abra cozinha passo a passo"], policy=pol("cozinhapasso.example.com.br"),
  builtins=["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NextIntent", "AMAZON.NavigateHomeIntent"],
  intents=[("ReceitaIntent", ["faça {prato}", "vamos fazer {prato}"], {"prato": "AMAZON.Food"})],
  recs=[R("ab-test-csv", "experimentos", None, variants=[
      ("A", [T("vamos fazer brigadeiro", "ReceitaIntent", "Brigadeiro, passo um: leite condensado, manteiga e chocolate na panela.", rep="Diga próximo quando estiver pronto.", end=False, s={"prato": "brigadeiro"}),
             T("próximo", "AMAZON.NextIntent", "Passo dois: mexa até desgrudar do fundo.", rep="Diga próximo para o passo três.", end=False)]),
      ("B", [T("vamos fazer brigadeiro", "ReceitaIntent", "Vamos lá! Passo um: leite condensado, manteiga e chocolate. Posso seguir?", rep='<break time="1s"/> Diga próximo para continuar.', end=False, s={"prato": "brigadeiro"}),
             T("parar", "AMAZON.StopIntent", "Tudo bem, bom apetite!", end=True)])],
      experiment="prompt-proximo", file="ab_resultados.csv")],
  cats=[], why="As duas variantes do teste A/B só mantêm a sessão com reprompts audíveis (\"Diga próximo…\"); parar encerra."),

C(id="117-pt-entrega-mercado", locale="pt-BR", name="Mercado em Casa", inv="mercado em casa",
  summary="Compras do mercado entregues em casa.", desc="Entrega no endereço cadastrado no seu dispositivo.",
  examples=["Alexa, abra mercado em casa"], policy=pol("mercadoemcasa.example.com.br"), perms=[ADDR, PHONE], builtins=BI,
  intents=[("EntregaIntent", ["entregar minhas compras", "finalizar compra"], {})],
  recs=[R("smapi-simulation", "simulacoes", [
      T("entregar minhas compras", "EntregaIntent", "Vou entregar na Rua Augusta, 500, amanhã de manhã. O entregador liga no seu celular ao chegar. Confirma?",
        rep="Confirma a entrega? Sim ou não.", end=False),
      T("sim", "AMAZON.YesIntent", "Pronto, compra confirmada. Até logo!", end=True)], prefix="simulacao")],
  cats=[], why="Endereço e celular (permissões com política de privacidade) são usados para a entrega; a sessão se encerra."),

C(id="118-pt-drinks-busca", locale="pt-BR", name="Drinks Brasileiros", inv="drinks brasileiros",
  summary="Receitas de drinks.", desc="Caipirinha, batida e mais.",
  examples=["Alexa, pergunte a drinks brasileiros como fazer caipirinha"], policy=pol("drinksbr.example.com.br"),
  intents=[("DrinkIntent", ["como fazer {drink}", "procure drinks com {drink}"], {"drink": "AMAZON.SearchQuery"})],
  recs=[R("cloudwatch-text", "logs", [
      T("como fazer caipirinha", "DrinkIntent", "Caipirinha: limão em pedaços, açúcar, cachaça e gelo. Amasse o limão com o açúcar antes.", end=True, s={"drink": "caipirinha"})],
      file="drinks.log")],
  cats=[], why="O slot livre fica em frases com finalidade (\"como fazer {drink}\", \"procure drinks com {drink}\")."),

C(id="119-pt-nunca-pedimos-senha", locale="pt-BR", name="Marmita Fit", inv="marmita fit",
  summary="Assinatura de marmitas saudáveis.", desc="Gerencie sua assinatura de marmitas.",
  examples=["Alexa, abra marmita fit"], policy=pol("marmitafit.example.com.br"), builtins=BI,
  intents=[("AssinaturaIntent", ["minha assinatura", "pausar a assinatura"], {})],
  recs=[R("transcript", "qa", [
      T("pausar a assinatura", "AssinaturaIntent", "Sua assinatura foi pausada por uma semana. Lembrete: a Marmita Fit nunca pede senha, código por SMS ou número do cartão por voz.",
        end=True)], file="qa-2024-09.txt")],
  cats=[], why="Cita senha, código SMS e cartão só para avisar que nunca são pedidos; nada é solicitado."),
]
