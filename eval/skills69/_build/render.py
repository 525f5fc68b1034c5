"""Turns the hand-written case descriptions (cases_*.py) into project folders.

A case is a dict written with C(...). Its recordings are lists of sessions; a session is a list of
turns written with T(...). Every word a skill or user says is written by hand in the case files;
this module only wraps those words into the file formats real tools produce."""
import csv, hashlib, io, json, os, re, uuid
from xml.sax.saxutils import escape, quoteattr


def C(**kw):
    kw.setdefault("platform", "alexa")
    kw.setdefault("policy", None)
    kw.setdefault("child", False)
    kw.setdefault("perms", [])
    kw.setdefault("intents", [])
    kw.setdefault("types", {})
    kw.setdefault("recs", [])
    kw.setdefault("extra_locales", [])
    kw.setdefault("category_store", "UTILITIES")
    kw.setdefault("code", None)
    return kw


def T(u, i, say, rp=None, end=None, s=None, card=None, perm=None, expect=None, noinput=None,
      nxt=None, audio=None):
    return dict(u=u, i=i, say=say, rp=rp, end=end, s=s or {}, card=card, perm=perm, expect=expect,
                noinput=noinput, nxt=nxt, audio=audio)


def I(name, samples, slots=None):
    return dict(name=name, samples=samples, slots=slots or {})


def _h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def _uuid(*parts):
    return str(uuid.UUID(_h(*parts)[:32]))


def dump(o):
    return json.dumps(o, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- packages
BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
           "AMAZON.FallbackIntent"]


def alexa_package(c):
    files = {}
    locs = [c["loc"]] + c["extra_locales"]
    pub = {}
    for l in locs:
        pub[l] = {"summary": c["desc"][:160], "examplePhrases": c.get("examples") or
                  [f"Alexa, open {c['inv']}"], "name": c["name"], "description": c["desc"],
                  "keywords": c.get("keywords", []),
                  "smallIconUri": "https://example-cdn.invalid/icons/%s-108.png" % c["id"][4:],
                  "largeIconUri": "https://example-cdn.invalid/icons/%s-512.png" % c["id"][4:]}
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(c["perms"]) or bool(c.get("uses_pi")),
           "isChildDirected": c["child"], "isExportCompliant": True, "containsAds": False}
    if c["policy"]:
        pac["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    man = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                     "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                     "category": c["category_store"],
                                     "distributionCountries": [c["loc"][-2:]]},
           "apis": {"custom": {"endpoint": {"uri": "arn:aws:lambda:eu-west-1:4%011d:function:%s" % (int(_h(c["id"])[:8], 16) % 10**11, c["id"][4:])}}},
           "manifestVersion": "1.0", "privacyAndCompliance": pac}
    if c["perms"]:
        man["permissions"] = [{"name": p} for p in c["perms"]]
    files["skill-package/skill.json"] = dump({"manifest": man})
    for l in locs:
        intents = []
        for it in c["intents"]:
            intents.append({"name": it["name"], "slots": [{"name": k, "type": v} for k, v in it["slots"].items()],
                            "samples": it["samples"]})
        for b in BUILTIN:
            intents.append({"name": b, "samples": []})
        types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c["types"].items()]
        inv = c.get("inv_by_loc", {}).get(l, c["inv"])
        files[f"skill-package/interactionModels/custom/{l}.json"] = dump(
            {"interactionModel": {"languageModel": {"invocationName": inv, "intents": intents, "types": types}}})
    if c["code"]:
        files.update(c["code"])
    return files


def builder_package(c):
    f = {}
    l = c["loc"]
    pp = ("  privacyPolicyUrl: %s\n" % c["policy"]) if c["policy"] else ""
    f["sdk/settings/settings.yaml"] = (
        "accountLinking:\n  enableAccountLinking: false\ncategory: %s\ndefaultLocale: %s\n"
        "localizedSettings:\n  developerName: %s\n  displayName: %s\n  fullDescription: %s\n"
        "  shortDescription: %s\n%s  sampleInvocations:\n  - Talk to %s\nprojectId: %s\n"
        % (c.get("gcat", "BUSINESS_AND_FINANCE"), l[:2] if l.startswith("en") else l[:2], json.dumps(c.get("dev", "Local Services Lab")),
           json.dumps(c["name"]), json.dumps(c["desc"]), json.dumps(c["desc"][:80]), pp, c["inv"], c["id"][4:]))
    f["sdk/manifest.yaml"] = "version: \"1.0\"\n"
    f["sdk/custom/global/actions.intent.MAIN.yaml"] = "handler:\n  webhookHandler: main\ntransitionToScene: Start\n"
    f["sdk/settings/%s/settings.yaml" % l[:2]] = "localizedSettings:\n  displayName: %s\n" % json.dumps(c["name"])
    for it in c["intents"]:
        y = ""
        if it["slots"]:
            y += "parameters:\n" + "".join("- name: %s\n  type:\n    name: %s\n" % (k, v) for k, v in it["slots"].items())
        conv = lambda smp: re.sub(r"\{(\w+)\}", lambda m: "($%s '%s' auto=true)" % (m.group(1), m.group(1)), smp)
        y += "trainingPhrases:\n" + "".join("- %s\n" % json.dumps(conv(s), ensure_ascii=False) for s in it["samples"])
        f["sdk/custom/intents/%s.yaml" % it["name"]] = y
    for n, vals in c["types"].items():
        f["sdk/custom/types/%s.yaml" % n] = "synonym:\n  entities:\n" + "".join(
            "    %s:\n      synonyms:\n      - %s\n" % (json.dumps(v, ensure_ascii=False), json.dumps(v, ensure_ascii=False)) for v in vals)
    for sc in c.get("scenes", {"Start": None}):
        body = c.get("scenes", {}).get(sc) or ("onEnter:\n  webhookHandler: %s\nintentEvents:\n" % sc.lower()
                + "".join("- intent: %s\n  handler:\n    webhookHandler: %s\n" % (it["name"], it["name"].lower()) for it in c["intents"]))
        f["sdk/custom/scenes/%s.yaml" % sc] = body
    f["sdk/webhooks/ActionsOnGoogleFulfillment.yaml"] = "handlers:\n- name: main\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n"
    if c["code"]:
        f.update(c["code"])
    return f


def sdk2_package(c):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN",
             "fulfillment": {"conversationName": c["id"][4:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["talk to %s" % c["inv"]]}}}]
    for it in c["intents"]:
        acts.append({"name": it["name"], "fulfillment": {"conversationName": c["id"][4:]},
                     "intent": {"name": it["name"],
                                "parameters": [{"name": k, "type": v} for k, v in it["slots"].items()],
                                "trigger": {"queryPatterns": it["samples"]}}})
    a = {"locale": c["loc"], "actions": acts,
         "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": "https://%s.example-functions.invalid/fulfillment" % c["id"][4:],
                                         "fulfillmentApiVersion": 2}}}
    if c["types"]:
        a["types"] = [{"name": "$" + n, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for n, vals in c["types"].items()]
    f = {"action.json": dump(a)}
    if c["code"]:
        f.update(c["code"])
    return f


def dialogflow_package(c):
    lang = c["loc"][:2]
    f = {"agent.json": dump({"description": c["desc"], "language": lang, "supportedLanguages": [],
                             "displayName": c["name"], "defaultTimezone": c.get("tz", "Europe/Madrid"),
                             "webhook": {"url": "https://%s.example-functions.invalid/df" % c["id"][4:], "available": True},
                             "googleAssistant": {"project": c["id"][4:], "startIntents": [], "endIntentIds": [],
                                                 "oAuthLinking": {"required": False}, "voiceType": "MALE_1",
                                                 "capabilities": [], "invocationName": c["inv"]},
                             "enableOnePlatformResponses": True, "apiVersion": "2"}),
         "package.json": dump({"version": "1.0.0"})}
    for it in c["intents"]:
        params = [{"name": k, "dataType": v if v.startswith("@") else "@" + v, "value": "$" + k, "isList": False}
                  for k, v in it["slots"].items()]
        f["intents/%s.json" % it["name"]] = dump({"id": _uuid(c["id"], it["name"]), "name": it["name"], "auto": True,
                                                  "responses": [{"resetContexts": False, "parameters": params,
                                                                 "messages": [], "action": "", "affectedContexts": []}],
                                                  "webhookUsed": True, "fallbackIntent": False})
        us = []
        for smp in it["samples"]:
            data, rest = [], smp
            # split "{slot}" markers into entity-annotated parts
            while "{" in rest:
                pre, _, tail = rest.partition("{")
                name, _, rest = tail.partition("}")
                if pre:
                    data.append({"text": pre, "userDefined": False})
                ty = it["slots"].get(name, "@sys.any")
                data.append({"text": name, "alias": name, "meta": ty if ty.startswith("@") else "@" + ty, "userDefined": True})
            if rest:
                data.append({"text": rest, "userDefined": False})
            us.append({"id": _uuid(c["id"], smp), "data": data, "isTemplate": False, "count": 0})
        f["intents/%s_usersays_%s.json" % (it["name"], lang)] = dump(us)
    for n, vals in c["types"].items():
        f["entities/%s.json" % n] = dump({"id": _uuid(n), "name": n, "isOverridable": True, "isEnum": False})
        f["entities/%s_entries_%s.json" % (n, lang)] = dump([{"value": v, "synonyms": [v]} for v in vals])
    if c["code"]:
        f.update(c["code"])
    return f


# ---------------------------------------------------------------- alexa envelopes
def ssml(t):
    return {"type": "SSML", "ssml": t} if t.strip().startswith("<speak") else {"type": "PlainText", "text": t}


def alexa_response(t):
    r = {}
    if t["say"] is not None:
        r["outputSpeech"] = ssml(t["say"])
    if t["card"]:
        r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
    if t["perm"]:
        r["card"] = {"type": "AskForPermissionsConsent", "permissions": t["perm"]}
    if t["rp"] is not None:
        r["reprompt"] = {"outputSpeech": ssml(t["rp"])}
    if t["audio"]:
        r["directives"] = [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                            "audioItem": {"stream": {"url": t["audio"], "token": "t1", "offsetInMilliseconds": 0}}}]
    if t["end"] is not None:
        r["shouldEndSession"] = t["end"]
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}


_DAY = None  # recording date, taken from the recording's path (dated folders) or its release order


class Clock:
    def __init__(self, key, day="2025-03-1"):
        n = int(_h(key)[:6], 16)
        self.t = (n % 9) * 3600 + 8 * 3600 + (n % 60) * 60
        self.day = _DAY or "2025-%02d-%02d" % (1 + n % 12, 1 + n % 27)

    def tick(self, s=7):
        self.t += s
        return "%sT%02d:%02d:%02dZ" % (self.day, self.t // 3600 % 24, self.t // 60 % 60, self.t % 60)

    def ms(self):
        import calendar, datetime
        d = datetime.datetime.strptime(self.day, "%Y-%m-%d")
        return (calendar.timegm(d.timetuple()) + self.t) * 1000


def alexa_exchanges(c, sessions, key=""):
    """Yield (user_text, request_envelope, response_envelope, ts) for every turn."""
    app = "amzn1.ask.skill." + _uuid(c["id"], "app")
    user = "amzn1.ask.account." + _h(c["id"], "user").upper()[:40]
    dev = "amzn1.ask.device." + _h(c["id"], "dev").upper()[:40]
    clk = Clock(c["id"] + key)
    out = []
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + _uuid(c["id"], key, si)
        for ti, t in enumerate(sess):
            ts = clk.tick()
            req = {"type": t["i"] if t["i"] in ("LaunchRequest", "SessionEndedRequest") else "IntentRequest",
                   "requestId": "amzn1.echo-api.request." + _uuid(c["id"], key, si, ti),
                   "locale": c.get("rec_loc", c["loc"]), "timestamp": ts}
            if req["type"] == "IntentRequest":
                req["intent"] = {"name": t["i"], "confirmationStatus": "NONE",
                                 "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in t["s"].items()}}
            if req["type"] == "SessionEndedRequest":
                req["reason"] = "USER_INITIATED"
            env = {"version": "1.0",
                   "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                               "user": {"userId": user}, "attributes": {}},
                   "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                          "device": {"deviceId": dev, "supportedInterfaces": {}},
                                          "apiEndpoint": "https://api.eu.amazonalexa.com",
                                          "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
                   "request": req}
            out.append((t["u"], env, alexa_response(t), ts, t, clk.ms()))
    return out


# ---------------------------------------------------------------- google envelopes
def g_conv_pairs(c, sessions, key=""):
    out = []
    clk = Clock(c["id"] + key)
    for si, sess in enumerate(sessions):
        cid = _h(c["id"], key, si)[:20].upper()
        for ti, t in enumerate(sess):
            intent = "actions.intent.MAIN" if t["i"] == "MAIN" else t["i"]
            inp = {"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}
            if t["s"]:
                inp["arguments"] = [{"name": k, "rawText": v, "textValue": v} for k, v in t["s"].items()]
            req = {"user": {"locale": c["loc"], "userVerificationStatus": "VERIFIED", "lastSeen": clk.tick()},
                   "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE",
                                    **({"conversationToken": "[]"} if ti else {})},
                   "inputs": [inp],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
                   "isInSandbox": True, "requestType": "SIMULATOR"}
            expect = t["expect"] if t["expect"] is not None else not t["end"]
            items = [{"simpleResponse": {"textToSpeech": t["say"]}}]
            if t["card"]:
                items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
            if expect:
                resp = {"expectUserResponse": True,
                        "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": items},
                                                            "noInputPrompts": [{"textToSpeech": n} for n in (t["noinput"] or [])]},
                                            "possibleIntents": [{"intent": "actions.intent.TEXT"}]}],
                        "conversationToken": "[]"}
                if t["perm"]:
                    resp["expectedInputs"][0]["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                        "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                        "optContext": t["perm"][0], "permissions": t["perm"][1]}}]
            else:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
            out.append((t["u"], req, resp, req["user"]["lastSeen"], t))
    return out


def df_pairs(c, sessions, key=""):
    out = []
    clk = Clock(c["id"] + key)
    proj = c["id"][4:]
    for si, sess in enumerate(sessions):
        sid = "projects/%s/agent/sessions/%s" % (proj, _h(c["id"], key, si)[:36])
        for ti, t in enumerate(sess):
            name = "Default Welcome Intent" if t["i"] == "MAIN" else t["i"]
            req = {"responseId": _uuid(c["id"], key, si, ti) + "-" + _h(si, ti)[:8], "session": sid,
                   "queryResult": {"queryText": t["u"], "parameters": dict(t["s"]), "allRequiredParamsPresent": True,
                                   "intent": {"name": "projects/%s/agent/intents/%s" % (proj, _uuid(c["id"], t["i"])),
                                              "displayName": name},
                                   "intentDetectionConfidence": 0.93, "languageCode": c["loc"].lower()},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": {"locale": c["loc"], "lastSeen": clk.tick()},
                       "conversation": {"conversationId": _h(c["id"], key, si)[:20].upper(), "type": "NEW" if ti == 0 else "ACTIVE"},
                       "inputs": [{"intent": "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}],
                       "isInSandbox": True}}}
            expect = t["expect"] if t["expect"] is not None else not t["end"]
            items = [{"simpleResponse": {"textToSpeech": t["say"]}}]
            if t["card"]:
                items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
            g = {"expectUserResponse": expect, "richResponse": {"items": items}}
            if t["noinput"]:
                g["noInputPrompts"] = [{"textToSpeech": n} for n in t["noinput"]]
            if t["perm"]:
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                    "optContext": t["perm"][0], "permissions": t["perm"][1]}}
            resp = {"fulfillmentText": t["say"], "payload": {"google": g}}
            out.append((t["u"], req, resp, req["originalDetectIntentRequest"]["payload"]["user"]["lastSeen"], t))
    return out


def scene_pairs(c, sessions, key=""):
    out = []
    clk = Clock(c["id"] + key)
    for si, sess in enumerate(sessions):
        sid = "ABwppHG" + _h(c["id"], key, si)[:30]
        scene = "actions.scene.START_CONVERSATION"
        for ti, t in enumerate(sess):
            handler = "main" if t["i"] == "MAIN" else t["i"].lower()
            req = {"handler": {"name": handler},
                   "intent": {"name": "actions.intent.MAIN" if t["i"] == "MAIN" else t["i"],
                              "params": {k: {"original": v, "resolved": v} for k, v in t["s"].items()}, "query": t["u"]},
                   "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                   "user": {"locale": c["loc"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                            "verificationStatus": "VERIFIED", "lastSeenTime": clk.tick()},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
            resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["say"], "text": ""}}}
            if t["card"]:
                resp["prompt"]["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
            nxt = t["nxt"] or ("actions.scene.END_CONVERSATION" if t["end"] else None)
            if nxt:
                resp["scene"] = {"name": scene, "slots": {}, "next": {"name": nxt}}
                scene = nxt
            if t["noinput"]:
                resp.setdefault("scene", {"name": scene, "slots": {}})
                resp["prompt"]["lastSimple"] = {"speech": t["noinput"][0], "text": ""}
            out.append((t["u"], req, resp, req["user"]["lastSeenTime"], t))
    return out


def exchanges(c, sessions, key=""):
    p = c["platform"]
    if p == "alexa":
        return alexa_exchanges(c, sessions, key)
    return {"sdk2": g_conv_pairs, "dialogflow": df_pairs, "builder": scene_pairs}[p](c, sessions, key)


# ---------------------------------------------------------------- recording shapes
def sh_envelope(c, sessions, path, key):
    ex = alexa_exchanges(c, sessions, key)
    base, ext = os.path.splitext(path)
    return {"%s-%02d%s" % (base, n + 1, ext or ".json"): dump(e[2]) for n, e in enumerate(ex)}


def sh_pairs_jsonl(c, sessions, path, key):
    ex = alexa_exchanges(c, sessions, key)
    return {path: "".join(json.dumps({"request": e[1], "response": e[2]}, ensure_ascii=False) + "\n" for e in ex)}


def sh_pairs_array(c, sessions, path, key):
    return {path: dump([{"request": e[1], "response": e[2]} for e in alexa_exchanges(c, sessions, key)])}


def _sim(c, e, n, key):
    return {"id": _uuid(c["id"], key, "sim", n), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": e[4]["say"] if not e[4]["say"].startswith("<speak") else ""}}],
                                              "consideredIntents": [{"name": e[4]["i"], "confirmationStatus": "NONE", "slots": {}}]},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:" + c["id"][4:], "body": e[1]},
                                                               "invocationResponse": {"body": e[2]},
                                                               "metrics": {"skillExecutionTimeInMilliseconds": 180 + n * 13}}]},
                       "error": None}}


def sh_smapi_simulation(c, sessions, path, key):
    ex = alexa_exchanges(c, sessions, key)
    base, ext = os.path.splitext(path)
    return {"%s_%d%s" % (base, n + 1, ext or ".json"): dump(_sim(c, e, n, key)) for n, e in enumerate(ex)}


def sh_smapi_invocation(c, sessions, path, key):
    ex = alexa_exchanges(c, sessions, key)
    base, ext = os.path.splitext(path)
    return {"%s.%d%s" % (base, n + 1, ext or ".json"): dump({"id": _uuid(c["id"], "inv", n), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
        "invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:" + c["id"][4:], "body": e[1]},
        "invocationResponse": {"body": e[2]}, "metrics": {"skillExecutionTimeInMilliseconds": 211}}, "error": None}})
        for n, e in enumerate(ex)}


def sh_ask_dialog(c, sessions, path, key):
    ex = alexa_exchanges(c, sessions, key)
    d = os.path.dirname(path)
    replay = {"skillId": ex[0][1]["context"]["System"]["application"]["applicationId"], "locale": c["loc"],
              "type": "text", "userInput": [e[0] for e in ex]}
    rec = [{"utterance": e[0], "invocations": [{"invocationRequest": {"body": e[1]}, "invocationResponse": {"body": e[2]}}]} for e in ex]
    return {os.path.join(d, "replay.json"): dump(replay), path: dump(rec)}


def sh_cloudwatch_text(c, sessions, path, key):
    ex = alexa_exchanges(c, sessions, key)
    py = c.get("py_logs")
    lines = []
    for e in ex:
        rid = _uuid(c["id"], "lambda", e[3])
        ts = e[3].replace("Z", ".412Z")
        lines.append("%s START RequestId: %s Version: $LATEST" % (ts, rid))
        if py:
            lines.append("[INFO]\t%s\t%s\tRequest: %s" % (ts, rid, json.dumps(e[1], ensure_ascii=False)))
            lines.append("[INFO]\t%s\t%s\tResponse: %s" % (ts, rid, json.dumps(e[2], ensure_ascii=False)))
        else:
            lines.append("%s\t%s\tINFO\tRequest: %s" % (ts, rid, json.dumps(e[1], ensure_ascii=False)))
            lines.append("%s\t%s\tINFO\tResponse: %s" % (ts, rid, json.dumps(e[2], ensure_ascii=False)))
        lines.append("%s END RequestId: %s" % (ts, rid))
        lines.append("%s REPORT RequestId: %s\tDuration: 143.22 ms\tBilled Duration: 144 ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB" % (ts, rid))
    return {path: "\n".join(lines) + "\n"}


def sh_cloudwatch_json(c, sessions, path, key):
    ex = alexa_exchanges(c, sessions, key)
    ev = []
    for n, e in enumerate(ex):
        rid = _uuid(c["id"], "lambda", e[3])
        for k, body in (("Request", e[1]), ("Response", e[2])):
            ev.append({"logStreamName": "2025/03/01/[$LATEST]" + _h(c["id"])[:32], "timestamp": e[5] + (0 if k == "Request" else 140),
                       "message": "%s\t%s\tINFO\t%s: %s\n" % (e[3], rid, k, json.dumps(body, ensure_ascii=False)),
                       "ingestionTime": e[5] + 900, "eventId": str(37000000000000000000000000000000000000000000000000000000 + n * 2 + (k == "Response"))})
    return {path: dump({"events": ev, "searchedLogStreams": []})}


def _har_entries(c, ex, url):
    ents = []
    for e in ex:
        ents.append({"startedDateTime": e[3].replace("Z", ".120Z"), "time": 241,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                 "postData": {"mimeType": "application/json", "text": json.dumps(e[1], ensure_ascii=False)}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                  "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(e[2], ensure_ascii=False)},
                                  "redirectURL": "", "headersSize": -1, "bodySize": -1},
                     "cache": {}, "timings": {"send": 1, "wait": 238, "receive": 2}})
    return ents


def sh_har(c, sessions, path, key):
    ex = exchanges(c, sessions, key)
    url = "https://%s.skill-backend.invalid/%s" % (c["id"][4:], "alexa" if c["platform"] == "alexa" else "fulfillment")
    return {path: dump({"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "128.0"},
                                "pages": [], "entries": _har_entries(c, ex, url)}})}


def sh_google(c, sessions, path, key):
    ex = exchanges(c, sessions, key)
    if path.endswith(".jsonl"):
        return {path: "".join(json.dumps({"request": e[1], "response": e[2]}, ensure_ascii=False) + "\n" for e in ex)}
    if path.endswith("/"):
        return {"%s%02d-%s.json" % (path, n + 1, k): dump(e[1] if k == "req" else e[2]) for n, e in enumerate(ex) for k in ("req", "res")}
    return {path: dump([{"request": e[1], "response": e[2]} for e in ex])}


def _spoken(c, t):
    """(speech, reprompt/no-input, open?) platform independent."""
    if c["platform"] == "alexa":
        return t["say"], t["rp"], t["end"] is False or (t["end"] is None and t["rp"] is not None)
    ex = t["expect"] if t["expect"] is not None else not t["end"]
    return t["say"], (t["noinput"] or [None])[0], ex


def _flat(c, sessions, key):
    clk = Clock(c["id"] + key)
    out = []
    for si, sess in enumerate(sessions):
        for ti, t in enumerate(sess):
            out.append((si, ti, clk.tick(), t))
    return out


def sh_transcript(c, sessions, path, key):
    lines = ["# QA transcript %s (%s)" % (c["name"], c["loc"])]
    for si, ti, ts, t in _flat(c, sessions, key):
        if ti == 0:
            lines.append("--- session %d" % (si + 1))
        sp, rp, op = _spoken(c, t)
        lines.append("[%s] USER: %s" % (ts, t["u"]))
        lines.append("[%s] SKILL: %s" % (ts, sp))
        if rp is not None:
            lines.append("[%s] REPROMPT: %s" % (ts, rp))
        lines.append("[%s] session_open=%s" % (ts, str(op).lower()))
    return {path: "\n".join(lines) + "\n"}


# ---- new shapes -------------------------------------------------------------------------------
def sh_ivr_xml(c, sessions, path, key):
    """Contact-centre IVR transcript export (XML), one <Interaction> per session."""
    flat = _flat(c, sessions, key)
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<TranscriptExport xmlns="urn:contactcentre:transcripts:2" source="voice-assistant-channel" exportedAt="%s">' % flat[-1][2]]
    cur = None
    for si, ti, ts, t in flat:
        if si != cur:
            if cur is not None:
                x.append('  </Interaction>')
            cur = si
            x.append('  <Interaction id="IX-%s" channel="%s" locale="%s" application=%s>' % (
                _h(c["id"], key, si)[:10].upper(), "alexa" if c["platform"] == "alexa" else "google-assistant", c["loc"], quoteattr(c["name"])))
        sp, rp, op = _spoken(c, t)
        x.append('    <Turn seq="%d" party="caller" time="%s" intent=%s>%s</Turn>' % (2 * ti + 1, ts, quoteattr(t["i"]), escape(t["u"])))
        x.append('    <Turn seq="%d" party="system" time="%s" sessionState="%s">' % (2 * ti + 2, ts, "OPEN" if op else "CLOSED"))
        x.append('      <Prompt type="initial">%s</Prompt>' % escape(sp))
        if rp is not None:
            x.append('      <Prompt type="noinput">%s</Prompt>' % escape(rp))
        if t["card"]:
            x.append('      <Display title=%s>%s</Display>' % (quoteattr(t["card"][0]), escape(t["card"][1])))
        x.append('    </Turn>')
    x.append('  </Interaction>')
    x.append('</TranscriptExport>')
    return {path: "\n".join(x) + "\n"}


def sh_ivr_csv(c, sessions, path, key):
    """Contact-centre IVR transcript export (CSV)."""
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\n")
    w.writerow(["interaction_id", "seq", "timestamp", "party", "intent", "text", "noinput_prompt", "session_state", "display_text"])
    for si, ti, ts, t in _flat(c, sessions, key):
        sp, rp, op = _spoken(c, t)
        ix = "IX-" + _h(c["id"], key, si)[:10].upper()
        w.writerow([ix, 2 * ti + 1, ts, "CALLER", t["i"], t["u"], "", "", ""])
        w.writerow([ix, 2 * ti + 2, ts, "SYSTEM", "", sp, "" if rp is None else rp, "OPEN" if op else "CLOSED",
                    t["card"][1] if t["card"] else ""])
    return {path: b.getvalue()}


def _kv(v):
    s = str(v)
    if s == "" or any(ch in s for ch in ' "=\t') or s != s.strip():
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s


def sh_audit_kv(c, sessions, path, key):
    """Audit log of a certification test run: one key=value line per event."""
    run = "cert-" + _h(c["id"], key)[:8]
    flat = _flat(c, sessions, key)
    lines = ["ts=%s run=%s event=run_start skill=%s locale=%s suite=functional-cert" % (flat[0][2], run, _kv(c["name"]), c["loc"])]
    for si, ti, ts, t in flat:
        sp, rp, op = _spoken(c, t)
        sess = "s%02d" % (si + 1)
        lines.append("ts=%s run=%s session=%s step=%d event=utterance text=%s intent=%s" % (ts, run, sess, ti + 1, _kv(t["u"]), t["i"]))
        l = "ts=%s run=%s session=%s step=%d event=response speech=%s" % (ts, run, sess, ti + 1, _kv(sp))
        if rp is not None:
            l += " reprompt=%s" % _kv(rp)
        if t["card"]:
            l += " card_title=%s card_text=%s" % (_kv(t["card"][0]), _kv(t["card"][1]))
        if t["perm"]:
            l += " permissions=%s" % _kv(",".join(t["perm"] if c["platform"] == "alexa" else t["perm"][1]))
        l += " session_open=%s" % str(op).lower()
        lines.append(l)
    lines.append("ts=%s run=%s event=run_end result=completed" % (flat[-1][2], run))
    return {path: "\n".join(lines) + "\n"}


def sh_junit(c, sessions, path, key):
    """pytest --junitxml output; each test's captured stdout holds the request/response JSON."""
    ex = exchanges(c, sessions, key)
    x = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="%d" time="3.114" timestamp="%s" hostname="ci-runner-3">' % (len(ex), ex[0][3][:19])]
    for n, e in enumerate(ex):
        out = "REQUEST %s\nRESPONSE %s\n" % (json.dumps(e[1], ensure_ascii=False), json.dumps(e[2], ensure_ascii=False))
        x.append('<testcase classname="tests.test_dialog" name="test_turn_%02d[%s]" time="0.2%02d"><system-out>%s</system-out></testcase>'
                 % (n + 1, escape(e[0][:40]).replace('"', "'"), n, escape(out)))
    x.append('</testsuite></testsuites>')
    return {path: "\n".join(x) + "\n"}


def sh_notebook(c, sessions, path, key):
    """Jupyter notebook of a researcher replaying the skill; outputs hold the response JSON."""
    ex = exchanges(c, sessions, key)
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# Replay of %s (%s)\n" % (c["name"], c["loc"])]}]
    for n, e in enumerate(ex):
        cells.append({"cell_type": "code", "execution_count": n + 1, "metadata": {},
                      "source": ["req = load_fixture(%s)\n" % json.dumps(e[0], ensure_ascii=False), "resp = post(ENDPOINT, req)\n", "resp"],
                      "outputs": [{"output_type": "execute_result", "execution_count": n + 1, "metadata": {},
                                   "data": {"application/json": e[2], "text/plain": [json.dumps(e[2], ensure_ascii=False)]}}]})
        cells[-1]["source"].insert(0, "# request body:\n# " + json.dumps(e[1], ensure_ascii=False) + "\n")
    return {path: dump({"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                                    "language_info": {"name": "python", "version": "3.11.6"}},
                        "nbformat": 4, "nbformat_minor": 5})}


def sh_mitm(c, sessions, path, key):
    """mitmdump --flow-detail 3 text output of POSTs to the skill endpoint."""
    ex = exchanges(c, sessions, key)
    host = "%s.skill-backend.invalid" % c["id"][4:]
    lines = []
    for e in ex:
        rq, rs = json.dumps(e[1], ensure_ascii=False, indent=4), json.dumps(e[2], ensure_ascii=False, indent=4)
        lines.append("10.0.4.17:52814: POST https://%s/webhook HTTP/2.0" % host)
        lines.append("    content-type: application/json")
        lines.append("    signaturecertchainurl: https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem" if c["platform"] == "alexa" else "    google-assistant-signature: eyJhbGciOiJSUzI1NiJ9.REDACTED")
        lines.append("")
        lines += ["    " + l for l in rq.splitlines()]
        lines.append("")
        lines.append(" << HTTP/2.0 200 OK %db" % len(rs))
        lines.append("    content-type: application/json; charset=utf-8")
        lines.append("")
        lines += ["    " + l for l in rs.splitlines()]
        lines.append("")
    return {path: "\n".join(lines) + "\n"}


SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array,
          "smapi-simulation": sh_smapi_simulation, "smapi-invocation": sh_smapi_invocation,
          "ask-dialog": sh_ask_dialog, "cloudwatch-text": sh_cloudwatch_text, "cloudwatch-json": sh_cloudwatch_json,
          "har": sh_har, "transcript": sh_transcript,
          "gactions-conversation": sh_google, "dialogflow-webhook": sh_google, "gactions-scene": sh_google,
          "ivr-xml": sh_ivr_xml, "ivr-csv": sh_ivr_csv, "audit-kv": sh_audit_kv, "junit-xml": sh_junit,
          "notebook": sh_notebook, "mitm-dump": sh_mitm}


def render(c, root):
    files = {"alexa": alexa_package, "builder": builder_package, "sdk2": sdk2_package,
             "dialogflow": dialogflow_package}[c["platform"]](c)
    global _DAY
    for n, (shape, path, sessions) in enumerate(c["recs"]):
        m = re.search(r"(20\d\d)-(\d\d)(?:-(\d\d))?", path)
        if m:
            _DAY = "%s-%s-%s" % (m.group(1), m.group(2), m.group(3) or "12")
        elif len(c["recs"]) > 1:
            _DAY = "2024-%02d-05" % (4 + 6 * n) if n < 2 else "2025-%02d-05" % (n * 2)
        else:
            _DAY = None
        files.update(SHAPES[shape](c, sessions, path, "r%d" % n))
    for p, txt in files.items():
        full = os.path.join(root, c["id"], p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(txt)
