"""Renderer for eval set 7.  Turns the hand-written case descriptions (cases_*.py) into skill
projects and recordings.  Nothing here decides a label: labels are written by hand in the cases."""
import csv, datetime as dt, hashlib, io, json, os, re, shutil, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = []
LANG = {"en-US": "en", "en-GB": "en", "de-DE": "de", "es-ES": "es", "fr-FR": "fr", "it-IT": "it",
        "ja-JP": "ja", "pt-BR": "pt-br"}


def h(*parts, n=12):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    return str(uuid.UUID(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()))


# ---------------------------------------------------------------- case description helpers
def T(u, i, say, rp=None, end=False, slots=None, card=None, plain=False, dirs=None, scene=None,
      perm=None, rp_plain=False):
    """one turn: user utterance u, intent i ('Launch', 'SessionEnded' or an intent name), the
    skill's speech, its reprompt (None = no reprompt), end = shouldEndSession (None = omitted)."""
    return dict(u=u, i=i, say=say, rp=rp, end=end, slots=slots or {}, card=card, plain=plain,
                dirs=dirs, scene=scene, perm=perm, rp_plain=rp_plain)


def S(*turns, at="2026-11-03T19:02:11Z", tag=None, version=None):
    return dict(turns=list(turns), at=at, tag=tag, version=version)


def case(**kw):
    CASES.append(kw)
    return kw


# ---------------------------------------------------------------- writing files
def wjson(path, obj, indent=2):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=indent)
        f.write("\n")


def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def ssml(s):
    if s is None:
        return None
    s = s.strip() if s.strip().startswith("<speak>") else s
    return s if s.startswith("<speak>") else f"<speak>{s}</speak>"


def strip_ssml(s):
    return re.sub(r"<[^>]+>", "", s or "").strip()


def ts_add(at, sec):
    t = dt.datetime.strptime(at, "%Y-%m-%dT%H:%M:%SZ") + dt.timedelta(seconds=sec)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch_ms(at):
    return int(dt.datetime.strptime(at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc).timestamp() * 1000)


# ---------------------------------------------------------------- Alexa package
BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
           "AMAZON.FallbackIntent"]


def alexa_package(d, c):
    locs = c.get("locales") or [c["locale"]]
    pub = {}
    for loc in locs:
        lc = c.get("per_locale", {}).get(loc, {})
        pub[loc] = {
            "summary": lc.get("summary", c.get("summary", c["desc"][:160])),
            "examplePhrases": lc.get("examples", c.get("examples") or [f"Alexa, open {c['inv']}"]),
            "keywords": c.get("keywords", []),
            "name": lc.get("name", c["name"]),
            "description": lc.get("desc", c["desc"]),
            "smallIconUri": f"https://cdn.{h(c['id'])}.example/icon-108.png",
            "largeIconUri": f"https://cdn.{h(c['id'])}.example/icon-512.png",
        }
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
          "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {loc: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", c["policy"].rsplit("/", 1)[0] + "/terms")} for loc in locs}
    man = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                     "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                     "category": c.get("category", "GAMES"),
                                     "distributionCountries": c.get("countries", [locs[0][-2:]]),
                                     "automaticDistribution": {"isActive": False}},
           "apis": {"custom": {"endpoint": {"sourceDir": "lambda", "uri": c.get("endpoint", f"arn:aws:lambda:{c.get('region','us-east-1')}:{int(h(c['id'],n=8),16)%10**12:012d}:function:{c['slug']}-prod")}}},
           "manifestVersion": "1.0", "privacyAndCompliance": pc}
    if c.get("perms"):
        man["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("events"):
        man["events"] = c["events"]
    wjson(f"{d}/skill-package/skill.json", {"manifest": man})
    for loc in locs:
        lc = c.get("per_locale", {}).get(loc, {})
        intents = []
        for it in lc.get("intents", c.get("intents", [])):
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            intents.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        names = {i["name"] for i in intents}
        for b in BUILTIN:
            if b not in names:
                intents.append({"name": b, "samples": []})
        types = [{"name": tn, "values": [{"id": None, "name": {"value": v, "synonyms": []}} if False else {"name": {"value": v}} for v in vals]}
                 for tn, vals in lc.get("types", c.get("types", {})).items()]
        lm = {"invocationName": lc.get("inv", c["inv"]), "intents": intents, "types": types}
        im = {"interactionModel": {"languageModel": lm}}
        if c.get("dialog"):
            im["interactionModel"]["dialog"] = c["dialog"]
        wjson(f"{d}/skill-package/interactionModels/custom/{loc}.json", im)
    if c.get("askres", True):
        wjson(f"{d}/ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {
                "runtime": "python3.11" if c.get("py") else "nodejs18.x", "handler": "lambda_function.lambda_handler" if c.get("py") else "index.handler", "awsRegion": c.get("region", "us-east-1")}}}}})


def alexa_exchanges(c, sessions):
    """Build (request, response, meta) for every turn of every session."""
    out = []
    app = f"amzn1.ask.skill.{uid(c['id'], 'app')}"
    user = "amzn1.ask.account.AF" + h(c["id"], "user", n=40).upper()
    dev = "amzn1.ask.device.AE" + h(c["id"], "dev", n=40).upper()
    for si, s in enumerate(sessions):
        sid = f"amzn1.echo-api.session.{uid(c['id'], s['at'], si)}"
        loc = s.get("locale") or c["locale"]
        for ti, t in enumerate(s["turns"]):
            at = ts_add(s["at"], ti * 9)
            rid = f"amzn1.echo-api.request.{uid(c['id'], si, ti)}"
            if t["i"] == "Launch":
                rq = {"type": "LaunchRequest", "requestId": rid, "timestamp": at, "locale": loc, "shouldLinkResultBeReturned": False}
            elif t["i"] == "SessionEnded":
                rq = {"type": "SessionEndedRequest", "requestId": rid, "timestamp": at, "locale": loc, "reason": "USER_INITIATED"}
            else:
                rq = {"type": "IntentRequest", "requestId": rid, "timestamp": at, "locale": loc,
                      "intent": {"name": t["i"], "confirmationStatus": "NONE",
                                 "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t["slots"].items()}}}
                if not t["slots"]:
                    del rq["intent"]["slots"]
                rq["dialogState"] = "COMPLETED" if t["slots"] else None
                if rq["dialogState"] is None:
                    del rq["dialogState"]
            req = {"version": "1.0",
                   "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                               "attributes": {} if ti == 0 else {"turn": ti}, "user": {"userId": user}},
                   "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                          "device": {"deviceId": dev, "supportedInterfaces": {}},
                                          "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[-2:] in ("DE", "ES", "FR", "IT", "GB") else ("https://api.fe.amazonalexa.com" if loc == "ja-JP" else "https://api.amazonalexa.com"),
                                          "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
                   "request": rq}
            if ti == 0:
                del req["session"]["attributes"]
            r = {}
            if t["say"] is not None:
                r["outputSpeech"] = {"type": "PlainText", "text": t["say"]} if t["plain"] else {"type": "SSML", "ssml": ssml(t["say"])}
            if t["card"]:
                r["card"] = t["card"]
            if t["rp"] is not None:
                r["reprompt"] = {"outputSpeech": {"type": "PlainText", "text": t["rp"]} if (t["plain"] or t["rp_plain"]) else {"type": "SSML", "ssml": ssml(t["rp"])}}
            if t["dirs"]:
                r["directives"] = t["dirs"]
            if t["end"] is not None:
                r["shouldEndSession"] = t["end"]
            resp = {"version": "1.0", "sessionAttributes": {"turn": ti + 1}, "userAgent": c.get("ua", "ask-python/1.19.0 Python/3.11.6" if c.get("py") else "ask-node/2.14.0 Node/v18.18.2"), "response": r}
            if t["i"] == "SessionEnded":
                resp = {"version": "1.0", "response": {}}
            out.append(dict(req=req, resp=resp, u=t["u"], at=at, sid=sid, si=si, ti=ti, t=t, s=s, intent=t["i"]))
    return out


# ---------------------------------------------------------------- Google projects
def slot_example(c, typ):
    if typ in c.get("slot_examples", {}):
        return c["slot_examples"][typ]
    for tn, vals in c.get("types", {}).items():
        if tn == typ and vals and vals != "FREETEXT":
            return vals[0]
    return {"@sys.any": "anything", "actions.type.FreeText": "something", "@sys.email": "sam@example.com",
            "@sys.phone-number": "555 0100", "@sys.number": "42", "actions.type.Number": "42",
            "@sys.given-name": "Sam", "@sys.date": "tomorrow", "@sys.geo-city": "Berlin"}.get(typ, "something")


def builder_project(d, c):
    lang = LANG[c["locale"]]
    st = {"defaultLocale": c.get("default_lang", "en"), "projectId": f"{c['slug']}-{h(c['id'], n=6)}",
          "category": c.get("category", "GAMES_AND_TRIVIA"), "usesTransactionsApi": False,
          "usesDigitalPurchaseApi": False, "usesInteractiveCanvas": False, "designedForFamily": c.get("kids", False),
          "localizedSettings": {"displayName": c["name"], "pronunciation": c["inv"], "shortDescription": c["desc"][:80],
                                "fullDescription": c["desc"], "developerName": c.get("dev", c["name"] + " Team"),
                                "sampleInvocations": c.get("examples", [f"Talk to {c['inv']}"])}}
    if c.get("policy"):
        st["localizedSettings"]["privacyPolicyUrl"] = c["policy"]
    if lang != st["defaultLocale"]:
        ys(f"{d}/sdk/settings/settings.yaml", {k: v for k, v in st.items() if k != "localizedSettings"} | {"localizedSettings": {"displayName": c["name"], "pronunciation": c["inv"]}})
        ys(f"{d}/sdk/settings/{lang}/settings.yaml", {"localizedSettings": st["localizedSettings"]})
    else:
        ys(f"{d}/sdk/settings/settings.yaml", st)
    ys(f"{d}/sdk/manifest.yaml", {"version": "1.0"})
    ys(f"{d}/sdk/actions/actions.yaml", {"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "main"}}}})
    sub = "" if lang == st["defaultLocale"] else lang + "/"
    handlers = {"main"}
    for it in c.get("intents", []):
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        tp = [re.sub(r"\{(\w+)\}", lambda m: f"(${m.group(1)} '{slot_example(c, slots.get(m.group(1)))}' auto=true)", s) for s in samples]
        y = {"trainingPhrases": tp}
        if slots:
            y = {"parameters": [{"name": k, "type": {"name": v}} for k, v in slots.items()], "trainingPhrases": tp}
        ys(f"{d}/sdk/custom/intents/{sub}{name}.yaml", y)
    for tn, vals in c.get("types", {}).items():
        if vals == "FREETEXT":
            ys(f"{d}/sdk/custom/types/{tn}.yaml", {"freeText": {}})
        else:
            ys(f"{d}/sdk/custom/types/{tn}.yaml", {"synonym": {"entities": {v.replace(" ", "_").upper(): {"synonyms": [v]} for v in vals}, "matchType": "EXACT_MATCH"}})
    for sc, y in c.get("scenes", {}).items():
        ys(f"{d}/sdk/custom/scenes/{sc}.yaml", y)
        for ev in y.get("intentEvents", []):
            if "handler" in ev and "webhookHandler" in ev["handler"]:
                handlers.add(ev["handler"]["webhookHandler"])
    ys(f"{d}/sdk/webhooks/ActionsOnGoogleFulfillment.yaml", {"handlers": [{"name": n} for n in sorted(handlers)], "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}})


def ys(path, obj):
    import yaml
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(obj, f, allow_unicode=True, sort_keys=False, width=120)


def action_json(d, c):
    lang = LANG[c["locale"]]
    acts = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": c["slug"]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c.get("examples", [f"talk to {c['inv']}"])}}}]
    for it in c.get("intents", []):
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        pats = [re.sub(r"\{(\w+)\}", lambda m: f"${slots.get(m.group(1), 'SchemaOrg_Text')}:{m.group(1)}", s) for s in samples]
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c["slug"]},
                     "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in slots.items()],
                                "trigger": {"queryPatterns": pats}}})
    man = {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80], "longDescription": c["desc"],
           "category": c.get("category", "GAMES"), "companyName": c.get("dev", c["name"] + " Labs"), "contactEmail": f"dev@{c['slug']}.example"}
    if c.get("policy"):
        man["privacyUrl"] = c["policy"]
    wjson(f"{d}/action.json", {"manifest": man, "actions": acts, "types": [{"name": tn, "entities": [{"key": v.upper().replace(" ", "_"), "synonyms": [v]} for v in vals]} for tn, vals in c.get("types", {}).items()],
                               "conversations": {c["slug"]: {"name": c["slug"], "url": f"https://us-central1-{c['slug']}.cloudfunctions.net/fulfillment", "fulfillmentApiVersion": 2}},
                               "locale": lang})


def df_agent(d, c):
    lang = LANG[c["locale"]]
    ag = {"description": c["desc"], "language": lang, "shortDescription": c["desc"][:80], "examples": "", "linkToDocs": "",
          "displayName": c["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
          "googleAssistant": {"googleAssistantCompatible": True, "project": f"{c['slug']}-{h(c['id'], n=5)}", "welcomeIntentSignInRequired": False,
                              "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": c.get("policy") or "", "grantType": "AUTH_CODE_GRANT"},
                              "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
          "defaultTimezone": c.get("tz", "Europe/Madrid"), "webhook": {"url": f"https://europe-west1-{c['slug']}.cloudfunctions.net/dialogflowFirebaseFulfillment", "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
          "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False}
    wjson(f"{d}/agent.json", ag)
    wjson(f"{d}/package.json", {"version": "1.0.0"})
    intents = [("Default Welcome Intent", [], {})] + [tuple(list(i) + [{}])[:3] for i in c.get("intents", [])]
    for name, samples, slots in intents:
        iid = uid(c["id"], name)
        params = [{"id": uid(c["id"], name, k), "name": k, "required": False, "dataType": v if v.startswith("@") else "@" + v, "value": "$" + k, "defaultValue": "", "isList": False, "prompts": [], "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [], "outputDialogContexts": []} for k, v in slots.items()]
        wjson(f"{d}/intents/{name}.json", {"id": iid, "name": name, "auto": True, "contexts": [],
                                            "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [], "parameters": params,
                                                           "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "condition": ""}], "speech": []}],
                                            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False,
                                            "events": [{"name": "WELCOME"}, {"name": "GOOGLE_ASSISTANT_WELCOME"}] if name == "Default Welcome Intent" else [], "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []})
        if samples:
            us = []
            for s in samples:
                parts = re.split(r"(\{\w+\})", s)
                data = []
                for p in parts:
                    if not p:
                        continue
                    m = re.fullmatch(r"\{(\w+)\}", p)
                    if m:
                        k = m.group(1)
                        typ = slots.get(k, "@sys.any")
                        data.append({"text": slot_example(c, typ), "alias": k, "meta": typ if typ.startswith("@") else "@" + typ, "userDefined": True})
                    else:
                        data.append({"text": p, "userDefined": False})
                us.append({"id": uid(c["id"], name, s), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            wjson(f"{d}/intents/{name}_usersays_{lang}.json", us)
    for tn, vals in c.get("types", {}).items():
        wjson(f"{d}/entities/{tn}.json", {"id": uid(c["id"], tn), "name": tn, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        wjson(f"{d}/entities/{tn}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])


def google_exchanges(c, sessions):
    out = []
    kind = c["platform"]
    lang = c["locale"]
    for si, s in enumerate(sessions):
        sid = "ABwppHF" + h(c["id"], s["at"], si, n=40)
        for ti, t in enumerate(s["turns"]):
            at = ts_add(s["at"], ti * 9)
            keep = not t["end"]
            speech = ssml(t["say"]) if (t["say"] or "").lstrip().startswith("<speak>") else t["say"]
            if kind == "builder":
                req = {"handler": {"name": t.get("scene") and t["i"] or ("main" if t["i"] == "Launch" else t["i"])},
                       "intent": {"name": "actions.intent.MAIN" if t["i"] == "Launch" else t["i"],
                                  "params": {k: {"original": v, "resolved": v} for k, v in t["slots"].items()}, "query": t["u"]},
                       "scene": {"name": t["scene"] or "Main", "slotFillingStatus": "UNSPECIFIED", "slots": {}, "next": {"name": ""}},
                       "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                       "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                                "verificationStatus": "VERIFIED", "packageEntitlements": [], "permissions": [], "lastSeenTime": at},
                       "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": c.get("tz", "America/New_York"), "version": ""}}}
                resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": speech, "text": strip_ssml(t["say"])}},
                        "scene": {"name": t["scene"] or "Main", "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if not keep else (t["scene"] or "Main")}}}
                if t["rp"] is not None:
                    resp["session"]["params"]["noInputReprompt"] = t["rp"]
                if t["perm"]:
                    resp["scene"]["next"]["name"] = "RequestPermission"
                    resp["session"]["params"]["permissionContext"] = t["perm"][0]
                    resp["session"]["params"]["permissions"] = t["perm"][1]
            elif kind == "sdk2":
                args = [{"name": k, "rawText": v, "textValue": v} for k, v in t["slots"].items()]
                req = {"user": {"locale": lang, "lastSeen": at, "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": sid, "type": "NEW" if ti == 0 else "ACTIVE", **({} if ti == 0 else {"conversationToken": json.dumps({"turn": ti})})},
                       "inputs": [{"intent": "actions.intent.MAIN" if t["i"] == "Launch" else t["i"], "rawInputs": [{"inputType": "VOICE", "query": t["u"]}], **({"arguments": args} if args else {})}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                       "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
                items = [{"simpleResponse": {"textToSpeech": speech, "displayText": strip_ssml(t["say"])}}]
                if keep:
                    ei = {"inputPrompt": {"richInitialPrompt": {"items": items}},
                          "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                    if t["rp"] is not None:
                        ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": ssml(t["rp"]) if t["rp"].startswith("<") else t["rp"]}] * 3
                    if t["perm"]:
                        ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}]
                    resp = {"expectUserResponse": True, "conversationToken": json.dumps({"turn": ti + 1}), "expectedInputs": [ei]}
                else:
                    resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
            else:  # dialogflow
                proj = f"{c['slug']}-{h(c['id'], n=5)}"
                payload = {"user": {"locale": lang, "userVerificationStatus": "VERIFIED"}, "conversation": {"conversationId": sid, "type": "NEW" if ti == 0 else "ACTIVE"},
                           "inputs": [{"intent": "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}],
                           "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
                req = {"responseId": uid(c["id"], si, ti) + "-" + h(si, ti, n=8), "queryResult": {"queryText": "GOOGLE_ASSISTANT_WELCOME" if t["i"] == "Launch" else t["u"],
                       "parameters": t["slots"], "allRequiredParamsPresent": True, "fulfillmentMessages": [{"text": {"text": [""]}}], "outputContexts": [],
                       "intent": {"name": f"projects/{proj}/agent/intents/{uid(c['id'], 'Default Welcome Intent' if t['i']=='Launch' else t['i'])}", "displayName": "Default Welcome Intent" if t["i"] == "Launch" else t["i"]},
                       "intentDetectionConfidence": 1, "languageCode": LANG[lang]},
                       "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": payload}, "session": f"projects/{proj}/agent/sessions/{sid}"}
                g = {"expectUserResponse": keep, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}
                if keep and t["rp"] is not None:
                    g["noInputPrompts"] = [{"textToSpeech": t["rp"]}]
                if t["perm"]:
                    g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}
                resp = {"fulfillmentText": strip_ssml(t["say"]), "payload": {"google": g}}
            out.append(dict(req=req, resp=resp, u=t["u"], at=at, sid=sid, si=si, ti=ti, t=t, s=s, intent=t["i"]))
    return out


# ---------------------------------------------------------------- recording shapes
def speech_of(x):
    r = x["resp"]
    t = x["t"]
    return (t["say"] or ""), (t["rp"] or ""), (not t["end"]) if t["end"] is not None else ""


def endpoint(c):
    return c.get("url", f"https://{h(c['id'], 'api', n=10)}.execute-api.{c.get('region', 'us-east-1')}.amazonaws.com/prod/{c['slug']}")


def jsonstr(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def jest(o, ind=0):
    p = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        return "Object {\n" + "".join(f'{p}  {json.dumps(k)}: {jest(v, ind + 1)},\n' for k, v in o.items()) + p + "}"
    if isinstance(o, list):
        if not o:
            return "Array []"
        return "Array [\n" + "".join(f"{p}  {jest(v, ind + 1)},\n" for v in o) + p + "]"
    if isinstance(o, bool):
        return "true" if o else "false"
    if o is None:
        return "null"
    if isinstance(o, str):
        return '"' + o.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`") + '"'
    return json.dumps(o)


def render(d, c, shape, path, xs):
    P = os.path.join(d, path)
    plat = c.get("platform", "alexa")
    if shape == "envelope":
        for k, x in enumerate(xs):
            name = c.get("env_name", "{n:02d}-{intent}.response.json").format(n=k + 1, intent=x["intent"].split(".")[-1].lower(), sid=x["si"])
            wjson(os.path.join(P, name), x["resp"])
    elif shape == "pairs-jsonl":
        wtext(P, "".join(jsonstr({"request": x["req"], "response": x["resp"]}) + "\n" for x in xs))
    elif shape == "pairs-array":
        wjson(P, [{"request": x["req"], "response": x["resp"]} for x in xs])
    elif shape == "smapi-simulation":
        for k, x in enumerate(xs):
            wjson(os.path.join(P, f"simulation-{k + 1:02d}.json"), {"id": uid(c["id"], "sim", k), "status": "SUCCESSFUL", "result": {
                "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": strip_ssml(x["t"]["say"])}}], "consideredIntents": [{"name": x["intent"], "confirmationStatus": "NONE", "slots": {}}] if x["intent"] not in ("Launch", "SessionEnded") else []},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": c.get("arn", "arn:aws:lambda:us-east-1:000000000000:function:" + c["slug"]), "body": x["req"]},
                                                        "invocationResponse": {"body": x["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + k}}]}, "error": None}})
    elif shape == "smapi-invocation":
        for k, x in enumerate(xs):
            wjson(os.path.join(P, f"invoke-{k + 1:02d}-{x['intent'].split('.')[-1]}.json"), {"id": uid(c["id"], "inv", k), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
                "invocationRequest": {"endpoint": c.get("arn", "arn:aws:lambda:us-east-1:000000000000:function:" + c["slug"]), "body": x["req"]},
                "invocationResponse": {"body": x["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 95 + k}}, "error": None}})
    elif shape == "ask-dialog":
        wjson(os.path.join(P, "replay.json"), {"skillId": f"amzn1.ask.skill.{uid(c['id'], 'app')}", "locale": c["locale"], "type": "text", "userInput": [x["u"] for x in xs if x["u"]]})
        wjson(os.path.join(P, "skill-io.json"), [{"utterance": x["u"], "invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:000000000000:function:" + c["slug"], "body": x["req"]}, "invocationResponse": {"body": x["resp"]}}]} for x in xs])
    elif shape == "cloudwatch-text":
        L = []
        for x in xs:
            rid = uid(c["id"], "lambda", x["si"], x["ti"])
            ts = x["at"].replace("Z", ".412Z")
            L.append(f"START RequestId: {rid} Version: $LATEST")
            if c.get("py"):
                L.append(f"[INFO]\t{ts}\t{rid}\tRequest Envelope: {jsonstr(x['req'])}")
                L.append(f"[INFO]\t{ts}\t{rid}\tResponse: {jsonstr(x['resp'])}")
            else:
                L.append(f"{ts}\t{rid}\tINFO\tRequest: {jsonstr(x['req'])}")
                L.append(f"{ts}\t{rid}\tINFO\tResponse: {jsonstr(x['resp'])}")
            L.append(f"END RequestId: {rid}")
            L.append(f"REPORT RequestId: {rid}\tDuration: 41.27 ms\tBilled Duration: 42 ms\tMemory Size: 128 MB\tMax Memory Used: 88 MB\t")
        wtext(P, "\n".join(L) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for x in xs:
            rid = uid(c["id"], "lambda", x["si"], x["ti"])
            ms = epoch_ms(x["at"])
            for kind, body in (("Request", x["req"]), ("Response", x["resp"])):
                ev.append({"logStreamName": f"{x['at'][:10].replace('-', '/')}/[$LATEST]{h(c['id'], 'stream', x['at'][:10], n=32)}", "timestamp": ms, "message": f"{x['at']}\t{rid}\tINFO\t{kind}: {jsonstr(body)}\n", "ingestionTime": ms + 600, "eventId": str(ms) + h(kind, rid, n=10)})
        wjson(P, {"events": ev, "searchedLogStreams": [], "nextToken": None})
    elif shape == "har":
        ent = []
        url = endpoint(c)
        for x in xs:
            b = jsonstr(x["req"]); rb = jsonstr(x["resp"])
            ent.append({"startedDateTime": x["at"].replace("Z", ".000Z"), "time": 212, "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                        "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "nCNlg...=="}],
                        "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(b.encode()), "postData": {"mimeType": "application/json", "text": b}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                     "content": {"size": len(rb.encode()), "mimeType": "application/json", "text": rb}, "redirectURL": "", "headersSize": -1, "bodySize": len(rb.encode())},
                        "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 11}})
        wjson(P, {"log": {"version": "1.2", "creator": {"name": c.get("har_creator", "mitmproxy"), "version": "10.1.5"}, "entries": ent}})
    elif shape == "transcript":
        L = [f"# probe run {xs[0]['at'][:10]} skill={c['name']} locale={c['locale']}"]
        for x in xs:
            if x["u"]:
                L.append(f"[{x['at']}] USER: {x['u']}")
            L.append(f"[{x['at']}] SKILL: {strip_ssml(x['t']['say'])}" + (f"  (reprompt: {x['t']['rp']!r})" if x["t"]["rp"] is not None else ""))
            L.append(f"[{x['at']}] session_open={'no' if x['t']['end'] else 'yes'}")
        wtext(P, "\n".join(L) + "\n")
    elif shape in ("gactions-scene", "gactions-conversation", "dialogflow-webhook"):
        if P.endswith(".jsonl"):
            wtext(P, "".join(jsonstr({"request": x["req"], "response": x["resp"]}) + "\n" for x in xs))
        elif P.endswith(".json"):
            wjson(P, [{"request": x["req"], "response": x["resp"]} for x in xs])
        else:
            for k, x in enumerate(xs):
                wjson(os.path.join(P, f"turn{k + 1}.request.json"), x["req"])
                wjson(os.path.join(P, f"turn{k + 1}.response.json"), x["resp"])
    # ------------- shapes not in the brief's list
    elif shape == "jest-snapshot":
        L = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
        for k, x in enumerate(xs):
            nm = f"{c['name']} {x['intent']} turn {k + 1} 1"
            L.append(f"exports[`{nm}`] = `\n{jest(x['resp'])}\n`;\n")
        wtext(P, "\n".join(L))
    elif shape == "postman-collection":
        url = endpoint(c)
        it = []
        for k, x in enumerate(xs):
            rq = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}], "body": {"mode": "raw", "raw": json.dumps(x["req"], ensure_ascii=False, indent=2), "options": {"raw": {"language": "json"}}},
                  "url": {"raw": "{{skillEndpoint}}", "host": ["{{skillEndpoint}}"]}}
            it.append({"name": f"{k + 1:02d} {x['u'] or x['intent']}", "request": rq, "response": [{"name": "saved " + x["at"][:10], "originalRequest": rq, "status": "OK", "code": 200,
                       "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}], "cookie": [], "body": json.dumps(x["resp"], ensure_ascii=False, indent=4)}]})
        wjson(P, {"info": {"_postman_id": uid(c["id"], "pm"), "name": c["name"] + " endpoint", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                  "item": it, "variable": [{"key": "skillEndpoint", "value": url}]})
    elif shape == "ipynb":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} – endpoint smoke test\n", "Replays the saved requests against the deployed endpoint."]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["import json, requests\n", f"URL = '{endpoint(c)}'\n", "def call(body):\n", "    return requests.post(URL, json=body, timeout=10).json()"]}]
        for k, x in enumerate(xs):
            cells.append({"cell_type": "code", "execution_count": k + 2, "metadata": {}, "source": [f"req = json.loads(r\'\'\'{json.dumps(x['req'], ensure_ascii=False)}\'\'\')\n", "resp = call(req)\n", "print(json.dumps(resp, indent=1, ensure_ascii=False))"],
                          "outputs": [{"name": "stdout", "output_type": "stream", "text": [l + "\n" for l in json.dumps(x["resp"], indent=1, ensure_ascii=False).split("\n")]}]})
        wjson(P, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}, "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1)
    elif shape == "csv-export":
        f = io.StringIO()
        w = csv.writer(f)
        w.writerow(["run_at", "session_id", "new_session", "user_said", "intent", "output_speech", "reprompt", "should_end_session"])
        for x in xs:
            t = x["t"]
            w.writerow([x["at"], x["sid"][-12:], "TRUE" if x["ti"] == 0 else "FALSE", x["u"], x["intent"], ssml(t["say"]) if t["say"] and not t["plain"] else (t["say"] or ""),
                        (t["rp"] if t["rp"] is not None else ""), "" if t["end"] is None else ("TRUE" if t["end"] else "FALSE")])
        wtext(P, f.getvalue())
    elif shape == "vcr-cassette":
        L = ["interactions:"]
        for x in xs:
            L += ["- request:", f"    body: {json.dumps(jsonstr(x['req']), ensure_ascii=False)}", "    headers:", "      Content-Type:", "      - application/json",
                  "    method: POST", f"    uri: {endpoint(c)}", "  response:", "    body:", f"      string: {json.dumps(jsonstr(x['resp']), ensure_ascii=False)}",
                  "    headers:", "      Content-Type:", "      - application/json", "    status:", "      code: 200", "      message: OK"]
        L.append("version: 1")
        wtext(P, "\n".join(L) + "\n")
    elif shape == "nock-recording":
        u = endpoint(c)
        scope, pth = u.split("/", 3)[:3], "/" + u.split("/", 3)[3]
        wjson(P, [{"scope": "/".join(scope) + ":443", "method": "POST", "path": pth, "body": x["req"], "status": 200, "response": x["resp"],
                   "rawHeaders": ["Content-Type", "application/json", "Date", x["at"]], "responseIsBinary": False} for x in xs])
    elif shape == "pino-ndjson":
        L = []
        for x in xs:
            ms = epoch_ms(x["at"])
            rid = h(c["id"], x["si"], x["ti"], n=8)
            L.append(jsonstr({"level": 30, "time": ms, "pid": 8, "hostname": f"{c['slug']}-7d9f-xk2", "reqId": rid, "msg": "incoming alexa request", "body": x["req"]}))
            L.append(jsonstr({"level": 30, "time": ms + 140, "pid": 8, "hostname": f"{c['slug']}-7d9f-xk2", "reqId": rid, "msg": "reply sent", "responseTime": 140, "payload": x["resp"]}))
        wtext(P, "\n".join(L) + "\n")
    elif shape == "shell-curl":
        L = []
        for x in xs:
            body = jsonstr(x["req"]).replace("'", "'" + "\\" + "''")
            L.append(f"$ curl -sS -X POST {endpoint(c)} -H 'Content-Type: application/json' -d '{body}' | jq .")
            L.append(json.dumps(x["resp"], indent=2, ensure_ascii=False))
        wtext(P, "\n".join(L) + "\n")
    else:
        raise ValueError(shape)


def build_all():
    cdir = os.path.join(ROOT, "cases")
    if os.path.isdir(cdir):
        shutil.rmtree(cdir)
    labels = {}
    seen = set()
    for c in CASES:
        cid = f"{c['id']}-{c['slug']}"
        assert c["id"] not in seen, cid
        seen.add(c["id"])
        d = os.path.join(cdir, cid)
        plat = c.setdefault("platform", "alexa")
        if plat == "alexa":
            alexa_package(d, c)
        elif plat == "builder":
            builder_project(d, c)
        elif plat == "sdk2":
            action_json(d, c)
        else:
            df_agent(d, c)
        for name, text in c.get("files", {}).items():
            wtext(os.path.join(d, name), text)
        sessions = c.get("sessions", [])
        xs_all = (alexa_exchanges if plat == "alexa" else google_exchanges)(c, sessions)
        shapes = []
        for rec in c.get("rec", []):
            shape, path = rec[0], rec[1]
            sel = rec[2] if len(rec) > 2 else None
            xs = [x for x in xs_all if sel is None or x["si"] in sel]
            render(d, c, shape, path, xs)
            if shape not in shapes:
                shapes.append(shape)
        labels[cid] = {"categories": c["cats"], "locale": c["locale"], "shapes": shapes, "why": c["why"]}
    labels = dict(sorted(labels.items()))
    wjson(os.path.join(ROOT, "labels.json"), labels)
    return labels
