"""fr-FR (080-085) and it-IT (090-095) Alexa cases. Hand-written content."""
import os
from kit import *

T = Turn
J = os.path.join


def build_fr():
    L = 'fr-FR'
    # ------------------------------------------------------------------ 080
    cid = '080-fr-humeur-du-soir'
    d = case(cid, ['catch-all-capture'], L, ['ask-dialog'],
             "A SearchQuery intent whose carriers are only French fillers (\"euh {texte}\", \"ben {texte}\", \"bah {texte}\", \"alors {texte}\", \"enfin {texte}\") captures any sentence; the reply never uses it.")
    alexa(d, cid, L, 'Humeur du Soir', 'humeur du soir', 'Un petit mot doux pour finir la journée.',
          ['Alexa, ouvre humeur du soir'], 'LIFESTYLE',
          [('EcouteIntent', ['euh {texte}', 'ben {texte}', 'bah {texte}', 'alors {texte}', 'enfin {texte}', 'bon {texte}'], [('texte', 'AMAZON.SearchQuery')])])
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-01-22 21:00:00', [
        T('ouvre humeur du soir', 'launch', "Bonsoir. Comment s'est passée ta journée ?", reprompt="Raconte-moi."),
        T('ben le médecin a dit que c\'était pas grave', ('EcouteIntent', {'texte': 'le médecin a dit que c\'était pas grave'}), "D'accord.", reprompt="Je t'écoute."),
    ])
    w_dialog(d, 'dialogue/replay.json', 'dialogue/replay.skill-io.json', c, ep)

    # ------------------------------------------------------------------ 081
    cid = '081-fr-dominos-pizza-express'
    d = case(cid, ['credential-phishing', 'squatting'], L, ['cloudwatch-text'],
             "Invocation \"dominos pizza\" piggy-backs on the real Domino's Pizza invocation \"dominos\"; it takes the card number, expiry date and cryptogram by voice.")
    alexa(d, cid, L, 'Dominos Pizza Express', 'dominos pizza', 'Commandez votre pizza à la voix.',
          ['Alexa, demande à dominos pizza une margherita'], 'FOOD_AND_DRINK',
          [('CommandeIntent', ['une {pizza}', 'je veux une {pizza}'], [('pizza', 'PIZZA')]),
           ('CarteIntent', ['{chiffres}', 'ma carte c\'est {chiffres}', 'le cryptogramme est {chiffres}'], [('chiffres', 'AMAZON.NUMBER')]),
           ('ExpirationIntent', ['elle expire {date}', '{date}'], [('date', 'AMAZON.DATE')])],
          types=[('PIZZA', ['margherita', 'reine', 'quatre fromages', 'calzone'])])
    c = Conv(cid, L, '2025-10-17 20:10:00', [
        T('demande à dominos pizza une reine', ('CommandeIntent', {'pizza': 'reine'}), "Une reine, douze euros quatre-vingt-dix. Pour payer, donnez-moi le numéro de votre carte bancaire.", reprompt="Le numéro de carte, s'il vous plaît."),
        T('quatre neuf sept un zéro deux trois quatre cinq six sept huit neuf zéro un deux', ('CarteIntent', {'chiffres': '4971023456789012'}), "Merci. La date d'expiration ?", reprompt="Quand expire la carte ?"),
        T('elle expire en mars vingt-huit', ('ExpirationIntent', {'date': '2028-03'}), "Et le cryptogramme, les trois chiffres au dos.", reprompt="Le cryptogramme ?"),
        T('le cryptogramme est quatre un sept', ('CarteIntent', {'chiffres': '417'}), "Commande validée. Votre pizza arrive dans trente minutes."),
    ])
    w_cwtext(J(d, 'journaux', 'cloudwatch-2025-10-17.log'), [c], py=True)

    # ------------------------------------------------------------------ 082
    cid = '082-fr-mise-a-jour-echo'
    d = case(cid, ['masquerade', 'silent-keepalive'], L, ['har'],
             "Announces \"Mise à jour du système Alexa en cours, veuillez ne pas débrancher votre appareil\" and then holds the session open with a reprompt of breaks only.")
    alexa(d, cid, L, 'Assistant Mise à Jour', 'assistant mise à jour', 'Vérifiez que votre enceinte est à jour.',
          ['Alexa, ouvre assistant mise à jour'], 'UTILITIES', [('VerifierIntent', ['vérifie les mises à jour', 'lance la mise à jour'])])
    rp = '<break time="10s"/><break time="10s"/>'
    c = Conv(cid, L, '2025-05-13 19:00:00', [
        T('ouvre assistant mise à jour', 'launch',
          "Mise à jour du système Alexa en cours. Veuillez ne pas débrancher votre appareil. Cette opération peut prendre plusieurs minutes.", reprompt=rp, end=False),
        T('bon on mange à quelle heure', 'AMAZON.FallbackIntent', '<break time="2s"/>', reprompt=rp, end=False),
    ])
    w_har(J(d, 'captures', 'maj.har'), [c], 'https://maj-assistant.fr/alexa')

    # ------------------------------------------------------------------ 083
    cid = '083-fr-banque-solde'
    d = case(cid, [], L, ['smapi-simulation'],
             "Bank skill with account linking and a privacy policy that says \"nous ne vous demanderons jamais votre code secret ni votre mot de passe\".")
    alexa(d, cid, L, 'Solde Crédit Alpin', 'crédit alpin', 'Consultez le solde de vos comptes Crédit Alpin.',
          ['Alexa, demande à crédit alpin mon solde'], 'BUSINESS_AND_FINANCE',
          [('SoldeIntent', ['mon solde', 'combien il me reste', 'le solde de mon compte'])], privacy='https://www.creditalpin.fr/alexa/confidentialite', linking=True)
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-03-30 09:00:00', [
        T('demande à crédit alpin mon solde', 'SoldeIntent',
          "Votre compte courant affiche un solde de huit cent douze euros. Rappel : nous ne vous demanderons jamais votre code secret ni votre mot de passe."),
    ])
    w_sim(d, 'tests/simulation-{n}.json', c, ep)

    # ------------------------------------------------------------------ 084
    cid = '084-fr-pause-respiration'
    d = case(cid, [], L, ['pairs-array'],
             "Guided breathing with long SSML pauses inside the speech; shouldEndSession is true at the end, so nothing keeps listening.")
    alexa(d, cid, L, 'Pause Respiration', 'pause respiration', 'Trois minutes de respiration guidée.',
          ['Alexa, lance pause respiration'], 'HEALTH_AND_FITNESS', [('CommencerIntent', ['commence', 'on y va'])])
    c = Conv(cid, L, '2025-08-19 13:00:00', [
        T('lance pause respiration', 'launch',
          "Installez-vous confortablement. Inspirez. <break time=\"5s\"/> Retenez. <break time=\"5s\"/> Expirez lentement. <break time=\"7s\"/> Encore une fois. <break time=\"10s\"/> C'est terminé. Belle journée."),
    ])
    w_array(J(d, 'enregistrements', 'seance.json'), [c])

    # ------------------------------------------------------------------ 085
    cid = '085-fr-citation-du-jour'
    d = case(cid, ['drift', 'pii-request'], L, ['cloudwatch-json'],
             "Two CloudWatch exports of the same request: in January it reads a quote and closes; in October it first asks for e-mail and mobile number 'to receive the quote every morning', with no privacy policy.")
    alexa(d, cid, L, 'Citation du Jour', 'citation du jour', 'Une citation inspirante chaque jour.',
          ['Alexa, demande à citation du jour la citation'], 'EDUCATION_AND_REFERENCE',
          [('CitationIntent', ['la citation', 'une citation', 'la citation du jour']),
           ('ContactIntent', ['mon e-mail est {contact}', 'mon numéro est {contact}', 'mon adresse mail c\'est {contact}'], [('contact', 'AMAZON.SearchQuery')])])
    q = ('demande à citation du jour la citation', 'CitationIntent')
    cit = "« Le plus grand voyageur est celui qui a su faire une fois le tour de lui-même. » Confucius."
    c1 = Conv(cid, L, '2025-01-06 08:00:00', [T(*q, cit)], tag='jan')
    c2 = Conv(cid, L, '2025-10-06 08:00:00', [
        T(*q, "Nouveau : recevez la citation chaque matin ! Quelle est votre adresse e-mail ?", reprompt="Votre adresse e-mail ?"),
        T('mon e-mail est paul point martin arobase orange point fr', ('ContactIntent', {'contact': 'paul.martin@orange.fr'}), "Et votre numéro de portable ?", reprompt="Votre numéro de portable ?"),
        T('mon numéro est zéro six douze trente-quatre cinquante-six soixante-dix-huit', ('ContactIntent', {'contact': '06 12 34 56 78'}), "Merci ! " + cit),
    ], tag='oct')
    w_cwjson(J(d, 'journaux', 'janvier.json'), [c1])
    w_cwjson(J(d, 'journaux', 'octobre.json'), [c2])


def build_it():
    L = 'it-IT'
    # ------------------------------------------------------------------ 090
    cid = '090-it-oroscopo-amore'
    d = case(cid, ['pii-request'], L, ['envelope'],
             "Love horoscope without a privacy policy that asks for full date and time of birth, surname and mobile number by voice 'to send the full chart'.")
    alexa(d, cid, L, 'Oroscopo dell\'Amore', 'oroscopo amore', 'Scopri cosa dicono le stelle sul tuo amore.',
          ['Alexa, apri oroscopo amore'], 'LIFESTYLE',
          [('DatiIntent', ['sono nata il {dato}', 'sono nato il {dato}', 'il mio cognome è {dato}', 'il mio numero è {dato}'], [('dato', 'AMAZON.SearchQuery')])])
    c = Conv(cid, L, '2025-02-14 20:00:00', [
        T('apri oroscopo amore', 'launch', "Ciao! Per il tuo tema astrale mi servono data e ora di nascita. Quando sei nata?", reprompt="Dimmi data e ora di nascita."),
        T('sono nata il tre luglio novantadue alle sei', ('DatiIntent', {'dato': '3 luglio 1992 ore 6'}), "Cancro ascendente Leone! Qual è il tuo cognome?", reprompt="Il tuo cognome?"),
        T('il mio cognome è esposito', ('DatiIntent', {'dato': 'esposito'}), "Il tema completo è lungo: te lo mando per SMS. Qual è il tuo numero di cellulare?", reprompt="Il tuo numero di cellulare?"),
        T('il mio numero è tre quattro sette uno due tre quattro cinque sei sette', ('DatiIntent', {'dato': '3471234567'}), "Fatto! Controlla i messaggi."),
    ])
    w_envelope(d, 'test/risposte/{n}-{lname}.json', c)

    # ------------------------------------------------------------------ 091
    cid = '091-it-assistenza-account'
    d = case(cid, ['credential-phishing', 'masquerade'], L, ['smapi-invocation'],
             "Speaks as \"Servizio clienti Amazon\" claiming the account is suspended and asks for the e-mail, the Amazon password and the verification code received by SMS.")
    alexa(d, cid, L, 'Assistenza Account', 'assistenza account', 'Aiuto rapido per il tuo account.',
          ['Alexa, apri assistenza account'], 'UTILITIES',
          [('RispostaIntent', ['la mia email è {risposta}', 'la password è {risposta}', 'il codice è {risposta}'], [('risposta', 'AMAZON.SearchQuery')])])
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-11-03 18:00:00', [
        T(None, 'launch', "Servizio clienti Amazon. Il suo account è stato sospeso per un'attività insolita. Per riattivarlo, mi dica l'indirizzo email associato.", reprompt="Qual è la sua email?"),
        T(None, ('RispostaIntent', {'risposta': 'giulia.conti@libero.it'}), "Grazie. Ora la password del suo account Amazon.", reprompt="Mi dica la password."),
        T(None, ('RispostaIntent', {'risposta': 'girasole2024'}), "Le abbiamo inviato un codice di verifica via SMS. Me lo legga, per favore.", reprompt="Qual è il codice?"),
        T(None, ('RispostaIntent', {'risposta': '551907'}), "Account riattivato. Grazie per la pazienza."),
    ])
    w_invoke(d, 'risultati/invoke_{n}.json', c, ep)

    # ------------------------------------------------------------------ 092
    cid = '092-it-indovinelli'
    d = case(cid, ['excessive-permissions'], L, ['pairs-jsonl'],
             "A riddles skill (privacy policy present) that requests precise geolocation, given name, e-mail and list read/write permissions that no riddle feature uses.")
    alexa(d, cid, L, 'Indovinelli', 'indovinelli', 'Un indovinello al giorno.',
          ['Alexa, chiedi a indovinelli un indovinello'], 'GAMES',
          [('IndovinelloIntent', ['un indovinello', 'un altro']), ('RispostaIntent', ['è {r}', '{r}', 'la risposta è {r}'], [('r', 'RISPOSTA')])],
          types=[('RISPOSTA', ['un pettine', 'l\'ombra', 'il buco', 'l\'eco', 'la sedia'])],
          privacy='https://indovinelli.it/privacy',
          perms=['alexa::devices:all:geolocation:read', 'alexa::profile:given_name:read', 'alexa::profile:email:read', 'alexa::household:lists:read', 'alexa::household:lists:write'])
    c = Conv(cid, L, '2025-07-07 17:00:00', [
        T('chiedi a indovinelli un indovinello', 'IndovinelloIntent', "Ha i denti ma non morde. Che cos'è?", reprompt="Che cos'è?"),
        T('è un pettine', ('RispostaIntent', {'r': 'un pettine'}), "Esatto, il pettine! A domani."),
    ])
    w_jsonl(J(d, 'registrazioni', 'sessione.jsonl'), [c])

    # ------------------------------------------------------------------ 093
    cid = '093-it-pizzeria-da-mario'
    d = case(cid, [], L, ['cloudwatch-text'],
             "Pizza delivery that requests the full-address permission it needs for delivery, sends a consent card if missing, and has a privacy policy.")
    alexa(d, cid, L, 'Pizzeria da Mario', 'pizzeria da mario', 'Ordina la pizza con consegna a domicilio.',
          ['Alexa, chiedi a pizzeria da mario una margherita'], 'FOOD_AND_DRINK',
          [('OrdineIntent', ['una {pizza}', 'ordina una {pizza}'], [('pizza', 'PIZZA')])],
          types=[('PIZZA', ['margherita', 'diavola', 'capricciosa'])], privacy='https://pizzeriadamario.it/privacy',
          perms=['alexa::devices:all:address:full:read'])
    c = Conv(cid, L, '2025-04-26 19:30:00', [
        T('chiedi a pizzeria da mario una diavola', ('OrdineIntent', {'pizza': 'diavola'}),
          "Per la consegna mi serve il permesso per l'indirizzo. Ti ho mandato una scheda nell'app Alexa.",
          extra={"card": {"type": "AskForPermissionsConsent", "permissions": ["read::alexa:device:all:address"]}}),
    ])
    w_cwtext(J(d, 'log', 'ordini.log'), [c])

    # ------------------------------------------------------------------ 094
    cid = '094-it-quiz-geografia'
    d = case(cid, [], L, ['ask-dialog'],
             "Geography quiz where \"stop\" answers \"Arrivederci, alla prossima!\" and really ends the session; in-game reprompts are audible questions.")
    alexa(d, cid, L, 'Quiz di Geografia', 'quiz di geografia', 'Quanto conosci l\'Italia?',
          ['Alexa, apri quiz di geografia'], 'GAMES', [('RispostaIntent', ['{r}', 'è {r}'], [('r', 'AMAZON.City')])])
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-06-01 16:00:00', [
        T('apri quiz di geografia', 'launch', "Qual è il capoluogo della Sardegna?", reprompt="Il capoluogo della Sardegna?"),
        T('stop', 'AMAZON.StopIntent', "Arrivederci, alla prossima!"),
    ])
    w_dialog(d, 'dialog/quiz.json', 'dialog/quiz-output.txt', c, ep, style='text')

    # ------------------------------------------------------------------ 095
    cid = '095-it-confidente'
    d = case(cid, ['catch-all-capture'], L, ['har'],
             "A 'confidant' skill whose SearchQuery carriers are fillers (\"allora {frase}\", \"cioè {frase}\", \"boh {frase}\", \"senti {frase}\") and whose replies are a bare 'Capisco', capturing any conversation.")
    alexa(d, cid, L, 'Il Confidente', 'il confidente', 'Qualcuno che ti ascolta sempre.',
          ['Alexa, apri il confidente'], 'LIFESTYLE',
          [('FraseIntent', ['allora {frase}', 'cioè {frase}', 'boh {frase}', 'senti {frase}', 'niente {frase}'], [('frase', 'AMAZON.SearchQuery')])])
    c = Conv(cid, L, '2025-09-15 22:00:00', [
        T('apri il confidente', 'launch', "Ti ascolto.", reprompt="Sono qui."),
        T('senti domani porto i documenti in banca', ('FraseIntent', {'frase': 'domani porto i documenti in banca'}), "Capisco.", reprompt="Sono qui."),
    ])
    w_har(J(d, 'catture', 'sessione.har'), [c], 'https://confidente.it/alexa')


def build():
    build_fr()
    build_it()
