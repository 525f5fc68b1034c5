"""Turns the hand-written case descriptions (cases_*.py) into skill projects and recordings.
Nothing here invents content: every utterance, prompt and label comes from the case files."""
import csv, hashlib, io, json, os, uuid
from datetime import datetime, timedelta, timezone

import yaml

OPEN = {"en": "open {}", "de": "öffne {}", "es": "abre {}", "fr": "ouvre {}", "it": "apri {}",
        "ja": "{}を開いて", "pt": "abra {}"}


TALK = {"en": "talk to {}", "de": "mit {} sprechen", "es": "hablar con {}", "fr": "parler avec {}", "it": "parla con {}",
        "ja": "{}につないで", "pt": "falar com {}"}


def h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def uid(*parts):
    return str(uuid.UUID(h(*parts)[:32]))


def T(req, say=None, rp=None, end=None, u=None, card=None, audio=None, stop_audio=False,
      progressive=None, new=False, display=None):
    """One exchange. req: 'launch' | 'IntentName' | ('IntentName', {slot: value}) |
    'AudioPlayer.PlaybackStopped' etc. say/rp: text or '<speak>..</speak>'. end: True/False/None (absent)."""
    if isinstance(req, str):
        req = (req, {})
    return dict(intent=req[0], slots=req[1], say=say, rp=rp, end=end, u=u, card=card, audio=audio,
                stop_audio=stop_audio, progressive=progressive, new=new, display=display)


def dump(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(obj, str):
            f.write(obj)
        else:
            json.dump(obj, f, ensure_ascii=False, indent=2)
            f.write("\n")


def ssml(x):
    if x is None:
        return None
    if x.strip().startswith("<speak>"):
        return {"type": "SSML", "ssml": x}
    return {"type": "PlainText", "text": x}


def plain(x):
    if x is None:
        return ""
    return x


# ---------------------------------------------------------------- sessions
def utter(case, t):
    if t["u"]:
        return t["u"]
    lang = case["loc"][:2]
    if t["intent"] == "launch":
        if case.get("plat", "alexa") != "alexa":
            return TALK[lang].format(case["inv"])
        return OPEN[lang].format(case["inv"])
    if t["intent"].startswith("AMAZON."):
        base = t["intent"][7:].replace("Intent", "").lower()
        return {"stop": {"de": "stopp", "es": "para", "fr": "arrête", "it": "basta", "ja": "ストップ", "pt": "pare"}.get(lang, "stop"),
                "cancel": {"de": "abbrechen", "es": "cancela", "fr": "annule", "it": "annulla", "ja": "キャンセル", "pt": "cancelar"}.get(lang, "cancel"),
                "yes": {"de": "ja", "es": "sí", "fr": "oui", "it": "sì", "ja": "はい", "pt": "sim"}.get(lang, "yes"),
                "no": {"de": "nein", "es": "no", "fr": "non", "it": "no", "ja": "いいえ", "pt": "não"}.get(lang, "no"),
                "pause": {"de": "pause", "es": "pausa", "fr": "pause", "it": "pausa", "ja": "一時停止", "pt": "pausar"}.get(lang, "pause"),
                "fallback": {"de": "äh", "es": "eh", "fr": "euh", "it": "ehm", "ja": "えー", "pt": "hã"}.get(lang, "hmm"),
                }.get(base, base)
    for name, samples, slots in case.get("intents", []):
        if name == t["intent"] and samples:
            s = samples[0]
            for k, v in t["slots"].items():
                s = s.replace("{%s}" % k, str(v))
            return s
    return t["intent"]


def sessions(case, turns, tag):
    """Assign session ids / new flags / timestamps to the turns of one recording."""
    out, sid, n, new = [], None, 0, True
    base = datetime.fromisoformat(case.get("t0", "2024-06-03T07:30:00")).replace(tzinfo=timezone.utc)
    if not case.get("fixed"):
        base += timedelta(days=int(h(case["id"], tag)[:2], 16) % 20)
    for i, t in enumerate(turns):
        if sid is None or t["new"] or t["intent"] == "launch" and i > 0 and not out[-1]["open"]:
            n += 1
            sid = "amzn1.echo-api.session." + uid(case["id"], tag, "s", n)
            new = True
        ts = base + timedelta(seconds=37 * i + 11 * n * n)
        open_ = t["end"] is False or (t["end"] is None and t["rp"] is not None)
        out.append(dict(t, sid=sid, isnew=new, ts=ts, open=open_, rid=uid(case["id"], tag, "r", i),
                        text=utter(case, t)))
        new = False
        if not open_:
            sid = None
    return out


# ---------------------------------------------------------------- Alexa envelopes
def alexa_request(case, x):
    app = "amzn1.ask.skill." + uid(case["id"], "app")
    user = "amzn1.ask.account." + h(case["id"], "user")[:40].upper()
    dev = "amzn1.ask.device." + h(case["id"], "dev")[:40].upper()
    ifaces = {"AudioPlayer": {}} if case.get("audio") else {}
    body = {"version": "1.0",
            "session": {"new": x["isnew"], "sessionId": x["sid"], "application": {"applicationId": app},
                        "user": {"userId": user}},
            "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                   "device": {"deviceId": dev, "supportedInterfaces": ifaces},
                                   "apiEndpoint": "https://api.eu.amazonalexa.com" if case["loc"][:2] in "de es fr it".split() else "https://api.amazonalexa.com",
                                   "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
            "request": None}
    if not x["isnew"]:
        body["session"]["attributes"] = {}
    if case.get("audio"):
        body["context"]["AudioPlayer"] = {"playerActivity": "IDLE"}
    rq = {"requestId": "amzn1.echo-api.request." + x["rid"], "locale": case["loc"],
          "timestamp": x["ts"].strftime("%Y-%m-%dT%H:%M:%SZ")}
    if x["intent"] == "launch":
        rq["type"] = "LaunchRequest"
    elif x["intent"].startswith("AudioPlayer.") or x["intent"] == "SessionEndedRequest":
        rq["type"] = x["intent"]
        if x["intent"].startswith("AudioPlayer."):
            rq["token"] = "stream-" + h(case["id"])[:8]
            rq["offsetInMilliseconds"] = 1843000
            del body["session"]
        else:
            rq["reason"] = "USER_INITIATED"
    else:
        rq["type"] = "IntentRequest"
        rq["dialogState"] = "STARTED" if False else None
        rq.pop("dialogState")
        rq["intent"] = {"name": x["intent"], "confirmationStatus": "NONE",
                        "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                  for k, v in x["slots"].items()}}
    body["request"] = rq
    return body


def alexa_response(case, x):
    r = {}
    if x["say"] is not None:
        r["outputSpeech"] = ssml(x["say"])
    if x["card"]:
        r["card"] = {"type": "Simple", "title": x["card"][0], "content": x["card"][1]}
    if x["rp"] is not None:
        r["reprompt"] = {"outputSpeech": ssml(x["rp"])}
    d = []
    if x["audio"]:
        d.append({"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                  "audioItem": {"stream": {"url": x["audio"], "token": "stream-" + h(case["id"])[:8],
                                           "offsetInMilliseconds": 0}}})
    if x["stop_audio"]:
        d.append({"type": "AudioPlayer.Stop"})
    if x["display"]:
        d.append({"type": "Alexa.Presentation.APL.RenderDocument", "token": "main",
                  "document": {"type": "Link", "src": "doc://alexa/apl/documents/main"},
                  "datasources": {"headline": {"title": x["display"][0], "text": x["display"][1]}}})
    if d:
        r["directives"] = d
    if x["end"] is not None:
        r["shouldEndSession"] = x["end"]
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": r}


def pairs(case, xs):
    return [{"request": alexa_request(case, x), "response": alexa_response(case, x)} for x in xs]


# ---------------------------------------------------------------- recording shapes
def sh_envelope(case, xs, path):
    for i, x in enumerate(xs):
        p = path.replace("{n}", "%02d" % (i + 1)).replace("{intent}", x["intent"].replace(".", "_"))
        yield p, alexa_response(case, x)


def sh_pairs_jsonl(case, xs, path):
    yield path, "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs(case, xs))


def sh_pairs_array(case, xs, path):
    yield path, pairs(case, xs)


def endpoint(case):
    return "arn:aws:lambda:%s:%s:function:%s" % (
        "eu-west-1" if case["loc"][:2] in "de es fr it".split() else "us-east-1",
        str(int(h(case["id"], "acct")[:10], 16))[:12].rjust(12, "4"), case["id"][4:])


def sh_smapi_simulation(case, xs, path):
    for i, x in enumerate(xs):
        p = path.replace("{n}", "%02d" % (i + 1))
        yield p, {"id": uid(case["id"], "sim", i), "status": "SUCCESSFUL",
                  "result": {"alexaExecutionInfo": {"alexaResponses": [
                      {"type": "Speech", "content": {"caption": strip(c)}} for c in (x["progressive"], x["say"]) if c],
                      "consideredIntents": [{"name": x["intent"], "confirmationStatus": "NONE", "slots": {}}]
                      if x["intent"] != "launch" else []},
                      "skillExecutionInfo": {"invocations": [{
                          "invocationRequest": {"endpoint": endpoint(case), "body": alexa_request(case, x)},
                          "invocationResponse": {"body": alexa_response(case, x)},
                          "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 7}}]},
                      "error": None}}


def sh_smapi_invocation(case, xs, path):
    for i, x in enumerate(xs):
        p = path.replace("{n}", "%02d" % (i + 1))
        yield p, {"id": uid(case["id"], "inv", i), "status": "SUCCESSFUL",
                  "result": {"skillExecutionInfo": {
                      "invocationRequest": {"endpoint": endpoint(case), "body": alexa_request(case, x)},
                      "invocationResponse": {"body": alexa_response(case, x)},
                      "metrics": {"skillExecutionTimeInMilliseconds": 211 + i}}, "error": None}}


def strip(s):
    import re
    if s is None:
        return ""
    return re.sub(r"<[^>]+>", "", s)


def sh_ask_dialog(case, xs, path):
    """path is a folder; writes the replay file and the recorded skill-IO output."""
    app = "amzn1.ask.skill." + uid(case["id"], "app")
    yield path + "/replay.json", {"skillId": app, "locale": case["loc"], "type": "text",
                                  "userInput": [x["text"] for x in xs]}
    out = []
    for x in xs:
        out.append({"utterance": x["text"], "invocations": [
            {"request": alexa_request(case, x), "response": alexa_response(case, x)}],
            "alexaResponses": [strip(x["say"])] if x["say"] else []})
    yield path + "/dialog-output.json", out


def log_lines(case, xs, py=False, kw=("Request: ", "Response: ")):
    lines = []
    for i, x in enumerate(xs):
        rid = uid(case["id"], "lambda", i)
        t = x["ts"]
        iso = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (i * 17 % 1000)
        lines.append((t, "START RequestId: %s Version: $LATEST" % rid))
        items = [(kw[0], alexa_request(case, x))]
        if x["progressive"]:
            items.append(("Progressive response sent: ", {"header": {"requestId": "amzn1.echo-api.request." + x["rid"]},
                                                          "directive": {"type": "VoicePlayer.Speak", "speech": x["progressive"]}}))
        items.append((kw[1], alexa_response(case, x)))
        for k, obj in items:
            lvl = "[INFO]\t%s\t%s\t" % (iso, rid) if py else "%s\t%s\tINFO\t" % (iso, rid)
            lines.append((t, lvl + k + json.dumps(obj, ensure_ascii=False)))
        lines.append((t, "END RequestId: %s" % rid))
        lines.append((t, "REPORT RequestId: %s\tDuration: %d.21 ms\tBilled Duration: %d ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB" % (rid, 40 + i, 41 + i)))
    return lines


def sh_cloudwatch_text(case, xs, path, py=False, kw=("Request: ", "Response: ")):
    yield path, "".join(l + "\n" for _, l in log_lines(case, xs, py, kw))


def sh_cloudwatch_json(case, xs, path):
    grp = "/aws/lambda/" + case["id"][4:]
    ev = []
    for i, (t, l) in enumerate(log_lines(case, xs)):
        ev.append({"logStreamName": "2024/%02d/%02d/[$LATEST]%s" % (t.month, t.day, h(case["id"], "ls")[:32]),
                   "timestamp": int(t.timestamp() * 1000) + i, "message": l + "\n",
                   "ingestionTime": int(t.timestamp() * 1000) + 900 + i, "eventId": str(37000000000 + i)})
    yield path, {"events": ev, "searchedLogStreams": [], "logGroupName": grp}


def sh_har(case, xs, path):
    url = case.get("url", "https://skills.%s.example.net/alexa" % case["id"][4:])
    ents = []
    for x in xs:
        rq = json.dumps(alexa_request(case, x), ensure_ascii=False)
        rs = json.dumps(alexa_response(case, x), ensure_ascii=False)
        ents.append({"startedDateTime": x["ts"].strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 143,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json"},
                                             {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(rq),
                                 "postData": {"mimeType": "application/json", "text": rq}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                  "cookies": [], "content": {"size": len(rs), "mimeType": "application/json", "text": rs},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(rs)},
                     "cache": {}, "timings": {"send": 1, "wait": 138, "receive": 4}})
    yield path, {"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "10.1.5"}, "entries": ents}}


def sh_transcript(case, xs, path):
    L = ["# QA transcript %s (%s)" % (case["name"], case["loc"])]
    for x in xs:
        ts = x["ts"].strftime("%Y-%m-%d %H:%M:%S")
        L.append("[%s] USER: %s" % (ts, x["text"]))
        if x["say"]:
            L.append("[%s] SKILL: %s" % (ts, strip(x["say"])))
        if x["rp"] is not None:
            L.append("[%s] SKILL (reprompt): %s" % (ts, x["rp"]))
        if x["audio"]:
            L.append("[%s] AUDIO: play %s" % (ts, x["audio"]))
        L.append("[%s] session_open=%s" % (ts, "true" if x["open"] else "false"))
    yield path, "\n".join(L) + "\n"


# ---- new shapes: observability exports and notebooks
def sh_datadog(case, xs, path):
    data = []
    for i, (t, l) in enumerate(log_lines(case, xs)):
        if not ("Request: " in l or "Response: " in l):
            continue
        data.append({"id": "AQAAAY" + h(case["id"], "dd", i)[:30], "type": "log",
                     "attributes": {"timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "status": "info",
                                    "service": case["id"][4:], "host": "arn:aws:lambda:" + endpoint(case).split(":", 3)[3],
                                    "message": l.split("\tINFO\t", 1)[1],
                                    "tags": ["source:lambda", "env:prod", "functionname:" + case["id"][4:]],
                                    "attributes": {"lambda": {"request_id": l.split("\t")[1]},
                                                   "aws": {"awslogs": {"logGroup": "/aws/lambda/" + case["id"][4:]}}}}})
    yield path, {"data": data, "meta": {"page": {"after": None}, "status": "done", "elapsed": 88},
                 "links": {}}


def sh_splunk_csv(case, xs, path):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL)
    w.writerow(["_time", "host", "source", "sourcetype", "_raw"])
    for t, l in log_lines(case, xs):
        w.writerow([t.strftime("%Y-%m-%dT%H:%M:%S.000+0000"), "lambda", "/aws/lambda/" + case["id"][4:],
                    "aws:cloudwatchlogs", l])
    yield path, buf.getvalue()


def sh_splunk_json(case, xs, path):
    res = []
    for t, l in log_lines(case, xs):
        res.append({"_time": t.strftime("%Y-%m-%dT%H:%M:%S.000+00:00"), "host": "lambda",
                    "source": "/aws/lambda/" + case["id"][4:], "sourcetype": "aws:cloudwatchlogs",
                    "_raw": l, "index": "voice_prod"})
    yield path, {"preview": False, "init_offset": 0, "messages": [],
                 "fields": [{"name": n} for n in ("_time", "host", "source", "sourcetype", "_raw", "index")],
                 "results": res, "highlighted": {}}


def sh_elastic(case, xs, path):
    hits = []
    for i, x in enumerate(xs):
        hits.append({"_index": "skill-logs-%s" % x["ts"].strftime("%Y.%m.%d"), "_id": h(case["id"], "es", i)[:20],
                     "_score": None, "sort": [int(x["ts"].timestamp() * 1000)],
                     "_source": {"@timestamp": x["ts"].strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                 "service": {"name": case["id"][4:]}, "log": {"level": "info"},
                                 "alexa": {"request": alexa_request(case, x), "response": alexa_response(case, x)}}})
    yield path, {"took": 12, "timed_out": False, "_shards": {"total": 3, "successful": 3, "skipped": 0, "failed": 0},
                 "hits": {"total": {"value": len(hits), "relation": "eq"}, "max_score": None, "hits": hits}}


def sh_notebook(case, xs, path):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# Simulator run for %s\n" % case["name"]]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["from skilltest import Simulator\n", "sim = Simulator(locale=%r)\n" % case["loc"]]}]
    for i, x in enumerate(xs):
        cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {},
                      "source": ["r = sim.send(%r)\n" % x["text"], "print(json.dumps(r, indent=1, ensure_ascii=False))\n"],
                      "outputs": [{"name": "stdout", "output_type": "stream",
                                   "text": json.dumps({"request": alexa_request(case, x), "response": alexa_response(case, x)},
                                                      ensure_ascii=False, indent=1).splitlines(True)}]})
    yield path, {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"},
                                              "language_info": {"name": "python"}}, "nbformat": 4, "nbformat_minor": 5}


# ---- Google shapes
def g_lang(case):
    return case["loc"]


def sh_gactions_conversation(case, xs, path):
    out = []
    cid = "ABwppHE" + h(case["id"], "conv")[:20]
    for i, x in enumerate(xs):
        intent = {"launch": "actions.intent.MAIN", "TEXT": "actions.intent.TEXT"}.get(x["intent"], x["intent"])
        req = {"user": {"userId": "ABwppH" + h(case["id"], "gu")[:16], "locale": case["loc"],
                        "lastSeen": "2024-05-30T19:12:01Z", "userStorage": "{}"},
               "conversation": {"conversationId": cid, "type": "NEW" if x["isnew"] else "ACTIVE"},
               "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": x["text"]}],
                           "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in x["slots"].items()]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"},
                                            {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "isInSandbox": True}
        items = [{"simpleResponse": {"textToSpeech": x["say"] or ""}}]
        if x["card"]:
            items.append({"basicCard": {"title": x["card"][0], "formattedText": x["card"][1]}})
        if x["audio"]:
            items.append({"mediaResponse": {"mediaType": "AUDIO", "mediaObjects": [{"name": case["name"], "contentUrl": x["audio"]}]}})
        if x["open"] or x.get("perm"):
            res = {"expectUserResponse": True, "expectedInputs": [{
                "inputPrompt": {"richInitialPrompt": {"items": items},
                                "noInputPrompts": [{"textToSpeech": x["rp"]}] if x["rp"] is not None else []},
                "possibleIntents": [{"intent": "actions.intent.TEXT"}]}]}
            if x["slots"].get("_perm"):
                pass
        else:
            res = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
        if case.get("gperm") and x["intent"] == case["gperm"][0]:
            res = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": "PLACEHOLDER_FOR_PERMISSION"}}]}},
                   "possibleIntents": [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                       "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                       "optContext": x["say"], "permissions": case["gperm"][1]}}]}]}
        out.append({"request": req, "response": res})
    yield path, out


def sh_dialogflow(case, xs, path):
    out = []
    sess = "projects/%s/agent/sessions/%s" % (case["id"][4:], h(case["id"], "df")[:24])
    for i, x in enumerate(xs):
        name = {"launch": "Default Welcome Intent"}.get(x["intent"], x["intent"])
        req = {"responseId": uid(case["id"], "dfr", i), "session": sess,
               "queryResult": {"queryText": x["text"], "parameters": dict(x["slots"]), "allRequiredParamsPresent": True,
                               "intent": {"name": sess.split("/sessions")[0] + "/intents/" + uid(name), "displayName": name},
                               "intentDetectionConfidence": 0.93, "languageCode": case["loc"].lower()[:2]},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": case["loc"], "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": h(case["id"], "dfc")[:24], "type": "NEW" if x["isnew"] else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if x["intent"] == "launch" else "actions.intent.TEXT",
                               "rawInputs": [{"inputType": "VOICE", "query": x["text"]}]}]}}}
        g = {"expectUserResponse": bool(x["open"]),
             "richResponse": {"items": [{"simpleResponse": {"textToSpeech": x["say"] or ""}}]}}
        if x["rp"] is not None:
            g["noInputPrompts"] = [{"textToSpeech": x["rp"]}]
        if case.get("gperm") and x["intent"] == case["gperm"][0]:
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                "optContext": x["say"], "permissions": case["gperm"][1]}}
        out.append({"request": req, "response": {"fulfillmentText": strip(x["say"]), "payload": {"google": g}}})
    yield path, out


def sh_gactions_scene(case, xs, path):
    out = []
    sid = "ABwppHG" + h(case["id"], "sc")[:30]
    for i, x in enumerate(xs):
        scene = x.get("scene") or ("Main" if x["intent"] == "launch" else case.get("scene", "Main"))
        handler = "welcome" if x["intent"] == "launch" else x["intent"].lower()
        req = {"handler": {"name": handler},
               "intent": {"name": "actions.intent.MAIN" if x["intent"] == "launch" else x["intent"],
                          "params": {k: {"original": v, "resolved": v} for k, v in x["slots"].items()},
                          "query": x["text"]},
               "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": case["loc"]},
               "user": {"locale": case["loc"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "lastSeenTime": "2024-05-30T19:12:01Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        resp = {"session": {"id": sid, "params": {}},
                "prompt": {"override": False, "firstSimple": {"speech": x["say"] or "", "text": strip(x["say"])}},
                "scene": {"name": scene, "slots": {}}}
        if x["card"]:
            resp["prompt"]["content"] = {"card": {"title": x["card"][0], "text": x["card"][1]}}
        if x["audio"]:
            resp["prompt"]["content"] = {"media": {"mediaType": "AUDIO", "mediaObjects": [{"name": case["name"], "url": x["audio"]}]}}
        if not x["open"]:
            resp["scene"]["next"] = {"name": "actions.scene.END_CONVERSATION"}
        out.append({"request": req, "response": resp})
        if x["open"] and x["rp"] is not None:
            r2 = json.loads(json.dumps(req))
            r2["handler"]["name"] = "no_input_1"
            r2["intent"] = {"name": "actions.intent.NO_INPUT_1", "params": {}, "query": ""}
            p2 = {"session": {"id": sid, "params": {}},
                  "prompt": {"override": True, "firstSimple": {"speech": x["rp"], "text": strip(x["rp"])}},
                  "scene": {"name": scene, "slots": {}}}
            out.append({"request": r2, "response": p2})
    yield path, out


SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array,
          "smapi-simulation": sh_smapi_simulation, "smapi-invocation": sh_smapi_invocation,
          "ask-dialog": sh_ask_dialog, "cloudwatch-text": sh_cloudwatch_text, "cloudwatch-json": sh_cloudwatch_json,
          "har": sh_har, "transcript": sh_transcript, "datadog-logs": sh_datadog, "splunk-csv": sh_splunk_csv,
          "splunk-json": sh_splunk_json, "elastic-hits": sh_elastic, "notebook": sh_notebook,
          "gactions-conversation": sh_gactions_conversation, "dialogflow-webhook": sh_dialogflow,
          "gactions-scene": sh_gactions_scene}


# ---------------------------------------------------------------- packages
BUILTIN = ["AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]
AUDIO_BUILTIN = ["AMAZON.PauseIntent", "AMAZON.ResumeIntent", "AMAZON.NextIntent"]


def model(case, loc):
    ints = []
    for name, samples, slots in case.get("intents", []):
        ints.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
    have = {i["name"] for i in ints}
    for b in BUILTIN + (AUDIO_BUILTIN if case.get("audio") else []):
        if b not in have:
            ints.append({"name": b, "samples": []})
    types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in case.get("types", {}).items()]
    lm = {"invocationName": case.get("invs", {}).get(loc, case["inv"]), "intents": ints, "types": types}
    return {"interactionModel": {"languageModel": lm}, "version": "1"}


def skill_json(case):
    locs = {}
    for loc in [case["loc"]] + case.get("locs", []):
        li = {"summary": case.get("summary", case["desc"][:120]), "examplePhrases": case.get("examples") or [
            {"en": "Alexa, open %s", "de": "Alexa, öffne %s", "es": "Alexa, abre %s", "fr": "Alexa, ouvre %s",
             "it": "Alexa, apri %s", "ja": "アレクサ、%sを開いて", "pt": "Alexa, abra %s"}[loc[:2]] % case.get("invs", {}).get(loc, case["inv"])],
              "name": case["name"], "description": case["desc"], "keywords": case.get("keywords", []),
              "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON?versionId=small" % h(case["id"])[:4],
              "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON_LARGE?versionId=large" % h(case["id"])[:4]}
        locs[loc] = li
    m = {"manifest": {"publishingInformation": {"locales": locs, "isAvailableWorldwide": False,
                                                 "testingInstructions": case.get("testing", "Open the skill and follow the prompts."),
                                                 "category": case.get("cat", "NEWS"),
                                                 "distributionCountries": case.get("countries", [case["loc"][-2:]])},
                      "apis": {"custom": {"endpoint": {"uri": endpoint(case)}}}, "manifestVersion": "1.0"}}
    if case.get("audio"):
        m["manifest"]["apis"]["custom"]["interfaces"] = [{"type": "AUDIO_PLAYER"}]
    if case.get("perms"):
        m["manifest"]["permissions"] = [{"name": p} for p in case["perms"]]
    pc = {"allowsPurchases": bool(case.get("purchases")), "usesPersonalInfo": bool(case.get("perms") or case.get("personal")),
          "isChildDirected": bool(case.get("child")), "isExportCompliant": True, "containsAds": bool(case.get("ads"))}
    if case.get("policy"):
        pc["locales"] = {loc: {"privacyPolicyUrl": case["policy"], "termsOfUseUrl": case.get("terms", case["policy"].rsplit("/", 1)[0] + "/terms")}
                         for loc in [case["loc"]] + case.get("locs", [])}
    m["manifest"]["privacyAndCompliance"] = pc
    return m


def write_alexa_package(case, root):
    dump(root + "/skill-package/skill.json", skill_json(case))
    for loc in [case["loc"]] + case.get("locs", []):
        dump(root + "/skill-package/interactionModels/custom/%s.json" % loc, model(case, loc))
    dump(root + "/ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    for rel, text in case.get("files", {}).items():
        dump(root + "/" + rel, text)


def yml(obj):
    return yaml.safe_dump(obj, allow_unicode=True, sort_keys=False)


def write_builder(case, root):
    loc = case["loc"]
    ls = {"displayName": case["name"], "pronunciation": case["inv"], "fullDescription": case["desc"],
          "shortDescription": case.get("summary", case["desc"][:80]), "developerName": case.get("dev", "Independent developer"),
          "developerEmail": case.get("devmail", "dev@example.org"), "smallLogoImage": "$resources.images.logo"}
    if case.get("policy"):
        ls["privacyPolicyUrl"] = case["policy"]
    st = {"defaultLocale": "en" if loc.startswith("en") else loc[:2], "localizedSettings": ls, "projectId": case["id"][4:],
          "category": case.get("gcat", "NEWS_AND_MAGAZINES"), "usesTransactionsApi": False, "usesDigitalPurchaseApi": False,
          "usesInteractiveCanvas": False, "designedForFamily": bool(case.get("child")), "containsAlcoholOrTobaccoContent": False,
          "keepsMicOpen": bool(case.get("keepsMicOpen", False)), "surfaceRequirements": {"minimumRequirements": [{"capability": "SPEECH"}]}}
    dump(root + "/sdk/settings/settings.yaml", yml(st))
    dump(root + "/sdk/manifest.yaml", "version: \"1.0\"\n")
    dump(root + "/sdk/actions/actions.yaml", yml({"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "welcome"}}}}))
    dump(root + "/sdk/webhooks/ActionsOnGoogleFulfillment.yaml", yml({"handlers": [{"name": "welcome"}] + [{"name": n.lower()} for n, _, _ in case.get("intents", [])],
                                                                    "httpsEndpoint": {"baseUrl": "https://europe-west1-%s.cloudfunctions.net/fulfillment" % case["id"][4:]}}))
    for name, samples, slots in case.get("intents", []):
        tp = []
        for s in samples:
            for k in slots:
                ex = case.get("slot_examples", {}).get(k, k)
                s = s.replace("{%s}" % k, "($%s '%s' auto=true)" % (k, ex))
            tp.append(s)
        obj = {"trainingPhrases": tp}
        if slots:
            obj["parameters"] = [{"name": k, "type": {"name": v}} for k, v in slots.items()]
        dump(root + "/sdk/custom/intents/%s.yaml" % name, yml(obj))
    for n, vals in case.get("types", {}).items():
        dump(root + "/sdk/custom/types/%s.yaml" % n, yml({"synonym": {"entities": {v.replace(" ", "_"): {"synonyms": [v]} for v in vals}, "matchType": "EXACT_MATCH"}}))
    for sname, sobj in case.get("scenes", {"Main": {"onEnter": {"webhookHandler": "welcome"},
                                                      "intentEvents": [{"intent": n, "handler": {"webhookHandler": n.lower()}} for n, _, _ in case.get("intents", [])]}}).items():
        dump(root + "/sdk/custom/scenes/%s.yaml" % sname, yml(sobj))


def write_sdkv2(case, root):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": case["id"][4:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [case["inv"]]}}}]
    for name, samples, slots in case.get("intents", []):
        qp = []
        for s in samples:
            for k, v in slots.items():
                s = s.replace("{%s}" % k, "$%s:%s" % (v, k))
            qp.append(s)
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": case["id"][4:]},
                     "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in slots.items()],
                                "trigger": {"queryPatterns": qp}}})
    obj = {"locale": case["loc"], "actions": acts, "conversations": {case["id"][4:]: {
        "name": case["id"][4:], "url": "https://%s.example.app/fulfillment" % case["id"][4:], "fulfillmentApiVersion": 2}}}
    if case.get("types"):
        obj["types"] = [{"name": n, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for n, vals in case["types"].items()]
    dump(root + "/action.json", obj)
    meta = {"displayName": case["name"], "pronunciation": case["inv"], "description": case["desc"]}
    if case.get("policy"):
        meta["privacyUrl"] = case["policy"]
    dump(root + "/listing/directory-information.json", meta)


def write_dialogflow(case, root):
    lang = case["loc"].lower()[:2] if not case["loc"].startswith("pt") else "pt-br"
    dump(root + "/agent.json", {"description": case["desc"], "language": lang, "shortDescription": case.get("summary", ""),
                                "examples": "", "linkToDocs": "", "displayName": case["name"], "disableInteractionLogs": False,
                                "googleAssistant": {"googleAssistantCompatible": True, "project": case["id"][4:],
                                                    "welcomeIntentSignInRequired": False, "startIntents": [],
                                                    "systemIntents": [], "endIntentIds": [], "oAuthLinking": {},
                                                    "voiceType": "MALE_1", "capabilities": [], "env": "",
                                                    "protocolVersion": "V2", "autoPreviewEnabled": True, "isDeviceAgent": False},
                                "defaultTimezone": case.get("tz", "Europe/Madrid"), "webhook": {"url": "https://%s.example.app/webhook" % case["id"][4:], "available": True, "useForDomains": False},
                                "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True,
                                "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [],
                                "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": ""})
    dump(root + "/package.json", {"version": "1.0.0"})
    if case.get("policy") or case.get("listing"):
        meta = {"displayName": case["name"], "invocation": case["inv"]}
        if case.get("policy"):
            meta["privacyPolicyUrl"] = case["policy"]
        dump(root + "/actions-console/directory-listing.json", meta)
    for name, samples, slots in [("Default Welcome Intent", [], {})] + case.get("intents", []):
        dump(root + "/intents/%s.json" % name, {"id": uid(case["id"], name), "name": name, "auto": True, "contexts": [],
                                               "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."),
                                                              "affectedContexts": [], "parameters": [
                                                                  {"id": uid(case["id"], name, k), "name": k, "required": False, "dataType": v,
                                                                   "value": "$" + k, "isList": False} for k, v in slots.items()],
                                                              "messages": [], "defaultResponsePlatforms": {}, "speech": []}],
                                               "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False,
                                               "fallbackIntent": False, "events": [{"name": "WELCOME"}] if name.startswith("Default") else []})
        us = []
        for s in samples:
            data = []
            import re
            for part in re.split(r"(\{[^}]+\})", s):
                if not part:
                    continue
                if part.startswith("{"):
                    k = part[1:-1]
                    data.append({"text": case.get("slot_examples", {}).get(k, k), "alias": k, "meta": slots[k], "userDefined": True})
                else:
                    data.append({"text": part, "userDefined": False})
            us.append({"id": uid(case["id"], s), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            dump(root + "/intents/%s_usersays_%s.json" % (name, lang), us)
    for n, vals in case.get("types", {}).items():
        dump(root + "/entities/%s.json" % n, {"id": uid(case["id"], n), "name": n, "isOverridable": True, "isEnum": False,
                                              "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        dump(root + "/entities/%s_entries_%s.json" % (n, lang), [{"value": v, "synonyms": [v]} for v in vals])


def render_case(case, outdir):
    root = os.path.join(outdir, case["id"])
    plat = case.get("plat", "alexa")
    {"alexa": write_alexa_package, "builder": write_builder, "sdkv2": write_sdkv2, "dialogflow": write_dialogflow}[plat](case, root)
    if plat != "alexa":
        for rel, text in case.get("files", {}).items():
            dump(root + "/" + rel, text)
    shapes = []
    for rec in case["recs"]:
        shape, path, turns = rec[:3]
        kw = dict(rec[3]) if len(rec) > 3 else {}
        t0 = kw.pop("t0", None)
        xs = sessions(dict(case, t0=t0, fixed=True) if t0 else case, turns, path)
        gen = SHAPES[shape](case, xs, path, **kw) if kw else SHAPES[shape](case, xs, path)
        for p, obj in gen:
            dump(os.path.join(root, p), obj)
        if shape not in shapes:
            shapes.append(shape)
    return {"categories": sorted(case["labels"]), "locale": case["loc"], "shapes": shapes, "why": case["why"]}
