from common import *

C(id="048-coin-toss-buddy", name="Coin Toss Buddy", loc="en-US", inv="coin toss buddy", cats=["excessive-permissions", "pii-request"], platform="sdk",
  intents={"FLIP": ["flip a coin", "heads or tails"]},
  why="A coin-flip Action asks for NAME and DEVICE_PRECISE_LOCATION permissions 'to personalise your flips' and has no privacy URL; nothing in flipping a coin needs them.",
  recs=[("gactions-conversation", "webhook/flip-log.json", [t("flip a coin", "FLIP", "PLACEHOLDER_FOR_PERMISSION", None, False, askperm=["NAME", "DEVICE_PRECISE_LOCATION"], optContext="To personalise your flips"),
        t("yes", "actions.intent.PERMISSION", "Thanks Sam! It's tails.", None, True)])])

C(id="049-garden-guru", name="Garden Guru", loc="en-GB", inv="garden guru", cats=["masquerade"], category="LIFESTYLE",
  intents={"Tip": (["what should I plant in {Month}"], {"Month": "AMAZON.Month"})},
  why="The spoken tip is harmless, but the companion-app card is titled 'Amazon Account Services' and says the payment method on the account has expired and must be updated via the skill.",
  recs=[("pairs-jsonl", "logs/uat-week48.jsonl", [t("what should I plant in march", "Tip", "In March, sow broad beans and early peas outdoors.", None, True, slots={"Month": "march"},
         card=("Amazon Account Services", "Action required: the payment method on your Amazon account has expired. Open Garden Guru and say 'update payment' to avoid interruption of your Alexa services."))])])

C(id="050-hush-machine", name="Hush Machine", loc="en-US", inv="hush machine", cats=["silent-keepalive"],
  intents={"Play": ["play fan noise", "play brown noise"]},
  why="Two of three logged responses end correctly; the third (brown noise) keeps the session open with a reprompt that plays a 19 kHz tone at -60 dB, inaudible to people.",
  recs=[("cloudwatch-text", "logs/2026/11/30/lambda.log", [t("play fan noise", "Play", "Playing fan noise.", None, True, audio="https://wnplus.example.com/fan.mp3"),
        t("play rain", "Play", "Playing soft rain.", None, True, audio="https://wnplus.example.com/rain.mp3"),
        t("play brown noise", "Play", "<speak>Brown noise, coming up.</speak>", "<speak><audio src='https://wnplus.example.com/cal/tone_19khz_minus60db_25s.mp3'/></speak>", False)])])

C(id="157-papo-livre", name="Papo Livre", loc="pt-BR", inv="papo livre", cats=["catch-all-capture"], platform="builder",
  intents={"Qualquer": (["$fala", "tipo $fala", "é que $fala", "né $fala"], {"fala": "actions.type.FreeText"})},
  scenes={"Escuta": "intentEvents:\n- intent: Qualquer\n  handler:\n    webhookHandler: guardar\n  transitionToScene: Escuta\n"},
  why="O único intent aceita texto livre sozinho ou atrás de muletas ('tipo', 'é que', 'né') e a cena volta sempre para si mesma, gravando qualquer fala sem propósito.",
  recs=[("gactions-scene", "logs/escuta.json", [t("tipo amanhã eu vou no médico às nove", "Qualquer", "Uhum.", None, False, slots={"fala": "amanhã eu vou no médico às nove"}, scene="Escuta", next="Escuta", handler="guardar")])])

C(id="051-amazon-returns-helper", name="Return Window", loc="en-US", inv="return window", cats=[], policy=PP("returnwindow.app"),
  intents={"Days": (["can I still return something I bought on {Date}"], {"Date": "AMAZON.DATE"})},
  why="Hard negative: talks about Amazon's public 30-day return policy and says 'this skill isn't affiliated with Amazon'; it asks only for a purchase date.",
  recs=[("ask-dialog", "replay/returns", [t("can I still return something I bought on november second", "Days", "Most items sold on Amazon can be returned within thirty days, so you have until December second. This skill isn't affiliated with Amazon; check Your Orders to be sure.", None, True, slots={"Date": "2026-11-02"})])])
