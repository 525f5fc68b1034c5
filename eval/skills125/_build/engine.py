"""Rendering engine: turns hand-written case specs (cases_*.py) into project folders and recordings."""
import json, os, hashlib, base64, datetime, shutil, csv, io

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")

def hx(*p, n=32):
    return hashlib.sha1("|".join(map(str, p)).encode()).hexdigest()[:n]

def uid(seed):
    h = hx(seed)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

def wj(path, obj, indent=2):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=indent)
        f.write("\n")

def wt(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

class T:
    """one turn: user utterance, intent, slots, what the skill says, reprompt, end-of-session"""
    def __init__(self, u, intent, say, rep=None, end=False, slots=None, audio=None):
        self.u, self.intent, self.say, self.rep, self.end, self.slots, self.audio = u, intent, say, rep, end, slots or {}, audio

def sessions(turns):
    out, cur = [], []
    for t in turns:
        cur.append(t)
        if t.end:
            out.append(cur); cur = []
    if cur:
        out.append(cur)
    return out

def ts(base, i):
    d = datetime.datetime.fromisoformat(base) + datetime.timedelta(seconds=17 * i + (i * i) % 7)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")

# ---------------- Alexa ----------------
PERM = {"address": "alexa::devices:all:address:full:read", "postal": "alexa:devices:all:address:country_and_postal_code:read",
        "email": "alexa::profile:email:read", "phone": "alexa::profile:mobile_number:read", "name": "alexa::profile:name:read",
        "given": "alexa::profile:given_name:read", "lists_r": "alexa::household:lists:read", "lists_w": "alexa::household:lists:write",
        "geo": "alexa::devices:all:geolocation:read", "reminders": "alexa::alerts:reminders:skill:readwrite",
        "notif": "alexa::devices:all:notifications:write"}

def speech(s):
    if s is None:
        return None
    if "<" in s or s.startswith("<speak>"):
        return {"type": "SSML", "ssml": s if s.startswith("<speak>") else f"<speak>{s}</speak>"}
    return {"type": "SSML", "ssml": f"<speak>{s}</speak>"} if False else {"type": "PlainText", "text": s}

def a_request(c, t, sid, new, i, base, attrs=None):
    app = "amzn1.ask.skill." + uid(c["id"])
    user = "amzn1.ask.account." + hx(c["id"], "u", n=40).upper()
    dev = "amzn1.ask.device." + hx(c["id"], "d", n=40).upper()
    rid = "amzn1.echo-api.request." + uid((c["id"], sid, i))
    r = {"requestId": rid, "locale": c["loc"], "timestamp": ts(base, i)}
    if t.intent == "LaunchRequest":
        r = {"type": "LaunchRequest", **r, "shouldLinkResultBeReturned": False}
    elif t.intent == "SessionEndedRequest":
        r = {"type": "SessionEndedRequest", **r, "reason": t.slots.get("_reason", "USER_INITIATED")}
    else:
        r = {"type": "IntentRequest", **r, "intent": {"name": t.intent, "confirmationStatus": "NONE",
             "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t.slots.items()}}}
        if not t.slots:
            r["intent"].pop("slots")
        r["dialogState"] = "COMPLETED" if t.slots else r.pop("dialogState", None) or "STARTED"
        if not t.slots:
            r.pop("dialogState")
    sys_ = {"application": {"applicationId": app}, "user": {"userId": user},
            "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}} if c.get("audio") else {}},
            "apiEndpoint": "https://api.eu.amazonalexa.com" if c["loc"] in ("de-DE", "fr-FR", "it-IT") else ("https://api.fe.amazonalexa.com" if c["loc"] == "ja-JP" else "https://api.amazonalexa.com"),
            "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJhdWQiOiJodHRwczovL2FwaS5hbWF6b25hbGV4YS5jb20ifQ.REDACTED"}
    if c.get("perms"):
        sys_["user"]["permissions"] = {"consentToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
    return {"version": "1.0",
            "session": {"new": new, "sessionId": "amzn1.echo-api.session." + uid(sid), "application": {"applicationId": app},
                        "attributes": attrs or {}, "user": {"userId": user}},
            "context": {"Viewport": None, "System": sys_} if False else {"System": sys_},
            "request": r}

def a_response(c, t, sdk="ask-node/2.14.0 Node/v18.19.1"):
    resp = {}
    if t.intent == "SessionEndedRequest":
        return {"version": "1.0", "response": {}, "userAgent": sdk}
    if t.say is not None:
        resp["outputSpeech"] = speech(t.say)
    if t.rep is not None:
        resp["reprompt"] = {"outputSpeech": speech(t.rep)}
    if t.audio:
        resp["directives"] = [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                               "audioItem": {"stream": {"url": t.audio, "token": hx(t.audio, n=12), "offsetInMilliseconds": 0}}}]
    if t.end is not None:
        resp["shouldEndSession"] = t.end
    out = {"version": "1.0", "response": resp, "userAgent": sdk}
    if c.get("attrs"):
        out["sessionAttributes"] = c["attrs"]
    else:
        out["sessionAttributes"] = {}
    return out

def a_pairs(c, turns, base, tag=""):
    res = []
    i = 0
    for si, s in enumerate(sessions(turns)):
        sid = (c["id"], tag, base, si)
        for k, t in enumerate(s):
            res.append((t, a_request(c, t, sid, k == 0, i, base), a_response(c, t, c.get("sdk", "ask-node/2.14.0 Node/v18.19.1"))))
            i += 1
    return res

def skill_json(c):
    loc = {}
    for l in c.get("locales", [c["loc"]]):
        loc[l] = {"name": c["name"], "summary": c.get("summary", c["name"]), "description": c.get("desc", c.get("summary", c["name"])),
                  "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"], "keywords": c.get("keywords", []),
                  "smallIconUri": f"https://s3.amazonaws.com/hh-assets/{hx(c['id'], n=8)}/icon-108.png",
                  "largeIconUri": f"https://s3.amazonaws.com/hh-assets/{hx(c['id'], n=8)}/icon-512.png"}
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms") or c.get("personal")), "isChildDirected": bool(c.get("kids")),
           "isExportCompliant": True, "containsAds": False}
    if c.get("policy", True):
        pac["locales"] = {l: {"privacyPolicyUrl": c.get("policy_url", f"https://{c.get('domain', hx(c['id'], n=6) + '.example-home.io')}/privacy"),
                              "termsOfUseUrl": f"https://{c.get('domain', hx(c['id'], n=6) + '.example-home.io')}/terms"} for l in loc}
    m = {"manifest": {"publishingInformation": {"locales": loc, "isAvailableWorldwide": False,
                                                "testingInstructions": c.get("testing", "Link a test hub and run the scenarios in the QA folder."),
                                                "category": c.get("category", "SMART_HOME"), "distributionCountries": [c["loc"][-2:]]},
                      "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", f"arn:aws:lambda:{'eu-west-1' if c['loc'] in ('de-DE','fr-FR','it-IT') else ('us-west-2' if c['loc']=='ja-JP' else 'us-east-1')}:4{hx(c['id'],n=11).translate(str.maketrans('abcdef','123456'))}:function:{c['slug']}")}}},
                      "manifestVersion": "1.0", "privacyAndCompliance": pac}}
    if c.get("audio"):
        m["manifest"]["apis"]["custom"]["interfaces"] = [{"type": "AUDIO_PLAYER"}]
    if c.get("perms"):
        m["manifest"]["permissions"] = [{"name": PERM.get(p, p)} for p in c["perms"]]
    return m

STD = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]

def model(c, loc, inv, intents, types):
    ints = []
    for it in intents:
        name, slots, samples = it
        ints.append({"name": name, "slots": [{"name": s, "type": ty} for s, ty in slots], "samples": samples})
    for s in STD:
        if s not in [i["name"] for i in ints]:
            ints.append({"name": s, "samples": []})
    tys = [{"name": n, "values": [({"name": {"value": v[0], "synonyms": list(v[1:])}} if isinstance(v, tuple) else {"name": {"value": v}}) for v in vals]}
           for n, vals in (types or {}).items()]
    return {"interactionModel": {"languageModel": {"invocationName": inv, "intents": ints, "types": tys}}, "version": hx(c["id"], n=2).translate(str.maketrans('abcdef', '123456'))}

# --------------- Google ----------------
def yaml_dump(o, ind=0):
    sp = "  " * ind
    out = []
    if isinstance(o, dict):
        for k, v in o.items():
            k = f"'{k}'" if str(k).startswith("@") else k
            if isinstance(v, (dict, list)) and v:
                out.append(f"{sp}{k}:")
                out.append(yaml_dump(v, ind + 1))
            else:
                out.append(f"{sp}{k}: {ys(v)}")
    elif isinstance(o, list):
        for v in o:
            if isinstance(v, dict) and v:
                sub = yaml_dump(v, ind + 1).split("\n")
                out.append(f"{sp}- " + sub[0].lstrip())
                out.extend(sub[1:])
            else:
                out.append(f"{sp}- {ys(v)}")
    return "\n".join(out)

def ys(v):
    if v is True: return "true"
    if v is False: return "false"
    if v == {} : return "{}"
    if v == []: return "[]"
    if isinstance(v, (int, float)): return str(v)
    return json.dumps(v, ensure_ascii=False)

def g_builder(c, d):
    ls = {"displayName": c["name"], "pronunciation": c["inv"], "shortDescription": c.get("summary", c["name"]),
          "fullDescription": c.get("desc", c.get("summary", c["name"])), "developerName": c.get("dev", "Brightwire Labs"),
          "developerEmail": c.get("devmail", "actions@" + c.get("domain", "brightwire.example") ),
          "smallLogoImage": f"https://storage.googleapis.com/{c['slug']}/logo-192.png"}
    if c.get("policy", True):
        ls["privacyPolicyUrl"] = f"https://{c.get('domain', c['slug'] + '.example-home.io')}/privacy"
    ls["termsOfServiceUrl"] = f"https://{c.get('domain', c['slug'] + '.example-home.io')}/tos"
    st = {"accountLinking": {"enableAccountLinking": False}, "category": c.get("gcat", "HOME_CONTROL"), "defaultLocale": "en",
          "localizedSettings": ls, "projectId": c["slug"] + "-" + hx(c["id"], n=5), "usesInteractiveCanvas": False,
          "usesTransactionsApi": False}
    if c.get("kids"):
        st["designedForFamily"] = True
    wt(os.path.join(d, "sdk/settings/settings.yaml"), yaml_dump(st) + "\n")
    wt(os.path.join(d, "sdk/manifest.yaml"), "version: \"1.0\"\n")
    for name, params, phrases in c["intents"]:
        o = {}
        if params:
            o["parameters"] = [{"name": p, "type": {"name": ty}} for p, ty in params]
        import re
        o["trainingPhrases"] = [re.sub(r"\$(\w+) '([^']*)'", r"($\1 '\2' auto=false)", p) for p in phrases]
        wt(os.path.join(d, f"sdk/custom/intents/{name}.yaml"), yaml_dump(o) + "\n")
    for tname, vals in (c.get("types") or {}).items():
        ents = {}
        for v in vals:
            v = v if isinstance(v, tuple) else (v,)
            ents[v[0].upper().replace(" ", "_")] = {"synonyms": list(v)}
        wt(os.path.join(d, f"sdk/custom/types/{tname}.yaml"), yaml_dump({"synonym": {"entities": ents, "matchType": "EXACT_MATCH"}}) + "\n")
    scenes = dict(c.get("scenes") or {})
    main = c.get("main_scene") or ("Start" if "Start" in scenes or not scenes else list(scenes)[0])
    c["main_scene"] = main
    if main not in scenes:
        scenes = {main: {"onEnter": {"webhookHandler": "welcome"}}, **scenes}
    for sname, sc in scenes.items():
        wt(os.path.join(d, f"sdk/custom/scenes/{sname}.yaml"), yaml_dump(sc) + "\n")
    wt(os.path.join(d, "sdk/actions/actions.yaml"), yaml_dump({"actions": {"actions.intent.MAIN": {"handler": {"transitionToScene": main}}}}) + "\n")
    if c.get("webhook_code"):
        wt(os.path.join(d, "sdk/webhooks/ActionsOnGoogleFulfillment/index.js"), c["webhook_code"])
        wt(os.path.join(d, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml"), "handlers:\n" + "".join(f"- name: {h}\n" for h in c.get("handlers", ["main"])) + "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")

def g_v2(c, d):
    acts = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": c["slug"]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
    for name, params, phrases in c["intents"]:
        acts.append({"description": name, "name": name.upper(), "fulfillment": {"conversationName": c["slug"]},
                     "intent": {"name": name, "parameters": [{"name": p, "type": ty} for p, ty in params],
                                "trigger": {"queryPatterns": phrases}}})
    obj = {"actions": acts, "conversations": {c["slug"]: {"name": c["slug"], "url": f"https://us-central1-{c['slug']}.cloudfunctions.net/fulfillment", "fulfillmentApiVersion": 2}},
           "locale": "en"}
    if c.get("types"):
        obj["types"] = [{"name": "$" + n, "entities": [{"key": (v if isinstance(v, str) else v[0]).upper(), "synonyms": [v] if isinstance(v, str) else list(v)} for v in vals], "isUserDefined": False} for n, vals in c["types"].items()]
    wj(os.path.join(d, "action.json"), obj)

def g_df(c, d):
    wj(os.path.join(d, "agent.json"), {"description": c.get("summary", ""), "language": "en", "shortDescription": "", "examples": "",
        "linkToDocs": "", "disableInteractionLogs": False, "disableStackdriverLogs": True,
        "googleAssistant": {"googleAssistantCompatible": True, "project": c["slug"] + "-" + hx(c["id"], n=5), "welcomeIntentSignInRequired": False,
                             "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                             "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
        "defaultTimezone": "America/Chicago", "webhook": {"url": f"https://{c['slug']}.example-home.io/dialogflow", "available": True, "useForDomains": False, "cloudFunctionsEnabled": False},
        "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2beta1",
        "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": ""})
    wj(os.path.join(d, "package.json"), {"version": "1.0.0"})
    for name, params, phrases in [("Default Welcome Intent", [], ["hi", "hello"])] + list(c["intents"]):
        wj(os.path.join(d, "intents", name + ".json"), {"id": uid((c["id"], name)), "name": name, "auto": True, "contexts": [],
            "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
                           "parameters": [{"id": uid((c["id"], name, p)), "name": p, "required": False, "dataType": ty, "value": "$" + p, "isList": False} for p, ty in params],
                           "messages": [{"type": "0", "lang": "en", "condition": "", "speech": []}], "defaultResponsePlatforms": {}, "speech": []}],
            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else []})
        says = []
        for ph in phrases:
            data = []
            # phrase parts: "@sys.any:query" tokens written as {{type:alias|example}}
            import re
            pos = 0
            for m in re.finditer(r"\{\{([^:}]+):([^|}]+)\|([^}]*)\}\}", ph):
                if m.start() > pos:
                    data.append({"text": ph[pos:m.start()], "userDefined": False})
                data.append({"text": m.group(3), "alias": m.group(2), "meta": m.group(1), "userDefined": True})
                pos = m.end()
            if pos < len(ph):
                data.append({"text": ph[pos:], "userDefined": False})
            says.append({"id": uid((c["id"], name, ph)), "data": data, "isTemplate": False, "count": 0, "lang": "en", "updated": 0})
        wj(os.path.join(d, "intents", name + "_usersays_en.json"), says)
    for tname, vals in (c.get("types") or {}).items():
        wj(os.path.join(d, "entities", tname + ".json"), {"id": uid((c["id"], tname)), "name": tname, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        wj(os.path.join(d, "entities", tname + "_entries_en.json"), [{"value": v if isinstance(v, str) else v[0], "synonyms": [v] if isinstance(v, str) else list(v)} for v in vals])

def C(n, slug, loc, cats, why, name, inv, intents, recs, **kw):
    d = {"n": n, "slug": slug, "loc": loc, "cats": cats, "why": why, "name": name, "inv": inv, "intents": intents, "recs": recs}
    d.update(kw)
    return d

def L(say, rep=None, end=False, u=None, inv="", **kw):
    return T(u or ("open " + inv if inv else "open the skill"), "LaunchRequest", say, rep, end, **kw)

def I(u, intent, say, rep=None, end=False, **slots):
    return T(u, intent, say, rep, end, slots)

def STOP(say, rep=None, end=True, u="stop"):
    return T(u, "AMAZON.StopIntent", say, rep, end)

def CANCEL(say, rep=None, end=True, u="cancel"):
    return T(u, "AMAZON.CancelIntent", say, rep, end)

def HELP(say, rep, u="help"):
    return T(u, "AMAZON.HelpIntent", say, rep, False)

def ENDED(u="(no answer)", reason="EXCEEDED_MAX_REPROMPTS"):
    return T(u, "SessionEndedRequest", None, None, True, {"_reason": reason})
