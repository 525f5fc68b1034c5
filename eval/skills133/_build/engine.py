"""Rendering engine for eval set 133: turns hand-written case specs (cases_*.py) into project folders
and recordings in many shapes. All wording lives in the case files; this only formats."""
import csv
import hashlib
import io
import json
import os
from datetime import datetime, timedelta

OUT = None  # set by gen.py
LABELS = {}


def h(*a, n=32):
    return hashlib.sha1("|".join(map(str, a)).encode()).hexdigest()[:n]


def uid(*a):
    x = h(*a)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def dump(path, obj, pretty=True):
    full = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        if isinstance(obj, str):
            f.write(obj)
        else:
            json.dump(obj, f, ensure_ascii=False, indent=2 if pretty else None)
            f.write("\n")


# ---------------------------------------------------------------- turns
class T:
    """One exchange. intent: LaunchRequest | SessionEndedRequest | intent name."""

    def __init__(self, u, intent, say, rep=None, end=False, slots=None, directives=None, card=None):
        self.u, self.intent, self.say, self.rep, self.end = u, intent, say, rep, end
        self.slots = slots or {}
        self.directives = directives
        self.card = card


def ssml(s):
    if s is None:
        return None
    return s if s.strip().startswith("<speak>") else f"<speak>{s}</speak>"


def plain(s):
    import re
    if s is None:
        return ""
    return re.sub(r"<[^>]+>", "", s)


class Ctx:
    def __init__(self, cid, locale, inv, endpoint=None, python=False):
        self.cid, self.locale, self.inv, self.python = cid, locale, inv, python
        self.app = "amzn1.ask.skill." + uid(cid, "app")
        self.user = "amzn1.ask.account." + h(cid, "user", n=40).upper()
        self.device = "amzn1.ask.device." + h(cid, "dev", n=40).upper()
        self.endpoint = endpoint or f"arn:aws:lambda:{'eu-west-1' if locale[:2] in ('de', 'es', 'fr') or locale == 'en-GB' else ('us-west-2' if locale == 'ja-JP' else 'us-east-1')}:{int(h(cid,'acct'),16) % 10**12:012d}:function:{cid.split('-',1)[1]}"


def flatten(ctx, sessions, start, tag=""):
    """-> list of (request_envelope, response_envelope, turn, ts)."""
    out = []
    t0 = datetime.fromisoformat(start)
    k = 0
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(ctx.cid, tag, si)
        for ti, turn in enumerate(sess):
            ts = t0 + timedelta(minutes=si * 7, seconds=ti * 19 + 3)
            rid = "amzn1.echo-api.request." + uid(ctx.cid, tag, si, ti)
            if turn.intent == "LaunchRequest":
                r = {"type": "LaunchRequest"}
            elif turn.intent == "SessionEndedRequest":
                r = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
            else:
                r = {"type": "IntentRequest", "intent": {"name": turn.intent, "confirmationStatus": "NONE", "slots": {
                    n: {"name": n, "value": v, "confirmationStatus": "NONE", "source": "USER"} for n, v in turn.slots.items()}}}
                if not turn.slots:
                    del r["intent"]["slots"]
            r.update({"requestId": rid, "locale": ctx.locale, "timestamp": ts.strftime("%Y-%m-%dT%H:%M:%SZ")})
            if turn.intent not in ("LaunchRequest", "SessionEndedRequest", "AMAZON.StopIntent", "AMAZON.CancelIntent"):
                r["dialogState"] = "COMPLETED" if turn.slots else None
                if r["dialogState"] is None:
                    del r["dialogState"]
            req = {"version": "1.0",
                   "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": ctx.app},
                               "attributes": {}, "user": {"userId": ctx.user}},
                   "context": {"System": {"application": {"applicationId": ctx.app}, "user": {"userId": ctx.user},
                                          "device": {"deviceId": ctx.device, "supportedInterfaces": {"AudioPlayer": {}}},
                                          "apiEndpoint": "https://api.eu.amazonalexa.com" if ctx.locale[:2] in ("de", "es", "fr") or ctx.locale == "en-GB" else ("https://api.fe.amazonalexa.com" if ctx.locale == "ja-JP" else "https://api.amazonalexa.com"),
                                          "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJhdWQiOiJodHRwczovL2FwaS5hbWF6b25hbGV4YS5jb20ifQ.REDACTED"}},
                   "request": r}
            if ti == 0:
                del req["session"]["attributes"]
            if turn.intent == "SessionEndedRequest":
                resp = {"version": "1.0", "response": {}}
            else:
                body = {}
                if turn.say is not None:
                    body["outputSpeech"] = {"type": "SSML", "ssml": ssml(turn.say)}
                if turn.card:
                    body["card"] = {"type": "Simple", "title": turn.card[0], "content": turn.card[1]}
                if turn.rep is not None:
                    body["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(turn.rep)}}
                if turn.directives:
                    body["directives"] = turn.directives
                if turn.end is not None:
                    body["shouldEndSession"] = turn.end
                resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-python/1.19.0 Python/3.11.6" if ctx.python else "ask-node/2.14.0 Node/v18.19.0", "response": body}
            out.append((req, resp, turn, ts))
    return out


# ---------------------------------------------------------------- Alexa shapes
def r_envelope(ctx, flat, base):
    for i, (q, p, t, ts) in enumerate(flat):
        name = (t.intent.replace("AMAZON.", "").replace("Request", "")).lower()
        dump(f"{base}/{i+1:02d}-{name}.json", p)


def r_pairs_jsonl(ctx, flat, base):
    dump(base, "".join(json.dumps({"request": q, "response": p}, ensure_ascii=False) + "\n" for q, p, _, _ in flat))


def r_pairs_array(ctx, flat, base):
    dump(base, [{"request": q, "response": p} for q, p, _, _ in flat])


def _sim(ctx, q, p, t, i):
    return {"id": uid(ctx.cid, "sim", i, q["request"]["requestId"]), "status": "SUCCESSFUL", "result": {
        "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(t.say)}}] if t.say else [],
                               "consideredIntents": [{"name": t.intent, "confirmationStatus": "NONE", "slots": {}}]},
        "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": ctx.endpoint, "body": q},
                                                "invocationResponse": {"body": p},
                                                "metrics": {"skillExecutionTimeInMilliseconds": 200 + i * 13}}]},
        "error": None}}


def r_smapi_sim(ctx, flat, base):
    for i, (q, p, t, ts) in enumerate(flat):
        dump(f"{base}/sim-{i+1:02d}.json", _sim(ctx, q, p, t, i))


def r_smapi_inv(ctx, flat, base):
    for i, (q, p, t, ts) in enumerate(flat):
        dump(f"{base}/invoke-{i+1:02d}.json", {"id": uid(ctx.cid, "inv", i), "status": "SUCCESSFUL", "result": {
            "skillExecutionInfo": {"invocationRequest": {"endpoint": ctx.endpoint, "body": q},
                                   "invocationResponse": {"body": p},
                                   "metrics": {"skillExecutionTimeInMilliseconds": 180 + i}}, "error": None}})


def r_ask_dialog(ctx, flat, base):
    dump(f"{base}/replay.json", {"skillId": ctx.app, "locale": ctx.locale, "type": "text",
                                 "userInput": [t.u for _, _, t, _ in flat if t.u]})
    lines = []
    for q, p, t, ts in flat:
        if t.u:
            lines.append(f"User  > {t.u}")
        if t.say is not None:
            lines.append(f"Alexa > {plain(t.say)}")
        lines.append(f"        [shouldEndSession={json.dumps(p['response'].get('shouldEndSession'))}, reprompt={json.dumps(p['response'].get('reprompt', {}).get('outputSpeech', {}).get('ssml'), ensure_ascii=False)}]")
    dump(f"{base}/replay-output.txt", "\n".join(lines) + "\n")


def r_cw_text(ctx, flat, base):
    L = []
    for q, p, t, ts in flat:
        rid = uid(ctx.cid, "lambda", q["request"]["requestId"])
        st = ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (int(h(rid), 16) % 1000)
        L.append(f"START RequestId: {rid} Version: $LATEST")
        if ctx.python:
            L.append(f"[INFO]\t{st}\t{rid}\tRequest Envelope: {json.dumps(q, ensure_ascii=False)}")
            L.append(f"[INFO]\t{st}\t{rid}\tResponse: {json.dumps(p, ensure_ascii=False)}")
        else:
            L.append(f"{st}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False, separators=(',', ':'))}")
            L.append(f"{st}\t{rid}\tINFO\tResponse: {json.dumps(p, ensure_ascii=False, separators=(',', ':'))}")
        L.append(f"END RequestId: {rid}")
        L.append(f"REPORT RequestId: {rid}\tDuration: 87.31 ms\tBilled Duration: 88 ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
    dump(base, "\n".join(L) + "\n")


def r_cw_json(ctx, flat, base):
    ev = []
    for q, p, t, ts in flat:
        rid = uid(ctx.cid, "lambda", q["request"]["requestId"])
        ms = int(ts.timestamp() * 1000)
        for k, (lab, obj) in enumerate((("Request", q), ("Response", p))):
            ev.append({"logStreamName": ts.strftime("%Y/%m/%d/[$LATEST]") + h(ctx.cid, "stream"), "timestamp": ms + k,
                       "message": f"{ts.strftime('%Y-%m-%dT%H:%M:%S')}.{k:03d}Z\t{rid}\tINFO\t{lab}: {json.dumps(obj, ensure_ascii=False, separators=(',', ':'))}\n",
                       "ingestionTime": ms + 900, "eventId": str(int(h(rid, k, n=16), 16))})
    dump(base, {"events": ev, "searchedLogStreams": []})


def r_har(ctx, flat, base):
    url = "https://" + h(ctx.cid, "host", n=10) + ".execute-api.eu-west-1.amazonaws.com/prod/alexa"
    entries = []
    for q, p, t, ts in flat:
        entries.append({"startedDateTime": ts.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 143,
                        "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                {"name": "Signature-256", "value": "REDACTED"}],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                    "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                                     "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(p, ensure_ascii=False)},
                                     "redirectURL": "", "headersSize": -1, "bodySize": -1},
                        "cache": {}, "timings": {"send": 1, "wait": 140, "receive": 2}})
    dump(base, {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"}, "entries": entries}})


def r_transcript(ctx, flat, base):
    L = [f"# QA run {flat[0][3].strftime('%Y-%m-%d')} locale={ctx.locale} build=rc"]
    for q, p, t, ts in flat:
        stamp = ts.strftime("%H:%M:%S")
        if t.u:
            L.append(f"[{stamp}] USER: {t.u}")
        if t.say is not None:
            L.append(f"[{stamp}] SKILL: {plain(t.say)}")
        rp = p["response"].get("reprompt")
        if rp:
            L.append(f"[{stamp}] SKILL (reprompt): {json.dumps(rp['outputSpeech']['ssml'], ensure_ascii=False)}")
        L.append(f"[{stamp}] session_open={str(not p['response'].get('shouldEndSession', False)).lower() if t.intent != 'SessionEndedRequest' else 'false'}")
    dump(base, "\n".join(L) + "\n")


# ---- shapes not in set 1
def r_bst(ctx, flat, base):
    """bespoken `bst test` (unit mode) JSON report."""
    tests = []
    for i, (q, p, t, ts) in enumerate(flat):
        tests.append({"name": f"{t.u or t.intent}", "skipped": False, "passed": True, "interactions": [
            {"utterance": t.u or t.intent, "passed": True, "errors": [],
             "actual": {"prompt": plain(t.say), "reprompt": plain((t.rep or "")) if t.rep is not None else None,
                        "sessionEnded": bool(p["response"].get("shouldEndSession", False)),
                        "response": p}}]})
    dump(base, {"summary": {"suites": 1, "tests": len(tests), "passed": len(tests), "failed": 0},
                "testSuites": [{"name": f"{ctx.inv} regression", "locale": ctx.locale, "tests": tests}],
                "timestamp": flat[0][3].strftime("%Y-%m-%dT%H:%M:%SZ"), "bstVersion": "2.6.21"})


def _pf(v, ind=0):
    """jest pretty-format (snapshotFormat printBasicPrototype:false)."""
    pad = "  " * ind
    if isinstance(v, dict):
        if not v:
            return "{}"
        s = "{\n"
        for k in sorted(v):
            s += f'{pad}  "{k}": {_pf(v[k], ind+1)},\n'
        return s + pad + "}"
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[\n" + "".join(f"{pad}  {_pf(x, ind+1)},\n" for x in v) + pad + "]"
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, (int, float)):
        return str(v)
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def r_jest(ctx, flat, base):
    s = "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\n"
    for i, (q, p, t, ts) in enumerate(flat):
        name = f"{t.intent} handler {t.u or ''}".strip()
        s += f"exports[`{name} 1`] = `\n{_pf(p).replace('`', chr(92)+'`')}\n`;\n\n"
    dump(base, s)


def r_junit(ctx, flat, base):
    from xml.sax.saxutils import quoteattr
    cases = []
    for i, (q, p, t, ts) in enumerate(flat):
        body = f"request: {json.dumps(q, ensure_ascii=False)}\nresponse: {json.dumps(p, ensure_ascii=False)}"
        cases.append(f'    <testcase classname="tests.test_handlers" name={quoteattr("test_" + t.intent.replace(".", "_").lower() + f"_{i}")} time="0.0{i+1}">\n'
                     f"      <system-out><![CDATA[{body}]]></system-out>\n    </testcase>")
    dump(base, f'<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(cases)}" time="1.204" timestamp="{flat[0][3].strftime("%Y-%m-%dT%H:%M:%S")}" hostname="ci-runner-7">\n'
         + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")


def r_slack(ctx, flat, base):
    msgs = []
    for i, (q, p, t, ts) in enumerate(flat):
        tx = ""
        if t.u:
            tx += f"> me: _{t.u}_\n"
        tx += f"> skill: {plain(t.say)}\n" if t.say is not None else ""
        tx += "```" + json.dumps(p["response"], ensure_ascii=False) + "```"
        msgs.append({"type": "message", "user": "U0" + h(ctx.cid, "slk", n=8).upper(), "text": tx,
                     "ts": f"{int(ts.timestamp())}.{i:06d}", "team": "T01QA7", "user_profile": {"real_name": "QA bot relay"}})
    dump(base, msgs)


def r_postman(ctx, flat, base):
    items = []
    url = "http://localhost:3000/"
    for i, (q, p, t, ts) in enumerate(flat):
        rq = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
              "body": {"mode": "raw", "raw": json.dumps(q, ensure_ascii=False, indent=2)},
              "url": {"raw": url, "protocol": "http", "host": ["localhost"], "port": "3000", "path": [""]}}
        items.append({"name": f"{i+1:02d} {t.intent} {t.u or ''}".strip(), "request": rq, "response": [
            {"name": "recorded", "originalRequest": rq, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
             "header": [{"key": "Content-Type", "value": "application/json"}], "cookie": [],
             "body": json.dumps(p, ensure_ascii=False, indent=2)}]})
    dump(base, {"info": {"_postman_id": uid(ctx.cid, "pm"), "name": f"{ctx.inv} local", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items})


def r_csv(ctx, flat, base):
    b = io.StringIO()
    w = csv.writer(b)
    w.writerow(["session_id", "turn", "timestamp", "user_said", "request_type", "intent", "skill_said", "reprompt_ssml", "should_end_session"])
    for i, (q, p, t, ts) in enumerate(flat):
        rp = p["response"].get("reprompt")
        w.writerow([q["session"]["sessionId"][-12:], i + 1, ts.strftime("%Y-%m-%d %H:%M:%S"), t.u or "", q["request"]["type"],
                    t.intent if q["request"]["type"] == "IntentRequest" else "", plain(t.say) if t.say is not None else "",
                    rp["outputSpeech"]["ssml"] if rp else "", str(p["response"].get("shouldEndSession", "")).upper()])
    dump(base, b.getvalue())


def r_sam(ctx, flat, base):
    for i, (q, p, t, ts) in enumerate(flat):
        dump(f"{base}/events/{i+1:02d}-{t.intent.replace('AMAZON.', '').lower()}.json", q)
        rid = uid(ctx.cid, "sam", i)
        rt = "python3.11" if ctx.python else "nodejs18.x"
        log = (f"Invoking {'lambda_function.lambda_handler' if ctx.python else 'index.handler'} ({rt})\n"
               f"Local image is up-to-date\nUsing local image: public.ecr.aws/lambda/{'python:3.11' if ctx.python else 'nodejs:18'}-rapid-x86_64.\n\n"
               f"Mounting /home/dev/{ctx.cid.split('-',1)[1]}/lambda as /var/task:ro,delegated, inside runtime container\n"
               f"START RequestId: {rid} Version: $LATEST\nEND RequestId: {rid}\n"
               f"REPORT RequestId: {rid}\tInit Duration: 0.41 ms\tDuration: 611.02 ms\tBilled Duration: 612 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB\t\n"
               f"{json.dumps(p, ensure_ascii=False)}\n")
        dump(f"{base}/sam-local-{i+1:02d}.log", log)


ALEXA_SHAPES = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array,
                "smapi-simulation": r_smapi_sim, "smapi-invocation": r_smapi_inv, "ask-dialog": r_ask_dialog,
                "cloudwatch-text": r_cw_text, "cloudwatch-json": r_cw_json, "har": r_har, "transcript": r_transcript,
                "bst-test-report": r_bst, "jest-snapshot": r_jest, "junit-xml": r_junit, "slack-export": r_slack,
                "postman-collection": r_postman, "csv-transcript": r_csv, "sam-local-log": r_sam}

BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def alexa(cid, locale, inv, name, desc, intents, recs, cats, why, types=None, perms=None, policy=True, child=False,
          category="PRODUCTIVITY", python=False, code=None, extra_locales=None, phrases=None):
    """intents: list of (name, samples, {slot: type}); recs: list of (shape, path, sessions, start_iso)."""
    global OUT
    root = OUT
    OUT = os.path.join(root, "cases", cid)
    ctx = Ctx(cid, locale, inv, python=python)
    locs = [locale] + (extra_locales or [])
    pi = {"locales": {l: {"summary": desc[:120], "examplePhrases": phrases or [f"Alexa, open {inv}"], "name": name,
                          "description": desc, "keywords": [],
                          "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(cid,'i',n=4)}/APP_ICON?versionId=small",
                          "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(cid,'i',n=4)}/APP_ICON_LARGE?versionId=large"} for l in locs},
          "isAvailableWorldwide": False, "distributionCountries": [{"en-US": "US", "en-GB": "GB", "de-DE": "DE", "ja-JP": "JP", "es-ES": "ES", "fr-FR": "FR"}[locale]],
          "testingInstructions": "No account linking. Use the example phrases.", "category": category,
          "automaticDistribution": {"isActive": False}}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(perms), "isChildDirected": child, "isExportCompliant": True,
          "containsAds": False}
    if policy:
        dom = cid.split("-", 1)[1].replace("-", "")
        pc["locales"] = {l: {"privacyPolicyUrl": policy if isinstance(policy, str) else f"https://{dom}.app/{l.lower()}/privacy",
                             "termsOfUseUrl": f"https://{dom}.app/terms"} for l in locs}
    man = {"manifest": {"publishingInformation": pi, "apis": {"custom": {"endpoint": {"uri": ctx.endpoint}, "interfaces": []}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if perms:
        man["manifest"]["permissions"] = [{"name": p} for p in perms]
    dump("skill-package/skill.json", man)
    ints = [{"name": n, "slots": [{"name": s, "type": ty} for s, ty in (sl or {}).items()], "samples": smp} for n, smp, sl in intents]
    have = {i["name"] for i in ints}
    ints += [{"name": b, "samples": []} for b in BUILTINS if b not in have]
    for l in locs:
        im = {"interactionModel": {"languageModel": {"invocationName": inv, "intents": ints,
                                                     "types": [{"name": k, "values": [{"name": {"value": v}} for v in vs]} for k, vs in (types or {}).items()]}}}
        dump(f"skill-package/interactionModels/custom/{l}.json", im)
    dump("ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
         "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "python3.11" if python else "nodejs18.x", "handler": "lambda_function.lambda_handler" if python else "index.handler"}}}}})
    from lambda_src import CODE
    code = code or CODE.get(cid)
    if code:
        dump("lambda/lambda_function.py" if python else "lambda/index.js", code)
    shapes = []
    for shape, path, sessions, start in recs:
        flat = flatten(ctx, sessions, start, tag=path)
        ALEXA_SHAPES[shape](ctx, flat, path)
        if shape not in shapes:
            shapes.append(shape)
    OUT = root
    LABELS[cid] = {"categories": sorted(cats), "locale": locale, "shapes": shapes, "why": why}


# ---------------------------------------------------------------- Google
class GT:
    def __init__(self, u, intent, say, end=False, noinput=None, perms=None, scene="Main", params=None):
        self.u, self.intent, self.say, self.end, self.noinput, self.perms, self.scene = u, intent, say, end, noinput, perms, scene
        self.params = params or {}


def g_scene(gid, lang, sessions, start, base):
    t0 = datetime.fromisoformat(start)
    lines = []
    for si, s in enumerate(sessions):
        sid = "ABwppHG" + h(gid, "gs", si, n=40)
        for ti, t in enumerate(s):
            ts = t0 + timedelta(minutes=si * 5, seconds=ti * 17)
            req = {"handler": {"name": t.intent.lower().replace(".", "_")}, "intent": {"name": t.intent, "params": {k: {"original": v, "resolved": v} for k, v in t.params.items()}, "query": t.u},
                   "scene": {"name": t.scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                   "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED",
                            "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": ts.strftime("%Y-%m-%dT%H:%M:%SZ")},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Berlin" if lang.startswith("de") else "America/New_York"}}}
            resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t.say, "text": plain(t.say)}},
                    "scene": {"name": t.scene, "slots": {}}}
            if t.end:
                resp["scene"]["next"] = {"name": "actions.scene.END_CONVERSATION"}
            lines.append(json.dumps({"timestamp": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "request": req, "response": resp}, ensure_ascii=False))
    dump(base, "\n".join(lines) + "\n")


def g_dialogflow(gid, lang, sessions, start, base):
    t0 = datetime.fromisoformat(start)
    arr = []
    for si, s in enumerate(sessions):
        conv = "ABwppHE" + h(gid, "df", si, n=40)
        for ti, t in enumerate(s):
            req = {"responseId": uid(gid, si, ti, "rid"), "queryResult": {"queryText": t.u, "parameters": t.params, "allRequiredParamsPresent": True,
                   "fulfillmentMessages": [{"text": {"text": [""]}}], "outputContexts": [],
                   "intent": {"name": f"projects/{gid.split('-',1)[1]}-agent/agent/intents/{uid(gid, t.intent)}", "displayName": t.intent},
                   "intentDetectionConfidence": 1, "languageCode": lang},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": {"locale": lang, "userVerificationStatus": "VERIFIED", "lastSeen": (t0 + timedelta(days=-1)).strftime("%Y-%m-%dT%H:%M:%SZ")},
                       "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE"},
                       "inputs": [{"rawInputs": [{"query": t.u, "inputType": "VOICE"}], "intent": "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT",
                                   "arguments": [{"rawText": t.u, "textValue": t.u, "name": "text"}]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                       "isInSandbox": True, "requestType": "SIMULATOR"}},
                   "session": f"projects/{gid.split('-',1)[1]}-agent/agent/sessions/{conv}"}
            g = {"expectUserResponse": not t.end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.say}}]}}
            if t.noinput is not None:
                g["noInputPrompts"] = [{"textToSpeech": x} for x in t.noinput]
            if t.perms:
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.perms[0], "permissions": t.perms[1]}}
            arr.append({"request": req, "response": {"fulfillmentText": plain(t.say), "payload": {"google": g}}})
    dump(base, arr)


def g_conv(gid, lang, sessions, start, base):
    t0 = datetime.fromisoformat(start)
    n = 0
    for si, s in enumerate(sessions):
        conv = h(gid, "cv", si, n=13)
        for ti, t in enumerate(s):
            n += 1
            req = {"user": {"userId": "ABwppHF" + h(gid, "u", n=30), "locale": lang, "lastSeen": (t0 - timedelta(hours=30)).strftime("%Y-%m-%dT%H:%M:%SZ"), "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE", **({} if ti == 0 else {"conversationToken": "[]"})},
                   "inputs": [{"intent": t.intent, "rawInputs": [{"inputType": "VOICE", "query": t.u}],
                               "arguments": [{"name": "text", "rawText": t.u, "textValue": t.u}] if ti else []}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True,
                   "availableSurfaces": []}
            rich = {"items": [{"simpleResponse": {"textToSpeech": t.say}}]}
            if t.end:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": rich}}
            else:
                ei = {"inputPrompt": {"richInitialPrompt": rich, "noInputPrompts": [{"textToSpeech": x} for x in (t.noinput or [])]},
                      "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                if t.perms:
                    ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.perms[0], "permissions": t.perms[1]}}]
                resp = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
            dump(f"{base}/{n:02d}-{'request'}.json", req)
            dump(f"{base}/{n:02d}-{'response'}.json", resp)


G_SHAPES = {"gactions-scene": g_scene, "dialogflow-webhook": g_dialogflow, "gactions-conversation": g_conv}


def yaml_list(items, ind):
    return "".join(f"{' '*ind}- {json.dumps(x, ensure_ascii=False)}\n" for x in items)


def google(gid, lang, display, invocation, kind, intents, recs, cats, why, policy=True, desc="", types=None, locale_label=None, main_say=""):
    """kind: builder | dialogflow | sdk2. intents: list of (name, phrases, {param: type})."""
    global OUT
    root = OUT
    OUT = os.path.join(root, "cases", gid)
    dom = gid.split("-", 1)[1].replace("-", "")
    pol = f"https://{dom}.dev/privacy" if policy else ""
    if kind == "builder":
        s = (f"defaultLocale: {lang[:2]}\nlocalizedSettings:\n  displayName: {json.dumps(display, ensure_ascii=False)}\n  pronunciation: {json.dumps(invocation, ensure_ascii=False)}\n"
             f"  shortDescription: {json.dumps(desc[:80], ensure_ascii=False)}\n  fullDescription: {json.dumps(desc, ensure_ascii=False)}\n"
             f"  developerName: {dom.title()} Labs\n  developerEmail: dev@{dom}.dev\n" + (f"  privacyPolicyUrl: {pol}\n" if pol else "") +
             f"  sampleInvocations:\n  - {json.dumps('Talk to ' + invocation if lang.startswith('en') else invocation, ensure_ascii=False)}\n"
             f"projectId: {dom}-{h(gid, n=5)}\ncategory: PRODUCTIVITY\nusesTransactionsApi: false\nusesDigitalPurchaseApi: false\nusesInteractiveCanvas: false\n")
        dump("sdk/settings/settings.yaml", s)
        dump("sdk/manifest.yaml", "version: \"1.0\"\n")
        dump("sdk/webhooks/ActionsOnGoogleFulfillment.yaml", f"handlers:\n- name: main\n" + "".join(f"- name: {n.lower()}\n" for n, _, _ in intents) + "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
        dump("sdk/custom/global/actions.intent.MAIN.yaml", "handler:\n  webhookHandler: main\ntransitionToScene: Main\n")
        sc = "intentEvents:\n"
        for n, ph, pa in intents:
            body = f"intents:\n  parameters:\n" if False else ""
            y = "trainingPhrases:\n" + yaml_list(ph, 0)
            if pa:
                y = "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in pa.items()) + y
            dump(f"sdk/custom/intents/{n}.yaml", y)
            sc += f"- handler:\n    webhookHandler: {n.lower()}\n  intent: {n}\n"
        dump("sdk/custom/scenes/Main.yaml", sc)
        for tn, tv in (types or {}).items():
            dump(f"sdk/custom/types/{tn}.yaml", tv)
    elif kind == "dialogflow":
        dump("agent.json", {"description": desc, "language": lang[:2], "shortDescription": "", "examples": "", "linkToDocs": "",
                            "displayName": display, "disableInteractionLogs": False, "disableStackdriverLogs": True,
                            "googleAssistant": {"googleAssistantCompatible": True, "project": dom, "welcomeIntentSignInRequired": False,
                                                "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                                "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                                "autoPreviewEnabled": True, "isDeviceAgent": False},
                            "defaultTimezone": "Europe/Madrid" if lang.startswith("es") else ("Europe/Berlin" if lang.startswith("de") else ("Asia/Tokyo" if lang.startswith("ja") else "America/Chicago")),
                            "webhook": {"url": f"https://us-central1-{dom}.cloudfunctions.net/dialogflowFirebaseFulfillment", "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                            "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2apha1",
                            "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "",
                            "privacyPolicyUrl": pol} if pol else {"description": desc, "language": lang[:2], "displayName": display, "defaultTimezone": "Europe/Madrid",
                            "webhook": {"url": f"https://us-central1-{dom}.cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True},
                            "googleAssistant": {"googleAssistantCompatible": True, "project": dom, "protocolVersion": "V2"}})
        dump("package.json", {"version": "1.0.0"})
        for n, ph, pa in intents:
            dump(f"intents/{n}.json", {"id": uid(gid, n), "name": n, "auto": True, "contexts": [], "responses": [{"resetContexts": False, "action": n.lower(), "affectedContexts": [],
                 "parameters": [{"id": uid(gid, n, k), "name": k, "required": False, "dataType": v, "value": "$" + k, "defaultValue": "", "isList": False, "prompts": [], "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [], "outputDialogContexts": []} for k, v in pa.items()],
                 "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang[:2], "condition": ""}], "speech": []}],
                 "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}] if "Welcome" in n else [],
                 "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []})
            us = []
            for p in ph:
                data = []
                for part in p:
                    if isinstance(part, tuple):
                        data.append({"text": part[0], "alias": part[1], "meta": part[2], "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                us.append({"id": uid(gid, n, str(p)), "data": data, "isTemplate": False, "count": 0, "lang": lang[:2], "updated": 0})
            if us:
                dump(f"intents/{n}_usersays_{lang[:2]}.json", us)
    else:  # sdk2
        dump("action.json", {"locale": lang, "actions": [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": dom},
                                                           "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {invocation}"]}}}] +
                             [{"description": n, "name": n, "fulfillment": {"conversationName": dom}, "intent": {"name": n, "parameters": [{"name": k, "type": v} for k, v in pa.items()],
                               "trigger": {"queryPatterns": ph}}} for n, ph, pa in intents],
                             "conversations": {dom: {"name": dom, "url": f"https://{dom}.dev/fulfillment", "fulfillmentApiVersion": 2}},
                             "manifest": {"displayName": display, "invocationName": invocation, "shortDescription": desc[:60], "longDescription": desc,
                                          "category": "PRODUCTIVITY", **({"privacyUrl": pol} if pol else {})}})
    shapes = []
    for shape, path, sessions, start in recs:
        G_SHAPES[shape](gid, lang, sessions, start, path)
        if shape not in shapes:
            shapes.append(shape)
    OUT = root
    LABELS[gid] = {"categories": sorted(cats), "locale": locale_label or lang, "shapes": shapes, "why": why}
