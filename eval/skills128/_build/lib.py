"""Rendering helpers for eval set 128. All case content lives in cases_*.py (hand-written)."""
import base64, csv, hashlib, io, json, os, shutil, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "cases")
CASES = []
LABELS = {}

BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def hid(seed, n=32):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def uid(seed):
    h = hid(seed, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def T(intent, say, rep=None, end=False, u=None, slots=None, dirs=None, card=None):
    """One turn: the request (intent / Launch / End) and the skill's answer."""
    return dict(intent=intent, say=say, rep=rep, end=end, u=u, slots=slots or {}, dirs=dirs, card=card)


def wr(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)


# ---------------------------------------------------------------- Alexa package
def alexa_package(d, c):
    locs = [c["loc"]] + c.get("extra_locales", [])
    pub = {}
    for l in locs:
        pub[l] = {
            "summary": c["summary"],
            "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"],
            "keywords": c.get("keywords", []),
            "name": c["name"],
            "description": c.get("desc", c["summary"]),
            "smallIconUri": f"https://cdn.example-kidsvoice.net/{hid(c['id'],8)}/icon-108.png",
            "largeIconUri": f"https://cdn.example-kidsvoice.net/{hid(c['id'],8)}/icon-512.png",
        }
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("uses_pi", False),
            "isChildDirected": c.get("child", True), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        priv["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    manifest = {
        "publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                  "testingInstructions": c.get("testing", "Open the skill and follow the prompts. No account linking."),
                                  "category": c.get("category", "CHILDRENS_EDUCATION_AND_REFERENCE"),
                                  "distributionCountries": c.get("countries", [c["loc"][-2:]])},
        "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", f"arn:aws:lambda:{c.get('region','us-east-1')}:3141{hid(c['id'],8).translate(str.maketrans('abcdef','123456'))}:function:{c['id'].split('-',1)[1]}")},
                            **({"interfaces": c["interfaces"]} if c.get("interfaces") else {})}},
        "manifestVersion": "1.0",
        "privacyAndCompliance": priv,
    }
    if c.get("perms"):
        manifest["permissions"] = [{"name": p} for p in c["perms"]]
    wr(os.path.join(d, "skill-package", "skill.json"), {"manifest": manifest})
    for l in locs:
        intents = []
        for it in c.get("intents", []):
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            e = {"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples}
            if not slots:
                del e["slots"]
            intents.append(e)
        have = {i["name"] for i in intents}
        for b in BUILTINS:
            if b not in have:
                intents.append({"name": b, "samples": []})
        types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c.get("types", {}).items()]
        lm = {"invocationName": c.get("inv_by_loc", {}).get(l, c["inv"]), "intents": intents, "types": types}
        wr(os.path.join(d, "skill-package", "interactionModels", "custom", f"{l}.json"), {"interactionModel": {"languageModel": lm}})
    wr(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})


# ---------------------------------------------------------------- Alexa envelopes
def speech(s):
    if s is None:
        return None
    if s.startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


def a_response(t, sdk="ask-sdk-node/2.14.0 Node/v18.19.0"):
    r = {}
    if t["say"] is not None:
        r["outputSpeech"] = speech(t["say"])
    if t["card"]:
        r["card"] = t["card"]
    if t["rep"] is not None:
        r["reprompt"] = {"outputSpeech": speech(t["rep"])}
    if t["dirs"]:
        r["directives"] = t["dirs"]
    if t["end"] is not None:
        r["shouldEndSession"] = t["end"]
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": sdk, "response": r}


def a_request(c, sid, new, t, i, ts):
    app = "amzn1.ask.skill." + uid(c["id"] + "app")
    user = "amzn1.ask.account.AF" + hid(c["id"] + "user", 40).upper()
    dev = "amzn1.ask.device.AG" + hid(c["id"] + "dev", 40).upper()
    rid = "amzn1.echo-api.request." + uid(sid + str(i))
    if t["intent"] == "Launch":
        req = {"type": "LaunchRequest"}
    elif t["intent"] == "End":
        req = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
    elif t["intent"].startswith("AudioPlayer.") or t["intent"].startswith("PlaybackController."):
        req = {"type": t["intent"], "token": "stream-1", "offsetInMilliseconds": 0}
    else:
        req = {"type": "IntentRequest", "intent": {"name": t["intent"], "confirmationStatus": "NONE",
                                                    "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in t["slots"].items()}},
               "dialogState": "STARTED" if t["slots"] else None}
        if req["dialogState"] is None:
            del req["dialogState"]
    req.update({"requestId": rid, "locale": c["rec_loc"], "timestamp": ts})
    req = {"type": req.pop("type"), **req}
    sess = {"new": new, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user}}
    if not new:
        sess["attributes"] = {}
    return {"version": "1.0", "session": sess,
            "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                   "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}}},
                                   "apiEndpoint": c.get("api", "https://api.amazonalexa.com"),
                                   "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}},
            "request": req}


def flatten(c, sessions, tag):
    """[(request, response, turn, utterance, ts)] with sessionIds: a new session after every end."""
    out, i = [], 0
    base = c.get("t0", "2025-03-14T18:0")
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(c["id"] + tag + str(si))
        for ti, t in enumerate(sess):
            ts = f"{c.get('day','2025-03-14')}T{18 + si % 5:02d}:{(7 * si + ti) % 60:02d}:{(13 * ti) % 60:02d}Z"
            req = a_request(c, sid, ti == 0, t, i, ts)
            out.append((req, a_response(t, c.get("sdk", "ask-sdk-node/2.14.0 Node/v18.19.0")), t, t["u"] or default_u(t), ts))
            i += 1
    return out


def default_u(t):
    return {"Launch": "open the skill", "End": "(session ended)"}.get(t["intent"], t["intent"])


def say_text(r):
    os_ = r["response"].get("outputSpeech")
    if not os_:
        return ""
    return os_.get("ssml") or os_.get("text")


def rep_text(r):
    rp = r["response"].get("reprompt")
    return (rp["outputSpeech"].get("ssml") or rp["outputSpeech"].get("text")) if rp else None


# ---------------------------------------------------------------- shapes
def r_envelope(d, c, path, flat):
    for n, (rq, rs, t, u, ts) in enumerate(flat, 1):
        slug = t["intent"].split(".")[-1].replace("Intent", "").lower() or "turn"
        wr(os.path.join(d, path, f"{n:02d}-{slug}.json"), rs)


def r_pairs_jsonl(d, c, path, flat):
    wr(os.path.join(d, path), "".join(json.dumps({"request": rq, "response": rs}, ensure_ascii=False) + "\n" for rq, rs, *_ in flat))


def r_pairs_array(d, c, path, flat):
    wr(os.path.join(d, path), [{"request": rq, "response": rs} for rq, rs, *_ in flat])


def r_smapi_sim(d, c, path, flat):
    for n, (rq, rs, t, u, ts) in enumerate(flat, 1):
        sid = uid(c["id"] + "sim" + str(n))
        wr(os.path.join(d, path, f"simulation-{n:02d}.json"), {
            "id": sid, "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": strip(say_text(rs))}}],
                                              "consideredIntents": [{"name": t["intent"], "confirmationStatus": "NONE", "slots": {}}]},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:000000000000:function:skill", "body": rq},
                                                               "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + n}}]},
                       "error": None}})


def r_smapi_inv(d, c, path, flat):
    for n, (rq, rs, t, u, ts) in enumerate(flat, 1):
        wr(os.path.join(d, path, f"invoke-{n:02d}.json"), {
            "id": uid(c["id"] + "inv" + str(n)), "status": "SUCCESSFUL",
            "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:skill", "body": rq},
                                              "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 95 + n}},
                       "error": None}})


def strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "").strip()


def r_ask_dialog(d, c, path, flat):
    wr(os.path.join(d, path, "dialog-replay.json"), {"skillId": "amzn1.ask.skill." + uid(c["id"] + "app"), "locale": c["rec_loc"], "type": "text",
                                                     "userInput": [u for *_, u, ts in flat if not u.startswith("(")]})
    lines = []
    for rq, rs, t, u, ts in flat:
        if u.startswith("("):
            continue
        lines.append(f"User  > {u}")
        lines.append(f"Alexa > {strip(say_text(rs))}")
        if rep_text(rs) is not None:
            lines.append(f"        (reprompt) {rep_text(rs)}")
        lines.append(f"        [shouldEndSession: {str(rs['response'].get('shouldEndSession')).lower()}]")
    wr(os.path.join(d, path, "dialog-record.txt"), "\n".join(lines) + "\n")


def r_cw_text(d, c, path, flat):
    py = c.get("py", False)
    out = []
    for n, (rq, rs, t, u, ts) in enumerate(flat):
        rid = uid(c["id"] + "cw" + str(n))
        tsl = ts.replace("Z", ".412Z")
        out.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            out.append(f"[INFO]\t{tsl}\t{rid}\tRequest envelope: {json.dumps(rq, ensure_ascii=False)}")
            out.append(f"[INFO]\t{tsl}\t{rid}\tResponse envelope: {json.dumps(rs, ensure_ascii=False)}")
        else:
            out.append(f"{tsl}\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}")
            out.append(f"{tsl}\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tDuration: {120 + n * 7}.33 ms\tBilled Duration: {121 + n * 7} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    wr(os.path.join(d, path), "\n".join(out) + "\n")


def r_cw_json(d, c, path, flat):
    ev = []
    base = 1741975200000
    for n, (rq, rs, t, u, ts) in enumerate(flat):
        rid = uid(c["id"] + "cwj" + str(n))
        for k, obj in (("Request", rq), ("Response", rs)):
            ev.append({"logStreamName": "2025/03/14/[$LATEST]" + hid(c["id"], 32), "timestamp": base + n * 4000 + (k == "Response") * 300,
                       "message": f"{ts}\t{rid}\tINFO\t{k}: {json.dumps(obj, ensure_ascii=False)}\n", "ingestionTime": base + n * 4000 + 900,
                       "eventId": str(3770000000000000000 + n * 2 + (k == 'Response'))})
    wr(os.path.join(d, path), {"events": ev, "searchedLogStreams": []})


def r_har(d, c, path, flat):
    url = c.get("url", f"https://{c['id'].split('-',1)[1]}.kidsvoice-hosting.net/alexa")
    entries = []
    for n, (rq, rs, t, u, ts) in enumerate(flat):
        body, rbody = json.dumps(rq, ensure_ascii=False), json.dumps(rs, ensure_ascii=False)
        entries.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 143,
                        "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                {"name": "Signature-256", "value": "REDACTED"}],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body),
                                    "postData": {"mimeType": "application/json", "text": body}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                     "content": {"size": len(rbody), "mimeType": "application/json", "text": rbody},
                                     "redirectURL": "", "headersSize": -1, "bodySize": len(rbody)},
                        "cache": {}, "timings": {"send": 1, "wait": 140, "receive": 2}})
    wr(os.path.join(d, path), {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "pages": [], "entries": entries}})


def r_transcript(d, c, path, flat):
    out = [f"# QA transcript - {c['name']} ({c['rec_loc']}) - device: Echo Dot Kids (5th gen)"]
    prev = None
    for rq, rs, t, u, ts in flat:
        sid = rq["session"]["sessionId"][-12:]
        if sid != prev:
            out.append(f"--- session {sid} ---")
            prev = sid
        if not u.startswith("("):
            out.append(f"[{ts}] USER: {u}")
        else:
            out.append(f"[{ts}] USER: <silence / session end>")
        out.append(f"[{ts}] SKILL: {say_text(rs)}")
        if rep_text(rs) is not None:
            out.append(f"[{ts}] SKILL (reprompt): {rep_text(rs)!r}")
        out.append(f"session_open={str(rs['response'].get('shouldEndSession') is False).lower()}")
    wr(os.path.join(d, path), "\n".join(out) + "\n")


def prettyfmt(o, ind=0):
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        inner = "".join(f"{sp}  {json.dumps(k)}: {prettyfmt(v, ind + 1)},\n" for k, v in o.items())
        return "Object {\n" + inner + sp + "}"
    if isinstance(o, list):
        if not o:
            return "Array []"
        inner = "".join(f"{sp}  {prettyfmt(v, ind + 1)},\n" for v in o)
        return "Array [\n" + inner + sp + "]"
    if isinstance(o, bool):
        return "true" if o else "false"
    if o is None:
        return "null"
    return json.dumps(o, ensure_ascii=False)


def r_jest(d, c, path, flat):
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for n, (rq, rs, t, u, ts) in enumerate(flat, 1):
        name = f"{c['name']} handlers {u.replace('`', '')} {n}"
        out.append(f"exports[`{name}`] = `\n{prettyfmt(rs)}\n`;\n")
    wr(os.path.join(d, path), "\n".join(out))


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def r_bespoken(d, c, path, flat):
    out = ["---", "configuration:", f"  locale: {c['rec_loc']}", "  description: recorded expectations (bst test --update)", ""]
    prev = None
    for rq, rs, t, u, ts in flat:
        sid = rq["session"]["sessionId"]
        if sid != prev:
            out.append("---")
            out.append(f"- test: {yq('session ' + sid[-6:])}")
            prev = sid
        key = "LaunchRequest" if t["intent"] == "Launch" else ("SessionEndedRequest" if t["intent"] == "End" else u)
        out.append(f"- {yq(key)}:")
        out.append(f"  - prompt: {yq(say_text(rs))}")
        if rep_text(rs) is not None:
            out.append(f"  - reprompt: {yq(rep_text(rs))}")
        out.append(f"  - response.shouldEndSession: {str(rs['response'].get('shouldEndSession')).lower()}")
    wr(os.path.join(d, path), "\n".join(out) + "\n")


def r_postman(d, c, path, flat):
    items = []
    url = c.get("url", f"https://{c['id'].split('-',1)[1]}.kidsvoice-hosting.net/alexa")
    for n, (rq, rs, t, u, ts) in enumerate(flat, 1):
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": json.dumps(rq, indent=2, ensure_ascii=False), "options": {"raw": {"language": "json"}}},
               "url": {"raw": url, "protocol": "https", "host": url.split("/")[2].split("."), "path": url.split("/")[3:]}}
        items.append({"name": f"{n:02d} {u}", "request": req,
                      "response": [{"name": f"{n:02d} {u} (saved)", "originalRequest": req, "status": "OK", "code": 200,
                                    "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}],
                                    "cookie": [], "body": json.dumps(rs, indent=2, ensure_ascii=False)}]})
    wr(os.path.join(d, path), {"info": {"_postman_id": uid(c["id"] + "pm"), "name": f"{c['name']} - webhook regression",
                                        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items})


def r_ngrok(d, c, path, flat):
    reqs = []
    for n, (rq, rs, t, u, ts) in enumerate(flat, 1):
        b1, b2 = json.dumps(rq, ensure_ascii=False).encode(), json.dumps(rs, ensure_ascii=False).encode()
        raw1 = (f"POST /api/v1/alexa HTTP/1.1\r\nHost: {hid(c['id'],6)}.ngrok-free.app\r\nContent-Type: application/json; charset=utf-8\r\n"
                f"Content-Length: {len(b1)}\r\nSignaturecertchainurl: https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem\r\n\r\n").encode() + b1
        raw2 = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(b2)}\r\n\r\n".encode() + b2
        reqs.append({"uri": f"/api/requests/http/airt_{hid(c['id']+str(n),24)}", "id": f"airt_{hid(c['id']+str(n),24)}",
                     "tunnel_name": "command_line", "remote_addr": "54.240.197.10", "start": ts, "duration": 212000000 + n,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]},
                                 "uri": "/api/v1/alexa", "raw": base64.b64encode(raw1).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1",
                                  "headers": {"Content-Type": ["application/json"]}, "raw": base64.b64encode(raw2).decode()}})
    wr(os.path.join(d, path), {"uri": "/api/requests/http", "requests": list(reversed(reqs))})


def r_junit(d, c, path, flat):
    from xml.sax.saxutils import quoteattr
    cases = []
    for n, (rq, rs, t, u, ts) in enumerate(flat, 1):
        body = f"REQUEST {json.dumps(rq, ensure_ascii=False)}\nRESPONSE {json.dumps(rs, ensure_ascii=False)}\n"
        cases.append(f'    <testcase classname="tests.test_conversation" name={quoteattr("test_turn_%02d_%s" % (n, t["intent"]))} time="0.{100+n}">\n'
                     f"      <system-out><![CDATA[{body}]]></system-out>\n    </testcase>")
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" '
           f'tests="{len(cases)}" time="2.904" timestamp="{flat[0][4]}" hostname="ci-runner-7">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    wr(os.path.join(d, path), xml)


def r_csv(d, c, path, flat):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["session_id", "turn", "timestamp", "locale", "request_type", "intent", "user_said", "speech", "reprompt", "should_end_session"])
    for n, (rq, rs, t, u, ts) in enumerate(flat, 1):
        w.writerow([rq["session"]["sessionId"], n, ts, c["rec_loc"], rq["request"]["type"], rq["request"].get("intent", {}).get("name", ""),
                    "" if u.startswith("(") else u, say_text(rs), rep_text(rs) or "", str(rs["response"].get("shouldEndSession")).upper()])
    wr(os.path.join(d, path), buf.getvalue())


def r_slack(d, c, path, flat):
    msgs, ts0 = [], 1741975200
    for n, (rq, rs, t, u, ts) in enumerate(flat):
        txt = f"*{('User' if not u.startswith('(') else 'System')}:* {u}\n*{c.get('assistant','Alexa')}:* {say_text(rs)}"
        if rep_text(rs) is not None:
            txt += f"\n_reprompt:_ `{rep_text(rs)}`"
        txt += f"\n_session open: {'yes' if rs['response'].get('shouldEndSession') is False else 'no'}_"
        msgs.append({"type": "message", "user": "U04QA7TEST", "text": txt, "ts": f"{ts0 + n * 37}.00{n:04d}",
                     "user_profile": {"real_name": "QA Bot", "display_name": "qa-bot"}})
    wr(os.path.join(d, path), msgs)


RENDER = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array, "smapi-simulation": r_smapi_sim,
          "smapi-invocation": r_smapi_inv, "ask-dialog": r_ask_dialog, "cloudwatch-text": r_cw_text, "cloudwatch-json": r_cw_json,
          "har": r_har, "transcript": r_transcript, "jest-snapshot": r_jest, "bespoken-yaml": r_bespoken,
          "postman-collection": r_postman, "ngrok-inspect": r_ngrok, "junit-xml": r_junit, "csv-turns": r_csv, "slack-export": r_slack}


# ---------------------------------------------------------------- Google
def g_project(d, c):
    kind = c["gkind"]
    lang = c["loc"].split("-")[0]
    if kind == "builder":
        s = [f"defaultLocale: {lang}", f"projectId: {c['id'].split('-',1)[1]}-{hid(c['id'],5)}",
             f"localizedSettings:", f"  displayName: {yq(c['name'])}", f"  pronunciation: {yq(c['inv'])}",
             f"  shortDescription: {yq(c['summary'])}", f"  fullDescription: {yq(c.get('desc', c['summary']))}",
             f"  developerName: {yq(c.get('dev','Little Lantern Studio'))}", f"  developerEmail: hello@{c['id'].split('-',1)[1]}.example.org",
             f"  smallLogoImage: $resources.images.square", f"  sampleInvocations:", f"  - {yq('Talk to ' + c['inv'])}"]
        if c.get("policy"):
            s.append(f"  privacyPolicyUrl: {c['policy']}")
        s += [f"category: {c.get('gcat','KIDS_AND_FAMILY')}", "usesTransactionsApi: false", "usesDigitalPurchaseApi: false",
              "usesInteractiveCanvas: false", "designedForFamily: true" if c.get("child", True) else "designedForFamily: false",
              "containsAlcoholOrTobaccoContent: false", "keepsMicOpen: false"]
        wr(os.path.join(d, "sdk/settings/settings.yaml"), "\n".join(s) + "\n")
        wr(os.path.join(d, "sdk/manifest.yaml"), "version: '1.0'\n")
        for name, phrases, params in c.get("gintents", []):
            y = []
            if params:
                y.append("parameters:")
                for pn, pt in params.items():
                    y += [f"- name: {pn}", "  type:", f"    name: {pt}"]
            y.append("trainingPhrases:")
            y += [f"- {yq(p)}" for p in phrases]
            wr(os.path.join(d, f"sdk/custom/intents/{name}.yaml"), "\n".join(y) + "\n")
        for name, body in c.get("gscenes", {}).items():
            wr(os.path.join(d, f"sdk/custom/scenes/{name}.yaml"), body)
        for name, vals in c.get("gtypes", {}).items():
            if vals == "freeText":
                wr(os.path.join(d, f"sdk/custom/types/{name}.yaml"), "freeText: {}\n")
            else:
                wr(os.path.join(d, f"sdk/custom/types/{name}.yaml"), "synonym:\n  entities:\n" + "".join(
                    f"    {v}:\n      synonyms:\n      - {yq(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
        wr(os.path.join(d, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml"), "handlers:\n- name: main\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    elif kind == "sdk2":
        acts = []
        for name, phrases, params in c.get("gintents", []):
            acts.append({"description": name, "name": name if name != "MAIN" else "MAIN",
                         "fulfillment": {"conversationName": c["id"].split("-", 1)[1]},
                         "intent": {"name": "actions.intent.MAIN" if name == "MAIN" else f"com.example.{name}",
                                    "parameters": [{"name": k, "type": v} for k, v in params.items()],
                                    "trigger": {"queryPatterns": phrases}}})
        wr(os.path.join(d, "action.json"), {"actions": acts, "conversations": {c["id"].split("-", 1)[1]: {
            "name": c["id"].split("-", 1)[1], "url": f"https://us-central1-{c['id'].split('-',1)[1]}.cloudfunctions.net/fulfillment",
            "fulfillmentApiVersion": 2}}, "locale": lang})
    elif kind == "dialogflow":
        ag = {"description": c["summary"], "language": lang, "shortDescription": c["name"], "disableInteractionLogs": False,
              "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"].split("-", 1)[1], "welcomeIntentSignInRequired": False,
                                  "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                  "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False,
                                  "isDeviceAgent": False},
              "defaultTimezone": c.get("tz", "America/Mexico_City"), "webhook": {"url": "https://" + c["id"].split("-", 1)[1] + ".example-fulfil.app/df", "available": True, "useForDomains": False, "cloudFunctionsEnabled": False},
              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True}
        wr(os.path.join(d, "agent.json"), ag)
        wr(os.path.join(d, "package.json"), {"version": "1.0.0"})
        for name, phrases, params in c.get("gintents", []):
            iid = uid(c["id"] + name)
            wr(os.path.join(d, f"intents/{name}.json"), {"id": iid, "name": name, "auto": True, "contexts": [],
                "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "_"), "affectedContexts": [],
                               "parameters": [{"id": uid(iid + k), "name": k, "required": False, "dataType": v, "value": "$" + k, "isList": False} for k, v in params.items()],
                               "messages": [], "speech": []}],
                "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}] if "Welcome" in name else []})
            us = []
            for p in phrases:
                data, parts = [], p.split("{")
                for k, part in enumerate(parts):
                    if k == 0:
                        if part:
                            data.append({"text": part, "userDefined": False})
                        continue
                    pn, rest = part.split("}", 1)
                    data.append({"text": pn, "meta": params.get(pn, "@sys.any"), "alias": pn, "userDefined": True})
                    if rest:
                        data.append({"text": rest, "userDefined": False})
                us.append({"id": uid(iid + p), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            if phrases:
                wr(os.path.join(d, f"intents/{name}_usersays_{lang}.json"), us)
        for name, vals in c.get("gtypes", {}).items():
            wr(os.path.join(d, f"entities/{name}.json"), {"id": uid(name), "name": name, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": True, "allowFuzzyExtraction": False})
            wr(os.path.join(d, f"entities/{name}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])


def g_render(d, c, shape, path, sessions, tag):
    convs = []
    for si, sess in enumerate(sessions):
        cid = "ABwppHG" + hid(c["id"] + tag + str(si), 20)
        for ti, t in enumerate(sess):
            convs.append((cid, ti, t))
    lang = c["rec_loc"]
    if shape == "gactions-conversation":
        lines = []
        for cid, ti, t in convs:
            inp = {"intent": "actions.intent.MAIN" if t["intent"] == "Launch" else ("actions.intent.CANCEL" if t["intent"] == "Cancel" else ("actions.intent.PERMISSION" if t["intent"] == "Permission" else "actions.intent.TEXT")),
                   "rawInputs": [{"inputType": "VOICE", "query": t["u"] or "talk to " + c["inv"]}],
                   "arguments": [{"name": "text", "rawText": t["u"] or "", "textValue": t["u"] or ""}]}
            req = {"user": {"locale": lang, "lastSeen": "2025-02-11T19:02:11Z", "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE", **({"conversationToken": "[]"} if ti else {})},
                   "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                   "isInSandbox": True, "availableSurfaces": []}
            if t["end"]:
                res = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["say"]}}]}}}
            else:
                res = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t["say"]}}]},
                                                                                          **({"noInputPrompts": [{"textToSpeech": t["rep"]}]} if t["rep"] is not None else {})},
                                                                          "possibleIntents": t["dirs"] or [{"intent": "actions.intent.TEXT"}]}]}
            lines.append(json.dumps({"request": req, "response": res}, ensure_ascii=False))
        wr(os.path.join(d, path), "\n".join(lines) + "\n")
    elif shape == "dialogflow-webhook":
        arr = []
        for cid, ti, t in convs:
            req = {"responseId": uid(cid + str(ti)), "session": f"projects/{c['id'].split('-',1)[1]}/agent/sessions/{cid}",
                   "queryResult": {"queryText": t["u"] or "GOOGLE_ASSISTANT_WELCOME", "parameters": t["slots"], "allRequiredParamsPresent": True,
                                   "intent": {"name": f"projects/{c['id'].split('-',1)[1]}/agent/intents/{uid(c['id'] + t['intent'])}", "displayName": t["intent"]},
                                   "intentDetectionConfidence": 1, "languageCode": lang.lower()},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": lang},
                                                   "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE"}}}}
            g = {"expectUserResponse": not t["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["say"]}}]}}
            if t["rep"] is not None:
                g["noInputPrompts"] = [{"textToSpeech": t["rep"]}]
            if t["dirs"]:
                g["systemIntent"] = t["dirs"]
            arr.append({"request": req, "response": {"fulfillmentText": strip(t["say"]), "payload": {"google": g}}})
        wr(os.path.join(d, path), arr)
    elif shape == "gactions-scene":
        arr = []
        for cid, ti, t in convs:
            req = {"handler": {"name": t["intent"] if t["intent"] != "Launch" else "main"}, "intent": {"name": "actions.intent.MAIN" if t["intent"] == "Launch" else t["intent"],
                   "params": {k: {"original": v, "resolved": v} for k, v in t["slots"].items()}, "query": t["u"] or "Talk to " + c["inv"]},
                   "scene": {"name": t.get("scene") or "Main", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": cid, "params": {}, "typeOverrides": [], "languageCode": lang},
                   "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED",
                            "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2025-02-10T17:44:03Z"},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
            res = {"session": {"id": cid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["say"], "text": strip(t["say"])}},
                   "scene": {"name": "Main", "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if t["end"] else (t["card"] or "Main")}}}
            if t["rep"] is not None:
                res["prompt"]["lastSimple"] = {"speech": t["rep"], "text": strip(t["rep"])}
            arr.append({"request": req, "response": res})
        wr(os.path.join(d, path), arr)


# ---------------------------------------------------------------- driver
def case(cid, loc, cats, why, **kw):
    c = dict(id=cid, loc=loc, cats=sorted(cats), why=why, **kw)
    c.setdefault("rec_loc", loc)
    c.setdefault("policy", None)
    CASES.append(c)


def build_all():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    for c in CASES:
        d = os.path.join(OUT, c["id"])
        os.makedirs(d)
        if c.get("gkind"):
            g_project(d, c)
        else:
            alexa_package(d, c)
        shapes = []
        for k, rec in enumerate(c.get("recs", [])):
            shape, path, sessions = rec[0], rec[1], rec[2]
            cc = dict(c)
            if len(rec) > 3:
                cc.update(rec[3])
            if shape in ("gactions-conversation", "dialogflow-webhook", "gactions-scene"):
                g_render(d, cc, shape, path, sessions, "r%d" % k)
            else:
                RENDER[shape](d, cc, path, flatten(cc, sessions, "r%d" % k))
            if shape not in shapes:
                shapes.append(shape)
        for p, content in c.get("files", {}).items():
            wr(os.path.join(d, p), content)
        LABELS[c["id"]] = {"categories": c["cats"], "locale": c["loc"], "shapes": shapes, "why": c["why"]}
    wr(os.path.join(ROOT, "labels.json"), dict(sorted(LABELS.items())))
