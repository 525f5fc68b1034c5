"""Renderer: turns the hand-written case descriptions in cases_*.py into project folders + recordings."""
import csv, io, json, os, re, uuid, hashlib, datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "cases")
LABELS = {}


def _id(seed, n=8):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def _uuid(seed):
    return str(uuid.UUID(hashlib.md5(seed.encode()).hexdigest()))


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)


def speech_obj(s):
    if s is None:
        return None
    if s.startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


# ---------------------------------------------------------------- Alexa
def alexa_project(cid, loc, name, inv, desc, *, intents, types=None, perms=(), policy=None, child=False,
                  category="GAMES", phrases=None, version=None, subdir="", lam=None):
    base = os.path.join(CASES, cid, subdir)
    pub = {"name": name, "summary": desc[:160], "description": desc,
           "examplePhrases": phrases or [f"Alexa, open {inv}"],
           "smallIconUri": f"https://example-cdn.net/{_id(cid)}/icon108.png",
           "largeIconUri": f"https://example-cdn.net/{_id(cid)}/icon512.png"}
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(perms) or bool(policy),
            "isChildDirected": child, "isExportCompliant": True, "containsAds": False}
    if policy:
        priv["locales"] = {loc: {"privacyPolicyUrl": policy, "termsOfUseUrl": policy.rsplit("/", 1)[0] + "/terms"}}
    man = {"publishingInformation": {"locales": {loc: pub}, "isAvailableWorldwide": False,
                                     "testingInstructions": "Open the skill and follow the prompts.",
                                     "category": category, "distributionCountries": [loc.split("-")[1]]},
           "apis": {"custom": {"endpoint": {"sourceDir": "lambda", "uri": f"arn:aws:lambda:eu-west-1:4471{_id(cid,8)}:function:{re.sub('[^a-z0-9]+','-',name.lower())}"}}},
           "manifestVersion": "1.0", "privacyAndCompliance": priv}
    if perms:
        man["permissions"] = [{"name": p} for p in perms]
    sk = {"manifest": man}
    if version:
        sk["manifest"]["publishingInformation"]["locales"][loc]["updatesDescription"] = version
    write(os.path.join(base, "skill-package", "skill.json"), sk)
    ints = []
    std = ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent"]
    for iname, spec in intents.items():
        samples, slots = spec if isinstance(spec, tuple) else (spec, {})
        ints.append({"name": iname, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
    for s in std:
        if s not in intents:
            ints.append({"name": s, "samples": []})
    lm = {"invocationName": inv, "intents": ints,
          "types": [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in (types or {}).items()]}
    write(os.path.join(base, "skill-package", "interactionModels", "custom", f"{loc}.json"), {"interactionModel": {"languageModel": lm}})
    write(os.path.join(base, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if lam:
        write(os.path.join(base, "lambda", "index.js"), lam)
    return man["apis"]["custom"]["endpoint"]["uri"]


class Session:
    """Builds Alexa request/response envelopes for a list of turns."""
    def __init__(self, cid, loc, start="2026-11-02T18:04:11", tag="a"):
        self.cid, self.loc, self.tag = cid, loc, tag
        self.t = datetime.datetime.fromisoformat(start)
        self.app = "amzn1.ask.skill." + _uuid(cid)
        self.user = "amzn1.ask.account.AG" + _id(cid + "user", 40).upper()
        self.sid = None
        self.n = 0

    def turn(self, utter, intent, slots, speech, reprompt, end, extra=None, perms_card=None, directives=None):
        new = self.sid is None
        if new:
            self.n += 1
            self.sid = "amzn1.echo-api.session." + _uuid(f"{self.cid}{self.tag}{self.n}{self.t}")
        self.t += datetime.timedelta(seconds=9)
        ts = self.t.strftime("%Y-%m-%dT%H:%M:%SZ")
        rid = "amzn1.echo-api.request." + _uuid(f"{self.cid}{self.tag}{ts}{utter}")
        if intent == "Launch":
            r = {"type": "LaunchRequest", "requestId": rid, "timestamp": ts, "locale": self.loc, "shouldLinkResultBeReturned": False}
        else:
            r = {"type": "IntentRequest", "requestId": rid, "timestamp": ts, "locale": self.loc,
                 "intent": {"name": intent, "confirmationStatus": "NONE",
                            "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in (slots or {}).items()}}}
        req = {"version": "1.0",
               "session": {"new": new, "sessionId": self.sid, "application": {"applicationId": self.app},
                           "attributes": {}, "user": {"userId": self.user}},
               "context": {"System": {"application": {"applicationId": self.app}, "user": {"userId": self.user},
                                      "device": {"deviceId": "amzn1.ask.device.AF" + _id(self.cid + "dev", 30).upper(),
                                                 "supportedInterfaces": {}},
                                      "apiEndpoint": "https://api.eu.amazonalexa.com" if self.loc[:2] in "de fr it es" else "https://api.amazonalexa.com",
                                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.redacted"}},
               "request": r}
        resp = {}
        if speech is not None:
            resp["outputSpeech"] = speech_obj(speech)
        if reprompt is not None:
            resp["reprompt"] = {"outputSpeech": speech_obj(reprompt)}
        if perms_card:
            resp["card"] = {"type": "AskForPermissionsConsent", "permissions": perms_card}
        if directives:
            resp["directives"] = directives
        if end is not None:
            resp["shouldEndSession"] = end
        env = {"version": "1.0", "sessionAttributes": extra or {}, "userAgent": "ask-node/2.14.0 Node/v18.20.4", "response": resp}
        if end is not False:
            self.sid = None
        return {"utter": utter, "intent": intent, "req": req, "resp": env, "ts": ts}

    def run(self, turns):
        out = []
        for t in turns:
            if t == "GAP":
                self.sid = None
                self.t += datetime.timedelta(hours=3)
                continue
            out.append(self.turn(*t[:6], **(t[6] if len(t) > 6 else {})))
        return out


def _say(env):
    r = env["response"]
    o = r.get("outputSpeech") or {}
    return o.get("ssml") or o.get("text") or ""


def _rep(env):
    o = (env["response"].get("reprompt") or {}).get("outputSpeech") or {}
    return o.get("ssml") or o.get("text") or ""


def _fname(t, i):
    return f"{i+1:02d}-{(t['intent'].split('.')[-1]).lower()}"


# ---- jest pretty-format serialiser (for snapshot files)
def _pf(v, ind=0):
    sp = "  " * ind
    if isinstance(v, dict):
        if not v:
            return "Object {}"
        body = "".join(f"{sp}  {json.dumps(k, ensure_ascii=False)}: {_pf(v[k], ind+1)},\n" for k in sorted(v))
        return "Object {\n" + body + sp + "}"
    if isinstance(v, list):
        if not v:
            return "Array []"
        body = "".join(f"{sp}  {_pf(x, ind+1)},\n" for x in v)
        return "Array [\n" + body + sp + "]"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False).replace("`", "\\`")
    return json.dumps(v)


def render(cid, shape, turns, where, endpoint="", meta=None):
    """Write recordings of `turns` in `shape` under cases/cid/where."""
    base = os.path.join(CASES, cid, where)
    meta = meta or {}
    if shape == "envelope":
        for i, t in enumerate(turns):
            write(os.path.join(base, _fname(t, i) + ".response.json"), t["resp"])
    elif shape == "pairs-jsonl":
        write(base if base.endswith(".jsonl") else base + ".jsonl",
              "".join(json.dumps({"request": t["req"], "response": t["resp"]}, ensure_ascii=False) + "\n" for t in turns))
    elif shape == "pairs-array":
        write(base if base.endswith(".json") else base + ".json", [{"request": t["req"], "response": t["resp"]} for t in turns])
    elif shape == "smapi-simulation":
        for i, t in enumerate(turns):
            write(os.path.join(base, f"sim-{i+1:02d}.json"), {
                "id": _uuid(cid + t["ts"] + "sim"), "status": "SUCCESSFUL",
                "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": re.sub("<[^>]+>", "", _say(t["resp"]))}}],
                                                  "consideredIntents": [] if t["intent"] == "Launch" else [{"name": t["intent"], "confirmationStatus": "NONE", "slots": {}}]},
                           "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": endpoint, "body": t["req"]},
                                                                   "invocationResponse": {"body": t["resp"]},
                                                                   "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 7}}]},
                           "error": None}, **({"stage": meta["stage"]} if "stage" in meta else {})})
    elif shape == "smapi-invocation":
        for i, t in enumerate(turns):
            write(os.path.join(base, f"invoke-{_fname(t, i)}.json"), {
                "id": _uuid(cid + t["ts"] + "inv"), "status": "SUCCESSFUL",
                "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": endpoint, "body": t["req"]},
                                                  "invocationResponse": {"body": t["resp"]},
                                                  "metrics": {"skillExecutionTimeInMilliseconds": 211}}, "error": None}})
    elif shape == "ask-dialog":
        write(os.path.join(base, "dialog-replay.json"), {"skillId": turns[0]["req"]["session"]["application"]["applicationId"],
                                                         "locale": turns[0]["req"]["request"]["locale"], "type": "text",
                                                         "userInput": [t["utter"] for t in turns]})
        write(os.path.join(base, "dialog-record.json"), [{"utterance": t["utter"], "invocations": [{"invocationRequest": {"endpoint": endpoint, "body": t["req"]}, "invocationResponse": {"body": t["resp"]}}]} for t in turns])
    elif shape == "cloudwatch-text":
        rid0 = _uuid(cid + "cw")
        lines = []
        for i, t in enumerate(turns):
            lr = _uuid(cid + t["ts"] + "lr")
            ts = t["ts"].replace("Z", ".412Z")
            lines.append(f"START RequestId: {lr} Version: {meta.get('version', '$LATEST')}")
            lines.append(f"{ts}\t{lr}\tINFO\tRequest: {json.dumps(t['req'], ensure_ascii=False)}")
            lines.append(f"{ts}\t{lr}\tINFO\tResponse: {json.dumps(t['resp'], ensure_ascii=False)}")
            lines.append(f"END RequestId: {lr}")
            lines.append(f"REPORT RequestId: {lr}\tDuration: {40+i*3}.21 ms\tBilled Duration: {41+i*3} ms\tMemory Size: 128 MB\tMax Memory Used: 83 MB")
        write(base if base.endswith((".log", ".txt")) else base + ".log", "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for i, t in enumerate(turns):
            lr = _uuid(cid + t["ts"] + "lr")
            ms = int(datetime.datetime.fromisoformat(t["ts"].replace("Z", "+00:00")).timestamp() * 1000)
            for k, body in (("Request", t["req"]), ("Response", t["resp"])):
                ev.append({"logStreamName": f"2026/11/02/[{meta.get('version', '$LATEST')}]{_id(cid, 32)}", "timestamp": ms,
                           "message": f"{t['ts']}\t{lr}\tINFO\t{k}: {json.dumps(body, ensure_ascii=False)}\n",
                           "ingestionTime": ms + 700, "eventId": str(ms) + _id(lr + k, 12)})
                ms += 35
        write(base if base.endswith(".json") else base + ".json", {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for t in turns:
            ents.append({"startedDateTime": t["ts"].replace("Z", ".000Z"), "time": 212,
                         "request": {"method": "POST", "url": meta.get("url", "https://skill.example-host.net/alexa"), "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                 {"name": "Signature-256", "value": "redacted"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                     "postData": {"mimeType": "application/json", "text": json.dumps(t["req"], ensure_ascii=False)}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [],
                                      "headers": [{"name": "Content-Type", "value": "application/json"}],
                                      "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(t["resp"], ensure_ascii=False)},
                                      "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 11}})
        write(base if base.endswith(".har") else base + ".har", {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"}, "entries": ents}})
    elif shape == "transcript":
        out = [f"# probe transcript {cid} locale={turns[0]['req']['request']['locale']}"]
        for t in turns:
            out.append(f"[{t['ts']}] USER: {t['utter']}")
            out.append(f"[{t['ts']}] SKILL: {re.sub('<[^>]+>', '', _say(t['resp']))}")
            if _rep(t["resp"]):
                out.append(f"[{t['ts']}] REPROMPT: {_rep(t['resp'])}")
            out.append(f"[{t['ts']}] session_open={str(t['resp']['response'].get('shouldEndSession') is False).lower()}")
        write(base if base.endswith(".txt") else base + ".txt", "\n".join(out) + "\n")
    # ---------------- shapes not in the usual list
    elif shape == "jest-snapshot":
        out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
        for i, t in enumerate(turns):
            out.append(f"exports[`{meta.get('suite', 'handler')} {t['utter'] or t['intent']} ({t['intent']}) 1`] = `")
            out.append(_pf({"request": t["req"]["request"], "response": t["resp"]}) + "\n`;")
            out.append("")
        write(os.path.join(base, "__snapshots__", "handler.test.js.snap"), "\n".join(out))
    elif shape == "postman-collection":
        items = []
        for i, t in enumerate(turns):
            rq = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                  "body": {"mode": "raw", "raw": json.dumps(t["req"], indent=2, ensure_ascii=False), "options": {"raw": {"language": "json"}}},
                  "url": {"raw": "{{skillEndpoint}}", "host": ["{{skillEndpoint}}"]}}
            items.append({"name": f"{i+1:02d} {t['utter'] or t['intent']}", "request": rq,
                          "response": [{"name": "saved " + t["ts"], "originalRequest": rq, "status": "OK", "code": 200,
                                        "_postman_previewlanguage": "json",
                                        "header": [{"key": "Content-Type", "value": "application/json"}],
                                        "cookie": [], "body": json.dumps(t["resp"], indent=2, ensure_ascii=False)}]})
        write(base if base.endswith(".json") else base + ".postman_collection.json",
              {"info": {"_postman_id": _uuid(cid + "pm"), "name": meta.get("name", cid),
                        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
               "item": items, "variable": [{"key": "skillEndpoint", "value": meta.get("url", "http://localhost:3000/")}]})
    elif shape == "vcr-cassette":
        out = ["interactions:"]
        for t in turns:
            out += ["- request:", f"    body: {json.dumps(json.dumps(t['req']))}",
                    "    headers:", "      Content-Type:", "      - application/json",
                    "    method: POST", f"    uri: {meta.get('url', 'http://127.0.0.1:8080/skill')}",
                    "  response:", "    body:", f"      string: {json.dumps(json.dumps(t['resp']))}",
                    "    headers:", "      Content-Type:", "      - application/json",
                    "    status:", "      code: 200", "      message: OK"]
        out.append("version: 1")
        write(base if base.endswith(".yaml") else base + ".yaml", "\n".join(out) + "\n")
    elif shape == "jupyter-notebook":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [meta.get("title", "# Local endpoint check\n")]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                  "source": ["import json, requests\n", f"ENDPOINT = \"{meta.get('url', 'http://localhost:3000/')}\"\n",
                             "def call(env):\n", "    r = requests.post(ENDPOINT, json=env)\n", "    print(json.dumps(r.json(), indent=1, ensure_ascii=False))\n"]}]
        for i, t in enumerate(turns):
            cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {},
                          "source": [f"# {t['utter']}\n", f"env = {json.dumps(t['req'], ensure_ascii=False)}\n", "call(env)"],
                          "outputs": [{"name": "stdout", "output_type": "stream",
                                       "text": [l + "\n" for l in json.dumps(t["resp"], indent=1, ensure_ascii=False).split("\n")]}]})
        write(base if base.endswith(".ipynb") else base + ".ipynb",
              {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                            "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5})
    elif shape == "csv-sheet":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["run_date", "tester", "step", "utterance", "intent", "heard", "reprompt", "mic_open", "raw_response_json"])
        for i, t in enumerate(turns):
            w.writerow([t["ts"][:10], meta.get("tester", "qa-1"), i + 1, t["utter"], t["intent"],
                        re.sub("<[^>]+>", "", _say(t["resp"])), _rep(t["resp"]),
                        "TRUE" if t["resp"]["response"].get("shouldEndSession") is False else "FALSE",
                        json.dumps(t["resp"], ensure_ascii=False)])
        write(base if base.endswith(".csv") else base + ".csv", buf.getvalue())
    elif shape == "kibana-export":
        hits = []
        for t in turns:
            lr = _uuid(cid + t["ts"] + "lr")
            for k, body in (("Request", t["req"]), ("Response", t["resp"])):
                hits.append({"_index": "lambda-logs-" + t["ts"][:10].replace("-", "."), "_id": _id(lr + k, 20), "_score": None,
                             "_source": {"@timestamp": t["ts"], "cloud": {"provider": "aws", "region": "eu-west-1"},
                                         "aws": {"lambda": {"function_name": meta.get("fn", cid), "request_id": lr}},
                                         "log": {"group": "/aws/lambda/" + meta.get("fn", cid), "level": "info"},
                                         "message": f"{k}: {json.dumps(body, ensure_ascii=False)}"},
                             "sort": [t["ts"]]})
        write(base if base.endswith(".json") else base + ".json",
              {"took": 41, "timed_out": False, "hits": {"total": {"value": len(hits), "relation": "eq"}, "hits": hits}})
    else:
        raise ValueError(shape)


def label(cid, cats, loc, shapes, why):
    LABELS[cid] = {"categories": sorted(set(cats)), "locale": loc, "shapes": sorted(set(shapes)), "why": why}


def alexa_case(cid, loc, cats, why, name, inv, desc, intents, recs, **kw):
    """recs: list of (shape, where, turns[, meta]) ; each rec becomes its own recording."""
    types = kw.pop("types", None)
    ep = alexa_project(cid, loc, name, inv, desc, intents=intents, types=types, **kw)
    shapes = []
    for k, rec in enumerate(recs):
        shape, where, turns = rec[:3]
        meta = rec[3] if len(rec) > 3 else {}
        s = Session(cid, loc, start=meta.get("start", "2026-11-02T18:04:11"), tag=str(k))
        render(cid, shape, s.run(turns), where, endpoint=ep, meta=meta)
        shapes.append(shape)
    label(cid, cats, loc, shapes, why)


# ---------------------------------------------------------------- Google
def builder_project(cid, loc, display, pron, policy, intents, scenes, types=None):
    b = os.path.join(CASES, cid, "sdk")
    write(os.path.join(b, "manifest.yaml"), "version: \"1.0\"\n")
    s = [f"projectId: {re.sub('[^a-z0-9]+','-',display.lower())}-{_id(cid,5)}", f"defaultLocale: {loc.split('-')[0]}",
         "localizedSettings:", f"  displayName: {display}", f"  pronunciation: {pron}",
         f"  fullDescription: {display} for Google Assistant.", "  developerName: Indie Voice Studio",
         "  developerEmail: hello@indievoice.example"]
    if policy:
        s.append(f"  privacyPolicyUrl: {policy}")
    s += ["  smallLogoImage: $resources.images.square", "category: GAMES_AND_TRIVIA", "usesInteractiveCanvas: false"]
    write(os.path.join(b, "settings", "settings.yaml"), "\n".join(s) + "\n")
    write(os.path.join(b, "custom", "global", "actions.intent.MAIN.yaml"),
          "handler:\n  webhookHandler: main\ntransitionToScene: Start\n")
    for n, phrases in intents.items():
        body = phrases if isinstance(phrases, str) else "trainingPhrases:\n" + "".join(f"- {json.dumps(p, ensure_ascii=False)}\n" for p in phrases)
        write(os.path.join(b, "custom", "intents", f"{n}.yaml"), body)
    for n, y in scenes.items():
        write(os.path.join(b, "custom", "scenes", f"{n}.yaml"), y)
    for n, y in (types or {}).items():
        write(os.path.join(b, "custom", "types", f"{n}.yaml"), y)
    write(os.path.join(b, "webhooks", "ActionsOnGoogleFulfillment.yaml"),
          "handlers:\n- name: main\n- name: turn\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")


def scene_turns(cid, loc, turns, where, start="2026-11-03T20:10:00"):
    """turns: (query, intent, handler, scene, speech, next_scene_or_None)"""
    t0 = datetime.datetime.fromisoformat(start)
    sid = "ABwppHF" + _id(cid + where, 30)
    for i, (q, intent, handler, scene, speech, nxt) in enumerate(turns):
        req = {"handler": {"name": handler}, "intent": {"name": intent, "params": {}, "query": q},
               "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": loc},
               "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "lastSeenTime": (t0 + datetime.timedelta(seconds=i*8)).isoformat() + "Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        res = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": speech, "text": re.sub("<[^>]+>", "", speech)}}}
        if nxt:
            res["scene"] = {"name": scene, "slots": {}, "next": {"name": nxt}}
        write(os.path.join(CASES, cid, where, f"turn{i+1}__req.json"), req)
        write(os.path.join(CASES, cid, where, f"turn{i+1}__res.json"), res)


def dialogflow_project(cid, lang, name, intents, policy=None):
    """intents: name -> (list of usersays parts lists, responses)"""
    b = os.path.join(CASES, cid)
    write(os.path.join(b, "agent.json"), {"description": name, "language": lang, "shortDescription": "", "examples": "",
                                          "linkToDocs": "", "disableInteractionLogs": False, "disableStackdriverLogs": True,
                                          "googleAssistant": {"googleAssistantCompatible": True, "project": _id(cid, 12),
                                                              "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                                              "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                                                              "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                                              "autoPreviewEnabled": False, "isDeviceAgent": False},
                                          "defaultTimezone": "Europe/Madrid", "webhook": {"url": f"https://europe-west1-{_id(cid,6)}.cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                                          "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True,
                                          **({"privacyPolicyUrl": policy} if policy else {})})
    write(os.path.join(b, "package.json"), {"version": "1.0.0"})
    for n, (says, params, resp) in intents.items():
        write(os.path.join(b, "intents", f"{n}.json"), {"id": _uuid(cid + n), "name": n, "auto": True, "contexts": [],
              "responses": [{"resetContexts": False, "action": n.lower(), "affectedContexts": [],
                             "parameters": [{"id": _uuid(cid+n+p), "name": p, "required": False, "dataType": t, "value": "$" + p, "isList": False} for p, t in params.items()],
                             "messages": [{"type": "0", "lang": lang, "condition": "", "speech": resp}], "speech": []}],
              "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": []})
        us = []
        for parts in says:
            data = []
            for p in parts:
                if isinstance(p, tuple):
                    data.append({"text": p[0], "alias": p[1], "meta": p[2], "userDefined": True})
                else:
                    data.append({"text": p, "userDefined": False})
            us.append({"id": _uuid(cid + n + str(parts)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        write(os.path.join(b, "intents", f"{n}_usersays_{lang}.json"), us)


def dialogflow_turns(cid, lang, turns, where):
    """turns: (query, intent_display, params, speech, expect)"""
    sess = f"projects/{_id(cid,10)}/agent/sessions/ABwppHG{_id(cid,24)}"
    recs = []
    for i, (q, intent, params, speech, expect) in enumerate(turns):
        req = {"responseId": _uuid(cid + str(i)), "session": sess,
               "queryResult": {"queryText": q, "parameters": params, "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/{_id(cid,10)}/agent/intents/{_uuid(cid+intent)}", "displayName": intent},
                               "intentDetectionConfidence": 0.82, "languageCode": lang},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": lang, "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": "ABwppHG" + _id(cid, 24), "type": "NEW" if i == 0 else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if i == 0 else "actions.intent.TEXT",
                               "rawInputs": [{"inputType": "VOICE", "query": q}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
        res = {"payload": {"google": {"expectUserResponse": expect,
                                      "richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}}}
        recs.append({"timestamp": f"2026-11-0{4+i//9}T1{i%10}:0{i%6}:12Z", "request": req, "response": res})
    write(os.path.join(CASES, cid, where), "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs))


def actionsdk_project(cid, lang, display, patterns, policy=None):
    write(os.path.join(CASES, cid, "action.json"), {
        "locale": lang,
        "actions": [{"description": "Default Welcome Intent", "name": "MAIN",
                     "fulfillment": {"conversationName": "main"},
                     "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": patterns}}}],
        "conversations": {"main": {"name": "main", "url": f"https://europe-west3-{_id(cid,6)}.cloudfunctions.net/conv", "fulfillmentApiVersion": 2}},
        "manifest": {"displayName": display, "invocationName": display.lower(), "category": "LIFESTYLE",
                     **({"privacyUrl": policy} if policy else {})}})


def conv_turns(cid, lang, turns, where):
    """turns: (query, intent, args, speech, expect, noinput, possible)"""
    out = []
    for i, (q, intent, args, speech, expect, noinput, possible) in enumerate(turns):
        req = {"user": {"locale": lang, "userStorage": "{}", "lastSeen": "2026-11-01T08:00:00Z"},
               "conversation": {"conversationId": "1733" + _id(cid, 10), "type": "NEW" if i == 0 else "ACTIVE",
                                **({} if i == 0 else {"conversationToken": "[]"})},
               "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": q}], "arguments": args}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
        res = {"expectUserResponse": expect}
        if expect:
            res["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": speech}}]},
                                                      "noInputPrompts": [{"textToSpeech": n} for n in noinput]},
                                      "possibleIntents": possible}]
        else:
            res["finalResponse"] = {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}
        out.append({"request": req, "response": res})
    write(os.path.join(CASES, cid, where), out)


def finish():
    write(os.path.join(ROOT, "labels.json"), dict(sorted(LABELS.items())))
