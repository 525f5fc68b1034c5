"""Project + recording writers for eval set 94. All content comes from the case files (cases_*.py)."""
import base64, hashlib, json, os, uuid
from datetime import datetime, timedelta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES_DIR = os.path.join(ROOT, "cases")
LABELS = {}


def uid(*parts):
    return str(uuid.UUID(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()))


def hexid(n, *parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest().upper()[:n]


def wjson(path, obj, indent=2):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=indent)
        f.write("\n")


def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# --------------------------------------------------------------------------- turns
def T(utter, intent, say, reprompt=None, end=False, slots=None, perm=None, card=None):
    """One user turn. intent 'LAUNCH' = launch; 'END' = SessionEndedRequest (say ignored)."""
    return dict(utter=utter, intent=intent, say=say, reprompt=reprompt, end=end,
                slots=slots or {}, perm=perm, card=card)


def ssml(s):
    if s is None:
        return None
    return s if s.strip().startswith("<speak>") else "<speak>" + s + "</speak>"


def plain(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "")


# --------------------------------------------------------------------------- Alexa
def alexa_pairs(c, turns, start, tag="a"):
    """Build [(request_envelope, response_envelope, turn, ts)] with realistic session handling."""
    out = []
    skill = "amzn1.ask.skill." + uid(c["id"], "skill")
    user = "amzn1.ask.account." + hexid(40, c["id"], "user")
    dev = "amzn1.ask.device." + hexid(40, c["id"], "dev")
    ts = datetime.fromisoformat(start)
    sess_n, new = 0, True
    sid = "amzn1.echo-api.session." + uid(c["id"], tag, sess_n)
    attrs = {}
    for i, t in enumerate(turns):
        if new and i > 0:
            sess_n += 1
            sid = "amzn1.echo-api.session." + uid(c["id"], tag, sess_n)
        ts += timedelta(seconds=7 + (i * 13) % 23)
        req_id = "amzn1.echo-api.request." + uid(c["id"], tag, i)
        if t["intent"] == "LAUNCH":
            r = {"type": "LaunchRequest"}
        elif t["intent"] == "END":
            r = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
        else:
            r = {"type": "IntentRequest", "dialogState": "COMPLETED" if t["slots"] else None,
                 "intent": {"name": t["intent"], "confirmationStatus": "NONE",
                            "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                      for k, v in t["slots"].items()}}}
            if r["dialogState"] is None:
                del r["dialogState"]
        r.update({"requestId": req_id, "locale": c["locale"], "timestamp": ts.strftime("%Y-%m-%dT%H:%M:%SZ")})
        r = {k: r[k] for k in ["type", "requestId", "locale", "timestamp"] + [k for k in r if k not in ("type", "requestId", "locale", "timestamp")]}
        session = {"new": new, "sessionId": sid, "application": {"applicationId": skill}, "user": {"userId": user}}
        if not new:
            session["attributes"] = attrs
        req = {"version": "1.0", "session": session,
               "context": {"System": {"application": {"applicationId": skill}, "user": {"userId": user},
                                      "device": {"deviceId": dev, "supportedInterfaces": {}},
                                      "apiEndpoint": "https://api.eu.amazonalexa.com" if c["locale"][:2] in ("de", "fr", "es", "it") or c["locale"] == "en-GB" else ("https://api.fe.amazonalexa.com" if c["locale"] == "ja-JP" else "https://api.amazonalexa.com"),
                                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}},
               "request": r}
        if t["intent"] == "END":
            resp = {"version": "1.0", "response": {}}
            new = True
        else:
            body = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["say"])}}
            if t["card"]:
                body["card"] = t["card"]
            elif t["perm"]:
                body["card"] = {"type": "AskForPermissionsConsent", "permissions": t["perm"]}
            if t["reprompt"] is not None:
                body["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["reprompt"])}}
            if t["end"] is not None:
                body["shouldEndSession"] = bool(t["end"])
            resp = {"version": "1.0", "sessionAttributes": dict(attrs), "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.19.0"), "response": body}
            new = bool(t["end"]) or t["end"] is None and t["reprompt"] is None
        out.append((req, resp, t, ts))
    return out


def alexa_project(c):
    d = os.path.join(CASES_DIR, c["id"])
    locs = c.get("locales") or [c["locale"]]
    pub = {}
    for loc in locs:
        pub[loc] = {"summary": c["summary"], "examplePhrases": c.get("examples") or [
            ("Alexa, open " if loc.startswith("en") else "Alexa, öffne " if loc == "de-DE" else "Alexa, ouvre " if loc == "fr-FR" else "Alexa, abre " if loc == "es-ES" else "アレクサ、") + c["invocation"] + ("を開いて" if loc == "ja-JP" else "")],
            "name": c["name"], "description": c.get("description", c["summary"]),
            "smallIconUri": "https://example-cdn.net/%s/icon-108.png" % c["id"][6:],
            "largeIconUri": "https://example-cdn.net/%s/icon-512.png" % c["id"][6:]}
        if c.get("keywords"):
            pub[loc]["keywords"] = c["keywords"]
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
            "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        priv["locales"] = {loc: {"privacyPolicyUrl": c["policy"]} | ({"termsOfUseUrl": c["terms"]} if c.get("terms") else {}) for loc in locs}
    man = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                     "distributionCountries": c.get("countries", [c["locale"][-2:]]),
                                     "testingInstructions": c.get("testing", "Use the example phrases."),
                                     "category": c.get("category", "SMART_HOME"),
                                     "automaticDistribution": {"isActive": False}},
           "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", "arn:aws:lambda:%s:%s:function:%s" % (
               "eu-west-1" if c["locale"][:2] in ("de", "fr", "es") or c["locale"] == "en-GB" else ("us-west-2" if c["locale"] == "ja-JP" else "us-east-1"),
               hexid(12, c["id"]).translate(str.maketrans("ABCDEF", "314159")), c["id"][6:]))}}},
           "manifestVersion": "1.0", "privacyAndCompliance": priv}
    if c.get("perms"):
        man["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("account_linking"):
        man["apis"]["custom"]["interfaces"] = []
    wjson(os.path.join(d, "skill-package", "skill.json"), {"manifest": man})
    for loc in locs:
        m = c["models"][loc] if c.get("models") else c["model"]
        intents = []
        for it in m["intents"]:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            o = {"name": name}
            if slots:
                o["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
            o["samples"] = samples
            intents.append(o)
        for b in ("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"):
            if b not in [x["name"] for x in intents] and not (b == "AMAZON.FallbackIntent" and not m.get("fallback", True)):
                intents.append({"name": b, "samples": []})
        lm = {"invocationName": m.get("invocation", c["invocation"]), "intents": intents,
              "types": [{"name": tn, "values": [{"name": {"value": v}} if isinstance(v, str) else {"name": {"value": v[0], "synonyms": v[1:]}} for v in vals]}
                        for tn, vals in m.get("types", {}).items()]}
        im = {"interactionModel": {"languageModel": lm}}
        if m.get("dialog"):
            im["interactionModel"]["dialog"] = m["dialog"]
        if m.get("prompts"):
            im["interactionModel"]["prompts"] = m["prompts"]
        wjson(os.path.join(d, "skill-package", "interactionModels", "custom", loc + ".json"), im)
    if c.get("ask_resources", True):
        wjson(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"},
            "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x" if not c.get("py") else "python3.11", "handler": "index.handler" if not c.get("py") else "lambda_function.lambda_handler", "awsRegion": "us-east-1"}}}}})


# --------------------------------------------------------------------------- Alexa recording shapes
def _rel(c, p):
    return os.path.join(CASES_DIR, c["id"], p)


def rec_envelope(c, pairs, folder, names=None):
    for i, (req, resp, t, ts) in enumerate(pairs):
        n = names[i] if names else "%02d-%s.json" % (i + 1, (t["intent"] if t["intent"] not in ("LAUNCH",) else "launch").replace("AMAZON.", "").lower())
        wjson(_rel(c, os.path.join(folder, n)), resp)


def rec_pairs_jsonl(c, pairs, path):
    wtext(_rel(c, path), "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for q, r, _, _ in pairs))


def rec_pairs_array(c, pairs, path):
    wjson(_rel(c, path), [{"request": q, "response": r} for q, r, _, _ in pairs])


def _sim(c, q, r, t, i, kind):
    ep = "arn:aws:lambda:us-east-1:000000000000:function:" + c["id"][6:]
    inv = {"invocationRequest": {"endpoint": ep, "body": q}, "invocationResponse": {"body": r}}
    if kind == "simulation":
        return {"id": uid(c["id"], "sim", i), "status": "SUCCESSFUL", "result": {
            "alexaExecutionInfo": {"alexaResponses": [] if t["intent"] == "END" else [{"type": "Speech", "content": {"caption": plain(t["say"])}}],
                                   "consideredIntents": [] if t["intent"] in ("LAUNCH", "END") else [{"name": t["intent"], "confirmationStatus": "NONE", "slots": {}}]},
            "skillExecutionInfo": {"invocations": [inv | {"metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 17}}]},
            "error": None}}
    return {"id": uid(c["id"], "inv", i), "status": "SUCCESSFUL", "result": {
        "skillExecutionInfo": inv | {"metrics": {"skillExecutionTimeInMilliseconds": 210 + i * 11}}, "error": None}}


def rec_smapi_sim(c, pairs, folder, names=None, single=None):
    objs = [_sim(c, q, r, t, i, "simulation") for i, (q, r, t, _) in enumerate(pairs)]
    if single:
        wjson(_rel(c, single), objs)
        return
    for i, o in enumerate(objs):
        n = names[i] if names else "sim-%02d.json" % (i + 1)
        wjson(_rel(c, os.path.join(folder, n)), o)


def rec_smapi_inv(c, pairs, folder):
    for i, (q, r, t, _) in enumerate(pairs):
        wjson(_rel(c, os.path.join(folder, "invoke-%02d-%s.json" % (i + 1, t["intent"].lower().replace("amazon.", "")))), _sim(c, q, r, t, i, "invocation"))


def rec_ask_dialog(c, pairs, folder):
    replay = {"skillId": pairs[0][0]["session"]["application"]["applicationId"], "locale": c["locale"], "type": "text",
              "userInput": [t["utter"] for _, _, t, _ in pairs if t["intent"] != "END"]}
    wjson(_rel(c, os.path.join(folder, "replay.json")), replay)
    out = []
    for q, r, t, _ in pairs:
        if t["intent"] == "END":
            continue
        out.append({"utterance": t["utter"], "invocations": [{"invocationRequest": {"body": q}, "invocationResponse": {"body": r}}],
                    "alexaResponses": [{"type": "Speech", "content": {"caption": plain(t["say"])}}]})
    wjson(_rel(c, os.path.join(folder, "replay-output.json")), out)


def _cw_lines(c, pairs, py=False, kw=("Request: ", "Response: ")):
    lines = []
    for i, (q, r, t, ts) in enumerate(pairs):
        rid = uid(c["id"], "lambda", i)
        s = ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (i * 37 % 1000)
        lines.append("START RequestId: %s Version: $LATEST" % rid)
        if py:
            lines.append("[INFO]\t%s\t%s\t%s%s" % (s, rid, kw[0], json.dumps(q, ensure_ascii=False)))
            lines.append("[INFO]\t%s\t%s\t%s%s" % (s, rid, kw[1], json.dumps(r, ensure_ascii=False)))
        else:
            lines.append("%s\t%s\tINFO\t%s%s" % (s, rid, kw[0], json.dumps(q, ensure_ascii=False)))
            lines.append("%s\t%s\tINFO\t%s%s" % (s, rid, kw[1], json.dumps(r, ensure_ascii=False)))
        lines.append("END RequestId: %s" % rid)
        lines.append("REPORT RequestId: %s\tDuration: %d.%02d ms\tBilled Duration: %d ms\tMemory Size: 128 MB\tMax Memory Used: 81 MB" % (rid, 40 + i * 7, i * 3 % 100, 41 + i * 7))
    return lines


def rec_cw_text(c, pairs, path, **kw):
    wtext(_rel(c, path), "\n".join(_cw_lines(c, pairs, **kw)) + "\n")


def rec_cw_json(c, pairs, path):
    ev = []
    base = int(pairs[0][3].timestamp() * 1000)
    for j, line in enumerate(_cw_lines(c, pairs)):
        ev.append({"logStreamName": "2024/05/14/[$LATEST]" + hexid(32, c["id"]).lower(), "timestamp": base + j * 41,
                   "message": line + "\n", "ingestionTime": base + j * 41 + 900, "eventId": str(37000000000000000000000000000000000000000000000000000000 + j * 7919)})
    wjson(_rel(c, path), {"events": ev, "searchedLogStreams": []})


def _har_entry(url, q, r, ts, ms=230):
    return {"startedDateTime": ts.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": ms,
            "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                        "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}],
                        "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(json.dumps(q)),
                        "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                         "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                         "content": {"size": len(json.dumps(r)), "mimeType": "application/json", "text": json.dumps(r, ensure_ascii=False)},
                         "redirectURL": "", "headersSize": -1, "bodySize": len(json.dumps(r))},
            "cache": {}, "timings": {"send": 1, "wait": ms - 3, "receive": 2}}


def rec_har(c, pairs, path, url=None):
    url = url or "https://%s.ngrok-free.app/alexa" % c["id"][6:]
    wjson(_rel(c, path), {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"},
                                  "entries": [_har_entry(url, q, r, ts) for q, r, _, ts in pairs]}})


def rec_transcript(c, pairs, path, header=""):
    L = [header] if header else []
    for q, r, t, ts in pairs:
        s = ts.strftime("%Y-%m-%d %H:%M:%S")
        if t["intent"] == "END":
            L.append("[%s] (session ended by user)" % s)
            continue
        L.append("[%s] USER: %s" % (s, t["utter"]))
        L.append("[%s] SKILL: %s" % (s, plain(t["say"])))
        if t["reprompt"] is not None:
            L.append("[%s] SKILL (reprompt): %s" % (s, plain(t["reprompt"])))
        L.append("session_open=%s" % ("false" if t["end"] else "true"))
    wtext(_rel(c, path), "\n".join(L) + "\n")


# ---- shapes not in set 1
def _pf(v, ind=0):
    """jest pretty-format"""
    p = "  " * ind
    if isinstance(v, dict):
        if not v:
            return "Object {}"
        return "Object {\n" + "".join('%s  "%s": %s,\n' % (p, k, _pf(x, ind + 1)) for k, x in v.items()) + p + "}"
    if isinstance(v, list):
        if not v:
            return "Array []"
        return "Array [\n" + "".join("%s  %s,\n" % (p, _pf(x, ind + 1)) for x in v) + p + "]"
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, (int, float)):
        return str(v)
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("${", "\\${") + '"'


def rec_jest_snapshot(c, pairs, path, suite="handler"):
    L = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for i, (q, r, t, _) in enumerate(pairs):
        name = "%s %s: %s 1" % (suite, t["intent"] if t["intent"] != "LAUNCH" else "LaunchRequest", t["utter"])
        L.append("exports[`%s`] = `\n%s\n`;\n" % (name.replace("`", "\\`"), _pf(r)))
    wtext(_rel(c, path), "\n".join(L))


def rec_sam_local(c, pairs, folder):
    out = []
    for i, (q, r, t, ts) in enumerate(pairs):
        ev = "events/%02d-%s.json" % (i + 1, "launch" if t["intent"] == "LAUNCH" else t["intent"].lower().replace("amazon.", ""))
        wjson(_rel(c, os.path.join(folder, ev)), q)
        rid = uid(c["id"], "sam", i)
        out += ["$ sam local invoke SkillFunction -e %s" % ev,
                "Invoking index.handler (nodejs18.x)",
                "Local image is up-to-date",
                "Using local image: public.ecr.aws/lambda/nodejs:18-rapid-x86_64.",
                "",
                "Mounting /home/dev/%s/.aws-sam/build/SkillFunction as /var/task:ro,delegated, inside runtime container" % c["id"][6:],
                "START RequestId: %s Version: $LATEST" % rid,
                "%s\t%s\tINFO\thandled %s" % (ts.strftime("%Y-%m-%dT%H:%M:%S.412Z"), rid, q["request"]["type"] + ("/" + q["request"]["intent"]["name"] if "intent" in q["request"] else "")),
                "END RequestId: %s" % rid,
                "REPORT RequestId: %s\tInit Duration: 0.41 ms\tDuration: %d.17 ms\tBilled Duration: %d ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB\t" % (rid, 300 + i, 301 + i),
                json.dumps(r, ensure_ascii=False), ""]
    wtext(_rel(c, os.path.join(folder, "sam-local-run.log")), "\n".join(out))


def rec_junit(c, pairs, path, suite=None):
    from xml.sax.saxutils import escape, quoteattr
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<testsuites name="Mocha Tests" time="%.3f" tests="%d" failures="0">' % (0.21 * len(pairs), len(pairs)),
         '  <testsuite name=%s timestamp="%s" tests="%d" file="test/conversation.spec.js" time="%.3f" failures="0">' % (
             quoteattr(suite or c["name"] + " conversation"), pairs[0][3].strftime("%Y-%m-%dT%H:%M:%S"), len(pairs), 0.21 * len(pairs))]
    for q, r, t, _ in pairs:
        L.append('    <testcase name=%s time="0.2%d" classname=%s>' % (quoteattr("responds to \"%s\"" % t["utter"]), len(t["utter"]) % 10, quoteattr("LaunchRequest" if t["intent"] == "LAUNCH" else t["intent"])))
        L.append("      <system-out><![CDATA[request=%s\nresponse=%s\n]]></system-out>" % (json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)))
        L.append("    </testcase>")
    L += ["  </testsuite>", "</testsuites>", ""]
    wtext(_rel(c, path), "\n".join(L))


def rec_csv(c, turns, path, start, platform="alexa"):
    import csv, io
    b = io.StringIO()
    w = csv.writer(b)
    w.writerow(["timestamp", "session_id", "turn", "speaker", "text", "reprompt", "session_open"])
    ts = datetime.fromisoformat(start)
    s, n, new = 0, 0, False
    for t in turns:
        if new:
            s += 1
            n = 0
        n += 1
        ts += timedelta(seconds=9)
        sid = "s-%s-%d" % (hexid(6, c["id"]).lower(), s)
        if t["intent"] == "END":
            w.writerow([ts.isoformat(), sid, n, "system", "SessionEndedRequest USER_INITIATED", "", "false"])
            new = True
            continue
        w.writerow([ts.isoformat(), sid, n, "user", t["utter"], "", ""])
        w.writerow([(ts + timedelta(seconds=1)).isoformat(), sid, n, "skill", plain(t["say"]), "" if t["reprompt"] is None else plain(t["reprompt"]) or "<empty>", "false" if t["end"] else "true"])
        new = bool(t["end"])
    wtext(_rel(c, path), b.getvalue())


def rec_ngrok(c, pairs, path, route="/alexa"):
    reqs = []
    for i, (q, r, t, ts) in enumerate(pairs):
        qb = json.dumps(q, ensure_ascii=False).encode()
        rb = json.dumps(r, ensure_ascii=False).encode()
        rawq = ("POST %s HTTP/1.1\r\nHost: %s.ngrok-free.app\r\nUser-Agent: Apache-HttpClient/UNAVAILABLE (Java/1.8.0_412)\r\nContent-Length: %d\r\nContent-Type: application/json; charset=utf-8\r\nSignature: REDACTED\r\nSignaturecertchainurl: https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem\r\n\r\n" % (route, c["id"][6:], len(qb))).encode() + qb
        rawr = ("HTTP/1.1 200 OK\r\nContent-Length: %d\r\nContent-Type: application/json; charset=utf-8\r\nDate: %s\r\n\r\n" % (len(rb), ts.strftime("%a, %d %b %Y %H:%M:%S GMT"))).encode() + rb
        aid = "ar_" + hexid(27, c["id"], "ng", i).lower()
        reqs.append({"uri": "/api/requests/http/" + aid, "id": aid, "tunnel_name": "command_line", "remote_addr": "54.239.%d.%d" % (20 + i, 100 + i),
                     "start": ts.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", "duration": 184000000 + i * 1000,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "uri": route, "raw": base64.b64encode(rawq).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "raw": base64.b64encode(rawr).decode()}})
    wjson(_rel(c, path), {"uri": "/api/requests/http", "requests": list(reversed(reqs))})


# --------------------------------------------------------------------------- Google projects
def _y(s):
    return json.dumps(s, ensure_ascii=False)


def builder_project(c):
    d = os.path.join(CASES_DIR, c["id"], "sdk")
    lang = c["locale"].split("-")[0]
    st = ["defaultLocale: %s" % lang, "projectId: %s" % c["id"][6:] + "-" + hexid(4, c["id"]).lower(), "localizedSettings:",
          "  displayName: %s" % _y(c["name"]), "  pronunciation: %s" % _y(c["invocation"]),
          "  shortDescription: %s" % _y(c["summary"]), "  fullDescription: %s" % _y(c.get("description", c["summary"])),
          "  developerName: %s" % _y(c.get("developer", "Kleinwerk Labs")), "  developerEmail: %s" % _y(c.get("email", "support@" + c["id"][6:] + ".example")),
          "  sampleInvocations:"] + ["  - %s" % _y(x) for x in c.get("examples", [{"en": "Talk to %s", "nl": "Praat met %s", "de": "Mit %s sprechen", "ja": "%sにつないで", "fr": "Parler avec %s", "es": "Hablar con %s"}[c["locale"][:2]] % c["invocation"]])]
    if c.get("policy"):
        st.append("  privacyPolicyUrl: %s" % _y(c["policy"]))
    if c.get("terms"):
        st.append("  termsOfServiceUrl: %s" % _y(c["terms"]))
    st += ["  smallLogoImage: $resources.images.logo", "category: %s" % c.get("gcategory", "HOME_CONTROL"),
           "usesTransactionsApi: false", "usesDigitalPurchaseApi: false", "usesInteractiveCanvas: false",
           "designedForFamily: %s" % ("true" if c.get("kids") else "false"), "containsAlcoholOrTobaccoContent: false",
           "surfaceRequirements: {}", ""]
    wtext(os.path.join(d, "settings", "settings.yaml"), "\n".join(st))
    wtext(os.path.join(d, "webhooks", "ActionsOnGoogleFulfillment.yaml"), "handlers:\n" + "".join("- name: %s\n" % h for h in c.get("handlers", ["main"])) + "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    wtext(os.path.join(d, "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    engagement:\n      title: %s\n" % _y(c["name"]))
    for name, phrases, params in c["model"]["intents"]:
        y = []
        if params:
            y.append("parameters:")
            for p, ty in params.items():
                y += ["- name: %s" % p, "  type:", "    name: %s" % ty]
        y.append("trainingPhrases:")
        y += ["- %s" % _y(p) for p in phrases]
        wtext(os.path.join(d, "custom", "intents", name + ".yaml"), "\n".join(y) + "\n")
    for tn, vals in c["model"].get("types", {}).items():
        if vals == "freeText":
            wtext(os.path.join(d, "custom", "types", tn + ".yaml"), "freeText: {}\n")
        else:
            y = ["synonym:", "  entities:"]
            for v in vals:
                v = [v] if isinstance(v, str) else v
                y += ["    %s:" % _y(v[0]), "      synonyms:"] + ["      - %s" % _y(s) for s in v]
            y += ["  matchType: EXACT_MATCH"]
            wtext(os.path.join(d, "custom", "types", tn + ".yaml"), "\n".join(y) + "\n")
    for sn, text in c["model"].get("scenes", {}).items():
        wtext(os.path.join(d, "custom", "scenes", sn + ".yaml"), text.strip("\n") + "\n")
    wtext(os.path.join(d, "custom", "global", "actions.intent.MAIN.yaml"), "handler:\n  webhookHandler: main\ntransitionToScene: %s\n" % c["model"].get("start", "Main"))


def sdk2_project(c):
    d = os.path.join(CASES_DIR, c["id"])
    lang = c["locale"]
    ex = c.get("examples", [{"en": "talk to %s", "nl": "praat met %s", "de": "mit %s sprechen", "ja": "%sにつないで", "fr": "parler avec %s", "es": "hablar con %s"}[c["locale"][:2]] % c["invocation"]])
    c["examples"] = ex
    acts = [{"description": "Default welcome intent", "name": "MAIN", "fulfillment": {"conversationName": c["id"][6:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ex}}}]
    for name, pats, params in c["model"]["intents"]:
        a = {"description": name, "name": name.split(".")[-1].upper(), "fulfillment": {"conversationName": c["id"][6:]},
             "intent": {"name": name, "trigger": {"queryPatterns": pats}}}
        if params:
            a["intent"]["parameters"] = [{"name": k, "type": v} for k, v in params.items()]
        acts.append(a)
    man = {"displayName": c["name"], "invocationName": c["invocation"], "shortDescription": c["summary"],
           "longDescription": c.get("description", c["summary"]), "category": c.get("gcategory", "HOME_CONTROL"),
           "companyName": c.get("developer", "Kleinwerk Labs"), "contactEmail": c.get("email", "dev@" + c["id"][6:] + ".example"),
           "sampleInvocation": c.get("examples", ["talk to " + c["invocation"]])}
    if c.get("policy"):
        man["privacyUrl"] = c["policy"]
    if c.get("terms"):
        man["termsOfServiceUrl"] = c["terms"]
    obj = {"locale": lang, "manifest": man, "actions": acts,
           "conversations": {c["id"][6:]: {"name": c["id"][6:], "url": "https://europe-west1-%s.cloudfunctions.net/fulfillment" % c["id"][6:], "fulfillmentApiVersion": 2}}}
    if c["model"].get("types"):
        obj["types"] = [{"name": "$" + tn, "entities": [{"key": v if isinstance(v, str) else v[0], "synonyms": [v] if isinstance(v, str) else v} for v in vals]} for tn, vals in c["model"]["types"].items()]
    wjson(os.path.join(d, "action.json"), obj)


def dialogflow_project(c):
    d = os.path.join(CASES_DIR, c["id"])
    lang = c["locale"].split("-")[0]
    if c["locale"] in ("en-GB", "en-US"):
        lang = "en"
    agent = {"description": c["summary"], "language": lang, "shortDescription": c["name"], "examples": "", "linkToDocs": "",
             "displayName": c["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
             "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][6:] + "-" + hexid(4, c["id"]).lower(),
                                 "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": [],
                                 "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": c.get("policy", ""), "grantType": "AUTH_CODE_GRANT"},
                                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
             "defaultTimezone": c.get("tz", "Europe/Amsterdam"),
             "webhook": {"url": "https://europe-west3-%s.cloudfunctions.net/dialogflowFirebaseFulfillment" % c["id"][6:], "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False}
    wjson(os.path.join(d, "agent.json"), agent)
    wjson(os.path.join(d, "package.json"), {"version": "1.0.0"})
    intents = [("Default Welcome Intent", [], {})] + list(c["model"]["intents"])
    if "Default Fallback Intent" not in [i[0] for i in intents]:
        intents.append(("Default Fallback Intent", [], {}))
    for name, says, params in intents:
        ps = [{"id": uid(c["id"], name, p), "name": p, "required": False, "dataType": ty, "value": "$" + p, "defaultValue": "", "isList": False, "prompts": [], "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [], "outputDialogContexts": []} for p, ty in params.items()]
        wjson(os.path.join(d, "intents", name + ".json"), {"id": uid(c["id"], name), "name": name, "auto": True, "contexts": [],
              "responses": [{"resetContexts": False, "action": "input." + name.lower().replace(" ", "_"), "affectedContexts": [], "parameters": ps, "messages": [], "speech": []}],
              "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name == "Default Fallback Intent", "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else [], "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []})
        if says:
            us = []
            for s in says:
                parts, data = _split_df(s, params), []
                for txt, p in parts:
                    if p:
                        data.append({"text": txt, "alias": p, "meta": params[p], "userDefined": True})
                    else:
                        data.append({"text": txt, "userDefined": False})
                us.append({"id": uid(c["id"], name, s), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            wjson(os.path.join(d, "intents", "%s_usersays_%s.json" % (name, lang)), us)
    for tn, vals in c["model"].get("types", {}).items():
        wjson(os.path.join(d, "entities", tn + ".json"), {"id": uid(c["id"], tn), "name": tn, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        wjson(os.path.join(d, "entities", "%s_entries_%s.json" % (tn, lang)), [{"value": v if isinstance(v, str) else v[0], "synonyms": [v] if isinstance(v, str) else v} for v in vals])


def _split_df(s, params):
    """'turn {device} off' with {device} -> [('turn ', None), ('kitchen', 'device'), (' off', None)] ; {p|example}"""
    import re
    out, pos = [], 0
    for m in re.finditer(r"\{(\w+)\|([^}]*)\}", s):
        if m.start() > pos:
            out.append((s[pos:m.start()], None))
        out.append((m.group(2), m.group(1)))
        pos = m.end()
    if pos < len(s):
        out.append((s[pos:], None))
    return out


# --------------------------------------------------------------------------- Google recordings
def g_pairs(c, turns, start, kind, tag="g"):
    out = []
    ts = datetime.fromisoformat(start)
    s, new = 0, True
    proj = c["id"][6:]
    for i, t in enumerate(turns):
        if new and i > 0:
            s += 1
        sid = "ABwppHG" + hexid(40, c["id"], tag, s)
        ts += timedelta(seconds=8 + i % 5)
        uloc = c["locale"]
        main = t["intent"] == "LAUNCH"
        query = t["utter"]
        if kind == "scene":
            req = {"handler": {"name": t.get("handler") or ("main" if main else t["intent"].lower())},
                   "intent": {"name": "actions.intent.MAIN" if main else t["intent"], "params": {k: {"original": v, "resolved": v} for k, v in t["slots"].items()}, "query": query},
                   "scene": {"name": "actions.scene.START_CONVERSATION" if main else t.get("scene", "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                   "user": {"locale": uloc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": ts.strftime("%Y-%m-%dT%H:%M:%SZ")},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": c.get("tz", "Europe/Amsterdam"), "version": ""}}}
            resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["say"], "text": plain(t["say"])}}}
            if t["end"]:
                resp["scene"] = {"name": t.get("scene", "Main"), "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
            else:
                resp["scene"] = {"name": t.get("scene", "Main"), "slots": {}, "next": {"name": t.get("next_scene", "Main")}}
            if t["perm"]:
                resp["scene"]["next"] = {"name": "AskPermission"}
                resp["session"]["params"]["permissionsRequested"] = t["perm"]
            if t["reprompt"] is not None and not t["end"]:
                out.append((req, resp, t, ts))
                ts = ts + timedelta(seconds=8)
                req = json.loads(json.dumps(req))
                req["handler"]["name"] = "no_input"
                req["intent"] = {"name": "actions.intent.NO_INPUT_1", "params": {}, "query": ""}
                req["scene"]["name"] = resp["scene"]["next"]["name"]
                resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["reprompt"], "text": plain(t["reprompt"])}},
                        "scene": {"name": resp["scene"]["next"]["name"], "slots": {}, "next": {"name": resp["scene"]["next"]["name"]}}}
        else:
            conv = {"conversationId": sid, "type": "NEW" if new else "ACTIVE"}
            if not new:
                conv["conversationToken"] = "[]"
            inp = {"intent": "actions.intent.MAIN" if main else (t["intent"] if t["intent"].startswith("actions.intent.") else "actions.intent.TEXT") if kind == "conv" else ("actions.intent.PERMISSION" if "PERMISSION" in t["intent"] else "actions.intent.TEXT"),
                   "rawInputs": [{"inputType": "VOICE", "query": query}],
                   "arguments": [{"name": "text", "rawText": query, "textValue": query}] if not main else []}
            if "PERMISSION" in t["intent"]:
                inp["intent"] = "actions.intent.PERMISSION"
                inp["arguments"] = [{"name": "PERMISSION", "boolValue": True, "textValue": "true"}]
            ag = {"user": {"locale": uloc, "lastSeen": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "userVerificationStatus": "VERIFIED"},
                  "conversation": conv, "inputs": [inp],
                  "surface": {"capabilities": [{"name": "actions.capability.SPEECH_OUTPUT"}, {"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                  "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
            items = [{"simpleResponse": {"textToSpeech": t["say"]}}]
            if kind == "conv":
                req = ag
                if t["end"]:
                    resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
                else:
                    ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                    if t["reprompt"] is not None:
                        ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": x} for x in (t["reprompt"] if isinstance(t["reprompt"], list) else [t["reprompt"]])]
                    if t["perm"]:
                        ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": plain(t["say"]), "permissions": t["perm"]}}]
                    resp = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
            else:  # dialogflow
                dn = "Default Welcome Intent" if main else t["intent"]
                req = {"responseId": uid(c["id"], tag, "resp", i) + "-" + hexid(8, c["id"], i).lower(),
                       "queryResult": {"queryText": "GOOGLE_ASSISTANT_WELCOME" if main else query, "parameters": dict(t["slots"]), "allRequiredParamsPresent": True,
                                       "outputContexts": [{"name": "projects/%s/agent/sessions/%s/contexts/actions_capability_audio_output" % (proj, sid)}],
                                       "intent": {"name": "projects/%s/agent/intents/%s" % (proj, uid(c["id"], dn)), "displayName": dn},
                                       "intentDetectionConfidence": 1 if main else 0.87, "languageCode": c["locale"].split("-")[0] if not c["locale"].startswith("en") else "en"},
                       "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": ag},
                       "session": "projects/%s/agent/sessions/%s" % (proj, sid)}
                g = {"expectUserResponse": not t["end"], "richResponse": {"items": items}}
                if t["reprompt"] is not None and not t["end"]:
                    g["noInputPrompts"] = [{"textToSpeech": x} for x in (t["reprompt"] if isinstance(t["reprompt"], list) else [t["reprompt"]])]
                if t["perm"]:
                    g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": plain(t["say"]), "permissions": t["perm"]}}
                resp = {"payload": {"google": g}}
        out.append((req, resp, t, ts))
        new = bool(t["end"])
    return out


def rec_g_jsonl(c, pairs, path):
    wtext(_rel(c, path), "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for q, r, _, _ in pairs))


def rec_g_array(c, pairs, path):
    wjson(_rel(c, path), [{"request": q, "response": r} for q, r, _, _ in pairs])


def rec_g_files(c, pairs, folder):
    for i, (q, r, t, _) in enumerate(pairs):
        wjson(_rel(c, os.path.join(folder, "%02d-request.json" % (i + 1))), q)
        wjson(_rel(c, os.path.join(folder, "%02d-response.json" % (i + 1))), r)


def rec_gcloud(c, pairs, path, fn="ActionsOnGoogleFulfillment"):
    ents = []
    for i, (q, r, t, ts) in enumerate(pairs):
        for j, (m, b) in enumerate((("Request", q), ("Response", r))):
            t2 = ts + timedelta(milliseconds=120 * j)
            ents.append({"insertId": hexid(14, c["id"], i, j).lower(), "jsonPayload": {"message": m, "body": b},
                         "resource": {"type": "cloud_function", "labels": {"function_name": fn, "project_id": c["id"][6:] + "-" + hexid(4, c["id"]).lower(), "region": "europe-west1"}},
                         "timestamp": t2.strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z", "severity": "INFO",
                         "labels": {"execution_id": hexid(12, c["id"], i).lower()},
                         "logName": "projects/%s-%s/logs/cloudfunctions.googleapis.com%%2Fcloud-functions" % (c["id"][6:], hexid(4, c["id"]).lower()),
                         "trace": "projects/%s/traces/%s" % (c["id"][6:], hexid(32, c["id"], i).lower()),
                         "receiveTimestamp": (t2 + timedelta(milliseconds=300)).strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"})
    wjson(_rel(c, path), list(reversed(ents)))


def rec_detectintent(c, pairs, path):
    """python script calling sessions.detectIntent; one line per call"""
    L = []
    for q, r, t, ts in pairs:
        g = r["payload"]["google"]
        qr = q["queryResult"]
        L.append(json.dumps({"session": q["session"], "queryInput": {"text": {"text": t["utter"], "languageCode": qr["languageCode"]}} if t["intent"] != "LAUNCH" else {"event": {"name": "WELCOME", "languageCode": qr["languageCode"]}},
                             "response": {"responseId": q["responseId"], "queryResult": {
                                 "queryText": qr["queryText"], "parameters": qr["parameters"], "allRequiredParamsPresent": True,
                                 "fulfillmentMessages": [{"platform": "ACTIONS_ON_GOOGLE", "simpleResponses": {"simpleResponses": [{"textToSpeech": it["simpleResponse"]["textToSpeech"]} for it in g["richResponse"]["items"]]}}],
                                 "webhookPayload": {"google": g}, "intent": qr["intent"], "intentDetectionConfidence": qr["intentDetectionConfidence"],
                                 "diagnosticInfo": {"webhook_latency_ms": 212}, "languageCode": qr["languageCode"]},
                                 "webhookStatus": {"message": "Webhook execution successful"}}}, ensure_ascii=False))
    wtext(_rel(c, path), "\n".join(L) + "\n")


# --------------------------------------------------------------------------- registration
def register(c):
    LABELS[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": c["shapes"], "why": c["why"]}
    plat = c.get("platform", "alexa")
    {"alexa": alexa_project, "builder": builder_project, "sdk2": sdk2_project, "dialogflow": dialogflow_project}[plat](c)
    for path, text in c.get("files", {}).items():
        wtext(_rel(c, path), text)
    for r in c["recs"]:
        r(c)


def A(shape, turns, start="2024-05-14T18:02:00", **kw):
    """recording closure for Alexa: shape name -> writer"""
    def go(c):
        pairs = alexa_pairs(c, turns, start, tag=kw.get("tag", "a"))
        k = dict(kw)
        k.pop("tag", None)
        {"envelope": rec_envelope, "pairs-jsonl": rec_pairs_jsonl, "pairs-array": rec_pairs_array,
         "smapi-simulation": rec_smapi_sim, "smapi-invocation": rec_smapi_inv, "ask-dialog": rec_ask_dialog,
         "cloudwatch-text": rec_cw_text, "cloudwatch-json": rec_cw_json, "har": rec_har, "transcript": rec_transcript,
         "jest-snapshot": rec_jest_snapshot, "sam-local": rec_sam_local, "junit-xml": rec_junit, "ngrok-inspect": rec_ngrok,
         }[shape](c, pairs, **k)
    return go


def CSV(turns, path, start="2024-05-14T18:02:00"):
    return lambda c: rec_csv(c, turns, path, start)


def G(shape, turns, start="2024-05-14T18:02:00", **kw):
    kind = {"gactions-scene": "scene", "gactions-conversation": "conv", "dialogflow-webhook": "df"}.get(shape)

    def go(c):
        k = dict(kw)
        writer = k.pop("writer", None)
        tag = k.pop("tag", "g")
        kd = kind or k.pop("kind")
        pairs = g_pairs(c, turns, start, kd, tag=tag)
        if shape == "gcloud-logging-json":
            rec_gcloud(c, pairs, **k)
        elif shape == "dialogflow-detectintent":
            rec_detectintent(c, pairs, **k)
        elif shape == "ngrok-inspect":
            rec_ngrok(c, pairs, **k)
        elif shape == "har":
            rec_har(c, pairs, **k)
        else:
            {"jsonl": rec_g_jsonl, "array": rec_g_array, "files": rec_g_files}[writer or "jsonl"](c, pairs, **k)
    return go
