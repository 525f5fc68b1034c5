"""Renderers for set 120: project files and recordings in many shapes. Case content lives in cases_*.py."""
import base64, csv, hashlib, io, json, os, uuid

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
LABELS = {}


def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    h = hid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def w(cid, rel, data):
    p = os.path.join(OUT, cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        if isinstance(data, (dict, list)):
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.write("\n")
        else:
            f.write(data)


def ssml(s):
    if s is None:
        return None
    return s if s.strip().startswith("<speak>") else f"<speak>{s}</speak>"


def plain(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "").strip()


# ---------------------------------------------------------------- turns
def split_sessions(sessions):
    """A turn that follows a turn with end=True opens a new session."""
    out = []
    for sess in sessions:
        cur = []
        for turn in sess:
            if cur and cur[-1]["end"] is True:
                out.append(cur)
                cur = []
            cur.append(turn)
        if cur:
            out.append(cur)
    return out


def t(say, intent, speech, reprompt=None, end=False, slots=None, directives=None, plain_speech=False):
    """One turn. intent 'Launch' = LaunchRequest; 'SessionEnded' = SessionEndedRequest."""
    return dict(say=say, intent=intent, speech=speech, reprompt=reprompt, end=end, slots=slots or {},
                directives=directives, plain_speech=plain_speech)


def ts(base, i):
    """base 'YYYY-MM-DDTHH:MM' -> ISO timestamp i*7 seconds later."""
    import datetime
    d = datetime.datetime.strptime(base, "%Y-%m-%dT%H:%M") + datetime.timedelta(seconds=7 * i + 3)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


class Alexa:
    def __init__(self, cid, locale, appid_seed):
        self.cid, self.locale = cid, locale
        self.app = "amzn1.ask.skill." + uid("app", appid_seed)
        self.user = "amzn1.ask.account." + hid("user", appid_seed, n=40).upper()
        self.device = "amzn1.ask.device." + hid("dev", appid_seed, n=40).upper()

    def request(self, turn, sess_id, new, i, when):
        sysctx = {"application": {"applicationId": self.app}, "user": {"userId": self.user},
                  "device": {"deviceId": self.device, "supportedInterfaces": {"AudioPlayer": {}}},
                  "apiEndpoint": "https://api.eu.amazonalexa.com" if self.locale in ("en-GB", "it-IT", "fr-FR", "es-ES", "de-DE") else "https://api.amazonalexa.com",
                  "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}
        rid = "amzn1.echo-api.request." + uid(self.cid, sess_id, i)
        stamp = ts(when, i)
        if turn["intent"] == "Launch":
            req = {"type": "LaunchRequest", "requestId": rid, "locale": self.locale, "timestamp": stamp, "shouldLinkResultBeReturned": False}
        elif turn["intent"] == "SessionEnded":
            req = {"type": "SessionEndedRequest", "requestId": rid, "locale": self.locale, "timestamp": stamp, "reason": "USER_INITIATED"}
        else:
            req = {"type": "IntentRequest", "requestId": rid, "locale": self.locale, "timestamp": stamp,
                   "intent": {"name": turn["intent"], "confirmationStatus": "NONE",
                              "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in turn["slots"].items()}},
                   "dialogState": "STARTED" if turn["slots"] else None}
            if req["dialogState"] is None:
                del req["dialogState"]
        return {"version": "1.0",
                "session": {"new": new, "sessionId": sess_id, "application": {"applicationId": self.app},
                            "attributes": {} if not new else None, "user": {"userId": self.user}},
                "context": {"System": sysctx}, "request": req}

    def response(self, turn):
        r = {}
        if turn["speech"] is not None:
            if turn["plain_speech"]:
                r["outputSpeech"] = {"type": "PlainText", "text": turn["speech"]}
            else:
                r["outputSpeech"] = {"type": "SSML", "ssml": ssml(turn["speech"])}
        if turn["reprompt"] is not None:
            if turn["plain_speech"]:
                r["reprompt"] = {"outputSpeech": {"type": "PlainText", "text": turn["reprompt"]}}
            else:
                r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(turn["reprompt"])}}
        if turn["directives"]:
            r["directives"] = turn["directives"]
        if turn["end"] is not None:
            r["shouldEndSession"] = turn["end"]
        return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}

    def pairs(self, sessions, when, tag=""):
        """Yield (turn, request, response, i) with session ids."""
        out, i = [], 0
        for si, sess in enumerate(split_sessions(sessions)):
            sid = "amzn1.echo-api.session." + uid(self.cid, tag, "s", si)
            for k, turn in enumerate(sess):
                req = self.request(turn, sid, k == 0, i, when)
                if req["session"]["attributes"] is None:
                    del req["session"]["attributes"]
                resp = self.response(turn) if turn["intent"] != "SessionEnded" else None
                out.append((turn, req, resp, i))
                i += 1
        return out


# ---------------------------------------------------------------- project files
PRIV = "https://{dom}/privacy"


def alexa_project(cid, c):
    loc = c["locale"]
    locs = {}
    for l in [loc] + c.get("extra_locales", []):
        e = {"name": c["name"], "summary": c["summary"], "description": c.get("description", c["summary"]),
             "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"],
             "keywords": c.get("keywords", []),
             "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(cid, n=4)}/APP_ICON?versionId=small",
             "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(cid, n=4)}/APP_ICON_LARGE?versionId=large"}
        locs[l] = e
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")), "isChildDirected": c.get("child", False),
            "isExportCompliant": True, "containsAds": False}
    if c.get("privacy"):
        priv["locales"] = {l: {"privacyPolicyUrl": c["privacy"], "termsOfUseUrl": c["privacy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    m = {"manifest": {"publishingInformation": {"locales": locs, "isAvailableWorldwide": False,
                                                "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                "category": c.get("category", "LIFESTYLE"),
                                                "distributionCountries": c.get("countries", [])},
                      "apis": {"custom": {"endpoint": {"sourceDir": "lambda", "uri": f"ask-{cid[7:]}-default"}}},
                      "manifestVersion": "1.0", "privacyAndCompliance": priv}}
    if c.get("perms"):
        m["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("audio"):
        m["manifest"]["apis"]["custom"]["interfaces"] = [{"type": "AUDIO_PLAYER"}]
    w(cid, "skill-package/skill.json", m)
    builtins = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]
    if c.get("audio"):
        builtins += ["AMAZON.PauseIntent", "AMAZON.ResumeIntent"]
    for l in [loc] + c.get("extra_locales", []):
        model = c["models"][l] if "models" in c else c
        intents = []
        for it in model["intents"]:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            intents.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        for b in builtins:
            intents.append({"name": b, "samples": []})
        types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in model.get("types", {}).items()]
        w(cid, f"skill-package/interactionModels/custom/{l}.json",
          {"interactionModel": {"languageModel": {"invocationName": model["inv"] if "inv" in model else c["inv"], "intents": intents, "types": types}}})
    if c.get("code"):
        fn, src = c["code"]
        w(cid, f"lambda/{fn}", src)
        if fn.endswith(".js"):
            w(cid, "lambda/package.json", {"name": cid[7:], "version": c.get("version", "1.0.0"), "main": "index.js",
                                           "dependencies": {"ask-sdk-core": "^2.14.0", "ask-sdk-model": "^1.86.0"}})
        else:
            w(cid, "lambda/requirements.txt", "ask-sdk-core==1.19.0\n")
        w(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {
                "runtime": "nodejs18.x" if fn.endswith(".js") else "python3.11",
                "handler": "index.handler" if fn.endswith(".js") else "lambda_function.lambda_handler",
                "awsRegion": "eu-west-1"}}}}})


# ---------------------------------------------------------------- Alexa recording shapes
def rec_envelope(cid, ax, sessions, when, d, tag=""):
    for turn, req, resp, i in ax.pairs(sessions, when, tag):
        if resp is None:
            continue
        name = "launch" if turn["intent"] == "Launch" else turn["intent"].replace("AMAZON.", "").lower()
        w(cid, f"{d}/{i + 1:02d}_{name}.json", resp)


def rec_pairs_jsonl(cid, ax, sessions, when, d, tag=""):
    lines = [json.dumps({"request": req, "response": resp}, ensure_ascii=False) for _, req, resp, _ in ax.pairs(sessions, when, tag)]
    w(cid, d, "\n".join(lines) + "\n")


def rec_pairs_array(cid, ax, sessions, when, d, tag=""):
    w(cid, d, [{"request": req, "response": resp} for _, req, resp, _ in ax.pairs(sessions, when, tag)])


def rec_smapi_sim(cid, ax, sessions, when, d, tag=""):
    for turn, req, resp, i in ax.pairs(sessions, when, tag):
        if resp is None:
            continue
        sim = {"id": uid("sim", cid, tag, i), "type": "SIMULATION" if False else None, "status": "SUCCESSFUL",
               "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain((resp["response"].get("outputSpeech") or {}).get("ssml") or (resp["response"].get("outputSpeech") or {}).get("text") or "")}}],
                                                 "consideredIntents": [{"name": req["request"].get("intent", {}).get("name", "LaunchRequest"), "confirmationStatus": "NONE", "slots": {}}]},
                          "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": f"arn:aws:lambda:eu-west-1:123456789012:function:ask-{cid[7:]}", "body": req},
                                                                  "invocationResponse": {"body": resp}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i}}]},
                          "error": None}}
        del sim["type"]
        w(cid, f"{d}/{i + 1:02d}-{hid(turn['say'], n=6)}.json", sim)


def rec_smapi_invoke(cid, ax, sessions, when, d, tag=""):
    for turn, req, resp, i in ax.pairs(sessions, when, tag):
        if resp is None:
            continue
        w(cid, f"{d}/invoke-{i + 1:02d}.json", {"id": uid("inv", cid, tag, i), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
            "invocationRequest": {"endpoint": f"arn:aws:lambda:eu-west-1:123456789012:function:ask-{cid[7:]}", "body": req},
            "invocationResponse": {"body": resp}, "metrics": {"skillExecutionTimeInMilliseconds": 95 + 3 * i}}, "error": None}})


def rec_ask_dialog(cid, ax, sessions, when, d, tag="", inv=""):
    says = [turn["say"] for s in sessions for turn in s if turn["intent"] != "SessionEnded"]
    w(cid, f"{d}/replay.json", {"skillId": ax.app, "locale": ax.locale, "type": "text", "userInput": says})
    rec = []
    for turn, req, resp, i in ax.pairs(sessions, when, tag):
        if resp is None:
            continue
        rec.append({"utterance": turn["say"], "invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:123456789012:function:" + cid[7:], "body": req},
                                                                "invocationResponse": {"body": resp}}]})
    w(cid, f"{d}/replay-output.json", rec)


def rec_cloudwatch_text(cid, ax, sessions, when, d, tag="", py=False, kw=("Request: ", "Response: ")):
    lines = []
    for turn, req, resp, i in ax.pairs(sessions, when, tag):
        rid = uid("lam", cid, tag, i)
        stamp = ts(when, i).replace("Z", ".412Z")
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{stamp}\t{rid}\t{kw[0]}{json.dumps(req, ensure_ascii=False)}")
            if resp:
                lines.append(f"[INFO]\t{stamp}\t{rid}\t{kw[1]}{json.dumps(resp, ensure_ascii=False)}")
        else:
            lines.append(f"{stamp}\t{rid}\tINFO\t{kw[0]}{json.dumps(req, ensure_ascii=False)}")
            if resp:
                lines.append(f"{stamp}\t{rid}\tINFO\t{kw[1]}{json.dumps(resp, ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {41 + i}.27 ms\tBilled Duration: {42 + i} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    w(cid, d, "\n".join(lines) + "\n")


def rec_cloudwatch_json(cid, ax, sessions, when, d, tag=""):
    ev = []
    base = 1741111200000 + int(hid(cid, n=6), 16) % 10000000
    for turn, req, resp, i in ax.pairs(sessions, when, tag):
        rid = uid("lam", cid, tag, i)
        ev.append({"logStreamName": f"2025/03/04/[$LATEST]{hid(cid, tag)}", "timestamp": base + i * 7000,
                   "message": f"{ts(when, i)}\t{rid}\tINFO\tRequest: {json.dumps(req, ensure_ascii=False)}\n", "ingestionTime": base + i * 7000 + 300, "eventId": hid(cid, i, "e", n=56)})
        if resp:
            ev.append({"logStreamName": f"2025/03/04/[$LATEST]{hid(cid, tag)}", "timestamp": base + i * 7000 + 90,
                       "message": f"{ts(when, i)}\t{rid}\tINFO\tResponse: {json.dumps(resp, ensure_ascii=False)}\n", "ingestionTime": base + i * 7000 + 400, "eventId": hid(cid, i, "r", n=56)})
    w(cid, d, {"events": ev, "searchedLogStreams": []})


def rec_har(cid, ax, sessions, when, d, tag="", url=None):
    url = url or f"https://{cid[7:]}.ngrok.app/alexa"
    ents = []
    for turn, req, resp, i in ax.pairs(sessions, when, tag):
        body = json.dumps(req, ensure_ascii=False)
        rb = json.dumps(resp, ensure_ascii=False) if resp else ""
        ents.append({"startedDateTime": ts(when, i).replace("Z", ".000Z"), "time": 120.5 + i,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body.encode()),
                                 "postData": {"mimeType": "application/json; charset=utf-8", "text": body}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}], "cookies": [],
                                  "content": {"size": len(rb.encode()), "mimeType": "application/json", "text": rb},
                                  "redirectURL": "", "headersSize": -1, "bodySize": -1},
                     "cache": {}, "timings": {"send": 0.2, "wait": 118.0, "receive": 2.3}})
    w(cid, d, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "pages": [], "entries": ents}})


def rec_transcript(cid, ax, sessions, when, d, tag=""):
    lines = [f"# QA transcript {cid[7:]} locale={ax.locale}"]
    for turn, req, resp, i in ax.pairs(sessions, when, tag):
        stamp = ts(when, i)[11:19]
        if req["session"]["new"]:
            lines.append(f"--- session {req['session']['sessionId'][-12:]} ---")
        lines.append(f"[{stamp}] USER: {turn['say']}")
        if resp:
            r = resp["response"]
            sp = (r.get("outputSpeech") or {}).get("ssml") or (r.get("outputSpeech") or {}).get("text") or ""
            lines.append(f"[{stamp}] SKILL: {sp}")
            if "reprompt" in r:
                lines.append(f"[{stamp}] REPROMPT: {r['reprompt']['outputSpeech'].get('ssml') or r['reprompt']['outputSpeech'].get('text')}")
            lines.append(f"[{stamp}] session_open={'false' if r.get('shouldEndSession') else 'true'}")
    w(cid, d, "\n".join(lines) + "\n")


# ---- new shapes
def rec_bst_yaml(cid, ax, sessions, when, d, tag="", inv=""):
    """Bespoken `bst test` spec with recorded expectations (the team records actual values as assertions)."""
    out = ["---", "configuration:", f"  locale: {ax.locale}", "  voiceId: Amy" if ax.locale.startswith("en") else "  voiceId: default", "", ""]
    for si, sess in enumerate(split_sessions(sessions)):
        out.append(f"---\n- test: \"session {si + 1}\"")
        for turn in sess:
            if turn["intent"] == "SessionEnded":
                continue
            resp = ax.response(turn)["response"]
            u = turn["say"] if turn["intent"] != "Launch" else "LaunchRequest"
            if turn["intent"] not in ("Launch",) and not turn["say"]:
                u = turn["intent"]
            out.append(f"- \"{u}\":")
            sp = (resp.get("outputSpeech") or {}).get("ssml") or (resp.get("outputSpeech") or {}).get("text")
            if sp is not None:
                out.append(f"  - prompt: {json.dumps(sp, ensure_ascii=False)}")
            if "reprompt" in resp:
                rp = resp["reprompt"]["outputSpeech"].get("ssml") or resp["reprompt"]["outputSpeech"].get("text")
                out.append(f"  - reprompt: {json.dumps(rp, ensure_ascii=False)}")
            out.append(f"  - response.shouldEndSession: {'true' if resp.get('shouldEndSession') else 'false'}")
    w(cid, d, "\n".join(out) + "\n")


def _js(o, ind=0):
    """Jest pretty-format of a JSON value (Object {...} / Array [...])."""
    p = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        s = "Object {\n"
        for k in o:
            key = f'"{k}"'
            s += f"{p}  {key}: {_js(o[k], ind + 1)},\n"
        return s + p + "}"
    if isinstance(o, list):
        if not o:
            return "Array []"
        return "Array [\n" + "".join(f"{p}  {_js(x, ind + 1)},\n" for x in o) + p + "]"
    if isinstance(o, str):
        return json.dumps(o, ensure_ascii=False).replace("`", "\\`")
    if o is None:
        return "null"
    return json.dumps(o)


def rec_jest_snap(cid, ax, sessions, when, d, tag=""):
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    n = 0
    for turn, req, resp, i in ax.pairs(sessions, when, tag):
        if resp is None:
            continue
        n += 1
        label = "LaunchRequest" if turn["intent"] == "Launch" else turn["intent"]
        out.append(f"exports[`handler ({ax.locale}) {label}: \"{turn['say']}\" ${n}`] = `\n{_js(resp['response'])}\n`;\n")
    w(cid, d, "\n".join(out))
    # the test file that produced it
    w(cid, os.path.join(os.path.dirname(os.path.dirname(d)), os.path.basename(d)[:-5]),
      "const { handler } = require('../index');\nconst fixtures = require('./fixtures/requests.json');\n\n"
      "describe('handler', () => {\n  fixtures.forEach((f, i) => {\n    test(`${f.label}`, async () => {\n"
      "      const out = await new Promise((res, rej) => handler(f.envelope, {}, (e, r) => (e ? rej(e) : res(r))));\n"
      "      expect(out.response).toMatchSnapshot();\n    });\n  });\n});\n")
    w(cid, os.path.join(os.path.dirname(os.path.dirname(d)), "fixtures/requests.json"),
      [{"label": f"{'LaunchRequest' if tu['intent'] == 'Launch' else tu['intent']}: \"{tu['say']}\"", "envelope": rq} for tu, rq, rs, _ in ax.pairs(sessions, when, tag)])


def rec_junit(cid, ax, sessions, when, d, tag=""):
    from xml.sax.saxutils import escape
    cases = []
    for turn, req, resp, i in ax.pairs(sessions, when, tag):
        if resp is None:
            continue
        name = f"test_{i + 1:02d}_{(turn['intent'] if turn['intent'] != 'Launch' else 'launch').replace('AMAZON.', '').lower()}"
        so = "request=" + json.dumps(req, ensure_ascii=False) + "\nresponse=" + json.dumps(resp, ensure_ascii=False)
        cases.append(f'    <testcase classname="tests.test_conversation.TestConversation" name="{name}" time="0.{40 + i:03d}">\n'
                     f'      <system-out>{escape(so)}</system-out>\n    </testcase>')
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n'
           f'  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(cases)}" time="1.9" timestamp="{when}:00" hostname="ci-runner-7">\n'
           + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    w(cid, d, xml)


def rec_csv(cid, ax, sessions, when, d, tag=""):
    buf = io.StringIO()
    cw = csv.writer(buf)
    cw.writerow(["timestamp", "session_id", "turn", "speaker", "intent", "text", "reprompt", "should_end_session"])
    for turn, req, resp, i in ax.pairs(sessions, when, tag):
        sid = req["session"]["sessionId"][-12:]
        cw.writerow([ts(when, i), sid, i + 1, "user", req["request"].get("intent", {}).get("name", req["request"]["type"]), turn["say"], "", ""])
        if resp:
            r = resp["response"]
            sp = (r.get("outputSpeech") or {}).get("ssml") or (r.get("outputSpeech") or {}).get("text") or ""
            rp = (r.get("reprompt") or {}).get("outputSpeech", {})
            cw.writerow([ts(when, i), sid, i + 1, "skill", "", sp, rp.get("ssml") or rp.get("text") or "", str(bool(r.get("shouldEndSession"))).upper()])
    w(cid, d, buf.getvalue())


def rec_dynamodb(cid, ax, sessions, when, d, tag=""):
    """`aws dynamodb scan --table-name ConversationLog` output; the skill persists every turn."""
    items = []
    for turn, req, resp, i in ax.pairs(sessions, when, tag):
        items.append({"pk": {"S": req["session"]["sessionId"]}, "sk": {"S": f"turn#{i:04d}"}, "ts": {"S": ts(when, i)},
                      "requestType": {"S": req["request"]["type"]},
                      "intent": {"S": req["request"].get("intent", {}).get("name", "-")},
                      "requestJson": {"S": json.dumps(req, ensure_ascii=False)},
                      "responseJson": {"S": json.dumps(resp, ensure_ascii=False)} if resp else {"NULL": True}})
    w(cid, d, {"Items": items, "Count": len(items), "ScannedCount": len(items), "ConsumedCapacity": None})


def rec_ngrok(cid, ax, sessions, when, d, tag=""):
    """ngrok agent inspection API dump (GET http://127.0.0.1:4040/api/requests/http)."""
    reqs = []
    for turn, req, resp, i in ax.pairs(sessions, when, tag):
        body = json.dumps(req, ensure_ascii=False).encode()
        rb = json.dumps(resp, ensure_ascii=False).encode() if resp else b""
        rawq = b"POST /alexa HTTP/1.1\r\nHost: " + f"{cid[7:]}.ngrok-free.app".encode() + b"\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
        raws = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + str(len(rb)).encode() + b"\r\n\r\n" + rb
        reqs.append({"uri": f"/api/requests/http/rq_{hid(cid, i, n=26)}", "id": f"rq_{hid(cid, i, n=26)}",
                     "tunnel_name": "command_line", "remote_addr": "54.240.197.1", "start": ts(when, i), "duration": 182000000 + i,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]},
                                 "uri": "/alexa", "raw": base64.b64encode(rawq).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json"]},
                                  "raw": base64.b64encode(raws).decode()}})
    w(cid, d, {"uri": "/api/requests/http", "requests": list(reversed(reqs))})


def rec_markdown(cid, ax, sessions, when, d, tag="", title=""):
    out = [f"# Manual test pass — {title or cid[7:]}", "", f"Tester: accessibility QA, device: Echo Show 8 (VoiceView on), locale {ax.locale}, {when[:10]}", "",
           "| # | session | user said | intent | skill said (SSML) | reprompt | shouldEndSession |", "|---|---|---|---|---|---|---|"]
    for turn, req, resp, i in ax.pairs(sessions, when, tag):
        if resp is None:
            continue
        r = resp["response"]
        sp = (r.get("outputSpeech") or {}).get("ssml") or (r.get("outputSpeech") or {}).get("text") or ""
        rp = ((r.get("reprompt") or {}).get("outputSpeech") or {})
        rp = rp.get("ssml") or rp.get("text") or "—"
        cell = lambda s: "`" + s.replace("|", "\\|") + "`"
        out.append(f"| {i + 1} | {req['session']['sessionId'][-6:]} | {turn['say']} | {req['request'].get('intent', {}).get('name', req['request']['type'])} | {cell(sp)} | {cell(rp) if rp != '—' else rp} | {str(r.get('shouldEndSession')).lower()} |")
    out.append("")
    w(cid, d, "\n".join(out))


ALEXA_SHAPES = {"envelope": rec_envelope, "pairs-jsonl": rec_pairs_jsonl, "pairs-array": rec_pairs_array,
                "smapi-simulation": rec_smapi_sim, "smapi-invocation": rec_smapi_invoke, "ask-dialog": rec_ask_dialog,
                "cloudwatch-text": rec_cloudwatch_text, "cloudwatch-json": rec_cloudwatch_json, "har": rec_har,
                "transcript": rec_transcript, "bst-yaml": rec_bst_yaml, "jest-snapshot": rec_jest_snap,
                "junit-xml": rec_junit, "csv-transcript": rec_csv, "dynamodb-export": rec_dynamodb,
                "ngrok-inspect": rec_ngrok, "markdown-qa": rec_markdown}


def alexa_case(cid, c):
    """c: dict with locale, cats, why, shape(s), inv, name, summary, intents, sessions or drift=(early, late)."""
    alexa_project(cid, c)
    ax = Alexa(cid, c["locale"], cid)
    recs = c["recs"]  # list of (shape, path, sessions, when, kwargs)
    shapes = []
    for r in recs:
        shape, path, sessions, when = r[:4]
        kw = r[4] if len(r) > 4 else {}
        ALEXA_SHAPES[shape](cid, ax, sessions, when, path, tag=path, **kw)
        if shape not in shapes:
            shapes.append(shape)
    LABELS[cid] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}


# ================================================================ Google
def yq(s):
    return json.dumps(s, ensure_ascii=False)


def google_project(cid, c):
    kind, loc = c["kind"], c["locale"]
    lang = loc.split("-")[0]
    if kind == "builder":
        st = ["defaultLocale: " + (loc if lang in ("en",) else lang), f"projectId: {cid[7:]}-{hid(cid, n=4)}", "localizedSettings:",
              f"  displayName: {yq(c['name'])}", f"  pronunciation: {yq(c['inv'])}", f"  shortDescription: {yq(c['summary'])}",
              f"  fullDescription: {yq(c.get('description', c['summary']))}",
              f"  developerName: {yq(c.get('dev', 'Independent developer'))}", f"  developerEmail: {c.get('email', 'dev@' + cid[7:] + '.example')}",
              "  sampleInvocations:"] + [f"  - {yq(x)}" for x in c.get("examples", [f"Talk to {c['inv']}"])]
        if c.get("privacy"):
            st.append(f"  privacyPolicyUrl: {c['privacy']}")
        st += [f"  voice: {'female_1' if lang == 'en' else 'male_1'}", "category: " + c.get("category", "HEALTH_AND_FITNESS"),
               "usesTransactionsApi: false", "usesDigitalPurchaseApi: false", "usesInteractiveCanvas: false",
               "designedForFamily: " + ("true" if c.get("child") else "false"), "containsAlcoholOrTobaccoContent: false", "keepsMicOpen: false"]
        w(cid, "sdk/settings/settings.yaml", "\n".join(st) + "\n")
        w(cid, "sdk/manifest.yaml", "version: \"1.0\"\n")
        for it in c["intents"]:
            name, samples = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            y = []
            if params:
                y.append("parameters:")
                for p, ty in params.items():
                    y += [f"- name: {p}", "  type:", f"    name: {ty}"]
            y.append("trainingPhrases:")
            y += [f"- {yq(x)}" for x in samples]
            w(cid, f"sdk/custom/intents/{name}.yaml", "\n".join(y) + "\n")
        for tn, body in c.get("types", {}).items():
            w(cid, f"sdk/custom/types/{tn}.yaml", body)
        for sn, body in c.get("scenes", {}).items():
            w(cid, f"sdk/custom/scenes/{sn}.yaml", body)
        w(cid, "sdk/custom/global/actions.intent.MAIN.yaml", "handler:\n  webhookHandler: main\ntransitionToScene: " + c.get("first_scene", "Main") + "\n")
        w(cid, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n- name: main\n" + "".join(f"- name: {h}\n" for h in c.get("handlers", []))
          + "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
        if c.get("code"):
            w(cid, "sdk/webhooks/ActionsOnGoogleFulfillment/index.js", c["code"])
            w(cid, "sdk/webhooks/ActionsOnGoogleFulfillment/package.json",
              {"name": "ActionsOnGoogleFulfillment", "main": "index.js", "dependencies": {"@assistant/conversation": "^3.8.1", "firebase-functions": "^3.24.1"}})
    elif kind == "sdk2":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": cid[7:]},
                 "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
        for it in c["intents"]:
            name, samples = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            acts.append({"description": name, "name": name, "fulfillment": {"conversationName": cid[7:]},
                         "intent": {"name": name, "parameters": [{"name": p, "type": {"name": ty}} for p, ty in params.items()],
                                    "trigger": {"queryPatterns": samples}}})
        a = {"actions": acts, "conversations": {cid[7:]: {"name": cid[7:], "url": f"https://europe-west2-{cid[7:]}.cloudfunctions.net/fulfillment", "fulfillmentApiVersion": 2}},
             "locale": loc}
        if c.get("types"):
            a["types"] = [{"name": n, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for n, vals in c["types"].items()]
        meta = {"displayName": c["name"], "pronunciation": c["inv"], "shortDescription": c["summary"], "category": c.get("category", "HEALTH_AND_FITNESS")}
        if c.get("privacy"):
            meta["privacyPolicyUrl"] = c["privacy"]
        a["manifest"] = meta
        w(cid, "action.json", a)
    else:  # dialogflow
        ag = {"description": c["summary"], "language": lang, "shortDescription": c["name"], "examples": "", "linkToDocs": "",
              "disableInteractionLogs": False, "disableStackdriverLogs": True,
              "googleAssistant": {"googleAssistantCompatible": True, "project": f"{cid[7:]}-{hid(cid, n=5)}", "welcomeIntentSignInRequired": False,
                                  "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                                  "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": True, "isDeviceAgent": False},
              "defaultTimezone": c.get("tz", "Europe/London"), "webhook": {"url": f"https://europe-west2-{cid[7:]}.cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True, "useForDomains": False, "cloudFunctionsEnabled": True},
              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True, "onePlatformApiVersion": "v2beta1",
              "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False,
              "baseActionPackagesUrl": "", "enableSpellCorrection": False}
        if c.get("privacy"):
            ag["googleAssistant"]["privacyPolicyUrl"] = c["privacy"]
        w(cid, "agent.json", ag)
        w(cid, "package.json", {"version": "1.0.0"})
        allint = [("Default Welcome Intent", [])] + list(c["intents"])
        for it in allint:
            name, samples = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            w(cid, f"intents/{name}.json", {"id": uid(cid, name), "name": name, "auto": True, "contexts": [],
                                              "responses": [{"resetContexts": False, "action": name.lower().replace(' ', '.'), "affectedContexts": [],
                                                             "parameters": [{"id": uid(cid, name, p), "name": p, "required": False, "dataType": ty, "value": "$" + p, "isList": False} for p, ty in params.items()],
                                                             "messages": [], "speech": []}],
                                              "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False,
                                              "events": [{"name": "WELCOME"}, {"name": "GOOGLE_ASSISTANT_WELCOME"}] if name == "Default Welcome Intent" else []})
            if samples:
                us = []
                for s in samples:
                    data = []
                    # "@sys.any:thing" tokens written as {param|@type}
                    import re
                    pos = 0
                    for m in re.finditer(r"\{(\w+)\|([@\w.\-]+)\|([^}]*)\}", s):
                        if m.start() > pos:
                            data.append({"text": s[pos:m.start()], "userDefined": False})
                        data.append({"text": m.group(3), "alias": m.group(1), "meta": m.group(2), "userDefined": True})
                        pos = m.end()
                    if pos < len(s):
                        data.append({"text": s[pos:], "userDefined": False})
                    us.append({"id": uid(cid, name, s), "data": data, "isTemplate": False, "count": 0, "updated": 0})
                w(cid, f"intents/{name}_usersays_{lang}.json", us)
        for n, vals in c.get("types", {}).items():
            w(cid, f"entities/{n}.json", {"id": uid(cid, n), "name": n, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            w(cid, f"entities/{n}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])
        if c.get("code"):
            w(cid, "fulfillment/index.js", c["code"])


def g_builder_pairs(cid, c, sessions, when, tag):
    out, i = [], 0
    for si, sess in enumerate(split_sessions(sessions)):
        sid = "ABwppHF" + hid(cid, tag, si, n=40)
        for k, turn in enumerate(sess):
            scene = turn.get("scene") or ("actions.scene.START_CONVERSATION" if k == 0 else "Main")
            req = {"handler": {"name": turn.get("handler") or ("main" if turn["intent"] == "Launch" else turn["intent"].lower())},
                   "intent": {"name": "actions.intent.MAIN" if turn["intent"] == "Launch" else turn["intent"],
                              "params": {p: {"original": v, "resolved": v} for p, v in turn["slots"].items()}, "query": turn["say"]},
                   "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                   "user": {"locale": c["locale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED",
                            "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": ts(when, i)},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/London", "version": ""}}}
            resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": ssml(turn["speech"]) if turn["speech"] is not None else "", "text": plain(turn["speech"])}}}
            if turn["end"]:
                resp["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
            elif turn.get("next"):
                resp["scene"] = {"name": scene, "slots": {}, "next": {"name": turn["next"]}}
            if turn["directives"]:
                resp["prompt"].update(turn["directives"])
            out.append((turn, req, resp, i))
            i += 1
    return out


def g_sdk2_pairs(cid, c, sessions, when, tag):
    out, i = [], 0
    for si, sess in enumerate(split_sessions(sessions)):
        cvid = str(int(hid(cid, tag, si, n=12), 16))
        for k, turn in enumerate(sess):
            intent = "actions.intent.MAIN" if turn["intent"] == "Launch" else turn["intent"]
            args = [{"name": p, "rawText": v, "textValue": v} for p, v in turn["slots"].items()]
            req = {"user": {"locale": c["locale"], "lastSeen": ts(when, i), "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": cvid, "type": "NEW" if k == 0 else "ACTIVE", **({"conversationToken": "[]"} if k else {})},
                   "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": turn["say"]}], **({"arguments": args} if args else {})}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                   "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
            if turn.get("perm_grant") is not None:
                req["inputs"][0]["arguments"] = [{"name": "PERMISSION", "boolValue": turn["perm_grant"], "textValue": str(turn["perm_grant"]).lower()}]
                if turn["perm_grant"]:
                    req["user"]["profile"] = {"displayName": "Joan Whitfield", "givenName": "Joan", "familyName": "Whitfield"}
            items = [{"simpleResponse": {"textToSpeech": ssml(turn["speech"]) if turn["speech"] is not None else "", "displayText": plain(turn["speech"])}}]
            if turn["end"]:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
            else:
                resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": items}}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}]}
                if turn["reprompt"] is not None:
                    resp["expectedInputs"][0]["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": ssml(turn["reprompt"])}] * 2
                if turn.get("permission"):
                    resp["expectedInputs"][0]["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                        "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": turn["permission"][0], "permissions": turn["permission"][1]}}]
            out.append((turn, req, resp, i))
            i += 1
    return out


def g_df_pairs(cid, c, sessions, when, tag):
    out, i = [], 0
    lang = c["locale"].split("-")[0]
    proj = f"{cid[7:]}-{hid(cid, n=5)}"
    for si, sess in enumerate(split_sessions(sessions)):
        sid = f"projects/{proj}/agent/sessions/ABwppHE{hid(cid, tag, si, n=30)}"
        for k, turn in enumerate(sess):
            iname = "Default Welcome Intent" if turn["intent"] == "Launch" else turn["intent"]
            req = {"responseId": uid(cid, tag, i) + "-" + hid(i, n=8), "session": sid,
                   "queryResult": {"queryText": "GOOGLE_ASSISTANT_WELCOME" if turn["intent"] == "Launch" else turn["say"], "parameters": dict(turn["slots"]),
                                   "allRequiredParamsPresent": True, "fulfillmentMessages": [{"text": {"text": [""]}}], "outputContexts": [],
                                   "intent": {"name": f"projects/{proj}/agent/intents/{uid(cid, iname)}", "displayName": iname},
                                   "intentDetectionConfidence": 1, "languageCode": lang},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": {"locale": c["locale"], "lastSeen": ts(when, i), "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": sid.rsplit("/", 1)[1], "type": "NEW" if k == 0 else "ACTIVE"},
                       "inputs": [{"intent": "actions.intent.MAIN" if turn["intent"] == "Launch" else "actions.intent.TEXT",
                                   "rawInputs": [{"inputType": "VOICE", "query": turn["say"]}]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True, "requestType": "SIMULATOR"}}}
            items = [{"simpleResponse": {"textToSpeech": ssml(turn["speech"]) if turn["speech"] is not None else ""}}]
            g = {"expectUserResponse": not turn["end"], "richResponse": {"items": items}}
            if turn["reprompt"] is not None and not turn["end"]:
                g["noInputPrompts"] = [{"textToSpeech": ssml(turn["reprompt"])}]
            if turn.get("permission"):
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                                      "optContext": turn["permission"][0], "permissions": turn["permission"][1]}}
            resp = {"payload": {"google": g}, "fulfillmentText": plain(turn["speech"])}
            out.append((turn, req, resp, i))
            i += 1
    return out


def google_case(cid, c):
    google_project(cid, c)
    shapes = []
    for r in c["recs"]:
        shape, path, sessions, when = r[:4]
        if shape == "gactions-scene" or (shape == "firebase-log" and c["kind"] == "builder"):
            pairs = g_builder_pairs(cid, c, sessions, when, path)
        elif shape == "gactions-conversation" or (shape == "firebase-log" and c["kind"] == "sdk2"):
            pairs = g_sdk2_pairs(cid, c, sessions, when, path)
        else:
            pairs = g_df_pairs(cid, c, sessions, when, path)
        if shape == "firebase-log":
            lines = []
            for turn, req, resp, i in pairs:
                st = ts(when, i).replace("Z", ".518Z")
                fn = "ActionsOnGoogleFulfillment" if c["kind"] == "builder" else "fulfillment" if c["kind"] == "sdk2" else "dialogflowFirebaseFulfillment"
                lines.append(f"{st} D {fn}: Function execution started")
                lines.append(f"{st} I {fn}: Request {json.dumps(req, ensure_ascii=False)}")
                lines.append(f"{st} I {fn}: Response {json.dumps(resp, ensure_ascii=False)}")
                lines.append(f"{st} D {fn}: Function execution took {230 + i} ms, finished with status code: 200")
            w(cid, path, "\n".join(lines) + "\n")
        elif path.endswith(".jsonl"):
            w(cid, path, "".join(json.dumps({"request": rq, "response": rs}, ensure_ascii=False) + "\n" for _, rq, rs, _ in pairs))
        elif path.endswith(".json"):
            w(cid, path, [{"request": rq, "response": rs} for _, rq, rs, _ in pairs])
        else:
            for turn, rq, rs, i in pairs:
                w(cid, f"{path}/turn{i + 1:02d}_request.json", rq)
                w(cid, f"{path}/turn{i + 1:02d}_response.json", rs)
        if shape not in shapes:
            shapes.append(shape)
    LABELS[cid] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
