"""Turns the hand-written case descriptions (cases_*.py) into project folders + recordings."""
import hashlib, json, os, uuid, datetime, html
import yaml

def hid(*p):
    return str(uuid.UUID(hashlib.md5("|".join(map(str, p)).encode()).hexdigest()))

def hx(*p, n=40):
    return hashlib.sha1("|".join(map(str, p)).encode()).hexdigest().upper()[:n]

class T:
    """One turn: user intent/utterance -> skill answer."""
    def __init__(self, intent, say, rp=None, end=None, u="", slots=None, card=None, scene=None, perm=None, plain=False):
        self.intent, self.say, self.rp, self.u = intent, say, rp, u
        self.end = (rp is None) if end is None else end
        self.slots, self.card, self.scene, self.perm, self.plain = slots or {}, card, scene, perm, plain

def ssml(s):
    return s if s.strip().startswith("<speak>") else "<speak>" + s + "</speak>"

def wjson(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)

def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

def wyaml(path, obj):
    wtext(path, yaml.safe_dump(obj, allow_unicode=True, sort_keys=False))

# ---------------------------------------------------------------- packages
def alexa_package(c, d):
    loc = c["loc"]
    locs = c.get("locales", [loc])
    pub = {}
    for l in locs:
        pub[l] = {"summary": c["desc"][:160], "examplePhrases": c.get("examples", [f"Alexa, open {c['inv']}"]),
                  "name": c["name"], "description": c["desc"], "keywords": c.get("keywords", []),
                  "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hx(c['id'],n=4).lower()}/APP_ICON?versionId=small",
                  "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hx(c['id'],n=4).lower()}/APP_ICON_LARGE?versionId=large"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")), "isChildDirected": c.get("child", False),
          "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    man = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                     "testingInstructions": c.get("testing", "Link a test account and follow the prompts."),
                                     "category": c.get("category", "SMART_HOME"),
                                     "distributionCountries": c.get("countries", [loc.split("-")[1]])},
           "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", f"arn:aws:lambda:eu-west-1:{int(hx(c['id'],n=8),16)%10**12:012d}:function:{c['id'][4:]}")},
                               "interfaces": c.get("interfaces", [])}},
           "manifestVersion": "1.0", "privacyAndCompliance": pc}
    if c.get("perms"):
        man["permissions"] = [{"name": p} for p in c["perms"]]
    wjson(f"{d}/skill-package/skill.json", {"manifest": man})
    for l in locs:
        intents = []
        for it in c["intents"]:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            intents.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        for b in ("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"):
            if b not in [i["name"] for i in intents]:
                intents.append({"name": b, "samples": []})
        types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c.get("types", [])]
        wjson(f"{d}/skill-package/interactionModels/custom/{l}.json",
              {"interactionModel": {"languageModel": {"invocationName": c["inv"], "intents": intents, "types": types}}})
    wjson(f"{d}/ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler", "awsRegion": "eu-west-1"}}}}})
    if c.get("lambda"):
        wtext(f"{d}/lambda/index.js", c["lambda"])

def lang(loc):
    return loc.split("-")[0]

def builder_package(c, d):
    loc = c["loc"]
    s = {"defaultLocale": lang(loc), "projectId": c["id"][4:], "category": c.get("gcategory", "HOME_CONTROL"),
         "usesTransactionsApi": False, "usesDigitalPurchaseApi": False, "usesInteractiveCanvas": False,
         "designedForFamily": c.get("child", False), "localizedSettings": {
             "displayName": c["name"], "pronunciation": c["inv"], "shortDescription": c["desc"][:80],
             "fullDescription": c["desc"], "developerName": c.get("dev", c["name"]), "developerEmail": c.get("mail", "actions@example.com"),
             "sampleInvocations": c.get("examples", [f"Talk to {c['inv']}"])}}
    if c.get("policy"):
        s["localizedSettings"]["privacyPolicyUrl"] = c["policy"]
    if c.get("acclink"):
        s["accountLinking"] = {"enableAccountCreation": False, "linkingType": "OAUTH", "authGrantType": "AUTH_CODE",
                               "appClientId": "assistant", "authorizationUrl": c["acclink"] + "/oauth/authorize",
                               "tokenUrl": c["acclink"] + "/oauth/token"}
    wyaml(f"{d}/sdk/settings/settings.yaml", s)
    wyaml(f"{d}/sdk/manifest.yaml", {"version": "1.0"})
    wyaml(f"{d}/sdk/webhooks/ActionsOnGoogleFulfillment.yaml", {"handlers": [{"name": h} for h in c.get("handlers", ["main"])],
          "httpsEndpoint": {"baseUrl": c.get("webhook", f"https://europe-west1-{c['id'][4:]}.cloudfunctions.net/fulfillment")}})
    wyaml(f"{d}/sdk/custom/global/actions.intent.MAIN.yaml", {"handler": {"webhookHandler": "main"}, "transitionToScene": c.get("start", "Start")})
    for it in c["intents"]:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        o = {}
        if slots:
            o["parameters"] = [{"name": k, "type": {"name": v}} for k, v in slots.items()]
        o["trainingPhrases"] = samples
        wyaml(f"{d}/sdk/custom/intents/{name}.yaml", o)
    for n, vals in c.get("types", []):
        wyaml(f"{d}/sdk/custom/types/{n}.yaml", {"synonym": {"entities": {v: {"synonyms": [v]} for v in vals}, "matchType": "EXACT_MATCH"}})
    for sc, spec in c["scenes"].items():
        wyaml(f"{d}/sdk/custom/scenes/{sc}.yaml", spec)

def sdkv2_package(c, d):
    man = {"displayName": c["name"], "invocationName": c["inv"], "category": c.get("gcategory", "HOME_CONTROL"),
           "shortDescription": c["desc"][:80], "longDescription": c["desc"], "companyName": c.get("dev", c["name"]),
           "contactEmail": c.get("mail", "actions@example.com"), "sampleInvocation": c.get("examples", [f"Talk to {c['inv']}"])}
    if c.get("policy"):
        man["privacyUrl"] = c["policy"]
    acts = [{"name": "MAIN", "intent": {"name": "actions.intent.MAIN"}, "fulfillment": {"conversationName": c["id"][4:]}}]
    for it in c["intents"]:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        acts.append({"name": name, "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in slots.items()],
                                            "trigger": {"queryPatterns": samples}},
                     "fulfillment": {"conversationName": c["id"][4:]}})
    ap = {"locale": c["loc"], "manifest": man, "actions": acts,
          "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": c.get("webhook", f"https://api.{c['id'][4:]}.example.net/assistant"),
                                            "fulfillmentApiVersion": 2}}}
    if c.get("types"):
        ap["types"] = [{"name": n, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for n, vals in c["types"]]
    if c.get("acclink"):
        ap["accountLinking"] = {"clientId": "assistant", "grantType": "AUTH_CODE", "authenticationUrl": c["acclink"] + "/oauth/authorize",
                                "accessTokenUrl": c["acclink"] + "/oauth/token"}
    wjson(f"{d}/action.json", ap)

def dialogflow_package(c, d):
    l = lang(c["loc"])
    ag = {"description": c["desc"], "language": l, "shortDescription": c["name"], "examples": "", "linkToDocs": "",
          "displayName": c["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
          "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][4:], "welcomeIntentSignInRequired": False,
                              "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": bool(c.get("acclink")),
                              "providerId": "", "authorizationUrl": (c.get("acclink") or "") + ("/oauth/authorize" if c.get("acclink") else ""),
                              "tokenUrl": "", "scopes": "", "privacyPolicyUrl": c.get("policy") or "", "grantType": "AUTH_CODE_GRANT"},
                              "voiceType": "VOICE_TYPE_UNSPECIFIED", "capabilities": [], "env": "", "protocolVersion": "V2",
                              "autoPreviewEnabled": False, "isDeviceAgent": False},
          "defaultTimezone": c.get("tz", "Europe/Berlin"), "webhook": {"url": c.get("webhook", f"https://{c['id'][4:]}.example.net/df"),
          "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
          "isPrivate": True, "supportedLanguages": [], "enableOnePlatformResponses": True, "apiVersion": "2", "onePlatformApiVersion": "v2beta1",
          "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0,
          "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False}
    wjson(f"{d}/agent.json", ag)
    wjson(f"{d}/package.json", {"version": "1.0.0"})
    for it in [("Default Welcome Intent", [], {}, False), ("Default Fallback Intent", [], {}, False)] + list(c["intents"]):
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        end = it[3] if len(it) > 3 else False
        wjson(f"{d}/intents/{name}.json", {"id": hid(c["id"], name), "name": name, "auto": True, "contexts": [],
              "responses": [{"resetContexts": False, "action": name.lower(), "affectedContexts": [],
                             "parameters": [{"id": hid(c["id"], name, k), "required": False, "dataType": v, "name": k, "value": "$" + k,
                                             "isList": False} for k, v in slots.items()],
                             "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": l, "condition": ""}], "speech": []}],
              "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [],
              "endInteraction": end})
        us = []
        for s in samples:
            data = []
            import re
            parts = re.split(r"(\{[^}]+\})", s)
            for p in parts:
                if not p:
                    continue
                if p.startswith("{"):
                    k = p[1:-1]
                    data.append({"text": k, "alias": k, "meta": slots.get(k, "@sys.any"), "userDefined": True})
                else:
                    data.append({"text": p, "userDefined": False})
            us.append({"id": hid(c["id"], name, s), "data": data, "isTemplate": False, "count": 0, "lang": l, "updated": 0})
        wjson(f"{d}/intents/{name}_usersays_{l}.json", us)
    for n, vals in c.get("types", []):
        wjson(f"{d}/entities/{n}.json", {"id": hid(c["id"], n), "name": n, "isOverridable": True, "isEnum": False, "isRegexp": False,
                                         "automatedExpansion": False, "allowFuzzyExtraction": False})
        wjson(f"{d}/entities/{n}_entries_{l}.json", [{"value": v, "synonyms": [v]} for v in vals])

# ---------------------------------------------------------------- conversations -> (request, response) bodies
def t0(c, rec):
    return datetime.datetime.fromisoformat(rec.get("date", "2025-03-11T18:02:00")).replace(tzinfo=datetime.timezone.utc)

def alexa_pairs(c, rec):
    out, ts = [], t0(c, rec)
    app = "amzn1.ask.skill." + hid(c["id"])
    user = "amzn1.ask.account." + hx(c["id"], "u", n=60)
    dev = "amzn1.ask.device." + hx(c["id"], "d", n=60)
    loc = rec.get("loc", c["loc"])
    for si, sess in enumerate(rec["sessions"]):
        sid = "amzn1.echo-api.session." + hid(c["id"], rec["path"], si)
        for ti, t in enumerate(sess):
            ts += datetime.timedelta(seconds=7 + 3 * ti)
            rid = "amzn1.echo-api.request." + hid(c["id"], rec["path"], si, ti)
            tss = ts.strftime("%Y-%m-%dT%H:%M:%SZ")
            if t.intent == "Launch":
                r = {"type": "LaunchRequest", "requestId": rid, "locale": loc, "timestamp": tss, "shouldLinkResultBeReturned": False}
            elif t.intent == "SessionEnded":
                r = {"type": "SessionEndedRequest", "requestId": rid, "locale": loc, "timestamp": tss, "reason": "USER_INITIATED"}
            else:
                r = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": tss,
                     "intent": {"name": t.intent, "confirmationStatus": "NONE",
                                "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t.slots.items()}},
                     "dialogState": "COMPLETED" if t.slots else None}
                if r["dialogState"] is None:
                    del r["dialogState"]
            sysd = {"application": {"applicationId": app}, "user": {"userId": user}, "device": {"deviceId": dev,
                    "supportedInterfaces": {"Display": {}} if t.card else {}}, "apiEndpoint": "https://api.eu.amazonalexa.com",
                    "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}
            if c.get("linked"):
                sysd["user"]["accessToken"] = "Atza|REDACTED"
            req = {"version": "1.0", "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                   "user": dict(sysd["user"]), "attributes": {}}, "context": {"System": sysd}, "request": r}
            resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": {}}
            rr = resp["response"]
            if t.say is not None:
                rr["outputSpeech"] = {"type": "PlainText", "text": t.say} if t.plain else {"type": "SSML", "ssml": ssml(t.say)}
            if t.card:
                rr["card"] = {"type": "Simple", "title": t.card[0], "content": t.card[1]}
            if t.perm:
                rr["card"] = {"type": "AskForPermissionsConsent", "permissions": t.perm}
            if t.rp is not None:
                rr["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t.rp)}}
            if t.end != "absent":
                rr["shouldEndSession"] = t.end
            if t.intent == "SessionEnded":
                resp = {"version": "1.0", "response": {}}
            out.append(dict(req=req, resp=resp, ts=ts, t=t, sid=sid, rid=rid))
    return out

def google_pairs(c, rec):
    out, ts = [], t0(c, rec)
    plat = c["plat"]
    loc = rec.get("loc", c["loc"])
    for si, sess in enumerate(rec["sessions"]):
        sid = hx(c["id"], rec["path"], si, n=32).lower()
        for ti, t in enumerate(sess):
            ts += datetime.timedelta(seconds=6 + 4 * ti)
            tss = ts.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            if plat == "sdkv2":
                intent = "actions.intent.MAIN" if t.intent == "Launch" else t.intent
                req = {"user": {"locale": loc, "lastSeen": tss, "userVerificationStatus": "VERIFIED", "userStorage": "{}"},
                       "conversation": {"conversationId": sid, "type": "NEW" if ti == 0 else "ACTIVE", "conversationToken": "[]"},
                       "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t.u or "Talk to " + c["inv"]}],
                                   "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in t.slots.items()]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                       "isInSandbox": True, "requestType": "SIMULATOR"}
                items = [{"simpleResponse": {"textToSpeech": t.say}}]
                if t.card:
                    items.append({"basicCard": {"title": t.card[0], "formattedText": t.card[1]}})
                if t.end:
                    resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
                else:
                    ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                    if t.rp is not None:
                        ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": t.rp}] * 2
                    if t.perm:
                        ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                            "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.say, "permissions": t.perm}}]
                    resp = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
            elif plat == "dialogflow":
                intent = "Default Welcome Intent" if t.intent == "Launch" else t.intent
                proj = c["id"][4:]
                req = {"responseId": hid(c["id"], si, ti) + "-" + hx(si, ti, n=8).lower(), "queryResult": {
                    "queryText": t.u or "GOOGLE_ASSISTANT_WELCOME", "parameters": dict(t.slots), "allRequiredParamsPresent": True,
                    "intent": {"name": f"projects/{proj}/agent/intents/{hid(c['id'], intent)}", "displayName": intent},
                    "intentDetectionConfidence": 1, "languageCode": lang(loc)},
                    "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                        "user": {"locale": loc, "userVerificationStatus": "VERIFIED"},
                        "conversation": {"conversationId": sid, "type": "NEW" if ti == 0 else "ACTIVE"},
                        "inputs": [{"intent": "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT",
                                    "rawInputs": [{"inputType": "VOICE", "query": t.u or "Talk to " + c["inv"]}]}],
                        "isInSandbox": True}},
                    "session": f"projects/{proj}/agent/sessions/{sid}"}
                items = [{"simpleResponse": {"textToSpeech": t.say}}]
                if t.card:
                    items.append({"basicCard": {"title": t.card[0], "formattedText": t.card[1]}})
                g = {"expectUserResponse": not t.end, "richResponse": {"items": items}}
                if t.rp is not None:
                    g["noInputPrompts"] = [{"textToSpeech": t.rp}]
                if t.perm:
                    g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                        "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.say, "permissions": t.perm}}
                resp = {"fulfillmentText": t.say, "payload": {"google": g}}
            else:  # builder
                sc = t.scene or ("Start" if t.intent == "Launch" else "Main")
                intent = "actions.intent.MAIN" if t.intent == "Launch" else t.intent
                req = {"handler": {"name": "main" if t.intent == "Launch" else t.intent.lower()},
                       "intent": {"name": intent, "params": {k: {"original": v, "resolved": v} for k, v in t.slots.items()}, "query": t.u or "Talk to " + c["inv"]},
                       "scene": {"name": sc, "slotFillingStatus": "UNSPECIFIED", "slots": {}, "next": {}},
                       "session": {"id": "ABwppHG" + sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                       "user": {"locale": loc, "params": {}, "accountLinkingStatus": "LINKED" if c.get("acclink") else "NOT_LINKED",
                                "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": tss},
                       "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": c.get("tz", "Europe/Berlin")}}}
                pr = {"override": False, "firstSimple": {"speech": t.say, "text": html.unescape(t.say.replace("<speak>", "").replace("</speak>", ""))}}
                if t.card:
                    pr["content"] = {"card": {"title": t.card[0], "text": t.card[1]}}
                nxt = "actions.scene.END_CONVERSATION" if t.end else (t.rp if isinstance(t.rp, str) and t.rp.startswith("scene:") else sc)
                if isinstance(nxt, str) and nxt.startswith("scene:"):
                    nxt = nxt[6:]
                resp = {"session": {"id": "ABwppHG" + sid, "params": {}}, "prompt": pr, "scene": {"name": sc, "slots": {}, "next": {"name": nxt}}}
            out.append(dict(req=req, resp=resp, ts=ts, t=t, sid=sid, rid=hid(c["id"], rec["path"], si, ti)))
    return out

def pairs_for(c, rec):
    return alexa_pairs(c, rec) if c["plat"] == "alexa" else google_pairs(c, rec)

def utter(c, t):
    if t.u:
        return t.u
    if t.intent == "Launch":
        return ("open " if c["plat"] == "alexa" else "talk to ") + c["inv"]
    return t.intent

def speech_of(p):
    t = p["t"]
    return t.say or ""

# ---------------------------------------------------------------- shapes
def iso(ts, ms=True):
    return ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond // 1000:03d}Z"

def render_rec(c, d, rec):
    sh = rec["shape"]
    P = pairs_for(c, rec)
    path = f"{d}/{rec['path']}"
    j = lambda o: json.dumps(o, ensure_ascii=False, separators=(",", ":"))
    if sh == "envelope":
        for i, p in enumerate(P):
            name = f"{i + 1:02d}-{p['t'].intent.replace('AMAZON.', '').lower()}.json"
            wjson(f"{path}/{name}", p["resp"])
    elif sh in ("pairs-jsonl", "gactions-conversation-jsonl", "dialogflow-webhook-jsonl", "gactions-scene-jsonl"):
        wtext(path, "".join(j({"request": p["req"], "response": p["resp"]}) + "\n" for p in P))
    elif sh in ("pairs-array",):
        wjson(path, [{"request": p["req"], "response": p["resp"]} for p in P])
    elif sh == "smapi-simulation":
        for i, p in enumerate(P):
            o = {"id": hid(p["rid"], "sim"), "status": "SUCCESSFUL", "result": {
                "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": speech_of(p)}}],
                                       "consideredIntents": [{"name": p["t"].intent, "confirmationStatus": "NONE", "slots": {}}]},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": c.get("endpoint", "arn:aws:lambda:eu-west-1:000000000000:function:x"),
                                                                              "body": p["req"]},
                                                        "invocationResponse": {"body": p["resp"]},
                                                        "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 17}}]},
                "error": None}}
            wjson(f"{path}/sim-{i + 1:02d}.json", o)
    elif sh == "smapi-invocation":
        for i, p in enumerate(P):
            wjson(f"{path}/invoke-{i + 1:02d}.json", {"id": hid(p["rid"], "inv"), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
                "invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:x", "body": p["req"]},
                "invocationResponse": {"body": p["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 212}}, "error": None}})
    elif sh == "ask-dialog":
        wjson(f"{path}/replay.json", {"skillId": "amzn1.ask.skill." + hid(c["id"]), "locale": c["loc"], "type": "text",
                                      "userInput": [utter(c, p["t"]) for p in P]})
        wjson(f"{path}/replay-output.json", [{"utterance": utter(c, p["t"]), "invocations": [{"request": p["req"], "response": p["resp"]}]} for p in P])
    elif sh == "cloudwatch-text":
        lines = []
        for p in P:
            r = p["rid"][-36:]
            lines.append(f"START RequestId: {r} Version: $LATEST")
            lines.append(f"{iso(p['ts'])}\t{r}\tINFO\tRequest: {j(p['req'])}")
            lines.append(f"{iso(p['ts'])}\t{r}\tINFO\tResponse: {j(p['resp'])}")
            lines.append(f"END RequestId: {r}")
            lines.append(f"REPORT RequestId: {r}\tDuration: 143.21 ms\tBilled Duration: 144 ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
        wtext(path, "\n".join(lines) + "\n")
    elif sh == "cloudwatch-json":
        ev = []
        for p in P:
            ms = int(p["ts"].timestamp() * 1000)
            r = p["rid"][-36:]
            for k, b in (("Request", p["req"]), ("Response", p["resp"])):
                ev.append({"logStreamName": "2025/03/11/[$LATEST]" + hx(c["id"], n=32).lower(), "timestamp": ms, "ingestionTime": ms + 412,
                           "message": f"{iso(p['ts'])}\t{r}\tINFO\t{k}: {j(b)}\n", "eventId": str(ms) + hx(r, k, n=10)})
        wjson(path, {"events": ev, "searchedLogStreams": []})
    elif sh == "har":
        ents = []
        url = rec.get("url", "https://skill.example.net/alexa")
        for p in P:
            ents.append({"startedDateTime": iso(p["ts"]), "time": 188, "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                         "headers": [{"name": "Content-Type", "value": "application/json"}], "queryString": [], "cookies": [],
                         "headersSize": -1, "bodySize": -1, "postData": {"mimeType": "application/json", "text": j(p["req"])}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                                      "cookies": [], "content": {"size": len(j(p["resp"])), "mimeType": "application/json", "text": j(p["resp"])},
                                      "redirectURL": "", "headersSize": -1, "bodySize": -1}, "cache": {}, "timings": {"send": 1, "wait": 180, "receive": 7}})
        wjson(path, {"log": {"version": "1.2", "creator": {"name": rec.get("creator", "mitmproxy"), "version": "10.1.6"}, "entries": ents}})
    elif sh == "transcript":
        lines = []
        for p in P:
            t = p["t"]
            lines.append(f"[{p['ts'].strftime('%H:%M:%S')}] USER: {utter(c, t)}")
            lines.append(f"[{p['ts'].strftime('%H:%M:%S')}] SKILL: {t.say}")
            if t.rp is not None:
                lines.append(f"[{p['ts'].strftime('%H:%M:%S')}] REPROMPT: {t.rp}")
            lines.append(f"session_open={'false' if t.end is True else 'true'}")
        wtext(path, "\n".join(lines) + "\n")
    # ---------------- new shapes of this set
    elif sh == "otel-spans":
        spans = []
        trace = hx(c["id"], rec["path"], n=32).lower()
        for i, p in enumerate(P):
            st = int(p["ts"].timestamp() * 1e9)
            spans.append({"traceId": hx(p["rid"], "t", n=32).lower(), "spanId": hx(p["rid"], "s", n=16).lower(), "parentSpanId": "",
                          "name": "POST " + rec.get("route", "/alexa"), "kind": 2, "startTimeUnixNano": str(st), "endTimeUnixNano": str(st + 163000000),
                          "attributes": [{"key": "http.request.method", "value": {"stringValue": "POST"}},
                                         {"key": "url.path", "value": {"stringValue": rec.get("route", "/alexa")}},
                                         {"key": "http.response.status_code", "value": {"intValue": "200"}},
                                         {"key": "voice.session.id", "value": {"stringValue": p["sid"]}},
                                         {"key": "http.request.body", "value": {"stringValue": j(p["req"])}},
                                         {"key": "http.response.body", "value": {"stringValue": j(p["resp"])}}],
                          "status": {"code": 1}})
        wjson(path, {"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": rec.get("service", c["id"][4:] + "-fulfillment")}},
                                                                     {"key": "deployment.environment", "value": {"stringValue": rec.get("env", "production")}},
                                                                     {"key": "telemetry.sdk.language", "value": {"stringValue": "nodejs"}}]},
                                          "scopeSpans": [{"scope": {"name": "@opentelemetry/instrumentation-http", "version": "0.48.0"}, "spans": spans}]}]})
    elif sh == "datadog-logs":
        data = []
        for p in P:
            for k, b in (("request", p["req"]), ("response", p["resp"])):
                data.append({"id": "AQAAAY" + hx(p["rid"], k, n=30), "type": "log", "attributes": {
                    "timestamp": iso(p["ts"]), "service": rec.get("service", c["id"][4:]), "host": "i-0" + hx(c["id"], n=16).lower(),
                    "status": "info", "tags": ["env:prod", "source:nodejs", "team:voice"],
                    "message": f"skill {k} {p['rid'][-12:]}",
                    "attributes": {"direction": k, "session_id": p["sid"], "http": {"method": "POST", "status_code": 200},
                                   "payload": j(b)}}})
        wjson(path, {"data": data, "meta": {"page": {"after": None}, "status": "done", "elapsed": 412}, "links": {}})
    elif sh == "elastic-search":
        hits = []
        for p in P:
            hits.append({"_index": ".ds-logs-voice.fulfillment-default-2025.03.11-000001", "_id": hx(p["rid"], n=20), "_score": None,
                         "_source": {"@timestamp": iso(p["ts"]), "service": {"name": rec.get("service", c["id"][4:])},
                                     "event": {"dataset": "voice.fulfillment", "duration": 163000000},
                                     "http": {"request": {"method": "POST", "body": {"content": j(p["req"])}},
                                              "response": {"status_code": 200, "body": {"content": j(p["resp"])}}},
                                     "labels": {"session_id": p["sid"]}},
                         "sort": [int(p["ts"].timestamp() * 1000)]})
        wjson(path, {"took": 37, "timed_out": False, "_shards": {"total": 3, "successful": 3, "skipped": 0, "failed": 0},
                     "hits": {"total": {"value": len(hits), "relation": "eq"}, "max_score": None, "hits": hits}})
    elif sh == "apigw-access-log":
        lines = []
        for p in P:
            lines.append(j({"requestId": hid(p["rid"], "gw"), "ip": "54.240.197." + str(int(hx(p["rid"], n=2), 16) % 200),
                            "requestTime": p["ts"].strftime("%d/%b/%Y:%H:%M:%S +0000"), "httpMethod": "POST",
                            "resourcePath": rec.get("route", "/alexa"), "status": "200", "protocol": "HTTP/1.1",
                            "responseLength": str(len(j(p["resp"]))), "integrationLatency": "151",
                            "requestBody": j(p["req"]), "responseBody": j(p["resp"])}))
        wtext(path, "\n".join(lines) + "\n")
    elif sh == "jmeter-jtl":
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<testResults version="1.2">']
        for i, p in enumerate(P):
            ms = int(p["ts"].timestamp() * 1000)
            out.append(f'<httpSample t="171" it="0" lt="168" ct="12" ts="{ms}" s="true" lb="{html.escape(utter(c, p["t"]))}" rc="200" rm="OK" tn="{html.escape(rec.get("tg", "voice-soak"))} 1-{i % 3 + 1}" dt="text" by="{len(j(p["resp"]))}" sby="{len(j(p["req"]))}" ng="1" na="1">')
            out.append(f'  <responseData class="java.lang.String">{html.escape(j(p["resp"]))}</responseData>')
            out.append('  <method class="java.lang.String">POST</method>')
            out.append(f'  <queryString class="java.lang.String">{html.escape(j(p["req"]))}</queryString>')
            out.append(f'  <java.net.URL>{html.escape(rec.get("url", "https://skill.example.net/alexa"))}</java.net.URL>')
            out.append('</httpSample>')
        out.append('</testResults>')
        wtext(path, "\n".join(out) + "\n")
    elif sh == "jest-snapshot":
        out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
        for i, p in enumerate(P):
            body = json.dumps(p["resp"], ensure_ascii=False, indent=2).replace("\\", "\\\\").replace("`", "\\`")
            out.append(f"exports[`{rec.get('suite', 'conversation')} turn {i + 1}: {utter(c, p['t'])} 1`] = `")
            out.append(body)
            out.append("`;")
            out.append("")
        wtext(path, "\n".join(out))
    elif sh in ("gactions-conversation", "dialogflow-webhook", "gactions-scene"):
        for i, p in enumerate(P):
            wjson(f"{path}/{i + 1:02d}-request.json", p["req"])
            wjson(f"{path}/{i + 1:02d}-response.json", p["resp"])
    else:
        raise ValueError(sh)

def render_case(c, root):
    d = f"{root}/cases/{c['id']}"
    {"alexa": alexa_package, "builder": builder_package, "sdkv2": sdkv2_package, "dialogflow": dialogflow_package}[c["plat"]](c, d)
    for rec in c["recs"]:
        render_rec(c, d, rec)
    for p, txt in c.get("extra", {}).items():
        wtext(f"{d}/{p}", txt)
