"""Renderer: turns the hand-written case descriptions in cases_*.py into case folders and labels.json."""
import json, os, csv, io, shutil, hashlib, datetime
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "cases")
OPEN = {"de-DE": "Alexa, öffne %s", "es-ES": "Alexa, abre %s", "fr-FR": "Alexa, ouvre %s", "it-IT": "Alexa, apri %s", "ja-JP": "アレクサ、%sを開いて", "pt-BR": "Alexa, abrir %s"}
BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]

def h(*a, n=8):
    return hashlib.sha1("|".join(map(str, a)).encode()).hexdigest()[:n]

class T:
    """one turn: user utterance, intent (LaunchRequest / intent name / SessionEnded), speech, reprompt, end"""
    def __init__(s, utt, intent, speech, reprompt=None, end=True, slots=None):
        s.utt, s.intent, s.speech, s.reprompt, s.end, s.slots = utt, intent, speech, reprompt, end, slots or {}

def ssml(t):
    if t is None: return None
    return t if t.strip().startswith("<speak>") else "<speak>" + t + "</speak>"

def w(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, indent=2))

def alexa_pairs(c, turns, day):
    appid = "amzn1.ask.skill." + h(c["id"], n=8) + "-" + h(c["id"], 1, n=4) + "-4" + h(c["id"], 2, n=3) + "-9" + h(c["id"], 3, n=3) + "-" + h(c["id"], 4, n=12)
    user = "amzn1.ask.account.AF" + h(c["id"], "u", n=30).upper()
    t0 = datetime.datetime.fromisoformat(day + "T18:02:11")
    sid, new, out = None, True, []
    for i, t in enumerate(turns):
        if sid is None or new:
            sid = "amzn1.echo-api.session." + h(c["id"], day, i, n=8) + "-" + h(c["id"], day, i, "s", n=4) + "-4aa0-9b1e-" + h(c["id"], day, i, "t", n=12)
        ts = (t0 + datetime.timedelta(seconds=9 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        rq = {"type": "LaunchRequest" if t.intent == "LaunchRequest" else ("SessionEndedRequest" if t.intent == "SessionEndedRequest" else "IntentRequest"),
              "requestId": "amzn1.echo-api.request." + h(c["id"], day, i, "r", n=8) + "-7c1d-4e0b-8f5a-" + h(c["id"], day, i, "q", n=12),
              "timestamp": ts, "locale": c["locale"]}
        if rq["type"] == "IntentRequest":
            rq["intent"] = {"name": t.intent, "confirmationStatus": "NONE",
                            "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in t.slots.items() if not k.startswith("_")}}
        if rq["type"] == "SessionEndedRequest":
            rq["reason"] = "USER_INITIATED"
        req = {"version": "1.0",
               "session": {"new": new, "sessionId": sid, "application": {"applicationId": appid}, "user": {"userId": user}},
               "context": {"System": {"application": {"applicationId": appid}, "user": {"userId": user},
                                      "device": {"deviceId": "amzn1.ask.device.AG" + h(c["id"], "d", n=20).upper(), "supportedInterfaces": {}},
                                      "apiEndpoint": "https://api.amazonalexa.com"}},
               "request": rq}
        resp = {"version": "1.0", "sessionAttributes": {}, "response": {}}
        if t.speech is not None:
            resp["response"]["outputSpeech"] = {"type": "SSML", "ssml": ssml(t.speech)}
        if t.reprompt is not None:
            resp["response"]["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t.reprompt)}}
        if "_card" in t.slots:
            resp["response"]["card"] = t.slots["_card"]
        if "_directives" in t.slots:
            resp["response"]["directives"] = t.slots["_directives"]
        if rq["type"] != "SessionEndedRequest":
            resp["response"]["shouldEndSession"] = t.end
        out.append((t, req, resp, ts, sid))
        new = bool(t.end) or rq["type"] == "SessionEndedRequest"
    return out, appid

def render_alexa_rec(c, rec):
    shape, path, turns = rec["shape"], rec["path"], rec["turns"]
    day = rec.get("day", "2026-11-28")
    pairs, appid = alexa_pairs(c, turns, day)
    P = os.path.join(OUT, c["dir"], path)
    ep = c.get("endpoint", "https://skills.%s.example.net/alexa" % c["slug"])
    if shape == "envelope":
        base = P
        for i, (t, rq, rs, ts, sid) in enumerate(pairs):
            w(os.path.join(base, "%02d-%s.json" % (i + 1, (t.intent.split(".")[-1]).lower())), rs)
    elif shape == "pairs-jsonl":
        w(P, "".join(json.dumps({"request": rq, "response": rs}, ensure_ascii=False) + "\n" for t, rq, rs, ts, sid in pairs))
    elif shape == "pairs-array":
        w(P, [{"request": rq, "response": rs} for t, rq, rs, ts, sid in pairs])
    elif shape == "smapi-simulation":
        for i, (t, rq, rs, ts, sid) in enumerate(pairs):
            w(os.path.join(P, "sim-%02d.json" % (i + 1)), {"id": h(c["id"], i, "sim", n=8) + "-1f2e-4c3d-8a9b-" + h(c["id"], i, n=12), "status": "SUCCESSFUL",
              "result": {"alexaExecutionInfo": {"alexaResponses": [], "consideredIntents": [{"name": t.intent, "confirmationStatus": "NONE", "slots": {}}]},
                         "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": appid, "body": rq}, "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 211 + i}}]},
                         "error": None}})
    elif shape == "smapi-invocation":
        for i, (t, rq, rs, ts, sid) in enumerate(pairs):
            w(os.path.join(P, "invoke-%02d.json" % (i + 1)), {"id": h(c["id"], i, "inv", n=8) + "-aa11-4b22-9c33-" + h(c["id"], i, "x", n=12), "status": "SUCCESSFUL",
              "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": ep, "body": rq}, "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i}}, "error": None}})
    elif shape == "ask-dialog":
        w(os.path.join(P, "replay.json"), {"skillId": appid, "locale": c["locale"], "type": "text", "userInput": [t.utt for t, *_ in pairs]})
        w(os.path.join(P, "dialog-output.json"), [{"utterance": t.utt, "invocations": [{"invocationRequest": {"endpoint": appid, "body": rq}, "invocationResponse": {"body": rs}}]} for t, rq, rs, ts, sid in pairs])
    elif shape == "cloudwatch-text":
        lines = []
        for i, (t, rq, rs, ts, sid) in enumerate(pairs):
            rid = h(c["id"], i, "lam", n=8) + "-2b1c-4d3e-a5f6-" + h(c["id"], i, "l", n=12)
            lines += ["%s START RequestId: %s Version: $LATEST" % (ts, rid),
                      "%s\t%s\tINFO\tRequest: %s" % (ts, rid, json.dumps(rq, ensure_ascii=False)),
                      "%s\t%s\tINFO\tResponse: %s" % (ts, rid, json.dumps(rs, ensure_ascii=False)),
                      "%s END RequestId: %s" % (ts, rid),
                      "%s REPORT RequestId: %s\tDuration: %d.41 ms\tBilled Duration: %d ms\tMemory Size: 128 MB\tMax Memory Used: 81 MB" % (ts, rid, 40 + i, 41 + i)]
        w(P, "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for i, (t, rq, rs, ts, sid) in enumerate(pairs):
            rid = h(c["id"], i, "cwj", n=8) + "-5e4d-4c3b-b2a1-" + h(c["id"], i, "j", n=12)
            ms = int(datetime.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
            ev.append({"logStreamName": "2026/11/28/[$LATEST]" + h(c["id"], "st", n=32), "timestamp": ms, "message": "%s\t%s\tINFO\tRequest: %s\n" % (ts, rid, json.dumps(rq, ensure_ascii=False)), "ingestionTime": ms + 80, "eventId": h(c["id"], i, "e1", n=20)})
            ev.append({"logStreamName": "2026/11/28/[$LATEST]" + h(c["id"], "st", n=32), "timestamp": ms + 35, "message": "%s\t%s\tINFO\tResponse: %s\n" % (ts, rid, json.dumps(rs, ensure_ascii=False)), "ingestionTime": ms + 120, "eventId": h(c["id"], i, "e2", n=20)})
        w(P, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for i, (t, rq, rs, ts, sid) in enumerate(pairs):
            ents.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 212, "request": {"method": "POST", "url": ep, "httpVersion": "HTTP/1.1",
              "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "MIIB" + h(c["id"], i, n=24)}],
              "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1, "postData": {"mimeType": "application/json", "text": json.dumps(rq, ensure_ascii=False)}},
              "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
              "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(rs, ensure_ascii=False)}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
              "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 11}})
        w(P, {"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "10.1.5"}, "entries": ents}})
    elif shape == "transcript":
        lines = ["# probe run %s locale=%s invocation=%s" % (day, c["locale"], c.get("invocation"))]
        for t, rq, rs, ts, sid in pairs:
            lines.append("[%s] USER: %s" % (ts, t.utt))
            if t.speech is not None: lines.append("[%s] SKILL: %s" % (ts, ssml(t.speech)))
            if t.reprompt is not None: lines.append("[%s] REPROMPT: %s" % (ts, ssml(t.reprompt)))
            lines.append("[%s] session_open=%s" % (ts, "false" if t.end or t.intent == "SessionEndedRequest" else "true"))
        w(P, "\n".join(lines) + "\n")
    # ---- shapes that are not in the brief's list ----
    elif shape == "postman-collection":
        items = []
        for i, (t, rq, rs, ts, sid) in enumerate(pairs):
            items.append({"name": "%02d %s" % (i + 1, t.utt), "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
              "body": {"mode": "raw", "raw": json.dumps(rq, ensure_ascii=False, indent=2), "options": {"raw": {"language": "json"}}}, "url": {"raw": "{{skillEndpoint}}", "host": ["{{skillEndpoint}}"]}},
              "response": [{"name": "saved " + ts, "originalRequest": {"method": "POST", "url": {"raw": "{{skillEndpoint}}"}}, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                            "header": [{"key": "Content-Type", "value": "application/json"}], "body": json.dumps(rs, ensure_ascii=False, indent=2)}]})
        w(P, {"info": {"_postman_id": h(c["id"], "pm", n=8) + "-0000-4000-8000-" + h(c["id"], "pm2", n=12), "name": c["name"] + " – endpoint tests", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
              "item": items, "variable": [{"key": "skillEndpoint", "value": ep}]})
    elif shape == "jupyter-notebook":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# %s – local handler walk-through (%s)\n" % (c["name"], day)]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["import json\n", "from lambda_function import lambda_handler\n"]}]
        for i, (t, rq, rs, ts, sid) in enumerate(pairs):
            cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {}, "source": ["# user: %s\n" % t.utt, "event = %s\n" % json.dumps(rq, ensure_ascii=False), "out = lambda_handler(event, None)\n", "out"],
                          "outputs": [{"output_type": "execute_result", "execution_count": i + 2, "metadata": {}, "data": {"text/plain": [json.dumps(rs, ensure_ascii=False, indent=1)]}}]})
        w(P, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}, "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5})
    elif shape == "csv-sheet":
        b = io.StringIO(); cw = csv.writer(b)
        cw.writerow(["session_id", "turn", "timestamp", "user_said", "request_type", "intent", "alexa_said_ssml", "reprompt_ssml", "should_end_session", "tester_note"])
        for i, (t, rq, rs, ts, sid) in enumerate(pairs):
            cw.writerow([sid[-12:], i + 1, ts, t.utt, rq["request"]["type"], t.intent if rq["request"]["type"] == "IntentRequest" else "", ssml(t.speech) or "", ssml(t.reprompt) or "",
                         "" if rq["request"]["type"] == "SessionEndedRequest" else str(bool(t.end)).upper(), rec.get("notes", {}).get(i, "")])
        w(P, b.getvalue())
    elif shape == "junit-xml":
        from xml.sax.saxutils import escape
        tcs = []
        for i, (t, rq, rs, ts, sid) in enumerate(pairs):
            tcs.append('  <testcase classname="dialog.%s" name="turn %02d: %s" time="0.%03d">\n    <system-out>%s</system-out>\n  </testcase>' % (c["slug"], i + 1, escape(t.utt, {'"': "&quot;"}), 200 + i,
                        escape("REQUEST " + json.dumps(rq, ensure_ascii=False) + "\nRESPONSE " + json.dumps(rs, ensure_ascii=False))))
        w(P, '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mocha" tests="%d" failures="0">\n<testsuite name="%s dialog" tests="%d" failures="0" timestamp="%s">\n%s\n</testsuite>\n</testsuites>\n' % (len(pairs), escape(c["name"]), len(pairs), day, "\n".join(tcs)))
    elif shape == "log-shipper-ndjson":
        lines = []
        for i, (t, rq, rs, ts, sid) in enumerate(pairs):
            lines.append(json.dumps({"@timestamp": ts.replace("Z", ".118Z"), "log.level": "info", "service.name": c["slug"], "event.dataset": "skill.http", "trace.id": h(c["id"], i, "tr", n=32),
                                     "http.request.method": "POST", "url.path": "/alexa", "http.request.body.content": json.dumps(rq, ensure_ascii=False),
                                     "http.response.status_code": 200, "http.response.body.content": json.dumps(rs, ensure_ascii=False), "host.name": "ip-10-0-3-17"}, ensure_ascii=False))
        w(P, "\n".join(lines) + "\n")
    else:
        raise ValueError(shape)

# ---------------- Google ----------------
def g_turns(c, turns, day):
    sid = "ABwppHE" + h(c["id"], day, n=24)
    t0 = datetime.datetime.fromisoformat(day + "T19:11:03")
    out = []
    for i, t in enumerate(turns):
        ts = (t0 + datetime.timedelta(seconds=8 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        out.append((i, t, ts, sid))
        if t.end: sid = "ABwppHE" + h(c["id"], day, i, n=24)
    return out

def render_google_rec(c, rec):
    shape, path, turns = rec["shape"], rec["path"], rec["turns"]
    day = rec.get("day", "2026-11-28")
    P = os.path.join(OUT, c["dir"], path)
    lang = c["locale"]
    rows = []
    for i, t, ts, sid in g_turns(c, turns, day):
        if shape == "gactions-scene":
            rq = {"handler": {"name": t.slots.get("_handler", t.intent)}, "intent": {"name": t.intent, "params": {k: {"original": v, "resolved": v} for k, v in t.slots.items() if not k.startswith("_")}, "query": t.utt},
                  "scene": {"name": t.slots.get("_scene", "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                  "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": lang},
                  "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "lastSeenTime": ts},
                  "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
            rs = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t.speech, "text": t.slots.get("_text", "")}},
                  "scene": {"name": t.slots.get("_scene", "Main"), "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if t.end else t.slots.get("_next", "Main")}}}
            if t.reprompt is not None:
                rs["prompt"]["lastSimple"] = {"speech": t.reprompt, "text": ""}
        elif shape == "dialogflow-webhook":
            rq = {"responseId": h(c["id"], i, "df", n=8) + "-6b7c-4d8e-9f0a-" + h(c["id"], i, n=12) + "-" + h(c["id"], i, "z", n=8),
                  "queryResult": {"queryText": t.utt, "parameters": dict(t.slots), "allRequiredParamsPresent": True, "intent": {"name": "projects/%s/agent/intents/%s" % (c["slug"], h(c["id"], t.intent, n=8) + "-1111-4222-8333-" + h(t.intent, n=12)), "displayName": t.intent},
                                  "intentDetectionConfidence": 1, "languageCode": lang.split("-")[0] if lang != "pt-BR" else "pt-br"},
                  "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"conversation": {"conversationId": sid, "type": "NEW" if i == 0 else "ACTIVE"}, "user": {"locale": lang}}},
                  "session": "projects/%s/agent/sessions/%s" % (c["slug"], sid)}
            g = {"expectUserResponse": not t.end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.speech}}]}}
            if t.reprompt is not None: g["noInputPrompts"] = [{"textToSpeech": t.reprompt}]
            if "_permission" in t.slots:
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.slots["_optContext"], "permissions": t.slots["_permission"]}}
            rs = {"fulfillmentText": t.speech, "payload": {"google": g}}
        elif shape == "gactions-conversation":
            rq = {"user": {"locale": lang, "lastSeen": ts, "userVerificationStatus": "VERIFIED"}, "conversation": {"conversationId": sid, "type": "NEW" if i == 0 else "ACTIVE"},
                  "inputs": [{"intent": t.intent, "rawInputs": [{"inputType": "VOICE", "query": t.utt}], "arguments": [{"name": "text", "rawText": t.utt, "textValue": t.utt}]}],
                  "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
            if t.end:
                rs = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.speech}}]}}}
            else:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t.speech}}]}, "noInputPrompts": [{"textToSpeech": t.reprompt}] if t.reprompt is not None else []},
                      "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                if "_permission" in t.slots:
                    ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.slots["_optContext"], "permissions": t.slots["_permission"]}}]
                rs = {"expectUserResponse": True, "expectedInputs": [ei]}
        rows.append({"timestamp": ts, "request": rq, "response": rs})
    if path.endswith(".jsonl"):
        w(P, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    else:
        w(P, rows)

def yaml_list(items, ind="  "):
    return "".join("%s- %s\n" % (ind, json.dumps(x, ensure_ascii=False)) for x in items)

def render_google_project(c):
    D = os.path.join(OUT, c["dir"]); kind = c["google"]; lang = c["locale"]; short = lang.split("-")[0] if lang != "pt-BR" else "pt-BR"
    pol = c.get("policy")
    if kind == "builder":
        w(os.path.join(D, "sdk/settings/settings.yaml"), "projectId: %s\ndefaultLocale: %s\ncategory: %s\nlocalizedSettings:\n  displayName: %s\n  pronunciation: %s\n  shortDescription: %s\n  fullDescription: %s\n  developerName: %s\n  developerEmail: dev@%s.example.net\n%s  sampleInvocations:\n%s" % (
            c["slug"], short, c.get("gcat", "GAMES_AND_TRIVIA"), json.dumps(c["name"], ensure_ascii=False), json.dumps(c["invocation"], ensure_ascii=False), json.dumps(c["desc"][:80], ensure_ascii=False), json.dumps(c["desc"], ensure_ascii=False), c.get("dev", "Hollow Oak Apps"), c["slug"],
            ("  privacyPolicyUrl: %s\n" % pol) if pol else "", yaml_list(c.get("examples", ["Talk to " + c["invocation"]]), "  ")))
        w(os.path.join(D, "sdk/manifest.yaml"), "version: \"1.0\"\n")
        for name, samples, slots in c["intents"]:
            y = "parameters:\n" + "".join("- name: %s\n  type:\n    name: %s\n" % (k, v) for k, v in slots.items()) if slots else ""
            import re as _re
            y += "trainingPhrases:\n" + yaml_list([_re.sub(r"\{(\w+)\}", lambda m: "($%s 'x' auto=true)" % m.group(1), x) for x in samples], "")
            w(os.path.join(D, "sdk/custom/intents/%s.yaml" % name), y)
        for tname, vals in c.get("types", []):
            w(os.path.join(D, "sdk/custom/types/%s.yaml" % tname), "synonym:\n  entities:\n" + "".join("    %s:\n      synonyms:\n      - %s\n" % ("v%d" % i, json.dumps(v, ensure_ascii=False)) for i, v in enumerate(vals)) + "  matchType: EXACT_MATCH\n")
        for sname, body in c.get("scenes", {}).items():
            w(os.path.join(D, "sdk/custom/scenes/%s.yaml" % sname), body)
        w(os.path.join(D, "sdk/custom/global/actions.intent.MAIN.yaml"), "handler:\n  webhookHandler: welcome\ntransitionToScene: Main\n")
        w(os.path.join(D, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml"), "handlers:\n- name: welcome\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    elif kind == "sdk":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["slug"]}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c.get("examples", ["talk to " + c["invocation"]])}}}]
        for name, samples, slots in c["intents"]:
            acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c["slug"]}, "intent": {"name": name, "parameters": [{"name": k, "type": {"name": v}} for k, v in slots.items()], "trigger": {"queryPatterns": samples}}})
        a = {"locale": lang, "manifest": {"displayName": c["name"], "invocationName": c["invocation"], "shortDescription": c["desc"][:80], "longDescription": c["desc"], "category": c.get("gcat", "GAMES_AND_TRIVIA")},
             "actions": acts, "conversations": {c["slug"]: {"name": c["slug"], "url": "https://%s.example.net/fulfillment" % c["slug"], "fulfillmentApiVersion": 2}}}
        if pol: a["manifest"]["privacyUrl"] = pol
        if c.get("types"): a["types"] = [{"name": "$" + tn, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for tn, vals in c["types"]]
        w(os.path.join(D, "action.json"), a)
    elif kind == "dialogflow":
        agl = lang.split("-")[0] if lang != "pt-BR" else "pt-br"
        w(os.path.join(D, "agent.json"), {"description": c["desc"], "language": agl, "shortDescription": c["desc"][:80], "examples": "", "linkToDocs": "", "displayName": c["name"], "disableInteractionLogs": False,
              "googleAssistant": {"googleAssistantCompatible": True, "project": c["slug"], "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False}, "voiceType": "VOICE_TYPE_UNSPECIFIED", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": True, "isDeviceAgent": False},
              "defaultTimezone": "Europe/Madrid", "webhook": {"url": "https://%s.example.net/df" % c["slug"], "available": True, "useForDomains": False, "cloudFunctionsEnabled": False}, "isPrivate": True, "enableOnePlatformResponses": True,
              **({"privacyPolicyUrl": pol} if pol else {})})
        w(os.path.join(D, "package.json"), {"version": "1.0.0"})
        for name, samples, slots in c["intents"]:
            w(os.path.join(D, "intents/%s.json" % name), {"id": h(name, c["id"], n=8) + "-aaaa-4bbb-8ccc-" + h(name, n=12), "name": name, "auto": True, "contexts": [], "responses": [{"resetContexts": False, "action": "", "affectedContexts": [], "parameters": [{"id": h(k, n=8), "name": k, "required": False, "dataType": v, "value": "$" + k, "isList": False} for k, v in slots.items()], "messages": [], "speech": []}], "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": []})
            us = []
            for s in samples:
                parts = []
                rest = s
                while "{" in rest:
                    a, b = rest.split("{", 1); k, rest = b.split("}", 1)
                    if a: parts.append({"text": a, "userDefined": False})
                    parts.append({"text": k, "alias": k, "meta": slots.get(k, "@sys.any"), "userDefined": True})
                if rest: parts.append({"text": rest, "userDefined": False})
                us.append({"id": h(s, n=8) + "-0d0d-4e4e-8f8f-" + h(s, 1, n=12), "data": parts, "isTemplate": False, "count": 0, "lang": agl, "updated": 0})
            w(os.path.join(D, "intents/%s_usersays_%s.json" % (name, agl)), us)
        for tn, vals in c.get("types", []):
            w(os.path.join(D, "entities/%s.json" % tn), {"id": h(tn, n=8) + "-1212-4343-8565-" + h(tn, 2, n=12), "name": tn, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            w(os.path.join(D, "entities/%s_entries_%s.json" % (tn, agl)), [{"value": v, "synonyms": [v]} for v in vals])

def render_alexa_project(c):
    D = os.path.join(OUT, c["dir"]); loc = c["locale"]
    locs = [loc] + c.get("extra_locales", [])
    pi = {l: {"summary": c["desc"][:100], "examplePhrases": c.get("examples", [OPEN.get(l, "Alexa, open %s") % c["invocation"]]), "name": c["name"], "description": c["desc"],
              "keywords": c.get("keywords", []), "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON?versionId=small" % h(c["id"], n=4),
              "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON_LARGE?versionId=large" % h(c["id"], n=4)} for l in locs}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("permissions")) or bool(c.get("uses_pi")), "isChildDirected": bool(c.get("child")), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", "")} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": pi, "isAvailableWorldwide": False, "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                   "category": c.get("cat", "GAMES"), "distributionCountries": c.get("countries", [])},
                        "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", "https://skills.%s.example.net/alexa" % c["slug"]), "sslCertificateType": "Wildcard"}} if c.get("endpoint_https", True) else {"endpoint": {"sourceDir": "lambda", "uri": "ask-%s-default" % c["slug"]}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.get("permissions"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["permissions"]]
    w(os.path.join(D, "skill-package/skill.json"), man)
    for l in locs:
        intents = [{"name": n, "slots": [{"name": k, "type": v} for k, v in sl.items()], "samples": s} for n, s, sl in c["intents"]]
        have = {i["name"] for i in intents}
        intents += [{"name": b, "samples": []} for b in BUILTIN if b not in have]
        im = {"interactionModel": {"languageModel": {"invocationName": c["invocation"], "intents": intents,
              "types": [{"name": tn, "values": [{"name": {"value": v}} for v in vals]} for tn, vals in c.get("types", [])]}}}
        if c.get("dialog"): im["interactionModel"]["dialog"] = c["dialog"]; im["interactionModel"]["prompts"] = c.get("prompts", [])
        w(os.path.join(D, "skill-package/interactionModels/custom/%s.json" % l), im)
    w(os.path.join(D, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"}}}})
    for fn, body in c.get("files", {}).items():
        w(os.path.join(D, fn), body)

def build(cases):
    if os.path.exists(OUT): shutil.rmtree(OUT)
    labels = {}
    seen = set()
    for c in cases:
        assert c["id"] not in seen, c["id"]; seen.add(c["id"])
        c["dir"] = c["id"] + "-" + c["slug"]
        if c.get("google"):
            render_google_project(c)
            for r in c["recs"]: render_google_rec(c, r)
        else:
            render_alexa_project(c)
            for r in c["recs"]: render_alexa_rec(c, r)
        for fn, body in c.get("files", {}).items():
            w(os.path.join(OUT, c["dir"], fn), body)
        labels[c["dir"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": sorted({r["shape"] for r in c["recs"]}), "why": c["why"]}
    w(os.path.join(ROOT, "labels.json"), labels)
    return labels
