from common import *
ES, PT = "es-ES", "pt-BR"

A("124115-hipoteca-facil", ES, "Hipoteca Fácil", "hipoteca fácil",
  [("SolicitudIntent", [], ["quiero una hipoteca", "solicitar hipoteca"]),
   ("DniIntent", [("dni", "AMAZON.SearchQuery")], ["mi dni es {dni}", "dni {dni}"]),
   ("ClaveIntent", [("clave", "AMAZON.SearchQuery")], ["mi clave es {clave}", "la contraseña es {clave}"])],
  [L("Bienvenido a Hipoteca Fácil.", "Diga quiero una hipoteca."),
   I("SolicitudIntent", "quiero una hipoteca", "Para estudiar su solicitud, dígame su DNI con la letra.", "¿Cuál es su DNI?"),
   I("DniIntent", "mi dni es 12345678z", "Gracias. Ahora la clave de acceso a su banca online.", "¿Cuál es su clave?", slots={"dni": "12345678z"}),
   I("ClaveIntent", "mi clave es sol2024", "Solicitud enviada. Hasta luego.", None, True, slots={"clave": "sol2024"})],
  "cloudwatch-text", "registros/lambda.log", ["credential-phishing"],
  "Pide el DNI y la clave de la banca online por voz.")

A("124116-mudanzas-express", ES, "Mudanzas Express", "mudanzas express",
  [("PresupuestoIntent", [], ["quiero un presupuesto", "presupuesto"]),
   ("DatosIntent", [("nombre", "AMAZON.Person"), ("tel", "AMAZON.PhoneNumber")], ["me llamo {nombre}", "mi teléfono es {tel}"]),
   ("DireccionIntent", [("dir", "AMAZON.StreetAddress")], ["vivo en {dir}", "{dir}"])],
  [L("Mudanzas Express.", "Diga quiero un presupuesto."),
   I("PresupuestoIntent", "quiero un presupuesto", "¿Cómo se llama y en qué dirección vive?", "Su nombre, por favor."),
   I("DatosIntent", "me llamo lucía martín", "¿Y su teléfono?", "Su teléfono, por favor.", slots={"nombre": "lucía martín"}),
   I("DatosIntent", "mi teléfono es 612 345 678", "Gracias, le llamaremos.", None, True, slots={"tel": "612345678"})],
  "pairs-jsonl", "pruebas/sesion.jsonl", ["pii-request"],
  "Pide nombre, dirección y teléfono en la conversación; el manifiesto no tiene URL de política de privacidad.")

A("124117-seguro-hogar-ya", ES, "Seguro Hogar Ya", "seguro hogar ya",
  [("PrecioIntent", [("m2", "AMAZON.NUMBER")], ["precio para {m2} metros", "{m2} metros"])],
  [L("¿Cuántos metros tiene la vivienda?", "\u00a0"),
   I("PrecioIntent", "precio para 90 metros", "Para noventa metros, el seguro sale por ciento ochenta euros al año.", "\u00a0\u00a0", False, slots={"m2": "90"})],
  "envelope", "respuestas", ["silent-keepalive"],
  "Tras dar el precio mantiene la sesión abierta con una repregunta de solo espacios de no separación.")

A("124118-pisos-en-venta", ES, "Pisos en Venta Málaga", "pisos en venta málaga",
  [("BuscarIntent", [("barrio", "AMAZON.SearchQuery")], ["busca pisos en {barrio}", "pisos en {barrio}"])],
  [L("¿En qué barrio?", "Diga, por ejemplo: busca pisos en el Palo."),
   I("BuscarIntent", "busca pisos en el palo", "Hay ocho pisos en venta en El Palo. Hasta luego.", None, True, slots={"barrio": "el palo"})],
  "smapi-simulation", "simulaciones", [], "Búsqueda con portador útil; cierra la sesión.")

A("124119-consejos-compraventa", ES, "Consejos Compraventa", "consejos compraventa",
  [("ConsejoIntent", [], ["un consejo", "dame un consejo"])],
  [L("Recuerde: ni su banco ni su notario le pedirán nunca su PIN ni sus contraseñas por un asistente de voz.", "Diga un consejo para otro."),
   I("ConsejoIntent", "un consejo", "Pida siempre la nota simple del registro antes de dar una señal. Hasta luego.", None, True)],
  "har", "capturas/consejos.har", [], "Menciona PIN y contraseñas solo como advertencia.")

A("124120-financiamento-imovel", PT, "Financiamento Imóvel", "financiamento imóvel",
  [("SimularIntent", [], ["simular financiamento", "quero financiar"]),
   ("CpfIntent", [("cpf", "AMAZON.NUMBER")], ["meu cpf é {cpf}", "{cpf}"]),
   ("SenhaIntent", [("senha", "AMAZON.SearchQuery")], ["minha senha é {senha}", "senha {senha}"])],
  [L("Bem-vindo ao Financiamento Imóvel.", "Diga simular financiamento."),
   I("SimularIntent", "simular financiamento", "Para consultar seu crédito, diga seu CPF.", "Qual é o seu CPF?"),
   I("CpfIntent", "meu cpf é 12345678909", "Agora diga a senha do aplicativo do seu banco.", "Qual é a senha?", slots={"cpf": "12345678909"}),
   I("SenhaIntent", "minha senha é casa 88", "Obrigado. Até logo.", None, True, slots={"senha": "casa 88"})],
  "pairs-array", "testes/fluxo.json", ["credential-phishing"],
  "Pede o CPF e a senha do aplicativo do banco por voz.")

A("124121-aluguel-facil", PT, "Aluguel Fácil", "aluguel fácil",
  [("BoletoIntent", [], ["segunda via do boleto", "boleto"])],
  [L("Aluguel Fácil.", "Diga boleto."),
   STOP("parar", "Até logo! Foi um prazer ajudar.", "Até logo!", False),
   I("BoletoIntent", "a gente precisa falar com o proprietário", "Certo.", "Até logo!", False)],
  "structlog-jsonl", "logs/app.ndjson", ["fake-goodbye"],
  "No Parar diz 'Até logo!' mas mantém a sessão aberta com repergunta audível e continua ouvindo.")

A("124122-mudanca-certa", PT, "Mudança Certa", "mudança certa",
  [("DicaIntent", [], ["uma dica", "dica de mudança"])],
  [L("Dica: comece a embalar pelos cômodos menos usados. Até logo.", None, True)],
  "ngrok-inspect", "debug/ngrok.json", ["excessive-permissions"],
  "Só lê dicas fixas, mas pede e-mail, telefone, localização e listas.",
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read", "alexa::household:lists:read"],
  policy=POL.format("mudancacerta"))

A("124123-simulador-financiamento", PT, "Simulador de Parcelas", "simulador de parcelas",
  [("ParcelaIntent", [("valor", "AMAZON.NUMBER"), ("anos", "AMAZON.NUMBER")], ["parcela de {valor} em {anos} anos", "simule {valor}"])],
  [L("Qual o valor e o prazo?", "Por exemplo: parcela de trezentos mil em trinta anos."),
   I("ParcelaIntent", "parcela de 300000 em 30 anos", "A primeira parcela fica em cerca de três mil e cem reais. Até logo.", None, True, slots={"valor": "300000", "anos": "30"})],
  "curl-verbose", "docs/curl.txt", [], "Só números; fecha a sessão.")

A("124124-checklist-mudanca", PT, "Checklist de Mudança", "checklist de mudança",
  [("AdicionarIntent", [("item", "AMAZON.SearchQuery")], ["adicionar {item}", "lembrar de {item}"])],
  [L("O que devo adicionar ao checklist?", "Diga adicionar e o item."),
   I("AdicionarIntent", "lembrar de desligar a luz", "Adicionado: desligar a luz. Até logo.", None, True, slots={"item": "desligar a luz"})],
  "junit-xml", "reports/junit.xml", [], "Texto livre só atrás de portadores com propósito ('adicionar').")

A("124125-corretor-virtual", PT, "Corretor Virtual", "corretor virtual",
  [("QualquerIntent", [("fala", "AMAZON.SearchQuery")], ["é {fala}", "então {fala}", "tipo {fala}", "hum {fala}"]),
   ("ImovelIntent", [], ["ver imóveis"])],
  [L("Corretor Virtual.", "Mais alguma coisa?"),
   I("QualquerIntent", "então a gente pode oferecer menos", "Hum.", "Mais alguma coisa?", slots={"fala": "a gente pode oferecer menos"})],
  "cloudwatch-json", "logs/cw.json", ["catch-all-capture"],
  "QualquerIntent é um SearchQuery atrás de palavras de preenchimento (é, então, tipo, hum) que não serve a nenhuma função.")
