"""Small renderer: turns the hand-written case descriptions (cases_*.py) into project files.
Nothing here invents content; it only wraps the written turns in the platform envelopes."""
import hashlib, json, os, uuid, datetime, html

def _h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()

def _uuid(*parts):
    return str(uuid.UUID(_h(*parts)[:32]))

def dump(o):
    return json.dumps(o, indent=2, ensure_ascii=False) + "\n"

# ---------------------------------------------------------------- case helpers
def T(u, i, say, rep=None, end=None, slots=None, card=None, perm=None, audio=None):
    """One Alexa turn. u = what the user said (None for launch by name), i = intent / Launch / End."""
    if end is None:
        end = rep is None
    return dict(u=u, i=i, say=say, rep=rep, end=end, slots=slots or {}, card=card, perm=perm, audio=audio)

def G(u, intent, say, noinput=None, expect=True, perm=None, scene=None, nxt=None, params=None):
    """One Google turn."""
    return dict(u=u, intent=intent, say=say, noinput=noinput or [], expect=expect, perm=perm,
                scene=scene, nxt=nxt, params=params or {})

def speech(text):
    if text is None:
        return None
    if text.lstrip().startswith("<speak"):
        return {"type": "SSML", "ssml": text}
    return {"type": "PlainText", "text": text}

# ---------------------------------------------------------------- Alexa envelopes
def alexa_pairs(case, sessions, locale, t0):
    sid_app = "amzn1.ask.skill." + _uuid(case["id"], "app")
    user = "amzn1.ask.account." + _h(case["id"], "user")[:40].upper()
    dev = "amzn1.ask.device." + _h(case["id"], "dev")[:40].upper()
    ts = datetime.datetime.fromisoformat(t0)
    pairs = []
    for si, sess in enumerate(sessions):
        sess_id = "amzn1.echo-api.session." + _uuid(case["id"], t0, si)
        for ti, t in enumerate(sess):
            ts += datetime.timedelta(seconds=7 + ti)
            req = {"type": "IntentRequest", "requestId": "amzn1.echo-api.request." + _uuid(case["id"], t0, si, ti),
                   "locale": locale, "timestamp": ts.strftime("%Y-%m-%dT%H:%M:%SZ")}
            if t["i"] == "Launch":
                req["type"] = "LaunchRequest"
            elif t["i"] == "End":
                req["type"] = "SessionEndedRequest"; req["reason"] = "USER_INITIATED"
            else:
                req["dialogState"] = "STARTED" if False else None
                req.pop("dialogState")
                req["intent"] = {"name": t["i"], "confirmationStatus": "NONE",
                                 "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in t["slots"].items()}}
            env = {"version": "1.0",
                   "session": {"new": ti == 0, "sessionId": sess_id, "application": {"applicationId": sid_app},
                               "user": {"userId": user}, **({} if ti == 0 else {"attributes": {}})},
                   "context": {"System": {"application": {"applicationId": sid_app}, "user": {"userId": user},
                                          "device": {"deviceId": dev, "supportedInterfaces": {}},
                                          "apiEndpoint": "https://api.eu.amazonalexa.com" if locale[:2] in "de es fr it" else "https://api.amazonalexa.com",
                                          "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
                   "request": req}
            r = {}
            if t["say"] is not None:
                r["outputSpeech"] = speech(t["say"])
            if t["card"]:
                r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
            if t["perm"]:
                r["card"] = {"type": "AskForPermissionsConsent", "permissions": t["perm"]}
            if t["audio"]:
                r["directives"] = [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                                    "audioItem": {"stream": {"url": t["audio"], "token": "t1", "offsetInMilliseconds": 0}}}]
            if t["rep"] is not None:
                r["reprompt"] = {"outputSpeech": speech(t["rep"])}
            if t["end"] != "absent":
                r["shouldEndSession"] = t["end"]
            resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": case.get("ua", "ask-node/2.14.0 Node/v18.18.2"),
                    "response": r}
            if t["i"] == "End":
                resp = {"version": "1.0", "response": {}}
            pairs.append(dict(req=env, resp=resp, u=t["u"], t=t, ts=ts))
    return pairs

def _said(p):
    o = p["resp"]["response"].get("outputSpeech") or {}
    return o.get("ssml") or o.get("text") or ""

def _rep(p):
    o = (p["resp"]["response"].get("reprompt") or {}).get("outputSpeech") or {}
    return o.get("ssml") or o.get("text")

def _utt(p, inv):
    if p["u"] is not None:
        return p["u"]
    return "open " + inv

# ---------------------------------------------------------------- Alexa shapes
def sh_envelope(pairs, path, ctx):
    base, ext = os.path.splitext(path)
    return {f"{base}-{i+1:02d}{ext or '.json'}": dump(p["resp"]) for i, p in enumerate(pairs)}

def sh_pairs_jsonl(pairs, path, ctx):
    return {path: "".join(json.dumps({"request": p["req"], "response": p["resp"]}, ensure_ascii=False) + "\n" for p in pairs)}

def sh_pairs_array(pairs, path, ctx):
    return {path: dump([{"request": p["req"], "response": p["resp"]} for p in pairs])}

def _endpoint(ctx):
    return "arn:aws:lambda:%s:%s:function:%s" % ("eu-west-1" if ctx["locale"][:2] in ("de", "es", "fr", "it") else "us-east-1",
                                                  str(int(_h(ctx["id"])[:10], 16))[:12].rjust(12, "4"), ctx["id"][4:])

def sh_smapi_simulation(pairs, path, ctx):
    out = {}
    base, ext = os.path.splitext(path)
    for i, p in enumerate(pairs):
        o = {"id": _uuid(ctx["id"], "sim", i), "status": "SUCCESSFUL",
             "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _said(p)}}],
                                               "consideredIntents": []},
                        "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": _endpoint(ctx), "body": p["req"]},
                                                                "invocationResponse": {"body": p["resp"]},
                                                                "metrics": {"skillExecutionTimeInMilliseconds": 212 + i}}]},
                        "error": None}}
        out[f"{base}-{i+1}{ext}"] = dump(o)
    return out

def sh_smapi_invocation(pairs, path, ctx):
    out = {}
    base, ext = os.path.splitext(path)
    for i, p in enumerate(pairs):
        o = {"id": _uuid(ctx["id"], "inv", i), "status": "SUCCESSFUL",
             "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": _endpoint(ctx), "body": p["req"]},
                                               "invocationResponse": {"body": p["resp"]},
                                               "metrics": {"skillExecutionTimeInMilliseconds": 180 + i}}, "error": None}}
        out[f"{base}_{i+1:02d}{ext}"] = dump(o)
    return out

def sh_ask_dialog(pairs, path, ctx):
    replay = {"skillId": pairs[0]["req"]["session"]["application"]["applicationId"], "locale": ctx["locale"],
              "type": "text", "userInput": [_utt(p, ctx["inv"]) for p in pairs if p["t"]["i"] != "End"]}
    lines = []
    for p in pairs:
        if p["t"]["i"] == "End":
            continue
        lines.append(f"User  > {_utt(p, ctx['inv'])}")
        lines.append(f"Alexa > {_said(p)}")
        if _rep(p) is not None:
            lines.append(f"        (reprompt) {_rep(p)}")
        if p["resp"]["response"].get("shouldEndSession") is True:
            lines.append("        [session ended]")
    base = os.path.splitext(path)[0]
    return {path: dump(replay), base + ".output.txt": "\n".join(lines) + "\n"}

def sh_cloudwatch_text(pairs, path, ctx):
    lines, py = [], ctx.get("py", False)
    for p in pairs:
        rid = _uuid(ctx["id"], "cw", p["req"]["request"]["requestId"])
        ts = p["ts"].strftime("%Y-%m-%dT%H:%M:%S.123Z")
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{ts}\t{rid}\tRequest: {json.dumps(p['req'], ensure_ascii=False)}")
            lines.append(f"[INFO]\t{ts}\t{rid}\tResponse: {json.dumps(p['resp'], ensure_ascii=False)}")
        else:
            lines.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(p['req'], ensure_ascii=False)}")
            lines.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(p['resp'], ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: 41.20 ms\tBilled Duration: 42 ms\tMemory Size: 128 MB\tMax Memory Used: 71 MB")
    return {path: "\n".join(lines) + "\n"}

def sh_cloudwatch_json(pairs, path, ctx):
    ev = []
    for p in pairs:
        rid = _uuid(ctx["id"], "cwj", p["req"]["request"]["requestId"])
        t = int(p["ts"].timestamp() * 1000)
        for k, o in (("Request", p["req"]), ("Response", p["resp"])):
            ev.append({"logStreamName": "2024/05/11/[$LATEST]" + _h(ctx["id"])[:32], "timestamp": t,
                       "message": f"{p['ts'].strftime('%Y-%m-%dT%H:%M:%S.456Z')}\t{rid}\tINFO\t{k}: {json.dumps(o, ensure_ascii=False)}\n",
                       "ingestionTime": t + 900, "eventId": str(int(_h(rid, k)[:15], 16))})
    return {path: dump({"events": ev, "searchedLogStreams": []})}

def sh_har(pairs, path, ctx):
    url = ctx.get("url", "https://%s.ngrok-free.app/alexa" % _h(ctx["id"])[:8])
    ents = []
    for p in pairs:
        body, rbody = json.dumps(p["req"], ensure_ascii=False), json.dumps(p["resp"], ensure_ascii=False)
        ents.append({"startedDateTime": p["ts"].strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 88,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body),
                                 "postData": {"mimeType": "application/json", "text": body}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                                  "content": {"size": len(rbody), "mimeType": "application/json", "text": rbody},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(rbody)},
                     "cache": {}, "timings": {"send": 1, "wait": 80, "receive": 7}})
    return {path: dump({"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "124.0"}, "pages": [], "entries": ents}})}

def sh_transcript(pairs, path, ctx):
    lines = [f"# QA transcript {ctx['inv']} ({ctx['locale']})"]
    for p in pairs:
        ts = p["ts"].strftime("%Y-%m-%d %H:%M:%S")
        if p["t"]["i"] == "End":
            lines.append(f"[{ts}] (session ended by user)")
            continue
        lines.append(f"[{ts}] USER: {_utt(p, ctx['inv'])}")
        lines.append(f"[{ts}] SKILL: {_said(p)}")
        if _rep(p) is not None:
            lines.append(f"[{ts}] REPROMPT: {_rep(p)}")
        se = p["resp"]["response"].get("shouldEndSession")
        lines.append(f"[{ts}] session_open={'false' if se is True else 'true'}")
    return {path: "\n".join(lines) + "\n"}

# ---- new shapes (not in set 1)
def sh_pytest_log(pairs, path, ctx):
    """pytest -v -s output: each test calls the handler and prints the request and the response JSON."""
    lines = ["============================= test session starts ==============================",
             "platform linux -- Python 3.11.6, pytest-7.4.3, pluggy-1.3.0 -- /usr/bin/python3",
             "rootdir: /home/dev/" + ctx["id"][4:], "collecting ... collected %d items" % len(pairs), ""]
    for i, p in enumerate(pairs):
        name = (p["t"]["i"] or "x").lower().replace(".", "_")
        lines.append(f"tests/test_handlers.py::test_{i+1:02d}_{name} ")
        lines.append(">>> utterance: " + _utt(p, ctx["inv"]))
        lines.append(">>> request: " + json.dumps(p["req"], ensure_ascii=False))
        lines.append("<<< response: " + json.dumps(p["resp"], ensure_ascii=False))
        lines.append("PASSED")
    lines.append("")
    lines.append(f"============================== {len(pairs)} passed in 0.{len(pairs)+3}1s ===============================")
    return {path: "\n".join(lines) + "\n"}

def sh_junit_xml(pairs, path, ctx):
    cases = []
    for i, p in enumerate(pairs):
        out = "REQUEST " + json.dumps(p["req"], ensure_ascii=False) + "\nRESPONSE " + json.dumps(p["resp"], ensure_ascii=False)
        cases.append(f'    <testcase classname="skill.HandlerTest" name="turn{i+1}_{html.escape(p["t"]["i"])}" time="0.0{i+2}">\n'
                     f'      <system-out><![CDATA[{out}]]></system-out>\n    </testcase>')
    x = ('<?xml version="1.0" encoding="UTF-8"?>\n'
         f'<testsuites>\n  <testsuite name="{ctx["id"]}" tests="{len(pairs)}" failures="0" errors="0" skipped="0" '
         f'timestamp="{pairs[0]["ts"].strftime("%Y-%m-%dT%H:%M:%S")}">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    return {path: x}

def _js(o, ind=0):
    """Jest pretty-format style (Object {...} / Array [...])."""
    pad = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        s = "Object {\n"
        for k in sorted(o):
            s += f'{pad}  "{k}": {_js(o[k], ind + 1)},\n'
        return s + pad + "}"
    if isinstance(o, list):
        if not o:
            return "Array []"
        return "Array [\n" + "".join(f"{pad}  {_js(v, ind + 1)},\n" for v in o) + pad + "]"
    if isinstance(o, str):
        return json.dumps(o, ensure_ascii=False)
    return json.dumps(o)

def sh_jest_snapshot(pairs, path, ctx):
    s = "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\n"
    for i, p in enumerate(pairs):
        s += f"exports[`handlers ${_utt(p, ctx['inv'])}$ ${i+1}$ 1`] = `\n{_js(p['resp'])}\n`;\n\n".replace("$", "")
    return {path: s}

def sh_ipynb(pairs, path, ctx):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [ctx.get("nbtitle", "# poking the skill locally\n")]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json\n", "from lambda_function import lambda_handler\n", "def ask(ev):\n",
                         "    out = lambda_handler(ev, None)\n", "    print(json.dumps(out, indent=1, ensure_ascii=False))\n"]}]
    for i, p in enumerate(pairs):
        cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {},
                      "source": [f"# {_utt(p, ctx['inv'])}\n", "ev = " + json.dumps(p["req"], ensure_ascii=False) + "\n", "ask(ev)"],
                      "outputs": [{"name": "stdout", "output_type": "stream",
                                   "text": [json.dumps(p["resp"], indent=1, ensure_ascii=False) + "\n"]}]})
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    return {path: dump(nb)}

def sh_charles(pairs, path, ctx):
    """Charles Proxy session export (.chlsj): JSON array of transactions."""
    host = ctx.get("host", "%s.loca.lt" % ctx["id"][4:])
    arr = []
    for p in pairs:
        arr.append({"status": "COMPLETE", "method": "POST", "protocolVersion": "HTTP/1.1", "scheme": "https",
                    "host": host, "actualPort": 443, "path": "/skill", "query": None, "tunnel": False,
                    "times": {"start": p["ts"].strftime("%Y-%m-%dT%H:%M:%S.000+00:00"), "end": p["ts"].strftime("%Y-%m-%dT%H:%M:%S.140+00:00")},
                    "request": {"header": {"headers": [{"name": "Content-Type", "value": "application/json"}]},
                                "mimeType": "application/json", "charset": "UTF-8", "contentEncoding": None,
                                "body": {"text": json.dumps(p["req"], ensure_ascii=False), "charset": "UTF-8"}},
                    "response": {"status": 200, "header": {"headers": [{"name": "Content-Type", "value": "application/json"}]},
                                 "mimeType": "application/json", "charset": "UTF-8",
                                 "body": {"text": json.dumps(p["resp"], ensure_ascii=False), "charset": "UTF-8"}}})
    return {path: dump(arr)}

def sh_postman(pairs, path, ctx):
    """Postman collection v2.1 with the responses saved as examples."""
    items = []
    for i, p in enumerate(pairs):
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": json.dumps(p["req"], indent=1, ensure_ascii=False)},
               "url": {"raw": "{{skillUrl}}", "host": ["{{skillUrl}}"]}}
        items.append({"name": f"{i+1} {_utt(p, ctx['inv'])}", "request": req,
                      "response": [{"name": "saved", "originalRequest": req, "status": "OK", "code": 200,
                                    "_postman_previewlanguage": "json", "header": [],
                                    "body": json.dumps(p["resp"], indent=1, ensure_ascii=False)}]})
    col = {"info": {"_postman_id": _uuid(ctx["id"], "pm"), "name": ctx["name"] + " local",
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": items, "variable": [{"key": "skillUrl", "value": "http://localhost:3000/"}]}
    return {path: dump(col)}

def sh_hand_log(pairs, path, ctx):
    """hand-written notes from testing on a real device (markdown-ish)."""
    lines = [ctx.get("loghead", f"testing {ctx['inv']} on the echo dot - notes"), ""]
    for p in pairs:
        if p["t"]["i"] == "End":
            lines.append("  (I said stop / walked away)")
            continue
        lines.append(f"me:    {_utt(p, ctx['inv'])}")
        lines.append(f"echo:  {_said(p)}")
        if _rep(p) is not None:
            lines.append(f"       reprompt (from the response json) -> {json.dumps(_rep(p), ensure_ascii=False)}")
        se = p["resp"]["response"].get("shouldEndSession")
        lines.append(f"       shouldEndSession={json.dumps(se)} " + ("(ring off)" if se is True else "(blue ring stays on)"))
    if ctx.get("logtail"):
        lines += ["", ctx["logtail"]]
    return {path: "\n".join(lines) + "\n"}

ALEXA_SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array,
                "smapi-simulation": sh_smapi_simulation, "smapi-invocation": sh_smapi_invocation, "ask-dialog": sh_ask_dialog,
                "cloudwatch-text": sh_cloudwatch_text, "cloudwatch-json": sh_cloudwatch_json, "har": sh_har,
                "transcript": sh_transcript, "pytest-log": sh_pytest_log, "junit-xml": sh_junit_xml,
                "jest-snapshot": sh_jest_snapshot, "ipynb": sh_ipynb, "charles-session": sh_charles,
                "postman-collection": sh_postman, "hand-log": sh_hand_log}

# ---------------------------------------------------------------- Alexa package
BUILTIN = ["AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]

def alexa_package(c):
    files = {}
    locs = c.get("locales") or {c["locale"]: {}}
    pub = {}
    for loc, over in locs.items():
        pub[loc] = {"summary": over.get("summary", c["summary"]), "examplePhrases": over.get("examples", c.get("examples", [])),
                    "name": over.get("name", c["name"]), "description": over.get("desc", c.get("desc", c["summary"])),
                    "smallIconUri": "https://example.invalid/icon-108.png", "largeIconUri": "https://example.invalid/icon-512.png",
                    "keywords": c.get("keywords", [])}
        model = {"interactionModel": {"languageModel": {"invocationName": over.get("inv", c["inv"]),
                 "intents": [{"name": n, "slots": [{"name": k, "type": v} for k, v in (sl or {}).items()], "samples": s}
                             for n, s, sl in over.get("intents", c.get("intents", []))] +
                            [{"name": b, "samples": []} for b in BUILTIN if b not in c.get("no_builtin", [])],
                 "types": [{"name": tn, "values": [{"name": {"value": v}} for v in vals]}
                           for tn, vals in over.get("types", c.get("types", {})).items()]}}}
        files[f"skill-package/interactionModels/custom/{loc}.json"] = dump(model)
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
          "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {loc: {"privacyPolicyUrl": c["policy"], **({"termsOfUseUrl": c["terms"]} if c.get("terms") else {})} for loc in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "testingInstructions": c.get("testing", "n/a"),
                                                   "category": c.get("category", "GAMES"), "distributionCountries": c.get("countries", [])},
                        "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", "arn:aws:lambda:us-east-1:446622001133:function:" + c["id"][4:])}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    files["skill-package/skill.json"] = dump(man)
    return files

# ---------------------------------------------------------------- Google
def google_conv(case, turns, locale, t0):
    """Actions SDK v2 webhook request/response pairs (one JSON array)."""
    conv = _h(case["id"], t0)[:20]
    out = []
    for i, t in enumerate(turns):
        inp = {"intent": t["intent"], "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}
        if t["intent"] == "actions.intent.TEXT":
            inp["arguments"] = [{"name": "text", "rawText": t["u"], "textValue": t["u"]}]
        req = {"user": {"locale": locale, "lastSeen": "2024-04-02T10:11:12Z", "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": conv, "type": "NEW" if i == 0 else "ACTIVE"}, "inputs": [inp],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "availableSurfaces": []}
        items = [{"simpleResponse": {"textToSpeech": t["say"]}}]
        if t["expect"]:
            pi = [{"intent": "actions.intent.TEXT"}]
            if t["perm"]:
                pi = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0],
                    "permissions": t["perm"][1]}}]
            resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": items},
                    "noInputPrompts": [{"textToSpeech": n} for n in t["noinput"]]}, "possibleIntents": pi}]}
        else:
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
        out.append({"request": req, "response": resp})
    return out

def google_df(case, turns, locale, t0):
    sess = "projects/%s/agent/sessions/%s" % (case["id"][4:], _h(case["id"], t0)[:24])
    out = []
    for i, t in enumerate(turns):
        req = {"responseId": _uuid(case["id"], t0, i), "session": sess,
               "queryResult": {"queryText": t["u"], "parameters": t["params"], "allRequiredParamsPresent": True,
                               "intent": {"name": "projects/%s/agent/intents/%s" % (case["id"][4:], _uuid(case["id"], t["intent"])),
                                          "displayName": t["intent"]}, "intentDetectionConfidence": 1, "languageCode": locale.lower()},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": locale, "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": _h(case["id"], t0)[:24], "type": "NEW" if i == 0 else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.TEXT" if i else "actions.intent.MAIN", "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
        g = {"expectUserResponse": t["expect"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["say"]}}]}}
        if t["noinput"]:
            g["noInputPrompts"] = [{"textToSpeech": n} for n in t["noinput"]]
        if t["perm"]:
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}
        out.append({"request": req, "response": {"fulfillmentText": t["say"], "payload": {"google": g}}})
    return out

def google_scene(case, turns, locale, t0):
    sid = _h(case["id"], t0)[:30]
    out = []
    for i, t in enumerate(turns):
        req = {"handler": {"name": t.get("handler") or t["intent"].split(".")[-1].lower()},
               "intent": {"name": t["intent"], "params": {k: {"original": v, "resolved": v} for k, v in t["params"].items()}, "query": t["u"]},
               "scene": {"name": t["scene"] or "Main", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": locale},
               "user": {"locale": locale, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "lastSeenTime": "2024-03-30T18:00:00Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["say"], "text": t["say"]}}}
        if t["nxt"]:
            resp["scene"] = {"name": t["scene"] or "Main", "slots": {}, "next": {"name": t["nxt"]}}
        out.append({"request": req, "response": resp})
    return out

def builder_project(c):
    import yaml_lite as Y
    f = {}
    f["sdk/manifest.yaml"] = "version: '1.0'\n"
    st = {"projectId": c["id"][4:], "defaultLocale": c["locale"].split("-")[0] if c["locale"] != "en-US" else "en",
          "category": c.get("category", "GAMES_AND_TRIVIA"), "usesTransactionsApi": False, "usesDigitalPurchaseApi": False,
          "usesInteractiveCanvas": False, "designedForFamily": c.get("child", False), "contentRating": "ZERO_PLUS",
          "localizedSettings": {"displayName": c["name"], "pronunciation": c["inv"], "shortDescription": c["summary"],
                                "fullDescription": c.get("desc", c["summary"]), "developerName": c.get("dev", "student project"),
                                "developerEmail": "team@example.invalid", **({"privacyPolicyUrl": c["policy"]} if c.get("policy") else {}),
                                "sampleInvocations": c.get("examples", [])}}
    f["sdk/settings/settings.yaml"] = Y.dump(st)
    f["sdk/webhooks/ActionsOnGoogleFulfillment.yaml"] = Y.dump({"handlers": [{"name": h} for h in c.get("handlers", ["main"])],
                                                                "httpsEndpoint": {"baseUrl": "https://us-central1-%s.cloudfunctions.net/fulfillment" % c["id"][4:]}})
    f["sdk/custom/global/actions.intent.MAIN.yaml"] = Y.dump({"handler": {"webhookHandler": "main"}, "transitionToScene": "Main"})
    for name, phrases in c.get("gintents", {}).items():
        body = {"trainingPhrases": phrases}
        if c.get("gparams", {}).get(name):
            body["parameters"] = [{"name": k, "type": {"name": v}} for k, v in c["gparams"][name].items()]
        f[f"sdk/custom/intents/{name}.yaml"] = Y.dump(body)
    for name, vals in c.get("gtypes", {}).items():
        f[f"sdk/custom/types/{name}.yaml"] = Y.dump({"synonym": {"entities": {v: {"synonyms": [v]} for v in vals}}})
    for name, body in c.get("scenes", {}).items():
        f[f"sdk/custom/scenes/{name}.yaml"] = body if isinstance(body, str) else Y.dump(body)
    return f

def sdk2_project(c):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["id"][4:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c.get("examples", [])}}}]
    for name, pats in c.get("gintents", {}).items():
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c["id"][4:]},
                     "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in c.get("gparams", {}).get(name, {}).items()],
                                "trigger": {"queryPatterns": pats}}})
    man = {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["summary"],
           "longDescription": c.get("desc", c["summary"]), "category": c.get("category", "GAMES_AND_TRIVIA")}
    if c.get("policy"):
        man["privacyUrl"] = c["policy"]
    o = {"manifest": man, "actions": acts,
         "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": "https://%s.ngrok.io/webhook" % _h(c["id"])[:8]}},
         "locale": c["locale"].split("-")[0] if c["locale"].startswith("en") else c["locale"]}
    if c.get("gtypes"):
        o["types"] = [{"name": "$" + k, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for k, vals in c["gtypes"].items()]
    return {"action.json": dump(o)}

def df_project(c):
    lang = c["locale"].split("-")[0]
    f = {}
    ag = {"description": c.get("desc", c["summary"]), "displayName": c["name"], "language": lang, "shortDescription": "",
          "disableInteractionLogs": False, "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][4:],
          "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": [],
          "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"}, "voiceType": "FEMALE_1", "capabilities": [],
          "protocolVersion": "V2", "isDeviceAgent": False, "invocationName": c["inv"],
          **({"privacyPolicyUrl": c["policy"]} if c.get("policy") else {})},
          "defaultTimezone": "America/New_York", "webhook": {"url": "https://%s.ngrok.io/df" % _h(c["id"])[:8], "available": True,
                                                             "useForDomains": False, "cloudFunctionsEnabled": False},
          "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True}
    f["agent.json"] = dump(ag)
    f["package.json"] = dump({"version": "1.0.0"})
    for name, spec in c.get("dfintents", {}).items():
        params = [{"id": _uuid(c["id"], name, k), "required": False, "dataType": v, "name": k, "value": "$" + k, "isList": False}
                  for k, v in spec.get("params", {}).items()]
        f[f"intents/{name}.json"] = dump({"id": _uuid(c["id"], name), "name": name, "auto": True, "contexts": [],
            "responses": [{"resetContexts": False, "action": spec.get("action", ""), "affectedContexts": [], "parameters": params,
                           "messages": [{"type": 0, "lang": lang, "condition": "", "speech": spec.get("speech", [])}],
                           "defaultResponsePlatforms": {}, "speech": []}],
            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name.startswith("Default Fallback"),
            "events": [{"name": "WELCOME"}] if name.startswith("Default Welcome") else [], "conditionalResponses": [], "condition": "",
            "conditionalFollowupEvents": []})
        us = []
        for ph in spec.get("says", []):
            data = []
            for part in ph:
                if isinstance(part, tuple):
                    data.append({"text": part[0], "alias": part[1], "meta": spec["params"][part[1]], "userDefined": True})
                else:
                    data.append({"text": part, "userDefined": False})
            us.append({"id": _uuid(c["id"], name, str(ph)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            f[f"intents/{name}_usersays_{lang}.json"] = dump(us)
    return f

# ---------------------------------------------------------------- build one case
def build(c, root):
    files = {}
    plat = c.get("platform", "alexa")
    if plat == "alexa":
        files.update(alexa_package(c))
    elif plat == "builder":
        files.update(builder_project(c))
    elif plat == "sdk2":
        files.update(sdk2_project(c))
    elif plat == "df":
        files.update(df_project(c))
    ctx = {"id": c["id"], "locale": c["locale"], "inv": c["inv"], "name": c["name"], **c.get("ctx", {})}
    shapes = []
    for rec in c["rec"]:
        shape, path, body = rec[0], rec[1], rec[2]
        t0 = rec[3] if len(rec) > 3 else "2024-05-11T19:20:00"
        loc = c["locale"]
        if shape in ALEXA_SHAPES:
            pairs = alexa_pairs(c, body, loc, t0)
            files.update(ALEXA_SHAPES[shape](pairs, path, ctx))
        elif shape == "gactions-conversation":
            files[path] = dump(google_conv(c, body, loc, t0))
        elif shape == "dialogflow-webhook":
            files[path] = dump(google_df(c, body, loc, t0))
        elif shape == "gactions-scene":
            files[path] = dump(google_scene(c, body, loc, t0))
        else:
            raise ValueError(shape)
        if shape not in shapes:
            shapes.append(shape)
    files.update(c.get("extra", {}))
    d = os.path.join(root, c["id"])
    for p, txt in files.items():
        fp = os.path.join(d, p)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as fh:
            fh.write(txt)
    return {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
