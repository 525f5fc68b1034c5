"""Turns the hand-written case descriptions (cases_*.py) into project folders.
Only formatting lives here; every sentence, slot, sample and label is written in the case files."""
import csv, hashlib, io, json, os, uuid
from datetime import datetime, timedelta
from xml.sax.saxutils import escape as xesc

import yaml

ABSENT = "absent"


def t(user, intent, say, rp=None, end=None, slots=None, card=None, directives=None, perm=None, locale=None):
    """One turn. end=None -> True without reprompt, False with one; end=ABSENT -> shouldEndSession left out."""
    if end is None:
        end = rp is None
    return dict(user=user, intent=intent, say=say, rp=rp, end=end, slots=slots or {}, card=card,
                directives=directives, perm=perm, locale=locale)


def rec(shape, path, sessions, date="2024-05-02T18:00:00", **opts):
    return dict(shape=shape, path=path, sessions=sessions, date=date, opts=opts)


# ---------------------------------------------------------------- ids
def _h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def _uuid(*parts):
    return str(uuid.UUID(_h(*parts)[:32]))


def _up(*parts, n=40):
    return _h(*parts).upper()[:n]


# ---------------------------------------------------------------- alexa envelopes
def _os(s):
    if s is None:
        return None
    if s.lstrip().startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


def a_req(c, sid, new, turn, ts, n):
    app = "amzn1.ask.skill." + _uuid(c["id"], "app")
    user = "amzn1.ask.account." + _up(c["id"], "user", n=60)
    loc = turn["locale"] or c["locale"]
    rid = "amzn1.echo-api.request." + _uuid(c["id"], sid, n)
    it = turn["intent"]
    if it == "LAUNCH":
        r = {"type": "LaunchRequest", "requestId": rid, "locale": loc, "timestamp": ts}
    elif it == "END":
        r = {"type": "SessionEndedRequest", "requestId": rid, "locale": loc, "timestamp": ts, "reason": "USER_INITIATED"}
    else:
        r = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": ts,
             "intent": {"name": it, "confirmationStatus": "NONE",
                        "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                  for k, v in turn["slots"].items()}}}
        if it.startswith("AMAZON.") and not turn["slots"]:
            del r["intent"]["slots"]
    dev = "amzn1.ask.device." + _up(c["id"], "dev", n=60)
    return {"version": "1.0",
            "session": {"new": new, "sessionId": sid, "application": {"applicationId": app},
                        "attributes": {} if not new else None, "user": {"userId": user}},
            "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                   "device": {"deviceId": dev, "supportedInterfaces": {}},
                                   "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[:2] in ("de", "fr", "it", "es") and loc != "es-MX" else "https://api.amazonalexa.com",
                                   "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
            "request": r}


def a_resp(turn):
    r = {}
    if turn["say"] is not None:
        r["outputSpeech"] = _os(turn["say"])
    if turn["card"]:
        title, content = turn["card"]
        r["card"] = {"type": "Simple", "title": title, "content": content}
    if turn["perm"]:
        r["card"] = {"type": "AskForPermissionsConsent", "permissions": turn["perm"]}
    if turn["rp"] is not None:
        r["reprompt"] = {"outputSpeech": _os(turn["rp"])}
    if turn["directives"]:
        r["directives"] = turn["directives"]
    if turn["end"] != ABSENT:
        r["shouldEndSession"] = turn["end"]
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": r}


def _clean_req(q):
    if q["session"]["attributes"] is None:
        del q["session"]["attributes"]
    return q


def alexa_turns(c, recd):
    """Yield (n, session_index, turn_index, ts, request, response, turn) for a recording."""
    ts0 = datetime.fromisoformat(recd["date"])
    n = 0
    out = []
    for si, sess in enumerate(recd["sessions"]):
        sid = "amzn1.echo-api.session." + _uuid(c["id"], recd["path"], si)
        for ti, turn in enumerate(sess):
            ts = (ts0 + timedelta(minutes=si * 37, seconds=ti * 14 + n)).strftime("%Y-%m-%dT%H:%M:%SZ")
            q = _clean_req(a_req(c, sid, ti == 0, turn, ts, n))
            out.append((n, si, ti, ts, q, a_resp(turn), turn))
            n += 1
    return out


def _j(o, indent=2):
    return json.dumps(o, ensure_ascii=False, indent=indent)


def _jc(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def _slug(s):
    return "".join(ch if ch.isalnum() else "-" for ch in s.lower()).strip("-")[:30] or "x"


def _speech_text(o):
    if not o:
        return ""
    return o.get("ssml") or o.get("text") or ""


ENDPOINT = "arn:aws:lambda:{r}:4417{n}:function:{f}"


def _endpoint(c):
    region = "eu-west-1" if c["locale"][:2] in ("de", "fr", "it", "es") and c["locale"] != "es-MX" else ("us-west-2" if c["locale"] == "ja-JP" else "us-east-1")
    return ENDPOINT.format(r=region, n=_h(c["id"])[:8].translate(str.maketrans("abcdef", "123456")), f=_slug(c["name"]))


# ---------------------------------------------------------------- shape writers (alexa)
def w_envelope(c, recd):
    files = {}
    pat = recd["opts"].get("pattern", "{n:02d}-{slug}.json")
    for n, si, ti, ts, q, r, turn in alexa_turns(c, recd):
        files[os.path.join(recd["path"], pat.format(n=n + 1, slug=_slug(turn["intent"]), s=si + 1, t=ti + 1))] = _j(r)
    return files


def w_pairs_jsonl(c, recd):
    return {recd["path"]: "".join(_jc({"request": q, "response": r}) + "\n" for n, si, ti, ts, q, r, turn in alexa_turns(c, recd))}


def w_pairs_array(c, recd):
    return {recd["path"]: _j([{"request": q, "response": r} for n, si, ti, ts, q, r, turn in alexa_turns(c, recd)])}


def _alexa_caption(r):
    o = r["response"].get("outputSpeech")
    return [{"type": "Speech", "content": {"caption": _speech_text(o)}}] if o else []


def w_smapi_simulation(c, recd):
    files = {}
    items = []
    for n, si, ti, ts, q, r, turn in alexa_turns(c, recd):
        sim = {"id": _uuid(c["id"], recd["path"], "sim", n), "status": "SUCCESSFUL",
               "result": {"alexaExecutionInfo": {"alexaResponses": _alexa_caption(r),
                                                 "consideredIntents": [] if turn["intent"] in ("LAUNCH", "END") else [{"name": turn["intent"], "confirmationStatus": "NONE", "slots": {}}]},
                          "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": _endpoint(c), "body": q},
                                                                  "invocationResponse": {"body": r},
                                                                  "metrics": {"skillExecutionTimeInMilliseconds": 80 + n * 7}}]},
                          "error": None}}
        items.append(sim)
        files[os.path.join(recd["path"], recd["opts"].get("pattern", "simulation-{n:02d}.json").format(n=n + 1))] = _j(sim)
    if recd["opts"].get("single"):
        return {recd["path"]: _j(items)}
    return files


def w_smapi_invocation(c, recd):
    files = {}
    for n, si, ti, ts, q, r, turn in alexa_turns(c, recd):
        o = {"id": _uuid(c["id"], recd["path"], "inv", n), "status": "SUCCESSFUL",
             "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": _endpoint(c), "body": q},
                                               "invocationResponse": {"body": r},
                                               "metrics": {"skillExecutionTimeInMilliseconds": 95 + n}},
                        "error": None}}
        files[os.path.join(recd["path"], recd["opts"].get("pattern", "invoke-{n:02d}.json").format(n=n + 1))] = _j(o)
    return files


def w_ask_dialog(c, recd):
    turns = alexa_turns(c, recd)
    files = {os.path.join(recd["path"], recd["opts"].get("replay", "dialog-replay.json")):
             _j({"skillId": "amzn1.ask.skill." + _uuid(c["id"], "app"), "locale": c["locale"], "type": "text",
                 "userInput": [turn["user"] for *_, turn in turns if turn["intent"] != "END"]})}
    if recd["opts"].get("text"):
        lines = []
        for n, si, ti, ts, q, r, turn in turns:
            if turn["intent"] == "END":
                continue
            lines.append(f"User  > {turn['user']}")
            sp = _speech_text(r["response"].get("outputSpeech"))
            lines.append(f"Alexa > {sp}")
            if "reprompt" in r["response"]:
                lines.append(f"        (reprompt) {_speech_text(r['response']['reprompt']['outputSpeech'])}")
            lines.append("        [session ended]" if r["response"].get("shouldEndSession") is True else "        [session open]")
        files[os.path.join(recd["path"], recd["opts"].get("out", "dialog-record.txt"))] = "\n".join(lines) + "\n"
    else:
        io_ = [{"utterance": turn["user"], "invocations": [{"invocationRequest": {"endpoint": _endpoint(c), "body": q},
                                                            "invocationResponse": {"body": r}}],
                "alexaResponses": _alexa_caption(r)} for n, si, ti, ts, q, r, turn in turns]
        files[os.path.join(recd["path"], recd["opts"].get("out", "skill-io.json"))] = _j(io_)
    return files


def _cw_lines(c, recd):
    """(epoch_ms, request_id, kind, text) per log line."""
    out = []
    for n, si, ti, ts, q, r, turn in alexa_turns(c, recd):
        rid = _uuid(c["id"], recd["path"], "lambda", n)
        t0 = datetime.fromisoformat(ts.replace("Z", ""))
        out.append((t0, rid, q, r))
    return out


def w_cloudwatch_text(c, recd):
    py = recd["opts"].get("python")
    kw_req, kw_resp = recd["opts"].get("kw", ("Request: ", "Response: "))
    lines = []
    for t0, rid, q, r in _cw_lines(c, recd):
        iso = t0.strftime("%Y-%m-%dT%H:%M:%S.123Z")
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{iso}\t{rid}\t{kw_req}{_jc(q)}")
            lines.append(f"[INFO]\t{(t0 + timedelta(milliseconds=90)).strftime('%Y-%m-%dT%H:%M:%S.213Z')}\t{rid}\t{kw_resp}{_jc(r)}")
        else:
            lines.append(f"{iso}\t{rid}\tINFO\t{kw_req}{_jc(q)}")
            lines.append(f"{(t0 + timedelta(milliseconds=90)).strftime('%Y-%m-%dT%H:%M:%S.213Z')}\t{rid}\tINFO\t{kw_resp}{_jc(r)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: 91.42 ms\tBilled Duration: 92 ms\tMemory Size: 256 MB\tMax Memory Used: 87 MB")
    return {recd["path"]: "\n".join(lines) + "\n"}


def w_cloudwatch_json(c, recd):
    ev = []
    stream = recd["date"][:10].replace("-", "/") + "/[$LATEST]" + _h(c["id"], recd["path"])[:32]
    for t0, rid, q, r in _cw_lines(c, recd):
        ms = int(t0.timestamp() * 1000)
        for k, (kw, o) in enumerate((("Request: ", q), ("Response: ", r))):
            iso = (t0 + timedelta(milliseconds=90 * k)).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
            ev.append({"logStreamName": stream, "timestamp": ms + 90 * k,
                       "message": f"{iso}\t{rid}\tINFO\t{kw}{_jc(o)}\n", "ingestionTime": ms + 900,
                       "eventId": str(int(_h(rid, k)[:15], 16)).rjust(56, "3")})
    return {recd["path"]: _j({"events": ev, "searchedLogStreams": [{"logStreamName": stream, "searchedCompletely": True}]})}


def w_har(c, recd):
    entries = []
    url = recd["opts"].get("url", "https://skills.example.net/alexa/" + _slug(c["name"]))
    for n, si, ti, ts, q, r, turn in alexa_turns(c, recd):
        qt, rt = _jc(q), _jc(r)
        entries.append({"startedDateTime": ts.replace("Z", ".120Z"), "time": 120.5 + n,
                        "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(qt.encode()),
                                    "postData": {"mimeType": "application/json; charset=utf-8", "text": qt}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                     "cookies": [], "content": {"size": len(rt.encode()), "mimeType": "application/json", "text": rt},
                                     "redirectURL": "", "headersSize": -1, "bodySize": -1},
                        "cache": {}, "timings": {"send": 0.2, "wait": 118.0, "receive": 2.3}})
    return {recd["path"]: _j({"log": {"version": "1.2", "creator": {"name": recd["opts"].get("creator", "mitmproxy har_dump"), "version": "0.1"},
                                      "pages": [], "entries": entries}})}


def w_transcript(c, recd):
    lines = [f"# QA transcript  skill={c['name']}  locale={c['locale']}"]
    for n, si, ti, ts, q, r, turn in alexa_turns(c, recd):
        if ti == 0:
            lines.append(f"--- session {si + 1} ({q['session']['sessionId']}) ---")
        if turn["intent"] != "END":
            lines.append(f"[{ts}] USER: {turn['user']}")
        resp = r["response"]
        if "outputSpeech" in resp:
            lines.append(f"[{ts}] SKILL: {_speech_text(resp['outputSpeech'])}")
        if "card" in resp and resp["card"].get("title"):
            lines.append(f"[{ts}] CARD: {resp['card']['title']} | {resp['card']['content']}")
        if "reprompt" in resp:
            lines.append(f"[{ts}] REPROMPT: {_speech_text(resp['reprompt']['outputSpeech'])}")
        lines.append(f"session_open={'false' if resp.get('shouldEndSession') is True or turn['intent'] == 'END' else 'true'}")
    return {recd["path"]: "\n".join(lines) + "\n"}


# ----- new shapes of this set
def _pf(o, ind=0):
    """pretty-format (Jest snapshot) rendering of a JSON value."""
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        return "Object {\n" + "".join(f'{sp}  "{k}": {_pf(v, ind + 1)},\n' for k, v in o.items()) + sp + "}"
    if isinstance(o, list):
        if not o:
            return "Array []"
        return "Array [\n" + "".join(f"{sp}  {_pf(v, ind + 1)},\n" for v in o) + sp + "]"
    if isinstance(o, str):
        return '"' + o.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`") + '"'
    return json.dumps(o)


def w_jest_snapshot(c, recd):
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for n, si, ti, ts, q, r, turn in alexa_turns(c, recd):
        label = turn["intent"] if turn["intent"] not in ("LAUNCH", "END") else {"LAUNCH": "LaunchRequest", "END": "SessionEndedRequest"}[turn["intent"]]
        name = f'{c["name"]} session {si + 1} turn {ti + 1}: {label} "{turn["user"]}" 1'.replace("`", "'")
        snap = {"request": {"type": q["request"]["type"], "intent": q["request"].get("intent", {}).get("name"),
                            "slots": turn["slots"], "sessionNew": q["session"]["new"], "sessionId": q["session"]["sessionId"],
                            "locale": q["request"]["locale"]},
                "response": r}
        out.append(f"exports[`{name}`] = `\n{_pf(snap)}\n`;\n")
    return {recd["path"]: "\n".join(out)}


def w_junit_xml(c, recd):
    cases = []
    turns = alexa_turns(c, recd)
    for n, si, ti, ts, q, r, turn in turns:
        body = "--- request ---\n" + _j(q) + "\n--- response ---\n" + _j(r) + "\n"
        cases.append(f'    <testcase classname="tests.test_dialog.TestSession{si + 1}" name="test_turn_{ti + 1:02d}_{_slug(turn["intent"]).replace("-", "_")}" time="0.{110 + n}">\n'
                     f'      <system-out>{xesc(body)}</system-out>\n    </testcase>')
    return {recd["path"]: '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n'
            f'  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(cases)}" time="{1.7 + len(cases) / 10:.2f}" timestamp="{recd["date"]}" hostname="ci-runner-3">\n'
            + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n"}


def w_logs_insights_csv(c, recd):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["@timestamp", "@logStream", "@log", "@message"])
    stream = recd["date"][:10].replace("-", "/") + "/[$LATEST]" + _h(c["id"], recd["path"])[:32]
    grp = "441700000000:/aws/lambda/" + _slug(c["name"])
    for t0, rid, q, r in _cw_lines(c, recd):
        w.writerow([t0.strftime("%Y-%m-%d %H:%M:%S.123"), stream, grp, f"{t0.strftime('%Y-%m-%dT%H:%M:%S.123Z')}\t{rid}\tINFO\tRequest: {_jc(q)}\n"])
        w.writerow([t0.strftime("%Y-%m-%d %H:%M:%S.213"), stream, grp, f"{t0.strftime('%Y-%m-%dT%H:%M:%S.213Z')}\t{rid}\tINFO\tResponse: {_jc(r)}\n"])
    return {recd["path"]: buf.getvalue()}


def w_postman(c, recd):
    items = []
    url = recd["opts"].get("url", "https://dev-tunnel.example.io/alexa")
    for n, si, ti, ts, q, r, turn in alexa_turns(c, recd):
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": _j(q), "options": {"raw": {"language": "json"}}},
               "url": {"raw": url, "protocol": "https", "host": url.split("/")[2].split("."), "path": url.split("/")[3:]}}
        items.append({"name": f"{si + 1}.{ti + 1} {turn['user'] or turn['intent']}", "request": req,
                      "response": [{"name": "recorded " + ts, "originalRequest": req, "status": "OK", "code": 200,
                                    "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json"}], "cookie": [],
                                    "body": _j(r)}]})
    return {recd["path"]: _j({"info": {"_postman_id": _uuid(c["id"], "pm"), "name": c["name"] + " — skill endpoint",
                                       "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                              "item": items})}


def w_notebook(c, recd):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']}: replay of recorded events\n", "Events are replayed against the local handler.\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json\n", "from lambda_function import lambda_handler\n"]}]
    k = 2
    for n, si, ti, ts, q, r, turn in alexa_turns(c, recd):
        cells.append({"cell_type": "code", "execution_count": k, "metadata": {},
                      "source": [f"# session {si + 1}, turn {ti + 1}: {turn['user']}\n", "event = json.loads(r'''" + _jc(q) + "''')\n",
                                 "resp = lambda_handler(event, None)\n", "print(json.dumps(resp, ensure_ascii=False, indent=1))"],
                      "outputs": [{"name": "stdout", "output_type": "stream", "text": [l + "\n" for l in _j(r, 1).split("\n")]}]})
        k += 1
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return {recd["path"]: _j(nb, 1)}


# ---------------------------------------------------------------- google recordings
def g_turns(c, recd):
    ts0 = datetime.fromisoformat(recd["date"])
    out = []
    n = 0
    for si, sess in enumerate(recd["sessions"]):
        cid = str(int(_h(c["id"], recd["path"], si)[:15], 16))
        for ti, turn in enumerate(sess):
            ts = (ts0 + timedelta(minutes=si * 41, seconds=ti * 13 + n)).strftime("%Y-%m-%dT%H:%M:%SZ")
            out.append((n, si, ti, ts, cid, turn))
            n += 1
    return out


def _items(say):
    return [{"simpleResponse": {"textToSpeech": say}}]


def _perm_spec(p):
    ctx, perms = p
    return {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": ctx, "permissions": perms}


def _v2_user(c, ts):
    return {"userId": "ABwppHG" + _h(c["id"], "gu")[:24], "locale": c["locale"], "lastSeen": ts, "userStorage": "{\"data\":{}}"}


SURF = {"capabilities": [{"name": "actions.capability.SPEECH"}, {"name": "actions.capability.AUDIO_OUTPUT"},
                         {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]}


def _v2_input(turn):
    it = turn["intent"]
    inp = {"intent": it, "rawInputs": [{"inputType": "VOICE", "query": turn["user"]}]}
    if it == "actions.intent.TEXT":
        inp["arguments"] = [{"name": "text", "rawText": turn["user"], "textValue": turn["user"]}]
    if turn["slots"]:
        inp["arguments"] = [{"name": k, "rawText": v, "textValue": v} for k, v in turn["slots"].items()]
    return inp


def _v2_resp(turn, dialogflow=False):
    expect = not turn["end"]
    if dialogflow:
        g = {"expectUserResponse": expect, "richResponse": {"items": _items(turn["say"])}}
        if turn["rp"] is not None:
            g["noInputPrompts"] = [{"textToSpeech": x} for x in (turn["rp"] if isinstance(turn["rp"], list) else [turn["rp"]])]
        if turn["perm"]:
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": _perm_spec(turn["perm"])}
        return {"payload": {"google": g}}
    if not expect:
        return {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": _items(turn["say"])}}}
    ip = {"richInitialPrompt": {"items": _items(turn["say"])}}
    if turn["rp"] is not None:
        ip["noInputPrompts"] = [{"textToSpeech": x} for x in (turn["rp"] if isinstance(turn["rp"], list) else [turn["rp"]])]
    pi = [{"intent": "actions.intent.TEXT"}]
    if turn["perm"]:
        pi = [{"intent": "actions.intent.PERMISSION", "inputValueData": _perm_spec(turn["perm"])}]
    return {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": ip, "possibleIntents": pi}],
            "conversationToken": "{\"state\":null,\"data\":{}}"}


def w_gactions_conversation(c, recd):
    pairs = []
    for n, si, ti, ts, cid, turn in g_turns(c, recd):
        q = {"user": _v2_user(c, ts), "device": {}, "surface": SURF,
             "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE", "conversationToken": "[]"},
             "inputs": [_v2_input(turn)], "availableSurfaces": [], "isInSandbox": True}
        pairs.append({"request": q, "response": _v2_resp(turn)})
    if recd["path"].endswith(".jsonl"):
        return {recd["path"]: "".join(_jc(p) + "\n" for p in pairs)}
    return {recd["path"]: _j(pairs)}


def w_dialogflow_webhook(c, recd):
    files = {}
    proj = _slug(c["name"]) + "-" + _h(c["id"])[:5]
    for n, si, ti, ts, cid, turn in g_turns(c, recd):
        q = {"responseId": _uuid(c["id"], recd["path"], "df", n) + "-" + _h(n)[:8],
             "queryResult": {"queryText": turn["user"], "parameters": turn["slots"], "allRequiredParamsPresent": True,
                             "fulfillmentMessages": [{"text": {"text": [""]}}],
                             "intent": {"name": f"projects/{proj}/agent/intents/{_uuid(c['id'], turn['intent'])}", "displayName": turn["intent"]},
                             "intentDetectionConfidence": 1, "languageCode": c["locale"].lower()},
             "originalDetectIntentRequest": {"source": "google", "version": "2",
                                             "payload": {"user": _v2_user(c, ts), "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE"},
                                                         "inputs": [{"intent": "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT",
                                                                     "rawInputs": [{"inputType": "VOICE", "query": turn["user"]}]}],
                                                         "surface": SURF, "isInSandbox": True, "availableSurfaces": []}},
             "session": f"projects/{proj}/agent/sessions/{cid}"}
        files[os.path.join(recd["path"], recd["opts"].get("pattern", "webhook-{n:02d}.json").format(n=n + 1))] = _j({"request": q, "response": _v2_resp(turn, True)})
    return files


def w_gactions_scene(c, recd):
    lines = []
    for n, si, ti, ts, cid, turn in g_turns(c, recd):
        sid = "ABwppHF" + _h(c["id"], recd["path"], si)[:30]
        scene = turn["slots"].get("_scene", "Main") if turn["slots"] else "Main"
        params = {k: {"original": v, "resolved": v} for k, v in turn["slots"].items() if k != "_scene"}
        q = {"handler": {"name": turn["slots"].get("_handler", _slug(turn["intent"]).replace("-", "_")) if turn["slots"] else _slug(turn["intent"]).replace("-", "_")},
             "intent": {"name": turn["intent"], "params": params, "query": turn["user"]},
             "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
             "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
             "user": {"locale": turn["locale"] or c["locale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                      "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": ts},
             "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        nxt = "actions.scene.END_CONVERSATION" if turn["end"] is True else (turn["directives"] or scene)
        resp = {"session": {"id": sid, "params": {}, "languageCode": ""},
                "prompt": {"override": False, "firstSimple": {"speech": turn["say"], "text": turn["card"] or ""}},
                "scene": {"name": scene, "slots": {}, "next": {"name": nxt}}}
        lines.append({"timestamp": ts, "request": q, "response": resp})
    if recd["path"].endswith(".jsonl"):
        return {recd["path"]: "".join(_jc(p) + "\n" for p in lines)}
    return {recd["path"]: _j(lines)}


WRITERS = {"envelope": w_envelope, "pairs-jsonl": w_pairs_jsonl, "pairs-array": w_pairs_array,
           "smapi-simulation": w_smapi_simulation, "smapi-invocation": w_smapi_invocation, "ask-dialog": w_ask_dialog,
           "cloudwatch-text": w_cloudwatch_text, "cloudwatch-json": w_cloudwatch_json, "har": w_har,
           "transcript": w_transcript, "jest-snapshot": w_jest_snapshot, "junit-xml": w_junit_xml,
           "logs-insights-csv": w_logs_insights_csv, "postman-collection": w_postman, "notebook": w_notebook,
           "gactions-conversation": w_gactions_conversation, "dialogflow-webhook": w_dialogflow_webhook,
           "gactions-scene": w_gactions_scene}


# ---------------------------------------------------------------- project files
CAT_DEFAULT = {"alexa": "GAMES_AND_TRIVIA"}


def _model(inv, intents, types):
    ints = []
    for it in intents:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        ints.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
    have = {i["name"] for i in ints}
    for b in ("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"):
        if b not in have:
            ints.append({"name": b, "samples": []})
    tys = [{"name": k, "values": [{"name": {"value": v}} for v in vals]} for k, vals in (types or {}).items()]
    return {"interactionModel": {"languageModel": {"invocationName": inv, "intents": ints, "types": tys}}}


def alexa_project(c):
    files = {}
    locs = {c["locale"]: dict(inv=c["inv"], name=c["name"], desc=c["desc"], intents=c["intents"], types=c.get("types"),
                              examples=c.get("examples"))}
    for loc, ex in (c.get("extra") or {}).items():
        d = dict(locs[c["locale"]])
        d.update(ex)
        locs[loc] = d
    pub = {}
    for loc, d in locs.items():
        exs = d["examples"] or [f"Alexa, open {d['inv']}", f"Alexa, start {d['inv']}", f"Alexa, ask {d['inv']} for help"]
        pub[loc] = {"summary": d["desc"][:160], "examplePhrases": exs, "keywords": c.get("keywords", []), "name": d["name"],
                    "description": d["desc"], "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/" + _h(c["id"])[:4] + "/APP_ICON?versionId=small",
                    "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/" + _h(c["id"])[:4] + "/APP_ICON_LARGE?versionId=large"}
        files[f"skill-package/interactionModels/custom/{loc}.json"] = _j(_model(d["inv"], d["intents"], d["types"]))
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or bool(c.get("usesPI")),
            "isChildDirected": bool(c.get("child")), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        priv["locales"] = {loc: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", c["policy"].rsplit("/", 1)[0] + "/terms")} for loc in locs}
    man = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                     "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                     "category": c.get("category", "GAMES_AND_TRIVIA"),
                                     "distributionCountries": c.get("countries", sorted({l.split("-")[1] for l in locs})),
                                     "automaticDistribution": {"isActive": False}},
           "apis": {"custom": {"endpoint": {"sourceDir": "lambda", "uri": "ask-" + _slug(c["name"]) + "-default"},
                               "interfaces": [{"type": "AUDIO_PLAYER"}] if c.get("audio") else []}},
           "manifestVersion": "1.0", "privacyAndCompliance": priv}
    if c.get("perms"):
        man["permissions"] = [{"name": p} for p in c["perms"]]
    files["skill-package/skill.json"] = _j({"manifest": man})
    if c.get("linking"):
        files["skill-package/accountLinking.json"] = _j({"accountLinkingRequest": {
            "type": "AUTH_CODE", "authorizationUrl": c["linking"] + "/oauth2/authorize", "accessTokenUrl": c["linking"] + "/oauth2/token",
            "clientId": "alexa-" + _slug(c["name"]), "scopes": ["profile", "accounts.read"], "accessTokenScheme": "HTTP_BASIC",
            "domains": [], "skipOnEnablement": False}})
    if c.get("code", True):
        py = any(r["opts"].get("python") or r["shape"] == "notebook" for r in c["recs"])
        if py:
            files["lambda/requirements.txt"] = "ask-sdk-core==1.19.0\nask-sdk-model==1.82.0\n"
        else:
            files["lambda/package.json"] = _j({"name": _slug(c["name"]), "version": c.get("version", "1.0.0"), "main": "index.js",
                                               "dependencies": {"ask-sdk-core": "^2.14.0", "ask-sdk-model": "^1.86.0"}})
        files["ask-resources.json"] = _j({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "python3.11" if py else "nodejs18.x",
                                    "handler": "lambda_function.lambda_handler" if py else "index.handler", "awsRegion": "us-east-1"}}}}})
    for path, text in (c.get("files") or {}).items():
        files[path] = text
    return files


def _y(o):
    return yaml.safe_dump(o, allow_unicode=True, sort_keys=False, width=200)


def builder_project(c):
    lang = c.get("glang", c["locale"].split("-")[0])
    files = {"sdk/manifest.yaml": "version: \"1.0\"\n"}
    ls = {"developerEmail": c.get("email", "dev@" + _slug(c["name"]) + ".example"), "developerName": c.get("dev", c["name"] + " Team"),
          "displayName": c["name"], "fullDescription": c["desc"], "pronunciation": c["inv"],
          "sampleInvocations": [c.get("sample", f"Talk to {c['inv']}")], "shortDescription": c["desc"][:80],
          "smallLogoImage": "$resources.images.square"}
    if c.get("policy"):
        ls["privacyPolicyUrl"] = c["policy"]
    st = {"category": c.get("category", "GAMES_AND_TRIVIA"), "defaultLocale": lang, "localizedSettings": ls,
          "projectId": _slug(c["name"]) + "-" + _h(c["id"])[:4], "usesInteractiveCanvas": False, "usesTransactionsApi": False}
    if c.get("linking"):
        st["accountLinking"] = {"enableAccountCreation": True, "linkingType": "OAUTH", "authGrantType": "AUTH_CODE",
                                "authorizationUrl": c["linking"] + "/oauth2/authorize", "tokenUrl": c["linking"] + "/oauth2/token",
                                "scopes": ["profile"]}
    files["sdk/settings/settings.yaml"] = _y(st)
    for loc, ex in (c.get("extra") or {}).items():
        files[f"sdk/settings/{loc}/settings.yaml"] = _y({"localizedSettings": {**ls, **ex.get("settings", {})}})
    files["sdk/custom/global/actions.intent.MAIN.yaml"] = _y({"handler": {"webhookHandler": "main"}, "transitionToScene": c.get("start_scene", "Main")})
    for it in c["intents"]:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        d = {}
        if slots:
            d["parameters"] = [{"name": k, "type": {"name": v}} for k, v in slots.items()]
        d["trainingPhrases"] = samples
        files[f"sdk/custom/intents/{name}.yaml"] = _y(d)
    for tname, spec in (c.get("types") or {}).items():
        files[f"sdk/custom/types/{tname}.yaml"] = _y(spec)
    for sname, spec in (c.get("scenes") or {}).items():
        files[f"sdk/custom/scenes/{sname}.yaml"] = _y(spec)
    files["sdk/webhooks/ActionsOnGoogleFulfillment.yaml"] = _y({"handlers": [{"name": h} for h in c.get("handlers", ["main"])],
                                                                  "httpsEndpoint": {"baseUrl": "https://europe-west1-" + st["projectId"] + ".cloudfunctions.net/ActionsOnGoogleFulfillment"}})
    for path, text in (c.get("files") or {}).items():
        files[path] = text
    return files


def sdkv2_project(c):
    man = {"displayName": c["name"], "invocationName": c["inv"], "enabledRegions": c.get("regions", []),
           "shortDescription": c["desc"][:80], "longDescription": c["desc"], "category": c.get("category", "GAMES"),
           "companyName": c.get("dev", c["name"] + " Studio"), "contactEmail": "hello@" + _slug(c["name"]) + ".example",
           "termsOfServiceUrl": "", "sampleInvocation": [f"Ok Google, talk to {c['inv']}"], "voiceName": "male_1"}
    if c.get("policy"):
        man["privacyUrl"] = c["policy"]
    actions = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": _slug(c["name"])},
                "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
    for it in c["intents"]:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        a = {"description": name, "name": name, "fulfillment": {"conversationName": _slug(c["name"])},
             "intent": {"name": name, "trigger": {"queryPatterns": samples}}}
        if slots:
            a["intent"]["parameters"] = [{"name": k, "type": v} for k, v in slots.items()]
        actions.append(a)
    pkg = {"manifest": man, "actions": actions,
           "conversations": {_slug(c["name"]): {"name": _slug(c["name"]), "url": "https://us-central1-" + _slug(c["name"]) + ".cloudfunctions.net/conversation",
                                                "fulfillmentApiVersion": 2}},
           "locale": c["locale"]}
    if c.get("types"):
        pkg["types"] = [{"name": k, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for k, vals in c["types"].items()]
    files = {"action.json": _j(pkg)}
    for path, text in (c.get("files") or {}).items():
        files[path] = text
    return files


def dialogflow_project(c):
    lang = c["locale"].split("-")[0] if c.get("dflang") is None else c["dflang"]
    files = {"package.json": _j({"version": "1.0.0"})}
    files["agent.json"] = _j({"description": c["desc"], "language": lang, "shortDescription": c["name"],
                              "disableInteractionLogs": False, "disableStackdriverLogs": True,
                              "googleAssistant": {"googleAssistantCompatible": True, "project": _slug(c["name"]) + "-" + _h(c["id"])[:5],
                                                  "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                                  "endIntentIds": [], "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": c.get("policy") or "", "grantType": "AUTH_CODE_GRANT"},
                                                  "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False,
                                                  "isDeviceAgent": False},
                              "defaultTimezone": c.get("tz", "America/New_York"), "webhook": {"url": "https://agent-webhook.example/" + _slug(c["name"]), "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [l.split("-")[0] for l in (c.get("extra") or {})],
                              "enableOnePlatformResponses": True, "onePlatformApiVersion": "v2", "apiVersion": "v2", "enableNewAgentCreationFlow": True,
                              "displayName": c["name"]})
    for it in c["intents"]:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        end = it[3] if len(it) > 3 else False
        iid = _uuid(c["id"], name)
        files[f"intents/{name}.json"] = _j({"id": iid, "name": name, "auto": True, "contexts": [],
                                            "responses": [{"resetContexts": False, "action": _slug(name), "affectedContexts": [],
                                                           "parameters": [{"id": _uuid(iid, k), "name": k, "required": False, "dataType": v, "value": "$" + k, "defaultValue": "", "isList": False, "prompts": [], "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [], "outputDialogContexts": []} for k, v in slots.items()],
                                                           "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "speech": []}],
                                                           "speech": []}],
                                            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False,
                                            "fallbackIntent": name.lower().startswith("default fallback"), "events": [{"name": "WELCOME"}] if "Welcome" in name else [],
                                            "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": [], "endInteraction": end})
        us = []
        for s in samples:
            data = []
            # samples use {param} markers for annotated parts: "find recipes with {q}"
            rest = s
            while "{" in rest:
                pre, _, after = rest.partition("{")
                p, _, rest = after.partition("}")
                if pre:
                    data.append({"text": pre, "userDefined": False})
                pname, _, ex = p.partition("=")
                data.append({"text": ex or pname, "alias": pname, "meta": slots.get(pname, "@sys.any"), "userDefined": True})
            if rest:
                data.append({"text": rest, "userDefined": False})
            us.append({"id": _uuid(iid, s), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            files[f"intents/{name}_usersays_{lang}.json"] = _j(us)
    for path, text in (c.get("files") or {}).items():
        files[path] = text
    return files


PROJECTS = {"alexa": alexa_project, "builder": builder_project, "sdkv2": sdkv2_project, "dialogflow": dialogflow_project}


def render(c, outdir):
    files = PROJECTS[c.get("platform", "alexa")](c)
    for r in c["recs"]:
        files.update(WRITERS[r["shape"]](c, r))
    for rel, text in files.items():
        p = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text if text.endswith("\n") else text + "\n")
    return sorted({r["shape"] for r in c["recs"]})
