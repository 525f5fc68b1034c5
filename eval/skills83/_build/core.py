"""Core helpers: project writers and recording-shape renderers. All case content lives in cases_*.py."""
import csv, datetime, hashlib, json, os, re, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "cases")

def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]

def uu(*parts):
    h = hid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

def wjson(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")

def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]
PERM = {"address": "alexa::devices:all:address:full:read", "zip": "alexa::devices:all:address:country_and_postal_code:read",
        "email": "alexa::profile:email:read", "phone": "alexa::profile:mobile_number:read", "name": "alexa::profile:name:read",
        "given_name": "alexa::profile:given_name:read", "lists_read": "alexa::household:lists:read",
        "lists_write": "alexa::household:lists:write", "geo": "alexa::devices:all:geolocation:read",
        "reminders": "alexa::alerts:reminders:skill:readwrite", "timers": "alexa::alerts:timers:skill:readwrite",
        "notifications": "alexa::devices:all:notifications:write"}

def ssml(t):
    if t is None:
        return None
    return t if t.startswith("<speak>") else f"<speak>{t}</speak>"

def plain(t):
    return re.sub(r"<[^>]+>", "", t or "").strip()

# ---------------------------------------------------------------- Alexa project
def write_alexa(d, c):
    loc = c["locale"]
    locs = [loc] + c.get("extra_locales", [])
    pub = {}
    for l in locs:
        pub[l] = {"summary": c["desc"][:160], "examplePhrases": c.get("examples") or [c.get("wake", "Alexa") + ", öffne " + c["inv"] if l.startswith("de") else ("Alexa, " + c["inv"] + "を開いて" if l.startswith("ja") else "Alexa, open " + c["inv"])],
                  "name": c["name"], "description": c["desc"], "keywords": c.get("keywords", []),
                  "smallIconUri": f"https://s3.amazonaws.com/skill-icons/{hid(c['id'],'i',n=6)}/small.png",
                  "largeIconUri": f"https://s3.amazonaws.com/skill-icons/{hid(c['id'],'i',n=6)}/large.png"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or bool(c.get("personal")),
          "isChildDirected": bool(c.get("kids")), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {l: {"privacyPolicyUrl": c["policy"], **({"termsOfUseUrl": c["terms"]} if c.get("terms") else {})} for l in locs}
    manifest = {"manifest": {"manifestVersion": "1.0",
        "publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
            "distributionCountries": c.get("countries", [loc.split("-")[1]]), "category": c.get("category", "GAMES"),
            "testingInstructions": c.get("testing", "Skill öffnen und den Anweisungen folgen." if loc.startswith("de") else "Open the skill and follow the prompts."),
            "automaticDistribution": {"isActive": False}},
        "apis": {"custom": {"endpoint": {"uri": c.get("endpoint") or f"arn:aws:lambda:eu-west-1:{hid(c['id'],'acct',n=12).translate(str.maketrans('abcdef','123456'))}:function:{c['slug']}"},
                            **({"interfaces": c["interfaces"]} if c.get("interfaces") else {})}},
        "privacyAndCompliance": pc}}
    if c.get("perms"):
        manifest["manifest"]["permissions"] = [{"name": PERM.get(p, p)} for p in c["perms"]]
    wjson(os.path.join(d, "skill-package", "skill.json"), manifest)
    for l in locs:
        intents = []
        for it in c.get("intents", []):
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            intents.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        names = {i["name"] for i in intents}
        for b in BUILTINS:
            if b not in names and not (b == "AMAZON.FallbackIntent" and c.get("no_fallback")):
                intents.append({"name": b, "samples": []})
        types = [{"name": n, "values": [{"name": {"value": v}} if isinstance(v, str) else {"name": {"value": v[0], "synonyms": v[1:]}} for v in vals]}
                 for n, vals in c.get("types", {}).items()]
        lm = {"invocationName": c.get("inv_by_locale", {}).get(l, c["inv"]), "intents": intents, "types": types}
        im = {"interactionModel": {"languageModel": lm}}
        if c.get("dialog"):
            im["interactionModel"]["dialog"] = c["dialog"]
            im["interactionModel"]["prompts"] = c.get("prompts", [])
        wjson(os.path.join(d, "skill-package", "interactionModels", "custom", f"{l}.json"), im)
    wjson(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler", "awsRegion": "eu-west-1"}}}}})

# ---------------------------------------------------------------- Alexa request/response
class Sess:
    """Turns -> list of (request_envelope, response_envelope) pairs with realistic session handling."""
    def __init__(self, c, rec_key, start="2025-03-14T18:02:11"):
        self.c, self.key = c, rec_key
        self.t = datetime.datetime.fromisoformat(start)
        self.n = 0
        self.sid = None
        self.attrs = {}
        self.app = "amzn1.ask.skill." + uu(c["id"], "app")
        self.user = "amzn1.ask.account.AE" + hid(c["id"], "user", n=40).upper()
        self.dev = "amzn1.ask.device.AF" + hid(c["id"], rec_key, "dev", n=30).upper()

    def pair(self, turn):
        req, out = turn[0], turn[1]
        rep = turn[2] if len(turn) > 2 else None
        end = turn[3] if len(turn) > 3 else (rep is None)
        extra = turn[4] if len(turn) > 4 else {}
        new = self.sid is None
        if new:
            self.sid = "amzn1.echo-api.session." + uu(self.c["id"], self.key, self.n, "s")
        self.n += 1
        self.t += datetime.timedelta(seconds=7 + (self.n * 5) % 13)
        ts = self.t.strftime("%Y-%m-%dT%H:%M:%SZ")
        rid = "amzn1.echo-api.request." + uu(self.c["id"], self.key, self.n, "r")
        loc = extra.get("locale", self.c["locale"])
        if req == "launch":
            r = {"type": "LaunchRequest", "requestId": rid, "locale": loc, "timestamp": ts}
        elif req == "end":
            r = {"type": "SessionEndedRequest", "requestId": rid, "locale": loc, "timestamp": ts, "reason": "USER_INITIATED"}
        elif isinstance(req, tuple):
            name, slots = req[0], (req[1] if len(req) > 1 else {})
            r = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": ts, "dialogState": None,
                 "intent": {"name": name, "confirmationStatus": "NONE",
                            "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in slots.items()}}}
            if r["dialogState"] is None:
                del r["dialogState"]
        else:
            r = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": ts,
                 "intent": {"name": req, "confirmationStatus": "NONE", "slots": {}}}
        sysctx = {"application": {"applicationId": self.app}, "user": {"userId": self.user},
                  "device": {"deviceId": self.dev, "supportedInterfaces": {"AudioPlayer": {}} if self.c.get("audio") else {}},
                  "apiEndpoint": "https://api.eu.amazonalexa.com" if not loc.startswith("ja") else "https://api.fe.amazonalexa.com",
                  "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
        if extra.get("perms_granted"):
            sysctx["user"]["permissions"] = {"consentToken": "eyJ0eXAiOiJKV1QiLCJraWQiOiIxIn0.REDACTED"}
        envreq = {"version": "1.0",
                  "session": {"new": new, "sessionId": self.sid, "application": {"applicationId": self.app},
                              "user": {"userId": self.user}, **({} if new else {"attributes": dict(self.attrs)})},
                  "context": {"System": sysctx}, "request": r}
        resp = {}
        if out is not None:
            resp["outputSpeech"] = {"type": "SSML", "ssml": ssml(out)}
        if rep is not None:
            resp["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(rep)}}
        if extra.get("directives"):
            resp["directives"] = extra["directives"]
        if extra.get("card"):
            resp["card"] = extra["card"]
        if req != "end":
            resp["shouldEndSession"] = bool(end)
        if extra.get("omit_end"):
            resp.pop("shouldEndSession", None)
        self.attrs = extra.get("attrs", self.attrs)
        envresp = {"version": "1.0", "sessionAttributes": dict(self.attrs), "userAgent": self.c.get("ua", "ask-node/2.14.0 Node/v18.19.0"), "response": resp}
        if req == "end":
            envresp = {"version": "1.0", "response": {}}
        if end or req == "end":
            self.sid = None
            self.attrs = {}
        return envreq, envresp, ts

def pairs_of(c, turns, key, start):
    s = Sess(c, key, start)
    return [s.pair(t) for t in turns], s

# ---------------------------------------------------------------- shape renderers (Alexa)
def r_envelope(d, c, turns, path, start):
    ps, _ = pairs_of(c, turns, path, start)
    for i, (q, a, ts) in enumerate(ps, 1):
        wjson(os.path.join(d, path, f"{i:02d}-{q['request'].get('intent',{}).get('name', q['request']['type'])}.json"), a)

def r_pairs_jsonl(d, c, turns, path, start):
    ps, _ = pairs_of(c, turns, path, start)
    wtext(os.path.join(d, path), "".join(json.dumps({"request": q, "response": a}, ensure_ascii=False) + "\n" for q, a, _ in ps))

def r_pairs_array(d, c, turns, path, start):
    ps, _ = pairs_of(c, turns, path, start)
    wjson(os.path.join(d, path), [{"request": q, "response": a} for q, a, _ in ps])

def _sim(c, q, a, ep, key, i):
    cap = plain((a.get("response", {}).get("outputSpeech") or {}).get("ssml", ""))
    intent = q["request"].get("intent", {}).get("name", q["request"]["type"])
    return {"id": uu(c["id"], key, i, "sim"), "status": "SUCCESSFUL", "result": {
        "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": cap}}] if cap else [],
                               "consideredIntents": [{"name": intent, "confirmationStatus": "NONE"}]},
        "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": ep, "body": q},
                                                 "invocationResponse": {"body": a}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 17}}]}},
        "error": None}

def endpoint(c):
    return c.get("endpoint") or f"arn:aws:lambda:eu-west-1:{hid(c['id'],'acct',n=12).translate(str.maketrans('abcdef','123456'))}:function:{c['slug']}"

def r_smapi_simulation(d, c, turns, path, start):
    ps, _ = pairs_of(c, turns, path, start)
    for i, (q, a, _) in enumerate(ps, 1):
        wjson(os.path.join(d, path, f"simulation-{i}.json"), _sim(c, q, a, endpoint(c), path, i))

def r_smapi_invocation(d, c, turns, path, start):
    ps, _ = pairs_of(c, turns, path, start)
    for i, (q, a, _) in enumerate(ps, 1):
        wjson(os.path.join(d, path, f"invoke-{i}.json"), {"id": uu(c["id"], path, i, "inv"), "status": "SUCCESSFUL", "result": {
            "skillExecutionInfo": {"invocationRequest": {"endpoint": endpoint(c), "body": q}, "invocationResponse": {"body": a},
                                   "metrics": {"skillExecutionTimeInMilliseconds": 240 + i}}, "error": None}})

def r_ask_dialog(d, c, turns, path, start, utter=None):
    ps, _ = pairs_of(c, turns, path, start)
    utter = utter or [f"turn {i}" for i in range(len(ps))]
    wjson(os.path.join(d, path, "replay.json"), {"skillId": "amzn1.ask.skill." + uu(c["id"], "app"), "locale": c["locale"], "type": "text", "userInput": utter})
    wjson(os.path.join(d, path, "dialog-output.json"), [{"utterance": u, "invocations": [{"invocationRequest": {"endpoint": endpoint(c), "body": q}, "invocationResponse": {"body": a}}]} for u, (q, a, _) in zip(utter, ps)])

def _cw_lines(c, ps, py=False, kw=("Request: ", "Response: ")):
    lines = []
    for q, a, ts in ps:
        rid = uu(q["request"]["requestId"], "lambda")
        t = ts.replace("Z", ".118Z")
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{t}\t{rid}\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
            lines.append(f"[INFO]\t{t}\t{rid}\t{kw[1]}{json.dumps(a, ensure_ascii=False)}")
        else:
            lines.append(f"{t}\t{rid}\tINFO\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
            lines.append(f"{t}\t{rid}\tINFO\t{kw[1]}{json.dumps(a, ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: 212.41 ms\tBilled Duration: 213 ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    return lines

def r_cloudwatch_text(d, c, turns, path, start, py=False):
    ps, _ = pairs_of(c, turns, path, start)
    wtext(os.path.join(d, path), "\n".join(_cw_lines(c, ps, py)) + "\n")

def r_cloudwatch_json(d, c, turns, path, start):
    ps, _ = pairs_of(c, turns, path, start)
    ev = []
    base = int(datetime.datetime.fromisoformat(start).replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
    for i, line in enumerate(_cw_lines(c, ps)):
        ev.append({"logStreamName": f"2025/03/14/[$LATEST]{hid(c['id'],'stream')}", "timestamp": base + i * 40,
                   "message": line + "\n", "ingestionTime": base + i * 40 + 700, "eventId": hid(c['id'], i, n=24)})
    wjson(os.path.join(d, path), {"events": ev, "searchedLogStreams": []})

def r_har(d, c, turns, path, start):
    ps, _ = pairs_of(c, turns, path, start)
    ents = []
    for q, a, ts in ps:
        ents.append({"startedDateTime": ts, "time": 231, "request": {"method": "POST", "url": c.get("https", f"https://{c['slug']}.example-host.eu/alexa"),
            "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "REDACTED"}],
            "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
            "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                         "cookies": [], "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(a, ensure_ascii=False)},
                         "redirectURL": "", "headersSize": -1, "bodySize": -1}, "cache": {}, "timings": {"send": 1, "wait": 220, "receive": 10}})
    wjson(os.path.join(d, path), {"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "10.1.5"}, "entries": ents}})

def r_transcript(d, c, turns, path, start, utter=None):
    ps, _ = pairs_of(c, turns, path, start)
    lines = []
    for i, (q, a, ts) in enumerate(ps):
        u = utter[i] if utter else q["request"].get("intent", {}).get("name", q["request"]["type"])
        lines.append(f"[{ts}] USER: {u}")
        r = a.get("response", {})
        lines.append(f"[{ts}] SKILL: {plain((r.get('outputSpeech') or {}).get('ssml',''))}")
        if r.get("reprompt"):
            lines.append(f"[{ts}] REPROMPT: {r['reprompt']['outputSpeech']['ssml']}")
        lines.append(f"[{ts}] session_open={str(not r.get('shouldEndSession', True)).lower()}")
    wtext(os.path.join(d, path), "\n".join(lines) + "\n")

# ---- shapes not in set 1
def r_bespoken(d, c, turns, path, start, utter=None):
    """Bespoken `bst test` JSON results: yaml test + per-interaction raw skill request/response."""
    ps, _ = pairs_of(c, turns, path, start)
    utter = utter or [f"step {i}" for i in range(len(ps))]
    y = ["---", "configuration:", f"  locale: {c['locale']}", "  type: unit", "", "---", f"- test: {c['name']}"]
    for u, (q, a, _) in zip(utter, ps):
        y.append(f"- \"{u}\": \"*\"")
    wtext(os.path.join(d, path, "conversation.test.yml"), "\n".join(y) + "\n")
    wjson(os.path.join(d, path, "results.json"), {"success": True, "testSuites": [{"name": c["name"], "locale": c["locale"], "tests": [{
        "description": c["name"], "skipped": False, "interactions": [{"utterance": u, "passed": True, "rawRequest": q, "rawResponse": a,
        "transcript": plain((a.get("response", {}).get("outputSpeech") or {}).get("ssml", "")),
        "shouldEndSession": a.get("response", {}).get("shouldEndSession")} for u, (q, a, _) in zip(utter, ps)]}]}]})

def r_jest_snapshot(d, c, turns, path, start, utter=None):
    """jest __snapshots__/*.snap written by a handler unit test (toMatchSnapshot on the response envelope)."""
    ps, _ = pairs_of(c, turns, path, start)
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for i, (q, a, _) in enumerate(ps, 1):
        n = q["request"].get("intent", {}).get("name", q["request"]["type"])
        body = json.dumps(a, ensure_ascii=False, indent=2).replace("\\", "\\\\").replace("`", "\\`")
        out.append(f"exports[`{c['name']} {n} returns the expected response {i}`] = `\n{body}\n`;\n")
    wtext(os.path.join(d, path), "\n".join(out))

def r_junit_xml(d, c, turns, path, start, utter=None):
    """pytest/ask-sdk-test JUnit XML; each testcase's system-out prints request and response JSON."""
    from xml.sax.saxutils import escape
    ps, _ = pairs_of(c, turns, path, start)
    cases = []
    for i, (q, a, _) in enumerate(ps, 1):
        n = q["request"].get("intent", {}).get("name", q["request"]["type"])
        so = "REQUEST " + json.dumps(q, ensure_ascii=False) + "\nRESPONSE " + json.dumps(a, ensure_ascii=False)
        cases.append(f'  <testcase classname="tests.test_handlers" name="test_{i:02d}_{n.replace(".", "_")}" time="0.{40+i}">\n    <system-out>{escape(so)}</system-out>\n  </testcase>')
    wtext(os.path.join(d, path), f'<?xml version="1.0" encoding="utf-8"?>\n<testsuites><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(ps)}" time="1.3" timestamp="{start}" hostname="ci-runner-7">\n' + "\n".join(cases) + "\n</testsuite></testsuites>\n")

def r_ask_run_log(d, c, turns, path, start, utter=None):
    """`ask run --watch` local debug console output (ask-sdk-local-debug)."""
    ps, _ = pairs_of(c, turns, path, start)
    L = [f"[Info]: Invoking ask-sdk-local-debug with skill id amzn1.ask.skill.{uu(c['id'],'app')}", "Debug session established with region: EU."]
    for q, a, ts in ps:
        L.append(f"{ts} [Info]: Skill request: \n{json.dumps(q, ensure_ascii=False, indent=2)}")
        L.append(f"{ts} [Info]: Skill response: \n{json.dumps(a, ensure_ascii=False, indent=2)}")
        L.append("----------------")
    wtext(os.path.join(d, path), "\n".join(L) + "\n")

def r_elk_ndjson(d, c, turns, path, start, utter=None):
    """Kibana/Elasticsearch export, one document per line with the envelope as an object field."""
    ps, _ = pairs_of(c, turns, path, start)
    L = []
    for q, a, ts in ps:
        L.append(json.dumps({"@timestamp": ts, "service.name": c["slug"], "log.level": "info", "event.dataset": "skill.io",
                             "trace.id": hid(q["request"]["requestId"], n=16), "alexa": {"request": q, "response": a}}, ensure_ascii=False))
    wtext(os.path.join(d, path), "\n".join(L) + "\n")

def r_md_protocol(d, c, turns, path, start, utter=None):
    """Hand-kept QA protocol in Markdown (as German/Japanese QA testers write them), with raw JSON in fenced blocks."""
    ps, _ = pairs_of(c, turns, path, start)
    ja = c["locale"].startswith("ja")
    L = [f"# {'テスト記録' if ja else 'Testprotokoll'}: {c['name']}", "", f"{'日付' if ja else 'Datum'}: {start[:10]} · {'端末' if ja else 'Gerät'}: Echo Dot (5. Gen)", ""]
    for i, (q, a, ts) in enumerate(ps):
        u = utter[i] if utter else q["request"].get("intent", {}).get("name", q["request"]["type"])
        L += [f"## {'ステップ' if ja else 'Schritt'} {i+1}: „{u}“", "", "```json", json.dumps(a, ensure_ascii=False, indent=2), "```", ""]
    wtext(os.path.join(d, path), "\n".join(L))

def r_csv_chatlog(d, c, turns, path, start, utter=None):
    """Analytics CSV export: one row per turn with speech, reprompt, end flag."""
    ps, _ = pairs_of(c, turns, path, start)
    import io
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["timestamp", "session_id", "request_type", "intent", "slots", "output_speech", "reprompt", "should_end_session"])
    for q, a, ts in ps:
        r = a.get("response", {})
        w.writerow([ts, q["session"]["sessionId"], q["request"]["type"], q["request"].get("intent", {}).get("name", ""),
                    json.dumps({k: v.get("value") for k, v in q["request"].get("intent", {}).get("slots", {}).items()}, ensure_ascii=False),
                    (r.get("outputSpeech") or {}).get("ssml", ""), ((r.get("reprompt") or {}).get("outputSpeech") or {}).get("ssml", ""),
                    str(r.get("shouldEndSession", "")).lower()])
    wtext(os.path.join(d, path), buf.getvalue())

ALEXA_SHAPES = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array,
                "smapi-simulation": r_smapi_simulation, "smapi-invocation": r_smapi_invocation, "ask-dialog": r_ask_dialog,
                "cloudwatch-text": r_cloudwatch_text, "cloudwatch-text-py": lambda *a, **k: r_cloudwatch_text(*a, py=True),
                "cloudwatch-json": r_cloudwatch_json, "har": r_har, "transcript": r_transcript,
                "bespoken-results": r_bespoken, "jest-snapshot": r_jest_snapshot, "junit-xml": r_junit_xml,
                "ask-run-log": r_ask_run_log, "elk-ndjson": r_elk_ndjson, "md-protocol": r_md_protocol, "csv-chatlog": r_csv_chatlog}

# ---------------------------------------------------------------- Google projects
def yq(s):
    return json.dumps(s, ensure_ascii=False)

def write_google(d, c):
    kind, loc = c["platform"], c["locale"]
    lang = loc.split("-")[0]
    if kind == "builder":
        st = [f"projectId: {c['slug']}-{hid(c['id'],'p',n=5)}", f"defaultLocale: {lang}", "localizedSettings:",
              f"  displayName: {yq(c['name'])}", f"  pronunciation: {yq(c['inv'])}", f"  shortDescription: {yq(c['desc'][:80])}",
              f"  fullDescription: {yq(c['desc'])}", f"  developerName: {yq(c.get('dev','Hausfunk Labs'))}", f"  developerEmail: dev@{c['slug']}.example.org"]
        if c.get("policy"):
            st.append(f"  privacyPolicyUrl: {c['policy']}")
        st += [f"  category: {c.get('gcategory','GAMES_AND_TRIVIA')}", f"usesTransactionsApi: false", f"designedForFamily: {str(bool(c.get('kids'))).lower()}"]
        wtext(os.path.join(d, "sdk", "settings", "settings.yaml"), "\n".join(st) + "\n")
        wtext(os.path.join(d, "sdk", "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    intentEvent:\n      intent: actions.intent.MAIN\n      transitionToScene: Start\n")
        for it in c.get("intents", []):
            name, phrases = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            y = []
            if params:
                y.append("parameters:")
                for p, t in params.items():
                    y += [f"- name: {p}", "  type:", f"    name: {t}"]
            y.append("trainingPhrases:")
            y += [f"- {yq(p)}" for p in phrases]
            wtext(os.path.join(d, "sdk", "custom", "intents", f"{name}.yaml"), "\n".join(y) + "\n")
        for t, vals in c.get("types", {}).items():
            if vals == "freeText":
                wtext(os.path.join(d, "sdk", "custom", "types", f"{t}.yaml"), "freeText: {}\n")
            else:
                y = ["synonym:", "  entities:"]
                for v in vals:
                    v = [v] if isinstance(v, str) else v
                    y += [f"    {v[0].replace(' ','_')}:", "      synonyms:"] + [f"      - {yq(s)}" for s in v]
                y.append("  matchType: EXACT_MATCH")
                wtext(os.path.join(d, "sdk", "custom", "types", f"{t}.yaml"), "\n".join(y) + "\n")
        for sc, body in c.get("scenes", {"Start": None}).items():
            if body is None:
                body = "onEnter:\n  webhookHandler: start\nintentEvents:\n" + "".join(
                    f"- intent: {it[0]}\n  handler:\n    webhookHandler: {it[0].lower()}\n" for it in c.get("intents", []))
            wtext(os.path.join(d, "sdk", "custom", "scenes", f"{sc}.yaml"), body)
        wtext(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), "handlers:\n- name: main\n- name: start\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    elif kind == "sdk2":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["slug"]}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c.get("main_patterns", [f"talk to {c['inv']}"])}}}]
        for it in c.get("intents", []):
            name, phrases = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c["slug"]},
                         "intent": {"name": name, "parameters": [{"name": p, "type": t} for p, t in params.items()], "trigger": {"queryPatterns": phrases}}})
        a = {"locale": loc, "actions": acts, "conversations": {c["slug"]: {"name": c["slug"], "url": f"https://europe-west3-{c['slug']}.cloudfunctions.net/fulfillment", "fulfillmentApiVersion": 2}},
             "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80], "longDescription": c["desc"], "category": c.get("gcategory", "GAMES_AND_TRIVIA"),
                          **({"privacyUrl": c["policy"]} if c.get("policy") else {}), "companyName": c.get("dev", "Hausfunk Labs"), "contactEmail": f"dev@{c['slug']}.example.org"}}
        if c.get("types"):
            a["types"] = [{"name": t, "entities": [{"key": (v if isinstance(v, str) else v[0]), "synonyms": [v] if isinstance(v, str) else v} for v in vals]} for t, vals in c["types"].items() if vals != "freeText"]
        wjson(os.path.join(d, "action.json"), a)
    elif kind == "dialogflow":
        wjson(os.path.join(d, "agent.json"), {"description": c["desc"], "language": lang, "supportedLanguages": [], "defaultTimezone": c.get("tz", "Europe/Berlin"),
            "webhook": {"url": f"https://{c['slug']}.example-host.eu/df", "available": True, "useForDomains": False},
            "googleAssistant": {"googleAssistantCompatible": True, "project": c["slug"], "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                "endIntentIds": [], "oAuthLinking": {"required": False}, "voiceType": "MALE_1", "capabilities": [], "protocolVersion": "V2", "isDeviceAgent": False},
            "enableOnePlatformResponses": True, "mlMinConfidence": 0.3, **({"privacyPolicyUrl": c["policy"]} if c.get("policy") else {}),
            "displayName": c["name"], "invocationName": c["inv"]})
        wjson(os.path.join(d, "package.json"), {"version": "1.0.0"})
        for it in c.get("intents", []):
            name, phrases = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            iid = uu(c["id"], name)
            wjson(os.path.join(d, "intents", f"{name}.json"), {"id": iid, "name": name, "auto": True, "contexts": [], "webhookUsed": True, "fallbackIntent": False, "events": [],
                "responses": [{"resetContexts": False, "affectedContexts": [], "parameters": [{"id": uu(iid, p), "required": False, "dataType": t, "name": p, "value": "$" + p, "isList": False} for p, t in params.items()],
                               "messages": [{"type": 0, "lang": lang, "speech": []}], "defaultResponsePlatforms": {}, "speech": []}]})
            us = []
            for ph in phrases:
                parts, data = re.split(r"(\{[^}]+\})", ph), []
                for p in parts:
                    if not p:
                        continue
                    m = re.fullmatch(r"\{([^}:]+)(?::([^}]+))?\}", p)
                    if m:
                        pn = m.group(1)
                        data.append({"text": m.group(2) or pn, "alias": pn, "meta": params.get(pn, "@sys.any"), "userDefined": True})
                    else:
                        data.append({"text": p, "userDefined": False})
                us.append({"id": uu(iid, ph), "data": data, "isTemplate": False, "count": 0, "updated": 0})
            wjson(os.path.join(d, "intents", f"{name}_usersays_{lang}.json"), us)
        for t, vals in c.get("types", {}).items():
            wjson(os.path.join(d, "entities", f"{t}.json"), {"id": uu(c["id"], t), "name": t, "isOverridable": True, "isEnum": False, "automatedExpansion": False})
            wjson(os.path.join(d, "entities", f"{t}_entries_{lang}.json"), [{"value": (v if isinstance(v, str) else v[0]), "synonyms": [v] if isinstance(v, str) else v} for v in vals])

# ---------------------------------------------------------------- Google shapes
# Google turn: (intent, query, speech, expect_user_response, extra)
def g_scene(d, c, turns, path, start):
    sid = "ABwppHF" + hid(c["id"], path, n=24)
    out = []
    for i, t in enumerate(turns):
        intent, q, sp, expect = t[:4]
        ex = t[4] if len(t) > 4 else {}
        req = {"handler": {"name": ex.get("handler", intent.lower().split(".")[-1])}, "intent": {"name": intent, "params": {k: {"original": v, "resolved": v} for k, v in ex.get("params", {}).items()}, "query": q},
               "scene": {"name": ex.get("scene", "Start"), "slotFillingStatus": "UNSPECIFIED", "slots": {}}, "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": c["locale"]},
               "user": {"locale": c["locale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": []},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        resp = {"session": {"id": sid, "params": ex.get("sparams", {})}, "prompt": {"override": False, "firstSimple": {"speech": sp, "text": plain(sp)}}}
        if not expect:
            resp["scene"] = {"name": ex.get("scene", "Start"), "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
        elif ex.get("next"):
            resp["scene"] = {"name": ex.get("scene", "Start"), "slots": {}, "next": {"name": ex["next"]}}
        if ex.get("suggestions"):
            resp["prompt"]["suggestions"] = [{"title": s} for s in ex["suggestions"]]
        out.append({"request": req, "response": resp})
    wjson(os.path.join(d, path), out)

def g_dialogflow(d, c, turns, path, start):
    sess = f"projects/{c['slug']}/agent/sessions/{hid(c['id'], path, n=20)}"
    lang = c["locale"].split("-")[0]
    for i, t in enumerate(turns, 1):
        intent, q, sp, expect = t[:4]
        ex = t[4] if len(t) > 4 else {}
        req = {"responseId": uu(c["id"], path, i), "session": sess, "queryResult": {"queryText": q, "parameters": ex.get("params", {}), "allRequiredParamsPresent": True,
               "intent": {"name": f"projects/{c['slug']}/agent/intents/{uu(c['id'], intent)}", "displayName": intent}, "intentDetectionConfidence": 0.87, "languageCode": lang},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": c["locale"], "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": hid(c['id'], path, n=20), "type": "NEW" if i == 1 else "ACTIVE"}, "inputs": [{"intent": "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": q}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
        g = {"expectUserResponse": expect, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": sp}}]}}
        if ex.get("noinput"):
            g["noInputPrompts"] = [{"textToSpeech": x} for x in ex["noinput"]]
        if ex.get("permission"):
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": ex["permission"][0], "permissions": ex["permission"][1]}}
        resp = {"fulfillmentText": plain(sp), "payload": {"google": g}}
        wjson(os.path.join(d, path, f"turn-{i:02d}.json"), {"webhookRequest": req, "webhookResponse": resp})

def g_conversation(d, c, turns, path, start):
    cid = hid(c["id"], path, n=19)
    L = []
    for i, t in enumerate(turns, 1):
        intent, q, sp, expect = t[:4]
        ex = t[4] if len(t) > 4 else {}
        req = {"user": {"locale": c["locale"], "userId": "ABwppHE" + hid(c['id'], 'u', n=20)}, "conversation": {"conversationId": cid, "type": "NEW" if i == 1 else "ACTIVE", **({"conversationToken": "[]"} if i > 1 else {})},
               "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": q}], "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in ex.get("params", {}).items()]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
        resp = {"expectUserResponse": expect}
        rich = {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": sp}}]}}
        if expect:
            ei = {"inputPrompt": rich, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
            if ex.get("noinput"):
                ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": x} for x in ex["noinput"]]
            if ex.get("permission"):
                ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": ex["permission"][0], "permissions": ex["permission"][1]}}]
            resp["expectedInputs"] = [ei]
        else:
            resp["finalResponse"] = {"richResponse": rich["richInitialPrompt"]}
        L.append({"request": req, "response": resp})
    wjson(os.path.join(d, path), L)

def g_simulator(d, c, turns, path, start):
    """Actions console simulator 'Export' (new shape): request/response/debug per turn with the spoken text shown in the display."""
    out = {"locale": c["locale"], "surface": "SMART_DISPLAY", "conversation": []}
    for i, t in enumerate(turns, 1):
        intent, q, sp, expect = t[:4]
        out["conversation"].append({"userQuery": q, "matchedIntent": intent, "display": {"speech": plain(sp), "ssml": sp},
                                    "conversationState": "ACTIVE" if expect else "ENDED", "micOpen": bool(expect),
                                    "executionLog": {"webhookLatencyMs": 300 + i * 11}})
    wjson(os.path.join(d, path), out)

GOOGLE_SHAPES = {"gactions-scene": g_scene, "dialogflow-webhook": g_dialogflow, "gactions-conversation": g_conversation, "gactions-simulator-export": g_simulator}

# ---------------------------------------------------------------- case builder
def build(c):
    d = os.path.join(OUT, c["id"])
    if c.get("platform", "alexa") == "alexa":
        write_alexa(d, c)
    else:
        write_google(d, c)
    for k, v in c.get("files", {}).items():
        wtext(os.path.join(d, k), v)
    shapes = []
    for rec in c.get("recs", []):
        shape, path, turns = rec[0], rec[1], rec[2]
        opts = rec[3] if len(rec) > 3 else {}
        start = opts.get("start", "2025-03-14T18:02:11")
        fn = ALEXA_SHAPES.get(shape) or GOOGLE_SHAPES[shape]
        kw = {"utter": opts["utter"]} if "utter" in opts and shape in ("ask-dialog", "transcript", "bespoken-results", "md-protocol") else {}
        fn(d, c, turns, path, start, **kw)
        sh = "cloudwatch-text" if shape == "cloudwatch-text-py" else shape
        if sh not in shapes:
            shapes.append(sh)
    return shapes
