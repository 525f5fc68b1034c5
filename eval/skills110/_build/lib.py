"""Helpers: build skill packages and write recordings in many shapes. Content lives in cases_*.py."""
import csv, hashlib, io, json, os, uuid

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
LABELS = {}


def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    h = hid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def wjson(path, obj, indent=2):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=indent)
        f.write("\n")


def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


class T:
    """one turn: what the user said, the request (launch/stop/cancel/help/"Intent k=v|k2=v2"), the reply."""
    def __init__(self, utter, req, say, rep=None, end=True):
        self.utter, self.req, self.say, self.rep, self.end = utter, req, say, rep, end

    def intent(self):
        r = self.req
        m = {"launch": None, "stop": "AMAZON.StopIntent", "cancel": "AMAZON.CancelIntent",
             "help": "AMAZON.HelpIntent", "yes": "AMAZON.YesIntent", "no": "AMAZON.NoIntent",
             "fallback": "AMAZON.FallbackIntent", "next": "AMAZON.NextIntent"}
        if r in m:
            return m[r], {}
        name, _, rest = r.partition(" ")
        slots = {}
        for kv in filter(None, rest.split("|")):
            k, _, v = kv.partition("=")
            slots[k.strip()] = v.strip()
        return name, slots


def label(cid, cats, locale, shapes, why):
    LABELS[cid] = {"categories": sorted(cats), "locale": locale, "shapes": shapes, "why": why}


# ------------------------------------------------------------------ Alexa package
BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
           "AMAZON.FallbackIntent", "AMAZON.YesIntent", "AMAZON.NoIntent"]


def alexa_pkg(cid, locales, name, inv, intents, desc, perms=(), policy=None, child=False, category="EDUCATION_AND_REFERENCE",
              types=(), examples=None, lambda_src=None, lambda_name="index.js", inv_by_locale=None, personal=None):
    d = os.path.join(OUT, cid)
    if isinstance(locales, str):
        locales = [locales]
    app = "amzn1.ask.skill." + uid(cid, "app")
    pub = {}
    for loc in locales:
        i = (inv_by_locale or {}).get(loc, inv)
        n = name if isinstance(name, str) else name.get(loc)
        ds = desc if isinstance(desc, str) else desc.get(loc)
        pub[loc] = {"summary": ds[:120], "examplePhrases": examples or [f"Alexa, open {i}"], "name": n,
                    "description": ds, "keywords": [],
                    "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(cid,'i',n=4)}/APP_ICON?versionId=small",
                    "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(cid,'i',n=4)}/APP_ICON_LARGE?versionId=large"}
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(perms) if personal is None else personal,
           "isChildDirected": child, "isExportCompliant": True, "containsAds": False}
    if policy:
        pac["locales"] = {loc: {"privacyPolicyUrl": policy, "termsOfUseUrl": policy.rsplit("/", 1)[0] + "/terms"} for loc in locales}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                  "testingInstructions": "Open the skill and follow the prompts.",
                                                  "category": category,
                                                  "distributionCountries": sorted({l.split('-')[1] for l in locales})},
                        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:eu-west-1:{int(hid(cid,'acct',n=10),16)%10**12:012d}:function:{cid[5:]}"}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pac}}
    if perms:
        man["manifest"]["permissions"] = [{"name": p} for p in perms]
    wjson(os.path.join(d, "skill-package", "skill.json"), man)
    for loc in locales:
        i = (inv_by_locale or {}).get(loc, inv)
        its = []
        ints = intents if isinstance(intents, list) else intents[loc]
        for it in ints:
            nm, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            its.append({"name": nm, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        have = {x["name"] for x in its}
        its += [{"name": b, "samples": []} for b in BUILTIN if b not in have]
        tys = types if isinstance(types, (list, tuple)) else types.get(loc, [])
        model = {"interactionModel": {"languageModel": {"invocationName": i, "intents": its,
                                                        "types": [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in tys]}}}
        wjson(os.path.join(d, "skill-package", "interactionModels", "custom", f"{loc}.json"), model)
    wjson(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if lambda_src:
        wtext(os.path.join(d, "lambda", lambda_name), lambda_src)
    return app


# ------------------------------------------------------------------ Alexa envelopes
def _speech(text):
    if text is None:
        return None
    if text.startswith("<speak>"):
        return {"type": "SSML", "ssml": text}
    return {"type": "PlainText", "text": text}


def resp_env(t, ua="ask-node/2.14.0 Node/v18.18.2"):
    r = {}
    if t.say is not None:
        r["outputSpeech"] = _speech(t.say)
    if t.rep is not None:
        r["reprompt"] = {"outputSpeech": _speech(t.rep)}
    if t.end is not None:
        r["shouldEndSession"] = t.end
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": ua, "response": r}


def ts(base, k):
    # base "2025-03-04T19:20:00" -> add k*7 seconds
    import datetime
    d = datetime.datetime.fromisoformat(base) + datetime.timedelta(seconds=7 * k)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def req_env(cid, app, loc, sess_id, new, t, when, k):
    name, slots = t.intent()
    user = "amzn1.ask.account." + hid(cid, "user", n=40).upper()
    dev = "amzn1.ask.device." + hid(cid, "dev", n=40).upper()
    sysctx = {"application": {"applicationId": app}, "user": {"userId": user},
              "device": {"deviceId": dev, "supportedInterfaces": {}},
              "apiEndpoint": "https://api.eu.amazonalexa.com" if loc != "en-US" else "https://api.amazonalexa.com",
              "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
    rid = "amzn1.echo-api.request." + uid(cid, sess_id, k)
    if name is None:
        rq = {"type": "LaunchRequest", "requestId": rid, "locale": loc, "timestamp": ts(when, k)}
    else:
        rq = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": ts(when, k),
              "intent": {"name": name, "confirmationStatus": "NONE",
                         "slots": {s: {"name": s, "value": v, "confirmationStatus": "NONE", "source": "USER"} for s, v in slots.items()}}}
    return {"version": "1.0", "session": {"new": new, "sessionId": sess_id, "application": {"applicationId": app},
                                          "user": {"userId": user}, "attributes": {}},
            "context": {"System": sysctx}, "request": rq}


def flatten(cid, app, loc, sessions, when, tag=""):
    """sessions: list of list of T -> list of (req_env, resp_env, T, sess_id)"""
    out, k = [], 0
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(cid, tag, si)
        for ti, t in enumerate(sess):
            out.append((req_env(cid, app, loc, sid, ti == 0, t, when, k), resp_env(t), t, sid))
            k += 1
    return out


def say_text(s):
    import re
    if s is None:
        return ""
    return re.sub(r"</?speak>", "", s)


# ------------------------------------------------------------------ writers
def w_envelope(d, rows, rel, **kw):
    for i, (_, rs, t, _) in enumerate(rows):
        wjson(os.path.join(d, rel, f"{i+1:02d}-{(t.intent()[0] or 'launch').replace('AMAZON.','').lower()}.json"), rs)


def w_pairs_jsonl(d, rows, rel, **kw):
    wtext(os.path.join(d, rel), "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for q, r, _, _ in rows))


def w_pairs_array(d, rows, rel, **kw):
    wjson(os.path.join(d, rel), [{"request": q, "response": r} for q, r, _, _ in rows])


def w_smapi_sim(d, rows, rel, **kw):
    for i, (q, r, t, _) in enumerate(rows):
        wjson(os.path.join(d, rel, f"simulation-{i+1:02d}.json"), {
            "id": uid(d, "sim", i), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": say_text(t.say)}}],
                                              "considerations": []},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:skill", "body": q},
                                                               "invocationResponse": {"body": r},
                                                               "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 13}}]},
                       "error": None}})


def w_smapi_inv(d, rows, rel, **kw):
    for i, (q, r, t, _) in enumerate(rows):
        wjson(os.path.join(d, rel, f"invoke-{i+1:02d}.json"), {
            "id": uid(d, "inv", i), "status": "SUCCESSFUL",
            "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:skill", "body": q},
                                              "invocationResponse": {"body": r},
                                              "metrics": {"skillExecutionTimeInMilliseconds": 211 + i}}, "error": None}})


def w_ask_dialog(d, rows, rel, loc="en-US", app="", **kw):
    wjson(os.path.join(d, rel, "dialog-replay.json"), {"skillId": app, "locale": loc, "type": "text",
                                                       "userInput": [t.utter for _, _, t, _ in rows], "storageDir": "./dialog-out"})
    wjson(os.path.join(d, rel, "dialog-out", "skill-io.json"), [{"utterance": t.utter, "invocations": [{"request": q, "response": r}]} for q, r, t, _ in rows])


def w_cw_text(d, rows, rel, **kw):
    lines = []
    for i, (q, r, t, _) in enumerate(rows):
        rid = uid(d, "cw", i)
        tsx = q["request"]["timestamp"].replace("Z", ".412Z")
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        lines.append(f"{tsx}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}")
        lines.append(f"{tsx}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {120+i*7}.31 ms\tBilled Duration: {121+i*7} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    wtext(os.path.join(d, rel), "\n".join(lines) + "\n")


def w_cw_json(d, rows, rel, **kw):
    ev = []
    for i, (q, r, t, _) in enumerate(rows):
        rid = uid(d, "cwj", i)
        tsx = q["request"]["timestamp"].replace("Z", ".100Z")
        base = 1741100000000 + i * 7000
        ev.append({"logStreamName": "2025/03/04/[$LATEST]" + hid(d, n=32), "timestamp": base, "message": f"{tsx}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}\n", "ingestionTime": base + 40, "eventId": hid(d, i, "a", n=56)})
        ev.append({"logStreamName": "2025/03/04/[$LATEST]" + hid(d, n=32), "timestamp": base + 90, "message": f"{tsx}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}\n", "ingestionTime": base + 130, "eventId": hid(d, i, "b", n=56)})
    wjson(os.path.join(d, rel), {"events": ev, "searchedLogStreams": []})


def w_har(d, rows, rel, host="skill.example.net", **kw):
    ents = []
    for i, (q, r, t, _) in enumerate(rows):
        ents.append({"startedDateTime": q["request"]["timestamp"].replace("Z", ".000Z"), "time": 140 + i,
                     "request": {"method": "POST", "url": f"https://{host}/alexa", "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json"}], "queryString": [], "cookies": [],
                                 "headersSize": -1, "bodySize": -1,
                                 "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                                  "content": {"size": -1, "mimeType": "application/json;charset=UTF-8", "text": json.dumps(r, ensure_ascii=False)},
                                  "redirectURL": "", "headersSize": -1, "bodySize": -1},
                     "cache": {}, "timings": {"send": 1, "wait": 130 + i, "receive": 2}})
    wjson(os.path.join(d, rel), {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"}, "entries": ents}})


def w_transcript(d, rows, rel, **kw):
    lines = []
    for q, r, t, sid in rows:
        tt = q["request"]["timestamp"]
        lines.append(f"[{tt}] USER: {t.utter}")
        lines.append(f"[{tt}] SKILL: {say_text(t.say)}")
        if t.rep is not None:
            lines.append(f"[{tt}] SKILL (reprompt): {say_text(t.rep)}")
        lines.append(f"session_open={'false' if t.end else 'true'}")
    wtext(os.path.join(d, rel), "\n".join(lines) + "\n")


# ---- shapes not in set 1
def w_jest_snap(d, rows, rel, **kw):
    """jest snapshot file of handler tests (exports[`...`] = `...`;)"""
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for i, (q, r, t, _) in enumerate(rows):
        nm = t.intent()[0] or "LaunchRequest"
        body = json.dumps(r, ensure_ascii=False, indent=2).replace("`", "\\`")
        out.append(f"exports[`{nm} handler > turn {i+1}: \"{t.utter}\" 1`] = `\n{body}\n`;\n")
    wtext(os.path.join(d, rel), "\n".join(out))


def w_pytest_json(d, rows, rel, **kw):
    tests = []
    for i, (q, r, t, _) in enumerate(rows):
        nm = (t.intent()[0] or "launch").replace("AMAZON.", "").lower()
        tests.append({"nodeid": f"tests/test_dialog.py::test_{nm}_{i}", "lineno": 10 + i * 9, "outcome": "passed",
                      "setup": {"duration": 0.0004, "outcome": "passed"},
                      "call": {"duration": 0.012, "outcome": "passed",
                               "stdout": f"REQUEST {json.dumps(q, ensure_ascii=False)}\nRESPONSE {json.dumps(r, ensure_ascii=False)}\n"},
                      "teardown": {"duration": 0.0002, "outcome": "passed"}})
    wjson(os.path.join(d, rel), {"created": 1741100000.5, "duration": 0.9, "exitcode": 0, "root": "/home/ci/skill",
                                 "environment": {"Python": "3.11.8", "Platform": "Linux-6.5.0-x86_64"},
                                 "summary": {"passed": len(tests), "total": len(tests), "collected": len(tests)}, "tests": tests})


def w_slack(d, rows, rel, who="U05QATESTER", **kw):
    msgs = []
    for i, (q, r, t, _) in enumerate(rows):
        base = 1741100000 + i * 30
        msgs.append({"type": "message", "user": who, "text": f":speaking_head_in_silhouette: *me:* {t.utter}", "ts": f"{base}.000100"})
        txt = f":robot_face: *skill:* {say_text(t.say)}"
        if t.rep is not None:
            txt += f"\n_(reprompt)_ {say_text(t.rep)}"
        txt += "\n`shouldEndSession: " + ("true" if t.end else "false" if t.end is False else "unset") + "`"
        msgs.append({"type": "message", "user": who, "text": txt, "ts": f"{base}.000200"})
    wjson(os.path.join(d, rel), msgs)


def w_csv(d, rows, rel, **kw):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["timestamp", "session_id", "request_type", "intent", "slots", "user_utterance", "output_speech", "reprompt", "should_end_session"])
    for q, r, t, sid in rows:
        nm, sl = t.intent()
        w.writerow([q["request"]["timestamp"], sid[-12:], q["request"]["type"], nm or "", json.dumps(sl, ensure_ascii=False) if sl else "",
                    t.utter, say_text(t.say), say_text(t.rep) if t.rep is not None else "", "" if t.end is None else str(t.end).lower()])
    wtext(os.path.join(d, rel), buf.getvalue())


def w_sam_local(d, rows, rel, **kw):
    out = []
    for i, (q, r, t, _) in enumerate(rows):
        rid = uid(d, "sam", i)
        out.append(f"$ sam local invoke SkillFunction -e events/turn{i+1}.json")
        out.append("Invoking index.handler (nodejs18.x)")
        out.append("Local image is up-to-date")
        out.append(f"Mounting /home/dev/skill/.aws-sam/build/SkillFunction as /var/task:ro,delegated, inside runtime container")
        out.append(f"START RequestId: {rid} Version: $LATEST")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tInit Duration: 0.11 ms\tDuration: {300+i} ms\tBilled Duration: {301+i} ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB")
        out.append(json.dumps(r, ensure_ascii=False))
        out.append("")
        wjson(os.path.join(d, os.path.dirname(rel), "events", f"turn{i+1}.json"), q)
    wtext(os.path.join(d, rel), "\n".join(out))


def w_markdown(d, rows, rel, **kw):
    out = ["# QA run notes", "", "| # | user said | skill said | reprompt | mic open after? |", "|---|---|---|---|---|"]
    for i, (q, r, t, _) in enumerate(rows):
        rp = say_text(t.rep) if t.rep is not None else "—"
        out.append(f"| {i+1} | {t.utter} | {say_text(t.say)} | {rp} | {'yes' if t.end is False else 'no'} |")
    wtext(os.path.join(d, rel), "\n".join(out) + "\n")


WRITERS = {"envelope": w_envelope, "pairs-jsonl": w_pairs_jsonl, "pairs-array": w_pairs_array,
           "smapi-simulation": w_smapi_sim, "smapi-invocation": w_smapi_inv, "ask-dialog": w_ask_dialog,
           "cloudwatch-text": w_cw_text, "cloudwatch-json": w_cw_json, "har": w_har, "transcript": w_transcript,
           "jest-snapshot": w_jest_snap, "pytest-json-report": w_pytest_json, "slack-export": w_slack,
           "analytics-csv": w_csv, "sam-local-log": w_sam_local, "markdown-qa-table": w_markdown}


def record(cid, app, loc, shape, rel, sessions, when="2025-03-04T19:20:00", tag=""):
    rows = flatten(cid, app, loc, sessions, when, tag or rel)
    WRITERS[shape](os.path.join(OUT, cid), rows, rel, loc=loc, app=app)


def alexa_case(cid, locale, cats, why, name, inv, intents, desc, recs, **kw):
    """recs: list of (shape, relpath, sessions[, when])"""
    app = alexa_pkg(cid, kw.pop("locales", [locale]), name, inv, intents, desc, **kw)
    shapes = []
    for rec in recs:
        shape, rel, sess = rec[0], rec[1], rec[2]
        when = rec[3] if len(rec) > 3 else "2025-03-04T19:20:00"
        record(cid, app, locale, shape, rel, sess, when)
        if shape not in shapes:
            shapes.append(shape)
    label(cid, cats, locale, shapes, why)
