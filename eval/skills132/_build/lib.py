"""Helpers that render hand-written case specs into project folders and recordings.
All case *content* (names, samples, speech) lives in cases_*.py; this file only formats it."""
import base64, hashlib, json, os, re, shutil

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
CASES, LABELS = [], {}

def h(seed, n=32):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]

def uuid(seed):
    x = h(seed, 32)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"

def wjson(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")

def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

STOPW = {"en": "stop", "de": "stopp", "es": "para", "fr": "arrête", "pt": "pare"}
CANCW = {"en": "cancel", "de": "abbrechen", "es": "cancela", "fr": "annule", "pt": "cancelar"}
HELPW = {"en": "help", "de": "hilfe", "es": "ayuda", "fr": "aide", "pt": "ajuda"}
YESW = {"en": "yes", "de": "ja", "es": "sí", "fr": "oui", "pt": "sim"}
NOW = {"en": "no", "de": "nein", "es": "no", "fr": "non", "pt": "não"}
OPENW = {"en": "open {}", "de": "öffne {}", "es": "abre {}", "fr": "ouvre {}", "pt": "abrir {}"}

# ---------------------------------------------------------------- case spec
class Case:
    def __init__(self, cid, loc, inv, name, cats, why, platform="alexa", desc=None, policy=True,
                 perms=(), kids=False, intents=(), types=None, recs=(), files=None, category="EDUCATION_AND_REFERENCE",
                 extra_locales=(), gkind="builder", shapes_extra=(), phrases=None):
        self.id, self.loc, self.inv, self.name = cid, loc, inv, name
        self.cats, self.why, self.platform = sorted(cats), why, platform
        self.desc = desc or name
        self.policy = policy
        self.perms, self.kids = list(perms), kids
        self.intents, self.types = list(intents), dict(types or {})
        self.recs, self.files = list(recs), dict(files or {})
        self.category, self.extra_locales, self.gkind = category, list(extra_locales), gkind
        self.shapes_extra, self.phrases = list(shapes_extra), phrases
        self.lang = loc[:2]
        CASES.append(self)

def A(*a, **k):
    return Case(*a, **k)

def G(*a, **k):
    k["platform"] = "google"
    return Case(*a, **k)

# turn: (req, say, reprompt, end[, extra])
def parse_req(req):
    parts = req.split("|")
    name = parts[0]
    slots = {}
    for p in parts[1:]:
        k, v = p.split("=", 1)
        slots[k] = v
    return name, slots

def utter(case, req, extra):
    if extra and extra.get("u"):
        return extra["u"]
    name, slots = parse_req(req)
    L = case.lang
    if name == "Launch":
        return OPENW[L].format(case.inv)
    if name == "End":
        return ""
    if name == "AMAZON.FallbackIntent":
        return {"en": "hmm what", "de": "äh was", "es": "eh qué", "fr": "hein quoi", "pt": "hã o quê"}[L]
    fixed = {"AMAZON.StopIntent": STOPW, "AMAZON.CancelIntent": CANCW, "AMAZON.HelpIntent": HELPW,
             "AMAZON.YesIntent": YESW, "AMAZON.NoIntent": NOW}
    if name in fixed:
        return fixed[name][L]
    for iname, islots, samples in case.intents:
        if iname == name and samples:
            best = None
            for s in samples:
                need = set(re.findall(r"\{(\w+)\}", s))
                if need == set(slots):
                    best = s
                    break
            s = best or samples[0]
            for k, v in slots.items():
                s = s.replace("{" + k + "}", v)
            return re.sub(r"\{\w+\}", "", s).strip()
    return name

def speech(text):
    if text is None:
        return None
    if "<" in text and ">" in text:
        t = text if text.strip().startswith("<speak>") else f"<speak>{text}</speak>"
        return {"type": "SSML", "ssml": t}
    return {"type": "PlainText", "text": text}

# ---------------------------------------------------------------- alexa envelopes
def sessions(case, turns, tag):
    """yield (turn, request_envelope, response_envelope_or_None, utterance, ts, session_id)"""
    sid, new, n = None, True, 0
    m = re.match(r"(\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d))?", tag or "")
    day = m.group(1) if m else "2025-03-14"
    hh, mm = (int(x) for x in (m.group(2) or "18:05").split(":")) if m else (18, 5)
    appid = "amzn1.ask.skill." + uuid(case.id + "app")
    uid = "amzn1.ask.account." + h(case.id + "user", 40).upper()
    out = []
    attrs = {}
    for i, t in enumerate(turns):
        req, say, rep, end = t[:4]
        extra = t[4] if len(t) > 4 else {}
        if sid is None:
            sid = "amzn1.echo-api.session." + uuid(case.id + tag + str(i))
            new = True
        name, slots = parse_req(req)
        ts = f"{day}T{hh:02d}:{(mm + i) % 60:02d}:{(i * 7) % 60:02d}Z"
        rid = "amzn1.echo-api.request." + uuid(case.id + tag + "r" + str(i))
        if name == "Launch":
            r = {"type": "LaunchRequest", "requestId": rid, "locale": case.loc, "timestamp": ts}
        elif name == "End":
            r = {"type": "SessionEndedRequest", "requestId": rid, "locale": case.loc, "timestamp": ts,
                 "reason": extra.get("reason", "USER_INITIATED")}
        else:
            r = {"type": "IntentRequest", "requestId": rid, "locale": case.loc, "timestamp": ts,
                 "dialogState": "COMPLETED" if slots else None,
                 "intent": {"name": name, "confirmationStatus": "NONE",
                            "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in slots.items()}}}
            if not slots:
                r.pop("dialogState")
        sysctx = {"application": {"applicationId": appid}, "user": {"userId": uid},
                  "device": {"deviceId": "amzn1.ask.device." + h(case.id + "dev", 40).upper(),
                             "supportedInterfaces": {"AudioPlayer": {}} if extra.get("audio") else {}},
                  "apiEndpoint": "https://api.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
        if extra.get("perm_granted"):
            sysctx["user"]["permissions"] = {"consentToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
        reqenv = {"version": "1.0",
                  "session": {"new": new, "sessionId": sid, "application": {"applicationId": appid},
                              "user": {"userId": uid}, **({} if new else {"attributes": attrs})},
                  "context": {"System": sysctx}, "request": r}
        resp = None
        if name != "End":
            body = {}
            if say is not None:
                body["outputSpeech"] = speech(say)
            if extra.get("card"):
                c = extra["card"]
                body["card"] = c if isinstance(c, dict) else {"type": "Simple", "title": case.name, "content": c}
            if rep is not None:
                body["reprompt"] = {"outputSpeech": speech(rep)}
            if extra.get("directives"):
                body["directives"] = extra["directives"]
            if end is not None:
                body["shouldEndSession"] = end
            attrs = extra.get("attrs", attrs)
            resp = {"version": "1.0", "sessionAttributes": attrs, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": body}
            if case.lang == "pt" or case.lang == "fr":
                resp["userAgent"] = "ask-python/1.19.0 Python/3.11.6"
        out.append((t, reqenv, resp, utter(case, req, extra), ts, sid))
        new = False
        if name == "End" or end is True or (name != "End" and end is None and rep is None and False):
            sid = None
    return out

def alexa_text(resp):
    if not resp:
        return ""
    os_ = resp["response"].get("outputSpeech")
    if not os_:
        return ""
    return os_.get("ssml") or os_.get("text") or ""

def rep_text(resp):
    if not resp:
        return ""
    r = resp["response"].get("reprompt")
    if not r:
        return ""
    return r["outputSpeech"].get("ssml") or r["outputSpeech"].get("text") or ""

# ---------------------------------------------------------------- alexa shapes
def render_alexa_rec(case, root, shape, path, turns, tag):
    rows = sessions(case, turns, tag)
    P = lambda *p: os.path.join(root, *p)
    appid = "amzn1.ask.skill." + uuid(case.id + "app")
    if shape == "envelope":
        for i, (t, rq, rs, u, ts, sid) in enumerate(rows):
            if rs:
                wjson(P(path, f"{i+1:02d}-{t[0].split('|')[0].replace('AMAZON.', '').lower()}.json"), rs)
    elif shape == "pairs-jsonl":
        wtext(P(path), "".join(json.dumps({"request": rq, "response": rs}, ensure_ascii=False) + "\n" for t, rq, rs, u, ts, sid in rows if rs))
    elif shape == "pairs-array":
        wjson(P(path), [{"request": rq, "response": rs} for t, rq, rs, u, ts, sid in rows if rs])
    elif shape in ("smapi-simulation", "smapi-invocation"):
        for i, (t, rq, rs, u, ts, sid) in enumerate(rows):
            if not rs:
                continue
            inv = {"invocationRequest": {"endpoint": f"arn:aws:lambda:us-east-1:31841720{i%10}422:function:{case.id[7:]}", "body": rq},
                   "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 13}}
            if shape == "smapi-simulation":
                obj = {"id": uuid(case.id + "sim" + str(i)), "status": "SUCCESSFUL",
                       "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": re.sub(r"<[^>]+>", "", alexa_text(rs))}}],
                                                         "consideredIntents": [{"name": rq["request"].get("intent", {}).get("name", "LaunchRequest"), "confirmationStatus": "NONE", "slots": {}}]},
                                  "skillExecutionInfo": {"invocations": [inv]}, "error": None}}
            else:
                obj = {"id": uuid(case.id + "inv" + str(i)), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": inv, "error": None}}
            wjson(P(path, f"{i+1:02d}-{re.sub(r'[^a-z0-9]+', '-', u.lower()).strip('-')[:30] or 'turn'}.json"), obj)
    elif shape == "ask-dialog":
        wjson(P(path, "dialog-input.json"), {"skillId": appid, "locale": case.loc, "type": "text", "userInput": [u for t, rq, rs, u, ts, sid in rows if u]})
        wjson(P(path, "dialog-output.json"), [{"utterance": u, "invocations": [{"request": rq, "response": rs}]} for t, rq, rs, u, ts, sid in rows if rs])
    elif shape == "cloudwatch-text":
        lines = []
        for t, rq, rs, u, ts, sid in rows:
            rid = uuid(rq["request"]["requestId"])
            lines.append(f"{ts} START RequestId: {rid} Version: $LATEST")
            lines.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}")
            if rs:
                lines.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}")
            lines.append(f"{ts} END RequestId: {rid}")
            lines.append(f"{ts} REPORT RequestId: {rid}\tDuration: 41.27 ms\tBilled Duration: 42 ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
        wtext(P(path), "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for i, (t, rq, rs, u, ts, sid) in enumerate(rows):
            rid = uuid(rq["request"]["requestId"])
            base = 1741975500000 + i * 9000
            ev.append({"logStreamName": "2025/03/14/[$LATEST]" + h(case.id, 32), "timestamp": base, "message": f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}\n", "ingestionTime": base + 400, "eventId": h(case.id + str(i), 24)})
            if rs:
                ev.append({"logStreamName": "2025/03/14/[$LATEST]" + h(case.id, 32), "timestamp": base + 60, "message": f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}\n", "ingestionTime": base + 460, "eventId": h(case.id + "r" + str(i), 24)})
        wjson(P(path), {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for t, rq, rs, u, ts, sid in rows:
            ents.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 212,
                         "request": {"method": "POST", "url": f"https://{case.id[7:]}.example-skills.net/alexa", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json"}, {"name": "Signature-256", "value": "REDACTED"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                     "postData": {"mimeType": "application/json", "text": json.dumps(rq, ensure_ascii=False)}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                      "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(rs or {}, ensure_ascii=False)}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 11}})
        wjson(P(path), {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "121.0"}, "pages": [], "entries": ents}})
    elif shape == "transcript":
        L = []
        cur = None
        for t, rq, rs, u, ts, sid in rows:
            if sid != cur:
                L.append(f"--- session {sid[-12:]} ---")
                cur = sid
            if u:
                L.append(f"[{ts}] USER: {u}")
            if rs:
                L.append(f"[{ts}] SKILL: {re.sub(r'<[^>]+>', ' ', alexa_text(rs)).strip()}")
                if rep_text(rs):
                    L.append(f"[{ts}] REPROMPT: {rep_text(rs)}")
                L.append(f"session_open={str(not rs['response'].get('shouldEndSession', False)).lower()}")
        wtext(P(path), "\n".join(L) + "\n")
    # ---- new shapes
    elif shape == "bespoken-results":
        ys = ["---", "configuration:", f"  locale: {case.loc}", "  voiceId: Joanna", "", "---", f"- test: {case.name} regression"]
        inter = []
        for t, rq, rs, u, ts, sid in rows:
            if not u:
                continue
            ys.append(f"- \"{u}\": \"*\"")
            inter.append({"utterance": u, "errors": [], "actual": {"transcript": alexa_text(rs) or None, "prompt": alexa_text(rs), "reprompt": rep_text(rs) or None,
                           "endSession": bool(rs and rs["response"].get("shouldEndSession")), "raw": {"request": rq, "response": rs}}})
        wtext(P(path, "regression.test.yml"), "\n".join(ys) + "\n")
        wjson(P(path, "test_output", "results.json"), {"success": True, "runner": "bespoken-tools 2.6.8", "type": "unit",
                                                       "results": [{"test": f"{case.name} regression", "skipped": False, "interactions": inter}]})
    elif shape == "jest-snapshot":
        parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
        for i, (t, rq, rs, u, ts, sid) in enumerate(rows):
            if rs:
                parts.append(f"exports[`{case.name} handlers {u or t[0]} ({i+1}) 1`] = `\n{pretty(rs['response'], 0)}\n`;\n")
        wtext(P(path), "\n".join(parts))
    elif shape == "newman-json":
        ex = []
        for i, (t, rq, rs, u, ts, sid) in enumerate(rows):
            data = list(json.dumps(rs or {}, ensure_ascii=False).encode("utf-8"))
            ex.append({"cursor": {"position": i, "iteration": 0, "length": len(rows), "cycles": 1, "ref": uuid(case.id + "c" + str(i))},
                       "item": {"id": uuid(case.id + "it" + str(i)), "name": u or t[0]},
                       "request": {"url": {"protocol": "http", "host": ["localhost"], "port": "3000", "path": ["alexa"]}, "method": "POST",
                                   "header": [{"key": "Content-Type", "value": "application/json"}],
                                   "body": {"mode": "raw", "raw": json.dumps(rq, ensure_ascii=False)}},
                       "response": {"id": uuid(case.id + "resp" + str(i)), "status": "OK", "code": 200,
                                    "header": [{"key": "content-type", "value": "application/json; charset=utf-8"}],
                                    "stream": {"type": "Buffer", "data": data}, "responseTime": 37, "responseSize": len(data)},
                       "assertions": [{"assertion": "status 200", "skipped": False}]})
        wjson(P(path), {"collection": {"info": {"_postman_id": uuid(case.id), "name": f"{case.name} webhook", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}},
                        "run": {"stats": {"requests": {"total": len(ex), "pending": 0, "failed": 0}}, "executions": ex, "failures": []}})
    elif shape == "ngrok-inspect":
        reqs = []
        for i, (t, rq, rs, u, ts, sid) in enumerate(rows):
            b1 = json.dumps(rq, ensure_ascii=False).encode()
            b2 = json.dumps(rs or {}, ensure_ascii=False).encode()
            raw1 = b"POST /api/alexa HTTP/1.1\r\nHost: 7f3a-73-22-190-4.ngrok-free.app\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + str(len(b1)).encode() + b"\r\n\r\n" + b1
            raw2 = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + str(len(b2)).encode() + b"\r\n\r\n" + b2
            reqs.append({"uri": f"/api/requests/http/{h(case.id+str(i),26)}", "id": h(case.id + str(i), 26), "tunnel_name": "command_line", "remote_addr": "54.239.28.85",
                         "start": ts, "duration": 48211000,
                         "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "uri": "/api/alexa", "raw": base64.b64encode(raw1).decode()},
                         "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json"]}, "raw": base64.b64encode(raw2).decode()}})
        wjson(P(path), {"uri": "/api/requests/http", "requests": reqs})
    elif shape == "sls-offline-log":
        L = ["Starting Offline at stage dev (us-east-1)", "", "Offline [http for lambda] listening on http://localhost:3002", "Function names exposed for local invocation by aws-sdk:",
             f"           * skill: {case.id[7:]}-dev-skill", "", "   POST | http://localhost:3000/dev/alexa", ""]
        for t, rq, rs, u, ts, sid in rows:
            L.append("POST /dev/alexa (λ: skill)")
            L.append("[skill] incoming " + json.dumps(rq, ensure_ascii=False))
            if rs:
                L.append("[skill] outgoing " + json.dumps(rs, ensure_ascii=False))
            L.append("(λ: skill) RequestId: " + uuid(rq["request"]["requestId"]) + "  Duration: 61.12 ms  Billed Duration: 62 ms")
            L.append("")
        wtext(P(path), "\n".join(L))
    elif shape == "slack-export":
        msgs = []
        import datetime
        base = int(datetime.datetime.fromisoformat(rows[0][4].replace("Z", "+00:00")).timestamp()) if rows else 1741975500
        for i, (t, rq, rs, u, ts, sid) in enumerate(rows):
            if u:
                msgs.append({"type": "message", "user": "U04QA7TESTR", "text": f":speaking_head_in_silhouette: {u}", "ts": f"{base+i*20}.000100", "client_msg_id": uuid(case.id + "m" + str(i))})
            if rs:
                txt = alexa_text(rs)
                r = rep_text(rs)
                msgs.append({"type": "message", "subtype": "bot_message", "bot_id": "B05ECHOLOG", "username": "echo-qa-bot",
                             "text": f"*{case.name}* said: ```{txt}```" + (f"\nreprompt: ```{r}```" if r else "") + f"\nshouldEndSession: `{json.dumps(rs['response'].get('shouldEndSession'))}`",
                             "ts": f"{base+i*20+3}.000200"})
        wjson(P(path), msgs)
    else:
        raise ValueError(shape)

def pretty(o, ind):
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        items = [f'{sp}  "{k}": {pretty(v, ind+1)},' for k, v in sorted(o.items())]
        return "Object {\n" + "\n".join(items) + f"\n{sp}}}"
    if isinstance(o, list):
        if not o:
            return "Array []"
        return "Array [\n" + "\n".join(f"{sp}  {pretty(v, ind+1)}," for v in o) + f"\n{sp}]"
    if isinstance(o, str):
        return '"' + o.replace("\\", "\\\\").replace("`", "\\`").replace('"', '\\"') + '"'
    return json.dumps(o)

# ---------------------------------------------------------------- alexa package
def alexa_package(case, root):
    locs = [case.loc] + case.extra_locales
    pub = {}
    for l in locs:
        pub[l] = {"summary": case.desc[:160], "examplePhrases": case.phrases or [f"Alexa, open {case.inv}"],
                  "name": case.name, "description": case.desc,
                  "smallIconUri": f"https://cdn.example-skills.net/{case.id[7:]}/108.png", "largeIconUri": f"https://cdn.example-skills.net/{case.id[7:]}/512.png",
                  "keywords": []}
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(case.perms), "isChildDirected": case.kids, "isExportCompliant": True, "containsAds": False}
    if case.policy:
        url = case.policy if isinstance(case.policy, str) else f"https://{case.id[7:]}.example-skills.net/privacy"
        priv["locales"] = {l: {"privacyPolicyUrl": url, "termsOfUseUrl": url.replace("privacy", "terms")} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "distributionCountries": [case.loc[-2:]],
                                                  "testingInstructions": "Open the skill and follow the prompts.", "category": case.category,
                                                  "automaticDistribution": {"isActive": False}},
                        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:us-east-1:318417204422:function:{case.id[7:]}"}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": priv}}
    if case.perms:
        man["manifest"]["permissions"] = [{"name": p} for p in case.perms]
    wjson(os.path.join(root, "skill-package", "skill.json"), man)
    intents = []
    have = set()
    for n, slots, samples in case.intents:
        have.add(n)
        it = {"name": n, "samples": samples}
        if slots:
            it["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
        intents.append(it)
    for b in ("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"):
        if b not in have:
            intents.append({"name": b, "samples": []})
    types = [{"name": k, "values": [{"name": {"value": v} if isinstance(v, str) else {"value": v[0], "synonyms": v[1:]}} for v in vals]} for k, vals in case.types.items()]
    model = {"interactionModel": {"languageModel": {"invocationName": case.inv, "intents": intents, "types": types}}}
    for l in locs:
        wjson(os.path.join(root, "skill-package", "interactionModels", "custom", f"{l}.json"), model)
    wjson(os.path.join(root, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
           "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})

# ---------------------------------------------------------------- google
def gsessions(case, turns, tag):
    out = []
    conv, n = None, 0
    m = re.match(r"(\d{4}-\d\d-\d\d)", tag or "")
    day = m.group(1) if m else "2025-03-14"
    for i, t in enumerate(turns):
        req, say, rep, end = t[:4]
        extra = t[4] if len(t) > 4 else {}
        if conv is None:
            conv = h(case.id + tag + str(i), 20).upper()
        name, slots = parse_req(req)
        out.append((t, name, slots, utter(case, req, extra).replace(OPENW[case.lang].format(case.inv), f"talk to {case.inv}") if name == "Launch" and case.lang == "en" else utter(case, req, extra), conv, f"{day}T19:{(10+i)%60:02d}:00Z", extra))
        if end:
            conv = None
    return out

def render_google_rec(case, root, shape, path, turns, tag):
    rows = gsessions(case, turns, tag)
    P = lambda *p: os.path.join(root, *p)
    if shape == "gactions-scene":
        pairs = []
        for t, name, slots, u, conv, ts, extra in rows:
            req, say, rep, end = t[:4]
            intent = "actions.intent.MAIN" if name == "Launch" else ("actions.intent.CANCEL" if name in ("AMAZON.StopIntent", "AMAZON.CancelIntent") else name)
            rq = {"handler": {"name": extra.get("handler", name.lower().replace("launch", "welcome"))},
                  "intent": {"name": intent, "params": {k: {"original": v, "resolved": v} for k, v in slots.items()}, "query": u},
                  "scene": {"name": extra.get("scene", "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                  "session": {"id": "ABwppHF" + conv, "params": {}, "typeOverrides": [], "languageCode": case.loc},
                  "user": {"locale": case.loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED",
                           "packageEntitlements": [], "gaiamint": "", "permissions": extra.get("granted", []), "lastSeenTime": ts},
                  "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "America/Chicago", "version": ""}}}
            rs = {"session": {"id": "ABwppHF" + conv, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": say or "", "text": re.sub(r"<[^>]+>", "", say or "")}}}
            if rep is not None:
                rs["session"]["params"]["reprompt"] = rep
            if end:
                rs["scene"] = {"name": extra.get("scene", "Main"), "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
            elif extra.get("next"):
                rs["scene"] = {"name": extra.get("scene", "Main"), "slots": {}, "next": {"name": extra["next"]}}
            pairs.append({"request": rq, "response": rs})
        wjson(P(path), pairs)
    elif shape == "dialogflow-webhook":
        pairs = []
        for t, name, slots, u, conv, ts, extra in rows:
            req, say, rep, end = t[:4]
            proj = case.id[7:]
            rq = {"responseId": uuid(case.id + ts + u), "session": f"projects/{proj}/agent/sessions/{conv}",
                  "queryResult": {"queryText": u or "GOOGLE_ASSISTANT_WELCOME", "parameters": slots, "allRequiredParamsPresent": True,
                                  "intent": {"name": f"projects/{proj}/agent/intents/{uuid(name)}", "displayName": "Default Welcome Intent" if name == "Launch" else name},
                                  "intentDetectionConfidence": 1, "languageCode": case.loc.lower()},
                  "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": case.loc, "userVerificationStatus": "VERIFIED", "permissions": extra.get("granted", [])},
                                                                                             "conversation": {"conversationId": conv, "type": "NEW" if name == "Launch" else "ACTIVE"},
                                                                                             "inputs": [{"intent": "actions.intent.MAIN" if name == "Launch" else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": u}]}],
                                                                                             "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
            g = {"expectUserResponse": not end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": say or ""}}]}}
            if rep is not None:
                g["noInputPrompts"] = [{"textToSpeech": rep}]
            if extra.get("perm"):
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                                   "optContext": extra.get("optContext", ""), "permissions": extra["perm"]}}
            rs = {"fulfillmentText": re.sub(r"<[^>]+>", "", say or ""), "payload": {"google": g}}
            pairs.append({"request": rq, "response": rs})
        wjson(P(path), pairs)
    elif shape == "gactions-conversation":
        pairs = []
        for t, name, slots, u, conv, ts, extra in rows:
            req, say, rep, end = t[:4]
            rq = {"user": {"userId": h(case.id + "u", 24), "locale": case.loc, "lastSeen": ts, "permissions": extra.get("granted", [])},
                  "conversation": {"conversationId": conv, "type": "NEW" if name == "Launch" else "ACTIVE", "conversationToken": "[]"},
                  "inputs": [{"intent": "actions.intent.MAIN" if name == "Launch" else ("actions.intent.CANCEL" if "Stop" in name else "actions.intent.TEXT"),
                              "rawInputs": [{"inputType": "VOICE", "query": u}], "arguments": [{"name": "text", "rawText": u, "textValue": u}]}],
                  "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
            rs = {"expectUserResponse": not end}
            if end:
                rs["finalResponse"] = {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": say or ""}}]}}
            else:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": say or ""}}]},
                                      "noInputPrompts": [{"textToSpeech": rep}] if rep is not None else []}}
                if extra.get("perm"):
                    ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                                                     "optContext": extra.get("optContext", ""), "permissions": extra["perm"]}}]
                else:
                    ei["possibleIntents"] = [{"intent": "actions.intent.TEXT"}]
                rs["expectedInputs"] = [ei]
            pairs.append({"request": rq, "response": rs})
        wjson(P(path), pairs)
    elif shape == "transcript":
        L = []
        cur = None
        for t, name, slots, u, conv, ts, extra in rows:
            req, say, rep, end = t[:4]
            if conv != cur:
                L.append(f"=== conversation {conv} ({case.loc}) ===")
                cur = conv
            L.append(f"[{ts}] USER: {u}")
            L.append(f"[{ts}] SKILL: {say or ''}")
            if rep is not None:
                L.append(f"[{ts}] NO_INPUT_PROMPT: {rep}")
            L.append(f"session_open={str(not end).lower()}")
        wtext(P(path), "\n".join(L) + "\n")
    elif shape == "dialogflow-history":
        # Dialogflow console "History" export (new shape)
        convs = {}
        for t, name, slots, u, conv, ts, extra in rows:
            req, say, rep, end = t[:4]
            convs.setdefault(conv, []).append({"timestamp": ts, "userQuery": u, "matchedIntent": name, "agentResponse": say or "", "noInputPrompt": rep,
                                               "endConversation": bool(end), "platform": "ACTIONS_ON_GOOGLE"})
        wjson(P(path), {"conversations": [{"sessionId": k, "interactions": v} for k, v in convs.items()]})
    else:
        raise ValueError(shape)

def yaml_list(items, ind=2):
    return "".join(" " * ind + "- " + json.dumps(x, ensure_ascii=False) + "\n" for x in items)

def google_package(case, root):
    pol = case.policy if isinstance(case.policy, str) else (f"https://{case.id[7:]}.example-actions.app/privacy" if case.policy else "")
    if case.gkind == "builder":
        s = (f"projectId: {case.id[7:]}-prod\ndefaultLocale: {case.loc.split('-')[0]}\nenabledRegions: []\ndisabledRegions: []\n"
             f"localizedSettings:\n  displayName: {json.dumps(case.name, ensure_ascii=False)}\n  pronunciation: {json.dumps(case.inv, ensure_ascii=False)}\n"
             f"  shortDescription: {json.dumps(case.desc[:80], ensure_ascii=False)}\n  fullDescription: {json.dumps(case.desc, ensure_ascii=False)}\n"
             f"  developerName: Parish Tech Volunteers\n  developerEmail: dev@example-actions.app\n  privacyPolicyUrl: {json.dumps(pol)}\n"
             f"  smallLogoImage: $resources.images.square\n  sampleInvocations:\n  - Talk to {case.inv}\n"
             f"category: {case.category}\nusesTransactionsApi: false\nusesDigitalPurchaseApi: false\nusesInteractiveCanvas: false\n"
             f"designedForFamily: {str(case.kids).lower()}\ncontainsAlcoholOrTobaccoContent: false\nkeepsMicOpen: false\nsurfaceRequirements: {{}}\n"
             "")
        wtext(os.path.join(root, "sdk", "settings", "settings.yaml"), s)
        wtext(os.path.join(root, "sdk", "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: welcome\n")
        wtext(os.path.join(root, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), "handlers:\n- name: welcome\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
        for n, slots, samples in case.intents:
            y = ""
            if slots:
                y += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in slots.items())
            y += "trainingPhrases:\n" + yaml_list([re.sub(r"\{(\w+)\}", lambda m: f"($%s '%s' auto=true)" % (m.group(1), (case.files.get('_ex', {}) or {}).get(m.group(1), m.group(1))), x) for x in samples], 0)
            wtext(os.path.join(root, "sdk", "custom", "intents", f"{n}.yaml"), y)
        for tn, vals in case.types.items():
            if vals == "FREE":
                y = "freeText: {}\n"
            else:
                y = "synonym:\n  entities:\n" + "".join(f"    {json.dumps(v if isinstance(v, str) else v[0], ensure_ascii=False)}:\n      synonyms:\n" + yaml_list([v] if isinstance(v, str) else list(v), 6) for v in vals) + "  matchType: EXACT_MATCH\n"
            wtext(os.path.join(root, "sdk", "custom", "types", f"{tn}.yaml"), y)
        scene = "onEnter:\n  webhookHandler: welcome\nintentEvents:\n" + "".join(f"- handler:\n    webhookHandler: {n.lower()}\n  intent: {n}\n" for n, _, _ in case.intents)
        if case.files.get("_scene_extra"):
            scene += case.files["_scene_extra"]
        wtext(os.path.join(root, "sdk", "custom", "scenes", "Main.yaml"), scene)
    elif case.gkind == "dialogflow":
        lang = case.loc.split("-")[0]
        wjson(os.path.join(root, "agent.json"), {"description": case.desc, "language": lang, "shortDescription": case.desc[:80], "examples": "", "linkToDocs": "",
                                                 "displayName": case.name, "disableInteractionLogs": False, "disableStackdriverLogs": True,
                                                 "googleAssistant": {"googleAssistantCompatible": True, "project": f"{case.id[7:]}-df", "welcomeIntentSignInRequired": False,
                                                                     "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                                                     "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False,
                                                                     "isDeviceAgent": False, "invocationName": case.inv, "privacyPolicyUrl": pol},
                                                 "defaultTimezone": "America/New_York", "webhook": {"url": f"https://us-central1-{case.id[7:]}.cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True},
                                                 "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2beta1"})
        wjson(os.path.join(root, "package.json"), {"version": "1.0.0"})
        for n, slots, samples in case.intents:
            wjson(os.path.join(root, "intents", f"{n}.json"), {"id": uuid(case.id + n), "name": n, "auto": True, "contexts": [],
                  "responses": [{"resetContexts": False, "action": n.lower(), "affectedContexts": [],
                                 "parameters": [{"id": uuid(n + k), "name": k, "required": False, "dataType": v, "value": "$" + k, "isList": False} for k, v in slots.items()],
                                 "messages": [], "defaultResponsePlatforms": {}, "speech": []}],
                  "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}] if "Welcome" in n else []})
            us = []
            for smp in samples:
                data = []
                pos = 0
                for m in re.finditer(r"\{(\w+)\}", smp):
                    if m.start() > pos:
                        data.append({"text": smp[pos:m.start()], "userDefined": False})
                    k = m.group(1)
                    data.append({"text": k, "meta": slots.get(k, "@sys.any"), "alias": k, "userDefined": True})
                    pos = m.end()
                if pos < len(smp):
                    data.append({"text": smp[pos:], "userDefined": False})
                us.append({"id": uuid(case.id + smp), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            wjson(os.path.join(root, "intents", f"{n}_usersays_{lang}.json"), us)
        for tn, vals in case.types.items():
            wjson(os.path.join(root, "entities", f"{tn}.json"), {"id": uuid(tn), "name": tn, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            wjson(os.path.join(root, "entities", f"{tn}_entries_{lang}.json"), [{"value": v if isinstance(v, str) else v[0], "synonyms": [v] if isinstance(v, str) else list(v)} for v in vals])
    elif case.gkind == "sdk2":
        acts = []
        for n, slots, samples in case.intents:
            acts.append({"description": n, "name": n, "fulfillment": {"conversationName": case.id[7:]},
                         "intent": {"name": n if n != "Launch" else "actions.intent.MAIN",
                                    "parameters": [{"name": k, "type": v} for k, v in slots.items()],
                                    "trigger": {"queryPatterns": [re.sub(r"\{(\w+)\}", lambda m: "$" + slots.get(m.group(1), "SchemaOrg_Text") + ":" + m.group(1), x) for x in samples]}}})
        wjson(os.path.join(root, "action.json"), {"locale": case.loc, "actions": acts,
              "conversations": {case.id[7:]: {"name": case.id[7:], "url": f"https://{case.id[7:]}.example-actions.app/fulfillment", "fulfillmentApiVersion": 2}},
              "manifest": {"displayName": case.name, "invocationName": case.inv, "shortDescription": case.desc[:80], "longDescription": case.desc,
                           "category": case.category, "privacyUrl": pol, "companyName": "Independent developer", "contactEmail": "dev@example-actions.app"}})

def build_all():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    for c in CASES:
        root = os.path.join(OUT, c.id)
        os.makedirs(root)
        if c.platform == "alexa":
            alexa_package(c, root)
        else:
            google_package(c, root)
        shapes = []
        for rec in c.recs:
            shape, path, turns = rec[:3]
            tag = rec[3] if len(rec) > 3 else ""
            (render_alexa_rec if c.platform == "alexa" else render_google_rec)(c, root, shape, path, turns, tag)
            if shape not in shapes:
                shapes.append(shape)
        for rel, content in c.files.items():
            if rel.startswith("_"):
                continue
            wtext(os.path.join(root, rel), content)
        LABELS[c.id] = {"categories": c.cats, "locale": c.loc, "shapes": shapes + [s for s in c.shapes_extra if s not in shapes], "why": c.why}
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate id"
    wjson(os.path.join(os.path.dirname(OUT), "labels.json"), LABELS)
