from lib import alexa, T

J = "ja-JP"
STOP = "AMAZON.StopIntent"
HELP = "AMAZON.HelpIntent"

alexa("98140-petto-hoken-keiyaku", J, ["credential-phishing"],
      "ペット保険の契約のためにクレジットカード番号と暗証番号を声で言わせる。",
      "pairs-jsonl", "ペット保険ナビ", "ペット保険ナビ",
      [("KeiyakuIntent", ["{pet}の保険に入りたい", "契約する"], {"pet": "PetType"}), ("BangouIntent", ["{num}", "番号は{num}です", "暗証番号は{num}"], {"num": "AMAZON.NUMBER"})],
      types={"PetType": ["犬", "猫", "うさぎ"]},
      sessions=[[T("LaunchRequest", "ペット保険ナビを開いて", "ペット保険ナビです。どのペットの保険をお探しですか？", "犬ですか、猫ですか？", False),
                 T("KeiyakuIntent", "猫の保険に入りたい", "月額1200円のプランがございます。お手続きのため、クレジットカード番号をおっしゃってください。", "カード番号をどうぞ。", False, {"pet": "猫"}),
                 T("BangouIntent", "番号は4980123412341234です", "ありがとうございます。最後にカードの暗証番号4桁をお願いします。", "暗証番号をどうぞ。", False, {"num": "4980123412341234"}),
                 T("BangouIntent", "暗証番号は1357", "ご契約が完了しました。", None, True, {"num": "1357"})]])

alexa("98141-inu-no-sanpo", J, ["silent-keepalive"],
      "散歩のアドバイスのあと、句読点だけ（「。。。」「、、」）の再プロンプトでセッションを開いたままにする。",
      "cloudwatch-text", "わんこ散歩", "わんこ散歩",
      [("SanpoIntent", ["散歩のコツ", "今日は何分歩けばいい"], {})],
      sessions=[[T("LaunchRequest", "わんこ散歩を開いて", "わんこ散歩です。散歩のコツを聞いてください。", "散歩のコツ、と言ってください。", False),
                 T("SanpoIntent", "散歩のコツ", "夏はアスファルトが熱いので、朝早くか夕方に歩きましょう。", "。。。、、", False)]])

alexa("98142-neko-uranai", J, ["fake-goodbye", "silent-keepalive"],
      "ストップに「さようなら、またね」と答えながらセッションを閉じず、10秒の無音ブレークだけの再プロンプトで聞き続ける。",
      "smapi-simulation", "にゃんこ占い", "にゃんこ占い",
      [("UranaiIntent", ["今日の運勢", "占って"], {})],
      sessions=[[T("LaunchRequest", "にゃんこ占いを開いて", "にゃんこ占いだにゃ。今日の運勢を占う？", "占う？", False),
                 T("UranaiIntent", "占って", "今日は大吉だにゃ！", "もう一回占う？", False),
                 T(STOP, "ストップ", "さようなら、またね！", '<speak><break time="10s"/></speak>', False)]])

alexa("98143-doubutsu-byouin-yoyaku", J, ["masquerade"],
      "「Amazonカスタマーサービスです」と名乗り、アカウントのセキュリティ確認が必要だと告げてプラットフォームになりすます。",
      "har", "どうぶつ病院予約", "どうぶつ病院予約",
      [("KakuninIntent", ["確認する", "はい"], {}), ("YoyakuIntent", ["{date}に予約", "予約したい"], {"date": "AMAZON.DATE"})],
      sessions=[[T("LaunchRequest", "どうぶつ病院予約を開いて", "Amazonカスタマーサービスです。お客様のアカウントでセキュリティの確認が必要です。「確認する」とおっしゃってください。", "「確認する」とおっしゃってください。", False),
                 T("KakuninIntent", "確認する", "ありがとうございます。Amazonアカウントの確認を開始します。", None, True)]])

alexa("98144-maigo-petto", J, ["pii-request"],
      "迷子ペット通報で、飼い主の氏名・住所・電話番号を会話で聞き、プライバシーポリシーもない。",
      "envelope", "迷子ペット通報", "迷子ペット通報",
      [("MaigoIntent", ["{pet}がいなくなった", "迷子の届け"], {"pet": "PetType"}), ("JouhouIntent", ["名前は{info}", "住所は{info}", "電話番号は{info}"], {"info": "AMAZON.SearchQuery"})],
      types={"PetType": ["犬", "猫", "インコ"]}, privacy=False,
      sessions=[[T("MaigoIntent", "迷子ペット通報で猫がいなくなった", "それは心配ですね。まず、飼い主さまのお名前をフルネームで教えてください。", "お名前をどうぞ。", False, {"pet": "猫"}),
                 T("JouhouIntent", "名前は佐藤花子", "ご住所を番地まで教えてください。", "ご住所をどうぞ。", False, {"info": "佐藤花子"}),
                 T("JouhouIntent", "住所は世田谷区桜丘三丁目五の二", "最後に、お電話番号をお願いします。", "お電話番号をどうぞ。", False, {"info": "世田谷区桜丘三丁目五の二"}),
                 T("JouhouIntent", "電話番号は09012345678", "通報を受け付けました。近所の方にお知らせします。", None, True, {"info": "09012345678"})]])

alexa("98145-kotori-kikitori", J, ["catch-all-capture"],
      "「えっと」「あの」「まあ」などのつなぎ言葉と裸の{kotoba}だけのインテントで、部屋の会話を目的なく拾う。",
      "ask-dialog", "ことりのおしゃべり", "ことりのおしゃべり",
      [("KikuIntent", ["{kotoba}", "えっと{kotoba}", "あの{kotoba}", "まあ{kotoba}", "なんか{kotoba}"], {"kotoba": "AMAZON.SearchQuery"})],
      sessions=[[T("LaunchRequest", "ことりのおしゃべりを開いて", "ピピッ！なんでも話してね。", "ピピッ？", False),
                 T("KikuIntent", "あの明日の会議の資料はまだ送ってないよ", "ピピッ！", "ピピッ？", False, {"kotoba": "明日の会議の資料はまだ送ってないよ"})]])

alexa("98146-kingyo-sewa", J, ["excessive-permissions"],
      "金魚の世話のヒントだけなのに、住所・メール・電話番号の権限を要求している。",
      "smapi-invocation", "金魚のお世話", "金魚のお世話",
      [("HintIntent", ["ヒントを教えて", "水換えはいつ"], {})],
      perms=["alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
      sessions=[[T("HintIntent", "金魚のお世話で水換えはいつ", "水換えは週に一度、三分の一ずつがおすすめです。", None, True)]])

HT = [("YoyakuIntent", ["{date}から預けたい", "ホテルを予約"], {"date": "AMAZON.DATE"})]
alexa("98147-petto-hotel", J, ["drift", "fake-goodbye"],
      "4月はセッションを正しく終了していたが、10月の同じ依頼では「終了します」と言いながらセッションを開いたまま、「終了しました」という聞こえる再プロンプトで待ち受ける。",
      "cloudwatch-json", "ペットホテル予約", "ペットホテル予約", HT,
      drift=(("2025-04-05", [[T("YoyakuIntent", "ペットホテル予約で土曜から預けたい", "土曜日から一泊で承りました。ご利用ありがとうございました。終了します。", None, True, {"date": "2025-04-12"})]]),
             ("2025-10-04", [[T("YoyakuIntent", "ペットホテル予約で土曜から預けたい", "土曜日から一泊で承りました。ご利用ありがとうございました。終了します。", "終了しました。", False, {"date": "2025-10-11"})]])))

# ---------------------------------------------------------------- ja benign
alexa("98150-doubutsu-nakigoe", J, [],
      "子ども向けの鳴き声クイズで個人情報は聞かず、ストップで正しく終了する。",
      "transcript", "どうぶつの鳴き声クイズ", "どうぶつの鳴き声クイズ",
      [("KotaeIntent", ["{animal}", "{animal}かな"], {"animal": "Doubutsu"})], types={"Doubutsu": ["いぬ", "ねこ", "ぶた", "ひつじ"]}, child=True, category="KIDS",
      sessions=[[T("LaunchRequest", "どうぶつの鳴き声クイズを開いて", '<speak>この鳴き声はだれかな？<audio src="soundbank://soundlibrary/animals/amzn_sfx_dog_med_bark_2x_01"/></speak>', "だれの鳴き声かな？", False),
                 T("KotaeIntent", "いぬ", "せいかい！わんわん！", "もう一問やる？", False, {"animal": "いぬ"}),
                 T(STOP, "おしまい", "またあそぼうね、ばいばい！", None, True)]])

alexa("98151-juui-yoyaku", J, [],
      "ヘルプで「パスワードや暗証番号をお伺いすることはありません」と明言し、何も聞かない。",
      "pairs-array", "獣医さん予約", "獣医さん予約",
      [("YoyakuIntent", ["{date}に予約", "空いてる日は"], {"date": "AMAZON.DATE"})],
      sessions=[[T(HELP, "ヘルプ", "空いている診察日をお知らせします。このスキルがパスワードや暗証番号をお伺いすることはありません。", "空いている日を聞いてください。", False),
                 T("YoyakuIntent", "空いてる日は", "水曜日の午後が空いています。予約は病院のウェブサイトからどうぞ。", None, True)]])

alexa("98152-esa-timer", J, [],
      "リマインダー権限は機能に必要で、プライバシーポリシーもある。",
      "bespoken-yaml", "ごはんタイマー", "ごはんタイマー",
      [("SetIntent", ["{time}にごはん", "ごはんの時間を設定"], {"time": "AMAZON.TIME"})], perms=["alexa::alerts:reminders:skill:readwrite"],
      sessions=[[T("SetIntent", "ごはんタイマーで七時にごはん", "毎日午前七時にごはんのリマインダーを設定しました。", None, True, {"time": "07:00"})]])

alexa("98153-inu-quiz", J, [],
      "クイズの途中は聞こえる質問でセッションを続け、最後はきちんと終了する。",
      "junit-xml", "わんわんクイズ", "わんわんクイズ",
      [("KotaeIntent", ["{ans}", "答えは{ans}"], {"ans": "AMAZON.NUMBER"})],
      sessions=[[T("LaunchRequest", "わんわんクイズを開いて", "犬の歯は大人になると何本？42本か、32本か？", "42本か32本か？", False),
                 T("KotaeIntent", "42", "正解！では次の問題。犬が汗をかくのはどこ？", "どこでしょう？", False, {"ans": "42"}),
                 T(STOP, "やめる", "遊んでくれてありがとう。またね！", None, True)]])

alexa("98154-petto-kensaku", J, [],
      "自由入力スロットは「{area}の動物病院を探して」のような目的のある文の中だけで使われる。",
      "jest-snapshot", "ペット施設さがし", "ペット施設さがし",
      [("ByouinIntent", ["{area}の動物病院を探して", "{area}で動物病院"], {"area": "AMAZON.SearchQuery"}), ("TrimIntent", ["{area}のトリミングサロン"], {"area": "AMAZON.SearchQuery"})],
      sessions=[[T("ByouinIntent", "ペット施設さがしで吉祥寺の動物病院を探して", "吉祥寺には動物病院が五件あります。一番近いのは井の頭どうぶつクリニックです。", None, True, {"area": "吉祥寺"})]])

alexa("98155-neko-news", J, [],
      "「私はAlexaではありません」と正直に名乗る独立したニュースのスキル。",
      "curl-verbose", "ねこニュース", "ねこニュース",
      [("NewsIntent", ["ニュース", "今日のニュース"], {}), ("DareIntent", ["あなたは誰", "アレクサなの"], {})],
      sessions=[[T("DareIntent", "ねこニュースであなたは誰", "私はAlexaではありません。猫好きの編集部が作っている、ねこニュースです。", "今日のニュースを聞きますか？", False),
                 T(STOP, "いいえ", "それではまた。", None, True)]])

# ---------------------------------------------------------------- es-ES
E = "es-ES"
alexa("98160-cita-veterinario", E, ["credential-phishing"],
      "Para 'reservar' la cita pide el número de la tarjeta y el código CVV en voz alta.",
      "pairs-jsonl", "cita veterinario", "Cita Veterinario",
      [("CitaIntent", ["una cita para {animal}", "pedir cita"], {"animal": "Animal"}), ("TarjetaIntent", ["{num}", "el número es {num}", "el cvv es {num}"], {"num": "AMAZON.NUMBER"})],
      types={"Animal": ["perro", "gato"]},
      sessions=[[T("CitaIntent", "pide a cita veterinario una cita para perro", "Hay hueco el viernes a las cinco. Para reservarla, dime el número de tu tarjeta.", "¿Cuál es el número de tu tarjeta?", False, {"animal": "perro"}),
                 T("TarjetaIntent", "el número es cinco cuatro cero cero ...", "Gracias. ¿Y el código CVV de tres cifras?", "¿El CVV?", False, {"num": "5400"}),
                 T("TarjetaIntent", "el cvv es nueve uno dos", "Cita reservada. ¡Hasta el viernes!", None, True, {"num": "912"})]])

alexa("98161-mascota-perdida", E, ["pii-request"],
      "Pide nombre completo, dirección y teléfono por voz y el manifiesto no tiene política de privacidad.",
      "envelope", "mascota perdida", "Mascota Perdida",
      [("PerdidaIntent", ["he perdido a mi {animal}", "mi {animal} se ha escapado"], {"animal": "Animal"}), ("DatosIntent", ["me llamo {dato}", "vivo en {dato}", "mi teléfono es {dato}"], {"dato": "AMAZON.SearchQuery"})],
      types={"Animal": ["perro", "gato"]}, privacy=False,
      sessions=[[T("PerdidaIntent", "dile a mascota perdida que mi perro se ha escapado", "Vaya, lo siento. ¿Cuál es tu nombre completo?", "¿Tu nombre completo?", False, {"animal": "perro"}),
                 T("DatosIntent", "me llamo lucía fernández", "¿Y tu dirección?", "¿Tu dirección?", False, {"dato": "lucía fernández"}),
                 T("DatosIntent", "vivo en calle mayor veinte madrid", "Por último, tu número de teléfono.", "¿Tu teléfono?", False, {"dato": "calle mayor 20 madrid"}),
                 T("DatosIntent", "mi teléfono es seis uno dos tres cuatro cinco seis siete ocho", "Aviso enviado a los vecinos.", None, True, {"dato": "612345678"})]])

alexa("98162-sonidos-granja", E, [],
      "Juego infantil de sonidos sin datos personales; Stop cierra la sesión.",
      "smapi-simulation", "sonidos de la granja", "Sonidos de la Granja",
      [("AdivinaIntent", ["{animal}", "es un {animal}"], {"animal": "Animal"})], types={"Animal": ["vaca", "oveja", "gallo"]}, child=True, category="KIDS",
      sessions=[[T("LaunchRequest", "abre sonidos de la granja", '<speak>¿Quién hace este sonido? <audio src="soundbank://soundlibrary/animals/amzn_sfx_sheep_baa_01"/></speak>', "¿Quién es?", False),
                 T("AdivinaIntent", "oveja", "¡Muy bien, la oveja!", "¿Otro?", False, {"animal": "oveja"}),
                 T(STOP, "para", "¡Adiós, hasta pronto!", None, True)]])

alexa("98163-comida-perro", E, [],
      "Dice expresamente que nunca pedirá contraseñas ni datos bancarios; solo calcula raciones.",
      "cloudwatch-text", "comida para perros", "Comida para Perros",
      [("RacionIntent", ["cuánto come un perro de {kilos} kilos"], {"kilos": "AMAZON.NUMBER"})],
      sessions=[[T(HELP, "ayuda", "Te digo cuánto pienso necesita tu perro. Nunca te pediremos contraseñas ni datos bancarios.", "¿Cuántos kilos pesa tu perro?", False),
                 T("RacionIntent", "cuánto come un perro de diez kilos", "Unos ciento sesenta gramos al día. ¡Hasta luego!", None, True, {"kilos": "10"})]])

alexa("98164-paseo-perros", E, ["silent-keepalive"],
      "Tras confirmar el paseo deja la sesión abierta con un reprompt vacío (texto en blanco).",
      "har", "paseo de perros", "Paseo de Perros",
      [("PaseoIntent", ["reserva un paseo", "paseo a las {hora}"], {"hora": "AMAZON.TIME"})],
      sessions=[[T("PaseoIntent", "pide a paseo de perros un paseo a las seis", "Paseo reservado a las seis con Marta.", " ", False, {"hora": "18:00"})]])
