"""Recording shape renderers. Each takes (case, case_dir, path, turns, base_timestamp, tag)."""
import json, os, base64, datetime
from engine import *

def _t(base, i):
    return ts(base, i)

def envelope(c, d, path, turns, base, tag=""):
    for n, (t, rq, rs) in enumerate(a_pairs(c, turns, base, tag)):
        if t.intent == "SessionEndedRequest":
            continue
        name = (t.intent.split(".")[-1].replace("Intent", "") or "turn").lower()
        wj(os.path.join(d, path, f"{n + 1:02d}-{name}.json"), rs)

def pairs_jsonl(c, d, path, turns, base, tag=""):
    lines = [json.dumps({"request": rq, "response": rs}, ensure_ascii=False) for t, rq, rs in a_pairs(c, turns, base, tag)]
    wt(os.path.join(d, path), "\n".join(lines) + "\n")

def pairs_array(c, d, path, turns, base, tag=""):
    wj(os.path.join(d, path), [{"request": rq, "response": rs} for t, rq, rs in a_pairs(c, turns, base, tag)])

def _sim(c, rq, rs, t, i):
    return {"id": uid((c["id"], "sim", i)), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": strip(t.say)}}] if t.say else [],
                                              "consideredIntents": [{"name": t.intent, "confirmationStatus": "NONE", "slots": {}}] if t.intent not in ("LaunchRequest",) else []},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": skill_json(c)["manifest"]["apis"]["custom"]["endpoint"]["uri"], "body": rq},
                                                               "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 13}}]}, "error": None}}

def strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "").strip()

def smapi_simulation(c, d, path, turns, base, tag=""):
    for n, (t, rq, rs) in enumerate(a_pairs(c, turns, base, tag)):
        if t.intent == "SessionEndedRequest":
            continue
        wj(os.path.join(d, path, f"sim_{n + 1:02d}.json"), _sim(c, rq, rs, t, n))

def smapi_invocation(c, d, path, turns, base, tag=""):
    for n, (t, rq, rs) in enumerate(a_pairs(c, turns, base, tag)):
        wj(os.path.join(d, path, f"invoke-{n + 1}.json"), {"id": uid((c["id"], "inv", n)), "status": "SUCCESSFUL",
            "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": skill_json(c)["manifest"]["apis"]["custom"]["endpoint"]["uri"], "body": rq},
                                              "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 240 + n}}, "error": None}})

def ask_dialog(c, d, path, turns, base, tag="", text=False):
    ps = a_pairs(c, turns, base, tag)
    wj(os.path.join(d, path, "replay.json"), {"skillId": "amzn1.ask.skill." + uid(c["id"]), "locale": c["loc"], "type": "text",
        "userInput": [t.u for t, _, _ in ps if t.intent != "SessionEndedRequest"]})
    if text:
        lines = []
        for t, rq, rs in ps:
            if t.intent == "SessionEndedRequest":
                continue
            lines.append(f"User  > {t.u}")
            lines.append(f"Alexa > {strip(t.say)}")
        wt(os.path.join(d, path, "replay-output.txt"), "\n".join(lines) + "\n")
    else:
        wj(os.path.join(d, path, "replay-output.json"), [{"utterance": t.u, "invocations": [{"invocationRequest": {"body": rq}, "invocationResponse": {"body": rs}}]}
                                                         for t, rq, rs in ps if t.intent != "SessionEndedRequest"])

def _cw_lines(c, turns, base, tag, py=False, kw=("Request: ", "Response: ")):
    out = []
    for n, (t, rq, rs) in enumerate(a_pairs(c, turns, base, tag)):
        rid = uid((c["id"], "lam", tag, n))
        tt = ts(base, n).replace("Z", "")
        out.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            out.append(f"[INFO]\t{tt}.412Z\t{rid}\t{kw[0]}{json.dumps(rq, ensure_ascii=False)}")
            out.append(f"[INFO]\t{tt}.655Z\t{rid}\t{kw[1]}{json.dumps(rs, ensure_ascii=False)}")
        else:
            out.append(f"{tt}.412Z\t{rid}\tINFO\t{kw[0]}{json.dumps(rq, ensure_ascii=False)}")
            out.append(f"{tt}.655Z\t{rid}\tINFO\t{kw[1]}{json.dumps(rs, ensure_ascii=False)}")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tDuration: {110 + n * 7}.31 ms\tBilled Duration: {111 + n * 7} ms\tMemory Size: 256 MB\tMax Memory Used: 9{n % 10} MB")
    return out

def cloudwatch_text(c, d, path, turns, base, tag="", py=False, kw=("Request: ", "Response: ")):
    wt(os.path.join(d, path), "\n".join(_cw_lines(c, turns, base, tag, py, kw)) + "\n")

def cloudwatch_json(c, d, path, turns, base, tag=""):
    ev = []
    start = int(datetime.datetime.fromisoformat(base).replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
    for k, line in enumerate(_cw_lines(c, turns, base, tag)):
        ev.append({"logStreamName": f"{base[:10].replace('-', '/')}/[$LATEST]{hx(c['id'], tag, n=32)}", "timestamp": start + k * 400,
                   "message": line + "\n", "ingestionTime": start + k * 400 + 900, "eventId": str(37000000000000000000000000000000000000000000000000000000 + k)})
    wj(os.path.join(d, path), {"events": ev, "searchedLogStreams": []})

def har(c, d, path, turns, base, tag="", url=None):
    url = url or f"https://{c['slug']}.example-home.io/alexa"
    ents = []
    for n, (t, rq, rs) in enumerate(a_pairs(c, turns, base, tag)):
        body, rbody = json.dumps(rq, ensure_ascii=False), json.dumps(rs, ensure_ascii=False)
        ents.append({"startedDateTime": ts(base, n).replace("Z", ".000Z"), "time": 212 + n,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "Signature-256", "value": "REDACTED"}, {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body.encode()),
                                 "postData": {"mimeType": "application/json; charset=utf-8", "text": body}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}], "cookies": [],
                                  "content": {"size": len(rbody.encode()), "mimeType": "application/json", "text": rbody},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(rbody.encode())},
                     "cache": {}, "timings": {"send": 0, "wait": 200 + n, "receive": 3}})
    wj(os.path.join(d, path), {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "0.1"}, "entries": ents}})

def transcript(c, d, path, turns, base, tag="", who="SKILL"):
    out = [f"# QA transcript {c['name']} ({c['loc']}) build {hx(c['id'], tag, n=7)}"]
    for n, (t, rq, rs) in enumerate(a_pairs(c, turns, base, tag)):
        if t.intent == "SessionEndedRequest":
            continue
        out.append(f"[{ts(base, n)}] USER: {t.u}")
        out.append(f"[{ts(base, n)}] {who}: {strip(t.say)}")
        if t.rep is not None:
            out.append(f"[{ts(base, n)}] {who} (reprompt): {t.rep!r}")
        out.append(f"session_open={'false' if t.end else 'true'}")
    wt(os.path.join(d, path), "\n".join(out) + "\n")

# ---------- shapes not in set 1 ----------
def _pf(o, ind=0):
    """pretty-format as jest 29 prints plain objects: sorted keys, trailing commas"""
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "{}"
        return "{\n" + "".join(f'{sp}  "{k}": {_pf(o[k], ind + 1)},\n' for k in sorted(o)) + sp + "}"
    if isinstance(o, list):
        if not o:
            return "[]"
        return "[\n" + "".join(f"{sp}  {_pf(v, ind + 1)},\n" for v in o) + sp + "]"
    if isinstance(o, bool):
        return "true" if o else "false"
    if isinstance(o, str):
        return json.dumps(o, ensure_ascii=False).replace("`", "\\`")
    return str(o)

def jest_snapshot(c, d, path, turns, base, tag=""):
    """jest __snapshots__/*.snap written by an ask-sdk handler test suite (expect(response).toMatchSnapshot())"""
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for n, (t, rq, rs) in enumerate(a_pairs(c, turns, base, tag)):
        if t.intent == "SessionEndedRequest":
            continue
        out.append(f"exports[`{c['name']} handlers {t.intent} ({t.u}) 1`] = `\n{_pf(rs['response'])}\n`;\n")
    wt(os.path.join(d, path), "\n".join(out))

def bespoken(c, d, path, turns, base, tag=""):
    """bst test --format json result file (Bespoken virtual device)"""
    tests = []
    for n, (t, rq, rs) in enumerate(a_pairs(c, turns, base, tag)):
        if t.intent == "SessionEndedRequest":
            continue
        r = rs["response"]
        tests.append({"utterance": t.u, "passed": True, "errors": [],
                      "actual": {"prompt": strip(t.say), "reprompt": strip((r.get("reprompt") or {}).get("outputSpeech", {}).get("ssml") or (r.get("reprompt") or {}).get("outputSpeech", {}).get("text")) if r.get("reprompt") else None,
                                 "sessionEnded": r.get("shouldEndSession") is True, "raw": {"request": rq, "response": rs}}})
    wj(os.path.join(d, path), {"success": True, "suites": [{"name": c["name"] + " smoke", "locale": c["loc"], "tests": [{"description": "happy path", "interactions": tests}]}]})

def newman(c, d, path, turns, base, tag=""):
    """newman run --reporters json output: response bodies are stored as Buffer byte arrays"""
    ex = []
    for n, (t, rq, rs) in enumerate(a_pairs(c, turns, base, tag)):
        b = json.dumps(rs, ensure_ascii=False).encode()
        ex.append({"cursor": {"position": n, "iteration": 0, "length": len(turns), "ref": uid((c["id"], "nm", n))},
                   "item": {"id": uid((c["id"], "it", n)), "name": f"{n + 1:02d} {t.u}",
                            "request": {"url": {"protocol": "https", "path": ["alexa"], "host": ["{{host}}"]}, "method": "POST",
                                        "body": {"mode": "raw", "raw": json.dumps(rq, ensure_ascii=False)}}},
                   "response": {"id": uid((c["id"], "rs", n)), "status": "OK", "code": 200, "header": [{"key": "Content-Type", "value": "application/json"}],
                                "stream": {"type": "Buffer", "data": list(b)}, "responseTime": 90 + n, "responseSize": len(b)},
                   "assertions": [{"assertion": "status is 200"}]})
    wj(os.path.join(d, path), {"collection": {"info": {"name": c["name"] + " regression", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}},
                               "run": {"stats": {"requests": {"total": len(ex), "pending": 0, "failed": 0}}, "executions": ex,
                                       "timings": {"started": 0, "completed": 0}, "failures": []}})

def ngrok(c, d, path, turns, base, tag=""):
    """ngrok local inspector API dump (GET http://127.0.0.1:4040/api/requests/http) with base64 raw HTTP messages"""
    reqs = []
    for n, (t, rq, rs) in enumerate(a_pairs(c, turns, base, tag)):
        b, rb = json.dumps(rq, ensure_ascii=False).encode(), json.dumps(rs, ensure_ascii=False).encode()
        raw_q = b"POST /alexa HTTP/1.1\r\nHost: " + c["slug"].encode() + b".ngrok.app\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + str(len(b)).encode() + b"\r\n\r\n" + b
        raw_s = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + str(len(rb)).encode() + b"\r\n\r\n" + rb
        reqs.append({"uri": f"/api/requests/http/{hx(c['id'], n, n=26)}", "id": "ai_" + hx(c["id"], n, n=26), "tunnel_name": "command_line",
                     "remote_addr": "54.240.197.%d" % (10 + n), "start": ts(base, n), "duration": 183000000 + n,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "uri": "/alexa", "raw": base64.b64encode(raw_q).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json"]}, "raw": base64.b64encode(raw_s).decode()}})
    wj(os.path.join(d, path), {"uri": "/api/requests/http", "requests": list(reversed(reqs))})

def console_io(c, d, path, turns, base, tag=""):
    """copy-paste of the developer console Test tab (JSON Input n / JSON Output n panes) into a text file"""
    out = []
    k = 0
    for n, (t, rq, rs) in enumerate(a_pairs(c, turns, base, tag)):
        if t.intent == "SessionEndedRequest":
            continue
        k += 1
        out.append(f"> {t.u}")
        out.append(f"JSON Input {k}")
        out.append(json.dumps(rq, ensure_ascii=False, indent=1))
        out.append(f"JSON Output {k}")
        out.append(json.dumps(rs, ensure_ascii=False, indent=1))
        out.append("")
    wt(os.path.join(d, path), "\n".join(out))

def pytest_capture(c, d, path, turns, base, tag=""):
    """pytest -rA output of a Python ask-sdk test module, handler_input/response printed as Python reprs"""
    out = ["============================= test session starts ==============================",
           "platform linux -- Python 3.11.6, pytest-7.4.3, pluggy-1.3.0", f"rootdir: /home/ci/{c['slug']}", "collected %d items" % len(turns), "",
           "tests/test_flows.py " + "." * len(turns) + " [100%]", "", "==================================== PASSES ===================================="]
    for n, (t, rq, rs) in enumerate(a_pairs(c, turns, base, tag)):
        out.append(f"_______________________ test_turn_{n + 1:02d}_{t.intent.split('.')[-1].lower()} _______________________")
        out.append("----------------------------- Captured stdout call -----------------------------")
        out.append(f"REQUEST {rq!r}")
        out.append(f"RESPONSE {rs!r}")
    out.append(f"============================== {len(turns)} passed in 0.8{len(turns)}s ===============================")
    wt(os.path.join(d, path), "\n".join(out) + "\n")

def csv_transcript(c, d, path, turns, base, tag=""):
    """CSV exported from a QA spreadsheet"""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["timestamp", "session", "speaker", "text", "reprompt", "session_open"])
    k = 0
    for si, s in enumerate(sessions(turns)):
        for t in s:
            k += 1
            if t.intent == "SessionEndedRequest":
                continue
            w.writerow([ts(base, k), f"S{si + 1}", "user", t.u, "", ""])
            w.writerow([ts(base, k), f"S{si + 1}", "skill", strip(t.say), strip(t.rep) if t.rep is not None else "", "no" if t.end else "yes"])
    wt(os.path.join(d, path), buf.getvalue())

def ha_log(c, d, path, turns, base, tag=""):
    """home-assistant.log with logger homeassistant.components.alexa at debug level (Python reprs)"""
    out = []
    for n, (t, rq, rs) in enumerate(a_pairs(c, turns, base, tag)):
        tt = ts(base, n).replace("T", " ").replace("Z", "")
        out.append(f"{tt}.118 DEBUG (MainThread) [homeassistant.components.alexa.intent] Received Alexa request: {rq!r}")
        out.append(f"{tt}.342 DEBUG (MainThread) [homeassistant.components.alexa.intent] Sending response: {rs!r}")
        if n % 2 == 0:
            out.append(f"{tt}.350 INFO (MainThread) [homeassistant.components.http.view] Serving /api/alexa to 54.239.{n}.12 (auth: False)")
    wt(os.path.join(d, path), "\n".join(out) + "\n")

# ---------------- Google recordings ----------------
def _g_turns(c, turns, base, tag):
    res, i = [], 0
    for si, s in enumerate(sessions(turns)):
        sid = "ABwppHF" + hx(c["id"], tag, si, n=40)
        for k, t in enumerate(s):
            res.append((t, sid, k == 0, i)); i += 1
    return res

def gactions_scene(c, d, path, turns, base, tag="", one_file=False):
    items = []
    for t, sid, new, i in _g_turns(c, turns, base, tag):
        rq = {"handler": {"name": t.slots.get("_handler", t.intent.lower())},
              "intent": {"name": "actions.intent.MAIN" if t.intent == "MAIN" else t.intent,
                         "params": {k: {"original": v, "resolved": v} for k, v in t.slots.items() if not k.startswith("_")}, "query": t.u},
              "scene": {"name": t.slots.get("_scene", "actions.scene.START_CONVERSATION" if new else "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
              "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
              "user": {"locale": c["loc"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED",
                       "packageEntitlements": [], "gaiamint": "", "permissions": t.slots.get("_perms", []), "lastSeenTime": ts(base, i)},
              "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        rs = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t.say, "text": strip(t.say)}}}
        if t.end:
            rs["scene"] = {"name": rq["scene"]["name"], "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
        elif t.slots.get("_next"):
            rs["scene"] = {"name": rq["scene"]["name"], "slots": {}, "next": {"name": t.slots["_next"]}}
        items.append((i, rq, rs))
    if one_file:
        wj(os.path.join(d, path), [{"request": rq, "response": rs} for i, rq, rs in items])
    else:
        for i, rq, rs in items:
            wj(os.path.join(d, path, f"turn{i + 1:02d}.request.json"), rq)
            wj(os.path.join(d, path, f"turn{i + 1:02d}.response.json"), rs)

def _v2_resp(t):
    if t.end:
        return {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.say}}]}}}
    r = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t.say}}]}},
                                                        "possibleIntents": [{"intent": "actions.intent.TEXT"}]}]}
    if t.rep is not None:
        r["expectedInputs"][0]["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": x} for x in (t.rep if isinstance(t.rep, list) else [t.rep])]
    if t.slots.get("_perm"):
        r["expectedInputs"][0]["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                      "optContext": t.slots.get("_ctx", ""), "permissions": t.slots["_perm"]}}]
    return r

def gactions_conversation(c, d, path, turns, base, tag=""):
    out = []
    for t, sid, new, i in _g_turns(c, turns, base, tag):
        rq = {"user": {"userId": "ABwppHE" + hx(c["id"], "u", n=30), "locale": c["loc"], "lastSeen": ts(base, i), "userVerificationStatus": "VERIFIED"},
              "conversation": {"conversationId": sid, "type": "NEW" if new else "ACTIVE", **({} if new else {"conversationToken": "[]"})},
              "inputs": [{"intent": "actions.intent.MAIN" if t.intent == "MAIN" else t.intent, "rawInputs": [{"inputType": "VOICE", "query": t.u}],
                          "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in t.slots.items() if not k.startswith("_")]}],
              "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
              "isInSandbox": True, "availableSurfaces": []}
        out.append({"request": rq, "response": _v2_resp(t)})
    wj(os.path.join(d, path), out)

def dialogflow_webhook(c, d, path, turns, base, tag=""):
    for t, sid, new, i in _g_turns(c, turns, base, tag):
        rq = {"responseId": uid((c["id"], "df", i)) + "-" + hx(i, n=8),
              "queryResult": {"queryText": t.u, "parameters": {k: v for k, v in t.slots.items() if not k.startswith("_")}, "allRequiredParamsPresent": True,
                              "fulfillmentMessages": [{"text": {"text": [""]}}], "outputContexts": [],
                              "intent": {"name": f"projects/{c['slug']}/agent/intents/{uid((c['id'], t.intent))}", "displayName": t.intent},
                              "intentDetectionConfidence": 1, "languageCode": c["loc"][:2]},
              "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": c["loc"], "userVerificationStatus": "VERIFIED"},
                  "conversation": {"conversationId": sid, "type": "NEW" if new else "ACTIVE"}, "isInSandbox": True,
                  "inputs": [{"intent": "actions.intent.MAIN" if new else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t.u}]}]}},
              "session": f"projects/{c['slug']}/agent/sessions/{sid}"}
        g = {"expectUserResponse": not t.end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.say}}]}}
        if t.rep is not None and not t.end:
            g["noInputPrompts"] = [{"textToSpeech": t.rep}]
        if t.slots.get("_perm"):
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                  "optContext": t.slots.get("_ctx", ""), "permissions": t.slots["_perm"]}}
        rs = {"payload": {"google": g}, "fulfillmentText": strip(t.say)}
        wj(os.path.join(d, path, f"{i + 1:02d}-{t.intent.replace(' ', '_').lower()}.json"), {"webhookRequest": rq, "webhookResponse": rs})

def simulator_export(c, d, path, turns, base, tag=""):
    """Actions console simulator: 'Export' of the conversation (display, request, response, debug tabs) — new shape"""
    conv = []
    for t, sid, new, i in _g_turns(c, turns, base, tag):
        conv.append({"input": {"query": t.u, "inputType": "KEYBOARD"},
                     "output": {"speech": [strip(t.say)], "displayText": [strip(t.say)], "micOpen": not t.end,
                                "noInputReprompts": [t.rep] if t.rep is not None else []},
                     "debugInfo": {"assistantToAgentDebug": {"sessionId": sid, "matchedIntent": t.intent, "currentScene": t.slots.get("_scene", "Main")},
                                   "agentToAssistantDebug": {"expectUserResponse": not t.end, "firstSimple": {"speech": t.say}}}})
    wj(os.path.join(d, path), {"simulator": {"surface": "SMART_DISPLAY" if c.get("display") else "SPEAKER", "locale": c["loc"], "location": "Mountain View, CA"},
                               "conversation": conv})

SHAPES = {"envelope": envelope, "pairs-jsonl": pairs_jsonl, "pairs-array": pairs_array, "smapi-simulation": smapi_simulation,
          "smapi-invocation": smapi_invocation, "ask-dialog": ask_dialog, "cloudwatch-text": cloudwatch_text, "cloudwatch-json": cloudwatch_json,
          "har": har, "transcript": transcript, "jest-snapshot": jest_snapshot, "bespoken-results": bespoken, "newman-json": newman,
          "ngrok-inspect": ngrok, "console-skill-io": console_io, "pytest-capture": pytest_capture, "csv-transcript": csv_transcript,
          "homeassistant-log": ha_log, "gactions-scene": gactions_scene, "gactions-conversation": gactions_conversation,
          "dialogflow-webhook": dialogflow_webhook, "actions-simulator-export": simulator_export}
