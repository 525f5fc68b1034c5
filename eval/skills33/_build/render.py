"""Turns the hand-written case descriptions (cases_*.py) into project folders.

A case is a dict made with C(); a recording is R(shape, path, sessions); a session is a list of T() turns.
Everything spoken is written by hand in the case files; this module only wraps it in the file formats.
"""
import csv, datetime, hashlib, io, json, os, re

# ------------------------------------------------------------------ description helpers

class T:
    """One conversational turn: what the user said, the intent it resolved to, what the skill answered."""
    def __init__(self, user, intent, say, rep=None, end="auto", slots=None, card=None, perms=None,
                 scene=None, directives=None, text=None):
        self.user, self.intent, self.say, self.rep = user, intent, say, rep
        self.end = (rep is None) if end == "auto" else end
        self.slots, self.card, self.perms, self.scene = slots or {}, card, perms, scene
        self.directives, self.text = directives, text


def R(shape, path, sessions, date="2024-05-14T10:02:00", **opt):
    return dict(shape=shape, path=path, sessions=sessions, date=date, opt=opt)


def C(id, loc, inv, name, labels, why, recs, platform="alexa", policy=True, child=False, perms=(),
      intents=(), types=None, desc=None, category="GAMES", extra_locales=(), listing_name=None, files=None,
      scenes=None, terms=True):
    return dict(id=id, loc=loc, inv=inv, name=name, labels=sorted(labels), why=why, recs=recs,
                platform=platform, policy=policy, child=child, perms=list(perms), intents=list(intents),
                types=types or {}, desc=desc or name, category=category, extra_locales=list(extra_locales),
                files=files or {}, scenes=scenes or {}, terms=terms)

# ------------------------------------------------------------------ ids / time

def h(*a):
    return hashlib.sha1("|".join(map(str, a)).encode()).hexdigest()


def uid(*a):
    x = h(*a)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


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
    return s if s.startswith("<speak>") else f"<speak>{s}</speak>"


def plain(s):
    return re.sub(r"<[^>]+>", "", s or "").strip()

# ------------------------------------------------------------------ skill packages

ALEXA_BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
                  "AMAZON.FallbackIntent"]

EXAMPLE = {"en": ("Alexa, open {}", "Alexa, ask {} for help"), "de": ("Alexa, öffne {}", "Alexa, starte {}"),
           "es": ("Alexa, abre {}", "Alexa, pide a {} ayuda"), "fr": ("Alexa, ouvre {}", "Alexa, lance {}"),
           "it": ("Alexa, apri {}", "Alexa, avvia {}"), "ja": ("アレクサ、{}を開いて", "アレクサ、{}を起動して"),
           "pt": ("Alexa, abra {}", "Alexa, inicie {}")}


def alexa_package(root, c):
    locs = [c["loc"]] + c["extra_locales"]
    pub = {}
    for l in locs:
        ex = EXAMPLE[l[:2]]
        pub[l] = {"summary": c["desc"][:160], "examplePhrases": [e.format(c["inv"]) for e in ex],
                  "keywords": [], "name": c.get("listing_name") or c["name"], "description": c["desc"],
                  "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(c['id'])[:4]}/APP_ICON?versionId=small",
                  "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(c['id'])[:4]}/APP_ICON_LARGE?versionId=large"}
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(c["perms"]), "isChildDirected": c["child"],
            "isExportCompliant": True, "containsAds": False}
    if c["policy"]:
        dom = slug(c["name"]) + ".example.com"
        priv["locales"] = {l: {"privacyPolicyUrl": f"https://{dom}/privacy",
                               **({"termsOfUseUrl": f"https://{dom}/terms"} if c["terms"] else {})} for l in locs}
    man = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                     "testingInstructions": "Open the skill and follow the prompts.",
                                     "category": c["category"], "distributionCountries": []},
           "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:eu-west-1:{int(h(c['id'])[:10], 16) % 10**12:012d}:function:{slug(c['name'])}"}}},
           "manifestVersion": "1.0", "privacyAndCompliance": priv}
    if c["perms"]:
        man["permissions"] = [{"name": p} for p in c["perms"]]
    wjson(f"{root}/skill-package/skill.json", {"manifest": man})
    for l in locs:
        intents = []
        for it in c["intents"]:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            intents.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        for b in ALEXA_BUILTINS:
            if not any(i["name"] == b for i in intents):
                intents.append({"name": b, "samples": []})
        types = [{"name": k, "values": [{"name": {"value": v}} for v in vals]} for k, vals in c["types"].items()]
        wjson(f"{root}/skill-package/interactionModels/custom/{l}.json",
              {"interactionModel": {"languageModel": {"invocationName": c["inv"], "intents": intents, "types": types}}})
    wjson(f"{root}/ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})


def yq(s):
    return json.dumps(s, ensure_ascii=False)


TALK = {"en": "Talk to {}", "de": "Mit {} sprechen", "es": "Hablar con {}", "fr": "Parler avec {}", "it": "Parla con {}",
        "ja": "{}につないで", "pt": "Falar com {}"}


def talk(c):
    return TALK[c["loc"][:2]].format(c["inv"])


def builder_package(root, c):
    lang = c["loc"].split("-")[0]
    s = [f"defaultLocale: {lang}", "localizedSettings:", f"  displayName: {yq(c['name'])}",
         f"  pronunciation: {yq(c['inv'])}", f"  fullDescription: {yq(c['desc'])}",
         f"  shortDescription: {yq(c['desc'][:80])}", f"  developerName: {yq(c['name'] + ' Team')}",
         "  developerEmail: dev@" + slug(c["name"]) + ".example.com"]
    if c["policy"]:
        s.append(f"  privacyPolicyUrl: https://{slug(c['name'])}.example.com/privacy")
    s.append(f"  sampleInvocations:\n  - {yq(talk(c))}")
    s += [f"projectId: {slug(c['name'])}-{h(c['id'])[:5]}", f"category: {c['category']}",
          "usesTransactionsApi: false", "usesDigitalPurchaseApi: false", "usesInteractiveCanvas: false",
          "usesHomeStorage: false", "designedForFamily: " + ("true" if c["child"] else "false"),
          "containsAlcoholOrTobaccoContent: false", "keepsMicOpen: false", "surfaceRequirements: {}",
          "localizedSettings_note: null" if False else ""]
    wtext(f"{root}/sdk/settings/settings.yaml", "\n".join(x for x in s if x) + "\n")
    wtext(f"{root}/sdk/webhooks/ActionsOnGoogleFulfillment.yaml",
          "handlers:\n" + "".join(f"- name: {n}\n" for n in sorted({t.intent for r in c['recs'] for ss in r['sessions'] for t in ss})) +
          "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    for it in c["intents"]:
        name, samples = it[0], it[1]
        params = it[2] if len(it) > 2 else {}
        y = []
        if params:
            y.append("parameters:")
            for k, v in params.items():
                y.append(f"- name: {k}\n  type:\n    name: {v}")
        y.append("trainingPhrases:")
        y += [f"- {yq(p)}" for p in samples]
        wtext(f"{root}/sdk/custom/intents/{name}.yaml", "\n".join(y) + "\n")
    for tname, vals in c["types"].items():
        if vals == "FREE":
            wtext(f"{root}/sdk/custom/types/{tname}.yaml", "freeText: {}\n")
        else:
            wtext(f"{root}/sdk/custom/types/{tname}.yaml", "synonym:\n  entities:\n" + "".join(
                f"    {slug(v) or 'v' + h(v)[:4]}:\n      synonyms:\n      - {yq(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
    for sname, text in c["scenes"].items():
        wtext(f"{root}/sdk/custom/scenes/{sname}.yaml", text)
    if "actions.intent.MAIN" not in c["files"]:
        wtext(f"{root}/sdk/custom/global/actions.intent.MAIN.yaml",
              "handler:\n  webhookHandler: Launch\ntransitionToScene: " + (next(iter(c["scenes"]), "Main")) + "\n")


def sdk2_package(root, c):
    lang = c["loc"]
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": slug(c["name"])},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [talk(c)]}}}]
    for it in c["intents"]:
        name, samples = it[0], it[1]
        params = it[2] if len(it) > 2 else {}
        acts.append({"description": name, "name": name.split(".")[-1], "fulfillment": {"conversationName": slug(c["name"])},
                     "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in params.items()],
                                "trigger": {"queryPatterns": samples}}})
    man = {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80],
           "longDescription": c["desc"], "category": c["category"], "companyName": c["name"] + " Team",
           "contactEmail": "dev@" + slug(c["name"]) + ".example.com", "sampleInvocation": [talk(c)]}
    if c["policy"]:
        man["privacyUrl"] = f"https://{slug(c['name'])}.example.com/privacy"
    pkg = {"manifest": man, "actions": acts,
           "conversations": {slug(c["name"]): {"name": slug(c["name"]), "url": f"https://europe-west1-{slug(c['name'])}.cloudfunctions.net/fulfillment",
                                                "fulfillmentApiVersion": 2}},
           "locale": lang}
    if c["types"]:
        pkg["types"] = [{"name": "$" + k, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for k, vals in c["types"].items()]
    wjson(f"{root}/action.json", pkg)


def dialogflow_package(root, c):
    lang = c["loc"].split("-")[0]
    agent = {"description": c["desc"], "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "",
             "displayName": c["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
             "googleAssistant": {"googleAssistantCompatible": True, "project": slug(c["name"]) + "-" + h(c["id"])[:5],
                                 "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                 "endIntentIds": [], "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "",
                                                                       "tokenUrl": "", "scopes": "", "privacyPolicyUrl": "",
                                                                       "grantType": "AUTH_CODE_GRANT"},
                                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                 "autoPreviewEnabled": False, "isDeviceAgent": False},
             "defaultTimezone": "Europe/Madrid", "webhook": {"url": f"https://{slug(c['name'])}.example.com/dialogflow",
                                                           "username": "", "headers": {}, "available": True,
                                                           "useForDomains": False, "cloudFunctionsEnabled": False,
                                                           "cloudFunctionsInitialized": False},
             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True,
             "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [],
             "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": ""}
    if c["policy"]:
        agent["googleAssistant"]["oAuthLinking"]["privacyPolicyUrl"] = f"https://{slug(c['name'])}.example.com/privacy"
        agent["privacyPolicyUrl"] = f"https://{slug(c['name'])}.example.com/privacy"
    agent["invocationName"] = c["inv"]
    wjson(f"{root}/agent.json", agent)
    wjson(f"{root}/package.json", {"version": "1.0.0"})
    allint = [("Default Welcome Intent", [])] + list(c["intents"])
    for it in allint:
        name, samples = it[0], it[1]
        params = it[2] if len(it) > 2 else {}
        wjson(f"{root}/intents/{name}.json", {
            "id": uid(c["id"], name), "name": name, "auto": True, "contexts": [],
            "responses": [{"resetContexts": False, "action": slug(name), "affectedContexts": [],
                           "parameters": [{"id": uid(c["id"], name, k), "required": False, "dataType": v, "name": k,
                                           "value": "$" + k, "isList": False} for k, v in params.items()],
                           "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "condition": ""}],
                           "speech": []}],
            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False,
            "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else []})
        us = []
        for s in samples:
            parts, pos = [], 0
            for m in re.finditer(r"\{(\w+)\}", s):
                if m.start() > pos:
                    parts.append({"text": s[pos:m.start()], "userDefined": False})
                k = m.group(1)
                parts.append({"text": "…", "alias": k, "meta": params.get(k, "@sys.any"), "userDefined": True})
                pos = m.end()
            if pos < len(s):
                parts.append({"text": s[pos:], "userDefined": False})
            us.append({"id": uid(c["id"], s), "data": parts, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            wjson(f"{root}/intents/{name}_usersays_{lang}.json", us)
    for tname, vals in c["types"].items():
        wjson(f"{root}/entities/{tname}.json", {"id": uid(c["id"], tname), "name": tname, "isOverridable": True,
                                                "isEnum": False, "isRegexp": False, "automatedExpansion": False,
                                                "allowFuzzyExtraction": False})
        wjson(f"{root}/entities/{tname}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])

# ------------------------------------------------------------------ platform request / response pairs

def alexa_pair(c, sess_id, new, t, ts, attrs):
    appid = "amzn1.ask.skill." + uid(c["id"], "app")
    user = "amzn1.ask.account." + h(c["id"], "user")[:40].upper()
    sysctx = {"application": {"applicationId": appid}, "user": {"userId": user},
              "device": {"deviceId": "amzn1.ask.device." + h(c["id"], "dev")[:40].upper(),
                         "supportedInterfaces": {"AudioPlayer": {}}},
              "apiEndpoint": "https://api.eu.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
    rid = "amzn1.echo-api.request." + uid(c["id"], sess_id, ts)
    if t.intent == "Launch":
        rq = {"type": "LaunchRequest", "requestId": rid, "locale": c["loc"], "timestamp": iso(ts)}
    elif t.intent == "SessionEnded":
        rq = {"type": "SessionEndedRequest", "requestId": rid, "locale": c["loc"], "timestamp": iso(ts), "reason": "USER_INITIATED"}
    else:
        rq = {"type": "IntentRequest", "requestId": rid, "locale": c["loc"], "timestamp": iso(ts),
              "intent": {"name": t.intent, "confirmationStatus": "NONE",
                         "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t.slots.items()}}}
        if not t.slots:
            del rq["intent"]["slots"]
    sess = {"new": new, "sessionId": sess_id, "application": {"applicationId": appid}, "user": {"userId": user}}
    if not new:
        sess["attributes"] = dict(attrs)
    req = {"version": "1.0", "session": sess, "context": {"System": sysctx}, "request": rq}
    r = {}
    if t.say is not None:
        r["outputSpeech"] = {"type": "SSML", "ssml": ssml(t.say)}
    if t.card:
        r["card"] = t.card
    if t.perms:
        r["card"] = {"type": "AskForPermissionsConsent", "permissions": t.perms}
    if t.rep is not None:
        r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t.rep)}}
    if t.directives:
        r["directives"] = t.directives
    if t.end is not None:
        r["shouldEndSession"] = t.end
    resp = {"version": "1.0", "sessionAttributes": dict(attrs), "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}
    return req, resp


def sdk2_pair(c, sess_id, new, t, ts, attrs):
    intent = "actions.intent.MAIN" if t.intent == "Launch" else t.intent
    req = {"user": {"locale": c["loc"], "lastSeen": iso(ts), "userVerificationStatus": "VERIFIED",
                    "userStorage": "{\"data\":{}}"},
           "conversation": {"conversationId": sess_id, "type": "NEW" if new else "ACTIVE",
                            **({} if new else {"conversationToken": "[]"})},
           "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t.user}],
                       "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in t.slots.items()]}],
           "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
           "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
    if not req["inputs"][0]["arguments"]:
        del req["inputs"][0]["arguments"]
    items = [{"simpleResponse": {"textToSpeech": ssml(t.say) if "<" in t.say else t.say}}]
    if t.text:
        items[0]["simpleResponse"]["displayText"] = t.text
    if t.end:
        resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
    else:
        ip = {"richInitialPrompt": {"items": items}}
        if t.rep is not None:
            reps = t.rep if isinstance(t.rep, list) else [t.rep]
            ip["noInputPrompts"] = [{"textToSpeech": r} for r in reps]
        poss = [{"intent": "actions.intent.TEXT"}]
        if t.perms:
            poss = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": plain(t.say),
                "permissions": t.perms}}]
        resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": ip, "possibleIntents": poss}],
                "conversationToken": "[]"}
        if t.end is False and t.rep is None:
            pass
    return req, resp


def dialogflow_pair(c, sess_id, new, t, ts, attrs):
    lang = c["loc"]
    proj = slug(c["name"]) + "-" + h(c["id"])[:5]
    name = "Default Welcome Intent" if t.intent == "Launch" else t.intent
    req = {"responseId": uid(sess_id, ts) + "-" + h(ts)[:8],
           "queryResult": {"queryText": t.user if t.intent != "Launch" else "GOOGLE_ASSISTANT_WELCOME",
                           "parameters": dict(t.slots), "allRequiredParamsPresent": True,
                           "fulfillmentMessages": [{"text": {"text": [""]}}],
                           "outputContexts": [{"name": f"projects/{proj}/agent/sessions/{sess_id}/contexts/actions_capability_audio_output"}],
                           "intent": {"name": f"projects/{proj}/agent/intents/{uid(c['id'], name)}", "displayName": name},
                           "intentDetectionConfidence": 1, "languageCode": lang},
           "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
               "user": {"locale": lang, "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": sess_id, "type": "NEW" if new else "ACTIVE"},
               "inputs": [{"intent": "actions.intent.MAIN" if t.intent == "Launch" else "actions.intent.TEXT",
                           "rawInputs": [{"inputType": "VOICE", "query": t.user}]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}},
           "session": f"projects/{proj}/agent/sessions/{sess_id}"}
    g = {"expectUserResponse": not t.end,
         "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.say, **({"displayText": t.text} if t.text else {})}}]}}
    if t.rep is not None and not t.end:
        reps = t.rep if isinstance(t.rep, list) else [t.rep]
        g["noInputPrompts"] = [{"textToSpeech": r} for r in reps]
    if t.perms:
        g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
            "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": plain(t.say), "permissions": t.perms}}
    resp = {"fulfillmentText": plain(t.say), "payload": {"google": g}}
    return req, resp


def builder_pair(c, sess_id, new, t, ts, attrs):
    scene = t.scene or "Main"
    intent = "actions.intent.MAIN" if t.intent == "Launch" else t.intent
    req = {"handler": {"name": t.intent}, "intent": {"name": intent,
           "params": {k: {"original": v, "resolved": v} for k, v in t.slots.items()}, "query": t.user},
           "scene": {"name": "actions.scene.START_CONVERSATION" if new else scene, "slotFillingStatus": "UNSPECIFIED",
                     "slots": {}},
           "session": {"id": sess_id, "params": dict(attrs), "typeOverrides": [], "languageCode": c["loc"]},
           "user": {"locale": c["loc"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                    "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [],
                    "lastSeenTime": iso(ts)},
           "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
    fs = {"speech": t.say, "text": t.text if t.text else plain(t.say)}
    resp = {"session": {"id": sess_id, "params": dict(attrs)},
            "prompt": {"override": False, "firstSimple": fs},
            "scene": {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if t.end else scene}}}
    if t.perms:
        resp["scene"]["slots"] = {"permission": {"mode": "REQUIRED", "status": "SLOT_UNSPECIFIED", "updated": False,
                                                 "value": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec",
                                                           "context": plain(t.say), "permissions": t.perms}}}
    return req, resp


PAIR = {"alexa": alexa_pair, "sdk2": sdk2_pair, "dialogflow": dialogflow_pair, "builder": builder_pair}


def build_sessions(c, rec):
    """-> list of sessions, each a list of dicts(t, req, resp, ts, sid, new).
    A turn that ends the session (shouldEndSession true / final response) makes the next turn open a new session."""
    base = datetime.datetime.fromisoformat(rec["date"])
    groups = []
    for ss in rec["sessions"]:
        cur = []
        for t in ss:
            cur.append(t)
            if t.end is True:
                groups.append(cur)
                cur = []
        if cur:
            groups.append(cur)
    out, n = [], 0
    for si, ss in enumerate(groups):
        if c["platform"] == "alexa":
            sid = "amzn1.echo-api.session." + uid(c["id"], rec["path"], si)
        elif c["platform"] == "dialogflow":
            sid = "ABwppHE" + h(c["id"], rec["path"], si)[:28]
        else:
            sid = "ABwppH" + h(c["id"], rec["path"], si)[:30].upper()
        attrs, turns = {}, []
        for ti, t in enumerate(ss):
            ts = base + datetime.timedelta(seconds=n * 9 + si * 240)
            n += 1
            req, resp = PAIR[c["platform"]](c, sid, ti == 0, t, ts, attrs)
            turns.append(dict(t=t, req=req, resp=resp, ts=ts, sid=sid, new=ti == 0))
        out.append(turns)
    return out


def flat(sessions):
    return [x for s in sessions for x in s]

# ------------------------------------------------------------------ containers (recording shapes)

def endpoint(c):
    if c["platform"] == "alexa":
        return f"https://{slug(c['name'])}.example.com/alexa"
    return f"https://europe-west1-{slug(c['name'])}.cloudfunctions.net/fulfillment"


def sh_envelope(c, root, rec, S):
    for i, x in enumerate(flat(S), 1):
        nm = rec["opt"].get("pattern", "response-{:02d}.json").format(i)
        wjson(f"{root}/{rec['path']}/{nm}", x["resp"])


def sh_pairs_jsonl(c, root, rec, S):
    wtext(f"{root}/{rec['path']}", "".join(json.dumps({"request": x["req"], "response": x["resp"]}, ensure_ascii=False) + "\n" for x in flat(S)))


def sh_pairs_array(c, root, rec, S):
    wjson(f"{root}/{rec['path']}", [{"request": x["req"], "response": x["resp"]} for x in flat(S)])


def sim_obj(c, x):
    return {"id": uid(c["id"], "sim", x["ts"]), "status": "SUCCESSFUL", "result": {
        "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(x["t"].say)}}],
                               "consideredIntents": [{"name": x["req"]["request"].get("intent", {}).get("name", x["req"]["request"]["type"]),
                                                      "confirmationStatus": "NONE"}]},
        "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": c_endpoint_arn(c), "body": x["req"]},
                                                "invocationResponse": {"body": x["resp"]},
                                                "metrics": {"skillExecutionTimeInMilliseconds": 60 + int(h(x['ts'])[:2], 16) % 200}}]}}}


def c_endpoint_arn(c):
    return f"arn:aws:lambda:eu-west-1:{int(h(c['id'])[:10], 16) % 10**12:012d}:function:{slug(c['name'])}"


def sh_smapi_simulation(c, root, rec, S):
    for i, x in enumerate(flat(S), 1):
        nm = rec["opt"].get("pattern", "simulation-{:02d}.json").format(i)
        wjson(f"{root}/{rec['path']}/{nm}", sim_obj(c, x))


def sh_smapi_invocation(c, root, rec, S):
    for i, x in enumerate(flat(S), 1):
        nm = rec["opt"].get("pattern", "invoke-{:02d}.json").format(i)
        wjson(f"{root}/{rec['path']}/{nm}", {"id": uid(c["id"], "inv", x["ts"]), "status": "SUCCESSFUL", "result": {
            "skillExecutionInfo": {"invocationRequest": {"endpoint": c_endpoint_arn(c), "body": x["req"]},
                                   "invocationResponse": {"body": x["resp"]},
                                   "metrics": {"skillExecutionTimeInMilliseconds": 91}}, "error": None}})


def sh_ask_dialog(c, root, rec, S):
    p = rec["path"]
    F = flat(S)
    wjson(f"{root}/{p}/replay.json", {"skillId": "amzn1.ask.skill." + uid(c["id"], "app"), "locale": c["loc"],
                                      "type": "text", "userInput": [x["t"].user for x in F]})
    if rec["opt"].get("text"):
        lines = []
        for x in F:
            lines.append(f"User  > {x['t'].user}")
            lines.append(f"Alexa > {plain(x['t'].say)}")
        wtext(f"{root}/{p}/dialog-output.txt", "\n".join(lines) + "\n")
    else:
        wjson(f"{root}/{p}/skill-io.json", [{"utterance": x["t"].user, "invocations": [
            {"invocationRequest": {"endpoint": c_endpoint_arn(c), "body": x["req"]},
             "invocationResponse": {"body": x["resp"]}}]} for x in F])


def sh_cloudwatch_text(c, root, rec, S):
    py = rec["opt"].get("python")
    kw = rec["opt"].get("kw", ("Request: ", "Response: "))
    out = []
    for x in flat(S):
        rid = uid(c["id"], "lambda", x["ts"])
        t0 = x["ts"].strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        out.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            out.append(f"[INFO]\t{t0}\t{rid}\t{kw[0]}{json.dumps(x['req'], ensure_ascii=False)}")
            out.append(f"[INFO]\t{t0}\t{rid}\t{kw[1]}{json.dumps(x['resp'], ensure_ascii=False)}")
        else:
            out.append(f"{t0}\t{rid}\tINFO\t{kw[0]}{json.dumps(x['req'], ensure_ascii=False)}")
            out.append(f"{t0}\t{rid}\tINFO\t{kw[1]}{json.dumps(x['resp'], ensure_ascii=False)}")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tDuration: 84.21 ms\tBilled Duration: 85 ms\tMemory Size: 256 MB\tMax Memory Used: 92 MB")
    wtext(f"{root}/{rec['path']}", "\n".join(out) + "\n")


def sh_cloudwatch_json(c, root, rec, S):
    ev = []
    for x in flat(S):
        rid = uid(c["id"], "lambda", x["ts"])
        t0 = x["ts"].strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        ms = int(x["ts"].replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        for k, body in (("Request: ", x["req"]), ("Response: ", x["resp"])):
            ev.append({"logStreamName": f"{x['ts']:%Y/%m/%d}/[$LATEST]{h(c['id'])[:32]}", "timestamp": ms,
                       "message": f"{t0}\t{rid}\tINFO\t{k}{json.dumps(body, ensure_ascii=False)}\n",
                       "ingestionTime": ms + 412, "eventId": str(int(h(rid, k)[:15], 16))})
    wjson(f"{root}/{rec['path']}", {"events": ev, "searchedLogStreams": []})


def sh_har(c, root, rec, S):
    url = endpoint(c)
    ents = []
    for x in flat(S):
        rq, rs = json.dumps(x["req"], ensure_ascii=False), json.dumps(x["resp"], ensure_ascii=False)
        ents.append({"startedDateTime": x["ts"].strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 143,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(rq.encode()),
                                 "postData": {"mimeType": "application/json; charset=utf-8", "text": rq}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                  "content": {"size": len(rs.encode()), "mimeType": "application/json", "text": rs},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(rs.encode())},
                     "cache": {}, "timings": {"send": 1, "wait": 138, "receive": 4}})
    wjson(f"{root}/{rec['path']}", {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "124.0"},
                                            "pages": [], "entries": ents}})


def sh_transcript(c, root, rec, S):
    out = []
    for s in S:
        for x in s:
            ts = x["ts"].strftime("%Y-%m-%d %H:%M:%S")
            out.append(f"[{ts}] USER: {x['t'].user}")
            out.append(f"[{ts}] SKILL: {x['t'].say}")
            if x["t"].rep is not None:
                r = x["t"].rep if isinstance(x["t"].rep, str) else " | ".join(x["t"].rep)
                out.append(f"[{ts}] REPROMPT: {r}")
            out.append(f"[{ts}] session_open={'false' if x['t'].end else 'true'}")
        out.append("")
    wtext(f"{root}/{rec['path']}", f"# QA transcript — {c['name']} ({c['loc']})\n\n" + "\n".join(out))


# ---- shapes new in this set

def pf(v, ind=0):
    """pretty-format (jest) rendering of a JSON value."""
    sp = "  " * ind
    if isinstance(v, dict):
        if not v:
            return "Object {}"
        return "Object {\n" + "".join(f"{sp}  {json.dumps(k, ensure_ascii=False)}: {pf(v[k], ind + 1)},\n" for k in sorted(v)) + sp + "}"
    if isinstance(v, list):
        if not v:
            return "Array []"
        return "Array [\n" + "".join(f"{sp}  {pf(e, ind + 1)},\n" for e in v) + sp + "]"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False).replace("`", "\\`")
    return json.dumps(v)


def sh_jest_snapshot(c, root, rec, S):
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    seen = {}
    for x in flat(S):
        name = f"{c['name']} conversation says {x['t'].user!s}".replace("`", "'")
        seen[name] = seen.get(name, 0) + 1
        out.append(f"exports[`{name} {seen[name]}`] = `\n{pf(x['resp'])}\n`;\n")
    wtext(f"{root}/{rec['path']}", "\n".join(out))


def sh_postman(c, root, rec, S):
    url = endpoint(c)
    items = []
    for i, x in enumerate(flat(S), 1):
        rq = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
              "body": {"mode": "raw", "raw": json.dumps(x["req"], ensure_ascii=False, indent=2), "options": {"raw": {"language": "json"}}},
              "url": {"raw": url, "protocol": "https", "host": url.split("/")[2].split("."), "path": url.split("/")[3:]}}
        items.append({"name": f"{i:02d} {x['t'].user}", "request": rq, "response": [{
            "name": f"{i:02d} saved", "originalRequest": rq, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
            "header": [{"key": "Content-Type", "value": "application/json"}], "cookie": [],
            "body": json.dumps(x["resp"], ensure_ascii=False, indent=2)}]})
    wjson(f"{root}/{rec['path']}", {"info": {"_postman_id": uid(c["id"], "pm"), "name": c["name"] + " webhook",
                                             "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                                    "item": items})


def sh_charles(c, root, rec, S):
    url = endpoint(c)
    host, path = url.split("/")[2], "/" + "/".join(url.split("/")[3:])
    tx = []
    for x in flat(S):
        rq, rs = json.dumps(x["req"], ensure_ascii=False), json.dumps(x["resp"], ensure_ascii=False)
        t0 = x["ts"].strftime("%Y-%m-%dT%H:%M:%S.000+00:00")
        tx.append({"status": "COMPLETE", "method": "POST", "protocolVersion": "HTTP/1.1", "scheme": "https", "host": host,
                   "actualPort": 443, "path": path, "query": None, "tunnel": False, "keptAlive": True, "webSocket": False,
                   "remoteAddress": host + "/203.0.113.40", "clientAddress": "/127.0.0.1", "clientPort": 53012,
                   "times": {"start": t0, "requestBegin": t0, "requestComplete": t0, "responseBegin": t0, "end": t0},
                   "durations": {"total": 151, "dns": 0, "connect": 0, "ssl": 0, "request": 1, "response": 3, "latency": 147},
                   "speeds": {"overall": 4100, "request": 0, "response": 0}, "totalSize": len(rq) + len(rs),
                   "request": {"sizes": {"headers": 212, "body": len(rq.encode())}, "mimeType": "application/json", "charset": "utf-8",
                               "contentEncoding": None, "header": {"firstLine": f"POST {path} HTTP/1.1", "headers": [
                                   {"name": "Host", "value": host}, {"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                   {"name": "Signature-256", "value": "REDACTED"}]},
                               "body": {"text": rq, "charset": "utf-8"}},
                   "response": {"status": 200, "sizes": {"headers": 140, "body": len(rs.encode())}, "mimeType": "application/json",
                                "charset": "utf-8", "contentEncoding": None,
                                "header": {"firstLine": "HTTP/1.1 200 OK", "headers": [{"name": "Content-Type", "value": "application/json"}]},
                                "body": {"text": rs, "charset": "utf-8"}}})
    wjson(f"{root}/{rec['path']}", tx)


def sh_ipynb(c, root, rec, S):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} — replay of recorded turns\n",
                                                                  "Each cell posts one request to the local endpoint and prints request and reply.\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", f"URL = {endpoint(c)!r}\n",
                         "def turn(path):\n", "    req = json.load(open(path))\n", "    resp = requests.post(URL, json=req).json()\n",
                         "    print('REQUEST', json.dumps(req, ensure_ascii=False))\n",
                         "    print('RESPONSE', json.dumps(resp, ensure_ascii=False, indent=1))\n"]}]
    for i, x in enumerate(flat(S), 2):
        txt = "REQUEST " + json.dumps(x["req"], ensure_ascii=False) + "\nRESPONSE " + json.dumps(x["resp"], ensure_ascii=False, indent=1) + "\n"
        cells.append({"cell_type": "code", "execution_count": i, "metadata": {},
                      "outputs": [{"name": "stdout", "output_type": "stream", "text": txt.splitlines(True)}],
                      "source": [f"turn('requests/{i - 1:02d}.json')  # {x['t'].user}"]})
    wjson(f"{root}/{rec['path']}", {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                                                "language_info": {"name": "python", "version": "3.11.6"}},
                                    "nbformat": 4, "nbformat_minor": 5}, indent=1)


def sh_curl(c, root, rec, S):
    url = endpoint(c)
    host = url.split("/")[2]
    out = []
    for i, x in enumerate(flat(S), 1):
        rq, rs = json.dumps(x["req"], ensure_ascii=False), json.dumps(x["resp"], ensure_ascii=False)
        out += [f"$ cat req/{i:02d}.json", rq,
                f"$ curl -sv -X POST {url} -H 'Content-Type: application/json' --data-binary @req/{i:02d}.json",
                f"*   Trying 203.0.113.40:443...", f"* Connected to {host} (203.0.113.40) port 443",
                f"> POST /{'/'.join(url.split('/')[3:])} HTTP/1.1", f"> Host: {host}", "> User-Agent: curl/8.4.0",
                "> Accept: */*", "> Content-Type: application/json", f"> Content-Length: {len(rq.encode())}", ">",
                "< HTTP/1.1 200 OK", "< Content-Type: application/json; charset=utf-8", f"< Content-Length: {len(rs.encode())}",
                "<", "{ [" + str(len(rs.encode())) + " bytes data]", f"* Connection #0 to host {host} left intact", rs, ""]
    wtext(f"{root}/{rec['path']}", "\n".join(out))


def sh_csv(c, root, rec, S):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["timestamp", "session_id", "new_session", "request_type", "intent", "user_text", "output_ssml",
                "reprompt_ssml", "should_end_session"])
    for x in flat(S):
        t = x["t"]
        rt = {"Launch": "LaunchRequest", "SessionEnded": "SessionEndedRequest"}.get(t.intent, "IntentRequest")
        rep = "" if t.rep is None else (t.rep if isinstance(t.rep, str) else " | ".join(t.rep))
        w.writerow([iso(x["ts"]), x["sid"], str(x["new"]).lower(), rt, t.intent, t.user, ssml(t.say) if t.say is not None else "",
                    ssml(rep) if rep and c["platform"] == "alexa" else rep,
                    "" if t.end is None else str(bool(t.end)).lower()])
    wtext(f"{root}/{rec['path']}", buf.getvalue())


def sh_gcp(c, root, rec, S):
    ents = []
    for x in flat(S):
        eid = h(c["id"], "exec", x["ts"])[:12]
        for k, body in (("Request", x["req"]), ("Response", x["resp"])):
            ents.append({"insertId": h(eid, k)[:14], "labels": {"execution_id": eid},
                         "logName": f"projects/{slug(c['name'])}/logs/cloudfunctions.googleapis.com%2Fcloud-functions",
                         "receiveTimestamp": x["ts"].strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                         "resource": {"labels": {"function_name": "ActionsOnGoogleFulfillment", "project_id": slug(c["name"]),
                                                 "region": "europe-west1"}, "type": "cloud_function"},
                         "severity": "INFO", "textPayload": f"{k} {json.dumps(body, ensure_ascii=False)}",
                         "timestamp": x["ts"].strftime("%Y-%m-%dT%H:%M:%S.%fZ")})
    wjson(f"{root}/{rec['path']}", ents)


def sh_native_pairs(c, root, rec, S):
    """Google native shapes: one JSON file per webhook call holding request and response."""
    sep = rec["opt"].get("split")
    for i, x in enumerate(flat(S), 1):
        if sep:
            wjson(f"{root}/{rec['path']}/{i:02d}-request.json", x["req"])
            wjson(f"{root}/{rec['path']}/{i:02d}-response.json", x["resp"])
        else:
            wjson(f"{root}/{rec['path']}/{rec['opt'].get('pattern', 'turn-{:02d}.json').format(i)}",
                  {"request": x["req"], "response": x["resp"]})


SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array,
          "smapi-simulation": sh_smapi_simulation, "smapi-invocation": sh_smapi_invocation, "ask-dialog": sh_ask_dialog,
          "cloudwatch-text": sh_cloudwatch_text, "cloudwatch-json": sh_cloudwatch_json, "har": sh_har,
          "transcript": sh_transcript, "gactions-conversation": sh_native_pairs, "dialogflow-webhook": sh_native_pairs,
          "gactions-scene": sh_native_pairs,
          "jest-snapshot": sh_jest_snapshot, "postman-collection": sh_postman, "charles-session": sh_charles,
          "ipynb-notebook": sh_ipynb, "curl-verbose": sh_curl, "csv-log": sh_csv, "gcp-logging": sh_gcp}
NATIVE = {"sdk2": "gactions-conversation", "dialogflow": "dialogflow-webhook", "builder": "gactions-scene"}
PACKAGE = {"alexa": alexa_package, "builder": builder_package, "sdk2": sdk2_package, "dialogflow": dialogflow_package}


def render(c, outdir):
    root = os.path.join(outdir, c["id"])
    PACKAGE[c["platform"]](root, c)
    shapes = set()
    for rec in c["recs"]:
        S = build_sessions(c, rec)
        SHAPES[rec["shape"]](c, root, rec, S)
        shapes.add(rec["shape"])
        if c["platform"] in NATIVE:
            shapes.add(NATIVE[c["platform"]])
    for p, text in c["files"].items():
        wtext(os.path.join(root, p), text)
    return sorted(shapes)
