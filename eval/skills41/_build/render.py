"""Small renderer: turns the hand-written case descriptions (cases_*.py) into project folders and recordings.
All wording lives in the descriptions; this file only knows file formats."""
import csv, hashlib, io, json, os, uuid

OUT = None  # set by gen.py


class T:
    """one conversational turn: user words, intent, what the skill said, reprompt, end flag, extras."""
    def __init__(self, u, intent, say, rp=None, end=False, slots=None, card=None, apl=None, audio=None,
                 buy=None, prog=None, req=None, scene=None, nxt=None):
        self.u, self.intent, self.say, self.rp, self.end = u, intent, say, rp, end
        self.slots, self.card, self.apl, self.audio, self.buy, self.prog = slots or {}, card, apl, audio, buy, prog
        self.req, self.scene, self.nxt = req, scene, nxt


class Rec:
    def __init__(self, shape, path, sessions, date="2025-03-02"):
        self.shape, self.path, self.sessions, self.date = shape, path, sessions, date


class Case:
    def __init__(self, cid, locale, inv, cats, why, recs, plat="alexa", name=None, desc=None, policy=True,
                 child=False, perms=(), intents=(), types=(), category="GAMES", extra_locales=(), purchases=False,
                 gscenes=None):
        self.__dict__.update(locals())
        del self.__dict__["self"]
        self.name = name or inv.title()
        self.desc = desc or self.name


def domain(c):
    import re, unicodedata
    s = unicodedata.normalize("NFKD", c.inv).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]", "", s)[:20]
    return s if len(s) >= 3 else "app-" + c.cid[4:].replace("-", "")[:20]


def H(*a):
    return hashlib.sha1("|".join(map(str, a)).encode()).hexdigest()


def U(*a):
    return str(uuid.UUID(H(*a)[:32]))


def W(rel, data):
    p = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if not isinstance(data, str):
        data = json.dumps(data, indent=2, ensure_ascii=False)
    with open(p, "w", encoding="utf-8") as f:
        f.write(data if data.endswith("\n") else data + "\n")


def ssml(s):
    if s is None:
        return None
    return s if s.startswith("<speak>") else "<speak>" + s + "</speak>"


def plain(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "")


# ---------------------------------------------------------------- packages
def alexa_package(c):
    locs = [c.locale] + list(c.extra_locales)
    pub = {l: {"summary": c.desc[:160], "examplePhrases": [f"Alexa, open {c.inv}", f"Alexa, ask {c.inv} to start"],
               "name": c.name, "description": c.desc, "keywords": [],
               "smallIconUri": f"https://s3.amazonaws.com/hg-icons/{H(c.cid)[:8]}/small.png",
               "largeIconUri": f"https://s3.amazonaws.com/hg-icons/{H(c.cid)[:8]}/large.png"} for l in locs}
    pc = {"allowsPurchases": c.purchases, "usesPersonalInfo": bool(c.perms), "isChildDirected": c.child,
          "isExportCompliant": True, "containsAds": False}
    if c.policy:
        dom = domain(c)
        pc["locales"] = {l: {"privacyPolicyUrl": f"https://{dom}.example.com/privacy",
                             "termsOfUseUrl": f"https://{dom}.example.com/terms"} for l in locs}
    m = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                "testingInstructions": "Open the skill and play a few rounds.",
                                                "category": c.category, "distributionCountries": [l[-2:] for l in locs],
                                                "automaticDistribution": {"isActive": False}},
                      "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:eu-west-1:31337{H(c.cid)[:7].upper()}:function:{c.cid[4:]}"},
                                          "interfaces": [{"type": "ALEXA_PRESENTATION_APL"}, {"type": "AUDIO_PLAYER"}]}},
                      "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.perms:
        m["manifest"]["permissions"] = [{"name": p} for p in c.perms]
    W(f"{c.cid}/skill-package/skill.json", m)
    builtin = ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent",
               "AMAZON.NavigateHomeIntent"]
    intents = []
    for it in c.intents:
        name, slots, samples = it
        intents.append({"name": name, "slots": [{"name": s, "type": t} for s, t in slots], "samples": samples})
    intents += [{"name": b, "samples": []} for b in builtin if b not in [i["name"] for i in intents]]
    types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c.types]
    for l in locs:
        W(f"{c.cid}/skill-package/interactionModels/custom/{l}.json",
          {"interactionModel": {"languageModel": {"invocationName": c.inv, "intents": intents, "types": types}}})
    W(f"{c.cid}/ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})


def google_package(c):
    lang = c.locale.split("-")[0]
    pol = f"https://{domain(c)}.example.org/privacy" if c.policy else ""
    if c.plat == "builder":
        st = {"projectId": c.cid[4:], "defaultLocale": lang, "localizedSettings": {
            "displayName": c.inv, "pronunciation": c.inv, "fullDescription": c.desc, "shortDescription": c.desc[:80],
            "developerName": "Studio " + H(c.cid)[:4], "privacyPolicyUrl": pol, "smallLogoImage": "$resources.images.logo"},
            "category": c.category, "usesTransactionsApi": False, "usesDigitalPurchaseApi": c.purchases,
            "designedForFamily": c.child, "containsAlcoholOrTobaccoContent": False}
        if lang != "en":
            W(f"{c.cid}/sdk/settings/{lang}/settings.yaml", yaml({"localizedSettings": st["localizedSettings"]}))
        W(f"{c.cid}/sdk/settings/settings.yaml", yaml(st))
        W(f"{c.cid}/sdk/actions/actions.yaml", yaml({"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "main"}}}}))
        W(f"{c.cid}/sdk/webhooks/ActionsOnGoogleFulfillment.yaml", yaml({"handlers": [{"name": "main"}], "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}}))
        for name, slots, samples in c.intents:
            d = {"trainingPhrases": samples}
            if slots:
                d["parameters"] = [{"name": s, "type": {"name": t}} for s, t in slots]
            W(f"{c.cid}/sdk/custom/intents/{name}.yaml", yaml(d))
        for name, vals in c.types:
            W(f"{c.cid}/sdk/custom/types/{name}.yaml", yaml({"synonym": {"entities": {v.replace(' ', '_'): {"synonyms": [v]} for v in vals}}}))
        for sname, sd in (c.gscenes or {}).items():
            W(f"{c.cid}/sdk/custom/scenes/{sname}.yaml", yaml(sd))
    elif c.plat == "sdkv2":
        acts = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": c.cid[4:]},
                 "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c.inv}"]}}}]
        for name, slots, samples in c.intents:
            acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c.cid[4:]},
                         "intent": {"name": name, "parameters": [{"name": s, "type": t} for s, t in slots],
                                    "trigger": {"queryPatterns": samples}}})
        a = {"actions": acts, "conversations": {c.cid[4:]: {"name": c.cid[4:], "url": f"https://europe-west1-{c.cid[4:]}.cloudfunctions.net/fulfillment", "fulfillmentApiVersion": 2}},
             "locale": c.locale, "manifest": {"displayName": c.name, "invocationName": c.inv, "shortDescription": c.desc[:80],
                                               "longDescription": c.desc, "category": c.category, "privacyUrl": pol,
                                               "permissions": list(c.perms)},
             "types": [{"name": n, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for n, vals in c.types]}
        W(f"{c.cid}/action.json", a)
    else:  # dialogflow
        W(f"{c.cid}/agent.json", {"description": c.desc, "language": lang, "shortDescription": c.desc[:80],
                                  "examples": "", "linkToDocs": pol, "displayName": c.name,
                                  "disableInteractionLogs": False, "activeAssistantAgents": [],
                                  "googleAssistant": {"googleAssistantCompatible": True, "project": c.cid[4:],
                                                      "welcomeIntentSignInRequired": False, "invocationName": c.inv,
                                                      "privacyPolicyUrl": pol, "systemIntents": [],
                                                      "userPermissions": list(c.perms)},
                                  "defaultTimezone": "Europe/Madrid", "webhook": {"url": f"https://{c.cid[4:]}.example.net/df", "available": True},
                                  "isPrivate": True, "enableOnePlatformResponses": True})
        W(f"{c.cid}/package.json", {"version": "1.0.0"})
        for name, slots, samples in c.intents:
            W(f"{c.cid}/intents/{name}.json", {"id": U(c.cid, name), "name": name, "auto": True, "contexts": [],
                                               "responses": [{"resetContexts": False, "action": name.lower(),
                                                              "parameters": [{"name": s, "dataType": t, "value": "$" + s, "isList": False} for s, t in slots],
                                                              "messages": [], "speech": []}],
                                               "priority": 500000, "webhookUsed": True, "fallbackIntent": False})
            data = []
            for smp in samples:
                parts = []
                import re
                for tok in re.split(r"(\{[^}]+\})", smp):
                    if not tok:
                        continue
                    if tok.startswith("{"):
                        s = tok[1:-1]
                        t = dict(slots).get(s, "@sys.any")
                        parts.append({"text": s, "alias": s, "meta": t, "userDefined": True})
                    else:
                        parts.append({"text": tok, "userDefined": False})
                data.append({"id": U(c.cid, name, smp), "data": parts, "isTemplate": False, "count": 0, "updated": 0})
            W(f"{c.cid}/intents/{name}_usersays_{lang}.json", data)
        for name, vals in c.types:
            W(f"{c.cid}/entities/{name}.json", {"id": U(name), "name": name, "isOverridable": True, "isEnum": False,
                                                "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            W(f"{c.cid}/entities/{name}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])


def yaml(d, ind=0):
    out = []
    sp = "  " * ind
    if isinstance(d, dict):
        for k, v in d.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{sp}{k}:")
                out.append(yaml(v, ind + 1))
            else:
                out.append(f"{sp}{k}: {scal(v)}")
    else:
        for v in d:
            if isinstance(v, (dict, list)) and v:
                sub = yaml(v, ind + 1).lstrip()
                out.append(f"{sp}- {sub}")
            else:
                out.append(f"{sp}- {scal(v)}")
    return "\n".join(out)


def scal(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if v == {} or v == []:
        return "{}" if v == {} else "[]"
    if isinstance(v, (int, float)):
        return str(v)
    return json.dumps(str(v), ensure_ascii=False)


# ---------------------------------------------------------------- alexa envelopes
def a_request(c, t, sid, new, i, date, attrs=None):
    appid = "amzn1.ask.skill." + U(c.cid, "app")
    user = "amzn1.ask.account." + H(c.cid, "user").upper()[:40]
    ts = f"{date}T19:{(i // 60) % 60:02d}:{i % 60:02d}Z"
    r = {"requestId": "amzn1.echo-api.request." + U(c.cid, sid, i), "locale": c.locale, "timestamp": ts}
    if t.intent in ("LaunchRequest", "SessionEndedRequest") or "." in t.intent and not t.intent.startswith("AMAZON."):
        r["type"] = t.intent
        if t.intent == "SessionEndedRequest":
            r["reason"] = "USER_INITIATED"
        if t.intent == "Connections.Response":
            r.update({"name": "Buy", "status": {"code": "200", "message": "OK"},
                      "payload": {"purchaseResult": t.req or "ACCEPTED", "productId": "amzn1.adg.product." + U(c.cid, "isp")}, "token": "isp-" + H(c.cid)[:6]})
        if t.intent.startswith("AudioPlayer."):
            r.update({"token": "track-" + H(c.cid, i)[:6], "offsetInMilliseconds": 181000})
    else:
        r["type"] = "IntentRequest"
        r["dialogState"] = "COMPLETED" if t.slots else None
        if r["dialogState"] is None:
            del r["dialogState"]
        r["intent"] = {"name": t.intent, "confirmationStatus": "NONE",
                       "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t.slots.items()}}
    sys_ = {"application": {"applicationId": appid}, "user": {"userId": user},
            "device": {"deviceId": "amzn1.ask.device." + H(c.cid, "dev").upper()[:40],
                       "supportedInterfaces": {"AudioPlayer": {}, "Alexa.Presentation.APL": {"runtime": {"maxVersion": "2023.2"}}}},
            "apiEndpoint": "https://api.eu.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
    env = {"version": "1.0"}
    if t.intent.startswith("AudioPlayer."):
        env["context"] = {"System": sys_, "AudioPlayer": {"playerActivity": "PLAYING", "token": r["token"], "offsetInMilliseconds": 181000}}
    else:
        env["session"] = {"new": new, "sessionId": sid, "application": {"applicationId": appid}, "user": {"userId": user}}
        if not new:
            env["session"]["attributes"] = attrs or {}
        env["context"] = {"System": sys_}
    env["request"] = r
    return env


def a_response(c, t, attrs=None):
    resp = {}
    if t.say is not None:
        resp["outputSpeech"] = {"type": "SSML", "ssml": ssml(t.say)}
    if t.card:
        title, text = t.card
        resp["card"] = {"type": "Standard" if "http" not in text else "Simple", "title": title,
                        ("text" if "http" not in text else "content"): text}
    if t.rp is not None:
        resp["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t.rp)}}
    dirs = []
    if t.apl:
        dirs.append({"type": "Alexa.Presentation.APL.RenderDocument", "token": "screen-" + H(c.cid)[:5],
                     "document": {"type": "APL", "version": "2023.2", "import": [{"name": "alexa-layouts", "version": "1.7.0"}],
                                  "mainTemplate": {"parameters": ["payload"], "items": [{"type": "Container", "items": [
                                      {"type": "Text", "text": line, "fontSize": "32dp"} if not line.startswith("http") else
                                      {"type": "Image", "source": line} for line in t.apl]}]}},
                     "datasources": {}})
    if t.audio:
        url, *rest = t.audio if isinstance(t.audio, tuple) else (t.audio,)
        dirs.append({"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                     "audioItem": {"stream": {"url": url, "token": "track-" + H(url)[:6], "offsetInMilliseconds": 0},
                                   "metadata": {"title": rest[0] if rest else "Track", "subtitle": c.name}}})
    if t.buy:
        dirs.append({"type": "Connections.SendRequest", "name": t.buy[0], "payload": {"InSkillProduct": {"productId": "amzn1.adg.product." + U(c.cid, "isp")}, **({"upsellMessage": t.buy[1]} if len(t.buy) > 1 else {})},
                     "token": "isp-" + H(c.cid)[:6]})
    if dirs:
        resp["directives"] = dirs
    if t.end is not None:
        resp["shouldEndSession"] = t.end
    return {"version": "1.0", "sessionAttributes": attrs or {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": resp}


def a_pairs(c, rec):
    out = []
    k = 0
    for si, sess in enumerate(rec.sessions):
        sid = "amzn1.echo-api.session." + U(c.cid, rec.path, si)
        attrs = {}
        for j, t in enumerate(sess):
            k += 1
            req = a_request(c, t, sid, j == 0, k + si * 7, rec.date, dict(attrs))
            attrs = {"round": j + 1}
            out.append((t, req, a_response(c, t, attrs)))
    return out


# ---------------------------------------------------------------- google envelopes
def g_pairs(c, rec):
    out = []
    lang = c.locale
    for si, sess in enumerate(rec.sessions):
        conv = H(c.cid, rec.path, si)[:20].upper()
        for j, t in enumerate(sess):
            ts = f"{rec.date}T20:{si:02d}:{j * 3 % 60:02d}.{j}12Z"
            if rec.shape == "gactions-conversation":
                inputs = [{"intent": "actions.intent.MAIN" if t.intent == "LaunchRequest" else t.intent,
                           "rawInputs": [{"inputType": "VOICE", "query": t.u}],
                           "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in t.slots.items()]}]
                req = {"user": {"locale": lang, "lastSeen": ts, "userVerificationStatus": "VERIFIED", "userStorage": "{}"},
                       "conversation": {"conversationId": conv, "type": "NEW" if j == 0 else "ACTIVE", "conversationToken": "[]"},
                       "inputs": inputs, "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
                       "isInSandbox": True, "requestType": "SIMULATOR"}
                items = [{"simpleResponse": {"textToSpeech": ssml(t.say) if "<" in (t.say or "") else t.say, "displayText": plain(t.say)}}]
                if t.card:
                    items.append({"basicCard": {"title": t.card[0], "formattedText": t.card[1]}})
                if t.end:
                    resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
                else:
                    pi = [{"intent": "actions.intent.TEXT"}]
                    if t.req:
                        pi = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.req[0], "permissions": t.req[1]}}]
                    resp = {"expectUserResponse": True, "conversationToken": json.dumps({"turn": j + 1}),
                            "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": items},
                                                                "noInputPrompts": [] if t.rp is None else [{"textToSpeech": t.rp}]},
                                                "possibleIntents": pi}]}
            elif rec.shape == "dialogflow-webhook":
                req = {"responseId": U(c.cid, si, j), "session": f"projects/{c.cid[4:]}/agent/sessions/{conv}",
                       "queryResult": {"queryText": t.u, "parameters": t.slots, "allRequiredParamsPresent": True,
                                       "intent": {"name": f"projects/{c.cid[4:]}/agent/intents/{U(c.cid, t.intent)}", "displayName": t.intent},
                                       "intentDetectionConfidence": 1, "languageCode": lang.lower()},
                       "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                           "user": {"locale": lang}, "conversation": {"conversationId": conv, "type": "NEW" if j == 0 else "ACTIVE"},
                           "inputs": [{"intent": "actions.intent.MAIN" if j == 0 else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t.u}]}]}}}
                items = [{"simpleResponse": {"textToSpeech": t.say}}]
                if t.card:
                    items.append({"basicCard": {"title": t.card[0], "formattedText": t.card[1]}})
                g = {"expectUserResponse": not t.end, "richResponse": {"items": items}}
                if t.rp is not None and not t.end:
                    g["noInputPrompts"] = [{"textToSpeech": t.rp}]
                if t.req:
                    g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.req[0], "permissions": t.req[1]}}
                resp = {"fulfillmentText": plain(t.say), "payload": {"google": g}}
            else:  # gactions-scene
                req = {"handler": {"name": "main" if t.intent == "LaunchRequest" else slug(t.intent.split(".")[-1]).replace("-", "_")},
                       "intent": {"name": "actions.intent.MAIN" if t.intent == "LaunchRequest" else t.intent,
                                  "params": {k: {"original": v, "resolved": v} for k, v in t.slots.items()}, "query": t.u},
                       "scene": {"name": t.scene or "Game", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                       "session": {"id": conv, "params": {"round": j}, "typeOverrides": [], "languageCode": ""},
                       "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                                "verificationStatus": "VERIFIED", "lastSeenTime": ts},
                       "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
                resp = {"session": {"id": conv, "params": {"round": j + 1}},
                        "prompt": {"override": False, "firstSimple": {"speech": t.say, "text": plain(t.say)}}}
                if t.card:
                    resp["prompt"]["content"] = {"card": {"title": t.card[0], "text": t.card[1]}}
                if t.audio:
                    resp["prompt"]["content"] = {"media": {"mediaType": "AUDIO", "mediaObjects": [{"name": "track", "url": t.audio}]}}
                nxt = "actions.scene.END_CONVERSATION" if t.end else (t.nxt or t.scene or "Game")
                resp["scene"] = {"name": t.scene or "Game", "slots": {}, "next": {"name": nxt}}
            out.append((t, req, resp))
    return out


# ---------------------------------------------------------------- shape writers
def say_of(resp):
    r = resp.get("response", {})
    return plain(r.get("outputSpeech", {}).get("ssml", ""))


def write_rec(c, rec):
    base = f"{c.cid}/{rec.path}"
    s = rec.shape
    if s in ("gactions-conversation", "dialogflow-webhook", "gactions-scene"):
        pr = g_pairs(c, rec)
        if rec.path.endswith(".jsonl"):
            W(base, "\n".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) for _, q, r in pr))
        elif rec.path.endswith(".json"):
            W(base, [{"request": q, "response": r} for _, q, r in pr])
        else:
            for i, (t, q, r) in enumerate(pr):
                nm = "main" if t.intent == "LaunchRequest" else slug(t.intent.split('.')[-1])
                W(f"{base}/{i + 1:02d}_{nm}_request.json", q)
                W(f"{base}/{i + 1:02d}_{nm}_response.json", r)
        return
    pr = a_pairs(c, rec)
    if s == "envelope":
        for i, (t, q, r) in enumerate(pr):
            W(f"{base}/{i + 1:02d}-{t.intent.split('.')[-1]}.json", r)
    elif s == "pairs-jsonl":
        W(base, "\n".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) for _, q, r in pr))
    elif s == "pairs-array":
        W(base, [{"request": q, "response": r} for _, q, r in pr])
    elif s in ("smapi-simulation", "smapi-invocation"):
        for i, (t, q, r) in enumerate(pr):
            ep = c.__dict__.get("endpoint") or f"arn:aws:lambda:eu-west-1:313370000000:function:{c.cid[4:]}"
            if s == "smapi-simulation":
                d = {"id": U(c.cid, "sim", i), "status": "SUCCESSFUL", "result": {
                    "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": say_of(r)}}],
                                           "consideredIntents": [{"name": t.intent, "confirmationStatus": "NONE", "slots": {}}]},
                    "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": ep, "body": q},
                                                            "invocationResponse": {"body": r},
                                                            "metrics": {"skillExecutionTimeInMilliseconds": 180 + i}}]},
                    "error": None}}
                W(f"{base}/{i + 1:02d}-{slug(t.u)}.json", d)
            else:
                d = {"id": U(c.cid, "inv", i), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
                    "invocationRequest": {"endpoint": ep, "body": q}, "invocationResponse": {"body": r},
                    "metrics": {"skillExecutionTimeInMilliseconds": 95 + i}}, "error": None}}
                W(f"{base}/invoke-{i + 1:02d}.json", d)
    elif s == "ask-dialog":
        W(f"{base}/dialog-replay.json", {"skillId": "amzn1.ask.skill." + U(c.cid, "app"), "locale": c.locale, "type": "text",
                                        "userInput": [t.u for t, _, _ in pr if t.u], "storageKey": "dialog", "showSession": True})
        W(f"{base}/dialog-output.json", [{"utterance": t.u, "invocations": [{"invocationRequest": {"body": q}, "invocationResponse": {"body": r}}]} for t, q, r in pr])
    elif s == "cloudwatch-text":
        lines = []
        py = rec.path.endswith(".py.log")
        for i, (t, q, r) in enumerate(pr):
            rid = U(c.cid, "cw", i)
            ts = q["request"]["timestamp"].replace("Z", ".120Z")
            lines.append(f"{ts} START RequestId: {rid} Version: $LATEST")
            if py:
                lines.append(f"[INFO]\t{ts}\t{rid}\tRequest: {json.dumps(q, ensure_ascii=False)}")
            else:
                lines.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}")
            if t.prog:
                lines.append(f"{ts}\t{rid}\tINFO\tProgressive response POST /v1/directives: " + json.dumps(
                    {"header": {"requestId": q["request"]["requestId"]}, "directive": {"type": "VoicePlayer.Speak", "speech": ssml(t.prog)}}, ensure_ascii=False))
            if py:
                lines.append(f"[INFO]\t{ts}\t{rid}\tResponse: {json.dumps(r, ensure_ascii=False)}")
            else:
                lines.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}")
            lines.append(f"{ts} END RequestId: {rid}")
            lines.append(f"{ts} REPORT RequestId: {rid}\tDuration: {40 + i}.12 ms\tBilled Duration: {41 + i} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
        W(base, "\n".join(lines))
    elif s == "cloudwatch-json":
        ev = []
        for i, (t, q, r) in enumerate(pr):
            rid = U(c.cid, "cwj", i)
            ts0 = 1740942000000 + i * 4000
            ev.append({"logStreamName": f"{rec.date.replace('-', '/')}/[$LATEST]{H(c.cid)[:32]}", "timestamp": ts0,
                       "message": f"{q['request']['timestamp']}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}\n", "ingestionTime": ts0 + 90, "eventId": H(c.cid, i, 'a')[:30]})
            ev.append({"logStreamName": f"{rec.date.replace('-', '/')}/[$LATEST]{H(c.cid)[:32]}", "timestamp": ts0 + 60,
                       "message": f"{q['request']['timestamp']}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}\n", "ingestionTime": ts0 + 150, "eventId": H(c.cid, i, 'b')[:30]})
        W(base, {"events": ev, "searchedLogStreams": []})
    elif s == "har":
        ents = []
        for i, (t, q, r) in enumerate(pr):
            ents.append(har_entry(q["request"]["timestamp"], "https://skill-dev.example.net/alexa", q, r))
            if t.prog:
                ents.append(har_entry(q["request"]["timestamp"], "https://api.eu.amazonalexa.com/v1/directives",
                                      {"header": {"requestId": q["request"]["requestId"]}, "directive": {"type": "VoicePlayer.Speak", "speech": ssml(t.prog)}}, None))
        W(base, {"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "10.1.5"}, "pages": [], "entries": ents}})
    elif s == "transcript":
        L = [f"# QA transcript {c.name} {c.locale}"]
        for i, (t, q, r) in enumerate(pr):
            ts = q["request"]["timestamp"]
            if q.get("session", {}).get("new"):
                L.append(f"--- new session {q['session']['sessionId'][-12:]} ---")
            L.append(f"[{ts}] USER: {t.u}")
            L.append(f"[{ts}] SKILL: {say_of(r)}")
            rp = r["response"].get("reprompt")
            if rp:
                L.append(f"[{ts}] REPROMPT: {rp['outputSpeech']['ssml']}")
            for d in r["response"].get("directives", []):
                L.append(f"[{ts}] DIRECTIVE: {json.dumps(d, ensure_ascii=False)}")
            if r["response"].get("card"):
                L.append(f"[{ts}] CARD: {json.dumps(r['response']['card'], ensure_ascii=False)}")
            L.append(f"[{ts}] session_open={str(not r['response'].get('shouldEndSession', False) if 'shouldEndSession' in r['response'] else bool(rp)).lower()}")
        W(base, "\n".join(L))
    # ---- new shapes of this set
    elif s == "junit-xml":
        from xml.sax.saxutils import escape
        L = ['<?xml version="1.0" encoding="UTF-8"?>', f'<testsuites name="jest tests" tests="{len(pr)}" failures="0" errors="0" time="3.21">',
             f'  <testsuite name="{escape(c.name)} conversation" errors="0" failures="0" skipped="0" timestamp="{rec.date}T10:00:00" time="3.2" tests="{len(pr)}">']
        for i, (t, q, r) in enumerate(pr):
            L.append(f'    <testcase classname="{escape(c.name)} conversation" name="turn {i + 1}: {escape(t.u or t.intent)}" time="0.0{i + 1}">')
            L.append("      <system-out><![CDATA[request: " + json.dumps(q, ensure_ascii=False) + "\nresponse: " + json.dumps(r, ensure_ascii=False) + "\n]]></system-out>")
            L.append("    </testcase>")
        L += ["  </testsuite>", "</testsuites>"]
        W(base, "\n".join(L))
    elif s == "mitm-dump":
        L = []
        for i, (t, q, r) in enumerate(pr):
            ts = q["request"]["timestamp"]
            L.append(f"{ts} 10.0.4.17:52{i:03d}: POST https://skill-dev.example.net/alexa HTTP/1.1")
            L.append("    content-type: application/json; charset=utf-8")
            L.append("    signaturecertchainurl: https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem")
            L.append("")
            L.append(json.dumps(q, indent=2, ensure_ascii=False))
            L.append(" << HTTP/1.1 200 OK " + str(len(json.dumps(r))) + "b")
            L.append("    content-type: application/json")
            L.append("")
            L.append(json.dumps(r, indent=2, ensure_ascii=False))
            L.append("")
            if t.prog:
                L.append(f"{ts} 10.0.4.17:53{i:03d}: POST https://api.eu.amazonalexa.com/v1/directives HTTP/1.1")
                L.append("")
                L.append(json.dumps({"header": {"requestId": q["request"]["requestId"]}, "directive": {"type": "VoicePlayer.Speak", "speech": ssml(t.prog)}}, indent=2, ensure_ascii=False))
                L.append(" << HTTP/1.1 204 No Content 0b")
                L.append("")
        W(base, "\n".join(L))
    elif s == "ipynb":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# Session analysis: {c.name} ({c.locale})\n", "Captured request/response pairs replayed against the dev endpoint.\n"]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                  "source": ["import json, requests\n", "ENDPOINT = 'https://skill-dev.example.net/alexa'\n", "def send(env):\n", "    return requests.post(ENDPOINT, json=env).json()\n"]}]
        for i, (t, q, r) in enumerate(pr):
            cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {},
                          "source": [f"req_{i + 1} = " + json.dumps(q, ensure_ascii=False) + "\n", f"resp_{i + 1} = send(req_{i + 1})\n", f"resp_{i + 1}"],
                          "outputs": [{"output_type": "execute_result", "execution_count": i + 2, "metadata": {},
                                       "data": {"text/plain": [json.dumps(r, indent=1, ensure_ascii=False)], "application/json": r}}]})
        W(base, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                              "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5})
    elif s == "csv-turns":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["session_id", "timestamp", "request_type", "intent", "user_utterance", "output_ssml", "reprompt_ssml", "should_end_session", "directives_json", "card_json"])
        for t, q, r in pr:
            rr = r["response"]
            w.writerow([q.get("session", {}).get("sessionId", ""), q["request"]["timestamp"], q["request"]["type"],
                        q["request"].get("intent", {}).get("name", ""), t.u or "",
                        rr.get("outputSpeech", {}).get("ssml", ""), rr.get("reprompt", {}).get("outputSpeech", {}).get("ssml", ""),
                        "" if "shouldEndSession" not in rr else str(rr["shouldEndSession"]).lower(),
                        json.dumps(rr.get("directives", []), ensure_ascii=False) if rr.get("directives") else "",
                        json.dumps(rr["card"], ensure_ascii=False) if rr.get("card") else ""])
        W(base, buf.getvalue())
    elif s == "markdown-qa":
        L = [f"# Manual QA run — {c.name}", "", f"Locale `{c.locale}`, device: Echo Show 8 (dev stage), build {H(c.cid)[:7]}", ""]
        for i, (t, q, r) in enumerate(pr):
            L += [f"## Step {i + 1}: “{t.u or t.intent}”", "", "<details><summary>request</summary>", "", "```json",
                  json.dumps(q, indent=2, ensure_ascii=False), "```", "</details>", "", "Response:", "", "```json",
                  json.dumps(r, indent=2, ensure_ascii=False), "```", "", "Result: ✅ as expected", ""]
        W(base, "\n".join(L))
    else:
        raise ValueError(s)


def har_entry(ts, url, q, r):
    e = {"startedDateTime": ts.replace("Z", ".000Z"), "time": 212,
         "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                     "headers": [{"name": "Content-Type", "value": "application/json"}], "queryString": [], "cookies": [],
                     "headersSize": -1, "bodySize": len(json.dumps(q)),
                     "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
         "response": {"status": 200 if r else 204, "statusText": "OK" if r else "No Content", "httpVersion": "HTTP/1.1",
                      "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                      "content": {"size": len(json.dumps(r)) if r else 0, "mimeType": "application/json", "text": json.dumps(r, ensure_ascii=False) if r else ""},
                      "redirectURL": "", "headersSize": -1, "bodySize": -1},
         "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 11}}
    return e


def slug(s):
    import re
    s = re.sub(r"[^a-z0-9]+", "-", (s or "launch").lower()).strip("-")
    return s[:30] or "turn"


def render(c):
    if c.plat == "alexa":
        alexa_package(c)
    else:
        google_package(c)
    for rec in c.recs:
        write_rec(c, rec)
