#!/usr/bin/env python3
"""Generator for eval-skills107: writes cases/ and labels.json from the hand-written case
definitions in cases_en.py, cases_intl.py and cases_google.py.  Run: python3 _build/gen.py"""
import csv, hashlib, io, json, os, shutil, sys, base64

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

# ----------------------------------------------------------------- helpers
def hx(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]

def uid(seed):
    h = hx(seed)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

def jdump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"

def write(cid, rel, text):
    p = os.path.join(ROOT, "cases", cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)

def T(u, i, say, rep=None, end=False, slots=None, extra=None):
    """one turn: user utterance, intent ('Launch', 'End', or an intent name), speech, reprompt, shouldEndSession"""
    return dict(u=u, i=i, say=say, rep=rep, end=end, slots=slots or {}, extra=extra or {})

def speech(s):
    if s is None:
        return None
    if "<" in s:
        ss = s if s.startswith("<speak>") else f"<speak>{s}</speak>"
        return {"type": "SSML", "ssml": ss}
    return {"type": "PlainText", "text": s}

def plain(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "").strip()

# ------------------------------------------------------- alexa envelopes
def sessions(cid, turns, tag=""):
    """assign session ids: a new session after each ended one"""
    out, sidx, new = [], 0, True
    for k, t in enumerate(turns):
        sid = "amzn1.echo-api.session." + uid(f"{cid}{tag}s{sidx}")
        out.append((t, sid, new, k))
        new = False
        if t["end"] or t["i"] == "End":
            sidx += 1
            new = True
    return out

def alexa_request(c, t, sid, new, k, ts, tag=""):
    app = "amzn1.ask.skill." + uid(c["id"] + "app")
    user = "amzn1.ask.account." + hx(c["id"] + "user", 40).upper()
    dev = "amzn1.ask.device." + hx(c["id"] + "dev", 40).upper()
    rid = "amzn1.echo-api.request." + uid(f"{c['id']}{tag}r{k}")
    if t["i"] == "Launch":
        req = {"type": "LaunchRequest", "requestId": rid, "locale": c["loc"], "timestamp": ts, "shouldLinkResultBeReturned": False}
    elif t["i"] == "End":
        req = {"type": "SessionEndedRequest", "requestId": rid, "locale": c["loc"], "timestamp": ts, "reason": t["extra"].get("reason", "USER_INITIATED")}
    else:
        slots = {n: {"name": n, "value": v, "confirmationStatus": "NONE", "source": "USER"} for n, v in t["slots"].items()}
        req = {"type": "IntentRequest", "requestId": rid, "locale": c["loc"], "timestamp": ts,
               "dialogState": "STARTED" if t["extra"].get("dialog") else None,
               "intent": {"name": t["i"], "confirmationStatus": "NONE", "slots": slots}}
        if req["dialogState"] is None:
            del req["dialogState"]
    sysd = {"application": {"applicationId": app}, "user": {"userId": user},
            "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}}},
            "apiEndpoint": "https://api.fe.amazonalexa.com" if c["loc"] in ("ja-JP", "en-AU") else "https://api.amazonalexa.com",
            "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}
    if c.get("perms"):
        sysd["user"]["permissions"] = {"consentToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
    ctx = {"System": sysd}
    if "location" in (c.get("perms") or []):
        sysd["device"]["supportedInterfaces"]["Geolocation"] = {}
        ctx["Geolocation"] = {"locationServices": {"access": "ENABLED", "status": "RUNNING"}, "timestamp": ts,
                              "coordinate": {"latitudeInDegrees": -33.8882, "longitudeInDegrees": 151.1873, "accuracyInMeters": 40}}
    return {"version": "1.0",
            "session": {"new": new, "sessionId": sid, "application": {"applicationId": app},
                        "attributes": {}, "user": {"userId": user}},
            "context": ctx, "request": req}

def alexa_response(c, t):
    r = {}
    if t["say"] is not None:
        r["outputSpeech"] = speech(t["say"])
    if t["rep"] is not None:
        r["reprompt"] = {"outputSpeech": speech(t["rep"])}
    if t["extra"].get("card"):
        r["card"] = t["extra"]["card"]
    if t["extra"].get("directives"):
        r["directives"] = t["extra"]["directives"]
    if t["i"] == "End":
        return {"version": "1.0", "response": {}}
    if t["end"] is not None:
        r["shouldEndSession"] = t["end"]
    env = {"version": "1.0", "sessionAttributes": t["extra"].get("attrs", {}), "userAgent": c.get("ua", "ask-python/1.19.0 Python/3.11.6" if c.get("py") else "ask-node/2.14.0 Node/v18.19.0"), "response": r}
    return env

def tstamp(base, k):
    # base "2026-03-14T08:00:00" -> add k*37 seconds
    import datetime
    d = datetime.datetime.fromisoformat(base) + datetime.timedelta(seconds=37 * k)
    return d

def pairs(c, turns, base, tag=""):
    out = []
    for t, sid, new, k in sessions(c["id"], turns, tag):
        ts = tstamp(base, k).strftime("%Y-%m-%dT%H:%M:%SZ")
        out.append((t, alexa_request(c, t, sid, new, k, ts, tag), alexa_response(c, t), k))
    return out

def slug(t, k):
    n = "launch" if t["i"] == "Launch" else ("session-ended" if t["i"] == "End" else t["i"].replace("AMAZON.", "").lower())
    return f"{k+1:02d}-{n}"

# ------------------------------------------------------- alexa recording shapes
def r_envelope(c, d, turns, base, tag):
    for t, rq, rs, k in pairs(c, turns, base, tag):
        if t["i"] == "End":
            continue
        write(c["id"], f"{d}/{slug(t, k)}.json", jdump(rs))

def r_pairs_jsonl(c, d, turns, base, tag):
    lines = [json.dumps({"request": rq, "response": rs}, ensure_ascii=False) for t, rq, rs, k in pairs(c, turns, base, tag)]
    write(c["id"], d, "\n".join(lines) + "\n")

def r_pairs_array(c, d, turns, base, tag):
    write(c["id"], d, jdump([{"request": rq, "response": rs} for t, rq, rs, k in pairs(c, turns, base, tag)]))

def r_smapi_sim(c, d, turns, base, tag):
    for t, rq, rs, k in pairs(c, turns, base, tag):
        if t["i"] == "End":
            continue
        ep = c.get("endpoint", f"arn:aws:lambda:ap-southeast-2:4815{hx(c['id'],8).translate(str.maketrans('abcdef','123456'))}:function:{c['id'][7:]}")
        sim = {"id": uid(c["id"] + tag + "sim" + str(k)), "status": "SUCCESSFUL",
               "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain((rs["response"].get("outputSpeech") or {}).get("ssml") or (rs["response"].get("outputSpeech") or {}).get("text"))}}],
                                                 "considerations": [{"type": "INTENT", "name": t["i"] if t["i"] != "Launch" else "LaunchRequest"}]},
                          "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": ep, "body": rq},
                                                                  "invocationResponse": {"body": rs},
                                                                  "metrics": {"skillExecutionTimeInMilliseconds": 180 + k * 13}}]},
                          "error": None}}
        if sim["result"]["error"] is None:
            del sim["result"]["error"]
        write(c["id"], f"{d}/sim-{slug(t, k)}.json", jdump(sim))

def r_smapi_inv(c, d, turns, base, tag):
    for t, rq, rs, k in pairs(c, turns, base, tag):
        inv = {"id": uid(c["id"] + tag + "inv" + str(k)), "status": "SUCCESSFUL",
               "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": f"arn:aws:lambda:us-west-2:7712009{k}:function:{c['id'][7:]}", "body": rq},
                                                 "invocationResponse": {"body": rs},
                                                 "metrics": {"skillExecutionTimeInMilliseconds": 95 + 7 * k}}, "error": None}}
        write(c["id"], f"{d}/invoke-{slug(t, k)}.json", jdump(inv))

def r_ask_dialog(c, d, turns, base, tag):
    ins = [t["u"] for t in turns if t["i"] != "End"]
    write(c["id"], f"{d}/dialog-replay.json", jdump({"skillId": "amzn1.ask.skill." + uid(c["id"] + "app"), "locale": c["loc"], "type": "text", "userInput": ins}))
    out = []
    for t, rq, rs, k in pairs(c, turns, base, tag):
        if t["i"] == "End":
            continue
        out.append({"utterance": t["u"], "invocations": [{"invocationRequest": {"body": rq}, "invocationResponse": {"body": rs}}]})
    write(c["id"], f"{d}/dialog-output.json", jdump(out))

def r_ask_dialog_text(c, d, turns, base, tag):
    ins = [t["u"] for t in turns if t["i"] != "End"]
    write(c["id"], f"{d}/replay.json", jdump({"skillId": "amzn1.ask.skill." + uid(c["id"] + "app"), "locale": c["loc"], "type": "text", "userInput": ins}))
    lines = []
    for t in turns:
        if t["i"] == "End":
            continue
        lines.append(f"User  > {t['u']}")
        rs = alexa_response(c, t)["response"]
        sp = rs.get("outputSpeech")
        lines.append("Alexa > " + ((sp.get("ssml") or sp.get("text")) if sp else ""))
        if rs.get("reprompt"):
            rp = rs["reprompt"]["outputSpeech"]
            lines.append("  (reprompt) " + (rp.get("ssml") or rp.get("text")))
        lines.append(f"  [shouldEndSession: {str(rs.get('shouldEndSession')).lower()}]")
    write(c["id"], f"{d}/replay-output.txt", "\n".join(lines) + "\n")

def r_cw_text(c, d, turns, base, tag, py=False):
    lines = []
    for t, rq, rs, k in pairs(c, turns, base, tag):
        lid = uid(c["id"] + tag + "lambda" + str(k))
        ts = tstamp(base, k)
        iso = ts.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (100 + k)
        lines.append(f"{iso} START RequestId: {lid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{iso}\t{lid}\tRequest: {json.dumps(rq, ensure_ascii=False)}")
            lines.append(f"[INFO]\t{iso}\t{lid}\tResponse: {json.dumps(rs, ensure_ascii=False)}")
        else:
            lines.append(f"{iso}\t{lid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}")
            lines.append(f"{iso}\t{lid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}")
        lines.append(f"{iso} END RequestId: {lid}")
        lines.append(f"{iso} REPORT RequestId: {lid}\tDuration: {41.2 + k:.2f} ms\tBilled Duration: {42 + k} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    write(c["id"], d, "\n".join(lines) + "\n")

def r_cw_json(c, d, turns, base, tag):
    ev = []
    stream = f"{base[:10].replace('-', '/')}/[$LATEST]{hx(c['id'] + tag + 'stream')}"
    for t, rq, rs, k in pairs(c, turns, base, tag):
        lid = uid(c["id"] + tag + "lambda" + str(k))
        ms = int(tstamp(base, k).timestamp() * 1000)
        iso = tstamp(base, k).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"
        for j, m in enumerate([f"START RequestId: {lid} Version: 7\n",
                               f"{iso}\t{lid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}\n",
                               f"{iso}\t{lid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}\n",
                               f"END RequestId: {lid}\n"]):
            ev.append({"logStreamName": stream, "timestamp": ms + j * 30, "message": m,
                       "ingestionTime": ms + j * 30 + 411, "eventId": f"3{ms + j * 30:055d}"[:56]})
    write(c["id"], d, jdump({"events": ev, "searchedLogStreams": [{"logStreamName": stream, "searchedCompletely": True}]}))

def r_har(c, d, turns, base, tag):
    host = c.get("host", f"{c['id'][7:]}.ngrok-free.app")
    ents = []
    for t, rq, rs, k in pairs(c, turns, base, tag):
        body = json.dumps(rq, ensure_ascii=False)
        rb = json.dumps(rs, ensure_ascii=False)
        ents.append({"startedDateTime": tstamp(base, k).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 212 + k,
                     "request": {"method": "POST", "url": f"https://{host}/alexa", "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body.encode()),
                                 "postData": {"mimeType": "application/json; charset=utf-8", "text": body}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                  "content": {"size": len(rb.encode()), "mimeType": "application/json", "text": rb},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(rb.encode())},
                     "cache": {}, "timings": {"send": 0, "wait": 210 + k, "receive": 2}})
    write(c["id"], d, jdump({"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"}, "pages": [], "entries": ents}}))

def r_transcript(c, d, turns, base, tag):
    lines = [f"# QA transcript - {c['name']} - {c['loc']} - build {tag or 'main'}"]
    for t, sid, new, k in sessions(c["id"], turns, tag):
        ts = tstamp(base, k).strftime("%Y-%m-%d %H:%M:%S")
        if new:
            lines.append(f"--- session {sid[-12:]} ---")
        if t["i"] == "End":
            lines.append(f"[{ts}] (user left: {t['extra'].get('reason', 'USER_INITIATED')})")
            continue
        lines.append(f"[{ts}] USER: {t['u']}")
        lines.append(f"[{ts}] SKILL: {t['say']}")
        if t["rep"] is not None:
            lines.append(f"[{ts}] SKILL (reprompt): {t['rep']}")
        lines.append(f"[{ts}] session_open={str(not t['end']).lower()}")
    write(c["id"], d, "\n".join(lines) + "\n")

# ---- new shapes (not in set 1)
def r_jest_snapshot(c, d, turns, base, tag):
    """jest __snapshots__/*.snap of handler responses (pretty-format style, keys sorted)"""
    def pf(o, ind=0):
        sp = "  " * ind
        if isinstance(o, dict):
            if not o:
                return "Object {}"
            s = "Object {\n"
            for k in sorted(o):
                s += f"{sp}  \"{k}\": {pf(o[k], ind + 1)},\n"
            return s + sp + "}"
        if isinstance(o, list):
            if not o:
                return "Array []"
            return "Array [\n" + "".join(f"{sp}  {pf(x, ind + 1)},\n" for x in o) + sp + "]"
        if isinstance(o, bool):
            return "true" if o else "false"
        if o is None:
            return "null"
        if isinstance(o, (int, float)):
            return str(o)
        return json.dumps(o, ensure_ascii=False).replace("`", "\\`")
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for t, rq, rs, k in pairs(c, turns, base, tag):
        if t["i"] == "End":
            continue
        name = f"{c['name']} {t['u']} {k + 1}"
        out.append(f"exports[`{name}`] = `\n{pf(rs)}\n`;\n")
    write(c["id"], d, "\n".join(out))
    # the test file drives the handler with these utterances
    tests = "\n".join(f"  it({json.dumps(t['u'], ensure_ascii=False)}, async () => {{ expect(await run({json.dumps(t['i'])}, {json.dumps(t['slots'], ensure_ascii=False)})).toMatchSnapshot(); }});" for t in turns if t["i"] != "End")
    write(c["id"], os.path.join(os.path.dirname(os.path.dirname(d)), os.path.basename(d)[:-5]),
          f"const {{ run }} = require('./helpers/run');\n\ndescribe({json.dumps(c['name'], ensure_ascii=False)}, () => {{\n{tests}\n}});\n")

def r_postman(c, d, turns, base, tag):
    items = []
    for t, rq, rs, k in pairs(c, turns, base, tag):
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": json.dumps(rq, ensure_ascii=False, indent=2), "options": {"raw": {"language": "json"}}},
               "url": {"raw": "{{skillUrl}}/", "host": ["{{skillUrl}}"], "path": [""]}}
        items.append({"name": f"{k + 1}. {t['u'] or t['i']}", "request": req,
                      "response": [{"name": "saved", "originalRequest": req, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json"}],
                                    "body": json.dumps(rs, ensure_ascii=False, indent=2)}]})
    write(c["id"], d, jdump({"info": {"_postman_id": uid(c["id"] + "pm"), "name": f"{c['name']} local endpoint",
                                      "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                             "item": items, "variable": [{"key": "skillUrl", "value": "http://localhost:3000"}]}))

def yq(s):
    return json.dumps(s, ensure_ascii=False)

def r_bespoken(c, d, turns, base, tag):
    lines = ["---", "configuration:", f"  locale: {c['loc']}", "  voiceId: " + {"en-AU": "Nicole", "es-MX": "Mia", "fr-CA": "Chantal", "ja-JP": "Mizuki", "pt-BR": "Vitoria"}.get(c["loc"], "Joanna"), "", "---",
             f"- test: {c['name']} recorded run ({tag or 'main'})"]
    for t in turns:
        if t["i"] == "End":
            continue
        lines.append(f"- {yq(t['u'])}:")
        lines.append(f"  - prompt: {yq(t['say'])}")
        if t["rep"] is not None:
            lines.append(f"  - reprompt: {yq(t['rep'])}")
        lines.append(f"  - response.shouldEndSession: {str(bool(t['end'])).lower()}")
    write(c["id"], d, "\n".join(lines) + "\n")

def r_junit(c, d, turns, base, tag):
    from xml.sax.saxutils import escape
    cases = []
    for t, rq, rs, k in pairs(c, turns, base, tag):
        out = f"REQUEST {json.dumps(rq, ensure_ascii=False)}\nRESPONSE {json.dumps(rs, ensure_ascii=False)}\n"
        cases.append(f'    <testcase classname="tests.test_flow" name="test_turn_{k + 1:02d}_{escape(t["i"].replace("AMAZON.", ""))}" time="0.0{k + 3}">\n'
                     f'      <system-out>{escape(out)}</system-out>\n    </testcase>')
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n'
           f'  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(cases)}" time="0.{len(cases)}1" timestamp="{base}" hostname="ci-runner">\n'
           + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    write(c["id"], d, xml)

def r_dashbot_csv(c, d, turns, base, tag):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["timestamp", "conversation_id", "platform", "locale", "direction", "intent", "text", "reprompt", "session_open"])
    for t, sid, new, k in sessions(c["id"], turns, tag):
        ts = tstamp(base, k).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        it = "LaunchRequest" if t["i"] == "Launch" else ("SessionEndedRequest" if t["i"] == "End" else t["i"])
        w.writerow([ts, sid, "alexa", c["loc"], "incoming", it, t["u"], "", ""])
        if t["i"] != "End":
            w.writerow([ts, sid, "alexa", c["loc"], "outgoing", it, t["say"], t["rep"] or "", str(not t["end"]).lower()])
    write(c["id"], d, buf.getvalue())

def r_sam_local(c, d, turns, base, tag):
    for t, rq, rs, k in pairs(c, turns, base, tag):
        s = slug(t, k)
        write(c["id"], f"{d}/events/{s}.json", jdump(rq))
        lid = uid(c["id"] + tag + "sam" + str(k))
        log = (f"Invoking index.handler (nodejs18.x)\nLocal image is up-to-date\nUsing local image: public.ecr.aws/lambda/nodejs:18-rapid-x86_64.\n\n"
               f"Mounting /home/dev/{c['id'][7:]}/.aws-sam/build/SkillFunction as /var/task:ro,delegated, inside runtime container\n"
               f"START RequestId: {lid} Version: $LATEST\n"
               f"END RequestId: {lid}\nREPORT RequestId: {lid}\tInit Duration: 0.31 ms\tDuration: {310 + k}.44 ms\tBilled Duration: {311 + k} ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB\t\n"
               f"{json.dumps(rs, ensure_ascii=False)}\n")
        write(c["id"], f"{d}/out/{s}.log", log)
    write(c["id"], f"{d}/run.sh", "#!/bin/sh\nfor e in events/*.json; do n=$(basename $e .json); sam local invoke SkillFunction -e $e > out/$n.log 2>&1; done\n")

ALEXA_SHAPES = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array,
                "smapi-simulation": r_smapi_sim, "smapi-invocation": r_smapi_inv, "ask-dialog": r_ask_dialog,
                "ask-dialog-text": r_ask_dialog_text, "cloudwatch-text": r_cw_text,
                "cloudwatch-text-py": lambda *a: r_cw_text(*a, py=True), "cloudwatch-json": r_cw_json, "har": r_har,
                "transcript": r_transcript, "jest-snapshot": r_jest_snapshot, "postman-collection": r_postman,
                "bespoken-yaml": r_bespoken, "junit-xml": r_junit, "dashbot-csv": r_dashbot_csv, "sam-local": r_sam_local}
SHAPE_LABEL = {"ask-dialog-text": "ask-dialog", "cloudwatch-text-py": "cloudwatch-text"}

# ------------------------------------------------------- alexa project
PERM = {"address": "alexa::devices:all:address:full:read", "postal": "alexa:devices:all:address:country_and_postal_code:read",
        "email": "alexa::profile:email:read", "phone": "alexa::profile:mobile_number:read", "name": "alexa::profile:name:read",
        "given": "alexa::profile:given_name:read", "location": "alexa::devices:all:geolocation:read",
        "lists_r": "alexa::household:lists:read", "lists_w": "alexa::household:lists:write", "reminders": "alexa::alerts:reminders:skill:readwrite"}

def alexa_project(c):
    loc = c["loc"]
    models = c.get("models") or {loc: c}
    locs = {}
    for l, m in models.items():
        locs[l] = {"summary": m.get("summary", c["desc"][:150]), "examplePhrases": m.get("examples", c.get("examples", [])),
                   "name": m.get("name", c["name"]), "description": m.get("description", c["desc"]),
                   "keywords": m.get("keywords", c.get("keywords", [])),
                   "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hx(c['id'],4)}/APP_ICON?versionId=small",
                   "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hx(c['id'],4)}/APP_ICON_LARGE?versionId=large"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
          "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if c.get("privacy"):
        pc["locales"] = {l: {"privacyPolicyUrl": c["privacy"], "termsOfUseUrl": c.get("terms", c["privacy"].rsplit("/", 1)[0] + "/terms")} for l in models}
    elif c.get("terms"):
        pc["locales"] = {l: {"termsOfUseUrl": c["terms"]} for l in models}
    man = {"manifest": {"publishingInformation": {"locales": locs, "isAvailableWorldwide": False,
                                                  "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                  "category": c.get("category", "EDUCATION_AND_REFERENCE"),
                                                  "distributionCountries": [loc.split("-")[1]], "automaticDistribution": {"isActive": False}},
                        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:{c.get('region', 'ap-southeast-2')}:{int(hx(c['id'], 10), 16) % 10**12:012d}:function:{c['id'][7:]}"}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.get("interfaces"):
        man["manifest"]["apis"]["custom"]["interfaces"] = [{"type": x} for x in c["interfaces"]]
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": PERM[p]} for p in c["perms"]]
    write(c["id"], "skill-package/skill.json", jdump(man))
    for l, m in models.items():
        intents = []
        for it in m.get("intents", c.get("intents", [])):
            name, samples, slots = (it + ({},))[:3] if len(it) == 2 else it
            d = {"name": name, "samples": samples}
            if slots:
                d["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
            intents.append(d)
        for b in ("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"):
            if not any(i["name"] == b for i in intents):
                intents.append({"name": b, "samples": []})
        types = [{"name": tn, "values": [{"name": {"value": v}} for v in vals]} for tn, vals in m.get("types", c.get("types", {})).items()]
        lm = {"invocationName": m.get("inv", c["inv"]), "intents": intents}
        if types:
            lm["types"] = types
        write(c["id"], f"skill-package/interactionModels/custom/{l}.json", jdump({"interactionModel": {"languageModel": lm}, "version": "3"}))
    write(c["id"], "ask-resources.json", jdump({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x" if not c.get("py") else "python3.11",
                                                                                    "handler": "index.handler" if not c.get("py") else "lambda_function.lambda_handler",
                                                                                    "awsRegion": c.get("region", "ap-southeast-2")}}}}}))
    if c.get("code"):
        fn = "lambda/lambda_function.py" if c.get("py") else "lambda/index.js"
        write(c["id"], fn, c["code"].strip("\n") + "\n")

# ------------------------------------------------------- google projects + recordings
from gshapes import google_project, google_recording, GOOGLE_SHAPES  # noqa: E402

# ------------------------------------------------------- main
def build(c):
    if c.get("plat", "alexa") == "alexa":
        alexa_project(c)
    else:
        google_project(c, write, jdump, hx, uid)
    shapes = []
    for rec in c["recs"]:
        shape, path, turns = rec[:3]
        base = rec[3] if len(rec) > 3 else c.get("base", "2026-03-14T16:05:00")
        tag = rec[4] if len(rec) > 4 else ""
        if shape in GOOGLE_SHAPES:
            google_recording(c, shape, path, turns, base, tag, write, jdump, hx, uid, tstamp)
        else:
            ALEXA_SHAPES[shape](c, path, turns, base, tag)
        s = SHAPE_LABEL.get(shape, shape)
        if s not in shapes:
            shapes.append(s)
    for rel, text in c.get("files", {}).items():
        write(c["id"], rel, text)
    return {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}

def main():
    import cases_en, cases_intl, cases_google
    allc = cases_en.CASES + cases_intl.CASES + cases_google.CASES
    ids = [c["id"] for c in allc]
    assert len(ids) == len(set(ids)), "duplicate ids"
    shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True)
    labels = {}
    for c in sorted(allc, key=lambda c: c["id"]):
        labels[c["id"]] = build(c)
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(labels, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {len(labels)} cases")

if __name__ == "__main__":
    main()
