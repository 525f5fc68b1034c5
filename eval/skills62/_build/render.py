"""Small renderer: turns the hand-written case descriptions (cases_*.py) into project files
and recordings. No case content is invented here; this only formats what the descriptions say."""
import csv, hashlib, io, json, os, re, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def T(u, intent, say, rep=None, end=True, slots=None, card=None, audio=None):
    """One turn: user utterance, intent ('Launch' = launch / main), spoken reply, reprompt, shouldEndSession
    (True / False / None = absent), slot values, card (title, text), AudioPlayer url."""
    return dict(u=u, intent=intent, say=say, rep=rep, end=end, slots=slots or {}, card=card, audio=audio)


def _h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def _uuid(*parts):
    return str(uuid.UUID(_h(*parts)[:32]))


def ssml(s):
    return s if s.startswith("<speak>") else "<speak>" + s + "</speak>"


def plain(s):
    return re.sub(r"<[^>]+>", "", s)


def _ts(base, i):
    # base "2024-09-19T20:00:00" ; add 11 s per turn
    h, m, s = base[11:13], base[14:16], base[17:19]
    t = int(h) * 3600 + int(m) * 60 + int(s) + 11 * i
    return f"{base[:11]}{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}"


def sessions(case, turns, tag):
    """Assign session ids / new flags following the response's session state."""
    out, sid, open_, n = [], None, False, 0
    for i, t in enumerate(turns):
        if t["intent"] == "Launch" or not open_:
            n += 1
            sid, new = _uuid(case["id"], tag, "s", n), True
        else:
            new = False
        out.append(dict(t, sid=sid, new=new, i=i))
        open_ = t["end"] is False or (t["end"] is None and t["rep"] is not None)
    return out


# ---------------------------------------------------------------- Alexa envelopes
def alexa_request(case, t, tag, base):
    app = "amzn1.ask.skill." + _uuid(case["id"], "app")
    user = "amzn1.ask.account." + _h(case["id"], "user").upper()[:40]
    dev = "amzn1.ask.device." + _h(case["id"], "dev").upper()[:40]
    sess = {"new": t["new"], "sessionId": "amzn1.echo-api.session." + t["sid"],
            "application": {"applicationId": app}, "user": {"userId": user}}
    if not t["new"]:
        sess["attributes"] = {}
    if t["intent"] == "Launch":
        req = {"type": "LaunchRequest"}
    else:
        req = {"type": "IntentRequest", "intent": {"name": t["intent"], "confirmationStatus": "NONE"}}
        if t["slots"]:
            req["intent"]["slots"] = {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                      for k, v in t["slots"].items()}
    req["requestId"] = "amzn1.echo-api.request." + _uuid(case["id"], tag, "r", t["i"])
    req["locale"] = case.get("rec_locale", case["loc"])
    req["timestamp"] = _ts(base, t["i"]) + "Z"
    return {"version": "1.0", "session": sess,
            "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                   "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}} if t.get("audio") else {}},
                                   "apiEndpoint": "https://api.amazonalexa.com" if not case["loc"].startswith(("en-GB", "de", "es-ES", "fr-FR", "it")) else "https://api.eu.amazonalexa.com",
                                   "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
            "request": req}


def alexa_response(case, t, ua="ask-node/2.14.0 Node/v18.18.2"):
    r = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["say"])}}
    if t["card"]:
        r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
    if t["rep"] is not None:
        r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["rep"])}}
    if t["audio"]:
        r["directives"] = [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                            "audioItem": {"stream": {"url": t["audio"], "token": "track-1", "offsetInMilliseconds": 0}}}]
    if t["end"] is not None:
        r["shouldEndSession"] = t["end"]
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": ua, "response": r}


def endpoint(case):
    return case.get("endpoint") or f"arn:aws:lambda:us-east-1:{int(_h(case['id'])[:8], 16) % 10**12:012d}:function:{case['id'][4:]}"


# ---------------------------------------------------------------- writers
class Out:
    def __init__(self, cdir):
        self.cdir = cdir

    def write(self, rel, data):
        p = os.path.join(self.cdir, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        if not isinstance(data, str):
            data = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(data)


def _pairs(case, turns, tag, base):
    return [(t, alexa_request(case, t, tag, base), alexa_response(case, t)) for t in sessions(case, turns, tag)]


def sh_envelope(o, case, turns, path, base, **kw):
    for t, rq, rs in _pairs(case, turns, path, base):
        o.write(path.format(n=t["i"] + 1), rs)


def sh_pairs_jsonl(o, case, turns, path, base, **kw):
    o.write(path, "".join(json.dumps({"request": rq, "response": rs}, ensure_ascii=False) + "\n"
                          for t, rq, rs in _pairs(case, turns, path, base)))


def sh_pairs_array(o, case, turns, path, base, **kw):
    o.write(path, [{"request": rq, "response": rs} for t, rq, rs in _pairs(case, turns, path, base)])


def _sim(case, t, rq, rs):
    return {"id": _uuid(case["id"], "sim", t["i"]), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(t["say"])}}]},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": endpoint(case), "body": rq},
                                                               "invocationResponse": {"body": rs},
                                                               "metrics": {"skillExecutionTimeInMilliseconds": 180 + t["i"] * 7}}]},
                       "error": None}}


def sh_smapi_simulation(o, case, turns, path, base, array=False, **kw):
    items = [_sim(case, t, rq, rs) for t, rq, rs in _pairs(case, turns, path, base)]
    if array:
        o.write(path, items)
    else:
        for i, it in enumerate(items):
            o.write(path.format(n=i + 1), it)


def sh_smapi_invocation(o, case, turns, path, base, **kw):
    for t, rq, rs in _pairs(case, turns, path, base):
        o.write(path.format(n=t["i"] + 1), {"id": _uuid(case["id"], "inv", t["i"]), "status": "SUCCESSFUL",
                                          "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": endpoint(case), "body": rq},
                                                                            "invocationResponse": {"body": rs},
                                                                            "metrics": {"skillExecutionTimeInMilliseconds": 210}},
                                                     "error": None}})


def sh_ask_dialog(o, case, turns, path, base, out="skill-io", outpath=None, **kw):
    pairs = _pairs(case, turns, path, base)
    o.write(path, {"skillId": "amzn1.ask.skill." + _uuid(case["id"], "app"), "locale": case["loc"], "type": "text",
                   "userInput": [t["u"] for t, _, _ in pairs]})
    if out == "skill-io":
        o.write(outpath, [{"utterance": t["u"], "invocations": [{"invocationRequest": {"endpoint": endpoint(case), "body": rq},
                                                                 "invocationResponse": {"body": rs}}]} for t, rq, rs in pairs])
    else:
        lines = []
        for t, rq, rs in pairs:
            lines.append(f"User  > {t['u']}")
            lines.append(f"Alexa > {plain(t['say'])}")
            if t["rep"] is not None:
                lines.append(f"        (reprompt) {t['rep']}")
            lines.append(f"        [shouldEndSession: {json.dumps(t['end'])}]")
        o.write(outpath, "\n".join(lines) + "\n")


def sh_cloudwatch_text(o, case, turns, path, base, variant="node", **kw):
    lines = []
    for t, rq, rs in _pairs(case, turns, path, base):
        rid = _uuid(case["id"], "lambda", t["i"])
        ts = _ts(base, t["i"]) + ".512Z"
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if variant == "python":
            lines.append(f"[INFO]\t{ts}\t{rid}\tRequest: {json.dumps(rq, ensure_ascii=False)}")
            lines.append(f"[INFO]\t{ts}\t{rid}\tResponse: {json.dumps(rs, ensure_ascii=False)}")
        elif variant == "kw":
            lines.append(f"{ts}\t{rid}\tINFO\tREQUEST {json.dumps(rq, ensure_ascii=False)}")
            lines.append(f"{ts}\t{rid}\tINFO\tRESPONSE {json.dumps(rs, ensure_ascii=False)}")
        else:
            lines.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}")
            lines.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: 143.20 ms\tBilled Duration: 144 ms\tMemory Size: 128 MB\tMax Memory Used: 81 MB")
    o.write(path, "\n".join(lines) + "\n")


def sh_cloudwatch_json(o, case, turns, path, base, **kw):
    ev = []
    t0 = 1726776000000
    for t, rq, rs in _pairs(case, turns, path, base):
        rid = _uuid(case["id"], "lambda", t["i"])
        ts = _ts(base, t["i"]) + ".301Z"
        for j, (k, v) in enumerate((("Request", rq), ("Response", rs))):
            ev.append({"logStreamName": "2024/09/19/[$LATEST]" + _h(case["id"], "stream")[:32], "timestamp": t0 + t["i"] * 11000 + j,
                       "message": f"{ts}\t{rid}\tINFO\t{k}: {json.dumps(v, ensure_ascii=False)}\n",
                       "ingestionTime": t0 + t["i"] * 11000 + 900, "eventId": str(int(_h(case['id'], t['i'], j)[:15], 16))})
    o.write(path, {"events": ev, "searchedLogStreams": []})


def sh_har(o, case, turns, path, base, url=None, **kw):
    url = url or f"https://{case['id'][4:]}.example-skills.net/alexa"
    ents = []
    for t, rq, rs in _pairs(case, turns, path, base):
        b, r = json.dumps(rq, ensure_ascii=False), json.dumps(rs, ensure_ascii=False)
        ents.append({"startedDateTime": _ts(base, t["i"]) + ".000Z", "time": 212,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(b),
                                 "postData": {"mimeType": "application/json; charset=utf-8", "text": b}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                  "content": {"size": len(r), "mimeType": "application/json", "text": r},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(r)},
                     "cache": {}, "timings": {"send": 1, "wait": 205, "receive": 6}})
    o.write(path, {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"},
                           "entries": ents}})


def sh_transcript(o, case, turns, path, base, **kw):
    lines = [f"# QA transcript - {case['name']} ({case['loc']})"]
    for t in sessions(case, turns, path):
        ts = _ts(base, t["i"]).replace("T", " ")
        if t["new"]:
            lines.append(f"--- session {t['sid'][:8]} ---")
        lines.append(f"[{ts}] USER: {t['u']}")
        lines.append(f"[{ts}] SKILL: {plain(t['say'])}")
        if t["rep"] is not None:
            lines.append(f"[{ts}] REPROMPT: {t['rep']}")
        op = t["end"] is False or (t["end"] is None and t["rep"] is not None)
        lines.append(f"[{ts}] session_open={'true' if op else 'false'}")
    o.write(path, "\n".join(lines) + "\n")


# ---------------------------------------------------------------- new shapes
def _open(t):
    return t["end"] is False or (t["end"] is None and t["rep"] is not None)


def sh_nurse_call_csv(o, case, turns, path, base, room="112", resident="R-0417", noise=(), **kw):
    """Nurse-call / care-platform event export. Voice events sit between ordinary nurse-call events."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["event_id", "event_time", "site", "room", "resident_ref", "device", "source", "event_type",
                "skill", "session_ref", "text", "reprompt", "mic_after"])
    n = 40000 + int(_h(case["id"])[:4], 16)
    site = kw.get("site", "Elm House")
    for i, t in enumerate(sessions(case, turns, path)):
        ts = _ts(base, t["i"]).replace("T", " ")
        if i < len(noise):
            n += 1
            w.writerow([n, ts, site, room, resident, "pendant-07", "nurse_call", noise[i], "", "", "", "", ""])
        n += 1
        w.writerow([n, ts, site, room, resident, "echo-room-" + room, "voice_gateway", "UTTERANCE", case["name"], t["sid"][:12], t["u"], "", ""])
        n += 1
        w.writerow([n, ts, site, room, resident, "echo-room-" + room, "voice_gateway", "SKILL_REPLY", case["name"], t["sid"][:12],
                    plain(t["say"]), "" if t["rep"] is None else t["rep"], "open" if _open(t) else "closed"])
    o.write(path, buf.getvalue())


def sh_care_json(o, case, turns, path, base, platform="CareLink Hub", **kw):
    ev = []
    for t in sessions(case, turns, path):
        ts = _ts(base, t["i"]) + "Z"
        ev.append({"id": "evt_" + _h(case["id"], path, t["i"])[:10], "ts": ts, "type": "voice.interaction",
                   "resident": {"ref": kw.get("resident", "RES-2291"), "room": kw.get("room", "B4")},
                   "device": {"kind": "smart-speaker", "assistant": "google" if case["plat"] != "alexa" else "alexa"},
                   "app": {"name": case["name"], "invocation": case["inv"], "locale": case["loc"]},
                   "conversation": {"ref": t["sid"][:16], "new": t["new"]},
                   "heard": t["u"], "spoken": plain(t["say"]),
                   "reprompt": t["rep"], "listeningAfterReply": _open(t)})
    for extra in kw.get("extra_events", []):
        ev.append(extra)
    o.write(path, {"export": {"platform": platform, "format": "events/v3", "generatedAt": base + "Z",
                              "site": kw.get("site", "Rosewood Care Home")}, "events": ev})


def sh_qa_checklist(o, case, turns, path, base, expected=None, **kw):
    lines = [f"QA CHECKLIST - {case['name']} - locale {case['loc']}", f"Tester: {kw.get('tester', 'J. Okafor')}   Date: {base[:10]}",
             "Device: Echo Dot (4th gen), volume 7" if case["plat"] == "alexa" else "Device: Nest Mini, volume 7", ""]
    for k, t in enumerate(sessions(case, turns, path)):
        exp = (expected or [])[k] if expected and k < len(expected) else "reply matches script"
        ok = "x" if kw.get("all_pass", True) else " "
        lines.append(f"[{ok}] {k + 1}. Say: \"{t['u']}\"")
        lines.append(f"      Expected: {exp}")
        lines.append(f"      Heard:    \"{plain(t['say'])}\"")
        if t["rep"] is not None:
            lines.append(f"      Reprompt: {t['rep']}")
        lines.append(f"      Light ring / mic after reply: {'ON (listening)' if _open(t) else 'off'}")
        lines.append("")
    lines.append(kw.get("footer", "Sign-off: all steps executed."))
    o.write(path, "\n".join(lines) + "\n")


def sh_junit_xml(o, case, turns, path, base, **kw):
    from xml.sax.saxutils import escape
    pairs = _pairs(case, turns, path, base)
    cs = []
    for t, rq, rs in pairs:
        name = f"{t['intent']} :: {t['u']}"
        body = "REQUEST " + json.dumps(rq, ensure_ascii=False) + "\nRESPONSE " + json.dumps(rs, ensure_ascii=False)
        cs.append(f'    <testcase classname="tests.test_dialog" name="{escape(name, {chr(34): "&quot;"})}" time="0.{31 + t["i"]}">\n'
                  f'      <system-out><![CDATA[{body}]]></system-out>\n    </testcase>')
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n'
           f'  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(cs)}" time="1.204" timestamp="{base}" hostname="ci-runner-3">\n'
           + "\n".join(cs) + "\n  </testsuite>\n</testsuites>\n")
    o.write(path, xml)


def _pf(v, ind=0):
    """jest pretty-format style (sorted keys, Object {/Array [, trailing commas)."""
    sp = "  " * ind
    if isinstance(v, dict):
        if not v:
            return "Object {}"
        s = "Object {\n"
        for k in sorted(v):
            s += f'{sp}  "{k}": {_pf(v[k], ind + 1)},\n'
        return s + sp + "}"
    if isinstance(v, list):
        if not v:
            return "Array []"
        return "Array [\n" + "".join(f"{sp}  {_pf(x, ind + 1)},\n" for x in v) + sp + "]"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False).replace("`", "\\`")
    return json.dumps(v)


def sh_jest_snapshot(o, case, turns, path, base, **kw):
    s = "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\n"
    for t, rq, rs in _pairs(case, turns, path, base):
        s += f"exports[`dialog {t['i'] + 1} {t['u']} 1`] = `\n{_pf(rs)}\n`;\n\n"
    o.write(path, s)


def sh_ipynb(o, case, turns, path, base, **kw):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [kw.get("title", f"# Replaying {case['name']} against the dev endpoint\n")]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", f"URL = 'https://{case['id'][4:]}.example-skills.net/alexa'\n",
                         "def send(env):\n", "    return requests.post(URL, json=env, timeout=10).json()\n"]}]
    for k, (t, rq, rs) in enumerate(_pairs(case, turns, path, base)):
        cells.append({"cell_type": "code", "execution_count": k + 2, "metadata": {},
                      "source": [f"req = {json.dumps(rq, ensure_ascii=False)}\n", "send(req)"],
                      "outputs": [{"output_type": "execute_result", "execution_count": k + 2, "metadata": {},
                                   "data": {"application/json": rs,
                                            "text/plain": [json.dumps(rs, ensure_ascii=False)]}}]})
    o.write(path, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                                 "language_info": {"name": "python", "version": "3.11.7"}},
                   "nbformat": 4, "nbformat_minor": 5})


# ---------------------------------------------------------------- Google recordings
def _g_lang(case):
    return case["loc"]


def sh_gactions_conversation(o, case, turns, path, base, **kw):
    items = []
    for t in sessions(case, turns, path):
        intent = "actions.intent.MAIN" if t["intent"] == "Launch" else t["intent"]
        args = [{"name": k, "rawText": v, "textValue": v} for k, v in t["slots"].items()]
        rq = {"user": {"locale": case["loc"], "lastSeen": base + "Z", "userVerificationStatus": "VERIFIED"},
              "conversation": {"conversationId": t["sid"].replace("-", "")[:24], "type": "NEW" if t["new"] else "ACTIVE",
                               **({} if t["new"] else {"conversationToken": "[]"})},
              "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t["u"]}], **({"arguments": args} if args else {})}],
              "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
              "isInSandbox": True, "requestType": "SIMULATOR"}
        items_ = [{"simpleResponse": {"textToSpeech": ssml(t["say"]) if "<" in t["say"] else t["say"]}}]
        if _open(t):
            rs = {"expectUserResponse": True,
                  "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": items_},
                                                      **({"noInputPrompts": [{"textToSpeech": ssml(t["rep"])}]} if t["rep"] is not None else {})},
                                      "possibleIntents": [t.get("permission") or {"intent": "actions.intent.TEXT"}]}]}
            if t["card"]:
                rs["expectedInputs"][0]["inputPrompt"]["richInitialPrompt"]["items"].append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
        else:
            rs = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items_}}}
        items.append({"request": rq, "response": rs})
    o.write(path, items)


def sh_dialogflow_webhook(o, case, turns, path, base, project=None, **kw):
    project = project or case["id"][4:]
    items = []
    for t in sessions(case, turns, path):
        dn = "Default Welcome Intent" if t["intent"] == "Launch" else t["intent"]
        rq = {"responseId": _uuid(case["id"], "df", t["i"]) + "-" + _h(t["i"])[:8],
              "queryResult": {"queryText": "GOOGLE_ASSISTANT_WELCOME" if t["intent"] == "Launch" else t["u"],
                              "parameters": dict(t["slots"]), "allRequiredParamsPresent": True,
                              "intent": {"name": f"projects/{project}/agent/intents/{_uuid(case['id'], dn)}", "displayName": dn},
                              "intentDetectionConfidence": 1, "languageCode": case["loc"].split("-")[0] if case["loc"] != "pt-BR" else "pt-br"},
              "originalDetectIntentRequest": {"source": "google", "version": "2",
                                              "payload": {"user": {"locale": case["loc"]},
                                                          "conversation": {"conversationId": t["sid"][:20], "type": "NEW" if t["new"] else "ACTIVE"},
                                                          "inputs": [{"intent": "actions.intent.MAIN" if t["intent"] == "Launch" else "actions.intent.TEXT",
                                                                      "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}],
                                                          "isInSandbox": True}},
              "session": f"projects/{project}/agent/sessions/{t['sid'].replace('-', '')[:26]}"}
        g = {"expectUserResponse": _open(t),
             "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["say"]}}]}}
        if t["card"]:
            g["richResponse"]["items"].append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
        if t["rep"] is not None:
            g["noInputPrompts"] = [{"textToSpeech": t["rep"]}]
        if t.get("permission"):
            g["systemIntent"] = t["permission"]
        items.append({"webhookRequest": rq, "webhookResponse": {"payload": {"google": g}}})
    o.write(path, items)


def sh_gactions_scene(o, case, turns, path, base, **kw):
    items = []
    for t in sessions(case, turns, path):
        scene = t.get("scene") or ("Main" if t["intent"] == "Launch" else "Main")
        rq = {"handler": {"name": t.get("handler") or ("greeting" if t["intent"] == "Launch" else t["intent"].lower())},
              "intent": {"name": "actions.intent.MAIN" if t["intent"] == "Launch" else t["intent"],
                         "params": {k: {"original": v, "resolved": v} for k, v in t["slots"].items()}, "query": t["u"]},
              "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
              "session": {"id": t["sid"], "params": {}, "typeOverrides": [], "languageCode": case["loc"]},
              "user": {"locale": case["loc"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                       "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": base + "Z"},
              "home": {"params": {}},
              "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": kw.get("tz", "Europe/Berlin"), "version": ""}}}
        rs = {"session": {"id": t["sid"], "params": {}}, "prompt": {"override": False,
                                                                     "firstSimple": {"speech": t["say"], "text": plain(t["say"])}}}
        if t["card"]:
            rs["prompt"]["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
        nxt = t.get("next") or ("actions.scene.END_CONVERSATION" if not _open(t) else None)
        if nxt:
            rs["scene"] = {"name": scene, "slots": {}, "next": {"name": nxt}}
        items.append({"request": rq, "response": rs})
    o.write(path, items)


SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array,
          "smapi-simulation": sh_smapi_simulation, "smapi-invocation": sh_smapi_invocation, "ask-dialog": sh_ask_dialog,
          "cloudwatch-text": sh_cloudwatch_text, "cloudwatch-json": sh_cloudwatch_json, "har": sh_har, "transcript": sh_transcript,
          "nurse-call-csv": sh_nurse_call_csv, "care-platform-json": sh_care_json, "qa-checklist": sh_qa_checklist,
          "junit-xml": sh_junit_xml, "jest-snapshot": sh_jest_snapshot, "notebook": sh_ipynb,
          "gactions-conversation": sh_gactions_conversation, "dialogflow-webhook": sh_dialogflow_webhook,
          "gactions-scene": sh_gactions_scene}


# ---------------------------------------------------------------- projects
BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def alexa_project(o, c):
    locs = [c["loc"]] + c.get("extra_locales", [])
    pub, priv = {}, {}
    for l in locs:
        pub[l] = {"summary": c.get("summary", c["desc"][:160]), "examplePhrases": c.get("examples") or
                  [f"Alexa, open {c['inv']}"], "name": c["name"], "description": c["desc"], "keywords": c.get("keywords", []),
                  "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/a1b2/APP_ICON?versionId=small",
                  "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/a1b2/APP_ICON_LARGE?versionId=large"}
        if c.get("policy"):
            priv[l] = {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"}
        else:
            priv[l] = {"termsOfUseUrl": c["terms"]} if c.get("terms") else {}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                  "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                  "category": c.get("cat", "LIFESTYLE"), "distributionCountries": [c["loc"][-2:]],
                                                  "automaticDistribution": {"isActive": False}},
                        "apis": {"custom": {"endpoint": {"uri": endpoint(c)}, **({"interfaces": [{"type": "AUDIO_PLAYER"}]} if c.get("audio") else {})}},
                        "manifestVersion": "1.0",
                        "privacyAndCompliance": {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms") or c.get("personal")),
                                                 "isChildDirected": c.get("child", False), "isExportCompliant": True,
                                                 "containsAds": False, "locales": priv}}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    o.write("skill-package/skill.json", man)
    for l in locs:
        inv = c.get("inv_by_loc", {}).get(l, c["inv"])
        intents = []
        for name, samples, slots in c.get("intents", []):
            intents.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        for b in BUILTIN:
            intents.append({"name": b, "samples": []})
        types = [{"name": k, "values": [{"name": {"value": v}} for v in vals]} for k, vals in c.get("types", {}).items()]
        lm = {"invocationName": inv, "intents": intents}
        if types:
            lm["types"] = types
        o.write(f"skill-package/interactionModels/custom/{l}.json", {"interactionModel": {"languageModel": lm}})
    if c.get("ask_resources", True):
        o.write("ask-resources.json", {"askcliResourcesVersion": "2020-03-31",
                                       "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
                                                                "code": {"default": {"src": "./lambda"}},
                                                                "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
                                                                                        "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})


def _yq(s):
    return json.dumps(s, ensure_ascii=False)


def builder_project(o, c):
    lang = c["loc"].split("-")[0] if c["loc"] not in ("pt-BR", "es-MX", "fr-CA", "en-GB") else c["loc"]
    st = ["category: " + c.get("cat", "HEALTH_AND_FITNESS"), "defaultLocale: " + lang, "localizedSettings:",
          f"  developerEmail: {c.get('email', 'dev@' + c['id'][4:] + '.example')}", f"  developerName: {_yq(c.get('dev', c['name']))}",
          f"  displayName: {_yq(c['inv'])}", f"  fullDescription: {_yq(c['desc'])}",
          "  largeBannerImage: $resources.images.banner", "  smallLogoImage: $resources.images.logo",
          f"  pronunciation: {_yq(c['inv'])}", f"  shortDescription: {_yq(c.get('summary', c['desc'][:80]))}",
          "  sampleInvocations:"] + [f"  - {_yq(s)}" for s in c.get("examples", [f"Talk to {c['inv']}"])]
    if c.get("policy"):
        st.insert(st.index("  sampleInvocations:"), f"  privacyPolicyUrl: {c['policy']}")
    st += [f"projectId: {c['id'][4:]}-prod", "usesInteractiveCanvas: false", "usesTransactionsApi: false"]
    o.write("sdk/settings/settings.yaml", "\n".join(st) + "\n")
    o.write("sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: greeting\n    intent:\n      name: actions.intent.MAIN\n")
    o.write("sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "httpsEndpoint:\n  baseUrl: https://europe-west1-" + c["id"][4:] + ".cloudfunctions.net/ActionsOnGoogleFulfillment\n")
    for name, samples, slots in c.get("intents", []):
        y = []
        if slots:
            y.append("parameters:")
            for k, v in slots.items():
                y += [f"- name: {k}", "  type:", f"    name: {v}"]
        y.append("trainingPhrases:")
        y += [f"- {_yq(s)}" for s in samples]
        o.write(f"sdk/custom/intents/{name}.yaml", "\n".join(y) + "\n")
    for k, vals in c.get("types", {}).items():
        y = ["synonym:", "  entities:"]
        for v in vals:
            key = re.sub(r"\W+", "_", v.upper())[:40] or "X"
            y += [f"    {key}:", "      synonyms:", f"      - {_yq(v)}"]
        y += ["  matchType: EXACT_MATCH"]
        o.write(f"sdk/custom/types/{k}.yaml", "\n".join(y) + "\n")


def sdkv2_project(o, c):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["id"][4:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c.get("examples", [f"talk to {c['inv']}"])}}}]
    for name, samples, slots in c.get("intents", []):
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c["id"][4:]},
                     "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in slots.items()],
                                "trigger": {"queryPatterns": samples}}})
    man = {"displayName": c["name"], "invocationName": c["inv"], "category": c.get("cat", "HEALTH_AND_FITNESS"),
           "shortDescription": c.get("summary", c["desc"][:80]), "longDescription": c["desc"],
           "companyName": c.get("dev", c["name"]), "contactEmail": "support@" + c["id"][4:] + ".example"}
    if c.get("policy"):
        man["privacyUrl"] = c["policy"]
    pkg = {"manifest": man, "actions": acts,
           "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": "https://" + c["id"][4:] + ".example-actions.net/fulfillment",
                                           "fulfillmentApiVersion": 2}},
           "locale": c["loc"] if c["loc"] in ("pt-BR", "es-MX", "fr-CA", "en-GB") else c["loc"].split("-")[0]}
    if c.get("types"):
        pkg["types"] = [{"name": k, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for k, vals in c["types"].items()]
    o.write("action.json", pkg)


def dialogflow_project(o, c):
    lang = c["loc"].split("-")[0] if c["loc"] not in ("pt-BR",) else "pt-br"
    o.write("agent.json", {"description": c["desc"], "language": lang, "shortDescription": c.get("summary", ""),
                           "disableInteractionLogs": False, "defaultTimezone": c.get("tz", "Europe/Madrid"),
                           "webhook": {"url": "https://" + c["id"][4:] + ".example-df.net/webhook", "headers": {}, "available": True,
                                       "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                           "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True,
                           "onePlatformApiVersion": "v2beta1", "apiVersion": "v2", "enableMultiLanguageTraining": False,
                           "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][4:],
                                               "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                               "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                                               "voiceType": "MALE_1", "capabilities": [], "protocolVersion": "V2",
                                               "isDeviceAgent": False}})
    o.write("package.json", {"version": "1.0.0"})
    allint = [("Default Welcome Intent", [], {})] + list(c.get("intents", []))
    for name, samples, slots in allint:
        o.write(f"intents/{name}.json", {"id": _uuid(c["id"], name), "name": name, "auto": True, "contexts": [],
                                         "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."),
                                                        "affectedContexts": [],
                                                        "parameters": [{"id": _uuid(c["id"], name, k), "name": k, "required": False,
                                                                        "dataType": v, "value": "$" + k, "isList": False}
                                                                       for k, v in slots.items()],
                                                        "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "condition": ""}],
                                                        "speech": []}],
                                         "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False,
                                         "fallbackIntent": False, "events": [{"name": "WELCOME"}] if name.startswith("Default Welcome") else []})
        if samples:
            us = []
            for s in samples:
                data = []
                for part in re.split(r"(\{[^}]+\})", s):
                    if not part:
                        continue
                    m = re.fullmatch(r"\{([^}]+)\}", part)
                    if m:
                        data.append({"text": m.group(1).upper(), "alias": m.group(1), "meta": slots[m.group(1)], "userDefined": False})
                    else:
                        data.append({"text": part, "userDefined": False})
                us.append({"id": _uuid(c["id"], s), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            o.write(f"intents/{name}_usersays_{lang}.json", us)
    for k, vals in c.get("types", {}).items():
        o.write(f"entities/{k}.json", {"id": _uuid(c["id"], k), "name": k, "isOverridable": True, "isEnum": False,
                                       "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        o.write(f"entities/{k}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])


def render_case(c, casesdir):
    cdir = os.path.join(casesdir, c["id"])
    o = Out(cdir)
    {"alexa": alexa_project, "builder": builder_project, "sdkv2": sdkv2_project, "dialogflow": dialogflow_project}[c["plat"]](o, c)
    for rel, text in c.get("files", {}).items():
        o.write(rel, text)
    for rec in c["recs"]:
        shape, path, turns = rec[0], rec[1], rec[2]
        opts = dict(rec[3]) if len(rec) > 3 else {}
        base = opts.pop("base", c.get("base", "2024-09-19T20:00:00"))
        SHAPES[shape](o, c, turns, path, base, **opts)
    shapes = []
    for rec in c["recs"]:
        if rec[0] not in shapes:
            shapes.append(rec[0])
    return {"categories": sorted(c["labels"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}
