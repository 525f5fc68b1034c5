"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings.
Only formatting lives here; every sentence, slot, name and label is written in the case files."""
import base64, hashlib, json, os, uuid, datetime
from xml.sax.saxutils import escape as xesc

class T:
    """one turn: intent ('Launch', 'SessionEnded', an intent name), what the skill says, reprompt, end flag"""
    def __init__(self, intent, say="", rep=None, end=None, slots=None, utt=None, card=None, perm=None,
                 directives=None, scene=None, nxt=None, handler=None):
        self.intent, self.say, self.rep, self.end = intent, say, rep, end
        self.slots, self.utt, self.card, self.perm = slots or {}, utt, card, perm
        self.directives, self.scene, self.nxt, self.handler = directives, scene, nxt, handler

CASES = []
def C(**kw):
    CASES.append(kw)
    return kw

def _h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()

def _uuid(*parts):
    return str(uuid.UUID(_h(*parts)[:32]))

def dump(o, indent=2):
    return json.dumps(o, ensure_ascii=False, indent=indent)

LAUNCH = {"en": "open {}", "de": "öffne {}", "es": "abre {}", "fr": "ouvre {}", "it": "apri {}", "ja": "{}を開いて", "pt": "abrir {}"}
STOPW = {"en": "stop", "de": "stopp", "es": "para", "fr": "arrête", "it": "stop", "ja": "やめて", "pt": "parar"}
CANCELW = {"en": "cancel", "de": "abbrechen", "es": "cancela", "fr": "annule", "it": "annulla", "ja": "キャンセル", "pt": "cancelar"}
HELPW = {"en": "help", "de": "hilfe", "es": "ayuda", "fr": "aide", "it": "aiuto", "ja": "ヘルプ", "pt": "ajuda"}
YESW = {"en": "yes", "de": "ja", "es": "sí", "fr": "oui", "it": "sì", "ja": "はい", "pt": "sim"}
NOW = {"en": "no", "de": "nein", "es": "no", "fr": "non", "it": "no", "ja": "いいえ", "pt": "não"}

def utterance(case, t):
    lang = case["locale"][:2]
    if t.utt is not None:
        return t.utt
    if t.intent in ("Launch", "actions.intent.MAIN", "Default Welcome Intent", "main"):
        return LAUNCH[lang].format(case["inv"])
    for k, w in (("Stop", STOPW), ("Cancel", CANCELW), ("Help", HELPW), ("Yes", YESW), ("No", NOW)):
        if t.intent in ("AMAZON.%sIntent" % k,):
            return w[lang]
    for name, slots, samples in case.get("intents", []):
        if name == t.intent and samples:
            s = samples[0]
            for k, v in t.slots.items():
                s = s.replace("{%s}" % k, v)
            return s
    return t.intent

def ssml(text):
    if text is None:
        return None
    return text if text.strip().startswith("<speak>") else "<speak>%s</speak>" % text

def plain(text):
    import re
    return re.sub(r"<[^>]+>", "", text or "").strip()

# ---------------------------------------------------------------- sessions -> request/response pairs
def _ts(base, i):
    d = datetime.datetime.fromisoformat(base) + datetime.timedelta(seconds=9 * i + (i * i) % 7)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")

def alexa_pairs(case, sessions, date, tag):
    out, k = [], 0
    app = "amzn1.ask.skill." + _uuid(case["id"], "app")
    user = "amzn1.ask.account." + _h(case["id"], "user").upper()[:40]
    dev = "amzn1.ask.device." + _h(case["id"], "dev").upper()[:40]
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + _uuid(case["id"], tag, si)
        attrs = {}
        for ti, t in enumerate(sess):
            rid = "amzn1.echo-api.request." + _uuid(case["id"], tag, si, ti)
            ts = _ts(date, k); k += 1
            if t.intent == "Launch":
                r = {"type": "LaunchRequest", "requestId": rid, "locale": case["locale"], "timestamp": ts}
            elif t.intent == "SessionEnded":
                r = {"type": "SessionEndedRequest", "requestId": rid, "locale": case["locale"], "timestamp": ts, "reason": "USER_INITIATED"}
            else:
                intent = {"name": t.intent, "confirmationStatus": "NONE"}
                if t.slots:
                    intent["slots"] = {n: {"name": n, "value": v, "confirmationStatus": "NONE", "source": "USER"} for n, v in t.slots.items()}
                r = {"type": "IntentRequest", "requestId": rid, "locale": case["locale"], "timestamp": ts, "intent": intent}
            sysctx = {"application": {"applicationId": app}, "user": {"userId": user},
                      "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}} if case.get("audio") else {}},
                      "apiEndpoint": "https://api.eu.amazonalexa.com" if case["locale"][:2] in ("de", "es", "fr", "it", "en") and case["locale"] != "en-US" else ("https://api.fe.amazonalexa.com" if case["locale"] == "ja-JP" else "https://api.amazonalexa.com"),
                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}
            if case.get("linked"):
                sysctx["user"]["accessToken"] = "Atza|REDACTED"
            session = {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user}}
            if ti > 0:
                session["attributes"] = attrs
            req = {"version": "1.0", "session": session, "context": {"System": sysctx}, "request": r}
            resp_body = {}
            if t.intent != "SessionEnded":
                if case.get("plain"):
                    resp_body["outputSpeech"] = {"type": "PlainText", "text": t.say}
                else:
                    resp_body["outputSpeech"] = {"type": "SSML", "ssml": ssml(t.say)}
                if t.card:
                    if t.card[0] == "perm":
                        resp_body["card"] = {"type": "AskForPermissionsConsent", "permissions": t.card[1]}
                    elif t.card[0] == "link":
                        resp_body["card"] = {"type": "LinkAccount"}
                    else:
                        resp_body["card"] = {"type": "Simple", "title": t.card[0], "content": t.card[1]}
                if t.rep is not None:
                    resp_body["reprompt"] = {"outputSpeech": {"type": "PlainText", "text": t.rep} if case.get("plain") else {"type": "SSML", "ssml": ssml(t.rep)}}
                if t.directives:
                    resp_body["directives"] = t.directives
                if t.end is not None:
                    resp_body["shouldEndSession"] = t.end
            resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": case.get("ua", "ask-node/2.14.0 Node/v18.18.2"), "response": resp_body}
            if t.intent == "SessionEnded":
                resp = {"version": "1.0", "response": {}}
            out.append({"req": req, "resp": resp, "utt": utterance(case, t), "t": t, "ts": ts, "sid": sid, "rid": rid, "n": ti})
    return out

def google_pairs(case, sessions, date, tag):
    out, k, plat = [], 0, case["platform"]
    lang = case["locale"]
    for si, sess in enumerate(sessions):
        sid = _h(case["id"], tag, si)[:24].upper()
        for ti, t in enumerate(sess):
            ts = _ts(date, k); k += 1
            u = utterance(case, t)
            if plat == "builder":
                req = {"handler": {"name": t.handler or t.intent}, "intent": {"name": t.intent, "params": {n: {"original": v, "resolved": v} for n, v in t.slots.items()}, "query": u},
                       "scene": {"name": t.scene or "Main", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                       "session": {"id": "ABwppHE" + sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                       "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": ts},
                       "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": case.get("tz", "Europe/Paris"), "version": ""}}}
                resp = {"session": {"id": "ABwppHE" + sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t.say, "text": plain(t.say)}}}
                if t.card:
                    resp["prompt"]["content"] = {"card": {"title": t.card[0], "text": t.card[1]}}
                sc = {"name": t.scene or "Main", "slots": {}}
                if t.end:
                    sc["next"] = {"name": "actions.scene.END_CONVERSATION"}
                elif t.nxt:
                    sc["next"] = {"name": t.nxt}
                resp["scene"] = sc
            elif plat == "sdkv2":
                intent = "actions.intent.MAIN" if t.intent == "Launch" else t.intent
                inp = {"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": u}]}
                if t.slots:
                    inp["arguments"] = [{"name": n, "rawText": v, "textValue": v} for n, v in t.slots.items()]
                req = {"user": {"userId": "ABwppHG" + _h(case["id"], "u")[:20], "locale": lang, "lastSeen": ts, "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": sid, "type": "NEW" if ti == 0 else "ACTIVE", **({} if ti == 0 else {"conversationToken": "[]"})},
                       "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                       "isInSandbox": True, "availableSurfaces": []}
                items = [{"simpleResponse": {"textToSpeech": t.say, "displayText": plain(t.say)}}]
                if t.card:
                    items.append({"basicCard": {"title": t.card[0], "formattedText": t.card[1]}})
                if t.end:
                    resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
                else:
                    ip = {"richInitialPrompt": {"items": items}}
                    if t.rep is not None:
                        ip["noInputPrompts"] = [{"textToSpeech": r} for r in (t.rep if isinstance(t.rep, list) else [t.rep])]
                    pi = [{"intent": "actions.intent.TEXT"}]
                    if t.perm:
                        pi = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.perm[0], "permissions": t.perm[1]}}]
                    resp = {"expectUserResponse": True, "conversationToken": "[]", "expectedInputs": [{"inputPrompt": ip, "possibleIntents": pi}]}
            else:  # dialogflow
                proj = case["project"]
                intent = "Default Welcome Intent" if t.intent == "Launch" else t.intent
                req = {"responseId": _uuid(case["id"], tag, si, ti) + "-" + _h(ts)[:8], "session": "projects/%s/agent/sessions/%s" % (proj, sid),
                       "queryResult": {"queryText": "GOOGLE_ASSISTANT_WELCOME" if t.intent == "Launch" else u, "parameters": dict(t.slots), "allRequiredParamsPresent": True,
                                       "outputContexts": [{"name": "projects/%s/agent/sessions/%s/contexts/actions_capability_audio_output" % (proj, sid)}],
                                       "intent": {"name": "projects/%s/agent/intents/%s" % (proj, _uuid(case["id"], intent)), "displayName": intent},
                                       "intentDetectionConfidence": 1, "languageCode": lang.lower() if lang[:2] != "pt" else "pt-br"},
                       "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                           "user": {"locale": lang, "userVerificationStatus": "VERIFIED"},
                           "conversation": {"conversationId": sid, "type": "NEW" if ti == 0 else "ACTIVE"},
                           "inputs": [{"intent": "actions.intent.MAIN" if t.intent == "Launch" else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": u}]}],
                           "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}}}
                g = {"expectUserResponse": not t.end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.say}}]}}
                if t.card:
                    g["richResponse"]["items"].append({"basicCard": {"title": t.card[0], "formattedText": t.card[1]}})
                if t.rep is not None and not t.end:
                    g["noInputPrompts"] = [{"textToSpeech": t.rep}]
                if t.perm:
                    g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.perm[0], "permissions": t.perm[1]}}
                resp = {"fulfillmentText": plain(t.say), "payload": {"google": g}}
            out.append({"req": req, "resp": resp, "utt": u, "t": t, "ts": ts, "sid": sid, "rid": _uuid(case["id"], tag, si, ti), "n": ti})
    return out

# ---------------------------------------------------------------- shapes
def endpoint(case):
    return case.get("endpoint") or "arn:aws:lambda:%s:%s:function:%s" % (
        {"ja": "us-west-2"}.get(case["locale"][:2], "eu-west-1" if case["locale"] not in ("en-US", "es-MX", "pt-BR", "fr-CA") else "us-east-1"),
        str(int(_h(case["id"], "acct"), 16))[:12], case["id"].split("-", 1)[1])

def sh_envelope(case, pairs, path):
    files = {}
    for i, p in enumerate(pairs):
        name = path.format(i=i + 1, n=i + 1, intent=p["t"].intent.replace("AMAZON.", "").replace(".", "_"))
        files[name] = dump(p["resp"])
    return files

def sh_pairs_jsonl(case, pairs, path):
    return {path: "".join(json.dumps({"request": p["req"], "response": p["resp"]}, ensure_ascii=False) + "\n" for p in pairs)}

def sh_pairs_array(case, pairs, path):
    return {path: dump([{"request": p["req"], "response": p["resp"]} for p in pairs])}

def _speech_caption(p):
    sp = p["resp"].get("response", {}).get("outputSpeech") or {}
    return plain(sp.get("ssml") or sp.get("text") or "")

def sh_smapi_sim(case, pairs, path):
    files = {}
    for i, p in enumerate(pairs):
        o = {"id": _uuid(case["id"], "sim", i), "status": "SUCCESSFUL", "result": {
            "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _speech_caption(p)}}],
                                   "consideredIntents": [{"name": p["t"].intent if p["t"].intent != "Launch" else "<IntentForDifferentSkill>", "confirmationStatus": "NONE", "slots": {}}]},
            "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": endpoint(case), "body": p["req"]},
                                                    "invocationResponse": {"body": p["resp"]},
                                                    "metrics": {"skillExecutionTimeInMilliseconds": 40 + (i * 37) % 200}}]},
            "error": None}}
        files[path.format(i=i + 1, n=i + 1, intent=p["t"].intent.replace("AMAZON.", ""))] = dump(o)
    return files

def sh_smapi_inv(case, pairs, path):
    files = {}
    for i, p in enumerate(pairs):
        o = {"id": _uuid(case["id"], "inv", i), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
            "invocationRequest": {"endpoint": endpoint(case), "body": p["req"]}, "invocationResponse": {"body": p["resp"]},
            "metrics": {"skillExecutionTimeInMilliseconds": 55 + (i * 13) % 90}}, "error": None}}
        files[path.format(i=i + 1, n=i + 1, intent=p["t"].intent.replace("AMAZON.", ""))] = dump(o)
    return files

def sh_ask_dialog(case, pairs, path):
    # path = "dir/name" -> dir/name.replay.json + dir/name.output.txt
    replay = {"skillId": pairs[0]["req"]["session"]["application"]["applicationId"], "locale": case["locale"], "type": "text", "userInput": [p["utt"] for p in pairs if p["t"].intent != "SessionEnded"]}
    lines = []
    for p in pairs:
        if p["t"].intent == "SessionEnded":
            continue
        lines.append("User  > " + p["utt"])
        r = p["resp"]["response"]
        lines.append("Alexa > " + _speech_caption(p))
    return {path + ".replay.json": dump(replay), path + ".output.txt": "\n".join(lines) + "\n"}

def sh_cw_text(case, pairs, path, kw=("Request: ", "Response: "), py=False):
    lines = []
    for i, p in enumerate(pairs):
        rid = _uuid(case["id"], "lam", i)
        t = p["ts"].replace("Z", ".%03dZ" % (100 + i * 7))
        t2 = p["ts"].replace("Z", ".%03dZ" % (300 + i * 11))
        lines.append("START RequestId: %s Version: $LATEST" % rid)
        if py:
            lines.append("[INFO]\t%s\t%s\t%s%s" % (t, rid, kw[0], json.dumps(p["req"], ensure_ascii=False)))
            lines.append("[INFO]\t%s\t%s\t%s%s" % (t2, rid, kw[1], json.dumps(p["resp"], ensure_ascii=False)))
        else:
            lines.append("%s\t%s\tINFO\t%s%s" % (t, rid, kw[0], json.dumps(p["req"], ensure_ascii=False)))
            lines.append("%s\t%s\tINFO\t%s%s" % (t2, rid, kw[1], json.dumps(p["resp"], ensure_ascii=False)))
        lines.append("END RequestId: %s" % rid)
        lines.append("REPORT RequestId: %s\tDuration: %d.%02d ms\tBilled Duration: %d ms\tMemory Size: 256 MB\tMax Memory Used: %d MB" % (rid, 40 + i * 9, i * 7 % 100, 41 + i * 9, 71 + i % 5))
    return {path: "\n".join(lines) + "\n"}

def sh_cw_json(case, pairs, path):
    ev = []
    stream = "2024/%s/[$LATEST]%s" % (pairs[0]["ts"][5:10].replace("-", "/"), _h(case["id"], "stream")[:32])
    for i, p in enumerate(pairs):
        rid = _uuid(case["id"], "lam", i)
        ms = int(datetime.datetime.strptime(p["ts"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        for j, (kw, body) in enumerate((("Request: ", p["req"]), ("Response: ", p["resp"]))):
            ev.append({"logStreamName": stream, "timestamp": ms + j * 90, "message": "%s\t%s\tINFO\t%s%s\n" % (p["ts"], rid, kw, json.dumps(body, ensure_ascii=False)),
                       "ingestionTime": ms + j * 90 + 1500, "eventId": str(37000000000000000000000000000000000000000000000000000000 + i * 10 + j)})
    return {path: dump({"events": ev, "searchedLogStreams": []})}

def sh_har(case, pairs, path, url=None):
    url = url or case.get("url", "https://%s.execute-api.eu-west-1.amazonaws.com/prod/skill" % _h(case["id"], "api")[:10])
    entries = []
    for p in pairs:
        rq, rs = json.dumps(p["req"], ensure_ascii=False), json.dumps(p["resp"], ensure_ascii=False)
        entries.append({"startedDateTime": p["ts"].replace("Z", ".000Z"), "time": 212.4,
                        "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature", "value": "REDACTED"}],
                                    "queryString": [], "cookies": [], "postData": {"mimeType": "application/json; charset=utf-8", "text": rq}, "headersSize": -1, "bodySize": len(rq.encode())},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                     "content": {"size": len(rs.encode()), "mimeType": "application/json", "text": rs}, "redirectURL": "", "headersSize": -1, "bodySize": len(rs.encode())},
                        "cache": {}, "timings": {"send": 0.2, "wait": 210.9, "receive": 1.3}})
    return {path: dump({"log": {"version": "1.2", "creator": {"name": case.get("har_creator", "Charles Proxy"), "version": "4.6.4"}, "entries": entries}})}

def sh_transcript(case, pairs, path):
    lines = ["# QA run %s  skill=%s  locale=%s" % (pairs[0]["ts"][:10], case["name"], case["locale"])]
    for p in pairs:
        t = p["t"]
        if t.intent == "SessionEnded":
            continue
        ts = p["ts"].replace("T", " ").replace("Z", "")
        lines.append("[%s] USER: %s" % (ts, p["utt"]))
        lines.append("[%s] SKILL: %s" % (ts, plain(t.say)))
        if t.rep is not None:
            lines.append("[%s] REPROMPT: %s" % (ts, t.rep))
        lines.append("session_open=%s" % ("false" if (t.end or (t.end is None and t.rep is None)) else "true"))
    return {path: "\n".join(lines) + "\n"}

def sh_gpairs_array(case, pairs, path):
    return {path: dump([{"request": p["req"], "response": p["resp"]} for p in pairs])}

def sh_gpairs_jsonl(case, pairs, path):
    return sh_pairs_jsonl(case, pairs, path)

# ---- shapes new in this set
def sh_postman(case, pairs, path):
    items = []
    for i, p in enumerate(pairs):
        body = dump(p["req"])
        rq = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
              "body": {"mode": "raw", "raw": body, "options": {"raw": {"language": "json"}}},
              "url": {"raw": "{{skillUrl}}", "host": ["{{skillUrl}}"]}}
        items.append({"name": "%02d %s" % (i + 1, p["t"].intent if p["t"].intent != "Launch" else "LaunchRequest"), "request": rq,
                      "response": [{"name": "saved %s" % p["ts"][:10], "originalRequest": rq, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json; charset=utf-8"}], "cookie": [], "body": dump(p["resp"])}]})
    coll = {"info": {"_postman_id": _uuid(case["id"], "pm"), "name": case["name"] + " – local tests", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "item": items, "variable": [{"key": "skillUrl", "value": case.get("url", "http://localhost:3000/")}]}
    return {path: dump(coll, indent="\t")}

def _pretty(v, ind=0):
    sp = "  " * ind
    if isinstance(v, dict):
        if not v:
            return "Object {}"
        s = "Object {\n"
        for k in sorted(v):
            s += "%s  %s: %s,\n" % (sp, json.dumps(k, ensure_ascii=False), _pretty(v[k], ind + 1))
        return s + sp + "}"
    if isinstance(v, list):
        if not v:
            return "Array []"
        return "Array [\n" + "".join("%s  %s,\n" % (sp, _pretty(x, ind + 1)) for x in v) + sp + "]"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`") + '"'
    return json.dumps(v)

def sh_jest(case, pairs, path):
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    names = []
    for p in pairs:
        t = p["t"]
        base = "%s » %s" % (t.intent if t.intent != "Launch" else "LaunchRequest", p["utt"])
        nm = base
        c = 1
        while nm in names:
            c += 1; nm = base
        names.append(nm)
        k = sum(1 for x in names if x == nm)
        out.append("exports[`%s %d`] = `\n%s\n`;\n" % (nm.replace("`", "\\`"), k, _pretty(p["resp"])))
    return {path: "\n".join(out)}

def sh_ci_log(case, pairs, path):
    d = pairs[0]["ts"][:10]
    def st(i):
        return "%sT%02d:%02d:%02d.%07dZ" % (d, 9, 14 + i // 60, i % 60, 1234567 + i * 4111)
    L, i = [], 0
    for line in ["##[group]Run npm test", "npm test", "shell: /usr/bin/bash -e {0}", "##[endgroup]", "",
                 "> %s@1.0.0 test" % case["id"].split("-", 1)[1], "> mocha --timeout 5000 test/**/*.spec.js", "", "", "  %s handlers" % case["name"]]:
        L.append(st(i) + " " + line); i += 1
    for p in pairs:
        L.append(st(i) + "     [debug] request  " + json.dumps(p["req"], ensure_ascii=False)); i += 1
        L.append(st(i) + "     [debug] response " + json.dumps(p["resp"], ensure_ascii=False)); i += 1
        L.append(st(i) + "     ✔ %s (%dms)" % (p["t"].intent if p["t"].intent != "Launch" else "LaunchRequest", 11 + i)); i += 1
    L.append(st(i) + ""); i += 1
    L.append(st(i) + "  %d passing (%dms)" % (len(pairs), 180 + 7 * len(pairs))); i += 1
    L.append(st(i) + "##[group]Run actions/upload-artifact@v4"); i += 1
    return {path: "\n".join(L) + "\n"}

def sh_junit(case, pairs, path):
    tcs = []
    for i, p in enumerate(pairs):
        name = "test_%02d_%s" % (i + 1, (p["t"].intent if p["t"].intent != "Launch" else "launch").replace("AMAZON.", "").replace(".", "_").lower())
        out = "------------------------------ Captured stdout call ------------------------------\n>>> request\n%s\n<<< response\n%s\n" % (
            json.dumps(p["req"], ensure_ascii=False, indent=1), json.dumps(p["resp"], ensure_ascii=False, indent=1))
        tcs.append('    <testcase classname="tests.test_handlers" name="%s" time="0.%03d">\n      <system-out>%s</system-out>\n    </testcase>' % (name, 12 + i * 5, xesc(out)))
    x = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="%d" time="0.%d" timestamp="%s" hostname="runner">\n%s\n  </testsuite>\n</testsuites>\n' % (
        len(pairs), 400 + len(pairs), pairs[0]["ts"][:19], "\n".join(tcs))
    return {path: x}

def sh_ngrok(case, pairs, path):
    reqs = []
    host = case.get("ngrok_host", "%s.ngrok-free.app" % _h(case["id"], "ng")[:12])
    for i, p in enumerate(pairs):
        rb, sb = json.dumps(p["req"], ensure_ascii=False).encode(), json.dumps(p["resp"], ensure_ascii=False).encode()
        rq_raw = ("POST / HTTP/1.1\r\nHost: %s\r\nUser-Agent: Apache-HttpClient/UNAVAILABLE (Java/1.8.0_412)\r\nContent-Length: %d\r\nContent-Type: application/json; charset=utf-8\r\nSignature: REDACTED\r\nSignaturecertchainurl: https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem\r\nX-Forwarded-For: 54.240.197.%d\r\nX-Forwarded-Proto: https\r\n\r\n" % (host, len(rb), 10 + i)).encode() + rb
        rs_raw = ("HTTP/1.1 200 OK\r\nContent-Length: %d\r\nContent-Type: application/json; charset=utf-8\r\nDate: %s\r\nX-Powered-By: Express\r\n\r\n" % (len(sb), p["ts"])).encode() + sb
        rid = "airt_" + _h(case["id"], "ng", i)[:27]
        reqs.append({"uri": "/api/requests/http/" + rid, "id": rid, "tunnel_name": "command_line", "remote_addr": "54.240.197.%d" % (10 + i),
                     "start": p["ts"].replace("Z", "+00:00"), "duration": 48211000 + i * 1000,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"], "Content-Length": [str(len(rb))]}, "uri": "/", "raw": base64.b64encode(rq_raw).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "raw": base64.b64encode(rs_raw).decode()}})
    reqs.reverse()  # the inspector API lists the newest first
    return {path: dump({"requests": reqs, "uri": "/api/requests/http"})}

def sh_ipynb(case, pairs, path):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# %s – manual session replay\n" % case["name"], "Replays the saved requests against the dev endpoint and prints what came back.\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["import json, requests\n", "URL = 'http://localhost:5000/alexa'\n", "def send(body):\n", "    return requests.post(URL, json=body).json()"]}]
    for i, p in enumerate(pairs):
        cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {}, "source": ["req = load_req(%r)\n" % ("turn_%02d" % (i + 1)), "print(json.dumps(req, ensure_ascii=False))\n", "print(json.dumps(send(req), ensure_ascii=False, indent=1))"],
                      "outputs": [{"name": "stdout", "output_type": "stream", "text": [json.dumps(p["req"], ensure_ascii=False) + "\n"] + [l + "\n" for l in json.dumps(p["resp"], ensure_ascii=False, indent=1).split("\n")]}]})
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}, "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    return {path: dump(nb, indent=1)}

SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array, "smapi-simulation": sh_smapi_sim,
          "smapi-invocation": sh_smapi_inv, "ask-dialog": sh_ask_dialog, "cloudwatch-text": sh_cw_text,
          "cloudwatch-text-py": lambda c, p, path: sh_cw_text(c, p, path, py=True),
          "cloudwatch-text-env": lambda c, p, path: sh_cw_text(c, p, path, kw=("Request Envelope: ", "Response Envelope: ")),
          "cloudwatch-json": sh_cw_json, "har": sh_har, "transcript": sh_transcript,
          "gactions-conversation": sh_gpairs_array, "dialogflow-webhook": sh_gpairs_array, "gactions-scene": sh_gpairs_jsonl,
          "postman-collection": sh_postman, "jest-snapshot": sh_jest, "ci-log": sh_ci_log, "junit-xml": sh_junit,
          "ngrok-inspect": sh_ngrok, "ipynb": sh_ipynb}
LABEL_SHAPE = {"cloudwatch-text-py": "cloudwatch-text", "cloudwatch-text-env": "cloudwatch-text"}

# ---------------------------------------------------------------- projects
def alexa_project(case):
    files = {}
    loc = case["locale"]
    locales = {loc: {"summary": case.get("summary", case["desc"][:120]), "examplePhrases": case.get("examples") or [
        "Alexa, " + LAUNCH[loc[:2]].format(case["inv"])], "name": case["name"], "description": case["desc"],
        "keywords": case.get("keywords", []),
        "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON?versionId=s" % _h(case["id"])[:4],
        "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON_LARGE?versionId=l" % _h(case["id"])[:4]}}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(case.get("perms")), "isChildDirected": bool(case.get("child")),
          "isExportCompliant": True, "containsAds": False}
    if case.get("policy"):
        pc["locales"] = {loc: {"privacyPolicyUrl": case["policy"], **({"termsOfUseUrl": case["terms"]} if case.get("terms") else {})}}
    man = {"publishingInformation": {"locales": locales, "isAvailableWorldwide": False, "testingInstructions": case.get("testing", "n/a"),
                                     "category": case.get("category", "GAMES"), "distributionCountries": case.get("countries", [loc[3:]]),
                                     "automaticDistribution": {"isActive": False}},
           "apis": {"custom": {"endpoint": {"uri": endpoint(case)}, **({"interfaces": [{"type": "AUDIO_PLAYER"}]} if case.get("audio") else {})}},
           "manifestVersion": "1.0", "privacyAndCompliance": pc}
    if case.get("perms"):
        man["permissions"] = [{"name": p} for p in case["perms"]]
    files["skill-package/skill.json"] = dump({"manifest": man})
    for l in [loc] + case.get("extra_locales", []):
        model = {"interactionModel": {"languageModel": {"invocationName": case["inv"], "intents": [
            {"name": n, "slots": [{"name": s, "type": ty} for s, ty in sl], "samples": sa} if sl else {"name": n, "samples": sa}
            for n, sl, sa in case.get("intents", [])] + [{"name": b, "samples": []} for b in case.get("builtins", ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"])],
            "types": [{"name": tn, "values": [{"name": {"value": v}} for v in vals]} for tn, vals in case.get("types", [])]}}}
        files["skill-package/interactionModels/custom/%s.json" % l] = dump(model)
    if case.get("linked"):
        files["skill-package/accountLinking.json"] = dump({"accountLinkingRequest": {"type": "AUTH_CODE", "authorizationUrl": case["linked"] + "/oauth/authorize",
            "accessTokenUrl": case["linked"] + "/oauth/token", "clientId": "alexa-skill", "scopes": ["accounts.read"], "domains": [], "accessTokenScheme": "HTTP_BASIC", "skipOnEnablement": False}})
    files["ask-resources.json"] = dump({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"userConfig": {"runtime": "nodejs18.x" if not case.get("python") else "python3.11", "handler": "index.handler" if not case.get("python") else "lambda_function.lambda_handler", "awsRegion": "eu-west-1"}, "type": "@ask-cli/lambda-deployer"}}}})
    return files

def _yaml_str(s):
    return json.dumps(s, ensure_ascii=False)

def builder_project(case):
    f = {}
    loc = case["locale"]
    ls = ["localizedSettings:", "  developerEmail: %s" % case.get("dev_email", "dev@example.com"), "  developerName: %s" % _yaml_str(case.get("dev", "Indie Dev")),
          "  displayName: %s" % _yaml_str(case["name"]), "  fullDescription: %s" % _yaml_str(case["desc"]),
          "  largeBannerImage: $resources.images.banner", "  pronunciation: %s" % _yaml_str(case["inv"]),
          "  sampleInvocations:"] + ["  - %s" % _yaml_str(x) for x in case.get("examples", [case["inv"]])] + [
          "  shortDescription: %s" % _yaml_str(case.get("summary", case["desc"][:80])), "  smallLogoImage: $resources.images.logo"]
    if case.get("policy"):
        ls.append("  privacyPolicyUrl: %s" % case["policy"])
    f["sdk/settings/settings.yaml"] = "\n".join(["accountLinking:", "  enableAccountCreation: false", "  linkingType: %s" % ("OAUTH" if case.get("linked") else "LINKING_TYPE_UNSPECIFIED"),
        "category: %s" % case.get("category", "GAMES_AND_TRIVIA"), "defaultLocale: %s" % (loc[:2] if loc[:2] != "pt" else "pt-BR"),
        "projectId: %s" % case["project"]] + ls + ["usesInteractiveCanvas: false", "usesTransactionsApi: false"]) + "\n"
    f["sdk/manifest.yaml"] = "version: \"1.0\"\n"
    f["sdk/webhooks/ActionsOnGoogleFulfillment.yaml"] = "handlers:\n" + "".join("- name: %s\n" % h for h in case.get("handlers", ["welcome"])) + "httpsEndpoint:\n  baseUrl: %s\n" % case.get("url", "https://europe-west1-%s.cloudfunctions.net/fulfillment" % case["project"])
    for n, sl, sa in case.get("intents", []):
        y = []
        if sl:
            y.append("parameters:")
            for s, ty in sl:
                y += ["- name: %s" % s, "  type:", "    name: %s" % ty]
        y.append("trainingPhrases:")
        for s in sa:
            import re
            y.append("- %s" % _yaml_str(re.sub(r"\{(\w+)\}", lambda m: "($%s %s auto=true)" % (m.group(1), _yaml_str(case.get("slot_examples", {}).get(m.group(1), m.group(1)))), s)))
        f["sdk/custom/intents/%s.yaml" % n] = "\n".join(y) + "\n"
    for tn, vals in case.get("types", []):
        if vals == "FREE":
            f["sdk/custom/types/%s.yaml" % tn] = "freeText: {}\n"
        else:
            f["sdk/custom/types/%s.yaml" % tn] = "synonym:\n  entities:\n" + "".join("    %s:\n      synonyms:\n      - %s\n" % (_yaml_str(v), _yaml_str(v)) for v in vals) + "  matchType: EXACT_MATCH\n"
    for path, text in case.get("scenes", {}).items():
        f["sdk/custom/" + path] = text
    return f

def sdkv2_project(case):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": case["project"]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": case.get("examples", ["talk to " + case["inv"]])}}}]
    for n, sl, sa in case.get("intents", []):
        import re
        acts.append({"description": n, "name": n.split(".")[-1].upper(), "fulfillment": {"conversationName": case["project"]},
                     "intent": {"name": n, "parameters": [{"name": s, "type": ty} for s, ty in sl],
                                "trigger": {"queryPatterns": [re.sub(r"\{(\w+)\}", lambda m: "$%s:%s" % (dict(sl)[m.group(1)], m.group(1)), s) for s in sa]}}})
    a = {"actions": acts, "conversations": {case["project"]: {"name": case["project"], "url": case.get("url", "https://us-central1-%s.cloudfunctions.net/app" % case["project"]), "fulfillmentApiVersion": 2}},
         "locale": case["locale"][:2] if case["locale"][:2] not in ("es", "pt") else case["locale"]}
    if case.get("types"):
        a["types"] = [{"name": tn, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for tn, vals in case["types"]]
    return {"action.json": dump(a)}

def dialogflow_project(case):
    import re
    lang = case["locale"][:2] if case["locale"][:2] != "pt" else "pt-br"
    f = {"package.json": dump({"version": "1.0.0"}),
         "agent.json": dump({"displayName": case["name"], "description": case["desc"], "language": lang, "shortDescription": case.get("summary", ""), "examples": "",
                             "linkToDocs": "", "disableInteractionLogs": False, "disableStackdriverLogs": True,
                             "googleAssistant": {"googleAssistantCompatible": True, "project": case["project"], "welcomeIntentSignInRequired": False, "startIntents": [],
                                                 "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": case.get("policy", ""), "grantType": "AUTH_CODE_GRANT"},
                                                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
                             "defaultTimezone": case.get("tz", "Europe/Paris"), "webhook": {"url": case.get("url", "https://europe-west1-%s.cloudfunctions.net/dialogflowFirebaseFulfillment" % case["project"]),
                             "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True, "onePlatformApiVersion": "v2",
                             "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False})}
    for n, sl, sa in [("Default Welcome Intent", [], [])] + case.get("intents", []):
        f["intents/%s.json" % n] = dump({"id": _uuid(case["id"], n), "name": n, "auto": True, "contexts": [],
            "responses": [{"resetContexts": False, "action": "input.welcome" if n.startswith("Default Welcome") else "", "affectedContexts": [],
                           "parameters": [{"id": _uuid(case["id"], n, s), "name": s, "required": False, "dataType": ty, "value": "$" + s, "isList": False} for s, ty in sl],
                           "messages": [{"type": "0", "lang": lang, "condition": "", "speech": []}], "speech": []}],
            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}, {"name": "GOOGLE_ASSISTANT_WELCOME"}] if n.startswith("Default Welcome") else []})
        if sa:
            us = []
            for s in sa:
                parts = re.split(r"(\{\w+\})", s)
                data = []
                for p in parts:
                    if not p:
                        continue
                    m = re.fullmatch(r"\{(\w+)\}", p)
                    if m:
                        data.append({"text": case.get("slot_examples", {}).get(m.group(1), m.group(1)), "alias": m.group(1), "meta": dict(sl)[m.group(1)], "userDefined": True})
                    else:
                        data.append({"text": p, "userDefined": False})
                us.append({"id": _uuid(case["id"], n, s), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            f["intents/%s_usersays_%s.json" % (n, lang)] = dump(us)
    for tn, vals in case.get("types", []):
        f["entities/%s.json" % tn] = dump({"id": _uuid(case["id"], tn), "name": tn, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        f["entities/%s_entries_%s.json" % (tn, lang)] = dump([{"value": v, "synonyms": [v]} for v in vals])
    return f

def render_case(case, outdir):
    plat = case.get("platform", "alexa")
    files = {"alexa": alexa_project, "builder": builder_project, "sdkv2": sdkv2_project, "dialogflow": dialogflow_project}[plat](case)
    shapes = []
    for ri, rec in enumerate(case["recs"]):
        path, shape, sessions = rec[0], rec[1], rec[2]
        date = rec[3] if len(rec) > 3 else case.get("date", "2024-05-14T18:02:00")
        pairs = (alexa_pairs if plat == "alexa" else google_pairs)(case, sessions, date, "r%d" % ri)
        files.update(SHAPES[shape](case, pairs, path))
        s = LABEL_SHAPE.get(shape, shape)
        if s not in shapes:
            shapes.append(s)
        gs = {"builder": "gactions-scene", "sdkv2": "gactions-conversation", "dialogflow": "dialogflow-webhook"}.get(plat)
        if gs and gs not in shapes:
            shapes.append(gs)
    files.update(case.get("files", {}))
    for p, text in files.items():
        full = os.path.join(outdir, case["id"], p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)
    return {"categories": sorted(case["cats"]), "locale": case["locale"], "shapes": shapes, "why": case["why"]}
