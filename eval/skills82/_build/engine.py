"""Rendering engine for eval set 82: turns hand-written case specs (cases_*.py) into project folders.
Nothing here decides labels; every label, speech and model line is written in the case files."""
import hashlib, json, os, re, shutil, uuid, datetime

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
CASES = []

PERM = {
    "email": "alexa::profile:email:read", "mobile": "alexa::profile:mobile_number:read",
    "name": "alexa::profile:name:read", "given_name": "alexa::profile:given_name:read",
    "address": "read::alexa:device:all:address", "postal": "read::alexa:device:all:address:country_and_postal_code",
    "geo": "alexa::devices:all:geolocation:read", "list_read": "read::alexa:household:list",
    "list_write": "write::alexa:household:list", "reminders": "alexa::alerts:reminders:skill:readwrite",
}
BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent"]


def h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def uid(*parts):
    x = h(*parts)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def case(**kw):
    CASES.append(kw)
    return kw


def wr(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)


def ssml(text):
    if text is None:
        return None
    if text.startswith("<speak>"):
        return text
    return f"<speak>{text}</speak>"


# ---------------------------------------------------------------- Alexa package
def alexa_package(c, d):
    loc = c["locale"]
    locales = c.get("locales") or [loc]
    pub = {}
    for l in locales:
        pub[l] = {
            "summary": c.get("summary", c["desc"][:120]),
            "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"],
            "name": c["name"], "description": c["desc"],
            "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(c['id'])[:4]}/APP_ICON?versionId=small",
            "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{h(c['id'])[:4]}/APP_ICON_LARGE?versionId=large",
        }
        if c.get("keywords"):
            pub[l]["keywords"] = c["keywords"]
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or bool(c.get("personal")),
           "isChildDirected": bool(c.get("kids")), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pac["locales"] = {l: {"privacyPolicyUrl": c["policy"], **({"termsOfUseUrl": c["terms"]} if c.get("terms") else {})} for l in locales}
    man = {"manifest": {
        "publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                  "testingInstructions": c.get("testing", "Launch the skill and follow the prompts."),
                                  "category": c.get("category", "TRAVEL_AND_TRANSPORTATION"),
                                  "distributionCountries": c.get("countries", [loc.split("-")[1]]),
                                  "automaticDistribution": {"isActive": False}},
        "apis": {"custom": {"endpoint": {"uri": arn(c)}, **({"interfaces": c["interfaces"]} if c.get("interfaces") else {})}},
        "manifestVersion": "1.0",
        "privacyAndCompliance": pac}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": PERM.get(p, p)} for p in c["perms"]]
    wr(os.path.join(d, "skill-package", "skill.json"), man)
    for l in locales:
        intents = []
        for it in c.get("intents", []):
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            e = {"name": name}
            if slots:
                e["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
            e["samples"] = samples
            intents.append(e)
        names = {i["name"] for i in intents}
        for b in BUILTIN + (["AMAZON.FallbackIntent"] if c.get("fallback", True) else []):
            if b not in names:
                intents.append({"name": b, "samples": []})
        types = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in c.get("types", {}).items()]
        inv = c.get("inv_by_locale", {}).get(l, c["inv"])
        wr(os.path.join(d, "skill-package", "interactionModels", "custom", f"{l}.json"),
           {"interactionModel": {"languageModel": {"invocationName": inv, "intents": intents, "types": types}}})
    if c.get("code"):
        fn, src = c["code"]
        wr(os.path.join(d, "lambda", fn), src)
    wr(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"userConfig": {"runtime": "nodejs18.x" if not (c.get("code") and c["code"][0].endswith(".py")) else "python3.11",
                                               "handler": "index.handler", "awsRegion": region(c)},
                                "type": "@ask-cli/lambda-deployer"}}}})


def region(c):
    return {"en-GB": "eu-west-1", "de-DE": "eu-west-1", "fr-FR": "eu-west-1", "it-IT": "eu-west-1", "es-ES": "eu-west-1",
            "ja-JP": "us-west-2", "en-AU": "us-west-2", "en-IN": "eu-west-1", "pt-BR": "us-east-1"}.get(c["locale"], "us-east-1")


def arn(c):
    acct = str(int(h(c["id"], "acct")[:10], 16))[:12].rjust(12, "4")
    return f"arn:aws:lambda:{region(c)}:{acct}:function:{c['id'].split('-', 1)[1]}"


def skill_id(c):
    return "amzn1.ask.skill." + uid(c["id"], "skill")


# ---------------------------------------------------------------- Alexa conversation
def alexa_exchanges(c, turns, tag=""):
    """turns: list of dicts/tuples (utter, intent, slots, speech, reprompt, end). Returns list of dicts with
    utter, request, response; session ids change after a session ends."""
    out = []
    sess_n, new = 0, True
    base = datetime.datetime(2025, c.get("month", 3), 1 + int(h(c["id"])[:2], 16) % 27, 8 + int(h(c["id"])[2:4], 16) % 12, 5, 0)
    if tag:
        base = base + datetime.timedelta(days=c.get("drift_days", 97))
    user = "amzn1.ask.account." + h(c["id"], "user").upper()[:40]
    dev = "amzn1.ask.device." + h(c["id"], "dev").upper()[:40]
    for i, t in enumerate(turns):
        utter, intent, slots, speech, reprompt, end = (list(t) + [None] * 6)[:6]
        sid = "amzn1.echo-api.session." + uid(c["id"], tag, "s", sess_n)
        ts = (base + datetime.timedelta(seconds=9 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        rid = "amzn1.echo-api.request." + uid(c["id"], tag, "r", i)
        if intent == "LaunchRequest":
            r = {"type": "LaunchRequest", "requestId": rid, "locale": c["locale"], "timestamp": ts}
        elif intent == "SessionEndedRequest":
            r = {"type": "SessionEndedRequest", "requestId": rid, "locale": c["locale"], "timestamp": ts, "reason": "USER_INITIATED"}
        else:
            r = {"type": "IntentRequest", "requestId": rid, "locale": c["locale"], "timestamp": ts,
                 "intent": {"name": intent, "confirmationStatus": "NONE",
                            "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in (slots or {}).items()}}}
            if intent.startswith("AMAZON.") or not slots:
                r["intent"].pop("slots") if not slots else None
        sys_ = {"application": {"applicationId": skill_id(c)}, "user": {"userId": user},
                "device": {"deviceId": dev, "supportedInterfaces": {}},
                "apiEndpoint": "https://api.eu.amazonalexa.com" if region(c) == "eu-west-1" else ("https://api.fe.amazonalexa.com" if region(c) == "us-west-2" else "https://api.amazonalexa.com"),
                "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
        req = {"version": "1.0", "session": {"new": new, "sessionId": sid, "application": {"applicationId": skill_id(c)},
                                              "attributes": {}, "user": {"userId": user}},
               "context": {"System": sys_}, "request": r}
        resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.19.0"), "response": {}}
        if isinstance(speech, dict):
            resp["response"].update(speech)
        elif speech is not None:
            resp["response"]["outputSpeech"] = {"type": "SSML", "ssml": ssml(speech)}
        if reprompt is not None:
            resp["response"]["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(reprompt)}}
        if end is not None:
            resp["response"]["shouldEndSession"] = end
        if intent == "SessionEndedRequest":
            resp = {"version": "1.0", "response": {}}
        out.append({"utter": utter or "", "intent": intent, "request": req, "response": resp, "sid": sid, "ts": ts, "rid": rid})
        if end is True or intent == "SessionEndedRequest":
            sess_n += 1
            new = True
        elif end is None and speech is None:
            new = False
        else:
            new = False
    return out


def speech_of(resp):
    o = (resp.get("response") or {}).get("outputSpeech") or {}
    return o.get("ssml") or o.get("text") or ""


def rep_of(resp):
    o = ((resp.get("response") or {}).get("reprompt") or {}).get("outputSpeech") or {}
    return o.get("ssml") or o.get("text")


def strip_tags(s):
    return re.sub(r"<[^>]+>", "", s or "").strip()


# ---------------------------------------------------------------- shapes (Alexa)
def pretty_jest(o, ind=0):
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "{}"
        return "{\n" + "".join(f"{sp}  {json.dumps(k)}: {pretty_jest(v, ind + 1)},\n" for k, v in o.items()) + sp + "}"
    if isinstance(o, list):
        if not o:
            return "[]"
        return "[\n" + "".join(f"{sp}  {pretty_jest(v, ind + 1)},\n" for v in o) + sp + "]"
    return json.dumps(o, ensure_ascii=False).replace("`", "\\`")


def render_alexa(c, d, shape, ex, sub="", opts=None):
    opts = opts or {}
    base = os.path.join(d, sub) if sub else d
    name = c["id"].split("-", 1)[1]
    if shape == "envelope":
        for i, e in enumerate(ex):
            if e["intent"] == "SessionEndedRequest":
                continue
            lab = re.sub(r"[^a-z0-9]+", "-", (e["utter"] or e["intent"]).lower()).strip("-")[:28] or "turn"
            wr(os.path.join(base, opts.get("dir", "test/responses"), f"{i + 1:02d}-{lab}.json"), e["response"])
    elif shape == "pairs-jsonl":
        wr(os.path.join(base, opts.get("file", "logs/sessions.jsonl")),
           "".join(json.dumps({"request": e["request"], "response": e["response"]}, ensure_ascii=False) + "\n" for e in ex))
    elif shape == "pairs-array":
        wr(os.path.join(base, opts.get("file", "qa/exchanges.json")), [{"request": e["request"], "response": e["response"]} for e in ex])
    elif shape == "smapi-simulation":
        for i, e in enumerate(ex):
            if e["intent"] == "SessionEndedRequest":
                continue
            wr(os.path.join(base, opts.get("dir", "simulations"), f"sim-{i + 1:02d}.json"), {
                "id": uid(c["id"], "sim", i), "status": "SUCCESSFUL",
                "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speak", "content": {"caption": strip_tags(speech_of(e["response"]))}}],
                                                  "consideredIntents": [{"name": e["intent"], "confirmationStatus": "NONE", "slots": {}}]},
                           "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": arn(c), "body": e["request"]},
                                                                   "invocationResponse": {"body": e["response"]},
                                                                   "metrics": {"skillExecutionTimeInMilliseconds": 140 + i * 7}}]},
                           "error": None}})
    elif shape == "smapi-invocation":
        for i, e in enumerate(ex):
            wr(os.path.join(base, opts.get("dir", "invocations"), f"invoke-{i + 1:02d}.json"), {
                "id": uid(c["id"], "inv", i), "status": "SUCCESSFUL",
                "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": arn(c), "body": e["request"]},
                                                  "invocationResponse": {"body": e["response"]},
                                                  "metrics": {"skillExecutionTimeInMilliseconds": 210 + i}}, "error": None}})
    elif shape == "ask-dialog":
        dd = os.path.join(base, opts.get("dir", "dialog"))
        wr(os.path.join(dd, "replay.json"), {"skillId": skill_id(c), "locale": c["locale"], "type": "text",
                                             "userInput": [e["utter"] for e in ex if e["intent"] != "SessionEndedRequest"]})
        if opts.get("text"):
            lines = []
            for e in ex:
                if e["intent"] == "SessionEndedRequest":
                    continue
                lines.append(f"User  > {e['utter']}")
                lines.append(f"Alexa > {strip_tags(speech_of(e['response']))}")
                if rep_of(e["response"]) is not None:
                    lines.append(f"        (reprompt) {rep_of(e['response'])}")
                lines.append(f"        [shouldEndSession: {json.dumps(e['response'].get('response', {}).get('shouldEndSession'))}]")
            wr(os.path.join(dd, "record.txt"), "\n".join(lines) + "\n")
        else:
            wr(os.path.join(dd, "skill-io.json"), [{"utterance": e["utter"], "invocations": [
                {"invocationRequest": {"endpoint": arn(c), "body": e["request"]}, "invocationResponse": {"body": e["response"]}}]}
                for e in ex if e["intent"] != "SessionEndedRequest"])
    elif shape == "cloudwatch-text":
        py = opts.get("py")
        lines = []
        for i, e in enumerate(ex):
            lid = uid(c["id"], "lambda", i)
            t0 = e["ts"].replace("Z", ".118Z")
            lines.append(f"START RequestId: {lid} Version: $LATEST")
            if py:
                lines.append(f"[INFO]\t{t0}\t{lid}\t{opts.get('kw', 'Request:')} {json.dumps(e['request'], ensure_ascii=False)}")
                lines.append(f"[INFO]\t{t0}\t{lid}\t{opts.get('kw2', 'Response:')} {json.dumps(e['response'], ensure_ascii=False)}")
            else:
                lines.append(f"{t0}\t{lid}\tINFO\t{opts.get('kw', 'Request:')} {json.dumps(e['request'], ensure_ascii=False)}")
                lines.append(f"{t0}\t{lid}\tINFO\t{opts.get('kw2', 'Response:')} {json.dumps(e['response'], ensure_ascii=False)}")
            lines.append(f"END RequestId: {lid}")
            lines.append(f"REPORT RequestId: {lid}\tDuration: {80 + i * 3}.41 ms\tBilled Duration: {81 + i * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
        wr(os.path.join(base, opts.get("file", f"logs/aws-lambda-{name}.log")), "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        evs = []
        t = 1740000000000 + int(h(c["id"])[:6], 16)
        for i, e in enumerate(ex):
            lid = uid(c["id"], "lambda", i)
            for kw, body in (("Request:", e["request"]), ("Response:", e["response"])):
                t += 37
                evs.append({"logStreamName": f"2025/03/14/[$LATEST]{h(c['id'], 'ls')[:32]}", "timestamp": t,
                            "message": f"{e['ts']}\t{lid}\tINFO\t{kw} {json.dumps(body, ensure_ascii=False)}\n",
                            "ingestionTime": t + 410, "eventId": str(int(h(c['id'], i, kw)[:15], 16))})
        wr(os.path.join(base, opts.get("file", "logs/filter-log-events.json")), {"events": evs, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        url = opts.get("url", f"https://{name}.example-skills.net/alexa")
        for i, e in enumerate(ex):
            rq = json.dumps(e["request"], ensure_ascii=False)
            rs = json.dumps(e["response"], ensure_ascii=False)
            ents.append({"startedDateTime": e["ts"].replace("Z", ".000Z"), "time": 120 + i,
                         "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                 {"name": "Signature-256", "value": "REDACTED"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(rq),
                                     "postData": {"mimeType": "application/json", "text": rq}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                      "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                      "content": {"size": len(rs), "mimeType": "application/json", "text": rs},
                                      "redirectURL": "", "headersSize": -1, "bodySize": len(rs)},
                         "cache": {}, "timings": {"send": 1, "wait": 110 + i, "receive": 2}})
        wr(os.path.join(base, opts.get("file", "captures/endpoint.har")),
           {"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "10.1.5"}, "entries": ents}})
    elif shape == "transcript":
        lines = [f"# QA transcript {c['name']} ({c['locale']})"]
        for e in ex:
            if e["intent"] == "SessionEndedRequest":
                lines.append(f"[{e['ts']}] (session ended by user)")
                continue
            lines.append(f"[{e['ts']}] USER: {e['utter']}")
            lines.append(f"[{e['ts']}] SKILL: {strip_tags(speech_of(e['response']))}")
            if rep_of(e["response"]) is not None:
                lines.append(f"[{e['ts']}] REPROMPT: {rep_of(e['response'])}")
            lines.append(f"[{e['ts']}] session_open={str(not e['response']['response'].get('shouldEndSession', False)).lower()}")
        wr(os.path.join(base, opts.get("file", "qa/transcript.txt")), "\n".join(lines) + "\n")
    # ---- new shapes
    elif shape == "bespoken-yaml":
        L = ["---", "configuration:", f"  locale: {c['locale']}", "  interactionModel: ../../skill-package/interactionModels/custom/" + c["locale"] + ".json",
             "  handler: ../../lambda/index.handler", "", "---", f"- test: {c['name']} recorded run ({opts.get('label', 'regression')})"]
        for e in ex:
            if e["intent"] == "SessionEndedRequest":
                L.append("- SessionEndedRequest: \"\"")
                continue
            if e["intent"] == "LaunchRequest":
                head = "LaunchRequest"
            else:
                slots = e["request"]["request"]["intent"].get("slots") or {}
                head = e["intent"] + "".join(f" {k}={json.dumps(v['value'], ensure_ascii=False)}" for k, v in slots.items())
            L.append(f"- {head}:")
            L.append(f"  - prompt: {json.dumps(speech_of(e['response']), ensure_ascii=False)}")
            if rep_of(e["response"]) is not None:
                L.append(f"  - reprompt: {json.dumps(rep_of(e['response']), ensure_ascii=False)}")
            if "shouldEndSession" in e["response"]["response"]:
                L.append(f"  - response.shouldEndSession: {str(e['response']['response']['shouldEndSession']).lower()}")
        wr(os.path.join(base, opts.get("file", "test/unit/recorded.test.yml")), "\n".join(L) + "\n")
    elif shape == "jest-snapshot":
        L = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
        for i, e in enumerate(ex):
            if e["intent"] == "SessionEndedRequest":
                continue
            L.append(f"exports[`{c['name']} > {e['intent']} ({e['utter']}) 1`] = `\n{pretty_jest(e['response'])}\n`;")
            L.append("")
        wr(os.path.join(base, opts.get("file", "lambda/__tests__/__snapshots__/handlers.test.js.snap")), "\n".join(L))
    elif shape == "postman-collection":
        items = []
        for i, e in enumerate(ex):
            items.append({"name": f"{i + 1:02d} {e['utter'] or e['intent']}",
                          "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                                      "body": {"mode": "raw", "raw": json.dumps(e["request"], indent=2, ensure_ascii=False)},
                                      "url": {"raw": "{{skill_endpoint}}/alexa", "host": ["{{skill_endpoint}}"], "path": ["alexa"]}},
                          "response": [{"name": "recorded", "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                        "header": [{"key": "Content-Type", "value": "application/json"}],
                                        "body": json.dumps(e["response"], indent=2, ensure_ascii=False)}]})
        wr(os.path.join(base, opts.get("file", f"postman/{name}.postman_collection.json")),
           {"info": {"_postman_id": uid(c["id"], "pm"), "name": f"{c['name']} endpoint", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "item": items, "variable": [{"key": "skill_endpoint", "value": "http://localhost:3000"}]})
    elif shape == "markdown-bug-report":
        L = [f"# {opts.get('title', 'Bug report: ' + c['name'])}", "", opts.get("intro", "Reproduced on an Echo Dot (4th gen) with the developer console; Skill I/O pasted below."), ""]
        for i, e in enumerate(ex):
            L += [f"## Step {i + 1}: \"{e['utter'] or e['intent']}\"", "", "JSON Input:", "", "```json", json.dumps(e["request"], indent=2, ensure_ascii=False), "```", "",
                  "JSON Output:", "", "```json", json.dumps(e["response"], indent=2, ensure_ascii=False), "```", ""]
        wr(os.path.join(base, opts.get("file", "docs/bugs/REPRO.md")), "\n".join(L))
    elif shape == "sam-local-output":
        for i, e in enumerate(ex):
            lab = re.sub(r"[^a-z0-9]+", "-", (e["utter"] or e["intent"]).lower()).strip("-")[:24] or "turn"
            wr(os.path.join(base, "events", f"{i + 1:02d}-{lab}.json"), e["request"])
            lid = uid(c["id"], "sam", i)
            out = (f"Invoking index.handler (nodejs18.x)\nLocal image is up-to-date\nUsing local image: public.ecr.aws/lambda/nodejs:18-rapid-x86_64.\n\n"
                   f"Mounting /home/dev/{name}/lambda as /var/task:ro,delegated, inside runtime container\n"
                   f"START RequestId: {lid} Version: $LATEST\nEND RequestId: {lid}\n"
                   f"REPORT RequestId: {lid}\tInit Duration: 0.41 ms\tDuration: 512.20 ms\tBilled Duration: 513 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB\n"
                   + json.dumps(e["response"], ensure_ascii=False) + "\n")
            wr(os.path.join(base, "events", "out", f"{i + 1:02d}-{lab}.txt"), out)
    elif shape == "csv-transcript":
        import csv, io
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["session_id", "turn", "timestamp", "speaker", "text", "reprompt", "should_end_session"])
        for i, e in enumerate(ex):
            w.writerow([e["sid"], i + 1, e["ts"], "user", e["utter"], "", ""])
            if e["intent"] != "SessionEndedRequest":
                r = e["response"]["response"]
                w.writerow([e["sid"], i + 1, e["ts"], "skill", speech_of(e["response"]), rep_of(e["response"]) or "",
                            "" if "shouldEndSession" not in r else str(r["shouldEndSession"]).lower()])
        wr(os.path.join(base, opts.get("file", "exports/conversations.csv")), buf.getvalue())
    elif shape == "cucumber-json":
        steps = []
        for i, e in enumerate(ex):
            steps.append({"keyword": "When " if i else "Given ", "name": f"the user says \"{e['utter'] or e['intent']}\"", "line": 6 + 2 * i,
                          "match": {"location": "features/step_definitions/alexa.steps.js:14"},
                          "result": {"status": "passed", "duration": 120000000},
                          "doc_string": {"content_type": "application/json", "line": 7 + 2 * i,
                                         "value": json.dumps(e["response"], ensure_ascii=False)}})
        wr(os.path.join(base, opts.get("file", "reports/cucumber-report.json")),
           [{"uri": f"features/{name}.feature", "id": name, "keyword": "Feature", "name": c["name"], "line": 1,
             "elements": [{"id": f"{name};recorded-conversation", "keyword": "Scenario", "name": "recorded conversation",
                           "line": 4, "type": "scenario", "steps": steps}]}])
    elif shape == "analytics-jsonl":
        L = []
        for i, e in enumerate(ex):
            r = e["response"]["response"]
            L.append(json.dumps({"event_time": e["ts"], "event_type": "skill.turn", "skill": c["name"], "session_id": e["sid"],
                                 "request_type": e["request"]["request"]["type"], "intent": e["intent"] if e["intent"].endswith("Intent") else None,
                                 "utterance": e["utter"], "output_ssml": speech_of(e["response"]) or None,
                                 "reprompt_ssml": rep_of(e["response"]), "should_end_session": r.get("shouldEndSession"),
                                 "latency_ms": 180 + 11 * i}, ensure_ascii=False))
        wr(os.path.join(base, opts.get("file", "analytics/firehose-2025-03.jsonl")), "\n".join(L) + "\n")
    else:
        raise ValueError(shape)


# ---------------------------------------------------------------- Google projects
def yaml_q(s):
    return json.dumps(s, ensure_ascii=False)


def google_project(c, d):
    kind = c["platform"]
    lang = c["locale"].split("-")[0]
    if kind == "builder":
        S = ["defaultLocale: " + lang, "projectId: " + c["id"].split("-", 1)[1] + "-" + h(c["id"])[:5],
             "localizedSettings:", f"  displayName: {yaml_q(c['name'])}", f"  pronunciation: {yaml_q(c['inv'])}",
             f"  shortDescription: {yaml_q(c['desc'][:80])}", f"  fullDescription: {yaml_q(c['desc'])}",
             f"  developerName: {yaml_q(c.get('dev', 'Wayfarer Labs'))}", f"  developerEmail: dev@{c['id'].split('-', 1)[1]}.example",
             f"  privacyPolicyUrl: {yaml_q(c['policy'])}" if c.get("policy") else "  privacyPolicyUrl: \"\"",
             "  sampleInvocations:"] + [f"  - {yaml_q(x)}" for x in (c.get("examples") or [f"Talk to {c['inv']}"])] + \
            ["category: TRAVEL_AND_TRANSPORTATION", "usesTransactionsApi: false", "usesDigitalPurchaseApi: false",
             f"designedForFamily: {str(bool(c.get('kids'))).lower()}", "containsAlcoholOrTobaccoContent: false", "keepsMicOpen: false",
             "surfaceRequirements: {}", "localizedSettings_extra: null"][:-1]
        wr(os.path.join(d, "sdk", "settings", "settings.yaml"), "\n".join(S) + "\n")
        wr(os.path.join(d, "sdk", "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    transitionToScene: Start\n")
        wr(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), "handlers:\n- name: main\n" + "".join(f"- name: {x}\n" for x in c.get("handlers", [])) + "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
        for it in c.get("intents", []):
            name, phrases = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            y = ""
            if params:
                y += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in params.items())
            def ex(m):
                t = params.get(m.group(1), "")
                vals = c.get("types", {}).get(t)
                v = vals[0] if isinstance(vals, list) else {"actions.type.Number": "42"}.get(t, "something")
                return f"(${m.group(1)} '{v}' auto=true)"
            y += "trainingPhrases:\n" + "".join("- " + yaml_q(re.sub(r"[$](\w+)", ex, p)) + "\n" for p in phrases)
            wr(os.path.join(d, "sdk", "custom", "intents", f"{name}.yaml"), y)
        for t, vals in c.get("types", {}).items():
            if vals == "freeText":
                wr(os.path.join(d, "sdk", "custom", "types", f"{t}.yaml"), "freeText: {}\n")
            else:
                wr(os.path.join(d, "sdk", "custom", "types", f"{t}.yaml"), "synonym:\n  entities:\n" + "".join(f"    {v}:\n      synonyms:\n      - {yaml_q(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
        for sc, body in c.get("scenes", {}).items():
            wr(os.path.join(d, "sdk", "custom", "scenes", f"{sc}.yaml"), body)
    elif kind == "dialogflow":
        wr(os.path.join(d, "agent.json"), {"description": c["desc"], "language": lang, "shortDescription": c["desc"][:60], "examples": "",
                                           "linkToDocs": "", "displayName": c["name"], "disableInteractionLogs": False,
                                           "disableStackdriverLogs": True, "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"].split("-", 1)[1],
                                           "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": [],
                                           "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": c.get("policy", ""), "grantType": "AUTH_CODE_GRANT"},
                                           "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
                                           "defaultTimezone": c.get("tz", "Europe/London"), "webhook": {"url": f"https://europe-west2-{c['id'].split('-', 1)[1]}.cloudfunctions.net/dialogflowFirebaseFulfillment", "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                                           "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False})
        wr(os.path.join(d, "package.json"), {"version": "1.0.0"})
        for it in c.get("intents", []):
            name, phrases = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            reply = it[3] if len(it) > 3 else []
            wr(os.path.join(d, "intents", f"{name}.json"), {"id": uid(c["id"], name), "name": name, "auto": True, "contexts": [],
                "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                               "parameters": [{"id": uid(c["id"], name, k), "required": False, "dataType": v, "name": k, "value": "$" + k, "isList": False} for k, v in params.items()],
                               "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "condition": "", "speech": reply}] if reply else [],
                               "speech": [], "defaultResponsePlatforms": {}}],
                "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name == "Default Fallback Intent", "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else [], "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []})
            if phrases:
                us = []
                for p in phrases:
                    parts = []
                    for tok in re.split(r"(\{[^}]+\})", p):
                        if not tok:
                            continue
                        m = re.match(r"\{(\w+)(?::([^}]+))?\}", tok)
                        if m:
                            k = m.group(1)
                            parts.append({"text": m.group(2) or k, "alias": k, "meta": params.get(k, "@sys.any"), "userDefined": True})
                        else:
                            parts.append({"text": tok, "userDefined": False})
                    us.append({"id": uid(c["id"], name, p), "data": parts, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
                wr(os.path.join(d, "intents", f"{name}_usersays_{lang}.json"), us)
        for t, vals in c.get("types", {}).items():
            wr(os.path.join(d, "entities", f"{t}.json"), {"id": uid(c["id"], t), "name": t, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            wr(os.path.join(d, "entities", f"{t}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])
    elif kind == "v2":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["id"].split("-", 1)[1]},
                 "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c.get("examples") or [f"talk to {c['inv']}"]}}}]
        for it in c.get("intents", []):
            name, phrases = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            acts.append({"description": name, "name": name.upper(), "fulfillment": {"conversationName": c["id"].split("-", 1)[1]},
                         "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in params.items()],
                                    "trigger": {"queryPatterns": phrases}}})
        wr(os.path.join(d, "action.json"), {"actions": acts, "conversations": {c["id"].split("-", 1)[1]: {"name": c["id"].split("-", 1)[1], "url": f"https://{c['id'].split('-', 1)[1]}.example-actions.net/fulfillment", "fulfillmentApiVersion": 2}},
                                            "locale": c["locale"].split("-")[0] if c["locale"].startswith("en") else c["locale"],
                                            "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:60], "longDescription": c["desc"], "category": "TRAVEL_AND_TRANSPORTATION",
                                                         "privacyUrl": c.get("policy", ""), "voiceName": "male_1"}})


def render_google(c, d, shape, turns, sub="", opts=None):
    """turns: (user, intent, params, speech, end, extra) extra may hold 'permission':[...], 'noinput':[...], 'scene':..."""
    opts = opts or {}
    base = os.path.join(d, sub) if sub else d
    conv = "ABwppHF" + h(c["id"], sub, "conv")[:30]
    lang = c["locale"]
    L = []
    for i, t in enumerate(turns):
        user, intent, params, speech, end, extra = (list(t) + [None] * 6)[:6]
        extra = extra or {}
        if shape == "gactions-conversation":
            req = {"user": {"locale": lang, "lastSeen": "2025-03-01T10:00:00Z", "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": conv, "type": "NEW" if i == 0 else "ACTIVE", **({"conversationToken": "[]"} if i else {})},
                   "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": user}],
                               "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in (params or {}).items()]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True,
                   "availableSurfaces": [], "requestType": "SIMULATOR"}
            if end:
                res = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}}
            else:
                res = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": speech}}]},
                                                                                       **({"noInputPrompts": [{"textToSpeech": x} for x in extra["noinput"]]} if "noinput" in extra else {})},
                                                                       "possibleIntents": [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": extra.get("optContext", ""), "permissions": extra["permission"]}}] if "permission" in extra else [{"intent": "actions.intent.TEXT"}]}],
                       "conversationToken": "[]"}
            L.append({"request": req, "response": res})
        elif shape == "dialogflow-webhook":
            sess = f"projects/{c['id'].split('-', 1)[1]}/agent/sessions/{conv}"
            req = {"responseId": uid(c["id"], sub, "resp", i), "session": sess,
                   "queryResult": {"queryText": user, "parameters": params or {}, "allRequiredParamsPresent": True,
                                   "intent": {"name": f"projects/{c['id'].split('-', 1)[1]}/agent/intents/{uid(c['id'], intent)}", "displayName": intent},
                                   "intentDetectionConfidence": 0.87, "languageCode": lang.lower() if not lang.startswith("en") else "en"},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": {"locale": lang, "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": conv, "type": "NEW" if i == 0 else "ACTIVE"},
                       "inputs": [{"intent": "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": user}]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
            g = {"expectUserResponse": not end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}
            if "permission" in extra:
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": extra.get("optContext", ""), "permissions": extra["permission"]}}
            if "noinput" in extra:
                g["noInputPrompts"] = [{"textToSpeech": x} for x in extra["noinput"]]
            res = {"fulfillmentText": strip_tags(speech), "payload": {"google": g}}
            L.append({"request": req, "response": res})
        elif shape in ("gactions-scene", "actions-sendinteraction"):
            sc = extra.get("scene", "Start")
            nxt = extra.get("next", "actions.scene.END_CONVERSATION" if end else None)
            if shape == "gactions-scene":
                req = {"handler": {"name": extra.get("handler", "main" if i == 0 else intent)},
                       "intent": {"name": "actions.intent.MAIN" if i == 0 else intent, "params": {k: {"original": v, "resolved": v} for k, v in (params or {}).items()}, "query": user},
                       "scene": {"name": sc, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                       "session": {"id": conv, "params": {}, "typeOverrides": [], "languageCode": lang},
                       "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": []},
                       "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
                res = {"session": {"id": conv, "params": {}, "languageCode": ""}, "prompt": {"override": False, "firstSimple": {"speech": speech, "text": strip_tags(speech)}}}
                if nxt:
                    res["scene"] = {"name": sc, "slots": {}, "next": {"name": nxt}}
                if "permission" in extra:
                    res.setdefault("scene", {"name": sc, "slots": {}})
                    res["scene"]["slots"] = {"permission": {"mode": "REQUIRED", "status": "SLOT_UNSPECIFIED", "updated": False, "value": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec", "context": extra.get("optContext", ""), "permissions": extra["permission"]}}}
                L.append({"request": req, "response": res})
            else:
                L.append({"input": {"query": user, "type": "VOICE"}, "output": {"text": strip_tags(speech), "speech": [speech], "canvas": None,
                          "actionsBuilderPrompt": {"firstSimple": {"speech": speech, "text": strip_tags(speech)}}},
                          "diagnostics": {"actionsBuilderEvents": [{"eventTime": f"2025-04-0{1 + i % 8}T09:1{i % 10}:00Z", "executionState": {"currentSceneId": sc, "sessionStorage": {}},
                                                                   "status": {}, "intentMatch": {"intentId": intent, "intentParameters": {k: {"original": v, "resolved": v} for k, v in (params or {}).items()}, "handler": intent},
                                                                   **({"endConversation": {}} if end else {"waitUserInput": {}})}]}})
    if shape == "gactions-conversation":
        for i, p in enumerate(L):
            wr(os.path.join(base, opts.get("dir", "test/webhook"), f"turn{i + 1}.json"), p)
    elif shape == "dialogflow-webhook":
        wr(os.path.join(base, opts.get("file", "fulfillment/test/recorded-webhook.json")), L)
    elif shape == "gactions-scene":
        wr(os.path.join(base, opts.get("file", "webhook/test/recorded-turns.json")), L)
    elif shape == "actions-sendinteraction":
        wr(os.path.join(base, opts.get("file", "test/send-interaction.jsonl")), "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in L))


# ---------------------------------------------------------------- build all
def build(cases):
    labels = {}
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    for c in cases:
        d = os.path.join(OUT, c["id"])
        google = c.get("platform") in ("builder", "dialogflow", "v2")
        (google_project if google else alexa_package)(c, d)
        shapes = []
        for rec in c["recs"]:
            shape, turns = rec[0], rec[1]
            sub = rec[2] if len(rec) > 2 else ""
            opts = rec[3] if len(rec) > 3 else None
            if google:
                render_google(c, d, shape, turns, sub, opts)
            else:
                render_alexa(c, d, shape, alexa_exchanges(c, turns, tag=sub), sub, opts)
            if shape not in shapes:
                shapes.append(shape)
        for p, content in (c.get("extra_files") or {}).items():
            wr(os.path.join(d, p), content)
        labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
    wr(os.path.join(os.path.dirname(OUT), "labels.json"), labels)
    return labels
