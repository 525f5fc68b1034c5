"""Renderers for set 80. Case content lives in cases_*.py; this file only lays it out in real formats."""
import base64, hashlib, json, os, uuid, datetime, html

CASES = []


def case(cid, **kw):
    kw["id"] = cid
    CASES.append(kw)


def T(u, intent, say, rep=None, end=False, slots=None, extra=None, rtype=None):
    """one turn: user text, intent ('Launch', 'SessionEnded' or an intent name), speech, reprompt, shouldEndSession"""
    return dict(u=u, intent=intent, say=say, rep=rep, end=end, slots=slots or {}, extra=extra or {}, rtype=rtype)


def R(shape, path, turns, date="2025-03-04T08:15:00Z"):
    return dict(shape=shape, path=path, turns=turns, date=date)


def _h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def _uuid(*parts):
    return str(uuid.UUID(_h(*parts)[:32]))


def ssml(s):
    if s is None:
        return None
    return s if s.strip().startswith("<speak>") else "<speak>" + s + "</speak>"


def dumps(o, indent=2):
    return json.dumps(o, ensure_ascii=False, indent=indent)


LANG = {"en-US": "en", "de-DE": "de", "es-ES": "es", "fr-FR": "fr", "it-IT": "it", "ja-JP": "ja", "pt-BR": "pt-br"}


# ---------------------------------------------------------------- sessions
def sessionize(c, rec):
    """attach session ids / new flags / timestamps to turns"""
    t0 = datetime.datetime.fromisoformat(rec["date"].replace("Z", "+00:00"))
    out, sid, new, n = [], None, True, 0
    for i, t in enumerate(rec["turns"]):
        if sid is None or new:
            n += 1
            sid = "amzn1.echo-api.session." + _uuid(c["id"], rec["path"], "s", n)
            new_flag = True
        else:
            new_flag = False
        ts = t0 + datetime.timedelta(seconds=9 * i + (40 if new_flag and i else 0))
        out.append(dict(t, sid=sid, new=new_flag, ts=ts, i=i,
                        rid="amzn1.echo-api.request." + _uuid(c["id"], rec["path"], "r", i)))
        new = bool(t["end"]) or t["intent"] == "SessionEnded"
    return out


def iso(ts):
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def areq(c, t):
    app = "amzn1.ask.skill." + _uuid(c["id"], "app")
    user = "amzn1.ask.account.AF" + _h(c["id"], "user")[:40].upper()
    dev = "amzn1.ask.device.AG" + _h(c["id"], "dev")[:40].upper()
    loc = c["loc"]
    if t["intent"] == "Launch":
        r = {"type": "LaunchRequest", "requestId": t["rid"], "locale": loc, "timestamp": iso(t["ts"])}
    elif t["intent"] == "SessionEnded":
        r = {"type": "SessionEndedRequest", "requestId": t["rid"], "locale": loc, "timestamp": iso(t["ts"]),
             "reason": t["extra"].get("reason", "USER_INITIATED")}
    elif t["rtype"]:
        r = {"type": t["rtype"], "requestId": t["rid"], "locale": loc, "timestamp": iso(t["ts"])}
    else:
        slots = {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t["slots"].items()}
        r = {"type": "IntentRequest", "requestId": t["rid"], "locale": loc, "timestamp": iso(t["ts"]),
             "dialogState": "COMPLETED" if slots else None,
             "intent": {"name": t["intent"], "confirmationStatus": "NONE", "slots": slots}}
        if r["dialogState"] is None:
            del r["dialogState"]
            if not slots:
                del r["intent"]["slots"]
    sess = {"new": t["new"], "sessionId": t["sid"], "application": {"applicationId": app}, "user": {"userId": user}}
    if not t["new"]:
        sess["attributes"] = t["extra"].get("attrs", {})
    perms = c.get("perms") or []
    sysctx = {"application": {"applicationId": app}, "user": {"userId": user},
              "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}} if c.get("audio") else {}},
              "apiEndpoint": "https://api.amazonalexa.com" if loc in ("en-US", "pt-BR") else ("https://api.fe.amazonalexa.com" if loc == "ja-JP" else "https://api.eu.amazonalexa.com"),
              "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}
    if perms:
        sysctx["user"]["permissions"] = {"consentToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
    return {"version": "1.0", "session": sess, "context": {"System": sysctx}, "request": r}


def aresp(c, t):
    if t["intent"] == "SessionEnded":
        return {"version": "1.0", "response": {}}
    resp = {}
    if t["say"] is not None:
        resp["outputSpeech"] = {"type": "SSML", "ssml": ssml(t["say"])}
    if t["rep"] is not None:
        resp["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["rep"])}}
    if t["extra"].get("card"):
        resp["card"] = t["extra"]["card"]
    if t["extra"].get("directives"):
        resp["directives"] = t["extra"]["directives"]
    if t["end"] is not None:
        resp["shouldEndSession"] = t["end"]
    out = {"version": "1.0", "sessionAttributes": t["extra"].get("attrs_out", {}),
           "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.19.0"), "response": resp}
    return out


# ---------------------------------------------------------------- Alexa shapes
def r_envelope(c, rec, ts):
    files = {}
    for t in ts:
        files[f"{rec['path']}/{t['i']+1:02d}-{t['intent'].lower()}.json"] = dumps(aresp(c, t))
    return files


def r_pairs_jsonl(c, rec, ts):
    return {rec["path"]: "\n".join(json.dumps({"request": areq(c, t), "response": aresp(c, t)}, ensure_ascii=False) for t in ts) + "\n"}


def r_pairs_array(c, rec, ts):
    return {rec["path"]: dumps([{"request": areq(c, t), "response": aresp(c, t)} for t in ts])}


def _endpoint(c):
    return "arn:aws:lambda:us-east-1:4417" + _h(c["id"])[:8].translate(str.maketrans("abcdef", "123456")) + ":function:" + c["id"][6:]


def r_smapi_simulation(c, rec, ts):
    files = {}
    for t in ts:
        sim = {"id": _uuid(c["id"], "sim", t["i"]), "status": "SUCCESSFUL",
               "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": html.unescape(__import__("re").sub("<[^>]+>", "", ssml(t["say"] or "")))}}],
                                                 "consideredIntents": [{"name": t["intent"] if t["intent"] not in ("Launch",) else "LaunchRequest", "confirmationStatus": "NONE", "slots": {}}]},
                          "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": _endpoint(c), "body": areq(c, t)},
                                                                  "invocationResponse": {"body": aresp(c, t)},
                                                                  "metrics": {"skillExecutionTimeInMilliseconds": 180 + t["i"] * 7}}]},
                          "error": None}}
        files[f"{rec['path']}/sim-{t['i']+1:02d}.json"] = dumps(sim)
    return files


def r_smapi_invocation(c, rec, ts):
    files = {}
    for t in ts:
        inv = {"id": _uuid(c["id"], "inv", t["i"]), "status": "SUCCESSFUL",
               "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": _endpoint(c), "body": areq(c, t)},
                                                 "invocationResponse": {"body": aresp(c, t)},
                                                 "metrics": {"skillExecutionTimeInMilliseconds": 211}}, "error": None}}
        files[f"{rec['path']}/invoke-{t['i']+1:02d}.json"] = dumps(inv)
    return files


def r_ask_dialog(c, rec, ts):
    replay = {"skillId": "amzn1.ask.skill." + _uuid(c["id"], "app"), "locale": c["loc"], "type": "text",
              "userInput": [t["u"] for t in ts if t["intent"] != "SessionEnded"]}
    out = []
    for t in ts:
        if t["intent"] == "SessionEnded":
            continue
        out.append({"utterance": t["u"], "invocations": [{"invocationRequest": {"endpoint": _endpoint(c), "body": areq(c, t)},
                                                            "invocationResponse": {"body": aresp(c, t)}}]})
    base = rec["path"]
    return {base + "/dialog-replay.json": dumps(replay), base + "/skill-io.json": dumps(out)}


def r_cloudwatch_text(c, rec, ts):
    lines = []
    py = c.get("python")
    for t in ts:
        inv = _uuid(c["id"], "lambda", t["i"])
        tm = t["ts"]
        stamp = tm.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(t['i']*137)%1000:03d}Z"
        lines.append(f"START RequestId: {inv} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{stamp}\t{inv}\tRequest Envelope: {json.dumps(areq(c, t), ensure_ascii=False)}")
            lines.append(f"[INFO]\t{stamp}\t{inv}\tResponse: {json.dumps(aresp(c, t), ensure_ascii=False)}")
        else:
            lines.append(f"{stamp}\t{inv}\tINFO\tRequest: {json.dumps(areq(c, t), ensure_ascii=False)}")
            lines.append(f"{stamp}\t{inv}\tINFO\tResponse: {json.dumps(aresp(c, t), ensure_ascii=False)}")
        lines.append(f"END RequestId: {inv}")
        lines.append(f"REPORT RequestId: {inv}\tDuration: {95 + t['i']*11}.42 ms\tBilled Duration: {96 + t['i']*11} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    return {rec["path"]: "\n".join(lines) + "\n"}


def r_cloudwatch_json(c, rec, ts):
    ev = []
    for t in ts:
        inv = _uuid(c["id"], "lambda", t["i"])
        ms = int(t["ts"].timestamp() * 1000)
        stamp = iso(t["ts"])
        for j, (k, body) in enumerate((("Request", areq(c, t)), ("Response", aresp(c, t)))):
            ev.append({"logStreamName": f"{t['ts']:%Y/%m/%d}/[$LATEST]{_h(c['id'], 'stream')[:32]}", "timestamp": ms + j,
                       "message": f"{stamp}\t{inv}\tINFO\t{k}: {json.dumps(body, ensure_ascii=False)}\n",
                       "ingestionTime": ms + 900, "eventId": str(int(_h(c['id'], t['i'], j)[:15], 16))})
    return {rec["path"]: dumps({"events": ev, "searchedLogStreams": []})}


def r_har(c, rec, ts):
    entries = []
    for t in ts:
        rq, rs = json.dumps(areq(c, t), ensure_ascii=False), json.dumps(aresp(c, t), ensure_ascii=False)
        entries.append({"startedDateTime": t["ts"].strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 143,
                        "request": {"method": "POST", "url": c.get("url", f"https://{c['id'][6:]}.ngrok-free.app/alexa"), "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                {"name": "Signature-256", "value": "REDACTED"}],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(rq.encode()),
                                    "postData": {"mimeType": "application/json", "text": rq}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                     "content": {"size": len(rs.encode()), "mimeType": "application/json", "text": rs},
                                     "redirectURL": "", "headersSize": -1, "bodySize": len(rs.encode())},
                        "cache": {}, "timings": {"send": 1, "wait": 140, "receive": 2}})
    return {rec["path"]: dumps({"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "entries": entries}})}


def r_transcript(c, rec, ts):
    lines = [f"# QA run {rec['date'][:10]} locale={c['loc']} skill=\"{c['name']}\""]
    for t in ts:
        st = t["ts"].strftime("%H:%M:%S")
        if t["intent"] == "SessionEnded":
            lines.append(f"[{st}] (session ended by user)")
            continue
        lines.append(f"[{st}] USER: {t['u']}")
        lines.append(f"[{st}] SKILL: {ssml(t['say'])}")
        if t["rep"] is not None:
            lines.append(f"[{st}] REPROMPT: {ssml(t['rep'])}")
        lines.append(f"[{st}] session_open={'false' if t['end'] else 'true'}")
    return {rec["path"]: "\n".join(lines) + "\n"}


# ---------------------------------------------------------------- new shapes
def r_pino(c, rec, ts):
    out = []
    for t in ts:
        ms = int(t["ts"].timestamp() * 1000)
        out.append({"level": 30, "time": ms, "pid": 8, "hostname": "169.254.12.61", "reqId": t["rid"][-12:],
                    "msg": "alexa request", "envelope": areq(c, t)})
        out.append({"level": 30, "time": ms + 160, "pid": 8, "hostname": "169.254.12.61", "reqId": t["rid"][-12:],
                    "msg": "alexa response", "responseEnvelope": aresp(c, t), "durationMs": 160})
    return {rec["path"]: "\n".join(json.dumps(o, ensure_ascii=False) for o in out) + "\n"}


def _pretty(o, ind=0):
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        return "Object {\n" + "".join(f"{sp}  {json.dumps(k, ensure_ascii=False)}: {_pretty(v, ind+1)},\n" for k, v in o.items()) + sp + "}"
    if isinstance(o, list):
        if not o:
            return "Array []"
        return "Array [\n" + "".join(f"{sp}  {_pretty(v, ind+1)},\n" for v in o) + sp + "]"
    if isinstance(o, str):
        return json.dumps(o, ensure_ascii=False).replace("`", "\\`")
    return json.dumps(o)


def r_jest(c, rec, ts):
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    tests = ["const { handler } = require('../index');\nconst fixtures = require('./fixtures');\n\ndescribe('conversation', () => {"]
    for t in ts:
        name = f"{t['intent']} - {t['u'] or t['intent']}"
        parts.append(f"exports[`conversation {name} 1`] = `\n{_pretty(aresp(c, t))}\n`;\n")
        tests.append(f"  test({json.dumps(name, ensure_ascii=False)}, async () => {{\n    const res = await handler(fixtures[{t['i']}]);\n    expect(res).toMatchSnapshot();\n  }});")
    tests.append("});\n")
    fx = [areq(c, t) for t in ts]
    d = rec["path"]
    return {f"{d}/__snapshots__/conversation.test.js.snap": "\n".join(parts), f"{d}/conversation.test.js": "\n".join(tests),
            f"{d}/fixtures.json": dumps(fx)}


def r_junit(c, rec, ts):
    cases = []
    for t in ts:
        so = "REQUEST " + json.dumps(areq(c, t), ensure_ascii=False) + "\nRESPONSE " + json.dumps(aresp(c, t), ensure_ascii=False)
        cases.append(f'    <testcase classname="test_conversation" name="test_turn_{t["i"]+1}_{t["intent"]}" time="0.{180+t["i"]}">\n'
                     f'      <system-out>{html.escape(so, quote=False)}</system-out>\n    </testcase>')
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" '
           f'tests="{len(ts)}" time="2.114" timestamp="{rec["date"][:19]}" hostname="ci-runner-7">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    return {rec["path"]: xml}


def _csvq(s):
    s = "" if s is None else str(s)
    return '"' + s.replace('"', '""') + '"'


def r_csv(c, rec, ts):
    rows = ["session_id,turn,timestamp,locale,request_type,intent,user_utterance,speech_ssml,reprompt_ssml,should_end_session"]
    for t in ts:
        rt = {"Launch": "LaunchRequest", "SessionEnded": "SessionEndedRequest"}.get(t["intent"], "IntentRequest")
        rows.append(",".join([t["sid"], str(t["i"] + 1), iso(t["ts"]), c["loc"], rt, "" if t["intent"] in ("Launch", "SessionEnded") else t["intent"],
                              _csvq(t["u"]), _csvq(ssml(t["say"]) if t["say"] is not None else ""), _csvq(ssml(t["rep"]) if t["rep"] is not None else ""),
                              "" if t["intent"] == "SessionEnded" else str(bool(t["end"])).lower()]))
    return {rec["path"]: "\n".join(rows) + "\n"}


def _yq(s):
    return json.dumps(s, ensure_ascii=False)


def r_bespoken(c, rec, ts):
    y = ["---", "configuration:", f"  locale: {c['loc']}", "  description: recorded conversation, generated from a live run", "", "---",
         f"- test: {_yq(c['name'] + ' conversation')}"]
    for t in ts:
        if t["intent"] == "SessionEnded":
            y.append("- SessionEndedRequest:")
            continue
        key = "LaunchRequest" if t["intent"] == "Launch" else _yq(t["u"])
        y.append(f"- {key}:")
        y.append(f"  - prompt: {_yq(ssml(t['say']))}")
        if t["rep"] is not None:
            y.append(f"  - reprompt: {_yq(ssml(t['rep']))}")
        y.append(f"  - response.shouldEndSession: {str(bool(t['end'])).lower()}")
    return {rec["path"]: "\n".join(y) + "\n"}


def r_newman(c, rec, ts):
    ex = []
    for t in ts:
        body = json.dumps(aresp(c, t), ensure_ascii=False).encode()
        ex.append({"cursor": {"position": t["i"], "iteration": 0, "length": len(ts), "cycles": 1},
                   "item": {"id": _uuid(c["id"], "item", t["i"]), "name": f"{t['i']+1:02d} {t['u'] or t['intent']}"},
                   "request": {"url": {"protocol": "https", "host": ["localhost"], "port": "3000", "path": ["skill"]},
                               "method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                               "body": {"mode": "raw", "raw": json.dumps(areq(c, t), ensure_ascii=False, indent=2)}},
                   "response": {"id": _uuid(c["id"], "resp", t["i"]), "status": "OK", "code": 200,
                                "header": [{"key": "Content-Type", "value": "application/json; charset=utf-8"}],
                                "stream": {"type": "Buffer", "data": list(body)}, "responseTime": 37, "responseSize": len(body)},
                   "assertions": [{"assertion": "Status code is 200"}]})
    rep = {"collection": {"info": {"_postman_id": _uuid(c["id"], "coll"), "name": c["name"] + " local tests",
                                   "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}},
           "environment": {"name": "local"}, "run": {"stats": {"requests": {"total": len(ts), "pending": 0, "failed": 0}},
                                                     "executions": ex, "failures": []}}
    return {rec["path"]: dumps(rep)}


# ---------------------------------------------------------------- Google shapes
def _plain(s):
    import re
    return html.unescape(re.sub("<[^>]+>", "", s or "")).strip()


def g_v2(c, rec, ts):
    """Actions SDK v2 conversation webhook pairs"""
    out = []
    conv = _h(c["id"], rec["path"])[:24].upper()
    for t in ts:
        typ = "NEW" if t["new"] else "ACTIVE"
        intent = "actions.intent.MAIN" if t["intent"] == "Launch" else t["intent"]
        req = {"user": {"locale": c["loc"], "lastSeen": iso(t["ts"]), "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": conv + str(t["sid"][-4:]), "type": typ},
               "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t["u"]}],
                           "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in t["slots"].items()]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
               "availableSurfaces": []}
        res = {"expectUserResponse": not t["end"]}
        items = [{"simpleResponse": {"textToSpeech": ssml(t["say"])}}]
        if t["end"]:
            res["finalResponse"] = {"richResponse": {"items": items}}
        else:
            res["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": items},
                                                      "noInputPrompts": ([{"ssml": ssml(t["rep"])}] if t["rep"] is not None else [])},
                                      "possibleIntents": t["extra"].get("possible", [{"intent": "actions.intent.TEXT"}])}]
        out.append({"request": req, "response": res})
    return {rec["path"]: dumps(out)}


def _df_pair(c, t, proj):
    intent = t["extra"].get("df_intent", t["intent"])
    sess = f"projects/{proj}/agent/sessions/{_h(t['sid'])[:20]}"
    req = {"responseId": _uuid(t["rid"]), "session": sess,
           "queryResult": {"queryText": t["u"] or "GOOGLE_ASSISTANT_WELCOME", "parameters": t["slots"], "allRequiredParamsPresent": True,
                           "intent": {"name": f"projects/{proj}/agent/intents/{_uuid(intent)}", "displayName": intent},
                           "intentDetectionConfidence": 1, "languageCode": LANG[c["loc"]]},
           "originalDetectIntentRequest": {"source": "google", "version": "2",
                                           "payload": {"user": {"locale": c["loc"]}, "conversation": {"conversationId": _h(t["sid"])[:20], "type": "NEW" if t["new"] else "ACTIVE"},
                                                       "inputs": [{"rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}]}}}
    g = {"expectUserResponse": not t["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": ssml(t["say"])}}]}}
    if t["rep"] is not None:
        g["noInputPrompts"] = [{"ssml": ssml(t["rep"])}]
    if t["extra"].get("system"):
        g["systemIntent"] = t["extra"]["system"]
    res = {"fulfillmentText": _plain(t["say"]), "payload": {"google": g}}
    return req, res


def g_df(c, rec, ts):
    proj = c["id"][6:] + "-agent"
    return {rec["path"]: dumps([dict(zip(("request", "response"), _df_pair(c, t, proj))) for t in ts])}


def _scene_pair(c, t):
    scene = t["extra"].get("scene", "Main")
    intent = "actions.intent.MAIN" if t["intent"] == "Launch" else t["intent"]
    req = {"handler": {"name": t["extra"].get("handler", intent.split(".")[-1].lower())},
           "intent": {"name": intent, "params": {k: {"original": v, "resolved": v} for k, v in t["slots"].items()}, "query": t["u"]},
           "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
           "session": {"id": "ABwppHG" + _h(t["sid"])[:30], "params": {}, "typeOverrides": [], "languageCode": ""},
           "user": {"locale": c["loc"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                    "verificationStatus": "VERIFIED", "lastSeenTime": iso(t["ts"])},
           "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
    res = {"session": {"id": req["session"]["id"], "params": {}},
           "prompt": {"override": False, "firstSimple": {"speech": ssml(t["say"]), "text": _plain(t["say"])}}}
    res["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if t["end"] else t["extra"].get("next", scene)}}
    return req, res


def g_scene(c, rec, ts):
    return {rec["path"]: dumps([dict(zip(("request", "response"), _scene_pair(c, t))) for t in ts])}


def g_gcloud(c, rec, ts):
    ents = []
    for t in ts:
        rq, rs = (_scene_pair(c, t) if c["plat"] == "builder" else _df_pair(c, t, c["id"][6:]))
        for j, (m, b) in enumerate((("webhook request", rq), ("webhook response", rs))):
            ents.append({"insertId": _h(c["id"], t["i"], j)[:14], "jsonPayload": {"message": m, "body": b},
                         "resource": {"type": "cloud_function", "labels": {"function_name": "ActionsOnGoogleFulfillment", "region": "us-central1",
                                                                            "project_id": c["id"][6:]}},
                         "timestamp": t["ts"].strftime("%Y-%m-%dT%H:%M:%S.") + f"{j*180:03d}Z", "severity": "INFO",
                         "logName": f"projects/{c['id'][6:]}/logs/cloudfunctions.googleapis.com%2Fcloud-functions"})
    return {rec["path"]: dumps(list(reversed(ents)))}


def g_sim(c, rec, ts):
    out = []
    for t in ts:
        res = {"expectUserResponse": not t["end"], "conversationToken": _h(t["sid"])[:16],
               "finalResponse" if t["end"] else "expectedInputs": ({"richResponse": {"items": [{"simpleResponse": {"textToSpeech": ssml(t["say"])}}]}} if t["end"] else
                                                                     [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": ssml(t["say"])}}]},
                                                                                       "noInputPrompts": ([{"ssml": ssml(t["rep"])}] if t["rep"] is not None else [])},
                                                                       "possibleIntents": [{"intent": "actions.intent.TEXT"}]}]),
               "responseMetadata": {"status": {"message": "Success (200)"}, "queryMatchInfo": {"queryMatched": True, "intent": t["extra"].get("df_intent", t["intent"])}}}
        out.append({"userInput": t["u"] or "Talk to " + c["name"], "locale": c["loc"], "surface": "SMART_SPEAKER",
                    "response": res, "audioResponse": "", "visualResponse": {"visualElements": [{"displayText": {"content": _plain(t["say"])}}]},
                    "debugInfo": {"assistantToAgentDebug": {"curlCommand": "curl -v 'https://dialogflow-fulfillment' ...", "agentToAssistantDebug": {}}}})
    return {rec["path"]: dumps({"conversation": out, "exportedAt": rec["date"], "tool": "Actions Console Simulator"})}


RENDER = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array, "smapi-simulation": r_smapi_simulation,
          "smapi-invocation": r_smapi_invocation, "ask-dialog": r_ask_dialog, "cloudwatch-text": r_cloudwatch_text,
          "cloudwatch-json": r_cloudwatch_json, "har": r_har, "transcript": r_transcript,
          "pino-ndjson": r_pino, "jest-snapshot": r_jest, "junit-xml": r_junit, "csv-turns": r_csv, "bespoken-yaml": r_bespoken,
          "newman-report": r_newman,
          "gactions-conversation": g_v2, "dialogflow-webhook": g_df, "gactions-scene": g_scene,
          "gcloud-logging": g_gcloud, "simulator-debug": g_sim}


# ---------------------------------------------------------------- projects
STD = {"en-US": [], "x": []}


def alexa_project(c):
    loc = c["loc"]
    files = {}
    intents = []
    for it in c.get("intents", []):
        name, slots, samples = it
        d = {"name": name, "samples": samples}
        if slots:
            d["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
        intents.append(d)
    for b in ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent"):
        if not any(i["name"] == b for i in intents):
            intents.append({"name": b, "samples": []})
    types = [{"name": k, "values": [{"name": {"value": v}} for v in vals]} for k, vals in c.get("types", {}).items()]
    lm = {"invocationName": c["inv"], "intents": intents, "types": types}
    for l in [loc] + c.get("extra_locales", []):
        files[f"skill-package/interactionModels/custom/{l}.json"] = dumps({"interactionModel": {"languageModel": lm}})
    pub = {}
    for l in [loc] + c.get("extra_locales", []):
        pub[l] = {"name": c["name"], "summary": c.get("summary", c["desc"][:120]), "description": c["desc"],
                  "examplePhrases": c.get("examples", [f"Alexa, open {c['inv']}"]),
                  "keywords": c.get("keywords", []),
                  "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/a1b2/" + _h(c["id"])[:16] + "/small.png",
                  "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/a1b2/" + _h(c["id"])[:16] + "/large.png"}
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or bool(c.get("policy")),
           "isChildDirected": bool(c.get("kids")), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pac["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"}
                          for l in [loc] + c.get("extra_locales", [])}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                  "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                  "category": c.get("category", "HEALTH_AND_FITNESS"),
                                                  "distributionCountries": [loc.split("-")[1]]},
                        "apis": {"custom": {"endpoint": {"uri": _endpoint(c)}, "interfaces": ([{"type": "AUDIO_PLAYER"}] if c.get("audio") else [])}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pac}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("events"):
        man["manifest"]["events"] = c["events"]
    files["skill-package/skill.json"] = dumps(man)
    files["ask-resources.json"] = dumps({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "python3.11" if c.get("python") else "nodejs18.x",
                                                                                      "handler": "lambda_function.lambda_handler" if c.get("python") else "index.handler"}}}}})
    return files


def builder_project(c):
    loc = c["loc"]
    lang = LANG[loc]
    f = {}
    ls = [f"  displayName: {_yq(c['name'])}", f"  pronunciation: {_yq(c['inv'])}", f"  shortDescription: {_yq(c['desc'][:80])}",
          f"  fullDescription: {_yq(c['desc'])}", "  smallLogoImage: $resources.images.logo", f"  developerName: {_yq(c.get('dev', 'Independent developer'))}",
          f"  developerEmail: dev@{c['id'][6:]}.example"]
    if c.get("policy"):
        ls.append(f"  privacyPolicyUrl: {c['policy']}")
    f["sdk/settings/settings.yaml"] = "\n".join([f"defaultLocale: {lang}", f"projectId: {c['id'][6:]}", "category: HEALTH_AND_FITNESS",
                                                  "usesTransactionsApi: false", "usesDigitalPurchaseApi: false", "usesInteractiveCanvas: false",
                                                  "designedForFamily: " + ("true" if c.get("kids") else "false"), "localizedSettings:"] + ls) + "\n"
    f["sdk/actions/actions.yaml"] = "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n"
    f["sdk/custom/global/actions.intent.MAIN.yaml"] = "handler:\n  webhookHandler: main\ntransitionToScene: Main\n"
    for name, slots, samples in c.get("intents", []):
        lines = []
        if slots:
            lines.append("parameters:")
            for k, v in slots.items():
                lines += [f"- name: {k}", "  type:", f"    name: {v}"]
        lines.append("trainingPhrases:")
        for s in samples:
            import re
            s2 = re.sub(r"\{(\w+)\}", lambda m: f"($" + m.group(1) + " '" + c.get("slot_examples", {}).get(m.group(1), "something") + "' auto=true)", s)
            lines.append("- " + _yq(s2))
        f[f"sdk/custom/intents/{name}.yaml"] = "\n".join(lines) + "\n"
    for k, vals in c.get("types", {}).items():
        f[f"sdk/custom/types/{k}.yaml"] = "synonym:\n  entities:\n" + "".join(f"    {v}:\n      synonyms:\n      - {v}\n" for v in vals) + "  matchType: EXACT_MATCH\n"
    sc = c.get("scene_yaml") or ("onEnter:\n  webhookHandler: main\nintentEvents:\n" + "".join(
        f"- intent: {n}\n  handler:\n    webhookHandler: {n.lower()}\n" for n, _, _ in c.get("intents", [])))
    f["sdk/custom/scenes/Main.yaml"] = sc
    f["sdk/webhooks/ActionsOnGoogleFulfillment.yaml"] = "handlers:\n- name: main\n" + "".join(f"- name: {n.lower()}\n" for n, _, _ in c.get("intents", [])) + \
        "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n"
    return f


def dialogflow_project(c):
    lang = LANG[c["loc"]]
    f = {}
    agent = {"description": c["desc"], "language": lang, "shortDescription": c["name"], "examples": "", "linkToDocs": "",
             "displayName": c["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
             "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][6:], "welcomeIntentSignInRequired": False,
                                 "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "isDeviceAgent": False},
             "defaultTimezone": c.get("tz", "Europe/Madrid"), "webhook": {"url": f"https://europe-west1-{c['id'][6:]}.cloudfunctions.net/dialogflowFirebaseFulfillment",
                                                                         "available": True, "useForDomains": False, "cloudFunctionsEnabled": False,
                                                                         "cloudFunctionsInitialized": False},
             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True,
             "apiVersion": "2", "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [],
             "knowledgeServiceConfidenceAdjustment": 0, "dialogBuilderMode": False, "baseActionPackagesUrl": ""}
    if c.get("policy"):
        agent["googleAssistant"]["privacyPolicyUrl"] = c["policy"]
    f["agent.json"] = dumps(agent)
    f["package.json"] = dumps({"version": "1.0.0"})
    import re
    for name, slots, samples in c.get("intents", []):
        params = [{"id": _uuid(name, k), "required": False, "dataType": v, "name": k, "value": "$" + k, "isList": False} for k, v in (slots or {}).items()]
        f[f"intents/{name}.json"] = dumps({"id": _uuid(c["id"], name), "name": name, "auto": True, "contexts": [],
                                           "responses": [{"resetContexts": False, "affectedContexts": [], "parameters": params, "messages": [],
                                                          "defaultResponsePlatforms": {}, "speech": []}],
                                           "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": []})
        us = []
        for s in samples:
            data = []
            for part in re.split(r"(\{\w+\})", s):
                if not part:
                    continue
                m = re.fullmatch(r"\{(\w+)\}", part)
                if m:
                    data.append({"text": c.get("slot_examples", {}).get(m.group(1), "algo"), "alias": m.group(1), "meta": slots[m.group(1)], "userDefined": True})
                else:
                    data.append({"text": part, "userDefined": False})
            us.append({"id": _uuid(c["id"], name, s), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        f[f"intents/{name}_usersays_{lang}.json"] = dumps(us)
    f["intents/Default Welcome Intent.json"] = dumps({"id": _uuid(c["id"], "welcome"), "name": "Default Welcome Intent", "auto": True, "contexts": [],
                                                      "responses": [{"resetContexts": False, "action": "input.welcome", "affectedContexts": [], "parameters": [],
                                                                     "messages": [], "speech": []}], "priority": 500000, "webhookUsed": True,
                                                      "fallbackIntent": False, "events": [{"name": "WELCOME"}, {"name": "GOOGLE_ASSISTANT_WELCOME"}]})
    return f


def v2_project(c):
    import re
    acts = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": c["id"][6:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
    for name, slots, samples in c.get("intents", []):
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c["id"][6:]},
                     "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in (slots or {}).items()],
                                "trigger": {"queryPatterns": [re.sub(r"\{(\w+)\}", lambda m: "$" + slots[m.group(1)] + ":" + m.group(1), s) for s in samples]}}})
    a = {"locale": c["loc"].split("-")[0], "actions": acts,
         "conversations": {c["id"][6:]: {"name": c["id"][6:], "url": f"https://us-central1-{c['id'][6:]}.cloudfunctions.net/fulfillment",
                                         "fulfillmentApiVersion": 2}},
         "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80], "longDescription": c["desc"],
                      "category": "HEALTH_AND_FITNESS", "companyName": c.get("dev", "Independent"), "contactEmail": f"dev@{c['id'][6:]}.example",
                      "termsOfServiceUrl": "", "privacyUrl": c.get("policy") or ""}}
    if not c.get("policy"):
        del a["manifest"]["privacyUrl"]
    return {"action.json": dumps(a)}


def build(root):
    import shutil
    out = os.path.join(root, "cases")
    if os.path.exists(out):
        shutil.rmtree(out)
    labels = {}
    for c in CASES:
        d = os.path.join(out, c["id"])
        plat = c.get("plat", "alexa")
        files = {"alexa": alexa_project, "builder": builder_project, "dialogflow": dialogflow_project, "v2": v2_project}[plat](c)
        shapes = []
        for rec in c["recs"]:
            ts = sessionize(c, rec)
            files.update(RENDER[rec["shape"]](c, rec, ts))
            if rec["shape"] not in shapes:
                shapes.append(rec["shape"])
        files.update(c.get("files", {}))
        for p, txt in files.items():
            fp = os.path.join(d, p)
            os.makedirs(os.path.dirname(fp), exist_ok=True)
            with open(fp, "w", encoding="utf-8") as fh:
                fh.write(txt)
        labels[c["id"]] = {"categories": sorted(c["cats"], key=lambda x: (x != "drift", CATS.index(x))), "locale": c["loc"], "shapes": shapes, "why": c["why"]}
    with open(os.path.join(root, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(dumps(labels) + "\n")
    return labels


CATS = ["silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing", "pii-request",
        "catch-all-capture", "squatting", "excessive-permissions", "drift"]
