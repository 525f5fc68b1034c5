"""Shared builders for set 81: Alexa/Google project files and recording shapes.
All case content (names, speech, utterances) is hand-written in cases_*.py."""
import json, os, uuid, hashlib, csv, io, datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "cases")
LABELS = {}


def uid(*parts):
    return str(uuid.UUID(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()))


def hexid(*parts, n=40):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest().upper()[:n]


def write(cid, rel, data):
    p = os.path.join(CASES, cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    with open(p, "w", encoding="utf-8") as f:
        f.write(data)


def label(cid, cats, loc, shapes, why):
    assert cid not in LABELS, cid
    LABELS[cid] = {"categories": sorted(cats), "locale": loc, "shapes": sorted(set(shapes)), "why": why}


# ---------------------------------------------------------------- Alexa package
def skill_json(cid, name, inv, loc, intents, types=(), perms=(), policy=None, child=False,
               category="PERSONAL_FINANCE", desc=None, phrases=None, extra_locs=(), linking=False,
               purchases=False, lambda_code=None, lambda_py=None, endpoint=None):
    locs = {}
    for l in (loc,) + tuple(extra_locs):
        locs[l] = {
            "summary": (desc or name)[:160],
            "examplePhrases": phrases or [f"Alexa, open {inv}"],
            "name": name,
            "description": desc or name,
            "keywords": [],
            "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hexid(cid, n=4).lower()}/APP_ICON?versionId=small",
            "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hexid(cid, n=4).lower()}/APP_ICON_LARGE?versionId=large",
        }
    pc = {"allowsPurchases": purchases, "usesPersonalInfo": bool(perms), "isChildDirected": child,
          "isExportCompliant": True, "containsAds": False}
    if policy:
        pc["locales"] = {l: {"privacyPolicyUrl": policy, "termsOfUseUrl": policy.rsplit("/", 1)[0] + "/terms"}
                         for l in (loc,) + tuple(extra_locs)}
    man = {"manifest": {
        "publishingInformation": {"locales": locs, "isAvailableWorldwide": False,
                                  "testingInstructions": "See the test folder.", "category": category,
                                  "distributionCountries": [], "automaticDistribution": {"isActive": False}},
        "apis": {"custom": {"endpoint": endpoint or {"sourceDir": "lambda", "uri": f"ask-{cid[6:]}-default"}}},
        "manifestVersion": "1.0",
        "privacyAndCompliance": pc}}
    if perms:
        man["manifest"]["permissions"] = [{"name": p} for p in perms]
    write(cid, "skill-package/skill.json", man)
    ints = []
    for it in intents:
        nm, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        d = {"name": nm, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples}
        ints.append(d)
    for b in ("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"):
        if b not in [i["name"] for i in ints]:
            ints.append({"name": b, "samples": []})
    tys = [{"name": t[0], "values": [{"name": {"value": v}} for v in t[1]]} for t in types]
    for l in (loc,) + tuple(extra_locs):
        inv_l = inv if isinstance(inv, str) else inv[l]
        write(cid, f"skill-package/interactionModels/custom/{l}.json",
              {"interactionModel": {"languageModel": {"invocationName": inv_l, "intents": ints, "types": tys}}})
    if linking:
        write(cid, "skill-package/accountLinking.json", {"accountLinkingRequest": {
            "type": "AUTH_CODE", "authorizationUrl": linking + "/oauth2/authorize",
            "accessTokenUrl": linking + "/oauth2/token", "clientId": "alexa-skill",
            "scopes": ["accounts.read"], "accessTokenScheme": "HTTP_BASIC", "domains": [], "skipOnEnablement": False}})
    if lambda_code or lambda_py:
        write(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {
                "runtime": "nodejs18.x" if lambda_code else "python3.11",
                "handler": "index.handler" if lambda_code else "lambda_function.lambda_handler",
                "awsRegion": "eu-west-1"}}}}})
    if lambda_code:
        write(cid, "lambda/index.js", lambda_code.strip() + "\n")
        write(cid, "lambda/package.json", {"name": cid[6:], "version": "1.0.0", "main": "index.js",
                                           "dependencies": {"ask-sdk-core": "^2.14.0", "ask-sdk-model": "^1.86.0"}})
    if lambda_py:
        write(cid, "lambda/lambda_function.py", lambda_py.strip() + "\n")
        write(cid, "lambda/requirements.txt", "ask-sdk-core==1.19.0\n")


# ---------------------------------------------------------------- Alexa requests/responses
def ssml(t):
    if t is None:
        return None
    if t.startswith("PT:"):
        return {"type": "PlainText", "text": t[3:]}
    if t.startswith("<speak>"):
        return {"type": "SSML", "ssml": t}
    return {"type": "SSML", "ssml": f"<speak>{t}</speak>"}


def resp(speech, reprompt=None, end=True, attrs=None, directives=None, card=None):
    r = {}
    if speech is not None:
        r["outputSpeech"] = ssml(speech)
    if card:
        r["card"] = {"type": "Simple", "title": card[0], "content": card[1]}
    if reprompt is not None:
        r["reprompt"] = {"outputSpeech": ssml(reprompt)}
    if directives:
        r["directives"] = directives
    if end is not None:
        r["shouldEndSession"] = end
    return {"version": "1.0", "sessionAttributes": attrs or {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": r}


OPEN = {"en": "open {}", "de": "öffne {}", "es": "abre {}", "fr": "ouvre {}", "it": "apri {}", "ja": "{}を開いて", "pt": "abrir {}"}


def build_sessions(cid, loc, sessions, day="2025-03-04", tag="", inv=""):
    """sessions: list of list of turns (req, speech, reprompt, end). req: 'L', 'E', 'Intent' or ('Intent', {slot: value}).
    returns list of (utterance, request_envelope, response_envelope)"""
    appid = "amzn1.ask.skill." + uid(cid, "app")
    userid = "amzn1.ask.account." + hexid(cid, "user", n=60)
    dev = "amzn1.ask.device." + hexid(cid, "dev", n=60)
    out = []
    t0 = datetime.datetime.fromisoformat(day + "T18:02:11")
    k = 0
    for si, turns in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(cid, tag, "s", si)
        for ti, turn in enumerate(turns):
            rq, speech, rep, end = turn[:4]
            utt = turn[4] if len(turn) > 4 else None
            k += 1
            ts = (t0 + datetime.timedelta(minutes=si * 7, seconds=ti * 14)).strftime("%Y-%m-%dT%H:%M:%SZ")
            rid = "amzn1.echo-api.request." + uid(cid, tag, "r", k)
            if rq == "L":
                r = {"type": "LaunchRequest", "requestId": rid, "locale": loc, "timestamp": ts}
            elif rq == "E":
                r = {"type": "SessionEndedRequest", "requestId": rid, "locale": loc, "timestamp": ts, "reason": "USER_INITIATED"}
            else:
                nm, slots = (rq, {}) if isinstance(rq, str) else rq
                r = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": ts,
                     "intent": {"name": nm, "confirmationStatus": "NONE",
                                "slots": {s: {"name": s, "value": v, "confirmationStatus": "NONE"} for s, v in slots.items()}}}
            env = {"version": "1.0",
                   "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": appid},
                               "attributes": {}, "user": {"userId": userid}},
                   "context": {"System": {"application": {"applicationId": appid}, "user": {"userId": userid},
                                          "device": {"deviceId": dev, "supportedInterfaces": {}},
                                          "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[:2] in "de es fr it" else "https://api.amazonalexa.com",
                                          "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}},
                   "request": r}
            if rq == "E":
                rs = {"version": "1.0", "response": {}}
            else:
                rs = resp(speech, rep, end)
            if rq == "L" and not utt:
                utt = OPEN[loc[:2]].format(inv)
            out.append((utt or (rq if isinstance(rq, str) else rq[0]), env, rs))
    return out


# ---------------------------------------------------------------- recording shapes (Alexa)
def sh_envelope(cid, recs, d="test/responses"):
    for i, (u, q, r) in enumerate(recs):
        if r["response"]:
            write(cid, f"{d}/{i+1:02d}-{q['request']['type'].replace('Request','').lower()}.json", r)


def sh_pairs_jsonl(cid, recs, f="logs/sessions.jsonl"):
    write(cid, f, "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for u, q, r in recs))


def sh_pairs_array(cid, recs, f="qa/recorded.json"):
    write(cid, f, [{"request": q, "response": r} for u, q, r in recs])


def sh_smapi_sim(cid, recs, d="simulations"):
    for i, (u, q, r) in enumerate(recs):
        write(cid, f"{d}/sim-{i+1:02d}.json", {
            "id": uid(cid, "sim", i), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {
                "caption": (r["response"].get("outputSpeech") or {}).get("ssml", "").replace("<speak>", "").replace("</speak>", "")}}],
                "considerdIntents": []},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {
                    "endpoint": "arn:aws:lambda:eu-west-1:123456789012:function:" + cid[6:], "body": q},
                    "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 212 + i}}]}}})


def sh_smapi_invoke(cid, recs, d="smapi"):
    for i, (u, q, r) in enumerate(recs):
        write(cid, f"{d}/invoke-{i+1:02d}.json", {"id": uid(cid, "inv", i), "status": "SUCCESSFUL", "result": {
            "skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:123456789012:function:" + cid[6:], "body": q},
                                   "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i}}},
            "error": None})


def sh_ask_dialog(cid, recs, loc, d="dialog", text=False):
    write(cid, f"{d}/replay.json", {"skillId": recs[0][1]["session"]["application"]["applicationId"], "locale": loc,
                                    "type": "text", "userInput": [u for u, q, r in recs if q["request"]["type"] != "SessionEndedRequest"]})
    if text:
        lines = []
        for u, q, r in recs:
            if q["request"]["type"] == "SessionEndedRequest":
                continue
            lines.append(f"User  > {u}")
            os_ = r["response"].get("outputSpeech") or {}
            lines.append("Alexa > " + (os_.get("ssml") or os_.get("text") or "").replace("<speak>", "").replace("</speak>", ""))
            rp = (r["response"].get("reprompt") or {}).get("outputSpeech")
            if rp is not None:
                lines.append("        (reprompt) " + (rp.get("ssml") or rp.get("text") or "").replace("<speak>", "").replace("</speak>", ""))
            lines.append(f"        [shouldEndSession: {str(r['response'].get('shouldEndSession')).lower()}]")
        write(cid, f"{d}/replay-output.txt", "\n".join(lines) + "\n")
    else:
        write(cid, f"{d}/replay-output.json", [{"utterance": u, "invocations": [{"invocationRequest": {"body": q}, "invocationResponse": {"body": r}}]}
                                               for u, q, r in recs if q["request"]["type"] != "SessionEndedRequest"])


def sh_cw_text(cid, recs, f="logs/cloudwatch-export.log", py=False, kw=("Request: ", "Response: ")):
    lines = []
    for i, (u, q, r) in enumerate(recs):
        rid = uid(cid, "lam", i)
        ts = q["request"]["timestamp"].replace("Z", ".118Z")
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{ts}\t{rid}\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
            lines.append(f"[INFO]\t{ts}\t{rid}\t{kw[1]}{json.dumps(r, ensure_ascii=False)}")
        else:
            lines.append(f"{ts}\t{rid}\tINFO\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
            lines.append(f"{ts}\t{rid}\tINFO\t{kw[1]}{json.dumps(r, ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {41.2 + i:.2f} ms\tBilled Duration: {42 + i} ms\tMemory Size: 128 MB\tMax Memory Used: 71 MB")
    write(cid, f, "\n".join(lines) + "\n")


def sh_cw_json(cid, recs, f="logs/filter-log-events.json"):
    ev = []
    for i, (u, q, r) in enumerate(recs):
        rid = uid(cid, "lam", i)
        ts = q["request"]["timestamp"].replace("Z", ".200Z")
        base = 1741111331000 + i * 9000
        ev.append({"logStreamName": f"2025/03/04/[$LATEST]{hexid(cid, 'ls', n=32).lower()}", "timestamp": base,
                   "message": f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}\n", "ingestionTime": base + 600, "eventId": str(37000000000000000000000 + i * 2)})
        ev.append({"logStreamName": f"2025/03/04/[$LATEST]{hexid(cid, 'ls', n=32).lower()}", "timestamp": base + 150,
                   "message": f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}\n", "ingestionTime": base + 700, "eventId": str(37000000000000000000001 + i * 2)})
    write(cid, f, {"events": ev, "searchedLogStreams": []})


def sh_har(cid, recs, f="captures/session.har", url="https://skill.example.net/alexa"):
    ents = []
    for u, q, r in recs:
        ents.append({"startedDateTime": q["request"]["timestamp"].replace("Z", ".050Z"), "time": 131.5,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                 "postData": {"mimeType": "application/json; charset=utf-8", "text": json.dumps(q, ensure_ascii=False)}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}], "cookies": [],
                                  "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(r, ensure_ascii=False)},
                                  "redirectURL": "", "headersSize": -1, "bodySize": -1},
                     "cache": {}, "timings": {"send": 0.2, "wait": 128.0, "receive": 3.3}})
    write(cid, f, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "pages": [], "entries": ents}})


def _unwrap(t):
    return t.replace("<speak>", "").replace("</speak>", "")


def _say(r):
    o = (r["response"].get("outputSpeech") or {})
    return _unwrap(o.get("ssml") or o.get("text") or "")


def _rep(r):
    o = (r["response"].get("reprompt") or {}).get("outputSpeech")
    return None if o is None else _unwrap(o.get("ssml") or o.get("text") or "")


def sh_transcript(cid, recs, f="qa/transcript.txt"):
    L = []
    for u, q, r in recs:
        ts = q["request"]["timestamp"]
        if q["request"]["type"] == "SessionEndedRequest":
            L.append(f"[{ts}] (session ended by user)")
            continue
        L.append(f"[{ts}] USER: {u}")
        L.append(f"[{ts}] SKILL: {_say(r)}")
        if _rep(r) is not None:
            L.append(f"[{ts}] REPROMPT: {_rep(r)}")
        L.append(f"[{ts}] session_open={str(not r['response'].get('shouldEndSession', False)).lower()} session={q['session']['sessionId'][-12:]}")
    write(cid, f, "\n".join(L) + "\n")


# ---- new shapes (not in set 1)
def sh_jest_snapshot(cid, recs, f="lambda/__tests__/__snapshots__/handlers.test.js.snap"):
    """Jest snapshot file written by `expect(response).toMatchSnapshot()`."""
    def js(o, ind=2):
        s = json.dumps(o, indent=2, ensure_ascii=False)
        # jest pretty-format style: Object { "k": v, } ; keep JSON inside for realism of values
        out = []
        for line in s.splitlines():
            st = line.rstrip()
            if st.endswith("{"):
                st = st[:-1] + "Object {"
            if st.endswith("["):
                st = st[:-1] + "Array ["
            out.append(("  " * 0) + st)
        return "\n".join(out)
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    for i, (u, q, r) in enumerate(recs):
        if not r["response"]:
            continue
        parts.append(f"exports[`{q['request'].get('intent', {}).get('name', q['request']['type'])} > {u} {i+1}`] = `\n{js(r)}\n`;\n")
    write(cid, f, "\n".join(parts))
    write(cid, f.replace("__snapshots__/", "").replace(".snap", ""),
          "const { handler } = require('../index');\nconst events = require('./fixtures/requests.json');\n\n"
          "describe('handlers', () => {\n  events.forEach((ev, i) => {\n    test(`${ev.name} ${i + 1}`, async () => {\n"
          "      const res = await new Promise((ok, ko) => handler(ev.body, {}, (e, r) => (e ? ko(e) : ok(r))));\n"
          "      expect(res).toMatchSnapshot();\n    });\n  });\n});\n")
    write(cid, os.path.dirname(os.path.dirname(f)) + "/__tests__/fixtures/requests.json",
          [{"name": q["request"].get("intent", {}).get("name", q["request"]["type"]), "body": q} for u, q, r in recs if r["response"]])


def sh_postman(cid, recs, name, f="postman/collection.postman_collection.json", url="https://api.example.net/alexa/skill"):
    """Postman v2.1 collection with saved example responses."""
    items = []
    for i, (u, q, r) in enumerate(recs):
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": json.dumps(q, indent=2, ensure_ascii=False), "options": {"raw": {"language": "json"}}},
               "url": {"raw": url, "protocol": "https", "host": url.split("/")[2].split("."), "path": url.split("/")[3:]}}
        items.append({"name": f"{i+1:02d} {u}", "request": req, "response": [
            {"name": f"saved {u}", "originalRequest": req, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
             "header": [{"key": "Content-Type", "value": "application/json"}], "cookie": [], "body": json.dumps(r, indent=2, ensure_ascii=False)}]})
    write(cid, f, {"info": {"_postman_id": uid(cid, "pm"), "name": name,
                            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items})


def sh_slack(cid, recs, bot="qa-bot", f="exports/slack/skill-qa/2025-03-04.json"):
    """Slack channel export (one JSON array per day); the QA bot posts each turn."""
    msgs = []
    base = 1741111331.000200
    for i, (u, q, r) in enumerate(recs):
        if not r["response"]:
            continue
        rp = _rep(r)
        txt = (f"*turn {i+1}* `{q['request']['type']}` session `{q['session']['sessionId'][-8:]}`\n"
               f">:bust_in_silhouette: {u}\n>:speaker: {_say(r)}\n"
               + (f">:repeat: reprompt: {rp}\n" if rp is not None else "")
               + f"shouldEndSession=`{str(r['response'].get('shouldEndSession')).lower()}`\n"
               f"```{json.dumps(r, ensure_ascii=False)}```")
        msgs.append({"type": "message", "subtype": "bot_message", "text": txt, "ts": f"{base + i * 11:.6f}",
                     "username": bot, "bot_id": "B06" + hexid(cid, "b", n=8)})
    write(cid, f, msgs)


def sh_markdown(cid, recs, f="docs/qa-notes.md", title="QA notes"):
    L = [f"# {title}", "", "Captured from the developer console test tab (JSON input/output).", ""]
    for i, (u, q, r) in enumerate(recs):
        L += [f"## Turn {i+1}: {u}", "", "Request:", "", "```json", json.dumps(q, indent=2, ensure_ascii=False), "```", "",
              "Response:", "", "```json", json.dumps(r, indent=2, ensure_ascii=False), "```", ""]
    write(cid, f, "\n".join(L))


def sh_csv(cid, recs, f="qa/test-report.csv"):
    b = io.StringIO()
    w = csv.writer(b)
    w.writerow(["run", "session_id", "turn", "request_type", "intent", "utterance", "output_speech", "reprompt", "should_end_session"])
    for i, (u, q, r) in enumerate(recs):
        w.writerow(["nightly-0412", q["session"]["sessionId"], i + 1, q["request"]["type"],
                    q["request"].get("intent", {}).get("name", ""), u, _say(r), _rep(r) if _rep(r) is not None else "",
                    str(r["response"].get("shouldEndSession", "")).upper()])
    write(cid, f, b.getvalue())


def sh_ask_run(cid, recs, f="debug/ask-run.log"):
    """Output of `ask run --watch` (local debugging against the live console)."""
    L = ["[Info]: Running skill code locally with the following settings", "[Info]: Node.js ask-sdk-local-debug",
         "[Info]: Connecting to the Alexa developer console...", "[Info]: Connection established"]
    for u, q, r in recs:
        L.append(f"[Info]: Skill request: {json.dumps(q, ensure_ascii=False)}")
        L.append(f"[Info]: Skill response: {json.dumps(r, ensure_ascii=False)}")
    write(cid, f, "\n".join(L) + "\n")


def sh_gcloud_logging(cid, pairs, f="logs/gcloud-logging.json", fn="fulfillment"):
    """`gcloud logging read ... --format=json` for a Cloud Function; pairs = list of (request, response) objects."""
    ents = []
    for i, (q, r) in enumerate(pairs):
        for kind, body in (("Request", q), ("Response", r)):
            ents.append({"insertId": hexid(cid, kind, i, n=14).lower(), "labels": {"execution_id": hexid(cid, "ex", i, n=12).lower()},
                         "logName": f"projects/{cid[6:]}-prod/logs/cloudfunctions.googleapis.com%2Fcloud-functions",
                         "receiveTimestamp": f"2025-02-{10 + i // 10:02d}T09:{i % 60:02d}:1{2 if kind == 'Request' else 4}.4Z",
                         "resource": {"labels": {"function_name": fn, "project_id": f"{cid[6:]}-prod", "region": "europe-west1"}, "type": "cloud_function"},
                         "severity": "INFO", "textPayload": f"{kind}: {json.dumps(body, ensure_ascii=False)}",
                         "timestamp": f"2025-02-{10 + i // 10:02d}T09:{i % 60:02d}:1{2 if kind == 'Request' else 4}.3Z"})
    write(cid, f, ents[::-1])  # gcloud prints newest first


SHAPE = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array,
         "smapi-simulation": sh_smapi_sim, "smapi-invocation": sh_smapi_invoke, "cloudwatch-text": sh_cw_text,
         "cloudwatch-json": sh_cw_json, "har": sh_har, "transcript": sh_transcript, "jest-snapshot": sh_jest_snapshot,
         "slack-export": sh_slack, "markdown-qa": sh_markdown, "csv-report": sh_csv, "ask-run-log": sh_ask_run}


def record(cid, loc, shape, sessions, day="2025-03-04", tag="", inv="", **kw):
    recs = build_sessions(cid, loc, sessions, day=day, tag=tag, inv=inv)
    if shape == "ask-dialog":
        sh_ask_dialog(cid, recs, loc, **kw)
    elif shape == "postman-collection":
        sh_postman(cid, recs, **kw)
    else:
        SHAPE[shape](cid, recs, **kw)
    return recs


def alexa(cid, cats, loc, why, name, inv, intents, sessions, shape, types=(), perms=(), policy=None, child=False,
          category="PERSONAL_FINANCE", desc=None, phrases=None, linking=False, code=None, py=None, rec_kw=None,
          later=None, later_shape=None, later_kw=None, extra_locs=(), purchases=False):
    skill_json(cid, name, inv, loc, intents, types, perms, policy, child, category, desc, phrases, extra_locs, linking,
               purchases, code, py)
    shapes = [shape]
    record(cid, loc, shape, sessions, inv=inv, **(rec_kw or {}))
    if later:
        record(cid, loc, later_shape or shape, later, day="2025-06-19", tag="later", inv=inv, **(later_kw or {}))
        shapes.append(later_shape or shape)
    label(cid, cats, loc, shapes, why)
