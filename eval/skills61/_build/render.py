"""Render hand-written case descriptions (see cases_*.py) into project folders and recordings."""
import base64, csv, hashlib, io, json, os, uuid
import yaml

OUT = None  # set by gen.py


def uid(*seed):
    return str(uuid.UUID(hashlib.md5("|".join(map(str, seed)).encode()).hexdigest()))


def hx(*seed, n=40):
    return hashlib.sha1("|".join(map(str, seed)).encode()).hexdigest().upper()[:n]


def write(path, data, mode="text"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if not isinstance(data, str):
        data = json.dumps(data, ensure_ascii=False, indent=2)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(data)


def ssml(t):
    if t is None:
        return None
    return t if t.lstrip().startswith("<speak>") else "<speak>" + t + "</speak>"


# ---------------------------------------------------------------- Alexa package
BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def alexa_package(root, c):
    locs = {}
    for loc, m in c["models"].items():
        pub = {"summary": c.get("summary", c["desc"])[:160], "name": c.get("names", {}).get(loc, c["name"]),
               "description": c["desc"],
               "examplePhrases": c.get("examples", {}).get(loc) or ["Alexa, open " + m["inv"]],
               "keywords": c.get("keywords", []),
               "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON?versionId=small" % hx(c["id"], n=4).lower(),
               "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON_LARGE?versionId=large" % hx(c["id"], n=4).lower()}
        locs[loc] = pub
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("usesPersonalInfo", c.get("perms"))),
          "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if c.get("privacy"):
        pc["locales"] = {loc: {"privacyPolicyUrl": c["privacy"], "termsOfUseUrl": c["privacy"].rsplit("/", 1)[0] + "/terms"} for loc in c["models"]}
    man = {"publishingInformation": {"locales": locs, "isAvailableWorldwide": False,
                                     "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                     "category": c.get("category", "GAMES"), "distributionCountries": c.get("countries", [])},
           "apis": {"custom": {"endpoint": {"uri": arn(c)}, "interfaces": c.get("interfaces", [])}},
           "manifestVersion": "1.0", "privacyAndCompliance": pc}
    if c.get("perms"):
        man["permissions"] = [{"name": p} for p in c["perms"]]
    write(os.path.join(root, "skill-package", "skill.json"), {"manifest": man})
    for loc, m in c["models"].items():
        intents = []
        for name, spec in m["intents"].items():
            it = {"name": name, "samples": spec.get("samples", [])}
            if spec.get("slots"):
                it["slots"] = [{"name": k, "type": v} for k, v in spec["slots"].items()]
            intents.append(it)
        for b in BUILTIN:
            if b not in m["intents"]:
                intents.append({"name": b, "samples": []})
        types = [{"name": tn, "values": [{"name": {"value": v}} for v in vals]} for tn, vals in m.get("types", {}).items()]
        lm = {"invocationName": m["inv"], "intents": intents, "types": types}
        write(os.path.join(root, "skill-package", "interactionModels", "custom", loc + ".json"),
              {"interactionModel": {"languageModel": lm}, "version": "1"})
    if c.get("code"):
        fn, src = c["code"]
        write(os.path.join(root, fn), src)
    write(os.path.join(root, "ask-resources.json"),
          {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
           "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
           "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})


def arn(c):
    return "arn:aws:lambda:eu-west-1:%s:function:%s" % (str(int(hx(c["id"], n=8), 16))[:12].rjust(12, "4"), c["id"].split("-", 1)[1])


def skill_id(c):
    return "amzn1.ask.skill." + uid("skill", c["id"])


# ---------------------------------------------------------------- Google projects
def ydump(path, obj):
    write(path, yaml.safe_dump(obj, allow_unicode=True, sort_keys=False))


def google_builder(root, c):
    g = c["google"]
    loc = c["locale"]
    lang = loc.split("-")[0]
    s = {"defaultLocale": lang, "projectId": c["id"].split("-", 1)[1], "category": g.get("category", "GAMES_AND_TRIVIA"),
         "localizedSettings": {"displayName": c["name"], "pronunciation": g["inv"], "shortDescription": c["desc"][:80],
                               "fullDescription": c["desc"], "developerName": g.get("dev", "Hollow Pine Labs"),
                               "developerEmail": g.get("email", "dev@hollowpine.example"),
                               "sampleInvocations": ["Talk to " + g["inv"]]}}
    if c.get("privacy"):
        s["localizedSettings"]["privacyPolicyUrl"] = c["privacy"]
    if g.get("usesAccountLinking"):
        s["accountLinking"] = {"enableAccountCreation": True, "linkingType": "GOOGLE_SIGN_IN"}
    ydump(os.path.join(root, "sdk", "settings", "settings.yaml"), s)
    ydump(os.path.join(root, "sdk", "manifest.yaml"), {"version": "1.0"})
    ydump(os.path.join(root, "sdk", "actions", "actions.yaml"), {"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "main"}}}})
    ydump(os.path.join(root, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"),
          {"handlers": [{"name": h} for h in g.get("handlers", ["main"])], "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}})
    for name, it in g["intents"].items():
        d = {"trainingPhrases": it["phrases"]}
        if it.get("params"):
            d["parameters"] = [{"name": k, "type": {"name": v}} for k, v in it["params"].items()]
        ydump(os.path.join(root, "sdk", "custom", "intents", name + ".yaml"), d)
    for name, vals in g.get("types", {}).items():
        if vals == "FREE":
            d = {"freeText": {}}
        else:
            d = {"synonym": {"entities": {v: {"synonyms": [v]} for v in vals}, "matchType": "EXACT_MATCH"}}
        ydump(os.path.join(root, "sdk", "custom", "types", name + ".yaml"), d)
    for name, sc in g["scenes"].items():
        ydump(os.path.join(root, "sdk", "custom", "scenes", name + ".yaml"), sc)
    ydump(os.path.join(root, "sdk", "custom", "global", "actions.intent.MAIN.yaml"),
          {"handler": {"webhookHandler": "main"}, "transitionToScene": g.get("start", list(g["scenes"])[0])})
    if g.get("permissions"):
        pass


def google_sdkv2(root, c):
    g = c["google"]
    man = {"displayName": c["name"], "invocationName": g["inv"], "category": g.get("category", "GAMES_AND_TRIVIA"),
           "shortDescription": c["desc"][:80], "longDescription": c["desc"], "enabledRegions": g.get("regions", [])}
    if c.get("privacy"):
        man["privacyUrl"] = c["privacy"]
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["id"]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": g.get("main", [])}}}]
    for name, it in g["intents"].items():
        a = {"description": it.get("desc", name), "name": name, "fulfillment": {"conversationName": c["id"]},
             "intent": {"name": name, "trigger": {"queryPatterns": it["phrases"]}}}
        if it.get("params"):
            a["intent"]["parameters"] = [{"name": k, "type": v} for k, v in it["params"].items()]
        acts.append(a)
    pkg = {"manifest": man, "actions": acts, "locale": c["locale"],
           "conversations": {c["id"]: {"name": c["id"], "url": "https://europe-west1-%s.cloudfunctions.net/fulfillment" % c["id"].split("-", 1)[1],
                                        "fulfillmentApiVersion": 2}}}
    if g.get("types"):
        pkg["types"] = [{"name": "$" + n, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for n, vals in g["types"].items()]
    write(os.path.join(root, "action.json"), pkg)


def google_dialogflow(root, c):
    g = c["google"]
    lang = c["locale"].split("-")[0] if c["locale"] not in ("pt-BR", "zh-TW") else c["locale"].lower()
    agent = {"description": c["desc"], "language": lang, "shortDescription": c["name"], "disableInteractionLogs": False,
             "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"].split("-", 1)[1], "welcomeIntentSignInRequired": False,
                                 "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                 "voiceType": "MALE_1", "capabilities": [], "protocolVersion": "V2", "isDeviceAgent": False},
             "defaultTimezone": g.get("tz", "Europe/Madrid"), "webhook": {"url": "https://%s.example.net/df" % c["id"].split("-", 1)[1], "available": True},
             "isPrivate": True, "enableOnePlatformResponses": True}
    if c.get("privacy"):
        agent["googleAssistant"]["privacyPolicyUrl"] = c["privacy"]
    write(os.path.join(root, "agent.json"), agent)
    write(os.path.join(root, "package.json"), {"version": "1.0.0"})
    for name, it in g["intents"].items():
        d = {"id": uid(c["id"], name), "name": name, "auto": True, "contexts": [],
             "responses": [{"resetContexts": False, "action": it.get("action", ""), "affectedContexts": [],
                            "parameters": [{"name": k, "dataType": v, "value": "$" + k, "isList": False} for k, v in it.get("params", {}).items()],
                            "messages": [{"type": "0", "lang": lang, "condition": "", "speech": it.get("speech", [])}],
                            "speech": []}],
             "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": it.get("fallback", False),
             "events": [{"name": e} for e in it.get("events", [])]}
        write(os.path.join(root, "intents", name + ".json"), d)
        says = []
        for ph in it.get("phrases", []):
            parts = []
            for seg in ph:
                if isinstance(seg, str):
                    parts.append({"text": seg, "userDefined": False})
                else:
                    parts.append({"text": seg[0], "alias": seg[1], "meta": seg[2], "userDefined": True})
            says.append({"id": uid(c["id"], name, str(ph)), "data": parts, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if says:
            write(os.path.join(root, "intents", name + "_usersays_" + lang + ".json"), says)
    for name, vals in g.get("types", {}).items():
        write(os.path.join(root, "entities", name + ".json"), {"id": uid(c["id"], name), "name": name, "isOverridable": True, "isEnum": False,
                                                                "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        write(os.path.join(root, "entities", name + "_entries_" + lang + ".json"), [{"value": v, "synonyms": [v]} for v in vals])


# ---------------------------------------------------------------- sessions
# a session is a list of turns: dict(u=utterance, i=intent, s=slots, say=speech, rp=reprompt, end=bool|None,
#   card=(title, text), launch=True, ts="...", dir=directives)

def sessions_iter(c, sessions, tag=""):
    """yield (sess_index, turn_index, sessionId, new, turn, ts)"""
    base = c.get("t0", "2025-03-04T18:00:00")
    import datetime
    t = datetime.datetime.fromisoformat(base)
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(c["id"], tag, si)
        for ti, turn in enumerate(sess):
            t += datetime.timedelta(seconds=ti * 9 + 7 + si * 300)
            ts = turn.get("ts") or t.strftime("%Y-%m-%dT%H:%M:%SZ")
            yield si, ti, sid, ti == 0, turn, ts


def alexa_request(c, sid, new, turn, ts, loc=None, k=0):
    loc = loc or c["locale"]
    app = {"applicationId": skill_id(c)}
    user = {"userId": "amzn1.ask.account." + hx(c["id"], "user", n=40)}
    if turn.get("launch"):
        rq = {"type": "LaunchRequest"}
    elif turn.get("i") == "SessionEndedRequest":
        rq = {"type": "SessionEndedRequest", "reason": turn.get("reason", "USER_INITIATED")}
    else:
        rq = {"type": "IntentRequest", "dialogState": "COMPLETED" if turn.get("s") else None,
              "intent": {"name": turn.get("i", "AMAZON.FallbackIntent"), "confirmationStatus": "NONE",
                         "slots": {k2: {"name": k2, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k2, v in (turn.get("s") or {}).items()}}}
        if rq["dialogState"] is None:
            del rq["dialogState"]
    rq.update({"requestId": "amzn1.echo-api.request." + uid(c["id"], sid, ts, k), "locale": loc, "timestamp": ts})
    if rq["type"] == "LaunchRequest":
        rq["shouldLinkResultBeReturned"] = False
    sess = {"new": new, "sessionId": sid, "application": app, "user": user}
    if not new:
        sess["attributes"] = turn.get("attrs", {})
    dev = {"deviceId": "amzn1.ask.device." + hx(c["id"], "dev", n=40),
           "supportedInterfaces": {"Display": {}} if turn.get("card") else {}}
    return {"version": "1.0", "session": sess,
            "context": {"System": {"application": app, "user": user, "device": dev, "apiEndpoint": "https://api.eu.amazonalexa.com",
                                   "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"},
                        "Viewport": {"experiences": [{"canRotate": False, "canResize": False}], "shape": "RECTANGLE",
                                     "pixelWidth": 1280, "pixelHeight": 800, "dpi": 160} if turn.get("card") else None} if True else {},
            "request": rq}


def clean_ctx(req):
    if req["context"].get("Viewport") is None:
        req["context"].pop("Viewport", None)
    return req


def alexa_response(c, turn):
    r = {}
    if turn.get("say") is not None:
        r["outputSpeech"] = {"type": "SSML", "ssml": ssml(turn["say"])}
    if turn.get("rp") is not None:
        r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(turn["rp"])}}
    if turn.get("card"):
        r["card"] = {"type": "Simple", "title": turn["card"][0], "content": turn["card"][1]}
    if turn.get("rawcard"):
        r["card"] = turn["rawcard"]
    if turn.get("dir"):
        r["directives"] = turn["dir"]
    if turn.get("end") is not None:
        r["shouldEndSession"] = turn["end"]
    env = {"version": "1.0", "sessionAttributes": turn.get("attrs_out", {}), "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.19.0"), "response": r}
    return env


def pairs(c, sessions, tag=""):
    out = []
    for k, (si, ti, sid, new, turn, ts) in enumerate(sessions_iter(c, sessions, tag)):
        if turn.get("i") == "SessionEndedRequest":
            out.append((turn, clean_ctx(alexa_request(c, sid, new, turn, ts, k=k)), {"version": "1.0", "response": {}}, ts))
            continue
        out.append((turn, clean_ctx(alexa_request(c, sid, new, turn, ts, k=k)), alexa_response(c, turn), ts))
    return out


OPEN = {"de": "öffne {}", "es": "abre {}", "fr": "ouvre {}", "it": "apri {}", "ja": "{}を開いて", "pt": "abrir {}", "en": "open {}"}
GOPEN = {"de": "mit {} sprechen", "es": "hablar con {}", "fr": "parler avec {}", "it": "parla con {}", "ja": "{}につないで", "pt": "falar com {}", "en": "talk to {}"}


def utter_of(c, turn, inv, loc=None):
    if turn.get("u"):
        return turn["u"]
    if turn.get("launch"):
        lang = (loc or c["locale"])[:2]
        table = OPEN if c.get("platform", "alexa") == "alexa" else GOPEN
        return table.get(lang, "open {}").format(inv)
    return turn.get("i", "")


# ---------------------------------------------------------------- recording shapes (Alexa)
def rec(root, c, spec):
    shape, path, sessions = spec[0], spec[1], spec[2]
    opt = spec[3] if len(spec) > 3 else {}
    tag = path
    full = os.path.join(root, path)
    inv = c["inv"]
    P = lambda: pairs(c, sessions, tag)
    if shape == "envelope":
        for n, (turn, rq, rs, ts) in enumerate(P(), 1):
            name = opt.get("pattern", "response-{n:02d}.json").format(n=n, intent=(turn.get("i") or "Launch").replace("AMAZON.", ""))
            write(os.path.join(full, name), rs)
    elif shape == "pairs-jsonl":
        write(full, "".join(json.dumps({"request": rq, "response": rs}, ensure_ascii=False) + "\n" for _, rq, rs, _ in P()))
    elif shape == "pairs-array":
        write(full, [{"request": rq, "response": rs} for _, rq, rs, _ in P()])
    elif shape == "smapi-simulation":
        items = []
        for n, (turn, rq, rs, ts) in enumerate(P(), 1):
            sim = {"id": uid("sim", c["id"], path, n), "status": "SUCCESSFUL",
                   "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": strip(turn.get("say") or "")}}],
                                                      "consideredIntents": [{"name": turn.get("i", "LaunchRequest"), "confirmationStatus": "NONE", "slots": {}}]},
                              "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": arn(c), "body": rq},
                                                                      "invocationResponse": {"body": rs},
                                                                      "metrics": {"skillExecutionTimeInMilliseconds": 180 + n * 13}}]},
                              "error": None}}
            if opt.get("single"):
                items.append(sim)
            else:
                write(os.path.join(full, opt.get("pattern", "simulation-{n:02d}.json").format(n=n)), sim)
        if opt.get("single"):
            write(os.path.join(full, opt["single"]), items)
    elif shape == "smapi-invocation":
        for n, (turn, rq, rs, ts) in enumerate(P(), 1):
            write(os.path.join(full, opt.get("pattern", "invoke-{n:02d}.json").format(n=n)),
                  {"id": uid("inv", c["id"], n), "status": "SUCCESSFUL",
                   "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": arn(c), "body": rq},
                                                     "invocationResponse": {"body": rs},
                                                     "metrics": {"skillExecutionTimeInMilliseconds": 211 + n}}, "error": None}})
    elif shape == "ask-dialog":
        pr = P()
        write(os.path.join(full, "dialog-replay.json"), {"skillId": skill_id(c), "locale": c["locale"], "type": "text",
                                                         "userInput": [utter_of(c, t, inv) for t, _, _, _ in pr]})
        if opt.get("text"):
            lines = []
            for t, rq, rs, ts in pr:
                lines.append("User  > " + utter_of(c, t, inv))
                sp = strip((rs.get("response", {}).get("outputSpeech") or {}).get("ssml", ""))
                lines.append("Alexa > " + sp)
            write(os.path.join(full, "dialog-output.txt"), "\n".join(lines) + "\n")
        else:
            write(os.path.join(full, "dialog-output.json"),
                  [{"utterance": utter_of(c, t, inv), "invocations": [{"invocationRequest": {"endpoint": arn(c), "body": rq},
                                                                       "invocationResponse": {"body": rs}}]} for t, rq, rs, ts in pr])
    elif shape == "cloudwatch-text":
        lines = []
        py = opt.get("python")
        kw = opt.get("kw", ("Request: ", "Response: "))
        for n, (t, rq, rs, ts) in enumerate(P(), 1):
            rid = uid("lambda", c["id"], path, n)
            tsm = ts.replace("Z", ".%03dZ" % (n * 37 % 1000))
            lines.append("%s START RequestId: %s Version: $LATEST" % (tsm, rid))
            if py:
                lines.append("[INFO]\t%s\t%s\t%s%s" % (tsm, rid, kw[0], json.dumps(rq, ensure_ascii=False)))
                lines.append("[INFO]\t%s\t%s\t%s%s" % (tsm, rid, kw[1], json.dumps(rs, ensure_ascii=False)))
            else:
                lines.append("%s\t%s\tINFO\t%s%s" % (tsm, rid, kw[0], json.dumps(rq, ensure_ascii=False)))
                lines.append("%s\t%s\tINFO\t%s%s" % (tsm, rid, kw[1], json.dumps(rs, ensure_ascii=False)))
            lines.append("%s END RequestId: %s" % (tsm, rid))
            lines.append("%s REPORT RequestId: %s\tDuration: %d.41 ms\tBilled Duration: %d ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB" % (tsm, rid, 40 + n, 41 + n))
        write(full, "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for n, (t, rq, rs, ts) in enumerate(P(), 1):
            rid = uid("lambda", c["id"], path, n)
            ms = 1741111200000 + n * 9000
            for k, (w, obj) in enumerate((("Request: ", rq), ("Response: ", rs))):
                ev.append({"logStreamName": "2025/03/04/[$LATEST]" + hx(c["id"], n=32).lower(), "timestamp": ms + k,
                           "message": "%s\t%s\tINFO\t%s%s\n" % (ts, rid, w, json.dumps(obj, ensure_ascii=False)),
                           "ingestionTime": ms + 400, "eventId": str(37000000000000000000000000000000000000000000000000000000 + n * 10 + k)})
        write(full, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        url = opt.get("url", "https://%s.ngrok-free.app/alexa" % c["id"].split("-", 1)[1])
        for n, (t, rq, rs, ts) in enumerate(P(), 1):
            body = json.dumps(rq, ensure_ascii=False)
            rtext = json.dumps(rs, ensure_ascii=False)
            ents.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 143 + n,
                         "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                 {"name": "Signature-256", "value": "REDACTED"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body.encode()),
                                     "postData": {"mimeType": "application/json", "text": body}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                      "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                      "content": {"size": len(rtext.encode()), "mimeType": "application/json", "text": rtext},
                                      "redirectURL": "", "headersSize": -1, "bodySize": len(rtext.encode())},
                         "cache": {}, "timings": {"send": 1, "wait": 130 + n, "receive": 2}})
        write(full, {"log": {"version": "1.2", "creator": {"name": opt.get("creator", "mitmproxy har_dump"), "version": "10.2.2"}, "entries": ents}})
    elif shape == "transcript":
        lines = ["# QA transcript - %s (%s)" % (c["name"], c["locale"])]
        for si, ti, sid, new, t, ts in sessions_iter(c, sessions, tag):
            if new:
                lines.append("--- session %s" % sid[-12:])
            lines.append("[%s] USER: %s" % (ts, utter_of(c, t, inv)))
            if t.get("say") is not None:
                lines.append("[%s] SKILL: %s" % (ts, t["say"]))
            if t.get("rp") is not None:
                lines.append("[%s] SKILL(reprompt): %s" % (ts, t["rp"]))
            lines.append("[%s] session_open=%s" % (ts, "false" if t.get("end") in (True,) else "true"))
        write(full, "\n".join(lines) + "\n")
    # ---- new shapes
    elif shape == "l10n-sheet":
        sep = "\t" if path.endswith(".tsv") else ","
        cols = opt["cols"]  # list of locales; sessions given per locale in opt["by_loc"] or same sessions
        byl = opt.get("by_loc", {cols[0]: sessions})
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=sep, lineterminator="\n")
        w.writerow(["test_id", "step", "speaker", "field"] + cols + ["session_state", "tester_note"])
        ref = byl[cols[0]]
        notes = opt.get("notes", {})
        for si, sess in enumerate(ref):
            for ti, t in enumerate(sess):
                key = "TC%02d" % (si + 1)
                def cell(f):
                    row = []
                    for l in cols:
                        tt = byl.get(l, ref)[si][ti]
                        if f == "utterance":
                            row.append(utter_of(c, tt, c.get("invs", {}).get(l, inv), l))
                        elif f == "speech":
                            row.append(tt.get("say") or "")
                        else:
                            row.append(tt.get("rp") if tt.get("rp") is not None else "")
                    return row
                st = "END" if t.get("end") is True else ("OPEN" if t.get("end") is False or t.get("rp") is not None else "DEFAULT")
                w.writerow([key, ti + 1, "user", "utterance"] + cell("utterance") + ["", notes.get((si, ti), "")])
                w.writerow([key, ti + 1, "skill", "speech"] + cell("speech") + [st, ""])
                if any(byl.get(l, ref)[si][ti].get("rp") is not None for l in cols):
                    w.writerow([key, ti + 1, "skill", "reprompt"] + cell("reprompt") + [st, ""])
        write(full, buf.getvalue())
    elif shape == "caption-vtt":
        lines = ["WEBVTT", "Kind: captions", "Language: " + c["locale"], "", "NOTE recorded on Echo Show 8 with Captions enabled; [mic] lines come from the light-bar tracker", ""]
        sec = 1.0
        def tc(x):
            return "%02d:%02d:%06.3f" % (x // 3600, (x % 3600) // 60, x % 60)
        k = 1
        for si, ti, sid, new, t, ts in sessions_iter(c, sessions, tag):
            lines += [str(k), "%s --> %s" % (tc(sec), tc(sec + 2.5)), "<v User>" + utter_of(c, t, inv), ""]
            k += 1; sec += 3
            if t.get("say") is not None:
                lines += [str(k), "%s --> %s" % (tc(sec), tc(sec + 4)), "<v Alexa>" + strip(t["say"]), ""]
                k += 1; sec += 4.5
            if t.get("rp") is not None:
                sp = strip(t["rp"])
                lines += ["NOTE reprompt (ssml): " + t["rp"], ""]
                lines += [str(k), "%s --> %s" % (tc(sec + 6), tc(sec + 8)), "<v Alexa>" + (sp if sp.strip() else "[no audible speech]"), ""]
                k += 1; sec += 9
            mic = "closed" if t.get("end") is True else "open"
            lines += ["NOTE [mic] %s after turn %d (shouldEndSession=%s)" % (mic, ti + 1, json.dumps(t.get("end"))), ""]
        write(full, "\n".join(lines))
    elif shape == "screenreader-log":
        lines = []
        import datetime
        for si, ti, sid, new, t, ts in sessions_iter(c, sessions, tag):
            d = datetime.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ")
            f = lambda off: (d + datetime.timedelta(milliseconds=off)).strftime("%m-%d %H:%M:%S.%f")[:-3]
            tag2 = opt.get("reader", "TalkBack")
            lines.append("%s  2211  2211 I AlexaApp: ASR final=\"%s\" session=%s" % (f(0), utter_of(c, t, inv), sid[-36:]))
            if t.get("say") is not None:
                lines.append("%s  1874  1874 I %s: Speaking \"%s\"" % (f(650), tag2, strip(t["say"])))
            if t.get("card"):
                lines.append("%s  1874  1874 I %s: Focused card \"%s. %s\"" % (f(900), tag2, t["card"][0], t["card"][1]))
            if t.get("rp") is not None:
                lines.append("%s  2211  2230 D AlexaApp: reprompt ssml=%s" % (f(1200), json.dumps(t["rp"], ensure_ascii=False)))
                sp = strip(t["rp"])
                lines.append("%s  1874  1874 I %s: %s" % (f(8200), tag2, ("Speaking \"%s\"" % sp) if sp.strip() else "nothing to speak (empty utterance)"))
            st = "IDLE" if t.get("end") is True else "LISTENING"
            lines.append("%s  2211  2230 D AlexaMic: state=%s shouldEndSession=%s" % (f(8400), st, json.dumps(t.get("end"))))
        write(full, "\n".join(lines) + "\n")
    elif shape == "junit-xml":
        from xml.sax.saxutils import escape
        pr = P()
        cases = []
        for n, (t, rq, rs, ts) in enumerate(pr, 1):
            out = "REQUEST " + json.dumps(rq, ensure_ascii=False) + "\nRESPONSE " + json.dumps(rs, ensure_ascii=False)
            cases.append('    <testcase classname="%s" name="%s" time="0.%03d">\n      <system-out>%s</system-out>\n    </testcase>'
                         % (escape(c["id"]), escape("turn %d: %s" % (n, utter_of(c, t, inv))), 100 + n, escape(out)))
        xml = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="%s" tests="%d">\n  <testsuite name="%s" tests="%d" failures="0" timestamp="%s">\n%s\n  </testsuite>\n</testsuites>\n' % (
            escape(opt.get("suite", "jest tests")), len(pr), escape(opt.get("file", "test/handlers.test.js")), len(pr), pr[0][3], "\n".join(cases))
        write(full, xml)
    elif shape == "notebook-ipynb":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# %s\n" % opt.get("title", "Skill probing notes"), opt.get("intro", "")]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                  "source": ["import json, requests\n", "ENDPOINT = '%s'\n" % opt.get("url", "http://localhost:3000/"),
                             "def send(env):\n", "    r = requests.post(ENDPOINT, json=env)\n", "    print(json.dumps(r.json(), ensure_ascii=False, indent=1))\n"]}]
        for n, (t, rq, rs, ts) in enumerate(P(), 2):
            cells.append({"cell_type": "code", "execution_count": n, "metadata": {},
                          "source": ["# user: %s\n" % utter_of(c, t, inv), "env = %s\n" % json.dumps(rq, ensure_ascii=False), "send(env)\n"],
                          "outputs": [{"name": "stdout", "output_type": "stream", "text": json.dumps(rs, ensure_ascii=False, indent=1).splitlines(True)}]})
        write(full, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                                   "language_info": {"name": "python", "version": "3.11.7"}}, "nbformat": 4, "nbformat_minor": 5})
    # ---- Google shapes
    elif shape in ("gactions-conversation", "dialogflow-webhook", "gactions-scene"):
        google_rec(root, c, shape, full, sessions, opt)
    else:
        raise ValueError(shape)


def strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "")


def google_rec(root, c, shape, full, sessions, opt):
    out = []
    for si, ti, sid, new, t, ts in sessions_iter(c, sessions, full):
        conv = "ABwppHG" + hx(c["id"], si, n=20)
        expect = not t.get("end")
        if shape == "gactions-conversation":
            inp = {"intent": "actions.intent.MAIN" if t.get("launch") else ("actions.intent.TEXT" if not t.get("i") else t["i"]),
                   "rawInputs": [{"inputType": "VOICE", "query": utter_of(c, t, c["inv"])}],
                   "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in (t.get("s") or {}).items()]}
            req = {"user": {"locale": c["locale"], "lastSeen": ts, "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": conv, "type": "NEW" if new else "ACTIVE", "conversationToken": "[]"},
                   "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
            items = [{"simpleResponse": {"textToSpeech": ssml(t["say"]) if "<" in (t.get("say") or "") else t.get("say", ""),
                                         "displayText": t.get("display", strip(t.get("say") or ""))}}]
            resp = {"expectUserResponse": expect}
            if expect:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                if t.get("rp") is not None:
                    ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": ssml(t["rp"]) if "<" in t["rp"] else t["rp"]}] * 3
                if t.get("perm"):
                    ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                        "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}]
                resp["expectedInputs"] = [ei]
            else:
                resp["finalResponse"] = {"richResponse": {"items": items}}
            out.append({"request": req, "response": resp})
        elif shape == "dialogflow-webhook":
            lang = c["locale"]
            req = {"responseId": uid("df", c["id"], si, ti), "session": "projects/%s/agent/sessions/%s" % (c["id"].split("-", 1)[1], conv),
                   "queryResult": {"queryText": utter_of(c, t, c["inv"]), "parameters": t.get("s") or {}, "allRequiredParamsPresent": True,
                                   "intent": {"name": "projects/%s/agent/intents/%s" % (c["id"].split("-", 1)[1], uid(c["id"], t.get("i", "Default Welcome Intent"))),
                                              "displayName": t.get("i", "Default Welcome Intent")}, "intentDetectionConfidence": 0.87, "languageCode": lang},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": {"locale": lang, "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": conv, "type": "NEW" if new else "ACTIVE"},
                       "inputs": [{"intent": "actions.intent.MAIN" if t.get("launch") else "actions.intent.TEXT",
                                   "rawInputs": [{"inputType": "VOICE", "query": utter_of(c, t, c["inv"])}]}],
                       "surface": {"capabilities": [{"name": "actions.capability.SCREEN_OUTPUT"}, {"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
            g = {"expectUserResponse": expect, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.get("say", "")}}]}}
            if t.get("card"):
                g["richResponse"]["items"].append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
            if t.get("rp") is not None:
                g["noInputPrompts"] = [{"textToSpeech": t["rp"]}]
            if t.get("perm"):
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                                  "optContext": t["perm"][0], "permissions": t["perm"][1]}}
            resp = {"fulfillmentText": strip(t.get("say", "")), "payload": {"google": g}}
            out.append({"request": req, "response": resp})
        else:
            req = {"handler": {"name": t.get("handler", "main")}, "intent": {"name": "actions.intent.MAIN" if t.get("launch") else t.get("i", "actions.intent.NO_MATCH"),
                                                                              "params": {k: {"original": v, "resolved": v} for k, v in (t.get("s") or {}).items()},
                                                                              "query": utter_of(c, t, c["inv"])},
                   "scene": {"name": t.get("scene", "actions.scene.START_CONVERSATION"), "slotFillingStatus": "UNSPECIFIED", "slots": {}, "next": {"name": ""}},
                   "session": {"id": conv, "params": {}, "typeOverrides": [], "languageCode": c["locale"]},
                   "user": {"locale": c["locale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                            "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiaMig": {}, "lastSeenTime": ts},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
            resp = {"session": {"id": conv, "params": t.get("sp", {})},
                    "prompt": {"override": False, "firstSimple": {"speech": t.get("say", ""), "text": t.get("display", strip(t.get("say") or ""))}}}
            if t.get("card"):
                resp["prompt"]["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
            nxt = t.get("next")
            if nxt is None:
                nxt = "actions.scene.END_CONVERSATION" if t.get("end") else None
            resp["scene"] = {"name": t.get("scene", "Main"), "slots": {}, "next": {"name": nxt} if nxt else {}}
            if t.get("rp") is not None:
                resp["prompt"]["lastSimple"] = {"speech": t["rp"], "text": strip(t["rp"])}
            out.append({"requestJson": req, "responseJson": resp, "timestamp": ts})
    if opt.get("split"):
        for n, o in enumerate(out, 1):
            write(os.path.join(full, opt["split"].format(n=n)), o)
    elif full.endswith(".jsonl"):
        write(full, "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out))
    else:
        write(full, out)


# ---------------------------------------------------------------- case
def build(outdir, c):
    root = os.path.join(outdir, "cases", c["id"])
    plat = c.get("platform", "alexa")
    if plat == "alexa":
        if "models" not in c:
            c["models"] = {c["locale"]: {"inv": c["inv"], "intents": c["intents"], "types": c.get("types", {})}}
        alexa_package(root, c)
    elif plat == "builder":
        google_builder(root, c)
    elif plat == "sdkv2":
        google_sdkv2(root, c)
    elif plat == "dialogflow":
        google_dialogflow(root, c)
    for spec in c["recs"]:
        rec(root, c, spec)
    for fn, txt in c.get("extra", {}).items():
        write(os.path.join(root, fn), txt)
    shapes = []
    for spec in c["recs"]:
        if spec[0] not in shapes:
            shapes.append(spec[0])
    return {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
