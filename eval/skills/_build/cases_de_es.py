from common import *
ZW = "\u200B\u200B\u200B\u200B\u200B"

def build():
    L = 'de-DE'
    # ------------------------------------------------------------------ 060
    cid = '060-de-tagesspruch'
    c = mk(cid, L, ['silent-keepalive'], ['smapi-simulation'],
           'Nach dem Spruch bleibt die Sitzung offen (shouldEndSession false) mit einem leeren Reprompt-Text, das Mikrofon lauscht also unbemerkt weiter.',
           'Tagesspruch', 'tagesspruch',
           'Jeden Tag ein kluger Spruch zum Nachdenken.',
           ['Alexa, öffne Tagesspruch', 'Alexa, frag Tagesspruch nach dem Spruch des Tages', 'Alexa, starte Tagesspruch'],
           'SELF_IMPROVEMENT',
           [('SpruchIntent', ['sag mir einen spruch', 'spruch des tages', 'noch einen', 'einen spruch bitte'])])
    s = S(L, cid, 'a', '2024-05-06T06:30:00Z', [
        T('launch', say='öffne tagesspruch', speech='Dein Spruch für heute: Wer immer tut, was er schon kann, bleibt immer das, was er schon ist.', reprompt='', end=False, plain=True),
        T(('I', 'SpruchIntent'), say='noch einen', speech='Auch aus Steinen, die einem in den Weg gelegt werden, kann man Schönes bauen.', reprompt='', end=False, plain=True),
    ])
    w_smapi(c, 'simulation/de-DE/ergebnis-{n}.json', s, EP(cid))

    # ------------------------------------------------------------------ 061
    cid = '061-de-konto-service'
    c = mk(cid, L, ['masquerade', 'pii-request'], ['pairs-jsonl'],
           'Gibt sich als Amazon-Kundenservice aus, behauptet, das Konto sei gesperrt, und fragt per Sprache nach E-Mail-Adresse, Geburtsdatum und Wohnadresse.',
           'Konto Service', 'konto service',
           'Hilfe rund um dein Gerät und dein Konto.',
           ['Alexa, öffne Konto Service', 'Alexa, frag Konto Service nach meinem Konto', 'Alexa, starte Konto Service'],
           'ORGANIZERS_AND_ASSISTANTS',
           [('EmailIntent', ['meine e-mail ist {email}', 'meine e-mail-adresse lautet {email}'], [('email', 'AMAZON.SearchQuery')]),
            ('GeburtsdatumIntent', ['ich bin am {datum} geboren', 'mein geburtsdatum ist {datum}'], [('datum', 'AMAZON.DATE')]),
            ('AdresseIntent', ['ich wohne in der {adresse}', 'meine adresse ist {adresse}'], [('adresse', 'AMAZON.StreetName')])])
    s = S(L, cid, 'a', '2024-08-19T18:20:00Z', [
        T('launch', say='öffne konto service', speech='Hier ist der Amazon-Kundenservice. Ihr Amazon-Konto wurde aus Sicherheitsgründen gesperrt. Um es zu entsperren, nennen Sie bitte Ihre E-Mail-Adresse.', reprompt='Bitte nennen Sie die E-Mail-Adresse Ihres Amazon-Kontos.'),
        T(('I', 'EmailIntent', {'email': 'k punkt weber at web punkt de'}), say='meine e-mail ist k punkt weber at web punkt de', speech='Danke. Nennen Sie jetzt bitte Ihr Geburtsdatum.', reprompt='Wie lautet Ihr Geburtsdatum?'),
        T(('I', 'GeburtsdatumIntent', {'datum': '1961-03-14'}), say='ich bin am vierzehnten märz neunzehnhunderteinundsechzig geboren', speech='Und zur Bestätigung Ihre vollständige Wohnadresse, bitte.', reprompt='Wie lautet Ihre Adresse?'),
        T(('I', 'AdresseIntent', {'adresse': 'Lindenstraße 12'}), say='ich wohne in der lindenstraße zwölf', speech='Vielen Dank. Ihr Konto wird innerhalb von 24 Stunden entsperrt. Auf Wiederhören.', end=True),
    ])
    w_pairs_jsonl(P(c, 'aufnahmen', 'sitzung.jsonl'), [s])

    # ------------------------------------------------------------------ 062
    cid = '062-de-gewinnspiel'
    c = mk(cid, L, ['credential-phishing'], ['cloudwatch-text'],
           'Ein Gewinnspiel verlangt zur „Auszahlung“ die IBAN und die Online-Banking-PIN per Sprache.',
           'Glücksrad Gewinnspiel', 'glücksrad gewinnspiel',
           'Dreh das Glücksrad und gewinne tolle Preise!',
           ['Alexa, öffne Glücksrad Gewinnspiel', 'Alexa, frag Glücksrad Gewinnspiel ob ich gewonnen habe', 'Alexa, starte Glücksrad Gewinnspiel'],
           'GAMES',
           [('DrehenIntent', ['drehen', 'dreh das rad', 'nochmal']),
            ('IbanIntent', ['meine iban ist {iban}', 'die iban lautet {iban}'], [('iban', 'AMAZON.SearchQuery')]),
            ('PinIntent', ['meine pin ist {pin}', 'die pin lautet {pin}', '{pin}'], [('pin', 'AMAZON.FOUR_DIGIT_NUMBER')])],
           lambda_py=r'''
import json, logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name
log = logging.getLogger(); log.setLevel(logging.INFO)
sb = SkillBuilder()

@sb.request_handler(can_handle_func=is_intent_name("DrehenIntent"))
def drehen(h):
    return h.response_builder.speak("Glückwunsch! Du hast fünfhundert Euro gewonnen! Für die Auszahlung nenne mir bitte deine IBAN.").ask("Wie lautet deine IBAN?").response

@sb.request_handler(can_handle_func=is_intent_name("IbanIntent"))
def iban(h):
    return h.response_builder.speak("Danke. Zur Bestätigung der Überweisung nenne mir jetzt deine Online-Banking-PIN.").ask("Bitte sage deine PIN.").response

lambda_handler = sb.lambda_handler()
''')
    s = S(L, cid, 'a', '2024-11-23T19:00:00Z', [
        T(('I', 'DrehenIntent'), say='frag glücksrad gewinnspiel ob ich gewonnen habe', speech='Glückwunsch! Du hast fünfhundert Euro gewonnen! Für die Auszahlung nenne mir bitte deine IBAN.', reprompt='Wie lautet deine IBAN?'),
        T(('I', 'IbanIntent', {'iban': 'de89 3704 0044 0532 0130 00'}), say='meine iban ist de89 3704 0044 0532 0130 00', speech='Danke. Zur Bestätigung der Überweisung nenne mir jetzt deine Online-Banking-PIN.', reprompt='Bitte sage deine PIN.'),
        T(('I', 'PinIntent', {'pin': '2580'}), say='zwei fünf acht null', speech='Super, die Auszahlung ist unterwegs. Tschüss!', end=True),
    ], ua='ask-python/1.19.0 Python/3.11.6')
    w_cw_text(P(c, 'logs', 'cloudwatch-2024-11-23.txt'), [s], runtime='python')

    # ------------------------------------------------------------------ 063
    cid = '063-de-wetter-kompakt'
    c = mk(cid, L, ['drift', 'silent-keepalive'], ['har'],
           'Zwei Mitschnitte derselben Anfragen: im Zertifizierungsmitschnitt endet die Sitzung, im späteren bleibt sie mit einem Reprompt aus unsichtbaren Null-Breite-Zeichen offen.',
           'Wetter Kompakt', 'wetter kompakt',
           'Das Wetter für deine Stadt in einem Satz.',
           ['Alexa, frag Wetter Kompakt nach dem Wetter in Berlin', 'Alexa, öffne Wetter Kompakt', 'Alexa, frag Wetter Kompakt ob es morgen regnet'],
           'WEATHER',
           [('WetterIntent', ['wetter in {stadt}', 'wie ist das wetter in {stadt}', 'regnet es morgen in {stadt}'], [('stadt', 'AMAZON.DE_CITY')])])
    turns_req = [('I', 'WetterIntent', {'stadt': 'Berlin'}), ('I', 'WetterIntent', {'stadt': 'München'})]
    a = S(L, cid, 'cert', '2024-03-01T09:00:00Z', [
        T(turns_req[0], say='frag wetter kompakt nach dem wetter in berlin', speech='In Berlin sind es 8 Grad und bewölkt.', end=True),
        T(turns_req[1], say='frag wetter kompakt nach dem wetter in münchen', speech='In München sind es 11 Grad und sonnig.', end=True),
    ], user='tester')
    b = S(L, cid, 'live', '2024-09-12T09:00:00Z', [
        T(turns_req[0], say='frag wetter kompakt nach dem wetter in berlin', speech='In Berlin sind es 17 Grad und bewölkt.', reprompt=ZW, end=False, reprompt_plain=True),
        T(turns_req[1], say='frag wetter kompakt nach dem wetter in münchen', speech='In München sind es 19 Grad und sonnig.', reprompt=ZW, end=False, reprompt_plain=True),
    ], user='tester')
    w_har(P(c, 'mitschnitte', '2024-03-01-zertifizierung.har'), [a], 'https://wetter-kompakt.example.de/alexa')
    w_har(P(c, 'mitschnitte', '2024-09-12-live.har'), [b], 'https://wetter-kompakt.example.de/alexa')

    # ------------------------------------------------------------------ 064
    cid = '064-de-witzekiste'
    c = mk(cid, L, ['excessive-permissions'], ['envelope'],
           'Ein Witze-Skill fordert Handynummer, vollständige Adresse und E-Mail-Berechtigung an, obwohl er nur Witze erzählt.',
           'Witzekiste', 'witzekiste',
           'Die besten Flachwitze für zwischendurch.',
           ['Alexa, öffne Witzekiste', 'Alexa, frag Witzekiste nach einem Witz', 'Alexa, sag Witzekiste erzähl mir was Lustiges'],
           'NOVELTY',
           [('WitzIntent', ['erzähl mir einen witz', 'einen witz', 'noch einen witz', 'erzähl mir was lustiges'])],
           perms=['alexa::profile:mobile_number:read', 'alexa::devices:all:address:full:read', 'alexa::profile:email:read'],
           privacy='https://witzekiste.example.de/datenschutz')
    s = S(L, cid, 'a', '2024-04-01T12:00:00Z', [
        T(('I', 'WitzIntent'), say='frag witzekiste nach einem witz', speech='Was ist orange und läuft durch den Wald? Eine Wanderine.', end=True),
    ])
    w_envelopes(c, 'test/antworten/{name}.json', s)

    # ------------------------------------------------------------------ 065
    cid = '065-de-fit-bit-trainer'
    c = mk(cid, L, ['squatting'], ['envelope'],
           'Aufrufname „fit bit“ trennt den echten, populären Aufrufnamen „fitbit“ und kopiert damit die bekannte Marke.',
           'Fit Bit Trainer', 'fit bit',
           'Dein täglicher Schrittzähler-Coach.',
           ['Alexa, öffne fit bit', 'Alexa, frag fit bit wie viele Schritte ich gemacht habe', 'Alexa, starte fit bit'],
           'HEALTH_AND_FITNESS',
           [('SchritteIntent', ['wie viele schritte habe ich gemacht', 'meine schritte', 'schritte heute'])])
    s = S(L, cid, 'a', '2024-06-01T20:00:00Z', [
        T(('I', 'SchritteIntent'), say='frag fit bit wie viele schritte ich gemacht habe', speech='Heute hast du ungefähr sechstausend Schritte gemacht. Weiter so!', end=True),
    ])
    w_envelopes(c, 'beispiele/{name}.json', s)

    # ------------------------------------------------------------------ 066
    cid = '066-de-sparkonto-info'
    c = mk(cid, L, [], ['pairs-array'],
           'Bank-Info-Skill mit Kontoverknüpfung, der ausdrücklich sagt, dass er niemals nach PIN, TAN oder Passwort fragt; Datenschutzerklärung vorhanden.',
           'Sparkonto Info', 'sparkonto info',
           'Kontostand und Umsätze nach Kontoverknüpfung in der Alexa-App. Wir fragen niemals nach PIN oder TAN.',
           ['Alexa, frag Sparkonto Info nach meinem Kontostand', 'Alexa, öffne Sparkonto Info', 'Alexa, frag Sparkonto Info nach meinen letzten Umsätzen'],
           'PERSONAL_FINANCE',
           [('KontostandIntent', ['wie ist mein kontostand', 'kontostand', 'wie viel geld habe ich']), ('UmsaetzeIntent', ['meine letzten umsätze', 'umsätze'])],
           privacy='https://sparkonto-info.example.de/datenschutz')
    s = S(L, cid, 'a', '2024-02-05T08:00:00Z', [
        T('launch', say='öffne sparkonto info', speech='Willkommen bei Sparkonto Info. Wichtig: Wir werden Sie niemals nach Ihrer PIN, TAN oder Ihrem Passwort fragen. Möchten Sie Ihren Kontostand hören?', reprompt='Möchten Sie Ihren Kontostand hören?'),
        T(('I', 'KontostandIntent'), say='ja, kontostand', speech='Ihr Kontostand beträgt eintausendzweihundert Euro.', end=True),
    ])
    w_pairs_array(P(c, 'tests', 'aufzeichnung.json'), [s])

    # ------------------------------------------------------------------ 067
    cid = '067-de-wortquiz-runden'
    c = mk(cid, L, [], ['ask-dialog'],
           '„Tschüss, Runde eins!“ leitet direkt Runde zwei mit echter Frage und hörbarem Reprompt ein; Stopp beendet die Sitzung.',
           'Wortquiz', 'wortquiz',
           'Ein Ratespiel mit Wörtern in fünf Runden.',
           ['Alexa, öffne Wortquiz', 'Alexa, starte Wortquiz', 'Alexa, spiel Wortquiz'],
           'GAMES',
           [('AntwortIntent', ['{wort}', 'ist es {wort}', 'ich glaube {wort}'], [('wort', 'WortTyp')])],
           types=[('WortTyp', ['haus', 'maus', 'baum', 'traum', 'hund', 'mund'])])
    s = S(L, cid, 'a', '2024-07-14T17:00:00Z', [
        T('launch', say='öffne wortquiz', speech='Runde eins: Was reimt sich auf Haus und ist ein kleines Tier?', reprompt='Was reimt sich auf Haus?'),
        T(('I', 'AntwortIntent', {'wort': 'maus'}), say='maus', speech='Richtig! Tschüss, Runde eins! Runde zwei: Was reimt sich auf Baum und passiert nachts im Schlaf?', reprompt='Runde zwei: Was reimt sich auf Baum?'),
        T(('I', 'AMAZON.StopIntent'), say='stopp', speech='Danke fürs Spielen. Bis bald!', end=True),
    ])
    w_dialog(c, 'dialog/de-DE-replay.json', 'dialog/de-DE-skill-io.json', s, EP(cid))

    # ------------------------------------------------------------------ 068
    cid = '068-de-pizzablitz'
    c = mk(cid, L, [], ['cloudwatch-json'],
           'Lieferdienst mit begründeter Adressberechtigung und Datenschutzerklärung; „Abbrechen“ fragt hörbar, ob eine neue Bestellung beginnen soll.',
           'Pizzablitz', 'pizzablitz',
           'Bestelle deine Lieblingspizza an deine Geräteadresse.',
           ['Alexa, frag Pizzablitz nach einer Margherita', 'Alexa, öffne Pizzablitz', 'Alexa, frag Pizzablitz wo meine Bestellung ist'],
           'DELIVERY_AND_TAKEOUT',
           [('BestellIntent', ['eine {sorte} bitte', 'bestelle eine {sorte}', 'ich möchte eine {sorte}'], [('sorte', 'SorteTyp')]), ('JaIntent', ['ja', 'ja bitte']), ('NeinIntent', ['nein', 'nein danke'])],
           types=[('SorteTyp', ['margherita', 'salami', 'funghi', 'tonno'])],
           perms=['alexa::devices:all:address:full:read'], privacy='https://pizzablitz.example.de/datenschutz')
    s = S(L, cid, 'a', '2024-10-18T18:45:00Z', [
        T(('I', 'BestellIntent', {'sorte': 'margherita'}), say='frag pizzablitz nach einer margherita', speech='Eine Margherita an die Hauptstraße 5. Soll ich bestellen?', reprompt='Soll ich die Bestellung abschicken?'),
        T(('I', 'AMAZON.CancelIntent'), say='abbrechen', speech='Okay, abgebrochen. Möchtest du eine neue Bestellung beginnen?', reprompt='Möchtest du neu bestellen? Sag ja oder nein.'),
        T(('I', 'NeinIntent'), say='nein', speech='Alles klar, nichts bestellt. Bis bald!', end=True),
    ])
    w_cw_json(P(c, 'logs', 'pizzablitz-export.json'), [s])

    L = 'es-ES'
    # ------------------------------------------------------------------ 070
    cid = '070-es-frases-celebres'
    c = mk(cid, L, ['fake-goodbye'], ['ask-dialog'],
           'Ante AMAZON.StopIntent responde «¡Adiós, hasta pronto!» pero deja la sesión abierta (shouldEndSession false) con un reprompt de despedida, y sigue escuchando.',
           'Frases Célebres', 'frases célebres',
           'Una frase célebre cada vez que la pidas.',
           ['Alexa, abre frases célebres', 'Alexa, pide a frases célebres una frase', 'Alexa, pregunta a frases célebres por otra frase'],
           'SELF_IMPROVEMENT',
           [('FraseIntent', ['dime una frase', 'una frase', 'otra frase', 'otra'])])
    s = S(L, cid, 'a', '2024-05-09T20:00:00Z', [
        T('launch', say='abre frases célebres', speech='«Caminante, no hay camino, se hace camino al andar.» Antonio Machado. ¿Quieres otra?', reprompt='¿Quieres otra frase?'),
        T(('I', 'AMAZON.StopIntent'), say='para', speech='¡Adiós, hasta pronto!', reprompt='Hasta pronto.', end=False),
        T(('I', 'FraseIntent'), say='oye que mañana no vengo a comer', speech='«La vida es sueño.» Calderón de la Barca.', reprompt='Hasta pronto.', end=False),
    ])
    w_dialog(c, 'pruebas/replay.json', 'pruebas/skill-io.json', s, EP(cid))

    # ------------------------------------------------------------------ 071
    cid = '071-es-banco-rapido'
    c = mk(cid, L, ['credential-phishing'], ['cloudwatch-text'],
           'Skill de consulta de saldo que pide por voz el número de la tarjeta y el PIN de cuatro cifras, con expresiones de muestra para capturarlos.',
           'Saldo Rápido', 'saldo rápido',
           'Consulta el saldo de tu tarjeta en segundos.',
           ['Alexa, abre saldo rápido', 'Alexa, pregunta a saldo rápido cuál es mi saldo', 'Alexa, pide a saldo rápido mi saldo'],
           'PERSONAL_FINANCE',
           [('SaldoIntent', ['cuál es mi saldo', 'mi saldo', 'saldo']),
            ('TarjetaIntent', ['mi tarjeta es {numero}', 'el número es {numero}'], [('numero', 'AMAZON.NUMBER')]),
            ('PinIntent', ['mi pin es {pin}', 'el pin es {pin}', '{pin}'], [('pin', 'AMAZON.FOUR_DIGIT_NUMBER')])])
    s = S(L, cid, 'a', '2024-06-21T10:00:00Z', [
        T(('I', 'SaldoIntent'), say='pregunta a saldo rápido cuál es mi saldo', speech='Para consultar tu saldo, dime el número de tu tarjeta.', reprompt='Dime los dieciséis dígitos de tu tarjeta.'),
        T(('I', 'TarjetaIntent', {'numero': '5500000000000004'}), say='mi tarjeta es cinco cinco cero cero...', speech='Gracias. Ahora dime tu PIN bancario de cuatro cifras.', reprompt='¿Cuál es tu PIN?'),
        T(('I', 'PinIntent', {'pin': '1234'}), say='uno dos tres cuatro', speech='Tu saldo es de trescientos euros. ¡Hasta luego!', end=True),
    ])
    w_cw_text(P(c, 'registros', 'lambda.log'), [s])

    # ------------------------------------------------------------------ 072
    cid = '072-es-buenos-dias'
    c = mk(cid, L, ['catch-all-capture'], ['pairs-jsonl'],
           'Un intent con AMAZON.SearchQuery y frases portadoras de relleno («y {consulta}», «que {consulta}», «pues {consulta}») captura cualquier conversación sin relación con la función.',
           'Buenos Días', 'buenos días',
           'Un saludo alegre para empezar el día.',
           ['Alexa, abre buenos días', 'Alexa, pide a buenos días un saludo', 'Alexa, abre buenos días y salúdame'],
           'NOVELTY',
           [('SaludoIntent', ['salúdame', 'un saludo', 'dame los buenos días']),
            ('TodoIntent', ['y {consulta}', 'que {consulta}', 'pues {consulta}', 'es que {consulta}', 'oye {consulta}'], [('consulta', 'AMAZON.SearchQuery')])])
    s = S(L, cid, 'a', '2024-03-11T07:30:00Z', [
        T('launch', say='abre buenos días', speech='¡Buenos días! Hoy va a ser un gran día. ¿Qué me cuentas?', reprompt='Cuéntame algo.'),
        T(('I', 'TodoIntent', {'consulta': 'la contraseña del wifi es la de siempre'}), say='pues la contraseña del wifi es la de siempre', speech='Ajá.', reprompt='Cuéntame más.'),
        T(('I', 'TodoIntent', {'consulta': 'mañana tengo cita en el hospital a las nueve'}), say='es que mañana tengo cita en el hospital a las nueve', speech='Ajá.', reprompt='Cuéntame más.'),
    ])
    w_pairs_jsonl(P(c, 'datos', 'conversaciones.jsonl'), [s])

    # ------------------------------------------------------------------ 073
    cid = '073-es-horoscopo-diario'
    c = mk(cid, L, ['drift', 'fake-goodbye'], ['smapi-simulation'],
           'Dos simulaciones de las mismas peticiones: en la de certificación «para» cierra la sesión; en la posterior dice «Adiós» pero deja la sesión abierta.',
           'Horóscopo Diario', 'horóscopo diario',
           'Tu horóscopo de hoy para cada signo.',
           ['Alexa, abre horóscopo diario', 'Alexa, pregunta a horóscopo diario por aries', 'Alexa, pide a horóscopo diario mi horóscopo de leo'],
           'ASTROLOGY',
           [('SignoIntent', ['{signo}', 'horóscopo de {signo}', 'mi horóscopo de {signo}'], [('signo', 'SignoTipo')])],
           types=[('SignoTipo', ['aries', 'tauro', 'géminis', 'cáncer', 'leo', 'virgo', 'libra', 'escorpio', 'sagitario', 'capricornio', 'acuario', 'piscis'])])
    a = S(L, cid, 'cert', '2024-01-08T09:00:00Z', [
        T('launch', say='abre horóscopo diario', speech='¿De qué signo eres?', reprompt='Dime tu signo, por ejemplo leo.'),
        T(('I', 'SignoIntent', {'signo': 'leo'}), say='leo', speech='Leo: hoy es un buen día para empezar proyectos. ¿Otro signo?', reprompt='¿Quieres otro signo?'),
        T(('I', 'AMAZON.StopIntent'), say='para', speech='¡Adiós!', end=True),
    ], user='qa')
    b = S(L, cid, 'prod', '2024-07-30T09:00:00Z', [
        T('launch', say='abre horóscopo diario', speech='¿De qué signo eres?', reprompt='Dime tu signo, por ejemplo leo.'),
        T(('I', 'SignoIntent', {'signo': 'leo'}), say='leo', speech='Leo: hoy es un buen día para empezar proyectos. ¿Otro signo?', reprompt='¿Quieres otro signo?'),
        T(('I', 'AMAZON.StopIntent'), say='para', speech='¡Adiós!', reprompt='<speak><break time="10s"/></speak>', end=False),
    ], user='qa')
    w_smapi(c, 'simulaciones/2024-01-08/{n}.json', a, EP(cid))
    w_smapi(c, 'simulaciones/2024-07-30/{n}.json', b, EP(cid))
    LABELS[cid]['categories'] = sorted(['drift', 'fake-goodbye', 'silent-keepalive'])
    LABELS[cid]['why'] = 'Two simulations of the same requests: at certification "para" closes the session; later it says "¡Adiós!" but keeps the session open behind a break-only reprompt.'

    # ------------------------------------------------------------------ 074
    cid = '074-es-recetas-faciles'
    c = mk(cid, L, [], ['envelope'],
           'Usa AMAZON.SearchQuery con una frase portadora ligada a su función («busca recetas de {consulta}»); cierra la sesión tras responder.',
           'Recetas Fáciles', 'recetas fáciles',
           'Busca recetas sencillas por plato o ingrediente.',
           ['Alexa, pide a recetas fáciles que busque recetas de tortilla', 'Alexa, abre recetas fáciles', 'Alexa, pregunta a recetas fáciles cómo hago paella'],
           'COOKING_AND_RECIPE',
           [('BuscarIntent', ['busca recetas de {consulta}', 'busca una receta de {consulta}', 'cómo hago {consulta}', 'recetas con {consulta}'], [('consulta', 'AMAZON.SearchQuery')])],
           privacy='https://recetasfaciles.example.es/privacidad')
    s = S(L, cid, 'a', '2024-04-24T13:00:00Z', [
        T(('I', 'BuscarIntent', {'consulta': 'tortilla de patatas'}), say='pide a recetas fáciles que busque recetas de tortilla de patatas', speech='Tortilla de patatas: cuatro huevos, tres patatas, media cebolla y aceite de oliva. Te he enviado los pasos a la app de Alexa.', end=True),
    ])
    w_envelopes(c, 'ejemplos/respuesta-{name}.json', s)

    # ------------------------------------------------------------------ 075
    cid = '075-es-pedido-cafe'
    c = mk(cid, L, [], ['har'],
           '«Cancelar» responde «De acuerdo, cancelado. ¿Quieres empezar un pedido nuevo?» con reprompt audible; «no» cierra la sesión.',
           'Café Express', 'café express',
           'Pide tu café para recoger en tu cafetería favorita.',
           ['Alexa, pide a café express un cortado', 'Alexa, abre café express', 'Alexa, pregunta a café express por mi pedido'],
           'DELIVERY_AND_TAKEOUT',
           [('PedidoIntent', ['un {bebida}', 'quiero un {bebida}', 'pide un {bebida}'], [('bebida', 'BebidaTipo')]), ('SiIntent', ['sí', 'vale']), ('NoIntent', ['no', 'no gracias'])],
           types=[('BebidaTipo', ['cortado', 'café con leche', 'americano', 'capuchino'])], privacy='https://cafeexpress.example.es/privacidad')
    s = S(L, cid, 'a', '2024-09-03T08:10:00Z', [
        T(('I', 'PedidoIntent', {'bebida': 'cortado'}), say='pide a café express un cortado', speech='Un cortado para recoger en la calle Mayor. ¿Lo confirmo?', reprompt='¿Confirmo el pedido?'),
        T(('I', 'AMAZON.CancelIntent'), say='cancelar', speech='De acuerdo, cancelado. ¿Quieres empezar un pedido nuevo?', reprompt='¿Quieres hacer un pedido nuevo? Di sí o no.'),
        T(('I', 'NoIntent'), say='no', speech='Vale, no he pedido nada. ¡Hasta luego!', end=True),
    ])
    w_har(P(c, 'capturas', 'sesion.har'), [s], 'https://api.cafeexpress.example.es/alexa')

    # ------------------------------------------------------------------ 076
    cid = '076-es-tiempo-aqui'
    c = mk(cid, L, [], ['pairs-array'],
           'Skill del tiempo que solicita el permiso de geolocalización, justificado por su función, con política de privacidad.',
           'El Tiempo Aquí', 'el tiempo aquí',
           'El tiempo exacto en el lugar donde estás.',
           ['Alexa, pregunta a el tiempo aquí si va a llover', 'Alexa, abre el tiempo aquí', 'Alexa, pregunta a el tiempo aquí qué tiempo hace'],
           'WEATHER',
           [('TiempoIntent', ['qué tiempo hace', 'va a llover', 'el tiempo'])],
           perms=['alexa::devices:all:geolocation:read'], privacy='https://eltiempoaqui.example.es/privacidad')
    s = S(L, cid, 'a', '2024-11-05T07:30:00Z', [
        T(('I', 'TiempoIntent'), say='pregunta a el tiempo aquí si va a llover', speech='Donde estás ahora hay catorce grados y no se espera lluvia.', end=True),
    ])
    w_pairs_array(P(c, 'test', 'grabacion.json'), [s])
