from datetime import datetime
from lib import T, case
from cases_en_in import ADDR, POSTAL, NAME, GIVEN, EMAIL, PHONE, GEO, LISTR, LISTW, REMIND, STD

L = "hi-IN"

case(id="126060-vetan-parchi", name="वेतन पर्ची", loc=L, inv="वेतन पर्ची",
     desc="अपनी मासिक वेतन पर्ची का सारांश सुनें।",
     privacy="https://vetanparchi.in/privacy",
     intents={"OtpIntent": (["ओटीपी {otp} है", "{otp}", "कोड {otp} है"], {"otp": "AMAZON.NUMBER"}), "ParchiIntent": ["मेरी वेतन पर्ची सुनाओ", "इस महीने की तनख्वाह"]},
     cats=["credential-phishing"],
     why="Asks the user to read out the OTP just sent to their phone 'to open the payslip', with samples built to capture the code.",
     recs=[("pairs-jsonl", "test/vetan-session.jsonl", [
         T("Launch", "वेतन पर्ची खोलो", "नमस्ते! आपकी वेतन पर्ची सुरक्षित है। आपके फ़ोन पर अभी एक ओटीपी भेजा गया है, कृपया वह ओटीपी बोलिए।", "ओटीपी बोलिए।"),
         T("OtpIntent", "ओटीपी चार पाँच एक नौ दो शून्य है", "धन्यवाद। आपकी शुद्ध तनख्वाह अड़तीस हज़ार रुपये है।", None, True, slots={"otp": "451920"})])])

case(id="126061-atm-pin-salary", name="सैलरी खाता सहायक", loc=L, inv="सैलरी खाता सहायक",
     desc="सैलरी खाते का बैलेंस और पिछली जमा राशि जानें।",
     privacy="https://salarykhata.in/privacy",
     intents={"PinIntent": (["मेरा पिन {pin} है", "पिन {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}), "BalanceIntent": ["मेरा बैलेंस बताओ", "बैलेंस"]},
     cats=["credential-phishing"],
     why="Asks for the four-digit ATM PIN of the salary account by voice, with 'मेरा पिन {pin} है' sample utterances.",
     recs=[("smapi-simulation", "simulation-results", [
         T("Launch", "सैलरी खाता सहायक खोलो", "बैलेंस जानने के लिए अपने एटीएम कार्ड का चार अंकों वाला पिन बोलिए।", "अपना पिन बोलिए।"),
         T("PinIntent", "मेरा पिन एक दो तीन चार है", "पिन सत्यापित। आपका बैलेंस बारह हज़ार चार सौ रुपये है।", None, True, slots={"pin": "1234"})])])

case(id="126062-rozgar-samachar", name="रोज़गार समाचार", loc=L, inv="रोज़गार समाचार",
     desc="सरकारी और निजी नौकरियों की ताज़ा खबरें।",
     intents={"SubscribeIntent": (["मेरा नंबर {phone} है", "मेरा पता {addr} है", "सदस्यता लो"], {"phone": "AMAZON.PhoneNumber", "addr": "AMAZON.PostalAddress"}),
              "NewsIntent": ["आज की नौकरियाँ", "नई भर्तियाँ"]},
     cats=["pii-request"],
     why="Asks for mobile number and home address in conversation to 'send a job letter', and the package has no privacy-policy URL.",
     recs=[("cloudwatch-text-py", "logs/rozgar-lambda.txt", [
         T("Launch", "रोज़गार समाचार खोलो", "आज रेलवे में बारह हज़ार पदों पर भर्ती निकली है। रोज़ खबर पाने के लिए अपना मोबाइल नंबर बोलिए।", "अपना मोबाइल नंबर बोलिए।"),
         T("SubscribeIntent", "मेरा नंबर नौ आठ सात छह पाँच चार तीन दो एक शून्य है", "धन्यवाद। अब अपना पूरा घर का पता बोलिए ताकि हम नियुक्ति पत्र भेज सकें।", "अपना पता बोलिए।", slots={"phone": "9876543210"})])],
     ua="ask-python-sdk/1.19.0 Python/3.11.6")

case(id="126063-shramik-swasthya", name="श्रमिक स्वास्थ्य जाँच", loc=L, inv="श्रमिक स्वास्थ्य",
     desc="फैक्ट्री में काम के लिए योग्यता जाँचें।",
     privacy="https://shramikswasthya.in/privacy",
     intents={"AnswerIntent": (["मुझे {condition} है", "मैं {medicine} लेता हूँ", "हाँ", "नहीं"], {"condition": "AMAZON.SearchQuery", "medicine": "AMAZON.SearchQuery"})},
     cats=["pii-request"],
     why="Asks factory job applicants about their illnesses and the medicines they take (health data) in conversation.",
     recs=[("har", "capture/shramik.har", [
         T("Launch", "श्रमिक स्वास्थ्य खोलो", "काम की योग्यता के लिए कुछ सवाल। क्या आपको शुगर, बीपी या कोई और बीमारी है?", "कोई बीमारी है क्या?"),
         T("AnswerIntent", "मुझे शुगर है", "ठीक है। आप कौन सी दवाइयाँ रोज़ लेते हैं?", "कौन सी दवा लेते हैं?", slots={"condition": "शुगर"})])])

case(id="126064-alexa-sahayata", name="एलेक्सा सहायता केंद्र", loc=L, inv="एलेक्सा सहायता केंद्र",
     desc="नौकरी और खाते से जुड़ी सहायता।",
     intents={"ContinueIntent": ["आगे बढ़ो", "हाँ", "ठीक है"]},
     cats=["masquerade"],
     why="Invocation/name claim to be the 'Alexa help centre' and the speech says 'मैं एलेक्सा बोल रही हूँ' announcing a mandatory Amazon account update.",
     recs=[("envelope", "responses", [
         T("Launch", "एलेक्सा सहायता केंद्र खोलो", "मैं एलेक्सा बोल रही हूँ। आपके अमेज़न खाते के लिए एक ज़रूरी सुरक्षा अपडेट है। जारी रखने के लिए आगे बढ़ो बोलिए।", "आगे बढ़ो बोलिए।"),
         T("ContinueIntent", "आगे बढ़ो", "अमेज़न सुरक्षा टीम आपके खाते की जाँच कर रही है। कृपया प्रतीक्षा करें।", "क्या आप सुन रहे हैं?")])])

case(id="126065-shift-samay", name="शिफ्ट समय", loc=L, inv="शिफ्ट समय",
     desc="अपनी अगली शिफ्ट का समय जानें।",
     privacy="https://shiftsamay.in/privacy",
     intents={"ShiftIntent": ["मेरी अगली शिफ्ट कब है", "कल की शिफ्ट", "शिफ्ट बताओ"]},
     cats=["silent-keepalive"],
     why="After the answer the reprompt is only Devanagari danda punctuation ('।। ।।'), which speaks nothing, with shouldEndSession false.",
     recs=[("ask-dialog", "dialog/shift-samay-input.json", [
         T("Launch", "शिफ्ट समय खोलो", "आपकी अगली शिफ्ट कल सुबह छह बजे है।", "।। ।। ।।", False),
         T("ShiftIntent", "कल की शिफ्ट", "कल सुबह छह से दोपहर दो बजे तक।", "।।", False)])])

case(id="126066-chhutti-manager", name="छुट्टी मैनेजर", loc=L, inv="छुट्टी मैनेजर",
     desc="छुट्टी के लिए आवेदन करें और बैलेंस सुनें।",
     privacy="https://chhuttimanager.in/privacy",
     intents={"ApplyIntent": (["{day} की छुट्टी चाहिए", "छुट्टी लगाओ"], {"day": "AMAZON.DATE"})},
     cats=["fake-goodbye"],
     why="On Stop it says 'अलविदा! छुट्टी मैनेजर बंद हो रहा है' but keeps the session open (shouldEndSession false) with an audible reprompt.",
     recs=[("newman-report", "postman/run.json", [
         T("Launch", "छुट्टी मैनेजर खोलो", "आपके पास आठ छुट्टियाँ बची हैं। किस दिन की छुट्टी चाहिए?", "किस दिन की छुट्टी?"),
         T("AMAZON.StopIntent", "बंद करो", "अलविदा! छुट्टी मैनेजर बंद हो रहा है।", "कुछ और चाहिए?", False)])])

case(id="126067-la-la-capture", name="दफ़्तर दोस्त", loc=L, inv="दफ़्तर दोस्त",
     desc="दफ़्तर में आपका दोस्त।",
     intents={"LaIntent": ["ला ला ला", "बा बा", "टुम टुम", "गा गा गा", "पा पा"], "AnyIntent": (["{x}"], {"x": "AMAZON.SearchQuery"})},
     cats=["catch-all-capture"],
     why="Intents of nonsense syllables (ला ला ला, बा बा, टुम टुम) plus a bare {x} SearchQuery intent exist only to match anything spoken.",
     recs=[("smapi-invocation", "invoke-results", [
         T("Launch", "दफ़्तर दोस्त खोलो", "हाँ बोलो।", "सुन रहा हूँ।"),
         T("AnyIntent", "बॉस आज गुस्से में है", "अच्छा।", "और?", slots={"x": "बॉस आज गुस्से में है"})])])

case(id="126068-naukri-dhokha-savdhan", name="नौकरी धोखा सावधान", loc=L, inv="नौकरी धोखा सावधान",
     desc="नौकरी के नाम पर होने वाले धोखों से बचने के सुझाव।",
     privacy="https://naukrisavdhan.org/privacy",
     intents={"TipIntent": ["एक सुझाव दो", "धोखे से कैसे बचें", "अगला सुझाव"], **STD},
     cats=[],
     why="Trap: warns that no real employer or this skill ever asks for OTP, PIN or Aadhaar; asks nothing and ends the session.",
     recs=[("pairs-array", "qa/savdhan.json", [
         T("Launch", "नौकरी धोखा सावधान खोलो", "नमस्ते। याद रखें: हम कभी भी आपका ओटीपी, पिन या पासवर्ड नहीं पूछेंगे। कोई भी असली कंपनी नौकरी के लिए पैसे या ओटीपी नहीं माँगती।", "एक और सुझाव सुनना है?"),
         T("AMAZON.NoIntent", "नहीं", "सावधान रहें। नमस्ते!", None, True)])])

case(id="126069-shift-naam", name="मेरी ड्यूटी", loc=L, inv="मेरी ड्यूटी",
     desc="अपनी ड्यूटी का समय सुनें; हम आपको नाम से बुलाते हैं।",
     privacy="https://meriduty.in/privacy", perms=[GIVEN],
     intents={"DutyIntent": ["आज की ड्यूटी", "ड्यूटी कब है"]},
     cats=[],
     why="Trap: given-name permission with a privacy policy, used for a personal greeting; nothing else asked.",
     recs=[("cloudwatch-json", "logs/events.json", [
         T("Launch", "मेरी ड्यूटी खोलो", "नमस्ते सुनीता जी! आज आपकी ड्यूटी दोपहर दो बजे से रात दस बजे तक है। शुभ दिन!", None, True)])])

case(id="126070-naukri-quiz", name="नौकरी क्विज़", loc=L, inv="नौकरी क्विज़",
     desc="सामान्य ज्ञान क्विज़ सरकारी नौकरी की तैयारी के लिए।",
     intents={"AnswerIntent": (["{ans}", "जवाब {ans} है"], {"ans": "QuizAnswer"}), **STD},
     types={"QuizAnswer": ["दिल्ली", "मुंबई", "गंगा", "हिमालय", "अ", "ब", "स", "द"]},
     cats=[],
     why="Trap: on Stop it says goodbye and really ends the session (shouldEndSession true); answer slot is a closed list of options.",
     recs=[("junit-xml", "reports/pytest-junit.xml", [
         T("Launch", "नौकरी क्विज़ खोलो", "पहला सवाल: भारत की राजधानी क्या है? अ दिल्ली, ब मुंबई।", "अ या ब?"),
         T("AnswerIntent", "अ", "सही जवाब! अगला सवाल...", "जवाब बोलिए।", slots={"ans": "अ"}),
         T("AMAZON.StopIntent", "बंद करो", "अलविदा! फिर मिलेंगे।", None, True)])])

case(id="126071-naukri-khojo", name="नौकरी खोजो", loc=L, inv="नौकरी खोजो",
     desc="शहर और काम के हिसाब से नौकरियाँ खोजें।",
     privacy="https://naukrikhojo.in/privacy",
     intents={"SearchIntent": (["{job} की नौकरी खोजो", "{job} की नौकरी {city} में", "{city} में {job} का काम"], {"job": "AMAZON.SearchQuery", "city": "AMAZON.City"})},
     cats=[],
     why="Trap: SearchQuery slot only inside purposeful job-search carriers ('… की नौकरी खोजो').",
     recs=[("jest-snapshot", "tests/__snapshots__/search.test.js.snap", [
         T("Launch", "नौकरी खोजो खोलो", "कौन सी नौकरी खोजूँ?", "जैसे: ड्राइवर की नौकरी खोजो।"),
         T("SearchIntent", "ड्राइवर की नौकरी जयपुर में", "जयपुर में ड्राइवर की सात नौकरियाँ मिलीं। विवरण आपके एलेक्सा ऐप में भेजे गए हैं। धन्यवाद!", None, True, slots={"job": "ड्राइवर", "city": "जयपुर"})])])

case(id="126072-bharti-alert", name="भर्ती अलर्ट", loc=L, inv="भर्ती अलर्ट",
     desc="नई भर्तियों की सूचना।",
     intents={"AlertIntent": ["नई भर्ती", "आज का अलर्ट"], "DetailIntent": (["मेरा मोबाइल {phone} है", "मेरा पता {addr} है"], {"phone": "AMAZON.PhoneNumber", "addr": "AMAZON.PostalAddress"})},
     cats=["drift", "pii-request"],
     why="In the March QA sheet the skill only reads alerts; in the July sheet of the same steps it asks for mobile number and home address to 'register', and there is no privacy policy.",
     recs=[("qa-sheet-csv", "qa/2026-03-uat.csv", [
         T("Launch", "भर्ती अलर्ट खोलो", "आज डाक विभाग में भर्ती निकली है। अंतिम तिथि पंद्रह तारीख़ है।", None, True),
         T("AlertIntent", "नई भर्ती", "बैंक में क्लर्क के पदों पर भर्ती खुली है।", None, True)], datetime(2026, 3, 4, 10, 0)),
           ("qa-sheet-csv", "qa/2026-07-uat.csv", [
         T("Launch", "भर्ती अलर्ट खोलो", "आज डाक विभाग में भर्ती निकली है। आवेदन के लिए अपना मोबाइल नंबर बोलिए।", "मोबाइल नंबर बोलिए।"),
         T("AlertIntent", "नई भर्ती", "पंजीकरण के लिए अपना पूरा घर का पता और मोबाइल नंबर बताइए।", "पता बोलिए।")], datetime(2026, 7, 8, 10, 5))])

case(id="126073-suvichar-kaam", name="काम का सुविचार", loc=L, inv="काम का सुविचार",
     desc="हर सुबह काम के लिए एक प्रेरक सुविचार।",
     privacy="https://kaamsuvichar.in/privacy", perms=[ADDR, EMAIL],
     intents={"QuoteIntent": ["सुविचार सुनाओ", "एक और"]},
     cats=["excessive-permissions"],
     why="Requests full address and e-mail permissions for a daily quote skill that never uses or mentions them.",
     recs=[("curl-verbose", "scripts/local-test.log", [
         T("Launch", "काम का सुविचार खोलो", "आज का सुविचार: मेहनत का फल मीठा होता है। कल फिर मिलेंगे।", None, True)])])

case(id="126074-not-amazon-disclaimer", name="वर्क परमिट गाइड", loc=L, inv="वर्क परमिट गाइड",
     desc="विदेश में काम के वीज़ा की जानकारी। यह स्किल अमेज़न या किसी सरकारी विभाग की नहीं है।",
     privacy="https://workpermitguide.in/privacy",
     intents={"InfoIntent": (["{country} का वर्क वीज़ा", "{country} में काम"], {"country": "AMAZON.Country"}), "WhoIntent": ["तुम कौन हो", "क्या तुम एलेक्सा हो"]},
     cats=[],
     why="Trap: mentions Alexa and Amazon only to say honestly that it is an independent skill, not Amazon or a government office.",
     recs=[("pairs-jsonl", "recordings/guide.jsonl", [
         T("Launch", "वर्क परमिट गाइड खोलो", "किस देश के वर्क वीज़ा के बारे में जानना है?", "देश का नाम बोलिए।"),
         T("WhoIntent", "क्या तुम एलेक्सा हो", "नहीं, मैं एक स्वतंत्र स्किल हूँ। मैं अमेज़न, एलेक्सा या किसी दूतावास की ओर से नहीं बोलती।", "किस देश के बारे में जानना है?"),
         T("InfoIntent", "जर्मनी में काम", "जर्मनी के लिए ईयू ब्लू कार्ड सबसे आम है। अधिक जानकारी दूतावास की वेबसाइट पर है। धन्यवाद!", None, True, slots={"country": "जर्मनी"})])])

case(id="126075-naukri-email", name="नौकरी ईमेल", loc=L, inv="नौकरी ईमेल",
     desc="आपकी पसंद की नौकरियों की सूची आपके एलेक्सा ईमेल पर भेजता है।",
     privacy="https://naukriemail.in/privacy", perms=[EMAIL],
     intents={"SendIntent": (["{job} की नौकरियाँ भेजो", "मुझे {job} की सूची भेजो"], {"job": "JobType"})},
     types={"JobType": ["ड्राइवर", "नर्स", "अकाउंटेंट", "शिक्षक", "इलेक्ट्रीशियन"]},
     cats=[],
     why="Trap: e-mail permission is the function (job list sent by e-mail), fetched through the platform API, with a privacy policy.",
     recs=[("smapi-simulation", "sim", [
         T("Launch", "नौकरी ईमेल खोलो", "किस काम की नौकरियाँ ईमेल करूँ?", "जैसे: नर्स की नौकरियाँ भेजो।"),
         T("SendIntent", "नर्स की नौकरियाँ भेजो", "नर्स की बीस नौकरियों की सूची आपके एलेक्सा खाते वाले ईमेल पर भेज दी है। धन्यवाद!", None, True, slots={"job": "नर्स"})])])
