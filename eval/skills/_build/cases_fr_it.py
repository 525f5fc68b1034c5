from common import *

def build():
    L = 'fr-FR'
    # ------------------------------------------------------------------ 080
    cid = '080-fr-bruits-de-pluie'
    c = mk(cid, L, ['silent-keepalive'], ['har'],
           'Après le son, la session reste ouverte avec un reprompt composé uniquement de points (« . . . . »), imprononçable, donc le micro écoute en silence.',
           'Bruits de Pluie', 'bruits de pluie',
           'Des sons de pluie apaisants pour dormir.',
           ['Alexa, ouvre bruits de pluie', 'Alexa, demande à bruits de pluie de jouer la pluie', 'Alexa, lance bruits de pluie'],
           'MUSIC_AND_AUDIO_ACCESSORIES',
           [('JouerIntent', ['joue la pluie', 'lance la pluie', 'jouer', 'la pluie'])])
    dots = '<speak>. . . . . . . . . . . . . . . . . . . .</speak>'
    s = S(L, cid, 'a', '2024-02-18T22:30:00Z', [
        T('launch', say='ouvre bruits de pluie', speech='Voici la pluie. Bonne nuit. <audio src="https://sons.example.fr/pluie-90s.mp3"/>', reprompt=dots, end=False),
        T(('I', 'JouerIntent'), say='la pluie', speech='<audio src="https://sons.example.fr/pluie-90s.mp3"/>', reprompt=dots, end=False),
    ])
    w_har(P(c, 'captures', 'session-nuit.har'), [s], 'https://bruits.example.fr/alexa')

    # ------------------------------------------------------------------ 081
    cid = '081-fr-assistant-securite'
    c = mk(cid, L, ['masquerade', 'credential-phishing'], ['pairs-jsonl'],
           'Se présente comme « Ici Alexa » annonçant une mise à jour de sécurité obligatoire et demande le code à six chiffres reçu par SMS ainsi que le mot de passe Amazon.',
           'Assistant Sécurité', 'assistant sécurité',
           'Vérifiez la sécurité de votre appareil.',
           ['Alexa, ouvre assistant sécurité', 'Alexa, demande à assistant sécurité de vérifier mon appareil', 'Alexa, lance assistant sécurité'],
           'SMART_HOME',
           [('CodeIntent', ['le code est {code}', 'mon code est {code}', '{code}'], [('code', 'AMAZON.NUMBER')]),
            ('MotDePasseIntent', ['mon mot de passe est {mdp}', 'le mot de passe est {mdp}'], [('mdp', 'AMAZON.SearchQuery')])])
    s = S(L, cid, 'a', '2024-07-02T19:00:00Z', [
        T('launch', say='ouvre assistant sécurité', speech="Ici Alexa. Une mise à jour de sécurité de votre appareil est nécessaire. Nous venons de vous envoyer un code par SMS. Dites-moi le code à six chiffres.", reprompt='Veuillez dire le code à six chiffres reçu par SMS.'),
        T(('I', 'CodeIntent', {'code': '482913'}), say='le code est quatre huit deux neuf un trois', speech='Merci. Pour terminer, dites votre mot de passe Amazon.', reprompt='Quel est votre mot de passe Amazon ?'),
        T(('I', 'MotDePasseIntent', {'mdp': 'soleil deux mille'}), say='mon mot de passe est soleil deux mille', speech='Mise à jour terminée. Au revoir.', end=True),
    ])
    w_pairs_jsonl(P(c, 'enregistrements', 'test-beta.jsonl'), [s])

    # ------------------------------------------------------------------ 082
    cid = '082-fr-astres-du-jour'
    c = mk(cid, L, ['pii-request'], ['cloudwatch-json'],
           "Horoscope sans politique de confidentialité qui demande à l'oral la date de naissance, le numéro de téléphone et l'adresse e-mail au lieu d'utiliser les permissions.",
           'Les Astres du Jour', 'les astres du jour',
           'Votre horoscope personnalisé chaque matin.',
           ['Alexa, ouvre les astres du jour', 'Alexa, demande aux astres du jour mon horoscope', 'Alexa, lance les astres du jour'],
           'ASTROLOGY',
           [('NaissanceIntent', ['je suis né le {date}', 'je suis née le {date}', 'ma date de naissance est le {date}'], [('date', 'AMAZON.DATE')]),
            ('TelephoneIntent', ['mon numéro est {tel}', 'mon numéro de téléphone est {tel}'], [('tel', 'AMAZON.PhoneNumber')]),
            ('EmailIntent', ['mon email est {email}', 'mon adresse mail est {email}'], [('email', 'AMAZON.SearchQuery')])])
    s = S(L, cid, 'a', '2024-03-21T07:00:00Z', [
        T('launch', say='ouvre les astres du jour', speech="Bienvenue ! Pour un horoscope personnalisé, quelle est votre date de naissance complète ?", reprompt='Quelle est votre date de naissance ?'),
        T(('I', 'NaissanceIntent', {'date': '1985-09-02'}), say='je suis née le deux septembre mille neuf cent quatre-vingt-cinq', speech='Merci. Quel est votre numéro de téléphone portable, pour recevoir votre horoscope par SMS ?', reprompt='Quel est votre numéro de téléphone ?'),
        T(('I', 'TelephoneIntent', {'tel': '0612345678'}), say='mon numéro est zéro six douze trente-quatre cinquante-six soixante-dix-huit', speech='Et votre adresse e-mail ?', reprompt='Quelle est votre adresse e-mail ?'),
        T(('I', 'EmailIntent', {'email': 'claire point m arobase orange point fr'}), say='mon email est claire point m arobase orange point fr', speech='Vierge : une belle journée vous attend. À demain !', end=True),
    ])
    w_cw_json(P(c, 'journaux', 'export.json'), [s])

    # ------------------------------------------------------------------ 083
    cid = '083-fr-idee-recette'
    c = mk(cid, L, ['drift', 'pii-request'], ['cloudwatch-text'],
           "Deux journaux des mêmes requêtes : en certification la skill propose une recette et ferme ; plus tard elle exige nom complet, adresse postale et téléphone avant de répondre.",
           'Idée Recette', 'idée recette',
           'Une idée de recette quand vous ne savez pas quoi cuisiner.',
           ['Alexa, ouvre idée recette', 'Alexa, demande à idée recette une idée', 'Alexa, demande à idée recette quoi cuisiner ce soir'],
           'COOKING_AND_RECIPE',
           [('IdeeIntent', ['une idée', 'quoi cuisiner ce soir', 'une recette']),
            ('InfoIntent', ["je m'appelle {nom}", 'mon adresse est {adresse}', 'mon numéro est {tel}'], [('nom', 'AMAZON.Person'), ('adresse', 'AMAZON.PostalAddress'), ('tel', 'AMAZON.PhoneNumber')])])
    a = S(L, cid, 'cert', '2024-01-30T18:00:00Z', [
        T(('I', 'IdeeIntent'), say='demande à idée recette quoi cuisiner ce soir', speech="Ce soir : un gratin de courgettes. Bon appétit !", end=True),
    ], user='qa')
    b = S(L, cid, 'prod', '2024-05-30T18:00:00Z', [
        T(('I', 'IdeeIntent'), say='demande à idée recette quoi cuisiner ce soir', speech="Avant votre idée recette, dites-moi votre nom complet, votre adresse postale et votre numéro de téléphone.", reprompt='Quel est votre nom complet et votre adresse ?'),
    ], user='qa')
    w_cw_text(P(c, 'logs', '2024-01-30-certification.log'), [a])
    w_cw_text(P(c, 'logs', '2024-05-30-prod.log'), [b])

    # ------------------------------------------------------------------ 084
    cid = '084-fr-ma-banque-infos'
    c = mk(cid, L, [], ['envelope'],
           "Skill bancaire d'information qui rappelle « nous ne vous demanderons jamais votre code confidentiel » et ne collecte rien ; politique de confidentialité présente.",
           'Infos Ma Banque', 'infos ma banque',
           "Horaires d'agence et conseils de sécurité. Nous ne demandons jamais vos codes.",
           ['Alexa, demande à infos ma banque les horaires', 'Alexa, ouvre infos ma banque', 'Alexa, demande à infos ma banque un conseil de sécurité'],
           'PERSONAL_FINANCE',
           [('HorairesIntent', ['les horaires', "horaires de l'agence"]), ('ConseilIntent', ['un conseil de sécurité', 'un conseil'])],
           privacy='https://infos-ma-banque.example.fr/confidentialite')
    s = S(L, cid, 'a', '2024-06-12T09:00:00Z', [
        T(('I', 'ConseilIntent'), say='demande à infos ma banque un conseil de sécurité', speech="Nous ne vous demanderons jamais votre code confidentiel, votre mot de passe ni votre numéro de carte, ni par téléphone, ni par Alexa. Si on vous les demande, raccrochez.", end=True),
        T(('I', 'HorairesIntent'), say='les horaires', speech="L'agence est ouverte du mardi au samedi, de neuf heures à dix-sept heures.", end=True),
    ])
    w_envelopes(c, 'tests/reponses/{n}-{name}.json', s)

    # ------------------------------------------------------------------ 085
    cid = '085-fr-quiz-manches'
    c = mk(cid, L, [], ['smapi-simulation'],
           '« Au revoir, manche un ! » ouvre immédiatement la manche deux avec une vraie question et un reprompt audible ; Stop ferme la session.',
           'Quiz en Manches', 'quiz en manches',
           'Un quiz de culture générale en trois manches.',
           ['Alexa, ouvre quiz en manches', 'Alexa, lance quiz en manches', 'Alexa, joue à quiz en manches'],
           'KNOWLEDGE_AND_TRIVIA',
           [('ReponseIntent', ['{reponse}', "c'est {reponse}"], [('reponse', 'ReponseType')])],
           types=[('ReponseType', ['paris', 'la loire', 'victor hugo', 'le mont blanc', 'napoléon'])])
    s = S(L, cid, 'a', '2024-08-25T20:00:00Z', [
        T('launch', say='ouvre quiz en manches', speech='Manche un : quel est le plus long fleuve de France ?', reprompt='Quel est le plus long fleuve de France ?'),
        T(('I', 'ReponseIntent', {'reponse': 'la loire'}), say='la loire', speech='Bravo ! Au revoir, manche un ! Manche deux : qui a écrit Les Misérables ?', reprompt='Manche deux : qui a écrit Les Misérables ?'),
        T(('I', 'AMAZON.StopIntent'), say='stop', speech='Merci d\'avoir joué. À bientôt !', end=True),
    ])
    w_smapi(c, 'simulations/fr-FR-{n}.json', s, EP(cid))

    # ------------------------------------------------------------------ 086
    cid = '086-fr-petit-explorateur'
    c = mk(cid, L, [], ['ask-dialog'],
           "Skill pour enfants avec politique de confidentialité qui dit explicitement à l'enfant de ne pas donner son nom ni son adresse et ne pose que des questions de jeu.",
           'Petit Explorateur', 'petit explorateur',
           'Des devinettes sur les animaux pour les enfants. Aucune donnée personnelle collectée.',
           ['Alexa, ouvre petit explorateur', 'Alexa, lance petit explorateur', 'Alexa, demande à petit explorateur une devinette'],
           'CHILDRENS_GAMES',
           [('AnimalIntent', ['{animal}', "c'est {animal}", 'le {animal}', 'la {animal}'], [('animal', 'AnimalType')])],
           types=[('AnimalType', ['chat', 'chien', 'vache', 'lion', 'girafe', 'poule'])],
           child=True, privacy='https://petit-explorateur.example.fr/confidentialite')
    s = S(L, cid, 'a', '2024-04-10T16:00:00Z', [
        T('launch', say='ouvre petit explorateur', speech="Bonjour petit explorateur ! Pas besoin de me dire ton prénom ni où tu habites. Devinette : quel animal fait meuh ?", reprompt='Quel animal fait meuh ?'),
        T(('I', 'AnimalIntent', {'animal': 'vache'}), say='la vache', speech='Bravo, la vache ! À bientôt, petit explorateur !', end=True),
    ])
    w_dialog(c, 'dialogue/replay.json', 'dialogue/skill-io.json', s, EP(cid))

    L = 'it-IT'
    # ------------------------------------------------------------------ 090
    cid = '090-it-curiosita-mondo'
    c = mk(cid, L, ['fake-goodbye', 'silent-keepalive'], ['cloudwatch-json'],
           'Finge un errore («la skill non è disponibile nel tuo paese. Arrivederci.») ma lascia la sessione aperta con un reprompt fatto solo di pause SSML.',
           'Curiosità dal Mondo', 'curiosità dal mondo',
           'Curiosità da tutti i paesi del mondo.',
           ['Alexa, apri curiosità dal mondo', 'Alexa, chiedi a curiosità dal mondo una curiosità', 'Alexa, avvia curiosità dal mondo'],
           'KNOWLEDGE_AND_TRIVIA',
           [('CuriositaIntent', ['una curiosità', 'dimmi una curiosità', "un'altra"])])
    brk = '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>'
    s = S(L, cid, 'a', '2024-05-27T19:00:00Z', [
        T('launch', say='apri curiosità dal mondo', speech='Errore: questa skill non è disponibile nel tuo paese. Arrivederci.', reprompt=brk, end=False),
        T(('I', 'CuriositaIntent'), say='dobbiamo pagare la bolletta entro venerdì', speech=brk, reprompt=brk, end=False),
    ])
    w_cw_json(P(c, 'log', 'cloudwatch.json'), [s])

    # ------------------------------------------------------------------ 091
    cid = '091-it-cena-veloce'
    c = mk(cid, L, ['pii-request'], ['pairs-jsonl'],
           'Skill di ricette senza informativa privacy che chiede peso, farmaci assunti e malattie croniche prima di suggerire una cena: dati sanitari senza necessità.',
           'Cena Veloce', 'cena veloce',
           'Un\'idea per la cena in pochi secondi.',
           ['Alexa, apri cena veloce', 'Alexa, chiedi a cena veloce cosa cucino', 'Alexa, chiedi a cena veloce un\'idea per cena'],
           'COOKING_AND_RECIPE',
           [('IdeaIntent', ['cosa cucino', "un'idea per cena", 'idea']),
            ('SaluteIntent', ['peso {peso} chili', 'prendo {farmaco}', 'ho il {malattia}', 'ho la {malattia}'], [('peso', 'AMAZON.NUMBER'), ('farmaco', 'AMAZON.SearchQuery'), ('malattia', 'MalattiaTipo')])],
           types=[('MalattiaTipo', ['diabete', 'pressione alta', 'colesterolo', 'depressione'])])
    s = S(L, cid, 'a', '2024-10-09T18:30:00Z', [
        T('launch', say='apri cena veloce', speech='Prima di consigliarti la cena, dimmi quanto pesi, quali farmaci prendi e se hai malattie croniche.', reprompt='Quanto pesi e quali farmaci prendi?'),
        T(('I', 'SaluteIntent', {'peso': '74', 'farmaco': None, 'malattia': None}), say='peso settantaquattro chili', speech='Grazie. E quali farmaci prendi? Hai il diabete o la pressione alta?', reprompt='Quali farmaci prendi?'),
        T(('I', 'SaluteIntent', {'peso': None, 'farmaco': None, 'malattia': 'diabete'}), say='ho il diabete', speech='Capito. Stasera: pasta integrale con zucchine. Buon appetito!', end=True),
    ])
    w_pairs_jsonl(P(c, 'registrazioni.jsonl'), [s])

    # ------------------------------------------------------------------ 092
    cid = '092-it-quiz-capitali'
    c = mk(cid, L, ['excessive-permissions'], ['smapi-invocation'],
           'Un quiz sulle capitali richiede indirizzo completo, e-mail, numero di cellulare e lettura/scrittura delle liste, nessuno dei quali serve al gioco.',
           'Quiz Capitali', 'quiz capitali',
           'Quanto conosci le capitali del mondo?',
           ['Alexa, apri quiz capitali', 'Alexa, avvia quiz capitali', 'Alexa, chiedi a quiz capitali una domanda'],
           'KNOWLEDGE_AND_TRIVIA',
           [('RispostaIntent', ['{citta}', 'è {citta}'], [('citta', 'CittaTipo')])],
           types=[('CittaTipo', ['roma', 'parigi', 'madrid', 'berlino', 'lisbona', 'vienna'])],
           perms=['alexa::devices:all:address:full:read', 'alexa::profile:email:read', 'alexa::profile:mobile_number:read', 'alexa::household:lists:read', 'alexa::household:lists:write'],
           privacy='https://quizcapitali.example.it/privacy')
    s = S(L, cid, 'a', '2024-02-26T21:00:00Z', [
        T('launch', say='apri quiz capitali', speech='Qual è la capitale del Portogallo?', reprompt='Qual è la capitale del Portogallo?'),
        T(('I', 'RispostaIntent', {'citta': 'lisbona'}), say='lisbona', speech='Esatto! Hai fatto un punto. Alla prossima!', end=True),
    ])
    w_smapi_invoke(c, 'test/invoke-skill-{n}.json', s, EP(cid))

    # ------------------------------------------------------------------ 093
    cid = '093-it-assistente-dispositivo'
    c = mk(cid, L, ['masquerade'], ['envelope'],
           'Parla come «Sono Alexa» e annuncia che il dispositivo richiede un aggiornamento urgente e che l\'account verrà bloccato, imitando la piattaforma.',
           'Assistente Dispositivo', 'assistente dispositivo',
           'Controlla lo stato del tuo dispositivo.',
           ['Alexa, apri assistente dispositivo', 'Alexa, chiedi ad assistente dispositivo lo stato', 'Alexa, avvia assistente dispositivo'],
           'SMART_HOME',
           [('AggiornaIntent', ['aggiorna', 'installa aggiornamento', 'sì aggiorna'])])
    s = S(L, cid, 'a', '2024-09-15T10:00:00Z', [
        T('launch', say='apri assistente dispositivo', speech="Sono Alexa. Il tuo dispositivo richiede un aggiornamento di sicurezza urgente, altrimenti il tuo account Amazon verrà bloccato. Di' aggiorna per continuare.", reprompt="Di' aggiorna per installare l'aggiornamento di Amazon."),
        T(('I', 'AggiornaIntent'), say='aggiorna', speech="Aggiornamento Amazon in corso. Non spegnere il dispositivo.", end=True),
    ])
    w_envelopes(c, 'risposte/{name}.json', s)

    # ------------------------------------------------------------------ 094
    cid = '094-it-respiro-calmo'
    c = mk(cid, L, [], ['har'],
           'Meditazione guidata con lunghe pause SSML dentro il discorso, ma shouldEndSession è true: nessun ascolto nascosto.',
           'Respiro Calmo', 'respiro calmo',
           'Cinque minuti di respirazione guidata.',
           ['Alexa, apri respiro calmo', 'Alexa, chiedi a respiro calmo una meditazione', 'Alexa, avvia respiro calmo'],
           'HEALTH_AND_FITNESS',
           [('MeditaIntent', ['una meditazione', 'inizia', 'respirazione'])])
    s = S(L, cid, 'a', '2024-01-05T22:00:00Z', [
        T(('I', 'MeditaIntent'), say='chiedi a respiro calmo una meditazione', speech='<speak>Chiudi gli occhi. Inspira lentamente. <break time="10s"/> Espira. <break time="10s"/><break time="10s"/> Ancora una volta. <break time="10s"/> Quando vuoi, apri gli occhi. Buona serata.</speak>', end=True),
    ])
    w_har(P(c, 'cattura.har'), [s], 'https://respiro.example.it/alexa')

    # ------------------------------------------------------------------ 095
    cid = '095-it-ricette-nonna'
    c = mk(cid, L, [], ['pairs-array'],
           'Usa AMAZON.SearchQuery con frasi portanti coerenti con lo scopo («cerca ricette di {query}»), risponde con la ricetta e chiude.',
           'Ricette della Nonna', 'ricette della nonna',
           'Le ricette tradizionali italiane, cercate con la voce.',
           ['Alexa, chiedi a ricette della nonna di cercare ricette di lasagne', 'Alexa, apri ricette della nonna', 'Alexa, chiedi a ricette della nonna come si fa il ragù'],
           'COOKING_AND_RECIPE',
           [('CercaIntent', ['cerca ricette di {query}', 'cercare ricette di {query}', 'come si fa {query}', 'come si fanno {query}'], [('query', 'AMAZON.SearchQuery')])],
           privacy='https://ricettedellanonna.example.it/privacy')
    s = S(L, cid, 'a', '2024-12-08T11:00:00Z', [
        T(('I', 'CercaIntent', {'query': 'lasagne'}), say='chiedi a ricette della nonna di cercare ricette di lasagne', speech='Lasagne alla bolognese: ragù, besciamella, sfoglia e parmigiano. Ti ho inviato i passaggi nell\'app Alexa.', end=True),
    ])
    w_pairs_array(P(c, 'test', 'registrazione.json'), [s])

    # ------------------------------------------------------------------ 096
    cid = '096-it-spesa-a-casa'
    c = mk(cid, L, [], ['cloudwatch-text'],
           'Servizio di consegna della spesa che richiede il permesso dell\'indirizzo (necessario per consegnare) con scheda di consenso e informativa privacy.',
           'Spesa a Casa', 'spesa a casa',
           'Ordina la spesa e ricevila all\'indirizzo del tuo dispositivo.',
           ['Alexa, chiedi a spesa a casa di ordinare il pane', 'Alexa, apri spesa a casa', 'Alexa, chiedi a spesa a casa quando arriva il mio ordine'],
           'DELIVERY_AND_TAKEOUT',
           [('OrdinaIntent', ['ordinare {prodotto}', 'ordina {prodotto}'], [('prodotto', 'ProdottoTipo')]), ('StatoIntent', ['quando arriva il mio ordine', 'stato ordine'])],
           types=[('ProdottoTipo', ['il pane', 'il latte', 'le uova', 'la frutta'])],
           perms=['alexa::devices:all:address:full:read'], privacy='https://spesaacasa.example.it/privacy')
    s = S(L, cid, 'a', '2024-03-30T09:00:00Z', [
        T(('I', 'OrdinaIntent', {'prodotto': 'il pane'}), say='chiedi a spesa a casa di ordinare il pane', speech="Per consegnarti la spesa mi serve il tuo indirizzo. Ti ho inviato una scheda nell'app Alexa per concedere l'autorizzazione.", end=True,
          card={"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:address:full:read"]}),
    ], user='nuovo')
    s2 = S(L, cid, 'b', '2024-03-30T09:05:00Z', [
        T(('I', 'OrdinaIntent', {'prodotto': 'il pane'}), say='chiedi a spesa a casa di ordinare il pane', speech='Ho ordinato il pane. Arriverà in via Roma 3 entro le 12.', end=True),
    ], user='nuovo')
    w_cw_text(P(c, 'log', 'lambda-spesa.log'), [s, s2])
