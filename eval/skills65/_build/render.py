"""Turns the hand-written case descriptions (cases_*.py) into project files and recordings.
A case is a dict made with C(); its conversations are lists of sessions made of T() turns."""
import csv, hashlib, io, json, os, uuid, datetime

def C(**kw):
    kw.setdefault("platform", "alexa")
    kw.setdefault("perms", [])
    kw.setdefault("policy", None)
    kw.setdefault("child", False)
    kw.setdefault("intents", [])
    kw.setdefault("types", {})
    kw.setdefault("extra_files", {})
    kw.setdefault("category", "EDUCATION_AND_REFERENCE")
    return kw

def T(user, intent, say, rep=None, end=False, slots=None, card=None, directives=None):
    """one turn: user words, intent (or 'Launch'), speech, reprompt (None = none), end:
    True / False / None (absent)."""
    return dict(user=user, intent=intent, say=say, rep=rep, end=end, slots=slots or {}, card=card,
                directives=directives)

def R(shape, path, sessions, start=None, **kw):
    d = dict(shape=shape, path=path, sessions=sessions, start=start)
    d.update(kw)
    return d

# ---------------------------------------------------------------- helpers
def _h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()

def _uuid(*parts):
    return str(uuid.UUID(_h(*parts)[:32]))

def _w(root, rel, data):
    p = os.path.join(root, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    with open(p, "w", encoding="utf-8") as f:
        f.write(data)

def _ssml(s):
    if s is None:
        return None
    return s if s.strip().startswith("<speak>") else "<speak>" + s + "</speak>"

def _ts(case, rec_i, n, start):
    base = datetime.datetime.fromisoformat(start) if start else \
        datetime.datetime(2024, 1, 8, 8, 0) + datetime.timedelta(days=int(_h(case["id"])[:4], 16) % 200,
                                                                minutes=int(_h(case["id"])[4:6], 16))
    return base + datetime.timedelta(seconds=9 * n + 1)

def _iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")

# ---------------------------------------------------------------- Alexa envelopes
def alexa_pairs(case, ri, rec):
    """yield (turn, request envelope, response envelope, timestamp)"""
    loc = case.get("rec_locale", case["locale"])
    app = "amzn1.ask.skill." + _uuid(case["id"], "app")
    user = "amzn1.ask.account." + _h(case["id"], "user").upper()[:40]
    dev = "amzn1.ask.device." + _h(case["id"], "dev").upper()[:40]
    n = 0
    out = []
    for si, sess in enumerate(rec["sessions"]):
        sid = "amzn1.echo-api.session." + _uuid(case["id"], ri, si)
        for ti, t in enumerate(sess):
            ts = _ts(case, ri, n, rec["start"])
            sys_ = {"application": {"applicationId": app}, "user": {"userId": user},
                    "device": {"deviceId": dev, "supportedInterfaces": {}},
                    "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[:2] in "de fr it es".split() else
                    ("https://api.fe.amazonalexa.com" if loc == "ja-JP" else "https://api.amazonalexa.com"),
                    "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
            session = {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                       "user": {"userId": user}}
            if ti:
                session["attributes"] = {}
            rid = "amzn1.echo-api.request." + _uuid(case["id"], ri, si, ti)
            if t["intent"] == "Launch":
                r = {"type": "LaunchRequest", "requestId": rid, "locale": loc, "timestamp": _iso(ts)}
            else:
                slots = {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                         for k, v in t["slots"].items()}
                r = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": _iso(ts),
                     "intent": {"name": t["intent"], "confirmationStatus": "NONE", "slots": slots}}
            req = {"version": "1.0", "session": session, "context": {"System": sys_}, "request": r}
            resp = {"outputSpeech": {"type": "SSML", "ssml": _ssml(t["say"])}}
            if t["card"]:
                resp["card"] = t["card"]
            if t["rep"] is not None:
                resp["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": _ssml(t["rep"])}}
            if t["directives"]:
                resp["directives"] = t["directives"]
            if t["end"] is not None:
                resp["shouldEndSession"] = t["end"]
            env = {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2",
                   "response": resp}
            out.append((t, req, env, ts))
            n += 1
    return out

def _fmt_path(path, i):
    return path.replace("{n}", "%02d" % (i + 1)).replace("{nnn}", "%03d" % (i + 1))

def shape_alexa(case, ri, rec, root):
    sh, path = rec["shape"], rec["path"]
    pairs = alexa_pairs(case, ri, rec)
    lam = "/aws/lambda/" + case["id"][4:]
    if sh == "envelope":
        for i, (t, rq, rs, ts) in enumerate(pairs):
            _w(root, _fmt_path(path, i), rs)
    elif sh == "pairs-jsonl":
        _w(root, path, "".join(json.dumps({"request": rq, "response": rs}, ensure_ascii=False) + "\n"
                               for t, rq, rs, ts in pairs))
    elif sh == "pairs-array":
        _w(root, path, [{"request": rq, "response": rs} for t, rq, rs, ts in pairs])
    elif sh in ("smapi-simulation", "smapi-invocation"):
        for i, (t, rq, rs, ts) in enumerate(pairs):
            inv = {"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:4410" + _h(case["id"])[:8] + ":function:" + case["id"][4:],
                                         "body": rq},
                   "invocationResponse": {"body": rs}}
            sid = _uuid(case["id"], "sim", ri, i)
            if sh == "smapi-simulation":
                doc = {"id": sid, "status": "SUCCESSFUL", "result": {
                    "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": t["say"]}}],
                                           "consideredIntents": [] if t["intent"] == "Launch" else [{"name": t["intent"], "confirmationStatus": "NONE", "slots": {}}]},
                    "skillExecutionInfo": {"invocations": [inv]}, "error": None}}
            else:
                inv["metrics"] = {"skillExecutionTimeInMilliseconds": 140 + i * 7}
                doc = {"id": sid, "status": "SUCCESSFUL", "result": {"skillExecutionInfo": inv, "error": None}}
            _w(root, _fmt_path(path, i), doc)
    elif sh == "ask-dialog":
        d = os.path.dirname(path)
        base = os.path.basename(path)
        _w(root, os.path.join(d, base + ".replay.json"),
           {"skillId": "amzn1.ask.skill." + _uuid(case["id"], "app"), "locale": case["locale"], "type": "text",
            "userInput": [t["user"] for t, *_ in pairs]})
        if rec.get("text_record"):
            lines = []
            for t, rq, rs, ts in pairs:
                lines.append("User  > " + t["user"])
                lines.append("Alexa > " + t["say"])
            _w(root, os.path.join(d, base + ".record.txt"), "\n".join(lines) + "\n")
        else:
            _w(root, os.path.join(d, base + ".output.json"),
               [{"utterance": t["user"], "invocations": [{"invocationRequest": {"body": rq}, "invocationResponse": {"body": rs}}]}
                for t, rq, rs, ts in pairs])
    elif sh == "cloudwatch-text":
        lines = []
        py = rec.get("python")
        for t, rq, rs, ts in pairs:
            rqid = _uuid(case["id"], "lam", rq["request"]["requestId"])
            stamp = ts.strftime("%Y-%m-%dT%H:%M:%S.120Z")
            lines.append("START RequestId: %s Version: $LATEST" % rqid)
            if py:
                lines.append("[INFO]\t%s\t%s\tRequest: %s" % (stamp, rqid, json.dumps(rq, ensure_ascii=False)))
                lines.append("[INFO]\t%s\t%s\tResponse: %s" % (stamp, rqid, json.dumps(rs, ensure_ascii=False)))
            else:
                lines.append("%s\t%s\tINFO\tRequest: %s" % (stamp, rqid, json.dumps(rq, ensure_ascii=False)))
                lines.append("%s\t%s\tINFO\tResponse: %s" % (stamp, rqid, json.dumps(rs, ensure_ascii=False)))
            lines.append("END RequestId: %s" % rqid)
            lines.append("REPORT RequestId: %s\tDuration: 87.31 ms\tBilled Duration: 88 ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB" % rqid)
        _w(root, path, "\n".join(lines) + "\n")
    elif sh == "cloudwatch-json":
        ev = []
        for i, (t, rq, rs, ts) in enumerate(pairs):
            rqid = _uuid(case["id"], "lam", rq["request"]["requestId"])
            ms = int(ts.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
            stamp = ts.strftime("%Y-%m-%dT%H:%M:%S.120Z")
            for j, (k, o) in enumerate((("Request", rq), ("Response", rs))):
                ev.append({"logStreamName": ts.strftime("%Y/%m/%d") + "/[$LATEST]" + _h(case["id"])[:32],
                           "timestamp": ms + j * 40, "message": "%s\t%s\tINFO\t%s: %s\n" % (stamp, rqid, k, json.dumps(o, ensure_ascii=False)),
                           "ingestionTime": ms + 900, "eventId": str(37000000000000000000 + ms * 10 + j)})
        _w(root, path, {"events": ev, "searchedLogStreams": []})
    elif sh == "har":
        ents = []
        for t, rq, rs, ts in pairs:
            body, rbody = json.dumps(rq, ensure_ascii=False), json.dumps(rs, ensure_ascii=False)
            ents.append({"startedDateTime": ts.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 112,
                         "request": {"method": "POST", "url": rec.get("url", "https://skills.example-school.net/alexa/" + case["id"][4:]),
                                     "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body),
                                     "postData": {"mimeType": "application/json", "text": body}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                      "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                      "content": {"size": len(rbody), "mimeType": "application/json", "text": rbody},
                                      "redirectURL": "", "headersSize": -1, "bodySize": len(rbody)},
                         "cache": {}, "timings": {"send": 1, "wait": 104, "receive": 7}})
        _w(root, path, {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"}, "entries": ents}})
    elif sh == "transcript":
        lines = ["# QA transcript  skill=%s  locale=%s" % (case["name"], case["locale"])]
        for t, rq, rs, ts in pairs:
            st = ts.strftime("%Y-%m-%d %H:%M:%S")
            if rq["session"]["new"]:
                lines.append("[%s] --- new session %s" % (st, rq["session"]["sessionId"][-12:]))
            lines.append("[%s] USER: %s" % (st, t["user"]))
            lines.append("[%s] SKILL: %s" % (st, t["say"]))
            if t["rep"] is not None:
                lines.append("[%s] REPROMPT: %s" % (st, t["rep"]))
            lines.append("[%s] session_open=%s" % (st, "false" if t["end"] else "true"))
        _w(root, path, "\n".join(lines) + "\n")
    elif sh == "xapi-lrs":
        sts = []
        for t, rq, rs, ts in pairs:
            sts.append({
                "id": _uuid(case["id"], "xapi", rq["request"]["requestId"]),
                "actor": {"objectType": "Agent", "account": {"homePage": "https://lrs.example-school.net", "name": "learner-" + _h(case["id"])[:6]}},
                "verb": {"id": "http://adlnet.gov/expapi/verbs/responded", "display": {"en-US": "responded"}},
                "object": {"objectType": "Activity",
                           "id": "https://lrs.example-school.net/activities/voice/%s/%s" % (case["id"][4:], t["intent"]),
                           "definition": {"name": {case["locale"]: case["name"]},
                                          "type": "http://adlnet.gov/expapi/activities/interaction"}},
                "result": {"response": t["user"],
                           "extensions": {"https://w3id.org/xapi/voice/extensions/output-speech": rs["response"]["outputSpeech"]["ssml"],
                                          "https://w3id.org/xapi/voice/extensions/reprompt": (rs["response"].get("reprompt") or {}).get("outputSpeech", {}).get("ssml"),
                                          "https://w3id.org/xapi/voice/extensions/should-end-session": rs["response"].get("shouldEndSession")}},
                "context": {"registration": _uuid(rq["session"]["sessionId"]), "language": case["locale"],
                            "platform": "Alexa",
                            "extensions": {"https://w3id.org/xapi/voice/extensions/alexa-request": rq,
                                           "https://w3id.org/xapi/voice/extensions/alexa-response": rs}},
                "timestamp": ts.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "stored": ts.strftime("%Y-%m-%dT%H:%M:%S.450Z"),
                "authority": {"objectType": "Agent", "name": "voice-connector", "mbox": "mailto:lrs-connector@example-school.net"},
                "version": "1.0.3"})
        _w(root, path, {"statements": sts, "more": ""})
    elif sh == "markdown-testsheet":
        hdr = rec.get("header", "# Classroom test sheet – %s (%s)\n\nTester: class tablet 3 · build under test: dev stage\n\n" % (case["name"], case["locale"]))
        rows = ["| # | session | pupil says | intent | skill says | reprompt | session stays open | result |",
                "|---|---|---|---|---|---|---|---|"]
        sess_ids = []
        for i, (t, rq, rs, ts) in enumerate(pairs):
            s = rq["session"]["sessionId"]
            if s not in sess_ids:
                sess_ids.append(s)
            esc = lambda x: (x or "").replace("|", "\\|")
            rows.append("| %d | S%d | %s | %s | %s | %s | %s | %s |" % (
                i + 1, len(sess_ids), esc(t["user"]), t["intent"] if t["intent"] != "Launch" else "LaunchRequest",
                esc(rs["response"]["outputSpeech"]["ssml"]),
                esc((rs["response"].get("reprompt") or {}).get("outputSpeech", {}).get("ssml", "—")) if t["rep"] is not None else "—",
                "yes" if not t["end"] else "no", "ok"))
        _w(root, path, hdr + "\n".join(rows) + "\n" + rec.get("footer", ""))
    elif sh == "jupyter-notebook":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# Dev-stage probes for %s\n" % case["name"],
                                                                     "Requests sent through `ask smapi invoke-skill` wrapper; responses printed below.\n"]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                  "source": ["import json, subprocess\n", "from probe import invoke  # thin wrapper around ask smapi invoke-skill\n"]}]
        for i, (t, rq, rs, ts) in enumerate(pairs):
            cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {},
                          "source": ["req = %s\n" % json.dumps(rq, ensure_ascii=False), "resp = invoke(req)\n", "print(json.dumps(resp, indent=1, ensure_ascii=False))\n"],
                          "outputs": [{"name": "stdout", "output_type": "stream",
                                       "text": [l + "\n" for l in json.dumps(rs, indent=1, ensure_ascii=False).split("\n")]}]})
        _w(root, path, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                                     "language_info": {"name": "python", "version": "3.11.6"}},
                        "nbformat": 4, "nbformat_minor": 5})
    elif sh == "junit-xml":
        from xml.sax.saxutils import escape
        tcs = []
        for i, (t, rq, rs, ts) in enumerate(pairs):
            tcs.append('    <testcase classname="%s.conversation" name="turn %d: %s" time="0.%03d">\n      <system-out>%s</system-out>\n    </testcase>' % (
                case["id"][4:], i + 1, escape(t["user"], {'"': "&quot;"}), 80 + i,
                escape("REQUEST " + json.dumps(rq, ensure_ascii=False) + "\nRESPONSE " + json.dumps(rs, ensure_ascii=False))))
        _w(root, path, '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="%d" failures="0" errors="0" time="1.9">\n  <testsuite name="%s dialog" errors="0" failures="0" skipped="0" timestamp="%s" time="1.9" tests="%d">\n%s\n  </testsuite>\n</testsuites>\n'
           % (len(tcs), escape(case["name"]), pairs[0][3].strftime("%Y-%m-%dT%H:%M:%S"), len(tcs), "\n".join(tcs)))
    elif sh == "analytics-csv":
        buf = io.StringIO()
        wr = csv.writer(buf)
        wr.writerow(["timestamp", "session_id", "new_session", "locale", "request_type", "intent", "slots", "utterance",
                     "output_speech", "reprompt", "should_end_session"])
        for t, rq, rs, ts in pairs:
            r = rs["response"]
            wr.writerow([_iso(ts), rq["session"]["sessionId"], str(rq["session"]["new"]).lower(), rq["request"]["locale"],
                         rq["request"]["type"], t["intent"] if t["intent"] != "Launch" else "",
                         json.dumps(t["slots"], ensure_ascii=False) if t["slots"] else "", t["user"],
                         r["outputSpeech"]["ssml"], (r.get("reprompt") or {}).get("outputSpeech", {}).get("ssml", ""),
                         "" if "shouldEndSession" not in r else str(r["shouldEndSession"]).lower()])
        _w(root, path, buf.getvalue())
    else:
        raise ValueError(sh)

# ---------------------------------------------------------------- Google recordings
def shape_google(case, ri, rec, root):
    sh, path = rec["shape"], rec["path"]
    lang = case["locale"]
    out = []
    n = 0
    for si, sess in enumerate(rec["sessions"]):
        conv = _uuid(case["id"], "conv", ri, si)
        for ti, t in enumerate(sess):
            ts = _ts(case, ri, n, rec["start"])
            n += 1
            ends = bool(t["end"])
            if sh == "gactions-conversation":
                intent = "actions.intent.MAIN" if t["intent"] == "Launch" else t["intent"]
                args = [{"name": k, "rawText": v, "textValue": v} for k, v in t["slots"].items()]
                if intent == "actions.intent.TEXT" and not args:
                    args = [{"name": "text", "rawText": t["user"], "textValue": t["user"]}]
                req = {"user": {"locale": lang, "lastSeen": _iso(ts), "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE"},
                       "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t["user"]}], "arguments": args}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                       "isInSandbox": True,
                       "availableSurfaces": []}
                items = [{"simpleResponse": {"textToSpeech": _ssml(t["say"])}}]
                if t["card"]:
                    items.append({"basicCard": t["card"]})
                if ends:
                    resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
                else:
                    pi = t.get("directives") or [{"intent": "actions.intent.TEXT"}]
                    ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}, "possibleIntents": pi}
                    if t["rep"] is not None:
                        ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": _ssml(t["rep"])}]
                    resp = {"expectUserResponse": True, "expectedInputs": [ei]}
                out.append({"timestamp": _iso(ts), "request": req, "response": resp})
            elif sh == "dialogflow-webhook":
                proj = case["id"][4:]
                req = {"responseId": _uuid(case["id"], "df", ri, si, ti),
                       "session": "projects/%s/agent/sessions/%s" % (proj, conv),
                       "queryResult": {"queryText": t["user"], "parameters": t["slots"], "allRequiredParamsPresent": True,
                                       "intent": {"name": "projects/%s/agent/intents/%s" % (proj, _uuid(case["id"], t["intent"])),
                                                  "displayName": "Default Welcome Intent" if t["intent"] == "Launch" else t["intent"]},
                                       "intentDetectionConfidence": 1, "languageCode": lang.split("-")[0]},
                       "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                           "user": {"locale": lang, "userVerificationStatus": "VERIFIED"},
                           "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE"},
                           "inputs": [{"intent": "actions.intent.MAIN" if t["intent"] == "Launch" else "actions.intent.TEXT",
                                       "rawInputs": [{"inputType": "VOICE", "query": t["user"]}]}],
                           "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
                g = {"expectUserResponse": not ends,
                     "richResponse": {"items": [{"simpleResponse": {"textToSpeech": _ssml(t["say"])}}]}}
                if t["card"]:
                    g["richResponse"]["items"].append({"basicCard": t["card"]})
                if t["rep"] is not None and not ends:
                    g["noInputPrompts"] = [{"textToSpeech": _ssml(t["rep"])}]
                if t.get("directives"):
                    g["systemIntent"] = t["directives"]
                resp = {"fulfillmentText": t["say"], "payload": {"google": g}}
                out.append({"request": req, "response": resp})
            elif sh == "gactions-scene":
                sc = t["slots"].get("_scene", "Main")
                params = {k: {"original": v, "resolved": v} for k, v in t["slots"].items() if k != "_scene"}
                req = {"handler": {"name": t.get("handler") or ("main" if t["intent"] == "Launch" else t["intent"].lower())},
                       "intent": {"name": "actions.intent.MAIN" if t["intent"] == "Launch" else t["intent"], "params": params, "query": t["user"]},
                       "scene": {"name": sc, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                       "session": {"id": conv, "params": {}, "typeOverrides": [], "languageCode": lang},
                       "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                                "verificationStatus": "VERIFIED", "packageEntitlements": [], "lastSeenTime": _iso(ts)},
                       "home": {"params": {}},
                       "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
                resp = {"session": {"id": conv, "params": {}, "languageCode": ""},
                        "prompt": {"override": False, "firstSimple": {"speech": _ssml(t["say"]), "text": t["say"]}}}
                if t["card"]:
                    resp["prompt"]["content"] = {"card": t["card"]}
                nxt = "actions.scene.END_CONVERSATION" if ends else t["slots"].get("_next")
                resp["scene"] = {"name": sc, "slots": {}}
                if nxt:
                    resp["scene"]["next"] = {"name": nxt}
                out.append({"request": req, "response": resp})
    if rec.get("per_file"):
        for i, o in enumerate(out):
            _w(root, _fmt_path(path, i), o)
    elif path.endswith(".jsonl"):
        _w(root, path, "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out))
    else:
        _w(root, path, out)

# ---------------------------------------------------------------- project files
def _yaml_str(s):
    return json.dumps(s, ensure_ascii=False)

def project_alexa(case, root):
    loc = case["locale"]
    locs = case.get("locales", [loc])
    pub = {}
    for l in locs:
        pub[l] = {"summary": case.get("summary", case["desc"][:120]),
                  "examplePhrases": case.get("examples", ["Alexa, open " + case["inv"]]),
                  "name": case["name"], "description": case["desc"],
                  "keywords": case.get("keywords", []),
                  "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON?versionId=small" % _h(case["id"])[:4],
                  "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON_LARGE?versionId=large" % _h(case["id"])[:4]}
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(case.get("personal", case["perms"])),
            "isChildDirected": case["child"], "isExportCompliant": True, "containsAds": False}
    if case["policy"]:
        priv["locales"] = {l: {"privacyPolicyUrl": case["policy"], "termsOfUseUrl": case.get("terms", "")} for l in locs}
        if not case.get("terms"):
            for l in locs:
                del priv["locales"][l]["termsOfUseUrl"]
    man = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                     "testingInstructions": case.get("testing", "Open the skill and follow the prompts."),
                                     "category": case["category"],
                                     "distributionCountries": case.get("countries", [loc.split("-")[1]])},
           "apis": {"custom": {"endpoint": {"uri": "arn:aws:lambda:eu-west-1:4410%s:function:%s" % (_h(case["id"])[:8], case["id"][4:])}}},
           "manifestVersion": "1.0", "privacyAndCompliance": priv}
    if case["perms"]:
        man["permissions"] = [{"name": p} for p in case["perms"]]
    if case.get("manifest_extra"):
        man.update(case["manifest_extra"])
    _w(root, "skill-package/skill.json", {"manifest": man})
    for l in locs:
        intents = []
        for name, slots, samples in case["intents"]:
            intents.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        for b in ("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent"):
            if b not in [i["name"] for i in intents]:
                intents.append({"name": b, "samples": []})
        types = [{"name": k, "values": [{"name": {"value": v}} for v in vals]} for k, vals in case["types"].items()]
        inv = case.get("inv_by_locale", {}).get(l, case["inv"])
        _w(root, "skill-package/interactionModels/custom/%s.json" % l,
           {"interactionModel": {"languageModel": {"invocationName": inv, "intents": intents, "types": types}}})
    if case.get("ask_resources", True):
        _w(root, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"},
            "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"userConfig": {"runtime": "nodejs18.x", "handler": "index.handler", "awsRegion": "eu-west-1"},
                                    "type": "@ask-cli/lambda-deployer"}}}})

def project_builder(case, root):
    lang = case["locale"].split("-")[0]
    s = ["defaultLocale: %s" % lang, "projectId: %s" % case["id"][4:], "localizedSettings:",
         "  displayName: %s" % _yaml_str(case["name"]),
         "  pronunciation: %s" % _yaml_str(case["inv"]),
         "  shortDescription: %s" % _yaml_str(case.get("summary", case["desc"][:80])),
         "  fullDescription: %s" % _yaml_str(case["desc"]),
         "  developerName: %s" % _yaml_str(case.get("developer", "Aula Voice Labs")),
         "  developerEmail: dev@%s.example" % case["id"][4:]]
    if case["policy"]:
        s.append("  privacyPolicyUrl: %s" % case["policy"])
    s += ["category: EDUCATION_AND_REFERENCE", "usesTransactionsApi: false", "usesDigitalPurchaseApi: false",
          "usesInteractiveCanvas: false", "usesHomeStorage: false", "designedForFamily: %s" % str(case["child"]).lower(),
          "containsAlcoholOrTobaccoContent: false", "keepsMicOpen: %s" % str(case.get("keeps_mic", False)).lower()]
    _w(root, "sdk/settings/settings.yaml", "\n".join(s) + "\n")
    _w(root, "sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    intent:\n      name: actions.intent.MAIN\n")
    _w(root, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n%s\nhttpsEndpoint:\n  baseUrl: https://europe-west1-%s.cloudfunctions.net/ActionsOnGoogleFulfillment\n"
       % ("\n".join("- name: %s" % h for h in case.get("handlers", ["main"])), case["id"][4:]))
    for name, params, phrases in case["intents"]:
        y = []
        if params:
            y.append("parameters:")
            for k, v in params.items():
                y += ["- name: %s" % k, "  type:", "    name: %s" % v]
        y.append("trainingPhrases:")
        y += ["- %s" % _yaml_str(p) for p in phrases]
        _w(root, "sdk/custom/intents/%s.yaml" % name, "\n".join(y) + "\n")
    for tname, vals in case["types"].items():
        y = ["synonym:", "  entities:"]
        for v in vals:
            y += ["    %s:" % _yaml_str(v), "      synonyms:", "      - %s" % _yaml_str(v)]
        y += ["  matchType: EXACT_MATCH"]
        _w(root, "sdk/custom/types/%s.yaml" % tname, "\n".join(y) + "\n")
    for rel, txt in case.get("scenes", {}).items():
        _w(root, "sdk/custom/scenes/%s.yaml" % rel, txt)
    for rel, txt in case.get("globals", {}).items():
        _w(root, "sdk/custom/global/%s.yaml" % rel, txt)
    _w(root, "sdk/manifest.yaml", "version: \"1.0\"\n")

def project_sdk2(case, root):
    lang = case["locale"]
    acts = []
    for name, params, phrases in case["intents"]:
        a = {"description": name, "name": name, "fulfillment": {"conversationName": case["id"][4:]},
             "intent": {"name": name, "trigger": {"queryPatterns": phrases}}}
        if params:
            a["intent"]["parameters"] = [{"name": k, "type": v} for k, v in params.items()]
        acts.append(a)
    man = {"displayName": case["name"], "invocationName": case["inv"], "shortDescription": case.get("summary", case["desc"][:80]),
           "longDescription": case["desc"], "category": "EDUCATION", "companyName": case.get("developer", "Aula Voice Labs")}
    if case["policy"]:
        man["privacyUrl"] = case["policy"]
    _w(root, "action.json", {"actions": acts, "conversations": {case["id"][4:]: {"name": case["id"][4:],
                             "url": "https://europe-west1-%s.cloudfunctions.net/fulfillment" % case["id"][4:],
                             "fulfillmentApiVersion": 2}},
                             "locale": lang, "manifest": man})

def project_dialogflow(case, root):
    lang = case["locale"].split("-")[0]
    _w(root, "agent.json", {"description": case["desc"], "language": lang, "shortDescription": case.get("summary", ""),
                            "examples": "", "linkToDocs": "", "displayName": case["name"],
                            "disableInteractionLogs": False, "disableStackdriverLogs": True,
                            "googleAssistant": {"googleAssistantCompatible": True, "project": case["id"][4:],
                                                "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                                "endIntentIds": case.get("end_intents", []), "oAuthLinking": {"required": False},
                                                "voiceType": "MALE_1", "capabilities": [], "env": "",
                                                "protocolVersion": "V2", "autoPreviewEnabled": True, "isDeviceAgent": False},
                            "defaultTimezone": "Europe/Madrid", "webhook": {"url": "https://%s.example/webhook" % case["id"][4:],
                                                                             "available": True, "useForDomains": False, "cloudFunctionsEnabled": False},
                            "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True,
                            "onePlatformApiVersion": "v2beta1", "secondaryKey": "", "analyzeQueryTextSentiment": False,
                            "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0,
                            "dialogBuilderMode": False, "baseActionPackagesUrl": ""})
    _w(root, "package.json", {"version": "1.0.0"})
    for name, params, phrases in case["intents"]:
        iid = _uuid(case["id"], name)
        _w(root, "intents/%s.json" % name, {
            "id": iid, "name": name, "auto": True, "contexts": [],
            "responses": [{"resetContexts": False, "action": name.lower(), "affectedContexts": [],
                           "parameters": [{"id": _uuid(iid, k), "required": False, "dataType": v, "name": k, "value": "$" + k,
                                           "isList": False} for k, v in params.items()],
                           "messages": [], "defaultResponsePlatforms": {}, "speech": []}],
            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name == "Default Fallback Intent",
            "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else []})
        data = []
        for p in phrases:
            parts = []
            for tok in p:
                if isinstance(tok, tuple):
                    parts.append({"text": tok[0], "alias": tok[1], "meta": tok[2], "userDefined": True})
                else:
                    parts.append({"text": tok, "userDefined": False})
            data.append({"id": _uuid(iid, str(p)), "data": parts, "isTemplate": False, "count": 0, "updated": 0})
        if data:
            _w(root, "intents/%s_usersays_%s.json" % (name, lang), data)
    for tname, vals in case["types"].items():
        _w(root, "entities/%s.json" % tname, {"id": _uuid(case["id"], tname), "name": tname, "isOverridable": True,
                                               "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        _w(root, "entities/%s_entries_%s.json" % (tname, lang), [{"value": v, "synonyms": [v]} for v in vals])

def render(case, root):
    p = case["platform"]
    {"alexa": project_alexa, "builder": project_builder, "sdk2": project_sdk2, "dialogflow": project_dialogflow}[p](case, root)
    for rel, txt in case["extra_files"].items():
        _w(root, rel, txt)
    for ri, rec in enumerate(case["recs"]):
        if p == "alexa":
            shape_alexa(case, ri, rec, root)
        else:
            shape_google(case, ri, rec, root)
