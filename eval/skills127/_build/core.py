"""Rendering helpers for set 127. All case content lives in cases_*.py; this file only
turns the hand-written specs into project files and recordings of many shapes."""
import base64, csv, hashlib, io, json, os, re, shutil, uuid

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")


def uid(*parts):
    return str(uuid.UUID(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()))


def hexid(*parts, n=40):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest().upper()[:n]


def w(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(data, str):
            f.write(data)
        else:
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.write("\n")


def speech(text):
    if text is None:
        return None
    if text.startswith("<speak>"):
        return {"type": "SSML", "ssml": text}
    return {"type": "PlainText", "text": text}


def plain(text):
    return re.sub(r"<[^>]+>", "", text or "")


# --------------------------------------------------------------------------- Alexa package
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
            "AMAZON.FallbackIntent"]


def alexa_package(d, c):
    loc = c["locale"]
    locs = c.get("extra_locales", []) + [loc]
    pub = {}
    for l in locs:
        pub[l] = {
            "name": c["name"],
            "summary": c["desc"][:160],
            "description": c["desc"],
            "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"],
            "keywords": c.get("keywords", []),
            "smallIconUri": f"https://cdn.{c['slug']}.example/icons/108.png",
            "largeIconUri": f"https://cdn.{c['slug']}.example/icons/512.png",
        }
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("usesPersonalInfo", False),
          "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy", True):
        pc["locales"] = {l: {"privacyPolicyUrl": f"https://{c['slug']}.example/privacy",
                             "termsOfUseUrl": f"https://{c['slug']}.example/terms"} for l in locs}
    m = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                 "distributionCountries": c.get("countries", [loc[-2:]]),
                                                 "testingInstructions": c.get("testing", "No account linking. Just open the skill."),
                                                 "category": c.get("category", "EDUCATION_AND_REFERENCE")},
                      "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:us-east-1:{int(hexid(c['id'], n=8), 16) % 10**12:012d}:function:{c['slug']}"},
                                          "interfaces": c.get("interfaces", [])}},
                      "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.get("perms"):
        m["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    w(os.path.join(d, "skill-package", "skill.json"), m)
    for l in locs:
        model = c.get("models", {}).get(l, c["model"])
        intents = []
        for name, spec in model["intents"].items():
            it = {"name": name}
            if isinstance(spec, dict):
                if spec.get("slots"):
                    it["slots"] = [{"name": k, "type": v} for k, v in spec["slots"].items()]
                it["samples"] = spec.get("samples", [])
            else:
                it["samples"] = spec
            intents.append(it)
        have = {i["name"] for i in intents}
        for r in c["recs"]:
            for t in r[2]:
                n = t.get("intent", "")
                if n.startswith("AMAZON.") and n not in have:
                    intents.append({"name": n, "samples": []})
                    have.add(n)
        for b in BUILTINS[:4]:
            if b not in have:
                intents.append({"name": b, "samples": []})
        types = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in model.get("types", {}).items()]
        lm = {"invocationName": c.get("invs", {}).get(l, c["inv"]), "intents": intents}
        if types:
            lm["types"] = types
        im = {"interactionModel": {"languageModel": lm}}
        if model.get("dialog"):
            im["interactionModel"]["dialog"] = model["dialog"]
        w(os.path.join(d, "skill-package", "interactionModels", "custom", f"{l}.json"), im)
    w(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": (
            {"runtime": "python3.12", "handler": "lambda_function.lambda_handler"} if "lambda/lambda_function.py" in c.get("code", {})
            else {"runtime": "nodejs18.x", "handler": "index.handler"})}}}})
    for fn, txt in c.get("code", {}).items():
        w(os.path.join(d, fn), txt)


# --------------------------------------------------------------------------- Alexa exchanges
def exchanges(c, turns, tag="a", t0=(2026, 3, 2, 18, 0)):
    """turns: list of dicts {u, intent, slots, say, re, end}. Returns list of (utterance, req, resp)."""
    app = "amzn1.ask.skill." + uid(c["id"], "app")
    user = "amzn1.ask.account." + hexid(c["id"], "user", n=60)
    dev = "amzn1.ask.device." + hexid(c["id"], "dev", n=48)
    out, sess, new, attrs = [], None, True, {}
    y, mo, dd, hh, mi = t0
    for i, t in enumerate(turns):
        if sess is None or new:
            sess = "amzn1.echo-api.session." + uid(c["id"], tag, i, "s")
        ts = f"{y:04d}-{mo:02d}-{dd:02d}T{hh:02d}:{(mi + i) % 60:02d}:{(7 * i) % 60:02d}Z"
        intent = t.get("intent", "Launch")
        rid = "amzn1.echo-api.request." + uid(c["id"], tag, i)
        if intent == "Launch":
            r = {"type": "LaunchRequest", "requestId": rid, "locale": c["locale"], "timestamp": ts}
        elif intent == "SessionEnded":
            r = {"type": "SessionEndedRequest", "requestId": rid, "locale": c["locale"], "timestamp": ts, "reason": "USER_INITIATED"}
        else:
            r = {"type": "IntentRequest", "requestId": rid, "locale": c["locale"], "timestamp": ts,
                 "intent": {"name": intent, "confirmationStatus": "NONE",
                            "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in t.get("slots", {}).items()}}}
            r["dialogState"] = "COMPLETED" if t.get("slots") else None
            if r["dialogState"] is None:
                del r["dialogState"]
        req = {"version": "1.0",
               "session": {"new": new, "sessionId": sess, "application": {"applicationId": app}, "user": {"userId": user}},
               "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                      "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}}},
                                      "apiEndpoint": "https://api.eu.amazonalexa.com" if c["locale"][-2:] in ("GB", "ES", "FR") else ("https://api.fe.amazonalexa.com" if c["locale"] == "ja-JP" else "https://api.amazonalexa.com"),
                                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}},
               "request": r}
        if not new:
            req["session"]["attributes"] = dict(attrs)
        resp = {"version": "1.0", "sessionAttributes": t.get("attrs", {}), "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.19.0"),
                "response": {}}
        if intent == "SessionEnded":
            resp = {"version": "1.0", "response": {}}
        else:
            if t.get("say") is not None:
                resp["response"]["outputSpeech"] = speech(t["say"])
            if t.get("re") is not None:
                resp["response"]["reprompt"] = {"outputSpeech": speech(t["re"])}
            if t.get("card"):
                resp["response"]["card"] = {"type": "Simple", "title": c["name"], "content": t["card"]}
            if t.get("directives"):
                resp["response"]["directives"] = t["directives"]
            if "end" in t and t["end"] is not None:
                resp["response"]["shouldEndSession"] = t["end"]
        attrs = t.get("attrs", attrs)
        out.append((t.get("u", ""), req, resp))
        new = intent == "SessionEnded" or t.get("end") is True
    return out


def _ms(i):
    return 1772474400000 + i * 9137


def rec_alexa(d, c, shape, turns, where, tag="a", t0=(2026, 3, 2, 18, 0)):
    ex = exchanges(c, turns, tag, t0)
    base = os.path.join(d, where)
    ep = c.get("endpoint", f"arn:aws:lambda:us-east-1:000000000000:function:{c['slug']}")
    if shape == "envelope":
        for i, (u, q, r) in enumerate(ex):
            nm = q["request"].get("intent", {}).get("name", q["request"]["type"])
            w(os.path.join(base, f"{i + 1:02d}-{nm}.json"), r)
    elif shape == "pairs-jsonl":
        w(base, "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for u, q, r in ex))
    elif shape == "pairs-array":
        w(base, [{"request": q, "response": r} for u, q, r in ex])
    elif shape == "smapi-simulation":
        for i, (u, q, r) in enumerate(ex):
            sid = uid(c["id"], tag, i, "sim")
            w(os.path.join(base, f"simulation-{i + 1:02d}.json"), {
                "id": sid, "status": "SUCCESSFUL",
                "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain((r["response"].get("outputSpeech") or {}).get("ssml") or (r["response"].get("outputSpeech") or {}).get("text", ""))}}],
                                                  "consideredIntents": [{"name": q["request"].get("intent", {}).get("name", "LaunchRequest"), "confirmationStatus": "NONE", "slots": {}}]},
                           "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": ep, "body": q},
                                                                    "invocationResponse": {"body": r},
                                                                    "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 13}}]},
                           "error": None}, "input": {"content": u}})
    elif shape == "smapi-invocation":
        for i, (u, q, r) in enumerate(ex):
            w(os.path.join(base, f"invoke-{i + 1:02d}.json"), {
                "id": uid(c["id"], tag, i, "inv"), "status": "SUCCESSFUL",
                "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": ep, "body": q},
                                                   "invocationResponse": {"body": r},
                                                   "metrics": {"skillExecutionTimeInMilliseconds": 211 + i}}, "error": None}})
    elif shape == "ask-dialog":
        w(os.path.join(base, "dialog-replay.json"), {"skillId": q0(ex)["context"]["System"]["application"]["applicationId"],
                                                     "locale": c["locale"], "type": "text", "userInput": [u for u, _, _ in ex if u]})
        lines = []
        for u, q, r in ex:
            if u:
                lines.append(f"User  > {u}")
            os_ = r["response"].get("outputSpeech")
            if os_:
                lines.append(f"Alexa > {plain(os_.get('ssml') or os_.get('text'))}")
        w(os.path.join(base, "dialog-output.txt"), "\n".join(lines) + "\n")
        w(os.path.join(base, "dialog-record.json"), [{"utterance": u, "invocations": [{"invocationRequest": {"endpoint": ep, "body": q}, "invocationResponse": {"body": r}}]} for u, q, r in ex])
    elif shape in ("cloudwatch-text", "cloudwatch-text-py"):
        lines = []
        for i, (u, q, r) in enumerate(ex):
            rid = uid(c["id"], tag, i, "lambda")
            ts = q["request"]["timestamp"].replace("Z", ".118Z")
            lines.append(f"START RequestId: {rid} Version: $LATEST")
            if shape == "cloudwatch-text":
                lines.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}")
                lines.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}")
            else:
                lines.append(f"[INFO]\t{ts}\t{rid}\tREQUEST {json.dumps(q, ensure_ascii=False)}")
                lines.append(f"[INFO]\t{ts}\t{rid}\tRESPONSE {json.dumps(r, ensure_ascii=False)}")
            lines.append(f"END RequestId: {rid}")
            lines.append(f"REPORT RequestId: {rid}\tDuration: {41.2 + i:.2f} ms\tBilled Duration: {42 + i} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
        w(base, "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for i, (u, q, r) in enumerate(ex):
            rid = uid(c["id"], tag, i, "lambda")
            ts = q["request"]["timestamp"].replace("Z", ".402Z")
            for k, o in (("Request Envelope:", q), ("Response:", r)):
                ev.append({"logStreamName": f"2026/03/02/[$LATEST]{hexid(c['id'], n=32).lower()}", "timestamp": _ms(len(ev)),
                           "message": f"{ts}\t{rid}\tINFO\t{k} {json.dumps(o, ensure_ascii=False)}\n", "ingestionTime": _ms(len(ev)) + 311,
                           "eventId": str(37000000000000000000000000000000000000000000000000000000 + len(ev))})
        w(base, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for i, (u, q, r) in enumerate(ex):
            ents.append({"startedDateTime": q["request"]["timestamp"], "time": 212 + i,
                         "request": {"method": "POST", "url": c.get("url", f"https://{c['slug']}.example/alexa"), "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                 {"name": "Signature-256", "value": "REDACTED"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                     "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                                      "cookies": [], "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(r, ensure_ascii=False)},
                                      "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 0, "wait": 200 + i, "receive": 1}})
        w(base, {"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "10.2.4"}, "entries": ents}})
    elif shape == "transcript":
        lines = []
        for u, q, r in ex:
            ts = q["request"]["timestamp"]
            if u:
                lines.append(f"[{ts}] USER: {u}")
            os_ = r["response"].get("outputSpeech")
            if os_:
                lines.append(f"[{ts}] SKILL: {plain(os_.get('ssml') or os_.get('text'))}")
            rp = r["response"].get("reprompt")
            if rp:
                lines.append(f"[{ts}] SKILL (reprompt): {plain(rp['outputSpeech'].get('ssml') or rp['outputSpeech'].get('text'))}")
            if "shouldEndSession" in r["response"] or os_:
                lines.append(f"[{ts}] session_open={str(r['response'].get('shouldEndSession') is not True).lower()}")
        w(base, "\n".join(lines) + "\n")
    # ---------------- shapes new in this set
    elif shape == "jest-snapshot":
        parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
        for i, (u, q, r) in enumerate(ex):
            nm = q["request"].get("intent", {}).get("name", q["request"]["type"])
            parts.append(f"exports[`{c['name']} conversation > turn {i + 1} {nm} ({u or 'launch'}) 1`] = `\n{snap_body(r)}\n`;\n")
        w(base, "\n".join(parts))
    elif shape == "junit-xml":
        from xml.sax.saxutils import escape
        cases = []
        for i, (u, q, r) in enumerate(ex):
            nm = q["request"].get("intent", {}).get("name", q["request"]["type"])
            cases.append(f'    <testcase classname="tests.test_dialog.{c["slug"].replace("-", "_")}" name="test_{i + 1:02d}_{nm}" time="0.{31 + i}">\n'
                         f'      <system-out>{escape(">>> " + json.dumps(q, ensure_ascii=False))}\n{escape("<<< " + json.dumps(r, ensure_ascii=False))}</system-out>\n    </testcase>')
        w(base, f'<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(ex)}" time="1.9" timestamp="2026-03-02T18:00:00" hostname="ci-runner-7">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    elif shape == "postman-collection":
        items = []
        for i, (u, q, r) in enumerate(ex):
            nm = f"{i + 1:02d} {q['request'].get('intent', {}).get('name', q['request']['type'])}"
            rq = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                  "body": {"mode": "raw", "raw": json.dumps(q, ensure_ascii=False, indent=2)}, "url": {"raw": "{{skillUrl}}/alexa", "host": ["{{skillUrl}}"], "path": ["alexa"]}}
            items.append({"name": nm, "request": rq, "response": [{"name": "saved " + nm, "originalRequest": rq, "status": "OK", "code": 200,
                                                                  "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}],
                                                                  "body": json.dumps(r, ensure_ascii=False, indent=2)}]})
        w(base, {"info": {"_postman_id": uid(c["id"], "pm"), "name": f"{c['name']} local endpoint", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                 "item": items, "variable": [{"key": "skillUrl", "value": "http://localhost:3000"}]})
    elif shape == "insights-csv":
        buf = io.StringIO()
        cw = csv.writer(buf)
        cw.writerow(["@timestamp", "@message"])
        for i, (u, q, r) in enumerate(ex):
            rid = uid(c["id"], tag, i, "lambda")
            ts = q["request"]["timestamp"].replace("T", " ").replace("Z", ".000")
            cw.writerow([ts, f"{q['request']['timestamp']}\t{rid}\tINFO\tincoming {json.dumps(q, ensure_ascii=False)}"])
            cw.writerow([ts, f"{q['request']['timestamp']}\t{rid}\tINFO\toutgoing {json.dumps(r, ensure_ascii=False)}"])
        w(base, buf.getvalue())
    elif shape == "sam-local":
        lines = []
        for i, (u, q, r) in enumerate(ex):
            rid = uid(c["id"], tag, i, "sam")
            lines += [f"$ sam local invoke SkillFunction -e events/{i + 1:02d}.json", "Invoking index.handler (nodejs18.x)",
                      "Local image is up-to-date", f"Mounting {'/home/dev/' + c['slug']}/.aws-sam/build/SkillFunction as /var/task:ro,delegated, inside runtime container",
                      f"START RequestId: {rid} Version: $LATEST", f"END RequestId: {rid}",
                      f"REPORT RequestId: {rid}\tInit Duration: 0.21 ms\tDuration: {301 + i}.40 ms\tBilled Duration: {302 + i} ms\tMemory Size: 256 MB\tMax Memory Used: 256 MB",
                      json.dumps(r, ensure_ascii=False), ""]
            w(os.path.join(os.path.dirname(base), "events", f"{i + 1:02d}.json"), q)
        w(base, "\n".join(lines))
    elif shape == "bespoken-yaml":
        lines = ["---", "configuration:", f"  locale: {c['locale']}", "  description: recorded run, bst test --verbose", "", "---", f"- test: {c['name']} recorded run"]
        for u, q, r in ex:
            os_ = r["response"].get("outputSpeech")
            said = plain(os_.get("ssml") or os_.get("text")) if os_ else ""
            rp = r["response"].get("reprompt")
            rps = plain(rp["outputSpeech"].get("ssml") or rp["outputSpeech"].get("text")) if rp else None
            lines.append(f"- {json.dumps(u or 'LaunchRequest', ensure_ascii=False)}:")
            lines.append(f"  - prompt: {json.dumps(said, ensure_ascii=False)}")
            if rp is not None:
                lines.append(f"  - reprompt: {json.dumps(rps, ensure_ascii=False)}")
            lines.append(f"  - response.shouldEndSession: {str(r['response'].get('shouldEndSession')).lower() if 'shouldEndSession' in r['response'] else 'undefined'}")
        w(base, "\n".join(lines) + "\n")
    elif shape == "ngrok-inspect":
        reqs = []
        for i, (u, q, r) in enumerate(ex):
            qb, rb = json.dumps(q, ensure_ascii=False).encode(), json.dumps(r, ensure_ascii=False).encode()
            rawq = b"POST /alexa HTTP/1.1\r\nHost: " + c["slug"].encode() + b".ngrok-free.app\r\nContent-Type: application/json; charset=utf-8\r\n\r\n" + qb
            rawr = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" + rb
            reqs.append({"uri": f"/api/requests/http/{'ngr_' + hexid(c['id'], i, n=24)}", "id": "ngr_" + hexid(c["id"], i, n=24),
                         "tunnel_name": "command_line", "remote_addr": "72.21.217.94", "start": q["request"]["timestamp"], "duration": 201000000 + i,
                         "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "uri": "/alexa",
                                     "raw": base64.b64encode(rawq).decode()},
                         "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json"]},
                                      "raw": base64.b64encode(rawr).decode()}})
        w(base, {"uri": "/api/requests/http", "requests": reqs})
    elif shape == "markdown-log":
        lines = [f"# QA pass: {c['name']} ({c['locale']})", "", "| # | user said | skill said | reprompt | session |", "|---|---|---|---|---|"]
        for i, (u, q, r) in enumerate(ex):
            os_ = r["response"].get("outputSpeech")
            said = plain(os_.get("ssml") or os_.get("text")) if os_ else ""
            rp = r["response"].get("reprompt")
            rps = plain(rp["outputSpeech"].get("ssml") or rp["outputSpeech"].get("text")) if rp else "-"
            st = "closed" if r["response"].get("shouldEndSession") is True else ("open" if r["response"].get("shouldEndSession") is False else "unset")
            lines.append(f"| {i + 1} | {u or '(launch)'} | {said.replace('|', '/')} | {(rps or repr(rps)).replace('|', '/')} | {st} |")
        lines += ["", "Raw response bodies:", ""]
        for i, (u, q, r) in enumerate(ex):
            lines += [f"<details><summary>turn {i + 1}</summary>", "", "```json", json.dumps(r, ensure_ascii=False, indent=2), "```", "</details>", ""]
        w(base, "\n".join(lines))
    else:
        raise ValueError(shape)


def pretty_format(o, ind=0):
    """Jest 29 pretty-format output (printBasicPrototype: false): quoted keys, trailing commas."""
    pad = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "{}"
        return "{\n" + "".join(f"{pad}  {json.dumps(k, ensure_ascii=False)}: {pretty_format(v, ind + 1)},\n" for k, v in o.items()) + pad + "}"
    if isinstance(o, list):
        if not o:
            return "[]"
        return "[\n" + "".join(f"{pad}  {pretty_format(v, ind + 1)},\n" for v in o) + pad + "]"
    if isinstance(o, str):
        return '"' + o.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return json.dumps(o)


def snap_body(r):
    """pretty-format text escaped for a template literal, as jest writes it."""
    return pretty_format(r).replace("\\", "\\\\").replace("`", "\\`")


def q0(ex):
    return ex[0][1]


# --------------------------------------------------------------------------- Google
def google_project(d, c):
    kind = c["gkind"]
    loc = c["locale"]
    lang = loc.split("-")[0] if loc not in ("fr-CA",) else "fr-CA"
    if kind == "builder":
        ptxt = f"\n  privacyPolicyUrl: https://{c['slug']}.example/privacy" if c.get("policy", True) else ""
        w(os.path.join(d, "sdk", "settings", "settings.yaml"),
          f"defaultLocale: {loc.split('-')[0]}\nlocalizedSettings:\n  displayName: {c['name']}\n  pronunciation: {c['inv']}\n"
          f"  shortDescription: {json.dumps(c['desc'][:80], ensure_ascii=False)}\n  fullDescription: {json.dumps(c['desc'], ensure_ascii=False)}\n"
          f"  developerName: {c.get('dev', 'Bright Orbit Labs')}\n  developerEmail: dev@{c['slug']}.example{ptxt}\n  smallLogoImage: $resources.images.logo\n"
          f"projectId: {c['slug']}-{hexid(c['id'], n=5).lower()}\ncategory: {c.get('gcat', 'EDUCATION_AND_REFERENCE_CATEGORY')}\nusesTransactionsApi: false\n"
          f"designedForFamily: {str(c.get('child', False)).lower()}\ncontainsAlcoholOrTobaccoContent: false\nusesInteractiveCanvas: false\n")
        for name, spec in c["model"]["intents"].items():
            samples = spec["samples"] if isinstance(spec, dict) else spec
            params = spec.get("params", {}) if isinstance(spec, dict) else {}
            y = ""
            if params:
                y += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    {'name: ' + v if not v.startswith('freeText') else 'freeText: {}'}\n" for k, v in params.items())
            y += "trainingPhrases:\n" + "".join(f"- {json.dumps(s, ensure_ascii=False)}\n" for s in samples)
            w(os.path.join(d, "sdk", "custom", "intents", f"{name}.yaml"), y)
        for tname, vals in c["model"].get("types", {}).items():
            w(os.path.join(d, "sdk", "custom", "types", f"{tname}.yaml"),
              "synonym:\n  entities:\n" + "".join(f"    {v.replace(' ', '_')}:\n      synonyms:\n      - {json.dumps(v, ensure_ascii=False)}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
        for sname, txt in c.get("scenes", {}).items():
            w(os.path.join(d, "sdk", "custom", "scenes", f"{sname}.yaml"), txt)
        w(os.path.join(d, "sdk", "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    fulfillment: {}\n")
        w(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), "handlers:\n- name: main\n" + "".join(f"- name: {h}\n" for h in c.get("handlers", [])) + "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    elif kind == "v2":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["slug"]}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
        for name, spec in c["model"]["intents"].items():
            samples = spec["samples"] if isinstance(spec, dict) else spec
            params = spec.get("params", {}) if isinstance(spec, dict) else {}
            it = {"name": name, "trigger": {"queryPatterns": samples}}
            if params:
                it["parameters"] = [{"name": k, "type": v} for k, v in params.items()]
            acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c["slug"]}, "intent": it})
        a = {"locale": loc, "actions": acts, "conversations": {c["slug"]: {"name": c["slug"], "url": f"https://us-central1-{c['slug']}.cloudfunctions.net/fulfillment"}},
             "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80], "longDescription": c["desc"],
                          "category": c.get("gcat", "EDUCATION_AND_REFERENCE"), "companyName": c.get("dev", "Bright Orbit Labs"),
                          "contactEmail": f"dev@{c['slug']}.example"}}
        if c.get("policy", True):
            a["manifest"]["privacyUrl"] = f"https://{c['slug']}.example/privacy"
        if c["model"].get("types"):
            a["types"] = [{"name": t, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for t, vals in c["model"]["types"].items()]
        w(os.path.join(d, "action.json"), a)
    elif kind == "dialogflow":
        ag = {"description": c["desc"], "language": loc.split("-")[0] if loc != "fr-CA" else "fr", "shortDescription": c["desc"][:80],
              "examples": "", "linkToDocs": "", "disableInteractionLogs": False, "disableStackdriverLogs": True,
              "googleAssistant": {"googleAssistantCompatible": True, "project": c["slug"], "welcomeIntentSignInRequired": False,
                                  "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                  "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": True,
                                  "isDeviceAgent": False},
              "defaultTimezone": c.get("tz", "America/New_York"), "webhook": {"url": f"https://{c['slug']}.example/df", "available": True, "useForDomains": False, "cloudFunctionsEnabled": False},
              "isPrivate": True, "customClassifierMode": "use.after", "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True,
              "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0,
              "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False}
        ag["googleAssistant"]["invocationName"] = c["inv"]
        if c.get("policy", True):
            ag["googleAssistant"]["privacyPolicyUrl"] = f"https://{c['slug']}.example/privacy"
        w(os.path.join(d, "agent.json"), ag)
        w(os.path.join(d, "package.json"), {"version": "1.0.0"})
        lng = ag["language"]
        for name, spec in c["model"]["intents"].items():
            samples = spec["samples"] if isinstance(spec, dict) else spec
            params = spec.get("params", {}) if isinstance(spec, dict) else {}
            w(os.path.join(d, "intents", f"{name}.json"), {"id": uid(c["id"], name), "name": name, "auto": True, "contexts": [],
                "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
                               "parameters": [{"id": uid(c["id"], name, k), "name": k, "required": False, "dataType": v, "value": "$" + k, "isList": False} for k, v in params.items()],
                               "messages": [], "defaultResponsePlatforms": {}, "speech": []}],
                "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else []})
            us = []
            for s in samples:
                parts = []
                for seg in re.split(r"(\{[^}]+\})", s):
                    if not seg:
                        continue
                    m = re.match(r"\{([^}:]+):?([^}]*)\}", seg)
                    if m:
                        k = m.group(1)
                        parts.append({"text": m.group(2) or k, "alias": k, "meta": params.get(k, "@sys.any"), "userDefined": True})
                    else:
                        parts.append({"text": seg, "userDefined": False})
                us.append({"id": uid(c["id"], name, s), "data": parts, "isTemplate": False, "count": 0, "lang": lng, "updated": 0})
            w(os.path.join(d, "intents", f"{name}_usersays_{lng}.json"), us)
        for tname, vals in c["model"].get("types", {}).items():
            w(os.path.join(d, "entities", f"{tname}.json"), {"id": uid(c["id"], tname), "name": tname, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            w(os.path.join(d, "entities", f"{tname}_entries_{lng}.json"), [{"value": v, "synonyms": [v]} for v in vals])
    for fn, txt in c.get("code", {}).items():
        w(os.path.join(d, fn), txt)


def rec_google(d, c, shape, turns, where, tag="g"):
    """turns: {u, intent, params, say, end(bool), noinput(list), perm(dict)}"""
    conv = uid(c["id"], tag, "conv").replace("-", "")[:26].upper()
    loc = c["locale"]
    base = os.path.join(d, where)
    recs = []
    for i, t in enumerate(turns):
        if i and turns[i - 1].get("end"):
            conv = uid(c["id"], tag, i, "conv").replace("-", "")[:26].upper()
        say, end = t.get("say", ""), t.get("end", False)
        if shape == "gactions-conversation":
            inp = {"intent": t.get("intent", "actions.intent.MAIN"), "rawInputs": [{"inputType": "VOICE", "query": t.get("u", f"talk to {c['inv']}")}]}
            if t.get("params"):
                inp["arguments"] = [{"name": k, "rawText": v, "textValue": v} for k, v in t["params"].items()]
            q = {"user": {"locale": loc, "lastSeen": "2026-02-27T19:02:11Z", "userVerificationStatus": "VERIFIED"},
                 "conversation": {"conversationId": conv, "type": "NEW" if i == 0 or turns[i - 1].get("end") else "ACTIVE", "conversationToken": "[]"},
                 "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                 "isInSandbox": True, "availableSurfaces": []}
            if end:
                r = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": say}}]}}}
            else:
                r = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": say}}]},
                                                                                   "noInputPrompts": [{"textToSpeech": x} for x in t.get("noinput", [])]},
                                                                   "possibleIntents": [t.get("possible", {"intent": "actions.intent.TEXT"})]}],
                     "conversationToken": json.dumps({"turn": i + 1})}
            recs.append({"request": q, "response": r})
        elif shape == "dialogflow-webhook":
            sess = f"projects/{c['slug']}/agent/sessions/{conv}"
            q = {"responseId": uid(c["id"], tag, i, "resp") + "-" + hexid(c["id"], i, n=8).lower(), "session": sess,
                 "queryResult": {"queryText": t.get("u", "GOOGLE_ASSISTANT_WELCOME"), "parameters": t.get("params", {}), "allRequiredParamsPresent": True,
                                 "intent": {"name": f"projects/{c['slug']}/agent/intents/{uid(c['id'], t.get('intent', 'Default Welcome Intent'))}", "displayName": t.get("intent", "Default Welcome Intent")},
                                 "intentDetectionConfidence": 1, "languageCode": loc.lower() if loc != "en-US" else "en"},
                 "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": loc, "userVerificationStatus": "VERIFIED"},
                                                                                                "conversation": {"conversationId": conv, "type": "ACTIVE" if i else "NEW"},
                                                                                                "inputs": [{"intent": "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t.get("u", "")}]}],
                                                                                                "isInSandbox": True}}}
            g = {"expectUserResponse": not end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": say}}]}}
            if t.get("noinput") is not None:
                g["noInputPrompts"] = [{"textToSpeech": x} for x in t["noinput"]]
            if t.get("system"):
                g["systemIntent"] = t["system"]
            r = {"fulfillmentText": plain(say), "payload": {"google": g}}
            recs.append({"request": q, "response": r})
        elif shape == "gactions-scene":
            q = {"handler": {"name": t.get("handler", "main")}, "intent": {"name": t.get("intent", "actions.intent.MAIN"),
                                                                          "params": {k: {"original": v, "resolved": v} for k, v in t.get("params", {}).items()}, "query": t.get("u", "")},
                 "scene": {"name": t.get("scene", "actions.scene.START_CONVERSATION"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                 "session": {"id": conv, "params": {}, "typeOverrides": [], "languageCode": ""},
                 "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED",
                          "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2026-02-28T08:01:12Z"},
                 "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": c.get("tz", "America/New_York"), "version": ""}}}
            r = {"session": {"id": conv, "params": t.get("sparams", {})}, "prompt": {"override": False, "firstSimple": {"speech": say, "text": plain(say)}}}
            if end:
                r["scene"] = {"name": t.get("scene", "actions.scene.START_CONVERSATION"), "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
            elif t.get("next"):
                r["scene"] = {"name": t.get("scene", "actions.scene.START_CONVERSATION"), "slots": {}, "next": {"name": t["next"]}}
            recs.append({"request": q, "response": r})
        else:
            raise ValueError(shape)
    if where.endswith(".jsonl"):
        w(base, "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs))
    elif where.endswith(".json"):
        w(base, recs)
    else:
        for i, x in enumerate(recs):
            w(os.path.join(base, f"{i + 1:02d}-request.json"), x["request"])
            w(os.path.join(base, f"{i + 1:02d}-response.json"), x["response"])


def build(c):
    d = os.path.join(OUT, c["id"])
    if c.get("platform", "alexa") == "alexa":
        alexa_package(d, c)
    else:
        google_project(d, c)
    for r in c["recs"]:
        shape, where, turns = r[0], r[1], r[2]
        extra = r[3] if len(r) > 3 else {}
        if c.get("platform", "alexa") == "alexa":
            rec_alexa(d, c, shape, turns, where, tag=where, t0=extra.get("t0", (2026, 3, 2, 18, 0)))
        else:
            rec_google(d, c, shape, turns, where, tag=where)
    shapes = []
    for r in c["recs"]:
        s = "cloudwatch-text" if r[0] == "cloudwatch-text-py" else r[0]
        if s not in shapes:
            shapes.append(s)
    return {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
