"""Helpers for set 115: project writers (Alexa / Actions Builder / Actions SDK v2 / Dialogflow)
and recording renderers (one per shape). All case content lives in cases_*.py."""
import csv, io, json, os, hashlib, datetime, base64

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")


def h(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(seed):
    x = h(seed)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def wjson(path, obj, indent=2):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=indent)
        f.write("\n")


def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def ssml(t):
    if t is None:
        return None
    if t.startswith("<speak>"):
        return {"type": "SSML", "ssml": t}
    return {"type": "SSML", "ssml": "<speak>" + t + "</speak>"}


def plain(t):
    return t[7:-8] if t and t.startswith("<speak>") else t

# ---------------------------------------------------------------- Alexa project

BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
            "AMAZON.FallbackIntent"]


def alexa_project(d, c):
    loc = c["locale"]
    locs = c.get("locales", [loc])
    pub = {}
    for l in locs:
        pub[l] = {"summary": c["summary"], "examplePhrases": c.get("examples", []), "name": c["name"],
                  "description": c.get("description", c["summary"]), "keywords": c.get("keywords", []),
                  "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(c['id'], n=4)}/APP_ICON?versionId=small",
                  "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(c['id'], n=4)}/APP_ICON_LARGE?versionId=large"}
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("usesPI", False),
            "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        priv["locales"] = {l: {"privacyPolicyUrl": c["policy"], **({"termsOfUseUrl": c["terms"]} if c.get("terms") else {})} for l in locs}
    man = {"manifest": {
        "publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                  "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                  "category": c.get("category", "EDUCATION_AND_REFERENCE"),
                                  "distributionCountries": c.get("countries", [loc.split("-")[1]])},
        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:{c.get('region','eu-west-1')}:{int(h(c['id']),16)%10**12:012d}:function:{c['id'][7:]}"}}},
        "manifestVersion": "1.0", "privacyAndCompliance": priv}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("interfaces"):
        man["manifest"]["apis"]["custom"]["interfaces"] = [{"type": t} for t in c["interfaces"]]
    wjson(os.path.join(d, "skill-package", "skill.json"), man)
    for l in locs:
        intents = []
        for it in c["intents"]:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else []
            e = {"name": name, "samples": samples}
            if slots:
                e["slots"] = [{"name": s, "type": t} for s, t in slots]
            intents.append(e)
        have = {i["name"] for i in intents}
        for b in BUILTINS:
            if b not in have:
                intents.append({"name": b, "samples": []})
        types = [{"name": tn, "values": [{"name": {"value": v}} for v in vals]} for tn, vals in c.get("types", {}).items()]
        im = {"interactionModel": {"languageModel": {"invocationName": c["invocation"], "intents": intents, "types": types}}}
        if c.get("dialog"):
            im["interactionModel"]["dialog"] = c["dialog"]
        wjson(os.path.join(d, "skill-package", "interactionModels", "custom", l + ".json"), im)
    wjson(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if c.get("code"):
        fn, txt = c["code"]
        wtext(os.path.join(d, "lambda", fn), txt)

# ---------------------------------------------------------------- Alexa turns
# a turn: dict(u=user text, i=intent ('Launch' | 'SessionEnded' | name), s={slot: value}, say=..., rep=..., end=bool)


def T(u, i, say, rep=None, end=False, s=None, card=None, directives=None):
    return {"u": u, "i": i, "s": s or {}, "say": say, "rep": rep, "end": end, "card": card, "dir": directives}


def sessionize(c, turns, t0, tag=""):
    """returns list of (turn, request_envelope, response_envelope)"""
    loc = c["locale"]
    app = "amzn1.ask.skill." + uid(c["id"])
    user = "amzn1.ask.account." + h(c["id"], "user", n=40).upper()
    dev = "amzn1.ask.device." + h(c["id"], "dev", n=40).upper()
    out, sid, new, n, attrs = [], None, True, 0, {}
    ts = datetime.datetime.fromisoformat(t0)
    for k, t in enumerate(turns):
        if sid is None or new:
            n += 1
            sid = "amzn1.echo-api.session." + uid(c["id"] + tag + "s" + str(n))
        ts += datetime.timedelta(seconds=9 + (k * 7) % 13)
        if t["i"] == "Launch":
            r = {"type": "LaunchRequest"}
        elif t["i"] == "SessionEnded":
            r = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
        else:
            r = {"type": "IntentRequest", "dialogState": "COMPLETED" if t["s"] else None,
                 "intent": {"name": t["i"], "confirmationStatus": "NONE",
                            "slots": {k2: {"name": k2, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k2, v in t["s"].items()}}}
            if r["dialogState"] is None:
                del r["dialogState"]
        r.update({"requestId": "amzn1.echo-api.request." + uid(c["id"] + tag + str(k)), "locale": loc,
                  "timestamp": ts.strftime("%Y-%m-%dT%H:%M:%SZ")})
        req = {"version": "1.0",
               "session": {"new": new, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user},
                           **({} if new else {"attributes": attrs})},
               "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                      "device": {"deviceId": dev, "supportedInterfaces": {}},
                                      "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[:2] in ("hi", "fr", "es") and loc != "es-US" else "https://api.amazonalexa.com",
                                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
               "request": r}
        body = {}
        if t["say"] is not None:
            body["outputSpeech"] = ssml(t["say"])
        if t["card"]:
            body["card"] = t["card"]
        if t["rep"] is not None:
            body["reprompt"] = {"outputSpeech": ssml(t["rep"])}
        if t["dir"]:
            body["directives"] = t["dir"]
        if t["i"] != "SessionEnded":
            body["shouldEndSession"] = t["end"]
        resp = {"version": "1.0", "sessionAttributes": attrs, "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.19.0"), "response": body}
        out.append((t, req, resp, ts))
        new = bool(t["end"]) or t["i"] == "SessionEnded"
    return out


def rel(c, p):
    return os.path.join(OUT, c["id"], p)

# ----- set-1 shapes


def r_envelope(c, rows, folder):
    for k, (t, q, a, ts) in enumerate(rows):
        wjson(rel(c, f"{folder}/{k+1:02d}-{(t['i'] if t['i']!='Launch' else 'launch').replace('AMAZON.','').lower()}.json"), a)


def r_pairs_jsonl(c, rows, path):
    wtext(rel(c, path), "".join(json.dumps({"request": q, "response": a}, ensure_ascii=False) + "\n" for t, q, a, ts in rows))


def r_pairs_array(c, rows, path):
    wjson(rel(c, path), [{"request": q, "response": a} for t, q, a, ts in rows])


def _sim(c, t, q, a, ts):
    return {"id": uid(str(q["request"]["requestId"])), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain((a["response"].get("outputSpeech") or {}).get("ssml", "")) or ""}}],
                                              "consideredIntents": [{"name": q["request"].get("intent", {}).get("name", q["request"]["type"]), "confirmationStatus": "NONE", "slots": {}}]},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:" + c["id"][7:], "body": q},
                                                               "invocationResponse": {"body": a}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + len(t['u']) % 90}}]},
                       "error": None}}


def r_smapi_sim(c, rows, folder):
    for k, (t, q, a, ts) in enumerate(rows):
        wjson(rel(c, f"{folder}/simulation-{k+1:02d}.json"), _sim(c, t, q, a, ts))


def r_smapi_inv(c, rows, folder):
    for k, (t, q, a, ts) in enumerate(rows):
        wjson(rel(c, f"{folder}/invoke-{k+1:02d}.json"), {"id": uid(q["request"]["requestId"] + "inv"), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
            "invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:" + c["id"][7:], "body": q},
            "invocationResponse": {"body": a}, "metrics": {"skillExecutionTimeInMilliseconds": 210}}, "error": None}})


def r_ask_dialog(c, rows, folder, text_record=False):
    wjson(rel(c, f"{folder}/replay.json"), {"skillId": "amzn1.ask.skill." + uid(c["id"]), "locale": c["locale"], "type": "text",
                                            "userInput": [t["u"] for t, q, a, ts in rows], "storageUrl": None})
    if text_record:
        lines = []
        for t, q, a, ts in rows:
            lines.append("User  > " + t["u"])
            sp = plain((a["response"].get("outputSpeech") or {}).get("ssml", ""))
            lines.append("Alexa > " + (sp or ""))
        wtext(rel(c, f"{folder}/dialog-record.txt"), "\n".join(lines) + "\n")
    else:
        wjson(rel(c, f"{folder}/dialog-output.json"), [{"utterance": t["u"], "invocations": [{"request": q, "response": a}]} for t, q, a, ts in rows])


def r_cw_text(c, rows, path, py=False):
    L = []
    for t, q, a, ts in rows:
        rid = uid(q["request"]["requestId"] + "lambda")
        s = ts.strftime("%Y-%m-%dT%H:%M:%S.123Z")
        L.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            L.append(f"[INFO]\t{s}\t{rid}\tRequest: {json.dumps(q, ensure_ascii=False)}")
            L.append(f"[INFO]\t{s}\t{rid}\tResponse: {json.dumps(a, ensure_ascii=False)}")
        else:
            L.append(f"{s}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}")
            L.append(f"{s}\t{rid}\tINFO\tResponse: {json.dumps(a, ensure_ascii=False)}")
        L.append(f"END RequestId: {rid}")
        L.append(f"REPORT RequestId: {rid}\tDuration: 143.21 ms\tBilled Duration: 144 ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
    wtext(rel(c, path), "\n".join(L) + "\n")


def r_cw_json(c, rows, path):
    ev = []
    for t, q, a, ts in rows:
        rid = uid(q["request"]["requestId"] + "lambda")
        ms = int(ts.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        s = ts.strftime("%Y-%m-%dT%H:%M:%S.123Z")
        for m in (f"{s}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}\n", f"{s}\t{rid}\tINFO\tResponse: {json.dumps(a, ensure_ascii=False)}\n"):
            ev.append({"logStreamName": "2025/03/11/[$LATEST]" + h(c["id"], n=32), "timestamp": ms, "message": m, "ingestionTime": ms + 40, "eventId": str(ms) + h(m, n=6)})
    wjson(rel(c, path), {"events": ev, "searchedLogStreams": []})


def r_har(c, rows, path, url="https://skill.example-edu.in/alexa"):
    ent = []
    for t, q, a, ts in rows:
        ent.append({"startedDateTime": ts.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 211,
                    "request": {"method": "POST", "url": c.get("url", url), "httpVersion": "HTTP/1.1",
                                "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "REDACTED"}],
                                "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
                    "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                                 "cookies": [], "content": {"size": 0, "mimeType": "application/json", "text": json.dumps(a, ensure_ascii=False)},
                                 "redirectURL": "", "headersSize": -1, "bodySize": -1},
                    "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 10}})
    wjson(rel(c, path), {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "124.0"}, "pages": [], "entries": ent}})


def r_transcript(c, rows, path):
    L = [f"# QA transcript {c['name']} ({c['locale']})"]
    for t, q, a, ts in rows:
        s = ts.strftime("%Y-%m-%d %H:%M:%S")
        L.append(f"[{s}] USER: {t['u']}")
        L.append(f"[{s}] SKILL: {plain((a['response'].get('outputSpeech') or {}).get('ssml', '')) or ''}")
        if t["rep"] is not None:
            L.append(f"[{s}] REPROMPT: {plain(t['rep'])}")
        L.append(f"[{s}] session_open={'false' if t['end'] or t['i']=='SessionEnded' else 'true'}")
    wtext(rel(c, path), "\n".join(L) + "\n")

# ----- new shapes


def r_jest_snapshot(c, rows, path):
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    for k, (t, q, a, ts) in enumerate(rows):
        body = json.dumps(a, ensure_ascii=False, indent=2).replace("\\", "\\\\").replace("`", "\\`")
        body = "\n".join(l.replace('"', '"') for l in body.split("\n"))
        parts.append(f"exports[`{c['name']} handler › {t['u'].replace('`', '')} {k+1}`] = `\n{body}\n`;\n")
    wtext(rel(c, path), "\n".join(parts))


def r_junit(c, rows, path):
    from xml.sax.saxutils import escape
    cases = []
    for k, (t, q, a, ts) in enumerate(rows):
        cases.append(f'    <testcase classname="test_{c["id"][7:].replace("-", "_")}" name="test_turn_{k+1:02d}" time="0.{k+2:03d}">\n'
                     f'      <system-out>utterance: {escape(t["u"])}\nrequest: {escape(json.dumps(q, ensure_ascii=False))}\nresponse: {escape(json.dumps(a, ensure_ascii=False))}</system-out>\n    </testcase>')
    wtext(rel(c, path), '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="%d" time="1.9" hostname="ci-runner-7">\n%s\n  </testsuite>\n</testsuites>\n' % (len(rows), "\n".join(cases)))


def r_postman(c, rows, path):
    items = []
    for k, (t, q, a, ts) in enumerate(rows):
        items.append({"name": f"{k+1:02d} {t['u']}", "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                                                                  "body": {"mode": "raw", "raw": json.dumps(q, ensure_ascii=False, indent=1)},
                                                                  "url": {"raw": "{{skillUrl}}/alexa", "host": ["{{skillUrl}}"], "path": ["alexa"]}},
                      "response": [{"name": "saved example", "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json"}], "body": json.dumps(a, ensure_ascii=False, indent=1)}]})
    wjson(rel(c, path), {"info": {"_postman_id": uid(c["id"] + "pm"), "name": c["name"] + " webhook",
                                   "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items,
                         "variable": [{"key": "skillUrl", "value": "http://localhost:3000"}]})


def r_csv(c, rows, path):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["timestamp", "session_id", "turn", "speaker", "intent", "text", "reprompt", "session_open"])
    for k, (t, q, a, ts) in enumerate(rows):
        sid = q["session"]["sessionId"]
        w.writerow([ts.isoformat() + "Z", sid, k + 1, "user", t["i"], t["u"], "", ""])
        w.writerow([ts.isoformat() + "Z", sid, k + 1, "skill", "", plain((a["response"].get("outputSpeech") or {}).get("ssml", "")) or "",
                    plain(t["rep"]) if t["rep"] is not None else "", "false" if t["end"] or t["i"] == "SessionEnded" else "true"])
    wtext(rel(c, path), buf.getvalue())


def r_dynamo(c, rows, path):
    def dd(v):
        if isinstance(v, bool):
            return {"BOOL": v}
        if isinstance(v, (int, float)):
            return {"N": str(v)}
        if v is None:
            return {"NULL": True}
        if isinstance(v, dict):
            return {"M": {k: dd(x) for k, x in v.items()}}
        if isinstance(v, list):
            return {"L": [dd(x) for x in v]}
        return {"S": str(v)}
    L = []
    for t, q, a, ts in rows:
        L.append({"pk": dd("SESSION#" + q["session"]["sessionId"]), "sk": dd("TURN#" + ts.isoformat()),
                  "utterance": dd(t["u"]), "request": dd(q), "response": dd(a)})
    wjson(rel(c, path), {"Items": L, "Count": len(L), "ScannedCount": len(L), "ConsumedCapacity": None})


def r_markdown(c, rows, path):
    L = [f"## {c['name']} — manual test pass ({c['locale']})", "", "| # | user said | skill said | reprompt | mic open after? |", "|---|---|---|---|---|"]
    for k, (t, q, a, ts) in enumerate(rows):
        sp = plain((a["response"].get("outputSpeech") or {}).get("ssml", "")) or ""
        L.append(f"| {k+1} | {t['u']} | {sp} | {plain(t['rep']) if t['rep'] is not None else '—'} | {'no' if t['end'] or t['i']=='SessionEnded' else 'yes'} |")
    wtext(rel(c, path), "\n".join(L) + "\n")


def r_pino(c, rows, path):
    L = []
    for t, q, a, ts in rows:
        ms = int(ts.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        L.append(json.dumps({"level": 30, "time": ms, "pid": 4411, "hostname": "skill-api-5d8f", "reqId": q["request"]["requestId"][-12:], "msg": "incoming alexa request", "alexaRequest": q}, ensure_ascii=False))
        L.append(json.dumps({"level": 30, "time": ms + 190, "pid": 4411, "hostname": "skill-api-5d8f", "reqId": q["request"]["requestId"][-12:], "msg": "alexa response sent", "alexaResponse": a, "responseTime": 190}, ensure_ascii=False))
    wtext(rel(c, path), "\n".join(L) + "\n")


def r_bespoken(c, rows, path):
    """bst test results YAML-ish report (`bst test --format yaml` style run log)"""
    L = ["---", "configuration:", f"  locale: {c['locale']}", "  type: unit", "---", f"- test: \"{c['name']} conversation\""]
    for t, q, a, ts in rows:
        sp = plain((a["response"].get("outputSpeech") or {}).get("ssml", "")) or ""
        L.append(f"- {json.dumps(t['u'], ensure_ascii=False)}:")
        L.append(f"  - prompt: {json.dumps(sp, ensure_ascii=False)}")
        if t["rep"] is not None:
            L.append(f"  - reprompt: {json.dumps(plain(t['rep']), ensure_ascii=False)}")
        L.append(f"  - response.shouldEndSession: {'true' if t['end'] else 'false'}")
    wtext(rel(c, path), "\n".join(L) + "\n")


ALEXA_RENDER = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array,
                "smapi-simulation": r_smapi_sim, "smapi-invocation": r_smapi_inv, "ask-dialog": r_ask_dialog,
                "ask-dialog-text": lambda c, r, p: r_ask_dialog(c, r, p, True),
                "cloudwatch-text": r_cw_text, "cloudwatch-text-py": lambda c, r, p: r_cw_text(c, r, p, True),
                "cloudwatch-json": r_cw_json, "har": r_har, "transcript": r_transcript,
                "jest-snapshot": r_jest_snapshot, "junit-xml": r_junit, "postman-collection": r_postman,
                "csv-chat-export": r_csv, "dynamodb-json": r_dynamo, "markdown-qa": r_markdown, "pino-log": r_pino,
                "bespoken-yaml": r_bespoken}
SHAPE_NAME = {"ask-dialog-text": "ask-dialog", "cloudwatch-text-py": "cloudwatch-text"}

# ---------------------------------------------------------------- Google


def g_builder_project(d, c):
    loc = c["locale"]
    lang = loc.split("-")[0]
    s = ["defaultLocale: " + ("en" if lang == "en" else lang), f"projectId: {c['id'][7:]}-{h(c['id'], n=5)}",
         "localizedSettings:", f"  displayName: {json.dumps(c['name'], ensure_ascii=False)}", f"  pronunciation: {json.dumps(c['invocation'], ensure_ascii=False)}",
         f"  shortDescription: {json.dumps(c['summary'], ensure_ascii=False)}", f"  fullDescription: {json.dumps(c.get('description', c['summary']), ensure_ascii=False)}",
         "  developerName: " + json.dumps(c.get("dev", "Edu Voice Labs")), "  developerEmail: voice@example-edu.org"]
    if c.get("policy"):
        s.append("  privacyPolicyUrl: " + c["policy"])
    s += ["category: EDUCATION_AND_REFERENCE", "usesTransactionsApi: false", "usesDigitalPurchaseApi: false", "usesInteractiveCanvas: false",
          "designedForFamily: " + ("true" if c.get("child") else "false"), "containsAlcoholOrTobaccoContent: false", "keepsMicOpen: false"]
    wtext(os.path.join(d, "sdk", "settings", "settings.yaml"), "\n".join(s) + "\n")
    wtext(os.path.join(d, "sdk", "manifest.yaml"), "version: \"1.0\"\n")
    wtext(os.path.join(d, "sdk", "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n")
    wtext(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), "handlers:\n" + "".join(f"- name: {n}\n" for n in c.get("handlers", ["main"])) +
          "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    for it in c["intents"]:
        name, phrases = it[0], it[1]
        params = it[2] if len(it) > 2 else []
        y = []
        if params:
            y.append("parameters:")
            for pn, pt in params:
                y.append(f"- name: {pn}\n  type:\n    name: " + (pt[4:] if pt.startswith("TYP:") else pt))
        y.append("trainingPhrases:")
        import re as _re
        y += ["- " + json.dumps(_re.sub(r"\$(\w+)", lambda m: f"(${m.group(1)} '{c.get('gex', {}).get(m.group(1), m.group(1))}' auto=false)", p), ensure_ascii=False) for p in phrases]
        wtext(os.path.join(d, "sdk", "custom", "intents", name + ".yaml"), "\n".join(y) + "\n")
    for tn, spec in c.get("gtypes", {}).items():
        wtext(os.path.join(d, "sdk", "custom", "types", tn + ".yaml"), spec)
    for sn, spec in c.get("scenes", {}).items():
        wtext(os.path.join(d, "sdk", "custom", "scenes", sn + ".yaml"), spec)


def g_sdk2_project(d, c):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["id"][7:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['invocation']}"]}}}]
    for it in c["intents"]:
        name, phrases = it[0], it[1]
        params = it[2] if len(it) > 2 else []
        a = {"description": name, "name": name, "fulfillment": {"conversationName": c["id"][7:]},
             "intent": {"name": name, "trigger": {"queryPatterns": phrases}}}
        if params:
            a["intent"]["parameters"] = [{"name": pn, "type": pt} for pn, pt in params]
        acts.append(a)
    aj = {"locale": c["locale"].split("-")[0] if c["locale"].startswith("en") else c["locale"], "actions": acts,
          "conversations": {c["id"][7:]: {"name": c["id"][7:], "url": f"https://us-central1-{c['id'][7:]}.cloudfunctions.net/fulfillment", "fulfillmentApiVersion": 2}},
          "manifest": {"displayName": c["name"], "invocationName": c["invocation"], "shortDescription": c["summary"],
                       "longDescription": c.get("description", c["summary"]), "category": "EDUCATION_AND_REFERENCE"}}
    if c.get("policy"):
        aj["manifest"]["privacyUrl"] = c["policy"]
    if c.get("gtypes_sdk2"):
        aj["types"] = c["gtypes_sdk2"]
    wjson(os.path.join(d, "action.json"), aj)


def g_df_project(d, c):
    lang = c["locale"].split("-")[0]
    lang = "pt-br" if c["locale"] == "pt-BR" else lang
    wjson(os.path.join(d, "agent.json"), {"description": c["summary"], "language": lang, "shortDescription": c["summary"], "examples": "",
                                          "linkToDocs": "", "displayName": c["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
                                          "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][7:], "welcomeIntentSignInRequired": False,
                                                              "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                                              "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                                              "autoPreviewEnabled": True, "isDeviceAgent": False},
                                          "defaultTimezone": c.get("tz", "Asia/Kolkata"), "webhook": {"url": "https://fulfil.example-edu.org/df", "available": True},
                                          "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2beta1",
                                          "secondaryKey": "", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0,
                                          "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False})
    wjson(os.path.join(d, "package.json"), {"version": "1.0.0"})
    for it in c["intents"]:
        name, phrases = it[0], it[1]
        params = it[2] if len(it) > 2 else []
        resp = it[3] if len(it) > 3 else []
        wjson(os.path.join(d, "intents", name + ".json"), {"id": uid(c["id"] + name), "name": name, "auto": True, "contexts": [],
                                                           "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
                                                                          "parameters": [{"id": uid(c["id"] + name + pn), "name": pn, "required": False, "dataType": pt, "value": "$" + pn, "isList": False} for pn, pt in params],
                                                                          "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "speech": resp}] if resp else [],
                                                                          "speech": [], "defaultResponsePlatforms": {}}],
                                                           "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name == "Default Fallback Intent", "events": [{"name": "WELCOME"}] if "Welcome" in name else []})
        us = []
        for p in phrases:
            data = []
            for seg in p:
                if isinstance(seg, tuple):
                    data.append({"text": seg[0], "alias": seg[1], "meta": seg[2], "userDefined": True})
                else:
                    data.append({"text": seg, "userDefined": False})
            us.append({"id": uid(c["id"] + name + str(p)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            wjson(os.path.join(d, "intents", f"{name}_usersays_{lang}.json"), us)
    for en, vals in c.get("entities", {}).items():
        wjson(os.path.join(d, "entities", en + ".json"), {"id": uid(en), "name": en, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        wjson(os.path.join(d, "entities", f"{en}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])

# Google turns: dict(u, i (intent name or 'MAIN'), params, say, noinput(list or None), end, perm(None|dict), scene)


def G(u, i, say, end=False, params=None, noinput=None, perm=None, scene=None):
    return {"u": u, "i": i, "params": params or {}, "say": say, "end": end, "noinput": noinput, "perm": perm, "scene": scene}


def r_gscene(c, turns, path, tag=""):
    out, sid, new, n = [], None, True, 0
    for k, t in enumerate(turns):
        if new:
            n += 1
            sid = h(c["id"] + tag + str(n), n=8) + "-" + h(c["id"] + tag + "x" + str(n), n=24)
        req = {"handler": {"name": t["i"].lower() if t["i"] != "MAIN" else "main"},
               "intent": {"name": "actions.intent.MAIN" if t["i"] == "MAIN" else t["i"], "params": {p: {"original": v, "resolved": v} for p, v in t["params"].items()}, "query": t["u"]},
               "scene": {"name": t["scene"] or ("actions.scene.START_CONVERSATION" if t["i"] == "MAIN" else "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": c["locale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2025-04-02T10:11:12Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "currentLocation": {}}}
        resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["say"], "text": re_strip(t["say"])}}}
        if t["end"]:
            resp["scene"] = {"name": req["scene"]["name"], "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
        elif t["noinput"] is not None:
            resp["scene"] = {"name": req["scene"]["name"], "slots": {}, "next": {"name": t["noinput"]}}
        if t["perm"]:
            resp["scene"] = {"name": req["scene"]["name"], "slots": {"permission": {"mode": "REQUIRED", "status": "SLOT_UNSPECIFIED", "updated": True, "value": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec", **t["perm"]}}}}
        out.append({"request": req, "response": resp})
        new = t["end"]
    wjson(rel(c, path), out)


def re_strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "").strip()


def r_gsdk2(c, turns, path, tag=""):
    out, cid, new, n = [], None, True, 0
    for k, t in enumerate(turns):
        if new:
            n += 1
            cid = str(int(h(c["id"] + tag + str(n)), 16) % 10**19)
        inp = {"intent": "actions.intent.MAIN" if t["i"] == "MAIN" else t["i"], "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}
        if t["params"]:
            inp["arguments"] = [{"name": p, "rawText": v, "textValue": v} for p, v in t["params"].items()]
        req = {"user": {"locale": c["locale"], "lastSeen": "2025-02-11T08:00:00Z", "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": cid, "type": "NEW" if new else "ACTIVE", **({} if new else {"conversationToken": "[]"})},
               "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "isInSandbox": True, "availableSurfaces": []}
        items = [{"simpleResponse": {"textToSpeech": t["say"], "displayText": re_strip(t["say"])}}]
        if t["end"]:
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
        else:
            resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": items},
                                                                                    **({"noInputPrompts": [{"textToSpeech": x} for x in t["noinput"]]} if t["noinput"] else {})},
                                                                    "possibleIntents": [{"intent": "actions.intent.TEXT"}] if not t["perm"] else
                                                                    [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", **t["perm"]}}]}],
                    "conversationToken": "[]"}
        out.append({"request": req, "response": resp})
        new = t["end"]
    wjson(rel(c, path), out)


def r_df(c, turns, path, tag=""):
    out, sid, new, n = [], None, True, 0
    for k, t in enumerate(turns):
        if new:
            n += 1
            sid = f"projects/{c['id'][7:]}/agent/sessions/ABwppHF" + h(c["id"] + tag + str(n), n=20)
        req = {"responseId": uid(c["id"] + tag + str(k)), "queryResult": {"queryText": t["u"] if t["i"] != "MAIN" else "GOOGLE_ASSISTANT_WELCOME",
                                                                           "parameters": t["params"], "allRequiredParamsPresent": True,
                                                                           "intent": {"name": f"projects/{c['id'][7:]}/agent/intents/" + uid(c["id"] + t["i"]), "displayName": "Default Welcome Intent" if t["i"] == "MAIN" else t["i"]},
                                                                           "intentDetectionConfidence": 1, "languageCode": c["locale"].lower()},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": c["locale"], "userVerificationStatus": "VERIFIED"},
                                                                                              "conversation": {"conversationId": sid[-20:], "type": "NEW" if new else "ACTIVE"},
                                                                                              "inputs": [{"intent": "actions.intent.MAIN" if t["i"] == "MAIN" else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}],
                                                                                              "isInSandbox": True}},
               "session": sid}
        g = {"expectUserResponse": not t["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["say"]}}]}}
        if t["noinput"]:
            g["noInputPrompts"] = [{"textToSpeech": x} for x in t["noinput"]]
        if t["perm"]:
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", **t["perm"]}}
        resp = {"fulfillmentText": re_strip(t["say"]), "payload": {"google": g}}
        out.append({"request": req, "response": resp})
        new = t["end"]
    wtext(rel(c, path), "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in out))


G_RENDER = {"gactions-scene": r_gscene, "gactions-conversation": r_gsdk2, "dialogflow-webhook": r_df}
