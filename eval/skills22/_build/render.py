"""Renderer: turns the hand-written case descriptions in cases_*.py into skill projects + recordings."""
import json, os, csv, io, uuid, hashlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILTINS = ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent"]

def hid(*a):
    return hashlib.md5("|".join(map(str, a)).encode()).hexdigest()

def uid(*a):
    h = hid(*a); return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

def w(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(data if isinstance(data, str) else json.dumps(data, indent=2, ensure_ascii=False))

def ospeech(t):
    if t is None: return None
    if t.strip().startswith("<speak>"): return {"type": "SSML", "ssml": t}
    return {"type": "PlainText", "text": t}

# a turn: dict(u=utterance, i=intent, s=slots, say=speech, rp=reprompt, end=bool, card=(title,text), apl=text)
def resp(t):
    r = {}
    if t.get("say") is not None: r["outputSpeech"] = ospeech(t["say"])
    if t.get("card"): r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
    if t.get("permcard"): r["card"] = {"type": "AskForPermissionsConsent", "permissions": t["permcard"]}
    if t.get("rp") is not None: r["reprompt"] = {"outputSpeech": ospeech(t["rp"])}
    if t.get("apl"):
        r["directives"] = [{"type": "Alexa.Presentation.APL.RenderDocument", "token": "main", "document": {"type": "APL", "version": "1.8", "mainTemplate": {"items": [{"type": "Text", "text": t["apl"]}]}}}]
    if not t.get("end") is None: r["shouldEndSession"] = t["end"]
    return {"version": "1.0", "sessionAttributes": t.get("attrs", {}), "response": r}

def sessions(c, turns, tag):
    """attach session ids: new session after an ended one"""
    out, sid, new, n = [], None, True, 0
    for k, t in enumerate(turns):
        if new or t.get("newsession"):
            n += 1; sid = "amzn1.echo-api.session." + uid(c["id"], tag, n); new_flag = True
        else:
            new_flag = False
        out.append((t, sid, new_flag))
        new = bool(t.get("end"))
    return out

def req(c, t, sid, new, k, tag, ts):
    skill = "amzn1.ask.skill." + uid(c["id"])
    base = {"type": "IntentRequest", "requestId": "amzn1.echo-api.request." + uid(c["id"], tag, k), "locale": c["loc"], "timestamp": ts}
    i = t.get("i", "LaunchRequest")
    if i in ("LaunchRequest", "SessionEndedRequest"):
        base["type"] = i
    else:
        base["intent"] = {"name": i, "confirmationStatus": "NONE", "slots": {n: {"name": n, "value": v, "confirmationStatus": "NONE"} for n, v in (t.get("s") or {}).items()}}
    return {"version": "1.0",
            "session": {"new": new, "sessionId": sid, "application": {"applicationId": skill}, "user": {"userId": "amzn1.ask.account." + hid(c["id"]).upper()[:40]}},
            "context": {"System": {"application": {"applicationId": skill}, "user": {"userId": "amzn1.ask.account." + hid(c["id"]).upper()[:40]}, "device": {"deviceId": "amzn1.ask.device." + hid("dev", c["id"]).upper()[:36], "supportedInterfaces": {}}, "apiEndpoint": "https://api.amazonalexa.com"}},
            "request": base}

def stamp(rec, k):
    d = rec.get("date", "2026-11-20")
    return f"{d}T{10 + k // 60:02d}:{(k * 7) % 60:02d}:{(k * 13) % 60:02d}Z"

def rows(c, rec):
    tag = rec.get("path", "")
    out = []
    for k, (t, sid, new) in enumerate(sessions(c, rec["turns"], tag)):
        ts = stamp(rec, k)
        out.append(dict(t=t, req=req(c, t, sid, new, k, tag, ts), resp=resp(t), ts=ts, k=k))
    return out

def plain(t):
    s = t.get("say") or ""
    import re
    return re.sub(r"<[^>]+>", "", s)

# ---------- Alexa recording shapes ----------
def sh_envelope(c, d, rec):
    for r in rows(c, rec):
        name = rec.get("name", "{k:02d}-{i}.json").format(k=r["k"] + 1, i=r["t"].get("i", "launch").split(".")[-1].lower())
        w(os.path.join(d, rec["path"], name), r["resp"])

def sh_pairs_jsonl(c, d, rec):
    w(os.path.join(d, rec["path"]), "\n".join(json.dumps({"request": r["req"], "response": r["resp"]}, ensure_ascii=False) for r in rows(c, rec)) + "\n")

def sh_pairs_array(c, d, rec):
    w(os.path.join(d, rec["path"]), [{"request": r["req"], "response": r["resp"]} for r in rows(c, rec)])

def sh_smapi_simulation(c, d, rec):
    for r in rows(c, rec):
        sim = {"id": uid("sim", c["id"], rec["path"], r["k"]), "status": "SUCCESSFUL",
               "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(r["t"])}}], "consideredIntents": []},
                          "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:123456789012:function:" + c["id"][4:], "body": r["req"]},
                                                                  "invocationResponse": {"body": r["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 140 + r["k"]}}]},
                          "error": None}}
        w(os.path.join(d, rec["path"], f"sim-{r['k'] + 1:02d}.json"), sim)

def sh_smapi_invocation(c, d, rec):
    for r in rows(c, rec):
        inv = {"id": uid("inv", c["id"], r["k"]), "status": "SUCCESSFUL",
               "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:123456789012:function:" + c["id"][4:], "body": r["req"]},
                                                  "invocationResponse": {"body": r["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 88}}, "error": None}}
        w(os.path.join(d, rec["path"], f"invoke-{r['k'] + 1}.json"), inv)

def sh_ask_dialog(c, d, rec):
    rs = rows(c, rec)
    w(os.path.join(d, rec["path"], "replay.json"), {"skillId": "amzn1.ask.skill." + uid(c["id"]), "locale": c["loc"], "type": "text", "userInput": [r["t"].get("u", "open " + c["inv"]) for r in rs]})
    w(os.path.join(d, rec["path"], "record.json"), [{"utterance": r["t"].get("u", ""), "invocations": [{"invocationRequest": {"body": r["req"]}, "invocationResponse": {"body": r["resp"]}}]} for r in rs])

def sh_cloudwatch_text(c, d, rec):
    lines = []
    for r in rs_(c, rec):
        rid = uid("lam", c["id"], r["k"])
        lines += [f"START RequestId: {rid} Version: {rec.get('ver', '$LATEST')}",
                  f"{r['ts'][:-1]}.120Z\t{rid}\tINFO\tRequest: {json.dumps(r['req'], ensure_ascii=False)}",
                  f"{r['ts'][:-1]}.301Z\t{rid}\tINFO\tResponse: {json.dumps(r['resp'], ensure_ascii=False)}",
                  f"END RequestId: {rid}", f"REPORT RequestId: {rid}\tDuration: 181.02 ms\tBilled Duration: 182 ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB"]
    w(os.path.join(d, rec["path"]), "\n".join(lines) + "\n")
rs_ = rows

def sh_cloudwatch_json(c, d, rec):
    ev = []
    for r in rows(c, rec):
        rid = uid("lam", c["id"], r["k"])
        for kind, body in (("Request", r["req"]), ("Response", r["resp"])):
            ev.append({"logStreamName": f"{rec.get('date','2026/11/20').replace('-','/')}/[$LATEST]" + hid(c["id"])[:32], "timestamp": 1795000000000 + r["k"] * 1000, "message": f"{r['ts']}\t{rid}\tINFO\t{kind}: {json.dumps(body, ensure_ascii=False)}\n", "ingestionTime": 1795000000500 + r["k"] * 1000, "eventId": hid(rid, kind)[:30]})
    w(os.path.join(d, rec["path"]), {"events": ev, "searchedLogStreams": []})

def sh_har(c, d, rec):
    ent = []
    for r in rows(c, rec):
        ent.append({"startedDateTime": r["ts"], "time": 212, "request": {"method": "POST", "url": rec.get("url", "https://skill.example.net/alexa"), "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                    "postData": {"mimeType": "application/json", "text": json.dumps(r["req"], ensure_ascii=False)}},
                    "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [], "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(r["resp"], ensure_ascii=False)}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
                    "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 11}})
    w(os.path.join(d, rec["path"]), {"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "10.1"}, "entries": ent}})

def sh_transcript(c, d, rec):
    L = [f"# probe transcript {c['name']} {rec.get('date','')}"]
    for r in rows(c, rec):
        t = r["t"]
        L.append(f"[{r['ts']}] USER: {t.get('u', '(launch)')}")
        L.append(f"[{r['ts']}] SKILL: {plain(t)}")
        if t.get("rp") is not None: L.append(f"[{r['ts']}] REPROMPT: {t['rp']!r}")
        L.append(f"[{r['ts']}] session_open={str(not t.get('end')).lower()}")
    w(os.path.join(d, rec["path"]), "\n".join(L) + "\n")

# ---------- shapes not in the brief's list ----------
def sh_bespoken_yaml(c, d, rec):
    """Bespoken 'bst test' YAML with the recorded raw responses appended (bst test --verbose result file)"""
    L = ["---", "configuration:", f"  locale: {c['loc']}", "  description: regression run " + rec.get("date", ""), "", "---", f"- test: {c['name']} run"]
    for r in rows(c, rec):
        L.append(f"- {json.dumps(r['t'].get('u', 'open ' + c['inv']), ensure_ascii=False)}:")
        L.append(f"    prompt: {json.dumps(plain(r['t']), ensure_ascii=False)}")
        L.append("    raw: '" + json.dumps(r['resp'], ensure_ascii=False).replace("'", "''") + "'")
    w(os.path.join(d, rec["path"]), "\n".join(L) + "\n")

def sh_jest_snapshot(c, d, rec):
    L = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for r in rows(c, rec):
        L.append(f"exports[`{c['name']} handler {r['t'].get('i', 'LaunchRequest')} {r['k'] + 1}`] = `")
        L.append(json.dumps(r["resp"], indent=2, ensure_ascii=False).replace("`", "\\`").replace("${", "\\${"))
        L.append("`;\n")
    w(os.path.join(d, rec["path"]), "\n".join(L))

def sh_postman(c, d, rec):
    items = []
    for r in rows(c, rec):
        items.append({"name": r["t"].get("u", "launch"), "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}], "body": {"mode": "raw", "raw": json.dumps(r["req"], ensure_ascii=False)}, "url": {"raw": "{{endpoint}}/alexa", "host": ["{{endpoint}}"], "path": ["alexa"]}},
                      "response": [{"name": "saved " + r["ts"], "status": "OK", "code": 200, "_postman_previewlanguage": "json", "header": [], "body": json.dumps(r["resp"], ensure_ascii=False)}]})
    w(os.path.join(d, rec["path"]), {"info": {"_postman_id": uid("pm", c["id"]), "name": c["name"] + " endpoint", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items})

def sh_notebook(c, d, rec):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# Poking the {c['name']} endpoint\n"]}]
    for r in rows(c, rec):
        cells.append({"cell_type": "code", "execution_count": r["k"] + 1, "metadata": {}, "source": [f"body = make_request({r['t'].get('i', 'LaunchRequest')!r}, {json.dumps(r['t'].get('s') or {}, ensure_ascii=False)})\n", "r = requests.post(URL, json=body); r.json()"],
                      "outputs": [{"output_type": "execute_result", "execution_count": r["k"] + 1, "metadata": {}, "data": {"application/json": r["resp"], "text/plain": [json.dumps(r["resp"], ensure_ascii=False)]}}]})
    w(os.path.join(d, rec["path"]), {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "cells": cells})

def sh_csv_sheet(c, d, rec):
    buf = io.StringIO(); wr = csv.writer(buf)
    wr.writerow(["tester", "date", "utterance", "intent", "alexa_said", "reprompt", "mic_open_after", "card", "notes"])
    for r in rows(c, rec):
        t = r["t"]
        wr.writerow([rec.get("tester", "qa1"), r["ts"][:10], t.get("u", "open " + c["inv"]), t.get("i", "LaunchRequest"), plain(t), t.get("rp") or "", "yes" if not t.get("end") else "no", (t.get("card") or ("", ""))[1], t.get("note", "")])
    w(os.path.join(d, rec["path"]), buf.getvalue())

def sh_logshipper_ndjson(c, d, rec):
    """Fluent Bit / Filebeat export of the Lambda stream to Elasticsearch, one doc per line"""
    L = []
    for r in rows(c, rec):
        for kind, body in (("REQUEST", r["req"]), ("RESPONSE", r["resp"])):
            L.append(json.dumps({"@timestamp": r["ts"], "log.level": "info", "service.name": c["id"][4:], "aws": {"lambda": {"request_id": uid("lam", c["id"], r["k"])}}, "message": f"{kind} {json.dumps(body, ensure_ascii=False)}"}, ensure_ascii=False))
    w(os.path.join(d, rec["path"]), "\n".join(L) + "\n")

# ---------- Google shapes ----------
def sh_gactions_scene(c, d, rec):
    out = []
    for k, t in enumerate(rec["turns"]):
        out.append({"request": {"handler": {"name": t.get("h", "main")}, "intent": {"name": t.get("i", "actions.intent.MAIN"), "params": {n: {"original": v, "resolved": v} for n, v in (t.get("s") or {}).items()}, "query": t.get("u", "")}, "scene": {"name": t.get("scene", "Start")}, "session": {"id": "ABwppHH" + hid(c["id"])[:20], "params": {}, "languageCode": c["loc"]}, "user": {"locale": c["loc"], "verificationStatus": "VERIFIED"}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE"]}},
                    "response": {"session": {"id": "ABwppHH" + hid(c["id"])[:20], "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t.get("say", ""), "text": plain(t)}}, "scene": {"name": t.get("scene", "Start"), "next": {"name": t.get("next", "actions.scene.END_CONVERSATION" if t.get("end") else t.get("scene", "Start"))}}}})
    w(os.path.join(d, rec["path"]), out)

def sh_dialogflow_webhook(c, d, rec):
    L = []
    for k, t in enumerate(rec["turns"]):
        rq = {"responseId": uid("df", c["id"], k), "session": "projects/" + c["id"][4:] + "/agent/sessions/" + hid(c["id"])[:16], "queryResult": {"queryText": t.get("u", ""), "parameters": t.get("s") or {}, "intent": {"displayName": t.get("i", "Default Welcome Intent")}, "languageCode": c["loc"].split("-")[0]}, "originalDetectIntentRequest": {"source": "google", "payload": {"conversation": {"type": "ACTIVE"}}}}
        rp = {"payload": {"google": {"expectUserResponse": not t.get("end"), "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.get("say", "")}}]}}}}
        if t.get("rp") is not None: rp["payload"]["google"]["noInputPrompts"] = [{"textToSpeech": t["rp"]}]
        if t.get("gperm"): rp["payload"]["google"]["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["gperm"][0], "permissions": t["gperm"][1]}}
        L.append(json.dumps({"request": rq, "response": rp}, ensure_ascii=False))
    w(os.path.join(d, rec["path"]), "\n".join(L) + "\n")

def sh_gactions_conversation(c, d, rec):
    out = []
    for k, t in enumerate(rec["turns"]):
        rq = {"user": {"locale": c["loc"]}, "conversation": {"conversationId": hid(c["id"])[:14], "type": "NEW" if k == 0 else "ACTIVE"}, "inputs": [{"intent": t.get("i", "actions.intent.MAIN"), "rawInputs": [{"inputType": "VOICE", "query": t.get("u", "")}], "arguments": [{"name": n, "textValue": v} for n, v in (t.get("s") or {}).items()]}]}
        rp = {"expectUserResponse": not t.get("end"), "expectedInputs": [] if t.get("end") else [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t.get("say", "")}}]}, "noInputPrompts": [] if t.get("rp") is None else [{"textToSpeech": t["rp"]}]}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}]}
        if t.get("end"): rp["finalResponse"] = {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.get("say", "")}}]}}
        out.append({"request": rq, "response": rp})
    w(os.path.join(d, rec["path"]), out)

SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array, "smapi-simulation": sh_smapi_simulation,
          "smapi-invocation": sh_smapi_invocation, "ask-dialog": sh_ask_dialog, "cloudwatch-text": sh_cloudwatch_text, "cloudwatch-json": sh_cloudwatch_json,
          "har": sh_har, "transcript": sh_transcript, "bespoken-yaml": sh_bespoken_yaml, "jest-snapshot": sh_jest_snapshot, "postman-collection": sh_postman,
          "notebook": sh_notebook, "csv-sheet": sh_csv_sheet, "logshipper-ndjson": sh_logshipper_ndjson,
          "gactions-scene": sh_gactions_scene, "dialogflow-webhook": sh_dialogflow_webhook, "gactions-conversation": sh_gactions_conversation}

# ---------- packages ----------
PERM = {"address": "alexa::devices:all:address:full:read", "zip": "alexa:devices:all:address:country_and_postal_code:read", "email": "alexa::profile:email:read",
        "phone": "alexa::profile:mobile_number:read", "name": "alexa::profile:name:read", "given": "alexa::profile:given_name:read", "lists": "alexa::household:lists:read",
        "listw": "alexa::household:lists:write", "geo": "alexa::devices:all:geolocation:read", "reminders": "alexa::alerts:reminders:skill:readwrite"}

def alexa_pkg(c, d):
    loc = c["loc"]
    locs = {l: {"name": c["name"], "summary": c.get("desc", c["name"]), "description": c.get("desc", c["name"]), "examplePhrases": c.get("ex", [f"Alexa, open {c['inv']}"]), "keywords": c.get("kw", []),
                "smallIconUri": "https://example.net/icon-s.png", "largeIconUri": "https://example.net/icon-l.png"} for l in [loc] + c.get("extra_locs", [])}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")), "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {loc: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"}}
    man = {"manifest": {"manifestVersion": "1.0", "publishingInformation": {"locales": locs, "isAvailableWorldwide": False, "distributionCountries": [loc.split("-")[1]], "category": c.get("cat", "GAMES"), "testingInstructions": c.get("test", "Open the skill and follow the prompts.")},
                        "apis": {"custom": {"endpoint": {"uri": "arn:aws:lambda:us-east-1:123456789012:function:" + c["id"][4:]}}}, "privacyAndCompliance": pc}}
    if c.get("perms"): man["manifest"]["permissions"] = [{"name": PERM[p]} for p in c["perms"]]
    w(os.path.join(d, "skill-package", "skill.json"), man)
    for l in [loc] + c.get("extra_locs", []):
        ints = []
        for it in c.get("intents", []):
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            ints.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        ints += [{"name": b, "samples": []} for b in BUILTINS]
        types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c.get("types", {}).items()]
        w(os.path.join(d, "skill-package", "interactionModels", "custom", l + ".json"), {"interactionModel": {"languageModel": {"invocationName": c["inv"], "intents": ints, "types": types}}})
    w(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}}}}})

def google_pkg(c, d):
    g = c["google"]
    if g == "builder":
        w(os.path.join(d, "sdk", "settings", "settings.yaml"), f"defaultLocale: {c['loc'].split('-')[0]}\nprojectId: {c['id'][4:]}\nlocalizedSettings:\n  displayName: {c['name']}\n  pronunciation: {c['inv']}\n  privacyPolicyUrl: {c.get('policy') or ''}\ncategory: {c.get('cat','GAMES_AND_TRIVIA')}\n")
        for it in c.get("intents", []):
            y = "trainingPhrases:\n" + "".join(f"- {json.dumps(s, ensure_ascii=False)}\n" for s in it[1])
            if len(it) > 2 and it[2]:
                y += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in it[2].items())
            w(os.path.join(d, "sdk", "custom", "intents", it[0] + ".yaml"), y)
        for n, vals in c.get("types", {}).items():
            w(os.path.join(d, "sdk", "custom", "types", n + ".yaml"), "synonym:\n  entities:\n" + "".join(f"    v{i}:\n      synonyms:\n      - {json.dumps(v, ensure_ascii=False)}\n" for i, v in enumerate(vals)))
        for sc in c.get("scenes", {}):
            w(os.path.join(d, "sdk", "custom", "scenes", sc + ".yaml"), c["scenes"][sc])
    elif g == "sdkv2":
        w(os.path.join(d, "action.json"), {"locale": c["loc"], "actions": [{"description": it[0], "name": it[0], "fulfillment": {"conversationName": c["id"][4:]}, "intent": {"name": it[0], "trigger": {"queryPatterns": it[1]}, "parameters": [{"name": k, "type": v} for k, v in (it[2] if len(it) > 2 else {}).items()]}} for it in c.get("intents", [])],
                                          "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": "https://us-central1-" + c["id"][4:] + ".cloudfunctions.net/fulfillment"}}, "manifest": {"displayName": c["name"], "invocationName": c["inv"], "privacyUrl": c.get("policy") or ""}})
    elif g == "dialogflow":
        w(os.path.join(d, "agent.json"), {"description": c.get("desc", ""), "language": c["loc"].split("-")[0], "webhook": {"url": "https://example.net/df", "available": True}, "googleAssistant": {"project": c["id"][4:], "invocationName": c["inv"], "privacyPolicyUrl": c.get("policy") or ""}})
        lang = c["loc"].split("-")[0]
        for it in c.get("intents", []):
            w(os.path.join(d, "intents", it[0] + ".json"), {"id": uid(c["id"], it[0]), "name": it[0], "webhookUsed": True, "responses": [{"parameters": [{"name": k, "dataType": v, "value": "$" + k} for k, v in (it[2] if len(it) > 2 else {}).items()]}]})
            us = []
            for s in it[1]:
                parts = []
                for tok in s.split(" "):
                    if tok.startswith("@"):
                        tp, _, nm = tok.partition(":")
                        parts.append({"text": nm, "meta": tp, "alias": nm, "userDefined": True})
                    else:
                        parts.append({"text": tok + " ", "userDefined": False})
                us.append({"id": uid(s), "data": parts, "isTemplate": False, "count": 0})
            w(os.path.join(d, "intents", f"{it[0]}_usersays_{lang}.json"), us)

def build(cases):
    labels = {}
    for c in cases:
        d = os.path.join(ROOT, "cases", c["id"])
        (google_pkg if c.get("google") else alexa_pkg)(c, d)
        for f, txt in c.get("files", {}).items():
            w(os.path.join(d, f), txt)
        shapes = []
        for rec in c.get("recs", []):
            SHAPES[rec["shape"]](c, d, rec)
            if rec["shape"] not in shapes: shapes.append(rec["shape"])
        labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}
    w(os.path.join(ROOT, "labels.json"), labels)
    return labels
