"""Rendering helpers for eval set 90. All case content lives in cases_*.py; this file only turns
hand-written specs into project files and recordings of many shapes."""
import csv, hashlib, io, json, os, re, shutil, uuid
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "cases")
LABELS = {}

BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
            "AMAZON.FallbackIntent"]


def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    return str(uuid.UUID(hid(*parts)))


def write(cid, rel, content):
    p = os.path.join(OUT, cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if not isinstance(content, str):
        content = json.dumps(content, indent=2, ensure_ascii=False) + "\n"
    with open(p, "w", encoding="utf-8") as f:
        f.write(content)


# ---------------------------------------------------------------- Alexa package
def alexa_package(cid, locale, name, inv, intents, types=(), perms=(), policy=None, child=False,
                  category="EDUCATION_AND_REFERENCE", desc=None, extra_locales=(), phrases=None, code=None):
    locs = [locale] + list(extra_locales)
    pub = {}
    for l in locs:
        pub[l] = {"summary": desc or name, "examplePhrases": phrases or [f"Alexa, open {inv}"],
                  "name": name, "description": desc or name,
                  "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(cid,'i',n=4)}/APP_ICON?versionId=small",
                  "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(cid,'i',n=4)}/APP_ICON_LARGE?versionId=large"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(perms) or bool(policy), "isChildDirected": child,
          "isExportCompliant": True, "containsAds": False}
    if policy:
        pc["locales"] = {l: {"privacyPolicyUrl": policy, "termsOfUseUrl": policy.rsplit("/", 1)[0] + "/terms"} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                    "testingInstructions": "Open the skill and follow the prompts.",
                                                    "category": category,
                                                    "distributionCountries": [l.split("-")[1] for l in locs]},
                        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:eu-west-1:{int(hid(cid,'acct',n=10),16)%10**12:012d}:function:{cid[6:]}"}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if perms:
        man["manifest"]["permissions"] = [{"name": p} for p in perms]
    write(cid, "skill-package/skill.json", man)
    ints = []
    for it in intents:
        nm, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        d = {"name": nm, "samples": list(samples)}
        if slots:
            d["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
        ints.append(d)
    names = {i["name"] for i in ints}
    for b in BUILTINS:
        if b not in names:
            ints.append({"name": b, "samples": []})
    tys = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in types]
    for l in locs:
        lm = {"invocationName": inv if not isinstance(inv, dict) else inv.get(l, list(inv.values())[0]),
              "intents": ints}
        if tys:
            lm["types"] = tys
        write(cid, f"skill-package/interactionModels/custom/{l}.json", {"interactionModel": {"languageModel": lm}})
    write(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if code:
        fn, txt = code
        write(cid, fn, txt)


# ---------------------------------------------------------------- Alexa conversation
def T(intent, say, rep=None, end=False, slots=None, u=None, dirs=None, card=None):
    return dict(intent=intent, say=say, rep=rep, end=end, slots=slots or {}, u=u, dirs=dirs, card=card)


def speech(s):
    if s is None:
        return None
    if s.startswith("PT:"):
        return {"type": "PlainText", "text": s[3:]}
    if s.startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "SSML", "ssml": f"<speak>{s}</speak>"}


def build_pairs(cid, locale, turns, tag="a", start="2025-03-04T18:02:11Z"):
    """turns -> list of (utterance, request envelope, response envelope)."""
    app = f"amzn1.ask.skill.{uid(cid,'app')}"
    user = "amzn1.ask.account." + hid(cid, "user", n=40).upper()
    dev = "amzn1.ask.device." + hid(cid, "dev", n=40).upper()
    out, sess_n, new = [], 0, True
    import datetime as dt
    t0 = dt.datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
    attrs = {}
    for i, t in enumerate(turns):
        if new:
            sess_n += 1
        sid = f"amzn1.echo-api.session.{uid(cid, tag, 'sess', sess_n)}"
        ts = (t0 + dt.timedelta(seconds=9 * i + 60 * sess_n)).strftime("%Y-%m-%dT%H:%M:%SZ")
        rid = f"amzn1.echo-api.request.{uid(cid, tag, 'req', i)}"
        if t["intent"] == "LAUNCH":
            r = {"type": "LaunchRequest", "requestId": rid, "locale": locale, "timestamp": ts, "shouldLinkResultBeReturned": False}
        elif t["intent"] == "END":
            r = {"type": "SessionEndedRequest", "requestId": rid, "locale": locale, "timestamp": ts, "reason": "USER_INITIATED"}
        else:
            r = {"type": "IntentRequest", "requestId": rid, "locale": locale, "timestamp": ts,
                 "intent": {"name": t["intent"], "confirmationStatus": "NONE",
                            "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t["slots"].items()}},
                 "dialogState": "STARTED" if t["slots"] else None}
            if r["dialogState"] is None:
                del r["dialogState"]
        sess = {"new": new, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user}}
        if not new:
            sess["attributes"] = dict(attrs)
        req = {"version": "1.0", "session": sess,
               "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                      "device": {"deviceId": dev, "supportedInterfaces": {}},
                                      "apiEndpoint": "https://api.eu.amazonalexa.com" if locale[:2] in "de fr it es" else ("https://api.fe.amazonalexa.com" if locale == "ja-JP" else "https://api.amazonalexa.com"),
                                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}},
               "request": r}
        resp = {}
        if t["say"] is not None:
            resp["outputSpeech"] = speech(t["say"])
        if t["card"] == "LinkAccount":
            resp["card"] = {"type": "LinkAccount"}
        elif t["card"]:
            resp["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
        if t["rep"] is not None:
            resp["reprompt"] = {"outputSpeech": speech(t["rep"])}
        if t["dirs"]:
            resp["directives"] = t["dirs"]
        if t["intent"] != "END":
            resp["shouldEndSession"] = t["end"]
        attrs = {"turn": i + 1}
        env = {"version": "1.0", "sessionAttributes": attrs, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": resp}
        u = t["u"] or {"LAUNCH": "open {inv}", "END": "(session ended)"}.get(t["intent"], t["intent"])
        out.append((u, req, env))
        new = bool(t["end"]) or t["intent"] == "END"
    return out


def _say_text(env):
    r = env["response"]
    os_ = r.get("outputSpeech") or {}
    return os_.get("ssml", os_.get("text", ""))


def _rep_text(env):
    r = env["response"].get("reprompt") or {}
    o = r.get("outputSpeech") or {}
    return o.get("ssml", o.get("text", "")) if r else None


def render(cid, shape, pairs, where, inv="", locale="en-US", app_fn=None):
    """Write recordings of `pairs` in `shape` under folder `where` (a path inside the case)."""
    P = [(u.replace("{inv}", inv), q, s) for u, q, s in pairs]
    app = P[0][1]["session"]["application"]["applicationId"]
    fn = app_fn or cid[6:]
    if shape == "envelope":
        for i, (u, q, s) in enumerate(P):
            write(cid, f"{where}/{i+1:02d}-{q['request'].get('intent',{}).get('name', q['request']['type'])}.json", s)
    elif shape == "pairs-jsonl":
        write(cid, f"{where}", "".join(json.dumps({"request": q, "response": s}, ensure_ascii=False) + "\n" for u, q, s in P))
    elif shape == "pairs-array":
        write(cid, f"{where}", [{"request": q, "response": s} for u, q, s in P])
    elif shape == "smapi-simulation":
        for i, (u, q, s) in enumerate(P):
            write(cid, f"{where}/sim-{i+1:02d}.json", {"id": uid(cid, where, "sim", i), "status": "SUCCESSFUL", "result": {
                "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _plain(_say_text(s))}}],
                                       "consideredIntents": []},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": f"arn:aws:lambda:eu-west-1:1234:function:{fn}", "body": q},
                                                        "invocationResponse": {"body": s},
                                                        "metrics": {"skillExecutionTimeInMilliseconds": 180 + i}}]},
                "error": None}})
    elif shape == "smapi-invocation":
        for i, (u, q, s) in enumerate(P):
            write(cid, f"{where}/invoke-{i+1:02d}.json", {"id": uid(cid, where, "inv", i), "status": "SUCCESSFUL", "result": {
                "skillExecutionInfo": {"invocationRequest": {"endpoint": f"arn:aws:lambda:eu-west-1:1234:function:{fn}", "body": q},
                                       "invocationResponse": {"body": s}, "metrics": {"skillExecutionTimeInMilliseconds": 211}},
                "error": None}})
    elif shape == "ask-dialog":
        write(cid, f"{where}/dialog-replay.json", {"skillId": app, "locale": locale, "type": "text",
                                                     "userInput": [u for u, q, s in P]})
        write(cid, f"{where}/dialog-output.json", [{"utterance": u, "invocations": [{"request": q, "response": s}]} for u, q, s in P])
    elif shape == "ask-dialog-text":
        write(cid, f"{where}/dialog-replay.json", {"skillId": app, "locale": locale, "type": "text",
                                                     "userInput": [u for u, q, s in P]})
        lines = []
        for u, q, s in P:
            lines.append(f"User  > {u}")
            lines.append(f"Alexa > {_plain(_say_text(s))}")
            rp = _rep_text(s)
            if rp is not None:
                lines.append(f"        (reprompt: {rp!r}, shouldEndSession: {str(s['response'].get('shouldEndSession')).lower()})")
            else:
                lines.append(f"        (shouldEndSession: {str(s['response'].get('shouldEndSession')).lower()})")
        write(cid, f"{where}/dialog-output.txt", "\n".join(lines) + "\n")
    elif shape == "cloudwatch-text":
        lines = []
        for i, (u, q, s) in enumerate(P):
            rq = hid(cid, "lrid", i, n=8) + "-" + hid(cid, "lrid2", i, n=4) + "-4" + hid(cid, "x", i, n=3) + "-a" + hid(cid, "y", i, n=3) + "-" + hid(cid, "z", i, n=12)
            ts = q["request"]["timestamp"].replace("Z", ".412Z")
            lines += [f"START RequestId: {rq} Version: $LATEST",
                      f"{ts}\t{rq}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}",
                      f"{ts}\t{rq}\tINFO\tResponse: {json.dumps(s, ensure_ascii=False)}",
                      f"END RequestId: {rq}",
                      f"REPORT RequestId: {rq}\tDuration: {40+i*3}.17 ms\tBilled Duration: {41+i*3} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB"]
        write(cid, where, "\n".join(lines) + "\n")
    elif shape == "cloudwatch-text-py":
        lines = []
        for i, (u, q, s) in enumerate(P):
            rq = uid(cid, "py", i)
            ts = q["request"]["timestamp"].replace("Z", ".077Z")
            lines += [f"START RequestId: {rq} Version: $LATEST",
                      f"[INFO]\t{ts}\t{rq}\tRequest Envelope: {json.dumps(q, ensure_ascii=False)}",
                      f"[INFO]\t{ts}\t{rq}\tResponse: {json.dumps(s, ensure_ascii=False)}",
                      f"END RequestId: {rq}",
                      f"REPORT RequestId: {rq}\tDuration: 12.04 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tMax Memory Used: 61 MB"]
        write(cid, where, "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for i, (u, q, s) in enumerate(P):
            rq = uid(cid, "cwj", i)
            base = 1741111331000 + i * 9000
            ev.append({"logStreamName": f"2025/03/04/[$LATEST]{hid(cid,'stream')}", "timestamp": base,
                       "message": f"{q['request']['timestamp']}\t{rq}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}\n",
                       "ingestionTime": base + 41, "eventId": str(3780 + i * 2) + hid(cid, i, n=20)})
            ev.append({"logStreamName": f"2025/03/04/[$LATEST]{hid(cid,'stream')}", "timestamp": base + 150,
                       "message": f"{q['request']['timestamp']}\t{rq}\tINFO\tResponse: {json.dumps(s, ensure_ascii=False)}\n",
                       "ingestionTime": base + 190, "eventId": str(3781 + i * 2) + hid(cid, i, 'r', n=20)})
        write(cid, where, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for i, (u, q, s) in enumerate(P):
            ents.append({"startedDateTime": q["request"]["timestamp"].replace("Z", ".000Z"), "time": 233,
                         "request": {"method": "POST", "url": f"https://{fn}.eduvoice.example/alexa", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json"}, {"name": "Signature-256", "value": "REDACTED"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                     "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                      "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}], "cookies": [],
                                      "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(s, ensure_ascii=False)},
                                      "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 1, "wait": 230, "receive": 2}})
        write(cid, where, {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"}, "entries": ents}})
    elif shape == "transcript":
        lines = [f"# QA run {fn} locale={locale}"]
        for u, q, s in P:
            ts = q["request"]["timestamp"]
            lines.append(f"[{ts}] USER: {u}")
            lines.append(f"[{ts}] SKILL: {_say_text(s)}")
            rp = _rep_text(s)
            if rp is not None:
                lines.append(f"[{ts}] REPROMPT: {rp}")
            lines.append(f"[{ts}] session_open={str(not s['response'].get('shouldEndSession', True)).lower()}")
        write(cid, where, "\n".join(lines) + "\n")
    # ---------------- shapes not in set 1
    elif shape == "jest-snapshot":
        parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
        for i, (u, q, s) in enumerate(P):
            name = q["request"].get("intent", {}).get("name", q["request"]["type"])
            parts.append(f"exports[`{name} handler > responds to \"{u}\" 1`] = `\n{_pf(s)}\n`;\n")
        write(cid, where, "\n".join(parts))
    elif shape == "postman-run":
        res = []
        for i, (u, q, s) in enumerate(P):
            res.append({"id": uid(cid, "pm", i), "name": f"{i+1:02d} {u}", "url": f"https://{fn}.eduvoice.example/alexa",
                        "time": 190 + i, "responseCode": {"code": 200, "name": "OK"},
                        "tests": {"status is 200": True}, "testPassFailCounts": {"status is 200": {"pass": 1, "fail": 0}},
                        "times": [190 + i], "allTests": [{"status is 200": True}],
                        "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                                    "body": {"mode": "raw", "raw": json.dumps(q, indent=2, ensure_ascii=False)}},
                        "response": {"code": 200, "body": json.dumps(s, ensure_ascii=False)}})
        write(cid, where, {"id": uid(cid, "run"), "name": f"{fn} regression", "timestamp": "2025-03-04T18:10:00.000Z",
                            "collection_id": uid(cid, "col"), "folder_id": 0, "environment_id": uid(cid, "envv"),
                            "totalPass": len(P), "totalFail": 0, "results": res, "count": 1, "totalTime": 190 * len(P),
                            "collection": {"requests": [], "runs": []}})
    elif shape == "sam-local":
        log = []
        for i, (u, q, s) in enumerate(P):
            nm = f"{i+1:02d}-" + q["request"].get("intent", {}).get("name", q["request"]["type"])
            write(cid, f"{where}/events/{nm}.json", q)
            rq = uid(cid, "sam", i)
            log += [f"$ sam local invoke SkillFunction -e events/{nm}.json",
                    "Invoking index.handler (nodejs18.x)",
                    "Local image is up-to-date",
                    "Using local image: public.ecr.aws/lambda/nodejs:18-rapid-x86_64.",
                    "",
                    f"Mounting /home/dev/{fn}/.aws-sam/build/SkillFunction as /var/task:ro,delegated, inside runtime container",
                    f"START RequestId: {rq} Version: $LATEST",
                    f"END RequestId: {rq}",
                    f"REPORT RequestId: {rq}\tInit Duration: 0.21 ms\tDuration: 312.88 ms\tBilled Duration: 313 ms\tMemory Size: 256 MB\tMax Memory Used: 256 MB\t",
                    json.dumps(s, ensure_ascii=False), ""]
        write(cid, f"{where}/sam-invoke.log", "\n".join(log))
    elif shape == "dynamodb-scan":
        items = []
        for i, (u, q, s) in enumerate(P):
            items.append({"sessionId": {"S": q["session"]["sessionId"]}, "seq": {"N": str(i)},
                          "ts": {"S": q["request"]["timestamp"]}, "requestType": {"S": q["request"]["type"]},
                          "requestJson": {"S": json.dumps(q, ensure_ascii=False)},
                          "responseJson": {"S": json.dumps(s, ensure_ascii=False)}})
        write(cid, where, {"Items": items, "Count": len(items), "ScannedCount": len(items), "ConsumedCapacity": None})
    elif shape == "csv-log":
        b = io.StringIO()
        w = csv.writer(b)
        w.writerow(["timestamp", "session_id", "new_session", "request_type", "intent", "slots", "user_text", "output_speech", "reprompt", "should_end_session"])
        for u, q, s in P:
            w.writerow([q["request"]["timestamp"], q["session"]["sessionId"], str(q["session"]["new"]).lower(), q["request"]["type"],
                        q["request"].get("intent", {}).get("name", ""),
                        json.dumps({k: v["value"] for k, v in q["request"].get("intent", {}).get("slots", {}).items()}, ensure_ascii=False),
                        u, _say_text(s), _rep_text(s) or "", str(s["response"].get("shouldEndSession", "")).lower()])
        write(cid, where, b.getvalue())
    elif shape == "junit-xml":
        tcs = []
        for i, (u, q, s) in enumerate(P):
            tcs.append(f'    <testcase classname="skill.conversation" name="{escape(u)}" time="0.{31+i}">\n'
                       f'      <system-out><![CDATA[REQUEST {json.dumps(q, ensure_ascii=False)}\nRESPONSE {json.dumps(s, ensure_ascii=False)}\n]]></system-out>\n    </testcase>')
        write(cid, where, f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pytest tests" tests="{len(P)}" failures="0">\n  <testsuite name="test_conversation" tests="{len(P)}" errors="0" failures="0" skipped="0" timestamp="2025-03-04T18:03:00" hostname="ci-runner-7">\n' + "\n".join(tcs) + "\n  </testsuite>\n</testsuites>\n")
    elif shape == "ask-run-log":
        lines = [f"$ ask run --watch", f"[Info]: Local debugging started for skill {app} in region NA.",
                 "[Info]: Waiting for requests..."]
        for u, q, s in P:
            lines.append(f"[Info]: Skill request received: {json.dumps(q, ensure_ascii=False)}")
            lines.append(f"[Info]: Skill response sent: {json.dumps(s, ensure_ascii=False)}")
        write(cid, where, "\n".join(lines) + "\n")
    elif shape == "markdown-qa":
        lines = [f"# Manual QA — {fn}", "", f"Device: Echo Dot (4th gen), locale {locale}. Tester: hk.", "",
                 "| # | time | user said | skill said | reprompt | shouldEndSession |", "|---|---|---|---|---|---|"]
        for i, (u, q, s) in enumerate(P):
            rp = _rep_text(s)
            lines.append(f"| {i+1} | {q['request']['timestamp'][11:19]} | {u} | {_say_text(s).replace('|','/')} | {'' if rp is None else rp.replace('|','/')} | {str(s['response'].get('shouldEndSession')).lower()} |")
        lines += ["", "<details><summary>raw responses</summary>", ""]
        for i, (u, q, s) in enumerate(P):
            lines += [f"Turn {i+1}:", "```json", json.dumps(s, indent=2, ensure_ascii=False), "```", ""]
        lines.append("</details>")
        write(cid, where, "\n".join(lines) + "\n")
    else:
        raise ValueError(shape)


def _plain(ssml):
    import re
    return re.sub(r"<[^>]+>", "", ssml or "").strip()


def _pf(o, ind=0):
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        return "Object {\n" + "".join(f'{sp}  "{k}": {_pf(v, ind+1)},\n' for k, v in o.items()) + sp + "}"
    if isinstance(o, list):
        if not o:
            return "Array []"
        return "Array [\n" + "".join(f"{sp}  {_pf(v, ind+1)},\n" for v in o) + sp + "]"
    if isinstance(o, str):
        return json.dumps(o, ensure_ascii=False).replace("`", "\\`")
    if o is None:
        return "null"
    return json.dumps(o)


def alexa_case(cid, cats, why, locale, name, inv, intents, recs, types=(), perms=(), policy=None, child=False,
               desc=None, extra_locales=(), code=None, category="EDUCATION_AND_REFERENCE"):
    """recs: list of (shape, where, turns[, start_ts])"""
    alexa_package(cid, locale, name, inv, intents, types, perms, policy, child, category, desc, extra_locales, code=code)
    shapes = []
    for k, r in enumerate(recs):
        shape, where, turns = r[0], r[1], r[2]
        start = r[3] if len(r) > 3 else "2025-03-04T18:02:11Z"
        pairs = build_pairs(cid, locale, turns, tag=str(k), start=start)
        render(cid, shape, pairs, where, inv=inv if isinstance(inv, str) else "", locale=locale)
        sh = {"ask-dialog-text": "ask-dialog", "cloudwatch-text-py": "cloudwatch-text"}.get(shape, shape)
        if sh not in shapes:
            shapes.append(sh)
    LABELS[cid] = {"categories": sorted(cats), "locale": locale, "shapes": shapes, "why": why}


# ---------------------------------------------------------------- Google
def G(q, say, expect=True, intent=None, noinput=None, params=None, perm=None, end_scene=False, scene=None):
    return dict(q=q, say=say, expect=expect, intent=intent, noinput=noinput, params=params or {}, perm=perm,
                end_scene=end_scene, scene=scene)


def google_case(cid, cats, why, locale, kind, name, inv, intents, recs, policy=None, perms_declared=(), types=(),
                desc=None, scenes=None):
    """kind: builder | v2 | dialogflow. intents: list of (name, phrases, params{name:type})."""
    lang = locale.split("-")[0]
    if kind == "builder":
        st = [f"projectId: {cid[6:]}-{hid(cid,n=4)}", f"defaultLocale: {lang}", "localizedSettings:",
              f"  displayName: {json.dumps(name, ensure_ascii=False)}", f"  pronunciation: {json.dumps(inv, ensure_ascii=False)}",
              f"  shortDescription: {json.dumps(desc or name, ensure_ascii=False)}",
              f"  fullDescription: {json.dumps(desc or name, ensure_ascii=False)}",
              "  developerName: Lernwerk Studio" if lang == "de" else "  developerName: Open Study Labs",
              "  developerEmail: dev@studylabs.example"]
        if policy:
            st.append(f"  privacyPolicyUrl: {policy}")
        st += ["  smallLogoImage: $resources.images.square", "category: EDUCATION_AND_REFERENCE", "usesTransactionsApi: false",
               "usesDigitalPurchaseApi: false", "usesInteractiveCanvas: false", "designedForFamily: false",
               "containsAlcoholOrTobaccoContent: false", "surfaceRequirements: {}",
               f"localizedSettings.locale: {locale}"]
        write(cid, "sdk/settings/settings.yaml", "\n".join(st[:-1]) + "\n")
        write(cid, "sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n")
        write(cid, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "httpsEndpoint:\n  baseUrl: https://europe-west1-studylabs.cloudfunctions.net/fulfillment\n")
        for nm, phrases, params in intents:
            y = []
            if params:
                y.append("parameters:")
                for p, t in params.items():
                    y += [f"- name: {p}", "  type:", f"    name: {t}"]
            y.append("trainingPhrases:")
            ex = {"actions.type.Number": "42", "actions.type.PhoneNumber": "415 555 0100"}
            def _ann(ph):
                return re.sub(r"\$(\w+)", lambda m: f"(${m.group(1)} '{ex.get(params.get(m.group(1)), 'something')}' auto=true)", ph)
            y += [f"- {json.dumps(_ann(p), ensure_ascii=False)}" for p in phrases]
            write(cid, f"sdk/custom/intents/{nm}.yaml", "\n".join(y) + "\n")
        for tn, body in types:
            write(cid, f"sdk/custom/types/{tn}.yaml", body)
        scn = sorted({t["scene"] or "Main" for r in recs for t in r[2]})
        for sn in scn:
            body = [f"onEnter:", "  webhookHandler: " + sn.lower() + "_enter", "intentEvents:"]
            for nm, phrases, params in intents:
                body += [f"- intent: {nm}", "  handler:", f"    webhookHandler: {nm}"]
            body += ["- intent: actions.intent.NO_MATCH_FINAL", "  handler:", "    webhookHandler: no_match"]
            write(cid, f"sdk/custom/scenes/{sn}.yaml", "\n".join(body) + "\n")
        for sn, body in (scenes or {}).items():
            write(cid, f"sdk/custom/scenes/{sn}.yaml", body)
    elif kind == "v2":
        acts = []
        for nm, phrases, params in intents:
            a = {"description": nm, "name": nm if nm != "MAIN" else "MAIN",
                 "fulfillment": {"conversationName": cid[6:]},
                 "intent": {"name": "actions.intent.MAIN" if nm == "MAIN" else f"com.studylabs.{nm}"}}
            if nm != "MAIN":
                a["intent"]["trigger"] = {"queryPatterns": phrases}
                if params:
                    a["intent"]["parameters"] = [{"name": p, "type": t} for p, t in params.items()]
            acts.append(a)
        write(cid, "action.json", {"locale": locale, "actions": acts,
                                   "conversations": {cid[6:]: {"name": cid[6:], "url": f"https://{cid[6:]}.studylabs.example/webhook", "fulfillmentApiVersion": 2}},
                                   "manifest": {"displayName": name, "invocationName": inv, "shortDescription": desc or name,
                                                **({"privacyUrl": policy} if policy else {}), "category": "EDUCATION_AND_REFERENCE"}})
    else:  # dialogflow
        agent = {"description": desc or name, "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "",
                 "displayName": name, "disableInteractionLogs": False, "disableStackdriverLogs": True,
                 "googleAssistant": {"googleAssistantCompatible": True, "project": f"{cid[6:]}-{hid(cid,n=5)}",
                                     "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                     "endIntentIds": [], "oAuthLinking": {"required": False}, "voiceType": "MALE_1",
                                     "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": True,
                                     "isDeviceAgent": False, "invocationName": inv,
                                     **({"privacyPolicyUrl": policy} if policy else {})},
                 "defaultTimezone": "Europe/Madrid", "webhook": {"url": f"https://{cid[6:]}.studylabs.example/df", "available": True,
                                                                    "useForDomains": False, "cloudFunctionsEnabled": False},
                 "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True,
                 "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0,
                 "dialogBuilderMode": False, "baseActionPackagesUrl": ""}
        write(cid, "agent.json", agent)
        write(cid, "package.json", {"version": "1.0.0"})
        for nm, phrases, params in intents:
            iid = uid(cid, nm)
            write(cid, f"intents/{nm}.json", {"id": iid, "name": nm, "auto": True, "contexts": [],
                                              "responses": [{"resetContexts": False, "action": nm.lower().replace(" ", "."),
                                                             "affectedContexts": [], "parameters": [
                                                  {"id": uid(cid, nm, p), "name": p, "required": False, "dataType": t, "value": "$" + p, "isList": False}
                                                  for p, t in params.items()], "messages": [], "speech": []}],
                                              "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False,
                                              "fallbackIntent": nm == "Default Fallback Intent",
                                              "events": [{"name": "WELCOME"}] if "Welcome" in nm else ([{"name": "actions_intent_PERMISSION"}] if nm == "actions_intent_PERMISSION" else [])})
            if phrases:
                us = []
                for ph in phrases:
                    data, rest = [], ph
                    for part in re.split(r"(\{[^}]+\})", ph):
                        if not part:
                            continue
                        if part.startswith("{"):
                            p = part[1:-1]
                            ex = {"en": "the library opens at nine", "de": "morgen um acht", "pt": "livro", "es": "mañana",
                                  "fr": "demain", "it": "domani", "ja": "明日"}.get(lang, "x")
                            data.append({"text": ex, "alias": p, "meta": params.get(p, "@sys.any"), "userDefined": True})
                        else:
                            data.append({"text": part, "userDefined": False})
                    us.append({"id": uid(cid, nm, ph), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
                write(cid, f"intents/{nm}_usersays_{lang}.json", us)
    shapes = []
    for k, r in enumerate(recs):
        shape, where, turns = r[0], r[1], r[2]
        render_google(cid, shape, where, turns, locale, kind, tag=str(k), start=r[3] if len(r) > 3 else "2025-03-04T18:02:11Z")
        if shape not in shapes:
            shapes.append(shape)
    LABELS[cid] = {"categories": sorted(cats), "locale": locale, "shapes": shapes, "why": why}


def render_google(cid, shape, where, turns, locale, kind, tag="0", start="2025-03-04T18:02:11Z"):
    conv = hid(cid, tag, "conv", n=24).upper()
    out = []
    sess_n, new = 1, True
    for i, t in enumerate(turns):
        convid = f"ABwppHG{hid(cid, tag, 'c', sess_n, n=20)}"
        if shape == "gactions-scene":
            req = {"handler": {"name": t["intent"] or "main"},
                   "intent": {"name": "actions.intent.MAIN" if new and i == 0 else (t["intent"] or "actions.intent.NO_MATCH"),
                              "params": {k: {"original": v, "resolved": v} for k, v in t["params"].items()}, "query": t["q"]},
                   "scene": {"name": t["scene"] or "Main", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": convid, "params": {}, "typeOverrides": [], "languageCode": locale.lower() if locale != "en-US" else ""},
                   "user": {"locale": locale, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                            "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [],
                            "lastSeenTime": start},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
            resp = {"session": {"id": convid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["say"], "text": _plain(t["say"])}}}
            if t["end_scene"]:
                resp["scene"] = {"name": t["scene"] or "Main", "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
            elif t["scene"]:
                resp["scene"] = {"name": t["scene"], "slots": {}, "next": {"name": t["scene"]}}
            if t["noinput"] is not None:
                resp["prompt"]["content"] = None
                resp["session"]["params"]["reprompt"] = t["noinput"]
            if t["perm"]:
                resp["scene"] = {"name": t["scene"] or "Main", "slots": {}, "next": {"name": "RequestPermission"}}
                resp["session"]["params"]["permissionsRequested"] = t["perm"]
            out.append({"request": req, "response": resp})
            new = bool(t["end_scene"])
        elif shape == "dialogflow-webhook":
            req = {"responseId": uid(cid, tag, "rid", i) + "-" + hid(cid, i, n=8), "queryResult": {
                "queryText": t["q"], "parameters": t["params"], "allRequiredParamsPresent": True,
                "fulfillmentMessages": [{"text": {"text": [""]}}], "outputContexts": [],
                "intent": {"name": f"projects/{cid[6:]}/agent/intents/{uid(cid, t['intent'] or 'x')}", "displayName": t["intent"] or "Default Fallback Intent"},
                "intentDetectionConfidence": 1, "languageCode": locale.lower()},
                "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                    "user": {"locale": locale, "lastSeen": start, "userVerificationStatus": "VERIFIED"},
                    "conversation": {"conversationId": convid, "type": "NEW" if new else "ACTIVE", "conversationToken": "[]"},
                    "inputs": [{"intent": "actions.intent.MAIN" if new else "actions.intent.TEXT",
                                "rawInputs": [{"inputType": "VOICE", "query": t["q"]}], "arguments": [{"name": "text", "rawText": t["q"], "textValue": t["q"]}]}],
                    "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                    "isInSandbox": True, "requestType": "SIMULATOR"}},
                "session": f"projects/{cid[6:]}/agent/sessions/{convid}"}
            g = {"expectUserResponse": t["expect"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["say"]}}]}}
            if t["noinput"] is not None:
                g["noInputPrompts"] = [{"textToSpeech": t["noinput"]}]
            if t["perm"]:
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                    "optContext": _plain(t["say"]), "permissions": t["perm"]}}
            resp = {"fulfillmentText": _plain(t["say"]), "payload": {"google": g}}
            out.append({"request": req, "response": resp})
            new = not t["expect"]
        elif shape == "gactions-conversation":
            req = {"user": {"locale": locale, "lastSeen": start, "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": convid, "type": "NEW" if new else "ACTIVE",
                                    **({} if new else {"conversationToken": json.dumps({"turn": i})})},
                   "inputs": [{"intent": "actions.intent.MAIN" if new else (t["intent"] or "actions.intent.TEXT"),
                               "rawInputs": [{"inputType": "VOICE", "query": t["q"]}],
                               "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in t["params"].items()] or
                                            [{"name": "text", "rawText": t["q"], "textValue": t["q"]}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True,
                   "availableSurfaces": []}
            resp = {"expectUserResponse": t["expect"]}
            if t["expect"]:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t["say"]}}]}}}
                if t["noinput"] is not None:
                    ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": t["noinput"]}]
                if t["perm"]:
                    ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                        "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                        "optContext": "", "permissions": t["perm"]}}]
                else:
                    ei["possibleIntents"] = [{"intent": "actions.intent.TEXT"}]
                resp["expectedInputs"] = [ei]
                resp["conversationToken"] = json.dumps({"turn": i + 1})
            else:
                resp["finalResponse"] = {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["say"]}}]}}
            out.append({"request": req, "response": resp})
            new = not t["expect"]
        else:
            raise ValueError(shape)
    if where.endswith(".json"):
        write(cid, where, out)
    else:
        for i, p in enumerate(out):
            write(cid, f"{where}/turn-{i+1:02d}.json", p)
