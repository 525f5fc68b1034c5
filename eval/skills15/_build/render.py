"""Renderer for evaluation set 15: turns hand-written case descriptions (cases_*.py) into
skill projects and recordings. It adds no content of its own beyond envelope boilerplate."""
import csv, io, json, os, uuid, hashlib, datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "cases")
BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
           "AMAZON.FallbackIntent"]
PERM = {"email": "alexa::profile:email:read", "name": "alexa::profile:name:read",
        "given_name": "alexa::profile:given_name:read", "phone": "alexa::profile:mobile_number:read",
        "address": "alexa::devices:all:address:full:read", "zip": "alexa::devices:all:address:country_and_postal_code:read",
        "location": "alexa::devices:all:geolocation:read", "lists_read": "alexa::household:lists:read",
        "lists_write": "alexa::household:lists:write", "reminders": "alexa::alerts:reminders:skill:readwrite",
        "timers": "alexa::alerts:timers:skill:readwrite", "person_id": "alexa::person_id:read"}


def did(seed, n=0):
    return str(uuid.UUID(hashlib.md5(f"{seed}:{n}".encode()).hexdigest()))


def wjson(path, obj, indent=2):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=indent, ensure_ascii=False)
        f.write("\n")


def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------- Alexa package
def alexa_package(d, c):
    loc = c["locale"]
    locs = [loc] + c.get("extra_locales", [])
    pub = {}
    for l in locs:
        pub[l] = {"summary": c["desc"][:160], "examplePhrases": c.get("examples", [f"Alexa, open {c['inv']}"]),
                  "name": c["name"], "description": c["desc"], "keywords": c.get("keywords", []),
                  "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{did(c['id'])[:4]}/APP_ICON?versionId=small",
                  "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{did(c['id'])[:4]}/APP_ICON_LARGE?versionId=large"}
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("uses_pi", False),
           "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pac["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", "")} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                        "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                        "category": c.get("category", "GAMES"), "distributionCountries": c.get("countries", [])},
                        "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", f"arn:aws:lambda:us-east-1:4{did(c['id'])[:11].replace('-', '')}:function:{c['id'][4:]}")}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pac}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": PERM[p]} for p in c["perms"]]
    wjson(os.path.join(d, "skill-package", "skill.json"), man)
    for l in locs:
        model = c.get("models", {}).get(l, c)
        intents = []
        for name, samples in model["intents"].items():
            slots = []
            seen = []
            for s in samples:
                for part in s.split("{")[1:]:
                    sn = part.split("}")[0]
                    if sn not in seen:
                        seen.append(sn)
            for sn in seen:
                slots.append({"name": sn, "type": model.get("slots", {}).get(sn) or c["slots"][sn]})
            it = {"name": name, "samples": samples}
            if slots:
                it["slots"] = slots
            intents.append(it)
        for b in BUILTIN:
            if b not in model["intents"]:
                intents.append({"name": b, "samples": []})
        types = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in model.get("types", {}).items()]
        lm = {"invocationName": model.get("inv", c["inv"]), "intents": intents, "types": types}
        wjson(os.path.join(d, "skill-package", "interactionModels", "custom", f"{l}.json"), {"interactionModel": {"languageModel": lm}})
    wjson(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}}}}})
    if c.get("code"):
        fn, txt = c["code"]
        wtext(os.path.join(d, "lambda", fn), txt)


# ---------------------------------------------------------------- Alexa envelopes
def speech_obj(s):
    if s is None:
        return None
    if s.startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


def response(t):
    r = {}
    if t.get("say") is not None:
        r["outputSpeech"] = speech_obj(t["say"])
    if t.get("reprompt") is not None:
        r["reprompt"] = {"outputSpeech": speech_obj(t["reprompt"])}
    if t.get("card"):
        r["card"] = t["card"]
    if t.get("directives"):
        r["directives"] = t["directives"]
    if t.get("end") is not None:
        r["shouldEndSession"] = t["end"]
    return {"version": "1.0", "sessionAttributes": t.get("attrs", {}), "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": r}


def requests(c, turns, rec_seed, start):
    """turns: list of dicts {u (utterance), i (intent or LAUNCH/END), s (slots), say, reprompt, end}"""
    out = []
    sess = 0
    new = True
    ts = start
    app = f"amzn1.ask.skill.{did(c['id'])}"
    user = f"amzn1.ask.account.AF{did(rec_seed, 99).replace('-', '').upper()}"
    for k, t in enumerate(turns):
        sid = f"amzn1.echo-api.session.{did(rec_seed, 1000 + sess)}"
        rid = f"amzn1.echo-api.request.{did(rec_seed, k)}"
        i = t["i"]
        if i == "LAUNCH":
            rq = {"type": "LaunchRequest"}
        elif i == "END":
            rq = {"type": "SessionEndedRequest", "reason": t.get("reason", "USER_INITIATED")}
        else:
            slots = {n: {"name": n, "value": v, "confirmationStatus": "NONE"} for n, v in (t.get("s") or {}).items()}
            rq = {"type": "IntentRequest", "intent": {"name": i, "confirmationStatus": "NONE", "slots": slots}, "dialogState": "STARTED"} if slots else \
                {"type": "IntentRequest", "intent": {"name": i, "confirmationStatus": "NONE"}}
        rq.update({"requestId": rid, "locale": t.get("locale", c["locale"]), "timestamp": ts.strftime("%Y-%m-%dT%H:%M:%SZ")})
        env = {"version": "1.0",
               "session": {"new": new, "sessionId": sid, "application": {"applicationId": app}, "attributes": {}, "user": {"userId": user}},
               "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                      "device": {"deviceId": f"amzn1.ask.device.A{did(rec_seed, 77).replace('-', '').upper()[:24]}",
                                                 "supportedInterfaces": {}},
                                      "apiEndpoint": "https://api.amazonalexa.com" if not c["locale"].startswith(("de", "es", "fr", "it", "en-GB")) else "https://api.eu.amazonalexa.com"}},
               "request": rq}
        if t.get("no_session"):
            env.pop("session")
        rs = response(t) if i != "END" else None
        out.append((t.get("u", ""), env, rs, ts))
        ts = ts + datetime.timedelta(seconds=t.get("dt", 7))
        if i == "END" or t.get("end") is True:
            sess += 1
            new = True
        else:
            new = False
    return out


def spoken(rs):
    if not rs:
        return ""
    o = rs["response"].get("outputSpeech") or {}
    return o.get("ssml") or o.get("text") or ""


def rspoken(rs):
    if not rs:
        return ""
    o = (rs["response"].get("reprompt") or {}).get("outputSpeech") or {}
    return o.get("ssml") or o.get("text") or ""


def iso(ts):
    return ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (ts.second * 13 % 1000)


# ---------------------------------------------------------------- shape writers
def w_envelope(d, path, pairs, c):
    for k, (u, rq, rs, ts) in enumerate(pairs):
        if rs is None:
            continue
        nm = (rq["request"].get("intent", {}).get("name") or rq["request"]["type"]).replace(".", "_").lower()
        wjson(os.path.join(d, path, f"{k + 1:02d}-{nm}.response.json"), rs)


def w_pairs_jsonl(d, path, pairs, c):
    lines = [json.dumps({"request": rq, "response": rs}, ensure_ascii=False) for u, rq, rs, ts in pairs]
    wtext(os.path.join(d, path), "\n".join(lines) + "\n")


def w_pairs_array(d, path, pairs, c):
    wjson(os.path.join(d, path), [{"request": rq, "response": rs} for u, rq, rs, ts in pairs])


def w_smapi_sim(d, path, pairs, c):
    for k, (u, rq, rs, ts) in enumerate(pairs):
        if rs is None:
            continue
        obj = {"id": did(c["id"] + path, k), "status": "SUCCESSFUL", "result": {
            "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": spoken(rs).replace("<speak>", "").replace("</speak>", "")}}],
                                   "consideredIntents": [{"name": rq["request"].get("intent", {}).get("name", rq["request"]["type"]), "confirmationStatus": "NONE", "slots": {}}]},
            "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": c.get("endpoint_arn", "arn:aws:lambda:us-east-1:123456789012:function:" + c["id"][4:]), "body": rq},
                                                    "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + 17 * k}}]},
            "error": None}}
        wjson(os.path.join(d, path, f"sim-{k + 1:02d}.json"), obj)


def w_smapi_inv(d, path, pairs, c):
    for k, (u, rq, rs, ts) in enumerate(pairs):
        if rs is None:
            continue
        obj = {"id": did(c["id"] + "inv", k), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
            "invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:123456789012:function:" + c["id"][4:], "body": rq},
            "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 211}}, "error": None}}
        wjson(os.path.join(d, path, f"invoke-{k + 1:02d}.json"), obj)


def w_ask_dialog(d, path, pairs, c):
    ui = [u for u, rq, rs, ts in pairs if rs]
    wjson(os.path.join(d, path, "dialog-replay.json"), {"skillId": f"amzn1.ask.skill.{did(c['id'])}", "locale": c["locale"], "type": "text", "userInput": ui})
    rec = [{"utterance": u, "invocations": [{"request": rq, "response": rs}]} for u, rq, rs, ts in pairs if rs]
    wjson(os.path.join(d, path, "dialog-record-output.json"), rec)


def w_cw_text(d, path, pairs, c):
    out = []
    for u, rq, rs, ts in pairs:
        rid = did(c["id"] + "cw", int(ts.timestamp()))
        t = iso(ts)
        out.append(f"START RequestId: {rid} Version: $LATEST")
        out.append(f"{t}\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}")
        if rs:
            out.append(f"{t}\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tDuration: 83.41 ms\tBilled Duration: 84 ms\tMemory Size: 128 MB\tMax Memory Used: 79 MB")
    wtext(os.path.join(d, path), "\n".join(out) + "\n")


def w_cw_json(d, path, pairs, c):
    ev = []
    for u, rq, rs, ts in pairs:
        rid = did(c["id"] + "cwj", int(ts.timestamp()))
        ms = int(ts.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        ev.append({"logStreamName": ts.strftime("%Y/%m/%d") + "/[$LATEST]" + rid.replace("-", "")[:32], "timestamp": ms,
                   "message": f"{iso(ts)}\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}\n", "ingestionTime": ms + 412, "eventId": str(ms) + "0001"})
        if rs:
            ev.append({"logStreamName": ts.strftime("%Y/%m/%d") + "/[$LATEST]" + rid.replace("-", "")[:32], "timestamp": ms + 90,
                       "message": f"{iso(ts)}\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}\n", "ingestionTime": ms + 503, "eventId": str(ms) + "0002"})
    wjson(os.path.join(d, path), {"events": ev, "searchedLogStreams": []})


def w_har(d, path, pairs, c):
    ent = []
    url = c.get("url", f"https://{c['id'][4:]}.skills.example.net/alexa")
    for u, rq, rs, ts in pairs:
        body = json.dumps(rq, ensure_ascii=False)
        rb = json.dumps(rs, ensure_ascii=False) if rs else ""
        ent.append({"startedDateTime": iso(ts), "time": 143,
                    "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "MEUCIQ…"}],
                                "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body),
                                "postData": {"mimeType": "application/json; charset=utf-8", "text": body}},
                    "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                                 "cookies": [], "content": {"size": len(rb), "mimeType": "application/json", "text": rb}, "redirectURL": "", "headersSize": -1, "bodySize": len(rb)},
                    "cache": {}, "timings": {"send": 1, "wait": 130, "receive": 12}})
    wjson(os.path.join(d, path), {"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "10.1.5"}, "entries": ent}})


def w_transcript(d, path, pairs, c):
    out = [f"# probe session {c['id']}  locale={c['locale']}"]
    for u, rq, rs, ts in pairs:
        t = ts.strftime("%Y-%m-%d %H:%M:%S")
        out.append(f"[{t}] USER: {u}" if u else f"[{t}] USER: (no input)")
        if rs:
            out.append(f"[{t}] SKILL: {spoken(rs)}")
            if rspoken(rs):
                out.append(f"[{t}] REPROMPT: {rspoken(rs)}")
            out.append(f"[{t}] session_open={str(not rs['response'].get('shouldEndSession', True)).lower()}")
    wtext(os.path.join(d, path), "\n".join(out) + "\n")


# ----- shapes not in the usual list
def pretty_format(v, ind=0):
    """Jest 29 pretty-format style (sorted keys, trailing commas, unescaped strings)."""
    p = "  " * (ind + 1)
    if isinstance(v, dict):
        if not v:
            return "{}"
        return "{\n" + "".join(f'{p}"{k}": {pretty_format(v[k], ind + 1)},\n' for k in sorted(v)) + "  " * ind + "}"
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[\n" + "".join(f"{p}{pretty_format(x, ind + 1)},\n" for x in v) + "  " * ind + "]"
    if isinstance(v, str):
        return '"' + v + '"'
    if v is None:
        return "null"
    return json.dumps(v)


def w_jest_snapshot(d, path, pairs, c):
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for k, (u, rq, rs, ts) in enumerate(pairs):
        if rs is None:
            continue
        nm = rq["request"].get("intent", {}).get("name") or rq["request"]["type"]
        body = pretty_format(rs).replace("`", "\\`")
        out.append(f"exports[`{c['name']} handlers {nm} ({u or 'launch'}) 1`] = `\n{body}\n`;\n")
    wtext(os.path.join(d, path), "\n".join(out))


def w_postman(d, path, pairs, c):
    items = []
    url = c.get("url", f"https://{c['id'][4:]}.skills.example.net/alexa")
    for k, (u, rq, rs, ts) in enumerate(pairs):
        raw = json.dumps(rq, indent=2, ensure_ascii=False)
        reqo = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                "body": {"mode": "raw", "raw": raw, "options": {"raw": {"language": "json"}}}, "url": {"raw": url}}
        it = {"name": f"{k + 1:02d} {u or rq['request']['type']}", "request": reqo, "response": []}
        if rs:
            it["response"].append({"name": "saved " + ts.strftime("%Y-%m-%d"), "originalRequest": reqo, "status": "OK", "code": 200,
                                   "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}],
                                   "body": json.dumps(rs, indent=2, ensure_ascii=False)})
        items.append(it)
    wjson(os.path.join(d, path), {"info": {"_postman_id": did(c["id"], 5), "name": c["name"] + " endpoint",
                                           "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items})


def w_notebook(d, path, pairs, c):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} – local handler checks\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, lambda_function\n", "def call(ev):\n", "    out = lambda_function.lambda_handler(ev, None)\n", "    print(json.dumps(out, indent=1, ensure_ascii=False))\n"]}]
    for k, (u, rq, rs, ts) in enumerate(pairs):
        src = ["ev = " + json.dumps(rq, ensure_ascii=False) + "\n", f"call(ev)  # {u}\n"]
        outs = [{"name": "stdout", "output_type": "stream", "text": (json.dumps(rs, indent=1, ensure_ascii=False) + "\n").splitlines(True)}] if rs else []
        cells.append({"cell_type": "code", "execution_count": k + 2, "metadata": {}, "outputs": outs, "source": src})
    wjson(os.path.join(d, path), {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
                                  "nbformat": 4, "nbformat_minor": 5}, indent=1)


def w_qa_csv(d, path, pairs, c):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["run_at", "session_id", "turn", "user_said", "request_type", "intent", "speech", "reprompt", "should_end_session", "tester_notes"])
    for k, (u, rq, rs, ts) in enumerate(pairs):
        w.writerow([ts.strftime("%d/%m/%Y %H:%M"), rq.get("session", {}).get("sessionId", "")[-12:], k + 1, u, rq["request"]["type"],
                    rq["request"].get("intent", {}).get("name", ""), spoken(rs), rspoken(rs),
                    "" if not rs else str(rs["response"].get("shouldEndSession", "")).upper(), ""])
    wtext(os.path.join(d, path), buf.getvalue())


def w_opensearch(d, path, pairs, c):
    hits = []
    for k, (u, rq, rs, ts) in enumerate(pairs):
        hits.append({"_index": "skills-" + ts.strftime("%Y.%m.%d"), "_id": did(c["id"] + "os", k)[:20], "_score": None,
                     "_source": {"@timestamp": iso(ts), "service": c["id"][4:], "log.level": "info", "event.action": "skill.turn",
                                 "alexa": {"request": rq, "response": rs}}, "sort": [int(ts.timestamp() * 1000)]})
    wjson(os.path.join(d, path), {"took": 12, "timed_out": False, "hits": {"total": {"value": len(hits), "relation": "eq"}, "max_score": None, "hits": hits}})


def w_junit(d, path, pairs, c):
    from xml.sax.saxutils import escape
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f'<testsuites name="pytest" tests="{len(pairs)}" failures="0">',
           f'  <testsuite name="test_conversation" tests="{len(pairs)}" timestamp="{iso(pairs[0][3])}">']
    for k, (u, rq, rs, ts) in enumerate(pairs):
        out.append(f'    <testcase classname="tests.test_conversation" name="test_turn_{k + 1}" time="0.04">')
        out.append("      <system-out>" + escape("REQUEST " + json.dumps(rq, ensure_ascii=False) + "\nRESPONSE " + json.dumps(rs, ensure_ascii=False)) + "</system-out>")
        out.append("    </testcase>")
    out += ["  </testsuite>", "</testsuites>"]
    wtext(os.path.join(d, path), "\n".join(out) + "\n")


def w_curl(d, path, pairs, c):
    url = c.get("url", f"https://{c['id'][4:]}.skills.example.net/alexa")
    host = url.split("/")[2]
    out = []
    for u, rq, rs, ts in pairs:
        body = json.dumps(rq, ensure_ascii=False)
        out.append(f"$ curl -sv -X POST {url} -H 'Content-Type: application/json' -d @req-{ts.strftime('%H%M%S')}.json")
        wjson(os.path.join(d, os.path.dirname(path), f"req-{ts.strftime('%H%M%S')}.json"), rq)
        out.append(f"*   Trying 203.0.113.17:443...\n* Connected to {host} (203.0.113.17) port 443\n> POST /alexa HTTP/1.1\n> Host: {host}\n> Content-Type: application/json\n> Content-Length: {len(body.encode())}\n>")
        out.append(f"}} [{len(body.encode())} bytes data]")
        if rs:
            rb = json.dumps(rs, ensure_ascii=False)
            out.append(f"< HTTP/1.1 200 OK\n< Content-Type: application/json\n< Content-Length: {len(rb.encode())}\n<\n{rb}\n* Connection #0 to host {host} left intact")
        out.append("")
    wtext(os.path.join(d, path), "\n".join(out))


def w_bespoken(d, path, pairs, c):
    """Bespoken (bst) test results: a YAML test script plus the JSON report bst writes."""
    script = ["---", "configuration:", f"  locale: {c['locale']}", "  handler: ../lambda/index.handler", "", "---", f"- test: {c['name']} conversation"]
    res = []
    for u, rq, rs, ts in pairs:
        if not rs:
            continue
        utt = u or "LaunchRequest"
        script.append(f"- \"{utt}\":")
        script.append(f"  - prompt: \"*\"")
        res.append({"utterance": utt, "passed": True, "actual": {"prompt": spoken(rs), "reprompt": rspoken(rs),
                    "shouldEndSession": rs["response"].get("shouldEndSession"), "card": rs["response"].get("card")},
                    "raw": {"request": rq, "response": rs}})
    base = os.path.join(d, path)
    wtext(os.path.join(base, "conversation.test.yml"), "\n".join(script) + "\n")
    wjson(os.path.join(base, "test_output", "results.json"), {"success": True, "testSuites": [{"name": c["name"], "tests": [{"description": f"{c['name']} conversation", "interactions": res}]}]})


WRITERS = {"envelope": w_envelope, "pairs-jsonl": w_pairs_jsonl, "pairs-array": w_pairs_array, "smapi-simulation": w_smapi_sim,
           "smapi-invocation": w_smapi_inv, "ask-dialog": w_ask_dialog, "cloudwatch-text": w_cw_text, "cloudwatch-json": w_cw_json,
           "har": w_har, "transcript": w_transcript, "jest-snapshot": w_jest_snapshot, "postman-collection": w_postman,
           "jupyter-notebook": w_notebook, "qa-spreadsheet-csv": w_qa_csv, "opensearch-hits": w_opensearch, "junit-xml": w_junit,
           "curl-verbose": w_curl, "bespoken-results": w_bespoken}


# ---------------------------------------------------------------- Google
def g_project(d, c):
    kind = c["gkind"]
    loc = c["locale"]
    lang = loc.split("-")[0]
    if kind == "builder":
        s = [f"defaultLocale: {lang}", "localizedSettings:", f"  displayName: {c['name']}", f"  pronunciation: {c['inv']}",
             f"  fullDescription: {c['desc']}", "  developerName: " + c.get("dev", "Indie Dev"), "  developerEmail: dev@" + c["id"][4:] + ".example",
             f"  privacyPolicyUrl: {c.get('policy') or ''}", f"projectId: {c['id'][4:]}-prj", "category: " + c.get("gcat", "GAMES_AND_TRIVIA"),
             f"usesTransactionsApi: false", f"designedForFamily: {str(c.get('child', False)).lower()}"]
        wtext(os.path.join(d, "sdk", "settings", "settings.yaml"), "\n".join(s) + "\n")
        wtext(os.path.join(d, "sdk", "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n")
        for name, (phrases, params) in c["intents"].items():
            y = []
            if params:
                y.append("parameters:")
                for p, t in params.items():
                    y += [f"- name: {p}", "  type:", f"    name: {t}"]
            y.append("trainingPhrases:")
            y += [f"- {json.dumps(p, ensure_ascii=False)}" for p in phrases]
            wtext(os.path.join(d, "sdk", "custom", "intents", f"{name}.yaml"), "\n".join(y) + "\n")
        for name, body in c.get("scenes", {}).items():
            wtext(os.path.join(d, "sdk", "custom", "scenes", f"{name}.yaml"), body)
        for name, vals in c.get("types", {}).items():
            y = ["synonym:", "  entities:"] + sum([[f"    {v}:", f"      synonyms:", f"      - {v}"] for v in vals], [])
            wtext(os.path.join(d, "sdk", "custom", "types", f"{name}.yaml"), "\n".join(y) + "\n")
        wtext(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), "handlers:\n- name: main\n" + "".join(f"- name: {h}\n" for h in c.get("handlers", [])) + "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    elif kind == "sdk2":
        acts = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": c["id"][4:]}, "intent": {"name": "actions.intent.MAIN",
                 "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
        for name, (phrases, params) in c["intents"].items():
            acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c["id"][4:]},
                         "intent": {"name": name, "parameters": [{"name": p, "type": {"name": t}} for p, t in params.items()], "trigger": {"queryPatterns": phrases}}})
        obj = {"locale": loc, "actions": acts, "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": f"https://europe-west1-{c['id'][4:]}.cloudfunctions.net/fulfillment", "fulfillmentApiVersion": 2}},
               "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80], "longDescription": c["desc"],
                            "privacyUrl": c.get("policy") or "", "category": c.get("gcat", "GAMES"), "permissions": c.get("gperms", [])}}
        if c.get("types"):
            obj["types"] = [{"name": t, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for t, vals in c["types"].items()]
        wjson(os.path.join(d, "action.json"), obj)
    else:  # dialogflow
        wjson(os.path.join(d, "agent.json"), {"description": c["desc"], "language": lang, "shortDescription": c["name"], "examples": "", "linkToDocs": "",
                                              "displayName": c["name"], "disableInteractionLogs": False, "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][4:],
                                              "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                              "voiceType": "VOICE_TYPE_FEMALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "isDeviceAgent": False},
                                              "defaultTimezone": "Europe/Berlin", "webhook": {"url": f"https://{c['id'][4:]}.example.app/webhook", "available": True},
                                              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True, "privacyPolicyUrl": c.get("policy") or ""})
        for name, (phrases, params) in c["intents"].items():
            wjson(os.path.join(d, "intents", f"{name}.json"), {"id": did(c["id"] + name), "name": name, "auto": True, "contexts": [],
                  "responses": [{"resetContexts": False, "action": name.lower(), "affectedContexts": [], "parameters": [{"name": p, "dataType": t, "value": "$" + p, "required": False, "isList": False} for p, t in params.items()],
                                 "messages": [], "endInteraction": False}], "webhookUsed": True, "fallbackIntent": name.endswith("Fallback")})
            us = []
            for p in phrases:
                data = []
                for part in p.replace("}", "{").split("{"):
                    if not part:
                        continue
                    if part.startswith("@"):
                        ent, alias = part.split(":")
                        data.append({"text": alias, "alias": alias, "meta": ent, "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                us.append({"id": did(c["id"] + p), "data": data, "isTemplate": False, "count": 0})
            wjson(os.path.join(d, "intents", f"{name}_usersays_{lang}.json"), us)
        for name, vals in c.get("types", {}).items():
            wjson(os.path.join(d, "entities", f"{name}.json"), {"id": did(name), "name": name, "isOverridable": True, "isEnum": False, "automatedExpansion": False})
            wjson(os.path.join(d, "entities", f"{name}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])


def g_recording(d, c, rec):
    kind = c["gkind"]
    conv = f"ABwppHG{did(c['id'] + rec['path']).replace('-', '')[:24]}"
    rows = []
    for k, t in enumerate(rec["turns"]):
        ts = rec["start"] + datetime.timedelta(seconds=9 * k)
        expect = not t.get("end", False)
        if kind == "sdk2":
            rq = {"user": {"locale": c["locale"], "userVerificationStatus": "VERIFIED", "lastSeen": iso(ts)},
                  "conversation": {"conversationId": conv, "type": "NEW" if k == 0 else "ACTIVE"},
                  "inputs": [{"intent": t["i"], "rawInputs": [{"inputType": "VOICE", "query": t.get("u", "")}], "arguments": t.get("args", [])}],
                  "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
            rs = {"expectUserResponse": expect}
            items = [{"simpleResponse": {"textToSpeech": t["say"]}}] if t.get("say") is not None else []
            if expect:
                rs["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": items}, "noInputPrompts": [{"textToSpeech": x} for x in t.get("noinput", [])]},
                                         "possibleIntents": t.get("possible", [{"intent": "actions.intent.TEXT"}])}]
            else:
                rs["finalResponse"] = {"richResponse": {"items": items}}
            rows.append({"timestamp": iso(ts), "request": rq, "response": rs})
        elif kind == "dialogflow":
            rq = {"responseId": did(conv, k), "session": f"projects/{c['id'][4:]}/agent/sessions/{conv}",
                  "queryResult": {"queryText": t.get("u", ""), "parameters": t.get("params", {}), "allRequiredParamsPresent": True,
                                  "intent": {"name": f"projects/{c['id'][4:]}/agent/intents/{did(c['id'] + t['i'])}", "displayName": t["i"]},
                                  "intentDetectionConfidence": 0.87, "languageCode": c["locale"].lower()},
                  "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": c["locale"]},
                                                  "conversation": {"conversationId": conv, "type": "NEW" if k == 0 else "ACTIVE"},
                                                  "inputs": [{"rawInputs": [{"query": t.get("u", ""), "inputType": "VOICE"}]}]}}}
            g = {"expectUserResponse": expect, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["say"]}}]}}
            if t.get("noinput") is not None:
                g["noInputPrompts"] = [{"textToSpeech": x} for x in t["noinput"]]
            if t.get("system"):
                g["systemIntent"] = t["system"]
            rs = {"fulfillmentText": t["say"], "payload": {"google": g}}
            rows.append({"request": rq, "response": rs})
        else:
            rq = {"handler": {"name": t.get("handler", "main")}, "intent": {"name": t["i"], "params": t.get("params", {}), "query": t.get("u", "")},
                  "scene": {"name": t.get("scene", "actions.scene.START_CONVERSATION"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                  "session": {"id": conv, "params": {}, "languageCode": c["locale"]}, "user": {"locale": c["locale"], "verificationStatus": "VERIFIED"},
                  "device": {"capabilities": ["SPEECH", "RICH_RESPONSE"]}}
            rs = {"session": {"id": conv, "params": t.get("sparams", {})}, "prompt": {"override": False, "firstSimple": {"speech": t["say"], "text": t.get("text", t["say"])}}}
            if t.get("next"):
                rs["scene"] = {"name": rq["scene"]["name"], "slots": {}, "next": {"name": t["next"]}}
            rows.append({"request": rq, "response": rs})
    fmt = rec.get("fmt", "json")
    p = os.path.join(d, rec["path"])
    if fmt == "jsonl":
        wtext(p, "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    else:
        wjson(p, rows)


# ---------------------------------------------------------------- driver
def build(cases):
    labels = {}
    for c in cases:
        d = os.path.join(OUT, c["id"])
        if c.get("gkind"):
            g_project(d, c)
            for rec in c["recs"]:
                g_recording(d, c, rec)
        else:
            alexa_package(d, c)
            for n, rec in enumerate(c["recs"]):
                pairs = requests(c, rec["turns"], c["id"] + rec["path"], rec["start"])
                WRITERS[rec["shape"]](d, rec["path"], pairs, c)
        for fn, txt in c.get("files", {}).items():
            wtext(os.path.join(d, fn), txt)
        shapes = []
        gshape = {"sdk2": "gactions-conversation", "dialogflow": "dialogflow-webhook", "builder": "gactions-scene"}
        for rec in c["recs"]:
            sh = rec.get("shape") or gshape[c["gkind"]]
            if sh not in shapes:
                shapes.append(sh)
        labels[c["id"]] = {"categories": c["cats"], "locale": c["locale"], "shapes": shapes, "why": c["why"]}
    return labels
