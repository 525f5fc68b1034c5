"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings.
Only plumbing lives here (envelopes, ids, file layouts); every spoken line, sample and label is
written by hand in the case files."""
import hashlib, json, os, datetime, html

OUT = None  # set by gen.py


def uid(*parts):
    h = hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def hexid(*parts, n=40):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest().upper()[:n]


def w(path, data, raw=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if raw:
            f.write(data)
        else:
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.write("\n")


def jl(objs):
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)


# ---------------------------------------------------------------- Alexa package

def skill_json(c):
    locs = [c["locale"]] + c.get("extra_locales", [])
    pub = {}
    for l in locs:
        pub[l] = {
            "summary": c["summary"],
            "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"],
            "name": c["name"],
            "description": c.get("description", c["summary"]),
            "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/icons/small.png",
            "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/icons/large.png",
        }
        if c.get("keywords"):
            pub[l]["keywords"] = c["keywords"]
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms") or c.get("personal")),
            "isChildDirected": bool(c.get("child")), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        priv["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    slug = c["id"].split("-", 1)[1]
    if c.get("smarthome"):
        apis = {"smartHome": {"endpoint": {"uri": f"arn:aws:lambda:eu-west-1:418230571196:function:{slug}"},
                              "protocolVersion": "3"}}
    else:
        apis = {"custom": {"endpoint": {"uri": f"arn:aws:lambda:us-east-1:418230571196:function:{slug}"}}}
    m = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                  "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                  "category": c.get("cat", "SMART_HOME"),
                                                  "distributionCountries": c.get("countries", [])},
                      "apis": apis, "manifestVersion": "1.0", "privacyAndCompliance": priv}}
    if c.get("perms"):
        m["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("events"):
        m["manifest"]["events"] = c["events"]
    if c.get("account_linking"):
        m["manifest"]["apis"]["smartHome" if c.get("smarthome") else "custom"]["accountLinking"] = {"type": "AUTH_CODE"}
    return m


def model(c, inv=None):
    intents = []
    for it in c.get("intents", []):
        name, slots, samples = it[0], it[1], it[2]
        d = {"name": name, "slots": [{"name": s, "type": t} for s, t in slots], "samples": samples}
        if not slots:
            d.pop("slots")
        intents.append(d)
    for b in ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent"):
        if b not in [i["name"] for i in intents]:
            intents.append({"name": b, "samples": []})
    types = []
    for tn, vals in c.get("types", {}).items():
        types.append({"name": tn, "values": [{"name": {"value": v}} for v in vals]})
    lm = {"invocationName": inv or c["inv"], "intents": intents}
    if types:
        lm["types"] = types
    return {"interactionModel": {"languageModel": lm}}


def alexa_package(c, root):
    w(os.path.join(root, "skill-package", "skill.json"), skill_json(c))
    if not c.get("smarthome"):
        for l in [c["locale"]] + c.get("extra_locales", []):
            w(os.path.join(root, "skill-package", "interactionModels", "custom", f"{l}.json"), model(c))
    w(os.path.join(root, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if c.get("lambda"):
        fn, src = c["lambda"]
        w(os.path.join(root, "lambda", fn), src, raw=True)


# ---------------------------------------------------------------- Alexa conversations

def ssml(t):
    if t is None:
        return None
    if t.startswith("<speak>"):
        return {"type": "SSML", "ssml": t}
    if t.startswith("PLAIN:"):
        return {"type": "PlainText", "text": t[6:]}
    return {"type": "SSML", "ssml": f"<speak>{t}</speak>"}


def build_pairs(c, sessions, tag="", day="2024-05-14T19:02:00"):
    """sessions: list of list of turns. Each turn dict: u (utterance), i (intent or request type),
    s (slots), say, rp (reprompt), end (shouldEndSession: True/False/None=absent), card (title, text)."""
    app = "amzn1.ask.skill." + uid(c["id"], "app")
    user = "amzn1.ask.account." + hexid(c["id"], "user", n=40)
    dev = "amzn1.ask.device." + hexid(c["id"], "dev", n=40)
    t0 = datetime.datetime.fromisoformat(c.get("day", day)) if not tag else datetime.datetime.fromisoformat(tag)
    pairs = []
    k = 0
    loc = c["locale"]
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(c["id"], tag, "s", si)
        attrs = {}
        for ti, t in enumerate(sess):
            k += 1
            ts = (t0 + datetime.timedelta(minutes=si * 7, seconds=ti * 19)).strftime("%Y-%m-%dT%H:%M:%SZ")
            rid = "amzn1.echo-api.request." + uid(c["id"], tag, si, ti)
            it = t.get("i", "LaunchRequest")
            if it in ("LaunchRequest", "SessionEndedRequest"):
                r = {"type": it, "requestId": rid, "locale": loc, "timestamp": ts}
                if it == "SessionEndedRequest":
                    r["reason"] = t.get("reason", "USER_INITIATED")
            else:
                slots = {n: {"name": n, "value": v, "confirmationStatus": "NONE", "source": "USER"} for n, v in (t.get("s") or {}).items()}
                r = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": ts, "dialogState": "COMPLETED" if slots else None,
                     "intent": {"name": it, "confirmationStatus": "NONE"}}
                if slots:
                    r["intent"]["slots"] = slots
                else:
                    r.pop("dialogState")
            sysctx = {"application": {"applicationId": app}, "user": {"userId": user},
                      "device": {"deviceId": dev, "supportedInterfaces": {"Display": {}} if t.get("card") else {}},
                      "apiEndpoint": "https://api.eu.amazonalexa.com" if loc not in ("en-US", "es-MX", "fr-CA", "pt-BR") else "https://api.amazonalexa.com",
                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
            req = {"version": "1.0", "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                                                  "user": {"userId": user}}, "context": {"System": sysctx}, "request": r}
            if ti:
                req["session"]["attributes"] = dict(attrs)
            attrs = dict(t.get("attrs", attrs))
            if it == "SessionEndedRequest":
                resp = {"version": "1.0", "response": {}}
            else:
                body = {}
                if t.get("say") is not None:
                    body["outputSpeech"] = ssml(t["say"])
                if t.get("card"):
                    body["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
                if t.get("rp") is not None:
                    body["reprompt"] = {"outputSpeech": ssml(t["rp"])}
                if t.get("directives"):
                    body["directives"] = t["directives"]
                end = t.get("end", "absent")
                if end != "absent":
                    body["shouldEndSession"] = end
                resp = {"version": "1.0", "sessionAttributes": attrs, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": body}
            pairs.append({"u": t.get("u", ""), "req": req, "resp": resp, "ts": ts})
    return pairs


def endpoint(c):
    return "arn:aws:lambda:us-east-1:418230571196:function:" + c["id"].split("-", 1)[1]


def fmt_log_ts(ts, ms=123):
    return ts.replace("T", " ").replace("Z", "") + f".{ms:03d}"


def r_envelope(c, d, pairs, names=None):
    for n, p in enumerate(pairs):
        if p["req"]["request"]["type"] == "SessionEndedRequest":
            continue
        it = p["req"]["request"].get("intent", {}).get("name", p["req"]["request"]["type"])
        fn = (names[n] if names else f"{n + 1:02d}-{it.replace('AMAZON.', '').lower()}.json")
        w(os.path.join(d, fn), p["resp"])


def r_pairs_jsonl(c, d, pairs, fn="session.jsonl"):
    w(os.path.join(d, fn), jl({"request": p["req"], "response": p["resp"]} for p in pairs), raw=True)


def r_pairs_array(c, d, pairs, fn="recorded.json"):
    w(os.path.join(d, fn), [{"request": p["req"], "response": p["resp"]} for p in pairs])


def _captions(p):
    o = p["resp"].get("response", {}).get("outputSpeech")
    if not o:
        return []
    return [{"type": "Speech", "content": {"caption": o.get("ssml", o.get("text", "")).replace("<speak>", "").replace("</speak>", "")}}]


def r_smapi_sim(c, d, pairs, single=False):
    outs = []
    for n, p in enumerate(pairs):
        if p["req"]["request"]["type"] == "SessionEndedRequest":
            continue
        o = {"id": uid(c["id"], "sim", n), "status": "SUCCESSFUL",
             "result": {"sessionMode": "DEFAULT",
                        "alexaExecutionInfo": {"alexaResponses": _captions(p),
                                               "consideredIntents": [{"name": p["req"]["request"].get("intent", {}).get("name", p["req"]["request"]["type"]), "confidence": {"bin": "HIGH"}}]},
                        "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": endpoint(c), "body": p["req"]},
                                                                "invocationResponse": {"body": p["resp"]},
                                                                "metrics": {"skillExecutionTimeInMilliseconds": 180 + n * 7}}]},
                        "error": None},
             "input": {"content": p["u"]}}
        outs.append(o)
    if single:
        w(os.path.join(d, "simulations.json"), outs)
    else:
        for n, o in enumerate(outs):
            w(os.path.join(d, f"sim-{n + 1:02d}.json"), o)


def r_smapi_inv(c, d, pairs):
    for n, p in enumerate(pairs):
        if p["req"]["request"]["type"] == "SessionEndedRequest":
            continue
        w(os.path.join(d, f"invoke-{n + 1:02d}.json"), {"id": uid(c["id"], "inv", n), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
            "invocationRequest": {"endpoint": endpoint(c), "body": p["req"]},
            "invocationResponse": {"body": p["resp"]},
            "metrics": {"skillExecutionTimeInMilliseconds": 211 + n}}, "error": None}})


def r_ask_dialog(c, d, pairs, text=False):
    users = [p["u"] for p in pairs if p["u"]]
    w(os.path.join(d, "replay.json"), {"skillId": pairs[0]["req"]["session"]["application"]["applicationId"], "locale": c["locale"],
                                      "type": "text", "userInput": users})
    if text:
        lines = []
        for p in pairs:
            if p["u"]:
                lines.append(f"User  > {p['u']}")
            for cap in _captions(p):
                lines.append(f"Alexa > {cap['content']['caption']}")
        w(os.path.join(d, "dialog-output.txt"), "\n".join(lines) + "\n", raw=True)
    else:
        w(os.path.join(d, "dialog-output.json"), [{"utterance": p["u"], "invocations": [{"request": p["req"], "response": p["resp"]}],
                                                   "alexaResponses": _captions(p)} for p in pairs if p["u"]])


def r_cloudwatch_text(c, d, pairs, variant="node", fn="log-export.txt"):
    lines = []
    for n, p in enumerate(pairs):
        rid = uid(c["id"], "lam", n)
        ts = p["ts"].replace("Z", ".412Z")
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if variant == "node":
            lines.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(p['req'], ensure_ascii=False)}")
            lines.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(p['resp'], ensure_ascii=False)}")
        elif variant == "python":
            lines.append(f"[INFO]\t{ts}\t{rid}\tRequest Envelope: {json.dumps(p['req'], ensure_ascii=False)}")
            lines.append(f"[INFO]\t{ts}\t{rid}\tResponse: {json.dumps(p['resp'], ensure_ascii=False)}")
        else:
            lines.append(f"{ts}\t{rid}\tINFO\tREQUEST {json.dumps(p['req'], ensure_ascii=False)}")
            lines.append(f"{ts}\t{rid}\tINFO\tRESPONSE {json.dumps(p['resp'], ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {120 + n * 3}.18 ms\tBilled Duration: {121 + n * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
    w(os.path.join(d, fn), "\n".join(lines) + "\n", raw=True)


def r_cloudwatch_json(c, d, pairs, fn="filter-log-events.json"):
    ev = []
    base = 1715713320000
    for n, p in enumerate(pairs):
        rid = uid(c["id"], "lam", n)
        ts = p["ts"].replace("Z", ".412Z")
        for kind, body in (("Request", p["req"]), ("Response", p["resp"])):
            ev.append({"logStreamName": "2024/05/14/[$LATEST]" + hexid(c["id"], "ls", n=32).lower(), "timestamp": base + n * 1000 + (kind == "Response") * 140,
                       "message": f"{ts}\t{rid}\tINFO\t{kind}: {json.dumps(body, ensure_ascii=False)}\n",
                       "ingestionTime": base + n * 1000 + 900, "eventId": str(37000000000000000000000000000000000000000000000000000000 + n * 2 + (kind == 'Response'))})
    w(os.path.join(d, fn), {"events": ev, "searchedLogStreams": []})


def r_har(c, d, pairs, fn="capture.har", url="https://skill.example-backend.net/alexa"):
    ents = []
    for p in pairs:
        ents.append({"startedDateTime": p["ts"].replace("Z", ".000Z"), "time": 211,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "Signature-256", "value": "REDACTED"},
                                             {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                 "postData": {"mimeType": "application/json", "text": json.dumps(p["req"], ensure_ascii=False)}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                  "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(p["resp"], ensure_ascii=False)},
                                  "redirectURL": "", "headersSize": -1, "bodySize": -1},
                     "cache": {}, "timings": {"send": 1, "wait": 205, "receive": 5}})
    w(os.path.join(d, fn), {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"}, "entries": ents}})


def _speech_text(o):
    if not o:
        return ""
    return o.get("ssml", o.get("text", ""))


def r_transcript(c, d, pairs, fn="qa-transcript.txt"):
    lines = [f"# QA run {c['name']} ({c['locale']})"]
    for p in pairs:
        ts = p["ts"]
        rq = p["req"]["request"]
        if p["u"]:
            lines.append(f"[{ts}] USER: {p['u']}")
        elif rq["type"] == "SessionEndedRequest":
            lines.append(f"[{ts}] SYSTEM: session ended ({rq.get('reason')})")
            continue
        body = p["resp"]["response"]
        lines.append(f"[{ts}] SKILL: {_speech_text(body.get('outputSpeech'))}")
        if "reprompt" in body:
            lines.append(f"[{ts}] SKILL (reprompt): {_speech_text(body['reprompt']['outputSpeech'])}")
        lines.append(f"[{ts}] session_open={'false' if body.get('shouldEndSession') is True else 'true'}")
    w(os.path.join(d, fn), "\n".join(lines) + "\n", raw=True)


# --- shapes not listed in set 1 -------------------------------------------

def r_ha_log(c, d, pairs, variant="hass", fn="home-assistant.log", noise=()):
    """Home Assistant (custom component bridge) or openHAB (events.log/openhab.log) style lines."""
    lines = []
    for n, p in enumerate(pairs):
        t = fmt_log_ts(p["ts"], 100 + n)
        if variant == "hass":
            if n < len(noise):
                lines.append(f"{t} INFO (MainThread) [homeassistant.components.automation.{noise[n][0]}] {noise[n][1]}")
            lines.append(f"{t} DEBUG (MainThread) [custom_components.alexa_skill_bridge.handler] Received skill request: {json.dumps(p['req'], ensure_ascii=False)}")
            lines.append(f"{t} DEBUG (MainThread) [custom_components.alexa_skill_bridge.handler] Returning skill response: {json.dumps(p['resp'], ensure_ascii=False)}")
        else:
            if n < len(noise):
                lines.append(f"{t} [INFO ] [openhab.event.ItemStateChangedEvent      ] - Item '{noise[n][0]}' changed from {noise[n][1]}")
            lines.append(f"{t} [DEBUG] [org.openhab.automation.jsscripting.skill] - alexa-in {json.dumps(p['req'], ensure_ascii=False)}")
            lines.append(f"{t} [DEBUG] [org.openhab.automation.jsscripting.skill] - alexa-out {json.dumps(p['resp'], ensure_ascii=False)}")
    w(os.path.join(d, fn), "\n".join(lines) + "\n", raw=True)


def r_cloud_trace(c, d, pairs, fn="api-trace.jsonl", vendor="lockcloud", device_calls=()):
    """Device-cloud API trace: one JSON object per HTTP exchange the vendor cloud handled, skill webhook
    exchanges interleaved with device API calls."""
    out = []
    for n, p in enumerate(pairs):
        tr = hexid(c["id"], "tr", n, n=32).lower()
        if n < len(device_calls):
            m, path, status, body = device_calls[n]
            out.append({"ts": p["ts"], "trace_id": tr, "service": f"{vendor}-device-api", "http": {"method": m, "path": path, "status": status},
                        "request_body": None, "response_body": body, "latency_ms": 38 + n})
        out.append({"ts": p["ts"], "trace_id": tr, "service": f"{vendor}-voice-gateway", "http": {"method": "POST", "path": "/v1/voice/alexa", "status": 200},
                    "request_body": p["req"], "response_body": p["resp"], "latency_ms": 190 + n})
    w(os.path.join(d, fn), jl(out), raw=True)


def r_junit(c, d, pairs, fn="TEST-skill-conversation.xml", suite="conversation"):
    """JUnit XML produced by a jest/pytest run against the handler, request/response in <system-out>."""
    cases = []
    for n, p in enumerate(pairs):
        it = p["req"]["request"].get("intent", {}).get("name", p["req"]["request"]["type"])
        out = "REQUEST " + json.dumps(p["req"], ensure_ascii=False) + "\nRESPONSE " + json.dumps(p["resp"], ensure_ascii=False)
        cases.append(f'    <testcase classname="{suite}" name="turn {n + 1} {html.escape(it)} {html.escape(p["u"], quote=True)}" time="0.{40 + n}">\n'
                     f'      <system-out><![CDATA[{out}]]></system-out>\n    </testcase>')
    x = (f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="{len(pairs)}" failures="0" errors="0" time="1.9">\n'
         f'  <testsuite name="{suite}" errors="0" failures="0" skipped="0" timestamp="{pairs[0]["ts"][:-1]}" time="1.9" tests="{len(pairs)}">\n'
         + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    w(os.path.join(d, fn), x, raw=True)


def r_mitm(c, d, pairs, fn="mitmdump-flows.txt", host="skill-gw.example-home.io"):
    """Text of `mitmdump --flow-detail 3` in front of the skill endpoint."""
    lines = []
    for n, p in enumerate(pairs):
        q = json.dumps(p["req"], ensure_ascii=False, indent=4)
        r = json.dumps(p["resp"], ensure_ascii=False, indent=4)
        lines.append(f"[{p['ts'][11:19]}.{200 + n}] 54.239.28.{80 + n}:4{4321 + n}: POST https://{host}/alexa/skill HTTP/1.1")
        lines.append("    content-type: application/json; charset=utf-8")
        lines.append("    signaturecertchainurl: https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem")
        lines.append("")
        lines += ["    " + x for x in q.splitlines()]
        lines.append("")
        lines.append(f" << HTTP/1.1 200 OK {len(r)}b")
        lines.append("    content-type: application/json")
        lines.append("")
        lines += ["    " + x for x in r.splitlines()]
        lines.append("")
    w(os.path.join(d, fn), "\n".join(lines) + "\n", raw=True)


def r_ipynb(c, d, pairs, fn="replay.ipynb"):
    """Jupyter notebook of a researcher replaying requests against the endpoint; outputs keep the JSON."""
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# Replay of {c['name']} ({c['locale']})\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", "ENDPOINT = 'http://localhost:3000/'\n",
                         "def send(env):\n", "    r = requests.post(ENDPOINT, json=env)\n", "    print(json.dumps(r.json(), ensure_ascii=False, indent=1))\n"]}]
    for n, p in enumerate(pairs):
        cells.append({"cell_type": "code", "execution_count": n + 2, "metadata": {},
                      "source": [f"req_{n} = {json.dumps(p['req'], ensure_ascii=False)}\n", f"send(req_{n})  # {p['u']}\n"],
                      "outputs": [{"name": "stdout", "output_type": "stream", "text": json.dumps(p["resp"], ensure_ascii=False, indent=1).splitlines(True)}]})
    w(os.path.join(d, fn), {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                                          "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5})


ALEXA_SHAPES = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array,
                "smapi-simulation": r_smapi_sim, "smapi-invocation": r_smapi_inv, "ask-dialog": r_ask_dialog,
                "cloudwatch-text": r_cloudwatch_text, "cloudwatch-json": r_cloudwatch_json, "har": r_har,
                "transcript": r_transcript, "home-automation-log": r_ha_log, "device-cloud-trace": r_cloud_trace,
                "junit-xml": r_junit, "mitmproxy-dump": r_mitm, "jupyter-notebook": r_ipynb}


def render_alexa(c, root):
    alexa_package(c, root)
    shapes = []
    for rec in c["recs"]:
        path, shape, sessions = rec[0], rec[1], rec[2]
        kw = rec[3] if len(rec) > 3 else {}
        tag = kw.pop("tag", "")
        pairs = build_pairs(c, sessions, tag=tag) if sessions != "raw" else kw.pop("raw")
        ALEXA_SHAPES[shape](c, os.path.join(root, path), pairs, **kw)
        shapes.append(shape)
    return shapes


# ---------------------------------------------------------------- Google

def yml(d, ind=0):
    """tiny YAML writer for dicts/lists/scalars"""
    sp = "  " * ind
    out = []
    if isinstance(d, dict):
        for k, v in d.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{sp}{k}:")
                out.append(yml(v, ind + 1))
            elif isinstance(v, dict):
                out.append(f"{sp}{k}: {{}}")
            elif isinstance(v, list):
                out.append(f"{sp}{k}: []")
            else:
                out.append(f"{sp}{k}: {sc(v)}")
    elif isinstance(d, list):
        for v in d:
            if isinstance(v, (dict, list)):
                inner = yml(v, ind + 1).lstrip()
                out.append(f"{sp}- {inner}")
            else:
                out.append(f"{sp}- {sc(v)}")
    return "\n".join(out)


def sc(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    return json.dumps(str(v), ensure_ascii=False)


def render_builder(c, root):
    sdk = os.path.join(root, "sdk")
    ls = {"displayName": c["name"], "pronunciation": c["inv"], "shortDescription": c["summary"],
          "fullDescription": c.get("description", c["summary"]), "developerName": c.get("dev", "Hearth Labs"),
          "developerEmail": c.get("dev_email", "dev@hearth-labs.example"), "smallLogoImage": "$resources.images.logo",
          "privacyPolicyUrl": c.get("policy") or ""}
    if not c.get("policy"):
        ls.pop("privacyPolicyUrl")
    st = {"projectId": c["id"].split("-", 1)[1], "defaultLocale": c["lang"], "localizedSettings": ls,
          "category": c.get("cat", "HOME_CONTROL"), "usesTransactionsApi": False, "designedForFamily": bool(c.get("child")),
          "containsAlcoholOrTobaccoContent": False, "usesInteractiveCanvas": False}
    w(os.path.join(sdk, "settings", "settings.yaml"), yml(st) + "\n", raw=True)
    w(os.path.join(sdk, "manifest.yaml"), 'version: "1.0"\n', raw=True)
    w(os.path.join(sdk, "actions", "actions.yaml"), yml({"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "main"}}}}) + "\n", raw=True)
    w(os.path.join(sdk, "webhooks", "ActionsOnGoogleFulfillment.yaml"), yml({"handlers": [{"name": h} for h in c.get("handlers", ["main"])],
                                                                              "httpsEndpoint": {"baseUrl": "https://europe-west1-" + c["id"].split("-", 1)[1] + ".cloudfunctions.net/ActionsOnGoogleFulfillment"}}) + "\n", raw=True)
    for name, body in c.get("g_intents", {}).items():
        w(os.path.join(sdk, "custom", "intents", f"{name}.yaml"), yml(body) + "\n", raw=True)
    for name, body in c.get("g_scenes", {}).items():
        w(os.path.join(sdk, "custom", "scenes", f"{name}.yaml"), yml(body) + "\n", raw=True)
    for name, body in c.get("g_types", {}).items():
        w(os.path.join(sdk, "custom", "types", f"{name}.yaml"), yml(body) + "\n", raw=True)
    for name, body in c.get("g_global", {}).items():
        w(os.path.join(sdk, "custom", "global", f"{name}.yaml"), yml(body) + "\n", raw=True)
    shapes = []
    for path, sessions in c["recs"]:
        pairs = []
        for si, sess in enumerate(sessions):
            sid = hexid(c["id"], "gs", si, n=40).lower()
            for ti, t in enumerate(sess):
                req = {"handler": {"name": t.get("h", "main")}, "intent": {"name": t.get("i", "actions.intent.MAIN"), "params": t.get("params", {}), "query": t.get("u", "")},
                       "scene": {"name": t.get("scene", "actions.scene.START_CONVERSATION"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                       "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                       "user": {"locale": c["locale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                                "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": t.get("granted", []), "lastSeenTime": "2024-05-10T18:00:00Z"},
                       "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
                resp = {"session": {"id": sid, "params": t.get("sp", {})}, "prompt": {"override": False}}
                if t.get("say") is not None:
                    resp["prompt"]["firstSimple"] = {"speech": t["say"], "text": t.get("text", t["say"].replace("<speak>", "").replace("</speak>", ""))}
                if t.get("card"):
                    resp["prompt"]["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
                if t.get("next"):
                    resp["scene"] = {"name": t.get("scene", "Main"), "slots": {}, "next": {"name": t["next"]}}
                pairs.append({"request": req, "response": resp})
        w(os.path.join(root, path), pairs)
        shapes.append("gactions-scene")
    return shapes


def render_sdk2(c, root):
    w(os.path.join(root, "action.json"), c["action"])
    shapes = []
    for path, sessions in c["recs"]:
        pairs = []
        for si, sess in enumerate(sessions):
            cid = str(1715700000000 + si * 9131 + len(c["id"]))
            for ti, t in enumerate(sess):
                args = [{"name": k, "rawText": v, "textValue": v} for k, v in (t.get("args") or {}).items()]
                inp = {"intent": t.get("i", "actions.intent.MAIN"), "rawInputs": [{"inputType": "VOICE", "query": t.get("u", "")}]}
                if args:
                    inp["arguments"] = args
                req = {"user": {"locale": c["locale"], "lastSeen": "2024-05-10T18:00:00Z", "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE", "conversationToken": "[]"},
                       "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                       "isInSandbox": True, "availableSurfaces": []}
                items = [{"simpleResponse": {"textToSpeech": t["say"]}}]
                if t.get("card"):
                    items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
                if t.get("end"):
                    resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
                else:
                    ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                    if t.get("rp") is not None:
                        ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": x} for x in t["rp"]]
                    if t.get("perm"):
                        ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                            "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}]
                    resp = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
                pairs.append({"request": req, "response": resp})
        w(os.path.join(root, path), pairs)
        shapes.append("gactions-conversation")
    return shapes


def render_dialogflow(c, root):
    proj = c["id"].split("-", 1)[1]
    w(os.path.join(root, "agent.json"), {"description": c["summary"], "language": c["lang"], "shortDescription": c["name"],
                                         "examples": "", "linkToDocs": "", "displayName": c["name"], "disableInteractionLogs": False,
                                         "webhook": {"url": f"https://europe-west3-{proj}.cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True, "useForDomains": False},
                                         "isPrivate": True, "customClassifierMode": "use.after", "mlMinConfidence": 0.3,
                                         "supportedLanguages": [], "enableOnePlatformResponses": True, "onePlatformApiVersion": "v2beta1",
                                         "googleAssistant": {"googleAssistantCompatible": True, "project": proj, "welcomeIntentSignInRequired": False,
                                                             "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {},
                                                             "voiceType": "MALE_1", "capabilities": [], "protocolVersion": "V2", "isDeviceAgent": False}})
    w(os.path.join(root, "package.json"), {"version": "1.0.0"})
    for name, (params, phrases, end) in c["df_intents"].items():
        iid = uid(c["id"], name)
        w(os.path.join(root, "intents", f"{name}.json"), {"id": iid, "name": name, "auto": True, "contexts": [],
                                                          "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                                                                         "parameters": [{"id": uid(c["id"], name, p), "name": p, "required": False, "dataType": t, "value": "$" + p, "isList": False} for p, t in params],
                                                                         "messages": [], "defaultResponsePlatforms": {}, "speech": [], "endInteraction": end}],
                                                          "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": []})
        ups = []
        for ph in phrases:
            data = []
            for part in ph:
                if isinstance(part, tuple):
                    data.append({"text": part[0], "meta": part[1], "alias": part[2], "userDefined": True})
                else:
                    data.append({"text": part, "userDefined": False})
            ups.append({"id": uid(c["id"], name, str(ph)), "data": data, "isTemplate": False, "count": 0, "updated": 0})
        w(os.path.join(root, "intents", f"{name}_usersays_{c['lang']}.json"), ups)
    for name, vals in c.get("df_entities", {}).items():
        w(os.path.join(root, "entities", f"{name}.json"), {"id": uid(c["id"], "ent", name), "name": name, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        w(os.path.join(root, "entities", f"{name}_entries_{c['lang']}.json"), [{"value": v, "synonyms": [v]} for v in vals])
    shapes = []
    for path, sessions in c["recs"]:
        pairs = []
        for si, sess in enumerate(sessions):
            sid = f"projects/{proj}/agent/sessions/" + hexid(c["id"], "df", si, n=36).lower()
            for ti, t in enumerate(sess):
                req = {"responseId": uid(c["id"], path, si, ti), "session": sid,
                       "queryResult": {"queryText": t.get("u", "GOOGLE_ASSISTANT_WELCOME"), "parameters": t.get("params", {}), "allRequiredParamsPresent": True,
                                       "intent": {"name": f"projects/{proj}/agent/intents/" + uid(c["id"], t["i"]), "displayName": t["i"]},
                                       "intentDetectionConfidence": 1, "languageCode": c["lang"]},
                       "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                           "user": {"locale": c["locale"], "userVerificationStatus": "VERIFIED"},
                           "conversation": {"conversationId": hexid(c["id"], "conv", si, n=24), "type": "NEW" if ti == 0 else "ACTIVE"},
                           "inputs": [{"intent": "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t.get("u", "")}]}],
                           "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}}}
                g = {"expectUserResponse": not t.get("end"), "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["say"]}}]}}
                if t.get("rp") is not None:
                    g["noInputPrompts"] = [{"textToSpeech": x} for x in t["rp"]]
                if t.get("perm"):
                    g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                                       "optContext": t["perm"][0], "permissions": t["perm"][1]}}
                resp = {"fulfillmentText": t["say"].replace("<speak>", "").replace("</speak>", ""), "payload": {"google": g}}
                pairs.append({"request": req, "response": resp})
        w(os.path.join(root, path), pairs)
        shapes.append("dialogflow-webhook")
    return shapes


def render(c):
    root = os.path.join(OUT, "cases", c["id"])
    kind = c.get("platform", "alexa")
    shapes = {"alexa": render_alexa, "builder": render_builder, "sdk2": render_sdk2, "dialogflow": render_dialogflow}[kind](c, root)
    seen = []
    for s in shapes:
        if s not in seen:
            seen.append(s)
    return {"categories": sorted(c["labels"]), "locale": c["locale"], "shapes": seen, "why": c["why"]}


def T(i, say=None, rp=None, end="absent", u="", s=None, card=None, **kw):
    """one Alexa turn: intent/request type, speech, reprompt, shouldEndSession ("absent" = field left out)."""
    d = {"i": i, "say": say, "rp": rp, "end": end, "u": u, "s": s, "card": card}
    d.update(kw)
    return d


def G(i, say, u="", **kw):
    """one Google turn"""
    d = {"i": i, "say": say, "u": u}
    d.update(kw)
    return d
