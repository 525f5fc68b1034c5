"""Renderer for eval-skills18: turns the hand-written case descriptions in cases.py into
skill projects and recordings. No spoken text lives here; it all comes from cases.py."""
import csv, hashlib, io, json, os, shutil, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "cases")


def hid(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def uid(*parts):
    return str(uuid.UUID(hid(*parts)[:32]))


def wjson(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


OPEN = {"de": "öffne {}", "es": "abre {}", "fr": "ouvre {}", "it": "apri {}", "ja": "{}を開いて", "pt": "abra {}", "en": "open {}"}


def open_phrase(loc, inv, wake=False):
    p = OPEN[loc[:2]].format(inv)
    if wake:
        return ("アレクサ、" if loc.startswith("ja") else "Alexa, ") + p
    return p


# ---------------------------------------------------------------- Alexa package
def skill_package(d, c):
    loc = c["locale"]
    locs = c.get("locales", [loc])
    pub = {}
    for l in locs:
        pub[l] = {
            "summary": c["desc"][:160], "description": c["desc"], "name": c["name"],
            "examplePhrases": c.get("examples") or [open_phrase(l, c['inv'], True)],
            "smallIconUri": "https://example-cdn.invalid/icons/small.png",
            "largeIconUri": "https://example-cdn.invalid/icons/large.png",
            "keywords": c.get("keywords", []),
        }
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or bool(c.get("policy")),
           "isChildDirected": bool(c.get("child")), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pac["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    man = {"manifest": {
        "publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                  "category": c.get("category", "GAMES"), "distributionCountries": c.get("countries", [loc.split("-")[1]])},
        "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", f"arn:aws:lambda:eu-west-1:314159200000:function:{c['id'][4:]}")},
                            "interfaces": c.get("interfaces", [])}},
        "manifestVersion": "1.0", "privacyAndCompliance": pac}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("events"):
        man["manifest"]["events"] = c["events"]
    wjson(os.path.join(d, "skill-package", "skill.json"), man)
    for l in locs:
        intents = []
        for it in c["intents"]:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            o = {"name": name, "samples": samples}
            if slots:
                o["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
            intents.append(o)
        for b in ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"):
            if not any(i["name"] == b for i in intents) and b not in c.get("omit_builtin", ()):
                intents.append({"name": b, "samples": []})
        types = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in c.get("types", {}).items()]
        inv = c.get("inv_by_locale", {}).get(l, c["inv"])
        wjson(os.path.join(d, "skill-package", "interactionModels", "custom", f"{l}.json"),
              {"interactionModel": {"languageModel": {"invocationName": inv, "intents": intents, "types": types}}})
    wjson(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}}}}})
    if c.get("lam"):
        wtext(os.path.join(d, "lambda", c.get("lambda_name", "index.js")), c["lam"])


# ---------------------------------------------------------------- Alexa turns
def ssml(s):
    if s is None:
        return None
    if s.startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "SSML", "ssml": f"<speak>{s}</speak>"}


def build_sessions(c, rec):
    """rec['sessions'] = list of sessions; session = list of turn dicts:
    {u: utterance, i: intent or LaunchRequest/SessionEndedRequest, s: slots, say, rep, end, card, extra}"""
    out = []
    t0 = rec.get("t0", "2026-11-20T18:00:00Z")
    day, hh = t0[:10], int(t0[11:13])
    n = 0
    for si, sess in enumerate(rec["sessions"]):
        sid = "amzn1.echo-api.session." + uid(c["id"], rec.get("tag", ""), si)
        for ti, t in enumerate(sess):
            n += 1
            ts = f"{day}T{hh:02d}:{(n*2)//60 % 60:02d}:{(n*7) % 60:02d}Z"
            it = t.get("i", "LaunchRequest")
            req = {"type": it if it in ("LaunchRequest", "SessionEndedRequest") else "IntentRequest",
                   "requestId": "amzn1.echo-api.request." + uid(c["id"], rec.get("tag", ""), si, ti),
                   "timestamp": ts, "locale": rec.get("locale", c["locale"])}
            if req["type"] == "IntentRequest":
                req["intent"] = {"name": it, "confirmationStatus": "NONE",
                                 "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in (t.get("s") or {}).items()}}
            if it == "SessionEndedRequest":
                req["reason"] = t.get("reason", "USER_INITIATED")
            aid = "amzn1.ask.skill." + uid(c["id"], "app")
            body = {"version": "1.0",
                    "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": aid},
                                "user": {"userId": "amzn1.ask.account." + hid(c["id"], "user")[:40].upper()}, "attributes": t.get("attrs", {})},
                    "context": {"System": {"application": {"applicationId": aid},
                                           "user": {"userId": "amzn1.ask.account." + hid(c["id"], "user")[:40].upper()},
                                           "device": {"deviceId": "amzn1.ask.device." + hid(c["id"], "dev")[:40].upper(),
                                                      "supportedInterfaces": t.get("ifaces", {})},
                                           "apiEndpoint": "https://api.eu.amazonalexa.com" if not c["locale"].startswith("en-US") else "https://api.amazonalexa.com",
                                           "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
                    "request": req}
            if it == "SessionEndedRequest":
                resp = {"version": "1.0", "response": {}}
            else:
                r = {}
                if t.get("say") is not None:
                    r["outputSpeech"] = ssml(t["say"])
                if t.get("rep") is not None:
                    r["reprompt"] = {"outputSpeech": ssml(t["rep"])}
                if t.get("card"):
                    r["card"] = t["card"]
                if t.get("directives"):
                    r["directives"] = t["directives"]
                if "end" not in t or t["end"] is not None:
                    r["shouldEndSession"] = t.get("end", False)
                resp = {"version": "1.0", "sessionAttributes": t.get("sattrs", {}), "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": r}
            u = t.get("u") or ""
            if it == "LaunchRequest" and u.startswith("open "):
                u = open_phrase(c["locale"], u[5:])
            out.append({"utt": u, "ts": ts, "sid": sid,
                        "req": body, "res": resp, "ended": it == "SessionEndedRequest"})
    return out


def speech_text(res):
    o = res.get("response", {}).get("outputSpeech") or {}
    return o.get("ssml") or o.get("text") or ""


def rep_text(res):
    o = (res.get("response", {}).get("reprompt") or {}).get("outputSpeech") or {}
    return o.get("ssml") or o.get("text") or ""


def W_envelope(d, c, rec, turns):
    base = os.path.join(d, rec["path"])
    for k, t in enumerate(turns):
        if t["ended"]:
            continue
        nm = (t["req"]["request"].get("intent", {}).get("name") or t["req"]["request"]["type"]).lower().replace(".", "-")
        wjson(os.path.join(base, f"{k+1:02d}-{nm}.response.json"), t["res"])


def W_pairs_jsonl(d, c, rec, turns):
    wtext(os.path.join(d, rec["path"]), "".join(json.dumps({"request": t["req"], "response": t["res"]}, ensure_ascii=False) + "\n" for t in turns))


def W_pairs_array(d, c, rec, turns):
    wjson(os.path.join(d, rec["path"]), [{"request": t["req"], "response": t["res"]} for t in turns])


def _endpoint(c):
    return c.get("endpoint", f"arn:aws:lambda:eu-west-1:314159200000:function:{c['id'][4:]}")


def W_smapi_simulation(d, c, rec, turns):
    base = os.path.join(d, rec["path"])
    for k, t in enumerate(turns):
        if t["ended"]:
            continue
        wjson(os.path.join(base, f"sim-{k+1:02d}.json"), {
            "id": uid(c["id"], "sim", k), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": t["res"]["response"].get("outputSpeech", {}).get("ssml", "")}}],
                                              "consideredIntents": [{"name": t["req"]["request"].get("intent", {}).get("name", "LaunchRequest"), "confirmationStatus": "NONE", "slots": {}}]},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": _endpoint(c), "body": t["req"]},
                                                                "invocationResponse": {"body": t["res"]},
                                                                "metrics": {"skillExecutionTimeInMilliseconds": 180 + k * 13}}]},
                       "error": None}})


def W_smapi_invocation(d, c, rec, turns):
    base = os.path.join(d, rec["path"])
    for k, t in enumerate(turns):
        if t["ended"]:
            continue
        wjson(os.path.join(base, f"invoke-{k+1:02d}.json"), {
            "id": uid(c["id"], "inv", k), "status": "SUCCESSFUL",
            "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": _endpoint(c), "body": t["req"]},
                                              "invocationResponse": {"body": t["res"]},
                                              "metrics": {"skillExecutionTimeInMilliseconds": 95 + k}}, "error": None}})


def W_ask_dialog(d, c, rec, turns):
    base = os.path.join(d, rec["path"])
    wjson(os.path.join(base, "replay.json"), {"skillId": "amzn1.ask.skill." + uid(c["id"], "app"), "locale": c["locale"], "type": "text",
                                              "userInput": [t["utt"] for t in turns if not t["ended"]]})
    if rec.get("text"):
        lines = []
        for t in turns:
            if t["ended"]:
                continue
            lines.append(f"User  > {t['utt']}")
            lines.append(f"Alexa > {speech_text(t['res'])}")
            if rep_text(t["res"]):
                lines.append(f"  (reprompt) {rep_text(t['res'])}")
            lines.append(f"  shouldEndSession: {json.dumps(t['res']['response'].get('shouldEndSession'))}")
        wtext(os.path.join(base, "record.txt"), "\n".join(lines) + "\n")
    else:
        wjson(os.path.join(base, "skill-io.json"), [{"utterance": t["utt"], "invocations": [{"invocationRequest": {"endpoint": _endpoint(c), "body": t["req"]},
                                                                                             "invocationResponse": {"body": t["res"]}}]}
                                                    for t in turns if not t["ended"]])


def W_cloudwatch_text(d, c, rec, turns):
    out = []
    for k, t in enumerate(turns):
        rid = uid(c["id"], "cw", k)
        out.append(f"START RequestId: {rid} Version: {rec.get('version', '$LATEST')}")
        if rec.get("python"):
            out.append(f"[INFO]\t{t['ts']}\t{rid}\tRequest: {json.dumps(t['req'], ensure_ascii=False)}")
            out.append(f"[INFO]\t{t['ts']}\t{rid}\tResponse: {json.dumps(t['res'], ensure_ascii=False)}")
        else:
            out.append(f"{t['ts']}\t{rid}\tINFO\tRequest: {json.dumps(t['req'], ensure_ascii=False)}")
            out.append(f"{t['ts']}\t{rid}\tINFO\tResponse: {json.dumps(t['res'], ensure_ascii=False)}")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tDuration: {41.2 + k:.2f} ms\tBilled Duration: {42 + k} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    wtext(os.path.join(d, rec["path"]), "\n".join(out) + "\n")


def W_cloudwatch_json(d, c, rec, turns):
    ev = []
    for k, t in enumerate(turns):
        rid = uid(c["id"], "cwj", k)
        for kind, obj in (("Request", t["req"]), ("Response", t["res"])):
            ev.append({"logStreamName": f"2026/11/20/[{rec.get('version', '$LATEST')}]{hid(c['id'])[:32]}", "timestamp": 1795190400000 + k * 4000 + (kind == "Response") * 150,
                       "message": f"{t['ts']}\t{rid}\tINFO\t{kind}: {json.dumps(obj, ensure_ascii=False)}\n", "ingestionTime": 1795190400900 + k * 4000,
                       "eventId": hid(c["id"], k, kind)[:56]})
    wjson(os.path.join(d, rec["path"]), {"events": ev, "searchedLogStreams": []})


def W_har(d, c, rec, turns):
    url = rec.get("url", f"https://skill.{c['id'][4:]}.example-host.net/alexa")
    ents = []
    for k, t in enumerate(turns):
        ents.append({"startedDateTime": t["ts"].replace("Z", ".000Z"), "time": 120 + k,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"},
                                 {"name": "Signature-256", "value": "REDACTED"}], "queryString": [], "cookies": [], "headersSize": -1,
                                 "bodySize": -1, "postData": {"mimeType": "application/json", "text": json.dumps(t["req"], ensure_ascii=False)}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                  "cookies": [], "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(t["res"], ensure_ascii=False)},
                                  "redirectURL": "", "headersSize": -1, "bodySize": -1},
                     "cache": {}, "timings": {"send": 1, "wait": 110, "receive": 2}})
    wjson(os.path.join(d, rec["path"]), {"log": {"version": "1.2", "creator": {"name": rec.get("creator", "Firefox"), "version": "132.0"}, "entries": ents}})


def W_transcript(d, c, rec, turns):
    lines = [f"# probe transcript {c['name']} ({c['locale']})"]
    for t in turns:
        if t["ended"]:
            lines.append(f"[{t['ts']}] (session ended by device)")
            continue
        lines.append(f"[{t['ts']}] USER: {t['utt']}")
        lines.append(f"[{t['ts']}] SKILL: {speech_text(t['res'])}")
        if rep_text(t["res"]):
            lines.append(f"[{t['ts']}] SKILL(reprompt): {rep_text(t['res'])}")
        lines.append(f"[{t['ts']}] session_open={str(not t['res']['response'].get('shouldEndSession', True)).lower()}")
    wtext(os.path.join(d, rec["path"]), "\n".join(lines) + "\n")


# ---- shapes not in the brief's list
def W_postman(d, c, rec, turns):
    items = []
    for k, t in enumerate(turns):
        body = json.dumps(t["req"], ensure_ascii=False, indent=2)
        nm = t["utt"] or t["req"]["request"]["type"]
        items.append({"name": f"{k+1:02d} {nm}", "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                                                             "body": {"mode": "raw", "raw": body}, "url": {"raw": "{{skillUrl}}", "host": ["{{skillUrl}}"]}},
                      "response": [{"name": "saved example", "originalRequest": {"method": "POST", "body": {"mode": "raw", "raw": body}, "url": {"raw": "{{skillUrl}}"}},
                                    "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json"}],
                                    "body": json.dumps(t["res"], ensure_ascii=False, indent=2)}]})
    wjson(os.path.join(d, rec["path"]), {"info": {"_postman_id": uid(c["id"], "pm"), "name": f"{c['name']} endpoint",
                                                   "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                                          "item": items, "variable": [{"key": "skillUrl", "value": "http://localhost:3000/alexa"}]})


def W_vcr(d, c, rec, turns):
    y = ["interactions:"]
    for t in turns:
        y += ["- request:", f"    body: {json.dumps(json.dumps(t['req'], ensure_ascii=False), ensure_ascii=False)}",
              "    headers:", "      Content-Type:", "      - application/json", "    method: POST",
              f"    uri: {rec.get('url', 'http://127.0.0.1:5000/')}",
              "  response:", "    body:", f"      string: {json.dumps(json.dumps(t['res'], ensure_ascii=False), ensure_ascii=False)}",
              "    headers:", "      Content-Type:", "      - application/json", "    status:", "      code: 200", "      message: OK"]
    y.append("version: 1")
    wtext(os.path.join(d, rec["path"]), "\n".join(y) + "\n")


def W_ipynb(d, c, rec, turns):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# Manual run of the {c['name']} handler\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json\n", "from lambda_function import lambda_handler\n", "def run(ev):\n", "    return lambda_handler(ev, None)\n"]}]
    for k, t in enumerate(turns):
        cells.append({"cell_type": "code", "execution_count": k + 2, "metadata": {},
                      "source": [f"ev = {json.dumps(t['req'], ensure_ascii=False)}\n", "run(ev)"],
                      "outputs": [{"output_type": "execute_result", "execution_count": k + 2, "metadata": {},
                                   "data": {"text/plain": [repr(t["res"])], "application/json": t["res"]}}]})
    wjson(os.path.join(d, rec["path"]), {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
                                          "nbformat": 4, "nbformat_minor": 5})


def W_csv(d, c, rec, turns):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["session", "turn", "timestamp", "user_said", "intent", "slots", "alexa_said", "reprompt", "card", "shouldEndSession", "tester_note"])
    for k, t in enumerate(turns):
        r = t["res"].get("response", {})
        rq = t["req"]["request"]
        w.writerow([t["sid"][-8:], k + 1, t["ts"], t["utt"], rq.get("intent", {}).get("name", rq["type"]),
                    json.dumps({s: v["value"] for s, v in rq.get("intent", {}).get("slots", {}).items()}, ensure_ascii=False),
                    speech_text(t["res"]), rep_text(t["res"]), (r.get("card") or {}).get("content", "") or (r.get("card") or {}).get("text", ""),
                    r.get("shouldEndSession", ""), (rec.get("notes") or {}).get(k, "")])
    wtext(os.path.join(d, rec["path"]), buf.getvalue())


def W_jest(d, c, rec, turns):
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    for k, t in enumerate(turns):
        if t["ended"]:
            continue
        name = t["utt"] or t["req"]["request"]["type"]
        body = json.dumps({"request": t["req"]["request"], "response": t["res"]}, ensure_ascii=False, indent=2).replace("`", "\\`")
        parts.append(f"exports[`handler {name} {k+1}`] = `\n{body}\n`;\n")
    wtext(os.path.join(d, rec["path"]), "\n".join(parts))


def W_shipper(d, c, rec, turns):
    lines = []
    for k, t in enumerate(turns):
        for kind, obj in (("request", t["req"]), ("response", t["res"])):
            lines.append(json.dumps({"@timestamp": t["ts"], "log.level": "info", "service.name": c["id"][4:], "fluentbit.tag": "skill.prod",
                                     "event.dataset": "alexa." + kind, "message": f"alexa {kind} {json.dumps(obj, ensure_ascii=False)}",
                                     "host": {"name": "ip-10-0-3-17"}}, ensure_ascii=False))
    wtext(os.path.join(d, rec["path"]), "\n".join(lines) + "\n")


WRITERS = {"envelope": W_envelope, "pairs-jsonl": W_pairs_jsonl, "pairs-array": W_pairs_array, "smapi-simulation": W_smapi_simulation,
           "smapi-invocation": W_smapi_invocation, "ask-dialog": W_ask_dialog, "cloudwatch-text": W_cloudwatch_text,
           "cloudwatch-json": W_cloudwatch_json, "har": W_har, "transcript": W_transcript, "postman-collection": W_postman,
           "vcr-cassette": W_vcr, "jupyter-notebook": W_ipynb, "qa-spreadsheet-csv": W_csv, "jest-snapshot": W_jest, "log-shipper-ndjson": W_shipper}


# ---------------------------------------------------------------- Google
def google_project(d, c):
    kind = c["google"]
    lang = c["locale"].split("-")[0]
    if kind == "builder":
        wtext(os.path.join(d, "sdk", "settings", "settings.yaml"),
              f"defaultLocale: {lang}\nlocalizedSettings:\n  displayName: {c['name']}\n  pronunciation: {c['inv']}\n  fullDescription: {json.dumps(c['desc'], ensure_ascii=False)}\n"
              + (f"  privacyPolicyUrl: {c['policy']}\n" if c.get("policy") else "") + "projectId: " + c["id"][4:] + "\ncategory: " + c.get("category", "GAMES") + "\n")
        wtext(os.path.join(d, "sdk", "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n")
        for it in c["intents"]:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            y = ""
            if slots:
                y += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in slots.items())
            def ann(s):
                for k in slots:
                    s = s.replace("$" + k, f"(${k} 'example' auto=true)")
                return s
            y += "trainingPhrases:\n" + "".join(f"- {json.dumps(ann(s), ensure_ascii=False)}\n" for s in samples)
            wtext(os.path.join(d, "sdk", "custom", "intents", f"{name}.yaml"), y)
        for t, vals in c.get("types", {}).items():
            wtext(os.path.join(d, "sdk", "custom", "types", f"{t}.yaml"), "synonym:\n  entities:\n" + "".join(
                f"    v{i}:\n      synonyms:\n      - {json.dumps(v, ensure_ascii=False)}\n" for i, v in enumerate(vals)) + "  matchType: FUZZY_MATCH\n")
        for sc, y in c.get("scenes", {}).items():
            wtext(os.path.join(d, "sdk", "custom", "scenes", f"{sc}.yaml"), y)
    elif kind == "sdk2":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["id"][4:]}, "intent": {"name": "actions.intent.MAIN",
                 "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
        for it in c["intents"]:
            acts.append({"name": it[0], "fulfillment": {"conversationName": c["id"][4:]}, "intent": {"name": it[0],
                         "parameters": [{"name": k, "type": v} for k, v in (it[2] if len(it) > 2 else {}).items()],
                         "trigger": {"queryPatterns": it[1]}}})
        wjson(os.path.join(d, "action.json"), {"actions": acts, "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": "https://us-central1-proj.cloudfunctions.net/" + c["id"][4:]}},
                                               "locale": lang, "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80],
                                                                            "longDescription": c["desc"], "privacyUrl": c.get("policy", ""), "category": c.get("category", "GAMES")}})
    else:  # dialogflow
        wjson(os.path.join(d, "agent.json"), {"description": c["desc"], "language": lang, "displayName": c["name"], "googleAssistant": {
            "googleAssistantCompatible": True, "project": c["id"][4:], "welcomeIntentSignInRequired": False, "oAuthLinking": {},
            "voiceType": "MALE_1", "capabilities": [], "protocolVersion": "V2", "invocationName": c["inv"], "privacyPolicyUrl": c.get("policy", "")},
            "webhook": {"url": "https://europe-west1-agent.cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True}})
        for it in c["intents"]:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            wjson(os.path.join(d, "intents", f"{name}.json"), {"id": uid(c["id"], name), "name": name, "auto": True, "webhookUsed": True,
                  "responses": [{"parameters": [{"name": k, "dataType": v, "value": "$" + k, "isList": False} for k, v in slots.items()], "messages": []}]})
            us = []
            for s in samples:
                data, rest = [], s
                while "@" in rest and any(("$" + k) in rest for k in slots) is False and False:
                    break
                for k, v in slots.items():
                    tok = "{" + k + "}"
                    if tok in rest:
                        a, b = rest.split(tok, 1)
                        if a:
                            data.append({"text": a, "userDefined": False})
                        data.append({"text": k.replace("_", " "), "meta": v, "alias": k, "userDefined": True})
                        rest = b
                if rest:
                    data.append({"text": rest, "userDefined": False})
                us.append({"id": uid(c["id"], name, s), "data": data, "isTemplate": False, "count": 0})
            wjson(os.path.join(d, "intents", f"{name}_usersays_{lang}.json"), us)
        for t, vals in c.get("types", {}).items():
            wjson(os.path.join(d, "entities", f"{t}.json"), {"id": uid(c["id"], t), "name": t, "isOverridable": True, "isEnum": False, "automatedExpansion": False})
            wjson(os.path.join(d, "entities", f"{t}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])


def google_recording(d, c, rec):
    kind = rec["shape"]
    conv = "ABwppHG" + hid(c["id"], rec.get("tag", ""))[:20]
    pairs = []
    for k, t in enumerate(rec["turns"]):
        expect = t.get("expect", True)
        if kind == "gactions-conversation":
            req = {"user": {"locale": c["locale"], "userVerificationStatus": "VERIFIED"}, "conversation": {"conversationId": conv, "type": "NEW" if k == 0 else "ACTIVE"},
                   "inputs": [{"intent": t.get("i", "actions.intent.MAIN"), "rawInputs": [{"inputType": "VOICE", "query": t.get("u", "")}],
                               "arguments": [{"name": a, "rawText": v, "textValue": v} for a, v in (t.get("s") or {}).items()]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}
            res = {"expectUserResponse": expect}
            items = [{"simpleResponse": {"textToSpeech": t["say"], **({"displayText": t["display"]} if t.get("display") else {})}}]
            if expect:
                res["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": items},
                                                          "noInputPrompts": [{"textToSpeech": x} for x in t.get("noinput", [])]},
                                          "possibleIntents": t.get("possible", [{"intent": "actions.intent.TEXT"}])}]
            else:
                res["finalResponse"] = {"richResponse": {"items": items}}
        elif kind == "dialogflow-webhook":
            req = {"responseId": uid(c["id"], "df", k), "session": f"projects/{c['id'][4:]}/agent/sessions/{conv}",
                   "queryResult": {"queryText": t.get("u", ""), "parameters": t.get("s") or {}, "allRequiredParamsPresent": True,
                                   "intent": {"name": f"projects/{c['id'][4:]}/agent/intents/{uid(c['id'], t.get('i'))}", "displayName": t.get("i", "Default Welcome Intent")},
                                   "languageCode": c["locale"].split("-")[0]},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"conversation": {"conversationId": conv}}}}
            g = {"expectUserResponse": expect, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["say"], **({"displayText": t["display"]} if t.get("display") else {})}}]}}
            if t.get("system"):
                g["systemIntent"] = t["system"]
            if t.get("noinput"):
                g["noInputPrompts"] = [{"textToSpeech": x} for x in t["noinput"]]
            res = {"fulfillmentText": t.get("display", t["say"]), "payload": {"google": g}}
        else:  # gactions-scene
            req = {"handler": {"name": t.get("handler", "main")}, "intent": {"name": t.get("i", "actions.intent.MAIN"), "params": {a: {"original": v, "resolved": v} for a, v in (t.get("s") or {}).items()},
                                                                             "query": t.get("u", "")},
                   "scene": {"name": t.get("scene", "Start"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": conv, "params": {}, "languageCode": c["locale"]}, "user": {"locale": c["locale"], "params": {}}, "device": {"capabilities": ["SPEECH"]}}
            res = {"session": {"id": conv, "params": t.get("params", {})}, "prompt": {"override": False, "firstSimple": {"speech": t["say"], "text": t.get("display", "")}}}
            if t.get("next"):
                res["scene"] = {"name": t.get("scene", "Start"), "slots": {}, "next": {"name": t["next"]}}
        pairs.append({"request": req, "response": res})
    p = os.path.join(d, rec["path"])
    if p.endswith(".jsonl"):
        wtext(p, "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in pairs))
    elif rec.get("split"):
        for k, x in enumerate(pairs):
            wjson(os.path.join(p, f"turn{k+1}-request.json"), x["request"])
            wjson(os.path.join(p, f"turn{k+1}-response.json"), x["response"])
    else:
        wjson(p, pairs)


# ---------------------------------------------------------------- driver
def render(cases):
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    labels = {}
    for c in cases:
        d = os.path.join(OUT, c["id"])
        os.makedirs(d)
        shapes = []
        if c.get("google"):
            google_project(d, c)
            for rec in c.get("recs", []):
                google_recording(d, c, rec)
                shapes.append(rec["shape"])
        else:
            skill_package(d, c)
            for rec in c.get("recs", []):
                turns = build_sessions(c, rec)
                WRITERS[rec["shape"]](d, c, rec, turns)
                shapes.append(rec["shape"])
        for p, txt in c.get("files", {}).items():
            wtext(os.path.join(d, p), txt)
        labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": sorted(set(shapes)), "why": c["why"]}
    wjson(os.path.join(ROOT, "labels.json"), labels)
    return labels
