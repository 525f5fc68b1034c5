"""Rendering helpers for set 123. Case content lives in cases_*.py; this file only turns it into
project files and recordings of many shapes."""
import base64, csv, hashlib, io, json, os, uuid, datetime

OUT = None  # set by gen.py


def _h(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


def uid(*parts):
    h = _h(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def write(cid, rel, data):
    p = os.path.join(OUT, "cases", cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write(data)


class T:
    """one turn: what the user said, the request it became, and the skill's answer"""
    def __init__(self, utt, intent, speech, reprompt=None, end=False, slots=None, card=None):
        self.utt, self.intent, self.speech, self.reprompt, self.end = utt, intent, speech, reprompt, end
        self.slots = slots or {}
        self.card = card


def ssml(s):
    if s is None:
        return None
    return s if s.startswith("<speak>") else f"<speak>{s}</speak>"


def plain(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "")


# ---------------------------------------------------------------- Alexa package

def alexa_package(c):
    cid, loc = c["id"], c["locale"]
    locales = c.get("locales") or [loc]
    pub = {}
    for l in locales:
        pub[l] = {
            "summary": c.get("summary", c["desc"][:120]),
            "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"],
            "keywords": c.get("keywords", []),
            "name": c["name"],
            "description": c["desc"],
            "smallIconUri": f"https://s3.amazonaws.com/skill-icons/{_h(cid)[:10]}/small.png",
            "largeIconUri": f"https://s3.amazonaws.com/skill-icons/{_h(cid)[:10]}/large.png",
        }
    pac = {"allowsPurchases": c.get("purchases", False),
           "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
           "isChildDirected": c.get("child", False), "isExportCompliant": True,
           "containsAds": False}
    if c.get("policy"):
        pac["locales"] = {l: {"privacyPolicyUrl": c["policy"],
                              "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} for l in locales}
    region = "eu-west-1" if loc in ("en-GB", "it-IT", "de-DE") else "us-east-1"
    man = {"manifest": {
        "publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                  "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                  "category": c.get("category", "LIFESTYLE"),
                                  "distributionCountries": [loc.split("-")[1]]},
        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:{region}:{int(_h(cid)[:10],16)%10**12:012d}:function:{cid[7:]}"}}},
        "manifestVersion": "1.0",
        "privacyAndCompliance": pac}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    write(cid, "skill-package/skill.json", man)
    for l in locales:
        intents = []
        for it in c["intents"]:
            name, slots, samples = it
            d = {"name": name, "samples": samples}
            if slots:
                d["slots"] = [{"name": s, "type": t} for s, t in slots]
            intents.append(d)
        for b in ("AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"):
            if b not in [i[0] for i in c["intents"]]:
                intents.append({"name": b, "samples": []})
        if c.get("fallback", True):
            intents.append({"name": "AMAZON.FallbackIntent", "samples": []})
        lm = {"invocationName": c["inv"], "intents": intents,
              "types": [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c.get("types", {}).items()]}
        write(cid, f"skill-package/interactionModels/custom/{l}.json", {"interactionModel": {"languageModel": lm}})
    write(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
                                "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if c.get("code"):
        fn, txt = c["code"]
        write(cid, fn, txt)


# ---------------------------------------------------------------- Alexa requests / responses

class Conv:
    """assigns sessions/ids/timestamps to a list of turns"""
    def __init__(self, c, turns, seed="a", start="2026-03-02T19:04:11Z"):
        self.c, self.turns, self.seed = c, turns, seed
        self.app = "amzn1.ask.skill." + uid(c["id"], "app")
        self.user = "amzn1.ask.account.AF" + _h(c["id"], "user").upper()[:58]
        self.device = "amzn1.ask.device.AG" + _h(c["id"], "dev").upper()[:40]
        t0 = datetime.datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
        self.items = []
        sess, new, n = 0, True, 0
        for i, t in enumerate(turns):
            if i and (turns[i - 1].end is True):
                sess, new = sess + 1, True
            ts = t0 + datetime.timedelta(seconds=9 * i + sess * 40)
            self.items.append(dict(t=t, sid="amzn1.echo-api.session." + uid(c["id"], seed, "s", sess),
                                   rid="amzn1.echo-api.request." + uid(c["id"], seed, "r", i),
                                   new=new, ts=ts.strftime("%Y-%m-%dT%H:%M:%SZ"), i=i))
            new = False

    def request(self, it):
        t, c = it["t"], self.c
        if t.intent == "LaunchRequest":
            r = {"type": "LaunchRequest", "requestId": it["rid"], "locale": c["locale"], "timestamp": it["ts"], "shouldLinkResultBeReturned": False}
        elif t.intent == "SessionEndedRequest":
            r = {"type": "SessionEndedRequest", "requestId": it["rid"], "locale": c["locale"], "timestamp": it["ts"], "reason": "USER_INITIATED"}
        else:
            slots = {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t.slots.items()}
            r = {"type": "IntentRequest", "requestId": it["rid"], "locale": c["locale"], "timestamp": it["ts"],
                 "dialogState": "STARTED" if False else None,
                 "intent": {"name": t.intent, "confirmationStatus": "NONE", "slots": slots}}
            del r["dialogState"]
        sys_ = {"application": {"applicationId": self.app}, "user": {"userId": self.user},
                "device": {"deviceId": self.device, "supportedInterfaces": {}},
                "apiEndpoint": "https://api.eu.amazonalexa.com" if c["locale"] in ("en-GB", "it-IT", "de-DE") else "https://api.amazonalexa.com",
                "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJhdWQiOiJodHRwczovL2FwaS5hbWF6b25hbGV4YS5jb20ifQ.REDACTED"}
        sess = {"new": it["new"], "sessionId": it["sid"], "application": {"applicationId": self.app}, "user": {"userId": self.user}}
        if not it["new"]:
            sess["attributes"] = {}
        return {"version": "1.0", "session": sess, "context": {"System": sys_}, "request": r}

    def response(self, it):
        t = it["t"]
        resp = {}
        if t.speech is not None:
            resp["outputSpeech"] = {"type": "SSML", "ssml": ssml(t.speech)}
        if t.card:
            resp["card"] = {"type": "Simple", "title": self.c["name"], "content": t.card}
        if t.reprompt is not None:
            resp["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t.reprompt)}}
        if t.end is not None:
            resp["shouldEndSession"] = t.end
        if t.intent == "SessionEndedRequest":
            resp = {}
        return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": resp}


# ---------------------------------------------------------------- shapes (Alexa)

def sh_envelope(cid, conv, folder):
    for it in conv.items:
        if it["t"].intent == "SessionEndedRequest":
            continue
        name = it["t"].intent.replace("AMAZON.", "").replace("Request", "")
        write(cid, f"{folder}/{it['i']+1:02d}-{name}.json", conv.response(it))


def sh_pairs_jsonl(cid, conv, path):
    write(cid, path, "".join(json.dumps({"request": conv.request(it), "response": conv.response(it)}, ensure_ascii=False) + "\n" for it in conv.items))


def sh_pairs_array(cid, conv, path):
    write(cid, path, [{"request": conv.request(it), "response": conv.response(it)} for it in conv.items])


def _sim(conv, it):
    return {"id": uid(conv.c["id"], "sim", conv.seed, it["i"]), "status": "SUCCESSFUL", "result": {
        "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(it["t"].speech)}}] if it["t"].speech else [],
                               "consideredIntents": [{"name": it["t"].intent, "confirmationStatus": "NONE", "slots": {}}]},
        "skillExecutionInfo": {"invocations": [{
            "invocationRequest": {"endpoint": conv.c["_endpoint"], "body": conv.request(it)},
            "invocationResponse": {"body": conv.response(it)},
            "metrics": {"skillExecutionTimeInMilliseconds": 180 + it["i"] * 7}}]}}}


def sh_smapi_simulation(cid, conv, folder):
    for it in conv.items:
        if it["t"].intent == "SessionEndedRequest":
            continue
        write(cid, f"{folder}/sim-{it['i']+1:02d}.json", _sim(conv, it))


def sh_smapi_invocation(cid, conv, folder):
    for it in conv.items:
        write(cid, f"{folder}/invoke-{it['i']+1:02d}.json", {"id": uid(cid, "inv", it["i"]), "status": "SUCCESSFUL", "result": {
            "skillExecutionInfo": {"invocationRequest": {"endpoint": conv.c["_endpoint"], "body": conv.request(it)},
                                   "invocationResponse": {"body": conv.response(it)},
                                   "metrics": {"skillExecutionTimeInMilliseconds": 212}}, "error": None}})


def sh_ask_dialog(cid, conv, folder, text=True):
    ui = [it["t"].utt for it in conv.items if it["t"].utt]
    write(cid, f"{folder}/dialog-replay.json", {"skillId": conv.app, "locale": conv.c["locale"], "type": "text", "userInput": ui})
    if text:
        lines = []
        for it in conv.items:
            t = it["t"]
            if t.intent == "SessionEndedRequest":
                continue
            lines.append(f"User  > {t.utt}")
            lines.append(f"Alexa > {plain(t.speech)}")
            if t.reprompt is not None:
                lines.append(f"        (reprompt) {plain(t.reprompt)!r}")
            lines.append(f"        [session {'ended' if t.end else 'open'}]")
        write(cid, f"{folder}/dialog-output.txt", "\n".join(lines) + "\n")
    else:
        write(cid, f"{folder}/dialog-output.json", [{"utterance": it["t"].utt, "invocations": [
            {"invocationRequest": {"body": conv.request(it)}, "invocationResponse": {"body": conv.response(it)}}]} for it in conv.items if it["t"].utt])


def _cw_lines(conv, py=False, kw=("Request: ", "Response: ")):
    out = []
    for it in conv.items:
        rid = uid(conv.c["id"], "lambda", conv.seed, it["i"])
        ts = it["ts"].replace("Z", ".118Z")
        out.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            out.append(f"[INFO]\t{ts}\t{rid}\t{kw[0]}{json.dumps(conv.request(it), ensure_ascii=False)}")
            out.append(f"[INFO]\t{ts}\t{rid}\t{kw[1]}{json.dumps(conv.response(it), ensure_ascii=False)}")
        else:
            out.append(f"{ts}\t{rid}\tINFO\t{kw[0]}{json.dumps(conv.request(it), ensure_ascii=False)}")
            out.append(f"{ts}\t{rid}\tINFO\t{kw[1]}{json.dumps(conv.response(it), ensure_ascii=False)}")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tDuration: 143.27 ms\tBilled Duration: 144 ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
    return out


def sh_cloudwatch_text(cid, conv, path, py=False, kw=("Request: ", "Response: ")):
    write(cid, path, "\n".join(_cw_lines(conv, py, kw)) + "\n")


def sh_cloudwatch_json(cid, conv, path):
    ev = []
    base = 1772478251000
    for n, line in enumerate(_cw_lines(conv)):
        ev.append({"logStreamName": "2026/03/02/[$LATEST]" + _h(cid, "stream")[:32], "timestamp": base + n * 300,
                   "message": line + "\n", "ingestionTime": base + n * 300 + 412, "eventId": str(37000000000000000000000000000000000000000000000000000000 + n)})
    write(cid, path, {"events": ev, "searchedLogStreams": [], "nextToken": None})


def sh_har(cid, conv, path, url="https://skill.example-host.net/alexa"):
    ents = []
    for it in conv.items:
        rq, rs = json.dumps(conv.request(it), ensure_ascii=False), json.dumps(conv.response(it), ensure_ascii=False)
        ents.append({"startedDateTime": it["ts"].replace("Z", ".000Z"), "time": 231,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(rq),
                                 "postData": {"mimeType": "application/json; charset=utf-8", "text": rq}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                  "content": {"size": len(rs), "mimeType": "application/json", "text": rs},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(rs)},
                     "cache": {}, "timings": {"send": 1, "wait": 220, "receive": 10}})
    write(cid, path, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "entries": ents}})


def sh_transcript(cid, conv, path, bot="SKILL"):
    lines = []
    for it in conv.items:
        t = it["t"]
        if t.intent == "SessionEndedRequest":
            continue
        ts = it["ts"].replace("T", " ").replace("Z", "")
        lines.append(f"[{ts}] USER: {t.utt}")
        lines.append(f"[{ts}] {bot}: {plain(t.speech)}")
        if t.reprompt is not None:
            lines.append(f"[{ts}] {bot} (reprompt): {plain(t.reprompt)}")
        lines.append(f"[{ts}] session_open={'false' if t.end else 'true'}")
    write(cid, path, "\n".join(lines) + "\n")


# ---------------------------------------------------------------- new shapes

def sh_jest_snapshot(cid, conv, path):
    """Jest snapshot of handler responses (pretty-format style)"""
    def pf(o, ind=0):
        sp = "  " * ind
        if isinstance(o, dict):
            if not o:
                return "Object {}"
            return "Object {\n" + "".join(f'{sp}  "{k}": {pf(v, ind+1)},\n' for k, v in o.items()) + sp + "}"
        if isinstance(o, list):
            return "Array [\n" + "".join(f"{sp}  {pf(v, ind+1)},\n" for v in o) + sp + "]"
        if isinstance(o, bool):
            return "true" if o else "false"
        if isinstance(o, str):
            return '"' + o.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return str(o)
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for it in conv.items:
        t = it["t"]
        if t.intent == "SessionEndedRequest":
            continue
        out.append(f"exports[`handlers {t.intent} \"{t.utt}\" 1`] = `\n{pf(conv.response(it)['response'])}\n`;")
        out.append("")
    write(cid, path, "\n".join(out))


def _yq(s):
    return '"' + (s or "").replace("\\", "\\\\").replace('"', '\\"') + '"'


def sh_bespoken_yaml(cid, conv, path):
    """Bespoken unit-test file; assertions record what the skill answered"""
    out = ["---", "configuration:", f"  locale: {conv.c['locale']}", "  handler: lambda/index.handler", "", "---",
           f"- test: recorded conversation {conv.seed}"]
    for it in conv.items:
        t = it["t"]
        if t.intent == "SessionEndedRequest":
            continue
        key = "LaunchRequest" if t.intent == "LaunchRequest" else t.utt
        out.append(f"- {_yq(key)}:")
        out.append(f"  - prompt: {_yq(plain(t.speech))}")
        out.append(f"  - response.outputSpeech.ssml: {_yq(ssml(t.speech))}")
        if t.reprompt is not None:
            out.append(f"  - response.reprompt.outputSpeech.ssml: {_yq(ssml(t.reprompt))}")
        out.append(f"  - response.shouldEndSession: {str(bool(t.end)).lower()}")
    write(cid, path, "\n".join(out) + "\n")


def sh_junit_xml(cid, conv, path):
    from xml.sax.saxutils import escape
    cases = []
    for it in conv.items:
        body = "REQUEST " + json.dumps(conv.request(it), ensure_ascii=False) + "\nRESPONSE " + json.dumps(conv.response(it), ensure_ascii=False)
        cases.append(f'    <testcase classname="tests.test_flow" name="test_turn_{it["i"]+1:02d}_{it["t"].intent}" time="0.{31+it["i"]}">\n'
                     f'      <system-out>{escape(body)}</system-out>\n    </testcase>')
    x = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" '
         f'tests="{len(cases)}" time="1.204" timestamp="2026-03-02T19:04:11" hostname="ci-runner-3">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    write(cid, path, x)


def sh_postman(cid, conv, path, url="{{skill_url}}"):
    items = []
    for it in conv.items:
        rq = json.dumps(conv.request(it), indent=2, ensure_ascii=False)
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": rq, "options": {"raw": {"language": "json"}}},
               "url": {"raw": url, "host": [url]}}
        items.append({"name": f"{it['i']+1:02d} {it['t'].utt or it['t'].intent}", "request": req, "response": [{
            "name": "saved example", "originalRequest": req, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
            "header": [{"key": "Content-Type", "value": "application/json"}], "cookie": [],
            "body": json.dumps(conv.response(it), indent=2, ensure_ascii=False)}]})
    write(cid, path, {"info": {"_postman_id": uid(cid, "pm"), "name": conv.c["name"] + " – skill endpoint",
                               "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                      "item": items, "variable": [{"key": "skill_url", "value": "http://localhost:3000/alexa"}]})


def sh_csv_turns(cid, conv, path):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["timestamp", "session_id", "new_session", "locale", "request_type", "intent", "slots", "utterance",
                "output_ssml", "reprompt_ssml", "should_end_session"])
    for it in conv.items:
        t = it["t"]
        rt = t.intent if t.intent in ("LaunchRequest", "SessionEndedRequest") else "IntentRequest"
        w.writerow([it["ts"], it["sid"], str(it["new"]).lower(), conv.c["locale"], rt, "" if rt != "IntentRequest" else t.intent,
                    json.dumps(t.slots, ensure_ascii=False) if t.slots else "", t.utt or "", ssml(t.speech) or "",
                    "" if t.reprompt is None else ssml(t.reprompt), "" if t.end is None else str(t.end).lower()])
    write(cid, path, buf.getvalue())


def sh_ngrok(cid, conv, path):
    reqs = []
    for it in conv.items:
        rq = json.dumps(conv.request(it), ensure_ascii=False).encode()
        rs = json.dumps(conv.response(it), ensure_ascii=False).encode()
        rawq = b"POST /alexa HTTP/1.1\r\nHost: 7d1c-88-12-4-19.ngrok-free.app\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + str(len(rq)).encode() + b"\r\n\r\n" + rq
        raws = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + str(len(rs)).encode() + b"\r\n\r\n" + rs
        reqs.append({"uri": f"/api/requests/http/{_h(cid, it['i'])[:26]}", "id": _h(cid, it["i"])[:26],
                     "tunnel_name": "command_line", "remote_addr": "72.21.217.100", "start": it["ts"], "duration": 188000000,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]},
                                 "uri": "/alexa", "raw": base64.b64encode(rawq).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1",
                                  "headers": {"Content-Type": ["application/json"]}, "raw": base64.b64encode(raws).decode()}})
    write(cid, path, {"uri": "/api/requests/http", "requests": list(reversed(reqs))})


def sh_dynamodb(cid, conv, path):
    items = []
    for it in conv.items:
        items.append({"sessionId": {"S": it["sid"]}, "turn": {"N": str(it["i"])}, "createdAt": {"S": it["ts"]},
                      "intent": {"S": it["t"].intent},
                      "requestEnvelope": {"S": json.dumps(conv.request(it), ensure_ascii=False)},
                      "responseEnvelope": {"S": json.dumps(conv.response(it), ensure_ascii=False)}})
    write(cid, path, {"Items": items, "Count": len(items), "ScannedCount": len(items), "ConsumedCapacity": None})


def sh_slack(cid, conv, path, bot="Alexa"):
    msgs = []
    base = 1772478251.0
    txt = []
    for it in conv.items:
        t = it["t"]
        if t.intent == "SessionEndedRequest":
            continue
        txt.append(f"> *me:* {t.utt}\n> *{bot}:* {plain(t.speech)}" + (f"\n> _(reprompt: \"{plain(t.reprompt)}\")_" if t.reprompt is not None else "")
                   + f"\n> _(mic {'off' if t.end else 'still on'})_")
    msgs.append({"client_msg_id": uid(cid, "m0"), "type": "message", "text": "ran it on the Echo Dot in the office again, log below", "user": "U05QA7K2M", "ts": f"{base:.6f}"})
    msgs.append({"client_msg_id": uid(cid, "m1"), "type": "message", "text": "\n".join(txt), "user": "U05QA7K2M", "ts": f"{base+41:.6f}",
                 "thread_ts": f"{base:.6f}"})
    write(cid, path, msgs)


def sh_markdown(cid, conv, path, bot="Alexa"):
    out = [f"# QA pass – {conv.c['name']} ({conv.c['locale']})", "", "| # | user | skill says | reprompt | session |", "|---|---|---|---|---|"]
    for it in conv.items:
        t = it["t"]
        if t.intent == "SessionEndedRequest":
            continue
        rp = "—" if t.reprompt is None else "`" + (ssml(t.reprompt)) + "`"
        out.append(f"| {it['i']+1} | {t.utt} | {plain(t.speech)} | {rp} | {'closed' if t.end else 'open'} |")
    write(cid, path, "\n".join(out) + "\n")


SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array,
          "smapi-simulation": sh_smapi_simulation, "smapi-invocation": sh_smapi_invocation, "ask-dialog": sh_ask_dialog,
          "cloudwatch-text": sh_cloudwatch_text, "cloudwatch-json": sh_cloudwatch_json, "har": sh_har, "transcript": sh_transcript,
          "jest-snapshot": sh_jest_snapshot, "bespoken-yaml": sh_bespoken_yaml, "junit-xml": sh_junit_xml,
          "postman-collection": sh_postman, "csv-turns": sh_csv_turns, "ngrok-inspect": sh_ngrok,
          "dynamodb-export": sh_dynamodb, "slack-export": sh_slack, "markdown-qa": sh_markdown}
