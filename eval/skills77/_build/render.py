"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings.
Nothing here invents content: every utterance, speech, reprompt and label comes from the case files."""
import csv, hashlib, io, json, os, uuid, datetime

# ---------------------------------------------------------------- description helpers
def T(u, intent, say, re=None, end=None, slots=None, card=None, perm=None, key=None):
    """one turn: user utterance, matched intent (LAUNCH / STOP / ...), speech, reprompt, shouldEndSession
    (True / False / None = field absent), slots, card, permissions asked (Alexa consent card / Google helper),
    key = remote-control key events pressed before this voice request (remote-log shape only)."""
    return dict(u=u, intent=intent, say=say, re=re, end=end, slots=slots or {}, card=card, perm=perm, key=key or [])

def R(path, shape, sessions, date="2024-05-10", variant=None):
    return dict(path=path, shape=shape, sessions=sessions, date=date, variant=variant)

def I(name, samples, slots=None):
    return dict(name=name, samples=samples, slots=slots or {})

CASES = []
def C(cid, **kw):
    kw["cid"] = cid
    kw.setdefault("platform", "alexa")
    kw.setdefault("policy", None)
    kw.setdefault("child", False)
    kw.setdefault("perms", [])
    kw.setdefault("types", {})
    kw.setdefault("intents", [])
    kw.setdefault("files", {})
    kw.setdefault("category", "GAMES")
    kw.setdefault("extra_locales", [])
    CASES.append(kw)

BUILTIN = {"STOP": "AMAZON.StopIntent", "CANCEL": "AMAZON.CancelIntent", "HELP": "AMAZON.HelpIntent",
           "YES": "AMAZON.YesIntent", "NO": "AMAZON.NoIntent", "FALLBACK": "AMAZON.FallbackIntent",
           "NEXT": "AMAZON.NextIntent", "PAUSE": "AMAZON.PauseIntent"}

def h(*a):
    return hashlib.sha1("|".join(map(str, a)).encode()).hexdigest()

def uid(*a):
    return str(uuid.UUID(h(*a)[:32]))

def ts(date, i):
    d = datetime.datetime.fromisoformat(date + "T19:30:00")
    return d + datetime.timedelta(seconds=17 * i)

def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")

# ---------------------------------------------------------------- native request / response bodies
def speech(text):
    if text is None:
        return None
    if "<" in text:
        s = text if text.startswith("<speak>") else "<speak>" + text + "</speak>"
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": text}

def alexa_pair(c, rec, si, ti, turn, new):
    loc = c["locale"]
    app = "amzn1.ask.skill." + uid(c["cid"], "app")
    user = "amzn1.ask.account." + h(c["cid"], "user").upper()[:40]
    sess = "amzn1.echo-api.session." + uid(c["cid"], rec["path"], si)
    t = ts(rec["date"], si * 10 + ti)
    intent = turn["intent"]
    r = {"requestId": "amzn1.echo-api.request." + uid(c["cid"], rec["path"], si, ti), "locale": loc, "timestamp": iso(t)}
    if intent == "LAUNCH":
        r = {"type": "LaunchRequest", **r}
    elif intent == "PERMISSION_ACCEPTED":
        r = {"type": "Connections.Response", **r, "name": "AskFor", "status": {"code": "200", "message": "OK"},
             "payload": {"permissionScope": turn["slots"].get("scope", ""), "status": "ACCEPTED"}}
    else:
        name = BUILTIN.get(intent, intent)
        r = {"type": "IntentRequest", **r, "intent": {"name": name, "confirmationStatus": "NONE",
             "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in turn["slots"].items()}}}
    sysctx = {"application": {"applicationId": app}, "user": {"userId": user},
              "device": {"deviceId": "amzn1.ask.device." + h(c["cid"], "dev").upper()[:40], "supportedInterfaces": {}},
              "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[-2:] in ("DE", "ES", "FR", "IT", "GB") else ("https://api.fe.amazonalexa.com" if loc == "ja-JP" else "https://api.amazonalexa.com"),
              "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
    req = {"version": "1.0", "session": {"new": new, "sessionId": sess, "application": {"applicationId": app},
           "user": {"userId": user}, **({} if new else {"attributes": {}})},
           "context": {"System": sysctx}, "request": r}
    body = {}
    if turn["say"] is not None:
        body["outputSpeech"] = speech(turn["say"])
    if turn["card"]:
        body["card"] = {"type": "Simple", "title": turn["card"][0], "content": turn["card"][1]}
    if turn["perm"]:
        body["card"] = {"type": "AskForPermissionsConsent", "permissions": turn["perm"]}
    if turn["re"] is not None:
        body["reprompt"] = {"outputSpeech": speech(turn["re"])}
    if turn["end"] is not None:
        body["shouldEndSession"] = turn["end"]
    resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": body}
    return req, resp

def g_expect(turn):
    return (not turn["end"]) if turn["end"] is not None else (turn["re"] is not None)

def g_conv_pair(c, rec, si, ti, turn, new):
    loc = c["locale"]
    conv = h(c["cid"], rec["path"], si)[:20].upper()
    intent = {"LAUNCH": "actions.intent.MAIN", "PERMISSION_ACCEPTED": "actions.intent.PERMISSION",
              "NO_INPUT": "actions.intent.NO_INPUT"}.get(turn["intent"], turn["intent"] if "." in turn["intent"] else "actions.intent.TEXT")
    args = [{"name": "text", "rawText": turn["u"], "textValue": turn["u"]}]
    args += [{"name": k, "rawText": v, "textValue": v} for k, v in turn["slots"].items()]
    if intent == "actions.intent.PERMISSION":
        args = [{"name": "PERMISSION", "boolValue": True, "textValue": "true"}]
    req = {"user": {"userId": "ABwppHE" + h(c["cid"], "u")[:24], "locale": loc, "lastSeen": iso(ts(rec["date"], si * 10 + ti - 1)),
                    "userVerificationStatus": "VERIFIED"},
           "conversation": {"conversationId": conv, "type": "NEW" if new else "ACTIVE", **({} if new else {"conversationToken": "[]"})},
           "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": turn["u"]}], "arguments": args}],
           "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
           "isInSandbox": True, "availableSurfaces": []}
    items = [{"simpleResponse": {"textToSpeech": turn["say"]}}]
    if turn["card"]:
        items.append({"basicCard": {"title": turn["card"][0], "formattedText": turn["card"][1]}})
    if g_expect(turn):
        ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}}
        if turn["re"] is not None:
            ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": turn["re"]}] * 2
        if turn["perm"]:
            ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": turn["perm"][0], "permissions": turn["perm"][1:]}}]
        else:
            ei["possibleIntents"] = [{"intent": "actions.intent.TEXT"}]
        resp = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
    else:
        resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
    return req, resp

def g_df_pair(c, rec, si, ti, turn, new):
    loc = c["locale"]
    proj = c["project"]
    sess = h(c["cid"], rec["path"], si)[:32]
    oreq, oresp = g_conv_pair(c, rec, si, ti, turn, new)
    dname = {"LAUNCH": "Default Welcome Intent", "PERMISSION_ACCEPTED": "actions_intent_PERMISSION",
             "FALLBACK": "Default Fallback Intent"}.get(turn["intent"], turn["intent"])
    req = {"responseId": uid(c["cid"], rec["path"], si, ti) + "-" + h(ti)[:8], "session": f"projects/{proj}/agent/sessions/{sess}",
           "queryResult": {"queryText": turn["u"] or "GOOGLE_ASSISTANT_WELCOME", "parameters": dict(turn["slots"]), "allRequiredParamsPresent": True,
                           "intent": {"name": f"projects/{proj}/agent/intents/" + uid(c["cid"], dname), "displayName": dname},
                           "intentDetectionConfidence": 1, "languageCode": loc.split("-")[0]},
           "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": oreq}}
    items = [{"simpleResponse": {"textToSpeech": turn["say"]}}]
    if turn["card"]:
        items.append({"basicCard": {"title": turn["card"][0], "formattedText": turn["card"][1]}})
    g = {"expectUserResponse": g_expect(turn), "richResponse": {"items": items}}
    if turn["re"] is not None and g_expect(turn):
        g["noInputPrompts"] = [{"textToSpeech": turn["re"]}]
    if turn["perm"]:
        g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
            "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": turn["perm"][0], "permissions": turn["perm"][1:]}}
    resp = {"payload": {"google": g}}
    return req, resp

def g_scene_pair(c, rec, si, ti, turn, new):
    loc = c["locale"]
    sid = h(c["cid"], rec["path"], si)[:40]
    scene = turn["slots"].get("_scene", "Main")
    params = {k: {"original": v, "resolved": v} for k, v in turn["slots"].items() if not k.startswith("_")}
    intent = {"LAUNCH": "actions.intent.MAIN", "NO_INPUT": "actions.intent.NO_INPUT_1"}.get(turn["intent"], turn["intent"])
    req = {"handler": {"name": turn["slots"].get("_handler", intent.split(".")[-1].lower())},
           "intent": {"name": intent, "params": params, "query": turn["u"]},
           "scene": {"name": "actions.scene.START_CONVERSATION" if new else scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
           "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
           "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                    "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [],
                    "lastSeenTime": iso(ts(rec["date"], si * 10 + ti - 1))},
           "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Berlin", "version": ""}}}
    p = {"override": False, "firstSimple": {"speech": turn["say"], "text": ""}}
    if turn["card"]:
        p["content"] = {"card": {"title": turn["card"][0], "text": turn["card"][1]}}
    resp = {"session": {"id": sid, "params": {}}, "prompt": p, "scene": {"name": scene, "slots": {}}}
    if not g_expect(turn):
        resp["scene"]["next"] = {"name": "actions.scene.END_CONVERSATION"}
    elif turn["slots"].get("_next"):
        resp["scene"]["next"] = {"name": turn["slots"]["_next"]}
    return req, resp

NATIVE = {"alexa": alexa_pair, "sdkv2": g_conv_pair, "dialogflow": g_df_pair, "builder": g_scene_pair}

def pairs(c, rec):
    """yield (session index, turn index, turn, request, response) across sessions of a recording."""
    out = []
    for si, sess in enumerate(rec["sessions"]):
        for ti, turn in enumerate(sess):
            rq, rs = NATIVE[c["platform"]](c, rec, si, ti, turn, ti == 0)
            out.append((si, ti, turn, rq, rs))
    return out

def endpoint(c):
    if c["platform"] == "alexa":
        return "arn:aws:lambda:%s:%s:function:%s" % ("eu-west-1" if c["locale"][-2:] in ("DE", "ES", "FR", "IT", "GB") else "us-east-1",
                                                 str(int(h(c["cid"], "acct")[:10], 16))[:12], c["slug"])
    return "https://us-central1-%s.cloudfunctions.net/%s" % (c.get("project", c["slug"]), "fulfillment")

def J(o, indent=2):
    return json.dumps(o, ensure_ascii=False, indent=indent) + ("\n" if indent else "")

def slugify(s):
    return "".join(ch if ch.isalnum() else "-" for ch in s.lower()).strip("-")[:24] or "turn"

# ---------------------------------------------------------------- recording shapes
def spoken(o):
    if o is None:
        return ""
    return o.get("ssml") or o.get("text") or ""

def say_of(turn):
    return turn["say"] or ""

def render_rec(c, rec):
    """returns {relative path: text}"""
    P = pairs(c, rec)
    shape, path, v = rec["shape"], rec["path"], rec["variant"]
    ep = endpoint(c)
    files = {}
    if shape == "envelope":  # one file per response; path is a folder or a pattern with {i}
        for k, (si, ti, turn, rq, rs) in enumerate(P):
            name = path.format(i=k + 1, slug=slugify(turn["intent"])) if "{" in path else os.path.join(path, f"{k + 1:02d}-{slugify(turn['intent'])}.json")
            files[name] = J(rs)
    elif shape in ("pairs-jsonl",):
        files[path] = "".join(json.dumps({"request": rq, "response": rs}, ensure_ascii=False) + "\n" for _, _, _, rq, rs in P)
    elif shape in ("pairs-array", "gactions-conversation", "dialogflow-webhook", "gactions-scene"):
        files[path] = J([{"request": rq, "response": rs} for _, _, _, rq, rs in P])
    elif shape == "smapi-simulation":
        for k, (si, ti, turn, rq, rs) in enumerate(P):
            o = {"id": uid(c["cid"], "sim", path, k), "status": "SUCCESSFUL", "result": {
                "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": spoken(rs["response"].get("outputSpeech"))}}],
                                       "consideredIntents": [{"name": rq["request"].get("intent", {}).get("name", "LaunchRequest"), "confirmationStatus": "NONE", "slots": {}}]},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": ep, "body": rq},
                                                        "invocationResponse": {"body": rs},
                                                        "metrics": {"skillExecutionTimeInMilliseconds": 180 + k * 7}}]},
                "error": None}}
            name = path.format(i=k + 1, slug=slugify(turn["u"] or turn["intent"])) if "{" in path else os.path.join(path, f"sim-{k + 1:02d}.json")
            files[name] = J(o)
    elif shape == "smapi-invocation":
        for k, (si, ti, turn, rq, rs) in enumerate(P):
            o = {"id": uid(c["cid"], "inv", path, k), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
                "invocationRequest": {"endpoint": ep, "body": rq}, "invocationResponse": {"body": rs},
                "metrics": {"skillExecutionTimeInMilliseconds": 95 + k * 11}}, "error": None}}
            files[os.path.join(path, f"invoke-{k + 1:02d}-{slugify(turn['intent'])}.json")] = J(o)
    elif shape == "ask-dialog":
        users = [t["u"] for _, _, t, _, _ in P if t["u"]]
        files[os.path.join(path, "replay.json")] = J({"skillId": "amzn1.ask.skill." + uid(c["cid"], "app"), "locale": c["locale"],
                                                      "type": "text", "userInput": users, "storageFlag": False})
        if v == "text":
            lines = []
            for _, _, t, rq, rs in P:
                lines.append("User  > " + (t["u"] or "open " + c["inv"]))
                lines.append("Alexa > " + spoken(rs["response"].get("outputSpeech")))
                if "reprompt" in rs["response"]:
                    lines.append("        (reprompt) " + spoken(rs["response"]["reprompt"]["outputSpeech"]))
                lines.append("        shouldEndSession: " + json.dumps(rs["response"].get("shouldEndSession", "<absent>")))
            files[os.path.join(path, "dialog-output.txt")] = "\n".join(lines) + "\n"
        else:
            files[os.path.join(path, "dialog-output.json")] = J([{"utterance": t["u"] or "open " + c["inv"],
                "invocations": [{"invocationRequest": {"endpoint": ep, "body": rq}, "invocationResponse": {"body": rs}}]} for _, _, t, rq, rs in P])
    elif shape == "cloudwatch-text":
        lines = []
        for k, (si, ti, turn, rq, rs) in enumerate(P):
            rid = uid(c["cid"], "lambda", path, k)
            t = ts(rec["date"], si * 10 + ti)
            st = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (k * 37 % 1000)
            lines.append(f"START RequestId: {rid} Version: $LATEST")
            if v == "python":
                lines.append(f"[INFO]\t{st}\t{rid}\tRequest: {json.dumps(rq, ensure_ascii=False)}")
                lines.append(f"[INFO]\t{st}\t{rid}\tResponse: {json.dumps(rs, ensure_ascii=False)}")
            elif v == "envelope":
                lines.append(f"{st}\t{rid}\tINFO\tRequest Envelope: {json.dumps(rq, ensure_ascii=False)}")
                lines.append(f"{st}\t{rid}\tINFO\tResponse Envelope: {json.dumps(rs, ensure_ascii=False)}")
            else:
                lines.append(f"{st}\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}")
                lines.append(f"{st}\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}")
            lines.append(f"END RequestId: {rid}")
            lines.append(f"REPORT RequestId: {rid}\tDuration: {120 + k * 13}.42 ms\tBilled Duration: {121 + k * 13} ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
        files[path] = "\n".join(lines) + "\n"
    elif shape == "cloudwatch-json":
        ev = []
        for k, (si, ti, turn, rq, rs) in enumerate(P):
            rid = uid(c["cid"], "lambda", path, k)
            t = ts(rec["date"], si * 10 + ti)
            ms = int(t.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
            st = t.strftime("%Y-%m-%dT%H:%M:%S.000Z")
            stream = t.strftime("%Y/%m/%d") + "/[$LATEST]" + h(c["cid"], "stream")[:32]
            for j, (kw, o) in enumerate((("Request", rq), ("Response", rs))):
                ev.append({"logStreamName": stream, "timestamp": ms + j * 90, "message": f"{st}\t{rid}\tINFO\t{kw}: {json.dumps(o, ensure_ascii=False)}\n",
                           "ingestionTime": ms + j * 90 + 400, "eventId": str(int(h(c['cid'], k, j)[:15], 16)).ljust(56, "0")})
        files[path] = J({"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for k, (si, ti, turn, rq, rs) in enumerate(P):
            t = ts(rec["date"], si * 10 + ti)
            a, b = json.dumps(rq, ensure_ascii=False), json.dumps(rs, ensure_ascii=False)
            url = ep if ep.startswith("https") else "https://%s.execute-api.eu-west-1.amazonaws.com/prod/skill" % h(c["cid"], "api")[:10]
            ents.append({"startedDateTime": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 212 + k,
                         "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(a.encode()),
                                     "postData": {"mimeType": "application/json", "text": a}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                      "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                      "content": {"size": len(b.encode()), "mimeType": "application/json", "text": b},
                                      "redirectURL": "", "headersSize": -1, "bodySize": len(b.encode())},
                         "cache": {}, "timings": {"send": 1, "wait": 205 + k, "receive": 6}})
        files[path] = J({"log": {"version": "1.2", "creator": {"name": v or "mitmproxy", "version": "10.1.5"}, "entries": ents}})
    elif shape == "transcript":
        lines = [f"# QA transcript - {c['name']} ({c['locale']}) - tester: {v or 'qa-2'}"]
        for k, (si, ti, turn, rq, rs) in enumerate(P):
            t = ts(rec["date"], si * 10 + ti).strftime("%Y-%m-%d %H:%M:%S")
            if ti == 0:
                lines.append(f"--- session {si + 1} ---")
            lines.append(f"[{t}] USER: {turn['u'] or '(launch) ' + c['inv']}")
            lines.append(f"[{t}] SKILL: {turn['say']}")
            if turn["re"] is not None and g_expect(turn):
                lines.append(f"[{t}] REPROMPT: {turn['re']}")
            lines.append(f"session_open={'true' if g_expect(turn) else 'false'}")
        files[path] = "\n".join(lines) + "\n"
    # ---- shapes that set 1 does not list
    elif shape == "remote-log":
        out = []
        for k, (si, ti, turn, rq, rs) in enumerate(P):
            t = ts(rec["date"], si * 10 + ti)
            for j, key in enumerate(turn["key"]):
                out.append({"ts": (t - datetime.timedelta(seconds=6 - j)).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
                            "device": v or "streamstick-4k-livingroom", "event": "key", "key": key, "action": "press"})
            out.append({"ts": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "device": v or "streamstick-4k-livingroom", "event": "voice",
                        "mic": "remote-push-to-talk" if turn["key"] else "far-field", "asr": turn["u"],
                        "skill": c["inv"], "request": rq, "response": rs})
        files[path] = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out)
    elif shape == "notebook":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} - manual test session\n", f"locale `{c['locale']}`, endpoint `{ep}`\n"]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                  "source": ["import json, requests\n", f"ENDPOINT = {ep!r}\n", "def send(body):\n", "    return requests.post(ENDPOINT, json=body, timeout=10).json()\n"]}]
        n = 2
        for k, (si, ti, turn, rq, rs) in enumerate(P):
            cells.append({"cell_type": "markdown", "metadata": {}, "source": [f"### session {si + 1}, turn {ti + 1}: \"{turn['u'] or '(launch)'}\"\n"]})
            src = "req = " + json.dumps(rq, ensure_ascii=False, indent=1) + "\nresp = send(req)\nprint(json.dumps(resp, indent=2, ensure_ascii=False))"
            cells.append({"cell_type": "code", "execution_count": n, "metadata": {},
                          "source": [l + "\n" for l in src.split("\n")[:-1]] + [src.split("\n")[-1]],
                          "outputs": [{"name": "stdout", "output_type": "stream", "text": [l + "\n" for l in json.dumps(rs, indent=2, ensure_ascii=False).split("\n")]}]})
            n += 1
        files[path] = J({"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                                      "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1)
    elif shape == "junit-xml":
        from xml.sax.saxutils import escape
        tcs = []
        for k, (si, ti, turn, rq, rs) in enumerate(P):
            nm = f"test_session{si + 1}_turn{ti + 1}_{slugify(turn['intent']).replace('-', '_')}"
            out = "REQUEST " + json.dumps(rq, ensure_ascii=False) + "\nRESPONSE " + json.dumps(rs, ensure_ascii=False)
            tcs.append(f'    <testcase classname="tests.test_dialog" name="{nm}" time="0.{300 + k}">\n      <system-out>{escape(out)}</system-out>\n    </testcase>')
        files[path] = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" '
                       f'tests="{len(P)}" time="{len(P) * 0.4:.2f}" timestamp="{rec["date"]}T19:30:00" hostname="qa-runner-3">\n' + "\n".join(tcs) + "\n  </testsuite>\n</testsuites>\n")
    elif shape == "postman":
        items = []
        for k, (si, ti, turn, rq, rs) in enumerate(P):
            url = ep if ep.startswith("https") else "{{skill_url}}"
            items.append({"name": f"{k + 1:02d} {turn['u'] or 'launch'}", "request": {"method": "POST",
                          "header": [{"key": "Content-Type", "value": "application/json"}],
                          "body": {"mode": "raw", "raw": json.dumps(rq, ensure_ascii=False, indent=2), "options": {"raw": {"language": "json"}}},
                          "url": {"raw": url}},
                          "response": [{"name": "recorded " + rec["date"], "originalRequest": {"method": "POST", "url": {"raw": url}},
                                        "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                        "header": [{"key": "Content-Type", "value": "application/json"}],
                                        "body": json.dumps(rs, ensure_ascii=False, indent=2)}]})
        files[path] = J({"info": {"_postman_id": uid(c["cid"], "pm"), "name": c["name"] + " dialog tests",
                                  "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items})
    elif shape == "qa-csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["session", "turn", "date", "utterance", "intent", "speech", "reprompt", "shouldEndSession", "card", "tester_note"])
        for k, (si, ti, turn, rq, rs) in enumerate(P):
            w.writerow([si + 1, ti + 1, iso(ts(rec["date"], si * 10 + ti)), turn["u"], turn["intent"], turn["say"], turn["re"] or "",
                        "" if turn["end"] is None else str(turn["end"]).lower(), (" / ".join(turn["card"]) if turn["card"] else ""), ""])
        files[path] = buf.getvalue()
    else:
        raise ValueError(shape)
    return files

SHAPE_LABEL = {"remote-log": "remote-log-jsonl", "notebook": "jupyter-notebook", "junit-xml": "junit-xml",
               "postman": "postman-collection", "qa-csv": "qa-csv"}

# ---------------------------------------------------------------- projects
def yaml_dump(o, ind=0):
    sp = "  " * ind
    out = []
    if isinstance(o, dict):
        for k, v in o.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{sp}{k}:")
                out.append(yaml_dump(v, ind + 1))
            else:
                out.append(f"{sp}{k}: {yscalar(v)}")
    elif isinstance(o, list):
        for v in o:
            if isinstance(v, dict) and v:
                sub = yaml_dump(v, ind + 1).split("\n")
                out.append(f"{sp}- " + sub[0].lstrip())
                out.extend(sub[1:])
            else:
                out.append(f"{sp}- {yscalar(v)}")
    return "\n".join(out)

def yscalar(v):
    if v is True: return "true"
    if v is False: return "false"
    if v == {} : return "{}"
    if v == []: return "[]"
    if isinstance(v, (int, float)): return str(v)
    return json.dumps(str(v), ensure_ascii=False)

def alexa_project(c):
    f = {}
    locs = [c["locale"]] + c["extra_locales"]
    pub = {}
    for l in locs:
        pub[l] = {"summary": c["desc"][:160], "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"],
                  "name": c["name"], "description": c["desc"], "keywords": c.get("keywords", []),
                  "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON?versionId=small" % h(c["cid"])[:4],
                  "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON_LARGE?versionId=large" % h(c["cid"])[:4]}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c["perms"]) or bool(c.get("uses_pi")), "isChildDirected": c["child"],
          "isExportCompliant": True, "containsAds": False}
    if c["policy"]:
        pc["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    man = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                     "category": c["category"], "distributionCountries": [c["locale"][-2:]],
                                     "automaticDistribution": {"isActive": False}},
           "apis": {"custom": {"endpoint": {"uri": endpoint(c)}}}, "manifestVersion": "1.0", "privacyAndCompliance": pc}
    if c["perms"]:
        man["permissions"] = [{"name": p} for p in c["perms"]]
    f["skill-package/skill.json"] = J({"manifest": man})
    ints = []
    for it in c["intents"]:
        ints.append({"name": it["name"], "slots": [{"name": k, "type": t} for k, t in it["slots"].items()], "samples": it["samples"]})
    for b in c.get("builtins", ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]):
        ints.append({"name": b, "samples": []})
    types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c["types"].items()]
    for l in locs:
        inv = c["inv"] if l == c["locale"] else c.get("inv_" + l, c["inv"])
        f[f"skill-package/interactionModels/custom/{l}.json"] = J({"interactionModel": {"languageModel": {
            "invocationName": inv, "intents": ints, "types": types}}})
    if c.get("ask_resources", True):
        f["ask-resources.json"] = J({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    return f

def builder_project(c):
    f = {}
    lang = c["locale"] if c["locale"] in ("fr-CA", "es-MX", "pt-BR", "en-GB") else c["locale"].split("-")[0]
    ls = {"displayName": c["inv"], "pronunciation": c["inv"], "shortDescription": c["desc"][:80], "fullDescription": c["desc"],
          "developerName": c.get("dev", "Couchside Labs"), "developerEmail": "dev@" + c["slug"] + ".example",
          "sampleInvocations": c.get("examples") or ["Talk to " + c["inv"]]}
    if c["policy"]:
        ls["privacyPolicyUrl"] = c["policy"]
        ls["termsOfServiceUrl"] = c["policy"].rsplit("/", 1)[0] + "/terms"
    f["sdk/settings/settings.yaml"] = yaml_dump({"defaultLocale": lang, "projectId": c["project"], "category": c.get("gcat", "GAMES_AND_TRIVIA"),
                                                  "usesTransactionsApi": False, "usesDigitalPurchaseApi": False, "usesInteractiveCanvas": False,
                                                  "designedForFamily": c["child"], "containsAlcoholOrTobaccoContent": False,
                                                  "keepsMicOpen": False, "localizedSettings": ls}) + "\n"
    f["sdk/manifest.yaml"] = 'version: "1.0"\n'
    f["sdk/actions/actions.yaml"] = yaml_dump({"actions": {"actions.intent.MAIN": {"handler": {"staticPrompt": {"candidates": [{"promptResponse": {
        "firstSimple": {"variants": [{"speech": c.get("welcome", "Welcome!")}]}}}]}}, "transitionToScene": "Main"}}}) + "\n"
    events = []
    for it in c["intents"]:
        f[f"sdk/custom/intents/{it['name']}.yaml"] = yaml_dump({**({"parameters": [{"name": k, "type": {"name": t}} for k, t in it["slots"].items()]} if it["slots"] else {}),
                                                                  "trainingPhrases": it["samples"]}) + "\n"
        ev = {"intent": it["name"], "handler": {"webhookHandler": it["name"][0].lower() + it["name"][1:]}}
        if it["name"] in c.get("ending_intents", []):
            ev["transitionToScene"] = "actions.scene.END_CONVERSATION"
        events.append(ev)
    f["sdk/custom/scenes/Main.yaml"] = yaml_dump({"intentEvents": events}) + "\n"
    for n, vals in c["types"].items():
        f[f"sdk/custom/types/{n}.yaml"] = yaml_dump({"synonym": {"entities": {v.upper().replace(" ", "_"): {"synonyms": [v]} for v in vals}}}) + "\n"
    if c.get("noinput"):
        for k in (1, 2):
            f[f"sdk/custom/global/actions.intent.NO_INPUT_{k}.yaml"] = yaml_dump({"handler": {"staticPrompt": {"candidates": [{"promptResponse": {
                "firstSimple": {"variants": [{"speech": c["noinput"]}]}}}]}}}) + "\n"
        f["sdk/custom/global/actions.intent.NO_INPUT_FINAL.yaml"] = yaml_dump({"handler": {"staticPrompt": {"candidates": [{"promptResponse": {
            "firstSimple": {"variants": [{"speech": c.get("noinput_final", c["noinput"])}]}}}]}}, "transitionToScene": "actions.scene.END_CONVERSATION"}) + "\n"
    f["sdk/webhooks/ActionsOnGoogleFulfillment.yaml"] = yaml_dump({"handlers": [{"name": e["handler"]["webhookHandler"]} for e in events],
                                                                    "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}}) + "\n"
    return f

def sdkv2_project(c):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["slug"]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c.get("examples") or ["talk to " + c["inv"]]}}}]
    for it in c["intents"]:
        acts.append({"description": it["name"], "name": it["name"].upper(), "fulfillment": {"conversationName": c["slug"]},
                     "intent": {"name": "com.example." + it["name"], "parameters": [{"name": k, "type": t} for k, t in it["slots"].items()],
                                "trigger": {"queryPatterns": it["samples"]}}})
    man = {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80], "longDescription": c["desc"],
           "category": c.get("gcat", "GAMES_AND_TRIVIA"), "companyName": c.get("dev", "Couchside Labs"), "contactEmail": "dev@" + c["slug"] + ".example"}
    if c["policy"]:
        man["privacyUrl"] = c["policy"]
    o = {"actions": acts, "conversations": {c["slug"]: {"name": c["slug"], "url": endpoint(c), "fulfillmentApiVersion": 2,
                                                         "inDialogIntents": [{"name": "actions.intent.CANCEL"}]}},
         "locale": c["locale"].split("-")[0] if c["locale"] not in ("pt-BR", "fr-CA", "es-MX", "en-GB") else c["locale"], "manifest": man}
    if c["types"]:
        o["types"] = [{"name": "$" + n, "entities": [{"key": v.upper().replace(" ", "_"), "synonyms": [v]} for v in vals]} for n, vals in c["types"].items()]
    return {"action.json": J(o)}

def dialogflow_project(c):
    lang = c["locale"].split("-")[0] if c["locale"] not in ("pt-BR",) else "pt-br"
    f = {"agent.json": J({"description": c["desc"], "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "",
                          "disableInteractionLogs": False, "disableStackdriverLogs": True,
                          "googleAssistant": {"googleAssistantCompatible": True, "project": c["project"], "welcomeIntentSignInRequired": False,
                                              "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                                              "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
                          "defaultTimezone": "Europe/Madrid", "webhook": {"url": endpoint(c), "available": True, "useForDomains": False, "cloudFunctionsEnabled": False},
                          "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True, "onePlatformApiVersion": "v2", "apiVersion": "v2"}),
         "package.json": J({"version": "1.0.0"})}
    if c.get("directory"):
        f["actions-directory.json"] = J(c["directory"])
    for it in [{"name": "Default Welcome Intent", "samples": [], "slots": {}}] + c["intents"]:
        params = [{"id": uid(c["cid"], it["name"], k), "name": k, "required": False, "dataType": "@" + t.lstrip("@"), "value": "$" + k, "isList": False}
                  for k, t in it["slots"].items()]
        f[f"intents/{it['name']}.json"] = J({"id": uid(c["cid"], it["name"]), "name": it["name"], "auto": True, "contexts": [],
            "responses": [{"resetContexts": False, "affectedContexts": [], "parameters": params, "messages": [{"type": 0, "lang": lang, "speech": []}],
                           "defaultResponsePlatforms": {}, "speech": [], "action": it["name"].lower(),
                           "endInteraction": it["name"] in c.get("ending_intents", [])}],
            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False,
            "events": [{"name": "WELCOME"}, {"name": "GOOGLE_ASSISTANT_WELCOME"}] if it["name"] == "Default Welcome Intent" else []})
        if it["samples"]:
            us = []
            for s in it["samples"]:
                data, rest = [], s
                import re
                for part in re.split(r"(\{[^}]+\})", s):
                    if not part:
                        continue
                    if part.startswith("{"):
                        k = part[1:-1]
                        data.append({"text": k, "meta": "@" + it["slots"][k].lstrip("@"), "alias": k, "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                us.append({"id": uid(c["cid"], s), "data": data, "isTemplate": False, "count": 0, "updated": 0})
            f[f"intents/{it['name']}_usersays_{lang}.json"] = J(us)
    for n, vals in c["types"].items():
        f[f"entities/{n}.json"] = J({"id": uid(c["cid"], n), "name": n, "isOverridable": True, "isEnum": False, "isRegexp": False,
                                     "automatedExpansion": False, "allowFuzzyExtraction": False})
        f[f"entities/{n}_entries_{lang}.json"] = J([{"value": v, "synonyms": [v]} for v in vals])
    return f

PROJECT = {"alexa": alexa_project, "builder": builder_project, "sdkv2": sdkv2_project, "dialogflow": dialogflow_project}

def render_case(c, root):
    files = PROJECT[c["platform"]](c)
    shapes = []
    for rec in c["recs"]:
        files.update(render_rec(c, rec))
        s = SHAPE_LABEL.get(rec["shape"], rec["shape"])
        if s not in shapes:
            shapes.append(s)
    files.update(c["files"])
    d = os.path.join(root, f"{c['cid']}-{c['slug']}")
    for p, txt in files.items():
        fp = os.path.join(d, p)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as fh:
            fh.write(txt)
    return f"{c['cid']}-{c['slug']}", {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
