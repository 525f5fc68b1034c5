"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings."""
import hashlib, json, os, uuid

def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]

def uid(*parts):
    h = hid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

def T(u, intent, speech, rp=None, end=True, slots=None, card=None, perm=None, **kw):
    """one turn: user words, intent, spoken answer, reprompt (None = none), end (True/False/None=absent)"""
    return dict(u=u, intent=intent, speech=speech, rp=rp, end=end, slots=slots or {}, card=card, perm=perm, **kw)

def wj(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")

def wt(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

def ssml(s):
    if s is None:
        return None
    return s if s.startswith("<speak>") else f"<speak>{s}</speak>"

# ---------------------------------------------------------------- projects
STD = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]

def alexa_project(d, c):
    loc = c["loc"]
    pub = {"summary": c["desc"][:160], "examplePhrases": c.get("examples") or [f"Alexa, {c.get('open','open')} {c['inv']}"],
           "name": c["name"], "description": c["desc"], "keywords": c.get("keywords", []),
           "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON?versionId=small" % hid(c['id'], n=4),
           "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON_LARGE?versionId=large" % hid(c['id'], n=4)}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms") or c.get("policy")), "isChildDirected": bool(c.get("child")),
          "isExportCompliant": True, "containsAds": False}
    locs = [loc] + c.get("extra_locs", [])
    if c.get("policy"):
        pc["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", c["policy"].rsplit("/", 1)[0] + "/terms")} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": {l: pub for l in locs}, "isAvailableWorldwide": False,
                        "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                        "category": c.get("cat", "GAMES"), "distributionCountries": [c.get("country", loc.split("-")[1])],
                        "automaticDistribution": {"isActive": False}},
           "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", "arn:aws:lambda:eu-west-1:%s:function:%s" % (str(int(hid(c['id'], n=10), 16))[:12], c['id'][4:]))},
                               "interfaces": c.get("interfaces", [])}},
           "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    wj(os.path.join(d, "skill-package", "skill.json"), man)
    for l in locs:
        model = c["models"][l] if "models" in c else c
        intents = []
        for name, samples, slots in model.get("intents", []):
            it = {"name": name, "samples": samples}
            if slots:
                it["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
            intents.append(it)
        names = {i["name"] for i in intents}
        intents += [{"name": n, "samples": []} for n in STD if n not in names]
        types = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in model.get("types", {}).items()]
        wj(os.path.join(d, "skill-package", "interactionModels", "custom", f"{l}.json"),
           {"interactionModel": {"languageModel": {"invocationName": model.get("inv", c["inv"]), "intents": intents, "types": types}}})
    if c.get("lambda"):
        wt(os.path.join(d, "lambda", c["lambda"][0]), c["lambda"][1])
        wj(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"},
            "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x" if c["lambda"][0].endswith(".js") else "python3.11", "handler": "index.handler" if c["lambda"][0].endswith(".js") else "lambda_function.lambda_handler", "awsRegion": "eu-west-1"}}}}})

def y(v, ind=0):
    """tiny YAML writer (dicts, lists, scalars)"""
    sp = "  " * ind
    out = []
    if isinstance(v, dict):
        for k, x in v.items():
            if isinstance(x, (dict, list)) and x:
                out.append(f"{sp}{k}:")
                out.append(y(x, ind + 1))
            else:
                out.append(f"{sp}{k}: {ys(x)}")
    elif isinstance(v, list):
        for x in v:
            if isinstance(x, dict):
                sub = y(x, ind + 1).split("\n")
                out.append(f"{sp}- {sub[0].strip()}")
                out += sub[1:]
            else:
                out.append(f"{sp}- {ys(x)}")
    return "\n".join(out)

def ys(x):
    if isinstance(x, bool):
        return "true" if x else "false"
    if x == [] or x == {}:
        return "[]" if x == [] else "{}"
    return json.dumps(x, ensure_ascii=False) if isinstance(x, str) else str(x)

def builder_project(d, c):
    loc = c["loc"]
    ls = {"displayName": c["inv"], "pronunciation": c["inv"], "shortDescription": c["desc"][:80], "fullDescription": c["desc"],
          "developerName": c.get("dev", "Estudio Independiente"), "developerEmail": c.get("email", "contacto@example.org"),
          "sampleInvocations": c.get("examples") or [f"Hey Google, {c.get('open','talk to')} {c['inv']}"]}
    if c.get("policy"):
        ls["privacyPolicyUrl"] = c["policy"]
        ls["termsOfServiceUrl"] = c["policy"].rsplit("/", 1)[0] + "/terms"
    st = {"projectId": c["id"][4:][:28], "defaultLocale": loc, "category": c.get("gcat", "GAMES_AND_TRIVIA"), "usesTransactionsApi": False,
          "usesDigitalPurchaseApi": False, "usesInteractiveCanvas": False, "designedForFamily": bool(c.get("child")),
          "containsAlcoholOrTobaccoContent": False, "keepsMicOpen": bool(c.get("keepsmic")), "surfaceRequirements": {"minimumRequirements": [{"capability": "AUDIO_OUTPUT"}]},
          "localizedSettings": ls}
    wt(os.path.join(d, "sdk", "settings", "settings.yaml"), y(st) + "\n")
    wt(os.path.join(d, "sdk", "manifest.yaml"), "version: \"1.0\"\n")
    wt(os.path.join(d, "sdk", "custom", "global", "actions.intent.MAIN.yaml"), y({"handler": {"webhookHandler": "main"}, "transitionToScene": c.get("first_scene", "Start")}) + "\n")
    for name, samples, slots in c.get("intents", []):
        it = {"trainingPhrases": [builder_phrase(s, slots) for s in samples]}
        if slots:
            it["parameters"] = [{"name": k, "type": {"name": v}} for k, v in slots.items()]
        wt(os.path.join(d, "sdk", "custom", "intents", f"{name}.yaml"), y(it) + "\n")
    for t, vals in c.get("types", {}).items():
        wt(os.path.join(d, "sdk", "custom", "types", f"{t}.yaml"), y({"synonym": {"entities": {v: {"synonyms": [v]} for v in vals}, "matchType": "EXACT_MATCH"}}) + "\n")
    for sname, scene in c.get("scenes", {}).items():
        wt(os.path.join(d, "sdk", "custom", "scenes", f"{sname}.yaml"), y(scene) + "\n")
    wt(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), y({"handlers": [{"name": h} for h in c.get("handlers", ["main"])], "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}}) + "\n")

def builder_phrase(s, slots):
    out = s
    for k, v in (slots or {}).items():
        out = out.replace("{%s}" % k, f"($ {k} 'ejemplo' auto=true)".replace("$ ", "$"))
    return out

def sdkv2_project(d, c):
    acts = []
    for name, samples, slots in c.get("intents", []):
        a = {"description": name, "name": name.split(".")[-1], "fulfillment": {"conversationName": c["id"][4:]},
             "intent": {"name": name, "trigger": {"queryPatterns": [s.replace("{", "$SchemaOrg_Text:").replace("}", "") if False else sdk_pat(s, slots) for s in samples]}}}
        if slots:
            a["intent"]["parameters"] = [{"name": k, "type": v} for k, v in slots.items()]
        acts.append(a)
    obj = {"actions": acts, "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": c.get("url", f"https://{c['id'][4:]}.example.app/fulfillment"),
                                                             "fulfillmentApiVersion": 2, "inDialogIntents": [{"name": n} for n in c.get("indialog", [])]}},
           "locale": c["loc"]}
    wj(os.path.join(d, "action.json"), obj)
    # directory listing as kept by the developer next to action.json
    info = {"displayName": c["inv"], "pronunciation": c["inv"], "shortDescription": c["desc"][:80], "fullDescription": c["desc"],
            "category": c.get("gcat", "GAMES_AND_TRIVIA"), "forFamilies": bool(c.get("child"))}
    if c.get("policy"):
        info["privacyPolicyUrl"] = c["policy"]
    wj(os.path.join(d, "settings", "directory-listing.json"), {"locale": c["loc"], "localizedSettings": info})

def sdk_pat(s, slots):
    for k, v in (slots or {}).items():
        s = s.replace("{%s}" % k, f"$SchemaOrg_Text:{k}" if v == "SchemaOrg_Text" else f"${v}:{k}")
    return s

def dialogflow_project(d, c):
    lang = c["loc"].split("-")[0]
    ag = {"description": c["desc"], "language": lang, "shortDescription": c["desc"][:80], "examples": "", "linkToDocs": "",
          "displayName": c["inv"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
          "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][4:][:28], "welcomeIntentSignInRequired": False,
                              "startIntents": [], "systemIntents": [], "endIntentIds": c.get("endintents", []), "oAuthLinking": {"required": False},
                              "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
          "defaultTimezone": c.get("tz", "America/Mexico_City"), "webhook": {"url": c.get("url", f"https://{c['id'][4:]}.example.app/webhook"), "available": True, "useForDomains": False, "cloudFunctionsEnabled": False},
          "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True, "onePlatformApiVersion": "v2",
          "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False,
          "baseActionPackagesUrl": "", "enableSpellCorrection": False}
    if c.get("policy"):
        ag["googleAssistant"]["privacyPolicyUrl"] = c["policy"]
    wj(os.path.join(d, "agent.json"), ag)
    wj(os.path.join(d, "package.json"), {"version": "1.0.0"})
    for name, samples, slots in c.get("intents", []):
        iid = uid(c["id"], name)
        wj(os.path.join(d, "intents", f"{name}.json"), {"id": iid, "name": name, "auto": True, "contexts": [],
            "responses": [{"resetContexts": False, "affectedContexts": [], "parameters": [{"id": uid(iid, k), "name": k, "required": False, "dataType": v, "value": "$" + k, "isList": False} for k, v in (slots or {}).items()],
                           "messages": [], "defaultResponsePlatforms": {}, "speech": []}],
            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}] if name.lower().startswith(("welcome", "default welcome", "bienvenida")) else []})
        wj(os.path.join(d, "intents", f"{name}_usersays_{lang}.json"), [df_says(c, s, slots) for s in samples])
    for t, vals in c.get("types", {}).items():
        wj(os.path.join(d, "entities", f"{t}.json"), {"id": uid(c["id"], t), "name": t, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        wj(os.path.join(d, "entities", f"{t}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])

def df_says(c, s, slots):
    import re
    data = []
    for part in re.split(r"(\{\w+\})", s):
        if not part:
            continue
        m = re.fullmatch(r"\{(\w+)\}", part)
        if m and m.group(1) in (slots or {}):
            k = m.group(1)
            data.append({"text": "algo", "alias": k, "meta": slots[k], "userDefined": True})
        else:
            data.append({"text": part, "userDefined": False})
    return {"id": uid(c["id"], s), "data": data, "isTemplate": False, "count": 0, "lang": c["loc"].split("-")[0], "updated": 0}

# ---------------------------------------------------------------- exchanges
def alexa_pairs(c, sessions, t0, tag):
    app = "amzn1.ask.skill." + uid(c["id"])
    user = "amzn1.ask.account." + hid(c["id"], "u", n=40).upper()
    dev = "amzn1.ask.device." + hid(c["id"], "d", n=40).upper()
    out = []
    k = 0
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(c["id"], tag, si)
        for ti, t in enumerate(sess):
            k += 1
            ts = f"{t0}T{7 + k // 60:02d}:{(k * 3) % 60:02d}:{(k * 17) % 60:02d}Z"
            if t["intent"] == "Launch":
                r = {"type": "LaunchRequest"}
            elif t["intent"] == "SessionEnded":
                r = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
            else:
                r = {"type": "IntentRequest", "dialogState": "COMPLETED" if False else None,
                     "intent": {"name": t["intent"], "confirmationStatus": "NONE",
                                "slots": {k2: {"name": k2, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k2, v in t["slots"].items()}}}
                r.pop("dialogState")
            r.update({"requestId": "amzn1.echo-api.request." + uid(c["id"], tag, si, ti), "locale": c["loc"], "timestamp": ts})
            req = {"version": "1.0",
                   "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user}, "attributes": {}},
                   "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                          "device": {"deviceId": dev, "supportedInterfaces": {"Display": {}} if t.get("card") else {}},
                                          "apiEndpoint": "https://api.eu.amazonalexa.com" if c["loc"] not in ("en-US", "es-MX", "pt-BR", "fr-CA") else "https://api.amazonalexa.com",
                                          "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
                   "request": r}
            body = {}
            if t["speech"] is not None:
                body["outputSpeech"] = {"type": "SSML", "ssml": ssml(t["speech"])}
            if t["card"]:
                body["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
            if t["perm"]:
                body["card"] = {"type": "AskForPermissionsConsent", "permissions": t["perm"]}
            if t["rp"] is not None:
                body["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["rp"])}}
            if t["end"] is not None:
                body["shouldEndSession"] = t["end"]
            resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": body}
            if t["intent"] == "SessionEnded":
                resp = {"version": "1.0", "response": {}}
            out.append(dict(req=req, resp=resp, u=t["u"], ts=ts, t=t, sid=sid, new=ti == 0))
    return out

def google_pairs(c, sessions, t0, tag):
    kind = c["platform"]
    out = []
    k = 0
    for si, sess in enumerate(sessions):
        sid = hid(c["id"], tag, si, n=24).upper()
        for ti, t in enumerate(sess):
            k += 1
            ts = f"{t0}T{8 + k // 60:02d}:{(k * 3) % 60:02d}:{(k * 11) % 60:02d}Z"
            if kind == "sdkv2":
                intent = "actions.intent.MAIN" if t["intent"] == "Launch" else t["intent"]
                req = {"user": {"locale": c["loc"], "lastSeen": f"{t0}T06:00:00Z", "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": sid, "type": "NEW" if ti == 0 else "ACTIVE", **({} if ti == 0 else {"conversationToken": "[]"})},
                       "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t["u"]}],
                                   "arguments": [{"name": a, "rawText": v, "textValue": v} for a, v in t["slots"].items()]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                       "isInSandbox": True, "requestType": "SIMULATOR"}
                if t["end"]:
                    resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": ssml(t["speech"])}}]}}}
                else:
                    ei = {"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": ssml(t["speech"])}}]}},
                          "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                    if t["card"]:
                        ei["inputPrompt"]["richInitialPrompt"]["items"].append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
                    if t["rp"] is not None:
                        ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": ssml(t["rp"])}] * 2
                    if t["perm"]:
                        ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}]
                    resp = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
            elif kind == "dialogflow":
                lang = c["loc"].split("-")[0]
                sess_path = f"projects/{c['id'][4:][:28]}/agent/sessions/{sid}"
                req = {"responseId": uid(c["id"], tag, si, ti) + "-" + hid(ti, n=8), "session": sess_path,
                       "queryResult": {"queryText": t["u"] or "GOOGLE_ASSISTANT_WELCOME", "parameters": t["slots"], "allRequiredParamsPresent": True,
                                       "intent": {"name": f"projects/{c['id'][4:][:28]}/agent/intents/{uid(c['id'], t['intent'])}", "displayName": "Default Welcome Intent" if t["intent"] == "Launch" else t["intent"]},
                                       "intentDetectionConfidence": 1, "languageCode": lang},
                       "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": c["loc"]},
                           "conversation": {"conversationId": sid, "type": "NEW" if ti == 0 else "ACTIVE"},
                           "inputs": [{"intent": "actions.intent.MAIN" if t["intent"] == "Launch" else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}]}}}
                g = {"expectUserResponse": not t["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": ssml(t["speech"])}}]}}
                if t["card"]:
                    g["richResponse"]["items"].append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
                if t["rp"] is not None:
                    g["noInputPrompts"] = [{"textToSpeech": ssml(t["rp"])}]
                if t["perm"]:
                    g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}
                resp = {"fulfillmentText": t["speech"], "payload": {"google": g}}
            else:  # builder
                scene = t.get("scene") or ("actions.scene.START_CONVERSATION" if t["intent"] == "Launch" else "Main")
                req = {"handler": {"name": "main" if t["intent"] == "Launch" else t["intent"].lower()},
                       "intent": {"name": "actions.intent.MAIN" if t["intent"] == "Launch" else t["intent"],
                                  "params": {a: {"original": v, "resolved": v} for a, v in t["slots"].items()}, "query": t["u"]},
                       "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                       "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": c["loc"]},
                       "user": {"locale": c["loc"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": f"{t0}T06:00:00Z"},
                       "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": c.get("tz", "Europe/Rome"), "version": ""}}}
                resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": ssml(t["speech"]), "text": t["speech"]}}}
                if t["card"]:
                    resp["prompt"]["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
                if t["end"]:
                    resp["scene"] = {"name": "Main", "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
                elif t.get("next"):
                    resp["scene"] = {"name": "Main", "slots": {}, "next": {"name": t["next"]}}
            out.append(dict(req=req, resp=resp, u=t["u"], ts=ts, t=t, sid=sid, new=ti == 0))
    return out

# ---------------------------------------------------------------- shapes
def epoch_ms(ts):
    import datetime
    return int(datetime.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)

def write_rec(d, c, rec):
    path, shape, sessions = rec["path"], rec["shape"], rec["sessions"]
    t0 = rec.get("date", "2024-05-14")
    pairs = alexa_pairs(c, sessions, t0, path) if c["platform"] == "alexa" else google_pairs(c, sessions, t0, path)
    P = os.path.join(d, path)
    J = lambda o: json.dumps(o, ensure_ascii=False)
    endpoint = c.get("url", f"https://{c['id'][4:]}.example.app/alexa")
    if shape == "envelope":
        for i, p in enumerate(pairs):
            wj(os.path.join(P, f"{i + 1:02d}-{(p['t']['intent'].split('.')[-1]).lower()}.json"), p["resp"])
    elif shape in ("pairs-jsonl", "gactions-conversation-jsonl"):
        wt(P, "".join(J({"request": p["req"], "response": p["resp"]}) + "\n" for p in pairs))
    elif shape in ("pairs-array", "google-array"):
        wj(P, [{"request": p["req"], "response": p["resp"]} for p in pairs])
    elif shape == "google-files":
        for i, p in enumerate(pairs):
            wj(os.path.join(P, f"turn{i + 1:02d}.json"), {"request": p["req"], "response": p["resp"]})
    elif shape == "smapi-simulation":
        for i, p in enumerate(pairs):
            wj(os.path.join(P, f"sim-{i + 1:02d}.json"), {"id": uid(c["id"], "sim", i), "status": "SUCCESSFUL", "result": {
                "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": p["t"]["speech"]}}], "consideredIntents": [{"name": p["t"]["intent"], "confirmationStatus": "NONE"}]},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": c.get("endpoint", "arn:aws:lambda:eu-west-1:000000000000:function:x"), "body": p["req"]},
                                                        "invocationResponse": {"body": p["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 7}}]},
                "error": None}})
    elif shape == "smapi-invocation":
        for i, p in enumerate(pairs):
            wj(os.path.join(P, f"invoke-{i + 1:02d}.json"), {"id": uid(c["id"], "inv", i), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
                "invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:x", "body": p["req"]},
                "invocationResponse": {"body": p["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 210 + i}}, "error": None}})
    elif shape == "ask-dialog":
        wj(os.path.join(P, "dialog-replay.json"), {"skillId": "amzn1.ask.skill." + uid(c["id"]), "locale": c["loc"], "type": "text",
                                                   "userInput": [p["u"] for p in pairs if p["u"]]})
        wj(os.path.join(P, "dialog-record.json"), [{"utterance": p["u"], "invocations": [{"invocationRequest": {"body": p["req"]}, "invocationResponse": {"body": p["resp"]}}]} for p in pairs])
    elif shape == "cloudwatch-text":
        lines = []
        for i, p in enumerate(pairs):
            rid = uid(c["id"], "cw", i)
            lines.append(f"START RequestId: {rid} Version: $LATEST")
            lines.append(f"{p['ts'][:-1]}.{100 + i:03d}Z\t{rid}\tINFO\tRequest: {J(p['req'])}")
            lines.append(f"{p['ts'][:-1]}.{300 + i:03d}Z\t{rid}\tINFO\tResponse: {J(p['resp'])}")
            lines.append(f"END RequestId: {rid}")
            lines.append(f"REPORT RequestId: {rid}\tDuration: {40 + i * 3}.12 ms\tBilled Duration: {41 + i * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
        wt(P, "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for i, p in enumerate(pairs):
            rid = uid(c["id"], "cwj", i)
            for kw, o in (("Request", p["req"]), ("Response", p["resp"])):
                ev.append({"logStreamName": f"{t0.replace('-', '/')}/[$LATEST]{hid(c['id'], n=32)}", "timestamp": epoch_ms(p["ts"]),
                           "message": f"{p['ts']}\t{rid}\tINFO\t{kw}: {J(o)}\n", "ingestionTime": epoch_ms(p["ts"]) + 400, "eventId": hid(rid, kw, n=56)})
        wj(P, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for i, p in enumerate(pairs):
            ents.append({"startedDateTime": p["ts"].replace("Z", ".000Z"), "time": 120 + i,
                         "request": {"method": "POST", "url": endpoint, "httpVersion": "HTTP/1.1", "cookies": [],
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "REDACTED"}],
                                     "queryString": [], "postData": {"mimeType": "application/json", "text": J(p["req"])}, "headersSize": -1, "bodySize": -1},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [], "headers": [{"name": "Content-Type", "value": "application/json"}],
                                      "content": {"size": len(J(p["resp"])), "mimeType": "application/json", "text": J(p["resp"])}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 1, "wait": 110 + i, "receive": 2}})
        wj(P, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.4"}, "pages": [], "entries": ents}})
    elif shape == "transcript":
        lines, cur = [], None
        for p in pairs:
            if p["new"]:
                lines.append(f"--- session {p['sid'][-12:]} ---")
            if p["u"]:
                lines.append(f"[{p['ts']}] USER: {p['u']}")
            lines.append(f"[{p['ts']}] SKILL: {strip(p['t']['speech'])}")
            if p["t"]["rp"] is not None:
                lines.append(f"[{p['ts']}] REPROMPT: {p['t']['rp']}")
            lines.append(f"[{p['ts']}] session_open={'false' if p['t']['end'] else 'true'}")
        wt(P, "\n".join(lines) + "\n")
    elif shape == "mitmproxy-dump":
        # mitmdump --flow-detail 3 console output, saved with `tee`
        lines = []
        host = endpoint.split("/")[2]
        for i, p in enumerate(pairs):
            hm = f"{p['ts'][11:19]}"
            b1, b2 = J(p["req"]), J(p["resp"])
            lines += [f"[{hm}][127.0.0.1:5{2000 + i}] client connect",
                      f"127.0.0.1:5{2000 + i}: POST {endpoint}",
                      f"    Host: {host}", "    Content-Type: application/json; charset=utf-8", f"    Content-Length: {len(b1.encode())}",
                      "    Signature-256: REDACTED", "", "    " + b1, "",
                      f" << 200 OK {len(b2.encode())}b", "    Content-Type: application/json", f"    Content-Length: {len(b2.encode())}", "", "    " + b2, ""]
        wt(P, "\n".join(lines))
    elif shape == "tshark-follow":
        # Wireshark "Follow HTTP Stream" text export (ASCII), one stream per exchange
        host = endpoint.split("/")[2]
        pathpart = "/" + "/".join(endpoint.split("/")[3:])
        lines = []
        for i, p in enumerate(pairs):
            b1, b2 = J(p["req"]), J(p["resp"])
            lines += ["", "===================================================================", "Follow: http,ascii", f"Filter: tcp.stream eq {i}",
                      f"Node 0: 10.0.8.{20 + i}:4{3000 + i}", f"Node 1: 10.0.8.5:8080",
                      f"POST {pathpart} HTTP/1.1", f"Host: {host}", "Content-Type: application/json", f"Content-Length: {len(b1.encode())}", "", b1,
                      "\tHTTP/1.1 200 OK", "\tContent-Type: application/json", f"\tContent-Length: {len(b2.encode())}", "\t", "\t" + b2,
                      "==================================================================="]
        wt(P, "\n".join(lines) + "\n")
    elif shape == "syslog":
        # rsyslog lines from the self-hosted skill server (RFC 3164 style)
        import datetime
        lines = []
        host = c.get("syshost", "skillbox")
        proc = c.get("sysproc", "skill-gw")
        for i, p in enumerate(pairs):
            dt = datetime.datetime.strptime(p["ts"], "%Y-%m-%dT%H:%M:%SZ")
            stamp = dt.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if dt.day < 10 else dt.strftime("%b %d %H:%M:%S")
            lines.append(f"{stamp} {host} {proc}[{4100 + i}]: <- req {J(p['req'])}")
            lines.append(f"{stamp} {host} {proc}[{4100 + i}]: -> res {J(p['resp'])}")
        wt(P, "\n".join(lines) + "\n")
    elif shape == "junit-xml":
        from xml.sax.saxutils import escape
        cases = []
        for i, p in enumerate(pairs):
            cases.append(f'    <testcase classname="{c["id"][4:]}.conversation" name="turn {i + 1}: {escape(p["u"] or p["t"]["intent"], {chr(34): "&quot;"})}" time="0.{120 + i}">\n'
                         f"      <system-out><![CDATA[request: {J(p['req'])}\nresponse: {J(p['resp'])}\n]]></system-out>\n    </testcase>")
        wt(P, '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="%d" failures="0" errors="0" time="1.9">\n  <testsuite name="%s" tests="%d" failures="0" errors="0" skipped="0" timestamp="%s" time="1.9">\n%s\n  </testsuite>\n</testsuites>\n'
           % (len(pairs), c["id"][4:], len(pairs), t0 + "T09:00:00", "\n".join(cases)))
    elif shape == "ipynb":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} – Sitzung / session check\n", "Replays the local handler and prints request and response."]}]
        for i, p in enumerate(pairs):
            cells.append({"cell_type": "code", "execution_count": i + 1, "metadata": {}, "source": [f"req = load_event({i + 1})\n", "res = handler(req, None)\n", "print(json.dumps(req)); print(json.dumps(res))"],
                          "outputs": [{"name": "stdout", "output_type": "stream", "text": [J(p["req"]) + "\n", J(p["resp"]) + "\n"]}]})
        wj(P, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}, "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5})
    else:
        raise ValueError(shape)

def strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "")

def render_case(root, c):
    d = os.path.join(root, c["id"])
    {"alexa": alexa_project, "builder": builder_project, "sdkv2": sdkv2_project, "dialogflow": dialogflow_project}[c["platform"]](d, c)
    for rec in c["recs"]:
        write_rec(d, c, rec)
