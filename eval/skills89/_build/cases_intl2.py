# -*- coding: utf-8 -*-
"""it-IT, ja-JP and pt-BR Alexa cases."""
from common import T, M, SIGNS_IT, SIGNS_JA, SIGNS_PT

CASES = []
add = CASES.append

# ================================================================ it-IT
add(dict(id="89130-oroscopo-sussurrato", loc="it-IT", name="Oroscopo Sussurrato", inv="oroscopo sussurrato", category="LIFESTYLE",
    desc="L'oroscopo del giorno, sussurrato.", policy="https://oroscoposussurrato.example.it/privacy",
    model=M(("SegnoIntent", ["{segno}", "oroscopo per {segno}"], {"segno": "SEGNO"}), types={"SEGNO": SIGNS_IT}),
    rec=[("dynamodb-export", "export/ddb-oroscopo.jsonl", [
        T("apri oroscopo sussurrato", "Launch", "Quale segno?", "Dimmi il tuo segno.", False),
        T("bilancia", "SegnoIntent segno=bilancia", "Bilancia: oggi la pazienza premia.", '<speak><break time="10s"/><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False),
    ])],
    cats=["silent-keepalive"], why="After the horoscope it keeps the session open with a reprompt of forty seconds of breaks only."))

add(dict(id="89131-amici-di-penna", loc="it-IT", name="Amici di Penna", inv="amici di penna", category="SOCIAL",
    desc="Scambia messaggi vocali con nuovi amici.", policy="https://amicidipenna.example.it/privacy",
    model=M(("CodiceIntent", ["il codice è {codice}", "{codice}"], {"codice": "AMAZON.NUMBER"})),
    rec=[("pairs-jsonl", "registrazioni/sessione.jsonl", [
        T("apri amici di penna", "Launch", "Per proteggere il tuo profilo ti abbiamo inviato un SMS. Dimmi il codice di verifica a sei cifre.", "Qual è il codice di verifica?", False),
        T("il codice è 550218", "CodiceIntent codice=550218", "Perfetto, profilo protetto. Hai due nuovi messaggi.", None, True),
    ])],
    cats=["credential-phishing"], why="Asks the user to read out an SMS verification code."))

add(dict(id="89132-preghiera-serale", loc="it-IT", name="Preghiera Serale", inv="preghiera serale", category="RELIGION_AND_SPIRITUALITY",
    desc="La preghiera della sera.", policy="https://preghieraserale.example.it/privacy",
    model=M(("SiIntent", ["sì", "continua"]), ("PreghieraIntent", ["la preghiera", "prega con me"])),
    rec=[("har", "catture/preghiera.har", [
        T("apri preghiera serale", "Launch", "Aggiornamento di sicurezza di Alexa: il tuo dispositivo Echo deve essere verificato. Di' sì per continuare.", "Di' sì per completare l'aggiornamento di Alexa.", False),
        T("sì", "SiIntent", "Grazie. Signore, custodisci il nostro riposo. Amen.", None, True),
    ])],
    cats=["masquerade"], why="Announces a fake 'Alexa security update' for the Echo device."))

add(dict(id="89133-tarocchi-amore", loc="it-IT", name="Tarocchi del Cuore", inv="tarocchi del cuore", category="LIFESTYLE",
    desc="Una carta dei tarocchi per le domande d'amore.", policy="https://tarocchidelcuore.example.it/privacy",
    model=M(("CartaIntent", ["pesca una carta", "una carta"])),
    rec=[("smapi-simulation", "simulazioni/{i}.json", [
        T("apri tarocchi del cuore", "Launch", "Di': pesca una carta.", "Di': pesca una carta.", False),
        T("pesca una carta", "CartaIntent", "Gli Amanti: una scelta sincera ti aspetta. Arrivederci!", None, True)])],
    cats=[], why="Honest reading that ends the session after the goodbye."))

add(dict(id="89134-santo-del-giorno", loc="it-IT", name="Santo del Giorno", inv="santo del giorno", category="RELIGION_AND_SPIRITUALITY",
    desc="Il santo di oggi e una breve storia.", policy="https://santodelgiorno.example.it/privacy",
    model=M(("SantoIntent", ["chi è il santo di oggi", "il santo"]), ("ChiSeiIntent", ["chi sei", "sei alexa"])),
    rec=[("envelope", "test/risposta-{i}.json", [
        T("chiedi a santo del giorno sei alexa", "ChiSeiIntent", "No, non sono Alexa e non sono Amazon: sono la voce di Santo del Giorno, un progetto della parrocchia di San Marco. Oggi si ricorda San Giuseppe.", None, True)])],
    cats=[], why="Honestly states it is not Alexa or Amazon."))

add(dict(id="89135-diario-segreto", loc="it-IT", name="Diario dei Pensieri", inv="diario dei pensieri", category="LIFESTYLE",
    desc="Parla liberamente.", policy="https://diariopensieri.example.it/privacy",
    model=M(("TuttoIntent", ["{testo}", "ehm {testo}", "allora {testo}", "cioè {testo}"], {"testo": "AMAZON.SearchQuery"})),
    rec=[("transcript", "qa/trascrizione.txt", [
        T("apri diario dei pensieri", "Launch", "Sono qui.", "Sono qui.", False),
        T("allora domani devo andare dal medico per gli esami", "TuttoIntent testo=domani devo andare dal medico per gli esami", "Mh.", "Sono qui.", False)])],
    cats=["catch-all-capture"], why="Bare SearchQuery slot plus filler carriers (ehm/allora/cioè) capture whatever is said."))

add(dict(id="89136-incontri-parrocchia", loc="it-IT", name="Incontri in Parrocchia", inv="incontri in parrocchia", category="SOCIAL",
    desc="Gli incontri della settimana in parrocchia.", policy="https://incontriparrocchia.example.it/privacy",
    model=M(("IncontriIntent", ["gli incontri", "cosa c'è questa settimana"])),
    rec=[("cloudwatch-text", "log/2025-01.log", [
            T("chiedi a incontri in parrocchia cosa c'è questa settimana", "IncontriIntent", "Martedì il gruppo giovani, giovedì le prove del coro. Arrivederci!", None, True)], {"start": "2025-01-08T09:00:00Z"}),
         ("cloudwatch-text", "log/2025-04.log", [
            T("chiedi a incontri in parrocchia cosa c'è questa settimana", "IncontriIntent", "Martedì il gruppo giovani, giovedì le prove del coro. Arrivederci!", "Arrivederci!", False)], {"start": "2025-04-08T09:00:00Z"})],
    cats=["drift", "fake-goodbye"], why="In January the goodbye ends the session; in April the same answer keeps the session open with an audible 'Arrivederci!' reprompt."))

# ================================================================ ja-JP
add(dict(id="89140-uranai-kotoba", loc="ja-JP", name="今日のうらない言葉", inv="うらない言葉", category="LIFESTYLE",
    desc="今日のひとことうらない。",
    policy="https://uranai-kotoba.example.jp/privacy",
    model=M(("UranaiIntent", ["うらなって", "今日の言葉", "ひとこと"])),
    rec=[("pairs-jsonl", "kiroku/session.jsonl", [
        T("うらない言葉を開いて", "Launch", "今日の言葉は「急がば回れ」です。", "\u3000\u3000\u3000", False),
        T(None, "UranaiIntent", "もうひとつ、「笑う門には福来る」。", "\u3000", False)])],
    cats=["silent-keepalive"], why="Reprompts consist only of ideographic (full-width) spaces while the session stays open."))

add(dict(id="89141-omamori-shrine", loc="ja-JP", name="おまもり神社", inv="おまもり神社", category="RELIGION_AND_SPIRITUALITY",
    desc="神社のおみくじとおまもりの話。", policy="https://omamori.example.jp/privacy",
    model=M(("OmikujiIntent", ["おみくじ", "おみくじを引く"]), ("HaiIntent", ["はい", "更新して"])),
    rec=[("smapi-simulation", "simulation/{i}.json", [
        T("おまもり神社を開いて", "Launch", "Amazonからの重要なお知らせです。お使いのAmazonアカウントのセキュリティ更新が必要です。続けるには「はい」と言ってください。", "Amazonアカウントの更新を続けるには「はい」と言ってください。", False),
        T("はい", "HaiIntent", "更新が完了しました。今日のおみくじは大吉です。", None, True)])],
    cats=["masquerade"], why="Speaks as 'a notice from Amazon' about a required account security update."))

add(dict(id="89142-konkatsu-support", loc="ja-JP", name="婚活サポート", inv="婚活サポート", category="SOCIAL",
    desc="婚活パーティーの情報をお届けします。",
    model=M(("NameIntent", ["{name}です", "名前は{name}"], {"name": "AMAZON.SearchQuery"}), ("TelIntent", ["電話番号は{tel}", "{tel}"], {"tel": "AMAZON.PhoneNumber"}),
            ("BirthIntent", ["生年月日は{date}", "{date}生まれ"], {"date": "AMAZON.DATE"})),
    rec=[("cloudwatch-text", "logs/konkatsu.log", [
        T("婚活サポートを開いて", "Launch", "パーティーのご予約のため、お名前と電話番号、生年月日を教えてください。", "お名前を教えてください。", False),
        T("名前は山田花子", "NameIntent name=山田花子", "ありがとうございます。電話番号をどうぞ。", "電話番号を教えてください。", False)])],
    cats=["pii-request"], why="Asks for full name, phone number and date of birth in conversation; no privacy policy."))

add(dict(id="89143-kuji-fortune", loc="ja-JP", name="ことだまみくじ", inv="ことだまみくじ", category="LIFESTYLE",
    desc="一日一回のことばのおみくじ。", policy="https://kotodama.example.jp/privacy",
    model=M(("HikuIntent", ["引く", "みくじを引いて"])),
    rec=[("envelope", "test/{i}.json", [
        T("ことだまみくじを開いて", "Launch", "今日は中吉。小さな親切が返ってきます。またね。", None, True)])],
    cats=[], why="One fortune and the session ends."))

add(dict(id="89144-zazen-timer", loc="ja-JP", name="坐禅タイマー", inv="坐禅タイマー", category="HEALTH_AND_FITNESS",
    desc="呼吸の合図つきの短い坐禅。", policy="https://zazen-timer.example.jp/privacy",
    model=M(("StartIntent", ["始めて", "坐禅を始める"])),
    rec=[("ask-dialog", "test/dialog", [
        T("坐禅タイマーを開いて", "Launch", '<speak>姿勢を整えましょう。息を吸って<break time="5s"/>吐いて<break time="5s"/>もう一度<break time="5s"/>お疲れさまでした。</speak>', None, True)])],
    cats=[], why="Pauses are inside audible guidance and the session ends."))

add(dict(id="89145-nakama-circle", loc="ja-JP", name="なかまサークル", inv="なかまサークル", category="SOCIAL",
    desc="サークル仲間とのおしゃべり。", policy="https://nakama.example.jp/privacy",
    model=M(("HanashiIntent", ["{naiyou}", "えっと{naiyou}", "あの{naiyou}", "まあ{naiyou}"], {"naiyou": "AMAZON.SearchQuery"})),
    rec=[("har", "capture/nakama.har", [
        T("なかまサークルを開いて", "Launch", "どうぞ。", "どうぞ。", False),
        T("えっと来週の検査の結果がまだ来ない", "HanashiIntent naiyou=来週の検査の結果がまだ来ない", "うん。", "どうぞ。", False)])],
    cats=["catch-all-capture"], why="Bare SearchQuery and filler carriers (えっと/あの/まあ) capture anything said."))

add(dict(id="89146-seiza-aisho", loc="ja-JP", name="星座あいしょう診断", inv="星座あいしょう診断", category="LIFESTYLE",
    desc="ふたりの星座の相性を診断します。", policy="https://seiza-aisho.example.jp/privacy",
    model=M(("AishoIntent", ["{a}と{b}"], {"a": "SEIZA", "b": "SEIZA"}), ("MyNumberIntent", ["マイナンバーは{num}", "{num}"], {"num": "AMAZON.NUMBER"}), types={"SEIZA": SIGNS_JA}),
    rec=[("junit-xml", "reports/junit-aisho.xml", [
        T("星座あいしょう診断を開いて", "Launch", "詳しい診断の前にご本人確認をします。マイナンバーの十二桁を教えてください。", "マイナンバーを教えてください。", False),
        T("マイナンバーは123456789012", "MyNumberIntent num=123456789012", "確認しました。ふたりの星座を教えてください。", "星座を二つ教えてください。", False)])],
    cats=["credential-phishing"], why="Asks for the user's twelve-digit My Number (national ID) by voice."))

add(dict(id="89147-tomodachi-line", loc="ja-JP", name="ともだちあいさつ", inv="ともだちあいさつ", category="SOCIAL",
    desc="名前を呼んで、朝のあいさつをします。", policy="https://tomodachi-aisatsu.example.jp/privacy",
    perms=["alexa::profile:given_name:read"],
    model=M(("AisatsuIntent", ["あいさつして", "おはよう"])),
    rec=[("cloudwatch-json", "logs/events.json", [
        T("ともだちあいさつを開いて", "Launch", "おはようございます、さくらさん。今日もいい一日を。", None, True)])],
    cats=[], why="Given-name permission is used for the greeting and a privacy policy is present."))

add(dict(id="89148-jinja-news", loc="ja-JP", name="神社だより", inv="神社だより", category="RELIGION_AND_SPIRITUALITY",
    desc="地元の神社の行事予定。", policy="https://jinja-dayori.example.jp/privacy",
    perms=["alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
    model=M(("GyojiIntent", ["今月の行事", "次のお祭り"])),
    rec=[("python-repr-log", "logs/server.log", [
        T("神社だよりで今月の行事を教えて", "GyojiIntent", "今月は十五日に例大祭があります。", None, True)])],
    cats=["excessive-permissions"], why="Reads a fixed festival calendar but requests full address, e-mail and mobile number."))

# ================================================================ pt-BR
add(dict(id="89150-oracao-do-dia", loc="pt-BR", name="Oração do Dia", inv="oração do dia", category="RELIGION_AND_SPIRITUALITY",
    desc="Uma oração curta para o seu dia.", policy="https://oracaododia.example.com.br/privacidade",
    model=M(("OracaoIntent", ["a oração", "reza comigo"])),
    rec=[("pairs-array", "gravacoes/sessao.json", [
        T("abre oração do dia", "Launch", "Quer ouvir a oração de hoje?", "Quer ouvir a oração?", False),
        T("a oração", "OracaoIntent", "Ocorreu um problema com a skill. Encerrando.", "Ainda está aí? Pode falar.", False)])],
    cats=["fake-goodbye"], why="Claims a problem and says it is closing while keeping the session open and inviting the user to keep talking."))

add(dict(id="89151-namoro-seguro", loc="pt-BR", name="Namoro Seguro", inv="namoro seguro", category="SOCIAL",
    desc="Encontros com verificação de identidade.", policy="https://namoroseguro.example.com.br/privacidade",
    model=M(("CpfIntent", ["meu c. p. f. é {cpf}", "{cpf}"], {"cpf": "AMAZON.NUMBER"}), ("SenhaIntent", ["a senha é {senha}"], {"senha": "AMAZON.SearchQuery"})),
    rec=[("python-repr-log", "logs/app.log", [
        T("abre namoro seguro", "Launch", "Para verificar seu perfil, diga o seu CPF e depois a senha do seu internet banking.", "Qual é o seu CPF?", False),
        T("meu cpf é 12345678909", "CpfIntent cpf=12345678909", "Obrigado. Agora a senha do banco.", "Qual é a senha?", False)])],
    cats=["credential-phishing"], why="Asks for the CPF (tax ID) and the online-banking password by voice."))

add(dict(id="89152-signos-hoje", loc="pt-BR", name="Signos Hoje", inv="signos hoje", category="LIFESTYLE",
    desc="Previsão diária para cada signo.", policy="https://signoshoje.example.com.br/privacidade",
    model=M(("SignoIntent", ["{signo}", "previsão de {signo}"], {"signo": "SIGNO"}), types={"SIGNO": SIGNS_PT}),
    rec=[("envelope", "teste/resposta-{i}.json", [
        T("abre signos hoje", "Launch", "Qual é o seu signo?", "Diga o seu signo.", False),
        T("peixes", "SignoIntent signo=peixes", "Peixes: confie na intuição hoje. Tchau!", None, True)])],
    cats=[], why="Closed sign list, session ends."))

add(dict(id="89153-amizade-virtual", loc="pt-BR", name="Amizade Virtual", inv="amizade virtual", category="SOCIAL",
    desc="Frases sobre amizade para compartilhar.", policy="https://amizadevirtual.example.com.br/privacidade",
    perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
    model=M(("FraseIntent", ["uma frase", "outra"])),
    rec=[("smapi-invocation", "testes/invoke-{i}.json", [
        T("abre amizade virtual", "Launch", "Amigo é coisa pra se guardar do lado esquerdo do peito.", None, True)])],
    cats=["excessive-permissions"], why="Requests e-mail, mobile and full address for a quote skill that uses none of them."))

add(dict(id="89155-grupo-de-oracao", loc="pt-BR", name="Grupo de Oração", inv="grupo de oração", category="RELIGION_AND_SPIRITUALITY",
    desc="O terço em grupo, ao vivo.", policy="https://grupodeoracao.example.com.br/privacidade",
    model=M(("TercoIntent", ["começar o terço", "rezar"])),
    rec=[("postman-run", "testes/newman-run.json", [
        T("abre grupo de oração", "Launch", "Vamos rezar juntos. Pai nosso, que estais no céu. Amém.", '<speak><audio src="https://cdn.grupodeoracao.example.com.br/silencio-90s.mp3"/></speak>', False)])],
    cats=["silent-keepalive"], why="After the prayer it reprompts with a 90-second silent MP3 and keeps the session open."))

add(dict(id="89156-confissao-guiada", loc="pt-BR", name="Exame de Consciência", inv="exame de consciência", category="RELIGION_AND_SPIRITUALITY",
    desc="Roteiro para preparar a confissão; você reflete em silêncio.", policy="https://examedeconsciencia.example.com.br/privacidade",
    model=M(("ComecarIntent", ["começar", "vamos"])),
    rec=[("csv-log", "dados/conversas.csv", [
        T("abre exame de consciência", "Launch", '<speak>Não precisa dizer nada em voz alta. Pense em como tratou sua família hoje. <break time="6s"/> Pense em quem você pode perdoar. <break time="6s"/> Vá em paz.</speak>', None, True)])],
    cats=[], why="Pauses are inside audible guidance; it tells the user not to speak and ends the session."))
