"""Rendering helpers: turn hand-written case descriptions into project files and recordings."""
import json, os, hashlib, datetime, base64

OUT = None  # set by gen.py


def h(s, n=8):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def uid(seed):
    x = hashlib.md5(seed.encode()).hexdigest()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def write(case, rel, data):
    p = os.path.join(OUT, "cases", case, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if not isinstance(data, str):
        data = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    with open(p, "w", encoding="utf-8") as f:
        f.write(data)


def js(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------- Alexa package
def alexa_package(c):
    """c: case dict. keys: id, name, inv, locale, extra_locales, intents, types, summary, description,
    examples, category, permissions, privacy, terms, child, usesPI, code"""
    cid = c["id"]
    locs = [c["locale"]] + c.get("extra_locales", [])
    pub = {}
    priv = {}
    for l in locs:
        pub[l] = {
            "summary": c.get("summary", c.get("description", ""))[:160],
            "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"],
            "keywords": c.get("keywords", []),
            "name": c["name"],
            "description": c.get("description", c.get("summary", "")),
            "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(cid,4)}/APP_ICON?versionId=small",
            "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(cid,4)}/APP_ICON_LARGE?versionId=large",
        }
        pl = {}
        if c.get("privacy"):
            pl["privacyPolicyUrl"] = c["privacy"]
        if c.get("terms"):
            pl["termsOfUseUrl"] = c["terms"]
        if pl:
            priv[l] = pl
    pac = {"allowsPurchases": c.get("purchases", False), "usesPersonalInfo": c.get("usesPI", bool(c.get("permissions"))),
           "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if priv:
        pac["locales"] = priv
    man = {"manifest": {
        "publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                  "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                  "category": c.get("category", "PERSONAL_FINANCE"),
                                  "distributionCountries": c.get("countries", [{"en-US": "US", "pt-BR": "BR", "es-US": "US", "fr-CA": "CA", "it-IT": "IT"}.get(c["locale"], "US")])},
        "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", f"arn:aws:lambda:us-east-1:4{h(cid,11).replace('a','1').replace('b','2').replace('c','3').replace('d','4').replace('e','5').replace('f','6')}:function:{cid.split('-',1)[1]}")}}},
        "manifestVersion": "1.0",
        "privacyAndCompliance": pac}}
    if c.get("interfaces"):
        man["manifest"]["apis"]["custom"]["interfaces"] = c["interfaces"]
    if c.get("permissions"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["permissions"]]
    write(cid, "skill-package/skill.json", man)
    for l in locs:
        model = c.get("models", {}).get(l) if c.get("models") else None
        intents = model["intents"] if model else c["intents"]
        inv = model["inv"] if model else c["inv"]
        types = (model or {}).get("types", c.get("types", []))
        full = []
        for it in intents:
            if isinstance(it, str):
                full.append({"name": it, "samples": []})
            else:
                d = {"name": it["name"]}
                if it.get("slots"):
                    d["slots"] = [{"name": k, "type": v} for k, v in it["slots"].items()]
                d["samples"] = it.get("samples", [])
                full.append(d)
        for b in ("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent"):
            if not any(x["name"] == b for x in full):
                full.append({"name": b, "samples": []})
        lm = {"invocationName": inv, "intents": full, "types": types}
        doc = {"interactionModel": {"languageModel": lm}}
        if c.get("dialog"):
            doc["interactionModel"]["dialog"] = c["dialog"]
        write(cid, f"skill-package/interactionModels/custom/{l}.json", doc)
    if c.get("code"):
        fn, src = c["code"]
        write(cid, fn, src)
        if fn.endswith(".js"):
            write(cid, "lambda/package.json", {"name": cid.split('-',1)[1], "version": c.get("version", "1.0.0"), "main": "index.js",
                                               "dependencies": {"ask-sdk-core": "^2.14.0", "ask-sdk-model": "^1.86.0"}})
        else:
            write(cid, "lambda/requirements.txt", "ask-sdk-core==1.19.0\nboto3==1.34.11\n")
        write(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {
                "runtime": "nodejs18.x" if fn.endswith(".js") else "python3.11",
                "handler": "index.handler" if fn.endswith(".js") else "lambda_function.lambda_handler",
                "awsRegion": "us-east-1"}}}}})


# ---------------------------------------------------------------- conversations
def speech_obj(text):
    if text is None:
        return None
    if text.startswith("<speak>"):
        return {"type": "SSML", "ssml": text}
    if text.startswith("PLAIN:"):
        return {"type": "PlainText", "text": text[6:]}
    return {"type": "SSML", "ssml": f"<speak>{text}</speak>"}


def expand(c, sessions, t0="2025-03-14T15:02:11", tag=""):
    """sessions: list of lists of turn dicts: {req: 'LaunchRequest'|IntentName|'SessionEndedRequest',
    slots:{}, say: user words, out: speech, rep: reprompt, end: bool (default: rep is None)}
    returns flat list of (request, response, turn, meta)."""
    base = datetime.datetime.fromisoformat(t0)
    app = f"amzn1.ask.skill.{uid(c['id'])}"
    user = "amzn1.ask.account.AF" + h(c["id"] + "u", 40).upper()[:40]
    dev = "amzn1.ask.device.AG" + h(c["id"] + "d", 40).upper()[:40]
    out, k = [], 0
    for si, sess in enumerate(sessions):
        sid = f"amzn1.echo-api.session.{uid(c['id'] + tag + str(si))}"
        for ti, t in enumerate(sess):
            k += 1
            ts = (base + datetime.timedelta(minutes=si * 7, seconds=ti * 19)).strftime("%Y-%m-%dT%H:%M:%SZ")
            rq = t["req"]
            r = {"requestId": f"amzn1.echo-api.request.{uid(c['id'] + tag + str(k))}", "locale": t.get("locale", c["locale"]), "timestamp": ts}
            if rq in ("LaunchRequest", "SessionEndedRequest"):
                r["type"] = rq
                if rq == "SessionEndedRequest":
                    r["reason"] = t.get("reason", "USER_INITIATED")
            else:
                r["type"] = "IntentRequest"
                r["dialogState"] = "STARTED" if False else None
                del r["dialogState"]
                r["intent"] = {"name": rq, "confirmationStatus": "NONE",
                               "slots": {n: {"name": n, "value": v, "confirmationStatus": "NONE", "source": "USER"} for n, v in t.get("slots", {}).items()}}
            sysctx = {"application": {"applicationId": app}, "user": {"userId": user},
                      "device": {"deviceId": dev, "supportedInterfaces": {}},
                      "apiEndpoint": "https://api.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}
            if t.get("perms"):
                sysctx["user"]["permissions"] = {"consentToken": "eyJ0eXAiOiJKV1Qi.REDACTED"}
            req = {"version": "1.0", "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                                                 "attributes": t.get("attrs", {}), "user": {"userId": user}},
                   "context": {"System": sysctx}, "request": r}
            if ti == 0:
                req["session"].pop("attributes")
            resp = None
            if rq != "SessionEndedRequest" or t.get("out") is not None:
                body = {}
                if t.get("out") is not None:
                    body["outputSpeech"] = speech_obj(t["out"])
                if t.get("card"):
                    body["card"] = t["card"]
                if t.get("rep") is not None:
                    body["reprompt"] = {"outputSpeech": speech_obj(t["rep"])}
                if t.get("directives"):
                    body["directives"] = t["directives"]
                end = t.get("end", t.get("rep") is None)
                if end is not None:
                    body["shouldEndSession"] = end
                resp = {"version": "1.0", "sessionAttributes": t.get("sattrs", {}),
                        "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": body}
            out.append((req, resp, t, {"ts": ts, "sid": sid, "app": app, "user": user}))
    return out


def plain(text):
    if text is None:
        return ""
    import re
    s = text[6:] if text.startswith("PLAIN:") else text
    s = re.sub(r"<[^>]+>", "", s)
    return s


# ---------------------------------------------------------------- Alexa shapes
def r_envelope(c, flat, d="test/responses"):
    for i, (rq, rs, t, m) in enumerate(flat):
        if rs is None:
            continue
        nm = t.get("req").replace("AMAZON.", "").lower()
        write(c["id"], f"{d}/{i+1:02d}-{nm}.json", {"version": "1.0", "response": rs["response"]} if not c.get("fullenv") else rs)


def r_pairs_jsonl(c, flat, f="logs/session.jsonl"):
    write(c["id"], f, "".join(js({"request": rq, "response": rs}) + "\n" for rq, rs, t, m in flat))


def r_pairs_array(c, flat, f="qa/recorded.json"):
    write(c["id"], f, [{"request": rq, "response": rs} for rq, rs, t, m in flat])


def r_smapi_sim(c, flat, d="simulations"):
    for i, (rq, rs, t, m) in enumerate(flat):
        if rq["request"]["type"] == "SessionEndedRequest":
            continue
        doc = {"id": uid(c["id"] + "sim" + str(i)), "status": "SUCCESSFUL",
               "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(rs["response"].get("outputSpeech", {}).get("ssml") or rs["response"].get("outputSpeech", {}).get("text"))}}],
                                                 "consideredIntents": [{"name": rq["request"].get("intent", {}).get("name", "LaunchRequest"), "confirmationStatus": "NONE", "slots": {}}]},
                          "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": c.get("endpoint", "arn:aws:lambda:us-east-1:123456789012:function:skill"), "body": rq},
                                                                  "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 7}}]},
                          "error": None}}
        write(c["id"], f"{d}/{i+1:02d}-{h(str(i)+c['id'],6)}.json", doc)


def r_smapi_inv(c, flat, d="invoke"):
    for i, (rq, rs, t, m) in enumerate(flat):
        if rs is None:
            continue
        doc = {"id": uid(c["id"] + "inv" + str(i)), "status": "SUCCESSFUL",
               "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:123456789012:function:skill", "body": rq},
                                                 "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 211}}, "error": None}}
        write(c["id"], f"{d}/invoke-{i+1}.json", doc)


def r_ask_dialog(c, flat, d="dialog", text=False):
    inputs = [t.get("say", "") for rq, rs, t, m in flat if rq["request"]["type"] != "SessionEndedRequest"]
    write(c["id"], f"{d}/replay.json", {"skillId": flat[0][3]["app"], "locale": c["locale"], "type": "text", "userInput": inputs})
    if text:
        lines = []
        for rq, rs, t, m in flat:
            if rs is None:
                continue
            lines.append(f"User  > {t.get('say','')}")
            lines.append(f"Alexa > {plain(rs['response'].get('outputSpeech', {}).get('ssml') or rs['response'].get('outputSpeech', {}).get('text'))}")
        write(c["id"], f"{d}/output.txt", "\n".join(lines) + "\n")
    else:
        arr = []
        for rq, rs, t, m in flat:
            if rs is None:
                continue
            arr.append({"utterance": t.get("say", ""), "invocations": [{"request": rq, "response": rs}]})
        write(c["id"], f"{d}/skill-io.json", arr)


def r_cloudwatch_text(c, flat, f="logs/cloudwatch.log", py=False, kw=("Request: ", "Response: ")):
    lines = []
    for i, (rq, rs, t, m) in enumerate(flat):
        rid = uid(c["id"] + "lam" + str(i))
        ts = m["ts"].replace("Z", ".412Z")
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{ts}\t{rid}\t{kw[0]}{js(rq)}")
            if rs:
                lines.append(f"[INFO]\t{ts}\t{rid}\t{kw[1]}{js(rs)}")
        else:
            lines.append(f"{ts}\t{rid}\tINFO\t{kw[0]}{js(rq)}")
            if rs:
                lines.append(f"{ts}\t{rid}\tINFO\t{kw[1]}{js(rs)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {83+i*3}.21 ms\tBilled Duration: {84+i*3} ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
    write(c["id"], f, "\n".join(lines) + "\n")


def r_cloudwatch_json(c, flat, f="logs/filter-log-events.json"):
    ev = []
    for i, (rq, rs, t, m) in enumerate(flat):
        rid = uid(c["id"] + "lam" + str(i))
        ms = int(datetime.datetime.fromisoformat(m["ts"].replace("Z", "")).timestamp() * 1000)
        ev.append({"logStreamName": f"2025/03/14/[$LATEST]{h(c['id'],32)}", "timestamp": ms, "message": f"{m['ts']}\t{rid}\tINFO\tRequest: {js(rq)}\n", "ingestionTime": ms + 900, "eventId": str(ms) + "0" * 5 + str(i)})
        if rs:
            ev.append({"logStreamName": f"2025/03/14/[$LATEST]{h(c['id'],32)}", "timestamp": ms + 150, "message": f"{m['ts']}\t{rid}\tINFO\tResponse: {js(rs)}\n", "ingestionTime": ms + 1000, "eventId": str(ms) + "1" * 5 + str(i)})
    write(c["id"], f, {"events": ev, "searchedLogStreams": []})


def r_har(c, flat, f="captures/session.har", url="https://api.skill-host.example/alexa"):
    ent = []
    for i, (rq, rs, t, m) in enumerate(flat):
        body = js(rs) if rs else ""
        ent.append({"startedDateTime": m["ts"].replace("Z", ".120Z"), "time": 151.4,
                    "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "REDACTED"}],
                                "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(js(rq)),
                                "postData": {"mimeType": "application/json; charset=utf-8", "text": js(rq)}},
                    "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}], "cookies": [],
                                 "content": {"size": len(body), "mimeType": "application/json", "text": body},
                                 "redirectURL": "", "headersSize": -1, "bodySize": len(body)},
                    "cache": {}, "timings": {"send": 0.2, "wait": 140.1, "receive": 1.1}})
    write(c["id"], f, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "pages": [], "entries": ent}})


def r_transcript(c, flat, f="qa/transcript.txt", bot="SKILL"):
    lines = [f"# QA transcript {c['name']} ({c['locale']})"]
    for rq, rs, t, m in flat:
        if rq["request"]["type"] == "SessionEndedRequest" and not rs:
            lines.append(f"[{m['ts']}] (session ended: {rq['request'].get('reason')})")
            continue
        lines.append(f"[{m['ts']}] USER: {t.get('say','')}")
        if rs:
            b = rs["response"]
            lines.append(f"[{m['ts']}] {bot}: {plain((b.get('outputSpeech') or {}).get('ssml') or (b.get('outputSpeech') or {}).get('text'))}")
            if b.get("reprompt"):
                lines.append(f"[{m['ts']}] {bot} (reprompt): {plain(b['reprompt']['outputSpeech'].get('ssml') or b['reprompt']['outputSpeech'].get('text'))}")
            lines.append(f"[{m['ts']}] session_open={str(not b.get('shouldEndSession', False)).lower()}")
    write(c["id"], f, "\n".join(lines) + "\n")


# ------------------------------------------------------------- new shapes (not in set 1)
def pretty(o, ind=0):
    """Jest 29 pretty-format (sorted keys, trailing commas, unescaped strings)."""
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "{}"
        return "{\n" + "".join(f'{sp}  "{k}": {pretty(o[k], ind + 1)},\n' for k in sorted(o)) + sp + "}"
    if isinstance(o, list):
        if not o:
            return "[]"
        return "[\n" + "".join(f"{sp}  {pretty(v, ind + 1)},\n" for v in o) + sp + "]"
    if isinstance(o, str):
        return '"' + o + '"'
    return json.dumps(o)


def r_jest_snapshot(c, flat, f="lambda/__tests__/__snapshots__/handlers.test.js.snap"):
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    for i, (rq, rs, t, m) in enumerate(flat):
        if rs is None:
            continue
        name = t.get("test", f"{t['req']} handler")
        body = pretty(rs["response"]).replace("`", "\\`").replace("${", "\\${")
        parts.append(f"exports[`{name} {i+1}`] = `\n{body}\n`;\n")
    write(c["id"], f, "\n".join(parts))
    write(c["id"], f.replace("__snapshots__/", "").replace(".snap", ""),
          "const { handler } = require('../index');\n" + "".join(
              f"test('{t.get('test', t['req'] + ' handler')}', async () => {{\n  const res = await invoke(handler, fixtures[{i}]);\n  expect(res.response).toMatchSnapshot();\n}});\n"
              for i, (rq, rs, t, m) in enumerate(flat) if rs))


def _yq(s):
    return json.dumps(s, ensure_ascii=False)


def r_bespoken(c, flat, f="test/unit/index.test.yml"):
    lines = ["---", "configuration:", f"  locale: {c['locale']}", "  handler: ../../lambda/index.handler", "", "---", f"- test: {c['name']} recorded run"]
    for rq, rs, t, m in flat:
        if rs is None:
            continue
        b = rs["response"]
        sp = plain((b.get("outputSpeech") or {}).get("ssml") or (b.get("outputSpeech") or {}).get("text"))
        say = t.get("say") or ("LaunchRequest" if t["req"] == "LaunchRequest" else t["req"])
        lines.append(f"- {_yq(say)}:")
        lines.append(f"  - prompt: {_yq(sp)}")
        if "reprompt" in b:
            rr = b["reprompt"]["outputSpeech"]
            lines.append(f"  - response.reprompt.outputSpeech.ssml: {_yq(rr.get('ssml') or rr.get('text'))}")
        lines.append(f"  - response.shouldEndSession: {str(b.get('shouldEndSession')).lower() if b.get('shouldEndSession') is not None else 'undefined'}")
    write(c["id"], f, "\n".join(lines) + "\n")


def r_console_io(c, flat, d="docs/console-test"):
    for i, (rq, rs, t, m) in enumerate(flat):
        if rs is None:
            continue
        write(c["id"], f"{d}/turn-{i+1}.json", {"Skill I/O": {"JSON Input 1": rq, "JSON Output 1": rs}, "Device Log": [], "utterance": t.get("say", "")})


def r_junit(c, flat, f="reports/junit.xml"):
    cases = []
    for i, (rq, rs, t, m) in enumerate(flat):
        if rs is None:
            continue
        cases.append(f'    <testcase classname="skill.conversation" name="turn {i+1}: {t.get("say","launch").replace("&","and").replace("<","").replace(chr(34),"")}" time="0.{180+i}">\n'
                     f'      <system-out><![CDATA[>>> request {js(rq)}\n<<< response {js(rs)}\n]]></system-out>\n    </testcase>')
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pytest" tests="%d" failures="0">\n  <testsuite name="test_conversation" tests="%d" failures="0" errors="0" skipped="0" timestamp="%s" hostname="ci-runner-7">\n%s\n  </testsuite>\n</testsuites>\n'
           % (len(cases), len(cases), flat[0][3]["ts"], "\n".join(cases)))
    write(c["id"], f, xml)


def r_local_debug(c, flat, f="debug/ask-run.log"):
    lines = ["$ ask run --watch", "[Info]: Local debugging session started. Region: NA",
             f"[Info]: Connected to Alexa on skill {flat[0][3]['app']}"]
    for rq, rs, t, m in flat:
        lines.append(f"[{m['ts']}] Skill request: \n{json.dumps(rq, indent=2, ensure_ascii=False)}")
        if rs:
            lines.append(f"[{m['ts']}] Skill response: \n{json.dumps(rs, indent=2, ensure_ascii=False)}")
    write(c["id"], f, "\n".join(lines) + "\n")


def r_csv(c, flat, f="exports/conversations.csv"):
    import csv, io
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["timestamp", "session_id", "speaker", "intent", "text", "reprompt", "should_end_session"])
    for rq, rs, t, m in flat:
        w.writerow([m["ts"], m["sid"][-12:], "user", rq["request"].get("intent", {}).get("name", rq["request"]["type"]), t.get("say", ""), "", ""])
        if rs:
            b = rs["response"]
            rp = plain((b.get("reprompt") or {}).get("outputSpeech", {}).get("ssml") or (b.get("reprompt") or {}).get("outputSpeech", {}).get("text")) if b.get("reprompt") else ""
            w.writerow([m["ts"], m["sid"][-12:], "skill", "", plain((b.get("outputSpeech") or {}).get("ssml") or (b.get("outputSpeech") or {}).get("text")), rp, str(b.get("shouldEndSession")).lower()])
    write(c["id"], f, buf.getvalue())


def r_postman(c, flat, f="postman/skill.postman_collection.json"):
    items = []
    for i, (rq, rs, t, m) in enumerate(flat):
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": json.dumps(rq, indent=2, ensure_ascii=False), "options": {"raw": {"language": "json"}}},
               "url": {"raw": "{{skillUrl}}/alexa", "host": ["{{skillUrl}}"], "path": ["alexa"]}}
        items.append({"name": f"{i+1}. {t.get('say') or t['req']}", "request": req,
                      "response": ([{"name": "recorded", "originalRequest": req, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                     "header": [{"key": "Content-Type", "value": "application/json"}], "body": json.dumps(rs, indent=2, ensure_ascii=False)}] if rs else [])})
    write(c["id"], f, {"info": {"_postman_id": uid(c["id"] + "pm"), "name": c["name"] + " – local",
                                "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                       "item": items, "variable": [{"key": "skillUrl", "value": "http://localhost:3000"}]})


def r_markdown(c, flat, f="docs/qa-notes.md", title=None):
    out = [f"# {title or 'QA run – ' + c['name']}", "", f"Locale: `{c['locale']}`  ", f"Date: {flat[0][3]['ts'][:10]}", ""]
    for i, (rq, rs, t, m) in enumerate(flat):
        out.append(f"## Step {i+1} – “{t.get('say') or t['req']}”")
        out.append("")
        out.append("Request:")
        out.append("```json")
        out.append(json.dumps(rq["request"], indent=2, ensure_ascii=False))
        out.append("```")
        if rs:
            out.append("Response:")
            out.append("```json")
            out.append(json.dumps(rs, indent=2, ensure_ascii=False))
            out.append("```")
        out.append("")
    write(c["id"], f, "\n".join(out))


ALEXA_SHAPES = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array,
                "smapi-simulation": r_smapi_sim, "smapi-invocation": r_smapi_inv, "ask-dialog": r_ask_dialog,
                "cloudwatch-text": r_cloudwatch_text, "cloudwatch-json": r_cloudwatch_json, "har": r_har,
                "transcript": r_transcript, "jest-snapshot": r_jest_snapshot, "bespoken-yaml": r_bespoken,
                "console-skill-io": r_console_io, "junit-xml": r_junit, "ask-local-debug-log": r_local_debug,
                "csv-export": r_csv, "postman-collection": r_postman, "markdown-qa-notes": r_markdown}
