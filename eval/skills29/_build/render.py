"""Renderer: turns the hand-written case descriptions in cases_*.py into skill projects and recordings."""
import csv, hashlib, io, json, os, uuid

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def hid(*a):
    return hashlib.sha1("|".join(map(str, a)).encode()).hexdigest()


def fake_uuid(*a):
    h = hid(*a)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def wj(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)


def wt(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def speech(s):
    if s is None:
        return None
    if s.lstrip().startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


# ---------------------------------------------------------------- skill package
def skill_package(d, c):
    loc = c["locale"]
    sid = "amzn1.ask.skill." + fake_uuid(c["id"])
    c["skillId"] = sid
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or bool(c.get("personal")),
          "isChildDirected": bool(c.get("kids")), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {loc: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"}}
    man = {"publishingInformation": {
        "locales": {loc: {"summary": c["desc"][:160], "examplePhrases": c.get("examples", []), "name": c["name"],
                          "description": c["desc"], "keywords": c.get("keywords", []),
                          "smallIconUri": "https://example-cdn.net/icons/%s-108.png" % c["id"][4:],
                          "largeIconUri": "https://example-cdn.net/icons/%s-512.png" % c["id"][4:]}},
        "isAvailableWorldwide": False, "distributionCountries": [loc.split("-")[1]],
        "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
        "category": c.get("category", "GAMES")},
        "apis": {"custom": {"endpoint": {"uri": "arn:aws:lambda:eu-west-1:4471%s:function:%s" % (hid(c["id"])[:8].translate(str.maketrans("abcdef", "123456")), c["id"][4:])}}},
        "manifestVersion": "1.0", "privacyAndCompliance": pc}
    if c.get("perms"):
        man["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("events"):
        man["events"] = c["events"]
    wj(os.path.join(d, "skill-package", "skill.json"), {"manifest": man})
    intents = []
    for it in c["intents"]:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else []
        intents.append({"name": name, "slots": [{"name": s, "type": t} for s, t in slots], "samples": samples})
    for b in ("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"):
        if b not in [i["name"] for i in intents]:
            intents.append({"name": b, "samples": []})
    types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c.get("types", [])]
    for extra_loc in [loc] + c.get("extra_locales", []):
        wj(os.path.join(d, "skill-package", "interactionModels", "custom", extra_loc + ".json"),
           {"interactionModel": {"languageModel": {"invocationName": c["inv"], "intents": intents, "types": types}}})
    wj(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})


# ---------------------------------------------------------------- envelopes
def build_exchanges(c, turns, tag):
    """turns: (utterance, intent, slots, speech, reprompt, end[, extras]) -> list of dicts with req/resp."""
    loc = c["locale"]
    out = []
    sess = fake_uuid(c["id"], tag, 0)
    new = True
    n = 0
    user = "amzn1.ask.account.AF" + hid(c["id"], "user")[:40].upper()
    dev = "amzn1.ask.device.AE" + hid(c["id"], "dev")[:40].upper()
    base_ts = tag_ts(tag)
    for i, t in enumerate(turns):
        utt, intent, slots, sp, rp, end = t[:6]
        extras = t[6] if len(t) > 6 else {}
        ts = "%sT%02d:%02d:%02dZ" % (base_ts, 18 + (i // 60) % 5, (7 + i) % 60, (13 * i) % 60)
        rid = "amzn1.echo-api.request." + fake_uuid(c["id"], tag, i)
        if intent == "LAUNCH":
            r = {"type": "LaunchRequest", "requestId": rid, "timestamp": ts, "locale": loc}
        elif intent == "END":
            r = {"type": "SessionEndedRequest", "requestId": rid, "timestamp": ts, "locale": loc, "reason": slots or "USER_INITIATED"}
        else:
            r = {"type": "IntentRequest", "requestId": rid, "timestamp": ts, "locale": loc,
                 "intent": {"name": intent, "confirmationStatus": "NONE",
                            "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in (slots or {}).items()}}}
        req = {"version": "1.0",
               "session": {"new": new, "sessionId": "amzn1.echo-api.session." + sess,
                           "application": {"applicationId": c["skillId"]}, "user": {"userId": user}},
               "context": {"System": {"application": {"applicationId": c["skillId"]}, "user": {"userId": user},
                                      "device": {"deviceId": dev, "supportedInterfaces": {}},
                                      "apiEndpoint": "https://api.eu.amazonalexa.com"}},
               "request": r}
        if intent == "END":
            resp = {"version": "1.0", "response": {}}
        else:
            body = {}
            if sp is not None:
                body["outputSpeech"] = speech(sp)
            if rp is not None:
                body["reprompt"] = {"outputSpeech": speech(rp)}
            if "card" in extras:
                body["card"] = extras["card"]
            if "directives" in extras:
                body["directives"] = extras["directives"]
            if end is not None:
                body["shouldEndSession"] = end
            resp = {"version": "1.0", "sessionAttributes": extras.get("attrs", {}), "response": body}
        out.append({"utt": utt, "req": req, "resp": resp, "ts": ts, "rid": rid})
        n += 1
        new = False
        if end or intent == "END":
            sess = fake_uuid(c["id"], tag, i + 1)
            new = True
    return out


def tag_ts(tag):
    import re
    m = re.search(r"(20\d\d)-(\d\d)-(\d\d)", tag or "")
    return m.group(0) if m else "2026-11-2%d" % (len(tag or "") % 9)


# ---------------------------------------------------------------- shapes
def sh_envelope(d, c, ex, path):
    for i, e in enumerate(ex):
        if e["req"]["request"]["type"] == "SessionEndedRequest":
            continue
        name = e["req"]["request"].get("intent", {}).get("name", "launch").replace("AMAZON.", "").lower()
        wj(os.path.join(d, path, "%02d-%s.response.json" % (i + 1, name)), e["resp"])


def sh_pairs_jsonl(d, c, ex, path):
    wt(os.path.join(d, path), "".join(json.dumps({"request": e["req"], "response": e["resp"]}, ensure_ascii=False) + "\n" for e in ex))


def sh_pairs_array(d, c, ex, path):
    wj(os.path.join(d, path), [{"request": e["req"], "response": e["resp"]} for e in ex])


def sh_smapi_simulation(d, c, ex, path):
    for i, e in enumerate(ex):
        if e["req"]["request"]["type"] == "SessionEndedRequest":
            continue
        sim = {"id": fake_uuid("sim", c["id"], path, i), "status": "SUCCESSFUL",
               "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": strip(e["resp"]["response"].get("outputSpeech"))}}],
                                                 "consideredIntents": []},
                          "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": c["skillId"] and "arn:aws:lambda:eu-west-1:447100000000:function:" + c["id"][4:], "body": e["req"]},
                                                                  "invocationResponse": {"body": e["resp"]},
                                                                  "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 7}}]},
                          "error": None}}
        wj(os.path.join(d, path, "sim-%02d.json" % (i + 1)), sim)


def sh_smapi_invocation(d, c, ex, path):
    for i, e in enumerate(ex):
        inv = {"id": fake_uuid("inv", c["id"], i), "status": "SUCCESSFUL",
               "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:447100000000:function:" + c["id"][4:], "body": e["req"]},
                                                 "invocationResponse": {"body": e["resp"]},
                                                 "metrics": {"skillExecutionTimeInMilliseconds": 211}}, "error": None}}
        wj(os.path.join(d, path, "invoke-%02d.json" % (i + 1)), inv)


def strip(o):
    import re
    if not o:
        return ""
    s = o.get("text") or o.get("ssml") or ""
    return re.sub(r"<[^>]+>", "", s)


def sh_ask_dialog(d, c, ex, path):
    wj(os.path.join(d, path, "replay.json"), {"skillId": c["skillId"], "locale": c["locale"], "type": "text",
                                              "userInput": [e["utt"] for e in ex if e["utt"]]})
    rec = []
    for e in ex:
        if e["req"]["request"]["type"] == "SessionEndedRequest":
            continue
        rec.append({"utterance": e["utt"], "invocations": [{"invocationRequest": {"body": e["req"]}, "invocationResponse": {"body": e["resp"]}}]})
    wj(os.path.join(d, path, "dialog-output.json"), rec)


def sh_cloudwatch_text(d, c, ex, path, py=False):
    lines = []
    for e in ex:
        rid = fake_uuid("lam", e["rid"])
        lines.append("START RequestId: %s Version: $LATEST" % rid)
        if py:
            lines.append("[INFO]\t%s\t%s\tRequest: %s" % (e["ts"].replace("Z", ".120Z"), rid, json.dumps(e["req"], ensure_ascii=False)))
            lines.append("[INFO]\t%s\t%s\tResponse: %s" % (e["ts"].replace("Z", ".401Z"), rid, json.dumps(e["resp"], ensure_ascii=False)))
        else:
            lines.append("%s\t%s\tINFO\tRequest: %s" % (e["ts"].replace("Z", ".120Z"), rid, json.dumps(e["req"], ensure_ascii=False)))
            lines.append("%s\t%s\tINFO\tResponse: %s" % (e["ts"].replace("Z", ".401Z"), rid, json.dumps(e["resp"], ensure_ascii=False)))
        lines.append("END RequestId: %s" % rid)
        lines.append("REPORT RequestId: %s\tDuration: 212.31 ms\tBilled Duration: 213 ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB" % rid)
    wt(os.path.join(d, path), "\n".join(lines) + "\n")


def sh_cloudwatch_json(d, c, ex, path):
    evs = []
    for i, e in enumerate(ex):
        rid = fake_uuid("lam", e["rid"])
        for kind, body in (("Request", e["req"]), ("Response", e["resp"])):
            evs.append({"logStreamName": "2026/11/20/[$LATEST]" + hid(c["id"])[:32], "timestamp": 1795000000000 + i * 4000,
                        "message": "%s\t%s\tINFO\t%s: %s\n" % (e["ts"], rid, kind, json.dumps(body, ensure_ascii=False)),
                        "ingestionTime": 1795000000500 + i * 4000, "eventId": hid(e["rid"], kind)[:56]})
    wj(os.path.join(d, path), {"events": evs, "searchedLogStreams": []})


def sh_har(d, c, ex, path, url="https://skill.example-host.net/alexa"):
    ents = []
    for e in ex:
        rq, rs = json.dumps(e["req"], ensure_ascii=False), json.dumps(e["resp"], ensure_ascii=False)
        ents.append({"startedDateTime": e["ts"].replace("Z", ".000Z"), "time": 140,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "x"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(rq),
                                 "postData": {"mimeType": "application/json", "text": rq}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                                  "content": {"size": len(rs), "mimeType": "application/json", "text": rs},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(rs)},
                     "cache": {}, "timings": {"send": 1, "wait": 130, "receive": 9}})
    wj(os.path.join(d, path), {"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "10.1"}, "entries": ents}})


def sh_transcript(d, c, ex, path):
    lines = ["# probe transcript  skill=%s  locale=%s" % (c["inv"], c["locale"])]
    for e in ex:
        t = e["ts"][11:19]
        if e["utt"]:
            lines.append("[%s] USER: %s" % (t, e["utt"]))
        r = e["resp"].get("response", {})
        if r.get("outputSpeech"):
            lines.append("[%s] SKILL: %s" % (t, strip(r["outputSpeech"]) if r["outputSpeech"]["type"] == "PlainText" else r["outputSpeech"]["ssml"]))
        if r.get("reprompt"):
            o = r["reprompt"]["outputSpeech"]
            lines.append("[%s] SKILL(reprompt): %s" % (t, o.get("text", o.get("ssml"))))
        if e["req"]["request"]["type"] != "SessionEndedRequest":
            lines.append("[%s] session_open=%s" % (t, str(not r.get("shouldEndSession", False)).lower()))
    wt(os.path.join(d, path), "\n".join(lines) + "\n")


# ---- shapes not in the usual list
def sh_jest_snapshot(d, c, ex, path):
    """Jest snapshot file (__snapshots__/*.test.js.snap) produced by toMatchSnapshot() on handler output."""
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    for i, e in enumerate(ex):
        if e["req"]["request"]["type"] == "SessionEndedRequest":
            continue
        name = "%s %s 1" % (c["name"], e["utt"] or "launch")
        body = json.dumps(e["resp"], ensure_ascii=False, indent=2).replace("`", "\\`")
        parts.append("exports[`%s`] = `\n%s\n`;\n" % (name.replace("`", ""), body))
    wt(os.path.join(d, path), "\n".join(parts))


def sh_postman(d, c, ex, path):
    """Postman collection v2.1 with saved example responses."""
    items = []
    for i, e in enumerate(ex):
        items.append({"name": "%02d %s" % (i + 1, e["utt"] or e["req"]["request"]["type"]),
                      "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                                  "body": {"mode": "raw", "raw": json.dumps(e["req"], ensure_ascii=False, indent=2)},
                                  "url": {"raw": "{{skillUrl}}/alexa", "host": ["{{skillUrl}}"], "path": ["alexa"]}},
                      "response": [{"name": "saved %s" % e["ts"][:10], "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json"}],
                                    "body": json.dumps(e["resp"], ensure_ascii=False, indent=2)}]})
    wj(os.path.join(d, path), {"info": {"_postman_id": fake_uuid("pm", c["id"]), "name": c["name"] + " endpoint",
                                        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                               "item": items, "variable": [{"key": "skillUrl", "value": "http://localhost:3000"}]})


def sh_es_export(d, c, ex, path):
    """Elasticsearch/OpenSearch _search result of a log shipper index (filebeat-like), request/response as objects."""
    hits = []
    for i, e in enumerate(ex):
        hits.append({"_index": "skill-logs-2026.11", "_id": hid(e["rid"])[:20], "_score": None,
                     "_source": {"@timestamp": e["ts"], "service": {"name": c["id"][4:]}, "log": {"level": "info"},
                                 "message": "handled " + e["req"]["request"]["type"],
                                 "alexa": {"request": e["req"], "response": e["resp"]}},
                     "sort": [1795000000000 + i]})
    wj(os.path.join(d, path), {"took": 12, "timed_out": False, "hits": {"total": {"value": len(hits), "relation": "eq"}, "max_score": None, "hits": hits}})


def sh_ipynb(d, c, ex, path):
    """Jupyter notebook whose cells call the endpoint; outputs hold the response JSON."""
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# %s – endpoint checks\n" % c["name"]]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", "URL = 'http://localhost:3000/alexa'\n", "def send(env):\n", "    return requests.post(URL, json=env).json()\n"]}]
    for i, e in enumerate(ex):
        cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {},
                      "source": ["# user: %s\n" % (e["utt"] or "-"), "req = %s\n" % json.dumps(e["req"], ensure_ascii=False), "send(req)"],
                      "outputs": [{"output_type": "execute_result", "execution_count": i + 2, "metadata": {},
                                   "data": {"text/plain": [json.dumps(e["resp"], ensure_ascii=False, indent=1)]}}]})
    wj(os.path.join(d, path), {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
                               "nbformat": 4, "nbformat_minor": 5})


def sh_csv_sheet(d, c, ex, path):
    """QA spreadsheet export: one row per turn with the spoken text, reprompt and session flag."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["session", "step", "timestamp", "user_said", "intent", "skill_speech", "skill_reprompt", "shouldEndSession", "tester_note"])
    for i, e in enumerate(ex):
        r = e["resp"].get("response", {})
        rp = r.get("reprompt", {}).get("outputSpeech")
        w.writerow([e["req"]["session"]["sessionId"][-12:], i + 1, e["ts"], e["utt"],
                    e["req"]["request"].get("intent", {}).get("name", e["req"]["request"]["type"]),
                    (r.get("outputSpeech") or {}).get("ssml") or (r.get("outputSpeech") or {}).get("text", ""),
                    (rp or {}).get("ssml") or (rp or {}).get("text", ""), r.get("shouldEndSession", ""), ""])
    wt(os.path.join(d, path), buf.getvalue())


def sh_bespoken_yaml(d, c, ex, path):
    """Bespoken virtual-device unit-test file with the responses the run printed (test + --output results)."""
    lines = ["---", "configuration:", "  locale: %s" % c["locale"], "  handler: ../lambda/index.js", "", "---", "- test: recorded run"]
    for e in ex:
        r = e["resp"].get("response", {})
        if e["req"]["request"]["type"] == "SessionEndedRequest":
            continue
        u = e["utt"] or "LaunchRequest"
        lines.append("- %s:" % json.dumps(u, ensure_ascii=False))
        if r.get("outputSpeech"):
            o = r["outputSpeech"]
            lines.append("  - prompt: %s" % json.dumps(o.get("ssml", o.get("text")), ensure_ascii=False))
        if r.get("reprompt"):
            o = r["reprompt"]["outputSpeech"]
            lines.append("  - reprompt: %s" % json.dumps(o.get("ssml", o.get("text")), ensure_ascii=False))
        lines.append("  - response.shouldEndSession: %s" % str(r.get("shouldEndSession")).lower())
    wt(os.path.join(d, path), "\n".join(lines) + "\n")


SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array,
          "smapi-simulation": sh_smapi_simulation, "smapi-invocation": sh_smapi_invocation, "ask-dialog": sh_ask_dialog,
          "cloudwatch-text": sh_cloudwatch_text, "cloudwatch-text-py": lambda d, c, ex, p: sh_cloudwatch_text(d, c, ex, p, py=True),
          "cloudwatch-json": sh_cloudwatch_json, "har": sh_har, "transcript": sh_transcript,
          "jest-snapshot": sh_jest_snapshot, "postman-collection": sh_postman, "es-export": sh_es_export,
          "ipynb": sh_ipynb, "csv-sheet": sh_csv_sheet, "bespoken-yaml": sh_bespoken_yaml}


def render_alexa(c):
    d = os.path.join(OUT, "cases", c["id"])
    skill_package(d, c)
    shapes = []
    for rec in c.get("recs", []):
        shape, path, turns = rec[:3]
        ex = build_exchanges(c, turns, path)
        SHAPES[shape](d, c, ex, path)
        s = "cloudwatch-text" if shape == "cloudwatch-text-py" else shape
        if s not in shapes:
            shapes.append(s)
    return shapes
