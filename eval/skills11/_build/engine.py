"""Renderer for eval-skills11: turns hand-written case descriptions (cases_*.py) into project files.
It only formats; all speech, models, names and labels are written by hand in the case files."""
import csv, hashlib, io, json, os, shutil, datetime
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "cases")


def h(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    x = h(*parts)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)


def ydump(o):
    return yaml.safe_dump(o, allow_unicode=True, sort_keys=False, width=200)


PERM = {
    "email": "alexa::profile:email:read", "name": "alexa::profile:name:read",
    "given_name": "alexa::profile:given_name:read", "phone": "alexa::profile:mobile_number:read",
    "address": "alexa::devices:all:address:full:read",
    "postal": "alexa::devices:all:address:country_and_postal_code:read",
    "geo": "alexa::devices:all:geolocation:read", "lists_read": "alexa::household:lists:read",
    "lists_write": "alexa::household:lists:write", "reminders": "alexa::alerts:reminders:skill:readwrite",
    "timers": "alexa::alerts:timers:skill:readwrite", "person_id": "alexa::person_id:read",
}

BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
            "AMAZON.FallbackIntent"]


# ---------------------------------------------------------------- Alexa project
def alexa_project(d, c):
    locs = c["locales"] if "locales" in c else [c["locale"]]
    pub = {}
    for loc in locs:
        pub[loc] = {
            "summary": c.get("summary", c.get("description", "")),
            "examplePhrases": c.get("examples", []),
            "keywords": c.get("keywords", []),
            "name": c["name"],
            "description": c.get("description", c.get("summary", "")),
            "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(c['id'], n=4)}/APP_ICON?versionId=small",
            "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(c['id'], n=4)}/APP_ICON_LARGE?versionId=large",
        }
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("permissions") or c.get("personal")),
          "isChildDirected": bool(c.get("child")), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {loc: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", c["policy"].rsplit("/", 1)[0] + "/terms")} for loc in locs}
    man = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                     "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                     "category": c.get("category", "GAMES"),
                                     "distributionCountries": c.get("countries", [l.split("-")[1] for l in locs]),
                                     "automaticDistribution": {"isActive": False}},
           "apis": {"custom": {"endpoint": c.get("endpoint_cfg", {"sourceDir": "lambda", "uri": "ask-" + c["id"][4:] + "-default"})}},
           "manifestVersion": "1.0", "privacyAndCompliance": pc}
    if c.get("permissions"):
        man["permissions"] = [{"name": PERM.get(p, p)} for p in c["permissions"]]
    if c.get("events"):
        man["events"] = c["events"]
    write(os.path.join(d, "skill-package", "skill.json"), {"manifest": man})
    models = c.get("models") or {loc: c["model"] for loc in locs}
    for loc, m in models.items():
        intents = []
        for it in m["intents"]:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            intents.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        names = {i["name"] for i in intents}
        for b in BUILTINS:
            if b not in names:
                intents.append({"name": b, "samples": []})
        types = [{"name": t, "values": [{"name": {"value": v} if isinstance(v, str) else {"value": v[0], "synonyms": v[1:]}} for v in vals]}
                 for t, vals in m.get("types", {}).items()]
        lm = {"invocationName": m["invocation"], "intents": intents, "types": types}
        out = {"interactionModel": {"languageModel": lm}}
        if m.get("dialog"):
            out["interactionModel"]["dialog"] = m["dialog"]
        write(os.path.join(d, "skill-package", "interactionModels", "custom", loc + ".json"), out)
    write(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"userConfig": {"runtime": "python3.11" if "lambda/lambda_function.py" in c.get("files", {}) else "nodejs18.x",
                                                "handler": "lambda_function.lambda_handler" if "lambda/lambda_function.py" in c.get("files", {}) else "index.handler", "awsRegion": c.get("region", "us-east-1")},
                                "type": "@ask-cli/lambda-deployer"}}}})
    for rel, text in c.get("files", {}).items():
        write(os.path.join(d, rel), text)


# ---------------------------------------------------------------- Alexa recordings
def ssml(s):
    if s is None:
        return None
    if s.startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


class Turn:
    """user: what the user said; kind: LaunchRequest / SessionEndedRequest / intent name; slots: dict;
    speech/reprompt: str (SSML if starts with <speak>) or None; end: shouldEndSession (None = omitted)."""

    def __init__(self, user, kind, slots=None, speech=None, reprompt=None, end=True, extra=None):
        self.user, self.kind, self.slots, self.speech, self.reprompt, self.end, self.extra = user, kind, slots or {}, speech, reprompt, end, extra or {}


def T(user, kind, speech=None, reprompt=None, end=True, **slots):
    extra = slots.pop("_extra", None)
    return Turn(user, kind, slots, speech, reprompt, end, extra)


def build_pairs(c, rec):
    """Return list of (request_envelope, response_envelope, meta) for a recording."""
    loc = rec.get("locale", c.get("locale", "en-US"))
    app = "amzn1.ask.skill." + uid(c["id"], "app")
    user = "amzn1.ask.account." + h(c["id"], rec.get("path"), "user", n=40).upper()
    dev = "amzn1.ask.device." + h(c["id"], "dev", n=40).upper()
    t0 = datetime.datetime.fromisoformat(rec.get("start", "2026-10-14T18:02:11"))
    out, sess_n, new = [], 0, True
    sid = "amzn1.echo-api.session." + uid(c["id"], rec.get("path"), sess_n)
    attrs = {}
    for i, t in enumerate(rec["turns"]):
        ts = (t0 + datetime.timedelta(seconds=9 * i + (40 if new and i else 0))).strftime("%Y-%m-%dT%H:%M:%SZ")
        rid = "amzn1.echo-api.request." + uid(c["id"], rec.get("path"), i)
        r = {"type": t.kind, "requestId": rid, "locale": loc, "timestamp": ts}
        if t.kind not in ("LaunchRequest", "SessionEndedRequest") and not t.kind.startswith("AudioPlayer") and not t.kind.startswith("Connections"):
            r = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": ts,
                 "dialogState": "STARTED" if t.slots else None,
                 "intent": {"name": t.kind, "confirmationStatus": "NONE",
                            "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t.slots.items()}}}
            if r["dialogState"] is None:
                del r["dialogState"]
        if t.kind == "SessionEndedRequest":
            r["reason"] = t.extra.get("reason", "USER_INITIATED")
        r.update({k: v for k, v in t.extra.items() if k not in ("reason", "attrs", "directives", "card")})
        req = {"version": "1.0",
               "session": {"new": new, "sessionId": sid, "application": {"applicationId": app},
                           "attributes": dict(attrs) if not new else {}, "user": {"userId": user}},
               "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                      "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}} if rec.get("audio") else {}},
                                      "apiEndpoint": rec.get("api", "https://api.eu.amazonalexa.com" if loc[-2:] in ("DE", "ES", "FR", "IT", "GB") else ("https://api.fe.amazonalexa.com" if loc == "ja-JP" else "https://api.amazonalexa.com")),
                                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
               "request": r}
        if t.kind == "SessionEndedRequest":
            res = {"version": "1.0", "response": {}}
        else:
            attrs.update(t.extra.get("attrs", {}))
            body = {}
            if t.speech is not None:
                body["outputSpeech"] = ssml(t.speech)
            if t.extra.get("card"):
                body["card"] = t.extra["card"]
            if t.reprompt is not None:
                body["reprompt"] = {"outputSpeech": ssml(t.reprompt)}
            if t.extra.get("directives"):
                body["directives"] = t.extra["directives"]
            if t.end is not None:
                body["shouldEndSession"] = t.end
            res = {"version": "1.0", "sessionAttributes": dict(attrs), "userAgent": rec.get("ua", "ask-node/2.14.0 Node/v18.19.0"), "response": body}
        out.append((req, res, {"user": t.user, "ts": ts, "rid": rid, "sid": sid}))
        ended = t.kind == "SessionEndedRequest" or (t.end is True) or (t.end is None and t.reprompt is None and t.kind != "LaunchRequest" and not t.extra.get("directives"))
        if ended:
            sess_n += 1
            sid = "amzn1.echo-api.session." + uid(c["id"], rec.get("path"), sess_n)
            new, attrs = True, {}
        else:
            new = False
    return out


def endpoint(c):
    return c.get("endpoint", "arn:aws:lambda:" + c.get("region", "us-east-1") + ":4" + h(c["id"], "acct", n=11).translate(str.maketrans("abcdef", "123456")) + ":function:" + c["id"][4:])


def lambda_name(c):
    return c["id"][4:]


def render_alexa_rec(d, c, rec):
    shape, path = rec["shape"], os.path.join(d, rec["path"])
    pairs = build_pairs(c, rec)
    if shape == "envelope":
        # path is a folder; one response envelope per file
        for i, (q, r, m) in enumerate(pairs):
            if q["request"]["type"] == "SessionEndedRequest":
                continue
            nm = rec.get("names", [])
            fn = nm[i] if i < len(nm) else f"{i + 1:02d}-{(q['request'].get('intent') or {}).get('name', q['request']['type'])}.json"
            write(os.path.join(path, fn), r)
    elif shape == "pairs-jsonl":
        write(path, "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for q, r, m in pairs))
    elif shape == "pairs-array":
        write(path, [{"request": q, "response": r} for q, r, m in pairs])
    elif shape == "smapi-simulation":
        for i, (q, r, m) in enumerate(pairs):
            sim = {"id": uid(c["id"], "sim", i), "status": "SUCCESSFUL",
                   "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": strip(r["response"].get("outputSpeech"))}}] if r.get("response", {}).get("outputSpeech") else [],
                                                     "consideredIntents": [{"name": (q["request"].get("intent") or {}).get("name", q["request"]["type"]), "confirmationStatus": "NONE", "slots": {}}]},
                              "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": endpoint(c), "body": q},
                                                                       "invocationResponse": {"body": r},
                                                                       "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 7}}]},
                              "error": None}}
            nm = rec.get("names", [])
            fn = nm[i] if i < len(nm) else f"sim-{i + 1:02d}.json"
            write(os.path.join(path, fn), sim)
    elif shape == "smapi-invocation":
        for i, (q, r, m) in enumerate(pairs):
            inv = {"id": uid(c["id"], "inv", i), "status": "SUCCESSFUL",
                   "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": endpoint(c), "body": q},
                                                     "invocationResponse": {"body": r},
                                                     "metrics": {"skillExecutionTimeInMilliseconds": 211 + i}}, "error": None}}
            write(os.path.join(path, f"invoke-{i + 1}.json"), inv)
    elif shape == "ask-dialog":
        base = path
        inputs = [m["user"] for q, r, m in pairs if q["request"]["type"] != "SessionEndedRequest"]
        q0 = pairs[0][0]
        write(base + ".replay.json", {"skillId": q0["session"]["application"]["applicationId"], "locale": q0["request"]["locale"], "type": "text", "userInput": inputs})
        if rec.get("as_text"):
            lines = []
            for q, r, m in pairs:
                if q["request"]["type"] == "SessionEndedRequest":
                    continue
                lines.append("User  > " + m["user"])
                sp = strip(r["response"].get("outputSpeech"))
                lines.append("Alexa > " + sp)
            write(base + ".record.txt", "\n".join(lines) + "\n")
        else:
            write(base + ".output.json", [{"utterance": m["user"], "invocations": [{"invocationRequest": {"endpoint": endpoint(c), "body": q}, "invocationResponse": {"body": r}}]}
                                          for q, r, m in pairs if q["request"]["type"] != "SessionEndedRequest"])
    elif shape == "cloudwatch-text":
        lines = []
        py = rec.get("python")
        for q, r, m in pairs:
            ts = m["ts"].replace("Z", ".412Z")
            rid = uid(m["rid"], "lambda")
            lines.append(f"{ts} START RequestId: {rid} Version: {rec.get('version', '$LATEST')}")
            kw_q, kw_r = rec.get("kw", ("Request: ", "Response: "))
            if py:
                lines.append(f"[INFO]\t{ts}\t{rid}\t{kw_q}{json.dumps(q, ensure_ascii=False)}")
                lines.append(f"[INFO]\t{ts}\t{rid}\t{kw_r}{json.dumps(r, ensure_ascii=False)}")
            else:
                lines.append(f"{ts}\t{rid}\tINFO\t{kw_q}{json.dumps(q, ensure_ascii=False)}")
                lines.append(f"{ts}\t{rid}\tINFO\t{kw_r}{json.dumps(r, ensure_ascii=False)}")
            lines.append(f"{ts} END RequestId: {rid}")
            lines.append(f"{ts} REPORT RequestId: {rid}\tDuration: 143.52 ms\tBilled Duration: 144 ms\tMemory Size: 128 MB\tMax Memory Used: 81 MB")
        write(path, "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for q, r, m in pairs:
            t = int(datetime.datetime.fromisoformat(m["ts"].replace("Z", "+00:00")).timestamp() * 1000)
            rid = uid(m["rid"], "lambda")
            stream = "2026/10/14/[$LATEST]" + h(c["id"], "stream")
            for k, o in (("Request: ", q), ("Response: ", r)):
                ev.append({"logStreamName": stream, "timestamp": t, "message": f"{m['ts']}\t{rid}\tINFO\t{k}{json.dumps(o, ensure_ascii=False)}\n",
                           "ingestionTime": t + 310, "eventId": h(rid, k, n=56)})
                t += 60
        write(path, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        url = rec.get("url", "https://" + c["id"][4:] + ".skills-host.example/alexa")
        for q, r, m in pairs:
            qs, rs = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
            ents.append({"startedDateTime": m["ts"].replace("Z", ".120Z"), "time": 131.4,
                         "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                 {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"},
                                                 {"name": "Signature-256", "value": "REDACTED"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(qs.encode()),
                                     "postData": {"mimeType": "application/json; charset=utf-8", "text": qs}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                      "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}], "cookies": [],
                                      "content": {"size": len(rs.encode()), "mimeType": "application/json", "text": rs},
                                      "redirectURL": "", "headersSize": -1, "bodySize": len(rs.encode())},
                         "cache": {}, "timings": {"send": 0.2, "wait": 128.9, "receive": 2.3}})
        write(path, {"log": {"version": "1.2", "creator": {"name": rec.get("creator", "Charles Proxy"), "version": "4.6.6"}, "pages": [], "entries": ents}})
    elif shape == "transcript":
        lines = [f"# probe run {rec.get('start', '')[:10]} locale={c.get('locale')}"]
        for q, r, m in pairs:
            if q["request"]["type"] == "SessionEndedRequest":
                lines.append(f"[{m['ts']}] (session closed by user)")
                continue
            lines.append(f"[{m['ts']}] USER: {m['user']}")
            lines.append(f"[{m['ts']}] SKILL: {strip(r['response'].get('outputSpeech'))}")
            if r["response"].get("reprompt"):
                lines.append(f"[{m['ts']}] REPROMPT: {strip(r['response']['reprompt']['outputSpeech'])!r}")
            lines.append(f"[{m['ts']}] session_open={'false' if r['response'].get('shouldEndSession', True) else 'true'}")
        write(path, "\n".join(lines) + "\n")
    # ----- shapes not in the brief's list
    elif shape == "bespoken-yaml":
        q0 = pairs[0][0]
        y = ["---", "configuration:", f"  locale: {q0['request']['locale']}", "  type: simulation" if not rec.get("e2e") else "  type: e2e",
             f"  skillId: {pairs[0][0]['session']['application']['applicationId']}", "---",
             f"- test: {rec.get('title', 'recorded session')}"]
        for q, r, m in pairs:
            if q["request"]["type"] == "SessionEndedRequest":
                continue
            rb = r["response"]
            y.append(f"- {json.dumps(m['user'], ensure_ascii=False)}:")
            if rb.get("outputSpeech"):
                y.append(f"  - prompt: {json.dumps(strip(rb['outputSpeech']), ensure_ascii=False)}")
                k = "ssml" if rb["outputSpeech"].get("type") == "SSML" else "text"
                y.append(f"  - response.outputSpeech.{k}: {json.dumps(rb['outputSpeech'][k], ensure_ascii=False)}")
            if rb.get("reprompt"):
                ro = rb["reprompt"]["outputSpeech"]
                k = "ssml" if ro.get("type") == "SSML" else "text"
                y.append(f"  - response.reprompt.outputSpeech.{k}: {json.dumps(ro[k], ensure_ascii=False)}")
            if "shouldEndSession" in rb:
                y.append(f"  - response.shouldEndSession: {str(rb['shouldEndSession']).lower()}")
        write(path, "\n".join(y) + "\n")
    elif shape == "postman-collection":
        items = []
        for i, (q, r, m) in enumerate(pairs):
            nm = f"{i + 1:02d} {m['user'] or q['request']['type']}"
            reqo = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                    "body": {"mode": "raw", "raw": json.dumps(q, indent=2, ensure_ascii=False), "options": {"raw": {"language": "json"}}},
                    "url": {"raw": "{{skillUrl}}/alexa", "host": ["{{skillUrl}}"], "path": ["alexa"]}}
            items.append({"name": nm, "request": reqo,
                          "response": [{"name": "saved " + m["ts"][:10], "originalRequest": reqo, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                        "header": [{"key": "Content-Type", "value": "application/json"}], "cookie": [],
                                        "body": json.dumps(r, indent=2, ensure_ascii=False)}]})
        write(path, {"info": {"_postman_id": uid(c["id"], "pm"), "name": c["name"] + " – local endpoint",
                              "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                     "item": items, "variable": [{"key": "skillUrl", "value": "http://localhost:3000"}]})
    elif shape == "jupyter-notebook":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} – endpoint checks\n", "Requests are replayed against the local handler.\n"]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                  "source": ["import json\n", "from lambda_function import lambda_handler\n", "def call(env):\n", "    out = lambda_handler(env, None)\n", "    print(json.dumps(out, indent=1, ensure_ascii=False))\n", "    return out\n"]}]
        for i, (q, r, m) in enumerate(pairs):
            cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {},
                          "source": [f"# {m['user']}\n", f"env = {json.dumps(q, ensure_ascii=False)}\n", "res = call(env)"],
                          "outputs": [{"name": "stdout", "output_type": "stream", "text": [l + "\n" for l in json.dumps(r, indent=1, ensure_ascii=False).split("\n")]}]})
        write(path, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                                  "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5})
    elif shape == "csv-sheet":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["date", "session", "tester_said", "request_type", "intent", "slots", "output_ssml", "reprompt_ssml", "should_end_session", "notes"])
        for q, r, m in pairs:
            rb = r.get("response", {})
            it = q["request"].get("intent") or {}
            w.writerow([m["ts"], m["sid"][-12:], m["user"], q["request"]["type"], it.get("name", ""),
                        ";".join(f"{k}={v['value']}" for k, v in (it.get("slots") or {}).items()),
                        (rb.get("outputSpeech") or {}).get("ssml") or (rb.get("outputSpeech") or {}).get("text", ""),
                        ((rb.get("reprompt") or {}).get("outputSpeech") or {}).get("ssml") or ((rb.get("reprompt") or {}).get("outputSpeech") or {}).get("text", ""),
                        "" if "shouldEndSession" not in rb else str(rb["shouldEndSession"]).upper(), ""])
        write(path, buf.getvalue())
    elif shape == "pino-log":
        lines = []
        for q, r, m in pairs:
            t = int(datetime.datetime.fromisoformat(m["ts"].replace("Z", "+00:00")).timestamp() * 1000)
            lines.append(json.dumps({"level": 30, "time": t, "pid": 7, "hostname": "skill-7d9f", "reqId": m["rid"][-8:], "msg": "alexa request", "alexaRequest": q}, ensure_ascii=False))
            lines.append(json.dumps({"level": 30, "time": t + 140, "pid": 7, "hostname": "skill-7d9f", "reqId": m["rid"][-8:], "msg": "alexa response", "alexaResponse": r, "responseTime": 140}, ensure_ascii=False))
        write(path, "\n".join(lines) + "\n")
    elif shape == "junit-xml":
        from xml.sax.saxutils import escape
        tc = []
        for i, (q, r, m) in enumerate(pairs):
            tc.append(f'    <testcase classname="skill.handler" name="{escape(m["user"] or q["request"]["type"])}" time="0.{140 + i}">\n'
                      f'      <system-out>{escape("REQUEST " + json.dumps(q, ensure_ascii=False))}\n{escape("RESPONSE " + json.dumps(r, ensure_ascii=False))}</system-out>\n    </testcase>')
        write(path, '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pytest">\n  <testsuite name="test_conversation" tests="%d" failures="0" errors="0">\n%s\n  </testsuite>\n</testsuites>\n' % (len(tc), "\n".join(tc)))
    elif shape == "curl-trace":
        out = []
        for q, r, m in pairs:
            qs, rs = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
            out += [f"$ curl -sv -X POST http://localhost:3000/alexa -H 'Content-Type: application/json' -d @req-{m['rid'][-4:]}.json",
                    "*   Trying 127.0.0.1:3000...", "* Connected to localhost (127.0.0.1) port 3000 (#0)",
                    "> POST /alexa HTTP/1.1", "> Host: localhost:3000", "> User-Agent: curl/8.4.0", "> Content-Type: application/json",
                    f"> Content-Length: {len(qs.encode())}", ">", "} [" + str(len(qs.encode())) + " bytes data]",
                    qs, "< HTTP/1.1 200 OK", "< Content-Type: application/json; charset=utf-8", f"< Content-Length: {len(rs.encode())}", "<",
                    rs, "* Connection #0 to host localhost left intact", ""]
        write(path, "\n".join(out))
    else:
        raise ValueError(shape)


def strip(os_):
    if not os_:
        return ""
    import re
    s = os_.get("ssml") or os_.get("text") or ""
    s = re.sub(r"<[^>]+>", "", s)
    return s.strip()


# ---------------------------------------------------------------- Google projects
def gactions_builder(d, c):
    g = c["google"]
    loc = c["locale"].split("-")[0]
    sdk = os.path.join(d, "sdk")
    write(os.path.join(sdk, "manifest.yaml"), 'version: "1.0"\n')
    st = {"defaultLocale": loc,
          "localizedSettings": {"displayName": c["name"], "pronunciation": g["invocation"], "fullDescription": c.get("description", c["name"]),
                                "shortDescription": (c.get("summary") or c.get("description") or c["why"].split(",")[0] if False else c.get("summary", c.get("description", c["name"])))[:80],
                                "developerName": g.get("developer", "Indie Voice Labs"), "developerEmail": "dev@" + c["id"][4:] + ".example",
                                "privacyPolicyUrl": c.get("policy", "")},
          "projectId": c["id"][4:] + "-" + h(c["id"], n=6), "category": g.get("category", "GAMES_AND_TRIVIA"),
          "usesTransactionsApi": False, "usesDigitalPurchaseApi": False, "usesInteractiveCanvas": False,
          "designedForFamily": bool(c.get("child")), "containsAlcoholOrTobaccoContent": False,
          "localizedSettings_note": None}
    del st["localizedSettings_note"]
    if not c.get("policy"):
        st["localizedSettings"].pop("privacyPolicyUrl")
    write(os.path.join(sdk, "settings", "settings.yaml"), ydump(st))
    write(os.path.join(sdk, "actions", "actions.yaml"), ydump({"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "main"}}}}))
    write(os.path.join(sdk, "webhooks", "ActionsOnGoogleFulfillment.yaml"), ydump({"handlers": [{"name": n} for n in g.get("handlers", ["main"])],
                                                                                  "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}}))
    for name, it in g["intents"].items():
        o = {}
        if it.get("params"):
            o["parameters"] = [{"name": k, "type": {"name": v}} for k, v in it["params"].items()]
        o["trainingPhrases"] = it["phrases"]
        sub = ""
        write(os.path.join(sdk, "custom", "intents", sub + name + ".yaml"), ydump(o))
    for name, ty in g.get("types", {}).items():
        write(os.path.join(sdk, "custom", "types", name + ".yaml"), ydump(ty))
    for name, sc in g.get("scenes", {}).items():
        write(os.path.join(sdk, "custom", "scenes", name + ".yaml"), ydump(sc))


def dialogflow_agent(d, c):
    g = c["google"]
    lang = c["locale"].split("-")[0]
    write(os.path.join(d, "agent.json"), {"description": c.get("description", ""), "language": lang, "shortDescription": c.get("summary", ""),
                                          "examples": "", "linkToDocs": "", "displayName": c["name"], "disableInteractionLogs": False,
                                          "disableStackdriverLogs": True, "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][4:],
                                          "welcomeIntentSignInRequired": False, "startExpressions": [], "systemIntents": [], "endIntentIds": [],
                                          "oAuthLinking": {"required": False}, "voiceType": "MALE_1", "capabilities": [], "env": "",
                                          "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
                                          "defaultTimezone": g.get("tz", "Europe/Madrid"), "webhook": {"url": "https://europe-west1-" + c["id"][4:] + ".cloudfunctions.net/dialogflowFirebaseFulfillment",
                                          "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                                          "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2beta1",
                                          "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0,
                                          "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False})
    write(os.path.join(d, "package.json"), {"version": "1.0.0"})
    for name, it in g["intents"].items():
        params = [{"id": uid(c["id"], name, k), "name": k, "required": False, "dataType": v, "value": "$" + k, "defaultValue": "", "isList": False,
                   "prompts": [], "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [], "outputDialogContexts": []}
                  for k, v in it.get("params", {}).items()]
        write(os.path.join(d, "intents", name + ".json"), {"id": uid(c["id"], name), "name": name, "auto": True, "contexts": [],
                                                          "responses": [{"resetContexts": False, "action": it.get("action", ""), "affectedContexts": [],
                                                                         "parameters": params, "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang,
                                                                                                            "speech": it.get("speech", []), "condition": ""}],
                                                                         "speech": [], "endInteraction": it.get("end", False)}],
                                                          "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": it.get("fallback", False),
                                                          "events": [{"name": e} for e in it.get("events", [])], "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []})
        us = []
        for ph in it.get("phrases", []):
            data = []
            for part in ph:
                if isinstance(part, str):
                    data.append({"text": part, "userDefined": False})
                else:
                    data.append({"text": part[0], "alias": part[1], "meta": part[2], "userDefined": True})
            us.append({"id": uid(c["id"], name, str(ph)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            write(os.path.join(d, "intents", f"{name}_usersays_{lang}.json"), us)
    for name, vals in g.get("entities", {}).items():
        write(os.path.join(d, "entities", name + ".json"), {"id": uid(c["id"], name), "name": name, "isOverridable": True, "isEnum": False, "isRegexp": False,
                                                           "automatedExpansion": False, "allowFuzzyExtraction": False})
        write(os.path.join(d, "entities", f"{name}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])


def sdk2_action(d, c):
    g = c["google"]
    man = {"displayName": c["name"], "invocationName": g["invocation"], "shortDescription": c.get("summary", c.get("description", c["name"])),
           "category": g.get("category", "GAMES_AND_TRIVIA"), "companyName": g.get("developer", "Indie Voice Labs"), "contactEmail": "dev@" + c["id"][4:] + ".example",
           "sampleInvocation": g.get("main_patterns", ["talk to " + g["invocation"]])}
    if c.get("policy"):
        man["privacyUrl"] = c["policy"]
        man["termsOfServiceUrl"] = c["policy"].rsplit("/", 1)[0] + "/terms"
    write(os.path.join(d, "action.json"), {"manifest": man, "actions": [{"description": "Default welcome intent", "name": "MAIN", "fulfillment": {"conversationName": c["id"][4:]},
                                                        "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": g.get("main_patterns", ["talk to " + g["invocation"]])}}}]
                                           + [{"description": k, "name": k, "fulfillment": {"conversationName": c["id"][4:]},
                                               "intent": {"name": k, "parameters": [{"name": p, "type": t} for p, t in v.get("params", {}).items()],
                                                          "trigger": {"queryPatterns": v["phrases"]}}} for k, v in g["intents"].items()],
                                           "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": "https://us-central1-" + c["id"][4:] + ".cloudfunctions.net/app", "fulfillmentApiVersion": 2}},
                                           "locale": c["locale"].lower() if False else c["locale"].split("-")[0]})


def render_google_rec(d, c, rec):
    shape, path = rec["shape"], os.path.join(d, rec["path"])
    loc = rec.get("locale", c["locale"])
    t0 = datetime.datetime.fromisoformat(rec.get("start", "2026-10-20T16:40:00"))
    sid = "AB" + h(c["id"], rec["path"], n=44)
    pairs = []
    for i, t in enumerate(rec["turns"]):
        # t: dict(user, intent, speech, reprompts(list), end(bool), scene, next, params, text)
        ts = (t0 + datetime.timedelta(seconds=11 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        if shape == "gactions-scene":
            req = {"handler": {"name": t.get("handler", "main")}, "intent": {"name": t["intent"], "params": {k: {"original": v, "resolved": v} for k, v in t.get("params", {}).items()}, "query": t["user"]},
                   "scene": {"name": t.get("scene", "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {}, "next": {"name": ""}},
                   "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                   "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED",
                            "packageEntitlements": [], "permissions": t.get("perms", []), "lastSeenTime": ts},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": rec.get("tz", "America/New_York"), "version": ""}}}
            res = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["speech"], "text": t.get("text", strip({"ssml": t["speech"]}))}},
                   "scene": {"name": t.get("scene", "Main"), "slots": {}, "next": {"name": t.get("next", "actions.scene.END_CONVERSATION" if t.get("end") else t.get("scene", "Main"))}}}
            if t.get("suggest"):
                res["prompt"]["suggestions"] = [{"title": s} for s in t["suggest"]]
        elif shape == "dialogflow-webhook":
            lang = loc.split("-")[0]
            req = {"responseId": uid(c["id"], rec["path"], i) + "-" + h(i, n=8), "queryResult": {"queryText": t["user"], "parameters": t.get("params", {}), "allRequiredParamsPresent": True,
                   "fulfillmentMessages": [{"text": {"text": [""]}}], "outputContexts": [], "intent": {"name": "projects/" + c["id"][4:] + "/agent/intents/" + uid(c["id"], t["intent"]), "displayName": t["intent"]},
                   "intentDetectionConfidence": 0.87, "languageCode": lang},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": loc, "userVerificationStatus": "VERIFIED", "lastSeen": ts},
                    "conversation": {"conversationId": sid, "type": "NEW" if i == 0 else "ACTIVE"}, "inputs": [{"intent": "actions.intent.MAIN" if i == 0 else "actions.intent.TEXT",
                    "rawInputs": [{"inputType": "VOICE", "query": t["user"]}], "arguments": [{"name": "text", "rawText": t["user"], "textValue": t["user"]}]}],
                    "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]}, "isInSandbox": True}},
                   "session": "projects/" + c["id"][4:] + "/agent/sessions/" + sid}
            gg = {"expectUserResponse": not t.get("end", False), "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]}}
            if t.get("reprompts") is not None:
                gg["noInputPrompts"] = [{"textToSpeech": x} for x in t["reprompts"]]
            if t.get("system_intent"):
                gg["systemIntent"] = t["system_intent"]
            res = {"fulfillmentText": strip({"ssml": t["speech"]}), "payload": {"google": gg}}
        elif shape == "gactions-conversation":
            req = {"user": {"locale": loc, "lastSeen": ts, "userVerificationStatus": "VERIFIED"}, "conversation": {"conversationId": sid, "type": "NEW" if i == 0 else "ACTIVE", "conversationToken": "[]"},
                   "inputs": [{"intent": t["intent"], "rawInputs": [{"inputType": "VOICE", "query": t["user"]}], "arguments": [{"name": "text", "rawText": t["user"], "textValue": t["user"]}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True, "availableSurfaces": []}
            res = {"expectUserResponse": not t.get("end", False)}
            if t.get("end"):
                res["finalResponse"] = {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]}}
            else:
                res["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]},
                                                          "noInputPrompts": [{"textToSpeech": x} for x in (t.get("reprompts") or [])]},
                                          "possibleIntents": t.get("possible", [{"intent": "actions.intent.TEXT"}])}]
        pairs.append((req, res, ts))
    style = rec.get("style", "files")
    if style == "files":
        for i, (q, r, ts) in enumerate(pairs):
            write(os.path.join(path, f"turn{i + 1}_request.json"), q)
            write(os.path.join(path, f"turn{i + 1}_response.json"), r)
    elif style == "jsonl":
        write(path, "".join(json.dumps({"timestamp": ts, "request": q, "response": r}, ensure_ascii=False) + "\n" for q, r, ts in pairs))
    elif style == "array":
        write(path, [{"request": q, "response": r} for q, r, ts in pairs])


# ---------------------------------------------------------------- driver
def render(c):
    d = os.path.join(CASES, c["id"])
    if os.path.exists(d):
        shutil.rmtree(d)
    os.makedirs(d)
    kind = c.get("kind", "alexa")
    if kind == "alexa":
        alexa_project(d, c)
    elif kind == "builder":
        gactions_builder(d, c)
        for rel, text in c.get("files", {}).items():
            write(os.path.join(d, rel), text)
    elif kind == "dialogflow":
        dialogflow_agent(d, c)
        for rel, text in c.get("files", {}).items():
            write(os.path.join(d, rel), text)
    elif kind == "sdk2":
        sdk2_action(d, c)
        for rel, text in c.get("files", {}).items():
            write(os.path.join(d, rel), text)
    for rec in c.get("recs", []):
        if rec["shape"] in ("gactions-scene", "dialogflow-webhook", "gactions-conversation"):
            render_google_rec(d, c, rec)
        else:
            render_alexa_rec(d, c, rec)
    shapes = []
    for rec in c.get("recs", []):
        if rec["shape"] not in shapes:
            shapes.append(rec["shape"])
    return {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
