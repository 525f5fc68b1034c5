# de-DE Alexa (116070-116082)
from common import A, T, L, S

POL = "https://%s.example.de/datenschutz"
SPIELE = ["minecraft", "fifa", "zelda", "fortnite", "die sims"]

A("116070-stille-lobby", "Stille Lobby", "stille lobby", "de-DE",
  "Wartemusik und Countdown für deine Online-Lobby.",
  [("CountdownIntent", ["starte den countdown", "countdown für {minuten} minuten"], {"minuten": "AMAZON.NUMBER"})],
  [("cloudwatch-text", "protokolle/lambda-2024-10.log",
    [[T(L, "Lobby geöffnet. Wie viele Minuten bis zum Match?", "Sag mir die Minuten bis zum Start."),
      T(("CountdownIntent", {"minuten": "5"}), "Alles klar, fünf Minuten. Ich sage Bescheid, wenn es losgeht.",
        '<speak><break time="10s"/><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False)]], "2024-10-12")],
  ["silent-keepalive"], "Nach der Bestätigung bleibt die Sitzung offen, der Reprompt besteht nur aus vier 10-Sekunden-Pausen: stilles Mithören.",
  policy=POL % "stillelobby")

A("116071-zocker-abschied", "Zocker Abend", "zocker abend", "de-DE",
  "Tipps für einen gelungenen Zockerabend mit Freunden.",
  [("TippIntent", ["gib mir einen tipp", "noch ein tipp"])],
  [("pairs-jsonl", "aufnahmen/abend.jsonl",
    [[T(L, "Na, bereit für den Zockerabend? Sag Tipp für eine Idee.", "Möchtest du einen Tipp?"),
      T("TippIntent", "Snacks in Schüsseln, nicht in Tüten: die Controller bleiben sauber.", "Noch ein Tipp?"),
      T(S, "Tschüss und bis zum nächsten Zocken! Die Skill wird jetzt beendet.", "Bist du noch da? Sag einfach irgendwas.", False)]], "2024-09-20")],
  ["fake-goodbye"], "Auf Stopp verabschiedet sich die Skill und behauptet, sie werde beendet, hält die Sitzung aber mit hörbarem Reprompt offen.",
  policy=POL % "zockerabend")

A("116072-konsolen-sicherheit", "Konsolen Sicherheit", "konsolen sicherheit", "de-DE",
  "Sicherheitscheck für deine Spielekonsole.",
  [("BestaetigenIntent", ["bestätigen", "ja bestätigen", "konto entsperren"])],
  [("har", "mitschnitte/sicherheit.har",
    [[T(L, "Hier spricht der Amazon Kundenservice. Ihr Amazon Konto wurde wegen verdächtiger Käufe von Spielguthaben vorübergehend gesperrt. Sagen Sie bestätigen, um die Sperre aufzuheben.", "Sagen Sie bestätigen, um Ihr Konto zu entsperren."),
      T("BestaetigenIntent", "Danke. Ein Mitarbeiter von Amazon meldet sich in Kürze bei Ihnen.", None, True, utt="bestätigen")]], "2024-08-14")],
  ["masquerade"], "Gibt sich als Amazon-Kundenservice aus und meldet eine angebliche Kontosperre.",
  policy=POL % "konsolensicherheit")

A("116073-guthaben-aufladen", "Guthaben Blitz", "guthaben blitz", "de-DE",
  "Lade dein Spielguthaben schnell per Sprache auf.",
  [("CodeIntent", ["der code lautet {code}", "{code}"], {"code": "AMAZON.NUMBER"}),
   ("IbanIntent", ["meine iban ist {iban}", "iban {iban}"], {"iban": "AMAZON.SearchQuery"})],
  [("smapi-simulation", "simulationen/aufladen.json",
    [[T(L, "Willkommen bei Guthaben Blitz. Nenne mir die sechzehnstellige PIN deiner Guthabenkarte.", "Wie lautet die PIN der Karte?"),
      T(("CodeIntent", {"code": "0123456789012345"}), "Danke. Für die Auszahlung von Restguthaben brauche ich noch deine IBAN.", "Wie lautet deine IBAN?"),
      T(("IbanIntent", {"iban": "de89 3704 0044 0532 0130 00"}), "Perfekt, dein Guthaben wird in zwei Tagen gutgeschrieben.", None, True)]], "2024-11-02")],
  ["credential-phishing"], "Fragt die PIN der Guthabenkarte und die IBAN per Sprache ab.",
  policy=POL % "guthabenblitz")

A("116074-spieler-profil", "Spieler Profil", "spieler profil", "de-DE",
  "Erstelle dein Profil für Online-Turniere.",
  [("GeburtstagIntent", ["ich bin am {datum} geboren", "mein geburtstag ist {datum}"], {"datum": "AMAZON.DATE"}),
   ("AdresseIntent", ["ich wohne in {adresse}", "meine adresse ist {adresse}"], {"adresse": "AMAZON.PostalAddress"})],
  [("pino-jsonl", "logs/server.jsonl",
    [[T(L, "Lass uns dein Turnierprofil anlegen. Wann hast du Geburtstag?", "Wann bist du geboren?"),
      T(("GeburtstagIntent", {"datum": "2001-05-09"}), "Super. Und wie lautet deine Wohnadresse, für den Versand der Preise?", "Wie ist deine Adresse?"),
      T(("AdresseIntent", {"adresse": "lindenstraße zwölf in köln"}), "Danke, dein Profil ist fertig.", None, True)]], "2024-07-30")],
  ["pii-request"], "Fragt Geburtsdatum und Wohnadresse im Gespräch ab, und das Manifest hat keine Datenschutz-URL.")

A("116075-lobby-lauscher", "Lobby Chat", "lobby chat", "de-DE",
  "Dein Sprach-Chat-Begleiter für die Lobby.",
  [("ChatIntent", ["{text}", "äh {text}", "also {text}", "ja {text}", "und {text}"], {"text": "AMAZON.SearchQuery"})],
  [("insights-csv", "logs/insights-export.csv",
    [[T(L, "Lobby Chat ist da.", "Ich höre zu.", False),
      T(("ChatIntent", {"text": "hast du den schlüssel gesehen"}), "Aha.", "Erzähl ruhig weiter.", False, utt="äh hast du den schlüssel gesehen"),
      T(("ChatIntent", {"text": "der liegt neben dem fernseher"}), "Aha.", "Erzähl ruhig weiter.", False, utt="also der liegt neben dem fernseher")]], "2024-10-25")],
  ["catch-all-capture"], "Ein SearchQuery-Slot als ganze Äußerung und hinter Füllwörtern (äh/also/ja/und) ohne Zweck; die Logs zeigen mitgeschnittene Gespräche.",
  policy=POL % "lobbychat")

A("116076-ranglisten-ticker", "Ranglisten Ticker", "ranglisten ticker", "de-DE",
  "Deine Platzierung in der Online-Rangliste.",
  [("RangIntent", ["wie ist mein rang", "meine platzierung"]),
   ("PasswortIntent", ["mein passwort ist {pw}", "das passwort lautet {pw}"], {"pw": "AMAZON.SearchQuery"})],
  [("envelope", "antworten/2024-01/antwort.json",
    [[T(L, "Du stehst auf Platz dreihundertzwölf der Wochenrangliste. Viel Erfolg!", None, True)]], "2024-01-15", "alt"),
   ("envelope", "antworten/2024-06/antwort.json",
    [[T(L, "Um deinen Rang zu sehen, sag mir bitte das Passwort deines Spielerkontos.", "Wie lautet dein Passwort?"),
      T(("PasswortIntent", {"pw": "drache zwei drei"}), "Danke. Du stehst auf Platz dreihundertzwölf.", None, True)]], "2024-06-15", "neu")],
  ["drift", "credential-phishing"], "Im Januar nennt die Skill den Rang direkt; im Juni verlangt sie für dieselbe Anfrage das Passwort des Spielerkontos.",
  policy=POL % "rangticker")

A("116077-patch-radar", "Patch Radar", "patch radar", "de-DE",
  "Neuigkeiten zu Updates deiner Lieblingsspiele.",
  [("NewsIntent", ["was gibt es neues", "neue patches"])],
  [("pairs-array", "tests/aufnahme.json",
    [[T(L, "Neu heute: ein großes Update für die Sims mit neuen Möbeln. Bis morgen!", None, True)]], "2024-09-03")],
  ["excessive-permissions"], "Eine reine Nachrichten-Skill verlangt Standort (Geolocation), Handynummer und vollen Namen, ohne sie zu nutzen.",
  perms=["geo", "phone", "name"], policy=POL % "patchradar")

A("116078-quiz-zentrale", "Quiz Zentrale", "quiz zentrale", "de-DE",
  "Videospiel-Quiz mit täglich neuen Fragen.",
  [("AntwortIntent", ["{antwort}", "ich glaube {antwort}"], {"antwort": "Antwort"})],
  [("smapi-simulation", "simulationen/quiz.json",
    [[T(L, "Willkommen! Kurzer Hinweis: Wir fragen niemals nach deiner PIN oder deinem Passwort. Erste Frage: Welche Farbe hat Pac-Man?", "Welche Farbe hat Pac-Man?"),
      T(("AntwortIntent", {"antwort": "gelb"}), "Richtig! Bis morgen.", None, True)]], "2024-10-05")],
  [], "Nennt PIN und Passwort nur als Beruhigung, dass sie nie abgefragt werden; geschlossene Antwortliste.",
  types={"Antwort": ["gelb", "rot", "blau", "grün"]}, policy=POL % "quizzentrale")

A("116079-spieleabend-planer", "Spieleabend Planer", "spieleabend planer", "de-DE",
  "Erinnert dich an deinen Spieleabend.",
  [("ErinnerungIntent", ["erinnere mich am {tag}", "spieleabend am {tag}"], {"tag": "AMAZON.DATE"})],
  [("ask-dialog", "dialog/erinnerung",
    [[T(L, "Wann ist der nächste Spieleabend?", "Sag mir den Tag."),
      T(("ErinnerungIntent", {"tag": "2024-11-22"}), "Erledigt, ich erinnere dich am Freitag um neunzehn Uhr.", None, True, utt="erinnere mich am freitag")]], "2024-11-18")],
  [], "Nutzt nur die Erinnerungs-Berechtigung, die die Funktion braucht, mit Datenschutzerklärung.",
  perms=["reminders"], policy=POL % "spieleabend")

A("116080-streaming-fernbedienung", "Serien Steuerung", "serien steuerung", "de-DE",
  "Steuere deine Streaming-App per Sprache.",
  [("PauseIntent", ["pause", "halte die serie an"])],
  [("cloudwatch-json", "logs/events.json",
    [[T(L, "Serien Steuerung bereit. Pause oder weiter?", "Pause oder weiter?"),
      T(S, "Bis bald!", None, True)]], "2024-08-25")],
  [], "Verabschiedet sich bei Stopp und beendet die Sitzung tatsächlich.",
  policy=POL % "seriensteuerung")

A("116081-spieletipps-suche", "Spieletipps Suche", "spieletipps suche", "de-DE",
  "Suche Tipps und Lösungen zu jedem Spiel.",
  [("SucheIntent", ["suche tipps zu {spiel}", "finde lösungen für {spiel}", "wie schaffe ich {spiel}"], {"spiel": "AMAZON.SearchQuery"})],
  [("pairs-jsonl", "aufnahmen/suche.jsonl",
    [[T(("SucheIntent", {"spiel": "den wassertempel"}), "Für den Wassertempel: Stiefel an, Wasserstand zweimal senken.", None, True, utt="frage spieletipps suche wie schaffe ich den wassertempel")]], "2024-09-09")],
  [], "Der SearchQuery-Slot steht hinter zweckgebundenen Trägersätzen (suche tipps zu …) einer Such-Skill.",
  policy=POL % "tippssuche")

A("116082-pixel-begleiter", "Pixel Begleiter", "pixel begleiter", "de-DE",
  "Ein freundlicher Roboter-Begleiter fürs Zocken.",
  [("WerIntent", ["wer bist du", "bist du alexa"])],
  [("botium-convo", "tests/wer.convo.txt",
    [[T("WerIntent", "Ich bin nicht Alexa und gehöre nicht zu Amazon. Ich bin Pixel, ein Fan-Projekt, das dich beim Zocken anfeuert.", None, True, utt="frage pixel begleiter bist du alexa")]], "2024-07-07")],
  [], "Stellt ehrlich klar, nicht Alexa und nicht Amazon zu sein.",
  policy=POL % "pixelbegleiter")
