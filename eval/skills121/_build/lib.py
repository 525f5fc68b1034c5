"""Helpers that turn hand-written case specs into project folders and recordings.
All wording lives in the case files (cases_*.py); this file only knows the formats."""
import base64, csv, hashlib, io, json, os, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "cases")
LABELS = {}

BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
           "AMAZON.FallbackIntent"]
PERM = {
    "email": "alexa::profile:email:read", "mobile": "alexa::profile:mobile_number:read",
    "name": "alexa::profile:name:read", "given_name": "alexa::profile:given_name:read",
    "address": "alexa::devices:all:address:full:read",
    "postal": "alexa::devices:all:address:country_and_postal_code:read",
    "geo": "alexa::devices:all:geolocation:read",
    "lists_read": "alexa::household:lists:read", "lists_write": "alexa::household:lists:write",
}


def _h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def fake_uuid(*parts):
    return str(uuid.UUID(_h(*parts)[:32]))


def W(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(data, (dict, list)):
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.write("\n")
        else:
            f.write(data)


def ssml(text):
    if text is None:
        return None
    if text.startswith("<speak>"):
        return text
    return "<speak>" + text + "</speak>"


# ---------------------------------------------------------------- Alexa project
def alexa_project(d, c):
    loc = c["locale"]
    locs = c.get("locales", [loc])
    pub = {}
    for l in locs:
        pub[l] = {
            "name": c["name"], "summary": c.get("summary", c["desc"][:120]), "description": c["desc"],
            "examplePhrases": c.get("examples", [f"Alexa, open {c['inv']}"]),
            "keywords": c.get("keywords", []),
            "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/a1b2/APP_ICON?versionId=small",
            "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/a1b2/APP_ICON_LARGE?versionId=large",
        }
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("usesPersonalInfo", False),
          "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", c["policy"].rsplit("/", 1)[0] + "/terms")} for l in locs}
    man = {"manifest": {
        "publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                  "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                  "category": c.get("category", "WEATHER"),
                                  "distributionCountries": [l.split("-")[1] for l in locs]},
        "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", "arn:aws:lambda:us-east-1:4185%07d:function:%s" % (int(_h(c['id'])[:6], 16) % 10**7, c['id'].split('-', 1)[1]))}}},
        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": PERM[p]} for p in c["perms"]]
    if c.get("interfaces"):
        man["manifest"]["apis"]["custom"]["interfaces"] = [{"type": t} for t in c["interfaces"]]
    W(os.path.join(d, "skill-package", "skill.json"), man)
    for l in locs:
        intents = []
        for it in c.get("intents", []):
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            intents.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        names = {i["name"] for i in intents}
        for b in BUILTIN:
            if b not in names:
                intents.append({"name": b, "samples": []})
        lm = {"invocationName": c.get("invs", {}).get(l, c["inv"]), "intents": intents,
              "types": [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c.get("types", {}).items()]}
        W(os.path.join(d, "skill-package", "interactionModels", "custom", l + ".json"), {"interactionModel": {"languageModel": lm}})
    if c.get("code"):
        fn, src = c["code"]
        W(os.path.join(d, "lambda", fn), src)
        W(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"},
            "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x" if fn.endswith(".js") else "python3.11", "handler": "index.handler" if fn.endswith(".js") else "lambda_function.lambda_handler"}}}}})


def alexa_exchanges(c, sessions, epoch="2025-06-01", tag="a"):
    """sessions: list of sessions; a session is a list of turns (req, speech, reprompt, end[, extra])."""
    out = []
    loc = c["locale"]
    app = "amzn1.ask.skill." + fake_uuid(c["id"], "app")
    user = "amzn1.ask.account.AF" + _h(c["id"], "user")[:40].upper()
    dev = "amzn1.ask.device.AG" + _h(c["id"], "dev")[:40].upper()
    n = 0
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + fake_uuid(c["id"], tag, si)
        attrs = {}
        for ti, t in enumerate(sess):
            req, speech, rep, end = t[:4]
            extra = t[4] if len(t) > 4 else {}
            assert ti == len(sess) - 1 or end is not True, (c["id"], "turn after session end")
            assert req != "launch" or ti == 0, (c["id"], "launch mid-session")
            n += 1
            ts = f"{epoch}T{8 + si % 10:02d}:{(ti * 3 + n) % 60:02d}:{(n * 7) % 60:02d}Z"
            rid = "amzn1.echo-api.request." + fake_uuid(c["id"], tag, si, ti)
            if req == "launch":
                r = {"type": "LaunchRequest", "requestId": rid, "locale": loc, "timestamp": ts}
                utt = "open " + c["inv"]
            elif req == "end":
                r = {"type": "SessionEndedRequest", "requestId": rid, "locale": loc, "timestamp": ts, "reason": "USER_INITIATED"}
                utt = "(session ended)"
            else:
                if isinstance(req, str):
                    req = (req, {})
                iname, slots = req[0], req[1]
                utt = req[2] if len(req) > 2 else " ".join(str(v) for v in slots.values()) or iname
                if iname in ("stop", "cancel", "help", "fallback"):
                    iname = "AMAZON." + iname.capitalize() + "Intent"
                r = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": ts,
                     "dialogState": "COMPLETED" if slots else None,
                     "intent": {"name": iname, "confirmationStatus": "NONE",
                                "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in slots.items()}}}
                if not slots:
                    del r["dialogState"]
            sys_ = {"application": {"applicationId": app}, "user": {"userId": user},
                    "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}}},
                    "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[:2] in "de fr nl es it".split() else "https://api.amazonalexa.com",
                    "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}
            if c.get("perms") and extra.get("consent", True):
                sys_["user"]["permissions"] = {"consentToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.CONSENT"}
            request = {"version": "1.0",
                       "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                                   "attributes": dict(attrs), "user": {"userId": user}},
                       "context": {"System": sys_}, "request": r}
            if ti == 0:
                del request["session"]["attributes"]
            resp = {"version": "1.0", "sessionAttributes": extra.get("attrs", attrs),
                    "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.19.0"), "response": {}}
            if speech is not None:
                resp["response"]["outputSpeech"] = {"type": "SSML", "ssml": ssml(speech)} if not extra.get("plain") else {"type": "PlainText", "text": speech}
            if rep is not None:
                resp["response"]["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(rep)} if not extra.get("plain") else {"type": "PlainText", "text": rep}}
            if extra.get("card"):
                resp["response"]["card"] = extra["card"]
            if extra.get("directives"):
                resp["response"]["directives"] = extra["directives"]
            if end is not None:
                resp["response"]["shouldEndSession"] = end
            attrs = resp["sessionAttributes"]
            out.append({"utt": utt, "req": request, "resp": resp, "speech": speech, "rep": rep, "end": end, "ts": ts})
            if req == "end":
                del resp["response"]
                resp.pop("sessionAttributes")
    return out


# ---------------------------------------------------------------- Alexa recording shapes
def rec_envelope(d, c, ex, sub="recordings"):
    for i, e in enumerate(ex, 1):
        nm = e["req"]["request"].get("intent", {}).get("name", e["req"]["request"]["type"]).replace("AMAZON.", "")
        W(os.path.join(d, sub, f"{i:02d}-{nm}.json"), e["resp"])


def rec_pairs_jsonl(d, c, ex, sub="test/session-log.jsonl"):
    W(os.path.join(d, sub), "".join(json.dumps({"request": e["req"], "response": e["resp"]}, ensure_ascii=False) + "\n" for e in ex))


def rec_pairs_array(d, c, ex, sub="qa/recorded.json"):
    W(os.path.join(d, sub), [{"request": e["req"], "response": e["resp"]} for e in ex])


def _sim(c, e, i):
    return {"id": fake_uuid(c["id"], "sim", i, e["ts"]), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _strip(e["speech"] or "")}}],
                                              "consideredIntents": []},
                       "skillExecutionInfo": {"invocations": [{
                           "invocationRequest": {"endpoint": c.get("arn", "arn:aws:lambda:us-east-1:000000000000:function:" + c["id"]), "body": e["req"]},
                           "invocationResponse": {"body": e["resp"]},
                           "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 13}}]},
                       "error": None}}


def rec_smapi_simulation(d, c, ex, sub="simulations"):
    for i, e in enumerate(ex, 1):
        W(os.path.join(d, sub, f"sim-{i:02d}.json"), _sim(c, e, i))


def rec_smapi_invocation(d, c, ex, sub="invocations"):
    for i, e in enumerate(ex, 1):
        W(os.path.join(d, sub, f"invoke-{i:02d}.json"), {"id": fake_uuid(c["id"], "inv", i), "status": "SUCCESSFUL", "result": {
            "skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:" + c["id"], "body": e["req"]},
                                   "invocationResponse": {"body": e["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 140 + i}}, "error": None}})


def rec_ask_dialog(d, c, ex, sub="dialog", text=False):
    W(os.path.join(d, sub, "replay.json"), {"skillId": "amzn1.ask.skill." + fake_uuid(c["id"], "app"), "locale": c["locale"], "type": "text",
                                            "userInput": [e["utt"] for e in ex if e["req"]["request"]["type"] != "SessionEndedRequest"]})
    if text:
        lines = []
        for e in ex:
            lines.append("User  > " + e["utt"])
            lines.append("Alexa > " + _strip(e["speech"] or ""))
        W(os.path.join(d, sub, "replay-output.txt"), "\n".join(lines) + "\n")
    else:
        W(os.path.join(d, sub, "replay-output.json"), [{"utterance": e["utt"], "invocations": [{"request": e["req"], "response": e["resp"]}]} for e in ex])


def rec_cloudwatch_text(d, c, ex, sub="logs/cloudwatch.log", py=False):
    lines = []
    for i, e in enumerate(ex):
        rid = fake_uuid(c["id"], "lambda", i)
        ts = e["ts"].replace("Z", ".%03dZ" % (i * 37 % 1000))
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{ts}\t{rid}\tRequest: {json.dumps(e['req'], ensure_ascii=False)}")
            lines.append(f"[INFO]\t{ts}\t{rid}\tResponse: {json.dumps(e['resp'], ensure_ascii=False)}")
        else:
            lines.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(e['req'], ensure_ascii=False)}")
            lines.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(e['resp'], ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {90 + i * 4}.21 ms\tBilled Duration: {91 + i * 4} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    W(os.path.join(d, sub), "\n".join(lines) + "\n")


def rec_cloudwatch_json(d, c, ex, sub="logs/filter-log-events.json"):
    ev = []
    for i, e in enumerate(ex):
        rid = fake_uuid(c["id"], "lambda", i)
        for kind, body in (("Request", e["req"]), ("Response", e["resp"])):
            ev.append({"logStreamName": "2025/06/01/[$LATEST]" + _h(c["id"])[:32], "timestamp": 1748764800000 + i * 4000 + (kind == "Response") * 120,
                       "message": f"{e['ts']}\t{rid}\tINFO\t{kind}: {json.dumps(body, ensure_ascii=False)}\n",
                       "ingestionTime": 1748764801000 + i * 4000, "eventId": str(37000000000000000000000000000000000000000000000000000000 + i * 2 + (kind == 'Response'))})
    W(os.path.join(d, sub), {"events": ev, "searchedLogStreams": []})


def rec_har(d, c, ex, sub="captures/endpoint.har"):
    ents = []
    for i, e in enumerate(ex):
        rq, rs = json.dumps(e["req"], ensure_ascii=False), json.dumps(e["resp"], ensure_ascii=False)
        ents.append({"startedDateTime": e["ts"], "time": 210 + i,
                     "request": {"method": "POST", "url": c.get("url", "https://skills.example-trails.net/alexa/" + c["id"].split("-", 1)[1]), "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(rq),
                                 "postData": {"mimeType": "application/json", "text": rq}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                                  "cookies": [], "content": {"size": len(rs), "mimeType": "application/json", "text": rs}, "redirectURL": "", "headersSize": -1, "bodySize": len(rs)},
                     "cache": {}, "timings": {"send": 1, "wait": 200 + i, "receive": 9}})
    W(os.path.join(d, sub), {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1.5"}, "entries": ents}})


def _strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "")


def rec_transcript(d, c, ex, sub="qa/transcript.txt", who="SKILL"):
    lines = [f"# QA transcript {c['name']} ({c['locale']})"]
    for e in ex:
        t = e["ts"].replace("T", " ").replace("Z", "")
        lines.append(f"[{t}] USER: {e['utt']}")
        if e["speech"] is not None:
            lines.append(f"[{t}] {who}: {_strip(e['speech'])}")
        if e["rep"] is not None:
            lines.append(f"[{t}] {who} (reprompt): {e['rep']!r}")
        lines.append(f"[{t}] session_open={str(e['end'] is False).lower()}")
    W(os.path.join(d, sub), "\n".join(lines) + "\n")


# ---- shapes not in set 1
def rec_bespoken_yaml(d, c, ex, sub="test/e2e/conversation.test.yml"):
    """Bespoken (bst test) unit-test YAML with JSONPath assertions on the response."""
    lines = ["---", "configuration:", f"  locale: {c['locale']}", "  handler: ../../lambda/index.handler", "", "---",
             f"- test: recorded run {c['id'].split('-', 1)[1]}"]
    for e in ex:
        rq = e["req"]["request"]
        u = "LaunchRequest" if rq["type"] == "LaunchRequest" else ("SessionEndedRequest" if rq["type"] == "SessionEndedRequest" else rq["intent"]["name"] + "".join(f" {k}={v['value']}" for k, v in rq["intent"]["slots"].items()))
        lines.append(f"- {u}:")
        r = e["resp"].get("response", {})
        if "outputSpeech" in r:
            lines.append("  - prompt: " + json.dumps(r["outputSpeech"].get("ssml", r["outputSpeech"].get("text")), ensure_ascii=False))
        if "reprompt" in r:
            o = r["reprompt"]["outputSpeech"]
            lines.append("  - reprompt: " + json.dumps(o.get("ssml", o.get("text")), ensure_ascii=False))
        if "shouldEndSession" in r:
            lines.append(f"  - response.shouldEndSession: {str(r['shouldEndSession']).lower()}")
        for dv in r.get("directives", []):
            lines.append(f"  - response.directives[0].type: {dv['type']}")
    W(os.path.join(d, sub), "\n".join(lines) + "\n")


def rec_junit_xml(d, c, ex, sub="reports/junit.xml"):
    from xml.sax.saxutils import escape
    cases = []
    for i, e in enumerate(ex, 1):
        nm = e["utt"]
        cases.append(f'    <testcase classname="e2e.{c["id"].split("-", 1)[1]}" name="turn {i}: {escape(nm, {chr(34): "&quot;"})}" time="0.{200 + i}">\n'
                     f'      <system-out><![CDATA[>>> request {json.dumps(e["req"], ensure_ascii=False)}\n<<< response {json.dumps(e["resp"], ensure_ascii=False)}\n]]></system-out>\n    </testcase>')
    W(os.path.join(d, sub), '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="%d" failures="0" time="1.9">\n  <testsuite name="conversation.e2e.test.js" tests="%d" failures="0" errors="0" skipped="0" timestamp="%s">\n%s\n  </testsuite>\n</testsuites>\n'
      % (len(ex), len(ex), ex[0]["ts"][:19], "\n".join(cases)))


def rec_postman(d, c, ex, sub="postman/skill.postman_collection.json"):
    items = []
    url = c.get("url", "https://skills.example-trails.net/alexa/" + c["id"].split("-", 1)[1])
    for i, e in enumerate(ex, 1):
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": json.dumps(e["req"], indent=2, ensure_ascii=False), "options": {"raw": {"language": "json"}}},
               "url": {"raw": url, "protocol": "https", "host": url.split("/")[2].split("."), "path": url.split("/")[3:]}}
        items.append({"name": f"{i:02d} {e['utt']}", "request": req,
                      "response": [{"name": "saved " + e["ts"][:10], "originalRequest": req, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json"}],
                                    "body": json.dumps(e["resp"], indent=2, ensure_ascii=False)}]})
    W(os.path.join(d, sub), {"info": {"_postman_id": fake_uuid(c["id"], "pm"), "name": c["name"] + " webhook",
                                      "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items})


def rec_ngrok(d, c, ex, sub="debug/ngrok-requests.json"):
    reqs = []
    for i, e in enumerate(ex):
        rb = json.dumps(e["req"], ensure_ascii=False).encode()
        sb = json.dumps(e["resp"], ensure_ascii=False).encode()
        rawq = b"POST /alexa HTTP/1.1\r\nHost: 4f2a-81-204-9-77.ngrok-free.app\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(rb) + rb
        raws = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(sb) + sb
        reqs.append({"uri": "/api/requests/http/airt_" + _h(c["id"], i)[:20], "id": "airt_" + _h(c["id"], i)[:20], "tunnel_name": "command_line",
                     "remote_addr": "72.21.217.%d" % (10 + i), "start": e["ts"], "duration": 180000000 + i,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "uri": "/alexa", "raw": base64.b64encode(rawq).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json"]}, "raw": base64.b64encode(raws).decode()}})
    W(os.path.join(d, sub), {"uri": "/api/requests/http", "requests": reqs})


def rec_sam_local(d, c, ex, sub="sam"):
    log = []
    for i, e in enumerate(ex, 1):
        W(os.path.join(d, sub, "events", f"event-{i:02d}.json"), e["req"])
        rid = fake_uuid(c["id"], "sam", i)
        log.append(f"$ sam local invoke SkillFunction -e events/event-{i:02d}.json")
        log.append("Invoking index.handler (nodejs18.x)")
        log.append("Local image is up-to-date")
        log.append("Mounting /home/dev/trail/lambda as /var/task:ro,delegated, inside runtime container")
        log.append(f"START RequestId: {rid} Version: $LATEST")
        log.append(f"END RequestId: {rid}")
        log.append(f"REPORT RequestId: {rid}\tInit Duration: 0.18 ms\tDuration: {300 + i}.55 ms\tBilled Duration: {301 + i} ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB")
        log.append(json.dumps(e["resp"], ensure_ascii=False))
    W(os.path.join(d, sub, "local-invoke.log"), "\n".join(log) + "\n")


def rec_qa_csv(d, c, ex, sub="qa/conversation-export.csv"):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["session", "turn", "timestamp", "user_said", "request_type", "intent", "speech_ssml", "reprompt_ssml", "should_end_session"])
    sess, turn = None, 0
    for e in ex:
        sid = e["req"]["session"]["sessionId"][-8:]
        turn = turn + 1 if sid == sess else 1
        sess = sid
        r = e["resp"].get("response", {})
        rq = e["req"]["request"]
        w.writerow([sid, turn, e["ts"], e["utt"], rq["type"], rq.get("intent", {}).get("name", ""),
                    r.get("outputSpeech", {}).get("ssml", ""), r.get("reprompt", {}).get("outputSpeech", {}).get("ssml", ""),
                    "" if "shouldEndSession" not in r else str(r["shouldEndSession"]).upper()])
    W(os.path.join(d, sub), buf.getvalue())


def rec_console_md(d, c, ex, sub="docs/bug-report.md"):
    out = [f"# {c['name']}: test console capture", "", f"Locale `{c['locale']}`, captured from the developer console Test tab (Skill I/O).", ""]
    for i, e in enumerate(ex, 1):
        out += [f"## Turn {i}: \"{e['utt']}\"", "", "JSON Input", "", "```json", json.dumps(e["req"], indent=2, ensure_ascii=False), "```", "",
                "JSON Output", "", "```json", json.dumps({"body": e["resp"]}, indent=2, ensure_ascii=False), "```", ""]
    W(os.path.join(d, sub), "\n".join(out))


ALEXA_SHAPES = {"envelope": rec_envelope, "pairs-jsonl": rec_pairs_jsonl, "pairs-array": rec_pairs_array,
                "smapi-simulation": rec_smapi_simulation, "smapi-invocation": rec_smapi_invocation, "ask-dialog": rec_ask_dialog,
                "cloudwatch-text": rec_cloudwatch_text, "cloudwatch-json": rec_cloudwatch_json, "har": rec_har, "transcript": rec_transcript,
                "bespoken-yaml": rec_bespoken_yaml, "junit-xml": rec_junit_xml, "postman-collection": rec_postman,
                "ngrok-inspect": rec_ngrok, "sam-local-invoke": rec_sam_local, "qa-csv": rec_qa_csv, "console-skill-io-md": rec_console_md}


# ---------------------------------------------------------------- Google projects
def g_builder(d, c):
    lang = c["locale"].split("-")[0]
    s = ["defaultLocale: " + lang, f"projectId: {c['id'].split('-', 1)[1]}-action", "localizedSettings:",
         f"  displayName: {c['name']}", f"  pronunciation: {c['inv']}", f"  shortDescription: {c['desc'][:80]}",
         f"  fullDescription: {c['desc']}", "  developerName: " + c.get("dev", "Trailhead Labs"), "  developerEmail: dev@example-trails.net"]
    if c.get("policy"):
        s.append("  privacyPolicyUrl: " + c["policy"])
    s += ["  smallLogoImage: $resources.images.logo", "category: " + c.get("gcategory", "WEATHER"), "usesTransactionsApi: false",
          "designedForFamily: " + str(c.get("kids", False)).lower(), "containsAlcoholOrTobaccoContent: false"]
    W(os.path.join(d, "sdk", "settings", "settings.yaml"), "\n".join(s) + "\n")
    W(os.path.join(d, "sdk", "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    fulfillment:\n      webhookHandler: main\n")
    for it in c.get("intents", []):
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        y = []
        if slots:
            y.append("parameters:")
            for k, v in slots.items():
                y += [f"- name: {k}", "  type:", f"    name: {v}" if not v.startswith("actions.type.") else f"    name: {v}"]
        y.append("trainingPhrases:")
        import re
        for sm in samples:
            y.append("- " + json.dumps(re.sub(r"\{(\w+)\}", lambda m: f"(${m.group(1)} '{c.get('slot_examples', {}).get(m.group(1), m.group(1))}' auto=true)", sm), ensure_ascii=False))
        W(os.path.join(d, "sdk", "custom", "intents", name + ".yaml"), "\n".join(y) + "\n")
    for n, vals in c.get("types", {}).items():
        W(os.path.join(d, "sdk", "custom", "types", n + ".yaml"), "synonym:\n  entities:\n" + "".join(f"    {v.replace(' ', '_')}:\n      synonyms:\n      - {v}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
    for n, y in c.get("scenes", {}).items():
        W(os.path.join(d, "sdk", "custom", "scenes", n + ".yaml"), y)
    if c.get("code"):
        fn, src = c["code"]
        W(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment", fn), src)
        W(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), "handlers:\n- name: main\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")


def _fix_tp(y, slots):
    # training phrases: "go to ($x) please" -> Builder annotation 'go to ($x 'sample')[x]'. Keep simple: ($slot 'slot')
    import re
    return re.sub(r"\((\w+)\)", lambda m: f"(${m.group(1)} '{m.group(1)}')" if m.group(1) in slots else m.group(0), y).replace("(${", "(").replace("(" + "$", "($")


def g_v2(d, c):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["id"]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
    for it in c.get("intents", []):
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c["id"]},
                     "intent": {"name": name, "parameters": [{"name": k, "type": {"name": v}} for k, v in slots.items()],
                                "trigger": {"queryPatterns": [__import__("re").sub(r"\{(\w+)\}", lambda m: f"${slots.get(m.group(1), 'SchemaOrg_Text')}:{m.group(1)}", sm) for sm in samples]}}})
    W(os.path.join(d, "action.json"), {"locale": c["locale"].split("-")[0], "actions": acts,
                                       "conversations": {c["id"]: {"name": c["id"], "url": "https://us-central1-trail-actions.cloudfunctions.net/" + c["id"].split("-", 1)[1], "fulfillmentApiVersion": 2}}})


def g_dialogflow(d, c):
    lang = c["locale"].split("-")[0]
    ag = {"description": c["desc"], "language": lang, "shortDescription": c["name"], "examples": "", "linkToDocs": "",
          "disableInteractionLogs": False, "disableStackdriverLogs": True,
          "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"].split("-", 1)[1], "welcomeIntentSignInRequired": False,
                              "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                              "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": True, "isDeviceAgent": False},
          "defaultTimezone": c.get("tz", "America/Denver"), "webhook": {"url": "https://europe-west1-trail-agents.cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
          "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2", "analyzeQueryTextSentiment": False,
          "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": ""}
    W(os.path.join(d, "agent.json"), ag)
    W(os.path.join(d, "package.json"), {"version": "1.0.0"})
    import re
    for it in [("Default Welcome Intent", ["hi", "hello"], {})] + c.get("intents", []):
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        iid = fake_uuid(c["id"], name)
        W(os.path.join(d, "intents", name + ".json"), {"id": iid, "name": name, "auto": True, "contexts": [],
            "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
                           "parameters": [{"id": fake_uuid(iid, k), "name": k, "required": False, "dataType": v, "value": "$" + k, "isList": False} for k, v in slots.items()],
                           "messages": [], "speech": []}],
            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else []})
        us = []
        for sm in samples:
            parts, pos = [], 0
            for m in re.finditer(r"\{(\w+)\}", sm):
                if m.start() > pos:
                    parts.append({"text": sm[pos:m.start()], "userDefined": False})
                ex = c.get("slot_examples", {}).get(m.group(1), m.group(1))
                parts.append({"text": ex, "alias": m.group(1), "meta": slots.get(m.group(1), "@sys.any"), "userDefined": True})
                pos = m.end()
            if pos < len(sm):
                parts.append({"text": sm[pos:], "userDefined": False})
            us.append({"id": fake_uuid(iid, sm), "data": parts, "isTemplate": False, "count": 0, "updated": 0})
        W(os.path.join(d, "intents", f"{name}_usersays_{lang}.json"), us)


# ---- Google recordings
def g_exchanges(c, sessions, kind):
    out = []
    lang = c["locale"]
    for si, sess in enumerate(sessions):
        conv = _h(c["id"], "conv", si)[:24]
        for ti, t in enumerate(sess):
            req, speech, rep, end = t[:4]
            extra = t[4] if len(t) > 4 else {}
            ts = f"2025-07-{10 + si:02d}T1{ti}:0{ti}:2{ti}Z"
            if req == "launch":
                intent, params, q = "actions.intent.MAIN", {}, "talk to " + c["inv"]
            else:
                if isinstance(req, str):
                    req = (req, {})
                intent, params = req[0], req[1]
                q = req[2] if len(req) > 2 else " ".join(params.values()) or intent
            out.append(dict(intent=intent, params=params, q=q, speech=speech, rep=rep, end=end, ts=ts, conv=conv, first=ti == 0,
                            lang=lang, extra=extra, scene=extra.get("scene", "Main")))
    return out


def rec_gactions_conversation(d, c, gx, sub="test/conversation-webhook.jsonl"):
    lines = []
    for e in gx:
        rq = {"user": {"locale": e["lang"], "lastSeen": "2025-07-01T10:00:00Z", "userVerificationStatus": "VERIFIED"},
              "conversation": {"conversationId": e["conv"], "type": "NEW" if e["first"] else "ACTIVE"},
              "inputs": [{"intent": "actions.intent.MAIN" if e["intent"] == "actions.intent.MAIN" else e["intent"],
                          "rawInputs": [{"inputType": "VOICE", "query": e["q"]}],
                          "arguments": [{"name": k, "textValue": v, "rawText": v} for k, v in e["params"].items()]}],
              "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True, "requestType": "SIMULATOR"}
        rs = {"expectUserResponse": not e["end"]}
        items = [{"simpleResponse": {"textToSpeech": ssml(e["speech"])}}] if e["speech"] is not None else []
        if e["end"]:
            rs["finalResponse"] = {"richResponse": {"items": items}}
        else:
            ei = {"inputPrompt": {"richInitialPrompt": {"items": items}, "noInputPrompts": [{"textToSpeech": ssml(e["rep"])}] if e["rep"] is not None else []},
                  "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
            if e["extra"].get("permission"):
                ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                          "optContext": e["extra"].get("optContext", ""), "permissions": e["extra"]["permission"]}}]
            rs["expectedInputs"] = [ei]
        lines.append(json.dumps({"request": rq, "response": rs}, ensure_ascii=False))
    W(os.path.join(d, sub), "\n".join(lines) + "\n")


def rec_dialogflow_webhook(d, c, gx, sub="fulfillment/webhook-log.json"):
    arr = []
    for i, e in enumerate(gx):
        sess = f"projects/{c['id'].split('-', 1)[1]}/agent/sessions/{e['conv']}"
        rq = {"responseId": fake_uuid(c["id"], "df", i), "session": sess,
              "queryResult": {"queryText": e["q"], "parameters": e["params"], "allRequiredParamsPresent": True,
                              "intent": {"name": f"projects/{c['id'].split('-', 1)[1]}/agent/intents/{fake_uuid(c['id'], e['intent'])}",
                                         "displayName": "Default Welcome Intent" if e["intent"] == "actions.intent.MAIN" else e["intent"]},
                              "intentDetectionConfidence": 0.93, "languageCode": e["lang"].lower()},
              "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": e["lang"]}, "conversation": {"conversationId": e["conv"], "type": "NEW" if e["first"] else "ACTIVE"}, "isInSandbox": True}}}
        g = {"expectUserResponse": not e["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": ssml(e["speech"])}}] if e["speech"] is not None else []}}
        if e["rep"] is not None and not e["end"]:
            g["noInputPrompts"] = [{"textToSpeech": ssml(e["rep"])}]
        if e["extra"].get("permission"):
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                 "optContext": e["extra"].get("optContext", ""), "permissions": e["extra"]["permission"]}}
        rs = {"fulfillmentText": _strip(e["speech"] or ""), "payload": {"google": g}}
        arr.append({"request": rq, "response": rs})
    W(os.path.join(d, sub), arr)


def _scene_pair(c, e, i):
    rq = {"handler": {"name": e["extra"].get("handler", "main" if e["intent"] == "actions.intent.MAIN" else e["intent"].lower())},
          "intent": {"name": e["intent"], "params": {k: {"original": v, "resolved": v} for k, v in e["params"].items()}, "query": e["q"]},
          "scene": {"name": e["scene"], "slotFillingStatus": "UNSPECIFIED", "slots": {}},
          "session": {"id": "ABwppHF" + e["conv"], "params": {}, "typeOverrides": [], "languageCode": ""},
          "user": {"locale": e["lang"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "lastSeenTime": "2025-07-01T10:00:00Z"},
          "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
    rs = {"session": {"id": "ABwppHF" + e["conv"], "params": {}}, "prompt": {"override": False}}
    if e["speech"] is not None:
        rs["prompt"]["firstSimple"] = {"speech": ssml(e["speech"]), "text": _strip(e["speech"])}
    if e["end"]:
        rs["scene"] = {"name": e["scene"], "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
    elif e["extra"].get("next"):
        rs["scene"] = {"name": e["scene"], "slots": {}, "next": {"name": e["extra"]["next"]}}
    return rq, rs


def rec_gactions_scene(d, c, gx, sub="webhook-tests/captured.jsonl"):
    W(os.path.join(d, sub), "".join(json.dumps(dict(zip(("request", "response"), _scene_pair(c, e, i))), ensure_ascii=False) + "\n" for i, e in enumerate(gx)))


def rec_gcloud_logging(d, c, gx, sub="logs/gcloud-functions-read.json"):
    """`gcloud logging read ... --format=json` output of the fulfillment Cloud Function."""
    arr = []
    for i, e in enumerate(gx):
        rq, rs = _scene_pair(c, e, i)
        for k, body in (("Request", rq), ("Response", rs)):
            arr.append({"insertId": _h(c["id"], i, k)[:14], "labels": {"execution_id": _h(c["id"], i)[:12]}, "logName": "projects/trail-actions/logs/cloudfunctions.googleapis.com%2Fcloud-functions",
                        "receiveTimestamp": e["ts"], "resource": {"labels": {"function_name": "ActionsOnGoogleFulfillment", "project_id": "trail-actions", "region": "us-central1"}, "type": "cloud_function"},
                        "severity": "INFO", "textPayload": f"{k}: {json.dumps(body, ensure_ascii=False)}", "timestamp": e["ts"], "trace": "projects/trail-actions/traces/" + _h(c["id"], i)[:32]})
    W(os.path.join(d, sub), arr[::-1])


def rec_g_transcript(d, c, gx, sub="qa/assistant-simulator.txt"):
    lines = [f"# Actions console simulator session: {c['name']} ({c['locale']})"]
    for e in gx:
        lines.append(f"[{e['ts']}] USER: {e['q']}")
        if e["speech"] is not None:
            lines.append(f"[{e['ts']}] ASSISTANT: {_strip(e['speech'])}")
        if e["rep"] is not None:
            lines.append(f"[{e['ts']}] ASSISTANT (no-input prompt): {e['rep']!r}")
        lines.append(f"[{e['ts']}] session_open={str(not e['end']).lower()}")
    W(os.path.join(d, sub), "\n".join(lines) + "\n")


GOOGLE_SHAPES = {"gactions-conversation": rec_gactions_conversation, "dialogflow-webhook": rec_dialogflow_webhook,
                 "gactions-scene": rec_gactions_scene, "gcloud-logging": rec_gcloud_logging, "transcript": rec_g_transcript}


# ---------------------------------------------------------------- case entry point
def case(**c):
    """c: id, name, locale, inv, desc, cats, why, recs=[(shape, sessions[, sub])], platform alexa|builder|v2|dialogflow"""
    import shutil
    d = os.path.join(CASES, c["id"])
    if os.path.exists(d):
        shutil.rmtree(d)
    plat = c.get("platform", "alexa")
    shapes = []
    if plat == "alexa":
        alexa_project(d, c)
        for k, r in enumerate(c.get("recs", [])):
            shape, sessions = r[0], r[1]
            kw = r[2] if len(r) > 2 else {}
            ex = alexa_exchanges(c, sessions, epoch=kw.pop("epoch", "2025-06-0%d" % (k + 1)), tag=str(k))
            ALEXA_SHAPES[shape](d, c, ex, **kw)
            shapes.append(shape)
    else:
        {"builder": g_builder, "v2": g_v2, "dialogflow": g_dialogflow}[plat](d, c)
        for k, r in enumerate(c.get("recs", [])):
            shape, sessions = r[0], r[1]
            kw = r[2] if len(r) > 2 else {}
            gx = g_exchanges(c, sessions, plat)
            GOOGLE_SHAPES[shape](d, c, gx, **kw)
            shapes.append(shape)
    for rel, txt in c.get("files", {}).items():
        W(os.path.join(d, rel), txt)
    assert c["id"] not in LABELS, c["id"]
    LABELS[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": sorted(set(shapes)), "why": c["why"]}
