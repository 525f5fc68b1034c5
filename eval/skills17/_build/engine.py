"""Renderer: turns the hand-written case descriptions in cases_*.py into project folders + recordings."""
import csv, io, json, os, re, uuid, hashlib, datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "cases")

def hid(*parts, n=8):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]

def uid(*parts):
    h = hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"

def W(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if not isinstance(data, str):
        data = json.dumps(data, indent=2, ensure_ascii=False)
    with open(path, "w", encoding="utf-8") as f:
        f.write(data if data.endswith("\n") else data + "\n")

def T(utt, intent, speech, reprompt=None, end=True, slots=None, card=None):
    return dict(utt=utt, intent=intent, speech=speech, reprompt=reprompt, end=end, slots=slots or {}, card=card)

def osp(text):
    if text is None:
        return None
    if text.strip().startswith("<speak>"):
        return {"type": "SSML", "ssml": text}
    return {"type": "PlainText", "text": text}

# ---------------------------------------------------------------- Alexa package
STD = {"AMAZON.StopIntent": [], "AMAZON.CancelIntent": [], "AMAZON.HelpIntent": [],
       "AMAZON.NavigateHomeIntent": [], "AMAZON.FallbackIntent": []}

def alexa_package(d, dirp):
    loc = d["loc"]
    locs = d.get("locales") or [loc]
    pub = {}
    for l in locs:
        pub[l] = {"summary": d["desc"][:160], "examplePhrases": d.get("examples") or [f"Alexa, open {d['inv']}"],
                  "name": d["name"], "description": d["desc"],
                  "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(d['id'],n=4)}/APP_ICON?versionId=small",
                  "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(d['id'],n=4)}/APP_ICON_LARGE?versionId=large"}
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(d.get("perms")) or d.get("personal", False),
            "isChildDirected": d.get("child", False), "isExportCompliant": True, "containsAds": False}
    if d.get("policy", True):
        dom = d.get("domain") or f"{re.sub('[^a-z0-9]', '', d['name'].lower())[:18] or 'skill'}.app"
        priv["locales"] = {l: {"privacyPolicyUrl": f"https://{dom}/privacy", "termsOfUseUrl": f"https://{dom}/terms"} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
            "testingInstructions": d.get("testing", "Open the skill and follow the prompts."),
            "category": d.get("category", "GAMES"), "distributionCountries": d.get("countries", [])},
            "apis": {"custom": {"endpoint": {"uri": d.get("endpoint") or f"arn:aws:lambda:{d.get('region','us-east-1')}:4417{hid(d['id'],n=8)}:function:{d['id'][4:]}"}}},
            "manifestVersion": "1.0", "privacyAndCompliance": priv}}
    if d.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in d["perms"]]
    W(os.path.join(dirp, "skill-package", "skill.json"), man)
    intents = []
    for name, samples in {**d.get("intents", {}), **{k: v for k, v in STD.items() if k not in d.get("intents", {})}}.items():
        it = {"name": name, "samples": samples}
        sl = sorted(set(re.findall(r"\{(\w+)\}", " ".join(samples))))
        if sl:
            it["slots"] = [{"name": s, "type": d.get("slots", {}).get(s, "AMAZON.SearchQuery")} for s in sl]
        intents.append(it)
    types = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in d.get("types", {}).items()]
    for l in locs:
        W(os.path.join(dirp, "skill-package", "interactionModels", "custom", f"{l}.json"),
          {"interactionModel": {"languageModel": {"invocationName": d.get("invs", {}).get(l, d["inv"]), "intents": intents, "types": types}}})
    W(os.path.join(dirp, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})

# ---------------------------------------------------------------- Alexa requests/responses
class Sess:
    def __init__(self, d, tag):
        self.d, self.tag, self.n, self.sid, self.new = d, tag, 0, None, True
        self.skill = "amzn1.ask.skill." + uid(d["id"], "skill")
        self.user = "amzn1.ask.account.AF" + hid(d["id"], "user", n=40).upper()
        self.t0 = datetime.datetime(2026, 11, 3, 18, 4, 11) if not d.get("t0") else d["t0"]

    def pairs(self, turns, t0=None):
        out = []
        t = t0 or self.t0
        for tr in turns:
            if self.sid is None:
                self.sid = "amzn1.echo-api.session." + uid(self.d["id"], self.tag, self.n)
                self.new = True
            self.n += 1
            t = t + datetime.timedelta(seconds=7)
            ts = t.strftime("%Y-%m-%dT%H:%M:%SZ")
            rid = "amzn1.echo-api.request." + uid(self.d["id"], self.tag, self.n, "r")
            loc = tr.get("loc") or self.d["loc"]
            if tr["intent"] == "LaunchRequest":
                r = {"type": "LaunchRequest", "requestId": rid, "timestamp": ts, "locale": loc}
            elif tr["intent"] == "SessionEndedRequest":
                r = {"type": "SessionEndedRequest", "requestId": rid, "timestamp": ts, "locale": loc, "reason": "USER_INITIATED"}
            else:
                r = {"type": "IntentRequest", "requestId": rid, "timestamp": ts, "locale": loc,
                     "intent": {"name": tr["intent"], "confirmationStatus": "NONE",
                                "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in tr["slots"].items()}}}
            req = {"version": "1.0", "session": {"new": self.new, "sessionId": self.sid,
                   "application": {"applicationId": self.skill}, "attributes": {}, "user": {"userId": self.user}},
                   "context": {"System": {"application": {"applicationId": self.skill}, "user": {"userId": self.user},
                               "device": {"deviceId": "amzn1.ask.device.AE" + hid(self.d["id"], "dev", n=30).upper(),
                                          "supportedInterfaces": {}},
                               "apiEndpoint": "https://api.amazonalexa.com" if not loc.startswith(("de", "es", "fr", "it", "en-GB")) else "https://api.eu.amazonalexa.com"}},
                   "request": r}
            resp = None
            if tr["speech"] is not None or tr["intent"] != "SessionEndedRequest":
                body = {"outputSpeech": osp(tr["speech"] or "")}
                if tr["reprompt"] is not None:
                    body["reprompt"] = {"outputSpeech": osp(tr["reprompt"])}
                if tr.get("card"):
                    body["card"] = {"type": "Simple", "title": self.d["name"], "content": tr["card"]}
                body["shouldEndSession"] = tr["end"]
                resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.20.4", "response": body}
            out.append((req, resp, tr, t))
            self.new = False
            if tr["end"] or tr["intent"] == "SessionEndedRequest":
                self.sid = None
        return out

def envs(pairs):
    return [(q, r) for q, r, _, _ in pairs if r is not None]

# ---------------------------------------------------------------- shapes (Alexa)
def sh_envelope(dirp, path, pairs, d):
    base, ext = os.path.splitext(path)
    for i, (q, r) in enumerate(envs(pairs), 1):
        W(os.path.join(dirp, f"{base}-{i:02d}{ext or '.json'}" if "{i}" not in path else path.replace("{i}", f"{i:02d}")), r)

def sh_pairs_jsonl(dirp, path, pairs, d):
    W(os.path.join(dirp, path), "\n".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) for q, r, _, _ in pairs))

def sh_pairs_array(dirp, path, pairs, d):
    W(os.path.join(dirp, path), [{"request": q, "response": r} for q, r, _, _ in pairs])

def sh_smapi_sim(dirp, path, pairs, d):
    for i, (q, r, tr, t) in enumerate(pairs, 1):
        res = {"id": uid(d["id"], "sim", i), "status": "SUCCESSFUL", "result": {
            "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": re.sub("<[^>]+>", "", tr["speech"] or "")}}],
                                   "consideredIntents": [{"name": tr["intent"], "confidence": {"bin": "HIGH"}}]},
            "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": d.get("endpoint") or "arn:aws:lambda:us-east-1:441700000000:function:" + d["id"][4:], "body": q},
                                                     "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i}}]},
            "error": None}}
        W(os.path.join(dirp, path.replace("{i}", f"{i:02d}")), res)

def sh_smapi_inv(dirp, path, pairs, d):
    for i, (q, r, tr, t) in enumerate(pairs, 1):
        W(os.path.join(dirp, path.replace("{i}", f"{i:02d}")), {"id": uid(d["id"], "inv", i), "status": "SUCCESSFUL",
          "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:4417:function:" + d["id"][4:], "body": q},
                     "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 211}}, "error": None}})

def sh_ask_dialog(dirp, path, pairs, d):
    base = path.rsplit(".", 1)[0]
    W(os.path.join(dirp, base + ".replay.json"), {"skillId": pairs[0][0]["session"]["application"]["applicationId"], "locale": d["loc"],
      "type": "text", "userInput": [tr["utt"] for _, _, tr, _ in pairs], "storageKey": None})
    lines = []
    for q, r, tr, _ in pairs:
        lines.append(f"User  > {tr['utt']}")
        if r:
            s = r["response"]["outputSpeech"]
            lines.append("Alexa > " + (s.get("text") or s.get("ssml", "")))
    W(os.path.join(dirp, base + ".record.txt"), "\n".join(lines))
    if d.get("dialog_json", True):
        W(os.path.join(dirp, base + ".output.json"), [{"utterance": tr["utt"], "invocations": [{"invocationRequest": {"endpoint": d.get("endpoint") or "arn:aws:lambda:us-east-1:441700000000:function:" + d["id"][4:], "body": q},
            "invocationResponse": ({"body": r} if r else None), "metrics": {"skillExecutionTimeInMilliseconds": 120}}], "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": re.sub("<[^>]+>", "", speech_of(r))}}] if r else []}} for q, r, tr, _ in pairs])

def sh_cw_text(dirp, path, pairs, d):
    L = []
    for q, r, tr, t in pairs:
        rid = uid(d["id"], "cw", q["request"]["requestId"])
        ts = t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        L.append(f"START RequestId: {rid} Version: $LATEST")
        L.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}")
        if r:
            L.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}")
        L.append(f"END RequestId: {rid}")
        L.append(f"REPORT RequestId: {rid}\tDuration: 41.20 ms\tBilled Duration: 42 ms\tMemory Size: 128 MB\tMax Memory Used: 81 MB")
    W(os.path.join(dirp, path), "\n".join(L))

def sh_cw_json(dirp, path, pairs, d):
    ev = []
    for q, r, tr, t in pairs:
        rid = uid(d["id"], "cwj", q["request"]["requestId"])
        ms = int(t.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        iso = t.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        ev.append({"logStreamName": f"2026/11/03/[$LATEST]{hid(d['id'], 'ls', n=32)}", "timestamp": ms, "message": f"{iso}\t{rid}\tINFO\tevent {json.dumps(q, ensure_ascii=False)}\n", "ingestionTime": ms + 90, "eventId": hid(rid, "a", n=40)})
        if r:
            ev.append({"logStreamName": f"2026/11/03/[$LATEST]{hid(d['id'], 'ls', n=32)}", "timestamp": ms + 40, "message": f"{iso}\t{rid}\tINFO\tresult {json.dumps(r, ensure_ascii=False)}\n", "ingestionTime": ms + 130, "eventId": hid(rid, "b", n=40)})
    W(os.path.join(dirp, path), {"events": ev, "searchedLogStreams": []})

def sh_har(dirp, path, pairs, d):
    ent = []
    host = d.get("host") or f"api.{re.sub('[^a-z0-9]', '', d['name'].lower())[:14]}.io"
    for q, r, tr, t in pairs:
        ent.append({"startedDateTime": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 96,
                    "request": {"method": "POST", "url": f"https://{host}/alexa", "httpVersion": "HTTP/1.1",
                                "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "MEUCIQ" + hid(t, n=20)}],
                                "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
                    "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                                 "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(r, ensure_ascii=False) if r else ""},
                                 "redirectURL": "", "headersSize": -1, "bodySize": -1},
                    "cache": {}, "timings": {"send": 1, "wait": 90, "receive": 5}})
    W(os.path.join(dirp, path), {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "entries": ent}})

def speech_of(r, key="outputSpeech"):
    if not r:
        return ""
    s = r["response"].get(key) if key == "outputSpeech" else (r["response"].get("reprompt") or {}).get("outputSpeech")
    if not s:
        return ""
    return s.get("text") if s["type"] == "PlainText" else s.get("ssml")

def sh_transcript(dirp, path, pairs, d):
    L = [f"# probe run {d['id']} locale={d['loc']}"]
    for q, r, tr, t in pairs:
        L.append(f"[{t.strftime('%H:%M:%S')}] USER: {tr['utt']}")
        if r:
            L.append(f"[{t.strftime('%H:%M:%S')}] SKILL: {speech_of(r)}")
            if "reprompt" in r["response"]:
                L.append(f"[{t.strftime('%H:%M:%S')}] REPROMPT: {speech_of(r, 'reprompt')}")
            L.append(f"[{t.strftime('%H:%M:%S')}] session_open={str(not r['response']['shouldEndSession']).lower()}")
    W(os.path.join(dirp, path), "\n".join(L))

# ---- shapes not in the brief's list
def sh_newman(dirp, path, pairs, d):
    ex = []
    for i, (q, r, tr, t) in enumerate(pairs, 1):
        body = json.dumps(r, ensure_ascii=False).encode() if r else b""
        ex.append({"cursor": {"position": i - 1, "iteration": 0}, "item": {"id": uid(d["id"], "pm", i), "name": f"{i:02d} {tr['utt']}"},
                   "request": {"url": {"protocol": "https", "host": ["localhost"], "port": "3000", "path": ["alexa"]}, "method": "POST",
                               "header": [{"key": "Content-Type", "value": "application/json"}],
                               "body": {"mode": "raw", "raw": json.dumps(q, ensure_ascii=False)}},
                   "response": {"id": uid(d["id"], "pmr", i), "status": "OK", "code": 200, "header": [{"key": "Content-Type", "value": "application/json"}],
                                "stream": {"type": "Buffer", "data": list(body)}, "cookie": [], "responseTime": 38, "responseSize": len(body)},
                   "assertions": [{"assertion": "status is 200", "skipped": False}]})
    W(os.path.join(dirp, path), {"collection": {"info": {"_postman_id": uid(d["id"], "pc"), "name": d["name"] + " local", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": []},
      "run": {"stats": {"requests": {"total": len(ex), "pending": 0, "failed": 0}}, "executions": ex, "failures": []}})

def prettyfmt(o, ind=0):
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        return "Object {\n" + "".join(f'{sp}  "{k}": {prettyfmt(v, ind + 1)},\n' for k, v in sorted(o.items())) + sp + "}"
    if isinstance(o, list):
        return "Array [\n" + "".join(f"{sp}  {prettyfmt(v, ind + 1)},\n" for v in o) + sp + "]"
    if isinstance(o, str):
        return '"' + o.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`") + '"'
    if o is None:
        return "null"
    return json.dumps(o)

def sh_jest(dirp, path, pairs, d):
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for i, (q, r, tr, t) in enumerate(pairs, 1):
        if r:
            out.append(f"exports[`{d['name']} handler {tr['intent']} ({tr['utt']}) 1`] = `\n{prettyfmt(r)}\n`;\n")
    W(os.path.join(dirp, path), "\n".join(out))
    W(os.path.join(dirp, os.path.dirname(os.path.dirname(path)), "handler.test.js"),
      "const { handler } = require('../index');\nconst events = require('./fixtures/events.json');\n\n"
      "describe('" + d["name"] + " handler', () => {\n  for (const [name, ev] of Object.entries(events)) {\n"
      "    it(name, async () => { expect(await handler(ev, {})).toMatchSnapshot(); });\n  }\n});\n")
    W(os.path.join(dirp, os.path.dirname(os.path.dirname(path)), "fixtures", "events.json"),
      {f"{tr['intent']} ({tr['utt']})": q for q, r, tr, t in pairs})

def yq(s):
    return json.dumps(s, ensure_ascii=False)

def sh_bespoken(dirp, path, pairs, d):
    L = ["---", "configuration:", f"  locale: {d['loc']}", "  handler: ../index.handler", "", f"---", f"- test: {d['name']} conversation"]
    for q, r, tr, t in pairs:
        L.append(f"- {yq(tr['utt']) if tr['intent'] != 'LaunchRequest' else 'LaunchRequest'}:")
        if r:
            L.append(f"  - prompt: {yq(speech_of(r))}")
            if "reprompt" in r["response"]:
                L.append(f"  - reprompt: {yq(speech_of(r, 'reprompt'))}")
            L.append(f"  - response.shouldEndSession: {str(r['response']['shouldEndSession']).lower()}")
    W(os.path.join(dirp, path), "\n".join(L))

def sh_csv(dirp, path, pairs, d):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["step", "tester", "date", "utterance", "intent", "alexa_said", "reprompt", "mic_open_after", "notes"])
    for i, (q, r, tr, t) in enumerate(pairs, 1):
        w.writerow([i, d.get("tester", "qa-team"), t.strftime("%d/%m/%Y %H:%M"), tr["utt"], tr["intent"], speech_of(r), speech_of(r, "reprompt") if r and "reprompt" in r["response"] else "",
                    ("YES" if r and not r["response"]["shouldEndSession"] else "no"), tr.get("note", "")])
    W(os.path.join(dirp, path), buf.getvalue())

def sh_ipynb(dirp, path, pairs, d):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {d['name']} – local handler run\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["import json\n", "from lambda_function import lambda_handler\n", "from fixtures import make_request\n"]}]
    for i, (q, r, tr, t) in enumerate(pairs, 2):
        cells.append({"cell_type": "code", "execution_count": i, "metadata": {}, "source": [f"req = make_request({tr['intent']!r}, slots={tr['slots']!r}, new={q['session']['new']})\n", "resp = lambda_handler(req, None)\n", "print(json.dumps(resp, indent=1, ensure_ascii=False))"],
                      "outputs": [{"name": "stdout", "output_type": "stream", "text": (json.dumps(r, indent=1, ensure_ascii=False) + "\n").splitlines(True) if r else ["None\n"]}]})
    W(os.path.join(dirp, path), {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}, "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5})

def sh_shipper(dirp, path, pairs, d):
    L = []
    for q, r, tr, t in pairs:
        rid = uid(d["id"], "fb", q["request"]["requestId"])
        iso = t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        base = {"@timestamp": iso, "aws": {"awslogs": {"logGroup": f"/aws/lambda/{d['id'][4:]}", "owner": "441700000000"}}, "service": "alexa-skill", "host": "lambda", "ddsource": "lambda"}
        L.append(json.dumps({**base, "message": f"{iso}\t{rid}\tINFO\tincoming {json.dumps(q, ensure_ascii=False)}"}, ensure_ascii=False))
        if r:
            L.append(json.dumps({**base, "message": f"{iso}\t{rid}\tINFO\toutgoing {json.dumps(r, ensure_ascii=False)}"}, ensure_ascii=False))
    W(os.path.join(dirp, path), "\n".join(L))

def sh_opensearch(dirp, path, pairs, d):
    hits = [{"_index": "skill-traffic-2026.11", "_id": hid(q["request"]["requestId"], n=20), "_score": None,
             "_source": {"ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "skill": d["name"], "alexa_request": q, "alexa_response": r}, "sort": [i]}
            for i, (q, r, tr, t) in enumerate(pairs)]
    W(os.path.join(dirp, path), {"took": 12, "timed_out": False, "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
                                 "hits": {"total": {"value": len(hits), "relation": "eq"}, "max_score": None, "hits": hits}})

# ---------------------------------------------------------------- Google
def gprompt(text):
    if text is None:
        return None
    return text

def g_builder(d, dirp):
    loc = d["loc"]
    W(os.path.join(dirp, "sdk", "settings", "settings.yaml"), f"projectId: {d['id'][4:]}-{hid(d['id'],n=5)}\ndefaultLocale: {loc.split('-')[0]}\nlocalizedSettings:\n  displayName: {d['name']}\n  pronunciation: {d['inv']}\n  shortDescription: {yq(d['desc'][:80])}\n  fullDescription: {yq(d['desc'])}\n  privacyPolicyUrl: {yq('https://' + re.sub('[^a-z]', '', d['name'].lower()) + '.dev/privacy') if d.get('policy', True) else yq('')}\n  developerName: {d.get('dev', 'Hollow Oak Labs')}\ncategory: {d.get('gcat', 'GAMES_AND_TRIVIA')}\nusesMicrophone: true\n")
    for name, samples in d.get("intents", {}).items():
        def ann(x):
            return re.sub(r"\$(\w+)", lambda m: "($" + m.group(1) + " '" + d.get("gex", {}).get(m.group(1), "1") + "' auto=false)", x)
        s = ["trainingPhrases:"] + ["- " + yq(ann(x)) for x in samples]
        ps = d.get("gparams", {}).get(name)
        if ps:
            s = ["parameters:"] + [f"- name: {p}\n  type:\n    name: {ty}" for p, ty in ps.items()] + s
        W(os.path.join(dirp, "sdk", "custom", "intents", f"{name}.yaml"), "\n".join(s))
    for t, vals in d.get("types", {}).items():
        W(os.path.join(dirp, "sdk", "custom", "types", f"{t}.yaml"), "synonym:\n  entities:\n" + "".join(f"    {hid(v,n=6)}:\n      synonyms:\n      - {yq(v)}\n" for v in vals) + "  matchType: FUZZY_MATCH\n")
    for sc, txt in d.get("scenes", {}).items():
        W(os.path.join(dirp, "sdk", "custom", "scenes", f"{sc}.yaml"), txt)
    W(os.path.join(dirp, "sdk", "custom", "global", "actions.intent.MAIN.yaml"), "handler:\n  webhookHandler: main\ntransitionToScene: Start\n")

def g_sdk(d, dirp):
    acts = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": d["id"][4:]}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {d['inv']}"]}}}]
    for name, samples in d.get("intents", {}).items():
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": d["id"][4:]}, "intent": {"name": name, "parameters": [{"name": p, "type": ty} for p, ty in d.get("gparams", {}).get(name, {}).items()], "trigger": {"queryPatterns": samples}}})
    W(os.path.join(dirp, "action.json"), {"actions": acts, "conversations": {d["id"][4:]: {"name": d["id"][4:], "url": f"https://us-central1-{d['id'][4:]}.cloudfunctions.net/fulfillment", "fulfillmentApiVersion": 2}},
      "locale": d["loc"], "manifest": {"displayName": d["name"], "invocationName": d["inv"], "shortDescription": d["desc"][:80], "privacyUrl": ("https://" + d["id"][4:] + ".web.app/privacy") if d.get("policy", True) else ""}})

def g_df(d, dirp):
    lang = d["loc"].split("-")[0]
    W(os.path.join(dirp, "agent.json"), {"description": d["desc"], "language": lang, "shortDescription": d["desc"][:60], "displayName": d["name"], "webhook": {"url": f"https://{d['id'][4:]}.herokuapp.com/webhook", "available": True, "useForDomains": False},
      "googleAssistant": {"googleAssistantCompatible": True, "project": d["id"][4:], "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False}, "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
      "defaultTimezone": "Europe/Madrid" if lang != "en" else "America/New_York", "webhookTimeout": 5000, "apiVersion": "v2", "isPrivate": True, "customClassifierMode": "use.after", "mlMinConfidence": 0.3})
    for name, samples in d.get("intents", {}).items():
        iid = uid(d["id"], name)
        W(os.path.join(dirp, "intents", f"{name}.json"), {"id": iid, "name": name, "auto": True, "contexts": [], "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [], "parameters": [{"id": uid(iid, p), "name": p, "required": False, "dataType": ty, "value": "$" + p, "isList": False} for p, ty in d.get("gparams", {}).get(name, {}).items()], "messages": [], "speech": []}], "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}] if "elcome" in name else []})
        us = []
        for s in samples:
            parts = re.split(r"(\{\w+\})", s)
            data = []
            for p in parts:
                if not p:
                    continue
                m = re.fullmatch(r"\{(\w+)\}", p)
                if m:
                    ty = d.get("gparams", {}).get(name, {}).get(m.group(1), "@sys.any")
                    data.append({"text": d.get("gex", {}).get(m.group(1), m.group(1)), "alias": m.group(1), "meta": ty, "userDefined": True})
                else:
                    data.append({"text": p, "userDefined": False})
            us.append({"id": uid(s), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        W(os.path.join(dirp, "intents", f"{name}_usersays_{lang}.json"), us)
    for t, vals in d.get("types", {}).items():
        W(os.path.join(dirp, "entities", f"{t}.json"), {"id": uid(t), "name": t, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": True, "allowFuzzyExtraction": False})
        W(os.path.join(dirp, "entities", f"{t}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])

def g_turns(d, shape, path, turns, dirp):
    conv = "ABwppHE" + hid(d["id"], path, n=30)
    out = []
    for i, tr in enumerate(turns, 1):
        sp, rp, end = tr["speech"], tr["reprompt"], tr["end"]
        if shape == "gactions-conversation":
            req = {"user": {"locale": d["loc"], "userVerificationStatus": "VERIFIED", "lastSeen": "2026-11-01T10:00:00Z"}, "conversation": {"conversationId": conv, "type": "NEW" if i == 1 else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if tr["intent"] == "LaunchRequest" else tr["intent"], "rawInputs": [{"inputType": "VOICE", "query": tr["utt"]}],
                               "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in tr["slots"].items()]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
            resp = {"expectUserResponse": not end}
            items = [{"simpleResponse": ({"ssml": sp} if sp.startswith("<speak>") else {"textToSpeech": sp})}]
            if end:
                resp["finalResponse"] = {"richResponse": {"items": items}}
            else:
                resp["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": items}, "noInputPrompts": ([{"ssml": rp} if rp.startswith("<speak>") else {"textToSpeech": rp}] if rp is not None else [])},
                                           "possibleIntents": tr.get("possible") or [{"intent": "actions.intent.TEXT"}]}]
            out.append({"request": req, "response": resp})
        elif shape == "dialogflow-webhook":
            req = {"responseId": uid(d["id"], path, i), "session": f"projects/{d['id'][4:]}/agent/sessions/{conv}",
                   "queryResult": {"queryText": tr["utt"], "parameters": tr["slots"], "allRequiredParamsPresent": True, "intent": {"name": f"projects/{d['id'][4:]}/agent/intents/{uid(d['id'], tr['intent'])}", "displayName": tr["intent"]}, "intentDetectionConfidence": 0.87, "languageCode": d["loc"].split("-")[0]},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": d["loc"]}, "conversation": {"conversationId": conv, "type": "NEW" if i == 1 else "ACTIVE"}, "inputs": [{"rawInputs": [{"query": tr["utt"], "inputType": "VOICE"}]}]}}}
            g = {"expectUserResponse": not end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": sp}}]}}
            if rp is not None and not end:
                g["noInputPrompts"] = [{"textToSpeech": rp}]
            if tr.get("system"):
                g["systemIntent"] = tr["system"]
            resp = {"fulfillmentText": re.sub("<[^>]+>", "", sp), "payload": {"google": g}}
            out.append({"request": req, "response": resp})
        else:  # gactions-scene
            req = {"handler": {"name": tr.get("handler") or tr["intent"].lower()}, "intent": {"name": "actions.intent.MAIN" if tr["intent"] == "LaunchRequest" else tr["intent"], "params": {k: {"original": v, "resolved": v} for k, v in tr["slots"].items()}, "query": tr["utt"]},
                   "scene": {"name": tr.get("scene", "Start"), "slotFillingStatus": "UNSPECIFIED", "slots": {}}, "session": {"id": conv, "params": {}, "typeOverrides": [], "languageCode": ""},
                   "user": {"locale": d["loc"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "lastSeenTime": "2026-11-02T09:00:00Z", "engagement": {}, "packageEntitlements": []},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
            resp = {"session": {"id": conv, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": sp, "text": re.sub("<[^>]+>", "", sp)}}}
            nxt = tr.get("next") or ("actions.scene.END_CONVERSATION" if end else None)
            if nxt:
                resp["scene"] = {"name": tr.get("scene", "Start"), "slots": {}, "next": {"name": nxt}}
            if rp is not None:
                resp["session"]["params"]["reprompt"] = rp
            out.append({"request": req, "response": resp})
    if path.endswith(".jsonl"):
        W(os.path.join(dirp, path), "\n".join(json.dumps(x, ensure_ascii=False) for x in out))
    else:
        W(os.path.join(dirp, path), out)

SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array, "smapi-simulation": sh_smapi_sim,
          "smapi-invocation": sh_smapi_inv, "ask-dialog": sh_ask_dialog, "cloudwatch-text": sh_cw_text, "cloudwatch-json": sh_cw_json,
          "har": sh_har, "transcript": sh_transcript, "newman-report": sh_newman, "jest-snapshot": sh_jest, "bespoken-yaml": sh_bespoken,
          "csv-sheet": sh_csv, "ipynb": sh_ipynb, "logshipper-ndjson": sh_shipper, "opensearch-hits": sh_opensearch}
GSHAPES = {"gactions-conversation", "dialogflow-webhook", "gactions-scene"}

def build(d):
    dirp = os.path.join(CASES, d["id"])
    plat = d.get("plat", "alexa")
    {"alexa": alexa_package, "builder": g_builder, "sdk": g_sdk, "df": g_df}[plat](d, dirp)
    if d.get("code"):
        for p, txt in d["code"].items():
            W(os.path.join(dirp, p), txt)
    shapes = []
    sess = Sess(d, "main")
    for rec in d["rec"]:
        shape, path, turns = rec[0], rec[1], rec[2]
        t0 = rec[3] if len(rec) > 3 else None
        shapes.append(shape)
        if shape in GSHAPES:
            g_turns(d, shape, path, turns, dirp)
        else:
            s = Sess(d, path)
            SHAPES[shape](dirp, path, s.pairs(turns, t0), d)
    return {"categories": sorted(d["cats"]), "locale": d["loc"], "shapes": sorted(set(shapes)), "why": d["why"]}
