"""Turns the hand-written case descriptions (cases_*.py) into project files and recordings.
Only envelope/format plumbing lives here; every spoken line, sample and label is written in the case files."""
import hashlib, json, os, datetime
import yaml

def _h(*a, n=12):
    return hashlib.sha1("|".join(map(str, a)).encode()).hexdigest()[:n]

def _uuid(*a):
    h = _h(*a, n=32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

def jdump(o):
    return json.dumps(o, ensure_ascii=False, indent=2) + "\n"

def ydump(o):
    return yaml.safe_dump(o, allow_unicode=True, sort_keys=False, width=120)

def write(base, rel, content):
    p = os.path.join(base, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if not isinstance(content, str):
        content = ydump(content) if rel.endswith((".yaml", ".yml")) else jdump(content)
    with open(p, "w", encoding="utf-8") as f:
        f.write(content)

def ssml(t):
    if t is None:
        return None
    return t if t.strip().startswith("<speak>") else f"<speak>{t}</speak>"

def lang(loc):
    return loc.split("-")[0]

# ---------------------------------------------------------------- projects
def alexa_project(c, base):
    loc = c["loc"]
    locs = c.get("locs", [loc])
    man = {"publishingInformation": {
        "locales": {l: {"name": c["name"], "summary": c.get("summary", c["desc"][:120]), "description": c["desc"],
                        "examplePhrases": c.get("examples", [f"Alexa, open {c['inv']}"]),
                        "keywords": c.get("keywords", [])} for l in locs},
        "isAvailableWorldwide": False, "distributionCountries": [l.split("-")[1] for l in locs],
        "category": c.get("category", "GAMES"), "testingInstructions": c.get("testing", "n/a")},
        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:eu-west-1:123456789012:function:{c['id'][4:]}"},
                            "interfaces": c.get("interfaces", [])}},
        "manifestVersion": "1.0"}
    pc = {"allowsPurchases": bool(c.get("isp")), "usesPersonalInfo": bool(c.get("perms") or c.get("personal")),
          "isChildDirected": bool(c.get("child")), "isExportCompliant": True, "containsAds": False,
          "locales": {l: ({"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"}
                          if c.get("policy") else {}) for l in locs}}
    man["privacyAndCompliance"] = pc
    if c.get("perms"):
        man["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("events"):
        man["events"] = c["events"]
    write(base, "skill-package/skill.json", {"manifest": man})
    for l in locs:
        im = c["model"] if l == loc else c.get("models", {}).get(l, c["model"])
        intents = [{"name": n, "slots": [{"name": s, "type": t} for s, t in (sl or {}).items()], "samples": sm}
                   for n, sm, sl in im["intents"]]
        for std in ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"):
            if std not in [i["name"] for i in intents]:
                intents.append({"name": std, "samples": []})
        types = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in im.get("types", {}).items()]
        lm = {"invocationName": im.get("inv", c["inv"]), "intents": intents, "types": types}
        dm = {"interactionModel": {"languageModel": lm}}
        if im.get("dialog"):
            dm["interactionModel"]["dialog"] = im["dialog"]
            dm["interactionModel"]["prompts"] = im.get("prompts", [])
        write(base, f"skill-package/interactionModels/custom/{l}.json", dm)
    for pid, prod in (c.get("isp") or {}).items():
        write(base, f"skill-package/isps/{prod.get('kind','entitlement')}/{pid}.json", {
            "version": "1.0", "type": prod.get("kind", "entitlement").upper(), "referenceName": pid,
            "publishingInformation": {"locales": {loc: {"name": prod["name"], "summary": prod["summary"],
                                                        "description": prod["summary"], "purchasePromptDescription": prod["prompt"],
                                                        "boughtCardDescription": prod.get("bought", prod["name"])}},
                                      "distributionCountries": [loc.split("-")[1]],
                                      "pricing": {"amazon.com": {"releaseDate": "2024-01-15", "defaultPriceListing": {"price": prod.get("price", 1.99), "currency": "USD"}}}},
            "privacyAndCompliance": {"locales": {loc: {"privacyPolicyUrl": c.get("policy") or ""}}},
            "testingInstructions": "sandbox", "purchasableState": "PURCHASABLE"})
    write(base, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})

def builder_project(c, base):
    loc = c["loc"]
    default = c.get("default_loc", c["loc"] if c["loc"] in ("fr-CA", "pt-BR", "es-MX", "en-GB") else lang(c["loc"]))
    ls = {"displayName": c["inv"].title() if c.get("title_inv", True) else c["inv"], "pronunciation": c["inv"],
          "shortDescription": c["desc"][:80], "fullDescription": c["desc"], "developerName": c.get("dev", "Brightfield Labs"),
          "developerEmail": c.get("dev_email", "dev@brightfield-labs.example"),
          "smallLogoImage": "$resources.images.square", "sampleInvocations": c.get("examples", [f"Talk to {c['inv']}"])}
    if c.get("policy"):
        ls["privacyPolicyUrl"] = c["policy"]
    settings = {"projectId": c["id"][4:] + "-" + _h(c["id"], n=4), "defaultLocale": default, "localizedSettings": ls,
                "category": c.get("category", "GAMES_AND_TRIVIA"), "usesTransactionsApi": False, "usesDigitalPurchaseApi": False,
                "designedForFamily": bool(c.get("child")), "sandbox": True}
    if lang(loc) != lang(default):
        settings["enabledRegions"] = [loc.split("-")[1]]
        write(base, "sdk/settings/settings.yaml", {k: v for k, v in settings.items() if k != "localizedSettings"} | {"localizedSettings": {"displayName": c.get("en_name", c["name"]), "pronunciation": c.get("en_name", c["name"]), "developerName": ls["developerName"], "developerEmail": ls["developerEmail"], **({"privacyPolicyUrl": c["policy"]} if c.get("policy") else {})}})
        write(base, f"sdk/settings/{loc if c.get('full_loc_dir') else lang(loc)}/settings.yaml", {"localizedSettings": ls})
    else:
        write(base, "sdk/settings/settings.yaml", settings)
    write(base, "sdk/actions/actions.yaml", {"actions": {"custom": {"actions.intent.MAIN": {}}}})
    write(base, "sdk/custom/global/actions.intent.MAIN.yaml", {"transitionToScene": c.get("start", "Start")})
    for n, sm, sl in c["model"]["intents"]:
        d = {"trainingPhrases": sm}
        if sl:
            d = {"parameters": [{"name": s, "type": {"name": t}} for s, t in sl.items()], "trainingPhrases": sm}
        sub = "" if lang(loc) == lang(default) else f"{lang(loc)}/"
        write(base, f"sdk/custom/intents/{sub}{n}.yaml", d)
    for t, vals in c["model"].get("types", {}).items():
        if vals == "freeText":
            write(base, f"sdk/custom/types/{t}.yaml", {"freeText": {}})
        else:
            write(base, f"sdk/custom/types/{t}.yaml", {"synonym": {"entities": {v.upper().replace(" ", "_"): {"synonyms": [v]} for v in vals}, "matchType": "EXACT_MATCH"}})
    for name, sc in c["scenes"].items():
        write(base, f"sdk/custom/scenes/{name}.yaml", sc)
    write(base, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", {"handlers": [{"name": h} for h in c.get("handlers", ["main"])],
                                                                 "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}})

def prompt(speech, text=None, chips=None, card=None):
    """Actions Builder static prompt candidate."""
    p = {"firstSimple": {"variants": [{"speech": speech, "text": text if text is not None else speech}]}}
    if card:
        p["content"] = {"card": {"title": card[0], "text": card[1]}}
    if chips:
        p["suggestions"] = [{"title": t} for t in chips]
    return {"staticPrompt": {"candidates": [{"promptResponse": p}]}}

def sdk2_project(c, base):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": "main"},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c.get("examples", [f"talk to {c['inv']}"])}}}]
    for n, sm, sl in c["model"]["intents"]:
        a = {"name": n, "fulfillment": {"conversationName": "main"}, "intent": {"name": n, "trigger": {"queryPatterns": sm}}}
        if sl:
            a["intent"]["parameters"] = [{"name": s, "type": t} for s, t in sl.items()]
        acts.append(a)
    man = {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80], "longDescription": c["desc"],
           "category": c.get("category", "GAMES_AND_TRIVIA"), "companyName": c.get("dev", "Kestrel Voice"),
           "contactEmail": "support@kestrel-voice.example", "smallSquareLogoUrl": "https://kestrel-voice.example/logo192.png",
           "largeLandscapeLogoUrl": "https://kestrel-voice.example/banner.png", "voiceName": "male_1",
           "familyFriendly": bool(c.get("child"))}
    if c.get("policy"):
        man["privacyUrl"] = c["policy"]
        man["termsOfServiceUrl"] = c["policy"].rsplit("/", 1)[0] + "/tos"
    pkg = {"manifest": man, "actions": acts,
           "conversations": {"main": {"name": "main", "url": f"https://europe-west1-{c['id'][4:]}.cloudfunctions.net/fulfillment", "fulfillmentApiVersion": 2}},
           "locale": lang(c["loc"]) if c["loc"] not in ("pt-BR", "es-MX", "fr-CA", "en-GB") else c["loc"]}
    if c["model"].get("types"):
        pkg["types"] = [{"name": t, "entities": [{"key": v.upper(), "synonyms": [v]} for v in vals] if vals != "any" else [], "isUserDefined": False} for t, vals in c["model"]["types"].items()]
    write(base, "action.json", pkg)

def dfes_project(c, base):
    l = lang(c["loc"]) if c["loc"] not in ("pt-BR", "es-MX", "fr-CA", "en-GB") else c["loc"].lower()
    agent = {"description": c["desc"], "language": l, "shortDescription": c["name"], "examples": f"Talk to {c['inv']}", "linkToDocs": "",
             "disableInteractionLogs": False, "disableStackdriverLogs": False,
             "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][4:], "welcomeIntentSignInRequired": False,
                                 "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": True, "isDeviceAgent": False},
             "defaultTimezone": "Europe/Berlin",
             "webhook": {"url": f"https://europe-west1-{c['id'][4:]}.cloudfunctions.net/dialogflowFirebaseFulfillment", "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": True, "cloudFunctionsInitialized": True},
             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2", "apiVersion": "v2"}
    write(base, "agent.json", agent)
    write(base, "package.json", {"version": "1.0.0"})
    for it in c["intents"]:
        n = it["name"]
        msgs = []
        if it.get("say"):
            msgs.append({"type": "0", "title": "", "textToSpeech": "", "lang": l, "speech": it["say"] if isinstance(it["say"], list) else [it["say"]], "condition": ""})
        for g in it.get("google", []):
            g = dict(g); g.setdefault("platform", "google"); g.setdefault("lang", l); g.setdefault("condition", "")
            msgs.append(g)
        params = [{"id": _uuid(n, p), "name": p, "required": req, "dataType": t, "value": "$" + p, "defaultValue": "", "isList": False,
                   "prompts": [{"lang": l, "value": q} for q in (pr or [])], "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [], "outputDialogContexts": []}
                  for p, t, req, pr in it.get("params", [])]
        d = {"id": _uuid(c["id"], n), "name": n, "auto": True, "contexts": it.get("in", []),
             "responses": [{"resetContexts": False, "action": it.get("action", ""), "affectedContexts": [{"name": x, "lifespan": 5} for x in it.get("out", [])],
                            "parameters": params, "messages": msgs, "speech": [], "endInteraction": bool(it.get("end"))}],
             "priority": 500000, "webhookUsed": bool(it.get("webhook")), "webhookForSlotFilling": False, "fallbackIntent": bool(it.get("fallback")),
             "events": [{"name": e} for e in it.get("events", [])], "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []}
        write(base, f"intents/{n}.json", d)
        if it.get("phrases"):
            ups = []
            for ph in it["phrases"]:
                parts = []
                for seg in ph if isinstance(ph, list) else [ph]:
                    if isinstance(seg, tuple):
                        parts.append({"text": seg[0], "alias": seg[1], "meta": seg[2], "userDefined": True})
                    else:
                        parts.append({"text": seg, "userDefined": False})
                ups.append({"id": _uuid(n, str(ph)), "data": parts, "isTemplate": False, "count": 0, "lang": l, "updated": 0})
            write(base, f"intents/{n}_usersays_{l}.json", ups)
    for t, vals in c.get("entities", {}).items():
        write(base, f"entities/{t}.json", {"id": _uuid(t), "name": t, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        write(base, f"entities/{t}_entries_{l}.json", [{"value": v, "synonyms": [v]} for v in vals])

def cx_msgs(texts):
    out = []
    for t in texts:
        if isinstance(t, dict):
            out.append(t)
        else:
            out.append({"text": {"text": [t]}, "languageCode": None} if False else {"text": {"text": [t]}})
    return out

def dfcx_project(c, base):
    l = lang(c["loc"]) if c["loc"] not in ("pt-BR", "es-MX", "fr-CA", "en-GB") else c["loc"]
    write(base, "agent.json", {"name": _uuid(c["id"]), "displayName": c["name"], "defaultLanguageCode": l, "supportedLanguageCodes": [],
                               "timeZone": "Europe/Madrid", "description": c["desc"], "startFlow": _uuid(c["id"], "flow"),
                               "enableStackdriverLogging": True, "speechToTextSettings": {"enableSpeechAdaptation": False},
                               "advancedSettings": {"loggingSettings": {"enableStackdriverLogging": True, "enableInteractionLogging": True}},
                               "gitIntegrationSettings": {}})
    fl = "Default Start Flow"
    flow = {"name": _uuid(c["id"], "flow"), "displayName": fl, "transitionRoutes": c["flow"].get("routes", []),
            "eventHandlers": c["flow"].get("events", [{"event": "sys.no-match-default", "triggerFulfillment": {"messages": cx_msgs([c.get("nomatch", "?")])}},
                                                        {"event": "sys.no-input-default", "triggerFulfillment": {"messages": cx_msgs([c.get("noinput", "?")])}}]),
            "transitionRouteGroups": list(c["flow"].get("groups", {}).keys()),
            "nluSettings": {"modelType": "MODEL_TYPE_ADVANCED", "classificationThreshold": 0.3}}
    write(base, f"flows/{fl}/{fl}.json", flow)
    for pn, pg in c["flow"].get("pages", {}).items():
        write(base, f"flows/{fl}/pages/{pn}.json", {"name": _uuid(c["id"], pn), "displayName": pn, **pg})
    for gn, g in c["flow"].get("groups", {}).items():
        write(base, f"flows/{fl}/transitionRouteGroups/{gn}.json", {"name": _uuid(c["id"], gn), "displayName": gn, "transitionRoutes": g})
    for n, sm, params in c["model"]["intents"]:
        write(base, f"intents/{n}/{n}.json", {"name": _uuid(c["id"], n), "displayName": n, "priority": 500000,
                                             "parameters": [{"id": p, "entityType": t} for p, t in (params or {}).items()]})
        tps = []
        for s in sm:
            parts = []
            for seg in s if isinstance(s, list) else [s]:
                parts.append({"text": seg[0], "parameterId": seg[1], "auto": True} if isinstance(seg, tuple) else {"text": seg, "auto": True})
            tps.append({"id": _uuid(n, str(s)), "parts": parts, "repeatCount": 1, "languageCode": l})
        write(base, f"intents/{n}/trainingPhrases/{l}.json", {"trainingPhrases": tps})
    for t, vals in c["model"].get("types", {}).items():
        write(base, f"entityTypes/{t}/{t}.json", {"name": _uuid(t), "displayName": t, "kind": "KIND_MAP", "autoExpansionMode": "AUTO_EXPANSION_MODE_DEFAULT"})
        write(base, f"entityTypes/{t}/entities/{l}.json", {"entities": [{"value": v, "synonyms": [v]} for v in vals]})
    if c.get("webhook", True):
        write(base, "webhooks/fulfillment.json", {"name": _uuid(c["id"], "wh"), "displayName": "fulfillment",
                                                  "genericWebService": {"uri": f"https://europe-west3-{c['id'][4:]}.cloudfunctions.net/cxWebhook"}, "timeout": "5s"})

PROJECT = {"alexa": alexa_project, "builder": builder_project, "sdk2": sdk2_project, "dfes": dfes_project, "dfcx": dfcx_project}

# ---------------------------------------------------------------- sessions
class Sess:
    """Walks the turns of one recording, assigning session ids and timestamps."""
    def __init__(self, c, rec):
        self.c, self.rec = c, rec
        self.t0 = datetime.datetime.fromisoformat(rec.get("date", "2024-05-14T19:02:11"))
    def walk(self):
        sid, new, k, n = None, True, 0, 0
        out = []
        for i, t in enumerate(self.rec["turns"]):
            if sid is None or t.get("new"):
                k += 1
                sid = _h(self.c["id"], self.rec["path"], k, n=20)
                new = True
            ts = self.t0 + datetime.timedelta(seconds=9 * i + 3 * k)
            out.append(dict(t, sid=sid, first=new, ts=ts.strftime("%Y-%m-%dT%H:%M:%SZ"), tsd=ts, idx=i, rid=_uuid(self.c["id"], self.rec["path"], i)))
            new = False
            if t.get("end"):
                sid = None
        return out

# ---------- Alexa envelopes
def alexa_req(c, t):
    app = "amzn1.ask.skill." + _uuid(c["id"])
    user = "amzn1.ask.account." + _h(c["id"], "user", n=40).upper()
    i = t.get("i", "LaunchRequest")
    if i == "LaunchRequest":
        r = {"type": "LaunchRequest"}
    elif i == "SessionEndedRequest":
        r = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
    elif i.startswith("Connections.") or i.startswith("Alexa.") or i.startswith("Dialog.API"):
        r = {"type": i}
        r.update(t.get("extra", {}))
    else:
        r = {"type": "IntentRequest", "intent": {"name": i, "confirmationStatus": "NONE",
                                                  "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in (t.get("s") or {}).items()}}}
    r.update({"requestId": "amzn1.echo-api.request." + t["rid"], "timestamp": t["ts"], "locale": t.get("loc", c["loc"])})
    dev = {"deviceId": "amzn1.ask.device." + _h(c["id"], "dev", n=40).upper(), "supportedInterfaces": {"AudioPlayer": {}}}
    if c.get("apl"):
        dev["supportedInterfaces"]["Alexa.Presentation.APL"] = {"runtime": {"maxVersion": "2023.2"}}
    sess = {"new": t["first"], "sessionId": "amzn1.echo-api.session." + t["sid"], "application": {"applicationId": app},
            "user": {"userId": user}, "attributes": {}}
    return {"version": "1.0", "session": sess,
            "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user}, "device": dev,
                                   "apiEndpoint": "https://api.eu.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1Qi...redacted"}},
            "request": r}

def alexa_resp(c, t):
    r = {}
    if t.get("say") is not None:
        r["outputSpeech"] = {"type": "SSML", "ssml": ssml(t["say"])}
    if t.get("card"):
        ct = t["card"]
        if ct[0] == "AskForPermissionsConsent":
            r["card"] = {"type": "AskForPermissionsConsent", "permissions": ct[1]}
        else:
            r["card"] = {"type": "Simple", "title": ct[0], "content": ct[1]}
    if t.get("rp") is not None:
        r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["rp"])}}
    if t.get("directives"):
        r["directives"] = t["directives"]
    if "end" in t and t["end"] is not None:
        r["shouldEndSession"] = t["end"]
    return {"version": "1.0", "sessionAttributes": t.get("attrs", {}), "userAgent": "ask-node/2.14.0 Node/v18.17.0", "response": r}

# ---------- Google sdk2 / Dialogflow ES / Builder / CX
def g_user(c, t):
    return {"userId": "ABwppH" + _h(c["id"], "gu", n=30), "locale": t.get("loc", c["loc"]), "lastSeen": t["ts"], "userVerificationStatus": "VERIFIED"}

def g_surface():
    return {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.SCREEN_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}, {"name": "actions.capability.ACCOUNT_LINKING"}]}

def sdk2_req(c, t):
    i = t.get("i", "actions.intent.MAIN")
    inp = {"intent": i, "rawInputs": [{"inputType": "VOICE", "query": t.get("u", "")}]}
    args = [{"name": k, "rawText": v, "textValue": v} for k, v in (t.get("s") or {}).items()]
    if i == "actions.intent.TEXT":
        args = [{"name": "text", "rawText": t.get("u", ""), "textValue": t.get("u", "")}]
    if i == "actions.intent.NO_INPUT":
        inp["rawInputs"] = [{"inputType": "VOICE"}]
        args = [{"name": "REPROMPT_COUNT", "intValue": "1"}, {"name": "IS_FINAL_REPROMPT", "boolValue": False}]
    if t.get("permgrant"):
        args = [{"name": "PERMISSION", "boolValue": True, "textValue": "true"}]
    if args:
        inp["arguments"] = args
    return {"user": g_user(c, t), "conversation": {"conversationId": t["sid"][:14], "type": "NEW" if t["first"] else "ACTIVE", **({} if t["first"] else {"conversationToken": "[]"})},
            "inputs": [inp], "surface": g_surface(), "isInSandbox": True, "availableSurfaces": []}

def _items(t):
    items = [{"simpleResponse": {"textToSpeech": t.get("say", ""), "displayText": t.get("text", _strip(t.get("say", "")))}}]
    if t.get("card"):
        items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
    return items

def _strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "").strip()

def sdk2_resp(c, t):
    if t.get("end"):
        return {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": _items(t)}}}
    ip = {"richInitialPrompt": {"items": _items(t)}}
    if t.get("chips"):
        ip["richInitialPrompt"]["suggestions"] = [{"title": x} for x in t["chips"]]
    if t.get("rp") is not None:
        rps = t["rp"] if isinstance(t["rp"], list) else [t["rp"]] * 3
        ip["noInputPrompts"] = [{"textToSpeech": x} for x in rps]
    pi = [{"intent": "actions.intent.TEXT"}]
    if t.get("perm"):
        pi = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}]
    return {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": ip, "possibleIntents": pi, "speechBiasingHints": []}],
            "conversationToken": "{\"state\":null,\"data\":{}}"}

def dfes_req(c, t):
    l = lang(c["loc"])
    proj = c["id"][4:]
    return {"responseId": t["rid"] + "-" + _h(t["rid"], n=8), "session": f"projects/{proj}/agent/sessions/{t['sid']}",
            "queryResult": {"queryText": t.get("u") or "GOOGLE_ASSISTANT_WELCOME", "parameters": t.get("s") or {}, "allRequiredParamsPresent": True,
                            "fulfillmentMessages": [{"text": {"text": [""]}}],
                            "outputContexts": [{"name": f"projects/{proj}/agent/sessions/{t['sid']}/contexts/{x}", "lifespanCount": 5} for x in t.get("ctx", [])],
                            "intent": {"name": f"projects/{proj}/agent/intents/{_uuid(c['id'], t.get('i', 'Default Welcome Intent'))}", "displayName": t.get("i", "Default Welcome Intent")},
                            "intentDetectionConfidence": 1, "languageCode": t.get("loc", c["loc"]).lower() if c["loc"] in ("pt-BR", "es-MX", "fr-CA", "en-GB") else l},
            "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": sdk2_req(c, dict(t, u=t.get("u") or t.get("raw", f"talk to {c['inv']}"), i=t.get("gi", "actions.intent.TEXT" if t.get("u") else "actions.intent.MAIN")))}}

def dfes_resp(c, t):
    g = {"expectUserResponse": not t.get("end"), "richResponse": {"items": _items(t)}}
    if t.get("chips"):
        g["richResponse"]["suggestions"] = [{"title": x} for x in t["chips"]]
    if t.get("rp") is not None:
        rps = t["rp"] if isinstance(t["rp"], list) else [t["rp"]] * 3
        g["noInputPrompts"] = [{"textToSpeech": x} for x in rps]
    if t.get("perm"):
        g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}
    r = {"fulfillmentText": _strip(t.get("say", "")), "payload": {"google": g}}
    if t.get("ctx_out"):
        r["outputContexts"] = [{"name": f"projects/{c['id'][4:]}/agent/sessions/{t['sid']}/contexts/{x}", "lifespanCount": 5} for x in t["ctx_out"]]
    return r

def builder_req(c, t):
    i = t.get("i", "actions.intent.MAIN")
    return {"handler": {"name": t.get("h", "main")},
            "intent": {"name": i, "params": {k: {"original": v, "resolved": v} for k, v in (t.get("s") or {}).items()}, "query": t.get("u", "")},
            "scene": {"name": t.get("scene", "actions.scene.START_CONVERSATION"), "slotFillingStatus": t.get("sfs", "UNSPECIFIED"), "slots": {k: {"mode": "REQUIRED", "status": "SLOT_UNSPECIFIED" if False else "FILLED", "value": v, "updated": True} for k, v in (t.get("slots") or {}).items()}},
            "session": {"id": t["sid"], "params": t.get("params", {}), "typeOverrides": [], "languageCode": t.get("loc", c["loc"])},
            "user": {"locale": t.get("loc", c["loc"]), "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": t.get("granted", []), "lastSeenTime": t["ts"]},
            "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Berlin", "version": ""}}}

def builder_resp(c, t):
    p = {"override": False, "firstSimple": {"speech": t.get("say", ""), "text": t.get("text", _strip(t.get("say", "")))}}
    if t.get("chips"):
        p["suggestions"] = [{"title": x} for x in t["chips"]]
    if t.get("card"):
        p["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
    r = {"session": {"id": t["sid"], "params": t.get("params_out", {}), "languageCode": ""}, "prompt": p}
    nxt = "actions.scene.END_CONVERSATION" if t.get("end") else t.get("next")
    sc = {"name": t.get("scene", "actions.scene.START_CONVERSATION"), "slots": {}}
    if nxt:
        sc["next"] = {"name": nxt}
    r["scene"] = sc
    return r

def cx_detect(c, t):
    l = t.get("loc", c["loc"])
    proj = f"projects/{c['id'][4:]}/locations/europe-west3/agents/{_uuid(c['id'])}"
    msgs = [m if isinstance(m, dict) else {"text": {"text": [m]}} for m in (t.get("say") if isinstance(t.get("say"), list) else [t.get("say", "")])]
    if t.get("payload"):
        msgs.append({"payload": t["payload"]})
    if t.get("end"):
        msgs.append({"endInteraction": {}})
    qi = {"text": {"text": t["u"]}} if t.get("u") else {"event": {"event": t.get("event", "WELCOME")}}
    req = {"session": f"{proj}/sessions/{t['sid']}", "queryInput": dict(qi, languageCode=l)}
    res = {"responseId": t["rid"], "queryResult": {**({"text": t["u"]} if t.get("u") else {"triggerEvent": t.get("event", "WELCOME")}), "languageCode": l,
                                                   "parameters": t.get("s") or {}, "responseMessages": msgs,
                                                   "currentPage": {"name": f"{proj}/flows/00000000-0000-0000-0000-000000000000/pages/{_uuid(c['id'], t.get('page', 'Start'))}", "displayName": t.get("page", "Start Page")},
                                                   **({"intent": {"name": f"{proj}/intents/{_uuid(c['id'], t['i'])}", "displayName": t["i"]}, "intentDetectionConfidence": 0.93} if t.get("i") else {}),
                                                   "match": {"matchType": "INTENT" if t.get("i") else ("NO_INPUT" if t.get("event") == "sys.no-input-default" else "EVENT"), "confidence": 0.93}}}
    return req, res

WEBHOOK = {"sdk2": (sdk2_req, sdk2_resp), "dfes": (dfes_req, dfes_resp), "builder": (builder_req, builder_resp)}

def pair(c, t):
    if c["plat"] == "alexa":
        return alexa_req(c, t), alexa_resp(c, t)
    if c["plat"] == "dfcx":
        return cx_detect(c, t)
    rq, rs = WEBHOOK[c["plat"]]
    return rq(c, t), rs(c, t)

def endpoint(c):
    return {"alexa": f"https://{c['id'][4:]}.execute-api.eu-west-1.amazonaws.com/prod/alexa",
            "sdk2": f"https://europe-west1-{c['id'][4:]}.cloudfunctions.net/fulfillment",
            "dfes": f"https://europe-west1-{c['id'][4:]}.cloudfunctions.net/dialogflowFirebaseFulfillment",
            "builder": f"https://europe-west1-{c['id'][4:]}.cloudfunctions.net/ActionsOnGoogleFulfillment",
            "dfcx": f"https://europe-west3-dialogflow.googleapis.com/v3/projects/{c['id'][4:]}/locations/europe-west3/agents/{_uuid(c['id'])}/sessions:detectIntent"}[c["plat"]]

def spoken(c, t):
    if c["plat"] == "dfcx":
        s = t.get("say")
        s = s if isinstance(s, list) else [s or ""]
        return " ".join(x if isinstance(x, str) else x.get("outputAudioText", {}).get("ssml", "") for x in s)
    return t.get("say") or ""

# ---------------------------------------------------------------- shapes
def shape_files(c, rec):
    turns = Sess(c, rec).walk()
    sh, path = rec["shape"], rec["path"]
    files = {}
    if sh == "envelope":
        for t in turns:
            files[path.format(n=t["idx"] + 1)] = alexa_resp(c, t)
    elif sh in ("gactions-scene", "gactions-conversation", "dialogflow-webhook") and "{n" in path:
        for t in turns:
            files[path.format(n=t["idx"] + 1)] = dict(zip(("request", "response"), pair(c, t)))
    elif sh in ("gactions-scene", "gactions-conversation", "dialogflow-webhook") and path.endswith(".json"):
        files[path] = [dict(zip(("request", "response"), pair(c, t))) for t in turns]
    elif sh == "pairs-jsonl" or sh in ("gactions-scene", "gactions-conversation", "dialogflow-webhook"):
        files[path] = "".join(json.dumps(dict(zip(("request", "response"), pair(c, t))), ensure_ascii=False) + "\n" for t in turns)
    elif sh == "pairs-array":
        files[path] = [dict(zip(("request", "response"), pair(c, t))) for t in turns]
    elif sh == "smapi-simulation":
        for t in turns:
            rq, rs = pair(c, t)
            files[path.format(n=t["idx"] + 1)] = {"id": _uuid("sim", t["rid"]), "status": "SUCCESSFUL", "result": {
                "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _strip(t.get("say", ""))}}],
                                       "consideredIntents": [{"name": rq["request"].get("intent", {}).get("name", rq["request"]["type"]), "confirmationStatus": "NONE", "slots": {}}]},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:123456789012:function:" + c["id"][4:], "body": rq},
                                                        "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + t["idx"] * 7}}]},
                "error": None}}
    elif sh == "smapi-invocation":
        for t in turns:
            rq, rs = pair(c, t)
            files[path.format(n=t["idx"] + 1)] = {"id": _uuid("inv", t["rid"]), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
                "invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:123456789012:function:" + c["id"][4:], "body": rq},
                "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 211}}, "error": None}}
    elif sh == "ask-dialog":
        files[path] = {"skillId": "amzn1.ask.skill." + _uuid(c["id"]), "locale": c["loc"], "type": "text",
                       "userInput": [t.get("u", "open " + c["inv"]) for t in turns]}
        out = path.rsplit(".", 1)[0] + rec.get("out", "-output.txt")
        if out.endswith(".txt"):
            files[out] = "".join(f"User  > {t.get('u', 'open ' + c['inv'])}\nAlexa > {_strip(t.get('say', ''))}\n" for t in turns)
        else:
            files[out] = [{"utterance": t.get("u", "open " + c["inv"]), "invocations": [{"invocationRequest": {"body": pair(c, t)[0]}, "invocationResponse": {"body": pair(c, t)[1]}}]} for t in turns]
    elif sh == "cloudwatch-text":
        lines = []
        for t in turns:
            rq, rs = pair(c, t)
            lid = _uuid("lambda", t["rid"])
            ts = t["tsd"].strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
            lines.append(f"START RequestId: {lid} Version: $LATEST")
            kw = rec.get("kw", ("Request: ", "Response: "))
            if rec.get("py"):
                lines.append(f"[INFO]\t{ts}\t{lid}\t{kw[0]}{json.dumps(rq, ensure_ascii=False)}")
                lines.append(f"[INFO]\t{ts}\t{lid}\t{kw[1]}{json.dumps(rs, ensure_ascii=False)}")
            else:
                lines.append(f"{ts}\t{lid}\tINFO\t{kw[0]}{json.dumps(rq, ensure_ascii=False)}")
                lines.append(f"{ts}\t{lid}\tINFO\t{kw[1]}{json.dumps(rs, ensure_ascii=False)}")
            lines.append(f"END RequestId: {lid}")
            lines.append(f"REPORT RequestId: {lid}\tDuration: 143.21 ms\tBilled Duration: 144 ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
        files[path] = "\n".join(lines) + "\n"
    elif sh == "cloudwatch-json":
        ev = []
        for t in turns:
            rq, rs = pair(c, t)
            lid = _uuid("lambda", t["rid"])
            ms = int(t["tsd"].replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
            for k, o in (("Request: ", rq), ("Response: ", rs)):
                ev.append({"logStreamName": f"2024/05/14/[$LATEST]{_h(c['id'], n=32)}", "timestamp": ms, "message": f"{t['ts']}\t{lid}\tINFO\t{k}{json.dumps(o, ensure_ascii=False)}\n", "ingestionTime": ms + 40, "eventId": _h(t['rid'], k, n=32)})
        files[path] = {"events": ev, "searchedLogStreams": []}
    elif sh == "har":
        ents = []
        for t in turns:
            rq, rs = pair(c, t)
            ents.append({"startedDateTime": t["ts"].replace("Z", ".000Z"), "time": 212, "request": {"method": "POST", "url": rec.get("url", endpoint(c)), "httpVersion": "HTTP/1.1",
                         "headers": [{"name": "Content-Type", "value": "application/json"}], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                         "postData": {"mimeType": "application/json", "text": json.dumps(rq if c["plat"] != "dfcx" else {"queryInput": rq["queryInput"]}, ensure_ascii=False)}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}], "cookies": [],
                                      "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(rs, ensure_ascii=False)}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 1, "wait": 205, "receive": 6}})
        files[path] = {"log": {"version": "1.2", "creator": {"name": rec.get("creator", "Charles Proxy"), "version": "4.6.4"}, "pages": [], "entries": ents}}
    elif sh == "transcript":
        lines = [f"# QA transcript  {c['name']}  locale={c['loc']}  build={rec.get('build', '1.0')}"]
        for t in turns:
            if t["first"]:
                lines.append(f"--- session {t['sid'][:8]} ---")
            lines.append(f"[{t['ts']}] USER: {t.get('u', '(launch)')}")
            lines.append(f"[{t['ts']}] SKILL: {_strip(spoken(c, t))}")
            if t.get("rp") is not None:
                rp = t["rp"] if isinstance(t["rp"], str) else t["rp"][0]
                lines.append(f"[{t['ts']}] REPROMPT: {rp}")
            lines.append(f"session_open={'false' if t.get('end') else 'true'}")
        files[path] = "\n".join(lines) + "\n"
    elif sh == "actions-simulator":
        tt = []
        for t in turns:
            rq, rs = pair(c, t)
            tt.append({"userQuery": t.get("u", f"Talk to {c['inv']}"), "timestamp": t["ts"], "request": rq, "response": rs,
                       "audio": {"transcript": _strip(spoken(c, t))}, "debugInfo": {"assistantToAgentDebug": {"sharedDebugInfo": [], "curlCommand": f"curl -v '{endpoint(c)}' -X POST"}},
                       "errors": []})
        files[path] = {"simulatorVersion": "actions-console-2024.05", "projectId": c["id"][4:], "locale": c["loc"], "surface": rec.get("surface", "SMART_DISPLAY"), "sandbox": True, "turns": tt}
    elif sh == "cloud-logging-json":
        es = []
        for t in turns:
            rq, rs = pair(c, t)
            if c["plat"] == "dfcx":
                es.append({"insertId": _h(t["rid"], n=14), "jsonPayload": {"queryInput": rq["queryInput"], "session": rq["session"], "queryResult": rs["queryResult"], "responseId": rs["responseId"]},
                           "resource": {"type": "global", "labels": {"project_id": c["id"][4:]}}, "timestamp": t["ts"], "severity": "INFO",
                           "labels": {"location_id": "europe-west3", "agent_id": _uuid(c["id"]), "session_id": t["sid"]},
                           "logName": f"projects/{c['id'][4:]}/logs/dialogflow-runtime.googleapis.com%2Frequests", "receiveTimestamp": t["ts"]})
            else:
                for k, o in (("Webhook request: ", rq), ("Webhook response: ", rs)):
                    es.append({"insertId": _h(t["rid"], k, n=14), "textPayload": k + json.dumps(o, ensure_ascii=False),
                               "resource": {"type": "cloud_function", "labels": {"function_name": endpoint(c).rsplit("/", 1)[1], "region": "europe-west1", "project_id": c["id"][4:]}},
                               "timestamp": t["ts"], "severity": "INFO", "labels": {"execution_id": _h(t["rid"], n=12)},
                               "logName": f"projects/{c['id'][4:]}/logs/cloudfunctions.googleapis.com%2Fcloud-functions", "receiveTimestamp": t["ts"]})
        files[path] = list(reversed(es)) if rec.get("desc_order", True) else es
    elif sh == "firebase-functions-log":
        fn = endpoint(c).rsplit("/", 1)[1]
        lines = []
        for t in turns:
            rq, rs = pair(c, t)
            ts = t["tsd"].strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
            lines.append(f"{ts} D {fn}: Function execution started")
            lines.append(f"{ts} I {fn}: Request body: {json.dumps(rq, ensure_ascii=False)}")
            lines.append(f"{ts} I {fn}: Response body: {json.dumps(rs, ensure_ascii=False)}")
            lines.append(f"{ts} D {fn}: Function execution took 187 ms, finished with status code: 200")
        files[path] = "\n".join(lines) + "\n"
    elif sh == "cx-conversation-history":
        its = []
        for t in turns:
            rq, rs = pair(c, t)
            its.append({"request": rq, "response": rs, "partialResponses": [], "requestUtterances": t.get("u", ""),
                        "responseUtterances": spoken(c, t), "createTime": t["ts"],
                        "missingTransition": None, "stepMetrics": [{"name": "NluMatch", "latency": "0.041s"}, {"name": "Webhook", "latency": "0.188s"}]})
        files[path] = {"name": f"projects/{c['id'][4:]}/locations/europe-west3/agents/{_uuid(c['id'])}/conversations/{turns[0]['sid']}",
                       "type": "AUDIO", "languageCode": c["loc"], "startTime": turns[0]["ts"], "duration": f"{9 * len(turns)}s",
                       "metrics": {"interactionCount": len(turns), "hasEndInteraction": any(t.get("end") for t in turns)},
                       "intents": [], "flows": [], "pages": [], "interactions": list(reversed(its)), "environment": {}}
    elif sh == "cx-test-case":
        tct = []
        for t in turns:
            rq, rs = pair(c, t)
            tct.append({"userInput": {"input": rq["queryInput"], "isWebhookEnabled": True, "enableSentimentAnalysis": False}})
            tct.append({"virtualAgentOutput": {"sessionParameters": t.get("s") or {}, "triggeredIntent": {"name": _uuid(c["id"], t.get("i", "")), "displayName": t.get("i", "")},
                                               "currentPage": {"name": _uuid(c["id"], t.get("page", "Start")), "displayName": t.get("page", "Start Page")},
                                               "textResponses": [m["text"] for m in rs["queryResult"]["responseMessages"] if "text" in m],
                                               **({"diagnosticInfo": {"Response Messages": [m for m in rs["queryResult"]["responseMessages"] if "text" not in m]}} if any("text" not in m for m in rs["queryResult"]["responseMessages"]) else {}),
                                               **({"endInteraction": True} if t.get("end") else {})}})
        files[path] = {"name": _uuid(c["id"], path), "tags": rec.get("tags", ["#regression"]), "displayName": rec.get("title", "happy path"), "notes": rec.get("notes", ""),
                       "testConfig": {"trackingParameters": list((turns[-1].get("s") or {}).keys()), "flow": "Default Start Flow"},
                       "testCaseConversationTurns": tct, "creationTime": turns[0]["ts"],
                       "lastTestResult": {"name": _uuid(c["id"], path, "r"), "environment": "draft", "testResult": "PASSED", "testTime": turns[-1]["ts"]}}
    elif sh == "junit-xml":
        from xml.sax.saxutils import escape
        cases = []
        for t in turns:
            rq, rs = pair(c, t)
            cases.append(f'  <testcase classname="{escape(c["name"])}.{c["loc"]}" name="{escape(t.get("u", "launch"))}" time="0.{200 + t["idx"]}">\n'
                         f'    <system-out><![CDATA[>>> request\n{json.dumps(rq, ensure_ascii=False)}\n<<< response\n{json.dumps(rs, ensure_ascii=False)}\n]]></system-out>\n  </testcase>')
        files[path] = (f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n<testsuite name="{escape(rec.get("suite", "conversation"))}" tests="{len(turns)}" failures="0" errors="0" timestamp="{turns[0]["ts"]}">\n'
                       + "\n".join(cases) + "\n</testsuite>\n</testsuites>\n")
    elif sh == "ipynb":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [rec.get("md", f"# {c['name']} probe\n")]}]
        for t in turns:
            rq, rs = pair(c, t)
            cells.append({"cell_type": "code", "execution_count": t["idx"] + 1, "metadata": {},
                          "source": [f"r = simulate({json.dumps(t.get('u', 'open ' + c['inv']), ensure_ascii=False)}, session_id={t['sid'][:8]!r})\n", "show(r)"],
                          "outputs": [{"output_type": "stream", "name": "stdout", "text": [json.dumps({"request": rq, "response": rs}, ensure_ascii=False, indent=1)]}]})
        files[path] = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}, "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    else:
        raise ValueError(sh)
    return files

def render(c, root):
    base = os.path.join(root, c["id"])
    PROJECT[c["plat"]](c, base)
    for rel, content in (c.get("files") or {}).items():
        write(base, rel, content)
    for rec in c.get("recs", []):
        for rel, content in shape_files(c, rec).items():
            write(base, rel, content)
    return {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": sorted({r["shape"] for r in c.get("recs", [])}), "why": c["why"]}
