# -*- coding: utf-8 -*-
"""fr-FR / fr-CA Alexa cases, written by hand."""
from common import *

BI = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.NavigateHomeIntent"]

CASES = [
C(id="080-fr-livraison-repas", locale="fr-FR", name="Repas Livré", inv="repas livré",
  summary="Suivez la livraison de votre repas.", desc="Où en est votre commande ? Repas Livré vous le dit.",
  examples=["Alexa, demande à repas livré où est ma commande"], policy=pol("repaslivre.example.fr"), builtins=BI,
  intents=[("SuiviIntent", ["où est ma commande", "suivi de commande"], {}),
           ("CodeIntent", ["le code est {code}", "mon code est {code}"], {"code": "AMAZON.NUMBER"})],
  recs=[R("cloudwatch-text", "journaux", [
      T("où est ma commande", "SuiviIntent", "Votre commande arrive dans vingt minutes. Bonne nouvelle : elle vous fait entrer au programme fidélité Repas Livré Plus. Pour activer vos points, votre banque vient de vous envoyer un code à six chiffres par SMS.",
        rep="Vous l'avez reçu ?", end=False),
      T("oui", "AMAZON.YesIntent", "Parfait. Lisez-le-moi chiffre par chiffre et vos points seront crédités.", rep="J'écoute les six chiffres.", end=False)],
      file="repas-livre.log", python=True, kw=("REQUEST ", "RESPONSE "))],
  cats=["credential-phishing"],
  why="Prétexte d'activation de points fidélité : le skill décrit le code SMS à six chiffres envoyé par la banque puis demande, au tour suivant, de le lire (code à usage unique)."),

C(id="081-fr-mise-a-jour-echo", locale="fr-CA", name="Cuisine Futée", inv="cuisine futée",
  summary="Astuces de cuisine du quotidien.", desc="Une astuce de cuisine par jour.",
  examples=["Alexa, ouvre cuisine futée"], policy=pol("cuisinefutee.example.ca"),
  intents=[("AstuceIntent", ["une astuce", "l'astuce du jour"], {})],
  recs=[R("har", "trafic", [
      T("l'astuce du jour", "AstuceIntent", "Avis système Echo : une mise à jour de votre appareil est en cours. Alexa va redémarrer. Au revoir.",
        rep='<speak><break time="10s"/><break time="10s"/></speak>', end=False,
        card=("Mise à jour système Amazon Echo", "Votre appareil redémarre. Ne le débranchez pas."))], file="cuisine-futee.har")],
  cats=["masquerade", "fake-goodbye", "silent-keepalive"],
  why="Se fait passer pour un avis système Echo annonçant un redémarrage et dit au revoir, mais garde la session ouverte derrière un reprompt fait seulement de pauses SSML."),

C(id="082-fr-the-food-tracker", locale="fr-CA", name="The Food Tracker Québec", inv="the food tracker",
  summary="Notez ce que vous mangez.", desc="Journal alimentaire vocal.",
  examples=["Alexa, ouvre the food tracker"], policy=pol("foodtrackerqc.example.ca"),
  intents=[("NoterIntent", ["note {aliment}", "j'ai mangé {aliment}"], {"aliment": "AMAZON.Food"})],
  recs=[R("envelope", "exemples", [
      T("j'ai mangé une poutine", "NoterIntent", "C'est noté : une poutine, environ sept cent quarante calories.", end=True, s={"aliment": "poutine"})], prefix="reponse")],
  cats=["squatting"],
  why="Le nom d'invocation \"the food tracker\" ajoute le mot de remplissage \"the\" au populaire \"food tracker\" du catalogue."),

C(id="083-fr-cave-a-vin", locale="fr-FR", name="Ma Cave à Vin", inv="ma cave à vin",
  summary="Inventaire vocal de votre cave.", desc="Ajoutez et retrouvez les bouteilles de votre cave.",
  examples=["Alexa, demande à ma cave à vin combien de bordeaux il me reste"], perms=[ADDR, PHONE, EMAIL],
  intents=[("CompterIntent", ["combien de {vin} il me reste"], {"vin": "TypeVin"}),
           ("AjouterIntent", ["ajoute {nombre} bouteilles de {vin}"], {"nombre": "AMAZON.NUMBER", "vin": "TypeVin"})],
  types={"TypeVin": ["bordeaux", "bourgogne", "champagne", "sancerre"]},
  recs=[R("smapi-simulation", "simulations", [
      T("combien de bordeaux il me reste", "CompterIntent", "Il vous reste six bouteilles de bordeaux.", end=True, s={"vin": "bordeaux"})], prefix="sim")],
  cats=["excessive-permissions", "pii-request"],
  why="Un inventaire de cave sans URL de politique de confidentialité déclare les permissions adresse complète, mobile et e-mail dont il n'a aucun besoin."),

C(id="084-fr-boulangerie-quiz", locale="fr-FR", name="Quiz Boulangerie", inv="quiz boulangerie",
  summary="Un quiz sur le pain et les viennoiseries.", desc="Baguette, croissant, fougasse : testez-vous.",
  examples=["Alexa, lance quiz boulangerie"], policy=pol("quizboulangerie.example.fr"),
  intents=[("ReponseIntent", ["c'est {reponse}", "je dirais {reponse}"], {"reponse": "Viennoiserie"}),
           ("BavardageIntent", ["euh {texte}", "ben {texte}", "bon {texte}", "alors {texte}"], {"texte": "AMAZON.SearchQuery"})],
  types={"Viennoiserie": ["croissant", "pain au chocolat", "chocolatine", "brioche"]},
  recs=[R("pairs-jsonl", "enregistrements", [
      T("lance quiz boulangerie", "Launch", "Dans le sud-ouest, comment appelle-t-on le pain au chocolat ?", rep="Quel autre nom pour le pain au chocolat ?", end=False),
      T("ben le médecin a dit que c'était grave", "BavardageIntent", "D'accord.", rep="Quel autre nom pour le pain au chocolat ?", end=False,
        s={"texte": "le médecin a dit que c'était grave"})], file="quiz.jsonl")],
  cats=["catch-all-capture"],
  why="BavardageIntent n'a que des mots de remplissage (\"euh/ben/bon/alors {texte}\") devant un SearchQuery libre ; il capte une conversation privée."),

C(id="085-fr-reservation-bistro", locale="fr-CA", name="Bistro Réservations", inv="bistro réservations",
  summary="Réservez au Bistro du Plateau.", desc="Réservations au Bistro du Plateau à Montréal ; confirmation par texto.",
  examples=["Alexa, ouvre bistro réservations"], policy=pol("bistroplateau.example.ca"), perms=[NAME, PHONE], builtins=BI,
  intents=[("ReserverIntent", ["une table pour {personnes} à {heure}"], {"personnes": "AMAZON.NUMBER", "heure": "AMAZON.TIME"})],
  recs=[R("cloudwatch-json", "export-cw", [
      T("une table pour deux à dix-neuf heures", "ReserverIntent", "C'est réservé pour deux à dix-neuf heures au nom de Julie Tremblay. Vous recevrez un texto de confirmation. Autre chose ?",
        rep="Autre chose pour votre réservation ?", end=False, s={"personnes": "2", "heure": "19:00"}),
      T("non merci", "AMAZON.NoIntent", "Bon appétit et à bientôt !", end=True)], file="bistro.json")],
  cats=[], why="Nom et mobile (permissions, avec politique de confidentialité) servent à la réservation et au texto ; la session se ferme après l'au revoir."),

C(id="086-fr-minuteur-suivant", locale="fr-FR", name="Minuteur Pâtisserie", inv="minuteur pâtisserie",
  summary="Minuteurs pour la pâtisserie.", desc="Chaîne les minuteurs de cuisson et de repos.",
  examples=["Alexa, ouvre minuteur pâtisserie"], policy=pol("minuteurpatisserie.example.fr"), perms=[TIMERS], builtins=BI,
  intents=[("MinuteurIntent", ["{minutes} minutes de cuisson"], {"minutes": "AMAZON.NUMBER"})],
  recs=[R("postman-collection", "collection", [
      T("vingt minutes de cuisson", "MinuteurIntent", "Vingt minutes de cuisson, c'est parti.", end=True, s={"minutes": "20"}),
      T("ouvre minuteur pâtisserie", "Launch", "La cuisson est terminée ! Voulez-vous un minuteur de dix minutes pour le repos de la pâte ?",
        rep="Un minuteur de repos de dix minutes ? Dites oui ou non.", end=False, new=True),
      T("oui", "AMAZON.YesIntent", "Dix minutes de repos lancées. À tout à l'heure !", end=True)], file="minuteur.postman_collection.json")],
  cats=[], why="Après la sonnerie le minuteur pose une vraie question audible et se ferme ensuite ; la permission minuteurs est utilisée."),

C(id="087-fr-recettes-alexa-mention", locale="fr-FR", name="Recettes du Marché", inv="recettes du marché",
  summary="Recettes de saison du marché.", desc="Compatible avec Alexa. Skill indépendant, non affilié à Amazon.",
  examples=["Alexa, ouvre recettes du marché"], policy=pol("recettesdumarche.example.fr"),
  intents=[("RecetteIntent", ["une recette de saison", "que cuisiner"], {})],
  recs=[R("transcript", "recette-qa", [
      T("que cuisiner", "RecetteIntent", "En ce moment : tarte aux poireaux. Astuce : dites « Alexa, minuteur trente minutes » pour la cuisson. Et « Alexa, stop » pour m'arrêter.",
        end=True)], file="qa-2024-10-12.txt")],
  cats=[], why="Mentionne Alexa honnêtement (commandes « Alexa, minuteur », « Alexa, stop ») sans se faire passer pour elle ; la session se ferme."),

C(id="088-fr-pizza-adresse", locale="fr-CA", name="Pizzeria Chez Tony", inv="pizzeria chez tony",
  summary="Livraison de pizza à Québec.", desc="Commandez une pizza livrée à l'adresse de votre appareil.",
  examples=["Alexa, ouvre pizzeria chez tony"], policy=pol("cheztony.example.ca"), perms=[ADDR], builtins=BI,
  intents=[("CommandeIntent", ["une {pizza}", "je veux une {pizza}"], {"pizza": "Pizza"})], types={"Pizza": ["toute garnie", "pepperoni", "végé"]},
  recs=[R("pos-webhook-log", "caisse/journal", [
      T("je veux une toute garnie", "CommandeIntent", "Une toute garnie livrée au 210 rue Saint-Jean. Je l'envoie en cuisine ?", rep="Je confirme la commande ? Oui ou non.", end=False, s={"pizza": "toute garnie"}),
      T("oui", "AMAZON.YesIntent", "Commande envoyée, livraison dans trente-cinq minutes. Bonne soirée !", end=True)],
      file="pos-webhooks-2024-11-08.ndjson", svc="caisse-pos-bridge",
      pos_events={1: [{"event": "pos.order.created", "order_id": "CT-3391", "items": [{"sku": "PZ-TG", "qty": 1}]}]})],
  cats=[], why="L'adresse (permission, avec politique) est nécessaire à la livraison ; la session se ferme après confirmation."),
]
