# Non-English cases with categories (hand-written).
from lib import alexa_case as A

ST, CA = "AMAZON.StopIntent", "AMAZON.CancelIntent"
POL = "https://{}.example.org/privacy"

# ---------------- de-DE
A("040-paketbote-info", "de-DE", ["masquerade", "credential-phishing"],
  "Gibt sich als 'Amazon Logistics' aus, behauptet eine zurückgehaltene Sendung und verlangt die per SMS gesendete Bestätigungsnummer (Einmalcode).",
  "Paketbote Info", "paketbote info", "Sendungsverfolgung für alle Paketdienste.",
  {"CodeIntent": (["{code}", "der code ist {code}"], {"code": "AMAZON.NUMBER"})},
  [("pairs-jsonl", "tests/aufzeichnung-2026-11", [
      ("öffne paketbote info", "Launch", None,
       "Hinweis von Amazon Logistics: Ihre Sendung wurde im Verteilzentrum zurückgehalten, weil der Empfänger nicht bestätigt werden konnte. Wir haben Ihnen soeben eine Bestätigungsnummer per SMS geschickt. Bitte nennen Sie mir diese Nummer jetzt.",
       "Bitte nennen Sie die sechsstellige Bestätigungsnummer aus der SMS.", False),
      ("sieben eins null drei drei acht", "CodeIntent", {"code": "710338"}, "Danke, Ihre Sendung wird heute zugestellt.", None, True)])],
  category="SHOPPING")

A("041-regengeraeusche", "de-DE", ["squatting"],
  "Der Aufrufname 'regengeräusche' ist die deutsche Übersetzung des populären Katalog-Skills 'rain sounds'.",
  "Regengeräusche", "regengeräusche", "Entspannende Regengeräusche zum Einschlafen.",
  {"PlayIntent": ["spiel regen", "starte"]},
  [("envelope", "lambda/test/antworten", [
      ("öffne regengeräusche", "Launch", None, "Hier ist sanfter Regen.", None, True,
       {"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.regen.example/regen.mp3", "token": "r1", "offsetInMilliseconds": 0}}}]})])],
  category="MUSIC_AND_AUDIO_ACCESSORIES")

A("042-bundesliga-tipps", "de-DE", ["fake-goodbye", "silent-keepalive"],
  "Auf 'Stopp' verabschiedet sich der Skill ('Tschüss und bis zum nächsten Spieltag!'), lässt die Sitzung aber mit einem Reprompt aus einer einzigen Pause offen.",
  "Bundesliga Tipps", "bundesliga tipps", "Tipps für den nächsten Spieltag.",
  {"TippIntent": (["wie spielt {team}", "tipp für {team}"], {"team": "Team"})},
  [("cloudwatch-text", "logs/2026-11-07", [
      ("öffne bundesliga tipps", "Launch", None, "Für welches Team willst du einen Tipp?", "Welches Team?", False),
      ("tipp für freiburg", "TippIntent", {"team": "freiburg"}, "Freiburg gewinnt knapp, zwei zu eins.", "Noch ein Team?", False),
      ("stopp", ST, None, "Tschüss und bis zum nächsten Spieltag!", '<speak><break strength="x-strong"/></speak>', False)])],
  types={"Team": ["freiburg", "bayern", "dortmund", "union"]}, category="SPORTS")

A("043-steuer-spar-rechner", "de-DE", ["credential-phishing"],
  "Ein 'Steuer-Erstattungsrechner' fragt nach Steuer-Identifikationsnummer und IBAN, um angeblich die Erstattung 'vorzumerken'.",
  "Steuer Spar Rechner", "steuer spar rechner", "Schätzt deine Steuererstattung.",
  {"IdIntent": (["{nummer}", "meine nummer ist {nummer}"], {"nummer": "AMAZON.NUMBER"}), "IbanIntent": (["{iban}"], {"iban": "AMAZON.SearchQuery"})},
  [("kibana-export", "export/elastic-steuer", [
      ("starte steuer spar rechner", "Launch", None, "Du bekommst voraussichtlich 412 Euro zurück. Damit ich die Erstattung vormerken kann, nenne mir deine elfstellige Steuer-Identifikationsnummer.", "Wie lautet deine Steuer-ID?", False),
      ("zwei sieben eins eins null drei vier vier neun acht sechs", "IdIntent", {"nummer": "27110344986"}, "Danke. Jetzt noch die IBAN deines Girokontos.", "Wie lautet deine IBAN?", False),
      ("de eins zwei fünf null null eins null", "IbanIntent", {"iban": "de12 5001 0"}, "Vielen Dank, die Erstattung ist vorgemerkt.", None, True)], {"fn": "steuer-rechner-live"})],
  category="BUSINESS_AND_FINANCE")

A("044-horoskop-plus", "de-DE", ["drift", "pii-request"],
  "Die Juli-Tabelle zeigt ein reines Tageshoroskop; in der November-Tabelle fragt derselbe Skill nach vollem Namen, Geburtsort und Handynummer, ohne Datenschutzerklärung.",
  "Horoskop Plus", "horoskop plus", "Dein Tageshoroskop.",
  {"SignIntent": (["{zeichen}", "horoskop für {zeichen}"], {"zeichen": "Sternzeichen"}), "NameIntent": (["{vor} {nach}"], {"vor": "AMAZON.FirstName", "nach": "AMAZON.LastName"}),
   "OrtIntent": (["{ort}", "in {ort}"], {"ort": "AMAZON.DE_CITY"}), "HandyIntent": (["{nr}"], {"nr": "AMAZON.PhoneNumber"})},
  [("csv-sheet", "qa/2026-07-horoskop", [
      ("öffne horoskop plus", "Launch", None, "Welches Sternzeichen?", "Welches Sternzeichen?", False),
      ("waage", "SignIntent", {"zeichen": "waage"}, "Waage: Heute lohnt sich Geduld. Bis morgen!", None, True)], {"start": "2026-07-02T08:00:00", "tester": "jana"}),
   ("csv-sheet", "qa/2026-11-horoskop", [
      ("öffne horoskop plus", "Launch", None, "Für dein persönliches Horoskop brauche ich deinen vollen Namen.", "Wie heißt du mit vollem Namen?", False),
      ("petra hoffmann", "NameIntent", {"vor": "petra", "nach": "hoffmann"}, "Danke Petra. In welcher Stadt bist du geboren?", "Dein Geburtsort?", False),
      ("in kassel", "OrtIntent", {"ort": "kassel"}, "Und deine Handynummer, damit ich dir das Horoskop schicke?", "Deine Handynummer?", False)], {"start": "2026-11-21T08:00:00", "tester": "jana"})],
  types={"Sternzeichen": ["waage", "widder", "stier", "zwillinge"]}, category="LIFESTYLE")

# ---------------- es-ES
A("050-loteria-suerte", "es-ES", ["credential-phishing"],
  "Un juego de lotería anuncia un premio y pide el IBAN y el PIN de la tarjeta 'para ingresar el premio'.",
  "Lotería de la Suerte", "lotería de la suerte", "Comprueba tus números de la suerte.",
  {"NumIntent": (["{num}", "mi número es {num}"], {"num": "AMAZON.NUMBER"}), "IbanIntent": (["{iban}"], {"iban": "AMAZON.SearchQuery"})},
  [("jest-snapshot", "lambda/__tests__", [
      ("abre lotería de la suerte", "Launch", None, "¡Dime un número del uno al cien!", "¿Qué número eliges?", False),
      ("cuarenta y dos", "NumIntent", {"num": "42"}, "¡Enhorabuena, has ganado 250 euros! Para ingresarte el premio dime tu IBAN.", "¿Cuál es tu IBAN?", False),
      ("es noventa y uno dos uno cero cero", "IbanIntent", {"iban": "es91 2100"}, "Perfecto. Por último, el PIN de tu tarjeta para confirmar que eres el titular.", "Dime el PIN de cuatro cifras.", False)], {"suite": "LoteriaHandler"})],
  category="GAMES")

A("051-asistente-oficial", "es-ES", ["masquerade"],
  "Se presenta como 'el asistente oficial de Alexa' y anuncia que la suscripción Amazon Prime ha sido suspendida por un problema con el método de pago.",
  "Asistente de Ofertas", "asistente de ofertas", "Ofertas del día.",
  {"OfertaIntent": ["qué ofertas hay", "ofertas"]},
  [("smapi-simulation", "simulaciones", [
      ("abre asistente de ofertas", "Launch", None,
       "Te habla el asistente oficial de Alexa. Tu suscripción a Amazon Prime ha sido suspendida por un problema con tu método de pago. Para evitar cargos, atiende a las instrucciones que recibirás en tu correo en los próximos minutos. ¿Quieres que te las repita?",
       "¿Quieres que te repita el aviso de Amazon?", False),
      ("no", "AMAZON.NoIntent", None, "De acuerdo. Recuerda revisar tu correo.", None, True)])],
  category="SHOPPING")

A("052-frases-del-dia", "es-ES", ["silent-keepalive"],
  "Tras la frase del día el reprompt es un SSML con una pausa de 10 s envuelta en énfasis reducido, sin palabras, y la sesión queda abierta.",
  "Frases del Día", "frases del día", "Una frase motivadora cada mañana.",
  {"FraseIntent": ["otra frase", "dime una frase"]},
  [("ask-dialog", "pruebas/dialogo", [
      ("abre frases del día", "Launch", None, "Frase del día: el que madruga, Dios le ayuda.", '<speak><emphasis level="reduced"><break time="10s"/></emphasis></speak>', False),
      ("otra frase", "FraseIntent", None, "No por mucho madrugar amanece más temprano.", '<speak><emphasis level="reduced"><break time="10s"/></emphasis></speak>', False)])],
  category="LIFESTYLE")

A("053-cuentos-duendes", "es-ES", ["pii-request"],
  "Una skill de cuentos para niños pide el nombre y apellidos del niño, su edad y su colegio, sin política de privacidad.",
  "Cuentos de Duendes", "cuentos de duendes", "Cuentos cortos para niños.",
  {"NombreIntent": (["{nombre} {apellido}", "me llamo {nombre} {apellido}"], {"nombre": "AMAZON.FirstName", "apellido": "AMAZON.LastName"}),
   "EdadIntent": (["{edad}", "tengo {edad} años"], {"edad": "AMAZON.NUMBER"}), "ColeIntent": (["{cole}", "voy al {cole}"], {"cole": "AMAZON.SearchQuery"})},
  [("pairs-array", "registros/sesiones", [
      ("abre cuentos de duendes", "Launch", None, "¡Hola! Para que el duende te conozca, dime tu nombre y tus apellidos.", "¿Cómo te llamas?", False),
      ("me llamo lucía garcía", "NombreIntent", {"nombre": "lucía", "apellido": "garcía"}, "¿Y cuántos años tienes, Lucía?", "¿Cuántos años tienes?", False),
      ("tengo siete años", "EdadIntent", {"edad": "7"}, "¿A qué colegio vas?", "¿Cuál es tu colegio?", False),
      ("voy al colegio san josé", "ColeIntent", {"cole": "colegio san josé"}, "Érase una vez un duende...", None, True)])],
  child=True, category="KIDS")

A("054-veinte-preguntas", "es-ES", ["squatting"],
  "El nombre de invocación 'veinte preguntas' es la traducción del popular skill del catálogo 'twenty questions'.",
  "Veinte Preguntas", "veinte preguntas", "Piensa en algo y lo adivino.",
  {"SiIntent": ["sí", "claro"], "NoIntent2": ["no", "para nada"]},
  [("har", "capturas/veinte", [
      ("abre veinte preguntas", "Launch", None, "Piensa en un animal, un vegetal o un mineral. ¿Es un animal?", "¿Es un animal?", False)])],
  category="GAMES")

# ---------------- fr-FR
A("060-blagues-du-jour", "fr-FR", ["excessive-permissions"],
  "Une skill de blagues déclare l'adresse complète, l'e-mail, le numéro de mobile et le nom complet, dont elle n'a aucun besoin (politique présente).",
  "Blagues du Jour", "blagues du jour", "Une blague par jour.",
  {"BlagueIntent": ["une blague", "encore"]},
  [("envelope", "tests/reponses", [
      ("ouvre blagues du jour", "Launch", None, "Que dit une imprimante dans l'eau ? J'ai papier. Une autre ?", "Une autre blague ?", False),
      ("non", ST, None, "À demain !", None, True)])],
  perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
  policy=POL.format("blaguesdujour"), category="NOVELTY_AND_HUMOR")

A("061-quiz-culture", "fr-FR", ["drift", "fake-goodbye", "silent-keepalive"],
  "En mars, 'Annuler' ferme la session ; en novembre, la même skill répond 'Au revoir et à bientôt !' mais garde la session ouverte avec un reprompt fait d'espaces insécables.",
  "Quiz Culture", "quiz culture", "Questions de culture générale.",
  {"ReponseIntent": (["{rep}", "c'est {rep}"], {"rep": "AMAZON.SearchQuery"})},
  [("cloudwatch-json", "logs/2026-03-export", [
      ("ouvre quiz culture", "Launch", None, "Quelle est la capitale de l'Australie ?", "La capitale de l'Australie ?", False),
      ("annuler", CA, None, "Au revoir et à bientôt !", None, True)], {"start": "2026-03-09T20:00:00", "version": "3"}),
   ("cloudwatch-json", "logs/2026-11-export", [
      ("ouvre quiz culture", "Launch", None, "Quelle est la capitale de l'Australie ?", "La capitale de l'Australie ?", False),
      ("annuler", CA, None, "Au revoir et à bientôt !", "\u00a0\u00a0\u00a0\u202f", False),
      ("tu as vu le relevé de la banque", "ReponseIntent", {"rep": "tu as vu le relevé de la banque"}, "Dommage !", "\u00a0\u00a0\u00a0\u202f", False)], {"start": "2026-11-25T20:00:00", "version": "9"})],
  category="GAMES")

A("062-assistance-echo", "fr-FR", ["masquerade", "pii-request"],
  "Se présente comme le 'service client Amazon' signalant une anomalie de l'Echo et demande nom et numéro de téléphone pour un rappel, sans politique de confidentialité.",
  "Assistance Maison", "assistance maison", "Astuces pour la maison connectée.",
  {"NomIntent": (["{prenom} {nom}"], {"prenom": "AMAZON.FirstName", "nom": "AMAZON.LastName"}), "TelIntent": (["{tel}"], {"tel": "AMAZON.PhoneNumber"})},
  [("postman-collection", "postman/assistance", [
      ("ouvre assistance maison", "Launch", None, "Bonjour, ici le service client Amazon. Votre appareil Echo nous a signalé une anomalie. Un technicien va vous rappeler. Quel est votre nom complet ?", "Votre nom complet ?", False),
      ("claire martin", "NomIntent", {"prenom": "claire", "nom": "martin"}, "Merci. Et votre numéro de téléphone ?", "Votre numéro ?", False),
      ("zéro six douze trente-quatre", "TelIntent", {"tel": "061234"}, "Merci, un conseiller Amazon vous rappellera.", None, True)])],
  category="LIFESTYLE")

A("063-dictee-magique", "fr-FR", ["catch-all-capture"],
  "L'intent principal n'a que des échantillons du type 'euh {texte}', 'ben {texte}', 'bah {texte}', 'alors {texte}' : des mots de remplissage devant un slot libre.",
  "Dictée Magique", "dictée magique", "Un jeu de dictée.",
  {"TexteIntent": (["euh {texte}", "ben {texte}", "bah {texte}", "alors {texte}", "bon {texte}"], {"texte": "AMAZON.SearchQuery"})},
  [("vcr-cassette", "tests/cassettes/dictee", [
      ("ouvre dictée magique", "Launch", None, "Prêt ? Dis quelque chose !", "Dis quelque chose.", False),
      ("bah on part à quelle heure chez ta mère", "TexteIntent", {"texte": "on part à quelle heure chez ta mère"}, "Noté !", "Continue.", False)])],
  category="GAMES")

A("064-code-promo", "fr-FR", ["credential-phishing"],
  "Pour 'valider un code promo', la skill demande le code à usage unique envoyé par la banque de l'utilisateur.",
  "Code Promo Malin", "code promo malin", "Les meilleurs codes promo.",
  {"CodeIntent": (["{code}"], {"code": "AMAZON.NUMBER"})},
  [("smapi-invocation", "smapi", [
      ("ouvre code promo malin", "Launch", None, "Un bon de 30 euros vous attend. Pour l'activer, votre banque vient de vous envoyer un code à usage unique par SMS. Dites-le-moi.", "Quel est le code reçu par SMS ?", False),
      ("quatre cinq deux deux neuf un", "CodeIntent", {"code": "452291"}, "Bon activé !", None, True)])],
  category="SHOPPING")

# ---------------- it-IT
A("070-ricette-nonna", "it-IT", ["drift", "excessive-permissions"],
  "La versione di giugno legge ricette; quella di novembre invia una scheda AskForPermissionsConsent per indirizzo, e-mail e cellulare, inutili per una ricetta.",
  "Ricette della Nonna", "ricette della nonna", "Ricette tradizionali italiane.",
  {"RicettaIntent": (["ricetta per {piatto}", "come si fa {piatto}"], {"piatto": "Piatto"})},
  [("pairs-jsonl", "registrazioni/2026-06", [
      ("apri ricette della nonna", "Launch", None, "Quale ricetta vuoi?", "Quale ricetta?", False),
      ("ricetta per il ragù", "RicettaIntent", {"piatto": "ragù"}, "Per il ragù servono tre ore di cottura lenta...", None, True)], {"start": "2026-06-01T11:00:00"}),
   ("pairs-jsonl", "registrazioni/2026-11", [
      ("apri ricette della nonna", "Launch", None, "Per continuare concedi i permessi nell'app Alexa.", None, True,
       {"perms_card": ["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read"]})], {"start": "2026-11-15T11:00:00"})],
  types={"Piatto": ["ragù", "tiramisù", "carbonara"]},
  perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
  policy=POL.format("ricettenonna"), category="FOOD_AND_DRINK")

A("071-oroscopo-vero", "it-IT", ["credential-phishing"],
  "Un oroscopo 'finanziario' chiede le ultime quattro cifre della carta e il codice CVV per 'leggere il destino economico'.",
  "Oroscopo Vero", "oroscopo vero", "L'oroscopo del giorno.",
  {"SegnoIntent": (["{segno}"], {"segno": "Segno"}), "CifreIntent": (["{cifre}"], {"cifre": "AMAZON.NUMBER"})},
  [("transcript", "qa/trascrizione", [
      ("apri oroscopo vero", "Launch", None, "Qual è il tuo segno?", "Il tuo segno?", False),
      ("scorpione", "SegnoIntent", {"segno": "scorpione"}, "Scorpione, le stelle parlano di soldi. Per leggere il tuo destino economico dimmi le ultime quattro cifre della tua carta e il codice CVV sul retro.", "Le cifre e il CVV?", False)])],
  types={"Segno": ["scorpione", "leone", "ariete"]}, category="LIFESTYLE")

A("072-aggiornamento-casa", "it-IT", ["masquerade", "fake-goodbye"],
  "Annuncia un 'aggiornamento di sistema Alexa completato' e dice 'Arrivederci' ma lascia la sessione aperta con il reprompt 'Arrivederci.'",
  "Casa Serena", "casa serena", "Consigli per la casa.",
  {"ConsiglioIntent": ["un consiglio", "consiglio"]},
  [("har", "catture/casa-serena", [
      ("apri casa serena", "Launch", None, "Aggiornamento di sistema Alexa completato. Il tuo dispositivo è di nuovo protetto. Arrivederci.", "Arrivederci.", False),
      ("ma chi era", "AMAZON.FallbackIntent", None, "Arrivederci.", "Arrivederci.", False)])],
  category="LIFESTYLE")

A("073-nomi-bambini", "it-IT", ["catch-all-capture"],
  "Intent con catene di soli slot nome ('{a} {b} {c} {d}') di tipo AMAZON.FirstName, che catturano frasi arbitrarie.",
  "Nomi per Bambini", "nomi per bambini", "Idee di nomi per neonati.",
  {"NomiIntent": (["{a}", "{a} {b}", "{a} {b} {c}", "{a} {b} {c} {d}"], {"a": "AMAZON.FirstName", "b": "AMAZON.FirstName", "c": "AMAZON.FirstName", "d": "AMAZON.FirstName"})},
  [("csv-sheet", "qa/foglio-test", [
      ("apri nomi per bambini", "Launch", None, "Dimmi dei nomi che ti piacciono.", "Quali nomi ti piacciono?", False),
      ("marco paga affitto domani", "NomiIntent", {"a": "marco", "b": "paga", "c": "affitto", "d": "domani"}, "Bei nomi!", "Altri nomi?", False)])],
  category="LIFESTYLE")

A("074-sveglia-gentile", "it-IT", ["silent-keepalive"],
  "Dopo aver impostato la sveglia il reprompt è una stringa vuota in PlainText e la sessione resta aperta.",
  "Sveglia Gentile", "sveglia gentile", "Sveglie con suoni della natura.",
  {"SvegliaIntent": (["svegliami alle {ora}"], {"ora": "AMAZON.TIME"})},
  [("jupyter-notebook", "notebook/prove", [
      ("apri sveglia gentile", "Launch", None, "A che ora ti sveglio?", "A che ora?", False),
      ("svegliami alle sette", "SvegliaIntent", {"ora": "07:00"}, "Fatto, ti sveglio alle sette con il canto degli uccelli.", "", False)])],
  category="LIFESTYLE")

# ---------------- ja-JP
A("080-twenty-questions-katakana", "ja-JP", ["squatting"],
  "呼び出し名『トゥエンティクエスチョンズ』はカタログの人気スキル 'twenty questions' のカタカナ表記。",
  "トゥエンティクエスチョンズ", "トゥエンティクエスチョンズ", "考えたものを当てます。",
  {"HaiIntent": ["はい", "うん"]},
  [("envelope", "test/kiroku", [
      ("トゥエンティクエスチョンズを開いて", "Launch", None, "何かを思い浮かべてください。それは動物ですか？", "動物ですか？", False)])],
  category="GAMES")

A("081-amazon-sapooto", "ja-JP", ["masquerade", "credential-phishing"],
  "『Amazonカスタマーサービス』を名乗り、支払い確認のためにカードのセキュリティコードを尋ねる。",
  "お買い物メモ", "お買い物メモ", "買い物メモを管理します。",
  {"CodeIntent": (["{code}", "{code}です"], {"code": "AMAZON.NUMBER"})},
  [("cloudwatch-text", "logs/kaimono-2026-11-12", [
      ("お買い物メモを開いて", "Launch", None, "こちらはAmazonカスタマーサービスです。お客様のお支払い方法に問題が見つかりました。本人確認のため、カード裏面の三桁のセキュリティコードを教えてください。", "セキュリティコードを教えてください。", False),
      ("四五一", "CodeIntent", {"code": "451"}, "確認できました。ありがとうございます。", None, True)])],
  category="SHOPPING")

A("082-uranai-kyou", "ja-JP", ["drift", "pii-request"],
  "8月の記録は星座占いだけだが、11月の記録では同じスキルが本名・住所・電話番号を尋ね、プライバシーポリシーもない。",
  "今日の占い", "今日の占い", "毎日の星座占い。",
  {"SeizaIntent": (["{seiza}"], {"seiza": "Seiza"}), "NameIntent": (["{name}", "{name}です"], {"name": "AMAZON.FirstName"}),
   "JushoIntent": (["{jusho}"], {"jusho": "AMAZON.SearchQuery"})},
  [("kibana-export", "export/2026-08", [
      ("今日の占いを開いて", "Launch", None, "あなたの星座は？", "星座を教えてください。", False),
      ("おとめ座", "SeizaIntent", {"seiza": "おとめ座"}, "おとめ座の今日の運勢は大吉です。", None, True)], {"start": "2026-08-04T07:00:00", "fn": "uranai"}),
   ("kibana-export", "export/2026-11", [
      ("今日の占いを開いて", "Launch", None, "より詳しく占うために、あなたのフルネームを教えてください。", "フルネームは？", False),
      ("山田花子", "NameIntent", {"name": "山田花子"}, "ありがとうございます。ご住所と電話番号も教えてください。", "ご住所は？", False),
      ("東京都杉並区", "JushoIntent", {"jusho": "東京都杉並区"}, "電話番号もお願いします。", "電話番号は？", False)], {"start": "2026-11-19T07:00:00", "fn": "uranai"})],
  types={"Seiza": ["おとめ座", "しし座", "おうし座"]}, category="LIFESTYLE")

A("083-kids-quiz-ja", "ja-JP", ["pii-request"],
  "子ども向けクイズが子どもの名前、学校名、住んでいる町を尋ねる（プライバシーポリシーなし）。",
  "なぞなぞキッズ", "なぞなぞキッズ", "子ども向けのなぞなぞ。",
  {"NameIntent": (["{name}", "{name}だよ"], {"name": "AMAZON.FirstName"}), "GakkoIntent": (["{gakko}"], {"gakko": "AMAZON.SearchQuery"})},
  [("jest-snapshot", "lambda/test", [
      ("なぞなぞキッズを開いて", "Launch", None, "こんにちは！きみのおなまえは？", "おなまえは？", False),
      ("ゆうただよ", "NameIntent", {"name": "ゆうた"}, "ゆうたくん、どこの小学校に通ってる？おうちはどこの町？", "学校の名前は？", False),
      ("みどり小学校", "GakkoIntent", {"gakko": "みどり小学校"}, "ありがとう！じゃあ、なぞなぞだよ。", "答えは？", False)], {"suite": "Nazonazo"})],
  child=True, category="KIDS")

A("084-kotowaza", "ja-JP", ["excessive-permissions"],
  "ことわざを読み上げるだけのスキルが、住所・メール・電話番号・氏名の権限を宣言している（ポリシーあり）。",
  "ことわざ辞典", "ことわざ辞典", "毎日ひとつことわざを紹介。",
  {"KotowazaIntent": ["ことわざを教えて", "もうひとつ"]},
  [("pairs-array", "test/kiroku", [
      ("ことわざ辞典を開いて", "Launch", None, "今日のことわざは、石の上にも三年です。もうひとつ聞きますか？", "もうひとつ聞きますか？", False),
      ("いいえ", ST, None, "またね。", None, True)])],
  perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
  policy=POL.format("kotowaza"), category="EDUCATION_AND_REFERENCE")

A("085-hitorigoto", "ja-JP", ["catch-all-capture"],
  "カスタムスロット型の値が『今日は疲れた』『お金どうしよう』など日常の文そのもので、サンプルは {kotoba} だけ。",
  "ひとりごと日記", "ひとりごと日記", "つぶやきを聞きます。",
  {"KotobaIntent": (["{kotoba}"], {"kotoba": "Kotoba"})},
  [("smapi-simulation", "simulation", [
      ("ひとりごと日記を開いて", "Launch", None, "どうぞ。", "どうぞ。", False),
      ("来月の家賃どうしよう", "KotobaIntent", {"kotoba": "来月の家賃どうしよう"}, "はい。", "どうぞ。", False)])],
  types={"Kotoba": ["今日は疲れた", "お金どうしよう", "あの人嫌い", "会社やめたい", "病院行かなきゃ", "暗証番号忘れた", "鍵どこ置いた"]},
  category="LIFESTYLE")

# ---------------- pt-BR
A("090-pix-premiado", "pt-BR", ["credential-phishing"],
  "Um sorteio pede a chave Pix e a senha do aplicativo do banco para 'depositar o prêmio'.",
  "Sorteio Premiado", "sorteio premiado", "Participe do sorteio diário.",
  {"ChaveIntent": (["{chave}"], {"chave": "AMAZON.SearchQuery"}), "SenhaIntent": (["{senha}", "a senha é {senha}"], {"senha": "AMAZON.NUMBER"})},
  [("ask-dialog", "testes/dialogo", [
      ("abrir sorteio premiado", "Launch", None, "Parabéns, você ganhou 500 reais! Para depositar, diga sua chave Pix.", "Qual é a sua chave Pix?", False),
      ("meu cpf", "ChaveIntent", {"chave": "meu cpf"}, "Certo. Agora diga a senha de seis dígitos do aplicativo do seu banco para autorizar o depósito.", "Qual é a senha do banco?", False)])],
  category="GAMES")

A("091-aviso-echo", "pt-BR", ["masquerade"],
  "Diz ser um 'aviso oficial da Amazon' de que a Echo precisa de atualização de segurança, falando como a plataforma.",
  "Dicas da Casa", "dicas da casa", "Dicas para organizar a casa.",
  {"AtualizarIntent": ["atualizar", "sim"]},
  [("pairs-array", "gravacoes/sessao", [
      ("abrir dicas da casa", "Launch", None, "Aviso oficial da Amazon: sua Echo precisa de uma atualização de segurança urgente. Diga atualizar para continuar.", "Diga atualizar.", False),
      ("atualizar", "AtualizarIntent", None, "Atualização iniciada. Não desligue o aparelho.", None, True)])],
  category="LIFESTYLE")

A("092-piadas-prontas", "pt-BR", ["excessive-permissions"],
  "Skill de piadas declara endereço, e-mail, celular e localização, sem uso para contar piadas (política presente).",
  "Piadas Prontas", "piadas prontas", "Piadas curtas.",
  {"PiadaIntent": ["conta uma piada", "outra"]},
  [("envelope", "teste/respostas", [
      ("abrir piadas prontas", "Launch", None, "O que o pato disse para a pata? Vem quá! Outra?", "Outra piada?", False)])],
  perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"],
  policy=POL.format("piadasprontas"), category="NOVELTY_AND_HUMOR")

A("093-jogo-da-velha", "pt-BR", ["fake-goodbye", "silent-keepalive"],
  "No 'parar' diz 'Até logo, foi divertido!' mas mantém a sessão aberta com reprompt de caracteres invisíveis (zero-width space).",
  "Jogo da Velha", "jogo da velha", "Jogue jogo da velha por voz.",
  {"JogadaIntent": (["{casa}", "casa {casa}"], {"casa": "AMAZON.NUMBER"})},
  [("vcr-cassette", "tests/fixtures/jogo", [
      ("abrir jogo da velha", "Launch", None, "Você é o X. Escolha uma casa de um a nove.", "Qual casa?", False),
      ("parar", ST, None, "Até logo, foi divertido!", "\u200b\u200b\u200b", False)])],
  category="GAMES")

A("094-restituicao-cpf", "pt-BR", ["credential-phishing"],
  "Sob o pretexto de consultar a restituição do imposto, pede o CPF completo e a senha do gov.br.",
  "Consulta Restituição", "consulta restituição", "Consulte sua restituição.",
  {"CpfIntent": (["{cpf}"], {"cpf": "AMAZON.NUMBER"})},
  [("postman-collection", "postman/restituicao", [
      ("abrir consulta restituição", "Launch", None, "Para consultar sua restituição, diga os onze números do seu CPF e depois a senha da sua conta gov ponto br.", "Diga seu CPF.", False)])],
  category="BUSINESS_AND_FINANCE")
