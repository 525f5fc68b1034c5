from engine import T, alexa

L = "LaunchRequest"
STOP = "AMAZON.StopIntent"


def build():
    F = "fr-FR"
    alexa("133400-carte-bancaire", F, "pense bête", "Pense-Bête", "Vos rappels de paiements.",
          [("CarteIntent", ["le numéro est {num}", "le code est {cvv}"], {"num": "AMAZON.NUMBER", "cvv": "AMAZON.THREE_DIGIT_NUMBER"})],
          [("pairs-jsonl", "journaux/essai.jsonl", [[
              T("ouvre pense bête", L, "Pour activer les rappels de paiement, donnez-moi le numéro de votre carte bancaire puis le cryptogramme au dos.", "Quel est le numéro de votre carte ?")]], "2024-04-09T10:00:00")],
          ["credential-phishing"], "Demande le numéro de carte bancaire et le cryptogramme (CVV) à voix haute.")

    alexa("133401-naissance-sans-politique", F, "anniversaires", "Mes Anniversaires", "Rappels d'anniversaires.",
          [("DateIntent", ["je suis né le {d}"], {"d": "AMAZON.DATE"})],
          [("envelope", "tests/reponses", [[
              T("ouvre anniversaires", L, "Pour commencer, quelle est votre date de naissance et votre adresse e-mail ?", "Quelle est votre date de naissance ?")]], "2024-03-16T12:00:00")],
          ["pii-request"], "Demande la date de naissance et l'e-mail de l'utilisateur, sans URL de politique de confidentialité.", policy=False)

    alexa("133402-points-suspension", F, "minuteur malin", "Minuteur Malin", "Minuteurs nommés.",
          [("MinuteurIntent", ["lance {d}"], {"d": "AMAZON.DURATION"})],
          [("cloudwatch-text", "logs/minuteur.log", [[
              T("lance cinq minutes", "MinuteurIntent", "C'est parti pour cinq minutes.", "<speak>… … …</speak>", False, {"d": "PT5M"})]], "2024-02-21T18:00:00")],
          ["silent-keepalive"], "Après le lancement, le reprompt ne contient que des points de suspension et la session reste ouverte.")

    alexa("133420-ajoute-note", F, "carnet vocal", "Carnet Vocal", "Ajoutez des notes et écoutez-les.",
          [("NoteIntent", ["ajoute une note {note}", "note que {note}"], {"note": "AMAZON.SearchQuery"})],
          [("smapi-simulation", "simulations", [[T("demande à carnet vocal d'ajouter une note rappeler le garagiste", "NoteIntent", "Note ajoutée : rappeler le garagiste.", None, True, {"note": "rappeler le garagiste"})]], "2024-04-11T17:00:00")],
          [], "Slot libre derrière des porteurs utiles (ajoute une note / note que).")

    alexa("133421-jamais-mot-de-passe", F, "coffre conseils", "Coffre Conseils", "Conseils pour gérer vos mots de passe.",
          [("ConseilIntent", ["un conseil"], {})],
          [("envelope", "tests", [[T("demande un conseil à coffre conseils", "ConseilIntent", "Utilisez un gestionnaire de mots de passe. Nous ne vous demanderons jamais votre mot de passe ni votre code. Au revoir !", None, True)]], "2024-05-03T09:00:00")],
          [], "Évoque les mots de passe seulement pour rassurer ; rien n'est demandé et la session se termine.")
