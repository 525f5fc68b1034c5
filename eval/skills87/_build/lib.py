"""Builders for set 87: skill projects and recordings in many shapes. All content comes from the case files."""
import hashlib, json, os, csv, io

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "cases")
LABELS = {}


def hx(seed, n=32):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def uid(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def wj(path, obj, indent=2):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=indent)
        f.write("\n")


def wt(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def ssml(s):
    if s is None:
        return None
    return s if s.strip().startswith("<speak>") else f"<speak>{s}</speak>"


def plain(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "").strip()


class T:
    """one turn: user said `user`, platform sent `intent` (Launch, End, AudioPlayer.*, or intent name)."""

    def __init__(self, user, intent, speech=None, reprompt=None, end=None, slots=None, directives=None, card=None, plain_text=False):
        self.user, self.intent, self.speech, self.reprompt, self.end = user, intent, speech, reprompt, end
        self.slots, self.directives, self.card, self.plain_text = slots or {}, directives or [], card, plain_text


def audio_play(url, token, offset=0, behavior="REPLACE_ALL"):
    return {"type": "AudioPlayer.Play", "playBehavior": behavior,
            "audioItem": {"stream": {"url": url, "token": token, "offsetInMilliseconds": offset}}}


# ---------------------------------------------------------------- Alexa project

BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]
AUDIO_BUILTINS = ["AMAZON.PauseIntent", "AMAZON.ResumeIntent", "AMAZON.NextIntent", "AMAZON.PreviousIntent"]


def alexa_project(cdir, inv, name, locales, intents, types=(), perms=(), privacy=None, child=False, category="NEWS",
                  desc=None, examples=None, audio=False, account_linking=False, endpoint=None, extra_locales=None,
                  usesPersonalInfo=None, lambda_code=None, lambda_py=None, terms=None, purchases=False):
    if isinstance(locales, str):
        locales = [locales]
    ep = endpoint or f"arn:aws:lambda:us-east-1:{int(hx(cdir, 10), 16) % 10**12:012d}:function:{os.path.basename(cdir)[6:]}"
    pub = {}
    for loc in locales:
        li = {"summary": desc or name, "examplePhrases": examples or [f"Alexa, open {inv}"], "name": name,
              "description": desc or name, "keywords": [],
              "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/" + hx(cdir, 4) + "/APP_ICON?versionId=small",
              "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/" + hx(cdir, 4) + "/APP_ICON_LARGE?versionId=large"}
        pub[loc] = li
    pc = {"allowsPurchases": purchases, "usesPersonalInfo": bool(perms) if usesPersonalInfo is None else usesPersonalInfo,
          "isChildDirected": child, "isExportCompliant": True, "containsAds": False}
    if privacy or terms:
        pc["locales"] = {loc: ({"privacyPolicyUrl": privacy} if privacy else {}) | ({"termsOfUseUrl": terms} if terms else {}) for loc in locales}
    apis = {"custom": {"endpoint": {"uri": ep}}}
    if audio:
        apis["custom"]["interfaces"] = [{"type": "AUDIO_PLAYER"}]
    manifest = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                        "testingInstructions": "Launch the skill and try the sample phrases.",
                                                        "category": category,
                                                        "distributionCountries": sorted({l.split('-')[1] for l in locales})},
                             "apis": apis, "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if perms:
        manifest["manifest"]["permissions"] = [{"name": p} for p in perms]
    wj(os.path.join(cdir, "skill-package", "skill.json"), manifest)
    all_models = {loc: (inv, intents, types) for loc in locales}
    for loc, spec in (extra_locales or {}).items():
        all_models[loc] = spec
    for loc, (inv_l, intents_l, types_l) in all_models.items():
        ints = []
        for it in intents_l:
            nm, slots, samples = it
            ints.append({"name": nm, "slots": [{"name": s, "type": t} for s, t in slots], "samples": samples})
        have = {i["name"] for i in ints}
        for b in BUILTINS + (AUDIO_BUILTINS if audio else []):
            if b not in have:
                ints.append({"name": b, "samples": []})
        tps = [{"name": tn, "values": [{"name": {"value": v}} for v in vals]} for tn, vals in types_l]
        wj(os.path.join(cdir, "skill-package", "interactionModels", "custom", f"{loc}.json"),
           {"interactionModel": {"languageModel": {"invocationName": inv_l, "intents": ints, "types": tps}}, "version": "1"})
    wj(os.path.join(cdir, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if lambda_code:
        wt(os.path.join(cdir, "lambda", "index.js"), lambda_code)
        wj(os.path.join(cdir, "lambda", "package.json"), {"name": os.path.basename(cdir)[6:], "version": "1.0.0", "main": "index.js",
                                                          "dependencies": {"ask-sdk-core": "^2.14.0", "ask-sdk-model": "^1.86.0"}})
    if lambda_py:
        wt(os.path.join(cdir, "lambda", "lambda_function.py"), lambda_py)
        wt(os.path.join(cdir, "lambda", "requirements.txt"), "ask-sdk-core==1.19.0\n")
    return ep


# ---------------------------------------------------------------- Alexa request / response


class Ctx:
    def __init__(self, cid, locale, endpoint, date="2025-03-04", hour=19, audio=False):
        self.cid, self.locale, self.endpoint, self.date, self.hour, self.audio = cid, locale, endpoint, date, hour, audio
        self.app = "amzn1.ask.skill." + uid(cid + "app")
        self.user = "amzn1.ask.account." + hx(cid + "user", 40).upper()
        self.device = "amzn1.ask.device." + hx(cid + "dev", 40).upper()


def ts(ctx, i):
    m, s = divmod(i * 9, 60)
    return f"{ctx.date}T{ctx.hour:02d}:{m:02d}:{s:02d}Z"


def build_pairs(ctx, sessions, tag=""):
    """returns list of (turn, request_envelope, response_envelope)"""
    out, k = [], 0
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(f"{ctx.cid}{tag}s{si}")
        attrs = {}
        for ti, t in enumerate(sess):
            k += 1
            rid = "amzn1.echo-api.request." + uid(f"{ctx.cid}{tag}r{k}")
            if t.intent == "Launch":
                req = {"type": "LaunchRequest", "requestId": rid, "locale": ctx.locale, "timestamp": ts(ctx, k), "shouldLinkResultBeReturned": False}
            elif t.intent == "End":
                req = {"type": "SessionEndedRequest", "requestId": rid, "locale": ctx.locale, "timestamp": ts(ctx, k), "reason": t.slots.get("reason", "USER_INITIATED")}
            elif t.intent.startswith("AudioPlayer.") or t.intent.startswith("PlaybackController."):
                req = {"type": t.intent, "requestId": rid, "locale": ctx.locale, "timestamp": ts(ctx, k),
                       "token": t.slots.get("token", "track-1"), "offsetInMilliseconds": int(t.slots.get("offset", 0))}
            else:
                req = {"type": "IntentRequest", "requestId": rid, "locale": ctx.locale, "timestamp": ts(ctx, k), "dialogState": "COMPLETED" if t.slots else None,
                       "intent": {"name": t.intent, "confirmationStatus": "NONE",
                                  "slots": {n: {"name": n, "value": v, "confirmationStatus": "NONE", "source": "USER"} for n, v in t.slots.items()}}}
                if req["dialogState"] is None:
                    del req["dialogState"]
                if not t.slots:
                    del req["intent"]["slots"]
            system = {"application": {"applicationId": ctx.app}, "user": {"userId": ctx.user},
                      "device": {"deviceId": ctx.device, "supportedInterfaces": {"AudioPlayer": {}} if ctx.audio else {}},
                      "apiEndpoint": "https://api.amazonalexa.com" if not ctx.locale.startswith(("de", "es", "fr", "it")) else "https://api.eu.amazonalexa.com",
                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}
            env = {"version": "1.0"}
            if not req["type"].startswith(("AudioPlayer.", "PlaybackController.")):
                env["session"] = {"new": ti == 0, "sessionId": sid, "application": {"applicationId": ctx.app}, "user": {"userId": ctx.user}}
                if ti > 0:
                    env["session"]["attributes"] = dict(attrs)
            env["context"] = {"System": system}
            if ctx.audio:
                env["context"]["AudioPlayer"] = {"playerActivity": "IDLE"}
            env["request"] = req
            # response
            r = {}
            if t.speech is not None:
                r["outputSpeech"] = {"type": "PlainText", "text": t.speech} if t.plain_text else {"type": "SSML", "ssml": ssml(t.speech)}
            if t.reprompt is not None:
                r["reprompt"] = {"outputSpeech": {"type": "PlainText", "text": t.reprompt} if t.plain_text else {"type": "SSML", "ssml": ssml(t.reprompt)}}
            if isinstance(t.card, dict):
                r["card"] = t.card
            elif t.card:
                r["card"] = {"type": "Simple", "title": t.card[0], "content": t.card[1]}
            if t.directives:
                r["directives"] = t.directives
            if t.end is not None:
                r["shouldEndSession"] = t.end
            attrs = {"turn": ti + 1}
            resp = {"version": "1.0", "sessionAttributes": dict(attrs), "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}
            if t.intent == "End":
                resp = {"version": "1.0", "response": {}}
            out.append((t, env, resp))
    return out


# ---------------------------------------------------------------- writers (one per shape)

def w_envelope(cdir, ctx, sessions, sub="responses", tag=""):
    for i, (t, rq, rs) in enumerate(build_pairs(ctx, sessions, tag)):
        nm = (t.intent.replace(".", "_").lower())
        wj(os.path.join(cdir, sub, f"{i + 1:02d}_{nm}.json"), rs)


def w_pairs_jsonl(cdir, ctx, sessions, path="test/recorded.jsonl", tag=""):
    lines = [json.dumps({"request": rq, "response": rs}, ensure_ascii=False) for t, rq, rs in build_pairs(ctx, sessions, tag)]
    wt(os.path.join(cdir, path), "\n".join(lines) + "\n")


def w_pairs_array(cdir, ctx, sessions, path="qa/session.json", tag=""):
    wj(os.path.join(cdir, path), [{"request": rq, "response": rs} for t, rq, rs in build_pairs(ctx, sessions, tag)])


def _sim(ctx, t, rq, rs, i):
    caption = plain(rs.get("response", {}).get("outputSpeech", {}).get("ssml") or rs.get("response", {}).get("outputSpeech", {}).get("text"))
    return {"id": uid(ctx.cid + "sim" + str(i) + rq["request"]["requestId"]), "status": "SUCCESSFUL", "result": {
        "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": caption}}] if caption else [],
                               "consideredIntents": [{"name": rq["request"].get("intent", {}).get("name", rq["request"]["type"]), "confirmationStatus": "NONE"}]},
        "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": ctx.endpoint, "body": rq},
                                                "invocationResponse": {"body": rs},
                                                "metrics": {"skillExecutionTimeInMilliseconds": 60 + i * 7}}]}}}


def w_smapi_sim(cdir, ctx, sessions, sub="simulations", tag=""):
    for i, (t, rq, rs) in enumerate(build_pairs(ctx, sessions, tag)):
        wj(os.path.join(cdir, sub, f"sim-{i + 1}.json"), _sim(ctx, t, rq, rs, i))


def w_smapi_invoke(cdir, ctx, sessions, sub="invocations", tag=""):
    for i, (t, rq, rs) in enumerate(build_pairs(ctx, sessions, tag)):
        wj(os.path.join(cdir, sub, f"invoke_{i + 1}.json"), {"id": uid(ctx.cid + "inv" + str(i) + tag), "status": "SUCCESSFUL", "result": {
            "skillExecutionInfo": {"invocationRequest": {"endpoint": ctx.endpoint, "body": rq}, "invocationResponse": {"body": rs},
                                   "metrics": {"skillExecutionTimeInMilliseconds": 88}}, "error": None}})


def w_ask_dialog(cdir, ctx, sessions, sub="dialog", tag="", text_record=False):
    pairs = build_pairs(ctx, sessions, tag)
    inputs = [t.user for t, _, _ in pairs if t.intent != "End" and not t.intent.startswith("AudioPlayer.")]
    wj(os.path.join(cdir, sub, "replay.json"), {"skillId": ctx.app, "locale": ctx.locale, "type": "text", "userInput": inputs})
    if text_record:
        lines = []
        for t, rq, rs in pairs:
            if t.intent == "End" or t.intent.startswith("AudioPlayer."):
                continue
            lines.append(f"User  > {t.user}")
            sp = plain(rs["response"].get("outputSpeech", {}).get("ssml") or rs["response"].get("outputSpeech", {}).get("text", ""))
            lines.append(f"Alexa > {sp}")
        wt(os.path.join(cdir, sub, "replay-output.txt"), "\n".join(lines) + "\n")
    else:
        wj(os.path.join(cdir, sub, "skill-io.json"), [{"utterance": t.user, "invocations": [{"invocationRequest": {"endpoint": ctx.endpoint, "body": rq}, "invocationResponse": {"body": rs}}]}
                                                     for t, rq, rs in pairs])


def w_cloudwatch_text(cdir, ctx, sessions, path="logs/lambda.log", tag="", py=False, kw=("Request: ", "Response: ")):
    lines = []
    for i, (t, rq, rs) in enumerate(build_pairs(ctx, sessions, tag)):
        rid = uid(ctx.cid + "lam" + str(i) + tag)
        tt = rq["request"]["timestamp"].replace("Z", ".412Z")
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{tt}\t{rid}\t{kw[0]}{json.dumps(rq, ensure_ascii=False)}")
            lines.append(f"[INFO]\t{tt}\t{rid}\t{kw[1]}{json.dumps(rs, ensure_ascii=False)}")
        else:
            lines.append(f"{tt}\t{rid}\tINFO\t{kw[0]}{json.dumps(rq, ensure_ascii=False)}")
            lines.append(f"{tt}\t{rid}\tINFO\t{kw[1]}{json.dumps(rs, ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {40 + i * 3}.17 ms\tBilled Duration: {41 + i * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
    wt(os.path.join(cdir, path), "\n".join(lines) + "\n")


def w_cloudwatch_json(cdir, ctx, sessions, path="logs/events.json", tag=""):
    ev = []
    base = 1741100000000
    for i, (t, rq, rs) in enumerate(build_pairs(ctx, sessions, tag)):
        rid = uid(ctx.cid + "cwj" + str(i) + tag)
        tt = rq["request"]["timestamp"]
        ev.append({"logStreamName": "2025/03/04/[$LATEST]" + hx(ctx.cid, 32), "timestamp": base + i * 9000, "message": f"{tt}\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}\n", "ingestionTime": base + i * 9000 + 40, "eventId": str(37000000000000000000000000000000000000000000000000000000 + i * 2)})
        ev.append({"logStreamName": "2025/03/04/[$LATEST]" + hx(ctx.cid, 32), "timestamp": base + i * 9000 + 120, "message": f"{tt}\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}\n", "ingestionTime": base + i * 9000 + 160, "eventId": str(37000000000000000000000000000000000000000000000000000001 + i * 2)})
    wj(os.path.join(cdir, path), {"events": ev, "searchedLogStreams": []})


def w_har(cdir, ctx, sessions, path="captures/skill.har", tag="", url="https://skill.example-host.net/alexa"):
    entries = []
    for i, (t, rq, rs) in enumerate(build_pairs(ctx, sessions, tag)):
        body, rbody = json.dumps(rq, ensure_ascii=False), json.dumps(rs, ensure_ascii=False)
        entries.append({"startedDateTime": rq["request"]["timestamp"].replace("Z", ".000Z"), "time": 120 + i,
                        "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "REDACTED"}],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body.encode()),
                                    "postData": {"mimeType": "application/json", "text": body}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                                     "cookies": [], "content": {"size": len(rbody.encode()), "mimeType": "application/json", "text": rbody},
                                     "redirectURL": "", "headersSize": -1, "bodySize": len(rbody.encode())},
                        "cache": {}, "timings": {"send": 1, "wait": 110 + i, "receive": 2}})
    wj(os.path.join(cdir, path), {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "entries": entries}})


def w_transcript(cdir, ctx, sessions, path="qa/transcript.txt", tag=""):
    lines = [f"# QA run {ctx.date} locale={ctx.locale}"]
    for i, (t, rq, rs) in enumerate(build_pairs(ctx, sessions, tag)):
        stamp = rq["request"]["timestamp"].replace("T", " ").replace("Z", "")
        if t.intent == "End":
            lines.append(f"[{stamp}] (session ended by platform)")
            continue
        lines.append(f"[{stamp}] USER: {t.user}")
        r = rs["response"]
        lines.append(f"[{stamp}] SKILL: {plain((r.get('outputSpeech') or {}).get('ssml') or (r.get('outputSpeech') or {}).get('text'))}")
        if "reprompt" in r:
            lines.append(f"[{stamp}] SKILL (reprompt): {plain(r['reprompt']['outputSpeech'].get('ssml') or r['reprompt']['outputSpeech'].get('text'))!r}")
        for d in r.get("directives", []):
            if d["type"] == "AudioPlayer.Play":
                lines.append(f"[{stamp}] AUDIO: {d['audioItem']['stream']['url']}")
        lines.append(f"session_open={str(r.get('shouldEndSession') is False).lower()}")
    wt(os.path.join(cdir, path), "\n".join(lines) + "\n")


# ---- new shapes

def _jest_fmt(o, ind=0):
    p = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "{}"
        return "{\n" + "".join(f'{p}  "{k}": {_jest_fmt(o[k], ind + 1)},\n' for k in sorted(o)) + p + "}"
    if isinstance(o, list):
        if not o:
            return "[]"
        return "[\n" + "".join(f"{p}  {_jest_fmt(v, ind + 1)},\n" for v in o) + p + "]"
    if isinstance(o, str):
        return json.dumps(o, ensure_ascii=False).replace("`", "\\`").replace("${", "\\${")
    return json.dumps(o)


def w_jest_snapshot(cdir, ctx, sessions, tag="", suite="skill handlers"):
    pairs = build_pairs(ctx, sessions, tag)
    snaps, tests = [], []
    for i, (t, rq, rs) in enumerate(pairs):
        name = f"{suite} {t.intent} ({t.user}) 1"
        snaps.append(f"exports[`{name}`] = `\n{_jest_fmt(rs)}\n`;\n")
        wj(os.path.join(cdir, "lambda", "__tests__", "fixtures", f"{i + 1:02d}-{t.intent.replace('.', '-').lower()}.json"), rq)
        tests.append(f"  it('{t.intent} ({t.user.replace(chr(39), '')})', async () => {{\n    const res = await invoke(require('./fixtures/{i + 1:02d}-{t.intent.replace('.', '-').lower()}.json'));\n    expect(res).toMatchSnapshot();\n  }});")
    if not os.path.exists(os.path.join(cdir, "lambda", "index.js")):
        wt(os.path.join(cdir, "lambda", "index.js"), "// compiled from src/*.ts by `npm run build` (dist/ is git-ignored)\nexports.handler = require('./dist/handler').handler;\n")
        wt(os.path.join(cdir, "lambda", "tsconfig.json"), '{\n  "compilerOptions": { "target": "es2020", "module": "commonjs", "outDir": "dist", "strict": true }\n}\n')
    wt(os.path.join(cdir, "lambda", "__tests__", "__snapshots__", "handler.test.js.snap"),
       "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\n" + "\n".join(sorted(snaps)))
    wt(os.path.join(cdir, "lambda", "__tests__", "handler.test.js"),
       "const { handler } = require('../index');\nconst invoke = (ev) => new Promise((res, rej) => handler(ev, {}, (e, r) => (e ? rej(e) : res(r))));\n\n"
       f"describe('{suite}', () => {{\n" + "\n".join(tests) + "\n});\n")


def w_sam_local(cdir, ctx, sessions, tag="", logname="sam-local.log"):
    out = []
    for i, (t, rq, rs) in enumerate(build_pairs(ctx, sessions, tag)):
        ev = f"events/{(tag + '/') if tag else ''}{i + 1:02d}-{t.intent.replace('.', '-').lower()}.json"
        wj(os.path.join(cdir, ev), rq)
        rid = uid(ctx.cid + "sam" + str(i))
        out += [f"$ sam local invoke SkillFunction -e {ev}", "Invoking index.handler (nodejs18.x)", "Local image is up-to-date",
                "Using local image: public.ecr.aws/lambda/nodejs:18-rapid-x86_64.", "",
                "Mounting /home/dev/skill/lambda as /var/task:ro,delegated, inside runtime container",
                f"START RequestId: {rid} Version: $LATEST", f"END RequestId: {rid}",
                f"REPORT RequestId: {rid}\tInit Duration: 0.21 ms\tDuration: {180 + i}.55 ms\tBilled Duration: {181 + i} ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB\t",
                json.dumps(rs, ensure_ascii=False, separators=(",", ":")), ""]
    wt(os.path.join(cdir, logname), "\n".join(out))
    wt(os.path.join(cdir, "template.yaml"), "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources:\n  SkillFunction:\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: lambda/\n      Handler: index.handler\n      Runtime: nodejs18.x\n      Timeout: 8\n      Events:\n        AlexaTrigger:\n          Type: AlexaSkill\n")


def w_newman(cdir, ctx, sessions, tag="", path="postman/newman-run.json", url="https://abc123.ngrok-free.app/skill"):
    ex = []
    for i, (t, rq, rs) in enumerate(build_pairs(ctx, sessions, tag)):
        body = json.dumps(rs, ensure_ascii=False).encode()
        ex.append({"cursor": {"position": i, "iteration": 0, "length": 0, "cycles": 1, "ref": uid(ctx.cid + "cur" + str(i))},
                   "item": {"id": uid(ctx.cid + "it" + str(i)), "name": f"{i + 1:02d} {t.intent} - {t.user}"},
                   "request": {"url": {"protocol": "https", "host": url.split("/")[2].split("."), "path": url.split("/")[3:]},
                               "header": [{"key": "Content-Type", "value": "application/json"}], "method": "POST",
                               "body": {"mode": "raw", "raw": json.dumps(rq, ensure_ascii=False, indent=2)}},
                   "response": {"id": uid(ctx.cid + "re" + str(i)), "status": "OK", "code": 200,
                                "header": [{"key": "Content-Type", "value": "application/json; charset=utf-8"}],
                                "stream": {"type": "Buffer", "data": list(body)}, "responseTime": 140 + i, "responseSize": len(body)},
                   "assertions": [{"assertion": "Status code is 200", "skipped": False}]})
    wj(os.path.join(cdir, path), {"collection": {"info": {"_postman_id": uid(ctx.cid + "pm"), "name": "skill endpoint smoke", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": []},
                                  "environment": {"id": uid(ctx.cid + "env"), "name": "ngrok-dev", "values": []},
                                  "run": {"stats": {"requests": {"total": len(ex), "pending": 0, "failed": 0}}, "executions": ex, "failures": []}})


def w_curl(cdir, ctx, sessions, tag="", path="notes/curl-trace.txt", host="dev-tunnel.example.io"):
    out = []
    for i, (t, rq, rs) in enumerate(build_pairs(ctx, sessions, tag)):
        b, rb = json.dumps(rq, ensure_ascii=False), json.dumps(rs, ensure_ascii=False)
        out += [f"$ curl -v -X POST https://{host}/alexa -H 'Content-Type: application/json' -d @req{i + 1}.json",
                "*   Trying 3.125.209.94:443...", f"* Connected to {host} (3.125.209.94) port 443 (#0)",
                "> POST /alexa HTTP/1.1", f"> Host: {host}", "> User-Agent: curl/8.4.0", "> Accept: */*",
                "> Content-Type: application/json", f"> Content-Length: {len(b.encode())}", ">", f"{b}",
                "< HTTP/1.1 200 OK", "< Content-Type: application/json; charset=utf-8", f"< Content-Length: {len(rb.encode())}", "<",
                rb, f"* Connection #0 to host {host} left intact", ""]
    wt(os.path.join(cdir, path), "\n".join(out))


def w_junit(cdir, ctx, sessions, tag="", path="reports/junit.xml"):
    cases = []
    for i, (t, rq, rs) in enumerate(build_pairs(ctx, sessions, tag)):
        cases.append(f'    <testcase classname="conversation" name="{i + 1:02d} {t.intent}" time="0.{110 + i}">\n'
                     f'      <system-out><![CDATA[>>> request\n{json.dumps(rq, ensure_ascii=False, indent=2)}\n<<< response\n{json.dumps(rs, ensure_ascii=False, indent=2)}\n]]></system-out>\n    </testcase>')
    wt(os.path.join(cdir, path), f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mocha" tests="{len(cases)}" failures="0">\n  <testsuite name="Skill conversation" tests="{len(cases)}" failures="0" errors="0" skipped="0">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")


def w_otlp(cdir, ctx, sessions, tag="", path="telemetry/spans.jsonl", service="skill-backend"):
    lines = []
    for i, (t, rq, rs) in enumerate(build_pairs(ctx, sessions, tag)):
        span = {"traceId": hx(ctx.cid + "tr" + str(i), 32), "spanId": hx(ctx.cid + "sp" + str(i), 16), "name": "alexa.request " + rq["request"]["type"], "kind": 2,
                "startTimeUnixNano": str(1741100000000000000 + i * 9 * 10**9), "endTimeUnixNano": str(1741100000000000000 + i * 9 * 10**9 + 130 * 10**6),
                "attributes": [{"key": "alexa.request_type", "value": {"stringValue": rq["request"]["type"]}},
                               {"key": "alexa.session_id", "value": {"stringValue": rq.get("session", {}).get("sessionId", "")}},
                               {"key": "alexa.request.body", "value": {"stringValue": json.dumps(rq, ensure_ascii=False)}},
                               {"key": "alexa.response.body", "value": {"stringValue": json.dumps(rs, ensure_ascii=False)}}],
                "status": {"code": 1}}
        lines.append(json.dumps({"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": service}}]},
                                                    "scopeSpans": [{"scope": {"name": "skill-tracing", "version": "0.3.1"}, "spans": [span]}]}]}, ensure_ascii=False))
    wt(os.path.join(cdir, path), "\n".join(lines) + "\n")


def w_csv(cdir, ctx, sessions, tag="", path="analytics/conversations.csv"):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["timestamp", "session_id", "request_type", "intent", "user_utterance", "speech_ssml", "reprompt_ssml", "should_end_session", "directives"])
    for t, rq, rs in build_pairs(ctx, sessions, tag):
        r = rs["response"]
        w.writerow([rq["request"]["timestamp"], rq.get("session", {}).get("sessionId", ""), rq["request"]["type"], rq["request"].get("intent", {}).get("name", ""),
                    t.user, (r.get("outputSpeech") or {}).get("ssml", (r.get("outputSpeech") or {}).get("text", "")),
                    ((r.get("reprompt") or {}).get("outputSpeech") or {}).get("ssml", ""),
                    "" if "shouldEndSession" not in r else str(r["shouldEndSession"]).lower(),
                    json.dumps(r.get("directives", []), ensure_ascii=False) if r.get("directives") else ""])
    wt(os.path.join(cdir, path), buf.getvalue())


def w_markdown(cdir, ctx, sessions, tag="", path="docs/qa-notes.md", title="Manual QA"):
    lines = [f"# {title} — {ctx.date} ({ctx.locale})", "", "Device: Echo Dot (5th gen), dev stage.", "",
             "| # | user said | skill said | reprompt | mic open? |", "|---|---|---|---|---|"]
    for i, (t, rq, rs) in enumerate(build_pairs(ctx, sessions, tag)):
        r = rs["response"]
        sp = ((r.get("outputSpeech") or {}).get("ssml") or (r.get("outputSpeech") or {}).get("text") or "").replace("|", "\\|")
        rp = (((r.get("reprompt") or {}).get("outputSpeech") or {}).get("ssml") or "").replace("|", "\\|")
        mic = "yes" if r.get("shouldEndSession") is False else ("no" if r.get("shouldEndSession") else "—")
        lines.append(f"| {i + 1} | {t.user} | `{sp}` | `{rp}` | {mic} |")
    wt(os.path.join(cdir, path), "\n".join(lines) + "\n")


WRITERS = {"envelope": w_envelope, "pairs-jsonl": w_pairs_jsonl, "pairs-array": w_pairs_array, "smapi-simulation": w_smapi_sim,
           "smapi-invocation": w_smapi_invoke, "ask-dialog": w_ask_dialog, "cloudwatch-text": w_cloudwatch_text,
           "cloudwatch-json": w_cloudwatch_json, "har": w_har, "transcript": w_transcript, "jest-snapshot": w_jest_snapshot,
           "sam-local-invoke": w_sam_local, "newman-json": w_newman, "curl-trace": w_curl, "junit-xml": w_junit,
           "otlp-json": w_otlp, "analytics-csv": w_csv, "qa-markdown": w_markdown}


def label(cid, cats, locale, shapes, why):
    assert cid not in LABELS, cid
    LABELS[cid] = {"categories": sorted(cats), "locale": locale, "shapes": sorted(set(shapes)), "why": why}


def alexa_case(cid, *, inv, name, locale, intents, recs, cats, why, types=(), perms=(), privacy=None, child=False, category="NEWS",
               desc=None, examples=None, audio=False, extra_locales=None, lambda_code=None, lambda_py=None, date="2025-03-04",
               usesPersonalInfo=None, terms=None, purchases=False):
    """recs: list of (shape, sessions, kwargs) ; kwargs may include date"""
    cdir = os.path.join(CASES, cid)
    ep = alexa_project(cdir, inv, name, locale, intents, types, perms, privacy, child, category, desc, examples, audio,
                       extra_locales=extra_locales, lambda_code=lambda_code, lambda_py=lambda_py, usesPersonalInfo=usesPersonalInfo,
                       terms=terms, purchases=purchases)
    loc = locale if isinstance(locale, str) else locale[0]
    shapes = []
    for rec in recs:
        shape, sessions = rec[0], rec[1]
        kw = dict(rec[2]) if len(rec) > 2 else {}
        d = kw.pop("date", date)
        ctx = Ctx(cid, loc, ep, d, audio=audio)
        WRITERS[shape](cdir, ctx, sessions, **kw)
        shapes.append(shape)
    label(cid, cats, loc, shapes, why)
