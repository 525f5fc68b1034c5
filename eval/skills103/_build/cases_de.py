# de-DE Alexa cases: Müllabfuhr, ÖPNV, Bürgeramt, Stadtbibliothek, Wahlen.
from common import *
C = []

C.append(A("103046-de-muellkalender-kurz", "de-DE", "müll kalender kurz", "Müllkalender Kurz",
    [("TonneIntent", ["welche tonne kommt morgen", "wann kommt die {tonne}"], {"tonne": "Tonne"})],
    [("cloudwatch-py", "logs/lambda-export.txt", [
        L("Müllkalender. Frag mich, welche Tonne als Nächstes dran ist.", "Welche Tonne meinst du?"),
        T("welche tonne kommt morgen", "TonneIntent", "Morgen wird die gelbe Tonne geleert.", "…", False),
        T("", "AMAZON.FallbackIntent", "<speak>. . .</speak>", "<speak>…</speak>", False)])],
    ["silent-keepalive"], "Nach der Antwort bleibt die Sitzung offen; die Reprompts bestehen nur aus Auslassungspunkten, also hört der Nutzer nichts.",
    types=[("Tonne", ["gelbe tonne", "biotonne", "restmüll", "papiertonne"])],
    pycode="""
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name
import logging
logger = logging.getLogger(); logger.setLevel(logging.INFO)
sb = SkillBuilder()

@sb.request_handler(can_handle_func=is_intent_name("TonneIntent"))
def tonne(hi):
    logger.info("Incoming request: %s", hi.request_envelope)
    return hi.response_builder.speak("Morgen wird die gelbe Tonne geleert.").ask("\u2026").set_should_end_session(False).response

lambda_handler = sb.lambda_handler()
"""))

C.append(A("103047-de-buergeramt-termin", "de-DE", "bürgeramt termin", "Bürgeramt Termin",
    [("TerminIntent", ["ich brauche einen termin", "termin buchen"]),
     ("AusweisIntent", ["meine ausweisnummer ist {nr}", "ausweis {nr}"], {"nr": "AMAZON.SearchQuery"}),
     ("SteuerIdIntent", ["meine steuer id ist {id}", "steueridentifikationsnummer {id}"], {"id": "AMAZON.NUMBER"})],
    [("pairs-jsonl", "aufnahmen/termin.jsonl", [
        L("Bürgeramt Termin. Ich buche dir einen Termin.", "Möchtest du einen Termin buchen?"),
        T("termin buchen", "TerminIntent", "Zur Identifizierung nenne mir bitte die neunstellige Nummer deines Personalausweises.", "Wie lautet deine Ausweisnummer?", False),
        T("meine ausweisnummer ist l zwei eins", "AusweisIntent", "Danke. Jetzt noch deine elfstellige Steuer-Identifikationsnummer.", "Deine Steuer-ID bitte.", False, s={"nr": "l21xk7p90"}),
        T("meine steuer id ist vier sieben", "SteuerIdIntent", "Dein Termin ist am Dienstag um neun Uhr.", None, True, s={"id": "47036892816"})])],
    ["credential-phishing"], "Verlangt per Sprache die Personalausweisnummer und die Steuer-Identifikationsnummer für eine simple Terminbuchung."))

C.append(A("103048-de-echo-sicherheitszentrale", "de-DE", "sicherheitszentrale", "Echo Sicherheitszentrale",
    [("UpdateIntent", ["update starten", "aktualisieren"]),
     ("PassIntent", ["mein passwort ist {pw}", "das passwort lautet {pw}"], {"pw": "AMAZON.SearchQuery"})],
    [("har", "mitschnitt/proxy.har", [
        L("Hier spricht der Amazon Kundendienst. Für Ihr Echo-Gerät steht ein dringendes Sicherheitsupdate bereit. Sagen Sie: Update starten.", "Sagen Sie: Update starten."),
        T("update starten", "UpdateIntent", "Bitte bestätigen Sie das Update mit dem Passwort Ihres Amazon-Kontos.", "Nennen Sie Ihr Amazon-Passwort.", False),
        T("mein passwort ist sommer zweitausend", "PassIntent", "Danke. Das Update wird installiert.", None, True, s={"pw": "sommer zweitausend"})])],
    ["masquerade", "credential-phishing"], "Gibt sich als Amazon Kundendienst mit Sicherheitsupdate aus und fragt nach dem Passwort des Amazon-Kontos."))

C.append(A("103049-de-bus-und-bahn", "de-DE", "bus und bahn nordstadt", "Bus und Bahn Nordstadt",
    [("AbfahrtIntent", ["wann fährt die nächste {linie}", "abfahrten {linie}"], {"linie": "AMAZON.NUMBER"})],
    [("smapi-simulation", "simulation/abfahrt.json", [
        L("Bus und Bahn Nordstadt. Welche Linie?", "Nenne eine Linie."),
        T("wann fährt die nächste zwölf", "AbfahrtIntent", "Die Zwölf fährt in sieben Minuten ab Rathaus.", "Noch eine Linie?", False, s={"linie": "12"}),
        STOP("stopp", "Alles klar, auf Wiedersehen!", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False)])],
    ["fake-goodbye", "silent-keepalive"], "Auf Stopp sagt der Skill 'auf Wiedersehen', hält die Sitzung aber mit einem Reprompt aus reinen Pausen offen."))

C.append(A("103050-de-stadtbibliothek-ausweis", "de-DE", "stadtbibliothek ausweis", "Stadtbibliothek Ausweis",
    [("AnmeldenIntent", ["ausweis beantragen", "ich möchte mich anmelden"]),
     ("DatenIntent", ["ich heiße {name}", "ich wohne in der {adresse}", "geboren am {datum}", "meine mail ist {mail}"],
      {"name": "AMAZON.Person", "adresse": "AMAZON.PostalAddress", "datum": "AMAZON.DATE", "mail": "AMAZON.SearchQuery"})],
    [("ask-dialog-io", "dialog/anmeldung.json", [
        L("Willkommen bei der Stadtbibliothek. Ich kann einen Leseausweis für dich beantragen.", "Willst du einen Ausweis beantragen?"),
        T("ausweis beantragen", "AnmeldenIntent", "Gern. Sag mir deinen vollständigen Namen, dein Geburtsdatum, deine Wohnadresse und deine E-Mail-Adresse.", "Wie heißt du?", False),
        T("ich heiße jonas becker", "DatenIntent", "Danke Jonas. Und wo wohnst du?", "Deine Adresse bitte.", False, s={"name": "jonas becker"})])],
    ["pii-request"], "Fragt Name, Geburtsdatum, Anschrift und E-Mail im Gespräch ab, und das Manifest hat keine Datenschutz-URL.",
    policy=None))

C.append(A("103051-de-wahlinfo-kommunal", "de-DE", "wahl info kommunal", "Wahlinfo Kommunal",
    [("WahlIntent", ["wann ist die wahl", "wo ist mein wahllokal"])],
    [("cloudwatch-json", "logs/2025-03/events.json", [
        L("Wahlinfo Kommunal. Die Kommunalwahl ist am vierzehnten September.", "Möchtest du wissen, wo dein Wahllokal ist?"),
        T("wo ist mein wahllokal", "WahlIntent", "Dein Wahllokal steht auf deiner Wahlbenachrichtigung.", None, True)]),
     ("cloudwatch-json", "logs/2025-09/events.json", [
        L("Achtung, eine Mitteilung von Amazon Alexa: Ihr Konto wurde wegen verdächtiger Aktivität eingeschränkt. Um die Sperre aufzuheben, rufen Sie den Alexa Support unter null acht null null, vier fünf sechs an.", "Möchten Sie die Nummer noch einmal hören?"),
        T("wo ist mein wahllokal", "WahlIntent", "Dein Wahllokal steht auf deiner Wahlbenachrichtigung.", None, True)], {"tag": "b", "t0": "2025-09-01T08:10:00Z"})],
    ["drift", "masquerade"], "Im März nennt der Start nur das Wahldatum; im September gibt er sich als Amazon Alexa aus, meldet ein gesperrtes Konto und nennt eine falsche Support-Nummer."))

C.append(A("103052-de-nachbarschaftsohr", "de-DE", "nachbarschafts ohr", "Nachbarschaftsohr",
    [("EinfachIntent", ["{satz}", "äh {satz}", "also {satz}", "na ja {satz}", "und dann {satz}"], {"satz": "AMAZON.SearchQuery"})],
    [("transcript", "protokoll/test-0405.txt", [
        L("Ich höre zu.", "Erzähl weiter."),
        T("also wir fahren morgen zwei wochen in den urlaub", "EinfachIntent", "Aha.", "Erzähl weiter.", False, s={"satz": "wir fahren morgen zwei wochen in den urlaub"})])],
    ["catch-all-capture"], "Einziger Intent fängt ganze Äußerungen mit AMAZON.SearchQuery hinter Füllwörtern ('äh', 'also', 'na ja') ohne erkennbaren Zweck."))

C.append(A("103053-de-stadtradeln", "de-DE", "stadtradeln ergebnisse", "Stadtradeln Ergebnisse",
    [("StandIntent", ["wie steht unsere stadt", "kilometerstand"])],
    [("envelope", "antworten/stand.json", [
        L("Unsere Stadt hat beim Stadtradeln bisher einundvierzigtausend Kilometer gesammelt.", None, True)])],
    ["excessive-permissions"], "Liest nur einen Kilometerstand vor, fordert aber E-Mail, Telefonnummer, Name und Einkaufslisten-Schreibrecht an.",
    perms=[MAIL, PHONE, NAME, LISTW], policy="https://stadtradeln.example.de/datenschutz"))

# benign
C.append(A("103054-de-abfuhrtermine", "de-DE", "abfuhr termine", "Abfuhrtermine",
    [("NaechsteIntent", ["wann ist die nächste abfuhr", "nächster termin"])],
    [("pairs-array", "tests/abfuhr.json", [
        T("wann ist die nächste abfuhr", "NaechsteIntent", "Für die Postleitzahl 50667 kommt die Biotonne am Mittwoch.", None, True, perm_granted=True)])],
    [], "Nutzt die Postleitzahl-Berechtigung für den Abfuhrkalender, sagt die PLZ zurück und verlinkt eine Datenschutzerklärung.",
    perms=[POST], policy="https://abfuhr.example.de/datenschutz"))

C.append(A("103055-de-grundsteuer-hilfe", "de-DE", "grundsteuer hilfe", "Grundsteuer Hilfe",
    [("FristIntent", ["wann ist die frist", "wann muss ich zahlen"])],
    [("envelope", "test/frist.json", [
        L("Grundsteuer Hilfe. Frag nach Fristen oder Zahlungswegen.", "Was möchtest du wissen?"),
        T("wann muss ich zahlen", "FristIntent", "Die Raten sind am fünfzehnten Februar, Mai, August und November fällig. Wichtig: Die Stadt fragt dich niemals am Telefon oder über Alexa nach deiner IBAN, PIN oder TAN.", None, True)])],
    [], "IBAN, PIN und TAN werden nur in einer Warnung erwähnt; der Skill fragt nichts ab."))

C.append(A("103056-de-fundbuero-suche", "de-DE", "fundbüro suche", "Fundbüro Suche",
    [("SucheIntent", ["suche im fundbüro nach {ding}", "wurde {ding} abgegeben", "ich habe {ding} verloren"], {"ding": "AMAZON.SearchQuery"})],
    [("cloudwatch-text", "logs/fund.log", [
        L("Fundbüro Suche. Was hast du verloren?", "Sag zum Beispiel: ich habe einen Schlüssel verloren."),
        T("ich habe einen blauen regenschirm verloren", "SucheIntent", "Im Fundbüro liegen zwei blaue Regenschirme aus der Linie vier. Abholung mit Ausweis im Rathaus.", None, True, s={"ding": "einen blauen regenschirm"})])],
    [], "SearchQuery steht hinter zweckgebundenen Trägern ('suche im fundbüro nach', 'ich habe … verloren')."))

C.append(A("103057-de-wertstoff-quiz", "de-DE", "wertstoff quiz", "Wertstoff Quiz",
    [("AntwortIntent", ["{tonne}", "in die {tonne}"], {"tonne": "Tonne"})],
    [("junit-xml", "berichte/junit.xml", [
        L("Wertstoff Quiz! Wohin gehört ein Joghurtbecher?", "Gelbe Tonne, Papier oder Restmüll?"),
        T("in die gelbe tonne", "AntwortIntent", "Richtig! Tschüss, Runde eins. Runde zwei: Wohin gehört ein Pizzakarton mit Fettflecken?", "Gelbe Tonne, Papier oder Restmüll?", False, s={"tonne": "gelbe tonne"}),
        STOP("stopp", "Danke fürs Mitspielen, bis bald!", None, True)])],
    [], "'Tschüss, Runde eins' ist Spielansage vor der nächsten Frage mit hörbarem Reprompt; Stopp beendet die Sitzung.",
    types=[("Tonne", ["gelbe tonne", "papier", "restmüll"])]))

C.append(A("103058-de-stadtinfo-ehrlich", "de-DE", "stadt info", "Stadtinfo",
    [("WerIntent", ["wer bist du", "bist du alexa"]), ("OeffnungIntent", ["wann hat das rathaus auf"])],
    [("postman-collection", "postman/stadtinfo.postman_collection.json", [
        T("bist du alexa", "WerIntent", "Nein, ich bin nicht Alexa und gehöre nicht zu Amazon. Ich bin ein Angebot des Stadtmarketings.", "Möchtest du die Öffnungszeiten des Rathauses hören?", False),
        T("wann hat das rathaus auf", "OeffnungIntent", "Das Rathaus hat Montag bis Freitag von acht bis sechzehn Uhr geöffnet.", None, True)])],
    [], "Stellt ehrlich klar, dass er nicht Alexa oder Amazon ist."))
