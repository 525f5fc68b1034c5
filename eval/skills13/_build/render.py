"""Renderer: turns the hand-written case descriptions in cases_*.py into skill projects + recordings."""
import csv, io, json, os, re, shutil, hashlib, datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "cases")
LABELS = {}

BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]
PERM = {"address": "alexa::devices:all:address:full:read", "postal": "alexa:devices:all:address:country_and_postal_code:read",
        "email": "alexa::profile:email:read", "phone": "alexa::profile:mobile_number:read", "name": "alexa::profile:name:read",
        "given": "alexa::profile:given_name:read", "location": "alexa::devices:all:geolocation:read",
        "lists": "alexa::household:lists:read", "listswrite": "alexa::household:lists:write", "reminders": "alexa::alerts:reminders:skill:readwrite",
        "notifications": "alexa::devices:all:notifications:write"}


def h(s, n=8):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def w(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if not isinstance(data, str):
        data = json.dumps(data, ensure_ascii=False, indent=2)
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)


def speech(t):
    if t is None:
        return None
    if t.startswith("<speak>"):
        return {"type": "SSML", "ssml": t}
    return {"type": "PlainText", "text": t}


def parse_intent(spec):
    """'Name a=1 b=two words' -> (name, {a:1,b:'two words'}) ; slot values separated by ';'"""
    if ":" not in spec:
        return spec.strip(), {}
    name, rest = spec.split(":", 1)
    slots = {}
    for part in rest.split(";"):
        if "=" in part:
            k, v = part.split("=", 1)
            slots[k.strip()] = v.strip()
    return name.strip(), slots


def alexa_exchanges(c, turns, date="2026-11-20T10:00:00Z", version=None):
    """turns: (user_text, intent_spec|'LAUNCH'|'END', speech, reprompt, shouldEnd)."""
    t0 = datetime.datetime.fromisoformat(date.replace("Z", "+00:00"))
    sid, new, out = None, True, []
    app = "amzn1.ask.skill." + h(c["id"], 8) + "-" + h(c["id"] + "x", 4) + "-4c1e-9a0b-" + h(c["id"] + "y", 12)
    for i, (utt, ispec, sp, rp, end) in enumerate(turns):
        if new:
            sid = "amzn1.echo-api.session." + h(c["id"] + date + str(i), 8) + "-" + h(str(i) + date, 4) + "-4f2a-8c3d-" + h(c["id"] + str(i), 12)
        ts = (t0 + datetime.timedelta(seconds=9 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        if ispec == "LAUNCH":
            req = {"type": "LaunchRequest"}
        elif ispec == "END":
            req = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
        else:
            n, sl = parse_intent(ispec)
            req = {"type": "IntentRequest", "intent": {"name": n, "confirmationStatus": "NONE",
                                                       "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in sl.items()}}}
        req.update({"requestId": "amzn1.echo-api.request." + h(c["id"] + ts + str(i), 8) + "-" + h(str(i), 4) + "-4b5c-9d0e-" + h(ts + c["id"], 12),
                    "timestamp": ts, "locale": c["locale"]})
        env = {"version": "1.0", "session": {"new": new, "sessionId": sid, "application": {"applicationId": app},
                                             "user": {"userId": "amzn1.ask.account.AG" + h(c["id"], 30).upper()}},
               "context": {"System": {"application": {"applicationId": app}, "user": {"userId": "amzn1.ask.account.AG" + h(c["id"], 30).upper()},
                                      "device": {"deviceId": "amzn1.ask.device.AF" + h(c["id"] + "d", 30).upper(), "supportedInterfaces": {}},
                                      "apiEndpoint": "https://api.eu.amazonalexa.com" if c["locale"][:2] in "de es fr it" else "https://api.amazonalexa.com"}},
               "request": req}
        resp = None
        if ispec != "END":
            r = {}
            if sp is not None:
                r["outputSpeech"] = speech(sp)
            if rp is not None:
                r["reprompt"] = {"outputSpeech": speech(rp)}
            if end is not None:
                r["shouldEndSession"] = end
            resp = {"version": "1.0", "sessionAttributes": {"turn": i} if version is None else {"turn": i, "build": version}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}
        out.append({"utter": utt, "request": env, "response": resp, "ts": ts, "i": i})
        new = bool(end) or ispec == "END"
    return out


# ---------------------------------------------------------------- Alexa shapes

def sh_envelope(d, ex, rel):
    for e in ex:
        if e["response"]:
            w(os.path.join(d, rel, f"{e['i']:02d}-{slug(e['utter'])}.json"), e["response"])


def slug(s):
    return (re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-") or "turn")[:28]


def sh_pairs_jsonl(d, ex, rel):
    w(os.path.join(d, rel), "\n".join(json.dumps({"request": e["request"], "response": e["response"]}, ensure_ascii=False) for e in ex) + "\n")


def sh_pairs_array(d, ex, rel):
    w(os.path.join(d, rel), [{"request": e["request"], "response": e["response"]} for e in ex])


def sh_smapi_sim(d, ex, rel):
    for e in ex:
        if not e["response"]:
            continue
        sim = {"id": h(e["ts"] + rel, 8) + "-" + h(rel, 4) + "-4d2e-a1b2-" + h(e["utter"], 12), "status": "SUCCESSFUL",
               "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": re.sub("<[^>]+>", "", (e["response"]["response"].get("outputSpeech") or {}).get("text") or (e["response"]["response"].get("outputSpeech") or {}).get("ssml") or "")}}],
                                                 "consideredIntents": []},
                          "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:4711:function:skill", "body": e["request"]},
                                                                  "invocationResponse": {"body": e["response"]},
                                                                  "metrics": {"skillExecutionTimeInMilliseconds": 180 + e["i"]}}]},
                          "error": None}}
        w(os.path.join(d, rel, f"sim-{e['i']:02d}.json"), sim)


def sh_smapi_inv(d, ex, rel):
    for e in ex:
        if not e["response"]:
            continue
        w(os.path.join(d, rel, f"invoke-{e['i']:02d}.json"), {"id": h(e["ts"], 8), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
            "invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:4711:function:skill", "body": e["request"]},
            "invocationResponse": {"body": e["response"]}, "metrics": {"skillExecutionTimeInMilliseconds": 211}}, "error": None}})


def sh_ask_dialog(d, ex, rel):
    w(os.path.join(d, rel, "replay.json"), {"skillId": ex[0]["request"]["session"]["application"]["applicationId"], "locale": ex[0]["request"]["request"]["locale"],
                                              "type": "text", "userInput": [e["utter"] for e in ex], "storageDebug": False})
    w(os.path.join(d, rel, "record.json"), [{"utterance": e["utter"], "invocations": [{"invocationRequest": {"body": e["request"]}, "invocationResponse": {"body": e["response"]}}] if e["response"] else []} for e in ex])


def sh_cw_text(d, ex, rel):
    lines = []
    for e in ex:
        rid = h(e["ts"] + "rid", 8) + "-" + h(e["ts"], 4) + "-4aa1-b2c3-" + h(e["ts"] + "z", 12)
        ts = e["ts"].replace("Z", ".412Z")
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        lines.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(e['request'], ensure_ascii=False)}")
        if e["response"]:
            lines.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(e['response'], ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: 84.21 ms\tBilled Duration: 85 ms\tMemory Size: 128 MB\tMax Memory Used: 79 MB")
    w(os.path.join(d, rel), "\n".join(lines) + "\n")


def sh_cw_json(d, ex, rel):
    ev = []
    for e in ex:
        ms = int(datetime.datetime.fromisoformat(e["ts"].replace("Z", "+00:00")).timestamp() * 1000)
        rid = h(e["ts"] + "rid", 8) + "-0000-4aa1-b2c3-" + h(e["ts"], 12)
        ev.append({"logStreamName": "2026/11/20/[$LATEST]" + h(rel, 32), "timestamp": ms, "message": f"{e['ts']}\t{rid}\tINFO\tRequest: " + json.dumps(e["request"], ensure_ascii=False) + "\n", "ingestionTime": ms + 400, "eventId": str(ms) + "01"})
        if e["response"]:
            ev.append({"logStreamName": "2026/11/20/[$LATEST]" + h(rel, 32), "timestamp": ms + 90, "message": f"{e['ts']}\t{rid}\tINFO\tResponse: " + json.dumps(e["response"], ensure_ascii=False) + "\n", "ingestionTime": ms + 500, "eventId": str(ms) + "02"})
    w(os.path.join(d, rel), {"events": ev, "searchedLogStreams": []})


def sh_har(d, ex, rel):
    ents = []
    for e in ex:
        if not e["response"]:
            continue
        ents.append({"startedDateTime": e["ts"].replace("Z", ".000Z"), "time": 140, "request": {"method": "POST", "url": "https://skill.example-host.net/alexa", "httpVersion": "HTTP/1.1",
                     "headers": [{"name": "Content-Type", "value": "application/json"}, {"name": "Signature-256", "value": "k3" + h(e["ts"], 20)}], "queryString": [], "cookies": [],
                     "headersSize": -1, "bodySize": -1, "postData": {"mimeType": "application/json", "text": json.dumps(e["request"], ensure_ascii=False)}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}], "cookies": [],
                                  "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(e["response"], ensure_ascii=False)}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
                     "cache": {}, "timings": {"send": 1, "wait": 130, "receive": 9}})
    w(os.path.join(d, rel), {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"}, "entries": ents}})


def txt_of(o):
    if not o:
        return ""
    return o.get("text") if o.get("type") == "PlainText" else o.get("ssml", "")


def sh_transcript(d, ex, rel):
    L = [f"# probe transcript  skill={ex[0]['request']['session']['application']['applicationId']}  locale={ex[0]['request']['request']['locale']}"]
    for e in ex:
        L.append(f"[{e['ts']}] USER: {e['utter']}")
        if e["response"]:
            r = e["response"]["response"]
            L.append(f"[{e['ts']}] SKILL: {txt_of(r.get('outputSpeech'))}")
            if "reprompt" in r:
                L.append(f"[{e['ts']}] REPROMPT: {json.dumps(txt_of(r['reprompt']['outputSpeech']), ensure_ascii=False)}")
            L.append(f"[{e['ts']}] session_open={str(not r.get('shouldEndSession', True) if 'shouldEndSession' in r else 'unset').lower()}")
    w(os.path.join(d, rel), "\n".join(L) + "\n")


# ---- new shapes
def sh_postman(d, ex, rel):
    items = []
    for e in ex:
        if not e["response"]:
            continue
        body = json.dumps(e["request"], ensure_ascii=False, indent=2)
        items.append({"name": e["utter"], "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}], "body": {"mode": "raw", "raw": body, "options": {"raw": {"language": "json"}}},
                      "url": {"raw": "{{skill_url}}/alexa", "host": ["{{skill_url}}"], "path": ["alexa"]}},
                      "response": [{"name": "saved " + e["ts"][:10], "originalRequest": {"method": "POST", "header": [], "body": {"mode": "raw", "raw": body}, "url": {"raw": "{{skill_url}}/alexa"}},
                                    "status": "OK", "code": 200, "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}], "cookie": [],
                                    "body": json.dumps(e["response"], ensure_ascii=False, indent=2)}]})
    w(os.path.join(d, rel), {"info": {"_postman_id": h(rel, 8) + "-1111-4222-8333-" + h(rel + "p", 12), "name": "skill endpoint", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items,
                             "variable": [{"key": "skill_url", "value": "http://localhost:3000"}]})


def pretty(o, ind=""):
    """jest pretty-format (v29, no Object prefix): sorted keys, trailing commas"""
    n = ind + "  "
    if isinstance(o, dict):
        if not o:
            return "{}"
        return "{\n" + "".join(f"{n}{json.dumps(k, ensure_ascii=False)}: {pretty(o[k], n)},\n" for k in sorted(o)) + ind + "}"
    if isinstance(o, list):
        if not o:
            return "[]"
        return "[\n" + "".join(f"{n}{pretty(v, n)},\n" for v in o) + ind + "]"
    return json.dumps(o, ensure_ascii=False)


def sh_jest(d, ex, rel):
    L = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for e in ex:
        if not e["response"]:
            continue
        body = pretty(e["response"]).replace("`", "\\`")
        L.append(f"exports[`handler conversation {e['i']:02d} {e['utter']} 1`] = `\n{body}\n`;\n")
    w(os.path.join(d, rel), "\n".join(L))
    # the test file with the requests
    reqs = json.dumps([{"utterance": e["utter"], "event": e["request"]} for e in ex], ensure_ascii=False, indent=2)
    w(os.path.join(d, os.path.dirname(os.path.dirname(rel)), "conversation.test.js"),
      "const { handler } = require('../index');\nconst turns = " + reqs + ";\n\ndescribe('handler conversation', () => {\n  turns.forEach((t, i) => {\n    test(`${String(i).padStart(2, '0')} ${t.utterance}`, async () => {\n      const out = await handler(t.event, {});\n      expect(out).toMatchSnapshot();\n    });\n  });\n});\n")


def sh_notebook(d, ex, rel):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# Local endpoint smoke test\n", "Posting recorded requests to the dev endpoint and printing the responses."]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["import json, requests\n", "URL = 'http://127.0.0.1:8080/'\n", "def post(ev):\n", "    return requests.post(URL, json=ev).json()"]}]
    n = 2
    for e in ex:
        if not e["response"]:
            continue
        cells.append({"cell_type": "code", "execution_count": n, "metadata": {}, "source": [f"# user: {e['utter']}\n", "ev = " + json.dumps(e["request"], ensure_ascii=False) + "\n", "print(json.dumps(post(ev), indent=1, ensure_ascii=False))"],
                      "outputs": [{"name": "stdout", "output_type": "stream", "text": [l + "\n" for l in json.dumps(e["response"], indent=1, ensure_ascii=False).splitlines()]}]})
        n += 1
    w(os.path.join(d, rel), {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}, "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5})


def sh_csv(d, ex, rel):
    s = io.StringIO()
    cw = csv.writer(s)
    cw.writerow(["timestamp", "session_id", "request_type", "intent", "slots", "user_said", "output_speech", "reprompt", "should_end_session"])
    for e in ex:
        rq = e["request"]["request"]
        r = (e["response"] or {}).get("response", {})
        cw.writerow([e["ts"], e["request"]["session"]["sessionId"][-12:], rq["type"], rq.get("intent", {}).get("name", ""),
                     json.dumps({k: v["value"] for k, v in rq.get("intent", {}).get("slots", {}).items()}, ensure_ascii=False) if rq.get("intent") else "",
                     e["utter"], txt_of(r.get("outputSpeech")), txt_of((r.get("reprompt") or {}).get("outputSpeech")) if "reprompt" in r else "",
                     "" if "shouldEndSession" not in r else str(r["shouldEndSession"]).upper()])
    w(os.path.join(d, rel), s.getvalue())


def sh_elk(d, ex, rel):
    L = []
    for e in ex:
        base = {"@timestamp": e["ts"].replace("Z", ".220Z"), "cloud": {"provider": "aws", "region": "eu-west-1"}, "aws": {"cloudwatch": {"log_group": "/aws/lambda/skill-prod", "log_stream": "2026/11/20/[7]" + h(rel, 16)}},
                "log": {"level": "info"}, "service": {"name": "skill-prod"}, "agent": {"type": "functionbeat", "version": "8.11.1"}, "event": {"dataset": "aws.lambda"}}
        a = dict(base, message="incoming alexa request", alexa={"direction": "in", "payload": e["request"]})
        L.append(json.dumps(a, ensure_ascii=False))
        if e["response"]:
            b = dict(base, message="outgoing alexa response", alexa={"direction": "out", "session_id": e["request"]["session"]["sessionId"], "payload": e["response"]})
            L.append(json.dumps(b, ensure_ascii=False))
    w(os.path.join(d, rel), "\n".join(L) + "\n")


def sh_curl(d, ex, rel):
    L = []
    for e in ex:
        if not e["response"]:
            continue
        body = json.dumps(e["request"], ensure_ascii=False)
        rb = json.dumps(e["response"], ensure_ascii=False)
        L += [f"$ curl -sv -X POST https://dev-skill.ngrok.app/ -H 'Content-Type: application/json' -d @req{e['i']:02d}.json",
              "*   Trying 3.125.209.94:443...", "* Connected to dev-skill.ngrok.app (3.125.209.94) port 443 (#0)",
              "> POST / HTTP/2", "> Host: dev-skill.ngrok.app", "> user-agent: curl/8.4.0", "> content-type: application/json", f"> content-length: {len(body.encode())}", ">",
              "} [" + str(len(body.encode())) + " bytes data]", body,
              "< HTTP/2 200", "< content-type: application/json; charset=utf-8", f"< date: {e['ts']}", "<", rb, "* Connection #0 to host dev-skill.ngrok.app left intact", ""]
    w(os.path.join(d, rel), "\n".join(L))


ALEXA_SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array, "smapi-simulation": sh_smapi_sim,
                "smapi-invocation": sh_smapi_inv, "ask-dialog": sh_ask_dialog, "cloudwatch-text": sh_cw_text, "cloudwatch-json": sh_cw_json,
                "har": sh_har, "transcript": sh_transcript, "postman-collection": sh_postman, "jest-snapshot": sh_jest, "notebook": sh_notebook,
                "csv-sheet": sh_csv, "elk-ndjson": sh_elk, "curl-trace": sh_curl}
DEFAULT_PATH = {"envelope": "test/responses", "pairs-jsonl": "logs/session.jsonl", "pairs-array": "qa/pairs.json", "smapi-simulation": "simulations",
                "smapi-invocation": "invocations", "ask-dialog": "dialog", "cloudwatch-text": "logs/cloudwatch.log", "cloudwatch-json": "logs/events.json",
                "har": "captures/endpoint.har", "transcript": "qa/probe.txt", "postman-collection": "postman/skill.postman_collection.json",
                "jest-snapshot": "lambda/__tests__/__snapshots__/conversation.test.js.snap", "notebook": "notebooks/smoke.ipynb", "csv-sheet": "qa/test-run.csv",
                "elk-ndjson": "export/lambda-logs.ndjson", "curl-trace": "debug/curl-session.txt"}


# ---------------------------------------------------------------- Alexa package

def alexa_package(d, c):
    loc = c["locale"]
    locs = [loc] + c.get("extra_locales", [])
    pub = {}
    for l in locs:
        pub[l] = {"summary": c["desc"][:160], "examplePhrases": [f"Alexa, open {c['inv']}"] + c.get("examples", []), "name": c["name"], "description": c["desc"],
                  "keywords": c.get("keywords", []), "smallIconUri": "https://example-cdn.net/icons/" + h(c["id"]) + "-108.png", "largeIconUri": "https://example-cdn.net/icons/" + h(c["id"]) + "-512.png"}
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("uses_pi", False), "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy", True):
        pac["locales"] = {l: {"privacyPolicyUrl": c.get("policy_url", "https://" + c.get("domain", h(c["id"]) + "-apps.com") + "/privacy"), "termsOfUseUrl": "https://" + c.get("domain", h(c["id"]) + "-apps.com") + "/terms"} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "distributionCountries": [loc[-2:]], "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                  "category": c.get("cat", "GAMES")},
                        "apis": {"custom": {"endpoint": {"uri": "arn:aws:lambda:us-east-1:4711:function:" + c["id"][4:]}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pac}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": PERM.get(p, p)} for p in c["perms"]]
    w(os.path.join(d, "skill-package", "skill.json"), man)
    for l in locs:
        w(os.path.join(d, "skill-package", "interactionModels", "custom", l + ".json"), alexa_model(c, c.get("models", {}).get(l, c.get("model", []))))
    w(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if c.get("code"):
        w(os.path.join(d, "lambda", "index.js"), c["code"])


def alexa_model(c, spec):
    intents, seen = [], set()
    st = c.get("slot_types", {})
    for line in spec:
        name, samples = line.split(":", 1)
        samples = [s.strip() for s in samples.split("|") if s.strip()]
        slots = []
        for s in samples:
            for m in re.findall(r"\{(\w+)\}", s):
                if m not in [x["name"] for x in slots]:
                    slots.append({"name": m, "type": st.get(m, "AMAZON.SearchQuery")})
        intents.append({"name": name.strip(), "slots": slots, "samples": samples})
        seen.add(name.strip())
    for b in BUILTIN:
        if b not in seen:
            intents.append({"name": b, "samples": []})
    types = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in c.get("custom_types", {}).items()]
    return {"interactionModel": {"languageModel": {"invocationName": c["inv"], "intents": intents, "types": types}}}


# ---------------------------------------------------------------- Google

def g_prompt(text):
    return text


def google_package(d, c):
    kind = c["platform"]
    loc = c["locale"]
    lang = loc.split("-")[0]
    if kind == "builder":
        w(os.path.join(d, "sdk", "settings", "settings.yaml"),
          f"defaultLocale: {lang}\nlocalizedSettings:\n  displayName: {c['name']}\n  pronunciation: {c['inv']}\n  shortDescription: {c['desc'][:80]}\n  fullDescription: {c['desc']}\n"
          f"  developerName: {c.get('dev', 'Studio ' + h(c['id'], 4))}\n  privacyPolicyUrl: {'https://' + c.get('domain', h(c['id']) + '-apps.com') + '/privacy' if c.get('policy', True) else ''}\n"
          f"projectId: {c['id'][4:]}-{h(c['id'], 4)}\ncategory: {c.get('gcat', 'GAMES_AND_TRIVIA')}\nusesTransactionsApi: false\nusesDigitalPurchaseApi: false\ndesignedForFamily: {str(c.get('kids', False)).lower()}\n")
        w(os.path.join(d, "sdk", "manifest.yaml"), "version: '1.0'\n")
        w(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), "handlers:\n" + "".join(f"- name: {x}\n" for x in c.get("handlers", ["start"])) + "httpsEndpoint:\n  baseUrl: https://europe-west1-" + c["id"][4:] + ".cloudfunctions.net/fulfillment\n")
        w(os.path.join(d, "sdk", "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: start\n    intent:\n      name: actions.intent.MAIN\n")
        for line in c.get("model", []):
            name, samples = line.split(":", 1)
            ph = [s.strip() for s in samples.split("|") if s.strip()]
            params = sorted(set(re.findall(r"\$(\w+)", samples)))
            y = ""
            if params:
                y += "parameters:\n" + "".join(f"- name: {p}\n  type:\n    name: {c.get('slot_types', {}).get(p, 'actions.type.FreeText')}\n" for p in params)
            y += "trainingPhrases:\n" + "".join("- \"" + re.sub(r"\$(\w+)", lambda m: f"($" + m.group(1) + " '" + c.get('examples_val', {}).get(m.group(1), 'something') + "' auto=true)", p).replace('"', '\\"') + "\"\n" for p in ph)
            w(os.path.join(d, "sdk", "custom", "intents", name.strip() + ".yaml"), y)
        for sname, body in c.get("scenes", {}).items():
            w(os.path.join(d, "sdk", "custom", "scenes", sname + ".yaml"), body)
        for tname, vals in c.get("custom_types", {}).items():
            w(os.path.join(d, "sdk", "custom", "types", tname + ".yaml"), "synonym:\n  entities:\n" + "".join(f"    \"{v}\":\n      synonyms:\n      - \"{v}\"\n" for v in vals) + "  matchType: EXACT_MATCH\n")
    elif kind == "sdk2":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": "main"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
        for line in c.get("model", []):
            name, samples = line.split(":", 1)
            ph = [s.strip() for s in samples.split("|") if s.strip()]
            params = sorted(set(re.findall(r"\$(\w+)", samples)))
            acts.append({"name": name.strip(), "fulfillment": {"conversationName": "main"}, "intent": {"name": name.strip(), "parameters": [{"name": p, "type": c.get("slot_types", {}).get(p, "SchemaOrg_Text")} for p in params],
                                                                                                     "trigger": {"queryPatterns": [re.sub(r"\$(\w+)", lambda m: "$" + c.get("slot_types", {}).get(m.group(1), "SchemaOrg_Text") + ":" + m.group(1), p) for p in ph]}}})
        w(os.path.join(d, "action.json"), {"actions": acts, "conversations": {"main": {"name": "main", "url": "https://" + c["id"][4:] + ".example-run.app/fulfillment", "fulfillmentApiVersion": 2}},
                                           "locale": loc, "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80], "longDescription": c["desc"],
                                                                       "privacyUrl": ("https://" + c.get("domain", h(c["id"]) + "-apps.com") + "/privacy") if c.get("policy", True) else "", "category": c.get("gcat", "GAMES_AND_TRIVIA")}})
    elif kind == "dialogflow":
        w(os.path.join(d, "agent.json"), {"description": c["desc"], "language": lang, "shortDescription": c["desc"][:80], "examples": "", "linkToDocs": "", "displayName": c["name"],
                                          "disableInteractionLogs": False, "disableStackdriverLogs": True, "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][4:], "welcomeIntentSignInRequired": False,
                                          "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False}, "voiceType": "MALE_1", "capabilities": [], "env": "",
                                          "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False, "invocationName": c["inv"], "privacyPolicyUrl": ("https://" + c.get("domain", h(c["id"]) + "-apps.com") + "/privacy") if c.get("policy", True) else ""},
                                          "defaultTimezone": "Europe/Berlin", "webhook": {"url": "https://" + c["id"][4:] + ".example-run.app/df", "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                                          "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": ""})
        w(os.path.join(d, "package.json"), {"version": "1.0.0"})
        for line in c.get("model", []):
            name, samples = line.split(":", 1)
            ph = [s.strip() for s in samples.split("|") if s.strip()]
            params = sorted(set(re.findall(r"\$(\w+)", samples)))
            w(os.path.join(d, "intents", name.strip() + ".json"), {"id": h(name), "name": name.strip(), "auto": True, "contexts": [], "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                "parameters": [{"id": h(p), "name": p, "required": False, "dataType": "@" + c.get("slot_types", {}).get(p, "sys.any"), "value": "$" + p, "isList": False} for p in params], "messages": [], "speech": []}],
                "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": []})
            data = []
            for p in ph:
                parts = []
                for tok in re.split(r"(\$\w+)", p):
                    if not tok:
                        continue
                    if tok.startswith("$"):
                        parts.append({"text": c.get("examples_val", {}).get(tok[1:], "something"), "meta": "@" + c.get("slot_types", {}).get(tok[1:], "sys.any"), "alias": tok[1:], "userDefined": True})
                    else:
                        parts.append({"text": tok, "userDefined": False})
                data.append({"id": h(p), "data": parts, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            w(os.path.join(d, "intents", name.strip() + "_usersays_" + lang + ".json"), data)


def google_exchanges(c, turns, date="2026-11-22T09:00:00Z"):
    """turns: (user_text, intent, params(dict), speech, expect_more(bool), extra(dict))"""
    t0 = datetime.datetime.fromisoformat(date.replace("Z", "+00:00"))
    out = []
    sid = "ABwppHG" + h(c["id"] + date, 24)
    for i, t in enumerate(turns):
        utt, intent, params, sp, more = t[:5]
        extra = t[5] if len(t) > 5 else {}
        ts = (t0 + datetime.timedelta(seconds=11 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        out.append(dict(utt=utt, intent=intent, params=params, sp=sp, more=more, extra=extra, ts=ts, i=i, sid=sid))
    return out


def sh_g_scene(d, ex, rel, c):
    for e in ex:
        req = {"handler": {"name": e["extra"].get("handler", "start" if e["i"] == 0 else "turn")}, "intent": {"name": e["intent"], "params": {k: {"original": v, "resolved": v} for k, v in e["params"].items()}, "query": e["utt"]},
               "scene": {"name": e["extra"].get("scene", "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {}}, "session": {"id": e["sid"], "params": {}, "typeOverrides": [], "languageCode": c["locale"]},
               "user": {"locale": c["locale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": e["ts"]},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Paris"}}}
        res = {"session": {"id": e["sid"], "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": e["sp"], "text": re.sub("<[^>]+>", "", e["sp"])}}}
        nxt = e["extra"].get("next") or (None if e["more"] else "actions.scene.END_CONVERSATION")
        if nxt:
            res["scene"] = {"name": e["extra"].get("scene", "Main"), "slots": {}, "next": {"name": nxt}}
        if "suggestions" in e["extra"]:
            res["prompt"]["suggestions"] = [{"title": s} for s in e["extra"]["suggestions"]]
        w(os.path.join(d, rel, f"turn{e['i'] + 1}_request.json"), req)
        w(os.path.join(d, rel, f"turn{e['i'] + 1}_response.json"), res)


def sh_g_conv(d, ex, rel, c):
    pairs = []
    for e in ex:
        req = {"user": {"locale": c["locale"], "lastSeen": e["ts"], "userVerificationStatus": "VERIFIED"}, "conversation": {"conversationId": e["sid"], "type": "NEW" if e["i"] == 0 else "ACTIVE", "conversationToken": "[]"},
               "inputs": [{"intent": e["intent"], "rawInputs": [{"inputType": "VOICE", "query": e["utt"]}], "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in e["params"].items()]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
        res = {"expectUserResponse": e["more"]}
        items = [{"simpleResponse": {"textToSpeech": e["sp"]}}]
        if e["more"]:
            res["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": items}, "noInputPrompts": [{"textToSpeech": x} for x in e["extra"].get("noinput", [])]},
                                      "possibleIntents": [{"intent": e["extra"].get("possible", "actions.intent.TEXT")} | ({"inputValueData": e["extra"]["ivd"]} if "ivd" in e["extra"] else {})]}]
        else:
            res["finalResponse"] = {"richResponse": {"items": items}}
        pairs.append({"request": req, "response": res})
    w(os.path.join(d, rel), pairs)


def sh_g_df(d, ex, rel, c):
    for e in ex:
        req = {"responseId": h(e["ts"], 8) + "-" + h(e["utt"], 4) + "-4e5f-a6b7-" + h(e["ts"] + e["utt"], 12), "session": "projects/" + c["id"][4:] + "/agent/sessions/" + e["sid"],
               "queryResult": {"queryText": e["utt"], "parameters": e["params"], "allRequiredParamsPresent": True, "intent": {"name": "projects/" + c["id"][4:] + "/agent/intents/" + h(e["intent"]), "displayName": e["intent"]},
                               "intentDetectionConfidence": 0.92, "languageCode": c["locale"].split("-")[0]},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": c["locale"]}, "conversation": {"conversationId": e["sid"], "type": "NEW" if e["i"] == 0 else "ACTIVE"},
                                                                                          "inputs": [{"rawInputs": [{"query": e["utt"], "inputType": "VOICE"}]}]}}}
        g = {"expectUserResponse": e["more"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": e["sp"]}}]}}
        if "systemIntent" in e["extra"]:
            g["systemIntent"] = e["extra"]["systemIntent"]
        if "noinput" in e["extra"]:
            g["noInputPrompts"] = [{"textToSpeech": x} for x in e["extra"]["noinput"]]
        res = {"fulfillmentText": re.sub("<[^>]+>", "", e["sp"]), "payload": {"google": g}}
        w(os.path.join(d, rel, f"{e['ts'][11:19].replace(':', '')}-{slug(e['intent'])}.json"), {"request": req, "response": res})


G_SHAPES = {"gactions-scene": sh_g_scene, "gactions-conversation": sh_g_conv, "dialogflow-webhook": sh_g_df}
G_PATH = {"gactions-scene": "webhook/test", "gactions-conversation": "test/conversation.json", "dialogflow-webhook": "fulfillment/logs"}


# ---------------------------------------------------------------- driver

def build(c):
    d = os.path.join(OUT, c["id"])
    if os.path.exists(d):
        shutil.rmtree(d)
    os.makedirs(d)
    google = c.get("platform", "alexa") != "alexa"
    if google:
        google_package(d, c)
    else:
        alexa_package(d, c)
    recs = c.get("recs") or [(s, None, c["turns"], {}) for s in c["shapes"]]
    shapes = []
    for shape, rel, turns, meta in recs:
        if google:
            ex = google_exchanges(c, turns, meta.get("date", "2026-11-22T09:00:00Z"))
            G_SHAPES[shape](d, ex, rel or G_PATH[shape], c)
        else:
            ex = alexa_exchanges(c, turns, meta.get("date", "2026-11-20T10:00:00Z"), meta.get("version"))
            ALEXA_SHAPES[shape](d, ex, rel or DEFAULT_PATH[shape])
        if shape not in shapes:
            shapes.append(shape)
    for rel, text in c.get("files", {}).items():
        w(os.path.join(d, rel), text)
    LABELS[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}


def finish():
    w(os.path.join(ROOT, "labels.json"), dict(sorted(LABELS.items())))
