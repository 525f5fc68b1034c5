"""Renderer: turns hand-written case descriptions (cases_*.py) into skill projects + recordings."""
import json, os, re, uuid, hashlib, datetime, csv, io, shutil

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
LABELS = {}


def _id(*p):
    return hashlib.md5("|".join(map(str, p)).encode()).hexdigest()


def _uuid(*p):
    return str(uuid.UUID(_id(*p)))


def w(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(data, str):
            f.write(data)
        else:
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.write("\n")


BUILTIN = ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent",
           "AMAZON.NavigateHomeIntent"]


def skill_json(c):
    loc = c["loc"]
    locs = c.get("locales", [loc])
    li = {}
    for l in locs:
        li[l] = {"name": c["name"], "summary": c["desc"][:160], "description": c["desc"],
                 "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"],
                 "keywords": c.get("keywords", []),
                 "smallIconUri": "https://example-cdn.net/icons/%s-108.png" % _id(c["id"])[:10],
                 "largeIconUri": "https://example-cdn.net/icons/%s-512.png" % _id(c["id"])[:10]}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or bool(c.get("pi")),
          "isChildDirected": bool(c.get("child")), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", "")} for l in locs}
    m = {"manifest": {"manifestVersion": "1.0",
                      "publishingInformation": {"locales": li, "isAvailableWorldwide": False,
                                                "distributionCountries": c.get("countries", []),
                                                "category": c.get("category", "GAMES"),
                                                "testingInstructions": c.get("testing", "Open the skill and follow the prompts.")},
                      "apis": {"custom": {"endpoint": {"uri": c.get("arn", "arn:aws:lambda:eu-west-1:41%s:function:%s" % (_id(c['id'])[:10].translate(str.maketrans('abcdef', '123456')), c['id'][4:]))},
                                          "interfaces": c.get("interfaces", [])}},
                      "privacyAndCompliance": pc}}
    if c.get("perms"):
        m["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("manifest_extra"):
        m["manifest"].update(c["manifest_extra"])
    return m


def model_json(c, loc):
    intents = []
    for it in c.get("intents", []):
        name, slots, samples = it
        intents.append({"name": name, "slots": [{"name": s, "type": t} for s, t in slots], "samples": samples})
    for b in BUILTIN:
        intents.append({"name": b, "samples": []})
    types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c.get("types", {}).items()]
    return {"interactionModel": {"languageModel": {"invocationName": c["inv"], "intents": intents, "types": types}}}


# ---------------- request / response envelopes ----------------

class Sess:
    def __init__(self, c, rec):
        self.c, self.rec = c, rec
        self.t = datetime.datetime.fromisoformat(rec.get("date", "2026-11-20T18:02:11"))
        self.n = 0
        self.sid = None
        self.user = "amzn1.ask.account.AF" + _id(c["id"], "u").upper()[:40]
        self.dev = "amzn1.ask.device.AE" + _id(c["id"], "d").upper()[:40]
        self.app = c.get("skill_id", "amzn1.ask.skill." + _uuid(c["id"]))


def req_env(S, intent, slots, new):
    c, loc = S.c, S.rec.get("loc", S.c["loc"])
    S.n += 1
    S.t += datetime.timedelta(seconds=7 + S.n * 3)
    ts = S.t.strftime("%Y-%m-%dT%H:%M:%SZ")
    rid = "amzn1.echo-api.request." + _uuid(c["id"], S.rec["path"], S.n)
    if intent in ("LaunchRequest", "SessionEndedRequest"):
        r = {"type": intent, "requestId": rid, "timestamp": ts, "locale": loc}
        if intent == "SessionEndedRequest":
            r["reason"] = "USER_INITIATED"
    else:
        r = {"type": "IntentRequest", "requestId": rid, "timestamp": ts, "locale": loc,
             "intent": {"name": intent, "confirmationStatus": "NONE",
                        "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in (slots or {}).items()}}}
    return {"version": "1.0",
            "session": {"new": new, "sessionId": S.sid, "application": {"applicationId": S.app},
                        "attributes": {}, "user": {"userId": S.user}},
            "context": {"System": {"application": {"applicationId": S.app}, "user": {"userId": S.user},
                                   "device": {"deviceId": S.dev, "supportedInterfaces": {}},
                                   "apiEndpoint": "https://api.eu.amazonalexa.com" if not loc.startswith("en-US") else "https://api.amazonalexa.com"}},
            "request": r}


def speech_obj(s):
    if s.strip().startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


def resp_env(speech, reprompt, end, extra=None):
    r = {}
    if speech is not None:
        r["outputSpeech"] = speech_obj(speech)
    if reprompt is not None:
        r["reprompt"] = {"outputSpeech": speech_obj(reprompt)}
    if end is not None:
        r["shouldEndSession"] = end
    if extra:
        r.update(extra)
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.20.4", "response": r}


def run_turns(c, rec):
    """returns list of dicts: utter, req, resp, speech, reprompt, end"""
    S = Sess(c, rec)
    out = []
    new = True
    for t in rec["turns"]:
        intent, utter, slots, speech, reprompt, end = (list(t) + [None] * 6)[:6]
        extra = None
        if isinstance(end, dict):
            extra = end.get("extra"); end = end.get("end")
        if new:
            S.sid = "amzn1.echo-api.session." + _uuid(c["id"], rec["path"], S.n)
        rq = req_env(S, intent, slots, new)
        if intent == "SessionEndedRequest":
            rs = {"version": "1.0", "response": {}}
        else:
            rs = resp_env(speech, reprompt, end, extra)
        out.append({"utter": utter or ("open " + c["inv"] if intent == "LaunchRequest" else ""), "intent": intent,
                    "req": rq, "resp": rs, "speech": speech, "reprompt": reprompt, "end": end, "ts": rq["request"]["timestamp"]})
        new = (end is None) or bool(end) or intent == "SessionEndedRequest"
    return out


def plain(s):
    if s is None:
        return ""
    return re.sub(r"<[^>]+>", "", s).strip()


# ---------------- shapes ----------------

def sh_envelope(c, rec, T, base):
    for i, x in enumerate(T, 1):
        if x["intent"] == "SessionEndedRequest":
            continue
        w(os.path.join(base, rec["path"], "%02d-%s.json" % (i, x["intent"].split(".")[-1].lower())), x["resp"])


def sh_pairs_jsonl(c, rec, T, base):
    w(os.path.join(base, rec["path"]), "".join(json.dumps({"request": x["req"], "response": x["resp"]}, ensure_ascii=False) + "\n" for x in T))


def sh_pairs_array(c, rec, T, base):
    w(os.path.join(base, rec["path"]), [{"request": x["req"], "response": x["resp"]} for x in T])


def _sim(c, x, i):
    return {"id": _uuid(c["id"], "sim", i, x["ts"]), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": ([{"type": "Speech", "content": {"caption": plain(x["speech"])}}] if x["speech"] else []),
                                              "consideredIntents": [{"name": x["intent"], "confirmationStatus": "NONE", "slots": {}}]},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": skill_json(c)["manifest"]["apis"]["custom"]["endpoint"]["uri"], "body": x["req"]},
                                                               "invocationResponse": {"body": x["resp"]},
                                                               "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 17}}]},
                       "error": None}}


def sh_smapi_simulation(c, rec, T, base):
    for i, x in enumerate(T, 1):
        if x["intent"] == "SessionEndedRequest":
            continue
        w(os.path.join(base, rec["path"], "sim-%02d.json" % i), _sim(c, x, i))


def sh_smapi_invocation(c, rec, T, base):
    for i, x in enumerate(T, 1):
        d = {"id": _uuid(c["id"], "inv", i), "status": "SUCCESSFUL",
             "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": skill_json(c)["manifest"]["apis"]["custom"]["endpoint"]["uri"], "body": x["req"]},
                                               "invocationResponse": {"body": x["resp"]},
                                               "metrics": {"skillExecutionTimeInMilliseconds": 95 + i}}, "error": None}}
        w(os.path.join(base, rec["path"], "invoke-%02d.json" % i), d)


def sh_ask_dialog(c, rec, T, base):
    p = os.path.join(base, rec["path"])
    ui = [x["utter"] for x in T if x["intent"] != "SessionEndedRequest"]
    w(os.path.join(p, "replay.json"), {"skillId": T[0]["req"]["session"]["application"]["applicationId"], "locale": rec.get("loc", c["loc"]), "type": "text", "userInput": ui})
    if rec.get("textrecord"):
        s = "".join("User  > %s\nAlexa > %s\n" % (x["utter"], plain(x["speech"])) for x in T if x["intent"] != "SessionEndedRequest")
        w(os.path.join(p, "dialog-record.txt"), s)
    else:
        w(os.path.join(p, "skill-io.json"), [{"utterance": x["utter"], "invocations": [{"request": x["req"], "response": x["resp"]}]} for x in T if x["intent"] != "SessionEndedRequest"])


def _cw_lines(c, rec, T):
    lines = []
    for i, x in enumerate(T):
        rid = _uuid(c["id"], "cw", i)
        t = x["ts"].replace("Z", ".211Z")
        lines.append(f"START RequestId: {rid} Version: {rec.get('ver', '$LATEST')}")
        if c.get("py"):
            lines.append(f"[INFO]\t{t}\t{rid}\tRequest: {json.dumps(x['req'], ensure_ascii=False)}")
            lines.append(f"[INFO]\t{t}\t{rid}\tResponse: {json.dumps(x['resp'], ensure_ascii=False)}")
        else:
            lines.append(f"{t}\t{rid}\tINFO\tRequest: {json.dumps(x['req'], ensure_ascii=False)}")
            lines.append(f"{t}\t{rid}\tINFO\tResponse: {json.dumps(x['resp'], ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {41 + i * 3}.17 ms\tBilled Duration: {42 + i * 3} ms\tMemory Size: 128 MB\tMax Memory Used: 78 MB")
    return lines


def sh_cloudwatch_text(c, rec, T, base):
    w(os.path.join(base, rec["path"]), "\n".join(_cw_lines(c, rec, T)) + "\n")


def sh_cloudwatch_json(c, rec, T, base):
    ev = []
    t0 = int(datetime.datetime.fromisoformat(T[0]["ts"].replace("Z", "+00:00")).timestamp() * 1000)
    for i, l in enumerate(_cw_lines(c, rec, T)):
        ev.append({"logStreamName": "2026/11/20/[$LATEST]" + _id(c["id"], "ls")[:32], "timestamp": t0 + i * 40,
                   "message": l + "\n", "ingestionTime": t0 + i * 40 + 300, "eventId": str(37000000000000000000000000000000000000000000000000000000 + i)})
    w(os.path.join(base, rec["path"]), {"events": ev, "searchedLogStreams": []})


def sh_har(c, rec, T, base):
    ent = []
    for x in T:
        ent.append({"startedDateTime": x["ts"].replace("Z", ".000Z"), "time": 212,
                    "request": {"method": "POST", "url": rec.get("url", "https://skill.example-host.net/alexa/" + c["id"][4:]), "httpVersion": "HTTP/1.1",
                                "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                            {"name": "Signature-256", "value": "kR3…"}],
                                "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                "postData": {"mimeType": "application/json", "text": json.dumps(x["req"], ensure_ascii=False)}},
                    "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                                 "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(x["resp"], ensure_ascii=False)},
                                 "redirectURL": "", "headersSize": -1, "bodySize": -1},
                    "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 11}})
    w(os.path.join(base, rec["path"]), {"log": {"version": "1.2", "creator": {"name": rec.get("creator", "mitmproxy"), "version": "10.1.5"}, "entries": ent}})


def sh_transcript(c, rec, T, base):
    s = [f"# probe transcript {c['inv']} {rec.get('loc', c['loc'])} {rec.get('date', '')}"]
    for x in T:
        if x["intent"] == "SessionEndedRequest":
            continue
        s.append(f"[{x['ts']}] USER: {x['utter']}")
        s.append(f"[{x['ts']}] SKILL: {plain(x['speech'])}")
        if x["reprompt"] is not None:
            s.append(f"[{x['ts']}] REPROMPT: {x['reprompt']!r}")
        s.append(f"[{x['ts']}] session_open={'false' if x['end'] else 'true'}")
    w(os.path.join(base, rec["path"]), "\n".join(s) + "\n")


# ---- new shapes ----

def sh_postman(c, rec, T, base):
    items = []
    for i, x in enumerate(T, 1):
        body = json.dumps(x["req"], indent=2, ensure_ascii=False)
        items.append({"name": f"{i:02d} {x['intent']} – \"{x['utter']}\"",
                      "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                                  "body": {"mode": "raw", "raw": body, "options": {"raw": {"language": "json"}}},
                                  "url": {"raw": "{{skillUrl}}", "host": ["{{skillUrl}}"]}},
                      "response": [{"name": "saved " + x["ts"], "originalRequest": {"method": "POST", "url": {"raw": "{{skillUrl}}"}},
                                    "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json"}],
                                    "body": json.dumps(x["resp"], indent=2, ensure_ascii=False)}]})
    w(os.path.join(base, rec["path"]), {"info": {"_postman_id": _uuid(c["id"], "pm"), "name": c["name"] + " local endpoint",
                                                  "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                                         "item": items, "variable": [{"key": "skillUrl", "value": "http://localhost:3000/"}]})


def sh_notebook(c, rec, T, base):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# Poking the {c['name']} endpoint\n", "Requests built by hand, responses printed below.\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", "URL = 'http://127.0.0.1:3000/'\n", "def send(env):\n", "    r = requests.post(URL, json=env)\n", "    print(json.dumps(r.json(), indent=1, ensure_ascii=False))\n"]}]
    for i, x in enumerate(T, 2):
        cells.append({"cell_type": "code", "execution_count": i, "metadata": {},
                      "source": [f"# user: {x['utter']}\n", "env = " + json.dumps(x["req"], ensure_ascii=False) + "\n", "send(env)"],
                      "outputs": [{"name": "stdout", "output_type": "stream", "text": [l + "\n" for l in json.dumps(x["resp"], indent=1, ensure_ascii=False).split("\n")]}]})
    w(os.path.join(base, rec["path"]), {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
                                         "nbformat": 4, "nbformat_minor": 5})


def sh_sheet(c, rec, T, base):
    f = io.StringIO()
    wr = csv.writer(f)
    wr.writerow(["run", "timestamp", "step", "utterance", "intent", "alexa_said", "reprompt", "shouldEndSession", "tester_notes"])
    for i, x in enumerate(T, 1):
        wr.writerow([rec.get("ver", "qa"), x["ts"], i, x["utter"], x["intent"], x["speech"] or "",
                     "" if x["reprompt"] is None else x["reprompt"], "" if x["end"] is None else str(x["end"]).upper(), ""])
    w(os.path.join(base, rec["path"]), f.getvalue())


def sh_vcr(c, rec, T, base):
    # pytest-recording / vcrpy cassette (YAML); bodies are JSON strings
    out = ["interactions:"]
    for x in T:
        out += ["- request:",
                "    body: " + json.dumps(json.dumps(x["req"], ensure_ascii=False), ensure_ascii=False),
                "    headers:", "      Content-Type:", "      - application/json",
                "    method: POST", "    uri: " + rec.get("url", "https://skill.example-host.net/alexa"),
                "  response:",
                "    body:", "      string: " + json.dumps(json.dumps(x["resp"], ensure_ascii=False), ensure_ascii=False),
                "    headers:", "      Content-Type:", "      - application/json",
                "    status:", "      code: 200", "      message: OK"]
    out.append("version: 1")
    w(os.path.join(base, rec["path"]), "\n".join(out) + "\n")


def _y(s):
    return json.dumps(s, ensure_ascii=False)


def sh_bespoken(c, rec, T, base):
    out = ["---", "configuration:", f"  locale: {rec.get('loc', c['loc'])}", "  description: regression suite (recorded outputs pasted as expectations)", "", "---", "- test: recorded session"]
    for x in T:
        if x["intent"] == "SessionEndedRequest":
            continue
        out.append(f"- {_y(x['utter'] if x['intent'] != 'LaunchRequest' else 'LaunchRequest')}:")
        if x["speech"] is not None:
            out.append(f"  - prompt: {_y(plain(x['speech']))}")
        if x["reprompt"] is not None:
            out.append(f"  - response.reprompt.outputSpeech.{'ssml' if x['reprompt'].startswith('<speak>') else 'text'}: {_y(x['reprompt'])}")
        if x["end"] is not None:
            out.append(f"  - response.shouldEndSession: {str(x['end']).lower()}")
    w(os.path.join(base, rec["path"]), "\n".join(out) + "\n")


def sh_elastic(c, rec, T, base):
    lines = []
    for i, x in enumerate(T):
        for kind, body in (("alexa.request", x["req"]), ("alexa.response", x["resp"])):
            lines.append(json.dumps({"_index": "skill-logs-2026.11", "_id": _id(c["id"], i, kind)[:20],
                                     "_source": {"@timestamp": x["ts"], "service": {"name": c["id"][4:]}, "event": {"dataset": kind},
                                                 "log": {"level": "info"}, "message": json.dumps(body, ensure_ascii=False)}}, ensure_ascii=False))
    w(os.path.join(base, rec["path"]), "\n".join(lines) + "\n")


# ---- Google ----

def _g_turns(rec):
    out = []
    for t in rec["turns"]:
        intent, utter, params, speech, reprompt, end = (list(t) + [None] * 6)[:6]
        out.append(dict(intent=intent, utter=utter, params=params or {}, speech=speech, reprompt=reprompt, end=end))
    return out


def sh_gactions_conversation(c, rec, T, base):
    arr = []
    conv = _id(c["id"], rec["path"])[:24]
    for i, x in enumerate(_g_turns(rec)):
        it = {"actions.intent.MAIN": "actions.intent.MAIN"}.get(x["intent"], x["intent"])
        rq = {"user": {"locale": rec.get("loc", c["loc"]), "userVerificationStatus": "VERIFIED"},
              "conversation": {"conversationId": conv, "type": "NEW" if i == 0 else "ACTIVE", "conversationToken": "[]"},
              "inputs": [{"intent": it, "rawInputs": [{"inputType": "VOICE", "query": x["utter"] or "talk to " + c["inv"]}],
                          "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in x["params"].items()]}],
              "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
        rs = {"expectUserResponse": not x["end"]}
        if not x["end"]:
            rs["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": x["speech"]}}]},
                                                     "noInputPrompts": ([{"textToSpeech": x["reprompt"]}] if x["reprompt"] is not None else [])},
                                     "possibleIntents": x.get("possible") or [{"intent": "actions.intent.TEXT"}]}]
        else:
            rs["finalResponse"] = {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": x["speech"]}}]}}
        arr.append({"request": rq, "response": rs})
    w(os.path.join(base, rec["path"]), arr)


def sh_dialogflow(c, rec, T, base):
    arr = []
    sess = "projects/%s/agent/sessions/%s" % (c["inv"].replace(" ", "-"), _id(c["id"], rec["path"])[:30])
    for i, x in enumerate(_g_turns(rec)):
        rq = {"responseId": _uuid(c["id"], "df", i), "session": sess,
              "queryResult": {"queryText": x["utter"] or "GOOGLE_ASSISTANT_WELCOME", "parameters": x["params"], "allRequiredParamsPresent": True,
                              "intent": {"name": sess.split("/agent")[0] + "/agent/intents/" + _uuid(c["id"], x["intent"]), "displayName": x["intent"]},
                              "intentDetectionConfidence": 0.92, "languageCode": rec.get("loc", c["loc"]).split("-")[0]},
              "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": rec.get("loc", c["loc"])}, "conversation": {"conversationId": sess[-30:], "type": "NEW" if i == 0 else "ACTIVE"}}}}
        g = {"expectUserResponse": not x["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": x["speech"]}}]}}
        if x["reprompt"] is not None:
            g["noInputPrompts"] = [{"textToSpeech": x["reprompt"]}]
        rs = {"fulfillmentText": plain(x["speech"]), "payload": {"google": g}}
        arr.append({"webhookRequest": rq, "webhookResponse": rs})
    w(os.path.join(base, rec["path"]), arr)


def sh_gactions_scene(c, rec, T, base):
    arr = []
    sid = "ABwppHF" + _id(c["id"], rec["path"])[:30]
    for i, x in enumerate(_g_turns(rec)):
        rq = {"handler": {"name": x.get("handler") or x["intent"].lower()},
              "intent": {"name": x["intent"], "params": {k: {"original": v, "resolved": v} for k, v in x["params"].items()}, "query": x["utter"] or ""},
              "scene": {"name": "Main" if i else "actions.scene.START_CONVERSATION", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
              "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
              "user": {"locale": rec.get("loc", c["loc"]), "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED"},
              "device": {"capabilities": ["SPEECH", "RICH_RESPONSE"]}}
        rs = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": x["speech"], "text": plain(x["speech"])}}}
        rs["scene"] = {"name": "Main", "next": {"name": "actions.scene.END_CONVERSATION" if x["end"] else "Main"}}
        arr.append({"request": rq, "response": rs})
    w(os.path.join(base, rec["path"]), arr)


SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array,
          "smapi-simulation": sh_smapi_simulation, "smapi-invocation": sh_smapi_invocation, "ask-dialog": sh_ask_dialog,
          "cloudwatch-text": sh_cloudwatch_text, "cloudwatch-json": sh_cloudwatch_json, "har": sh_har, "transcript": sh_transcript,
          "postman-collection": sh_postman, "jupyter-notebook": sh_notebook, "qa-sheet-csv": sh_sheet, "vcr-cassette": sh_vcr,
          "bespoken-yaml": sh_bespoken, "elastic-ndjson": sh_elastic,
          "gactions-conversation": sh_gactions_conversation, "dialogflow-webhook": sh_dialogflow, "gactions-scene": sh_gactions_scene}


# ---------------- Google projects ----------------

def google_project(c, base):
    kind = c["platform"]
    loc = c["loc"]
    lang = loc.split("-")[0]
    if kind == "builder":
        w(os.path.join(base, "sdk/settings/settings.yaml"),
          f"defaultLocale: {lang}\nlocalizedSettings:\n  displayName: {_y(c['name'])}\n  pronunciation: {_y(c['inv'])}\n  fullDescription: {_y(c['desc'])}\n  shortDescription: {_y(c['desc'][:80])}\n"
          + (f"  privacyPolicyUrl: {c['policy']}\n" if c.get("policy") else "") + "projectId: " + c["id"][4:] + "\ncategory: " + c.get("category", "GAMES_AND_TRIVIA") + "\n")
        for name, slots, samples in c.get("intents", []):
            y = ["trainingPhrases:"] + ["- " + _y(re.sub(r"\$(\w+)", lambda m: "($%s '%s' auto=true)" % (m.group(1), m.group(1)), s)) for s in samples]
            if slots:
                y += ["parameters:"] + [f"- name: {s}\n  type:\n    name: {t}" for s, t in slots]
            w(os.path.join(base, f"sdk/custom/intents/{name}.yaml"), "\n".join(y) + "\n")
        for n, vals in c.get("types", {}).items():
            w(os.path.join(base, f"sdk/custom/types/{n}.yaml"), "synonym:\n  entities:\n" + "".join(f"    {_y(v)}:\n      synonyms:\n      - {_y(v)}\n" for v in vals))
        w(os.path.join(base, "sdk/custom/scenes/Main.yaml"), "intentEvents:\n" + "".join(f"- handler:\n    webhookHandler: {n.lower()}\n  intent: {n}\n" for n, _, _ in c.get("intents", [])))
        w(os.path.join(base, "sdk/manifest.yaml"), "version: '1.0'\n")
    elif kind == "sdk":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["id"][4:]}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["talk to " + c["inv"]]}}}]
        for name, slots, samples in c.get("intents", []):
            acts.append({"name": name, "fulfillment": {"conversationName": c["id"][4:]},
                         "intent": {"name": name, "parameters": [{"name": s, "type": t} for s, t in slots], "trigger": {"queryPatterns": samples}}})
        w(os.path.join(base, "action.json"), {"actions": acts, "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": "https://europe-west1-" + c["id"][4:] + ".cloudfunctions.net/fulfillment"}},
                                              "locale": loc, "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80], "longDescription": c["desc"], "privacyUrl": c.get("policy", "")}})
    elif kind == "dialogflow":
        w(os.path.join(base, "agent.json"), {"description": c["desc"], "language": lang, "displayName": c["name"], "invocationName": c["inv"], "webhook": {"available": True, "useForDomains": False},
                                             "googleAssistant": {"project": c["id"][4:], "oAuthLinking": {}, "voiceType": "MALE_1", "capabilities": [], "privacyPolicyUrl": c.get("policy", "")},
                                             "supportedLanguages": [], "enableOnePlatformResponses": True})
        for name, slots, samples in c.get("intents", []):
            w(os.path.join(base, f"intents/{name}.json"), {"id": _uuid(c["id"], name), "name": name, "auto": True, "webhookUsed": True,
                                                          "responses": [{"parameters": [{"name": s, "dataType": t, "value": "$" + s, "isList": False} for s, t in slots], "messages": []}]})
            us = []
            for s in samples:
                parts = re.split(r"(\{\w+\})", s)
                data = []
                for p in parts:
                    if not p:
                        continue
                    m = re.fullmatch(r"\{(\w+)\}", p)
                    if m:
                        typ = dict(slots).get(m.group(1), "@sys.any")
                        data.append({"text": m.group(1), "alias": m.group(1), "meta": typ, "userDefined": True})
                    else:
                        data.append({"text": p, "userDefined": False})
                us.append({"id": _uuid(c["id"], name, s), "data": data, "isTemplate": False, "count": 0})
            w(os.path.join(base, f"intents/{name}_usersays_{lang}.json"), us)
        for n, vals in c.get("types", {}).items():
            w(os.path.join(base, f"entities/{n}.json"), {"id": _uuid(c["id"], n), "name": n, "isOverridable": True, "isEnum": False})
            w(os.path.join(base, f"entities/{n}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])


def build(c):
    base = os.path.join(OUT, "cases", c["id"])
    if os.path.exists(base):
        shutil.rmtree(base)
    plat = c.get("platform", "alexa")
    if plat == "alexa":
        w(os.path.join(base, "skill-package/skill.json"), skill_json(c))
        for l in c.get("locales", [c["loc"]]):
            w(os.path.join(base, f"skill-package/interactionModels/custom/{l}.json"), model_json(c, l))
        w(os.path.join(base, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
                                                     "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "python3.12" if c.get("py") else "nodejs18.x", "handler": "lambda_function.lambda_handler" if c.get("py") else "index.handler"}}}}})
    else:
        google_project(c, base)
    for f, txt in c.get("files", {}).items():
        w(os.path.join(base, f), txt)
    shapes = []
    for rec in c.get("recs", []):
        T = run_turns(c, rec) if rec["shape"] not in ("gactions-conversation", "dialogflow-webhook", "gactions-scene") else None
        SHAPES[rec["shape"]](c, rec, T, base)
        if rec["shape"] not in shapes:
            shapes.append(rec["shape"])
    LABELS[c["id"]] = {"categories": c["cats"], "locale": c["loc"], "shapes": shapes, "why": c["why"]}
