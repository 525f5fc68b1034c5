"""Helpers for eval-skills5: build Alexa/Google projects and conversation recordings in many shapes.
All case content lives in the cases_*.py files; this module only knows formats."""
import csv, hashlib, io, json, os, re, shutil
from datetime import datetime, timedelta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "cases")
LABELS = {}

def h(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]

def uid(seed):
    x = h(seed, 32)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"

def wjson(path, obj, pretty=True):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2 if pretty else None)
        f.write("\n")

def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

def ssml(s):
    if s is None:
        return None
    return s if s.strip().startswith("<speak>") else f"<speak>{s}</speak>"

def plain(s):
    if s is None:
        return ""
    t = re.sub(r"<[^>]+>", " ", s)
    return re.sub(r"\s+", " ", t).strip()

# ---------------------------------------------------------------- turns
class T:
    """One user turn. intent: 'Launch', 'SessionEnded', an intent name. user: what the user said."""
    def __init__(self, user, intent, speech="", reprompt=None, end=False, slots=None, card=None,
                 directives=None, attrs=None, no_speech=False):
        self.user, self.intent, self.speech, self.reprompt, self.end = user, intent, speech, reprompt, end
        self.slots, self.card, self.directives, self.attrs, self.no_speech = slots or {}, card, directives, attrs, no_speech

# ---------------------------------------------------------------- Alexa project
BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
           "AMAZON.FallbackIntent"]

class Skill:
    def __init__(self, cid, locale, inv, name, desc, cats, why, intents=(), types=(), perms=(), privacy=True,
                 child=False, category="GAMES", examples=None, extra_locales=None, keywords=None, endpoint=None,
                 summary=None, lambda_code=None, lambda_lang="node", builtins=BUILTIN, personal=None,
                 account_linking=False, interfaces=None):
        self.cid, self.locale, self.inv, self.name, self.desc = cid, locale, inv, name, desc
        self.cats, self.why, self.intents, self.types, self.perms = sorted(cats), why, list(intents), list(types), list(perms)
        self.privacy, self.child, self.category = privacy, child, category
        self.examples, self.extra_locales, self.keywords = examples, extra_locales or {}, keywords or []
        self.summary, self.lambda_code, self.lambda_lang, self.builtins = summary, lambda_code, lambda_lang, builtins
        self.personal = personal if personal is not None else bool(perms)
        self.account_linking, self.interfaces = account_linking, interfaces
        self.dir = os.path.join(CASES, cid)
        self.slug = re.sub(r"^\d+-", "", cid)
        self.app_id = "amzn1.ask.skill." + uid(cid + "app")
        self.user_id = "amzn1.ask.account." + h(cid + "user", 40).upper()
        self.device_id = "amzn1.ask.device." + h(cid + "dev", 40).upper()
        acct = str(int(h(cid + "acct", 10), 16))[:12].rjust(12, "0")
        self.endpoint = endpoint or f"arn:aws:lambda:{'eu-west-1' if locale[:2] in ('de','es','fr','it') else ('us-west-2' if locale=='ja-JP' else 'us-east-1')}:{acct}:function:{self.slug}"
        self.shapes = []

    def write(self):
        os.makedirs(self.dir, exist_ok=True)
        locs = {self.locale: (self.inv, self.name, self.desc, self.intents, self.types, self.examples, self.summary)}
        locs.update(self.extra_locales)
        pub = {}
        priv = {}
        for loc, (inv, name, desc, intents, types, ex, summ) in locs.items():
            ex = ex or [f"Alexa, open {inv}"]
            pub[loc] = {"summary": summ or desc.split(". ")[0][:160], "examplePhrases": ex[:3], "name": name,
                        "description": desc, "keywords": self.keywords,
                        "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(self.cid+'i',4)}/APP_ICON?versionId=small",
                        "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(self.cid+'i',4)}/APP_ICON_LARGE?versionId=large"}
            if self.privacy:
                base = self.privacy if isinstance(self.privacy, str) else f"https://{self.slug}.example.com"
                priv[loc] = {"privacyPolicyUrl": f"{base}/privacy", "termsOfUseUrl": f"{base}/terms"}
            intents_all = []
            for it in intents:
                nm, samples = it[0], it[1]
                slots = it[2] if len(it) > 2 else {}
                d = {"name": nm, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples}
                intents_all.append(d)
            have = {i["name"] for i in intents_all}
            for b in self.builtins:
                if b not in have:
                    intents_all.append({"name": b, "samples": []})
            tys = [{"name": tn, "values": [{"name": {"value": v}} for v in vals]} for tn, vals in types]
            wjson(os.path.join(self.dir, "skill-package", "interactionModels", "custom", f"{loc}.json"),
                  {"interactionModel": {"languageModel": {"invocationName": inv, "intents": intents_all, "types": tys}}})
        pac = {"allowsPurchases": False, "usesPersonalInfo": self.personal, "isChildDirected": self.child,
               "isExportCompliant": True, "containsAds": False}
        if priv:
            pac["locales"] = priv
        custom = {"endpoint": {"uri": self.endpoint}}
        if self.endpoint.startswith("https"):
            custom["endpoint"]["sslCertificateType"] = "Wildcard"
        if self.interfaces:
            custom["interfaces"] = [{"type": t} for t in self.interfaces]
        man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                 "testingInstructions": "Open the skill and follow the prompts.", "category": self.category,
                 "distributionCountries": [self.locale.split("-")[1]], "automaticDistribution": {"isActive": False}},
               "apis": {"custom": custom}, "manifestVersion": "1.0", "privacyAndCompliance": pac}}
        if self.perms:
            man["manifest"]["permissions"] = [{"name": p} for p in self.perms]
        wjson(os.path.join(self.dir, "skill-package", "skill.json"), man)
        if self.account_linking:
            wjson(os.path.join(self.dir, "skill-package", "accountLinking.json"), {"accountLinkingRequest": {
                "type": "AUTH_CODE", "authorizationUrl": f"https://auth.{self.slug}.example.com/oauth2/authorize",
                "accessTokenUrl": f"https://auth.{self.slug}.example.com/oauth2/token", "clientId": "alexa-" + h(self.cid, 8),
                "scopes": ["accounts.read"], "accessTokenScheme": "HTTP_BASIC", "domains": [], "skipOnEnablement": False}})
        if self.lambda_code:
            if self.lambda_lang == "node":
                wtext(os.path.join(self.dir, "lambda", "index.js"), self.lambda_code)
                wjson(os.path.join(self.dir, "lambda", "package.json"), {"name": self.slug, "version": "1.0.0",
                      "main": "index.js", "dependencies": {"ask-sdk-core": "^2.14.0", "ask-sdk-model": "^1.86.0"}})
            else:
                wtext(os.path.join(self.dir, "lambda", "lambda_function.py"), self.lambda_code)
                wtext(os.path.join(self.dir, "lambda", "requirements.txt"), "ask-sdk-core==1.19.0\n")
            wjson(os.path.join(self.dir, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {
                "default": {"skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
                            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {
                                "runtime": "nodejs18.x" if self.lambda_lang == "node" else "python3.9",
                                "handler": "index.handler" if self.lambda_lang == "node" else "lambda_function.lambda_handler"}}}}})

    # ---------------- conversation -> (req, resp) pairs
    def pairs(self, turns, start, ua=None):
        t0 = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S")
        out, sid, new, n = [], None, True, 0
        ua = ua or ("ask-node/2.14.0 Node/v18.18.2" if self.lambda_lang == "node" else "ask-python/1.19.0 Python/3.9.16")
        attrs = {}
        for i, t in enumerate(turns):
            if sid is None or new:
                n += 1
                sid = "amzn1.echo-api.session." + uid(f"{self.cid}{start}s{n}")
            ts = (t0 + timedelta(seconds=9 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
            sess = {"new": new, "sessionId": sid, "application": {"applicationId": self.app_id},
                    "user": {"userId": self.user_id}}
            if not new:
                sess["attributes"] = attrs
            if t.intent == "Launch":
                r = {"type": "LaunchRequest"}
            elif t.intent == "SessionEnded":
                r = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
            else:
                r = {"type": "IntentRequest", "intent": {"name": t.intent, "confirmationStatus": "NONE"}}
                if t.slots:
                    r["intent"]["slots"] = {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                            for k, v in t.slots.items()}
            r.update({"requestId": "amzn1.echo-api.request." + uid(f"{self.cid}{start}r{i}"), "locale": self.locale,
                      "timestamp": ts})
            if r["type"] == "SessionEndedRequest":
                r = {"type": r["type"], "requestId": r["requestId"], "timestamp": ts, "locale": self.locale, "reason": "USER_INITIATED"}
            req = {"version": "1.0", "session": sess, "context": {"System": {"application": {"applicationId": self.app_id},
                   "user": {"userId": self.user_id}, "device": {"deviceId": self.device_id, "supportedInterfaces":
                   {"AudioPlayer": {}} if self.interfaces else {}}, "apiEndpoint": "https://api.eu.amazonalexa.com" if self.locale[:2] in ("de", "es", "fr", "it") else ("https://api.fe.amazonalexa.com" if self.locale == "ja-JP" else "https://api.amazonalexa.com"),
                   "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}}, "request": r}
            if t.attrs:
                attrs = dict(attrs, **t.attrs)
            body = {}
            if not t.no_speech and t.intent != "SessionEnded":
                body["outputSpeech"] = {"type": "SSML", "ssml": ssml(t.speech)}
            if t.card:
                body["card"] = t.card
            if t.reprompt is not None:
                body["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t.reprompt)}}
            if t.directives:
                body["directives"] = t.directives
            if t.intent != "SessionEnded":
                body["shouldEndSession"] = t.end
            resp = {"version": "1.0", "sessionAttributes": attrs if not t.end else {}, "userAgent": ua, "response": body}
            out.append((t, req, resp))
            new = t.end or t.intent == "SessionEnded"
        return out

# ---------------------------------------------------------------- Alexa recording writers
def rec(sk, shape, sub, start, turns, **kw):
    """Write one recording of `turns` in `shape` under case-relative path `sub`."""
    P = sk.pairs(turns, start)
    base = os.path.join(sk.dir, sub)
    if shape not in sk.shapes:
        sk.shapes.append(shape)
    W[shape](sk, base, P, start, **kw)

def _envelope(sk, base, P, start, names=None):
    for i, (t, req, resp) in enumerate(P):
        if t.intent == "SessionEnded":
            continue
        nm = (names[i] if names else f"{i+1:02d}-{re.sub('[^a-z]+','-',t.intent.lower().replace('amazon.',''))}.json")
        wjson(os.path.join(base, nm), resp)

def _pairs_jsonl(sk, base, P, start):
    wtext(base, "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for _, q, r in P))

def _pairs_array(sk, base, P, start):
    wjson(base, [{"request": q, "response": r} for _, q, r in P])

def _caption(r):
    return plain(r["response"].get("outputSpeech", {}).get("ssml", ""))

def _sim(sk, t, q, r, seed):
    intent = "LaunchRequest" if t.intent == "Launch" else t.intent
    return {"id": uid(seed), "status": "SUCCESSFUL", "result": {"alexaExecutionInfo": {
        "alexaResponses": [{"type": "Speech", "content": {"caption": _caption(r)}}] if _caption(r) else [],
        "consideredIntents": [{"name": intent, "confirmationStatus": "NONE"}]},
        "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": sk.endpoint, "body": q},
                                                  "invocationResponse": {"body": r},
                                                  "metrics": {"skillExecutionTimeInMilliseconds": 40 + len(seed) % 50}}]}},
        "error": None}

def _smapi_sim(sk, base, P, start, single=None, prefix="simulation"):
    objs = [_sim(sk, t, q, r, f"{sk.cid}{start}{i}") for i, (t, q, r) in enumerate(P) if t.intent != "SessionEnded"]
    if single:
        wjson(os.path.join(base, single), objs)
    else:
        for i, o in enumerate(objs):
            wjson(os.path.join(base, f"{prefix}-{i+1}.json"), o)

def _smapi_inv(sk, base, P, start, prefix="invoke"):
    for i, (t, q, r) in enumerate(P):
        o = {"id": uid(f"{sk.cid}{start}inv{i}"), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
            "invocationRequest": {"endpoint": sk.endpoint, "body": q}, "invocationResponse": {"body": r},
            "metrics": {"skillExecutionTimeInMilliseconds": 55 + i}}, "error": None}}
        wjson(os.path.join(base, f"{prefix}-{i+1}.json"), o)

def _ask_dialog(sk, base, P, start, variant="io", name="replay"):
    wjson(os.path.join(base, f"{name}.json"), {"skillId": sk.app_id, "locale": sk.locale, "type": "text",
          "userInput": [t.user for t, _, _ in P if t.intent != "SessionEnded"]})
    if variant == "io":
        arr = [{"utterance": t.user, "invocations": [{"invocationRequest": {"endpoint": sk.endpoint, "body": q},
                "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 61}}],
                "alexaResponses": [{"type": "Speech", "content": {"caption": _caption(r)}}]}
               for t, q, r in P if t.intent != "SessionEnded"]
        wjson(os.path.join(base, f"{name}.skill-io.json"), arr)
    else:
        lines = []
        for t, q, r in P:
            if t.intent == "SessionEnded":
                continue
            lines.append(f"User  > {t.user}")
            lines.append(f"Alexa > {_caption(r)}")
        wtext(os.path.join(base, f"{name}-output.txt"), "\n".join(lines) + "\n")

def _cw_lines(sk, P, start, variant):
    t0 = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S")
    out = []
    for i, (t, q, r) in enumerate(P):
        rid = uid(f"{sk.cid}{start}cw{i}")
        ts = t0 + timedelta(seconds=9 * i)
        f = lambda d: (ts + timedelta(milliseconds=d)).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        qs, rs = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
        if variant == "python":
            a, b = f"[INFO]\t{f(110)}\t{rid}\tRequest: {qs}", f"[INFO]\t{f(190)}\t{rid}\tResponse: {rs}"
        elif variant == "kw":
            a, b = f"{f(110)}\t{rid}\tINFO\tREQUEST {qs}", f"{f(190)}\t{rid}\tINFO\tRESPONSE {rs}"
        elif variant == "envelope":
            a, b = f"{f(110)}\t{rid}\tINFO\tRequest Envelope: {qs}", f"{f(190)}\t{rid}\tINFO\tResponse: {rs}"
        else:
            a, b = f"{f(110)}\t{rid}\tINFO\tRequest: {qs}", f"{f(190)}\t{rid}\tINFO\tResponse: {rs}"
        out.append((ts, [f"START RequestId: {rid} Version: $LATEST", a, b, f"END RequestId: {rid}",
                         f"REPORT RequestId: {rid}\tDuration: {38 + i * 3}.21 ms\tBilled Duration: {39 + i * 3} ms\tMemory Size: 128 MB\tMax Memory Used: 71 MB"]))
    return out

def _cw_text(sk, base, P, start, variant="node"):
    wtext(base, "\n".join(l for _, ls in _cw_lines(sk, P, start, variant) for l in ls) + "\n")

def _cw_json(sk, base, P, start, variant="node"):
    ev, stream = [], f"{start[:10].replace('-', '/')}/[$LATEST]{h(sk.cid + start, 32)}"
    for ts, ls in _cw_lines(sk, P, start, variant):
        for j, l in enumerate(ls):
            ms = int(ts.timestamp() * 1000) + j * 40
            ev.append({"logStreamName": stream, "timestamp": ms, "message": l + "\n", "ingestionTime": ms + 400,
                       "eventId": str(37000000000000000000000000000000000000000000000000000000 + ms * 1000 + j)})
    wjson(base, {"events": ev, "searchedLogStreams": [{"logStreamName": stream, "searchedCompletely": True}]})

def _har(sk, base, P, start):
    url = sk.endpoint if sk.endpoint.startswith("http") else f"https://{sk.slug}.example.com/alexa"
    t0 = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S")
    ents = []
    for i, (t, q, r) in enumerate(P):
        qs, rs = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
        ents.append({"startedDateTime": (t0 + timedelta(seconds=9 * i)).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 87,
            "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1", "cookies": [], "headers": [
                {"name": "Content-Type", "value": "application/json; charset=utf-8"},
                {"name": "Signature-256", "value": "REDACTED"},
                {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                "queryString": [], "postData": {"mimeType": "application/json", "text": qs}, "headersSize": -1, "bodySize": len(qs)},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [],
                "headers": [{"name": "Content-Type", "value": "application/json"}],
                "content": {"size": len(rs), "mimeType": "application/json", "text": rs}, "redirectURL": "",
                "headersSize": -1, "bodySize": len(rs)},
            "cache": {}, "timings": {"send": 0, "wait": 80, "receive": 7}})
    wjson(base, {"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "10.1.5"}, "entries": ents}})

def _transcript(sk, base, P, start, header=None):
    t0 = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S")
    L = [f"# {header or sk.name} - QA transcript ({sk.locale})"]
    for i, (t, q, r) in enumerate(P):
        if t.intent == "SessionEnded":
            continue
        ts = (t0 + timedelta(seconds=9 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        L.append(f"[{ts}] USER: {t.user}")
        L.append(f"[{ts}] SKILL: {_caption(r)}")
        if "reprompt" in r["response"]:
            L.append(f"[{ts}] REPROMPT: {r['response']['reprompt']['outputSpeech']['ssml']}")
        L.append(f"[{ts}] session_open={not r['response'].get('shouldEndSession', True)}")
    wtext(base, "\n".join(L) + "\n")

def _yq(s):
    return json.dumps(s, ensure_ascii=False)

def _bespoken(sk, base, P, start):
    L = ["---", "configuration:", f"  locale: {sk.locale}", "  handler: ../../lambda/index.js", "  description: regression suite", "", "---",
         f"- test: recorded {start[:10]}"]
    for t, q, r in P:
        if t.intent == "SessionEnded":
            continue
        key = "LaunchRequest" if t.intent == "Launch" else (t.intent if t.intent.startswith("AMAZON.") or not t.user else t.user)
        L.append(f"- {_yq(key)}:")
        L.append(f"  - prompt: {_yq(_caption(r))}")
        L.append(f"  - response.outputSpeech.ssml: {_yq(r['response'].get('outputSpeech', {}).get('ssml', ''))}")
        if "reprompt" in r["response"]:
            L.append(f"  - response.reprompt.outputSpeech.ssml: {_yq(r['response']['reprompt']['outputSpeech']['ssml'])}")
        L.append(f"  - response.shouldEndSession: {str(r['response'].get('shouldEndSession', True)).lower()}")
        if t.end and t is not P[-1][0]:
            L.append("---")
            L.append(f"- test: recorded {start[:10]} (next session)")
    wtext(base, "\n".join(L) + "\n")

def _voice_csv(sk, base, P, start):
    t0 = datetime.strptime(start, "%Y-%m-%dT%H:%M:%S")
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Timestamp", "Device", "Skill", "Customer Utterance", "Alexa Response", "Session State"])
    for i, (t, q, r) in enumerate(P):
        if t.intent == "SessionEnded":
            continue
        w.writerow([(t0 + timedelta(seconds=9 * i)).strftime("%Y-%m-%d %H:%M:%S"), "Kitchen Echo Dot", sk.name, t.user,
                    _caption(r), "open" if not r["response"].get("shouldEndSession", True) else "closed"])
    wtext(base, buf.getvalue())

def _lambda_console(sk, base, P, start):
    for i, (t, q, r) in enumerate(P):
        nm = f"{i+1:02d}-{re.sub('[^a-z]+','-',t.intent.lower().replace('amazon.',''))}"
        wjson(os.path.join(base, f"{nm}.event.json"), q)
        rid = uid(f"{sk.cid}{start}lc{i}")
        txt = (f"Test Event Name\n{nm}\n\nResponse\n{json.dumps(r, ensure_ascii=False, indent=2)}\n\nFunction Logs\n"
               f"START RequestId: {rid} Version: $LATEST\nEND RequestId: {rid}\nREPORT RequestId: {rid}\tDuration: 41.07 ms\t"
               f"Billed Duration: 42 ms\tMemory Size: 128 MB\tMax Memory Used: 70 MB\n\nRequest ID\n{rid}\n")
        wtext(os.path.join(base, f"{nm}.result.txt"), txt)

W = {"envelope": _envelope, "pairs-jsonl": _pairs_jsonl, "pairs-array": _pairs_array, "smapi-simulation": _smapi_sim,
     "smapi-invocation": _smapi_inv, "ask-dialog": _ask_dialog, "cloudwatch-text": _cw_text, "cloudwatch-json": _cw_json,
     "har": _har, "transcript": _transcript, "bespoken-yaml": _bespoken, "voice-history-csv": _voice_csv,
     "lambda-console-test": _lambda_console}

def done(sk, extra_shapes=()):
    for s in extra_shapes:
        if s not in sk.shapes:
            sk.shapes.append(s)
    LABELS[sk.cid] = {"categories": sk.cats, "locale": sk.locale, "shapes": sk.shapes, "why": sk.why}

def alexa(cid, locale, inv, name, desc, cats, why, recs, **kw):
    """recs: list of (shape, subpath, start, turns, kwargs)"""
    sk = Skill(cid, locale, inv, name, desc, cats, why, **kw)
    if os.path.exists(sk.dir):
        shutil.rmtree(sk.dir)
    sk.write()
    for r in recs:
        shape, sub, start, turns = r[:4]
        rec(sk, shape, sub, start, turns, **(r[4] if len(r) > 4 else {}))
    done(sk)
    return sk
