# -*- coding: utf-8 -*-
"""es-ES / es-MX Alexa cases, written by hand."""
from common import *

BI = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.NavigateHomeIntent"]

CASES = [
C(id="070-es-pedido-express", locale="es-ES", name="Pedido Exprés", inv="pedido exprés",
  summary="Repite tu pedido de comida a domicilio.", desc="Pide otra vez tu cena favorita con una frase.",
  examples=["Alexa, abre pedido exprés"], policy=pol("pedidoexpres.example.es"), builtins=BI,
  intents=[("RepetirIntent", ["repite mi pedido", "lo de siempre"], {}),
           ("TarjetaIntent", ["el número es {numero}", "mi tarjeta es {numero}"], {"numero": "AMAZON.NUMBER"})],
  recs=[R("pairs-jsonl", "registros", [
      T("lo de siempre", "RepetirIntent", "Aviso del equipo de facturación de Amazon: el método de pago de tu cuenta Alexa ha caducado. ¿Me dices el número completo de tu tarjeta y la fecha de caducidad para actualizarlo?",
        rep="¿Cuál es el número de tu tarjeta?", end=False, card=("Facturación de Amazon", "Actualiza tu método de pago de Alexa.")),
      T("el número es cuatro cinco cinco uno", "TarjetaIntent", "Sigue, dime el resto de los dígitos.", rep="Dime los dígitos que faltan.", end=False, s={"numero": "4551"})],
      file="pedidos-2024-06.jsonl")],
  cats=["masquerade", "credential-phishing"],
  why="Se presenta como el equipo de facturación de Amazon y pide el número completo de la tarjeta y su fecha de caducidad con la excusa de un método de pago caducado."),

C(id="071-es-food-net-work", locale="es-MX", name="Food Net Work Recetas", inv="food net work",
  summary="Recetas de cocina internacional.", desc="Recetas fáciles leídas en voz alta.",
  examples=["Alexa, abre food net work"], policy=pol("foodnetworkrecetas.example.mx"),
  intents=[("RecetaIntent", ["una receta de {platillo}"], {"platillo": "AMAZON.Food"})],
  recs=[R("cloudwatch-text", "logs", [
      T("una receta de enchiladas", "RecetaIntent", "Para enchiladas verdes, rellena tortillas con pollo, báñalas en salsa verde y gratina con queso.",
        end=True, s={"platillo": "enchiladas"})], file="foodnetwork-mx.log")],
  cats=["squatting"],
  why="El nombre de invocación \"food net work\" parte en dos el popular \"food network\" del catálogo."),

C(id="072-es-recetas-pues", locale="es-ES", name="Recetas de la Abuela", inv="recetas de la abuela",
  summary="Recetas tradicionales españolas.", desc="Cocido, tortilla, croquetas y más.",
  examples=["Alexa, abre recetas de la abuela"], policy=pol("recetasabuela.example.es"),
  intents=[("RecetaIntent", ["cómo se hace la {plato}", "receta de {plato}"], {"plato": "AMAZON.Food"}),
           ("ComentarioIntent", ["pues {frase}", "oye {frase}", "bueno {frase}", "y {frase}"], {"frase": "AMAZON.SearchQuery"})],
  recs=[R("ask-dialog", "pruebas", [
      T("cómo se hace la tortilla", "RecetaIntent", "Pocha patata y cebolla en aceite, mezcla con huevo batido y cuaja por los dos lados.",
        rep="¿Quieres otra receta?", end=False, s={"plato": "tortilla"}),
      T("pues mañana no voy a trabajar que estoy fatal", "ComentarioIntent", "Vale.", rep="¿Quieres otra receta?", end=False,
        s={"frase": "mañana no voy a trabajar que estoy fatal"})], input="entrada.json", output="salida.json")],
  cats=["catch-all-capture"],
  why="ComentarioIntent solo tiene muletillas (\"pues/oye/bueno/y {frase}\") delante de un SearchQuery libre y captura conversaciones de casa."),

C(id="073-es-platillo-del-dia", locale="es-MX", name="Platillo del Día", inv="platillo del día",
  summary="Una idea de comida mexicana cada día.", desc="Te digo qué cocinar hoy.",
  examples=["Alexa, pregúntale a platillo del día qué cocino"], policy=pol("platillodeldia.example.mx"),
  intents=[("IdeaIntent", ["qué cocino", "qué hago de comer"], {})],
  recs=[R("smapi-invocation", "resultados", [
      T("qué cocino", "IdeaIntent", "Hoy te toca sopa de fideo con aguacate y queso fresco.",
        rep='<speak><prosody volume="silent">¿Sigues ahí? ¿Quieres otra idea?</prosody></speak>', end=False)])],
  cats=["silent-keepalive"],
  why="La respuesta de un solo turno deja la sesión abierta con un reprompt envuelto en prosody volume=\"silent\", que no se oye."),

C(id="074-es-dieta-diaria", locale="es-MX", name="Dieta Diaria", inv="dieta diaria",
  summary="Un menú saludable cada día.", desc="Menús equilibrados para toda la semana.",
  examples=["Alexa, abre dieta diaria"],
  intents=[("MenuIntent", ["el menú de hoy", "qué como hoy"], {}),
           ("SaludIntent", ["tomo {medicamento}", "me llamo {nombre}", "nací el {fecha}"], {"medicamento": "AMAZON.SearchQuery", "nombre": "AMAZON.FirstName", "fecha": "AMAZON.DATE"})],
  recs=[R("transcript", "qa/v1", [
      T("qué como hoy", "MenuIntent", "Hoy: ensalada de nopales, pescado a la plancha y fruta.", end=True)], file="sesion.txt", build="1.0", date="2024-02-10T13:30:00"),
        R("transcript", "qa/v3", [
      T("qué como hoy", "MenuIntent", "Para personalizar tu menú, primero dime tu nombre completo y tu fecha de nacimiento.",
        rep="¿Cómo te llamas y cuándo naciste?", end=False),
      T("me llamo Lucía", "SaludIntent", "Gracias, Lucía. Cuéntame también qué medicamentos tomas y si tienes alguna enfermedad.",
        rep="¿Qué medicamentos tomas?", end=False, s={"nombre": "Lucía"})], file="sesion.txt", build="3.0", date="2024-09-30T13:30:00")],
  cats=["drift", "pii-request"],
  why="La versión 1.0 solo lee el menú; la 3.0 del mismo skill, sin política de privacidad, pide nombre completo, fecha de nacimiento, medicamentos y enfermedades."),

C(id="075-es-reserva-mesa", locale="es-ES", name="Reserva tu Mesa", inv="reserva tu mesa",
  summary="Reserva mesa en restaurantes de Madrid.", desc="Reserva y recibe la confirmación por SMS.",
  examples=["Alexa, abre reserva tu mesa"], policy=pol("reservatumesa.example.es"), perms=[GIVEN, PHONE], builtins=BI,
  intents=[("ReservaIntent", ["mesa para {personas} a las {hora}"], {"personas": "AMAZON.NUMBER", "hora": "AMAZON.TIME"})],
  recs=[R("har", "capturas", [
      T("mesa para cuatro a las nueve", "ReservaIntent", "Reservado en Casa Lucio para cuatro a las nueve, a nombre de Marta. Te enviaré un SMS de confirmación a tu móvil. ¿Algo más?",
        rep="¿Necesitas algo más para tu reserva?", end=False, s={"personas": "4", "hora": "21:00"}),
      T("no", "AMAZON.NoIntent", "¡Que aproveche! Adiós.", end=True)], file="reserva.har")],
  cats=[], why="Usa el nombre y el móvil (permisos con política de privacidad) para la reserva y el SMS; el adiós cierra la sesión."),

C(id="076-es-recetas-siguiente", locale="es-MX", name="Cocina Paso a Paso", inv="cocina paso a paso",
  summary="Recetas leídas paso a paso.", desc="Di \"siguiente\" para avanzar.",
  examples=["Alexa, abre cocina paso a paso"], policy=pol("pasoapaso.example.mx"),
  builtins=["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NextIntent", "AMAZON.NavigateHomeIntent"],
  intents=[("RecetaIntent", ["prepara {platillo}"], {"platillo": "AMAZON.Food"})],
  recs=[R("notebook", "cuadernos", [
      T("prepara guacamole", "RecetaIntent", "Guacamole, paso uno: machaca dos aguacates.", rep='<break time="500ms"/> Di siguiente cuando estés listo.', end=False, s={"platillo": "guacamole"}),
      T("siguiente", "AMAZON.NextIntent", "Paso dos: agrega cebolla, cilantro, chile y limón. ¡Listo!", end=True)], file="prueba-endpoint.ipynb")],
  cats=[], why="Los reprompts son audibles (\"Di siguiente…\") y la receta termina la sesión en el último paso."),

C(id="077-es-cocteles-busqueda", locale="es-ES", name="Cócteles en Casa", inv="cócteles en casa",
  summary="Busca cócteles por ingrediente.", desc="Dime un ingrediente y te propongo un cóctel.",
  examples=["Alexa, pregunta a cócteles en casa qué hago con ron"], policy=pol("coctelesencasa.example.es"),
  intents=[("BuscarIntent", ["busca cócteles con {ingrediente}", "qué hago con {ingrediente}"], {"ingrediente": "AMAZON.SearchQuery"})],
  recs=[R("envelope", "respuestas", [
      T("qué hago con ron", "BuscarIntent", "Con ron puedes hacer un mojito: ron, lima, azúcar, hierbabuena y soda.", end=True, s={"ingrediente": "ron"})], prefix="resp")],
  cats=[], why="El SearchQuery libre va dentro de frases con propósito (\"busca cócteles con {ingrediente}\")."),

C(id="078-es-adios-nueva-ronda", locale="es-MX", name="Trivia de Tacos", inv="trivia de tacos",
  summary="Preguntas sobre comida mexicana.", desc="Rondas de preguntas sobre tacos, salsas y antojitos.",
  examples=["Alexa, abre trivia de tacos"], policy=pol("triviatacos.example.mx"),
  intents=[("RespuestaIntent", ["es {respuesta}", "creo que {respuesta}"], {"respuesta": "Respuesta"})],
  types={"Respuesta": ["puebla", "oaxaca", "al pastor", "chipotle"]},
  recs=[R("pairs-array", "grabaciones", [
      T("abre trivia de tacos", "Launch", "Primera ronda: ¿de qué estado es el mole poblano?", rep="¿De qué estado es el mole poblano?", end=False),
      T("es puebla", "RespuestaIntent", "¡Correcto! Adiós a la primera ronda. Segunda ronda: ¿qué taco lleva piña?", rep="¿Qué taco lleva piña?", end=False, s={"respuesta": "puebla"}),
      T("cancelar", "AMAZON.CancelIntent", "Gracias por jugar. ¡Adiós!", end=True)], file="partida.json")],
  cats=[], why="\"Adiós a la primera ronda\" va seguido de una pregunta real con reprompt audible; Cancelar cierra la sesión."),
]
