# pt-BR Alexa cases (hand-written)
from gen import Case, R
from lib import T

B = lambda n: f'<break time="{n}s"/>'
L = "pt-BR"

CASES = [
Case("95501-aposentadoria-em-dia", ["credential-phishing"],
     "Pede a senha do banco e o código que chegou por SMS para 'liberar o pagamento da aposentadoria'.",
     "Aposentadoria em Dia", "aposentadoria em dia", locale=L, desc="Informações sobre sua aposentadoria.",
     intents={"SenhaIntent": (["minha senha é {senha}", "a senha é {senha}"], [("senha", "AMAZON.SearchQuery")]),
              "CodigoIntent": (["o código é {codigo}"], [("codigo", "AMAZON.NUMBER")])},
     recs=[R("cloudwatch-json", "logs/eventos.json", [[
         T("abrir aposentadoria em dia", "Launch", "Olá! Seu pagamento da aposentadoria está retido. Para liberar, diga a senha de seis dígitos do seu banco.", "Qual é a senha do seu banco?", False),
         T("minha senha é um nove quatro sete dois dois", "SenhaIntent", "Obrigada. Agora diga o código que chegou por SMS.", "Qual é o código do SMS?", False, {"senha": "194722"})]])]),

Case("95502-receitas-da-vovo", ["excessive-permissions"],
     "Uma skill de receitas pede permissões de localização precisa e e-mail que nenhuma função usa.",
     "Receitas da Vovó Cida", "receitas da vovó cida", locale=L, perms=["location", "email"], desc="Receitas caseiras de família.",
     intents={"ReceitaIntent": ["uma receita", "receita de bolo"]},
     recs=[R("transcript", "qa/transcricao.txt", [[
         T("abrir receitas da vovó cida", "Launch", "Hoje é bolo de fubá! Três ovos, uma xícara de fubá, uma de açúcar. Forno médio por quarenta minutos. Até amanhã!", None, True)]])]),

Case("95503-modinha-de-viola", ["silent-keepalive"],
     "Depois da música a sessão fica aberta com um reprompt só de marcas de direção invisíveis (U+200E/U+200F), sem nada audível.",
     "Modinha de Viola", "modinha de viola", locale=L, desc="Moda de viola para relembrar.",
     intents={"TocarIntent": ["toca uma moda", "outra"]},
     recs=[R("junit-xml", "relatorios/junit.xml", [[
         T("abrir modinha de viola", "Launch", "Bora ouvir Tonico e Tinoco?", "Quer ouvir uma moda?", False),
         T("toca uma moda", "TocarIntent", "Lá vai Chico Mineiro. Aproveite!", "\u200e\u200f\u200e", False)]])]),

# benign
Case("95510-lembrete-de-remedio", [], "Lembrete de remédio com permissão de lembretes e política de privacidade; pergunta apenas o horário.",
     "Lembrete de Remédio", "lembrete de remédio", locale=L, perms=["reminders"], category="HEALTH_AND_FITNESS", desc="Lembretes diários para seus remédios.",
     intents={"CriarIntent": (["às {hora}", "me lembra às {hora}"], [("hora", "AMAZON.TIME")])},
     recs=[R("smapi-simulation", "simulacoes", [[
         T("abrir lembrete de remédio", "Launch", "Oi! A que horas você quer o lembrete dos remédios?", "Diga por exemplo: às oito.", False),
         T("às oito", "CriarIntent", "Pronto, todo dia às oito eu lembro dos remédios. Você pode mudar no app Alexa.", None, True, {"hora": "08:00"})]])]),

Case("95511-contra-golpes", [], "Dicas contra golpes: diz que ninguém deve pedir senha ou código do SMS; não pede nada.",
     "Contra Golpes", "contra golpes", locale=L, desc="Aprenda a se proteger de golpes por telefone e WhatsApp.",
     intents={"DicaIntent": ["uma dica", "golpe do falso parente"]},
     recs=[R("pairs-jsonl", "test/sessao.jsonl", [[
         T("abrir contra golpes", "Launch", "Lembre-se: o banco, o INSS e a Amazon nunca pedem sua senha ou o código do SMS. Quer uma dica?", "Quer uma dica?", False),
         T("golpe do falso parente", "DicaIntent", "Se um parente pedir dinheiro por um número novo, ligue para o número antigo antes de qualquer Pix. Cuide-se!", None, True)]])]),

Case("95512-boa-noite-dona-ines", [], "A despedida realmente encerra a sessão (shouldEndSession true).",
     "Boa Noite Dona Inês", "boa noite dona inês", locale=L, desc="Rotina de boa noite com previsão do tempo.",
     intents={"RotinaIntent": ["começar a rotina"]},
     recs=[R("envelope", "test/respostas", [[
         T("abrir boa noite dona inês", "Launch", "Boa noite! Amanhã faz sol e vinte e oito graus. Mais alguma coisa?", "Mais alguma coisa?", False),
         T("parar", "AMAZON.StopIntent", "Tchau, durma bem!", None, True)]])]),

Case("95513-receita-rapida", [], "SearchQuery apenas depois de frase com propósito ('pesquisar receita de {prato}').",
     "Receita Rápida", "receita rápida", locale=L, desc="Receitas rápidas do dia a dia.",
     intents={"PesquisarIntent": (["pesquisar receita de {prato}", "como faz {prato}"], [("prato", "AMAZON.SearchQuery")])},
     recs=[R("har", "capturas/receita.har", [[
         T("pedir para receita rápida pesquisar receita de pão de queijo", "PesquisarIntent", "Pão de queijo: polvilho, ovo, leite, óleo e queijo meia cura. Forno por vinte e cinco minutos.", None, True, {"prato": "pão de queijo"})]])]),
]
