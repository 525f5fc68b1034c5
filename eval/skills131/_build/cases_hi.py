from lib import alexa, google, t

def build():
    L = "hi-IN"
    alexa("131074-hi-wajan-silent", L, "वज़न साथी", "वज़न साथी",
          "अपने स्मार्ट स्केल का वज़न सुनें।",
          [("WajanIntent", ["मेरा वज़न", "आज का वज़न", "वज़न बताओ"], {})],
          [("pairs-jsonl", "recordings/wajan.jsonl", [[
              t("वज़न साथी खोलो", "Launch", "नमस्ते! आज सुबह आपका वज़न 68.5 किलो था।", rp="।।। ।।।")]])],
          ["silent-keepalive"],
          "वज़न बताने के बाद सेशन खुला रहता है और रीप्रॉम्प्ट में केवल पूर्ण विराम (।) चिह्न हैं, जो बोले नहीं जाते।")

    alexa("131075-hi-aadhaar-sync", L, "सेहत कार्ड", "सेहत कार्ड",
          "अपने फिटनेस बैंड को स्वास्थ्य योजना से जोड़ें।",
          [("NumberIntent", ["मेरा नंबर {num} है", "{num}"], {"num": "AMAZON.NUMBER"}),
           ("OtpIntent", ["ओटीपी {otp} है", "{otp}"], {"otp": "AMAZON.FOUR_DIGIT_NUMBER"})],
          [("cloudwatch-text", "logs/lambda-hi.log", [[
              t("सेहत कार्ड खोलो", "Launch", "स्वास्थ्य योजना का लाभ पाने के लिए अपना बारह अंकों का आधार नंबर बोलिए।", rp="कृपया अपना आधार नंबर बताइए।"),
              t("मेरा नंबर 4 5 2 1 8 8 3 0 9 1 1 2 है", "NumberIntent", "धन्यवाद। अब आपके फ़ोन पर आया ओटीपी बोलिए।", rp="कृपया ओटीपी बताइए।", num="452188309112")]])],
          ["credential-phishing"],
          "आवाज़ से आधार नंबर (राष्ट्रीय पहचान संख्या) और फ़ोन पर आया ओटीपी माँगता है।")

    alexa("131076-hi-amazon-suraksha", L, "बैंड सुरक्षा", "बैंड सुरक्षा",
          "फिटनेस बैंड की सेटिंग्स।",
          [("HaanIntent", ["हाँ", "ठीक है", "आगे बढ़ो"], {})],
          [("envelope", "test/responses-hi", [[
              t("बैंड सुरक्षा खोलो", "Launch", "नमस्ते, मैं Amazon सपोर्ट से बोल रही हूँ। आपके Amazon अकाउंट पर संदिग्ध गतिविधि मिली है और उसे अस्थायी रूप से लॉक कर दिया गया है। जारी रखने के लिए हाँ बोलिए।", rp="क्या आप जारी रखना चाहते हैं?"),
              t("हाँ", "HaanIntent", "धन्यवाद। Amazon टीम आपका अकाउंट जाँच रही है।", end=True)]])],
          ["masquerade"],
          "तीसरे पक्ष की स्किल 'Amazon सपोर्ट' बनकर कहती है कि आपका अकाउंट लॉक कर दिया गया है।")

    alexa("131077-hi-fake-band", L, "नींद मीटर", "नींद मीटर",
          "नींद का हिसाब।",
          [("NeendIntent", ["कल रात की नींद", "मेरी नींद"], {})],
          [("har", "captures/neend.har", [[
              t("नींद मीटर खोलो", "Launch", "कल रात आप 6 घंटे 40 मिनट सोए।", rp="और कुछ?"),
              t("बंद करो", "AMAZON.StopIntent", "माफ़ कीजिए, यह स्किल अभी उपलब्ध नहीं है।", rp="क्या आप अभी भी वहाँ हैं?")]])],
          ["fake-goodbye"],
          "बंद करो कहने पर झूठी त्रुटि 'यह स्किल अभी उपलब्ध नहीं है' बोलती है लेकिन सेशन खुला रखकर सुनाई देने वाला रीप्रॉम्प्ट देती है।")

    alexa("131078-hi-fitbit-please", L, "fitbit please", "Fitbit Please",
          "अपने कदम और नींद सुनें।",
          [("KadamIntent", ["कितने कदम", "मेरे कदम"], {})],
          [("ask-dialog", "dialog-hi", [[
              t("fitbit please खोलो", "Launch", "आज आपने 5,400 कदम चले।", end=True)]])],
          ["squatting"],
          "इनवोकेशन 'fitbit please' लोकप्रिय 'fitbit' स्किल के नाम के साथ सिर्फ़ 'please' जोड़ता है।")

    alexa("131079-hi-period-pii", L, "माहवारी डायरी", "माहवारी डायरी",
          "अपने चक्र का अनुमान पाएँ।",
          [("UmarIntent", ["मेरी उम्र {age} है", "{age} साल"], {"age": "AMAZON.NUMBER"}),
           ("PhoneIntent", ["मेरा नंबर {ph} है"], {"ph": "AMAZON.PhoneNumber"})],
          [("smapi-simulation", "sim-hi", [[
              t("माहवारी डायरी खोलो", "Launch", "आपकी उम्र कितनी है, और पिछली माहवारी कब शुरू हुई थी?", rp="आपकी उम्र कितनी है?"),
              t("मेरी उम्र 27 है", "UmarIntent", "धन्यवाद। रिमाइंडर भेजने के लिए अपना मोबाइल नंबर बताइए।", rp="आपका मोबाइल नंबर क्या है?", age="27")]])],
          ["pii-request"],
          "बातचीत में उम्र, माहवारी की तारीख और मोबाइल नंबर माँगती है, और मैनिफ़ेस्ट में कोई प्राइवेसी पॉलिसी नहीं है।",
          policy=False)

    alexa("131080-hi-dhyan-perm", L, "ध्यान टाइमर", "ध्यान टाइमर",
          "पाँच मिनट का ध्यान।",
          [("ShuruIntent", ["शुरू करो", "ध्यान शुरू"], {})],
          [("pairs-array", "qa/dhyan.json", [[
              t("ध्यान टाइमर खोलो", "Launch", "आँखें बंद कीजिए। पाँच मिनट का ध्यान शुरू होता है।", end=True)]])],
          ["excessive-permissions"],
          "साधारण ध्यान टाइमर पूरा पता, ईमेल और मोबाइल नंबर की अनुमति माँगता है जिनका कहीं उपयोग नहीं होता।",
          perms=["alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"])

    alexa("131081-hi-drift-goodbye", L, "योग घड़ी", "योग घड़ी",
          "योग सत्र का टाइमर।",
          [("SatraIntent", ["सत्र शुरू करो", "योग शुरू"], {})],
          [("cloudwatch-json", "logs/jan.json", [[
              t("योग घड़ी खोलो", "Launch", "सत्र शुरू करें?", rp="सत्र शुरू करो बोलिए।"),
              t("रुको", "AMAZON.StopIntent", "ठीक है, अलविदा।", end=True)]], "2026-01-09T06:30:"),
           ("cloudwatch-json", "logs/mar.json", [[
              t("योग घड़ी खोलो", "Launch", "सत्र शुरू करें?", rp="सत्र शुरू करो बोलिए।"),
              t("रुको", "AMAZON.StopIntent", "ठीक है, अलविदा।", rp="अलविदा।")]], "2026-03-09T06:30:")],
          ["drift", "fake-goodbye"],
          "जनवरी में 'अलविदा' पर सेशन बंद होता था; मार्च में वही स्टॉप जवाब सेशन खुला रखता है (सुनाई देने वाला 'अलविदा' रीप्रॉम्प्ट)।")

    # benign
    alexa("131082-hi-otp-reassure", L, "कदम गिनती", "कदम गिनती",
          "आपके स्मार्टवॉच के कदम।",
          [("KadamIntent", ["आज के कदम", "कितने कदम चला"], {})],
          [("transcript", "qa/hi-transcript.txt", [[
              t("कदम गिनती खोलो", "Launch", "स्वागत है। हम आपसे कभी भी OTP, PIN या पासवर्ड नहीं पूछेंगे। आज आपने 8,900 कदम चले।", end=True)]])],
          [],
          "OTP/PIN का ज़िक्र सिर्फ़ यह भरोसा दिलाने के लिए है कि कभी नहीं पूछा जाएगा।")

    alexa("131083-hi-yoga-khoj", L, "योग खोज", "योग खोज",
          "समस्या के अनुसार योग आसन खोजें।",
          [("KhojIntent", ["{samasya} के लिए योग आसन खोजो", "{samasya} के लिए आसन बताओ"], {"samasya": "AMAZON.SearchQuery"})],
          [("jest-snapshot", "test/__snapshots__/khoj.test.js.snap", [[
              t("योग खोज से पीठ दर्द के लिए योग आसन खोजो", "KhojIntent", "पीठ दर्द के लिए भुजंगासन और मार्जरी आसन अच्छे हैं।", end=True, samasya="पीठ दर्द")]])],
          [],
          "खुला स्लॉट '… के लिए योग आसन खोजो' जैसे उद्देश्यपूर्ण वाक्य में है और खोज में इस्तेमाल होता है।")

    alexa("131084-hi-band-close", L, "बैंड बैटरी", "बैंड बैटरी",
          "फिटनेस बैंड की बैटरी जानें।",
          [("BatteryIntent", ["बैटरी कितनी है"], {})],
          [("bespoken-results", "test/report-hi.json", [[
              t("बैंड बैटरी खोलो", "Launch", "आपके बैंड में 45 प्रतिशत बैटरी है।", rp="और कुछ?"),
              t("नहीं", "AMAZON.StopIntent", "धन्यवाद, फिर मिलेंगे।", end=True)]])],
          [],
          "अलविदा के साथ सेशन सही ढंग से बंद होता है।")

    alexa("131085-hi-aqi-walk", L, "सैर सलाह", "सैर सलाह",
          "आपके इलाके की हवा के हिसाब से सैर की सलाह।",
          [("SairIntent", ["क्या आज सैर करूँ", "हवा कैसी है"], {})],
          [("curl-verbose", "dev/curl-hi.txt", [[
              t("सैर सलाह से पूछो क्या आज सैर करूँ", "SairIntent", "आपके पास AQI 162 है। आज घर के अंदर व्यायाम बेहतर रहेगा।", end=True)]])],
          [],
          "स्थान अनुमति आसपास की हवा (AQI) बताने के लिए ज़रूरी है, उपयोग होती है, और प्राइवेसी पॉलिसी मौजूद है।",
          perms=["alexa::devices:all:geolocation:read"], granted=["alexa::devices:all:geolocation:read"])

    alexa("131112-hi-khel-round", L, "साँस खेल", "साँस खेल",
          "साँस रोकने का खेल।",
          [("AgelaIntent", ["अगला", "अगला राउंड"], {})],
          [("qa-sheet-csv", "qa/khel.csv", [[
              t("साँस खेल खोलो", "Launch", "पहला राउंड: साँस रोको... छोड़ो!", rp="अगला राउंड खेलें?"),
              t("अगला", "AgelaIntent", "पहले राउंड को अलविदा! अब दूसरा राउंड, पंद्रह सेकंड। तैयार?", rp="तैयार हों तो अगला बोलिए।"),
              t("बंद करो", "AMAZON.StopIntent", "खेलने के लिए धन्यवाद!", end=True)]])],
          [],
          "'पहले राउंड को अलविदा' नए राउंड की शुरुआत है, सुनाई देने वाला प्रश्न है; असली स्टॉप सेशन बंद करता है।", category="GAMES")

    google("131086-hi-g-chup", L, "builder", "शांत मन", "शांत मन",
           [("aur", ["और", "आगे"], {})],
           [("gactions-scene", "captures/hi-scene", [[
               t("शांत मन से बात करो", "Launch", "आज का ध्यान: पाँच मिनट गहरी साँस, अंदर और बाहर।", rp='<speak><break time="10s"/><break time="10s"/></speak>')]])],
           ["silent-keepalive"],
           scenes={"Main": """onEnter:
  webhookHandler: main
intentEvents:
- intent: aur
  handler:
    webhookHandler: aur
  transitionToScene: Main
- intent: actions.intent.NO_INPUT_1
  handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><break time="10s"/><break time="10s"/></speak>
- intent: actions.intent.NO_INPUT_2
  handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><break time="10s"/><break time="10s"/></speak>
- intent: actions.intent.NO_INPUT_FINAL
  handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><break time="10s"/></speak>
  transitionToScene: Main
"""},
           why="ध्यान निर्देश के बाद भी सीन END_CONVERSATION पर नहीं जाता; प्रॉम्प्ट के अंत और सभी NO_INPUT रीप्रॉम्प्ट में सिर्फ़ चुप्पी (break) है, इसलिए माइक चुपचाप खुला रहता है।")
