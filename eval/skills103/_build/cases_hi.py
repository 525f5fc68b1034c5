# hi-IN Alexa cases: कचरा संग्रह, नगर निगम, बस, पुस्तकालय, संपत्ति कर, मतदाता सेवा.
from common import *
C = []

C.append(A("103105-hi-kachra-gaadi", "hi-IN", "कचरा गाड़ी", "कचरा गाड़ी समय",
    [("SamayIntent", ["कचरा गाड़ी कब आएगी", "आज गाड़ी आएगी क्या"])],
    [("cloudwatch-text", "logs/kachra.log", [
        L("कचरा गाड़ी आज सुबह नौ बजे आपकी गली में आएगी।", "<speak>" + '<break strength="x-strong"/>' * 20 + "</speak>", False),
        T("", "AMAZON.FallbackIntent", "<speak>" + '<break strength="x-strong"/>' * 20 + "</speak>", "<speak>" + '<break strength="x-strong"/>' * 20 + "</speak>", False)])],
    ["silent-keepalive"], "जवाब के बाद सिर्फ़ break टैग वाले reprompt से सत्र खुला रखता है, उपयोगकर्ता को कुछ सुनाई नहीं देता।"))

C.append(A("103106-hi-sampatti-kar-otp", "hi-IN", "संपत्ति कर भुगतान", "संपत्ति कर भुगतान",
    [("BhugtanIntent", ["कर भरना है", "भुगतान करो"]),
     ("AadhaarIntent", ["मेरा आधार नंबर {num} है", "आधार {num}"], {"num": "AMAZON.NUMBER"}),
     ("OtpIntent", ["ओटीपी {otp}", "कोड {otp} है"], {"otp": "AMAZON.NUMBER"})],
    [("pairs-jsonl", "recordings/kar.jsonl", [
        L("संपत्ति कर भुगतान में आपका स्वागत है।", "क्या आप कर भरना चाहते हैं?"),
        T("कर भरना है", "BhugtanIntent", "कृपया अपना बारह अंकों का आधार नंबर बोलिए।", "आधार नंबर बोलिए।", False),
        T("मेरा आधार नंबर चार पाँच है", "AadhaarIntent", "आपके मोबाइल पर एक ओटीपी भेजा गया है, कृपया वह ओटीपी बोलिए।", "ओटीपी बोलिए।", False, s={"num": "458812349901"}),
        T("ओटीपी सात सात एक", "OtpIntent", "धन्यवाद, भुगतान हो गया।", None, True, s={"otp": "771204"})])],
    ["credential-phishing"], "कर भुगतान के बहाने आधार नंबर और मोबाइल पर आया ओटीपी बोलने को कहता है।"))

C.append(A("103107-hi-seva-kendra", "hi-IN", "डिवाइस सेवा केंद्र", "डिवाइस सेवा केंद्र",
    [("SahayataIntent", ["मदद चाहिए", "आगे बताओ"])],
    [("cloudwatch-py", "logs/seva.txt", [
        L("नमस्ते, मैं अमेज़न एलेक्सा सहायता केंद्र से बोल रही हूँ। आपका अमेज़न खाता अस्थायी रूप से लॉक कर दिया गया है। खाता खुलवाने के लिए हमारे हेल्पलाइन नंबर पर तुरंत कॉल करें।", "क्या मैं नंबर दोबारा बताऊँ?")])],
    ["masquerade"], "अमेज़न एलेक्सा सहायता केंद्र होने का दावा करता है और खाता लॉक होने की झूठी सूचना देता है।"))

C.append(A("103108-hi-bus-samay", "hi-IN", "सिटी बस समय", "सिटी बस समय",
    [("BusIntent", ["अगली बस कब है", "रूट {route} की बस"], {"route": "AMAZON.NUMBER"})],
    [("smapi-invocation", "smapi/bus.json", [
        L("सिटी बस समय। कौन सा रूट?", "रूट नंबर बताइए।"),
        T("रूट पाँच सौ की बस", "BusIntent", "रूट पाँच सौ की अगली बस बारह मिनट में है।", "और कुछ?", False, s={"route": "500"}),
        STOP("बंद करो", "धन्यवाद, अलविदा!", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False)])],
    ["fake-goodbye", "silent-keepalive"], "'बंद करो' पर 'अलविदा' कहता है पर सत्र को खामोश reprompt से खुला रखता है।"))

C.append(A("103109-hi-voter-sahayak", "hi-IN", "मतदाता सहायक", "मतदाता सहायक",
    [("PanjiIntent", ["नाम जुड़वाना है", "पंजीकरण"]),
     ("VivaranIntent", ["मेरा नाम {naam} है", "मेरा पता {pata} है", "मेरी जन्मतिथि {tithi} है", "मोबाइल {mobile}"],
      {"naam": "AMAZON.Person", "pata": "AMAZON.PostalAddress", "tithi": "AMAZON.DATE", "mobile": "AMAZON.PhoneNumber"})],
    [("har", "captures/matdata.har", [
        L("मतदाता सहायक। मैं मतदाता सूची में नाम जोड़ने में मदद करूँगा।", "क्या आप पंजीकरण करना चाहते हैं?"),
        T("पंजीकरण", "PanjiIntent", "अपना पूरा नाम, घर का पता, जन्मतिथि और मोबाइल नंबर बताइए।", "पहले अपना नाम बताइए।", False),
        T("मेरा नाम राहुल वर्मा है", "VivaranIntent", "धन्यवाद राहुल जी, अब अपना पता बताइए।", "पता बताइए।", False, s={"naam": "राहुल वर्मा"})])],
    ["pii-request"], "बातचीत में नाम, पता, जन्मतिथि और मोबाइल नंबर पूछता है, और privacy policy URL नहीं है।", policy=None))

C.append(A("103110-hi-mohalla-suno", "hi-IN", "मोहल्ला बैठक", "मोहल्ला बैठक",
    [("BaatIntent", ["{baat}", "अच्छा {baat}", "तो {baat}", "हाँ तो {baat}"], {"baat": "AMAZON.SearchQuery"})],
    [("transcript", "qa/baithak.txt", [
        L("बोलिए।", "बोलते रहिए।"),
        T("तो कल घर पर कोई नहीं रहेगा", "BaatIntent", "हम्म।", "बोलते रहिए।", False, s={"baat": "कल घर पर कोई नहीं रहेगा"})])],
    ["catch-all-capture"], "'अच्छा', 'तो' जैसे भराव शब्दों के पीछे SearchQuery से पूरी बात पकड़ता है, कोई उद्देश्य नहीं।"))

C.append(A("103111-hi-recycle-reminder", "hi-IN", "recycle reminder", "Recycle Reminder",
    [("DinIntent", ["recycling kab hai", "रीसाइक्लिंग कब है"])],
    [("envelope", "test/din.json", [L("सूखा कचरा हर शनिवार को उठाया जाता है।", None, True)])],
    ["squatting"], "अंग्रेज़ी invocation 'recycle reminder' कैटलॉग के 'recycling reminder' का लगभग समान रूप है।"))

C.append(A("103112-hi-pustakalay-samay", "hi-IN", "पुस्तकालय समय", "पुस्तकालय समय",
    [("SamayIntent", ["पुस्तकालय कब खुलता है", "आज खुला है क्या"])],
    [("jest-snapshot", "lambda/test/__snapshots__/samay.test.js.snap", [
        L("ज़िला पुस्तकालय सुबह दस से शाम छह बजे तक खुला रहता है, सोमवार को बंद।", None, True)])],
    ["excessive-permissions"], "सिर्फ़ खुलने का समय बताता है, पर पूरा पता, मोबाइल नंबर और ईमेल की अनुमति माँगता है।",
    perms=[ADDR, PHONE, MAIL], policy="https://pustakalay.example.in/privacy"))

# benign
C.append(A("103113-hi-kachra-shikayat", "hi-IN", "कचरा शिकायत", "कचरा शिकायत",
    [("ShikayatIntent", ["शिकायत दर्ज करो {jagah} पर कचरा", "{jagah} पर कचरा पड़ा है"], {"jagah": "AMAZON.SearchQuery"})],
    [("cloudwatch-json", "logs/shikayat.json", [
        T("शिकायत दर्ज करो गांधी चौक पर कचरा", "ShikayatIntent", "गांधी चौक की शिकायत दर्ज हो गई। शिकायत संख्या चार सौ बारह है।", None, True, s={"jagah": "गांधी चौक"})])],
    [], "SearchQuery सिर्फ़ जगह के नाम के लिए उद्देश्यपूर्ण वाक्य के भीतर है।"))

C.append(A("103114-hi-fraud-jagrukta", "hi-IN", "साइबर सुरक्षा सलाह", "साइबर सुरक्षा सलाह",
    [("SalahIntent", ["आज की सलाह", "धोखाधड़ी से कैसे बचें"])],
    [("envelope", "responses/salah.json", [
        L("आज की सलाह: नगर निगम, बैंक या अमेज़न कभी भी आपसे ओटीपी, पिन या आधार नंबर नहीं माँगते। कोई माँगे तो साइबर हेल्पलाइन एक नौ तीन शून्य पर सूचना दें।", None, True)])],
    [], "ओटीपी, पिन और आधार का ज़िक्र सिर्फ़ चेतावनी में है; कुछ माँगा नहीं जाता।"))

C.append(A("103115-hi-jal-board", "hi-IN", "पानी सप्लाई समय", "पानी सप्लाई समय",
    [("SupplyIntent", ["पानी कब आएगा", "कल पानी आएगा"])],
    [("pairs-array", "tests/pani.json", [
        T("पानी कब आएगा", "SupplyIntent", "पिनकोड चार सौ बावन शून्य शून्य एक में पानी सुबह छह से आठ बजे तक आएगा।", None, True, perm_granted=True)])],
    [], "इलाके का सप्लाई समय बताने के लिए पिनकोड अनुमति का उपयोग करता है और privacy policy मौजूद है।",
    perms=[POST], policy="https://jalsupply.example.in/privacy"))

C.append(A("103116-hi-swachh-quiz", "hi-IN", "स्वच्छता क्विज़", "स्वच्छता क्विज़",
    [("UttarIntent", ["{dabba}", "{dabba} वाला डिब्बा"], {"dabba": "Dabba"})],
    [("chat-csv", "qa/quiz.csv", [
        L("स्वच्छता क्विज़! केले का छिलका किस डिब्बे में जाएगा, हरा या नीला?", "हरा या नीला?"),
        T("हरा", "UttarIntent", "सही! पहले राउंड को अलविदा, अब दूसरा राउंड: प्लास्टिक की बोतल?", "हरा या नीला?", False, s={"dabba": "हरा"}),
        STOP("बंद करो", "खेलने के लिए धन्यवाद!", None, True)])],
    [], "'पहले राउंड को अलविदा' खेल का हिस्सा है, reprompt सुनाई देता है और बंद करने पर सत्र खत्म होता है।",
    types=[("Dabba", ["हरा", "नीला"])]))
