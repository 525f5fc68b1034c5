"""Renderer: turns the hand-written case descriptions (cases_*.py) into skill projects and recordings."""
import csv, io, json, os, uuid, hashlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cases")
CASES = []

def C(**kw):
    CASES.append(kw)

def hid(*a):
    return hashlib.md5("|".join(map(str, a)).encode()).hexdigest()

def uid(*a):
    h = hid(*a)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

def w(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(data, str):
            f.write(data)
        else:
            json.dump(data, f, ensure_ascii=False, indent=2)

def speech(t):
    if t is None:
        return None
    if t.strip().startswith("<speak>"):
        return {"type": "SSML", "ssml": t}
    return {"type": "PlainText", "text": t}

# ---------------- Alexa package ----------------
def alexa_package(d, c):
    loc = c["locale"]
    locs = c.get("locales", [loc])
    pi = {"locales": {}, "isAvailableWorldwide": True, "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
          "category": c.get("category", "GAMES"), "distributionCountries": []}
    for l in locs:
        pi["locales"][l] = {"name": c["name"], "summary": c["desc"][:160], "description": c["desc"],
                            "examplePhrases": c.get("examples", [f"Alexa, open {c['inv']}"]),
                            "keywords": c.get("keywords", []),
                            "smallIconUri": "https://example.invalid/icon-108.png",
                            "largeIconUri": "https://example.invalid/icon-512.png"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("usesPI", False),
          "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    m = {"manifest": {"manifestVersion": "1.0", "publishingInformation": pi,
                      "apis": {"custom": {"endpoint": {"uri": "arn:aws:lambda:eu-west-1:000000000000:function:" + c["slug"]}}},
                      "privacyAndCompliance": pc}}
    if c.get("perms"):
        m["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("interfaces"):
        m["manifest"]["apis"]["custom"]["interfaces"] = [{"type": i} for i in c["interfaces"]]
    w(f"{d}/skill-package/skill.json", m)
    intents = []
    for it in c.get("intents", []):
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        intents.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
    for b in c.get("builtins", ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"]):
        intents.append({"name": b, "samples": []})
    types = [{"name": k, "values": [{"name": {"value": v}} for v in vs]} for k, vs in c.get("types", {}).items()]
    for l in locs:
        im = {"interactionModel": {"languageModel": {"invocationName": c.get("invs", {}).get(l, c["inv"]), "intents": intents, "types": types}}}
        w(f"{d}/skill-package/interactionModels/custom/{l}.json", im)
    w(f"{d}/ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if c.get("code"):
        w(f"{d}/lambda/{c.get('codefile', 'index.js')}", c["code"])

# ---------------- Alexa request/response ----------------
def a_request(c, sess, t, n, new):
    ts = f"2026-{sess.get('date', '11-20')}T10:{n:02d}:0{n%10}Z"
    base = {"version": "1.0",
            "session": {"new": new, "sessionId": "amzn1.echo-api.session." + uid(c["slug"], sess.get("sid", sess.get("date")), sess.get("k", 0)),
                        "application": {"applicationId": "amzn1.ask.skill." + uid(c["slug"])},
                        "attributes": t.get("attrs", {}), "user": {"userId": "amzn1.ask.account.TESTUSER" + hid(c["slug"])[:10].upper()}},
            "context": {"System": {"application": {"applicationId": "amzn1.ask.skill." + uid(c["slug"])},
                                    "user": {"userId": "amzn1.ask.account.TESTUSER" + hid(c["slug"])[:10].upper()},
                                    "device": {"deviceId": "amzn1.ask.device.SIMULATOR", "supportedInterfaces": {}},
                                    "apiEndpoint": "https://api.eu.amazonalexa.com"}}}
    i = t.get("i", "LaunchRequest")
    rid = "amzn1.echo-api.request." + uid(c["slug"], sess.get("date"), n)
    if i == "LaunchRequest":
        base["request"] = {"type": "LaunchRequest", "requestId": rid, "timestamp": ts, "locale": c["locale"]}
    elif i == "SessionEndedRequest":
        base["request"] = {"type": "SessionEndedRequest", "requestId": rid, "timestamp": ts, "locale": c["locale"], "reason": "USER_INITIATED"}
    else:
        base["request"] = {"type": "IntentRequest", "requestId": rid, "timestamp": ts, "locale": c["locale"],
                           "intent": {"name": i, "confirmationStatus": "NONE",
                                      "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in t.get("s", {}).items()}}}
    return base

def a_response(t):
    r = {}
    if t.get("sp") is not None:
        r["outputSpeech"] = speech(t["sp"])
    if t.get("rp") is not None:
        r["reprompt"] = {"outputSpeech": speech(t["rp"])}
    if t.get("card"):
        r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
    if t.get("directives"):
        r["directives"] = t["directives"]
    if t.get("end") is not None:
        r["shouldEndSession"] = t["end"]
    return {"version": "1.0", "sessionAttributes": t.get("attrs", {}), "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": r}

def pairs(c, sess):
    out, new = [], True
    for n, t in enumerate(sess["turns"]):
        if t.get("newsess"):
            new = True
            sess["k"] = sess.get("k", 0) + 1
        out.append((t, a_request(c, sess, t, n, new), a_response(t)))
        new = False
        if t.get("end") is True:
            new = True
            sess["k"] = sess.get("k", 0) + 1
    return out

def utt(t):
    return t.get("u", "<launch>" if t.get("i", "LaunchRequest") == "LaunchRequest" else t.get("i"))

def spoken(x):
    return "" if x is None else x

# ---------------- shape renderers (Alexa) ----------------
def r_envelope(d, c, sess, path):
    for n, (t, rq, rs) in enumerate(pairs(c, sess)):
        w(os.path.join(d, path, f"{n+1:02d}-{(t.get('i') or 'launch').split('.')[-1].lower()}.json"), rs)

def r_pairs_jsonl(d, c, sess, path):
    w(os.path.join(d, path), "".join(json.dumps({"request": rq, "response": rs}, ensure_ascii=False) + "\n" for t, rq, rs in pairs(c, sess)))

def r_pairs_array(d, c, sess, path):
    w(os.path.join(d, path), [{"request": rq, "response": rs} for t, rq, rs in pairs(c, sess)])

def r_smapi_simulation(d, c, sess, path):
    for n, (t, rq, rs) in enumerate(pairs(c, sess)):
        w(os.path.join(d, path, f"sim-{n+1}.json"), {"id": uid("sim", c["slug"], n), "status": "SUCCESSFUL",
          "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": spoken(t.get("sp"))}}],
                                            "consideredIntents": [{"name": rq["request"].get("intent", {}).get("name", "LaunchRequest"), "confirmationStatus": "NONE", "slots": {}}]},
                     "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": rq_endpoint(c), "body": rq},
                                                              "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + n}}]},
                     "error": None}})

def rq_endpoint(c):
    return "arn:aws:lambda:eu-west-1:000000000000:function:" + c["slug"]

def r_smapi_invocation(d, c, sess, path):
    for n, (t, rq, rs) in enumerate(pairs(c, sess)):
        w(os.path.join(d, path, f"invoke-{n+1}.json"), {"id": uid("inv", c["slug"], n), "status": "SUCCESSFUL",
          "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": rq_endpoint(c), "body": rq},
                                             "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 95 + n}}, "error": None}})

def r_ask_dialog(d, c, sess, path):
    ps = pairs(c, sess)
    w(os.path.join(d, path, "replay.json"), {"skillId": "amzn1.ask.skill." + uid(c["slug"]), "locale": c["locale"], "type": "text",
                                          "userInput": [("open " + c["inv"]) if t.get("i", "LaunchRequest") == "LaunchRequest" else utt(t) for t, _, _ in ps]})
    w(os.path.join(d, path, "record-output.json"), [{"utterance": ("open " + c["inv"]) if t.get("i", "LaunchRequest") == "LaunchRequest" else utt(t),
        "invocations": [{"invocationRequest": {"endpoint": rq_endpoint(c), "body": rq}, "invocationResponse": {"body": rs}}]} for t, rq, rs in ps])

def r_ask_dialog_text(d, c, sess, path):
    ps = pairs(c, sess)
    w(os.path.join(d, path, "replay.json"), {"skillId": "amzn1.ask.skill." + uid(c["slug"]), "locale": c["locale"], "type": "text",
                                          "userInput": [("open " + c["inv"]) if t.get("i", "LaunchRequest") == "LaunchRequest" else utt(t) for t, _, _ in ps]})
    lines = []
    for t, rq, rs in ps:
        lines.append("User  > " + (("open " + c["inv"]) if t.get("i", "LaunchRequest") == "LaunchRequest" else utt(t)))
        lines.append("Alexa > " + spoken(t.get("sp")))
    w(os.path.join(d, path, "dialog.txt"), "\n".join(lines) + "\n")

def r_cloudwatch_text(d, c, sess, path, py=False):
    L = []
    for n, (t, rq, rs) in enumerate(pairs(c, sess)):
        rid = uid("cw", c["slug"], n)
        ts = f"2026-{sess.get('date','11-20')}T10:{n:02d}:01.{100+n}Z"
        L.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            L.append(f"[INFO]\t{ts}\t{rid}\tRequest: " + json.dumps(rq, ensure_ascii=False))
            L.append(f"[INFO]\t{ts}\t{rid}\tResponse: " + json.dumps(rs, ensure_ascii=False))
        else:
            L.append(f"{ts}\t{rid}\tINFO\tRequest Envelope: " + json.dumps(rq, ensure_ascii=False))
            L.append(f"{ts}\t{rid}\tINFO\tResponse: " + json.dumps(rs, ensure_ascii=False))
        L.append(f"END RequestId: {rid}")
        L.append(f"REPORT RequestId: {rid}\tDuration: {40+n}.12 ms\tBilled Duration: {41+n} ms\tMemory Size: 128 MB\tMax Memory Used: 71 MB")
    w(os.path.join(d, path), "\n".join(L) + "\n")

def r_cloudwatch_json(d, c, sess, path):
    ev = []
    for n, (t, rq, rs) in enumerate(pairs(c, sess)):
        rid = uid("cwj", c["slug"], n)
        import datetime
        dt = sess.get("date", "11-20")
        ts = int(datetime.datetime(2026, int(dt[:2]), int(dt[3:]), 10, 0, n, tzinfo=datetime.timezone.utc).timestamp() * 1000)
        stream = f"2026/{dt.replace('-', '/')}/[$LATEST]" + hid(c["slug"])[:32]
        ev.append({"logStreamName": stream, "timestamp": ts, "message": f"2026-{dt}T10:00:{n:02d}.000Z\t{rid}\tINFO\tRequest: " + json.dumps(rq, ensure_ascii=False), "ingestionTime": ts + 40, "eventId": str(ts) + "0"})
        ev.append({"logStreamName": stream, "timestamp": ts + 1, "message": f"2026-{dt}T10:00:{n:02d}.200Z\t{rid}\tINFO\tResponse: " + json.dumps(rs, ensure_ascii=False), "ingestionTime": ts + 41, "eventId": str(ts) + "1"})
    w(os.path.join(d, path), {"events": ev, "searchedLogStreams": []})

def r_har(d, c, sess, path):
    ent = []
    for n, (t, rq, rs) in enumerate(pairs(c, sess)):
        ent.append({"startedDateTime": f"2026-{sess.get('date','11-20')}T10:00:{n:02d}.000Z", "time": 120,
                    "request": {"method": "POST", "url": c.get("endpoint", f"https://{c['slug']}.example.net/alexa"), "httpVersion": "HTTP/1.1",
                                "headers": [{"name": "Content-Type", "value": "application/json"}], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                "postData": {"mimeType": "application/json", "text": json.dumps(rq, ensure_ascii=False)}},
                    "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}], "cookies": [],
                                 "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(rs, ensure_ascii=False)}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
                    "cache": {}, "timings": {"send": 1, "wait": 110, "receive": 9}})
    w(os.path.join(d, path), {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.4"}, "entries": ent}})

def r_transcript(d, c, sess, path):
    L = [f"# probe run {sess.get('date','11-20')} locale={c['locale']} skill={c['inv']}"]
    for n, (t, rq, rs) in enumerate(pairs(c, sess)):
        L.append(f"[10:{n:02d}:00] USER: " + (("open " + c["inv"]) if t.get("i", "LaunchRequest") == "LaunchRequest" else utt(t)))
        L.append(f"[10:{n:02d}:02] SKILL: " + spoken(t.get("sp")))
        if t.get("rp") is not None:
            L.append(f"[10:{n:02d}:02] REPROMPT: " + t["rp"])
        L.append(f"[10:{n:02d}:03] session_open={'false' if t.get('end') is True else 'true'}")
    w(os.path.join(d, path), "\n".join(L) + "\n")

# ---- shapes not in the standard list ----
def r_jest_snapshot(d, c, sess, path):
    L = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for n, (t, rq, rs) in enumerate(pairs(c, sess)):
        body = json.dumps(rs["response"], ensure_ascii=False, indent=2).replace("\\", "\\\\").replace("`", "\\`")
        L.append(f"exports[`{c['name']} handler {utt(t)} {n+1}`] = `\n{body}\n`;\n")
    w(os.path.join(d, path), "\n".join(L))

def r_postman(d, c, sess, path):
    items = []
    for n, (t, rq, rs) in enumerate(pairs(c, sess)):
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": json.dumps(rq, ensure_ascii=False, indent=2), "options": {"raw": {"language": "json"}}},
               "url": {"raw": "{{skillEndpoint}}/alexa", "host": ["{{skillEndpoint}}"], "path": ["alexa"]}}
        items.append({"name": f"{n+1:02d} {utt(t)}", "request": req,
                      "response": [{"name": "saved example", "originalRequest": req, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json"}], "cookie": [], "body": json.dumps(rs, ensure_ascii=False, indent=2)}]})
    w(os.path.join(d, path), {"info": {"_postman_id": uid("pm", c["slug"]), "name": c["name"] + " endpoint", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                              "item": items, "variable": [{"key": "skillEndpoint", "value": f"https://{c['slug']}.example.net"}]})

def r_notebook(d, c, sess, path):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} – local handler check\n"]}]
    for n, (t, rq, rs) in enumerate(pairs(c, sess)):
        cells.append({"cell_type": "code", "execution_count": n + 1, "metadata": {},
                      "source": [f"req = load_event('{utt(t)}')\n", "resp = handler(req, None)\n", "print(json.dumps(resp, indent=1, ensure_ascii=False))"],
                      "outputs": [{"name": "stdout", "output_type": "stream", "text": (json.dumps(rs, ensure_ascii=False, indent=1) + "\n").splitlines(True)}]})
    w(os.path.join(d, path), {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}, "language_info": {"name": "python"}},
                              "nbformat": 4, "nbformat_minor": 5})

def r_csv(d, c, sess, path):
    s = io.StringIO()
    wr = csv.writer(s)
    wr.writerow(["step", "date", "utterance", "intent", "output_speech", "reprompt", "should_end_session", "tester_note"])
    for n, (t, rq, rs) in enumerate(pairs(c, sess)):
        wr.writerow([n + 1, sess.get("date", "11-20"), ("open " + c["inv"]) if t.get("i", "LaunchRequest") == "LaunchRequest" else utt(t), t.get("i", "LaunchRequest"),
                     spoken(t.get("sp")), spoken(t.get("rp")), "" if t.get("end") is None else str(t["end"]).upper(), t.get("note", "")])
    w(os.path.join(d, path), s.getvalue())

def r_elk(d, c, sess, path):
    L = []
    for n, (t, rq, rs) in enumerate(pairs(c, sess)):
        for kind, obj in (("skill.request", rq), ("skill.response", rs)):
            L.append(json.dumps({"@timestamp": f"2026-{sess.get('date','11-20')}T10:00:{n:02d}.{'0' if kind.endswith('request') else '5'}00Z", "service.name": c["slug"],
                                 "log.level": "info", "event.action": kind, "trace.id": hid("t", c["slug"], n)[:16],
                                 "message": json.dumps(obj, ensure_ascii=False)}, ensure_ascii=False))
    w(os.path.join(d, path), "\n".join(L) + "\n")

def r_junit(d, c, sess, path):
    from xml.sax.saxutils import escape
    L = ['<?xml version="1.0" encoding="UTF-8"?>', f'<testsuites name="{escape(c["name"])}">', f'  <testsuite name="conversation" tests="{len(sess["turns"])}" failures="0">']
    for n, (t, rq, rs) in enumerate(pairs(c, sess)):
        L.append(f'    <testcase classname="skill.dialog" name="{escape(utt(t))}" time="0.{n+1}">')
        L.append("      <system-out>" + escape("REQUEST " + json.dumps(rq, ensure_ascii=False) + "\nRESPONSE " + json.dumps(rs, ensure_ascii=False)) + "</system-out>")
        L.append("    </testcase>")
    L += ["  </testsuite>", "</testsuites>"]
    w(os.path.join(d, path), "\n".join(L) + "\n")

def r_curl(d, c, sess, path):
    L = []
    for n, (t, rq, rs) in enumerate(pairs(c, sess)):
        body = json.dumps(rq, ensure_ascii=False)
        L += [f"$ curl -v -X POST https://{c['slug']}.example.net/alexa -H 'Content-Type: application/json' -d @turn{n+1}.json",
              "*   Trying 203.0.113.10:443...", f"> POST /alexa HTTP/1.1", f"> Host: {c['slug']}.example.net", "> Content-Type: application/json",
              f"> Content-Length: {len(body.encode())}", ">", body, "< HTTP/1.1 200 OK", "< Content-Type: application/json", "<",
              json.dumps(rs, ensure_ascii=False), "* Connection #0 left intact", ""]
    w(os.path.join(d, path), "\n".join(L))

# ---------------- Google ----------------
def g_conversation(d, c, sess, path):
    out = []
    for n, t in enumerate(sess["turns"]):
        intent = t.get("gi", "actions.intent.MAIN" if n == 0 else "actions.intent.TEXT")
        req = {"user": {"locale": c["locale"], "userVerificationStatus": "VERIFIED"}, "conversation": {"conversationId": hid("gc", c["slug"]), "type": "NEW" if n == 0 else "ACTIVE"},
               "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t.get("u", "talk to " + c["inv"])}], "arguments": [{"name": "text", "textValue": t.get("u", "")}]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}
        if t.get("end") is True:
            res = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": spoken(t.get("sp"))}}]}}}
        else:
            res = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": spoken(t.get("sp"))}}]},
                   "noInputPrompts": [{"textToSpeech": spoken(t.get("rp"))}] if t.get("rp") is not None else []},
                   "possibleIntents": [t.get("possible", {"intent": "actions.intent.TEXT"})]}]}
        out.append({"request": req, "response": res})
    w(os.path.join(d, path), out)

def g_dialogflow(d, c, sess, path):
    out = []
    for n, t in enumerate(sess["turns"]):
        req = {"responseId": uid("df", c["slug"], n), "session": f"projects/{c['slug']}/agent/sessions/{hid('s', c['slug'])[:24]}",
               "queryResult": {"queryText": t.get("u", "GOOGLE_ASSISTANT_WELCOME"), "parameters": t.get("s", {}), "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/{c['slug']}/agent/intents/{uid('i', t.get('gi', 'welcome'))}", "displayName": t.get("gi", "Default Welcome Intent")},
                               "languageCode": c["locale"].split("-")[0]},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": c["locale"]}, "conversation": {"type": "NEW" if n == 0 else "ACTIVE"}}}}
        g = {"expectUserResponse": not t.get("end", False), "richResponse": {"items": [{"simpleResponse": {"textToSpeech": spoken(t.get("sp"))}}]}}
        if t.get("rp") is not None:
            g["noInputPrompts"] = [{"textToSpeech": t["rp"]}]
        if t.get("systemIntent"):
            g["systemIntent"] = t["systemIntent"]
        out.append({"webhookRequest": req, "webhookResponse": {"fulfillmentText": spoken(t.get("sp")), "payload": {"google": g}}})
    w(os.path.join(d, path), out)

def g_scene(d, c, sess, path):
    L = []
    for n, t in enumerate(sess["turns"]):
        req = {"handler": {"name": t.get("handler", "main")}, "intent": {"name": t.get("gi", "actions.intent.MAIN"), "params": {k: {"original": v, "resolved": v} for k, v in t.get("s", {}).items()}, "query": t.get("u", "")},
               "scene": {"name": t.get("scene", "Start"), "slotFillingStatus": "UNSPECIFIED", "slots": {}}, "session": {"id": hid("gs", c["slug"]), "params": {}, "languageCode": c["locale"]},
               "user": {"locale": c["locale"], "params": {}}, "device": {"capabilities": ["SPEECH"]}}
        res = {"session": {"id": hid("gs", c["slug"]), "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": spoken(t.get("sp")), "text": ""}}}
        if t.get("next"):
            res["scene"] = {"name": t.get("scene", "Start"), "slots": {}, "next": {"name": t["next"]}}
        L.append(json.dumps({"request": req, "response": res}, ensure_ascii=False))
    w(os.path.join(d, path), "\n".join(L) + "\n")

SHAPES = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array, "smapi-simulation": r_smapi_simulation,
          "smapi-invocation": r_smapi_invocation, "ask-dialog": r_ask_dialog, "ask-dialog-text": r_ask_dialog_text,
          "cloudwatch-text": r_cloudwatch_text, "cloudwatch-text-py": lambda d, c, s, p: r_cloudwatch_text(d, c, s, p, True),
          "cloudwatch-json": r_cloudwatch_json, "har": r_har, "transcript": r_transcript, "jest-snapshot": r_jest_snapshot,
          "postman-collection": r_postman, "notebook": r_notebook, "qa-spreadsheet-csv": r_csv, "log-shipper-ndjson": r_elk,
          "junit-xml": r_junit, "curl-trace": r_curl, "gactions-conversation": g_conversation, "dialogflow-webhook": g_dialogflow, "gactions-scene": g_scene}
LABEL = {"ask-dialog-text": "ask-dialog", "cloudwatch-text-py": "cloudwatch-text"}

def yaml_q(s):
    return json.dumps(s, ensure_ascii=False)

def google_package(d, c):
    kind = c["platform"]
    if kind == "builder":
        w(f"{d}/sdk/settings/settings.yaml", f"projectId: {c['slug']}\ndefaultLocale: {c['locale'].split('-')[0]}\ncategory: {c.get('gcat','GAMES_AND_TRIVIA')}\n"
          f"localizedSettings:\n  displayName: {yaml_q(c['name'])}\n  pronunciation: {yaml_q(c['inv'])}\n  fullDescription: {yaml_q(c['desc'])}\n  shortDescription: {yaml_q(c['desc'][:80])}\n"
          + (f"  privacyPolicyUrl: {c['policy']}\n" if c.get("policy") else "") + f"  developerName: {yaml_q(c.get('dev','Indie Dev'))}\n")
        w(f"{d}/sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    engagement:\n      title: " + yaml_q(c["name"]) + "\n")
        for it in c.get("intents", []):
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            y = ""
            if slots:
                y += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in slots.items())
            y += "trainingPhrases:\n" + "".join(f"- {yaml_q(s)}\n" for s in samples)
            w(f"{d}/sdk/custom/intents/{name}.yaml", y)
        for k, vs in c.get("types", {}).items():
            w(f"{d}/sdk/custom/types/{k}.yaml", "synonym:\n  entities:\n" + "".join(f"    {hid(v)[:8]}:\n      synonyms:\n      - {yaml_q(v)}\n" for v in vs) + "  matchType: EXACT_MATCH\n")
        for sname, body in c.get("scenes", {}).items():
            w(f"{d}/sdk/custom/scenes/{sname}.yaml", body)
    elif kind == "sdk":
        acts = []
        for it in c.get("intents", []):
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c["slug"]},
                         "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in slots.items()], "trigger": {"queryPatterns": samples}}})
        a = {"locale": c["locale"], "actions": acts, "conversations": {c["slug"]: {"name": c["slug"], "url": f"https://{c['slug']}.example.net/fulfillment", "fulfillmentApiVersion": 2}},
             "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80], "longDescription": c["desc"],
                          "category": c.get("gcat", "GAMES_AND_TRIVIA")}}
        if c.get("policy"):
            a["manifest"]["privacyUrl"] = c["policy"]
        if c.get("types"):
            a["types"] = [{"name": "$" + k, "entities": [{"key": v, "synonyms": [v]} for v in vs]} for k, vs in c["types"].items()]
        w(f"{d}/action.json", a)
    elif kind == "dialogflow":
        lang = c["locale"].split("-")[0]
        w(f"{d}/agent.json", {"description": c["desc"], "language": lang, "supportedLanguages": [], "defaultTimezone": "Europe/Madrid", "webhook": {"url": f"https://{c['slug']}.example.net/df", "available": True},
                             "googleAssistant": {"googleAssistantCompatible": True, "project": c["slug"], "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                                 "endIntentIds": [], "oAuthLinking": {"required": False}, "voiceType": "MALE_1", "capabilities": [], "env": "",
                                                 "protocolVersion": "V2", "invocationName": c["inv"], "privacyPolicyUrl": c.get("policy", "")}})
        w(f"{d}/package.json", {"version": "1.0.0"})
        for it in c.get("intents", []):
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            w(f"{d}/intents/{name}.json", {"id": uid("dfi", name), "name": name, "auto": True, "contexts": [], "webhookUsed": True,
                                           "responses": [{"resetContexts": False, "affectedContexts": [], "parameters": [{"name": k, "dataType": v, "value": "$" + k, "isList": False} for k, v in slots.items()], "messages": [], "speech": []}]})
            us = []
            for s in samples:
                data = []
                # split "{slot}" markers into entity parts
                import re
                for part in re.split(r"(\{[^}]+\})", s):
                    if not part:
                        continue
                    if part.startswith("{"):
                        k = part[1:-1]
                        data.append({"text": k, "alias": k, "meta": slots.get(k, "@sys.any"), "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                us.append({"id": uid("us", name, s), "data": data, "isTemplate": False, "count": 0})
            w(f"{d}/intents/{name}_usersays_{lang}.json", us)
        for k, vs in c.get("types", {}).items():
            w(f"{d}/entities/{k}.json", {"id": uid("e", k), "name": k, "isOverridable": True, "isEnum": False, "automatedExpansion": False})
            w(f"{d}/entities/{k}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vs])

def build_all():
    import shutil
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    labels = {}
    for c in CASES:
        cid = f"{c['id']:03d}-{c['slug']}"
        d = os.path.join(OUT, cid)
        c.setdefault("platform", "alexa")
        if c["platform"] == "alexa":
            alexa_package(d, c)
        else:
            google_package(d, c)
        shapes = []
        for sess in c.get("recs", []):
            SHAPES[sess["shape"]](d, c, sess, sess["path"])
            lab = LABEL.get(sess["shape"], sess["shape"])
            if lab not in shapes:
                shapes.append(lab)
        for p, body in c.get("extra", {}).items():
            w(os.path.join(d, p), body)
        labels[cid] = {"categories": c["cats"], "locale": c["locale"], "shapes": shapes, "why": c["why"]}
    w(os.path.join(OUT, "..", "labels.json"), labels)
    return labels
