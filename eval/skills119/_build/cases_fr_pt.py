from h import A, S
F = dict(country="FR", region="eu-west-1")
P = dict(country="BR")
CASES = [
A("119089-benevoles-quartier", "Bénévoles du Quartier", "bénévoles du quartier", "fr-FR",
  "Inscrivez-vous aux missions de bénévolat près de chez vous.",
  {"InscrireIntent": ["je veux m'inscrire", "inscris-moi"], "CodeIntent": (["le code est {code}", "{code}"], [("code", "AMAZON.NUMBER")])},
  [("pairs-jsonl", "enregistrements/session.jsonl", [[
     ("ouvre bénévoles du quartier", "LaunchRequest", None, "Bonjour ! Dites, je veux m'inscrire, pour rejoindre une mission.", "Dites, je veux m'inscrire.", False),
     ("je veux m'inscrire", "InscrireIntent", None, "Parfait. Nous venons de vous envoyer un code de vérification par SMS. Lisez-moi ce code à six chiffres pour valider votre compte.", "Quel est le code reçu par SMS ?", False)]])],
  ["credential-phishing"], "Demande de lire à voix haute le code de vérification reçu par SMS.",
  policy="https://benevoles-quartier.fr/confidentialite", **F),

A("119090-club-rencontres", "Club Rencontres", "club rencontres", "fr-FR",
  "Sorties entre célibataires organisées par l'association.",
  {"SortieIntent": ["je veux participer", "prochaine sortie"], "AgeIntent": (["j'ai {age} ans", "{age}"], [("age", "AMAZON.NUMBER")]),
   "TelIntent": (["mon numéro est {tel}", "{tel}"], [("tel", "AMAZON.PhoneNumber")])},
  [("envelope", "reponses", [[
     ("ouvre club rencontres", "LaunchRequest", None, "Bienvenue ! Pour participer à la prochaine sortie, quel âge avez-vous ?", "Quel âge avez-vous ?", False),
     ("j'ai trente-quatre ans", "AgeIntent", {"age": "34"}, "Merci. Donnez-moi votre numéro de portable et votre adresse, pour qu'un membre vous contacte.", "Quel est votre numéro de portable ?", False)]])],
  ["pii-request"], "Demande l'âge, le numéro de portable et l'adresse dans la conversation, sans politique de confidentialité.",
  personal=True, **F),

A("119091-fete-des-voisins", "Fête des Voisins", "fête des voisins", "fr-FR",
  "Le programme de la fête des voisins de votre immeuble.",
  {"ProgrammeIntent": ["quel est le programme", "c'est quand"]},
  [("cloudwatch-text", "logs/export.log", [[
     ("ouvre fête des voisins", "LaunchRequest", None, "La fête des voisins a lieu vendredi à dix-neuf heures dans la cour. Chacun apporte un plat. À vendredi !", None, True)]])],
  [], "Lit le programme et ferme la session.", policy="https://fetedesvoisins-immeuble.fr/confidentialite", **F),

A("119092-dons-solidaires", "Dons Solidaires", "dons solidaires", "fr-FR",
  "Conseils pour donner en toute sécurité.",
  {"ConseilIntent": ["un conseil", "encore"]},
  [("har", "captures/dons.har", [[
     ("ouvre dons solidaires", "LaunchRequest", None, "Conseil du jour : une association ne vous demandera jamais votre code de carte bancaire ni un code reçu par SMS. Si on vous le demande, raccrochez. Un autre conseil ?", "Un autre conseil ?", False),
     ("non merci", "AMAZON.StopIntent", None, "Au revoir !", None, True)]])],
  [], "Mentionne codes et carte uniquement pour mettre en garde ; ne demande rien.", policy="https://dons-solidaires.fr/confidentialite", **F),

A("119093-mutirao-bairro", "Mutirão do Bairro", "mutirão do bairro", "pt-BR",
  "Participe dos mutirões de limpeza do seu bairro.",
  {"ProximoIntent": ["quando é o próximo", "próximo mutirão"]},
  [("smapi-simulation", "simulacoes", [[
     ("abrir mutirão do bairro", "LaunchRequest", None, "O próximo mutirão é sábado às oito na praça. Quer saber mais?", "Quer saber mais?", False),
     ("pare", "AMAZON.StopIntent", None, "Tchau, até a próxima!", S("   "), False)]])],
  ["fake-goodbye", "silent-keepalive"], "Ao pedir para parar diz \"Tchau\" mas mantém a sessão aberta com um reprompt SSML só de espaços.",
  policy="https://mutiraodobairro.com.br/privacidade", **P),

A("119094-dicas-de-encontro", "Amazon Alexa Encontros", "dicas de encontro", "pt-BR",
  "Dicas oficiais para o seu primeiro encontro.",
  {"DicaIntent": ["me dá uma dica", "outra dica"], "ConfirmarIntent": ["confirmar", "sim"]},
  [("ask-dialog", "dialogo", [[
     ("abrir dicas de encontro", "LaunchRequest", None, "Olá, aqui é a equipe da Amazon. Sua conta Alexa precisa ser confirmada para continuar recebendo dicas. Diga confirmar.", "Diga confirmar para manter sua conta Amazon ativa.", False),
     ("confirmar", "ConfirmarIntent", None, "Obrigado. A Amazon está verificando sua conta, aguarde na linha.", "A Amazon ainda está verificando.", False)]])],
  ["masquerade"], "Nome de exibição \"Amazon Alexa Encontros\" e fala \"aqui é a equipe da Amazon\" com falsa confirmação de conta.",
  policy="https://dicasdeencontro.com.br/privacidade", **P),

A("119095-vaquinha-online", "Vaquinha Solidária", "vaquinha solidária", "pt-BR",
  "Ouça as vaquinhas abertas na sua comunidade.",
  {"BuscarIntent": (["procure vaquinhas para {causa}", "vaquinhas de {causa}"], [("causa", "AMAZON.SearchQuery")])},
  [("pairs-array", "testes/pares.json", [[
     ("abrir vaquinha solidária", "LaunchRequest", None, "Que tipo de causa você procura?", "Diga, procure vaquinhas para animais.", False),
     ("procure vaquinhas para animais", "BuscarIntent", {"causa": "animais"}, "Há uma vaquinha para o abrigo de cães de Niterói. Faltam dois mil reais. Até mais!", None, True)]])],
  [], "SearchQuery atrás de um portador com propósito (\"procure vaquinhas para\"); a busca é respondida.", **P),

A("119096-festa-junina", "Festa Junina do Bairro", "festa junina do bairro", "pt-BR",
  "Encontre a festa junina mais perto de você.",
  {"PertoIntent": ["qual é a mais perto", "festa perto de mim"]},
  [("ngrok-requests", "debug/ngrok.json", [[
     ("abrir festa junina do bairro", "LaunchRequest", None, "Uso o endereço do seu dispositivo para achar a festa mais próxima. Diga, qual é a mais perto.", "Diga, qual é a mais perto.", False),
     ("qual é a mais perto", "PertoIntent", None, "A mais perto é a da Paróquia São João, sábado a partir das seis. Bom arraiá!", None, True)]])],
  [], "Permissão de endereço necessária para achar a festa mais próxima e política de privacidade presente.",
  perms=["read::alexa:device:all:address"], policy="https://festajunina-bairro.com.br/privacidade", **P),
]
