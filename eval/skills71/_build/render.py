"""Turn the hand-written case descriptions (cases_*.py) into project folders and recordings.

A case is a dict made by C(...).  Turns are made by L(...) (launch), I(...) (intent), E() (session
end) for Alexa, and G(...) for Google projects.  Recordings are listed in `rec` as
(path, shape, [session indexes], date).  Nothing here invents content: every spoken sentence comes
from the case files.
"""
import csv, hashlib, io, json, os, random, uuid

# ---------------------------------------------------------------- description helpers

def C(**kw):
    kw.setdefault("platform", "alexa")
    kw.setdefault("policy", None)
    kw.setdefault("child", False)
    kw.setdefault("perms", [])
    kw.setdefault("types", [])
    kw.setdefault("labels", [])
    kw.setdefault("extra_locales", [])
    kw.setdefault("lambda_code", None)
    kw.setdefault("scenes", None)
    return kw


def L(say, rp=None, end=None, card=None, directives=None):
    return {"kind": "launch", "say": say, "rp": rp, "end": end, "card": card, "directives": directives}


def I(intent, utter, say, rp=None, end=None, slots=None, card=None, directives=None):
    return {"kind": "intent", "intent": intent, "utter": utter, "slots": slots or {}, "say": say, "rp": rp,
            "end": end, "card": card, "directives": directives}


def E(reason="USER_INITIATED"):
    return {"kind": "ended", "reason": reason}


def G(utter, intent, say, expect=True, params=None, noinput=None, scene=None, next_scene=None,
      permission=None, text=None):
    """Google turn. expect=False ends the conversation."""
    return {"kind": "google", "utter": utter, "intent": intent, "say": say, "expect": expect, "params": params or {},
            "noinput": noinput or [], "scene": scene, "next_scene": next_scene, "permission": permission,
            "text": text}


# ---------------------------------------------------------------- ids and time

def _h(*parts):
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()


def _uuid(*parts):
    return str(uuid.UUID(_h(*parts)[:32]))


def _ts(date, sec):
    # date "2025-03-14"; sec seconds after 18:05:00
    h, m, s = 18, 5, 0
    total = h * 3600 + m * 60 + s + sec
    return f"{date}T{total // 3600:02d}:{(total % 3600) // 60:02d}:{total % 60:02d}Z"


def _ms(date, sec):
    import datetime
    d = datetime.datetime.strptime(_ts(date, sec), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
    return int(d.timestamp() * 1000)


def ssml(t):
    if t is None:
        return None
    return t if t.lstrip().startswith("<speak>") else f"<speak>{t}</speak>"


# ---------------------------------------------------------------- Alexa envelopes

def alexa_exchanges(case, sidx, session, date):
    """Yield dicts {utter, req, resp, t} for one Alexa session."""
    cid = case["id"]
    skill_id = "amzn1.ask.skill." + _uuid(cid, "skill")
    user_id = "amzn1.ask.account." + _h(cid, "user")[:40].upper()
    device_id = "amzn1.ask.device." + _h(cid, "device")[:40].upper()
    sess_id = "amzn1.echo-api.session." + _uuid(cid, date, sidx, "session")
    loc = case["loc"]
    attrs = {}
    out = []
    for n, t in enumerate(session):
        sec = sidx * 300 + n * 14
        rid = "amzn1.echo-api.request." + _uuid(cid, date, sidx, n)
        if t["kind"] == "launch":
            rq = {"type": "LaunchRequest", "requestId": rid, "locale": loc, "timestamp": _ts(date, sec),
                  "shouldLinkResultBeReturned": False}
            utter = {"de": "öffne {}", "es": "abre {}", "fr": "ouvre {}", "it": "apri {}", "ja": "{}を開いて",
                     "pt": "abrir {}"}.get(loc[:2], "open {}").format(case["inv"])
        elif t["kind"] == "intent":
            slots = {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                     for k, v in t["slots"].items()}
            rq = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": _ts(date, sec),
                  "dialogState": None, "intent": {"name": t["intent"], "confirmationStatus": "NONE", "slots": slots}}
            if not slots:
                del rq["intent"]["slots"]
            del rq["dialogState"]
            utter = t["utter"]
        else:
            rq = {"type": "SessionEndedRequest", "requestId": rid, "locale": loc, "timestamp": _ts(date, sec),
                  "reason": t["reason"]}
            utter = None
        req = {"version": "1.0",
               "session": {"new": n == 0, "sessionId": sess_id, "application": {"applicationId": skill_id},
                           "attributes": dict(attrs), "user": {"userId": user_id}},
               "context": {"System": {"application": {"applicationId": skill_id}, "user": {"userId": user_id},
                                      "device": {"deviceId": device_id,
                                                 "supportedInterfaces": {"AudioPlayer": {}}},
                                      "apiEndpoint": "https://api.amazonalexa.com" if not loc.startswith(("de", "fr", "es-ES", "it", "en-GB")) else "https://api.eu.amazonalexa.com",
                                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}},
               "request": rq}
        if n == 0:
            del req["session"]["attributes"]
        if t["kind"] == "ended":
            resp = {"version": "1.0", "response": {}}
        else:
            r = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["say"])}}
            if t.get("card"):
                r["card"] = t["card"]
            if t.get("rp") is not None:
                r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["rp"])}}
            if t.get("directives"):
                r["directives"] = t["directives"]
            if t.get("end") is not None:
                r["shouldEndSession"] = t["end"]
            resp = {"version": "1.0", "sessionAttributes": {"turn": n + 1},
                    "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}
            attrs = {"turn": n + 1}
        out.append({"utter": utter, "req": req, "resp": resp, "t": sec, "date": date, "sess": sess_id})
    return out


# ---------------------------------------------------------------- Google envelopes

def google_exchanges(case, sidx, session, date):
    cid = case["id"]
    conv = _h(cid, date, sidx, "conv")[:20].upper()
    loc = case["loc"]
    out = []
    scene = "actions.scene.START_CONVERSATION"
    for n, t in enumerate(session):
        sec = sidx * 300 + n * 14
        pf = case["platform"]
        if pf == "sdkv2":
            inp = {"intent": t["intent"], "rawInputs": [{"inputType": "VOICE", "query": t["utter"]}]}
            if t["params"]:
                inp["arguments"] = [{"name": k, "rawText": v, "textValue": v} for k, v in t["params"].items()]
            req = {"user": {"locale": loc, "lastSeen": _ts(date, sec - 3600), "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": conv, "type": "NEW" if n == 0 else "ACTIVE",
                                    **({} if n == 0 else {"conversationToken": json.dumps({"turn": n})})},
                   "inputs": [inp],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"},
                                                {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                   "isInSandbox": True,
                   "availableSurfaces": []}
            items = [{"simpleResponse": {"textToSpeech": ssml(t["say"]), **({"displayText": t["text"]} if t["text"] else {})}}]
            if t["expect"]:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": items}},
                      "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                if t["noinput"]:
                    ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": ssml(x)} for x in t["noinput"]]
                if t["permission"]:
                    ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                        "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                        "optContext": t["permission"][0], "permissions": t["permission"][1]}}]
                resp = {"expectUserResponse": True, "conversationToken": json.dumps({"turn": n + 1}),
                        "expectedInputs": [ei]}
            else:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
        elif pf == "dialogflow":
            project = case.get("project", cid.split("-", 1)[1])
            sess = f"projects/{project}/agent/sessions/{conv}"
            req = {"responseId": _uuid(cid, date, sidx, n, "resp") + "-" + _h(cid, n)[:8], "session": sess,
                   "queryResult": {"queryText": t["utter"], "parameters": t["params"], "allRequiredParamsPresent": True,
                                   "intent": {"name": f"projects/{project}/agent/intents/{_uuid(cid, t['intent'])}",
                                              "displayName": t["intent"]},
                                   "intentDetectionConfidence": 1, "languageCode": loc.lower()},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": {"locale": loc, "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": conv, "type": "NEW" if n == 0 else "ACTIVE"},
                       "inputs": [{"intent": "actions.intent.MAIN" if n == 0 else "actions.intent.TEXT",
                                   "rawInputs": [{"inputType": "VOICE", "query": t["utter"]}]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
            g = {"expectUserResponse": t["expect"],
                 "richResponse": {"items": [{"simpleResponse": {"textToSpeech": ssml(t["say"])}}]}}
            if t["noinput"]:
                g["noInputPrompts"] = [{"textToSpeech": ssml(x)} for x in t["noinput"]]
            if t["permission"]:
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                    "optContext": t["permission"][0], "permissions": t["permission"][1]}}
            resp = {"fulfillmentText": t["text"] or t["say"], "payload": {"google": g}}
        else:  # builder
            cur = t["scene"] or scene
            req = {"handler": {"name": t["intent"].replace("actions.intent.", "").lower() + "_handler"},
                   "intent": {"name": t["intent"], "params": {k: {"original": v, "resolved": v} for k, v in t["params"].items()},
                              "query": t["utter"]},
                   "scene": {"name": cur, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": "ABwppHE" + _h(cid, date, sidx)[:40], "params": {}, "typeOverrides": [],
                               "languageCode": ""},
                   "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                            "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "",
                            "permissions": [], "lastSeenTime": _ts(date, sec - 7200)},
                   "home": {"params": {}},
                   "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Berlin" if loc[:2] in ("de", "fr", "it", "es") else "America/New_York", "version": ""}}}
            resp = {"session": {"id": req["session"]["id"], "params": {}},
                    "prompt": {"override": False, "firstSimple": {"speech": ssml(t["say"]), "text": t["text"] or ""}}}
            nxt = t["next_scene"] or ("actions.scene.END_CONVERSATION" if not t["expect"] else None)
            resp["scene"] = {"name": cur, "slots": {}, **({"next": {"name": nxt}} if nxt else {})}
            if nxt and nxt.startswith("actions.scene.") is False:
                scene = nxt
        out.append({"utter": t["utter"], "req": req, "resp": resp, "t": sec, "date": date, "sess": conv})
    return out


def exchanges(case, sidx, date):
    s = case["sessions"][sidx]
    if case["platform"] == "alexa":
        return alexa_exchanges(case, sidx, s, date)
    return google_exchanges(case, sidx, s, date)


def speech_text(resp):
    r = resp.get("response", {})
    if "outputSpeech" in r:
        return r["outputSpeech"].get("ssml") or r["outputSpeech"].get("text")
    if "prompt" in resp:
        return resp["prompt"]["firstSimple"]["speech"]
    if "payload" in resp:
        return resp["payload"]["google"]["richResponse"]["items"][0]["simpleResponse"]["textToSpeech"]
    if "expectedInputs" in resp:
        return resp["expectedInputs"][0]["inputPrompt"]["richInitialPrompt"]["items"][0]["simpleResponse"]["textToSpeech"]
    if "finalResponse" in resp:
        return resp["finalResponse"]["richResponse"]["items"][0]["simpleResponse"]["textToSpeech"]
    return ""


# ---------------------------------------------------------------- recording shapes

def dump(o):
    return json.dumps(o, ensure_ascii=False, indent=2) + "\n"


def jl(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def shape_files(case, path, shape, exs):
    """Return {relpath: text}.  `exs` is a list of sessions, each a list of exchanges."""
    flat = [x for s in exs for x in s]
    cid = case["id"]
    files = {}
    if shape == "envelope":
        for n, x in enumerate(flat):
            if x["req"]["request"]["type"] == "SessionEndedRequest":
                continue
            files[path.format(n=n + 1)] = dump(x["resp"])
    elif shape == "pairs-jsonl":
        files[path] = "".join(jl({"request": x["req"], "response": x["resp"]}) + "\n" for x in flat)
    elif shape == "pairs-array":
        files[path] = dump([{"request": x["req"], "response": x["resp"]} for x in flat])
    elif shape == "smapi-simulation":
        for n, x in enumerate(flat):
            if x["utter"] is None:
                continue
            sim = {"id": _uuid(cid, "sim", x["date"], n), "status": "SUCCESSFUL",
                   "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _strip(speech_text(x["resp"]))}}],
                                                     "consideredIntents": [{"name": x["req"]["request"].get("intent", {}).get("name", "LaunchRequest"), "confirmationStatus": "NONE", "slots": {}}]},
                              "skillExecutionInfo": {"invocations": [{
                                  "invocationRequest": {"endpoint": case.get("endpoint", "arn:aws:lambda:eu-west-1:318825690412:function:" + cid[4:]), "body": x["req"]},
                                  "invocationResponse": {"body": x["resp"]},
                                  "metrics": {"skillExecutionTimeInMilliseconds": 180 + n * 7}}]},
                              "error": None}}
            del sim["result"]["error"]
            files[path.format(n=n + 1, utter=_slug(x["utter"]))] = dump(sim)
    elif shape == "smapi-invocation":
        for n, x in enumerate(flat):
            if x["req"]["request"]["type"] == "SessionEndedRequest":
                continue
            inv = {"id": _uuid(cid, "inv", x["date"], n), "status": "SUCCESSFUL",
                   "result": {"skillExecutionInfo": {
                       "invocationRequest": {"endpoint": case.get("endpoint", "arn:aws:lambda:us-east-1:552210988210:function:" + cid[4:]), "body": x["req"]},
                       "invocationResponse": {"body": x["resp"]},
                       "metrics": {"skillExecutionTimeInMilliseconds": 95 + n * 11}}, "error": None}}
            files[path.format(n=n + 1)] = dump(inv)
    elif shape == "ask-dialog":
        utters = [x["utter"] for x in flat if x["utter"]]
        files[path] = dump({"skillId": flat[0]["req"]["session"]["application"]["applicationId"], "locale": case["loc"],
                            "type": "text", "userInput": utters})
        out = path.rsplit(".", 1)[0] + ".replay-output.json"
        files[out] = dump([{"utterance": x["utter"], "invocations": [{"request": x["req"], "response": x["resp"]}]}
                           for x in flat if x["utter"]])
    elif shape == "ask-dialog-text":
        utters = [x["utter"] for x in flat if x["utter"]]
        files[path] = dump({"skillId": flat[0]["req"]["session"]["application"]["applicationId"], "locale": case["loc"],
                            "type": "text", "userInput": utters})
        lines = []
        for x in flat:
            if not x["utter"]:
                continue
            lines.append(f"User  > {x['utter']}")
            r = x["resp"]["response"]
            lines.append(f"Alexa > {_strip(speech_text(x['resp']))}")
            if "reprompt" in r:
                lines.append(f"        (reprompt) {r['reprompt']['outputSpeech']['ssml']}")
            lines.append(f"        shouldEndSession: {json.dumps(r.get('shouldEndSession'))}")
        files[path.rsplit(".", 1)[0] + ".log"] = "\n".join(lines) + "\n"
    elif shape in ("cloudwatch-text", "cloudwatch-text-py"):
        lines = []
        for x in flat:
            rid = _uuid(cid, "lambda", x["date"], x["t"])
            ts = _ts(x["date"], x["t"]).replace("Z", ".412Z")
            lines.append(f"START RequestId: {rid} Version: $LATEST")
            if shape == "cloudwatch-text":
                lines.append(f"{ts}\t{rid}\tINFO\tRequest: {jl(x['req'])}")
                lines.append(f"{ts}\t{rid}\tINFO\tResponse: {jl(x['resp'])}")
            else:
                lines.append(f"[INFO]\t{ts}\t{rid}\tRequest Envelope: {jl(x['req'])}")
                lines.append(f"[INFO]\t{ts}\t{rid}\tResponse: {jl(x['resp'])}")
            lines.append(f"END RequestId: {rid}")
            lines.append(f"REPORT RequestId: {rid}\tDuration: 212.37 ms\tBilled Duration: 213 ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
        files[path] = "\n".join(lines) + "\n"
    elif shape == "cloudwatch-json":
        ev = []
        for x in flat:
            rid = _uuid(cid, "lambda", x["date"], x["t"])
            ts = _ts(x["date"], x["t"]).replace("Z", ".412Z")
            for kind, body in (("Request", x["req"]), ("Response", x["resp"])):
                ev.append({"logStreamName": f"{x['date'].replace('-', '/')}/[$LATEST]{_h(cid, x['date'])[:32]}",
                           "timestamp": _ms(x["date"], x["t"]), "message": f"{ts}\t{rid}\tINFO\t{kind}: {jl(body)}\n",
                           "ingestionTime": _ms(x["date"], x["t"]) + 420, "eventId": _h(cid, x["t"], kind)[:56]})
        files[path] = dump({"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        entries = []
        url = case.get("url", f"https://{cid[4:]}.example.net/alexa")
        for x in flat:
            rq, rs = jl(x["req"]), jl(x["resp"])
            entries.append({"startedDateTime": _ts(x["date"], x["t"]).replace("Z", ".120Z"), "time": 151.4,
                            "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                        "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}],
                                        "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(rq.encode()),
                                        "postData": {"mimeType": "application/json; charset=utf-8", "text": rq}},
                            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                         "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                         "cookies": [], "content": {"size": len(rs.encode()), "mimeType": "application/json", "text": rs},
                                         "redirectURL": "", "headersSize": -1, "bodySize": -1},
                            "cache": {}, "timings": {"send": 0.2, "wait": 148.0, "receive": 3.2}})
        files[path] = dump({"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"},
                                    "pages": [], "entries": entries}})
    elif shape == "transcript":
        lines = [f"# QA transcript {case['name']} ({case['loc']})"]
        for s in exs:
            for x in s:
                ts = _ts(x["date"], x["t"])
                if x["utter"]:
                    lines.append(f"[{ts}] USER: {x['utter']}")
                    lines.append(f"[{ts}] SKILL: {_strip(speech_text(x['resp']))}")
                    r = x["resp"].get("response", {})
                    if "reprompt" in r:
                        lines.append(f"[{ts}] REPROMPT: {r['reprompt']['outputSpeech']['ssml']}")
                    lines.append(f"[{ts}] session_open={_open(x['resp'])}")
            lines.append("")
        files[path] = "\n".join(lines)
    elif shape in ("gactions-conversation", "dialogflow-webhook", "gactions-scene"):
        if path.endswith(".jsonl"):
            files[path] = "".join(jl({"request": x["req"], "response": x["resp"]}) + "\n" for x in flat)
        elif "{n}" in path:
            for n, x in enumerate(flat):
                files[path.format(n=n + 1)] = dump({"request": x["req"], "response": x["resp"]})
        else:
            files[path] = dump([{"request": x["req"], "response": x["resp"]} for x in flat])
    # ------------------------------------------------ new shapes of this set
    elif shape == "wearable-sync-jsonl":
        # companion app sync log: one JSON object per line, ISO timestamps, component + event
        lines = []
        dev = "band-" + _h(cid, "band")[:6]
        for s in exs:
            lines.append(jl({"ts": _ts(s[0]["date"], s[0]["t"] - 2).replace("Z", ".004Z"), "level": "info", "component": "sync",
                             "event": "ble.sync.start", "device": dev, "fw": "4.12.1"}))
            for x in s:
                ts = _ts(x["date"], x["t"])
                lines.append(jl({"ts": ts.replace("Z", ".221Z"), "level": "debug", "component": "voice-bridge",
                                 "event": "assistant.request", "device": dev, "session": x["sess"], "body": x["req"]}))
                lines.append(jl({"ts": ts.replace("Z", ".603Z"), "level": "debug", "component": "voice-bridge",
                                 "event": "assistant.response", "device": dev, "session": x["sess"], "latency_ms": 382,
                                 "body": x["resp"]}))
            lines.append(jl({"ts": _ts(s[-1]["date"], s[-1]["t"] + 5).replace("Z", ".010Z"), "level": "info", "component": "sync",
                             "event": "ble.sync.done", "device": dev, "records": 14}))
        files[path] = "\n".join(lines) + "\n"
    elif shape == "webhook-http":
        # raw HTTP capture of the sports-data / skill webhook (tcpflow / ngrep style text)
        host = case.get("host", f"{cid[4:]}.example.org")
        route = "/alexa" if case["platform"] == "alexa" else "/fulfillment"
        parts = []
        for x in flat:
            rq, rs = jl(x["req"]), jl(x["resp"])
            ts = _ts(x["date"], x["t"])
            parts.append(f"### {ts} 10.0.4.17:51834 -> 10.0.4.22:8443\n"
                         f"POST {route} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json; charset=utf-8\r\n"
                         f"User-Agent: {'Apache-HttpClient/UNAVAILABLE (Java/1.8.0_402)' if case['platform'] == 'alexa' else 'Google-ActionsOnGoogle/1.0'}\r\n"
                         f"Content-Length: {len(rq.encode())}\r\n\r\n{rq}\n\n"
                         f"### {ts} 10.0.4.22:8443 -> 10.0.4.17:51834\n"
                         f"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {len(rs.encode())}\r\n"
                         f"X-Feed-Source: fixtures-cache\r\n\r\n{rs}\n")
        files[path] = "\n".join(parts)
    elif shape == "junit-xml":
        from xml.sax.saxutils import escape
        cases = []
        for n, x in enumerate(flat):
            if x["utter"] is None:
                continue
            out = f"REQUEST {jl(x['req'])}\nRESPONSE {jl(x['resp'])}\n"
            cases.append(f'    <testcase classname="tests.test_dialog" name="test_turn_{n + 1:02d}_{_slug(x["utter"])}" time="0.{180 + n:03d}">\n'
                         f"      <system-out>{escape(out)}</system-out>\n    </testcase>")
        files[path] = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n'
                       f'  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(cases)}" time="2.871" '
                       f'timestamp="{flat[0]["date"]}T18:04:51.118811" hostname="ci-runner-3">\n' + "\n".join(cases) +
                       "\n  </testsuite>\n</testsuites>\n")
    elif shape == "notebook":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {case['name']}: dialog check\n", "Replays the skill handler locally and prints the raw envelopes."]}]
        k = 1
        for x in flat:
            if x["utter"] is None:
                continue
            cells.append({"cell_type": "code", "execution_count": k, "metadata": {},
                          "source": [f"req = load_fixture({json.dumps(x['utter'], ensure_ascii=False)})\n", "resp = handler(req, None)\n",
                                     "print(json.dumps(req)); print(json.dumps(resp, ensure_ascii=False))"],
                          "outputs": [{"name": "stdout", "output_type": "stream",
                                       "text": [jl(x["req"]) + "\n", jl(x["resp"]) + "\n"]}]})
            k += 1
        files[path] = dump({"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                                          "language_info": {"name": "python", "version": "3.11.6"}},
                            "nbformat": 4, "nbformat_minor": 5})
    elif shape == "qa-csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["timestamp", "session_id", "tester", "utterance", "request_json", "response_json", "notes"])
        for x in flat:
            w.writerow([_ts(x["date"], x["t"]), x["sess"], "qa-" + cid[:3], x["utter"] or "", jl(x["req"]), jl(x["resp"]), ""])
        files[path] = buf.getvalue()
    else:
        raise ValueError(shape)
    return files


def _open(resp):
    r = resp.get("response", {})
    return str(not r.get("shouldEndSession", "reprompt" not in r)).lower()


def _strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "").strip()


def _slug(s):
    import re
    s = re.sub(r"[^\w]+", "-", (s or "").lower(), flags=re.U).strip("-")
    return s[:40] or "x"


SHAPE_LABEL = {"ask-dialog-text": "ask-dialog", "cloudwatch-text-py": "cloudwatch-text"}

# ---------------------------------------------------------------- project files


def alexa_project(case):
    files = {}
    locs = [case["loc"]] + case["extra_locales"]
    pub = {}
    for lo in locs:
        pub[lo] = {"summary": case["summary"] if "summary" in case else case["desc"][:120],
                   "examplePhrases": case.get("examples") or [f"Alexa, open {case['inv']}"],
                   "keywords": case.get("keywords", []),
                   "name": case["name"], "description": case["desc"],
                   "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/a1b2/APP_ICON?versionId=small",
                   "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/a1b2/APP_ICON_LARGE?versionId=large"}
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(case["perms"]) or bool(case.get("personal")),
            "isChildDirected": case["child"], "isExportCompliant": True, "containsAds": False}
    if case["policy"]:
        priv["locales"] = {lo: {"privacyPolicyUrl": case["policy"], "termsOfUseUrl": case["policy"].rsplit("/", 1)[0] + "/terms"} for lo in locs}
    manifest = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                          "testingInstructions": case.get("testing", "Open the skill and follow the prompts."),
                                          "category": case.get("cat", "HEALTH_AND_FITNESS"),
                                          "distributionCountries": [case["loc"].split("-")[1]]},
                "apis": {"custom": {"endpoint": {"uri": case.get("endpoint", "arn:aws:lambda:eu-west-1:318825690412:function:" + case["id"][4:])}}},
                "manifestVersion": "1.0", "privacyAndCompliance": priv}
    if case["perms"]:
        manifest["permissions"] = [{"name": p} for p in case["perms"]]
    if case.get("events"):
        manifest["events"] = case["events"]
    files["skill-package/skill.json"] = dump({"manifest": manifest})
    intents = []
    for name, slots, samples in case["intents"]:
        d = {"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples}
        intents.append(d)
    for b in ("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"):
        if b not in [i["name"] for i in intents]:
            intents.append({"name": b, "samples": []})
    types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in case["types"]]
    models = case.get("models") or {}
    for lo in locs:
        m = models.get(lo)
        if m is None:
            m = {"interactionModel": {"languageModel": {"invocationName": case["inv"], "intents": intents, "types": types}}}
        files[f"skill-package/interactionModels/custom/{lo}.json"] = dump(m)
    if case["lambda_code"]:
        fn, code = case["lambda_code"]
        files[fn] = code
    files["ask-resources.json"] = dump({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    return files


def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)


def builder_project(case):
    files = {}
    lo = case["loc"]
    st = [f"defaultLocale: {lo}", f"projectId: {case['id'][4:]}-7f3a1", "localizedSettings:",
          f"  displayName: {yaml_str(case['name'])}", f"  pronunciation: {yaml_str(case['inv'])}",
          f"  shortDescription: {yaml_str(case['desc'][:80])}", f"  fullDescription: {yaml_str(case['desc'])}",
          f"  developerName: {yaml_str(case.get('dev', 'Trailhead Labs'))}", f"  developerEmail: {yaml_str(case.get('dev_email', 'dev@trailhead-labs.example'))}"]
    if case["policy"]:
        st.append(f"  privacyPolicyUrl: {case['policy']}")
    st += [f"category: {case.get('gcat', 'HEALTH_AND_FITNESS')}", "usesTransactionsApi: false", "usesDigitalPurchaseApi: false",
           "usesInteractiveCanvas: false", "usesHomeStorage: false", "designedForFamily: " + ("true" if case["child"] else "false"),
           "containsAlcoholOrTobaccoContent: false", "keepsMicOpen: false", "surfaceRequirements: {}"]
    files["sdk/settings/settings.yaml"] = "\n".join(st) + "\n"
    files["sdk/manifest.yaml"] = "version: \"1.0\"\n"
    files["sdk/actions/actions.yaml"] = "custom:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    transitionToScene: " + case.get("first_scene", "Main") + "\n"
    files["sdk/webhooks/ActionsOnGoogleFulfillment.yaml"] = f"httpsEndpoint:\n  baseUrl: https://{case['id'][4:]}.example.org/fulfillment\n"
    for name, params, phrases in case["intents"]:
        y = []
        if params:
            y.append("parameters:")
            for k, v in params.items():
                y += [f"- name: {k}", "  type:", f"    name: {v}"]
        y.append("trainingPhrases:")
        y += [f"- {yaml_str(p)}" for p in phrases]
        files[f"sdk/custom/intents/{name}.yaml"] = "\n".join(y) + "\n"
    for name, vals in case["types"]:
        y = ["synonym:", "  entities:"]
        for n, v in enumerate(vals):
            y += [f"    v{n}:", "      synonyms:", f"      - {yaml_str(v)}"]
        y += ["  matchType: EXACT_MATCH"]
        files[f"sdk/custom/types/{name}.yaml"] = "\n".join(y) + "\n"
    for name, text in (case["scenes"] or {}).items():
        files[f"sdk/custom/scenes/{name}.yaml"] = text
    return files


def sdkv2_project(case):
    actions = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": case["id"][4:]},
                "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {case['inv']}"]}}}]
    for name, params, phrases in case["intents"]:
        actions.append({"description": name, "name": name, "fulfillment": {"conversationName": case["id"][4:]},
                        "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in params.items()],
                                   "trigger": {"queryPatterns": phrases}}})
    a = {"actions": actions, "conversations": {case["id"][4:]: {"name": case["id"][4:],
                                                               "url": f"https://{case['id'][4:]}.example.org/conversation",
                                                               "fulfillmentApiVersion": 2}},
         "locale": case["loc"]}
    if case["types"]:
        a["types"] = [{"name": n, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for n, vals in case["types"]]
    files = {"action.json": dump(a)}
    listing = {"displayName": case["name"], "invocationName": case["inv"], "shortDescription": case["desc"][:80],
               "fullDescription": case["desc"], "category": case.get("gcat", "HEALTH_AND_FITNESS"), "locale": case["loc"]}
    if case["policy"]:
        listing["privacyPolicyUrl"] = case["policy"]
    files["directory/listing.json"] = dump(listing)
    return files


def dialogflow_project(case):
    lang = {"pt-BR": "pt-br", "fr-CA": "fr-ca", "en-GB": "en-gb", "es-MX": "es-419"}.get(case["loc"], case["loc"].split("-")[0])
    files = {}
    agent = {"description": case["desc"], "language": lang, "shortDescription": case["name"],
             "disableInteractionLogs": False, "googleAssistant": {
                 "googleAssistantCompatible": True, "project": case.get("project", case["id"][4:]),
                 "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": [],
                 "oAuthLinking": {"required": False}, "voiceType": "VOICE_TYPE_UNSPECIFIED", "capabilities": [],
                 "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
             "defaultTimezone": case.get("tz", "Europe/Madrid"), "webhook": {"url": f"https://{case['id'][4:]}.example.org/df",
                                                                            "available": True, "useForDomains": False},
             "isPrivate": True, "supportedLanguages": [], "enableOnePlatformResponses": True, "apiVersion": "2"}
    files["agent.json"] = dump(agent)
    files["package.json"] = dump({"version": "1.0.0"})
    listing = {"displayName": case["name"], "invocationName": case["inv"], "fullDescription": case["desc"],
               "category": case.get("gcat", "HEALTH_AND_FITNESS")}
    if case["policy"]:
        listing["privacyPolicyUrl"] = case["policy"]
    files["actions-console/directory-information.json"] = dump(listing)
    for name, params, phrases in case["intents"]:
        it = {"id": _uuid(case["id"], name), "name": name, "auto": True, "contexts": [],
              "responses": [{"resetContexts": False, "affectedContexts": [],
                             "parameters": [{"id": _uuid(case["id"], name, k), "required": False, "dataType": v, "name": k,
                                             "value": "$" + k, "isList": False} for k, v in params.items()],
                             "messages": [], "defaultResponsePlatforms": {}, "speech": []}],
              "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": []}
        files[f"intents/{name}.json"] = dump(it)
        us = []
        for p in phrases:
            data = []
            import re
            pos = 0
            for m in re.finditer(r"\{(\w+)\|([^}]*)\}", p):
                if m.start() > pos:
                    data.append({"text": p[pos:m.start()], "userDefined": False})
                data.append({"text": m.group(2), "alias": m.group(1), "meta": params[m.group(1)], "userDefined": True})
                pos = m.end()
            if pos < len(p):
                data.append({"text": p[pos:], "userDefined": False})
            us.append({"id": _uuid(case["id"], p), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        files[f"intents/{name}_usersays_{lang}.json"] = dump(us)
    for name, vals in case["types"]:
        files[f"entities/{name}.json"] = dump({"id": _uuid(case["id"], name), "name": name, "isOverridable": True,
                                               "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        files[f"entities/{name}_entries_{lang}.json"] = dump([{"value": v, "synonyms": [v]} for v in vals])
    return files


def render_case(case, root):
    pf = case["platform"]
    files = {"alexa": alexa_project, "builder": builder_project, "sdkv2": sdkv2_project,
             "dialogflow": dialogflow_project}[pf](case)
    shapes = []
    for path, shape, sidxs, date in case["rec"]:
        exs = [exchanges(case, i, date) for i in sidxs]
        files.update(shape_files(case, path, shape, exs))
        s = SHAPE_LABEL.get(shape, shape)
        if s not in shapes:
            shapes.append(s)
    for extra_path, text in case.get("extra_files", {}).items():
        files[extra_path] = text
    d = os.path.join(root, case["id"])
    for rel, text in files.items():
        p = os.path.join(d, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    return {"categories": sorted(case["labels"]), "locale": case["loc"], "shapes": sorted(shapes), "why": case["why"]}
