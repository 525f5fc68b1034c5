"""Turns the hand-written case descriptions (cases_*.py) into skill projects and recordings."""
import json, os, hashlib, html, datetime

# ---------------------------------------------------------------- description helpers
class T:
    """One turn. intent 'LaunchRequest' for a launch. end: True / False / None (= field absent)."""
    def __init__(self, intent, slots=None, say="", rep=None, end="auto", card=None, utter=None, perms=None, display=None):
        self.intent, self.slots, self.say, self.rep, self.card = intent, slots or {}, say, rep, card
        self.end = (rep is None) if end == "auto" else end
        self.utter, self.perms, self.display = utter, perms, display

def L(say, rep=None, **kw):
    return T("LaunchRequest", None, say, rep, **kw)

class I:
    def __init__(self, _name, _samples, **slots):
        self.name, self.samples, self.slots = _name, [s.strip() for s in _samples.split("|") if s.strip()], slots

class R:
    def __init__(self, path, shape, sessions, date="2024-05-14"):
        self.path, self.shape, self.sessions, self.date = path, shape, sessions, date

CASES = []
def case(cid, loc, inv, name, summary, it=(), types=None, pol=None, perms=(), child=False, cat="LOCAL",
         rec=(), lab=(), why="", plat="alexa", files=None, desc=None, extra_locales=()):
    CASES.append(dict(id=cid, loc=loc, inv=inv, name=name, summary=summary, it=list(it), types=types or {},
                      pol=pol, perms=list(perms), child=child, cat=cat, rec=list(rec), lab=sorted(set(lab)),
                      why=why, plat=plat, files=files or {}, desc=desc or summary, extra_locales=list(extra_locales)))

# ---------------------------------------------------------------- ids, small utils
def h(*a, n=32):
    return hashlib.sha1("|".join(map(str, a)).encode()).hexdigest()[:n]
def uid(*a):
    x = h(*a)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"
def dump(path, obj, indent=2):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(obj, str):
            f.write(obj)
        else:
            json.dump(obj, f, ensure_ascii=False, indent=indent)
            f.write("\n")

def speech(s):
    if s is None:
        return None
    if s.startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    if "<" in s and ">" in s:
        return {"type": "SSML", "ssml": f"<speak>{s}</speak>"}
    return {"type": "PlainText", "text": s}

def plain(s):
    import re
    if s is None:
        return ""
    return re.sub(r"<[^>]+>", "", s)

def utter_of(c, t):
    if t.intent == "LaunchRequest":
        return f"open {c['inv']}"
    if t.utter:
        return t.utter
    for i in c["it"]:
        if i.name == t.intent and i.samples:
            s = i.samples[0]
            for k, v in t.slots.items():
                s = s.replace("{" + k + "}", str(v))
            return s
    return {"AMAZON.StopIntent": "stop", "AMAZON.CancelIntent": "cancel", "AMAZON.HelpIntent": "help",
            "AMAZON.YesIntent": "yes", "AMAZON.NoIntent": "no", "AMAZON.FallbackIntent": "hmm"}.get(t.intent, " ".join(t.slots.values()) or t.intent)

# ---------------------------------------------------------------- Alexa envelopes
def flatten(c, rec):
    """Yield (session_id, new, index, ts, turn, request, response) for a recording."""
    out = []
    base = datetime.datetime.fromisoformat(rec.date + "T18:02:00")
    n = 0
    skill = "amzn1.ask.skill." + uid(c["id"], "skill")
    user = "amzn1.ask.account.A" + h(c["id"], "user", n=40).upper()
    dev = "amzn1.ask.device.A" + h(c["id"], "dev", n=40).upper()
    for si, sess in enumerate(rec.sessions):
        sid = "amzn1.echo-api.session." + uid(c["id"], rec.path, si)
        for ti, t in enumerate(sess):
            n += 1
            ts = (base + datetime.timedelta(minutes=7 * si, seconds=14 * ti)).strftime("%Y-%m-%dT%H:%M:%SZ")
            rq = {"type": "LaunchRequest" if t.intent == "LaunchRequest" else "IntentRequest",
                  "requestId": "amzn1.echo-api.request." + uid(c["id"], rec.path, si, ti),
                  "locale": c["loc"], "timestamp": ts}
            if t.intent != "LaunchRequest":
                rq["intent"] = {"name": t.intent, "confirmationStatus": "NONE",
                                "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t.slots.items()}}
            sys_ = {"application": {"applicationId": skill}, "user": {"userId": user},
                    "device": {"deviceId": dev, "supportedInterfaces": {}},
                    "apiEndpoint": "https://api.eu.amazonalexa.com" if c["loc"][:2] in "de es fr it" else "https://api.amazonalexa.com",
                    "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}
            req = {"version": "1.0",
                   "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": skill}, "user": {"userId": user}, "attributes": {}},
                   "context": {"System": sys_}, "request": rq}
            r = {}
            if t.say is not None:
                r["outputSpeech"] = speech(t.say)
            if t.card:
                r["card"] = t.card
            if t.perms:
                r["card"] = {"type": "AskForPermissionsConsent", "permissions": t.perms}
            if t.display:
                r["directives"] = [{"type": "Alexa.Presentation.APL.RenderDocument", "token": "main",
                                    "document": {"type": "APL", "version": "1.8", "mainTemplate": {"items": [{"type": "Text", "text": "${payload.data.text}"}]}},
                                    "datasources": {"data": {"text": t.display}}}]
            if t.rep is not None:
                r["reprompt"] = {"outputSpeech": speech(t.rep)}
            if t.end is not None:
                r["shouldEndSession"] = t.end
            resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}
            out.append((sid, ti == 0, n, ts, t, req, resp))
    return out

def arn(c):
    return f"arn:aws:lambda:{'eu-west-1' if c['loc'][:2] in ('de','es','fr','it') else 'us-east-1'}:40{int(h(c['id'],n=8),16)%10**10:010d}:function:{c['id'][4:]}"

# ---------------------------------------------------------------- pretty-format (jest snapshot)
def pf(o, ind=0):
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "{}"
        return "{\n" + "".join(f"{sp}  {json.dumps(k, ensure_ascii=False)}: {pf(o[k], ind + 1)},\n" for k in sorted(o)) + sp + "}"
    if isinstance(o, list):
        if not o:
            return "[]"
        return "[\n" + "".join(f"{sp}  {pf(v, ind + 1)},\n" for v in o) + sp + "]"
    if isinstance(o, str):
        return '"' + o.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${") + '"'
    return json.dumps(o)

# ---------------------------------------------------------------- Alexa shapes
def w_alexa(root, c, rec):
    fl = flatten(c, rec)
    p = os.path.join(root, rec.path)
    s = rec.shape
    if s == "envelope":
        for sid, new, n, ts, t, req, resp in fl:
            dump(os.path.join(p, f"{n:02d}-{t.intent.replace('AMAZON.', '').lower()}.json"), {"version": "1.0", "response": resp["response"]})
    elif s == "pairs-jsonl":
        dump(p, "".join(json.dumps({"request": req, "response": resp}, ensure_ascii=False) + "\n" for *_, req, resp in fl))
    elif s == "pairs-array":
        dump(p, [{"request": req, "response": resp} for *_, req, resp in fl])
    elif s == "smapi-simulation":
        for sid, new, n, ts, t, req, resp in fl:
            dump(os.path.join(p, f"simulation-{n:02d}.json"), {
                "id": uid(c["id"], "sim", n), "status": "SUCCESSFUL",
                "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(t.say)}}],
                                                  "consideredIntents": [{"name": t.intent, "confirmationStatus": "NONE", "slots": {}}]},
                           "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": arn(c), "body": req},
                                                                   "invocationResponse": {"body": resp},
                                                                   "metrics": {"skillExecutionTimeInMilliseconds": 180 + n * 7}}]},
                           "error": None}})
    elif s == "smapi-invocation":
        for sid, new, n, ts, t, req, resp in fl:
            dump(os.path.join(p, f"invoke-{n:02d}.json"), {
                "id": uid(c["id"], "inv", n), "status": "SUCCESSFUL",
                "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": arn(c), "body": req},
                                                  "invocationResponse": {"body": resp},
                                                  "metrics": {"skillExecutionTimeInMilliseconds": 95 + n}}, "error": None}})
    elif s == "ask-dialog":
        dump(os.path.join(p, "dialog-replay.json"), {"skillId": "amzn1.ask.skill." + uid(c["id"], "skill"), "locale": c["loc"], "type": "text",
                                                     "userInput": [utter_of(c, t) for *_, t, _, _ in fl]})
        dump(os.path.join(p, "skill-io.json"), [{"utterance": utter_of(c, t), "invocations": [
            {"invocationRequest": {"endpoint": arn(c), "body": req}, "invocationResponse": {"body": resp}}]} for *_, t, req, resp in fl])
    elif s == "cloudwatch-text":
        lines = []
        for sid, new, n, ts, t, req, resp in fl:
            rid = uid(c["id"], "cw", n)
            tsm = ts.replace("Z", ".%03dZ" % (n * 37 % 1000))
            lines += [f"{tsm}\tSTART RequestId: {rid} Version: $LATEST",
                      f"{tsm}\t{rid}\tINFO\tRequest: {json.dumps(req, ensure_ascii=False)}",
                      f"{tsm}\t{rid}\tINFO\tResponse: {json.dumps(resp, ensure_ascii=False)}",
                      f"{tsm}\tEND RequestId: {rid}",
                      f"{tsm}\tREPORT RequestId: {rid}\tDuration: {40 + n * 3}.21 ms\tBilled Duration: {41 + n * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB"]
        dump(p, "\n".join(lines) + "\n")
    elif s == "cloudwatch-json":
        ev = []
        for sid, new, n, ts, t, req, resp in fl:
            rid = uid(c["id"], "cwj", n)
            ms = int(datetime.datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp() * 1000)
            for k, body in (("Request", req), ("Response", resp)):
                ev.append({"logStreamName": f"{rec.date.replace('-', '/')}/[$LATEST]{h(c['id'], n=32)}", "timestamp": ms,
                           "message": f"{ts}\t{rid}\tINFO\t{k}: {json.dumps(body, ensure_ascii=False)}\n",
                           "ingestionTime": ms + 412, "eventId": str(37000000000000000000000000000000000000000000000000000000 + ms * 1000 + len(ev))})
        dump(p, {"events": ev, "searchedLogStreams": []})
    elif s == "har":
        ents = []
        for sid, new, n, ts, t, req, resp in fl:
            ents.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 212,
                         "request": {"method": "POST", "url": f"https://{c['id'][4:]}.ngrok-free.app/alexa", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}], "queryString": [], "cookies": [],
                                     "headersSize": -1, "bodySize": -1,
                                     "postData": {"mimeType": "application/json", "text": json.dumps(req, ensure_ascii=False)}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                                      "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(resp, ensure_ascii=False)},
                                      "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 1, "wait": 205, "receive": 6}})
        dump(p, {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [], "entries": ents}})
    elif s == "transcript":
        dump(p, transcript(c, fl))
    elif s == "jest-snapshot":
        snap = "// Jest Snapshot v1, https://goo.gl/fbAQLP\n"
        fx = {}
        for sid, new, n, ts, t, req, resp in fl:
            name = f"{c['name']} conversation turn {n:02d} {t.intent} 1"
            snap += f"\nexports[`{name}`] = `\n{pf(resp)}\n`;\n"
            fx[f"turn{n:02d}"] = req
        dump(os.path.join(p, "__snapshots__", "handler.test.js.snap"), snap)
        dump(os.path.join(p, "fixtures", "conversation.json"), fx)
    elif s == "junit-xml":
        cases = []
        for sid, new, n, ts, t, req, resp in fl:
            out = f"REQUEST {json.dumps(req, ensure_ascii=False)}\nRESPONSE {json.dumps(resp, ensure_ascii=False)}\n"
            cases.append(f'    <testcase classname="tests.test_conversation" name="test_turn_{n:02d}_{t.intent.split(".")[-1].lower()}" time="0.0{n + 10}">\n'
                         f"      <system-out>{html.escape(out, quote=False)}</system-out>\n    </testcase>")
        dump(p, '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" '
                f'tests="{len(cases)}" time="0.{len(cases) + 20}" timestamp="{rec.date}T18:02:00" hostname="ci-runner-3">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    elif s == "curl-trace":
        out = []
        for sid, new, n, ts, t, req, resp in fl:
            body = json.dumps(req, ensure_ascii=False)
            rb = json.dumps(resp, ensure_ascii=False)
            out += [f"$ curl -sv -X POST http://localhost:3000/ -H 'Content-Type: application/json' -d '{body}'",
                    "*   Trying 127.0.0.1:3000...", "* Connected to localhost (127.0.0.1) port 3000 (#0)",
                    "> POST / HTTP/1.1", "> Host: localhost:3000", "> User-Agent: curl/8.4.0", "> Accept: */*",
                    "> Content-Type: application/json", f"> Content-Length: {len(body.encode())}", ">",
                    "< HTTP/1.1 200 OK", "< X-Powered-By: Express", "< Content-Type: application/json; charset=utf-8",
                    f"< Content-Length: {len(rb.encode())}", f"< Date: {ts}", "<", "{ [%d bytes data]" % len(rb.encode()),
                    rb, "* Connection #0 to host localhost left intact", ""]
        dump(p, "\n".join(out))
    elif s == "notebook":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} – local replay of recorded requests\n", "Responses from the dev endpoint (`http://localhost:3000/`)."]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                  "source": ["import json, requests\n", "def send(req):\n", "    r = requests.post('http://localhost:3000/', json=req)\n", "    print(json.dumps(r.json(), indent=1, ensure_ascii=False))\n"]}]
        for sid, new, n, ts, t, req, resp in fl:
            cells.append({"cell_type": "code", "execution_count": n + 1, "metadata": {},
                          "source": [f"req = {json.dumps(req, ensure_ascii=False)}\n", "send(req)"],
                          "outputs": [{"name": "stdout", "output_type": "stream",
                                       "text": [l + "\n" for l in json.dumps(resp, indent=1, ensure_ascii=False).split("\n")]}]})
        dump(p, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                              "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1)
    elif s == "csv-export":
        import csv, io
        buf = io.StringIO()
        wr = csv.writer(buf)
        wr.writerow(["timestamp", "session_id", "new_session", "request_type", "intent", "user_text", "speech", "reprompt", "should_end_session"])
        for sid, new, n, ts, t, req, resp in fl:
            r = resp["response"]
            wr.writerow([ts, sid, str(new).lower(), req["request"]["type"], t.intent if t.intent != "LaunchRequest" else "",
                         utter_of(c, t), (r.get("outputSpeech") or {}).get("ssml") or (r.get("outputSpeech") or {}).get("text", ""),
                         ((r.get("reprompt") or {}).get("outputSpeech") or {}).get("ssml") or ((r.get("reprompt") or {}).get("outputSpeech") or {}).get("text", ""),
                         "" if "shouldEndSession" not in r else str(r["shouldEndSession"]).lower()])
        dump(p, buf.getvalue())
    else:
        raise ValueError(s)

def transcript(c, fl):
    out, last = [], None
    for sid, new, n, ts, t, req, resp in fl:
        if sid != last:
            out.append(f"# session {sid[-12:]}")
            last = sid
        r = resp.get("response", resp)
        out.append(f"[{ts}] USER: {utter_of(c, t)}")
        out.append(f"[{ts}] SKILL: {t.say}")
        if t.rep is not None:
            out.append(f"[{ts}] REPROMPT: {t.rep}")
        out.append(f"[{ts}] session_open={'false' if t.end else 'true'}")
    return "\n".join(out) + "\n"

# ---------------------------------------------------------------- Alexa package
def w_alexa_pkg(root, c):
    locs = [c["loc"]] + c["extra_locales"]
    pi = {}
    for l in locs:
        pi[l] = {"summary": c["summary"], "examplePhrases": [f"Alexa, open {c['inv']}"] + [f"Alexa, ask {c['inv']} to {s.replace('{', '').replace('}', '')}" for i in c["it"][:1] for s in i.samples[:2]],
                 "name": c["name"], "description": c["desc"], "keywords": [],
                 "smallIconUri": "https://example-assets.s3.amazonaws.com/icons/small.png", "largeIconUri": "https://example-assets.s3.amazonaws.com/icons/large.png"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c["perms"]) or bool(c["pol"]), "isChildDirected": c["child"],
          "isExportCompliant": True, "containsAds": False}
    if c["pol"]:
        pc["locales"] = {l: {"privacyPolicyUrl": c["pol"], "termsOfUseUrl": c["pol"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    m = {"manifest": {"publishingInformation": {"locales": pi, "isAvailableWorldwide": False, "testingInstructions": "Open the skill and follow the prompts.",
                                                "category": c["cat"], "distributionCountries": [locs[0][-2:]], "automaticDistribution": {"isActive": False}},
                      "apis": {"custom": {"endpoint": {"uri": arn(c)}}}, "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c["perms"]:
        m["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    dump(os.path.join(root, "skill-package", "skill.json"), m)
    for l in locs:
        intents = [{"name": i.name, "slots": [{"name": k, "type": v} for k, v in i.slots.items()], "samples": i.samples} for i in c["it"]]
        intents += [{"name": n, "samples": []} for n in ("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent")]
        types = [{"name": k, "values": [{"name": {"value": v}} for v in vs]} for k, vs in c["types"].items()]
        dump(os.path.join(root, "skill-package", "interactionModels", "custom", f"{l}.json"),
             {"interactionModel": {"languageModel": {"invocationName": c["inv"], "intents": intents, "types": types}}})
    dump(os.path.join(root, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})

# ---------------------------------------------------------------- Google
def g_turns(c, rec):
    base = datetime.datetime.fromisoformat(rec.date + "T19:10:00")
    out = []
    for si, sess in enumerate(rec.sessions):
        cid = h(c["id"], rec.path, si, n=20).upper()
        for ti, t in enumerate(sess):
            ts = (base + datetime.timedelta(minutes=6 * si, seconds=12 * ti)).strftime("%Y-%m-%dT%H:%M:%SZ")
            out.append((cid, ti == 0, ts, t))
    return out

def gq(c, t):
    return f"Talk to {c['inv']}" if t.intent == "LaunchRequest" else utter_of(c, t)

def w_google(root, c, rec):
    p = os.path.join(root, rec.path)
    s = rec.shape
    lang = c["loc"]
    tl = g_turns(c, rec)
    if s == "gactions-conversation":
        pairs = []
        for cid, new, ts, t in tl:
            gi = "actions.intent.MAIN" if t.intent == "LaunchRequest" else t.intent
            req = {"user": {"locale": lang, "lastSeen": ts, "userVerificationStatus": "VERIFIED", "userStorage": "{}"},
                   "conversation": {"conversationId": cid, "type": "NEW" if new else "ACTIVE", **({} if new else {"conversationToken": "[]"})},
                   "inputs": [{"intent": gi, "rawInputs": [{"inputType": "VOICE", "query": gq(c, t)}],
                               "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in t.slots.items()]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                   "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
            rich = {"items": [{"simpleResponse": {"textToSpeech": t.say}}]}
            if t.display:
                rich["items"].append({"basicCard": {"title": t.display[0], "formattedText": t.display[1]}})
            if t.end:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": rich}}
            else:
                ei = {"inputPrompt": {"richInitialPrompt": rich, **({"noInputPrompts": [{"textToSpeech": t.rep}]} if t.rep is not None else {})}}
                if t.perms:
                    ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                        "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": plain(t.say), "permissions": t.perms}}]
                else:
                    ei["possibleIntents"] = [{"intent": "actions.intent.TEXT"}]
                resp = {"expectUserResponse": True, "expectedInputs": [ei]}
            pairs.append({"request": req, "response": resp})
        dump(p, pairs)
    elif s == "dialogflow-webhook":
        pairs = []
        for cid, new, ts, t in tl:
            dn = "Default Welcome Intent" if t.intent == "LaunchRequest" else t.intent
            sess = f"projects/{c['id'][4:]}-agent/agent/sessions/{cid}"
            req = {"responseId": uid(cid, ts), "session": sess,
                   "queryResult": {"queryText": "GOOGLE_ASSISTANT_WELCOME" if t.intent == "LaunchRequest" else gq(c, t),
                                   "parameters": dict(t.slots), "allRequiredParamsPresent": True,
                                   "intent": {"name": f"projects/{c['id'][4:]}-agent/agent/intents/{uid(c['id'], dn)}", "displayName": dn},
                                   "intentDetectionConfidence": 1, "languageCode": lang.lower()},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": {"locale": lang, "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": cid, "type": "NEW" if new else "ACTIVE"},
                       "inputs": [{"intent": "actions.intent.MAIN" if new else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": gq(c, t)}]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
            g = {"expectUserResponse": not t.end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.say}}]}}
            if t.display:
                g["richResponse"]["items"].append({"basicCard": {"title": t.display[0], "formattedText": t.display[1]}})
            if t.rep is not None:
                g["noInputPrompts"] = [{"textToSpeech": t.rep}]
            if t.perms:
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": plain(t.say), "permissions": t.perms}}
            pairs.append({"request": req, "response": {"fulfillmentText": plain(t.say), "payload": {"google": g}}})
        dump(p, "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in pairs) if p.endswith(".jsonl") else pairs)
    elif s == "gactions-scene":
        pairs = []
        for cid, new, ts, t in tl:
            scene = "Start" if new else "Main"
            req = {"handler": {"name": "welcome" if t.intent == "LaunchRequest" else t.intent.split(".")[-1].lower()},
                   "intent": {"name": "actions.intent.MAIN" if t.intent == "LaunchRequest" else t.intent,
                              "params": {k: {"original": v, "resolved": v} for k, v in t.slots.items()}, "query": gq(c, t)},
                   "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": cid, "params": {}, "typeOverrides": [], "languageCode": lang},
                   "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                            "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": ts},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
            resp = {"session": {"id": cid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t.say, "text": plain(t.say)}}}
            if t.display:
                resp["prompt"]["content"] = {"card": {"title": t.display[0], "text": t.display[1]}}
            resp["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if t.end else "Main"}}
            if t.rep is not None:
                resp["prompt"]["lastSimple"] = {"speech": t.rep, "text": plain(t.rep)}
            pairs.append({"request": req, "response": resp})
        dump(p, pairs)
    elif s == "transcript":
        out = []
        for cid, new, ts, t in tl:
            if new:
                out.append(f"# conversation {cid}")
            out.append(f"[{ts}] USER: {gq(c, t)}")
            out.append(f"[{ts}] ACTION: {t.say}")
            if t.rep is not None:
                out.append(f"[{ts}] NO_INPUT_PROMPT: {t.rep}")
            out.append(f"[{ts}] session_open={'false' if t.end else 'true'}")
        dump(p, "\n".join(out) + "\n")
    else:
        raise ValueError(s)

def yq(s):
    return json.dumps(s, ensure_ascii=False)

def w_google_pkg(root, c):
    lang = c["loc"]
    if c["plat"] == "builder":
        st = [f"defaultLocale: {lang.split('-')[0]}", f"enabledRegions: []", f"localizedSettings:",
              f"  displayName: {yq(c['name'])}", f"  pronunciation: {yq(c['inv'])}", f"  shortDescription: {yq(c['summary'])}",
              f"  fullDescription: {yq(c['desc'])}", f"  developerName: {yq(c['name'] + ' Ltd')}",
              f"  developerEmail: dev@{c['id'][4:]}.example"]
        if c["pol"]:
            st.append(f"  privacyPolicyUrl: {c['pol']}")
        st += ["  smallLogoImage: $resources.images.logo", f"projectId: {c['id'][4:]}-2024", f"category: {c['cat']}",
               f"usesTransactionsApi: false", f"usesDigitalPurchaseApi: false", f"designedForFamily: {str(c['child']).lower()}", ""]
        dump(os.path.join(root, "sdk", "settings", "settings.yaml"), "\n".join(st))
        dump(os.path.join(root, "sdk", "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: welcome\n    engagement:\n      title: " + yq(c["name"]) + "\n")
        for i in c["it"]:
            tp = []
            for smp in i.samples:
                for k, v in i.slots.items():
                    smp = smp.replace("{" + k + "}", f"(${k} 'x' auto=true)")
                tp.append("- " + yq(smp))
            par = "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in i.slots.items())
            dump(os.path.join(root, "sdk", "custom", "intents", f"{i.name}.yaml"), (f"parameters:\n{par}" if par else "") + "trainingPhrases:\n" + "\n".join(tp) + "\n")
        for k, vs in c["types"].items():
            dump(os.path.join(root, "sdk", "custom", "types", f"{k}.yaml"),
                 "synonym:\n  entities:\n" + "".join(f"    {yq(v)}:\n      synonyms:\n      - {yq(v)}\n" for v in vs) + "  matchType: EXACT_MATCH\n")
        if "sdk/custom/scenes/Main.yaml" not in c["files"]:
            ev = "".join(f"- handler:\n    webhookHandler: {i.name.lower()}\n  intent: {i.name}\n" for i in c["it"])
            dump(os.path.join(root, "sdk", "custom", "scenes", "Main.yaml"), "intentEvents:\n" + ev)
        if c["perms"]:
            dump(os.path.join(root, "sdk", "custom", "scenes", "AskPermission.yaml"),
                 "slots:\n- commitBehavior:\n    writeSessionParam: permission\n  config:\n    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n"
                 "    context: " + yq("To continue") + "\n    permissions:\n" + "".join(f"    - {p}\n" for p in c["perms"]) +
                 "  name: permission\n  required: true\n  type:\n    name: actions.type.Permission\n")
    elif c["plat"] == "sdk2":
        acts = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": "webhook"},
                 "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
        for i in c["it"]:
            qp = []
            for smp in i.samples:
                for k, v in i.slots.items():
                    smp = smp.replace("{" + k + "}", f"${v}:{k}")
                qp.append(smp)
            acts.append({"description": i.name, "name": i.name, "fulfillment": {"conversationName": "webhook"},
                         "intent": {"name": i.name, "parameters": [{"name": k, "type": v} for k, v in i.slots.items()], "trigger": {"queryPatterns": qp}}})
        man = {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["summary"], "longDescription": c["desc"],
               "category": c["cat"], "companyName": c["name"], "contactEmail": f"dev@{c['id'][4:]}.example"}
        if c["pol"]:
            man["privacyUrl"] = c["pol"]
        ap = {"manifest": man, "actions": acts, "conversations": {"webhook": {"name": "webhook", "url": f"https://europe-west1-{c['id'][4:]}.cloudfunctions.net/webhook", "fulfillmentApiVersion": 2}},
              "locale": lang.lower()}
        if c["types"]:
            ap["types"] = [{"name": k, "entities": [{"key": v, "synonyms": [v]} for v in vs]} for k, vs in c["types"].items()]
        dump(os.path.join(root, "action.json"), ap)
    elif c["plat"] == "dialogflow":
        lg = lang.split("-")[0]
        ag = {"description": c["desc"], "language": lg, "shortDescription": c["summary"], "examples": "", "linkToDocs": c["pol"] or "",
              "displayName": c["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
              "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][4:] + "-agent", "welcomeIntentSignInRequired": False,
                                  "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                  "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
              "defaultTimezone": "Europe/Madrid", "webhook": {"url": f"https://{c['id'][4:]}.example/df", "available": True, "useForDomains": False},
              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2",
              "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0,
              "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False}
        if c["pol"]:
            ag["googleAssistant"]["privacyPolicyUrl"] = c["pol"]
        dump(os.path.join(root, "agent.json"), ag)
        dump(os.path.join(root, "package.json"), {"version": "1.0.0"})
        for i in c["it"]:
            dump(os.path.join(root, "intents", f"{i.name}.json"), {
                "id": uid(c["id"], i.name), "name": i.name, "auto": True, "contexts": [],
                "responses": [{"resetContexts": False, "action": i.name.lower(), "affectedContexts": [],
                               "parameters": [{"id": uid(i.name, k), "name": k, "required": False, "dataType": v, "value": "$" + k, "isList": False} for k, v in i.slots.items()],
                               "messages": [], "defaultResponsePlatforms": {}, "speech": []}],
                "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": []})
            us = []
            for smp in i.samples:
                parts, rest = [], smp
                import re
                for m in re.split(r"(\{[^}]+\})", smp):
                    if not m:
                        continue
                    if m.startswith("{"):
                        k = m[1:-1]
                        parts.append({"text": k, "alias": k, "meta": i.slots.get(k, "@sys.any"), "userDefined": True})
                    else:
                        parts.append({"text": m, "userDefined": False})
                us.append({"id": uid(i.name, smp), "data": parts, "isTemplate": False, "count": 0, "updated": 0})
            dump(os.path.join(root, "intents", f"{i.name}_usersays_{lg}.json"), us)
        for k, vs in c["types"].items():
            dump(os.path.join(root, "entities", f"{k}.json"), {"id": uid(k), "name": k, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            dump(os.path.join(root, "entities", f"{k}_entries_{lg}.json"), [{"value": v, "synonyms": [v]} for v in vs])

# ---------------------------------------------------------------- main entry
def render(root):
    import shutil
    cases_dir = os.path.join(root, "cases")
    if os.path.exists(cases_dir):
        shutil.rmtree(cases_dir)
    labels = {}
    for c in CASES:
        d = os.path.join(cases_dir, c["id"])
        if c["plat"] == "alexa":
            w_alexa_pkg(d, c)
        else:
            w_google_pkg(d, c)
        for rel, txt in c["files"].items():
            dump(os.path.join(d, rel), txt)
        shapes = []
        for rec in c["rec"]:
            (w_alexa if c["plat"] == "alexa" else w_google)(d, c, rec)
            if rec.shape not in shapes:
                shapes.append(rec.shape)
        labels[c["id"]] = {"categories": c["lab"], "locale": c["loc"], "shapes": shapes, "why": c["why"]}
    dump(os.path.join(root, "labels.json"), labels)
    return labels
