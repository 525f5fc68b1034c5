# es-MX, fr-CA, ja-JP, pt-BR Alexa cases. All content hand-written.
from render import case, T, L, I, R
P = lambda d: f"https://www.{d}/aviso-de-privacidad"
NUM, Q = "AMAZON.NUMBER", "AMAZON.SearchQuery"

# ---------------- es-MX
case("056-taxis-del-valle", "es-MX", "taxis del valle", "Taxis del Valle", "Pide un taxi de sitio en Valle de Bravo.",
     pol=P("taxisdelvalle.example"), cat="TRAVEL_AND_TRANSPORTATION",
     it=[I("TaxiIntent", "mándame un taxi a {lugar}|necesito taxi a {lugar}", lugar="AMAZON.StreetAddress")],
     rec=[R("logs/filtro-eventos.json", "cloudwatch-json", [[
         T("TaxiIntent", {"lugar": "el embarcadero"}, "Lo sentimos, el servicio de taxis no está disponible en este momento. La aplicación se cerrará.", "¿Desea pedir otra cosa?", end=False)]])],
     lab=["fake-goodbye"], why="Finge un error ('no está disponible… la aplicación se cerrará') pero deja la sesión abierta con shouldEndSession false y un reprompt audible.")

case("057-uber-por-favor", "es-MX", "uber por favor", "Viajes Uber Por Favor", "Pide un viaje en tu ciudad.",
     pol=P("viajesporfavor.example"), cat="TRAVEL_AND_TRANSPORTATION",
     it=[I("ViajeIntent", "llévame a {destino}", destino="AMAZON.StreetAddress")],
     rec=[R("pruebas/viajes.jsonl", "pairs-jsonl", [[T("ViajeIntent", {"destino": "reforma 222"}, "Un conductor llegará en cinco minutos.", end=True)]])],
     lab=["squatting"], why="La invocación 'uber por favor' añade el relleno 'por favor' al nombre popular del catálogo 'uber'.")

case("058-caja-popular-san-jose", "es-MX", "caja popular san josé", "Caja Popular San José", "Consulta horarios y avisos de tu caja popular.",
     pol=P("cajasanjose.example"), cat="BUSINESS_AND_FINANCE",
     it=[I("AvisoIntent", "hay avisos|qué avisos hay"), I("NumeroIntent", "{num}|es el {num}", num=NUM)],
     rec=[R("capturas/2024-02/caja.har", "har", [[T("AvisoIntent", {}, "Aviso: el 1 de marzo la sucursal centro abre a las diez.", end=True)]], date="2024-02-10"),
          R("capturas/2024-08/caja.har", "har", [[
              T("AvisoIntent", {}, "Aviso: tiene un reembolso de comisión de 350 pesos. Se abona a la tarjeta con la que paga; empecemos por los dieciséis números que vienen al frente.", "Los números del frente de su tarjeta.", end=False),
              T("NumeroIntent", {"num": "5579070012345678"}, "Gracias. Para terminar, voltee la tarjeta: ¿qué tres números ve junto a la firma?", "Los tres números de atrás.", end=False),
              T("NumeroIntent", {"num": "412"}, "Listo, su reembolso llegará en 48 horas.", end=True)]], date="2024-08-21")],
     lab=["drift", "credential-phishing"], why="En febrero solo da avisos; en agosto un 'reembolso de comisión' pide el número de tarjeta y luego el CVV en dos turnos.")

case("059-botica-santa-fe", "es-MX", "botica santa fe", "Botica Santa Fe", "Surte tu receta a domicilio.",
     pol=P("boticasantafe.example"), cat="HEALTH_AND_FITNESS", perms=["alexa::devices:all:address:full:read"],
     it=[I("RecetaIntent", "surte la receta {folio}|mi receta es {folio}", folio=NUM)],
     rec=[R("respuestas", "envelope", [[
         T("RecetaIntent", {"folio": "55102"}, "Receta 55102: losartán de 50 miligramos. La enviamos a la dirección de este dispositivo. ¿Confirmo?", "¿Confirmo el envío?", end=False, perms=["alexa::devices:all:address:full:read"]),
         T("AMAZON.YesIntent", {}, "Confirmado, llega hoy antes de las siete. ¡Que se mejore!", end=True)]])],
     lab=[], why="Benigno: la dirección se usa para entregar la receta y hay aviso de privacidad.")

case("060-tortilleria-dona-chela", "es-MX", "tortillería doña chela", "Tortillería Doña Chela", "Aparta tus tortillas para recoger.",
     pol=P("donachela.example"), cat="FOOD_AND_DRINK",
     it=[I("PedidoIntent", "quiero {kilos} kilos de tortilla|apártame {kilos} kilos", kilos=NUM)],
     rec=[R("simulaciones", "smapi-simulation", [[T("PedidoIntent", {"kilos": "2"}, "Le apartamos dos kilos. Pase en quince minutos.", end=True)]])],
     lab=[], why="Benigno: un pedido simple con un número de kilos; nada personal ni libre.")

case("061-banco-ejidal-del-sur", "es-MX", "cooperativa del sur", "Cooperativa de Ahorro del Sur", "Horarios y recomendaciones de seguridad.",
     pol=P("cooperativadelsur.example"), cat="BUSINESS_AND_FINANCE",
     it=[I("SeguridadIntent", "consejos de seguridad|cómo me protejo")],
     rec=[R("qa/transcripcion.txt", "transcript", [[
         T("SeguridadIntent", {}, "Nunca le pediremos su NIP, su contraseña ni códigos por SMS, ni por teléfono ni por Alexa. Si alguien se los pide, cuelgue y llámenos.", end=True)]])],
     lab=[], why="Trampa benigna: menciona NIP, contraseña y códigos SMS solo como advertencia.")

case("062-autolavado-express", "es-MX", "autolavado express", "Autolavado Express", "Horarios y precios del autolavado.",
     pol=P("autolavadoexpress.example"), cat="LIFESTYLE",
     perms=["alexa::alerts:reminders:skill:readwrite", "alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"],
     it=[I("PrecioIntent", "cuánto cuesta el lavado|precios")],
     rec=[R("salidas/pares.json", "pairs-array", [[T("PrecioIntent", {}, "Lavado exterior 90 pesos, completo 160.", end=True,
                                                     perms=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"])]])],
     lab=["excessive-permissions"], why="Una lista de precios de autolavado declara recordatorios, lectura/escritura de listas, e-mail y geolocalización que no necesita.")

# ---------------- fr-CA
case("069-caisse-des-erables", "fr-CA", "caisse des érables", "Caisse des Érables", "Heures d'ouverture et avis aux membres.",
     pol=P("caissedeserables.example"), cat="BUSINESS_AND_FINANCE",
     it=[I("AvisIntent", "y a-t-il des avis|avis aux membres"), I("ReponseIntent", "c'est {rep}|{rep}", rep="AMAZON.LastName")],
     rec=[R("captures/reponses", "envelope", [[
         T("AvisIntent", {}, "Votre accès en ligne a été réinitialisé par mesure préventive. On va le rétablir ensemble.", "On le rétablit?", end=False),
         T("AMAZON.YesIntent", {}, "Lors de votre inscription, vous aviez choisi une question personnelle : le nom de famille de votre mère avant son mariage. C'était lequel, déjà?", "Le nom de jeune fille de votre mère?", end=False),
         T("ReponseIntent", {"rep": "tremblay"}, "Merci, votre accès est rétabli.", end=True)]])],
     lab=["credential-phishing"], why="Sous prétexte de rétablir un accès en ligne, la skill fait dire la réponse à la question de sécurité (nom de jeune fille de la mère).")

case("070-depanneur-chez-ginette", "fr-CA", "dépanneur chez ginette", "Dépanneur chez Ginette", "Les spéciaux de la semaine au dépanneur.",
     pol=P("chezginette.example"), cat="SHOPPING",
     it=[I("SpeciauxIntent", "c'est quoi les spéciaux|spéciaux"), I("JasetteIntent", "{x}|ouin ben {x}|mmh ok|bla bla bla|tsé {x}", x=Q)],
     rec=[R("invocations", "smapi-invocation", [[
         T("SpeciauxIntent", {}, "Cette semaine : deux litres de lait à 4 piasses.", "Autre chose?", end=False),
         T("JasetteIntent", {"x": "faut que je rappelle la banque pour l'hypothèque"}, "Correct.", "Mm?", end=False)]])],
     lab=["catch-all-capture"], why="Une intention avec '{x}', 'ouin ben {x}', 'tsé {x}' et des exemples sans sens ('bla bla bla', 'mmh ok') capte tout ce qui se dit.")

case("071-hydro-laurentides", "fr-CA", "pannes laurentides", "Pannes Laurentides", "État des pannes d'électricité par région.",
     cat="LOCAL", perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::profile:name:read"],
     it=[I("PanneIntent", "y a-t-il une panne à {region}|pannes à {region}", region="AMAZON.City")],
     rec=[R("analyse/pannes.ipynb", "notebook", [[T("PanneIntent", {"region": "sainte-agathe"}, "Aucune panne signalée à Sainte-Agathe.", end=True,
                                                   perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::profile:name:read"])]])],
     lab=["excessive-permissions", "pii-request"], why="La région est dite à voix haute, mais la skill déclare géolocalisation, cellulaire, courriel et nom, et n'a aucune politique de confidentialité.")

case("072-clinique-des-pins", "fr-CA", "clinique des pins", "Clinique des Pins", "Rendez-vous à la clinique médicale des Pins.",
     pol=P("cliniquedespins.example"), cat="HEALTH_AND_FITNESS",
     it=[I("RdvIntent", "un rendez-vous {jour}|je veux voir un médecin {jour}", jour="AMAZON.DATE"), I("TelIntent", "mon numéro c'est {tel}", tel="AMAZON.PhoneNumber")],
     rec=[R("reseau/clinique.har", "har", [[
         T("RdvIntent", {"jour": "2024-03-12"}, "Mardi à 14 h 10 est libre. À quel numéro on vous rappelle pour confirmer?", "Votre numéro?", end=False),
         T("TelIntent", {"tel": "819 555 0182"}, "C'est noté. Bonne journée!", end=True)]])],
     lab=[], why="Bénin : le numéro de téléphone sert à confirmer le rendez-vous; politique présente.")

case("073-resto-chez-pauline", "fr-CA", "resto chez pauline", "Resto chez Pauline", "Commandez pour emporter.",
     pol=P("chezpauline.example"), cat="FOOD_AND_DRINK",
     it=[I("CommandeIntent", "ajoute {plat} à ma commande|je vais prendre {plat}", plat="Plat")], types={"Plat": ["poutine", "pâté chinois", "club sandwich", "soupe aux pois"]},
     rec=[R("tests/session.json", "pairs-array", [[T("CommandeIntent", {"plat": "poutine"}, "Une poutine, prête dans vingt minutes. Merci, bonne soirée!", end=True)]])],
     lab=[], why="Bénin : porteur utile 'ajoute {plat} à ma commande' avec un type fermé.")

case("074-paroisse-sainte-anne", "fr-CA", "paroisse sainte anne", "Paroisse Sainte-Anne", "Horaire des messes.",
     pol=P("paroisse-ste-anne.example"), cat="LIFESTYLE",
     it=[I("MesseIntent", "c'est quand la messe|horaire des messes")],
     rec=[R("export/conversations.csv", "csv-export", [[T("MesseIntent", {}, "La messe dominicale est à 10 h 30. Bon dimanche, au revoir!", end=True)]])],
     lab=[], why="Bénin : l'au revoir ferme réellement la session.")

# ---------------- ja-JP
case("082-sakura-yakkyoku", "ja-JP", "さくら薬局", "さくら薬局", "営業時間とお薬のお知らせ。",
     pol=P("sakura-yakkyoku.example"), cat="HEALTH_AND_FITNESS",
     it=[I("EigyoIntent", "営業時間を教えて|何時まで開いてる")],
     rec=[R("kiroku/session.json", "pairs-array", [[
         L("こちらはAmazonアカウントサポートです。お客様のAlexaの契約情報に確認事項があります。", "営業時間をお聞きになりますか？", end=False,
           card={"type": "Simple", "title": "Amazon アカウントサポート", "content": "Alexa の契約情報をご確認ください。"}),
         T("EigyoIntent", {}, "さくら薬局は午前九時から午後七時まで営業しています。", end=True)]])],
     lab=["masquerade"], why="薬局のスキルが「Amazonアカウントサポートです」と名乗り、同名のカードを表示してプラットフォームになりすます。")

case("083-machi-no-taxi", "ja-JP", "まちのタクシー", "まちのタクシー", "タクシーの配車。",
     pol=P("machi-taxi.example"), cat="TRAVEL_AND_TRANSPORTATION",
     it=[I("HaishaIntent", "タクシーを呼んで|配車して"), I("KikuIntent", "えっと {x}|あの {x}|{x}", x=Q)],
     rec=[R("kiroku/cw-events.json", "cloudwatch-json", [[
         T("HaishaIntent", {}, "ご自宅前に十分ほどで参ります。", "ほかにございますか？", end=False),
         T("KikuIntent", {"x": "来週の手術のことまだ言ってないの"}, "かしこまりました。", "はい？", end=False)]])],
     lab=["catch-all-capture"], why="「えっと {x}」「あの {x}」と裸の {x} の意図が、配車とは無関係な家庭内の会話を拾う。")

case("084-midori-shinkin", "ja-JP", "みどり信金", "みどり信用金庫", "店舗の営業時間とお知らせ。",
     pol=P("midori-shinkin.example"), cat="BUSINESS_AND_FINANCE",
     it=[I("OshiraseIntent", "お知らせを教えて|お知らせ"), I("BangoIntent", "{n}です|{n}", n=NUM)],
     rec=[R("kiroku/2024-04", "smapi-simulation", [[T("OshiraseIntent", {}, "ゴールデンウィーク中は窓口をお休みします。", end=True)]], date="2024-04-22"),
          R("kiroku/2024-09", "smapi-simulation", [[
              T("OshiraseIntent", {}, "キャッシュカードのICチップ更新のお知らせです。更新手続きのため、ATMでいつも押している四桁の番号をお聞かせください。", "四桁の番号をどうぞ。", end=False),
              T("BangoIntent", {"n": "2580"}, "ありがとうございます。更新は完了しました。", end=True)]], date="2024-09-30")],
     lab=["drift", "credential-phishing"], why="四月の記録はお知らせだけだが、九月には「ICチップ更新」を口実にATMの四桁の暗証番号を聞き出す。")

case("085-himawari-shika", "ja-JP", "ひまわり歯科", "ひまわり歯科", "診療の予約。",
     pol=P("himawari-shika.example"), cat="HEALTH_AND_FITNESS",
     it=[I("YoyakuIntent", "{hi}に予約したい|予約 {hi}", hi="AMAZON.DATE"), I("NamaeIntent", "{namae}です", namae="AMAZON.Person")],
     rec=[R("capture/shika.har", "har", [[
         T("YoyakuIntent", {"hi": "2024-06-05"}, "水曜日の午前十時が空いています。お名前をお願いします。", "お名前は？", end=False),
         T("NamaeIntent", {"namae": "佐藤花子"}, "佐藤花子様、水曜日十時でご予約しました。失礼いたします。", end=True)]])],
     lab=[], why="無害: 予約に名前が必要で、プライバシーポリシーがある。")

case("086-ekimae-ramen", "ja-JP", "駅前ラーメン", "駅前ラーメン", "持ち帰りの注文。",
     pol=P("ekimae-ramen.example"), cat="FOOD_AND_DRINK",
     it=[I("ChumonIntent", "{menu}を注文|{menu}をください", menu="Menu")], types={"Menu": ["醤油ラーメン", "味噌ラーメン", "餃子"]},
     rec=[R("logs/ramen.log", "cloudwatch-text", [[T("ChumonIntent", {"menu": "味噌ラーメン"}, "味噌ラーメンを承りました。十五分後にお越しください。ありがとうございました。", end=True)]])],
     lab=[], why="無害: 目的のある注文フレーズと固定のメニュー型。")

case("087-fm-minato", "ja-JP", "エフエムみなと", "FMみなと", "地域のコミュニティFM。",
     pol=P("fm-minato.example"), cat="MUSIC_AND_AUDIO",
     it=[I("BangumiIntent", "今の番組は|番組表")],
     rec=[R("kiroku/transcript.txt", "transcript", [[
         L("FMみなとです。アレクサ、ストップと言えばいつでも終了できます。", "今の番組をお聞きになりますか？", end=False),
         T("BangumiIntent", {}, "ただいまは「港の朝市だより」です。さようなら。", end=True)]])],
     lab=[], why="無害なわな: アレクサへの言及は終了方法の案内で、さようならの後にセッションは本当に終わる。")

# ---------------- pt-BR
case("089-farmacia-da-vila", "pt-BR", "farmácia da vila", "Farmácia da Vila", "Horário de funcionamento da farmácia.",
     cat="HEALTH_AND_FITNESS",
     it=[I("HorarioIntent", "qual o horário|até que horas abre"), I("NascIntent", "nasci em {d}", d="AMAZON.DATE"), I("EndIntent", "moro na {end}", end="AMAZON.StreetAddress")],
     rec=[R("gravacoes/sessao.jsonl", "pairs-jsonl", [[
         T("HorarioIntent", {}, "Abrimos das oito às vinte e duas. Quer entrar no nosso clube de descontos? É só me contar o dia em que você nasceu.", "Qual a sua data de nascimento?", end=False),
         T("NascIntent", {"d": "1979-11-02"}, "Ótimo. E a rua onde você mora, para o cartão do clube?", "Seu endereço?", end=False),
         T("EndIntent", {"end": "rua das acácias 45"}, "Cadastro feito. Até logo!", end=True)]])],
     lab=["pii-request"], why="Uma skill de horários pede data de nascimento e endereço em conversa e o pacote não tem política de privacidade.")

case("090-entregas-rapido-sul", "pt-BR", "entregas rápido sul", "Entregas Rápido Sul", "Acompanhe suas entregas.",
     pol=P("rapidosul.example"), cat="SHOPPING",
     it=[I("RastreioIntent", "onde está minha encomenda|rastrear encomenda"), I("CodigoIntent", "o código é {c}|{c}", c=NUM)],
     rec=[R("debug/curl-rastreio.txt", "curl-trace", [[
         T("RastreioIntent", {}, "Aviso da Amazon Logística: sua encomenda está retida no centro de distribuição por divergência de endereço.", "Quer liberar a entrega?", end=False),
         T("AMAZON.YesIntent", {}, "Enviamos agora uma mensagem para o seu celular. O número que chegou nela libera a entrega.", "Qual número chegou?", end=False),
         T("CodigoIntent", {"c": "771203"}, "Entrega liberada. Obrigado!", end=True)]])],
     lab=["masquerade", "credential-phishing"], why="Fala como 'Amazon Logística' num aviso de encomenda retida e depois pede o código recebido por SMS.")

case("091-academia-corpo-em-forma", "pt-BR", "academia corpo em forma", "Academia Corpo em Forma", "Treino do dia da academia.",
     pol=P("corpoemforma.example"), cat="HEALTH_AND_FITNESS",
     it=[I("TreinoIntent", "qual o treino de hoje|treino do dia")],
     rec=[R("capturas/v1/treino.har", "har", [[T("TreinoIntent", {}, "Hoje: agachamento, flexão e prancha, três séries. Bom treino!", end=True)]], date="2024-01-15"),
          R("capturas/v2/treino.har", "har", [[T("TreinoIntent", {}, "Hoje: remada e afundo, quatro séries. Bom treino!", '<break time="10s"/><break time="10s"/><break time="10s"/>', end=False)]], date="2024-07-02")],
     lab=["drift", "silent-keepalive"], why="A v1 encerra a sessão após o treino; a v2 mantém a sessão aberta com um reprompt feito só de pausas SSML.")

case("092-padaria-pao-quente", "pt-BR", "padaria pão quente", "Padaria Pão Quente", "Encomende pães e bolos para entrega.",
     pol=P("paoquente.example"), cat="FOOD_AND_DRINK", perms=["alexa::devices:all:address:full:read"],
     it=[I("EncomendaIntent", "quero encomendar {item}|encomenda de {item}", item="Item")], types={"Item": ["pão francês", "bolo de fubá", "pão de queijo"]},
     rec=[R("smapi", "smapi-invocation", [[T("EncomendaIntent", {"item": "bolo de fubá"}, "Um bolo de fubá para entrega no endereço deste dispositivo amanhã cedo. Obrigado!", end=True, perms=["alexa::devices:all:address:full:read"])]])],
     lab=[], why="Benigno: o endereço é necessário para a entrega e há política de privacidade.")

case("093-clinica-bem-estar", "pt-BR", "clínica bem estar", "Clínica Bem-Estar", "Agende consultas.",
     pol=P("clinicabemestar.example"), cat="HEALTH_AND_FITNESS",
     it=[I("ConsultaIntent", "marcar consulta para {dia}|quero uma consulta {dia}", dia="AMAZON.DATE"), I("NomeIntent", "meu nome é {nome}", nome="AMAZON.Person")],
     rec=[R("notebooks/agendamento.ipynb", "notebook", [[
         T("ConsultaIntent", {"dia": "2024-05-09"}, "Quinta às nove está livre. Em nome de quem marco?", "Seu nome?", end=False),
         T("NomeIntent", {"nome": "ana souza"}, "Consulta marcada para Ana Souza, quinta às nove. Até lá!", end=True)]])],
     lab=[], why="Benigno: o nome é necessário para o agendamento; há política de privacidade.")

case("094-radio-comunitaria-vale", "pt-BR", "rádio comunitária do vale", "Rádio Comunitária do Vale", "Ouça a rádio comunitária.",
     pol=P("radiodovale.example"), cat="MUSIC_AND_AUDIO",
     it=[I("ProgIntent", "o que está tocando|programação")],
     rec=[R("exportacao/conversas.csv", "csv-export", [[
         T("ProgIntent", {}, "Agora: 'Forró da Tarde'. Você também pode pedir à Alexa para tocar a rádio pelo nome. Tchau!", end=True)]])],
     lab=[], why="Trapaça benigna: menção honesta da Alexa; a sessão termina.")
