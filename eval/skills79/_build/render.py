"""Turn the hand-written case descriptions (cases_*.py) into project folders.

A case is a dict made by C(...).  Conversations are lists of sessions; a session is a list of
turns made by T(...).  Each recording names a shape and a path; the renderer writes the same
conversation into that shape.  Nothing here invents content: all wording comes from the case files.
"""
import hashlib, json, os, uuid
from xml.sax.saxutils import escape as xesc

# ----------------------------------------------------------------------------- descriptions

def T(u, req, say=None, rep=None, end=True, slots=None, card=None, scene=None, nxt=None, directives=None):
    """one turn: user utterance, request/intent, spoken answer, reprompt, end-of-session flag
    (True/False/None = key absent), slots, card (title, text), Google scene info."""
    return dict(u=u, req=req, say=say, rep=rep, end=end, slots=slots or {}, card=card, scene=scene,
                nxt=nxt, directives=directives)


def C(cid, locale, cats, why, **kw):
    kw.update(cid=cid, locale=locale, cats=sorted(cats), why=why)
    kw.setdefault("platform", "alexa")
    kw.setdefault("recs", [])
    kw.setdefault("files", {})
    return kw


def R(shape, path, sessions, when="2024-05-14T09:00:00Z", **kw):
    kw.update(shape=shape, path=path, sessions=sessions, when=when)
    return kw


STD = [("AMAZON.StopIntent", []), ("AMAZON.CancelIntent", []), ("AMAZON.HelpIntent", []),
       ("AMAZON.FallbackIntent", []), ("AMAZON.NavigateHomeIntent", [])]

# ----------------------------------------------------------------------------- helpers

def _h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def _uuid(*parts):
    return str(uuid.UUID(_h(*parts)[:32]))


def dumps(o, indent=2):
    return json.dumps(o, ensure_ascii=False, indent=indent)


def _ts(base, k):
    # base "YYYY-MM-DDTHH:MM:SSZ"; add k*7 seconds (simple, stays inside the hour for our sizes)
    d, t = base[:-1].split("T")
    h, m, s = map(int, t.split(":"))
    tot = h * 3600 + m * 60 + s + 7 * k
    return f"{d}T{tot // 3600:02d}:{tot % 3600 // 60:02d}:{tot % 60:02d}Z"


def _ms(ts):
    import datetime
    return int(datetime.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=datetime.timezone.utc).timestamp() * 1000)


def _speech(text):
    if text is None:
        return None
    if text.lstrip().startswith("<speak"):
        return {"type": "SSML", "ssml": text}
    return {"type": "PlainText", "text": text}


def plain(text):
    """rough caption of an SSML string (what a simulator would print)"""
    import re
    if text is None:
        return ""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)).strip()

# ----------------------------------------------------------------------------- Alexa envelopes

def alexa_pairs(case, rec):
    loc = rec.get("locale", case["locale"])
    sid_app = "amzn1.ask.skill." + _uuid(case["cid"], "app")
    uid = "amzn1.ask.account." + _h(case["cid"], "user")[:40].upper()
    dev = "amzn1.ask.device." + _h(case["cid"], "dev")[:40].upper()
    out, k = [], 0
    for si, sess in enumerate(rec["sessions"]):
        sess_id = "amzn1.echo-api.session." + _uuid(case["cid"], rec["path"], si)
        attrs = {}
        for ti, t in enumerate(sess):
            ts = _ts(rec["when"], k); k += 1
            rid = "amzn1.echo-api.request." + _uuid(case["cid"], rec["path"], si, ti)
            if t["req"] in ("LaunchRequest", "SessionEndedRequest"):
                r = {"type": t["req"], "requestId": rid, "locale": loc, "timestamp": ts}
                if t["req"] == "SessionEndedRequest":
                    r["reason"] = t["slots"].get("reason", "USER_INITIATED")
            else:
                r = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": ts,
                     "dialogState": "STARTED" if t["slots"] else None,
                     "intent": {"name": t["req"], "confirmationStatus": "NONE",
                                "slots": {n: {"name": n, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                          for n, v in t["slots"].items()}}}
                if not t["slots"]:
                    del r["dialogState"]
            system = {"application": {"applicationId": sid_app}, "user": {"userId": uid},
                      "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}}},
                      "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[:2] in "de fr it es en-GB" and loc != "en-US" else "https://api.amazonalexa.com",
                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
            req = {"version": "1.0",
                   "session": {"new": ti == 0, "sessionId": sess_id,
                               "application": {"applicationId": sid_app}, "attributes": dict(attrs),
                               "user": {"userId": uid}},
                   "context": {"System": system}, "request": r}
            resp_inner = {}
            if t["say"] is not None:
                resp_inner["outputSpeech"] = _speech(t["say"])
            if t["card"]:
                resp_inner["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
            if t["rep"] is not None:
                resp_inner["reprompt"] = {"outputSpeech": _speech(t["rep"])}
            if t["directives"]:
                resp_inner["directives"] = t["directives"]
            if t["end"] is not None:
                resp_inner["shouldEndSession"] = t["end"]
            attrs = {"turn": ti + 1}
            resp = {"version": "1.0", "sessionAttributes": attrs, "userAgent": "ask-node/2.14.0 Node/v18.19.0",
                    "response": resp_inner}
            if t["req"] == "SessionEndedRequest":
                resp = {"version": "1.0", "response": {}}
            out.append(dict(turn=t, req=req, resp=resp, ts=ts, rid=rid, sess=sess_id))
    return out

# ----------------------------------------------------------------------------- Google webhook pairs

def g_conv_pairs(case, rec):
    """Actions SDK v2 conversation webhook"""
    out, k = [], 0
    for si, sess in enumerate(rec["sessions"]):
        cid = _h(case["cid"], rec["path"], si)[:20]
        for ti, t in enumerate(sess):
            ts = _ts(rec["when"], k); k += 1
            inp = {"intent": t["req"], "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}
            if t["slots"]:
                inp["arguments"] = [{"name": n, "rawText": v, "textValue": v} for n, v in t["slots"].items()]
            else:
                inp["arguments"] = [{"name": "text", "rawText": t["u"], "textValue": t["u"]}]
            req = {"user": {"locale": rec.get("locale", case["locale"]), "lastSeen": ts, "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE",
                                    "conversationToken": "[]"},
                   "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
                   "availableSurfaces": [], "isInSandbox": True}
            items = [{"simpleResponse": {"textToSpeech": t["say"]}}] if t["say"] is not None else []
            if t["card"]:
                items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
            if t["end"] is False or t["end"] is None:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                if t["rep"] is not None:
                    reps = t["rep"] if isinstance(t["rep"], list) else [t["rep"]]
                    ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": x} for x in reps]
                if t["directives"]:
                    ei["possibleIntents"] = t["directives"]
                resp = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
            else:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
            out.append(dict(turn=t, req=req, resp=resp, ts=ts, rid=cid + f"-{ti}", sess=cid))
    return out


def g_df_pairs(case, rec):
    """Dialogflow v2 fulfillment webhook"""
    out, k = [], 0
    proj = case.get("gproject", case["cid"][4:])
    lang = rec.get("locale", case["locale"])
    for si, sess in enumerate(rec["sessions"]):
        sess_path = f"projects/{proj}/agent/sessions/{_h(case['cid'], rec['path'], si)[:28]}"
        for ti, t in enumerate(sess):
            ts = _ts(rec["when"], k); k += 1
            req = {"responseId": _uuid(case["cid"], rec["path"], si, ti) + "-a14fa99c",
                   "session": sess_path,
                   "queryResult": {"queryText": t["u"], "parameters": dict(t["slots"]),
                                   "allRequiredParamsPresent": True,
                                   "intent": {"name": f"projects/{proj}/agent/intents/{_uuid(case['cid'], t['req'])}",
                                              "displayName": t["req"]},
                                   "intentDetectionConfidence": 1, "languageCode": lang.lower()[:2]},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": {"locale": lang, "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": sess_path[-28:], "type": "NEW" if ti == 0 else "ACTIVE"},
                       "inputs": [{"rawInputs": [{"query": t["u"], "inputType": "VOICE"}]}],
                       "isInSandbox": True}}}
            g = {"expectUserResponse": t["end"] is not True,
                 "richResponse": {"items": ([{"simpleResponse": {"textToSpeech": t["say"]}}] if t["say"] is not None else [])}}
            if t["card"]:
                g["richResponse"]["items"].append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
            if t["rep"] is not None:
                reps = t["rep"] if isinstance(t["rep"], list) else [t["rep"]]
                g["noInputPrompts"] = [{"textToSpeech": x} for x in reps]
            if t["directives"]:
                g["systemIntent"] = t["directives"]
            resp = {"fulfillmentText": plain(t["say"]), "payload": {"google": g}}
            out.append(dict(turn=t, req=req, resp=resp, ts=ts, rid=req["responseId"], sess=sess_path))
    return out


def g_scene_pairs(case, rec):
    """Actions Builder webhook"""
    out, k = [], 0
    lang = rec.get("locale", case["locale"])
    for si, sess in enumerate(rec["sessions"]):
        sid = _h(case["cid"], rec["path"], si)[:32]
        for ti, t in enumerate(sess):
            ts = _ts(rec["when"], k); k += 1
            scene = t["scene"] or "Main"
            req = {"handler": {"name": t["slots"].get("_handler", "main" if ti == 0 else "handle_" + t["req"].lower())},
                   "intent": {"name": t["req"], "params": {n: {"original": v, "resolved": v} for n, v in t["slots"].items() if n != "_handler"},
                              "query": t["u"]},
                   "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                   "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                            "verificationStatus": "VERIFIED", "packageEntitlements": [], "lastSeenTime": ts},
                   "home": {"params": {}},
                   "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
            resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False}}
            if t["say"] is not None:
                resp["prompt"]["firstSimple"] = {"speech": t["say"], "text": plain(t["say"])}
            if t["card"]:
                resp["prompt"]["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
            if t["rep"] is not None:
                resp["prompt"]["lastSimple"] = {"speech": t["rep"], "text": plain(t["rep"])}
            if t["end"] is True:
                resp["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
            elif t["nxt"]:
                resp["scene"] = {"name": scene, "slots": {}, "next": {"name": t["nxt"]}}
            out.append(dict(turn=t, req=req, resp=resp, ts=ts, rid=sid + f"-{ti}", sess=sid))
    return out


PAIRS = {"alexa": alexa_pairs, "sdkv2": g_conv_pairs, "dialogflow": g_df_pairs, "builder": g_scene_pairs}

# ----------------------------------------------------------------------------- shapes

def sh_envelope(case, rec, pairs):
    base = rec["path"]
    files = {}
    for i, p in enumerate(pairs):
        if p["turn"]["req"] == "SessionEndedRequest":
            continue
        name = rec.get("names", [])[i] if i < len(rec.get("names", [])) else f"{i + 1:02d}-{p['turn']['req'].replace('AMAZON.', '').lower()}.json"
        files[os.path.join(base, name)] = dumps(p["resp"])
    return files


def sh_pairs_jsonl(case, rec, pairs):
    return {rec["path"]: "\n".join(json.dumps({"request": p["req"], "response": p["resp"]}, ensure_ascii=False) for p in pairs) + "\n"}


def sh_pairs_array(case, rec, pairs):
    return {rec["path"]: dumps([{"request": p["req"], "response": p["resp"]} for p in pairs])}


def _endpoint(case):
    return case.get("endpoint", "arn:aws:lambda:eu-west-1:318446019725:function:" + case["cid"][4:])


def sh_smapi_simulation(case, rec, pairs):
    files = {}
    for i, p in enumerate(pairs):
        t = p["turn"]
        if t["req"] == "SessionEndedRequest":
            continue
        body = {"id": _uuid(case["cid"], "sim", rec["path"], i), "status": "SUCCESSFUL",
                "result": {"alexaExecutionInfo": {
                    "alexaResponses": [{"type": "Speech", "content": {"caption": plain(t["say"])}}] if t["say"] else [],
                    "consideredIntents": [{"name": t["req"] if t["req"] != "LaunchRequest" else "<IntentForDifferentSkill>",
                                           "confirmationStatus": "NONE", "slots": {}}]},
                    "skillExecutionInfo": {"invocations": [{
                        "invocationRequest": {"endpoint": _endpoint(case), "body": p["req"]},
                        "invocationResponse": {"body": p["resp"]},
                        "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 13}}]},
                    "error": None}}
        if not body["result"]["error"]:
            del body["result"]["error"]
        name = f"sim-{i + 1:02d}-{_slug(t['u'])}.json"
        files[os.path.join(rec["path"], name)] = dumps(body)
    return files


def sh_smapi_invocation(case, rec, pairs):
    files = {}
    for i, p in enumerate(pairs):
        body = {"id": _uuid(case["cid"], "inv", rec["path"], i), "status": "SUCCESSFUL",
                "result": {"skillExecutionInfo": {
                    "invocationRequest": {"endpoint": _endpoint(case), "body": p["req"]},
                    "invocationResponse": {"body": p["resp"]},
                    "metrics": {"skillExecutionTimeInMilliseconds": 95 + i * 7}}, "error": None}}
        files[os.path.join(rec["path"], f"invoke_{i + 1}.json")] = dumps(body)
    return files


def sh_ask_dialog(case, rec, pairs):
    d = rec["path"]
    replay = {"skillId": "amzn1.ask.skill." + _uuid(case["cid"], "app"), "locale": rec.get("locale", case["locale"]),
              "type": "text", "userInput": [p["turn"]["u"] for p in pairs if p["turn"]["req"] != "SessionEndedRequest"]}
    files = {os.path.join(d, "dialog-replay.json"): dumps(replay)}
    if rec.get("text"):
        lines = []
        for p in pairs:
            t = p["turn"]
            if t["req"] == "SessionEndedRequest":
                continue
            lines.append(f"User  > {t['u']}")
            lines.append(f"Alexa > {plain(t['say'])}")
        files[os.path.join(d, "dialog-output.txt")] = "\n".join(lines) + "\n"
    else:
        io = [{"utterance": p["turn"]["u"],
               "invocations": [{"invocationRequest": {"endpoint": _endpoint(case), "body": p["req"]},
                                "invocationResponse": {"body": p["resp"]}}],
               "alexaResponses": [{"type": "Speech", "content": {"caption": plain(p["turn"]["say"])}}]}
              for p in pairs if p["turn"]["req"] != "SessionEndedRequest"]
        files[os.path.join(d, "skill-io.json")] = dumps(io)
    return files


def sh_cloudwatch_text(case, rec, pairs):
    py = rec.get("python")
    kw_req, kw_resp = rec.get("kw", ("Request:", "Response:"))
    lines = []
    for i, p in enumerate(pairs):
        lid = _uuid(case["cid"], "lambda", rec["path"], i)
        ts = p["ts"].replace("Z", ".%03dZ" % (100 + i))
        lines.append(f"START RequestId: {lid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{ts}\t{lid}\t{kw_req} {json.dumps(p['req'], ensure_ascii=False)}")
            lines.append(f"[INFO]\t{ts}\t{lid}\t{kw_resp} {json.dumps(p['resp'], ensure_ascii=False)}")
        else:
            lines.append(f"{ts}\t{lid}\tINFO\t{kw_req} {json.dumps(p['req'], ensure_ascii=False)}")
            lines.append(f"{ts}\t{lid}\tINFO\t{kw_resp} {json.dumps(p['resp'], ensure_ascii=False)}")
        lines.append(f"END RequestId: {lid}")
        lines.append(f"REPORT RequestId: {lid}\tDuration: {31.5 + i:.2f} ms\tBilled Duration: {32 + i} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    return {rec["path"]: "\n".join(lines) + "\n"}


def sh_cloudwatch_json(case, rec, pairs):
    ev = []
    stream = "2024/05/14/[$LATEST]" + _h(case["cid"], "stream")[:32]
    for i, p in enumerate(pairs):
        lid = _uuid(case["cid"], "lambda", rec["path"], i)
        ts = p["ts"].replace("Z", ".%03dZ" % (100 + i))
        base = _ms(p["ts"])
        for j, m in enumerate([f"START RequestId: {lid} Version: $LATEST\n",
                               f"{ts}\t{lid}\tINFO\tRequest: {json.dumps(p['req'], ensure_ascii=False)}\n",
                               f"{ts}\t{lid}\tINFO\tResponse: {json.dumps(p['resp'], ensure_ascii=False)}\n",
                               f"END RequestId: {lid}\n"]):
            ev.append({"logStreamName": stream, "timestamp": base + j, "message": m,
                       "ingestionTime": base + 900 + j, "eventId": str(37000000000000000000 + base * 10 + j)})
    return {rec["path"]: dumps({"events": ev, "searchedLogStreams": [{"logStreamName": stream, "searchedCompletely": True}]})}


def _url(case):
    return case.get("url", f"https://{case['cid'][4:]}.example.net/alexa")


def sh_har(case, rec, pairs):
    ents = []
    for i, p in enumerate(pairs):
        rq, rs = json.dumps(p["req"], ensure_ascii=False), json.dumps(p["resp"], ensure_ascii=False)
        ents.append({"startedDateTime": p["ts"].replace("Z", ".120Z"), "time": 120.5 + i,
                     "request": {"method": "POST", "url": _url(case), "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(rq.encode()),
                                 "postData": {"mimeType": "application/json; charset=utf-8", "text": rq}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                  "cookies": [], "content": {"size": len(rs.encode()), "mimeType": "application/json", "text": rs},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(rs.encode())},
                     "cache": {}, "timings": {"send": 1, "wait": 110, "receive": 2}})
    return {rec["path"]: dumps({"log": {"version": "1.2", "creator": {"name": rec.get("creator", "Charles Proxy"), "version": "4.6.6"},
                                        "pages": [], "entries": ents}})}


def sh_transcript(case, rec, pairs):
    lines = [f"# QA transcript  {case.get('name', case['cid'])}  locale={rec.get('locale', case['locale'])}"]
    for p in pairs:
        t = p["turn"]
        if t["req"] == "SessionEndedRequest":
            continue
        lines.append(f"[{p['ts']}] USER: {t['u']}")
        lines.append(f"[{p['ts']}] SKILL: {plain(t['say'])}")
        if t["rep"] is not None:
            lines.append(f"[{p['ts']}] REPROMPT: {t['rep']}")
        lines.append(f"[{p['ts']}] session_open={'false' if t['end'] is True else 'true'}")
    return {rec["path"]: "\n".join(lines) + "\n"}


def sh_google_file(case, rec, pairs):
    if rec.get("per_file"):
        return {os.path.join(rec["path"], f"turn{i + 1:02d}.json"): dumps({"request": p["req"], "response": p["resp"]})
                for i, p in enumerate(pairs)}
    return {rec["path"]: dumps([{"request": p["req"], "response": p["resp"]} for p in pairs])}


# ---- shapes new in this set ------------------------------------------------------------------

def sh_junit(case, rec, pairs):
    """JUnit XML written by an end-to-end runner (jest-junit / mocha-junit-reporter style);
    each testcase's <system-out> carries the request and response bodies."""
    cases = []
    for i, p in enumerate(pairs):
        t = p["turn"]
        body = ("POST " + _url(case) + "\n>>> request body\n" + json.dumps(p["req"], ensure_ascii=False, indent=1) +
                "\n<<< response 200\n" + json.dumps(p["resp"], ensure_ascii=False, indent=1))
        fail = ""
        if rec.get("fail") == i:
            fail = f'\n      <failure message="expected response time under 400 ms" type="AssertionError">AssertionError: expected 512 to be below 400</failure>'
        cases.append(f'    <testcase classname="{xesc(rec.get("suite", "e2e.conversation"))}" name="{xesc(t["u"], {chr(34): "&quot;"})}" time="{0.2 + i / 10:.3f}">{fail}\n'
                     f'      <system-out><![CDATA[{body}]]></system-out>\n    </testcase>')
    failures = 1 if rec.get("fail") is not None else 0
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="{xesc(rec.get("runner", "jest tests"))}" tests="{len(pairs)}" failures="{failures}" errors="0" time="{len(pairs) * 0.3:.3f}">\n'
           f'  <testsuite name="{xesc(rec.get("suite", "e2e.conversation"))}" errors="0" failures="{failures}" skipped="0" timestamp="{rec["when"][:-1]}" time="{len(pairs) * 0.3:.3f}" tests="{len(pairs)}">\n'
           + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    return {rec["path"]: xml}


def sh_newman(case, rec, pairs):
    """newman run --reporters json: run.executions[] with request.body.raw and the response body
    as a Node Buffer (byte array) in response.stream."""
    ex = []
    items = []
    for i, p in enumerate(pairs):
        iid = _uuid(case["cid"], "item", i)
        raw = json.dumps(p["req"], ensure_ascii=False, indent=2)
        rs = json.dumps(p["resp"], ensure_ascii=False).encode("utf-8")
        req = {"url": {"protocol": "https", "host": _url(case).split("/")[2].split("."), "path": _url(case).split("/")[3:]},
               "header": [{"key": "Content-Type", "value": "application/json"}], "method": "POST",
               "body": {"mode": "raw", "raw": raw}}
        name = p["turn"]["u"]
        items.append({"id": iid, "name": name, "request": req})
        ex.append({"cursor": {"position": i, "iteration": 0, "length": len(pairs), "cycles": 1, "ref": _uuid(case["cid"], "ref", i)},
                   "item": {"id": iid, "name": name},
                   "request": req,
                   "response": {"id": _uuid(case["cid"], "resp", i), "status": "OK", "code": 200,
                                "header": [{"key": "Content-Type", "value": "application/json; charset=utf-8"}],
                                "stream": {"type": "Buffer", "data": list(rs)},
                                "cookie": [], "responseTime": 140 + i * 11, "responseSize": len(rs)},
                   "id": iid,
                   "assertions": [{"assertion": "status is 200", "skipped": False}]})
    run = {"collection": {"info": {"_postman_id": _uuid(case["cid"], "coll"), "name": rec.get("coll", case.get("name", "skill") + " smoke"),
                                   "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                          "item": items},
           "environment": {"id": _uuid(case["cid"], "env"), "name": "staging", "values": []},
           "run": {"stats": {"iterations": {"total": 1, "pending": 0, "failed": 0},
                             "requests": {"total": len(pairs), "pending": 0, "failed": 0},
                             "assertions": {"total": len(pairs), "pending": 0, "failed": 0}},
                   "timings": {"started": _ms(rec["when"]), "completed": _ms(rec["when"]) + 4000},
                   "executions": ex, "failures": []}}
    return {rec["path"]: dumps(run)}


def _pretty(o, ind=0):
    """jest pretty-format (snapshot) rendering of a JSON value"""
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        inner = "".join(f'{sp}  {json.dumps(k, ensure_ascii=False)}: {_pretty(v, ind + 1)},\n' for k, v in sorted(o.items()))
        return "Object {\n" + inner + sp + "}"
    if isinstance(o, list):
        if not o:
            return "Array []"
        return "Array [\n" + "".join(f"{sp}  {_pretty(v, ind + 1)},\n" for v in o) + sp + "]"
    if isinstance(o, str):
        return json.dumps(o, ensure_ascii=False).replace("`", "\\`")
    if o is None:
        return "null"
    return json.dumps(o)


def sh_jest_snapshot(case, rec, pairs):
    """__snapshots__/*.test.js.snap: one exports[...] per handler test, snapshotting the response envelope"""
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    names = {}
    for p in pairs:
        t = p["turn"]
        if t["req"] == "SessionEndedRequest":
            continue
        key = f"{t['req']} › \"{t['u']}\""
        names[key] = names.get(key, 0) + 1
        out.append(f"exports[`{key} {names[key]}`] = `\n{_pretty(p['resp'])}\n`;\n")
    return {rec["path"]: "\n".join(out)}


def sh_notebook(case, rec, pairs):
    """Jupyter notebook where a researcher posts requests to the endpoint and prints the replies"""
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [rec.get("title", f"# Probing {case.get('name', '')}\n"), "\n",
                                                                  "Requests are built from the simulator templates and POSTed to the dev endpoint."]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", f"URL = {json.dumps(_url(case))}\n",
                         "def call(body):\n", "    r = requests.post(URL, json=body, timeout=10)\n", "    return r.json()\n"]}]
    n = 2
    for p in pairs:
        src = ["req = " + json.dumps(p["req"], ensure_ascii=False) + "\n", "resp = call(req)\n", "print(json.dumps(resp, indent=1, ensure_ascii=False))"]
        cells.append({"cell_type": "code", "execution_count": n, "metadata": {}, "source": src,
                      "outputs": [{"name": "stdout", "output_type": "stream",
                                   "text": [l + "\n" for l in json.dumps(p["resp"], indent=1, ensure_ascii=False).split("\n")]}]})
        n += 1
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                      "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return {rec["path"]: dumps(nb, indent=1)}


def sh_curl(case, rec, pairs):
    """`curl -sv` output captured to a text file: request line + headers, the -d body, response headers and body"""
    u = _url(case)
    host, path = u.split("/")[2], "/" + "/".join(u.split("/")[3:])
    out = []
    for p in pairs:
        rq = json.dumps(p["req"], ensure_ascii=False)
        rs = json.dumps(p["resp"], ensure_ascii=False)
        out += [f"$ curl -sv -X POST {u} -H 'Content-Type: application/json' -d '{rq.replace(chr(39), chr(39) + chr(92) + chr(39) + chr(39))}'",
                f"*   Trying 203.0.113.24:443...", f"* Connected to {host} (203.0.113.24) port 443 (#0)",
                f"> POST {path} HTTP/1.1", f"> Host: {host}", "> User-Agent: curl/8.4.0", "> Accept: */*",
                "> Content-Type: application/json", f"> Content-Length: {len(rq.encode())}", ">",
                "< HTTP/1.1 200 OK", "< Content-Type: application/json; charset=utf-8", f"< Content-Length: {len(rs.encode())}",
                f"< Date: {p['ts']}", "<", rs, "* Connection #0 to host " + host + " left intact", ""]
    return {rec["path"]: "\n".join(out)}


SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array,
          "smapi-simulation": sh_smapi_simulation, "smapi-invocation": sh_smapi_invocation, "ask-dialog": sh_ask_dialog,
          "cloudwatch-text": sh_cloudwatch_text, "cloudwatch-json": sh_cloudwatch_json, "har": sh_har,
          "transcript": sh_transcript, "gactions-conversation": sh_google_file, "dialogflow-webhook": sh_google_file,
          "gactions-scene": sh_google_file, "junit-xml": sh_junit, "newman-run": sh_newman,
          "jest-snapshot": sh_jest_snapshot, "notebook-ipynb": sh_notebook, "curl-verbose": sh_curl}

GSHAPE = {"sdkv2": "gactions-conversation", "dialogflow": "dialogflow-webhook", "builder": "gactions-scene"}


def _slug(s):
    import re
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return (s or "turn")[:28]

# ----------------------------------------------------------------------------- projects

def alexa_project(case):
    files = {}
    locs = case.get("locales") or [case["locale"]]
    pub = {}
    for l in locs:
        e = {"summary": case.get("summary", case["desc"][:120]), "examplePhrases": case.get("examples") or
             [f"Alexa, open {case['inv'] if l == case['locale'] else case.get('inv_' + l, case['inv'])}"],
             "name": case["name"], "description": case["desc"],
             "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/a1b2/APP_ICON?versionId=small",
             "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/a1b2/APP_ICON_LARGE?versionId=large"}
        if case.get("keywords"):
            e["keywords"] = case["keywords"]
        pub[l] = e
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(case.get("perms")), "isChildDirected": bool(case.get("child")),
            "isExportCompliant": True, "containsAds": False}
    if case.get("policy"):
        priv["locales"] = {l: {"privacyPolicyUrl": case["policy"], "termsOfUseUrl": case.get("terms", "")} for l in locs}
        if not case.get("terms"):
            for l in locs:
                del priv["locales"][l]["termsOfUseUrl"]
    manifest = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                          "testingInstructions": case.get("testing", "Open the skill and follow the prompts."),
                                          "category": case.get("category", "GAMES"),
                                          "distributionCountries": case.get("countries", [])},
                "apis": {"custom": {"endpoint": {"uri": _endpoint(case)}, **({"interfaces": [{"type": "AUDIO_PLAYER"}]} if case.get("audio") else {})}},
                "manifestVersion": "1.0", "privacyAndCompliance": priv}
    if case.get("perms"):
        manifest["permissions"] = [{"name": p} for p in case["perms"]]
    files["skill-package/skill.json"] = dumps({"manifest": manifest})
    for l in locs:
        intents = []
        for it in case.get("intents", []) + STD:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            d = {"name": name, "slots": [{"name": n, "type": ty} for n, ty in slots.items()], "samples": samples}
            if name.startswith("AMAZON.") and not slots:
                d = {"name": name, "samples": samples}
            intents.append(d)
        types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in case.get("types", {}).items()]
        inv = case["inv"] if l == case["locale"] else case.get("inv_" + l, case["inv"])
        ints = case.get("intents_" + l)
        if ints:
            intents = [{"name": i[0], "slots": [{"name": n, "type": ty} for n, ty in (i[2] if len(i) > 2 else {}).items()], "samples": i[1]} for i in ints + STD]
        files[f"skill-package/interactionModels/custom/{l}.json"] = dumps(
            {"interactionModel": {"languageModel": {"invocationName": inv, "intents": intents, "types": types}}})
    if case.get("ask_resources", True):
        files["ask-resources.json"] = dumps({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"},
            "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
                                    "userConfig": {"runtime": "nodejs18.x" if not case.get("py") else "python3.11",
                                                   "handler": "index.handler" if not case.get("py") else "lambda_function.lambda_handler"}}}}})
    return files


def _yaml_str(s):
    return json.dumps(s, ensure_ascii=False)


def builder_project(case):
    """Actions Builder: settings, intents, scenes, types as YAML written by hand-like templates"""
    f = {}
    l = case["locale"]
    pol = case.get("policy")
    f["sdk/settings/settings.yaml"] = (
        f"accountLinking:\n  enableAccountCreation: false\ncategory: {case.get('gcategory', 'GAMES_AND_TRIVIA')}\n"
        f"defaultLocale: {l[:2] if l[:2] != 'pt' else 'pt-BR'}\nlocalizedSettings:\n"
        f"  displayName: {_yaml_str(case['name'])}\n  pronunciation: {_yaml_str(case['inv'])}\n"
        f"  shortDescription: {_yaml_str(case.get('summary', case['desc'][:80]))}\n  fullDescription: {_yaml_str(case['desc'])}\n"
        f"  developerName: {_yaml_str(case.get('dev', 'Studio Pequeno'))}\n  developerEmail: dev@{case['cid'][4:]}.example.net\n"
        + (f"  privacyPolicyUrl: {pol}\n" if pol else "")
        + f"  voice: {case.get('voice', 'female_1')}\nprojectId: {case['cid'][4:]}\n"
        + (f"usesTransactionsApi: false\n"))
    f["sdk/actions/actions.yaml"] = "actions:\n  actions.intent.MAIN:\n    handler:\n      staticPrompt: {}\n" if False else \
        "actions:\n  custom:\n    actions.intent.MAIN: {}\n"
    f["sdk/custom/global/actions.intent.MAIN.yaml"] = "handler:\n  webhookHandler: main\ntransitionToScene: Main\n"
    f["sdk/webhooks/ActionsOnGoogleFulfillment.yaml"] = "handlers:\n- name: main\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n"
    for name, samples, params in case.get("gintents", []):
        y = ""
        if params:
            y += "parameters:\n" + "".join(f"- name: {p}\n  type:\n    name: {ty}\n" for p, ty in params.items())
        y += "trainingPhrases:\n" + "".join(f"- {_yaml_str(s)}\n" for s in samples)
        f[f"sdk/custom/intents/{name}.yaml"] = y
    for name, vals in case.get("types", {}).items():
        f[f"sdk/custom/types/{name}.yaml"] = "synonym:\n  entities:\n" + "".join(
            f"    {_yaml_str(v)}:\n      synonyms:\n      - {_yaml_str(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n"
    for name, text in case.get("scenes", {}).items():
        f[f"sdk/custom/scenes/{name}.yaml"] = text
    return f


def sdkv2_project(case):
    l = case["locale"]
    acts = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": case["cid"][4:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {case['inv']}"]}}}]
    for name, pats in case.get("gintents", []):
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": case["cid"][4:]},
                     "intent": {"name": name, "parameters": case.get("gparams", {}).get(name, []),
                                "trigger": {"queryPatterns": pats}}})
    a = {"locale": l, "actions": acts,
         "conversations": {case["cid"][4:]: {"name": case["cid"][4:], "url": _url(case), "fulfillmentApiVersion": 2}},
         "types": [{"name": n, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for n, vals in case.get("types", {}).items()],
         "manifest": {"displayName": case["name"], "invocationName": case["inv"], "shortDescription": case.get("summary", case["desc"][:80]),
                      "longDescription": case["desc"], "category": case.get("gcategory", "GAMES_AND_TRIVIA"),
                      "companyName": case.get("dev", "Studio"), "contactEmail": f"dev@{case['cid'][4:]}.example.net",
                      "termsOfServiceUrl": "", **({"privacyUrl": case["policy"]} if case.get("policy") else {})}}
    if case.get("gperms"):
        a["manifest"]["permissions"] = case["gperms"]
    return {"action.json": dumps(a)}


def dialogflow_project(case):
    l = case["locale"]
    lang = l[:2] if l[:2] != "pt" else "pt-br"
    f = {}
    agent = {"description": case["desc"], "language": lang, "shortDescription": case.get("summary", ""),
             "examples": "", "linkToDocs": "", "displayName": case["name"], "disableInteractionLogs": False,
             "disableStackdriverLogs": True, "googleAssistant": {
                 "googleAssistantCompatible": True, "project": case.get("gproject", case["cid"][4:]),
                 "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": [],
                 "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": case.get("policy") or "", "grantType": "AUTH_CODE_GRANT"},
                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": True,
                 "isDeviceAgent": False},
             "defaultTimezone": case.get("tz", "Europe/Madrid"), "webhook": {"url": _url(case), "username": "", "headers": {}, "available": True,
                                                                               "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True,
             "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [],
             "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "",
             "enableSpellCorrection": False}
    if case.get("invocation_doc"):
        agent["googleAssistant"]["invocationName"] = case["inv"]
    f["agent.json"] = dumps(agent)
    f["package.json"] = dumps({"version": "1.0.0"})
    for name, samples, params in case.get("gintents", []):
        iid = _uuid(case["cid"], name)
        f[f"intents/{name}.json"] = dumps({"id": iid, "name": name, "auto": True, "contexts": [], "responses": [{
            "resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
            "parameters": [{"id": _uuid(case["cid"], name, p), "required": False, "dataType": ty, "name": p, "value": "$" + p, "isList": False}
                           for p, ty in params.items()],
            "messages": [{"type": "0", "lang": lang, "condition": "", "speech": []}], "speech": [], "defaultResponsePlatforms": {},
        }], "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name == "Default Fallback Intent", "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else []})
        us = []
        for s in samples:
            parts = []
            for chunk in s:
                if isinstance(chunk, tuple):
                    parts.append({"text": chunk[0], "alias": chunk[1], "meta": chunk[2], "userDefined": True})
                else:
                    parts.append({"text": chunk, "userDefined": False})
            us.append({"id": _uuid(case["cid"], name, json.dumps(s)), "data": parts, "isTemplate": False, "count": 0, "updated": 0})
        if us:
            f[f"intents/{name}_usersays_{lang}.json"] = dumps(us)
    for name, vals in case.get("types", {}).items():
        f[f"entities/{name}.json"] = dumps({"id": _uuid(case["cid"], "ent", name), "name": name, "isOverridable": True, "isEnum": False,
                                            "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        f[f"entities/{name}_entries_{lang}.json"] = dumps([{"value": v, "synonyms": [v]} for v in vals])
    return f


PROJECT = {"alexa": alexa_project, "builder": builder_project, "sdkv2": sdkv2_project, "dialogflow": dialogflow_project}


def render(case, root):
    files = PROJECT[case["platform"]](case)
    files.update(case["files"])
    shapes = []
    for rec in case["recs"]:
        pairs = PAIRS[case["platform"]](case, rec)
        files.update(SHAPES[rec["shape"]](case, rec, pairs))
        shapes.append(rec["shape"])
        if case["platform"] != "alexa" and rec["shape"] not in GSHAPE.values():
            shapes.append(GSHAPE[case["platform"]])
    d = os.path.join(root, case["cid"])
    for rel, text in files.items():
        p = os.path.join(d, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(text)
    seen = []
    for s in shapes:
        if s not in seen:
            seen.append(s)
    return {"categories": case["cats"], "locale": case["locale"], "shapes": seen, "why": case["why"]}
