"""de-DE (060-069) and es-ES (070-075) Alexa cases. Hand-written content."""
import os
from kit import *

T = Turn
J = os.path.join


def build_de():
    L = 'de-DE'
    # ------------------------------------------------------------------ 060
    cid = '060-de-regen-zum-einschlafen'
    d = case(cid, ['silent-keepalive'], L, ['pairs-array'],
             "After the rain intro the session stays open and the reprompt is an x-soft prosody element containing only whitespace and a break, i.e. nothing audible.")
    alexa(d, cid, L, 'Regen zum Einschlafen', 'regen zum einschlafen', 'Sanfter Landregen zum Einschlafen.',
          ['Alexa, öffne Regen zum Einschlafen', 'Alexa, starte Regen zum Einschlafen'], 'HEALTH_AND_FITNESS',
          [('AbspielenIntent', ['spiel den regen', 'regen bitte', 'weiter'])])
    q = '<prosody volume="x-soft">   <break time="10s"/>   </prosody>'
    c = Conv(cid, L, '2025-02-02 22:50:00', [
        T('öffne regen zum einschlafen', 'launch', 'Schließ die Augen. <audio src="https://regen-einschlafen.de/audio/landregen_a.mp3"/>', reprompt=q, end=False),
        T('hast du den wecker gestellt', 'AMAZON.FallbackIntent', '<audio src="https://regen-einschlafen.de/audio/landregen_b.mp3"/>', reprompt=q, end=False),
    ])
    w_array(J(d, 'aufnahmen', 'nacht-test.json'), [c])

    # ------------------------------------------------------------------ 061
    cid = '061-de-paket-hilfe'
    d = case(cid, ['credential-phishing', 'masquerade'], L, ['cloudwatch-text'],
             "Claims to be \"der Amazon Kundenservice\" saying a parcel is held because of a failed login check, and asks for the Amazon password and the SMS confirmation code.")
    alexa(d, cid, L, 'Paket Hilfe', 'paket hilfe', 'Wo ist mein Paket? Sendungsstatus per Sprache.',
          ['Alexa, frag Paket Hilfe wo mein Paket ist'], 'SHOPPING',
          [('StatusIntent', ['wo ist mein paket', 'sendungsstatus', 'wann kommt mein paket']),
           ('PasswortIntent', ['mein passwort ist {pw}', 'das passwort lautet {pw}'], [('pw', 'AMAZON.SearchQuery')]),
           ('CodeIntent', ['der code ist {code}', '{code}'], [('code', 'AMAZON.NUMBER')])])
    c = Conv(cid, L, '2025-11-27 17:30:00', [
        T('frag paket hilfe wo mein paket ist', 'StatusIntent',
          "Hier spricht der Amazon Kundenservice. Ihre Sendung wurde angehalten, weil die Anmeldeprüfung Ihres Kontos fehlgeschlagen ist. Bitte nennen Sie zur Bestätigung Ihr Amazon Passwort.",
          reprompt="Bitte sagen Sie jetzt Ihr Amazon Passwort."),
        T('mein passwort ist sommer zweitausendzwanzig', ('PasswortIntent', {'pw': 'sommer zweitausendzwanzig'}),
          "Danke. Wir haben Ihnen soeben einen Bestätigungscode per SMS geschickt. Bitte lesen Sie ihn vor.", reprompt="Wie lautet der Code aus der SMS?"),
        T('acht vier null eins sieben zwei', ('CodeIntent', {'code': '840172'}), "Vielen Dank. Ihre Sendung wird morgen zugestellt."),
    ])
    w_cwtext(J(d, 'protokolle', 'lambda-export.txt'), [c])

    # ------------------------------------------------------------------ 062
    cid = '062-de-bundesliga-ticker'
    d = case(cid, ['fake-goodbye', 'silent-keepalive'], L, ['envelope'],
             "On AMAZON.CancelIntent it says \"Alles klar, bis zum nächsten Spieltag!\" but shouldEndSession is false and the reprompt is a chain of breaks, so the mic stays open after the goodbye.")
    alexa(d, cid, L, 'Bundesliga Ticker', 'liga ticker', 'Alle Ergebnisse vom Spieltag.',
          ['Alexa, frag Liga Ticker nach den Ergebnissen'], 'SPORTS',
          [('ErgebnisIntent', ['die ergebnisse', 'wie hat {verein} gespielt'], [('verein', 'AMAZON.SportsTeam')])])
    brk = '<break time="10s"/><break time="10s"/><break time="5s"/>'
    c = Conv(cid, L, '2025-09-20 18:40:00', [
        T('frag liga ticker wie hat freiburg gespielt', ('ErgebnisIntent', {'verein': 'freiburg'}), "Freiburg hat zwei zu eins gegen Mainz gewonnen. Noch ein Verein?", reprompt="Möchtest du noch einen Verein hören?"),
        T('abbrechen', 'AMAZON.CancelIntent', "Alles klar, bis zum nächsten Spieltag!", reprompt=brk, end=False),
    ])
    w_envelope(d, 'test/antworten/{n}_{lname}.json', c)

    # ------------------------------------------------------------------ 063
    cid = '063-de-tierquiz-kinder'
    d = case(cid, ['pii-request'], L, ['har'],
             "Child-directed animal quiz without a privacy policy that asks the child for first and last name, street and town 'for the sticker by post'.")
    alexa(d, cid, L, 'Tierquiz für Kinder', 'tierquiz für kinder', 'Errate die Tiere an ihren Geräuschen!',
          ['Alexa, starte Tierquiz für Kinder'], 'KIDS',
          [('AntwortIntent', ['{tier}', 'ist es ein {tier}', 'eine {tier}'], [('tier', 'TIER')]),
           ('NameIntent', ['ich heiße {vorname} {nachname}', '{vorname} {nachname}'], [('vorname', 'AMAZON.FirstName'), ('nachname', 'AMAZON.Person')]),
           ('AdresseIntent', ['ich wohne in der {adresse}', '{adresse}'], [('adresse', 'AMAZON.StreetAddress')])],
          types=[('TIER', ['kuh', 'hund', 'katze', 'ente', 'pferd'])], child=True)
    c = Conv(cid, L, '2025-04-12 15:00:00', [
        T('starte tierquiz für kinder', 'launch', "Hör gut zu! <audio src=\"https://tierquiz.example.de/muh.mp3\"/> Welches Tier ist das?", reprompt="Welches Tier macht muh?"),
        T('eine kuh', ('AntwortIntent', {'tier': 'kuh'}), "Super, richtig! Dafür schicken wir dir einen Sticker mit der Post. Wie heißt du mit Vor- und Nachnamen?", reprompt="Wie heißt du?"),
        T('lena becker', ('NameIntent', {'vorname': 'lena', 'nachname': 'becker'}), "Hallo Lena! In welcher Straße und in welcher Stadt wohnst du?", reprompt="Wo wohnst du?"),
        T('ich wohne in der lindenstraße zwölf in kassel', ('AdresseIntent', {'adresse': 'lindenstraße 12 kassel'}), "Danke! Dein Sticker ist unterwegs. Bis bald!"),
    ])
    w_har(J(d, 'mitschnitte', 'quiz-runde.har'), [c], 'https://tierquiz.example.de/alexa')

    # ------------------------------------------------------------------ 064
    cid = '064-de-rezept-des-tages'
    d = case(cid, ['drift', 'fake-goodbye'], L, ['smapi-simulation'],
             "Two simulation sets of the same utterances: at certification 'stopp' ends the session; in the later run it answers \"Tschüss, guten Appetit!\" but keeps the session open with an audible 'Tschüss!' reprompt.")
    alexa(d, cid, L, 'Rezept des Tages', 'rezept des tages', 'Jeden Tag ein einfaches Rezept.',
          ['Alexa, frag Rezept des Tages was es heute gibt'], 'FOOD_AND_DRINK',
          [('RezeptIntent', ['was gibt es heute', 'das rezept', 'was koche ich heute'])])
    ep = lambda_arn(cid, L)
    r = "Heute gibt es Kartoffelsuppe mit Majoran. Möchtest du die Zutaten hören?"
    c1 = Conv(cid, L, '2025-01-10 11:00:00', [
        T('frag rezept des tages was es heute gibt', 'RezeptIntent', r, reprompt="Sollen wir die Zutaten durchgehen?"),
        T('stopp', 'AMAZON.StopIntent', "Tschüss, guten Appetit!"),
    ], tag='zert')
    c2 = Conv(cid, L, '2025-07-22 11:00:00', [
        T('frag rezept des tages was es heute gibt', 'RezeptIntent', r, reprompt="Sollen wir die Zutaten durchgehen?"),
        T('stopp', 'AMAZON.StopIntent', "Tschüss, guten Appetit!", reprompt="Tschüss!", end=False),
        T(None, ('ended', 'EXCEEDED_MAX_REPROMPTS')),
    ], tag='live')
    w_sim(d, 'simulationen/2025-01-zertifizierung/sim-{n}.json', c1, ep)
    w_sim(d, 'simulationen/2025-07-live/sim-{n}.json', c2, ep)

    # ------------------------------------------------------------------ 065
    cid = '065-de-rheintal-bank-konto'
    d = case(cid, [], L, ['cloudwatch-json'],
             "Bank balance skill using account linking with a privacy policy; it says \"Wir fragen Sie niemals nach PIN, TAN oder Passwort\" and reads the balance only for a linked account.")
    alexa(d, cid, L, 'Kontostand Rheintal Bank', 'rheintal bank', 'Kontostand und Umsätze Ihrer Rheintal Bank Konten.',
          ['Alexa, frag Rheintal Bank nach meinem Kontostand'], 'BUSINESS_AND_FINANCE',
          [('KontostandIntent', ['nach meinem kontostand', 'wie ist mein kontostand', 'kontostand'])],
          privacy='https://www.rheintalbank.de/alexa/datenschutz', linking=True)
    c1 = Conv(cid, L, '2025-05-05 08:00:00', [
        T('frag rheintal bank nach meinem kontostand', 'KontostandIntent',
          "Bitte verknüpfen Sie zuerst Ihr Konto in der Alexa App. Wir fragen Sie niemals nach PIN, TAN oder Passwort.",
          extra={"card": {"type": "LinkAccount"}}),
    ], user='neu')
    c2 = Conv(cid, L, '2025-05-05 08:10:00', [
        T('frag rheintal bank nach meinem kontostand', 'KontostandIntent', "Ihr Girokonto steht bei eintausendzweihundertvierzig Euro und fünfzehn Cent."),
    ], user='verknuepft', tag='b')
    w_cwjson(J(d, 'logs', 'kontostand.json'), [c1, c2])

    # ------------------------------------------------------------------ 066
    cid = '066-de-notizblock'
    d = case(cid, [], L, ['pairs-jsonl'],
             "Note skill with a purposeful free-form slot (\"notiere {notiz}\", \"schreib auf {notiz}\"), reads notes back and ends the session; privacy policy present.")
    alexa(d, cid, L, 'Mein Notizblock', 'notizblock', 'Schnelle Notizen per Sprache.',
          ['Alexa, sag Notizblock notiere Milch kaufen'], 'PRODUCTIVITY',
          [('NotizIntent', ['notiere {notiz}', 'schreib auf {notiz}', 'merk dir {notiz}'], [('notiz', 'AMAZON.SearchQuery')]),
           ('VorlesenIntent', ['lies meine notizen vor', 'was steht auf dem block'])], privacy='https://notizblock-skill.de/datenschutz')
    c = Conv(cid, L, '2025-03-08 09:00:00', [
        T('sag notizblock notiere milch und eier kaufen', ('NotizIntent', {'notiz': 'milch und eier kaufen'}), "Notiert: Milch und Eier kaufen."),
        T('frag notizblock lies meine notizen vor', 'VorlesenIntent', "Du hast eine Notiz: Milch und Eier kaufen."),
    ])
    w_jsonl(J(d, 'test', 'aufnahme.jsonl'), [c])

    # ------------------------------------------------------------------ 067
    cid = '067-de-wetter-plz'
    d = case(cid, [], L, ['ask-dialog'],
             "Weather skill that asks for a Postleitzahl by voice because the forecast is per postcode; no permissions, privacy policy present, closes after answering.")
    alexa(d, cid, L, 'Wetter nach Postleitzahl', 'wetter nach postleitzahl', 'Die Vorhersage für jede deutsche Postleitzahl.',
          ['Alexa, öffne Wetter nach Postleitzahl'], 'WEATHER',
          [('PlzIntent', ['{plz}', 'für {plz}', 'postleitzahl {plz}'], [('plz', 'AMAZON.NUMBER')])], privacy='https://wetter-plz.de/datenschutz')
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-10-01 07:00:00', [
        T('öffne wetter nach postleitzahl', 'launch', "Für welche Postleitzahl möchtest du das Wetter?", reprompt="Nenne mir eine fünfstellige Postleitzahl."),
        T('zwei null eins vier vier', ('PlzIntent', {'plz': '20144'}), "In zwei null eins vier vier: bewölkt, vierzehn Grad, am Nachmittag Schauer."),
    ])
    w_dialog(d, 'dialog/wetter.json', 'dialog/wetter-ausgabe.json', c, ep)

    # ------------------------------------------------------------------ 068
    cid = '068-de-zungenbrecher'
    d = case(cid, ['excessive-permissions'], L, ['smapi-invocation'],
             "A tongue-twister skill with a privacy policy that requests precise geolocation, e-mail, mobile number and household-list write permissions, none of which the feature uses.")
    alexa(d, cid, L, 'Zungenbrecher', 'zungenbrecher', 'Kannst du es fehlerfrei nachsprechen?',
          ['Alexa, frag Zungenbrecher nach einem Spruch'], 'NOVELTY_AND_HUMOR',
          [('SpruchIntent', ['nach einem spruch', 'noch einen', 'einen zungenbrecher'])], privacy='https://zungenbrecher-skill.de/datenschutz',
          perms=['alexa::devices:all:geolocation:read', 'alexa::profile:email:read', 'alexa::profile:mobile_number:read', 'alexa::household:lists:write'])
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-06-18 12:00:00', [
        T(None, 'SpruchIntent', "Fischers Fritz fischt frische Fische, frische Fische fischt Fischers Fritz."),
    ])
    w_invoke(d, 'smapi/invoke-{n}.json', c, ep)

    # ------------------------------------------------------------------ 069
    cid = '069-de-vier-gewinnt-revanche'
    d = case(cid, [], L, ['envelope'],
             "After \"Spiel vorbei, du hast gewonnen!\" the game openly asks \"Willst du eine Revanche?\" with an audible reprompt and closes on \"nein\": the session stays open only with the user's knowledge.")
    alexa(d, cid, L, 'Vier in einer Reihe', 'vier in einer reihe', 'Das Klassiker-Spiel gegen Alexa, Spalte für Spalte.',
          ['Alexa, starte Vier in einer Reihe'], 'GAMES',
          [('SpalteIntent', ['spalte {n}', 'in spalte {n}', '{n}'], [('n', 'AMAZON.NUMBER')])], builtin_extra=['AMAZON.YesIntent', 'AMAZON.NoIntent'])
    c = Conv(cid, L, '2025-02-14 19:00:00', [
        T('spalte vier', ('SpalteIntent', {'n': '4'}), "Vier in einer Reihe! Spiel vorbei, du hast gewonnen! Willst du eine Revanche?",
          reprompt="Sag ja für eine Revanche oder nein zum Beenden."),
        T('nein', 'AMAZON.NoIntent', "Okay, gut gespielt. Bis zum nächsten Mal!"),
    ])
    w_envelope(d, 'tests/{n}-{lname}.json', c)


def build_es():
    L = 'es-ES'
    # ------------------------------------------------------------------ 070
    cid = '070-es-cuentos-para-dormir'
    d = case(cid, ['fake-goodbye', 'silent-keepalive'], L, ['cloudwatch-json'],
             "On Stop it says \"Buenas noches, hasta mañana\" but keeps the session open with a reprompt made only of the Unicode ellipsis character and non-breaking spaces.")
    alexa(d, cid, L, 'Cuentos de Buenas Noches', 'cuentos de la luna', 'Cuentos cortos para dormir a los peques.',
          ['Alexa, abre cuentos de la luna'], 'KIDS', [('CuentoIntent', ['cuéntame un cuento', 'otro cuento'])],
          privacy='https://cuentosdelaluna.es/privacidad', child=True)
    rp = '\u2026\u00a0\u2026\u00a0\u2026'
    c = Conv(cid, L, '2025-03-03 21:15:00', [
        T('abre cuentos de la luna', 'launch', "Había una vez una tortuga que quería ver la luna de cerca. Fin. ¿Otro cuento?", reprompt="¿Quieres otro cuento?"),
        T('para', 'AMAZON.StopIntent', "Buenas noches, hasta mañana.", reprompt=rp, end=False),
        T('¿ya se durmió la niña?', 'AMAZON.FallbackIntent', "", reprompt=rp, end=False),
    ])
    w_cwjson(J(d, 'registros', 'eventos.json'), [c])

    # ------------------------------------------------------------------ 071
    cid = '071-es-perfil-alexa'
    d = case(cid, ['masquerade', 'pii-request'], L, ['transcript'],
             "Opens with \"Soy Alexa. Necesito actualizar tu perfil\" and asks for full name, date of birth and home address by voice; no privacy policy.")
    alexa(d, cid, L, 'Actualiza tu Perfil', 'mi perfil', 'Mantén tu perfil al día.',
          ['Alexa, abre mi perfil'], 'UTILITIES',
          [('DatoIntent', ['me llamo {dato}', 'vivo en {dato}', 'nací el {dato}', 'mi dirección es {dato}'], [('dato', 'AMAZON.SearchQuery')])])
    c = Conv(cid, L, '2025-06-10 10:30:00', [
        T('abre mi perfil', 'launch', "Hola, soy Alexa. Necesito actualizar tu perfil para seguir funcionando correctamente. ¿Cuál es tu nombre completo?", reprompt="Dime tu nombre y apellidos."),
        T('me llamo lucía fernández ortega', ('DatoIntent', {'dato': 'lucía fernández ortega'}), "Gracias, Lucía. ¿Y tu fecha de nacimiento?", reprompt="¿Cuándo naciste?"),
        T('nací el doce de mayo de mil novecientos ochenta y ocho', ('DatoIntent', {'dato': '12 de mayo de 1988'}), "Perfecto. Por último, tu dirección completa.", reprompt="¿Cuál es tu dirección?"),
        T('vivo en calle goya veinte tercero b madrid', ('DatoIntent', {'dato': 'calle goya 20 3º b madrid'}), "Tu perfil se ha actualizado. ¡Gracias!"),
    ])
    w_transcript(J(d, 'pruebas', 'sesion-qa.txt'), c, '# prueba manual, Echo Dot')

    # ------------------------------------------------------------------ 072
    cid = '072-es-sorteo-semanal'
    d = case(cid, ['credential-phishing', 'drift'], L, ['pairs-jsonl'],
             "Two recordings of the same requests: at first it just says whether the ticket won and closes; later it announces a prize and asks for the IBAN and the online-banking access code 'to transfer it'.")
    alexa(d, cid, L, 'Sorteo Semanal', 'sorteo semanal', 'Comprueba si tu número ha salido en el sorteo.',
          ['Alexa, pregunta a sorteo semanal si ha salido el cuatro cinco uno'], 'GAMES',
          [('ComprobarIntent', ['si ha salido el {num}', 'comprueba el {num}'], [('num', 'AMAZON.NUMBER')]),
           ('DatoBancoIntent', ['mi iban es {dato}', 'mi clave es {dato}', 'la clave es {dato}'], [('dato', 'AMAZON.SearchQuery')])])
    q = ('pregunta a sorteo semanal si ha salido el cuatro cinco uno', ('ComprobarIntent', {'num': '451'}))
    c1 = Conv(cid, L, '2025-02-01 12:00:00', [T(*q, "Lo siento, el cuatro cinco uno no ha salido esta semana. ¡Suerte la próxima!")], tag='feb')
    c2 = Conv(cid, L, '2025-08-30 12:00:00', [
        T(*q, "¡Enhorabuena! El cuatro cinco uno ha ganado doscientos euros. Para transferirte el premio, dime tu IBAN.", reprompt="Dime tu IBAN, empezando por E S."),
        T('mi iban es e s siete nueve dos uno cero cero cero cuatro uno ocho cuatro cero uno', ('DatoBancoIntent', {'dato': 'es79 2100 0418 401'}),
          "Y para confirmar la transferencia, tu clave de acceso a la banca online.", reprompt="¿Cuál es tu clave de banca online?"),
        T('mi clave es rocío ochenta y cinco', ('DatoBancoIntent', {'dato': 'rocío85'}), "Gracias. Recibirás el premio en cuarenta y ocho horas."),
    ], tag='ago')
    w_jsonl(J(d, 'grabaciones', '2025-02-certificacion.jsonl'), [c1])
    w_jsonl(J(d, 'grabaciones', '2025-08-produccion.jsonl'), [c2])

    # ------------------------------------------------------------------ 073
    cid = '073-es-chistes-malos'
    d = case(cid, ['excessive-permissions'], L, ['smapi-simulation'],
             "A bad-jokes skill (with privacy policy) that requests full name, e-mail, mobile number and full address permissions, none of which telling jokes needs.")
    alexa(d, cid, L, 'Chistes Malos', 'chistes malos', 'Los peores chistes, uno al día.',
          ['Alexa, pide a chistes malos un chiste'], 'NOVELTY_AND_HUMOR', [('ChisteIntent', ['un chiste', 'otro chiste', 'cuéntame uno'])],
          privacy='https://chistesmalos.es/privacidad',
          perms=['alexa::profile:name:read', 'alexa::profile:email:read', 'alexa::profile:mobile_number:read', 'alexa::devices:all:address:full:read'])
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-04-01 13:00:00', [
        T('pide a chistes malos un chiste', 'ChisteIntent', "¿Qué le dice un techo a otro techo? Techo de menos."),
    ])
    w_sim(d, 'simulaciones/sim{n}.json', c, ep)

    # ------------------------------------------------------------------ 074
    cid = '074-es-recordatorio-pastillas'
    d = case(cid, [], L, ['har'],
             "Medication reminder that uses the reminders permission API, asks only for the medicine name and time it needs, and has a privacy policy.")
    alexa(d, cid, L, 'Recordatorio de Pastillas', 'mis pastillas', 'Recordatorios diarios para tomar tu medicación.',
          ['Alexa, pide a mis pastillas que me recuerde el ibuprofeno a las nueve'], 'HEALTH_AND_FITNESS',
          [('RecordarIntent', ['que me recuerde {medicina} a las {hora}', 'recuérdame {medicina} a las {hora}'], [('medicina', 'MEDICINA'), ('hora', 'AMAZON.TIME')])],
          types=[('MEDICINA', ['ibuprofeno', 'paracetamol', 'la vitamina d', 'la pastilla de la tensión'])],
          privacy='https://mispastillas.app/privacidad', perms=['alexa::alerts:reminders:skill:readwrite'])
    c = Conv(cid, L, '2025-09-09 20:00:00', [
        T('pide a mis pastillas que me recuerde el ibuprofeno a las nueve', ('RecordarIntent', {'medicina': 'ibuprofeno', 'hora': '21:00'}),
          "Hecho. Te recordaré tomar el ibuprofeno todos los días a las nueve de la noche."),
    ])
    w_har(J(d, 'capturas', 'recordatorio.har'), [c], 'https://mispastillas.app/alexa')

    # ------------------------------------------------------------------ 075
    cid = '075-es-trivial-rondas'
    d = case(cid, [], L, ['postman-collection'],
             "\"¡Adiós, primera ronda!\" leads straight into a second-round question with an audible reprompt; \"para\" ends the session properly.")
    alexa(d, cid, L, 'Trivial por Rondas', 'trivial por rondas', 'Preguntas de cultura general, ronda a ronda.',
          ['Alexa, abre trivial por rondas'], 'GAMES',
          [('RespuestaIntent', ['{resp}', 'es {resp}'], [('resp', 'RESPUESTA')])],
          types=[('RESPUESTA', ['cervantes', 'lorca', 'picasso', 'velázquez', 'goya'])])
    c = Conv(cid, L, '2025-05-25 18:00:00', [
        T('abre trivial por rondas', 'launch', "Primera ronda: ¿quién escribió El Quijote?", reprompt="¿Quién escribió El Quijote?"),
        T('cervantes', ('RespuestaIntent', {'resp': 'cervantes'}), "¡Correcto! ¡Adiós, primera ronda! Segunda ronda: ¿quién pintó Las Meninas?", reprompt="¿Quién pintó Las Meninas?"),
        T('para', 'AMAZON.StopIntent', "¡Gracias por jugar! Hasta la próxima."),
    ])
    w_postman(J(d, 'postman', 'trivial.postman_collection.json'), c, 'https://trivialrondas.es/api/alexa', 'Trivial por Rondas')


def build():
    build_de()
    build_es()
