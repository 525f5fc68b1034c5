"""Renderers shared by the case files. All case content lives in cases_*.py (hand-written)."""
import base64, csv, hashlib, io, json, os, uuid

OUT = None  # set by gen.py


def uid(*parts):
    return str(uuid.UUID(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()))


def hexid(n, *parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest().upper()[:n]


def write(case_dir, rel, content):
    p = os.path.join(case_dir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        if isinstance(content, (dict, list)):
            json.dump(content, f, indent=2, ensure_ascii=False)
            f.write("\n")
        else:
            f.write(content)


# ---------------------------------------------------------------- Alexa package
def alexa_package(c, d):
    loc = c["locale"]
    locales = [loc] + c.get("extra_locales", [])
    pub = {}
    for l in locales:
        pub[l] = {
            "name": c["name"],
            "summary": c["desc"][:160],
            "description": c["desc"],
            "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"],
            "keywords": c.get("keywords", []),
            "smallIconUri": f"https://cdn.example-assets.net/{c['id']}/icon-108.png",
            "largeIconUri": f"https://cdn.example-assets.net/{c['id']}/icon-512.png",
        }
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("usesPersonalInfo", False),
          "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if c.get("privacy"):
        pc["locales"] = {l: {"privacyPolicyUrl": c["privacy"], "termsOfUseUrl": c.get("terms", c["privacy"].rsplit("/", 1)[0] + "/terms")} for l in locales}
    m = {"manifest": {
        "publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                  "testingInstructions": c.get("testing", "Link a demo account, then open the skill."),
                                  "category": c.get("category", "SMART_HOME"),
                                  "distributionCountries": c.get("countries", [loc.split("-")[1]])},
        "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", f"arn:aws:lambda:{c.get('region','us-east-1')}:{int(hexid(8,c['id']),16)%10**12:012d}:function:{c['id'].split('-',1)[1]}")}}},
        "manifestVersion": "1.0",
        "privacyAndCompliance": pc}}
    if c.get("perms"):
        m["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("events"):
        m["manifest"]["events"] = c["events"]
    write(d, "skill-package/skill.json", m)
    models = c.get("models") or {loc: (c["inv"], c["intents"], c.get("types", {}))}
    if c.get("extra_locales") and not c.get("models"):
        for l in c["extra_locales"]:
            models[l] = (c["inv"], c["intents"], c.get("types", {}))
    for l, (inv, intents, types) in models.items():
        lm = {"invocationName": inv, "intents": [], "types": []}
        for it in intents:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            e = {"name": name, "samples": samples}
            if slots:
                e["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
            lm["intents"].append(e)
        for b in ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"):
            if not any(x["name"] == b for x in lm["intents"]):
                lm["intents"].append({"name": b, "samples": []})
        for tn, vals in types.items():
            lm["types"].append({"name": tn, "values": [{"id": v.upper().replace(" ", "_")[:30], "name": {"value": v}} for v in vals]})
        write(d, f"skill-package/interactionModels/custom/{l}.json", {"interactionModel": {"languageModel": lm}})
    if c.get("code"):
        fn, txt = c["code"]
        write(d, fn, txt)
        write(d, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"},
            "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {
                "runtime": "python3.9" if fn.endswith(".py") else "nodejs18.x",
                "handler": "lambda_function.lambda_handler" if fn.endswith(".py") else "index.handler",
                "awsRegion": c.get("region", "us-east-1")}}}}})


# ---------------------------------------------------------------- conversation model
def ssml(t):
    if t is None:
        return None
    return t if t.startswith("<speak>") else f"<speak>{t}</speak>"


def plain(t):
    import re
    return re.sub(r"<[^>]+>", "", t or "").strip()


def build_pairs(c, convo, tag, start="2024-05-14T18:02:11Z"):
    """convo: list of (req, resp). req: 'L' | 'E' | (intent, {slots}) | (intent, {slots}, 'utterance').
    resp: (speech, reprompt, shouldEnd) or None for SessionEnded.
    Returns list of dicts with req/resp envelopes plus meta."""
    import datetime
    t0 = datetime.datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
    loc = c["locale"]
    app = "amzn1.ask.skill." + uid(c["id"], "app")
    user = "amzn1.ask.account." + hexid(40, c["id"], "user")
    dev = "amzn1.ask.device." + hexid(40, c["id"], "dev")
    out, sess_n, new = [], 0, True
    sid = None
    attrs = {}
    for i, (rq, rs) in enumerate(convo):
        if new:
            sess_n += 1
            sid = "amzn1.echo-api.session." + uid(c["id"], tag, "s", sess_n)
        ts = (t0 + datetime.timedelta(seconds=17 * i + 40 * sess_n)).strftime("%Y-%m-%dT%H:%M:%SZ")
        rid = "amzn1.echo-api.request." + uid(c["id"], tag, i)
        utt = None
        if rq == "L":
            r = {"type": "LaunchRequest", "requestId": rid, "locale": loc, "timestamp": ts, "shouldLinkResultBeReturned": False}
            iname = "LaunchRequest"
        elif rq == "E":
            r = {"type": "SessionEndedRequest", "requestId": rid, "locale": loc, "timestamp": ts, "reason": "USER_INITIATED"}
            iname = "SessionEndedRequest"
        else:
            iname, slots = rq[0], rq[1]
            utt = rq[2] if len(rq) > 2 else None
            r = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": ts, "dialogState": "STARTED" if slots else None,
                 "intent": {"name": iname, "confirmationStatus": "NONE",
                            "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in slots.items()}}}
            if not slots:
                r.pop("dialogState")
        sess = {"new": new, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user}}
        if not new:
            sess["attributes"] = attrs
        env = {"version": "1.0", "session": sess, "context": {"System": {
            "application": {"applicationId": app}, "user": {"userId": user},
            "device": {"deviceId": dev, "supportedInterfaces": c.get("interfaces", {})},
            "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[:2] in ("de", "fr", "it", "es") else ("https://api.fe.amazonalexa.com" if loc.startswith("ja") else "https://api.amazonalexa.com"),
            "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJhdWQiOiJodHRwczovL2FwaS5hbWF6b25hbGV4YS5jb20ifQ.xxxx"}},
            "request": r}
        resp = None
        if rs is not None:
            speech, rep, end = rs[0], rs[1], rs[2]
            extra = rs[3] if len(rs) > 3 else {}
            body = {}
            if speech is not None:
                body["outputSpeech"] = {"type": "SSML", "ssml": ssml(speech)}
            if rep is not None:
                body["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(rep)}}
            body.update(extra)
            if end is not None:
                body["shouldEndSession"] = end
            resp = {"version": "1.0", "sessionAttributes": {"turn": i + 1}, "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.19.0"), "response": body}
            attrs = {"turn": i + 1}
            new = end is not False and end is not None and end  # new session only if ended
            new = bool(end) if end is not None else False
            if end is None and rep is None:
                new = True  # no reprompt, no flag -> platform default is ending
        else:
            new = True
        out.append({"req": env, "resp": resp, "intent": iname, "utt": utt or default_utt(iname, rq, c), "ts": ts, "sid": sid, "i": i})
    return out


BUILTIN_UTT = {
    "en": {"AMAZON.StopIntent": "stop", "AMAZON.CancelIntent": "cancel", "AMAZON.HelpIntent": "help", "AMAZON.YesIntent": "yes", "AMAZON.NoIntent": "no"},
    "de": {"AMAZON.StopIntent": "stopp", "AMAZON.CancelIntent": "abbrechen", "AMAZON.HelpIntent": "hilfe", "AMAZON.YesIntent": "ja", "AMAZON.NoIntent": "nein"},
    "es": {"AMAZON.StopIntent": "para", "AMAZON.CancelIntent": "cancelar", "AMAZON.HelpIntent": "ayuda", "AMAZON.YesIntent": "sí", "AMAZON.NoIntent": "no"},
    "fr": {"AMAZON.StopIntent": "stop", "AMAZON.CancelIntent": "annule", "AMAZON.HelpIntent": "aide", "AMAZON.YesIntent": "oui", "AMAZON.NoIntent": "non"},
    "it": {"AMAZON.StopIntent": "stop", "AMAZON.CancelIntent": "annulla", "AMAZON.HelpIntent": "aiuto", "AMAZON.YesIntent": "sì", "AMAZON.NoIntent": "no"},
    "ja": {"AMAZON.StopIntent": "止めて", "AMAZON.CancelIntent": "キャンセル", "AMAZON.HelpIntent": "ヘルプ", "AMAZON.YesIntent": "はい", "AMAZON.NoIntent": "いいえ"},
    "pt": {"AMAZON.StopIntent": "parar", "AMAZON.CancelIntent": "cancelar", "AMAZON.HelpIntent": "ajuda", "AMAZON.YesIntent": "sim", "AMAZON.NoIntent": "não"},
}


def launch_utt(c):
    inv = c["inv"]
    return {"en": f"open {inv}", "de": f"öffne {inv}", "es": f"abre {inv}", "fr": f"ouvre {inv}", "it": f"apri {inv}",
            "ja": f"{inv}を開いて", "pt": f"abrir {inv}"}[c["locale"].split("-")[0]]


def default_utt(iname, rq, c):
    import re
    if iname == "LaunchRequest":
        return "open"
    if iname == "SessionEndedRequest":
        return ""
    lang = c["locale"].split("-")[0]
    if iname in BUILTIN_UTT[lang]:
        return BUILTIN_UTT[lang][iname]
    slots = rq[1] if isinstance(rq, tuple) else {}
    for it in c.get("intents", []):
        if it[0] == iname and it[1]:
            for smp in it[1]:
                names = re.findall(r"\{(\w+)\}", smp)
                if set(names) <= set(slots) and (names or not slots):
                    return re.sub(r"\{(\w+)\}", lambda m: slots[m.group(1)], smp)
    if slots:
        return " ".join(slots.values())
    return iname


# ---------------------------------------------------------------- Alexa recording shapes
def r_envelope(d, path, pairs, c):
    for p in pairs:
        if p["resp"]:
            stem = f"{p['i']+1:02d}-{p['intent'].split('.')[-1].lower()}"
            write(d, f"{path}/{stem}.json", p["resp"])


def r_pairs_jsonl(d, path, pairs, c):
    write(d, path, "".join(json.dumps({"request": p["req"], "response": p["resp"]}, ensure_ascii=False) + "\n" for p in pairs))


def r_pairs_array(d, path, pairs, c):
    write(d, path, [{"request": p["req"], "response": p["resp"]} for p in pairs])


def _sim(p, c, nested_list=True):
    return {"id": uid(c["id"], "sim", p["i"]), "status": "SUCCESSFUL", "result": {
        "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain((p["resp"] or {}).get("response", {}).get("outputSpeech", {}).get("ssml", ""))}}],
                               "considerIntents": []},
        "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:000000000000:function:skill", "body": p["req"]},
                                                "invocationResponse": {"body": p["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 212 + p["i"]}}]},
        "error": None}}


def r_smapi_simulation(d, path, pairs, c):
    for p in pairs:
        if p["resp"]:
            write(d, f"{path}/sim-{p['i']+1:02d}.json", _sim(p, c))


def r_smapi_invocation(d, path, pairs, c):
    for p in pairs:
        if p["resp"]:
            write(d, f"{path}/invoke-{p['i']+1:02d}.json", {"id": uid(c["id"], "inv", p["i"]), "status": "SUCCESSFUL", "result": {
                "skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:skill", "body": p["req"]},
                                       "invocationResponse": {"body": p["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + p["i"]}},
                "error": None}})


def r_ask_dialog(d, path, pairs, c):
    ins = [p["utt"] if p["intent"] != "LaunchRequest" else launch_utt(c) for p in pairs if p["intent"] != "SessionEndedRequest"]
    write(d, f"{path}/dialog-replay.json", {"skillId": "amzn1.ask.skill." + uid(c["id"], "app"), "locale": c["locale"], "type": "text", "userInput": ins})
    out = []
    for p in pairs:
        if p["intent"] == "SessionEndedRequest":
            continue
        out.append({"utterance": p["utt"] if p["intent"] != "LaunchRequest" else launch_utt(c),
                    "invocations": [{"invocationRequest": {"body": p["req"]}, "invocationResponse": {"body": p["resp"]}}]})
    write(d, f"{path}/dialog-output.json", out)


def r_ask_dialog_text(d, path, pairs, c):
    ins = [p["utt"] if p["intent"] != "LaunchRequest" else launch_utt(c) for p in pairs if p["intent"] != "SessionEndedRequest"]
    write(d, f"{path}/replay.json", {"skillId": "amzn1.ask.skill." + uid(c["id"], "app"), "locale": c["locale"], "type": "text", "userInput": ins})
    lines = []
    for p in pairs:
        if p["intent"] == "SessionEndedRequest" or not p["resp"]:
            continue
        u = p["utt"] if p["intent"] != "LaunchRequest" else launch_utt(c)
        lines.append(f"User  > {u}")
        b = p["resp"]["response"]
        lines.append(f"Alexa > {plain(b.get('outputSpeech', {}).get('ssml', ''))}")
        if "reprompt" in b:
            lines.append(f"        (reprompt) {b['reprompt']['outputSpeech']['ssml']}")
        lines.append(f"        [shouldEndSession: {str(b.get('shouldEndSession')).lower()}]")
    write(d, f"{path}/replay-output.txt", "\n".join(lines) + "\n")


def _lambda_ids(p, c):
    return uid(c["id"], "lam", p["i"])


def r_cloudwatch_text(d, path, pairs, c, py=False, kw=("Request:", "Response:")):
    L = []
    for p in pairs:
        rid = _lambda_ids(p, c)
        ts = p["ts"].replace("Z", ".412Z")
        L.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            L.append(f"[INFO]\t{ts}\t{rid}\t{kw[0]} {json.dumps(p['req'], ensure_ascii=False)}")
            if p["resp"]:
                L.append(f"[INFO]\t{ts}\t{rid}\t{kw[1]} {json.dumps(p['resp'], ensure_ascii=False)}")
        else:
            L.append(f"{ts}\t{rid}\tINFO\t{kw[0]} {json.dumps(p['req'], ensure_ascii=False)}")
            if p["resp"]:
                L.append(f"{ts}\t{rid}\tINFO\t{kw[1]} {json.dumps(p['resp'], ensure_ascii=False)}")
        L.append(f"END RequestId: {rid}")
        L.append(f"REPORT RequestId: {rid}\tDuration: {41.7 + p['i']:.2f} ms\tBilled Duration: {42 + p['i']} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    write(d, path, "\n".join(L) + "\n")


def r_cloudwatch_json(d, path, pairs, c):
    ev = []
    import datetime
    for p in pairs:
        rid = _lambda_ids(p, c)
        ms = int(datetime.datetime.strptime(p["ts"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        ts = p["ts"].replace("Z", ".118Z")
        ev.append({"logStreamName": "2024/05/14/[$LATEST]" + hexid(32, c["id"]).lower(), "timestamp": ms,
                   "message": f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(p['req'], ensure_ascii=False)}\n", "ingestionTime": ms + 900, "eventId": hexid(20, c["id"], p["i"], "a")})
        if p["resp"]:
            ev.append({"logStreamName": "2024/05/14/[$LATEST]" + hexid(32, c["id"]).lower(), "timestamp": ms + 60,
                       "message": f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(p['resp'], ensure_ascii=False)}\n", "ingestionTime": ms + 960, "eventId": hexid(20, c["id"], p["i"], "b")})
    write(d, path, {"events": ev, "searchedLogStreams": []})


def r_har(d, path, pairs, c):
    url = c.get("https_endpoint", f"https://skills.{c['id'].split('-',1)[1]}.example.net/alexa")
    ents = []
    for p in pairs:
        body = json.dumps(p["req"], ensure_ascii=False)
        rb = json.dumps(p["resp"] or {}, ensure_ascii=False)
        ents.append({"startedDateTime": p["ts"].replace("Z", ".000Z"), "time": 230,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1", "cookies": [],
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "postData": {"mimeType": "application/json; charset=utf-8", "text": body}, "headersSize": -1, "bodySize": len(body.encode())},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [], "headers": [{"name": "Content-Type", "value": "application/json"}],
                                  "content": {"size": len(rb.encode()), "mimeType": "application/json", "text": rb}, "redirectURL": "", "headersSize": -1, "bodySize": len(rb.encode())},
                     "cache": {}, "timings": {"send": 1, "wait": 220, "receive": 9}})
    write(d, path, {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "0.1"}, "pages": [], "entries": ents}})


def r_transcript(d, path, pairs, c):
    L = [f"# QA run {c['id']} locale={c['locale']}"]
    for p in pairs:
        if not p["resp"]:
            continue
        u = p["utt"] if p["intent"] != "LaunchRequest" else launch_utt(c)
        b = p["resp"]["response"]
        L.append(f"[{p['ts']}] USER: {u}")
        L.append(f"[{p['ts']}] SKILL: {plain(b.get('outputSpeech', {}).get('ssml', ''))}")
        if "reprompt" in b:
            L.append(f"[{p['ts']}] REPROMPT: {b['reprompt']['outputSpeech']['ssml']}")
        L.append(f"[{p['ts']}] session_open={str(not b.get('shouldEndSession', True)).lower()}")
    write(d, path, "\n".join(L) + "\n")


# ---- new shapes (not in set 1)
def _pf(v, ind=0):
    """jest pretty-format serializer"""
    sp = "  " * ind
    if isinstance(v, dict):
        if not v:
            return "Object {}"
        s = "Object {\n"
        for k in sorted(v):
            s += f'{sp}  "{k}": {_pf(v[k], ind+1)},\n'
        return s + sp + "}"
    if isinstance(v, list):
        if not v:
            return "Array []"
        return "Array [\n" + "".join(f"{sp}  {_pf(x, ind+1)},\n" for x in v) + sp + "]"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def r_jest_snapshot(d, path, pairs, c):
    s = "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\n"
    names = {}
    for p in pairs:
        if not p["resp"]:
            continue
        n = f"{c['name']} handlers {p['intent']} {p['utt']}".strip()
        names[n] = names.get(n, 0) + 1
        body = _pf(p["resp"]).replace("`", "\\`")
        s += f"exports[`{n} {names[n]}`] = `\n{body}\n`;\n\n"
    write(d, path, s)
    # the test file that produced it
    t = "const { handler } = require('../lambda/index');\nconst fixtures = require('./fixtures');\n\ndescribe('" + c["name"] + " handlers', () => {\n"
    for p in pairs:
        if p["resp"]:
            t += f"  test('{p['intent']} {p['utt']}', async () => {{\n    const res = await handler(fixtures['{p['intent']}_{p['i']}']);\n    expect(res).toMatchSnapshot();\n  }});\n"
    write(d, os.path.join(os.path.dirname(os.path.dirname(path)), "handlers.test.js"), t + "});\n")
    write(d, os.path.join(os.path.dirname(os.path.dirname(path)), "fixtures.json"), {f"{p['intent']}_{p['i']}": p["req"] for p in pairs})


def r_ngrok(d, path, pairs, c):
    reqs = []
    for p in pairs:
        body = json.dumps(p["req"], ensure_ascii=False).encode()
        rb = json.dumps(p["resp"] or {}, ensure_ascii=False).encode()
        rawq = b"POST /alexa HTTP/1.1\r\nHost: " + f"{hexid(8,c['id']).lower()}.ngrok-free.app".encode() + b"\r\nContent-Type: application/json; charset=utf-8\r\nUser-Agent: Apache-HttpClient/UNAVAILABLE (Java/1.8.0_392)\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
        raws = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + str(len(rb)).encode() + b"\r\n\r\n" + rb
        reqs.append({"uri": f"/api/requests/http/{uid(c['id'],'ng',p['i'])[:26]}", "id": "airt_" + hexid(26, c["id"], p["i"]), "tunnel_name": "command_line",
                     "remote_addr": "54.239.0.12", "start": p["ts"], "duration": 187000000,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "uri": "/alexa", "raw": base64.b64encode(rawq).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json"]}, "raw": base64.b64encode(raws).decode()}})
    write(d, path, {"uri": "/api/requests/http", "requests": list(reversed(reqs))})


def r_jovo(d, path, pairs, c):
    L = []
    for p in pairs:
        L.append(f"{p['ts']} >>>>> Request - {p['intent']} ({p['req']['request']['locale']})")
        L.append(json.dumps(p["req"], indent=2, ensure_ascii=False))
        if p["resp"]:
            L.append(f"{p['ts']} <<<<< Response - {p['intent']}")
            L.append(json.dumps(p["resp"], indent=2, ensure_ascii=False))
        L.append("")
    write(d, path, "\n".join(L))


def r_curl(d, path, pairs, c):
    L = []
    host = f"voice.{c['id'].split('-',1)[1]}.example.io"
    for p in pairs:
        body = json.dumps(p["req"], ensure_ascii=False)
        rb = json.dumps(p["resp"] or {}, ensure_ascii=False)
        L += [f"$ curl -sv -X POST https://{host}/skill -H 'Content-Type: application/json' -d @req-{p['i']:02d}.json",
              f"*   Trying 203.0.113.{10+p['i']}:443...", f"* Connected to {host} (203.0.113.{10+p['i']}) port 443 (#0)",
              "> POST /skill HTTP/2", f"> Host: {host}", "> user-agent: curl/8.4.0", "> accept: */*", "> content-type: application/json",
              f"> content-length: {len(body.encode())}", ">", f"}} [{len(body.encode())} bytes data]", body,
              "< HTTP/2 200", "< content-type: application/json; charset=utf-8", f"< content-length: {len(rb.encode())}", "<",
              rb, f"* Connection #0 to host {host} left intact", ""]
    write(d, path, "\n".join(L))


def r_csv(d, path, pairs, c):
    f = io.StringIO()
    w = csv.writer(f)
    w.writerow(["timestamp", "session_id", "new_session", "request_type", "intent", "utterance", "output_ssml", "reprompt_ssml", "should_end_session"])
    for p in pairs:
        b = (p["resp"] or {}).get("response", {})
        w.writerow([p["ts"], p["sid"], str(p["req"]["session"]["new"]).lower(), p["req"]["request"]["type"], p["intent"], p["utt"],
                    b.get("outputSpeech", {}).get("ssml", ""), b.get("reprompt", {}).get("outputSpeech", {}).get("ssml", ""),
                    "" if "shouldEndSession" not in b else str(b["shouldEndSession"]).lower()])
    write(d, path, f.getvalue())


def r_sam(d, path, pairs, c):
    L = []
    for p in pairs:
        ev = f"events/{p['i']+1:02d}-{p['intent'].split('.')[-1].lower()}.json"
        write(d, ev, p["req"])
        rid = _lambda_ids(p, c)
        L += [f"$ sam local invoke SkillFunction -e {ev}", "Invoking index.handler (nodejs18.x)", "Local image is up-to-date",
              "Mounting /home/dev/skill/.aws-sam/build/SkillFunction as /var/task:ro,delegated, inside runtime container",
              f"START RequestId: {rid} Version: $LATEST", f"END RequestId: {rid}",
              f"REPORT RequestId: {rid}\tInit Duration: 0.31 ms\tDuration: 402.17 ms\tBilled Duration: 403 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB",
              json.dumps(p["resp"] or {}, ensure_ascii=False), ""]
    write(d, path, "\n".join(L))


def r_charles(d, path, pairs, c):
    host = c.get("charles_host", f"api.{c['id'].split('-',1)[1]}.example.com")
    arr = []
    for p in pairs:
        body = json.dumps(p["req"], ensure_ascii=False)
        rb = json.dumps(p["resp"] or {}, ensure_ascii=False)
        arr.append({"status": "COMPLETE", "method": "POST", "protocolVersion": "HTTP/1.1", "scheme": "https", "host": host, "actualPort": 443,
                    "path": "/v1/alexa", "query": None, "tunnel": False, "keptAlive": True, "webSocket": False, "remoteAddress": f"{host}/198.51.100.7",
                    "clientAddress": "/127.0.0.1", "times": {"start": p["ts"], "end": p["ts"]}, "durations": {"total": 241},
                    "request": {"sizes": {"headers": 310, "body": len(body.encode())}, "mimeType": "application/json", "charset": "utf-8",
                                "header": {"firstLine": "POST /v1/alexa HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}]},
                                "body": {"text": body, "charset": "utf-8"}},
                    "response": {"status": 200, "sizes": {"headers": 160, "body": len(rb.encode())}, "mimeType": "application/json", "charset": "utf-8",
                                 "header": {"firstLine": "HTTP/1.1 200 OK", "headers": [{"name": "Content-Type", "value": "application/json"}]},
                                 "body": {"text": rb, "charset": "utf-8"}}})
    write(d, path, arr)


def r_datadog(d, path, pairs, c):
    L = []
    for p in pairs:
        for kind, obj in (("Incoming request", p["req"]), ("Outgoing response", p["resp"])):
            if obj is None:
                continue
            L.append(json.dumps({"id": hexid(24, c["id"], p["i"], kind), "content": {"timestamp": p["ts"], "host": "arn:aws:lambda:us-east-1:000000000000:function:skill",
                                 "service": c['id'].split('-',1)[1], "status": "info", "tags": ["source:lambda", f"env:{c.get('env','prod')}"],
                                 "message": f"{kind} {json.dumps(obj, ensure_ascii=False)}",
                                 "attributes": {"lambda": {"request_id": _lambda_ids(p, c)}, "alexa": {"intent": p["intent"], "session_id": p["sid"]}}}}, ensure_ascii=False))
    write(d, path, "\n".join(L) + "\n")


ALEXA_SHAPES = {
    "envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array, "smapi-simulation": r_smapi_simulation,
    "smapi-invocation": r_smapi_invocation, "ask-dialog": r_ask_dialog, "ask-dialog-text": r_ask_dialog_text,
    "cloudwatch-text": r_cloudwatch_text, "cloudwatch-text-py": lambda d, pa, p, c: r_cloudwatch_text(d, pa, p, c, py=True),
    "cloudwatch-text-kw": lambda d, pa, p, c: r_cloudwatch_text(d, pa, p, c, kw=("REQUEST", "RESPONSE")),
    "cloudwatch-json": r_cloudwatch_json, "har": r_har, "transcript": r_transcript,
    "jest-snapshot": r_jest_snapshot, "ngrok-inspect": r_ngrok, "jovo-debug-log": r_jovo, "curl-verbose": r_curl,
    "analytics-csv": r_csv, "sam-local-invoke": r_sam, "charles-session": r_charles, "datadog-ndjson": r_datadog,
}
SHAPE_LABEL = {"ask-dialog-text": "ask-dialog", "cloudwatch-text-py": "cloudwatch-text", "cloudwatch-text-kw": "cloudwatch-text"}


# ---------------------------------------------------------------- Google projects
def yq(s):
    return json.dumps(s, ensure_ascii=False)


def google_project(c, d):
    loc = c["locale"]
    lang = loc.split("-")[0]
    pf = c["platform"]
    if pf == "builder":
        pol = f"\n  privacyPolicyUrl: {c['privacy']}" if c.get("privacy") else ""
        write(d, "sdk/settings/settings.yaml", f"""accountLinking:
  enableAccountCreation: false
category: {c.get('gcategory','HOME_CONTROL')}
defaultLocale: {lang}
localizedSettings:
  developerEmail: support@{c['id'].split('-',1)[1]}.example.com
  developerName: {c.get('developer','Home Devices Ltd')}
  displayName: {c['name']}
  fullDescription: {yq(c['desc'])}
  pronunciation: {c['inv']}
  shortDescription: {yq(c['desc'][:70])}
  smallLogoImage: $resources.images.logo{pol}
  sampleInvocations:
  - Talk to {c['inv']}
projectId: {c['id'].split('-',1)[1]}-prod
usesTransactionsApi: false
""" + ("usesPersonalData: true\n" if c.get("perms") else ""))
        for it in c["intents"]:
            name, phrases = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            y = ""
            if params:
                y += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in params.items())
            y += "trainingPhrases:\n" + "".join(f"- {yq(ph)}\n" for ph in phrases)
            write(d, f"sdk/custom/intents/{name}.yaml", y)
        for tn, vals in c.get("types", {}).items():
            if vals == "FREETEXT":
                write(d, f"sdk/custom/types/{tn}.yaml", "freeText: {}\n")
            else:
                write(d, f"sdk/custom/types/{tn}.yaml", "synonym:\n  entities:\n" + "".join(f"    {v.replace(' ','_')}:\n      synonyms:\n      - {yq(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
        for sn, sy in c.get("scenes", {}).items():
            write(d, f"sdk/custom/scenes/{sn}.yaml", sy)
        write(d, "sdk/manifest.yaml", "version: '1.0'\n")
        write(d, "sdk/actions/actions.yaml", f"actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    engagement:\n      title: {c['name']}\n")
        write(d, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n- name: main\n" + "".join(f"- name: {it[0].lower()}\n" for it in c["intents"]) + "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    elif pf == "sdkv2":
        acts = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": c['id'].split('-',1)[1]},
                 "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
        for it in c["intents"]:
            params = it[2] if len(it) > 2 else {}
            acts.append({"description": it[0], "name": it[0], "fulfillment": {"conversationName": c['id'].split('-',1)[1]},
                         "intent": {"name": it[0], "parameters": [{"name": k, "type": v} for k, v in params.items()],
                                    "trigger": {"queryPatterns": it[1]}}})
        a = {"locale": loc.lower() if False else lang, "actions": acts,
             "conversations": {c['id'].split('-',1)[1]: {"name": c['id'].split('-',1)[1], "url": f"https://europe-west1-{c['id'].split('-',1)[1]}.cloudfunctions.net/fulfillment", "fulfillmentApiVersion": 2}},
             "types": [{"name": tn, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for tn, vals in c.get("types", {}).items()],
             "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:70], "longDescription": c["desc"],
                          "category": c.get("gcategory", "HOME_CONTROL"), "companyName": c.get("developer", "Home Devices Ltd"),
                          "contactEmail": f"dev@{c['id'].split('-',1)[1]}.example.com"}}
        if c.get("privacy"):
            a["manifest"]["privacyUrl"] = c["privacy"]
        write(d, "action.json", a)
    else:  # dialogflow
        ag = {"description": c["desc"], "language": lang, "shortDescription": c["name"], "disableInteractionLogs": False,
              "googleAssistant": {"googleAssistantCompatible": True, "project": c['id'].split('-',1)[1], "welcomeIntentSignInRequired": False,
                                  "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                  "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False,
                                  "isDeviceAgent": False},
              "defaultTimezone": c.get("tz", "Europe/Madrid"), "webhook": {"url": f"https://{c['id'].split('-',1)[1]}.example.app/dialogflow", "available": True},
              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatform": False, "onePlatformApiVersion": "v2",
              "displayName": c["name"], "invocation": c["inv"]}
        if c.get("privacy"):
            ag["googleAssistant"]["privacyPolicyUrl"] = c["privacy"]
        write(d, "agent.json", ag)
        write(d, "package.json", {"version": "1.0.0"})
        for it in c["intents"]:
            name, phrases = it[0], it[1]
            params = it[2] if len(it) > 2 else {}
            write(d, f"intents/{name}.json", {"id": uid(c["id"], name), "name": name, "auto": True, "contexts": [],
                  "responses": [{"resetContexts": False, "affectedContexts": [], "parameters": [
                      {"id": uid(c["id"], name, k), "required": True, "dataType": v, "name": k, "value": "$" + k, "isList": False} for k, v in params.items()],
                      "messages": [{"type": 0, "lang": lang, "speech": []}], "defaultResponsePlatforms": {}, "speech": []}],
                  "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": []})
            us = []
            for ph in phrases:
                data, rest = [], ph
                import re
                for part in re.split(r"(\{[^}]+\})", ph):
                    if not part:
                        continue
                    if part.startswith("{"):
                        k = part[1:-1]
                        data.append({"text": k.replace("_", " "), "alias": k, "meta": params.get(k, "@sys.any"), "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                us.append({"id": uid(c["id"], name, ph), "data": data, "isTemplate": False, "count": 0, "updated": 0})
            write(d, f"intents/{name}_usersays_{lang}.json", us)
        for tn, vals in c.get("types", {}).items():
            write(d, f"entities/{tn}.json", {"id": uid(c["id"], tn), "name": tn, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            write(d, f"entities/{tn}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])


def gturns(c, convo, tag):
    out, conv_n, new = [], 0, True
    for i, (rq, rs) in enumerate(convo):
        if new:
            conv_n += 1
        cid = hexid(32, c["id"], tag, conv_n).lower()
        if rq == "L":
            iname, params, q = "actions.intent.MAIN", {}, f"talk to {c['inv']}"
        else:
            iname, params = rq[0], rq[1]
            q = rq[2] if len(rq) > 2 else " ".join(params.values()) or iname
        out.append({"i": i, "intent": iname, "params": params, "query": q, "new": new, "conv": cid, "resp": rs,
                    "ts": f"2024-0{6 + (i % 3)}-1{conv_n % 10}T09:{10 + i:02d}:00Z"})
        new = bool(rs[2])
    return out


def g_scene(d, path, turns, c):
    arr = []
    for t in turns:
        sp, rep, end = t["resp"][0], t["resp"][1], t["resp"][2]
        scene = t["resp"][3] if len(t["resp"]) > 3 else "Main"
        req = {"handler": {"name": "main" if t["intent"] == "actions.intent.MAIN" else t["intent"].lower()},
               "intent": {"name": t["intent"], "params": {k: {"original": v, "resolved": v} for k, v in t["params"].items()}, "query": t["query"]},
               "scene": {"name": "actions.scene.START_CONVERSATION" if t["new"] else scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": t["conv"], "params": {}, "typeOverrides": [], "languageCode": c["locale"]},
               "user": {"locale": c["locale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED",
                        "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": t["ts"]},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": c.get("tz", "America/New_York"), "version": ""}}}
        res = {"session": {"id": t["conv"], "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": sp, "text": plain(sp)}}}
        if rep is not None:
            res["prompt"]["lastSimple"] = {"speech": rep, "text": plain(rep)}
        if end:
            res["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
        else:
            res["scene"] = {"name": scene, "slots": {}, "next": {"name": scene}}
        arr.append({"request": req, "response": res})
    write(d, path, arr)


def g_conversation(d, path, turns, c):
    L = []
    for t in turns:
        sp, rep, end = t["resp"][0], t["resp"][1], t["resp"][2]
        extra = t["resp"][3] if len(t["resp"]) > 3 else None
        inp = {"intent": t["intent"], "rawInputs": [{"inputType": "VOICE", "query": t["query"]}],
               "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in t["params"].items()]}
        req = {"user": {"userId": hexid(24, c["id"]).lower(), "locale": c["locale"], "lastSeen": t["ts"], "userStorage": "{}"},
               "conversation": {"conversationId": t["conv"], "type": "NEW" if t["new"] else "ACTIVE", "conversationToken": "[]"},
               "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "isInSandbox": True, "availableSurfaces": []}
        rich = {"items": [{"simpleResponse": {"textToSpeech": sp}}]}
        if end:
            res = {"expectUserResponse": False, "finalResponse": {"richResponse": rich}}
        else:
            ei = {"inputPrompt": {"richInitialPrompt": rich}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
            if rep is not None:
                ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": r} for r in (rep if isinstance(rep, list) else [rep])]
            if extra:
                ei["possibleIntents"] = [extra]
            res = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
        L.append(json.dumps({"request": req, "response": res}, ensure_ascii=False))
    write(d, path, "\n".join(L) + "\n")


def g_dialogflow(d, path, turns, c):
    arr = []
    lang = c["locale"].split("-")[0]
    for t in turns:
        sp, rep, end = t["resp"][0], t["resp"][1], t["resp"][2]
        extra = t["resp"][3] if len(t["resp"]) > 3 else None
        req = {"responseId": uid(c["id"], "df", t["i"]), "session": f"projects/{c['id'].split('-',1)[1]}/agent/sessions/{t['conv']}",
               "queryResult": {"queryText": t["query"], "parameters": t["params"], "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/{c['id'].split('-',1)[1]}/agent/intents/{uid(c['id'], t['intent'])}",
                                          "displayName": "Default Welcome Intent" if t["intent"] == "actions.intent.MAIN" else t["intent"]},
                               "intentDetectionConfidence": 0.87, "languageCode": lang},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": c["locale"], "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": t["conv"], "type": "NEW" if t["new"] else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if t["new"] else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t["query"]}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
        g = {"expectUserResponse": not end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": sp}}]}}
        if rep is not None and not end:
            g["noInputPrompts"] = [{"textToSpeech": rep}]
        if extra:
            g["systemIntent"] = extra
        arr.append({"webhookRequest": req, "webhookResponse": {"fulfillmentText": plain(sp), "payload": {"google": g}}})
    write(d, path, arr)


GOOGLE_SHAPES = {"gactions-scene": g_scene, "gactions-conversation": g_conversation, "dialogflow-webhook": g_dialogflow}


def render_case(c, root):
    d = os.path.join(root, "cases", c["id"])
    shapes = []
    if c.get("platform", "alexa") == "alexa":
        alexa_package(c, d)
        for rec in c["recs"]:
            shape, path, convo = rec[0], rec[1], rec[2]
            start = rec[3] if len(rec) > 3 else "2024-05-14T18:02:11Z"
            pairs = build_pairs(c, convo, path, start)
            ALEXA_SHAPES[shape](d, path, pairs, c)
            shapes.append(SHAPE_LABEL.get(shape, shape))
    else:
        google_project(c, d)
        for rec in c["recs"]:
            shape, path, convo = rec[0], rec[1], rec[2]
            if shape in GOOGLE_SHAPES:
                GOOGLE_SHAPES[shape](d, path, gturns(c, convo, path), c)
            shapes.append(shape)
    for rel, txt in c.get("files", {}).items():
        write(d, rel, txt)
    out = []
    for s in shapes:
        if s not in out:
            out.append(s)
    return {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": out, "why": c["why"]}
