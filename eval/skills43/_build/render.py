"""Turns the hand-written case descriptions (cases_*.py) into skill projects and recordings.
Only formatting lives here; every sentence, sample and label is written in the case files."""
import hashlib, json, os, re, csv, io, html, datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def h(*p, n=32):
    return hashlib.sha1("|".join(map(str, p)).encode()).hexdigest()[:n]


def uid(*p):
    x = h(*p)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def T(intent, said, speech, reprompt=None, end=True, slots=None, card=None, directives=None, perm=None, scene=None):
    """One turn: what the user said (intent + utterance) and what the skill answered.
    end=True/False -> shouldEndSession; end=None -> key absent."""
    return dict(intent=intent, said=said, speech=speech, reprompt=reprompt, end=end, slots=slots or {},
                card=card, directives=directives, perm=perm, scene=scene)


def R(shape, path, sessions, date="2024-05-02T18:00:00", **opts):
    return dict(shape=shape, path=path, sessions=sessions, date=date, opts=opts)


def wjson(path, obj, indent=2):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=indent, ensure_ascii=False)
        f.write("\n")


def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def plain(s):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", s or "")).strip()


def speech_obj(s):
    if s.strip().startswith("<speak"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


def ts_iter(date):
    t = datetime.datetime.fromisoformat(date)
    while True:
        yield t
        t += datetime.timedelta(seconds=7)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- Alexa payloads
def alexa_pair(c, sid, new, turn, t, k):
    app = "amzn1.ask.skill." + uid(c["id"], "app")
    user = "amzn1.ask.account." + h(c["id"], "user", n=40).upper()
    dev = "amzn1.ask.device." + h(c["id"], "dev", n=40).upper()
    rid = "amzn1.echo-api.request." + uid(c["id"], sid, k)
    it = turn["intent"]
    if it == "Launch":
        body = {"type": "LaunchRequest", "requestId": rid, "locale": c["loc"], "timestamp": iso(t)}
    elif it == "SessionEnded":
        body = {"type": "SessionEndedRequest", "requestId": rid, "locale": c["loc"], "timestamp": iso(t), "reason": "USER_INITIATED"}
    else:
        slots = {n: {"name": n, "value": v, "confirmationStatus": "NONE"} for n, v in turn["slots"].items()}
        body = {"type": "IntentRequest", "requestId": rid, "locale": c["loc"], "timestamp": iso(t),
                "dialogState": "COMPLETED" if slots else None,
                "intent": {"name": it, "confirmationStatus": "NONE", **({"slots": slots} if slots else {})}}
        if body["dialogState"] is None:
            del body["dialogState"]
    sysctx = {"application": {"applicationId": app}, "user": {"userId": user},
              "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}}},
              "apiEndpoint": "https://api.eu.amazonalexa.com" if c["loc"][:2] in ("de", "fr", "it", "es") and c["loc"] != "es-MX" else "https://api.amazonalexa.com",
              "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
    if c.get("linking"):
        sysctx["user"]["accessToken"] = "Atza|REDACTED"
    req = {"version": "1.0",
           "session": {"new": new, "sessionId": "amzn1.echo-api.session." + uid(c["id"], sid),
                       "application": {"applicationId": app}, "attributes": {} if not new else None, "user": {"userId": user}},
           "context": {"System": sysctx}, "request": body}
    if new:
        del req["session"]["attributes"]
    r = {}
    if turn["speech"] is not None:
        r["outputSpeech"] = speech_obj(turn["speech"])
    if turn["card"]:
        r["card"] = turn["card"]
    if turn["reprompt"] is not None:
        r["reprompt"] = {"outputSpeech": speech_obj(turn["reprompt"])}
    if turn["directives"]:
        r["directives"] = turn["directives"]
    if turn["end"] is not None:
        r["shouldEndSession"] = turn["end"]
    resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.19.0"), "response": r}
    if it == "SessionEnded":
        resp = {"version": "1.0", "response": {}}
    return req, resp


# ---------------------------------------------------------------- Google payloads
def g_items(s):
    return [{"simpleResponse": {"textToSpeech": s, "displayText": plain(s)}}]


def sdk2_pair(c, sid, new, turn, t, k):
    it = turn["intent"]
    gi = "actions.intent.MAIN" if it == "Launch" else it
    req = {"user": {"userId": "ABwppH" + h(c["id"], "u", n=20), "locale": c["loc"], "lastSeen": iso(t),
                    "userVerificationStatus": "VERIFIED"},
           "conversation": {"conversationId": h(c["id"], sid, n=24), "type": "NEW" if new else "ACTIVE",
                            **({} if new else {"conversationToken": "[]"})},
           "inputs": [{"intent": gi, "rawInputs": [{"inputType": "VOICE", "query": turn["said"]}],
                       "arguments": [{"name": "text", "rawText": turn["said"], "textValue": turn["said"]}]}],
           "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
           "isInSandbox": True,
           "availableSurfaces": []}
    exp = True if turn["end"] is None else (not turn["end"])
    if exp:
        pr = {"richInitialPrompt": {"items": g_items(turn["speech"])}}
        if turn["reprompt"] is not None:
            pr["noInputPrompts"] = [{"textToSpeech": x} for x in (turn["reprompt"] if isinstance(turn["reprompt"], list) else [turn["reprompt"]])]
        poss = [{"intent": "actions.intent.TEXT"}]
        if turn["perm"]:
            poss = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                "optContext": turn["perm"][0], "permissions": turn["perm"][1]}}]
        resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": pr, "possibleIntents": poss}]}
    else:
        resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": g_items(turn["speech"])}}}
    return req, resp


def df_pair(c, sid, new, turn, t, k):
    proj = c.get("project", h(c["id"], n=8))
    it = turn["intent"]
    lang = c["loc"].split("-")[0]
    req = {"responseId": uid(c["id"], sid, k) + "-" + h(k, n=8),
           "queryResult": {"queryText": turn["said"] if it != "Launch" else "GOOGLE_ASSISTANT_WELCOME",
                           "parameters": turn["slots"], "allRequiredParamsPresent": True,
                           "intent": {"name": f"projects/{proj}/agent/intents/{uid(c['id'], it)}",
                                      "displayName": "Default Welcome Intent" if it == "Launch" else it},
                           "intentDetectionConfidence": 1, "languageCode": lang},
           "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
               "user": {"locale": c["loc"], "userVerificationStatus": "VERIFIED", "lastSeen": iso(t)},
               "conversation": {"conversationId": h(c["id"], sid, n=24), "type": "NEW" if new else "ACTIVE"},
               "inputs": [{"intent": "actions.intent.MAIN" if it == "Launch" else "actions.intent.TEXT",
                           "rawInputs": [{"inputType": "VOICE", "query": turn["said"]}]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}},
           "session": f"projects/{proj}/agent/sessions/{h(c['id'], sid, n=24)}"}
    exp = True if turn["end"] is None else (not turn["end"])
    g = {"expectUserResponse": exp, "richResponse": {"items": g_items(turn["speech"])}}
    if turn["reprompt"] is not None:
        g["noInputPrompts"] = [{"textToSpeech": turn["reprompt"]}]
    if turn["perm"]:
        g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
            "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
            "optContext": turn["perm"][0], "permissions": turn["perm"][1]}}
    resp = {"fulfillmentText": plain(turn["speech"]), "payload": {"google": g}}
    return req, resp


def scene_pair(c, sid, new, turn, t, k):
    it = turn["intent"]
    sc = turn["scene"] or ("Start" if it == "Launch" else "Main")
    nxt = "actions.scene.END_CONVERSATION" if turn["end"] else (turn["scene"] or "Main")
    req = {"handler": {"name": c.get("handlers", {}).get(it, "main" if it == "Launch" else it.lower())},
           "intent": {"name": "actions.intent.MAIN" if it == "Launch" else it, "params": {
               n: {"original": v, "resolved": v} for n, v in turn["slots"].items()}, "query": turn["said"]},
           "scene": {"name": sc, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
           "session": {"id": h(c["id"], sid, n=40), "params": {}, "typeOverrides": [], "languageCode": ""},
           "user": {"locale": c["loc"], "params": {}, "accountLinkingStatus": "LINKED" if c.get("linking") else "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                    "verificationStatus": "VERIFIED", "packageEntitlements": [], "lastSeenTime": iso(t)},
           "home": {"params": {}},
           "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
    resp = {"session": {"id": req["session"]["id"], "params": {}},
            "prompt": {"override": False, "firstSimple": {"speech": turn["speech"], "text": plain(turn["speech"])}},
            "scene": {"name": sc, "slots": {}, "next": {"name": nxt}}}
    return req, resp


PAIRS = {"alexa": alexa_pair, "sdk2": sdk2_pair, "df": df_pair, "builder": scene_pair}
GSHAPE = {"sdk2": "gactions-conversation", "df": "dialogflow-webhook", "builder": "gactions-scene"}


def build_pairs(c, rec):
    fn = PAIRS[c["plat"]]
    clock = ts_iter(rec["date"])
    out = []
    for si, sess in enumerate(rec["sessions"]):
        sid = f"{rec['path']}#{si}"
        rows = []
        for k, turn in enumerate(sess):
            t = next(clock)
            req, resp = fn(c, sid, k == 0, turn, t, k)
            rows.append((req, resp, turn, t))
        out.append(rows)
        for _ in range(40):
            next(clock)
    return out


# ---------------------------------------------------------------- recording shapes
def endpoint(c):
    if c["plat"] == "alexa":
        return f"arn:aws:lambda:{c.get('region', 'us-east-1')}:{int(h(c['id'], 'acct', n=10), 16) % 10**12:012d}:function:{c['id'][4:]}"
    return f"https://{c['id'][4:]}-{h(c['id'], n=6)}.web.app/fulfillment"


def sh_envelope(c, rec, P, base):
    n = 0
    for rows in P:
        for req, resp, turn, t in rows:
            n += 1
            nm = rec["opts"].get("names", "{n:02d}-{intent}.json").format(n=n, intent=re.sub(r"[^A-Za-z0-9]+", "-", turn["intent"]).strip("-").lower())
            wjson(os.path.join(base, rec["path"], nm), resp)


def sh_pairs_jsonl(c, rec, P, base):
    if rec["opts"].get("split"):
        for i, rows in enumerate(P):
            p = os.path.join(base, rec["path"], rec["opts"]["split"].format(i=i + 1))
            wtext(p, "".join(json.dumps({"request": a, "response": b}, ensure_ascii=False) + "\n" for a, b, _, _ in rows))
    else:
        wtext(os.path.join(base, rec["path"]), "".join(json.dumps({"request": a, "response": b}, ensure_ascii=False) + "\n" for rows in P for a, b, _, _ in rows))


def sh_pairs_array(c, rec, P, base):
    wjson(os.path.join(base, rec["path"]), [{"request": a, "response": b} for rows in P for a, b, _, _ in rows])


def sh_smapi_sim(c, rec, P, base):
    n = 0
    for rows in P:
        for req, resp, turn, t in rows:
            n += 1
            sid = uid(c["id"], rec["path"], n)
            cap = plain((resp.get("response") or {}).get("outputSpeech", {}).get("ssml") or (resp.get("response") or {}).get("outputSpeech", {}).get("text") or "")
            o = {"id": sid, "status": "SUCCESSFUL", "result": {
                "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": cap}}],
                                       "consideredIntents": [{"name": turn["intent"], "confirmationStatus": "NONE", "slots": {}}]},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": endpoint(c), "body": req},
                                                         "invocationResponse": {"body": resp},
                                                         "metrics": {"skillExecutionTimeInMilliseconds": 90 + n * 7}}]},
                "error": None}}
            wjson(os.path.join(base, rec["path"], f"simulation-{n:02d}.json"), o)


def sh_smapi_inv(c, rec, P, base):
    n = 0
    for rows in P:
        for req, resp, turn, t in rows:
            n += 1
            o = {"id": uid(c["id"], "inv", n), "status": "SUCCEEDED", "result": {"skillExecutionInfo": {
                "invocationRequest": {"endpoint": endpoint(c), "body": req},
                "invocationResponse": {"body": resp},
                "metrics": {"skillExecutionTimeInMilliseconds": 120 + n}}, "error": None}}
            wjson(os.path.join(base, rec["path"], f"invoke-{n:02d}-{turn['intent'].split('.')[-1].lower()}.json"), o)


def sh_ask_dialog(c, rec, P, base):
    d = os.path.join(base, rec["path"])
    inputs = [turn["said"] for rows in P for _, _, turn, _ in rows if turn["intent"] != "SessionEnded"]
    wjson(os.path.join(d, "replay.json"), {"skillId": "amzn1.ask.skill." + uid(c["id"], "app"), "locale": c["loc"],
                                           "type": "text", "userInput": inputs})
    if rec["opts"].get("text"):
        lines = []
        for rows in P:
            for req, resp, turn, t in rows:
                r = resp.get("response", {})
                sp = r.get("outputSpeech", {})
                lines.append(f"User  > {turn['said']}")
                lines.append(f"Alexa > {plain(sp.get('ssml') or sp.get('text') or '')}")
            lines.append("")
        wtext(os.path.join(d, "dialog-record.txt"), "\n".join(lines))
    else:
        out = [{"utterance": turn["said"], "invocations": [{"request": req, "response": resp}]}
               for rows in P for req, resp, turn, t in rows]
        wjson(os.path.join(d, "skill-io.json"), out)


def sh_cw_text(c, rec, P, base):
    py = rec["opts"].get("python")
    kw = rec["opts"].get("kw", ("Request: ", "Response: "))
    L = []
    for rows in P:
        for req, resp, turn, t in rows:
            rid = uid(c["id"], rec["path"], str(t))
            tt = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(h(rid, n=3), 16) % 1000:03d}Z"
            L.append(f"START RequestId: {rid} Version: $LATEST")
            for k, o in zip(kw, (req, resp)):
                if py:
                    L.append(f"[INFO]\t{tt}\t{rid}\t{k}{json.dumps(o, ensure_ascii=False)}")
                else:
                    L.append(f"{tt}\t{rid}\tINFO\t{k}{json.dumps(o, ensure_ascii=False)}")
            L.append(f"END RequestId: {rid}")
            L.append(f"REPORT RequestId: {rid}\tDuration: {40 + len(L) % 90}.21 ms\tBilled Duration: {41 + len(L) % 90} ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
    wtext(os.path.join(base, rec["path"]), "\n".join(L) + "\n")


def sh_cw_json(c, rec, P, base):
    ev = []
    for rows in P:
        for req, resp, turn, t in rows:
            rid = uid(c["id"], rec["path"], str(t))
            ms = int(t.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
            stream = t.strftime("%Y/%m/%d") + "/[$LATEST]" + h(c["id"], "stream")
            for k, o, d in (("Request: ", req, 3), ("Response: ", resp, 180)):
                ev.append({"logStreamName": stream, "timestamp": ms + d,
                           "message": f"{iso(t)}\t{rid}\tINFO\t{k}{json.dumps(o, ensure_ascii=False)}\n",
                           "ingestionTime": ms + d + 400, "eventId": str(int(h(rid, k, n=15), 16))})
    wjson(os.path.join(base, rec["path"]), {"events": ev, "searchedLogStreams": []})


def sh_har(c, rec, P, base):
    url = rec["opts"].get("url", "https://" + h(c["id"], n=8) + ".ngrok-free.app/" + ("alexa" if c["plat"] == "alexa" else "fulfillment"))
    E = []
    for rows in P:
        for req, resp, turn, t in rows:
            a, b = json.dumps(req, ensure_ascii=False), json.dumps(resp, ensure_ascii=False)
            E.append({"startedDateTime": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 212,
                      "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}],
                                  "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(a.encode()),
                                  "postData": {"mimeType": "application/json; charset=utf-8", "text": a}},
                      "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                   "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                   "content": {"size": len(b.encode()), "mimeType": "application/json", "text": b},
                                   "redirectURL": "", "headersSize": -1, "bodySize": len(b.encode())},
                      "cache": {}, "timings": {"send": 1, "wait": 205, "receive": 6}})
    wjson(os.path.join(base, rec["path"]), {"log": {"version": "1.2", "creator": {"name": rec["opts"].get("creator", "Charles Proxy"), "version": "4.6.4"}, "entries": E}})


def sh_transcript(c, rec, P, base):
    L = [f"# QA transcript: {c.get('name') or c.get('display')} ({c['loc']})", ""]
    for i, rows in enumerate(P):
        L.append(f"--- session {i + 1} ---")
        for req, resp, turn, t in rows:
            r = resp.get("response", {})
            sp = r.get("outputSpeech", {})
            rp = (r.get("reprompt") or {}).get("outputSpeech", {})
            L.append(f"[{t.strftime('%H:%M:%S')}] USER: {turn['said']}")
            L.append(f"[{t.strftime('%H:%M:%S')}] SKILL: {sp.get('ssml') or sp.get('text') or ''}")
            if rp:
                L.append(f"[{t.strftime('%H:%M:%S')}] REPROMPT: {rp.get('ssml') or rp.get('text')}")
            if turn["card"]:
                L.append(f"[{t.strftime('%H:%M:%S')}] CARD: {turn['card'].get('title', '')} | {turn['card'].get('content', turn['card'].get('text', ''))}")
            L.append(f"session_open={'false' if r.get('shouldEndSession') else 'true'}")
        L.append("")
    wtext(os.path.join(base, rec["path"]), "\n".join(L))


def sh_gpairs(c, rec, P, base):
    if rec["path"].endswith(".jsonl"):
        wtext(os.path.join(base, rec["path"]), "".join(json.dumps({"request": a, "response": b}, ensure_ascii=False) + "\n" for rows in P for a, b, _, _ in rows))
    else:
        wjson(os.path.join(base, rec["path"]), [{"request": a, "response": b} for rows in P for a, b, _, _ in rows])


# ---- new shapes -------------------------------------------------------------
def pretty(o, ind=0):
    """jest pretty-format (snapshot serializer) rendering"""
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        s = "Object {\n"
        for k in sorted(o):
            s += f"{sp}  {json.dumps(k, ensure_ascii=False)}: {pretty(o[k], ind + 1)},\n"
        return s + sp + "}"
    if isinstance(o, list):
        if not o:
            return "Array []"
        return "Array [\n" + "".join(f"{sp}  {pretty(x, ind + 1)},\n" for x in o) + sp + "]"
    if o is None:
        return "null"
    if isinstance(o, bool):
        return "true" if o else "false"
    if isinstance(o, str):
        return '"' + o.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return json.dumps(o)


def sh_jest(c, rec, P, base):
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    suite = rec["opts"].get("suite", "conversation")
    items = []
    for i, rows in enumerate(P):
        for k, (req, resp, turn, t) in enumerate(rows):
            name = f"{suite} session {i + 1} turn {k + 1}: {turn['intent']} \"{turn['said']}\" 1"
            body = pretty(resp).replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")
            items.append((name, f"exports[`{name}`] = `\n{body}\n`;\n"))
    for name, s in sorted(items):
        out.append(s)
    wtext(os.path.join(base, rec["path"]), "\n".join(out))


def sh_junit(c, rec, P, base):
    cases = []
    for i, rows in enumerate(P):
        lines = []
        for req, resp, turn, t in rows:
            lines.append(f"{t.strftime('%H:%M:%S')} INFO harness: >>> REQUEST {json.dumps(req, ensure_ascii=False)}")
            lines.append(f"{t.strftime('%H:%M:%S')} INFO harness: <<< RESPONSE {json.dumps(resp, ensure_ascii=False)}")
        nm = rec["opts"].get("tests", [])
        tn = nm[i] if i < len(nm) else f"test_conversation_{i + 1}"
        cases.append(f'    <testcase classname="tests.test_dialogs" name="{html.escape(tn)}" time="{0.4 + i / 10:.3f}">\n'
                     f'      <system-out>{html.escape(chr(10).join(lines), quote=False)}</system-out>\n    </testcase>')
    x = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" '
         f'tests="{len(cases)}" time="{len(cases) * 0.6:.3f}" timestamp="{rec["date"]}" hostname="ci-runner-3">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    wtext(os.path.join(base, rec["path"]), x)


def sh_mitm(c, rec, P, base):
    host = h(c["id"], n=10) + ".ngrok-free.app"
    path = "/alexa" if c["plat"] == "alexa" else "/fulfillment"
    L = []
    for rows in P:
        for req, resp, turn, t in rows:
            a = json.dumps(req, indent=4, ensure_ascii=False)
            b = json.dumps(resp, indent=4, ensure_ascii=False)
            L.append(f"127.0.0.1:{50000 + len(L) % 999}: POST https://{host}{path} HTTP/1.1")
            L.append(f"    Host: {host}")
            L.append("    Content-Type: application/json; charset=utf-8")
            if c["plat"] == "alexa":
                L.append("    SignatureCertChainUrl: https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem")
                L.append("    User-Agent: Apache-HttpClient/UNAVAILABLE (Java/1.8.0_402)")
            else:
                L.append("    User-Agent: Google-ActionsOnGoogle/1.0")
            L.append(f"    Content-Length: {len(json.dumps(req).encode())}")
            L.append("")
            L.extend("    " + x for x in a.splitlines())
            L.append("")
            L.append(f" << 200 OK {len(b.encode())}b")
            L.append("    Content-Type: application/json; charset=utf-8")
            L.append(f"    Date: {t.strftime('%a, %d %b %Y %H:%M:%S GMT')}")
            L.append("")
            L.extend("    " + x for x in b.splitlines())
            L.append("")
    wtext(os.path.join(base, rec["path"]), "\n".join(L) + "\n")


def sh_notebook(c, rec, P, base):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [rec["opts"].get("title", f"# Conversation probe: {c.get('name') or c.get('display')}\n"), "\n", "Requests are replayed against the dev endpoint with `harness.post()`; request and response bodies are printed."]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["import json\n", "from harness import Session, post\n", f"s = Session(locale={c['loc']!r})"]}]
    n = 2
    for i, rows in enumerate(P):
        for k, (req, resp, turn, t) in enumerate(rows):
            src = [f"req = s.{'new' if k == 0 else 'next'}(intent={turn['intent']!r}, utterance={turn['said']!r})\n",
                   "resp = post(req)\n", "print('REQUEST', json.dumps(req, ensure_ascii=False))\n",
                   "print('RESPONSE', json.dumps(resp, indent=1, ensure_ascii=False))"]
            txt = "REQUEST " + json.dumps(req, ensure_ascii=False) + "\nRESPONSE " + json.dumps(resp, indent=1, ensure_ascii=False) + "\n"
            cells.append({"cell_type": "code", "execution_count": n, "metadata": {}, "source": src,
                          "outputs": [{"name": "stdout", "output_type": "stream", "text": txt.splitlines(True)}]})
            n += 1
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.4"}}, "nbformat": 4, "nbformat_minor": 5}
    for i, cl in enumerate(nb["cells"]):
        cl["id"] = h(c["id"], i, n=8)
    wjson(os.path.join(base, rec["path"]), nb, indent=1)


def sh_csv(c, rec, P, base):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["event_time", "session_id", "turn", "locale", "intent", "utterance", "request_body", "response_body", "session_ended"])
    for i, rows in enumerate(P):
        for k, (req, resp, turn, t) in enumerate(rows):
            end = (resp.get("response") or {}).get("shouldEndSession")
            if c["plat"] != "alexa":
                end = not resp.get("expectUserResponse", (resp.get("payload") or {}).get("google", {}).get("expectUserResponse", True))
            w.writerow([t.strftime("%Y-%m-%d %H:%M:%S"), h(c["id"], rec["path"], i, n=12), k + 1, c["loc"], turn["intent"], turn["said"],
                        json.dumps(req, ensure_ascii=False), json.dumps(resp, ensure_ascii=False), "" if end is None else str(bool(end)).lower()])
    wtext(os.path.join(base, rec["path"]), buf.getvalue())


SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array,
          "smapi-simulation": sh_smapi_sim, "smapi-invocation": sh_smapi_inv, "ask-dialog": sh_ask_dialog,
          "cloudwatch-text": sh_cw_text, "cloudwatch-json": sh_cw_json, "har": sh_har, "transcript": sh_transcript,
          "gpairs": sh_gpairs, "jest-snapshot": sh_jest, "junit-xml": sh_junit, "mitmproxy-dump": sh_mitm,
          "jupyter-notebook": sh_notebook, "csv-export": sh_csv}


# ---------------------------------------------------------------- projects
def alexa_project(c, base):
    locs = [c["loc"]] + c.get("extra_locales", [])
    pub = {}
    for l in locs:
        pub[l] = {"summary": c["summary"], "examplePhrases": c.get("examples", [f"Alexa, open {c['inv']}"]),
                  "name": c["name"], "description": c.get("desc", c["summary"]), "keywords": c.get("keywords", []),
                  "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(c['id'], n=4)}/APP_ICON?versionId=small",
                  "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(c['id'], n=4)}/APP_ICON_LARGE?versionId=large"}
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("uses_pi", False),
            "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False, "locales": {}}
    for l in locs:
        pl = {}
        if c.get("policy"):
            pl["privacyPolicyUrl"] = c["policy"]
        if c.get("terms", c.get("policy")):
            pl["termsOfUseUrl"] = c.get("terms") or c["policy"].rsplit("/", 1)[0] + "/terms"
        priv["locales"][l] = pl
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                   "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                   "category": c.get("category", "GAMES"),
                                                   "distributionCountries": c.get("countries", [c["loc"][-2:]]),
                                                   "automaticDistribution": {"isActive": False}},
                        "apis": {"custom": {"endpoint": {"uri": endpoint(c)}, **({"interfaces": c["interfaces"]} if c.get("interfaces") else {})}},
                        "manifestVersion": "1.0", "privacyAndCompliance": priv}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    wjson(os.path.join(base, "skill-package", "skill.json"), man)
    intents = []
    for it in c["intents"]:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        intents.append({"name": name, "slots": [{"name": n, "type": ty} for n, ty in slots.items()], "samples": samples})
    for b in BUILTINS:
        if b not in [i["name"] for i in intents]:
            intents.append({"name": b, "samples": []})
    types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c.get("types", {}).items()]
    for l in locs:
        inv = c.get("inv_by_locale", {}).get(l, c["inv"])
        m = {"interactionModel": {"languageModel": {"invocationName": inv, "intents": intents, "types": types}}}
        wjson(os.path.join(base, "skill-package", "interactionModels", "custom", f"{l}.json"), m)
    if c.get("ask_resources", True):
        wjson(os.path.join(base, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"},
            "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    for p, txt in c.get("files", {}).items():
        wtext(os.path.join(base, p), txt)


def yaml_list(items, ind=0):
    return "".join(" " * ind + "- " + json.dumps(x, ensure_ascii=False) + "\n" for x in items)


def builder_project(c, base):
    s = (f"defaultLocale: {c['loc'].split('-')[0] if c.get('short_locale') else c['loc']}\n"
         f"localizedSettings:\n  displayName: {json.dumps(c['display'], ensure_ascii=False)}\n"
         f"  pronunciation: {json.dumps(c['inv'], ensure_ascii=False)}\n"
         f"  shortDescription: {json.dumps(c['summary'], ensure_ascii=False)}\n"
         f"  fullDescription: {json.dumps(c.get('desc', c['summary']), ensure_ascii=False)}\n"
         f"  developerName: {json.dumps(c.get('dev', 'Small Studio'), ensure_ascii=False)}\n"
         f"  developerEmail: dev@{h(c['id'], n=6)}.example.com\n"
         + (f"  privacyPolicyUrl: {c['policy']}\n" if c.get("policy") else "")
         + f"  sampleInvocations:\n" + yaml_list(c.get("examples", [f"Talk to {c['inv']}"]), 2)
         + f"projectId: {c['id'][4:]}-{h(c['id'], n=4)}\ncategory: {c.get('category', 'GAMES_AND_TRIVIA')}\n"
         + ("accountLinking:\n  enableAccountCreation: false\n  linkingType: OAUTH\n  authGrantType: AUTH_CODE\n  appClientId: assistant-client\n  authorizationUrl: https://auth.example.com/authorize\n  tokenUrl: https://auth.example.com/token\n" if c.get("linking") else ""))
    wtext(os.path.join(base, "sdk", "settings", "settings.yaml"), s)
    wtext(os.path.join(base, "sdk", "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    intent:\n      name: actions.intent.MAIN\n")
    wtext(os.path.join(base, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), f"handlers:\n" + "".join(f"- name: {x}\n" for x in c.get("handler_names", ["main"])) + "httpsEndpoint:\n  baseUrl: " + endpoint(c) + "\n")
    for it in c["intents"]:
        name, samples = it[0], it[1]
        params = it[2] if len(it) > 2 else {}
        y = ""
        if params:
            y += "parameters:\n" + "".join(f"- name: {n}\n  type:\n    name: {ty}\n" for n, ty in params.items())
        y += "trainingPhrases:\n" + yaml_list(samples)
        wtext(os.path.join(base, "sdk", "custom", "intents", f"{name}.yaml"), y)
    for n, vals in c.get("types", {}).items():
        y = "synonym:\n  entities:\n" + "".join(f"    {json.dumps(v, ensure_ascii=False)}:\n      synonyms:\n      - {json.dumps(v, ensure_ascii=False)}\n" for v in vals) + "  matchType: EXACT_MATCH\n"
        wtext(os.path.join(base, "sdk", "custom", "types", f"{n}.yaml"), y)
    for n, y in c.get("scenes", {}).items():
        wtext(os.path.join(base, "sdk", "custom", "scenes", f"{n}.yaml"), y)
    for p, txt in c.get("files", {}).items():
        wtext(os.path.join(base, p), txt)


def sdk2_project(c, base):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["id"][4:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c.get("examples", [f"talk to {c['inv']}"])}}}]
    for it in c["intents"]:
        name, samples = it[0], it[1]
        params = it[2] if len(it) > 2 else {}
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c["id"][4:]},
                     "intent": {"name": name, "parameters": [{"name": n, "type": ty} for n, ty in params.items()],
                                "trigger": {"queryPatterns": samples}}})
    o = {"locale": c["loc"], "actions": acts,
         "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": endpoint(c), "fulfillmentApiVersion": 2}},
         "manifest": {"displayName": c["display"], "invocationName": c["inv"], "category": c.get("category", "GAMES_AND_TRIVIA"),
                      "shortDescription": c["summary"], "longDescription": c.get("desc", c["summary"]),
                      **({"privacyUrl": c["policy"]} if c.get("policy") else {})}}
    if c.get("types"):
        o["types"] = [{"name": "$" + n, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for n, vals in c["types"].items()]
    wjson(os.path.join(base, "action.json"), o)
    for p, txt in c.get("files", {}).items():
        wtext(os.path.join(base, p), txt)


def df_project(c, base):
    lang = c["loc"].split("-")[0]
    agent = {"description": c["summary"], "language": lang, "shortDescription": c["summary"], "examples": "",
             "linkToDocs": "", "displayName": c["display"], "disableInteractionLogs": False,
             "disableStackdriverLogs": True, "googleAssistant": {"googleAssistantCompatible": True, "project": c.get("project", h(c["id"], n=8)),
                                                                 "welcomeIntentSignInRequired": bool(c.get("linking")),
                                                                 "startIntents": [], "systemIntents": [], "endIntentIds": [],
                                                                 "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": c.get("policy") or "", "grantType": "AUTH_CODE_GRANT"} if c.get("linking") or c.get("policy") else {},
                                                                 "voiceType": "MALE_1", "capabilities": [], "protocolVersion": "V2", "isDeviceAgent": False},
             "defaultTimezone": c.get("tz", "Europe/Madrid"), "webhook": {"url": endpoint(c), "available": True, "useForDomains": False},
             "isPrivate": True, "customClassifierMode": "use.after", "mlMinConfidence": 0.3, "supportedLanguages": [],
             "enableOnePlatformApi": True, "onePlatformApiVersion": "v2", "apiVersion": "v2", "enabled": True}
    wjson(os.path.join(base, "agent.json"), agent)
    wjson(os.path.join(base, "package.json"), {"version": "1.0.0"})
    for it in [("Default Welcome Intent", [], {})] + list(c["intents"]):
        name, samples = it[0], it[1]
        params = it[2] if len(it) > 2 else {}
        wjson(os.path.join(base, "intents", f"{name}.json"), {
            "id": uid(c["id"], name), "name": name, "auto": True, "contexts": [],
            "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                           "parameters": [{"id": uid(name, n), "name": n, "required": False, "dataType": ty, "value": "$" + n, "isList": False} for n, ty in params.items()],
                           "messages": [], "defaultResponsePlatforms": {}, "speech": []}],
            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False,
            "events": [{"name": "GOOGLE_ASSISTANT_WELCOME"}, {"name": "WELCOME"}] if name == "Default Welcome Intent" else []})
        if samples:
            us = []
            for smp in samples:
                parts = re.split(r"(\{[^}]+\})", smp)
                data = []
                for p in parts:
                    if not p:
                        continue
                    m = re.fullmatch(r"\{(\w+)=([^}]*)\}", p)
                    if m:
                        n, ex = m.group(1), m.group(2)
                        data.append({"text": ex, "alias": n, "meta": params.get(n, "@sys.any"), "userDefined": True})
                    else:
                        data.append({"text": p, "userDefined": False})
                us.append({"id": uid(name, smp), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            wjson(os.path.join(base, "intents", f"{name}_usersays_{lang}.json"), us)
    for n, vals in c.get("types", {}).items():
        wjson(os.path.join(base, "entities", f"{n}.json"), {"id": uid(n), "name": n, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        wjson(os.path.join(base, "entities", f"{n}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])
    for p, txt in c.get("files", {}).items():
        wtext(os.path.join(base, p), txt)


PROJECTS = {"alexa": alexa_project, "builder": builder_project, "sdk2": sdk2_project, "df": df_project}


def render(c, outdir):
    base = os.path.join(outdir, c["id"])
    c.setdefault("plat", "alexa")
    PROJECTS[c["plat"]](c, base)
    shapes = []
    for rec in c["rec"]:
        P = build_pairs(c, rec)
        sh = rec["shape"]
        SHAPES["gpairs" if sh in GSHAPE.values() else sh](c, rec, P, base)
        shapes.append(sh)
        if c["plat"] != "alexa":
            shapes.append(GSHAPE[c["plat"]])
    out = []
    for s in shapes:
        if s not in out:
            out.append(s)
    return out
