"""Helpers for the eval-skills93 generator: project layouts and recording shapes.
All case content (speech, models, labels) is hand-written in cases_*.py."""
import hashlib, json, os, random, csv, io
from xml.sax.saxutils import escape as xesc

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "cases")
LABELS = {}


def hid(seed, n=8):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def uuid(seed):
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def wj(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")


def wt(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------- turns
class T:
    """One turn: user utterance, request spec, speech, reprompt, shouldEndSession."""

    def __init__(self, user, req, speech, reprompt=None, end=True, raw_ssml=False, card=None, directives=None):
        self.user, self.req, self.speech, self.reprompt, self.end = user, req, speech, reprompt, end
        self.raw_ssml, self.card, self.directives = raw_ssml, card, directives


def ssml(text, raw=False):
    if text is None:
        return None
    if raw or text.startswith("<speak>"):
        return text if text.startswith("<speak>") else f"<speak>{text}</speak>"
    return f"<speak>{text}</speak>"


def plain(text):
    import re
    if text is None:
        return ""
    return re.sub(r"<[^>]+>", "", text)


def response_env(t, attrs=None, agent="ask-sdk-node/2.14.0 Node/v18.19.0"):
    r = {}
    if t.speech is not None:
        r["outputSpeech"] = {"type": "SSML", "ssml": ssml(t.speech, t.raw_ssml)}
    if t.card:
        r["card"] = {"type": "Simple", "title": t.card[0], "content": t.card[1]}
    if t.reprompt is not None:
        r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t.reprompt, t.raw_ssml)}}
    if t.directives:
        r["directives"] = t.directives
    if t.end is not None:
        r["shouldEndSession"] = t.end
    return {"version": "1.0", "sessionAttributes": attrs or {}, "userAgent": agent, "response": r}


class Ctx:
    def __init__(self, case):
        self.case = case
        self.skill = "amzn1.ask.skill." + uuid(case.cid + "skill")
        self.user = "amzn1.ask.account.AF" + hid(case.cid + "u", 40).upper()
        self.device = "amzn1.ask.device.AG" + hid(case.cid + "d", 40).upper()


def request_env(case, t, sess_id, new, ts, idx, attrs=None, locale=None):
    ctx = Ctx(case)
    locale = locale or case.locale
    q = t.req
    rid = "amzn1.echo-api.request." + uuid(f"{case.cid}{sess_id}{idx}")
    if q == "launch":
        req = {"type": "LaunchRequest"}
    elif q == "end":
        req = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
    else:
        name, slots = (q, {}) if isinstance(q, str) else q
        req = {"type": "IntentRequest", "intent": {"name": name, "confirmationStatus": "NONE", "slots": {
            k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in slots.items()}}}
    req.update({"requestId": rid, "locale": locale, "timestamp": ts})
    if req["type"] == "IntentRequest":
        req["dialogState"] = "COMPLETED" if False else req.get("dialogState", None)
        req.pop("dialogState")
    sess = {"new": new, "sessionId": sess_id, "application": {"applicationId": ctx.skill},
            "user": {"userId": ctx.user}}
    if not new:
        sess["attributes"] = attrs or {}
    return {"version": "1.0", "session": sess, "context": {"System": {
        "application": {"applicationId": ctx.skill}, "user": {"userId": ctx.user},
        "device": {"deviceId": ctx.device, "supportedInterfaces": {}},
        "apiEndpoint": "https://api.amazonalexa.com" if not locale.startswith(("it", "fr", "es", "de")) else "https://api.eu.amazonalexa.com",
        "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}}, "request": req}


def expand(case, sessions, day="2025-02-11", hour=18, tag=""):
    """Yield (t, request, response, sessionId, idx) with session ids and timestamps."""
    out = []
    minute = 0
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uuid(f"{case.cid}{tag}{day}{si}")
        for ti, t in enumerate(sess):
            minute += 1
            ts = f"{day}T{hour:02d}:{minute // 60 + 10:02d}:{(minute * 7) % 60:02d}Z"
            rq = request_env(case, t, sid, ti == 0, ts, f"{tag}{si}.{ti}")
            out.append((t, rq, response_env(t), sid, ts))
    return out


# ---------------------------------------------------------------- shapes (Alexa)
def shape_envelope(case, folder, turns):
    for i, (t, rq, rs, sid, ts) in enumerate(turns):
        name = rq["request"].get("intent", {}).get("name", rq["request"]["type"])
        wj(os.path.join(case.dir, folder, f"{i + 1:02d}-{name}.json"), rs)


def shape_pairs_jsonl(case, path, turns):
    lines = [json.dumps({"request": rq, "response": rs}, ensure_ascii=False) for t, rq, rs, sid, ts in turns]
    wt(os.path.join(case.dir, path), "\n".join(lines) + "\n")


def shape_pairs_array(case, path, turns):
    wj(os.path.join(case.dir, path), [{"request": rq, "response": rs} for t, rq, rs, sid, ts in turns])


def _sim(case, t, rq, rs, i):
    speech = []
    if t.speech is not None:
        speech.append({"type": "Speech", "content": {"caption": plain(t.speech)}})
    return {"id": uuid(case.cid + "sim" + str(i)), "status": "SUCCESSFUL", "result": {
        "alexaExecutionInfo": {"alexaResponses": speech, "consideredIntents": [
            {"name": rq["request"].get("intent", {}).get("name", rq["request"]["type"]), "confirmationStatus": "NONE"}]},
        "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": case.endpoint, "body": rq},
                                                "invocationResponse": {"body": rs},
                                                "metrics": {"skillExecutionTimeInMilliseconds": 140 + i * 13}}]},
        "error": None}}


def shape_smapi_sim(case, folder, turns):
    for i, (t, rq, rs, sid, ts) in enumerate(turns):
        wj(os.path.join(case.dir, folder, f"simulation-{i + 1}.json"), _sim(case, t, rq, rs, i))


def shape_smapi_invoke(case, folder, turns):
    for i, (t, rq, rs, sid, ts) in enumerate(turns):
        wj(os.path.join(case.dir, folder, f"invoke-{i + 1}.json"), {
            "id": uuid(case.cid + "inv" + str(i)), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
                "invocationRequest": {"endpoint": case.endpoint, "body": rq},
                "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 201 + i}}}})


def shape_ask_dialog(case, folder, turns, text_record=False):
    users = [t.user for t, *_ in turns]
    wj(os.path.join(case.dir, folder, "replay.json"),
       {"skillId": case.ctx.skill, "locale": case.locale, "type": "text", "userInput": users})
    if text_record:
        lines = []
        for t, rq, rs, sid, ts in turns:
            lines.append(f"User  > {t.user}")
            lines.append(f"Alexa > {plain(t.speech)}")
            if t.reprompt is not None:
                lines.append(f"        (reprompt) {plain(t.reprompt)}")
            lines.append(f"        [shouldEndSession: {str(t.end).lower()}]")
        wt(os.path.join(case.dir, folder, "dialog-record.txt"), "\n".join(lines) + "\n")
    else:
        wj(os.path.join(case.dir, folder, "dialog-output.json"), [
            {"utterance": t.user, "invocations": [{"request": rq, "response": rs}]} for t, rq, rs, sid, ts in turns])


def shape_cw_text(case, path, turns, python=False, kw=("Request:", "Response:")):
    lines = []
    for i, (t, rq, rs, sid, ts) in enumerate(turns):
        rid = uuid(case.cid + "lam" + str(i))
        lines.append(f"{ts} START RequestId: {rid} Version: $LATEST")
        if python:
            lines.append(f"[INFO]\t{ts}\t{rid}\t{kw[0]} {json.dumps(rq, ensure_ascii=False)}")
            lines.append(f"[INFO]\t{ts}\t{rid}\t{kw[1]} {json.dumps(rs, ensure_ascii=False)}")
        else:
            lines.append(f"{ts}\t{rid}\tINFO\t{kw[0]} {json.dumps(rq, ensure_ascii=False)}")
            lines.append(f"{ts}\t{rid}\tINFO\t{kw[1]} {json.dumps(rs, ensure_ascii=False)}")
        lines.append(f"{ts} END RequestId: {rid}")
        lines.append(f"{ts} REPORT RequestId: {rid}\tDuration: {88 + i}.41 ms\tBilled Duration: {89 + i} ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
    wt(os.path.join(case.dir, path), "\n".join(lines) + "\n")


def shape_cw_json(case, path, turns):
    ev = []
    base = 1739300000000
    for i, (t, rq, rs, sid, ts) in enumerate(turns):
        rid = uuid(case.cid + "lam" + str(i))
        for j, (k, o) in enumerate((("Request:", rq), ("Response:", rs))):
            ev.append({"logStreamName": f"2025/02/11/[$LATEST]{hid(case.cid, 32)}", "timestamp": base + i * 4000 + j,
                       "message": f"{ts}\t{rid}\tINFO\t{k} {json.dumps(o, ensure_ascii=False)}\n",
                       "ingestionTime": base + i * 4000 + 900, "eventId": str(37000000000000000000000000000000000000000000000000000000 + i * 2 + j)})
    wj(os.path.join(case.dir, path), {"events": ev, "searchedLogStreams": []})


def shape_har(case, path, turns, url=None):
    url = url or f"https://{hid(case.cid, 6)}.ngrok-free.app/alexa"
    entries = []
    for i, (t, rq, rs, sid, ts) in enumerate(turns):
        a, b = json.dumps(rq, ensure_ascii=False), json.dumps(rs, ensure_ascii=False)
        entries.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 120 + i,
                        "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                {"name": "Signature-256", "value": "REDACTED"}],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(a),
                                    "postData": {"mimeType": "application/json", "text": a}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                     "content": {"size": len(b), "mimeType": "application/json", "text": b},
                                     "redirectURL": "", "headersSize": -1, "bodySize": len(b)},
                        "cache": {}, "timings": {"send": 1, "wait": 110 + i, "receive": 2}})
    wj(os.path.join(case.dir, path), {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"},
                                             "entries": entries}})


def shape_transcript(case, path, turns):
    lines, last = [], None
    for t, rq, rs, sid, ts in turns:
        if sid != last:
            lines.append(f"# session {sid[-12:]}")
            last = sid
        lines.append(f"[{ts}] USER: {t.user}")
        lines.append(f"[{ts}] SKILL: {plain(t.speech)}")
        if t.reprompt is not None:
            lines.append(f"[{ts}] SKILL (reprompt): {plain(t.reprompt) or '<empty>'}")
        lines.append(f"[{ts}] session_open={str(not t.end).lower()}")
    wt(os.path.join(case.dir, path), "\n".join(lines) + "\n")


# ---------------------------------------------------------------- new shapes
def _jest_fmt(o, ind=0):
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "{}"
        return "{\n" + "".join(f'{sp}  "{k}": {_jest_fmt(v, ind + 1)},\n' for k, v in o.items()) + sp + "}"
    if isinstance(o, list):
        if not o:
            return "[]"
        return "[\n" + "".join(f"{sp}  {_jest_fmt(v, ind + 1)},\n" for v in o) + sp + "]"
    if isinstance(o, str):
        return json.dumps(o, ensure_ascii=False).replace("`", "\\`")
    return json.dumps(o)


def shape_jest_snapshot(case, path, turns, suite="handlers"):
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    for i, (t, rq, rs, sid, ts) in enumerate(turns):
        name = rq["request"].get("intent", {}).get("name", rq["request"]["type"])
        parts.append(f'exports[`{suite} {name} responds to "{t.user}" 1`] = `\n{_jest_fmt(rs)}\n`;\n')
    wt(os.path.join(case.dir, path), "\n".join(parts))


def shape_postman(case, path, turns):
    items = []
    for i, (t, rq, rs, sid, ts) in enumerate(turns):
        name = rq["request"].get("intent", {}).get("name", rq["request"]["type"])
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": json.dumps(rq, indent=2, ensure_ascii=False),
                        "options": {"raw": {"language": "json"}}}, "url": {"raw": "{{skillUrl}}", "host": ["{{skillUrl}}"]}}
        items.append({"name": f"{i + 1:02d} {name} - {t.user}", "request": req, "response": [{
            "name": "saved " + ts, "originalRequest": req, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
            "header": [{"key": "Content-Type", "value": "application/json"}], "cookie": [],
            "body": json.dumps(rs, indent=2, ensure_ascii=False)}]})
    wj(os.path.join(case.dir, path), {"info": {"_postman_id": uuid(case.cid + "pm"), "name": f"{case.name} endpoint",
                                              "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                                     "item": items, "variable": [{"key": "skillUrl", "value": "http://localhost:3000/"}]})


def shape_console_io(case, folder, turns):
    for i, (t, rq, rs, sid, ts) in enumerate(turns):
        wj(os.path.join(case.dir, folder, f"json-input-{i + 1}.json"), rq)
        wj(os.path.join(case.dir, folder, f"json-output-{i + 1}.json"), {"body": rs})


def shape_mochawesome(case, path, turns):
    tests = []
    for i, (t, rq, rs, sid, ts) in enumerate(turns):
        name = rq["request"].get("intent", {}).get("name", rq["request"]["type"])
        ctxs = [{"title": "request", "value": rq}, {"title": "response", "value": rs}]
        tests.append({"title": f"handles {name} ({t.user})", "fullTitle": f"{case.name} handles {name}",
                      "timedOut": False, "duration": 14 + i, "state": "passed", "speed": "fast", "pass": True,
                      "fail": False, "pending": False, "context": json.dumps(ctxs, ensure_ascii=False),
                      "code": "const res = await skill.invoke(req);", "err": {}, "uuid": uuid(case.cid + "mt" + str(i)),
                      "parentUUID": uuid(case.cid + "ms"), "isHook": False, "skipped": False})
    wj(os.path.join(case.dir, path), {"stats": {"suites": 1, "tests": len(tests), "passes": len(tests), "failures": 0,
                                               "start": turns[0][4], "end": turns[-1][4]},
                                     "results": [{"uuid": uuid(case.cid + "mr"), "title": "", "fullFile": "test/conversation.spec.js",
                                                  "file": "/test/conversation.spec.js", "tests": [], "suites": [{
                                                      "uuid": uuid(case.cid + "ms"), "title": case.name, "tests": tests,
                                                      "suites": [], "passes": [x["uuid"] for x in tests], "failures": [],
                                                      "duration": 200}]}],
                                     "meta": {"mocha": {"version": "10.2.0"}, "mochawesome": {"version": "7.1.3"}}})


def shape_junit(case, path, turns):
    cases = []
    for i, (t, rq, rs, sid, ts) in enumerate(turns):
        name = rq["request"].get("intent", {}).get("name", rq["request"]["type"])
        out = ("INFO     skill.tests:conftest.py:41 request " + json.dumps(rq, ensure_ascii=False) +
               "\nINFO     skill.tests:conftest.py:44 response " + json.dumps(rs, ensure_ascii=False))
        cases.append(f'    <testcase classname="tests.test_dialog" name="test_{i + 1:02d}_{name.lower()}" time="0.0{i + 3}">\n'
                     f'      <system-out>{xesc(out)}</system-out>\n    </testcase>')
    wt(os.path.join(case.dir, path), '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n'
       f'  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(cases)}" time="0.412" '
       f'timestamp="{turns[0][4][:-1]}" hostname="ci-runner-7">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")


def shape_dynamo(case, path, turns):
    lines = []
    for i, (t, rq, rs, sid, ts) in enumerate(turns):
        lines.append(json.dumps({"Item": {"pk": {"S": case.ctx.user}, "sk": {"S": f"TURN#{ts}"},
                                          "sessionId": {"S": sid}, "request": {"S": json.dumps(rq, ensure_ascii=False)},
                                          "response": {"S": json.dumps(rs, ensure_ascii=False)},
                                          "ttl": {"N": str(1760000000 + i)}}}, ensure_ascii=False))
    wt(os.path.join(case.dir, path), "\n".join(lines) + "\n")


def shape_analytics_csv(case, path, turns):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["timestamp", "session_id", "new_session", "request_type", "intent", "slots", "user_text",
                "output_ssml", "reprompt_ssml", "should_end_session"])
    for t, rq, rs, sid, ts in turns:
        r = rq["request"]
        res = rs["response"]
        w.writerow([ts, sid, str(rq["session"]["new"]).lower(), r["type"], r.get("intent", {}).get("name", ""),
                    json.dumps({k: v["value"] for k, v in r.get("intent", {}).get("slots", {}).items()}, ensure_ascii=False),
                    t.user, res.get("outputSpeech", {}).get("ssml", ""),
                    res.get("reprompt", {}).get("outputSpeech", {}).get("ssml", ""),
                    "" if "shouldEndSession" not in res else str(res["shouldEndSession"]).lower()])
    wt(os.path.join(case.dir, path), buf.getvalue())


def shape_jovo_log(case, path, turns):
    lines = []
    for t, rq, rs, sid, ts in turns:
        lines.append(f"{ts}  ────────────────────── Request ──────────────────────")
        lines.append(json.dumps(rq, indent=2, ensure_ascii=False))
        lines.append(f"{ts}  ────────────────────── Response ─────────────────────")
        lines.append(json.dumps(rs, indent=2, ensure_ascii=False))
        lines.append("")
    wt(os.path.join(case.dir, path), "$ jovo run --port 3000\n  Local server listening on port 3000.\n\n" + "\n".join(lines))


SHAPES = {"envelope": shape_envelope, "pairs-jsonl": shape_pairs_jsonl, "pairs-array": shape_pairs_array,
          "smapi-simulation": shape_smapi_sim, "smapi-invocation": shape_smapi_invoke, "ask-dialog": shape_ask_dialog,
          "cloudwatch-text": shape_cw_text, "cloudwatch-json": shape_cw_json, "har": shape_har,
          "transcript": shape_transcript, "jest-snapshot": shape_jest_snapshot, "postman-collection": shape_postman,
          "console-io": shape_console_io, "mochawesome-report": shape_mochawesome, "junit-xml": shape_junit,
          "dynamodb-export": shape_dynamo, "analytics-csv": shape_analytics_csv, "jovo-log": shape_jovo_log}


# ---------------------------------------------------------------- Alexa project
BUILTIN = ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent",
           "AMAZON.NavigateHomeIntent"]


class Case:
    def __init__(self, cid, locale, name, inv, cats, why, intents=None, types=None, perms=(), privacy=True,
                 child=False, desc=None, recs=(), category="GAMES", extra_locales=None, code=None):
        self.cid, self.locale, self.name, self.inv, self.cats, self.why = cid, locale, name, inv, cats, why
        self.intents, self.types, self.perms, self.privacy, self.child = intents or {}, types or [], perms, privacy, child
        self.desc, self.recs, self.category, self.extra_locales, self.code = desc or name, recs, category, extra_locales or {}, code
        self.dir = os.path.join(CASES, cid)
        self.ctx = Ctx(self)
        self.endpoint = "arn:aws:lambda:" + ("eu-west-1" if locale[:2] in ("it", "fr", "es", "de") else "us-east-1") + \
                        f":{int(hid(cid, 8), 16) % 10 ** 12:012d}:function:{cid.split('-', 1)[1]}"


def interaction_model(inv, intents, types):
    its = []
    for name, spec in intents.items():
        samples, slots = spec if isinstance(spec, tuple) else (spec, {})
        its.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
    for b in BUILTIN:
        if b not in intents:
            its.append({"name": b, "samples": []})
    return {"interactionModel": {"languageModel": {"invocationName": inv, "intents": its, "types": types}}}


def skill_json(c):
    locs = {}
    for loc, (name, inv, desc) in {c.locale: (c.name, c.inv, c.desc), **{k: v[:3] for k, v in c.extra_locales.items()}}.items():
        locs[loc] = {"name": name, "summary": desc[:160], "description": desc,
                     "examplePhrases": [f"Alexa, open {inv}", f"Alexa, ask {inv} to start"] if loc.startswith("en") else
                     [f"Alexa, {dict(it='apri', fr='ouvre', es='abre', pt='abrir', de='öffne').get(loc[:2], 'open')} {inv}"],
                     "keywords": ["game", "quiz"],
                     "smallIconUri": f"https://cdn.example-games.net/{hid(c.cid, 6)}/icon-108.png",
                     "largeIconUri": f"https://cdn.example-games.net/{hid(c.cid, 6)}/icon-512.png"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.perms), "isChildDirected": c.child,
          "isExportCompliant": True, "containsAds": False}
    if c.privacy:
        dom = c.privacy if isinstance(c.privacy, str) else f"https://{c.cid.split('-', 1)[1]}.example-games.net"
        pc["locales"] = {l: {"privacyPolicyUrl": dom + "/privacy", "termsOfUseUrl": dom + "/terms"} for l in locs}
    m = {"manifest": {"publishingInformation": {"locales": locs, "isAvailableWorldwide": False,
                                                 "testingInstructions": "Launch and play one round.",
                                                 "category": c.category,
                                                 "distributionCountries": [c.locale[-2:]]},
                      "apis": {"custom": {"endpoint": {"uri": c.endpoint}}}, "manifestVersion": "1.0",
                      "privacyAndCompliance": pc}}
    if c.perms:
        m["manifest"]["permissions"] = [{"name": p} for p in c.perms]
    return m


PERM = {"name": "alexa::profile:given_name:read", "fullname": "alexa::profile:name:read",
        "email": "alexa::profile:email:read", "phone": "alexa::profile:mobile_number:read",
        "address": "alexa::devices:all:address:full:read", "zip": "alexa:devices:all:address:country_and_postal_code:read",
        "geo": "alexa::devices:all:geolocation:read", "lists": "alexa::household:lists:read",
        "reminders": "alexa::alerts:reminders:skill:readwrite", "timers": "alexa::alerts:timers:skill:readwrite"}


def build_alexa(c):
    wj(os.path.join(c.dir, "skill-package", "skill.json"), skill_json(c))
    wj(os.path.join(c.dir, "skill-package", "interactionModels", "custom", f"{c.locale}.json"),
       interaction_model(c.inv, c.intents, c.types))
    for loc, v in c.extra_locales.items():
        wj(os.path.join(c.dir, "skill-package", "interactionModels", "custom", f"{loc}.json"),
           interaction_model(v[1], v[3], v[4] if len(v) > 4 else []))
    wj(os.path.join(c.dir, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": (
            {"runtime": "python3.11", "handler": "lambda_function.handler"} if c.code and c.code[0].endswith(".py")
            else {"runtime": "nodejs18.x", "handler": "index.handler"})}}}})
    if c.code:
        fn, src = c.code
        wt(os.path.join(c.dir, "lambda", fn), src)
    shapes = []
    for rec in c.recs:
        shape, where, sessions = rec[:3]
        opts = rec[3] if len(rec) > 3 else {}
        day = opts.pop("day", "2025-02-11")
        turns = expand(c, sessions, day=day, tag=where)
        fn = SHAPES[shape]
        fn(c, where, turns, **opts)
        if shape not in shapes:
            shapes.append(shape)
    return shapes


def register(c, shapes):
    LABELS[c.cid] = {"categories": sorted(c.cats), "locale": c.locale, "shapes": shapes, "why": c.why}


def alexa(**kw):
    c = Case(**kw)
    register(c, build_alexa(c))
    return c
