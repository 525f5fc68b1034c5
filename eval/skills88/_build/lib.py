"""Builders for set 88: project layouts and recording shapes. Case content lives in cases_*.py."""
import base64, csv, hashlib, io, json, os, shutil, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "cases")


def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    h = hid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)


def ssml(text):
    if text is None:
        return None
    return text if text.strip().startswith("<speak>") else f"<speak>{text}</speak>"


# ---------------------------------------------------------------- Alexa project
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
            "AMAZON.FallbackIntent"]


OPEN = {"en": "Alexa, open {}", "de": "Alexa, öffne {}", "es": "Alexa, abre {}", "fr": "Alexa, ouvre {}", "it": "Alexa, apri {}",
        "ja": "アレクサ、{}を開いて", "pt": "Alexa, abrir {}"}


def alexa_project(d, c):
    loc = c["locale"]
    locs = c.get("locales", [loc])
    pub = {}
    for l in locs:
        pub[l] = {
            "summary": c.get("summary", c["desc"][:120]),
            "examplePhrases": c.get("examples", [OPEN.get(l[:2], "Alexa, open {}").format(c.get("invs", {}).get(l, c["inv"]))]),
            "name": c["name"],
            "description": c["desc"],
            "keywords": c.get("keywords", []),
            "smallIconUri": f"https://example-cdn.net/{hid(c['id'],n=10)}/icon108.png",
            "largeIconUri": f"https://example-cdn.net/{hid(c['id'],n=10)}/icon512.png",
        }
    priv = {"allowsPurchases": c.get("purchases", False), "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
            "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        priv["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    manifest = {
        "manifest": {
            "publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "testingInstructions": c.get("testing", "Launch the skill and follow the prompts."),
                                      "category": c.get("category", "SPORTS"), "distributionCountries": c.get("countries", [loc.split("-")[1]])},
            "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:{c.get('region','us-east-1')}:{int(hid(c['id'],n=8),16)%10**12:012d}:function:{c['id'][6:]}"}}},
            "manifestVersion": "1.0",
            "privacyAndCompliance": priv,
        }
    }
    if c.get("perms"):
        manifest["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("account_linking"):
        manifest["manifest"]["accountLinking"] = c["account_linking"]
    write(os.path.join(d, "skill-package", "skill.json"), manifest)
    for l in locs:
        m = c.get("models", {}).get(l) if c.get("models") else None
        inv = c.get("invs", {}).get(l, c["inv"]) if c.get("invs") else c["inv"]
        intents = m["intents"] if m else c.get("intents", [])
        types = m.get("types", {}) if m else c.get("types", {})
        lm = {"invocationName": inv, "intents": [], "types": []}
        for it in intents:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            e = {"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples}
            if not slots:
                del e["slots"]
            lm["intents"].append(e)
        have = {i["name"] for i in lm["intents"]}
        used = [t[0] for r in c.get("recs", []) for sess in r[2] for t in sess if str(t[0]).startswith("AMAZON.")]
        for b in BUILTINS + [u for u in dict.fromkeys(used) if u not in BUILTINS]:
            if b not in have:
                lm["intents"].append({"name": b, "samples": []})
        for tn, vals in types.items():
            lm["types"].append({"name": tn, "values": [{"name": {"value": v}} if isinstance(v, str) else {"id": v[0], "name": {"value": v[1], "synonyms": v[2:]}} for v in vals]})
        if not lm["types"]:
            del lm["types"]
        write(os.path.join(d, "skill-package", "interactionModels", "custom", f"{l}.json"), {"interactionModel": {"languageModel": lm}})
    write(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler", "awsRegion": c.get("region", "us-east-1")}}}}})
    for rel, text in c.get("files", {}).items():
        write(os.path.join(d, rel), text)


# ---------------------------------------------------------------- Alexa envelopes
class Ctx:
    def __init__(self, c):
        self.c = c
        self.app = "amzn1.ask.skill." + uid(c["id"], "app")
        self.user = "amzn1.ask.account.A" + hid(c["id"], "user", n=40).upper()
        self.device = "amzn1.ask.device.A" + hid(c["id"], "dev", n=40).upper()


def parse_turn(t):
    """turn = (intent, user_text, speech, reprompt, end[, slots])"""
    intent, utter, speech, rep, end = t[:5]
    slots = t[5] if len(t) > 5 else {}
    return intent, utter, speech, rep, end, slots


def request_env(ctx, sess_id, new, intent, slots, ts, rid, attrs=None):
    c = ctx.c
    sess = {"new": new, "sessionId": sess_id, "application": {"applicationId": ctx.app}, "user": {"userId": ctx.user}}
    if not new:
        sess["attributes"] = attrs or {}
    if intent == "Launch":
        req = {"type": "LaunchRequest", "requestId": rid, "locale": c["locale"], "timestamp": ts, "shouldLinkResultBeReturned": False}
    elif intent == "SessionEnded":
        req = {"type": "SessionEndedRequest", "requestId": rid, "locale": c["locale"], "timestamp": ts, "reason": "USER_INITIATED"}
    else:
        req = {"type": "IntentRequest", "requestId": rid, "locale": c["locale"], "timestamp": ts,
               "intent": {"name": intent, "confirmationStatus": "NONE",
                          "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in slots.items()}}}
    return {"version": "1.0", "session": sess,
            "context": {"System": {"application": {"applicationId": ctx.app}, "user": {"userId": ctx.user},
                                   "device": {"deviceId": ctx.device, "supportedInterfaces": {}},
                                   "apiEndpoint": "https://api.amazonalexa.com" if c["locale"].startswith("en") or c["locale"].startswith("pt") else ("https://api.fe.amazonalexa.com" if c["locale"] == "ja-JP" else "https://api.eu.amazonalexa.com"),
                                   "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}},
            "request": req}


def response_env(speech, rep, end, attrs=None, ua="ask-node/2.14.0 Node/v18.19.0"):
    r = {}
    if speech is not None:
        r["outputSpeech"] = {"type": "SSML", "ssml": ssml(speech)}
    if rep is not None:
        r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(rep)}}
    if end is not None:
        r["shouldEndSession"] = end
    return {"version": "1.0", "sessionAttributes": attrs or {}, "userAgent": ua, "response": r}


def flatten(ctx, sessions, day="2025-03-14", hour=18, tag="r"):
    """sessions: list of list of turns -> list of dicts with req/resp and metadata"""
    out, n = [], 0
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(ctx.c["id"], tag, si)
        for ti, t in enumerate(sess):
            intent, utter, speech, rep, end, slots = parse_turn(t)
            n += 1
            ts = f"{day}T{hour:02d}:{(si*7)%60:02d}:{(ti*11+3)%60:02d}Z"
            rid = "amzn1.echo-api.request." + uid(ctx.c["id"], tag, si, ti)
            req = request_env(ctx, sid, ti == 0, intent, slots, ts, rid)
            resp = response_env(speech, rep, end) if intent != "SessionEnded" else {"version": "1.0", "response": {}}
            out.append({"req": req, "resp": resp, "utter": utter, "intent": intent, "ts": ts, "rid": rid, "sid": sid, "n": n,
                        "speech": speech, "rep": rep, "end": end})
    return out


def _plain(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "").strip()


# ---------------------------------------------------------------- shapes (Alexa)
def sh_envelope(d, path, items, ctx):
    for it in items:
        write(os.path.join(d, path, f"{it['n']:02d}-{it['intent'].split('.')[-1].lower()}.json"), it["resp"])


def sh_pairs_jsonl(d, path, items, ctx):
    write(os.path.join(d, path), "".join(json.dumps({"request": i["req"], "response": i["resp"]}, ensure_ascii=False) + "\n" for i in items))


def sh_pairs_array(d, path, items, ctx):
    write(os.path.join(d, path), [{"request": i["req"], "response": i["resp"]} for i in items])


def sh_smapi_simulation(d, path, items, ctx):
    for i in items:
        if i["intent"] == "SessionEnded":
            continue
        sim = {"id": uid(ctx.c["id"], "sim", i["n"]), "status": "SUCCESSFUL", "result": {
            "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _plain(i["speech"])}}] if i["speech"] else [],
                                   "consideredIntents": [{"name": i["intent"], "confirmationStatus": "NONE", "slots": {}}] if i["intent"] != "Launch" else []},
            "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": ctx.c.get("endpoint", "arn:aws:lambda:us-east-1:000000000000:function:skill"), "body": i["req"]},
                                                    "invocationResponse": {"body": i["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i["n"] * 7}}]},
            "error": None}}
        write(os.path.join(d, path, f"simulate-{i['n']:02d}.json"), sim)


def sh_smapi_invocation(d, path, items, ctx):
    for i in items:
        inv = {"id": uid(ctx.c["id"], "inv", i["n"]), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
            "invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:000000000000:function:skill", "body": i["req"]},
            "invocationResponse": {"body": i["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 211}}, "error": None}}
        write(os.path.join(d, path, f"invoke-{i['n']:02d}.json"), inv)


def sh_ask_dialog(d, path, items, ctx):
    c = ctx.c
    utters = [i["utter"] for i in items if i["intent"] != "SessionEnded"]
    write(os.path.join(d, path, "replay.json"), {"skillId": ctx.app, "locale": c["locale"], "type": "text", "userInput": utters})
    out = []
    for i in items:
        if i["intent"] == "SessionEnded":
            continue
        out.append({"utterance": i["utter"], "invocations": [{"invocationRequest": {"body": i["req"]}, "invocationResponse": {"body": i["resp"]}}],
                    "alexaResponses": [_plain(i["speech"])]})
    write(os.path.join(d, path, "replay-output.json"), out)


def sh_cloudwatch_text(d, path, items, ctx, py=False):
    lines = [f"{items[0]['ts']} INIT_START Runtime Version: nodejs:18.v24"]
    for i in items:
        rid = uid(ctx.c["id"], "lambda", i["n"])
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{i['ts']}\t{rid}\tRequest: {json.dumps(i['req'], ensure_ascii=False)}")
            lines.append(f"[INFO]\t{i['ts']}\t{rid}\tResponse: {json.dumps(i['resp'], ensure_ascii=False)}")
        else:
            lines.append(f"{i['ts']}\t{rid}\tINFO\tRequest: {json.dumps(i['req'], ensure_ascii=False)}")
            lines.append(f"{i['ts']}\t{rid}\tINFO\tResponse: {json.dumps(i['resp'], ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {40 + i['n'] * 3}.12 ms\tBilled Duration: {41 + i['n'] * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    write(os.path.join(d, path), "\n".join(lines) + "\n")


def sh_cloudwatch_json(d, path, items, ctx):
    ev = []
    for i in items:
        rid = uid(ctx.c["id"], "lambda", i["n"])
        for k, o in (("Request", i["req"]), ("Response", i["resp"])):
            ev.append({"logStreamName": "2025/03/14/[$LATEST]" + hid(ctx.c["id"], "ls"), "timestamp": 1741975200000 + i["n"] * 1000,
                       "message": f"{i['ts']}\t{rid}\tINFO\t{k}: {json.dumps(o, ensure_ascii=False)}\n", "ingestionTime": 1741975201000 + i["n"] * 1000,
                       "eventId": hid(ctx.c['id'], k, i['n'], n=56)})
    write(os.path.join(d, path), {"events": ev, "searchedLogStreams": []})


def sh_har(d, path, items, ctx):
    ents = []
    for i in items:
        body = json.dumps(i["req"], ensure_ascii=False)
        rb = json.dumps(i["resp"], ensure_ascii=False)
        ents.append({"startedDateTime": i["ts"].replace("Z", ".000Z"), "time": 212,
                     "request": {"method": "POST", "url": ctx.c.get("https", "https://skills.example-host.net/alexa"), "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body),
                                 "postData": {"mimeType": "application/json; charset=utf-8", "text": body}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                                  "cookies": [], "content": {"size": len(rb), "mimeType": "application/json", "text": rb}, "redirectURL": "", "headersSize": -1, "bodySize": len(rb)},
                     "cache": {}, "timings": {"send": 1, "wait": 205, "receive": 6}})
    write(os.path.join(d, path), {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"}, "entries": ents}})


def sh_transcript(d, path, items, ctx):
    L = []
    for i in items:
        t = i["ts"].replace("T", " ").replace("Z", "")
        if i["intent"] == "SessionEnded":
            continue
        L.append(f"[{t}] USER: {i['utter']}")
        L.append(f"[{t}] SKILL: {_plain(i['speech'])}")
        if i["rep"] is not None:
            L.append(f"[{t}] REPROMPT: {_plain(i['rep'])!r}")
        L.append(f"[{t}] session_open={str(not i['end']).lower()}")
    write(os.path.join(d, path), "\n".join(L) + "\n")


# ---- shapes not in set 1
def pretty_format(o, ind=""):
    """jest 29 pretty-format: quoted keys, trailing comma after every entry."""
    n = ind + "  "
    if isinstance(o, dict):
        if not o:
            return "{}"
        return "{\n" + "".join(f"{n}{json.dumps(k, ensure_ascii=False)}: {pretty_format(v, n)},\n" for k, v in sorted(o.items())) + ind + "}"
    if isinstance(o, list):
        if not o:
            return "[]"
        return "[\n" + "".join(f"{n}{pretty_format(v, n)},\n" for v in o) + ind + "]"
    return json.dumps(o, ensure_ascii=False)


def sh_jest_snapshot(d, path, items, ctx):
    """Jest snapshot of handler outputs (toMatchSnapshot on the response envelope)."""
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    for i in items:
        if i["intent"] == "SessionEnded":
            continue
        body = pretty_format(i["resp"]).replace("`", "\\`")
        parts.append(f"exports[`handlers {i['intent']} says: {i['utter'].replace('`', '')} {i['n']}`] = `\n{body}\n`;\n")
    write(os.path.join(d, path), "\n".join(parts))


def sh_newman(d, path, items, ctx):
    """newman run --reporters json: the response body is a Buffer byte array."""
    ex = []
    for i in items:
        rb = json.dumps(i["resp"], ensure_ascii=False).encode("utf-8")
        ex.append({"cursor": {"position": i["n"] - 1, "iteration": 0, "ref": uid(ctx.c["id"], "cur", i["n"])},
                   "item": {"id": uid(ctx.c["id"], "item", i["n"]), "name": f"{i['n']:02d} {i['intent']} – {i['utter']}"},
                   "request": {"url": {"protocol": "https", "host": ["localhost"], "port": "3000", "path": ["alexa"]}, "method": "POST",
                               "header": [{"key": "Content-Type", "value": "application/json"}],
                               "body": {"mode": "raw", "raw": json.dumps(i["req"], indent=2, ensure_ascii=False)}},
                   "response": {"id": uid(ctx.c["id"], "resp", i["n"]), "status": "OK", "code": 200,
                                "header": [{"key": "content-type", "value": "application/json; charset=utf-8"}],
                                "stream": {"type": "Buffer", "data": list(rb)}, "cookie": [], "responseTime": 37, "responseSize": len(rb)},
                   "assertions": [{"assertion": "status is 200", "skipped": False}]})
    write(os.path.join(d, path), {"collection": {"info": {"_postman_id": uid(ctx.c["id"], "pm"), "name": ctx.c["name"] + " regression",
                                                          "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}},
                                  "run": {"stats": {"requests": {"total": len(ex), "pending": 0, "failed": 0}}, "executions": ex, "failures": []}})


def sh_pino(d, path, items, ctx):
    """pino NDJSON logs from an express-based skill server (ask-sdk-express-adapter)."""
    L = []
    for k, i in enumerate(items):
        t = 1741975200000 + k * 1500
        L.append(json.dumps({"level": 30, "time": t, "pid": 4121, "hostname": "skill-api-7d9f", "reqId": f"req-{k+1}", "msg": "incoming alexa request", "alexaRequest": i["req"]}, ensure_ascii=False))
        L.append(json.dumps({"level": 30, "time": t + 90, "pid": 4121, "hostname": "skill-api-7d9f", "reqId": f"req-{k+1}", "msg": "alexa response", "alexaResponse": i["resp"], "responseTime": 88}, ensure_ascii=False))
    write(os.path.join(d, path), "\n".join(L) + "\n")


def sh_insights_csv(d, path, items, ctx):
    """CloudWatch Logs Insights 'Export results > Download table (CSV)'."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["@timestamp", "@message"])
    for i in reversed(items):
        rid = uid(ctx.c["id"], "lambda", i["n"])
        ts = i["ts"].replace("T", " ").replace("Z", ".000")
        w.writerow([ts, f"{i['ts']}\t{rid}\tINFO\tresponse {json.dumps(i['resp'], ensure_ascii=False)}"])
        w.writerow([ts, f"{i['ts']}\t{rid}\tINFO\trequest {json.dumps(i['req'], ensure_ascii=False)}"])
    write(os.path.join(d, path), buf.getvalue())


def sh_ngrok(d, path, items, ctx):
    """ngrok agent API export (GET /api/requests/http): raw HTTP base64 encoded."""
    reqs = []
    for i in items:
        rb = json.dumps(i["req"], ensure_ascii=False).encode()
        sb = json.dumps(i["resp"], ensure_ascii=False).encode()
        raw_req = b"POST /alexa HTTP/1.1\r\nHost: 4f1c-88-12-7-3.ngrok-free.app\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + str(len(rb)).encode() + b"\r\n\r\n" + rb
        raw_resp = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + str(len(sb)).encode() + b"\r\n\r\n" + sb
        reqs.append({"uri": f"/api/requests/http/{hid(ctx.c['id'], i['n'], n=26)}", "id": hid(ctx.c['id'], i['n'], n=26), "tunnel_name": "command_line",
                     "remote_addr": "54.240.197.33", "start": i["ts"], "duration": 93412000,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "uri": "/alexa",
                                 "raw": base64.b64encode(raw_req).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json"]},
                                  "raw": base64.b64encode(raw_resp).decode()}})
    write(os.path.join(d, path), {"requests": reqs, "uri": "/api/requests/http"})


def sh_sam_local(d, path, items, ctx):
    """sam local invoke -e events/x.json output: events saved separately, stdout captured to a text file."""
    L = []
    for i in items:
        ev = f"events/{i['n']:02d}-{i['intent'].split('.')[-1].lower()}.json"
        write(os.path.join(d, os.path.dirname(path), ev), i["req"])
        L.append(f"$ sam local invoke SkillFunction -e {ev}")
        L.append("Invoking index.handler (nodejs18.x)")
        L.append("Local image is up-to-date")
        L.append("Using local image: public.ecr.aws/lambda/nodejs:18-rapid-x86_64.")
        L.append("")
        rid = uid(ctx.c["id"], "sam", i["n"])
        L.append(f"START RequestId: {rid} Version: $LATEST")
        L.append(f"END RequestId: {rid}")
        L.append(f"REPORT RequestId: {rid}\tInit Duration: 0.31 ms\tDuration: 512.40 ms\tBilled Duration: 513 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB")
        L.append(json.dumps(i["resp"], ensure_ascii=False))
        L.append("")
    write(os.path.join(d, path), "\n".join(L))


def sh_markdown(d, path, items, ctx):
    """QA sign-off sheet pasted from Confluence: markdown table."""
    L = [f"# QA run – {ctx.c['name']} ({ctx.c['locale']})", "", f"Build: {hid(ctx.c['id'], 'b', n=7)} · Tester: device (Echo Dot 5th gen)", "",
         "| # | User said | Skill said | Reprompt | Mic open after? |", "|---|---|---|---|---|"]
    for i in items:
        if i["intent"] == "SessionEnded":
            continue
        rep = "—" if i["rep"] is None else "`" + (i["rep"].replace("|", "\\|")) + "`"
        L.append(f"| {i['n']} | {i['utter']} | {_plain(i['speech']).replace('|', '/')} | {rep} | {'no' if i['end'] else 'yes'} |")
    write(os.path.join(d, path), "\n".join(L) + "\n")


ALEXA_SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array,
                "smapi-simulation": sh_smapi_simulation, "smapi-invocation": sh_smapi_invocation, "ask-dialog": sh_ask_dialog,
                "cloudwatch-text": sh_cloudwatch_text, "cloudwatch-text-py": lambda d, p, it, cx: sh_cloudwatch_text(d, p, it, cx, py=True),
                "cloudwatch-json": sh_cloudwatch_json, "har": sh_har, "transcript": sh_transcript,
                "jest-snapshot": sh_jest_snapshot, "newman-report": sh_newman, "pino-ndjson": sh_pino, "insights-csv": sh_insights_csv,
                "ngrok-inspect": sh_ngrok, "sam-local-output": sh_sam_local, "markdown-qa": sh_markdown}


# ---------------------------------------------------------------- Google projects
def yaml_list(items, ind="  "):
    return "".join(f"{ind}- {json.dumps(x, ensure_ascii=False)}\n" for x in items)


def builder_project(d, c):
    lang = c["locale"].split("-")[0]
    g = c["google"]
    write(os.path.join(d, "sdk", "settings", "settings.yaml"),
          f"accountLinking:\n  enableAccountCreation: false\ncategory: {g.get('category','SPORTS')}\ndefaultLocale: {lang}\n"
          f"localizedSettings:\n  displayName: {json.dumps(c['name'], ensure_ascii=False)}\n  pronunciation: {json.dumps(c['inv'], ensure_ascii=False)}\n"
          f"  shortDescription: {json.dumps(c['desc'][:80], ensure_ascii=False)}\n  fullDescription: {json.dumps(c['desc'], ensure_ascii=False)}\n"
          f"  developerName: {json.dumps(g.get('dev','Matchday Labs'))}\n  developerEmail: dev@{hid(c['id'],n=6)}.example.com\n"
          + (f"  privacyPolicyUrl: {c['policy']}\n" if c.get("policy") else "")
          + f"projectId: {c['id'][6:]}-{hid(c['id'],n=4)}\nusesTransactionsApi: false\nusesDigitalPurchaseApi: false\nusesInteractiveCanvas: false\n"
          + f"designedForFamily: {str(c.get('kids', False)).lower()}\ncontainsAlcoholOrTobaccoContent: false\nkeepsMicOpen: {str(g.get('mic', False)).lower()}\n")
    for it in c.get("intents", []):
        name, samples = it[0], it[1]
        params = it[2] if len(it) > 2 else {}
        y = ""
        if params:
            y += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in params.items())
        import re as _re
        ex = it[3] if len(it) > 3 else {}
        samples = [_re.sub(r"\$(\w+)", lambda m: f"(${m.group(1)} '{ex.get(m.group(1), 'algo')}' auto=false)", s_) for s_ in samples]
        y += "trainingPhrases:\n" + yaml_list(samples, "")
        write(os.path.join(d, "sdk", "custom", "intents", f"{name}.yaml"), y)
    for tn, vals in c.get("types", {}).items():
        if vals == "FREETEXT":
            write(os.path.join(d, "sdk", "custom", "types", f"{tn}.yaml"), "freeText: {}\n")
        else:
            write(os.path.join(d, "sdk", "custom", "types", f"{tn}.yaml"),
                  "synonym:\n  entities:\n" + "".join(f"    {v}:\n      synonyms:\n      - {json.dumps(v, ensure_ascii=False)}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
    for sc, text in g.get("scenes", {}).items():
        write(os.path.join(d, "sdk", "custom", "scenes", f"{sc}.yaml"), text)
    write(os.path.join(d, "sdk", "custom", "global", "actions.intent.MAIN.yaml"), "handler:\n  webhookHandler: main\ntransitionToScene: " + (list(g.get("scenes", {})) or ["Main"])[0] + "\n")
    write(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), "handlers:\n- name: main\n" + "".join(f"- name: {h}\n" for h in g.get("handlers", [])) + "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    write(os.path.join(d, "sdk", "manifest.yaml"), "version: \"1.0\"\n")
    for rel, text in c.get("files", {}).items():
        write(os.path.join(d, rel), text)


def v2_project(d, c):
    g = c["google"]
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": "main"},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
    for it in c.get("intents", []):
        params = it[2] if len(it) > 2 else {}
        acts.append({"name": it[0], "fulfillment": {"conversationName": "main"},
                     "intent": {"name": it[0], "parameters": [{"name": k, "type": v} for k, v in params.items()], "trigger": {"queryPatterns": it[1]}}})
    a = {"locale": c["locale"].split("-")[0], "actions": acts, "conversations": {"main": {"name": "main", "url": g.get("url", "https://europe-west1-matchday.cloudfunctions.net/main"), "fulfillmentApiVersion": 2}},
         "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80], "longDescription": c["desc"], "category": "SPORTS"}}
    if c.get("policy"):
        a["manifest"]["privacyUrl"] = c["policy"]
    write(os.path.join(d, "action.json"), a)
    for rel, text in c.get("files", {}).items():
        write(os.path.join(d, rel), text)


def dialogflow_project(d, c):
    lang = c["locale"].split("-")[0]
    agent = {"description": c["desc"], "language": lang, "shortDescription": c["desc"][:80], "examples": "", "linkToDocs": "", "displayName": c["name"],
             "disableInteractionLogs": False, "disableStackdriverLogs": True, "googleAssistant": {
                 "googleAssistantCompatible": True, "project": c["id"][6:], "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                 "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"}, "voiceType": "MALE_1", "capabilities": [], "env": "",
                 "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
             "defaultTimezone": c.get("tz", "Europe/Madrid"), "webhook": {"url": "https://europe-west1-" + c["id"][6:] + ".cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True, "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False}
    if c.get("policy"):
        agent["googleAssistant"]["privacyPolicyUrl"] = c["policy"]
    agent["googleAssistant"]["invocationName"] = c["inv"]
    write(os.path.join(d, "agent.json"), agent)
    write(os.path.join(d, "package.json"), {"version": "1.0.0"})
    for it in c.get("intents", []):
        name, samples = it[0], it[1]
        params = it[2] if len(it) > 2 else {}
        write(os.path.join(d, "intents", f"{name}.json"), {"id": uid(c["id"], name), "name": name, "auto": True, "contexts": [], "responses": [{
            "resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
            "parameters": [{"id": uid(c["id"], name, k), "name": k, "required": False, "dataType": v, "value": "$" + k, "isList": False} for k, v in params.items()],
            "messages": [], "speech": []}], "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": []})
        us = []
        for s in samples:
            data = []
            import re
            pos = 0
            for m in re.finditer(r"\{(\w+)\}", s):
                if m.start() > pos:
                    data.append({"text": s[pos:m.start()], "userDefined": False})
                data.append({"text": (it[3] if len(it) > 3 else {}).get(m.group(1), m.group(1)), "alias": m.group(1), "meta": params.get(m.group(1), "@sys.any"), "userDefined": True})
                pos = m.end()
            if pos < len(s):
                data.append({"text": s[pos:], "userDefined": False})
            us.append({"id": uid(c["id"], s), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        write(os.path.join(d, "intents", f"{name}_usersays_{lang}.json"), us)
    for rel, text in c.get("files", {}).items():
        write(os.path.join(d, rel), text)


def g_items(c, sessions, tag="g"):
    out, n = [], 0
    for si, sess in enumerate(sessions):
        sid = hid(c["id"], tag, si, n=24)
        for ti, t in enumerate(sess):
            intent, utter, speech, rep, end, slots = parse_turn(t)
            n += 1
            out.append({"sid": sid, "new": ti == 0, "intent": intent, "utter": utter, "speech": speech, "rep": rep, "end": end, "slots": slots, "n": n,
                        "ts": f"2025-04-02T19:{(si*9)%60:02d}:{(ti*13)%60:02d}Z", "scene": t[6] if len(t) > 6 else None})
    return out


def gsh_scene(d, path, items, c):
    pairs = []
    for i in items:
        req = {"handler": {"name": i["intent"] if i["intent"] != "Launch" else "main"}, "intent": {"name": "actions.intent.MAIN" if i["intent"] == "Launch" else i["intent"],
               "params": {k: {"original": v, "resolved": v} for k, v in i["slots"].items()}, "query": i["utter"]},
               "scene": {"name": "actions.scene.START_CONVERSATION" if i["new"] else (i["scene"] or "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": i["sid"], "params": {}, "typeOverrides": [], "languageCode": ""}, "user": {"locale": c["locale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "lastSeenTime": i["ts"]},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        resp = {"session": {"id": i["sid"], "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": i["speech"] or "", "text": _plain(i["speech"])}}}
        if i["end"]:
            resp["scene"] = {"name": i["scene"] or "Main", "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
        else:
            resp["scene"] = {"name": i["scene"] or "Main", "slots": {}, "next": {"name": i["scene"] or "Main"}}
        if i["rep"] is not None:
            resp["prompt"]["lastSimple"] = {"speech": i["rep"], "text": _plain(i["rep"])}
        pairs.append({"request": req, "response": resp})
    write(os.path.join(d, path), pairs)


def gsh_v2(d, path, items, c):
    out = []
    for i in items:
        inp = {"intent": "actions.intent.MAIN" if i["intent"] == "Launch" else i["intent"], "rawInputs": [{"inputType": "VOICE", "query": i["utter"]}],
               "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in i["slots"].items()]}
        req = {"user": {"locale": c["locale"], "lastSeen": i["ts"], "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": i["sid"], "type": "NEW" if i["new"] else "ACTIVE", "conversationToken": "[]"},
               "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
        if i["end"]:
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": i["speech"] or ""}}]}}}
        else:
            resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": i["speech"] or ""}}]},
                                                                                    "noInputPrompts": [{"textToSpeech": i["rep"]}] if i["rep"] is not None else []},
                                                                    "possibleIntents": [i.get("possible") or {"intent": "actions.intent.TEXT"}]}]}
            if i.get("perm"):
                resp["expectedInputs"][0]["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": i["speech"], "permissions": i["perm"]}}]
        out.append({"request": req, "response": resp})
    write(os.path.join(d, path), out)


def gsh_dialogflow(d, path, items, c):
    L = []
    lang = c["locale"].split("-")[0]
    for i in items:
        req = {"responseId": uid(c["id"], "df", i["n"]), "session": f"projects/{c['id'][6:]}/agent/sessions/{i['sid']}",
               "queryResult": {"queryText": i["utter"], "parameters": i["slots"], "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/{c['id'][6:]}/agent/intents/{uid(c['id'], i['intent'])}", "displayName": "Default Welcome Intent" if i["intent"] == "Launch" else i["intent"]},
                               "intentDetectionConfidence": 0.87, "languageCode": lang},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": c["locale"], "userVerificationStatus": "VERIFIED"},
                                                                                            "conversation": {"conversationId": i["sid"], "type": "NEW" if i["new"] else "ACTIVE"}, "isInSandbox": True}}}
        g = {"expectUserResponse": not i["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": i["speech"] or ""}}]}}
        if i["rep"] is not None:
            g["noInputPrompts"] = [{"textToSpeech": i["rep"]}]
        if i.get("perm"):
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": i["speech"], "permissions": i["perm"]}}
        resp = {"fulfillmentText": _plain(i["speech"]), "payload": {"google": g}}
        L.append({"request": req, "response": resp})
    write(os.path.join(d, path), "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in L) if path.endswith(".jsonl") else L)


def gsh_df_console(d, path, items, c):
    """Dialogflow console 'Diagnostic info' copies: raw detectIntent API response incl. fulfillment + webhook payload."""
    out = []
    for i in items:
        g = {"expectUserResponse": not i["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": i["speech"] or ""}}]}}
        if i["rep"] is not None:
            g["noInputPrompts"] = [{"textToSpeech": i["rep"]}]
        out.append({"responseId": uid(c["id"], "dfc", i["n"]), "queryResult": {"queryText": i["utter"], "parameters": i["slots"], "allRequiredParamsPresent": True,
                    "fulfillmentText": _plain(i["speech"]), "fulfillmentMessages": [{"text": {"text": [_plain(i["speech"])]}}],
                    "webhookPayload": {"google": g},
                    "intent": {"name": f"projects/{c['id'][6:]}/agent/intents/{uid(c['id'], i['intent'])}", "displayName": "Default Welcome Intent" if i["intent"] == "Launch" else i["intent"]},
                    "intentDetectionConfidence": 1, "diagnosticInfo": {"webhook_latency_ms": 231}, "languageCode": c["locale"].split("-")[0]},
                    "webhookStatus": {"message": "Webhook execution successful"}})
    write(os.path.join(d, path), out)


GOOGLE_SHAPES = {"gactions-scene": gsh_scene, "gactions-conversation": gsh_v2, "dialogflow-webhook": gsh_dialogflow, "dialogflow-console-diag": gsh_df_console}


def build(c):
    d = os.path.join(CASES, c["id"])
    plat = c.get("platform", "alexa")
    if plat == "alexa":
        alexa_project(d, c)
    elif plat == "builder":
        builder_project(d, c)
    elif plat == "v2":
        v2_project(d, c)
    elif plat == "dialogflow":
        dialogflow_project(d, c)
    ctx = Ctx(c)
    for k, rec in enumerate(c.get("recs", [])):
        shape, path, sessions = rec[0], rec[1], rec[2]
        day = rec[3] if len(rec) > 3 else "2025-03-14"
        if plat == "alexa":
            items = flatten(ctx, sessions, day=day, tag=f"rec{k}")
            ALEXA_SHAPES[shape](d, path, items, ctx)
        else:
            items = g_items(c, sessions, tag=f"rec{k}")
            for it, t in zip(items, [t for s in sessions for t in s]):
                if len(t) > 7:
                    it["perm"] = t[7]
            GOOGLE_SHAPES[shape](d, path, items, c)
