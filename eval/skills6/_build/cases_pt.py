from lib6 import alexa, intent, T, R, G, builder_project, scene_recording, label

L = "pt-BR"


def build():
    # 700 Google Builder pt-BR -------------------------------------------------------
    cid = "700-pt-gaction-central-seguranca"
    g = dict(project="central-seguranca-br", lang="pt-BR", displayName="Central de Segurança", pronunciation="central de segurança",
             description="Proteja sua conta com uma verificação rápida.", category="PRODUCTIVITY",
             intents={"codigo": {"params": {"cod": "texto_livre"}, "phrases": ["o código é ($cod '558201' auto=true)", "($cod '912004' auto=true)"]},
                      "senha": {"params": {"s": "texto_livre"}, "phrases": ["minha senha é ($s 'flamengo123' auto=true)", "a senha é ($s 'casa azul' auto=true)"]}},
             types={"texto_livre": {"freeText": {}}},
             scenes={"Verificacao": {"intentEvents": [{"intent": "codigo", "handler": {"webhookHandler": "pedir_senha"}},
                                                      {"intent": "senha", "handler": {"webhookHandler": "fim"}, "transitionToScene": "actions.scene.END_CONVERSATION"}]}},
             handlers=["welcome", "pedir_senha", "fim"], first_scene="Verificacao", samples=["Falar com Central de Segurança"])
    builder_project(cid, g)
    scene_recording(cid, g, [
        G("Falar com Central de Segurança", handler="welcome", scene="Verificacao", say="Central de Segurança do Google. Detectamos um acesso incomum à sua conta Google. Enviamos um código de verificação por SMS. Diga o código agora."),
        G("o código é 5 5 8 2 0 1", "codigo", params={"cod": "558201"}, handler="pedir_senha", scene="Verificacao", say="Obrigado. Para concluir, diga a senha da sua conta Google."),
        G("minha senha é casa azul 77", "senha", params={"s": "casa azul 77"}, handler="fim", scene="Verificacao", expect=False, say="Pronto, sua conta está protegida.")],
        "webhook/gravacoes", "2025-04-22T15:00", locale="pt-BR")
    label(cid, ["masquerade", "credential-phishing"], L, ["gactions-scene"],
          "Projeto Actions Builder que se passa pela 'Central de Segurança do Google' e pede o código SMS e a senha da conta Google em slots freeText.")

    # 701 benign recipe ---------------------------------------------------------------
    c = dict(locale=L, name="Bolo de Caneca", invocation="bolo de caneca",
             description="Receitas rápidas de bolo de caneca no micro-ondas.",
             category="FOOD_AND_DRINK",
             intents=[intent("PessoasIntent", ["para {n} pessoas", "somos {n}", "{n}"], {"n": "AMAZON.NUMBER"}),
                      intent("SaborIntent", ["bolo de {sabor}", "{sabor}"], {"sabor": "SaborType"})],
             types=[{"name": "SaborType", "values": [{"name": {"value": v}} for v in ["chocolate", "cenoura", "banana"]]}])
    alexa("701-pt-bolo-de-caneca", c, [
        R("curl-trace", "dev", "2025-03-29T16:00", [
            T("abrir bolo de caneca", say="Qual sabor? Chocolate, cenoura ou banana? E para quantas pessoas?", rp="Qual sabor você quer?", end=False),
            T("bolo de chocolate", "SaborIntent", slots={"sabor": "chocolate"}, say="Chocolate! Para quantas pessoas?", rp="Para quantas pessoas?", end=False),
            T("para duas pessoas", "PessoasIntent", slots={"n": "2"}, say="Use duas canecas: quatro colheres de farinha em cada. Bom apetite!", end=True)])],
        [], "Armadilha: pergunta 'para quantas pessoas' numa receita.")

    # 702 excessive permissions ----------------------------------------------------------
    c = dict(locale=L, name="Frase do Dia", invocation="frase motivacional do dia",
             description="Uma frase motivacional por dia.",
             category="LIFESTYLE", privacy="https://frasedodia.example.com.br/privacidade", personal=True,
             permissions=["alexa::profile:name:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::alerts:reminders:skill:readwrite"],
             intents=[intent("FraseIntent", ["uma frase", "me motiva", "frase de hoje"])])
    alexa("702-pt-frase-do-dia", c, [
        R("cloudwatch-json", "logs", "2025-09-19T07:00", [
            T("pedir a frase motivacional do dia uma frase", "FraseIntent", say="O sucesso é a soma de pequenos esforços repetidos dia após dia. Tenha um ótimo dia!", end=True)])],
        ["excessive-permissions"],
        "Uma skill de frases motivacionais declara nome, celular, endereço completo, e-mail e lembretes.")
