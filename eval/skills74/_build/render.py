"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings.

A case is a dict made with C(...). A recording is R(shape, path, turns, **opts). A turn is T(...).
Nothing in here invents case content: speech, samples, names and labels all come from the case files.
"""
import csv, hashlib, io, json, os, uuid

LOCALE_LANG = {"en-US": "en", "en-GB": "en", "de-DE": "de", "es-ES": "es", "es-MX": "es", "fr-FR": "fr",
               "fr-CA": "fr", "it-IT": "it", "ja-JP": "ja", "pt-BR": "pt-BR"}


def C(**kw):
    kw.setdefault("platform", "alexa")
    kw.setdefault("cats", [])
    kw.setdefault("perms", [])
    kw.setdefault("types", {})
    kw.setdefault("recs", [])
    kw.setdefault("child", False)
    kw.setdefault("category", "FOOD_AND_DRINK")
    return kw


def R(shape, path, turns, **opts):
    return {"shape": shape, "path": path, "turns": turns, **opts}


def T(u, i, say, rep=None, end=True, s=None, card=None, dirs=None, new=False, noinput=None, perm=None,
      scene=None, nxt=None, expect=None, rtype=None):
    """u: user words; i: intent ('Launch' for LaunchRequest); say/rep: SSML or text; end: True/False/None(omit)."""
    return dict(u=u, i=i, say=say, rep=rep, end=end, s=s or {}, card=card, dirs=dirs, new=new,
                noinput=noinput, perm=perm, scene=scene, nxt=nxt, expect=expect, rtype=rtype)


# ----------------------------------------------------------------------------- helpers
def _h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def _uuid(*parts):
    h = _h(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _w(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def _j(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def _ssml(x):
    if x is None:
        return None
    return x if x.lstrip().startswith("<speak>") else f"<speak>{x}</speak>"


def _ts(base, k):
    # base like "2024-09-14T18:02:00"; k seconds offset
    d, t = base.split("T")
    hh, mm, ss = map(int, t.split(":"))
    tot = hh * 3600 + mm * 60 + ss + k * 7
    return f"{d}T{tot // 3600 % 24:02d}:{tot // 60 % 60:02d}:{tot % 60:02d}"


# ----------------------------------------------------------------------------- Alexa package
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
            "AMAZON.FallbackIntent"]


def alexa_package(case, root):
    locs = case.get("locales") or [case["locale"]]
    pub = {}
    for loc in locs:
        pub[loc] = {"summary": case["summary"], "examplePhrases": case.get("examples", []),
                    "keywords": case.get("keywords", []), "name": case["name"], "description": case["desc"],
                    "smallIconUri": f"https://s3.amazonaws.com/skill-icons/{case['id'][:3]}/small.png",
                    "largeIconUri": f"https://s3.amazonaws.com/skill-icons/{case['id'][:3]}/large.png"}
    priv = {"allowsPurchases": case.get("purchases", False),
            "usesPersonalInfo": bool(case["perms"]) or bool(case.get("personal")),
            "isChildDirected": case["child"], "isExportCompliant": True, "containsAds": False}
    if case.get("policy"):
        priv["locales"] = {loc: {"privacyPolicyUrl": case["policy"],
                                 "termsOfUseUrl": case["policy"].rsplit("/", 1)[0] + "/terms"} for loc in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                   "testingInstructions": case.get("testing", "Open the skill and follow the prompts."),
                                                   "category": case["category"],
                                                   "distributionCountries": case.get("countries", [])},
                        "apis": {"custom": {"endpoint": {"uri": case.get("endpoint") or _arn(case)}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": priv}}
    if case["perms"]:
        man["manifest"]["permissions"] = [{"name": p} for p in case["perms"]]
    if case.get("interfaces"):
        man["manifest"]["apis"]["custom"]["interfaces"] = [{"type": x} for x in case["interfaces"]]
    _w(os.path.join(root, "skill-package", "skill.json"), _j(man))
    models = case.get("models") or {loc: None for loc in locs}
    for loc in locs:
        m = models.get(loc) or {}
        intents = []
        for name, samples, slots in m.get("intents", case.get("intents", [])):
            intents.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()],
                            "samples": samples})
        for b in case.get("builtins", BUILTINS):
            intents.append({"name": b, "samples": []})
        types = []
        for tn, vals in m.get("types", case["types"]).items():
            types.append({"name": tn, "values": [{"name": {"value": v}} for v in vals]})
        lm = {"invocationName": m.get("inv", case["inv"]), "intents": intents, "types": types}
        _w(os.path.join(root, "skill-package", "interactionModels", "custom", f"{loc}.json"),
           _j({"interactionModel": {"languageModel": lm}}))
    if case.get("lambda_js"):
        _w(os.path.join(root, "lambda", "index.js"), case["lambda_js"])
        _w(os.path.join(root, "lambda", "package.json"), _j({"name": case["id"][4:], "version": "1.0.0",
                                                             "main": "index.js",
                                                             "dependencies": {"ask-sdk-core": "^2.14.0"}}))
    if case.get("lambda_py"):
        _w(os.path.join(root, "lambda", "lambda_function.py"), case["lambda_py"])
        _w(os.path.join(root, "lambda", "requirements.txt"), "ask-sdk-core==1.19.0\n")
    _w(os.path.join(root, "ask-resources.json"),
       _j({"askcliResourcesVersion": "2020-03-31",
           "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
                                    "code": {"default": {"src": "./lambda"}},
                                    "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
                                                            "userConfig": {"runtime": "nodejs18.x",
                                                                           "handler": "index.handler"}}}}}))


def _arn(case):
    return f"arn:aws:lambda:{case.get('region', 'us-east-1')}:4411{int(_h(case['id'])[:6], 16) % 10**8:08d}:function:{case['id'][4:]}"


def _skill_id(case):
    return "amzn1.ask.skill." + _uuid(case["id"], "skill")


# ----------------------------------------------------------------------------- Alexa exchanges
def alexa_exchanges(case, rec):
    """Expand turns into (request, response, turn) triples with session handling."""
    loc = rec.get("locale", case["locale"])
    base = rec.get("date") or _date_from_path(rec["path"])
    sid_n, new = 0, True
    out = []
    user = "amzn1.ask.account." + _h(case["id"], "user").upper()[:40]
    dev = "amzn1.ask.device." + _h(case["id"], "dev").upper()[:40]
    for k, t in enumerate(rec["turns"]):
        if t["new"] and k:
            sid_n += 1
            new = True
        sid = "amzn1.echo-api.session." + _uuid(case["id"], rec["path"], sid_n)
        rid = "amzn1.echo-api.request." + _uuid(case["id"], rec["path"], k)
        ts = _ts(base, k) + "Z"
        if t["rtype"]:
            r = {"type": t["rtype"], "requestId": rid, "timestamp": ts, "locale": loc}
        elif t["i"] == "Launch":
            r = {"type": "LaunchRequest", "requestId": rid, "timestamp": ts, "locale": loc, "shouldLinkResultBeReturned": False}
        else:
            r = {"type": "IntentRequest", "requestId": rid, "timestamp": ts, "locale": loc,
                 "intent": {"name": t["i"], "confirmationStatus": "NONE",
                            "slots": {n: {"name": n, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                      for n, v in t["s"].items()}},
                 "dialogState": "COMPLETED" if t["s"] else None}
            if r["dialogState"] is None:
                del r["dialogState"]
        app = {"applicationId": _skill_id(case)}
        req = {"version": "1.0",
               "session": {"new": new, "sessionId": sid, "application": app, "attributes": {}, "user": {"userId": user}},
               "context": {"System": {"application": app, "user": {"userId": user},
                                      "device": {"deviceId": dev, "supportedInterfaces": {}},
                                      "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[:2] in "de es fr it" else "https://api.amazonalexa.com",
                                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
               "request": r}
        if new:
            del req["session"]["attributes"]
        resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": {}}
        body = resp["response"]
        if t["say"] is not None:
            body["outputSpeech"] = {"type": "SSML", "ssml": _ssml(t["say"])}
        if isinstance(t["card"], dict):
            body["card"] = t["card"]
        elif t["card"]:
            body["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
        if t["rep"] is not None:
            body["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": _ssml(t["rep"])}}
        if t["dirs"]:
            body["directives"] = t["dirs"]
        if t["end"] is not None:
            body["shouldEndSession"] = t["end"]
        if t["rtype"] == "SessionEndedRequest":
            resp = {"version": "1.0", "response": {}}
        out.append((req, resp, t))
        new = False
        if t["end"] is True or t["rtype"] == "SessionEndedRequest":
            sid_n += 1
            new = True
    return out


def _date_from_path(path):
    """Recordings in dated folders get matching timestamps (2024-03-10 or 2024-03 in the path)."""
    import re
    m = re.search(r"(20\d\d)-(\d\d)(?:-(\d\d))?", path)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3) or '15'}T18:02:00"
    return "2024-09-14T18:02:00"


def _speech_text(resp):
    s = (resp.get("response", {}).get("outputSpeech") or {}).get("ssml", "")
    import re
    return re.sub(r"<[^>]+>", "", s).strip()


def r_envelope(case, rec, d):
    for n, (req, resp, t) in enumerate(alexa_exchanges(case, rec)):
        name = rec.get("names", [])[n] if n < len(rec.get("names", [])) else f"{rec.get('prefix', 'response')}-{n + 1:02d}.json"
        _w(os.path.join(d, name), _j(resp))


def r_pairs_jsonl(case, rec, d):
    lines = [json.dumps({"request": q, "response": p}, ensure_ascii=False) for q, p, _ in alexa_exchanges(case, rec)]
    _w(os.path.join(d, rec.get("file", "session.jsonl")), "\n".join(lines) + "\n")


def r_pairs_array(case, rec, d):
    arr = [{"request": q, "response": p} for q, p, _ in alexa_exchanges(case, rec)]
    _w(os.path.join(d, rec.get("file", "pairs.json")), _j(arr))


def r_smapi_sim(case, rec, d):
    items = []
    for n, (q, p, t) in enumerate(alexa_exchanges(case, rec)):
        o = {"id": _uuid(case["id"], rec["path"], "sim", n), "status": "SUCCESSFUL",
             "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _speech_text(p)}}],
                                               "consideredIntents": [{"name": q["request"].get("intent", {}).get("name", "LaunchRequest"),
                                                                      "confirmationStatus": "NONE", "slots": {}}]},
                        "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": _arn(case), "body": q},
                                                                "invocationResponse": {"body": p},
                                                                "metrics": {"skillExecutionTimeInMilliseconds": 180 + 13 * n}}]}},
             "input": {"content": t["u"]}}
        if rec.get("single"):
            items.append(o)
        else:
            _w(os.path.join(d, f"{rec.get('prefix', 'simulation')}-{n + 1:02d}.json"), _j(o))
    if rec.get("single"):
        _w(os.path.join(d, rec.get("file", "simulations.json")), _j(items))


def r_smapi_inv(case, rec, d):
    for n, (q, p, t) in enumerate(alexa_exchanges(case, rec)):
        o = {"id": _uuid(case["id"], rec["path"], "inv", n), "status": "SUCCESSFUL",
             "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": _arn(case), "body": q},
                                               "invocationResponse": {"body": p},
                                               "metrics": {"skillExecutionTimeInMilliseconds": 95 + 7 * n}},
                        "error": None}}
        _w(os.path.join(d, f"{rec.get('prefix', 'invoke')}-{n + 1:02d}.json"), _j(o))


def r_ask_dialog(case, rec, d):
    ex = alexa_exchanges(case, rec)
    loc = rec.get("locale", case["locale"])
    inp = {"skillId": _skill_id(case), "locale": loc, "type": "text",
           "userInput": [t["u"] for _, _, t in ex]}
    _w(os.path.join(d, rec.get("input", "dialog-replay.json")), _j(inp))
    if rec.get("text"):
        lines = []
        for q, p, t in ex:
            lines.append(f"User  > {t['u']}")
            lines.append(f"Alexa > {_speech_text(p)}")
        lines.append("")
        _w(os.path.join(d, rec.get("output", "dialog-output.txt")), "\n".join(lines))
    else:
        arr = [{"utterance": t["u"], "invocations": [{"request": q, "response": p}]} for q, p, t in ex]
        _w(os.path.join(d, rec.get("output", "skill-io.json")), _j(arr))


def r_cw_text(case, rec, d):
    ex = alexa_exchanges(case, rec)
    py = rec.get("python")
    kw = rec.get("kw", ("Request: ", "Response: "))
    lines = []
    for n, (q, p, t) in enumerate(ex):
        rid = _uuid(case["id"], "lambda", n)
        ts = q["request"]["timestamp"].replace("Z", ".311Z")
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{ts}\t{rid}\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
            lines.append(f"[INFO]\t{ts}\t{rid}\t{kw[1]}{json.dumps(p, ensure_ascii=False)}")
        else:
            lines.append(f"{ts}\t{rid}\tINFO\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
            lines.append(f"{ts}\t{rid}\tINFO\t{kw[1]}{json.dumps(p, ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {41.2 + n:.2f} ms\tBilled Duration: 42 ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    _w(os.path.join(d, rec.get("file", "lambda.log")), "\n".join(lines) + "\n")


def r_cw_json(case, rec, d):
    ex = alexa_exchanges(case, rec)
    ev = []
    grp = "2024/09/14/[$LATEST]" + _h(case["id"], "stream")[:32]
    for n, (q, p, t) in enumerate(ex):
        rid = _uuid(case["id"], "lambda", n)
        ts = q["request"]["timestamp"].replace("Z", ".311Z")
        base = 1726336920000 + n * 7000
        for m, msg in enumerate([f"START RequestId: {rid} Version: $LATEST\n",
                                 f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}\n",
                                 f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(p, ensure_ascii=False)}\n",
                                 f"END RequestId: {rid}\n"]):
            ev.append({"logStreamName": grp, "timestamp": base + m, "message": msg, "ingestionTime": base + 900,
                       "eventId": str(37000000000000000000000000 + n * 10 + m)})
    _w(os.path.join(d, rec.get("file", "filter-log-events.json")),
       _j({"events": ev, "searchedLogStreams": [{"logStreamName": grp, "searchedCompletely": True}]}))


def r_har(case, rec, d):
    ex = alexa_exchanges(case, rec)
    url = rec.get("url", f"https://{case['id'][4:]}.example.net/alexa")
    ents = []
    for q, p, t in ex:
        qt, pt = json.dumps(q, ensure_ascii=False), json.dumps(p, ensure_ascii=False)
        ents.append({"startedDateTime": q["request"]["timestamp"].replace("Z", ".120Z"), "time": 151.4,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"},
                                             {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(qt.encode()),
                                 "postData": {"mimeType": "application/json; charset=utf-8", "text": qt}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                  "cookies": [], "content": {"size": len(pt.encode()), "mimeType": "application/json", "text": pt},
                                  "redirectURL": "", "headersSize": -1, "bodySize": -1},
                     "cache": {}, "timings": {"send": 0.2, "wait": 148.0, "receive": 3.2}})
    _w(os.path.join(d, rec.get("file", "capture.har")),
       _j({"log": {"version": "1.2", "creator": {"name": rec.get("creator", "mitmproxy har_dump"), "version": "0.1"},
                   "pages": [], "entries": ents}}))


def r_transcript(case, rec, d):
    lines = [f"# QA transcript {case['name']} ({rec.get('locale', case['locale'])}) build {rec.get('build', 'rc1')}"]
    if case["platform"] == "alexa":
        for q, p, t in alexa_exchanges(case, rec):
            ts = q["request"]["timestamp"].replace("T", " ").replace("Z", "")
            lines.append(f"[{ts}] USER: {t['u']}")
            lines.append(f"[{ts}] SKILL: {_speech_text(p)}")
            rp = p.get("response", {}).get("reprompt")
            if rp:
                lines.append(f"[{ts}] REPROMPT: {rp['outputSpeech']['ssml']}")
            se = p.get("response", {}).get("shouldEndSession")
            lines.append(f"session_open={'false' if se is True else 'true'}")
    else:
        for k, t in enumerate(rec["turns"]):
            ts = _ts(rec.get("date", "2024-09-14T18:02:00"), k).replace("T", " ")
            lines.append(f"[{ts}] USER: {t['u']}")
            lines.append(f"[{ts}] ACTION: {t['say']}")
            if t["noinput"]:
                lines.append(f"[{ts}] NO_INPUT_PROMPT: {t['noinput'][0]}")
            lines.append(f"session_open={'true' if _expect(t) else 'false'}")
    _w(os.path.join(d, rec.get("file", "transcript.txt")), "\n".join(lines) + "\n")


# ---- new shapes -------------------------------------------------------------
def r_postman(case, rec, d):
    items = []
    for n, (q, p, t) in enumerate(alexa_exchanges(case, rec)):
        body = json.dumps(q, ensure_ascii=False, indent=2)
        items.append({"name": f"{n + 1:02d} {t['u']}",
                      "request": {"method": "POST",
                                  "header": [{"key": "Content-Type", "value": "application/json"}],
                                  "body": {"mode": "raw", "raw": body, "options": {"raw": {"language": "json"}}},
                                  "url": {"raw": "{{skill_url}}/alexa", "host": ["{{skill_url}}"], "path": ["alexa"]}},
                      "response": [{"name": "saved example", "originalRequest": {"method": "POST", "url": {"raw": "{{skill_url}}/alexa"}},
                                    "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json"}],
                                    "body": json.dumps(p, ensure_ascii=False, indent=2)}]})
    coll = {"info": {"_postman_id": _uuid(case["id"], "postman"), "name": f"{case['name']} – skill endpoint",
                     "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "item": items, "variable": [{"key": "skill_url", "value": f"https://{case['id'][4:]}.example.net"}]}
    _w(os.path.join(d, rec.get("file", "skill.postman_collection.json")), _j(coll))


def r_junit(case, rec, d):
    ex = alexa_exchanges(case, rec)
    cases = []
    for n, (q, p, t) in enumerate(ex):
        out = f"REQUEST {json.dumps(q, ensure_ascii=False)}\nRESPONSE {json.dumps(p, ensure_ascii=False)}\n"
        cases.append(f'    <testcase classname="{case["id"][4:]}.conversation" name="turn {n + 1}: {_xml(t["u"])}" time="0.{140 + n}">\n'
                     f'      <system-out><![CDATA[{out}]]></system-out>\n    </testcase>')
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<testsuites name="{rec.get("suite", "skill-conversation-tests")}" tests="{len(ex)}" failures="0" errors="0" time="1.9">\n'
           f'  <testsuite name="{_xml(case["name"])} conversation" timestamp="{ex[0][0]["request"]["timestamp"][:19]}" tests="{len(ex)}" failures="0" errors="0" skipped="0">\n'
           + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    _w(os.path.join(d, rec.get("file", "junit.xml")), xml)


def _xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


def r_notebook(case, rec, d):
    ex = alexa_exchanges(case, rec)
    cells = [{"cell_type": "markdown", "metadata": {},
              "source": [f"# {case['name']}: endpoint replay\n", rec.get("note", "Replaying captured requests against the deployed endpoint.\n")]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", f"URL = 'https://{case['id'][4:]}.example.net/alexa'\n",
                         "def invoke(envelope):\n", "    r = requests.post(URL, json=envelope, timeout=10)\n",
                         "    return r.json()\n"]}]
    for n, (q, p, t) in enumerate(ex):
        cells.append({"cell_type": "code", "execution_count": n + 2, "metadata": {},
                      "source": [f"# user: {t['u']}\n", f"req = json.loads('''{json.dumps(q, ensure_ascii=False)}''')\n",
                                 "resp = invoke(req)\n", "print(json.dumps(resp, ensure_ascii=False, indent=1))\n"],
                      "outputs": [{"name": "stdout", "output_type": "stream",
                                   "text": [l + "\n" for l in json.dumps(p, ensure_ascii=False, indent=1).split("\n")]}]})
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    _w(os.path.join(d, rec.get("file", "replay.ipynb")), _j(nb))


def r_poslog(case, rec, d):
    """Restaurant POS / ordering-platform webhook gateway log: NDJSON, voice payloads nested among POS events."""
    ex = alexa_exchanges(case, rec)
    lines = []
    store = rec.get("store", "store-0142")
    for n, (q, p, t) in enumerate(ex):
        ts = q["request"]["timestamp"].replace("Z", ".482Z")
        trace = _h(case["id"], "trace", n)[:16]
        lines.append({"ts": ts, "level": "info", "svc": rec.get("svc", "orderhub-voice-gateway"), "store": store,
                      "event": "webhook.inbound", "channel": "alexa", "trace_id": trace, "http": {"method": "POST", "path": "/v2/voice/alexa"},
                      "body": q})
        for ev in (rec.get("pos_events") or {}).get(n, []):
            lines.append({"ts": ts, "level": "info", "svc": "pos-sync", "store": store, "trace_id": trace, **ev})
        lines.append({"ts": ts, "level": "info", "svc": rec.get("svc", "orderhub-voice-gateway"), "store": store,
                      "event": "webhook.outbound", "channel": "alexa", "trace_id": trace, "status": 200, "latency_ms": 212 + n,
                      "body": p})
    _w(os.path.join(d, rec.get("file", "voice-webhook.ndjson")),
       "\n".join(json.dumps(l, ensure_ascii=False) for l in lines) + "\n")


def r_abcsv(case, rec, d):
    """A/B test export: one row per skill turn, columns variant, session, turn, intent, prompt, reprompt, end, reply."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["experiment", "variant", "session_id", "turn", "locale", "intent", "prompt", "reprompt",
                "should_end_session", "reply"])
    for var, turns in rec["variants"]:
        sub = dict(rec, turns=turns, path=rec["path"] + var)
        ex = alexa_exchanges(case, sub)
        for n, (q, p, t) in enumerate(ex):
            rp = p["response"].get("reprompt", {}).get("outputSpeech", {}).get("ssml", "")
            nxt = ex[n + 1][2]["u"] if n + 1 < len(ex) and not ex[n + 1][0]["session"]["new"] else ""
            se = p["response"].get("shouldEndSession")
            w.writerow([rec.get("experiment", "exp-prompt-wording"), var, q["session"]["sessionId"][-12:], n + 1,
                        q["request"]["locale"], q["request"].get("intent", {}).get("name", "LaunchRequest"),
                        p["response"].get("outputSpeech", {}).get("ssml", ""), rp,
                        "" if se is None else str(se).lower(), nxt])
    _w(os.path.join(d, rec.get("file", "ab_export.csv")), buf.getvalue())


# ----------------------------------------------------------------------------- Google
def _expect(t):
    if t["expect"] is not None:
        return t["expect"]
    return not t["end"]


def r_gconv(case, rec, d):
    conv = _h(case["id"], rec["path"])[:16]
    out = []
    loc = rec.get("locale", case["locale"])
    first = True
    for k, t in enumerate(rec["turns"]):
        intent = "actions.intent.MAIN" if t["i"] == "Launch" else t["i"]
        args = [{"name": a, "rawText": v, "textValue": v} for a, v in t["s"].items()]
        req = {"user": {"userId": "ABwppHF" + _h(case["id"], "u")[:20], "locale": loc, "lastSeen": "2024-09-13T19:10:02Z"},
               "conversation": {"conversationId": conv, "type": "NEW" if first else "ACTIVE"},
               "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t["u"]}], "arguments": args}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
               "isInSandbox": True}
        if not first:
            req["conversation"]["conversationToken"] = "[]"
        ex = _expect(t)
        items = [{"simpleResponse": {"textToSpeech": t["say"]}}]
        if ex:
            res = {"expectUserResponse": True,
                   "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": items}},
                                       "possibleIntents": [{"intent": "actions.intent.TEXT"}]}]}
            if t["noinput"]:
                res["expectedInputs"][0]["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": x} for x in t["noinput"]]
            if t["perm"]:
                res["expectedInputs"][0]["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                    "optContext": t["perm"][0], "permissions": t["perm"][1]}}]
        else:
            res = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
        out.append({"request": req, "response": res})
        first = bool(t["end"]) and not ex
        if first:
            conv = _h(case["id"], rec["path"], k)[:16]
    _w(os.path.join(d, rec.get("file", "conversation.json")), _j(out))


def r_dfwebhook(case, rec, d):
    loc = rec.get("locale", case["locale"])
    sess = f"projects/{case['id'][4:]}/agent/sessions/" + _h(case["id"], rec["path"])[:24]
    files = []
    for k, t in enumerate(rec["turns"]):
        req = {"responseId": _uuid(case["id"], "df", k), "session": sess,
               "queryResult": {"queryText": t["u"], "parameters": t["s"], "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/{case['id'][4:]}/agent/intents/{_uuid(t['i'])}",
                                          "displayName": "Default Welcome Intent" if t["i"] == "Launch" else t["i"]},
                               "intentDetectionConfidence": 0.92, "languageCode": loc.split("-")[0] if loc[:2] != "pt" else "pt-br"},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": loc, "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": sess[-24:], "type": "NEW" if k == 0 else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if t["i"] == "Launch" else "actions.intent.TEXT",
                               "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
        g = {"expectUserResponse": _expect(t), "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["say"]}}]}}
        if t["noinput"]:
            g["noInputPrompts"] = [{"textToSpeech": x} for x in t["noinput"]]
        if t["perm"]:
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                "optContext": t["perm"][0], "permissions": t["perm"][1]}}
        res = {"fulfillmentText": t["say"], "payload": {"google": g}}
        files.append({"request": req, "response": res})
    if rec.get("split"):
        for k, f in enumerate(files):
            _w(os.path.join(d, f"{rec.get('prefix', 'webhook')}-{k + 1:02d}-request.json"), _j(f["request"]))
            _w(os.path.join(d, f"{rec.get('prefix', 'webhook')}-{k + 1:02d}-response.json"), _j(f["response"]))
    else:
        _w(os.path.join(d, rec.get("file", "webhook.jsonl")),
           "\n".join(json.dumps(f, ensure_ascii=False) for f in files) + "\n")


def r_gscene(case, rec, d):
    loc = rec.get("locale", case["locale"])
    sid = "ABwppHH" + _h(case["id"], rec["path"])[:30]
    out = []
    for k, t in enumerate(rec["turns"]):
        intent = "actions.intent.MAIN" if t["i"] == "Launch" else t["i"]
        req = {"handler": {"name": rec.get("handler", "main_handler") if k == 0 else (t.get("h") or t["i"].lower())},
               "intent": {"name": intent, "params": {a: {"original": v, "resolved": v} for a, v in t["s"].items()}, "query": t["u"]},
               "scene": {"name": t["scene"] or "Main", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "lastSeenTime": "2024-09-13T19:10:02Z"},
               "home": {"params": {}},
               "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        nxt = t["nxt"] or ("actions.scene.END_CONVERSATION" if not _expect(t) else (t["scene"] or "Main"))
        res = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["say"], "text": ""}},
               "scene": {"name": t["scene"] or "Main", "slots": {}, "next": {"name": nxt}}}
        out.append({"request": req, "response": res})
    if rec.get("jsonl"):
        _w(os.path.join(d, rec.get("file", "webhook.jsonl")), "\n".join(json.dumps(o, ensure_ascii=False) for o in out) + "\n")
    else:
        _w(os.path.join(d, rec.get("file", "webhook-log.json")), _j(out))


def _yaml_str(s):
    return json.dumps(s, ensure_ascii=False)


def google_builder(case, root):
    lang = LOCALE_LANG[case["locale"]]
    ls = [f"  displayName: {_yaml_str(case['name'])}", f"  pronunciation: {_yaml_str(case['inv'])}",
          f"  shortDescription: {_yaml_str(case['summary'])}", f"  fullDescription: {_yaml_str(case['desc'])}",
          f"  developerName: {_yaml_str(case.get('dev', 'Small Kitchen Apps'))}",
          f"  developerEmail: {_yaml_str(case.get('email', 'dev@' + case['id'][4:] + '.example.com'))}"]
    if case.get("policy"):
        ls.append(f"  privacyPolicyUrl: {_yaml_str(case['policy'])}")
    ls += ["  smallLogoImage: $resources.images.square", "  largeBannerImage: $resources.images.banner"]
    if case.get("sample_inv"):
        ls.append("  sampleInvocations:")
        ls += [f"  - {_yaml_str(x)}" for x in case["sample_inv"]]
    st = (f"defaultLocale: {lang}\nprojectId: {case['id'][4:]}\ncategory: FOOD_AND_DRINK\n"
          f"usesTransactionsApi: false\nusesDigitalPurchaseApi: false\nusesInteractiveCanvas: false\n"
          f"designedForFamily: {str(case['child']).lower()}\ncontainsAlcoholOrTobaccoContent: false\n"
          f"keepsMicOpen: {str(case.get('keeps_mic', False)).lower()}\nlocalizedSettings:\n" + "\n".join(ls) + "\n")
    _w(os.path.join(root, "sdk", "settings", "settings.yaml"), st)
    _w(os.path.join(root, "sdk", "actions", "actions.yaml"),
       "actions:\n  actions.intent.MAIN:\n    handler:\n      staticPrompt:\n        candidates: []\n    engagement: {}\n")
    for name, phrases, params in case.get("intents", []):
        y = "trainingPhrases:\n" + "".join(f"- {_yaml_str(p)}\n" for p in phrases)
        if params:
            y = "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in params.items()) + y
        _w(os.path.join(root, "sdk", "custom", "intents", f"{name}.yaml"), y)
    for tn, vals in case["types"].items():
        y = "synonym:\n  entities:\n" + "".join(f"    {_yaml_str(v)}:\n      synonyms:\n      - {_yaml_str(v)}\n" for v in vals) + \
            "  matchType: EXACT_MATCH\n" if vals else "freeText: {}\n"
        _w(os.path.join(root, "sdk", "custom", "types", f"{tn}.yaml"), y)
    for sn, text in case.get("scenes", {}).items():
        _w(os.path.join(root, "sdk", "custom", "scenes", f"{sn}.yaml"), text)
    _w(os.path.join(root, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"),
       "handlers:\n" + "".join(f"- name: {h}\n" for h in case.get("handlers", ["main_handler"])) +
       f"httpsEndpoint:\n  baseUrl: https://{case['id'][4:]}.example.app/fulfillment\n")


def google_sdkv2(case, root):
    lang = LOCALE_LANG[case["locale"]]
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": case["id"][4:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": case.get("main_patterns", [f"talk to {case['inv']}"])}}}]
    for name, phrases, params in case.get("intents", []):
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": case["id"][4:]},
                     "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in params.items()],
                                "trigger": {"queryPatterns": phrases}}})
    a = {"locale": lang, "actions": acts,
         "conversations": {case["id"][4:]: {"name": case["id"][4:], "url": f"https://{case['id'][4:]}.example.app/conversation",
                                             "fulfillmentApiVersion": 2}}}
    if case["types"]:
        a["types"] = [{"name": f"${tn}", "entities": [{"key": v, "synonyms": [v]} for v in vals]} for tn, vals in case["types"].items()]
    _w(os.path.join(root, "action.json"), _j(a))
    info = {"displayName": case["name"], "invocationName": case["inv"], "shortDescription": case["summary"],
            "fullDescription": case["desc"], "category": "FOOD_AND_DRINK"}
    if case.get("policy"):
        info["privacyPolicyUrl"] = case["policy"]
    _w(os.path.join(root, "directory-listing.json"), _j({"locale": lang, "directoryListing": info}))


def google_dialogflow(case, root):
    lang = LOCALE_LANG[case["locale"]].lower()
    agent = {"description": case["desc"], "language": lang, "shortDescription": case["summary"], "examples": "",
             "linkToDocs": "", "displayName": case["name"], "disableInteractionLogs": False,
             "googleAssistant": {"googleAssistantCompatible": True, "project": case["id"][4:], "welcomeIntentSignInRequired": False,
                                 "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {},
                                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": True,
                                 "isDeviceAgent": False},
             "defaultTimezone": case.get("tz", "Europe/London"),
             "webhook": {"url": f"https://{case['id'][4:]}.example.app/df", "available": True, "useForDomains": False},
             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True,
             "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [],
             "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "",
             "enableSpellCorrection": False}
    _w(os.path.join(root, "agent.json"), _j(agent))
    _w(os.path.join(root, "package.json"), _j({"version": "1.0.0"}))
    for name, phrases, params in case.get("intents", []):
        it = {"id": _uuid(case["id"], name), "name": name, "auto": True, "contexts": [],
              "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
                             "parameters": [{"id": _uuid(name, k), "name": k, "required": False, "dataType": v, "value": f"${k}",
                                             "isList": False} for k, v in params.items()],
                             "messages": [], "speech": []}],
              "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name == "Default Fallback Intent",
              "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else []}
        _w(os.path.join(root, "intents", f"{name}.json"), _j(it))
        us = []
        for p in phrases:
            data = []
            for part in _split_params(p):
                if part[0] == "t":
                    data.append({"text": part[1], "userDefined": False})
                else:
                    data.append({"text": part[2], "alias": part[1], "meta": params.get(part[1], "@sys.any"), "userDefined": True})
            us.append({"id": _uuid(p), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            _w(os.path.join(root, "intents", f"{name}_usersays_{lang}.json"), _j(us))
    for tn, vals in case["types"].items():
        _w(os.path.join(root, "entities", f"{tn}.json"), _j({"id": _uuid(tn), "name": tn, "isOverridable": True,
                                                              "isEnum": False, "isRegexp": False, "automatedExpansion": True,
                                                              "allowFuzzyExtraction": False}))
        _w(os.path.join(root, "entities", f"{tn}_entries_{lang}.json"), _j([{"value": v, "synonyms": [v]} for v in vals]))


def _split_params(p):
    # "find recipes with [q=chicken]" -> text and parameter parts
    import re
    out, pos = [], 0
    for m in re.finditer(r"\[(\w+)=([^\]]+)\]", p):
        if m.start() > pos:
            out.append(("t", p[pos:m.start()]))
        out.append(("p", m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(p):
        out.append(("t", p[pos:]))
    return out


SHAPES = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array,
          "smapi-simulation": r_smapi_sim, "smapi-invocation": r_smapi_inv, "ask-dialog": r_ask_dialog,
          "cloudwatch-text": r_cw_text, "cloudwatch-json": r_cw_json, "har": r_har, "transcript": r_transcript,
          "postman-collection": r_postman, "junit-xml": r_junit, "notebook": r_notebook,
          "pos-webhook-log": r_poslog, "ab-test-csv": r_abcsv,
          "gactions-conversation": r_gconv, "dialogflow-webhook": r_dfwebhook, "gactions-scene": r_gscene}


def render(case, casesdir):
    root = os.path.join(casesdir, case["id"])
    p = case["platform"]
    if p == "alexa":
        alexa_package(case, root)
    elif p == "builder":
        google_builder(case, root)
    elif p == "sdkv2":
        google_sdkv2(case, root)
    elif p == "dialogflow":
        google_dialogflow(case, root)
    for f, text in case.get("extra_files", {}).items():
        _w(os.path.join(root, f), text)
    shapes = []
    for rec in case["recs"]:
        SHAPES[rec["shape"]](case, rec, os.path.join(root, rec["path"]))
        if rec["shape"] not in shapes:
            shapes.append(rec["shape"])
    return shapes
