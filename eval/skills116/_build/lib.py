"""Builders for set 116: skill projects (Alexa / Actions Builder / Actions SDK v2 / Dialogflow) and
recordings in many shapes.  All case content lives in cases_*.py; this file only formats it."""
import hashlib, json, os, uuid, random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "cases")

PERMS = {
    "email": "alexa::profile:email:read",
    "phone": "alexa::profile:mobile_number:read",
    "name": "alexa::profile:name:read",
    "given_name": "alexa::profile:given_name:read",
    "address": "read::alexa:device:all:address",
    "postal": "read::alexa:device:all:address:country_and_postal_code",
    "geo": "alexa::devices:all:geolocation:read",
    "list_read": "read::alexa:household:list",
    "list_write": "write::alexa:household:list",
    "reminders": "alexa::alerts:reminders:skill:readwrite",
    "person": "alexa::person_id:read",
}
BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
           "AMAZON.FallbackIntent"]


def h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def uid(*parts):
    return str(uuid.UUID(h(*parts)[:32]))


def w(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(data, str):
            f.write(data)
        else:
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.write("\n")


def ssml(text):
    if text is None:
        return None
    t = text.strip() if text.strip().startswith("<speak>") else text
    return t if t.startswith("<speak>") else "<speak>" + text + "</speak>"


# ---------------------------------------------------------------- Alexa project
def alexa_project(d, c):
    loc = c["loc"]
    locales = c.get("extra_locales", {})
    pub = {loc: {
        "summary": c["desc"][:160], "description": c["desc"],
        "examplePhrases": c.get("examples") or [c.get("wake", "Alexa") + ", open " + c["inv"]],
        "name": c["name"], "keywords": c.get("keywords", []),
        "smallIconUri": "https://example-cdn.%s.io/icons/108.png" % c["slug"],
        "largeIconUri": "https://example-cdn.%s.io/icons/512.png" % c["slug"]}}
    priv = {"allowsPurchases": c.get("purchases", False), "usesPersonalInfo": bool(c.get("perms")),
            "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        priv["locales"] = {loc: {"privacyPolicyUrl": c["policy"],
                                 "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"}}
    manifest = {"manifest": {
        "manifestVersion": "1.0",
        "publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                  "distributionCountries": [loc.split("-")[1]],
                                  "category": c.get("category", "GAMES"),
                                  "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                  "automaticDistribution": {"isActive": False}},
        "apis": {"custom": {"endpoint": c.get("endpoint") or {
            "uri": "arn:aws:lambda:us-east-1:%s:function:%s" % (str(int(h(c["slug"])[:10], 16))[:12], c["slug"])},
            **({"interfaces": c["interfaces"]} if c.get("interfaces") else {})}},
        "privacyAndCompliance": priv}}
    if c.get("perms"):
        manifest["manifest"]["permissions"] = [{"name": PERMS.get(p, p)} for p in c["perms"]]
    if c.get("manifest_patch"):
        c["manifest_patch"](manifest["manifest"])
    w(os.path.join(d, "skill-package", "skill.json"), manifest)
    w(os.path.join(d, "skill-package", "interactionModels", "custom", loc + ".json"), model_json(c, c["inv"]))
    for l2, inv2 in locales.items():
        w(os.path.join(d, "skill-package", "interactionModels", "custom", l2 + ".json"), model_json(c, inv2))
    if c.get("code"):
      w(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
                                "userConfig": ({"runtime": "python3.11", "handler": "lambda_function.lambda_handler"}
                                               if c["code"].lstrip().startswith(("import", "from", "#"))
                                               else {"runtime": "nodejs18.x", "handler": "index.handler"})}}}})
    if c.get("code"):
        name = "lambda/lambda_function.py" if c["code"].lstrip().startswith(("import", "from", "#")) else "lambda/index.js"
        w(os.path.join(d, name), c["code"])


def model_json(c, inv):
    intents = []
    for it in c.get("intents", []):
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        o = {"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples}
        if not slots:
            del o["slots"]
        intents.append(o)
    for b in BUILTIN:
        if not any(i["name"] == b for i in intents):
            intents.append({"name": b, "samples": []})
    types = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in c.get("types", {}).items()]
    lm = {"invocationName": inv, "intents": intents, "types": types}
    out = {"interactionModel": {"languageModel": lm}}
    if c.get("dialog"):
        out["interactionModel"]["dialog"] = c["dialog"]
    return out


# ---------------------------------------------------------------- Alexa requests / responses
class Sess:
    def __init__(self, c, turns, date, tag):
        self.c, self.turns, self.date, self.tag = c, turns, date, tag


def expand(c, sessions, date, tag="a"):
    """sessions: list of list of turns (req, speech, reprompt, end[, extra]).  Returns flat list of
    (request_envelope, response_envelope, meta) with session ids and timestamps."""
    out = []
    appid = "amzn1.ask.skill." + uid(c["slug"], "app")
    userid = "amzn1.ask.account." + h(c["slug"], "user").upper()[:40] + "AEXAMPLE"
    devid = "amzn1.ask.device." + h(c["slug"], "dev").upper()[:40]
    minute = 0
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(c["slug"], tag, si)
        attrs = None
        for ti, t in enumerate(sess):
            req, speech, rep, end = t[0], t[1], t[2], t[3]
            minute += 1
            ts = "%sT%02d:%02d:%02dZ" % (date, 18 + minute // 60, minute % 60, (ti * 7) % 60)
            rid = "amzn1.echo-api.request." + uid(c["slug"], tag, si, ti)
            body = {"requestId": rid, "timestamp": ts, "locale": c.get("rec_loc", c["loc"])}
            if req == "Launch":
                body = {"type": "LaunchRequest", **body, "shouldLinkResultBeReturned": False}
            elif req == "End":
                body = {"type": "SessionEndedRequest", **body, "reason": "USER_INITIATED"}
            else:
                if isinstance(req, str):
                    req = (req, {})
                iname = {"Stop": "AMAZON.StopIntent", "Cancel": "AMAZON.CancelIntent", "Help": "AMAZON.HelpIntent",
                         "Yes": "AMAZON.YesIntent", "No": "AMAZON.NoIntent", "Fallback": "AMAZON.FallbackIntent"}.get(req[0], req[0])
                slots = {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in req[1].items()}
                body = {"type": "IntentRequest", **body, "dialogState": "COMPLETED" if slots else None,
                        "intent": {"name": iname, "confirmationStatus": "NONE", **({"slots": slots} if slots else {})}}
                if body["dialogState"] is None:
                    del body["dialogState"]
            envreq = {"version": "1.0",
                      "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": appid},
                                  "user": {"userId": userid}, **({"attributes": attrs} if ti else {})},
                      "context": {"System": {"application": {"applicationId": appid}, "user": {"userId": userid},
                                             "device": {"deviceId": devid, "supportedInterfaces": {"Display": {}} if c.get("screen") else {}},
                                             "apiEndpoint": "https://api.amazonalexa.com",
                                             "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJraWQiOiIxIn0.REDACTED"}},
                      "request": body}
            if req == "End":
                out.append((envreq, None, {"ts": ts, "sid": sid, "utt": t[4] if len(t) > 4 else ""}))
                continue
            resp = {}
            if speech is not None:
                resp["outputSpeech"] = {"type": "SSML", "ssml": ssml(speech)}
            if rep is not None:
                resp["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(rep)}}
            extra = t[4] if len(t) > 4 else {}
            if isinstance(extra, dict):
                for k, v in extra.items():
                    if k != "utt":
                        resp[k] = v
            if end is not None:
                resp["shouldEndSession"] = end
            attrs = {"turn": ti + 1}
            envresp = {"version": "1.0", "sessionAttributes": attrs,
                       "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": resp}
            utt = extra.get("utt") if isinstance(extra, dict) else None
            out.append((envreq, envresp, {"ts": ts, "sid": sid, "rid": rid, "utt": utt or guess_utt(c, req)}))
    return out


def guess_utt(c, req):
    if req == "Launch":
        return "open " + c["inv"]
    if isinstance(req, str):
        req = (req, {})
    m = {"Stop": "stop", "Cancel": "cancel", "Help": "help", "Yes": "yes", "No": "no"}
    if req[0] in m:
        return m[req[0]]
    return " ".join(req[1].values()) or req[0]


def plain(s):
    if s is None:
        return ""
    import re
    return re.sub(r"<[^>]+>", "", s)


def write_rec(d, c, shape, path, sessions, date, tag="a"):
    pairs = expand(c, sessions, date, tag)
    p = os.path.join(d, path)
    live = [(a, b, m) for a, b, m in pairs if b is not None]
    if shape == "envelope":
        base, ext = os.path.splitext(p)
        for i, (a, b, m) in enumerate(live):
            w("%s-%02d%s" % (base, i + 1, ext or ".json"), b)
    elif shape == "pairs-jsonl":
        w(p, "".join(json.dumps({"request": a, "response": b}, ensure_ascii=False) + "\n" for a, b, m in pairs))
    elif shape == "pairs-array":
        w(p, [{"request": a, "response": b} for a, b, m in pairs])
    elif shape == "smapi-simulation":
        base, ext = os.path.splitext(p)
        for i, (a, b, m) in enumerate(live):
            w("%s-%02d.json" % (base, i + 1), {"id": uid(c["slug"], "sim", tag, i), "status": "SUCCESSFUL", "result": {
                "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain((b["response"].get("outputSpeech") or {}).get("ssml"))}}],
                                       "consideredIntents": []},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:000000000000:function:" + c["slug"], "body": a},
                                                        "invocationResponse": {"body": b},
                                                        "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 13}}]},
                "error": None}})
    elif shape == "smapi-invocation":
        base, ext = os.path.splitext(p)
        for i, (a, b, m) in enumerate(live):
            w("%s-%02d.json" % (base, i + 1), {"id": uid(c["slug"], "inv", tag, i), "status": "SUCCESSFUL", "result": {
                "skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:000000000000:function:" + c["slug"], "body": a},
                                       "invocationResponse": {"body": b},
                                       "metrics": {"skillExecutionTimeInMilliseconds": 95 + i}}}})
    elif shape == "ask-dialog":
        base = os.path.splitext(p)[0]
        w(base + ".replay.json", {"skillId": "amzn1.ask.skill." + uid(c["slug"], "app"), "locale": c["loc"], "type": "text",
                                  "userInput": [m["utt"] for a, b, m in live]})
        w(base + ".output.json", [{"utterance": m["utt"], "invocations": [{"invocationRequest": {"body": a}, "invocationResponse": {"body": b}}]}
                                  for a, b, m in live])
    elif shape == "cloudwatch-text":
        lines = []
        for a, b, m in pairs:
            rid = uid(c["slug"], "cw", m["ts"])
            lines.append("START RequestId: %s Version: $LATEST" % rid)
            lines.append("%s\t%s\tINFO\tRequest: %s" % (m["ts"].replace("Z", ".101Z"), rid, json.dumps(a, ensure_ascii=False)))
            if b:
                lines.append("%s\t%s\tINFO\tResponse: %s" % (m["ts"].replace("Z", ".377Z"), rid, json.dumps(b, ensure_ascii=False)))
            lines.append("END RequestId: %s" % rid)
            lines.append("REPORT RequestId: %s\tDuration: 276.41 ms\tBilled Duration: 277 ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB" % rid)
        w(p, "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for i, (a, b, m) in enumerate(pairs):
            rid = uid(c["slug"], "cwj", m["ts"])
            t0 = 1700000000000 + i * 60000
            ev.append({"logStreamName": "2024/11/02/[$LATEST]" + h(c["slug"])[:32], "timestamp": t0,
                       "message": "%s\t%s\tINFO\tRequest: %s\n" % (m["ts"], rid, json.dumps(a, ensure_ascii=False)), "ingestionTime": t0 + 400, "eventId": h(rid, 1)[:56]})
            if b:
                ev.append({"logStreamName": "2024/11/02/[$LATEST]" + h(c["slug"])[:32], "timestamp": t0 + 250,
                           "message": "%s\t%s\tINFO\tResponse: %s\n" % (m["ts"], rid, json.dumps(b, ensure_ascii=False)), "ingestionTime": t0 + 600, "eventId": h(rid, 2)[:56]})
        w(p, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for a, b, m in live:
            ents.append({"startedDateTime": m["ts"].replace("Z", ".000Z"), "time": 212,
                         "request": {"method": "POST", "url": "https://%s.ngrok-free.app/alexa" % c["slug"], "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "REDACTED"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                     "postData": {"mimeType": "application/json", "text": json.dumps(a, ensure_ascii=False)}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                                      "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(b, ensure_ascii=False)},
                                      "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 11}})
        w(p, {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "121.0"}, "pages": [], "entries": ents}})
    elif shape == "transcript":
        lines = ["# QA run %s  skill=%s locale=%s" % (date, c["inv"], c["loc"])]
        for a, b, m in live:
            lines.append("[%s] USER: %s" % (m["ts"], m["utt"]))
            lines.append("[%s] SKILL: %s" % (m["ts"], plain(b["response"].get("outputSpeech", {}).get("ssml"))))
            if "reprompt" in b["response"]:
                lines.append("[%s] SKILL (reprompt): %s" % (m["ts"], plain(b["response"]["reprompt"]["outputSpeech"]["ssml"])))
            lines.append("    session_open=%s" % str(not b["response"].get("shouldEndSession", True) if "shouldEndSession" in b["response"] else True).lower())
        w(p, "\n".join(lines) + "\n")
    # ---------------- shapes not in set 1
    elif shape == "jest-snapshot":
        parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
        for i, (a, b, m) in enumerate(live):
            name = "%s > %s %d" % (c["name"], m["utt"], i + 1)
            parts.append("exports[`%s`] = `\n%s\n`;\n" % (name.replace("`", "'"), js_obj(b, 0)))
        w(p, "\n".join(parts))
    elif shape == "postman-collection":
        items = []
        for i, (a, b, m) in enumerate(live):
            reqo = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                    "body": {"mode": "raw", "raw": json.dumps(a, indent=2, ensure_ascii=False), "options": {"raw": {"language": "json"}}},
                    "url": {"raw": "{{skill_url}}/alexa", "host": ["{{skill_url}}"], "path": ["alexa"]}}
            items.append({"name": "%02d %s" % (i + 1, m["utt"]), "request": reqo,
                          "response": [{"name": "saved %s" % m["ts"], "originalRequest": reqo, "status": "OK", "code": 200,
                                        "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}],
                                        "body": json.dumps(b, indent=2, ensure_ascii=False)}]})
        w(p, {"info": {"_postman_id": uid(c["slug"], "pm"), "name": c["name"] + " webhook",
                       "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
              "item": items, "variable": [{"key": "skill_url", "value": "http://localhost:3000"}]})
    elif shape == "curl-verbose":
        out = []
        for a, b, m in live:
            body = json.dumps(a, ensure_ascii=False)
            rb = json.dumps(b, ensure_ascii=False)
            out.append("$ curl -v -X POST http://localhost:8080/ -H 'Content-Type: application/json' -d @req.json\n"
                       "*   Trying 127.0.0.1:8080...\n* Connected to localhost (127.0.0.1) port 8080 (#0)\n"
                       "> POST / HTTP/1.1\n> Host: localhost:8080\n> User-Agent: curl/8.4.0\n> Accept: */*\n"
                       "> Content-Type: application/json\n> Content-Length: %d\n>\n%s\n"
                       "< HTTP/1.1 200 OK\n< Content-Type: application/json; charset=utf-8\n< Content-Length: %d\n<\n%s\n"
                       "* Connection #0 to host localhost left intact\n" % (len(body.encode()), body, len(rb.encode()), rb))
        w(p, "\n".join(out))
    elif shape == "junit-xml":
        from xml.sax.saxutils import escape
        cases = []
        for i, (a, b, m) in enumerate(live):
            cases.append('    <testcase classname="tests.test_flows" name="test_%02d_%s" time="0.%03d">\n      <system-out>%s</system-out>\n    </testcase>'
                         % (i + 1, "".join(ch if ch.isalnum() else "_" for ch in m["utt"])[:40], 40 + i,
                            escape("request=" + json.dumps(a, ensure_ascii=False) + "\nresponse=" + json.dumps(b, ensure_ascii=False))))
        w(p, '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="%d" time="1.204" timestamp="%sT10:00:00" hostname="ci-runner">\n%s\n  </testsuite>\n</testsuites>\n'
          % (len(live), date, "\n".join(cases)))
    elif shape == "insights-csv":
        import csv, io
        buf = io.StringIO()
        wr = csv.writer(buf)
        wr.writerow(["@timestamp", "@requestId", "@message"])
        for a, b, m in pairs:
            rid = uid(c["slug"], "ins", m["ts"])
            t = m["ts"].replace("T", " ").replace("Z", ".000")
            wr.writerow([t, rid, "%s\t%s\tINFO\tRequest Envelope: %s" % (m["ts"], rid, json.dumps(a, ensure_ascii=False))])
            if b:
                wr.writerow([t, rid, "%s\t%s\tINFO\tResponse Envelope: %s" % (m["ts"], rid, json.dumps(b, ensure_ascii=False))])
        w(p, buf.getvalue())
    elif shape == "pino-jsonl":
        lines = []
        for i, (a, b, m) in enumerate(pairs):
            t = 1731000000000 + i * 41000
            lines.append(json.dumps({"level": 30, "time": t, "pid": 4211, "hostname": "skill-host-1", "reqId": "req-%d" % (i + 1),
                                     "msg": "incoming alexa request", "alexaRequest": a}, ensure_ascii=False))
            if b:
                lines.append(json.dumps({"level": 30, "time": t + 190, "pid": 4211, "hostname": "skill-host-1", "reqId": "req-%d" % (i + 1),
                                         "msg": "alexa response sent", "responseTime": 190, "alexaResponse": b}, ensure_ascii=False))
        w(p, "\n".join(lines) + "\n")
    elif shape == "bespoken-yaml":
        lines = ["---", "configuration:", "  locale: " + c["loc"], "  description: recorded expectations " + date, "", "---",
                 '- test: "%s recorded flow"' % c["name"]]
        for a, b, m in live:
            r = b["response"]
            lines.append('- "%s":' % m["utt"].replace('"', "'"))
            lines.append('  - prompt: %s' % json.dumps(plain((r.get("outputSpeech") or {}).get("ssml")), ensure_ascii=False))
            if "reprompt" in r:
                lines.append('  - reprompt: %s' % json.dumps(plain(r["reprompt"]["outputSpeech"]["ssml"]), ensure_ascii=False))
            if "shouldEndSession" in r:
                lines.append('  - response.shouldEndSession: %s' % str(r["shouldEndSession"]).lower())
        w(p, "\n".join(lines) + "\n")
    elif shape == "botium-convo":
        lines = [c["name"] + " " + date, ""]
        for a, b, m in live:
            lines += ["#me", m["utt"], "", "#bot", plain((b["response"].get("outputSpeech") or {}).get("ssml")), ""]
            if "reprompt" in b["response"]:
                lines += ["#bot", plain(b["response"]["reprompt"]["outputSpeech"]["ssml"]), ""]
        w(p, "\n".join(lines))
    else:
        raise ValueError(shape)


def js_obj(o, ind):
    """Render like Jest's pretty-format: Object { "k": v, } with double quotes."""
    pad = "  " * (ind + 1)
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        return "Object {\n" + "".join('%s"%s": %s,\n' % (pad, k, js_obj(v, ind + 1)) for k, v in o.items()) + "  " * ind + "}"
    if isinstance(o, list):
        if not o:
            return "Array []"
        return "Array [\n" + "".join("%s%s,\n" % (pad, js_obj(v, ind + 1)) for v in o) + "  " * ind + "]"
    if isinstance(o, bool):
        return "true" if o else "false"
    if o is None:
        return "null"
    if isinstance(o, (int, float)):
        return str(o)
    return json.dumps(o, ensure_ascii=False).replace("`", "\\`")


# ---------------------------------------------------------------- Google projects
def yml(o, ind=0):
    pad = "  " * ind
    if isinstance(o, dict):
        out = []
        for k, v in o.items():
            if isinstance(v, (dict, list)) and v:
                out.append("%s%s:\n%s" % (pad, k, yml(v, ind + 1)))
            else:
                out.append("%s%s: %s" % (pad, k, sc(v)))
        return "\n".join(out)
    if isinstance(o, list):
        out = []
        for v in o:
            if isinstance(v, dict) and v:
                s = yml(v, ind + 1)
                out.append("%s- %s" % (pad, s.lstrip()))
            else:
                out.append("%s- %s" % (pad, sc(v)))
        return "\n".join(out)
    return pad + sc(o)


def sc(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if v == {}:
        return "{}"
    if v == []:
        return "[]"
    return json.dumps(v, ensure_ascii=False)


def glang(loc):
    return loc.split("-")[0]


def google_project(d, c):
    p = c["platform"]
    lang = glang(c["loc"])
    if p == "builder":
        sub = ""  # the default locale lives in the base folders
        settings = {"projectId": c["slug"], "defaultLocale": lang, "localizedSettings": {
            "displayName": c["name"], "pronunciation": c["inv"], "shortDescription": c["desc"][:80],
            "fullDescription": c["desc"], "developerName": c.get("dev", "Indie Dev"), "developerEmail": "dev@%s.example" % c["slug"],
            "smallLogoImage": "$resources.images.square", **({"privacyPolicyUrl": c["policy"]} if c.get("policy") else {})},
            "category": c.get("category", "GAMES_AND_TRIVIA"), "usesInteractiveCanvas": False,
            "designedForFamily": c.get("kids", False), "containsAlcoholOrTobaccoContent": False}
        w(os.path.join(d, "sdk", "settings", "settings.yaml"), yml(settings) + "\n")
        w(os.path.join(d, "sdk", "manifest.yaml"), 'version: "1.0"\n')
        w(os.path.join(d, "sdk", "actions", "actions.yaml"), yml({"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "main"}}}}) + "\n")
        w(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), yml({"handlers": [{"name": h_} for h_ in c.get("handlers", ["main"])],
                                                                                   "httpsEndpoint": {"baseUrl": "https://us-central1-%s.cloudfunctions.net/ActionsOnGoogleFulfillment" % c["slug"]}}) + "\n")
        for it in c.get("intents", []):
            name, phrases = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            o = {}
            if params:
                o["parameters"] = [{"name": k, "type": {"name": v}} for k, v in params.items()]
            o["trainingPhrases"] = phrases
            w(os.path.join(d, "sdk", "custom", "intents", sub + name + ".yaml"), yml(o) + "\n")
        for t, vals in c.get("types", {}).items():
            if vals == "freeText":
                w(os.path.join(d, "sdk", "custom", "types", t + ".yaml"), "freeText: {}\n")
            else:
                w(os.path.join(d, "sdk", "custom", "types", sub + t + ".yaml"), yml({"synonym": {"entities": {v: {"synonyms": [v]} for v in vals}}}) + "\n")
        for sname, so in c.get("scenes", {}).items():
            w(os.path.join(d, "sdk", "custom", "scenes", sname + ".yaml"), yml(so) + "\n")
    elif p == "sdk2":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["slug"]},
                 "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["talk to " + c["inv"]]}}}]
        for it in c.get("intents", []):
            params = it[2] if len(it) > 2 else {}
            acts.append({"description": it[0], "name": it[0], "fulfillment": {"conversationName": c["slug"]},
                         "intent": {"name": it[0], "parameters": [{"name": k, "type": v} for k, v in params.items()],
                                    "trigger": {"queryPatterns": it[1]}}})
        man = {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80], "longDescription": c["desc"],
               "category": c.get("category", "GAMES_AND_TRIVIA")}
        if c.get("policy"):
            man["privacyUrl"] = c["policy"]
        o = {"locale": lang, "manifest": man, "actions": acts,
             "conversations": {c["slug"]: {"name": c["slug"], "url": "https://%s.example.net/fulfillment" % c["slug"], "fulfillmentApiVersion": 2}}}
        if c.get("types"):
            o["types"] = [{"name": "$" + t, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for t, vals in c["types"].items()]
        w(os.path.join(d, "action.json"), o)
    elif p == "dialogflow":
        agent = {"description": c["desc"], "language": lang, "shortDescription": c["name"], "examples": "", "linkToDocs": "",
                 "disableInteractionLogs": False, "disableStackdriverLogs": True,
                 "googleAssistant": {"googleAssistantCompatible": True, "project": c["slug"], "welcomeIntentSignInRequired": False,
                                     "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                                     "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False,
                                     "isDeviceAgent": False},
                 "defaultTimezone": "America/Mexico_City" if c["loc"] == "es-MX" else "America/New_York",
                 "webhook": {"url": "https://%s.example.net/df" % c["slug"], "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                 "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True,
                 "onePlatformApiVersion": "v2", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0,
                 "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False}
        w(os.path.join(d, "agent.json"), agent)
        w(os.path.join(d, "package.json"), {"version": "1.0.0"})
        meta = c.get("df_meta", {})
        if c.get("policy"):
            meta = dict(meta)
        w(os.path.join(d, "actions-on-google", "directory-info.json"), {"displayName": c["name"], "invocationName": c["inv"],
                                                                       "privacyPolicyUrl": c.get("policy") or "", "category": c.get("category", "GAMES_AND_TRIVIA")})
        for it in [("Default Welcome Intent", [], {})] + list(c.get("intents", [])):
            name, phrases = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            io = {"id": uid(c["slug"], name), "name": name, "auto": True, "contexts": [], "webhookUsed": True, "webhookForSlotFilling": False,
                  "fallbackIntent": False, "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else [],
                  "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
                                 "parameters": [{"id": uid(c["slug"], name, k), "required": False, "dataType": v, "name": k,
                                                 "value": "$" + k, "isList": False} for k, v in params.items()],
                                 "messages": [], "speech": []}], "priority": 500000}
            fn = name.replace(" ", "_")
            w(os.path.join(d, "intents", fn + ".json"), io)
            us = []
            for ph in phrases:
                data = []
                import re
                for part in re.split(r"(\{[^}]+\})", ph):
                    if not part:
                        continue
                    if part.startswith("{"):
                        k = part[1:-1]
                        data.append({"text": k.replace("_", " ") if k not in c.get("df_examples", {}) else c["df_examples"][k],
                                     "alias": k, "meta": params.get(k, "@sys.any"), "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                us.append({"id": uid(c["slug"], ph), "data": data, "isTemplate": False, "count": 0, "updated": 0})
            if us:
                w(os.path.join(d, "intents", "%s_usersays_%s.json" % (fn, lang)), us)
        for t, vals in c.get("types", {}).items():
            w(os.path.join(d, "entities", t + ".json"), {"id": uid(c["slug"], t), "name": t, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            w(os.path.join(d, "entities", "%s_entries_%s.json" % (t, lang)), [{"value": v, "synonyms": [v]} for v in vals])
    if c.get("code"):
        w(os.path.join(d, "functions" if p != "dialogflow" else "fulfillment", "index.js"), c["code"])


def g_expand(c, sessions, date, tag="g"):
    """Turns: (intent_or_query, speech, noinput_reprompt, expect_user_response[, extra dict])."""
    out = []
    for si, sess in enumerate(sessions):
        conv = "ABwppHE" + h(c["slug"], tag, si)[:40]
        for ti, t in enumerate(sess):
            q, speech, rep, expect = t[0], t[1], t[2], t[3]
            extra = t[4] if len(t) > 4 else {}
            ts = "%sT20:%02d:%02d.%03dZ" % (date, si * 5 + ti, ti * 11 % 60, 100 + ti)
            out.append(dict(q=q, speech=speech, rep=rep, expect=expect, extra=extra, conv=conv, ts=ts, first=ti == 0, si=si, ti=ti))
    return out


def g_query(c, q):
    if q == "MAIN":
        return "talk to " + c["inv"]
    if isinstance(q, tuple):
        return q[2] if len(q) > 2 else " ".join(q[1].values())
    return q


def g_intent(q):
    if q == "MAIN":
        return "actions.intent.MAIN", {}
    if isinstance(q, tuple):
        return q[0], q[1]
    return "actions.intent.TEXT", {}


def write_grec(d, c, shape, path, sessions, date, tag="g"):
    turns = g_expand(c, sessions, date, tag)
    p = os.path.join(d, path)
    lang = c["loc"]
    recs = []
    for t in turns:
        q = g_query(c, t["q"])
        iname, params = g_intent(t["q"])
        if shape in ("gactions-conversation",):
            req = {"user": {"locale": lang, "lastSeen": t["ts"], "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": t["conv"], "type": "NEW" if t["first"] else "ACTIVE",
                                    **({} if t["first"] else {"conversationToken": "[]"})},
                   "inputs": [{"intent": iname, "rawInputs": [{"inputType": "VOICE", "query": q}],
                               "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in params.items()] or
                                            ([{"name": "text", "rawText": q, "textValue": q}] if iname == "actions.intent.TEXT" else [])}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
                   "isInSandbox": True, "availableSurfaces": []}
            if t["expect"]:
                resp = {"expectUserResponse": True,
                        "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]},
                                                            **({"noInputPrompts": [{"textToSpeech": t["rep"]}]} if t["rep"] is not None else {})},
                                            "possibleIntents": t["extra"].get("possibleIntents", [{"intent": "actions.intent.TEXT"}])}]}
            else:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]}}}
            recs.append((req, resp, t))
        elif shape == "dialogflow-webhook":
            sess = "projects/%s/agent/sessions/%s" % (c["slug"], t["conv"])
            req = {"responseId": uid(c["slug"], "rid", t["ts"]) + "-" + h(t["ts"])[:8], "session": sess,
                   "queryResult": {"queryText": q, "parameters": params, "allRequiredParamsPresent": True,
                                   "intent": {"name": "projects/%s/agent/intents/%s" % (c["slug"], uid(c["slug"], iname)),
                                              "displayName": "Default Welcome Intent" if iname == "actions.intent.MAIN" else iname},
                                   "intentDetectionConfidence": 0.93, "languageCode": glang(lang)},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": {"locale": lang, "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": t["conv"], "type": "NEW" if t["first"] else "ACTIVE"},
                       "inputs": [{"intent": iname if iname.startswith("actions.") else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": q}]}],
                       "isInSandbox": True}}}
            items = [{"simpleResponse": {"textToSpeech": t["speech"]}}]
            g = {"expectUserResponse": bool(t["expect"]), "richResponse": {"items": items}}
            if t["rep"] is not None:
                g["noInputPrompts"] = [{"textToSpeech": t["rep"]}]
            if t["extra"].get("systemIntent"):
                g["systemIntent"] = t["extra"]["systemIntent"]
            resp = {"fulfillmentText": plain(t["speech"]), "payload": {"google": g}}
            recs.append((req, resp, t))
        elif shape == "gactions-scene":
            scene = t["extra"].get("scene", "Main" if t["first"] else "Play")
            req = {"handler": {"name": t["extra"].get("handler", "main" if t["first"] else "turn")},
                   "intent": {"name": iname, "params": {k: {"original": v, "resolved": v} for k, v in params.items()}, "query": q},
                   "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": t["conv"], "params": {}, "typeOverrides": [], "languageCode": lang},
                   "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                            "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": t["ts"]},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
            resp = {"session": {"id": t["conv"], "params": {}},
                    "prompt": {"override": False, "firstSimple": {"speech": t["speech"], "text": plain(t["speech"])}}}
            if not t["expect"]:
                resp["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
            elif t["extra"].get("next"):
                resp["scene"] = {"name": scene, "slots": {}, "next": {"name": t["extra"]["next"]}}
            if t["rep"] is not None:
                resp["prompt"]["lastSimple"] = {"speech": t["rep"], "text": plain(t["rep"])}
            recs.append((req, resp, t))
        else:
            raise ValueError(shape)
    return recs


def write_grecording(d, c, shape, path, sessions, date, tag="g", wrap=None):
    base = shape
    recs = write_grec(d, c, base, path, sessions, date, tag)
    p = os.path.join(d, path)
    if wrap is None:
        if p.endswith(".jsonl"):
            w(p, "".join(json.dumps({"request": a, "response": b}, ensure_ascii=False) + "\n" for a, b, t in recs))
        else:
            w(p, [{"request": a, "response": b} for a, b, t in recs])
    elif wrap == "gcp-logging-jsonl":
        lines = []
        for i, (a, b, t) in enumerate(recs):
            for kind, body in (("request", a), ("response", b)):
                lines.append(json.dumps({"insertId": h(c["slug"], i, kind)[:14], "jsonPayload": {"message": "webhook " + kind, kind: body},
                                         "resource": {"type": "cloud_function", "labels": {"function_name": "ActionsOnGoogleFulfillment", "region": "us-central1", "project_id": c["slug"]}},
                                         "timestamp": t["ts"], "severity": "INFO", "logName": "projects/%s/logs/cloudfunctions.googleapis.com%%2Fcloud-functions" % c["slug"],
                                         "trace": "projects/%s/traces/%s" % (c["slug"], h(i)[:32]), "receiveTimestamp": t["ts"]}, ensure_ascii=False))
        w(p, "\n".join(lines) + "\n")
    elif wrap == "dialogflow-diagnostic":
        base_, _ = os.path.splitext(p)
        for i, (a, b, t) in enumerate(recs):
            w("%s-%02d.json" % (base_, i + 1), {"responseId": a["responseId"], "queryResult": {**a["queryResult"], "fulfillmentText": b["fulfillmentText"],
                                                 "webhookPayload": b["payload"], "diagnosticInfo": {"webhook_latency_ms": 312}},
                                                 "webhookStatus": {"message": "Webhook execution successful"},
                                                 "fulfillmentRequest": a, "fulfillmentResponse": b})
