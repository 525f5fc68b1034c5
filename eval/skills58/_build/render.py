"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings.

A case is a dict:
  id, platform ('alexa' | 'builder' | 'sdkv2' | 'dialogflow'), locale, name, inv (invocation name),
  desc, cat (store category), policy (privacy-policy URL or None), child (bool), perms [..],
  intents [(name, [samples], {slot: type})], types [(name, [values])], lambda (source text or None),
  linking (bool), recs [(shape, path, turns)], labels [...], why "...".
A turn is a dict made with T(): u (utterance, None for launch), i (intent / request type), s (slots),
  say, rp (reprompt / no-input prompt), end (True / False / None = omitted), card (title, text),
  perm (permissions for a consent card / permission request).
"""
import json, os, hashlib, uuid, datetime, textwrap

def T(u, i, say, rp=None, end=True, s=None, card=None, perm=None, scene=None):
    return dict(u=u, i=i, say=say, rp=rp, end=end, s=s or {}, card=card, perm=perm, scene=scene)

def _h(*a):
    return hashlib.sha1("|".join(map(str, a)).encode()).hexdigest()

def _uuid(*a):
    return str(uuid.UUID(_h(*a)[:32]))

def dump(o):
    return json.dumps(o, indent=2, ensure_ascii=False) + "\n"

def ssml(t):
    if t is None:
        return None
    return t if t.lstrip().startswith("<speak>") else "<speak>" + t + "</speak>"

# ---------------------------------------------------------------- sessions
def sessions(case, turns, tag):
    """Yield (turn, session_id, is_new, seq) with new sessions after a turn that ends."""
    sid, seq, new = None, 0, True
    out = []
    for k, t in enumerate(turns):
        if sid is None or new:
            seq += 1
            sid = _uuid(case["id"], tag, seq)
            isnew = True
        else:
            isnew = False
        out.append((t, sid, isnew, k))
        new = t["end"] is True or t["i"] == "SessionEndedRequest"
    return out

BASE_TS = datetime.datetime(2024, 9, 3, 17, 2, 11)

def ts(case, tag, k):
    off = int(_h(case["id"], tag)[:4], 16) % 5000
    rec = int(str(tag).split(":")[0]) if ":" in str(tag) else 0
    return BASE_TS + datetime.timedelta(days=rec * 120 - 150 + int(_h(case["id"])[:2], 16) % 20, minutes=off, seconds=k * 9)

def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")

# ---------------------------------------------------------------- Alexa bodies
def skill_id(case):
    return "amzn1.ask.skill." + _uuid(case["id"], "skill")

def alexa_req(case, t, sid, isnew, k, tag):
    loc = t.get("loc") or case["locale"]
    sys_ = {"application": {"applicationId": skill_id(case)},
            "user": {"userId": "amzn1.ask.account." + _h(case["id"], "user")[:24].upper()},
            "device": {"deviceId": "amzn1.ask.device." + _h(case["id"], "dev")[:24].upper(),
                       "supportedInterfaces": {"AudioPlayer": {}}},
            "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[:2] in ("de", "fr", "it", "es", "en") and loc != "en-US" else "https://api.amazonalexa.com"}
    if case.get("linking"):
        sys_["user"]["accessToken"] = "Atza|" + _h(case["id"], "tok")[:30]
    rid = "amzn1.echo-api.request." + _uuid(case["id"], tag, k)
    when = iso(ts(case, tag, k))
    if t["i"] == "LaunchRequest":
        r = {"type": "LaunchRequest", "requestId": rid, "timestamp": when, "locale": loc, "shouldLinkResultBeReturned": False}
    elif t["i"] == "SessionEndedRequest":
        r = {"type": "SessionEndedRequest", "requestId": rid, "timestamp": when, "locale": loc, "reason": t["s"].get("reason", "USER_INITIATED")}
    else:
        r = {"type": "IntentRequest", "requestId": rid, "timestamp": when, "locale": loc,
             "intent": {"name": t["i"], "confirmationStatus": "NONE",
                        "slots": {n: {"name": n, "value": v, "confirmationStatus": "NONE"} for n, v in t["s"].items()}}}
    return {"version": "1.0",
            "session": {"new": isnew, "sessionId": "amzn1.echo-api.session." + sid,
                        "application": {"applicationId": skill_id(case)}, "attributes": {},
                        "user": sys_["user"]},
            "context": {"System": sys_},
            "request": r}

def alexa_resp(case, t):
    if t["i"] == "SessionEndedRequest":
        return {"version": "1.0", "response": {}}
    r = {}
    if t["say"] is not None:
        r["outputSpeech"] = {"type": "SSML", "ssml": ssml(t["say"])}
    if t["rp"] is not None:
        r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["rp"])}}
    if t["perm"]:
        r["card"] = {"type": "AskForPermissionsConsent", "permissions": t["perm"]}
    elif t["card"]:
        r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
    if t["end"] is not None:
        r["shouldEndSession"] = t["end"]
    return {"version": "1.0", "sessionAttributes": {}, "response": r,
            "userAgent": "ask-node/2.14.0 Node/v18.19.0"}

# ---------------------------------------------------------------- Google bodies
def g_lang(case):
    return case["locale"]

def builder_req(case, t, sid, isnew, k, tag):
    intent = {"LaunchRequest": "actions.intent.MAIN"}.get(t["i"], t["i"])
    return {"handler": {"name": t.get("h") or (intent.split(".")[-1].lower() if intent.startswith("actions.") else intent)},
            "intent": {"name": intent, "params": {n: {"original": v, "resolved": v} for n, v in t["s"].items()},
                       "query": t["u"] or ("Talk to " + case["inv"])},
            "scene": {"name": t["scene"] or "Main", "slotFillingStatus": "UNSPECIFIED", "slots": {}, "next": {"name": ""}},
            "session": {"id": "ABwppH" + _h(sid)[:40], "params": {}, "typeOverrides": [], "languageCode": ""},
            "user": {"locale": g_lang(case), "params": {}, "accountLinkingStatus": "LINKED" if case.get("linking") else "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                     "verificationStatus": "VERIFIED", "packageEntitlements": [], "permissions": [],
                     "lastSeenTime": iso(ts(case, tag, k))},
            "home": {"params": {}},
            "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"],
                       "timeZone": {"id": case.get("tz", "Europe/Berlin"), "version": ""}}}

def builder_resp(case, t, sid):
    nxt = "actions.scene.END_CONVERSATION" if t["end"] else (t["scene"] or "Main")
    r = {"session": {"id": "ABwppH" + _h(sid)[:40], "params": {}},
         "prompt": {"override": False, "firstSimple": {"speech": t["say"], "text": strip_ssml(t["say"])}},
         "scene": {"name": t["scene"] or "Main", "slots": {}, "next": {"name": nxt}}}
    if t["card"]:
        r["prompt"]["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
    return r

def strip_ssml(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "")

def sdk_req(case, t, sid, isnew, k, tag):
    intent = {"LaunchRequest": "actions.intent.MAIN"}.get(t["i"], t["i"])
    inp = {"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t["u"] or ("talk to " + case["inv"])}]}
    if t["u"]:
        inp["arguments"] = [{"name": "text", "rawText": t["u"], "textValue": t["u"]}]
    for n, v in t["s"].items():
        inp.setdefault("arguments", []).append({"name": n, "rawText": str(v), "textValue": str(v)})
    return {"user": {"userId": _h(case["id"], "gu")[:32], "locale": g_lang(case), "lastSeen": iso(ts(case, tag, k))},
            "conversation": {"conversationId": str(int(_h(sid)[:12], 16)), "type": "NEW" if isnew else "ACTIVE",
                             **({} if isnew else {"conversationToken": "[]"})},
            "inputs": [inp],
            "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
            "isInSandbox": True,
            "availableSurfaces": []}

def _rich(t):
    items = [{"simpleResponse": {"textToSpeech": t["say"]}}]
    if t["card"]:
        items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
    return {"items": items}

def sdk_resp(case, t, sid):
    if t["end"]:
        return {"expectUserResponse": False, "finalResponse": {"richResponse": _rich(t)}}
    ei = {"inputPrompt": {"richInitialPrompt": _rich(t)}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
    if t["rp"] is not None:
        ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": t["rp"]}] * (t.get("nrp") or 1)
    if t["perm"]:
        ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
            "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
            "optContext": t.get("ctx", ""), "permissions": t["perm"]}}]
    return {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}

def df_req(case, t, sid, isnew, k, tag):
    proj = case["id"].split("-", 1)[1][:24]
    intent = {"LaunchRequest": "Default Welcome Intent"}.get(t["i"], t["i"])
    return {"responseId": _uuid(case["id"], tag, k, "r") + "-" + _h(k)[:8],
            "queryResult": {"queryText": t["u"] or "GOOGLE_ASSISTANT_WELCOME", "parameters": dict(t["s"]),
                            "allRequiredParamsPresent": True,
                            "intent": {"name": f"projects/{proj}/agent/intents/{_uuid(case['id'], intent)}", "displayName": intent},
                            "intentDetectionConfidence": 1, "languageCode": g_lang(case).lower()},
            "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                "user": {"locale": g_lang(case), "userVerificationStatus": "VERIFIED"},
                "conversation": {"conversationId": "ABwppH" + _h(sid)[:30], "type": "NEW" if isnew else "ACTIVE"},
                "inputs": [{"intent": "actions.intent.MAIN" if t["i"] == "LaunchRequest" else "actions.intent.TEXT",
                            "rawInputs": [{"inputType": "VOICE", "query": t["u"] or ("talk to " + case["inv"])}]}],
                "isInSandbox": True}},
            "session": f"projects/{proj}/agent/sessions/ABwppH{_h(sid)[:30]}"}

def df_resp(case, t, sid):
    g = {"expectUserResponse": not t["end"], "richResponse": _rich(t)}
    if t["rp"] is not None and not t["end"]:
        g["noInputPrompts"] = [{"textToSpeech": t["rp"]}]
    if t["perm"]:
        g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
            "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
            "optContext": t.get("ctx", ""), "permissions": t["perm"]}}
    return {"fulfillmentText": strip_ssml(t["say"]), "payload": {"google": g}}

BODY = {"alexa": (alexa_req, lambda c, t, sid: alexa_resp(c, t)),
        "builder": (builder_req, builder_resp), "sdkv2": (sdk_req, sdk_resp), "dialogflow": (df_req, df_resp)}

def pairs(case, turns, tag):
    rq, rs = BODY[case["platform"]]
    out = []
    for t, sid, isnew, k in sessions(case, turns, tag):
        out.append((t, rq(case, t, sid, isnew, k, tag), rs(case, t, sid), k))
    return out

def endpoint(case):
    slug = case["id"].split("-", 1)[1]
    if case["platform"] == "alexa":
        return f"https://{slug[:20]}.skills-host.net/alexa"
    return f"https://europe-west1-{slug[:20]}.cloudfunctions.net/fulfillment"

# ---------------------------------------------------------------- shape writers: each returns {relpath: text}
def w_envelope(case, turns, path, tag):
    files = {}
    for t, q, r, k in pairs(case, turns, tag):
        files[f"{path}/{k+1:02d}_{t['i'].replace('AMAZON.', '').lower()}.json"] = dump(r)
    return files

def w_pairs_jsonl(case, turns, path, tag):
    return {path: "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for t, q, r, k in pairs(case, turns, tag))}

def w_pairs_array(case, turns, path, tag):
    return {path: dump([{"request": q, "response": r} for t, q, r, k in pairs(case, turns, tag)])}

def arn(case):
    return "arn:aws:lambda:eu-west-1:4417" + str(int(_h(case["id"])[:6], 16))[:8] + ":function:" + case["id"].split("-", 1)[1]

def w_smapi_sim(case, turns, path, tag):
    files = {}
    for t, q, r, k in pairs(case, turns, tag):
        body = {"id": _uuid(case["id"], tag, k, "sim"), "status": "SUCCESSFUL", "result": {
            "alexaExecutionInfo": {"alexaResponses": ([{"type": "Speech", "content": {"caption": strip_ssml(t["say"])}}] if t["say"] else []),
                                   "consideredIntents": ([] if t["i"] in ("LaunchRequest", "SessionEndedRequest") else [{"name": t["i"], "confirmationStatus": "NONE", "slots": {}}])},
            "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": arn(case), "body": q},
                                                    "invocationResponse": {"body": r},
                                                    "metrics": {"skillExecutionTimeInMilliseconds": 180 + k * 7}}]}},
            "error": None}
        files[f"{path}/sim_{k+1:02d}.json"] = dump(body)
    return files

def w_smapi_inv(case, turns, path, tag):
    files = {}
    for t, q, r, k in pairs(case, turns, tag):
        files[f"{path}/invoke-{k+1}.json"] = dump({"id": _uuid(case["id"], tag, k, "inv"), "status": "SUCCESSFUL", "result": {
            "skillExecutionInfo": {"invocationRequest": {"endpoint": arn(case), "body": q},
                                   "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 211}}}})
    return files

def w_ask_dialog(case, turns, path, tag):
    ins = [t["u"] if t["u"] else "open " + case["inv"] for t in turns if t["i"] != "SessionEndedRequest"]
    replay = {"skillId": skill_id(case), "locale": case["locale"], "type": "text", "userInput": ins}
    lines = []
    for t, q, r, k in pairs(case, turns, tag):
        if t["i"] == "SessionEndedRequest":
            continue
        lines.append("User  > " + (t["u"] or "open " + case["inv"]))
        lines.append("Alexa > " + strip_ssml(t["say"] or ""))
        if t["rp"] is not None and t["end"] is not True:
            pass
    d = os.path.dirname(path)
    return {path: dump(replay), os.path.join(d, "dialog-record.txt"): "\n".join(lines) + "\n"}

def w_ask_dialog_io(case, turns, path, tag):
    ins = [t["u"] if t["u"] else "open " + case["inv"] for t in turns if t["i"] != "SessionEndedRequest"]
    replay = {"skillId": skill_id(case), "locale": case["locale"], "type": "text", "userInput": ins}
    arr = []
    for t, q, r, k in pairs(case, turns, tag):
        if t["i"] == "SessionEndedRequest":
            continue
        arr.append({"utterance": t["u"] or "open " + case["inv"],
                    "invocations": [{"invocationRequest": {"endpoint": arn(case), "body": q}, "invocationResponse": {"body": r}}]})
    d = os.path.dirname(path)
    return {path: dump(replay), os.path.join(d, "skill-io.json"): dump(arr)}

def w_cw_text(case, turns, path, tag):
    out = []
    for t, q, r, k in pairs(case, turns, tag):
        rid = _uuid(case["id"], tag, k, "lam")
        d = ts(case, tag, k)
        stamp = d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(k*137)%1000:03d}Z"
        out.append(f"START RequestId: {rid} Version: $LATEST")
        out.append(f"{stamp}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}")
        out.append(f"{stamp}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tDuration: {40+k*3}.21 ms\tBilled Duration: {41+k*3} ms\tMemory Size: 128 MB\tMax Memory Used: 79 MB")
    return {path: "\n".join(out) + "\n"}

def w_cw_json(case, turns, path, tag):
    ev = []
    for t, q, r, k in pairs(case, turns, tag):
        rid = _uuid(case["id"], tag, k, "lam")
        ms = int(ts(case, tag, k).replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        for j, m in enumerate([f"START RequestId: {rid} Version: $LATEST\n",
                               f"{iso(ts(case, tag, k))}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}\n",
                               f"{iso(ts(case, tag, k))}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}\n",
                               f"END RequestId: {rid}\n"]):
            ev.append({"logStreamName": "2024/09/03/[$LATEST]" + _h(case["id"], "ls")[:32], "timestamp": ms + j,
                       "message": m, "ingestionTime": ms + 400, "eventId": str(int(_h(case["id"], k, j)[:14], 16))})
    return {path: dump({"events": ev, "searchedLogStreams": []})}

def _hdrs_req(case, body):
    h = [("Host", endpoint(case).split("/")[2]), ("Content-Type", "application/json; charset=utf-8"),
         ("Content-Length", str(len(body.encode())))]
    if case["platform"] == "alexa":
        h += [("Signature-256", "Kc1" + _h(body)[:40] + "=="), ("SignatureCertChainUrl", "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem")]
    else:
        h += [("Google-Assistant-Signature", "eyJhbGciOiJSUzI1NiJ9." + _h(body)[:30]), ("User-Agent", "Google-ActionsOnGoogle/1.0")]
    return h

def w_har(case, turns, path, tag):
    entries = []
    for t, q, r, k in pairs(case, turns, tag):
        qs, rs = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
        entries.append({"startedDateTime": ts(case, tag, k).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 212,
                        "request": {"method": "POST", "url": endpoint(case), "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": a, "value": b} for a, b in _hdrs_req(case, qs)],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(qs.encode()),
                                    "postData": {"mimeType": "application/json", "text": qs}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                     "content": {"size": len(rs.encode()), "mimeType": "application/json", "text": rs},
                                     "redirectURL": "", "headersSize": -1, "bodySize": len(rs.encode())},
                        "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 11}})
    return {path: dump({"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "128.0"}, "entries": entries}})}

def w_transcript(case, turns, path, tag):
    out = [f"# QA transcript {case['name']} ({case['locale']})"]
    for t, sid, isnew, k in sessions(case, turns, tag):
        d = ts(case, tag, k).strftime("%H:%M:%S")
        if isnew:
            out.append(f"--- session {sid[:8]} ---")
        if t["i"] == "SessionEndedRequest":
            out.append(f"[{d}] (session ended by device)")
            continue
        out.append(f"[{d}] USER: {t['u'] or 'open ' + case['inv']}")
        out.append(f"[{d}] SKILL: {t['say']}")
        if t["rp"] is not None:
            out.append(f"[{d}] REPROMPT: {t['rp']}")
        out.append(f"[{d}] session_open={'false' if t['end'] else 'true'}")
    return {path: "\n".join(out) + "\n"}

# ---- new shapes
def w_mitm(case, turns, path, tag):
    out = []
    for t, q, r, k in pairs(case, turns, tag):
        qs, rs = json.dumps(q, indent=4, ensure_ascii=False), json.dumps(r, indent=4, ensure_ascii=False)
        url = endpoint(case)
        out.append(f"10.0.4.{20+k%7}:5{1200+k}: POST {url}")
        for a, b in _hdrs_req(case, json.dumps(q)):
            out.append(f"    {a}: {b}")
        out.append("")
        out.append(textwrap.indent(qs, "    "))
        out.append("")
        out.append(f" << 200 OK {len(rs)}b")
        out.append("    Content-Type: application/json")
        out.append(f"    Date: {ts(case, tag, k).strftime('%a, %d %b %Y %H:%M:%S GMT')}")
        out.append("")
        out.append(textwrap.indent(rs, "    "))
        out.append("")
    return {path: "\n".join(out) + "\n"}

def w_charles(case, turns, path, tag):
    arr = []
    for t, q, r, k in pairs(case, turns, tag):
        qs, rs = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
        host = endpoint(case).split("/")[2]
        p = "/" + endpoint(case).split("/", 3)[3]
        st = ts(case, tag, k).strftime("%Y-%m-%dT%H:%M:%S.000+02:00")
        arr.append({"status": "COMPLETE", "method": "POST", "protocolVersion": "HTTP/1.1", "scheme": "https", "host": host,
                    "actualPort": 443, "path": p, "query": None, "tunnel": False, "keptAlive": True, "webSocket": False,
                    "remoteAddress": host + "/34.117.59.81", "clientAddress": "/127.0.0.1", "clientPort": 50112 + k,
                    "times": {"start": st, "requestBegin": st, "requestComplete": st, "responseBegin": st, "end": st},
                    "durations": {"total": 233, "dns": 0, "connect": 0, "ssl": 0, "request": 1, "response": 12, "latency": 220},
                    "speeds": {"overall": 3100, "request": 0, "response": 0},
                    "totalSize": len(qs) + len(rs),
                    "request": {"sizes": {"headers": 412, "body": len(qs.encode())}, "mimeType": "application/json", "charset": "utf-8",
                                "contentEncoding": None,
                                "header": {"firstLine": f"POST {p} HTTP/1.1", "headers": [{"name": a, "value": b} for a, b in _hdrs_req(case, qs)]},
                                "body": {"text": qs, "charset": "utf-8"}},
                    "response": {"status": 200, "sizes": {"headers": 160, "body": len(rs.encode())}, "mimeType": "application/json",
                                 "charset": "utf-8", "contentEncoding": None,
                                 "header": {"firstLine": "HTTP/1.1 200 OK", "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}]},
                                 "body": {"text": rs, "charset": "utf-8"}}})
    return {path: dump(arr)}

def w_wireshark(case, turns, path, tag):
    host = endpoint(case).split("/")[2]
    p = "/" + endpoint(case).split("/", 3)[3]
    out = ["", "=" * 67, "Follow: http,ascii", "Filter: tcp.stream eq 3", "Node 0: 192.168.178.41:50844", "Node 1: 10.12.0.7:8080"]
    for t, q, r, k in pairs(case, turns, tag):
        qs, rs = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
        req = f"POST {p} HTTP/1.1\r\n" + "".join(f"{a}: {b}\r\n" for a, b in _hdrs_req(case, qs)) + "\r\n" + qs
        res = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(rs.encode())}\r\n\r\n" + rs
        out.append(str(len(req.encode())))
        out.append(req.replace("\r\n", "\n"))
        out.append("\t" + str(len(res.encode())))
        out.append("\n".join("\t" + ln for ln in res.replace("\r\n", "\n").split("\n")))
    out.append("=" * 67)
    return {path: "\n".join(out) + "\n"}

def w_newman(case, turns, path, tag):
    ex = []
    for t, q, r, k in pairs(case, turns, tag):
        qs, rs = json.dumps(q, ensure_ascii=False, indent=2), json.dumps(r, ensure_ascii=False)
        ex.append({"cursor": {"position": k, "iteration": 0, "length": len(turns), "cycles": 1, "ref": _uuid(case["id"], k, "c")},
                   "item": {"id": _uuid(case["id"], k, "it"), "name": f"{k+1:02d} {t['u'] or 'launch'}",
                            "request": {"url": {"raw": endpoint(case)}, "method": "POST"}},
                   "request": {"url": {"protocol": "https", "host": endpoint(case).split("/")[2].split("."), "path": endpoint(case).split("/")[3:]},
                               "header": [{"key": "Content-Type", "value": "application/json"}], "method": "POST",
                               "body": {"mode": "raw", "raw": qs}},
                   "response": {"id": _uuid(case["id"], k, "rs"), "status": "OK", "code": 200,
                                "header": [{"key": "Content-Type", "value": "application/json; charset=utf-8"}],
                                "stream": {"type": "Buffer", "data": list(rs.encode("utf-8"))},
                                "cookie": [], "responseTime": 190 + k, "responseSize": len(rs.encode())},
                   "assertions": [{"assertion": "status is 200", "skipped": False}]})
    return {path: dump({"collection": {"info": {"_postman_id": _uuid(case["id"], "pm"), "name": case["name"] + " regression",
                                                "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": []},
                        "environment": {"id": _uuid(case["id"], "env"), "name": "staging", "values": []},
                        "run": {"stats": {"requests": {"total": len(ex), "pending": 0, "failed": 0}},
                                "executions": ex, "failures": [],
                                "timings": {"responseAverage": 195, "started": 1725382931000, "completed": 1725382939000}}})}

def w_notebook(case, turns, path, tag):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {case['name']} – endpoint replay\n", "Requests replayed against the staging endpoint; outputs kept for the review.\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", f"URL = \"{endpoint(case)}\"\n",
                         "def call(body):\n", "    r = requests.post(URL, json=body, timeout=10)\n",
                         "    print(json.dumps(r.json(), indent=1, ensure_ascii=False))\n", "    return r.json()\n"]}]
    n = 2
    for t, q, r, k in pairs(case, turns, tag):
        cells.append({"cell_type": "code", "execution_count": n, "metadata": {},
                      "source": [f"req_{k} = " + json.dumps(q, ensure_ascii=False) + "\n", f"res_{k} = call(req_{k})"],
                      "outputs": [{"name": "stdout", "output_type": "stream",
                                   "text": [ln + "\n" for ln in json.dumps(r, indent=1, ensure_ascii=False).split("\n")]}]})
        n += 1
    return {path: dump({"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                                     "language_info": {"name": "python", "version": "3.11.6"}},
                        "nbformat": 4, "nbformat_minor": 5})}

# ---- Google native recordings
def w_gpairs(case, turns, path, tag):
    files = {}
    for t, q, r, k in pairs(case, turns, tag):
        files[f"{path}/turn{k+1}__req.json"] = dump(q)
        files[f"{path}/turn{k+1}__res.json"] = dump(r)
    return files

def w_gjsonl(case, turns, path, tag):
    return {path: "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for t, q, r, k in pairs(case, turns, tag))}

WRITERS = {"envelope": w_envelope, "pairs-jsonl": w_pairs_jsonl, "pairs-array": w_pairs_array,
           "smapi-simulation": w_smapi_sim, "smapi-invocation": w_smapi_inv, "ask-dialog": w_ask_dialog,
           "ask-dialog-io": w_ask_dialog_io, "cloudwatch-text": w_cw_text, "cloudwatch-json": w_cw_json, "har": w_har,
           "transcript": w_transcript, "mitmproxy-text": w_mitm, "charles-session": w_charles,
           "wireshark-follow": w_wireshark, "newman-report": w_newman, "jupyter-notebook": w_notebook,
           "gpairs": w_gpairs, "gjsonl": w_gjsonl}

GNATIVE = {"builder": "gactions-scene", "sdkv2": "gactions-conversation", "dialogflow": "dialogflow-webhook"}

def shape_labels(case):
    s = []
    for shape, path, turns in case["recs"]:
        if shape in ("gpairs", "gjsonl"):
            lab = [GNATIVE[case["platform"]]]
        elif case["platform"] != "alexa":
            lab = [shape, GNATIVE[case["platform"]]]
        else:
            lab = ["ask-dialog" if shape == "ask-dialog-io" else shape]
        for x in lab:
            if x not in s:
                s.append(x)
    return s

# ---------------------------------------------------------------- project files
BUILTIN = {"AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.NavigateHomeIntent",
           "AMAZON.FallbackIntent", "AMAZON.YesIntent", "AMAZON.NoIntent"}

def alexa_project(case):
    files = {}
    locs = case.get("locales") or [case["locale"]]
    pub, priv = {}, {}
    for loc in locs:
        pub[loc] = {"name": case["name"], "summary": case["desc"][:120], "description": case["desc"],
                    "examplePhrases": case.get("examples") or [f"Alexa, open {case['inv']}"],
                    "keywords": case.get("keywords", []), "smallIconUri": "https://cdn.example-assets.net/icons/" + case["id"][4:] + "-108.png"}
        if case.get("policy"):
            priv[loc] = {"privacyPolicyUrl": case["policy"], "termsOfUseUrl": case["policy"].rsplit("/", 1)[0] + "/terms"}
    man = {"manifest": {"manifestVersion": "1.0",
                        "publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                  "distributionCountries": [l.split("-")[1] for l in locs],
                                                  "testingInstructions": case.get("testing", "No special setup."),
                                                  "category": case.get("cat", "PRODUCTIVITY")},
                        "apis": {"custom": {"endpoint": {"uri": arn(case)}}},
                        "privacyAndCompliance": {"allowsPurchases": False, "usesPersonalInfo": bool(case.get("policy") or case.get("perms")),
                                                 "isChildDirected": bool(case.get("child")), "isExportCompliant": True,
                                                 "containsAds": False, **({"locales": priv} if priv else {})}}}
    if case.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in case["perms"]]
    files["skill-package/skill.json"] = dump(man)
    for loc in locs:
        intents = []
        for name, samples, slots in case["intents"]:
            it = {"name": name, "samples": samples}
            if slots:
                it["slots"] = [{"name": n, "type": ty} for n, ty in slots.items()]
            intents.append(it)
        have = {i["name"] for i in intents}
        for b in ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.NavigateHomeIntent"):
            if b not in have:
                intents.append({"name": b, "samples": []})
        lm = {"invocationName": case.get("invs", {}).get(loc, case["inv"]), "intents": intents,
              "types": [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in case.get("types", [])]}
        files[f"skill-package/interactionModels/custom/{loc}.json"] = dump({"interactionModel": {"languageModel": lm}})
    files["ask-resources.json"] = dump({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler", "awsRegion": "eu-west-1"}}}}})
    if case.get("lambda"):
        files["lambda/index.js"] = textwrap.dedent(case["lambda"]).lstrip()
        files["lambda/package.json"] = dump({"name": case["id"][4:], "version": case.get("version", "1.0.0"), "main": "index.js",
                                             "dependencies": {"ask-sdk-core": "^2.14.0", "ask-sdk-model": "^1.86.0"}})
    return files

def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)

def builder_project(case):
    files = {}
    lang = case["locale"].split("-")[0]
    st = [f"defaultLocale: {lang}", f"projectId: {case['id'][4:]}-{_h(case['id'])[:6]}",
          "localizedSettings:", f"  displayName: {yaml_str(case['name'])}", f"  pronunciation: {yaml_str(case['inv'])}",
          f"  shortDescription: {yaml_str(case['desc'][:80])}", f"  fullDescription: {yaml_str(case['desc'])}",
          f"  developerName: {yaml_str(case.get('dev', 'Kleinwerk Apps'))}",
          f"  developerEmail: {yaml_str(case.get('devmail', 'support@' + case['id'][4:14] + '.app'))}"]
    if case.get("policy"):
        st.append(f"  privacyPolicyUrl: {yaml_str(case['policy'])}")
    st += [f"category: {case.get('gcat', 'PRODUCTIVITY')}", "usesTransactionsApi: false", "usesDigitalPurchaseApi: false",
           "usesInteractiveCanvas: false", f"accountLinking:\n  enableAccountCreation: false\n  linkingType: {'OAUTH' if case.get('linking') else 'NONE'}" if case.get("linking") else "designedForFamily: " + ("true" if case.get("child") else "false")]
    files["sdk/settings/settings.yaml"] = "\n".join(st) + "\n"
    files["sdk/manifest.yaml"] = 'version: "1.0"\n'
    files["sdk/actions/actions.yaml"] = "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: greeting\n    intent:\n      name: actions.intent.MAIN\n    transitionToScene: Main\n"
    import re
    for name, samples, slots in case["intents"]:
        y = []
        if slots:
            y.append("parameters:")
            for n, ty in slots.items():
                y += [f"- name: {n}", "  type:", f"    name: {ty}"]
        y.append("trainingPhrases:")
        for s in samples:
            y.append("- " + yaml_str(re.sub(r"\{(\w+)\}", lambda m: f"(${m.group(1)} 'x' auto=true)", s)))
        files[f"sdk/custom/intents/{name}.yaml"] = "\n".join(y) + "\n"
    for n, vals in case.get("types", []):
        if vals == "FREE":
            files[f"sdk/custom/types/{n}.yaml"] = "freeText: {}\n"
        else:
            files[f"sdk/custom/types/{n}.yaml"] = "synonym:\n  entities:\n" + "".join(f"    {yaml_str(v)}:\n      synonyms:\n      - {yaml_str(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n"
    for n, text in case.get("scenes", {}).items():
        files[f"sdk/custom/scenes/{n}.yaml"] = textwrap.dedent(text).lstrip()
    files["sdk/webhooks/ActionsOnGoogleFulfillment.yaml"] = "handlers:\n" + "".join(f"- name: {h}\n" for h in case.get("handlers", ["greeting"])) + "httpsEndpoint:\n  baseUrl: " + endpoint(case) + "\n"
    return files

def sdk_project(case):
    acts = []
    import re
    for name, samples, slots in case["intents"]:
        a = {"description": name, "name": "MAIN" if name == "actions.intent.MAIN" else name.split(".")[-1],
             "fulfillment": {"conversationName": case["id"][4:]},
             "intent": {"name": name, "trigger": {"queryPatterns": [re.sub(r"\{(\w+)\}", lambda m: "$" + slots.get(m.group(1), "SchemaOrg_Text") + ":" + m.group(1), s) for s in samples]}}}
        if slots:
            a["intent"]["parameters"] = [{"name": n, "type": ty} for n, ty in slots.items()]
        acts.append(a)
    return {"action.json": dump({"actions": acts, "conversations": {case["id"][4:]: {"name": case["id"][4:], "url": endpoint(case),
                                                                                       "fulfillmentApiVersion": 2}},
                                 "locale": case["locale"]})}

def df_project(case):
    files = {}
    lang = case["locale"].split("-")[0]
    ag = {"description": case["desc"], "language": lang, "shortDescription": case["name"], "activeAssistantAgent": True,
          "disableInteractionLogs": False, "googleAssistant": {"googleAssistantCompatible": True,
              "project": case["id"][4:], "welcomeIntentSignInRequired": bool(case.get("linking")),
              "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": bool(case.get("linking")), "grantType": "AUTH_CODE_GRANT" if case.get("linking") else "NONE"},
              "voiceType": "VOICE_TYPE_UNSPECIFIED", "capabilities": [], "protocolVersion": "V2", "isDeviceAgent": False},
          "defaultTimezone": case.get("tz", "Europe/Berlin"), "webhook": {"url": endpoint(case), "available": True, "useForDomains": False},
          "isPrivate": True, "apiVersion": "v2", "displayName": case["name"], "enableOnePlatformResponses": True}
    if case.get("policy"):
        ag["googleAssistant"]["privacyPolicyUrl"] = case["policy"]
    files["agent.json"] = dump(ag)
    files["package.json"] = dump({"version": "1.0.0"})
    import re
    for name, samples, slots in case["intents"]:
        files[f"intents/{name}.json"] = dump({"id": _uuid(case["id"], name), "name": name, "auto": True, "contexts": [],
            "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                           "parameters": [{"id": _uuid(case["id"], name, n), "name": n, "required": False, "dataType": ty, "value": "$" + n, "isList": False} for n, ty in slots.items()],
                           "messages": [], "defaultResponsePlatforms": {}, "speech": []}],
            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name == "Default Fallback Intent", "events": [{"name": "GOOGLE_ASSISTANT_WELCOME"}] if name == "Default Welcome Intent" else []})
        us = []
        for s in samples:
            parts = []
            for piece in re.split(r"(\{\w+\})", s):
                if not piece:
                    continue
                m = re.fullmatch(r"\{(\w+)\}", piece)
                if m:
                    parts.append({"text": "hola" if lang == "es" else "text", "alias": m.group(1), "meta": slots.get(m.group(1), "@sys.any"), "userDefined": True})
                else:
                    parts.append({"text": piece, "userDefined": False})
            us.append({"id": _uuid(case["id"], name, s), "data": parts, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if samples:
            files[f"intents/{name}_usersays_{lang}.json"] = dump(us)
    for n, vals in case.get("types", []):
        files[f"entities/{n}.json"] = dump({"id": _uuid(case["id"], n), "name": n, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        files[f"entities/{n}_entries_{lang}.json"] = dump([{"value": v, "synonyms": [v]} for v in vals])
    return files

PROJECT = {"alexa": alexa_project, "builder": builder_project, "sdkv2": sdk_project, "dialogflow": df_project}

def render(case, root):
    base = os.path.join(root, "cases", case["id"])
    files = PROJECT[case["platform"]](case)
    for extra, text in case.get("extra", {}).items():
        files[extra] = text
    for n, (shape, path, turns) in enumerate(case["recs"]):
        files.update(WRITERS[shape](case, turns, path, f"{n}:{path}"))
    for rel, text in files.items():
        p = os.path.join(base, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
    return {"categories": sorted(case["labels"]), "locale": case["locale"], "shapes": shape_labels(case), "why": case["why"]}
